"""Contraction hierarchy + PHAST sweeps: exact shortest paths, against scipy's Dijkstra and by hand."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from conecta.core.network.hierarchy import build_hierarchy, many_to_many
from conecta.core.progress import Cancelled


def _all_pairs(h, sources, targets, budget_mb=256.0):
    out = np.full((len(sources), len(targets)), -1.0)
    for start, block in many_to_many(h, sources, targets, memory_budget_mb=budget_mb):
        out[start : start + len(block)] = block
    return out


def test_hand_built_graph_needs_a_shortcut_and_keeps_one_way_arcs():
    # 0 -> 1 -> 2 one way (1 + 2), 2 <-> 3 (5), 0 <-> 3 (10): from 0 to 3 the best is 0-1-2-3 = 8,
    # from 3 to 0 only the direct arc (10), from 3 to 2 = 5, from 2 to 0 = 5 + 10 = 15,
    # from 1 to 0 = 2 + 5 + 10 = 17
    tail = [0, 1, 2, 3, 0, 3]
    head = [1, 2, 3, 2, 3, 0]
    cost = [1.0, 2.0, 5.0, 5.0, 10.0, 10.0]
    csr = csr_matrix((cost, (tail, head)), shape=(4, 4))
    h = build_hierarchy(csr)
    got = _all_pairs(h, np.arange(4), np.arange(4))
    expected = np.array(
        [
            [0, 1, 3, 8],
            [17, 0, 2, 7],
            [15, 16, 0, 5],
            [10, 11, 5, 0],
        ]
    )
    assert np.array_equal(got, expected)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_road_like_graphs_match_dijkstra_for_every_pair(seed):
    rng = np.random.default_rng(seed)
    n = 600
    # a perturbed grid with one-way streets, parallel arcs, a detached island and equal-cost ties
    side = 24
    ids = np.arange(side * side).reshape(side, side)
    pairs = np.r_[np.c_[ids[:, :-1].ravel(), ids[:, 1:].ravel()], np.c_[ids[:-1].ravel(), ids[1:].ravel()]]
    cost = rng.choice([10.0, 10.0, 20.0, 7.5], size=len(pairs))
    both = rng.random(len(pairs)) > 0.15
    tail = np.r_[pairs[:, 0], pairs[both, 1]]
    head = np.r_[pairs[:, 1], pairs[both, 0]]
    cost = np.r_[cost, cost[both]]
    extra = rng.integers(0, side * side, size=(40, 2))  # long "avenues" and parallel arcs
    tail = np.r_[tail, extra[:, 0], tail[:20]]
    head = np.r_[head, extra[:, 1], head[:20]]
    cost = np.r_[cost, rng.uniform(5, 60, 40), cost[:20] * 0.5]
    island = side * side + np.arange(n - side * side)
    tail = np.r_[tail, island[:-1]]
    head = np.r_[head, island[1:]]
    cost = np.r_[cost, np.full(len(island) - 1, 3.0)]
    keep = tail != head
    csr = csr_matrix((cost[keep], (tail[keep], head[keep])), shape=(n, n))
    csr.sum_duplicates()  # scipy keeps the sum of parallel arcs: rebuild with the minimum instead
    order = np.lexsort((cost[keep], head[keep], tail[keep]))
    t, hh, c = tail[keep][order], head[keep][order], cost[keep][order]
    first = np.r_[True, (t[1:] != t[:-1]) | (hh[1:] != hh[:-1])]
    csr = csr_matrix((c[first], (t[first], hh[first])), shape=(n, n))
    hierarchy = build_hierarchy(csr, seed=seed)
    assert hierarchy.n_rounds > 5 and (hierarchy.level >= 0).all()
    sources = rng.choice(n, size=120, replace=False)
    targets = rng.choice(n, size=200, replace=False)
    expected = dijkstra(csr, directed=True, indices=sources)[:, targets]
    for budget in (256.0, 0.05):  # one block, then many blocks of a few origins
        got = _all_pairs(hierarchy, sources, targets, budget)
        assert np.array_equal(np.isinf(got), np.isinf(expected))
        finite = np.isfinite(expected)
        assert np.abs(got[finite] - expected[finite]).max() < 1e-9


def test_cancellation_during_build_and_sweeps():
    side = 20
    ids = np.arange(side * side).reshape(side, side)
    pairs = np.r_[np.c_[ids[:, :-1].ravel(), ids[:, 1:].ravel()], np.c_[ids[:-1].ravel(), ids[1:].ravel()]]
    tail, head = np.r_[pairs[:, 0], pairs[:, 1]], np.r_[pairs[:, 1], pairs[:, 0]]
    csr = csr_matrix((np.ones(len(tail)), (tail, head)), shape=(side * side, side * side))
    with pytest.raises(Cancelled):
        build_hierarchy(csr, progress=lambda f: f < 0.3)
    h = build_hierarchy(csr)
    with pytest.raises(Cancelled):
        list(
            many_to_many(
                h, np.arange(side * side), np.arange(10), memory_budget_mb=0.01, progress=lambda f: f < 0.5
            )
        )
