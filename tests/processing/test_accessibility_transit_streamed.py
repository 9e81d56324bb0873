"""conecta:accessibility by public transport, streamed (GTFS feeds and no matrix): the same values as
conecta:transitmatrix followed by conecta:accessibility on the matrix it writes, with straight-line walking legs
and on the street network; worker processes; cancel; and the messages of its bad inputs. The sample city's
feeds, 300 zones, a 10-minute departure window."""

from __future__ import annotations

import shutil

import pandas as pd
import processing
import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from conftest import REPO, SHIPPED_SAMPLE
from feedback_log import CancelAbove, Log
from layers import memory_layer

FEEDS = [str(REPO / "resources" / "sample" / "gtfs" / name) for name in ("poa_eptc.zip", "poa_trensurb.zip")]
TRANSIT = {"GTFS": FEEDS, "DATE": "2019-05-13", "DEPARTURE_TIME": "07:00", "TIME_WINDOW": 10}
MEASURES = {
    "cumulative": ({"MEASURE": 0, "CUTOFF": "30,45"}, ["acc_jobs_30", "acc_jobs_45"]),
    "gravity": ({"MEASURE": 2, "DECAY_FUNCTION": 1, "DECAY_VALUE": "0.05"}, ["grav_jobs_e005"]),
    "closest": ({"MEASURE": 3, "N_CLOSEST": 500}, ["time_jobs_500"]),
    "2sfca": ({"MEASURE": 4, "CUTOFF": "30"}, ["fca_jobs_30"]),
    "bfca": ({"MEASURE": 5, "CUTOFF": "45"}, ["bfca_jobs_45"]),
}


@pytest.fixture(scope="module")
def city(conecta_plugin, tmp_path_factory):
    """This module's own copy of the sample city (a subset string on the session's copy, held while other
    modules hold theirs, leaves later extracts of that file without a CRS)."""
    copy = tmp_path_factory.mktemp("city") / "porto_alegre.gpkg"
    shutil.copyfile(SHIPPED_SAMPLE, copy)
    return copy


@pytest.fixture(scope="module")
def zones(city):
    """300 zones of the sample city."""
    layer = QgsVectorLayer(f"{city}|layername=zones", "zones", "ogr")
    layer.setSubsetString('"fid" <= 300')
    return layer


@pytest.fixture(scope="module")
def network(city):
    return f"{city}|layername=network"


def transit_matrix(zones, path, **extra):
    """conecta:transitmatrix from the zones to the zones, written to ``path`` (CSV)."""
    parameters = {**TRANSIT, "ORIGINS": zones, "ORIGINS_ID": "id", "OUTPUT": str(path), **extra}
    processing.run("conecta:transitmatrix", parameters)
    return path


@pytest.fixture(scope="module")
def straight_matrix(zones, tmp_path_factory):
    return transit_matrix(zones, tmp_path_factory.mktemp("straight") / "matrix.csv")


def run(zones, feedback=None, **extra):
    parameters = {
        "ZONES": zones, "ZONES_ID": "id", "OPPORTUNITIES": ["jobs"], "POPULATION": "population", "OUTPUT": "memory:",
        **extra,
    }  # fmt: skip
    feedback = feedback or Log()
    return processing.run("conecta:accessibility", parameters, feedback=feedback), feedback


def by_id(layer, field) -> dict:
    """{zone id: value} of a field (NULL → None)."""
    return {f["id"]: None if f[field] == NULL else f[field] for f in layer.getFeatures()}


def assert_same(got: dict, expected: dict) -> None:
    assert got.keys() == expected.keys() and len(got) == 300
    for key, value in expected.items():
        assert got[key] == value or got[key] == pytest.approx(value, rel=1e-12, abs=0), key


@pytest.mark.parametrize("name", list(MEASURES))
def test_streamed_equals_transitmatrix_then_accessibility(zones, straight_matrix, name):
    options, fields = MEASURES[name]
    direct, _ = run(zones, TRAVEL_MATRIX=str(straight_matrix), COST_FIELD="travel_time_p50", **options)
    streamed, log = run(zones, **TRANSIT, **options)
    for field in fields:
        expected = by_id(direct["OUTPUT"], field)
        assert_same(by_id(streamed["OUTPUT"], field), expected)
        assert len(set(expected.values())) > 10, field  # not a trivial field
    assert "300 zones routed in" in log.text()
    assert "No street network: walking legs are the straight-line distance × 1.3 at 3.6 km/h." in log.infos


def test_the_cutoffs_meet_pairs_exactly_at_them(straight_matrix):
    # the cumulative comparison above counts pairs exactly at 30 and 45 minutes (whole minutes: t ≤ T)
    matrix = pd.read_csv(straight_matrix)
    assert (matrix["travel_time_p50"] == 30).sum() > 5 and (matrix["travel_time_p50"] == 45).sum() > 5


