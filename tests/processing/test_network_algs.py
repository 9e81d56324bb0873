"""conecta:traveltimematrix and conecta:isochrones on hand-built networks and on the sample city.

Hand-built networks use a metric CRS (EPSG:31982) and round numbers so every travel time can be
computed by hand: walking 3.6 km/h is exactly 1 m/s.
"""

import hashlib
import math
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import processing
import pytest
from processing_helpers import context_with, walking_matrix
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from feedback_log import Log
from layers import memory_layer

CRS = "EPSG:31982"  # travel times are written to 1e-4 minutes
X0, Y0 = 480000.0, 6650000.0
STREETS = f"LineString?crs={CRS}&field=highway:string&field=oneway:string&field=speed:string"
POINTS = f"Point?crs={CRS}&field=id:string"
QUARTER = 4
"""Segments per quarter circle of the isochrones' buffers."""


def polygon_circle(radius: float) -> float:
    """Area of the 16-gon QGIS draws for a circle of ``radius`` (4 segments per quarter)."""
    return 0.5 * 4 * QUARTER * radius**2 * math.sin(2 * math.pi / (4 * QUARTER))


def line_wkt(coords) -> str:
    return "LINESTRING(" + ", ".join(f"{X0 + x} {Y0 + y}" for x, y in coords) + ")"


def line_layer(rows, uri=STREETS, name="net"):
    """Streets from (coordinates relative to X0, Y0; attributes) rows."""
    return memory_layer(uri, [(line_wkt(coords) if coords else None, attrs) for coords, attrs in rows], name)


def point_layer(points, uri=POINTS, name="pts"):
    """Points named by their id, at coordinates relative to X0, Y0."""
    return memory_layer(uri, [(f"POINT({X0 + x} {Y0 + y})", [n]) for n, (x, y) in points.items()], name)


def matrix(network, points, mode, context=None, feedback=None, **extra):
    log = feedback or Log()
    params = {
        "NETWORK": network,
        "ORIGINS": points,
        "ORIGINS_ID": "id",
        "MODE": mode,
        "MAX_TIME": 60,
        "OUTPUT": "memory:",
    }
    params.update(extra)
    result = processing.run("conecta:traveltimematrix", params, context=context, feedback=log)
    table = result.get("OUTPUT")
    if isinstance(table, str):
        table = QgsVectorLayer(table, "matrix", "ogr")
    rows = {(f["from_id"], f["to_id"]): f["travel_time"] for f in table.getFeatures()} if table else {}
    return rows, log, result


def isochrones(network, points, minutes="5", context=None, feedback=None, **extra):
    params = {"NETWORK": network, "INPUT": points, "ID_FIELD": "id", "MODE": 0, "INTERVALS": minutes}
    params.update({"OUTPUT": "memory:", **extra})
    return processing.run("conecta:isochrones", params, context=context, feedback=feedback or Log())


