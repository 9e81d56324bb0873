"""Fleet renewal to a target year: retirements (legal maximum age or Weibull survival), growth, purchases by
technology from a policy path, battery GWh bought, and the local-industry view of the purchases' value.

Conventions (for the Processing help):

- Counts are expected values (floats): Weibull survival S(a) = exp(−(a/λ)^k) (ICCT Roadmap: k = 5, λ
  editable) retires, each year, count × (1 − S(a)/S(a − 1)) of a cohort that turns a years old, so a cohort
  of 10 buses can lose 0.37 bus in a year. ``units_int`` rounds the cumulative purchases of each size and
  technology and differences them, so integer purchases add up to the rounded total. With a legal maximum
  age, a cohort retires whole in the year its age exceeds the maximum.
- Each year: the fleet of each size grows by ``growth`` (fraction per year) from the base fleet; purchases =
  target fleet − surviving fleet (never negative; a shrinking fleet retires no more than the rule says).
- Purchase shares by technology follow the policy table as a step function: a year uses the latest listed
  year at or before it; years before the first listed year buy ``baseline_technology`` only.
- The local-industry view: purchase value = units × price (by size and technology) split into components
  (body, chassis, drive_train, battery) by cost shares, × the local-content share of each component in that
  year (step function as above; before its first year, the first year's shares): value producible in the
  region, and the rest imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

import numpy as np
import pandas as pd

from ..errors import QT_TR_NOOP, InputError, examples, require_columns

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"
WEIBULL_K = 5.0
"""Weibull shape of bus survival in ICCT's Roadmap model."""
ELECTRIC = ("electric", "bev", "trolleybus", "fcev")
"""Technologies counted as electric (zero tailpipe emission) in the share electric."""


@dataclass
class Renewal:
    """Per-year outputs of :func:`renew_fleet`."""

    purchases: pd.DataFrame
    """year, size, technology, units (expected), units_int, battery_gwh."""
    fleet: pd.DataFrame
    """year, size, technology, model_year, count (end of year)."""
    summary: pd.DataFrame
    """year, fleet, retired, bought, bought_electric, battery_gwh, share_electric."""


def load_preset(name: str) -> pd.DataFrame:
    """A shipped preset table (retirement_age, purchase_policy, local_content, component_shares)."""
    return pd.read_csv(PRESETS / f"{name}.csv")


def weibull_survival(age: np.ndarray, lam: float, k: float = WEIBULL_K) -> np.ndarray:
    """S(a) = exp(−(a/λ)^k): share of a cohort still in service at age a."""
    return np.exp(-((np.asarray(age, float) / lam) ** k))


def _step_table(table: pd.DataFrame, years: np.ndarray, key: str, value: str) -> pd.DataFrame:
    """For each year, the rows of the latest table year at or before it (the first year before it)."""
    listed = np.sort(table["year"].unique())
    pick = listed[np.clip(np.searchsorted(listed, years, side="right") - 1, 0, None)]
    use = pd.DataFrame({"year": years, "table_year": pick})
    out = use.merge(table.rename(columns={"year": "table_year"}), on="table_year")
    return out[["year", key, value, "table_year"]]


def _check_shares(values: pd.Series) -> None:
    """Shares outside 0–1 (or missing) are refused, naming them."""
    bad = values.loc[~values.between(0, 1)]
    if len(bad):
        raise InputError(
            "fleet_share_range",
            QT_TR_NOOP("Technology shares must be between 0 and 1 (got {values})."),
            values=examples(sorted(set(bad.fillna(np.inf)))),
        )


def _check_inputs(ages: pd.DataFrame, base_year: int, target_year: int, policy: pd.DataFrame) -> None:
    require_columns(
        ages,
        ("size", "technology", "model_year", "count"),
        "fleet_age_columns",
        QT_TR_NOOP("The fleet age table lacks the columns {columns}."),
        key="columns",
    )
    if target_year < base_year:
        raise InputError(
            "fleet_target_before_base",
            QT_TR_NOOP("The target year {target} is before the base year {base}."),
            target=target_year,
            base=base_year,
        )
    future = ages.loc[ages["model_year"] > base_year, "model_year"]
    if len(future):
        raise InputError(
            "fleet_future_model_years",
            QT_TR_NOOP(
                "The fleet age table has model years after the base year {base}: {years}. A bus counted in the base year cannot be built later: correct the table or the base year."
            ),
            base=base_year,
            years=examples(sorted(set(int(v) for v in future))),
        )
    negative = int((ages["count"] < 0).sum())
    if negative:
        raise InputError(
            "fleet_negative_counts",
            QT_TR_NOOP("The fleet age table has {n} negative counts."),
            n=negative,
        )
    _check_shares(policy["share"])
    sums = policy.groupby("year")["share"].sum()
    off = sums[(sums - 1).abs() > 1e-6]
    if len(off):
        raise InputError(
            "fleet_share_sum",
            QT_TR_NOOP("The technology shares of a year must add up to 1 (years {years}: {sums})."),
            years=examples(int(v) for v in off.index),
            sums=examples(round(float(v), 4) for v in off),
        )


