"""Inequality and poverty of accessibility, population-weighted, as IPEA's ``accessibility`` package.

Palma ratio, Gini index, Theil T (with between/within-group decomposition), concentration index
(standard and Erreygers-corrected) and the FGT poverty family, plus the small helpers the charts
need: weighted mean / median / quantiles, Lorenz curve points and accessibility by income decile.

Inputs are aligned 1-D arrays (one value per zone): accessibility, population and, where needed,
income per capita and a group label. Conventions (the package's unless said otherwise):

* Rows with missing accessibility or missing / negative population are left out (counted in
  :class:`InequalityDiagnostics`); zero-population rows weigh nothing.
* Rows with missing income are left out of income-based measures (Palma, concentration index,
  deciles) and counted with their population. In the package's sample data these rows have no
  population, so results are identical.
* Palma: income cut-offs are ``Hmisc::wtd.quantile`` (type "quantile") population-weighted 40 % and
  90 % quantiles of income over the zones with known income; poorest = income <= q40, wealthiest =
  income > q90; ratio of their population-weighted mean accessibility. With a group breakdown the
  cut-offs stay those of the whole area (as the package does).
* Concentration index: zones sorted by income (ties keep the input order, the package's rows are
  sorted by id), fractional rank r = cumulative population share before the zone + half its own;
  CI = 2 sum p (r - 1/2)(x - mu) / mu. Corrected (Erreygers 2009): 4 mu / (max - min) CI, with max and
  min over all rows with known accessibility.
* Theil T uses 0 log 0 = 0 (the package yields NaN when a populated zone has zero accessibility).
* FGT_a = weighted mean of ((z - x) / z)^a over x < z (0 otherwise): a zone exactly at the poverty line is
  not poor, as in the package's ``fgt_poverty`` (``access < poverty_line``). The line must be positive.
* :func:`inequality_table` is the one call of ``conecta:accessinequality``: every measure overall and per
  group as a long table (measure, group, value), zones with equal income ranked by their id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .errors import QT_TR_NOOP, InputError

ArrayLike = Sequence[float]


@dataclass
class InequalityDiagnostics:
    """Rows left out of an inequality computation and why."""

    n_rows: int = 0
    n_used: int = 0
    n_missing_access: int = 0
    n_missing_population: int = 0
    n_missing_income: int = 0
    population_missing_income: float = 0.0
    n_missing_group: int = 0
    population_missing_group: float = 0.0


@dataclass
class PalmaResult:
    """Palma ratio and its parts."""

    ratio: float
    wealthiest_mean: float
    poorest_mean: float
    income_cutoffs: Tuple[float, float]
    diagnostics: InequalityDiagnostics


@dataclass
class TheilResult:
    """Theil T and, with groups, its decomposition (``components`` has one row per group)."""

    total: float
    between: float = float("nan")
    within: float = float("nan")
    components: pd.DataFrame = field(default_factory=pd.DataFrame)
    diagnostics: InequalityDiagnostics = field(default_factory=InequalityDiagnostics)


@dataclass
class FGTResult:
    """Foster-Greer-Thorbecke poverty measures for one poverty line."""

    fgt0: float
    fgt1: float
    fgt2: float
    poverty_line: float


@dataclass
class InequalitySummary:
    """Every measure overall and per group (one row each) plus the diagnostics of the overall run."""

    table: pd.DataFrame
    income_cutoffs: Tuple[float, float]
    diagnostics: InequalityDiagnostics


# ------------------------------------------------------------------------------------------ helpers


def _valid(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Rows with known accessibility and a known, non-negative population."""
    return ~(np.isnan(x) | np.isnan(w) | (w < 0))


