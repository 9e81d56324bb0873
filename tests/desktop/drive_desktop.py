"""Drives the real QGIS desktop the way a planner does; run by ``qgis --code`` (see test_desktop.py).

Loads the sample city from the Conecta menu, opens both docks, runs the Analysis dock's pipeline, reads the
result in the Indicators dock and switches every chart tab, resizes the main window between 1024×768 and
1920×1080, opens an algorithm dialog, then quits QGIS. Every fact the test checks is written to
``$CONECTA_DESKTOP_OUT/result.json``; screenshots of the window and the docks go next to it.

The steps run from QTimer callbacks so that QGIS's event loop keeps running, as it does for a planner.
"""

import json
import os
import sys
import time
import traceback
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QWidget
from qgis.utils import iface, plugins

OUT = Path(os.environ["CONECTA_DESKTOP_OUT"])
OUT.mkdir(parents=True, exist_ok=True)
SIZES = ((1024, 768), (1920, 1080), (1280, 800), (1024, 768), (1920, 1080))
RESULT = {"steps": [], "errors": [], "log": []}


def record_error(text: str) -> None:
    RESULT["errors"].append(text)


_previous_hook = sys.excepthook


def _hook(kind, value, tb):
    """Exceptions raised in Qt slots (the plugin's code under the event loop) fail the run."""
    record_error("".join(traceback.format_exception(kind, value, tb)))
    _previous_hook(kind, value, tb)


sys.excepthook = _hook


def _log(message, tag, level):
    if level >= Qgis.Warning or tag in ("Conecta", "Python error"):
        RESULT["log"].append(f"[{tag}] {message}"[:2000])


QgsApplication.messageLog().messageReceived.connect(_log)


def shot(widget: QWidget, name: str) -> str:
    """Save a screenshot of ``widget`` (as drawn on the X display) and return its file name."""
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    return path.name


def conecta_widgets():
    """Every widget of the Conecta docks."""
    found = []
    for dock in plugins["conecta"].docks.values():
        found.append(dock)
        found.extend(dock.findChildren(QWidget))
    return found


def sizes() -> dict:
    """The tallest Conecta widget, the docks' sizes and the chart canvases' heights, in px."""
    screen = QApplication.primaryScreen().geometry()
    # the content of a scroll area may be taller than the screen (it scrolls), and so may what it holds; nothing
    # else may, and the content itself stays within a few screens (a resize loop made it grow without end)
    contents = [dock.widget().widget() for dock in plugins["conecta"].docks.values()]
    widgets = [
        w
        for w in conecta_widgets()
        if w.isVisible() and not any(c is w or c.isAncestorOf(w) for c in contents)
    ]
    tallest = max(widgets, key=lambda w: w.height(), default=None)
    docks = {key: [dock.width(), dock.height()] for key, dock in plugins["conecta"].docks.items()}
    indicators = plugins["conecta"].docks.get("indicators")
    canvases = [c.height() for c in indicators.canvases.values()] if indicators is not None else []
    return {
        "screen": [screen.width(), screen.height()],
        "window": [iface.mainWindow().width(), iface.mainWindow().height()],
        "tallest": [type(tallest).__name__, tallest.height()] if tallest is not None else None,
        "contents": [c.height() for c in contents],
        "docks": docks,
        "canvases": canvases,
    }


def clipped_in(dock) -> list:
    """Visible widgets of a dock that stick out of its scroll area's visible width (clipped text, buttons)."""
    scroll = dock.widget()
    viewport = scroll.viewport()
    right = viewport.width()
    out = []
    for widget in scroll.widget().findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        position = widget.mapTo(viewport, widget.rect().topRight())
        if position.x() > right + 1:
            label = getattr(widget, "text", lambda: "")() or ""
            out.append(
                f"{type(widget).__name__} '{label}' right edge {position.x()} > {right} (body {scroll.widget().width()})"[
                    :120
                ]
            )
    return out


def resize_cycle(window, key: str):
    """Resize the main window through SIZES, record the sizes under ``key``, end at 1920×1080."""
    for width, height in SIZES:
        window.resize(width, height)
        yield 0.6
    RESULT[key] = sizes()
    window.resize(1920, 1080)
    yield 0.5


