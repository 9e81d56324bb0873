"""conecta:sdg1131 on small hand-made layers: LCR, PGR, LCRPGR and built-up area per person, with the bad
inputs planners meet (zones in another CRS, NULL and invalid geometries, layers without a CRS)."""

import hashlib
import math

import numpy as np
import processing
import pytest
from processing_helpers import context_with
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

rasterio = pytest.importorskip("rasterio")
from rasterio.transform import from_origin  # noqa: E402

from feedback_log import Log  # noqa: E402
from layers import ORIGIN, local_box, memory_layer  # noqa: E402

X0, Y0 = ORIGIN
CRS = "EPSG:31982"


def is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def polygons(rows, fields=(), crs=CRS, name="polygons"):
    """A polygon layer: rows are (wkt or None, attributes); ``fields`` are "name:type"."""
    uri = f"Polygon?crs={crs}" + "".join(f"&field={f}" for f in fields)
    return memory_layer(uri, rows, name)


def rect(x0, y0, x1, y1):
    return local_box(x0, y0, x1, y1)


def in_wgs84(wkt):
    geometry = QgsGeometry.fromWkt(wkt)
    geometry.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(CRS),
            QgsCoordinateReferenceSystem("EPSG:4326"),
            QgsProject.instance(),
        )
    )
    return geometry.asWkt(12)


def write_raster(path, values, pixel=10.0, origin=(X0, Y0 + 200), crs=CRS, nodata=None):
    values = np.asarray(values, dtype="float32")
    with rasterio.open(
        path, "w", driver="GTiff", width=values.shape[1], height=values.shape[0], count=1, dtype="float32",
        crs=crs, nodata=nodata, transform=from_origin(origin[0], origin[1], pixel, pixel),
    ) as dataset:  # fmt: skip
        dataset.write(values, 1)
    return str(path)


def run(feedback=None, context=None, **parameters):
    parameters.setdefault("YEAR_PAST", 2000)
    parameters.setdefault("YEAR_PRESENT", 2020)
    parameters.setdefault("OUTPUT", "memory:")
    out = processing.run("conecta:sdg1131", parameters, context=context, feedback=feedback or Log())["OUTPUT"]
    if not isinstance(out, QgsVectorLayer):
        out = QgsVectorLayer(out, "out", "ogr")
    return {f["zone"]: f for f in out.getFeatures()}


def zone_populations(built, zones, past_field, present_field) -> dict:
    """Parameters: the same built-up layer at both dates, populations from two fields of ``zones`` (ids in id)."""
    return {
        "BUILT_PAST": built,
        "BUILT_PRESENT": built,
        "ZONES": zones,
        "ZONE_ID": "id",
        "POP_FIELD_PAST": past_field,
        "POP_FIELD_PRESENT": present_field,
    }


def test_city_from_polygons_and_numbers(conecta_plugin):
    past = polygons([(rect(0, 0, 1000, 1000), [])])  # 1 km2
    # 1.2 km2 in two overlapping polygons (the overlap counts once)
    present = polygons([(rect(0, 0, 1000, 1000), []), (rect(0, 500, 1000, 1200), [])])
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


def two_zones(
    crs=CRS,
    fields=("name:string", "p2000:integer", "p2020:integer"),
    values=(["W", 1000, 1000], ["E", 500, 1000]),
):
    """Zone W (x 0..100) and zone E (x 100..200), 200 m tall, in ``crs``."""
    rows = [(rect(0, 0, 100, 200), values[0]), (rect(100, 0, 200, 200), values[1])]
    if crs != CRS:
        rows = [(in_wgs84(wkt), attributes) for wkt, attributes in rows]
    return polygons(rows, fields, crs, "zones")


