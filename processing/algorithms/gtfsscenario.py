"""conecta:gtfsscenario — a GTFS feed plus edits (a table) and new routes drawn as lines → a new, valid feed."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ...core import scenarios as core
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.scenarios import (
    RouteOptions,
    check_with_reader,
    read_new_routes,
    read_text_table,
    report_edits,
    report_notices,
)


class GtfsScenario(ConectaAlgorithm):
    """A new GTFS zip from a feed, an edits table and new routes drawn as lines; the source is never touched."""

    ALG_NAME = "gtfsscenario"
    GROUP_ID = "scenarios"
    GTFS = "GTFS"
    EDITS = "EDITS"
    NEW_ROUTES = "NEW_ROUTES"
    NEW_ROUTE_STOPS = "NEW_ROUTE_STOPS"
    STOP_SPACING = "STOP_SPACING"
    DWELL = "DWELL"
    TRIPS = "TRIPS"
    BOTH_DIRECTIONS = "BOTH_DIRECTIONS"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Public-transport scenario (GTFS)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Writes a new GTFS zip from a feed, a table of edits and new routes drawn as lines, so a scenario — "
            "a new BRT corridor, a doubled frequency, a regularised informal service — can be analysed with "
            "conecta:transitmatrix like any feed. The source feed is never modified; files and columns the edits "
            "do not concern are kept as they are.\n\n"
            "Edits table (a CSV file or a table layer), fields action, route_id, start_time, end_time, value; "
            "the band [start_time, end_time) is HH:MM (hours past 24 allowed), empty for the whole day. Actions: "
            "scale_headway (factor: 0.5 doubles the frequency), set_headway (minutes), remove_route, remove_trips "
            "(those departing in the band), scale_time (factor on running times, dwell kept) and set_speed "
            "(km/h along the shape).\n\n"
            "New routes: a line layer with fields route_id, headway_min, speed_kmh (running speed; or trip_min, "
            "minutes for the whole line), start_time, end_time (service span, default 05:00–24:00) and mode (a "
            "GTFS route_type number, or bus, brt, tram, metro, rail, ferry, trolleybus, informal …); optional "
            "dwell_s and route_name. Several features with the same route_id are its time bands, each with its "
            "headway (the first one's line, speed and mode are used). Stops are spaced evenly along the line at "
            "about the stop spacing, or taken from a stop layer (field route_id). Trips run both ways, written as "
            "frequencies.txt (one template trip per direction) or expanded (one trip per departure), on a new "
            "calendar covering the feed's dates.\n\n"
            "The new feed is validated with the checks and notice codes of MobilityData's gtfs-validator (the "
            "notices the edits introduced are warnings) and read back with Conecta's own GTFS reader."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(QgsProcessingParameterFile(self.GTFS, self.tr("GTFS feed (zip)"), extension="zip"))
        self.add_table(
            self.EDITS,
            self.tr("Edits (action, route_id, start_time, end_time, value)"),
            optional=True,
            help_text=self.tr(
                "A CSV file or table layer of edits, applied in order; save it to replay the scenario."
            ),
        )
        self.add_layer(
            self.NEW_ROUTES,
            self.tr("New routes (lines)"),
            [QgsProcessing.TypeVectorLine],
            optional=True,
            help_text=self.tr(
                "Fields route_id, headway_min, speed_kmh (or trip_min), start_time, end_time, mode; optional "
                "dwell_s, route_name."
            ),
        )
        self.add_layer(
            self.NEW_ROUTE_STOPS,
            self.tr("Stops of the new routes (points, field route_id)"),
            [QgsProcessing.TypeVectorPoint],
            optional=True,
            advanced=True,
            help_text=self.tr(
                "When given, a route's stops are these points moved onto its line (at most 500 m away)."
            ),
        )
        self.add_number(
            self.STOP_SPACING,
            self.tr("Stop spacing of the new routes (m)"),
            400.0,
            minimum=1.0,
            help_text=self.tr(
                "Stops are spaced evenly along the line, as close to this distance as an even division allows."
            ),
        )
        self.add_number(
            self.DWELL,
            self.tr("Dwell time at each intermediate stop (s)"),
            0.0,
            minimum=0.0,
            help_text=self.tr(
                "Added to the running time at every stop but the ends: set 0 when speed_kmh is a commercial speed "
                "that already includes the stops. A dwell_s field overrides it per route."
            ),
        )
        self.add_choice(
            self.TRIPS,
            self.tr("New trips written as"),
            [
                self.tr("frequencies.txt (one template trip per direction)"),
                self.tr("expanded trips (one per departure)"),
            ],
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.BOTH_DIRECTIONS, self.tr("New routes run both ways"), True),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("New GTFS feed"), self.tr("GTFS zip (*.zip)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber("ERRORS", self.tr("Rows with ERROR notices")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", self.tr("Rows with WARNING notices")))

    def input_messages(self) -> dict:
        return {
            "bad_route_type": self.tr(
                "The mode of new route {route} must be a GTFS route_type number or a mode name (bus, brt, tram, "
                "metro, rail, ferry, trolleybus, informal …), not {value!r}."
            ),
        }

    def process(self, parameters, context, feedback):
        source = Path(self.parameterAsFile(parameters, self.GTFS, context))
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if output.suffix.lower() != ".zip":
            output = output.with_suffix(".zip")
        given = [parameters.get(k) not in (None, "") for k in (self.EDITS, self.NEW_ROUTES)]
        if not any(given):
            self.fail(
                self.tr(
                    "Give edits, new routes or both: without them the new feed would be a copy of the source."
                )
            )
        edits = read_text_table(self, parameters, self.EDITS, context, feedback) if given[0] else None
        options = RouteOptions(
            stop_spacing_m=self.parameterAsDouble(parameters, self.STOP_SPACING, context),
            dwell_s=self.parameterAsDouble(parameters, self.DWELL, context),
            as_frequencies=self.parameterAsEnum(parameters, self.TRIPS, context) == 0,
            both_directions=self.parameterAsBoolean(parameters, self.BOTH_DIRECTIONS, context),
        )
        routes = read_new_routes(
            self, parameters, self.NEW_ROUTES, self.NEW_ROUTE_STOPS, context, feedback, options
        )
        feedback.pushInfo(
            self.tr("Editing {0}: {1} edits, {2} new routes.").format(
                source.name, 0 if edits is None else len(edits), len(routes)
            )
        )
        result = core.edit_gtfs(
            source, output, edits, routes, progress=self.progress_callback(feedback, 0.0, 90.0)
        )
        report_edits(result.diagnostics, feedback, edits is not None)
        report_notices(result.notices, result.new_notices, feedback)
        try:
            check_with_reader(output, feedback)
        except Exception:
            output.unlink(missing_ok=True)
            raise
        feedback.setProgress(100.0)
        counts = {
            severity: sum(n.count for n in result.notices if n.severity == severity)
            for severity in ("ERROR", "WARNING")
        }
        return {self.OUTPUT: str(output), "ERRORS": counts["ERROR"], "WARNINGS": counts["WARNING"]}
