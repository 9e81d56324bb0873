"""conecta:zonalstatistics: exact area-weighted sums on a hand-made raster, other CRSs, conservation."""

import math

import numpy as np
import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

rasterio = pytest.importorskip("rasterio")
from rasterio.transform import from_origin  # noqa: E402

from feedback_log import Log  # noqa: E402
from layers import memory_layer  # noqa: E402

X0, Y0 = 500_000.0, 6_700_030.0  # top-left corner of the test raster, EPSG:31982
NODATA = -9999.0


def is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def write_raster(path, values, pixel=10.0, origin=(X0, Y0), crs="EPSG:31982", nodata=NODATA):
    values = np.asarray(values, dtype="float32")
    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=values.shape[1],
        height=values.shape[0],
        count=1,
        dtype="float32",
        crs=crs,
        nodata=nodata,
        transform=from_origin(origin[0], origin[1], pixel, pixel),
    ) as dataset:
        dataset.write(values, 1)
    return str(path)


def box(x0, y0, x1, y1):
    """A rectangle in local metres: x to the right of X0, y downwards from Y0 (depth)."""
    return QgsGeometry.fromWkt(
        f"POLYGON(({X0 + x0} {Y0 - y0},{X0 + x1} {Y0 - y0},{X0 + x1} {Y0 - y1},{X0 + x0} {Y0 - y1},{X0 + x0} {Y0 - y0}))"
    )


def polygons_layer(geometries, crs="EPSG:31982", name="zones"):
    """Zones with a name field: ``geometries`` are (name, QgsGeometry or None) pairs."""
    rows = [(geometry.asWkt() if geometry is not None else None, [label]) for label, geometry in geometries]
    return memory_layer(f"Polygon?crs={crs}&field=name:string", rows, name)


# 4 columns x 3 rows of 10 m pixels: v[row][col] = 4 row + col + 1; the bottom-right pixel is nodata
VALUES = np.arange(1, 13, dtype=float).reshape(3, 4)
VALUES[2, 3] = NODATA


def hand_zones():
    triangle = QgsGeometry.fromWkt(
        f"POLYGON(({X0} {Y0 - 30},{X0 + 30} {Y0 - 30},{X0 + 30} {Y0},{X0} {Y0 - 30}))"
    )
    return [
        ("A", box(5, 5, 25, 20)),  # quarter/half pixels at its edges
        ("B", triangle),  # cuts pixels along their diagonal
        ("C", box(30, 0, 60, 10)),  # one pixel inside, two thirds outside the raster
        ("D", box(100, 0, 120, 10)),  # entirely outside
        ("E", box(32, 22, 38, 28)),  # inside the nodata pixel
    ]


# Hand-computed coverage (fraction of each pixel's area inside the zone) and values:
# A covers x 5..25, depth 5..20: row 0 (depth 0..10) half, row 1 full; col 0 half, col 1 full, col 2 half.
A_WEIGHTS = [0.25, 0.5, 0.25, 0.5, 1.0, 0.5]
A_VALUES = [1, 2, 3, 5, 6, 7]
# B, the triangle below the line depth = 30 - x: pixels with row + col = 2 are cut in half (values 9, 6, 3),
# those with row + col >= 3 inside the 3x3 block are whole (values 10, 7, 11): 450 m2 = 4.5 pixels.
B_SUM = 0.5 * (9 + 6 + 3) + (10 + 7 + 11)


def run(raster, zones, statistics=(0, 1, 2), prefix="zs_", feedback=None):
    result = processing.run(
        "conecta:zonalstatistics",
        {
            "RASTER": raster,
            "BAND": 1,
            "ZONES": zones,
            "STATISTICS": list(statistics),
            "PREFIX": prefix,
            "OUTPUT": "memory:",
        },
        feedback=feedback,
    )
    layer = result["OUTPUT"]
    return {f["name"]: f for f in layer.getFeatures()}, layer


