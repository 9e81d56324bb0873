"""conecta:transitmatrix — public-transport travel times from GTFS over a departure window (r5r-style), and
with a fare structure the fastest journeys within a budget and their fares, or r5r's time × fare frontier."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
)
from qgis.PyQt.QtCore import QVariant

from ...core import transit as core
from ...core.progress import scaled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.fares import FareInput, fare_columns
from ..bridge.messages import show_ids
from ..bridge.network import NetworkInput, OdPointsInput
from ..bridge.parsers import parse_percentiles
from ..bridge.street_scenarios import StreetScenarioInput
from ..bridge.transit import GtfsInput, stop_points
from ..bridge.writers import id_variant, write_table


class TransitMatrix(StreetScenarioInput, NetworkInput, OdPointsInput, FareInput, GtfsInput, ConectaAlgorithm):
    """Long travel-time matrix by public transport + walking, percentiles over a departure window."""

    ALG_NAME = "transitmatrix"
    GROUP_ID = "transit"
    PERCENTILES = "PERCENTILES"
    NETWORK = "NETWORK"
    ORIGINS = "ORIGINS"
    DESTINATIONS = "DESTINATIONS"
    WALK_SPEED = "WALK_SPEED"
    SNAP_DISTANCE = "SNAP_DISTANCE"
    SINGLE_COLUMN_NAME = "SINGLE_COLUMN_NAME"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Travel-time matrix (public transport)")

    def shortHelpString(self) -> str:
        return (
            self.tr(
                "Computes door-to-door travel times by public transport and walking between origins and "
                "destinations from one or more GTFS feeds, offline, and writes the long table from_id, to_id, "
                "travel_time_p50 (minutes; one column per percentile) — the format conecta:accessibility reads "
                "(set its travel time field to travel_time_p50).\n\n"
                "Method: a round-based RAPTOR router (Delling, Pajor & Werneck 2012) run for every departure "
                "minute of the time window, reusing the work of later minutes (rRAPTOR). As in r5r "
                "(Pereira et al. 2021): the travel time of a minute is the arrival minus that minute (the wait at "
                "the origin counts); walk-only trips count when faster; the percentile over the window is the "
                "sorted value at rank ceil(p/100 × n) without interpolation, truncated to whole minutes; times "
                "above the maximum trip duration are unreachable; a vehicle is boarded only when it leaves more "
                "than 60 s after the arrival at the stop (R5's rule: one leaving exactly 60 s later is missed); "
                "n transfers means at most n + 1 rides. Frequency-based trips are expanded into their scheduled "
                "departures (deterministic, where R5 draws random offsets).\n\n"
                "Walking legs (to the first stop, from the last stop, transfers and walk-only trips) follow the "
                "street network when one is given; without it they are the straight-line distance × 1.3 at "
                "walking speed. Transfers are limited to the transfer distance (1 km, as R5) and transfers.txt "
                "is honoured. Origins with no stop within the walking limit get walk-only results and are "
                "listed in the log.\n\n"
                "Fares (optional): with a fare structure (Conecta's JSON or r5r's zip), journeys are searched on two "
                "criteria, time and fare (a McRAPTOR-style Pareto search, as R5 does for r5r): each pair gets the "
                "fastest journey within the maximum fare and its fare (column fare; fare_pNN with several "
                "percentiles: the fare of the journey at that percentile), or with fare budgets one row per budget "
                "whose travel time differs from the next smaller budget's (column fare_budget), as r5r's "
                "pareto_frontier. Walking trips cost nothing. Without a fare structure nothing changes."
            )
            + "\n\n"
            + self.walking_scenarios_help()
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_gtfs_parameters()
        self.add_text(self.PERCENTILES, self.tr("Percentiles of travel time (comma-separated)"), "50")
        self.add_walking_network_parameters(
            self.tr("Street network for walking (optional: straight line × 1.3 without it)"), optional=True
        )
        self.add_od_parameters()
        self.add_number(
            self.SNAP_DISTANCE, self.tr("Maximum snapping distance to the network (m)"), 500.0, minimum=0.0,
            advanced=True,
        )  # fmt: skip
        self.add_text(
            self.SINGLE_COLUMN_NAME, self.tr("Column name when there is one percentile (empty = travel_time_pNN)"),
            optional=True, advanced=True,
            help_text=self.tr(
                "With a single percentile, the travel-time column can be given another name, for example "
                "travel_time (the default field of conecta:accessibility and of r5r's older output)."
            ),
        )  # fmt: skip
        self.add_fare_parameters()
        self.add_street_scenario_parameters()
        self.add_sink(self.OUTPUT, self.tr("Public-transport travel-time matrix"), QgsProcessing.TypeVector)
        self.addOutput(QgsProcessingOutputNumber("PAIRS", self.tr("Pairs within the maximum trip duration")))
        self.addOutput(
            QgsProcessingOutputNumber("ORIGINS_WITHOUT_STOP", self.tr("Origins with no stop within walking"))
        )

    # ------------------------------------------------------------------------------------------ parameters

    def _columns(self, parameters, context) -> tuple:
        """(percentiles, output column names)."""
        try:
            percentiles = parse_percentiles(self.parameterAsString(parameters, self.PERCENTILES, context))
        except ValueError:
            raise QgsProcessingException(
                self.tr(
                    "Percentiles must be whole numbers from 1 to 100 separated by commas, for example 25,50,75."
                )
            ) from None
        single = (self.parameterAsString(parameters, self.SINGLE_COLUMN_NAME, context) or "").strip()
        if single and len(percentiles) > 1:
            raise QgsProcessingException(
                self.tr(
                    "A single column name can only be used with one percentile; clear it or give one percentile."
                )
            )
        if single in ("from_id", "to_id"):
            raise QgsProcessingException(self.tr("The column name {} is already used.").format(single))
        return percentiles, [single] if single else [f"travel_time_p{p}" for p in percentiles]

    def _walking(self, parameters, context, feedback, speed: float) -> tuple:
        """(working CRS, walking graph or None): the street network when given, else straight lines."""
        scenario = self.street_scenario(parameters, context)
        if parameters.get(self.NETWORK) not in (None, ""):
            others = (self.ORIGINS, self.DESTINATIONS)
            loaded = self.read_network(parameters, context, feedback, "walk", others, (0.0, 100.0), scenario)
            return loaded.crs, loaded.graph
        layers = (self.ORIGINS, self.DESTINATIONS)
        return self.straight_walking_crs(parameters, context, feedback, speed, layers), None

    # ------------------------------------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        percentiles, columns = self._columns(parameters, context)
        fares = self.fare_request(parameters, context)
        speed = self.parameterAsDouble(parameters, self.WALK_SPEED, context) or 3.6
        snap = self.parameterAsDouble(parameters, self.SNAP_DISTANCE, context)
        settings = self.transit_settings(
            parameters, context, percentiles=percentiles, walk_speed_kmh=speed, snap_m=snap
        )
        paths = self.gtfs_paths(parameters)
        crs, graph = self._walking(parameters, context, feedback, speed)
        origins, destinations = self.read_od_layers(parameters, context, feedback, crs)
        same = self.same_destinations(parameters)
        progress = self.progress_callback(feedback)
        feed = self.read_feed(paths, feedback, scaled(progress, 0.0, 0.08))
        self.service_day(feed, settings.date, feedback)
        feedback.pushInfo(
            self.tr("Routing {0} origins × {1} departure minutes…").format(len(origins.ids), settings.window)
        )
        matrix = core.transit_matrix(
            feed,
            settings,
            origins.xy,
            None if same else destinations.xy,
            stop_points(feed, crs, context),
            graph,
            scaled(progress, 0.08, 0.95),
            **self._fare_arguments(fares),
        )
        self.report_run(matrix.run, settings, feedback, settings.end())
        if matrix.fares is not None:
            self.report_fares(matrix.fares, fares, feedback)
        ids_o = np.asarray(origins.ids, dtype=object)
        ids_d = np.asarray(destinations.ids, dtype=object)
        self._report_walk(matrix, feed, ids_o, ids_d, same, settings, feedback)
        result = matrix.result
        frame, types = self._frame(result, ids_o, ids_d, columns, fares)
        types.update({"from_id": id_variant(origins.ids), "to_id": id_variant(destinations.ids)})
        dest = write_table(self, parameters, self.OUTPUT, context, feedback, pd.DataFrame(frame), types)
        feedback.pushInfo(
            self.tr(
                "{0} origin-destination pairs reached ({1} origins × {2} destinations, {3} departures in the window)."
            ).format(len(result.from_idx), len(ids_o), len(ids_d), result.departures_in_window)
        )
        if fares is not None and len(result.from_idx) == 0:
            feedback.pushWarning(self.tr("No pair is reachable within the fare budget."))
        return {
            self.OUTPUT: dest,
            "PAIRS": len(result.from_idx),
            "ORIGINS_WITHOUT_STOP": len(result.origins_without_stop),
        }

    @staticmethod
    def _fare_arguments(fares) -> dict:
        """The fare arguments of the core call (none without a fare structure)."""
        if fares is None:
            return {}
        return {"fare_structure": fares.structure, "budgets": fares.budgets, "frontier": fares.frontier}

    def _frame(self, result, ids_o, ids_d, columns: list, fares) -> tuple:
        """(columns, field types) of the output table: ids, the fare budget, travel times and fares."""
        frame = {"from_id": ids_o[result.from_idx], "to_id": ids_d[result.to_idx]}
        types = {}
        if fares is not None and fares.frontier:
            frame["fare_budget"] = np.asarray(result.budgets, dtype=float)[result.budget_idx]
            types["fare_budget"] = QVariant.Double
        for k, name in enumerate(columns):
            frame[name] = _whole_minutes(result.travel_time[:, k])
            types[name] = QVariant.Double
        if fares is not None:
            for k, name in enumerate(fare_columns(list(result.percentiles))):
                frame[name] = self.fare_values(result.fare[:, k])
                types[name] = QVariant.Double
        return frame, types

    def _report_walk(self, matrix, feed, ids_o, ids_d, same: bool, settings, feedback) -> None:
        """Warn about stops and points off the street network, and points with no stop within walking."""
        legs, result, snap = matrix.legs, matrix.result, settings.snap_m
        if len(legs.unsnapped_stops):
            feedback.pushWarning(
                self.tr(
                    "{0} stops are farther than {1} m from the street network and are not used: {2}"
                ).format(
                    len(legs.unsnapped_stops),
                    snap,
                    show_ids(feed.stops["stop_id"].to_numpy()[legs.unsnapped_stops]),
                )
            )
        if len(legs.unsnapped_origins):
            feedback.pushWarning(
                self.tr("{0} origins are farther than {1} m from the street network: {2}").format(
                    len(legs.unsnapped_origins), snap, show_ids(ids_o[legs.unsnapped_origins])
                )
            )
        if not same and len(legs.unsnapped_destinations):
            feedback.pushWarning(
                self.tr("{0} destinations are farther than {1} m from the street network: {2}").format(
                    len(legs.unsnapped_destinations), snap, show_ids(ids_d[legs.unsnapped_destinations])
                )
            )
        if len(result.origins_without_stop):
            feedback.pushWarning(
                self.tr(
                    "{0} origins have no stop within {1} minutes of walking and get walk-only travel times: {2}"
                ).format(
                    len(result.origins_without_stop),
                    settings.max_walk,
                    show_ids(ids_o[result.origins_without_stop]),
                )
            )
        if len(result.destinations_without_stop) and not same:
            feedback.pushWarning(
                self.tr("{0} destinations have no stop within {1} minutes of walking: {2}").format(
                    len(result.destinations_without_stop),
                    settings.max_walk,
                    show_ids(ids_d[result.destinations_without_stop]),
                )
            )


def _whole_minutes(values: np.ndarray) -> np.ndarray:
    """Whole minutes as integers, None where the percentile is unreachable (written as NULL or empty)."""
    out = np.full(len(values), None, dtype=object)
    finite = np.isfinite(values)
    out[finite] = values[finite].astype(np.int64).tolist()
    return out
