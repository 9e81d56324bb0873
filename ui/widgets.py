"""Widgets shared by the docks whose size can never feed back into their own layout.

matplotlib's Qt canvas reports the figure's size as its size hint and resizes the figure on every resize
event. Inside a resizable scroll area, next to word-wrapped labels, that loop grew a canvas by 2 px per event
until QGIS's C stack overflowed (the Indicators dock crashed the real desktop). The canvas here has a fixed
height and a size hint that does not depend on the figure, so a resize can never ask for another one.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtWidgets import QLabel, QSizePolicy

CANVAS_MIN_WIDTH = 160


def figure_canvas_class():
    """matplotlib's Qt canvas class (backend_qtagg on recent matplotlib, backend_qt5agg on older)."""
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    except ImportError:
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
    return FigureCanvasQTAgg


def bounded_canvas(figure, height: int):
    """A Qt canvas for ``figure`` that is exactly ``height`` px tall and takes the width it is given."""
    base = figure_canvas_class()

    class BoundedCanvas(base):
        """The canvas with a size hint independent of the figure's size."""

        def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
            return QSize(CANVAS_MIN_WIDTH, height)

        def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
            return QSize(CANVAS_MIN_WIDTH, height)

    canvas = BoundedCanvas(figure)
    canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    canvas.setMinimumWidth(CANVAS_MIN_WIDTH)
    canvas.setFixedHeight(height)
    return canvas


def wrapped_label(text: str = "") -> QLabel:
    """A word-wrapped label that may shrink horizontally (never widens the dock) and grows only in height."""
    label = QLabel(text)
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label
