"""Accessibility to opportunities, following IPEA's ``accessibility`` R package (Pereira & Herszenhut).

Measures: cumulative opportunities (one or several cutoffs, and the interval version), passive
accessibility, gravity with the package's decay functions, cost to the closest / n-th closest
opportunity, and the 2SFCA, BFCA, enhanced 2SFCA and 3SFCA floating catchment measures (the last two as
PySAL ``access``). Spatial availability, balancing cost, constrained accessibility and cutoffs on several
costs at once live in :mod:`.access_family` and are re-exported here; :data:`MEASURES` lists them all. Every measure runs over a long
travel matrix (``from_id, to_id, travel_time``) held as compact integer-coded arrays
(:class:`TravelMatrix`) and is vectorised with ``numpy.bincount`` over blocks of rows, so memory
stays bounded on very large matrices.

Conventions (the package's unless said otherwise):

* Output: :class:`AccessibilityResult` whose ``values`` is a wide DataFrame indexed by zone id (the
  land-use index, every zone present), columns a two-level MultiIndex ``(opportunity, parameter)``
  where the parameter is the cutoff, the decay label, ``n`` or the interval label.
  :func:`flatten_columns` turns it into field names such as ``acc_jobs_30``.
* Zones that reach nothing get 0 for cumulative, gravity and FCA measures and NaN for cost to
  closest (the package returns ``Inf``; NaN becomes NULL in a QGIS field).
* Ids of the matrix missing from the land use (and the reverse) are counted in
  :class:`MatrixDiagnostics`; rows with an unknown id, a NULL or a negative cost are not used.
* NULL or negative opportunities / population are counted in :class:`ColumnDiagnostics` and taken
  as 0. Duplicate land-use ids raise ``ValueError``.
* ``decay_logistic`` is the package's adjusted logistic (Bauer & Groneberg 2016) with f(0) = 1:
  f(t) = g(0) / g(t), g(t) = 1 + exp(pi (t - T) / (sd sqrt 3)).
* ``decay_power`` caps weights at 1 (so t <= 1, including t = 0, weighs 1), as the package does.
* FCA: a destination whose catchment holds no population has an undefined supply ratio; it adds
  nothing to anybody's accessibility (the package yields ``Inf`` for the zero-population origins that
  reach it) and is counted in ``AccessibilityResult.destinations_without_demand``.
* ``cumulative_interval`` truncates the summary to an integer like the package (``truncate=True``).
* Large matrices: :func:`prepare_matrix` accepts an iterator of DataFrames (see
  :func:`iter_matrix_file`, which reads CSV or Parquet in chunks) and stores 12 bytes per row (int16
  zone codes below 32,767 zones, int32 above, float64 cost). Every measure then walks the rows in
  blocks of :data:`ROW_BLOCK`; FCA needs two passes over the rows (2SFCA: demand per destination,
  then accessibility per origin) or three (BFCA: first the weight totals per origin and destination).
  Cost to the n-th closest opportunity with n > 1 sorts the rows with positive opportunities once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .definitions import field_name, number_code, safe_name, unique_names
from .errors import InputError
from .od import (  # noqa: F401 (re-exported: the matrix accessibility reads)
    EXAMPLES,
    ROW_BLOCK,
    MatrixDiagnostics,
    MatrixInput,
    TravelMatrix,
    _is_numeric,
    iter_matrix_file,
    prepare_matrix,
    zone_index,
)
from .progress import ProgressCallback, report, scaled

# --------------------------------------------------------------------------------------------- decay


@dataclass(frozen=True)
class Decay:
    """A decay (impedance) function f(t) of the accessibility package: kind plus parameters."""

    kind: str
    value: float = 0.0
    sd: float = 0.0
    steps: Tuple[float, ...] = ()
    weights: Tuple[float, ...] = ()

    def __call__(self, cost: np.ndarray) -> np.ndarray:
        """Weights for an array of travel costs (all >= 0)."""
        t = np.asarray(cost, dtype=np.float64)
        if self.kind == "binary":
            return (t <= self.value).astype(np.float64)
        if self.kind == "exponential":
            return np.exp(-self.value * t)
        if self.kind == "power":
            with np.errstate(divide="ignore", over="ignore"):
                w = np.power(t, -self.value)
            return np.minimum(w, 1.0)
        if self.kind == "linear":
            return np.maximum(1.0 - t / self.value, 0.0)
        if self.kind == "logistic":
            scale = math.pi / (self.sd * math.sqrt(3.0))
            with np.errstate(over="ignore"):
                g0 = 1.0 + math.exp(-self.value * scale)
                return g0 / (1.0 + np.exp((t - self.value) * scale))
        if self.kind == "stepped":
            edges = np.concatenate(([0.0], np.asarray(self.steps, dtype=np.float64)))
            levels = np.concatenate(([1.0], np.asarray(self.weights, dtype=np.float64)))
            return levels[np.searchsorted(edges, t, side="right") - 1]
        if self.kind == "subzones":
            levels = np.concatenate((np.asarray(self.weights, dtype=np.float64), [0.0]))
            return levels[np.searchsorted(np.asarray(self.steps, dtype=np.float64), t, side="left")]
        raise ValueError(f"unknown decay function {self.kind!r}")

    @property
    def label(self) -> str:
        """Short parameter label used as the column's second level (package-like naming)."""
        if self.kind == "logistic":
            return f"T{_num(self.value)};s{_num(self.sd)}"
        if self.kind in ("stepped", "subzones"):
            steps = ",".join(_num(s) for s in self.steps)
            weights = ",".join(_num(w) for w in self.weights)
            return f"{self.kind[:1]}({steps});w({weights})"
        return _num(self.value)


