"""The Analysis dock's public-transport step with a fare structure: the steps it plans for the sample city, what
it refuses, and the planned steps run through Processing on a few zones (budget access in the report)."""

from __future__ import annotations

from pathlib import Path

import processing
import pytest
from qgis.core import QgsProject, QgsVectorLayer

from conecta.ui.pipeline import AnalysisSettings, Planner
from conecta.ui.transit_step import SAMPLE_FARES, SAMPLE_FEEDS, TransitChoice


def sample_choice(**changes) -> TransitChoice:
    values = dict(feeds=[str(p) for p in SAMPLE_FEEDS], date="2019-05-13", departure="14:00",
                  fares=str(SAMPLE_FARES), max_fare="4.80")  # fmt: skip
    values.update(changes)
    return TransitChoice(**values)


@pytest.fixture()
def city(conecta_plugin, sample_gpkg, tmp_path):
    """Twelve sample zones near the centre and the streets, in a clean project."""
    QgsProject.instance().clear()
    zones = processing.run(
        "native:extractbyexpression",
        {"INPUT": f"{sample_gpkg}|layername=zones", "EXPRESSION": '"fid" IN (600, 601, 602, 603, 640, 641, 642, 643, 680, 681, 682, 683)',
         "OUTPUT": str(tmp_path / "zones.gpkg")},
    )["OUTPUT"]  # fmt: skip
    zones = QgsVectorLayer(zones, "zones", "ogr")
    network = QgsVectorLayer(f"{sample_gpkg}|layername=network", "network", "ogr")
    QgsProject.instance().addMapLayers([zones, network])
    yield zones, network
    QgsProject.instance().clear()


def settings(zones, network, transit) -> AnalysisSettings:
    return AnalysisSettings(network=network, zones=zones, id_field="id", population_field="population",
                            opportunities=["jobs"], cutoffs_text="30, 60", transit=transit)  # fmt: skip


def test_sample_fare_step_plans_the_budget_frontier_budget_access_and_the_report(city, tmp_path):
    zones, network = city
    planner = Planner()
    s = settings(zones, network, sample_choice())
    assert planner.problems(s) == []
    steps = {step.key: step for step in planner.steps(s, tmp_path)}
    matrix = steps["matrix_transit"].parameters
    assert matrix["FARE_STRUCTURE"] == str(SAMPLE_FARES) and matrix["FARE_BUDGETS"] == "4.8, inf"
    assert steps["accessibility_transit"].parameters["EXTRA_COSTS"] == "fare:4.8"
    report = steps["report"].parameters
    assert report["ACCESS_FIELDS"] == ["acc_jobs_60_fare4_8", "acc_jobs_30_fare4_8"]
    assert (
        report["TRAVEL_MODE"] == 3 and report["ZONES"] == steps["accessibility_transit"].parameters["OUTPUT"]
    )
    assert "affordability" not in steps  # the sample has no income field


def test_what_the_public_transport_step_refuses(city):
    zones, network = city
    planner = Planner()
    assert "Give the service date of the GTFS feeds (YYYY-MM-DD)." in planner.problems(
        settings(zones, network, sample_choice(date=""))
    )
    assert "A budget per trip needs a fare structure." in planner.problems(
        settings(zones, network, sample_choice(fares=""))
    )
    assert "The budget per trip must be a number of 0 or more." in planner.problems(
        settings(zones, network, sample_choice(max_fare="cheap"))
    )
    missing = planner.problems(settings(zones, network, sample_choice(fares="/nowhere/fares.json")))
    assert "File not found: /nowhere/fares.json" in missing


def test_planned_fare_steps_run_and_the_report_maps_access_within_the_budget(city, tmp_path):
    """The planned matrix (five departure minutes here), budget access and report, run as planned: the zones get
    the jobs reachable within 60 minutes and R$ 4.80, and the report labels the field with its budget."""
    zones, network = city
    planner = Planner()
    s = settings(zones, network, sample_choice())
    steps = {step.key: step for step in planner.steps(s, tmp_path)}
    for key in ("matrix_transit", "accessibility_transit", "report"):
        parameters = dict(steps[key].parameters)
        if key == "matrix_transit":
            parameters["TIME_WINDOW"] = 5
        if key == "report":
            parameters["OUTPUT_PDF"] = None
        processing.run(steps[key].algorithm, parameters)
    layer = QgsVectorLayer(steps["accessibility_transit"].parameters["OUTPUT"], "a", "ogr")
    values = [f["acc_jobs_60_fare4_8"] for f in layer.getFeatures()]
    assert len(values) == 12 and max(values) > 0
    html = Path(steps["report"].parameters["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert "fare at most 4.80" in html