def _clean(
    access: ArrayLike,
    population: ArrayLike,
    income: Optional[ArrayLike] = None,
) -> Tuple[np.ndarray, np.ndarray, Optional[np.ndarray], InequalityDiagnostics]:
    """Float arrays without rows of missing access, population (and income when given)."""
    x = np.asarray(access, dtype=np.float64)
    w = np.asarray(population, dtype=np.float64)
    if x.shape != w.shape or x.ndim != 1:
        raise ValueError("access and population must be 1-D arrays of the same length")
    diag = InequalityDiagnostics(n_rows=len(x))
    bad_x = np.isnan(x)
    bad_w = np.isnan(w) | (w < 0)
    diag.n_missing_access = int(bad_x.sum())
    diag.n_missing_population = int(bad_w.sum())
    keep = ~(bad_x | bad_w)
    inc = None
    if income is not None:
        inc = np.asarray(income, dtype=np.float64)
        if inc.shape != x.shape:
            raise ValueError("income must have the same length as access")
        bad_i = np.isnan(inc) & keep
        diag.n_missing_income = int(bad_i.sum())
        diag.population_missing_income = float(w[bad_i].sum())
        keep &= ~bad_i
        inc = inc[keep]
    diag.n_used = int(keep.sum())
    return x[keep], w[keep], inc, diag


def weighted_mean(values: ArrayLike, weights: ArrayLike) -> float:
    """Weighted mean ignoring NaN values and zero weights (NaN if no weight)."""
    x = np.asarray(values, dtype=np.float64)
    w = np.asarray(weights, dtype=np.float64)
    ok = ~(np.isnan(x) | np.isnan(w)) & (w > 0)
    total = w[ok].sum()
    return float(np.dot(x[ok], w[ok]) / total) if total > 0 else float("nan")


def weighted_quantile(values: ArrayLike, weights: ArrayLike, probs: ArrayLike) -> np.ndarray:
    """Weighted quantiles exactly as ``Hmisc::wtd.quantile(type = "quantile")`` (NaN/zero weights dropped)."""
    x = np.asarray(values, dtype=np.float64)
    w = np.asarray(weights, dtype=np.float64)
    p = np.atleast_1d(np.asarray(probs, dtype=np.float64))
    ok = ~(np.isnan(x) | np.isnan(w)) & (w != 0)
    if not ok.any():
        return np.full(p.shape, np.nan)
    uniq, inverse = np.unique(x[ok], return_inverse=True)
    sums = np.bincount(inverse, weights=w[ok])
    cum = np.cumsum(sums)
    n = cum[-1]
    order = 1.0 + (n - 1.0) * p
    low = np.maximum(np.floor(order), 1.0)
    high = np.minimum(low + 1.0, n)
    frac = np.mod(order, 1.0)
    last = len(uniq) - 1
    q_low = uniq[np.minimum(np.searchsorted(cum, low, side="left"), last)]
    q_high = uniq[np.minimum(np.searchsorted(cum, high, side="left"), last)]
    return (1.0 - frac) * q_low + frac * q_high


def weighted_median(values: ArrayLike, weights: ArrayLike) -> float:
    """Population-weighted median (Hmisc definition)."""
    return float(weighted_quantile(values, weights, [0.5])[0])


def lorenz_curve(access: ArrayLike, population: ArrayLike) -> pd.DataFrame:
    """Lorenz curve points from (0, 0): cumulative population share vs cumulative access share."""
    x, w, _, _ = _clean(access, population)
    order = np.argsort(x, kind="mergesort")
    x, w = x[order], w[order]
    total_w, total_xw = w.sum(), np.dot(x, w)
    pop_share = np.r_[0.0, np.cumsum(w) / total_w] if total_w > 0 else np.array([0.0])
    acc_share = np.r_[0.0, np.cumsum(x * w) / total_xw] if total_xw > 0 else np.zeros_like(pop_share)
    return pd.DataFrame({"population_share": pop_share, "access_share": acc_share})


def income_cutoffs(
    income: ArrayLike, population: ArrayLike, probs: Tuple[float, float] = (0.4, 0.9)
) -> Tuple[float, float]:
    """Population-weighted income quantiles used by the Palma ratio (default 40 % and 90 %)."""
    q = weighted_quantile(income, population, probs)
    return float(q[0]), float(q[1])


