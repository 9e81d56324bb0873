"""Calibration of the gravity model (Ortúzar & Willumsen 2011, ch. 5): Hyman's (1969) method for β against an
observed mean trip cost, and a fit of the deterrence parameters to an observed trip-length distribution.

A mean cost no β can reach is an input problem the planner can fix (:class:`UnattainableMeanCost`,
:class:`MeanCostTooLow`, both :class:`~..errors.InputError`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np

from ..errors import InputError
from ..od import row_blocks
from ..progress import ProgressCallback, report, scaled
from .deterrence import Deterrence, check_costs
from .distribution import (
    CONSTRAINTS,
    DistributionResult,
    _balance,
    _Balanced,
    _check_totals,
    _gravity_result,
    _maybe_balance,
)


class UnattainableMeanCost(InputError):
    """The observed mean cost is at or above the mean with no deterrence at all (β = 0): no β > 0 reaches it."""

    def __init__(self, observed: float, max_mean: float) -> None:
        super().__init__(
            "unattainable_mean",
            "The observed mean trip cost {observed:.4g} cannot be reached: with these zones and this cost "
            "matrix the mean trip cost is at most {max_mean:.4g} (no deterrence at all). Check that both use "
            "the same unit and that the matrix's time limit covers the trips observed.",
            observed=observed,
            max_mean=max_mean,
        )
        self.observed = observed
        self.max_mean = max_mean


class MeanCostTooLow(InputError):
    """The observed mean cost is below what the gravity model reaches: as β grows the trips concentrate on
    the cheapest pairs until the balancing fails (for the doubly constrained model the floor is the mean
    cost of the cheapest transport plan)."""

    def __init__(self, observed: float, last: float) -> None:
        super().__init__(
            "mean_too_low",
            "The observed mean trip cost {observed:.4g} is too low for these zones and this cost matrix: the "
            "gravity model cannot bring its mean that low, its balancing fails as the trips crowd onto the "
            "cheapest pairs. Check that the matrix and the observed mean use the same unit.",
            observed=observed,
            last=last,
        )
        self.observed = observed
        self.last = last


@dataclass
class CalibrationResult:
    """A calibrated deterrence function and the distribution it produces."""

    deterrence: Deterrence
    iterations: int
    converged: bool
    observed_mean_cost: float
    modelled_mean_cost: float
    distribution: DistributionResult
    history: List[Tuple[float, float]] = field(default_factory=list)
    objective: float = float("nan")

    @property
    def beta(self) -> float:
        """The calibrated β (exponential / power)."""
        return self.deterrence.beta


class _Evaluator:
    """Runs the gravity balancing for successive parameters, reusing buffers and the last factors."""

    def __init__(self, o, d, cost, constraint, tolerance, max_iterations):
        self.o, self.d, self.cost = o, d, cost
        self.constraint, self.tol, self.max_it = constraint, tolerance, max_iterations
        self.weights = np.empty(cost.shape, dtype=float)
        self.b_last: Optional[np.ndarray] = None
        self.bal: Optional[_Balanced] = None

    def run(self, det: Deterrence, progress: ProgressCallback = None) -> _Balanced:
        det(self.cost, out=self.weights)
        self.bal = _balance(
            self.weights, self.o, self.d, self.constraint, self.tol, self.max_it, progress, self.b_last
        )
        if self.constraint == "doubly" and self.bal.converged and np.all(np.isfinite(self.bal.b)):
            self.b_last = self.bal.b  # a warm start only from a balanced run (a failed one may hold zeros)
        return self.bal

    def mean_cost(self) -> float:
        num, den = self._cost_and_trips()
        return num / den if den > 0 else float("nan")

    def total_trips(self) -> float:
        return self._cost_and_trips()[1]

    def _cost_and_trips(self) -> tuple:
        num = den = 0.0
        a, b = self.bal.a, self.bal.b
        for s, e in row_blocks(*self.weights.shape):
            t = self.weights[s:e] * a[s:e, None] * b[None, :]
            c = self.cost[s:e]
            ok = np.isfinite(c)
            t[~ok] = 0.0
            num += float(np.sum(t * np.where(ok, c, 0.0)))
            den += float(t.sum())
        return num, den

    def bin_index(self, bin_edges: np.ndarray) -> np.ndarray:
        """Cost bin of every pair, computed once; pairs outside the bins go to an overflow bin K."""
        n_bins = len(bin_edges) - 1
        k = np.empty(self.cost.shape, dtype=np.int32)
        for s, e in row_blocks(*self.cost.shape):
            kb = np.searchsorted(bin_edges, self.cost[s:e], side="right") - 1
            kb[(kb < 0) | (kb >= n_bins)] = n_bins
            k[s:e] = kb
        return k

    def tld(self, bins: np.ndarray, n_bins: int) -> np.ndarray:
        a, b = self.bal.a, self.bal.b
        out = np.zeros(n_bins + 1)
        for s, e in row_blocks(*self.weights.shape):
            t = self.weights[s:e] * a[s:e, None] * b[None, :]
            out += np.bincount(bins[s:e].ravel(), weights=t.ravel(), minlength=n_bins + 1)
        return out[:n_bins]

    def result(self, det: Deterrence) -> DistributionResult:
        return _gravity_result(
            self.weights,
            self.bal,
            self.o,
            self.d,
            self.constraint,
            self.cost,
            det,
            check_costs(self.cost).n_missing,
        )


def _prepare(origins, destinations, cost, constraint, balance):
    if constraint not in CONSTRAINTS:
        raise ValueError(f"unknown constraint {constraint!r}")
    c = np.asarray(cost, dtype=float)
    o, d = _check_totals(origins, destinations, c.shape)
    o, d, rep = _maybe_balance(o, d, constraint, balance)
    return o, d, c, rep


def calibrate_hyman(
    origins: np.ndarray,
    destinations: np.ndarray,
    cost: np.ndarray,
    observed_mean_cost: float,
    kind: str = "exponential",
    constraint: str = "doubly",
    tolerance: float = 1e-6,
    max_iterations: int = 30,
    beta_start: Optional[float] = None,
    balancing_tolerance: float = 1e-10,
    balancing_max_iterations: int = 1000,
    balance: Optional[str] = "productions",
    progress: ProgressCallback = None,
) -> CalibrationResult:
    """Calibrate β so the modelled mean trip cost equals ``observed_mean_cost`` (Hyman 1969).

    As in O&W (2011, ch. 5, after Hyman 1969): β₀ = 1/c* (or ``beta_start``), β₁ = β₀ c₀ / c*, then the secant
    update β_{m+1} = [(c* − c_{m−1}) β_m − (c* − c_m) β_{m−1}] / (c_m − c_{m−1}) until
    |c_m − c*| / c* ≤ ``tolerance``. Works for the exponential and the power function.
    """
    if kind not in ("exponential", "power"):
        raise ValueError("Hyman's method calibrates the exponential or the power function")
    if not (observed_mean_cost > 0 and math.isfinite(observed_mean_cost)):
        raise ValueError("observed mean cost must be positive")
    o, d, c, rep = _prepare(origins, destinations, cost, constraint, balance)
    ev = _Evaluator(o, d, c, constraint, balancing_tolerance, balancing_max_iterations)
    target = float(observed_mean_cost)
    history: List[Tuple[float, float]] = []

    def model_cost(beta: float, step: int) -> float:
        ev.run(
            Deterrence(kind, beta=beta), scaled(progress, step / max_iterations, (step + 1) / max_iterations)
        )
        value = ev.mean_cost()
        history.append((beta, value))
        return value

    # a deterrence decreasing with cost can only shorten trips: the mean with β = 0 is the largest attainable
    ev.run(Deterrence(kind, beta=0.0), None)
    ceiling = ev.mean_cost()
    total_0 = ev.total_trips()  # what any sound β distributes (islands and stranded zones included)
    if not target < ceiling * (1.0 - tolerance):
        raise UnattainableMeanCost(target, ceiling)
    beta_prev = 1.0 / target if beta_start is None else float(beta_start)
    c_prev = model_cost(beta_prev, 0)
    converged = abs(c_prev - target) / target <= tolerance
    beta, c_now = beta_prev, c_prev
    if not converged:
        beta = beta_prev * c_prev / target
        c_now = model_cost(beta, 1)
        converged = abs(c_now - target) / target <= tolerance
    while not converged and len(history) < max_iterations:
        if c_now == c_prev:
            break
        beta_next = ((target - c_prev) * beta - (target - c_now) * beta_prev) / (c_now - c_prev)
        if (
            not beta_next > 0
        ):  # the secant overshot below zero: bisect towards 0 instead (β must stay positive)
            beta_next = beta / 2.0
        beta_prev, c_prev = beta, c_now
        beta = beta_next
        c_now = model_cost(beta, len(history))
        converged = abs(c_now - target) / target <= tolerance
    det = Deterrence(kind, beta=beta)
    if ev.bal is None or history[-1][0] != beta:
        model_cost(beta, len(history))
    dist = ev.result(det)
    dist.balance = rep
    lost = abs(float(np.nansum(dist.trips)) - total_0) > 1e-6 * max(total_0, 1.0)
    if lost or not math.isfinite(c_now) or (not converged and not dist.converged):
        # β grew until the weights of most pairs underflowed: the balancing fails or loses trips
        raise MeanCostTooLow(target, c_now)
    report(progress, 1.0)
    return CalibrationResult(
        deterrence=det,
        iterations=len(history),
        converged=bool(converged),
        observed_mean_cost=target,
        modelled_mean_cost=c_now,
        distribution=dist,
        history=history,
        objective=abs(c_now - target) / target,
    )


def calibrate_tld(
    origins: np.ndarray,
    destinations: np.ndarray,
    cost: np.ndarray,
    bin_edges: Sequence[float],
    observed: Sequence[float],
    kind: str = "exponential",
    constraint: str = "doubly",
    objective: str = "sse",
    bounds: Optional[Tuple[float, float]] = None,
    start: Optional[Tuple[float, float]] = None,
    balancing_tolerance: float = 1e-8,
    balancing_max_iterations: int = 1000,
    max_evaluations: int = 200,
    balance: Optional[str] = "productions",
    progress: ProgressCallback = None,
) -> CalibrationResult:
    """Fit the deterrence parameters to an observed trip-length distribution (TLD).

    ``observed`` holds trips (or shares) per bin ``[edges[k], edges[k+1])``; both it and the
    modelled TLD are normalised to shares over the bins (trips outside them are ignored).
    ``objective`` "sse" minimises Σ_k (p_k − q_k)²; "loglik" maximises the multinomial
    log-likelihood Σ_k q_k log p_k of the observed shares q under the modelled p. Exponential and
    power fit β by bounded Brent search within ``bounds``; by default [β_H / 4, 4 β_H] around a rough
    Hyman β_H for the TLD's mean cost (bin mid-points), else [0, 20 / mean] or [0, 10];
    gamma fits (b, c₁) of a · c^b · e^(c₁ c) by Nelder–Mead from ``start`` (default (0, −1/mean)).
    """
    from scipy import optimize

    if kind not in ("exponential", "power", "gamma"):
        raise ValueError("TLD calibration fits the exponential, power or gamma function")
    if objective not in ("sse", "loglik"):
        raise ValueError(f"unknown objective {objective!r}")
    edges = np.asarray(bin_edges, dtype=float)
    q = np.asarray(observed, dtype=float)
    if len(edges) != len(q) + 1 or q.sum() <= 0 or np.any(q < 0):
        raise ValueError("observed TLD needs K+1 bin edges and K non-negative values")
    q = q / q.sum()
    mids = 0.5 * (edges[:-1] + edges[1:])
    obs_mean = float(np.sum(q * mids))
    o, d, c, rep = _prepare(origins, destinations, cost, constraint, balance)
    if kind != "gamma" and bounds is None:
        bounds = (0.0, 20.0 / obs_mean) if kind == "exponential" else (0.0, 10.0)
        rough = calibrate_hyman(
            o,
            d,
            c,
            obs_mean,
            kind,
            constraint,
            1e-3,
            10,
            balancing_tolerance=1e-6,
            balance=None,
            progress=scaled(progress, 0.0, 0.1),
        )
        if rough.converged and rough.beta > 0:
            bounds = (rough.beta / 4.0, rough.beta * 4.0)
        del rough
    report(progress, 0.1)
    ev = _Evaluator(o, d, c, constraint, balancing_tolerance, balancing_max_iterations)
    bins = ev.bin_index(edges)
    history: List[Tuple[float, float]] = []

    def make(params) -> Deterrence:
        if kind == "gamma":
            return Deterrence("gamma", gamma_b=float(params[0]), gamma_c=float(params[1]))
        return Deterrence(kind, beta=float(np.atleast_1d(params)[0]))

    def loss(params) -> float:
        ev.run(make(params))
        tld = ev.tld(bins, len(q))
        total = tld.sum()
        if total <= 0:
            return 1e300
        p = tld / total
        if objective == "sse":
            value = float(np.sum((p - q) ** 2))
        else:
            with np.errstate(divide="ignore"):
                value = float(-np.sum(np.where(q > 0, q * np.log(np.maximum(p, 1e-300)), 0.0)))
        history.append((float(np.atleast_1d(params)[0]), value))
        report(progress, min(0.95, 0.1 + len(history) / max_evaluations))
        return value

    if kind == "gamma":
        x0 = np.asarray(start if start is not None else (0.0, -1.0 / obs_mean), dtype=float)
        res = optimize.minimize(
            loss, x0, method="Nelder-Mead", options={"maxfev": max_evaluations, "xatol": 1e-6, "fatol": 1e-12}
        )
        best, ok, value = res.x, bool(res.success), float(res.fun)
    else:
        lo, hi = bounds
        res = optimize.minimize_scalar(
            loss, bounds=(lo, hi), method="bounded", options={"xatol": 1e-7, "maxiter": max_evaluations}
        )
        best, ok, value = res.x, bool(res.success), float(res.fun)
    det = make(best)
    ev.run(det)
    dist = ev.result(det)
    dist.balance = rep
    report(progress, 1.0)
    return CalibrationResult(
        deterrence=det,
        iterations=len(history),
        converged=ok,
        observed_mean_cost=obs_mean,
        modelled_mean_cost=dist.mean_cost,
        distribution=dist,
        history=history,
        objective=value,
    )
