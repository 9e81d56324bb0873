"""The Analysis dock's pipeline: plan the standard analysis as Processing steps and run them in the background.

Travel times → accessibility → inequality → SDG 11.2.1 → city report, each step a Conecta algorithm run as a
``QgsProcessingAlgRunnerTask`` (its own context and feedback, one after the other), skipping steps without
input or whose algorithm is not installed. Every step is also written as the equivalent ``qgis_process``
command. Outputs are files in the run folder; the layers of each finished step are added to one layer group.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
    QgsProcessingUtils,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, pyqtSignal

from ..core.accessibility import MEASURE, MEASURES, output_field
from ..core.definitions import STREET_MODES
from .transit_step import transit_problems, transit_report, transit_steps

TRAVEL_TIMES = "conecta:traveltimematrix"
ACCESSIBILITY = "conecta:accessibility"
INEQUALITY = "conecta:accessinequality"
SDG1121 = "conecta:sdg1121"
REPORT = "conecta:report"
MODE_CODES = STREET_MODES
CUMULATIVE = "cumulative"
"""The accessibility measure the pipeline computes (core registry name): jobs within each cutoff."""
FOLDER_KEY = "conecta/outputFolder"


def default_output_folder() -> Path:
    """Where the dock writes unless told otherwise: the folder last used (QgsSettings ``conecta/outputFolder``),
    else a ``conecta`` folder next to the saved project, else ``Conecta`` in the user's documents."""
    remembered = QgsSettings().value(FOLDER_KEY, "") or ""
    if remembered:
        return Path(str(remembered))
    home = QgsProject.instance().homePath()
    if QgsProject.instance().fileName() and home:
        return Path(home) / "conecta"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Conecta"


def remember_output_folder(folder: Path) -> None:
    """Keep ``folder`` as the dock's output folder for the next runs and sessions."""
    QgsSettings().setValue(FOLDER_KEY, str(folder))


def is_temporary(folder: Path) -> bool:
    """Whether ``folder`` lies in QGIS's session temporary folder or the system's (deleted without notice)."""
    folder = Path(folder).resolve()
    for temporary in (QgsProcessingUtils.tempFolder(), tempfile.gettempdir()):
        try:
            folder.relative_to(Path(temporary).resolve())
            return True
        except ValueError:
            continue
    return False


def qgis_process_executable() -> str:
    """The command-line runner to print in commands: the one installed beside this QGIS, by its full path.

    Debian's and Ubuntu's ``qgis_process`` wrapper passes --noversioncheck, which QGIS 3.22 rejects, so the
    ``qgis_process.bin`` it wraps is preferred; on Windows the OSGeo4W ``qgis_process-qgis*.bat`` launchers set
    up the environment; on macOS the runner is in the application bundle."""
    app_dir = Path(QgsApplication.applicationDirPath() or "")
    prefix = Path(QgsApplication.prefixPath() or "")
    if sys.platform.startswith("win"):
        root = prefix.parent.parent  # OSGeo4W: <root>/apps/qgis-ltr
        for launcher in sorted((root / "bin").glob("qgis_process-qgis*.bat")):
            return str(launcher)
        names = ("qgis_process.exe",)
    else:
        names = ("qgis_process.bin", "qgis_process")
    for folder in (app_dir, prefix / "bin", app_dir / "bin"):
        for name in names:
            if (folder / name).is_file():
                return str(folder / name)
    return "qgis_process"


def shell_quote(text: str) -> str:
    """``text`` quoted for the user's shell: POSIX shells, or cmd.exe on Windows."""
    if sys.platform.startswith("win"):
        return subprocess.list2cmdline([text])
    return shlex.quote(text)


def algorithm_exists(algorithm_id: str) -> bool:
    """Whether a Processing algorithm is registered (each dock section needs its algorithm)."""
    return QgsApplication.processingRegistry().algorithmById(algorithm_id) is not None


def parse_cutoffs(text: str) -> List[float]:
    """Cutoffs written "30, 60" as increasing unique floats; ValueError if one is not a positive number."""
    values = [float(item) for item in (text or "").replace(";", ",").split(",") if item.strip()]
    if any(not (0 < v < float("inf")) for v in values):
        raise ValueError(text)
    return sorted(set(values))


