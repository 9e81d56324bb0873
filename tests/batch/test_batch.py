"""The batch runner (python -m conecta.batch): the sample city's job gives conecta:accessibility's zone table with
the processes backend and with a Dask LocalCluster started here; a resumed run equals an uninterrupted one and
recomputes only the missing shards; bad job files, an unreachable scheduler, dying workers, a full disk and
chunks too big for memory get clear messages."""

from __future__ import annotations

import errno
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from conecta.batch import shards
from conecta.batch.backends import BackendError
from conecta.batch.job import JobError, job_text, read_job
from conecta.batch.runner import Runner, run_job
from conecta.core.errors import InputError
from conftest import PLUGIN_PATH, REPO

SAMPLE_JOB = REPO / "resources" / "batch" / "sample_city.toml"
SAMPLE = REPO / "resources" / "sample" / "porto_alegre.gpkg"


def write_job(folder: Path, **changes) -> Path:
    """A job on the sample city (walking, jobs within 15 and 30 minutes) with ``changes`` to its sections."""
    sections = {
        "network": {"path": str(SAMPLE), "layer": "network"},
        "zones": {"path": str(SAMPLE), "layer": "zones", "id": "id"},
        "accessibility": {
            "modes": ["walk"],
            "measure": "cumulative",
            "opportunities": ["jobs"],
            "cutoffs": [15, 30],
        },
        "output": {"directory": str(folder / "out")},
    }
    for section, values in changes.items():
        sections[section] = {**sections.get(section, {}), **values}
    path = folder / "job.toml"
    path.write_text(job_text(sections, "test job"), encoding="utf-8")
    return path


def table(path) -> pd.DataFrame:
    """A zone table by id."""
    frame = pd.read_parquet(path) if str(path).endswith(".parquet") else pd.read_csv(path, dtype={"id": str})
    return frame.set_index("id").sort_index().astype(np.float64)


def quiet(_line: str) -> None:
    """A log that keeps nothing."""


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> pd.DataFrame:
    """The small job's zone table, computed once in this process."""
    folder = tmp_path_factory.mktemp("reference")
    report = run_job(read_job(write_job(folder)), workers=1, log=quiet)
    return table(report.output)


# ------------------------------------------------------------------ the sample city, as conecta:accessibility


