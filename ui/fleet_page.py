"""The Analysis dock's "Fleet and industry" step: GTFS → fleet → renewal to the target year → cost of ownership.

:class:`FleetPage` is the dock's group of widgets (off until ticked); :class:`FleetSettings` is what the planner
chose there, with the checks, notes and Processing steps the pipeline adds (conecta:fleetfromgtfs,
conecta:fleetrenewal, conecta:busfleetcost) and the tables it hands to the city report. The page holds no
method logic: everything runs through the algorithms, so the dock's commands repeat it headless.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSizePolicy, QSpinBox, QWidget

from ..processing.bridge.fleet import (
    LOCAL_CONTENT_PRESETS,
    POLICY_PRESETS,
    local_content_labels,
    policy_labels,
)
from .pipeline import Step, algorithm_exists
from .widgets import WrappedCheckBox, file_widget, titled_box

FLEET = "conecta:fleetfromgtfs"
RENEWAL = "conecta:fleetrenewal"
COST = "conecta:busfleetcost"
ALGORITHMS = (FLEET, RENEWAL, COST)
COMBO_CHARS = 8
"""Combos show at least this many characters and otherwise take the width they are given (narrow docks)."""


@dataclass
class FleetSettings:
    """The fleet step as the planner set it (``gtfs`` a zip path; texts as typed)."""

    gtfs: str = ""
    date: str = ""
    start: str = ""
    end: str = ""
    layovers: str = "0, 5, 10"
    policy: int = 0
    local_content: int = 0
    base_year: int = 2024
    target_year: int = 2030

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context."""
        return QCoreApplication.translate("FleetSettings", text)

    def problems(self) -> List[str]:
        """What stops the fleet step (empty: ready)."""
        out = [
            self.tr("The algorithm {} is not available: update Conecta.").format(a)
            for a in ALGORITHMS
            if not algorithm_exists(a)
        ]
        if not self.gtfs:
            out.append(self.tr("Fleet and industry: choose the GTFS feed (zip file)."))
        elif not Path(self.gtfs).is_file():
            out.append(self.tr("Fleet and industry: the GTFS file {} does not exist.").format(self.gtfs))
        if self.date and not re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", self.date):
            out.append(self.tr("Fleet and industry: write the date as YYYY-MM-DD, e.g. 2019-05-13."))
        for clock in (self.start, self.end):
            if clock and not re.fullmatch(r"\d{1,2}:\d{2}", clock):
                out.append(self.tr("Fleet and industry: write times as HH:MM, e.g. 07:00."))
                break
        if not re.fullmatch(r"\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*", self.layovers or ""):
            out.append(
                self.tr("Fleet and industry: layovers are minutes separated by commas, e.g. 0, 5, 10.")
            )
        if self.target_year < self.base_year:
            out.append(
                self.tr("Fleet and industry: the target year {0} is before the base year {1}.").format(
                    self.target_year, self.base_year
                )
            )
        return out

    def notes(self) -> List[str]:
        """What the step will do, in one line."""
        return [
            self.tr(
                "Fleet and industry: the fleet of {0}, its renewal from {1} to {2} and its cost of ownership; "
                "prices, costs and local content are the presets' estimates (run the algorithms with your own "
                "tables to change them)."
            ).format(Path(self.gtfs).name, self.base_year, self.target_year)
        ]

    def files(self, folder: Path) -> Dict[str, str]:
        """The files the step writes in ``folder``."""
        names = {
            "routes": "fleet_routes.csv",
            "totals": "fleet_totals.csv",
            "hourly": "fleet_hourly.png",
            "renewal": "fleet_renewal.csv",
            "purchases": "fleet_purchases.csv",
            "fleet": "fleet_by_age.csv",
            "industry": "fleet_industry.csv",
            "renewal_chart": "fleet_renewal.png",
            "tco": "fleet_tco.csv",
            "fleet_cost": "fleet_cost.csv",
            "tco_chart": "fleet_tco.png",
        }
        return {key: str(folder / name) for key, name in names.items()}

    def steps(self, folder: Path) -> List[Step]:
        """The three Processing steps, their outputs in ``folder``."""
        f = self.files(folder)
        fleet = {
            "GTFS": self.gtfs,
            "DATE": self.date or None,
            "START_TIME": self.start or None,
            "END_TIME": self.end or None,
            "LAYOVER": self.layovers,
            "OUTPUT": f["routes"],
            "OUTPUT_TOTALS": f["totals"],
            "OUTPUT_CHART": f["hourly"],
        }
        renewal = {
            "FLEET": f["totals"],
            "BASE_YEAR": self.base_year,
            "TARGET_YEAR": self.target_year,
            "POLICY": self.policy,
            "LOCAL_CONTENT": self.local_content,
            "OUTPUT": f["renewal"],
            "OUTPUT_PURCHASES": f["purchases"],
            "OUTPUT_FLEET": f["fleet"],
            "OUTPUT_INDUSTRY": f["industry"],
            "OUTPUT_CHART": f["renewal_chart"],
        }
        cost = {
            "FLEET": f["fleet"],
            "OUTPUT": f["tco"],
            "OUTPUT_FLEET_COST": f["fleet_cost"],
            "OUTPUT_CHART": f["tco_chart"],
        }
        return [
            Step(
                "fleet",
                FLEET,
                fleet,
                self.tr("Bus fleet from GTFS"),
                ["OUTPUT_TOTALS"],
                {"OUTPUT_TOTALS": self.tr("Fleet — city totals")},
            ),
            Step(
                "fleet_renewal",
                RENEWAL,
                renewal,
                self.tr("Fleet renewal to {} and local industry").format(self.target_year),
                ["OUTPUT"],
                {"OUTPUT": self.tr("Fleet — renewal per year")},
            ),
            Step(
                "fleet_cost",
                COST,
                cost,
                self.tr("Total cost of ownership by technology"),
                ["OUTPUT"],
                {"OUTPUT": self.tr("Fleet — total cost of ownership")},
            ),
        ]

    def report_parameters(self, folder: Path) -> Dict[str, str]:
        """The report's fleet tables (written by the steps)."""
        f = self.files(folder)
        return {
            "FLEET_TOTALS": f["totals"],
            "FLEET_RENEWAL": f["renewal"],
            "FLEET_PURCHASES": f["purchases"],
            "FLEET_TCO": f["tco"],
        }