def digest(folder: Path) -> dict:
    """SHA-256 of every file of ``folder``."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def save(layer, path: Path, driver: str = "GPKG") -> str:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError, error
    return str(path)


ONE_WAY_SQUARE = [
    ([(0, 0), (100, 0)], ["residential", "yes", None]),
    ([(100, 0), (100, 100)], ["residential", None, None]),
    ([(100, 100), (0, 100)], ["residential", None, None]),
    ([(0, 100), (0, 0)], ["residential", None, None]),
]
"""A 100 m × 100 m square block; the bottom street A→B is one-way eastwards (car 30 km/h residential)."""


@pytest.fixture
def one_way_block():
    """The one-way square and its corners A (0, 0) and B (100, 0)."""
    return line_layer(ONE_WAY_SQUARE), point_layer({"A": (0, 0), "B": (100, 0)})


# ---------------------------------------------------------------- travel times by hand


def test_one_way_street_car_goes_around_walk_goes_straight(conecta_plugin, one_way_block):
    network, points = one_way_block
    car, _, _ = matrix(network, points, 2)
    walk, _, _ = matrix(network, points, 0)
    # car at 30 km/h: A→B along the one-way street 100 m = 12 s; B→A must go round 300 m = 36 s
    assert car[("A", "B")] == pytest.approx(12 / 60, abs=1e-4)
    assert car[("B", "A")] == pytest.approx(36 / 60, abs=1e-4)
    # walking ignores one-way: 100 m at 1 m/s both ways
    assert walk[("A", "B")] == pytest.approx(100 / 60, abs=1e-4)
    assert walk[("B", "A")] == pytest.approx(100 / 60, abs=1e-4)
    assert walk[("A", "A")] == 0


def test_many_far_reaching_origins_route_on_a_contraction_hierarchy(
    conecta_plugin, one_way_block, monkeypatch
):
    import conecta.core.network.routing as routing

    monkeypatch.setattr(routing, "HIERARCHY_BUILD_SEARCHES", 1.0)
    network, points = one_way_block
    car, log, _ = matrix(network, points, 2)
    assert "contraction hierarchy" in log.text() and "100 %" in log.text()
    # the same one-way answers as with a search per origin
    assert car[("A", "B")] == pytest.approx(12 / 60, abs=1e-4)
    assert car[("B", "A")] == pytest.approx(36 / 60, abs=1e-4)


def test_snapping_onto_the_middle_of_an_edge_walks_the_access_leg(conecta_plugin):
    network = line_layer([([(0, 0), (1000, 0)], ["residential", None, None])])
    points = point_layer({"P": (0, 0), "Q": (400, 30)})  # Q is 30 m off the street, above x=400
    walk, _, _ = matrix(network, points, 0)
    assert walk[("P", "Q")] == pytest.approx((400 + 30) / 60, abs=1e-4)
    car, _, _ = matrix(network, points, 2)
    # car 30 km/h on 400 m = 48 s, plus the 30 m egress walked at 1 m/s
    assert car[("P", "Q")] == pytest.approx((48 + 30) / 60, abs=1e-4)


def test_speed_field_with_text_and_nulls_falls_back_and_is_reported(conecta_plugin):
    network = line_layer(
        [
            ([(0, 0), (500, 0)], ["residential", None, "90"]),
            ([(500, 0), (1000, 0)], ["residential", None, "fast"]),
            ([(1000, 0), (1500, 0)], ["residential", None, None]),
        ]
    )
    points = point_layer({"P": (0, 0), "Q": (1500, 0)})
    car, log, _ = matrix(network, points, 2, SPEED_FIELD="speed")
    # 500 m at 90 km/h = 20 s, then 1000 m at the residential default 30 km/h = 120 s
    assert car[("P", "Q")] == pytest.approx(140 / 60, abs=1e-4)
    assert "2 lines have no valid speed in field speed" in log.text()


def test_direction_field_like_qgis_network_tools(conecta_plugin):
    network = line_layer(
        [
            ([(0, 0), (100, 0)], ["residential", None, "B"]),
            ([(0, 0), (0, 50), (100, 50), (100, 0)], ["residential", None, "F"]),
        ],
    )
    points = point_layer({"A": (0, 0), "B": (100, 0)})
    params = {
        "DIRECTION_FIELD": "speed",
        "DIRECTION_FORWARD": "F",
        "DIRECTION_BACKWARD": "B",
        "DIRECTION_BOTH": "X",
    }
    car, _, _ = matrix(network, points, 2, **params)
    # the straight street may only be driven against its digitising (B→A, 100 m = 12 s); the loop only
    # along it (A→B round it, 200 m = 24 s)
    assert car[("B", "A")] == pytest.approx(12 / 60, abs=1e-4)
    assert car[("A", "B")] == pytest.approx(24 / 60, abs=1e-4)


def test_disconnected_island_and_far_points_are_reported_not_routed(conecta_plugin):
    network = line_layer(
        [
            ([(0, 0), (400, 0)], ["residential", None, None]),
            ([(400, 0), (700, 0)], ["residential", None, None]),
            ([(700, 0), (1000, 0)], ["residential", None, None]),
            ([(0, 5000), (100, 5000)], ["residential", None, None]),
            ([(0, 150), (100, 150)], ["residential", None, None]),
        ]
    )
    points = point_layer(
        {
            "main": (0, 0),
            "main2": (1000, 0),
            "island": (50, 5000),
            "near_island": (50, 200),
            "far": (0, 20000),
        }
    )
    walk, log, result = matrix(network, points, 0)
    assert ("main", "island") not in walk and ("island", "main") not in walk
    assert walk[("main", "main2")] == pytest.approx(1000 / 60, abs=1e-4)
    assert not any("far" in pair for pair in walk)
    # the island point is 5 km from the main network: it stays on its island (reported); the point 50 m from a
    # small island street and 200 m from the main one is linked to the main network (as r5r does) and reaches
    # it: 50 m along the street + 200 m access walk
    assert result["UNSNAPPED"] == 1
    assert "disconnected from the main one" in log.text() and "island" in log.text()
    assert "linked to the nearest street of the main network" in log.text() and "near_island" in log.text()
    assert walk[("main", "near_island")] == pytest.approx(250 / 60, abs=1e-4)
    assert "farther than 500.0 m from the network" in log.text() and "far" in log.text()


def test_time_limit_keeps_only_pairs_within_it(conecta_plugin):
    network = line_layer([([(0, 0), (3000, 0)], ["residential", None, None])])
    points = point_layer({"P": (0, 0), "Q": (1200, 0), "R": (3000, 0)})
    walk, _, _ = matrix(network, points, 0, MAX_TIME=30)
    assert walk[("P", "Q")] == pytest.approx(20.0)
    assert ("P", "R") not in walk  # 50 minutes on foot


def test_geographic_layers_are_reprojected_and_logged(conecta_plugin, one_way_block):
    network, points = one_way_block
    geographic = processing.run(
        "native:reprojectlayer", {"INPUT": network, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"}
    )["OUTPUT"]
    walk, log, _ = matrix(geographic, points, 0)
    assert "geographic coordinates" in log.text() and "UTM zone 22S" in log.text()
    assert walk[("A", "B")] == pytest.approx(100 / 60, rel=2e-3)


# ---------------------------------------------------------------- boundaries (as r5r: <=)


@pytest.mark.parametrize("hierarchy", [False, True])
def test_a_pair_exactly_at_the_cutoff_is_kept_and_one_a_metre_beyond_is_not(
    conecta_plugin, monkeypatch, hierarchy
):
    """r5r keeps a trip of exactly max_trip_duration; so does Conecta, with either routing method."""
    import conecta.core.network.routing as routing

    if hierarchy:
        monkeypatch.setattr(routing, "HIERARCHY_BUILD_SEARCHES", 1.0)
    network = line_layer([([(0, 0), (700, 0)], ["residential", None, None])])
    points = point_layer({"P": (0, 0), "Q": (600, 0), "R": (601, 0)})
    walk, log, _ = matrix(network, points, 0, MAX_TIME=10)
    assert ("contraction hierarchy" in log.text()) == hierarchy
    # 600 m at 1 m/s = 600 s = 10 min exactly: kept; 601 m = 10.0167 min: left out
    assert walk[("P", "Q")] == 10.0 and walk[("Q", "P")] == 10.0
    assert ("P", "R") not in walk and ("R", "P") not in walk
    assert walk[("Q", "R")] == pytest.approx(1 / 60, abs=1e-4)


def test_a_point_exactly_at_the_snapping_distance_snaps(conecta_plugin):
    network = line_layer([([(0, 0), (1000, 0)], ["residential", None, None])])
    points = point_layer({"P": (0, 0), "Q": (300, 30), "R": (600, 30.5)})
    walk, log, result = matrix(network, points, 0, SNAP_DISTANCE=30)
    # Q is 30 m from the street, the snapping distance: snapped, 300 m + 30 m walked
    assert walk[("P", "Q")] == pytest.approx(330 / 60, abs=1e-4)
    # R is 30.5 m away: not snapped, listed
    assert not any("R" in pair for pair in walk)
    assert result["UNSNAPPED"] == 1
    assert "1 origins are farther than 30.0 m from the network and get no travel time: R" in log.warnings


# ---------------------------------------------------------------- isochrones


def test_isochrone_never_extends_beyond_the_time_limit(conecta_plugin):
    network = line_layer([([(0, 0), (1000, 0)], ["residential", None, None])])
    points = point_layer({"P": (0, 0)})
    result = isochrones(network, points, "5", BUFFER=30)
    feature = next(result["OUTPUT"].getFeatures())
    box = feature.geometry().boundingBox()
    # 5 min at 1 m/s = 300 m; minus the 30 m buffer's walking time = 270 m of street, then buffered by 30 m
    assert box.xMaximum() - X0 == pytest.approx(300.0, abs=1e-4)
    assert feature["area_km2"] * 1e6 == pytest.approx(270 * 60 + polygon_circle(30), rel=1e-6)
    assert feature["minutes"] == 5


def test_a_point_beyond_the_snapping_distance_gets_no_isochrone_and_is_named(conecta_plugin):
    """P on a 1 km street and FAR 2 km north of it, beyond the 500 m snapping distance: one isochrone, for P."""
    network = line_layer([([(0, 0), (1000, 0)], ["residential", None, None])])
    log = Log()
    result = isochrones(
        network, point_layer({"P": (0, 0), "FAR": (0, 2000)}), "5", PER_POINT=True, feedback=log
    )
    assert [f["id"] for f in result["OUTPUT"].getFeatures()] == ["P"]
    assert "1 points are farther than 500.0 m from the network and get no isochrone: FAR" in log.warnings
    assert "1 isochrones written." in log.infos


def test_isochrone_from_an_island_starts_on_the_main_network_as_the_matrix_does(conecta_plugin):
    """A 2 km island street 200 m from a 1 km main street of ten blocks; the point lies on the island.

    The matrix links it to the main network (r5r's rule); the isochrone used to start on the island and cover
    1,070 m of it. Now it starts like the matrix: 200 m walked to the main street, then 10 min − 30 s (the
    buffer) − 200 s = 370 s along it each way."""
    main = [([(100 * i, 0), (100 * (i + 1), 0)], ["residential", None, None]) for i in range(10)]
    network = line_layer([*main, ([(0, 200), (2000, 200)], ["residential", None, None])])
    points = point_layer({"P": (500, 200)})
    log = Log()
    result = isochrones(network, points, "10", BUFFER=30, feedback=log)
    feature = next(result["OUTPUT"].getFeatures())
    # the main street from x = 130 to 870 (740 m), buffered: a stadium; the access leg from y = 200 down to the
    # street, buffered: 170 m above the street's buffer and a half circle at its top
    expected = 740 * 60 + polygon_circle(30) + 170 * 60 + polygon_circle(30) / 2
    assert feature["area_km2"] * 1e6 == pytest.approx(expected, rel=1e-6)
    box = feature.geometry().boundingBox()
    assert (box.xMinimum() - X0, box.xMaximum() - X0) == pytest.approx((100.0, 900.0), abs=1e-6)
    assert "their isochrones start from the nearest street of the main network" in log.text()
    assert "P" in log.warnings[-1]
    # the matrix agrees: from P, the main street's point at x = 870 is 200 + 370 = 570 s away
    walk, _, _ = matrix(network, point_layer({"P": (500, 200), "E": (870, 0)}), 0)
    assert walk[("P", "E")] == pytest.approx(570 / 60, abs=1e-4)


def test_isochrones_per_point_and_nested(conecta_plugin):
    network = line_layer([([(0, 0), (2000, 0)], ["residential", None, None])])
    points = point_layer({"P": (0, 0), "Q": (2000, 0)})
    result = isochrones(network, points, "10,5", PER_POINT=True)
    areas = {(f["id"], f["minutes"]): f.geometry() for f in result["OUTPUT"].getFeatures()}
    assert set(areas) == {("P", 5.0), ("P", 10.0), ("Q", 5.0), ("Q", 10.0)}
    assert areas[("P", 10.0)].contains(areas[("P", 5.0)].pointOnSurface())
    assert areas[("P", 5.0)].area() < areas[("P", 10.0)].area()
    with pytest.raises(QgsProcessingException, match="Minutes must be positive minutes separated by commas"):
        isochrones(network, points, "ten")

    # a point without geometry and one without id are skipped and said so
    broken = point_layer({"P": (0, 0)})
    no_geometry, no_id = QgsFeature(broken.fields()), QgsFeature(broken.fields())
    no_geometry.setAttributes(["R"])
    no_id.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + 2000, Y0)))
    no_id.setAttributes([None])
    broken.dataProvider().addFeatures([no_geometry, no_id])
    log = Log()
    result = isochrones(network, broken, "5", feedback=log)
    assert result["OUTPUT"].featureCount() == 1
    assert "Starting points: 1 features with NULL or empty geometry skipped." in log.warnings
    assert "Starting points: 1 features with a NULL id skipped." in log.warnings


def test_isochrones_per_point_need_unique_ids(conecta_plugin):
    network = line_layer([([(0, 0), (2000, 0)], ["residential", None, None])])
    twins = point_layer({"P": (0, 0)})
    twins.dataProvider().addFeatures([next(twins.getFeatures())])
    with pytest.raises(
        QgsProcessingException, match="The Starting points id field id has duplicate values: P"
    ):
        isochrones(network, twins, "5", PER_POINT=True)
    # dissolved, repeated ids do not matter
    assert isochrones(network, twins, "5")["OUTPUT"].featureCount() == 1


# ---------------------------------------------------------------- bad input


def test_bad_input_gets_clear_messages(conecta_plugin, one_way_block):
    network, points = one_way_block
    with pytest.raises(QgsProcessingException, match="The street network layer is empty"):
        matrix(line_layer([]), points, 0)
    twins = point_layer({"A": (0, 0)})
    twins.dataProvider().addFeatures([next(twins.getFeatures())])
    with pytest.raises(QgsProcessingException, match="The Origins id field id has duplicate values: A"):
        matrix(network, twins, 0)
    with pytest.raises(
        QgsProcessingException, match="The Origins layer has no feature with a geometry and an id"
    ):
        matrix(network, point_layer({}), 0)
    with pytest.raises(
        QgsProcessingException, match="The Starting points layer has no feature with a geometry"
    ):
        isochrones(network, point_layer({}))
    no_id = memory_layer(POINTS, [(f"POINT({X0} {Y0})", [None])], "no_ids")
    with pytest.raises(
        QgsProcessingException, match="The Origins layer has no feature with a geometry and an id"
    ):
        matrix(network, no_id, 0)
    with pytest.raises(
        QgsProcessingException, match="No origin is within 500.0 m of a street usable by this mode"
    ):
        matrix(network, point_layer({"far": (5000, 5000)}), 0)


def bad_network(kind: str):
    """A network layer with one of the problems planners' layers have (and the message it gets)."""
    if kind == "empty":
        return line_layer([], name="streets"), "The street network layer is empty"
    if kind == "metres declared in WGS 84":
        rows = [(line_wkt([(0, 0), (100, 0)]), ["residential", None, None])]
        layer = memory_layer(STREETS.replace(CRS, "EPSG:4326"), rows, "streets")
        return layer, "The coordinates of streets .* are not longitudes and latitudes"
    if kind == "invalid line":
        return block_with_a_collapsed_line(), "Feature \\(5\\) from “streets” has invalid geometry"
    if kind == "only footways":
        layer = line_layer([([(0, 0), (100, 0)], ["footway", None, None])], name="streets")
        return layer, "No street of the network can be used by this mode"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["empty", "metres declared in WGS 84", "invalid line", "only footways"])