def _num(x: float) -> str:
    return f"{x:g}"


def decay_binary(cutoff: float) -> Decay:
    """Binary (step) decay: 1 if t <= cutoff else 0."""
    _check_nonnegative(cutoff, "cutoff")
    return Decay("binary", float(cutoff))


def decay_exponential(decay_value: float) -> Decay:
    """Negative exponential decay exp(-beta t)."""
    _check_nonnegative(decay_value, "decay_value")
    return Decay("exponential", float(decay_value))


def decay_power(decay_value: float) -> Decay:
    """Inverse power decay t^-beta, capped at 1 (t <= 1, including 0, weighs 1)."""
    _check_nonnegative(decay_value, "decay_value")
    return Decay("power", float(decay_value))


def decay_linear(cutoff: float) -> Decay:
    """Linear decay max(0, 1 - t / cutoff)."""
    if not cutoff > 0:
        raise ValueError("cutoff must be positive")
    return Decay("linear", float(cutoff))


def decay_logistic(cutoff: float, sd: float) -> Decay:
    """Adjusted logistic decay with median ``cutoff`` and standard deviation ``sd`` (f(0) = 1)."""
    if not cutoff > 0 or not sd > 0:
        raise ValueError("cutoff and sd must be positive")
    return Decay("logistic", float(cutoff), sd=float(sd))


def decay_stepped(steps: Sequence[float], weights: Sequence[float]) -> Decay:
    """Stepped decay: weight 1 below the first step, ``weights[k]`` from ``steps[k]`` (inclusive) on."""
    s = np.asarray(steps, dtype=np.float64)
    w = np.asarray(weights, dtype=np.float64)
    if s.ndim != 1 or s.size == 0 or s.shape != w.shape:
        raise ValueError("steps and weights must be non-empty sequences of the same length")
    if np.any(np.diff(s) <= 0) or s[0] <= 0:
        raise ValueError("steps must be positive and strictly increasing")
    if np.any((w < 0) | (w > 1)):
        raise ValueError("weights must lie between 0 and 1")
    return Decay("stepped", steps=tuple(s.tolist()), weights=tuple(w.tolist()))


def decay_subzones(limits: Sequence[float], weights: Sequence[float]) -> Decay:
    """Weighted subzones of the enhanced 2SFCA (Luo & Qi 2009) and 3SFCA, as PySAL ``access``'s ``step_fn``:
    ``weights[k]`` for limits[k-1] < t <= limits[k] (the first from 0), 0 beyond the last limit."""
    s = np.asarray(limits, dtype=np.float64)
    w = np.asarray(weights, dtype=np.float64)
    if s.ndim != 1 or s.size == 0 or s.shape != w.shape:
        raise ValueError("subzone limits and weights must be non-empty sequences of the same length")
    if not np.all(np.isfinite(s)) or np.any(np.diff(s) <= 0) or s[0] <= 0:
        raise ValueError("subzone limits must be positive and strictly increasing")
    if not np.all(np.isfinite(w)) or np.any(w < 0):
        raise ValueError("subzone weights must be numbers >= 0")
    return Decay("subzones", steps=tuple(s.tolist()), weights=tuple(w.tolist()))


E2SFCA_SUBZONES = ((10.0, 20.0, 30.0), (1.0, 0.68, 0.22))
"""Luo & Qi (2009) subzones (minutes) and weights, PySAL ``access``'s default for the enhanced 2SFCA."""
THREE_SFCA_SUBZONES = ((10.0, 20.0, 30.0, 60.0), (0.962, 0.704, 0.377, 0.042))
"""Wan, Zou & Sternberg (2012) subzones (minutes) and weights, PySAL ``access``'s default for the 3SFCA."""


def make_decay(kind: str, value: float, sd: float = 0.0) -> Decay:
    """Decay from its name (binary, exponential, power, linear, logistic) and main parameter."""
    makers = {
        "binary": decay_binary,
        "exponential": decay_exponential,
        "power": decay_power,
        "linear": decay_linear,
    }
    if kind == "logistic":
        return decay_logistic(value, sd)
    if kind not in makers:
        raise ValueError(f"unknown decay function {kind!r}")
    return makers[kind](value)


def _check_nonnegative(x: float, name: str) -> None:
    if not (np.isfinite(x) and x >= 0):
        raise ValueError(f"{name} must be a finite number >= 0")


# ---------------------------------------------------------------------------------------- diagnostics


@dataclass
class ColumnDiagnostics:
    """NULL and negative values found in one land-use column (both were taken as 0)."""

    name: str
    n_null: int = 0
    null_examples: List[object] = field(default_factory=list)
    n_negative: int = 0
    negative_examples: List[object] = field(default_factory=list)
    total: float = 0.0


