"""conecta:sdg1121 — SDG 11.2.1, share of the population with convenient access to public transport.

Walking service areas along the street network (500 m from low-capacity stops, 1,000 m from
high-capacity ones, both parameters), dissolved per scenario (all, low, high and, with a frequency
field, the same for frequent stops only); population apportioned by area share (polygons), by
location (points) or from a raster; the indicator overall and per disaggregation field (core.indicators).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.indicators import HIGH, LOW, class_of_mode, class_of_value, sdg_1121
from ...core.progress import Cancelled, scaled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.crs import has_features
from ..bridge.deps import require
from ..bridge.geometry import union
from ..bridge.network import add_network_parameters, first, load_network
from ..bridge.numbers import check_numeric, to_float
from ..bridge.raster import nan_to_null, raster_path
from ..bridge.readers import read_points
from ..bridge.serviceareas import (
    raster_shares,
    read_population,
    served_fractions,
    service_area,
    write_indicator_table,
)
from ..bridge.styles import graduated, on_load
from ..bridge.writers import table_fields

STOP_ID = "stop_id"
"""The GTFS stop id field (conecta:gtfsstops writes it): far-away stops are listed by it when present."""


class Sdg1121(ConectaAlgorithm):
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
    POPULATION_LAYER = "POPULATION_LAYER"
    POPULATION_FIELDS = "POPULATION_FIELDS"
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
        add_network_parameters(self, with_mode=False)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STOPS, self.tr("Public transport stops"), [QgsProcessing.TypeVectorPoint]
            )
        )
        class_field = QgsProcessingParameterField(
            self.CLASS_FIELD,
            self.tr("Capacity class field (low/high, optional)"),
            parentLayerParameterName=self.STOPS,
            optional=True,
        )
        class_field.setHelp(self.tr("A field with the values low or high for each stop."))
        self.addParameter(class_field)
        mode_field = QgsProcessingParameterField(
            self.MODE_FIELD,
            self.tr("Mode field (optional, used when there is no class field)"),
            parentLayerParameterName=self.STOPS,
            optional=True,
        )
        mode_field.setHelp(
            self.tr(
                "A field with the mode of each stop (bus, tram, brt, rail, metro, subway, ferry …) or its GTFS "
                "route_type; modes are mapped to capacity classes as in the SDG metadata."
            )
        )
        self.addParameter(mode_field)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DEFAULT_CLASS,
                self.tr("Class of stops without class or mode"),
                options=[self.tr("Low capacity"), self.tr("High capacity")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LOW_DISTANCE,
                self.tr("Walking distance to low-capacity stops (m)"),
                QgsProcessingParameterNumber.Double,
                500.0,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.HIGH_DISTANCE,
                self.tr("Walking distance to high-capacity stops (m)"),
                QgsProcessingParameterNumber.Double,
                1000.0,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FREQUENCY_FIELD,
                self.tr("Frequency field (optional)"),
                parentLayerParameterName=self.STOPS,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FREQUENCY_UNIT,
                self.tr("The frequency field holds"),
                options=[self.tr("Departures per hour"), self.tr("Headway (minutes)")],
                defaultValue=0,
            )
        )
        minimum = QgsProcessingParameterNumber(
            self.MIN_FREQUENCY,
            self.tr("Minimum departures per hour of a frequent stop"),
            QgsProcessingParameterNumber.Double,
            3.0,
            minValue=0.01,
        )
        minimum.setHelp(
            self.tr(
                "3 departures per hour is a headway of 20 minutes. With a headway field, a stop is frequent "
                "when its headway is at most 60 / this value minutes."
            )
        )
        self.addParameter(minimum)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POPULATION_LAYER,
                self.tr("Population layer (polygons or points)"),
                [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )
        fields = QgsProcessingParameterField(
            self.POPULATION_FIELDS,
            self.tr("Population fields (total first, then disaggregations)"),
            parentLayerParameterName=self.POPULATION_LAYER,
            type=QgsProcessingParameterField.Numeric,
            allowMultiple=True,
            optional=True,
        )
        fields.setHelp(
            self.tr(
                "The first field is the total population of the headline figure; others (women, men, age "
                "groups, persons with disabilities …) get their own indicator."
            )
        )
        self.addParameter(fields)
        raster = QgsProcessingParameterRasterLayer(
            self.POPULATION_RASTER, self.tr("Population raster (instead of fields)"), optional=True
        )
        raster.setHelp(
            self.tr(
                "A population grid such as WorldPop or GHS-POP. The polygons of the population layer, when "
                "given, are the zones (and the city); otherwise the whole raster is the city."
            )
        )
        self.addParameter(raster)
        buffer = QgsProcessingParameterNumber(
            self.BUFFER,
            self.tr("Buffer around reached streets (m)"),
            QgsProcessingParameterNumber.Double,
            50.0,
            minValue=0.1,
        )
        buffer.setFlags(buffer.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(buffer)
        snap = QgsProcessingParameterNumber(
            self.SNAP_DISTANCE,
            self.tr("Maximum distance from a stop to the street network (m)"),
            QgsProcessingParameterNumber.Double,
            250.0,
            minValue=0.0,
        )
        snap.setFlags(snap.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(snap)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Served areas"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_POPULATION,
                self.tr("Population with served share"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE, self.tr("SDG 11.2.1 indicator"), QgsProcessing.TypeVector
            )
        )

    # ------------------------------------------------------------------ helpers

    def _stop_classes(self, parameters, context, source, stops, feedback) -> np.ndarray:
        """Capacity class per stop: class field, else mode field, else the default class."""
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context) or None
        mode_field = self.parameterAsString(parameters, self.MODE_FIELD, context) or None
        default = (LOW, HIGH)[self.parameterAsEnum(parameters, self.DEFAULT_CLASS, context)]
        n = len(stops.ids)
        if class_field:
            classes = np.array([class_of_value(v) for v in stops.attributes[class_field]], dtype=object)
            unknown = classes == ""
            if unknown.any():
                feedback.pushWarning(
                    self.tr(
                        "{0} stops have a value other than low or high in field {1}: they get the default class."
                    ).format(int(unknown.sum()), class_field)
                )
            classes[unknown] = default
            return classes
        if mode_field:
            classes = np.array([class_of_mode(v) for v in stops.attributes[mode_field]], dtype=object)
            unknown = np.array([c == "" for c in classes])
            excluded = np.array([c is None for c in classes])
            if unknown.any():
                values = sorted({str(v) for v, u in zip(stops.attributes[mode_field], unknown) if u})
                feedback.pushWarning(
                    self.tr("{0} stops have an unknown mode ({1}): they get the default class.").format(
                        int(unknown.sum()), first(values)
                    )
                )
                classes[unknown] = default
            if excluded.any():
                feedback.pushWarning(
                    self.tr(
                        "{} stops have a mode that is not public transport for the indicator (taxi, air): left out."
                    ).format(int(excluded.sum()))
                )
            return classes
        return np.full(n, default, dtype=object)

    def _frequent(self, parameters, context, source, stops, feedback) -> np.ndarray | None:
        """Mask of frequent stops, or None without a frequency field."""
        field = self.parameterAsString(parameters, self.FREQUENCY_FIELD, context) or None
        if not field:
            return None
        values, bad = to_float(stops.attributes[field])
        minimum = self.parameterAsDouble(parameters, self.MIN_FREQUENCY, context)
        if self.parameterAsEnum(parameters, self.FREQUENCY_UNIT, context) == 0:
            frequent = values >= minimum - 1e-9
        else:
            frequent = (values > 0) & (values <= 60.0 / minimum + 1e-9)
        missing = int(np.isnan(values).sum())
        if missing:
            feedback.pushWarning(
                self.tr("{0} stops have no value in field {1}: they are not counted as frequent.").format(
                    missing, field
                )
            )
        feedback.pushInfo(
            self.tr("{0} of {1} stops are frequent (at least {2} departures per hour).").format(
                int(frequent.sum()), len(values), minimum
            )
        )
        return frequent

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):
        stops_source = self.parameterAsSource(parameters, self.STOPS, context)
        if stops_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.STOPS))
        if not has_features(stops_source):
            raise QgsProcessingException(self.tr("The stops layer is empty."))
        population_source = self.parameterAsSource(parameters, self.POPULATION_LAYER, context)
        population_fields = self.parameterAsFields(parameters, self.POPULATION_FIELDS, context)
        raster = self.parameterAsRasterLayer(parameters, self.POPULATION_RASTER, context)
        if raster is None and (population_source is None or not population_fields):
            raise QgsProcessingException(
                self.tr("Give a population layer with at least one population field, or a population raster.")
            )
        raster_file = None
        if raster is not None:
            require("rasterio")
            raster_file = raster_path(raster, str(parameters.get(self.POPULATION_RASTER)))
            population_fields = []
            if population_source is not None and (
                QgsWkbTypes.geometryType(population_source.wkbType()) != QgsWkbTypes.PolygonGeometry
            ):
                raise QgsProcessingException(
                    self.tr("With a population raster, the population layer must hold polygons (zones).")
                )
        for name in population_fields:
            check_numeric(population_source, name)
        frequency_field = self.parameterAsString(parameters, self.FREQUENCY_FIELD, context) or None
        if frequency_field:
            check_numeric(stops_source, frequency_field)
        low_m = self.parameterAsDouble(parameters, self.LOW_DISTANCE, context)
        high_m = self.parameterAsDouble(parameters, self.HIGH_DISTANCE, context)
        buffer_m = self.parameterAsDouble(parameters, self.BUFFER, context)
        snap_m = self.parameterAsDouble(parameters, self.SNAP_DISTANCE, context)

        loaded = load_network(
            self, parameters, context, feedback, mode="walk", others=(self.STOPS, self.POPULATION_LAYER)
        )
        if loaded is None:
            return {}
        crs = loaded.crs
        wanted = [
            self.parameterAsString(parameters, name, context)
            for name in (self.CLASS_FIELD, self.MODE_FIELD, self.FREQUENCY_FIELD)
        ]
        stop_id = STOP_ID if stops_source.fields().lookupField(STOP_ID) >= 0 else None
        stops = read_points(
            stops_source, crs, context, None, list(dict.fromkeys(w for w in [*wanted, stop_id] if w))
        )
        if not stops.ids:
            raise QgsProcessingException(self.tr("The stops layer has no feature with a geometry."))
        if stops.skipped_geometry:
            feedback.pushWarning(self.tr("{} stops without geometry skipped.").format(stops.skipped_geometry))
        classes = self._stop_classes(parameters, context, stops_source, stops, feedback)
        frequent = self._frequent(parameters, context, stops_source, stops, feedback)
        is_low = np.array([c == LOW for c in classes])
        is_high = np.array([c == HIGH for c in classes])
        feedback.pushInfo(
            self.tr("{0} low-capacity stops ({1} m) and {2} high-capacity stops ({3} m).").format(
                int(is_low.sum()), low_m, int(is_high.sum()), high_m
            )
        )

        population = None
        if population_source is not None:
            population = read_population(population_source, population_fields, crs, context, feedback)
            if not population.features:
                raise QgsProcessingException(self.tr("The population layer is empty."))
            if population.null_geometry:
                feedback.pushWarning(
                    self.tr("{} population features have no geometry: they count as not served.").format(
                        population.null_geometry
                    )
                )
            for name in population_fields:
                if not np.nansum(population.values[name]) > 0:
                    raise QgsProcessingException(
                        self.tr(
                            "The population field {} sums to zero: choose a field with population."
                        ).format(name)
                    )

        # service areas per scenario
        groups = [("low", is_low, low_m), ("high", is_high, high_m)]
        if frequent is not None:
            groups += [
                ("low_frequent", is_low & frequent, low_m),
                ("high_frequent", is_high & frequent, high_m),
            ]
        progress = self.progress_callback(feedback, 0, 70)
        areas: dict = {}
        unsnapped: set = set()
        ids = np.asarray(stops.ids, dtype=object)
        try:
            for k, (name, mask, distance) in enumerate(groups):
                members = np.flatnonzero(mask)
                result = service_area(
                    loaded.graph,
                    stops.xy[members],
                    distance,
                    buffer_m,
                    snap_m,
                    scaled(progress, k / len(groups), (k + 1) / len(groups)),
                )
                areas[name] = result.geometry
                unsnapped.update(members[result.unsnapped].tolist())
        except Cancelled:
            return {}
        if unsnapped:
            far = sorted(unsnapped)
            if stop_id:
                message = self.tr(
                    "{0} stops are farther than {1} m from the street network and serve no one (stop_id): {2}"
                )
                labels = [stops.attributes[stop_id][i] for i in far]
            else:
                message = self.tr(
                    "{0} stops are farther than {1} m from the street network and serve no one (feature ids): {2}"
                )
                labels = ids[far]
            feedback.pushWarning(message.format(len(unsnapped), snap_m, first(labels)))
        scenarios = {"all": union([areas["low"], areas["high"]]), "low": areas["low"], "high": areas["high"]}
        if frequent is not None:
            scenarios["all_frequent"] = union([areas["low_frequent"], areas["high_frequent"]])
            scenarios["low_frequent"] = areas["low_frequent"]
            scenarios["high_frequent"] = areas["high_frequent"]
        if feedback.isCanceled():
            return {}
        feedback.setProgress(75)

        # population served per scenario
        if raster_file is not None:
            zones = population.geometries if population is not None else None
            try:
                served_sums, totals = raster_shares(raster_file, raster.crs(), scenarios, zones, crs, context)
            except Exception as error:  # rasterio errors come in many classes
                raise QgsProcessingException(
                    self.tr("Cannot read the raster {0}: {1}").format(raster_file, str(error))
                ) from error
            with np.errstate(invalid="ignore", divide="ignore"):
                fractions = {
                    k: np.where(totals > 0, v / np.where(totals > 0, totals, 1), 0.0)
                    for k, v in served_sums.items()
                }
            frame = pd.DataFrame({"raster": totals})
            population_fields = ["raster"]
        else:
            fractions = {k: served_fractions(a, population.geometries) for k, a in scenarios.items()}
            frame = pd.DataFrame({name: population.values[name] for name in population_fields})
        if feedback.isCanceled():
            return {}
        feedback.setProgress(90)
        result = sdg_1121(frame, {k: np.nan_to_num(v) for k, v in fractions.items()})
        for name, count in result.null_population.items():
            feedback.pushWarning(
                self.tr("{0} features have no value in field {1}: counted as 0.").format(count, name)
            )

        out_fields = None
        if population is not None and parameters.get(self.OUTPUT_POPULATION) is not None:
            out_fields = QgsFields(population_source.fields())
            new = [f"pct_{k}" for k in scenarios] + [f"served_{name}" for name in population_fields]
            for name in new:
                if out_fields.lookupField(name) >= 0:
                    raise QgsProcessingException(
                        self.tr("The population layer already has a field {}: rename it first.").format(name)
                    )
                out_fields.append(QgsField(name, QVariant.Double))

        # outputs (everything validated and computed above)
        area_fields = table_fields(
            [
                ("scenario", QVariant.String),
                ("distance_low_m", QVariant.Double),
                ("distance_high_m", QVariant.Double),
                ("area_km2", QVariant.Double),
            ]
        )
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, area_fields, QgsWkbTypes.MultiPolygon, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for name, geometry in scenarios.items():
            if geometry is None:
                continue
            feature = QgsFeature(area_fields)
            feature.setGeometry(geometry)
            low_d = None if name.startswith("high") else low_m
            high_d = None if name.startswith("low") else high_m
            feature.setAttributes([name, low_d, high_d, geometry.area() / 1e6])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)

        table_id = write_indicator_table(self, parameters, context, self.OUTPUT_TABLE, result.table)
        results = {self.OUTPUT: dest_id, self.OUTPUT_TABLE: table_id}

        if population is not None and out_fields is not None:
            pop_sink, pop_id = self.parameterAsSink(
                parameters,
                self.OUTPUT_POPULATION,
                context,
                out_fields,
                population_source.wkbType(),
                population_source.sourceCrs(),
            )
            if pop_sink is not None:
                values = frame.to_numpy(dtype=float)
                served_all = np.nan_to_num(fractions["all"])[:, None] * np.nan_to_num(values)
                shares = [100.0 * np.asarray(v) for v in fractions.values()]
                batch = []
                for i, original in enumerate(population.features):
                    feature = QgsFeature(out_fields)
                    feature.setGeometry(original.geometry())
                    feature.setAttributes(
                        original.attributes()
                        + [nan_to_null(s[i]) for s in shares]
                        + [float(v) for v in served_all[i]]
                    )
                    batch.append(feature)
                pop_sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                results[self.OUTPUT_POPULATION] = pop_id
                on_load(context, pop_id, graduated("pct_all", start="#fff5eb", end="#08519c"))

        for scenario, value in result.overall.items():
            feedback.pushInfo(
                self.tr("SDG 11.2.1, {0}: {1} % of the population is served.").format(
                    scenario, f"{value:.2f}"
                )
            )
        feedback.setProgress(100)
        return results
