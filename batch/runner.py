"""The batch run: read the job's inputs, build (or reload) each mode's routing graph, cut the origins into chunks,
compute the chunks that have no shard yet, merge the shards into the zone table.

Work files live in ``OUT/.conecta-batch``:

- ``graphs/<key>.pkl``: each mode's router (street graph, snapped zones, contraction hierarchy) under a hash of
  everything it depends on (input files, settings, zones, mode, maximum time): rebuilt only when one changes,
  shared by every chunk (a task is "chunk i of graph <key>", idempotent);
- ``shards/<mode>/<key>/pass<k>/chunk-NNNNNN.parquet``: what each chunk contributes (:mod:`.shards`), under a
  hash of the graph, the measure, the chunking and, for a second pass, the first pass's result.

A run killed at any point continues where it stopped when started again with the same job: only the chunks
without a complete shard are computed. The zone table ``OUT/zones.parquet`` (``zones.csv`` without pyarrow, or
with ``format = "csv"``) holds ``id`` and the fields ``conecta:accessibility`` writes (with ``_<mode>`` after
each name when the job has several modes); ``OUT/run.json`` says what was computed and reused.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

import numpy as np
import pandas as pd

from conecta.core import accessibility as acc
from conecta.core import streamed

from . import inputs
from .backends import BackendEvents, DaskBackend, StoredGraph, run_processes
from .job import Job, JobError, clock_seconds, output_directory
from .shards import ShardStore, has_pyarrow

SNAP_DISTANCE = 500.0
"""Metres from a zone's point to the street it may snap to (as ``conecta:accessibility``)."""
VERSION = "1"
"""Changes when the work files' layout or arithmetic changes (old work files are then not reused)."""


@dataclass
class ModeReport:
    """What one mode's run did."""

    mode: str
    chunks: int = 0
    computed: int = 0
    reused: int = 0
    pairs: int = 0
    graph_reused: bool = False
    seconds_graph: float = 0.0
    seconds_routing: float = 0.0
    routing_method: str = ""
    events: List[str] = field(default_factory=list)
    retried_chunks: List[int] = field(default_factory=list)


@dataclass
class RunReport:
    """What the run did, mode by mode, and where the zone table is."""

    output: str = ""
    backend: str = ""
    workers: int = 0
    modes: List[ModeReport] = field(default_factory=list)
    seconds: float = 0.0


# ----------------------------------------------------------------------------------------------- settings


def measure_settings(job: Job) -> acc.Settings:
    """The job's accessibility section as the measure's settings."""
    a = job.accessibility
    decays = []
    if "decay" in a:
        values = a["decay"]["value"]
        for value in values if isinstance(values, list) else [values]:
            decays.append(
                acc.make_decay(a["decay"]["function"], float(value), float(a["decay"].get("sd", 0.0)))
            )
    elif a["measure"] in ("2sfca", "bfca") and "cutoffs" in a:
        decays = [acc.decay_binary(c) for c in a["cutoffs"]]
    return acc.Settings(
        opportunities=list(a.get("opportunities", [])),
        population=a.get("population"),
        cutoffs=[float(c) for c in a.get("cutoffs", [])],
        interval=tuple(float(v) for v in a["interval"]) if "interval" in a else None,
        decays=decays,
        n=int(a.get("n", 1)),
        active=not a.get("passive", False),
    )


def _digest(*parts) -> str:
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _file_identity(path: Optional[str]) -> Optional[list]:
    """What identifies an input file's content cheaply: path, size and modification time."""
    if not path:
        return None
    stat = os.stat(path)
    return [str(path), stat.st_size, stat.st_mtime_ns]


def _array_digest(*arrays) -> str:
    digest = hashlib.sha256()
    for array in arrays:
        digest.update(np.ascontiguousarray(array).tobytes())
    return digest.hexdigest()[:16]


