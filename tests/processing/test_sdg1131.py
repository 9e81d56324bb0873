"""conecta:sdg1131 on small hand-made layers: LCR, PGR, LCRPGR and built-up area per person."""

import math

import numpy as np
import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

rasterio = pytest.importorskip("rasterio")
from rasterio.transform import from_origin  # noqa: E402

from feedback_log import Log  # noqa: E402

X0, Y0 = 500_000.0, 6_700_000.0


def is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def rect(x0, y0, x1, y1, ox=X0, oy=Y0):
    return QgsGeometry.fromWkt(
        f"POLYGON(({ox + x0} {oy + y0},{ox + x1} {oy + y0},{ox + x1} {oy + y1},{ox + x0} {oy + y1},{ox + x0} {oy + y0}))"
    )


def polygons(geometries, fields="", values=None, crs="EPSG:31982"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}{fields}", "polygons", "memory")
    features = []
    for i, geometry in enumerate(geometries):
        feature = QgsFeature(layer.fields())
        if values:
            feature.setAttributes(values[i])
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_raster(path, values, pixel=10.0, origin=(X0, Y0 + 200), crs="EPSG:31982", nodata=None):
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


def run(feedback=None, **parameters):
    parameters.setdefault("YEAR_PAST", 2000)
    parameters.setdefault("YEAR_PRESENT", 2020)
    parameters.setdefault("OUTPUT", "memory:")
    out = processing.run("conecta:sdg1131", parameters, feedback=feedback)["OUTPUT"]
    return {f["zone"]: f for f in out.getFeatures()}


def test_city_from_polygons_and_numbers(conecta_plugin):
    past = polygons([rect(0, 0, 1000, 1000)])  # 1 km2
    # 1.2 km2 in two overlapping polygons (the overlap counts once)
    present = polygons([rect(0, 0, 1000, 1000), rect(0, 500, 1000, 1200)])
    feedback = Log()
    rows = run(feedback, BUILT_PAST=past, BUILT_PRESENT=present, POP_PAST=100000, POP_PRESENT=110000)
    city = rows["city"]
    assert list(rows) == ["city"]
    assert city["built_past_km2"] == pytest.approx(1.0)
    assert city["built_present_km2"] == pytest.approx(1.2)
    # metadata 2021: LCR = (1.2 - 1) / 1 / 20 = 0.01; PGR = ln(1.1) / 20 = 0.0047655
    assert city["lcr"] == pytest.approx(0.01)
    assert city["pgr"] == pytest.approx(math.log(1.1) / 20)
    assert city["lcrpgr"] == pytest.approx(0.01 / (math.log(1.1) / 20))  # 2.0984
    assert city["lcrpgr"] == pytest.approx(2.0984, abs=1e-4)
    assert city["built_m2_per_person_past"] == pytest.approx(10.0)
    assert city["built_m2_per_person_present"] == pytest.approx(1.2e6 / 110000)
    assert city["pgr_near_zero"] == 0 and city["negative_pgr"] == 0
    assert not feedback.warnings
    legacy = run(BUILT_PAST=past, BUILT_PRESENT=present, POP_PAST=100000, POP_PRESENT=110000, LCR_FORM=1)
    assert legacy["city"]["lcr"] == pytest.approx(math.log(1.2) / 20)  # 0.0091161