def test_hand_computed_sums_means_and_counts(conecta_plugin, tmp_path):
    raster = write_raster(tmp_path / "r.tif", VALUES)
    feedback = Log()
    out, layer = run(raster, polygons_layer(hand_zones()), statistics=range(7), feedback=feedback)
    a = out["A"]
    assert a["zs_sum"] == pytest.approx(np.dot(A_WEIGHTS, A_VALUES))  # 14.0
    assert a["zs_sum"] == pytest.approx(14.0)
    assert a["zs_count"] == pytest.approx(3.0)  # 300 m2 / 100 m2 per pixel
    assert a["zs_mean"] == pytest.approx(14.0 / 3.0)
    assert (a["zs_min"], a["zs_max"], a["zs_range"]) == (1.0, 7.0, 6.0)
    mean = np.average(A_VALUES, weights=A_WEIGHTS)
    assert a["zs_std"] == pytest.approx(
        math.sqrt(np.average((np.array(A_VALUES) - mean) ** 2, weights=A_WEIGHTS))
    )
    assert out["B"]["zs_sum"] == pytest.approx(B_SUM)  # 37.0
    assert out["B"]["zs_count"] == pytest.approx(4.5)
    assert out["C"]["zs_sum"] == pytest.approx(4.0) and out["C"]["zs_count"] == pytest.approx(1.0)
    assert is_null(out["D"]["zs_sum"])
    assert out["D"]["zs_count"] == 0
    assert is_null(out["E"]["zs_mean"]) and out["E"]["zs_count"] == 0
    # the log names the zones a planner should check (feature ids 3: C, 4: D, 5: E)
    text = "\n".join(feedback.warnings)
    assert "1 zones are outside the raster" in text
    assert "1 zones are partly outside the raster" in text
    assert "1 zones cover only nodata pixels" in text
    assert layer.fields().names() == [
        "name",
        "zs_sum",
        "zs_mean",
        "zs_count",
        "zs_min",
        "zs_max",
        "zs_std",
        "zs_range",
    ]


def test_zones_in_another_crs_keep_their_crs_and_geometry(conecta_plugin, tmp_path):
    raster = write_raster(tmp_path / "r.tif", VALUES)
    to_wgs84 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:31982"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    zones = []
    for name, geometry in hand_zones()[:2]:
        geometry = QgsGeometry(geometry)
        geometry.transform(to_wgs84)
        zones.append((name, geometry))
    source = polygons_layer(zones, "EPSG:4326")
    out, layer = run(raster, source, statistics=[0], prefix="pop_")
    assert layer.crs().authid() == "EPSG:4326"
    assert out["A"]["pop_sum"] == pytest.approx(14.0, rel=1e-6)
    assert out["B"]["pop_sum"] == pytest.approx(B_SUM, rel=1e-6)
    assert out["A"].geometry().equals(zones[0][1])
    assert [f.geometry().asWkt(8) for f in source.getFeatures()][0] == zones[0][1].asWkt(8), "input untouched"


def test_sum_over_tiling_zones_equals_raster_sum(conecta_plugin, tmp_path):
    """Slanted strips that tile (and overhang) a 60 x 50 random raster conserve its sum (issue: < 0.1 %)."""
    rng = np.random.default_rng(7)
    values = rng.random((50, 60)) * 100.0
    raster = write_raster(tmp_path / "r.tif", values)
    cuts = [-250.0, 90.0, 210.0, 333.3, 470.0, 700.0]  # x of each boundary at the top; slope 0.37 m/m
    strips = []
    for k in range(len(cuts) - 1):
        left, right = cuts[k], cuts[k + 1]
        wkt = (
            f"POLYGON(({X0 + left} {Y0 + 20},{X0 + right} {Y0 + 20},{X0 + right + 0.37 * 560} {Y0 - 540},"
            f"{X0 + left + 0.37 * 560} {Y0 - 540},{X0 + left} {Y0 + 20}))"
        )
        strips.append((str(k), QgsGeometry.fromWkt(wkt)))
    feedback = Log()
    out, _ = run(raster, polygons_layer(strips), statistics=[0], feedback=feedback)
    total = sum(f["zs_sum"] or 0.0 for f in out.values())
    assert total == pytest.approx(float(values.astype("float32").astype(float).sum()), rel=1e-3)
    assert abs(total / values.astype("float32").astype(float).sum() - 1) < 1e-9  # exact up to rounding
    assert any("partly outside" in w for w in feedback.warnings)