@pytest.mark.parametrize("algorithm", ["traveltimematrix", "isochrones"])
def test_bad_network_files_get_a_message_stay_unchanged_and_nothing_is_written(
    conecta_plugin, one_way_block, tmp_path, kind, algorithm
):
    _, points = one_way_block
    layer, message = bad_network(kind)
    inputs, out = tmp_path / "inputs", tmp_path / "out"
    inputs.mkdir()
    out.mkdir()
    network = save(layer, inputs / "streets.gpkg")
    origins = save(points, inputs / "points.gpkg")
    before = digest(inputs)
    stop = context_with(QgsFeatureRequest.GeometryAbortOnInvalid)
    with pytest.raises(QgsProcessingException, match=message):
        if algorithm == "traveltimematrix":
            matrix(
                network, origins, 2, context=stop, OUTPUT=str(out / "m.gpkg"), OUTPUT_FILE=str(out / "m.csv")
            )
        else:
            isochrones(network, origins, context=stop, MODE=2, OUTPUT=str(out / "iso.gpkg"))
    assert digest(inputs) == before
    assert list(out.iterdir()) == []


def test_networks_that_cannot_be_routed_get_clear_messages(conecta_plugin, one_way_block):
    _, points = one_way_block
    no_geometry = line_layer([(None, ["residential", None, None])], name="empty_geometries")
    with pytest.raises(QgsProcessingException, match="no line with at least two distinct vertices"):
        matrix(no_geometry, points, 0)
    collapsed = memory_layer(STREETS, [(f"LINESTRING({X0} {Y0}, {X0} {Y0})", ["residential", None, None])])
    with pytest.raises(QgsProcessingException, match="no line with at least two distinct vertices"):
        matrix(collapsed, points, 0, context=context_with(QgsFeatureRequest.GeometryNoCheck))
    footways = line_layer([([(0, 0), (100, 0)], ["footway", None, None])])
    with pytest.raises(QgsProcessingException, match="No street of the network can be used by this mode"):
        matrix(footways, points, 2)


