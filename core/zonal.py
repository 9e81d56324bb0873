"""Zonal statistics of a raster over polygons, with exact area-weighted coverage at polygon edges.

Every pixel gets the exact fraction of its area covered by the polygon (not a pixel-centre test), so the
sum over zones that tile the raster equals the raster sum up to floating-point rounding. The coverage is
computed analytically with the signed-area accumulation used by font rasterisers and exactextract: each
polygon edge is cut at every pixel column and row line; each piece adds its signed trapezoid area to the
pixel it lies in and its height to the pixels on its right (through a running sum along the row). Holes
and multipolygons are handled by ring orientation; overlapping parts of an invalid polygon are clipped to
full coverage.

Memory stays bounded: the raster is read one polygon window at a time (large polygons in row strips of at
most ``max_window_cells`` pixels), and edges are processed in batches. Polygons must be in the raster's
CRS (the Processing layer reprojects); pixel-space coverage is exact for any affine geotransform.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .progress import ProgressCallback, report

STATISTICS = ("sum", "count", "mean", "min", "max", "std", "range")
"""Statistics available; ``count`` is the covered area of valid pixels in pixel units (fractional)."""
NODATA_NOISE = 1e-9
"""Covered nodata area (pixel units) below which a zone is not reported as partly on nodata."""


@dataclass
class ZonalResult:
    """Statistics per zone (rows in input order) and diagnostics for the caller to report."""

    table: pd.DataFrame
    """One column per requested statistic, plus ``area_pixels`` (polygon area in pixel units),
    ``share_outside`` (share of the polygon area outside the raster) and ``share_nodata`` (share of the
    polygon area on nodata pixels inside the raster)."""
    empty_zones: List[int] = field(default_factory=list)
    """Positions of zones with a missing, empty or non-polygonal geometry (statistics NaN)."""
    zones_outside: List[int] = field(default_factory=list)
    """Positions of zones entirely outside the raster (statistics NaN, ``share_outside`` 1)."""
    zones_partly_outside: List[int] = field(default_factory=list)
    """Positions of zones with part of their area outside the raster (only the inside counts)."""
    zones_without_data: List[int] = field(default_factory=list)
    """Positions of zones inside the raster whose pixels are all nodata (statistics NaN, sum 0)."""
    zones_partly_nodata: List[int] = field(default_factory=list)
    """Positions of zones with some (not all) of their area inside the raster on nodata or NaN pixels: those
    pixels are left out of every statistic (``share_nodata`` says how much of the zone they cover)."""


def _polygon_parts(geometry: Any) -> list:
    """Polygons of a shapely geometry or WKB (MultiPolygon and collections are split); [] if none."""
    if geometry is None:
        return []
    if isinstance(geometry, (bytes, bytearray, memoryview)):
        from shapely import wkb

        geometry = wkb.loads(bytes(geometry))
    if geometry.is_empty:
        return []
    kind = geometry.geom_type
    if kind == "Polygon":
        return [geometry]
    if kind in ("MultiPolygon", "GeometryCollection"):
        return [part for sub in geometry.geoms for part in _polygon_parts(sub)]
    return []


def _zone_segments(geometries: Sequence[Any], inverse: Any) -> Tuple[np.ndarray, ...]:
    """Edges of all zones in pixel coordinates: (zone, u0, v0, u1, v1, weight) plus per-zone area."""
    zones, rings, exterior = [], [], []
    for zone, geometry in enumerate(geometries):
        for polygon in _polygon_parts(geometry):
            rings.append(np.asarray(polygon.exterior.coords, dtype=float)[:, :2])
            exterior.append(True)
            zones.append(zone)
            for interior in polygon.interiors:
                rings.append(np.asarray(interior.coords, dtype=float)[:, :2])
                exterior.append(False)
                zones.append(zone)
    n_zones = len(geometries)
    if not rings:
        empty = np.zeros(0)
        return empty.astype(np.int64), empty, empty, empty, empty, empty, np.zeros(n_zones)
    lengths = np.array([len(r) for r in rings])
    xy = np.concatenate(rings)
    a, b, c, d, e, f = inverse.a, inverse.b, inverse.c, inverse.d, inverse.e, inverse.f
    u = a * xy[:, 0] + b * xy[:, 1] + c
    v = d * xy[:, 0] + e * xy[:, 1] + f
    ring_of_vertex = np.repeat(np.arange(len(rings)), lengths)
    # an edge joins vertex i to i + 1 within the same (closed) ring
    last = np.cumsum(lengths) - 1
    is_edge = np.ones(len(u), dtype=bool)
    is_edge[last] = False
    start = np.flatnonzero(is_edge)
    u0, v0, u1, v1 = u[start], v[start], u[start + 1], v[start + 1]
    ring = ring_of_vertex[start]
    cross = u0 * v1 - u1 * v0
    ring_area = 0.5 * np.bincount(ring, weights=cross, minlength=len(rings))
    # the accumulation below yields -1 inside a ring of positive shoelace area (v points down),
    # so weight each edge by -sign(area) for exterior rings and +sign(area) for holes
    exterior_arr = np.asarray(exterior)
    ring_sign = np.where(exterior_arr, -np.sign(ring_area), np.sign(ring_area))
    zone_of_ring = np.asarray(zones, dtype=np.int64)
    signed = np.where(exterior_arr, np.abs(ring_area), -np.abs(ring_area))
    zone_area = np.bincount(zone_of_ring, weights=signed, minlength=n_zones)
    return zone_of_ring[ring], u0, v0, u1, v1, ring_sign[ring], zone_area


def _grid_crossings(p0: np.ndarray, p1: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(edge index, parameter t) of every integer grid line strictly between p0 and p1 along each edge."""
    low, high = np.minimum(p0, p1), np.maximum(p0, p1)
    first = np.floor(low) + 1.0
    counts = np.maximum(np.ceil(high) - first, 0).astype(np.int64)
    total = int(counts.sum())
    edge = np.repeat(np.arange(len(p0)), counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    line = first[edge] + offsets
    t = (line - p0[edge]) / (p1[edge] - p0[edge])
    return edge, t


def _pieces(u0, v0, u1, v1) -> Tuple[np.ndarray, ...]:
    """Cut edges at every pixel line: (edge index, row, column, dv, mid u) of each piece within one pixel."""
    ex, tx = _grid_crossings(u0, u1)
    ey, ty = _grid_crossings(v0, v1)
    n = len(u0)
    edge = np.concatenate([np.arange(n), ex, ey])
    t = np.concatenate([np.zeros(n), tx, ty])
    order = np.lexsort((t, edge))
    edge, t = edge[order], t[order]
    t_end = np.empty_like(t)
    t_end[:-1] = t[1:]
    last_of_edge = np.ones(len(t), dtype=bool)
    last_of_edge[:-1] = edge[1:] != edge[:-1]
    t_end[last_of_edge] = 1.0
    du, dv = u1 - u0, v1 - v0
    ua = u0[edge] + t * du[edge]
    ub = u0[edge] + t_end * du[edge]
    va = v0[edge] + t * dv[edge]
    vb = v0[edge] + t_end * dv[edge]
    keep = vb != va
    edge, ua, ub, va, vb = edge[keep], ua[keep], ub[keep], va[keep], vb[keep]
    mid_u = 0.5 * (ua + ub)
    row = np.floor(0.5 * (va + vb)).astype(np.int64)
    col = np.floor(mid_u).astype(np.int64)
    return edge, row, col, vb - va, mid_u


def coverage_fractions(geometry: Any, transform: Any, shape: Tuple[int, int]) -> np.ndarray:
    """Exact covered fraction (0..1) of each pixel of a grid ``shape`` with ``transform`` by a polygon."""
    _, u0, v0, u1, v1, weight, _ = _zone_segments([geometry], ~transform)
    rows, cols = shape
    if len(u0) == 0:
        return np.zeros(shape)
    edge, row, col, dv, mid_u = _pieces(u0, v0, u1, v1)
    return _coverage_from_pieces(row, col, dv * weight[edge], mid_u, (0, rows), (0, cols))


def _coverage_from_pieces(row, col, dvw, mid_u, row_range, col_range) -> np.ndarray:
    """Running-sum rasterisation of pieces (already weighted) into a coverage grid clipped to the ranges."""
    r0, r1 = row_range
    c0, c1 = col_range
    height, width = r1 - r0, c1 - c0
    inside = (row >= r0) & (row < r1)
    row, col, dvw, mid_u = row[inside], col[inside], dvw[inside], mid_u[inside]
    here = dvw * (col + 1.0 - mid_u)
    right = dvw - here
    # pieces left of the window still cover everything to their right: fold them into column c0
    left = col < c0
    here = np.where(left, 0.0, here)
    right = np.where(left, dvw, right)
    col = np.where(left, c0 - 1, col)
    keep_here = (col >= c0) & (col < c1)
    keep_right = (col + 1 >= c0) & (col + 1 < c1)
    stride = width
    index_here = (row[keep_here] - r0) * stride + (col[keep_here] - c0)
    index_right = (row[keep_right] - r0) * stride + (col[keep_right] + 1 - c0)
    diff = np.bincount(index_here, weights=here[keep_here], minlength=height * width).astype(float)
    diff += np.bincount(index_right, weights=right[keep_right], minlength=height * width)
    coverage = np.cumsum(diff.reshape(height, width), axis=1)
    np.clip(coverage, 0.0, 1.0, out=coverage)
    coverage[coverage < 1e-12] = 0.0
    return coverage


class _Moments:
    """Weighted running statistics combined across row strips (Chan et al. parallel update)."""

    def __init__(self, spread: bool = True, extremes: bool = True) -> None:
        self.spread = spread
        self.extremes = extremes
        self.weight = 0.0
        self.total = 0.0
        self.mean = 0.0
        self.m2 = 0.0
        self.minimum = np.inf
        self.maximum = -np.inf

    def add(self, values: np.ndarray, weights: np.ndarray) -> None:
        """Add valid ``values`` with coverage ``weights`` (> 0)."""
        w = float(weights.sum())
        if w <= 0.0:
            return
        # einsum, not np.dot: a BLAS call per zone is slow when BLAS threads compete for the cores
        s = float(np.einsum("i,i->", weights, values))
        mean = s / w
        m2 = float(np.einsum("i,i,i->", weights, values - mean, values - mean)) if self.spread else 0.0
        delta = mean - self.mean
        total_w = self.weight + w
        self.m2 += m2 + delta * delta * self.weight * w / total_w
        self.mean += delta * w / total_w
        self.weight = total_w
        self.total += s
        if self.extremes:
            self.minimum = min(self.minimum, float(values.min()))
            self.maximum = max(self.maximum, float(values.max()))


def zonal_statistics(
    raster: Union[str, Path],
    geometries: Sequence[Any],
    statistics: Sequence[str] = ("sum", "count", "mean"),
    *,
    band: int = 1,
    crs: Any = None,
    max_window_cells: int = 4_000_000,
    batch_pieces: int = 500_000,
    cache_mb: int = 128,
    progress: ProgressCallback = None,
) -> ZonalResult:
    """Area-weighted zonal statistics of one raster band over polygons (shapely or WKB, raster CRS).

    Nodata pixels (the band's nodata value) and NaN pixels (whatever the nodata value) have no value: they
    are left out of every statistic and counted in ``share_nodata`` and ``zones_partly_nodata``. Statistics of
    zones with no valid pixel (outside the raster, all nodata, empty geometry) are NaN
    except ``count`` (0; NaN for empty geometries). ``min``/``max`` consider every pixel the zone touches
    with a positive covered area. Memory is bounded by ``max_window_cells`` (pixels read at once),
    ``batch_pieces`` (edge pieces held at once) and ``cache_mb`` (GDAL block cache). A ``crs`` different
    from the raster's raises ValueError: zones must be reprojected by the caller.
    """
    import rasterio
    from rasterio.windows import Window

    with rasterio.Env(GDAL_CACHEMAX=int(cache_mb)):
        return _zonal_statistics(
            raster, geometries, statistics, band, crs, max_window_cells, batch_pieces, progress, Window
        )


def _zonal_statistics(
    raster, geometries, statistics, band, crs, max_window_cells, batch_pieces, progress, window_class
) -> ZonalResult:
    """Body of :func:`zonal_statistics` inside its GDAL environment."""
    import rasterio

    unknown = [s for s in statistics if s not in STATISTICS]
    if unknown:
        raise ValueError(f"unknown statistics: {unknown}; choose from {STATISTICS}")
    n = len(geometries)
    sums = np.full(n, np.nan)
    counts = np.zeros(n)
    means = np.full(n, np.nan)
    minima = np.full(n, np.nan)
    maxima = np.full(n, np.nan)
    stds = np.full(n, np.nan)
    inside_area = np.zeros(n)
    nodata_area = np.zeros(n)
    with rasterio.open(raster) as dataset:
        if crs is not None and dataset.crs is not None:
            if rasterio.crs.CRS.from_user_input(crs) != dataset.crs:
                raise ValueError("zones are not in the raster's CRS: reproject them first")
        if not 1 <= band <= dataset.count:
            raise ValueError(f"band {band} does not exist (the raster has {dataset.count})")
        nodata = dataset.nodatavals[band - 1]
        height, width = dataset.height, dataset.width
        zone_of_edge, u0, v0, u1, v1, weight, zone_area = _zone_segments(geometries, ~dataset.transform)
        order = np.argsort(zone_of_edge, kind="stable")
        zone_of_edge, u0, v0, u1, v1, weight = (a[order] for a in (zone_of_edge, u0, v0, u1, v1, weight))
        bounds = np.searchsorted(zone_of_edge, np.arange(n + 1))
        estimate = np.ceil(np.abs(u1 - u0)) + np.ceil(np.abs(v1 - v0)) + 1.0
        pieces_before = np.concatenate([[0.0], np.cumsum(np.bincount(zone_of_edge, estimate, minlength=n))])
        zone = 0
        while zone < n:
            # a batch of whole zones holding about ``batch_pieces`` edge pieces
            stop = int(np.searchsorted(pieces_before, pieces_before[zone] + batch_pieces, side="right")) - 1
            stop = min(max(stop, zone + 1), n)
            lo, hi = bounds[zone], bounds[stop]
            edge, row, col, dv, mid_u = _pieces(u0[lo:hi], v0[lo:hi], u1[lo:hi], v1[lo:hi])
            dvw = dv * weight[lo:hi][edge]
            piece_zone = zone_of_edge[lo:hi][edge]
            piece_bounds = np.searchsorted(piece_zone, np.arange(zone, stop + 1))
            for k in range(zone, stop):
                a, b = piece_bounds[k - zone], piece_bounds[k - zone + 1]
                if (k - zone) % 256 == 255:
                    report(progress, k / n)
                if a == b:
                    continue
                moments = _Moments(
                    spread="std" in statistics, extremes=bool({"min", "max", "range"} & set(statistics))
                )
                inside_area[k], nodata_area[k] = _zone_window(
                    dataset,
                    band,
                    nodata,
                    (height, width),
                    row[a:b],
                    col[a:b],
                    dvw[a:b],
                    mid_u[a:b],
                    max_window_cells,
                    moments,
                    window_class,
                )
                if moments.weight > 0:
                    sums[k] = moments.total
                    counts[k] = moments.weight
                    means[k] = moments.mean
                    minima[k] = moments.minimum
                    maxima[k] = moments.maximum
                    stds[k] = np.sqrt(max(moments.m2, 0.0) / moments.weight)
            report(progress, stop / n)
            zone = stop
    has_area = zone_area > 0
    counts[~has_area] = np.nan
    share_outside = np.where(has_area, 1.0 - inside_area / np.where(has_area, zone_area, 1.0), np.nan)
    share_outside = np.where(has_area, np.clip(share_outside, 0.0, 1.0), np.nan)
    share_outside[np.abs(share_outside) < 1e-9] = 0.0
    share_nodata = np.where(has_area, nodata_area / np.where(has_area, zone_area, 1.0), np.nan)
    columns = {
        "sum": sums,
        "count": counts,
        "mean": means,
        "min": minima,
        "max": maxima,
        "std": stds,
        "range": maxima - minima,
    }
    table = pd.DataFrame({name: columns[name] for name in statistics})
    table["area_pixels"] = zone_area
    table["share_outside"] = share_outside
    table["share_nodata"] = share_nodata
    inside = has_area & (inside_area > 0)
    return ZonalResult(
        table=table,
        empty_zones=np.flatnonzero(~has_area).tolist(),
        zones_outside=np.flatnonzero(has_area & (inside_area <= 0)).tolist(),
        zones_partly_outside=np.flatnonzero(inside & (share_outside > 1e-9)).tolist(),
        zones_without_data=np.flatnonzero(inside & (counts <= 0)).tolist(),
        zones_partly_nodata=np.flatnonzero(inside & (counts > 0) & (nodata_area > NODATA_NOISE)).tolist(),
    )


def _zone_window(dataset, band, nodata, shape, row, col, dvw, mid_u, max_cells, moments, window_class):
    """Accumulate one zone's statistics window strip by strip; return (area inside, nodata area)."""
    height, width = shape
    r_min, r_max = int(row.min()), int(row.max()) + 1
    c_max = int(np.floor(mid_u.max())) + 1
    c_min = int(col.min())
    r0, r1 = max(r_min, 0), min(r_max, height)
    c0, c1 = max(c_min, 0), min(c_max, width)
    if r0 >= r1 or c0 >= c1:
        return 0.0, 0.0
    strip = max(1, max_cells // (c1 - c0))
    order = np.argsort(row, kind="stable")
    row, col, dvw, mid_u = row[order], col[order], dvw[order], mid_u[order]
    inside = 0.0
    missing = 0.0
    for top in range(r0, r1, strip):
        bottom = min(top + strip, r1)
        a, b = np.searchsorted(row, [top, bottom])
        if a == b:
            continue
        coverage = _coverage_from_pieces(row[a:b], col[a:b], dvw[a:b], mid_u[a:b], (top, bottom), (c0, c1))
        covered = coverage > 0
        if not covered.any():
            continue
        window = window_class(c0, top, c1 - c0, bottom - top)
        data = dataset.read(band, window=window)
        weights = coverage[covered]
        values = data[covered].astype(np.float64)
        valid = ~np.isnan(values)
        if nodata is not None and not np.isnan(nodata):
            valid &= values != nodata
        inside += float(weights.sum())
        missing += float(weights[~valid].sum())
        if valid.any():
            moments.add(values[valid], weights[valid])
    return inside, missing


def raster_sum(raster: Union[str, Path], band: int = 1, progress: ProgressCallback = None) -> float:
    """Sum of the valid pixels of a raster band, read block by block (to check conservation)."""
    import rasterio

    total = 0.0
    with rasterio.open(raster) as dataset:
        nodata = dataset.nodatavals[band - 1]
        windows = [w for _, w in dataset.block_windows(band)]
        for i, window in enumerate(windows):
            data = dataset.read(band, window=window).astype(np.float64)
            valid = ~np.isnan(data)
            if nodata is not None and not np.isnan(nodata):
                valid &= data != nodata
            total += float(data[valid].sum())
            if i % 64 == 0:
                report(progress, i / len(windows))
    return total


def zone_sums(
    raster: Union[str, Path], geometries: Optional[Sequence[Any]] = None, progress: ProgressCallback = None
) -> Tuple[np.ndarray, Optional[ZonalResult]]:
    """Sum of a raster's valid pixels over each polygon (0 where a zone has none), or over the whole raster
    when ``geometries`` is None (one value, no diagnostics)."""
    if geometries is None:
        return np.array([raster_sum(raster, progress=progress)]), None
    result = zonal_statistics(raster, geometries, ("sum",), progress=progress)
    return np.nan_to_num(result.table["sum"].to_numpy()), result
