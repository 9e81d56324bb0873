"""The Analysis dock's public-transport step: GTFS feeds, a service date and, optionally, a fare structure and a
budget per trip.

With feeds, the pipeline adds conecta:transitmatrix (with the fare structure: fastest journeys and their fares;
with a budget, the time × fare frontier of the budget and no limit), conecta:accessibility on that matrix (jobs
within the cutoffs; with a budget, within the cutoffs and the budget: ``acc_jobs_60_fare4_8``) and, with an
income field and a fare structure, conecta:affordability; the city report then maps the public-transport
fields and adds affordability by income decile. The sample city sets its two feeds, 2019-05-13 at 14:00 and the Porto
Alegre fare structure with a budget of R$ 4.80 (one bus fare).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

from qgis.core import QgsApplication
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout

from ..core.access_family import CostCutoffs
from ..core.accessibility import MEASURE, MEASURES, output_field
from .widgets import date_line_edit, file_widget, wrapped_label

TRANSIT_MATRIX = "conecta:transitmatrix"
ACCESSIBILITY = "conecta:accessibility"
AFFORDABILITY = "conecta:affordability"
PLUGIN = Path(__file__).resolve().parents[1]
SAMPLE_FEEDS = [
    PLUGIN / "resources" / "sample" / "gtfs" / name for name in ("poa_eptc.zip", "poa_trensurb.zip")
]
SAMPLE_FARES = PLUGIN / "resources" / "fares" / "porto_alegre_2019.json"
TRANSIT_MODE = 3
"""The report's TRAVEL_MODE index of public transport."""


class TransitStep:
    """Translation context of the public-transport step."""

    @staticmethod
    def tr(text: str) -> str:
        """``text`` in QGIS's language."""
        return QCoreApplication.translate("TransitStep", text)


@dataclass
class TransitChoice:
    """The public-transport step as the planner set it (no feeds: no step)."""

    feeds: List[str] = field(default_factory=list)
    date: str = ""
    departure: str = "07:00"
    fares: str = ""
    max_fare: str = ""

    def budget(self) -> Optional[float]:
        """The budget per trip (None when empty or not a number)."""
        try:
            value = float(self.max_fare.replace(",", "."))
        except ValueError:
            return None
        return value if value >= 0 else None


class TransitBox(QGroupBox):
    """The dock's "Public transport (optional)" box."""

    def __init__(self, changed: Callable[[], None]) -> None:
        super().__init__()
        outer = QVBoxLayout(self)  # a QGroupBox title cannot wrap: the Spanish one made the dock 300 px wide
        heading = wrapped_label(TransitStep.tr("Public transport (optional)"))
        heading.setStyleSheet("font-weight: bold;")
        outer.addWidget(heading)
        form = QFormLayout()
        outer.addLayout(form)
        self.feeds = file_widget(TransitStep.tr("GTFS feeds (*.zip)"), multiple=True)
        form.addRow(TransitStep.tr("GTFS feeds"), self.feeds)
        self.date = date_line_edit()
        form.addRow(TransitStep.tr("Service date"), self.date)
        self.departure = QLineEdit("07:00")
        form.addRow(TransitStep.tr("Departure time"), self.departure)
        self.fares = file_widget(
            TransitStep.tr("Fare structures (*.json *.zip)"),
            tooltip=TransitStep.tr(
                "Fares by mode, agency or route and transfer discounts (resources/fares has examples)."
            ),
        )
        form.addRow(TransitStep.tr("Fare structure (optional)"), self.fares)
        self.max_fare = QLineEdit()
        self.max_fare.setToolTip(
            TransitStep.tr(
                "Budget per trip: jobs reachable within the cutoffs and this fare are counted too."
            )
        )
        form.addRow(TransitStep.tr("Budget per trip (optional)"), self.max_fare)
        for widget in (self.feeds, self.fares):
            widget.fileChanged.connect(lambda *_: changed())
        for edit in (self.date, self.departure, self.max_fare):
            edit.textChanged.connect(lambda *_: changed())

    def choice(self) -> TransitChoice:
        """What the box holds."""
        feeds = [p for p in QgsFileWidget.splitFilePaths(self.feeds.filePath()) if p]
        return TransitChoice(
            feeds, self.date.text().strip(), self.departure.text().strip(), self.fares.filePath().strip(),
            self.max_fare.text().strip(),
        )  # fmt: skip

    def use_sample(self) -> None:
        """The sample city's feeds, date, departure and fare structure with a one-bus-fare budget."""
        self.feeds.setFilePath(" ".join(f'"{p}"' for p in SAMPLE_FEEDS))
        self.date.setText("2019-05-13")
        self.departure.setText("14:00")
        self.fares.setFilePath(str(SAMPLE_FARES))
        self.max_fare.setText("4.80")


