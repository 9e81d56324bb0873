"""Distances along GTFS trips and lines, for edits that set speeds and for new routes drawn as lines.

Lon/lat are turned into local metres by an equirectangular projection about the line's mean latitude
(x = R cos φ0 λ, y = R φ, R = 6,371,008.8 m); over a city (tens of kilometres) its distances differ from
great-circle ones by well under 0.1 %.

Stops are placed on a trip's shape in order: each at its nearest point on the part of the shape after the
previous stop, preferring the earliest candidate within 30 m of the nearest one, so that a shape running out
and back along the same street places outbound stops on the outbound leg.
"""

from __future__ import annotations

from typing import Tuple

import numpy as np
import pandas as pd

from .gtfs_tables import GtfsTables, column, numbers

R_EARTH_M = 6371008.8
PLACEMENT_TOLERANCE_M = 30.0
"""A later point of the shape is taken only when it is more than this much closer than an earlier one."""


def local_metres(lon: np.ndarray, lat: np.ndarray, lat0: float) -> np.ndarray:
    """(n, 2) metres of lon/lat about latitude ``lat0`` (equirectangular)."""
    x = R_EARTH_M * np.cos(np.radians(lat0)) * np.radians(np.asarray(lon, dtype=float))
    y = R_EARTH_M * np.radians(np.asarray(lat, dtype=float))
    return np.column_stack([x, y])


def haversine_m(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in metres (the mean Earth radius, as Conecta's GTFS reader)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    return 2 * R_EARTH_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def project_points(line: np.ndarray, points: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Nearest point of a polyline for each point: (distance along the line, distance to it), metres."""
    a, b = line[:-1], line[1:]
    ab = b - a
    length2 = np.maximum((ab**2).sum(axis=1), 1e-18)
    cum = np.r_[0.0, np.cumsum(np.sqrt((ab**2).sum(axis=1)))]
    along = np.empty(len(points))
    off = np.empty(len(points))
    for k, p in enumerate(points):
        t = np.clip(((p - a) * ab).sum(axis=1) / length2, 0.0, 1.0)
        d = np.hypot(*(a + t[:, None] * ab - p).T)
        j = int(np.argmin(d))
        along[k] = cum[j] + t[j] * np.sqrt(length2[j])
        off[k] = d[j]
    return along, off


def place_in_order(line: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Distance along a polyline of points visited in order (non-decreasing; see the module docstring)."""
    a, b = line[:-1], line[1:]
    ab = b - a
    seg = np.sqrt((ab**2).sum(axis=1))
    length2 = np.maximum(seg**2, 1e-18)
    cum = np.r_[0.0, np.cumsum(seg)]
    out = np.empty(len(points))
    j0, t0 = 0, 0.0
    for k, p in enumerate(points):
        t = np.clip(((p - a[j0:]) * ab[j0:]).sum(axis=1) / length2[j0:], 0.0, 1.0)
        t[0] = max(t[0], t0)
        d = np.hypot(*(a[j0:] + t[:, None] * ab[j0:] - p).T)
        j = int(np.flatnonzero(d <= d.min() + PLACEMENT_TOLERANCE_M)[0])
        j0, t0 = j0 + j, float(t[j])
        out[k] = cum[j0] + t0 * seg[j0]
    return out


def _stop_lonlat(tables: GtfsTables) -> pd.DataFrame:
    stops = tables.get("stops.txt").drop_duplicates("stop_id")
    return pd.DataFrame(
        {"lon": numbers(column(stops, "stop_lon")), "lat": numbers(column(stops, "stop_lat"))},
        index=stops["stop_id"].to_numpy(),
    )


def _shape_lines(tables: GtfsTables, shape_ids: set) -> dict:
    shapes = tables.get("shapes.txt")
    if shapes is None or not shape_ids:
        return {}
    sub = shapes.loc[shapes["shape_id"].isin(shape_ids)]
    sub = sub.assign(
        _seq=numbers(sub["shape_pt_sequence"]),
        _lat=numbers(sub["shape_pt_lat"]),
        _lon=numbers(sub["shape_pt_lon"]),
    )
    sub = sub.dropna(subset=["_seq", "_lat", "_lon"]).sort_values(["shape_id", "_seq"], kind="mergesort")
    return {
        sid: g[["_lon", "_lat"]].to_numpy() for sid, g in sub.groupby("shape_id", sort=False) if len(g) >= 2
    }


def _pattern_positions(stop_ids: list, lonlat: pd.DataFrame, shape: np.ndarray | None) -> np.ndarray:
    xy = lonlat.reindex(stop_ids).to_numpy()
    if shape is None or np.isnan(xy).any():
        step = haversine_m(xy[:-1, 1], xy[:-1, 0], xy[1:, 1], xy[1:, 0])
        return np.r_[0.0, np.cumsum(np.nan_to_num(step))]
    lat0 = float(np.mean(shape[:, 1]))
    line = local_metres(shape[:, 0], shape[:, 1], lat0)
    return place_in_order(line, local_metres(xy[:, 0], xy[:, 1], lat0))


def trip_distances(
    tables: GtfsTables, trips: pd.DataFrame, stop_times: pd.DataFrame, index: pd.Index, sequence: str
) -> np.ndarray:
    """For stop-time rows ``index`` (sorted by trip and sequence), the distance (m) from the previous one of
    the same trip along its shape (straight lines between consecutive stops without a shape); 0 for a
    trip's first row. ``sequence`` names the numeric stop-sequence column of ``stop_times``."""
    rows = stop_times.loc[index]
    full = stop_times.loc[stop_times["trip_id"].isin(pd.unique(rows["trip_id"]))]
    full = full.sort_values(["trip_id", sequence], kind="mergesort")
    shape_of = (
        trips.drop_duplicates("trip_id").set_index("trip_id")[["shape_id"]]
        if "shape_id" in trips.columns
        else None
    )
    lonlat = _stop_lonlat(tables)
    groups = full.groupby("trip_id", sort=False).indices
    shape_ids = {} if shape_of is None else shape_of["shape_id"].reindex(list(groups)).fillna("").to_dict()
    lines = _shape_lines(tables, set(shape_ids.values()) - {""})
    stop_ids = full["stop_id"].to_numpy()
    positions = np.empty(len(full))
    cache: dict = {}
    for trip_id, where in groups.items():
        key = (shape_ids.get(trip_id, ""), tuple(stop_ids[where]))
        if key not in cache:
            cache[key] = _pattern_positions(list(key[1]), lonlat, lines.get(key[0]))
        positions[where] = cache[key]
    pos = pd.Series(positions, index=full.index).reindex(index).to_numpy()
    trip = rows["trip_id"].to_numpy()
    first = np.r_[True, trip[1:] != trip[:-1]]
    return np.where(first, 0.0, pos - np.r_[np.nan, pos[:-1]])
