"""conecta:isochrones — areas reachable along the street network within given minutes."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import network as core
from ...core.progress import Cancelled, scaled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.geometry import buffered_union
from ..bridge.network import add_network_parameters, first, load_network, report_skipped_points
from ..bridge.parsers import parse_minutes
from ..bridge.readers import read_points
from ..bridge.styles import graduated, on_load
from ..bridge.writers import id_variant, table_fields


class Isochrones(ConectaAlgorithm):
    """Isochrone polygons built from the reached parts of the network (partial streets included)."""

    ALG_NAME = "isochrones"
    GROUP_ID = "network"

    def displayName(self) -> str:
        return self.tr("Isochrones (street network)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Areas reachable on foot, by bicycle or by car from points within given minutes (for example "
            "10, 20, 30), one area per point or dissolved for all points. Each area is built from the parts "
            "of the street network actually reached — streets partly reached are cut at the exact point — "
            "buffered by a small distance. The time budget is reduced by the time it takes to walk the "
            "buffer distance, so an isochrone never extends beyond the time limit (unlike triangulated "
            "isochrones, which interpolate across blocks, rivers and highways).\n\n"
            "Speeds, one-way streets and snapping follow 'Travel-time matrix (street network)'."
        )

    def initAlgorithm(self, config=None) -> None:
        add_network_parameters(self, with_mode=True, default_mode=0)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT",
                self.tr("Starting points"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "ID_FIELD", self.tr("Id field"), parentLayerParameterName="INPUT", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "INTERVALS", self.tr("Minutes (comma-separated)"), defaultValue="10,20,30"
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "PER_POINT", self.tr("One isochrone per point (else dissolved)"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterDistance(
                "BUFFER", self.tr("Buffer around reached streets"), 30.0, "NETWORK", minValue=1.0
            )
        )
        self.addParameter(
            QgsProcessingParameterDistance(
                "SNAP_DISTANCE",
                self.tr("Maximum snapping distance to the network"),
                500.0,
                "NETWORK",
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Isochrones"), QgsProcessing.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        try:
            minutes = parse_minutes(self.parameterAsString(parameters, "INTERVALS", context))
        except ValueError:
            raise QgsProcessingException(
                self.tr("Minutes must be positive numbers separated by commas, for example 10, 20, 30.")
            ) from None
        loaded = load_network(self, parameters, context, feedback, others=("INPUT",))
        if loaded is None:
            return {}
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        id_field = self.parameterAsString(parameters, "ID_FIELD", context) or None
        points = read_points(source, loaded.crs, context, id_field)
        if not points.ids:
            raise QgsProcessingException(self.tr("The starting points layer has no feature with a geometry."))
        report_skipped_points(points, self.tr("Starting points"), feedback)
        per_point = self.parameterAsBoolean(parameters, "PER_POINT", context)
        if per_point and points.duplicates:
            raise QgsProcessingException(
                self.tr("The id field {0} has duplicate values: {1}.").format(
                    id_field, first(points.duplicates)
                )
            )
        buffer_m = self.parameterAsDouble(parameters, "BUFFER", context)
        snap = self.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
        shrink = buffer_m / (loaded.graph.walk_speed_kmh / 3.6)
        progress = self.progress_callback(feedback)
        try:
            reached = core.reached_segments(
                loaded.graph,
                points.xy,
                minutes,
                per_origin=per_point,
                max_snap_m=snap,
                shrink_seconds=shrink,
                progress=scaled(progress, 0.0, 0.6),
            )
        except Cancelled:
            return {}
        ids = np.asarray(points.ids, dtype=object)
        if len(reached.unsnapped):
            feedback.pushWarning(
                self.tr(
                    "{0} points are farther than {1} m from the network and get no isochrone: {2}"
                ).format(len(reached.unsnapped), snap, first(ids[reached.unsnapped]))
            )
        fields = table_fields(
            [("id", id_variant(points.ids)), ("minutes", QVariant.Double), ("area_km2", QVariant.Double)]
        )
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.MultiPolygon, loaded.crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        total = max(len(reached.lines) * len(minutes), 1)
        done = 0
        features = []
        for group, per_minute in enumerate(reached.lines):
            for budget, pieces in sorted(zip(reached.minutes, per_minute), key=lambda item: -item[0]):
                done += 1
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(60 + 40 * done / total)
                if not pieces:
                    continue
                area = buffered_union(pieces, buffer_m)
                if area is None or area.isEmpty():
                    continue
                area.convertToMultiType()
                feature = QgsFeature(fields)
                feature.setGeometry(area)
                feature.setAttributes([ids[group] if per_point else None, float(budget), area.area() / 1e6])
                features.append(feature)
        sink.addFeatures(features, QgsFeatureSink.FastInsert)
        feedback.pushInfo(self.tr("{} isochrones written.").format(len(features)))
        on_load(
            context,
            dest_id,
            graduated("minutes", classes=max(len(minutes), 2), start="#1a9850", end="#d73027"),
        )
        return {"OUTPUT": dest_id}
