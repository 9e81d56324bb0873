"""Street scenarios as pure functions over edge arrays: congestion by road class and time of day, closed and
new links, and slope-aware walking and cycling from elevations.

**Congestion.** A table ``highway, start_time, end_time, factor`` scales car speeds:
speed = free-flow speed × factor for the edges of that OSM ``highway`` class when the departure time is in
``[start_time, end_time)`` (``HH:MM[:SS]``, hours past 24 allowed, a departure at 00:30 also matches a band
23:00–25:00; an empty band is all day). ``highway`` ``*`` (or empty) is every class; a row naming the class
wins over ``*``. Free-flow is the car speed Conecta would otherwise use (class speed, ``maxspeed`` or the
user's speed field). Example: ``primary, 07:00, 09:00, 0.6`` (morning peak at 60 % of free flow). An optional
``mode`` field (walk, bicycle, car) makes a row apply to that mode's speeds; a row without it is a car's (so a
congestion table never slows walking), and a network routed for a mode no row names keeps its speeds.

**Closed and new links.** Street lines (parts with a feature index, as the network builder takes them) lose
the features closed (a mask or indices) and gain new links (coordinates, a class, an optional speed). A new
link's end within ``snap_distance`` of a remaining line is moved onto its nearest point, and a vertex is
inserted in that line there, so the network builder joins them; ends farther away stay loose (counted). A
new link meets other lines only at its ends (a bridge or tunnel over the streets it crosses).

**Slopes.** Grade s = Δh / horizontal length, per segment (an edge's two ends, or consecutive vertices along
it), clamped to ±``max_grade`` (default 0.35: the steepest streets that take cars, as OpenTripPlanner limits
them; DEM artefacts such as bridges give more). Segments with an unknown elevation (outside the raster,
NaN) are flat and counted. Times are per direction (uphill and downhill differ).

* Walking, Tobler's hiking function (Tobler 1993), v = 6 exp(−3.5 |s + 0.05|) km/h, scaled so that flat
  ground gives the network's walking speed (3.6 km/h by default): v(s) = v_walk exp(−3.5 (|s + 0.05| − 0.05)).
  Only the function's shape is kept (its 6 km/h peak on a 5 % descent becomes 4.29 km/h for 3.6 km/h on the
  flat), so results without a raster are unchanged. R5 (Conveyal's ``ToblerCalculator``) does the same with
  the rounded factor 1.2 (Conecta uses exp(0.175) = 1.1912). Time = horizontal length / v.
* Cycling, a power balance (Martin et al. 1998, "Validation of a mathematical model for road cycling power",
  J. Appl. Biomech. 14: 276–291, without wind and acceleration): P = v (m g (C_rr cos θ + sin θ) + ½ ρ C_dA v²),
  solved for v. The rider delivers 150 W on the flat and downhill and 250 W on climbs of 3 % or more, linearly
  in between: the everyday cyclists of Parkin & Rotheram (2010), "Design speeds and acceleration
  characteristics of bicycle traffic", Transport Policy 17: 335–341, delivered about 150 W on the flat and
  250 W climbing, with an 85th-percentile flat speed of 22 km/h of which air resistance took about 70 %.
  C_dA and C_rr follow from those two figures (ρ = 1.2 kg/m³, m = 90 kg rider and bicycle):
  ½ ρ C_dA v³ = 0.7 × 150 W and C_rr m g v = 0.3 × 150 W at v = 22 km/h. Speeds are capped at 35 km/h on
  descents (the paper's highest design speed), then scaled like walking so the flat gives the network's
  cycling speed (12 km/h by default): v(s) = v_bike × v_P(s) / 22 km/h. Time = length along the slope / v.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from ..definitions import BICYCLE, BICYCLE_SPEED_KMH, CAR, WALK, WALK_SPEED_KMH
from ..errors import QT_TR_NOOP, InputError, examples, require_columns
from .bands import parse_band, parse_clock

SPEED_FACTOR_COLUMNS = ("highway", "start_time", "end_time", "factor")
"""Fields of a congestion table (and an optional ``mode``)."""
MODE_WORDS = {
    "walk": WALK,
    "walking": WALK,
    "bicycle": BICYCLE,
    "cycling": BICYCLE,
    "bike": BICYCLE,
    "car": CAR,
}
"""Values of a congestion table's ``mode`` field."""
ALL_CLASSES = "*"
MAX_GRADE = 0.35
"""Grades are clamped to ± this (OpenTripPlanner's limit for streets that take cars: Baldwin Street, 35 %)."""

