"""Where points meet the street network: the nearest point of the nearest usable street.

- Points snap to the nearest point of the nearest usable edge (perpendicular projection, not only its
  vertices) within a maximum distance; a point exactly at that distance snaps (``<=``, as r5r). The access and
  egress legs are walked at the walking speed whatever the mode.
- :func:`snap_linked` follows r5r: a point whose nearest street lies on a small part of the network cut off
  from the rest (an island, a one-way dead end) is linked to the nearest street of the largest strongly
  connected part instead, when one is within the snapping distance; else it stays on its island. The matrix
  and the isochrones both start from there, so they agree on where a point is.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from .graph import ModeGraph, main_component_edges, ranges


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


def _usable_segments(mg: ModeGraph) -> tuple:
    """Every straight segment of a usable edge: (first vertex index, edge, start, end, length)."""
    net = mg.network
    usable_edges = np.flatnonzero(mg.usable)
    seg_counts = np.diff(net.geom_offsets)[usable_edges] - 1
    seg_a = np.repeat(net.geom_offsets[usable_edges], seg_counts) + ranges(seg_counts)
    seg_edge = np.repeat(usable_edges, seg_counts)
    a, b = net.geom_xy[seg_a], net.geom_xy[seg_a + 1]
    return seg_a, seg_edge, a, b, np.hypot(*(b - a).T)


def _candidates(
    xy: np.ndarray, a: np.ndarray, b: np.ndarray, seg_len: np.ndarray, max_distance: float
) -> tuple:
    """(point, segment) pairs that may hold a point's nearest segment within ``max_distance``."""
    from scipy.spatial import cKDTree

    # sample every segment so that any point of it is within spacing/2 of a sample
    spacing = float(np.clip(max_distance, 5.0, 50.0))
    n_samples = np.maximum(np.ceil(seg_len / spacing), 1).astype(np.int64)
    sample_seg = np.repeat(np.arange(len(a)), n_samples)
    t = (ranges(n_samples) + 0.5) / np.repeat(n_samples, n_samples)
    samples = a[sample_seg] + (b - a)[sample_seg] * t[:, None]
    half = spacing / 2.0 + 1e-9
    tree = cKDTree(samples)
    nearest, _ = tree.query(xy, distance_upper_bound=max_distance + half)
    pts = np.flatnonzero(np.isfinite(nearest))
    if len(pts) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    radius = np.minimum(nearest[pts], max_distance) + half
    lists = tree.query_ball_point(xy[pts], radius)
    lengths = np.array([len(x) for x in lists], dtype=np.int64)
    cand_sample = np.concatenate([np.asarray(x, dtype=np.int64) for x in lists])
    pair = np.unique(np.c_[np.repeat(pts, lengths), sample_seg[cand_sample]], axis=0)
    return pair[:, 0], pair[:, 1]


def snap_points(mg: ModeGraph, xy: np.ndarray, max_distance: float) -> Snapped:
    """Project each point onto the nearest segment of a usable edge within ``max_distance`` metres
    (a point exactly ``max_distance`` away snaps)."""
    net = mg.network
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    n = len(xy)
    out = Snapped(
        edge=np.full(n, -1, dtype=np.int64),
        offset_m=np.full(n, np.nan),
        distance_m=np.full(n, np.nan),
        projection_xy=np.full((n, 2), np.nan),
    )
    if n == 0 or not mg.usable.any():
        return out
    seg_a, seg_edge, a, b, seg_len = _usable_segments(mg)
    cand_point, cand_seg = _candidates(xy, a, b, seg_len, max_distance)
    if len(cand_point) == 0:
        return out
    ab = (b - a)[cand_seg]
    ap = xy[cand_point] - a[cand_seg]
    denom = np.einsum("ij,ij->i", ab, ab)
    frac = np.clip(np.einsum("ij,ij->i", ap, ab) / np.where(denom > 0, denom, 1.0), 0.0, 1.0)
    proj = a[cand_seg] + ab * frac[:, None]
    dist = np.hypot(*(xy[cand_point] - proj).T)
    order = np.lexsort((cand_seg, dist, cand_point))
    best = order[np.r_[True, cand_point[order][1:] != cand_point[order][:-1]]]
    best = best[dist[best] <= max_distance]
    p = cand_point[best]
    s = cand_seg[best]
    out.edge[p] = seg_edge[s]
    out.offset_m[p] = np.minimum(
        net.geom_cum[seg_a[s]] + frac[best] * seg_len[s], net.edge_length[seg_edge[s]]
    )
    out.distance_m[p] = dist[best]
    out.projection_xy[p] = proj[best]
    return out


def snap_linked(
    mg: ModeGraph, xy: np.ndarray, max_distance: float, main_component_only: bool = True
) -> tuple:
    """``(snapped, relinked)``: :func:`snap_points`, with the points whose street lies off the main part of
    the network linked to the main part when it is within ``max_distance`` (``relinked`` marks them)."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    snapped = snap_points(mg, xy, max_distance)
    relinked = np.zeros(len(xy), dtype=bool)
    if not main_component_only or not snapped.snapped.any():
        return snapped, relinked
    in_main = main_component_edges(mg)
    off_main = snapped.snapped & ~in_main[np.maximum(snapped.edge, 0)]
    if not off_main.any():
        return snapped, relinked
    main_graph = dataclasses.replace(
        mg, forward_ok=mg.forward_ok & in_main, backward_ok=mg.backward_ok & in_main
    )
    candidates = np.flatnonzero(off_main)
    again = snap_points(main_graph, xy[candidates], max_distance)
    found = again.edge >= 0  # points with no main street within reach stay on their island
    chosen = candidates[found]
    for name in ("edge", "offset_m", "distance_m", "projection_xy"):
        getattr(snapped, name)[chosen] = getattr(again, name)[found]
    relinked[chosen] = True
    return snapped, relinked
