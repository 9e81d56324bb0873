"""SDG 11.2.1, the share of the population with convenient access to public transport (UN SDG metadata
11.2.1, 2021-09-01): stop capacity classes, the frequency rule and the scenarios whose service areas are
computed, and the indicator from the population each scenario serves.

Rules (pinned in tests/core/test_indicators.py):

- a stop is **low capacity** (bus, tram, BRT, paratransit: served within 500 m walking) or **high
  capacity** (rail, metro, ferry: 1,000 m), from a class field, else a mode field or GTFS route_type, else
  a default class; stops of modes that are not public transport for the indicator (taxi, air) are left out;
- a stop is **frequent** (the metadata's secondary criterion) with at least 3 departures an hour
  (``≥``: exactly 3 is frequent), or, with a headway field, a headway of at most 60 / 3 = 20 minutes
  (``≤``: exactly 20 minutes is frequent; a headway of 0 or less is no service);
- the scenarios are: ``low`` and ``high`` (each class within its distance), ``all`` (both dissolved), and
  with a frequency field the same for frequent stops only (``low_frequent``, ``high_frequent``,
  ``all_frequent``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, List, Mapping, Optional

import numpy as np
import pandas as pd

from ..definitions import (
    DEFAULT_CAPACITY,
    HIGH,
    HIGH_CAPACITY_DISTANCE_M,
    LOW,
    LOW_CAPACITY_DISTANCE_M,
    route_type_modes,
)
from .served import ArrayLike, ServedPopulationResult, served_population

MIN_DEPARTURES_PER_HOUR = 3.0
"""The metadata's frequent stop: at least 3 departures an hour (a headway of 20 minutes)."""
PER_HOUR, HEADWAY = "per_hour", "headway"
"""What a frequency field holds: departures per hour, or the headway in minutes."""
TOLERANCE = 1e-9
"""Frequencies and headways are compared with this slack so that 3.0 typed as 2.9999999999 still counts."""

# ---------------------------------------------------------------------------------------------------------
# Capacity classes (GTFS route_type, basic and extended, and mode names)
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
# Stops: classes, frequency, scenarios
# ---------------------------------------------------------------------------------------------------------


@dataclass
class StopClasses:
    """Capacity class of each stop ("low", "high", or None when left out) and what was defaulted."""

    classes: np.ndarray
    unknown: int = 0
    """Stops whose class or mode value is not recognised: they get the default class."""
    unknown_values: List[str] = field(default_factory=list)
    """The unrecognised mode values (sorted), for the log."""
    excluded: int = 0
    """Stops of a mode that is not public transport for the indicator (taxi, air): left out."""


def stop_classes(class_values=None, mode_values=None, default: str = LOW, n: int = 0) -> StopClasses:
    """Capacity classes from a class field's values, else a mode field's, else ``default`` for ``n`` stops."""
    if default not in (LOW, HIGH):
        raise ValueError(f"the default class must be {LOW!r} or {HIGH!r}")
    if class_values is not None:
        classes = np.array([class_of_value(v) for v in class_values], dtype=object)
        unknown = classes == ""
        classes[unknown] = default
        return StopClasses(classes, int(unknown.sum()))
    if mode_values is not None:
        values = list(mode_values)
        classes = np.array([class_of_mode(v) for v in values], dtype=object)
        unknown = np.array([c == "" for c in classes], dtype=bool)
        excluded = int(sum(c is None for c in classes))
        classes[unknown] = default
        names = sorted({str(v) for v, u in zip(values, unknown) if u})
        return StopClasses(classes, int(unknown.sum()), names, excluded)
    return StopClasses(np.full(n, default, dtype=object))


@dataclass
class Frequency:
    """Which stops are frequent, by the metadata's secondary criterion."""

    frequent: np.ndarray
    missing: int
    """Stops without a value (NULL, text): not frequent."""
    minimum: float
    """Departures per hour a frequent stop has at least."""


def frequent_stops(values, unit: str = PER_HOUR, minimum: float = MIN_DEPARTURES_PER_HOUR) -> Frequency:
    """Frequent stops: at least ``minimum`` departures an hour, or a headway of at most 60 / ``minimum``
    minutes (``unit`` ``"headway"``); both boundaries count as frequent."""
    if not minimum > 0:
        raise ValueError("the minimum number of departures per hour must be positive")
    values = np.asarray(values, dtype=float)
    if unit == PER_HOUR:
        frequent = values >= minimum - TOLERANCE
    elif unit == HEADWAY:
        frequent = (values > 0) & (values <= 60.0 / minimum + TOLERANCE)
    else:
        raise ValueError(f"unit must be {PER_HOUR!r} or {HEADWAY!r}")
    return Frequency(frequent, int(np.isnan(values).sum()), float(minimum))


@dataclass
class StopGroup:
    """Stops whose walking areas are computed together: a class (frequent or not) within its distance."""

    name: str
    members: np.ndarray
    distance_m: float


@dataclass
class StopPlan:
    """The groups of stops to compute service areas for, and how scenarios combine them."""

    groups: List[StopGroup]
    scenarios: dict
    """Scenario name → names of the groups whose areas it dissolves (in output order)."""
    classes: StopClasses
    frequency: Optional[Frequency] = None

    def count(self, name: str) -> int:
        """Stops in group ``name``."""
        return int(next(len(g.members) for g in self.groups if g.name == name))


def plan_stops(
    classes: StopClasses,
    frequency: Optional[Frequency] = None,
    low_m: float = LOW_CAPACITY_DISTANCE_M,
    high_m: float = HIGH_CAPACITY_DISTANCE_M,
) -> StopPlan:
    """The stop groups and scenarios of SDG 11.2.1 (see the module docstring)."""
    if not (low_m > 0 and high_m > 0):
        raise ValueError("walking distances must be positive")
    is_low = classes.classes == LOW
    is_high = classes.classes == HIGH
    groups = [StopGroup(LOW, np.flatnonzero(is_low), low_m), StopGroup(HIGH, np.flatnonzero(is_high), high_m)]
    scenarios = {"all": (LOW, HIGH), LOW: (LOW,), HIGH: (HIGH,)}
    if frequency is not None:
        frequent = np.asarray(frequency.frequent, dtype=bool)
        groups += [
            StopGroup("low_frequent", np.flatnonzero(is_low & frequent), low_m),
            StopGroup("high_frequent", np.flatnonzero(is_high & frequent), high_m),
        ]
        scenarios.update(
            {
                "all_frequent": ("low_frequent", "high_frequent"),
                "low_frequent": ("low_frequent",),
                "high_frequent": ("high_frequent",),
            }
        )
    return StopPlan(groups, scenarios, classes, frequency)


def sdg_1121(
    population: pd.DataFrame, served: Mapping[str, ArrayLike], total_field: Optional[str] = None
) -> ServedPopulationResult:
    """SDG 11.2.1: share of population with convenient access to public transport, per scenario/field.

    Scenarios are the served fractions within the merged service areas, e.g. "all" (500 m low, 1,000 m
    high-capacity stops), "low", "high", and the same with the frequency criterion; see
    :func:`~.served.served_population`.
    """
    return served_population(population, served, total_field)
