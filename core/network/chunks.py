"""Street travel times for any chunk of origins, from one picklable router that a worker process or a Dask
worker receives once: the routing of :mod:`.routing` (the same times, pair for pair) cut into independent
chunks, so that streamed accessibility and the batch runner can route chunks in any order, anywhere.

- :func:`street_router` turns a :class:`~.routing.MatrixPlan` into a :class:`StreetRouter`: the routed graph,
  the origins' and destinations' nodes with their access and egress times, the routing method (one limited
  Dijkstra search per origin, or a contraction hierarchy swept for blocks of origins, chosen as
  :func:`~.routing.choose_routing_method` does) and the hierarchy itself when it is used (built once).
- Origins are ordered along a Hilbert curve, so that a chunk covers a compact area.
- Spatial pruning (exact): no path of ``t`` seconds ends farther than ``t × v_max`` metres (straight line)
  from where it starts, ``v_max`` being the fastest speed of the mode's streets or of the walked access legs.
  A chunk's searches therefore run on the part of the graph within that radius of its origins, and only the
  destinations there are looked at; pairs within the limit are exactly those of the whole graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Optional

import numpy as np

from ..progress import ProgressCallback, report
from .graph import ModeGraph, point_along
from .hierarchy import Hierarchy, TargetSweep, build_hierarchy, prepare_targets, sweep_sources
from .routing import ROUTING_METHODS, MatrixChunk, MatrixPlan, choose_routing_method

SWEEP_BLOCK = 128
"""Origins swept together on a contraction hierarchy: the sweep's rows stay close in memory (measured on a
1.5 M-edge network: 64 to 128 origins cost about 10 ms each, 16 about twice as much)."""
MIN_SEARCH_CHUNK = 16
"""Origins per chunk at least, however short the searches (a chunk costs a few milliseconds to set up)."""
LOCAL_GRAPH_SHARE = 0.5
"""A chunk searches the part of the graph within reach of its origins when that part holds less than this
share of the nodes; else the whole graph."""


def hilbert_order(xy: np.ndarray, bits: int = 16) -> np.ndarray:
    """Positions of the points ``xy`` sorted along a Hilbert curve over their bounding box."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if len(xy) == 0:
        return np.zeros(0, dtype=np.int64)
    low = xy.min(axis=0)
    span = np.maximum(xy.max(axis=0) - low, 1e-9)
    side = (1 << bits) - 1
    x = np.round((xy[:, 0] - low[0]) / span[0] * side).astype(np.int64)
    y = np.round((xy[:, 1] - low[1]) / span[1] * side).astype(np.int64)
    key = np.zeros(len(xy), dtype=np.int64)
    s = 1 << (bits - 1)
    while s > 0:
        rx = (x & s) > 0
        ry = (y & s) > 0
        key += s * s * ((3 * rx) ^ ry)
        flip = ~ry & rx
        x = np.where(flip, side - x, x)
        y = np.where(flip, side - y, y)
        swap = ~ry
        x, y = np.where(swap, y, x), np.where(swap, x, y)
        s >>= 1
    return np.argsort(key, kind="stable")


def route_node_xy(plan: MatrixPlan, mg: ModeGraph) -> np.ndarray:
    """Coordinates of every node of ``plan.route_csr`` (street junctions and points inserted on streets)."""
    graph, net = plan.graph, mg.network
    xy = np.zeros((graph.n_nodes, 2))
    xy[: net.n_nodes] = net.node_xy
    for nodes, offsets in ((graph.sub_node0, graph.sub_off0), (graph.sub_node1, graph.sub_off1)):
        inserted = nodes >= net.n_nodes
        xy[nodes[inserted]] = point_along(net, graph.sub_edge[inserted], offsets[inserted])
    if plan.route_index is None:
        return xy
    kept = plan.route_index >= 0
    out = np.zeros((plan.route_csr.shape[0], 2))
    out[plan.route_index[kept]] = xy[kept]
    return out


def top_speed(mg: ModeGraph) -> float:
    """The fastest speed (m/s) a path of the mode can have: its fastest street or the walked access legs."""
    usable = mg.usable & (mg.edge_seconds > 0)
    streets = mg.network.edge_length[usable] / mg.edge_seconds[usable]
    return float(max(streets.max() if len(streets) else 0.0, mg.walk_speed_kmh / 3.6))


