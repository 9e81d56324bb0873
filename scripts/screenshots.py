"""Screenshots of the Analysis and Indicators docks in English, Spanish and Brazilian Portuguese.

Loads the sample city (Porto Alegre), opens both docks offscreen in each language, reads an indicator in the
Indicators dock (accessibility to jobs on foot in 30 minutes when conecta:traveltimematrix is available, else
jobs per zone) with a zone selected, and saves ``docs/img/analysis_dock_<lang>.png`` and
``docs/img/indicators_dock_<lang>.png``.

Run with the system Python that has QGIS: ``QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/screenshots.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "es", "pt_BR")
SIZES = {"analysis": (460, 1120), "indicators": (460, 1060)}


def start_qgis():
    """A headless QGIS application with Processing and the plugin's provider."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / "scripts"))
    from qgisprocess import plugin_path

    sys.path.insert(0, str(plugin_path()))
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from conecta import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    return app, plugin


def sample_layers(out: Path) -> dict:
    """The sample city's layers, plus accessibility to jobs if the network algorithm is installed."""
    import processing
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    gpkg = REPO / "resources" / "sample" / "porto_alegre.gpkg"
    project = QgsProject.instance()
    layers = {}
    for key, name in (("network", "Street network"), ("zones", "Zones"), ("stops", "Public transport stops")):
        layer = QgsVectorLayer(f"{gpkg}|layername={key}", name, "ogr")
        project.addMapLayer(layer)
        layers[key] = layer
    if QgsApplication.processingRegistry().algorithmById("conecta:traveltimematrix") is not None:
        result = processing.run(
            "conecta:accessibility",
            {
                "NETWORK": layers["network"],
                "MODE": 0,
                "MAX_TIME": 30,
                "ZONES": layers["zones"],
                "ZONES_ID": "id",
                "OPPORTUNITIES": ["jobs"],
                "CUTOFF": "30",
                "OUTPUT": str(out / "accessibility_walk.gpkg"),
            },
        )
        access = QgsVectorLayer(result["OUTPUT"], "Accessibility — walking", "ogr")
        project.addMapLayer(access)
        layers["indicator"] = access
    else:
        layers["indicator"] = layers["zones"]
    return layers


def grab(widget, size, path: Path) -> None:
    """Show ``widget`` offscreen at ``size`` and save what it draws."""
    from qgis.PyQt.QtWidgets import QApplication

    widget.resize(*size)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    widget.hide()


def main() -> None:
    """Write the six screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "img")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app, _plugin = start_qgis()
    work = REPO / "build" / "screenshots"
    work.mkdir(parents=True, exist_ok=True)
    layers = sample_layers(work)

    from conecta.translation import install_translator
    from conecta.ui.analysis_dock import AnalysisDock
    from conecta.ui.indicators_dock import IndicatorsDock

    indicator = layers["indicator"]
    field = "acc_jobs_30" if indicator.fields().lookupField("acc_jobs_30") >= 0 else "jobs"
    middle = sorted(indicator.allFeatureIds())[len(indicator.allFeatureIds()) // 2]
    for language in LANGUAGES:
        install_translator(language)
        analysis = AnalysisDock(None)
        analysis.network_combo.setLayer(layers["network"])
        analysis.zones_combo.setLayer(layers["zones"])
        analysis.stops_combo.setLayer(layers["stops"])
        analysis.refresh()
        grab(analysis, SIZES["analysis"], args.out / f"analysis_dock_{language}.png")
        indicators = IndicatorsDock(None)
        indicators.layer_combo.setLayer(indicator)
        indicators.field_combo.setField(field)
        indicator.selectByIds([middle])
        grab(indicators, SIZES["indicators"], args.out / f"indicators_dock_{language}.png")
        indicators.unload()
        analysis.unload()
        print(f"{language}: {args.out / f'analysis_dock_{language}.png'}, indicators_dock_{language}.png")
    install_translator("en")
    app.exitQgis()


if __name__ == "__main__":
    main()
