"""The Analysis dock's "Scenarios" page: pick a baseline run, draw or pick the line of a new route, set its
headway and speed, run, and see who gains.

Run writes the route lines with the page's settings to the run folder, then runs in the background (the Analysis
dock's pipeline runner) conecta:gtfsscenario → conecta:transitmatrix → conecta:accessibility →
conecta:comparescenarios, the same chain as the model conecta:brt_scenario; the change per zone joins the project
in a layer group and the equivalent qgis_process commands are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import List, Optional

from qgis.core import (
    QgsEditFormConfig,
    QgsFeature,
    QgsField,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QDate, QTime, QTimer, QVariant
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.accessibility import MEASURE, MEASURES
from ..processing.report.labels import parse_field
from ..translation import localized
from . import fields as suggest
from .pipeline import PipelineRunner, Step, default_output_folder, number_text, qgis_process_command
from .widgets import field_combo, file_widget, layer_combo, wrapped_label

GTFS_SCENARIO = "conecta:gtfsscenario"
TRANSIT_MATRIX = "conecta:transitmatrix"
ACCESSIBILITY = "conecta:accessibility"
COMPARE = "conecta:comparescenarios"
ROUTE_FIELDS = (
    ("route_id", QVariant.String),
    ("headway_min", QVariant.Double),
    ("speed_kmh", QVariant.Double),
    ("start_time", QVariant.String),
    ("end_time", QVariant.String),
    ("mode", QVariant.String),
    ("dwell_s", QVariant.Double),
)
"""Fields of the route lines conecta:gtfsscenario reads (docs/algorithms/scenarios.md)."""
MODES = ("bus", "brt", "tram", "metro", "rail", "ferry", "informal")


@dataclass
class ScenarioSettings:
    """What the planner chose on the Scenarios page."""

    baseline: Optional[QgsVectorLayer] = None
    id_field: str = ""
    access_field: str = ""
    population_field: str = ""
    income_field: str = ""
    opportunity: str = ""
    cutoff: float = 60.0
    network: Optional[QgsVectorLayer] = None
    feed: str = ""
    other_feeds: List[str] = field(default_factory=list)
    routes: Optional[QgsVectorLayer] = None
    headway: float = 5.0
    speed: float = 25.0
    dwell: float = 20.0
    mode: str = "brt"
    spacing: float = 400.0
    start: str = "05:00"
    end: str = "24:00"
    date: str = ""
    departure: str = "07:00"
    window: int = 60
    folder: str = ""


def new_route_layer(name: str, crs) -> QgsVectorLayer:
    """An empty line layer with the route fields, ready to draw on (no attribute form)."""
    layer = QgsVectorLayer(f"LineString?crs={crs.authid()}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in ROUTE_FIELDS])
    layer.updateFields()
    form = layer.editFormConfig()
    form.setSuppress(QgsEditFormConfig.SuppressOn)
    layer.setEditFormConfig(form)
    return layer


def route_values(layer: QgsVectorLayer, s: ScenarioSettings) -> List[tuple]:
    """(geometry, attributes) of every line of ``layer`` with the page's headway, speed, span and mode; the
    route ids from its route_id field when it has one, else NEW1, NEW2 …"""
    has_id = layer.fields().lookupField("route_id") >= 0
    rows = []
    for k, feature in enumerate(layer.getFeatures(), start=1):
        given = feature["route_id"] if has_id else None
        missing = given is None or (isinstance(given, QVariant) and given.isNull()) or not str(given).strip()
        route = f"NEW{k}" if missing else str(given).strip()
        values = [route, s.headway, s.speed, s.start, s.end, s.mode, s.dwell]
        rows.append((feature.geometry(), values))
    return rows


def write_routes(s: ScenarioSettings, path: Path) -> int:
    """Write the route lines with the page's settings as a GeoPackage; the number of lines written."""
    memory = new_route_layer("routes", s.routes.crs())
    features = []
    for geometry, values in route_values(s.routes, s):
        feature = QgsFeature(memory.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(values)
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, str(path), QgsProject.instance().transformContext(), options
    )
    if error[0] != QgsVectorFileWriter.NoError:
        raise OSError(error[1])
    return len(features)