def test_walking_on_the_street_network_as_transitmatrix(zones, network, tmp_path):
    matrix = transit_matrix(zones, tmp_path / "matrix.csv", NETWORK=network)
    options, fields = MEASURES["cumulative"]
    direct, _ = run(zones, TRAVEL_MATRIX=str(matrix), COST_FIELD="travel_time_p50", **options)
    streamed, log = run(zones, NETWORK=network, **TRANSIT, **options)
    for field in fields:
        assert_same(by_id(streamed["OUTPUT"], field), by_id(direct["OUTPUT"], field))
    assert "Reading the street network…" in log.infos
    # walking on the network gives other travel times than straight lines
    straight, _ = run(zones, **TRANSIT, **options)
    assert by_id(straight["OUTPUT"], fields[0]) != by_id(streamed["OUTPUT"], fields[0])


def test_the_walking_speed_is_transitmatrix_s(zones, tmp_path):
    """A faster walk (5.4 km/h) on the straight-line legs, as conecta:transitmatrix's WALK_SPEED: the same
    values, and more jobs reached than at the default 3.6 km/h."""
    matrix = transit_matrix(zones, tmp_path / "fast.csv", WALK_SPEED=5.4)
    options, fields = MEASURES["cumulative"]
    direct, _ = run(zones, TRAVEL_MATRIX=str(matrix), COST_FIELD="travel_time_p50", **options)
    fast, log = run(zones, WALK_SPEED=5.4, **TRANSIT, **options)
    for field in fields:
        assert_same(by_id(fast["OUTPUT"], field), by_id(direct["OUTPUT"], field))
    assert "No street network: walking legs are the straight-line distance × 1.3 at 5.4 km/h." in log.infos
    slow, _ = run(zones, **TRANSIT, **options)
    jobs = [sum(v or 0 for v in by_id(result["OUTPUT"], "acc_jobs_30").values()) for result in (slow, fast)]
    assert jobs[1] > jobs[0]


def test_two_worker_processes_and_small_chunks_give_the_same_values(zones, tmp_path):
    options = {**TRANSIT, "MEASURE": 0, "CUTOFF": "30,45"}
    one, _ = run(zones, WORKERS=1, **options)
    two, log = run(zones, WORKERS=2, CHUNK_SIZE=40, OUTPUT_MATRIX=str(tmp_path / "pairs.csv"), **options)
    for field in ("acc_jobs_30", "acc_jobs_45"):
        assert by_id(two["OUTPUT"], field) == by_id(one["OUTPUT"], field)
    assert "300 zones routed in 8 chunks of up to 40 origins on 2 process(es)." in log.infos
    assert len(pd.read_csv(tmp_path / "pairs.csv")) > 4000


def test_a_matrix_and_gtfs_feeds_together_are_refused(zones, straight_matrix):
    with pytest.raises(
        QgsProcessingException, match=r"Both a travel-time matrix and GTFS feeds are given: clear one of them"
    ):
        run(zones, TRAVEL_MATRIX=str(straight_matrix), MEASURE=0, **TRANSIT)


def test_extra_costs_with_gtfs_feeds_are_refused(zones):
    with pytest.raises(
        QgsProcessingException,
        match=r"Extra costs \(fare\) need a travel matrix with those columns: travel times computed without a "
        r"matrix \(on the street network or from GTFS feeds\) have no other cost",
    ):
        run(zones, MEASURE=0, CUTOFF="30", EXTRA_COSTS="fare:4.4", **TRANSIT)


def test_feeds_without_a_date_are_refused(zones):
    with pytest.raises(
        QgsProcessingException, match=r"Give the service date as YYYY-MM-DD, for example 2019-05-13"
    ):
        run(zones, MEASURE=0, GTFS=FEEDS)


def test_a_date_outside_the_feeds_is_refused_with_their_range(zones):
    with pytest.raises(QgsProcessingException, match=r"The date 2030-01-07 is outside the GTFS calendar"):
        run(zones, MEASURE=0, **{**TRANSIT, "DATE": "2030-01-07"})


def test_no_vehicle_in_the_window_is_warned_and_walking_trips_counted(zones):
    results, log = run(zones, MEASURE=0, CUTOFF="30", **{**TRANSIT, "DEPARTURE_TIME": "03:00"})
    assert any(w.startswith("No vehicle departs between 03:00 and 03:10 on this date") for w in log.warnings)
    assert sum(1 for v in by_id(results["OUTPUT"], "acc_jobs_30").values() if v) > 100


