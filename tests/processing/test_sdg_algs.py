"""conecta:sdg1121 and sdg1171 on hand-made layers (hand-computed shares) and on real data, with the bad inputs
planners meet (layers without a CRS, islands, invalid geometries, cancelled runs). conecta:gtfsstops is tested
with the public-transport group (tests/processing/test_transit_algs.py)."""

import math

import numpy as np
import processing
import pytest
from processing_helpers import context_with, digest, sample_city_sdg1121
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from feedback_log import Log
from layers import ORIGIN, local, memory_layer

CRS = "EPSG:31982"
X0, Y0 = ORIGIN
HALF_DISC = 8 * 0.5 * 50**2 * math.sin(math.pi / 8)
"""Area of half of GEOS's round end cap of radius 50 m (a 16-gon: 4 segments per quarter circle)."""


def layer(kind, fields, rows, name=None, crs=CRS):
    """A memory layer of ``kind`` with ``fields`` ("name:type"); rows are (wkt in local metres, attributes)."""
    uri = f"{kind}?crs={crs}" + "".join(f"&field={f}" for f in fields)
    return memory_layer(uri, [(local(w) if w else None, a) for w, a in rows], name or kind.lower())


def box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def table(result_layer):
    return {(f["scenario"], f["field"]): f for f in result_layer.getFeatures()}


def streets(*lines):
    """A street network of residential streets (local metres)."""
    return layer("LineString", ["highway:string"], [(line, ["residential"]) for line in lines], "streets")


# ---------------------------------------------------------------- SDG 11.2.1 by hand


@pytest.fixture
def cross_city():
    """An east-west street (0..4000 m) and a north-south one at x = 3000 (-1000..1000 m)."""
    network = streets("LINESTRING(0 0, 3000 0, 4000 0)", "LINESTRING(3000 -1000, 3000 0, 3000 1000)")
    stops = layer(
        "Point",
        ["klass:string", "mode:string", "freq:double"],
        [
            ("POINT(1000 0)", ["low", "bus", 2.0]),
            ("POINT(3000 500)", ["high", "subway", 6.0]),
            ("POINT(1000 5000)", ["low", "bus", 10.0]),  # 5 km from any street
        ],
    )
    population = layer(
        "Polygon",
        ["pop:double", "women:double", "name:string"],
        [
            (box(600, -50, 800, 50), [100, 50, "a"]),
            (box(1000, 0, 1200, 100), [200, 100, "b"]),
            (box(3100, 0, 3300, 100), [300, 100, "d"]),
            (box(5000, 0, 5100, 100), [400, 200, "c"]),
        ],
        "population",
    )
    return network, stops, population


def run_1121(network, stops, population, feedback=None, context=None, **extra):
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
    return processing.run("conecta:sdg1121", params, context=context, feedback=feedback or Log())


def served_by_name(result):
    return {f["name"]: f["pct_all"] for f in result["OUTPUT_POPULATION"].getFeatures()}


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
    assert areas["low"]["area_km2"] * 1e6 == pytest.approx(1000 * 100 + 2 * HALF_DISC, rel=1e-3)
    assert any("farther than 250" in w and "serve no one" in w for w in feedback.warnings)
    assert "2 of 3 stops are frequent (at least 3.0 departures per hour)." in feedback.infos


def test_sdg1121_population_without_a_value_counts_as_zero_and_is_named(conecta_plugin, cross_city):
    """Polygon b without a total population (NULL): 0 of it is served and 0 of it is counted, so the headline
    share is (100 + 0.5 × 300) / (100 + 300 + 400) = 31.25 %; women are unchanged; the log says so."""
    network, stops, population = cross_city
    population = population.materialize(QgsFeatureRequest())
    population.dataProvider().changeAttributeValues(
        {f.id(): {0: None} for f in population.getFeatures() if f["name"] == "b"}
    )
    feedback = Log()
    rows = table(run_1121(network, stops, population, feedback, CLASS_FIELD="klass")["OUTPUT_TABLE"])
    assert rows[("all", "pop")]["indicator_pct"] == pytest.approx(31.25, abs=0.01)
    assert rows[("all", "women")]["indicator_pct"] == pytest.approx(100 * (50 + 50 + 50) / 450, abs=0.01)
    assert "1 features have no value in field pop: counted as 0." in feedback.warnings


