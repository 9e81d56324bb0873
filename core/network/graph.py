"""Street networks as graphs: line parts split into a node/edge topology (:func:`build_network`), then costed
for one travel mode (:func:`mode_graph`).

Pure numpy/scipy. Distances are metres (a projected CRS), times are seconds.

- Nodes are unique vertex coordinates that are line ends or shared by two or more parts; lines are split
  there. Interior vertices used by one part only stay as geometry (no junction).
- ``snap_tolerance`` joins line ends within that distance (transitively) onto one coordinate.
- Non-finite vertices, repeated consecutive vertices (zero-length segments) and parts left with fewer than two
  vertices are dropped and counted (:class:`BuildDiagnostics`).
- Speeds, one-way rules and classes excluded per mode follow :mod:`.osm`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from ..progress import ProgressCallback, report
from .osm import (
    BACKWARD,
    BICYCLE_SPEED_KMH,
    BOTH,
    CAR,
    DEFAULT_CAR_SPEED_KMH,
    EXCLUDED_CLASSES,
    FORWARD,
    MODES,
    UNSET,
    WALK,
    WALK_SPEED_KMH,
    car_speeds,
    is_roundabout,
    osm_directions,
    parse_direction,
    parse_maxspeed,
    text_or_none,
    user_directions,
    user_speeds,
)

# ----------------------------------------------------------------------------------------------
# Topology
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


def ranges(counts: np.ndarray) -> np.ndarray:
    """Concatenated ``arange(c)`` for every count c."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.cumsum(counts) - counts
    return np.arange(total, dtype=np.int64) - np.repeat(starts, counts)


