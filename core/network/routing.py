"""Travel-time matrices on a street network: snapped points inserted as nodes, the graph contracted, then
origins routed block by block (Dijkstra, or a contraction hierarchy when it pays) and the pairs within the
time limit streamed out.

Pure numpy/scipy. :func:`plan_matrix` snaps and builds the graph, :func:`iter_matrix_chunks` streams the
long-format pairs (``from_idx, to_idx, minutes``) in chunks of bounded memory, :func:`street_travel_times`
does both and gathers the result. Conventions:

- A pair is kept when its travel time is at most the limit (``<=``, as r5r's ``max_trip_duration``).
- Points that share exact coordinates have travel time 0 between them; other points that snap to the same
  place get access + egress time.
- Dead ends and degree-2 chains are contracted away (exact); origins are routed in blocks sized by a memory
  budget and by :data:`BLOCK_WORK`, so a cancel is seen within about a second; when many origins each reach
  most of the network a contraction hierarchy is built and swept instead (:mod:`.hierarchy`, same times,
  :func:`choose_routing_method`). Disconnected parts are reported as points outside the largest strongly
  connected component.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

import numpy as np
import pandas as pd

from ..progress import ProgressCallback, report, scaled
from .graph import ModeGraph
from .hierarchy import build_hierarchy, dedupe_arcs, many_to_many
from .snap import Snapped, snap_linked

# ----------------------------------------------------------------------------------------------
# Routing graph with snapped points as virtual nodes
# ----------------------------------------------------------------------------------------------


@dataclass
class RoutingGraph:
    """Directed CSR graph (seconds) of a mode with snapped points inserted as nodes splitting edges."""

    csr: object
    n_nodes: int
    point_node: np.ndarray
    sub_edge: np.ndarray
    sub_off0: np.ndarray
    sub_off1: np.ndarray
    sub_node0: np.ndarray
    sub_node1: np.ndarray
    sub_seconds: np.ndarray
    sub_forward: np.ndarray
    sub_backward: np.ndarray
    sub_seconds_backward: Optional[np.ndarray] = None
    """Seconds of each piece from ``sub_node1`` to ``sub_node0`` (None: ``sub_seconds``)."""

    @property
    def backward_seconds(self) -> np.ndarray:
        """Seconds of each piece travelled from ``sub_node1`` to ``sub_node0``."""
        return self.sub_seconds if self.sub_seconds_backward is None else self.sub_seconds_backward


def _point_nodes(mg: ModeGraph, snapped: Snapped) -> tuple:
    """Node of every snapped point (a street end, or a new node inside its edge) and the new nodes'
    (edge, offset)."""
    net = mg.network
    point_node = np.full(len(snapped.edge), -1, dtype=np.int64)
    ok = np.flatnonzero(snapped.edge >= 0)
    e, off = snapped.edge[ok], snapped.offset_m[ok]
    at_u = off <= 0.0
    at_v = off >= net.edge_length[e]
    point_node[ok[at_u]] = net.edge_u[e[at_u]]
    point_node[ok[at_v & ~at_u]] = net.edge_v[e[at_v & ~at_u]]
    inner = ~(at_u | at_v)
    keys = np.c_[e[inner].astype(np.float64), off[inner]]
    if len(keys):
        uniq, inv = np.unique(keys, axis=0, return_inverse=True)
        inv = inv.reshape(-1)
    else:
        uniq, inv = np.empty((0, 2)), np.empty(0, dtype=np.int64)
    point_node[ok[inner]] = net.n_nodes + inv
    return point_node, uniq[:, 0].astype(np.int64), uniq[:, 1]


def routing_graph(mg: ModeGraph, snapped: Snapped) -> RoutingGraph:
    """Insert every snapped point as a node on its edge (points at the same place share a node)."""
    from scipy.sparse import csr_matrix

    net = mg.network
    n_base = net.n_nodes
    edges = np.flatnonzero(mg.usable)
    point_node, v_edge, v_off = _point_nodes(mg, snapped)
    n_nodes = n_base + len(v_edge)

    # rows: edge start (kind 0), virtual nodes (kind 1), edge end (kind 2); sorted along each edge
    r_edge = np.r_[edges, v_edge, edges]
    r_off = np.r_[np.zeros(len(edges)), v_off, net.edge_length[edges]]
    r_node = np.r_[net.edge_u[edges], n_base + np.arange(len(v_edge)), net.edge_v[edges]]
    r_kind = np.r_[np.zeros(len(edges)), np.ones(len(v_edge)), np.full(len(edges), 2.0)]
    order = np.lexsort((r_kind, r_off, r_edge))
    r_edge, r_off, r_node = r_edge[order], r_off[order], r_node[order]
    pair = np.flatnonzero(r_edge[1:] == r_edge[:-1])
    s_edge = r_edge[pair]
    s_off0, s_off1 = r_off[pair], r_off[pair + 1]
    s_n0, s_n1 = r_node[pair], r_node[pair + 1]
    share = (s_off1 - s_off0) / net.edge_length[s_edge]
    s_sec = mg.edge_seconds[s_edge] * share
    s_back = None if mg.edge_seconds_backward is None else mg.edge_seconds_backward[s_edge] * share
    s_fwd, s_bwd = mg.forward_ok[s_edge], mg.backward_ok[s_edge]

    tail = np.r_[s_n0[s_fwd], s_n1[s_bwd]]
    head = np.r_[s_n1[s_fwd], s_n0[s_bwd]]
    cost = np.r_[s_sec[s_fwd], (s_sec if s_back is None else s_back)[s_bwd]]
    keep = cost > 0
    tail, head, cost = dedupe_arcs(tail[keep], head[keep], cost[keep])
    csr = csr_matrix((cost, (tail, head)), shape=(n_nodes, n_nodes))
    csr.sort_indices()
    return RoutingGraph(
        csr=csr,
        n_nodes=n_nodes,
        point_node=point_node,
        sub_edge=s_edge,
        sub_off0=s_off0,
        sub_off1=s_off1,
        sub_node0=s_n0,
        sub_node1=s_n1,
        sub_seconds=s_sec,
        sub_forward=s_fwd,
        sub_backward=s_bwd,
        sub_seconds_backward=s_back,
    )


def _independent_removable(tail, head, n: int, alive, keep, priority) -> np.ndarray:
    """Nodes of at most two neighbours, not kept, no two of them neighbours (an independent set)."""
    pair_key = np.unique(np.minimum(tail, head) * n + np.maximum(tail, head))
    pairs = np.c_[pair_key // n, pair_key % n]
    n_neighbours = np.bincount(pairs.ravel(), minlength=n)
    candidate = alive & ~keep & (n_neighbours <= 2)
    both = candidate[pairs[:, 0]] & candidate[pairs[:, 1]]
    a, b = pairs[both, 0], pairs[both, 1]
    selected = candidate.copy()
    selected[np.where(priority[a] > priority[b], a, b)] = False
    return selected


def _bypass(tail, head, cost, selected) -> tuple:
    """Arcs with the ``selected`` nodes removed and a shortcut for every path through one of them."""
    into = selected[head] & ~selected[tail]
    out = selected[tail] & ~selected[head]
    ins = pd.DataFrame({"x": head[into], "p": tail[into], "c1": cost[into]})
    outs = pd.DataFrame({"x": tail[out], "q": head[out], "c2": cost[out]})
    joined = ins.merge(outs, on="x")
    joined = joined[joined["p"].to_numpy() != joined["q"].to_numpy()]
    rest = ~(selected[tail] | selected[head])
    tail = np.r_[tail[rest], joined["p"].to_numpy(np.int64)]
    head = np.r_[head[rest], joined["q"].to_numpy(np.int64)]
    cost = np.r_[cost[rest], joined["c1"].to_numpy(float) + joined["c2"].to_numpy(float)]
    return dedupe_arcs(tail, head, cost)


def contract_graph(csr, keep: np.ndarray, seed: int = 0, progress: ProgressCallback = None) -> tuple:
    """Remove non-``keep`` nodes with at most two neighbours, adding shortcut arcs (exact distances).

    Dead ends are pruned and degree-2 chains collapsed, so shortest-path times between kept
    nodes (and every remaining node) are unchanged. Returns ``(smaller_csr, new_index)`` where
    ``new_index[old]`` is -1 for removed nodes. Remaining nodes are renumbered in a
    reverse Cuthill-McKee order for memory locality. Each round reports to ``progress``.
    """
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import reverse_cuthill_mckee

    n = csr.shape[0]
    coo = csr.tocoo()
    tail, head, cost = dedupe_arcs(coo.row.astype(np.int64), coo.col.astype(np.int64), coo.data.astype(float))
    keep = np.asarray(keep, dtype=bool)
    priority = np.random.default_rng(seed).permutation(n)
    alive = np.ones(n, dtype=bool)
    removable = max(int((~keep).sum()), 1)
    report(progress, 0.0)
    while True:
        selected = _independent_removable(tail, head, n, alive, keep, priority)
        if not selected.any():
            break
        tail, head, cost = _bypass(tail, head, cost, selected)
        alive[selected] = False
        report(progress, 0.9 * (n - int(alive.sum())) / removable)
    used = keep.copy()
    used[tail] = True
    used[head] = True
    old = np.flatnonzero(used)
    compact = np.full(n, -1, dtype=np.int64)
    compact[old] = np.arange(len(old))
    small = csr_matrix((cost, (compact[tail], compact[head])), shape=(len(old), len(old)))
    perm = reverse_cuthill_mckee(small, symmetric_mode=False) if small.nnz else np.arange(len(old))
    rank = np.empty(len(old), dtype=np.int64)
    rank[perm] = np.arange(len(old))
    small = small[perm][:, perm].tocsr()
    small.sort_indices()
    new_index = np.full(n, -1, dtype=np.int64)
    new_index[old] = rank
    report(progress, 1.0)
    return small, new_index


# ----------------------------------------------------------------------------------------------
# Travel-time matrices
# ----------------------------------------------------------------------------------------------


@dataclass
class MatrixDiagnostics:
    """Facts about a matrix run, for the Processing log (indices refer to the input order)."""

    n_origins: int
    n_destinations: int
    unsnapped_origins: np.ndarray
    unsnapped_destinations: np.ndarray
    origins_outside_main_component: np.ndarray
    destinations_outside_main_component: np.ndarray
    main_component_node_share: float
    n_pairs: int = 0
    relinked_origins: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    relinked_destinations: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    routing_method: str = ""
    reached_share: float = float("nan")
    n_shortcuts: int = 0


@dataclass
class MatrixPlan:
    """Everything needed to route: the graph with points inserted and their access/egress times.

    ``route_csr`` is the (contracted) graph routed on; ``route_origin_node`` and
    ``route_destination_node`` index it (-1 for points that did not snap).
    """

    graph: RoutingGraph
    route_csr: object
    route_origin_node: np.ndarray
    route_destination_node: np.ndarray
    origin_node: np.ndarray
    origin_access_s: np.ndarray
    origin_group: np.ndarray
    destination_node: np.ndarray
    destination_egress_s: np.ndarray
    destination_group: np.ndarray
    diagnostics: MatrixDiagnostics
    route_index: Optional[np.ndarray] = None
    """Node of ``route_csr`` of every node of ``graph`` (-1 where contracted away); None: the same nodes."""


@dataclass
class MatrixChunk:
    """Pairs reached for a block of origins: indices into the inputs (int32), minutes (float64)."""

    from_idx: np.ndarray
    to_idx: np.ndarray
    minutes: np.ndarray


@dataclass
class MatrixResult:
    """A long-format travel-time table (only pairs within the limit) and its diagnostics."""

    from_idx: np.ndarray
    to_idx: np.ndarray
    minutes: np.ndarray
    diagnostics: MatrixDiagnostics


def _diagnostics(
    graph: RoutingGraph, n_o: int, n_d: int, same: bool, relinked: np.ndarray
) -> MatrixDiagnostics:
    """Unsnapped, relinked and off-main points of a routing graph (origins first, then destinations)."""
    from scipy.sparse.csgraph import connected_components

    o_sl = slice(0, n_o)
    d_sl = slice(0, n_o) if same else slice(n_o, n_o + n_d)
    _, labels = connected_components(graph.csr, directed=True, connection="strong")
    sizes = np.bincount(labels)
    main = int(np.argmax(sizes)) if len(sizes) else -1
    node = graph.point_node
    outside = node >= 0
    outside[outside] = labels[node[outside]] != main
    return MatrixDiagnostics(
        n_origins=n_o,
        n_destinations=n_d,
        unsnapped_origins=np.flatnonzero(node[o_sl] < 0),
        unsnapped_destinations=np.flatnonzero(node[d_sl] < 0),
        origins_outside_main_component=np.flatnonzero(outside[o_sl]),
        destinations_outside_main_component=np.flatnonzero(outside[d_sl]),
        main_component_node_share=float(sizes[main] / graph.n_nodes) if len(sizes) else 0.0,
        relinked_origins=np.flatnonzero(relinked[o_sl]),
        relinked_destinations=np.flatnonzero(relinked[d_sl]),
    )


def plan_matrix(
    mg: ModeGraph,
    origins_xy: np.ndarray,
    destinations_xy: Optional[np.ndarray] = None,
    *,
    max_snap_m: float = 500.0,
    contract: bool = True,
    main_component_only: bool = True,
    progress: ProgressCallback = None,
) -> MatrixPlan:
    """Snap origins and destinations (default: the origins) and build the routing graph.

    With ``contract`` dead ends and degree-2 chains are contracted away (exact, faster routing).
    With ``main_component_only`` points are linked as :func:`.snap.snap_linked` says (as r5r):
    relinked points are listed in ``diagnostics.relinked_*``, points left on an island in
    ``diagnostics.*_outside_main_component``.
    """
    origins_xy = np.asarray(origins_xy, dtype=np.float64).reshape(-1, 2)
    same = destinations_xy is None
    dest_xy = origins_xy if same else np.asarray(destinations_xy, dtype=np.float64).reshape(-1, 2)
    all_xy = origins_xy if same else np.r_[origins_xy, dest_xy]
    report(progress, 0.0)
    snapped, relinked = snap_linked(mg, all_xy, max_snap_m, main_component_only)
    report(progress, 0.3)
    graph = routing_graph(mg, snapped)
    report(progress, 0.4)
    access = snapped.distance_m / (mg.walk_speed_kmh / 3.6)
    n_o = len(origins_xy)
    o_sl = slice(0, n_o)
    d_sl = slice(0, n_o) if same else slice(n_o, n_o + len(dest_xy))
    if len(all_xy):
        _, group = np.unique(all_xy, axis=0, return_inverse=True)
        group = group.reshape(-1)
    else:
        group = np.empty(0, dtype=np.int64)
    diag = _diagnostics(graph, n_o, len(dest_xy), same, relinked)
    node = graph.point_node
    report(progress, 0.5)
    if contract:
        terminal = np.zeros(graph.n_nodes, dtype=bool)
        terminal[node[node >= 0]] = True
        route_csr, new_index = contract_graph(graph.csr, terminal, progress=scaled(progress, 0.5, 1.0))
        route_node = np.full(len(node), -1, dtype=np.int64)
        route_node[node >= 0] = new_index[node[node >= 0]]
    else:
        route_csr, route_node, new_index = graph.csr, node, None
    report(progress, 1.0)
    return MatrixPlan(
        graph=graph,
        route_csr=route_csr,
        route_origin_node=route_node[o_sl],
        route_destination_node=route_node[d_sl],
        origin_node=node[o_sl],
        origin_access_s=access[o_sl],
        origin_group=group[o_sl],
        destination_node=node[d_sl],
        destination_egress_s=access[d_sl],
        destination_group=group[d_sl],
        diagnostics=diag,
        route_index=new_index,
    )


ROUTING_METHODS = ("auto", "dijkstra", "hierarchy")
HIERARCHY_BUILD_SEARCHES = 400.0
HIERARCHY_SWEEP_SHARE = 0.2
BLOCK_WORK = 4_000_000
"""Nodes a block of one-Dijkstra-per-origin searches may settle (origins × nodes reached): about a second,
so a cancel is seen within that whatever the memory budget allows."""


def _sample_origins(plan: MatrixPlan, sample: int, seed: int) -> np.ndarray:
    """Up to ``sample`` origin points that snapped, picked at random (reproducibly)."""
    points = np.flatnonzero(plan.route_origin_node >= 0)
    if len(points) <= sample:
        return points
    return np.sort(np.random.default_rng(seed).choice(points, size=sample, replace=False))


def choose_routing_method(plan: MatrixPlan, max_minutes: float, sample: int = 8, seed: int = 0) -> tuple:
    """``("hierarchy" | "dijkstra", share)``: route with a contraction hierarchy when it pays.

    A few origins are routed with the time limit to measure the share of the network they reach:
    a search per origin costs about that share of a search over the whole network. Building a
    contraction hierarchy costs about :data:`HIERARCHY_BUILD_SEARCHES` whole-network searches and
    then each origin about :data:`HIERARCHY_SWEEP_SHARE` of one (measured on Porto Alegre's OSM
    network and on a uniform grid, the hardest case for a hierarchy). The hierarchy is chosen when
    ``origins × (share − sweep share) ≥ build searches``: car matrices over a city or a
    metropolitan area; walking and short limits keep one Dijkstra per origin.
    """
    from scipy.sparse.csgraph import dijkstra

    nodes = np.unique(plan.route_origin_node[plan.route_origin_node >= 0])
    n_nodes = plan.route_csr.shape[0]
    if len(nodes) == 0 or n_nodes == 0:
        return "dijkstra", 0.0
    if len(nodes) * (1.0 - HIERARCHY_SWEEP_SHARE) < HIERARCHY_BUILD_SEARCHES:
        return "dijkstra", float("nan")  # too few origins for a hierarchy to pay, whatever they reach
    picked = np.random.default_rng(seed).choice(nodes, size=min(sample, len(nodes)), replace=False)
    limit = float(max_minutes) * 60.0
    reached = np.isfinite(dijkstra(plan.route_csr, directed=True, indices=picked, limit=limit))
    share = float(reached.sum() / reached.size)
    gain = len(nodes) * (share - HIERARCHY_SWEEP_SHARE)
    return ("hierarchy" if gain >= HIERARCHY_BUILD_SEARCHES else "dijkstra"), share


class _Router:
    """The destinations' side of a matrix plan, and the pairs within the limit for blocks of origins."""

    def __init__(self, plan: MatrixPlan, max_minutes: float) -> None:
        self.plan = plan
        self.max_s = float(max_minutes) * 60.0
        self.o_points = np.flatnonzero(plan.route_origin_node >= 0)
        self.d_points = np.flatnonzero(plan.route_destination_node >= 0)
        d_nodes, d_col = np.unique(plan.route_destination_node[self.d_points], return_inverse=True)
        self.d_nodes, self.d_col = d_nodes, d_col.reshape(-1)
        self.egress = plan.destination_egress_s[self.d_points]
        self.d_group = plan.destination_group[self.d_points]
        self.min_egress = float(self.egress.min()) if len(self.egress) else 0.0

    def pairs(self, pts: np.ndarray, node_times: np.ndarray, row: np.ndarray) -> MatrixChunk:
        """Pairs within the limit (``<=``) for origin points ``pts`` whose rows of ``node_times`` are ``row``."""
        plan = self.plan
        times = node_times[row][:, self.d_col] + plan.origin_access_s[pts][:, None] + self.egress[None, :]
        times[plan.origin_group[pts][:, None] == self.d_group[None, :]] = 0.0
        r, c = np.nonzero(times <= self.max_s)
        return MatrixChunk(
            from_idx=pts[r].astype(np.int32),
            to_idx=self.d_points[c].astype(np.int32),
            minutes=times[r, c] / 60.0,
        )

    def dijkstra_block(self, pts: np.ndarray) -> MatrixChunk:
        """The pairs of origin points ``pts``, one search per distinct origin node, limited by the time."""
        from scipy.sparse.csgraph import dijkstra

        nodes, row = np.unique(self.plan.route_origin_node[pts], return_inverse=True)
        access = self.plan.origin_access_s[pts]
        limit = max(self.max_s - float(access.min()) - self.min_egress, 0.0) * (1 + 1e-12) + 1e-9
        dist = dijkstra(self.plan.route_csr, directed=True, indices=nodes, limit=limit)
        sub = dist[:, self.d_nodes]
        del dist
        return self.pairs(pts, sub, row.reshape(-1))

    def block_size(self, memory_budget_mb: float, share: float) -> int:
        """Origins per Dijkstra block: within the memory budget and :data:`BLOCK_WORK`."""
        n_nodes = self.plan.route_csr.shape[0]
        bytes_per_row = 8.0 * (n_nodes + len(self.d_nodes) + 3 * len(self.d_points)) + 64
        by_memory = memory_budget_mb * 1e6 // bytes_per_row
        reached = max(n_nodes * (share if np.isfinite(share) else 1.0), 1.0)
        return int(max(1, min(len(self.o_points), by_memory, BLOCK_WORK // reached)))


def estimate_pairs(plan: MatrixPlan, max_minutes: float, sample: int = 8, seed: int = 0) -> float:
    """Expected number of pairs within ``max_minutes``: the pairs of a few origins routed, scaled to every
    origin that snapped (exact when there are at most ``sample`` origins)."""
    router = _Router(plan, max_minutes)
    if len(router.o_points) == 0 or len(router.d_points) == 0:
        return 0.0
    picked = _sample_origins(plan, sample, seed)
    found = len(router.dijkstra_block(picked).minutes)
    return found * len(router.o_points) / len(picked)


def _hierarchy_chunks(router: _Router, memory_budget_mb: float, progress) -> Iterator[MatrixChunk]:
    """Pairs by blocks of origins swept on a contraction hierarchy."""
    plan, o_points = router.plan, router.o_points
    o_nodes, o_row = np.unique(plan.route_origin_node[o_points], return_inverse=True)
    o_row = o_row.reshape(-1)
    by_row = np.argsort(o_row, kind="stable")
    row_start = np.searchsorted(o_row[by_row], np.arange(len(o_nodes) + 1))
    hierarchy = build_hierarchy(plan.route_csr, progress=scaled(progress, 0.0, 0.25))
    plan.diagnostics.n_shortcuts = hierarchy.n_shortcuts
    blocks = many_to_many(
        hierarchy,
        o_nodes,
        router.d_nodes,
        memory_budget_mb=memory_budget_mb,
        progress=scaled(progress, 0.25, 1.0),
    )
    for start, block in blocks:
        sel = by_row[row_start[start] : row_start[start + len(block)]]
        yield router.pairs(o_points[sel], block, o_row[sel] - start)


def _dijkstra_chunks(router: _Router, memory_budget_mb: float, progress) -> Iterator[MatrixChunk]:
    """Pairs by blocks of origins, one limited Dijkstra search per origin."""
    o_points = router.o_points
    chunk = router.block_size(memory_budget_mb, router.plan.diagnostics.reached_share)
    for start in range(0, len(o_points), chunk):
        pts = o_points[start : start + chunk]
        yield router.dijkstra_block(pts)
        report(progress, (start + len(pts)) / len(o_points))


def iter_matrix_chunks(
    plan: MatrixPlan,
    max_minutes: float = 60.0,
    *,
    memory_budget_mb: float = 256.0,
    method: str = "auto",
    progress: ProgressCallback = None,
) -> Iterator[MatrixChunk]:
    """Route origins block by block (memory bounded) and yield the pairs within ``max_minutes``.

    ``method``: ``"dijkstra"`` (one search per origin with the time limit), ``"hierarchy"`` (a
    contraction hierarchy swept for blocks of origins, for many origins that reach most of the
    network) or ``"auto"`` (:func:`choose_routing_method`). Both give the same times; the one used
    is recorded in ``plan.diagnostics.routing_method``. Progress is reported after every block (a
    cancel raises :class:`~conecta.core.progress.Cancelled` there).
    """
    if method not in ROUTING_METHODS:
        raise ValueError(f"unknown routing method {method!r}")
    router = _Router(plan, max_minutes)
    report(progress, 0.0)
    if len(router.d_points) == 0 or len(router.o_points) == 0:
        report(progress, 1.0)
        return
    if method == "auto":
        method, share = choose_routing_method(plan, max_minutes)
        plan.diagnostics.reached_share = share
    plan.diagnostics.routing_method = method
    if method == "hierarchy":
        yield from _hierarchy_chunks(router, memory_budget_mb, progress)
    else:
        yield from _dijkstra_chunks(router, memory_budget_mb, progress)


def street_travel_times(
    mg: ModeGraph,
    origins_xy: np.ndarray,
    destinations_xy: Optional[np.ndarray] = None,
    *,
    max_minutes: float = 60.0,
    max_snap_m: float = 500.0,
    memory_budget_mb: float = 256.0,
    contract: bool = True,
    main_component_only: bool = True,
    method: str = "auto",
    progress: ProgressCallback = None,
) -> MatrixResult:
    """Long-format street travel times (minutes) from every origin to every destination within the limit
    (called ``travel_time_matrix`` before; :func:`conecta.core.transit.travel_time_matrix` is transit's)."""
    plan = plan_matrix(
        mg,
        origins_xy,
        destinations_xy,
        max_snap_m=max_snap_m,
        contract=contract,
        main_component_only=main_component_only,
        progress=scaled(progress, 0, 0.1),
    )
    chunks = list(
        iter_matrix_chunks(
            plan,
            max_minutes,
            memory_budget_mb=memory_budget_mb,
            method=method,
            progress=scaled(progress, 0.1, 1),
        )
    )
    if chunks:
        from_idx = np.concatenate([c.from_idx for c in chunks])
        to_idx = np.concatenate([c.to_idx for c in chunks])
        minutes = np.concatenate([c.minutes for c in chunks])
    else:
        from_idx, to_idx, minutes = np.empty(0, np.int32), np.empty(0, np.int32), np.empty(0)
    plan.diagnostics.n_pairs = len(minutes)
    return MatrixResult(from_idx=from_idx, to_idx=to_idx, minutes=minutes, diagnostics=plan.diagnostics)