def number_text(value: float) -> str:
    """30.0 → "30", 7.5 → "7.5"."""
    return f"{value:g}"


@dataclass
class AnalysisSettings:
    """What the planner chose in the Analysis dock."""

    network: Optional[QgsVectorLayer] = None
    zones: Optional[QgsVectorLayer] = None
    stops: Optional[QgsVectorLayer] = None
    stops_mode_field: str = ""
    id_field: str = ""
    population_field: str = ""
    income_field: str = ""
    opportunities: List[str] = field(default_factory=list)
    modes: List[int] = field(default_factory=lambda: [0])
    cutoffs_text: str = "30, 60"
    selected_only: bool = False
    report: bool = True
    folder: str = ""
    city: str = ""
    energy: Optional[object] = None
    """The energy step's choices (``ui.energy_page.EnergySettings``), None without it."""
    fleet: Optional[object] = None
    """The "Fleet and industry" step (ui.fleet_page.FleetSettings); None when it is off."""
    transit: object = None
    """The public-transport step (ui.transit_step.TransitChoice), None without one."""


@dataclass
class Step:
    """One Processing run of the pipeline."""

    key: str
    algorithm: str
    parameters: Dict[str, object]
    label: str
    layers: List[str] = field(default_factory=list)
    """Output parameters whose layers are added to the run's group."""
    names: Dict[str, str] = field(default_factory=dict)
    """Layer name in the group of each output in ``layers``."""


def _value_text(value, project: QgsProject) -> List[str]:
    """A parameter value as qgis_process text (lists give one item each)."""
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _value_text(item, project)]
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return [value.sink.staticValue()]
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, str):
        layer = project.mapLayer(value)
        if layer is not None:
            return [layer.source()]
    return [str(value)]


def qgis_process_command(
    step: Step, project: Optional[QgsProject] = None, executable: Optional[str] = None
) -> str:
    """The shell command that repeats ``step`` headless with qgis_process (layers by their source)."""
    project = project or QgsProject.instance()
    parts = [shell_quote(executable or qgis_process_executable()), "run", step.algorithm, "--"]
    for key, value in step.parameters.items():
        if value is None or value == "" or value == []:
            continue
        for text in _value_text(value, project):
            parts.append(shell_quote(f"{key}={text}"))
    return " ".join(parts)


def output_files(step: Step) -> List[str]:
    """The files a step writes (its destination parameters given as paths)."""
    algorithm = QgsApplication.processingRegistry().algorithmById(step.algorithm)
    if algorithm is None:
        return []
    files = []
    for key, value in step.parameters.items():
        definition = algorithm.parameterDefinition(key)
        if definition is not None and definition.isDestination() and isinstance(value, str) and value:
            files.append(value)
    return files


def make_folder_command(folder: str) -> str:
    """The shell command that creates ``folder`` (and its parents) if it does not exist yet."""
    if sys.platform.startswith("win"):
        return f"if not exist {shell_quote(folder)} mkdir {shell_quote(folder)}"
    return f"mkdir -p {shell_quote(folder)}"


def temporary_inputs(step: Step, project: Optional[QgsProject] = None) -> List[str]:
    """Names of the temporary (memory) layers a step reads: a command cannot reach them."""
    project = project or QgsProject.instance()
    names = []
    for value in step.parameters.values():
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        layer = project.mapLayer(value) if isinstance(value, str) else None
        if layer is not None and layer.providerType() == "memory" and layer.name() not in names:
            names.append(layer.name())
    return names


