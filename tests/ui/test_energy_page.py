"""The Analysis dock's "Energy and emissions" step, offscreen: its settings and problems, the steps it plans
(bus activity, emissions per zone, e-bus energy) and the report's emissions inputs, and the steps run in the
background by the dock's runner."""

import time

from handmade_gtfs import DATE, write_handmade_feed
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from layers import memory_layer


def wait_for(predicate, timeout=120.0):
    end = time.time() + timeout
    while not predicate():
        assert time.time() < end, "the dock's background run did not finish in time"
        QCoreApplication.processEvents()
        time.sleep(0.01)


def halves():
    south = "POLYGON((-0.01 -0.001, 0.02 -0.001, 0.02 0.0135, -0.01 0.0135, -0.01 -0.001))"
    north = "POLYGON((-0.01 0.0135, 0.02 0.0135, 0.02 0.03, -0.01 0.03, -0.01 0.0135))"
    layer = memory_layer(
        "Polygon?crs=EPSG:4326&field=id:string&field=population:double",
        [(south, ["south", 100.0]), (north, ["north", 50.0])],
        "zones",
    )
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_energy_step_settings_problems_and_plan(dock, tmp_path):
    from conecta.ui.energy_page import energy_problems, energy_steps, report_parameters

    page = dock.energy_page
    assert not page.box.isHidden() and not page.form.isEnabled()  # off until ticked
    page.enabled.setChecked(True)
    assert page.form.isEnabled()
    page.date_edit.setText("13/05/2019")
    problems = energy_problems(dock.settings().energy)
    assert "Energy and emissions: choose the GTFS zip file(s)." in problems
    assert "Energy and emissions: give the service date as YYYY-MM-DD, e.g. 2019-05-13." in problems
    feed = write_handmade_feed(tmp_path / "hand.zip")
    page.gtfs_widget.setFilePath(f'"{feed}"')
    page.date_edit.setText(DATE)
    settings = dock.settings().energy
    assert settings.gtfs == [str(feed)] and settings.date == DATE
    assert energy_problems(dock.settings().energy) == []
    assert "No fleet table: every bus is taken as a 12 m diesel Euro V bus." in dock.planner.notes(
        dock.settings()
    )
    steps = energy_steps(settings, "zones_id", "id", tmp_path)
    assert [s.algorithm for s in steps] == [
        "conecta:busactivity",
        "conecta:busemissions",
        "conecta:ebusenergy",
    ]
    emissions = steps[1].parameters
    assert emissions["ZONES"] == "zones_id" and emissions["FLEET"].endswith("fleet_default.csv")
    assert report_parameters(steps) == {
        "EMISSIONS_MAP": str(tmp_path / "bus_emissions_zones.gpkg"),
        "EMISSIONS_ROUTES": str(tmp_path / "bus_emissions_routes.csv"),
    }
    assert "OUTPUT_ZONES" not in energy_steps(settings, None, "", tmp_path)[1].parameters


def test_energy_steps_run_in_the_background(dock, tmp_path):
    from conecta.ui.energy_page import energy_steps

    zones = halves()
    page = dock.energy_page
    page.enabled.setChecked(True)
    page.gtfs_widget.setFilePath(f'"{write_handmade_feed(tmp_path / "hand.zip")}"')
    page.date_edit.setText(DATE)
    page.grid_edit.setText("Brazil")
    steps = energy_steps(page.settings(), zones.id(), "id", tmp_path / "run")
    dock.runner.start(steps, "Conecta — energy test")
    wait_for(lambda: not dock.runner.running)
    assert dock.runner.errors == {}
    names = sorted(layer.name() for layer in dock.runner.added)
    assert names == ["Bus CO2 along the streets", "Bus CO2 by zone", "Bus segments (speed)"]
    by_zone = QgsVectorLayer(str(tmp_path / "run" / "bus_emissions_zones.gpkg"), "z", "ogr")
    co2 = {f["id"]: f["co2_kg"] for f in by_zone.getFeatures()}
    assert co2["south"] > 0 and co2["north"] > 0  # route R1 crosses both halves
    assert (tmp_path / "run" / "ebus_charging.png").exists()
