"""Base-year inputs of the ASIF scenarios (:mod:`conecta.core.asif`) from what a city has: a pilot-city
preset, Conecta's demand outputs (trips by mode of an OD table × a distance matrix), or a mode-share table.

- :func:`od_mode_activity`: passenger-km by mode = Σ over OD pairs of trips of the mode × the pair's distance.
  A mode's mean trip length is taken from the pairs that have a distance and applied to all its trips (pairs
  without a distance are counted). Demand modes are mapped to scenario modes (walk → walk, bicycle → bike,
  car → car, transit → bus by default).
- :func:`complete_modes`: a modes table with only some columns (e.g. mode, share, trip_km) completed from the
  default mode parameters (``resources/presets/asif_modes.csv``), each default with its source.
- :func:`scenario_inputs`: the base (year, population, trips, grid factor, blends, days) and the modes table,
  from the preset and the values given, a value given always winning over the preset's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping, Optional, Tuple

import numpy as np
import pandas as pd

from .asif import MODE_COLUMNS, PRESETS_DIR, ScenarioBase, scenario_preset
from .errors import QT_TR_NOOP, InputError, examples

DEMAND_TO_SCENARIO = {"walk": "walk", "bicycle": "bike", "car": "car", "transit": "bus"}
"""Scenario mode of each mode of conecta:modesplit's OD table (its fields trips_walk, trips_bicycle …)."""
FILLED = ("fuel", "occupancy", "mj_per_km", "kwh_per_km", "ev_share", "trip_km")


@dataclass
class OdActivity:
    """Trips and passenger-km by scenario mode from an OD table, and the pairs that had no distance."""

    modes: pd.DataFrame
    """mode, trips, pkm, share, trip_km (one row per scenario mode with trips)."""
    trips: float
    pairs_without_distance: int = 0
    trips_without_distance: float = 0.0
    pair_examples: str = ""


def _key(values: pd.Series) -> pd.Series:
    """Ids as text, integers written without '.0' (an id read as 12.0 from one file and 12 from another)."""
    numbers = pd.to_numeric(values, errors="coerce")
    whole = numbers.notna() & (numbers == np.round(numbers))
    text = values.astype(str).str.strip()
    return text.where(~whole, numbers.round().astype("Int64").astype(str))


def od_mode_activity(
    od: pd.DataFrame,
    distances: pd.DataFrame,
    mode_of: Optional[Mapping[str, str]] = None,
) -> OdActivity:
    """Trips and passenger-km by scenario mode: ``od`` has from_id, to_id and trips_<demand mode> columns;
    ``distances`` has from_id, to_id, distance_km (km along the network, one row per pair)."""
    mode_of = dict(DEMAND_TO_SCENARIO if mode_of is None else mode_of)
    columns = {
        f"trips_{mode}": scenario for mode, scenario in mode_of.items() if f"trips_{mode}" in od.columns
    }
    if not columns:
        raise InputError(
            "asif_od_columns",
            QT_TR_NOOP(
                "The OD table has no trips by mode (fields {fields}): give the OD table of the mode split."
            ),
            fields=", ".join(f"trips_{m}" for m in mode_of),
        )
    km = pd.to_numeric(distances["distance_km"], errors="coerce")
    if (km < 0).any():
        raise InputError("asif_negative_distance", QT_TR_NOOP("Distances must not be negative."))
    lookup = pd.Series(
        km.to_numpy(), index=pd.MultiIndex.from_arrays([_key(distances["from_id"]), _key(distances["to_id"])])
    )
    lookup = lookup[~lookup.index.duplicated()]
    pair = pd.MultiIndex.from_arrays([_key(od["from_id"]), _key(od["to_id"])])
    dist = lookup.reindex(pair).to_numpy(float)
    trips = od[list(columns)].apply(pd.to_numeric, errors="coerce").fillna(0.0).to_numpy(float)
    known = np.isfinite(dist)
    per_column = pd.DataFrame(
        {
            "mode": list(columns.values()),
            "trips": trips.sum(axis=0),
            "measured": trips[known].sum(axis=0),
            "measured_pkm": (trips[known] * dist[known, None]).sum(axis=0),
        }
    )
    table = per_column.groupby("mode", sort=False).sum()
    table["trip_km"] = table["measured_pkm"] / table["measured"].where(table["measured"] > 0)
    table = table[table["trips"] > 0].reset_index()
    total = float(table["trips"].sum())
    if not total > 0:
        raise InputError("asif_od_empty", QT_TR_NOOP("The OD table has no trips by mode."))
    table["share"] = table["trips"] / total
    table["pkm"] = table["trips"] * table["trip_km"]
    missing = ~known & (trips.sum(axis=1) > 0)
    shown = [
        f"{a}-{b}" for a, b in zip(od["from_id"].to_numpy()[missing][:5], od["to_id"].to_numpy()[missing][:5])
    ]
    return OdActivity(
        table[["mode", "trips", "pkm", "share", "trip_km"]],
        total,
        int(missing.sum()),
        float(trips[missing].sum()),
        examples(shown),
    )