def narrow_combo(combo: QComboBox) -> QComboBox:
    """A combo that takes the width it is given (long preset names would widen a narrow dock)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARS)
    combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return combo


class FleetPage(QWidget):
    """The dock's "Fleet and industry" group: off until ticked; ``changed`` whenever a choice changes."""

    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        box, layout = titled_box(self.tr("Fleet and industry"))
        self.enabled_box = WrappedCheckBox(
            self.tr("Bus fleet from a GTFS feed, its renewal to the target year and its cost of ownership")
        )
        layout.addWidget(self.enabled_box)
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        self.gtfs_widget = file_widget(self.tr("GTFS feeds (*.zip)"))
        self.gtfs_widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("GTFS feed"), self.gtfs_widget)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD (empty: a weekday)"))
        form.addRow(self.tr("Service date"), self.date_edit)
        self.start_edit, self.end_edit = QLineEdit(), QLineEdit()
        self.start_edit.setPlaceholderText(self.tr("HH:MM (empty: whole day)"))
        self.end_edit.setPlaceholderText(self.tr("HH:MM (empty: whole day)"))
        form.addRow(self.tr("From"), self.start_edit)
        form.addRow(self.tr("To"), self.end_edit)
        self.layover_edit = QLineEdit("0, 5, 10")
        self.layover_edit.setToolTip(
            self.tr("Minimum minutes a bus waits at a terminal; several for sensitivity.")
        )
        form.addRow(self.tr("Layovers (minutes)"), self.layover_edit)
        self.policy_combo = narrow_combo(QComboBox())
        self.policy_combo.addItems(policy_labels()[: len(POLICY_PRESETS)])
        form.addRow(self.tr("Purchase policy"), self.policy_combo)
        self.content_combo = narrow_combo(QComboBox())
        self.content_combo.addItems(local_content_labels()[: len(LOCAL_CONTENT_PRESETS)])
        form.addRow(self.tr("Local content"), self.content_combo)
        self.base_spin, self.target_spin = QSpinBox(), QSpinBox()
        for spin, value in ((self.base_spin, 2024), (self.target_spin, 2030)):
            spin.setRange(1990, 2100)
            spin.setValue(value)
        form.addRow(self.tr("Base year"), self.base_spin)
        form.addRow(self.tr("Target year"), self.target_spin)
        layout.addWidget(self.form_widget)
        outer = QFormLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addRow(box)
        self.form_widget.setEnabled(False)
        self.enabled_box.toggled.connect(self.form_widget.setEnabled)
        self.enabled_box.toggled.connect(self.changed)
        self.gtfs_widget.fileChanged.connect(self.changed)
        for edit in (self.date_edit, self.start_edit, self.end_edit, self.layover_edit):
            edit.textChanged.connect(self.changed)
        for combo in (self.policy_combo, self.content_combo):
            combo.currentIndexChanged.connect(self.changed)
        for spin in (self.base_spin, self.target_spin):
            spin.valueChanged.connect(self.changed)

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context."""
        return QCoreApplication.translate("FleetPage", text)

    def use_feed(self, path: str) -> None:
        """Tick the step and set its GTFS feed (the sample city's, for example)."""
        self.gtfs_widget.setFilePath(path)
        self.enabled_box.setChecked(True)

    def settings(self):
        """The step's settings, or None when it is off."""
        if not self.enabled_box.isChecked():
            return None
        return FleetSettings(
            gtfs=self.gtfs_widget.filePath().strip(),
            date=self.date_edit.text().strip(),
            start=self.start_edit.text().strip(),
            end=self.end_edit.text().strip(),
            layovers=self.layover_edit.text().strip(),
            policy=self.policy_combo.currentIndex(),
            local_content=self.content_combo.currentIndex(),
            base_year=self.base_spin.value(),
            target_year=self.target_spin.value(),
        )
