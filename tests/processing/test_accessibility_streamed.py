"""conecta:accessibility on a street network, streamed: the same values as on the matrix conecta:traveltimematrix
writes, the optional matrix file, worker processes and chunk sizes, cancel, and the messages of its bad inputs."""

from __future__ import annotations

import hashlib

import pandas as pd
import processing
import pytest
from processing_helpers import walking_matrix
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from feedback_log import CancelAbove, Log


def by_id(layer, field):
    """{zone id: value} of a field (NULL → None)."""
    values = {}
    for feature in layer.getFeatures():
        value = feature[field]
        values[feature["id"]] = (
            None if value is None or (isinstance(value, QVariant) and value.isNull()) else value
        )
    return values


@pytest.fixture(scope="module")
def small(conecta_plugin, sample_gpkg):
    """300 zones of the sample city and its street network."""
    zones = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    zones.setSubsetString('"fid" <= 300')
    return zones, f"{sample_gpkg}|layername=network"


def run(zones, network, **extra):
    parameters = {
        "NETWORK": network, "MODE": 0, "MAX_TIME": 20, "ZONES": zones, "ZONES_ID": "id",
        "OPPORTUNITIES": ["jobs"], "POPULATION": "population", "MEASURE": 0, "CUTOFF": "10,20", "OUTPUT": "memory:",
    }  # fmt: skip
    parameters.update(extra)
    feedback = extra.pop("feedback", None) or Log()
    parameters.pop("feedback", None)
    return processing.run("conecta:accessibility", parameters, feedback=feedback), feedback


@pytest.mark.parametrize("measure,field", [(0, "acc_jobs_20"), (3, "time_jobs_1"), (4, "fca_jobs_20")])
def test_streamed_equals_the_matrix_written_by_traveltimematrix(small, tmp_path, measure, field):
    zones, network = small
    matrix = tmp_path / "matrix.csv"
    walking_matrix(network, zones, 20, OUTPUT=str(matrix))
    options = {"MEASURE": measure, "CUTOFF": "20", "DECAY_FUNCTION": 0}
    direct, _ = run(zones, network, TRAVEL_MATRIX=str(matrix), **options)
    streamed, log = run(zones, network, **options)
    expected, got = by_id(direct["OUTPUT"], field), by_id(streamed["OUTPUT"], field)
    assert got.keys() == expected.keys() and len(got) == 300
    assert all(got[k] == expected[k] or got[k] == pytest.approx(expected[k], rel=1e-12, abs=0) for k in got)
    assert sum(1 for v in got.values() if v is not None) > 250
    assert "zones routed in" in log.text()


def test_the_walking_speed_is_traveltimematrix_s(small, tmp_path):
    """WALK_SPEED as in conecta:traveltimematrix: at 5 km/h the same values as its matrix, and more jobs
    within 10 minutes than at the default 3.6 km/h."""
    zones, network = small
    matrix = tmp_path / "matrix.csv"
    walking_matrix(network, zones, 20, OUTPUT=str(matrix), WALK_SPEED=5.0)
    direct, _ = run(zones, network, TRAVEL_MATRIX=str(matrix))
    fast, _ = run(zones, network, WALK_SPEED=5.0)
    slow, _ = run(zones, network)
    expected, got = by_id(direct["OUTPUT"], "acc_jobs_10"), by_id(fast["OUTPUT"], "acc_jobs_10")
    assert got.keys() == expected.keys() and len(got) == 300
    assert all(got[k] == expected[k] or got[k] == pytest.approx(expected[k], rel=1e-12, abs=0) for k in got)
    totals = [sum(v or 0 for v in by_id(r["OUTPUT"], "acc_jobs_10").values()) for r in (slow, fast)]
    assert totals[1] > totals[0]


def test_the_matrix_file_is_the_one_traveltimematrix_writes(small, tmp_path):
    zones, network = small
    reference = tmp_path / "reference.csv"
    walking_matrix(network, zones, 20, OUTPUT=str(reference))
    results, log = run(zones, network, OUTPUT_MATRIX=str(tmp_path / "streamed.csv"), WORKERS=2, CHUNK_SIZE=40)
    assert results["OUTPUT_MATRIX"] == str(tmp_path / "streamed.csv")
    key = ["from_id", "to_id"]
    expected = pd.read_csv(reference, dtype={"from_id": str, "to_id": str}).sort_values(
        key, ignore_index=True
    )
    got = pd.read_csv(tmp_path / "streamed.csv", dtype={"from_id": str, "to_id": str}).sort_values(
        key, ignore_index=True
    )
    pd.testing.assert_frame_equal(got, expected)
    assert "on 2 process(es)" in log.text()


