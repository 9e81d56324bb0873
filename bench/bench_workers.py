"""Benchmark (issue 19): the same batch job on 1 and 2 workers, through the ``processes`` backend and through a
Dask ``LocalCluster``, with identical zone tables; and, for the record, the same chunks on 1 and 2 threads.

The job: the synthetic metropolitan network (about 1.5 M edges, bench/synthetic_metro.py, written to a
GeoPackage) and 30,000 zones (a CSV of coordinates), walking and car, cumulative jobs within 30 and 60 minutes,
``python -m conecta.batch``'s runner. The routing graphs are built once and shared by every run (the runner
reuses a graph whose hash is on disk), so the times compare the routing of the chunks alone.

Threads: scipy's Dijkstra (1.10) holds the GIL, numpy's gathers in the contraction hierarchy's sweeps release it;
the rows show which routing scales on threads.

Run: ``.venv/bin/python bench/bench_workers.py [--zones 30000] [--folder DIR]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from common import work_folder

CRS = "EPSG:31983"
"""SIRGAS 2000 / UTM 23S: the synthetic square's metres are taken as coordinates there."""


def write_inputs(folder: Path, n_zones: int) -> Path:
    """The network as a GeoPackage, the zones as a CSV and the job file; the job's path."""
    from osgeo import ogr, osr
    from synthetic_metro import metro_lines, metro_zones

    from conecta.batch.job import job_text

    ogr.UseExceptions()
    network = folder / "metro_network.gpkg"
    if not network.exists():
        starts, ends, highway, oneway = metro_lines()
        srs = osr.SpatialReference()
        srs.SetFromUserInput(CRS)
        source = ogr.GetDriverByName("GPKG").CreateDataSource(str(network))
        layer = source.CreateLayer("network", srs, ogr.wkbLineString)
        for name in ("highway", "oneway"):
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        for (x0, y0), (x1, y1), road, way in zip(starts.tolist(), ends.tolist(), highway, oneway):
            feature = ogr.Feature(definition)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"LINESTRING ({x0} {y0}, {x1} {y1})"))
            feature.SetField("highway", road)
            if way is not None:
                feature.SetField("oneway", way)
            layer.CreateFeature(feature)
        layer.CommitTransaction()
        source = None
    zones = folder / f"zones_{n_zones}.csv"
    metro_zones(n_zones).to_csv(zones, index=False, float_format="%.17g")
    sections = {
        "network": {"path": str(network), "layer": "network"},
        "zones": {"path": str(zones), "id": "id", "x": "x", "y": "y", "crs": CRS},
        "accessibility": {
            "modes": ["walk", "car"],
            "measure": "cumulative",
            "opportunities": ["jobs"],
            "cutoffs": [30, 60],
        },
    }
    job = folder / f"metro_{n_zones}.toml"
    job.write_text(job_text(sections, "bench_workers"), encoding="utf-8")
    return job


def quiet(_line: str) -> None:
    """A log that keeps nothing."""


def batch_rows(job_path: Path, folder: Path) -> list:
    """The job on 1 and 2 workers with each backend (graphs built once); one row each."""
    from conecta.batch.job import read_job
    from conecta.batch.runner import Inputs, ModeReport, run_job, street_graph

    job = read_job(job_path)
    graphs = folder / "graphs"
    started = time.perf_counter()
    source = Inputs(job, quiet)
    for mode in job.modes:
        street_graph(source, graphs, ModeReport(mode), mode)
    print(f"graphs built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    rows = []
    for backend in ("processes", "dask"):
        for workers in (1, 2):
            out = folder / f"{backend}_{workers}"
            shutil.rmtree(out, ignore_errors=True)
            shutil.copytree(graphs, out / ".conecta-batch" / "graphs")
            report = run_job(job, out=str(out), backend=backend, workers=workers, log=quiet)
            routing = {m.mode: m.seconds_routing for m in report.modes}
            rows.append({"backend": backend, "workers": workers, "routing": routing, "table": report.output})
            print(backend, workers, routing, file=sys.stderr, flush=True)
    return rows


def thread_rows(job_path: Path, folder: Path) -> list:
    """The same chunks on 1 and 2 threads (core WorkerPool), per mode: routing seconds."""
    from conecta.batch import inputs
    from conecta.batch.backends import StoredGraph
    from conecta.batch.job import read_job
    from conecta.batch.runner import measure_settings
    from conecta.core import streamed

    job = read_job(job_path)
    zones = inputs.read_zones(job, ["jobs"], None)
    rows = []
    for workers in (1, 2):
        routing = {}
        for path in sorted((folder / "graphs").glob("*.pkl")):
            graph = StoredGraph(path, path.stem)
            router = graph.load()
            source = streamed.router_source(router, zones.row, workers)
            plan, _ = streamed.plan_measure("cumulative", zones.frame, measure_settings(job))
            runner = streamed.local_runner(source, workers, "threads")
            started = time.perf_counter()
            for _ in runner(plan, source.chunks, None):
                pass
            routing["car" if router.method == "hierarchy" else "walk"] = time.perf_counter() - started
        rows.append({"backend": "threads (core)", "workers": workers, "routing": routing, "table": None})
        print("threads", workers, routing, file=sys.stderr, flush=True)
    return rows


def print_table(rows: list, n_zones: int, load: tuple) -> None:
    """Side by side: routing time per mode and backend, speed-up on 2 workers, identical tables."""
    reference = pd.read_parquet(rows[0]["table"])
    print(
        f"\nBatch job: {n_zones:,} zones, walk and car, cumulative jobs within 30 and 60 min, synthetic 1.5 M-edge "
        f"network; load average {load[0]:.1f} before, {load[1]:.1f} after (2 cores, shared)\n"
    )
    print(
        "| backend | workers | walk routing | car routing | walk + car | speed-up on 2 workers | same zone table |"
    )
    print("|---|---|---|---|---|---|---|")
    one = {}
    for row in rows:
        total = sum(row["routing"].values())
        if row["workers"] == 1:
            one[row["backend"]] = total
        speed = f"{one[row['backend']] / total:.2f}×" if row["workers"] == 2 else ""
        same = ""
        if row["table"]:
            same = (
                "yes"
                if np.array_equal(pd.read_parquet(row["table"]).to_numpy(), reference.to_numpy())
                else "NO"
            )
        walk, car = row["routing"].get("walk", 0.0), row["routing"].get("car", 0.0)
        print(
            f"| {row['backend']} | {row['workers']} | {walk:.0f} s | {car:.0f} s | {total:.0f} s | {speed} | {same} |"
        )


def main() -> None:
    """Run and print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--zones", type=int, default=30_000)
    parser.add_argument("--folder", help="keep the inputs and results here")
    parser.add_argument("--no-threads", action="store_true")
    options = parser.parse_args()
    load = os.getloadavg()[0]
    with work_folder(options.folder) as folder:
        job = write_inputs(folder, options.zones)
        rows = batch_rows(job, folder)
        if not options.no_threads:
            rows += thread_rows(job, folder)
        print_table(rows, options.zones, (load, os.getloadavg()[0]))


if __name__ == "__main__":
    main()