def test_zones_far_from_every_stop_are_refused(conecta_plugin):
    layer = memory_layer(
        "Point?crs=EPSG:31982&field=id:string&field=jobs:double",
        [("POINT (100000 7000000)", ["far0", 10.0]), ("POINT (101000 7000000)", ["far1", 10.0])],
    )
    with pytest.raises(
        QgsProcessingException,
        match=r"No zone has a GTFS stop within 30 minutes of walking: check the layers' CRS",
    ):
        run(layer, POPULATION=None, MEASURE=0, **TRANSIT)


def test_a_cutoff_beyond_the_maximum_trip_duration_is_warned(zones):
    # cutoff 150 min against the default maximum trip duration of 120 min: pairs beyond 120 are never routed
    _, log = run(zones, MEASURE=0, CUTOFF="150", **TRANSIT)
    assert (
        "The largest cutoff (150 min) exceeds the maximum trip duration (120 min): pairs farther than 120 min are "
        "not counted." in log.warnings
    )


def test_zones_without_a_stop_nearby_are_named(zones):
    _, log = run(zones, MEASURE=0, **{**TRANSIT, "MAX_WALK_TIME": 5})
    assert any(
        " zones have no stop within 5 minutes of walking and reach other zones on foot only: " in w
        for w in log.warnings
    )


def test_cancel_while_routing_writes_nothing(zones, tmp_path):
    output = tmp_path / "access.gpkg"
    feedback = CancelAbove(35)  # while routing the chunks (30-100 %)
    results, _ = run(zones, feedback, OUTPUT=str(output), CHUNK_SIZE=20, MEASURE=0, **TRANSIT)
    assert results == {}
    assert "Cancelled: no output was written." in feedback.text()
    assert not output.exists()


def test_the_batch_runner_gives_the_same_values_with_straight_line_walking(zones, tmp_path):
    from conecta.batch.job import job_text, read_job
    from conecta.batch.runner import run_job

    rows = []
    for feature in zones.getFeatures():
        point = feature.geometry().pointOnSurface().asPoint()
        jobs = None if feature["jobs"] == NULL else feature["jobs"]
        rows.append((feature["id"], repr(point.x()), repr(point.y()), jobs))
    csv = tmp_path / "zones.csv"
    pd.DataFrame(rows, columns=["id", "x", "y", "jobs"]).to_csv(csv, index=False)
    points = memory_layer(
        "Point?crs=EPSG:31982&field=id:string&field=jobs:double",
        [(f"POINT ({x} {y})", [code, jobs]) for code, x, y, jobs in rows],
    )
    sections = {
        "network": {"path": None, "layer": None},
        "zones": {"path": str(csv), "x": "x", "y": "y", "crs": "EPSG:31982", "layer": None, "id": "id"},
        "gtfs": {
            "feeds": FEEDS,
            "date": "2019-05-13",
            "departure": "07:00",
            "window": 10,  # transfers left at the runner's default, as the algorithms' is left at theirs
        },
        "accessibility": {
            "modes": ["transit"],
            "measure": "cumulative",
            "opportunities": ["jobs"],
            "cutoffs": [30, 45],
        },
        "output": {"directory": str(tmp_path / "out")},
    }
    job = tmp_path / "job.toml"
    job.write_text(job_text(sections, "transit"), encoding="utf-8")
    report = run_job(read_job(job), workers=1, log=lambda _line: None)
    batch = pd.read_parquet(report.output).set_index("id")
    streamed, _ = run(points, POPULATION=None, MEASURE=0, CUTOFF="30,45", **TRANSIT)
    for field in ("acc_jobs_30", "acc_jobs_45"):
        got = by_id(streamed["OUTPUT"], field)
        assert got == {code: pytest.approx(value, rel=1e-12) for code, value in batch[field].items()}
        assert len(set(got.values())) > 10


def test_zones_in_epsg_4326_give_the_projected_zones_values(zones):
    # planners' zones often arrive as GeoJSON in EPSG:4326: the walking legs are then measured in the UTM zone of
    # the features (WGS 84 / UTM 22S here), within centimetres of the sample's SIRGAS 2000 / UTM 22S
    geographic = processing.run(
        "native:reprojectlayer", {"INPUT": zones, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"}
    )["OUTPUT"]
    projected, _ = run(zones, MEASURE=0, CUTOFF="30", **TRANSIT)
    degrees, _ = run(geographic, MEASURE=0, CUTOFF="30", **TRANSIT)
    expected = by_id(projected["OUTPUT"], "acc_jobs_30")
    got = by_id(degrees["OUTPUT"], "acc_jobs_30")
    assert got.keys() == expected.keys()
    same = sum(1 for key, value in expected.items() if got[key] == value)
    assert sum(1 for value in expected.values() if value) > 100  # zones that reach jobs: a real comparison
    assert same >= 0.99 * len(expected)
