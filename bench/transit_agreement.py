"""Agreement of Conecta's RAPTOR router with an independent router on Porto Alegre (not a test).

The independent router (``tests/transit_reference.py``: a time-dependent Dijkstra on (stop, rides) states)
boards like R5: a trip is boarded only when it departs more than 60 s after the arrival at the stop. Both run
on the sample city's two feeds (EPTC bus, Trensurb rail) for Monday 2019-05-13 with the same walking tables
(straight line × 1.3 at 3.6 km/h, 15 min per leg, transfers within 10 min): every origin × destination ×
departure minute reachable by either router is compared in whole minutes.

Run: ``.venv/bin/python bench/transit_agreement.py [--zones N] [--minutes N] [--seed N]``
"""

from __future__ import annotations

import argparse
import time

import common  # noqa: F401 (makes conecta and the tests' references importable)
import numpy as np
import pandas as pd
from transit_reference import earliest_arrivals, local_xy, transfer_lists

from conecta.core.gtfs import read_feeds
from conecta.core.transit import build_timetable, set_transfers, straight_line_walk, transit_travel_times
from data_paths import shared

DATE = "2019-05-13"
T0 = 14 * 3600
MAX_MIN = 90
SLACK = 60
RIDES = 3


def main() -> None:
    """Route every minute with both routers and print the share of equal minutes."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zones", type=int, default=40)
    ap.add_argument("--minutes", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    feed = read_feeds([shared("porto_alegre", "poa_eptc.zip"), shared("porto_alegre", "poa_trensurb.zip")])
    hexes = pd.read_csv(shared("porto_alegre", "poa_hexgrid.csv"))
    rng = np.random.default_rng(a.seed)
    sample = hexes.iloc[np.sort(rng.choice(len(hexes), a.zones, replace=False))]
    zone_xy = local_xy(sample["lon"].to_numpy(), sample["lat"].to_numpy())
    stop_xy = local_xy(feed.stops["stop_lon"].to_numpy(), feed.stops["stop_lat"].to_numpy())
    tt = build_timetable(feed, DATE, T0, T0 + 60 * a.minutes + MAX_MIN * 60)
    set_transfers(tt, feed, stop_xy=stop_xy, max_walk_time=600.0)
    acc = straight_line_walk(zone_xy, stop_xy, 900.0)
    egr = straight_line_walk(stop_xy, zone_xy, 900.0)
    transfers = transfer_lists(tt)
    equal = total = 0
    started = time.perf_counter()
    for m in range(a.minutes):
        t0 = T0 + 60 * m
        res = transit_travel_times(
            tt,
            acc,
            egr,
            t0,
            time_window=1,
            max_trip_duration=MAX_MIN,
            max_transfers=RIDES - 1,
            board_slack=SLACK,
        )
        ours = np.full((a.zones, a.zones), np.nan)
        ours[res.from_idx, res.to_idx] = res.travel_time[:, 0]
        ref = earliest_arrivals(feed, DATE, t0, acc, egr, transfers, RIDES, SLACK, MAX_MIN * 60)
        ref_min = np.where(ref - t0 <= MAX_MIN * 60, np.floor((ref - t0) / 60), np.nan)
        either = np.isfinite(ours) | np.isfinite(ref_min)
        same = either & ((ours == ref_min) | (np.isnan(ours) & np.isnan(ref_min)))
        equal += int(same.sum())
        total += int(either.sum())
    print(
        f"{a.zones} zones × {a.zones} × {a.minutes} departure minutes from 14:00, {DATE}: {equal:,} of {total:,} "
        f"reachable origin-destination-minutes equal ({100 * equal / total:.2f} %), {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
