"""Build resources/factors/cetesb_bus.csv and emep_bus_hot.csv from the gtfs2emis tables in shared/data.

The shipped tables keep only what Conecta uses (urban buses; EMEP slope 0 and load 0.5; one curve per
size, fuel, Euro class and pollutant) and add a source to every row. Run from the repository root:

    python3 scripts/build_factors.py [--shared ../shared/data/emission_factors]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "resources" / "factors"
VIA = "via gtfs2emis (MIT)"

CETESB_SIZES = {"micro": "BUS_MICRO_D", "standard": "BUS_URBAN_D", "articulated": "BUS_ARTIC_D"}
CETESB_POLLUTANTS = {
    "CO2": "co2",
    "FC": "fc",
    "NOx": "nox",
    "PM10": "pm10",
    "CO": "co",
    "HC": "hc",
    "CH4": "ch4",
}

EMEP_SIZES = {"midi": "Ubus Midi <=15 t", "standard": "Ubus Std 15 - 18 t", "articulated": "Ubus Artic >18 t"}
EMEP_POLLUTANTS = {"CO": "co", "NOx": "nox", "VOC": "hc", "PM10": "pm10", "CH4": "ch4"}
POLLUTANT_TECH = {"I": "-", "II": "-", "III": "-", "IV": "SCR", "V": "SCR", "VI": "DPF+SCR"}
FC_TECH = {"I": "-", "II": "-", "III": "-", "IV": "-", "V": "SCR", "VI": "SCR"}
FORMULAS = {
    "2019_1": "(alpha*v^2 + beta*v + gamma + delta/v) / (epsilon*v^2 + zita*v + hta) * (1 - rf) * k",
    "2013_3": "alpha * beta^v * v^gamma * k",
    "2013_12": "alpha / (1 + beta*exp(-gamma*v)) * k",
    "2013_16": "exp(alpha + beta/v + gamma*ln(v)) * k",
    "2007_1": "(epsilon + alpha*exp(-beta*v) + gamma*exp(-delta*v)) * k",
    "2007_6": "(gamma + alpha*exp(beta*v)) * k",
    "2007_9": "1 / (gamma*v^2 + beta*v + alpha) * k",
}
COLUMNS = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zita", "Hta", "RF", "k"]


def guidebook(function_id: str, pollutant: str, euro: str, fuel: str) -> str:
    """Which guidebook edition a gtfs2emis curve comes from (see its data-raw/ef_europe_emep_db.R)."""
    if function_id.startswith("2013"):
        return "EMEP/EEA 2013 HDV FC curve"
    if function_id.startswith("2007"):
        return "EMEP/CORINAIR 2007 (COPERT 4) HDV FC curve"
    if pollutant == "PM10" and euro in ("V", "VI") and fuel == "D":
        return "EMEP/EEA 2016 Tier 3 hot"
    return "EMEP/EEA 2019 Tier 3 hot"


def build_cetesb(shared: Path) -> pd.DataFrame:
    """CETESB urban bus factors, one row per model year and pollutant, g/km by size."""
    raw = pd.read_csv(shared / "ef_brazil_cetesb_db.csv")
    raw = raw[raw["pollutant"].isin(CETESB_POLLUTANTS)]
    table = pd.DataFrame(
        {
            "calendar_year": raw["calendar_year"],
            "model_year": raw["model_year"],
            "proconve": raw["Proconve_HDV"],
            "euro": raw["Euro_EqHDV"],
            "pollutant": raw["pollutant"].map(CETESB_POLLUTANTS),
        }
    )
    for size, column in CETESB_SIZES.items():
        table[size] = raw[column]
    table["unit"] = "g/km"
    table["source"] = "CETESB, calendar year 2020, via gtfs2emis and vein (MIT)"
    return table.sort_values(["model_year", "pollutant"], ascending=[False, True]).reset_index(drop=True)


def _pick(raw: pd.DataFrame, segment: str, fuel: str, euro: str, tech: str, pollutant: str) -> pd.Series:
    rows = raw[
        (raw["Segment"] == segment)
        & (raw["Fuel"] == fuel)
        & (raw["Euro"] == euro)
        & (raw["Technology"] == tech)
        & (raw["Pol"] == pollutant)
    ]
    if pollutant == "FC" and fuel == "D":
        rows = rows[rows["Function_ID"] != "2019_1"]
    if len(rows) != 1:
        raise SystemExit(
            f"expected one EMEP row for {segment} {fuel} {euro} {tech} {pollutant}, got {len(rows)}"
        )
    return rows.iloc[0]


def _row(
    curve: pd.Series, size: str, fuel: str, euro: str, pollutant: str, unit: str, note: str = ""
) -> dict:
    source = guidebook(curve["Function_ID"], curve["Pol"], curve["Euro"], curve["Fuel"])
    row = {
        "size": size,
        "fuel": fuel,
        "euro": euro,
        "technology": curve["Technology"],
        "pollutant": pollutant,
        "unit": unit,
        "vmin": curve["Vmin"],
        "vmax": curve["Vmax"],
        "function_id": curve["Function_ID"],
        "formula": FORMULAS[curve["Function_ID"]],
    }
    row.update({name.lower(): curve[name] for name in COLUMNS})
    row.update(
        {
            "emep_segment": curve["Segment"],
            "emep_fuel": curve["Fuel"],
            "emep_pollutant": curve["Pol"],
            "source": f"{source}, slope 0, load 0.5, {VIA}{note}",
        }
    )
    return row


def build_emep(shared: Path) -> pd.DataFrame:
    """EMEP/EEA hot curves for urban buses at slope 0 and load 0.5, one per size, fuel, Euro, pollutant."""
    raw = pd.read_csv(shared / "ef_europe_emep_db.csv")
    raw = raw[(raw["Slope"] == 0) & (raw["Load"] == 0.5)]
    rows = []
    for size, segment in EMEP_SIZES.items():
        for euro in ("I", "II", "III", "IV", "V", "VI"):
            fc = _pick(raw, segment, "D", euro, FC_TECH[euro], "FC")
            rows.append(_row(fc, size, "diesel", euro, "fc", "g/km"))
            for emep, name in EMEP_POLLUTANTS.items():
                rows.append(
                    _row(
                        _pick(raw, segment, "D", euro, POLLUTANT_TECH[euro], emep),
                        size,
                        "diesel",
                        euro,
                        name,
                        "g/km",
                    )
                )
    std = EMEP_SIZES["standard"]
    for euro in ("I", "II", "III", "EEV"):
        rows.append(_row(_pick(raw, std, "CNG", euro, "-", "EC"), "standard", "cng", euro, "energy", "MJ/km"))
        for emep, name in EMEP_POLLUTANTS.items():
            rows.append(_row(_pick(raw, std, "CNG", euro, "-", emep), "standard", "cng", euro, name, "g/km"))
    rows.append(
        _row(_pick(raw, std, "DHD", "VI", "DPF+SCR", "EC"), "standard", "hybrid", "VI", "energy", "MJ/km")
    )
    for emep, name in EMEP_POLLUTANTS.items():
        if emep == "PM10":
            diesel_pm = _pick(raw, std, "D", "VI", "DPF+SCR", "PM10")
            note = "; diesel Euro VI DPF+SCR curve (EMEP has no hybrid PM10 curve)"
            rows.append(_row(diesel_pm, "standard", "hybrid", "VI", name, "g/km", note))
        else:
            rows.append(
                _row(_pick(raw, std, "DHD", "VI", "DPF+SCR", emep), "standard", "hybrid", "VI", name, "g/km")
            )
    return pd.DataFrame(rows)


def main() -> None:
    """Write the two CSV files."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data" / "emission_factors")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    build_cetesb(args.shared).to_csv(OUT / "cetesb_bus.csv", index=False)
    build_emep(args.shared).to_csv(OUT / "emep_bus_hot.csv", index=False)


if __name__ == "__main__":
    main()
