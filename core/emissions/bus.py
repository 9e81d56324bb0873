"""Bus emissions of a day of GTFS activity: segments × fleet mix × factors, summed by route, hour and zone.

Input: the activity's segments (``route_id, trip_id, hour, dist_km, speed_kmh``, one row per stop-to-stop
segment of a trip) and a FLEET table (see ``fleet``). Each segment's grams are its km × Σ over the
route's vehicle classes of share × factor(speed). Combustion CO2 is tank-to-wheel and fossil
(``co2``); the biogenic CO2 of biodiesel in the blend is reported apart (``co2_bio``); electric buses get
their energy (kWh/km by size) and the grid's CO2 for it (``co2_grid``, well-to-wheel), never zero.
Work is done in chunks of segments so memory stays bounded on a metropolis-size day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Union

import numpy as np
import pandas as pd

from ..progress import ProgressCallback, report
from .factors import CETESB_CALENDAR_YEAR, REFERENCE_SPEED_KMH, cetesb_factor, emep_curve, evaluate_curve
from .fleet import FleetDiagnostics, FleetMix, fleet_mix, id_text
from .fuels import (
    GridFactor,
    check_blends,
    co2_per_gram,
    fossil_fraction,
    fuel_properties,
    resolve_grid_factor,
)
from .tables import POLLUTANTS, REQUIRED_POLLUTANTS, factor_table

SEGMENT_COLUMNS = ("route_id", "trip_id", "hour", "dist_km", "speed_kmh")
ROUTE_FIELDS = ("route_id", "revenue_km", "co2_kg", "fc_kg", "nox_g", "pm10_g", "energy_kwh")
CHUNK_ROWS = 1_000_000

PerKm = Callable[[np.ndarray], Dict[str, np.ndarray]]


@dataclass
class EmissionDiagnostics:
    """Counts and examples the algorithm turns into log lines (all in English here, translated there)."""

    source: str
    segments: int = 0
    revenue_km: float = 0.0
    fleet: FleetDiagnostics = field(default_factory=FleetDiagnostics)
    segments_speed_clamped: int = 0
    """Segments whose speed lies outside a speed curve's valid range (factor taken at the nearest end)."""
    speed_clamped_examples: List[str] = field(default_factory=list)
    """Trip ids of the first such segments."""
    electric_km: float = 0.0
    grid_factor: Optional[GridFactor] = None
    blends: Dict[str, float] = field(default_factory=dict)
    co2_bio_kg: float = 0.0
    co2_grid_kg: float = 0.0


@dataclass
class BusEmissions:
    """Segments with grams, the route and hourly tables, and the diagnostics."""

    segments: pd.DataFrame
    """The input segments plus ``<pollutant>_g`` per pollutant, ``co2_bio_g``, ``co2_grid_g``, ``energy_kwh``."""
    routes: pd.DataFrame
    """``route_id, revenue_km, co2_kg, fc_kg, nox_g, pm10_g, energy_kwh``, then ``<pollutant>_g`` for any
    other pollutant asked for, then ``co2_bio_kg`` (biogenic, tank-to-wheel) and ``co2_grid_kg``
    (electricity, well-to-wheel)."""
    hourly: pd.DataFrame
    """The same columns as ``routes`` by ``hour`` instead of route."""
    diagnostics: EmissionDiagnostics


def _pollutant_list(pollutants: Sequence[str]) -> List[str]:
    asked = [str(p).strip().lower() for p in pollutants]
    unknown = [p for p in asked if p not in POLLUTANTS]
    if unknown:
        raise ValueError(f"Unknown pollutant(s) {', '.join(unknown)}; available: {', '.join(POLLUTANTS)}.")
    return list(REQUIRED_POLLUTANTS) + [p for p in dict.fromkeys(asked) if p not in REQUIRED_POLLUTANTS]


