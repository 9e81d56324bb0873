"""Plumbing the mobility-demand algorithms share: tables typed in matrix parameters, field parameters that
fall back to their default name, a check for an optional column of a long table, and the desire-line style.
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsGraduatedSymbolRenderer, QgsLineSymbol, QgsRendererRange
from qgis.PyQt.QtGui import QColor

from .numbers import clean
from .readers import file_columns, source_of, table_file

WIDTH_RANGE_MM = (0.2, 4.0)
"""Narrowest and widest desire line."""
CLASSES = 5
"""Quantile classes of the desire-line style."""


def matrix_rows(values, columns: int) -> list:
    """A matrix parameter's value (a flat list) as rows of ``columns`` cells, blank rows dropped."""
    values = list(values or [])
    rows = [values[i : i + columns] for i in range(0, len(values), columns)]
    return [
        [clean(v) for v in row]
        for row in rows
        if len(row) == columns and any(str(clean(v) or "").strip() for v in row)
    ]


def field_or_default(alg, parameters, key: str, context) -> str:
    """A field parameter's value, or its default name when left empty (optional fields with a usual name)."""
    value = alg.parameterAsString(parameters, key, context)
    if not value:
        value = alg.parameterDefinition(key).defaultValue() or ""
    return str(value)


def has_column(alg, parameters, key: str, context, name: str) -> bool:
    """True when the long table of parameter ``key`` (a CSV/Parquet file or a layer) has column ``name``."""
    path = table_file(alg, parameters, key, context)
    if path is not None:
        return name in file_columns(path)
    return source_of(alg, parameters, key, context).fields().lookupField(name) >= 0


def desire_line_style(field: str, values):
    """A style function: lines graduated by size on ``field`` (width ∝ trips in ``CLASSES`` quantile classes of
    ``values``, the trips written), the larger the more opaque."""
    values = np.sort(np.asarray(values, dtype=float))

    def style(layer) -> None:
        if not len(values):
            return
        symbol = QgsLineSymbol.createSimple({"color": "31,120,180,180", "capstyle": "round"})
        cuts = np.unique(np.quantile(values, np.linspace(0, 1, CLASSES + 1)))
        if len(cuts) < 2:
            cuts = np.array([values[0], values[-1] + 1e-9])
        ranges = []
        widths = np.linspace(*WIDTH_RANGE_MM, len(cuts) - 1)
        for k in range(len(cuts) - 1):
            item = symbol.clone()
            item.setWidth(float(widths[k]))
            item.setColor(QColor(31, 120, 180, 120 + int(120 * k / max(1, len(cuts) - 2))))
            label = f"{cuts[k]:,.0f} – {cuts[k + 1]:,.0f}"
            ranges.append(QgsRendererRange(float(cuts[k]), float(cuts[k + 1]), item, label))
        renderer = QgsGraduatedSymbolRenderer(field, ranges)
        renderer.setGraduatedMethod(QgsGraduatedSymbolRenderer.GraduatedSize)
        layer.setRenderer(renderer)

    return style