def test_sdg1121_default_distances_and_the_frontage_by_hand(conecta_plugin):
    """UN metadata 2021: 500 m from low-capacity stops, 1,000 m from high-capacity ones, plus the 50 m
    frontage; a point exactly at the frontage distance is served (the area's boundary is inside)."""
    network = streets("LINESTRING(0 0, 2000 0, 4000 0)")
    stops = layer("Point", ["klass:string"], [("POINT(1000 0)", ["low"]), ("POINT(3000 0)", ["high"])])
    names = {
        "low_end": (1540, 0),  # 500 m + 40 m: inside the low stop's end cap
        "past_low": (1560, 0),  # 500 m + 60 m
        "high_end": (1960, 0),  # 1,000 m + 40 m west of the high stop
        "past_high": (1940, 0),  # 1,000 m + 60 m (and 440 m beyond the low stop's reach)
        "edge": (1000, 50),  # exactly 50 m from a reached street
        "past_edge": (1000, 50.5),
    }
    population = layer(
        "Point", ["pop:double", "women:double", "name:string"],
        [(f"POINT({x} {y})", [1, 1, name]) for name, (x, y) in names.items()],
    )  # fmt: skip
    result = run_1121(network, stops, population, CLASS_FIELD="klass")
    assert served_by_name(result) == {
        "low_end": 100, "past_low": 0, "high_end": 100, "past_high": 0, "edge": 100, "past_edge": 0,
    }  # fmt: skip
    rows = table(result["OUTPUT_TABLE"])
    assert rows[("low", "pop")]["served"] == 2 and rows[("high", "pop")]["served"] == 1
    assert rows[("all", "pop")]["indicator_pct"] == pytest.approx(50.0)
    areas = {f["scenario"]: f for f in result["OUTPUT"].getFeatures()}
    assert (areas["low"]["distance_low_m"], areas["high"]["distance_high_m"]) == (500, 1000)


@pytest.mark.parametrize(
    "field, unit, values",
    [("freq", 0, (3.0, 2.99)), ("headway", 1, (20.0, 20.5)), ("headway", 1, (20.0, 0.0))],
    ids=["three_departures_an_hour", "twenty_minute_headway", "zero_headway_is_no_service"],
)
def test_sdg1121_frequent_stop_boundaries(conecta_plugin, field, unit, values):
    """A stop with exactly 3 departures an hour (or a 20-minute headway) is frequent: the rule is ≥ 3."""
    network = streets("LINESTRING(0 0, 6000 0)")
    stops = layer(
        "Point", ["klass:string", f"{field}:double"],
        [("POINT(1000 0)", ["low", values[0]]), ("POINT(5000 0)", ["low", values[1]])],
    )  # fmt: skip
    population = layer(
        "Point", ["pop:double", "women:double", "name:string"],
        [("POINT(1000 0)", [1, 1, "A"]), ("POINT(5000 0)", [1, 1, "B"])],
    )  # fmt: skip
    result = run_1121(
        network, stops, population, CLASS_FIELD="klass", FREQUENCY_FIELD=field, FREQUENCY_UNIT=unit
    )
    rows = table(result["OUTPUT_TABLE"])
    assert rows[("all", "pop")]["served"] == 2
    assert rows[("all_frequent", "pop")]["served"] == 1  # only stop A
    frequent = {f["name"]: f["pct_all_frequent"] for f in result["OUTPUT_POPULATION"].getFeatures()}
    assert frequent == {"A": 100, "B": 0}


def test_sdg1121_snapping_distance_boundary(conecta_plugin):
    """A stop exactly at the snapping distance (250 m) is linked, and its walk to the street counts; one
    0.5 m farther serves no one."""
    network = streets("LINESTRING(0 0, 4000 0)")
    stops = layer("Point", ["klass:string"], [("POINT(1000 250)", ["low"]), ("POINT(3000 250.5)", ["low"])])
    population = layer(
        "Point", ["pop:double", "women:double", "name:string"],
        [("POINT(1200 0)", [1, 1, "near"]), ("POINT(1350 0)", [1, 1, "far"]), ("POINT(3000 0)", [1, 1, "B"])],
    )  # fmt: skip
    log = Log()
    result = run_1121(network, stops, population, log, CLASS_FIELD="klass")
    # 250 m walked to the street leave 250 m along it: x 750..1250, plus the 50 m frontage
    assert served_by_name(result) == {"near": 100, "far": 0, "B": 0}
    assert (
        "1 stops are farther than 250.0 m from the street network and serve no one (feature ids): 2"
        in log.warnings
    )