def test_two_worker_processes_and_small_chunks_give_the_same_values(small):
    zones, network = small
    one, _ = run(zones, network, WORKERS=1)
    two, log = run(zones, network, WORKERS=2, CHUNK_SIZE=25)
    for field in ("acc_jobs_10", "acc_jobs_20"):
        assert by_id(two["OUTPUT"], field) == by_id(one["OUTPUT"], field)
    assert "in 12 chunks of up to 25 origins on 2 process(es)" in log.text()


def test_chunks_too_big_for_memory_are_refused_with_the_sizes(small):
    zones, network = small
    with pytest.raises(
        QgsProcessingException,
        match=r"A chunk of 1[.,]?000[.,]?000 origins needs about .* of memory per worker, and .* is available to each",
    ):
        run(zones, network, CHUNK_SIZE=1_000_000)


def test_cancel_after_the_first_chunk_writes_nothing(small, tmp_path):
    zones, network = small

    output = tmp_path / "access.gpkg"
    feedback = CancelAbove(35)  # while routing the chunks (30-100 %)
    results, _ = run(zones, network, OUTPUT=str(output), CHUNK_SIZE=20, feedback=feedback)
    assert results == {}
    assert "Cancelled: no output was written." in feedback.text()
    assert not output.exists()


def test_extra_costs_need_a_matrix(small):
    zones, network = small
    with pytest.raises(
        QgsProcessingException, match=r"Extra costs \(fare\) need a travel matrix with those columns"
    ):
        run(zones, network, EXTRA_COSTS="fare:4.4")


def test_zones_far_from_every_street_are_named_and_nothing_is_routed(conecta_plugin, sample_gpkg, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:31982&field=id:string&field=jobs:double", "far", "memory")
    features = []
    for i, x in enumerate((100_000.0, 101_000.0)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, 7_000_000.0)))
        feature.setAttributes([f"far{i}", 10.0])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    network = f"{sample_gpkg}|layername=network"
    digest = hashlib.sha256(open(str(sample_gpkg), "rb").read()).hexdigest()
    with pytest.raises(
        QgsProcessingException, match=r"No zone is within 500 m of a street usable by this mode"
    ):
        run(layer, network, POPULATION=None)
    assert hashlib.sha256(open(str(sample_gpkg), "rb").read()).hexdigest() == digest


def test_a_worker_that_dies_three_times_on_a_chunk_stops_with_a_message(small, tmp_path, monkeypatch):
    from conecta.core import parallel

    def dies_on_chunk_3(self, function, tasks):
        # stands for the worker pool's third restart on chunk 3 (tests/core/test_streamed.py kills real workers)
        raise parallel.WorkerFailed([3])
        yield  # a generator, as the pool's own

    monkeypatch.setattr(parallel.WorkerPool, "_pooled", dies_on_chunk_3)
    zones, network = small
    output = tmp_path / "access.gpkg"
    with pytest.raises(
        QgsProcessingException,
        match=r"A worker process stopped three times while routing chunks 3: the computer may be short of memory",
    ):
        run(zones, network, WORKERS=2, CHUNK_SIZE=50, OUTPUT=str(output))
    assert not output.exists()


def test_without_a_python_interpreter_the_chunks_are_routed_in_qgis_and_the_log_says_so(small, monkeypatch):
    from conecta.core import parallel

    monkeypatch.setattr(parallel, "_INTERPRETER", [None])
    zones, network = small
    two, log = run(zones, network, WORKERS=2, CHUNK_SIZE=50)
    one, _ = run(zones, network, WORKERS=1)
    assert (
        "Worker processes could not be used (no Python interpreter found next to this application): the chunks "
        "were routed in QGIS's own process." in log.infos
    )
    assert by_id(two["OUTPUT"], "acc_jobs_20") == by_id(one["OUTPUT"], "acc_jobs_20")
