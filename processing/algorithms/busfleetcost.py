"""conecta:busfleetcost — total cost of ownership of buses by technology (eflips-tco formulas: capex as
annuities, opex escalated, discounted to the base year), per km and per year, the break-even year against
diesel, and the yearly cost of a fleet (the fleet of conecta:fleetrenewal).
"""

from __future__ import annotations

import math
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
)

from ...core.fleet import load_cost_preset
from ...core.fleet.cost import fleet_tco, with_annual_km
from ...translation import format_number
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.fleet import given, read_table, table_name, write_fleet_table

DEFAULT_BASE_YEAR = 2025
"""Base year of the TCO table when neither the parameter nor a fleet gives one."""


class BusFleetCost(ConectaAlgorithm):
    """TCO per technology and year, per km, break-even year, and a fleet's yearly cost."""

    ALG_NAME = "busfleetcost"
    GROUP_ID = "fleet"
    FLEET = "FLEET"
    COSTS = "COSTS"
    TECHNOLOGIES = "TECHNOLOGIES"
    REFERENCE = "REFERENCE"
    YEARS = "YEARS"
    BASE_YEAR = "BASE_YEAR"
    ANNUAL_KM = "ANNUAL_KM"
    OUTPUT = "OUTPUT"
    OUTPUT_FLEET_COST = "OUTPUT_FLEET_COST"
    OUTPUT_CHART = "OUTPUT_CHART"
    BREAK_EVEN_YEAR = "BREAK_EVEN_YEAR"

    def displayName(self) -> str:
        return self.tr("Bus fleet total cost of ownership")

    def shortHelpString(self) -> str:
        return self.tr(
            "Total cost of ownership (TCO) of one bus of each technology, per year and per km, with the "
            "formulas of eflips-tco (TU Berlin):\n"
            "- Capex as annuities A = P × i / (1 − (1 + i)^(−n)) at the interest rate i over each asset's life "
            "n: the bus (first battery included), the battery replacement (every battery_life_years, priced "
            "per kWh) and the chargers (kW per bus × price per kW).\n"
            "- Opex: energy (L/km × diesel price, kWh/km × tariff) and maintenance per km, each escalated every "
            "year by its rate.\n"
            "- Each year's cost discounted to the base year at the discount rate; TCO per km = sum of the present "
            "values / (annual km × years).\n"
            "- Break-even year: the first year in which the cumulative present cost of a technology is at or "
            "below the reference's (diesel).\n"
            "With a fleet (the fleet table of 'Bus fleet renewal and local industry': year, technology, count), "
            "its yearly cost = buses × the technology's mean yearly cost per bus.\n\n"
            "Costs: a table (technology, parameter, value; technology 'all' for the shared ones: "
            "annual_km_per_bus, interest_rate, discount_rate, energy_escalation, maintenance_escalation, "
            "price_escalation), or the LAC preset, whose values are estimates unless a source is given (the "
            "e-bus price follows the IDB's ratio of about 2 to a diesel bus, up to 3). A price missing from a "
            "table given is asked for, never assumed. Parameters per technology: vehicle_price, "
            "vehicle_life_years, energy_per_km, energy_price, maintenance_per_km; battery_kwh, "
            "battery_price_per_kwh, battery_life_years and charger_kw_per_bus, charger_price_per_kw, "
            "charger_life_years where they apply."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_table(
            self.FLEET,
            self.tr("Fleet (year, technology, count: the fleet table of the renewal)"),
            optional=True,
        )
        self.add_table(
            self.COSTS, self.tr("Costs (technology, parameter, value; empty = LAC preset)"), optional=True
        )
        self.add_text(
            self.TECHNOLOGIES, self.tr("Technologies (comma-separated; empty = the fleet's, or diesel and electric)"),
            optional=True,
        )  # fmt: skip
        self.add_text(self.REFERENCE, self.tr("Reference technology (break-even against it)"), "diesel")
        self.add_number(self.YEARS, self.tr("Horizon (years)"), 12, minimum=1, maximum=60, integer=True)
        self.add_number(
            self.BASE_YEAR,
            self.tr("Base year (empty = the fleet's first year)"),
            None,
            integer=True,
            optional=True,
        )
        self.add_number(
            self.ANNUAL_KM, self.tr("Annual km per bus (empty = the costs table's)"), None, minimum=0.0,
            optional=True,
        )  # fmt: skip
        table = QgsProcessing.TypeVector
        self.add_sink(self.OUTPUT, self.tr("TCO per technology and year"), kind=table)
        self.add_sink(self.OUTPUT_FLEET_COST, self.tr("Fleet cost per year"), kind=table, optional=True)
        chart = QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("TCO per year (chart)"), self.tr("PNG files (*.png)"), optional=True,
            createByDefault=True,
        )  # fmt: skip
        self.add(chart)
        self.addOutput(QgsProcessingOutputNumber(self.BREAK_EVEN_YEAR, self.tr("Break-even year")))

    # ------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        costs = self._costs(parameters, context, feedback)
        fleet = read_table(
            self, parameters, self.FLEET, context, feedback, ("technology",), ("year", "count")
        )
        reference = self.parameterAsString(parameters, self.REFERENCE, context).strip() or "diesel"
        technologies = self._technologies(parameters, context, fleet, reference)
        base = self._base_year(parameters, context, fleet)
        result = fleet_tco(
            costs,
            technologies,
            self.parameterAsInt(parameters, self.YEARS, context),
            base,
            reference,
            fleet[["year", "technology", "count"]].astype({"year": int}) if fleet is not None else None,
        )
        feedback.setProgress(60)
        self._report(result, feedback)
        results = {
            self.OUTPUT: write_fleet_table(self, parameters, self.OUTPUT, context, feedback, result.tco),
            self.BREAK_EVEN_YEAR: next((v for v in result.break_even.values() if math.isfinite(v)), None),
        }
        if result.fleet is not None and given(parameters, self.OUTPUT_FLEET_COST):
            results[self.OUTPUT_FLEET_COST] = write_fleet_table(
                self, parameters, self.OUTPUT_FLEET_COST, context, feedback, result.fleet
            )
        chart = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if chart:
            results[self.OUTPUT_CHART] = self._chart(Path(chart), result)
        feedback.setProgress(100)
        return results

    def _costs(self, parameters, context, feedback):
        """The costs table given, or the LAC preset (its estimates said); the annual km set when given."""
        costs = read_table(
            self, parameters, self.COSTS, context, feedback, ("technology", "parameter"), ("value",)
        )
        if costs is None:
            costs = load_cost_preset()
            estimated = costs["source"].astype(str).str.startswith("estimate")
            feedback.pushWarning(
                self.tr(
                    "Costs: the LAC preset (USD), {0} of its {1} values are estimates (e.g. {2}). Give your city's "
                    "costs table for a decision."
                ).format(
                    int(estimated.sum()),
                    len(costs),
                    ", ".join(
                        f"{t} {p}"
                        for t, p in costs.loc[estimated, ["technology", "parameter"]].head(3).to_numpy()
                    ),
                )
            )
        else:
            feedback.pushInfo(
                self.tr("Costs from {}.").format(table_name(self, parameters, self.COSTS, context))
            )
        if given(parameters, self.ANNUAL_KM):
            costs = with_annual_km(costs, self.parameterAsDouble(parameters, self.ANNUAL_KM, context))
        return costs

    def _technologies(self, parameters, context, fleet, reference: str) -> list:
        """The technologies asked for, else the fleet's (and the reference), else diesel and electric."""
        text = self.parameterAsString(parameters, self.TECHNOLOGIES, context)
        asked = [t.strip() for t in (text or "").split(",") if t.strip()]
        if asked:
            return asked
        if fleet is not None and len(fleet):
            return list(dict.fromkeys([reference, *sorted(set(fleet["technology"]))]))
        return [reference, "electric"] if reference != "electric" else ["diesel", "electric"]

    def _base_year(self, parameters, context, fleet) -> int:
        if given(parameters, self.BASE_YEAR):
            return self.parameterAsInt(parameters, self.BASE_YEAR, context)
        if fleet is not None and len(fleet):
            return int(fleet["year"].min())
        return DEFAULT_BASE_YEAR

    def _report(self, result, feedback) -> None:
        """Per technology: TCO per km and the break-even year."""
        tco = result.tco
        for technology, rows in tco.groupby("technology", sort=False):
            feedback.pushInfo(
                self.tr(
                    "{0}: TCO {1} per km over {2} years; cumulative present cost of a bus {3}; cost per km {4} in "
                    "{5}, {6} in {7}."
                ).format(
                    technology,
                    format_number(rows["tco_per_km"].iloc[0], 3),
                    len(rows),
                    format_number(rows["cumulative_pv"].iloc[-1]),
                    format_number(rows["cost_per_km"].iloc[0], 3),
                    rows["year"].iloc[0],
                    format_number(rows["cost_per_km"].iloc[-1], 3),
                    rows["year"].iloc[-1],
                )
            )
        for technology, year in result.break_even.items():
            if math.isfinite(year):
                message = self.tr("{0} breaks even with {1} in {2}.").format(
                    technology, result.reference, int(year)
                )
            else:
                message = self.tr("{0} does not break even with {1} within the horizon.").format(
                    technology, result.reference
                )
            feedback.pushInfo(message)

    def _chart(self, path: Path, result) -> str:
        """Cumulative present cost per bus and cost per km, by technology and year (PNG)."""
        from ..report.charts import save_png
        from ..report.fleet_charts import tco_figure

        texts = {
            "title_cumulative": self.tr("Cumulative present cost of one bus"),
            "title_km": self.tr("Cost per km of each year"),
            "x": self.tr("Year"),
            "y_cumulative": self.tr("Present cost (currency of the costs)"),
            "y_km": self.tr("Cost per km"),
            "break_even": self.tr("break-even {}"),
            "names": {"diesel": self.tr("Diesel"), "electric": self.tr("Electric")},
        }
        return str(save_png(tco_figure(result.tco, texts), path))