def _write_atomically(path: Path, write: Callable) -> None:
    """Write a file under a temporary name, then rename it (never a half-written file under its name)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(staged, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staged, path)
    finally:
        staged.unlink(missing_ok=True)


# ----------------------------------------------------------------------------------------------- graphs


class Inputs:
    """The job's inputs, read when first needed (the network only when a graph must be built)."""

    def __init__(self, job: Job, log: Callable[[str], None]) -> None:
        self.job = job
        self.log = log
        self._network = None

    @property
    def network(self) -> inputs.NetworkData:
        """The street network read (once)."""
        if self._network is None:
            started = time.perf_counter()
            self._network = inputs.read_network(self.job)
            net = self._network.network
            self.log(
                f"street network: {self._network.n_features} lines, {net.n_nodes} junctions, {net.n_edges} edges "
                f"({time.perf_counter() - started:.1f} s)"
            )
        return self._network

    def graph_key(self, mode: str) -> str:
        """The hash naming ``mode``'s routing graph."""
        job = self.job
        files = [_file_identity(job.network.get("path")), _file_identity(job.zones.get("path"))]
        files += [_file_identity(p) for p in job.gtfs.get("feeds", [])] if mode == "transit" else []
        gtfs = job.gtfs if mode == "transit" else {}
        return _digest(VERSION, mode, job.max_time, job.network, job.zones, gtfs, files)


def street_graph(source: Inputs, folder: Path, report: ModeReport, mode: str) -> tuple:
    """``(router file, key, working CRS)`` of a street mode, built and stored unless already on disk."""
    key = source.graph_key(mode)
    path = folder / f"{key}.pkl"
    started = time.perf_counter()
    if path.exists():
        with open(path, "rb") as handle:
            bundle = pickle.load(handle)
        report.graph_reused = True
        source.log(f"{mode}: routing graph {key} reused")
        return path, key, bundle["crs_wkt"]
    from conecta.core import network as nw

    data = source.network
    zones = inputs.read_zones(source.job, [], data.crs_wkt)
    graph = inputs.mode_graph(data, mode, source.job)
    plan = nw.plan_matrix(graph, zones.xy, max_snap_m=SNAP_DISTANCE)
    router = nw.street_router(plan, graph, source.job.max_time)
    bundle = {"router": router, "crs_wkt": data.crs_wkt, "points": zones.xy, "diagnostics": plan.diagnostics}
    _write_atomically(path, lambda handle: pickle.dump(bundle, handle, protocol=pickle.HIGHEST_PROTOCOL))
    report.seconds_graph = time.perf_counter() - started
    source.log(
        f"{mode}: routing graph {key} built in {report.seconds_graph:.1f} s ({router.method}, "
        f"{len(router.origins)} zones on the network, {len(plan.diagnostics.unsnapped_origins)} farther than "
        f"{SNAP_DISTANCE:g} m)"
    )
    return path, key, data.crs_wkt


def transit_graph(source: Inputs, folder: Path, report: ModeReport) -> tuple:
    """``(router file, key, working CRS)`` of public transport: the GTFS timetable of the job's date and window,
    straight-line walking legs between the zones and the stops (:mod:`conecta.core.transit_stream`)."""
    from conecta.core.gtfs import read_feeds, representative_weekday
    from conecta.core.transit import build_timetable
    from conecta.core.transit.matrix import MAX_TRANSFERS
    from conecta.core.transit_stream import transit_router

    key = source.graph_key("transit")
    path = folder / f"{key}.pkl"
    if path.exists():
        with open(path, "rb") as handle:
            crs_wkt = pickle.load(handle)["crs_wkt"]
        report.graph_reused = True
        source.log(f"transit: timetable and walking legs {key} reused")
        return path, key, crs_wkt
    started = time.perf_counter()
    job, g = source.job, source.job.gtfs
    crs_wkt = source.network.crs_wkt if job.network.get("path") else inputs.zones_crs(job)
    zones = inputs.read_zones(job, [], crs_wkt)
    feed = read_feeds(g["feeds"])
    date = g.get("date") or representative_weekday(feed).date
    departure = clock_seconds(g.get("departure", "07:00"))
    window, longest = int(g.get("window", 60)), float(g.get("max_trip_duration", 120))
    table = build_timetable(feed, date, departure, departure + int((window + longest) * 60))
    stops = inputs.lonlat_to(
        feed.stops["stop_lon"].to_numpy(float), feed.stops["stop_lat"].to_numpy(float), crs_wkt
    )
    router = transit_router(
        table, zones.xy, stops, departure, window=window, percentile=int(g.get("percentile", 50)),
        max_trip_duration=longest, max_transfers=int(g.get("max_transfers", MAX_TRANSFERS)),
        max_walk_minutes=float(g.get("max_walk", 30)), feed=feed,
    )  # fmt: skip
    bundle = {"router": router, "crs_wkt": crs_wkt}
    _write_atomically(path, lambda handle: pickle.dump(bundle, handle, protocol=pickle.HIGHEST_PROTOCOL))
    report.seconds_graph = time.perf_counter() - started
    source.log(
        f"transit: {len(feed.stops)} stops, {table.n_trips} trips on {date} from {g.get('departure', '07:00')} "
        f"({window} departures), built in {report.seconds_graph:.1f} s"
    )
    return path, key, crs_wkt


