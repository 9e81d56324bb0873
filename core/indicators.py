"""SDG 11 indicator arithmetic (11.2.1, 11.3.1, 11.7.1), stop capacity classes and composite indices.

Geometry (service areas, served shares of polygons, built-up areas) is computed by the Processing layer;
this module turns those numbers into the indicators as defined in the UN SDG metadata (11.2.1 of
2021-09-01, 11.3.1 and 11.7.1 of 2021-03-01) and into composite and bivariate classifications. Results are
tidy pandas tables plus diagnostics (counts, flags, positions) for the caller to report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Union

import numpy as np
import pandas as pd

from .definitions import (  # noqa: F401 (re-exported: the SDG 11.2.1 vocabulary)
    BASIC_ROUTE_TYPES,
    DEFAULT_CAPACITY,
    EXTENDED_EXCEPTIONS,
    EXTENDED_ROUTE_TYPE_RANGES,
    HIGH,
    LOW,
    route_type_modes,
)

ArrayLike = Union[Sequence[float], np.ndarray, pd.Series]

# ---------------------------------------------------------------------------------------------------------
# Modes and capacity classes (GTFS route_type, basic and extended)
# ---------------------------------------------------------------------------------------------------------

LOW_WORDS = {"low", "l", "baja", "bajo", "baixa", "baixo"}
HIGH_WORDS = {"high", "h", "alta", "alto"}
MODE_ALIASES = {
    "subway": "metro",
    "underground": "metro",
    "train": "rail",
    "light_rail": "tram",
    "lightrail": "tram",
    "brt": "brt",
    "minibus": "bus",
    "paratransit": "shared_taxi",
}


def class_of_mode(value) -> Optional[str]:
    """Capacity class ("low", "high", None = not public transport, "" = unknown) of a mode name or route_type.

    Accepts GTFS route_type codes and mode names in the words of OSM, GTFS stop layers and planners
    (``subway``, ``train``, ``light_rail``…: :data:`MODE_ALIASES`)."""
    if value is None:
        return ""
    text = str(value).strip().lower()
    if not text:
        return ""
    try:
        mode = route_type_modes([float(text)])[0]
    except ValueError:
        mode = MODE_ALIASES.get(text, text)
    if mode not in DEFAULT_CAPACITY or mode == "unknown":
        return ""
    return DEFAULT_CAPACITY[mode]


def class_of_value(value) -> str:
    """ "low", "high" or "" from a class field value."""
    text = "" if value is None else str(value).strip().lower()
    if text in LOW_WORDS:
        return LOW
    if text in HIGH_WORDS:
        return HIGH
    return ""


def route_capacity(
    routes: pd.DataFrame,
    brt_routes: Iterable[str] = (),
    capacity_of_mode: Optional[Mapping[str, Optional[str]]] = None,
) -> pd.DataFrame:
    """Mode and capacity class per route (columns route_id, route_type, optional route_short_name).

    Routes whose ``route_id`` or ``route_short_name`` is listed in ``brt_routes`` become mode "brt".
    Returns the routes with added columns ``mode`` and ``capacity`` ("low", "high" or None).
    """
    mapping = dict(DEFAULT_CAPACITY if capacity_of_mode is None else capacity_of_mode)
    out = routes.copy()
    out["mode"] = route_type_modes(out["route_type"].to_numpy())
    brt = {str(b).strip() for b in brt_routes if str(b).strip()}
    if brt:
        is_brt = out["route_id"].astype(str).str.strip().isin(brt)
        if "route_short_name" in out:
            is_brt |= out["route_short_name"].astype(str).str.strip().isin(brt)
        out.loc[is_brt, "mode"] = "brt"
    out["capacity"] = [mapping.get(m, mapping.get("unknown")) for m in out["mode"]]
    return out


def stop_capacity(stop_routes: pd.DataFrame, routes: pd.DataFrame) -> pd.DataFrame:
    """Capacity class of each stop from the routes serving it: "high" if any high-capacity route does.

    ``stop_routes`` has columns stop_id, route_id (one row per stop-route pair); ``routes`` is the output
    of :func:`route_capacity`. Returns one row per stop: stop_id, capacity, mode (the mode of the serving
    routes of that class seen most often, ties broken alphabetically), modes (all modes, sorted, joined
    with ",") and n_routes. Stops served only by routes of no class get capacity None.
    """
    joined = (
        stop_routes[["stop_id", "route_id"]]
        .drop_duplicates()
        .merge(routes[["route_id", "mode", "capacity"]], on="route_id", how="left")
    )
    rank = joined["capacity"].map({HIGH: 2, LOW: 1}).fillna(0)
    joined = joined.assign(_rank=rank)
    best = joined.groupby("stop_id")["_rank"].transform("max")
    top = joined[joined["_rank"] == best]
    mode_counts = top.groupby(["stop_id", "mode"]).size().rename("n").reset_index()
    mode_counts = mode_counts.sort_values(["stop_id", "n", "mode"], ascending=[True, False, True])
    main_mode = mode_counts.drop_duplicates("stop_id").set_index("stop_id")["mode"]
    grouped = joined.groupby("stop_id")
    result = pd.DataFrame(
        {
            "capacity": grouped["_rank"].max().map({2: HIGH, 1: LOW, 0: None}),
            "mode": main_mode,
            "modes": grouped["mode"].agg(lambda m: ",".join(sorted(set(m.dropna())))),
            "n_routes": grouped["route_id"].nunique(),
        }
    )
    return result.reset_index()


# ---------------------------------------------------------------------------------------------------------
# Served population (11.2.1 and the population part of 11.7.1)
# ---------------------------------------------------------------------------------------------------------


@dataclass
class ServedPopulationResult:
    """Tidy table of served population per scenario and population field, with diagnostics."""

    table: pd.DataFrame
    """Columns: scenario, field, served, total, indicator_pct (100 x served / total; NaN when total is 0)."""
    overall: Dict[str, float]
    """Indicator (%) of the total field per scenario."""
    null_population: Dict[str, int] = field(default_factory=dict)
    """Per field, how many features had a NULL/NaN population (counted as 0)."""
    zero_population_fields: List[str] = field(default_factory=list)
    """Fields whose total population is 0 (indicator NaN)."""
    invalid_served: Dict[str, int] = field(default_factory=dict)
    """Per scenario, how many served fractions were NULL (counted as 0)."""


def served_population(
    population: pd.DataFrame,
    served: Mapping[str, ArrayLike],
    total_field: Optional[str] = None,
) -> ServedPopulationResult:
    """Share of population served per scenario and field: Σ population × served fraction / Σ population.

    ``population`` has one column per population field (total, women, men, age bands, ...), one row per
    feature. ``served`` maps scenario names (e.g. "all", "low", "high", "all_frequent") to the served
    fraction of each feature (area share inside the merged service area, 0..1; 1/0 for points).
    ``total_field`` (default: the first column) gives ``overall``.
    """
    if population.shape[1] == 0:
        raise ValueError("population needs at least one field")
    fields = list(population.columns)
    total_field = fields[0] if total_field is None else total_field
    if total_field not in fields:
        raise ValueError(f"total field {total_field!r} is not a population field")
    values = population.apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
    null_counts = np.isnan(values).sum(axis=0)
    values = np.nan_to_num(values, nan=0.0)
    totals = values.sum(axis=0)
    rows, overall, invalid = [], {}, {}
    for scenario, fraction in served.items():
        share = np.asarray(pd.to_numeric(pd.Series(np.asarray(fraction)), errors="coerce"), dtype=float)
        if share.shape != (len(population),):
            raise ValueError(
                f"scenario {scenario!r}: {share.shape[0]} fractions for {len(population)} features"
            )
        invalid[scenario] = int(np.isnan(share).sum())
        share = np.nan_to_num(share, nan=0.0)
        if (share < -1e-9).any() or (share > 1 + 1e-9).any():
            raise ValueError(f"scenario {scenario!r}: served fractions must be within 0..1")
        share = np.clip(share, 0.0, 1.0)
        served_totals = share @ values
        with np.errstate(invalid="ignore", divide="ignore"):
            pct = np.where(totals > 0, 100.0 * served_totals / totals, np.nan)
        for name, s, t, p in zip(fields, served_totals, totals, pct):
            rows.append((scenario, name, s, t, p))
        overall[scenario] = float(pct[fields.index(total_field)])
    table = pd.DataFrame(rows, columns=["scenario", "field", "served", "total", "indicator_pct"])
    return ServedPopulationResult(
        table=table,
        overall=overall,
        null_population={f: int(n) for f, n in zip(fields, null_counts) if n},
        zero_population_fields=[f for f, t in zip(fields, totals) if not t > 0],
        invalid_served={s: n for s, n in invalid.items() if n},
    )


def sdg_1121(
    population: pd.DataFrame, served: Mapping[str, ArrayLike], total_field: Optional[str] = None
) -> ServedPopulationResult:
    """SDG 11.2.1: share of population with convenient access to public transport, per scenario/field.

    Scenarios are the served fractions within the merged service areas, e.g. "all" (500 m low, 1,000 m
    high-capacity stops), "low", "high", and the same with the frequency criterion; see
    :func:`served_population`.
    """
    return served_population(population, served, total_field)


# ---------------------------------------------------------------------------------------------------------
# SDG 11.3.1 land consumption rate / population growth rate
# ---------------------------------------------------------------------------------------------------------

LINEAR = "linear"
LOGARITHMIC = "log"


@dataclass
class Sdg1131Result:
    """Per-zone and whole-city 11.3.1 table with warning flags."""

    table: pd.DataFrame
    """One row per zone plus a last row ``city`` (sums of areas and populations). Columns: zone,
    built_past, built_present, pop_past, pop_present, years, lcr, pgr, lcrpgr, built_per_capita_past,
    built_per_capita_present, pgr_near_zero, negative_growth, no_past_built, no_population."""
    near_zero_zones: List = field(default_factory=list)
    negative_growth_zones: List = field(default_factory=list)
    invalid_zones: List = field(default_factory=list)
    """Zones with no built-up area in the past or no population at a date (rates NaN)."""


def sdg_1131(
    built_past: ArrayLike,
    built_present: ArrayLike,
    pop_past: ArrayLike,
    pop_present: ArrayLike,
    years: float,
    zones: Optional[Sequence] = None,
    lcr_form: str = LINEAR,
    pgr_threshold: float = 1e-3,
) -> Sdg1131Result:
    """SDG 11.3.1 per zone and for the city: LCR, PGR, LCRPGR and built-up area per capita.

    Metadata 2021-03-01: LCR = (V_present − V_past) / V_past / t (``lcr_form="linear"``; the pre-2021
    form ln(V_present / V_past) / t with ``"log"``), PGR = ln(Pop_present / Pop_past) / t,
    LCRPGR = LCR / PGR. Built-up area per capita = V / Pop (area unit of the inputs per person).
    ``pgr_near_zero`` flags |PGR| < ``pgr_threshold`` (per year), where the ratio is unstable (it is still
    given unless PGR is exactly 0); ``negative_growth`` flags PGR < 0 (the ratio's sign then flips).
    """
    if not years > 0:
        raise ValueError("the period must be a positive number of years")
    if lcr_form not in (LINEAR, LOGARITHMIC):
        raise ValueError(f"lcr_form must be {LINEAR!r} or {LOGARITHMIC!r}")
    arrays = [
        np.atleast_1d(np.asarray(a, dtype=float)) for a in (built_past, built_present, pop_past, pop_present)
    ]
    n = len(arrays[0])
    if any(len(a) != n for a in arrays):
        raise ValueError("built-up areas and populations must have one value per zone")
    zones = list(range(n)) if zones is None else list(zones)
    v0, v1, p0, p1 = (np.append(a, np.nansum(a)) for a in arrays)
    labels = zones + ["city"]
    no_past_built = ~(v0 > 0)
    no_population = ~((p0 > 0) & (p1 > 0))
    with np.errstate(divide="ignore", invalid="ignore"):
        if lcr_form == LINEAR:
            lcr = (v1 - v0) / v0 / years
        else:
            lcr = np.log(v1 / v0) / years
        lcr = np.where(no_past_built | ~np.isfinite(lcr), np.nan, lcr)
        pgr = np.where(no_population, np.nan, np.log(p1 / p0) / years)
        near_zero = np.isfinite(pgr) & (np.abs(pgr) < pgr_threshold)
        lcrpgr = np.where(~np.isfinite(pgr) | (pgr == 0), np.nan, lcr / pgr)
        per_capita_past = np.where(p0 > 0, v0 / p0, np.nan)
        per_capita_present = np.where(p1 > 0, v1 / p1, np.nan)
    negative = np.isfinite(pgr) & (pgr < 0)
    table = pd.DataFrame(
        {
            "zone": labels,
            "built_past": v0,
            "built_present": v1,
            "pop_past": p0,
            "pop_present": p1,
            "years": float(years),
            "lcr": lcr,
            "pgr": pgr,
            "lcrpgr": lcrpgr,
            "built_per_capita_past": per_capita_past,
            "built_per_capita_present": per_capita_present,
            "pgr_near_zero": near_zero,
            "negative_growth": negative,
            "no_past_built": no_past_built,
            "no_population": no_population,
        }
    )
    return Sdg1131Result(
        table=table,
        near_zero_zones=[z for z, f in zip(labels, near_zero) if f],
        negative_growth_zones=[z for z, f in zip(labels, negative) if f],
        invalid_zones=[z for z, a, b in zip(labels, no_past_built, no_population) if a or b],
    )


# ---------------------------------------------------------------------------------------------------------
# SDG 11.7.1 open public space
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Sdg1171Result:
    """Area share per zone and overall, and population within walking distance of open space."""

    area: pd.DataFrame
    """Columns zone, open_space_area, street_area, city_area, share_open_space_pct, share_with_streets_pct;
    last row ``city`` (sums)."""
    population: Optional[ServedPopulationResult]
    zero_area_zones: List = field(default_factory=list)


def sdg_1171(
    open_space_area: ArrayLike,
    city_area: ArrayLike,
    street_area: Optional[ArrayLike] = None,
    zones: Optional[Sequence] = None,
    population: Optional[pd.DataFrame] = None,
    served: Optional[Mapping[str, ArrayLike]] = None,
    total_field: Optional[str] = None,
) -> Sdg1171Result:
    """SDG 11.7.1: share of city area in open public space (and with streets), and population served.

    Areas are per zone in any one unit (fee-charging spaces already excluded by the caller). The
    population part (share within e.g. 400 m walking of an open space) is :func:`served_population`.
    """
    open_area = np.atleast_1d(np.asarray(open_space_area, dtype=float))
    area = np.atleast_1d(np.asarray(city_area, dtype=float))
    streets = np.zeros_like(area) if street_area is None else np.atleast_1d(np.asarray(street_area, float))
    if not (len(open_area) == len(area) == len(streets)):
        raise ValueError("open-space, street and city areas must have one value per zone")
    if (open_area < 0).any() or (area < 0).any() or (streets < 0).any():
        raise ValueError("areas must not be negative")
    labels = (list(range(len(area))) if zones is None else list(zones)) + ["city"]
    open_area, area, streets = (np.append(a, np.nansum(a)) for a in (open_area, area, streets))
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(area > 0, 100.0 * open_area / area, np.nan)
        share_streets = np.where(area > 0, 100.0 * (open_area + streets) / area, np.nan)
    table = pd.DataFrame(
        {
            "zone": labels,
            "open_space_area": open_area,
            "street_area": streets,
            "city_area": area,
            "share_open_space_pct": share,
            "share_with_streets_pct": share_streets,
        }
    )
    pop = None
    if population is not None:
        if served is None:
            raise ValueError("served fractions are needed with a population")
        pop = served_population(population, served, total_field)
    return Sdg1171Result(
        area=table, population=pop, zero_area_zones=[z for z, a in zip(labels, area) if not a > 0]
    )


# ---------------------------------------------------------------------------------------------------------
# Composite indices and bivariate classes
# ---------------------------------------------------------------------------------------------------------

MINMAX = "minmax"
ZSCORE = "zscore"
RANK = "rank"


@dataclass
class CompositeResult:
    """Composite index and the normalised components."""

    index: pd.Series
    normalised: pd.DataFrame
    weights: Dict[str, float]
    """Weights actually used, normalised to sum 1."""
    incomplete_rows: int = 0
    """Rows with at least one missing component (index from the others, or NaN with ``propagate``)."""
    empty_rows: int = 0
    """Rows with every component missing (index NaN)."""
    constant_columns: List[str] = field(default_factory=list)
    """Columns with a single value: they contribute 0 (z-score) or 0.5 (min-max, rank) to every row."""


def normalise(values: pd.Series, method: str = MINMAX, invert: bool = False) -> pd.Series:
    """Normalise one column: min-max to 0..1, z-score (population std, ddof 0), or percentile rank 0..1.

    Rank uses average ranks for ties: (rank − 1) / (n − 1). ``invert`` makes low raw values score high
    (1 − x for min-max and rank, −z for z-score). NaN stays NaN; a constant column gives 0.5 (0 for z).
    """
    x = pd.to_numeric(values, errors="coerce").astype(float)
    valid = x.dropna()
    if method == MINMAX:
        low, high = valid.min(), valid.max()
        out = (x - low) / (high - low) if high > low else x * 0 + 0.5
    elif method == ZSCORE:
        std = valid.std(ddof=0)
        out = (x - valid.mean()) / std if std > 0 else x * 0
    elif method == RANK:
        n = len(valid)
        out = (x.rank(method="average") - 1) / (n - 1) if n > 1 and valid.nunique() > 1 else x * 0 + 0.5
    else:
        raise ValueError(f"unknown normalisation {method!r}; use {MINMAX!r}, {ZSCORE!r} or {RANK!r}")
    if invert:
        out = -out if method == ZSCORE else 1.0 - out
    return out


def composite_index(
    frame: pd.DataFrame,
    columns: Sequence[str],
    method: str = MINMAX,
    invert: Iterable[str] = (),
    weights: Optional[Mapping[str, float]] = None,
    nan_policy: str = "skip",
) -> CompositeResult:
    """Weighted mean of normalised indicator columns.

    Weights default to equal and are normalised to sum 1. ``nan_policy="skip"``: a row missing some
    components gets the weighted mean of the others (weights renormalised over what it has);
    ``"propagate"``: any missing component makes the row's index NaN. Rows missing all are NaN.
    """
    columns = list(columns)
    if not columns:
        raise ValueError("choose at least one indicator column")
    missing = [c for c in columns if c not in frame]
    if missing:
        raise ValueError(f"columns not found: {missing}")
    if nan_policy not in ("skip", "propagate"):
        raise ValueError("nan_policy must be 'skip' or 'propagate'")
    raw = {c: 1.0 for c in columns} if weights is None else {c: float(weights.get(c, 0.0)) for c in columns}
    if any(w < 0 or not np.isfinite(w) for w in raw.values()) or sum(raw.values()) <= 0:
        raise ValueError("weights must be non-negative with a positive sum")
    total = sum(raw.values())
    used = {c: w / total for c, w in raw.items()}
    inverted = set(invert)
    normalised = pd.DataFrame(
        {c: normalise(frame[c], method, c in inverted) for c in columns}, index=frame.index
    )
    values = normalised.to_numpy(dtype=float)
    w = np.array([used[c] for c in columns])
    present = ~np.isnan(values)
    weight_present = present @ w
    with np.errstate(invalid="ignore", divide="ignore"):
        index = np.nan_to_num(values, nan=0.0) @ w / weight_present
    index[weight_present <= 0] = np.nan
    incomplete = ~present.all(axis=1)
    if nan_policy == "propagate":
        index[incomplete] = np.nan
    constant = [c for c in columns if pd.to_numeric(frame[c], errors="coerce").dropna().nunique() <= 1]
    return CompositeResult(
        index=pd.Series(index, index=frame.index, name="index"),
        normalised=normalised,
        weights=used,
        incomplete_rows=int(incomplete.sum()),
        empty_rows=int((~present.any(axis=1)).sum()),
        constant_columns=constant,
    )


BIVARIATE_PALETTE: Dict[str, str] = {
    "1-1": "#e8e8e8",
    "2-1": "#e4acac",
    "3-1": "#c85a5a",
    "1-2": "#b0d5df",
    "2-2": "#ad9ea5",
    "3-2": "#985356",
    "1-3": "#64acbe",
    "2-3": "#627f8c",
    "3-3": "#574249",
}
"""Joshua Stevens' 3×3 blue/pink scheme; code "x-y": x = class of the first field (grey → red),
y = class of the second (grey → blue); "3-3" both high (dark)."""


@dataclass
class BivariateResult:
    """Bivariate class per row ("1-1".."3-3", None when a value is missing) and the breaks used."""

    codes: pd.Series
    class_x: np.ndarray
    class_y: np.ndarray
    breaks_x: List[float]
    breaks_y: List[float]
    missing: int = 0
    palette: Dict[str, str] = field(default_factory=lambda: dict(BIVARIATE_PALETTE))


def _classes(values: np.ndarray, breaks: Optional[Sequence[float]]) -> tuple:
    """Classes 1..3 (0 for NaN): v ≤ b1 → 1, b1 < v ≤ b2 → 2, v > b2 → 3; tertile breaks by default."""
    if breaks is None:
        valid = values[~np.isnan(values)]
        if len(valid) == 0:
            breaks = [np.nan, np.nan]
        else:
            breaks = list(np.quantile(valid, [1 / 3, 2 / 3]))
    breaks = [float(b) for b in breaks]
    if len(breaks) != 2 or breaks[0] > breaks[1]:
        raise ValueError("bivariate breaks must be two increasing values")
    classes = 1 + (values > breaks[0]).astype(int) + (values > breaks[1]).astype(int)
    classes[np.isnan(values)] = 0
    return classes, breaks


def bivariate_classes(
    x: ArrayLike,
    y: ArrayLike,
    breaks_x: Optional[Sequence[float]] = None,
    breaks_y: Optional[Sequence[float]] = None,
) -> BivariateResult:
    """3×3 bivariate classes of two fields (tertiles unless breaks are given), codes "x-y" + palette."""
    xv = pd.to_numeric(pd.Series(np.asarray(x)), errors="coerce").to_numpy(dtype=float)
    yv = pd.to_numeric(pd.Series(np.asarray(y)), errors="coerce").to_numpy(dtype=float)
    if len(xv) != len(yv):
        raise ValueError("both fields need one value per feature")
    cx, bx = _classes(xv, breaks_x)
    cy, by = _classes(yv, breaks_y)
    missing = (cx == 0) | (cy == 0)
    codes = np.array([f"{a}-{b}" for a, b in zip(cx, cy)], dtype=object)
    codes[missing] = None
    return BivariateResult(
        codes=pd.Series(codes, name="bivariate"),
        class_x=cx,
        class_y=cy,
        breaks_x=bx,
        breaks_y=by,
        missing=int(missing.sum()),
    )