G = 9.81
AIR_DENSITY = 1.2
RIDER_MASS_KG = 90.0
FLAT_POWER_W = 150.0
CLIMB_POWER_W = 250.0
CLIMB_GRADE = 0.03
REFERENCE_SPEED_KMH = 22.0
MAX_CYCLING_SPEED_KMH = 35.0
_V_REF = REFERENCE_SPEED_KMH / 3.6
DRAG_AREA_M2 = 2 * 0.7 * FLAT_POWER_W / (AIR_DENSITY * _V_REF**3)
"""C_dA (m²) such that air resistance is 70 % of 150 W at 22 km/h (Parkin & Rotheram 2010) ≈ 0.77."""
ROLLING_COEFFICIENT = 0.3 * FLAT_POWER_W / (RIDER_MASS_KG * G * _V_REF)
"""C_rr such that rolling resistance is the other 30 % ≈ 0.0083."""


# ------------------------------------------------------------------------------------------- congestion


@dataclass
class SpeedFactorDiagnostics:
    """How a congestion table met the network."""

    edges_changed: int = 0
    classes_without_edges: List[str] = field(default_factory=list)
    """Classes named in the table that no edge has (a typo, or a class absent from this city)."""
    rows: int = 0
    """Rows of the table that apply (to the mode asked for)."""


@dataclass
class CongestedSpeeds:
    """Car speeds for one departure time: free flow × factor."""

    factor: np.ndarray
    speed_kmh: np.ndarray
    diagnostics: SpeedFactorDiagnostics


def _for_mode(frame: pd.DataFrame, mode: Optional[str]) -> pd.DataFrame:
    """The rows of a factor table that apply to ``mode`` (all rows when None; a row without mode is a car's)."""
    if mode is None:
        return frame
    if "mode" not in frame.columns:
        return frame if mode == CAR else frame.iloc[0:0]
    given = frame["mode"].map(lambda v: "" if pd.isna(v) else str(v).strip().lower())
    unknown = sorted(set(given) - {"", *MODE_WORDS})
    if unknown:
        raise InputError(
            "bad_mode",
            QT_TR_NOOP(
                "The speed-factor table names unknown mode(s) {modes}; the modes are walk, bicycle and car."
            ),
            modes=examples(unknown),
        )
    wanted = {word for word, code in MODE_WORDS.items() if code == mode}
    return frame.loc[given.isin(wanted | ({""} if mode == CAR else set())).to_numpy()]


def _lowered(table: Union[pd.DataFrame, Sequence[dict]]) -> pd.DataFrame:
    """A copy of a table with its column names stripped and in lower case."""
    frame = table.copy() if isinstance(table, pd.DataFrame) else pd.DataFrame(list(table))
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    return frame


def _factor_table(table: Union[pd.DataFrame, Sequence[dict]], mode: Optional[str] = None) -> pd.DataFrame:
    frame = _for_mode(_lowered(table), mode)
    require_columns(
        frame,
        ("highway", "factor"),
        "missing_columns",
        QT_TR_NOOP(
            "The speed-factor table lacks the field(s) {fields}; it needs highway, start_time, end_time, factor."
        ),
    )
    rows = []
    for k, row in enumerate(frame.to_dict("records")):
        where = f" of row {k + 1}"
        start, end = row.get("start_time"), row.get("end_time")
        a, b = parse_band(start, end, where=where)
        factor = pd.to_numeric(str(row["factor"]).replace(",", "."), errors="coerce")
        if not factor > 0:
            raise InputError(
                "bad_factor",
                QT_TR_NOOP(
                    "Row {row} of the speed-factor table needs a factor above zero, not {value!r} (close a street with the closed-links input instead)."
                ),
                row=k + 1,
                value=row["factor"],
            )
        text = "" if pd.isna(row["highway"]) else str(row["highway"]).strip().lower()
        rows.append((text or ALL_CLASSES, a, b, float(factor), k + 1))
    out = pd.DataFrame(rows, columns=["highway", "start", "end", "factor", "row"])
    _check_overlaps(out)
    return out


def _check_overlaps(rows: pd.DataFrame) -> None:
    for cls, group in rows.sort_values(["highway", "start"]).groupby("highway", sort=False):
        start, end = group["start"].to_numpy(), group["end"].to_numpy()
        clash = np.flatnonzero(start[1:] < np.maximum.accumulate(end)[:-1])
        if len(clash):
            raise InputError(
                "overlapping_bands",
                QT_TR_NOOP(
                    "The speed-factor table gives class {highway} two factors at once (rows {rows}); give each class one factor per time of day."
                ),
                highway=cls,
                rows=examples(group["row"].to_numpy()[[clash[0], clash[0] + 1]]),
            )


def _departure_seconds(departure: Union[str, float]) -> float:
    if isinstance(departure, str):
        value = parse_clock(departure, "departure time")
        if value is None:
            raise InputError(
                "bad_time",
                QT_TR_NOOP("A departure time is needed to apply the speed factors."),
            )
        return value
    return float(departure)


