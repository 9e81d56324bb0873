"""conecta:ebusenergy — what electrifying a GTFS day's buses takes: vehicle blocks (from block_id or inferred),
the fleet they need, energy per block, battery feasibility, opportunity charging at terminals, depot chargers
and the hourly charging load."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
)

from ...core import energy as core
from ...core.emissions import SIZES, dominant_size
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.energy import BusDayInput, fleet_route_ids, read_table_frame
from ..bridge.messages import show_ids
from ..bridge.parsers import clock, parse_clock
from ..bridge.writers import write_table
from ..report.energy_charts import profile_png

BLOCK_FIELDS = [
    "block_id", "route_id", "source", "trips", "km", "revenue_hours", "hours_in_service", "first_departure_s",
    "last_arrival_s", "start_terminal", "end_terminal", "size", "speed_kmh", "speed_class", "kwh_per_km",
    "traction_kwh", "hvac_kwh", "energy_kwh", "feasible", "charging", "deficit_kwh", "charge_terminal",
    "opportunity_kw", "depot_kwh",
]  # fmt: skip
NUMBERS = {
    "BATTERY_KWH": ("battery_kwh", 350.0, 0.0, None),
    "USABLE_SHARE": ("usable_share", 0.9, 0.0, 1.0),
    "RESERVE_SHARE": ("reserve_share", 0.1, 0.0, 1.0),
    "DEPOT_CHARGER_KW": ("depot_power_kw", 150.0, 0.0, None),
    "TERMINAL_CHARGER_KW": ("opportunity_power_kw", 450.0, 0.0, None),
    "CHARGING_EFFICIENCY": ("efficiency", 0.92, 0.0, 1.0),
    "OVERNIGHT_HOURS": ("overnight_hours", 6.0, 0.0, 24.0),
}
"""Number parameters: ChargingParameters field, default (the core's estimates), minimum, maximum."""


class EbusEnergy(BusDayInput, ConectaAlgorithm):
    """Fleet, energy and charging needs of battery-electric buses running a GTFS day."""

    ALG_NAME = "ebusenergy"
    GROUP_ID = "energy"
    MIN_LAYOVER = "MIN_LAYOVER"
    USE_BLOCK_ID = "USE_BLOCK_ID"
    BUS_SIZE = "BUS_SIZE"
    FLEET = "FLEET"
    AMBIENT_TEMPERATURE = "AMBIENT_TEMPERATURE"
    OVERNIGHT_START = "OVERNIGHT_START"
    OUTPUT_BLOCKS = "OUTPUT_BLOCKS"
    OUTPUT_ROUTES = "OUTPUT_ROUTES"
    OUTPUT_TERMINALS = "OUTPUT_TERMINALS"
    OUTPUT_PROFILE = "OUTPUT_PROFILE"
    OUTPUT_CHART = "OUTPUT_CHART"

    def displayName(self) -> str:
        return self.tr("E-bus energy and charging from GTFS")

    def shortHelpString(self) -> str:
        return self.tr(
            "The daily energy and charging needs of running a GTFS day's buses with battery-electric buses.\n\n"
            "Vehicle blocks (the trips one bus runs in a day) come from the feed's block_id, or are inferred when "
            "absent, as in most Latin American feeds: each route's trips are chained first in, first out at "
            "their terminals when arrival + minimum layover ≤ next departure (terminal stops of a route within "
            "500 m are one terminal). The number of blocks is the fleet the timetable needs.\n\n"
            "Energy of a block = Σ km × kWh/km (by bus size and the block's speed class: slow below 15 km/h, "
            "medium to 22, fast above) + HVAC power at the ambient temperature × hours in service. Defaults: "
            "12 m bus 1.1-1.3 kWh/km, articulated 1.2 (Mexico City Metrobús, ICCT/ZEBRA); the HVAC curve by °C "
            "and its sources are in resources/presets.\n\n"
            "A block is feasible when its energy ≤ battery × (usable share − reserve share); otherwise it needs "
            "opportunity charging at the terminal where it waits longest, spread over its layovers there; a block "
            "that would need more than the terminal charger's power is flagged. Depot chargers = ceil(depot "
            "energy / (charger power × efficiency × overnight hours)), with managed charging (an even load over "
            "the night). Terminal chargers: one per bus charging at the same moment. Outputs: tables per block, "
            "route and terminal, the hourly charging load (kW from the grid) per depot and terminal, and its "
            "chart."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_bus_day_parameters()
        self.add_number(
            self.MIN_LAYOVER, self.tr("Minimum layover at terminals (minutes)"), 5.0, minimum=0.0,
            help_text=self.tr("A bus can take the next departure from its terminal this long after arriving."),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterBoolean(self.USE_BLOCK_ID, self.tr("Use the feed's block_id when present"), True),
            advanced=True,
        )  # fmt: skip
        self.add_choice(self.BUS_SIZE, self.tr("Bus size"), list(SIZES), default=SIZES.index("standard"))
        self.add_table(
            self.FLEET, self.tr("Fleet (optional: each route's size from its largest share)"), optional=True,
            help_text=self.tr("The FLEET table of 'Bus emissions from GTFS'; routes it does not cover take the bus size."),
        )  # fmt: skip
        self.add_number(self.AMBIENT_TEMPERATURE, self.tr("Ambient temperature (°C)"), 25.0, -30.0, 50.0)
        labels = {
            "BATTERY_KWH": self.tr("Battery capacity (kWh)"),
            "USABLE_SHARE": self.tr("Usable share of the battery"),
            "RESERVE_SHARE": self.tr("Reserve share kept at the end of the day"),
            "DEPOT_CHARGER_KW": self.tr("Depot charger power (kW)"),
            "TERMINAL_CHARGER_KW": self.tr("Terminal (opportunity) charger power (kW)"),
            "CHARGING_EFFICIENCY": self.tr("Charging efficiency (grid to battery)"),
            "OVERNIGHT_HOURS": self.tr("Overnight charging window (hours)"),
        }
        for key, (_, default, low, high) in NUMBERS.items():
            self.add_number(key, labels[key], default, low, high, advanced=key != "BATTERY_KWH")
        self.add_text(
            self.OVERNIGHT_START, self.tr("Overnight charging starts at (HH:MM)"), "23:00", advanced=True
        )
        for key, label in (
            (self.OUTPUT_BLOCKS, self.tr("E-bus energy by block")),
            (self.OUTPUT_ROUTES, self.tr("E-bus energy by route")),
            (self.OUTPUT_TERMINALS, self.tr("Opportunity charging by terminal")),
            (self.OUTPUT_PROFILE, self.tr("Charging load by hour (kW)")),
        ):
            self.add_sink(key, label, QgsProcessing.TypeVector)
        chart = QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("Charging load chart"), self.tr("PNG files (*.png)"), optional=True,
            createByDefault=True,
        )  # fmt: skip
        self.add(chart)
        for key, label in (
            ("FLEET_NEEDED", self.tr("Buses needed (blocks)")),
            ("ENERGY_KWH", self.tr("Energy per day (kWh)")),
            ("DEPOT_CHARGERS", self.tr("Depot chargers")),
            ("OPPORTUNITY_BLOCKS", self.tr("Blocks needing opportunity charging")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    # ------------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        params = self._charging(parameters, context)
        chart_path = self._chart_path(parameters, context)
        day = self.bus_day(parameters, context, feedback, end=40.0)
        size = self._sizes(parameters, context, feedback, day)
        result = core.ebus_energy(
            day.activity.trips,
            day.feed.stops,
            self.parameterAsDouble(parameters, self.MIN_LAYOVER, context),
            self.parameterAsBoolean(parameters, self.USE_BLOCK_ID, context),
            size,
            self.parameterAsDouble(parameters, self.AMBIENT_TEMPERATURE, context),
            params,
            progress=self.progress_callback(feedback, 40, 75),
        )
        self._report(result, params, parameters, context, feedback)
        energy = result.energy
        places = self._stop_places(day.feed)
        terminals = places.merge(energy.terminals, on="terminal", how="right")
        results = {
            "FLEET_NEEDED": len(result.table),
            "ENERGY_KWH": float(result.table["energy_kwh"].sum()),
            "DEPOT_CHARGERS": energy.diagnostics.depot_chargers,
            "OPPORTUNITY_BLOCKS": energy.diagnostics.infeasible_blocks,
        }
        for key, table in (
            (self.OUTPUT_BLOCKS, result.table[BLOCK_FIELDS]),
            (self.OUTPUT_ROUTES, energy.routes),
            (self.OUTPUT_TERMINALS, terminals),
            (self.OUTPUT_PROFILE, energy.profile.sort_values(["location", "hour"])),
        ):
            results[key] = write_table(self, parameters, key, context, feedback, table)
        if chart_path is not None:
            texts = {
                "title": self.tr("Charging load of the e-buses by hour"),
                "x": self.tr("Hour of the service day"),
                "y": self.tr("Power drawn from the grid (kW, hourly mean)"),
                "depot": self.tr("Depot"),
                "other": self.tr("Other terminals"),
            }
            results[self.OUTPUT_CHART] = str(profile_png(chart_path, energy.profile, texts))
        feedback.setProgress(100)
        return results

    # ------------------------------------------------------------------ inputs

    def _charging(self, parameters, context) -> core.ChargingParameters:
        """Battery, chargers and the overnight window."""
        values = {
            field: self.parameterAsDouble(parameters, key, context) for key, (field, *_) in NUMBERS.items()
        }
        text = self.parameterAsString(parameters, self.OVERNIGHT_START, context) or "23:00"
        try:
            values["overnight_start_h"] = parse_clock(text) / 3600.0
        except ValueError:
            raise QgsProcessingException(
                self.tr("Give the start of overnight charging as HH:MM, for example 23:00; got '{}'.").format(
                    text
                )
            ) from None
        return core.ChargingParameters(**values)

    def _chart_path(self, parameters, context):
        """The chart's PNG file (suffix set), or None when not asked for."""
        if parameters.get(self.OUTPUT_CHART) in (None, ""):
            return None
        path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context))
        return path if path.suffix.lower() == ".png" else path.with_suffix(".png")

    def _sizes(self, parameters, context, feedback, day):
        """One size for every route, or each route's size from FLEET (its largest share)."""
        size = SIZES[self.parameterAsEnum(parameters, self.BUS_SIZE, context)]
        fleet = read_table_frame(self, parameters, self.FLEET, context, feedback)
        if fleet is None:
            return size
        route_ids = list(day.activity.trips["route_id"].unique())
        fleet = fleet_route_ids(fleet, day.feed)
        column = next((c for c in fleet.columns if str(c).strip().lower() == "route_id"), None)
        given = fleet[column] if column is not None else pd.Series([None] * len(fleet), dtype=object)
        has_default = given.isna().any() or (given.astype(str).str.strip() == "").any()
        listed = route_ids if has_default else [r for r in route_ids if r in set(given.astype(str))]
        sizes = dominant_size(fleet, listed).to_dict() if listed else {}
        if len(listed) < len(route_ids):
            feedback.pushInfo(
                self.tr("{0} routes are not in FLEET: their buses are of size {1}.").format(
                    len(route_ids) - len(listed), size
                )
            )
        return {route: sizes.get(route, size) for route in route_ids}

    @staticmethod
    def _stop_places(feed):
        """Terminal names and coordinates from stops.txt."""
        stops = feed.stops.drop_duplicates("stop_id")
        columns = [c for c in ("stop_id", "stop_name", "stop_lat", "stop_lon") if c in stops.columns]
        return stops[columns].rename(columns={"stop_id": "terminal"})

    # ------------------------------------------------------------------ log

    def _report(self, result, params, parameters, context, feedback) -> None:
        """Blocks and fleet, energy, infeasible blocks and chargers."""
        table, d = result.table, result.energy.diagnostics
        given = int((table["source"] == "block_id").sum())
        layover = self.parameterAsDouble(parameters, self.MIN_LAYOVER, context)
        feedback.pushInfo(
            self.tr(
                "{0} vehicle blocks, the buses the timetable needs: {1} from the feed's block_id, {2} inferred by "
                "chaining each route's trips at its terminals with a minimum layover of {3:g} min."
            ).format(len(table), given, len(table) - given, layover)
        )
        km, kwh = table["km"].sum(), table["energy_kwh"].sum()
        feedback.pushInfo(
            localized(
                self.tr(
                    "Energy: {0:,.0f} kWh a day for {1:,.0f} km ({2:.2f} kWh/km with the HVAC; HVAC of a 12 m bus "
                    "{3:g} kW at this temperature)."
                )
            ).format(kwh, km, kwh / km if km > 0 else 0.0, d.hvac_kw)
        )
        available = params.battery_kwh * (params.usable_share - params.reserve_share)
        if d.infeasible_blocks:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} blocks need more than the {1:,.0f} kWh the battery can give: they need opportunity "
                        "charging at a terminal (e.g. {2})."
                    )
                ).format(d.infeasible_blocks, available, show_ids(d.infeasible_examples))
            )
        if d.beyond_opportunity_blocks:
            feedback.pushWarning(
                self.tr(
                    "{0} blocks would need more than the terminal charger's {1:g} kW, or have no layover to charge "
                    "in (e.g. {2}): they need a larger battery, a faster charger or another block plan."
                ).format(
                    d.beyond_opportunity_blocks,
                    params.opportunity_power_kw,
                    show_ids(d.beyond_opportunity_examples),
                )
            )
        feedback.pushInfo(
            localized(
                self.tr("Depot: {0:,.0f} kWh overnight, {1} chargers of {2:g} kW ({3:g} h from {4}).")
            ).format(
                d.depot_energy_kwh,
                d.depot_chargers,
                params.depot_power_kw,
                params.overnight_hours,
                clock(params.overnight_start_h * 3600),
            )
        )
