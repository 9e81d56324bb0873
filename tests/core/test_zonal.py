"""Tests of core.zonal: exact edge coverage, conservation, nodata, partial overlap, CRS, real raster."""

from __future__ import annotations

import math

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from shapely.geometry import Polygon, box

from conecta.core.progress import Cancelled
from conecta.core.zonal import coverage_fractions, raster_sum, zonal_statistics, zone_sums
from data_paths import shared


def write_raster(path, data, transform=None, nodata=None, crs="EPSG:31982"):
    """Write a single-band float GeoTIFF; default grid: 1 m pixels, top-left corner (0, rows)."""
    rows, cols = data.shape
    transform = transform or from_origin(0.0, float(rows), 1.0, 1.0)
    profile = dict(
        driver="GTiff",
        width=cols,
        height=rows,
        count=1,
        dtype=data.dtype.name,
        crs=crs,
        transform=transform,
        nodata=nodata,
    )
    with rasterio.open(path, "w", **profile) as dataset:
        dataset.write(data, 1)
    return path


def test_coverage_of_rectangle_crossing_pixel_edges_is_exact():
    # box x 0.5..2.25, y 0.5..3.0 on 1 m pixels of a 10 x 10 grid (row 0 = y 9..10), by hand:
    # columns covered 0.5, 1, 0.25; rows y 2..3 and 1..2 fully, y 0.5..1 half
    coverage = coverage_fractions(box(0.5, 0.5, 2.25, 3.0), from_origin(0, 10, 1, 1), (10, 10))
    expected = np.zeros((10, 10))
    expected[7:9, 0:3] = [0.5, 1.0, 0.25]
    expected[9, 0:3] = [0.25, 0.5, 0.125]
    np.testing.assert_allclose(coverage, expected, atol=1e-12)


def test_coverage_of_triangle_matches_shapely_pixel_intersections():
    # independent implementation: shapely area of polygon ∩ pixel square, pixel by pixel
    triangle = Polygon([(0.3, 0.2), (7.7, 1.1), (4.1, 9.3)]).difference(box(3, 3, 4.5, 4.5))
    coverage = coverage_fractions(triangle, from_origin(0, 10, 1, 1), (10, 10))
    expected = np.array(
        [[box(c, 9 - r, c + 1, 10 - r).intersection(triangle).area for c in range(10)] for r in range(10)]
    )
    np.testing.assert_allclose(coverage, expected, atol=1e-12)


def test_sums_counts_and_means_by_hand(tmp_path):
    # 4 x 4 raster, values = 10*row + col; polygon x 0.5..2.5, y 1.5..4 (top 2.5 rows, columns 0-2)
    data = (10.0 * np.arange(4)[:, None] + np.arange(4)[None, :]).astype("float32")
    path = write_raster(tmp_path / "r.tif", data)
    result = zonal_statistics(path, [box(0.5, 1.5, 2.5, 4.0)], ("sum", "count", "mean", "min", "max"))
    row = result.table.iloc[0]
    weights = np.outer([1, 1, 0.5, 0], [0.5, 1, 0.5, 0])  # rows 0,1 full, row 2 half; cols half/full/half
    assert row["count"] == pytest.approx(5.0)  # area 2 x 2.5 m
    assert row["sum"] == pytest.approx((weights * data).sum())  # = 0.5*0+1+0.5*2 + ... by hand below
    assert row["sum"] == pytest.approx(
        0 + 1 + 1 + 0.5 * 10 + 11 + 0.5 * 12 + 0.5 * (0.5 * 20 + 21 + 0.5 * 22)
    )
    assert row["mean"] == pytest.approx(row["sum"] / 5.0)
    assert (row["min"], row["max"]) == (0.0, 22.0)
    assert row["share_outside"] == 0.0


