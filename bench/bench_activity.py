"""Benchmark: bus activity and fleet from GTFS on a synthetic São Paulo-size feed (not a test).

Writes (once) the synthetic feed of ``bench/synthetic_gtfs.py`` (default 1,300 routes, 200,000 trips, 10 M
stop_times; 80 % of the stop times blank, to be interpolated), reads it, then times:

- Conecta's ``bus_activity`` (trips, segments along the shapes, route and hourly tables) and
  ``fleet_estimates`` (layovers 0, 5, 10 min);
- a straightforward pandas row-wise reference of the same computations: per trip, ``iterrows`` over its
  stop times, each stop projected on the shape by a loop over its segments (same ordered rule), times
  re-interpolated along the shape, segment speeds; and FIFO chaining per route with a queue per terminal.
  They run on a subset (``--ref-trips``) and are extrapolated linearly to the whole feed; their km and
  fleet are checked against Conecta's on the same subset.

Prints a markdown table: wall time, throughput (trips/s, segments/s), peak memory of the process so far
(``resource.getrusage``: the GTFS reader's peak is included from the reading row on).

Run: ``.venv/bin/python bench/bench_activity.py [--feed PATH] [--ref-trips N] [--trips N] [--routes N]``
"""

from __future__ import annotations

import argparse
import math
import time
from pathlib import Path

import numpy as np
import pandas as pd
from common import REPO, fifo_buses, peak_gb
from synthetic_gtfs import write_feed

from conecta.core.activity import bus_activity
from conecta.core.fleet import TERMINAL_RADIUS_M, fleet_estimates
from conecta.core.gtfs import read_gtfs

DATE = "2024-03-04"
R = 6371008.8