def speed_factors(
    highway: Sequence,
    table: Union[pd.DataFrame, Sequence[dict]],
    departure: Union[str, float],
    mode: Optional[str] = None,
) -> Tuple[np.ndarray, SpeedFactorDiagnostics]:
    """Factor per edge (1 where no row applies) for a departure time (``HH:MM[:SS]`` or seconds); with
    ``mode`` ("walk", "bicycle", "car") only the rows for that mode (module docstring)."""
    rows = _factor_table(table, mode)
    if rows.empty:
        return np.ones(len(highway)), SpeedFactorDiagnostics()
    t = _departure_seconds(departure)
    now = rows.loc[
        ((rows["start"] <= t) & (t < rows["end"]))
        | ((rows["start"] <= t + 86400) & (t + 86400 < rows["end"]))
    ]
    codes, uniques = pd.factorize(pd.Series(list(highway), dtype=object))
    names = np.array([str(v).strip().lower() for v in uniques] + [""], dtype=object)
    classes = pd.Series(names[codes])  # code −1 (missing) picks the trailing ""
    factor = np.ones(len(classes))
    default = now.loc[now["highway"] == ALL_CLASSES, "factor"]
    if len(default):
        factor[:] = float(default.iloc[0])
    specific = now.loc[now["highway"] != ALL_CLASSES].set_index("highway")["factor"]
    hit = classes.isin(specific.index).to_numpy()
    factor[hit] = classes[hit].map(specific).to_numpy(dtype=float)
    present = set(names)
    diag = SpeedFactorDiagnostics(
        edges_changed=int((factor != 1).sum()),
        classes_without_edges=sorted(set(rows["highway"]) - present - {ALL_CLASSES}),
        rows=len(rows),
    )
    return factor, diag


def congested_speeds(
    free_flow_kmh: np.ndarray,
    highway: Sequence,
    table: Union[pd.DataFrame, Sequence[dict]],
    departure: Union[str, float],
) -> CongestedSpeeds:
    """Car speeds at a departure time: free-flow speed × the table's factor for the edge's class and band."""
    free = np.asarray(free_flow_kmh, dtype=float)
    if len(free) != len(highway):
        raise ValueError("free_flow_kmh and highway must have one value per edge")
    factor, diag = speed_factors(highway, table, departure)
    return CongestedSpeeds(factor, free * factor, diag)


# ------------------------------------------------------------------------------------------- links


@dataclass
class NewLinks:
    """Streets to add: one (n, 2) coordinate array per link, its OSM class, its speed (NaN: by class)."""

    lines: Sequence[np.ndarray]
    highway: Sequence[str]
    speed_kmh: Optional[Sequence[float]] = None


@dataclass
class LinkDiagnostics:
    """What closing and adding links did."""

    closed_features: int = 0
    new_links: int = 0
    connected_ends: int = 0
    loose_ends: int = 0
    """New-link ends farther than the snap distance from any street (the link may be cut off)."""
    loose_examples: List[int] = field(default_factory=list)
    """Indices of new links with a loose end."""
    max_snap_m: float = 0.0


@dataclass
class ModifiedLinks:
    """Street parts after the changes, with per-feature ``source_feature`` (−1 for a new link)."""

    parts: List[np.ndarray]
    feature_index: np.ndarray
    source_feature: np.ndarray
    highway: np.ndarray
    speed_kmh: np.ndarray
    diagnostics: LinkDiagnostics

    def take(self, values: Sequence, fill: object = None) -> np.ndarray:
        """Per-feature values of the input network carried to the output features (``fill`` for new links)."""
        values = np.asarray(values, dtype=object)
        out = np.full(len(self.source_feature), fill, dtype=object)
        old = self.source_feature >= 0
        out[old] = values[self.source_feature[old]]
        return out


def _closed_mask(closed, n_features: int) -> np.ndarray:
    if closed is None:
        return np.zeros(n_features, bool)
    closed = np.asarray(closed)
    if closed.dtype == bool:
        if len(closed) != n_features:
            raise ValueError("a closed-links mask needs one value per feature")
        return closed
    mask = np.zeros(n_features, bool)
    idx = closed.astype(np.int64)
    if len(idx) and (idx.min() < 0 or idx.max() >= n_features):
        raise ValueError("closed-link indices must be feature indices of the network")
    mask[idx] = True
    return mask


