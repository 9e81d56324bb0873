"""The city report's emissions section: where the buses emit (a map of bus emissions per zone or along the
streets), the routes that emit most, the 2030 scenario's chart, with method notes and references.

:func:`add_parameters` declares the report's three optional inputs (the outputs of conecta:busemissions and
conecta:scenario2030), :func:`read_inputs` reads them through the bridge, and :meth:`EmissionsSection.extend`
adds the map page, the table, the chart and the notes to the report's content, in the report's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsMemoryProviderUtils,
    QgsProcessing,
    QgsProcessingException,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bridge.energy import read_table_frame
from ..bridge.features import GeometryLog, features, source_name
from ..bridge.messages import _Context
from ..bridge.readers import source_of
from ..bridge.styles import graduated
from . import layout as rl
from .energy_charts import scenario_png
from .maps import legend_format

EMISSIONS_MAP = "EMISSIONS_MAP"
EMISSIONS_ROUTES = "EMISSIONS_ROUTES"
SCENARIO_TABLE = "SCENARIO_TABLE"
TOP_ROUTES = 12
"""Routes listed one by one in the report's table (the others are summed)."""
REFERENCES = (
    "Vieira, J. P. B., Pereira, R. H. M., Andrade, P. R. et al. (2023). Estimating public transport emissions "
    "from General Transit Feed Specification data. Transportation Research Part D 119: 103757 (gtfs2emis, IPEA).",
    "EEA (2019). EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv Road transport "
    "(Tier 3 hot-emission speed functions). European Environment Agency.",
    "CETESB (2020). Emissões veiculares no estado de São Paulo: fatores de emissão de ônibus urbanos por ano "
    "de fabricação. Companhia Ambiental do Estado de São Paulo.",
    "Schipper, L., Marie-Lilliu, C. & Gorham, R. (2000). Flexing the link between transport and greenhouse gas "
    "emissions: a path for the World Bank. Paris: International Energy Agency (the ASIF framework).",
)


class EmissionsInputs(_Context):
    """Translation context of the emissions section's parameters and messages (in QGIS's language)."""


def add_parameters(alg) -> None:
    """Declare the report's emissions inputs (all optional)."""
    kinds = [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorLine]
    alg.add_layer(
        EMISSIONS_MAP, EmissionsInputs.tr("Bus emissions by zone or by segment (of 'Bus emissions from GTFS')"),
        kinds, optional=True,
        help_text=EmissionsInputs.tr(
            "With any of the three emissions inputs the report gets an emissions section: a map of where the "
            "buses emit (CO2 per km² of each zone, or along the streets), the routes that emit most, the 2030 "
            "scenario's chart and the method notes."
        ),
    )  # fmt: skip
    alg.add_table(
        EMISSIONS_ROUTES, EmissionsInputs.tr("Bus emissions by route (table of 'Bus emissions from GTFS')"),
        optional=True,
    )  # fmt: skip
    alg.add_table(
        SCENARIO_TABLE, EmissionsInputs.tr("CO2 scenario by mode and year (table of 'CO2 scenarios to 2030')"),
        optional=True,
    )  # fmt: skip


@dataclass
class EmissionsData:
    """What the section shows, read once: a map layer with one value field, the route and scenario tables."""

    layer: Optional[QgsVectorLayer]
    field: str
    source: str
    routes: Optional[pd.DataFrame]
    scenario: Optional[pd.DataFrame]


def _map_layer(source, field: str, lines: bool, context, feedback) -> QgsVectorLayer:
    """A memory copy of the map input with ``field``; segment lines of several trips on one street piece are
    merged into one line holding their sum (kg)."""
    fields = QgsFields()
    fields.append(QgsField(field, QVariant.Double))
    kind = QgsWkbTypes.LineString if lines else source.wkbType()
    layer = QgsMemoryProviderUtils.createMemoryLayer(field, fields, kind, source.sourceCrs())
    request = QgsFeatureRequest().setSubsetOfAttributes([field], source.fields())
    log = GeometryLog(source_name(source))
    sums, shapes, out = {}, {}, []
    for feature in features(source, context, feedback, request, log=log):
        value, geometry = feature[field], feature.geometry()
        if geometry is None or geometry.isNull() or value is None:
            continue
        if not lines:
            copy = QgsFeature(fields)
            copy.setGeometry(geometry)
            copy.setAttributes([float(value)])
            out.append(copy)
            continue
        key = bytes(geometry.asWkb())
        sums[key] = sums.get(key, 0.0) + float(value) / 1000.0
        shapes.setdefault(key, geometry)
    log.report(feedback)
    for key, total in sums.items():
        copy = QgsFeature(fields)
        copy.setGeometry(shapes[key])
        copy.setAttributes([total])
        out.append(copy)
    layer.dataProvider().addFeatures(out)
    layer.updateExtents()
    return layer


