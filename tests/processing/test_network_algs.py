"""conecta:traveltimematrix and conecta:isochrones on hand-built networks and on the sample city.

Hand-built networks use a metric CRS (EPSG:31982) and round numbers so every travel time can be
computed by hand: walking 3.6 km/h is exactly 1 m/s.
"""

import math

import pandas as pd
import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)

from feedback_log import Log

CRS = "EPSG:31982"  # travel times are written to 1e-4 minutes
X0, Y0 = 480000.0, 6650000.0


def line_layer(rows, fields="highway:string&field=oneway:string&field=speed:string", crs=CRS):
    layer = QgsVectorLayer(f"LineString?crs={crs}&field={fields}", "net", "memory")
    features = []
    for coords, attrs in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in coords]))
        feature.setAttributes(attrs)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def point_layer(points, crs=CRS):
    layer = QgsVectorLayer(f"Point?crs={crs}&field=id:string", "pts", "memory")
    features = []
    for name, (x, y) in points.items():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))
        feature.setAttributes([name])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def matrix(network, points, mode, **extra):
    log = Log()
    params = {
        "NETWORK": network,
        "ORIGINS": points,
        "ORIGINS_ID": "id",
        "MODE": mode,
        "MAX_TIME": 60,
        "OUTPUT": "memory:",
    }
    params.update(extra)
    result = processing.run("conecta:traveltimematrix", params, feedback=log)
    table = result["OUTPUT"]
    if isinstance(table, str):
        table = QgsVectorLayer(table, "matrix", "ogr")
    rows = {(f["from_id"], f["to_id"]): f["travel_time"] for f in table.getFeatures()}
    return rows, log, result


@pytest.fixture
def one_way_block():
    """A 100 m × 100 m square block; the bottom street A→B is one-way eastwards (car 30 km/h residential)."""
    square = [
        ([(0, 0), (100, 0)], ["residential", "yes", None]),
        ([(100, 0), (100, 100)], ["residential", None, None]),
        ([(100, 100), (0, 100)], ["residential", None, None]),
        ([(0, 100), (0, 0)], ["residential", None, None]),
    ]
    return line_layer(square), point_layer({"A": (0, 0), "B": (100, 0)})


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
    import conecta.core.network as network_core

    monkeypatch.setattr(network_core, "HIERARCHY_BUILD_SEARCHES", 1.0)
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


def test_bad_input_gets_clear_messages(conecta_plugin, one_way_block):
    network, points = one_way_block
    empty = line_layer([])
    with pytest.raises(QgsProcessingException, match="street network layer is empty"):
        matrix(empty, points, 0)
    twins = point_layer({"A": (0, 0)})
    twins.dataProvider().addFeatures([next(twins.getFeatures())])
    with pytest.raises(QgsProcessingException, match="duplicate values"):
        matrix(network, twins, 0)


def test_inputs_are_not_modified_and_csv_output_streams(conecta_plugin, one_way_block, tmp_path):
    network, points = one_way_block
    before = [f.attributes() for f in network.getFeatures()], network.featureCount()
    target = tmp_path / "matrix.csv"
    _, _, result = matrix(network, points, 2, OUTPUT=str(target))
    frame = pd.read_csv(result["OUTPUT"])
    assert list(frame.columns) == ["from_id", "to_id", "travel_time"]
    assert len(frame) == 4 and not (tmp_path / "matrix.csv.part").exists()
    assert ([f.attributes() for f in network.getFeatures()], network.featureCount()) == before