def test_zones_with_binary_rasters_and_population_fields(conecta_plugin, tmp_path):
    # 20 x 20 pixels of 10 m over x 0..200, y 0..200; zone W is x < 100, zone E is x >= 100
    past = np.zeros((20, 20))
    past[:, :5] = 1  # 100 pixels in W = 10,000 m2
    past[:4, 10:15] = 1  # 20 pixels in E = 2,000 m2
    present = past.copy()
    present[:, 5:8] = 3  # GHSL-like class values: > 0 but not equal to 1
    present[4:10, 10:15] = 1  # E now 50 pixels = 5,000 m2
    zones = polygons(
        [rect(0, 0, 100, 200), rect(100, 0, 200, 200)],
        "&field=name:string&field=p2000:integer&field=p2020:integer",
        [["W", 1000, 1000], ["E", 500, 1000]],
    )
    common = dict(
        BUILT_PAST=write_raster(tmp_path / "past.tif", past),
        BUILT_PRESENT=write_raster(tmp_path / "present.tif", present),
        ZONES=zones,
        ZONE_ID="name",
        POP_FIELD_PAST="p2000",
        POP_FIELD_PRESENT="p2020",
        YEAR_PAST=2000,
        YEAR_PRESENT=2010,
    )
    feedback = Log()
    rows = run(feedback, **common, BUILT_MODE=1, BUILT_VALUE=1)  # only pixels equal to 1
    west, east, city = rows["W"], rows["E"], rows["city"]
    assert west["built_past_km2"] == pytest.approx(0.01) and west["built_present_km2"] == pytest.approx(0.01)
    assert east["built_past_km2"] == pytest.approx(0.002) and east["built_present_km2"] == pytest.approx(
        0.005
    )
    assert west["lcr"] == pytest.approx(0.0) and west["pgr"] == pytest.approx(0.0)
    assert is_null(west["lcrpgr"])  # PGR = 0: no ratio
    assert west["pgr_near_zero"] == 1
    # E: LCR = (5000 - 2000) / 2000 / 10 = 0.15, PGR = ln 2 / 10
    assert east["lcr"] == pytest.approx(0.15) and east["lcrpgr"] == pytest.approx(1.5 / math.log(2))
    # city: V 12,000 → 15,000 m2; population 1,500 → 2,000
    assert city["lcr"] == pytest.approx(0.025) and city["pgr"] == pytest.approx(math.log(2000 / 1500) / 10)
    assert city["built_m2_per_person_present"] == pytest.approx(7.5)
    assert any("1 zones with population growth near zero" in w and "W" in w for w in feedback.warnings)
    # any value above 0 counts: W now has 160 pixels at the present date
    rows = run(**common, BUILT_MODE=0)
    assert rows["W"]["built_present_km2"] == pytest.approx(0.016)


def test_surface_rasters_and_population_rasters(conecta_plugin, tmp_path):
    """GHS-BUILT-S-like values (m2 of built-up per pixel) and population rasters summed over the zones."""
    surface_past = np.full((20, 20), 25.0)  # 25 m2 of each 100 m2 pixel
    surface_present = np.full((20, 20), 50.0)
    pop_past = np.full((20, 20), 2.0)
    pop_present = np.full((20, 20), 3.0)
    zones = polygons([rect(0, 0, 100, 200), rect(100, 0, 250, 200)], "&field=id:integer", [[1], [2]])
    rows = run(
        BUILT_PAST=write_raster(tmp_path / "bp.tif", surface_past),
        BUILT_PRESENT=write_raster(tmp_path / "bn.tif", surface_present),
        BUILT_MODE=2,
        ZONES=zones,
        ZONE_ID="id",
        POP_RASTER_PAST=write_raster(tmp_path / "pp.tif", pop_past),
        POP_RASTER_PRESENT=write_raster(tmp_path / "pn.tif", pop_present),
    )
    # zone 1 holds 200 pixels: 5,000 → 10,000 m2, 400 → 600 people; zone 2 the other 200 (half of it is outside)
    assert rows["1"]["built_past_km2"] == pytest.approx(0.005)
    assert rows["1"]["pop_present"] == pytest.approx(600)
    assert rows["2"]["pop_past"] == pytest.approx(400)
    assert rows["city"]["lcr"] == pytest.approx(1.0 / 20)
    assert rows["city"]["built_m2_per_person_past"] == pytest.approx(10000 / 800)


