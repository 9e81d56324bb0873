"""Contraction hierarchy and PHAST one-to-all sweeps, vectorised over many origins at once.

Pure numpy/scipy/pandas. Used by :mod:`.routing` when a matrix has many origins that each
reach most of the network (a car matrix over a whole metropolitan area): a Dijkstra per origin
then settles every node, while a contraction hierarchy turns one-to-all shortest paths into two
linear sweeps over the arcs (Geisberger et al. 2012, *Contraction hierarchies: faster and
simpler hierarchical routing in road networks*; Delling et al. 2013, *PHAST: hardware-accelerated
shortest path trees*) which numpy runs for a block of origins at a time.

Contraction (:func:`build_hierarchy`) works in rounds: each round removes an independent set of
nodes (no two are neighbours) whose priority — the edge difference (shortcuts the node would
need minus arcs it removes) plus the number of already contracted neighbours — is lowest in
their neighbourhood. For every path ``p → v → q`` through a removed node ``v`` a shortcut arc
``p → q`` is added unless a witness path of at most the same cost exists in the graph without the
round's nodes (a search of up to five arcs from every ``p`` at once). Extra shortcuts only cost speed, never
correctness: every distance the sweeps return is the exact shortest path.

The nodes removed in round r get level r. Arcs towards a higher level are *upward*, arcs towards
a lower level *downward*. The distance from s to every node is the minimum over upward-then-
downward paths, computed by sweeping the upward arcs in increasing level of their head and then
the downward arcs in decreasing level of their head (PHAST). Only the nodes that can reach the
requested targets by downward arcs are swept (RPHAST, Delling et al. 2011).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np
import pandas as pd

from ..progress import ProgressCallback, report


def dedupe_arcs(tail: np.ndarray, head: np.ndarray, cost: np.ndarray) -> tuple:
    """Keep the cheapest of parallel arcs and drop self-loops."""
    keep = tail != head
    tail, head, cost = tail[keep], head[keep], cost[keep]
    order = np.lexsort((cost, head, tail))
    tail, head, cost = tail[order], head[order], cost[order]
    first = np.r_[True, (tail[1:] != tail[:-1]) | (head[1:] != head[:-1])] if len(tail) else np.zeros(0, bool)
    return tail[first], head[first], cost[first]


@dataclass
class Hierarchy:
    """A contracted graph: node levels and the upward and downward arcs (original + shortcuts).

    Upward arcs are sorted by (level of head, head), downward arcs by (level of head descending, head).
    """

    n_nodes: int
    level: np.ndarray
    up_tail: np.ndarray
    up_head: np.ndarray
    up_cost: np.ndarray
    down_tail: np.ndarray
    down_head: np.ndarray
    down_cost: np.ndarray
    n_shortcuts: int
    n_rounds: int


def _witnessed(
    p: np.ndarray,
    q: np.ndarray,
    c: np.ndarray,
    tail: np.ndarray,
    head: np.ndarray,
    cost: np.ndarray,
    n: int,
    max_hops: int = 5,
    max_states: int = 4_000_000,
) -> np.ndarray:
    """For candidate shortcuts ``p → q`` of cost ``c``: is there a path of at most ``max_hops`` arcs, no dearer?

    A hop-limited search from every distinct ``p`` at once, bounded by the dearest candidate of
    that ``p``. ``tail/head/cost`` are the arcs of the graph without the round's nodes, sorted by
    tail. Sources are searched in blocks of bounded size.
    """
    found = np.zeros(len(p), dtype=bool)
    if len(p) == 0 or len(tail) == 0:
        return found
    first = np.searchsorted(tail, np.arange(n + 1))
    order = np.argsort(p, kind="stable")
    ps, qs, cs = p[order], q[order], c[order]
    src_start = np.r_[0, np.flatnonzero(ps[1:] != ps[:-1]) + 1]
    src = ps[src_start]
    limit = np.maximum.reduceat(cs, src_start)
    n_cand = np.diff(np.r_[src_start, len(ps)])
    deg = (first[src + 1] - first[src]).astype(np.int64)
    weight = np.cumsum(deg * deg + 1)
    block_start = 0
    while block_start < len(src):
        stop = int(np.searchsorted(weight, weight[block_start] + max_states // 16, side="right"))
        stop = min(max(stop, block_start + 1), len(src))
        b_src = src[block_start:stop]
        b_lim = limit[block_start:stop]
        # best known (source, node) -> cost, kept sorted by key
        best_key = np.arange(len(b_src), dtype=np.int64) * n + b_src
        best_d = np.zeros(len(b_src))
        fs, fn, fd = np.arange(len(b_src), dtype=np.int64), b_src, np.zeros(len(b_src))
        for _ in range(max_hops):
            d = (first[fn + 1] - first[fn]).astype(np.int64)
            if d.sum() == 0:
                break
            rep = np.repeat(np.arange(len(fn)), d)
            arc = np.repeat(first[fn], d) + (np.arange(int(d.sum())) - np.repeat(np.cumsum(d) - d, d))
            ns, nn, nd = fs[rep], head[arc], fd[rep] + cost[arc]
            ok = nd <= b_lim[ns]
            key, nd = ns[ok] * n + nn[ok], nd[ok]
            if len(key) == 0:
                break
            o = np.argsort(key)
            key, nd = key[o], nd[o]
            u = np.r_[0, np.flatnonzero(key[1:] != key[:-1]) + 1]
            key, nd = key[u], np.minimum.reduceat(nd, u)
            pos = np.searchsorted(best_key, key)
            pos_c = np.minimum(pos, len(best_key) - 1)
            known = best_key[pos_c] == key
            better = known & (nd < best_d[pos_c])
            best_d[pos_c[better]] = nd[better]
            new = ~known
            if new.any():
                best_key = np.r_[best_key, key[new]]
                best_d = np.r_[best_d, nd[new]]
                o = np.argsort(best_key, kind="stable")
                best_key, best_d = best_key[o], best_d[o]
            front = better | new
            if not front.any():
                break
            fs, fn, fd = key[front] // n, key[front] % n, nd[front]
        # candidates of this block
        lo, hi = src_start[block_start], (src_start[stop] if stop < len(src) else len(ps))
        local = np.repeat(np.arange(stop - block_start, dtype=np.int64), n_cand[block_start:stop])
        want = local * n + qs[lo:hi]
        pos = np.minimum(np.searchsorted(best_key, want), len(best_key) - 1)
        found[order[lo:hi]] = (best_key[pos] == want) & (best_d[pos] <= cs[lo:hi])
        block_start = stop
    return found


def build_hierarchy(csr, *, seed: int = 0, progress: ProgressCallback = None) -> Hierarchy:
    """Contract every node of the directed graph ``csr`` (costs > 0) into a hierarchy."""
    n = int(csr.shape[0])
    coo = csr.tocoo()
    tail, head, cost = dedupe_arcs(coo.row.astype(np.int64), coo.col.astype(np.int64), coo.data.astype(float))
    level = np.full(n, -1, dtype=np.int64)
    alive = np.ones(n, dtype=bool)
    tie = np.random.default_rng(seed).permutation(n).astype(np.float64) / n
    contracted_neighbours = np.zeros(n, dtype=np.float64)
    kept_t, kept_h, kept_c = [], [], []
    n_shortcuts = 0
    n_alive = n
    rnd = 0
    report(progress, 0.0)
    while n_alive:
        indeg = np.bincount(head, minlength=n).astype(np.float64)
        outdeg = np.bincount(tail, minlength=n).astype(np.float64)
        priority = indeg * outdeg - indeg - outdeg + contracted_neighbours + tie
        # local minima of the priority among neighbours form an independent set
        selected = alive.copy()
        t_wins = priority[tail] < priority[head]
        selected[head[t_wins]] = False
        selected[tail[~t_wins]] = False
        incident = selected[tail] | selected[head]
        kept_t.append(tail[incident])
        kept_h.append(head[incident])
        kept_c.append(cost[incident])
        into = selected[head]
        out = selected[tail]
        ins = pd.DataFrame({"x": head[into], "p": tail[into], "c1": cost[into]})
        outs = pd.DataFrame({"x": tail[out], "q": head[out], "c2": cost[out]})
        joined = ins.merge(outs, on="x", sort=False)
        p = joined["p"].to_numpy(np.int64)
        q = joined["q"].to_numpy(np.int64)
        c = joined["c1"].to_numpy(float) + joined["c2"].to_numpy(float)
        p, q, c = dedupe_arcs(p, q, c)
        rest = ~incident
        tail, head, cost = tail[rest], head[rest], cost[rest]  # still sorted by (tail, head)
        need = ~_witnessed(p, q, c, tail, head, cost, n)
        n_shortcuts += int(need.sum())
        if need.any():
            tail, head, cost = dedupe_arcs(np.r_[tail, p[need]], np.r_[head, q[need]], np.r_[cost, c[need]])
        neighbours = np.unique(np.r_[ins["p"].to_numpy(np.int64), outs["q"].to_numpy(np.int64)])
        contracted_neighbours[neighbours] += 1.0
        level[selected] = rnd
        alive[selected] = False
        n_alive -= int(selected.sum())
        rnd += 1
        report(progress, 1.0 - n_alive / max(n, 1))
    all_t = np.concatenate(kept_t) if kept_t else np.zeros(0, np.int64)
    all_h = np.concatenate(kept_h) if kept_h else np.zeros(0, np.int64)
    all_c = np.concatenate(kept_c) if kept_c else np.zeros(0)
    up = level[all_t] < level[all_h]
    order = np.lexsort((all_h[up], level[all_h[up]]))
    up_t, up_h, up_c = all_t[up][order], all_h[up][order], all_c[up][order]
    down = ~up
    order = np.lexsort((all_h[down], -level[all_h[down]]))
    dn_t, dn_h, dn_c = all_t[down][order], all_h[down][order], all_c[down][order]
    return Hierarchy(
        n_nodes=n,
        level=level,
        up_tail=up_t,
        up_head=up_h,
        up_cost=up_c,
        down_tail=dn_t,
        down_head=dn_h,
        down_cost=dn_c,
        n_shortcuts=n_shortcuts,
        n_rounds=rnd,
    )


def _reach(n: int, tail: np.ndarray, head: np.ndarray, seeds: np.ndarray) -> np.ndarray:
    """Nodes reachable from ``seeds`` along the arcs ``tail → head`` (a boolean mask)."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import breadth_first_order

    seeds = np.unique(seeds)
    t = np.r_[tail, np.full(len(seeds), n)]
    h = np.r_[head, seeds]
    graph = csr_matrix((np.ones(len(t), dtype=np.int8), (t, h)), shape=(n + 1, n + 1))
    order = breadth_first_order(graph, n, directed=True, return_predecessors=False)
    mask = np.zeros(n + 1, dtype=bool)
    mask[order] = True
    return mask[:n]