def test_sample_city_job_gives_the_zone_table_of_conecta_accessibility(conecta_plugin, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    out = tmp_path / "results"
    env = {**os.environ, "PYTHONPATH": str(PLUGIN_PATH)}
    command = [
        sys.executable,
        "-m",
        "conecta.batch",
        str(SAMPLE_JOB),
        "--backend",
        "processes",
        "--out",
        str(out),
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "zone table written" in done.stderr
    batch = table(out / "zones.parquet")
    assert list(batch.columns) == ["acc_jobs_30", "acc_jobs_60"]
    layer = processing.run(
        "conecta:accessibility",
        {
            "NETWORK": f"{sample_gpkg}|layername=network",
            "MODE": 0,
            "MAX_TIME": 60,
            "ZONES": f"{sample_gpkg}|layername=zones",
            "ZONES_ID": "id",
            "OPPORTUNITIES": ["jobs"],
            "MEASURE": 0,
            "CUTOFF": "30,60",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    plugin = (
        pd.DataFrame(
            [(f["id"], f["acc_jobs_30"], f["acc_jobs_60"]) for f in layer.getFeatures()],
            columns=["id", "acc_jobs_30", "acc_jobs_60"],
        )
        .set_index("id")
        .sort_index()
    )
    assert isinstance(layer, QgsVectorLayer) and len(plugin) == 1227 == len(batch)
    pd.testing.assert_frame_equal(batch, plugin, check_exact=True, check_dtype=False)
    assert batch["acc_jobs_60"].sum() > batch["acc_jobs_30"].sum() > 0


def test_a_dask_local_cluster_gives_the_same_zone_table(reference, tmp_path):
    report = run_job(read_job(write_job(tmp_path)), backend="dask", workers=2, log=quiet)
    assert report.backend == "dask" and report.modes[0].computed == report.modes[0].chunks
    pd.testing.assert_frame_equal(table(report.output), reference, check_exact=True)


def test_csv_output_holds_the_same_numbers(reference, tmp_path):
    report = run_job(read_job(write_job(tmp_path, output={"format": "csv"})), workers=1, log=quiet)
    assert report.output.endswith("zones.csv")
    pd.testing.assert_frame_equal(table(report.output), reference, check_exact=True)


# ------------------------------------------------------------------ resuming


class Killed(Exception):
    """Stands for the run being killed."""


def test_a_killed_run_continues_from_its_shards_and_gives_the_same_table(reference, tmp_path):
    job = read_job(write_job(tmp_path))

    def kill_after_three(label: str, index: int) -> None:
        kill_after_three.done += 1
        if kill_after_three.done == 3:
            raise Killed()

    kill_after_three.done = 0
    with pytest.raises(Killed):
        run_job(job, workers=1, log=quiet, on_chunk=kill_after_three)
    assert not (tmp_path / "out" / "zones.parquet").exists()
    report = run_job(job, workers=1, log=quiet)
    mode = report.modes[0]
    assert mode.graph_reused
    assert (mode.reused, mode.computed) == (3, mode.chunks - 3)
    pd.testing.assert_frame_equal(table(report.output), reference, check_exact=True)


def test_a_full_disk_leaves_the_shard_not_done_with_a_message(reference, tmp_path, monkeypatch):
    job = read_job(write_job(tmp_path))
    calls = []
    to_parquet = pd.DataFrame.to_parquet

    def full_disk_at_the_third_shard(frame, handle, **options):
        calls.append(1)
        if len(calls) == 3:
            handle.write(b"PAR1 half a shard")
            raise OSError(errno.ENOSPC, "No space left on device")
        return to_parquet(frame, handle, **options)

    monkeypatch.setattr(pd.DataFrame, "to_parquet", full_disk_at_the_third_shard)
    with pytest.raises(
        shards.ShardError, match=r"could not be written \(the disk is full\): chunk \d+ is not marked done"
    ):
        run_job(job, workers=1, log=quiet)
    monkeypatch.undo()
    folder = next((tmp_path / "out" / ".conecta-batch" / "shards" / "walk").glob("*/pass0"))
    assert len(list(folder.glob("chunk-*"))) == 2 and not list(folder.glob(".*.part"))
    report = run_job(job, workers=1, log=quiet)
    assert (report.modes[0].reused, report.modes[0].computed) == (2, report.modes[0].chunks - 2)
    pd.testing.assert_frame_equal(table(report.output), reference, check_exact=True)


# ------------------------------------------------------------------ workers and schedulers


class WorkerKiller:
    """An ``on_chunk`` callback that kills the first live worker process once (``done`` then), and waits
    ``pause`` seconds after."""

    def __init__(self, pause: float = 0.0) -> None:
        self.done = False
        self.pause = pause

    def __call__(self, label: str, index: int) -> None:
        if self.done:
            return
        children = [p for p in multiprocessing.active_children() if p.is_alive()]
        if children:
            os.kill(children[0].pid, signal.SIGKILL)
            self.done = True
            time.sleep(self.pause)


def test_a_worker_process_that_dies_has_its_chunks_computed_again(reference, tmp_path):
    job = read_job(write_job(tmp_path, run={"chunk_size": 40}))
    lines = []

    kill_a_worker = WorkerKiller()
    report = run_job(job, workers=2, log=lines.append, on_chunk=kill_a_worker)
    assert kill_a_worker.done and report.modes[0].retried_chunks
    assert any("a worker process stopped while computing chunks" in line for line in lines)
    pd.testing.assert_frame_equal(table(report.output), reference, check_exact=True)


def test_a_dask_worker_that_dies_has_its_chunks_recomputed_and_reported(reference, tmp_path):
    job = read_job(write_job(tmp_path, run={"chunk_size": 20}))
    lines = []

    kill_a_worker = WorkerKiller(pause=1.0)
    report = run_job(job, backend="dask", workers=2, log=lines.append, on_chunk=kill_a_worker)
    assert kill_a_worker.done
    assert any("Dask worker" in line and "stopped while computing" in line for line in lines), lines
    pd.testing.assert_frame_equal(table(report.output), reference, check_exact=True)


def test_a_scheduler_that_does_not_answer_is_reported_within_seconds(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    job = read_job(write_job(tmp_path))
    started = time.perf_counter()
    with pytest.raises(
        BackendError, match=rf"the Dask scheduler at tcp://127.0.0.1:{port} did not answer within 5 s"
    ):
        Runner(job, backend="dask", scheduler=f"tcp://127.0.0.1:{port}", log=quiet).run()
    assert time.perf_counter() - started < 20


def test_chunks_too_big_for_memory_are_refused(tmp_path):
    job = read_job(write_job(tmp_path, run={"chunk_size": 10**9}))
    with pytest.raises(
        InputError, match=r"A chunk of 1000000000 origins needs about .* of memory per worker"
    ):
        run_job(job, workers=1, log=quiet)


# ------------------------------------------------------------------ job files


@pytest.mark.parametrize(
    "changes,message",
    [
        (
            {"accessibility": {"cuttofs": [30]}},
            r"unknown key 'accessibility\.cuttofs' in the job file: \[accessibility\] takes modes,",
        ),
        ({"network": {"path": "nowhere.gpkg"}}, r"'network\.path': input file nowhere\.gpkg does not exist"),
        ({"zones": {"id": 3}}, r"'zones\.id' must be the id field \(got 3\)"),
        ({"accessibility": {"modes": ["boat"]}}, r"'accessibility\.modes': unknown mode 'boat'"),
        ({"accessibility": {"measure": "spatial_availability"}}, r"is not computed by the batch runner"),
        (
            {"accessibility": {"measure": "2sfca"}},
            r"missing key 'accessibility\.population' in the job file: the 2sfca measure needs it",
        ),
        ({"run": {"chunk_size": -1}}, r"'run\.chunk_size' must be a whole number of origins"),
        ({"accessibility": {"modes": ["transit"]}}, r"mode 'transit' needs the GTFS feeds"),
        ({"gtfs": {"departure": "7h"}}, r"'gtfs\.departure' must be a time as 07:00 \(got '7h'\)"),
        ({"gtfs": {"departure": "07:75"}}, r"'gtfs\.departure' must be a time as 07:00 \(got '07:75'\)"),
        (
            {"network": {"path": None, "layer": None}},
            r"missing key 'network\.path' in the job file: walking, cycling and car need a street network",
        ),
        (
            {"accessibility": {"measure": "interval", "interval": [60, 30]}},
            r"'accessibility\.interval' must be \[start, end\] in minutes, start before end",
        ),
        (
            {"accessibility": {"measure": "gravity", "decay": {"function": "exponential", "rate": 0.1}}},
            r"unknown key 'accessibility\.decay\.rate' in the job file: use function, value, sd",
        ),
        (
            {"accessibility": {"measure": "gravity", "decay": {"function": "gaussian", "value": 0.1}}},
            r"'accessibility\.decay\.function' must be one of binary, exponential,",
        ),
        (
            {"accessibility": {"measure": "gravity", "decay": {"function": "exponential", "value": "fast"}}},
            r"'accessibility\.decay\.value' must be a number or a list of numbers",
        ),
    ],
)
def test_bad_job_files_are_refused_naming_the_key(tmp_path, changes, message):
    with pytest.raises(JobError, match=message):
        read_job(write_job(tmp_path, **changes))


def test_an_unknown_section_is_named(tmp_path):
    path = write_job(tmp_path)
    path.write_text(path.read_text() + '\n[outputs]\ndirectory = "x"\n')
    with pytest.raises(
        JobError, match=r"unknown section \[outputs\] in the job file: use network, zones, gtfs,"
    ):
        read_job(path)


@pytest.mark.parametrize(
    "text,message",
    [
        (
            'network = 3\n[zones]\npath = "x"\nid = "id"\n'
            '[accessibility]\nmodes = ["walk"]\nmeasure = "cumulative"\n',
            r"\[network\] must be a table of keys",
        ),
        ('[zones\npath = "x"\n', r"job\.toml is not a valid TOML file: "),
        ('[zones]\npath = "x"\nid = "id"\n', r"missing section \[accessibility\] in the job file"),
    ],
)
def test_job_files_that_are_not_tables_of_sections_are_refused(tmp_path, text, message):
    path = tmp_path / "job.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(JobError, match=message):
        read_job(path)


def test_a_measure_that_needs_the_whole_matrix_is_refused_by_the_runner(tmp_path):
    # the population's cost to its second closest zone (passive, n = 2) is not reduced chunk by chunk
    accessibility = {"measure": "closest", "n": 2, "passive": True, "population": "population"}
    job = read_job(write_job(tmp_path, accessibility=accessibility))
    with pytest.raises(JobError, match=r"the measure closest with these settings needs the whole matrix"):
        run_job(job, workers=1, log=quiet)
    assert not (tmp_path / "out" / "zones.parquet").exists()


def test_a_missing_key_and_a_missing_job_file_are_named(tmp_path):
    path = tmp_path / "job.toml"
    path.write_text('[zones]\npath = "x"\n[accessibility]\nmodes = ["walk"]\nmeasure = "cumulative"\n')
    with pytest.raises(JobError, match=r"missing key 'zones\.id' in the job file"):
        read_job(path)
    with pytest.raises(JobError, match=r"job file .*absent\.toml does not exist"):
        read_job(tmp_path / "absent.toml")


def test_the_command_line_says_what_is_wrong_and_exits_with_2(tmp_path):
    path = write_job(tmp_path, accessibility={"cuttofs": [30]})
    env = {**os.environ, "PYTHONPATH": str(PLUGIN_PATH)}
    done = subprocess.run(
        [sys.executable, "-m", "conecta.batch", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("conecta-batch: unknown key 'accessibility.cuttofs'")


def test_zones_files_shipped_as_csv_with_coordinates_are_read(tmp_path, reference):
    from osgeo import ogr

    rows = []
    source = ogr.Open(str(SAMPLE))
    for feature in source.GetLayerByName("zones"):
        point = feature.GetGeometryRef().PointOnSurface()
        rows.append(
            (feature.GetField("id"), repr(point.GetX()), repr(point.GetY()), feature.GetField("jobs"))
        )
    csv = tmp_path / "zones.csv"
    pd.DataFrame(rows, columns=["id", "x", "y", "jobs"]).to_csv(csv, index=False)
    job = read_job(
        write_job(tmp_path, zones={"path": str(csv), "x": "x", "y": "y", "crs": "EPSG:31982", "layer": None})
    )
    report = run_job(job, workers=1, log=quiet)
    got = table(report.output)
    assert np.array_equal(got.to_numpy(), reference.loc[got.index].to_numpy())


# ------------------------------------------------------------------ public transport


def test_transit_mode_gives_what_the_whole_transit_matrix_gives(tmp_path):
    from osgeo import ogr

    from conecta.batch import inputs
    from conecta.core import accessibility as acc
    from conecta.core import transit
    from conecta.core.gtfs import read_feeds
    from conecta.core.od import MatrixDiagnostics, TravelMatrix

    rows = []
    source = ogr.Open(str(SAMPLE))
    for feature in source.GetLayerByName("zones"):
        if feature.GetFID() <= 200:
            point = feature.GetGeometryRef().PointOnSurface()
            rows.append(
                (feature.GetField("id"), repr(point.GetX()), repr(point.GetY()), feature.GetField("jobs"))
            )
    csv = tmp_path / "zones.csv"
    pd.DataFrame(rows, columns=["id", "x", "y", "jobs"]).to_csv(csv, index=False)
    feeds = [
        str(REPO / "resources" / "sample" / "gtfs" / name) for name in ("poa_eptc.zip", "poa_trensurb.zip")
    ]
    gtfs = {"feeds": feeds, "date": "2019-05-13", "departure": "14:00", "window": 3, "max_walk": 15}
    job = read_job(
        write_job(
            tmp_path,
            network={"path": None, "layer": None},
            zones={"path": str(csv), "x": "x", "y": "y", "crs": "EPSG:31982", "layer": None},
            gtfs=gtfs,
            accessibility={"modes": ["transit"], "cutoffs": [30, 60]},
        )
    )
    report = run_job(job, workers=2, chunk_size=40, log=quiet)
    got = table(report.output)
    assert list(got.columns) == ["acc_jobs_30", "acc_jobs_60"] and report.modes[0].chunks == 5
    # the whole matrix with the same router, walking legs and window
    zones = inputs.read_zones(job, ["jobs"], inputs.zones_crs(job))
    feed = read_feeds(feeds)
    start = 14 * 3600
    timetable = transit.build_timetable(feed, "2019-05-13", start, start + (3 + 120) * 60)
    stops = inputs.lonlat_to(
        feed.stops["stop_lon"].to_numpy(float), feed.stops["stop_lat"].to_numpy(float), inputs.zones_crs(job)
    )
    transit.set_transfers(timetable, feed, stop_xy=stops, max_walk_time=900)
    walk = [
        transit.straight_line_walk(a, b, 900)
        for a, b in ((zones.xy, stops), (stops, zones.xy), (zones.xy, zones.xy))
    ]
    whole = (
        transit.travel_time_matrix(  # 3 transfers: conecta:transitmatrix's default, which the runner takes
            timetable, walk[0], walk[1], start, time_window=3, walk=walk[2], max_transfers=3
        )
    )
    tm = TravelMatrix(
        zones.frame.index, whole.from_idx, whole.to_idx, whole.travel_time[:, 0], MatrixDiagnostics()
    )
    expected, _ = acc.compute(
        "cumulative", tm, zones.frame, acc.Settings(opportunities=["jobs"], cutoffs=[30, 60])
    )
    assert np.array_equal(got.loc[expected.values.index].to_numpy(), expected.values.to_numpy())
    assert got["acc_jobs_60"].sum() > got["acc_jobs_30"].sum() > 0


# ------------------------------------------------------------------ inputs


def csv_zones(folder: Path, rows: list) -> Path:
    path = folder / "zones.csv"
    pd.DataFrame(rows, columns=["id", "x", "y", "jobs"]).to_csv(path, index=False)
    return path


@pytest.mark.parametrize(
    "zones,message",
    [
        (
            {"layer": "nope"},
            r"'zones\.layer': .*porto_alegre\.gpkg has no layer 'nope' \(it has network, zones, stops\)",
        ),
        ({"id": "code"}, r"the zones layer has no field 'code'"),
    ],
)
def test_zone_layers_without_the_layer_or_field_are_named(tmp_path, zones, message):
    from conecta.batch import inputs

    job = read_job(write_job(tmp_path, zones=zones))
    with pytest.raises(JobError, match=message):
        inputs.read_zones(job, ["jobs"], None)


@pytest.mark.parametrize(
    "rows,message",
    [
        (
            [("a", 1.0, 1.0, 5), ("a", 2.0, 2.0, 6)],
            r"ids must be unique: 1 ids of field 'id' are repeated \(a\)",
        ),
        (
            [("a", 1.0, 1.0, "many"), ("b", 2.0, 2.0, 6)],
            r"zones field 'jobs' holds text that is not a number",
        ),
        ([(None, 1.0, 1.0, 5)], r"the zones have no feature with an id in field 'id'"),
    ],
)
def test_bad_zone_tables_are_refused_with_a_message(tmp_path, rows, message):
    from conecta.batch import inputs

    path = csv_zones(tmp_path, rows)
    job = read_job(
        write_job(tmp_path, zones={"path": str(path), "x": "x", "y": "y", "crs": "EPSG:31982", "layer": None})
    )
    with pytest.raises(JobError, match=message):
        inputs.read_zones(job, ["jobs"], None)


def test_a_network_file_gdal_cannot_open_is_named(tmp_path):
    from conecta.batch import inputs

    broken = tmp_path / "network.gpkg"
    broken.write_bytes(b"not a geopackage")
    job = read_job(write_job(tmp_path, network={"path": str(broken)}))
    with pytest.raises(JobError, match=r"'network\.path': GDAL cannot open .*network\.gpkg"):
        inputs.read_network(job)


def write_lines(path: Path, epsg, wkts, layer: str = "network") -> Path:
    """A GeoPackage layer of geometries ``wkts`` in ``epsg`` (None: written without a CRS)."""
    from osgeo import ogr, osr

    srs = None
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    out = source.CreateLayer(layer, srs, ogr.wkbUnknown)
    out.CreateField(ogr.FieldDefn("id", ogr.OFTString))
    out.CreateField(ogr.FieldDefn("jobs", ogr.OFTReal))
    for n, wkt in enumerate(wkts):
        feature = ogr.Feature(out.GetLayerDefn())
        feature.SetField("id", f"z{n}")
        feature.SetField("jobs", 1.0)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        out.CreateFeature(feature)
    source = None
    return path


STREET = "LINESTRING (480000 6670000, 481000 6670000)"


@pytest.mark.parametrize(
    "epsg,wkt,message",
    [
        # a GeoPackage written without a CRS: GDAL reads "Undefined geographic SRS", metres would be degrees
        (None, STREET, r"'network\.path': the layer has no coordinate reference system \(CRS\)"),
        (
            4326,
            STREET,
            r"'network\.path': the coordinates \(e\.g\. x 480500, y 6670000\) are not longitudes and "
            r"latitudes, yet the layer is declared in WGS 84",
        ),
        (31982, "POINT (480000 6670000)", r"'network\.path': .*network\.gpkg has no line with at least two"),
        (4326, None, r"'network\.path': the layer has no feature with a geometry"),
    ],
)
def test_a_network_without_a_usable_crs_or_lines_is_refused(tmp_path, epsg, wkt, message):
    network = write_lines(tmp_path / "network.gpkg", epsg, [wkt] if wkt else [])
    job = read_job(write_job(tmp_path, network={"path": str(network)}))
    with pytest.raises(JobError, match=message):
        run_job(job, workers=1, log=quiet)
    assert not (tmp_path / "out" / "zones.parquet").exists()


def test_zones_without_a_crs_are_refused(tmp_path):
    network = write_lines(tmp_path / "network.gpkg", 31982, [STREET])
    zones = write_lines(tmp_path / "zones.gpkg", None, ["POINT (480100 6670000)"], layer="zones")
    job = read_job(write_job(tmp_path, network={"path": str(network)}, zones={"path": str(zones)}))
    with pytest.raises(JobError, match=r"'zones\.path': the layer has no coordinate reference system"):
        run_job(job, workers=1, log=quiet)


def test_a_network_file_gdal_fails_to_read_is_named(tmp_path):
    from conecta.batch import inputs

    broken = tmp_path / "network.gpkg"
    broken.write_bytes(b"SQLite format 3\x00" + bytes(200))  # a database header, then nothing
    job = read_job(write_job(tmp_path, network={"path": str(broken)}))
    with pytest.raises(JobError, match=r"'network\.path': GDAL cannot open .*network\.gpkg: file is not a"):
        inputs.read_network(job)


def test_a_zones_csv_without_a_column_of_the_job_is_named(tmp_path):
    from conecta.batch import inputs

    path = csv_zones(tmp_path, [("a", 1.0, 1.0, 5)])
    job = read_job(write_job(tmp_path, zones={"path": str(path), "x": "lon", "y": "y", "layer": None}))
    with pytest.raises(JobError, match=r"the zones CSV has no column 'lon' \(it has id, x, y, jobs\)"):
        inputs.read_zones(job, ["jobs"], None)


# ------------------------------------------------------------------ Dask: chunks that fail on the workers


def dask_pass(tmp_path, wrap, chunk_size: int = 200, allowed_failures: int = 3) -> list:
    """One pass of the small job's chunks on a two-worker LocalCluster whose scheduler declares a task bad after
    ``allowed_failures`` deaths of its workers, the source wrapped by ``wrap``; the chunks received."""
    import dask
    import distributed  # noqa: F401 (its defaults enter dask's configuration before the change below)

    from conecta.batch import inputs
    from conecta.batch.backends import BackendEvents, DaskBackend
    from conecta.core import network as nw
    from conecta.core import streamed
    from conecta.core.accessibility import Settings

    job = read_job(write_job(tmp_path))
    data = inputs.read_network(job)
    zones = inputs.read_zones(job, ["jobs"], data.crs_wkt)
    graph = inputs.mode_graph(data, "walk", job)
    router = nw.street_router(nw.plan_matrix(graph, zones.xy, max_snap_m=500.0), graph, 30.0)
    source = wrap(streamed.router_source(router, zones.row, chunk_size=chunk_size))
    plan, _ = streamed.plan_measure("cumulative", zones.frame, Settings(opportunities=["jobs"], cutoffs=[30]))
    chunks = source.chunks
    received = []
    with dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures}):
        with DaskBackend(workers=2) as backend:
            todo = list(range(len(chunks)))
            backend.run("g", source, plan, chunks, todo, lambda i, p: received.append(i), BackendEvents())
    return received


def test_a_chunk_that_fails_on_a_dask_worker_stops_the_run_naming_it(tmp_path):
    from streamed_helpers import FailingSource

    with pytest.raises(
        BackendError, match=r"chunk 1 failed on a Dask worker: RuntimeError\('no route for chunk 1'\)"
    ):
        dask_pass(tmp_path, lambda source: FailingSource(source, fatal=1))


def test_a_chunk_that_kills_every_dask_worker_it_is_given_stops_the_run_naming_it(tmp_path):
    from streamed_helpers import DyingSource

    # one chunk (the 1,227 zones), declared bad by the scheduler at the first worker it kills
    with pytest.raises(
        BackendError, match=r"chunk 0 stopped every worker that computed it \(out of memory\?\)"
    ):
        dask_pass(tmp_path, lambda source: DyingSource(source, fatal=0), chunk_size=2000, allowed_failures=0)


def test_dask_workers_that_all_stop_at_once_lose_the_graph_and_the_run_sends_it_again(reference, tmp_path):
    job = read_job(write_job(tmp_path, run={"chunk_size": 20}))
    lines = []

    def kill_every_worker(label: str, index: int) -> None:
        if kill_every_worker.done:
            return
        workers = [p for p in multiprocessing.active_children() if p.is_alive()]
        for worker in workers:
            os.kill(worker.pid, signal.SIGKILL)
        kill_every_worker.done = bool(workers)
        time.sleep(1.0)

    kill_every_worker.done = False
    report = run_job(job, backend="dask", workers=2, log=lines.append, on_chunk=kill_every_worker)
    assert kill_every_worker.done
    assert any("the Dask workers holding the graph stopped before chunks" in line for line in lines), lines
    assert report.modes[0].retried_chunks
    pd.testing.assert_frame_equal(table(report.output), reference, check_exact=True)


# ------------------------------------------------------------------ raw inputs: OSM .pbf and GeoJSON in degrees


def test_an_osm_pbf_and_geojson_zones_give_the_zone_table_of_conecta_accessibility(conecta_plugin, tmp_path):
    import processing

    from data_paths import shared

    pbf = shared("porto_alegre", "poa_osm.pbf")
    hexes = shared("porto_alegre", "poa_hex_h3res9.geojson")
    sections = {
        "network": {"path": str(pbf)},  # the layer 'lines', projected to the UTM zone of its centre
        "zones": {"path": str(hexes), "id": "id"},
        "accessibility": {
            "modes": ["walk"],
            "measure": "cumulative",
            "opportunities": ["jobs"],
            "cutoffs": [20],
        },
    }
    job_path = tmp_path / "osm.toml"
    job_path.write_text(job_text(sections, "raw inputs"), encoding="utf-8")
    report = run_job(read_job(job_path), out=str(tmp_path / "out"), workers=1, log=quiet)
    batch = table(report.output)
    layer = processing.run(
        "conecta:accessibility",
        {
            "NETWORK": f"{pbf}|layername=lines",
            "MODE": 0,
            "MAX_TIME": 20,
            "ZONES": str(hexes),
            "ZONES_ID": "id",
            "OPPORTUNITIES": ["jobs"],
            "MEASURE": 0,
            "CUTOFF": "20",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    plugin = pd.Series(
        {f["id"]: f["acc_jobs_20"] for f in layer.getFeatures()}, name="acc_jobs_20"
    ).sort_index()
    assert len(batch) == len(plugin) == 1227
    pd.testing.assert_series_equal(
        batch["acc_jobs_20"], plugin.astype(np.float64), check_names=False, check_index_type=False
    )
    assert batch["acc_jobs_20"].sum() > 0


def test_a_graph_lost_with_every_worker_three_times_stops_the_run_naming_the_chunks(monkeypatch):
    from types import SimpleNamespace

    from conecta.batch.backends import LOST_GRAPH_RETRIES, BackendEvents, DaskBackend

    # a cluster whose workers all stop before any chunk is collected, at every try (stands for a cluster-wide
    # out-of-memory; tests above kill real workers once)
    backend = DaskBackend.__new__(DaskBackend)
    backend.client = SimpleNamespace(scheduler_info=lambda: {"workers": {"tcp://w1": {}, "tcp://w2": {}}})
    backend.graph_key = backend.graph = None
    monkeypatch.setattr(DaskBackend, "_send", lambda self, key, source, plan, chunks, todo, *rest: list(todo))
    events = BackendEvents()
    with pytest.raises(
        BackendError,
        match=r"the Dask workers holding the graph stopped 3 times \(out of memory\?\): chunks 3, 4 are not "
        r"done; .* run the same command again to continue from the shards on disk",
    ):
        backend.run("g", None, None, list(range(5)), [3, 4], lambda index, partial: None, events)
    assert LOST_GRAPH_RETRIES == 2 and len(events.lines) == 3 and events.retried == [3, 4] * 3


def test_the_dask_backend_without_dask_says_what_to_install(monkeypatch):
    from conecta.batch.backends import DaskBackend

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed raises ImportError
    with pytest.raises(
        BackendError, match=r"the dask backend needs dask and distributed \(Debian: apt install"
    ):
        DaskBackend()


def test_a_stored_graph_is_its_path_until_a_worker_uses_it(tmp_path):
    import pickle

    from conecta.batch.backends import StoredGraph

    path = tmp_path / "graph.pkl"
    path.write_bytes(pickle.dumps({"router": SimpleRouter(method="dijkstra")}))
    graph = pickle.loads(pickle.dumps(StoredGraph(path, "k")))
    assert pickle.dumps(graph) == pickle.dumps(StoredGraph(path, "k"))  # travels as its path and key
    assert graph.method == "dijkstra"  # the router's attributes once loaded
    with pytest.raises(AttributeError, match="path"):
        _ = StoredGraph.__new__(StoredGraph).path  # before its state is set (unpickling): no recursion


class SimpleRouter:
    """A stand-in router with one attribute (pickled by reference to this module)."""

    def __init__(self, method: str) -> None:
        self.method = method


MAPPED_SCRIPT = """
import ctypes
import numpy as np
from conecta.batch.backends import restore_malloc_thresholds
class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2
def mapped_while_held():
    before = libc.mallinfo2().hblkhd
    block = np.ones(4 * 2**20 // 8)  # a 4 MiB temporary, as a chunk's sweeps make thousands of
    mapped = libc.mallinfo2().hblkhd - before
    del block
    return mapped
untuned = mapped_while_held()
restored = restore_malloc_thresholds()
print(untuned, mapped_while_held(), restored)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt and mallinfo2: Linux only")
def test_a_dask_worker_reuses_memory_despite_the_nannys_malloc_trim_threshold():
    # Dask's nannies start workers with MALLOC_TRIM_THRESHOLD_=65536 (distributed.nanny.pre-spawn-environ),
    # which switches glibc's adaptive mmap threshold off: each temporary above 128 KiB is then mapped anew
    # (glibc's mallinfo2 counts it in hblkhd, the bytes in mapped blocks) and zeroed by the kernel; a car chunk
    # spent 40 % of its time there (68 s instead of 35 s on one worker, bench/bench_workers.py). After the
    # worker's first chunk restores the thresholds, a 4 MiB temporary comes from the heap: nothing is mapped.
    env = {**os.environ, "MALLOC_TRIM_THRESHOLD_": "65536", "PYTHONPATH": str(PLUGIN_PATH)}
    done = subprocess.run(
        [sys.executable, "-c", MAPPED_SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    untuned, tuned, restored = done.stdout.split()
    assert restored == "True"
    assert int(untuned) >= 4 * 2**20  # the temporary was a mapped block of its own
    assert int(tuned) == 0