def _retire(
    cohorts: pd.DataFrame, year: int, max_age: Optional[Mapping[str, float]], lam: Optional[float], k: float
):
    """Counts surviving to the end of ``year`` (cohorts: size, technology, model_year, count)."""
    age = year - cohorts["model_year"].to_numpy(float)
    if max_age is not None:
        limit = cohorts["size"].map(dict(max_age)).to_numpy(float)
        if np.isnan(limit).any():
            raise InputError(
                "fleet_no_max_age",
                QT_TR_NOOP("No maximum age for the bus sizes {sizes}: give one."),
                sizes=examples(sorted(set(cohorts.loc[np.isnan(limit), "size"]))),
            )
        keep = np.where(age > limit, 0.0, 1.0)
    else:
        keep = weibull_survival(age, lam, k) / np.maximum(weibull_survival(age - 1, lam, k), 1e-300)
    return cohorts["count"].to_numpy(float) * keep


def renew_fleet(
    ages: pd.DataFrame,
    base_year: int,
    target_year: int,
    policy: pd.DataFrame,
    max_age: Optional[Mapping[str, float]] = None,
    weibull_lambda: Optional[float] = None,
    weibull_k: float = WEIBULL_K,
    growth: float = 0.0,
    battery_kwh: Optional[Mapping[str, float]] = None,
    baseline_technology: str = "diesel",
) -> Renewal:
    """Purchases per year from ``base_year + 1`` to ``target_year`` (see module). ``policy``: year, technology,
    share; ``max_age`` (size → years) or ``weibull_lambda`` (years); ``battery_kwh``: size → kWh per e-bus."""
    _check_inputs(ages, base_year, target_year, policy)
    if (max_age is None) == (weibull_lambda is None):
        raise InputError(
            "fleet_retirement_rule",
            QT_TR_NOOP("Give either a maximum age per size or a Weibull λ, not both or neither."),
        )
    _check_survival(weibull_lambda, weibull_k)
    if not growth > -1:
        raise InputError(
            "fleet_growth",
            QT_TR_NOOP("The growth rate must be above −100 % a year (got {value})."),
            value=growth,
        )
    cohorts = ages.groupby(["size", "technology", "model_year"], as_index=False)["count"].sum()
    base = cohorts.groupby("size")["count"].sum()
    years = np.arange(base_year + 1, target_year + 1)
    shares = _step_table(policy, years, "technology", "share")
    first = policy["year"].min() if len(policy) else np.inf
    fleets, buys, rows = [], [], []
    for year in years:
        before = cohorts["count"].sum()
        cohorts = cohorts.assign(count=_retire(cohorts, year, max_age, weibull_lambda, weibull_k))
        alive = cohorts.groupby("size")["count"].sum().reindex(base.index, fill_value=0.0)
        need = np.maximum(base * (1 + growth) ** (year - base_year) - alive, 0.0)
        mix = (
            pd.DataFrame({"technology": [baseline_technology], "share": [1.0]})
            if year < first
            else shares.loc[shares["year"] == year, ["technology", "share"]]
        )
        new = pd.DataFrame(
            [(s, t, year, n * w) for s, n in need.items() for t, w in zip(mix["technology"], mix["share"])],
            columns=["size", "technology", "model_year", "count"],
        )
        cohorts = pd.concat([cohorts, new], ignore_index=True)
        buys.append(new.assign(year=year).rename(columns={"count": "units"}).drop(columns="model_year"))
        fleets.append(cohorts.assign(year=year))
        rows.append((year, before - (cohorts["count"].sum() - new["count"].sum()), new["count"].sum()))
    return _outputs(fleets, buys, rows, battery_kwh or {})


