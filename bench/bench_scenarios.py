"""Benchmark of conecta.core.scenarios (run: .venv/bin/python bench/bench_scenarios.py).

1. GTFS editing on real feeds: São Paulo (shared data ``sao_paulo/spo.zip``, frequency-based) and Porto
   Alegre's EPTC (``resources/sample/gtfs/poa_eptc.zip``, 130,000 stop times): a new 15 km route at 5-minute
   headways 05:00–24:00 in both directions, stops every 400 m, written as ``frequencies.txt`` and as
   expanded trips; then an edits table on EPTC: halve the headway of the busiest route 12:00–14:00 (the
   sample's trips run 11:20–17:50) and set its speed to 25 km/h. Read + edit + validate (the output, and
   the source when the output has notices) + write; median of three runs, wall and CPU seconds.
2. Street scenarios on one million synthetic edges: congestion factors, Tobler walking and power-balance
   cycling times from elevations at the edge ends.
3. Issue 18's end-to-end case, through Processing in a child process (as a planner runs it): on the sample
   city (1,227 zones, walking on its 15,668 streets, EPTC + Trensurb, Monday 2019-05-13, departures
   14:00 + the window, p50), the baseline conecta:transitmatrix alone side by side with the scenario: a new
   15 km BRT (resources/sample/brt_line.geojson, every 5 min 05:00-24:00, 25 km/h, 20 s dwell, stops every
   400 m) through conecta:gtfsscenario + conecta:transitmatrix + conecta:accessibility (jobs within 60 min) +
   conecta:comparescenarios against the baseline's accessibility. Target: the scenario under 2× the baseline.

Run: ``.venv/bin/python bench/bench_scenarios.py [--window MIN] [--skip-core] [--skip-processing]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from common import REPO, SAMPLE, SHARED, start_qgis
from handmade_gtfs import route_of_15_km

from conecta.core.scenarios import edit_gtfs, read_tables
from conecta.core.scenarios.streets import congested_speeds, cycling_times, walking_times

FEEDS = {
    "São Paulo (spo.zip)": (SHARED / "sao_paulo" / "spo.zip", -46.70, -23.55),
    "Porto Alegre EPTC": (REPO / "resources" / "sample" / "gtfs" / "poa_eptc.zip", -51.23, -30.03),
}


def timed(fn, runs: int = 3) -> tuple:
    """Median wall and CPU seconds of ``fn()`` and its last result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), result


def bench_gtfs(out: Path) -> None:
    print("GTFS scenario editing (median of 3; wall s / CPU s)")
    for name, (path, lon0, lat0) in FEEDS.items():
        if not path.exists():
            print(f"  {name}: {path} not found, skipped")
            continue
        for as_frequencies in (True, False):
            route = route_of_15_km(lon0, lat0, as_frequencies)
            wall, cpu, result = timed(lambda r=route, p=path: edit_gtfs(p, out / "new.zip", new_routes=[r]))
            mode = "frequencies.txt" if as_frequencies else "expanded trips "
            rows = len(result.tables.get("stop_times.txt"))
            print(f"  {name:22s} new 15 km route, {mode}: {wall:5.2f} / {cpu:5.2f}  ({rows:,} stop times)")
    path = FEEDS["Porto Alegre EPTC"][0]
    trips = read_tables(path).get("trips.txt")
    busiest = trips["route_id"].value_counts().index[0]
    edits = [
        {
            "action": "scale_headway",
            "route_id": busiest,
            "start_time": "12:00",
            "end_time": "14:00",
            "value": 0.5,
        },
        {"action": "set_speed", "route_id": busiest, "value": 25},
    ]
    wall, cpu, result = timed(lambda: edit_gtfs(path, out / "edited.zip", edits))
    d = result.diagnostics
    print(
        f"  Porto Alegre EPTC      halve headway + set speed on {busiest}: {wall:5.2f} / {cpu:5.2f}  "
        f"(+{d.trips_added} trips, {d.trips_retimed} retimed)"
    )


def bench_streets(n: int = 1_000_000) -> None:
    rng = np.random.default_rng(0)
    length = rng.uniform(10, 300, n)
    z0 = rng.uniform(0, 100, n)
    z1 = z0 + length * rng.normal(0, 0.04, n)
    classes = rng.choice(["primary", "secondary", "residential", "service"], n)
    table = [{"highway": "primary", "start_time": "07:00", "end_time": "09:00", "factor": 0.6}]
    print(f"Street scenarios on {n:,} edges (median of 3; wall s / CPU s)")
    for label, fn in (
        ("congestion factors  ", lambda: congested_speeds(np.full(n, 50.0), classes, table, "08:00")),
        ("Tobler walking      ", lambda: walking_times(length, z0, z1)),
        ("power-balance cycling", lambda: cycling_times(length, z0, z1)),
    ):
        wall, cpu, _ = timed(fn)
        print(f"  {label}: {wall:5.2f} / {cpu:5.2f}")


