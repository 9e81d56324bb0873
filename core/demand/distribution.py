"""Trip distribution (Ortúzar & Willumsen 2011, ch. 5): the gravity model T_ij = A_i O_i B_j D_j f(c_ij),
doubly constrained (Furness / IPF balancing) or singly constrained, Furness on a seed matrix, and the trip
length distribution of a result.

Zones that trips cannot leave (an island of the network) are balanced group by group; zones that cannot be
served are listed, not hidden. Dense matrices are float64 and are processed in row blocks where temporaries
would otherwise double the memory.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

import numpy as np

from ..od import row_blocks
from ..progress import ProgressCallback, report, scaled
from .deterrence import Deterrence, check_costs
from .generation import BalanceReport, balance_totals

CONSTRAINTS = ("doubly", "production", "attraction")


@dataclass
class DistributionResult:
    """A distributed trip matrix and how it was balanced.

    For the gravity model ``row_factors``/``column_factors`` are the textbook A_i, B_j of
    T_ij = A_i O_i B_j D_j f(c_ij) (0 where O_i or D_j is 0); for ``furness`` they are the total
    multipliers of the seed rows and columns (T_ij = a_i · seed_ij · b_j).
    ``max_relative_error`` is the largest |margin − target| / target over origins and
    destinations with a positive target that can be served; zones that cannot be served at all
    (every reachable counterpart has a zero total) are listed in ``stranded_*`` instead.
    """

    trips: np.ndarray
    row_factors: np.ndarray
    column_factors: np.ndarray
    iterations: int
    max_relative_error: float
    converged: bool
    constraint: str
    stranded_origins: np.ndarray
    stranded_destinations: np.ndarray
    n_missing_pairs: int = 0
    balance: Optional[BalanceReport] = None
    deterrence: Optional[Deterrence] = None
    mean_cost: float = float("nan")
    rebalanced_parts: int = 0

    @property
    def total_trips(self) -> float:
        """Σ T_ij."""
        return float(self.trips.sum())


@dataclass
class _Balanced:
    a: np.ndarray
    b: np.ndarray
    iterations: int
    error: float
    converged: bool
    stranded_rows: np.ndarray
    stranded_cols: np.ndarray
    destinations: Optional[np.ndarray] = None
    rebalanced_parts: int = 0


def _separate_parts(weights: np.ndarray, o: np.ndarray, d: np.ndarray) -> Tuple[np.ndarray, int]:
    """Scale attractions so each part of the zone system that trips cannot leave balances on its own.

    When some pairs are unreachable (f = 0) the zones can split into groups with no trip possible
    between them (an island of the street network, say). A doubly-constrained model only has a
    solution if every group's attractions equal its productions, so attractions are scaled group by
    group to the group's productions. Returns the new attractions and how many groups were scaled.
    """
    from scipy.sparse import bmat, csr_matrix
    from scipy.sparse.csgraph import connected_components

    rows, cols = o > 0, d > 0
    linked = sum(
        int(np.count_nonzero(weights[start:stop][rows[start:stop]][:, cols]))
        for start, stop in row_blocks(*weights.shape)
    )
    if linked == rows.sum() * cols.sum():
        return d, 0
    link = csr_matrix(weights > 0)
    n = len(o)
    _, label = connected_components(bmat([[None, link], [link.T, None]]), directed=False)
    row_label, col_label = label[:n], label[n:]
    groups = np.unique(np.r_[row_label[rows], col_label[cols]])
    if len(groups) <= 1:
        return d, 0
    produced = np.bincount(row_label, weights=np.where(rows, o, 0.0), minlength=label.max() + 1)
    attracted = np.bincount(col_label, weights=np.where(cols, d, 0.0), minlength=label.max() + 1)
    factor = np.divide(produced, attracted, out=np.zeros_like(produced), where=attracted > 0)
    new_d = d * factor[col_label]
    changed = np.flatnonzero((attracted > 0) & ~np.isclose(factor, 1.0, rtol=1e-12, atol=0.0))
    return new_d, int(len(changed))


def _safe_ratio(target: np.ndarray, current: np.ndarray) -> np.ndarray:
    out = np.zeros_like(target)
    np.divide(target, current, out=out, where=(target > 0) & (current > 0))
    return out


def _rel_error(achieved: np.ndarray, target: np.ndarray, mask: np.ndarray) -> float:
    if not mask.any():
        return 0.0
    return float(np.max(np.abs(achieved[mask] - target[mask]) / target[mask]))


def _balance(
    weights: np.ndarray,
    origins: np.ndarray,
    destinations: np.ndarray,
    constraint: str,
    tolerance: float,
    max_iterations: int,
    progress: ProgressCallback,
    b_start: Optional[np.ndarray] = None,
) -> _Balanced:
    """Factors a, b with T = a_i W_ij b_j meeting the constraint; W is never modified.

    Doubly constrained: from ``b_start`` (default D, i.e. B = 1 for the gravity model; ones for a
    seed matrix) alternate a = O / (W b), b = D / (aᵀ W) (one iteration = a row and a column
    pass, as in Furness / O&W ch. 5), stopping when every served origin and destination total is
    within ``tolerance`` (relative). Singly constrained: one closed-form pass.
    """
    o, d = origins, destinations
    if constraint == "production":
        b = d.copy()
        r = weights @ b
        a = _safe_ratio(o, r)
        stranded = np.flatnonzero((o > 0) & (r <= 0))
        return _Balanced(a, b, 1, _rel_error(a * r, o, (o > 0) & (r > 0)), True, stranded, np.array([], int))
    if constraint == "attraction":
        a = o.copy()
        s = a @ weights
        b = _safe_ratio(d, s)
        stranded = np.flatnonzero((d > 0) & (s <= 0))
        return _Balanced(a, b, 1, _rel_error(b * s, d, (d > 0) & (s > 0)), True, np.array([], int), stranded)

    d, rebalanced = _separate_parts(weights, o, d)
    b = d.copy() if b_start is None else b_start.copy()
    r = weights @ b
    a = np.zeros_like(o)
    err = math.inf
    first_err = None
    it = 0
    converged = False
    s = np.zeros_like(d)
    while True:
        if it > 0:
            row_mask = (o > 0) & (r > 0)
            col_mask = (d > 0) & (s > 0)
            err = max(_rel_error(a * r, o, row_mask), _rel_error(b * s, d, col_mask))
            if not math.isfinite(err):  # factors over/underflowed: the margins cannot be met (reported)
                err = math.inf
                break
            if err <= tolerance:
                converged = True
                break
            if it >= max_iterations:
                break
            if first_err is None:
                first_err = err
            if err > 0 and first_err > tolerance:
                span = math.log(first_err / tolerance)
                report(progress, min(0.99, max(it / max_iterations, math.log(first_err / err) / span)))
            else:
                report(progress, it / max_iterations)
        a_next = _safe_ratio(o, r)
        s_next = a_next @ weights
        b_next = _safe_ratio(d, s_next)
        positive = b_next > 0
        if positive.any() and not 1e-100 < b_next[positive].min() <= b_next.max() < 1e100:
            # A_i B_j is invariant to B·k, A/k: bring B back near 1 before either factor overflows
            b_next /= math.exp(float(np.mean(np.log(b_next[positive]))))
        r_next = weights @ b_next
        if not (np.isfinite(b_next).all() and np.isfinite(r_next).all() and np.isfinite(a_next).all()):
            # some margins cannot be met (a zone only reachable from zones producing too little): the
            # factors diverge; stop with the last finite ones, not converged, and report the error
            break
        a, s, b, r = a_next, s_next, b_next, r_next
        it += 1
    report(progress, 1.0)
    return _Balanced(
        a,
        b,
        it,
        err,
        converged,
        np.flatnonzero((o > 0) & (r <= 0)),
        np.flatnonzero((d > 0) & (s <= 0)),
        d,
        rebalanced,
    )


def _check_totals(origins, destinations, shape) -> Tuple[np.ndarray, np.ndarray]:
    o = np.asarray(origins, dtype=float).ravel()
    d = np.asarray(destinations, dtype=float).ravel()
    if shape != (len(o), len(d)):
        raise ValueError("matrix shape does not match the origin and destination totals")
    if not (np.all(np.isfinite(o)) and np.all(np.isfinite(d))):
        raise ValueError("origin/destination totals must be finite")
    if np.any(o < 0) or np.any(d < 0):
        raise ValueError("origin/destination totals must be non-negative")
    return o, d


def _maybe_balance(o, d, constraint: str, balance: Optional[str]):
    if constraint != "doubly":
        return o, d, None
    to, td = o.sum(), d.sum()
    if to == td or (max(to, td) > 0 and abs(to - td) <= 1e-12 * max(to, td)):
        return o, d, None
    if balance is None:
        raise ValueError("origin and destination totals differ; choose a balance method")
    return balance_totals(o, d, balance)


def furness(
    seed: np.ndarray,
    origins: np.ndarray,
    destinations: np.ndarray,
    tolerance: float = 1e-6,
    max_iterations: int = 500,
    balance: Optional[str] = "productions",
    progress: ProgressCallback = None,
) -> DistributionResult:
    """Furness / IPF: scale a seed matrix's rows and columns to the target totals (doubly constrained).

    Missing seed cells (NaN) count as 0 and are reported. Unequal target totals are first made
    equal with :func:`balance_totals` (``balance`` method, reported); ``balance=None`` refuses.
    """
    s = np.asarray(seed, dtype=float)
    o, d = _check_totals(origins, destinations, s.shape)
    missing = ~np.isfinite(s)
    n_missing = int(missing.sum())
    if n_missing:
        s = np.where(missing, 0.0, s)
    if np.any(s < 0):
        raise ValueError("seed matrix has negative cells")
    o, d, rep = _maybe_balance(o, d, "doubly", balance)
    bal = _balance(s, o, d, "doubly", tolerance, max_iterations, progress, np.ones_like(d))
    trips = bal.a[:, None] * s * bal.b[None, :]
    return DistributionResult(
        trips=trips,
        row_factors=bal.a,
        column_factors=bal.b,
        iterations=bal.iterations,
        max_relative_error=bal.error,
        converged=bal.converged,
        constraint="doubly",
        stranded_origins=bal.stranded_rows,
        stranded_destinations=bal.stranded_cols,
        n_missing_pairs=n_missing,
        balance=rep,
    )


def mean_trip_cost(trips: np.ndarray, cost: np.ndarray) -> float:
    """Σ T c / Σ T over pairs with a finite cost (NaN when there are no such trips)."""
    t = np.asarray(trips, dtype=float)
    c = np.asarray(cost, dtype=float)
    num = den = 0.0
    for s, e in row_blocks(*t.shape):
        ok = np.isfinite(c[s:e])
        tb = np.where(ok, t[s:e], 0.0)
        num += float(np.sum(tb * np.where(ok, c[s:e], 0.0)))
        den += float(tb.sum())
    return num / den if den > 0 else float("nan")


def _textbook_factors(bal: _Balanced, o: np.ndarray, d: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    return _safe_ratio(bal.a, o), _safe_ratio(bal.b, d)


def _gravity_result(
    weights: np.ndarray,
    bal: _Balanced,
    o: np.ndarray,
    d: np.ndarray,
    constraint: str,
    cost: np.ndarray,
    deterrence: Deterrence,
    n_missing: int,
    balance: Optional[BalanceReport] = None,
) -> DistributionResult:
    """The gravity model's result from its balanced factors (for :func:`gravity_distribution` and calibration).

    The trips T = a_i W_ij b_j are written over ``weights`` (which the caller owns); the factors reported are
    the textbook A_i, B_j against ``o`` and ``d`` (or the destinations the balancing rescaled).
    """
    trips = _assemble(weights, bal)
    big_a, big_b = _textbook_factors(bal, o, d if bal.destinations is None else bal.destinations)
    return DistributionResult(
        trips=trips,
        row_factors=big_a,
        column_factors=big_b,
        iterations=bal.iterations,
        max_relative_error=bal.error,
        converged=bal.converged,
        constraint=constraint,
        stranded_origins=bal.stranded_rows,
        stranded_destinations=bal.stranded_cols,
        n_missing_pairs=n_missing,
        balance=balance,
        deterrence=deterrence,
        mean_cost=mean_trip_cost(trips, cost),
        rebalanced_parts=bal.rebalanced_parts,
    )


def _assemble(weights: np.ndarray, bal: _Balanced) -> np.ndarray:
    """T = a_i W_ij b_j written over ``weights`` (which the caller owns)."""
    for s, e in row_blocks(*weights.shape):
        weights[s:e] *= bal.a[s:e, None]
        weights[s:e] *= bal.b[None, :]
    return weights


def gravity_distribution(
    origins: np.ndarray,
    destinations: np.ndarray,
    cost: np.ndarray,
    deterrence: Deterrence,
    constraint: str = "doubly",
    tolerance: float = 1e-6,
    max_iterations: int = 500,
    balance: Optional[str] = "productions",
    progress: ProgressCallback = None,
) -> DistributionResult:
    """Gravity model T_ij = A_i O_i B_j D_j f(c_ij), doubly, production- or attraction-constrained.

    Production-constrained: B = 1 and rows sum to O exactly; attraction-constrained: A = 1 and
    columns sum to D. Missing costs (NaN/inf) give f = 0 and are counted. Doubly constrained with
    unequal totals: balanced first (``balance`` method, reported). Non-convergence stops at
    ``max_iterations`` with ``converged`` False; the matrix and its error are still returned.
    """
    if constraint not in CONSTRAINTS:
        raise ValueError(f"unknown constraint {constraint!r}")
    c = np.asarray(cost, dtype=float)
    o, d = _check_totals(origins, destinations, c.shape)
    o, d, rep = _maybe_balance(o, d, constraint, balance)
    weights = deterrence(c)
    report(progress, 0.05)
    n_missing = check_costs(c).n_missing
    bal = _balance(weights, o, d, constraint, tolerance, max_iterations, scaled(progress, 0.05, 0.9))
    result = _gravity_result(weights, bal, o, d, constraint, c, deterrence, n_missing, rep)
    report(progress, 1.0)
    return result


gravity = gravity_distribution
"""The name of :func:`gravity_distribution` before the redesign (``core.accessibility.gravity`` is another
thing: a gravity accessibility measure)."""


def trip_length_distribution(trips: np.ndarray, cost: np.ndarray, bin_edges: Sequence[float]) -> np.ndarray:
    """Trips per cost bin ``[edges[k], edges[k+1])``; trips with missing or out-of-range cost are left out."""
    edges = np.asarray(bin_edges, dtype=float)
    n_bins = len(edges) - 1
    out = np.zeros(n_bins)
    t = np.asarray(trips, dtype=float)
    c = np.asarray(cost, dtype=float)
    for s, e in row_blocks(*t.shape):
        k = np.searchsorted(edges, c[s:e], side="right") - 1
        ok = (k >= 0) & (k < n_bins)
        out += np.bincount(k[ok], weights=t[s:e][ok], minlength=n_bins)
    return out