def test_a_network_without_crs_is_named_and_nothing_is_written(conecta_plugin, one_way_block, tmp_path):
    """A shapefile without its .prj: the message names the layer; the files are untouched, nothing written."""
    network, points = one_way_block
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    save(network, inputs / "streets.shp", "ESRI Shapefile")
    (inputs / "streets.prj").unlink()
    before = digest(inputs)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException, match="Layer streets has no coordinate reference system"):
        matrix(str(inputs / "streets.shp"), points, 0, OUTPUT=str(out / "matrix.csv"))
    with pytest.raises(QgsProcessingException, match="Layer streets has no coordinate reference system"):
        isochrones(str(inputs / "streets.shp"), points, OUTPUT=str(out / "iso.gpkg"))
    assert digest(inputs) == before and list(out.iterdir()) == []


def test_metres_in_a_layer_declared_in_wgs84_are_named(conecta_plugin, one_way_block):
    """A memory layer made without a CRS is WGS 84 to QGIS: its metres used to become invalid geometries (the
    matrix stopped on them) or nothing served (SDG 11.2.1 gave 0 %)."""
    network, points = one_way_block
    rows = [([(0, 0), (100, 0)], ["residential", None, None])]
    in_metres = line_layer(rows, uri="LineString?field=highway:string&field=oneway:string&field=speed:string")
    in_metres.setName("streets_in_metres")
    message = (
        r"The coordinates of streets_in_metres \(e.g. x 480050, y 6650000\) are not longitudes and latitudes, yet "
        r"the layer is declared in WGS 84 \(EPSG:4326\): it has no CRS or a wrong one"
    )
    with pytest.raises(QgsProcessingException, match=message):
        matrix(in_metres, points, 0)
    with pytest.raises(QgsProcessingException, match=message):
        isochrones(in_metres, points)
    origins = point_layer({"A": (0, 0)}, uri="Point?field=id:string", name="origins_in_metres")
    with pytest.raises(QgsProcessingException, match="The coordinates of origins_in_metres"):
        matrix(network, origins, 0)