def test_sample_city_hexagons_get_their_area_from_a_unit_raster(conecta_plugin, tmp_path, sample_gpkg):
    """A raster of ones (50 m pixels) over the 1,227 real hexagons: each sum = hexagon area / 2,500 m2."""
    zones = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    extent = zones.extent()
    origin = (math.floor(extent.xMinimum()) - 100, math.ceil(extent.yMaximum()) + 100)
    width = int((extent.width() + 200) / 50) + 2
    height = int((extent.height() + 200) / 50) + 2
    raster = write_raster(tmp_path / "ones.tif", np.ones((height, width)), pixel=50.0, origin=origin)
    out = processing.run(
        "conecta:zonalstatistics",
        {"RASTER": raster, "BAND": 1, "ZONES": zones, "STATISTICS": [0], "PREFIX": "a_", "OUTPUT": "memory:"},
    )["OUTPUT"]
    sums = {f["id"]: f["a_sum"] for f in out.getFeatures()}
    areas = {f["id"]: f.geometry().area() / 2500.0 for f in zones.getFeatures()}
    assert len(sums) == 1227
    worst = max(abs(sums[k] - areas[k]) / areas[k] for k in areas)
    assert worst < 1e-6


def test_bad_input_gets_clear_messages(conecta_plugin, tmp_path):
    raster = write_raster(tmp_path / "r.tif", VALUES)
    taken = memory_layer(
        "Polygon?crs=EPSG:31982&field=zs_sum:double", [(box(0, 0, 10, 10).asWkt(), [None])], "zones"
    )
    log = Log()
    out = processing.run(
        "conecta:zonalstatistics",
        {
            "RASTER": raster,
            "BAND": 1,
            "ZONES": taken,
            "STATISTICS": [0],
            "PREFIX": "zs_",
            "OUTPUT": "memory:",
        },
        feedback=log,
    )["OUTPUT"]
    # the bridge's policy for a field the input already has: the new values replace it, with a warning
    assert out.fields().names() == ["zs_sum"]
    assert next(out.getFeatures())["zs_sum"] == pytest.approx(1.0)  # the top-left pixel, value 1
    assert "zones already has fields zs_sum: the output holds the new values." in log.warnings
    empty = polygons_layer([])
    with pytest.raises(QgsProcessingException, match="has no features"):
        run(raster, empty)
    with pytest.raises(QgsProcessingException, match="Band 3 does not exist"):
        processing.run(
            "conecta:zonalstatistics",
            {"RASTER": raster, "BAND": 3, "ZONES": polygons_layer(hand_zones()), "OUTPUT": "memory:"},
        )


