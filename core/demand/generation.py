"""Trip generation (Ortúzar & Willumsen, *Modelling Transport*, 4th ed., 2011, ch. 4): trips produced and
attracted by each zone from cross-classification rates, rates on zone attributes or a regression (observed
trips kept where a zone has them, predicted elsewhere), rates estimated from an OD survey, and the balancing
of the two totals.

:func:`generate` is the call ``conecta:tripgeneration`` makes: one method per side, then the balance. Input
problems a planner can fix raise :class:`~..errors.InputError` with a code; everything else found on the way
(NULL values, categories without a rate, zones that could not be predicted) is counted in the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from ..errors import InputError, examples
from ..progress import ProgressCallback, report

#: LAC working defaults, trips per inhabitant per day by income group (methods.md; editable).
LAC_TRIP_RATES: Dict[str, float] = {"low": 1.6, "middle": 2.0, "high": 2.5}

BALANCE_METHODS = ("productions", "attractions", "mean")


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


# --------------------------------------------------------------------------------------------- rules


@dataclass
class RegressionTrips:
    """Trips per zone from a regression: observed where the zone has a value, else predicted."""

    values: np.ndarray
    fit: RegressionResult
    n_predicted: int
    n_unpredicted: int
    n_negative: int


def observed_else_predicted(frame: pd.DataFrame, fields: Sequence[str], observed: str) -> RegressionTrips:
    """Fit trips on ``fields`` over the zones with a value in ``observed``; keep the observed value of those
    zones and predict the others. Zones that cannot be predicted (NULL explanatory values) and negative
    predictions get 0 and are counted."""
    try:
        fit = fit_regression(frame, observed, fields)
    except ValueError as error:
        raise InputError(
            "too_few_observations",
            "Too few zones have an observed value in field {field} and every explanatory field to fit the "
            "regression.",
            field=observed,
        ) from error
    known = frame[observed].to_numpy(dtype=float)
    values = np.where(np.isnan(known), fit.predict(frame), known)
    missing = np.isnan(values)
    negative = values < 0
    values[missing | negative] = 0.0
    return RegressionTrips(
        values, fit, int(np.isnan(known).sum()), int(missing.sum()), int((negative & ~missing).sum())
    )


def category_rates(rates: pd.DataFrame, zones: pd.DataFrame, categories: Sequence[str]) -> pd.DataFrame:
    """A rate table checked and made comparable with the zones' category columns.

    ``rates`` holds the category columns and a float ``rate`` column (NaN where the text was no number).
    Every rate must be a number ≥ 0 and every category combination appear once. A category column whose
    zone values are all numbers is compared as numbers on both sides (1 and "1.0" are the same category);
    otherwise :func:`cross_classification` compares both as text.
    """
    rates = rates.copy()
    numbers = rates["rate"].to_numpy(dtype=float)
    if np.isnan(numbers).any() or (numbers < 0).any():
        raise InputError("bad_rates", "Every trip rate must be a number of zero or more.")
    for name in categories:
        if _all_numbers(zones[name]):
            rates[name] = pd.to_numeric(rates[name], errors="coerce")
    repeated = rates.duplicated(subset=list(categories))
    if repeated.any():
        shown = [
            ";".join(map(str, row)) for row in rates.loc[repeated, list(categories)].itertuples(index=False)
        ]
        raise InputError(
            "repeated_category",
            "The rate table repeats a category ({examples}): each needs exactly one rate.",
            examples=examples(shown),
        )
    return rates


def _all_numbers(values: pd.Series) -> bool:
    """True when every value that is not NULL reads as a number."""
    return bool(pd.to_numeric(values.dropna(), errors="coerce").notna().all())


def _numeric_categories(zones: pd.DataFrame, categories: Sequence[str]) -> pd.DataFrame:
    """The zones' category columns, as numbers where all their values are (see :func:`category_rates`)."""
    table = zones[list(categories)].copy()
    for name in categories:
        if _all_numbers(table[name]):
            table[name] = pd.to_numeric(table[name], errors="coerce")
    return table


