"""Street networks as directed graphs: building, per-mode costs, snapping and travel-time matrices.

Pure numpy/scipy. The Processing layer turns QGIS line features into vertex arrays once
(:func:`build_network`), chooses a mode (:func:`mode_graph`), then computes a long-format
travel-time table (:func:`travel_time_matrix`, or :func:`plan_matrix` + :func:`iter_matrix_chunks`
to stream very large matrices) or the reached parts of the network for isochrones
(:func:`reached_segments`). Distances are metres (a projected CRS), times are seconds inside the
graph and minutes in the outputs.

Conventions (documented for the help texts):

- Nodes are unique vertex coordinates that are line ends or shared by two or more parts; lines
  are split there. Interior vertices used by one part only stay as geometry (no junction).
- Walk 3.6 km/h and bicycle 12 km/h (r5r defaults). Car speeds come from :data:`CAR_SPEEDS_KMH`
  by OSM ``highway`` class (unknown or missing class: :data:`DEFAULT_CAR_SPEED_KMH`), overridden by
  a parsed ``maxspeed``, itself overridden by a valid user speed (km/h).
- One-way: car honours OSM ``oneway`` (``yes/true/1`` forward, ``-1/reverse`` backward), with
  one-way implied on ``junction=roundabout|circular`` and ``highway=motorway`` when ``oneway`` is
  absent; bicycle honours the same unless ``oneway:bicycle`` says otherwise (``no`` lifts it,
  ``yes``/``-1`` impose it); walking ignores one-way. A user direction field overrides OSM tags
  for car and bicycle where its value is recognised (NULL or unknown values keep the OSM rule).
- Classes excluded per mode: :data:`EXCLUDED_CLASSES` (walk and bicycle: motorway, trunk and
  their links; car: footway, steps, path, pedestrian, cycleway, bridleway, corridor, elevator,
  platform; all modes: construction, proposed, abandoned and other non-roads). ``track`` is
  driven at 15 km/h.
- ``snap_tolerance`` joins line ends within that distance (transitively) onto one coordinate.
- Points snap to the nearest point of the nearest usable edge (perpendicular projection) within a
  maximum distance; the access and egress legs are walked at the walking speed whatever the mode.
  Points that share exact coordinates have travel time 0 between them; other points that snap
  to the same place get access + egress time.
- Matrices route on a copy of the graph where dead ends and degree-2 chains are contracted
  (exact), origin blocks sized from a memory budget, with a Dijkstra limit derived from the
  time limit; when many origins each reach most of the network (a metropolitan car matrix) a
  contraction hierarchy is built and swept for blocks of origins instead (:mod:`core.hierarchy`,
  same times, :func:`choose_routing_method`). Disconnected parts are reported as points outside the largest strongly connected
  component.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Iterator, Optional, Sequence

import numpy as np
import pandas as pd

from .definitions import (  # noqa: F401 (re-exported: the network's speeds)
    BICYCLE_SPEED_KMH,
    CAR_SPEEDS_KMH,
    DEFAULT_CAR_SPEED_KMH,
    STREET_MODES,
    WALK_SPEED_KMH,
)
from .hierarchy import build_hierarchy, dedupe_arcs, many_to_many
from .progress import ProgressCallback, report, scaled

_NOT_A_ROAD = (
    "construction",
    "proposed",
    "abandoned",
    "razed",
    "disused",
    "bus_guideway",
    "busway",
    "raceway",
)
EXCLUDED_CLASSES = {
    "walk": frozenset(("motorway", "motorway_link", "trunk", "trunk_link") + _NOT_A_ROAD),
    "bicycle": frozenset(("motorway", "motorway_link", "trunk", "trunk_link") + _NOT_A_ROAD),
    "car": frozenset(
        (
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
        + _NOT_A_ROAD
    ),
}
MODES = STREET_MODES

FORWARD, BACKWARD, BOTH, UNSET = 1, -1, 0, 2
DIRECTION_FORWARD = ("forward", "yes", "true", "1")
DIRECTION_BACKWARD = ("backward", "-1", "reverse")
DIRECTION_BOTH = ("both", "no", "false", "0")

_MAXSPEED_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(km/h|kmh|kph|mph|knots)?\s*(?:;.*)?$", re.IGNORECASE)
_UNIT_FACTOR = {"mph": 1.609344, "knots": 1.852}


# ----------------------------------------------------------------------------------------------
# Tag parsing
# ----------------------------------------------------------------------------------------------


def _as_text(values: Sequence) -> pd.Series:
    """Values as a pandas Series of stripped lower-case strings, NaN where NULL."""
    series = pd.Series(list(values), dtype=object)
    missing = series.isna()
    text = series.astype(str).str.strip().str.lower()
    return text.where(~missing, np.nan)


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
    text = _as_text(values)
    # numbers such as 1.0 or -1.0 read from numeric fields
    text = text.str.replace(r"^(-?\d+)\.0+$", r"\1", regex=True)
    codes = text.map(mapping).fillna(default)
    return codes.to_numpy(dtype=np.int8)


# ----------------------------------------------------------------------------------------------
# Network topology
# ----------------------------------------------------------------------------------------------


@dataclass
class BuildDiagnostics:
    """What :func:`build_network` dropped or changed."""

    n_parts: int = 0
    empty_parts: int = 0
    zero_length_segments: int = 0
    non_finite_vertices: int = 0
    snapped_endpoints: int = 0


@dataclass
class StreetNetwork:
    """Undirected street topology with geometry and per-feature OSM attributes."""

    node_xy: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_length: np.ndarray
    edge_feature: np.ndarray
    geom_offsets: np.ndarray
    geom_xy: np.ndarray
    geom_cum: np.ndarray
    n_features: int
    highway: Optional[np.ndarray] = None
    maxspeed_kmh: Optional[np.ndarray] = None
    oneway: Optional[np.ndarray] = None
    oneway_bicycle: Optional[np.ndarray] = None
    roundabout: Optional[np.ndarray] = None
    diagnostics: BuildDiagnostics = field(default_factory=BuildDiagnostics)
    _geometry_key: Optional[np.ndarray] = field(default=None, repr=False)

    @property
    def n_nodes(self) -> int:
        """Number of junction nodes."""
        return len(self.node_xy)

    @property
    def n_edges(self) -> int:
        """Number of edges (line pieces between nodes)."""
        return len(self.edge_u)

    def geometry_key(self) -> np.ndarray:
        """Distance of every geometry vertex on one axis running through all edges in order."""
        if self._geometry_key is None:
            base = np.r_[0.0, np.cumsum(self.edge_length)]
            self._geometry_key = (
                base[np.repeat(np.arange(self.n_edges), np.diff(self.geom_offsets))] + self.geom_cum
            )
        return self._geometry_key

    def edge_geometry(self, edge: int) -> np.ndarray:
        """Vertex coordinates of one edge, from ``edge_u`` to ``edge_v``."""
        return self.geom_xy[self.geom_offsets[edge] : self.geom_offsets[edge + 1]]


def _snap_endpoints(xy: np.ndarray, first: np.ndarray, last: np.ndarray, tolerance: float) -> int:
    """Move part ends lying within ``tolerance`` of each other onto one coordinate (in place)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    ends = np.r_[first, last]
    pts = xy[ends]
    pairs = cKDTree(pts).query_pairs(tolerance, output_type="ndarray")
    if len(pairs) == 0:
        return 0
    n = len(pts)
    adj = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, labels = connected_components(adj, directed=False)
    representative = np.full(labels.max() + 1, n, dtype=np.int64)
    np.minimum.at(representative, labels, np.arange(n))
    target = pts[representative[labels]]
    moved = np.any(target != pts, axis=1)
    xy[ends] = target
    return int(moved.sum())