@dataclass
class StreetRouter:
    """Everything a worker needs to route chunks of origins on a street network (see the module docstring).

    Point indices are those of the plan's origins and destinations; ``origins`` lists the origins that reached
    the network, in Hilbert order (chunks are slices of it).
    """

    csr: object
    node_xy: np.ndarray
    origin_node: np.ndarray
    origin_access_s: np.ndarray
    origin_group: np.ndarray
    origin_xy: np.ndarray
    d_points: np.ndarray
    d_nodes: np.ndarray
    d_col: np.ndarray
    egress: np.ndarray
    d_group: np.ndarray
    max_s: float
    radius_m: float
    method: str
    reached_share: float
    origins: np.ndarray
    hierarchy: Optional[Hierarchy] = None
    targets: Optional[TargetSweep] = None

    @property
    def n_nodes(self) -> int:
        """Nodes of the routed graph."""
        return int(self.csr.shape[0])

    @property
    def min_egress(self) -> float:
        """The shortest egress leg (s)."""
        return float(self.egress.min()) if len(self.egress) else 0.0

    def chunks(self, chunk_size: int) -> List[np.ndarray]:
        """The routable origins cut into chunks of ``chunk_size`` along the Hilbert curve (each sorted)."""
        size = max(int(chunk_size), 1)
        return [np.sort(self.origins[i : i + size]) for i in range(0, len(self.origins), size)]

    def bytes_per_origin(self, chunk_size: int) -> float:
        """Working memory per origin of a chunk of ``chunk_size`` origins (an upper estimate)."""
        if self.method == "hierarchy":
            nodes = self.targets.bytes_per_source / 8.0 + 0.05 * self.n_nodes
            return 8.0 * (nodes + 4.0 * len(self.d_points)) + 256.0
        share = self._reached_share(chunk_size)
        return 8.0 * (self.n_nodes * share + 4.0 * len(self.d_points) * share) + 256.0

    def chunk_size_for(self, memory_bytes: float, most: int = 4096) -> int:
        """The largest chunk (at most ``most`` origins, and at most :meth:`efficient_chunk`) whose working memory
        fits in ``memory_bytes``."""
        low, high = 1, max(1, min(most, len(self.origins), self.efficient_chunk()))
        while low < high:
            mid = (low + high + 1) // 2
            if mid * self.bytes_per_origin(mid) <= memory_bytes:
                low = mid
            else:
                high = mid - 1
        return low

    def efficient_chunk(self) -> int:
        """Origins per chunk that search least: a chunk of limited searches spreads over about √3 × the reach
        radius (measured on the 1.5 M-edge synthetic network, walking 60 min, 100,000 zones: 0.85 ms of CPU per
        origin in chunks of 40, 0.60 in chunks of 130, 0.52 in chunks of 400, 0.60 in chunks of 1,200). A
        contraction hierarchy sweeps every node whatever the chunk: no limit."""
        if self.method == "hierarchy" or len(self.origins) < 2:
            return max(len(self.origins), 1)
        xy = self.origin_xy[self.origins]
        per_origin = max(float(np.prod(np.maximum(xy.max(axis=0) - xy.min(axis=0), 1.0))) / len(xy), 1.0)
        return int(max(MIN_SEARCH_CHUNK, 3.0 * self.radius_m**2 / per_origin))

    def _reached_share(self, chunk_size: int) -> float:
        """Share of the graph within reach of a compact chunk of ``chunk_size`` origins (densest area)."""
        if not len(self.origins) or self.radius_m <= 0:
            return 1.0
        low, high = self.node_xy.min(axis=0), self.node_xy.max(axis=0)
        area = max(float(np.prod(np.maximum(high - low, 1.0))), 1.0)
        tile = max(self.radius_m, 1.0)
        bins = np.maximum(np.ceil((high - low) / tile).astype(int), 1)
        counts, _, _ = np.histogram2d(self.node_xy[:, 0], self.node_xy[:, 1], bins=bins)
        densest = counts.max() / (tile * tile) if counts.size else 0.0
        side = np.sqrt(chunk_size * area / len(self.origins)) + 2.0 * self.radius_m
        return float(min(1.0, max(densest * side * side, 1.0) / self.n_nodes))

    def route(self, points: np.ndarray, memory_bytes: Optional[float] = None) -> Iterator[MatrixChunk]:
        """The pairs within the limit of the origin ``points`` (sorted), in blocks within ``memory_bytes``."""
        points = np.sort(np.asarray(points, dtype=np.int64))
        block = len(points)
        if memory_bytes is not None and len(points):
            block = max(1, int(memory_bytes // self.bytes_per_origin(len(points))))
        if self.method == "hierarchy":
            block = min(block, SWEEP_BLOCK)
        for start in range(0, len(points), max(block, 1)):
            pts = points[start : start + block]
            if self.method == "hierarchy":
                yield self._swept(pts)
            else:
                yield self._searched(pts)

    # ------------------------------------------------------------------ internals

    def _box(self, pts: np.ndarray) -> tuple:
        """The nodes within reach of the origins ``pts`` (mask) and the destinations there (positions)."""
        xy = self.origin_xy[pts]
        low, high = xy.min(axis=0) - self.radius_m, xy.max(axis=0) + self.radius_m
        near = np.all((self.node_xy >= low) & (self.node_xy <= high), axis=1)
        together = np.isin(self.d_group, self.origin_group[pts])
        candidates = np.flatnonzero(near[self.d_nodes[self.d_col]] | together)
        return near, candidates

    def _pairs(self, pts, node_times, row, candidates) -> MatrixChunk:
        """Pairs within the limit (``<=``) for origin points ``pts`` whose rows of ``node_times`` (columns: the
        candidates' nodes) are ``row``; as :meth:`routing._Router.pairs`."""
        times = node_times[row] + self.origin_access_s[pts][:, None] + self.egress[candidates][None, :]
        times[self.origin_group[pts][:, None] == self.d_group[candidates][None, :]] = 0.0
        r, c = np.nonzero(times <= self.max_s)
        return MatrixChunk(
            from_idx=pts[r].astype(np.int32),
            to_idx=self.d_points[candidates[c]].astype(np.int32),
            minutes=times[r, c] / 60.0,
        )

    def _searched(self, pts: np.ndarray) -> MatrixChunk:
        """One limited Dijkstra search per distinct origin node, on the part of the graph within reach."""
        from scipy.sparse.csgraph import dijkstra

        nodes, row = np.unique(self.origin_node[pts], return_inverse=True)
        access = self.origin_access_s[pts]
        limit = max(self.max_s - float(access.min()) - self.min_egress, 0.0) * (1 + 1e-12) + 1e-9
        near, candidates = self._box(pts)
        graph, local = self.csr, None
        if near.mean() < LOCAL_GRAPH_SHARE:
            near[nodes] = True
            kept = np.flatnonzero(near)
            local = np.full(self.n_nodes, -1, dtype=np.int64)
            local[kept] = np.arange(len(kept))
            graph = self.csr[kept][:, kept]
            candidates = candidates[local[self.d_nodes[self.d_col[candidates]]] >= 0]
        columns = self.d_nodes[self.d_col[candidates]]
        if local is not None:
            nodes, columns = local[nodes], local[columns]
        dist = dijkstra(graph, directed=True, indices=nodes, limit=limit)
        sub = dist[:, columns]
        del dist
        return self._pairs(pts, sub, row.reshape(-1), candidates)

    def _swept(self, pts: np.ndarray) -> MatrixChunk:
        """The origins' distinct nodes swept together on the contraction hierarchy."""
        nodes, row = np.unique(self.origin_node[pts], return_inverse=True)
        _, candidates = self._box(pts)
        block = sweep_sources(self.hierarchy, self.targets, nodes)
        return self._pairs(pts, block[:, self.d_col[candidates]], row.reshape(-1), candidates)


def street_router(
    plan: MatrixPlan,
    mg: ModeGraph,
    max_minutes: float,
    method: str = "auto",
    progress: ProgressCallback = None,
) -> StreetRouter:
    """The router of ``plan`` (built by :func:`~.routing.plan_matrix` on ``mg``) for trips of at most
    ``max_minutes``: the method chosen as :func:`~.routing.iter_matrix_chunks` chooses it, the hierarchy built
    when it is used (``progress`` follows its building). Records the method in ``plan.diagnostics`` as that
    function does."""
    if method not in ROUTING_METHODS:
        raise ValueError(f"unknown routing method {method!r}")
    o_points = np.flatnonzero(plan.route_origin_node >= 0)
    d_points = np.flatnonzero(plan.route_destination_node >= 0)
    d_nodes, d_col = np.unique(plan.route_destination_node[d_points], return_inverse=True)
    share = float("nan")
    if method == "auto" and len(o_points) and len(d_points):
        method, share = choose_routing_method(plan, max_minutes)
        plan.diagnostics.reached_share = share
    elif method == "auto":
        method = "dijkstra"
    plan.diagnostics.routing_method = method
    node_xy = route_node_xy(plan, mg)
    origin_xy = np.zeros((len(plan.route_origin_node), 2))
    origin_xy[o_points] = node_xy[plan.route_origin_node[o_points]]
    max_s = float(max_minutes) * 60.0
    router = StreetRouter(
        csr=plan.route_csr,
        node_xy=node_xy,
        origin_node=plan.route_origin_node,
        origin_access_s=plan.origin_access_s,
        origin_group=plan.origin_group,
        origin_xy=origin_xy,
        d_points=d_points,
        d_nodes=d_nodes,
        d_col=d_col.reshape(-1),
        egress=plan.destination_egress_s[d_points],
        d_group=plan.destination_group[d_points],
        max_s=max_s,
        radius_m=max_s * top_speed(mg) * (1 + 1e-9) + 1.0,
        method=method,
        reached_share=share,
        origins=o_points[hilbert_order(origin_xy[o_points])],
    )
    if method == "hierarchy" and len(d_points):
        router.hierarchy = build_hierarchy(plan.route_csr, progress=progress)
        router.targets = prepare_targets(router.hierarchy, d_nodes)
        plan.diagnostics.n_shortcuts = router.hierarchy.n_shortcuts
    report(progress, 1.0)
    return router
