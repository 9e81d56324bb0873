"""The "Conecta — Analysis" dock: the standard analysis of a city in one click, run through Processing.

The planner picks the street network, the zones (fields suggested by name and type), optional stops, modes and
cutoffs; Run plans the pipeline (ui/pipeline.py), shows each step as a ``qgis_process`` command and runs it in
the background with a progress bar and a Cancel button.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import List, Optional

from qgis.core import (
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QGuiApplication
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from . import fields as suggest
from .batch_export import add_export_button
from .energy_page import EnergyPage
from .fleet_page import FleetPage
from .pipeline import (
    REPORT,
    SDG1121,
    AnalysisSettings,
    PipelineRunner,
    Planner,
    algorithm_exists,
    default_output_folder,
    remember_output_folder,
    run_name,
)
from .scenarios_page import ScenariosPage
from .transit_step import TransitBox
from .widgets import (
    SharedFeeds,
    WrappedCheckBox,
    field_combo,
    layer_combo,
    scrolled,
    titled_box,
    wrapped_label,
)

SAMPLE_CITY = "Porto Alegre"
COMBO_MIN_WIDTH = 150
"""Narrow docks put a combo under its label rather than cut the layer and field names it shows."""


def field_infos(layer: Optional[QgsVectorLayer]) -> List[tuple]:
    """(name, is_numeric) of every field of ``layer``."""
    if layer is None:
        return []
    return [(f.name(), f.isNumeric()) for f in layer.fields()]


def zone_score(layer) -> float:
    """How much a layer looks like analysis zones (ui.fields.zone_layer_score); -inf for no layer."""
    if not isinstance(layer, QgsVectorLayer):
        return float("-inf")
    if layer.geometryType() not in (
        QgsWkbTypes.GeometryType.PolygonGeometry,
        QgsWkbTypes.GeometryType.PointGeometry,
    ):
        return float("-inf")
    is_polygon = layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    return suggest.zone_layer_score(layer.name(), is_polygon, layer.featureCount(), field_infos(layer))


def narrow_forms(body: QWidget) -> None:
    """Forms that fit a narrow dock: each field under its label, the whole width for the field. (With
    WrapLongRows, Qt kept label and combo side by side in a 277 px dock and the combos ran past its edge.)"""
    for form in body.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):  # long translations wrap instead of widening the dock
                label.setWordWrap(True)


def fit_combos(body: QWidget) -> None:
    """Combos (layers, fields, choices) that fit a narrow dock: they take the width given, not their longest
    item."""
    for combo in body.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        combo.setMinimumWidth(COMBO_MIN_WIDTH)


class AnalysisDock(QgsDockWidget):
    """Guided standard analysis: travel times → accessibility → inequality → SDG 11.2.1 → report."""

    def __init__(self, iface=None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("ConectaAnalysisDock")
        self.setWindowTitle(self.tr("Conecta — Analysis"))
        self.planner = Planner()
        self.runner = PipelineRunner(self)
        self.runner.stepStarted.connect(self._step_started)
        self.runner.progressChanged.connect(self._progress)
        self.runner.stepFailed.connect(self._step_failed)
        self.runner.finished.connect(self._finished)
        self.steps = []
        self.folder: Optional[Path] = None
        self._zones_by_user = False
        self._build()
        self.zones_combo.layerChanged.connect(self._zones_changed)
        self.zones_combo.activated.connect(self._zones_picked)
        self.stops_combo.layerChanged.connect(self._stops_changed)
        self.network_combo.layerChanged.connect(self.refresh)
        for combo in (self.id_combo, self.population_combo, self.income_combo, self.stops_mode_combo):
            combo.fieldChanged.connect(self.refresh)
        for box in (*self.mode_boxes, self.selected_box, self.report_box):
            box.toggled.connect(self.refresh)
        self.opportunity_list.itemChanged.connect(self.refresh)
        self.cutoffs_edit.textChanged.connect(self.refresh)
        self.city_edit.textChanged.connect(self.refresh)
        self.folder_widget.fileChanged.connect(self.refresh)
        QgsProject.instance().layersAdded.connect(self._guess_layers)
        self._guess_layers(list(QgsProject.instance().mapLayers().values()))
        self._zones_changed(self.zones_combo.currentLayer())
        self._stops_changed(self.stops_combo.currentLayer())

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context."""
        return QCoreApplication.translate("AnalysisDock", text)

    # ------------------------------------------------------------ widgets

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)

        inputs = QGroupBox(self.tr("Data"))
        form = QFormLayout(inputs)
        self.network_combo = layer_combo(
            QgsMapLayerProxyModel.Filter.LineLayer,
            tooltip=self.tr("Streets with highway class, one-way and speed (OpenStreetMap)."),
        )
        form.addRow(self.tr("Street network"), self.network_combo)
        self.zones_combo = layer_combo(
            QgsMapLayerProxyModel.Filter.PolygonLayer | QgsMapLayerProxyModel.Filter.PointLayer
        )
        form.addRow(self.tr("Zones"), self.zones_combo)
        self.selected_box = WrappedCheckBox(self.tr("Selected zones only"))
        form.addRow(self.selected_box)
        self.id_combo = field_combo()
        form.addRow(self.tr("Zone id"), self.id_combo)
        self.population_combo = field_combo(optional=True)
        form.addRow(self.tr("Population"), self.population_combo)
        self.income_combo = field_combo(
            optional=True,
            tooltip=self.tr("Income per capita: the Palma ratio and the income deciles need it."),
        )
        form.addRow(self.tr("Income (optional)"), self.income_combo)
        self.opportunity_list = QListWidget()
        self.opportunity_list.setMaximumHeight(90)
        self.opportunity_list.setToolTip(
            self.tr("Tick the opportunities to reach: jobs, schools, health care…")
        )
        form.addRow(self.tr("Opportunities"), self.opportunity_list)
        self.stops_combo = layer_combo(
            QgsMapLayerProxyModel.Filter.PointLayer,
            optional=True,
            tooltip=self.tr("Public transport stops, for SDG 11.2.1 (optional)."),
        )
        form.addRow(self.tr("Stops (optional)"), self.stops_combo)
        self.stops_mode_combo = field_combo(
            optional=True,
            tooltip=self.tr(
                "The stops' mode (bus, BRT, rail, metro…) or capacity class: SDG 11.2.1 counts 1,000 m "
                "around high-capacity stops and 500 m around the others. Empty: every stop is a bus stop."
            ),
        )
        form.addRow(self.tr("Stop mode field"), self.stops_mode_combo)
        layout.addWidget(inputs)
        self.transit_box = TransitBox(self.refresh)
        layout.addWidget(self.transit_box)

        options = QGroupBox(self.tr("Analysis"))
        form = QFormLayout(options)
        modes = QVBoxLayout()
        self.mode_boxes = [QCheckBox(name) for name in self.planner.mode_names()]
        self.mode_boxes[0].setChecked(True)
        for box in self.mode_boxes:
            modes.addWidget(box)
        form.addRow(self.tr("Modes"), modes)
        self.cutoffs_edit = QLineEdit("30, 60")
        self.cutoffs_edit.setToolTip(self.tr("Travel times in minutes separated by commas."))
        form.addRow(self.tr("Cutoffs (minutes)"), self.cutoffs_edit)
        self.city_edit = QLineEdit()
        self.city_edit.setToolTip(self.tr("The city's name, for the report and the city sheet."))
        form.addRow(self.tr("City"), self.city_edit)
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(str(default_output_folder()))
        self.folder_widget.setToolTip(
            self.tr("Every run writes its files to a new sub-folder here; the folder is remembered.")
        )
        form.addRow(self.tr("Output folder"), self.folder_widget)
        self.report_box = WrappedCheckBox(self.tr("City report (HTML and PDF)"))
        self.report_box.setChecked(True)
        form.addRow(self.report_box)
        layout.addWidget(options)
        self.energy_page = EnergyPage(self.refresh)
        layout.addWidget(self.energy_page.box)
        self.fleet_page = FleetPage()
        self.fleet_page.changed.connect(self.refresh)
        layout.addWidget(self.fleet_page)
        self.shared_feeds = SharedFeeds(
            [
                (self.transit_box.feeds, True, False),  # its feeds switch public transport on: no offers
                (self.energy_page.gtfs_widget, True, True),
                (self.fleet_page.gtfs_widget, False, True),
            ]
        )

        self.notes_label = wrapped_label()
        self.notes_label.setStyleSheet("color: #555; font-style: italic;")
        layout.addWidget(self.notes_label)
        self.problems_label = wrapped_label()
        self.problems_label.setStyleSheet("color: #b2182b;")
        layout.addWidget(self.problems_label)

        buttons = QGridLayout()
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.report_button = QPushButton(self.tr("Open report"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.open_report)
        buttons.addWidget(self.run_button, 0, 0)
        buttons.addWidget(self.cancel_button, 0, 1)
        buttons.addWidget(self.report_button, 1, 0, 1, 2)
        layout.addLayout(buttons)
        self.batch_button = add_export_button(self, layout)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        layout.addWidget(self.progress_bar)
        self.status_label = wrapped_label()
        layout.addWidget(self.status_label)

        commands, box = titled_box(self.tr("Equivalent qgis_process commands"))
        self.commands_edit = QPlainTextEdit()
        self.commands_edit.setReadOnly(True)
        self.commands_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.commands_edit.setMinimumHeight(80)
        self.commands_edit.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.commands_edit.setToolTip(
            self.tr("Run these commands to repeat the analysis without QGIS's window.")
        )
        box.addWidget(self.commands_edit)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy_commands)
        box.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(commands)
        layout.addStretch(1)

        self.scenarios = ScenariosPage(self.iface)
        for page in (body, self.scenarios):  # before the tabs measure them
            narrow_forms(page)
            fit_combos(page)
        pages = QTabWidget()
        pages.addTab(body, self.tr("Analysis"))
        pages.addTab(self.scenarios, self.tr("Scenarios"))
        self.setWidget(scrolled(pages))

    # ------------------------------------------------------------ state

    def _zones_picked(self, *_args) -> None:
        """The planner chose the zone layer: suggestions no longer replace it."""
        self._zones_by_user = True

    def _zones_changed(self, layer) -> None:
        """New zone layer: set the field combos and suggest the fields by name and type."""
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        for combo in (self.id_combo, self.population_combo, self.income_combo):
            combo.blockSignals(True)
            combo.setLayer(layer)
        chosen = suggest.suggest_all(field_infos(layer))
        self.id_combo.setField(chosen["id"] or "")
        self.population_combo.setField(chosen["population"] or "")
        self.income_combo.setField(chosen["income"] or "")
        for combo in (self.id_combo, self.population_combo, self.income_combo):
            combo.blockSignals(False)
        self.opportunity_list.blockSignals(True)
        self.opportunity_list.clear()
        taken = {"fid", chosen["id"], chosen["population"], chosen["income"]}
        for name, numeric in field_infos(layer):
            if not numeric or name in taken:
                continue
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name in chosen["opportunities"]
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.opportunity_list.addItem(item)
        self.opportunity_list.blockSignals(False)
        self.city_edit.setPlaceholderText(self.planner.city_fallback(layer))
        self.refresh()

    def _stops_changed(self, layer) -> None:
        """New stops layer: suggest its mode or capacity field (SDG 11.2.1 needs it for rail and metro)."""
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.stops_mode_combo.blockSignals(True)
        self.stops_mode_combo.setLayer(layer)
        self.stops_mode_combo.setField(suggest.suggest_stop_mode(field_infos(layer)) or "")
        self.stops_mode_combo.blockSignals(False)
        self.stops_mode_combo.setEnabled(layer is not None)
        self.refresh()

    def _guess_layers(self, layers) -> None:
        """Suggest the layers of the project: the polygon layer that looks most like zones (name, many features,
        a population field), the line layer with a road class, and a point layer named like stops."""
        vectors = [layer for layer in layers if isinstance(layer, QgsVectorLayer) and layer.isValid()]
        if not self._zones_by_user:
            current = self.zones_combo.currentLayer()
            candidates = vectors + ([current] if isinstance(current, QgsVectorLayer) else [])
            best = max(candidates, key=zone_score, default=None)
            if best is not None and best is not current and zone_score(best) > zone_score(current):
                self.zones_combo.setLayer(best)
        lines = [v for v in vectors if v.geometryType() == QgsWkbTypes.GeometryType.LineGeometry]
        roads = [v for v in lines if v.fields().lookupField("highway") >= 0]
        if self.network_combo.currentLayer() is None or (
            roads and self.network_combo.currentLayer() not in roads
        ):
            if roads or lines:
                self.network_combo.setLayer((roads or lines)[0])
        if self.stops_combo.currentLayer() is None:
            for layer in vectors:
                if (
                    layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
                    and suggest.looks_like_stops(layer.name())
                ):
                    self.stops_combo.setLayer(layer)
                    break

    def use_sample(self, network, zones, stops) -> None:
        """Set the dock on the sample city's layers, fields, city name and a lasting output folder."""
        self.network_combo.setLayer(network)
        self.zones_combo.setLayer(zones)
        self._zones_by_user = True
        self.stops_combo.setLayer(stops)
        self.id_combo.setField("id")
        self.population_combo.setField("population")
        self.stops_mode_combo.setField("mode")
        self.set_opportunities(["jobs"])
        self.city_edit.setText(SAMPLE_CITY)
        self.energy_page.use_sample()
        self.transit_box.use_sample()
        if not self.folder_widget.filePath():
            self.folder_widget.setFilePath(str(default_output_folder()))
        self.refresh()

    def opportunities(self) -> List[str]:
        """The ticked opportunity fields."""
        items = [self.opportunity_list.item(i) for i in range(self.opportunity_list.count())]
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def set_opportunities(self, names: List[str]) -> None:
        """Tick exactly ``names`` in the opportunity list."""
        for i in range(self.opportunity_list.count()):
            item = self.opportunity_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)

    def settings(self) -> AnalysisSettings:
        """What the planner chose."""

        def vector(combo):
            layer = combo.currentLayer()
            return layer if isinstance(layer, QgsVectorLayer) else None

        stops = vector(self.stops_combo)
        return AnalysisSettings(
            network=vector(self.network_combo),
            zones=vector(self.zones_combo),
            stops=stops,
            stops_mode_field=self.stops_mode_combo.currentField() if stops is not None else "",
            id_field=self.id_combo.currentField(),
            population_field=self.population_combo.currentField(),
            income_field=self.income_combo.currentField(),
            opportunities=self.opportunities(),
            modes=[i for i, box in enumerate(self.mode_boxes) if box.isChecked()],
            cutoffs_text=self.cutoffs_edit.text(),
            selected_only=self.selected_box.isChecked(),
            report=self.report_box.isChecked() and algorithm_exists(REPORT),
            folder=self.folder_widget.filePath(),
            city=self.city_edit.text().strip(),
            energy=self.energy_page.settings(),
            fleet=self.fleet_page.settings(),
            transit=self.transit_box.choice(),
        )

    def refresh(self, *_args, preview: bool = True) -> None:
        """Check the settings: enable Run or say what is missing; show notes and (``preview``) the commands."""
        self.report_box.setVisible(algorithm_exists(REPORT))
        self.stops_combo.setEnabled(algorithm_exists(SDG1121))
        if self.runner.running:
            return
        settings = self.settings()
        problems = self.planner.problems(settings)
        self.run_button.setEnabled(not problems)
        self.run_button.setToolTip("\n".join(problems) if problems else self.tr("Run the analysis"))
        self.problems_label.setText("\n".join("• " + p for p in problems))
        self.notes_label.setText("\n".join(self.planner.notes(settings)))
        if not preview:
            return
        if not problems:
            self._show_commands(self.planner.steps(settings, self.run_folder(settings)))
        else:
            self.commands_edit.setPlainText("")

    def run_folder(self, settings: AnalysisSettings, when: Optional[datetime] = None) -> Path:
        """Where a run started ``when`` writes its files."""
        base = Path(settings.folder) if settings.folder else default_output_folder()
        return base / ("conecta_" + (when or datetime.now()).strftime("%Y%m%d_%H%M%S"))

    def _show_commands(self, steps) -> None:
        self.commands_edit.setPlainText(self.planner.commands_text(steps))

    def copy_commands(self) -> None:
        """Copy the qgis_process commands to the clipboard."""
        QGuiApplication.clipboard().setText(self.commands_edit.toPlainText())

    # ------------------------------------------------------------ run

    def run(self) -> None:
        """Plan the pipeline and start it in the background."""
        settings = self.settings()
        if self.runner.running or self.planner.problems(settings):
            return
        when = datetime.now()
        self.folder = self.run_folder(settings, when)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.status_label.setText(
                self.tr("Cannot write to the output folder {0}: {1}. Choose another folder.").format(
                    str(self.folder.parent), error.strerror or str(error)
                )
            )
            return
        remember_output_folder(self.folder.parent)
        self.steps = self.planner.steps(settings, self.folder)
        self._show_commands(self.steps)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.report_button.setEnabled(False)
        self.progress_bar.setValue(0)
        self.status_label.setText("")
        self.runner.start(self.steps, run_name(settings.zones, when))

    def cancel(self) -> None:
        """Stop the run: the running step is abandoned and adds nothing."""
        self.status_label.setText(self.tr("Cancelling…"))
        self.runner.cancel()

    def _step_started(self, index: int, label: str) -> None:
        self.status_label.setText(self.tr("Step {0} of {1}: {2}").format(index + 1, len(self.steps), label))

    def _progress(self, percent: float) -> None:
        self.progress_bar.setValue(int(round(percent)))

    def _step_failed(self, index: int, message: str) -> None:
        text = self.tr("Step {0} ({1}) failed: {2}").format(index + 1, self.steps[index].label, message)
        kept = self.tr("The results of the steps before it are kept.")
        self.status_label.setText(text + "\n" + kept)

    def _finished(self, ok: bool, cancelled: bool) -> None:
        self.cancel_button.setEnabled(False)
        if cancelled:
            self.status_label.setText(self.tr("Cancelled."))
            self.progress_bar.setValue(0)
        elif ok:
            self.progress_bar.setValue(100)
            self.status_label.setText(
                self.tr("Done: {0} layers added to the group '{1}'.").format(
                    len(self.runner.added), self.runner.group_name
                )
            )
        self.report_button.setEnabled(self.report_path() is not None)
        self.refresh(preview=False)  # keep the commands of this run on show

    def report_path(self) -> Optional[Path]:
        """The PDF (or HTML) report of the last run, if it was written."""
        results = self.runner.results.get("report", {})
        for key in ("OUTPUT_PDF", "OUTPUT_HTML"):
            value = results.get(key)
            if value and Path(str(value)).exists():
                return Path(str(value))
        return None

    def open_report(self) -> None:
        """Open the last run's report with the system's viewer."""
        path = self.report_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def unload(self) -> None:
        """Stop any run (called when the plugin unloads)."""
        self.runner.cancel()
        self.scenarios.unload()
        try:
            QgsProject.instance().layersAdded.disconnect(self._guess_layers)
        except (TypeError, RuntimeError):
            pass
