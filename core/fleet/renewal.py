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


def _check_inputs(ages: pd.DataFrame, base_year: int, target_year: int, policy: pd.DataFrame) -> None:
    missing = [c for c in ("size", "technology", "model_year", "count") if c not in ages.columns]
    if missing:
        raise ValueError(f"the fleet age table lacks the columns {missing}")
    if target_year < base_year:
        raise ValueError(f"the target year {target_year} is before the base year {base_year}")
    future = ages.loc[ages["model_year"] > base_year, "model_year"]
    if len(future):
        raise ValueError(
            f"the fleet age table has model years after the base year {base_year}: {sorted(set(future))}"
        )
    if (ages["count"] < 0).any():
        raise ValueError("the fleet age table has negative counts")
    bad = policy.loc[~policy["share"].between(0, 1), "share"]
    if len(bad):
        raise ValueError(f"technology shares must be between 0 and 1 (got {sorted(set(bad))})")
    sums = policy.groupby("year")["share"].sum()
    off = sums[(sums - 1).abs() > 1e-6]
    if len(off):
        raise ValueError(
            f"technology shares of a year must add up to 1 (years {list(off.index)}: {list(off.round(4))})"
        )


def _retire(
    cohorts: pd.DataFrame, year: int, max_age: Optional[Mapping[str, float]], lam: Optional[float], k: float
):
    """Counts surviving to the end of ``year`` (cohorts: size, technology, model_year, count)."""
    age = year - cohorts["model_year"].to_numpy(float)
    if max_age is not None:
        limit = cohorts["size"].map(dict(max_age)).to_numpy(float)
        if np.isnan(limit).any():
            missing = sorted(set(cohorts.loc[np.isnan(limit), "size"]))
            raise ValueError(f"no maximum age for the bus sizes {missing}")
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
        raise ValueError("give either a maximum age per size or a Weibull λ, not both or neither")
    if weibull_lambda is not None and not weibull_lambda > 0:
        raise ValueError(f"the Weibull λ must be positive (got {weibull_lambda})")
    if not growth > -1:
        raise ValueError(f"the growth rate must be above −100 % (got {growth})")
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
        missing = sorted(set(buy.loc[electric & kwh.isna(), "size"]))
        raise ValueError(f"battery kWh per e-bus missing for the sizes {missing}")
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


def local_industry(
    purchases: pd.DataFrame,
    prices: pd.DataFrame,
    component_shares: pd.DataFrame,
    local_content: pd.DataFrame,
) -> pd.DataFrame:
    """Per year: purchase value, value producible in the region and imported value (see module).

    ``prices``: size, technology, price (currency per bus); ``component_shares``: technology, component,
    cost_share; ``local_content``: year, component, local_share. Missing prices raise ValueError.
    """
    p = purchases.merge(prices[["size", "technology", "price"]], on=["size", "technology"], how="left")
    missing = p.loc[p["price"].isna() & (p["units"] > 0), ["size", "technology"]].drop_duplicates()
    if len(missing):
        pairs = [f"{s}/{t}" for s, t in missing.itertuples(index=False)]
        raise ValueError(f"no purchase price for {pairs}: give one (prices are never assumed)")
    bad = local_content.loc[~local_content["local_share"].between(0, 1), "local_share"]
    if len(bad) or not component_shares["cost_share"].between(0, 1).all():
        raise ValueError("local-content and component cost shares must be between 0 and 1")
    p["value"] = p["units"] * p["price"]
    parts = p.merge(component_shares, on="technology", how="left")
    if parts["cost_share"].isna().any():
        raise ValueError(
            f"no component cost shares for {sorted(set(parts.loc[parts['cost_share'].isna(), 'technology']))}"
        )
    lc = _step_table(local_content, np.sort(parts["year"].unique()), "component", "local_share")
    parts = parts.merge(lc[["year", "component", "local_share"]], on=["year", "component"], how="left")
    parts["local_share"] = parts["local_share"].fillna(0.0)
    parts["local_value"] = parts["value"] * parts["cost_share"] * parts["local_share"]
    out = p.groupby("year", as_index=False)["value"].sum()
    out["local_value"] = parts.groupby("year")["local_value"].sum().reindex(out["year"]).to_numpy()
    out["imported_value"] = out["value"] - out["local_value"]
    return out
