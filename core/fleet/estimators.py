"""Fleet from GTFS: three estimators of the buses a route needs, side by side, with a lower bound.

- (a) ``fleet_blocks``: distinct GTFS ``block_id`` among the route's trips (NULL when it has none). A block
  that runs several routes counts once per route, and once in the city total.
- (b) ``fleet_cycle``: N = ceil((T_AB + T_BA + 2 × layover) / h) with T the mean trip time of each
  direction in the window and h the mean headway: the window's length / mean departures per direction
  (the gtfstools ``get_route_frequency`` definition) when a window is given, else the mean interval between
  consecutive departures of a direction over the day. Directions are ``direction_id``, or the trips' start
  terminal when the feed has none. A route with a single direction is a loop when its trips end where they
  start (cycle = T + layover) and is otherwise assumed to return in the same time (cycle = 2 × (T +
  layover)); both are counted in the diagnostics. A route with one departure per direction needs 1 bus.
- (c) ``fleet_chaining``: the blocks of first-in-first-out chaining at the terminals with the layover as
  the minimum (see :mod:`.blocks` for the pairing rule).
- ``concurrent_max``: the largest number of the route's trips in service at the same moment, from a sweep
  over departures (+1) and arrivals (−1), arrivals first on a tie: no estimator can need fewer buses.
- ``fleet_with_spares`` = ceil(fleet_chaining × (1 + spare_ratio)): reserve buses on top of the chaining
  estimate (c), the one that uses the actual timetable and works without ``block_id``.

vehicle_km and vehicle_hours are revenue (in-service) km and hours of the trips in the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import QT_TR_NOOP, InputError, examples
from ..progress import ProgressCallback, report
from .blocks import TERMINAL_RADIUS_M, check_trips, terminal_codes, vehicle_blocks

SPARE_RATIO = 0.10
"""Default share of reserve buses over the operated fleet (issue 16's default; an editable estimate)."""

MAX_EXAMPLES = 5
ROUTE_COLUMNS = [
    "route_id",
    "layover_min",
    "fleet_blocks",
    "fleet_cycle",
    "fleet_chaining",
    "concurrent_max",
    "vehicle_km",
    "vehicle_hours",
    "fleet_with_spares",
]


@dataclass
class FleetDiagnostics:
    """Counts and example ids for the algorithm's messages."""

    trips: int = 0
    routes: int = 0
    routes_with_blocks: int = 0
    single_direction_routes: int = 0
    """Routes with one direction that are not loops (cycle assumed symmetric)."""
    single_direction_examples: List[str] = field(default_factory=list)
    loop_routes: int = 0
    loop_examples: List[str] = field(default_factory=list)
    bad_trips: int = 0
    """Trips dropped because they end before (or when) they start."""
    bad_trip_examples: List[str] = field(default_factory=list)
    zero_layover: bool = False
    """A layover of 0 was asked: a lower bound, buses need time at terminals."""


@dataclass
class FleetEstimate:
    """Route table (one row per route × layover), hourly vehicles in service, city totals, diagnostics."""

    routes: pd.DataFrame
    hourly: pd.DataFrame
    """hour, layover_min, vehicles_chaining (blocks in service during the hour), trips_in_service_max."""
    totals: pd.DataFrame
    """Per layover: the route table's fields for the whole city (fleet_blocks: distinct blocks;
    concurrent_max: city-wide sweep, not the sum of routes; fleet_with_spares: from the city's chaining)."""
    diagnostics: FleetDiagnostics


def concurrent_max(
    departure: np.ndarray, arrival: np.ndarray, group: Optional[np.ndarray] = None
) -> np.ndarray:
    """Max trips in service at once per group (arrivals before departures on a tie); one value if no group."""
    n = len(departure)
    g = np.zeros(n, dtype=np.int64) if group is None else np.asarray(group)
    if n == 0:
        return np.zeros(0 if group is not None else 1, dtype=np.int64)
    times = np.r_[departure, arrival]
    step = np.r_[np.ones(n, np.int64), -np.ones(n, np.int64)]
    gg = np.r_[g, g]
    order = np.lexsort((step, times, gg))
    level = np.cumsum(step[order])  # every group's events sum to 0, so the level restarts at each group
    return pd.Series(level).groupby(gg[order]).max().to_numpy()


def _directions(trips: pd.DataFrame, start_term: np.ndarray) -> np.ndarray:
    """direction_id where the route has it for all trips, else the start terminal's code."""
    if "direction_id" in trips.columns:
        d = pd.to_numeric(trips["direction_id"], errors="coerce")
        full = d.notna().groupby(trips["route_id"]).transform("all").to_numpy()
        return np.where(full, d.fillna(-1).to_numpy(float), -10.0 - start_term)
    return -10.0 - start_term.astype(float)


def _cycle_fleet(
    trips: pd.DataFrame,
    layovers: Sequence[float],
    start: Optional[float],
    end: Optional[float],
    start_term: np.ndarray,
    end_term: np.ndarray,
    diag: FleetDiagnostics,
) -> pd.DataFrame:
    """fleet_cycle per route (rows) × layover (columns), see the module help."""
    t = pd.DataFrame(
        {
            "route_id": trips["route_id"].to_numpy(),
            "dir": _directions(trips, start_term),
            "dep": trips["departure_s"].to_numpy(float),
            "hours": trips["hours"].to_numpy(float),
            "loop": start_term == end_term,
        }
    )
    g = t.groupby(["route_id", "dir"], sort=True)
    per_dir = pd.DataFrame(
        {
            "n": g.size(),
            "T": g["hours"].mean() * 60.0,
            "span": (g["dep"].max() - g["dep"].min()) / 60.0,
            "loop": g["loop"].mean() > 0.5,
        }
    ).reset_index()
    if start is not None and end is not None:
        per_dir["h"] = (end - start) / 60.0 / per_dir["n"]
    else:
        per_dir["h"] = np.where(per_dir["n"] > 1, per_dir["span"] / (per_dir["n"] - 1).clip(lower=1), np.nan)
    r = per_dir.groupby("route_id", sort=True)
    route = pd.DataFrame({"ndir": r.size(), "T": r["T"].sum(), "h": r["h"].mean(), "loop": r["loop"].all()})
    if start is not None and end is not None:
        route["h"] = (end - start) / 60.0 * route["ndir"] / r["n"].sum()
    single = route["ndir"] == 1
    loops = single & route["loop"]
    one_way = single & ~route["loop"]
    diag.loop_routes = int(loops.sum())
    diag.loop_examples = list(route.index[loops][:MAX_EXAMPLES])
    diag.single_direction_routes = int(one_way.sum())
    diag.single_direction_examples = list(route.index[one_way][:MAX_EXAMPLES])
    factor = np.where(one_way, 2.0, 1.0)
    out = {}
    for lay in layovers:
        cycle = factor * (route["T"].to_numpy() + route["ndir"].to_numpy() * lay)
        ratio = np.round(cycle / route["h"].to_numpy(), 9)
        out[lay] = np.where(np.isnan(ratio), 1, np.ceil(ratio)).astype(np.int64)
    return pd.DataFrame(out, index=route.index)


def _hourly(trips: pd.DataFrame, blocks_by_layover: dict, layovers: Sequence[float]) -> pd.DataFrame:
    """Blocks in service per hour and layover; max trips in service per hour."""
    dep = trips["departure_s"].to_numpy(float)
    arr = trips["arrival_s"].to_numpy(float)
    h0 = int(np.floor(dep.min() / 3600)) if len(dep) else 0
    h1 = int(np.floor((arr.max() - 1e-9) / 3600)) if len(arr) else -1
    hours = np.arange(h0, h1 + 1)
    times = np.r_[dep, arr]
    step = np.r_[np.ones(len(dep), np.int64), -np.ones(len(arr), np.int64)]
    order = np.lexsort((step, times))
    t_sorted, level = times[order], np.cumsum(step[order])
    settled = np.r_[t_sorted[1:] != t_sorted[:-1], True]  # level once all events at that instant are done
    ev_hour = np.floor(t_sorted[settled] / 3600).astype(np.int64)
    within = pd.Series(level[settled]).groupby(ev_hour).max().reindex(hours, fill_value=0).to_numpy()
    before = np.searchsorted(t_sorted, hours * 3600.0, side="right") - 1
    at_start = np.where(before >= 0, level[np.maximum(before, 0)], 0)
    trips_max = np.maximum(within, at_start)
    frames = []
    for lay in layovers:
        b = blocks_by_layover[lay]
        first = np.floor(b["first_departure_s"].to_numpy() / 3600).astype(np.int64)
        last = np.floor((b["last_arrival_s"].to_numpy() - 1e-9) / 3600).astype(np.int64)
        n = np.maximum(last - first + 1, 1)
        covered = np.repeat(first, n) + (np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n))
        counts = pd.Series(covered).value_counts().reindex(hours, fill_value=0).to_numpy()
        frames.append(
            pd.DataFrame(
                {
                    "hour": hours,
                    "layover_min": lay,
                    "vehicles_chaining": counts,
                    "trips_in_service_max": trips_max,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def _check(layovers: Sequence[float], spare_ratio: float, start: Optional[float], end: Optional[float]):
    if len(layovers) == 0:
        raise InputError("fleet_no_layover", QT_TR_NOOP("Give at least one layover (minutes)."))
    negative = [v for v in layovers if not v >= 0]
    if negative:
        raise InputError(
            "fleet_negative_layover",
            QT_TR_NOOP("Layovers must be zero or positive minutes (got {values})."),
            values=examples(f"{v:g}" for v in negative),
        )
    if not spare_ratio >= 0:
        raise InputError(
            "fleet_spare_ratio",
            QT_TR_NOOP("The spare ratio must be zero or positive (got {value})."),
            value=spare_ratio,
        )
    if start is not None and end is not None and not end > start:
        raise InputError(
            "fleet_window",
            QT_TR_NOOP("The time window must end after it starts (start {start} s, end {end} s)."),
            start=start,
            end=end,
        )


def _drop_bad(trips: pd.DataFrame, diag: FleetDiagnostics) -> pd.DataFrame:
    bad = ~(trips["arrival_s"].to_numpy(float) > trips["departure_s"].to_numpy(float))
    diag.bad_trips = int(bad.sum())
    diag.bad_trip_examples = [str(v) for v in trips["trip_id"].to_numpy()[bad][:MAX_EXAMPLES]]
    return trips.loc[~bad].reset_index(drop=True)


def _route_blocks(trips: pd.DataFrame, diag: FleetDiagnostics) -> tuple:
    """fleet_blocks per route (NaN without block_id) and the city's distinct blocks (NaN if none)."""
    if "block_id" not in trips.columns:
        return pd.Series(dtype=float), np.nan
    b = trips[["route_id", "block_id"]].copy()
    b = b.loc[b["block_id"].notna() & (b["block_id"].astype(str) != "")]
    per_route = b.groupby("route_id")["block_id"].nunique().astype(float)
    diag.routes_with_blocks = len(per_route)
    return per_route, (float(b["block_id"].nunique()) if len(b) else np.nan)


def fleet_estimates(
    trips: pd.DataFrame,
    stops: Optional[pd.DataFrame] = None,
    layovers: Sequence[float] = (0.0, 5.0, 10.0),
    spare_ratio: float = SPARE_RATIO,
    start: Optional[float] = None,
    end: Optional[float] = None,
    terminal_radius_m: float = TERMINAL_RADIUS_M,
    progress: ProgressCallback = None,
) -> FleetEstimate:
    """The three fleet estimators and the concurrent-trip bound per route × layover (minutes), see module."""
    check_trips(trips)
    layovers = [float(v) for v in layovers]
    _check(layovers, spare_ratio, start, end)
    diag = FleetDiagnostics(zero_layover=any(v == 0 for v in layovers))
    trips = _drop_bad(trips, diag)
    diag.trips = len(trips)
    s_term, e_term = terminal_codes(trips, stops, terminal_radius_m)
    report(progress, 0.1)
    route_ids = np.sort(trips["route_id"].unique())
    diag.routes = len(route_ids)
    rcode = pd.Index(route_ids).get_indexer(trips["route_id"])
    conc = concurrent_max(trips["departure_s"].to_numpy(float), trips["arrival_s"].to_numpy(float), rcode)
    km = np.bincount(rcode, trips["dist_km"].to_numpy(float), len(route_ids))
    hours = np.bincount(rcode, trips["hours"].to_numpy(float), len(route_ids))
    fb, city_blocks = _route_blocks(trips, diag)
    cycle = _cycle_fleet(trips, layovers, start, end, s_term, e_term, diag).reindex(route_ids)
    report(progress, 0.3)
    frames, totals, blocks_by_layover = [], [], {}
    for k, lay in enumerate(layovers):
        blk = vehicle_blocks(trips, stops, lay, terminal_radius_m, use_block_id=False)
        blocks_by_layover[lay] = blk.blocks
        chaining = blk.blocks.groupby("route_id").size().reindex(route_ids, fill_value=0).to_numpy()
        frame = pd.DataFrame(
            {
                "route_id": route_ids,
                "layover_min": lay,
                "fleet_blocks": fb.reindex(route_ids).to_numpy(),
                "fleet_cycle": cycle[lay].to_numpy(),
                "fleet_chaining": chaining,
                "concurrent_max": conc,
                "vehicle_km": km,
                "vehicle_hours": hours,
                "fleet_with_spares": np.ceil(np.round(chaining * (1 + spare_ratio), 9)).astype(np.int64),
            }
        )
        frames.append(frame)
        totals.append(
            {
                "layover_min": lay,
                "fleet_blocks": city_blocks,
                "fleet_cycle": int(frame["fleet_cycle"].sum()),
                "fleet_chaining": int(chaining.sum()),
                "concurrent_max": int(
                    concurrent_max(trips["departure_s"].to_numpy(float), trips["arrival_s"].to_numpy(float))[
                        0
                    ]
                ),
                "vehicle_km": float(km.sum()),
                "vehicle_hours": float(hours.sum()),
                "fleet_with_spares": int(np.ceil(np.round(chaining.sum() * (1 + spare_ratio), 9))),
            }
        )
        report(progress, 0.3 + 0.6 * (k + 1) / len(layovers))
    hourly = _hourly(trips, blocks_by_layover, layovers)
    report(progress, 1.0)
    return FleetEstimate(
        pd.concat(frames, ignore_index=True)[ROUTE_COLUMNS], hourly, pd.DataFrame(totals), diag
    )