def point_along(net: StreetNetwork, edge: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Coordinates at ``offset`` metres along each ``edge`` from its start."""
    edge_base = np.r_[0.0, np.cumsum(net.edge_length)]
    key = net.geometry_key()
    target = edge_base[edge] + offset
    k = np.searchsorted(key, target, side="right") - 1
    k = np.clip(k, net.geom_offsets[edge], net.geom_offsets[edge + 1] - 2)
    seg = net.geom_cum[k + 1] - net.geom_cum[k]
    t = np.clip((offset - net.geom_cum[k]) / np.where(seg > 0, seg, 1.0), 0.0, 1.0)
    return net.geom_xy[k] + (net.geom_xy[k + 1] - net.geom_xy[k]) * t[:, None]


def _part_bounds(part_ids: np.ndarray) -> tuple:
    """First and last vertex of every part, for vertices listed part by part."""
    new_part = np.r_[True, part_ids[1:] != part_ids[:-1]] if len(part_ids) else np.zeros(0, bool)
    first = np.flatnonzero(new_part)
    last = np.r_[first[1:] - 1, len(part_ids) - 1] if len(first) else first
    return first, last


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


def _clean_vertices(parts: Sequence, snap_tolerance: float, diag: BuildDiagnostics) -> tuple:
    """All vertices part by part (``xy``, ``part_of``) without non-finite or repeated vertices, ends joined
    within the tolerance, parts of fewer than two vertices dropped; counts in ``diag``."""
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
    if snap_tolerance > 0 and len(xy):
        first, last = _part_bounds(part_of)
        xy = xy.copy()
        diag.snapped_endpoints = _snap_endpoints(xy, first, last, float(snap_tolerance))
    same_part = part_of[1:] == part_of[:-1]
    repeated = np.zeros(len(xy), dtype=bool)
    repeated[1:] = same_part & np.all(xy[1:] == xy[:-1], axis=1)
    diag.zero_length_segments = int(repeated.sum())
    xy, part_of = xy[~repeated], part_of[~repeated]
    counts = np.bincount(part_of, minlength=len(arrays))
    diag.empty_parts = int((counts < 2).sum())
    keep = counts[part_of] >= 2
    return xy[keep], part_of[keep]


def _topology(xy: np.ndarray, part_of: np.ndarray, feature_index: np.ndarray, progress) -> dict:
    """Nodes, edges and edge geometry of clean vertices listed part by part."""
    first, last = _part_bounds(part_of)
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

    segs_per_edge = last_seg - first_seg + 1
    geom_offsets = np.r_[0, np.cumsum(segs_per_edge + 1)].astype(np.int64)
    geom_index = np.empty(len(seg_start) + n_edges, dtype=np.int64)
    geom_index[np.arange(len(seg_start)) + edge_of_seg] = seg_start
    geom_index[geom_offsets[1:] - 1] = seg_end[last_seg]
    step = np.zeros(len(geom_index))
    step[np.arange(len(seg_start)) + edge_of_seg + 1] = seg_len
    cum = np.cumsum(step)
    return {
        "node_xy": unique_xy[node_flag],
        "edge_u": node_of_unique[inverse[seg_start[first_seg]]].astype(np.int64),
        "edge_v": node_of_unique[inverse[seg_end[last_seg]]].astype(np.int64),
        "edge_length": np.bincount(edge_of_seg, weights=seg_len, minlength=n_edges),
        "edge_feature": (feature_index[part_of[seg_start[first_seg]]] if n_edges else np.empty(0)).astype(
            np.int64
        ),
        "geom_offsets": geom_offsets,
        "geom_xy": xy[geom_index],
        "geom_cum": cum - np.repeat(cum[geom_offsets[:-1]], segs_per_edge + 1) if n_edges else cum,
    }


def _per_feature(values: Optional[Sequence], n_features: int) -> Optional[np.ndarray]:
    """Tag values as an object array of one value per feature (None when not given)."""
    if values is None:
        return None
    array = np.asarray(list(values), dtype=object)
    if len(array) != n_features:
        raise ValueError("per-feature attributes must have one value per feature")
    return array


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
    xy, part_of = _clean_vertices(parts, snap_tolerance, diag)
    report(progress, 0.2)
    topology = _topology(xy, part_of, feature_index, progress)
    report(progress, 0.9)
    highway_arr = _per_feature(highway, n_features)
    maxspeed_arr = _per_feature(maxspeed, n_features)
    oneway_arr = _per_feature(oneway, n_features)
    junction_arr = _per_feature(junction, n_features)
    bicycle_arr = _per_feature(oneway_bicycle, n_features)
    net = StreetNetwork(
        **topology,
        n_features=int(n_features),
        highway=None if highway_arr is None else text_or_none(highway_arr),
        maxspeed_kmh=None if maxspeed_arr is None else parse_maxspeed(maxspeed_arr),
        oneway=None if oneway_arr is None else parse_direction(oneway_arr),
        oneway_bicycle=None if bicycle_arr is None else parse_direction(bicycle_arr),
        roundabout=None if junction_arr is None else is_roundabout(junction_arr),
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
    edge_seconds_backward: Optional[np.ndarray] = None
    """Seconds from ``edge_v`` to ``edge_u`` where they differ from ``edge_seconds`` (slopes); None: the same."""

    @property
    def usable(self) -> np.ndarray:
        """Edges this mode may use in at least one direction."""
        return self.forward_ok | self.backward_ok

    @property
    def backward_seconds(self) -> np.ndarray:
        """Seconds of every edge travelled from ``edge_v`` to ``edge_u``."""
        return self.edge_seconds if self.edge_seconds_backward is None else self.edge_seconds_backward


def _mode_speeds(
    net: StreetNetwork, mode: str, highway: pd.Series, diag: ModeDiagnostics, **options
) -> tuple:
    """Speed (km/h) per feature for ``mode`` and the features of unknown class (cars)."""
    unknown = np.zeros(net.n_features, dtype=bool)
    if mode == CAR:
        speed, unknown, has_max = car_speeds(
            highway, net.maxspeed_kmh, options["class_speeds"], options["default_speed_kmh"]
        )
        diag.maxspeed_features = int(has_max.sum())
    else:
        base = options["speed_kmh"]
        if base is None:
            base = WALK_SPEED_KMH if mode == WALK else BICYCLE_SPEED_KMH
        speed = np.full(net.n_features, float(base))
    if options["user_speed"] is not None:
        parsed, valid = user_speeds(options["user_speed"], net.n_features)
        speed[valid] = parsed[valid]
        diag.user_speed_features = int(valid.sum())
        diag.invalid_user_speed_features = int((~valid).sum())
    return speed, unknown


def _mode_directions(
    net: StreetNetwork, mode: str, highway: pd.Series, diag: ModeDiagnostics, direction, direction_values
) -> np.ndarray:
    """Direction code per feature for ``mode``: OSM tags, then the user's direction field."""
    codes = osm_directions(mode, highway, net.oneway, net.roundabout, net.oneway_bicycle)
    if mode != WALK and direction is not None:
        user = user_directions(direction, net.n_features, direction_values)
        given = user != UNSET
        codes[given] = user[given]
        diag.unrecognised_direction_features = int((~given).sum())
    codes[codes == UNSET] = BOTH
    return codes


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
    highway = net.highway if net.highway is not None else np.full(net.n_features, None, dtype=object)
    highway_s = pd.Series(highway, dtype=object)
    speed, unknown = _mode_speeds(
        net, mode, highway_s, diag, speed_kmh=speed_kmh, class_speeds=class_speeds,
        default_speed_kmh=default_speed_kmh, user_speed=user_speed,
    )  # fmt: skip
    excluded = (
        EXCLUDED_CLASSES[mode] if excluded_classes is None else {str(c).lower() for c in excluded_classes}
    )
    allowed = ~highway_s.isin(list(excluded)).to_numpy()
    diag.excluded_features = int((~allowed).sum())
    diag.unknown_class_features = int((unknown & allowed).sum())
    codes = _mode_directions(net, mode, highway_s, diag, direction, direction_values)

    feat = net.edge_feature
    edge_allowed = allowed[feat] & (net.edge_length > 0)
    edge_codes = codes[feat]
    diag.one_way_edges = int((edge_allowed & (edge_codes != BOTH)).sum())
    diag.usable_edges = int(edge_allowed.sum())
    return ModeGraph(
        network=net,
        mode=mode,
        edge_seconds=net.edge_length / (speed[feat] / 3.6),
        forward_ok=edge_allowed & (edge_codes != BACKWARD),
        backward_ok=edge_allowed & (edge_codes != FORWARD),
        feature_speed_kmh=speed,
        walk_speed_kmh=float(walk_speed_kmh),
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
