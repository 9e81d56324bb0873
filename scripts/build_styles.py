"""Write the .qml styles in resources/styles/ with QGIS's own renderer classes.

Run with the system Python that has QGIS: ``QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_styles.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsClassificationQuantile,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "porto_alegre.gpkg"


def network_style(layer: QgsVectorLayer) -> None:
    classes = [
        ("motorway", "#c0392b", 1.4),
        ("trunk", "#c0392b", 1.2),
        ("primary", "#e67e22", 1.0),
        ("secondary", "#f1c40f", 0.8),
        ("tertiary", "#7f8c8d", 0.6),
        ("residential", "#95a5a6", 0.35),
        ("living_street", "#95a5a6", 0.3),
        ("unclassified", "#95a5a6", 0.3),
        ("service", "#bdc3c7", 0.2),
        ("footway", "#27ae60", 0.2),
        ("path", "#27ae60", 0.2),
        ("steps", "#27ae60", 0.2),
        ("pedestrian", "#27ae60", 0.3),
        ("cycleway", "#2980b9", 0.3),
    ]
    categories = []
    for value, colour, width in classes:
        symbol = QgsLineSymbol.createSimple({"color": colour, "width": str(width)})
        categories.append(QgsRendererCategory(value, symbol, value))
    other = QgsLineSymbol.createSimple({"color": "#bdc3c7", "width": "0.2"})
    categories.append(QgsRendererCategory(None, other, ""))
    layer.setRenderer(QgsCategorizedSymbolRenderer("highway", categories))


def zones_style(layer: QgsVectorLayer, field: str) -> None:
    symbol = QgsFillSymbol.createSimple(
        {"color": "#ffffcc", "outline_color": "255,255,255,90", "outline_width": "0.1"}
    )
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(symbol)
    renderer.setSourceColorRamp(QgsGradientColorRamp(QColor("#ffffcc"), QColor("#bd0026")))
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.updateClasses(layer, 5)
    layer.setRenderer(renderer)
    layer.setOpacity(0.85)


def stops_style(layer: QgsVectorLayer) -> None:
    categories = []
    for value, colour, size in (
        ("bus", "#1f78b4", 1.4),
        ("rail", "#e31a1c", 3.0),
        ("metro", "#e31a1c", 3.0),
        ("tram", "#ff7f00", 2.0),
        ("ferry", "#6a3d9a", 2.5),
    ):
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": colour,
                "size": str(size),
                "outline_color": "#ffffff",
                "outline_width": "0.2",
            }
        )
        categories.append(QgsRendererCategory(value, symbol, value))
    layer.setRenderer(QgsCategorizedSymbolRenderer("mode", categories))


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    for table, styler in (("network", network_style), ("stops", stops_style)):
        layer = QgsVectorLayer(f"{SAMPLE}|layername={table}", table, "ogr")
        styler(layer)
        layer.saveNamedStyle(str(STYLES / f"sample_{table}.qml"))
    zones = QgsVectorLayer(f"{SAMPLE}|layername=zones", "zones", "ogr")
    zones_style(zones, "population")
    zones.saveNamedStyle(str(STYLES / "sample_zones.qml"))
    app.exitQgis()
    os._exit(0)  # PyQGIS may crash while tearing down after saving; the styles are written


if __name__ == "__main__":
    main()