class Planner:
    """Checks the dock's settings and turns them into the pipeline's steps (translated labels and messages)."""

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context."""
        return QCoreApplication.translate("Planner", text)

    def mode_names(self) -> List[str]:
        """Translated names of the modes, in the order of conecta:traveltimematrix's MODE."""
        return [self.tr("Walking"), self.tr("Cycling"), self.tr("Car")]

    # ------------------------------------------------------------ checks

    def problems(self, s: AnalysisSettings) -> List[str]:
        """What is missing or wrong before the pipeline can run (empty list: ready)."""
        out = [
            self.tr("The algorithm {} is not available: update Conecta.").format(algorithm)
            for algorithm in (TRAVEL_TIMES, ACCESSIBILITY)
            if not algorithm_exists(algorithm)
        ]
        out += s.fleet.problems() if s.fleet is not None else []
        out += self._network_problems(s.network)
        if s.zones is None:
            return out + [self.tr("Choose the zone layer (polygons or points).")]
        out += self._zone_problems(s)
        out += self._field_problems(s)
        if not s.modes:
            out.append(self.tr("Choose at least one mode."))
        out += self._cutoff_problems(s.cutoffs_text)
        out += transit_problems(s.transit)
        if s.stops is not None and s.stops.geometryType() != QgsWkbTypes.GeometryType.PointGeometry:
            out.append(self.tr("The stops layer must be a point layer."))
        from .energy_page import energy_problems

        return out + energy_problems(s.energy)

    def _network_problems(self, network: Optional[QgsVectorLayer]) -> List[str]:
        """The street network: chosen, made of lines, not empty."""
        if network is None:
            return [self.tr("Choose the street network (a line layer).")]
        if network.geometryType() != QgsWkbTypes.GeometryType.LineGeometry:
            return [self.tr("The street network must be a line layer.")]
        if network.featureCount() == 0:
            return [self.tr("The street network layer {} has no features.").format(network.name())]
        return []

    def _zone_problems(self, s: AnalysisSettings) -> List[str]:
        """The zone layer: not empty, a selection when only selected zones are asked for."""
        out = []
        if s.zones.featureCount() == 0:
            out.append(self.tr("The zone layer {} has no features.").format(s.zones.name()))
        if s.selected_only and s.zones.selectedFeatureCount() == 0:
            out.append(
                self.tr("No zone is selected: select zones on the map or untick 'Selected zones only'.")
            )
        return out

    def _field_problems(self, s: AnalysisSettings) -> List[str]:
        """The zone fields: an id field, a population field and opportunities, existing and numeric."""
        out = []
        fields = s.zones.fields()
        if not s.id_field:
            out.append(self.tr("Choose the zone id field."))
        elif fields.lookupField(s.id_field) < 0:
            out.append(self.tr("Field {} does not exist in the zone layer.").format(s.id_field))
        if not s.population_field:
            out.append(self.tr("Choose the population field: inequality and SDG 11.2.1 are weighted by it."))
        for name in filter(None, [s.population_field, s.income_field, *s.opportunities]):
            index = fields.lookupField(name)
            if index < 0:
                out.append(self.tr("Field {} does not exist in the zone layer.").format(name))
            elif not fields.at(index).isNumeric():
                out.append(self.tr("Field {} is not numeric: choose a field with numbers.").format(name))
        if not s.opportunities:
            out.append(self.tr("Choose at least one opportunity field (jobs, schools, health care…)."))
        return out

    def _cutoff_problems(self, text: str) -> List[str]:
        """The cutoffs: positive minutes, at least one."""
        try:
            if not parse_cutoffs(text):
                return [self.tr("Give at least one cutoff in minutes, e.g. 30, 60.")]
        except ValueError:
            return [self.tr("Cutoffs must be positive numbers of minutes separated by commas, e.g. 30, 60.")]
        return []

    def city_fallback(self, zones: Optional[QgsVectorLayer]) -> str:
        """The city name used when the planner gives none: the project's title, its file name, else the zone
        layer's name."""
        project = QgsProject.instance()
        if project.title():
            return project.title()
        if project.baseName():
            return project.baseName()
        return zones.name() if zones is not None else ""

    def commands_text(self, steps: List[Step]) -> str:
        """The steps as commands to paste in a terminal, each after a comment line with its label."""
        lines = []
        executable = qgis_process_executable()
        temporary = sorted({name for step in steps for name in temporary_inputs(step)})
        if temporary:
            lines.append(
                "# "
                + self.tr(
                    "Temporary layers ({}) exist only in this QGIS session: save them to files "
                    "(Export → Save Features As…) before running these commands."
                ).format(", ".join(temporary))
            )
        folders = sorted({str(Path(str(value)).parent) for step in steps for value in output_files(step)})
        for folder in folders:
            lines.append(make_folder_command(folder))
        for step in steps:
            lines.append("# " + step.label)
            lines.append(qgis_process_command(step, executable=executable))
        return "\n".join(lines)

    def notes(self, s: AnalysisSettings) -> List[str]:
        """Things worth knowing that do not stop the run (CRSs, skipped steps, where the files go)."""
        out = []
        folder = Path(s.folder) if s.folder else default_output_folder()
        if is_temporary(folder):
            out.append(
                self.tr(
                    "The output folder {} is a temporary folder: its files are deleted when QGIS closes. "
                    "Choose a folder of your own to keep them."
                ).format(str(folder))
            )
        if s.zones is not None and not s.city:
            out.append(
                self.tr("No city name given: the report is titled '{}'.").format(self.city_fallback(s.zones))
            )
        layers = [layer for layer in (s.network, s.zones, s.stops) if layer is not None]
        crs = {layer.crs().authid() for layer in layers}
        if len(crs) > 1 or any(layer.crs().isGeographic() for layer in layers):
            out.append(
                self.tr(
                    "The layers are in different or geographic coordinate reference systems (CRS): the "
                    "algorithms reproject them to a projected CRS for the analysis."
                )
            )
        if s.stops is None:
            out.append(self.tr("No stops layer: SDG 11.2.1 is skipped."))
        elif not s.stops_mode_field:
            out.append(
                self.tr(
                    "No stop mode field: SDG 11.2.1 counts every stop as a bus stop (500 m), rail and metro "
                    "included."
                )
            )
        else:
            out.append(
                self.tr(
                    "SDG 11.2.1 reads each stop's capacity from the field {}: 1,000 m around rail, metro and "
                    "BRT, 500 m around the others."
                ).format(s.stops_mode_field)
            )
        if len(s.modes) > 1:
            out.append(
                self.tr(
                    "The city report covers the first mode chosen ({}); every mode gets its layers."
                ).format(self.mode_names()[s.modes[0]])
            )
        elif not algorithm_exists(SDG1121):
            out.append(self.tr("SDG 11.2.1 is skipped: its algorithm is not available."))
        if s.report and not algorithm_exists(REPORT):
            out.append(self.tr("The city report is skipped: its algorithm is not available."))
        if s.zones is not None and s.zones.providerType() == "memory":
            out.append(
                self.tr("The zone layer is a temporary layer: save it to repeat the commands headless.")
            )
        from .energy_page import energy_notes

        return out + energy_notes(s.energy) + (s.fleet.notes() if s.fleet is not None else [])

    # ------------------------------------------------------------ steps

    def steps(self, s: AnalysisSettings, folder: Path) -> List[Step]:
        """The pipeline's Processing steps with their output files in ``folder`` (settings already checked)."""
        cutoffs = parse_cutoffs(s.cutoffs_text)
        largest = cutoffs[-1]
        zones = QgsProcessingFeatureSourceDefinition(s.zones.id(), True) if s.selected_only else s.zones.id()
        names = self.mode_names()
        steps: List[Step] = []
        access_layers = []
        for mode in s.modes:
            code = MODE_CODES[mode]
            matrix = str(folder / f"travel_times_{code}.csv")
            steps.append(
                Step(
                    f"matrix_{code}",
                    TRAVEL_TIMES,
                    {
                        "NETWORK": s.network.id(),
                        "ORIGINS": zones,
                        "ORIGINS_ID": s.id_field,
                        "DESTINATIONS": zones,
                        "DESTINATIONS_ID": s.id_field,
                        "MODE": mode,
                        "MAX_TIME": largest,
                        **matrix_outputs(matrix),
                    },
                    self.tr("Travel times ({})").format(names[mode]),
                )
            )
            access = str(folder / f"accessibility_{code}.gpkg")
            access_layers.append(access)
            access_parameters = {
                "TRAVEL_MATRIX": matrix,
                "ZONES": zones,
                "ZONES_ID": s.id_field,
                "OPPORTUNITIES": list(s.opportunities),
                "POPULATION": s.population_field,
                "MEASURE": MEASURES.index(MEASURE[CUMULATIVE]),
                "CUTOFF": ",".join(number_text(c) for c in cutoffs),
                "OUTPUT": access,
            }
            steps.append(
                Step(
                    f"accessibility_{code}",
                    ACCESSIBILITY,
                    access_parameters,
                    self.tr("Accessibility ({})").format(names[mode]),
                    ["OUTPUT"],
                    {"OUTPUT": self.tr("Accessibility — {}").format(names[mode])},
                )
            )
            for opportunity in s.opportunities:
                access_field = output_field(CUMULATIVE, opportunity, largest)
                tag = f"{code}_{access_field.split('_', 1)[1]}"  # the field without its measure's prefix
                steps.append(
                    Step(
                        f"inequality_{tag}",
                        INEQUALITY,
                        {
                            "INPUT": access,
                            "ACCESS_FIELD": access_field,
                            "POPULATION": s.population_field,
                            "INCOME": s.income_field or None,
                            "ID_FIELD": s.id_field,
                            "OUTPUT": str(folder / f"inequality_{tag}.gpkg"),
                            "CHART": str(folder / f"inequality_{tag}.png"),
                        },
                        self.tr("Inequality of {0} ({1})").format(access_field, names[mode]),
                        ["OUTPUT"],
                        {"OUTPUT": self.tr("Inequality — {0} ({1})").format(access_field, names[mode])},
                    )
                )
        steps += transit_steps(self, s, folder, zones, cutoffs, Step)
        sdg_table = None
        if s.stops is not None and algorithm_exists(SDG1121):
            sdg_table = str(folder / "sdg1121_table.gpkg")
            steps.append(
                Step(
                    "sdg1121",
                    SDG1121,
                    {
                        "NETWORK": s.network.id(),
                        "STOPS": s.stops.id(),
                        "MODE_FIELD": s.stops_mode_field or None,
                        "POPULATION_LAYER": zones,
                        "POPULATION_FIELDS": [s.population_field],
                        "OUTPUT": str(folder / "sdg1121.gpkg"),
                        "OUTPUT_TABLE": sdg_table,
                    },
                    self.tr("SDG 11.2.1: convenient access to public transport"),
                    ["OUTPUT", "OUTPUT_TABLE"],
                    {
                        "OUTPUT": self.tr("SDG 11.2.1 — served area"),
                        "OUTPUT_TABLE": self.tr("SDG 11.2.1 — indicator"),
                    },
                )
            )
        from .energy_page import energy_steps, report_parameters

        polygons = s.zones.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
        steps += energy_steps(s.energy, zones if polygons else None, s.id_field, folder)
        if s.fleet is not None:
            steps += s.fleet.steps(folder)
        if s.report and algorithm_exists(REPORT):
            inequality = next((step for step in steps if step.algorithm == INEQUALITY), None)
            fields = [  # the largest cutoff first: the inequality measures are reported for the first field
                output_field(CUMULATIVE, opportunity, cutoff)
                for cutoff in reversed(cutoffs)
                for opportunity in s.opportunities
            ]
            steps.append(
                Step(
                    "report",
                    REPORT,
                    {
                        "ZONES": access_layers[0],
                        "INPUT": access_layers[0],
                        "ACCESS_FIELDS": fields,
                        "ACCESS_FIELD": fields,
                        "POPULATION": s.population_field,
                        "INCOME": s.income_field or None,
                        "INEQUALITY": inequality.parameters["OUTPUT"] if inequality else None,
                        "SDG_TABLE": sdg_table,
                        "CITY_NAME": s.city or self.city_fallback(s.zones),
                        "TRAVEL_MODE": s.modes[0],  # same indexes as traveltimematrix MODE
                        "RUNS_FOLDER": str(folder.parent) if s.folder else None,
                        "LANGUAGE": 0,
                        "OUTPUT_HTML": str(folder / "report.html"),
                        "OUTPUT_PDF": str(folder / "report.pdf"),
                        **report_parameters(steps),
                        **(s.fleet.report_parameters(folder) if s.fleet is not None else {}),
                        **transit_report(steps, s, cutoffs),
                    },
                    self.tr("City report (HTML and PDF)"),
                )
            )
        return [fit_to_algorithm(step, folder) for step in steps]


