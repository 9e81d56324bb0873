"""conecta:busemissions — bus emissions and energy of a GTFS service day: the activity of busactivity × a
FLEET mix × emission factors (CETESB, EMEP/EEA speed curves, or CETESB scaled by EMEP/EEA), by segment,
route, hour and zone; electric buses get their energy and the grid's CO2."""

from __future__ import annotations

import re

from qgis.core import QgsProcessing, QgsProcessingException, QgsProcessingOutputNumber
from qgis.PyQt.QtCore import QVariant

from ...core import emissions as core
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.crs import working_crs
from ..bridge.energy import (
    BusDayInput,
    fleet_route_ids,
    link_zone_shares,
    read_table_frame,
    report_emissions,
    write_segments,
)
from ..bridge.parsers import parse_named_numbers
from ..bridge.readers import read_zones
from ..bridge.styles import graduated, on_load
from ..bridge.writers import write_table, write_with_fields

SOURCES = ("cetesb", "emep", "scaled")


class BusEmissions(BusDayInput, ConectaAlgorithm):
    """CO2, fuel, NOx, PM10 (and CO, HC, CH4) of the buses of a GTFS day, with e-bus energy and grid CO2."""

    ALG_NAME = "busemissions"
    GROUP_ID = "energy"
    FLEET = "FLEET"
    EF_SOURCE = "EF_SOURCE"
    POLLUTANTS = "POLLUTANTS"
    GRID_FACTOR = "GRID_FACTOR"
    BLENDS = "BLENDS"
    ZONES = "ZONES"
    ZONES_ID = "ZONES_ID"
    OUTPUT_SEGMENTS = "OUTPUT_SEGMENTS"
    OUTPUT_ROUTES = "OUTPUT_ROUTES"
    OUTPUT_HOURLY = "OUTPUT_HOURLY"
    OUTPUT_ZONES = "OUTPUT_ZONES"

    def displayName(self) -> str:
        return self.tr("Bus emissions from GTFS")

    def shortHelpString(self) -> str:
        return self.tr(
            "Emissions of the buses of a GTFS service day, segment by segment: each segment's km (as 'Bus "
            "activity from GTFS' computes them) × the route's fleet mix × the emission factor of each vehicle "
            "class at the segment's scheduled speed. Outputs: the emissions along the streets (a line per route "
            "and stop-to-stop piece of its stop patterns, with its trips, bus-km, mean speed and the day's grams "
            "of each pollutant), a table per route and per hour, and with zones the emissions per zone and per "
            "km² (bus-km are shared between zones by the length of each piece inside them).\n\n"
            "FLEET is a table (CSV file or layer) with route_id (empty = every route not listed; a route id or "
            "short name), size (micro, midi, standard, articulated, biarticulated), fuel (diesel, cng, hybrid, "
            "electric), euro (I-VI) or model_year, and share of the route's bus-km; shares must sum to 1 per "
            "route. Routes without rows get the default mix and are counted; classes the factor source does not "
            "document are replaced by the nearest documented one, with a warning.\n\n"
            "Factor sources: CETESB (Brazil, g/km by model year, calendar year 2020, diesel buses); EMEP/EEA "
            "2019 Tier 3 hot speed curves by size, fuel and Euro class (slope 0, load 0.5; speed clamped to "
            "each curve's range); scaled: the CETESB factor × EMEP/EEA(v) / EMEP/EEA(19 km/h), as IPEA's "
            "gtfs2emis does. CO2 and fuel are always computed, with NOx and PM10; CO, HC and CH4 on request.\n\n"
            "CO2 is tank-to-wheel fossil CO2 (co2_kg); with a biodiesel blend its biogenic part is reported "
            "apart (co2_bio_kg). Electric buses emit no exhaust but use energy (energy_kwh, by size) whose CO2 "
            "at the power plants is co2_grid_kg (well-to-wheel): give the grid factor (a country preset such as "
            "Brazil, or a value in kg CO2/kWh). Factor tables and sources: docs/factors.md."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_bus_day_parameters()
        self.add_table(
            self.FLEET, self.tr("Fleet (table: route_id, size, fuel, euro or model_year, share)"),
            help_text=self.tr("A CSV file or a table layer; one row per vehicle class and route (see the help)."),
        )  # fmt: skip
        sources = [
            self.tr("CETESB (Brazil, g/km by model year)"),
            self.tr("EMEP/EEA 2019 (speed curves by Euro class)"),
            self.tr("Scaled: CETESB × EMEP/EEA speed curve (gtfs2emis)"),
        ]
        self.add_choice(self.EF_SOURCE, self.tr("Emission factors"), sources, default=1)
        pollutants = self.add_choice(
            self.POLLUTANTS, self.tr("Pollutants"), [p.upper() for p in core.POLLUTANTS], default=[0, 1, 2, 3],
            help_text=self.tr("CO2, FC (fuel consumed), NOx and PM10 are always computed; add CO, HC (VOC), CH4."),
        )  # fmt: skip
        pollutants.setAllowMultiple(True)
        self.add_text(
            self.GRID_FACTOR, self.tr("Grid emission factor (country or kg CO2/kWh; needed for electric buses)"),
            optional=True,
            help_text=self.tr(
                "A country preset (Brazil, Colombia, Mexico, Argentina, Chile; the preset of the service year "
                "or the nearest one) or a value in kg CO2/kWh (= t CO2/MWh)."
            ),
        )  # fmt: skip
        self.add_text(
            self.BLENDS, self.tr("Biodiesel blend (B12, diesel:0.12, or a country preset; empty = none)"),
            optional=True,
            help_text=self.tr(
                "Share by volume of biodiesel in the diesel burnt: its CO2 is biogenic and reported apart "
                "(co2_bio_kg), not in co2_kg."
            ),
        )  # fmt: skip
        self.add_layer(
            self.ZONES, self.tr("Zones (optional)"), [QgsProcessing.TypeVectorPolygon], optional=True
        )
        self.add_field(self.ZONES_ID, self.tr("Zone id field"), self.ZONES, optional=True)
        self.add_sink(
            self.OUTPUT_SEGMENTS, self.tr("Bus emissions along the streets"), QgsProcessing.TypeVectorLine
        )
        self.add_sink(self.OUTPUT_ROUTES, self.tr("Bus emissions by route"), QgsProcessing.TypeVector)
        self.add_sink(self.OUTPUT_HOURLY, self.tr("Bus emissions by hour"), QgsProcessing.TypeVector)
        self.add_sink(
            self.OUTPUT_ZONES,
            self.tr("Bus emissions by zone"),
            QgsProcessing.TypeVectorPolygon,
            optional=True,
        )
        for key, label in (
            ("REVENUE_KM", self.tr("Revenue-km")),
            ("CO2_T", self.tr("Fossil CO2, tank-to-wheel (t)")),
            ("CO2_BIO_T", self.tr("Biogenic CO2 (t)")),
            ("CO2_GRID_T", self.tr("CO2 of the electricity, well-to-wheel (t)")),
            ("ENERGY_KWH", self.tr("Electricity of electric buses (kWh)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    # ------------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        zones = self._zones(parameters, context, feedback)
        day = self.bus_day(parameters, context, feedback, end=40.0)
        fleet = fleet_route_ids(read_table_frame(self, parameters, self.FLEET, context, feedback), day.feed)
        source = SOURCES[self.parameterAsEnum(parameters, self.EF_SOURCE, context)]
        chosen = self.parameterAsEnums(parameters, self.POLLUTANTS, context)
        result = core.bus_emissions(
            day.activity.segments,
            fleet,
            source=source,
            pollutants=[core.POLLUTANTS[i] for i in chosen],
            grid_factor=self._grid(parameters, context, day.date.year),
            blends=self._blends(parameters, context, day.date.year),
            progress=self.progress_callback(feedback, 40, 70),
        )
        report_emissions(result, feedback)
        by_zone = None if zones is None else self._by_zone(context, feedback, zones, result, day)
        routes = result.routes
        results = {
            "REVENUE_KM": float(routes["revenue_km"].sum()),
            "CO2_T": float(routes["co2_kg"].sum() / 1000.0),
            "CO2_BIO_T": float(routes["co2_bio_kg"].sum() / 1000.0),
            "CO2_GRID_T": float(routes["co2_grid_kg"].sum() / 1000.0),
            "ENERGY_KWH": float(routes["energy_kwh"].sum()),
        }
        for key, table in ((self.OUTPUT_ROUTES, routes), (self.OUTPUT_HOURLY, result.hourly)):
            results[key] = write_table(self, parameters, key, context, feedback, table)
        streets = core.emissions_along_streets(result.segments)
        columns = [(c, QVariant.String) for c in ("route_id", "from_stop_id", "to_stop_id")]
        columns += [("trips", QVariant.Int)] + [(c, QVariant.Double) for c in streets.columns[5:]]
        dest = write_segments(
            self, parameters, self.OUTPUT_SEGMENTS, context, feedback, streets, day.activity.geometry, columns
        )
        on_load(context, dest, graduated("co2_g", start="#fee5d9", end="#a50f15"))
        results[self.OUTPUT_SEGMENTS] = dest
        if by_zone is not None:
            dest = write_with_fields(self, parameters, self.OUTPUT_ZONES, context, feedback, zones, by_zone)
            on_load(context, dest, graduated("co2_kg_per_km2", start="#fee5d9", end="#a50f15"))
            results[self.OUTPUT_ZONES] = dest
        feedback.setProgress(100)
        return results

    # ------------------------------------------------------------------ inputs

    def _zones(self, parameters, context, feedback):
        """The zones with their geometry (repaired when the context keeps invalid ones), or None."""
        if parameters.get(self.ZONES) in (None, ""):
            return None
        if parameters.get(self.OUTPUT_ZONES) in (None, ""):
            feedback.pushWarning(
                self.tr("Zones are given but no output for them: set 'Bus emissions by zone'.")
            )
            return None
        id_key = self.ZONES_ID if self.parameterAsString(parameters, self.ZONES_ID, context) else None
        return read_zones(self, parameters, context, feedback, self.ZONES, id_key, repair=True)

    def _grid(self, parameters, context, year: int):
        """GRID_FACTOR as a core GridFactor (a number, or a country preset for ``year``), None when empty."""
        text = (self.parameterAsString(parameters, self.GRID_FACTOR, context) or "").strip()
        if not text:
            return None
        if re.fullmatch(r"-?\d+(,\d+)?", text):
            text = text.replace(",", ".")
        return core.resolve_grid_factor(text, year)

    def _blends(self, parameters, context, year: int) -> dict:
        """BLENDS as {'diesel': share}: B12, diesel:0.12, or a country preset in force in ``year``."""
        text = (self.parameterAsString(parameters, self.BLENDS, context) or "").strip()
        if not text:
            return {}
        label = re.fullmatch(r"[Bb](\d+(?:[.,]\d+)?)", text)
        if label:
            return {"diesel": float(label.group(1).replace(",", ".")) / 100.0}
        if ":" in text:
            try:
                return parse_named_numbers(text)
            except ValueError:
                raise QgsProcessingException(
                    self.tr("Write the blend as B12, diesel:0.12 or a country name; got '{}'.").format(text)
                ) from None
        return core.blend_preset(text, year)

    # ------------------------------------------------------------------ zones

    def _by_zone(self, context, feedback, zones, result, day):
        """Emissions per zone and per km² (segment km shared by length), indexed by zone id; computed before any
        output is written, so that a cancel while the shares are measured leaves no output."""
        crs = working_crs(zones.source, context, feedback)
        links = core.emissions_by_link(result.segments)
        shares = link_zone_shares(day.activity.geometry.loc[lambda g: g["geometry_id"].isin(links.index)],
                                  zones, crs, context, feedback)  # fmt: skip
        by_zone = core.emissions_by_zone(links, shares.shares, shares.area_km2)
        if by_zone.km_outside > 0:
            feedback.pushInfo(
                localized(self.tr("{0:,.1f} bus-km ({1:.1%}) run outside every zone.")).format(
                    by_zone.km_outside, by_zone.km_outside / max(result.routes["revenue_km"].sum(), 1e-9)
                )
            )
        return by_zone.zones.set_index("zone_id")
