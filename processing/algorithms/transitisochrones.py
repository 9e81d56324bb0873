"""conecta:transitisochrones — areas reachable by public transport and walking within given minutes."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
)

from ...core import transit as core
from ...core.progress import scaled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.isochrones import IsochroneOutput
from ..bridge.messages import show_ids
from ..bridge.network import NetworkInput
from ..bridge.street_scenarios import StreetScenarioInput
from ..bridge.transit import GtfsInput, stop_points


class TransitIsochrones(IsochroneOutput, StreetScenarioInput, NetworkInput, GtfsInput, ConectaAlgorithm):
    """Isochrones by public transport + walking from points, for a departure time or window."""

    ALG_NAME = "transitisochrones"
    GROUP_ID = "transit"
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    INTERVALS = "INTERVALS"
    PERCENTILE = "PERCENTILE"
    NETWORK = "NETWORK"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Isochrones (public transport)")

    def shortHelpString(self) -> str:
        return (
            self.tr(
                "Areas reachable from each point by public transport and walking within given minutes (for "
                "example 15, 30, 45, 60), for a departure time or a departure window summarised by a percentile "
                "(the median by default), from one or more GTFS feeds, offline.\n\n"
                "The arrival time at every stop is computed with the public-transport router of 'Travel-time "
                "matrix (public transport)' (RAPTOR over the departure window, r5r's conventions); then the street "
                "network is walked from the starting point and from every reached stop with the time left, and "
                "the reached parts of the streets (cut at the exact point) are buffered and dissolved per point and "
                "interval. Stop times are known to the whole minute (as r5r reports them), so each stop is taken "
                "at the last second of its minute, and the percentile is taken per stop before walking on: the "
                "areas never extend beyond the time limit (they may fall short of it by up to a minute). The buffer "
                "distance is taken off the time budget, as in 'Isochrones (street network)'. A point whose nearest "
                "street is cut off from the rest of the network (an island) is linked to the nearest street of the "
                "main network within the snapping distance, as the travel-time matrix and r5r link points."
            )
            + "\n\n"
            + self.walking_scenarios_help()
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_starting_points("15,30,45,60")
        self.add_gtfs_parameters(window_default=1, duration=False)
        self.add_number(
            self.PERCENTILE, self.tr("Percentile of travel time over the window"), 50, minimum=1, maximum=100,
            integer=True,
        )  # fmt: skip
        self.add_walking_network_parameters(self.tr("Street network for walking"))
        self.add_isochrone_parameters()
        self.add_street_scenario_parameters()
        self.add_sink(self.OUTPUT, self.tr("Public-transport isochrones"), QgsProcessing.TypeVectorPolygon)

    def process(self, parameters, context, feedback):
        minutes = self.isochrone_minutes(parameters, context)
        buffer_m, snap = self.isochrone_distances(parameters, context)
        percentile = self.parameterAsInt(parameters, self.PERCENTILE, context)
        settings = self.transit_settings(parameters, context, percentiles=(percentile,), snap_m=snap)
        paths = self.gtfs_paths(parameters)
        scenario = self.street_scenario(parameters, context)
        loaded = self.read_network(
            parameters, context, feedback, "walk", (self.INPUT,), (0.0, 100.0), scenario
        )
        settings.walk_speed_kmh = loaded.graph.walk_speed_kmh
        points = self.starting_points(parameters, context, feedback, loaded.crs)
        progress = self.progress_callback(feedback)
        feed = self.read_feed(paths, feedback, scaled(progress, 0.0, 0.1))
        self.service_day(feed, settings.date, feedback)
        feedback.pushInfo(self.tr("Arrival times at the stops…"))
        stops_xy = stop_points(feed, loaded.crs, context)
        reach = core.transit_isochrones(
            feed, settings, loaded.graph, points.xy, stops_xy, minutes, buffer_m, scaled(progress, 0.1, 0.7)
        )
        self.report_run(reach.run, settings, feedback, settings.end(max(minutes)))
        ids = np.asarray(points.ids, dtype=object)
        without = reach.arrivals.origins_without_stop
        if len(without):
            feedback.pushWarning(
                self.tr("{0} points have no stop within {1} minutes of walking: walking only. {2}").format(
                    len(without), settings.max_walk, show_ids(ids[without])
                )
            )
        self.report_unsnapped(ids, reach.unsnapped_points, snap, feedback)
        groups = (
            (ids[i], budget, pieces)
            for i in range(reach.n_points)
            for budget, pieces in reach.pieces(i).items()
        )
        dest = self.write_isochrones(
            parameters, context, feedback, groups, points.ids, loaded.crs, buffer_m, len(minutes),
            scaled(progress, 0.7, 1.0), reach.n_points * len(minutes),
        )  # fmt: skip
        return {self.OUTPUT: dest}