def test_missing_output_folder_is_created_and_read_only_one_refused(conecta_plugin, one_way_block, tmp_path):
    network, points = one_way_block
    target = tmp_path / "new" / "matrix.csv"
    _, _, result = matrix(network, points, 0, OUTPUT=str(target))
    assert result["OUTPUT"] == str(target) and len(pd.read_csv(target)) == 4
    log = Log()
    with pytest.raises(QgsProcessingException) as raised:
        matrix(network, points, 0, feedback=log, OUTPUT_FILE="/proc/conecta/matrix.csv")
    assert "The folder /proc/conecta of output 'Matrix file" in str(raised.value) + log.text()
    assert "Reading the street network…" not in log.lines  # refused before any work


# ---------------------------------------------------------------- invalid geometry, QGIS's three settings


COLLAPSED = f"LINESTRING({X0 + 50} {Y0 + 50}, {X0 + 50} {Y0 + 50})"
"""A line whose two vertices coincide: invalid for GEOS ("too few points"; a self-crossing line is valid)."""


def block_with_a_collapsed_line():
    """The one-way block's four streets and, as feature 5, a collapsed line."""
    layer = line_layer(ONE_WAY_SQUARE, name="streets")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(COLLAPSED))
    feature.setAttributes(["residential", None, None])
    layer.dataProvider().addFeatures([feature])
    assert not feature.geometry().isGeosValid()
    return layer


