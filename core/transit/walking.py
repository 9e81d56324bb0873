"""Walking legs of public-transport trips: origin → stop (access), stop → destination (egress), stop → stop
(transfers) and origin → destination (walk only), on the street network or, without one, as the
straight-line distance × 1.3 at walking speed.

On the network, points are linked the way r5r links them: to the nearest usable street within the snapping
distance, and, when that street lies on a small part of the network cut off from the rest (an island, a
one-way dead end), to the nearest street of the largest strongly connected part instead if one is within
reach (:func:`link_points`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .. import network as core_net
from ..progress import ProgressCallback, report, scaled

DETOUR = 1.3
"""Straight-line walking detour factor used without a street network."""


def straight_line_walk(
    xy_from: np.ndarray,
    xy_to: np.ndarray,
    max_seconds: float,
    speed_kmh: float = 3.6,
    detour: float = 1.3,
):
    """Sparse (n_from × n_to) walking seconds: projected distance × detour / speed, within ``max_seconds``.

    Coordinates must be in metres (a projected CRS). Zero times are kept as explicit entries.
    """
    from scipy.sparse import csr_matrix
    from scipy.spatial import cKDTree

    if speed_kmh <= 0 or detour <= 0:
        raise ValueError("speed and detour must be positive")
    xy_from = np.asarray(xy_from, dtype=float).reshape(-1, 2)
    xy_to = np.asarray(xy_to, dtype=float).reshape(-1, 2)
    speed = speed_kmh / 3.6
    radius = max_seconds * speed / detour
    pairs = cKDTree(xy_from).sparse_distance_matrix(cKDTree(xy_to), radius, output_type="ndarray")
    i = np.asarray(pairs["i"], dtype=np.int64)
    j = np.asarray(pairs["j"], dtype=np.int64)
    dist = np.asarray(pairs["v"], dtype=float)
    # Points at the same place are not always reported by the tree: add them explicitly.
    same = cKDTree(xy_from).query_ball_tree(cKDTree(xy_to), 1e-9)
    si = np.repeat(np.arange(len(same)), [len(s) for s in same])
    sj = np.asarray([k for s in same for k in s], dtype=np.int64)
    i = np.r_[i, si]
    j = np.r_[j, sj]
    dist = np.r_[dist, np.zeros(len(si))]
    sec = np.rint(dist * detour / speed)
    keep = sec <= max_seconds
    mat = csr_matrix((sec[keep].astype(np.int32), (i[keep], j[keep])), shape=(len(xy_from), len(xy_to)))
    mat.sum_duplicates()
    return mat


def link_points(mg, xy: np.ndarray, max_snap_m: float) -> tuple:
    """(Snapped, relinked mask): points snapped to the nearest usable street within ``max_snap_m``, those on
    a part cut off from the rest moved to the largest strongly connected part when it is within reach (the
    linking of :func:`conecta.core.network.plan_matrix`, as r5r links points)."""
    snapped = core_net.snap_points(mg, xy, max_snap_m)
    relinked = np.zeros(len(xy), dtype=bool)
    in_main = core_net.main_component_edges(mg)
    off_main = (snapped.edge >= 0) & ~in_main[np.maximum(snapped.edge, 0)]
    if off_main.any():
        main = dataclasses.replace(
            mg, forward_ok=mg.forward_ok & in_main, backward_ok=mg.backward_ok & in_main
        )
        candidates = np.flatnonzero(off_main)
        again = core_net.snap_points(main, xy[candidates], max_snap_m)
        found = again.edge >= 0
        chosen = candidates[found]
        for name in ("edge", "offset_m", "distance_m", "projection_xy"):
            getattr(snapped, name)[chosen] = getattr(again, name)[found]
        relinked[chosen] = True
    return snapped, relinked


@dataclass
class WalkTables:
    """Sparse walking seconds: access (origins × stops), egress (stops × destinations),
    walk (origins × destinations, walk-only) and transfers (stops × stops)."""

    access: object
    egress: object
    walk: object
    transfers: object
    unsnapped_stops: np.ndarray
    unsnapped_origins: np.ndarray
    unsnapped_destinations: np.ndarray


def _coo(rows, cols, seconds, shape):
    from scipy.sparse import coo_matrix

    return coo_matrix((np.asarray(seconds, dtype=float), (rows, cols)), shape=shape)


def _remap(mat, rows=None, cols=None, shape=None):
    """A sparse table with its rows and columns renumbered (``rows[i]``, ``cols[j]``) into ``shape``."""
    coo = mat.tocoo()
    r = coo.row if rows is None else rows[coo.row]
    c = coo.col if cols is None else cols[coo.col]
    return _coo(r, c, coo.data, shape)


def _straight_tables(origins_xy, dest_xy, stops_xy, ok_stop, max_walk_s, transfer_s, speed_kmh) -> WalkTables:
    """The four tables in a straight line × :data:`DETOUR` (stops without coordinates get no leg)."""
    n_o, n_d, n_s = len(origins_xy), len(dest_xy), len(stops_xy)
    sxy = stops_xy[ok_stop]
    walk = straight_line_walk
    none = np.zeros(0, dtype=np.int64)
    return WalkTables(
        access=_remap(walk(origins_xy, sxy, max_walk_s, speed_kmh, DETOUR), cols=ok_stop, shape=(n_o, n_s)),
        egress=_remap(walk(sxy, dest_xy, max_walk_s, speed_kmh, DETOUR), rows=ok_stop, shape=(n_s, n_d)),
        walk=walk(origins_xy, dest_xy, max_walk_s, speed_kmh, DETOUR),
        transfers=_remap(walk(sxy, sxy, transfer_s, speed_kmh, DETOUR), ok_stop, ok_stop, (n_s, n_s)),
        unsnapped_stops=np.setdiff1d(np.arange(n_s), ok_stop),
        unsnapped_origins=none,
        unsnapped_destinations=none,
    )


def walk_tables(
    graph,
    origins_xy: np.ndarray,
    destinations_xy: Optional[np.ndarray],
    stops_xy: np.ndarray,
    max_walk_s: float,
    transfer_s: float,
    speed_kmh: float,
    snap_m: float = 500.0,
    progress: ProgressCallback = None,
) -> WalkTables:
    """Walking legs on ``graph`` (a walking :class:`~conecta.core.network.ModeGraph`) or in a straight line
    × 1.3 when ``graph`` is None. Coordinates in metres (a projected CRS); ``destinations_xy`` None means the
    origins; stops without coordinates (NaN) get no walking leg."""
    same = destinations_xy is None
    dest_xy = origins_xy if same else destinations_xy
    ok_stop = np.flatnonzero(np.isfinite(stops_xy).all(axis=1))
    if graph is None:
        tables = _straight_tables(origins_xy, dest_xy, stops_xy, ok_stop, max_walk_s, transfer_s, speed_kmh)
        report(progress, 1.0)
        return tables
    n_o, n_d, n_s = len(origins_xy), len(dest_xy), len(stops_xy)
    sxy = stops_xy[ok_stop]
    plan = core_net.plan_matrix(
        graph,
        np.r_[origins_xy, sxy],
        None if same else np.r_[dest_xy, sxy],
        max_snap_m=snap_m,
        progress=scaled(progress, 0.0, 0.2),
    )
    parts = {"a": [], "e": [], "w": [], "t": []}
    limit = max(max_walk_s, transfer_s)
    n_ok, stop_of = len(ok_stop), np.r_[ok_stop, 0]  # the extra entry is never used (masked out)
    for chunk in core_net.iter_matrix_chunks(plan, limit / 60.0, progress=scaled(progress, 0.2, 1.0)):
        f = chunk.from_idx.astype(np.int64)
        t = chunk.to_idx.astype(np.int64)
        s = chunk.minutes * 60.0
        f_zone, t_zone = f < n_o, t < n_d
        walk_ok = s <= max_walk_s
        f_stop, t_stop = stop_of[np.clip(f - n_o, 0, n_ok)], stop_of[np.clip(t - n_d, 0, n_ok)]
        for key, mask, rows, cols in (
            ("a", f_zone & ~t_zone & walk_ok, f, t_stop),
            ("e", ~f_zone & t_zone & walk_ok, f_stop, t),
            ("w", f_zone & t_zone & walk_ok, f, t),
            ("t", ~f_zone & ~t_zone & (s <= transfer_s), f_stop, t_stop),
        ):
            parts[key].append((rows[mask], cols[mask], s[mask]))

    def build(key, shape):
        got = parts[key]
        if not got:
            return _coo(np.zeros(0, int), np.zeros(0, int), np.zeros(0), shape)
        return _coo(*(np.concatenate([g[i] for g in got]) for i in range(3)), shape)

    un_o = plan.diagnostics.unsnapped_origins
    un_d = un_o if same else plan.diagnostics.unsnapped_destinations
    stop_un = un_o[un_o >= n_o] - n_o
    unsnapped_stops = np.r_[np.setdiff1d(np.arange(n_s), ok_stop), ok_stop[stop_un]]
    return WalkTables(
        access=build("a", (n_o, n_s)),
        egress=build("e", (n_s, n_d)),
        walk=build("w", (n_o, n_d)),
        transfers=build("t", (n_s, n_s)),
        unsnapped_stops=np.unique(unsnapped_stops),
        unsnapped_origins=un_o[un_o < n_o],
        unsnapped_destinations=un_d[un_d < n_d],
    )