def test_sdg1121_island_population_is_served_only_from_the_island(conecta_plugin):
    """Population next to a piece of street network cut off from the rest (an island) is not served by a
    stop on the main network 300 m away across the water; a stop on the island serves it, and is listed."""
    network = streets(
        "LINESTRING(0 0, 1500 0)", "LINESTRING(1500 0, 3000 0)", "LINESTRING(3000 0, 4000 0)",
        "LINESTRING(1000 300, 2000 300)",  # the island's only street
    )  # fmt: skip
    population = layer(
        "Polygon", ["pop:double", "women:double", "name:string"],
        [(box(1400, -50, 1600, 50), [100, 50, "shore"]), (box(1400, 250, 1600, 350), [100, 50, "island"])],
    )  # fmt: skip
    mainland = layer("Point", ["klass:string"], [("POINT(1500 0)", ["low"])])
    log = Log()
    result = run_1121(network, mainland, population, log, CLASS_FIELD="klass")
    assert served_by_name(result) == {"shore": 100, "island": 0}
    assert table(result["OUTPUT_TABLE"])[("all", "pop")]["indicator_pct"] == pytest.approx(50.0)
    assert not any("cut off" in w for w in log.warnings)
    both = layer("Point", ["klass:string"], [("POINT(1500 0)", ["low"]), ("POINT(1200 300)", ["low"])])
    log = Log()
    result = run_1121(network, both, population, log, CLASS_FIELD="klass")
    # the island stop reaches its street from x 1000 to 1700: the island polygon (x 1400..1600) is served
    assert served_by_name(result) == {"shore": 100, "island": 100}
    assert any(
        w.startswith("1 stops stand on a piece of the street network cut off from the rest")
        and w.endswith(": 2")
        for w in log.warnings
    )


def test_sdg1121_population_raster_within_zones_by_hand(conecta_plugin, cross_city, tmp_path):
    rasterio = pytest.importorskip("rasterio")
    from rasterio.transform import from_origin

    network, stops, _ = cross_city
    # 10 m pixels of 1 person over x 0..2000, y -100..100; the zones are two polygons of 200 x 100 m
    path = tmp_path / "pop.tif"
    with rasterio.open(
        path, "w", driver="GTiff", width=200, height=20, count=1, dtype="float32", crs=CRS,
        transform=from_origin(X0, Y0 + 100, 10, 10),
    ) as dst:  # fmt: skip
        dst.write(np.ones((1, 20, 200), dtype="float32"))
    zones = layer(
        "Polygon", ["name:string"],
        [(box(600, -50, 800, 50), ["inside"]), (box(1400, -100, 1600, 0), ["edge"])],
    )  # fmt: skip
    result = run_1121(
        network, stops, zones, POPULATION_FIELDS=[], POPULATION_RASTER=str(path), CLASS_FIELD="klass"
    )
    # "inside" lies in the low stop's area (x 500..1500, |y| <= 50): its 200 people all served. "edge" (x
    # 1400..1600, y -100..0) is served over x 1400..1500, y -50..0 (5,000 m²) plus a quarter of the end cap
    edge_served = (100 * 50 + HALF_DISC / 2) / 100  # persons = m² / 100 m² per pixel
    rows = table(result["OUTPUT_TABLE"])
    assert rows[("low", "raster")]["total"] == pytest.approx(400, rel=1e-9)
    assert rows[("low", "raster")]["served"] == pytest.approx(200 + edge_served, rel=1e-6)
    per_zone = {f["name"]: f for f in result["OUTPUT_POPULATION"].getFeatures()}
    assert per_zone["inside"]["served_raster"] == pytest.approx(200, rel=1e-9)
    assert per_zone["edge"]["served_raster"] == pytest.approx(edge_served, rel=1e-6)
    assert per_zone["edge"]["pct_all"] == pytest.approx(100 * edge_served / 200, rel=1e-6)


