"""conecta:transitisochrones — areas reachable by public transport and walking within given minutes."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import transit as core
from ...core.progress import report, scaled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.geometry import buffered_union
from ..bridge.messages import show_ids
from ..bridge.network import NetworkInput, report_skipped_points
from ..bridge.readers import read_points, source_of
from ..bridge.street_scenarios import StreetScenarioInput
from ..bridge.styles import graduated, on_load
from ..bridge.transit import GtfsInput, stop_points
from ..bridge.writers import Output, id_variant, table_fields


class TransitIsochrones(StreetScenarioInput, NetworkInput, GtfsInput, ConectaAlgorithm):
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
        self.add_layer(
            self.INPUT,
            self.tr("Starting points"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
        )
        self.add_field(self.ID_FIELD, self.tr("Id field"), self.INPUT, optional=True)
        self.add_gtfs_parameters(window_default=1, duration=False)
        self.add_text(self.INTERVALS, self.tr("Minutes (comma-separated)"), "15,30,45,60")
        self.add_number(
            self.PERCENTILE, self.tr("Percentile of travel time over the window"), 50, minimum=1, maximum=100,
            integer=True,
        )  # fmt: skip
        self.add_walking_network_parameters(self.tr("Street network for walking"))
        self.add_isochrone_parameters()
        self.add_street_scenario_parameters()
        self.add_sink(self.OUTPUT, self.tr("Public-transport isochrones"), QgsProcessing.TypeVectorPolygon)

    def _points(self, parameters, context, feedback, crs):
        """The starting points in the working CRS, with unique ids."""
        source = source_of(self, parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or None
        points = read_points(source, crs, context, id_field, feedback=feedback)
        if not points.ids:
            raise QgsProcessingException(self.tr("The starting points layer has no feature with a geometry."))
        report_skipped_points(points, self.tr("Starting points"), feedback)
        if points.duplicates:
            raise QgsProcessingException(
                self.tr("The id field {0} has duplicate values: {1}.").format(
                    id_field, show_ids(points.duplicates)
                )
            )
        return points

    def process(self, parameters, context, feedback):
        minutes = self.minutes(parameters, self.INTERVALS, context, self.tr("Minutes"))
        buffer_m, snap = self.isochrone_distances(parameters, context)
        percentile = self.parameterAsInt(parameters, self.PERCENTILE, context)
        settings = self.transit_settings(parameters, context, percentiles=(percentile,), snap_m=snap)
        paths = self.gtfs_paths(parameters)
        scenario = self.street_scenario(parameters, context)
        loaded = self.read_network(
            parameters, context, feedback, "walk", (self.INPUT,), (0.0, 100.0), scenario
        )
        settings.walk_speed_kmh = loaded.graph.walk_speed_kmh
        points = self._points(parameters, context, feedback, loaded.crs)
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
        if len(reach.unsnapped_points):
            feedback.pushWarning(
                self.tr(
                    "{0} points are farther than {1} m from the network and get no isochrone: {2}"
                ).format(len(reach.unsnapped_points), snap, show_ids(ids[reach.unsnapped_points]))
            )
        fields = table_fields(
            [("id", id_variant(points.ids)), ("minutes", QVariant.Double), ("area_km2", QVariant.Double)]
        )
        with Output(self, parameters, self.OUTPUT, context) as output:
            output.sink(fields, QgsWkbTypes.MultiPolygon, loaded.crs)
            areas = _Areas(reach, ids, fields, buffer_m, scaled(progress, 0.7, 1.0))
            output.add(areas, feedback)
            dest = output.finish()
        feedback.pushInfo(self.tr("{} isochrones written.").format(areas.written))
        on_load(
            context, dest, graduated("minutes", classes=max(len(minutes), 2), start="#1a9850", end="#d73027")
        )
        return {self.OUTPUT: dest}


class _Areas:
    """The isochrone features, point by point and interval by interval (largest first), counted."""

    def __init__(self, reach, ids, fields, buffer_m: float, progress) -> None:
        self.reach, self.ids, self.fields, self.buffer_m, self.progress = (
            reach,
            ids,
            fields,
            buffer_m,
            progress,
        )
        self.written = 0

    def __iter__(self):
        n = self.reach.n_points
        for i in range(n):
            report(self.progress, i / n)
            for minutes, pieces in self.reach.pieces(i).items():
                area = buffered_union(pieces, self.buffer_m) if pieces else None
                if area is None or area.isEmpty():
                    continue
                area.convertToMultiType()
                feature = QgsFeature(self.fields)
                feature.setGeometry(area)
                feature.setAttributes([self.ids[i], float(minutes), area.area() / 1e6])
                self.written += 1
                yield feature
