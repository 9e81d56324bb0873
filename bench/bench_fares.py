"""Benchmark: public-transport routing with fares against the same run without fares, side by side in one run.

Porto Alegre, 1,227 × 1,227 hexagon centroids (poa_hexgrid.csv, EPSG:31982), both GTFS feeds (EPTC buses,
Trensurb rail), straight-line walking (× 1.3, 3.6 km/h; 30 minutes per leg, transfers within 1,000 s),
service date 2019-05-13, departures 14:00-14:59 (60 minutes), 120 minutes at most, 4 transfers, p50 — the
settings of bench_transit.py. The fare runs use Conecta's Porto Alegre fare structure
(resources/fares/porto_alegre_2019.json, the rules of r5r's fare-structure vignette):

1. time only: ``transit_travel_times`` (the router of conecta:transitmatrix without a fare structure);
2. fastest journey with no budget and its fare: ``transit_fare_times`` (McRAPTOR-style time × fare search);
3. the time × fare frontier over r5r's vignette budgets 4.50, 4.80, 7.20, 8.37 and 9.60.

Prints a markdown table with wall and CPU time, peak memory and the ratio to the time-only run (the issue asks
for at most 3×), and what r5r documents about the cost of its fare routing.

Run: ``.venv/bin/python bench/bench_fares.py [--origins N] [--window MIN] [--skip-frontier]``
"""

from __future__ import annotations

import argparse
import resource
import time

import numpy as np
import pandas as pd
from bench_transit import DATA, to_utm22s
from common import REPO

from conecta.core.gtfs import read_feeds
from conecta.core.transit import (
    build_timetable,
    compile_fares,
    read_fare_structure,
    set_transfers,
    straight_line_walk,
    transit_fare_times,
    transit_travel_times,
)

FARES = REPO / "resources" / "fares" / "porto_alegre_2019.json"
BUDGETS = (4.50, 4.80, 7.20, 8.37, 9.60)
"""r5r's pareto_frontier vignette budgets (1 for walking aside): rail, bus, bus + bus, bus + rail; and 9.60."""
R5R_NOTE = (
    "r5r documents no figure of its fare routing's cost against its time-only routing (its fare-structure and "
    "pareto_frontier vignettes and reference pages give none; with a fare structure R5 switches from its "
    "range-RAPTOR to the McRAPTOR-based suboptimal-path router, r5r issue #559)."
)


def peak_gb() -> float:
    """Peak resident memory of this process so far (GB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2


def timed(run):
    """(result, wall seconds, CPU seconds) of ``run()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    """Run the three searches on the same inputs and print the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--origins", type=int, default=0, help="use only the first N origins (0 = all 1,227)")
    ap.add_argument("--window", type=int, default=60, help="departure minutes from 14:00")
    ap.add_argument("--skip-frontier", action="store_true", help="only the no-budget fare run")
    args = ap.parse_args()
    dep, max_dur, max_walk = 14 * 3600, 120, 30 * 60
    hexes = pd.read_csv(DATA / "poa_hexgrid.csv")
    feed = read_feeds([DATA / "poa_eptc.zip", DATA / "poa_trensurb.zip"])
    stop_xy = to_utm22s(feed.stops["stop_lon"].to_numpy(), feed.stops["stop_lat"].to_numpy())
    hex_xy = to_utm22s(hexes["lon"].to_numpy(), hexes["lat"].to_numpy())
    orig_xy = hex_xy if args.origins <= 0 else hex_xy[: args.origins]
    access = straight_line_walk(orig_xy, stop_xy, max_walk)
    egress = straight_line_walk(stop_xy, hex_xy, max_walk)
    walk = straight_line_walk(orig_xy, hex_xy, max_walk)
    end = dep + args.window * 60 + max_dur * 60
    common = dict(
        time_window=args.window, percentiles=(50,), max_trip_duration=max_dur, max_transfers=4, walk=walk
    )

    def plain():
        tt = build_timetable(feed, "2019-05-13", dep, end)
        set_transfers(tt, feed, stop_xy=stop_xy, max_walk_time=1000.0)
        return transit_travel_times(tt, access, egress, dep, **common)

    by_route = build_timetable(feed, "2019-05-13", dep, end, by_route=True)
    set_transfers(by_route, feed, stop_xy=stop_xy, max_walk_time=1000.0)
    fares = compile_fares(read_fare_structure(FARES), feed, by_route.pattern_route_ids)
    rows = []
    base, base_wall, base_cpu = timed(plain)
    rows.append(("time only (transit_travel_times)", base, base_wall, base_cpu, peak_gb()))
    priced, wall, cpu = timed(lambda: transit_fare_times(by_route, fares, access, egress, dep, **common))
    rows.append(("time × fare, no budget (transit_fare_times)", priced, wall, cpu, peak_gb()))
    same = _same_times(base, priced)
    if not args.skip_frontier:
        front, wall, cpu = timed(
            lambda: transit_fare_times(
                by_route, fares, access, egress, dep, budgets=BUDGETS, frontier=True, **common
            )
        )
        rows.append(
            (
                f"time × fare frontier, budgets {', '.join(f'{b:.2f}' for b in BUDGETS)}",
                front,
                wall,
                cpu,
                peak_gb(),
            )
        )
    n_o = orig_xy.shape[0]
    print(
        f"Porto Alegre: {len(feed.stops)} stops, {by_route.n_patterns} route patterns; {n_o} × {len(hex_xy)} zones, "
        f"{args.window} departure minutes from 14:00, p50, 120 min, 4 transfers; fare structure {FARES.name}. "
        f"No-budget times equal the time-only times for {same}.\n"
    )
    print(
        "| run | rows | wall time | CPU time | peak memory (process) | wall / time-only | CPU / time-only |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, result, wall, cpu, gb in rows:
        print(
            f"| {name} | {len(result.from_idx):,} | {wall:.1f} s | {cpu:.1f} s | {gb:.2f} GB | "
            f"{wall / base_wall:.2f} | {cpu / base_cpu:.2f} |"
        )
    print(f"\n{R5R_NOTE}")


def _same_times(base, priced) -> str:
    """How many pairs' p50 times agree between the time-only and the no-budget fare run."""
    a = pd.Series(base.travel_time[:, 0], index=pd.MultiIndex.from_arrays([base.from_idx, base.to_idx]))
    b = pd.Series(priced.travel_time[:, 0], index=pd.MultiIndex.from_arrays([priced.from_idx, priced.to_idx]))
    both = a.index.intersection(b.index)
    agree = int(np.sum(a.loc[both].to_numpy() == b.loc[both].to_numpy()))
    return f"{agree:,} of {max(len(a), len(b)):,} pairs"


if __name__ == "__main__":
    main()
