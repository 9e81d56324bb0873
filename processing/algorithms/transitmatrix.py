"""conecta:transitmatrix — public-transport travel times from GTFS over a departure window (r5r-style)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import transit as core
from ...core.progress import Cancelled, scaled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.crs import working_crs
from ..bridge.network import (
    add_network_parameters,
    add_od_parameters,
    first,
    input_sources,
    load_network,
    read_od_points,
)
from ..bridge.transit import (
    add_gtfs_parameters,
    check_date,
    departure_seconds,
    gtfs_paths,
    load_feed,
    make_basic,
    make_optional,
    parse_percentiles,
    service_date,
    stop_points,
    timetable,
    walk_tables,
    warn_no_service,
)
from ..bridge.writers import add_rows, id_variant, table_fields


class TransitMatrix(ConectaAlgorithm):
    """Long travel-time matrix by public transport + walking, percentiles over a departure window."""

    ALG_NAME = "transitmatrix"
    GROUP_ID = "transit"

    def displayName(self) -> str:
        return self.tr("Travel-time matrix (public transport)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Computes door-to-door travel times by public transport and walking between origins and "
            "destinations from one or more GTFS feeds, offline, and writes the long table from_id, to_id, "
            "travel_time_p50 (minutes; one column per percentile) — the format conecta:accessibility reads "
            "(set its travel time field to travel_time_p50).\n\n"
            "Method: a round-based RAPTOR router (Delling, Pajor & Werneck 2012) run for every departure "
            "minute of the time window, reusing the work of later minutes (rRAPTOR). As in r5r "
            "(Pereira et al. 2021): the travel time of a minute is the arrival minus that minute (the wait at "
            "the origin counts); walk-only trips count when faster; the percentile over the window is the "
            "sorted value at rank ceil(p/100 × n) without interpolation, truncated to whole minutes; times "
            "above the maximum trip duration are unreachable; a boarding needs 60 s at the stop; n transfers "
            "means at most n + 1 rides. Frequency-based trips are expanded into their scheduled departures "
            "(deterministic, where R5 draws random offsets).\n\n"
            "Walking legs (to the first stop, from the last stop, transfers and walk-only trips) follow the "
            "street network when one is given; without it they are the straight-line distance × 1.3 at "
            "walking speed. Transfers are limited to the transfer distance (1 km, as R5) and transfers.txt "
            "is honoured. Origins with no stop within the walking limit get walk-only results and are "
            "listed in the log."
        )

    def initAlgorithm(self, config=None) -> None:
        add_gtfs_parameters(self)
        self.addParameter(
            QgsProcessingParameterString(
                "PERCENTILES", self.tr("Percentiles of travel time (comma-separated)"), defaultValue="50"
            )
        )
        add_network_parameters(self, with_mode=False)
        make_optional(self, "NETWORK")
        self.parameterDefinition("NETWORK").setDescription(
            self.tr("Street network for walking (optional: straight line × 1.3 without it)")
        )
        make_basic(self, "WALK_SPEED")
        self.removeParameter("BICYCLE_SPEED")
        add_od_parameters(self)
        snap = QgsProcessingParameterNumber(
            "SNAP_DISTANCE",
            self.tr("Maximum snapping distance to the network (m)"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=500.0,
            minValue=0.0,
        )
        snap.setFlags(snap.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(snap)
        name = QgsProcessingParameterString(
            "SINGLE_COLUMN_NAME",
            self.tr("Column name when there is one percentile (empty = travel_time_pNN)"),
            defaultValue="",
            optional=True,
        )
        name.setHelp(
            self.tr(
                "With a single percentile, the travel-time column can be given another name, for example "
                "travel_time (the default field of conecta:accessibility and of r5r's older output)."
            )
        )
        name.setFlags(name.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(name)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Public-transport travel-time matrix"), QgsProcessing.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputNumber("PAIRS", self.tr("Pairs within the maximum trip duration")))
        self.addOutput(
            QgsProcessingOutputNumber("ORIGINS_WITHOUT_STOP", self.tr("Origins with no stop within walking"))
        )

    # ------------------------------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):
        paths = gtfs_paths(parameters)
        date = service_date(self, parameters, context)
        start = departure_seconds(self, parameters, context)
        window = self.parameterAsInt(parameters, "TIME_WINDOW", context)
        try:
            percentiles = parse_percentiles(self.parameterAsString(parameters, "PERCENTILES", context))
        except ValueError:
            raise QgsProcessingException(
                self.tr(
                    "Percentiles must be whole numbers from 1 to 100 separated by commas, for example 25,50,75."
                )
            ) from None
        single = (self.parameterAsString(parameters, "SINGLE_COLUMN_NAME", context) or "").strip()
        if single and len(percentiles) > 1:
            raise QgsProcessingException(
                self.tr(
                    "A single column name can only be used with one percentile; clear it or give one percentile."
                )
            )
        if single in ("from_id", "to_id"):
            raise QgsProcessingException(self.tr("The column name {} is already used.").format(single))
        max_duration = self.parameterAsDouble(parameters, "MAX_TRIP_DURATION", context)
        max_walk = self.parameterAsDouble(parameters, "MAX_WALK_TIME", context)
        max_transfers = self.parameterAsInt(parameters, "MAX_TRANSFERS", context)
        transfer_m = self.parameterAsDouble(parameters, "TRANSFER_DISTANCE", context)
        speed = self.parameterAsDouble(parameters, "WALK_SPEED", context) or 3.6
        snap = self.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
        opts = SimpleNamespace(
            paths=paths,
            date=date,
            start=start,
            window=window,
            percentiles=percentiles,
            single=single,
            max_duration=max_duration,
            max_walk=max_walk,
            max_transfers=max_transfers,
            transfer_m=transfer_m,
            speed=speed,
            snap=snap,
        )
        try:
            return self._run(parameters, context, feedback, self.progress_callback(feedback), opts)
        except Cancelled:
            return {}

    def _run(self, parameters, context, feedback, progress, o):
        paths, date, start, window = o.paths, o.date, o.start, o.window
        percentiles, single, max_duration, max_walk = o.percentiles, o.single, o.max_duration, o.max_walk
        max_transfers, transfer_m, speed, snap = o.max_transfers, o.transfer_m, o.speed, o.snap
        has_network = parameters.get("NETWORK") not in (None, "")
        graph = None
        if has_network:
            loaded = load_network(
                self, parameters, context, feedback, mode="walk", others=("ORIGINS", "DESTINATIONS")
            )
            if loaded is None:
                return {}
            crs, graph = loaded.crs, loaded.graph
        else:
            source = self.parameterAsSource(parameters, "ORIGINS", context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, "ORIGINS"))
            crs = working_crs(
                source, context, feedback, input_sources(self, parameters, context, ["DESTINATIONS"])
            )
            feedback.pushInfo(
                self.tr(
                    "No street network: walking legs are the straight-line distance × 1.3 at {} km/h."
                ).format(speed)
            )
        origins = read_od_points(
            self, parameters, "ORIGINS", "ORIGINS_ID", crs, context, feedback, self.tr("Origins")
        )
        same = parameters.get("DESTINATIONS") in (None, "")
        destinations = (
            origins
            if same
            else read_od_points(
                self,
                parameters,
                "DESTINATIONS",
                "DESTINATIONS_ID",
                crs,
                context,
                feedback,
                self.tr("Destinations"),
            )
        )
        feed = load_feed(paths, feedback, scaled(progress, 0.0, 0.08))
        check_date(feed, date, feedback)
        end = start + 60 * window + int(round(max_duration * 60))
        table = timetable(feed, date, start, end, feedback, scaled(progress, 0.08, 0.12))
        warn_no_service(table, start, window, feedback)
        stops_xy = stop_points(feed, crs, context)
        max_walk_s = max_walk * 60.0
        transfer_s = min(max_walk_s, transfer_m / (speed / 3.6))
        feedback.pushInfo(self.tr("Computing walking legs…"))
        legs = walk_tables(
            graph,
            origins.xy,
            None if same else destinations.xy,
            stops_xy,
            max_walk_s,
            transfer_s,
            speed,
            snap,
            scaled(progress, 0.12, 0.3),
        )
        self._report_walk(legs, origins, destinations, feed, same, snap, feedback)
        core.set_transfers(
            table, feed, walk=legs.transfers, stop_xy=stops_xy, max_walk_time=transfer_s, speed_kmh=speed
        )
        if feedback.isCanceled():
            return {}
        feedback.pushInfo(
            self.tr("Routing {0} origins × {1} departure minutes…").format(len(origins.ids), window)
        )
        result = core.travel_time_matrix(
            table,
            legs.access,
            legs.egress,
            start,
            time_window=window,
            percentiles=percentiles,
            max_trip_duration=max_duration,
            max_transfers=max_transfers,
            walk=legs.walk,
            max_walk_time=max_walk,
            n_threads=1,
            progress=scaled(progress, 0.3, 0.95),
        )
        ids_o = np.asarray(origins.ids, dtype=object)
        ids_d = np.asarray(destinations.ids, dtype=object)
        without = result.origins_without_stop
        if len(without):
            feedback.pushWarning(
                self.tr(
                    "{0} origins have no stop within {1} minutes of walking and get walk-only travel times: {2}"
                ).format(len(without), max_walk, first(ids_o[without]))
            )
        if len(result.destinations_without_stop) and not same:
            feedback.pushWarning(
                self.tr("{0} destinations have no stop within {1} minutes of walking: {2}").format(
                    len(result.destinations_without_stop),
                    max_walk,
                    first(ids_d[result.destinations_without_stop]),
                )
            )
        columns = [f"travel_time_p{p}" for p in percentiles]
        if single:
            columns = [single]
        return self._write(
            parameters, context, feedback, result, ids_o, ids_d, columns, origins, destinations
        )

    def _report_walk(self, legs, origins, destinations, feed, same, snap, feedback) -> None:
        if len(legs.unsnapped_stops):
            feedback.pushWarning(
                self.tr(
                    "{0} stops are farther than {1} m from the street network and are not used: {2}"
                ).format(
                    len(legs.unsnapped_stops),
                    snap,
                    first(feed.stops["stop_id"].to_numpy()[legs.unsnapped_stops]),
                )
            )
        if len(legs.unsnapped_origins):
            feedback.pushWarning(
                self.tr("{0} origins are farther than {1} m from the street network: {2}").format(
                    len(legs.unsnapped_origins),
                    snap,
                    first(np.asarray(origins.ids, dtype=object)[legs.unsnapped_origins]),
                )
            )
        if not same and len(legs.unsnapped_destinations):
            feedback.pushWarning(
                self.tr("{0} destinations are farther than {1} m from the street network: {2}").format(
                    len(legs.unsnapped_destinations),
                    snap,
                    first(np.asarray(destinations.ids, dtype=object)[legs.unsnapped_destinations]),
                )
            )

    def _write(self, parameters, context, feedback, result, ids_o, ids_d, columns, origins, destinations):
        from_ids = ids_o[result.from_idx]
        to_ids = ids_d[result.to_idx]
        values = [result.travel_time[:, k] for k in range(len(columns))]
        pairs = len(from_ids)
        direct = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        results = {
            "PAIRS": pairs,
            "ORIGINS_WITHOUT_STOP": len(result.origins_without_stop),
        }
        if direct and Path(direct).suffix.lower() == ".csv":
            # streamed straight to disk: much faster than a QGIS sink for city-size matrices
            import pandas as pd

            frame = pd.DataFrame({"from_id": from_ids, "to_id": to_ids})
            for name, column in zip(columns, values):
                frame[name] = column
            path = Path(direct)
            tmp = path.with_name(path.name + ".part")
            frame.to_csv(tmp, index=False, float_format="%.0f")
            tmp.replace(path)
            results["OUTPUT"] = str(path)
        else:
            fields = table_fields(
                [("from_id", id_variant(origins.ids)), ("to_id", id_variant(destinations.ids))]
                + [(name, QVariant.Double) for name in columns]
            )
            sink, dest_id = self.parameterAsSink(
                parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry
            )
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
            as_objects = [np.where(np.isnan(v), None, v).astype(object) for v in values]
            add_rows(sink, fields, [from_ids, to_ids, *as_objects], feedback)
            results["OUTPUT"] = dest_id
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr(
                "{0} origin-destination pairs reached ({1} origins × {2} destinations, {3} departures in the window)."
            ).format(pairs, len(ids_o), len(ids_d), result.departures_in_window)
        )
        return results