def read_inputs(alg, parameters, context, feedback) -> Optional[EmissionsData]:
    """The emissions inputs of the report, or None when none is given."""
    given = [parameters.get(k) not in (None, "") for k in (EMISSIONS_MAP, EMISSIONS_ROUTES, SCENARIO_TABLE)]
    if not any(given):
        return None
    layer, field, name = None, "", ""
    if given[0]:
        source = source_of(alg, parameters, EMISSIONS_MAP, context)
        names = source.fields().names()
        lines = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.LineGeometry
        field = "co2_g" if lines else next((f for f in ("co2_kg_per_km2", "co2_kg") if f in names), "")
        if field not in names:
            raise QgsProcessingException(
                EmissionsInputs.tr(
                    "{0} has no field {1}: give the zones or segments written by 'Bus emissions from GTFS'."
                ).format(source_name(source), field or "co2_kg_per_km2")
            )
        name = source_name(source)
        layer = _map_layer(source, field, lines, context, feedback)
    routes = read_table_frame(alg, parameters, EMISSIONS_ROUTES, context, feedback)
    scenario = read_table_frame(alg, parameters, SCENARIO_TABLE, context, feedback)
    for frame, columns, key in (
        (routes, ("route_id", "revenue_km", "co2_kg", "nox_g", "pm10_g", "energy_kwh"), EMISSIONS_ROUTES),
        (scenario, ("year", "mode", "co2_wtw_t", "co2_wtw_bau_t"), SCENARIO_TABLE),
    ):
        missing = [c for c in columns if frame is not None and c not in frame.columns]
        if missing:
            raise QgsProcessingException(
                EmissionsInputs.tr("The table {0} has no field {1}.").format(key, ", ".join(missing))
            )
    return EmissionsData(
        layer, "kg" if field == "co2_g" else field, name, _numbers(routes), _numbers(scenario)
    )


def _numbers(frame: Optional[pd.DataFrame]) -> Optional[pd.DataFrame]:
    if frame is None:
        return None
    for column in frame.columns:
        if column not in ("route_id", "mode"):
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame


