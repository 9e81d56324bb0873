"""Benchmark of conecta.core.scenarios (run: .venv/bin/python bench/bench_scenarios.py).

1. GTFS editing on real feeds: São Paulo (shared data ``sao_paulo/spo.zip``, frequency-based) and Porto
   Alegre's EPTC (``resources/sample/gtfs/poa_eptc.zip``, 130,000 stop times): a new 15 km route at 5-minute
   headways 05:00–24:00 in both directions, stops every 400 m, written as ``frequencies.txt`` and as
   expanded trips; then an edits table on EPTC: halve the headway of the busiest route 12:00–14:00 (the
   sample's trips run 11:20–17:50) and set its speed to 25 km/h. Read + edit + validate (the output, and
   the source when the output has notices) + write; median of three runs, wall and CPU seconds.
2. Street scenarios on one million synthetic edges: congestion factors, Tobler walking and power-balance
   cycling times from elevations at the edge ends.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
PLUGIN_PATH = REPO / "build" / "plugin_path"
if not (PLUGIN_PATH / "conecta").exists():
    PLUGIN_PATH.mkdir(parents=True, exist_ok=True)
    (PLUGIN_PATH / "conecta").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(PLUGIN_PATH))

from conecta.core.scenarios import NewRoute, edit_gtfs, read_tables  # noqa: E402
from conecta.core.scenarios.streets import congested_speeds, cycling_times, walking_times  # noqa: E402

SHARED = Path(os.environ.get("CONECTA_SHARED_DATA", REPO.parent / "shared" / "data"))
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


def new_route(lon0: float, lat0: float, as_frequencies: bool) -> NewRoute:
    dlon = 15000 / (6371008.8 * np.radians(1) * np.cos(np.radians(lat0)))
    line = np.column_stack([np.linspace(lon0, lon0 + dlon, 31), np.full(31, lat0)])
    return NewRoute(
        "NEW15",
        line_lonlat=line,
        speed_kmh=25,
        stop_spacing_m=400,
        dwell_s=20,
        start_time="05:00",
        end_time="24:00",
        headway_min=5,
        as_frequencies=as_frequencies,
    )


def bench_gtfs(out: Path) -> None:
    print("GTFS scenario editing (median of 3; wall s / CPU s)")
    for name, (path, lon0, lat0) in FEEDS.items():
        if not path.exists():
            print(f"  {name}: {path} not found, skipped")
            continue
        for as_frequencies in (True, False):
            route = new_route(lon0, lat0, as_frequencies)
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


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        bench_gtfs(Path(tmp))
    bench_streets()