@dataclass
class AccessibilityResult:
    """Accessibility per zone plus the diagnostics the Processing layer turns into messages."""

    values: pd.DataFrame
    measure: str
    matrix: MatrixDiagnostics
    columns: List[ColumnDiagnostics]
    n_zones_reaching_nothing: Dict[str, int] = field(default_factory=dict)
    destinations_without_demand: Dict[str, int] = field(default_factory=dict)
    fitting: Dict[str, object] = field(default_factory=dict)
    """Doubly constrained measure: how the balancing factors were fitted, by result column label."""
    flows: Dict[str, pd.DataFrame] = field(default_factory=dict)
    """Doubly constrained measure with ``detailed=True``: the fitted flows per pair, by result column label."""


# ----------------------------------------------------------------------------------------- land use


def land_use_column(land_use: pd.DataFrame, name: str) -> Tuple[np.ndarray, ColumnDiagnostics]:
    """A numeric land-use column as float64 (NULL and negatives set to 0) and what was found."""
    if name not in land_use.columns:
        raise ValueError(f"land use has no column {name!r}")
    col = land_use[name]
    if not (_is_numeric(col) or col.isna().all()):
        raise ValueError(f"land-use column {name!r} is not numeric")
    values = col.to_numpy(dtype=np.float64, na_value=np.nan)
    null = np.isnan(values)
    negative = values < 0
    ids = land_use.index
    diag = ColumnDiagnostics(
        name=name,
        n_null=int(null.sum()),
        null_examples=ids[null][:EXAMPLES].tolist(),
        n_negative=int(negative.sum()),
        negative_examples=ids[negative][:EXAMPLES].tolist(),
    )
    values = np.where(null | negative, 0.0, values)
    diag.total = float(values.sum())
    return values, diag


def _setup(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    columns: Sequence[str],
    matrix_columns: Tuple[str, str, str],
    max_cost: Optional[float],
    progress: ProgressCallback,
) -> Tuple[TravelMatrix, List[np.ndarray], List[ColumnDiagnostics]]:
    ids = zone_index(land_use)
    tm = prepare_matrix(matrix, ids, *matrix_columns, max_cost=max_cost, progress=progress)
    if not tm.zone_ids.equals(ids):
        raise ValueError("the prepared travel matrix was matched to other zone ids")
    tm.require_unique_pairs()
    arrays, diags = [], []
    for name in columns:
        arr, diag = land_use_column(land_use, name)
        arrays.append(arr)
        diags.append(diag)
    return tm, arrays, diags


def _as_list(x: Union[str, float, Decay, Sequence]) -> list:
    if isinstance(x, (str, Decay)) or np.isscalar(x):
        return [x]
    return list(x)


def _frame(zone_ids: pd.Index, data: Dict[Tuple[str, str], np.ndarray], level: str) -> pd.DataFrame:
    cols = pd.MultiIndex.from_tuples(list(data.keys()), names=["opportunity", level])
    values = np.column_stack(list(data.values())) if data else np.empty((len(zone_ids), 0))
    frame = pd.DataFrame(values, index=zone_ids, columns=cols)
    frame.index.name = "id"
    return frame


def flatten_columns(values: pd.DataFrame, prefix: str = "acc") -> pd.DataFrame:
    """Copy of a result frame with readable one-level names, e.g. ``acc_jobs_30``."""
    out = values.copy()
    names = []
    for opportunity, param in values.columns:
        label = "".join(ch if ch.isalnum() else "_" for ch in f"{prefix}_{opportunity}_{param}")
        names.append("_".join(part for part in label.split("_") if part))
    out.columns = names
    return out


# ----------------------------------------------------------------------------------------- measures

Columns = Union[str, Sequence[str]]
MatrixColumns = Tuple[str, str, str]
DEFAULT_COLUMNS: MatrixColumns = ("from_id", "to_id", "travel_time")


def _cumulative_table(
    tm: TravelMatrix,
    weights: List[np.ndarray],
    cutoffs: np.ndarray,
    active: bool,
    progress: ProgressCallback,
) -> Tuple[List[np.ndarray], np.ndarray]:
    """Per zone and cutoff: sum of weights (opportunities at the other end) and count of pairs reached."""
    n, k = tm.n_zones, len(cutoffs)
    sums = [np.zeros(n * k) for _ in weights]
    count = np.zeros(n * k)
    top = cutoffs[-1]
    blocks = tm.n_blocks()
    for b, (o, d, c) in enumerate(tm.blocks()):
        inside = c <= top
        group, other = (o, d) if active else (d, o)
        group, other, c = group[inside], other[inside], c[inside]
        key = group.astype(np.int64) * k + np.searchsorted(cutoffs, c, side="left")
        count += np.bincount(key, minlength=n * k)
        for acc, w in zip(sums, weights):
            acc += np.bincount(key, weights=w[other], minlength=n * k)
        report(progress, (b + 1) / blocks)
    sums = [np.cumsum(acc.reshape(n, k), axis=1) for acc in sums]
    return sums, np.cumsum(count.reshape(n, k), axis=1)


