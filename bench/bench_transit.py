"""Benchmark: public-transport travel-time matrix for Porto Alegre (both GTFS feeds), r5r-style window.

1,227 × 1,227 hexagon centroids (poa_hexgrid.csv) reprojected to EPSG:31982, straight-line walking
(detour 1.3, 3.6 km/h) for access, egress, transfers and walk-only trips, service date 2019-05-13 (Monday),
departures 14:00-14:59 (one per minute; the sample EPTC feed only has trips
around midday, so 07:00 finds the rail line alone — 14:00 is the time r5r's own examples use), 120 min maximum, 4 transfers (5 rides), p50. Prints a markdown table
with Conecta's time, peak memory and throughput next to r5r's published São Paulo figure per core.

A second row runs the same question end to end through Processing (conecta:transitmatrix, in a child
process so its peak memory is its own): the sample city's 1,227 zones (resources/sample/porto_alegre.gpkg),
walking legs on its street network (15,668 lines), both feeds, CSV output.

Run: ``.venv/bin/python bench/bench_transit.py [--origins N] [--max-walk MIN] [--skip-core] [--skip-processing]``
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from common import REPO, SHARED, start_qgis, to_utm

from conecta.core.gtfs import read_feeds
from conecta.core.transit import build_timetable, set_transfers, straight_line_walk, travel_time_matrix

DATA = SHARED / "porto_alegre"

# r5r's published figure (Pereira et al. 2021, Findings, "r5r: rapid realistic routing on multimodal transport
# networks with R5 in R"): 102.5 million OD pairs in 3.5 minutes on 12 cores, São Paulo.
R5R_PAIRS = 102.5e6
R5R_SECONDS = 3.5 * 60
R5R_CORES = 12
TABLE_HEAD = (
    "| tool | setting | wall time | peak memory | origin-departures/s | OD pairs/s per core | "
    "OD pairs × departures/s per core |\n|---|---|---|---|---|---|---|"
)


def to_utm22s(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Longitude/latitude (EPSG:4326) → SIRGAS 2000 / UTM 22S (EPSG:31982) metres."""
    return to_utm(lon, lat, 31982)


def processing_worker(max_walk: float, origins: int) -> None:
    """Child process: run conecta:transitmatrix end to end and print a JSON line with timings."""
    app, provider = start_qgis()  # noqa: F841 (kept alive while the algorithm runs)
    import processing
    from qgis.core import QgsVectorLayer

    gpkg = REPO / "resources" / "sample" / "porto_alegre.gpkg"
    zones = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")
    if origins > 0:
        zones.setSubsetString(f"fid <= {origins}")
    out = Path(os.environ.get("TMPDIR", "/tmp")) / "conecta_bench_transit.csv"
    t0 = time.perf_counter()
    result = processing.run(
        "conecta:transitmatrix",
        {
            "GTFS": [str(DATA / "poa_eptc.zip"), str(DATA / "poa_trensurb.zip")],
            "NETWORK": f"{gpkg}|layername=network",
            "ORIGINS": zones,
            "ORIGINS_ID": "id",
            "DATE": "2019-05-13",
            "DEPARTURE_TIME": "14:00",
            "TIME_WINDOW": 60,
            "PERCENTILES": "50",
            "MAX_TRIP_DURATION": 120,
            "MAX_WALK_TIME": max_walk,
            "MAX_TRANSFERS": 4,
            "OUTPUT": str(out),
        },
    )
    wall = time.perf_counter() - t0
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
    n = zones.featureCount()
    print(
        json.dumps(
            {"wall": wall, "peak_gb": peak_gb, "pairs": result["PAIRS"], "n": n, "cpu": time.process_time()}
        )
    )
    sys.stdout.flush()
    os._exit(0)  # skip QGIS teardown (it may crash on exit after Processing runs)