def test_weighted_std_matches_independent_formula(tmp_path):
    rng = np.random.default_rng(1)
    data = rng.random((30, 40)).astype("float64")
    path = write_raster(tmp_path / "r.tif", data, transform=from_origin(100, 300, 5, 5))
    zone = Polygon([(112, 290), (260, 250), (230, 160), (130, 170)])
    result = zonal_statistics(path, [zone], ("mean", "std"))
    w = coverage_fractions(zone, from_origin(100, 300, 5, 5), data.shape)
    mean = (w * data).sum() / w.sum()
    std = math.sqrt((w * (data - mean) ** 2).sum() / w.sum())
    assert result.table.loc[0, "mean"] == pytest.approx(mean, rel=1e-12)
    assert result.table.loc[0, "std"] == pytest.approx(std, rel=1e-10)


def hexagon_tiling(x0, y0, x1, y1, side):
    """Pointy-top hexagons tiling (and overhanging) the rectangle."""
    width, step = math.sqrt(3) * side, 1.5 * side
    corners = [(math.cos(math.radians(30 + 60 * k)), math.sin(math.radians(30 + 60 * k))) for k in range(6)]
    out = []
    for j in range(int((y1 - y0) / step) + 2):
        for i in range(int((x1 - x0) / width) + 2):
            cx, cy = x0 + i * width + (width / 2 if j % 2 else 0), y0 + j * step
            out.append(Polygon([(cx + side * dx, cy + side * dy) for dx, dy in corners]))
    return out


def test_tiling_hexagons_conserve_raster_sum_with_nodata(tmp_path):
    rng = np.random.default_rng(7)
    data = (rng.random((300, 500)) * 50).astype("float32")
    data[10:40, 100:180] = -1.0
    path = write_raster(tmp_path / "r.tif", data, transform=from_origin(0, 3000, 10, 10), nodata=-1.0)
    zones = hexagon_tiling(0, 0, 5000, 3000, side=137.3)
    result = zonal_statistics(path, zones, ("sum", "count"), max_window_cells=500, progress=lambda f: True)
    expected = float(data[data != -1.0].astype(np.float64).sum())
    assert np.nansum(result.table["sum"]) == pytest.approx(expected, rel=1e-3)  # brief: within 0.1 %
    assert np.nansum(result.table["sum"]) == pytest.approx(expected, rel=1e-9)  # in fact exact
    assert raster_sum(path) == pytest.approx(expected, rel=1e-12)
    valid_pixels = (data != -1.0).sum()
    assert np.nansum(result.table["count"]) == pytest.approx(valid_pixels, rel=1e-9)
    nodata_area = (result.table["share_nodata"] * result.table["area_pixels"]).sum()
    assert nodata_area == pytest.approx(30 * 80, rel=1e-9)
    assert result.zones_partly_outside and not result.empty_zones


def test_polygon_partly_outside_counts_only_inside(tmp_path):
    data = np.ones((10, 10), dtype="float32")
    path = write_raster(tmp_path / "r.tif", data)
    # 4 x 4 m square, 2.5 m of its width left of the raster (x < 0) and 1 m above it (y > 10)
    zones = [box(-2.5, 7.0, 1.5, 11.0), box(20, 20, 30, 30), None, box(2, 2, 3, 3).wkb]
    result = zonal_statistics(path, zones, ("sum", "count", "mean"))
    table = result.table
    assert table.loc[0, "sum"] == pytest.approx(1.5 * 3.0)
    assert table.loc[0, "share_outside"] == pytest.approx(1 - 4.5 / 16.0)
    assert result.zones_partly_outside == [0]
    assert result.zones_outside == [1] and np.isnan(table.loc[1, "sum"]) and table.loc[1, "count"] == 0
    assert result.empty_zones == [2] and np.isnan(table.loc[2, "count"])
    assert table.loc[3, "sum"] == pytest.approx(1.0)  # WKB input


def test_all_nodata_zone_and_nan_pixels(tmp_path):
    data = np.full((4, 4), np.nan, dtype="float32")
    data[:, 2:] = 2.0
    path = write_raster(tmp_path / "r.tif", data)
    result = zonal_statistics(path, [box(0, 0, 2, 4), box(1, 0, 3, 4)], ("sum", "mean"))
    assert result.zones_without_data == [0] and np.isnan(result.table.loc[0, "sum"])
    assert result.table.loc[1, "sum"] == pytest.approx(8.0)
    assert result.table.loc[1, "share_nodata"] == pytest.approx(0.5)
    assert result.zones_partly_nodata == [1]  # zone 0 has no valid pixel at all: reported apart