def qgis_own_message(layer):
    """What QGIS's own algorithm says about the same layer with the default setting."""
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "native:centroids",
            {"INPUT": layer, "OUTPUT": "memory:"},
            context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid),
        )
    return str(raised.value)


def test_network_invalid_line_stop_gives_qgis_message_and_qgis_lives_on(conecta_plugin, one_way_block):
    network = block_with_a_collapsed_line()
    _, points = one_way_block
    expected = qgis_own_message(network)
    assert expected.startswith("Feature (5) from “streets” has invalid geometry")
    stop = context_with(QgsFeatureRequest.GeometryAbortOnInvalid)
    with pytest.raises(QgsProcessingException) as raised:
        matrix(network, points, 2, context=stop)
    assert str(raised.value) == expected
    with pytest.raises(QgsProcessingException) as raised:
        isochrones(network, points, context=stop)
    assert str(raised.value) == expected
    network.dataProvider().deleteFeatures([5])
    car, _, _ = matrix(network, points, 2, context=stop)
    assert car[("B", "A")] == pytest.approx(36 / 60, abs=1e-4)


def test_network_invalid_line_skip_counts_it(conecta_plugin, one_way_block):
    _, points = one_way_block
    car, log, _ = matrix(
        block_with_a_collapsed_line(), points, 2, context=context_with(QgsFeatureRequest.GeometrySkipInvalid)
    )
    assert car[("B", "A")] == pytest.approx(36 / 60, abs=1e-4)
    assert "Feature (5) from “streets” has invalid geometry and has been skipped" in log.text()
    assert "1 features of streets have an invalid geometry and were skipped (ids 5)." in log.warnings
    assert "Street network: 4 lines, 4 junctions, 4 edges." in log.infos


def test_network_invalid_line_no_check_drops_it_as_degenerate(conecta_plugin, one_way_block):
    _, points = one_way_block
    car, log, _ = matrix(
        block_with_a_collapsed_line(), points, 2, context=context_with(QgsFeatureRequest.GeometryNoCheck)
    )
    assert car[("B", "A")] == pytest.approx(36 / 60, abs=1e-4)
    assert "1 lines with empty, NULL or degenerate geometry skipped." in log.warnings
    assert "Street network: 5 lines, 4 junctions, 4 edges." in log.infos


BOW_TIE = "POLYGON(({x} {y}, {x2} {y2}, {x2} {y}, {x} {y2}, {x} {y}))"


def zones_with_a_bow_tie():
    """Two zones around the block's corners A and B; zone "A" (feature 1) is a self-crossing bow tie."""
    bow_tie = BOW_TIE.format(x=X0 - 10, y=Y0 - 10, x2=X0 + 10, y2=Y0 + 10)
    square = f"POLYGON(({X0 + 90} {Y0 - 10}, {X0 + 110} {Y0 - 10}, {X0 + 110} {Y0 + 10}, {X0 + 90} {Y0 + 10}, {X0 + 90} {Y0 - 10}))"
    uri = f"Polygon?crs={CRS}&field=id:string"
    return memory_layer(uri, [(bow_tie, ["A"]), (square, ["B"])], "zones")


def test_origins_invalid_polygon_in_the_three_settings(conecta_plugin, one_way_block):
    network, _ = one_way_block
    zones = zones_with_a_bow_tie()
    expected = qgis_own_message(zones)
    with pytest.raises(QgsProcessingException) as raised:
        matrix(network, zones, 0, context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid))
    assert str(raised.value) == expected
    walk, log, _ = matrix(network, zones, 0, context=context_with(QgsFeatureRequest.GeometrySkipInvalid))
    assert set(walk) == {("B", "B")}
    assert "1 features of zones have an invalid geometry and were skipped (ids 1)." in log.warnings
    walk, log, _ = matrix(network, zones, 0, context=context_with(QgsFeatureRequest.GeometryNoCheck))
    # repaired (two triangles meeting at A): its point on the surface lies within 10 m of A
    assert walk[("A", "B")] == pytest.approx(walk[("B", "A")], abs=1e-9)
    assert 90 / 60 < walk[("A", "B")] < 120 / 60
    assert "1 features of zones had an invalid geometry and were repaired (ids 1)" in log.text()


