"""conecta:affordability — what commuting by public transport costs a month as a share of income, by zone and
by income decile, and the share of the population above a threshold (10 % by default), from a travel matrix
with fares (conecta:transitmatrix with a fare structure), with a styled map, a table by decile and a chart."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QVariant

from ...core import affordability as core
from ...core.od import id_keys
from ...translation import format_number, localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.messages import push_count, show_ids
from ..bridge.params import MatrixInput, ZonesInput
from ..bridge.styles import graduated, on_load
from ..bridge.writers import write_table, write_with_fields

ZONE_FIELDS = {
    "trip_fare": "aff_fare",
    "monthly_cost": "aff_month",
    "share": "aff_share",
    "above": "aff_over",
    "decile": "inc_decile",
}
"""Core columns → the fields written on the zones (share in percent)."""
DECILE_TYPES = {
    "decile": QVariant.Int,
    "population": QVariant.Double,
    "mean_share_pct": QVariant.Double,
    "share_above_pct": QVariant.Double,
    "monthly_cost": QVariant.Double,
    "income": QVariant.Double,
}


class Affordability(MatrixInput, ZonesInput, ConectaAlgorithm):
    """Monthly cost of commuting as a share of income, by zone and income decile."""

    ALG_NAME = "affordability"
    GROUP_ID = "transit"
    POPULATION = "POPULATION"
    INCOME = "INCOME"
    INCOME_KIND = "INCOME_KIND"
    TRAVELLERS = "TRAVELLERS"
    OPPORTUNITIES = "OPPORTUNITIES"
    FARE_FIELD = "FARE_FIELD"
    MAX_TIME_FARE = "MAX_TIME_FARE"
    SUMMARY = "SUMMARY"
    TRIPS = "TRIPS"
    MONTHLY_PASS = "MONTHLY_PASS"
    THRESHOLD = "THRESHOLD"
    OUTPUT = "OUTPUT"
    DECILES = "DECILES"
    CHART = "CHART"
    SHARE_ABOVE = "SHARE_ABOVE"

    def displayName(self) -> str:
        return self.tr("Affordability of public transport")

    def shortHelpString(self) -> str:
        return self.tr(
            "What commuting by public transport costs a month as a share of income, by zone and by income "
            "decile, and the share of the population for whom it is above a threshold (10 % by default).\n\n"
            "The fare of a trip from a zone is the fare of reaching its opportunities (e.g. jobs) within the "
            "travel time: for each destination reached within it, the cheapest fare of the matrix's rows for "
            "the pair (a matrix of conecta:transitmatrix with a fare structure, or with fare budgets), "
            "averaged over the destinations weighted by their opportunities (or their weighted median). "
            "Walking trips cost nothing. A month is that fare × the trips per month (44 = 22 working days × "
            "2), or a monthly pass when cheaper. The share is the monthly cost ÷ income per capita, or × the "
            "travellers per household ÷ household income.\n\n"
            "Zones with a NULL, zero or negative income, and zones that reach no opportunity within the time, "
            "are left out and counted in the log. Income deciles are population-weighted (1 = poorest). "
            "Target 11.2 of the SDGs asks for affordable transport; the cost of commuting as a share of income "
            "and the share of the population above a threshold are the usual forms of that measure (see the "
            "documentation for sources)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_zone_parameters()
        self.add_field(self.POPULATION, self.tr("Population field"), self.ZONES, numeric=True)
        self.add_field(self.INCOME, self.tr("Income field"), self.ZONES, numeric=True)
        self.add_choice(
            self.INCOME_KIND, self.tr("The income is"), [self.tr("Per capita"), self.tr("Per household")]
        )
        self.add_number(
            self.TRAVELLERS, self.tr("Commuters per household (household income)"), 1.0, minimum=0.01,
            advanced=True,
        )  # fmt: skip
        self.add_field(
            self.OPPORTUNITIES, self.tr("Opportunities field (weight of destinations, e.g. jobs)"), self.ZONES,
            numeric=True,
        )  # fmt: skip
        self.add_matrix_parameters(with_network=False)
        self.add_text(self.FARE_FIELD, self.tr("Matrix fare field"), "fare", advanced=True)
        self.add_number(
            self.MAX_TIME_FARE, self.tr("Travel time to the opportunities (minutes)"), 60.0, minimum=1.0
        )
        self.add_choice(
            self.SUMMARY, self.tr("Fare of a trip: over the opportunities reached"),
            [self.tr("Weighted mean"), self.tr("Weighted median")],
        )  # fmt: skip
        self.add_number(self.TRIPS, self.tr("Trips per month"), core.TRIPS_PER_MONTH, minimum=1.0)
        self.add_number(
            self.MONTHLY_PASS, self.tr("Price of a monthly pass (optional)"), None, minimum=0.0, optional=True,
            help_text=self.tr("The month costs the pass when it is cheaper than the trips."),
        )  # fmt: skip
        self.add_number(
            self.THRESHOLD,
            self.tr("Threshold (% of income)"),
            100 * core.THRESHOLD,
            minimum=0.01,
            maximum=100.0,
        )
        self.add_sink(self.OUTPUT, self.tr("Affordability by zone"))
        self.add_sink(self.DECILES, self.tr("Affordability by income decile"), QgsProcessing.TypeVector)
        chart = QgsProcessingParameterFileDestination(
            self.CHART, self.tr("Chart"), self.tr("PNG files (*.png)"), optional=True, createByDefault=True
        )
        self.add(chart)
        self.addOutput(
            QgsProcessingOutputNumber(
                self.SHARE_ABOVE, self.tr("Share of the population above the threshold (%)")
            )
        )

    def _settings(self, parameters, context) -> core.AffordabilitySettings:
        """The run's settings from the parameters."""
        monthly_pass = None
        if parameters.get(self.MONTHLY_PASS) not in (None, ""):
            monthly_pass = self.parameterAsDouble(parameters, self.MONTHLY_PASS, context)
        return core.AffordabilitySettings(
            max_time=self.parameterAsDouble(parameters, self.MAX_TIME_FARE, context),
            trips_per_month=self.parameterAsDouble(parameters, self.TRIPS, context),
            threshold=self.parameterAsDouble(parameters, self.THRESHOLD, context) / 100.0,
            summary=core.SUMMARIES[self.parameterAsEnum(parameters, self.SUMMARY, context)],
            monthly_pass=monthly_pass,
            household=self.parameterAsEnum(parameters, self.INCOME_KIND, context) == 1,
            travellers=self.parameterAsDouble(parameters, self.TRAVELLERS, context),
        )

    def process(self, parameters, context, feedback):
        settings = self._settings(parameters, context)
        names = [
            self.parameterAsString(parameters, k, context)
            for k in (self.POPULATION, self.INCOME, self.OPPORTUNITIES)
        ]
        zones = self.read_zone_layer(parameters, context, feedback, names)
        fare_field = (self.parameterAsString(parameters, self.FARE_FIELD, context) or "fare").strip()
        source = self.read_matrix(parameters, context, feedback, extra_columns=[fare_field])
        matrix = pd.concat(list(source.chunks), ignore_index=True)
        matrix = pd.DataFrame(
            {
                "from_id": id_keys(matrix[source.columns[0]]),
                "to_id": id_keys(matrix[source.columns[1]]),
                "travel_time": matrix[source.columns[2]],
                "fare": matrix[fare_field],
            }
        )
        frame = zones.frame[names].set_axis(["population", "income", "opportunities"], axis=1)
        frame.index = pd.Index(id_keys(frame.index), name="id")
        result = core.affordability(matrix, frame, settings, self.progress_callback(feedback))
        self._report(result, names, settings, feedback)
        values = result.zones[list(ZONE_FIELDS)].rename(columns=ZONE_FIELDS)
        values["aff_share"] = values["aff_share"] * 100.0
        values.index = zones.frame.index
        dest = write_with_fields(self, parameters, self.OUTPUT, context, feedback, zones, values)
        on_load(context, dest, graduated("aff_share"))
        table = self._decile_table(result)
        results = {
            self.OUTPUT: dest,
            self.DECILES: write_table(self, parameters, self.DECILES, context, feedback, table, DECILE_TYPES),
            self.SHARE_ABOVE: 100.0 * result.share_above,
        }
        results.update(self._chart(parameters, context, table, settings, feedback))
        return results

    @staticmethod
    def _decile_table(result) -> pd.DataFrame:
        """The table by income decile (shares in percent)."""
        deciles = result.deciles
        return pd.DataFrame(
            {
                "decile": deciles.index.to_numpy(dtype=int),
                "population": deciles["population"].to_numpy(),
                "mean_share_pct": 100.0 * deciles["mean_share"].to_numpy(),
                "share_above_pct": 100.0 * deciles["share_above"].to_numpy(),
                "monthly_cost": deciles["monthly_cost"].to_numpy(),
                "income": deciles["income"].to_numpy(),
            }
        )

    def _report(self, result, names: list, settings, feedback) -> None:
        """Zones left out, counted, and the headline figure."""
        diag = result.diagnostics
        if diag.no_income:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} zones ({1} people) have a NULL, zero or negative income in {2} and are left out: {3}"
                    )
                ).format(len(diag.no_income), diag.no_income_population, names[1], show_ids(diag.no_income))
            )
        if diag.no_trip:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} zones ({1} people) reach no opportunity within {2} minutes and are left out: {3}"
                    )
                ).format(
                    len(diag.no_trip), diag.no_trip_population, settings.max_time, show_ids(diag.no_trip)
                )
            )
        push_count(
            feedback,
            diag.no_population,
            self.tr("{0} zones have a NULL or negative population in {1}: counted as 0."),
            names[0],
        )
        if result.population > 0:
            feedback.pushInfo(
                localized(
                    self.tr(
                        "{0} % of the population ({1} people counted) spend more than {2} % of their income on commuting."
                    )
                ).format(
                    format_number(100.0 * result.share_above, 1),
                    result.population,
                    100.0 * settings.threshold,
                )
            )
        else:
            feedback.pushWarning(
                self.tr("No zone has both an income and a trip within the time: nothing to measure.")
            )

    def _chart(self, parameters, context, table: pd.DataFrame, settings, feedback) -> dict:
        """The chart by income decile (when a chart file is asked for)."""
        path = self.parameterAsFileOutput(parameters, self.CHART, context)
        if not path or table.empty:
            return {}
        from ..report.fares import affordability_png

        path = Path(path).with_suffix(".png")
        texts = {
            "title": self.tr("Commuting cost by income decile"),
            "x": self.tr("Income decile (1 = poorest)"),
            "share": self.tr("Monthly cost, % of income (mean)"),
            "above": localized(self.tr("Population above {} % of income (%)")).format(
                100.0 * settings.threshold
            ),
        }
        affordability_png(path, table, texts)
        feedback.pushInfo(self.tr("Chart written to {}").format(str(path)))
        return {self.CHART: str(path)}