def cumulative_cutoff(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    opportunities: Columns,
    cutoffs: Union[float, Sequence[float]],
    active: bool = True,
    matrix_columns: MatrixColumns = DEFAULT_COLUMNS,
    progress: ProgressCallback = None,
) -> AccessibilityResult:
    """Opportunities reachable within each cutoff (t <= T); passive (people reaching j) if not active."""
    cuts = np.unique(np.asarray(_as_list(cutoffs), dtype=np.float64))
    if cuts.size == 0 or np.any(~np.isfinite(cuts)) or np.any(cuts < 0):
        raise ValueError("cutoffs must be finite numbers >= 0")
    names = _as_list(opportunities)
    tm, weights, diags = _setup(matrix, land_use, names, matrix_columns, None, scaled(progress, 0, 0.5))
    sums, count = _cumulative_table(tm, weights, cuts, active, scaled(progress, 0.5, 1))
    data = {(name, _num(cut)): acc[:, i] for name, acc in zip(names, sums) for i, cut in enumerate(cuts)}
    reach_nothing = {_num(cut): int((count[:, i] == 0).sum()) for i, cut in enumerate(cuts)}
    measure = "cumulative" if active else "passive"
    return AccessibilityResult(
        _frame(tm.zone_ids, data, "cutoff"), measure, tm.diagnostics, diags, reach_nothing
    )


def passive_accessibility(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    population: Columns,
    cutoffs: Union[float, Sequence[float]],
    matrix_columns: MatrixColumns = DEFAULT_COLUMNS,
    progress: ProgressCallback = None,
) -> AccessibilityResult:
    """Population that reaches each destination within each cutoff (cumulative, origins and destinations swapped)."""
    return cumulative_cutoff(matrix, land_use, population, cutoffs, False, matrix_columns, progress)


def cumulative_interval(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    opportunities: Columns,
    interval: Tuple[float, float],
    increment: float = 1.0,
    summary: str = "median",
    truncate: bool = True,
    active: bool = True,
    matrix_columns: MatrixColumns = DEFAULT_COLUMNS,
    progress: ProgressCallback = None,
) -> AccessibilityResult:
    """Median (or mean) of cumulative accessibility over cutoffs T1, T1+step, ..., T2 (Tomasiello et al. 2023).

    Like the package, the summary is truncated to an integer when ``truncate`` is true.
    """
    start, end = float(interval[0]), float(interval[1])
    if not (0 <= start < end) or not increment > 0:
        raise ValueError("interval must be (start, end) with 0 <= start < end and increment > 0")
    if summary not in ("median", "mean"):
        raise ValueError("summary must be 'median' or 'mean'")
    cuts = start + increment * np.arange(int(math.floor((end - start) / increment + 1e-9)) + 1)
    names = _as_list(opportunities)
    tm, weights, diags = _setup(matrix, land_use, names, matrix_columns, None, scaled(progress, 0, 0.5))
    sums, count = _cumulative_table(tm, weights, cuts, active, scaled(progress, 0.5, 1))
    label = f"{_num(start)}-{_num(end)}"
    reducer = np.median if summary == "median" else np.mean
    data = {}
    for name, acc in zip(names, sums):
        value = reducer(acc, axis=1)
        data[(name, label)] = np.trunc(value) if truncate else value
    reach_nothing = {label: int((count[:, -1] == 0).sum())}
    return AccessibilityResult(
        _frame(tm.zone_ids, data, "interval"), "cumulative_interval", tm.diagnostics, diags, reach_nothing
    )


def gravity(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    opportunities: Columns,
    decays: Union[Decay, Sequence[Decay]],
    active: bool = True,
    matrix_columns: MatrixColumns = DEFAULT_COLUMNS,
    progress: ProgressCallback = None,
) -> AccessibilityResult:
    """Gravity accessibility A_i = sum_j O_j f(t_ij) for each decay function."""
    funcs = _as_list(decays)
    names = _as_list(opportunities)
    tm, weights, diags = _setup(matrix, land_use, names, matrix_columns, None, scaled(progress, 0, 0.5))
    n = tm.n_zones
    acc = {(name, f.label): np.zeros(n) for f in funcs for name in names}
    reached = np.zeros(n)
    blocks = tm.n_blocks()
    for b, (o, d, c) in enumerate(tm.blocks()):
        group, other = (o, d) if active else (d, o)
        reached += np.bincount(group, minlength=n)
        for f in funcs:
            w = f(c)
            for name, opp in zip(names, weights):
                acc[(name, f.label)] += np.bincount(group, weights=w * opp[other], minlength=n)
        report(progress, 0.5 + 0.5 * (b + 1) / blocks)
    nothing = int((reached == 0).sum())
    return AccessibilityResult(
        _frame(tm.zone_ids, acc, "decay"),
        "gravity",
        tm.diagnostics,
        diags,
        {f.label: nothing for f in funcs},
    )


def _min_cost_by_group(tm: TravelMatrix, group_is_origin: bool, opp: np.ndarray) -> np.ndarray:
    """Minimum cost per zone over rows whose other end holds opportunities (NaN if none), blockwise."""
    best = np.full(tm.n_zones, np.inf)
    for o, d, c in tm.blocks():
        group, other = (o, d) if group_is_origin else (d, o)
        has = opp[other] > 0
        if has.any():
            mins = pd.Series(c[has]).groupby(group[has]).min()
            idx = mins.index.to_numpy()
            best[idx] = np.minimum(best[idx], mins.to_numpy())
    best[np.isinf(best)] = np.nan
    return best


