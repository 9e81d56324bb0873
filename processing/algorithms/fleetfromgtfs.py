"""conecta:fleetfromgtfs — the buses a GTFS timetable needs, per route and layover, by three estimators side by
side (block_id, cycle time / headway, first-in-first-out trip chaining) with the concurrent-trip lower bound;
the city totals and an hourly chart of vehicles in service.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
)

from ...core.activity import BUS_MODES
from ...core.fleet import TERMINAL_RADIUS_M, fleet_estimates
from ...core.fleet.trips import fleet_trips
from ...core.progress import scaled
from ...translation import format_number
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.energy import report_other_modes
from ..bridge.fleet import layover_list, service_date, write_fleet_table
from ..bridge.messages import push_count, show_ids
from ..bridge.parsers import clock
from ..bridge.transit import GtfsInput


class FleetFromGtfs(GtfsInput, ConectaAlgorithm):
    """Fleet per route and layover from a GTFS feed: block_id, cycle/headway and chaining estimators."""

    ALG_NAME = "fleetfromgtfs"
    GROUP_ID = "fleet"
    GTFS = "GTFS"
    DATE = "DATE"
    START_TIME = "START_TIME"
    END_TIME = "END_TIME"
    LAYOVER = "LAYOVER"
    SPARE_RATIO = "SPARE_RATIO"
    ROUTES = "ROUTES"
    TERMINAL_RADIUS = "TERMINAL_RADIUS"
    OUTPUT = "OUTPUT"
    OUTPUT_TOTALS = "OUTPUT_TOTALS"
    OUTPUT_CHART = "OUTPUT_CHART"

    def displayName(self) -> str:
        return self.tr("Bus fleet from GTFS")

    def shortHelpString(self) -> str:
        return self.tr(
            "How many buses a GTFS timetable needs, per route and for the city, by three estimators side by "
            "side, for each layover (minimum time at a terminal) given:\n"
            "- Blocks: distinct block_id of the route's trips (NULL when the feed has none).\n"
            "- Cycle time / headway: N = ceil((T_AB + T_BA + 2 × layover) / h), T the mean trip time of each "
            "direction and h the mean headway (the window's length / mean departures per direction, as "
            "gtfstools' get_route_frequency; over the whole day, the mean interval between departures). A "
            "route with one direction is a loop when its trips end where they start (cycle = T + layover); "
            "otherwise its return is assumed to take as long (warned).\n"
            "- Trip chaining: each route's trips chained first in, first out at the terminals: a bus arriving "
            "at a terminal takes a later departure from it when arrival + layover ≤ departure. Terminal stops "
            "of the same station, or closer than the terminal radius, are one terminal. Buses never run "
            "empty between terminals or routes.\n"
            "The lower bound is the largest number of trips in service at the same moment: no estimator can "
            "need fewer buses. Fleet with spares = ceil(chaining × (1 + spare ratio)).\n\n"
            "Outputs: the route table (one row per route and layover: route_id, layover_min, fleet_blocks, "
            "fleet_cycle, fleet_chaining, concurrent_max, vehicle_km, vehicle_hours, fleet_with_spares), the "
            "city totals (blocks counted once, the lower bound over the whole city) and a chart of vehicles in "
            "service per hour. Trips belong to the window when they leave in it; vehicle_km and vehicle_hours "
            "are in service (revenue) km and hours along the shapes."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_feed_file_parameters()
        self.add_text(
            self.START_TIME, self.tr("Window start (HH:MM; empty = start of the service day)"), optional=True
        )
        self.add_text(
            self.END_TIME, self.tr("Window end (HH:MM; empty = end of the service day)"), optional=True
        )
        self.add_text(
            self.LAYOVER, self.tr("Layovers (minutes, comma-separated)"), "0,5,10", optional=True,
            help_text=self.tr(
                "Minimum time a bus stays at a terminal before its next trip; several values give the "
                "fleet's sensitivity to it. 0 is a lower bound: buses need time to turn and drivers a break."
            ),
        )  # fmt: skip
        self.add_number(
            self.SPARE_RATIO, self.tr("Spare ratio (%)"), 10.0, minimum=0.0, maximum=100.0,
            help_text=self.tr("Reserve buses on top of the operated fleet (chaining estimate)."),
        )  # fmt: skip
        self.add_text(
            self.ROUTES, self.tr("Routes (route ids, comma-separated; empty = every bus route)"), optional=True,
            help_text=self.tr(
                "Empty: every bus and trolleybus route (rail and metro routes are left out and counted). Routes "
                "named here are counted whatever their mode, e.g. a rail line's trainsets."
            ),
        )  # fmt: skip
        self.add_number(
            self.TERMINAL_RADIUS, self.tr("Terminal radius (m)"), TERMINAL_RADIUS_M, minimum=0.0, advanced=True,
            help_text=self.tr(
                "Terminal stops of a route closer than this are one terminal (a layover area often has one "
                "stop per direction)."
            ),
        )  # fmt: skip
        self.add_sink(self.OUTPUT, self.tr("Fleet per route and layover"), kind=QgsProcessing.TypeVector)
        self.add_sink(self.OUTPUT_TOTALS, self.tr("City fleet totals"), kind=QgsProcessing.TypeVector)
        chart = QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("Vehicles in service per hour (chart)"), self.tr("PNG files (*.png)"),
            optional=True, createByDefault=True,
        )  # fmt: skip
        self.add(chart)

    # ------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        date = service_date(self.parameterAsString(parameters, self.DATE, context))
        start, end = self.time_window(parameters, context)
        layovers = layover_list(self.parameterAsString(parameters, self.LAYOVER, context))
        spare = self.parameterAsDouble(parameters, self.SPARE_RATIO, context) / 100.0
        path = self.parameterAsFile(parameters, self.GTFS, context)
        feed = self.read_feed(
            self.gtfs_paths({self.GTFS: path}), feedback, self.progress_callback(feedback, 0, 40)
        )
        date = date or self.representative_date(feed, feedback)
        day = self.service_day(feed, date, feedback, warn=False)
        if not day.service_ids:
            raise QgsProcessingException(
                self.tr("No service runs on {}: choose another date (a weekday, not a holiday).").format(date)
            )
        routes = self._routes(self.parameterAsString(parameters, self.ROUTES, context), feed, day, date)
        trips, diagnostics = fleet_trips(
            feed, date, start, end, routes, progress=scaled(self.progress_callback(feedback), 0.4, 0.7),
            modes=None if routes else BUS_MODES,
        )  # fmt: skip
        self._report_trips(diagnostics, start, end, date, feedback)
        estimate = fleet_estimates(
            trips,
            feed.stops,
            layovers,
            spare,
            start,
            end,
            self.parameterAsDouble(parameters, self.TERMINAL_RADIUS, context),
            progress=scaled(self.progress_callback(feedback), 0.7, 0.95),
        )
        self._report_fleet(estimate, feedback)
        results = {
            self.OUTPUT: write_fleet_table(self, parameters, self.OUTPUT, context, feedback, estimate.routes),
            self.OUTPUT_TOTALS: write_fleet_table(
                self, parameters, self.OUTPUT_TOTALS, context, feedback, estimate.totals
            ),
        }
        chart = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if chart:
            results[self.OUTPUT_CHART] = self._chart(Path(chart), estimate.hourly)
        feedback.setProgress(100)
        return results

    def _routes(self, text: str, feed, day, date):
        """The routes asked for (None: every route); a message when none of them runs on the date."""
        wanted = [r.strip() for r in (text or "").split(",") if r.strip()]
        if not wanted:
            return None
        running = set(feed.trips.loc[feed.trips["service_id"].isin(day.service_ids), "route_id"])
        if not running & set(wanted):
            raise QgsProcessingException(
                self.tr("None of the routes {0} runs on {1}: check their route_id.").format(
                    show_ids(wanted), date
                )
            )
        return wanted

    def _report_trips(self, diag, start, end, date, feedback) -> None:
        """The trips used and what was left out or estimated."""
        if diag.routes_not_found:
            feedback.pushWarning(
                self.tr("Routes without trips on {0}: {1}.").format(date, show_ids(diag.routes_not_found))
            )
        report_other_modes(diag.other_mode_routes, feedback)
        window = self.tr("between {0} and {1}").format(clock(start), clock(end)) if start is not None else ""
        if diag.trips == 0:
            raise QgsProcessingException(
                self.tr("No trip departs {0} on {1}: choose another window or date.").format(window, date)
            )
        feedback.pushInfo(self.tr("{0} trips on {1} {2}.").format(diag.trips, date, window).strip())
        push_count(
            feedback,
            diag.bad_trips,
            self.tr("{0} trips end before they start (e.g. {1}): they were left out; fix their stop times."),
            examples=diag.bad_trip_examples,
        )
        push_count(
            feedback,
            diag.trips_without_shape,
            self.tr(
                "{0} trips have no usable shape (e.g. {1}): their km are straight lines between stops × 1.3."
            ),
            examples=diag.trips_without_shape_examples,
        )

    def _report_fleet(self, estimate, feedback) -> None:
        """The city totals per layover and the estimators' warnings."""
        diag = estimate.diagnostics
        if diag.zero_layover:
            feedback.pushWarning(
                self.tr(
                    "A layover of 0 min lets a bus leave the moment it arrives: a lower bound, buses need time to "
                    "turn and drivers a break."
                )
            )
        push_count(
            feedback,
            diag.single_direction_routes,
            self.tr(
                "{0} routes run in one direction only and do not end where they start (e.g. {1}): their cycle "
                "time assumes a return as long as the trip."
            ),
            examples=diag.single_direction_examples,
        )
        push_count(
            feedback,
            diag.loop_routes,
            self.tr("{0} loop routes (trips end where they start, e.g. {1}): cycle = trip time + layover."),
            examples=diag.loop_examples,
            info=True,
        )
        first = estimate.routes.loc[estimate.routes["layover_min"] == estimate.routes["layover_min"].min()]
        below = first.loc[first["fleet_cycle"] < first["concurrent_max"], "route_id"]
        push_count(
            feedback,
            len(below),
            self.tr(
                "{0} routes have more trips running at once than their cycle estimate (e.g. {1}): their "
                "headways are irregular in the window; the chaining estimate follows the timetable."
            ),
            examples=below,
            info=True,
        )
        push_count(
            feedback, diag.routes_with_blocks, self.tr("{} routes have block_id in the feed."), info=True
        )
        for row in estimate.totals.itertuples():
            feedback.pushInfo(
                self.tr(
                    "Layover {0} min: {1} buses by trip chaining ({2} with spares), {3} by cycle time, {4} by "
                    "block_id; at most {5} trips run at once."
                ).format(
                    format_number(row.layover_min, 1 if row.layover_min % 1 else 0),
                    row.fleet_chaining,
                    row.fleet_with_spares,
                    row.fleet_cycle,
                    format_number(row.fleet_blocks),
                    row.concurrent_max,
                )
            )

    def _chart(self, path: Path, hourly) -> str:
        """The hourly vehicles-in-service chart (PNG)."""
        from ..report.charts import save_png
        from ..report.fleet_charts import hourly_figure

        series = {
            lay: self.tr("Buses in service, layover {} min").format(format_number(lay, 1 if lay % 1 else 0))
            for lay in hourly["layover_min"].unique()
        }
        texts = {
            "title": self.tr("Vehicles in service per hour (trip chaining)"),
            "x": self.tr("Hour of the service day"),
            "y": self.tr("Vehicles"),
            "bound": self.tr("Trips in service at once (lower bound)"),
            "series": series,
        }
        return str(save_png(hourly_figure(hourly, texts), path))