@dataclass
class _Sweep:
    """Arcs of one sweep in local node numbering, grouped by the level of their head.

    Within a level, heads are ordered by decreasing in-degree and arcs are stored in layers: layer
    j holds the j-th arc of every head that has more than j arcs, so each layer updates a prefix of
    the level's heads with plain slices. When a level's heads are consecutive local numbers (the downward sweep
    numbers its nodes so), they are updated in place through a slice instead of a gather and a scatter.
    """

    levels: list  # (heads, [(count, tails, costs), ...], (first, end) or None)


def _sweep(tail: np.ndarray, head: np.ndarray, cost: np.ndarray, head_level: np.ndarray) -> _Sweep:
    """Group arcs (sorted by head level, then head) into per-level layers."""
    levels = []
    if len(tail) == 0:
        return _Sweep(levels)
    cut = np.flatnonzero(head_level[1:] != head_level[:-1]) + 1
    for a, b in zip(np.r_[0, cut].tolist(), np.r_[cut, len(tail)].tolist()):
        h, t, c = head[a:b], tail[a:b], cost[a:b]
        group = np.r_[0, np.flatnonzero(h[1:] != h[:-1]) + 1]
        count = np.diff(np.r_[group, len(h)])
        by_count = np.argsort(-count, kind="stable")
        rank = np.empty(len(group), dtype=np.int64)
        rank[by_count] = np.arange(len(group))
        arc_rank = np.repeat(rank, count)
        arc_j = np.arange(len(h)) - np.repeat(group, count)
        order = np.lexsort((arc_rank, arc_j))
        t, c, arc_j = t[order], c[order], arc_j[order]
        sizes = np.bincount(arc_j)
        edges = np.r_[0, np.cumsum(sizes)]
        layers = [
            (int(sizes[j]), t[edges[j] : edges[j + 1]], c[edges[j] : edges[j + 1], None])
            for j in range(len(sizes))
        ]
        heads = h[group][by_count]
        consecutive = len(heads) and bool(np.all(np.diff(heads) == 1))
        levels.append((heads, layers, (int(heads[0]), int(heads[-1]) + 1) if consecutive else None))
    return _Sweep(levels)


