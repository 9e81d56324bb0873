"""The "Conecta — Indicators" dock: read an indicator of the zones against the city's distribution.

Population-weighted mean and median, Palma ratio and Gini index (core.inequality), a histogram, mean by income
decile and the Lorenz curve (matplotlib in Qt canvases), the value of a clicked zone against the distribution,
and a graduated classification (quantiles, natural breaks, equal interval) with a colour ramp applied to the layer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np
from qgis.core import (
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationQuantile,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGraduatedSymbolRenderer,
    QgsMapLayerProxyModel,
    QgsStyle,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsMapToolIdentifyFeature
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.inequality import (
    IndicatorSummary,
    access_by_income_decile,
    indicator_summary,
    lorenz_curve,
    population_share_at_most,
)
from ..processing.bridge.features import features
from ..processing.bridge.numbers import clean, read_numbers
from ..translation import format_number
from . import fields as suggest
from .analysis_dock import fit_combos, narrow_forms
from .widgets import bounded_canvas, field_combo, layer_combo, scrolled, wrapped_label

RAMPS = ("Viridis", "YlOrRd", "RdYlGn", "YlGnBu", "Blues", "Spectral", "Magma")
BAR_COLOR = "#2c7fb8"
MARK_COLOR = "#d7301f"
CANVAS_HEIGHT = 240


@dataclass
class IndicatorData:
    """One indicator field of a zone layer as arrays aligned with the feature ids."""

    fids: np.ndarray
    values: np.ndarray
    population: np.ndarray
    income: Optional[np.ndarray]
    weighted: bool


def read_indicator(
    layer: QgsVectorLayer, field: str, population: str = "", income: str = ""
) -> IndicatorData:
    """Values of ``field`` (and of the population / income fields) of every feature; NULL and text that is no
    number become NaN."""
    names = list(dict.fromkeys(n for n in (field, population, income) if n))
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(names, layer.fields())
    fids, columns = [], {name: [] for name in names}
    for feature in features(layer, None, request=request):
        fids.append(feature.id())
        for name in names:
            columns[name].append(clean(feature[name]))

    def column(name: str) -> np.ndarray:
        return read_numbers(columns[name]).values

    weights = column(population) if population else np.ones(len(fids))
    incomes = column(income) if income else None
    return IndicatorData(np.asarray(fids, dtype=np.int64), column(field), weights, incomes, bool(population))


def summarise(data: IndicatorData) -> IndicatorSummary:
    """Weighted mean, median, Palma ratio (needs income) and Gini of the indicator."""
    return indicator_summary(data.values, data.population, data.income)


def percentile(data: IndicatorData, value: float) -> float:
    """Share (%) of the population living in zones whose indicator is at most ``value``."""
    return population_share_at_most(data.values, data.population, value)


def fmt(value: float) -> str:
    """A number for the dock in the user's locale: whole numbers from 100 up, 3 significant digits below,
    "–" for NaN."""
    if value is None or not math.isfinite(value):
        return "–"
    if abs(value) >= 100 or value == 0:
        return format_number(value, 0)
    decimals = max(0, 2 - int(math.floor(math.log10(abs(value)))))
    return format_number(value, decimals)


def axis_label(text: str, width: int = 30) -> str:
    """An axis title wrapped onto lines of about ``width`` characters (long translations fit a narrow dock)."""
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


def locale_axis(axis, bins: int = 4) -> None:
    """Tick labels of a matplotlib axis in the user's locale (decimal comma in Spanish and Portuguese)."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    def label(value, _position) -> str:
        ticks = sorted(axis.get_majorticklocs())
        steps = [b - a for a, b in zip(ticks, ticks[1:]) if b > a]
        step = min(steps) if steps else 1.0
        decimals = max(0, -int(math.floor(math.log10(step)))) if 0 < step < 1 else 0
        return format_number(value, decimals)

    axis.set_major_locator(MaxNLocator(nbins=bins))
    axis.set_tick_params(labelsize=8)
    axis.set_major_formatter(FuncFormatter(label))