def _nth_cost_by_group(
    tm: TravelMatrix, group_is_origin: bool, opp: np.ndarray, ns: List[float]
) -> List[np.ndarray]:
    """Smallest cost at which cumulative opportunities reach each n, per zone (NaN if never)."""
    group_all, other_all = (tm.origin, tm.destination) if group_is_origin else (tm.destination, tm.origin)
    rows = np.flatnonzero(opp[other_all] > 0)
    group = group_all[rows]
    cost = tm.cost[rows]
    order = np.lexsort((cost, group))
    group, cost = group[order], cost[order]
    amount = opp[other_all[rows[order]]]
    del rows, order
    cum = np.cumsum(amount)
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    before = np.r_[0.0, cum[starts[1:] - 1]] if starts.size else np.empty(0)
    sizes = np.diff(np.r_[starts, len(group)])
    cum -= np.repeat(before, sizes)
    out = []
    for n in ns:
        result = np.full(tm.n_zones, np.nan)
        hit = np.flatnonzero(cum >= n)
        if hit.size:
            g = group[hit]
            first = np.r_[True, g[1:] != g[:-1]]
            result[g[first]] = cost[hit[first]]
        out.append(result)
    return out


def cost_to_closest(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    opportunities: Columns,
    n: Union[float, Sequence[float]] = 1,
    active: bool = True,
    matrix_columns: MatrixColumns = DEFAULT_COLUMNS,
    progress: ProgressCallback = None,
) -> AccessibilityResult:
    """Minimum travel cost to reach ``n`` opportunities (n = 1: the closest); NaN where never reached."""
    ns = sorted(set(float(x) for x in _as_list(n)))
    if not ns or ns[0] < 1 or not np.isfinite(ns[-1]):
        raise ValueError("n must be finite numbers >= 1")
    names = _as_list(opportunities)
    tm, weights, diags = _setup(matrix, land_use, names, matrix_columns, None, scaled(progress, 0, 0.5))
    data, unreachable = {}, {}
    for i, (name, opp) in enumerate(zip(names, weights)):
        if ns == [1.0]:
            results = [_min_cost_by_group(tm, active, opp)]
        else:
            results = _nth_cost_by_group(tm, active, opp, ns)
        for nv, res in zip(ns, results):
            data[(name, _num(nv))] = res
            unreachable[f"{name}:{_num(nv)}"] = int(np.isnan(res).sum())
        report(progress, 0.5 + 0.5 * (i + 1) / len(names))
    return AccessibilityResult(
        _frame(tm.zone_ids, data, "n"), "cost_to_closest", tm.diagnostics, diags, unreachable
    )


def floating_catchment_area(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    opportunities: Columns,
    demand: str,
    decays: Union[Decay, Sequence[Decay]],
    method: str = "2sfca",
    matrix_columns: MatrixColumns = DEFAULT_COLUMNS,
    progress: ProgressCallback = None,
) -> AccessibilityResult:
    """2SFCA (Luo & Wang 2003), BFCA (Paez et al. 2019) or 3SFCA (Wan et al. 2012, as PySAL ``access``)
    accessibility with competition for ``demand``; the enhanced 2SFCA is 2SFCA with :func:`decay_subzones`.

    3SFCA weighs each pair by f(t_ij) G_ij with the selection weight G_ij = f(t_ij) / sum_k f(t_ik).
    """
    if method not in ("2sfca", "bfca", "3sfca"):
        raise ValueError("method must be '2sfca', 'bfca' or '3sfca'")
    funcs = _as_list(decays)
    names = _as_list(opportunities)
    tm, arrays, diags = _setup(
        matrix, land_use, [*names, demand], matrix_columns, None, scaled(progress, 0, 0.3)
    )
    pop = arrays[-1]
    n = tm.n_zones
    blocks = tm.n_blocks()
    steps = len(funcs) * blocks * (2 if method == "2sfca" else 3)
    done = 0
    acc: Dict[Tuple[str, str], np.ndarray] = {}
    without_demand: Dict[str, int] = {}
    reached = np.zeros(n)

    def tick() -> None:
        nonlocal done
        done += 1
        report(progress, 0.3 + 0.7 * done / steps)

    for f in funcs:
        if method != "2sfca":
            origin_total = np.zeros(n)
            dest_total = np.zeros(n)
            for o, d, c in tm.blocks():
                w = f(c)
                origin_total += np.bincount(o, weights=w, minlength=n)
                dest_total += np.bincount(d, weights=w, minlength=n)
                tick()
            inv_o = _safe_inverse(origin_total)
            inv_d = _safe_inverse(dest_total)
        served = np.zeros(n)
        for o, d, c in tm.blocks():
            w = f(c)
            if method == "bfca":
                w = w * inv_o[o]
            elif method == "3sfca":
                w = w * w * inv_o[o]
            served += np.bincount(d, weights=w * pop[o], minlength=n)
            tick()
        inv_served = _safe_inverse(served)
        ratios = [opp * inv_served for opp in arrays[:-1]]
        for name, opp in zip(names, arrays[:-1]):
            without_demand[f"{name}:{f.label}"] = int(((served <= 0) & (opp > 0)).sum())
        sums = [np.zeros(n) for _ in names]
        reached[:] = 0
        for o, d, c in tm.blocks():
            w = f(c)
            if method == "bfca":
                w = w * inv_d[d]
            elif method == "3sfca":
                w = w * w * inv_o[o]
            reached += np.bincount(o, minlength=n)
            for total, ratio in zip(sums, ratios):
                total += np.bincount(o, weights=w * ratio[d], minlength=n)
            tick()
        for name, total in zip(names, sums):
            acc[(name, f.label)] = total
    nothing = int((reached == 0).sum())
    return AccessibilityResult(
        _frame(tm.zone_ids, acc, "decay"),
        method,
        tm.diagnostics,
        diags,
        {f.label: nothing for f in funcs},
        without_demand,
    )


