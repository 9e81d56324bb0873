"""Fuel carbon contents, biofuel blends and grid emission factors, tank-to-wheel and well-to-wheel apart.

Combustion CO2 (tank-to-wheel) comes from the fuel burnt: grams of fuel × CO2 per gram (carbon content;
for diesel the EMEP/EEA equation 44.011 / (12.011 + 1.008 r_H:C + 16.000 r_O:C) with r_H:C = 1.86, as
gtfs2emis evaluates it). A biofuel blend splits that CO2 into fossil and biogenic parts by the
components' energy shares and CO2 per MJ; the biogenic part is reported apart, never added to the fossil
total and never dropped. Electricity's CO2 is the grid factor × kWh (well-to-wheel; the vehicle emits none).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Optional, Union

import pandas as pd

from ..errors import QT_TR_NOOP, InputError
from .tables import factor_table

BIO_COMPONENT = {"diesel": "biodiesel", "gasoline": "ethanol"}
"""The biofuel blended into each fossil fuel (B-blends into diesel, E-blends into gasoline)."""


@dataclass(frozen=True)
class GridFactor:
    """A grid emission factor with where it came from."""

    kg_co2_per_kwh: float
    country: Optional[str] = None
    year: Optional[int] = None
    source: str = "value given by the user"
    estimate: bool = False


def fuel_properties() -> pd.DataFrame:
    """The fuel table (LHV, density, CO2 per gram and per MJ, well-to-tank, biogenic flag, sources)."""
    return factor_table("fuels").set_index("fuel")


def _fuel(fuel: str) -> pd.Series:
    table = fuel_properties()
    if fuel not in table.index:
        raise ValueError(f"Unknown fuel '{fuel}'; the fuel table has {', '.join(table.index)}.")
    return table.loc[fuel]


def check_blends(blends: Optional[Mapping[str, float]]) -> dict:
    """Blend shares by volume of the biofuel in each fossil fuel, checked: {'diesel': 0.14, 'gasoline': 0.27}."""
    checked = {}
    for fuel, share in (blends or {}).items():
        key = str(fuel).strip().lower()
        if key not in BIO_COMPONENT:
            raise InputError(
                "blend_fuel",
                QT_TR_NOOP(
                    "Blend given for '{fuel}': blends apply to diesel and gasoline (biodiesel in diesel, ethanol in gasoline)."
                ),
                fuel=fuel,
            )
        try:
            value = float(share)
        except (TypeError, ValueError):
            value = math.nan
        if not 0.0 <= value <= 1.0:
            raise InputError(
                "blend_share",
                QT_TR_NOOP(
                    "Blend share of {fuel} is {share}: give the biofuel's share by volume between 0 and 1."
                ),
                fuel=key,
                share=share,
            )
        checked[key] = value
    return checked


def blend_energy_share(fuel: str, bio_share: float) -> float:
    """Energy share of the biofuel in a blend with ``bio_share`` of it by volume (E27 → 0.19 of the MJ)."""
    if bio_share <= 0:
        return 0.0
    fossil, bio = _fuel(fuel), _fuel(BIO_COMPONENT[fuel])
    bio_mj = bio_share * bio["density_kg_per_l"] * bio["lhv_mj_per_kg"]
    fossil_mj = (1.0 - bio_share) * fossil["density_kg_per_l"] * fossil["lhv_mj_per_kg"]
    return float(bio_mj / (bio_mj + fossil_mj))


def fossil_fraction(fuel: str, bio_share: float = 0.0) -> float:
    """Share of a blend's tailpipe CO2 that is fossil: (1 - e) c_f / ((1 - e) c_f + e c_b), with e the
    biofuel's energy share and c the g CO2/MJ of each component."""
    if fuel not in BIO_COMPONENT or bio_share <= 0:
        return 1.0
    share = blend_energy_share(fuel, bio_share)
    fossil = (1.0 - share) * _fuel(fuel)["co2_g_per_mj"]
    return float(fossil / (fossil + share * _fuel(BIO_COMPONENT[fuel])["co2_g_per_mj"]))