# ---------------------------------------------------------------- files, cancel, memory


def test_inputs_are_not_modified_and_csv_output_streams(conecta_plugin, one_way_block, tmp_path):
    network, points = one_way_block
    before = [f.attributes() for f in network.getFeatures()], network.featureCount()
    target = tmp_path / "matrix.csv"
    _, _, result = matrix(network, points, 2, OUTPUT=str(target))
    frame = pd.read_csv(result["OUTPUT"])
    assert list(frame.columns) == ["from_id", "to_id", "travel_time"]
    assert len(frame) == 4 and sorted(p.name for p in tmp_path.iterdir()) == ["matrix.csv"]
    assert ([f.attributes() for f in network.getFeatures()], network.featureCount()) == before


def test_layer_and_parquet_outputs_together(conecta_plugin, one_way_block, tmp_path):
    network, points = one_way_block
    car, _, result = matrix(
        network, points, 2, OUTPUT=str(tmp_path / "matrix.gpkg"), OUTPUT_FILE=str(tmp_path / "matrix.parquet")
    )
    frame = pd.read_parquet(result["OUTPUT_FILE"]).set_index(["from_id", "to_id"])
    assert frame.loc[("B", "A"), "travel_time"] == pytest.approx(36 / 60, abs=1e-4)
    assert car[("B", "A")] == pytest.approx(36 / 60, abs=1e-4) and len(car) == len(frame) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["matrix.gpkg", "matrix.parquet"]


def grid_network(side: int, step: float = 100.0):
    """A side × side grid of 100 m blocks, one line per block side."""
    rows = []
    for i in range(side + 1):
        for j in range(side):
            rows.append(([(j * step, i * step), ((j + 1) * step, i * step)], ["residential", None, None]))
            rows.append(([(i * step, j * step), (i * step, (j + 1) * step)], ["residential", None, None]))
    return line_layer(rows, name="grid")


def random_points(n: int, extent: float, seed: int = 1):
    xy = np.random.default_rng(seed).uniform(0, extent, size=(n, 2))
    return point_layer({f"p{i}": (x, y) for i, (x, y) in enumerate(xy)})


class CancelAt(QgsProcessingFeedback):
    """Cancels the run at the first progress report at or above ``percent``; remembers when."""

    def __init__(self, percent: float) -> None:
        super().__init__()
        self.percent = percent
        self.cancelled_at = None
        self.progressChanged.connect(self._check)

    def _check(self, value: float) -> None:
        if self.cancelled_at is None and value >= self.percent:
            self.cancelled_at = time.perf_counter()
            self.cancel()


@pytest.fixture(scope="module")
def ten_thousand_origins(conecta_plugin):
    """A 5 km × 5 km grid (5,100 streets) and 10,000 origins: a walking matrix of tens of millions of pairs that
    takes about 40 s to write uncancelled."""
    return grid_network(50), random_points(10_000, 5000.0)


@pytest.mark.parametrize(
    "percent, step",
    [
        (0.0, "the first progress call (reading the network)"),
        (7.5, "building the graph"),
        (12.0, "reading the origins"),
        (16.0, "snapping and contracting"),
        (26.0, "choosing the routing method and building the contraction hierarchy"),
        (45.0, "routing blocks of origins and writing them"),
    ],
)
def test_a_cancelled_10000_origin_matrix_stops_within_2_s_and_leaves_no_file(
    conecta_plugin, ten_thousand_origins, tmp_path, percent, step
):
    network, origins = ten_thousand_origins
    feedback = CancelAt(percent)
    params = {"NETWORK": network, "ORIGINS": origins, "ORIGINS_ID": "id", "MODE": 0, "MAX_TIME": 60}
    params.update(OUTPUT=None, OUTPUT_FILE=str(tmp_path / "matrix.csv"))
    result = processing.run("conecta:traveltimematrix", params, feedback=feedback)
    stopped = time.perf_counter()
    assert feedback.cancelled_at is not None, step
    assert stopped - feedback.cancelled_at < 2.0, step
    assert result.get("OUTPUT_FILE") is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("output", ["OUTPUT", "OUTPUT_FILE"])
