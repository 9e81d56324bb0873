"""Benchmark (issue 19): conecta:accessibility by public transport without a matrix, streamed, on the sample city
(1,227 zones, its two GTFS feeds, 2019-05-13 from 07:00, straight-line walking), cumulative jobs within 30 and 60
minutes, side by side with what a planner does today: conecta:transitmatrix to a CSV, then conecta:accessibility
on it (r5r's or the accessibility package's way: the matrix first).

Each run is a child process (its peak memory is its own and its workers', sampled every quarter second): streamed
on 1 and on 2 worker processes, and the matrix path. Prints one table with the wall time, the peak memory and
the sum of acc_jobs_60 (the same in every row).

Run: ``.venv/bin/python bench/bench_transit_accessibility.py [--window 60]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common

FEEDS = [str(common.SAMPLE / "gtfs" / name) for name in ("poa_eptc.zip", "poa_trensurb.zip")]
CASES = {
    "streamed1": "streamed, 1 worker",
    "streamed2": "streamed, 2 workers",
    "matrix": "transitmatrix + accessibility",
}


def run_case(case: str, window: int) -> dict:
    """One case in this process: wall time, peak memory (this process and its workers) and the sum of
    acc_jobs_60."""
    common.use_plugin()
    app, provider = common.start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    zones = QgsVectorLayer(f"{common.SAMPLE / 'porto_alegre.gpkg'}|layername=zones", "zones", "ogr")
    transit = {"GTFS": FEEDS, "DATE": "2019-05-13", "DEPARTURE_TIME": "07:00", "TIME_WINDOW": window}
    shared = {"ZONES": zones, "ZONES_ID": "id", "OPPORTUNITIES": ["jobs"], "MEASURE": 0, "CUTOFF": "30,60"}
    with common.PeakMemory() as memory, tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        if case == "matrix":
            matrix = str(Path(folder) / "matrix.csv")
            processing.run(
                "conecta:transitmatrix", {**transit, "ORIGINS": zones, "ORIGINS_ID": "id", "OUTPUT": matrix}
            )
            parameters = {**shared, "TRAVEL_MATRIX": matrix, "COST_FIELD": "travel_time_p50"}
        else:
            parameters = {**shared, **transit, "WORKERS": int(case[-1])}
        result = processing.run("conecta:accessibility", {**parameters, "OUTPUT": "memory:"})
        seconds = time.perf_counter() - started
    total = sum(f["acc_jobs_60"] or 0 for f in result["OUTPUT"].getFeatures())
    row = {"zones": zones.featureCount(), "seconds": seconds, "peak_gb": memory.peak / 1e9, "sum60": total}
    print(json.dumps(row), flush=True)  # before QGIS exits: layers still referenced may crash its exit
    del result, zones, provider
    app.exitQgis()
    return row


def main() -> None:
    """Run every case in its own process and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--window", type=int, default=60, help="departure minutes from 07:00")
    args = parser.parse_args()
    if args.case:
        run_case(args.case, args.window)
        return
    rows, load = [], os.getloadavg()[0]
    for case, label in CASES.items():
        command = [sys.executable, __file__, "--case", case, "--window", str(args.window)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        last = (done.stdout.strip().splitlines() or [""])[-1]
        if not last.startswith("{"):
            rows.append([label, "failed: " + done.stderr.strip().splitlines()[-1][:120], "", "", ""])
            continue
        r = json.loads(last)
        rows.append([label, r["zones"], r["seconds"], r["peak_gb"], f"{r['sum60']:,.0f}"])
    common.print_table(
        f"Sample city by public transport, {args.window} departure minutes from 07:00, cumulative jobs within "
        f"30 and 60 min (load average {load:.1f} before, {os.getloadavg()[0]:.1f} after; 2 cores)",
        ["path", "zones", "wall time (s)", "peak memory (GB)", "sum of acc_jobs_60"],
        rows,
    )


if __name__ == "__main__":
    main()
