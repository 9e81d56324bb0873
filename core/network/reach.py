"""What is reached within a time budget: the parts of the streets (cut at the exact point) and the walked
access legs, the raw material of isochrones and service areas.

Pure numpy/scipy. With ``main_component_only`` (what ``conecta:isochrones`` asks) points start where the
travel-time matrix starts them (:func:`.snap.snap_linked`): a point near a small island of the network is linked
to the main network when a street of it is within the snapping distance, as r5r does, so an isochrone never
covers what the matrix says cannot be reached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from ..progress import ProgressCallback, report, scaled
from .graph import ModeGraph, StreetNetwork, point_along, ranges
from .routing import RoutingGraph, routing_graph
from .snap import snap_linked

ORIGINS_PER_SEARCH = 64
"""Origins routed together when their reach is dissolved."""


@dataclass
class ReachedLines:
    """Reached network pieces: ``lines[g][m]`` is a list of (k, 2) polylines for group g, minutes m.

    ``relinked``: points linked to the main network instead of the island their nearest street lies on.
    """

    lines: list
    minutes: list
    unsnapped: np.ndarray
    relinked: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


def _group_times(
    graph: RoutingGraph, members: np.ndarray, access: np.ndarray, limit: float, progress
) -> np.ndarray:
    """Seconds from the nearest of ``members`` (access leg included) to every node."""
    from scipy.sparse.csgraph import dijkstra

    dist = np.full(graph.n_nodes, np.inf)
    for start in range(0, len(members), ORIGINS_PER_SEARCH):
        block = members[start : start + ORIGINS_PER_SEARCH]
        d = dijkstra(graph.csr, directed=True, indices=graph.point_node[block], limit=limit)
        dist = np.minimum(dist, (d + access[block, None]).min(axis=0))
        report(progress, (start + len(block)) / len(members))
    return dist


def reached_segments(
    mg: ModeGraph,
    origins_xy: np.ndarray,
    minutes: Sequence[float],
    *,
    per_origin: bool = False,
    max_snap_m: float = 500.0,
    shrink_seconds: float = 0.0,
    main_component_only: bool = False,
    progress: ProgressCallback = None,
) -> ReachedLines:
    """Parts of edges reachable within each time budget (partial edges cut at the exact distance).

    Budgets are ``minutes * 60 - shrink_seconds`` (pass the time a later buffer adds so the
    buffered area stays within the limit). With ``per_origin=False`` all origins form one group
    (the union of what each reaches); the access leg from each origin is included when reached.
    ``main_component_only``: points are linked as for the travel-time matrix (see the module docstring);
    without it every point starts from its nearest street, island or not.
    """
    origins_xy = np.asarray(origins_xy, dtype=np.float64).reshape(-1, 2)
    minutes = [float(m) for m in minutes]
    budgets = np.array(minutes) * 60.0 - float(shrink_seconds)
    snapped, relinked = snap_linked(mg, origins_xy, max_snap_m, main_component_only)
    graph = routing_graph(mg, snapped)
    ok = np.flatnonzero(graph.point_node >= 0)
    access = snapped.distance_m / (mg.walk_speed_kmh / 3.6)
    if per_origin:
        groups = [np.array([i]) if graph.point_node[i] >= 0 else ok[:0] for i in range(len(origins_xy))]
    else:
        groups = [ok]
    limit = float(budgets.max()) if len(budgets) else 0.0
    lines = []
    report(progress, 0.0)
    for gi, members in enumerate(groups):
        step = scaled(progress, gi / len(groups), (gi + 1) / len(groups))
        dist = _group_times(graph, members, access, limit, step)
        per_minute = []
        for budget in budgets:
            pieces = reached_pieces(mg.network, graph, dist, budget)
            legs = access_legs(origins_xy[members], snapped.projection_xy[members], access[members], budget)
            per_minute.append(legs + pieces)
        lines.append(per_minute)
        report(progress, (gi + 1) / len(groups))
    return ReachedLines(
        lines=lines, minutes=minutes, unsnapped=snapped.unsnapped, relinked=np.flatnonzero(relinked)
    )


def access_legs(xy: np.ndarray, proj: np.ndarray, access_s: np.ndarray, budget: float) -> list:
    """Straight access legs from origins toward the network, cut where the budget runs out."""
    frac = np.clip(budget / np.where(access_s > 0, access_s, 1.0), 0.0, 1.0)
    keep = (access_s > 0) & (budget > 0)
    ends = xy + (proj - xy) * frac[:, None]
    return [np.array([xy[i], ends[i]]) for i in np.flatnonzero(keep)]


def reached_pieces(net: StreetNetwork, graph: RoutingGraph, dist: np.ndarray, budget: float) -> list:
    """Cut edge geometries to the intervals reached within ``budget`` seconds."""
    if budget <= 0:
        return []
    length = graph.sub_off1 - graph.sub_off0
    sec, back = graph.sub_seconds, graph.backward_seconds
    d0, d1 = dist[graph.sub_node0], dist[graph.sub_node1]
    reach_f = np.where(graph.sub_forward & (d0 < budget), np.minimum((budget - d0) / sec, 1.0) * length, 0.0)
    reach_b = np.where(
        graph.sub_backward & (d1 < budget), np.minimum((budget - d1) / back, 1.0) * length, 0.0
    )
    full = reach_f + reach_b >= length
    f_sel = (reach_f > 0) & ~full
    b_sel = (reach_b > 0) & ~full
    i_edge = np.r_[graph.sub_edge[full], graph.sub_edge[f_sel], graph.sub_edge[b_sel]]
    i_s0 = np.r_[graph.sub_off0[full], graph.sub_off0[f_sel], graph.sub_off1[b_sel] - reach_b[b_sel]]
    i_s1 = np.r_[graph.sub_off1[full], graph.sub_off0[f_sel] + reach_f[f_sel], graph.sub_off1[b_sel]]
    if len(i_edge) == 0:
        return []
    return _merged_pieces(net, i_edge, i_s0, i_s1)


def _merged_pieces(net: StreetNetwork, i_edge: np.ndarray, i_s0: np.ndarray, i_s1: np.ndarray) -> list:
    """Polylines of the reached intervals ``[i_s0, i_s1]`` of edges ``i_edge``, touching ones merged."""
    # merge touching intervals of the same edge, on a global distance axis
    edge_base = np.r_[0.0, np.cumsum(net.edge_length)]
    g0, g1 = edge_base[i_edge] + i_s0, edge_base[i_edge] + i_s1
    order = np.lexsort((g0, i_edge))
    i_edge, g0, g1 = i_edge[order], g0[order], g1[order]
    run_max = np.maximum.accumulate(g1)
    new = np.r_[True, (i_edge[1:] != i_edge[:-1]) | (g0[1:] > run_max[:-1] + 1e-9)]
    m_edge = i_edge[new]
    m0 = g0[new]
    m1 = np.maximum.reduceat(g1, np.flatnonzero(new))
    # interior vertices strictly inside each interval, plus interpolated ends
    key = net.geometry_key()
    lo = np.maximum(np.searchsorted(key, m0, side="right"), net.geom_offsets[m_edge])
    hi = np.minimum(np.searchsorted(key, m1, side="left"), net.geom_offsets[m_edge + 1])
    hi = np.maximum(hi, lo)
    start_xy = point_along(net, m_edge, m0 - edge_base[m_edge])
    end_xy = point_along(net, m_edge, m1 - edge_base[m_edge])
    n_inner = hi - lo
    inner = np.repeat(lo, n_inner) + ranges(n_inner)
    sizes = n_inner + 2
    offsets = np.r_[0, np.cumsum(sizes)]
    coords = np.empty((int(offsets[-1]), 2))
    coords[offsets[:-1]] = start_xy
    coords[offsets[1:] - 1] = end_xy
    coords[np.repeat(offsets[:-1] + 1, n_inner) + ranges(n_inner)] = net.geom_xy[inner]
    return np.split(coords, offsets[1:-1])
