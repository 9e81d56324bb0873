"""Areas reachable by public transport and walking: the arrival time at every stop by the router, then the
street network walked from the starting point and from every reached stop with the time left.

1. The arrival at every stop, as a percentile over the departure window (a stop counts when reached by a
   ride; the destinations are the stops themselves). The router reports whole minutes (as r5r), so a stop
   reached "at minute 16" is taken at its last second, 16:59, and the percentile is taken per stop before
   walking on: areas never extend beyond the limit (they may fall short of it by up to a minute).
2. One Dijkstra from a virtual source linked to the point and to every reached stop with its starting time.
   Each walking leg is also limited by the walking limit: sources with more time left than that are searched
   together with the walking limit as budget, the others with their time left; the two searches together
   give exactly the places within both limits.
3. The reached parts of the streets, cut at the exact point, plus the straight legs from the point and the
   stops to the street, for each budget (minutes × 60 − the time the caller's buffer adds).

Points and stops are linked to the streets as the travel-time matrix links them (:func:`.walking.link_points`,
r5r's rule): a point whose nearest street lies on an island is linked to the main network when it is within
the snapping distance, so its walk-only area and its transit legs start from the same place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Sequence

import numpy as np

from .. import network as core_net
from ..gtfs import GtfsFeed
from ..progress import ProgressCallback, scaled
from .matrix import TransitRun, TransitSettings, prepared_timetable
from .raptor import TravelTimeResult, transit_travel_times
from .walking import link_points, walk_tables


def stop_times_seconds(minutes: np.ndarray) -> np.ndarray:
    """Conservative seconds from whole minutes: the router truncates, so use the minute's last second."""
    return np.asarray(minutes, dtype=float) * 60.0 + 59.0


