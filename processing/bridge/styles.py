"""Styles for Conecta's outputs, applied when Processing loads them into the project."""

from __future__ import annotations

from qgis.core import (
    QgsClassificationQuantile,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

_KEEP_ALIVE: list = []


class _PostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Calls ``style(layer)`` and renames the layer once Processing has loaded it."""

    def __init__(self, style, name: str | None) -> None:
        super().__init__()
        self.style = style
        self.name = name

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS API)
        if isinstance(layer, QgsVectorLayer):
            self.style(layer)
            if self.name:
                layer.setName(self.name)
            layer.triggerRepaint()


def on_load(context: QgsProcessingContext, layer_id: str, style, name: str | None = None) -> None:
    """Run ``style(layer)`` on ``layer_id`` if Processing will load it into the project."""
    if not context.willLoadLayerOnCompletion(layer_id):
        return
    processor = _PostProcessor(style, name)
    _KEEP_ALIVE.append(processor)  # QGIS does not own Python post-processors
    context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(processor)


def qml(path: str):
    """A style function that loads a .qml file."""
    return lambda layer: layer.loadNamedStyle(path)


def graduated(field: str, classes: int = 5, start: str = "#ffffcc", end: str = "#253494"):
    """A style function: quantile graduated colours on ``field`` (choropleth for polygons)."""

    def style(layer: QgsVectorLayer) -> None:
        geometry = layer.geometryType()
        if geometry == QgsWkbTypes.PolygonGeometry:
            symbol = QgsFillSymbol.createSimple({"outline_color": "255,255,255,80", "outline_width": "0.1"})
        elif geometry == QgsWkbTypes.LineGeometry:
            symbol = QgsLineSymbol.createSimple({"width": "0.6"})
        elif geometry == QgsWkbTypes.PointGeometry:
            symbol = QgsMarkerSymbol.createSimple({"size": "2"})
        else:
            return
        renderer = QgsGraduatedSymbolRenderer(field)
        renderer.setSourceSymbol(symbol)
        renderer.setSourceColorRamp(QgsGradientColorRamp(QColor(start), QColor(end)))
        renderer.setClassificationMethod(QgsClassificationQuantile())
        renderer.updateClasses(layer, classes)
        layer.setRenderer(renderer)

    return style
