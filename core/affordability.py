"""Affordability of public transport: what commuting costs a month as a share of income, by zone and by
population-weighted income decile, and the share of the population above a threshold (10 % by default).

Per zone, the fare of a trip is the fare of reaching the opportunities (jobs) within a travel time: for each
destination reached within ``max_time`` the cheapest fare among the matrix's rows for the pair (several rows
per pair come from fare budgets), averaged over the destinations weighted by their opportunities (or their
weighted median). A month of commuting is that fare × ``trips_per_month`` (44 = 22 working days × 2), or the
price of a monthly pass when it is cheaper. Its share of income is monthly cost ÷ income per capita, or
monthly cost × travellers per household ÷ household income.

Zones with NULL or non-positive income, or with no destination within the time, have no share: they are
counted in the diagnostics and left out of the deciles and of the share above the threshold. Income deciles
are population-weighted quantiles of the income field over the zones with a share (as IPEA's
``accessibility`` package cuts its deciles).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
import pandas as pd

from .errors import QT_TR_NOOP, InputError
from .inequality import income_deciles
from .progress import ProgressCallback, report

TRIPS_PER_MONTH = 44.0
"""Commuting trips a month: 22 working days × 2."""
THRESHOLD = 0.10
"""Share of income above which commuting is counted as unaffordable."""
SUMMARIES = ("mean", "median")
"""How a zone's trip fare summarises the fares to its destinations (weighted by their opportunities)."""


@dataclass
class AffordabilitySettings:
    """How affordability is measured."""

    max_time: float = 60.0
    """Minutes: destinations reached within this count."""
    trips_per_month: float = TRIPS_PER_MONTH
    threshold: float = THRESHOLD
    """A share of income (0.10 = 10 %)."""
    summary: str = "mean"
    monthly_pass: Optional[float] = None
    """Price of a monthly pass (money units): the month costs the cheaper of the pass and the trips."""
    household: bool = False
    """Income per household (else per capita)."""
    travellers: float = 1.0
    """Commuters per household (with household income)."""


@dataclass
class AffordabilityDiagnostics:
    """Zones left out, counted, with examples."""

    no_income: List = field(default_factory=list)
    """Zones whose income is NULL, zero or negative."""
    no_income_population: float = 0.0
    no_trip: List = field(default_factory=list)
    """Zones that reach no destination with opportunities within the time."""
    no_trip_population: float = 0.0
    no_population: int = 0
    """Zones whose population is NULL or negative (counted as 0)."""


@dataclass
class AffordabilityResult:
    """Per zone (indexed by id): trip_fare, monthly_cost, share (of income), above (1/0), decile; per decile:
    population, mean_share, share_above, monthly_cost, income; and the population share above the threshold."""

    zones: pd.DataFrame
    deciles: pd.DataFrame
    share_above: float
    population: float
    """Population of the zones with a share."""
    diagnostics: AffordabilityDiagnostics


def check_settings(settings: AffordabilitySettings) -> None:
    """Refuse settings that cannot measure anything."""
    values = {
        "max_time": settings.max_time,
        "trips_per_month": settings.trips_per_month,
        "threshold": settings.threshold,
        "travellers": settings.travellers,
    }
    bad = [f"{name} = {value:g}" for name, value in values.items() if not value > 0]
    if settings.monthly_pass is not None and not settings.monthly_pass > 0:
        bad.append(f"monthly_pass = {settings.monthly_pass:g}")
    if bad:
        raise InputError(
            "affordability_settings",
            QT_TR_NOOP("These affordability settings must be above 0: {settings}."),
            settings=", ".join(bad),
        )
    if settings.summary not in SUMMARIES:
        raise InputError(
            "affordability_summary",
            QT_TR_NOOP("Unknown fare summary '{summary}': use mean or median."),
            summary=settings.summary,
        )


