"""Mobility demand: trip generation, gravity distribution, calibration and logit mode split.

The methods follow Ortúzar & Willumsen, *Modelling Transport* (4th ed., 2011):

- trip generation (ch. 4): cross-classification rates, rates on zone attributes, linear
  regression, rates estimated from an OD survey, and balancing of productions and attractions;
- distribution (ch. 5): gravity model ``T_ij = A_i O_i B_j D_j f(c_ij)``, doubly constrained
  (Furness / IPF balancing) or singly constrained, with exponential, power, combined (gamma)
  or tabulated deterrence, and a plain Furness on a seed matrix;
- calibration (ch. 5): Hyman's (1969) method for β against an observed mean trip cost, and a
  fit to an observed trip-length distribution;
- mode split (ch. 7): multinomial logit over OD pairs.

Everything is vectorised over zones and OD pairs; dense matrices are float64 and are processed
in row blocks where temporaries would otherwise double the memory. Nothing here talks to the
user: results carry counts, ids and flags that the Processing layer turns into messages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .progress import ProgressCallback, report, scaled

#: LAC working defaults, trips per inhabitant per day by income group (methods.md; editable).
LAC_TRIP_RATES: Dict[str, float] = {"low": 1.6, "middle": 2.0, "high": 2.5}

BALANCE_METHODS = ("productions", "attractions", "mean")
CONSTRAINTS = ("doubly", "production", "attraction")
DETERRENCE_KINDS = ("exponential", "power", "gamma", "table")

_BLOCK_CELLS = 1 << 21  # cells per row block for element-wise passes over big matrices


def _row_blocks(n_rows: int, n_cols: int):
    """Yield (start, stop) row ranges of about ``_BLOCK_CELLS`` cells."""
    step = max(1, _BLOCK_CELLS // max(1, n_cols))
    for start in range(0, n_rows, step):
        yield start, min(n_rows, start + step)


# --------------------------------------------------------------------------------------------
# Trip generation
# --------------------------------------------------------------------------------------------


def lac_default_rates() -> pd.DataFrame:
    """Editable table of the LAC default trip rates (income_group, rate) in trips/inhabitant/day."""
    return pd.DataFrame({"income_group": list(LAC_TRIP_RATES), "rate": list(LAC_TRIP_RATES.values())})


@dataclass
class CrossClassificationResult:
    """Trips per zone from a cross-classification rate table, with what could not be matched."""

    trips: pd.Series
    unmatched_categories: List[tuple]
    n_unmatched_rows: int
    n_missing_counts: int


def _align_key_dtypes(left: pd.DataFrame, right: pd.DataFrame, columns: Sequence[str]) -> None:
    """Make join keys comparable in place: numeric with numeric, otherwise both as text."""
    for col in columns:
        lnum = pd.api.types.is_numeric_dtype(left[col])
        rnum = pd.api.types.is_numeric_dtype(right[col])
        if not (lnum and rnum):
            left[col] = left[col].astype(str).str.strip()
            right[col] = right[col].astype(str).str.strip()


def cross_classification(
    table: pd.DataFrame,
    rates: pd.DataFrame,
    category_columns: Sequence[str],
    count_column: str,
    zone_column: str,
    rate_column: str = "rate",
    zone_ids: Optional[Sequence] = None,
) -> CrossClassificationResult:
    """Trips per zone = Σ count × rate(category); rows are zone × category (or one per zone).

    ``table`` has one row per zone and category combination (e.g. households by income group ×
    household size, or one row per zone carrying its own category) with a count (persons,
    households); ``rates`` maps each combination of ``category_columns`` to ``rate_column``.
    Combinations without a rate contribute 0 and are listed; missing counts count as 0.
    """
    cats = list(category_columns)
    if rates.duplicated(subset=cats).any():
        raise ValueError("rate table has duplicated category combinations")
    left = table[[zone_column, count_column, *cats]].copy()
    right = rates[[*cats, rate_column]].copy()
    _align_key_dtypes(left, right, cats)
    counts = pd.to_numeric(left[count_column], errors="coerce")
    n_missing = int(counts.isna().sum())
    left["_count"] = counts.fillna(0.0).to_numpy(dtype=float)
    merged = left.merge(right, on=cats, how="left", validate="many_to_one")
    unmatched = merged[rate_column].isna()
    unmatched_combos = sorted(
        {tuple(row) for row in merged.loc[unmatched, cats].itertuples(index=False, name=None)}, key=str
    )
    merged["_trips"] = merged["_count"] * merged[rate_column].fillna(0.0).astype(float)
    trips = merged.groupby(zone_column, sort=False)["_trips"].sum()
    if zone_ids is not None:
        trips = trips.reindex(pd.Index(zone_ids), fill_value=0.0)
    trips.name = "trips"
    return CrossClassificationResult(
        trips=trips.astype(float),
        unmatched_categories=unmatched_combos,
        n_unmatched_rows=int(unmatched.sum()),
        n_missing_counts=n_missing,
    )


@dataclass
class AttributeRatesResult:
    """Trips per zone from rates on zone attributes (Σ attribute × rate)."""

    trips: np.ndarray
    n_missing_values: int


def attribute_rates(frame: pd.DataFrame, rates: Mapping[str, float]) -> AttributeRatesResult:
    """Trips per zone = Σ_k attribute_k × rate_k (e.g. jobs × 1.2 + school places × 1.0); NaN → 0."""
    if not rates:
        raise ValueError("no attribute rates given")
    values = frame[list(rates)].apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
    missing = np.isnan(values)
    values[missing] = 0.0
    trips = values @ np.asarray(list(rates.values()), dtype=float)
    return AttributeRatesResult(trips=trips, n_missing_values=int(missing.sum()))


@dataclass
class RegressionResult:
    """Least-squares trip-generation regression ``y = intercept + Σ coef_k x_k``."""

    coefficients: Dict[str, float]
    intercept: float
    r_squared: float
    n_observations: int
    n_dropped: int
    has_intercept: bool

    def predict(self, frame: pd.DataFrame) -> np.ndarray:
        """Apply the fitted equation to the attribute columns of ``frame``."""
        x = frame[list(self.coefficients)].apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
        return self.intercept + x @ np.asarray(list(self.coefficients.values()), dtype=float)


def fit_regression(
    frame: pd.DataFrame, target_column: str, attribute_columns: Sequence[str], intercept: bool = True
) -> RegressionResult:
    """Ordinary least squares of trips on zone attributes; rows with missing values are dropped.

    R² is the usual centred one with an intercept; without one it is the uncentred
    ``1 − SSR / Σ y²`` (the convention of statsmodels and R's ``lm`` for models through the origin).
    """
    cols = list(attribute_columns)
    data = frame[[target_column, *cols]].apply(pd.to_numeric, errors="coerce")
    keep = data.notna().all(axis=1).to_numpy()
    y = data[target_column].to_numpy(dtype=float)[keep]
    x = data[cols].to_numpy(dtype=float)[keep]
    if intercept:
        x = np.column_stack([np.ones(len(y)), x])
    if len(y) < x.shape[1]:
        raise ValueError("fewer complete observations than parameters")
    params, *_ = np.linalg.lstsq(x, y, rcond=None)
    ssr = float(np.sum((y - x @ params) ** 2))
    sst = float(np.sum((y - y.mean()) ** 2)) if intercept else float(np.sum(y**2))
    r2 = 1.0 - ssr / sst if sst > 0 else float("nan")
    coefs = params[1:] if intercept else params
    return RegressionResult(
        coefficients={c: float(v) for c, v in zip(cols, coefs)},
        intercept=float(params[0]) if intercept else 0.0,
        r_squared=r2,
        n_observations=int(len(y)),
        n_dropped=int((~keep).sum()),
        has_intercept=intercept,
    )


@dataclass
class SurveyRatesResult:
    """Trip rates by category estimated from an OD survey (trips / persons)."""

    rates: pd.DataFrame
    categories_without_persons: List[tuple]


def rates_from_survey(
    trips: pd.DataFrame,
    persons: pd.DataFrame,
    category_columns: Sequence[str],
    trip_weight_column: Optional[str] = None,
    person_weight_column: Optional[str] = None,
) -> SurveyRatesResult:
    """Rate per category = Σ trip weights / Σ person weights (expansion factors; 1 when absent).

    ``trips`` has one row per surveyed trip and ``persons`` one row per surveyed person (or per
    category with the person count as weight). Categories with persons but no trips get rate 0;
    categories with trips but no persons get NaN and are listed.
    """
    cats = list(category_columns)
    t = trips[cats].copy()
    p = persons[cats].copy()
    _align_key_dtypes(t, p, cats)
    t["trips"] = 1.0 if trip_weight_column is None else pd.to_numeric(trips[trip_weight_column]).fillna(0.0)
    p["persons"] = (
        1.0 if person_weight_column is None else pd.to_numeric(persons[person_weight_column]).fillna(0.0)
    )
    t_sum = t.groupby(cats, dropna=False)["trips"].sum()
    p_sum = p.groupby(cats, dropna=False)["persons"].sum()
    table = pd.concat([t_sum, p_sum], axis=1).fillna({"trips": 0.0})
    persons_total = table["persons"].fillna(0.0)
    table["persons"] = persons_total
    with np.errstate(divide="ignore", invalid="ignore"):
        table["rate"] = np.where(persons_total > 0, table["trips"] / persons_total, np.nan)
    no_persons = table.index[persons_total <= 0]
    table = table.reset_index()
    return SurveyRatesResult(
        rates=table,
        categories_without_persons=[k if isinstance(k, tuple) else (k,) for k in no_persons],
    )


@dataclass
class BalanceReport:
    """How productions and attractions were made to total the same."""

    method: str
    total_productions_before: float
    total_attractions_before: float
    total_after: float
    production_factor: float
    attraction_factor: float


def balance_totals(
    productions: np.ndarray, attractions: np.ndarray, method: str = "productions"
) -> Tuple[np.ndarray, np.ndarray, BalanceReport]:
    """Scale to equal totals: attractions to productions (default), productions to attractions, or both
    to the mean of the two totals. Returns new arrays and the report."""
    if method not in BALANCE_METHODS:
        raise ValueError(f"unknown balance method {method!r}")
    p = np.asarray(productions, dtype=float)
    a = np.asarray(attractions, dtype=float)
    tp, ta = float(p.sum()), float(a.sum())
    target = {"productions": tp, "attractions": ta, "mean": 0.5 * (tp + ta)}[method]
    if (tp > 0) != (ta > 0):  # one side is empty: scaling would wipe the other out or divide by zero
        raise ValueError("cannot scale a zero total to a positive one")
    fp = target / tp if tp > 0 else 1.0
    fa = target / ta if ta > 0 else 1.0
    rep = BalanceReport(method, tp, ta, target, fp, fa)
    return p * fp, a * fa, rep


# --------------------------------------------------------------------------------------------
# Long tables <-> dense matrices
# --------------------------------------------------------------------------------------------


@dataclass
class DenseMatrixResult:
    """A dense matrix built from a long table, with the rows that could not be placed."""

    matrix: np.ndarray
    unknown_from_ids: list
    unknown_to_ids: list
    n_rows_dropped: int
    n_duplicates: int


def _indexer(index: pd.Index, ids) -> np.ndarray:
    """Positions of ``ids`` in ``index`` (-1 if absent); integer ids are matched to text ids as text."""
    values = pd.Index(ids)
    if values.dtype.kind in "iu" and index.dtype == object:
        values = values.astype(str)
    elif index.dtype.kind in "iu" and values.dtype == object:
        index = index.astype(str)
    return index.get_indexer(values)


def long_to_dense(
    from_ids, to_ids, values, zone_ids: Sequence, to_zone_ids: Optional[Sequence] = None, fill: float = np.nan
) -> DenseMatrixResult:
    """Dense matrix (rows ``zone_ids``, columns ``to_zone_ids`` or the same) from a long table.

    Pairs absent from the table get ``fill`` (NaN: unreachable). Ids not in the zone list are
    reported and their rows dropped; for duplicated pairs the last row wins (counted).
    """
    rows = pd.Index(zone_ids)
    cols = rows if to_zone_ids is None else pd.Index(to_zone_ids)
    if not rows.is_unique or not cols.is_unique:
        raise ValueError("zone ids are not unique")
    i = _indexer(rows, from_ids)
    j = _indexer(cols, to_ids)
    vals = np.asarray(values, dtype=float)
    if not (len(i) == len(j) == len(vals)):
        raise ValueError("from, to and value columns differ in length")
    bad_i, bad_j = i < 0, j < 0
    unknown_from = pd.unique(np.asarray(from_ids, dtype=object)[bad_i]).tolist()
    unknown_to = pd.unique(np.asarray(to_ids, dtype=object)[bad_j]).tolist()
    ok = ~(bad_i | bad_j)
    flat = i[ok].astype(np.int64) * len(cols) + j[ok]
    dup = pd.Series(flat).duplicated(keep="last").to_numpy()
    matrix = np.full((len(rows), len(cols)), fill, dtype=float)
    matrix.ravel()[flat[~dup]] = vals[ok][~dup]
    return DenseMatrixResult(
        matrix=matrix,
        unknown_from_ids=unknown_from,
        unknown_to_ids=unknown_to,
        n_rows_dropped=int((~ok).sum()),
        n_duplicates=int(dup.sum()),
    )


def dense_to_long(
    matrix: np.ndarray,
    zone_ids: Sequence,
    to_zone_ids: Optional[Sequence] = None,
    value_name: str = "trips",
    drop_zeros: bool = True,
    include_intrazonal: bool = True,
) -> pd.DataFrame:
    """Long table ``from_id, to_id, <value_name>`` from a dense matrix (NaN cells are skipped)."""
    m = np.asarray(matrix)
    rows = np.asarray(zone_ids)
    cols = rows if to_zone_ids is None else np.asarray(to_zone_ids)
    if m.shape != (len(rows), len(cols)):
        raise ValueError("matrix shape does not match the zone ids")
    keep = ~np.isnan(m)
    if drop_zeros:
        keep &= m != 0
    if not include_intrazonal:
        n = min(m.shape)
        keep[np.arange(n), np.arange(n)] = False
    ii, jj = np.nonzero(keep)
    return pd.DataFrame({"from_id": rows[ii], "to_id": cols[jj], value_name: m[ii, jj]})


# --------------------------------------------------------------------------------------------
# Costs and deterrence
# --------------------------------------------------------------------------------------------


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
    for s, e in _row_blocks(c.shape[0], c.shape[1] if c.ndim > 1 else 1):
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
    n = c.shape[0]
    if c.shape != (n, n):
        raise ValueError("intrazonal costs need a square matrix")
    diag = np.arange(n)
    if value is not None:
        c[diag, diag] = value
        return c
    off = c.copy()
    off[diag, diag] = np.inf
    off[~np.isfinite(off) | (off <= 0)] = np.inf
    nearest = off.min(axis=1)
    c[diag, diag] = np.where(np.isfinite(nearest), nearest_factor * nearest, np.nan)
    return c


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
        for s, e in _row_blocks(*c2.shape):
            self._check(c2[s:e])
        for s, e in _row_blocks(*c2.shape):
            self._block(c2[s:e], o2[s:e])
        return out


# --------------------------------------------------------------------------------------------
# Balancing (Furness / IPF) and the gravity model
# --------------------------------------------------------------------------------------------


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
    if np.count_nonzero(weights[np.ix_(rows, cols)]) == rows.sum() * cols.sum():
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
    for s, e in _row_blocks(*t.shape):
        ok = np.isfinite(c[s:e])
        tb = np.where(ok, t[s:e], 0.0)
        num += float(np.sum(tb * np.where(ok, c[s:e], 0.0)))
        den += float(tb.sum())
    return num / den if den > 0 else float("nan")


def _textbook_factors(bal: _Balanced, o: np.ndarray, d: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    return _safe_ratio(bal.a, o), _safe_ratio(bal.b, d)


def _assemble(weights: np.ndarray, bal: _Balanced) -> np.ndarray:
    """T = a_i W_ij b_j written over ``weights`` (which the caller owns)."""
    for s, e in _row_blocks(*weights.shape):
        weights[s:e] *= bal.a[s:e, None]
        weights[s:e] *= bal.b[None, :]
    return weights


def gravity(
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
    trips = _assemble(weights, bal)
    big_a, big_b = _textbook_factors(bal, o, d if bal.destinations is None else bal.destinations)
    result = DistributionResult(
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
        balance=rep,
        deterrence=deterrence,
        mean_cost=mean_trip_cost(trips, c),
        rebalanced_parts=bal.rebalanced_parts,
    )
    report(progress, 1.0)
    return result


def trip_length_distribution(trips: np.ndarray, cost: np.ndarray, bin_edges: Sequence[float]) -> np.ndarray:
    """Trips per cost bin ``[edges[k], edges[k+1])``; trips with missing or out-of-range cost are left out."""
    edges = np.asarray(bin_edges, dtype=float)
    n_bins = len(edges) - 1
    out = np.zeros(n_bins)
    t = np.asarray(trips, dtype=float)
    c = np.asarray(cost, dtype=float)
    for s, e in _row_blocks(*t.shape):
        k = np.searchsorted(edges, c[s:e], side="right") - 1
        ok = (k >= 0) & (k < n_bins)
        out += np.bincount(k[ok], weights=t[s:e][ok], minlength=n_bins)
    return out


# --------------------------------------------------------------------------------------------
# Calibration
# --------------------------------------------------------------------------------------------


class UnattainableMeanCost(ValueError):
    """The observed mean cost is at or above the mean with no deterrence at all (β = 0): no β > 0 reaches it."""

    def __init__(self, observed: float, max_mean: float) -> None:
        super().__init__(f"observed mean cost {observed} >= mean cost without deterrence {max_mean}")
        self.observed = observed
        self.max_mean = max_mean


class MeanCostTooLow(ValueError):
    """The observed mean cost is below what the gravity model reaches: as β grows the trips concentrate on
    the cheapest pairs until the balancing fails (for the doubly constrained model the floor is the mean
    cost of the cheapest transport plan)."""

    def __init__(self, observed: float, last: float) -> None:
        super().__init__(f"observed mean cost {observed} is below what the model reaches (last mean {last})")
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
        for s, e in _row_blocks(*self.weights.shape):
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
        for s, e in _row_blocks(*self.cost.shape):
            kb = np.searchsorted(bin_edges, self.cost[s:e], side="right") - 1
            kb[(kb < 0) | (kb >= n_bins)] = n_bins
            k[s:e] = kb
        return k

    def tld(self, bins: np.ndarray, n_bins: int) -> np.ndarray:
        a, b = self.bal.a, self.bal.b
        out = np.zeros(n_bins + 1)
        for s, e in _row_blocks(*self.weights.shape):
            t = self.weights[s:e] * a[s:e, None] * b[None, :]
            out += np.bincount(bins[s:e].ravel(), weights=t.ravel(), minlength=n_bins + 1)
        return out[:n_bins]

    def result(self, det: Deterrence) -> DistributionResult:
        bal = self.bal
        trips = _assemble(self.weights, bal)
        big_a, big_b = _textbook_factors(
            bal, self.o, self.d if bal.destinations is None else bal.destinations
        )
        return DistributionResult(
            trips=trips,
            row_factors=big_a,
            column_factors=big_b,
            iterations=bal.iterations,
            max_relative_error=bal.error,
            converged=bal.converged,
            constraint=self.constraint,
            stranded_origins=bal.stranded_rows,
            stranded_destinations=bal.stranded_cols,
            n_missing_pairs=check_costs(self.cost).n_missing,
            deterrence=det,
            mean_cost=mean_trip_cost(trips, self.cost),
            rebalanced_parts=bal.rebalanced_parts,
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


# --------------------------------------------------------------------------------------------
# Mode split
# --------------------------------------------------------------------------------------------


@dataclass
class ModeSplitResult:
    """Multinomial logit probabilities, shape (modes, *OD shape), and availability counts."""

    probabilities: np.ndarray
    n_unavailable_pairs: int
    n_unavailable_by_mode: np.ndarray

    def trips_by_mode(self, trips: np.ndarray) -> np.ndarray:
        """Split an OD matrix: trips × P_m for each mode (pairs with no mode get 0)."""
        return self.probabilities * np.asarray(trips, dtype=float)[None, ...]


def _per_mode(value: Union[float, Sequence[float]], n_modes: int, name: str) -> np.ndarray:
    arr = (
        np.broadcast_to(np.asarray(value, dtype=float), (n_modes,))
        if np.ndim(value) == 0
        else np.asarray(value, float)
    )
    if arr.shape != (n_modes,):
        raise ValueError(f"{name} needs one value or one per mode")
    return arr


def logit_mode_split(
    times: Sequence[np.ndarray],
    time_coefficients: Union[float, Sequence[float]],
    constants: Optional[Sequence[float]] = None,
    costs: Optional[Sequence[Optional[np.ndarray]]] = None,
    cost_coefficients: Union[float, Sequence[float]] = 0.0,
    progress: ProgressCallback = None,
) -> ModeSplitResult:
    """P_m = exp(V_m) / Σ_k exp(V_k), V_m = ASC_m + β_t,m · time_m + β_c,m · cost_m, per OD pair.

    Coefficients may be generic (one number) or mode-specific. A mode is unavailable for a pair
    whose time (or, when used, cost) is missing (NaN/inf): P = 0 there; pairs with no mode
    available get P = 0 for every mode and are counted. Stable: V − max V before exponentiating.
    """
    n_modes = len(times)
    if n_modes == 0:
        raise ValueError("no modes")
    shape = np.shape(times[0])
    if any(np.shape(t) != shape for t in times):
        raise ValueError("all mode time matrices must have the same shape")
    bt = _per_mode(time_coefficients, n_modes, "time coefficient")
    bc = _per_mode(cost_coefficients, n_modes, "cost coefficient")
    asc = np.zeros(n_modes) if constants is None else _per_mode(constants, n_modes, "constants")
    cost_list = list(costs) if costs is not None else [None] * n_modes
    if len(cost_list) != n_modes:
        raise ValueError("costs need one entry (or None) per mode")
    flat_t = [np.asarray(t, dtype=float).ravel() for t in times]
    flat_c = [None if c is None else np.asarray(c, dtype=float).ravel() for c in cost_list]
    n = flat_t[0].size
    probs = np.empty((n_modes, n), dtype=float)
    unavailable = np.zeros(n_modes, dtype=np.int64)
    none_available = 0
    step = max(1, _BLOCK_CELLS // n_modes)
    for s in range(0, n, step):
        e = min(n, s + step)
        v = probs[:, s:e]
        for m in range(n_modes):
            t = flat_t[m][s:e]
            ok = np.isfinite(t)
            np.multiply(t, bt[m], out=v[m])
            v[m] += asc[m]
            if flat_c[m] is not None and bc[m] != 0:
                cm = flat_c[m][s:e]
                ok &= np.isfinite(cm)
                v[m] += bc[m] * np.where(np.isfinite(cm), cm, 0.0)
            v[m][~ok] = -np.inf
            unavailable[m] += int((~ok).sum())
        vmax = v.max(axis=0)
        dead = ~np.isfinite(vmax)
        none_available += int(dead.sum())
        vmax[dead] = 0.0
        v -= vmax
        np.exp(v, out=v)
        total = v.sum(axis=0)
        total[dead] = 1.0
        v /= total
        report(progress, e / n)
    return ModeSplitResult(
        probabilities=probs.reshape((n_modes, *shape)),
        n_unavailable_pairs=none_available,
        n_unavailable_by_mode=unavailable,
    )


def mode_shares_by_origin(trips_by_mode: np.ndarray) -> np.ndarray:
    """Share of each mode in the trips leaving each origin, shape (origins, modes); NaN without trips."""
    per_origin = np.asarray(trips_by_mode, dtype=float).sum(axis=2).T
    total = per_origin.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, per_origin / total, np.nan)
