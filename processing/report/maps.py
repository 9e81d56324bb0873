"""The report's map layers: memory copies of the zones read once by the bridge (the input layer is never
restyled), a grey base of every zone and one choropleth per field with its legend in the report's numbers."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsMemoryProviderUtils,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QLocale, QVariant

from ..bridge.styles import graduated

BASE_STYLE = {"color": "#e4e4e4", "outline_color": "#ffffff", "outline_width": "0.05"}
POINT_SIZE = 3.5


def is_polygon(zones) -> bool:
    """Whether the zones are polygons (else points)."""
    return QgsWkbTypes.geometryType(zones.source.wkbType()) == QgsWkbTypes.PolygonGeometry


def zone_copy(zones, name: str, field: str = "", values=None) -> QgsVectorLayer:
    """A memory layer of the zones' geometries, with field ``field`` holding ``values`` (one per feature)."""
    fields = QgsFields()
    if field:
        fields.append(QgsField(field, QVariant.Double))
    layer = QgsMemoryProviderUtils.createMemoryLayer(
        name, fields, zones.source.wkbType(), zones.source.sourceCrs()
    )
    copies = []
    for position, feature in enumerate(zones.features):
        copy = QgsFeature(fields)
        copy.setGeometry(feature.geometry())
        if field:
            value = float(values[position])
            copy.setAttributes([value if np.isfinite(value) else None])
        copies.append(copy)
    layer.dataProvider().addFeatures(copies)
    layer.updateExtents()
    return layer


def base_layer(zones) -> QgsVectorLayer:
    """Every zone in light grey, drawn under the choropleths (zones without a value stay visible)."""
    layer = zone_copy(zones, "base")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(BASE_STYLE)))
    return layer


def field_layer(zones, summary, locale: QLocale) -> QgsVectorLayer:
    """The choropleth of one field (quantile classes), named by its label, its legend in ``locale``."""
    layer = zone_copy(zones, summary.label, summary.name, summary.access)
    graduated(summary.name)(layer)
    if not is_polygon(zones):
        layer.renderer().setSymbolSizes(POINT_SIZE, POINT_SIZE)
    legend_format(layer, summary.access, locale)
    return layer


def legend_format(layer: QgsVectorLayer, values: np.ndarray, locale: QLocale) -> None:
    """Legend class labels in the report's number format, with as many decimals as the values need."""
    renderer = layer.renderer()
    if not hasattr(renderer, "ranges"):
        return
    values = values[np.isfinite(values)]
    span = float(np.max(np.abs(values))) if values.size else 0.0
    decimals = 0 if span >= 100 else 1 if span >= 10 else 2 if span >= 1 else 3
    for i, class_range in enumerate(renderer.ranges()):
        lower = locale.toString(class_range.lowerValue(), "f", decimals)
        upper = locale.toString(class_range.upperValue(), "f", decimals)
        renderer.updateRangeLabel(i, f"{lower} – {upper}")