def matrix_outputs(path: str) -> Dict[str, Optional[str]]:
    """Where conecta:traveltimematrix writes the matrix: straight to a CSV file when it can (fast), else its sink."""
    algorithm = QgsApplication.processingRegistry().algorithmById(TRAVEL_TIMES)
    if algorithm is not None and algorithm.parameterDefinition("OUTPUT_FILE") is not None:
        return {"OUTPUT": None, "OUTPUT_FILE": path}
    return {"OUTPUT": path}


def fit_to_algorithm(step: Step, folder: Path) -> Step:
    """Keep only the parameters the installed algorithm has; give its other outputs a file in ``folder``."""
    algorithm = QgsApplication.processingRegistry().algorithmById(step.algorithm)
    if algorithm is None:
        return step
    known = {definition.name(): definition for definition in algorithm.parameterDefinitions()}
    parameters = {}
    for key, value in step.parameters.items():
        definition = known.get(key)
        if definition is None:
            continue
        if isinstance(value, list) and isinstance(definition, QgsProcessingParameterField):
            if not definition.allowMultiple():
                value = value[0] if value else None
        parameters[key] = value
    for name, definition in known.items():
        if name in parameters or not definition.isDestination():
            continue
        optional = bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)
        if optional and not definition.createByDefault():
            continue
        if isinstance(
            definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)
        ):
            parameters[name] = str(folder / f"{step.key}_{name.lower()}.gpkg")
        elif isinstance(definition, QgsProcessingParameterRasterDestination):
            parameters[name] = str(folder / f"{step.key}_{name.lower()}.tif")
        elif isinstance(definition, QgsProcessingParameterFolderDestination):
            parameters[name] = str(folder / f"{step.key}_{name.lower()}")
        elif isinstance(definition, QgsProcessingParameterFileDestination):
            extension = definition.defaultFileExtension() or "txt"
            parameters[name] = str(folder / f"{step.key}_{name.lower()}.{extension}")
    step.parameters = parameters
    step.layers = [key for key in step.layers if key in parameters]
    return step