def _safe_inverse(x: np.ndarray) -> np.ndarray:
    """1/x where x > 0, else 0 (undefined ratios contribute nothing)."""
    out = np.zeros_like(x)
    np.divide(1.0, x, out=out, where=x > 0)
    return out


# ------------------------------------------------------------------------------------------- summary

COUNT_MEASURES = (
    "cumulative",
    "passive",
    "cumulative_interval",
    "gravity",
    "cumulative_cost_cutoffs",
    "passive_cost_cutoffs",
)
"""Measures whose values are amounts of opportunities (or people): a mean is a share of the city's total."""


@dataclass
class ColumnSummary:
    """One result column in a line: the (population-weighted) mean over zones and its share of the total."""

    opportunity: str
    parameter: str
    mean: float
    weighted: bool
    """False when there is no population to weight by (plain mean over the zones)."""
    share_pct: float
    """The mean as a percentage of all the column's opportunities (NaN where that means nothing)."""


def summarise(
    result: AccessibilityResult, land_use: pd.DataFrame, population: Optional[str] = None
) -> List[ColumnSummary]:
    """Population-weighted mean of every result column (zones without a value left out) and, for counts
    (cumulative, gravity, passive), that mean as a share of the opportunity column's total in ``land_use``."""
    weights = None
    if population:
        weights, _ = land_use_column(land_use, population)
        weights = pd.Series(weights, index=land_use.index).reindex(result.values.index).fillna(0.0).to_numpy()
        if not weights.sum() > 0:
            weights = None
    totals = {d.name: d.total for d in result.columns}
    out = []
    for opportunity, parameter in result.values.columns:
        values = result.values[(opportunity, parameter)].to_numpy(dtype=np.float64)
        ok = np.isfinite(values)
        w = np.ones(len(values)) if weights is None else weights
        mean = float(np.sum(values[ok] * w[ok]) / np.sum(w[ok])) if np.sum(w[ok]) > 0 else float("nan")
        total = totals.get(opportunity, float("nan"))
        share = 100.0 * mean / total if result.measure in COUNT_MEASURES and total > 0 else float("nan")
        out.append(ColumnSummary(str(opportunity), str(parameter), mean, weights is not None, share))
    return out


# ------------------------------------------------------------------------------------------ registry


@dataclass(frozen=True)
class Measure:
    """One accessibility measure as the algorithm, the dock, the report and the batch runner know it."""

    name: str
    prefix: str
    """Field-name prefix of its results (``acc_jobs_30``); constrained: ``tca``, ``sca``, ``dca`` by constraint."""
    opportunities: bool
    """Whether it counts opportunity fields."""
    population: bool
    """Whether it needs the population field."""
    parameter: str
    """What its fields are named by: "cutoff", "interval", "decay", "n", "alpha" (decay and alpha),
    "constraint" (constraint and decay) or "none"."""
    passive: str = ""
    """Field-name prefix of its passive form (by destination, counting people), "" when it has none."""


MEASURES = (
    Measure("cumulative", "acc", True, False, "cutoff", "pas"),
    Measure("interval", "acc", True, False, "interval", "pas"),
    Measure("gravity", "grav", True, False, "decay", "pas"),
    Measure("closest", "time", True, False, "n", "ptime"),
    Measure("2sfca", "fca", True, True, "decay"),
    Measure("bfca", "bfca", True, True, "decay"),
    Measure("passive", "pas", False, True, "decay", "pas"),
    Measure("spatial_availability", "sa", True, True, "alpha"),
    Measure("balancing_cost", "bal", True, True, "none"),
    Measure("constrained", "ca", True, True, "constraint", "p"),
    Measure("e2sfca", "e2fca", True, True, "decay"),
    Measure("3sfca", "fca3", True, True, "decay"),
)
"""Every measure, in the order of the algorithm's MEASURE choice (new measures are appended)."""
MEASURE = {measure.name: measure for measure in MEASURES}


def decay_code(decay: Decay) -> str:
    """Short code of a decay function for field names (binary 30 → "30", exponential 0.05 → "e005")."""
    if decay.kind == "binary":
        return number_code(decay.value)
    if decay.kind == "exponential":
        return "e" + number_code(decay.value, keep_dot=False)
    if decay.kind == "power":
        return "p" + number_code(decay.value, keep_dot=False)
    if decay.kind == "linear":
        return "l" + number_code(decay.value)
    if decay.kind == "logistic":
        return "lg" + number_code(decay.value) + "s" + number_code(decay.sd, keep_dot=False)
    if decay.kind == "subzones":
        return "z" + "_".join(number_code(step) for step in decay.steps)
    return "s" + "_".join(number_code(step) for step in decay.steps)


