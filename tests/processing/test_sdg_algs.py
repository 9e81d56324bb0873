"""conecta:sdg1121 and sdg1171 on hand-made layers (hand-computed shares) and on real data (conecta:gtfsstops is
tested with the public-transport group, tests/processing/test_transit_algs.py)."""

import math

import numpy as np
import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from feedback_log import Log

CRS = "EPSG:31982"
X0, Y0 = 500_000.0, 6_700_000.0


def memory(kind, fields, rows):
    """A memory layer in EPSG:31982; rows are (wkt in local metres, attributes)."""
    layer = QgsVectorLayer(f"{kind}?crs={CRS}", kind, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        g = QgsGeometry.fromWkt(geometry)
        g.translate(X0, Y0)
        feature.setGeometry(g)
        feature.setAttributes(attributes)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def table(layer):
    return {(f["scenario"], f["field"]): f for f in layer.getFeatures()}


# ---------------------------------------------------------------- SDG 11.2.1 by hand


@pytest.fixture
def cross_city():
    """An east-west street (0..4000 m) and a north-south one at x = 3000 (-1000..1000 m)."""
    network = memory(
        "LineString",
        [("highway", QVariant.String)],
        [
            ("LINESTRING(0 0, 3000 0, 4000 0)", ["residential"]),
            ("LINESTRING(3000 -1000, 3000 0, 3000 1000)", ["residential"]),
        ],
    )
    stops = memory(
        "Point",
        [("klass", QVariant.String), ("mode", QVariant.String), ("freq", QVariant.Double)],
        [
            ("POINT(1000 0)", ["low", "bus", 2.0]),
            ("POINT(3000 500)", ["high", "subway", 6.0]),
            ("POINT(1000 5000)", ["low", "bus", 10.0]),  # 5 km from any street
        ],
    )
    population = memory(
        "Polygon",
        [("pop", QVariant.Double), ("women", QVariant.Double), ("name", QVariant.String)],
        [
            (box(600, -50, 800, 50), [100, 50, "a"]),
            (box(1000, 0, 1200, 100), [200, 100, "b"]),
            (box(3100, 0, 3300, 100), [300, 100, "d"]),
            (box(5000, 0, 5100, 100), [400, 200, "c"]),
        ],
    )
    return network, stops, population


def run_1121(network, stops, population, feedback=None, **extra):
    params = {
        "NETWORK": network,
        "STOPS": stops,
        "POPULATION_LAYER": population,
        "POPULATION_FIELDS": ["pop", "women"],
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_POPULATION": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
    }
    params.update(extra)
    return processing.run("conecta:sdg1121", params, feedback=feedback)


def test_sdg1121_hand_computed_shares(conecta_plugin, cross_city):
    network, stops, population = cross_city
    feedback = Log()
    result = run_1121(network, stops, population, feedback, CLASS_FIELD="klass", FREQUENCY_FIELD="freq")
    rows = table(result["OUTPUT_TABLE"])
    # Low stop at x=1000 reaches 500..1500 m of the street, buffered 50 m: polygon a (x 600..800,
    # y -50..50) fully, polygon b (x 1000..1200, y 0..100) half (y 0..50). High stop 500 m north of the
    # crossing reaches 500 m of the east-west street each side (x 2500..3500): polygon d half.
    pop = {"a": 100, "b": 200, "d": 300, "c": 400}
    women = {"a": 50, "b": 100, "d": 100, "c": 200}
    expected = {
        "low": {"a": 1, "b": 0.5},
        "high": {"d": 0.5},
        "all": {"a": 1, "b": 0.5, "d": 0.5},
        "all_frequent": {"d": 0.5},  # only the high stop has >= 3 departures per hour
        "low_frequent": {},
        "high_frequent": {"d": 0.5},
    }
    for scenario, shares in expected.items():
        for field, values in (("pop", pop), ("women", women)):
            served = sum(values[k] * s for k, s in shares.items())
            total = sum(values.values())
            row = rows[(scenario, field)]
            assert row["served"] == pytest.approx(served, abs=0.05), (scenario, field)
            assert row["indicator_pct"] == pytest.approx(100 * served / total, abs=0.01)
    assert rows[("all", "pop")]["indicator_pct"] == pytest.approx(35.0, abs=0.01)
    per_zone = {f["name"]: f for f in result["OUTPUT_POPULATION"].getFeatures()}
    assert per_zone["b"]["pct_all"] == pytest.approx(50.0, abs=0.01)
    assert per_zone["b"]["served_pop"] == pytest.approx(100.0, abs=0.05)
    assert per_zone["c"]["pct_all"] == 0
    areas = {f["scenario"]: f for f in result["OUTPUT"].getFeatures()}
    assert {"all", "low", "high", "all_frequent", "high_frequent"} <= set(areas)
    # the low-capacity area: 1,000 m of street x 100 m plus two half discs of 50 m (16-gon approximation)
    half_discs = 2 * (8 * 0.5 * 50**2 * math.sin(math.pi / 8))
    assert areas["low"]["area_km2"] * 1e6 == pytest.approx(1000 * 100 + half_discs, rel=1e-3)
    assert any("farther than 250" in w and "serve no one" in w for w in feedback.warnings)


def test_sdg1121_mode_field_and_national_distance(conecta_plugin, cross_city):
    network, stops, population = cross_city
    # Mode field: bus -> low, subway -> metro -> high; Argentina-style 300 m for every stop
    result = run_1121(network, stops, population, MODE_FIELD="mode", LOW_DISTANCE=300, HIGH_DISTANCE=300)
    rows = table(result["OUTPUT_TABLE"])
    # low stop reaches x 700..1300: a (600..800) covered over x 700..800 plus the round cap (16-gon)
    # beyond x=700; b covered half over its full width.
    half_disc = 4 * 50**2 * math.sin(math.pi / 8)  # half of GEOS's 16-gon end cap of radius 50
    a_inside = (100 * 100 + half_disc) / (200 * 100)
    assert rows[("low", "pop")]["served"] == pytest.approx(100 * a_inside + 100, abs=0.5)
    # high stop 500 m from the crossing with 300 m: never reaches the east-west street, d unserved
    assert rows[("high", "pop")]["served"] == pytest.approx(0.0, abs=1e-9)


def test_sdg1121_bad_input_messages(conecta_plugin, cross_city):
    network, stops, population = cross_city
    with pytest.raises(QgsProcessingException, match="population layer with at least one population field"):
        run_1121(network, stops, None, POPULATION_FIELDS=[])
    with pytest.raises(QgsProcessingException, match="numeric"):
        run_1121(network, stops, population, POPULATION_FIELDS=["name"])
    empty = memory("Point", [("klass", QVariant.String)], [])
    with pytest.raises(QgsProcessingException, match="stops layer is empty"):
        run_1121(network, empty, population)


def test_sdg1121_far_stops_are_listed_by_stop_id(conecta_plugin, cross_city):
    network, _, population = cross_city
    # GTFS-like stop ids (conecta:gtfsstops writes stop_id); the third stop is 5 km from any street
    stops = memory(
        "Point",
        [("stop_id", QVariant.String), ("klass", QVariant.String)],
        [
            ("POINT(1000 0)", ["18920", "low"]),
            ("POINT(3000 500)", ["4210", "high"]),
            ("POINT(1000 5000)", ["77031", "low"]),
        ],
    )
    feedback = Log()
    run_1121(network, stops, population, feedback, CLASS_FIELD="klass")
    far = [w for w in feedback.warnings if "farther than" in w]
    assert far == [
        "1 stops are farther than 250.0 m from the street network and serve no one (stop_id): 77031"
    ]
    # without a stop_id field, the QGIS feature id (3, the third feature of a memory layer) is given
    feedback = Log()
    _, plain, _ = cross_city
    run_1121(network, plain, population, feedback, CLASS_FIELD="klass")
    assert "serve no one (feature ids): 3" in feedback.text()


def test_sdg1121_population_points(conecta_plugin, cross_city):
    network, stops, _ = cross_city
    points = memory(
        "Point",
        [("pop", QVariant.Double), ("women", QVariant.Double)],
        [("POINT(1000 40)", [10, 5]), ("POINT(1000 60)", [30, 10]), ("POINT(3200 -20)", [60, 30])],
    )
    rows = table(run_1121(network, stops, points, CLASS_FIELD="klass")["OUTPUT_TABLE"])
    # 40 m from the street: served by the low stop; 60 m: outside the 50 m frontage; 3200,-20: high
    assert rows[("low", "pop")]["indicator_pct"] == pytest.approx(10.0)
    assert rows[("all", "pop")]["indicator_pct"] == pytest.approx(70.0)
    assert rows[("all", "women")]["indicator_pct"] == pytest.approx(100 * 35 / 45)


def test_sdg1121_population_raster(conecta_plugin, cross_city, tmp_path):
    rasterio = pytest.importorskip("rasterio")
    from rasterio.transform import from_origin

    network, stops, population = cross_city
    # 10 m pixels of 1 person over x 0..2000, y -100..100: the low stop's strip (x 500..1500, |y| <= 50)
    # holds 100 x 10 pixels plus the two caps; the whole raster 200 x 20 pixels.
    path = tmp_path / "pop.tif"
    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=200,
        height=20,
        count=1,
        dtype="float32",
        crs=CRS,
        transform=from_origin(X0, Y0 + 100, 10, 10),
    ) as dst:
        dst.write(np.ones((1, 20, 200), dtype="float32"))
    rows = table(
        run_1121(
            network, stops, None, POPULATION_FIELDS=[], POPULATION_RASTER=str(path), CLASS_FIELD="klass"
        )["OUTPUT_TABLE"]
    )
    half_discs = 2 * (8 * 0.5 * 50**2 * math.sin(math.pi / 8))
    served = (1000 * 100 + half_discs) / 100  # persons = m2 / pixel area
    assert rows[("low", "raster")]["total"] == pytest.approx(4000, rel=1e-6)
    assert rows[("low", "raster")]["served"] == pytest.approx(served, rel=1e-3)