class EmissionsSection:
    """The section's texts in the report's language (``text``: the report's :class:`content.ReportText`)."""

    def __init__(self, data: EmissionsData, text) -> None:
        self.data = data
        self.text = text

    def tr(self, source: str) -> str:
        """``source`` in the report's language."""
        return self.text.translator.translate(type(self).__name__, source)

    def mode_names(self) -> dict:
        """The scenario modes' names in the report's language."""
        return {
            "walk": self.tr("Walking"),
            "bike": self.tr("Cycling"),
            "car": self.tr("Car"),
            "motorcycle": self.tr("Motorcycle"),
            "bus": self.tr("Bus"),
            "brt": self.tr("BRT"),
            "metro": self.tr("Metro"),
        }

    def key_figures(self) -> List[tuple]:
        """Bus-km, CO2, NOx, PM10, electricity and its CO2, from the route table."""
        routes, number = self.data.routes, self.text.number
        if routes is None:
            return []
        figures = [
            (self.tr("Bus-km a day"), number(routes["revenue_km"].sum())),
            (self.tr("Fossil CO2, tank-to-wheel (t a day)"), number(routes["co2_kg"].sum() / 1000)),
            (self.tr("NOx (kg a day)"), number(routes["nox_g"].sum() / 1000)),
            (self.tr("PM10 (kg a day)"), number(routes["pm10_g"].sum() / 1000)),
        ]
        if routes["energy_kwh"].sum() > 0:
            figures.append(
                (self.tr("Electricity of electric buses (kWh a day)"), number(routes["energy_kwh"].sum()))
            )
            if "co2_grid_kg" in routes.columns:
                grid = routes["co2_grid_kg"].sum() / 1000
                figures.append((self.tr("CO2 of that electricity (t a day)"), number(grid)))
        return figures

    def route_table(self) -> Optional[rl.Table]:
        """The routes that emit most, the others summed, and all routes."""
        routes = self.data.routes
        if routes is None or routes.empty:
            return None
        routes = routes.sort_values("co2_kg", ascending=False)
        shown, rest = routes.head(TOP_ROUTES), routes.iloc[TOP_ROUTES:]
        number = self.text.number

        def row(name, part):
            return [
                name,
                number(part["revenue_km"].sum()),
                number(part["co2_kg"].sum() / 1000),
                number(part["nox_g"].sum() / 1000),
                number(part["pm10_g"].sum() / 1000),
                number(part["energy_kwh"].sum()),
            ]

        rows = [row(str(r.route_id), routes.loc[[i]]) for i, r in zip(shown.index, shown.itertuples())]
        if len(rest):
            rows.append(row(self.tr("Other routes ({})").format(len(rest)), rest))
        rows.append(row(self.tr("All routes"), routes))
        header = [
            self.tr("Route"),
            self.tr("Bus-km"),
            self.tr("CO2 (t)"),
            self.tr("NOx (kg)"),
            self.tr("PM10 (kg)"),
            self.tr("Electricity (kWh)"),
        ]
        title = self.tr("Bus emissions of a day by route (the routes that emit most)")
        return rl.Table(title, header, rows, [False] + [True] * 5)

    def scenario_table(self) -> Optional[rl.Table]:
        """CO2 of every year, scenario and business as usual."""
        scenario = self.data.scenario
        if scenario is None or scenario.empty:
            return None
        totals = scenario.groupby("year")[["co2_wtw_t", "co2_wtw_bau_t"]].sum()
        number = self.text.number
        rows = [
            [
                str(int(year)),
                number(r.co2_wtw_t),
                number(r.co2_wtw_bau_t),
                number(r.co2_wtw_t - r.co2_wtw_bau_t),
            ]
            for year, r in totals.iterrows()
        ]
        header = [
            self.tr("Year"),
            self.tr("Scenario (t CO2)"),
            self.tr("Business as usual (t CO2)"),
            self.tr("Change (t CO2)"),
        ]
        return rl.Table(
            self.tr("CO2 of passenger transport, well-to-wheel"), header, rows, [False, True, True, True]
        )

    def notes(self) -> List[str]:
        """Method notes of the section."""
        notes = [
            self.tr(
                "Bus emissions: Conecta reads the city's GTFS feed for one service day, measures every "
                "stop-to-stop segment along the route shapes and its scheduled speed, and multiplies the km by "
                "the emission factors of the fleet's vehicle classes (CETESB g/km by model year, or the EMEP/EEA "
                "2019 speed curves, or CETESB scaled by the EMEP/EEA curves as IPEA's gtfs2emis does). CO2 is "
                "fossil tank-to-wheel CO2; the biogenic CO2 of biodiesel and the CO2 of the electricity of "
                "electric buses (well-to-wheel) are reported apart."
            )
        ]
        if self.data.layer is not None:
            notes.append(
                self.tr(
                    "The map shows the bus emissions of layer {} (CO2 per km² of each zone, or kg along each street piece)."
                ).format(self.data.source)
            )
        if self.data.scenario is not None:
            notes.append(
                self.tr(
                    "Scenario: passenger-km, energy and CO2 by mode for the base and target years with the "
                    "Avoid-Shift-Improve-Fuel levers given, against business as usual (the base year's values, "
                    "population changing), as the ASIF framework of Schipper et al. (2000) sets out."
                )
            )
        return notes

    def extend(self, content: rl.ReportContent, work: Path, project) -> None:
        """Add the map page, the tables, the scenario chart, the notes and references to ``content``."""
        data = self.data
        if data.layer is not None:
            graduated(data.field, start="#fee5d9", end="#a50f15")(data.layer)
            values = np.array([f[data.field] for f in data.layer.getFeatures()], dtype=float)
            legend_format(data.layer, values, self.text.locale)
            project.addMapLayer(data.layer, False)
            legend = (
                self.tr("Bus CO2 (kg a day per km²)") if data.field != "kg" else self.tr("Bus CO2 (kg a day)")
            )
            title = self.tr("Map: where the buses emit CO2")
            heading = self.tr("Bus emissions: key figures")
            content.maps.append(rl.MapPanel(data.layer, title, heading, self.key_figures(), None, legend))
        content.tables.extend(t for t in (self.route_table(), self.scenario_table()) if t is not None)
        if data.scenario is not None:
            texts = {
                "title": self.tr("CO2 of passenger transport by mode (well-to-wheel)"),
                "y": self.tr("t CO2 (well-to-wheel)"),
                "bau": self.tr("Business as usual (total)"),
            }
            names = self.mode_names()
            png = scenario_png(work / "scenario.png", data.scenario, texts, names, self.text.locale)
            content.charts.append(rl.ChartRow(self.tr("2030 scenario: CO2 by mode and year"), [png], [1.0]))
        content.notes.extend(self.notes())
        content.references.extend(REFERENCES)