# ----------------------------------------------------------------------------------------------- running


class Progress:
    """One line about the chunks done every few seconds."""

    def __init__(self, log: Callable[[str], None], label: str, total: int, every: float = 5.0) -> None:
        self.log, self.label, self.total, self.every = log, label, total, every
        self.done = 0
        self.started = self.last = time.perf_counter()

    def tick(self) -> None:
        """One more chunk done."""
        self.done += 1
        now = time.perf_counter()
        if now - self.last >= self.every or self.done == self.total:
            self.last = now
            self.log(f"{self.label}: {self.done}/{self.total} chunks ({now - self.started:.0f} s)")


class Runner:
    """One batch run (see the module docstring): ``run()`` computes every mode and writes the zone table."""

    def __init__(
        self,
        job: Job,
        out: Optional[str] = None,
        backend: Optional[str] = None,
        workers: Optional[int] = None,
        chunk_size: Optional[int] = None,
        scheduler: Optional[str] = None,
        fmt: Optional[str] = None,
        log: Callable[[str], None] = print,
        on_chunk: Optional[Callable[[str, int], None]] = None,
    ) -> None:
        settings = job.run
        self.job = job
        self.out = output_directory(job, out)
        self.backend = backend or settings.get("backend", "processes")
        self.scheduler = scheduler or settings.get("scheduler")
        self.workers = int(workers if workers is not None else settings.get("workers", 0))
        chunk = chunk_size if chunk_size is not None else settings.get("chunk_size", 0)
        self.chunk_size = int(chunk) if chunk else None
        wanted = fmt or job.output.get("format", "parquet")
        self.fmt = "parquet" if wanted == "parquet" and has_pyarrow() else "csv"
        self.log = log
        self.on_chunk = on_chunk
        self.work = self.out / ".conecta-batch"
        self.report = RunReport(backend=self.backend)
        self._dask = None

    def run(self) -> RunReport:
        """Compute every mode of the job and write the zone table; the run's report."""
        from conecta.core.parallel import cores

        started = time.perf_counter()
        self.out.mkdir(parents=True, exist_ok=True)
        if self.backend == "dask":
            self._dask = DaskBackend(self.scheduler, self.workers)
        workers = self.workers or cores()
        self.report.workers = workers
        try:
            source = Inputs(self.job, self.log)
            settings = measure_settings(self.job)
            columns = list(settings.opportunities) + ([settings.population] if settings.population else [])
            tables = {}
            for mode in self.job.modes:
                tables[mode] = self._mode(source, mode, settings, columns, workers)
        finally:
            if self._dask is not None:
                self._dask.close()
        self.report.output = str(self._write_zones(tables))
        self.report.seconds = time.perf_counter() - started
        _write_atomically(
            self.out / "run.json",
            lambda h: h.write(json.dumps(asdict(self.report), indent=1).encode("utf-8")),
        )
        return self.report

    def _mode(self, source: Inputs, mode: str, settings, columns, workers: int) -> pd.DataFrame:
        """One mode: the graph, the passes over the chunks, the result frame (fields as columns)."""
        report = ModeReport(mode)
        self.report.modes.append(report)
        build = transit_graph if mode == "transit" else functools.partial(street_graph, mode=mode)
        path, key, crs_wkt = build(source, folder=self.work / "graphs", report=report)
        zones = inputs.read_zones(self.job, columns, crs_wkt)
        graph = StoredGraph(path, key)
        router = graph.load()
        report.routing_method = router.method
        size, memory = streamed.chunking(router, workers, self.chunk_size)
        point_zone = zones.row
        runnable = streamed.RouterSource(graph, point_zone, size, memory)
        plan, column_diags = streamed.plan_measure(self.job.accessibility["measure"], zones.frame, settings)
        if plan.kind == "rows":
            raise JobError(
                f"the measure {plan.measure} with these settings needs the whole matrix: not in the batch runner"
            )
        chunks = runnable.chunks
        report.chunks = len(chunks)
        task = _digest(VERSION, key, repr(plan.settings), plan.measure, size, _array_digest(point_zone))
        passes = []
        started = time.perf_counter()
        for step in range(plan.passes):
            if step:
                plan = streamed.next_pass(plan, passes[-1])
            shared = _array_digest(*[plan.shared[k] for k in sorted(plan.shared)]) if plan.shared else ""
            store = ShardStore(
                self.work / "shards" / mode / task / f"pass{step}{shared and '-' + shared}",
                len(chunks),
                self.fmt,
            )
            self._compute(
                store, key, runnable, router, plan, chunks, f"{mode} pass {step + 1}/{plan.passes}", report
            )
            gathered = streamed.Gathered(plan)
            for partial in store.read_all(streamed.Partial):
                gathered.add(partial)
            passes.append(gathered)
        report.seconds_routing = time.perf_counter() - started
        report.pairs = passes[0].pairs
        result = streamed.finish(plan, passes, zones.frame, column_diags)
        names = streamed.field_names(plan.measure, plan.settings, result)
        return result.values.set_axis(names, axis=1)

    def _compute(
        self, store: ShardStore, key, runnable, router, plan, chunks, label, report: ModeReport
    ) -> None:
        """The chunks of one pass that have no shard yet."""
        todo = store.missing()
        report.reused += len(chunks) - len(todo)
        if len(todo) < len(chunks):
            self.log(f"{label}: {len(chunks) - len(todo)} of {len(chunks)} chunks already on disk")
        if not todo:
            return
        self.log(
            f"{label}: computing {len(todo)} chunks of up to {runnable.chunk_size} origins ({self.backend})"
        )
        progress = Progress(self.log, label, len(todo))
        events = BackendEvents()

        def sink(index: int, partial) -> None:
            store.write(index, partial)
            report.computed += 1
            progress.tick()
            if self.on_chunk is not None:
                self.on_chunk(label, index)

        if self._dask is not None:
            direct = streamed.RouterSource(
                router, runnable.point_zone, runnable.chunk_size, runnable.memory_bytes
            )
            self._dask.run(key, direct, plan, chunks, todo, sink, events)
        else:
            run_processes(runnable, plan, chunks, todo, self.workers or _cores(), sink, events)
        for line in events.lines:
            self.log(f"{label}: {line}")
        report.events += events.lines
        report.retried_chunks += events.retried

    def _write_zones(self, tables: Dict[str, pd.DataFrame]) -> Path:
        """The zone table: ``id`` and every field (``_<mode>`` appended when there are several modes)."""
        several = len(tables) > 1
        frames = [t.add_suffix(f"_{mode}") if several else t for mode, t in tables.items()]
        table = pd.concat(frames, axis=1)
        table.index.name = "id"
        table = table.reset_index()
        path = self.out / f"zones.{self.fmt}"
        if self.fmt == "parquet":
            _write_atomically(path, lambda handle: table.to_parquet(handle, index=False))
        else:
            _write_atomically(
                path, lambda h: h.write(table.to_csv(index=False, float_format="%.17g").encode("utf-8"))
            )
        self.log(f"zone table written: {path} ({len(table)} zones, fields {', '.join(table.columns[1:])})")
        return path


def _cores() -> int:
    from conecta.core.parallel import cores

    return cores()


def run_job(job: Job, **options) -> RunReport:
    """Run ``job`` (see :class:`Runner` for the options)."""
    return Runner(job, **options).run()