def test_self_intersecting_zone_in_the_three_settings(conecta_plugin, tmp_path):
    # a "bowtie" over the 3 x 3 block of pixels of value 1: corners (0,0)→(30,30)→(30,0)→(0,30) in local
    # metres; repaired it is two triangles meeting at (15, 15) of 225 m² each = 4.5 pixels, sum 4.5
    raster = write_raster(tmp_path / "ones.tif", np.ones((3, 3)))
    bowtie = QgsGeometry.fromWkt(
        f"POLYGON(({X0} {Y0},{X0 + 30} {Y0 - 30},{X0 + 30} {Y0},{X0} {Y0 - 30},{X0} {Y0}))"
    )
    assert not bowtie.isGeosValid()
    zones = polygons_layer([("bowtie", bowtie), ("A", box(0, 0, 10, 10))], name="census")
    parameters = {"RASTER": raster, "BAND": 1, "ZONES": zones, "STATISTICS": [0, 2], "OUTPUT": "memory:"}

    def run_with(check, log=None):
        context = QgsProcessingContext()
        context.setInvalidGeometryCheck(check)
        result = processing.run("conecta:zonalstatistics", parameters, context=context, feedback=log or Log())
        return {f["name"]: f for f in result["OUTPUT"].getFeatures()}

    # QGIS's default: stop with QGIS's own message (Conecta used to repair silently), and QGIS lives on
    with pytest.raises(QgsProcessingException, match="Feature \\(1\\) from “census” has invalid geometry"):
        run_with(QgsFeatureRequest.GeometryAbortOnInvalid)
    log = Log()
    out = run_with(QgsFeatureRequest.GeometrySkipInvalid, log)
    assert list(out) == ["A"] and out["A"]["zs_sum"] == pytest.approx(1.0)
    assert "1 features of census have an invalid geometry and were skipped (ids 1)." in log.warnings
    # "Do not filter": repaired for the computation instead of counting its lobes with opposite signs
    log = Log()
    out = run_with(QgsFeatureRequest.GeometryNoCheck, log)
    assert out["bowtie"]["zs_sum"] == pytest.approx(4.5)
    assert out["bowtie"]["zs_count"] == pytest.approx(4.5)
    assert "1 features of census had an invalid geometry and were repaired (ids 1)" in log.text()
    assert not out["bowtie"].geometry().isGeosValid()  # the output keeps the zone as it is
    assert not next(zones.getFeatures()).geometry().isGeosValid()  # and the input is untouched


def test_nan_pixels_are_nodata_counted_and_reported(conecta_plugin, tmp_path):
    """NaN pixels have no value whatever the declared nodata: they are left out of every statistic (as
    the declared nodata pixels are) and the zones covering some are reported with the share of their area."""
    values = np.ones((3, 4))
    values[0, 1] = np.nan  # the second pixel of the top row
    for nodata in (NODATA, None):
        raster = write_raster(tmp_path / f"nan_{nodata}.tif", values, nodata=nodata)
        log = Log()
        zones = polygons_layer([("A", box(0, 0, 20, 20)), ("B", box(20, 0, 40, 30)), ("C", None)])
        out, _ = run(raster, zones, feedback=log)
        # A covers 4 pixels, one of them NaN: sum 3 over a count of 3 pixels; B covers 6 valid pixels
        assert out["A"]["zs_sum"] == pytest.approx(3.0) and out["A"]["zs_count"] == pytest.approx(3.0)
        assert out["A"]["zs_mean"] == pytest.approx(1.0)
        assert out["B"]["zs_sum"] == pytest.approx(6.0)
        assert (
            "1 zones cover some nodata or NaN pixels (up to 25.0 % of a zone's area), left out of their statistics: 1"
            in log.warnings
        )
        assert is_null(out["C"]["zs_sum"]) and is_null(out["C"]["zs_count"])  # a zone without geometry
        assert (
            "1 zones have no polygon geometry (NULL, empty or not a polygon); their statistics are NULL: 3"
            in log.warnings
        )


def test_layers_without_crs_are_refused(conecta_plugin, tmp_path):
    no_crs = write_raster(tmp_path / "r.tif", VALUES, crs=None)
    with pytest.raises(QgsProcessingException, match="The raster r has no coordinate reference system"):
        run(no_crs, polygons_layer(hand_zones()))
    raster = write_raster(tmp_path / "s.tif", VALUES)
    with pytest.raises(QgsProcessingException, match="nameless has no coordinate reference system"):
        run(raster, polygons_layer(hand_zones(), crs="", name="nameless"))


def test_a_raster_that_is_not_a_file_is_refused(conecta_plugin):
    from qgis.core import QgsRasterLayer

    tiles = QgsRasterLayer(
        "type=xyz&url=https://tile.openstreetmap.org/{z}/{x}/{y}.png&zmax=19&zmin=0", "osm", "wms"
    )
    assert tiles.isValid()  # no request is made to load it
    with pytest.raises(QgsProcessingException, match="The raster layer osm is not a file \\(provider wms\\)"):
        run(tiles, polygons_layer(hand_zones()))
