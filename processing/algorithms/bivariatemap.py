"""conecta:bivariatemap — a 3 × 3 bivariate choropleth of two indicators, with its legend."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsRendererCategory,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QPointF, QRectF, Qt, QVariant
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ...core.indicators.bivariate import bivariate_classes
from ...translation import format_significant
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.messages import push_count
from ..bridge.parsers import parse_numbers
from ..bridge.readers import read_zones
from ..bridge.styles import on_load
from ..bridge.writers import write_with_fields


def _symbol(geometry_type, color: QColor):
    """A plain symbol of ``color`` for a layer of ``geometry_type``."""
    if geometry_type == QgsWkbTypes.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple({"outline_color": "255,255,255,80", "outline_width": "0.1"})
    elif geometry_type == QgsWkbTypes.LineGeometry:
        symbol = QgsLineSymbol.createSimple({"width": "0.6"})
    else:
        symbol = QgsMarkerSymbol.createSimple({"size": "2"})
    symbol.setColor(color)
    return symbol


def bivariate_style(field: str, palette: dict, labels: dict):
    """A style function: categorized renderer on the "x-y" class codes with the 3×3 palette."""

    def style(layer) -> None:
        geometry_type = layer.geometryType()
        categories = [
            QgsRendererCategory(code, _symbol(geometry_type, QColor(palette[code])), labels[code])
            for code in sorted(palette, key=lambda c: (-int(c[2]), int(c[0])))
        ]
        layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))

    return style


class BivariateMap(ConectaAlgorithm):
    """Two fields crossed into 3×3 classes ("1-1".."3-3"), styled with a bivariate palette and a legend."""

    ALG_NAME = "bivariatemap"
    GROUP_ID = "indicators"
    INPUT = "INPUT"
    FIELD_X = "FIELD_X"
    FIELD_Y = "FIELD_Y"
    BREAKS_X = "BREAKS_X"
    BREAKS_Y = "BREAKS_Y"
    CLASS_FIELD = "CLASS_FIELD"
    OUTPUT = "OUTPUT"
    LEGEND = "LEGEND"

    def displayName(self) -> str:
        return self.tr("Bivariate choropleth (3 × 3)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Crosses two fields, for example accessibility and income, into a 3 × 3 bivariate map. Each "
            "field is split into three classes (low, medium, high) at its terciles, or at the two breaks "
            "you give; a value equal to a break goes to the lower class. Each feature gets a class code "
            "'x-y' from '1-1' (both low) to '3-3' (both high), where x is the class of the first field and "
            "y that of the second. The output is styled with Joshua Stevens' 3 × 3 palette (first field "
            "grey to red, second grey to blue) and a legend image (PNG) with the two axes is written.\n\n"
            "Features with a missing value get no class (NULL).\n\n"
            "Method: bivariate choropleth maps (Stevens 2015, 'Bivariate Choropleth Maps: A How-to Guide')."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Input layer")))
        for key, label in (
            (self.FIELD_X, self.tr("First field (x)")),
            (self.FIELD_Y, self.tr("Second field (y)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key, label, parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric
                )
            )
        for key, label in (
            (self.BREAKS_X, self.tr("Breaks of the first field (two values, optional)")),
            (self.BREAKS_Y, self.tr("Breaks of the second field (two values, optional)")),
        ):
            breaks = QgsProcessingParameterString(key, label, optional=True)
            breaks.setHelp(
                self.tr("Two increasing numbers separated by a comma, e.g. 0.2, 0.5. Empty: terciles.")
            )
            breaks.setFlags(breaks.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(breaks)
        self.addParameter(
            QgsProcessingParameterString(self.CLASS_FIELD, self.tr("Class field name"), "bivariate")
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Bivariate map")))
        legend = QgsProcessingParameterFileDestination(
            self.LEGEND, self.tr("Legend image"), self.tr("PNG files (*.png)"), optional=True
        )
        legend.setHelp(
            self.tr("Empty: written next to the output file as <name>_legend.png (or as a temporary file).")
        )
        self.addParameter(legend)

    def _breaks(self, parameters, key, context, field_name):
        """Two increasing breaks from a text parameter, or None."""
        try:
            breaks = parse_numbers(self.parameterAsString(parameters, key, context)) or None
        except ValueError:
            breaks = [math.nan]
        if breaks is not None and (len(breaks) != 2 or not breaks[0] < breaks[1]):
            raise QgsProcessingException(
                self.tr(
                    "The breaks of {} must be two increasing numbers separated by a comma, e.g. 0.2, 0.5."
                ).format(field_name)
            )
        return breaks

    def process(self, parameters, context, feedback):
        field_x = self.parameterAsString(parameters, self.FIELD_X, context)
        field_y = self.parameterAsString(parameters, self.FIELD_Y, context)
        breaks_x = self._breaks(parameters, self.BREAKS_X, context, field_x)
        breaks_y = self._breaks(parameters, self.BREAKS_Y, context, field_y)
        class_name = self.parameterAsString(parameters, self.CLASS_FIELD, context).strip()
        if not class_name:
            raise QgsProcessingException(self.tr("Give a name for the class field."))
        legend_path = self.parameterAsFileOutput(parameters, self.LEGEND, context)
        layer = read_zones(self, parameters, context, feedback, self.INPUT, None, [field_x, field_y])
        result = bivariate_classes(layer.frame[field_x], layer.frame[field_y], breaks_x, breaks_y)
        if any(math.isnan(b) for b in result.breaks_x + result.breaks_y):
            raise QgsProcessingException(self.tr("Both fields need at least one value that is not NULL."))
        push_count(
            feedback,
            result.missing,
            self.tr("{} features have a NULL value in one of the fields and get no class."),
        )
        feedback.pushInfo(
            self.tr("Breaks of {0}: {1}; breaks of {2}: {3}").format(
                field_x, _format_breaks(result.breaks_x), field_y, _format_breaks(result.breaks_y)
            )
        )
        counts = result.codes.value_counts()
        feedback.pushInfo(
            self.tr("Features per class: {}").format(
                ", ".join(f"{code} {int(counts.get(code, 0))}" for code in sorted(result.palette))
            )
        )
        levels = [self.tr("low"), self.tr("medium"), self.tr("high")]
        labels = {
            code: self.tr("{0} {1}, {2} {3}").format(
                field_x, levels[int(code[0]) - 1], field_y, levels[int(code[2]) - 1]
            )
            for code in result.palette
        }
        if legend_path and not self._legend(legend_path, result, field_x, field_y):
            raise QgsProcessingException(self.tr("Cannot write the legend image {}.").format(legend_path))
        values = pd.DataFrame({class_name: result.codes.to_numpy()}, index=layer.frame.index)
        dest = write_with_fields(
            self, parameters, self.OUTPUT, context, feedback, layer, values, {class_name: QVariant.String}
        )
        on_load(context, dest, bivariate_style(class_name, result.palette, labels))
        if not legend_path:
            legend_path = legend_next_to(dest)
            if not self._legend(legend_path, result, field_x, field_y):
                feedback.pushWarning(self.tr("Cannot write the legend image {}.").format(legend_path))
                return {self.OUTPUT: dest}
        feedback.pushInfo(self.tr("Legend image: {}").format(legend_path))
        return {self.OUTPUT: dest, self.LEGEND: legend_path}

    def _legend(self, path: str, result, field_x: str, field_y: str) -> bool:
        """Draw the legend of ``result`` to ``path``; False when it cannot be written."""
        return draw_legend(
            path, result.palette, field_x, field_y, result.breaks_x, result.breaks_y, self.tr("higher")
        )


def legend_next_to(dest_id: str) -> str:
    """``<output>_legend.png`` beside a file output, else a temporary file."""
    path = Path(str(dest_id).split("|")[0])
    if path.suffix and path.parent.is_dir():
        return str(path.with_name(path.stem + "_legend.png"))
    return QgsProcessingUtils.generateTempFilename("bivariate_legend.png")


def _format_breaks(breaks: list) -> str:
    """Breaks for a log line or a legend axis, with sensible precision."""
    return ", ".join(f"{b:.4g}" for b in breaks)


def draw_legend(
    path: str, palette: dict, field_x: str, field_y: str, breaks_x, breaks_y, higher: str
) -> bool:
    """Write a PNG legend (3×3 grid, x to the right, y upwards, axis names and breaks); False on failure."""
    cell, margin = 60, 90
    size = 3 * cell
    image = QImage(size + margin + 40, size + 80, QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    left, top = margin, 20
    for code, colour in palette.items():
        x, y = int(code[0]) - 1, int(code[2]) - 1
        painter.fillRect(QRectF(left + x * cell, top + (2 - y) * cell, cell, cell), QColor(colour))
    painter.setPen(QPen(QColor("#333333"), 2))
    bottom = top + size
    painter.drawLine(QPointF(left, bottom + 6), QPointF(left + size, bottom + 6))
    painter.drawLine(QPointF(left + size, bottom + 6), QPointF(left + size - 8, bottom + 1))
    painter.drawLine(QPointF(left - 6, bottom), QPointF(left - 6, top))
    painter.drawLine(QPointF(left - 6, top), QPointF(left - 11, top + 8))
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    painter.setPen(QColor("#222222"))
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    painter.drawText(QRectF(left, bottom + 26, size, 40), flags, f"{field_x} ({higher} →)")
    small = QFont(font)
    small.setPixelSize(10)
    painter.setFont(small)
    for k, value in enumerate(breaks_x):
        painter.drawText(
            QRectF(left + (k + 1) * cell - 30, bottom + 9, 60, 14), flags, format_significant(value, 4)
        )
    for k, value in enumerate(breaks_y):
        y = bottom - (k + 1) * cell
        painter.drawText(
            QRectF(left - 70, y - 7, 60, 14),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            format_significant(value, 4),
        )
    painter.setFont(font)
    painter.save()
    painter.translate(22, top + size / 2)
    painter.rotate(-90)
    painter.drawText(QRectF(-size / 2 - 40, -10, size + 80, 24), flags, f"{field_y} ({higher} →)")
    painter.restore()
    painter.end()
    return image.save(str(path), "PNG")
