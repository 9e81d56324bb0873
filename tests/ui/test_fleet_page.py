"""The Analysis dock's "Fleet and industry" step, offscreen: off until ticked, checked, planned after the other
steps and before the report (which gets its tables), and run in the background through the three algorithms."""

import time

import pandas as pd
import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from conftest import REPO

SAMPLE_FEED = str(REPO / "resources" / "sample" / "gtfs" / "poa_eptc.zip")


def test_the_step_is_off_until_ticked(dock):
    assert dock.settings().fleet is None and not dock.fleet_page.form_widget.isEnabled()
    dock.fleet_page.use_feed(SAMPLE_FEED)
    settings = dock.settings().fleet
    assert settings.gtfs == SAMPLE_FEED and settings.layovers == "0, 5, 10" and settings.target_year == 2030
    assert dock.fleet_page.form_widget.isEnabled()


def test_problems_say_what_to_fix(dock):
    page = dock.fleet_page
    page.enabled_box.setChecked(True)
    problems = dock.planner.problems(dock.settings())
    assert "Fleet and industry: choose the GTFS feed (zip file)." in problems
    page.gtfs_widget.setFilePath(SAMPLE_FEED)
    page.layover_edit.setText("5, -2")
    page.date_edit.setText("13/05/2019")
    page.target_spin.setValue(2020)
    problems = dock.planner.problems(dock.settings())
    assert "Fleet and industry: layovers are minutes separated by commas, e.g. 0, 5, 10." in problems
    assert "Fleet and industry: write the date as YYYY-MM-DD, e.g. 2019-05-13." in problems
    assert "Fleet and industry: the target year 2020 is before the base year 2024." in problems
    assert not dock.run_button.isEnabled()


def test_steps_come_before_the_report_which_gets_the_tables(dock, tmp_path):
    from conecta.ui.fleet_page import FleetSettings

    fleet = FleetSettings(gtfs=SAMPLE_FEED, date="2019-05-13", policy=2)
    steps = fleet.steps(tmp_path)
    assert [s.algorithm for s in steps] == [
        "conecta:fleetfromgtfs",
        "conecta:fleetrenewal",
        "conecta:busfleetcost",
    ]
    # each step reads what the one before wrote
    assert steps[1].parameters["FLEET"] == steps[0].parameters["OUTPUT_TOTALS"]
    assert steps[2].parameters["FLEET"] == steps[1].parameters["OUTPUT_FLEET"]
    report = fleet.report_parameters(tmp_path)
    assert report["FLEET_TOTALS"] == steps[0].parameters["OUTPUT_TOTALS"]
    assert report["FLEET_TCO"] == steps[2].parameters["OUTPUT"]


def test_fleet_steps_run_in_the_background(dock, tmp_path):
    from conecta.ui.fleet_page import FleetSettings
    from conecta.ui.pipeline import PipelineRunner, fit_to_algorithm

    fleet = FleetSettings(gtfs=SAMPLE_FEED, date="2019-05-13", start="12:00", end="14:00", layovers="5")
    steps = [fit_to_algorithm(step, tmp_path) for step in fleet.steps(tmp_path)]
    runner = PipelineRunner()
    runner.start(steps, "Conecta — fleet test")
    end = time.time() + 120
    while runner.running and time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert not runner.running and runner.errors == {}
    totals = pd.read_csv(tmp_path / "fleet_totals.csv")
    renewal = pd.read_csv(tmp_path / "fleet_renewal.csv")
    assert totals["layover_min"].tolist() == [5.0]
    assert renewal["year"].tolist() == list(range(2025, 2031))
    # the renewal starts from the fleet with spares of the GTFS step (steady-state ages keep it constant)
    assert renewal["fleet"].iloc[0] == pytest.approx(totals["fleet_with_spares"].iloc[0])
    assert {layer.name() for layer in runner.added} >= {"Fleet — city totals", "Fleet — renewal per year"}
    assert (tmp_path / "fleet_tco.png").read_bytes()[:4] == b"\x89PNG"


def test_the_planner_puts_the_fleet_before_the_report(dock, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    network = QgsVectorLayer("LineString?crs=EPSG:31982&field=highway:string", "network", "memory")
    zones = QgsVectorLayer(
        "Polygon?crs=EPSG:31982&field=id:integer&field=population:double&field=jobs:double", "zones", "memory"
    )
    for layer, wkt, values in (
        (network, "LINESTRING(0 0, 1000 0)", ["residential"]),
        (zones, "POLYGON((0 0, 500 0, 500 500, 0 500, 0 0))", [1, 100.0, 10.0]),
    ):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        layer.dataProvider().addFeatures([feature])
        QgsProject.instance().addMapLayer(layer)
    dock.network_combo.setLayer(network)
    dock.zones_combo.setLayer(zones)
    dock.set_opportunities(["jobs"])
    dock.fleet_page.use_feed(SAMPLE_FEED)
    settings = dock.settings()
    assert dock.planner.problems(settings) == []
    steps = dock.planner.steps(settings, tmp_path)
    keys = [step.key for step in steps]
    assert keys[-4:] == ["fleet", "fleet_renewal", "fleet_cost", "report"]
    report = steps[-1].parameters
    assert report["FLEET_TOTALS"] == steps[-4].parameters["OUTPUT_TOTALS"]
    assert report["FLEET_TCO"] == steps[-2].parameters["OUTPUT"]
    assert "conecta:fleetrenewal" in dock.planner.commands_text(steps)