class ScenarioPlanner:
    """Checks the page's settings and plans the scenario's steps (translated messages and labels)."""

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context."""
        return QCoreApplication.translate("ScenarioPlanner", text)

    def problems(self, s: ScenarioSettings) -> List[str]:
        """What is missing before the scenario can run (empty when it can)."""
        problems = []
        if s.baseline is None:
            problems.append(
                self.tr("Choose the baseline: a layer of accessibility per zone (a run's result).")
            )
        elif not (s.id_field and s.access_field and s.opportunity and s.population_field):
            problems.append(
                self.tr("Choose the baseline's zone id, accessibility, opportunity and population fields.")
            )
        if not s.feed or not Path(s.feed).is_file():
            problems.append(self.tr("Choose the GTFS feed (zip) the new route is added to."))
        if s.routes is None or s.routes.featureCount() == 0:
            problems.append(self.tr("Draw the new route, or choose a line layer holding it."))
        if not s.date:
            problems.append(self.tr("Give the service date (a day of the feed's calendar)."))
        return problems

    def steps(self, s: ScenarioSettings, folder: Path, routes_file: Path) -> List[Step]:
        """The four Processing steps of the scenario, their outputs in ``folder``."""
        feed, matrix = str(folder / "scenario_gtfs.zip"), str(folder / "scenario_travel_times.csv")
        access, change = str(folder / "scenario_accessibility.gpkg"), str(folder / "scenario_change.gpkg")
        zones = s.baseline.id()
        return [
            Step("gtfs", GTFS_SCENARIO,
                 {"GTFS": s.feed, "NEW_ROUTES": str(routes_file), "STOP_SPACING": s.spacing, "OUTPUT": feed},
                 self.tr("New GTFS feed")),
            Step("matrix", TRANSIT_MATRIX,
                 {"GTFS": [feed, *s.other_feeds], "NETWORK": s.network.id() if s.network else None,
                  "ORIGINS": zones, "ORIGINS_ID": s.id_field, "DATE": s.date, "DEPARTURE_TIME": s.departure,
                  "TIME_WINDOW": s.window, "PERCENTILES": "50", "OUTPUT": matrix},
                 self.tr("Public-transport travel times with the new route")),
            Step("access", ACCESSIBILITY,
                 {"TRAVEL_MATRIX": matrix, "COST_FIELD": "travel_time_p50", "ZONES": zones, "ZONES_ID": s.id_field,
                  "OPPORTUNITIES": [s.opportunity], "POPULATION": s.population_field,
                  "MEASURE": MEASURES.index(MEASURE["cumulative"]), "CUTOFF": number_text(s.cutoff),
                  "OUTPUT": access},
                 self.tr("Accessibility with the new route")),
            Step("compare", COMPARE,
                 {"BASELINE": zones, "BASELINE_ID": s.id_field, "BASELINE_FIELD": s.access_field,
                  "SCENARIO": access, "SCENARIO_ID": s.id_field, "POPULATION": s.population_field,
                  "INCOME": s.income_field or None, "OUTPUT": change, "SUMMARY": str(folder / "who_gains.csv"),
                  "CHART": str(folder / "who_gains.png")},
                 self.tr("Who gains"), ["OUTPUT"], {"OUTPUT": self.tr("Who gains: change of {}").format(s.access_field)}),
        ]  # fmt: skip


class ScenariosPage(QWidget):
    """The Scenarios page of the Analysis dock (see the module docstring)."""

    def __init__(self, iface=None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.planner = ScenarioPlanner()
        self.runner = PipelineRunner(self)
        self.runner.stepStarted.connect(lambda i, label: self.status_label.setText(label + "…"))
        self.runner.progressChanged.connect(lambda p: self.progress_bar.setValue(int(round(p))))
        self.runner.stepFailed.connect(lambda i, message: self.status_label.setText(message))
        self.runner.finished.connect(self._finished)
        self.steps: List[Step] = []
        self._build()
        self.baseline_combo.layerChanged.connect(self._baseline_changed)
        self.access_combo.fieldChanged.connect(self._access_changed)
        for signal in (
            self.routes_combo.layerChanged, self.network_combo.layerChanged, self.feed_widget.fileChanged,
            self.date_edit.dateChanged, self.opportunity_combo.fieldChanged, self.population_combo.fieldChanged,
            self.id_combo.fieldChanged,
        ):  # fmt: skip
            signal.connect(self.refresh)
        self._baseline_changed(self.baseline_combo.currentLayer())

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context."""
        return QCoreApplication.translate("ScenariosPage", text)

    # ------------------------------------------------------------ widgets

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = wrapped_label(
            self.tr(
                "What would a new route do for access to opportunities, and for whom? Pick the accessibility "
                "of a baseline run, draw the route on the map, set its headway and speed, and run."
            )
        )
        layout.addWidget(intro)
        layout.addWidget(self._baseline_box())
        layout.addWidget(self._route_box())
        layout.addWidget(self._run_box())
        layout.addStretch(1)

    def _baseline_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Baseline"))
        form = QFormLayout(box)
        self.baseline_combo = layer_combo(
            QgsMapLayerProxyModel.Filter.PolygonLayer | QgsMapLayerProxyModel.Filter.PointLayer,
            tooltip=self.tr("Accessibility per zone from a baseline run (public transport)."),
        )
        form.addRow(self.tr("Baseline accessibility"), self.baseline_combo)
        self.id_combo, self.access_combo = QgsFieldComboBox(), QgsFieldComboBox()
        self.opportunity_combo, self.population_combo = QgsFieldComboBox(), QgsFieldComboBox()
        self.income_combo = field_combo(optional=True)
        for label, combo in (
            (self.tr("Zone id"), self.id_combo), (self.tr("Accessibility field"), self.access_combo),
            (self.tr("Opportunities"), self.opportunity_combo), (self.tr("Population"), self.population_combo),
            (self.tr("Income (optional)"), self.income_combo),
        ):  # fmt: skip
            form.addRow(label, combo)
        self.cutoff_spin = self._spin(QDoubleSpinBox(), 60.0, 1.0, 600.0)
        form.addRow(self.tr("Cutoff (minutes)"), self.cutoff_spin)
        return box

    def _route_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New route"))
        form = QFormLayout(box)
        self.feed_widget = file_widget(self.tr("GTFS zip (*.zip)"))
        form.addRow(self.tr("GTFS feed to change"), self.feed_widget)
        self.others_widget = file_widget(
            self.tr("GTFS zip (*.zip)"),
            multiple=True,
            tooltip=self.tr("Feeds routed with it, unchanged (rail, another operator)."),
        )
        form.addRow(self.tr("Other feeds (optional)"), self.others_widget)
        self.routes_combo = layer_combo(QgsMapLayerProxyModel.Filter.LineLayer, optional=True)
        form.addRow(self.tr("Route line(s)"), self.routes_combo)
        self.draw_button = QPushButton(self.tr("Draw…"))
        self.draw_button.setToolTip(self.tr("Add a line layer for the new route and start drawing it."))
        self.draw_button.clicked.connect(self.draw_route)
        form.addRow(self.draw_button)
        self.headway_spin = self._spin(QDoubleSpinBox(), 5.0, 0.5, 240.0)
        form.addRow(self.tr("Headway (minutes)"), self.headway_spin)
        self.speed_spin = self._spin(QDoubleSpinBox(), 25.0, 1.0, 120.0)
        self.speed_spin.setToolTip(
            self.tr("Running speed between stops; the dwell time is added at each stop.")
        )
        form.addRow(self.tr("Speed (km/h)"), self.speed_spin)
        self.dwell_spin = self._spin(QDoubleSpinBox(), 20.0, 0.0, 300.0)
        form.addRow(self.tr("Dwell at each stop (s)"), self.dwell_spin)
        self.spacing_spin = self._spin(QDoubleSpinBox(), 400.0, 50.0, 5000.0)
        form.addRow(self.tr("Stop spacing (m)"), self.spacing_spin)
        self.mode_combo = QComboBox()
        self.mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode_combo.setMinimumContentsLength(8)
        labels = [self.tr("Bus"), self.tr("BRT"), self.tr("Tram"), self.tr("Metro"), self.tr("Rail"),
                  self.tr("Ferry"), self.tr("Informal service (vans, colectivos)")]  # fmt: skip
        for code, label in zip(MODES, labels):
            self.mode_combo.addItem(label, code)
        self.mode_combo.setCurrentIndex(MODES.index("brt"))
        form.addRow(self.tr("Mode"), self.mode_combo)
        self.start_edit, self.end_edit = QLineEdit("05:00"), QLineEdit("24:00")
        span = QHBoxLayout()
        span.addWidget(self.start_edit)
        span.addWidget(self.end_edit)
        form.addRow(self.tr("Service from – to (HH:MM)"), span)
        return box

    def _run_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Run"))
        form = QFormLayout(box)
        self.network_combo = layer_combo(
            QgsMapLayerProxyModel.Filter.LineLayer,
            optional=True,
            tooltip=self.tr("Streets for the walking legs (empty: straight lines × 1.3)."),
        )
        form.addRow(self.tr("Street network for walking"), self.network_combo)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        form.addRow(self.tr("Service date"), self.date_edit)
        self.departure_edit = QTimeEdit(QTime(7, 0))
        self.departure_edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Departure time"), self.departure_edit)
        self.window_spin = QSpinBox()
        self.window_spin.setRange(1, 240)
        self.window_spin.setValue(60)
        form.addRow(self.tr("Departure window (minutes)"), self.window_spin)
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(str(default_output_folder()))
        form.addRow(self.tr("Output folder"), self.folder_widget)
        self.problems_label = wrapped_label()
        self.problems_label.setStyleSheet("color: #b2182b;")
        form.addRow(self.problems_label)
        buttons = QHBoxLayout()
        self.run_button, self.cancel_button = QPushButton(self.tr("Run")), QPushButton(self.tr("Cancel"))
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        form.addRow(buttons)
        self.progress_bar = QProgressBar()
        form.addRow(self.progress_bar)
        self.status_label = wrapped_label()
        form.addRow(self.status_label)
        self.commands_edit = QPlainTextEdit()
        self.commands_edit.setReadOnly(True)
        self.commands_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.commands_edit.setMaximumHeight(90)
        self.commands_edit.setToolTip(self.tr("The equivalent qgis_process commands of the last run."))
        form.addRow(self.commands_edit)
        return box

    @staticmethod
    def _spin(spin: QDoubleSpinBox, value: float, low: float, high: float) -> QDoubleSpinBox:
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setValue(value)
        return spin

    # ------------------------------------------------------------ state

    def _baseline_changed(self, layer) -> None:
        """New baseline: its fields, suggested by name (an accessibility field gives opportunity and cutoff)."""
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        combos = (
            self.id_combo,
            self.access_combo,
            self.opportunity_combo,
            self.population_combo,
            self.income_combo,
        )
        for combo in combos:
            combo.setLayer(layer)
        infos = [(f.name(), f.isNumeric()) for f in layer.fields()] if layer is not None else []
        chosen = suggest.suggest_all(infos)
        self.id_combo.setField(chosen["id"] or "")
        self.population_combo.setField(chosen["population"] or "")
        self.income_combo.setField(chosen["income"] or "")
        access = [name for name, numeric in infos if numeric and parse_field(name) is not None]
        self.access_combo.setField(access[-1] if access else "")
        self._access_changed(self.access_combo.currentField())

    def _access_changed(self, name: str) -> None:
        """An accessibility field named as conecta:accessibility names them sets the opportunity and cutoff."""
        meaning = parse_field(name or "")
        if meaning is not None and meaning.measure == "cumulative":
            self.opportunity_combo.setField(meaning.opportunity)
            self.cutoff_spin.setValue(meaning.values[0])
        self.refresh()

    def settings(self) -> ScenarioSettings:
        """What the planner chose."""

        def vector(combo):
            layer = combo.currentLayer()
            return layer if isinstance(layer, QgsVectorLayer) else None

        others = QgsFileWidget.splitFilePaths(self.others_widget.filePath())
        return ScenarioSettings(
            baseline=vector(self.baseline_combo), id_field=self.id_combo.currentField(),
            access_field=self.access_combo.currentField(), population_field=self.population_combo.currentField(),
            income_field=self.income_combo.currentField(), opportunity=self.opportunity_combo.currentField(),
            cutoff=self.cutoff_spin.value(), network=vector(self.network_combo), feed=self.feed_widget.filePath(),
            other_feeds=[p for p in others if p], routes=vector(self.routes_combo), headway=self.headway_spin.value(),
            speed=self.speed_spin.value(), dwell=self.dwell_spin.value(), mode=self.mode_combo.currentData(),
            spacing=self.spacing_spin.value(), start=self.start_edit.text().strip(), end=self.end_edit.text().strip(),
            date=self.date_edit.date().toString("yyyy-MM-dd"), departure=self.departure_edit.time().toString("HH:mm"),
            window=self.window_spin.value(), folder=self.folder_widget.filePath(),
        )  # fmt: skip

    def refresh(self, *_args) -> None:
        """Enable Run, or say what is missing."""
        if self.runner.running:
            return
        problems = self.planner.problems(self.settings())
        self.run_button.setEnabled(not problems)
        self.problems_label.setText("\n".join("• " + p for p in problems))

    # ------------------------------------------------------------ actions

    def draw_route(self) -> None:
        """Add an empty route layer to the project and start drawing its line."""
        crs = QgsProject.instance().crs()
        baseline = self.baseline_combo.currentLayer()
        if not crs.isValid() and baseline is not None:
            crs = baseline.crs()
        layer = new_route_layer(self.tr("New route"), crs)
        QgsProject.instance().addMapLayer(layer)
        self.routes_combo.setLayer(layer)
        layer.startEditing()
        if self.iface is not None:
            self.iface.setActiveLayer(layer)
            self.iface.actionAddFeature().trigger()
        layer.featureAdded.connect(self.refresh)

    def run(self) -> None:
        """Write the route lines, plan the steps and start them in the background."""
        settings = self.settings()
        if self.runner.running or self.planner.problems(settings):
            return
        base = Path(settings.folder) if settings.folder else default_output_folder()
        folder = base / ("conecta_scenario_" + datetime.now().strftime("%Y%m%d_%H%M%S"))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_routes(settings, folder / "new_routes.gpkg")
        except OSError as error:
            self.status_label.setText(
                self.tr("Cannot write to the output folder {0}: {1}.").format(str(folder), str(error))
            )
            return
        self.steps = self.planner.steps(settings, folder, folder / "new_routes.gpkg")
        self.commands_edit.setPlainText("\n".join(qgis_process_command(step) for step in self.steps))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setValue(0)
        self.runner.start(self.steps, self.tr("Conecta — scenario — {}").format(folder.name))

    def _finished(self, ok: bool, cancelled: bool) -> None:
        QTimer.singleShot(0, self.runner.release)  # once the last step's signal has returned
        self.cancel_button.setEnabled(False)
        if cancelled:
            self.status_label.setText(self.tr("Cancelled."))
        elif ok:
            self.progress_bar.setValue(100)
            compare = self.runner.results.get("compare", {})
            message = localized(
                self.tr("Done: {0:.1f} % of the people gain more than 10 %, {1:.1f} % lose more than 10 %.")
            )
            self.status_label.setText(
                message.format(compare.get("GAIN_SHARE", 0.0), compare.get("LOSS_SHARE", 0.0))
            )
        self.refresh()

    def unload(self) -> None:
        """Stop any run (the dock is closing)."""
        self.runner.cancel()
