"""Widgets shared by the docks: the layer and field combo boxes, built one way everywhere, and widgets whose size
can never feed back into their own layout.

matplotlib's Qt canvas reports the figure's size as its size hint and resizes the figure on every resize
event. Inside a resizable scroll area, next to word-wrapped labels, that loop grew a canvas by 2 px per event
until QGIS's C stack overflowed (the Indicators dock crashed the real desktop). The canvas here has a fixed
height and a size hint that does not depend on the figure, so a resize can never ask for another one.
"""

from __future__ import annotations

from qgis.core import QgsFieldProxyModel
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

CANVAS_MIN_WIDTH = 160


def layer_combo(filters, optional: bool = False, tooltip: str = "") -> QgsMapLayerComboBox:
    """A layer combo box listing the layers of ``filters`` (``QgsMapLayerProxyModel.Filter``), with an empty
    entry when ``optional`` and ``tooltip`` when given."""
    combo = QgsMapLayerComboBox()
    combo.setFilters(filters)
    if optional:
        combo.setAllowEmptyLayer(True)
    if tooltip:
        combo.setToolTip(tooltip)
    return combo


def file_widget(filter_text: str, multiple: bool = False, tooltip: str = "") -> QgsFileWidget:
    """A file chooser for the files of ``filter_text`` ("GTFS feeds (*.zip)"), several at a time when
    ``multiple``, with ``tooltip`` when given."""
    widget = QgsFileWidget()
    if multiple:
        widget.setStorageMode(QgsFileWidget.StorageMode.GetMultipleFiles)
    widget.setFilter(filter_text)
    if tooltip:
        widget.setToolTip(tooltip)
    return widget


class SharedFeeds:
    """The GTFS feeds chosen in one box of a dock, offered to the boxes that take offers, so the planner picks
    them once: such a box that is empty, or still holds what it was offered, takes the new choice; a box the
    planner filled otherwise keeps its own. ``widgets``: (file widget, takes several feeds, takes offers). A box
    whose feeds switch its step on (public transport) gives offers but takes none; a one-feed box is offered a
    choice of exactly one feed."""

    def __init__(self, widgets) -> None:
        self.widgets = list(widgets)
        self.offered = {id(widget): "" for widget, _, _ in self.widgets}
        self.busy = False
        for widget, _, _ in self.widgets:
            widget.fileChanged.connect(lambda text, source=widget: self.chosen(source, text))

    def chosen(self, source, text: str) -> None:
        """The planner chose ``text`` in ``source``: offer it to the other boxes that take offers."""
        if self.busy:
            return
        self.offered[id(source)] = ""
        paths = [p for p in QgsFileWidget.splitFilePaths(text) if p]
        self.busy = True
        try:
            for widget, multiple, takes in self.widgets:
                if widget is source or not takes or widget.filePath() not in ("", self.offered[id(widget)]):
                    continue
                if len(paths) > 1 and not multiple:
                    continue
                value = paths[0] if len(paths) == 1 else " ".join(f'"{p}"' for p in paths)
                widget.setFilePath(value)
                self.offered[id(widget)] = value
        finally:
            self.busy = False


def date_line_edit() -> QLineEdit:
    """A line edit for a date typed YYYY-MM-DD (the placeholder says so)."""
    edit = QLineEdit()
    edit.setPlaceholderText("YYYY-MM-DD")
    return edit


def field_combo(numeric: bool = False, optional: bool = False, tooltip: str = "") -> QgsFieldComboBox:
    """A field combo box (numeric fields only when ``numeric``), with an empty entry when ``optional`` and
    ``tooltip`` when given."""
    combo = QgsFieldComboBox()
    if numeric:
        combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
    if optional:
        combo.setAllowEmptyFieldName(True)
    if tooltip:
        combo.setToolTip(tooltip)
    return combo


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


class _ClickLabel(QLabel):
    """A wrapped label that toggles its check box when clicked."""

    def __init__(self, text: str, box) -> None:
        super().__init__(text)
        self.box = box

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.box.isEnabled():
            self.box.toggle()
        super().mousePressEvent(event)


class WrappedCheckBox(QWidget):
    """A check box whose text wraps onto several lines in a narrow dock (QCheckBox's own text cannot wrap)."""

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = _ClickLabel(text, self.box)
        self.label.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.label.setSizePolicy(policy)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    @property
    def toggled(self):
        """The check box's toggled(bool) signal."""
        return self.box.toggled

    def isChecked(self) -> bool:  # noqa: N802 (Qt API)
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802 (Qt API)
        self.box.setChecked(checked)

    def text(self) -> str:
        return self.label.text()


def titled_box(title: str):
    """A group box whose title wraps (a QGroupBox title cannot): (box, its vertical layout)."""
    box = QGroupBox()
    layout = QVBoxLayout(box)
    heading = wrapped_label(title)
    heading.setStyleSheet("font-weight: bold;")
    layout.addWidget(heading)
    return box, layout


class _DockScroll(QScrollArea):
    """A vertical scroll area whose minimum width is its content's, with the scroll bar, at every moment."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(
            max(hint.width(), content.minimumSizeHint().width() + bar + 2 * self.frameWidth()), hint.height()
        )


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a vertical scroll area for a dock, never narrower than what the content needs (with its
    scroll bar), even when the content grows (layers chosen, another language): Qt gave the Spanish desktop's
    docks 226 px for a 248 px content, and every field was clipped at the right edge."""
    scroll = _DockScroll()
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    return scroll
