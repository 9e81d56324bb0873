"""Benchmark: Conecta zonal statistics vs QGIS ``native:zonalstatisticsfb`` on a 10,000 x 10,000 raster.

One command: ``.venv/bin/python bench/bench_zonal.py [--size 10000] [--zones 5000]``. Writes a tiled
float32 GeoTIFF and a hexagon tiling of its extent (GeoPackage) in a temporary folder, then runs each tool
in its own subprocess (so peak memory is measured per tool) and prints a markdown table: wall time, peak
resident memory, and the conservation error (sum over zones vs raster sum; the hexagons tile the raster).
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from common import own_peak_mb, start_qgis

PIXEL = 10.0
ORIGIN = (500_000.0, 6_700_000.0)
CRS = "EPSG:31982"


def hexagons(size: int, zones: int) -> list:
    """Pointy-top hexagons tiling the raster extent (about ``zones`` of them; edge ones stick out)."""
    from shapely.geometry import Polygon

    extent = size * PIXEL
    side = math.sqrt(extent * extent / zones / (1.5 * math.sqrt(3)))
    while (int(extent / (1.5 * side)) + 2) * (int(extent / (math.sqrt(3) * side)) + 2) > zones:
        side *= 1.005
    width, step = math.sqrt(3) * side, 1.5 * side
    x0, y_top = ORIGIN
    y0 = y_top - extent
    corners = [(math.cos(math.radians(30 + 60 * k)), math.sin(math.radians(30 + 60 * k))) for k in range(6)]
    polygons = []
    for j in range(int(extent / step) + 2):
        for i in range(int(extent / width) + 2):
            cx = x0 + i * width + (width / 2 if j % 2 else 0.0)
            cy = y0 + j * step
            polygons.append(Polygon([(cx + side * dx, cy + side * dy) for dx, dy in corners]))
    return polygons


def prepare(folder: Path, size: int, zones: int) -> tuple:
    """Write the raster (block by block) and the zones; return their paths and the raster sum."""
    import geopandas as gpd
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window

    raster = folder / "raster.tif"
    profile = dict(
        driver="GTiff",
        width=size,
        height=size,
        count=1,
        dtype="float32",
        crs=CRS,
        nodata=-9999.0,
        transform=from_origin(ORIGIN[0], ORIGIN[1], PIXEL, PIXEL),
        tiled=True,
        blockxsize=256,
        blockysize=256,
        BIGTIFF="IF_SAFER",
    )
    rng = np.random.default_rng(42)
    total = 0.0
    with rasterio.open(raster, "w", **profile) as dataset:
        rows = 1024
        for top in range(0, size, rows):
            height = min(rows, size - top)
            block = (rng.random((height, size), dtype=np.float32) * 100.0).astype(np.float32)
            if top == 0:
                block[:50, :500] = -9999.0  # some nodata
            dataset.write(block, 1, window=Window(0, top, size, height))
            total += float(block[block != -9999.0].astype(np.float64).sum())
    polygons = hexagons(size, zones)
    frame = gpd.GeoDataFrame({"zone": np.arange(len(polygons))}, geometry=polygons, crs=CRS)
    vector = folder / "zones.gpkg"
    frame.to_file(vector, driver="GPKG")
    return raster, vector, total


def run_conecta(raster: str, vector: str) -> dict:
    """Conecta core: zonal sum/count/mean over the zones (timed from reading the GeoPackage)."""
    import geopandas as gpd

    from conecta.core.zonal import zonal_statistics

    start = time.perf_counter()  # reading the zones counts, as it does for QGIS
    geometries = list(gpd.read_file(vector).geometry)
    result = zonal_statistics(raster, geometries, ("sum", "count", "mean"))
    elapsed = time.perf_counter() - start
    counts = result.table["count"].to_numpy()
    return {
        "seconds": elapsed,
        "zone_sum": float(np.nansum(result.table["sum"].to_numpy())),
        "counts": counts.tolist(),
    }


def _timed_run(algorithm: str, parameters: dict, output: str) -> dict:
    """Run one Processing algorithm writing ``output``; its time, sum over zones and per-zone pixel counts."""
    import processing
    from qgis.core import QgsVectorLayer

    start = time.perf_counter()
    processing.run(algorithm, {**parameters, "OUTPUT": output})
    elapsed = time.perf_counter() - start
    layer = QgsVectorLayer(output, "out", "ogr")
    features = sorted(layer.getFeatures(), key=lambda f: f["zone"])
    zone_sum = sum(float(f["z_sum"] or 0.0) for f in features)
    counts = [float(f["z_count"] or 0.0) for f in features]
    return {"seconds": elapsed, "zone_sum": zone_sum, "counts": counts}


def run_qgis(raster: str, vector: str) -> dict:
    """QGIS native:zonalstatisticsfb (count, sum, mean) written to a GeoPackage."""
    app, _ = start_qgis(provider=False, prefix=True)  # noqa: F841 (kept alive while the algorithm runs)
    from qgis.analysis import QgsNativeAlgorithms
    from qgis.core import QgsApplication

    if QgsApplication.processingRegistry().providerById("native") is None:
        QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    parameters = {
        "INPUT": vector,
        "INPUT_RASTER": raster,
        "RASTER_BAND": 1,
        "COLUMN_PREFIX": "z_",
        "STATISTICS": [0, 1, 2],
    }
    return _timed_run("native:zonalstatisticsfb", parameters, str(Path(vector).with_name("qgis_out.gpkg")))


def run_processing(raster: str, vector: str) -> dict:
    """conecta:zonalstatistics end to end through Processing (reading the layer, writing a GeoPackage)."""
    app, provider = start_qgis(prefix=True)  # noqa: F841 (kept alive while the algorithm runs)
    parameters = {"RASTER": raster, "BAND": 1, "ZONES": vector, "STATISTICS": [0, 1, 2], "PREFIX": "z_"}
    return _timed_run("conecta:zonalstatistics", parameters, str(Path(vector).with_name("conecta_out.gpkg")))


def area_error(counts: list, vector: str, size: int) -> float:
    """Largest |covered pixels x pixel area - polygon area| / polygon area over zones inside the raster."""
    import geopandas as gpd
    from shapely.geometry import box

    frame = gpd.read_file(vector)
    extent = box(ORIGIN[0], ORIGIN[1] - size * PIXEL, ORIGIN[0] + size * PIXEL, ORIGIN[1])
    nodata_corner = box(ORIGIN[0], ORIGIN[1] - 50 * PIXEL, ORIGIN[0] + 500 * PIXEL, ORIGIN[1])
    inside = frame.geometry.within(extent) & ~frame.geometry.intersects(nodata_corner)
    area = frame.geometry.area.to_numpy()[inside.to_numpy()]
    covered = np.asarray(counts)[inside.to_numpy()] * PIXEL * PIXEL
    return float(100.0 * np.max(np.abs(covered - area) / area))


def child(tool: str, raster: str, vector: str) -> None:
    """Run one tool and print its figures as JSON (with this process's peak memory)."""
    figures = {"conecta": run_conecta, "processing": run_processing, "qgis": run_qgis}[tool](raster, vector)
    figures["peak_mb"] = own_peak_mb()
    print(json.dumps(figures))


def main() -> None:
    """Prepare the data, run both tools in subprocesses, print the markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--zones", type=int, default=5_000)
    parser.add_argument("--child", nargs=3, metavar=("TOOL", "RASTER", "VECTOR"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory(prefix="conecta_bench_zonal_") as tmp:
        start = time.perf_counter()
        raster, vector, total = prepare(Path(tmp), args.size, args.zones)
        import geopandas as gpd

        n_zones = len(gpd.read_file(vector))
        print(
            f"prepared {args.size}x{args.size} float32 raster and {n_zones} hexagons "
            f"in {time.perf_counter() - start:.1f} s; raster sum {total:,.1f}\n"
        )
        rows = []
        for tool, label in (
            ("conecta", "Conecta core.zonal (exact coverage)"),
            ("processing", "conecta:zonalstatistics (Processing, end to end)"),
            ("qgis", "QGIS native:zonalstatisticsfb"),
        ):
            out = subprocess.run(
                [sys.executable, __file__, "--child", tool, str(raster), str(vector)],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            error = 100.0 * (figures["zone_sum"] - total) / total
            worst = area_error(figures["counts"], str(vector), args.size)
            rows.append((label, figures["seconds"], figures["peak_mb"], figures["zone_sum"], error, worst))
        print(
            f"| tool ({args.size}x{args.size} px, {n_zones} zones) | time (s) | peak RSS (MB) "
            "| sum over zones | conservation error (%) | worst zone area error (%) |"
        )
        print("|---|---:|---:|---:|---:|---:|")
        for label, seconds, peak, zone_sum, error, worst in rows:
            print(f"| {label} | {seconds:.1f} | {peak:.0f} | {zone_sum:,.1f} | {error:+.5f} | {worst:.3f} |")
        print(
            "\nconservation error: (sum over zones - raster sum) / raster sum; the hexagons tile the raster."
        )
        print("worst zone area error: covered pixels x pixel area vs the polygon's area, zones fully inside.")


if __name__ == "__main__":
    main()
