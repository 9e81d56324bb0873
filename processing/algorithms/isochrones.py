"""conecta:isochrones — areas reachable along the street network within given minutes."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import network as core
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.geometry import buffered_union
from ..bridge.messages import push_count, show_ids
from ..bridge.network import NetworkInput, read_point_layer
from ..bridge.street_scenarios import StreetScenarioInput
from ..bridge.styles import graduated, on_load
from ..bridge.writers import Output, id_variant, table_fields


class Isochrones(StreetScenarioInput, NetworkInput, ConectaAlgorithm):
    """Isochrone polygons built from the reached parts of the network (partial streets included)."""

    ALG_NAME = "isochrones"
    GROUP_ID = "network"
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    INTERVALS = "INTERVALS"
    PER_POINT = "PER_POINT"
    OUTPUT = "OUTPUT"

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
            "Speeds, one-way streets, snapping and street scenarios (congestion, closed and new links, slopes) "
            "follow 'Travel-time matrix (street network)'."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_network_parameters(with_mode=True, default_mode=0)
        self.add_layer(
            self.INPUT,
            self.tr("Starting points"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
        )
        self.add_field(self.ID_FIELD, self.tr("Id field"), self.INPUT, optional=True)
        self.add_text(self.INTERVALS, self.tr("Minutes (comma-separated)"), "10,20,30")
        self.add(
            QgsProcessingParameterBoolean(
                self.PER_POINT, self.tr("One isochrone per point (else dissolved)"), False
            )
        )
        self.add_isochrone_parameters()
        self.add_street_scenario_parameters()
        self.add_sink(self.OUTPUT, self.tr("Isochrones"), QgsProcessing.TypeVectorPolygon)

    def process(self, parameters, context, feedback):
        minutes = self.minutes(parameters, self.INTERVALS, context, self.tr("Minutes"))
        per_point = self.parameterAsBoolean(parameters, self.PER_POINT, context)
        network = self.read_network(
            parameters,
            context,
            feedback,
            others=(self.INPUT,),
            scenario=self.street_scenario(parameters, context),
        )
        points = read_point_layer(
            self, parameters, self.INPUT, self.ID_FIELD, network.crs, context, feedback, self.tr("Starting points"),
            unique=per_point, progress=(10.0, 15.0),
        )  # fmt: skip
        buffer_m, snap = self.isochrone_distances(parameters, context)
        reached = core.reached_segments(
            network.graph,
            points.xy,
            minutes,
            per_origin=per_point,
            max_snap_m=snap,
            main_component_only=True,
            shrink_seconds=buffer_m / (network.graph.walk_speed_kmh / 3.6),
            progress=self.progress_callback(feedback, 15.0, 60.0),
        )
        self._report_snapping(reached, np.asarray(points.ids, dtype=object), snap, feedback)
        fields = table_fields(
            [("id", id_variant(points.ids)), ("minutes", QVariant.Double), ("area_km2", QVariant.Double)]
        )
        areas = self._areas(reached, points.ids if per_point else None, buffer_m, fields, feedback)
        with Output(self, parameters, self.OUTPUT, context) as output:
            output.sink(fields, QgsWkbTypes.MultiPolygon, network.crs)
            output.add(areas, feedback)
            dest_id = output.finish()
        feedback.pushInfo(self.tr("{} isochrones written.").format(len(areas)))
        on_load(
            context,
            dest_id,
            graduated("minutes", classes=max(len(minutes), 2), start="#1a9850", end="#d73027"),
        )
        return {self.OUTPUT: dest_id}

    def _areas(self, reached, ids, buffer_m: float, fields, feedback) -> list:
        """One feature per group (a point, or all of them when ``ids`` is None) and time, largest time first."""
        total = max(len(reached.lines) * len(reached.minutes), 1)
        done = 0
        features = []
        for group, per_minute in enumerate(reached.lines):
            for budget, pieces in sorted(zip(reached.minutes, per_minute), key=lambda item: -item[0]):
                done += 1
                feedback.setProgress(60.0 + 35.0 * done / total)
                area = buffered_union(pieces, buffer_m, feedback) if pieces else None
                if area is None or area.isEmpty():
                    continue
                area.convertToMultiType()
                feature = QgsFeature(fields)
                feature.setGeometry(area)
                feature.setAttributes([None if ids is None else ids[group], float(budget), area.area() / 1e6])
                features.append(feature)
        return features

    def _report_snapping(self, reached, ids: np.ndarray, snap: float, feedback) -> None:
        """Log the points beyond the snapping distance and those linked to the main network."""
        if len(reached.unsnapped):
            feedback.pushWarning(
                self.tr(
                    "{0} points are farther than {1} m from the network and get no isochrone: {2}"
                ).format(len(reached.unsnapped), snap, show_ids(ids[reached.unsnapped]))
            )
        push_count(
            feedback,
            len(reached.relinked),
            self.tr(
                "{0} points are nearest to a small part of the network cut off from the rest (an island or a "
                "one-way dead end): their isochrones start from the nearest street of the main network, as in "
                "the travel-time matrix and in r5r: {1}"
            ),
            examples=ids[reached.relinked],
        )
