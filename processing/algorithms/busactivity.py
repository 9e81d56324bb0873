"""conecta:busactivity — bus activity of a GTFS service day: stop-to-stop segments along the shapes, and the
route and hourly tables (trips, revenue-km, vehicle-hours, scheduled speeds)."""

from __future__ import annotations

from qgis.core import QgsProcessing, QgsProcessingOutputNumber
from qgis.PyQt.QtCore import QVariant

from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.energy import BusDayInput, write_segments
from ..bridge.styles import graduated, on_load
from ..bridge.writers import write_table

SEGMENT_FIELDS = [
    ("route_id", QVariant.String),
    ("trip_id", QVariant.String),
    ("from_stop_id", QVariant.String),
    ("to_stop_id", QVariant.String),
    ("hour", QVariant.Int),
    ("departure_s", QVariant.Double),
    ("dist_km", QVariant.Double),
    ("speed_kmh", QVariant.Double),
    ("speed_replaced", QVariant.Bool),
]
ROUTE_FIELDS = ["route_id", "trips", "revenue_km", "vehicle_hours", "mean_speed_kmh"]
HOURLY_FIELDS = ["hour", "trips", "vehicle_km", "vehicle_hours"]


class BusActivity(BusDayInput, ConectaAlgorithm):
    """Revenue-km, vehicle-hours and scheduled speeds of the buses of a GTFS day, by segment, route and hour."""

    ALG_NAME = "busactivity"
    GROUP_ID = "energy"
    OUTPUT_SEGMENTS = "OUTPUT_SEGMENTS"
    OUTPUT_ROUTES = "OUTPUT_ROUTES"
    OUTPUT_HOURLY = "OUTPUT_HOURLY"

    def displayName(self) -> str:
        return self.tr("Bus activity from GTFS")

    def shortHelpString(self) -> str:
        return self.tr(
            "What the buses of a GTFS feed run on a service date: every stop-to-stop segment of every trip as "
            "a line along the trip's shape, with its route, trip, hour, distance and scheduled speed; a table "
            "per route (trips, revenue-km, vehicle-hours, mean speed) and a table per hour of the service day. "
            "This activity is what bus emissions and e-bus energy are computed from.\n\n"
            "Buses are the routes of route_type 3 (bus), 11 (trolleybus) and the extended types 700-899; "
            "other modes are left out and counted. Trips of frequencies.txt are expanded into one run every "
            "headway. A trip belongs to the time window when its first departure does (24:30 is half past "
            "midnight of the same service day); trips of the previous service day are not counted.\n\n"
            "Distance: along the shape (shapes.txt), the stops placed by shape_dist_traveled when consistent, "
            "else projected on the shape in order. A trip without a shape is measured along straight lines "
            "between its stops × the detour factor, with a warning. Stop times missing between timed stops "
            "are interpolated by distance along the trip, as GTFS allows. Speed = distance / (arrival at the "
            "next stop − departure); segments with a time of zero or less, or a speed outside 2-80 km/h, take "
            "their route's mean speed (revenue-km / vehicle-hours) and are counted. Vehicle-hours run from a "
            "trip's first departure to its last arrival (layovers excluded).\n\n"
            "Method as IPEA's gtfs2gps (Pereira et al.) and gtfstools; shapes and stop times as the GTFS "
            "reference defines them."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_bus_day_parameters()
        self.add_sink(self.OUTPUT_SEGMENTS, self.tr("Bus segments"), QgsProcessing.TypeVectorLine)
        self.add_sink(self.OUTPUT_ROUTES, self.tr("Bus activity by route"), QgsProcessing.TypeVector)
        self.add_sink(self.OUTPUT_HOURLY, self.tr("Bus activity by hour"), QgsProcessing.TypeVector)
        for key, label in (
            ("TRIPS", self.tr("Bus trips")),
            ("REVENUE_KM", self.tr("Revenue-km")),
            ("VEHICLE_HOURS", self.tr("Vehicle-hours")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        day = self.bus_day(parameters, context, feedback, end=50.0)
        act = day.activity
        results = {
            "TRIPS": len(act.trips),
            "REVENUE_KM": float(act.routes["revenue_km"].sum()),
            "VEHICLE_HOURS": float(act.routes["vehicle_hours"].sum()),
        }
        routes = act.routes[ROUTE_FIELDS]
        results[self.OUTPUT_ROUTES] = write_table(
            self, parameters, self.OUTPUT_ROUTES, context, feedback, routes
        )
        results[self.OUTPUT_HOURLY] = write_table(
            self, parameters, self.OUTPUT_HOURLY, context, feedback, act.hourly[HOURLY_FIELDS]
        )
        feedback.setProgress(60)
        if parameters.get(self.OUTPUT_SEGMENTS) is not None:
            dest = write_segments(
                self, parameters, self.OUTPUT_SEGMENTS, context, feedback, act.segments, act.geometry,
                SEGMENT_FIELDS,
            )  # fmt: skip
            on_load(context, dest, graduated("speed_kmh", start="#d7301f", end="#1a9850"))
            results[self.OUTPUT_SEGMENTS] = dest
        feedback.setProgress(100)
        return results
