"""ASIF scenarios (Activity × Structure × Intensity × Fuel) of urban passenger transport to target years.

Base year: passenger-km by mode = trips × mode share × mean trip length (or pkm given per mode). Levers
per target year (the value given for a year holds until another year changes it, i.e. stepwise):

- Avoid: ``population``, ``trips_per_person``, ``trip_length_factor`` (× every mode's trip length);
- Shift: ``share`` per mode (all modes of that year, summing to 1); ``trip_km`` per mode;
- Improve: ``occupancy``, ``mj_per_km``, ``kwh_per_km``, ``ev_share`` per mode, or a fleet-renewal table
  (stock turnover: s_t = s_{t-1} (1 - rate_t) + rate_t × new_ev_share_t, year by year);
- Fuel: ``grid_factor`` (kg CO2/kWh), ``bio_diesel`` and ``bio_gasoline`` (biofuel share by volume).

Per mode and year: pkm, vkm = pkm / occupancy, fuel energy (MJ) = vkm (1 - ev_share) mj_per_km,
electricity (kWh) = vkm ev_share kwh_per_km (a mode with empty occupancy has intensities per pkm and no
vkm; fuel ``electricity`` is all electric), CO2 tank-to-wheel = fossil MJ × g CO2/MJ (biogenic CO2 of
ethanol/biodiesel reported apart), CO2 well-to-wheel = tank-to-wheel fossil + MJ × well-to-tank of every
blend component + kWh × grid factor. Business as usual keeps every lever at its base value except
population (or follows ``bau_levers``); the change vs BAU is scenario − BAU.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Tuple

import numpy as np
import pandas as pd

from .emissions.fuels import BIO_COMPONENT, blend_energy_share, check_blends, fuel_properties
from .errors import QT_TR_NOOP, InputError, require_columns
from .progress import ProgressCallback, report

PRESETS_DIR = Path(__file__).resolve().parents[1] / "resources" / "presets"
MODE_FUELS = ("none", "gasoline", "diesel", "cng", "electricity")
GLOBAL_LEVERS = (
    "population",
    "trips_per_person",
    "trip_length_factor",
    "grid_factor",
    "bio_diesel",
    "bio_gasoline",
)
MODE_LEVERS = ("share", "trip_km", "occupancy", "mj_per_km", "kwh_per_km", "ev_share")
MODE_COLUMNS = ("mode", "share", "occupancy", "fuel", "mj_per_km", "kwh_per_km", "ev_share")
SHARE_TOLERANCE = 0.005
OUTPUT_COLUMNS = (
    "year",
    "mode",
    "pkm",
    "vkm",
    "energy_mj",
    "energy_kwh",
    "co2_ttw_t",
    "co2_bio_t",
    "co2_wtw_t",
    "co2_ttw_bau_t",
    "co2_wtw_bau_t",
    "change_ttw_t",
    "change_wtw_t",
)


@dataclass
class ScenarioBase:
    """Base-year totals; figures are per day times ``days_per_year`` (1 = per day)."""

    year: int
    population: float
    trips_per_day: float
    grid_factor: float
    """kg CO2 per kWh (= t CO2/MWh)."""
    blends: Dict[str, float] = field(default_factory=dict)
    """Biofuel share by volume: {'gasoline': 0.27, 'diesel': 0.14}."""
    days_per_year: float = 1.0


@dataclass
class ScenarioResult:
    """Per mode and year, totals per year, and the years computed."""

    table: pd.DataFrame
    """One row per year and mode with the OUTPUT_COLUMNS (t of CO2, MJ, kWh, km per the base's period)."""
    totals: pd.DataFrame
    """The same summed over modes, one row per year."""
    years: List[int]


@dataclass
class _State:
    population: float
    trips_per_person: float
    trip_length_factor: float
    grid_factor: float
    bio: Dict[str, float]
    modes: pd.DataFrame


def _check_modes(modes: pd.DataFrame, base: ScenarioBase) -> pd.DataFrame:
    missing = [c for c in MODE_COLUMNS if c not in modes.columns]
    if "trip_km" not in modes.columns and "pkm" not in modes.columns:
        missing.append("trip_km or pkm")
    if missing:
        raise InputError(
            "asif_modes_fields",
            QT_TR_NOOP("The modes table lacks the field(s) {fields}."),
            fields=", ".join(missing),
        )
    table = modes.copy()
    table["mode"] = table["mode"].astype(str).str.strip()
    if table["mode"].duplicated().any():
        raise InputError(
            "asif_mode_twice",
            QT_TR_NOOP("Mode '{mode}' is listed twice."),
            mode=table.loc[table["mode"].duplicated(), "mode"].iloc[0],
        )
    table["fuel"] = table["fuel"].fillna("none").astype(str).str.strip().str.lower()
    bad = ~table["fuel"].isin(MODE_FUELS)
    if bad.any():
        raise InputError(
            "asif_mode_fuel",
            QT_TR_NOOP("Mode {mode}: fuel must be one of {fuels}."),
            mode=table.loc[bad, "mode"].iloc[0],
            fuels=", ".join(MODE_FUELS),
        )
    for column in ("share", "occupancy", "mj_per_km", "kwh_per_km", "ev_share", "trip_km", "pkm"):
        if column in table.columns:
            table[column] = pd.to_numeric(table[column], errors="coerce")
    table[["mj_per_km", "kwh_per_km", "ev_share"]] = table[["mj_per_km", "kwh_per_km", "ev_share"]].fillna(
        0.0
    )
    _check_shares(table["share"], "base year")
    if ((table["ev_share"] < 0) | (table["ev_share"] > 1)).any():
        raise InputError("asif_ev_share", QT_TR_NOOP("ev_share must lie between 0 and 1."))
    if (table["occupancy"] <= 0).any():
        raise InputError(
            "asif_occupancy",
            QT_TR_NOOP("occupancy must be positive (leave it empty for intensities per passenger-km)."),
        )
    if "pkm" in table.columns:
        given = table["pkm"].notna()
        if (given & (table["share"] <= 0)).any():
            raise InputError(
                "asif_pkm_share",
                QT_TR_NOOP("A mode with pkm given needs a positive share to derive its trip length."),
            )
        derived = table["pkm"] / (base.trips_per_day * table["share"])
        table["trip_km"] = derived.where(given, table["trip_km"] if "trip_km" in table.columns else np.nan)
    if table["trip_km"].isna().any() or (table["trip_km"] < 0).any():
        bad = table["trip_km"].isna() | (table["trip_km"] < 0)
        raise InputError(
            "asif_trip_km",
            QT_TR_NOOP("Mode {mode} has no trip length (trip_km or pkm)."),
            mode=table.loc[bad, "mode"].iloc[0],
        )
    return table.set_index("mode")


def _check_shares(shares: pd.Series, label: str) -> None:
    if shares.isna().any() or (shares < 0).any():
        raise InputError(
            "asif_share_values",
            QT_TR_NOOP("Mode shares of {label} must be numbers from 0 to 1."),
            label=label,
        )
    if abs(shares.sum() - 1.0) > SHARE_TOLERANCE:
        raise InputError(
            "asif_share_sum",
            QT_TR_NOOP("Mode shares of {label} sum to {total}, not 1."),
            label=label,
            total=f"{shares.sum():.4g}",
        )


def _check_levers(levers: Optional[pd.DataFrame], modes: pd.DataFrame, base_year: int) -> pd.DataFrame:
    if levers is None or len(levers) == 0:
        return pd.DataFrame(columns=["year", "lever", "mode", "value"])
    require_columns(
        levers,
        ("year", "lever", "value"),
        "asif_levers_fields",
        QT_TR_NOOP("The levers table lacks the field(s) {fields}."),
    )
    table = levers.copy()
    table["mode"] = table["mode"].where(table["mode"].notna(), "") if "mode" in table.columns else ""
    table["mode"] = table["mode"].astype(str).str.strip()
    table["lever"] = table["lever"].astype(str).str.strip().str.lower()
    table["year"] = pd.to_numeric(table["year"], errors="coerce")
    table["value"] = pd.to_numeric(table["value"], errors="coerce")
    unknown = ~table["lever"].isin(GLOBAL_LEVERS + MODE_LEVERS)
    if unknown.any():
        raise InputError(
            "asif_lever_unknown",
            QT_TR_NOOP("Unknown lever '{lever}'; levers: {levers}."),
            lever=table.loc[unknown, "lever"].iloc[0],
            levers=", ".join(GLOBAL_LEVERS + MODE_LEVERS),
        )
    if table["year"].isna().any() or (table["year"] <= base_year).any():
        raise InputError(
            "asif_lever_year", QT_TR_NOOP("Lever years must be after the base year {year}."), year=base_year
        )
    if table["value"].isna().any():
        raise InputError(
            "asif_lever_value",
            QT_TR_NOOP("Lever '{lever}' has no numeric value."),
            lever=table.loc[table["value"].isna(), "lever"].iloc[0],
        )
    per_mode = table["lever"].isin(MODE_LEVERS)
    bad_mode = per_mode & ~table["mode"].isin(modes.index)
    if bad_mode.any():
        raise InputError(
            "asif_lever_mode",
            QT_TR_NOOP("Lever {lever} names mode '{mode}', not in the modes table ({modes})."),
            lever=table.loc[bad_mode, "lever"].iloc[0],
            mode=table.loc[bad_mode, "mode"].iloc[0],
            modes=", ".join(modes.index),
        )
    if (~per_mode & (table["mode"] != "")).any():
        raise InputError(
            "asif_lever_global",
            QT_TR_NOOP("Lever '{lever}' applies to all modes: leave mode empty."),
            lever=table.loc[~per_mode & (table["mode"] != ""), "lever"].iloc[0],
        )
    for year, rows in table[table["lever"] == "share"].groupby("year"):
        if set(rows["mode"]) != set(modes.index):
            raise InputError(
                "asif_target_shares",
                QT_TR_NOOP("Target shares of {year} must be given for every mode ({modes})."),
                year=int(year),
                modes=", ".join(modes.index),
            )
        _check_shares(rows["value"], str(int(year)))
    table["year"] = table["year"].astype(int)
    return table


def _renewal_paths(
    renewal: Optional[pd.DataFrame], modes: pd.DataFrame, base_year: int, years: List[int]
) -> Dict[str, Dict[int, float]]:
    """ev_share by mode and target year from a fleet-renewal table (stock turnover, yearly steps)."""
    if renewal is None or len(renewal) == 0:
        return {}
    require_columns(
        renewal,
        ("mode", "year", "renewal_rate", "new_ev_share"),
        "asif_renewal_fields",
        QT_TR_NOOP("The fleet-renewal table lacks the field(s) {fields}."),
    )
    table = renewal.assign(mode=renewal["mode"].astype(str).str.strip())
    unknown = ~table["mode"].isin(modes.index)
    if unknown.any():
        raise InputError(
            "asif_renewal_mode",
            QT_TR_NOOP("Fleet-renewal mode '{mode}' is not in the modes table."),
            mode=table.loc[unknown, "mode"].iloc[0],
        )
    table["year"] = pd.to_numeric(table["year"], errors="coerce")
    if table["year"].isna().any():
        raise InputError(
            "asif_renewal_year",
            QT_TR_NOOP("Fleet-renewal year '{value}' is not a year."),
            value=renewal["year"][table["year"].isna()].iloc[0],
        )
    for column in ("renewal_rate", "new_ev_share"):
        values = pd.to_numeric(table[column], errors="coerce")
        table[column] = values
        if values.isna().any() or (values < 0).any() or (values > 1).any():
            raise InputError(
                "asif_renewal_range",
                QT_TR_NOOP("Fleet-renewal {field} must lie between 0 and 1."),
                field=column,
            )
    paths = {}
    for mode, rows in table.groupby("mode"):
        rows = rows.sort_values("year")
        share, path = float(modes.loc[mode, "ev_share"]), {}
        for year in range(base_year + 1, max(years) + 1):
            applicable = rows[rows["year"] <= year]
            if not applicable.empty:
                rate, new = (
                    float(applicable["renewal_rate"].iloc[-1]),
                    float(applicable["new_ev_share"].iloc[-1]),
                )
                share = share * (1.0 - rate) + rate * new
            if year in years:
                path[year] = share
        paths[mode] = path
    return paths


def _apply(state: _State, levers: pd.DataFrame, year: int) -> _State:
    rows = levers[levers["year"] == year]
    modes = state.modes.copy()
    values = {"bio": dict(state.bio)}
    for row in rows.itertuples():
        if row.lever in MODE_LEVERS:
            modes.loc[row.mode, row.lever] = row.value
        elif row.lever.startswith("bio_"):
            values["bio"][row.lever[4:]] = float(check_blends({row.lever[4:]: row.value})[row.lever[4:]])
        else:
            values[row.lever] = float(row.value)
    return _State(
        population=values.get("population", state.population),
        trips_per_person=values.get("trips_per_person", state.trips_per_person),
        trip_length_factor=values.get("trip_length_factor", state.trip_length_factor),
        grid_factor=values.get("grid_factor", state.grid_factor),
        bio=values["bio"],
        modes=modes,
    )


def _emissions(state: _State, days: float) -> pd.DataFrame:
    """pkm, vkm, energy and CO2 (t) per mode for one state."""
    fuels = fuel_properties()
    m = state.modes
    pkm = (
        state.population
        * state.trips_per_person
        * m["share"]
        * m["trip_km"]
        * state.trip_length_factor
        * days
    )
    vkm = pkm / m["occupancy"]
    basis = vkm.where(m["occupancy"].notna(), pkm)
    electric = (m["fuel"] == "electricity").astype(float)
    ev = np.maximum(m["ev_share"], electric)
    energy_mj = (basis * (1.0 - ev) * m["mj_per_km"]).where(m["fuel"] != "none", 0.0)
    kwh = basis * ev * m["kwh_per_km"]
    ttw, bio, wtt = (pd.Series(0.0, index=m.index) for _ in range(3))
    for mode in m.index:
        fuel = m.loc[mode, "fuel"]
        if fuel in ("none", "electricity") or energy_mj[mode] == 0:
            continue
        share = blend_energy_share(fuel, state.bio.get(fuel, 0.0)) if fuel in BIO_COMPONENT else 0.0
        fossil, biofuel = fuels.loc[fuel], fuels.loc[BIO_COMPONENT[fuel]] if share > 0 else None
        ttw[mode] = energy_mj[mode] * (1.0 - share) * fossil["co2_g_per_mj"]
        wtt[mode] = energy_mj[mode] * (1.0 - share) * fossil["wtt_gco2e_per_mj"]
        if biofuel is not None:
            bio[mode] = energy_mj[mode] * share * biofuel["co2_g_per_mj"]
            wtt[mode] += energy_mj[mode] * share * biofuel["wtt_gco2e_per_mj"]
    return pd.DataFrame(
        {
            "pkm": pkm,
            "vkm": vkm,
            "energy_mj": energy_mj,
            "energy_kwh": kwh,
            "co2_ttw_t": ttw / 1e6,
            "co2_bio_t": bio / 1e6,
            "co2_wtw_t": (ttw + wtt) / 1e6 + kwh * state.grid_factor / 1000.0,
        }
    )


def _states(initial: _State, levers: pd.DataFrame, years: List[int], ev_paths: Mapping) -> Dict[int, _State]:
    states, state = {}, initial
    for year in years:
        state = _apply(state, levers, year)
        for mode, path in ev_paths.items():
            state.modes.loc[mode, "ev_share"] = path[year]
        states[year] = state
    return states


def asif_scenario(
    base: ScenarioBase,
    modes: pd.DataFrame,
    levers: Optional[pd.DataFrame] = None,
    renewal: Optional[pd.DataFrame] = None,
    bau_levers: Optional[pd.DataFrame] = None,
    progress: ProgressCallback = None,
) -> ScenarioResult:
    """Scenario and business-as-usual CO2 by mode for the base year and every lever year."""
    if not (
        base.population > 0 and base.trips_per_day > 0 and base.grid_factor >= 0 and base.days_per_year > 0
    ):
        raise InputError(
            "asif_base",
            QT_TR_NOOP(
                "Base population, trips per day and days per year must be positive, the grid factor not negative."
            ),
        )
    mode_table = _check_modes(modes, base)
    lever_table = _check_levers(levers, mode_table, base.year)
    bau_table = _check_levers(bau_levers, mode_table, base.year)
    if bau_levers is None:
        bau_table = lever_table[lever_table["lever"] == "population"]
    years = sorted({base.year, *lever_table["year"], *bau_table["year"]})
    targets = [y for y in years if y != base.year]
    ev_paths = _renewal_paths(renewal, mode_table, base.year, targets or [base.year + 1])
    clash = set(ev_paths) & set(lever_table.loc[lever_table["lever"] == "ev_share", "mode"])
    if clash:
        raise InputError(
            "asif_ev_clash",
            QT_TR_NOOP("Mode {mode} has both ev_share levers and a fleet-renewal path: keep one."),
            mode=sorted(clash)[0],
        )
    initial = _State(
        population=base.population,
        trips_per_person=base.trips_per_day / base.population,
        trip_length_factor=1.0,
        grid_factor=base.grid_factor,
        bio=check_blends(base.blends),
        modes=mode_table,
    )
    scenario = {base.year: initial, **_states(initial, lever_table, targets, ev_paths)}
    bau = {base.year: initial, **_states(initial, bau_table, targets, {})}
    report(progress, 0.5)
    frames = []
    for year in years:
        now = _emissions(scenario[year], base.days_per_year)
        usual = _emissions(bau[year], base.days_per_year)
        now["co2_ttw_bau_t"] = usual["co2_ttw_t"]
        now["co2_wtw_bau_t"] = usual["co2_wtw_t"]
        frames.append(now.assign(year=year).rename_axis("mode").reset_index())
    table = pd.concat(frames, ignore_index=True)
    table["change_ttw_t"] = table["co2_ttw_t"] - table["co2_ttw_bau_t"]
    table["change_wtw_t"] = table["co2_wtw_t"] - table["co2_wtw_bau_t"]
    table = table[list(OUTPUT_COLUMNS)]
    totals = table.drop(columns="mode").groupby("year", as_index=False).sum(min_count=1)
    report(progress, 1.0)
    return ScenarioResult(table=table, totals=totals, years=years)


def scenario_preset(city: str) -> Tuple[ScenarioBase, pd.DataFrame, pd.DataFrame]:
    """Base, modes table and the preset's rows with sources, for a pilot city (sao_paulo, bogota, ...)."""
    cities = pd.read_csv(PRESETS_DIR / "asif_cities.csv")
    rows = cities[cities["city"] == city]
    if rows.empty:
        raise InputError(
            "asif_no_preset",
            QT_TR_NOOP("No scenario preset for '{city}'; presets: {presets}."),
            city=city,
            presets=", ".join(sorted(cities["city"].unique())),
        )
    scalars = rows[rows["mode"].isna()].set_index("item")["value"].astype(float)
    defaults = pd.read_csv(PRESETS_DIR / "asif_modes.csv").set_index("mode")
    per_mode = rows[rows["mode"].notna()].pivot(index="mode", columns="item", values="value").astype(float)
    modes = defaults.loc[per_mode.index].copy()
    for column in per_mode.columns:
        modes[column] = per_mode[column].where(per_mode[column].notna(), modes.get(column))
    blends = {fuel: float(scalars[f"bio_{fuel}"]) for fuel in BIO_COMPONENT if f"bio_{fuel}" in scalars}
    base = ScenarioBase(
        year=int(scalars["year"]),
        population=float(scalars["population"]),
        trips_per_day=float(scalars["trips_per_day"]),
        grid_factor=float(scalars["grid_factor"]),
        blends=blends,
    )
    columns = ["mode", *MODE_COLUMNS[1:], "trip_km"]
    return base, modes.reset_index()[columns], rows.reset_index(drop=True)
