"""conecta:sdg1171 — SDG 11.7.1, open public space: share of city area and population within walking distance.

Open-space entrances are approximated by points every N metres along each open space's boundary; the
streets reachable on foot within the distance (default 400 m) from any entrance, buffered and dissolved,
plus the open spaces themselves, form the served area (processing.serviceareas). Arithmetic in
core.indicators.sdg_1171.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.indicators import sdg_1171
from ...core.progress import Cancelled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.geometry import union
from ..bridge.network import add_network_parameters, load_network
from ..bridge.numbers import check_numeric, clean
from ..bridge.readers import request_in, wkb_lines
from ..bridge.serviceareas import read_population, served_fractions, service_area, write_indicator_table
from ..bridge.writers import table_fields


def boundary_points(geometry: QgsGeometry, spacing: float) -> np.ndarray:
    """Points every ``spacing`` metres along the boundary of a polygon (its vertices included)."""
    boundary = QgsGeometry(geometry.constGet().boundary())
    if boundary.isNull() or boundary.isEmpty():
        return np.zeros((0, 2))
    dense = boundary.densifyByDistance(spacing)
    parts = wkb_lines(bytes(dense.asWkb()))
    return np.concatenate(parts) if parts else np.zeros((0, 2))


class Sdg1171(ConectaAlgorithm):
    """Open public space: area share of the city and share of population within walking distance."""

    ALG_NAME = "sdg1171"
    GROUP_ID = "indicators"
    OPEN_SPACES = "OPEN_SPACES"
    EXCLUDE_FIELD = "EXCLUDE_FIELD"
    EXCLUDE_VALUES = "EXCLUDE_VALUES"
    CITY_BOUNDARY = "CITY_BOUNDARY"
    POPULATION_LAYER = "POPULATION_LAYER"
    POPULATION_FIELDS = "POPULATION_FIELDS"
    DISTANCE = "DISTANCE"
    ENTRANCE_SPACING = "ENTRANCE_SPACING"
    BUFFER = "BUFFER"
    SNAP_DISTANCE = "SNAP_DISTANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def displayName(self) -> str:
        return self.tr("SDG 11.7.1 open public space")

    def shortHelpString(self) -> str:
        return self.tr(
            "SDG indicator 11.7.1 (UN-Habitat metadata, 2021): the share of the city's area that is open "
            "public space, and the share of the population living within a walking distance (default 400 m) "
            "of an open public space, along the street network.\n\n"
            "Fee-charging or private spaces can be left out with a field and its values. The city is the "
            "city boundary layer, or else the union of the population polygons.\n\n"
            "Entrances are approximated by points every N metres (default 25 m) along each open space's "
            "boundary, joined to the nearest street; the streets reachable on foot within the distance "
            "from any entrance are buffered by a small distance (the street frontage) and dissolved with the "
            "open spaces themselves. Population in polygons partly covered is apportioned by area; points "
            "count when inside.\n\n"
            "The table gives the area share (scenario open_space_area) and the population share per "
            "population field (scenario population_within_distance)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.OPEN_SPACES, self.tr("Open public spaces"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.EXCLUDE_FIELD,
                self.tr("Field to exclude spaces by (optional)"),
                parentLayerParameterName=self.OPEN_SPACES,
                optional=True,
            )
        )
        values = QgsProcessingParameterString(
            self.EXCLUDE_VALUES, self.tr("Values to exclude (comma-separated)"), optional=True
        )
        values.setHelp(self.tr("For example yes,private for a field saying whether a fee is charged."))
        self.addParameter(values)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CITY_BOUNDARY,
                self.tr("City boundary (optional)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        add_network_parameters(self, with_mode=False)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POPULATION_LAYER,
                self.tr("Population layer (polygons or points)"),
                [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POPULATION_FIELDS,
                self.tr("Population fields (total first, then disaggregations)"),
                parentLayerParameterName=self.POPULATION_LAYER,
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DISTANCE,
                self.tr("Walking distance (m)"),
                QgsProcessingParameterNumber.Double,
                400.0,
                minValue=1.0,
            )
        )
        for key, label, default in (
            (self.ENTRANCE_SPACING, self.tr("Entrance points along the boundary every (m)"), 25.0),
            (self.BUFFER, self.tr("Buffer around reached streets (m)"), 50.0),
            (
                self.SNAP_DISTANCE,
                self.tr("Maximum distance from an entrance to the street network (m)"),
                100.0,
            ),
        ):
            param = QgsProcessingParameterNumber(
                key, label, QgsProcessingParameterNumber.Double, default, minValue=0.1
            )
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Area within walking distance of open space"),
                QgsProcessing.TypeVectorPolygon,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE, self.tr("SDG 11.7.1 indicator"), QgsProcessing.TypeVector
            )
        )

    def _polygons(self, source, crs, context, feedback, exclude_field=None, exclude=()) -> tuple:
        """Valid polygons of ``source`` in ``crs``, minus excluded features; also the excluded count.
        Features without geometry are skipped and invalid polygons repaired, both reported."""
        geometries, excluded, skipped, repaired = [], 0, 0, 0
        for feature in source.getFeatures(request_in(crs, context)):
            if exclude_field:
                value = clean(feature[exclude_field])
                if value is not None and str(value).strip().lower() in exclude:
                    excluded += 1
                    continue
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                skipped += 1
                continue
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
                repaired += 1
            geometries.append(geometry)
        if skipped or repaired:
            feedback.pushWarning(
                self.tr("{0}: {1} features without geometry skipped, {2} invalid polygons repaired.").format(
                    source.sourceName(), skipped, repaired
                )
            )
        return geometries, excluded

    def processAlgorithm(self, parameters, context, feedback):
        spaces_source = self.parameterAsSource(parameters, self.OPEN_SPACES, context)
        if spaces_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.OPEN_SPACES))
        population_source = self.parameterAsSource(parameters, self.POPULATION_LAYER, context)
        if population_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.POPULATION_LAYER))
        fields = self.parameterAsFields(parameters, self.POPULATION_FIELDS, context)
        if not fields:
            raise QgsProcessingException(self.tr("Choose at least one population field."))
        for name in fields:
            check_numeric(population_source, name)
        city_source = self.parameterAsSource(parameters, self.CITY_BOUNDARY, context)
        polygons_population = (
            QgsWkbTypes.geometryType(population_source.wkbType()) == QgsWkbTypes.PolygonGeometry
        )
        if city_source is None and not polygons_population:
            raise QgsProcessingException(
                self.tr("With a population layer of points, give the city boundary layer.")
            )
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        spacing = self.parameterAsDouble(parameters, self.ENTRANCE_SPACING, context)
        buffer_m = self.parameterAsDouble(parameters, self.BUFFER, context)
        snap_m = self.parameterAsDouble(parameters, self.SNAP_DISTANCE, context)
        exclude_field = self.parameterAsString(parameters, self.EXCLUDE_FIELD, context) or None
        exclude = {
            v.strip().lower()
            for v in (self.parameterAsString(parameters, self.EXCLUDE_VALUES, context) or "").split(",")
            if v.strip()
        }

        loaded = load_network(
            self,
            parameters,
            context,
            feedback,
            mode="walk",
            others=(self.OPEN_SPACES, self.POPULATION_LAYER, self.CITY_BOUNDARY),
        )
        if loaded is None:
            return {}
        crs = loaded.crs
        spaces, excluded = self._polygons(spaces_source, crs, context, feedback, exclude_field, exclude)
        if excluded:
            feedback.pushInfo(
                self.tr("{0} open spaces excluded by field {1}.").format(excluded, exclude_field)
            )
        if not spaces:
            raise QgsProcessingException(self.tr("No open space polygon is left to analyse."))
        population = read_population(population_source, fields, crs, context, feedback)
        if not population.features:
            raise QgsProcessingException(self.tr("The population layer is empty."))
        if population.null_geometry:
            feedback.pushWarning(
                self.tr("{} population features have no geometry: they count as not served.").format(
                    population.null_geometry
                )
            )
        if city_source is not None:
            city_parts, _ = self._polygons(city_source, crs, context, feedback)
            if not city_parts:
                raise QgsProcessingException(self.tr("The city boundary layer has no polygon."))
        else:
            city_parts = [g for g in population.geometries if g is not None]
            if not city_parts:
                raise QgsProcessingException(
                    self.tr(
                        "The population layer has no polygon to define the city area: give a city boundary "
                        "layer."
                    )
                )
        city = union(city_parts)
        open_space = union(spaces)
        open_in_city = open_space.intersection(city)
        feedback.setProgress(10)

        entrances = np.concatenate([boundary_points(g, spacing) for g in spaces])
        try:
            result = service_area(
                loaded.graph, entrances, distance, buffer_m, snap_m, self.progress_callback(feedback, 10, 70)
            )
        except Cancelled:
            return {}
        if len(result.unsnapped):
            feedback.pushWarning(
                self.tr("{0} of {1} entrance points are farther than {2} m from the street network.").format(
                    len(result.unsnapped), len(entrances), snap_m
                )
            )
        served_area = union([result.geometry, open_space])
        fractions = served_fractions(served_area, population.geometries)
        if feedback.isCanceled():
            return {}
        frame = pd.DataFrame({name: population.values[name] for name in fields})
        indicator = sdg_1171(
            [open_in_city.area()],
            [city.area()],
            population=frame,
            served={"population_within_distance": np.nan_to_num(fractions)},
        )
        for name, count in indicator.population.null_population.items():
            feedback.pushWarning(
                self.tr("{0} features have no value in field {1}: counted as 0.").format(count, name)
            )
        for name in indicator.population.zero_population_fields:
            raise QgsProcessingException(
                self.tr("The population field {} sums to zero: choose a field with population.").format(name)
            )

        area_fields = table_fields([("distance_m", QVariant.Double), ("area_km2", QVariant.Double)])
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, area_fields, QgsWkbTypes.MultiPolygon, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        feature = QgsFeature(area_fields)
        feature.setGeometry(served_area)
        feature.setAttributes([distance, served_area.area() / 1e6])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)

        area_row = indicator.area.iloc[-1]
        pop = indicator.population.table
        area = pd.DataFrame(
            {
                "scenario": ["open_space_area"],
                "field": ["area_m2"],
                "served": [float(area_row["open_space_area"])],
                "total": [float(area_row["city_area"])],
                "indicator_pct": [float(area_row["share_open_space_pct"])],
            }
        )
        table = pd.concat(
            [area, pop[["scenario", "field", "served", "total", "indicator_pct"]]], ignore_index=True
        )
        table_id = write_indicator_table(self, parameters, context, self.OUTPUT_TABLE, table)
        feedback.pushInfo(
            self.tr(
                "Open public space: {0} % of the city area; {1} % of the population within {2} m."
            ).format(
                f"{area_row['share_open_space_pct']:.2f}",
                f"{indicator.population.overall['population_within_distance']:.2f}",
                distance,
            )
        )
        return {self.OUTPUT: dest_id, self.OUTPUT_TABLE: table_id}
