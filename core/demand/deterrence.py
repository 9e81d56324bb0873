"""Costs and deterrence functions of the gravity model (Ortúzar & Willumsen 2011, ch. 5): what a dense cost
matrix holds (missing, zero and negative costs), the cost of trips within a zone, and f(c) — exponential,
power, combined (gamma) or a table of factors by cost band — evaluated in row blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Tuple

import numpy as np

from ..od import row_blocks

DETERRENCE_KINDS = ("exponential", "power", "gamma", "table")


@dataclass
class CostCheck:
    """What a cost matrix holds that the deterrence functions care about."""

    n_pairs: int
    n_missing: int
    n_zero: int
    n_negative: int

    @property
    def n_nonpositive(self) -> int:
        """Finite costs ≤ 0 (invalid for the power function)."""
        return self.n_zero + self.n_negative


def check_costs(cost: np.ndarray) -> CostCheck:
    """Count missing (NaN/inf: unreachable), zero and negative costs."""
    c = np.asarray(cost, dtype=float)
    n_missing = n_zero = n_negative = 0
    for s, e in row_blocks(c.shape[0], c.shape[1] if c.ndim > 1 else 1):
        block = c[s:e]
        fin = np.isfinite(block)
        n_missing += int(block.size - fin.sum())
        n_zero += int((block == 0).sum())
        n_negative += int((block < 0).sum())
    return CostCheck(int(c.size), n_missing, n_zero, n_negative)


def intrazonal_cost(
    cost: np.ndarray, value: Optional[float] = None, nearest_factor: float = 0.5
) -> np.ndarray:
    """Copy of a square cost matrix with its diagonal set to ``value`` or, when ``value`` is None,
    to ``nearest_factor`` × the cost to the nearest other zone (the usual half-nearest-neighbour rule)."""
    c = np.array(cost, dtype=float)
    diag = np.arange(_square_size(c))
    if value is not None:
        c[diag, diag] = value
        return c
    nearest = _nearest_other(c)
    c[diag, diag] = np.where(np.isfinite(nearest), nearest_factor * nearest, np.nan)
    return c


def _square_size(cost: np.ndarray) -> int:
    """The number of zones of a square cost matrix; ValueError for any other shape."""
    n = cost.shape[0]
    if cost.shape != (n, n):
        raise ValueError("intrazonal costs need a square matrix")
    return n


def _nearest_other(cost: np.ndarray) -> np.ndarray:
    """Per zone, the cost to its nearest other zone over finite costs > 0 (inf when there is none), worked
    out in row blocks without a copy of the matrix (for the half-nearest-neighbour rule)."""
    n = cost.shape[0]
    nearest = np.empty(n)
    for start, stop in row_blocks(n, n):
        block = cost[start:stop].copy()
        block[np.arange(stop - start), np.arange(start, stop)] = np.inf
        block[~np.isfinite(block) | (block <= 0)] = np.inf
        nearest[start:stop] = block.min(axis=1)
    return nearest


@dataclass(frozen=True)
class Deterrence:
    """Deterrence function f(c) of the gravity model.

    - ``exponential``: f = exp(−β c)
    - ``power``: f = c^(−β); needs every finite cost > 0
    - ``gamma`` (combined): f = a · c^b · exp(c₁ · c) with ``gamma_a`` = a, ``gamma_b`` = b,
      ``gamma_c`` = c₁. O&W (2011, ch. 5) write the combined function as c^n e^(−βc): a = 1,
      b = n, c₁ = −β; AequilibraE's GAMMA(alpha, beta) is c^alpha · e^(−beta c): b = alpha,
      c₁ = −beta; NCHRP Report 716's gamma a · t^b · e^(c t) maps one to one (b, c usually < 0).
      With b < 0 every finite cost must be > 0; negative costs are never valid. The scale a
      cancels in constrained models (it is absorbed by the balancing factors).
    - ``table``: f = ``factors[k]`` for ``edges[k] ≤ c < edges[k+1]``; costs outside the table → 0.

    Missing costs (NaN, ±inf: unreachable pairs) always give f = 0.
    """

    kind: str = "exponential"
    beta: float = 0.1
    gamma_a: float = 1.0
    gamma_b: float = 0.0
    gamma_c: float = 0.0
    edges: Optional[Tuple[float, ...]] = None
    factors: Optional[Tuple[float, ...]] = None

    def __post_init__(self) -> None:
        if self.kind not in DETERRENCE_KINDS:
            raise ValueError(f"unknown deterrence function {self.kind!r}")
        if self.kind == "table":
            if self.edges is None or self.factors is None or len(self.edges) != len(self.factors) + 1:
                raise ValueError("a table deterrence needs K+1 bin edges and K factors")
            if np.any(np.diff(np.asarray(self.edges, dtype=float)) <= 0):
                raise ValueError("table bin edges must increase")

    def parameters(self) -> Dict[str, float]:
        """The parameters that define this function (for reports)."""
        if self.kind in ("exponential", "power"):
            return {"beta": self.beta}
        if self.kind == "gamma":
            return {"a": self.gamma_a, "b": self.gamma_b, "c": self.gamma_c}
        return {"bins": float(len(self.factors or ()))}

    def _check(self, block: np.ndarray) -> None:
        needs_positive = self.kind == "power" or (self.kind == "gamma" and self.gamma_b < 0)
        if self.kind in ("power", "gamma"):
            bad = (block <= 0) if needs_positive else (block < 0)
            if np.any(bad & np.isfinite(block)):
                raise ValueError("non-positive costs with a power-type deterrence function")

    def _block(self, c: np.ndarray, out: np.ndarray) -> None:
        missing = ~np.isfinite(c)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            if self.kind == "exponential":
                np.multiply(c, -self.beta, out=out)
                np.exp(out, out=out)
            elif self.kind == "power":
                np.power(c, -self.beta, out=out)
            elif self.kind == "gamma":
                np.multiply(c, self.gamma_c, out=out)
                np.exp(out, out=out)
                out *= np.power(c, self.gamma_b)
                out *= self.gamma_a
            else:
                edges = np.asarray(self.edges, dtype=float)
                table = np.append(np.asarray(self.factors, dtype=float), 0.0)
                k = np.searchsorted(edges, c, side="right") - 1
                k[(k < 0) | (k >= len(edges) - 1)] = len(table) - 1
                np.take(table, k, out=out)
        out[missing] = 0.0

    def __call__(self, cost: np.ndarray, out: Optional[np.ndarray] = None) -> np.ndarray:
        """f(cost), evaluated in row blocks; ``out`` may be a preallocated float64 array."""
        c = np.asarray(cost, dtype=float)
        if out is None:
            out = np.empty(c.shape, dtype=float)
        c2 = c.reshape(c.shape[0], -1) if c.ndim > 1 else c.reshape(1, -1)
        o2 = out.reshape(c2.shape)
        for s, e in row_blocks(*c2.shape):
            self._check(c2[s:e])
        for s, e in row_blocks(*c2.shape):
            self._block(c2[s:e], o2[s:e])
        return out


def fill_intrazonal(cost: np.ndarray, value: Optional[float] = None, nearest_factor: float = 0.5) -> int:
    """Set the cost of trips within each zone, in place; returns how many zones got a new cost.

    With ``value`` every zone gets it. Without, only zones whose own cost is missing or ≤ 0 get
    ``nearest_factor`` × the cost to their nearest other zone (the usual half-nearest-neighbour rule; NaN
    when they reach no other zone). Worked out in row blocks, without a copy of the matrix.
    """
    n = _square_size(cost)
    diagonal = np.arange(n)
    if value is not None:
        cost[diagonal, diagonal] = value
        return n
    current = cost[diagonal, diagonal]
    fill = ~np.isfinite(current) | (current <= 0)
    if not fill.any():
        return 0
    nearest = _nearest_other(cost)[fill]
    cost[diagonal[fill], diagonal[fill]] = np.where(np.isfinite(nearest), nearest_factor * nearest, np.nan)
    return int(fill.sum())
