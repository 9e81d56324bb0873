"""conecta:scenario2030 — CO2 of a city's passenger transport in a base year and target years (ASIF: Avoid,
Shift, Improve, Fuel) against business as usual, from a pilot-city preset, Conecta's demand outputs or a
mode-share table, with levers per target year."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
)

from ...core import asif as core
from ...core import asif_base as base_inputs
from ...core.emissions import resolve_grid_factor
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.energy import read_table_frame, scenario_mode_labels
from ..bridge.writers import write_table
from ..report.energy_charts import scenario_png

CITIES = ("", "sao_paulo", "bogota", "mexico_city", "buenos_aires")
TRANSIT_MODES = ("bus", "brt", "metro")


class Scenario2030(ConectaAlgorithm):
    """Passenger-km, energy and CO2 by mode for the base year and target years, and the change vs BAU."""

    ALG_NAME = "scenario2030"
    GROUP_ID = "energy"
    CITY = "CITY"
    OD_TABLE = "OD_TABLE"
    DISTANCES = "DISTANCES"
    DISTANCE_FIELD = "DISTANCE_FIELD"
    TRANSIT_AS = "TRANSIT_AS"
    MODES = "MODES"
    LEVERS = "LEVERS"
    RENEWAL = "RENEWAL"
    BASE_YEAR = "BASE_YEAR"
    POPULATION = "POPULATION"
    TRIPS_PER_DAY = "TRIPS_PER_DAY"
    GRID_FACTOR = "GRID_FACTOR"
    DAYS_PER_YEAR = "DAYS_PER_YEAR"
    OUTPUT = "OUTPUT"
    OUTPUT_CHART = "OUTPUT_CHART"

    def displayName(self) -> str:
        return self.tr("CO2 scenarios to 2030 (ASIF)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Passenger-km, vehicle-km, energy and CO2 of a city's passenger transport by mode, for a base year "
            "and target years, and their change against business as usual (ASIF: Activity × Structure × "
            "Intensity × Fuel; Schipper, Marie-Lilliu & Gorham 2000).\n\n"
            "Base-year activity, in this order of priority: the OD table of 'Mode split' (trips_walk, "
            "trips_bicycle, trips_car, trips_transit) × a distance table (from_id, to_id, distance in km) gives "
            "the trips and passenger-km by mode; or a modes table (mode, share, trip_km; other columns optional: "
            "occupancy, fuel, mj_per_km, kwh_per_km, ev_share) × the trips per day; or a city preset (São "
            "Paulo OD 2017, Bogotá 2019, Mexico City EOD 2017, Buenos Aires estimates), each value with its "
            "source in resources/presets. Values given replace the preset's.\n\n"
            "Levers (a table: year, lever, mode, value; a value holds until another year changes it): Avoid — "
            "population, trips_per_person, trip_length_factor; Shift — share of every mode in that year, trip_km; "
            "Improve — occupancy, mj_per_km, kwh_per_km, ev_share (or a fleet-renewal table: mode, year, "
            "renewal_rate, new_ev_share); Fuel — grid_factor, bio_diesel, bio_gasoline. Business as usual keeps "
            "the base year's values except population.\n\n"
            "Per mode and year: pkm; vkm = pkm / occupancy; energy MJ (fuel) and kWh (electricity); CO2 "
            "tank-to-wheel (fossil; biogenic apart) and well-to-wheel (with the fuels' well-to-tank emissions "
            "and the grid's CO2); BAU and the change vs BAU. Figures per day × days per year."
        )

    def initAlgorithm(self, config=None) -> None:
        cities = [
            self.tr("None (give the values)"),
            self.tr("São Paulo (Metrô-SP OD survey 2017)"),
            self.tr("Bogotá (Encuesta de Movilidad 2019)"),
            self.tr("Mexico City (INEGI EOD 2017)"),
            self.tr("Buenos Aires (estimates to replace)"),
        ]
        self.add_choice(self.CITY, self.tr("City preset"), cities)
        self.add_table(
            self.OD_TABLE, self.tr("OD table with trips by mode (output of 'Mode split')"), optional=True
        )
        self.add_table(self.DISTANCES, self.tr("Distances between zones (from_id, to_id, km)"), optional=True)
        self.add_text(self.DISTANCE_FIELD, self.tr("Distance field (km)"), "distance_km", advanced=True)
        modes = [scenario_mode_labels()[m] for m in TRANSIT_MODES]
        self.add_choice(self.TRANSIT_AS, self.tr("Public transport trips of the OD table run by"), modes)
        self.add_table(self.MODES, self.tr("Modes table (mode, share, trip_km …)"), optional=True)
        self.add_table(self.LEVERS, self.tr("Levers (year, lever, mode, value)"), optional=True)
        self.add_table(
            self.RENEWAL, self.tr("Fleet renewal (mode, year, renewal_rate, new_ev_share)"), optional=True,
            advanced=True,
        )  # fmt: skip
        self.add_number(self.BASE_YEAR, self.tr("Base year (0 = the preset's)"), 0, 0, 2100, integer=True)
        self.add_number(self.POPULATION, self.tr("Population (0 = the preset's)"), 0.0, 0.0)
        self.add_number(
            self.TRIPS_PER_DAY, self.tr("Trips per day (0 = from the OD table or the preset)"), 0.0, 0.0
        )
        self.add_text(
            self.GRID_FACTOR, self.tr("Grid emission factor (country or kg CO2/kWh; empty = the preset's)"),
            optional=True,
        )  # fmt: skip
        self.add_number(
            self.DAYS_PER_YEAR, self.tr("Days per year"), 365.0, 1.0, 366.0,
            help_text=self.tr(
                "Survey figures are for a working day: 365 counts every day as one; about 300 counts weekends "
                "and holidays as lighter days. 1 gives figures per day."
            ),
        )  # fmt: skip
        self.add_sink(self.OUTPUT, self.tr("Scenario by mode and year"))
        chart = QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("Scenario chart"), self.tr("PNG files (*.png)"), optional=True,
            createByDefault=True,
        )  # fmt: skip
        self.add(chart)
        self.addOutput(QgsProcessingOutputNumber("CO2_BASE_T", self.tr("Base-year CO2, well-to-wheel (t)")))
        self.addOutput(
            QgsProcessingOutputNumber("CO2_TARGET_T", self.tr("Last target year's CO2, well-to-wheel (t)"))
        )

    # ------------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        od = self._od_activity(parameters, context, feedback)
        city = CITIES[self.parameterAsEnum(parameters, self.CITY, context)]
        base, modes = base_inputs.scenario_inputs(
            city or None,
            od,
            read_table_frame(self, parameters, self.MODES, context, feedback),
            year=self.parameterAsInt(parameters, self.BASE_YEAR, context) or None,
            population=self.parameterAsDouble(parameters, self.POPULATION, context) or None,
            trips_per_day=self.parameterAsDouble(parameters, self.TRIPS_PER_DAY, context) or None,
            grid_factor=self._grid(parameters, context),
            days_per_year=self.parameterAsDouble(parameters, self.DAYS_PER_YEAR, context),
        )
        result = core.asif_scenario(
            base,
            modes,
            read_table_frame(self, parameters, self.LEVERS, context, feedback),
            read_table_frame(self, parameters, self.RENEWAL, context, feedback),
            progress=self.progress_callback(feedback, 10, 80),
        )
        self._report(base, result, feedback)
        totals = result.totals.set_index("year")
        results = {
            "CO2_BASE_T": float(totals["co2_wtw_t"].iloc[0]),
            "CO2_TARGET_T": float(totals["co2_wtw_t"].iloc[-1]),
            self.OUTPUT: write_table(self, parameters, self.OUTPUT, context, feedback, result.table),
        }
        if parameters.get(self.OUTPUT_CHART) not in (None, ""):
            path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context))
            texts = {
                "title": self.tr("CO2 of passenger transport by mode (well-to-wheel)"),
                "y": self.tr("t CO2 (well-to-wheel)"),
                "bau": self.tr("Business as usual (total)"),
            }
            png = path if path.suffix.lower() == ".png" else path.with_suffix(".png")
            results[self.OUTPUT_CHART] = str(scenario_png(png, result.table, texts, scenario_mode_labels()))
        feedback.setProgress(100)
        return results

    # ------------------------------------------------------------------ inputs

    def _od_activity(self, parameters, context, feedback):
        """Trips and passenger-km by mode from the OD table × distances (None without an OD table)."""
        od = read_table_frame(self, parameters, self.OD_TABLE, context, feedback)
        if od is None:
            return None
        distances = read_table_frame(self, parameters, self.DISTANCES, context, feedback)
        if distances is None:
            raise QgsProcessingException(
                self.tr(
                    "The OD table needs the distances between zones (from_id, to_id and a distance in km)."
                )
            )
        field = self.parameterAsString(parameters, self.DISTANCE_FIELD, context) or "distance_km"
        for table, needed, name in (
            (od, ["from_id", "to_id"], "OD"),
            (distances, ["from_id", "to_id", field], "distances"),
        ):
            missing = [c for c in needed if c not in table.columns]
            if missing:
                raise QgsProcessingException(
                    self.tr("The {0} table has no field {1}; its fields are: {2}.").format(
                        name, ", ".join(missing), ", ".join(map(str, table.columns))
                    )
                )
        transit = TRANSIT_MODES[self.parameterAsEnum(parameters, self.TRANSIT_AS, context)]
        mode_of = {**base_inputs.DEMAND_TO_SCENARIO, "transit": transit}
        activity = base_inputs.od_mode_activity(od, distances.rename(columns={field: "distance_km"}), mode_of)
        if activity.pairs_without_distance:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} OD pairs ({1:,.1f} trips) have no distance (e.g. {2}): their trips count with the mean "
                        "trip length of their mode."
                    )
                ).format(
                    activity.pairs_without_distance, activity.trips_without_distance, activity.pair_examples
                )
            )
        return activity

    def _grid(self, parameters, context):
        """GRID_FACTOR in kg CO2/kWh (a value, or a country preset), None when empty."""
        text = (self.parameterAsString(parameters, self.GRID_FACTOR, context) or "").strip()
        if not text:
            return None
        if re.fullmatch(r"-?\d+(,\d+)?", text):
            text = text.replace(",", ".")
        year = self.parameterAsInt(parameters, self.BASE_YEAR, context) or None
        return resolve_grid_factor(text, year).kg_co2_per_kwh

    def _report(self, base, result, feedback) -> None:
        """The base year's activity and the CO2 of every year against business as usual."""
        table = result.table
        first = table[table["year"] == base.year]
        labels = scenario_mode_labels()
        feedback.pushInfo(
            localized(self.tr("Base year {0}: {1:,.0f} trips a day; passenger-km by mode: {2}.")).format(
                base.year,
                base.trips_per_day,
                ", ".join(f"{labels.get(m, m)} {p:,.0f}" for m, p in zip(first["mode"], first["pkm"])),
            )
        )
        for row in result.totals.itertuples():
            feedback.pushInfo(
                localized(
                    self.tr(
                        "{0}: {1:,.1f} t CO2 well-to-wheel ({2:,.1f} t tank-to-wheel); business as usual {3:,.1f} t; change {4:+,.1f} t."
                    )
                ).format(int(row.year), row.co2_wtw_t, row.co2_ttw_t, row.co2_wtw_bau_t, row.change_wtw_t)
            )