def processing_row(args) -> str:
    """The end-to-end Processing row (run in a child process)."""
    cmd = [
        sys.executable,
        __file__,
        "--processing-worker",
        "--max-walk",
        str(args.max_walk),
        "--origins",
        str(args.origins),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return f"| Conecta through Processing | failed | {proc.stderr[-300:]!r} | | | | |"
    r = json.loads(lines[-1])
    od = r["n"] * 1227 if args.origins <= 0 else r["n"] * r["n"]
    return (
        f"| Conecta through Processing (conecta:transitmatrix, network walking) | {r['n']}×{r['n'] if args.origins > 0 else 1227} "
        f"zones, 60 departures, p50, CSV | {r['wall']:.1f} s (CPU {r['cpu']:.0f} s) | {r['peak_gb']:.2f} GB | "
        f"{r['n'] * 60 / r['wall']:,.0f} | {od / r['wall']:,.0f} | {od * 60 / r['wall']:,.0f} |"
    )


def main() -> None:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-core", action="store_true", help="only the Processing row")
    ap.add_argument("--skip-processing", action="store_true", help="only the core row")
    ap.add_argument("--processing-worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--origins", type=int, default=0, help="use only the first N origins (0 = all)")
    ap.add_argument("--max-walk", type=float, default=30.0, help="max walking time per leg, minutes")
    ap.add_argument("--chunk", type=int, default=256)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    if args.processing_worker:
        processing_worker(args.max_walk, args.origins)
        return
    if args.skip_core:
        print(TABLE_HEAD)
        print(processing_row(args))
        return
    t_start = time.perf_counter()
    cpu_start = time.process_time()
    hexes = pd.read_csv(DATA / "poa_hexgrid.csv")
    feed = read_feeds([DATA / "poa_eptc.zip", DATA / "poa_trensurb.zip"])
    t_read = time.perf_counter()
    dep = 14 * 3600
    window, max_dur, max_walk = 60, 120, args.max_walk * 60
    tt = build_timetable(feed, "2019-05-13", dep, dep + window * 60 + max_dur * 60)
    stop_xy = to_utm22s(feed.stops["stop_lon"].to_numpy(), feed.stops["stop_lat"].to_numpy())
    # Transfers within 1 km of walking (R5's TransferFinder limit) = 1,000 s at 3.6 km/h.
    set_transfers(tt, feed, stop_xy=stop_xy, max_walk_time=min(max_walk, 1000.0))
    hex_xy = to_utm22s(hexes["lon"].to_numpy(), hexes["lat"].to_numpy())
    orig_xy = hex_xy if args.origins <= 0 else hex_xy[: args.origins]
    access = straight_line_walk(orig_xy, stop_xy, max_walk)
    egress = straight_line_walk(stop_xy, hex_xy, max_walk)
    walk = straight_line_walk(orig_xy, hex_xy, max_walk)
    t_build = time.perf_counter()
    res = travel_time_matrix(
        tt,
        access,
        egress,
        dep,
        time_window=window,
        percentiles=(50,),
        max_trip_duration=max_dur,
        max_transfers=4,
        walk=walk,
        chunk_size=args.chunk,
        n_threads=args.threads,
    )
    t_route = time.perf_counter()
    cpu_s = time.process_time() - cpu_start
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
    n_o = orig_xy.shape[0]
    od = n_o * len(hex_xy)
    route_s = t_route - t_build
    total_s = t_route - t_start
    od_dep_s = res.origin_departures / route_s
    r5r_per_core = R5R_PAIRS / R5R_SECONDS / R5R_CORES
    # numpy runs these operations on one core: per-core figures divide by 1, not by the machine's 2 cores.
    ours_per_core = od / total_s
    ours_dep_per_core = od * window / total_s
    print(
        f"Porto Alegre: {len(feed.stops)} stops, {tt.n_trips} trips in range, {tt.n_patterns} patterns, "
        f"{res.departures_in_window} departures in the window; {n_o} × {len(hex_xy)} zones; "
        f"max walk {args.max_walk:g} min per leg (transfers ≤ 1,000 s); pairs with p50 ≤ 120 min: "
        f"{len(res.from_idx):,}; origins without a stop: {len(res.origins_without_stop)}\n"
    )
    print(TABLE_HEAD)
    print(
        f"| Conecta (numpy rRAPTOR, {args.threads} thread(s)) | {n_o}×{len(hex_xy)} OD, {window} departures "
        f"(14:00-14:59), p50 | {total_s:.1f} s (read {t_read - t_start:.1f} s, build {t_build - t_read:.1f} s, "
        f"route {route_s:.1f} s); CPU {cpu_s:.0f} s | {peak_gb:.2f} GB | {od_dep_s:,.0f} | {ours_per_core:,.0f} | "
        f"{ours_dep_per_core:,.0f} |"
    )
    if not args.skip_processing:
        print(processing_row(args))
    print(
        f"| r5r, published (São Paulo, 12 cores; departure setting not stated with the figure) | 102.5 M OD "
        f"pairs | 210 s | n/a | n/a | {r5r_per_core:,.0f} | n/a |"
    )


if __name__ == "__main__":
    main()