def run_name(zones: QgsVectorLayer, when: Optional[datetime] = None) -> str:
    """The layer group of a run: "Conecta — <zones layer> — <date time>"."""
    when = when or datetime.now()
    return f"Conecta — {zones.name()} — {when.strftime('%Y-%m-%d %H:%M:%S')}"


class _Feedback(QgsProcessingFeedback):
    """Feedback that keeps the algorithm's error messages (reported from the worker thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: List[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


class PipelineRunner(QObject):
    """Runs steps one after the other as background Processing tasks and adds their layers to a group."""

    stepStarted = pyqtSignal(int, str)  # noqa: N815 (Qt signal names)
    progressChanged = pyqtSignal(float)  # noqa: N815
    stepFailed = pyqtSignal(int, str)  # noqa: N815
    finished = pyqtSignal(bool, bool)
    """(every step succeeded, the run was cancelled)."""

    def __init__(self, parent: Optional[QObject] = None, project: Optional[QgsProject] = None) -> None:
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.steps: List[Step] = []
        self.group_name = ""
        self.group = None
        self.results: Dict[str, dict] = {}
        self.added: List[QgsMapLayer] = []
        self.errors: Dict[str, str] = {}
        self.current = -1
        self.cancelled = False
        self.running = False
        self._task = None
        self._alive: list = []

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context."""
        return QCoreApplication.translate("PipelineRunner", text)

    def start(self, steps: List[Step], group_name: str) -> None:
        """Start the run in the background (returns at once)."""
        self.steps, self.group_name = steps, group_name
        self.group, self.results, self.added, self.errors = None, {}, [], {}
        self.current, self.cancelled, self.running = -1, False, True
        self._next()

    def cancel(self) -> None:
        """Ask the running step to stop; nothing more is added to the project."""
        if not self.running:
            return
        self.cancelled = True
        if self._task is not None:
            self._alive[-1][2].cancel()
            self._task.cancel()

    def release(self) -> None:
        """Drop the algorithms, contexts and feedbacks of a finished run (kept while it runs). A context kept
        until the dock is deleted and the project cleared crashed the interpreter when it went."""
        if not self.running:
            self._alive.clear()
            self._task = None

    def _next(self) -> None:
        self.current += 1
        if self.cancelled or self.current >= len(self.steps):
            self._finish()
            return
        step = self.steps[self.current]
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(step.algorithm)
        if algorithm is None:
            self._failed(self.tr("The algorithm {} is not available.").format(step.algorithm))
            return
        for value in step.parameters.values():
            if isinstance(value, str) and value.endswith((".csv", ".gpkg", ".png", ".html", ".pdf")):
                Path(value).parent.mkdir(parents=True, exist_ok=True)
        context = QgsProcessingContext()
        context.setProject(self.project)
        feedback = _Feedback()
        feedback.progressChanged.connect(self._progress)
        parameters = {}
        for key, value in step.parameters.items():
            if key in step.layers:
                value = QgsProcessingOutputLayerDefinition(value, self.project)
                value.destinationName = step.names.get(key, "")
            parameters[key] = value
        self.stepStarted.emit(self.current, step.label)
        index = self.current
        if algorithm.flags() & QgsProcessingAlgorithm.FlagNoThreading:
            # print layouts (the report) must be drawn in the main thread, as QGIS's own dialog does
            self._alive.append((algorithm, context, feedback, None))
            QTimer.singleShot(0, lambda: self._run_here(index, algorithm, parameters, context, feedback))
            return
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        task.executed.connect(lambda ok, results: self._executed(index, ok, results))
        self._alive.append((algorithm, context, feedback, task))
        self._task = task
        QgsApplication.taskManager().addTask(task)

    def _run_here(self, index: int, algorithm, parameters, context, feedback) -> None:
        """Run a step that cannot run in a background thread, in the main thread (QGIS waits meanwhile)."""
        if index != self.current or not self.running:
            return
        try:
            results, ok = algorithm.run(parameters, context, feedback)
        except Exception as error:  # the algorithm's own message, as the background task would report it
            feedback.reportError(str(error), True)
            results, ok = {}, False
        self._executed(index, ok, results or {})

    def _progress(self, percent: float) -> None:
        if self.steps:
            self.progressChanged.emit(100.0 * (max(self.current, 0) + percent / 100.0) / len(self.steps))

    def _executed(self, index: int, ok: bool, results: dict) -> None:
        if index != self.current or not self.running:
            return
        _algorithm, context, feedback, _task = self._alive[-1]
        self._task = None
        step = self.steps[index]
        if self.cancelled or feedback.isCanceled():
            self.cancelled = True
            self._finish()
            return
        if not ok:
            message = "\n".join(feedback.errors) or self.tr("The algorithm {} failed.").format(step.algorithm)
            self._failed(message)
            return
        self.results[step.key] = dict(results)
        self._add_layers(step, context, feedback)
        self.progressChanged.emit(100.0 * (index + 1) / len(self.steps))
        self._next()

    def _failed(self, message: str) -> None:
        step = self.steps[self.current]
        self.errors[step.key] = message
        self.stepFailed.emit(self.current, message)
        self.running = False
        self.finished.emit(False, False)

    def _finish(self) -> None:
        self.running = False
        self.finished.emit(not self.cancelled and not self.errors, self.cancelled)

    def _add_layers(self, step: Step, context: QgsProcessingContext, feedback) -> None:
        """Load the step's output layers from their files, styled by the algorithm, into the run's group."""
        details = context.layersToLoadOnCompletion()
        for key in step.layers:
            path = self.results[step.key].get(key) or step.parameters[key]
            layer = QgsVectorLayer(str(path), step.names.get(key, key), "ogr")
            if not layer.isValid():
                continue
            detail = details.get(str(path)) or next(
                (d for dest, d in details.items() if str(dest).split("|")[0] == str(path)), None
            )
            processor = detail.postProcessor() if detail is not None else None
            if processor is not None:
                processor.postProcessLayer(layer, context, feedback)
            layer.setName(step.names.get(key, layer.name()))
            self.project.addMapLayer(layer, False)
            if self.group is None:
                self.group = self.project.layerTreeRoot().insertGroup(0, self.group_name)
            self.group.addLayer(layer)
            self.added.append(layer)