def income_deciles(income: ArrayLike, population: ArrayLike) -> np.ndarray:
    """Income decile 1..10 of each zone by population-weighted income quantiles (NaN if income missing)."""
    inc = np.asarray(income, dtype=np.float64)
    w = np.asarray(population, dtype=np.float64)
    cuts = weighted_quantile(inc, np.where(np.isnan(w), 0, w), np.arange(1, 10) / 10.0)
    decile = (np.searchsorted(cuts, inc, side="left") + 1).astype(np.float64)
    decile[np.isnan(inc)] = np.nan
    return decile


def access_by_group(access: ArrayLike, population: ArrayLike, groups: ArrayLike) -> pd.DataFrame:
    """Population and population-weighted mean accessibility per group (e.g. income decile), sorted."""
    x, w, _, _ = _clean(access, population)
    keep = _valid(np.asarray(access, dtype=np.float64), np.asarray(population, dtype=np.float64))
    g = pd.Series(np.asarray(groups))[keep].reset_index(drop=True)
    frame = pd.DataFrame({"group": g, "w": w, "xw": x * w}).dropna(subset=["group"])
    out = frame.groupby("group", sort=True)[["w", "xw"]].sum()
    result = pd.DataFrame(
        {
            "population": out["w"],
            "mean_access": np.where(out["w"] > 0, out["xw"] / out["w"].where(out["w"] > 0, 1), np.nan),
        }
    )
    result.index.name = "group"
    return result


def access_by_income_decile(access: ArrayLike, population: ArrayLike, income: ArrayLike) -> pd.DataFrame:
    """Population-weighted mean accessibility per population-weighted income decile (1 = poorest)."""
    return access_by_group(access, population, income_deciles(income, population))


# ----------------------------------------------------------------------------------------- measures


def palma_ratio(
    access: ArrayLike,
    population: ArrayLike,
    income: ArrayLike,
    cutoffs: Optional[Tuple[float, float]] = None,
) -> PalmaResult:
    """Mean accessibility of the wealthiest 10 % over that of the poorest 40 % (population-weighted)."""
    x, w, inc, diag = _clean(access, population, income)
    q40, q90 = cutoffs if cutoffs is not None else income_cutoffs(inc, w)
    rich = weighted_mean(x[inc > q90], w[inc > q90])
    poor = weighted_mean(x[inc <= q40], w[inc <= q40])
    ratio = rich / poor if np.isfinite(rich) and np.isfinite(poor) and poor != 0 else float("nan")
    return PalmaResult(ratio, rich, poor, (q40, q90), diag)


def gini_index(access: ArrayLike, population: ArrayLike) -> float:
    """Population-weighted Gini index of accessibility (area under the Lorenz curve by trapezoids)."""
    curve = lorenz_curve(access, population)
    p = np.diff(curve["population_share"].to_numpy())
    a = curve["access_share"].to_numpy()
    if p.size == 0 or a[-1] == 0:
        return float("nan")
    return float(1.0 - np.sum(p * (a[:-1] + a[1:])))


def _theil(x: np.ndarray, w: np.ndarray) -> float:
    """Theil T of x weighted by w, with 0 log 0 = 0."""
    mu = weighted_mean(x, w)
    if not mu > 0:
        return 0.0 if mu == 0 else float("nan")
    r = x / mu
    return weighted_mean(r * np.log(np.where(r > 0, r, 1.0)), w)