def test_nan_and_declared_nodata_pixels_are_both_left_out_and_counted(tmp_path):
    # 1 m pixels, declared nodata -1; one pixel NaN and one pixel nodata in the top row
    data = np.ones((2, 4), dtype="float32")
    data[0, 0] = np.nan
    data[0, 3] = -1.0
    path = write_raster(tmp_path / "r.tif", data, nodata=-1.0)
    zones = [box(0, 0, 2, 2), box(2, 0, 4, 2), box(0, 0, 4, 1)]
    result = zonal_statistics(path, zones, ("sum", "count"))
    assert result.table["sum"].tolist() == pytest.approx([3.0, 3.0, 4.0])
    assert result.table["count"].tolist() == pytest.approx([3.0, 3.0, 4.0])
    assert result.table["share_nodata"].tolist() == pytest.approx([0.25, 0.25, 0.0])
    assert result.zones_partly_nodata == [0, 1]
    sums, diagnostics = zone_sums(path, zones)
    assert sums.tolist() == pytest.approx([3.0, 3.0, 4.0]) and diagnostics.zones_partly_nodata == [0, 1]
    total, none = zone_sums(path)
    assert total.tolist() == [6.0] and none is None


def test_other_crs_is_refused(tmp_path):
    path = write_raster(tmp_path / "r.tif", np.ones((3, 3), dtype="float32"))
    with pytest.raises(ValueError):
        zonal_statistics(path, [box(0, 0, 1, 1)], crs="EPSG:4326")
    assert zonal_statistics(path, [box(0, 0, 1, 1)], crs="EPSG:31982").table.loc[0, "sum"] == 1.0


def test_cancel_raises(tmp_path):
    path = write_raster(tmp_path / "r.tif", np.ones((3, 3), dtype="float32"))
    with pytest.raises(Cancelled):
        zonal_statistics(path, [box(0, 0, 1, 1)], progress=lambda f: False)


def test_real_elevation_raster_interior_polygon():
    # poa_elevation.tif (uint8, EPSG:4326, no nodata). Interior polygon with edges on pixel boundaries:
    # the exact answer is then the plain numpy sum of the window (independent of any coverage maths).
    path = shared("porto_alegre", "poa_elevation.tif")
    with rasterio.open(path) as dataset:
        data = dataset.read(1).astype(np.float64)
        t = dataset.transform
    r0, r1, c0, c1 = 100, 180, 150, 260
    x0, y0 = t * (c0, r1)
    x1, y1 = t * (c1, r0)
    aligned = box(x0, y0, x1, y1)
    # and a small diamond crossing pixel edges, against shapely areas of polygon ∩ pixel (in degrees²)
    cx, cy = t * (200.5, 140.5)
    diamond = Polygon([(cx - 0.01, cy), (cx, cy - 0.013), (cx + 0.012, cy), (cx, cy + 0.009)])
    result = zonal_statistics(path, [aligned, diamond], ("sum", "count", "mean", "max"))
    window = data[r0:r1, c0:c1]
    assert result.table.loc[0, "sum"] == pytest.approx(window.sum(), rel=1e-9)
    assert result.table.loc[0, "count"] == pytest.approx(window.size, rel=1e-9)
    assert result.table.loc[0, "max"] == window.max()
    rows, cols = slice(80, 200), slice(140, 260)
    weights = np.array(
        [
            [
                box(*(t * (c, r + 1)), *(t * (c + 1, r))).intersection(diamond).area
                for c in range(cols.start, cols.stop)
            ]
            for r in range(rows.start, rows.stop)
        ]
    ) / abs(t.a * t.e)
    assert result.table.loc[1, "count"] == pytest.approx(weights.sum(), rel=1e-9)
    assert result.table.loc[1, "sum"] == pytest.approx((weights * data[rows, cols]).sum(), rel=1e-9)
