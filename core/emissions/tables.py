"""The factor tables shipped in resources/factors (CSV with a source on every row) and their vocabulary.

Tables are read once and cached; the public accessor returns a copy, so a caller may edit it freely.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

FACTORS_DIR = Path(__file__).resolve().parents[2] / "resources" / "factors"

SIZES = ("micro", "midi", "standard", "articulated", "biarticulated")
"""Bus sizes a FLEET table may name."""
FUELS = ("diesel", "cng", "hybrid", "electric")
"""Fuels / technologies a FLEET table may name."""
POLLUTANTS = ("co2", "fc", "nox", "pm10", "co", "hc", "ch4")
"""Pollutants the factor sources cover; ``fc`` is fuel consumed (g of fuel), ``hc`` is EMEP's VOC."""
REQUIRED_POLLUTANTS = ("co2", "fc", "nox", "pm10")
"""Always computed: the route table's fixed fields need them."""
EURO_NUMBERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
"""Euro classes as numbers (EEV, for CNG buses, sits between V and VI: 5.5)."""

TABLE_FILES = {
    "cetesb": "cetesb_bus.csv",
    "emep": "emep_bus_hot.csv",
    "fuels": "fuels.csv",
    "grid": "grid_factors.csv",
    "blends": "blends.csv",
    "electric": "electric_bus_energy.csv",
}


@cache
def _read(name: str) -> pd.DataFrame:
    path = FACTORS_DIR / TABLE_FILES[name]
    return pd.read_csv(path, keep_default_na=True)


def factor_table(name: str) -> pd.DataFrame:
    """A shipped factor table by short name (cetesb, emep, fuels, grid, blends, electric), as a copy."""
    if name not in TABLE_FILES:
        raise ValueError(f"Unknown factor table '{name}'; known: {', '.join(TABLE_FILES)}.")
    return _read(name).copy()