def test_sdg1121_mode_field_and_national_distance(conecta_plugin, cross_city):
    network, stops, population = cross_city
    # Mode field: bus -> low, subway -> metro -> high; Argentina-style 300 m for every stop
    result = run_1121(network, stops, population, MODE_FIELD="mode", LOW_DISTANCE=300, HIGH_DISTANCE=300)
    rows = table(result["OUTPUT_TABLE"])
    # low stop reaches x 700..1300: a (600..800) covered over x 700..800 plus the round cap (16-gon)
    # beyond x=700; b covered half over its full width.
    a_inside = (100 * 100 + HALF_DISC) / (200 * 100)
    assert rows[("low", "pop")]["served"] == pytest.approx(100 * a_inside + 100, abs=0.5)
    # high stop 500 m from the crossing with 300 m: never reaches the east-west street, d unserved
    assert rows[("high", "pop")]["served"] == pytest.approx(0.0, abs=1e-9)


def test_sdg1121_geographic_population_layer_gives_the_same_shares(conecta_plugin, cross_city):
    network, stops, population = cross_city
    geographic = processing.run(
        "native:reprojectlayer", {"INPUT": population, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"}
    )["OUTPUT"]
    rows = table(run_1121(network, stops, geographic, CLASS_FIELD="klass")["OUTPUT_TABLE"])
    assert rows[("all", "pop")]["indicator_pct"] == pytest.approx(35.0, abs=0.01)


def test_sdg1121_bad_input_messages(conecta_plugin, cross_city, tmp_path):
    network, stops, population = cross_city
    with pytest.raises(QgsProcessingException, match="population layer with at least one population field"):
        run_1121(network, stops, None, POPULATION_FIELDS=[])
    with pytest.raises(QgsProcessingException, match="Field name holds text that is not a number"):
        run_1121(network, stops, population, POPULATION_FIELDS=["name"])
    empty = layer("Point", ["klass:string"], [])
    with pytest.raises(QgsProcessingException, match="stops layer is empty"):
        run_1121(network, empty, population)
    no_geometry = layer("Point", ["klass:string"], [(None, ["low"])])
    with pytest.raises(QgsProcessingException, match="stops layer has no feature with a geometry"):
        run_1121(network, no_geometry, population)
    nobody = layer("Polygon", ["pop:double", "women:double"], [(box(0, 0, 10, 10), [0, None])])
    with pytest.raises(QgsProcessingException, match="population field pop sums to zero"):
        run_1121(network, stops, nobody)
    with pytest.raises(
        QgsProcessingException, match="Field klass holds text that is not a number, e.g. 'low'"
    ):
        run_1121(network, stops, population, FREQUENCY_FIELD="klass")
    points = layer("Point", ["pop:double"], [("POINT(0 0)", [1.0])])
    raster = tmp_path / "pop.tif"
    write_ones(raster, CRS)
    with pytest.raises(QgsProcessingException, match="population layer must hold polygons"):
        run_1121(network, stops, points, POPULATION_FIELDS=[], POPULATION_RASTER=str(raster))


def write_ones(path, crs):
    rasterio = pytest.importorskip("rasterio")
    from rasterio.transform import from_origin

    with rasterio.open(
        path, "w", driver="GTiff", width=10, height=10, count=1, dtype="float32", crs=crs,
        transform=from_origin(X0, Y0 + 100, 10, 10),
    ) as dst:  # fmt: skip
        dst.write(np.ones((1, 10, 10), dtype="float32"))


@pytest.mark.parametrize("which", ["NETWORK", "STOPS", "POPULATION_LAYER", "POPULATION_RASTER"])
def test_sdg1121_refuses_a_layer_without_crs(conecta_plugin, cross_city, tmp_path, which):
    """A layer without a CRS used to give 0 % served (population) or misleading messages: now refused."""
    network, stops, population = cross_city
    inputs = {"NETWORK": network, "STOPS": stops, "POPULATION_LAYER": population}
    extra = {"CLASS_FIELD": "klass"}
    if which == "POPULATION_RASTER":
        write_ones(tmp_path / "pop.tif", None)
        extra.update(POPULATION_FIELDS=[], POPULATION_RASTER=str(tmp_path / "pop.tif"))
    else:
        source = inputs[which]
        copy = QgsVectorLayer(source.source().replace(f"crs={CRS}", "crs="), "nameless", "memory")
        copy.dataProvider().addFeatures(list(source.getFeatures()))
        assert not copy.crs().isValid()
        inputs[which] = copy
    with pytest.raises(QgsProcessingException, match="has no coordinate reference system"):
        run_1121(inputs["NETWORK"], inputs["STOPS"], inputs["POPULATION_LAYER"], **extra)


def bow_tie_population(rows=()):
    """The cross city's polygon a as a bow tie (self-intersecting: two triangles of 5,000 m² meeting at its
    centre), plus ``rows``."""
    bow_tie = "POLYGON((600 -50, 800 50, 800 -50, 600 50, 600 -50))"
    return layer(
        "Polygon", ["pop:double", "women:double", "name:string"],
        [(bow_tie, [100, 50, "a"]), (box(5000, 0, 5100, 100), [400, 200, "c"]), *rows], "census",
    )  # fmt: skip


def test_sdg1121_invalid_population_polygon_in_the_three_settings(conecta_plugin, cross_city):
    network, stops, _ = cross_city
    population = bow_tie_population()
    with pytest.raises(QgsProcessingException, match="Feature \\(1\\) from “census” has invalid geometry"):
        run_1121(network, stops, population, context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid))
    log = Log()
    skip = context_with(QgsFeatureRequest.GeometrySkipInvalid)
    rows = table(run_1121(network, stops, population, log, skip, CLASS_FIELD="klass")["OUTPUT_TABLE"])
    assert rows[("all", "pop")]["total"] == 400  # the bow tie is left out
    assert "1 features of census have an invalid geometry and were skipped (ids 1)." in log.warnings
    log = Log()
    keep = context_with(QgsFeatureRequest.GeometryNoCheck)
    result = run_1121(network, stops, population, log, keep, CLASS_FIELD="klass")
    # repaired for the computation: both triangles lie in the low stop's area, its 100 people are served
    assert table(result["OUTPUT_TABLE"])[("all", "pop")]["served"] == pytest.approx(100)
    assert any(
        w.startswith("1 features of census had an invalid geometry and were repaired") for w in log.warnings
    )
    out = next(f for f in result["OUTPUT_POPULATION"].getFeatures() if f["name"] == "a")
    assert not out.geometry().isGeosValid()  # the output keeps the input's geometry as it is


