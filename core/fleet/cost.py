"""Total cost of ownership (TCO) of buses by technology, following the formulas of eflips-tco (TU Berlin,
mpm-tu-berlin/eflips-tco): capex as annuities, opex escalated, everything discounted to the base year.

- Annuity of an asset bought at price P with a useful life of n years at interest rate i:
  A = P × i / (1 − (1 + i)^(−n)) (P / n when i = 0). Assets: the vehicle (``vehicle_price``, first battery
  included), the battery replacement (``battery_kwh × battery_price_per_kwh`` every ``battery_life_years``
  after purchase, the first one included in the vehicle), chargers (``charger_kw_per_bus ×
  charger_price_per_kw``, life ``charger_life_years``). A replacement bought in year y costs P × (1 +
  price_escalation)^y and pays its annuity from y on; one whose life outlasts the horizon pays only until it
  ends (eflips-tco scales the last one by the share of its life used: the same total).
- Opex of year y: energy = ``energy_per_km`` × ``energy_price`` × (1 + energy_escalation)^y × annual km;
  maintenance = ``maintenance_per_km`` × (1 + maintenance_escalation)^y × annual km.
- Present value of year y's cost: cost / (1 + discount_rate)^y, y = 0 for the base year.
- TCO per km = Σ present values / (annual km × years), as eflips-tco's ``tco_unit_distance``.
- Break-even year: the first year in which the cumulative present cost of a technology is at or below that of
  the reference (diesel); none within the horizon → NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, Mapping, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import QT_TR_NOOP, InputError, examples
from .renewal import PRESETS

REQUIRED = {
    "all": ("vehicle_price", "vehicle_life_years", "energy_per_km", "energy_price", "maintenance_per_km"),
    "battery": ("battery_price_per_kwh", "battery_life_years"),
    "charger": ("charger_price_per_kw", "charger_life_years"),
}
SHARED = (
    "annual_km_per_bus",
    "interest_rate",
    "discount_rate",
    "energy_escalation",
    "maintenance_escalation",
    "price_escalation",
)


def load_cost_preset() -> pd.DataFrame:
    """Shipped LAC defaults: technology, parameter, value, unit, source (technology 'all' = shared)."""
    return pd.read_csv(PRESETS / "bus_costs_lac.csv")


def annuity(price: float, years: float, rate: float) -> float:
    """Annual payment that repays ``price`` over ``years`` at interest ``rate``: P·i / (1 − (1 + i)^(−n))."""
    if not years > 0:
        raise InputError(
            "fleet_asset_life", QT_TR_NOOP("A useful life must be positive (got {years} years)."), years=years
        )
    return price / years if rate == 0 else price * rate / (1 - (1 + rate) ** (-years))


def _params(table: pd.DataFrame, technology: str) -> dict:
    """Parameters of one technology (own rows over 'all'); InputError naming what is missing."""
    shared = table.loc[table["technology"] == "all"].set_index("parameter")["value"].to_dict()
    own = table.loc[table["technology"] == technology].set_index("parameter")["value"].to_dict()
    if not own:
        raise InputError(
            "fleet_no_cost_parameters",
            QT_TR_NOOP(
                "No cost parameters for the technology '{technology}': give its prices (none is assumed)."
            ),
            technology=technology,
        )
    p = {**shared, **own}
    need = list(REQUIRED["all"]) + list(SHARED)
    if (
        p.get("battery_kwh", 0)
        and p.get("battery_life_years", 0)
        and p.get("battery_life_years") < p.get("vehicle_life_years", 0)
    ):
        need += REQUIRED["battery"]
    if p.get("charger_kw_per_bus", 0):
        need += REQUIRED["charger"]
    missing = [k for k in need if k not in p or pd.isna(p[k])]
    short = [k for k in p if k.endswith("_life_years") and k in need and not pd.isna(p[k]) and not p[k] >= 1]
    if short:
        raise InputError(
            "fleet_asset_life",
            QT_TR_NOOP("A useful life must be positive (got {years} years)."),
            years=examples(p[k] for k in short),
        )
    if missing:
        raise InputError(
            "fleet_missing_cost",
            QT_TR_NOOP("Missing cost parameters for {technology}: {parameters}. Give them: none is assumed."),
            technology=technology,
            parameters=", ".join(missing),
        )
    return p


def _asset_payments(price: float, life: float, start_years: list, horizon: int, p: dict) -> np.ndarray:
    """Annuity payments per year of an asset bought in each of ``start_years``."""
    pay = np.zeros(horizon)
    for y in start_years:
        a = annuity(price * (1 + p["price_escalation"]) ** y, life, p["interest_rate"])
        pay[y : min(horizon, y + int(math.ceil(life)))] += a
    return pay


def tco_table(
    technologies=("diesel", "electric"),
    years: int = 12,
    table: Optional[pd.DataFrame] = None,
    base_year: int = 0,
) -> pd.DataFrame:
    """Per technology and year: capex (annuities), energy, maintenance, total, present value, cumulative PV,
    tco_per_km (over the horizon) and cost_per_km of the year."""
    if not years >= 1:
        raise InputError(
            "fleet_horizon", QT_TR_NOOP("The horizon must be at least one year (got {years})."), years=years
        )
    table = load_cost_preset() if table is None else table
    frames = []
    for tech in technologies:
        p = _params(table, tech)
        y = np.arange(years)
        vlife = p["vehicle_life_years"]
        capex = _asset_payments(p["vehicle_price"], vlife, list(range(0, years, int(vlife))), years, p)
        if p.get("battery_kwh", 0) and p.get("battery_life_years", 0) and p["battery_life_years"] < vlife:
            blife = int(p["battery_life_years"])
            starts = [s + b for s in range(0, years, int(vlife)) for b in range(blife, int(vlife), blife)]
            capex += _asset_payments(
                p["battery_kwh"] * p["battery_price_per_kwh"],
                blife,
                [s for s in starts if s < years],
                years,
                p,
            )
        if p.get("charger_kw_per_bus", 0):
            clife = p["charger_life_years"]
            capex += _asset_payments(
                p["charger_kw_per_bus"] * p["charger_price_per_kw"],
                clife,
                list(range(0, years, int(clife))),
                years,
                p,
            )
        km = p["annual_km_per_bus"]
        energy = p["energy_per_km"] * p["energy_price"] * (1 + p["energy_escalation"]) ** y * km
        maint = p["maintenance_per_km"] * (1 + p["maintenance_escalation"]) ** y * km
        total = capex + energy + maint
        pv = total / (1 + p["discount_rate"]) ** y
        frames.append(
            pd.DataFrame(
                {
                    "technology": tech,
                    "year": base_year + y,
                    "capex": capex,
                    "energy": energy,
                    "maintenance": maint,
                    "total": total,
                    "present_value": pv,
                    "cumulative_pv": np.cumsum(pv),
                    "cost_per_km": total / km,
                    "tco_per_km": pv.sum() / (km * years),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def break_even_year(tco: pd.DataFrame, technology: str = "electric", reference: str = "diesel") -> float:
    """First year whose cumulative present cost of ``technology`` is ≤ the reference's; NaN if none."""
    a = tco.loc[tco["technology"] == technology].set_index("year")["cumulative_pv"]
    b = tco.loc[tco["technology"] == reference].set_index("year")["cumulative_pv"].reindex(a.index)
    hit = a.index[(a <= b + 1e-9).to_numpy()]
    return float(hit[0]) if len(hit) else math.nan


