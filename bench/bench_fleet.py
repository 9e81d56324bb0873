"""Benchmark: fleet from GTFS on the synthetic São Paulo-size feed (not a test).

Writes (once) the synthetic feed of ``bench/synthetic_gtfs.py`` (1,300 routes, 200,000 trips, 10 M stop_times),
reads it, then times what conecta:fleetfromgtfs does after reading: the trip table of the day
(``core.fleet.trips.fleet_trips``: the trips of ``core.activity.bus_activity`` without its segments, checked equal
to them, whose time is also shown) and the three estimators with the concurrent-trip bound for layovers 0, 5 and
10 min (``core.fleet.fleet_estimates``), side by side with a straightforward per-trip pandas implementation of
the chaining estimator (per route, ``iterrows`` over departures and arrivals in time order, a queue of waiting
buses per terminal; the same terminals), run on every trip for one layover. The two chaining fleets must be
equal route by route.

Prints a markdown table: wall time, trips per second, peak memory of the process so far.

Run: ``.venv/bin/python bench/bench_fleet.py [--feed PATH] [--trips N] [--routes N]``
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd
from common import REPO, fifo_buses, peak_gb
from synthetic_gtfs import write_feed

from conecta.core.activity import bus_activity
from conecta.core.fleet import TERMINAL_RADIUS_M, fleet_estimates, terminal_codes, vehicle_blocks
from conecta.core.fleet.trips import fleet_trips
from conecta.core.gtfs import read_gtfs

DATE = "2024-03-04"
LAYOVERS = (0.0, 5.0, 10.0)
REFERENCE_LAYOVER = 5.0


def reference_chaining(trips: pd.DataFrame, layover_min: float) -> pd.Series:
    """Per route, buses by first-in-first-out chaining, one trip at a time: departures and arrivals (+ layover)
    in time order, arrivals first on a tie; a departure takes the bus waiting longest at its terminal, or a
    new one."""
    fleet = {}
    for route, rows in trips.groupby("route_id", sort=True):
        events = []
        for _, trip in rows.iterrows():
            events.append((trip["arrival_s"] + 60.0 * layover_min, 0, trip["end_terminal"]))
            events.append((trip["departure_s"], 1, trip["start_terminal"]))
        fleet[route] = fifo_buses(events)
    return pd.Series(fleet, name="reference")


def main() -> None:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feed", type=Path, default=REPO / "build" / "bench" / "synthetic_spo.zip")
    ap.add_argument("--trips", type=int, default=200_000)
    ap.add_argument("--routes", type=int, default=1300)
    a = ap.parse_args()
    if not a.feed.exists():
        a.feed.parent.mkdir(parents=True, exist_ok=True)
        write_feed(a.feed, routes=a.routes, trips=a.trips)
    rows = []
    t0 = time.perf_counter()
    feed = read_gtfs(a.feed)
    t_read = time.perf_counter() - t0
    rows.append(("GTFS reader (core.gtfs.read_gtfs; not part of the fleet's time)", t_read, len(feed.trips)))
    t0 = time.perf_counter()
    activity_trips = bus_activity(feed, DATE).trips
    t_activity = time.perf_counter() - t0
    rows.append(
        (
            "bus activity with segments (core.activity.bus_activity; not needed by the fleet)",
            t_activity,
            len(activity_trips),
        )
    )
    t0 = time.perf_counter()
    trips, _ = fleet_trips(feed, DATE)
    t_trips = time.perf_counter() - t0
    rows.append(("trip table of the day (core.fleet.trips.fleet_trips)", t_trips, len(trips)))
    pd.testing.assert_frame_equal(trips, activity_trips)  # the same trips as the activity's
    del activity_trips
    t0 = time.perf_counter()
    est = fleet_estimates(trips, feed.stops, LAYOVERS)
    t_fleet = time.perf_counter() - t0
    rows.append((f"fleet_estimates: 3 estimators + bound, {len(LAYOVERS)} layovers", t_fleet, len(trips)))
    rows.append(("**fleet from GTFS (trip table + estimators)**", t_trips + t_fleet, len(trips)))
    rows.append(("end to end, the reader included", t_read + t_trips + t_fleet, len(trips)))
    t0 = time.perf_counter()
    blocks = vehicle_blocks(trips, feed.stops, REFERENCE_LAYOVER, use_block_id=False)
    t_chain = time.perf_counter() - t0
    rows.append(
        (
            f"Conecta chaining only (vehicle_blocks, {REFERENCE_LAYOVER:g} min, terminals included)",
            t_chain,
            len(trips),
        )
    )
    start_term, end_term = terminal_codes(trips, feed.stops, TERMINAL_RADIUS_M)
    with_terminals = trips.assign(start_terminal=start_term, end_terminal=end_term)
    t0 = time.perf_counter()
    reference = reference_chaining(with_terminals, REFERENCE_LAYOVER)
    t_ref = time.perf_counter() - t0
    rows.append(
        (
            f"per-trip pandas reference, chaining only, 1 layover ({REFERENCE_LAYOVER:g} min)",
            t_ref,
            len(trips),
        )
    )
    conecta = est.routes.loc[est.routes["layover_min"] == REFERENCE_LAYOVER].set_index("route_id")[
        "fleet_chaining"
    ]
    differ = int((conecta.reindex(reference.index) != reference).sum())
    print(
        f"\nSynthetic feed: {a.feed} ({len(feed.trips):,} trips, {len(feed.stop_times):,} stop_times), {DATE}\n"
    )
    print("| step | wall time (s) | trips/s | peak memory so far (GB) |\n|---|---|---|---|")
    for name, seconds, n in rows:
        print(f"| {name} | {seconds:,.1f} | {n / seconds:,.0f} | {peak_gb():.2f} |")
    print(
        f"\nChaining fleet ({REFERENCE_LAYOVER:g} min): Conecta {int(conecta.sum()):,} buses, reference "
        f"{int(reference.sum()):,} ({len(blocks.blocks):,} blocks); routes that differ: {differ} of "
        f"{len(reference):,}. Conecta's chaining is {t_ref / t_chain:,.1f} times faster than the per-trip reference "
        "(whose terminals are given)."
    )
    print(
        "City totals (layover 0/5/10 min): chaining "
        f"{est.totals['fleet_chaining'].tolist()}, cycle {est.totals['fleet_cycle'].tolist()}, at most "
        f"{int(est.totals['concurrent_max'].iloc[0]):,} trips at once."
    )


if __name__ == "__main__":
    main()