def trip_fares(
    matrix: pd.DataFrame, opportunities: pd.Series, max_time: float, summary: str = "mean"
) -> pd.Series:
    """Fare of a trip from each origin (index: origin id): the cheapest fare of each pair reached within
    ``max_time`` (columns from_id, to_id, travel_time, fare), summarised over the destinations weighted by
    ``opportunities`` (indexed by zone id). Origins reaching no opportunity are left out."""
    within = matrix.loc[
        (matrix["travel_time"] <= max_time) & matrix["fare"].notna(), ["from_id", "to_id", "fare"]
    ]
    if (within["fare"] < 0).any():
        raise InputError(
            "affordability_negative_fare",
            QT_TR_NOOP("The matrix has {n} negative fares: fares must be 0 or more."),
            n=int((within["fare"] < 0).sum()),
        )
    pairs = within.groupby(["from_id", "to_id"], sort=False)["fare"].min().reset_index()
    pairs["w"] = opportunities.reindex(pairs["to_id"]).fillna(0.0).clip(lower=0.0).to_numpy()
    pairs = pairs.loc[pairs["w"] > 0]
    if summary == "mean":
        sums = pairs.assign(fw=pairs["fare"] * pairs["w"]).groupby("from_id", sort=False)[["fw", "w"]].sum()
        return sums["fw"] / sums["w"]
    pairs = pairs.sort_values(["from_id", "fare"], kind="mergesort")
    total = pairs.groupby("from_id", sort=False)["w"].transform("sum")
    running = pairs.groupby("from_id", sort=False)["w"].cumsum()
    return pairs.loc[running >= total / 2.0].groupby("from_id", sort=False)["fare"].first()


def _by_decile(frame: pd.DataFrame) -> pd.DataFrame:
    """Population, mean share, share of the population above the threshold, monthly cost and income per decile."""
    w = frame["population"]
    parts = frame.assign(
        ws=frame["share"] * w, wa=frame["above"] * w, wc=frame["monthly_cost"] * w, wi=frame["income"] * w
    )
    sums = parts.groupby("decile")[["population", "ws", "wa", "wc", "wi"]].sum()
    safe = sums["population"].where(sums["population"] > 0)
    out = pd.DataFrame(
        {
            "population": sums["population"],
            "mean_share": sums["ws"] / safe,
            "share_above": sums["wa"] / safe,
            "monthly_cost": sums["wc"] / safe,
            "income": sums["wi"] / safe,
        }
    )
    out.index = out.index.astype(int)
    out.index.name = "decile"
    return out


def affordability(
    matrix: pd.DataFrame,
    zones: pd.DataFrame,
    settings: AffordabilitySettings,
    progress: ProgressCallback = None,
) -> AffordabilityResult:
    """Affordability by zone and income decile (see the module docstring). ``matrix``: from_id, to_id,
    travel_time (minutes), fare; ``zones`` indexed by id with population, income and opportunities."""
    check_settings(settings)
    diag = AffordabilityDiagnostics()
    population = zones["population"].astype(float)
    diag.no_population = int((population.isna() | (population < 0)).sum())
    population = population.where(population >= 0, 0.0).fillna(0.0)
    income = zones["income"].astype(float)
    fare = trip_fares(matrix, zones["opportunities"].astype(float), settings.max_time, settings.summary)
    report(progress, 0.6)
    fare = fare.reindex(zones.index)
    monthly = fare * settings.trips_per_month
    if settings.monthly_pass is not None:
        monthly = np.minimum(monthly, settings.monthly_pass)
    people = settings.travellers if settings.household else 1.0
    bad_income = income.isna() | ~(income > 0)
    no_trip = fare.isna() & ~bad_income
    diag.no_income, diag.no_income_population = (
        list(zones.index[bad_income]),
        float(population[bad_income].sum()),
    )
    diag.no_trip, diag.no_trip_population = list(zones.index[no_trip]), float(population[no_trip].sum())
    share = (monthly * people / income).where(~bad_income)
    valid = share.notna()
    decile = pd.Series(np.nan, index=zones.index)
    if valid.any():
        decile[valid] = income_deciles(income[valid].to_numpy(), population[valid].to_numpy())
    frame = pd.DataFrame(
        {
            "trip_fare": fare,
            "monthly_cost": monthly,
            "share": share,
            "above": (share > settings.threshold).astype(float).where(valid),
            "decile": decile,
            "population": population,
            "income": income.where(~bad_income),
        }
    )
    kept = frame.loc[valid]
    total = float(kept["population"].sum())
    above = float((kept["above"] * kept["population"]).sum() / total) if total > 0 else float("nan")
    report(progress, 1.0)
    return AffordabilityResult(frame, _by_decile(kept), above, total, diag)
