"""The fleet renewal of conecta:fleetrenewal in one call: renewal to a target year (:func:`.renewal.renew_fleet`)
and the local-industry view of the purchases (:func:`.renewal.industry_table`), joined per year.

Per year, the summary adds to the renewal's (fleet, retired, bought, bought_electric, battery_gwh,
share_electric) the purchase value, the value producible in the region and the imported value, the local
share of the value, and the fleet-renewal columns conecta:scenario2030 reads (``mode`` = bus,
``renewal_rate`` = buses bought / fleet at the end of the year, ``new_ev_share`` = electric share of the
buses bought; its stock-turnover rule s_t = s_{t−1} (1 − rate) + rate × new_ev_share gives the share electric
of this table when the fleet does not grow and every technology retires alike).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

import numpy as np
import pandas as pd

from ..errors import QT_TR_NOOP, InputError, examples
from .renewal import PRESETS, WEIBULL_K, industry_table, renew_fleet

SIZES = ("micro", "midi", "standard", "articulated", "biarticulated")
"""Bus sizes of the presets (as core.energy's)."""
PRICE_SIZE = "standard"
"""The size the vehicle prices of the cost preset are for (12 m buses)."""
SUMMARY_COLUMNS = [
    "year",
    "fleet",
    "retired",
    "bought",
    "bought_electric",
    "battery_gwh",
    "share_electric",
    "value",
    "local_value",
    "imported_value",
    "local_share",
    "mode",
    "renewal_rate",
    "new_ev_share",
]


@dataclass
class RenewalPlan:
    """Per-year tables of conecta:fleetrenewal."""

    purchases: pd.DataFrame
    """year, size, technology, units, units_int, battery_gwh, value, local_value, imported_value."""
    fleet: pd.DataFrame
    """year, size, technology, model_year, age, count (end of year)."""
    summary: pd.DataFrame
    """:data:`SUMMARY_COLUMNS`."""
    industry: pd.DataFrame
    """year, technology, component, value, local_share, local_value, imported_value."""


def battery_preset(path: Optional[Path] = None) -> dict:
    """Shipped battery sizes (kWh per e-bus) by bus size (estimates; see the file's sources)."""
    table = pd.read_csv(path or PRESETS / "battery_kwh.csv")
    return dict(zip(table["size"], table["battery_kwh"].astype(float)))


def default_prices(cost_table: pd.DataFrame, size: str = PRICE_SIZE) -> pd.DataFrame:
    """Purchase prices (size, technology, price) from a cost table's ``vehicle_price`` rows, for ``size``."""
    rows = cost_table.loc[cost_table["parameter"] == "vehicle_price", ["technology", "value"]]
    rows = rows.loc[rows["technology"] != "all"]
    return pd.DataFrame(
        {"size": size, "technology": rows["technology"], "price": rows["value"].astype(float)}
    )


def fleet_by_size(totals: pd.DataFrame, layover: Optional[float], size: str) -> tuple:
    """({size: buses}, layover used) from conecta:fleetfromgtfs's totals or route table (layover_min,
    fleet_with_spares): the rows of ``layover`` (None: the largest layover, the most buses)."""
    layovers = np.sort(totals["layover_min"].dropna().unique())
    if len(layovers) == 0:
        raise InputError("fleet_no_totals", QT_TR_NOOP("The fleet table has no row with a layover."))
    chosen = float(layovers[-1]) if layover is None else float(layover)
    rows = totals.loc[np.isclose(totals["layover_min"].to_numpy(float), chosen)]
    if rows.empty:
        raise InputError(
            "fleet_layover_absent",
            QT_TR_NOOP("The fleet table has no layover of {layover} min; its layovers: {layovers}."),
            layover=chosen,
            layovers=examples(float(v) for v in layovers),
        )
    return {size: float(rows["fleet_with_spares"].sum())}, chosen


def _summary(renewal, purchases: pd.DataFrame) -> pd.DataFrame:
    per_year = purchases.groupby("year")[["value", "local_value", "imported_value"]].sum()
    out = renewal.summary.join(per_year, on="year")
    out[["value", "local_value", "imported_value"]] = out[["value", "local_value", "imported_value"]].fillna(
        0.0
    )
    out["local_share"] = np.where(
        out["value"] > 0, out["local_value"] / out["value"].where(out["value"] > 0), 0.0
    )
    out["mode"] = "bus"
    fleet = out["fleet"].where(out["fleet"] > 0)
    out["renewal_rate"] = (out["bought"] / fleet).fillna(0.0)
    out["new_ev_share"] = (out["bought_electric"] / out["bought"].where(out["bought"] > 0)).fillna(0.0)
    return out[SUMMARY_COLUMNS]


def renewal_plan(
    ages: pd.DataFrame,
    base_year: int,
    target_year: int,
    policy: pd.DataFrame,
    prices: pd.DataFrame,
    component_shares: pd.DataFrame,
    local_content: pd.DataFrame,
    max_age: Optional[Mapping[str, float]] = None,
    weibull_lambda: Optional[float] = None,
    weibull_k: float = WEIBULL_K,
    growth: float = 0.0,
    battery_kwh: Optional[Mapping[str, float]] = None,
    baseline_technology: str = "diesel",
) -> RenewalPlan:
    """Renewal from ``base_year`` to ``target_year`` and its local-industry view (see the module and
    :func:`.renewal.renew_fleet`, :func:`.renewal.industry_table` for the inputs)."""
    renewal = renew_fleet(
        ages, base_year, target_year, policy, max_age, weibull_lambda, weibull_k, growth, battery_kwh,
        baseline_technology,
    )  # fmt: skip
    parts = industry_table(renewal.purchases, prices, component_shares, local_content)
    keys = ["year", "size", "technology"]
    money = parts.groupby(keys)[["value", "local_value", "imported_value"]].sum()
    purchases = renewal.purchases.join(money, on=keys)
    purchases[["value", "local_value", "imported_value"]] = purchases[
        ["value", "local_value", "imported_value"]
    ].fillna(0.0)
    industry = parts.groupby(["year", "technology", "component"], as_index=False).agg(
        value=("value", "sum"),
        local_share=("local_share", "first"),
        local_value=("local_value", "sum"),
        imported_value=("imported_value", "sum"),
    )
    fleet = renewal.fleet.assign(age=renewal.fleet["year"] - renewal.fleet["model_year"])
    fleet = fleet[["year", "size", "technology", "model_year", "age", "count"]]
    return RenewalPlan(purchases, fleet, _summary(renewal, purchases), industry)
