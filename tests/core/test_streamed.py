"""Streamed accessibility (core.streamed, core.network.chunks, core.parallel): origin chunks routed and reduced
at once give what the whole matrix gives, on the sample city for every measure, and hand-computed values on a
three-zone street; chunk sizes, cancel, dying workers and the worker interpreter."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamed_helpers import DyingSource

from conecta.batch import inputs
from conecta.batch.job import read_job
from conecta.core import accessibility as acc
from conecta.core import network as nw
from conecta.core import parallel, streamed
from conecta.core.errors import InputError
from conecta.core.od import prepare_matrix
from conecta.core.progress import Cancelled

REPO = Path(__file__).resolve().parents[2]
SAMPLE_JOB = REPO / "resources" / "batch" / "sample_city.toml"


@pytest.fixture(scope="module")
def city():
    """The sample city's walking network and zones, the whole 30-minute matrix (as conecta:traveltimematrix
    writes it: minutes to 4 decimals) and a source of chunks of 100 origins."""
    job = read_job(SAMPLE_JOB)
    data = inputs.read_network(job)
    zones = inputs.read_zones(job, ["jobs", "population"], data.crs_wkt)
    out = {}
    for mode, limit in (("walk", 30.0), ("car", 20.0)):
        graph = inputs.mode_graph(data, mode, job)
        plan = nw.plan_matrix(graph, zones.xy, max_snap_m=500.0)
        rows = list(nw.iter_matrix_chunks(plan, limit))
        ids = zones.frame.index[zones.row]
        frame = pd.DataFrame(
            {
                "from_id": ids[np.concatenate([r.from_idx for r in rows])],
                "to_id": ids[np.concatenate([r.to_idx for r in rows])],
                "travel_time": np.round(np.concatenate([r.minutes for r in rows]), 4),
            }
        )
        matrix = prepare_matrix(frame, zones.frame.index)
        router = nw.street_router(nw.plan_matrix(graph, zones.xy, max_snap_m=500.0), graph, limit)
        source = streamed.router_source(router, zones.row, chunk_size=100)
        out[mode] = (matrix, source, router.method)
    return zones.frame, out


def same_result(expected, names_expected, got, names_got, exact=True):
    """The two results agree on every value, field name and count the algorithm reports."""
    assert names_got == names_expected
    assert list(got.values.columns) == list(expected.values.columns)
    a, b = expected.values.to_numpy(), got.values.to_numpy()
    if exact:
        assert np.array_equal(a, b, equal_nan=True)
    else:
        np.testing.assert_allclose(b, a, rtol=1e-12, atol=0)
    assert got.measure == expected.measure
    assert got.n_zones_reaching_nothing == expected.n_zones_reaching_nothing
    assert got.destinations_without_demand == expected.destinations_without_demand
    assert got.matrix.n_rows == expected.matrix.n_rows
    assert got.matrix.n_zones_not_origin == expected.matrix.n_zones_not_origin
    assert got.matrix.n_zones_not_destination == expected.matrix.n_zones_not_destination


ORIGIN_MEASURES = [
    ("cumulative", dict(opportunities=["jobs"], cutoffs=[15, 30])),
    ("cumulative", dict(population="population", cutoffs=[15, 30], active=False)),
    ("interval", dict(opportunities=["jobs"], interval=(10, 30))),
    ("gravity", dict(opportunities=["jobs"], decays=[acc.decay_exponential(0.1), acc.decay_linear(25)])),
    ("gravity", dict(population="population", decays=[acc.decay_exponential(0.1)], active=False)),
    ("closest", dict(opportunities=["jobs"], n=1)),
    ("closest", dict(opportunities=["jobs"], n=5000)),
    ("closest", dict(population="population", n=1, active=False)),
    ("passive", dict(population="population", cutoffs=[20])),
]


@pytest.mark.parametrize(
    "measure,options", ORIGIN_MEASURES, ids=[f"{m}-{i}" for i, (m, _) in enumerate(ORIGIN_MEASURES)]
)
def test_streamed_equals_the_whole_matrix_to_the_last_digit(city, measure, options):
    land_use, modes = city
    matrix, source, _ = modes["walk"]
    settings = acc.Settings(**options)
    expected, names = acc.compute(measure, matrix, land_use, settings)
    got, got_names = streamed.streamed_accessibility(measure, source, land_use, settings)
    # per-destination sums of fractional weights (passive gravity) may differ in the last bits only
    exact = not (measure == "gravity" and not settings.active)
    same_result(expected, names, got, got_names, exact=exact)
    assert len(source.chunks) > 1


@pytest.mark.parametrize("measure", ["2sfca", "bfca", "e2sfca", "3sfca"])
def test_floating_catchment_in_two_passes_equals_the_whole_matrix(city, measure):
    land_use, modes = city
    matrix, source, _ = modes["walk"]
    decays = [] if measure in ("e2sfca", "3sfca") else [acc.decay_binary(20), acc.decay_exponential(0.1)]
    settings = acc.Settings(opportunities=["jobs"], population="population", decays=decays)
    expected, names = acc.compute(measure, matrix, land_use, settings)
    got, got_names = streamed.streamed_accessibility(measure, source, land_use, settings)
    same_result(expected, names, got, got_names, exact=False)


def test_a_contraction_hierarchy_streams_the_same_car_accessibility(city):
    land_use, modes = city
    matrix, source, method = modes["car"]
    assert method == "hierarchy"
    settings = acc.Settings(opportunities=["jobs"], cutoffs=[10, 20])
    expected, names = acc.compute("cumulative", matrix, land_use, settings)
    got, got_names = streamed.streamed_accessibility("cumulative", source, land_use, settings)
    same_result(expected, names, got, got_names)


def test_a_measure_that_needs_the_whole_matrix_gets_it_gathered(city):
    land_use, modes = city
    matrix, source, _ = modes["walk"]
    settings = acc.Settings(
        opportunities=["jobs"], population="population", decays=[acc.decay_exponential(0.1)]
    )
    assert not streamed.streamable("spatial_availability", settings)
    expected, names = acc.compute("spatial_availability", matrix, land_use, settings)
    got, got_names = streamed.streamed_accessibility("spatial_availability", source, land_use, settings)
    same_result(expected, names, got, got_names, exact=False)


# ------------------------------------------------------------------ hand-computed: three zones on one street


def three_zones(workers: int = 1):
    """Zones A, B, C at 0, 360 and 720 m along one 720 m street (walking 1 m/s: 6 min between neighbours)."""
    net = nw.build_network([np.array([[0.0, 0.0], [720.0, 0.0]])], np.array([0]), highway=["residential"])
    graph = nw.mode_graph(net, "walk", speed_kmh=3.6, walk_speed_kmh=3.6)
    xy = np.array([[0.0, 0.0], [360.0, 0.0], [720.0, 0.0]])
    router = nw.street_router(nw.plan_matrix(graph, xy, max_snap_m=1.0), graph, 15.0)
    land_use = pd.DataFrame(
        {"jobs": [10.0, 20.0, 40.0], "population": [100.0, 100.0, 100.0]}, index=["A", "B", "C"]
    )
    source = streamed.router_source(router, np.arange(3), workers, chunk_size=1)
    return source, land_use


def test_cumulative_on_three_zones_by_hand_with_two_worker_processes():
    source, land_use = three_zones(workers=2)
    settings = acc.Settings(opportunities=["jobs"], cutoffs=[10, 15])
    events = []
    result, names = streamed.streamed_accessibility(
        "cumulative", source, land_use, settings, streamed.local_runner(source, 2, "processes", events)
    )
    assert names == ["acc_jobs_10", "acc_jobs_15"]
    # within 10 min: A reaches A, B (10 + 20); B reaches all three; C reaches B, C (20 + 40); within 15: all 70
    assert result.values.iloc[:, 0].tolist() == [30.0, 70.0, 60.0]
    assert result.values.iloc[:, 1].tolist() == [70.0, 70.0, 70.0]
    assert len(source.chunks) == 3
    assert events == []


def test_2sfca_on_three_zones_by_hand_with_demand_added_across_chunks():
    source, land_use = three_zones()
    settings = acc.Settings(opportunities=["jobs"], population="population", decays=[acc.decay_binary(10)])
    result, _ = streamed.streamed_accessibility("2sfca", source, land_use, settings)
    # demand within 10 min: A ← A, B (200); B ← A, B, C (300); C ← B, C (200); ratios 10/200, 20/300, 40/200
    ratio = np.array([10 / 200, 20 / 300, 40 / 200])
    expected = [ratio[0] + ratio[1], ratio.sum(), ratio[1] + ratio[2]]
    np.testing.assert_allclose(result.values.iloc[:, 0].to_numpy(), expected, rtol=1e-15)


# ------------------------------------------------------------------ chunks, cancel, workers


class Router:
    """A router stand-in: 1,000 origins of 1 MB each."""

    origins = np.arange(1000)

    def bytes_per_origin(self, chunk: int) -> float:
        return 1e6

    def chunk_size_for(self, memory: float) -> int:
        return int(memory // 1e6)


@pytest.mark.parametrize("value", [0, -5, 2.5, "ten", True])
def test_a_chunk_size_that_is_not_a_whole_number_of_origins_is_refused(value):
    with pytest.raises(
        InputError, match=r"The chunk size must be a whole number of origins of 1 or more \(got"
    ):
        streamed.chunking(Router(), 1, value, memory_bytes=1e9)


def test_chunks_too_big_for_memory_are_refused_with_the_sizes():
    message = (
        r"A chunk of 500 origins needs about 476\.8 MiB of memory per worker, and 95\.4 MiB is available to each "
        r"of the \d+ workers: use chunks of at most 100 origins"
    )
    with pytest.raises(InputError, match=message):
        streamed.chunking(Router(), 2, 500, memory_bytes=1e8)


def test_chosen_chunks_fit_in_memory_and_leave_chunks_for_every_worker():
    size, memory = streamed.chunking(Router(), 2, None, memory_bytes=3e8)
    assert size * 1e6 <= memory
    assert size <= 1000 / (streamed.CHUNKS_PER_WORKER * max(2, parallel.cores())) + streamed.MIN_CHUNK


@pytest.mark.parametrize("workers", [1, 2])
def test_cancel_is_seen_after_a_chunk_and_leaves_no_worker_behind(city, workers):
    land_use, modes = city
    _, source, _ = modes["walk"]
    calls = []

    def stop(fraction: float) -> bool:
        calls.append(fraction)
        return len(calls) < 3

    before = set(multiprocessing.active_children())
    with pytest.raises(Cancelled):
        streamed.streamed_accessibility(
            "cumulative", source, land_use, acc.Settings(opportunities=["jobs"], cutoffs=[30]),
            streamed.local_runner(source, workers), stop,
        )  # fmt: skip
    assert len(calls) == 3
    assert set(multiprocessing.active_children()) <= before


def test_a_worker_that_dies_has_its_chunk_routed_again(city, tmp_path):
    land_use, modes = city
    _, source, _ = modes["walk"]
    dying = DyingSource(source, fatal=2, marker=str(tmp_path / "died"))
    settings = acc.Settings(opportunities=["jobs"], cutoffs=[20])
    events = []
    result, _ = streamed.streamed_accessibility(
        "cumulative", dying, land_use, settings, streamed.local_runner(dying, 2, "processes", events)
    )
    expected, _ = streamed.streamed_accessibility("cumulative", source, land_use, settings)
    assert (tmp_path / "died").read_text() == "died once"
    assert ("retried", [2]) in [(kind, [c for c in value if c == 2]) for kind, value in events]
    assert np.array_equal(result.values.to_numpy(), expected.values.to_numpy())


def test_a_chunk_that_kills_its_worker_every_time_stops_the_run_naming_it(city):
    land_use, modes = city
    _, source, _ = modes["walk"]
    dying = DyingSource(source, fatal=1)
    with pytest.raises(parallel.WorkerFailed, match=r"died while computing chunks .*1.* 3 times"):
        streamed.streamed_accessibility(
            "cumulative", dying, land_use, acc.Settings(opportunities=["jobs"], cutoffs=[20]),
            streamed.local_runner(dying, 2),
        )  # fmt: skip


def test_workers_are_never_started_with_the_qgis_executable(monkeypatch, tmp_path):
    qgis = tmp_path / ("qgis-bin.exe" if os.name == "nt" else "qgis")
    qgis.write_text("")
    monkeypatch.setattr(sys, "executable", str(qgis))
    monkeypatch.setattr(parallel, "_INTERPRETER", [])
    found = parallel.python_interpreter()
    assert found is not None and os.path.basename(found).lower().startswith("python")
    assert "qgis" not in os.path.basename(found).lower()


def test_without_a_python_interpreter_the_chunks_run_in_this_process(monkeypatch):
    monkeypatch.setattr(parallel, "_INTERPRETER", [None])
    pool = parallel.WorkerPool({}, workers=2)
    assert pool.kind == "serial"
    assert pool.fallback == "no Python interpreter found next to this application"
    assert [r for _, r in pool.run(lambda shared, task: task * 2, [1, 2, 3])] == [2, 4, 6]


def test_hilbert_chunks_are_compact():
    side = 16
    xy = np.stack(np.meshgrid(np.arange(side), np.arange(side)), -1).reshape(-1, 2).astype(float)
    order = nw.hilbert_order(xy)
    steps = np.abs(np.diff(xy[order], axis=0)).sum(axis=1)
    assert sorted(order.tolist()) == list(range(side * side))
    assert np.all(steps == 1.0)  # a Hilbert curve moves to a neighbouring cell at every step


def test_workers_that_cannot_start_leave_the_chunks_to_this_process(monkeypatch):
    if os.name == "nt":
        pytest.skip("/bin/false stands for an interpreter that cannot start")
    monkeypatch.setattr(parallel, "_INTERPRETER", ["/bin/false"])
    pool = parallel.WorkerPool({}, workers=2)
    assert [r for _, r in pool.run(lambda shared, task: task + 1, [1, 2])] == [2, 3]
    assert pool.kind == "serial" and pool.fallback.startswith("worker processes could not start")


@pytest.mark.parametrize(
    "measure,options,message",
    [
        ("closest", dict(opportunities=["jobs"], n=0), r"n must be finite numbers >= 1"),
        ("interval", dict(opportunities=["jobs"], interval=(30, 10)), r"interval must be \(start, end\)"),
        ("cumulative", dict(opportunities=["jobs"], cutoffs=[-5]), r"cutoffs must be finite numbers >= 0"),
    ],
)
def test_impossible_parameters_are_refused_as_the_matrix_measures_refuse_them(measure, options, message):
    land_use = pd.DataFrame({"jobs": [1.0, 2.0]}, index=["a", "b"])
    with pytest.raises(ValueError, match=message):
        streamed.plan_measure(measure, land_use, acc.Settings(**options))


def test_an_unknown_routing_method_is_refused():
    net = nw.build_network([np.array([[0.0, 0.0], [100.0, 0.0]])], np.array([0]), highway=["residential"])
    graph = nw.mode_graph(net, "walk")
    with pytest.raises(ValueError, match="unknown routing method 'astar'"):
        nw.street_router(nw.plan_matrix(graph, [[0.0, 0.0]]), graph, 10.0, method="astar")