def _code(measure: str, parameter) -> str:
    """The part of a field name that says the parameter (see :func:`output_field`)."""
    kind = MEASURE[measure].parameter
    if kind == "alpha":
        decay, alpha = parameter
        return decay_code(decay) + ("" if alpha == 1 else "_a" + number_code(alpha, keep_dot=False))
    if kind == "constraint":
        _, decay, part = parameter
        return decay_code(decay) + (f"_{part.lower()}" if part else "")
    if isinstance(parameter, Decay):
        return decay_code(parameter)
    if isinstance(parameter, _family().CostCutoffs):
        extra = "".join(f"_{safe_name(name)}{number_code(value)}" for name, value in parameter.extra)
        return number_code(parameter.cutoff) + extra
    if isinstance(parameter, tuple):
        return number_code(parameter[0]) + "_" + number_code(parameter[1])
    if kind == "n":
        return str(int(parameter))
    return number_code(parameter)


def output_field(measure: str, opportunity: str, parameter, active: bool = True) -> str:
    """The field a measure writes for an opportunity and a parameter (a cutoff, a :class:`CostCutoffs`, an
    interval (low, high), a :class:`Decay`, n, (decay, alpha) for spatial availability, (constraint, decay,
    part) for constrained accessibility, None for balancing cost), in its active or passive form:
    ``output_field("cumulative", "jobs", 30)`` → ``acc_jobs_30``."""
    spec = MEASURE[measure]
    prefix = spec.prefix if active else spec.passive
    if measure == "constrained":
        prefix = ("" if active else spec.passive) + parameter[0][0] + spec.prefix
    if spec.parameter == "none":
        return field_name(prefix, opportunity, "").rstrip("_")
    return field_name(prefix, opportunity, _code(measure, parameter))


@dataclass
class Settings:
    """What a measure is computed with: the opportunity and population columns and its parameters."""

    opportunities: Sequence[str] = ()
    population: Optional[str] = None
    cutoffs: Sequence[float] = ()
    interval: Optional[Tuple[float, float]] = None
    decays: Sequence[Decay] = ()
    n: int = 1
    active: bool = True
    """False: the passive form (by destination, counting the population field)."""
    increment: float = 1.0
    """Interval measure: the step between its cutoffs."""
    summary: str = "median"
    """Interval measure: "median" or "mean"."""
    truncate: bool = True
    """Interval measure: the summary truncated to an integer, as the package."""
    alpha: float = 1.0
    """Spatial availability: the exponent of the population."""
    constraint: str = "singly"
    """Constrained accessibility: "total", "singly" or "doubly"."""
    cost_increment: float = 1.0
    """Balancing cost: the step of the cost grid."""
    cost_cutoffs: Dict[str, float] = field(default_factory=dict)
    """Cumulative measure: a cutoff on each extra cost column of the matrix (e.g. {"fare": 4.4})."""


def needs(measure: str, settings: Settings) -> Tuple[bool, bool]:
    """Whether a measure with these settings counts opportunity fields, and whether it needs the population."""
    spec = MEASURE[measure]
    if measure == "constrained" and settings.constraint == "total":
        return settings.active, not settings.active
    if not settings.active and measure != "constrained":
        return False, True
    return spec.opportunities, spec.population


def check_settings(measure: str, settings: Settings) -> None:
    """Refuse settings a measure cannot use (:class:`InputError` with a code the algorithm translates)."""
    spec = MEASURE[measure]
    family = _family()
    if measure == "constrained":
        family.check_constraint(settings.constraint)
    if not settings.active and (
        not spec.passive or (measure == "constrained" and settings.constraint == "doubly")
    ):
        raise InputError(
            "no_passive_form",
            "The passive form exists for the cumulative, interval, gravity, travel time to the closest and total "
            "or singly constrained measures only.",
        )
    if settings.cost_cutoffs:
        if not _binary_cutoffs(measure, settings):
            raise InputError(
                "cost_cutoffs_cumulative_only",
                "Cutoffs on extra costs apply to the cumulative opportunities measure only.",
            )
        family.check_cost_cutoffs(settings.cost_cutoffs)
    if measure == "spatial_availability":
        family.check_alpha(settings.alpha)
    if measure == "balancing_cost":
        family.check_increment(settings.cost_increment)


def _binary_cutoffs(measure: str, settings: Settings) -> bool:
    """Whether the measure counts opportunities within cutoffs (cumulative, or passive with cutoffs)."""
    return measure == "cumulative" or (measure == "passive" and bool(settings.cutoffs))


def _labelled(measure: str, s: Settings) -> Dict[str, object]:
    """The parameters a measure's fields are named by, keyed by the second level of its result's columns."""
    kind = MEASURE[measure].parameter
    if s.cost_cutoffs and _binary_cutoffs(measure, s):
        extra = tuple((name, float(value)) for name, value in s.cost_cutoffs.items())
        cuts = [_family().CostCutoffs(float(c), extra) for c in s.cutoffs]
        return {c.label: c for c in cuts}
    if kind == "cutoff" or _binary_cutoffs(measure, s):
        return {_column_label(measure, c): c for c in s.cutoffs}
    if kind == "interval":
        return {_column_label(measure, s.interval): s.interval}
    if kind == "n":
        return {_column_label(measure, s.n): s.n}
    if kind == "alpha":
        return {(d.label if s.alpha == 1 else f"{d.label};a{_num(s.alpha)}"): (d, s.alpha) for d in s.decays}
    if kind == "none":
        return {_num(s.cost_increment): None}
    if kind == "constraint":
        parts = ("A", "B") if s.constraint == "doubly" else ("",)
        return {
            ":".join(filter(None, (s.constraint, d.label, part))): (s.constraint, d, part)
            for d in s.decays
            for part in parts
        }
    return {d.label: d for d in s.decays}