def test_a_matrix_cancelled_while_it_is_written_stops_within_2_s(
    conecta_plugin, ten_thousand_origins, tmp_path, output
):
    """The planner presses Cancel 3 s in, while the first blocks are written to a GeoPackage layer or a CSV
    file (a block's progress is only reported once it is written)."""
    network, origins = ten_thousand_origins
    feedback = QgsProcessingFeedback()
    pressed = []
    timer = threading.Timer(3.0, lambda: (pressed.append(time.perf_counter()), feedback.cancel()))
    params = {"NETWORK": network, "ORIGINS": origins, "ORIGINS_ID": "id", "MODE": 0, "MAX_TIME": 60}
    params[output] = str(tmp_path / ("matrix.gpkg" if output == "OUTPUT" else "matrix.csv"))
    if output == "OUTPUT_FILE":
        params["OUTPUT"] = None
    timer.start()
    result = processing.run("conecta:traveltimematrix", params, feedback=feedback)
    stopped = time.perf_counter()
    timer.join()
    assert pressed and stopped - pressed[0] < 2.0
    assert result.get(output) is None
    assert list(tmp_path.iterdir()) == []


def test_cancelled_isochrones_stop_while_drawing_and_leave_no_file(conecta_plugin, tmp_path):
    network = grid_network(20)
    points = random_points(200, 2000.0)
    feedback = CancelAt(61.0)  # the areas are drawn from 60 % on
    result = isochrones(
        network, points, "5,10", feedback=feedback, PER_POINT=True, OUTPUT=str(tmp_path / "iso.gpkg")
    )
    assert feedback.cancelled_at is not None and time.perf_counter() - feedback.cancelled_at < 2.0
    assert result.get("OUTPUT") is None and list(tmp_path.iterdir()) == []


def test_a_matrix_too_big_for_memory_is_refused_with_its_size(conecta_plugin, monkeypatch, tmp_path):
    import conecta.processing.bridge.longmatrix as longmatrix

    network = grid_network(10)
    origins = random_points(100, 1000.0)
    monkeypatch.setattr(longmatrix, "available_bytes", lambda: 1_000_000)
    # every pair of the 1 km grid is within 60 min on foot: 100 × 100 pairs × 420 bytes = 4.2 MB
    with pytest.raises(
        QgsProcessingException,
        match=r"The matrix would hold about 10,000 pairs, about 4 MB in a temporary layer, more than the 1 MB",
    ):
        matrix(network, origins, 0)
    # written to a file it is streamed block by block: accepted
    _, _, result = matrix(network, origins, 0, OUTPUT=None, OUTPUT_FILE=str(tmp_path / "m.csv"))
    assert result["PAIRS"] == 10_000 and len(pd.read_csv(tmp_path / "m.csv")) == 10_000


# ---------------------------------------------------------------- sample city, CSV quoting, Spanish


def test_sample_city_car_and_walk_matrices(conecta_plugin, sample_gpkg, tmp_path):
    zones = f"{sample_gpkg}|layername=zones"
    network = f"{sample_gpkg}|layername=network"
    walk = walking_matrix(network, zones, 30, OUTPUT_FILE=str(tmp_path / "w.csv"))
    frame = pd.read_csv(walk["OUTPUT_FILE"])
    assert frame["travel_time"].max() <= 30 and frame["from_id"].nunique() == 1227
    # every zone reaches itself in 0 minutes, and walking is symmetric on a network without one-way rules
    assert (frame[frame.from_id == frame.to_id].travel_time == 0).all()
    pivot = frame.set_index(["from_id", "to_id"]).travel_time
    sample = pivot.sample(500, random_state=1)
    reverse = pivot.reindex([(b, a) for a, b in sample.index])
    assert (abs(reverse.to_numpy() - sample.to_numpy()) < 1e-6).all()


def test_csv_output_quotes_ids_that_need_it(conecta_plugin, tmp_path):
    network = line_layer([([(0, 0), (600, 0)], ["residential", None, None])])
    points = point_layer({'Zona "A", norte': (0, 0), "B": (600, 0)})
    target = tmp_path / "matrix.csv"
    processing.run(
        "conecta:traveltimematrix",
        {"NETWORK": network, "ORIGINS": points, "ORIGINS_ID": "id", "MODE": 0, "OUTPUT": str(target)},
    )
    frame = pd.read_csv(target).set_index(["from_id", "to_id"])
    assert frame.loc[('Zona "A", norte', "B"), "travel_time"] == pytest.approx(10.0)


def test_mode_choices_use_the_vocabulary(conecta_plugin):
    from qgis.core import QgsApplication

    for name in ("traveltimematrix", "isochrones"):
        alg = QgsApplication.processingRegistry().algorithmById(f"conecta:{name}")
        assert alg.parameterDefinition("MODE").options() == ["Walking", "Cycling", "Car"]


def test_messages_in_spanish(conecta_plugin, one_way_block, spanish):
    assert spanish and spanish.endswith("conecta_es.qm")
    network, points = one_way_block
    with pytest.raises(QgsProcessingException, match="La capa de red vial está vacía"):
        matrix(line_layer([]), points, 0)
    with pytest.raises(QgsProcessingException, match="Ningún origen está a menos de 500.0 m de una calle"):
        matrix(network, point_layer({"far": (5000, 5000)}), 0)