# --------------------------------------------------------------------------------------------- one call


@dataclass
class ByCategory:
    """Cross-classification: a rate per combination of the ``categories`` columns times the ``count``."""

    categories: List[str]
    count: str
    rates: pd.DataFrame


@dataclass
class ByRates:
    """Rates on zone fields: Σ field × rate."""

    fields: List[str]
    rates: List[float]


@dataclass
class ByRegression:
    """A regression on zone ``fields`` fitted on the zones with a value in ``observed``."""

    fields: List[str]
    observed: str


Method = Union[ByCategory, ByRates, ByRegression]


@dataclass
class SideTrips:
    """The trips of one side (productions or attractions) and what was met computing them."""

    method: Method
    values: np.ndarray
    n_null_values: int = 0
    regression: Optional[RegressionTrips] = None
    n_null_categories: int = 0
    n_without_rate: int = 0
    categories_without_rate: List[tuple] = field(default_factory=list)

    @property
    def total(self) -> float:
        """Σ trips."""
        return float(self.values.sum())


@dataclass
class GenerationResult:
    """Productions and attractions per zone (balanced unless ``balance`` is None) and their totals before."""

    productions: SideTrips
    attractions: SideTrips
    total_productions_before: float
    total_attractions_before: float
    balance: Optional[BalanceReport] = None


def _by_category(frame: pd.DataFrame, method: ByCategory) -> SideTrips:
    rates = category_rates(method.rates, frame, method.categories)
    table = _numeric_categories(frame, method.categories)
    null_category = table.isna().any(axis=1).to_numpy()
    table[method.count] = frame[method.count].to_numpy()
    table["_zone"] = np.arange(len(frame))
    result = cross_classification(
        table, rates, method.categories, method.count, "_zone", zone_ids=np.arange(len(frame))
    )
    unmatched = [c for c in result.unmatched_categories if not any(v in (None, "None", "nan") for v in c)]
    return SideTrips(
        method,
        result.trips.to_numpy(dtype=float),
        n_null_values=result.n_missing_counts,
        n_null_categories=int(null_category.sum()),
        n_without_rate=result.n_unmatched_rows - int(null_category.sum()),
        categories_without_rate=unmatched,
    )


def side_trips(frame: pd.DataFrame, method: Method) -> SideTrips:
    """The trips of each zone of ``frame`` by one method."""
    if isinstance(method, ByCategory):
        return _by_category(frame, method)
    if isinstance(method, ByRates):
        result = attribute_rates(frame, dict(zip(method.fields, method.rates)))
        return SideTrips(method, result.trips, n_null_values=result.n_missing_values)
    regression = observed_else_predicted(frame, method.fields, method.observed)
    return SideTrips(method, regression.values, regression=regression)


def generate(
    frame: pd.DataFrame,
    productions: Method,
    attractions: Method,
    balance: Optional[str] = "productions",
    progress: ProgressCallback = None,
) -> GenerationResult:
    """Productions and attractions of every zone (rows of ``frame``), balanced to equal totals with
    ``balance`` (see :func:`balance_totals`; None: not balanced). A zero total that would have to be scaled
    to a positive one is refused (``zero_total``)."""
    produced = side_trips(frame, productions)
    report(progress, 0.4)
    attracted = side_trips(frame, attractions)
    report(progress, 0.8)
    result = GenerationResult(produced, attracted, produced.total, attracted.total)
    if balance is not None:
        try:
            produced.values, attracted.values, result.balance = balance_totals(
                produced.values, attracted.values, balance
            )
        except ValueError as error:
            raise InputError(
                "zero_total",
                "Cannot balance: total productions are {productions:,.1f} and total attractions "
                "{attractions:,.1f}. Check the fields and rates that give zero.",
                productions=produced.total,
                attractions=attracted.total,
            ) from error
    report(progress, 1.0)
    return result