class IndicatorsDock(QgsDockWidget):
    """Summary, charts, zone lookup and classification of an indicator field."""

    def __init__(self, iface=None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("ConectaIndicatorsDock")
        self.setWindowTitle(self.tr("Conecta — Indicators"))
        self.data: Optional[IndicatorData] = None
        self.summary: Optional[IndicatorSummary] = None
        self.selected_value: Optional[float] = None
        self.map_tool = None
        self._watched = None
        self._build()
        self.layer_combo.layerChanged.connect(self._layer_changed)
        for combo in (self.field_combo, self.population_combo, self.income_combo):
            combo.fieldChanged.connect(self.update_indicator)
        self._layer_changed(self.layer_combo.currentLayer())

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context."""
        return QCoreApplication.translate("IndicatorsDock", text)

    # ------------------------------------------------------------ widgets

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.layer_combo = layer_combo(
            QgsMapLayerProxyModel.Filter.PolygonLayer | QgsMapLayerProxyModel.Filter.PointLayer
        )
        form.addRow(self.tr("Zones"), self.layer_combo)
        self.field_combo = field_combo(numeric=True)
        form.addRow(self.tr("Indicator"), self.field_combo)
        self.population_combo = field_combo(
            numeric=True,
            optional=True,
            tooltip=self.tr("Every measure is weighted by the population of the zones."),
        )
        form.addRow(self.tr("Population"), self.population_combo)
        self.income_combo = field_combo(numeric=True, optional=True)
        form.addRow(self.tr("Income (optional)"), self.income_combo)
        layout.addLayout(form)

        figures = QGroupBox(self.tr("Summary"))
        grid = QGridLayout(figures)
        self.value_labels = {}
        titles = (
            ("mean", self.tr("Mean (population-weighted)")),
            ("median", self.tr("Median (population-weighted)")),
            ("palma", self.tr("Palma ratio")),
            ("gini", self.tr("Gini index")),
        )
        for row, (key, title) in enumerate(titles):
            grid.addWidget(wrapped_label(title), row, 0)
            label = QLabel("–")
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, row, 1)
            self.value_labels[key] = label
        self.coverage_label = wrapped_label()
        grid.addWidget(self.coverage_label, len(titles), 0, 1, 2)
        layout.addWidget(figures)

        from matplotlib.figure import Figure

        self.tabs = QTabWidget()
        self.figures = {}
        self.canvases = {}
        for key, title in (
            ("histogram", self.tr("Histogram")),
            ("deciles", self.tr("Income deciles")),
            ("lorenz", self.tr("Lorenz")),
        ):
            figure = Figure(figsize=(3.6, 2.8), dpi=90)
            canvas = bounded_canvas(figure, CANVAS_HEIGHT)
            self.figures[key], self.canvases[key] = figure, canvas
            self.tabs.addTab(canvas, title)
        layout.addWidget(self.tabs)

        zone = QHBoxLayout()
        self.pick_button = QPushButton(self.tr("Pick a zone on the map"))
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self._pick_toggled)
        self.pick_button.setEnabled(self.iface is not None)
        zone.addWidget(self.pick_button)
        layout.addLayout(zone)
        self.zone_label = wrapped_label(self.tr("Select a zone to compare it with the city."))
        layout.addWidget(self.zone_label)

        classify = QGroupBox(self.tr("Map classification"))
        form = QFormLayout(classify)
        self.method_combo = QComboBox()
        self.method_combo.addItems(
            [self.tr("Quantiles"), self.tr("Natural breaks (Jenks)"), self.tr("Equal interval")]
        )
        form.addRow(self.tr("Method"), self.method_combo)
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(2, 12)
        self.classes_spin.setValue(5)
        form.addRow(self.tr("Classes"), self.classes_spin)
        self.ramp_combo = QComboBox()
        names = QgsStyle.defaultStyle().colorRampNames()
        self.ramp_combo.addItems([name for name in RAMPS if name in names])
        form.addRow(self.tr("Colour ramp"), self.ramp_combo)
        self.invert_box = QCheckBox(self.tr("Invert ramp"))
        form.addRow("", self.invert_box)
        self.apply_button = QPushButton(self.tr("Apply to layer"))
        self.apply_button.clicked.connect(self.apply_style)
        form.addRow("", self.apply_button)
        layout.addWidget(classify)
        layout.addStretch(1)

        narrow_forms(body)
        fit_combos(body)
        for combo in (self.method_combo, self.ramp_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.tabs.setUsesScrollButtons(True)
        self.setWidget(scrolled(body))

    # ------------------------------------------------------------ data

    def layer(self) -> Optional[QgsVectorLayer]:
        """The zone layer chosen in the dock."""
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _unwatch(self) -> None:
        """Stop following the selection of the layer watched (already deleted or disconnected is fine)."""
        if self._watched is not None:
            try:
                self._watched.selectionChanged.disconnect(self._selection_changed)
            except (TypeError, RuntimeError):
                pass
            self._watched = None

    def _layer_changed(self, _layer) -> None:
        layer = self.layer()
        self._unwatch()
        infos = [(f.name(), f.isNumeric()) for f in layer.fields()] if layer is not None else []
        chosen = suggest.suggest_all(infos)
        for combo in (self.field_combo, self.population_combo, self.income_combo):
            combo.blockSignals(True)
            combo.setLayer(layer)
        self.population_combo.setField(chosen["population"] or "")
        self.income_combo.setField(chosen["income"] or "")
        indicator = next((n for n, numeric in infos if numeric and n.startswith("acc_")), None)
        indicator = indicator or (chosen["opportunities"] or [""])[0]
        self.field_combo.setField(indicator)
        for combo in (self.field_combo, self.population_combo, self.income_combo):
            combo.blockSignals(False)
        if layer is not None:
            layer.selectionChanged.connect(self._selection_changed)
            self._watched = layer
        self.update_indicator()

    def update_indicator(self, *_args) -> None:
        """Recompute the summary and redraw the charts for the chosen field."""
        layer, field = self.layer(), self.field_combo.currentField()
        self.selected_value = None
        if layer is None or not field:
            self.data, self.summary = None, None
            self._show_summary()
            self._draw()
            return
        self.data = read_indicator(
            layer, field, self.population_combo.currentField(), self.income_combo.currentField()
        )
        self.summary = summarise(self.data)
        self._show_summary()
        self._draw()
        self._selection_changed()

    def _show_summary(self) -> None:
        s = self.summary
        for key, label in self.value_labels.items():
            label.setText(fmt(getattr(s, key)) if s is not None else "–")
        if s is not None and self.income_combo.currentField() == "":
            self.value_labels["palma"].setToolTip(self.tr("The Palma ratio needs an income field."))
        else:
            self.value_labels["palma"].setToolTip("")
        if s is None:
            self.coverage_label.setText("")
            return
        if self.data.weighted:
            text = self.tr("{0} zones, {1} inhabitants.").format(fmt(s.zones), fmt(s.population))
        else:
            text = self.tr("{} zones; no population field: every zone weighs the same.").format(fmt(s.zones))
        self.coverage_label.setText(text)

    # ------------------------------------------------------------ charts

    def _draw(self) -> None:
        for figure in self.figures.values():
            figure.clear()
        data = self.data
        field = self.field_combo.currentField()
        if data is not None and self.summary is not None and self.summary.zones:
            ok = ~np.isnan(data.values) & ~np.isnan(data.population) & (data.population >= 0)
            ax = self.figures["histogram"].add_subplot(111)
            ax.hist(data.values[ok], bins=20, weights=data.population[ok], color=BAR_COLOR)
            ax.set_xlabel(axis_label(field))
            ax.set_ylabel(self.tr("Population") if data.weighted else self.tr("Zones"))
            locale_axis(ax.xaxis, bins=3)
            locale_axis(ax.yaxis)
            ax.axvline(self.summary.mean, color="#333333", linestyle="--", linewidth=1)
            if self.selected_value is not None and math.isfinite(self.selected_value):
                ax.axvline(self.selected_value, color=MARK_COLOR, linewidth=2)
            ax.grid(axis="y", alpha=0.3)

            ax = self.figures["deciles"].add_subplot(111)
            if data.income is not None:
                deciles = access_by_income_decile(data.values, data.population, data.income)
                labels = [f"{int(g)}" for g in deciles.index]
                ax.bar(labels, deciles["mean_access"].to_numpy(), color=BAR_COLOR)
                ax.set_xlabel(axis_label(self.tr("Income decile (1 = poorest)")))
                ax.set_ylabel(axis_label(self.tr("Mean of {}").format(field)))
                locale_axis(ax.yaxis)
                ax.grid(axis="y", alpha=0.3)
            else:
                ax.text(0.5, 0.5, self.tr("Choose an income field"), ha="center", va="center")
                ax.set_axis_off()

            ax = self.figures["lorenz"].add_subplot(111)
            curve = lorenz_curve(data.values, data.population)
            ax.plot([0, 1], [0, 1], color="#999999", linestyle="--", linewidth=1)
            ax.plot(curve["population_share"], curve["access_share"], color="#253494", linewidth=2)
            ax.set_xlim(0, 1)
            ax.set_ylim(0, 1)
            locale_axis(ax.xaxis)
            locale_axis(ax.yaxis)
            ax.set_xlabel(axis_label(self.tr("Cumulative share of the population")))
            ax.set_ylabel(axis_label(self.tr("Cumulative share of {}").format(field)))
            ax.set_title(self.tr("Gini index {}").format(fmt(self.summary.gini)), fontsize=10)
            ax.grid(alpha=0.3)
        for key, figure in self.figures.items():
            try:
                figure.tight_layout()
            except (ValueError, RuntimeError):
                pass
            self.canvases[key].draw()

    # ------------------------------------------------------------ zone lookup

    def _selection_changed(self, *_args) -> None:
        layer = self.layer()
        if layer is None or self.data is None or layer.selectedFeatureCount() == 0:
            return
        fid = layer.selectedFeatureIds()[0]
        self.show_zone(fid)

    def show_zone(self, fid: int) -> None:
        """Show feature ``fid``'s value against the city distribution (marker on the histogram)."""
        if self.data is None:
            return
        where = np.nonzero(self.data.fids == fid)[0]
        if not len(where):
            return
        value = float(self.data.values[where[0]])
        self.selected_value = value
        name = self.zone_name(fid)
        if not math.isfinite(value):
            self.zone_label.setText(self.tr("Zone {}: no value.").format(name))
        else:
            share = percentile(self.data, value)
            text = self.tr(
                "Zone {0}: {1} = {2}. {3} % of the population lives in zones with this value or less."
            )
            self.zone_label.setText(
                text.format(name, self.field_combo.currentField(), fmt(value), fmt(share))
            )
        self._draw()

    def zone_name(self, fid: int) -> str:
        """The zone's name by the layer's display expression (its id field, usually), else its feature id."""
        layer = self.layer()
        feature = layer.getFeature(fid) if layer is not None else None
        if feature is None or not feature.isValid():
            return str(fid)
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        value = QgsExpression(layer.displayExpression()).evaluate(context)
        return str(value) if value not in (None, "") else str(fid)

    def _pick_toggled(self, checked: bool) -> None:
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        if checked and self.layer() is not None:
            self.map_tool = QgsMapToolIdentifyFeature(canvas, self.layer())
            self.map_tool.featureIdentified.connect(self._identified)
            canvas.setMapTool(self.map_tool)
        elif self.map_tool is not None:
            canvas.unsetMapTool(self.map_tool)
            self.map_tool = None

    def _identified(self, feature) -> None:
        layer = self.layer()
        if layer is not None:
            layer.selectByIds([feature.id()])

    # ------------------------------------------------------------ classification

    def apply_style(self) -> None:
        """Apply a graduated renderer on the indicator with the chosen method, classes and ramp."""
        layer, field = self.layer(), self.field_combo.currentField()
        if layer is None or not field:
            return
        methods = (QgsClassificationQuantile, QgsClassificationJenks, QgsClassificationEqualInterval)
        renderer = QgsGraduatedSymbolRenderer(field)
        renderer.setSourceSymbol(QgsSymbol.defaultSymbol(layer.geometryType()))
        ramp = QgsStyle.defaultStyle().colorRamp(self.ramp_combo.currentText())
        if ramp is not None:
            if self.invert_box.isChecked():
                ramp.invert()
            renderer.setSourceColorRamp(ramp)
        renderer.setClassificationMethod(methods[self.method_combo.currentIndex()]())
        renderer.updateClasses(layer, self.classes_spin.value())
        layer.setRenderer(renderer)
        layer.triggerRepaint()
        if self.iface is not None and hasattr(self.iface, "layerTreeView"):
            view = self.iface.layerTreeView()
            if view is not None and hasattr(view, "refreshLayerSymbology"):
                view.refreshLayerSymbology(layer.id())

    def unload(self) -> None:
        """Release the map tool and the layer signal (plugin unload)."""
        if self.pick_button.isChecked():
            self.pick_button.setChecked(False)
        self._unwatch()
