"""The Analysis and Indicators docks, offscreen: build, suggest fields, run the pipeline in the background,
cancel, refuse bad input in the user's language, and compute the published inequality figures."""

import math
import shlex
import time
from pathlib import Path

import numpy as np
import pandas as pd
import processing
import pytest
from processing_helpers import jobs_within_30_minutes
from qgis.core import (
    QgsApplication,
    QgsGraduatedSymbolRenderer,
    QgsLayerTreeGroup,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from data_paths import shared

# ------------------------------------------------------------------------------------------ helpers


def wait_for(predicate, timeout=120.0):
    """Process Qt events until ``predicate()`` is true (the background tasks report through the event loop);
    returns the longest time the event loop was blocked, in seconds."""
    end = time.time() + timeout
    longest = 0.0
    while not predicate():
        if time.time() > end:
            raise TimeoutError("the dock's background run did not finish in time")
        start = time.time()
        QCoreApplication.processEvents()
        longest = max(longest, time.time() - start)
        time.sleep(0.01)
    return longest


def groups():
    """Names of the top-level layer groups of the project."""
    root = QgsProject.instance().layerTreeRoot()
    return [child.name() for child in root.children() if isinstance(child, QgsLayerTreeGroup)]


def needs(*algorithms):
    registry = QgsApplication.processingRegistry()
    missing = [a for a in algorithms if registry.algorithmById(a) is None]
    if missing:
        pytest.skip(f"algorithm not registered yet: {', '.join(missing)}")


@pytest.fixture(scope="module")
def small_city(conecta_plugin, sample_gpkg, tmp_path_factory):
    """Central Porto Alegre: the sample zones inside a 3 km square and the streets around it (files)."""
    folder = tmp_path_factory.mktemp("small_city")
    centre_x, centre_y, half = 480500.0, 6675500.0, 1500.0
    zones = processing.run(
        "native:extractbyextent",
        {
            "INPUT": f"{sample_gpkg}|layername=zones",
            "EXTENT": QgsRectangle(centre_x - half, centre_y - half, centre_x + half, centre_y + half),
            "CLIP": False,
            "OUTPUT": str(folder / "zones.gpkg"),
        },
    )["OUTPUT"]
    network = processing.run(
        "native:extractbyextent",
        {
            "INPUT": f"{sample_gpkg}|layername=network",
            "EXTENT": QgsRectangle(
                centre_x - 2 * half, centre_y - 2 * half, centre_x + 2 * half, centre_y + 2 * half
            ),
            "CLIP": False,
            "OUTPUT": str(folder / "network.gpkg"),
        },
    )["OUTPUT"]
    return {"zones": zones, "network": network, "folder": folder}


def add(path, name):
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid(), path
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def analysis(conecta_plugin, qgis_iface, project):
    from conecta.ui.analysis_dock import AnalysisDock

    dock = AnalysisDock(qgis_iface)
    yield dock
    dock.unload()
    wait_for(lambda: not dock.runner.running, 60)
    dock.deleteLater()


# ------------------------------------------------------------------------------------------ fields


def test_field_names_are_recognised_in_three_languages():
    from conecta.ui.fields import suggest_all

    spanish = [
        ("fid", True),
        ("CODIGO", False),
        ("Poblacion_total", True),
        ("empleos", True),
        ("escuelas", True),
        ("salud", True),
        ("ingreso", True),
        ("nombre", False),
    ]
    assert suggest_all(spanish) == {
        "id": "CODIGO",
        "population": "Poblacion_total",
        "income": "ingreso",
        "opportunities": ["empleos", "escuelas", "salud"],
    }
    portuguese = [
        ("geocodigo", False),
        ("populacao", True),
        ("renda_per_capita", True),
        ("empregos", True),
        ("escolas", True),
        ("saude", True),
        ("acc_empregos_30", True),
    ]
    chosen = suggest_all(portuguese)
    assert chosen["id"] == "geocodigo" and chosen["population"] == "populacao"
    assert chosen["income"] == "renda_per_capita"
    # accessibility results are not opportunities
    assert chosen["opportunities"] == ["empregos", "escolas", "saude"]
    # population must be numeric: a text field named "population" is not suggested
    assert suggest_all([("id", False), ("population", False), ("pop", True)])["population"] == "pop"


def test_docks_build_and_suggest_the_sample_city_fields(analysis, conecta_plugin, qgis_iface, sample_gpkg):
    from conecta.ui.indicators_dock import IndicatorsDock

    add(f"{sample_gpkg}|layername=network", "network")
    zones = add(f"{sample_gpkg}|layername=zones", "zones")
    stops = add(f"{sample_gpkg}|layername=stops", "Public transport stops")
    analysis.zones_combo.setLayer(zones)
    assert analysis.stops_combo.currentLayer() == stops  # recognised by its name
    assert analysis.objectName() == "ConectaAnalysisDock"
    assert analysis.network_combo.currentLayer().name() == "network"
    assert analysis.id_combo.currentField() == "id"
    assert analysis.population_combo.currentField() == "population"
    assert analysis.income_combo.currentField() == ""
    assert analysis.opportunities() == ["jobs", "schools", "healthcare"]
    indicators = IndicatorsDock(qgis_iface)
    assert indicators.objectName() == "ConectaIndicatorsDock"
    indicators.layer_combo.setLayer(zones)
    assert indicators.population_combo.currentField() == "population"
    assert indicators.field_combo.currentField() == "jobs"
    indicators.unload()


def test_plugin_menu_toggles_the_docks(conecta_plugin, qgis_iface):
    from conecta import classFactory

    plugin = classFactory(qgis_iface)
    plugin.initGui()
    names = [action.objectName() for action in plugin.actions]
    assert "conectaAnalysisDock" in names and "conectaIndicatorsDock" in names
    action = next(a for a in plugin.actions if a.objectName() == "conectaIndicatorsDock")
    action.setChecked(True)
    assert plugin.docks["indicators"].objectName() == "ConectaIndicatorsDock"
    plugin.unload()
    assert plugin.docks == {} and plugin.actions == []


# ------------------------------------------------------------------------------------------ bad input


def test_run_is_disabled_with_a_tooltip_saying_what_is_missing(analysis, small_city):
    add(small_city["network"], "network")
    zones = add(small_city["zones"], "zones")
    analysis.zones_combo.setLayer(zones)
    needs("conecta:traveltimematrix", "conecta:accessibility")
    assert analysis.run_button.isEnabled(), analysis.run_button.toolTip()

    analysis.population_combo.setField("")
    assert not analysis.run_button.isEnabled()
    assert "population field" in analysis.run_button.toolTip()
    analysis.population_combo.setField("id")  # text
    assert "Field id is not numeric" in analysis.run_button.toolTip()
    analysis.population_combo.setField("population")
    analysis.set_opportunities([])
    assert "at least one opportunity field" in analysis.run_button.toolTip()
    analysis.set_opportunities(["jobs"])
    analysis.cutoffs_edit.setText("30, soon")
    assert "Cutoffs must be positive numbers" in analysis.run_button.toolTip()
    analysis.cutoffs_edit.setText("30, -15")  # a number, but no travel time
    assert "Cutoffs must be positive numbers" in analysis.run_button.toolTip()
    analysis.cutoffs_edit.setText("")
    assert "Give at least one cutoff in minutes" in analysis.run_button.toolTip()
    analysis.cutoffs_edit.setText("30")
    for box in analysis.mode_boxes:
        box.setChecked(False)
    assert "at least one mode" in analysis.run_button.toolTip()
    analysis.mode_boxes[0].setChecked(True)
    analysis.selected_box.setChecked(True)  # nothing selected
    assert not analysis.run_button.isEnabled() and "No zone is selected" in analysis.run_button.toolTip()
    zones.selectByIds(list(zones.allFeatureIds())[:3])
    analysis.refresh()
    assert analysis.run_button.isEnabled()


def test_layers_in_another_crs_are_accepted_with_a_note(analysis, small_city):
    needs("conecta:traveltimematrix", "conecta:accessibility")
    add(small_city["network"], "network")
    zones = processing.run(
        "native:reprojectlayer",
        {"INPUT": small_city["zones"], "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:zones_wgs84"},
    )["OUTPUT"]
    QgsProject.instance().addMapLayer(zones)
    analysis.zones_combo.setLayer(zones)
    assert analysis.run_button.isEnabled(), analysis.run_button.toolTip()
    assert "reproject" in analysis.notes_label.text()


def test_tooltip_follows_the_user_language(analysis, small_city, spanish):
    from conecta.ui.analysis_dock import AnalysisDock

    add(small_city["network"], "network")
    zones = add(small_city["zones"], "zones")
    dock = AnalysisDock(None)
    dock.zones_combo.setLayer(zones)
    dock.population_combo.setField("")
    assert not dock.run_button.isEnabled()
    assert "Elija el campo de población" in dock.run_button.toolTip()
    assert dock.windowTitle() == "Conecta — Análisis"
    dock.deleteLater()


# ------------------------------------------------------------------------------------------ pipeline


def test_pipeline_runs_in_the_background_and_adds_a_group(analysis, small_city, tmp_path):
    needs("conecta:traveltimematrix", "conecta:accessibility", "conecta:accessinequality")
    add(small_city["network"], "network")
    zones = add(small_city["zones"], "zones")
    analysis.zones_combo.setLayer(zones)
    analysis.set_opportunities(["jobs", "schools"])
    analysis.cutoffs_edit.setText("15, 30")
    analysis.folder_widget.setFilePath(str(tmp_path))
    analysis.city_edit.setText("Porto Alegre (centre)")
    report = QgsApplication.processingRegistry().algorithmById("conecta:report") is not None
    analysis.report_box.setChecked(report)
    assert analysis.run_button.isEnabled(), analysis.run_button.toolTip()
    commands = analysis.commands_edit.toPlainText()
    first = next(line for line in commands.splitlines() if "conecta:traveltimematrix" in line)
    executable = shlex.split(first)[0]
    assert Path(executable).name == "qgis_process.bin" and Path(executable).is_file()  # not Debian's wrapper
    assert " run conecta:traveltimematrix -- " in first and str(small_city["zones"]) in commands
    assert "OPPORTUNITIES=jobs" in commands and "OPPORTUNITIES=schools" in commands

    analysis.run_button.click()
    assert analysis.runner.running and analysis.cancel_button.isEnabled()  # click returns at once
    keys = [step.key for step in analysis.steps]
    report_index = keys.index("report") if "report" in keys else len(keys)
    blocked = wait_for(lambda: not analysis.runner.running or analysis.runner.current >= report_index)
    assert blocked < 1.0  # QGIS stays responsive: the work runs in background tasks
    # the report's print layout is drawn in the main thread (as QGIS's own layout export does): a short pause
    assert wait_for(lambda: not analysis.runner.running) < 20.0
    assert analysis.runner.errors == {}, analysis.status_label.text()
    assert analysis.progress_bar.value() == 100

    group_name = analysis.runner.group_name
    assert group_name.startswith("Conecta — zones — ") and group_name in groups()
    layers = {layer.name(): layer for layer in analysis.runner.added}
    access = layers["Accessibility — Walking"]
    assert isinstance(access.renderer(), QgsGraduatedSymbolRenderer)  # the algorithm's own style
    assert {"acc_jobs_15", "acc_jobs_30", "acc_schools_30"} <= set(access.fields().names())

    # accessibility recomputed independently from the travel-time matrix the first step wrote
    matrix = pd.read_csv(analysis.folder / "travel_times_walk.csv", dtype={"from_id": str, "to_id": str})
    jobs = {str(f["id"]): float(f["jobs"] or 0) for f in zones.getFeatures()}
    near = matrix[matrix["travel_time"] <= 30]
    expected = near.assign(jobs=near["to_id"].map(jobs)).groupby("from_id")["jobs"].sum()
    got = {str(f["id"]): f["acc_jobs_30"] for f in access.getFeatures()}
    assert len(got) == zones.featureCount() > 50
    for zone, value in got.items():
        assert value == pytest.approx(expected.get(zone, 0.0))

    # Gini of the inequality step = the mean-difference Gini computed here from the layer
    x = np.array([f["acc_jobs_30"] for f in access.getFeatures()], dtype=float)
    w = np.array([f["population"] for f in access.getFeatures()], dtype=float)
    gini = (w[:, None] * w[None, :] * np.abs(x[:, None] - x[None, :])).sum() / (
        2 * w.sum() ** 2 * np.average(x, weights=w)
    )
    table = layers["Inequality — acc_jobs_30 (Walking)"]
    values = {f["measure"]: f["value"] for f in table.getFeatures() if f["group"] == "all"}
    assert values["gini"] == pytest.approx(gini, rel=1e-9)
    shown = analysis.commands_edit.toPlainText()
    assert " run conecta:accessinequality -- " in shown and str(analysis.folder) in shown
    if report:  # third click: the city report of the run
        assert analysis.report_button.isEnabled() and analysis.report_path().suffix == ".pdf"
        assert analysis.report_path().read_bytes().startswith(b"%PDF")
        html = (analysis.folder / "report.html").read_text(encoding="utf-8")
        assert "Porto Alegre (centre)" in html


def test_cancel_stops_cleanly_without_partial_layers(analysis, small_city, tmp_path):
    needs("conecta:traveltimematrix", "conecta:accessibility")
    add(small_city["network"], "network")
    analysis.zones_combo.setLayer(add(small_city["zones"], "zones"))
    analysis.mode_boxes[2].setChecked(True)
    analysis.folder_widget.setFilePath(str(tmp_path))
    before = len(QgsProject.instance().mapLayers())
    started = []
    analysis.runner.stepStarted.connect(lambda index, label: started.append(index))
    analysis.run_button.click()
    wait_for(lambda: started and started[-1] >= 1)  # travel times done, accessibility running
    analysis.cancel_button.click()
    wait_for(lambda: not analysis.runner.running)
    assert analysis.runner.cancelled and analysis.status_label.text() == "Cancelled."
    assert analysis.runner.added == [] and len(QgsProject.instance().mapLayers()) == before
    assert analysis.runner.group_name not in groups()
    assert analysis.run_button.isEnabled() and not analysis.cancel_button.isEnabled()


def test_a_failed_step_shows_its_message_and_keeps_earlier_results(analysis, small_city, tmp_path):
    needs("conecta:traveltimematrix", "conecta:accessibility", "conecta:accessinequality")
    add(small_city["network"], "network")
    nobody = processing.run(
        "native:fieldcalculator",
        {
            "INPUT": small_city["zones"],
            "FIELD_NAME": "population",
            "FIELD_TYPE": 1,
            "FORMULA": "0",
            "OUTPUT": str(tmp_path / "nobody.gpkg"),
        },
    )["OUTPUT"]
    analysis.zones_combo.setLayer(add(nobody, "nobody"))
    analysis.set_opportunities(["jobs"])
    analysis.cutoffs_edit.setText("20")
    analysis.folder_widget.setFilePath(str(tmp_path))
    analysis.report_box.setChecked(False)
    analysis.run_button.click()
    wait_for(lambda: not analysis.runner.running)
    # conecta:accessinequality refuses zones without population; accessibility is kept in the group
    assert "population above 0" in analysis.status_label.text()
    assert "kept" in analysis.status_label.text()
    assert [layer.name() for layer in analysis.runner.added] == ["Accessibility — Walking"]
    assert analysis.runner.group_name in groups()


# ------------------------------------------------------------------------------------------ indicators


@pytest.fixture(scope="module")
def bh_access(conecta_plugin):
    zones = str(shared("belo_horizonte", "bho_hex_h3res9.geojson"))
    return jobs_within_30_minutes(shared("belo_horizonte", "travel_matrix.csv.gz"), zones)


def test_indicators_dock_gives_the_published_palma_and_gini(conecta_plugin, qgis_iface, project, bh_access):
    from conecta.ui.indicators_dock import IndicatorsDock

    project.addMapLayer(bh_access)
    dock = IndicatorsDock(qgis_iface)
    dock.layer_combo.setLayer(bh_access)
    assert dock.field_combo.currentField() == "acc_jobs_30"  # accessibility fields come first
    assert dock.population_combo.currentField() == "population"
    assert dock.income_combo.currentField() == "income_per_capita"
    # IPEA accessibility package, README.md / articles/inequality_and_poverty.md (Belo Horizonte, jobs, 30 min)
    assert dock.summary.palma == pytest.approx(3.800465, abs=5e-7)
    assert dock.summary.gini == pytest.approx(0.4715251, abs=5e-8)
    assert dock.value_labels["palma"].text() == "3.80" and dock.value_labels["gini"].text() == "0.472"

    # population-weighted mean, computed here
    x = np.array([f["acc_jobs_30"] for f in bh_access.getFeatures()], dtype=float)
    w = np.array([f["population"] for f in bh_access.getFeatures()], dtype=float)
    assert dock.summary.mean == pytest.approx((x * w).sum() / w.sum())

    # selecting a zone marks it against the city: share of people in zones with at most its value
    fid = next(bh_access.getFeatures()).id()
    value = next(bh_access.getFeatures())["acc_jobs_30"]
    bh_access.selectByIds([fid])
    share = 100 * w[x <= value].sum() / w.sum()
    assert dock.selected_value == value
    assert f"{share:.3g} %" in dock.zone_label.text()
    bars = dock.figures["deciles"].axes[0].patches
    assert len(bars) == 10

    # classification applied to the layer
    dock.method_combo.setCurrentIndex(1)  # natural breaks
    dock.classes_spin.setValue(4)
    dock.ramp_combo.setCurrentText("YlOrRd")
    dock.apply_button.click()
    renderer = bh_access.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "acc_jobs_30" and len(renderer.ranges()) == 4
    assert renderer.classificationMethod().id() == "Jenks"
    assert renderer.ranges()[-1].upperValue() == pytest.approx(np.nanmax(x))
    dock.unload()
    assert not math.isnan(dock.summary.median)


def test_load_sample_city_opens_the_analysis_dock_ready_to_run(
    qgis_app, qgis_processing, qgis_iface, qgis_new_project
):
    """Three clicks from nothing to a report: Load sample city → Run → Open report."""
    from qgis.core import QgsProject

    from conecta import classFactory

    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.load_sample_city()
        names = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
        assert len(names) >= 3
        action = next(a for a in plugin.actions if a.objectName() == "conectaAnalysisDock")
        assert action.isChecked() and plugin.docks.get("analysis") is not None
    finally:
        plugin.unload()