# ---------------------------------------------------------------- SDG 11.2.1 on the sample city


def test_sdg1121_porto_alegre(conecta_plugin, sample_gpkg):
    g = str(sample_gpkg)
    feedback = Log()
    result = processing.run(
        "conecta:sdg1121",
        {
            "NETWORK": g + "|layername=network",
            "STOPS": g + "|layername=stops",
            "MODE_FIELD": "mode",
            "POPULATION_LAYER": g + "|layername=zones",
            "POPULATION_FIELDS": ["population"],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    rows = table(result["OUTPUT_TABLE"])
    overall = rows[("all", "population")]["indicator_pct"]
    low = rows[("low", "population")]["indicator_pct"]
    high = rows[("high", "population")]["indicator_pct"]
    print(f"\nPorto Alegre SDG 11.2.1: all {overall:.2f} %, low {low:.2f} %, high {high:.2f} %")
    assert rows[("all", "population")]["total"] == 812935  # published total (data README)
    assert 60 < overall < 99 and 60 < low <= overall and 0 < high < 15
    assert overall <= low + high + 1e-9
    # Independent check: straight-line discs of distance + 50 m (buffer) contain every network area
    stops = QgsVectorLayer(g + "|layername=stops", "s", "ogr")
    discs = []
    for f in stops.getFeatures():
        radius = (1000 if f["mode"] in ("rail", "subway", "metro", "ferry") else 500) + 50
        discs.append(f.geometry().buffer(radius, 8))
    crow = QgsGeometry.unaryUnion(discs)
    engine = QgsGeometry.createGeometryEngine(crow.constGet())
    engine.prepareGeometry()
    zones = QgsVectorLayer(g + "|layername=zones", "z", "ogr")
    served = total = 0.0
    for z in zones.getFeatures():
        geometry = z.geometry()
        total += z["population"]
        if engine.intersects(geometry.constGet()):
            served += z["population"] * crow.intersection(geometry).area() / geometry.area()
    straight = 100 * served / total
    print(f"straight-line discs: {straight:.2f} %")
    assert straight >= overall
    assert any("farther than" in w for w in feedback.warnings)  # stops beyond the sample network


# ---------------------------------------------------------------- SDG 11.7.1 by hand


def test_sdg1171_hand_computed(conecta_plugin):
    network = memory(
        "LineString", [("highway", QVariant.String)], [("LINESTRING(0 0, 2000 0)", ["residential"])]
    )
    spaces = memory(
        "Polygon",
        [("fee", QVariant.String)],
        [(box(900, 10, 1100, 210), ["no"]), (box(1700, 10, 1900, 210), ["yes"])],
    )
    city = memory("Polygon", [], [(box(0, -500, 2000, 500), [])])
    population = memory(
        "Polygon",
        [("pop", QVariant.Double)],
        [(box(600, -50, 800, 0), [100]), (box(1200, -100, 1400, 0), [100]), (box(1800, -50, 1900, 0), [100])],
    )
    result = processing.run(
        "conecta:sdg1171",
        {
            "OPEN_SPACES": spaces,
            "EXCLUDE_FIELD": "fee",
            "EXCLUDE_VALUES": "yes",
            "CITY_BOUNDARY": city,
            "NETWORK": network,
            "POPULATION_LAYER": population,
            "POPULATION_FIELDS": ["pop"],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    rows = table(result["OUTPUT_TABLE"])
    # area: 200 x 200 m of open space (the fee-charging one excluded) in a 2,000 x 1,000 m city
    assert rows[("open_space_area", "area_m2")]["indicator_pct"] == pytest.approx(2.0)
    # entrances on the south edge (10 m from the street) reach 390 m beyond x 900 and 1100: the street
    # from 510 to 1490, buffered 50 m: the first zone fully, the second half, the third (near the
    # excluded space) not at all -> 150 of 300 people
    assert rows[("population_within_distance", "pop")]["indicator_pct"] == pytest.approx(50.0, abs=0.01)


def test_sdg1171_points_need_a_city(conecta_plugin):
    network = memory(
        "LineString", [("highway", QVariant.String)], [("LINESTRING(0 0, 2000 0)", ["residential"])]
    )
    spaces = memory("Polygon", [], [(box(900, 10, 1100, 210), [])])
    points = memory("Point", [("pop", QVariant.Double)], [("POINT(100 10)", [5])])
    with pytest.raises(QgsProcessingException, match="city boundary"):
        processing.run(
            "conecta:sdg1171",
            {
                "OPEN_SPACES": spaces,
                "NETWORK": network,
                "POPULATION_LAYER": points,
                "POPULATION_FIELDS": ["pop"],
                "OUTPUT": "TEMPORARY_OUTPUT",
                "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
            },
        )


def test_sdg1171_population_without_geometry_and_no_city(conecta_plugin):
    network = memory(
        "LineString", [("highway", QVariant.String)], [("LINESTRING(0 0, 2000 0)", ["residential"])]
    )
    spaces = memory("Polygon", [], [(box(900, 10, 1100, 210), [])])
    population = memory("Polygon", [("pop", QVariant.Double)], [("", [5]), ("", [7])])
    with pytest.raises(QgsProcessingException, match="no polygon to define the city area"):
        processing.run(
            "conecta:sdg1171",
            {
                "OPEN_SPACES": spaces,
                "NETWORK": network,
                "POPULATION_LAYER": population,
                "POPULATION_FIELDS": ["pop"],
                "OUTPUT": "TEMPORARY_OUTPUT",
                "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
            },
        )


def test_sdg1171_features_without_geometry_are_reported(conecta_plugin):
    network = memory(
        "LineString", [("highway", QVariant.String)], [("LINESTRING(0 0, 2000 0)", ["residential"])]
    )
    spaces = memory("Polygon", [], [(box(900, 10, 1100, 210), []), ("", [])])
    city = memory("Polygon", [], [(box(0, -500, 2000, 500), [])])
    population = memory("Polygon", [("pop", QVariant.Double)], [(box(600, -50, 800, 0), [100]), ("", [50])])
    log = Log()
    result = processing.run(
        "conecta:sdg1171",
        {
            "OPEN_SPACES": spaces,
            "CITY_BOUNDARY": city,
            "NETWORK": network,
            "POPULATION_LAYER": population,
            "POPULATION_FIELDS": ["pop"],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
        },
        feedback=log,
    )
    rows = table(result["OUTPUT_TABLE"])
    # the open space without geometry is left out (2 % of the city as in the hand-computed case); the
    # 50 people without a place count as not served: 100 of 150 within reach
    assert rows[("open_space_area", "area_m2")]["indicator_pct"] == pytest.approx(2.0)
    assert rows[("population_within_distance", "pop")]["indicator_pct"] == pytest.approx(100 / 1.5, abs=0.01)
    assert "1 features without geometry skipped, 0 invalid polygons repaired" in log.text()
    assert "1 population features have no geometry" in log.text()
