"""conecta:isochrones — areas reachable along the street network within given minutes."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
)

from ...core import network as core
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.isochrones import IsochroneOutput
from ..bridge.messages import push_count
from ..bridge.network import NetworkInput
from ..bridge.street_scenarios import StreetScenarioInput


class Isochrones(IsochroneOutput, StreetScenarioInput, NetworkInput, ConectaAlgorithm):
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
        self.add_starting_points("10,20,30")
        self.add(
            QgsProcessingParameterBoolean(
                self.PER_POINT, self.tr("One isochrone per point (else dissolved)"), False
            )
        )
        self.add_isochrone_parameters()
        self.add_street_scenario_parameters()
        self.add_sink(self.OUTPUT, self.tr("Isochrones"), QgsProcessing.TypeVectorPolygon)

    def process(self, parameters, context, feedback):
        minutes = self.isochrone_minutes(parameters, context)
        per_point = self.parameterAsBoolean(parameters, self.PER_POINT, context)
        network = self.read_network(
            parameters,
            context,
            feedback,
            others=(self.INPUT,),
            scenario=self.street_scenario(parameters, context),
        )
        points = self.starting_points(
            parameters, context, feedback, network.crs, unique=per_point, progress=(10.0, 15.0)
        )
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
        ids = np.asarray(points.ids, dtype=object)
        self._report_snapping(reached, ids, snap, feedback)
        groups = (
            (ids[group] if per_point else None, budget, pieces)
            for group, per_minute in enumerate(reached.lines)
            for budget, pieces in sorted(zip(reached.minutes, per_minute), key=lambda item: -item[0])
        )
        dest_id = self.write_isochrones(
            parameters, context, feedback, groups, points.ids, network.crs, buffer_m, len(minutes),
            self.progress_callback(feedback, 60.0, 95.0), len(reached.lines) * len(reached.minutes),
        )  # fmt: skip
        return {self.OUTPUT: dest_id}

    def _report_snapping(self, reached, ids: np.ndarray, snap: float, feedback) -> None:
        """Log the points beyond the snapping distance and those linked to the main network."""
        self.report_unsnapped(ids, reached.unsnapped, snap, feedback)
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
