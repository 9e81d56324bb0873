"""Bus emission factors (g/km) from the shipped tables: CETESB, EMEP/EEA speed curves, and scaled.

- CETESB (Brazil): g/km by size and model year for calendar year 2020, no speed term.
- EMEP/EEA Tier 3 hot: a curve of speed per size, fuel, Euro class and pollutant (slope 0, load 0.5); the
  speed is clamped to the curve's [vmin, vmax]. Diesel fuel consumption is in g/km; CNG and hybrid buses
  have an energy curve (MJ/km, divided by the fuel's LHV). CO2 = fuel burnt × CO2 per gram (``fuels``).
- Scaled (as gtfs2emis's ``ef_scaled_euro``): local factor × EMEP(v) / EMEP(reference speed, 19 km/h).
"""

from __future__ import annotations

from typing import Mapping

import numpy as np
import pandas as pd

from .fuels import co2_per_gram, fuel_properties
from .tables import factor_table

REFERENCE_SPEED_KMH = 19.0
"""Speed at which a local (CETESB) factor is taken to hold when scaling by the EMEP curve (gtfs2emis SDC)."""
CETESB_CALENDAR_YEAR = 2020
CETESB_SIZES = ("micro", "standard", "articulated")
EMEP_SIZES = ("midi", "standard", "articulated")


def _curve_value(function_id: str, c: Mapping[str, float], v: np.ndarray) -> np.ndarray:
    if function_id == "2019_1":
        num = c["alpha"] * v**2 + c["beta"] * v + c["gamma"] + c["delta"] / v
        return num / (c["epsilon"] * v**2 + c["zita"] * v + c["hta"]) * (1.0 - c["rf"])
    if function_id == "2013_3":
        return c["alpha"] * c["beta"] ** v * v ** c["gamma"]
    if function_id == "2013_12":
        return c["alpha"] / (1.0 + c["beta"] * np.exp(-c["gamma"] * v))
    if function_id == "2013_16":
        return np.exp(c["alpha"] + c["beta"] / v + c["gamma"] * np.log(v))
    if function_id == "2007_1":
        return c["epsilon"] + c["alpha"] * np.exp(-c["beta"] * v) + c["gamma"] * np.exp(-c["delta"] * v)
    if function_id == "2007_6":
        return c["gamma"] + c["alpha"] * np.exp(c["beta"] * v)
    if function_id == "2007_9":
        return 1.0 / (c["gamma"] * v**2 + c["beta"] * v + c["alpha"])
    raise ValueError(f"EMEP curve form '{function_id}' is not implemented.")


def evaluate_curve(curve: Mapping, speed_kmh, clamp: bool = True) -> np.ndarray:
    """An EMEP/EEA curve (a row of the EMEP table) at ``speed_kmh``, clamped to its [vmin, vmax].

    ``clamp=False`` evaluates the formula outside its valid range too (for plots and checks only).
    """
    v = np.asarray(speed_kmh, dtype=float)
    if clamp:
        v = np.clip(v, curve["vmin"], curve["vmax"])
    return _curve_value(str(curve["function_id"]), curve, v) * curve["k"]


def emep_curve(size: str, fuel: str, euro: str, pollutant: str) -> pd.Series:
    """The EMEP table row for one size, fuel (diesel, cng, hybrid), Euro class and pollutant (fc, energy, ...)."""
    table = factor_table("emep")
    rows = table[
        (table["size"] == size)
        & (table["fuel"] == fuel)
        & (table["euro"] == euro)
        & (table["pollutant"] == pollutant)
    ]
    if rows.empty:
        raise ValueError(
            f"No EMEP/EEA curve for a {size} {fuel} bus, Euro {euro}, pollutant {pollutant}; "
            f"the shipped table has {fuel} sizes {', '.join(sorted(table.loc[table['fuel'] == fuel, 'size'].unique()))}."
        )
    return rows.iloc[0]


def emep_fuel_g(size: str, fuel: str, euro: str, speed_kmh) -> np.ndarray:
    """Fuel burnt (g/km) by an EMEP bus class at ``speed_kmh``: the diesel FC curve, or energy curve / LHV."""
    if fuel == "diesel":
        return evaluate_curve(emep_curve(size, fuel, euro, "fc"), speed_kmh)
    burnt = "cng" if fuel == "cng" else "diesel"
    lhv = fuel_properties().loc[burnt, "lhv_mj_per_kg"]
    return evaluate_curve(emep_curve(size, fuel, euro, "energy"), speed_kmh) * 1000.0 / lhv


def emep_factor(size: str, fuel: str, euro: str, pollutant: str, speed_kmh) -> np.ndarray:
    """EMEP/EEA hot factor (g/km) at ``speed_kmh``; ``fc`` is the fuel burnt and ``co2`` its CO2 (all of it)."""
    if pollutant in ("co2", "fc"):
        fuel_g = emep_fuel_g(size, fuel, euro, speed_kmh)
        return fuel_g * co2_per_gram("cng" if fuel == "cng" else "diesel") if pollutant == "co2" else fuel_g
    return evaluate_curve(emep_curve(size, fuel, euro, pollutant), speed_kmh)


def cetesb_row(model_year: int, pollutant: str) -> pd.Series:
    """The CETESB table row (g/km by size) for one model year and pollutant."""
    table = factor_table("cetesb")
    rows = table[(table["model_year"] == model_year) & (table["pollutant"] == pollutant)]
    if rows.empty:
        years = f"{table['model_year'].min()}-{table['model_year'].max()}"
        raise ValueError(
            f"No CETESB factor for model year {model_year}, pollutant {pollutant} (model years {years})."
        )
    return rows.iloc[0]


def cetesb_factor(size: str, model_year: int, pollutant: str) -> float:
    """CETESB factor (g/km) of a diesel bus (micro, standard, articulated) of ``model_year``, calendar year 2020."""
    if size not in CETESB_SIZES:
        raise ValueError(f"CETESB has no '{size}' bus; its sizes are {', '.join(CETESB_SIZES)}.")
    return float(cetesb_row(model_year, pollutant)[size])


def scaled_factor(
    local_g_per_km: float,
    size: str,
    fuel: str,
    euro: str,
    pollutant: str,
    speed_kmh,
    reference_speed_kmh: float = REFERENCE_SPEED_KMH,
) -> np.ndarray:
    """A local factor scaled by the EMEP speed curve: local × EMEP(v) / EMEP(reference speed)."""
    curve_pollutant = "fc" if pollutant == "co2" else pollutant
    if fuel != "diesel" and curve_pollutant == "fc":
        curve = emep_curve(size, fuel, euro, "energy")
    else:
        curve = emep_curve(size, fuel, euro, curve_pollutant)
    ratio = evaluate_curve(curve, speed_kmh) / evaluate_curve(curve, reference_speed_kmh)
    return local_g_per_km * ratio