@dataclass
class _Segments:
    """Every segment of a list of parts: start, direction vector, part and segment index within the part."""

    a: np.ndarray
    ab: np.ndarray
    part: np.ndarray
    seg: np.ndarray

    @classmethod
    def of(cls, parts: List[np.ndarray]) -> _Segments:
        """The segments of ``parts``."""
        sizes = np.array([len(p) for p in parts], dtype=np.int64)
        if not len(parts) or sizes.sum() == 0:
            return cls(np.empty((0, 2)), np.empty((0, 2)), np.empty(0, np.int64), np.empty(0, np.int64))
        xy = np.concatenate(parts)
        part_of = np.repeat(np.arange(len(parts)), sizes)
        starts = np.flatnonzero(np.r_[part_of[1:] == part_of[:-1], False])
        first = np.r_[0, np.cumsum(sizes)[:-1]]
        return cls(xy[starts], xy[starts + 1] - xy[starts], part_of[starts], starts - first[part_of[starts]])

    def nearest(self, point: np.ndarray, limit: float) -> Optional[Tuple[int, int, np.ndarray, float]]:
        """(part, segment, foot, distance) of the nearest segment point within ``limit``, or None."""
        b = self.a + self.ab
        near = (
            (np.minimum(self.a[:, 0], b[:, 0]) - limit <= point[0])
            & (np.maximum(self.a[:, 0], b[:, 0]) + limit >= point[0])
            & (np.minimum(self.a[:, 1], b[:, 1]) - limit <= point[1])
            & (np.maximum(self.a[:, 1], b[:, 1]) + limit >= point[1])
        )
        idx = np.flatnonzero(near)
        if not len(idx):
            return None
        a, ab = self.a[idx], self.ab[idx]
        t = np.clip(((point - a) * ab).sum(axis=1) / np.maximum((ab**2).sum(axis=1), 1e-18), 0, 1)
        foot = a + t[:, None] * ab
        d = np.hypot(*(foot - point).T)
        k = int(np.argmin(d))
        if d[k] > limit:
            return None
        return int(self.part[idx[k]]), int(self.seg[idx[k]]), foot[k], float(d[k])


def _insert_vertices(parts: List[np.ndarray], cuts: dict) -> List[np.ndarray]:
    """Parts with the points of ``cuts[part]`` = [(segment, point)] inserted (copies; inputs untouched)."""
    out = list(parts)
    for k, items in cuts.items():
        line = parts[k]
        order = sorted(items, key=lambda it: (it[0], float(np.hypot(*(it[1] - line[it[0]])))))
        pieces, last = [], 0
        for seg, pt in order:
            pieces.append(line[last : seg + 1])
            if not (np.all(pt == line[seg]) or np.all(pt == line[seg + 1])):
                pieces.append(pt[None, :])
            last = seg + 1
        pieces.append(line[last:])
        out[k] = np.concatenate(pieces)
    return out


def modify_links(
    parts: Sequence[np.ndarray],
    feature_index: Sequence[int],
    *,
    n_features: Optional[int] = None,
    highway: Optional[Sequence] = None,
    speed_kmh: Optional[Sequence[float]] = None,
    closed: Union[None, Sequence[bool], Sequence[int]] = None,
    new_links: Optional[NewLinks] = None,
    snap_distance: float = 25.0,
) -> ModifiedLinks:
    """Street parts with features closed and new links added (see the module docstring); inputs untouched."""
    feature_index = np.asarray(feature_index, dtype=np.int64)
    n = int(n_features if n_features is not None else (feature_index.max() + 1 if len(feature_index) else 0))
    shut = _closed_mask(closed, n)
    kept_features = np.flatnonzero(~shut)
    renumber = np.full(n, -1, dtype=np.int64)
    renumber[kept_features] = np.arange(len(kept_features))
    keep_part = ~shut[feature_index]
    kept = [np.asarray(p, dtype=float)[:, :2] for p, k in zip(parts, keep_part) if k]
    out_index = renumber[feature_index[keep_part]]
    diag = LinkDiagnostics(closed_features=int(shut.sum()))
    hw = np.full(n, None, dtype=object) if highway is None else np.asarray(list(highway), dtype=object)
    speed = np.full(n, np.nan) if speed_kmh is None else np.asarray(speed_kmh, dtype=float)
    links = (
        [] if new_links is None else [np.asarray(line, dtype=float)[:, :2].copy() for line in new_links.lines]
    )
    cuts: dict = {}
    segments = _Segments.of(kept) if links else None
    for i, line in enumerate(links):
        for end in (0, -1):
            hit = segments.nearest(line[end], snap_distance)
            if hit is None:
                diag.loose_ends += 1
                if i not in diag.loose_examples:
                    diag.loose_examples.append(i)
                continue
            part, seg, foot, dist = hit
            line[end] = foot
            cuts.setdefault(part, []).append((seg, foot))
            diag.connected_ends += 1
            diag.max_snap_m = max(diag.max_snap_m, dist)
    kept = _insert_vertices(kept, cuts)
    diag.new_links = len(links)
    new_speed = np.full(len(links), np.nan)
    if new_links is not None and new_links.speed_kmh is not None:
        new_speed = np.asarray(new_links.speed_kmh, dtype=float)
    return ModifiedLinks(
        parts=kept + links,
        feature_index=np.r_[out_index, len(kept_features) + np.arange(len(links))].astype(np.int64),
        source_feature=np.r_[kept_features, np.full(len(links), -1)].astype(np.int64),
        highway=np.r_[
            hw[kept_features], np.asarray(list(new_links.highway) if new_links else [], dtype=object)
        ],
        speed_kmh=np.r_[speed[kept_features], new_speed],
        diagnostics=diag,
    )