def test_zones_with_binary_rasters_and_population_fields(conecta_plugin, tmp_path):
    # 20 x 20 pixels of 10 m over x 0..200, y 0..200; zone W is x < 100, zone E is x >= 100
    past = np.zeros((20, 20))
    past[:, :5] = 1  # 100 pixels in W = 10,000 m2
    past[:4, 10:15] = 1  # 20 pixels in E = 2,000 m2
    present = past.copy()
    present[:, 5:8] = 3  # GHSL-like class values: > 0 but not equal to 1
    present[4:10, 10:15] = 1  # E now 50 pixels = 5,000 m2
    common = dict(
        BUILT_PAST=write_raster(tmp_path / "past.tif", past),
        BUILT_PRESENT=write_raster(tmp_path / "present.tif", present),
        ZONES=two_zones(),
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


@pytest.mark.parametrize("zones_crs", [CRS, "EPSG:4326"])
def test_zones_in_another_crs_than_the_rasters_by_hand(conecta_plugin, tmp_path, zones_crs):
    """Zones in geographic coordinates over rasters in UTM give the values computed in the rasters' CRS;
    a zone whose population did not change has no ratio (NULL), not the ratio of two rounding errors
    (10¹² and more before: a zone edge reprojected covers a sliver of its neighbour's pixels)."""
    past = np.zeros((20, 20))
    past[:, :5] = 1  # W 10,000 m2
    past[:4, 10:15] = 1  # E 2,000 m2
    present = past.copy()
    present[:, 5:8] = 1  # W 16,000 m2
    present[4:10, 10:15] = 1  # E 5,000 m2
    pop_past = np.full((20, 20), 2.0)  # W 400, E 400 people
    pop_present = pop_past.copy()
    pop_present[:, 10:] = 4.0  # W unchanged, E 800
    rows = run(
        BUILT_PAST=write_raster(tmp_path / "bp.tif", past),
        BUILT_PRESENT=write_raster(tmp_path / "bn.tif", present),
        POP_RASTER_PAST=write_raster(tmp_path / "pp.tif", pop_past),
        POP_RASTER_PRESENT=write_raster(tmp_path / "pn.tif", pop_present),
        ZONES=two_zones(zones_crs),
        ZONE_ID="name",
        YEAR_PRESENT=2010,
    )
    west, east, city = rows["W"], rows["E"], rows["city"]
    assert west["lcr"] == pytest.approx(0.06, rel=1e-6)  # (16,000 - 10,000) / 10,000 / 10
    assert west["pgr"] == 0 and is_null(west["lcrpgr"])
    assert east["lcr"] == pytest.approx(0.15, rel=1e-6)
    assert east["lcrpgr"] == pytest.approx(1.5 / math.log(2), rel=1e-6)  # 2.164
    assert city["lcrpgr"] == pytest.approx(
        0.75 / math.log(1.5), rel=1e-6
    )  # 1.850: 12,000 → 21,000 m2, 800 → 1,200


def test_surface_rasters_and_population_rasters(conecta_plugin, tmp_path):
    """GHS-BUILT-S-like values (m2 of built-up per pixel) and population rasters summed over the zones."""
    zones = polygons([(rect(0, 0, 100, 200), [1]), (rect(100, 0, 250, 200), [2])], ["id:integer"])
    rows = run(
        BUILT_PAST=write_raster(tmp_path / "bp.tif", np.full((20, 20), 25.0)),  # 25 m2 of each 100 m2 pixel
        BUILT_PRESENT=write_raster(tmp_path / "bn.tif", np.full((20, 20), 50.0)),
        BUILT_MODE=2,
        ZONES=zones,
        ZONE_ID="id",
        POP_RASTER_PAST=write_raster(tmp_path / "pp.tif", np.full((20, 20), 2.0)),
        POP_RASTER_PRESENT=write_raster(tmp_path / "pn.tif", np.full((20, 20), 3.0)),
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
    past = polygons([(rect(0, 0, 100, 100), [])])
    present = polygons([(rect(0, 0, 100, 150), [])])
    feedback = Log()
    rows = run(feedback, BUILT_PAST=past, BUILT_PRESENT=present, POP_PAST=1000, POP_PRESENT=900)
    city = rows["city"]
    assert city["negative_pgr"] == 1 and city["lcrpgr"] < 0
    assert city["lcrpgr"] == pytest.approx((0.5 / 20) / (math.log(0.9) / 20))
    assert any("population fell" in w for w in feedback.warnings)
    feedback = Log()
    run(feedback, BUILT_PAST=past, BUILT_PRESENT=present, POP_PAST=1000, POP_PRESENT=1001)
    assert any("barely changed" in w for w in feedback.warnings)


def test_null_built_up_geometries(conecta_plugin):
    """Built-up features without geometry add no area, with a warning; a date without any built-up area
    is refused (it read LCRPGR −814: LCR −1/t divided by a small PGR)."""
    past = polygons([(rect(0, 0, 100, 100), []), (rect(0, 100, 100, 200), [])], name="built 2000")
    present = polygons([(rect(0, 0, 100, 250), []), (None, [])], name="built 2020")
    log = Log()
    city = run(log, BUILT_PAST=past, BUILT_PRESENT=present, POP_PAST=1000, POP_PRESENT=1100)["city"]
    assert city["built_present_km2"] == pytest.approx(0.025)
    assert city["lcr"] == pytest.approx((25_000 - 20_000) / 20_000 / 20)
    assert "1 features of built 2020 have no polygon geometry: they add no built-up area." in log.warnings
    nothing = polygons([(None, []), (None, [])], name="built 2020")
    with pytest.raises(QgsProcessingException, match="No built-up area was found at the present date"):
        run(BUILT_PAST=past, BUILT_PRESENT=nothing, POP_PAST=1000, POP_PRESENT=1001)
    with pytest.raises(QgsProcessingException, match="No built-up area was found at the past date"):
        run(BUILT_PAST=nothing, BUILT_PRESENT=past, POP_PAST=1000, POP_PRESENT=1001)


BOW_TIE = "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))"
"""Two triangles of 2,500 m² meeting at (50, 50): self-intersecting."""


@pytest.mark.parametrize("reader", ["zones", "built 2020"])
def test_invalid_polygons_in_the_three_settings(conecta_plugin, reader):
    from layers import local

    past = polygons([(rect(0, 0, 300, 100), [])], name="built 2000")  # 30,000 m2
    present = polygons(
        [(rect(0, 0, 200, 100), []), (rect(0, 100, 100, 200), []), (rect(200, 0, 300, 50), [])],
        name="built 2020",
    )
    zones = polygons(
        [(rect(0, 0, 200, 200), ["A", 100, 110]), (rect(200, 0, 300, 100), ["B", 10, 10])],
        ["id:string", "p0:double", "p1:double"],
        name="zones",
    )
    bad = {"zones": zones, "built 2020": present}[reader]
    bad.dataProvider().changeGeometryValues({1: QgsGeometry.fromWkt(local(BOW_TIE))})  # A, or the first built
    parameters = dict(
        BUILT_PAST=past,
        BUILT_PRESENT=present,
        ZONES=zones,
        ZONE_ID="id",
        POP_FIELD_PAST="p0",
        POP_FIELD_PRESENT="p1",
    )
    with pytest.raises(QgsProcessingException, match=f"Feature \\(1\\) from “{reader}” has invalid geometry"):
        run(context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid), **parameters)
    log = Log()
    rows = run(log, context_with(QgsFeatureRequest.GeometrySkipInvalid), **parameters)
    assert f"1 features of {reader} have an invalid geometry and were skipped (ids 1)." in log.warnings
    if reader == "zones":
        assert list(rows) == ["B", "city"]
    else:  # left with the second present polygon (x 0..100, y 100..200), outside... of zone B, inside A
        assert rows["A"]["built_present_km2"] == pytest.approx(0.01)
    log = Log()
    rows = run(log, context_with(QgsFeatureRequest.GeometryNoCheck), **parameters)
    assert any(
        w.startswith(f"1 features of {reader} had an invalid geometry and were repaired")
        for w in log.warnings
    )
    if reader == "zones":  # zone A is the repaired bow tie: 5,000 m2, all of it built at both dates
        assert rows["A"]["built_past_km2"] == pytest.approx(0.005)
        assert rows["A"]["built_present_km2"] == pytest.approx(0.005)
    else:  # the bow tie (5,000 m2) and the second polygon (10,000 m2) do not overlap
        assert rows["A"]["built_present_km2"] == pytest.approx(0.015)


def test_layers_without_crs_are_refused(conecta_plugin, tmp_path):
    zones = polygons([(rect(0, 0, 100, 100), ["A", 10.0, 11.0])], ["id:string", "p0:double", "p1:double"])
    past = polygons([(rect(0, 0, 100, 100), [])])
    nameless = polygons([(rect(0, 0, 100, 100), [])], crs="", name="nameless")
    with pytest.raises(QgsProcessingException, match="Layer nameless has no coordinate reference system"):
        run(BUILT_PAST=past, BUILT_PRESENT=nameless, POP_PAST=1, POP_PRESENT=2)
    crs_less_zones = polygons(
        [(rect(0, 0, 100, 100), ["A", 10.0, 11.0])],
        ["id:string", "p0:double", "p1:double"],
        crs="",
        name="nameless",
    )
    with pytest.raises(QgsProcessingException, match="Layer nameless has no coordinate reference system"):
        run(**zone_populations(past, crs_less_zones, "p0", "p1"))
    raster = write_raster(tmp_path / "r.tif", np.ones((5, 5)), crs=None)
    with pytest.raises(QgsProcessingException, match="The raster r has no coordinate reference system"):
        run(BUILT_PAST=raster, BUILT_PRESENT=past, POP_PAST=1, POP_PRESENT=2)
    with pytest.raises(QgsProcessingException, match="The raster r has no coordinate reference system"):
        run(
            BUILT_PAST=past,
            BUILT_PRESENT=past,
            ZONES=zones,
            ZONE_ID="id",
            POP_FIELD_PAST="p0",
            POP_RASTER_PRESENT=raster,
        )


def test_bad_input(conecta_plugin, tmp_path):
    past = polygons([(rect(0, 0, 100, 100), [])])
    zones = polygons([(rect(0, 0, 100, 100), [10.0])], ["p:double"])
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
    with pytest.raises(QgsProcessingException, match="A population field needs the zones layer"):
        run(BUILT_PAST=past, BUILT_PRESENT=past, POP_PAST=1, POP_FIELD_PRESENT="p")
    points = QgsVectorLayer("Point?crs=EPSG:31982", "points", "memory")
    with pytest.raises(
        QgsProcessingException, match="must be a raster or a polygon layer: points is neither"
    ):
        run(BUILT_PAST=points, BUILT_PRESENT=past, POP_PAST=1, POP_PRESENT=2)
    empty = polygons([], name="empty")
    with pytest.raises(QgsProcessingException, match="The built-up layer empty has no features"):
        run(BUILT_PAST=empty, BUILT_PRESENT=past, POP_PAST=1, POP_PRESENT=2)
    ids = polygons(
        [(rect(0, 0, 100, 100), ["A", 1.0]), (rect(0, 0, 50, 50), [None, 2.0])], ["id:string", "p:double"]
    )
    with pytest.raises(QgsProcessingException, match="Some zones have no id in field id"):
        run(**zone_populations(past, ids, "p", "p"))
    no_zones = polygons([], ["id:string", "p:double"], name="no zones")
    with pytest.raises(QgsProcessingException, match="The layer no zones has no features"):
        run(**zone_populations(past, no_zones, "p", "p"))
    twice = polygons(
        [(rect(0, 0, 100, 100), ["A", 1.0]), (rect(0, 0, 50, 50), ["A", 2.0])], ["id:string", "p:double"]
    )
    with pytest.raises(QgsProcessingException, match="Ids must be unique: 1 ids of field id"):
        run(**zone_populations(past, twice, "p", "p"))
    # the input file is unchanged and nothing is written when the run stops
    source = tmp_path / "zones.gpkg"
    processing.run("native:savefeatures", {"INPUT": zones, "OUTPUT": str(source)})
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException, match="single number only works"):
        run(
            BUILT_PAST=past,
            BUILT_PRESENT=past,
            POP_PAST=1,
            POP_PRESENT=2,
            ZONES=str(source),
            OUTPUT=str(tmp_path / "out" / "t.gpkg"),
        )
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    assert not (tmp_path / "out" / "t.gpkg").exists()
