"""conecta:transitisochrones — areas reachable by public transport and walking within given minutes."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import network as core_net
from ...core import transit as core
from ...core.progress import Cancelled, report, scaled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.geometry import buffered_union
from ..bridge.network import add_network_parameters, first, load_network, report_skipped_points
from ..bridge.parsers import parse_minutes
from ..bridge.readers import read_points
from ..bridge.styles import graduated, on_load
from ..bridge.transit import (
    add_gtfs_parameters,
    check_date,
    departure_seconds,
    gtfs_paths,
    load_feed,
    make_basic,
    service_date,
    stop_points,
    timetable,
    walk_tables,
    warn_no_service,
)
from ..bridge.writers import id_variant, table_fields


def stop_times_seconds(minutes: np.ndarray) -> np.ndarray:
    """Conservative seconds from whole minutes: the router truncates, so use the minute's last second."""
    return np.asarray(minutes, dtype=float) * 60.0 + 59.0


def reached_distances(
    graph: core_net.RoutingGraph, nodes: np.ndarray, offsets: np.ndarray, limit: float
) -> np.ndarray:
    """Seconds to every node from a virtual source linked to ``nodes`` with the given starting ``offsets``."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    n = graph.n_nodes
    base = graph.csr.tocoo()
    best = np.full(n, np.inf)
    np.minimum.at(best, np.asarray(nodes, dtype=np.int64), np.asarray(offsets, dtype=float))
    heads = np.flatnonzero(np.isfinite(best))
    costs = np.maximum(best[heads], 1e-6)
    rows = np.r_[base.row, np.full(len(heads), n)]
    cols = np.r_[base.col, heads]
    data = np.r_[base.data, costs]
    csr = coo_matrix((data, (rows, cols)), shape=(n + 1, n + 1)).tocsr()
    dist = dijkstra(csr, directed=True, indices=n, limit=limit)
    return dist[:n]


class TransitIsochrones(ConectaAlgorithm):
    """Isochrones by public transport + walking from points, for a departure time or window."""

    ALG_NAME = "transitisochrones"
    GROUP_ID = "transit"

    def displayName(self) -> str:
        return self.tr("Isochrones (public transport)")

    def shortHelpString(self) -> str:
        return self.tr(
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
            "distance is taken off the time budget, as in 'Isochrones (street network)'."
        )

    def initAlgorithm(self, config=None) -> None:
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
        add_gtfs_parameters(self, window_default=1, max_duration_default=60.0)
        self.removeParameter("MAX_TRIP_DURATION")
        self.addParameter(
            QgsProcessingParameterString(
                "INTERVALS", self.tr("Minutes (comma-separated)"), defaultValue="15,30,45,60"
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "PERCENTILE",
                self.tr("Percentile of travel time over the window"),
                type=QgsProcessingParameterNumber.Integer,
                defaultValue=50,
                minValue=1,
                maxValue=100,
            )
        )
        add_network_parameters(self, with_mode=False)
        self.parameterDefinition("NETWORK").setDescription(self.tr("Street network for walking"))
        make_basic(self, "WALK_SPEED")
        self.removeParameter("BICYCLE_SPEED")
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
                "OUTPUT", self.tr("Public-transport isochrones"), QgsProcessing.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        try:
            minutes = parse_minutes(self.parameterAsString(parameters, "INTERVALS", context))
        except ValueError:
            raise QgsProcessingException(
                self.tr("Minutes must be positive numbers separated by commas, for example 15, 30, 45, 60.")
            ) from None
        paths = gtfs_paths(parameters)
        date = service_date(self, parameters, context)
        start = departure_seconds(self, parameters, context)
        try:
            return self._run(parameters, context, feedback, minutes, paths, date, start)
        except Cancelled:
            return {}

    def _run(self, parameters, context, feedback, minutes, paths, date, start):
        window = self.parameterAsInt(parameters, "TIME_WINDOW", context)
        percentile = self.parameterAsInt(parameters, "PERCENTILE", context)
        max_walk = self.parameterAsDouble(parameters, "MAX_WALK_TIME", context)
        max_transfers = self.parameterAsInt(parameters, "MAX_TRANSFERS", context)
        transfer_m = self.parameterAsDouble(parameters, "TRANSFER_DISTANCE", context)
        buffer_m = self.parameterAsDouble(parameters, "BUFFER", context)
        snap = self.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
        progress = self.progress_callback(feedback)
        loaded = load_network(self, parameters, context, feedback, mode="walk", others=("INPUT",))
        if loaded is None:
            return {}
        mg = loaded.graph
        speed = mg.walk_speed_kmh
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        id_field = self.parameterAsString(parameters, "ID_FIELD", context) or None
        points = read_points(source, loaded.crs, context, id_field)
        if not points.ids:
            raise QgsProcessingException(self.tr("The starting points layer has no feature with a geometry."))
        report_skipped_points(points, self.tr("Starting points"), feedback)
        if points.duplicates:
            raise QgsProcessingException(
                self.tr("The id field {0} has duplicate values: {1}.").format(
                    id_field, first(points.duplicates)
                )
            )
        feed = load_feed(paths, feedback, scaled(progress, 0.0, 0.1))
        check_date(feed, date, feedback)
        limit_min = max(minutes)
        table = timetable(feed, date, start, start + 60 * window + int(limit_min * 60), feedback)
        warn_no_service(table, start, window, feedback)
        stops_xy = stop_points(feed, loaded.crs, context)
        max_walk_s = max_walk * 60.0
        transfer_s = min(max_walk_s, transfer_m / (speed / 3.6))
        legs = walk_tables(
            mg,
            points.xy,
            points.xy[:0],
            stops_xy,
            max_walk_s,
            transfer_s,
            speed,
            snap,
            scaled(progress, 0.1, 0.3),
        )
        core.set_transfers(
            table, feed, walk=legs.transfers, stop_xy=stops_xy, max_walk_time=transfer_s, speed_kmh=speed
        )
        n_stops = len(stops_xy)
        from scipy.sparse import coo_matrix

        at_stop = coo_matrix(
            (np.zeros(n_stops), (np.arange(n_stops), np.arange(n_stops))), shape=(n_stops, n_stops)
        )
        feedback.pushInfo(self.tr("Arrival times at the stops…"))
        result = core.travel_time_matrix(
            table,
            legs.access,
            at_stop,
            start,
            time_window=window,
            percentiles=(percentile,),
            max_trip_duration=limit_min,
            max_transfers=max_transfers,
            max_walk_time=max_walk,
            progress=scaled(progress, 0.3, 0.7),
        )
        ids = np.asarray(points.ids, dtype=object)
        if len(result.origins_without_stop):
            feedback.pushWarning(
                self.tr("{0} points have no stop within {1} minutes of walking: walking only. {2}").format(
                    len(result.origins_without_stop), max_walk, first(ids[result.origins_without_stop])
                )
            )
        # the network with the starting points and the stops inserted as nodes
        n_p = len(points.xy)
        ok_stop = np.isfinite(stops_xy).all(axis=1)
        all_xy = np.r_[points.xy, np.where(ok_stop[:, None], stops_xy, 1e18)]
        snapped = core_net.snap_points(mg, all_xy, snap)
        graph = core_net.routing_graph(mg, snapped)
        walk_ms = speed / 3.6
        snap_s = snapped.distance_m / walk_ms
        node = graph.point_node
        shrink = buffer_m / walk_ms
        unsnapped = np.flatnonzero(node[:n_p] < 0)
        if len(unsnapped):
            feedback.pushWarning(
                self.tr(
                    "{0} points are farther than {1} m from the network and get no isochrone: {2}"
                ).format(len(unsnapped), snap, first(ids[unsnapped]))
            )
        fields = table_fields(
            [("id", id_variant(points.ids)), ("minutes", QVariant.Double), ("area_km2", QVariant.Double)]
        )
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.MultiPolygon, loaded.crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        minutes_at = result.travel_time[:, 0]
        walk_cap = max_walk_s - shrink
        written = 0
        for i in range(n_p):
            report(scaled(progress, 0.7, 1.0), i / n_p)
            if node[i] < 0:
                continue
            mine = (result.from_idx == i) & np.isfinite(minutes_at)
            s_idx = result.to_idx[mine]
            s_min = minutes_at[mine]
            on_net = node[n_p + s_idx] >= 0
            # sources: the point itself (no ride) and every stop reached by a ride
            src = np.r_[i, n_p + s_idx[on_net]]
            ride = np.r_[0.0, stop_times_seconds(s_min[on_net])]
            src_node = node[src]
            src_walk = snap_s[src]
            features = []
            for budget_min in sorted(minutes, reverse=True):
                budget = budget_min * 60.0 - shrink
                pieces = self._pieces(
                    mg,
                    graph,
                    points.xy[i],
                    stops_xy,
                    src,
                    src_node,
                    src_walk,
                    ride,
                    n_p,
                    snapped,
                    budget,
                    walk_cap,
                )
                if not pieces:
                    continue
                area = buffered_union(pieces, buffer_m)
                if area is None or area.isEmpty():
                    continue
                area.convertToMultiType()
                feature = QgsFeature(fields)
                feature.setGeometry(area)
                feature.setAttributes([ids[i], float(budget_min), area.area() / 1e6])
                features.append(feature)
            sink.addFeatures(features, QgsFeatureSink.FastInsert)
            written += len(features)
        feedback.pushInfo(self.tr("{} isochrones written.").format(written))
        on_load(
            context,
            dest_id,
            graduated("minutes", classes=max(len(minutes), 2), start="#1a9850", end="#d73027"),
        )
        return {"OUTPUT": dest_id}

    @staticmethod
    def _pieces(mg, graph, point_xy, stops_xy, src, src_node, src_walk, ride, n_p, snapped, budget, walk_cap):
        """Network pieces reached within ``budget`` s, each walk from a source within ``walk_cap`` s.

        A source whose ride time leaves more than ``walk_cap`` is limited by the walking cap (one search with
        its walking offsets and the cap as budget); the others by the budget (offsets ride + walk).
        """
        limit = budget - ride
        ok = limit > 0
        capped = ok & (limit >= walk_cap)
        timed = ok & ~capped
        pieces = []
        for group, offsets, cut in ((capped, src_walk, walk_cap), (timed, ride + src_walk, budget)):
            if not group.any() or cut <= 0:
                continue
            dist = reached_distances(graph, src_node[group], offsets[group], cut)
            pieces += core_net.reached_pieces(mg.network, graph, dist, cut)
        xy = np.where((src < n_p)[:, None], point_xy[None, :], stops_xy[np.maximum(src - n_p, 0)])
        pieces += _legs(xy[ok], snapped.projection_xy[src][ok], src_walk[ok], np.minimum(limit, walk_cap)[ok])
        return pieces


def _legs(xy: np.ndarray, proj: np.ndarray, walk_s: np.ndarray, budget) -> list:
    """Straight legs from points toward their projection on the network, cut where the budget runs out."""
    budget = np.broadcast_to(np.asarray(budget, dtype=float), walk_s.shape)
    keep = (walk_s > 0) & (budget > 0)
    frac = np.clip(budget / np.where(walk_s > 0, walk_s, 1.0), 0.0, 1.0)
    ends = xy + (proj - xy) * frac[:, None]
    return [np.array([xy[k], ends[k]]) for k in np.flatnonzero(keep)]
