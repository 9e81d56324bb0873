"""The Analysis dock's Scenarios page, offscreen: it sits in the dock, suggests the baseline's fields, says what
is missing, writes the drawn route with the page's settings and runs gtfsscenario → transitmatrix →
accessibility → comparescenarios in the background (the corridor city of tests/scenario_city.py: a new route
from A to B brings B's 500 jobs within 30 minutes of A)."""

import time

import processing
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QDate, QTime
from qgis.PyQt.QtWidgets import QTabWidget
from scenario_city import CRS, X0, Y0, corridor_feed, corridor_street, corridor_zones


def wait_for(predicate, timeout=180.0):
    """Process Qt events until ``predicate()`` is true (background tasks report through the event loop)."""
    end = time.time() + timeout
    while not predicate():
        if time.time() > end:
            raise TimeoutError("the page's background run did not finish in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture
def page(conecta_plugin, qgis_iface, project):
    from conecta.ui.analysis_dock import AnalysisDock

    dock = AnalysisDock(qgis_iface)
    yield dock.scenarios
    dock.unload()
    wait_for(lambda: not dock.scenarios.runner.running, 60)
    dock.deleteLater()


@pytest.fixture
def baseline(tmp_path, project):
    """The corridor zones' accessibility to jobs within 30 min by public transport on the corridor feed (no
    route: A reaches its own 10 jobs, B its own 500), added to the project."""
    gtfs = corridor_feed(tmp_path / "feed.zip")
    zones = corridor_zones()
    matrix = processing.run(
        "conecta:transitmatrix",
        {"GTFS": [gtfs], "NETWORK": corridor_street(), "ORIGINS": zones, "ORIGINS_ID": "id", "DATE": "2019-05-13",
         "DEPARTURE_TIME": "08:00", "TIME_WINDOW": 60, "MAX_WALK_TIME": 120, "OUTPUT": "memory:"},
    )["OUTPUT"]  # fmt: skip
    path = processing.run(
        "conecta:accessibility",
        {"TRAVEL_MATRIX": matrix, "COST_FIELD": "travel_time_p50", "ZONES": zones, "ZONES_ID": "id",
         "OPPORTUNITIES": "jobs", "POPULATION": "population", "MEASURE": 0, "CUTOFF": "30",
         "OUTPUT": str(tmp_path / "baseline.gpkg")},
    )["OUTPUT"]  # fmt: skip
    layer = QgsVectorLayer(path, "baseline", "ogr")
    project.addMapLayer(layer)
    return gtfs, layer


def test_the_page_is_a_tab_of_the_analysis_dock_and_says_what_is_missing(page, baseline):
    tabs = page.parent()
    while tabs is not None and not isinstance(tabs, QTabWidget):
        tabs = tabs.parent()
    assert tabs is not None and [tabs.tabText(i) for i in range(tabs.count())] == ["Analysis", "Scenarios"]
    gtfs, layer = baseline
    page.baseline_combo.setLayer(layer)
    # the accessibility field acc_jobs_30 gives the opportunity (jobs) and the cutoff (30 min)
    assert page.access_combo.currentField() == "acc_jobs_30"
    assert page.opportunity_combo.currentField() == "jobs" and page.cutoff_spin.value() == 30.0
    assert page.id_combo.currentField() == "id" and page.population_combo.currentField() == "population"
    assert not page.run_button.isEnabled()
    assert "• Choose the GTFS feed (zip) the new route is added to." in page.problems_label.text()
    assert "• Draw the new route, or choose a line layer holding it." in page.problems_label.text()


def test_drawing_a_route_adds_a_layer_with_the_route_fields(page, baseline, qgis_iface):
    page.draw_route()
    layer = page.routes_combo.currentLayer()
    assert layer.isEditable() and layer.name() == "New route"
    assert layer.fields().names() == [
        "route_id", "headway_min", "speed_kmh", "start_time", "end_time", "mode", "dwell_s",
    ]  # fmt: skip


def test_a_scenario_runs_in_the_background_and_shows_who_gains(page, baseline, tmp_path):
    from conecta.ui.scenarios_page import write_routes

    gtfs, layer = baseline
    route = QgsVectorLayer(f"LineString?crs={CRS}", "drawn", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0, Y0), QgsPointXY(X0 + 6000, Y0)]))
    route.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(route)
    page.baseline_combo.setLayer(layer)
    page.feed_widget.setFilePath(gtfs)
    page.routes_combo.setLayer(route)
    page.network_combo.setLayer(None)
    page.headway_spin.setValue(10)
    page.speed_spin.setValue(36)
    page.dwell_spin.setValue(0)
    page.spacing_spin.setValue(3000)
    page.start_edit.setText("07:00")
    page.end_edit.setText("10:00")
    page.date_edit.setDate(QDate(2019, 5, 13))
    page.departure_edit.setTime(QTime(8, 0))
    page.folder_widget.setFilePath(str(tmp_path / "runs"))
    assert page.run_button.isEnabled(), page.problems_label.text()
    # the drawn line has no route fields: the page writes it with its own settings
    assert write_routes(page.settings(), tmp_path / "routes.gpkg") == 1
    written = QgsVectorLayer(str(tmp_path / "routes.gpkg"), "routes", "ogr")
    assert [f.attributes()[1:] for f in written.getFeatures()] == [
        ["NEW1", 10.0, 36.0, "07:00", "10:00", "brt", 0.0]
    ]
    page.run()
    wait_for(lambda: not page.runner.running)
    wait_for(lambda: not page.runner._alive)  # released once the run is over
    assert page.runner.errors == {}
    assert (
        "qgis_process" in page.commands_edit.toPlainText()
        and "conecta:gtfsscenario" in page.commands_edit.toPlainText()
    )
    change = page.runner.added[0]
    # straight-line walking (no street layer): A reaches B's 500 jobs by the new route within 30 min
    assert {f["id"]: f["change"] for f in change.getFeatures()} == {"A": 500.0, "B": 10.0}
    # A's 10 jobs become 510 (+5,000 %), B's 500 become 510 (+2 %): half of the 200 people gain more than 10 %
    assert (
        page.status_label.text()
        == "Done: 50.0 % of the people gain more than 10 %, 0.0 % lose more than 10 %."
    )


def test_an_output_folder_that_cannot_be_written_is_said(page, baseline, tmp_path):
    from conecta.ui.scenarios_page import ScenarioSettings, new_route_layer, write_routes

    gtfs, layer = baseline
    route = new_route_layer("drawn", layer.crs())
    feature = QgsFeature(route.fields())
    feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0, Y0), QgsPointXY(X0 + 6000, Y0)]))
    route.dataProvider().addFeatures([feature])
    with pytest.raises(OSError):
        write_routes(ScenarioSettings(routes=route), tmp_path / "no_such_folder" / "routes.gpkg")
    QgsProject.instance().addMapLayer(route)
    blocked = tmp_path / "a_file"
    blocked.write_text("not a folder")
    page.baseline_combo.setLayer(layer)
    page.feed_widget.setFilePath(gtfs)
    page.routes_combo.setLayer(route)
    page.date_edit.setDate(QDate(2019, 5, 13))
    page.folder_widget.setFilePath(str(blocked))
    page.run()
    assert page.status_label.text().startswith(
        f"Cannot write to the output folder {blocked}/conecta_scenario_"
    )
    assert not page.runner.running