def _hav(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * R * math.asin(math.sqrt(min(max(a, 0.0), 1.0)))


def _project(lat, lon, pts, cum, prev):
    """Ordered projection of one point on a shape, by a Python loop over its segments."""
    cosl = math.cos(math.radians(sum(p[0] for p in pts) / len(pts)))
    px, py = math.radians(lon) * R * cosl, math.radians(lat) * R
    best, best_pos = math.inf, prev
    for k in range(len(pts) - 1):
        if cum[k + 1] < prev:
            continue
        ax, ay = math.radians(pts[k][1]) * R * cosl, math.radians(pts[k][0]) * R
        bx, by = math.radians(pts[k + 1][1]) * R * cosl, math.radians(pts[k + 1][0]) * R
        dx, dy = bx - ax, by - ay
        norm = dx * dx + dy * dy
        t = min(max(((px - ax) * dx + (py - ay) * dy) / norm if norm else 0.0, 0.0), 1.0)
        seglen = cum[k + 1] - cum[k]
        if seglen > 0:
            t = max(t, min(max((prev - cum[k]) / seglen, 0.0), 1.0))
        along = cum[k] + t * seglen
        cost = math.hypot(px - ax - t * dx, py - ay - t * dy) + 0.1 * max(along - prev, 0.0)
        if cost < best:
            best, best_pos = cost, max(along, prev)
    return best_pos


def reference_activity(feed, trip_ids) -> tuple:
    """Row-wise reference: per trip, iterrows over stop times; returns (km, segments, speeds)."""
    stops = feed.stops.set_index("stop_id")
    trips = feed.trips.set_index("trip_id")
    shapes = {sid: g for sid, g in feed.shapes.groupby("shape_id")}
    st = feed.stop_times.loc[feed.stop_times["trip_id"].isin(trip_ids)]
    total_km, n_seg, speeds = 0.0, 0, []
    for tid, rows in st.groupby("trip_id", sort=False):
        g = shapes[trips.loc[tid, "shape_id"]]
        pts = list(zip(g["shape_pt_lat"], g["shape_pt_lon"]))
        cum = [0.0]
        for a, b in zip(pts[:-1], pts[1:]):
            cum.append(cum[-1] + _hav(a[0], a[1], b[0], b[1]))
        pos, times, given = [], [], []
        prev = 0.0
        for _, r in rows.iterrows():
            s = stops.loc[r["stop_id"]]
            prev = _project(s["stop_lat"], s["stop_lon"], pts, cum, prev)
            pos.append(prev)
            times.append([r["arrival"], r["departure"]])
            given.append(bool(r["time_given"]))
        last_i = 0
        for i in range(1, len(pos)):
            if given[i]:
                for j in range(last_i + 1, i):
                    f = (pos[j] - pos[last_i]) / (pos[i] - pos[last_i]) if pos[i] > pos[last_i] else 0.0
                    t = times[last_i][1] + (times[i][0] - times[last_i][1]) * f
                    times[j] = [t, t]
                last_i = i
        for i in range(len(pos) - 1):
            km = (pos[i + 1] - pos[i]) / 1000.0
            run_h = (times[i + 1][0] - times[i][1]) / 3600.0
            speeds.append(km / run_h if run_h > 0 else math.nan)
            total_km += km
            n_seg += 1
    return total_km, n_seg, speeds


def _terminal_of(rt: pd.DataFrame, stops: pd.DataFrame, radius_m: float) -> dict:
    """Per route: terminal stop → representative stop, joining stops closer than the radius (Python loops)."""
    ids = sorted(set(rt["first_stop_id"]) | set(rt["last_stop_id"]))
    parent = {s: s for s in ids}

    def find(s):
        while parent[s] != s:
            s = parent[s]
        return s

    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            pa, pb = stops.loc[a], stops.loc[b]
            if _hav(pa["stop_lat"], pa["stop_lon"], pb["stop_lat"], pb["stop_lon"]) <= radius_m:
                parent[find(b)] = find(a)
    return {s: find(s) for s in ids}


def reference_chaining(trips: pd.DataFrame, stops: pd.DataFrame, layover_s: float, radius_m: float) -> int:
    """Per-trip FIFO chaining: per route, events in time order, a deque of waiting buses per terminal."""
    stops = stops.set_index("stop_id")
    fleet = 0
    for _, rt in trips.groupby("route_id"):
        term = _terminal_of(rt, stops, radius_m)
        events = []
        for _, t in rt.iterrows():
            events.append((t["arrival_s"] + layover_s, 0, term[t["last_stop_id"]]))
            events.append((t["departure_s"], 1, term[t["first_stop_id"]]))
        fleet += fifo_buses(events)
    return fleet


def main() -> None:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feed", type=Path, default=REPO / "build" / "bench" / "synthetic_spo.zip")
    ap.add_argument("--trips", type=int, default=200_000)
    ap.add_argument("--routes", type=int, default=1300)
    ap.add_argument("--ref-trips", type=int, default=400)
    a = ap.parse_args()
    rows = []
    if not a.feed.exists():
        a.feed.parent.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        write_feed(a.feed, routes=a.routes, trips=a.trips)
        print(f"wrote {a.feed} in {time.perf_counter() - t0:.0f} s", flush=True)
    t0 = time.perf_counter()
    feed = read_gtfs(a.feed)
    t_read = time.perf_counter() - t0
    n_trips = len(feed.trips)
    rows.append(("GTFS reader (core.gtfs.read_gtfs)", t_read, n_trips / t_read, math.nan, peak_gb()))
    t0 = time.perf_counter()
    act = bus_activity(feed, DATE)
    t_act = time.perf_counter() - t0
    n_seg = len(act.segments)
    rows.append(("Conecta bus_activity", t_act, len(act.trips) / t_act, n_seg / t_act, peak_gb()))
    t0 = time.perf_counter()
    est = fleet_estimates(act.trips, feed.stops, [0, 5, 10])
    t_fleet = time.perf_counter() - t0
    rows.append(
        ("Conecta fleet_estimates (3 layovers)", t_fleet, 3 * len(act.trips) / t_fleet, math.nan, peak_gb())
    )
    # Reference on a subset (whole routes for the chaining), extrapolated.
    sub_ids = act.trips["trip_id"].to_numpy()[: a.ref_trips]
    t0 = time.perf_counter()
    ref_km, ref_seg, _ = reference_activity(feed, sub_ids)
    t_ref = (time.perf_counter() - t0) * len(act.trips) / len(sub_ids)
    rows.append(
        (
            f"pandas row-wise reference (activity, {len(sub_ids)} trips, extrapolated)",
            t_ref,
            len(act.trips) / t_ref,
            n_seg / t_ref,
            peak_gb(),
        )
    )
    conecta_km = act.trips.set_index("trip_id").loc[sub_ids, "dist_km"].sum()
    sub_routes = act.trips["route_id"].unique()[:10]
    sub_trips = act.trips.loc[act.trips["route_id"].isin(sub_routes)]
    t0 = time.perf_counter()
    ref_fleet = reference_chaining(sub_trips, feed.stops, 300.0, TERMINAL_RADIUS_M)
    t_ref_f = (time.perf_counter() - t0) * len(act.trips) / len(sub_trips)
    rows.append(
        (
            f"pandas per-trip reference (chaining, {len(sub_trips)} trips, extrapolated, 1 layover)",
            t_ref_f,
            len(act.trips) / t_ref_f,
            math.nan,
            peak_gb(),
        )
    )
    conecta_fleet = est.routes.loc[
        (est.routes["layover_min"] == 5) & est.routes["route_id"].isin(sub_routes), "fleet_chaining"
    ].sum()
    print(f"\nSynthetic feed: {a.feed} ({n_trips} trips, {len(feed.stop_times)} stop_times), date {DATE}\n")
    print("| step | wall time (s) | trips/s | segments/s | peak memory so far (GB) |\n|---|---|---|---|---|")
    for name, t, tps, sps, mem in rows:
        sps_txt = "" if np.isnan(sps) else f"{sps:,.0f}"
        print(f"| {name} | {t:,.1f} | {tps:,.0f} | {sps_txt} | {mem:.2f} |")
    print(
        f"\nCheck on the subset: km Conecta {conecta_km:,.3f} vs reference {ref_km:,.3f}; "
        f"segments {ref_seg}; chaining fleet (5 min) Conecta {conecta_fleet} vs "
        f"reference {ref_fleet}."
    )
    print(
        f"Activity: {len(act.trips):,} trips, {n_seg:,} segments, {act.routes['revenue_km'].sum():,.0f} km; "
        f"fleet (0/5/10 min): {est.totals['fleet_chaining'].tolist()}, concurrent "
        f"{int(est.totals['concurrent_max'].iloc[0])}."
    )


if __name__ == "__main__":
    main()