def build_network(
    parts: Sequence[np.ndarray],
    feature_index: np.ndarray,
    *,
    highway: Optional[Sequence] = None,
    maxspeed: Optional[Sequence] = None,
    oneway: Optional[Sequence] = None,
    junction: Optional[Sequence] = None,
    oneway_bicycle: Optional[Sequence] = None,
    n_features: Optional[int] = None,
    snap_tolerance: float = 0.0,
    progress: ProgressCallback = None,
) -> StreetNetwork:
    """Split line parts where they share vertices into a node/edge topology with geometry.

    ``parts`` are (n_i, 2) vertex arrays, ``feature_index[i]`` the source feature of part i;
    per-feature tags (``highway`` class, ``maxspeed`` text or km/h, OSM ``oneway``, ``junction``,
    ``oneway:bicycle`` values) are indexed by feature.
    """
    feature_index = np.asarray(feature_index, dtype=np.int64).reshape(-1)
    if len(feature_index) != len(parts):
        raise ValueError("feature_index must have one entry per part")
    if n_features is None:
        n_features = int(feature_index.max()) + 1 if len(feature_index) else 0
    diag = BuildDiagnostics(n_parts=len(parts))
    report(progress, 0.0)

    arrays = [
        np.asarray(p, dtype=np.float64).reshape(-1, np.shape(p)[-1] if np.size(p) else 2)[:, :2]
        for p in parts
    ]
    sizes = np.array([len(a) for a in arrays], dtype=np.int64)
    xy = np.concatenate(arrays) if len(arrays) else np.empty((0, 2))
    part_of = np.repeat(np.arange(len(arrays), dtype=np.int64), sizes)
    finite = np.isfinite(xy).all(axis=1)
    diag.non_finite_vertices = int((~finite).sum())
    xy, part_of = xy[finite], part_of[finite]

    def bounds(part_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        new_part = np.r_[True, part_ids[1:] != part_ids[:-1]] if len(part_ids) else np.zeros(0, bool)
        first = np.flatnonzero(new_part)
        last = np.r_[first[1:] - 1, len(part_ids) - 1] if len(first) else first
        return first, last

    if snap_tolerance > 0 and len(xy):
        first, last = bounds(part_of)
        xy = xy.copy()
        diag.snapped_endpoints = _snap_endpoints(xy, first, last, float(snap_tolerance))

    # drop repeated consecutive vertices (zero-length segments), then parts left with < 2 vertices
    same_part = part_of[1:] == part_of[:-1]
    repeated = np.zeros(len(xy), dtype=bool)
    repeated[1:] = same_part & np.all(xy[1:] == xy[:-1], axis=1)
    diag.zero_length_segments = int(repeated.sum())
    xy, part_of = xy[~repeated], part_of[~repeated]
    counts = np.bincount(part_of, minlength=len(arrays))
    diag.empty_parts = int((counts < 2).sum())
    keep = counts[part_of] >= 2
    xy, part_of = xy[keep], part_of[keep]
    report(progress, 0.2)

    first, last = bounds(part_of)
    is_end = np.zeros(len(xy), dtype=bool)
    is_end[first] = True
    is_end[last] = True
    if len(xy):
        unique_xy, inverse = np.unique(xy, axis=0, return_inverse=True)
    else:
        unique_xy, inverse = np.empty((0, 2)), np.empty(0, dtype=np.int64)
    inverse = inverse.reshape(-1)
    report(progress, 0.6)
    occurrences = np.bincount(inverse, minlength=len(unique_xy))
    node_flag = (occurrences >= 2) | (np.bincount(inverse, weights=is_end, minlength=len(unique_xy)) > 0)
    node_of_unique = np.cumsum(node_flag) - 1
    is_node = node_flag[inverse]

    seg_start = np.flatnonzero(part_of[1:] == part_of[:-1]) if len(xy) else np.empty(0, np.int64)
    seg_end = seg_start + 1
    seg_len = np.hypot(*(xy[seg_end] - xy[seg_start]).T) if len(seg_start) else np.empty(0)
    starts_edge = is_node[seg_start]
    edge_of_seg = np.cumsum(starts_edge) - 1
    first_seg = np.flatnonzero(starts_edge)
    last_seg = np.r_[first_seg[1:] - 1, len(seg_start) - 1] if len(first_seg) else first_seg
    n_edges = len(first_seg)

    edge_u = node_of_unique[inverse[seg_start[first_seg]]]
    edge_v = node_of_unique[inverse[seg_end[last_seg]]]
    edge_length = np.bincount(edge_of_seg, weights=seg_len, minlength=n_edges)
    edge_feature = feature_index[part_of[seg_start[first_seg]]] if n_edges else np.empty(0, np.int64)

    segs_per_edge = last_seg - first_seg + 1
    geom_offsets = np.r_[0, np.cumsum(segs_per_edge + 1)].astype(np.int64)
    geom_index = np.empty(len(seg_start) + n_edges, dtype=np.int64)
    geom_index[np.arange(len(seg_start)) + edge_of_seg] = seg_start
    geom_index[geom_offsets[1:] - 1] = seg_end[last_seg]
    geom_xy = xy[geom_index]
    step = np.zeros(len(geom_xy))
    step[np.arange(len(seg_start)) + edge_of_seg + 1] = seg_len
    cum = np.cumsum(step)
    geom_cum = cum - np.repeat(cum[geom_offsets[:-1]], segs_per_edge + 1) if n_edges else cum
    report(progress, 0.9)

    def per_feature(values: Optional[Sequence]) -> Optional[np.ndarray]:
        if values is None:
            return None
        arr = np.asarray(list(values), dtype=object)
        if len(arr) != n_features:
            raise ValueError("per-feature attributes must have one value per feature")
        return arr

    highway_arr = per_feature(highway)
    if highway_arr is not None:
        text = _as_text(highway_arr)
        highway_arr = np.array([None if isinstance(v, float) else v for v in text.tolist()], dtype=object)
    maxspeed_arr = per_feature(maxspeed)
    oneway_arr = per_feature(oneway)
    junction_arr = per_feature(junction)
    bicycle_arr = per_feature(oneway_bicycle)
    net = StreetNetwork(
        node_xy=unique_xy[node_flag],
        edge_u=edge_u.astype(np.int64),
        edge_v=edge_v.astype(np.int64),
        edge_length=edge_length,
        edge_feature=edge_feature.astype(np.int64),
        geom_offsets=geom_offsets,
        geom_xy=geom_xy,
        geom_cum=geom_cum,
        n_features=int(n_features),
        highway=highway_arr,
        maxspeed_kmh=None if maxspeed_arr is None else parse_maxspeed(maxspeed_arr),
        oneway=None if oneway_arr is None else parse_direction(oneway_arr),
        oneway_bicycle=None if bicycle_arr is None else parse_direction(bicycle_arr),
        roundabout=None
        if junction_arr is None
        else _as_text(junction_arr).isin(["roundabout", "circular"]).to_numpy(),
        diagnostics=diag,
    )
    report(progress, 1.0)
    return net


# ----------------------------------------------------------------------------------------------
# Per-mode costs
# ----------------------------------------------------------------------------------------------


@dataclass
class ModeDiagnostics:
    """Counts (features) behind a mode's costs, for the Processing log."""

    excluded_features: int = 0
    unknown_class_features: int = 0
    maxspeed_features: int = 0
    user_speed_features: int = 0
    invalid_user_speed_features: int = 0
    unrecognised_direction_features: int = 0
    one_way_edges: int = 0
    usable_edges: int = 0


@dataclass
class ModeGraph:
    """A street network with per-edge travel times (seconds) and allowed directions for one mode."""

    network: StreetNetwork
    mode: str
    edge_seconds: np.ndarray
    forward_ok: np.ndarray
    backward_ok: np.ndarray
    feature_speed_kmh: np.ndarray
    walk_speed_kmh: float
    diagnostics: ModeDiagnostics

    @property
    def usable(self) -> np.ndarray:
        """Edges this mode may use in at least one direction."""
        return self.forward_ok | self.backward_ok


def mode_graph(
    net: StreetNetwork,
    mode: str,
    *,
    speed_kmh: Optional[float] = None,
    class_speeds: Optional[dict] = None,
    default_speed_kmh: float = DEFAULT_CAR_SPEED_KMH,
    user_speed: Optional[Sequence] = None,
    direction: Optional[Sequence] = None,
    direction_values: Optional[tuple] = None,
    excluded_classes: Optional[Sequence[str]] = None,
    walk_speed_kmh: float = WALK_SPEED_KMH,
) -> ModeGraph:
    """Per-edge costs for ``mode`` ("walk", "bicycle", "car").

    ``speed_kmh`` sets the walk/bicycle speed; car speeds come from ``class_speeds`` (default
    :data:`CAR_SPEEDS_KMH`) then the network's maxspeed. ``user_speed`` (km/h per feature; NULL,
    text or <= 0 fall back to the default) overrides both, for any mode. ``direction`` (per feature)
    with ``direction_values`` = (forward, backward, both) word lists overrides OSM one-way for car
    and bicycle. ``excluded_classes`` replaces :data:`EXCLUDED_CLASSES` for the mode.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    diag = ModeDiagnostics()
    nf = net.n_features
    highway = net.highway if net.highway is not None else np.full(nf, None, dtype=object)
    highway_s = pd.Series(highway, dtype=object)

    if mode == "car":
        table = (
            CAR_SPEEDS_KMH
            if class_speeds is None
            else {str(k).lower(): float(v) for k, v in class_speeds.items()}
        )
        speed = highway_s.map(table).astype(float).to_numpy()
        unknown = np.isnan(speed)
        speed[unknown] = default_speed_kmh
        if net.maxspeed_kmh is not None:
            has_max = np.isfinite(net.maxspeed_kmh)
            speed[has_max] = net.maxspeed_kmh[has_max]
            diag.maxspeed_features = int(has_max.sum())
    else:
        base = (
            speed_kmh if speed_kmh is not None else (WALK_SPEED_KMH if mode == "walk" else BICYCLE_SPEED_KMH)
        )
        speed = np.full(nf, float(base))
    if user_speed is not None:
        values = pd.Series(list(user_speed), dtype=object)
        if len(values) != nf:
            raise ValueError("user_speed must have one value per feature")
        parsed = pd.to_numeric(values, errors="coerce").astype(float).to_numpy()
        valid = np.isfinite(parsed) & (parsed > 0)
        speed[valid] = parsed[valid]
        diag.user_speed_features = int(valid.sum())
        diag.invalid_user_speed_features = int((~valid).sum())

    excluded = (
        EXCLUDED_CLASSES[mode] if excluded_classes is None else {str(c).lower() for c in excluded_classes}
    )
    allowed = ~highway_s.isin(list(excluded)).to_numpy()
    diag.excluded_features = int((~allowed).sum())
    if mode == "car":
        diag.unknown_class_features = int((unknown & allowed).sum())

    codes = np.full(nf, BOTH if mode == "walk" else UNSET, dtype=np.int8)
    if mode != "walk":
        if net.oneway is not None:
            codes = net.oneway.copy()
        implied = highway_s.eq("motorway").to_numpy()
        if net.roundabout is not None:
            implied |= net.roundabout
        codes[(codes == UNSET) & implied] = FORWARD
        if mode == "bicycle" and net.oneway_bicycle is not None:
            bicycle_tag = net.oneway_bicycle != UNSET
            codes[bicycle_tag] = net.oneway_bicycle[bicycle_tag]
        if direction is not None:
            if len(direction) != nf:
                raise ValueError("direction must have one value per feature")
            fwd, bwd, both = direction_values or (DIRECTION_FORWARD, DIRECTION_BACKWARD, DIRECTION_BOTH)
            user = parse_direction(direction, fwd, bwd, both, default=UNSET)
            given = user != UNSET
            codes[given] = user[given]
            diag.unrecognised_direction_features = int((~given).sum())
        codes[codes == UNSET] = BOTH

    feat = net.edge_feature
    edge_allowed = allowed[feat] & (net.edge_length > 0)
    edge_codes = codes[feat]
    forward_ok = edge_allowed & (edge_codes != BACKWARD)
    backward_ok = edge_allowed & (edge_codes != FORWARD)
    diag.one_way_edges = int((edge_allowed & (edge_codes != BOTH)).sum())
    diag.usable_edges = int(edge_allowed.sum())
    seconds = net.edge_length / (speed[feat] / 3.6)
    return ModeGraph(
        network=net,
        mode=mode,
        edge_seconds=seconds,
        forward_ok=forward_ok,
        backward_ok=backward_ok,
        feature_speed_kmh=speed,
        walk_speed_kmh=float(walk_speed_kmh),
        diagnostics=diag,
    )


# ----------------------------------------------------------------------------------------------
# Snapping
# ----------------------------------------------------------------------------------------------


@dataclass
class Snapped:
    """Where points meet the network: edge, offset along it (m), distance (m), projection."""

    edge: np.ndarray
    offset_m: np.ndarray
    distance_m: np.ndarray
    projection_xy: np.ndarray

    @property
    def snapped(self) -> np.ndarray:
        """Boolean mask of points that reached an edge within the snapping distance."""
        return self.edge >= 0

    @property
    def unsnapped(self) -> np.ndarray:
        """Indices of points farther than the snapping distance from every usable edge."""
        return np.flatnonzero(self.edge < 0)


def snap_points(mg: ModeGraph, xy: np.ndarray, max_distance: float) -> Snapped:
    """Project each point onto the nearest segment of a usable edge within ``max_distance`` metres."""
    from scipy.spatial import cKDTree

    net = mg.network
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    n = len(xy)
    out = Snapped(
        edge=np.full(n, -1, dtype=np.int64),
        offset_m=np.full(n, np.nan),
        distance_m=np.full(n, np.nan),
        projection_xy=np.full((n, 2), np.nan),
    )
    usable_edges = np.flatnonzero(mg.usable)
    if n == 0 or len(usable_edges) == 0:
        return out
    # segments of usable edges: vertex k to k+1 of the same edge
    seg_counts = np.diff(net.geom_offsets)[usable_edges] - 1
    seg_a = np.repeat(net.geom_offsets[usable_edges], seg_counts) + _ranges(seg_counts)
    seg_edge = np.repeat(usable_edges, seg_counts)
    a, b = net.geom_xy[seg_a], net.geom_xy[seg_a + 1]
    seg_len = np.hypot(*(b - a).T)
    # sample every segment so that any point of it is within spacing/2 of a sample
    spacing = float(np.clip(max_distance, 5.0, 50.0))
    n_samples = np.maximum(np.ceil(seg_len / spacing), 1).astype(np.int64)
    sample_seg = np.repeat(np.arange(len(seg_a)), n_samples)
    t = (_ranges(n_samples) + 0.5) / np.repeat(n_samples, n_samples)
    samples = a[sample_seg] + (b - a)[sample_seg] * t[:, None]
    half = spacing / 2.0 + 1e-9
    tree = cKDTree(samples)
    nearest, _ = tree.query(xy, distance_upper_bound=max_distance + half)
    has = np.isfinite(nearest)
    if not has.any():
        return out
    pts = np.flatnonzero(has)
    radius = np.minimum(nearest[pts], max_distance) + half
    lists = tree.query_ball_point(xy[pts], radius)
    lengths = np.array([len(x) for x in lists], dtype=np.int64)
    cand_sample = np.concatenate([np.asarray(x, dtype=np.int64) for x in lists])
    cand_point = np.repeat(pts, lengths)
    cand_seg = sample_seg[cand_sample]
    pair = np.unique(np.c_[cand_point, cand_seg], axis=0)
    cand_point, cand_seg = pair[:, 0], pair[:, 1]
    ab = (b - a)[cand_seg]
    ap = xy[cand_point] - a[cand_seg]
    denom = np.einsum("ij,ij->i", ab, ab)
    frac = np.clip(np.einsum("ij,ij->i", ap, ab) / np.where(denom > 0, denom, 1.0), 0.0, 1.0)
    proj = a[cand_seg] + ab * frac[:, None]
    dist = np.hypot(*(xy[cand_point] - proj).T)
    order = np.lexsort((cand_seg, dist, cand_point))
    best = order[np.r_[True, cand_point[order][1:] != cand_point[order][:-1]]]
    ok = dist[best] <= max_distance
    best = best[ok]
    p = cand_point[best]
    s = cand_seg[best]
    out.edge[p] = seg_edge[s]
    out.offset_m[p] = np.minimum(
        net.geom_cum[seg_a[s]] + frac[best] * seg_len[s], net.edge_length[seg_edge[s]]
    )
    out.distance_m[p] = dist[best]
    out.projection_xy[p] = proj[best]
    return out


def _ranges(counts: np.ndarray) -> np.ndarray:
    """Concatenated ``arange(c)`` for every count c."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.cumsum(counts) - counts
    return np.arange(total, dtype=np.int64) - np.repeat(starts, counts)


# ----------------------------------------------------------------------------------------------
# Routing graph with snapped points as virtual nodes
# ----------------------------------------------------------------------------------------------


@dataclass
class RoutingGraph:
    """Directed CSR graph (seconds) of a mode with snapped points inserted as nodes splitting edges."""

    csr: object
    n_nodes: int
    point_node: np.ndarray
    sub_edge: np.ndarray
    sub_off0: np.ndarray
    sub_off1: np.ndarray
    sub_node0: np.ndarray
    sub_node1: np.ndarray
    sub_seconds: np.ndarray
    sub_forward: np.ndarray
    sub_backward: np.ndarray


def routing_graph(mg: ModeGraph, snapped: Snapped) -> RoutingGraph:
    """Insert every snapped point as a node on its edge (points at the same place share a node)."""
    from scipy.sparse import csr_matrix

    net = mg.network
    n_base = net.n_nodes
    edges = np.flatnonzero(mg.usable)
    point_node = np.full(len(snapped.edge), -1, dtype=np.int64)
    ok = np.flatnonzero(snapped.edge >= 0)
    e, off = snapped.edge[ok], snapped.offset_m[ok]
    at_u = off <= 0.0
    at_v = off >= net.edge_length[e]
    point_node[ok[at_u]] = net.edge_u[e[at_u]]
    point_node[ok[at_v & ~at_u]] = net.edge_v[e[at_v & ~at_u]]
    inner = ~(at_u | at_v)
    keys = np.c_[e[inner].astype(np.float64), off[inner]]
    if len(keys):
        uniq, inv = np.unique(keys, axis=0, return_inverse=True)
        inv = inv.reshape(-1)
    else:
        uniq, inv = np.empty((0, 2)), np.empty(0, dtype=np.int64)
    point_node[ok[inner]] = n_base + inv
    v_edge, v_off = uniq[:, 0].astype(np.int64), uniq[:, 1]
    n_nodes = n_base + len(uniq)

    # rows: edge start (kind 0), virtual nodes (kind 1), edge end (kind 2); sorted along each edge
    r_edge = np.r_[edges, v_edge, edges]
    r_off = np.r_[np.zeros(len(edges)), v_off, net.edge_length[edges]]
    r_node = np.r_[net.edge_u[edges], n_base + np.arange(len(uniq)), net.edge_v[edges]]
    r_kind = np.r_[np.zeros(len(edges)), np.ones(len(uniq)), np.full(len(edges), 2.0)]
    order = np.lexsort((r_kind, r_off, r_edge))
    r_edge, r_off, r_node = r_edge[order], r_off[order], r_node[order]
    pair = np.flatnonzero(r_edge[1:] == r_edge[:-1])
    s_edge = r_edge[pair]
    s_off0, s_off1 = r_off[pair], r_off[pair + 1]
    s_n0, s_n1 = r_node[pair], r_node[pair + 1]
    s_sec = mg.edge_seconds[s_edge] * (s_off1 - s_off0) / net.edge_length[s_edge]
    s_fwd, s_bwd = mg.forward_ok[s_edge], mg.backward_ok[s_edge]

    tail = np.r_[s_n0[s_fwd], s_n1[s_bwd]]
    head = np.r_[s_n1[s_fwd], s_n0[s_bwd]]
    cost = np.r_[s_sec[s_fwd], s_sec[s_bwd]]
    keep = cost > 0
    tail, head, cost = dedupe_arcs(tail[keep], head[keep], cost[keep])
    csr = csr_matrix((cost, (tail, head)), shape=(n_nodes, n_nodes))
    csr.sort_indices()
    return RoutingGraph(
        csr=csr,
        n_nodes=n_nodes,
        point_node=point_node,
        sub_edge=s_edge,
        sub_off0=s_off0,
        sub_off1=s_off1,
        sub_node0=s_n0,
        sub_node1=s_n1,
        sub_seconds=s_sec,
        sub_forward=s_fwd,
        sub_backward=s_bwd,
    )


def contract_graph(csr, keep: np.ndarray, seed: int = 0) -> tuple:
    """Remove non-``keep`` nodes with at most two neighbours, adding shortcut arcs (exact distances).

    Dead ends are pruned and degree-2 chains collapsed, so shortest-path times between kept
    nodes (and every remaining node) are unchanged. Returns ``(smaller_csr, new_index)`` where
    ``new_index[old]`` is -1 for removed nodes. Remaining nodes are renumbered in a
    reverse Cuthill-McKee order for memory locality.
    """
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import reverse_cuthill_mckee

    n = csr.shape[0]
    coo = csr.tocoo()
    tail, head, cost = dedupe_arcs(coo.row.astype(np.int64), coo.col.astype(np.int64), coo.data.astype(float))
    keep = np.asarray(keep, dtype=bool)
    priority = np.random.default_rng(seed).permutation(n)
    alive = np.ones(n, dtype=bool)
    while True:
        pair_key = np.unique(np.minimum(tail, head) * n + np.maximum(tail, head))
        pairs = np.c_[pair_key // n, pair_key % n]
        n_neighbours = np.bincount(pairs.ravel(), minlength=n)
        candidate = alive & ~keep & (n_neighbours <= 2)
        # an independent set: no two selected nodes are neighbours
        both = candidate[pairs[:, 0]] & candidate[pairs[:, 1]]
        a, b = pairs[both, 0], pairs[both, 1]
        loser = np.where(priority[a] > priority[b], a, b)
        selected = candidate.copy()
        selected[loser] = False
        if not selected.any():
            break
        into = selected[head] & ~selected[tail]
        out = selected[tail] & ~selected[head]
        ins = pd.DataFrame({"x": head[into], "p": tail[into], "c1": cost[into]})
        outs = pd.DataFrame({"x": tail[out], "q": head[out], "c2": cost[out]})
        joined = ins.merge(outs, on="x")
        joined = joined[joined["p"].to_numpy() != joined["q"].to_numpy()]
        rest = ~(selected[tail] | selected[head])
        tail = np.r_[tail[rest], joined["p"].to_numpy(np.int64)]
        head = np.r_[head[rest], joined["q"].to_numpy(np.int64)]
        cost = np.r_[cost[rest], joined["c1"].to_numpy(float) + joined["c2"].to_numpy(float)]
        tail, head, cost = dedupe_arcs(tail, head, cost)
        alive[selected] = False
    used = keep.copy()
    used[tail] = True
    used[head] = True
    old = np.flatnonzero(used)
    compact = np.full(n, -1, dtype=np.int64)
    compact[old] = np.arange(len(old))
    small = csr_matrix((cost, (compact[tail], compact[head])), shape=(len(old), len(old)))
    perm = reverse_cuthill_mckee(small, symmetric_mode=False) if small.nnz else np.arange(len(old))
    rank = np.empty(len(old), dtype=np.int64)
    rank[perm] = np.arange(len(old))
    small = small[perm][:, perm].tocsr()
    small.sort_indices()
    new_index = np.full(n, -1, dtype=np.int64)
    new_index[old] = rank
    return small, new_index


# ----------------------------------------------------------------------------------------------
# Travel-time matrices
# ----------------------------------------------------------------------------------------------


@dataclass
class MatrixDiagnostics:
    """Facts about a matrix run, for the Processing log (indices refer to the input order)."""

    n_origins: int
    n_destinations: int
    unsnapped_origins: np.ndarray
    unsnapped_destinations: np.ndarray
    origins_outside_main_component: np.ndarray
    destinations_outside_main_component: np.ndarray
    main_component_node_share: float
    n_pairs: int = 0
    relinked_origins: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    relinked_destinations: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    routing_method: str = ""
    reached_share: float = float("nan")
    n_shortcuts: int = 0


@dataclass
class MatrixPlan:
    """Everything needed to route: the graph with points inserted and their access/egress times.

    ``route_csr`` is the (contracted) graph routed on; ``route_origin_node`` and
    ``route_destination_node`` index it (-1 for points that did not snap).
    """

    graph: RoutingGraph
    route_csr: object
    route_origin_node: np.ndarray
    route_destination_node: np.ndarray
    origin_node: np.ndarray
    origin_access_s: np.ndarray
    origin_group: np.ndarray
    destination_node: np.ndarray
    destination_egress_s: np.ndarray
    destination_group: np.ndarray
    diagnostics: MatrixDiagnostics


@dataclass
class MatrixChunk:
    """Pairs reached for a block of origins: indices into the inputs (int32), minutes (float64)."""

    from_idx: np.ndarray
    to_idx: np.ndarray
    minutes: np.ndarray


@dataclass
class MatrixResult:
    """A long-format travel-time table (only pairs within the limit) and its diagnostics."""

    from_idx: np.ndarray
    to_idx: np.ndarray
    minutes: np.ndarray
    diagnostics: MatrixDiagnostics


def plan_matrix(
    mg: ModeGraph,
    origins_xy: np.ndarray,
    destinations_xy: Optional[np.ndarray] = None,
    *,
    max_snap_m: float = 500.0,
    contract: bool = True,
    main_component_only: bool = True,
    progress: ProgressCallback = None,
) -> MatrixPlan:
    """Snap origins and destinations (default: the origins) and build the routing graph.

    With ``contract`` dead ends and degree-2 chains are contracted away (exact, faster routing).
    With ``main_component_only`` (as r5r links points) a point whose nearest street lies on a small
    part of the network cut off from the rest (an island, a one-way dead end) is linked to the
    nearest street of the largest strongly connected part instead, if one is within ``max_snap_m``
    (else it stays on its island and is reported as outside the main part); relinked points are
    listed in ``diagnostics.relinked_*``.
    """
    from scipy.sparse.csgraph import connected_components

    origins_xy = np.asarray(origins_xy, dtype=np.float64).reshape(-1, 2)
    same = destinations_xy is None
    dest_xy = origins_xy if same else np.asarray(destinations_xy, dtype=np.float64).reshape(-1, 2)
    all_xy = origins_xy if same else np.r_[origins_xy, dest_xy]
    report(progress, 0.0)
    snapped = snap_points(mg, all_xy, max_snap_m)
    relinked = np.zeros(len(all_xy), dtype=bool)
    if main_component_only:
        in_main = main_component_edges(mg)
        off_main = (snapped.edge >= 0) & ~in_main[np.maximum(snapped.edge, 0)]
        if off_main.any():
            main_graph = dataclasses.replace(
                mg, forward_ok=mg.forward_ok & in_main, backward_ok=mg.backward_ok & in_main
            )
            candidates = np.flatnonzero(off_main)
            again = snap_points(main_graph, all_xy[candidates], max_snap_m)
            found = again.edge >= 0  # points with no main street within reach stay on their island
            chosen = candidates[found]
            for name in ("edge", "offset_m", "distance_m", "projection_xy"):
                getattr(snapped, name)[chosen] = getattr(again, name)[found]
            relinked[chosen] = True
    report(progress, 0.5)
    graph = routing_graph(mg, snapped)
    report(progress, 0.8)
    walk_ms = mg.walk_speed_kmh / 3.6
    access = snapped.distance_m / walk_ms
    n_o = len(origins_xy)
    o_sl = slice(0, n_o)
    d_sl = slice(0, n_o) if same else slice(n_o, n_o + len(dest_xy))
    if len(all_xy):
        _, group = np.unique(all_xy, axis=0, return_inverse=True)
        group = group.reshape(-1)
    else:
        group = np.empty(0, dtype=np.int64)

    _, labels = connected_components(graph.csr, directed=True, connection="strong")
    sizes = np.bincount(labels)
    main = int(np.argmax(sizes)) if len(sizes) else -1
    node = graph.point_node
    outside = node >= 0
    outside[outside] = labels[node[outside]] != main
    diag = MatrixDiagnostics(
        n_origins=n_o,
        n_destinations=len(dest_xy),
        unsnapped_origins=np.flatnonzero(node[o_sl] < 0),
        unsnapped_destinations=np.flatnonzero(node[d_sl] < 0),
        origins_outside_main_component=np.flatnonzero(outside[o_sl]),
        destinations_outside_main_component=np.flatnonzero(outside[d_sl]),
        main_component_node_share=float(sizes[main] / graph.n_nodes) if len(sizes) else 0.0,
        relinked_origins=np.flatnonzero(relinked[o_sl]),
        relinked_destinations=np.flatnonzero(relinked[d_sl]),
    )
    if contract:
        terminal = np.zeros(graph.n_nodes, dtype=bool)
        terminal[node[node >= 0]] = True
        route_csr, new_index = contract_graph(graph.csr, terminal)
        route_node = np.full(len(node), -1, dtype=np.int64)
        route_node[node >= 0] = new_index[node[node >= 0]]
    else:
        route_csr, route_node = graph.csr, node
    report(progress, 1.0)
    return MatrixPlan(
        graph=graph,
        route_csr=route_csr,
        route_origin_node=route_node[o_sl],
        route_destination_node=route_node[d_sl],
        origin_node=node[o_sl],
        origin_access_s=access[o_sl],
        origin_group=group[o_sl],
        destination_node=node[d_sl],
        destination_egress_s=access[d_sl],
        destination_group=group[d_sl],
        diagnostics=diag,
    )


def main_component_edges(mg: ModeGraph) -> np.ndarray:
    """Edges of ``mg`` whose both ends lie in the largest strongly connected part of the mode's graph."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    net = mg.network
    tail = np.r_[net.edge_u[mg.forward_ok], net.edge_v[mg.backward_ok]]
    head = np.r_[net.edge_v[mg.forward_ok], net.edge_u[mg.backward_ok]]
    graph = csr_matrix((np.ones(len(tail)), (tail, head)), shape=(net.n_nodes, net.n_nodes))
    _, labels = connected_components(graph, directed=True, connection="strong")
    if len(tail) == 0:
        return np.zeros(net.n_edges, dtype=bool)
    used = np.unique(np.r_[tail, head])
    main = int(np.argmax(np.bincount(labels[used])))
    return mg.usable & (labels[net.edge_u] == main) & (labels[net.edge_v] == main)


ROUTING_METHODS = ("auto", "dijkstra", "hierarchy")
HIERARCHY_BUILD_SEARCHES = 400.0
HIERARCHY_SWEEP_SHARE = 0.2


def choose_routing_method(plan: MatrixPlan, max_minutes: float, sample: int = 8, seed: int = 0) -> tuple:
    """``("hierarchy" | "dijkstra", share)``: route with a contraction hierarchy when it pays.

    A few origins are routed with the time limit to measure the share of the network they reach:
    a search per origin costs about that share of a search over the whole network. Building a
    contraction hierarchy costs about :data:`HIERARCHY_BUILD_SEARCHES` whole-network searches and
    then each origin about :data:`HIERARCHY_SWEEP_SHARE` of one (measured on Porto Alegre's OSM
    network and on a uniform grid, the hardest case for a hierarchy). The hierarchy is chosen when
    ``origins × (share − sweep share) ≥ build searches``: car matrices over a city or a
    metropolitan area; walking and short limits keep one Dijkstra per origin.
    """
    from scipy.sparse.csgraph import dijkstra

    nodes = np.unique(plan.route_origin_node[plan.route_origin_node >= 0])
    n_nodes = plan.route_csr.shape[0]
    if len(nodes) == 0 or n_nodes == 0:
        return "dijkstra", 0.0
    if len(nodes) * (1.0 - HIERARCHY_SWEEP_SHARE) < HIERARCHY_BUILD_SEARCHES:
        return "dijkstra", float("nan")  # too few origins for a hierarchy to pay, whatever they reach
    picked = np.random.default_rng(seed).choice(nodes, size=min(sample, len(nodes)), replace=False)
    limit = float(max_minutes) * 60.0
    reached = np.isfinite(dijkstra(plan.route_csr, directed=True, indices=picked, limit=limit))
    share = float(reached.sum() / reached.size)
    gain = len(nodes) * (share - HIERARCHY_SWEEP_SHARE)
    return ("hierarchy" if gain >= HIERARCHY_BUILD_SEARCHES else "dijkstra"), share


def iter_matrix_chunks(
    plan: MatrixPlan,
    max_minutes: float = 60.0,
    *,
    memory_budget_mb: float = 256.0,
    method: str = "auto",
    progress: ProgressCallback = None,
) -> Iterator[MatrixChunk]:
    """Route origins block by block (memory bounded) and yield the pairs within ``max_minutes``.

    ``method``: ``"dijkstra"`` (one search per origin with the time limit), ``"hierarchy"`` (a
    contraction hierarchy swept for blocks of origins, for many origins that reach most of the
    network) or ``"auto"`` (:func:`choose_routing_method`). Both give the same times; the one used
    is recorded in ``plan.diagnostics.routing_method``.
    """
    from scipy.sparse.csgraph import dijkstra

    if method not in ROUTING_METHODS:
        raise ValueError(f"unknown routing method {method!r}")
    max_s = float(max_minutes) * 60.0
    o_points = np.flatnonzero(plan.route_origin_node >= 0)
    d_points = np.flatnonzero(plan.route_destination_node >= 0)
    d_nodes, d_col = np.unique(plan.route_destination_node[d_points], return_inverse=True)
    d_col = d_col.reshape(-1)
    egress = plan.destination_egress_s[d_points]
    d_group = plan.destination_group[d_points]
    min_egress = float(egress.min()) if len(egress) else 0.0
    report(progress, 0.0)
    if len(d_points) == 0 or len(o_points) == 0:
        report(progress, 1.0)
        return

    def pairs(pts: np.ndarray, node_times: np.ndarray, row: np.ndarray) -> MatrixChunk:
        """Pairs within the limit for origin points ``pts`` whose node rows of ``node_times`` are ``row``."""
        access = plan.origin_access_s[pts]
        times = node_times[row][:, d_col] + access[:, None] + egress[None, :]
        times[plan.origin_group[pts][:, None] == d_group[None, :]] = 0.0
        r, c = np.nonzero(times <= max_s)
        return MatrixChunk(
            from_idx=pts[r].astype(np.int32), to_idx=d_points[c].astype(np.int32), minutes=times[r, c] / 60.0
        )

    if method == "auto":
        method, share = choose_routing_method(plan, max_minutes)
        plan.diagnostics.reached_share = share
    plan.diagnostics.routing_method = method
    if method == "hierarchy":
        o_nodes, o_row = np.unique(plan.route_origin_node[o_points], return_inverse=True)
        o_row = o_row.reshape(-1)
        by_row = np.argsort(o_row, kind="stable")
        row_start = np.searchsorted(o_row[by_row], np.arange(len(o_nodes) + 1))
        hierarchy = build_hierarchy(plan.route_csr, progress=scaled(progress, 0.0, 0.25))
        plan.diagnostics.n_shortcuts = hierarchy.n_shortcuts
        blocks = many_to_many(
            hierarchy,
            o_nodes,
            d_nodes,
            memory_budget_mb=memory_budget_mb,
            progress=scaled(progress, 0.25, 1.0),
        )
        for start, block in blocks:
            sel = by_row[row_start[start] : row_start[start + len(block)]]
            yield pairs(o_points[sel], block, o_row[sel] - start)
        return

    bytes_per_row = 8.0 * (plan.route_csr.shape[0] + len(d_nodes) + 3 * len(d_points)) + 64
    chunk = int(max(1, min(len(o_points), memory_budget_mb * 1e6 // bytes_per_row)))
    for start in range(0, len(o_points), chunk):
        pts = o_points[start : start + chunk]
        nodes, row = np.unique(plan.route_origin_node[pts], return_inverse=True)
        access = plan.origin_access_s[pts]
        limit = max(max_s - float(access.min()) - min_egress, 0.0) * (1 + 1e-12) + 1e-9
        dist = dijkstra(plan.route_csr, directed=True, indices=nodes, limit=limit)
        sub = dist[:, d_nodes]
        del dist
        yield pairs(pts, sub, row.reshape(-1))
        report(progress, (start + len(pts)) / len(o_points))


def travel_time_matrix(
    mg: ModeGraph,
    origins_xy: np.ndarray,
    destinations_xy: Optional[np.ndarray] = None,
    *,
    max_minutes: float = 60.0,
    max_snap_m: float = 500.0,
    memory_budget_mb: float = 256.0,
    contract: bool = True,
    main_component_only: bool = True,
    method: str = "auto",
    progress: ProgressCallback = None,
) -> MatrixResult:
    """Long-format travel times (minutes) from every origin to every destination within the limit."""
    plan = plan_matrix(
        mg,
        origins_xy,
        destinations_xy,
        max_snap_m=max_snap_m,
        contract=contract,
        main_component_only=main_component_only,
        progress=scaled(progress, 0, 0.1),
    )
    chunks = list(
        iter_matrix_chunks(
            plan,
            max_minutes,
            memory_budget_mb=memory_budget_mb,
            method=method,
            progress=scaled(progress, 0.1, 1),
        )
    )
    if chunks:
        from_idx = np.concatenate([c.from_idx for c in chunks])
        to_idx = np.concatenate([c.to_idx for c in chunks])
        minutes = np.concatenate([c.minutes for c in chunks])
    else:
        from_idx, to_idx, minutes = np.empty(0, np.int32), np.empty(0, np.int32), np.empty(0)
    plan.diagnostics.n_pairs = len(minutes)
    return MatrixResult(from_idx=from_idx, to_idx=to_idx, minutes=minutes, diagnostics=plan.diagnostics)


# ----------------------------------------------------------------------------------------------
# Isochrones: reached parts of the network
# ----------------------------------------------------------------------------------------------


@dataclass
class ReachedLines:
    """Reached network pieces: ``lines[g][m]`` is a list of (k, 2) polylines for group g, minutes m."""

    lines: list
    minutes: list
    unsnapped: np.ndarray


def reached_segments(
    mg: ModeGraph,
    origins_xy: np.ndarray,
    minutes: Sequence[float],
    *,
    per_origin: bool = False,
    max_snap_m: float = 500.0,
    shrink_seconds: float = 0.0,
    progress: ProgressCallback = None,
) -> ReachedLines:
    """Parts of edges reachable within each time budget (partial edges cut at the exact distance).

    Budgets are ``minutes * 60 - shrink_seconds`` (pass the time a later buffer adds so the
    buffered area stays within the limit). With ``per_origin=False`` all origins form one group
    (the union of what each reaches); the access leg from each origin is included when reached.
    """
    from scipy.sparse.csgraph import dijkstra

    origins_xy = np.asarray(origins_xy, dtype=np.float64).reshape(-1, 2)
    minutes = [float(m) for m in minutes]
    budgets = np.array(minutes) * 60.0 - float(shrink_seconds)
    snapped = snap_points(mg, origins_xy, max_snap_m)
    graph = routing_graph(mg, snapped)
    ok = np.flatnonzero(graph.point_node >= 0)
    access = snapped.distance_m / (mg.walk_speed_kmh / 3.6)
    if per_origin:
        groups = [np.array([i]) if graph.point_node[i] >= 0 else ok[:0] for i in range(len(origins_xy))]
    else:
        groups = [ok]
    limit = float(budgets.max()) if len(budgets) else 0.0
    lines = []
    for gi, members in enumerate(groups):
        dist = np.full(graph.n_nodes, np.inf)
        for start in range(0, len(members), 64):
            block = members[start : start + 64]
            d = dijkstra(graph.csr, directed=True, indices=graph.point_node[block], limit=limit)
            dist = np.minimum(dist, (d + access[block, None]).min(axis=0))
        per_minute = []
        for budget in budgets:
            pieces = reached_pieces(mg.network, graph, dist, budget)
            legs = _access_legs(
                origins_xy[members], snapped.projection_xy[members], access[members], budget, mg
            )
            per_minute.append(legs + pieces)
        lines.append(per_minute)
        report(progress, (gi + 1) / len(groups))
    return ReachedLines(lines=lines, minutes=minutes, unsnapped=snapped.unsnapped)


def _access_legs(
    xy: np.ndarray, proj: np.ndarray, access_s: np.ndarray, budget: float, mg: ModeGraph
) -> list[np.ndarray]:
    """Straight access legs from origins toward the network, cut where the budget runs out."""
    frac = np.clip(budget / np.where(access_s > 0, access_s, 1.0), 0.0, 1.0)
    keep = (access_s > 0) & (budget > 0)
    ends = xy + (proj - xy) * frac[:, None]
    return [np.array([xy[i], ends[i]]) for i in np.flatnonzero(keep)]


def reached_pieces(
    net: StreetNetwork, graph: RoutingGraph, dist: np.ndarray, budget: float
) -> list[np.ndarray]:
    """Cut edge geometries to the intervals reached within ``budget`` seconds."""
    if budget <= 0:
        return []
    length = graph.sub_off1 - graph.sub_off0
    sec = graph.sub_seconds
    d0, d1 = dist[graph.sub_node0], dist[graph.sub_node1]
    reach_f = np.where(graph.sub_forward & (d0 < budget), np.minimum((budget - d0) / sec, 1.0) * length, 0.0)
    reach_b = np.where(graph.sub_backward & (d1 < budget), np.minimum((budget - d1) / sec, 1.0) * length, 0.0)
    full = reach_f + reach_b >= length
    f_sel = (reach_f > 0) & ~full
    b_sel = (reach_b > 0) & ~full
    i_edge = np.r_[graph.sub_edge[full], graph.sub_edge[f_sel], graph.sub_edge[b_sel]]
    i_s0 = np.r_[graph.sub_off0[full], graph.sub_off0[f_sel], graph.sub_off1[b_sel] - reach_b[b_sel]]
    i_s1 = np.r_[graph.sub_off1[full], graph.sub_off0[f_sel] + reach_f[f_sel], graph.sub_off1[b_sel]]
    if len(i_edge) == 0:
        return []
    # merge touching intervals of the same edge, on a global distance axis
    edge_base = np.r_[0.0, np.cumsum(net.edge_length)]
    g0, g1 = edge_base[i_edge] + i_s0, edge_base[i_edge] + i_s1
    order = np.lexsort((g0, i_edge))
    i_edge, g0, g1 = i_edge[order], g0[order], g1[order]
    run_max = np.maximum.accumulate(g1)
    new = np.r_[True, (i_edge[1:] != i_edge[:-1]) | (g0[1:] > run_max[:-1] + 1e-9)]
    m_edge = i_edge[new]
    m0 = g0[new]
    m1 = np.maximum.reduceat(g1, np.flatnonzero(new))
    # interior vertices strictly inside each interval, plus interpolated ends
    key = net.geometry_key()
    lo = np.maximum(np.searchsorted(key, m0, side="right"), net.geom_offsets[m_edge])
    hi = np.minimum(np.searchsorted(key, m1, side="left"), net.geom_offsets[m_edge + 1])
    hi = np.maximum(hi, lo)
    start_xy = _point_along(net, m_edge, m0 - edge_base[m_edge])
    end_xy = _point_along(net, m_edge, m1 - edge_base[m_edge])
    n_inner = hi - lo
    inner = np.repeat(lo, n_inner) + _ranges(n_inner)
    sizes = n_inner + 2
    offsets = np.r_[0, np.cumsum(sizes)]
    coords = np.empty((int(offsets[-1]), 2))
    coords[offsets[:-1]] = start_xy
    coords[offsets[1:] - 1] = end_xy
    coords[np.repeat(offsets[:-1] + 1, n_inner) + _ranges(n_inner)] = net.geom_xy[inner]
    return np.split(coords, offsets[1:-1])


def _point_along(net: StreetNetwork, edge: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Coordinates at ``offset`` metres along each ``edge`` from its start."""
    edge_base = np.r_[0.0, np.cumsum(net.edge_length)]
    key = net.geometry_key()
    target = edge_base[edge] + offset
    k = np.searchsorted(key, target, side="right") - 1
    k = np.clip(k, net.geom_offsets[edge], net.geom_offsets[edge + 1] - 2)
    seg = net.geom_cum[k + 1] - net.geom_cum[k]
    t = np.clip((offset - net.geom_cum[k]) / np.where(seg > 0, seg, 1.0), 0.0, 1.0)
    return net.geom_xy[k] + (net.geom_xy[k + 1] - net.geom_xy[k]) * t[:, None]


# ----------------------------------------------------------------------------------------------
# Shortest-path geometries (desire lines along the network)
# ----------------------------------------------------------------------------------------------


def shortest_path_lines(
    mg: ModeGraph,
    points_xy: np.ndarray,
    from_idx: np.ndarray,
    to_idx: np.ndarray,
    *,
    max_snap_m: float = 500.0,
    progress: ProgressCallback = None,
) -> list:
    """The fastest route of each (from, to) pair of points as a polyline ((k, 2) array), or None.

    Routes follow the street geometry (interior vertices included), start with the walked access leg
    from the origin point and end with the egress leg to the destination point. Pairs whose points did
    not snap, or whose destination cannot be reached, give None.
    """
    from scipy.sparse.csgraph import dijkstra

    points_xy = np.asarray(points_xy, dtype=np.float64).reshape(-1, 2)
    from_idx = np.asarray(from_idx, dtype=np.int64)
    to_idx = np.asarray(to_idx, dtype=np.int64)
    plan = plan_matrix(mg, points_xy, max_snap_m=max_snap_m, contract=False)
    g, net = plan.graph, mg.network
    n = g.n_nodes
    coords = np.empty((n, 2))
    coords[: net.n_nodes] = net.node_xy
    for nodes, offsets in ((g.sub_node0, g.sub_off0), (g.sub_node1, g.sub_off1)):
        virtual = nodes >= net.n_nodes
        coords[nodes[virtual]] = _point_along(net, g.sub_edge[virtual], offsets[virtual])
    arc_keys = np.r_[
        g.sub_node0[g.sub_forward] * n + g.sub_node1[g.sub_forward],
        g.sub_node1[g.sub_backward] * n + g.sub_node0[g.sub_backward],
    ]
    arc_sub = np.r_[np.flatnonzero(g.sub_forward), np.flatnonzero(g.sub_backward)]
    arc_reversed = np.r_[np.zeros(g.sub_forward.sum(), bool), np.ones(g.sub_backward.sum(), bool)]
    # parallel streets join the same two nodes: the cheapest comes first (the one the route used)
    order = np.lexsort((g.sub_seconds[arc_sub], arc_keys))
    arc_keys, arc_sub, arc_reversed = arc_keys[order], arc_sub[order], arc_reversed[order]
    node = plan.origin_node
    out: list = [None] * len(from_idx)
    valid = np.flatnonzero((node[from_idx] >= 0) & (node[to_idx] >= 0))
    sources = np.unique(node[from_idx[valid]])
    for block_start in range(0, len(sources), 64):
        block = sources[block_start : block_start + 64]
        _, predecessors = dijkstra(g.csr, directed=True, indices=block, return_predecessors=True)
        row_of = {int(s): r for r, s in enumerate(block)}
        for k in valid[np.isin(node[from_idx[valid]], block)]:
            source, target = int(node[from_idx[k]]), int(node[to_idx[k]])
            pred = predecessors[row_of[source]]
            chain = [target]
            while chain[-1] != source and chain[-1] >= 0:
                chain.append(int(pred[chain[-1]]))
            if chain[-1] != source:
                continue
            chain.reverse()
            pieces = [points_xy[from_idx[k]][None, :], coords[source][None, :]]
            for u, v in zip(chain[:-1], chain[1:]):
                pieces.append(_arc_geometry(net, g, arc_keys, arc_sub, arc_reversed, u * n + v, coords, u, v))
            pieces.append(points_xy[to_idx[k]][None, :])
            line = np.concatenate(pieces)
            keep = np.r_[True, np.any(np.diff(line, axis=0) != 0, axis=1)]
            out[k] = line[keep]
        report(progress, min(1.0, (block_start + len(block)) / max(len(sources), 1)))
    return out


def _arc_geometry(net, g, arc_keys, arc_sub, arc_reversed, key, coords, u, v) -> np.ndarray:
    """Street vertices from node u to node v along the piece of edge that joins them (ends excluded)."""
    at = np.searchsorted(arc_keys, key)
    if at >= len(arc_keys) or arc_keys[at] != key:
        return coords[v][None, :]
    s = arc_sub[at]
    edge, off0, off1 = g.sub_edge[s], g.sub_off0[s], g.sub_off1[s]
    start, stop = net.geom_offsets[edge], net.geom_offsets[edge + 1]
    cum = net.geom_cum[start:stop]
    inside = net.geom_xy[start:stop][(cum > off0) & (cum < off1)]
    if arc_reversed[at]:
        inside = inside[::-1]
    return np.concatenate([inside, coords[v][None, :]])
