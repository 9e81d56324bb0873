"""OpenStreetMap tags read into per-feature speeds, one-way directions and exclusions for a travel mode.

Pure numpy/pandas. The speeds themselves are Conecta's vocabulary (:mod:`core.definitions`); this module says
how a street's tags choose among them:

- Walk 3.6 km/h and bicycle 12 km/h (r5r's defaults). Car speeds come from :data:`CAR_SPEEDS_KMH` by OSM
  ``highway`` class (unknown or missing class: :data:`DEFAULT_CAR_SPEED_KMH`), overridden by a parsed
  ``maxspeed``, itself overridden by a valid user speed (km/h).
- One-way: car honours OSM ``oneway`` (``yes/true/1`` forward, ``-1/reverse`` backward), with one-way implied
  on ``junction=roundabout|circular`` and on the classes of :data:`IMPLIED_ONE_WAY` (``highway=motorway``) when
  ``oneway`` is absent; bicycle honours the same unless ``oneway:bicycle`` says otherwise (``no`` lifts it,
  ``yes``/``-1`` impose it); walking ignores one-way. A user direction field overrides OSM tags for car and
  bicycle where its value is recognised (NULL or unknown values keep the OSM rule).
- Classes excluded per mode: :data:`EXCLUDED_CLASSES` (walk and bicycle: motorway, trunk and their links; car:
  footway, steps, path, pedestrian, cycleway, bridleway, corridor, elevator, platform; all modes:
  construction, proposed, abandoned and other non-roads). ``track`` is driven at 15 km/h.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from ..definitions import (  # noqa: F401 (re-exported: the network's speeds)
    BICYCLE,
    BICYCLE_SPEED_KMH,
    CAR,
    CAR_SPEEDS_KMH,
    DEFAULT_CAR_SPEED_KMH,
    STREET_MODES,
    WALK,
    WALK_SPEED_KMH,
)

MODES = STREET_MODES
NOT_A_ROAD = (
    "construction",
    "proposed",
    "abandoned",
    "razed",
    "disused",
    "bus_guideway",
    "busway",
    "raceway",
)
"""``highway`` values that are no road for any mode."""
_NO_PEDESTRIANS = ("motorway", "motorway_link", "trunk", "trunk_link")
_NO_CARS = (
    "footway",
    "steps",
    "path",
    "pedestrian",
    "cycleway",
    "bridleway",
    "corridor",
    "elevator",
    "platform",
)
EXCLUDED_CLASSES = {
    WALK: frozenset(_NO_PEDESTRIANS + NOT_A_ROAD),
    BICYCLE: frozenset(_NO_PEDESTRIANS + NOT_A_ROAD),
    CAR: frozenset(_NO_CARS + NOT_A_ROAD),
}
"""Road classes a mode may not use (when the planner gives none)."""
IMPLIED_ONE_WAY = ("motorway",)
"""Classes driven one way along their drawing when they carry no ``oneway`` tag (OSM's implied oneway)."""
ROUNDABOUT = ("roundabout", "circular")
"""``junction`` values that imply one-way."""

FORWARD, BACKWARD, BOTH, UNSET = 1, -1, 0, 2
DIRECTION_FORWARD = ("forward", "yes", "true", "1")
DIRECTION_BACKWARD = ("backward", "-1", "reverse")
DIRECTION_BOTH = ("both", "no", "false", "0")

_MAXSPEED_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(km/h|kmh|kph|mph|knots)?\s*(?:;.*)?$", re.IGNORECASE)
_UNIT_FACTOR = {"mph": 1.609344, "knots": 1.852}


def as_text(values: Sequence) -> pd.Series:
    """Values as a pandas Series of stripped lower-case strings, NaN where NULL."""
    series = pd.Series(list(values), dtype=object)
    missing = series.isna()
    text = series.astype(str).str.strip().str.lower()
    return text.where(~missing, np.nan)


def text_or_none(values: Sequence) -> np.ndarray:
    """Values as stripped lower-case strings in an object array, None where NULL."""
    return np.array([None if isinstance(v, float) else v for v in as_text(values).tolist()], dtype=object)


def parse_other_tags(
    values: Sequence[Optional[str]],
    keys: Sequence[str] = ("oneway", "maxspeed", "junction", "oneway:bicycle"),
) -> dict[str, np.ndarray]:
    """Values of ``keys`` from GDAL OSM ``other_tags`` hstore strings (object arrays, None if absent)."""
    series = pd.Series(list(values), dtype=object).where(lambda s: s.notna(), "").astype(str)
    out = {}
    for key in keys:
        pattern = '"' + re.escape(key) + r'"=>"((?:[^"\\]|\\.)*)"'
        found = series.str.extract(pattern, expand=False)
        found = found.str.replace(r"\\(.)", r"\1", regex=True)
        out[key] = np.array([None if isinstance(v, float) else v for v in found.tolist()], dtype=object)
    return out


def parse_maxspeed(values: Sequence) -> np.ndarray:
    """OSM ``maxspeed`` values ("50", "50 km/h", "30 mph", numbers) in km/h; NaN when unknown."""
    series = pd.Series(list(values), dtype=object)
    numeric = pd.to_numeric(series, errors="coerce").astype(float)
    text = series.where(series.notna(), "").astype(str)
    parts = text.str.extract(_MAXSPEED_RE)
    number = pd.to_numeric(parts[0].str.replace(",", ".", regex=False), errors="coerce").astype(float)
    unit = parts[1].str.lower().map(_UNIT_FACTOR).astype(float).fillna(1.0)
    speed = np.where(np.isfinite(numeric.to_numpy()), numeric.to_numpy(), (number * unit).to_numpy())
    speed = speed.astype(np.float64)
    speed[~(speed > 0)] = np.nan
    return speed


def parse_direction(
    values: Sequence,
    forward: Sequence[str] = DIRECTION_FORWARD,
    backward: Sequence[str] = DIRECTION_BACKWARD,
    both: Sequence[str] = DIRECTION_BOTH,
    default: int = UNSET,
) -> np.ndarray:
    """Direction codes (int8): FORWARD 1, BACKWARD -1, BOTH 0; ``default`` for NULL or unrecognised."""
    mapping = {}
    for code, words in ((BOTH, both), (BACKWARD, backward), (FORWARD, forward)):
        for word in words:
            mapping[str(word).strip().lower()] = code
    text = as_text(values)
    # numbers such as 1.0 or -1.0 read from numeric fields
    text = text.str.replace(r"^(-?\d+)\.0+$", r"\1", regex=True)
    codes = text.map(mapping).fillna(default)
    return codes.to_numpy(dtype=np.int8)


def is_roundabout(junction: Sequence) -> np.ndarray:
    """True where OSM ``junction`` is a roundabout (one-way implied)."""
    return as_text(junction).isin(list(ROUNDABOUT)).to_numpy()


def car_speeds(
    highway: pd.Series,
    maxspeed_kmh: Optional[np.ndarray],
    class_speeds: Optional[dict] = None,
    default_speed_kmh: float = DEFAULT_CAR_SPEED_KMH,
) -> tuple:
    """Car speed (km/h) per feature by class, then speed limit: ``(speed, unknown class, maxspeed used)``."""
    table = (
        CAR_SPEEDS_KMH
        if class_speeds is None
        else {str(k).lower(): float(v) for k, v in class_speeds.items()}
    )
    speed = highway.map(table).astype(float).to_numpy()
    unknown = np.isnan(speed)
    speed[unknown] = default_speed_kmh
    has_max = np.zeros(len(speed), dtype=bool)
    if maxspeed_kmh is not None:
        has_max = np.isfinite(maxspeed_kmh)
        speed[has_max] = maxspeed_kmh[has_max]
    return speed, unknown, has_max


def user_speeds(values: Sequence, n_features: int) -> tuple:
    """A user speed field (km/h) read per feature: ``(speed, valid)``; NULL, text and values ≤ 0 are invalid."""
    series = pd.Series(list(values), dtype=object)
    if len(series) != n_features:
        raise ValueError("user_speed must have one value per feature")
    parsed = pd.to_numeric(series, errors="coerce").astype(float).to_numpy()
    return parsed, np.isfinite(parsed) & (parsed > 0)


def osm_directions(
    mode: str,
    highway: pd.Series,
    oneway: Optional[np.ndarray],
    roundabout: Optional[np.ndarray],
    oneway_bicycle: Optional[np.ndarray],
) -> np.ndarray:
    """Direction codes per feature from OSM tags for ``mode`` (UNSET where the tags say nothing)."""
    n = len(highway)
    if mode == WALK:
        return np.full(n, BOTH, dtype=np.int8)
    codes = oneway.copy() if oneway is not None else np.full(n, UNSET, dtype=np.int8)
    implied = highway.isin(list(IMPLIED_ONE_WAY)).to_numpy()
    if roundabout is not None:
        implied |= roundabout
    codes[(codes == UNSET) & implied] = FORWARD
    if mode == BICYCLE and oneway_bicycle is not None:
        bicycle_tag = oneway_bicycle != UNSET
        codes[bicycle_tag] = oneway_bicycle[bicycle_tag]
    return codes


def user_directions(
    values: Sequence, n_features: int, direction_values: Optional[tuple] = None
) -> np.ndarray:
    """Direction codes of a user direction field; ``direction_values`` = (forward, backward, both) words."""
    if len(values) != n_features:
        raise ValueError("direction must have one value per feature")
    forward, backward, both = direction_values or (DIRECTION_FORWARD, DIRECTION_BACKWARD, DIRECTION_BOTH)
    return parse_direction(values, forward, backward, both, default=UNSET)