class CancelHalfway(QgsProcessingFeedback):
    def isCanceled(self):
        return self.progress() >= 20 or super().isCanceled()


def test_sdg1121_cancelled_run_leaves_no_output_and_inputs_unchanged(conecta_plugin, cross_city, tmp_path):
    network, stops, population = cross_city
    source = tmp_path / "population.gpkg"
    processing.run("native:savefeatures", {"INPUT": population, "OUTPUT": str(source)})
    before = digest(source)
    out = tmp_path / "out"
    feedback = CancelHalfway()
    feedback.setProgress(25)
    result = run_1121(
        network, stops, str(source), feedback, CLASS_FIELD="klass",
        OUTPUT=str(out / "areas.gpkg"), OUTPUT_POPULATION=str(out / "pop.gpkg"), OUTPUT_TABLE=str(out / "t.csv"),
    )  # fmt: skip
    assert result.get("OUTPUT") is None
    assert list(out.iterdir()) == []
    assert digest(source) == before
    # a run that stops with a message leaves nothing either, and the input as it was
    nobody = tmp_path / "nobody.gpkg"
    zero = layer("Polygon", ["pop:double", "women:double"], [(box(600, -50, 800, 50), [0, 0])])
    processing.run("native:savefeatures", {"INPUT": zero, "OUTPUT": str(nobody)})
    before = digest(nobody)
    with pytest.raises(QgsProcessingException, match="population field pop sums to zero"):
        run_1121(network, stops, str(nobody), OUTPUT=str(out / "areas.gpkg"), OUTPUT_TABLE=str(out / "t.csv"))
    assert list(out.iterdir()) == []
    assert digest(nobody) == before


def test_sdg1121_message_in_spanish(conecta_plugin, cross_city):
    from conecta.translation import install_translator

    network, _, population = cross_city
    assert install_translator("es").endswith("conecta_es.qm")
    try:
        with pytest.raises(QgsProcessingException, match="^La capa de paradas está vacía.$"):
            run_1121(network, layer("Point", ["klass:string"], []), population)
    finally:
        install_translator("en")