def theil_t(access: ArrayLike, population: ArrayLike, groups: Optional[ArrayLike] = None) -> TheilResult:
    """Theil T; with ``groups`` also its between- and within-group parts and per-group contributions."""
    x_raw = np.asarray(access, dtype=np.float64)
    w_raw = np.asarray(population, dtype=np.float64)
    x, w, _, diag = _clean(x_raw, w_raw)
    if groups is None:
        return TheilResult(_theil(x, w), diagnostics=diag)
    labels = pd.Series(np.asarray(groups))
    valid = _valid(x_raw, w_raw)
    missing = labels.isna().to_numpy() & valid
    diag.n_missing_group = int(missing.sum())
    diag.population_missing_group = float(w_raw[missing].sum())
    keep = valid & ~missing
    diag.n_used = int(keep.sum())
    x, w = x_raw[keep], w_raw[keep]
    codes, uniques = pd.factorize(labels[keep].reset_index(drop=True), sort=True)
    k = len(uniques)
    pop_g = np.bincount(codes, weights=w, minlength=k)
    acc_g = np.bincount(codes, weights=x * w, minlength=k)
    mu_g = np.divide(acc_g, pop_g, out=np.zeros(k), where=pop_g > 0)
    ratio = np.divide(x, mu_g[codes], out=np.zeros_like(x), where=mu_g[codes] > 0)
    term = ratio * np.log(np.where(ratio > 0, ratio, 1.0))
    theil_g = np.divide(
        np.bincount(codes, weights=w * term, minlength=k), pop_g, out=np.zeros(k), where=pop_g > 0
    )
    access_share = acc_g / acc_g.sum()
    pop_share = pop_g / pop_g.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        between_g = np.where(access_share > 0, access_share * np.log(access_share / pop_share), 0.0)
    within_g = theil_g * access_share
    between = float(between_g.sum())
    within = float(within_g.sum())
    components = pd.DataFrame(
        {
            "population": pop_g,
            "mean_access": mu_g,
            "access_share": access_share,
            "population_share": pop_share,
            "theil_t": theil_g,
            "within_value": within_g,
            "within_share": within_g / within if within > 0 else np.zeros(k),
            "between_value": between_g,
        },
        index=pd.Index(uniques, name="group"),
    )
    return TheilResult(between + within, between, within, components, diag)


def concentration_index(
    access: ArrayLike,
    population: ArrayLike,
    income: ArrayLike,
    corrected: bool = False,
) -> float:
    """Concentration index of accessibility ranked by income; Erreygers-corrected if ``corrected``."""
    x_all = np.asarray(access, dtype=np.float64)
    x, w, inc, _ = _clean(access, population, income)
    if w.sum() <= 0:
        return float("nan")
    order = np.argsort(inc, kind="mergesort")
    x, w = x[order], w[order]
    p = w / w.sum()
    rank = np.cumsum(p) - p / 2.0
    mu = np.dot(p, x)
    if mu == 0:
        return float("nan")
    ci = 2.0 * np.sum((rank - 0.5) * (x - mu) * p / mu)
    if not corrected:
        return float(ci)
    valid = x_all[~np.isnan(x_all)]
    span = valid.max() - valid.min()
    return float(ci * 4.0 * mu / span) if span > 0 else float("nan")


def fgt_poverty(access: ArrayLike, population: ArrayLike, poverty_line: float) -> FGTResult:
    """FGT0 (headcount), FGT1 (gap) and FGT2 (severity) of accessibility below ``poverty_line`` (a zone at
    the line is not poor)."""
    if not poverty_line > 0:
        raise InputError("poverty_line", QT_TR_NOOP("The poverty line must be a positive number."))
    x, w, _, _ = _clean(access, population)
    gap = np.where(x < poverty_line, (poverty_line - x) / poverty_line, 0.0)
    poor = (x < poverty_line).astype(np.float64)
    return FGTResult(
        weighted_mean(poor, w),
        weighted_mean(gap, w),
        weighted_mean(gap**2, w),
        float(poverty_line),
    )


# ------------------------------------------------------------------------------------------ summary


