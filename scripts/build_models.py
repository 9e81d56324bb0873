"""Build the Processing models shipped with Conecta (resources/models/*.model3), run with QGIS's Python:

    /usr/bin/python3 scripts/build_models.py

brt_scenario.model3 chains conecta:gtfsscenario → conecta:transitmatrix → conecta:accessibility →
conecta:comparescenarios: a feed with new routes (or edits) → public-transport travel times → accessibility of
the zones → who gains against a baseline accessibility layer. The provider loads it as conecta:brt_scenario.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QPointF, QTime

REPO = Path(__file__).resolve().parents[1]
MODELS = REPO / "resources" / "models"

Source = QgsProcessingModelChildParameterSource


def _input(model: QgsProcessingModelAlgorithm, parameter, x: float, y: float) -> None:
    component = QgsProcessingModelParameter(parameter.name())
    component.setPosition(QPointF(x, y))
    model.addModelParameter(parameter, component)


def _inputs(model: QgsProcessingModelAlgorithm) -> None:
    optional = QgsProcessingParameterFeatureSource.FlagOptional
    field = QgsProcessingParameterField
    rows = [
        QgsProcessingParameterFile("gtfs", "GTFS feed (zip)", extension="zip"),
        QgsProcessingParameterFeatureSource("new_routes", "New routes (lines)", [QgsProcessing.TypeVectorLine], optional=True),
        QgsProcessingParameterFeatureSource("edits", "Edits table", [QgsProcessing.TypeVector], optional=True),
        QgsProcessingParameterNumber("stop_spacing", "Stop spacing (m)", QgsProcessingParameterNumber.Double, 400.0, False, 1.0),
        QgsProcessingParameterFeatureSource("network", "Street network for walking", [QgsProcessing.TypeVectorLine]),
        QgsProcessingParameterVectorLayer("zones", "Zones", [QgsProcessing.TypeVectorPolygon]),
        field("zones_id", "Zone id field", None, "zones"),
        field("opportunities", "Opportunities field (e.g. jobs)", None, "zones", field.Numeric),
        field("population", "Population field", None, "zones", field.Numeric),
        field("income", "Income per capita field", None, "zones", field.Numeric, optional=True),
        QgsProcessingParameterDateTime("date", "Service date", QgsProcessingParameterDateTime.Date),
        QgsProcessingParameterDateTime("departure", "Departure time", QgsProcessingParameterDateTime.Time, QTime(7, 0)),
        QgsProcessingParameterNumber("window", "Departure time window (minutes)", QgsProcessingParameterNumber.Integer, 60, False, 1),
        QgsProcessingParameterString("cutoff", "Cutoff (minutes)", "60"),
        QgsProcessingParameterVectorLayer("baseline", "Baseline accessibility (the zones run on the current feed)", [QgsProcessing.TypeVectorPolygon]),
        field("baseline_field", "Baseline accessibility field (e.g. acc_jobs_60)", None, "baseline", field.Numeric),
    ]  # fmt: skip
    for k, parameter in enumerate(rows):
        if parameter.name() in ("new_routes", "edits", "income"):
            parameter.setFlags(parameter.flags() | optional)
        _input(model, parameter, 120.0 + 180.0 * (k % 4), 60.0 + 70.0 * (k // 4))


def _child(model, alg_id: str, child_id: str, sources: dict, outputs: dict, x: float, y: float) -> None:
    child = QgsProcessingModelChildAlgorithm(alg_id)
    child.setChildId(child_id)
    child.setDescription(child_id)
    child.setPosition(QPointF(x, y))
    for name, source in sources.items():
        child.addParameterSources(name, [source])
    wanted = {}
    for output_name, (child_output, label) in outputs.items():
        output = QgsProcessingModelOutput(output_name, label)
        output.setChildId(child_id)
        output.setChildOutputName(child_output)
        wanted[output_name] = output
    child.setModelOutputs(wanted)
    model.addChildAlgorithm(child)


def build() -> QgsProcessingModelAlgorithm:
    """The BRT scenario model."""
    model = QgsProcessingModelAlgorithm("brt_scenario", "Scenarios", "scenarios")
    _inputs(model)
    param, child, value = Source.fromModelParameter, Source.fromChildOutput, Source.fromStaticValue
    _child(
        model, "conecta:gtfsscenario", "gtfsscenario",
        {"GTFS": param("gtfs"), "NEW_ROUTES": param("new_routes"), "EDITS": param("edits"),
         "STOP_SPACING": param("stop_spacing")},
        {"new_gtfs": ("OUTPUT", "New GTFS feed")}, 200.0, 400.0,
    )  # fmt: skip
    _child(
        model, "conecta:transitmatrix", "transitmatrix",
        {"GTFS": child("gtfsscenario", "OUTPUT"), "NETWORK": param("network"), "ORIGINS": param("zones"),
         "ORIGINS_ID": param("zones_id"), "DATE": param("date"), "DEPARTURE_TIME": param("departure"),
         "TIME_WINDOW": param("window"), "PERCENTILES": value("50")},
        {}, 400.0, 480.0,
    )  # fmt: skip
    _child(
        model, "conecta:accessibility", "accessibility",
        {"TRAVEL_MATRIX": child("transitmatrix", "OUTPUT"), "COST_FIELD": value("travel_time_p50"),
         "ZONES": param("zones"), "ZONES_ID": param("zones_id"), "OPPORTUNITIES": param("opportunities"),
         "POPULATION": param("population"), "MEASURE": value(0), "CUTOFF": param("cutoff")},
        {"scenario_access": ("OUTPUT", "Scenario accessibility")}, 600.0, 560.0,
    )  # fmt: skip
    _child(
        model, "conecta:comparescenarios", "comparescenarios",
        {"BASELINE": param("baseline"), "BASELINE_ID": param("zones_id"), "BASELINE_FIELD": param("baseline_field"),
         "SCENARIO": child("accessibility", "OUTPUT"), "SCENARIO_ID": param("zones_id"),
         "POPULATION": param("population"), "INCOME": param("income")},
        {"change": ("OUTPUT", "Change per zone"), "summary": ("SUMMARY", "Who gains (summary)"),
         "chart": ("CHART", "Chart of the change by income decile")}, 800.0, 640.0,
    )  # fmt: skip
    model.setHelpContent(
        {
            "ALG_DESC": "A public-transport scenario from drawn routes or edits to who gains: conecta:gtfsscenario, "
            "conecta:transitmatrix (median over the window), conecta:accessibility (cumulative, the cutoff "
            "given) and conecta:comparescenarios against a baseline accessibility layer of the same zones, "
            "opportunities and cutoff.",
        }
    )
    return model


def main() -> int:
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    MODELS.mkdir(parents=True, exist_ok=True)
    path = MODELS / "brt_scenario.model3"
    if not build().toFile(str(path)):
        print(f"could not write {path}", file=sys.stderr)
        return 1
    print(path)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
