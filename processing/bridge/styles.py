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


DIVERGING = ("#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac")
"""ColorBrewer's RdBu in seven classes, losses red and gains blue."""


def diverging_ranges(low: float, high: float, classes: int = len(DIVERGING)) -> list:
    """Class bounds symmetric about 0 covering [low, high] (the middle class holds no change); one class
    [0, 0] when every value is 0."""
    extent = max(abs(float(low)), abs(float(high)))
    if not extent > 0:
        return [(0.0, 0.0)]
    edges = [extent * (2 * k / classes - 1) for k in range(classes + 1)]
    return list(zip(edges[:-1], edges[1:]))


def diverging(field: str, lower_is_better: bool = False):
    """A style function: classes symmetric about 0 on ``field`` (a change), gains blue and losses red (for a
    travel time, where ``lower_is_better``, the negative changes are the gains)."""
    from qgis.core import QgsRendererRange, QgsSymbol

    colors = DIVERGING[::-1] if lower_is_better else DIVERGING

    def style(layer: QgsVectorLayer) -> None:
        index = layer.fields().lookupField(field)
        if index < 0:
            return
        low, high = layer.minimumValue(index), layer.maximumValue(index)
        ranges = diverging_ranges(low if low is not None else 0.0, high if high is not None else 0.0)
        items = []
        for k, (lower, upper) in enumerate(ranges):
            symbol = QgsSymbol.defaultSymbol(layer.geometryType())
            if symbol is None:
                return
            symbol.setColor(QColor(colors[len(colors) // 2] if len(ranges) == 1 else colors[k]))
            items.append(QgsRendererRange(lower, upper, symbol, ""))
        renderer = QgsGraduatedSymbolRenderer(field, items)
        extent = abs(ranges[0][0])
        decimals = 0 if extent >= 100 else 1 if extent >= 10 else 2
        method = renderer.classificationMethod()
        method.setLabelFormat("%1 – %2")
        method.setLabelPrecision(decimals)
        method.setLabelTrimTrailingZeroes(True)
        renderer.updateRangeLabels()
        layer.setRenderer(renderer)

    return style