def _run_sweep(dist: np.ndarray, sweep: _Sweep) -> None:
    for heads, layers, span in sweep.levels:
        _, tails, costs = layers[0]
        best = dist[tails]
        best += costs
        for count, tails, costs in layers[1:]:
            step = dist[tails]
            step += costs
            np.minimum(best[:count], step, out=best[:count])
        if span is not None:
            current = dist[span[0] : span[1]]
            np.minimum(current, best, out=current)
            continue
        current = dist[heads]
        np.minimum(current, best, out=current)
        dist[heads] = current


def _ranges(counts: np.ndarray) -> np.ndarray:
    """Concatenated ``arange(c)`` for every count c."""
    total = int(counts.sum())
    return np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)


@dataclass
class TargetSweep:
    """The downward sweep towards a fixed set of targets, prepared once and reused for any block of sources
    (:func:`sweep_sources`): the nodes with a downward path to a target numbered first (``local``)."""

    targets: np.ndarray
    needed: np.ndarray
    local: np.ndarray
    n_needed: int
    down: _Sweep
    bytes_per_source: float
    """Memory one source column of a sweep takes (bytes)."""
    up_first: np.ndarray
    """CSR of the upward arcs by tail: the arcs of node v are ``up_order[up_first[v]:up_first[v + 1]]``."""
    up_order: np.ndarray


