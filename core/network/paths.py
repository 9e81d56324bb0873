"""Fastest routes as polylines along the street geometry (desire lines drawn on the network).

Pure numpy/scipy. Routes start with the walked access leg from the origin point, follow the streets (their
interior vertices included) and end with the egress leg to the destination point.
"""

from __future__ import annotations

import numpy as np

from ..progress import ProgressCallback, report
from .graph import ModeGraph, point_along
from .routing import plan_matrix


def _node_coordinates(net, g) -> np.ndarray:
    """Coordinates of every node of a routing graph (street junctions, then the points inserted)."""
    coords = np.empty((g.n_nodes, 2))
    coords[: net.n_nodes] = net.node_xy
    for nodes, offsets in ((g.sub_node0, g.sub_off0), (g.sub_node1, g.sub_off1)):
        virtual = nodes >= net.n_nodes
        coords[nodes[virtual]] = point_along(net, g.sub_edge[virtual], offsets[virtual])
    return coords


class _Arcs:
    """The street pieces behind the arcs of a routing graph, looked up by (tail, head)."""

    def __init__(self, net, g, coords: np.ndarray) -> None:
        n = g.n_nodes
        keys = np.r_[
            g.sub_node0[g.sub_forward] * n + g.sub_node1[g.sub_forward],
            g.sub_node1[g.sub_backward] * n + g.sub_node0[g.sub_backward],
        ]
        sub = np.r_[np.flatnonzero(g.sub_forward), np.flatnonzero(g.sub_backward)]
        reverse = np.r_[np.zeros(g.sub_forward.sum(), bool), np.ones(g.sub_backward.sum(), bool)]
        # parallel streets join the same two nodes: the cheapest comes first (the one the route used)
        seconds = np.r_[g.sub_seconds[g.sub_forward], g.backward_seconds[g.sub_backward]]
        order = np.lexsort((seconds, keys))
        self.keys, self.sub, self.reverse = keys[order], sub[order], reverse[order]
        self.net, self.g, self.coords, self.n = net, g, coords, n

    def geometry(self, u: int, v: int) -> np.ndarray:
        """Street vertices from node u to node v along the piece of edge that joins them (u excluded)."""
        key = u * self.n + v
        at = np.searchsorted(self.keys, key)
        if at >= len(self.keys) or self.keys[at] != key:
            return self.coords[v][None, :]
        s = self.sub[at]
        net, g = self.net, self.g
        edge, off0, off1 = g.sub_edge[s], g.sub_off0[s], g.sub_off1[s]
        start, stop = net.geom_offsets[edge], net.geom_offsets[edge + 1]
        cum = net.geom_cum[start:stop]
        inside = net.geom_xy[start:stop][(cum > off0) & (cum < off1)]
        if self.reverse[at]:
            inside = inside[::-1]
        return np.concatenate([inside, self.coords[v][None, :]])


def _route(arcs: _Arcs, pred: np.ndarray, source: int, target: int, start_xy, end_xy):
    """The polyline of the route from ``source`` to ``target`` in a predecessor row, None if unreachable."""
    chain = [target]
    while chain[-1] != source and chain[-1] >= 0:
        chain.append(int(pred[chain[-1]]))
    if chain[-1] != source:
        return None
    chain.reverse()
    pieces = [start_xy[None, :], arcs.coords[source][None, :]]
    pieces += [arcs.geometry(u, v) for u, v in zip(chain[:-1], chain[1:])]
    pieces.append(end_xy[None, :])
    line = np.concatenate(pieces)
    return line[np.r_[True, np.any(np.diff(line, axis=0) != 0, axis=1)]]


def shortest_path_lines(
    mg: ModeGraph,
    points_xy: np.ndarray,
    from_idx: np.ndarray,
    to_idx: np.ndarray,
    *,
    max_snap_m: float = 500.0,
    progress: ProgressCallback = None,
) -> list:
    """The fastest route of each (from, to) pair of points as a polyline ((k, 2) array), or None.

    Pairs whose points did not snap, or whose destination cannot be reached, give None.
    """
    from scipy.sparse.csgraph import dijkstra

    points_xy = np.asarray(points_xy, dtype=np.float64).reshape(-1, 2)
    from_idx = np.asarray(from_idx, dtype=np.int64)
    to_idx = np.asarray(to_idx, dtype=np.int64)
    plan = plan_matrix(mg, points_xy, max_snap_m=max_snap_m, contract=False)
    g = plan.graph
    arcs = _Arcs(mg.network, g, _node_coordinates(mg.network, g))
    node = plan.origin_node
    out: list = [None] * len(from_idx)
    valid = np.flatnonzero((node[from_idx] >= 0) & (node[to_idx] >= 0))
    sources = np.unique(node[from_idx[valid]])
    for block_start in range(0, len(sources), 64):
        block = sources[block_start : block_start + 64]
        _, predecessors = dijkstra(g.csr, directed=True, indices=block, return_predecessors=True)
        row_of = {int(s): r for r, s in enumerate(block)}
        for k in valid[np.isin(node[from_idx[valid]], block)]:
            source, target = int(node[from_idx[k]]), int(node[to_idx[k]])
            out[k] = _route(
                arcs,
                predecessors[row_of[source]],
                source,
                target,
                points_xy[from_idx[k]],
                points_xy[to_idx[k]],
            )
        report(progress, min(1.0, (block_start + len(block)) / max(len(sources), 1)))
    return out