def _counted(s: Settings) -> list:
    """The columns the active or passive form of a one-column measure counts."""
    return list(s.opportunities) if s.active else [s.population]


def _run_family(
    measure: str, tm: TravelMatrix, land_use: pd.DataFrame, s: Settings, progress
) -> AccessibilityResult:
    """The measures of :mod:`.access_family` and the FCA variants."""
    family = _family()
    if measure == "spatial_availability":
        return family.spatial_availability(
            tm, land_use, list(s.opportunities), s.population, list(s.decays), s.alpha, progress=progress
        )
    if measure == "balancing_cost":
        return family.balancing_cost(
            tm, land_use, list(s.opportunities), s.population, s.cost_increment, progress=progress
        )
    if measure == "constrained":
        opportunities = list(s.opportunities) if (s.active or s.constraint != "total") else []
        return family.constrained_accessibility(
            tm,
            land_use,
            opportunities,
            s.population,
            list(s.decays),
            s.constraint,
            s.active,
            progress=progress,
        )
    method = {"e2sfca": "2sfca", "3sfca": "3sfca", "2sfca": "2sfca"}.get(measure, "bfca")
    result = floating_catchment_area(
        tm, land_use, list(s.opportunities), s.population, list(s.decays), method=method, progress=progress
    )
    result.measure = measure
    return result


def _run(
    measure: str, tm: TravelMatrix, land_use: pd.DataFrame, s: Settings, progress
) -> AccessibilityResult:
    if s.cost_cutoffs and _binary_cutoffs(measure, s):
        active = s.active and measure == "cumulative"
        counted = list(s.opportunities) if active else [s.population]
        return _family().cumulative_cost_cutoffs(
            tm, land_use, counted, list(s.cutoffs), s.cost_cutoffs, active, progress=progress
        )
    if measure == "cumulative":
        return cumulative_cutoff(tm, land_use, _counted(s), list(s.cutoffs), s.active, progress=progress)
    if measure == "interval":
        return cumulative_interval(
            tm,
            land_use,
            _counted(s),
            s.interval,
            s.increment,
            s.summary,
            s.truncate,
            s.active,
            progress=progress,
        )
    if measure == "closest":
        return cost_to_closest(tm, land_use, _counted(s), s.n, s.active, progress=progress)
    if measure == "gravity":
        return gravity(tm, land_use, _counted(s), list(s.decays), s.active, progress=progress)
    if measure == "passive" and s.cutoffs:
        return passive_accessibility(tm, land_use, s.population, list(s.cutoffs), progress=progress)
    if measure == "passive":
        return gravity(tm, land_use, s.population, list(s.decays), active=False, progress=progress)
    return _run_family(measure, tm, land_use, s, progress)


def with_defaults(measure: str, settings: Settings) -> Settings:
    """The settings with the papers' subzones for E2SFCA (Luo & Qi 2009) and 3SFCA (Wan et al. 2012) when no
    decay function is given (PySAL ``access``'s defaults)."""
    defaults = {"e2sfca": E2SFCA_SUBZONES, "3sfca": THREE_SFCA_SUBZONES}
    if measure in defaults and not settings.decays:
        return replace(settings, decays=[decay_subzones(*defaults[measure])])
    return settings


def compute(
    measure: str,
    tm: TravelMatrix,
    land_use: pd.DataFrame,
    settings: Settings,
    progress: ProgressCallback = None,
) -> Tuple[AccessibilityResult, List[str]]:
    """Run ``measure`` (a name of :data:`MEASURES`) and name its result's columns as output fields: the
    result, and one field name per column of ``result.values`` (made unique where codes collide)."""
    check_settings(measure, settings)
    settings = with_defaults(measure, settings)
    result = _run(measure, tm, land_use, settings, progress)
    code_of = _labelled(measure, settings)
    active = settings.active and measure != "passive"
    names = [
        output_field(measure, opportunity, code_of[label], active)
        for opportunity, label in result.values.columns
    ]
    return result, unique_names(names)


def _column_label(measure: str, parameter) -> str:
    """The second level of a result column for a plain parameter (as the measures write it)."""
    if isinstance(parameter, tuple):
        return f"{parameter[0]:g}-{parameter[1]:g}"
    return f"{float(parameter):g}"


_FAMILY_NAMES = (
    "CONSTRAINTS",
    "CostCutoffs",
    "DoublyFit",
    "balancing_cost",
    "check_alpha",
    "check_constraint",
    "check_cost_cutoffs",
    "check_increment",
    "constrained_accessibility",
    "cumulative_cost_cutoffs",
    "spatial_availability",
)
"""Names of :mod:`.access_family` also importable from here."""


def _family():
    """The :mod:`.access_family` module (imported when first used: it builds on this module)."""
    from . import access_family

    return access_family


def __getattr__(name: str):
    """Re-export the measures of :mod:`.access_family` (``from .accessibility import spatial_availability``)."""
    if name in _FAMILY_NAMES:
        return getattr(_family(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