def _check_segments(segments: pd.DataFrame, uses_speed: bool) -> None:
    missing = [c for c in SEGMENT_COLUMNS if c not in segments.columns]
    if missing:
        raise ValueError(f"The segments table lacks the field(s) {', '.join(missing)}.")
    no_route = segments["route_id"].isna()
    if no_route.any():
        raise ValueError(
            f"{int(no_route.sum())} segment(s) have no route_id, e.g. trip {segments.loc[no_route, 'trip_id'].iloc[0]}."
        )
    checks = [("dist_km", lambda x: np.isfinite(x) & (x >= 0), "a distance of 0 km or more")]
    checks.append(("hour", np.isfinite, "an hour"))
    if uses_speed:
        checks.append(("speed_kmh", lambda x: np.isfinite(x) & (x > 0), "a positive speed"))
    for column, ok, what in checks:
        values = pd.to_numeric(segments[column], errors="coerce").to_numpy(dtype=float)
        bad = ~ok(values)
        if bad.any():
            first = int(np.argmax(bad))
            row = segments.iloc[first]
            raise ValueError(
                f"{int(bad.sum())} segment(s) lack {what} in {column}, "
                f"e.g. route {row['route_id']} trip {row['trip_id']}."
            )


def _constant(value: float) -> Callable[[np.ndarray], np.ndarray]:
    return lambda speed: np.full(len(speed), value, dtype=float)


def _curve(curve: pd.Series, scale: float = 1.0) -> Callable[[np.ndarray], np.ndarray]:
    return lambda speed: evaluate_curve(curve, speed) * scale


def _curve_functions(row, source: str, others: List[str]) -> tuple:
    """Per-km functions of fc, co2 (all of it) and other pollutants from EMEP curves (scaled or not)."""
    burnt = "cng" if row.fuel == "cng" else "diesel"
    fuel_curve = emep_curve(
        row.factor_size, row.fuel, row.factor_euro, "fc" if row.fuel == "diesel" else "energy"
    )
    to_grams = 1.0 if row.fuel == "diesel" else 1000.0 / float(fuel_properties().loc[burnt, "lhv_mj_per_kg"])
    fc_scale, co2_scale = to_grams, to_grams * co2_per_gram(burnt)
    if source == "scaled":
        at_reference = float(evaluate_curve(fuel_curve, REFERENCE_SPEED_KMH))
        fc_scale = _local(row, "fc") / at_reference
        co2_scale = _local(row, "co2") / at_reference
    funcs = {"fc": _curve(fuel_curve, fc_scale), "co2": _curve(fuel_curve, co2_scale)}
    curves = [fuel_curve]
    for p in others:
        curve = emep_curve(row.factor_size, row.fuel, row.factor_euro, p)
        scale = (
            _local(row, p) / float(evaluate_curve(curve, REFERENCE_SPEED_KMH)) if source == "scaled" else 1.0
        )
        funcs[p] = _curve(curve, scale)
        curves.append(curve)
    return funcs, curves


def _local(row, pollutant: str) -> float:
    return cetesb_factor(_cetesb_size(row.size), int(row.factor_model_year), pollutant)


def _class_model(row, source: str, pollutants: List[str], blends: Dict[str, float]) -> tuple:
    """(per-km function, curves whose speed range applies) for one combustion class.

    The factor's CO2 is all the tailpipe CO2; the blend splits it into fossil and biogenic parts."""
    others = [p for p in pollutants if p not in ("co2", "fc")]
    burnt = "cng" if row.fuel == "cng" else "diesel"
    fossil = fossil_fraction(burnt, blends.get(burnt, 0.0))
    if source == "cetesb":
        year = int(row.factor_model_year)
        funcs = {p: _constant(cetesb_factor(row.factor_size, year, p)) for p in ["fc", "co2", *others]}
        curves: List[pd.Series] = []
    else:
        funcs, curves = _curve_functions(row, source, others)

    def per_km(speed: np.ndarray) -> Dict[str, np.ndarray]:
        out = {p: f(speed) for p, f in funcs.items()}
        total = out.pop("co2")
        out["co2"], out["co2_bio"] = total * fossil, total * (1.0 - fossil)
        return out

    return per_km, curves


def _cetesb_size(size: str) -> str:
    return {"midi": "standard", "biarticulated": "articulated"}.get(size, size)