# ---------------------------------------------------------------- SDG 11.2.1 on the sample city


def test_sdg1121_porto_alegre(conecta_plugin, sample_gpkg):
    g = str(sample_gpkg)
    feedback = Log()
    outputs = {"OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"}
    result = processing.run("conecta:sdg1121", sample_city_sdg1121(g, **outputs), feedback=feedback)
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

BOW_TIE_FAR = "POLYGON((100 -400, 300 -200, 300 -400, 100 -200, 100 -400))"
"""Two triangles of 10,000 m² meeting at (200, -300), 300 m south of the street: self-intersecting."""


def open_space_case(spaces_rows=(), city_rows=(), population_rows=()):
    """The hand-computed case: a 2,000 m street, a free open space (200 x 200 m, 10 m north of the street)
    and a fee-charging one, a 2,000 x 1,000 m city, three population polygons of 100 people."""
    network = streets("LINESTRING(0 0, 2000 0)")
    spaces = layer(
        "Polygon", ["fee:string"],
        [(box(900, 10, 1100, 210), ["no"]), (box(1700, 10, 1900, 210), ["yes"]), *spaces_rows], "open spaces",
    )  # fmt: skip
    city = layer("Polygon", [], [(box(0, -500, 2000, 500), []), *city_rows], "city")
    population = layer(
        "Polygon", ["pop:double"],
        [(box(600, -50, 800, 0), [100]), (box(1200, -100, 1400, 0), [100]), (box(1800, -50, 1900, 0), [100]),
         *population_rows],
        "residents",
    )  # fmt: skip
    return network, spaces, city, population


def run_1171(network, spaces, city, population, feedback=None, context=None, **extra):
    parameters = {
        "OPEN_SPACES": spaces,
        "EXCLUDE_FIELD": "fee",
        "EXCLUDE_VALUES": "yes",
        "CITY_BOUNDARY": city,
        "NETWORK": network,
        "POPULATION_LAYER": population,
        "POPULATION_FIELDS": ["pop"],
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
    }
    parameters.update(extra)
    result = processing.run("conecta:sdg1171", parameters, context=context, feedback=feedback or Log())
    return table(result["OUTPUT_TABLE"])


def test_sdg1171_hand_computed(conecta_plugin):
    rows = run_1171(*open_space_case())
    # area: 200 x 200 m of open space (the fee-charging one excluded) in a 2,000 x 1,000 m city
    assert rows[("open_space_area", "area_m2")]["indicator_pct"] == pytest.approx(2.0)
    # entrances on the south edge (10 m from the street) reach 390 m beyond x 900 and 1100: the street
    # from 510 to 1490, buffered 50 m: the first zone fully, the second half, the third (near the
    # excluded space) not at all -> 150 of 300 people
    assert rows[("population_within_distance", "pop")]["indicator_pct"] == pytest.approx(50.0, abs=0.01)


@pytest.mark.parametrize("reader", ["open spaces", "city", "residents"])
def test_sdg1171_invalid_polygons_in_the_three_settings(conecta_plugin, reader):
    """Each polygon layer read (open spaces, city boundary, population) with a bow tie 300 m south of the
    street, under QGIS's three invalid-geometry settings."""
    rows = {
        "open spaces": {"spaces_rows": [(BOW_TIE_FAR, ["no"])]},
        "city": {"city_rows": [(BOW_TIE_FAR.replace("100 ", "2100 ").replace("300 ", "2300 "), [])]},
        "residents": {"population_rows": [(BOW_TIE_FAR, [100])]},
    }[reader]
    case = open_space_case(**rows)
    with pytest.raises(QgsProcessingException, match=f"from “{reader}” has invalid geometry"):
        run_1171(*case, context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid))
    log = Log()
    skipped = run_1171(*case, log, context_with(QgsFeatureRequest.GeometrySkipInvalid))
    assert f"1 features of {reader} have an invalid geometry and were skipped" in log.text()
    assert skipped[("open_space_area", "area_m2")]["indicator_pct"] == pytest.approx(2.0)
    assert skipped[("population_within_distance", "pop")]["indicator_pct"] == pytest.approx(50.0, abs=0.01)
    log = Log()
    repaired = run_1171(*case, log, context_with(QgsFeatureRequest.GeometryNoCheck))
    assert f"1 features of {reader} had an invalid geometry and were repaired" in log.text()
    area = repaired[("open_space_area", "area_m2")]["indicator_pct"]
    people = repaired[("population_within_distance", "pop")]["indicator_pct"]
    # repaired, the bow tie is two triangles of 10,000 m² each
    if reader == "open spaces":
        assert area == pytest.approx(100 * (40_000 + 20_000) / 2e6)
    elif reader == "city":
        assert area == pytest.approx(100 * 40_000 / (2e6 + 20_000))
    else:
        assert people == pytest.approx(100 * 150 / 400, abs=0.01)  # its 100 people are beyond reach