def _measures(
    x: np.ndarray,
    w: np.ndarray,
    inc: Optional[np.ndarray],
    cutoffs: Optional[Tuple[float, float]],
    poverty_line: Optional[float],
) -> Dict[str, float]:
    row: Dict[str, float] = {
        "population": float(w.sum()),
        "zones": float(len(x)),
        "mean": weighted_mean(x, w),
        "median": weighted_median(x, w),
        "gini": gini_index(x, w),
        "theil_t": theil_t(x, w).total,
    }
    if inc is not None:
        known = ~np.isnan(inc)
        row["palma"] = palma_ratio(x[known], w[known], inc[known], cutoffs).ratio if known.any() else np.nan
        row["concentration"] = concentration_index(x, w, inc)
        row["concentration_corrected"] = concentration_index(x, w, inc, corrected=True)
    if poverty_line is not None:
        fgt = fgt_poverty(x, w, poverty_line)
        row.update(fgt0=fgt.fgt0, fgt1=fgt.fgt1, fgt2=fgt.fgt2)
    return row


def inequality_summary(
    access: ArrayLike,
    population: ArrayLike,
    income: Optional[ArrayLike] = None,
    groups: Optional[ArrayLike] = None,
    poverty_line: Optional[float] = None,
) -> InequalitySummary:
    """One table of every measure: a row ``"all"`` and one row per group (Palma cut-offs from all zones)."""
    x, w, _, diag = _clean(access, population)
    keep = _valid(np.asarray(access, dtype=np.float64), np.asarray(population, dtype=np.float64))
    inc = None
    cutoffs: Tuple[float, float] = (float("nan"), float("nan"))
    if income is not None:
        inc = np.asarray(income, dtype=np.float64)[keep]
        missing = np.isnan(inc)
        diag.n_missing_income = int(missing.sum())
        diag.population_missing_income = float(w[missing].sum())
        cutoffs = income_cutoffs(inc[~missing], w[~missing])
    rows: List[Dict[str, object]] = [{"group": "all", **_measures(x, w, inc, cutoffs, poverty_line)}]
    if groups is not None:
        labels = pd.Series(np.asarray(groups))[keep].reset_index(drop=True)
        missing_group = labels.isna().to_numpy()
        diag.n_missing_group = int(missing_group.sum())
        diag.population_missing_group = float(w[missing_group].sum())
        codes, uniques = pd.factorize(labels, sort=True)
        for i, label in enumerate(uniques):
            sel = codes == i
            sub_inc = inc[sel] if inc is not None else None
            rows.append({"group": label, **_measures(x[sel], w[sel], sub_inc, cutoffs, poverty_line)})
    table = pd.DataFrame(rows).set_index("group")
    return InequalitySummary(table, cutoffs, diag)


# ------------------------------------------------------------------------------------ long table

TABLE_MEASURES = (
    "palma",
    "gini",
    "theil_t",
    "theil_between",
    "theil_within",
    "concentration",
    "concentration_corrected",
    "fgt0",
    "fgt1",
    "fgt2",
    "mean",
    "median",
    "population",
    "zones",
)
"""Measures of :func:`inequality_table`, in the order of its rows (by their summary column names)."""
TABLE_IDS = {
    "concentration": "concentration_index",
    "concentration_corrected": "concentration_index_erreygers",
}
"""Ids the long table gives the measures whose summary column is named otherwise."""


def group_values(values: Sequence) -> np.ndarray:
    """Group labels as floats (NaN for None) when they are all numbers, else as text (None for None)."""
    values = list(values)
    if all(v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)) for v in values):
        return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    out = np.empty(len(values), dtype=object)
    out[:] = [None if v is None else str(v) for v in values]
    return out