def _electric_model(size: str, grid: Optional[GridFactor]) -> PerKm:
    table = factor_table("electric").set_index("size")
    kwh = float(table.loc[size, "kwh_per_km"])
    co2 = kwh * grid.kg_co2_per_kwh * 1000.0 if grid is not None else np.nan

    def per_km(speed: np.ndarray) -> Dict[str, np.ndarray]:
        n = len(speed)
        return {"energy_kwh": np.full(n, kwh), "co2_grid": np.full(n, co2)}

    return per_km


def _models(mix: FleetMix, source: str, pollutants: List[str], blends, grid) -> List[tuple]:
    models = []
    for position, row in enumerate(mix.classes.itertuples()):
        if not (mix.shares.iloc[:, position] > 0).any():
            continue
        if row.fuel == "electric":
            models.append((position, _electric_model(row.factor_size, grid), []))
        else:
            models.append((position, *_class_model(row, source, pollutants, blends)))
    return models


def _outputs(pollutants: List[str]) -> List[str]:
    return pollutants + ["co2_bio", "co2_grid", "energy_kwh"]


def _compute(segments, route_codes, shares, models, pollutants, progress, chunk_rows):
    """Grams per segment for every output, chunk by chunk; also which segments were clamped."""
    n = len(segments)
    names = _outputs(pollutants)
    totals = {name: np.zeros(n) for name in names}
    clamped = np.zeros(n, dtype=bool)
    dist = pd.to_numeric(segments["dist_km"]).to_numpy(dtype=float)
    speed = pd.to_numeric(segments["speed_kmh"]).to_numpy(dtype=float)
    for start in range(0, n, chunk_rows):
        stop = min(start + chunk_rows, n)
        v, km, codes = speed[start:stop], dist[start:stop], route_codes[start:stop]
        for position, per_km, curves in models:
            weight = shares[codes, position] * km
            if not weight.any():
                continue
            for name, grams in per_km(v).items():
                totals[name][start:stop] += weight * grams
            for curve in curves:
                clamped[start:stop] |= (weight > 0) & ((v < curve["vmin"]) | (v > curve["vmax"]))
        report(progress, 0.05 + 0.85 * stop / n)
    return totals, clamped


def _summary(frame: pd.DataFrame, key: str, pollutants: List[str]) -> pd.DataFrame:
    """The route table's columns (ROUTE_FIELDS, other pollutants, co2_bio_kg, co2_grid_kg) by ``key``."""
    grouped = frame.groupby(key, sort=True)
    out = pd.DataFrame({"revenue_km": grouped["dist_km"].sum()})
    out["co2_kg"] = grouped["co2_g"].sum() / 1000.0
    out["fc_kg"] = grouped["fc_g"].sum() / 1000.0
    out["nox_g"] = grouped["nox_g"].sum()
    out["pm10_g"] = grouped["pm10_g"].sum()
    out["energy_kwh"] = grouped["energy_kwh"].sum()
    for p in pollutants:
        if p not in REQUIRED_POLLUTANTS:
            out[f"{p}_g"] = grouped[f"{p}_g"].sum()
    out["co2_bio_kg"] = grouped["co2_bio_g"].sum() / 1000.0
    out["co2_grid_kg"] = grouped["co2_grid_g"].sum() / 1000.0
    return out.reset_index()