def mode_defaults() -> pd.DataFrame:
    """The default parameters of every scenario mode (``asif_modes.csv``), indexed by mode."""
    return pd.read_csv(PRESETS_DIR / "asif_modes.csv").set_index("mode")


def complete_modes(modes: pd.DataFrame, defaults: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """``modes`` with its missing columns, and empty cells, taken from ``defaults`` (by mode name; the
    default mode parameters when None). A mode without defaults must give every column itself."""
    defaults = mode_defaults() if defaults is None else defaults
    table = modes.copy()
    table["mode"] = table["mode"].astype(str).str.strip()
    unknown = ~table["mode"].isin(defaults.index)
    for column in FILLED:
        if column in defaults.columns:
            known = defaults[column].reindex(table["mode"]).to_numpy()
            table[column] = (
                pd.Series(known, index=table.index)
                if column not in table.columns
                else table[column].where(table[column].notna(), pd.Series(known, index=table.index))
            )
    gaps = [c for c in ("fuel", "mj_per_km", "kwh_per_km", "ev_share") if table.loc[unknown, c].isna().any()]
    if unknown.any() and gaps:
        raise InputError(
            "asif_unknown_mode",
            QT_TR_NOOP(
                "Mode {mode} has no default parameters (known modes: {known}): give its {fields} in the modes table."
            ),
            mode=table.loc[unknown, "mode"].iloc[0],
            known=", ".join(defaults.index),
            fields=", ".join(gaps),
        )
    return table


def _override(table: pd.DataFrame, given: Optional[pd.DataFrame]) -> pd.DataFrame:
    """``table`` (modes) with the columns ``given`` has replaced, mode by mode (new modes added)."""
    if given is None or len(given) == 0:
        return table
    given = given.assign(mode=given["mode"].astype(str).str.strip()).set_index("mode")
    if "share" in given.columns:  # a new mode split replaces the base activity
        table = table.drop(columns=[c for c in ("share", "pkm", "trips") if c in table.columns])
        table = table[table["mode"].isin(given.index)]
    base = table.set_index("mode").reindex(given.index.union(table["mode"], sort=False))
    for column in given.columns:
        values = pd.to_numeric(given[column], errors="coerce") if column != "fuel" else given[column]
        base[column] = values.reindex(base.index).where(lambda v: v.notna(), base.get(column))
    return base.rename_axis("mode").reset_index()


def scenario_inputs(
    city: Optional[str] = None,
    od: Optional[OdActivity] = None,
    modes: Optional[pd.DataFrame] = None,
    **values,
) -> Tuple[ScenarioBase, pd.DataFrame]:
    """The scenario's base and modes: the ``city`` preset, then the OD activity, then ``modes`` (columns it
    gives replace those of the same mode), then ``values`` (year, population, trips_per_day, grid_factor,
    blends, days_per_year; None = keep). InputError naming what is still missing."""
    base, table = None, pd.DataFrame({"mode": pd.Series(dtype=object)})
    if city:
        base, table, _ = scenario_preset(city)
    if od is not None:
        table = _override(table, od.modes[["mode", "share", "trip_km"]])
        if values.get("trips_per_day") is None:
            values["trips_per_day"] = od.trips
    if modes is not None:
        table = _override(table, modes)
    if table.empty:
        raise InputError(
            "asif_no_activity",
            QT_TR_NOOP(
                "Give the base-year activity: a city preset, the OD table of the mode split with distances, or a modes table (mode, share, trip_km)."
            ),
        )
    table = complete_modes(table)
    given = {k: v for k, v in values.items() if v is not None and v == v}
    fields = ("year", "population", "trips_per_day", "grid_factor")
    missing = [k for k in fields if k not in given and (base is None or getattr(base, k) is None)]
    if missing:
        raise InputError(
            "asif_missing_base",
            QT_TR_NOOP("Give the scenario's {fields} (or choose a city preset that has them)."),
            fields=", ".join(missing),
        )
    base = replace(base, **given) if base is not None else ScenarioBase(**given)
    columns = [c for c in (*MODE_COLUMNS, "trip_km", "pkm") if c in table.columns]
    return base, table[columns].reset_index(drop=True)
