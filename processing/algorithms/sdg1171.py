"""conecta:sdg1171 — SDG 11.7.1, open public space: share of city area and population within walking distance.

Open-space entrances are approximated by points every N metres along each open space's boundary; the
streets reachable on foot within the distance (default 400 m) from any entrance, buffered and dissolved,
plus the open spaces themselves, form the served area (bridge.serviceareas). Arithmetic in
core.indicators.sdg1171.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import QgsGeometry, QgsProcessing, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ...core.indicators.sdg1171 import sdg_1171
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.crs import check_crs
from ..bridge.geometry import union
from ..bridge.messages import push_count
from ..bridge.network import NetworkInput
from ..bridge.polygons import read_polygons
from ..bridge.readers import source_of, wkb_lines
from ..bridge.serviceareas import (
    PopulationInput,
    report_null_population,
    served_fractions,
    service_area,
    write_areas,
    write_indicator_table,
)

AREA_COLUMNS = [("distance_m", QVariant.Double), ("area_km2", QVariant.Double)]


def boundary_points(geometry: QgsGeometry, spacing: float) -> np.ndarray:
    """Points every ``spacing`` metres along the boundary of a polygon (its vertices included)."""
    boundary = QgsGeometry(geometry.constGet().boundary())
    if boundary.isNull() or boundary.isEmpty():
        return np.zeros((0, 2))
    dense = boundary.densifyByDistance(spacing)
    parts = wkb_lines(bytes(dense.asWkb()))
    return np.concatenate(parts) if parts else np.zeros((0, 2))


class Sdg1171(NetworkInput, PopulationInput, ConectaAlgorithm):
    """Open public space: area share of the city and share of population within walking distance."""

    ALG_NAME = "sdg1171"
    GROUP_ID = "indicators"
    OPEN_SPACES = "OPEN_SPACES"
    EXCLUDE_FIELD = "EXCLUDE_FIELD"
    EXCLUDE_VALUES = "EXCLUDE_VALUES"
    CITY_BOUNDARY = "CITY_BOUNDARY"
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
        self.add_layer(self.OPEN_SPACES, self.tr("Open public spaces"), [QgsProcessing.TypeVectorPolygon])
        self.add_field(
            self.EXCLUDE_FIELD,
            self.tr("Field to exclude spaces by (optional)"),
            self.OPEN_SPACES,
            optional=True,
        )
        self.add_text(
            self.EXCLUDE_VALUES, self.tr("Values to exclude (comma-separated)"), optional=True,
            help_text=self.tr("For example yes,private for a field saying whether a fee is charged."),
        )  # fmt: skip
        self.add_layer(
            self.CITY_BOUNDARY, self.tr("City boundary (optional)"), [QgsProcessing.TypeVectorPolygon],
            optional=True,
        )  # fmt: skip
        self.add_network_parameters(with_mode=False)
        self.add_population_parameters()
        self.add_number(self.DISTANCE, self.tr("Walking distance (m)"), 400.0, minimum=1.0)
        for key, label, default in (
            (self.ENTRANCE_SPACING, self.tr("Entrance points along the boundary every (m)"), 25.0),
            (self.BUFFER, self.tr("Buffer around reached streets (m)"), 50.0),
            (
                self.SNAP_DISTANCE,
                self.tr("Maximum distance from an entrance to the street network (m)"),
                100.0,
            ),
        ):
            self.add_number(key, label, default, minimum=0.1, advanced=True)
        self.add_sink(
            self.OUTPUT,
            self.tr("Area within walking distance of open space"),
            QgsProcessing.TypeVectorPolygon,
        )
        self.add_sink(self.OUTPUT_TABLE, self.tr("SDG 11.7.1 indicator"), QgsProcessing.TypeVector)

    def process(self, parameters, context, feedback):
        fields = self.parameterAsFields(parameters, self.POPULATION_FIELDS, context)
        spaces_source, city_source = self._check_inputs(parameters, context)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        loaded = self.read_network(
            parameters, context, feedback, "walk", (self.OPEN_SPACES, self.POPULATION_LAYER, self.CITY_BOUNDARY),
            (0.0, 100.0),
        )  # fmt: skip
        spaces = self._open_spaces(parameters, context, feedback, spaces_source, loaded.crs)
        population = self.read_population(parameters, context, feedback, loaded.crs, fields)
        city = union(self._city(city_source, population, loaded.crs, context, feedback))
        open_space = union(spaces)
        served_area = union(
            [self._walking_area(parameters, context, feedback, loaded.graph, spaces), open_space]
        )
        fractions = served_fractions(served_area, population.geometries)
        indicator = sdg_1171(
            [open_space.intersection(city).area()],
            [city.area()],
            population=population.zones.frame[fields].reset_index(drop=True),
            served={"population_within_distance": np.nan_to_num(fractions)},
        )
        report_null_population(indicator.population.null_population, feedback)
        rows = [(served_area, [distance, served_area.area() / 1e6])]
        area_id = write_areas(
            self, parameters, self.OUTPUT, context, feedback, AREA_COLUMNS, rows, loaded.crs
        )
        table_id = write_indicator_table(
            self, parameters, context, self.OUTPUT_TABLE, self._table(indicator), feedback
        )
        feedback.pushInfo(
            self.tr(
                "Open public space: {0} % of the city area; {1} % of the population within {2} m."
            ).format(
                f"{indicator.area.iloc[-1]['share_open_space_pct']:.2f}",
                f"{indicator.population.overall['population_within_distance']:.2f}",
                distance,
            )
        )
        return {self.OUTPUT: area_id, self.OUTPUT_TABLE: table_id}

    def _check_inputs(self, parameters, context) -> tuple:
        """The open spaces and city boundary sources, once every layer is known to have a CRS."""
        spaces_source = source_of(self, parameters, self.OPEN_SPACES, context)
        population_source = source_of(self, parameters, self.POPULATION_LAYER, context)
        city_source = self.parameterAsSource(parameters, self.CITY_BOUNDARY, context)
        polygons = QgsWkbTypes.geometryType(population_source.wkbType()) == QgsWkbTypes.PolygonGeometry
        if city_source is None and not polygons:
            raise QgsProcessingException(
                self.tr("With a population layer of points, give the city boundary layer.")
            )
        network = self.parameterAsSource(parameters, "NETWORK", context)
        for source in (network, spaces_source, population_source, city_source):
            check_crs(source)
        return spaces_source, city_source

    def _walking_area(self, parameters, context, feedback, graph, spaces: list):
        """The streets within walking distance of the open spaces' entrances, buffered and dissolved."""
        spacing = self.parameterAsDouble(parameters, self.ENTRANCE_SPACING, context)
        snap_m = self.parameterAsDouble(parameters, self.SNAP_DISTANCE, context)
        entrances = np.concatenate([boundary_points(g, spacing) for g in spaces])
        feedback.setProgress(10)
        result = service_area(
            graph, entrances, self.parameterAsDouble(parameters, self.DISTANCE, context),
            self.parameterAsDouble(parameters, self.BUFFER, context), snap_m, self.progress_callback(feedback, 10, 70),
        )  # fmt: skip
        push_count(
            feedback,
            len(result.reached.unsnapped),
            self.tr("{0} of {1} entrance points are farther than {2} m from the street network."),
            len(entrances),
            snap_m,
        )
        return result.geometry

    def _open_spaces(self, parameters, context, feedback, source, crs) -> list:
        """The open-space polygons in ``crs``, without the excluded ones (logged)."""
        exclude_field = self.parameterAsString(parameters, self.EXCLUDE_FIELD, context) or None
        text = self.parameterAsString(parameters, self.EXCLUDE_VALUES, context) or ""
        exclude = {v.strip().lower() for v in text.split(",") if v.strip()}
        read = read_polygons(source, crs, context, feedback, exclude_field)
        self._report_missing(read, feedback)
        kept = read.geometries
        if exclude_field:
            keep = [v is None or str(v).strip().lower() not in exclude for v in read.values]
            kept = [g for g, k in zip(read.geometries, keep) if k]
            if len(kept) < len(keep):
                feedback.pushInfo(
                    self.tr("{0} open spaces excluded by field {1}.").format(
                        len(keep) - len(kept), exclude_field
                    )
                )
        if not kept:
            raise QgsProcessingException(self.tr("No open space polygon is left to analyse."))
        return kept

    def _city(self, source, population, crs, context, feedback) -> list:
        """The city's polygons: the boundary layer's, else the population polygons."""
        if source is not None:
            read = read_polygons(source, crs, context, feedback)
            self._report_missing(read, feedback)
            if not read.geometries:
                raise QgsProcessingException(self.tr("The city boundary layer has no polygon."))
            return read.geometries
        parts = [g for g in population.geometries if g is not None]
        if not parts:
            raise QgsProcessingException(
                self.tr(
                    "The population layer has no polygon to define the city area: give a city boundary layer."
                )
            )
        return parts

    def _report_missing(self, read, feedback) -> None:
        """Warn about the features of a polygon layer left out for want of a polygon."""
        if read.no_geometry + read.not_polygon:
            feedback.pushWarning(
                self.tr("{0}: {1} features without geometry skipped, {2} invalid polygons repaired.").format(
                    read.log.name, read.no_geometry + read.not_polygon, len(read.log.repaired)
                )
            )

    @staticmethod
    def _table(indicator) -> pd.DataFrame:
        """The indicator table: the area share, then the population share per field."""
        area_row = indicator.area.iloc[-1]
        area = pd.DataFrame(
            {
                "scenario": ["open_space_area"],
                "field": ["area_m2"],
                "served": [float(area_row["open_space_area"])],
                "total": [float(area_row["city_area"])],
                "indicator_pct": [float(area_row["share_open_space_pct"])],
            }
        )
        population = indicator.population.table[["scenario", "field", "served", "total", "indicator_pct"]]
        return pd.concat([area, population], ignore_index=True)