def fleet_cost(
    fleet: pd.DataFrame, tco: pd.DataFrame, technology_map: Optional[Mapping[str, str]] = None
) -> pd.DataFrame:
    """Per year and technology: buses × the technology's yearly cost per bus (the TCO table's first year
    escalated to that year by the table's own year index); fleet: year, technology, count."""
    tech = fleet["technology"].map(dict(technology_map)) if technology_map else fleet["technology"]
    per_bus = tco.groupby("technology")["total"].mean()
    missing = sorted(set(tech) - set(per_bus.index))
    if missing:
        raise InputError(
            "fleet_no_costs",
            QT_TR_NOOP("The fleet has technologies without costs: {technologies}. Give their costs."),
            technologies=examples(missing),
        )
    out = fleet.assign(technology=tech).groupby(["year", "technology"], as_index=False)["count"].sum()
    out["annual_cost"] = out["count"] * out["technology"].map(per_bus)
    return out


@dataclass
class FleetCost:
    """TCO per technology and year, the fleet's yearly cost, and each technology's break-even year."""

    tco: pd.DataFrame
    """technology, year, capex, energy, maintenance, total, present_value, cumulative_pv, cost_per_km,
    tco_per_km, break_even_year (against the reference; NaN for the reference and when never)."""
    fleet: Optional[pd.DataFrame] = None
    """year, technology, count, annual_cost (None without a fleet)."""
    break_even: Dict[str, float] = field(default_factory=dict)
    """technology → first year its cumulative present cost is at or below the reference's (NaN: never)."""
    reference: str = "diesel"


def with_annual_km(table: pd.DataFrame, annual_km: float) -> pd.DataFrame:
    """The cost table with the shared ``annual_km_per_bus`` set to ``annual_km`` (the input is not modified)."""
    if not annual_km > 0:
        raise InputError(
            "fleet_annual_km",
            QT_TR_NOOP("The annual kilometres per bus must be positive (got {value})."),
            value=annual_km,
        )
    rest = table.loc[~((table["technology"] == "all") & (table["parameter"] == "annual_km_per_bus"))]
    row = pd.DataFrame(
        {"technology": ["all"], "parameter": ["annual_km_per_bus"], "value": [float(annual_km)]}
    )
    return pd.concat([rest, row], ignore_index=True)


def fleet_tco(
    table: pd.DataFrame,
    technologies: Sequence[str],
    years: int = 12,
    base_year: int = 0,
    reference: str = "diesel",
    fleet: Optional[pd.DataFrame] = None,
) -> FleetCost:
    """TCO of every technology over ``years`` from ``base_year``, break-even years against ``reference`` (when it
    is among the technologies) and, with ``fleet`` (year, technology, count), its yearly cost."""
    technologies = list(dict.fromkeys(technologies))
    tco = tco_table(technologies, years, table, base_year)
    even = {
        tech: break_even_year(tco, tech, reference) if reference in technologies else math.nan
        for tech in technologies
        if tech != reference
    }
    tco["break_even_year"] = tco["technology"].map(even).astype(float)
    cost = fleet_cost(fleet, tco) if fleet is not None else None
    return FleetCost(tco, cost, even, reference)