def reached_distances(graph, nodes: np.ndarray, offsets: np.ndarray, limit: float) -> np.ndarray:
    """Seconds to every node from a virtual source linked to ``nodes`` with the given starting ``offsets``."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    n = graph.n_nodes
    base = graph.csr.tocoo()
    best = np.full(n, np.inf)
    np.minimum.at(best, np.asarray(nodes, dtype=np.int64), np.asarray(offsets, dtype=float))
    heads = np.flatnonzero(np.isfinite(best))
    costs = np.maximum(best[heads], 1e-6)
    rows = np.r_[base.row, np.full(len(heads), n)]
    cols = np.r_[base.col, heads]
    data = np.r_[base.data, costs]
    csr = coo_matrix((data, (rows, cols)), shape=(n + 1, n + 1)).tocsr()
    dist = dijkstra(csr, directed=True, indices=n, limit=limit)
    return dist[:n]


def straight_legs(xy: np.ndarray, proj: np.ndarray, walk_s: np.ndarray, budget) -> list:
    """Straight legs from points toward their projection on the network, cut where the budget runs out."""
    budget = np.broadcast_to(np.asarray(budget, dtype=float), walk_s.shape)
    keep = (walk_s > 0) & (budget > 0)
    frac = np.clip(budget / np.where(walk_s > 0, walk_s, 1.0), 0.0, 1.0)
    ends = xy + (proj - xy) * frac[:, None]
    return [np.array([xy[k], ends[k]]) for k in np.flatnonzero(keep)]


@dataclass
class TransitReach:
    """Stop arrivals from every point and the linked network, ready to cut the reached streets per point."""

    mode_graph: object = field(repr=False)
    graph: object = field(repr=False)
    snapped: object = field(repr=False)
    points_xy: np.ndarray
    stops_xy: np.ndarray
    arrivals: TravelTimeResult
    minutes: List[float]
    shrink_s: float
    walk_cap_s: float
    run: TransitRun

    @property
    def n_points(self) -> int:
        """Number of starting points."""
        return len(self.points_xy)

    @property
    def unsnapped_points(self) -> np.ndarray:
        """Points farther than the snapping distance from the streets: they get no area."""
        return np.flatnonzero(self.graph.point_node[: self.n_points] < 0)

    def pieces(self, i: int) -> Dict[float, list]:
        """Minutes → the polylines reached from point ``i`` within them (nothing for an unsnapped point)."""
        n_p = self.n_points
        node = self.graph.point_node
        if node[i] < 0:
            return {}
        walk_ms = self.mode_graph.walk_speed_kmh / 3.6
        snap_s = self.snapped.distance_m / walk_ms
        res = self.arrivals
        at = res.travel_time[:, 0]
        mine = (res.from_idx == i) & np.isfinite(at)
        s_idx, s_min = res.to_idx[mine], at[mine]
        on_net = node[n_p + s_idx] >= 0
        # sources: the point itself (no ride) and every stop reached by a ride
        src = np.r_[i, n_p + s_idx[on_net]]
        ride = np.r_[0.0, stop_times_seconds(s_min[on_net])]
        out = {}
        for minutes in self.minutes:
            out[minutes] = self._within(src, node[src], snap_s[src], ride, minutes * 60.0 - self.shrink_s)
        return out

    def _within(self, src, src_node, src_walk, ride, budget: float) -> list:
        """Network pieces reached within ``budget`` s, each walk from a source within the walking cap.

        A source whose ride leaves more than the cap is limited by the cap (one search with its walking
        offsets and the cap as budget); the others by the budget (offsets ride + walk).
        """
        n_p = self.n_points
        cap = self.walk_cap_s
        limit = budget - ride
        ok = limit > 0
        capped = ok & (limit >= cap)
        timed = ok & ~capped
        pieces = []
        for group, offsets, cut in ((capped, src_walk, cap), (timed, ride + src_walk, budget)):
            if not group.any() or cut <= 0:
                continue
            dist = reached_distances(self.graph, src_node[group], offsets[group], cut)
            pieces += core_net.reached_pieces(self.mode_graph.network, self.graph, dist, cut)
        point = self.points_xy[src[0]]
        xy = np.where((src < n_p)[:, None], point[None, :], self.stops_xy[np.maximum(src - n_p, 0)])
        proj = self.snapped.projection_xy[src]
        pieces += straight_legs(xy[ok], proj[ok], src_walk[ok], np.minimum(limit, cap)[ok])
        return pieces


def transit_isochrones(
    feed: GtfsFeed,
    settings: TransitSettings,
    mode_graph,
    points_xy: np.ndarray,
    stops_xy: np.ndarray,
    minutes: Sequence[float],
    buffer_m: float = 0.0,
    progress: ProgressCallback = None,
) -> TransitReach:
    """Stop arrivals from ``points_xy`` over the departure window (``settings.percentiles[0]``) and the
    linked street network, within the largest of ``minutes``; :meth:`TransitReach.pieces` then gives the
    reached streets per point. ``buffer_m`` is the buffer the caller draws around them: its walking time is
    taken off every budget so that the buffered area stays within the limit."""
    minutes = sorted({float(m) for m in minutes}, reverse=True)
    speed = mode_graph.walk_speed_kmh
    legs = walk_tables(
        mode_graph,
        points_xy,
        points_xy[:0],
        stops_xy,
        settings.max_walk_s,
        settings.transfer_s,
        speed,
        settings.snap_m,
        scaled(progress, 0.0, 0.3),
    )
    limit_min = max(minutes)
    table, run = prepared_timetable(feed, settings, settings.end(limit_min), legs, stops_xy, None)
    n_stops = len(stops_xy)
    from scipy.sparse import coo_matrix

    at_stop = coo_matrix(
        (np.zeros(n_stops), (np.arange(n_stops), np.arange(n_stops))), shape=(n_stops, n_stops)
    )
    arrivals = transit_travel_times(
        table,
        legs.access,
        at_stop,
        settings.departure,
        time_window=settings.window,
        percentiles=(int(settings.percentiles[0]),),
        max_trip_duration=limit_min,
        max_transfers=settings.max_transfers,
        max_walk_time=settings.max_walk,
        progress=scaled(progress, 0.3, 0.9),
    )
    ok_stop = np.isfinite(stops_xy).all(axis=1)
    all_xy = np.r_[points_xy, np.where(ok_stop[:, None], stops_xy, 1e18)]
    snapped, _ = link_points(mode_graph, all_xy, settings.snap_m)
    graph = core_net.routing_graph(mode_graph, snapped)
    shrink = buffer_m / (speed / 3.6)
    return TransitReach(
        mode_graph=mode_graph,
        graph=graph,
        snapped=snapped,
        points_xy=points_xy,
        stops_xy=stops_xy,
        arrivals=arrivals,
        minutes=minutes,
        shrink_s=shrink,
        walk_cap_s=settings.max_walk_s - shrink,
        run=run,
    )