def test_sample_city_car_and_walk_matrices(conecta_plugin, sample_gpkg, tmp_path):
    zones = f"{sample_gpkg}|layername=zones"
    network = f"{sample_gpkg}|layername=network"
    walk = processing.run(
        "conecta:traveltimematrix",
        {
            "NETWORK": network,
            "ORIGINS": zones,
            "ORIGINS_ID": "id",
            "MODE": 0,
            "MAX_TIME": 30,
            "OUTPUT_FILE": str(tmp_path / "w.csv"),
        },
    )
    frame = pd.read_csv(walk["OUTPUT_FILE"])
    assert frame["travel_time"].max() <= 30 and frame["from_id"].nunique() == 1227
    # every zone reaches itself in 0 minutes, and walking is symmetric on a network without one-way rules
    assert (frame[frame.from_id == frame.to_id].travel_time == 0).all()
    pivot = frame.set_index(["from_id", "to_id"]).travel_time
    sample = pivot.sample(500, random_state=1)
    reverse = pivot.reindex([(b, a) for a, b in sample.index])
    assert (abs(reverse.to_numpy() - sample.to_numpy()) < 1e-6).all()


def test_isochrone_never_extends_beyond_the_time_limit(conecta_plugin):
    network = line_layer([([(0, 0), (1000, 0)], ["residential", None, None])])
    points = point_layer({"P": (0, 0)})
    result = processing.run(
        "conecta:isochrones",
        {
            "NETWORK": network,
            "INPUT": points,
            "ID_FIELD": "id",
            "MODE": 0,
            "INTERVALS": "5",
            "BUFFER": 30,
            "OUTPUT": "memory:",
        },
    )
    feature = next(result["OUTPUT"].getFeatures())
    box = feature.geometry().boundingBox()
    # 5 min at 1 m/s = 300 m; minus the 30 m buffer's walking time = 270 m of street, then buffered by 30 m
    assert box.xMaximum() - X0 == pytest.approx(300.0, abs=1e-4)
    quarter = 4  # segments per quarter circle of QGIS's buffer
    polygon_circle = 0.5 * 4 * quarter * 30**2 * math.sin(2 * math.pi / (4 * quarter))
    assert feature["area_km2"] * 1e6 == pytest.approx(270 * 60 + polygon_circle, rel=1e-6)
    assert feature["minutes"] == 5


def test_isochrones_per_point_and_nested(conecta_plugin):
    network = line_layer([([(0, 0), (2000, 0)], ["residential", None, None])])
    points = point_layer({"P": (0, 0), "Q": (2000, 0)})
    result = processing.run(
        "conecta:isochrones",
        {
            "NETWORK": network,
            "INPUT": points,
            "ID_FIELD": "id",
            "MODE": 0,
            "INTERVALS": "10,5",
            "PER_POINT": True,
            "OUTPUT": "memory:",
        },
    )
    areas = {(f["id"], f["minutes"]): f.geometry() for f in result["OUTPUT"].getFeatures()}
    assert set(areas) == {("P", 5.0), ("P", 10.0), ("Q", 5.0), ("Q", 10.0)}
    assert areas[("P", 10.0)].contains(areas[("P", 5.0)].pointOnSurface())
    assert areas[("P", 5.0)].area() < areas[("P", 10.0)].area()
    with pytest.raises(QgsProcessingException, match="positive numbers"):
        processing.run(
            "conecta:isochrones",
            {"NETWORK": network, "INPUT": points, "INTERVALS": "ten", "OUTPUT": "memory:"},
        )

    # a point without geometry and one without id are skipped and said so
    broken = point_layer({"P": (0, 0)})
    no_geometry, no_id = QgsFeature(broken.fields()), QgsFeature(broken.fields())
    no_geometry.setAttributes(["R"])
    no_id.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + 2000, Y0)))
    no_id.setAttributes([None])
    broken.dataProvider().addFeatures([no_geometry, no_id])
    log = Log()
    result = processing.run(
        "conecta:isochrones",
        {
            "NETWORK": network,
            "INPUT": broken,
            "ID_FIELD": "id",
            "MODE": 0,
            "INTERVALS": "5",
            "OUTPUT": "memory:",
        },
        feedback=log,
    )
    assert result["OUTPUT"].featureCount() == 1
    assert "1 features with NULL or empty geometry skipped" in log.text()
    assert "1 features with a NULL id skipped" in log.text()


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