def bus_emissions(
    segments: pd.DataFrame,
    fleet: pd.DataFrame,
    source: str = "cetesb",
    pollutants: Sequence[str] = REQUIRED_POLLUTANTS,
    grid_factor: Union[None, float, str, GridFactor] = None,
    blends: Optional[Mapping[str, float]] = None,
    calendar_year: int = CETESB_CALENDAR_YEAR,
    progress: ProgressCallback = None,
    chunk_rows: int = CHUNK_ROWS,
) -> BusEmissions:
    """Emissions of bus activity segments for a FLEET mix and a factor source (cetesb, emep, scaled).

    ``pollutants`` adds to the always computed co2, fc, nox, pm10; ``grid_factor`` (kg CO2/kWh or a
    country preset name) is required when the fleet has electric buses; ``blends`` gives the biofuel
    share by volume ({'diesel': 0.14} for B14).
    """
    source = str(source).strip().lower()
    names = _pollutant_list(pollutants)
    _check_segments(segments, uses_speed=source in ("emep", "scaled"))
    checked_blends = check_blends(blends)
    codes, uniques = pd.factorize(segments["route_id"], sort=False)
    route_text = id_text(pd.Series(uniques, dtype=object))
    mix = fleet_mix(fleet, route_text, source=source, calendar_year=calendar_year)
    report(progress, 0.02)
    electric = (mix.classes["fuel"] == "electric").to_numpy()
    grid = None
    if (mix.shares.loc[:, electric].to_numpy() > 0).any():
        grid = resolve_grid_factor(grid_factor, calendar_year)
    shares = (
        mix.shares.loc[route_text.to_numpy()].to_numpy() if len(route_text) else np.zeros((0, len(electric)))
    )
    models = _models(mix, source, names, checked_blends, grid)
    totals, clamped = _compute(segments, codes, shares, models, names, progress, chunk_rows)
    added = {name if name == "energy_kwh" else f"{name}_g": totals[name] for name in _outputs(names)}
    out = segments.copy(deep=False)  # the input's columns shared, not copied (10 million rows a day)
    for name, values in added.items():
        out[name] = values
    routes = _summary(out, "route_id", names)
    hourly = _summary(out, "hour", names)
    trips = pd.unique(segments["trip_id"].to_numpy()[clamped]) if clamped.any() else []
    examples = [str(t) for t in trips[:5]]
    electric_share = shares[:, electric].sum(axis=1)[codes] if len(out) else np.zeros(0)
    electric_km = float((electric_share * out["dist_km"].to_numpy(dtype=float)).sum())
    diagnostics = EmissionDiagnostics(
        source=source,
        segments=len(out),
        revenue_km=float(out["dist_km"].sum()),
        fleet=mix.diagnostics,
        segments_speed_clamped=int(clamped.sum()),
        speed_clamped_examples=examples,
        electric_km=electric_km,
        grid_factor=grid,
        blends=checked_blends,
        co2_bio_kg=float(totals["co2_bio"].sum() / 1000.0),
        co2_grid_kg=float(totals["co2_grid"].sum() / 1000.0),
    )
    report(progress, 1.0)
    return BusEmissions(segments=out, routes=routes, hourly=hourly, diagnostics=diagnostics)


@dataclass
class ZoneEmissions:
    """Emissions per zone from the segments' length shares in each zone."""

    zones: pd.DataFrame
    """``zone_id`` and the route table's value columns (km and emissions inside the zone); with zone areas
    also ``<column>_per_km2`` for each of them."""
    segments_outside: int = 0
    """Segments with no length in any zone."""
    km_outside: float = 0.0
    """Bus-km outside every zone (segments' length not covered by the shares)."""


def _value_columns(segments: pd.DataFrame) -> List[str]:
    grams = [f"{p}_g" for p in POLLUTANTS if f"{p}_g" in segments.columns]
    missing = [
        c
        for c in ("co2_g", "fc_g", "nox_g", "pm10_g", "co2_bio_g", "co2_grid_g", "energy_kwh")
        if c not in segments.columns
    ]
    if missing:
        raise ValueError(f"The segments lack {', '.join(missing)}: pass the segments of bus_emissions().")
    return ["dist_km", *grams, "co2_bio_g", "co2_grid_g", "energy_kwh"]


def _check_shares(segments: pd.DataFrame, segment_zones: pd.DataFrame) -> pd.Series:
    missing = [c for c in ("segment", "zone_id", "share") if c not in segment_zones.columns]
    if missing:
        raise ValueError(f"The segment-zone table lacks the field(s) {', '.join(missing)}.")
    if not segments.index.is_unique:
        raise ValueError("The segments' index must identify each segment once.")
    share = pd.to_numeric(segment_zones["share"], errors="coerce")
    if (~np.isfinite(share) | (share < 0) | (share > 1)).any():
        raise ValueError("Segment length shares in zones must be numbers from 0 to 1.")
    unknown = ~segment_zones["segment"].isin(segments.index)
    if unknown.any():
        raise ValueError(
            f"{int(unknown.sum())} segment(s) of the zone table are not in the segments, e.g. {segment_zones.loc[unknown, 'segment'].iloc[0]}."
        )
    total = share.groupby(segment_zones["segment"]).sum()
    over = total[total > 1.0 + 1e-6]
    if not over.empty:
        raise ValueError(
            f"{len(over)} segment(s) have zone shares summing over 1, e.g. segment {over.index[0]}: {over.iloc[0]:.4g}."
        )
    return total