def co2_per_gram(fuel: str) -> float:
    """Grams of CO2 per gram of fuel burnt (carbon content; diesel by the EMEP/EEA equation)."""
    return float(_fuel(fuel)["co2_g_per_g"])


def blend_preset(country: str, year: Optional[int] = None) -> dict:
    """Blend shares in force in ``country`` (name or ISO3) in ``year`` (latest listed if None), by fuel."""
    table = factor_table("blends")
    rows = table[_country_match(table, country)]
    if rows.empty:
        listed = ", ".join(sorted(table["country"].unique()))
        raise InputError(
            "blend_no_preset",
            QT_TR_NOOP("No blend preset for '{country}' (presets: {listed}); give the blend shares."),
            country=country,
            listed=listed,
        )
    if year is not None:
        rows = rows[rows["year"] <= year]
        if rows.empty:
            raise InputError(
                "blend_no_year",
                QT_TR_NOOP("No blend preset for '{country}' in or before {year}; give the blend shares."),
                country=country,
                year=year,
            )
    latest = rows.sort_values("year").groupby("fuel").tail(1)
    return {row.fuel: float(row.bio_share) for row in latest.itertuples()}


def _country_match(table: pd.DataFrame, country: str) -> pd.Series:
    key = str(country).strip().lower()
    return (table["country"].str.lower() == key) | (table["iso3"].str.lower() == key)


def grid_factor(country: str, year: Optional[int] = None) -> GridFactor:
    """The preset grid factor of ``country`` (name or ISO3) for ``year``: the latest listed up to that year,
    else an undated estimate, else the earliest later year (its year is in the result)."""
    table = factor_table("grid")
    rows = table[_country_match(table, country)]
    if rows.empty:
        listed = ", ".join(sorted(table["country"]))
        raise InputError(
            "grid_no_preset",
            QT_TR_NOOP(
                "No grid emission factor preset for '{country}' (presets: {listed}); give a value in kg CO2/kWh (= t CO2/MWh)."
            ),
            country=country,
            listed=listed,
        )
    dated = rows.dropna(subset=["year"]).sort_values("year")
    undated = rows[rows["year"].isna()]
    if year is not None and (dated["year"] <= year).any():
        chosen = dated[dated["year"] <= year].iloc[-1]
    elif not dated.empty and (year is None or undated.empty):
        chosen = dated.iloc[-1] if year is None else dated.iloc[0]
    else:
        chosen = undated.iloc[0]
    return GridFactor(
        kg_co2_per_kwh=float(chosen["kg_co2_per_kwh"]),
        country=str(chosen["country"]),
        year=None if pd.isna(chosen["year"]) else int(chosen["year"]),
        source=str(chosen["source"]),
        estimate=bool(chosen["estimate"]),
    )


def resolve_grid_factor(value: Union[None, float, str, GridFactor], year: Optional[int] = None) -> GridFactor:
    """A grid factor from a number (kg CO2/kWh), a country preset name, or a GridFactor."""
    if isinstance(value, GridFactor):
        return value
    if value is None:
        raise InputError(
            "grid_missing",
            QT_TR_NOOP(
                "The fleet has electric buses: give a grid emission factor (kg CO2/kWh, or a country preset: {listed}) so their CO2 is counted."
            ),
            listed=", ".join(sorted(factor_table("grid")["country"])),
        )
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return grid_factor(value, year)
        return resolve_grid_factor(number)
    number = float(value)
    if not number >= 0 or math.isinf(number):
        raise InputError(
            "grid_bad_value",
            QT_TR_NOOP("Grid emission factor {value} is not a non-negative number of kg CO2/kWh."),
            value=value,
        )
    return GridFactor(kg_co2_per_kwh=number)