def _sample_points(parts: Sequence[np.ndarray], fractions: Sequence[float]) -> Tuple[np.ndarray, np.ndarray]:
    """Points at ``fractions`` of each part's length: (len(fractions) × n_parts, 2) and the part of each."""
    sizes = np.array([len(p) for p in parts], dtype=np.int64)
    xy = np.concatenate([np.asarray(p, dtype=float)[:, :2] for p in parts])
    part_of = np.repeat(np.arange(len(parts)), sizes)
    step = np.r_[0.0, np.hypot(*np.diff(xy, axis=0).T)]
    step[np.r_[True, part_of[1:] != part_of[:-1]]] = 0.0
    cum = np.cumsum(step)
    first = np.r_[0, np.cumsum(sizes)[:-1]]
    last = first + sizes - 1
    points, owner = [], []
    for f in fractions:
        target = cum[first] + f * (cum[last] - cum[first])
        k = np.clip(np.searchsorted(cum, target, side="right") - 1, first, np.maximum(last - 1, first))
        nxt = np.minimum(k + 1, last)
        seg = cum[nxt] - cum[k]
        t = np.clip((target - cum[k]) / np.where(seg > 0, seg, 1.0), 0.0, 1.0)
        points.append(xy[k] + (xy[nxt] - xy[k]) * t[:, None])
        owner.append(np.arange(len(parts)))
    return np.concatenate(points), np.concatenate(owner)