def emissions_by_link(segments: pd.DataFrame, key: str = "geometry_id") -> pd.DataFrame:
    """The segments' km and emissions summed per ``key`` (the activity's geometry id: one line per stop-to-stop
    piece of a stop pattern), indexed by it: the input of :func:`emissions_by_zone` with far fewer rows."""
    if key not in segments.columns:
        raise ValueError(f"The segments lack the field {key}: pass the segments of bus_activity().")
    return segments.groupby(key, sort=True)[_value_columns(segments)].sum()


STREET_KEYS = ("geometry_id", "route_id", "from_stop_id", "to_stop_id")


def emissions_along_streets(segments: pd.DataFrame) -> pd.DataFrame:
    """The day's emissions along the streets: one row per route and stop-to-stop piece of a stop pattern (the
    activity's ``geometry_id``: a route's trips stopping at the same stops along the same shape run the same
    pieces) with ``trips``, ``dist_km`` (the piece's length), ``bus_km`` and ``hours`` (summed over its
    trips), ``speed_kmh`` (bus_km / hours) and the grams and kWh of :func:`bus_emissions` summed over the
    trips. A metropolis-size day has 10 million trip segments and about 100 times fewer pieces."""
    missing = [c for c in (*STREET_KEYS, "hours") if c not in segments.columns]
    if missing:
        raise ValueError(f"The segments lack {', '.join(missing)}: pass the segments of bus_emissions().")
    values = _value_columns(segments)
    grouped = segments.groupby(list(STREET_KEYS), sort=True, observed=True)
    sums = grouped[[*values, "hours"]].sum()
    out = pd.DataFrame(
        {
            "trips": grouped.size(),
            "dist_km": grouped["dist_km"].first(),
            "bus_km": sums["dist_km"],
            "hours": sums["hours"],
        }
    )
    out["speed_kmh"] = out["bus_km"] / out["hours"].where(out["hours"] > 0)
    for column in values[1:]:
        out[column] = sums[column]
    return out.reset_index()


def emissions_by_zone(
    segments: pd.DataFrame, segment_zones: pd.DataFrame, zone_area_km2: Optional[Mapping] = None
) -> ZoneEmissions:
    """Sum segment emissions per zone: ``segment_zones`` has ``segment`` (segments' index), ``zone_id``,
    ``share`` (of the segment's length in that zone); ``zone_area_km2`` (zone → km²) adds per-km² columns."""
    columns = _value_columns(segments)
    covered = _check_shares(segments, segment_zones)
    share = pd.to_numeric(segment_zones["share"]).to_numpy(dtype=float)
    values = segments.loc[segment_zones["segment"], columns].to_numpy(dtype=float) * share[:, None]
    weighted = pd.DataFrame(values, columns=columns)
    weighted["zone_id"] = segment_zones["zone_id"].to_numpy()
    pollutants = [p for p in POLLUTANTS if f"{p}_g" in columns]
    zones = _summary(weighted, "zone_id", pollutants)
    covered = covered.reindex(segments.index, fill_value=0.0)
    km_outside = float(((1.0 - covered.clip(upper=1.0)) * segments["dist_km"].astype(float)).sum())
    if zone_area_km2 is not None:
        areas = pd.Series(zone_area_km2, dtype=float)
        if (~np.isfinite(areas) | (areas <= 0)).any():
            raise ValueError("Zone areas must be positive numbers of km².")
        zones = zones.set_index("zone_id").reindex(areas.index, fill_value=0.0).rename_axis("zone_id")
        for column in list(zones.columns):
            zones[f"{column}_per_km2"] = zones[column] / areas
        zones = zones.reset_index()
    return ZoneEmissions(zones=zones, segments_outside=int((covered <= 0).sum()), km_outside=km_outside)