def group_label(value) -> str:
    """A group label as text: 10.0 → "10"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def id_order(ids: Sequence) -> np.ndarray:
    """Positions that sort ``ids`` (numbers numerically, else as text), ties keeping their order."""
    ids = list(ids)
    if all(isinstance(i, (int, float, np.number)) and not isinstance(i, bool) for i in ids):
        keys = np.asarray(ids, dtype=np.float64)
    else:
        keys = np.asarray([str(i) for i in ids], dtype=object)
    return np.argsort(keys, kind="stable").astype(np.int64)


@dataclass
class InequalityTable:
    """Every measure as a long table, with what the chart and the log need."""

    rows: pd.DataFrame
    """One row per measure and group: measure (id), group (text, "all" for every zone), value."""
    palma: float
    gini: float
    diagnostics: InequalityDiagnostics
    lorenz: pd.DataFrame
    deciles: Optional[pd.DataFrame] = None
    """Mean accessibility by income decile (None without income)."""


def inequality_table(
    access: ArrayLike,
    population: ArrayLike,
    income: Optional[ArrayLike] = None,
    groups: Optional[Sequence] = None,
    poverty_line: Optional[float] = None,
    ids: Optional[Sequence] = None,
) -> InequalityTable:
    """Every measure overall and per value of ``groups`` (with the Theil T split between and within them),
    zones taken in the order of ``ids`` (ties of income keep it). Raises :class:`InputError` when no zone
    has both an accessibility value and a population above 0, or for a poverty line that is not positive."""
    if poverty_line is not None and not poverty_line > 0:
        raise InputError("poverty_line", QT_TR_NOOP("The poverty line must be a positive number."))
    x = np.asarray(access, dtype=np.float64)
    order = id_order(ids) if ids is not None else np.arange(len(x))
    x, w = x[order], np.asarray(population, dtype=np.float64)[order]
    inc = np.asarray(income, dtype=np.float64)[order] if income is not None else None
    labels = group_values(groups)[order] if groups is not None else None
    if not (w[_valid(x, w)] > 0).any():
        raise InputError(
            "no_population_with_access",
            QT_TR_NOOP("No zone has both an accessibility value and a population above 0."),
        )
    summary = inequality_summary(x, w, inc, labels, poverty_line)
    table = summary.table.copy()
    if labels is not None:
        theil = theil_t(x, w, labels)
        table.loc["all", "theil_between"] = theil.between
        table.loc["all", "theil_within"] = theil.within
    records = [
        (TABLE_IDS.get(measure, measure), group_label(group), float(row[measure]))
        for group, row in table.iterrows()
        for measure in TABLE_MEASURES
        if measure in row.index and not pd.isna(row[measure])
    ]
    overall = table.loc["all"]
    return InequalityTable(
        rows=pd.DataFrame(records, columns=["measure", "group", "value"]),
        palma=float(overall["palma"]) if "palma" in overall.index else float("nan"),
        gini=float(overall["gini"]),
        diagnostics=summary.diagnostics,
        lorenz=lorenz_curve(x, w),
        deciles=access_by_income_decile(x, w, inc) if inc is not None else None,
    )


# ------------------------------------------------------------------------------------ one indicator


@dataclass
class IndicatorSummary:
    """Population-weighted summary of one indicator field (the Indicators dock's figures)."""

    mean: float
    median: float
    palma: float
    """NaN without income."""
    gini: float
    zones: int
    """Zones with a value and a known, non-negative population."""
    population: float


def indicator_summary(
    values: ArrayLike, population: ArrayLike, income: Optional[ArrayLike] = None
) -> IndicatorSummary:
    """Weighted mean, median, Palma ratio (with income) and Gini index of an indicator; NaN where no zone
    has a value and a population."""
    x = np.asarray(values, dtype=np.float64)
    w = np.asarray(population, dtype=np.float64)
    ok = _valid(x, w)
    nan = float("nan")
    return IndicatorSummary(
        mean=weighted_mean(x, w),
        median=weighted_median(x, w) if ok.any() else nan,
        palma=palma_ratio(x, w, income).ratio if income is not None and ok.any() else nan,
        gini=gini_index(x, w) if ok.any() else nan,
        zones=int(ok.sum()),
        population=float(np.nansum(w[ok])),
    )


def population_share_at_most(values: ArrayLike, population: ArrayLike, value: float) -> float:
    """Share (%) of the population living in zones whose indicator is at most ``value`` (NaN without
    population)."""
    x = np.asarray(values, dtype=np.float64)
    w = np.asarray(population, dtype=np.float64)
    ok = ~np.isnan(x) & ~np.isnan(w) & (w > 0)
    total = w[ok].sum()
    if not total > 0:
        return float("nan")
    return float(100.0 * w[ok & (x <= value)].sum() / total)