def prepare_targets(h: Hierarchy, targets: np.ndarray) -> TargetSweep:
    """Prepare the (RPHAST) downward sweep of ``h`` towards ``targets``."""
    targets = np.asarray(targets, dtype=np.int64)
    n = h.n_nodes
    needed = _reach(n, h.down_head, h.down_tail, targets)
    n_needed = int(needed.sum())
    keep = needed[h.down_head]  # then the tail is needed too
    # needed nodes numbered by level (highest first), then by downward arcs in (most first): the heads of a
    # level are then consecutive in the order the sweep updates them, and the rows read are close together
    nodes = np.flatnonzero(needed)
    arcs_in = np.bincount(h.down_head[keep], minlength=n)[nodes]
    local = np.full(n, -1, dtype=np.int64)
    local[nodes[np.lexsort((nodes, -arcs_in, -h.level[nodes]))]] = np.arange(n_needed)
    down = _sweep(
        local[h.down_tail[keep]], local[h.down_head[keep]], h.down_cost[keep], h.level[h.down_head[keep]]
    )
    widest = max([len(level[0]) for level in down.levels] + [1])
    up_widest = int(np.bincount(h.level[h.up_head]).max()) if len(h.up_head) else 1
    per_col = 8.0 * (n_needed + 3 * max(widest, up_widest) + 2 * len(targets)) + 64
    up_order = np.argsort(h.up_tail, kind="stable")
    up_first = np.searchsorted(h.up_tail[up_order], np.arange(n + 1))
    return TargetSweep(targets, needed, local, n_needed, down, per_col, up_first, up_order)


def _upward_reach(h: Hierarchy, prepared: TargetSweep, sources: np.ndarray) -> np.ndarray:
    """Nodes reachable from ``sources`` by upward arcs (a boolean mask), frontier by frontier."""
    reached = np.zeros(h.n_nodes, dtype=bool)
    frontier = np.unique(sources)
    reached[frontier] = True
    first, order = prepared.up_first, prepared.up_order
    while len(frontier):
        counts = first[frontier + 1] - first[frontier]
        arcs = order[np.repeat(first[frontier], counts) + _ranges(counts)]
        heads = np.unique(h.up_head[arcs])
        frontier = heads[~reached[heads]]
        reached[frontier] = True
    return reached


def sweep_block_size(prepared: TargetSweep, n_sources: int, memory_budget_mb: float) -> int:
    """Sources per sweep within ``memory_budget_mb``."""
    return int(max(1, min(n_sources, memory_budget_mb * 1e6 // prepared.bytes_per_source)))


def sweep_sources(h: Hierarchy, prepared: TargetSweep, sources: np.ndarray) -> np.ndarray:
    """``block[i, j]``: the shortest cost from ``sources[i]`` to ``prepared.targets[j]`` (``inf`` when unreachable),
    all sources swept at once (size the block with :func:`sweep_block_size`). Leaves ``prepared`` unchanged."""
    src = np.asarray(sources, dtype=np.int64)
    n_needed = prepared.n_needed
    upward = _upward_reach(h, prepared, src)
    extra = np.flatnonzero(upward & ~prepared.needed)
    local = prepared.local.copy()
    local[extra] = n_needed + np.arange(len(extra))
    u_keep = upward[h.up_tail]
    up = _sweep(
        local[h.up_tail[u_keep]], local[h.up_head[u_keep]], h.up_cost[u_keep], h.level[h.up_head[u_keep]]
    )
    dist = np.full((n_needed + len(extra), len(src)), np.inf)
    dist[local[src], np.arange(len(src))] = 0.0
    _run_sweep(dist, up)
    _run_sweep(dist, prepared.down)
    return dist[local[prepared.targets]].T.copy()


def many_to_many(
    h: Hierarchy,
    sources: np.ndarray,
    targets: np.ndarray,
    *,
    memory_budget_mb: float = 256.0,
    progress: ProgressCallback = None,
) -> Iterator[tuple]:
    """Yield ``(start, block)`` with ``block[i, j]`` the shortest cost from ``sources[start + i]`` to ``targets[j]``.

    Unreachable pairs are ``inf``. Sources are processed in blocks sized from the memory budget.
    """
    sources = np.asarray(sources, dtype=np.int64)
    report(progress, 0.0)
    prepared = prepare_targets(h, targets)
    block = sweep_block_size(prepared, len(sources), memory_budget_mb)
    done = 0
    for start in range(0, len(sources), block):
        src = sources[start : start + block]
        yield start, sweep_sources(h, prepared, src)
        done += len(src)
        report(progress, done / len(sources))