def _outputs(fleets: list, buys: list, rows: list, battery_kwh: Mapping[str, float]) -> Renewal:
    fleet = pd.concat(fleets, ignore_index=True)[["year", "size", "technology", "model_year", "count"]]
    fleet = fleet.loc[fleet["count"] > 1e-12].reset_index(drop=True)
    buy = pd.concat(buys, ignore_index=True)
    buy = buy.groupby(["year", "size", "technology"], as_index=False)["units"].sum()
    cum = buy.groupby(["size", "technology"])["units"].cumsum().round()
    buy["units_int"] = (cum - cum.groupby([buy["size"], buy["technology"]]).shift(fill_value=0)).astype(int)
    electric = buy["technology"].str.lower().isin(ELECTRIC)
    kwh = buy["size"].map(dict(battery_kwh)).astype(float)
    if electric.any() and kwh[electric].isna().any():
        raise InputError(
            "fleet_battery_missing",
            QT_TR_NOOP("No battery size (kWh per e-bus) for the bus sizes {sizes}: give one."),
            sizes=examples(sorted(set(buy.loc[electric & kwh.isna(), "size"]))),
        )
    buy["battery_gwh"] = np.where(electric, buy["units"] * kwh.fillna(0.0) / 1e6, 0.0)
    summary = pd.DataFrame(rows, columns=["year", "retired", "bought"])
    tot = fleet.groupby("year")["count"].sum()
    ele = fleet.loc[fleet["technology"].str.lower().isin(ELECTRIC)].groupby("year")["count"].sum()
    summary["fleet"] = tot.reindex(summary["year"]).to_numpy()
    summary["bought_electric"] = (
        buy.loc[electric].groupby("year")["units"].sum().reindex(summary["year"], fill_value=0.0).to_numpy()
    )
    summary["battery_gwh"] = buy.groupby("year")["battery_gwh"].sum().reindex(summary["year"]).to_numpy()
    summary["share_electric"] = ele.reindex(summary["year"], fill_value=0.0).to_numpy() / summary["fleet"]
    cols = ["year", "fleet", "retired", "bought", "bought_electric", "battery_gwh", "share_electric"]
    return Renewal(buy, fleet, summary[cols])


def industry_table(
    purchases: pd.DataFrame,
    prices: pd.DataFrame,
    component_shares: pd.DataFrame,
    local_content: pd.DataFrame,
) -> pd.DataFrame:
    """Per year, size, technology and component: value, local_share, local_value and imported_value (see
    module).

    ``prices``: size, technology, price (currency per bus); ``component_shares``: technology, component,
    cost_share; ``local_content``: year, component, local_share. Missing prices raise an InputError.
    """
    p = purchases.merge(prices[["size", "technology", "price"]], on=["size", "technology"], how="left")
    missing = p.loc[p["price"].isna() & (p["units"] > 0), ["size", "technology"]].drop_duplicates()
    if len(missing):
        raise InputError(
            "fleet_missing_price",
            QT_TR_NOOP(
                "No purchase price for {pairs} (size/technology): give one, prices are never assumed."
            ),
            pairs=examples(f"{s}/{t}" for s, t in missing.itertuples(index=False)),
        )
    shares = pd.concat([local_content["local_share"], component_shares["cost_share"]])
    if not shares.between(0, 1).all():
        raise InputError(
            "fleet_content_share_range",
            QT_TR_NOOP("Local-content and component cost shares must be between 0 and 1 (got {values})."),
            values=examples(sorted(set(shares.loc[~shares.between(0, 1)].fillna(np.inf)))),
        )
    p["value"] = p["units"] * p["price"].fillna(0.0)
    parts = p.merge(component_shares[["technology", "component", "cost_share"]], on="technology", how="left")
    lacking = parts.loc[parts["cost_share"].isna() & (parts["units"] > 0), "technology"]
    if len(lacking):
        raise InputError(
            "fleet_no_component_shares",
            QT_TR_NOOP("No component cost shares for the technologies {technologies}: give them."),
            technologies=examples(sorted(set(lacking))),
        )
    parts = parts.dropna(subset=["cost_share"])
    lc = _step_table(local_content, np.sort(parts["year"].unique()), "component", "local_share")
    parts = parts.merge(lc[["year", "component", "local_share"]], on=["year", "component"], how="left")
    parts["local_share"] = parts["local_share"].fillna(0.0)
    parts["value"] = parts["value"] * parts["cost_share"]
    out = parts.groupby(["year", "size", "technology", "component"], as_index=False).agg(
        value=("value", "sum"), local_share=("local_share", "first")
    )
    out["local_value"] = out["value"] * out["local_share"]
    out["imported_value"] = out["value"] - out["local_value"]
    return out


def local_industry(
    purchases: pd.DataFrame,
    prices: pd.DataFrame,
    component_shares: pd.DataFrame,
    local_content: pd.DataFrame,
) -> pd.DataFrame:
    """Per year: purchase value, value producible in the region and imported value (see module and
    :func:`industry_table` for the tables)."""
    parts = industry_table(purchases, prices, component_shares, local_content)
    years = pd.Index(np.sort(purchases["year"].unique()), name="year")
    out = (
        parts.groupby("year")[["value", "local_value", "imported_value"]].sum().reindex(years, fill_value=0.0)
    )
    return out.reset_index()


