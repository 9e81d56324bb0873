"""The Analysis dock's "Energy and emissions" step: GTFS feeds and a service date → bus activity, bus emissions
(per zone, with the dock's zones) and e-bus energy, run as Processing steps of the dock's pipeline, their
outputs given to the city report's emissions section.

:class:`EnergyPage` is the dock's section (widgets and :meth:`EnergyPage.settings`); :func:`energy_problems`,
:func:`energy_steps` and :func:`report_parameters` are what the pipeline's planner asks of it. Without a fleet
table every bus is taken as a 12 m diesel Euro V bus (``resources/presets/fleet_default.csv``), said in the
dock's notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from ..processing.bridge.parsers import parse_date
from .pipeline import Step, algorithm_exists
from .widgets import WrappedCheckBox, date_line_edit, file_widget, titled_box

PLUGIN_DIR = Path(__file__).resolve().parents[1]
SAMPLE_FEEDS = [
    PLUGIN_DIR / "resources" / "sample" / "gtfs" / n for n in ("poa_eptc.zip", "poa_trensurb.zip")
]
SAMPLE_DATE = "2019-05-13"
DEFAULT_FLEET = PLUGIN_DIR / "resources" / "presets" / "fleet_default.csv"
ACTIVITY = "conecta:busactivity"
EMISSIONS = "conecta:busemissions"
EBUS = "conecta:ebusenergy"


class EnergyPage:
    """Translation context of the dock's energy step (``EnergyPage.tr``)."""

    @staticmethod
    def tr(text: str) -> str:
        """Translate ``text`` in this class's context."""
        return QCoreApplication.translate("EnergyPage", text)

    def __init__(self, changed=None) -> None:
        self.box, layout = titled_box(self.tr("Energy and emissions (buses, from GTFS)"))
        self.enabled = WrappedCheckBox(self.tr("Bus activity, emissions and e-bus energy of a GTFS day"))
        layout.addWidget(self.enabled)
        self.form = QWidget()
        form = QFormLayout(self.form)
        self.gtfs_widget = file_widget(self.tr("GTFS zip files (*.zip)"), multiple=True)
        form.addRow(self.tr("GTFS feeds"), self.gtfs_widget)
        self.date_edit = date_line_edit()
        form.addRow(self.tr("Service date"), self.date_edit)
        self.fleet_widget = file_widget(
            self.tr("CSV files (*.csv)"),
            tooltip=self.tr(
                "route_id, size, fuel, euro or model_year, share; empty: 12 m diesel Euro V buses."
            ),
        )
        form.addRow(self.tr("Fleet table (optional)"), self.fleet_widget)
        self.source_combo = QComboBox()
        self.source_combo.addItems(
            [
                self.tr("CETESB (Brazil)"),
                self.tr("EMEP/EEA 2019 (speed curves)"),
                self.tr("Scaled (gtfs2emis)"),
            ]
        )
        self.source_combo.setCurrentIndex(1)
        form.addRow(self.tr("Emission factors"), self.source_combo)
        self.grid_edit = QLineEdit()
        self.grid_edit.setPlaceholderText(self.tr("Brazil, or 0.0385"))
        self.grid_edit.setToolTip(
            self.tr("Grid emission factor for electric buses: a country or kg CO2/kWh.")
        )
        form.addRow(self.tr("Grid factor"), self.grid_edit)
        layout.addWidget(self.form)
        self.enabled.toggled.connect(self.form.setEnabled)
        self.form.setEnabled(False)
        if changed is not None:
            self.enabled.toggled.connect(changed)
            self.gtfs_widget.fileChanged.connect(changed)
            self.fleet_widget.fileChanged.connect(changed)
            self.date_edit.textChanged.connect(changed)
            self.grid_edit.textChanged.connect(changed)
        # setVisible(True) on the box before it has a parent would open it as a window of its own, 525 px
        # wide, and the dock would keep that width: hide it only when the algorithms are missing
        if not algorithm_exists(EMISSIONS):
            self.box.hide()

    def use_sample(self) -> None:
        """The sample city's feeds (EPTC buses and Trensurb rail) and a Monday they run."""
        if all(path.exists() for path in SAMPLE_FEEDS):
            self.gtfs_widget.setFilePath(" ".join(f'"{path}"' for path in SAMPLE_FEEDS))
            self.date_edit.setText(SAMPLE_DATE)
            self.grid_edit.setText("Brazil")
            self.enabled.setChecked(True)

    def settings(self) -> EnergySettings:
        """What the planner chose."""
        return EnergySettings(
            enabled=self.enabled.isChecked() and algorithm_exists(EMISSIONS),
            gtfs=QgsFileWidget.splitFilePaths(self.gtfs_widget.filePath()),
            date=self.date_edit.text().strip(),
            fleet=self.fleet_widget.filePath().strip(),
            source=self.source_combo.currentIndex(),
            grid=self.grid_edit.text().strip(),
        )


