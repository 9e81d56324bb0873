"""conecta:sdg1121 — SDG 11.2.1, share of the population with convenient access to public transport.

Stops are read and classed (core.indicators.sdg1121: capacity classes, the frequency rule, the scenarios);
walking service areas along the street network (bridge.serviceareas) are dissolved per scenario; the
population is apportioned by area share (polygons), by location (points) or from a raster; the indicator
is computed overall and per disaggregation field (core.indicators.sdg1121.sdg_1121).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from qgis.core import QgsProcessing, QgsProcessingException, QgsProcessingParameterRasterLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ...core.definitions import HIGH, HIGH_CAPACITY_DISTANCE_M, LOW, LOW_CAPACITY_DISTANCE_M
from ...core.indicators import sdg1121 as core
from ...core.indicators.served import served_shares
from ...core.progress import scaled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.crs import check_crs
from ..bridge.deps import require
from ..bridge.geometry import union
from ..bridge.messages import push_count, show_ids
from ..bridge.network import NetworkInput
from ..bridge.numbers import read_numbers
from ..bridge.raster import raster_file
from ..bridge.readers import has_no_features, read_points, source_of
from ..bridge.serviceareas import (
    PopulationInput,
    raster_served,
    report_null_population,
    served_fractions,
    service_area,
    write_areas,
    write_indicator_table,
)
from ..bridge.styles import graduated, on_load
from ..bridge.writers import write_with_fields

STOP_ID = "stop_id"
"""The GTFS stop id field (conecta:gtfsstops writes it): far-away stops are listed by it when present."""
AREA_COLUMNS = [
    ("scenario", QVariant.String),
    ("distance_low_m", QVariant.Double),
    ("distance_high_m", QVariant.Double),
    ("area_km2", QVariant.Double),
]


@dataclass
class Settings:
    """The parameters of one run."""

    class_field: str
    mode_field: str
    frequency_field: str
    default: str
    low_m: float
    high_m: float
    unit: str
    minimum: float
    buffer_m: float
    snap_m: float


@dataclass
class Stops:
    """The stops in the working CRS, their labels for messages and the attributes the rules read."""

    xy: np.ndarray
    labels: np.ndarray
    by_stop_id: bool
    attributes: dict


class Sdg1121(NetworkInput, PopulationInput, ConectaAlgorithm):
    """Share of population within walking distance of public transport (UN SDG metadata 11.2.1, 2021)."""

    ALG_NAME = "sdg1121"
    GROUP_ID = "indicators"
    STOPS = "STOPS"
    CLASS_FIELD = "CLASS_FIELD"
    MODE_FIELD = "MODE_FIELD"
    DEFAULT_CLASS = "DEFAULT_CLASS"
    LOW_DISTANCE = "LOW_DISTANCE"
    HIGH_DISTANCE = "HIGH_DISTANCE"
    FREQUENCY_FIELD = "FREQUENCY_FIELD"
    FREQUENCY_UNIT = "FREQUENCY_UNIT"
    MIN_FREQUENCY = "MIN_FREQUENCY"
    POPULATION_RASTER = "POPULATION_RASTER"
    BUFFER = "BUFFER"
    SNAP_DISTANCE = "SNAP_DISTANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_POPULATION = "OUTPUT_POPULATION"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def displayName(self) -> str:
        return self.tr("SDG 11.2.1 access to public transport")

    def shortHelpString(self) -> str:
        return self.tr(
            "Share of the population with convenient access to public transport (SDG indicator 11.2.1): "
            "people living within 500 m walking along the street network of a low-capacity stop (bus, tram, "
            "BRT, paratransit) or within 1,000 m of a high-capacity stop (rail, metro, ferry). Both distances "
            "are parameters, so national variants (for example Argentina's 300 m) can be computed.\n\n"
            "Method (UN-Habitat, SDG 11.2.1 metadata, 2021): from every stop, the streets reachable on foot "
            "within the distance are found on the network (streets partly reached are cut at the exact "
            "point; the walk from the stop to the nearest street counts); the reached streets are buffered "
            "by a small distance (default 50 m) that stands for the buildings along them, and the areas of "
            "all stops are dissolved. Population in polygons partly covered is apportioned by area; points "
            "count when inside; with a population raster, pixels are apportioned by their exact covered "
            "area.\n\n"
            "The stop's capacity class comes from a class field (low/high), else from a mode field (bus, "
            "tram, brt → low; rail, metro, subway, ferry → high; GTFS route_type numbers also work), else "
            "the default class. With a frequency field, the same areas are also computed for frequent stops "
            "only (the recommended secondary criterion: at least 3 departures per hour, i.e. a headway of 20 "
            "minutes or less). The GTFS stops algorithm of Conecta writes all these fields.\n\n"
            "Outputs: the served areas per scenario (all, low, high and their frequent versions), the "
            "population layer with the served share of each feature, and a table with the indicator overall "
            "and for every population field chosen (women, men, age groups, persons with disabilities …)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_network_parameters(with_mode=False)
        self.add_layer(self.STOPS, self.tr("Public transport stops"), [QgsProcessing.TypeVectorPoint])
        self.add_field(
            self.CLASS_FIELD, self.tr("Capacity class field (low/high, optional)"), self.STOPS, optional=True,
            help_text=self.tr("A field with the values low or high for each stop."),
        )  # fmt: skip
        self.add_field(
            self.MODE_FIELD, self.tr("Mode field (optional, used when there is no class field)"), self.STOPS,
            optional=True,
            help_text=self.tr(
                "A field with the mode of each stop (bus, tram, brt, rail, metro, subway, ferry …) or its GTFS "
                "route_type; modes are mapped to capacity classes as in the SDG metadata."
            ),
        )  # fmt: skip
        self.add_choice(
            self.DEFAULT_CLASS, self.tr("Class of stops without class or mode"),
            [self.tr("Low capacity"), self.tr("High capacity")],
        )  # fmt: skip
        self.add_number(
            self.LOW_DISTANCE, self.tr("Walking distance to low-capacity stops (m)"), LOW_CAPACITY_DISTANCE_M,
            minimum=1.0,
        )  # fmt: skip
        self.add_number(
            self.HIGH_DISTANCE, self.tr("Walking distance to high-capacity stops (m)"), HIGH_CAPACITY_DISTANCE_M,
            minimum=1.0,
        )  # fmt: skip
        self.add_field(
            self.FREQUENCY_FIELD,
            self.tr("Frequency field (optional)"),
            self.STOPS,
            numeric=True,
            optional=True,
        )
        self.add_choice(
            self.FREQUENCY_UNIT, self.tr("The frequency field holds"),
            [self.tr("Departures per hour"), self.tr("Headway (minutes)")],
        )  # fmt: skip
        self.add_number(
            self.MIN_FREQUENCY, self.tr("Minimum departures per hour of a frequent stop"),
            core.MIN_DEPARTURES_PER_HOUR, minimum=0.01,
            help_text=self.tr(
                "3 departures per hour is a headway of 20 minutes. With a headway field, a stop is frequent "
                "when its headway is at most 60 / this value minutes."
            ),
        )  # fmt: skip
        self.add_population_parameters(optional=True)
        self.add(
            QgsProcessingParameterRasterLayer(
                self.POPULATION_RASTER, self.tr("Population raster (instead of fields)"), optional=True
            ),
            help_text=self.tr(
                "A population grid such as WorldPop or GHS-POP. The polygons of the population layer, when "
                "given, are the zones (and the city); otherwise the whole raster is the city."
            ),
        )
        self.add_number(
            self.BUFFER, self.tr("Buffer around reached streets (m)"), 50.0, minimum=0.1, advanced=True
        )
        self.add_number(
            self.SNAP_DISTANCE, self.tr("Maximum distance from a stop to the street network (m)"), 250.0,
            minimum=0.0, advanced=True,
        )  # fmt: skip
        self.add_sink(self.OUTPUT, self.tr("Served areas"), QgsProcessing.TypeVectorPolygon)
        self.add_sink(
            self.OUTPUT_POPULATION, self.tr("Population with served share"), optional=True,
        )  # fmt: skip
        self.parameterDefinition(self.OUTPUT_POPULATION).setCreateByDefault(True)
        self.add_sink(self.OUTPUT_TABLE, self.tr("SDG 11.2.1 indicator"), QgsProcessing.TypeVector)

    # ------------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        settings = self._settings(parameters, context)
        stops_source = source_of(self, parameters, self.STOPS, context)
        if has_no_features(stops_source, context):
            raise QgsProcessingException(self.tr("The stops layer is empty."))
        raster, fields = self._population_inputs(parameters, context)
        population_source = self.parameterAsSource(parameters, self.POPULATION_LAYER, context)
        for key in ("NETWORK", self.STOPS, self.POPULATION_LAYER):
            check_crs(self.parameterAsSource(parameters, key, context))
        loaded = self.read_network(
            parameters, context, feedback, "walk", (self.STOPS, self.POPULATION_LAYER), (0.0, 100.0)
        )
        stops = self._read_stops(stops_source, settings, loaded.crs, context, feedback)
        plan = core.plan_stops(
            self._classes(stops, settings, feedback), self._frequency(stops, settings, feedback),
            settings.low_m, settings.high_m,
        )  # fmt: skip
        feedback.pushInfo(
            self.tr("{0} low-capacity stops ({1} m) and {2} high-capacity stops ({3} m).").format(
                plan.count(LOW), settings.low_m, plan.count(HIGH), settings.high_m
            )
        )
        population = None
        if population_source is not None:
            population = self.read_population(parameters, context, feedback, loaded.crs, fields)
        scenarios = self._scenario_areas(loaded.graph, stops, plan, settings, feedback)
        fractions, frame = self._served(scenarios, population, raster, fields, loaded.crs, context, feedback)
        result = core.sdg_1121(frame, {k: np.nan_to_num(v) for k, v in fractions.items()})
        report_null_population(result.null_population, feedback)
        feedback.setProgress(90)
        rows = [
            (geometry, [name, None if name.startswith(HIGH) else settings.low_m,
                        None if name.startswith(LOW) else settings.high_m,
                        geometry.area() / 1e6 if geometry is not None else None])
            for name, geometry in scenarios.items()
        ]  # fmt: skip
        results = {
            self.OUTPUT: write_areas(self, parameters, self.OUTPUT, context, feedback, AREA_COLUMNS, rows, loaded.crs),
            self.OUTPUT_TABLE: write_indicator_table(
                self, parameters, context, self.OUTPUT_TABLE, result.table, feedback
            ),
        }  # fmt: skip
        if population is not None and parameters.get(self.OUTPUT_POPULATION) is not None:
            values = self._population_values(fractions, frame, population.zones.frame.index)
            dest = write_with_fields(
                self, parameters, self.OUTPUT_POPULATION, context, feedback, population.zones, values
            )
            on_load(context, dest, graduated("pct_all", start="#fff5eb", end="#08519c"))
            results[self.OUTPUT_POPULATION] = dest
        for scenario, value in result.overall.items():
            feedback.pushInfo(
                self.tr("SDG 11.2.1, {0}: {1} % of the population is served.").format(
                    scenario, f"{value:.2f}"
                )
            )
        return results

    # ------------------------------------------------------------------ inputs

    def _settings(self, parameters, context) -> Settings:
        """The run's parameters."""

        def text(key: str) -> str:
            return self.parameterAsString(parameters, key, context) or ""

        def number(key: str) -> float:
            return self.parameterAsDouble(parameters, key, context)

        return Settings(
            class_field=text(self.CLASS_FIELD),
            mode_field=text(self.MODE_FIELD),
            frequency_field=text(self.FREQUENCY_FIELD),
            default=(LOW, HIGH)[self.parameterAsEnum(parameters, self.DEFAULT_CLASS, context)],
            low_m=number(self.LOW_DISTANCE),
            high_m=number(self.HIGH_DISTANCE),
            unit=(core.PER_HOUR, core.HEADWAY)[
                self.parameterAsEnum(parameters, self.FREQUENCY_UNIT, context)
            ],
            minimum=number(self.MIN_FREQUENCY),
            buffer_m=number(self.BUFFER),
            snap_m=number(self.SNAP_DISTANCE),
        )

    def _population_inputs(self, parameters, context) -> tuple:
        """(raster file or None, population fields): a raster, or a population layer with fields."""
        source = self.parameterAsSource(parameters, self.POPULATION_LAYER, context)
        fields = self.parameterAsFields(parameters, self.POPULATION_FIELDS, context)
        layer = self.parameterAsRasterLayer(parameters, self.POPULATION_RASTER, context)
        if layer is None and (source is None or not fields):
            raise QgsProcessingException(
                self.tr("Give a population layer with at least one population field, or a population raster.")
            )
        if layer is None:
            return None, fields
        require("rasterio")
        path = raster_file(layer)
        if source is not None and QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise QgsProcessingException(
                self.tr("With a population raster, the population layer must hold polygons (zones).")
            )
        return (path, layer.crs()), []

    def _read_stops(self, source, settings: Settings, crs, context, feedback) -> Stops:
        """The stops in ``crs`` with the class, mode, frequency and stop_id fields that were given."""
        stop_id = STOP_ID if source.fields().lookupField(STOP_ID) >= 0 else None
        wanted = [settings.class_field, settings.mode_field, settings.frequency_field, stop_id]
        points = read_points(
            source, crs, context, None, list(dict.fromkeys(w for w in wanted if w)), feedback
        )
        if not points.ids:
            raise QgsProcessingException(self.tr("The stops layer has no feature with a geometry."))
        push_count(feedback, points.skipped_geometry, self.tr("{} stops without geometry skipped."))
        labels = points.attributes[stop_id] if stop_id else points.ids
        return Stops(points.xy, np.asarray(labels, dtype=object), stop_id is not None, points.attributes)

    def _classes(self, stops: Stops, settings: Settings, feedback) -> core.StopClasses:
        """Capacity class per stop: class field, else mode field, else the default class (logged)."""
        attributes = stops.attributes
        classes = core.stop_classes(
            attributes.get(settings.class_field) if settings.class_field else None,
            attributes.get(settings.mode_field) if settings.mode_field and not settings.class_field else None,
            settings.default,
            len(stops.xy),
        )
        if settings.class_field:
            push_count(
                feedback,
                classes.unknown,
                self.tr(
                    "{0} stops have a value other than low or high in field {1}: they get the default class."
                ),
                settings.class_field,
            )
        else:
            push_count(
                feedback,
                classes.unknown,
                self.tr("{0} stops have an unknown mode ({1}): they get the default class."),
                examples=classes.unknown_values,
                limit=10,
            )
        push_count(
            feedback,
            classes.excluded,
            self.tr(
                "{} stops have a mode that is not public transport for the indicator (taxi, air): left out."
            ),
        )
        return classes

    def _frequency(self, stops: Stops, settings: Settings, feedback) -> core.Frequency | None:
        """Which stops are frequent, or None without a frequency field (logged)."""
        name = settings.frequency_field
        if not name:
            return None
        values = read_numbers(stops.attributes[name]).checked(name)
        frequency = core.frequent_stops(values, settings.unit, settings.minimum)
        push_count(
            feedback,
            frequency.missing,
            self.tr("{0} stops have no value in field {1}: they are not counted as frequent."),
            name,
        )
        feedback.pushInfo(
            self.tr("{0} of {1} stops are frequent (at least {2} departures per hour).").format(
                int(frequency.frequent.sum()), len(values), settings.minimum
            )
        )
        return frequency

    # ------------------------------------------------------------------ areas and population

    def _scenario_areas(self, graph, stops: Stops, plan: core.StopPlan, settings: Settings, feedback) -> dict:
        """The dissolved walking area of every scenario (None where nothing is reached), with the stops that
        serve no one or sit on a piece of the network cut off from the rest logged."""
        progress = self.progress_callback(feedback, 0, 70)
        areas, unsnapped, fragment = {}, set(), set()
        for k, group in enumerate(plan.groups):
            area = service_area(
                graph, stops.xy[group.members], group.distance_m, settings.buffer_m, settings.snap_m,
                scaled(progress, k / len(plan.groups), (k + 1) / len(plan.groups)),
            )  # fmt: skip
            areas[group.name] = area.geometry
            unsnapped.update(group.members[area.reached.unsnapped].tolist())
            fragment.update(group.members[area.reached.on_fragment].tolist())
        self._report_links(stops, settings.snap_m, unsnapped, fragment, feedback)
        return {name: union([areas[g] for g in parts]) for name, parts in plan.scenarios.items()}

    def _report_links(self, stops: Stops, snap_m: float, unsnapped, fragment, feedback) -> None:
        """Log the stops farther than the snapping distance, and those on a piece of the network cut off
        from the rest."""
        if unsnapped:
            message = (
                self.tr(
                    "{0} stops are farther than {1} m from the street network and serve no one (stop_id): {2}"
                )
                if stops.by_stop_id
                else self.tr(
                    "{0} stops are farther than {1} m from the street network and serve no one (feature ids): {2}"
                )
            )
            feedback.pushWarning(
                message.format(len(unsnapped), snap_m, show_ids(stops.labels[sorted(unsnapped)], 10))
            )
        push_count(
            feedback,
            len(fragment),
            self.tr(
                "{0} stops stand on a piece of the street network cut off from the rest: they serve only the "
                "streets of that piece. Check the network there (a missing link, a footway not joined to the "
                "streets): {1}"
            ),
            examples=stops.labels[sorted(fragment)],
            limit=10,
        )

    def _served(self, scenarios: dict, population, raster, fields, crs, context, feedback) -> tuple:
        """Served share of each population feature per scenario, and the population table they weigh."""
        if raster is None:
            fractions = {k: served_fractions(a, population.geometries) for k, a in scenarios.items()}
            return fractions, population.zones.frame[fields].reset_index(drop=True)
        from rasterio.errors import RasterioError

        path, raster_crs = raster
        zones = population.geometries if population is not None else None
        try:
            served, totals = raster_served(
                path, raster_crs, scenarios, zones, crs, context, self.progress_callback(feedback, 75, 90)
            )
        except RasterioError as error:
            raise QgsProcessingException(
                self.tr("Cannot read the raster {0}: {1}").format(path, str(error))
            ) from error
        fractions = {k: served_shares(v, totals) for k, v in served.items()}
        return fractions, pd.DataFrame({"raster": totals})

    @staticmethod
    def _population_values(fractions: dict, frame: pd.DataFrame, index) -> pd.DataFrame:
        """The new fields of the population output: served share per scenario (%), served people per field."""
        values = {f"pct_{k}": 100.0 * np.asarray(v, dtype=float) for k, v in fractions.items()}
        served = np.nan_to_num(fractions["all"])[:, None] * np.nan_to_num(frame.to_numpy(dtype=float))
        values.update({f"served_{name}": served[:, i] for i, name in enumerate(frame.columns)})
        return pd.DataFrame(values, index=index)
