"""Conecta's one vocabulary: travel modes, GTFS route types and their capacity class, default speeds,
matrix column names and the rules output field names follow.

Every other module takes these names from here, so a mode, a route type or a field name means one thing
everywhere (the algorithms, the docks, the report, the batch runner). Labels shown to planners are
translated in ``processing/bridge/vocabulary.py``; this module holds the codes only.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, Optional

import numpy as np
import pandas as pd

# --------------------------------------------------------------------------------------------- modes

WALK, BICYCLE, CAR, TRANSIT = "walk", "bicycle", "car", "transit"
STREET_MODES = (WALK, BICYCLE, CAR)
"""Modes routed on a street network, in the order of every mode enumeration parameter."""
DEMAND_MODES = (*STREET_MODES, TRANSIT)
"""Modes of the mode-split model."""

WALK_SPEED_KMH = 3.6
"""Walking speed (r5r's default)."""
BICYCLE_SPEED_KMH = 12.0
"""Cycling speed (r5r's default)."""
DEFAULT_CAR_SPEED_KMH = 30.0
"""Car speed on a street without a known class or speed."""
CAR_SPEEDS_KMH: Dict[str, float] = {
    "motorway": 90.0,
    "motorway_link": 50.0,
    "trunk": 80.0,
    "trunk_link": 40.0,
    "primary": 60.0,
    "primary_link": 40.0,
    "secondary": 50.0,
    "secondary_link": 30.0,
    "tertiary": 40.0,
    "tertiary_link": 30.0,
    "unclassified": 30.0,
    "residential": 30.0,
    "road": 30.0,
    "living_street": 10.0,
    "service": 20.0,
    "track": 15.0,
}
"""Free-flow car speed by OSM ``highway`` class (overridden by ``maxspeed`` and by a user speed field)."""

# --------------------------------------------------------------------------------------------- matrices

FROM_ID, TO_ID, TRAVEL_TIME = "from_id", "to_id", "travel_time"
MATRIX_COLUMNS = (FROM_ID, TO_ID, TRAVEL_TIME)
"""Columns of a long travel-time matrix (r5r, r5py and IPEA's ``accessibility`` package use the same)."""

# --------------------------------------------------------------------------------------------- GTFS

LOW, HIGH = "low", "high"
"""SDG 11.2.1 capacity classes."""

LOW_CAPACITY_DISTANCE_M = 500.0
HIGH_CAPACITY_DISTANCE_M = 1000.0
"""SDG 11.2.1 walking distances to a stop (UN metadata 2021-09-01)."""

BASIC_ROUTE_TYPES: Dict[int, str] = {
    0: "tram",
    1: "metro",
    2: "rail",
    3: "bus",
    4: "ferry",
    5: "cable_tram",
    6: "aerial_lift",
    7: "funicular",
    11: "trolleybus",
    12: "monorail",
}
"""GTFS reference route_type values 0-12 (1 is "Subway, Metro": called metro, as planners in the region do)."""

EXTENDED_ROUTE_TYPE_RANGES: Dict[int, str] = {
    100: "rail",
    200: "coach",
    300: "rail",
    400: "metro",
    500: "metro",
    600: "metro",
    700: "bus",
    800: "trolleybus",
    900: "tram",
    1000: "ferry",
    1100: "air",
    1200: "ferry",
    1300: "aerial_lift",
    1400: "funicular",
    1500: "taxi",
    1600: "self_drive",
    1700: "other",
}
"""Extended (TPEG/HVT) route types by hundred: 100 railway, 300 suburban railway, 400 urban railway
(401 metro, 402 underground, 405 monorail), 700 bus, 900 tram, 1000 water, 1200 ferry, 1500 taxi ..."""

EXTENDED_EXCEPTIONS: Dict[int, str] = {405: "monorail", 1501: "shared_taxi", 1502: "shared_taxi"}
"""Extended route types whose mode differs from their hundred's."""

UNKNOWN_MODE = "unknown"

MODE_ROUTE_TYPES: Dict[str, int] = {
    "tram": 0,
    "light_rail": 0,
    "metro": 1,
    "subway": 1,
    "rail": 2,
    "train": 2,
    "bus": 3,
    "ferry": 4,
    "cable_tram": 5,
    "aerial_lift": 6,
    "gondola": 6,
    "funicular": 7,
    "trolleybus": 11,
    "monorail": 12,
    "coach": 200,
    "brt": 702,
    "shared_taxi": 1501,
    "informal": 1501,
}
"""GTFS route_type of a mode name, for routes a planner adds: the basic types 0-12, BRT as 702 (extended type
"Express Bus Service", which BRT feeds use), coaches 200 and informal services (colectivos, peseros, lotação,
vans) as 1501 ("Communal Taxi Service")."""

DEFAULT_CAPACITY: Dict[str, Optional[str]] = {
    "bus": LOW,
    "brt": LOW,
    "tram": LOW,
    "trolleybus": LOW,
    "coach": LOW,
    "cable_tram": LOW,
    "aerial_lift": LOW,
    "funicular": LOW,
    "shared_taxi": LOW,
    "other": LOW,
    "rail": HIGH,
    "metro": HIGH,
    "monorail": HIGH,
    "ferry": HIGH,
    "air": None,
    "taxi": None,
    "self_drive": None,
    UNKNOWN_MODE: None,
}
"""SDG 11.2.1 classes (metadata 2021): bus, tram, BRT and paratransit low (500 m); rail, metro and ferry
high (1,000 m). Modes mapped to None are not public transport for the indicator."""


def route_type_modes(route_types) -> np.ndarray:
    """Mode name for each GTFS route_type (basic 0-12 or extended 100-1799); "unknown" otherwise."""
    codes = pd.to_numeric(pd.Series(np.asarray(route_types, dtype=object)), errors="coerce").to_numpy()
    modes = np.full(len(codes), UNKNOWN_MODE, dtype=object)
    valid = np.isfinite(codes)
    whole = np.zeros(len(codes), dtype=np.int64)
    whole[valid] = codes[valid].astype(np.int64)
    for code, mode in BASIC_ROUTE_TYPES.items():
        modes[valid & (whole == code)] = mode
    hundreds = whole // 100 * 100
    for base, mode in EXTENDED_ROUTE_TYPE_RANGES.items():
        modes[valid & (whole >= 100) & (hundreds == base)] = mode
    for code, mode in EXTENDED_EXCEPTIONS.items():
        modes[valid & (whole == code)] = mode
    return modes


def route_type_of(mode: object) -> Optional[int]:
    """The GTFS route_type of a mode given as a number ("3", 702) or a name ("bus", "BRT", "light rail"); None
    when it is neither."""
    text = str(mode).strip().lower().replace(" ", "_").replace("-", "_")
    try:
        number = float(text)
    except ValueError:
        return MODE_ROUTE_TYPES.get(text)
    return int(number) if number.is_integer() and number >= 0 else None


def route_type_mode(route_type) -> str:
    """Mode name of one GTFS route_type ("unknown" when it is not a known code)."""
    return str(route_type_modes([route_type])[0])


# --------------------------------------------------------------------------------------------- field names

MAX_FIELD_NAME = 63
"""Longest field name written (GeoPackage and PostgreSQL limit)."""


def number_code(value: float, keep_dot: bool = True) -> str:
    """A number for a field name: 30 → "30", 7.5 → "7_5" (or "75" without the dot, as in e005)."""
    text = f"{value:g}"
    text = text.replace(".", "_" if keep_dot else "")
    return re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_")


def safe_name(text: str) -> str:
    """ASCII letters, digits and single underscores (valid in GeoPackage and Shapefile field names)."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"_+", "_", re.sub(r"[^0-9A-Za-z]", "_", ascii_text)).strip("_") or "x"


def field_name(prefix: str, opportunity: str, code: str) -> str:
    """``prefix_opportunity_code`` at most 63 characters long (the opportunity part is shortened)."""
    room = MAX_FIELD_NAME - len(prefix) - len(code) - 2
    return f"{prefix}_{safe_name(opportunity)[: max(room, 1)].rstrip('_')}_{code}"


def unique_names(names: list) -> list:
    """Names made unique by a numeric suffix where they collide (e.g. e15 for 1.5 and 15)."""
    seen: Dict[str, int] = {}
    out = []
    for name in names:
        if name in seen:
            seen[name] += 1
            name = f"{name[: MAX_FIELD_NAME - 3]}_{seen[name]}"
        else:
            seen[name] = 1
        out.append(name)
    return out
