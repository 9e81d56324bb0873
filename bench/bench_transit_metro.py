"""Benchmark (issue 19): public-transport accessibility at metropolitan scale, streamed on 2 worker processes.

A synthetic São Paulo-size feed (bench/synthetic_gtfs.py defaults: 1,300 routes, 200,000 trips, 130,000 stops,
10 M stop times), 10,000 zones spread over the area its routes cover, departures every minute from 07:00 to
07:59 (a 60-minute window), at most 120 minutes and 4 transfers, the median over the window, straight-line
walking legs of at most 30 minutes (detour 1.3, 3.6 km/h); cumulative jobs within 30 and 60 minutes, the
origins routed chunk by chunk (conecta.core.transit_stream.TransitRouter) and reduced at once.

``--sample N`` routes the first N origins only and extrapolates the time to all of them (the table says so).
Prints origin-departures per second per core next to r5r's published São Paulo figure (Pereira et al. 2021:
102.5 M OD pairs in 3.5 minutes on 12 cores; the departure window is not stated with that figure).

Run: ``.venv/bin/python bench/bench_transit_metro.py [--zones 10000] [--workers 2] [--sample N]``
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from common import PeakMemory, to_utm

R5R_PAIRS, R5R_SECONDS, R5R_CORES = 102.5e6, 3.5 * 60, 12
DATE, DEPARTURE, WINDOW = "2024-05-13", 7 * 3600, 60


def zones_over(stops_xy: np.ndarray, n_zones: int, seed: int = 3) -> pd.DataFrame:
    """``n_zones`` zones on a jittered grid over the stops' extent, with population and jobs."""
    rng = np.random.default_rng(seed)
    low, high = np.nanmin(stops_xy, axis=0), np.nanmax(stops_xy, axis=0)
    k = int(np.ceil(np.sqrt(n_zones)))
    cell = (high - low) / k
    gx, gy = np.meshgrid(np.arange(k), np.arange(k))
    picked = np.sort(rng.choice(k * k, size=n_zones, replace=False))
    x = low[0] + (gx.ravel()[picked] + rng.uniform(0.1, 0.9, n_zones)) * cell[0]
    y = low[1] + (gy.ravel()[picked] + rng.uniform(0.1, 0.9, n_zones)) * cell[1]
    return pd.DataFrame(
        {"id": np.arange(1, n_zones + 1), "x": x, "y": y, "jobs": rng.poisson(30.0, n_zones).astype(float)}
    )


def main() -> None:
    """Build, route, print the table."""
    from synthetic_gtfs import write_feed

    from conecta.core import accessibility as acc
    from conecta.core import streamed
    from conecta.core.gtfs import read_feeds
    from conecta.core.transit import build_timetable
    from conecta.core.transit_stream import transit_router

    parser = argparse.ArgumentParser()
    parser.add_argument("--zones", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--sample", type=int, default=0, help="route only the first N origins and extrapolate"
    )
    parser.add_argument("--feed", help="an existing synthetic feed (else one is written)")
    options = parser.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder, PeakMemory() as memory:
        started = time.perf_counter()
        feed_path = Path(options.feed) if options.feed else write_feed(Path(folder) / "sao_paulo_size.zip")
        written = time.perf_counter()
        feed = read_feeds([feed_path])
        table = build_timetable(feed, DATE, DEPARTURE, DEPARTURE + WINDOW * 60 + 120 * 60)
        stops_xy = to_utm(
            feed.stops["stop_lon"].to_numpy(float), feed.stops["stop_lat"].to_numpy(float), 31983
        )
        zones = zones_over(stops_xy, options.zones)
        router = transit_router(
            table, zones[["x", "y"]].to_numpy(), stops_xy, DEPARTURE, window=WINDOW, feed=feed
        )
        origins = len(router.origins)
        if options.sample:
            router.origins = router.origins[: options.sample]
        source = streamed.router_source(router, np.arange(len(zones)), options.workers)
        built = time.perf_counter()
        settings = acc.Settings(opportunities=["jobs"], cutoffs=[30, 60])
        runner = streamed.local_runner(source, options.workers)
        result, _ = streamed.streamed_accessibility(
            "cumulative", source, zones.set_index("id"), settings, runner
        )
        routed = time.perf_counter()
    routed_origins = len(router.origins)
    route_s = (routed - built) * origins / routed_origins
    departures = origins * WINDOW
    per_core = departures / route_s / options.workers
    pairs_per_core = origins * len(zones) / route_s / options.workers
    r5r_per_core = R5R_PAIRS / R5R_SECONDS / R5R_CORES
    note = f" (routed {routed_origins:,} origins, extrapolated)" if routed_origins < origins else ""
    print(
        f"\nSynthetic São Paulo-size feed: {len(feed.stops):,} stops, {len(feed.routes):,} routes, "
        f"{len(feed.trips):,} trips, {len(feed.stop_times):,} stop times ({written - started:.0f} s to write); "
        f"{table.n_trips:,} trips in {table.n_patterns:,} patterns between 07:00 and 10:00; {len(zones):,} zones; "
        f"chunks of {source.chunk_size}; load average {load:.1f} before, {os.getloadavg()[0]:.1f} after\n"
    )
    print(
        "| tool | setting | departure window | routing time | peak memory | origin-departures/s per core | "
        "OD pairs/s per core |\n|---|---|---|---|---|---|---|"
    )
    print(
        f"| Conecta, streamed, {options.workers} worker processes | {origins:,} × {len(zones):,} zones, p50, "
        f"120 min, 4 transfers | 60 departures (07:00-07:59) | **{route_s / 60:.1f} min**{note} "
        f"(feed read and timetable {built - written:.0f} s) | {memory.peak / 1e9:.2f} GB | {per_core:,.0f} | "
        f"{pairs_per_core:,.0f} |"
    )
    print(
        f"| r5r, published | São Paulo, 12 cores, 102.5 M OD pairs | not stated | 3.5 min | — | — | {r5r_per_core:,.0f} |"
    )
    reached = result.values.iloc[:, 1].to_numpy()
    print(f"\nMean jobs within 60 min over the zones routed: {reached[reached > 0].mean():,.0f}")


if __name__ == "__main__":
    main()