def end_to_end_worker(window: int, out: Path) -> None:
    """Child process: the baseline matrix, then the scenario chain; one JSON line of timings."""
    app, provider = start_qgis()  # noqa: F841 (both kept alive until the process exits)
    import processing

    gpkg = SAMPLE / "porto_alegre.gpkg"
    zones, network = f"{gpkg}|layername=zones", f"{gpkg}|layername=network"
    eptc, trensurb = SAMPLE / "gtfs" / "poa_eptc.zip", SAMPLE / "gtfs" / "poa_trensurb.zip"
    common = {
        "NETWORK": network, "ORIGINS": zones, "ORIGINS_ID": "id", "DATE": "2019-05-13", "DEPARTURE_TIME": "14:00",
        "TIME_WINDOW": window, "PERCENTILES": "50", "MAX_TRIP_DURATION": 120,
    }  # fmt: skip
    access = {"COST_FIELD": "travel_time_p50", "ZONES": zones, "ZONES_ID": "id", "OPPORTUNITIES": "jobs",
              "POPULATION": "population", "MEASURE": 0, "CUTOFF": "60"}  # fmt: skip
    times = {}
    t = time.perf_counter()
    base = processing.run(
        "conecta:transitmatrix",
        {**common, "GTFS": [str(eptc), str(trensurb)], "OUTPUT": str(out / "base.csv")},
    )
    times["baseline transitmatrix"] = time.perf_counter() - t
    base_access = processing.run(
        "conecta:accessibility", {**access, "TRAVEL_MATRIX": base["OUTPUT"], "OUTPUT": str(out / "base.gpkg")}
    )
    steps = [
        ("gtfsscenario", {"GTFS": str(eptc), "NEW_ROUTES": str(SAMPLE / "brt_line.geojson"), "OUTPUT": str(out / "brt.zip")}),
        ("transitmatrix", {**common, "GTFS": [str(out / "brt.zip"), str(trensurb)], "OUTPUT": str(out / "brt.csv")}),
        ("accessibility", {**access, "TRAVEL_MATRIX": str(out / "brt.csv"), "OUTPUT": str(out / "brt.gpkg")}),
        ("comparescenarios", {"BASELINE": base_access["OUTPUT"], "BASELINE_ID": "id", "BASELINE_FIELD": "acc_jobs_60",
                              "SCENARIO": str(out / "brt.gpkg"), "SCENARIO_ID": "id", "POPULATION": "population",
                              "OUTPUT": str(out / "change.gpkg"), "SUMMARY": str(out / "summary.csv")}),
    ]  # fmt: skip
    results = {}
    for name, parameters in steps:
        t = time.perf_counter()
        results[name] = processing.run(f"conecta:{name}", parameters)
        times[name] = time.perf_counter() - t
    summary = {"times": times, "pairs": [base["PAIRS"], results["transitmatrix"]["PAIRS"]],
               "mean_change": results["comparescenarios"]["MEAN_CHANGE"], "cpu": time.process_time()}  # fmt: skip
    print(json.dumps(summary))
    sys.stdout.flush()
    os._exit(0)  # skip QGIS teardown


def bench_end_to_end(window: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, __file__, "--end-to-end-worker", "--window", str(window), "--out", tmp]
        proc = subprocess.run(command, capture_output=True, text=True, timeout=7200)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        print("End to end: failed", proc.stderr[-1000:])
        return
    r = json.loads(lines[-1])
    times = r["times"]
    base = times.pop("baseline transitmatrix")
    chain = sum(times.values())
    print(f"End to end on the sample city (1,227 zones, window {window} min, p50; wall s)")
    print(f"  baseline conecta:transitmatrix alone: {base:7.1f}  ({r['pairs'][0]:,} pairs)")
    for name, seconds in times.items():
        print(f"  scenario conecta:{name:17s}: {seconds:7.1f}")
    print(f"  scenario chain: {chain:.1f} s = {chain / base:.2f} × the baseline matrix (target < 2×); "
          f"{r['pairs'][1]:,} pairs; mean change {r['mean_change']:+,.0f} jobs within 60 min")  # fmt: skip


def main() -> None:
    """Run the benchmarks."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-core", action="store_true", help="only the end-to-end run")
    parser.add_argument("--skip-processing", action="store_true", help="only the core benchmarks")
    parser.add_argument("--window", type=int, default=60, help="departure window of the matrices (minutes)")
    parser.add_argument("--end-to-end-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.end_to_end_worker:
        end_to_end_worker(args.window, args.out)
        return
    if not args.skip_core:
        with tempfile.TemporaryDirectory() as tmp:
            bench_gtfs(Path(tmp))
        bench_streets()
    if not args.skip_processing:
        bench_end_to_end(args.window)


if __name__ == "__main__":
    main()