def steps():
    """The planner's session, one step per ``yield`` (the value is the seconds to wait before the next)."""
    from conecta.translation import qgis_locale

    window = iface.mainWindow()
    window.resize(1920, 1080)
    yield 1.0
    plugin = plugins["conecta"]
    RESULT["locale"] = qgis_locale()
    RESULT["menu"] = [action.text() for action in plugin.menu.actions() if action.text()]

    # 1. the Indicators dock on an empty project: it crashed QGIS before (resize loop of its charts)
    dock = plugin.show_dock("indicators", True)
    yield 2.0
    RESULT["indicators_empty"] = sizes()
    shot(window, "window_empty")

    yield from resize_cycle(window, "after_resizes_empty")

    # 2. Conecta → Load sample city: the Analysis dock opens set on the sample
    action = next(a for a in plugin.actions if a.objectName() == "conectaLoadSampleCity")
    action.trigger()
    yield 3.0
    analysis = plugin.docks["analysis"]
    zones = analysis.zones_combo.currentLayer()
    RESULT["analysis"] = {
        "zones": zones.name() if zones else None,
        "zones_count": zones.featureCount() if zones else 0,
        "network_count": analysis.network_combo.currentLayer().featureCount(),
        "stops_count": analysis.stops_combo.currentLayer().featureCount(),
        "id": analysis.id_combo.currentField(),
        "population": analysis.population_combo.currentField(),
        "opportunities": analysis.opportunities(),
        "stops_mode": analysis.stops_mode_combo.currentField(),
        "city": analysis.city_edit.text(),
        "folder": analysis.folder_widget.filePath(),
        "run_enabled": analysis.run_button.isEnabled(),
        "problems": analysis.problems_label.text(),
        "clipped": clipped_in(analysis),
        "width": analysis.width(),
    }
    RESULT["project_layers"] = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    extent = iface.mapCanvas().extent()
    RESULT["canvas_extent"] = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]
    RESULT["zones_extent"] = [
        zones.extent().xMinimum(),
        zones.extent().yMinimum(),
        zones.extent().xMaximum(),
        zones.extent().yMaximum(),
    ]
    shot(analysis, "analysis_dock")
    shot(window, "window_sample")
    # the sample also fills the public-transport step (feeds, fares, a R$ 4.80 budget): its time × fare routing
    # of 1,227² pairs over an hour takes about 11 minutes on two cores (one desktop run, 686 s, no error), and
    # tests/ui/test_transit_step.py runs it offscreen; here it is switched off to keep the session short
    transit = analysis.transit_box.choice()
    RESULT["analysis"]["transit_sample"] = [
        len(transit.feeds),
        transit.fares.endswith(".json"),
        transit.max_fare,
    ]
    analysis.transit_box.feeds.setFilePath("")

    # 3. Run: the pipeline in background tasks; the window stays responsive
    analysis.cutoffs_edit.setText("30, 60")
    analysis.run_button.click()
    started = time.time()
    while analysis.runner.running and time.time() - started < 900:
        yield 1.0
    RESULT["run"] = {
        "seconds": round(time.time() - started, 1),
        "running": analysis.runner.running,
        "errors": analysis.runner.errors,
        "status": analysis.status_label.text(),
        "added": [layer.name() for layer in analysis.runner.added],
        "report": str(analysis.report_path() or ""),
        "folder": str(analysis.folder),
    }
    shot(analysis, "analysis_dock_done")

    # 4. the result in the Indicators dock: every chart tab, a zone picked
    access = next((layer for layer in analysis.runner.added if isinstance(layer, QgsVectorLayer)), None)
    if access is not None:
        dock.layer_combo.setLayer(access)
        dock.field_combo.setField("acc_jobs_60")
        yield 1.0
        tabs = {}
        for index in range(dock.tabs.count()):
            dock.tabs.setCurrentIndex(index)
            yield 0.8
            tabs[dock.tabs.tabText(index)] = shot(dock, f"indicators_tab{index}")
        dock.tabs.setCurrentIndex(0)
        first = next(access.getFeatures())
        access.selectByIds([first.id()])
        yield 1.0
        RESULT["indicators"] = {
            "layer": access.name(),
            "field": dock.field_combo.currentField(),
            "summary": {key: label.text() for key, label in dock.value_labels.items()},
            "coverage": dock.coverage_label.text(),
            "zone": dock.zone_label.text(),
            "tabs": tabs,
            "clipped": clipped_in(dock),
        }
        shot(dock, "indicators_dock")
    yield from resize_cycle(window, "after_resizes_run")
    shot(window, "window_run")

    # 5. each dock alone at full height and a comfortable width, for docs/img (make screenshots)
    from qgis.PyQt.QtCore import Qt

    for key, other in (("analysis", "indicators"), ("indicators", "analysis")):
        plugin.docks[other].setUserVisible(False)
        plugin.docks[key].setUserVisible(True)
        window.resizeDocks([plugin.docks[key]], [380], Qt.Orientation.Horizontal)
        yield 1.0
        shot(plugin.docks[key], f"docs_{key}_dock")
    plugin.docks["analysis"].setUserVisible(True)

    # 6. an algorithm dialog from the toolbox, with its Help page
    import processing

    dialog = processing.createAlgorithmDialog("conecta:accessibility")
    dialog.show()
    yield 1.5
    RESULT["dialog"] = {"title": dialog.windowTitle(), "help": dialog.algorithm().helpUrl()}
    shot(dialog, "algorithm_dialog")
    dialog.close()
    yield 0.5


def drive(sequence):
    """Run the next step of ``sequence``, then schedule the one after; quit QGIS at the end."""
    try:
        wait = next(sequence)
    except StopIteration:
        finish()
        return
    except Exception:
        record_error(traceback.format_exc())
        finish()
        return
    QTimer.singleShot(int(1000 * wait), lambda: drive(sequence))


def finish():
    """Quit QGIS the way a planner does (Project → Exit QGIS); a dialog that blocks the exit is recorded."""
    RESULT["finished"] = True
    (OUT / "result.json").write_text(json.dumps(RESULT, indent=1, ensure_ascii=False), encoding="utf-8")
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(500, iface.actionExit().trigger)
    QTimer.singleShot(20000, blocked_exit)


def blocked_exit():
    """Still running 20 s after Exit: say which dialog holds QGIS, then stop with a failure code."""
    from qgis.PyQt.QtWidgets import QLabel

    modal = QApplication.activeModalWidget()
    texts = [label.text() for label in modal.findChildren(QLabel) if label.text()] if modal else []
    (OUT / "exit_blocked.json").write_text(
        json.dumps({"dialog": texts}, ensure_ascii=False), encoding="utf-8"
    )
    QApplication.primaryScreen().grabWindow(0).save(str(OUT / "exit_blocked.png"))
    os._exit(3)


QTimer.singleShot(3000, lambda: drive(steps()))
