"""Vehicle blocks (the sequence of trips one bus runs in a day): from GTFS ``block_id``, or inferred per route
by first-in-first-out chaining at the terminals.

Pairing rule of the chaining (documented for the Processing help):

- Terminals: the first and last stops of a route's trips. Stops of the same station (``parent_station``)
  and terminal stops of the same route closer than ``terminal_radius_m`` (default 500 m, an estimate: a
  layover area often has one stop per direction, across the street or round the block; on Porto Alegre's
  EPTC sample 300 m leaves some turning loops unmatched) are one terminal.
- A bus that arrives at terminal X at time ``a`` may take any later departure of the same route from X at
  time ``d`` when ``a + min_layover ≤ d``. No direction alternation is required: a bus arriving at the last
  stop of direction 0 may take the next trip starting there, whatever its direction (a loop route's trips
  all start where they end). Buses never move empty between terminals or routes.
- Which bus: departures from X are served in time order; each takes the bus that has been waiting longest
  (the earliest ``a + min_layover``; ties by arrival order), first in, first out. When no bus is waiting, a
  new bus (a new block) starts there. The number of buses does not depend on which waiting bus is taken:
  at each terminal it is the largest excess of departures over ready arrivals up to any moment.
- Trips carrying a ``block_id`` keep it (as given by the feed); only the others are chained.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from ..errors import QT_TR_NOOP, InputError, examples

TERMINAL_RADIUS_M = 500.0
"""Terminal stops of a route closer than this are one terminal (an estimate; see the module help)."""

REQUIRED_TRIP_COLUMNS = (
    "route_id",
    "trip_id",
    "first_stop_id",
    "last_stop_id",
    "departure_s",
    "arrival_s",
    "dist_km",
    "hours",
)


@dataclass
class Blocks:
    """Block of every trip and a table of blocks."""

    trips: pd.DataFrame
    """trip_id, route_id, block_id, block_seq (0, 1, … in time order), source ('block_id' or 'chaining')."""
    blocks: pd.DataFrame
    """block_id, route_id (of the first trip), routes (number of routes), trips, km, revenue_hours,
    hours_in_service (last arrival − first departure), first_departure_s, last_arrival_s, start_terminal,
    end_terminal (stop ids), source."""


def check_trips(trips: pd.DataFrame) -> None:
    """InputError when the trip table lacks a column the fleet functions need."""
    missing = [c for c in REQUIRED_TRIP_COLUMNS if c not in trips.columns]
    if missing:
        raise InputError(
            "fleet_trip_columns",
            QT_TR_NOOP("The trip table lacks the columns {columns}."),
            columns=", ".join(missing),
        )


def _haversine_m(lat1, lon1, lat2, lon2) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371008.8 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def terminal_codes(
    trips: pd.DataFrame, stops: Optional[pd.DataFrame], radius_m: float = TERMINAL_RADIUS_M
) -> tuple:
    """Per trip, integer codes of its start and end terminals (unique across routes; see the module help)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    ends = pd.DataFrame(
        {
            "route_id": np.r_[trips["route_id"].to_numpy(), trips["route_id"].to_numpy()],
            "stop_id": np.r_[trips["first_stop_id"].to_numpy(), trips["last_stop_id"].to_numpy()],
        }
    )
    if stops is not None and len(stops):
        s = stops.drop_duplicates("stop_id").set_index("stop_id")
        parent = s["parent_station"].reindex(ends["stop_id"]) if "parent_station" in s else None
        if parent is not None:
            parent = parent.fillna("").to_numpy(dtype=object)
            ends["stop_id"] = np.where(parent != "", parent, ends["stop_id"].to_numpy(dtype=object))
    grouped = ends.groupby(["route_id", "stop_id"], sort=False)
    node_codes = grouped.ngroup().to_numpy()
    nodes = grouped.size().reset_index()[["route_id", "stop_id"]]
    n = len(nodes)
    edges_i, edges_j = np.arange(n), np.arange(n)
    if stops is not None and len(stops) and radius_m > 0:
        xy = stops.drop_duplicates("stop_id").set_index("stop_id")[["stop_lat", "stop_lon"]]
        nodes["lat"] = xy["stop_lat"].reindex(nodes["stop_id"]).to_numpy(float)
        nodes["lon"] = xy["stop_lon"].reindex(nodes["stop_id"]).to_numpy(float)
        nodes["k"] = np.arange(n)
        pairs = nodes.merge(nodes, on="route_id", suffixes=("", "_b"))
        pairs = pairs.loc[pairs["k"] < pairs["k_b"]]
        d = _haversine_m(pairs["lat"], pairs["lon"], pairs["lat_b"], pairs["lon_b"])
        near = (d <= radius_m).to_numpy()
        edges_i = np.r_[edges_i, pairs["k"].to_numpy()[near]]
        edges_j = np.r_[edges_j, pairs["k_b"].to_numpy()[near]]
    graph = coo_matrix((np.ones(len(edges_i)), (edges_i, edges_j)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    code = label[node_codes]
    m = len(trips)
    return code[:m], code[m:]


def _chain(trips: pd.DataFrame, start_term: np.ndarray, end_term: np.ndarray, layover_s: float) -> np.ndarray:
    """Predecessor (row index, −1 for a new bus) of every trip under the FIFO rule of the module help."""
    n = len(trips)
    t0 = float(trips["departure_s"].min()) if n else 0.0
    dep = trips["departure_s"].to_numpy(float) - t0
    ready = trips["arrival_s"].to_numpy(float) - t0 + layover_s
    big = float(max(ready.max(), dep.max()) + 1.0) if n else 1.0
    d_key = start_term * big + dep
    r_key = end_term * big + ready
    d_order = np.lexsort((np.arange(n), dep, start_term))
    r_order = np.lexsort((np.arange(n), trips["arrival_s"].to_numpy(float), ready, end_term))
    r_sorted = r_key[r_order]
    d_pool = start_term[d_order]
    # j: 1-based rank of the departure in its pool; R: ready buses in the pool by then (ready ≤ departure).
    pool_first = np.r_[True, d_pool[1:] != d_pool[:-1]]
    pool_start = np.maximum.accumulate(np.where(pool_first, np.arange(n), 0))
    j = np.arange(n) - pool_start + 1
    r_pool_begin = np.searchsorted(r_sorted, d_pool * big, side="left")
    ready_count = np.searchsorted(r_sorted, d_key[d_order], side="right") - r_pool_begin
    deficit = pd.Series(j - ready_count).groupby(d_pool).cummax().to_numpy()
    new_total = np.maximum(deficit, 0)
    prev_total = np.where(pool_first, 0, np.r_[0, new_total[:-1]])
    is_new = new_total > prev_total
    m = j - new_total  # the m-th ready bus of the pool (1-based)
    pred = np.full(n, -1, dtype=np.int64)
    pred_sorted = np.where(is_new, -1, r_order[np.clip(r_pool_begin + m - 1, 0, max(n - 1, 0))])
    pred[d_order] = pred_sorted
    return pred


def _roots(pred: np.ndarray) -> np.ndarray:
    """First trip of each trip's chain (pointer jumping)."""
    root = np.where(pred < 0, np.arange(len(pred)), pred)
    while True:
        nxt = root[root]
        if np.array_equal(nxt, root):
            return root
        root = nxt


def _chain_names(trips: pd.DataFrame, root: np.ndarray) -> np.ndarray:
    """Names ``chain:<route_id>:<k>`` of inferred blocks, k = 1, 2, … by first departure within the route."""
    heads = pd.DataFrame({"root": np.unique(root)})
    heads["route"] = trips["route_id"].to_numpy(dtype=object)[heads["root"]]
    heads["dep"] = trips["departure_s"].to_numpy(float)[heads["root"]]
    heads = heads.sort_values(["route", "dep", "root"], kind="mergesort")
    heads["name"] = (
        "chain:" + heads["route"].astype(str) + ":" + (heads.groupby("route").cumcount() + 1).astype(str)
    )
    return heads.set_index("root")["name"].reindex(root).to_numpy(dtype=object)


def _block_table(trips: pd.DataFrame, block: np.ndarray, source: np.ndarray) -> Blocks:
    """Sequence numbers and the per-block table."""
    t = pd.DataFrame(
        {
            "trip_id": trips["trip_id"].to_numpy(),
            "route_id": trips["route_id"].to_numpy(),
            "block_id": block,
            "source": source,
            "dep": trips["departure_s"].to_numpy(float),
            "arr": trips["arrival_s"].to_numpy(float),
            "km": trips["dist_km"].to_numpy(float),
            "h": trips["hours"].to_numpy(float),
            "first_stop": trips["first_stop_id"].to_numpy(),
            "last_stop": trips["last_stop_id"].to_numpy(),
        }
    )
    t = t.sort_values(["block_id", "dep", "arr"], kind="mergesort")
    t["block_seq"] = t.groupby("block_id", sort=False).cumcount()
    g = t.groupby("block_id", sort=True)
    table = pd.DataFrame(
        {
            "route_id": g["route_id"].first(),
            "routes": g["route_id"].nunique(),
            "trips": g.size(),
            "km": g["km"].sum(),
            "revenue_hours": g["h"].sum(),
            "first_departure_s": g["dep"].min(),
            "last_arrival_s": g["arr"].max(),
            "start_terminal": g["first_stop"].first(),
            "end_terminal": g["last_stop"].last(),
            "source": g["source"].first(),
        }
    )
    table.insert(5, "hours_in_service", (table["last_arrival_s"] - table["first_departure_s"]) / 3600.0)
    per_trip = t.sort_index()[["trip_id", "route_id", "block_id", "block_seq", "source"]]
    return Blocks(per_trip.reset_index(drop=True), table.reset_index())


def vehicle_blocks(
    trips: pd.DataFrame,
    stops: Optional[pd.DataFrame] = None,
    min_layover_min: float = 0.0,
    terminal_radius_m: float = TERMINAL_RADIUS_M,
    use_block_id: bool = True,
) -> Blocks:
    """Blocks of a trip table (see :func:`conecta.core.activity.trip_table`): feed ``block_id`` when a trip
    has one (and ``use_block_id``), otherwise FIFO chaining per route with ``min_layover_min`` minutes."""
    check_trips(trips)
    if not min_layover_min >= 0:
        raise InputError(
            "fleet_negative_layover",
            QT_TR_NOOP("Layovers must be zero or positive minutes (got {values})."),
            values=min_layover_min,
        )
    bad = ~(trips["arrival_s"].to_numpy(float) > trips["departure_s"].to_numpy(float))
    if bad.any():
        raise InputError(
            "fleet_trips_end_before_start",
            QT_TR_NOOP("{n} trips end before they start (e.g. {examples}): fix their stop times."),
            n=int(bad.sum()),
            examples=examples(trips["trip_id"][bad]),
        )
    trips = trips.reset_index(drop=True)
    given = (
        trips["block_id"].notna().to_numpy() & (trips["block_id"].astype(str) != "").to_numpy()
        if use_block_id and "block_id" in trips.columns
        else np.zeros(len(trips), dtype=bool)
    )
    block = np.empty(len(trips), dtype=object)
    source = np.where(given, "block_id", "chaining").astype(object)
    block[given] = trips["block_id"].to_numpy(dtype=object)[given]
    rest = np.flatnonzero(~given)
    if len(rest):
        sub = trips.iloc[rest]
        s_term, e_term = terminal_codes(sub, stops, terminal_radius_m)
        root = _roots(_chain(sub, s_term, e_term, 60.0 * min_layover_min))
        block[rest] = _chain_names(sub, root)
    return _block_table(trips, block, source)