def wgs84_cell_area(lat1, lat2, dlon):
    """Area (m2) of a lat/lon cell on the WGS 84 ellipsoid, by the authalic-latitude formula (Snyder 1987)."""
    a, f = 6378137.0, 1 / 298.257223563
    e = math.sqrt(f * (2 - f))

    def q(phi):
        s = math.sin(math.radians(phi))
        return (1 - e * e) * (s / (1 - e * e * s * s) - math.log((1 - e * s) / (1 + e * s)) / (2 * e))

    return abs(a * a * math.radians(dlon) * (q(lat2) - q(lat1)) / 2)


def test_geographic_raster_pixels_are_measured_on_the_ellipsoid(conecta_plugin, tmp_path):
    past = np.zeros((10, 10))
    past[0, :] = 1  # the top row: latitudes -30.000 to -30.001
    present = past.copy()
    present[9, :] = 1  # plus the bottom row: -30.009 to -30.010
    origin = (-51.2, -30.0)
    rows = run(
        BUILT_PAST=write_raster(tmp_path / "p.tif", past, pixel=0.001, origin=origin, crs="EPSG:4326"),
        BUILT_PRESENT=write_raster(tmp_path / "n.tif", present, pixel=0.001, origin=origin, crs="EPSG:4326"),
        POP_PAST=1000,
        POP_PRESENT=1000,
    )
    top = wgs84_cell_area(-30.0, -30.001, 0.01)
    bottom = wgs84_cell_area(-30.009, -30.010, 0.01)
    assert rows["city"]["built_past_km2"] == pytest.approx(top / 1e6, rel=1e-5)
    assert rows["city"]["built_present_km2"] == pytest.approx((top + bottom) / 1e6, rel=1e-5)


def test_warnings_for_falling_population(conecta_plugin):
    past = polygons([rect(0, 0, 100, 100)])
    present = polygons([rect(0, 0, 100, 150)])
    feedback = Log()
    rows = run(feedback, BUILT_PAST=past, BUILT_PRESENT=present, POP_PAST=1000, POP_PRESENT=900)
    city = rows["city"]
    assert city["negative_pgr"] == 1 and city["lcrpgr"] < 0
    assert city["lcrpgr"] == pytest.approx((0.5 / 20) / (math.log(0.9) / 20))
    assert any("population fell" in w for w in feedback.warnings)
    feedback = Log()
    run(feedback, BUILT_PAST=past, BUILT_PRESENT=present, POP_PAST=1000, POP_PRESENT=1001)
    assert any("barely changed" in w for w in feedback.warnings)


def test_bad_input(conecta_plugin):
    past = polygons([rect(0, 0, 100, 100)])
    zones = polygons([rect(0, 0, 100, 100)], "&field=p:double", [[10.0]])
    with pytest.raises(QgsProcessingException, match="must come after the past year"):
        run(BUILT_PAST=past, BUILT_PRESENT=past, POP_PAST=1, POP_PRESENT=2, YEAR_PAST=2020, YEAR_PRESENT=2020)
    with pytest.raises(QgsProcessingException, match="in one way"):
        run(BUILT_PAST=past, BUILT_PRESENT=past, POP_PAST=1, POP_PRESENT=2, ZONES=zones, POP_FIELD_PAST="p")
    with pytest.raises(QgsProcessingException, match="in one way"):
        run(BUILT_PAST=past, BUILT_PRESENT=past, POP_PAST=1)
    with pytest.raises(QgsProcessingException, match="single number only works for the whole city"):
        run(BUILT_PAST=past, BUILT_PRESENT=past, POP_PAST=1, POP_PRESENT=2, ZONES=zones)
    with pytest.raises(QgsProcessingException, match="must be above 0"):
        run(BUILT_PAST=past, BUILT_PRESENT=past, POP_PAST=0, POP_PRESENT=2)
    points = QgsVectorLayer("Point?crs=EPSG:31982", "points", "memory")
    with pytest.raises(QgsProcessingException):
        run(BUILT_PAST=points, BUILT_PRESENT=past, POP_PAST=1, POP_PRESENT=2)