def test_sdg1171_bad_input_messages(conecta_plugin):
    network, spaces, city, population = open_space_case()
    with pytest.raises(QgsProcessingException, match="No open space polygon is left"):
        run_1171(network, spaces, city, population, EXCLUDE_VALUES="yes,no")
    nowhere = layer("Polygon", [], [(None, [])], "city")
    with pytest.raises(QgsProcessingException, match="city boundary layer has no polygon"):
        run_1171(network, spaces, nowhere, population)
    nobody = layer("Polygon", ["pop:double"], [(box(600, -50, 800, 0), [0])])
    with pytest.raises(QgsProcessingException, match="population field pop sums to zero"):
        run_1171(network, spaces, city, nobody)
    crs_less = QgsVectorLayer("Polygon?crs=&field=fee:string", "spaces", "memory")
    crs_less.dataProvider().addFeatures(list(spaces.getFeatures()))
    with pytest.raises(QgsProcessingException, match="has no coordinate reference system"):
        run_1171(network, crs_less, city, population)


def test_sdg1171_cancelled_run_leaves_no_output(conecta_plugin, tmp_path):
    network, spaces, city, population = open_space_case()
    feedback = CancelHalfway()
    feedback.setProgress(25)
    parameters = {
        "OPEN_SPACES": spaces,
        "CITY_BOUNDARY": city,
        "NETWORK": network,
        "POPULATION_LAYER": population,
        "POPULATION_FIELDS": ["pop"],
        "OUTPUT": str(tmp_path / "area.gpkg"),
        "OUTPUT_TABLE": str(tmp_path / "t.csv"),
    }
    assert processing.run("conecta:sdg1171", parameters, feedback=feedback).get("OUTPUT") is None
    assert list(tmp_path.iterdir()) == []


def test_sdg1171_points_need_a_city(conecta_plugin):
    network, spaces, _, _ = open_space_case()
    points = layer("Point", ["pop:double"], [("POINT(100 10)", [5])])
    with pytest.raises(QgsProcessingException, match="city boundary"):
        run_1171(network, spaces, None, points)


def test_sdg1171_population_without_geometry_and_no_city(conecta_plugin):
    network, spaces, _, _ = open_space_case()
    population = layer("Polygon", ["pop:double"], [(None, [5]), (None, [7])])
    with pytest.raises(QgsProcessingException, match="no polygon to define the city area"):
        run_1171(network, spaces, None, population)


def test_sdg1171_features_without_geometry_are_reported(conecta_plugin):
    network, _, city, _ = open_space_case()
    spaces = layer(
        "Polygon", ["fee:string"], [(box(900, 10, 1100, 210), ["no"]), (None, ["no"])], "open spaces"
    )
    population = layer("Polygon", ["pop:double"], [(box(600, -50, 800, 0), [100]), (None, [50])])
    log = Log()
    rows = run_1171(network, spaces, city, population, log)
    # the open space without geometry is left out (2 % of the city as in the hand-computed case); the
    # 50 people without a place count as not served: 100 of 150 within reach
    assert rows[("open_space_area", "area_m2")]["indicator_pct"] == pytest.approx(2.0)
    assert rows[("population_within_distance", "pop")]["indicator_pct"] == pytest.approx(100 / 1.5, abs=0.01)
    assert "1 features without geometry skipped, 0 invalid polygons repaired" in log.text()
    assert "1 population features have no geometry" in log.text()