def _inside_polygon(points: np.ndarray, rings: Sequence[np.ndarray], chunk: int = 200_000) -> np.ndarray:
    """Points inside one polygon given as rings (outer and holes, even-odd rule)."""
    edges = [np.asarray(r, dtype=float)[:, :2] for r in rings if len(r) >= 3]
    inside = np.zeros(len(points), bool)
    if not edges:
        return inside
    a = np.concatenate([r for r in edges])
    b = np.concatenate([np.roll(r, -1, axis=0) for r in edges])
    box = (points[:, 0] >= a[:, 0].min()) & (points[:, 0] <= a[:, 0].max())
    box &= (points[:, 1] >= a[:, 1].min()) & (points[:, 1] <= a[:, 1].max())
    idx = np.flatnonzero(box)
    rows = max(1, chunk // max(len(a), 1))
    for start in range(0, len(idx), rows):
        p = points[idx[start : start + rows]]
        px, py = p[:, :1], p[:, 1:]
        straddle = (a[:, 1] > py) != (b[:, 1] > py)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_cross = a[:, 0] + (py - a[:, 1]) * (b[:, 0] - a[:, 0]) / (b[:, 1] - a[:, 1])
        inside[idx[start : start + rows]] = (straddle & (px < x_cross)).sum(axis=1) % 2 == 1
    return inside


def _near_line(points: np.ndarray, line: np.ndarray, tolerance: float) -> np.ndarray:
    """Points within ``tolerance`` of a polyline."""
    line = np.asarray(line, dtype=float)[:, :2]
    near = np.zeros(len(points), bool)
    if len(line) < 2:
        return near
    lo, hi = line.min(axis=0) - tolerance, line.max(axis=0) + tolerance
    idx = np.flatnonzero(((points >= lo) & (points <= hi)).all(axis=1))
    a, ab = line[:-1], np.diff(line, axis=0)
    length2 = np.maximum((ab**2).sum(axis=1), 1e-18)
    for start in range(0, len(idx), max(1, 200_000 // len(a))):
        block = idx[start : start + max(1, 200_000 // len(a))]
        p = points[block][:, None, :]
        t = np.clip(((p - a) * ab).sum(axis=2) / length2, 0.0, 1.0)
        d = np.hypot(*np.moveaxis(a + t[..., None] * ab - p, 2, 0))
        near[block] = d.min(axis=1) <= tolerance
    return near


CLOSED_FRACTIONS = (0.25, 0.5, 0.75)
"""Points along a street that must all lie in a closure for the street to be closed."""


def closed_features(
    parts: Sequence[np.ndarray],
    feature_index: Sequence[int],
    n_features: Optional[int] = None,
    *,
    polygons: Sequence[Sequence[np.ndarray]] = (),
    lines: Sequence[np.ndarray] = (),
    tolerance: float = 5.0,
) -> np.ndarray:
    """Which features of a street network a closure covers: a feature is closed when the points at a quarter,
    half and three quarters of the length of each of its parts all lie inside one of ``polygons`` (each a
    list of rings: outer ring and holes) or within ``tolerance`` metres of one of ``lines``. A street crossing
    a closed one, or only touching a closed area, stays open; split a long street to close a part of it."""
    feature_index = np.asarray(feature_index, dtype=np.int64)
    n = int(n_features if n_features is not None else (feature_index.max() + 1 if len(feature_index) else 0))
    if not len(parts) or (not len(polygons) and not len(lines)):
        return np.zeros(n, bool)
    points, owner = _sample_points(parts, CLOSED_FRACTIONS)
    covered = np.zeros(len(points), bool)
    for rings in polygons:
        covered |= _inside_polygon(points, rings)
    for line in lines:
        covered |= _near_line(points, line, tolerance)
    part_closed = np.ones(len(parts), bool)
    np.logical_and.at(part_closed, owner, covered)
    closed = np.zeros(n, bool)
    has_part = np.zeros(n, bool)
    has_part[feature_index] = True
    open_feature = np.zeros(n, bool)
    open_feature[feature_index[~part_closed]] = True
    closed[has_part & ~open_feature] = True
    return closed


# ------------------------------------------------------------------------------------------- slopes


@dataclass
class SlopeDiagnostics:
    """Elevation coverage and grades behind slope-aware times."""

    edges: int = 0
    edges_without_elevation: int = 0
    """Edges with no elevation at all (outside the raster): taken as flat."""
    edges_partly_without_elevation: int = 0
    """Edges with some segments without elevation (those segments flat)."""
    clamped_segments: int = 0
    max_abs_grade: float = 0.0


@dataclass
class SlopeTimes:
    """Travel times per edge and direction (seconds) and the speeds they imply (km/h over the edge length)."""

    forward_s: np.ndarray
    backward_s: np.ndarray
    forward_kmh: np.ndarray
    backward_kmh: np.ndarray
    diagnostics: SlopeDiagnostics


def segments_from_vertices(offsets: np.ndarray, distance_along: np.ndarray, elevation: np.ndarray) -> tuple:
    """Per-vertex elevations along edges → segments (length, z start, z end, edge) for :func:`walking_times`.

    ``offsets`` (n_edges + 1) delimit each edge's vertices in ``distance_along`` (metres from the edge's
    start, as the street network stores its geometry) and ``elevation``.
    """
    offsets = np.asarray(offsets, dtype=np.int64)
    dist = np.asarray(distance_along, dtype=float)
    z = np.asarray(elevation, dtype=float)
    edge_of_vertex = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
    last = np.zeros(len(dist), bool)
    last[offsets[1:] - 1] = True
    start = np.flatnonzero(~last)
    return dist[start + 1] - dist[start], z[start], z[start + 1], edge_of_vertex[start]


def _grades(
    length: np.ndarray, z0: np.ndarray, z1: np.ndarray, max_grade: float, diag: SlopeDiagnostics
) -> np.ndarray:
    known = np.isfinite(z0) & np.isfinite(z1) & (length > 0)
    grade = np.zeros(len(length))
    grade[known] = (z1[known] - z0[known]) / length[known]
    clamped = np.abs(grade) > max_grade
    diag.clamped_segments = int(clamped.sum())
    diag.max_abs_grade = float(np.abs(grade).max()) if len(grade) else 0.0
    return np.clip(grade, -max_grade, max_grade), known


def _per_edge(
    length, z0, z1, edge, n_edges, max_grade
) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, SlopeDiagnostics]:
    length = np.asarray(length, dtype=float)
    z0, z1 = np.asarray(z0, dtype=float), np.asarray(z1, dtype=float)
    if edge is None:
        edge = np.arange(len(length))
        n_edges = len(length) if n_edges is None else n_edges
    edge = np.asarray(edge, dtype=np.int64)
    n_edges = int(edge.max() + 1 if len(edge) else 0) if n_edges is None else int(n_edges)
    diag = SlopeDiagnostics(edges=n_edges)
    grade, known = _grades(length, z0, z1, max_grade, diag)
    with_z = np.bincount(edge, weights=known & (length > 0), minlength=n_edges)
    segs = np.bincount(edge, weights=length > 0, minlength=n_edges)
    diag.edges_without_elevation = int(((with_z == 0) & (segs > 0)).sum())
    diag.edges_partly_without_elevation = int(((with_z > 0) & (with_z < segs)).sum())
    return length, grade, edge, np.bincount(edge, weights=length, minlength=n_edges), diag


def _times(length, grade, edge, edge_length, speed_fn, along_slope: bool, diag) -> SlopeTimes:
    n = len(edge_length)
    travelled = length * np.sqrt(1 + grade**2) if along_slope else length
    fwd = np.bincount(edge, weights=travelled / (speed_fn(grade) / 3.6), minlength=n)
    bwd = np.bincount(edge, weights=travelled / (speed_fn(-grade) / 3.6), minlength=n)
    with np.errstate(divide="ignore", invalid="ignore"):
        fkmh = np.where(fwd > 0, 3.6 * edge_length / fwd, np.nan)
        bkmh = np.where(bwd > 0, 3.6 * edge_length / bwd, np.nan)
    return SlopeTimes(fwd, bwd, fkmh, bkmh, diag)


def tobler_speed(grade: np.ndarray, flat_kmh: float = WALK_SPEED_KMH) -> np.ndarray:
    """Tobler's hiking function scaled to ``flat_kmh`` on the flat: flat × exp(−3.5 (|s + 0.05| − 0.05))."""
    return flat_kmh * np.exp(-3.5 * (np.abs(np.asarray(grade, dtype=float) + 0.05) - 0.05))


def walking_times(
    length_m: np.ndarray,
    z_start: np.ndarray,
    z_end: np.ndarray,
    *,
    edge: Optional[np.ndarray] = None,
    n_edges: Optional[int] = None,
    speed_kmh: float = WALK_SPEED_KMH,
    max_grade: float = MAX_GRADE,
) -> SlopeTimes:
    """Walking times per edge and direction from segment elevations (Tobler, scaled; module docstring).

    One segment per edge by default (elevations at the edge's two ends); with ``edge`` the segments (e.g. from
    :func:`segments_from_vertices`) are summed per edge. Forward is from the segment's start to its end.
    """
    length, grade, edge, edge_length, diag = _per_edge(length_m, z_start, z_end, edge, n_edges, max_grade)
    return _times(length, grade, edge, edge_length, lambda s: tobler_speed(s, speed_kmh), False, diag)


def _cubic_root(a: np.ndarray, b: np.ndarray, p: np.ndarray) -> np.ndarray:
    """The positive root v of a v³ + b v − P = 0 (a, P > 0), vectorised (Cardano / trigonometric)."""
    pp, q = b / a, -p / a
    disc = (q / 2) ** 2 + (pp / 3) ** 3
    out = np.empty_like(pp)
    one = disc >= 0
    root = np.sqrt(disc[one])
    out[one] = np.cbrt(-q[one] / 2 + root) + np.cbrt(-q[one] / 2 - root)
    three = ~one
    m = 2 * np.sqrt(-pp[three] / 3)
    arg = np.clip(3 * q[three] / (pp[three] * m), -1, 1)
    out[three] = m * np.cos(np.arccos(arg) / 3)
    return out


def power_speed_kmh(grade: np.ndarray, power_w: Optional[np.ndarray] = None) -> np.ndarray:
    """Cycling speed (km/h along the slope) from the power balance, uncapped and unscaled (module docstring)."""
    grade = np.asarray(grade, dtype=float)
    if power_w is None:
        power_w = rider_power_w(grade)
    theta = np.arctan(grade)
    a = np.full(grade.shape, 0.5 * AIR_DENSITY * DRAG_AREA_M2)
    b = RIDER_MASS_KG * G * (ROLLING_COEFFICIENT * np.cos(theta) + np.sin(theta))
    return 3.6 * _cubic_root(
        a, b, np.broadcast_to(np.asarray(power_w, dtype=float), grade.shape).astype(float)
    )


def rider_power_w(grade: np.ndarray) -> np.ndarray:
    """150 W on the flat and downhill, rising linearly to 250 W at a 3 % climb and beyond."""
    share = np.clip(np.asarray(grade, dtype=float) / CLIMB_GRADE, 0.0, 1.0)
    return FLAT_POWER_W + (CLIMB_POWER_W - FLAT_POWER_W) * share


def cycling_speed(grade: np.ndarray, flat_kmh: float = BICYCLE_SPEED_KMH) -> np.ndarray:
    """Cycling speed on a grade, scaled so the flat gives ``flat_kmh`` (module docstring)."""
    physical = np.minimum(power_speed_kmh(grade), MAX_CYCLING_SPEED_KMH)
    return flat_kmh * physical / REFERENCE_SPEED_KMH


def cycling_times(
    length_m: np.ndarray,
    z_start: np.ndarray,
    z_end: np.ndarray,
    *,
    edge: Optional[np.ndarray] = None,
    n_edges: Optional[int] = None,
    speed_kmh: float = BICYCLE_SPEED_KMH,
    max_grade: float = MAX_GRADE,
) -> SlopeTimes:
    """Cycling times per edge and direction from segment elevations (power balance, scaled; module docstring)."""
    length, grade, edge, edge_length, diag = _per_edge(length_m, z_start, z_end, edge, n_edges, max_grade)
    return _times(length, grade, edge, edge_length, lambda s: cycling_speed(s, speed_kmh), True, diag)


# ------------------------------------------------------------------------------------------- elevation grid


def sample_grid(
    grid: np.ndarray, left: float, top: float, pixel_x: float, pixel_y: float, xy: np.ndarray
) -> np.ndarray:
    """Values of a north-up grid at points (bilinear between pixel centres; the nearest pixel where a
    neighbour is NaN; NaN outside the grid). ``grid[0, 0]`` is the pixel at the top-left corner
    (``left``, ``top``); ``pixel_x`` and ``pixel_y`` are the pixel's width and height (positive)."""
    grid = np.asarray(grid, dtype=float)
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    rows, cols = grid.shape
    col = (xy[:, 0] - left) / pixel_x
    row = (top - xy[:, 1]) / pixel_y
    out = np.full(len(xy), np.nan)
    inside = (col >= 0) & (col <= cols) & (row >= 0) & (row <= rows)
    if not inside.any() or grid.size == 0:
        return out
    fc = np.clip(col[inside] - 0.5, 0, cols - 1)
    fr = np.clip(row[inside] - 0.5, 0, rows - 1)
    c0, r0 = np.floor(fc).astype(np.int64), np.floor(fr).astype(np.int64)
    c1, r1 = np.minimum(c0 + 1, cols - 1), np.minimum(r0 + 1, rows - 1)
    wc, wr = fc - c0, fr - r0
    top_row = grid[r0, c0] * (1 - wc) + grid[r0, c1] * wc
    bottom_row = grid[r1, c0] * (1 - wc) + grid[r1, c1] * wc
    value = top_row * (1 - wr) + bottom_row * wr
    nearest = grid[np.clip(np.floor(row[inside]).astype(np.int64), 0, rows - 1),
                   np.clip(np.floor(col[inside]).astype(np.int64), 0, cols - 1)]  # fmt: skip
    out[inside] = np.where(np.isnan(value), nearest, value)
    return out


# ------------------------------------------------------------------------------------------- a mode's graph


@dataclass
class StreetScenarioDiagnostics:
    """What the congestion factors and the slopes did to a mode's graph."""

    speed_factors: Optional[SpeedFactorDiagnostics] = None
    slopes: Optional[SlopeDiagnostics] = None


def _slope_multipliers(graph, vertex_elevation: np.ndarray, max_grade: float) -> tuple:
    """Per edge, slope time / flat time forward and backward, and the slope diagnostics."""
    net = graph.network
    z = np.asarray(vertex_elevation, dtype=float)
    if len(z) != len(net.geom_xy):
        raise ValueError("vertex_elevation needs one value per geometry vertex of the network")
    length, z0, z1, edge = segments_from_vertices(net.geom_offsets, net.geom_cum, z)
    rule = walking_times if graph.mode == WALK else cycling_times
    reference = WALK_SPEED_KMH if graph.mode == WALK else BICYCLE_SPEED_KMH
    times = rule(length, z0, z1, edge=edge, n_edges=net.n_edges, speed_kmh=reference, max_grade=max_grade)
    flat = net.edge_length / (reference / 3.6)
    with np.errstate(divide="ignore", invalid="ignore"):
        forward = np.where(flat > 0, times.forward_s / flat, 1.0)
        backward = np.where(flat > 0, times.backward_s / flat, 1.0)
    return forward, backward, times.diagnostics


def scenario_graph(
    graph,
    *,
    factor_table: Union[None, pd.DataFrame, Sequence[dict]] = None,
    departure: Union[None, str, float] = None,
    vertex_elevation: Optional[np.ndarray] = None,
    max_grade: float = MAX_GRADE,
) -> tuple:
    """A mode's graph (:class:`conecta.core.network.ModeGraph`) under a street scenario → (new graph,
    :class:`StreetScenarioDiagnostics`); the input graph is not modified.

    * ``factor_table``: edge time = free-flow time / factor (speed = free flow × factor) for the rows of the
      table that apply to the graph's mode at ``departure`` (module docstring, *Congestion*);
    * ``vertex_elevation`` (one value per vertex of ``graph.network.geom_xy``, NaN where unknown): walking
      and cycling times per direction from the slopes (module docstring, *Slopes*), as multipliers of the
      flat time so the network's speeds (and the user's speed field) stay the flat speeds. Refused for cars.
    """
    from dataclasses import replace

    diag = StreetScenarioDiagnostics()
    seconds = np.asarray(graph.edge_seconds, dtype=float).copy()
    speeds = np.asarray(graph.feature_speed_kmh, dtype=float).copy()
    backward = None
    if factor_table is not None:
        net = graph.network
        highway = net.highway if net.highway is not None else np.full(net.n_features, None, dtype=object)
        factor, diag.speed_factors = speed_factors(highway, factor_table, departure, mode=graph.mode)
        seconds = seconds / factor[net.edge_feature]
        speeds = speeds * factor
    if vertex_elevation is not None:
        if graph.mode not in (WALK, BICYCLE):
            raise ValueError("slopes apply to walking and cycling only")
        forward, back, diag.slopes = _slope_multipliers(graph, vertex_elevation, max_grade)
        backward = seconds * back
        seconds = seconds * forward
    return replace(
        graph, edge_seconds=seconds, edge_seconds_backward=backward, feature_speed_kmh=speeds
    ), diag