def transit_problems(choice: Optional[TransitChoice]) -> List[str]:
    """What keeps the public-transport step from running (nothing without feeds)."""
    if choice is None or not choice.feeds:
        return []
    out = []
    if QgsApplication.processingRegistry().algorithmById(TRANSIT_MATRIX) is None:
        out.append(
            TransitStep.tr("The algorithm {} is not available: update Conecta.").format(TRANSIT_MATRIX)
        )
    missing = [p for p in [*choice.feeds, choice.fares] if p and not Path(p).exists()]
    if missing:
        out.append(TransitStep.tr("File not found: {}").format(", ".join(missing)))
    if not choice.date:
        out.append(TransitStep.tr("Give the service date of the GTFS feeds (YYYY-MM-DD)."))
    if choice.max_fare and choice.budget() is None:
        out.append(TransitStep.tr("The budget per trip must be a number of 0 or more."))
    if choice.max_fare and not choice.fares:
        out.append(TransitStep.tr("A budget per trip needs a fare structure."))
    return out


def transit_steps(planner, s, folder: Path, zones, cutoffs: List[float], step_class) -> list:
    """The public-transport steps (none without feeds): matrix, accessibility (and within the budget),
    affordability."""
    choice = s.transit
    if choice is None or not choice.feeds:
        return []
    matrix = str(folder / "travel_times_transit.csv")
    budget = choice.budget() if choice.fares else None
    fares: Dict[str, object] = {"FARE_STRUCTURE": choice.fares or None}
    if budget is not None:
        fares["FARE_BUDGETS"] = f"{budget:g}, inf"
    steps = [
        step_class(
            "matrix_transit",
            TRANSIT_MATRIX,
            {
                "GTFS": list(choice.feeds),
                "DATE": choice.date,
                "DEPARTURE_TIME": choice.departure,
                "TIME_WINDOW": 60,
                "PERCENTILES": "50",
                "SINGLE_COLUMN_NAME": "travel_time",
                "MAX_TRIP_DURATION": max(cutoffs),
                "NETWORK": s.network.id(),
                "ORIGINS": zones,
                "ORIGINS_ID": s.id_field,
                "OUTPUT": matrix,
                **fares,
            },
            TransitStep.tr("Travel times (public transport)"),
        )  # fmt: skip
    ]
    access = str(folder / "accessibility_transit.gpkg")
    cumulative = MEASURES.index(MEASURE["cumulative"])
    parameters = {"TRAVEL_MATRIX": matrix, "ZONES": zones, "ZONES_ID": s.id_field, "OPPORTUNITIES": list(s.opportunities),
                  "POPULATION": s.population_field, "MEASURE": cumulative,
                  "CUTOFF": ", ".join(f"{c:g}" for c in cutoffs), "OUTPUT": access}  # fmt: skip
    label, name = (
        TransitStep.tr("Accessibility (public transport)"),
        TransitStep.tr("Accessibility — public transport"),
    )
    if budget is not None:  # the frontier has two rows per pair: count those within the time and the budget
        parameters["EXTRA_COSTS"] = f"fare:{budget:g}"
        label = TransitStep.tr("Accessibility within the budget (public transport)")
        name = TransitStep.tr("Accessibility within the budget — public transport")
    steps.append(
        step_class("accessibility_transit", ACCESSIBILITY, parameters, label, ["OUTPUT"], {"OUTPUT": name})
    )
    if choice.fares and s.income_field and s.opportunities:
        steps.append(
            step_class("affordability", AFFORDABILITY,
                       {"ZONES": zones, "ZONES_ID": s.id_field, "POPULATION": s.population_field,
                        "INCOME": s.income_field, "OPPORTUNITIES": s.opportunities[0], "TRAVEL_MATRIX": matrix,
                        "MAX_TIME_FARE": max(cutoffs), "OUTPUT": str(folder / "affordability.gpkg"),
                        "DECILES": str(folder / "affordability_deciles.csv"), "CHART": str(folder / "affordability.png")},
                       TransitStep.tr("Affordability of public transport"), ["OUTPUT"], {"OUTPUT": TransitStep.tr("Affordability")})
        )  # fmt: skip
    return steps


def transit_report(steps: list, s, cutoffs: List[float]) -> dict:
    """The report's parameters when the run has a public-transport step: its zones and fields (counted within
    the budget when there is one), public transport as the travel mode and the affordability table."""
    transit = next((step for step in steps if step.key == "accessibility_transit"), None)
    if transit is None:
        return {}
    budget = s.transit.budget() if s.transit.fares else None
    cuts = [
        float(c) if budget is None else CostCutoffs(float(c), (("fare", budget),)) for c in reversed(cutoffs)
    ]
    fields = [output_field("cumulative", o, c) for c in cuts for o in s.opportunities]
    affordability = next((step for step in steps if step.algorithm == AFFORDABILITY), None)
    layer = transit.parameters["OUTPUT"]
    return {
        "ZONES": layer,
        "INPUT": layer,
        "ACCESS_FIELDS": fields,
        "ACCESS_FIELD": fields,
        "INEQUALITY": None,
        "TRAVEL_MODE": TRANSIT_MODE,
        "AFFORDABILITY": affordability.parameters["DECILES"] if affordability else None,
    }