@dataclass
class EnergySettings:
    """The energy step's choices."""

    enabled: bool = False
    gtfs: List[str] = field(default_factory=list)
    date: str = ""
    fleet: str = ""
    source: int = 1
    grid: str = ""


def energy_problems(s: Optional[EnergySettings]) -> List[str]:
    """What is missing or wrong in the energy step (nothing when it is off)."""
    if s is None or not s.enabled:
        return []
    out = []
    if not s.gtfs:
        out.append(EnergyPage.tr("Energy and emissions: choose the GTFS zip file(s)."))
    missing = [path for path in s.gtfs if not Path(path).is_file()]
    if missing:
        out.append(EnergyPage.tr("Energy and emissions: GTFS file not found: {}.").format(", ".join(missing)))
    try:
        parse_date(s.date)
    except ValueError:
        out.append(
            EnergyPage.tr("Energy and emissions: give the service date as YYYY-MM-DD, e.g. 2019-05-13.")
        )
    if s.fleet and not Path(s.fleet).is_file():
        out.append(EnergyPage.tr("Energy and emissions: the fleet table {} does not exist.").format(s.fleet))
    return out


def energy_notes(s: Optional[EnergySettings]) -> List[str]:
    """What the energy step assumes."""
    if s is None or not s.enabled or s.fleet:
        return []
    return [EnergyPage.tr("No fleet table: every bus is taken as a 12 m diesel Euro V bus.")]


def energy_steps(s: Optional[EnergySettings], zones, zone_id: str, folder: Path) -> List[Step]:
    """Bus activity, bus emissions (per zone when ``zones`` is given: polygons) and e-bus energy, their outputs
    in ``folder``."""
    if s is None or not s.enabled:
        return []
    day = {"GTFS": list(s.gtfs), "DATE": s.date}
    steps = []
    if algorithm_exists(ACTIVITY):
        steps.append(
            Step(
                "bus_activity",
                ACTIVITY,
                {
                    **day,
                    "OUTPUT_SEGMENTS": str(folder / "bus_segments.gpkg"),
                    "OUTPUT_ROUTES": str(folder / "bus_routes.csv"),
                    "OUTPUT_HOURLY": str(folder / "bus_hourly.csv"),
                },
                EnergyPage.tr("Bus activity from GTFS"),
                ["OUTPUT_SEGMENTS"],
                {"OUTPUT_SEGMENTS": EnergyPage.tr("Bus segments (speed)")},
            )
        )
    emissions: Dict[str, object] = {
        **day,
        "FLEET": s.fleet or str(DEFAULT_FLEET),
        "EF_SOURCE": s.source,
        "GRID_FACTOR": s.grid or None,
        "OUTPUT_SEGMENTS": str(folder / "bus_emissions_segments.gpkg"),
        "OUTPUT_ROUTES": str(folder / "bus_emissions_routes.csv"),
        "OUTPUT_HOURLY": str(folder / "bus_emissions_hourly.csv"),
    }
    if zones is not None:
        emissions.update(ZONES=zones, ZONES_ID=zone_id, OUTPUT_ZONES=str(folder / "bus_emissions_zones.gpkg"))
    steps.append(
        Step(
            "bus_emissions",
            EMISSIONS,
            emissions,
            EnergyPage.tr("Bus emissions from GTFS"),
            ["OUTPUT_ZONES", "OUTPUT_SEGMENTS"],
            {
                "OUTPUT_ZONES": EnergyPage.tr("Bus CO2 by zone"),
                "OUTPUT_SEGMENTS": EnergyPage.tr("Bus CO2 along the streets"),
            },
        )
    )
    if algorithm_exists(EBUS):
        energy = {**day, "FLEET": s.fleet or None, "OUTPUT_CHART": str(folder / "ebus_charging.png")}
        for key in ("OUTPUT_BLOCKS", "OUTPUT_ROUTES", "OUTPUT_TERMINALS", "OUTPUT_PROFILE"):
            energy[key] = str(folder / f"ebus_{key[7:].lower()}.csv")
        steps.append(Step("ebus_energy", EBUS, energy, EnergyPage.tr("E-bus energy and charging")))
    return steps


def report_parameters(steps: List[Step]) -> Dict[str, object]:
    """The city report's emissions inputs from the energy steps' outputs."""
    step = next((s for s in steps if s.algorithm == EMISSIONS), None)
    if step is None:
        return {}
    return {
        "EMISSIONS_MAP": step.parameters.get("OUTPUT_ZONES") or step.parameters["OUTPUT_SEGMENTS"],
        "EMISSIONS_ROUTES": step.parameters["OUTPUT_ROUTES"],
    }