# --------------------------------------------------------------------------------------------- inputs


def preset_rows(name: str, preset: str) -> pd.DataFrame:
    """The rows of one preset of a shipped table (its ``preset`` and ``source`` columns dropped)."""
    table = load_preset(name)
    rows = table.loc[table["preset"] == preset].drop(columns=["preset", "source"], errors="ignore")
    if rows.empty:
        raise InputError(
            "fleet_unknown_preset",
            QT_TR_NOOP("Unknown preset {preset} of {table}: use one of {presets}."),
            preset=preset,
            table=name,
            presets=examples(sorted(set(table["preset"])), 20),
        )
    return rows.reset_index(drop=True)


def purchase_policy(
    table: pd.DataFrame, baseline_technology: str = "diesel", mode: str = "bus"
) -> pd.DataFrame:
    """A purchase policy as year, technology, share: a table with those columns, or an electrification
    path (year, new_ev_share [, mode], the fleet-renewal table of conecta:scenario2030): that year's share
    of purchases is electric, the rest ``baseline_technology``; with a ``mode`` column, the rows of ``mode``."""
    if "new_ev_share" not in table.columns or "year" not in table.columns:
        require_columns(
            table,
            ("year", "technology", "share"),
            "fleet_policy_columns",
            QT_TR_NOOP(
                "The purchase policy needs the columns year, technology and share (or year and new_ev_share for an electrification path); it lacks {columns}."
            ),
            key="columns",
        )
        out = table[["year", "technology", "share"]].copy()
        out["technology"] = out["technology"].astype(str).str.strip()
        return out.assign(year=out["year"].astype(int)).reset_index(drop=True)
    path = table
    if "mode" in table.columns:
        path = table.loc[table["mode"].astype(str).str.strip().str.lower() == mode]
        if path.empty:
            raise InputError(
                "fleet_policy_mode",
                QT_TR_NOOP("The electrification path has no rows of mode {mode} (its modes: {modes})."),
                mode=mode,
                modes=examples(sorted(set(table["mode"].astype(str)))),
            )
    _check_shares(path["new_ev_share"])
    years = path["year"].astype(int).to_numpy()
    ev = path["new_ev_share"].to_numpy(float)
    out = pd.DataFrame(
        {
            "year": np.r_[years, years],
            "technology": ["electric"] * len(years) + [baseline_technology] * len(years),
            "share": np.r_[ev, 1.0 - ev],
        }
    )
    return out.loc[out["share"] > 0].sort_values(["year", "technology"]).reset_index(drop=True)


def _check_survival(weibull_lambda: Optional[float], k: float) -> None:
    if weibull_lambda is not None and not weibull_lambda > 0:
        raise InputError(
            "fleet_weibull_lambda",
            QT_TR_NOOP("The Weibull λ must be positive (got {value})."),
            value=weibull_lambda,
        )
    if not k > 0:
        raise InputError(
            "fleet_weibull_k", QT_TR_NOOP("The Weibull k must be positive (got {value})."), value=k
        )


def steady_state_ages(
    fleet: Mapping[str, float],
    base_year: int,
    technology: str = "diesel",
    max_age: Optional[Mapping[str, float]] = None,
    weibull_lambda: Optional[float] = None,
    weibull_k: float = WEIBULL_K,
) -> pd.DataFrame:
    """An assumed age mix for a fleet known only by size (e.g. from GTFS): the steady state of the retirement
    rule, a fleet that bought the same number of buses every year. Buses of age a are in proportion to the
    survival S(a): uniform over ages 0 … maximum age with a legal maximum age, exp(−(a/λ)^k) with Weibull
    (ages to 3 λ). Returns size, technology, model_year, count (expected values)."""
    _check_survival(weibull_lambda, weibull_k)
    rows = []
    for size, count in fleet.items():
        if max_age is not None:
            if size not in max_age or not max_age[size] >= 0:
                raise InputError(
                    "fleet_no_max_age",
                    QT_TR_NOOP("No maximum age for the bus sizes {sizes}: give one."),
                    sizes=size,
                )
            age = np.arange(int(max_age[size]) + 1)
            weight = np.ones(len(age))
        else:
            age = np.arange(int(np.ceil(3 * weibull_lambda)) + 1)
            weight = weibull_survival(age, weibull_lambda, weibull_k)
        share = weight / weight.sum()
        rows.append(
            pd.DataFrame(
                {
                    "size": size,
                    "technology": technology,
                    "model_year": base_year - age,
                    "count": count * share,
                }
            )
        )
    if not rows:
        return pd.DataFrame(columns=["size", "technology", "model_year", "count"])
    return pd.concat(rows, ignore_index=True)
