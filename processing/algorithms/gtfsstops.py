"""conecta:gtfsstops — public transport stops of a GTFS feed with mode, capacity class and frequency.

Reads the zip offline (core.gtfs: frequencies.txt expanded, calendar_dates-only feeds, broken rows
skipped and counted), counts departures per stop in a time window of a service date, classifies stops by
capacity for SDG 11.2.1 and writes them as points, plus the route shapes when present.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import gtfs as core
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.fleet import service_date
from ..bridge.geometry import multiline_wkb
from ..bridge.messages import push_count
from ..bridge.transit import GtfsInput, point_features
from ..bridge.writers import Output, table_fields, write_geometries

STOP_FIELDS = [
    ("stop_id", QVariant.String),
    ("stop_name", QVariant.String),
    ("location_type", QVariant.Int),
    ("mode", QVariant.String),
    ("modes", QVariant.String),
    ("capacity", QVariant.String),
    ("departures", QVariant.Int),
    ("departures_per_hour", QVariant.Double),
    ("mean_headway_min", QVariant.Double),
    ("wheelchair_boarding", QVariant.Int),
    ("n_routes", QVariant.Int),
    ("routes", QVariant.String),
]
ROUTE_FIELDS = [
    ("shape_id", QVariant.String),
    ("route_ids", QVariant.String),
    ("route_type", QVariant.Int),
    ("mode", QVariant.String),
    ("capacity", QVariant.String),
]


class GtfsStops(GtfsInput, ConectaAlgorithm):
    """Stops of a GTFS feed with departures per hour, headway, mode and SDG 11.2.1 capacity class."""

    ALG_NAME = "gtfsstops"
    GROUP_ID = "indicators"
    GTFS = "GTFS"
    DATE = "DATE"
    START_TIME = "START_TIME"
    END_TIME = "END_TIME"
    BRT_ROUTES = "BRT_ROUTES"
    HIGH_CAPACITY_MODES = "HIGH_CAPACITY_MODES"
    CRS = "CRS"
    OUTPUT = "OUTPUT"
    ROUTES = "ROUTES"

    def displayName(self) -> str:
        return self.tr("GTFS stops and frequencies")

    def shortHelpString(self) -> str:
        return self.tr(
            "Reads a GTFS feed (zip file) offline and writes its stops as points with their mode, the modes "
            "of all routes serving them, their capacity class for SDG 11.2.1 (low: bus, tram, BRT; high: "
            "rail, metro, ferry), the departures in a time window of a service date, departures per hour, "
            "mean headway (window length / departures), wheelchair boarding and number of routes. Route "
            "shapes are written too when the feed has shapes.txt.\n\n"
            "Feeds with frequencies.txt are expanded into concrete departures every headway; feeds with only "
            "calendar_dates.txt work. Broken rows are skipped and counted, naming the file and line. The "
            "default date is a representative weekday: the one with the most trips in the first full week "
            "(Monday to Sunday) of the feed's calendar, skipping holidays removed in calendar_dates.txt.\n\n"
            "BRT routes cannot be told from buses in GTFS: list their route ids or short names to give them "
            "mode brt. A stop is high capacity when any high-capacity route serves it.\n\n"
            "Method: UN-Habitat, SDG 11.2.1 metadata (2021): capacity classes and the frequency criterion "
            "(a stop is frequent with at least 3 departures per hour, a 20-minute headway)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_feed_file_parameters()
        self.add_text(self.START_TIME, self.tr("Window start (HH:MM)"), "07:00")
        self.add_text(self.END_TIME, self.tr("Window end (HH:MM)"), "09:00")
        self.add_text(
            self.BRT_ROUTES, self.tr("BRT routes (route ids or short names, comma-separated)"), optional=True,
            help_text=self.tr("These routes get mode brt and the low capacity class, as the SDG metadata says."),
        )  # fmt: skip
        self.add_text(
            self.HIGH_CAPACITY_MODES, self.tr("High-capacity modes (comma-separated)"),
            ",".join(core.DEFAULT_HIGH_MODES), advanced=True,
            help_text=self.tr(
                "Modes of the high capacity class; every other public transport mode (bus, brt, tram, "
                "trolleybus, aerial_lift, funicular …) is low capacity."
            ),
        )  # fmt: skip
        crs = QgsProcessingParameterCrs(
            self.CRS, self.tr("Output CRS"), defaultValue="EPSG:4326", optional=True
        )
        self.add(crs, advanced=True)
        self.add_sink(self.OUTPUT, self.tr("GTFS stops"), QgsProcessing.TypeVectorPoint)
        self.add_sink(self.ROUTES, self.tr("GTFS route shapes"), QgsProcessing.TypeVectorLine, optional=True)

    def process(self, parameters, context, feedback):
        start, end = self.time_window(parameters, context, required=True)
        date = service_date(self.parameterAsString(parameters, self.DATE, context))
        path = self.parameterAsFile(parameters, self.GTFS, context)
        feed = self.read_feed(
            self.gtfs_paths({self.GTFS: path}), feedback, self.progress_callback(feedback, 0, 60)
        )
        date = date or self.representative_date(feed, feedback)
        self.service_day(feed, date, feedback, warn=False)
        brt = (self.parameterAsString(parameters, self.BRT_ROUTES, context) or "").split(",")
        high = (self.parameterAsString(parameters, self.HIGH_CAPACITY_MODES, context) or "").split(",")
        table = core.stop_table(feed, date, start, end, brt, high)
        feedback.setProgress(75)
        if table.total_departures == 0:
            feedback.pushWarning(
                self.tr(
                    "No departure in the window {0}–{1} on {2}: the stops are written with 0 departures. Try another window or date."
                ).format(
                    self.parameterAsString(parameters, self.START_TIME, context),
                    self.parameterAsString(parameters, self.END_TIME, context),
                    date.isoformat(),
                )
            )
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        crs = crs if crs.isValid() else wgs84
        transform = None if crs == wgs84 else QgsCoordinateTransform(wgs84, crs, context.transformContext())
        fields = table_fields(STOP_FIELDS)
        stops = table.stops
        values = stops[[name for name, _ in STOP_FIELDS]].astype(object)
        values = values.where(values.notna(), None).to_numpy().tolist()
        with Output(self, parameters, self.OUTPUT, context) as output:
            output.sink(fields, QgsWkbTypes.Point, crs)
            output.add(
                point_features(fields, stops["stop_lon"], stops["stop_lat"], values, transform), feedback
            )
            results = {self.OUTPUT: output.finish()}
        push_count(
            feedback, table.unserved, self.tr("{} stops are served by no route on that date."), info=True
        )
        feedback.pushInfo(
            self.tr("{0} stops written; {1} departures in the window; {2} high-capacity stops.").format(
                len(stops), table.total_departures, table.high_capacity
            )
        )
        if parameters.get(self.ROUTES) is not None:
            results[self.ROUTES] = self._write_routes(
                parameters, context, feed, table.routes, transform, crs, feedback
            )
        feedback.setProgress(100)
        return results

    def _write_routes(self, parameters, context, feed, routes, transform, crs, feedback) -> str:
        """Route shapes as lines (none when the feed has no shapes.txt)."""
        shapes, coords = core.shape_table(feed, routes)
        if shapes.empty:
            feedback.pushInfo(self.tr("The feed has no shapes.txt: no route shapes are written."))
        fields = table_fields(ROUTE_FIELDS)
        values = shapes.astype(object).where(shapes.notna(), None).to_numpy().tolist()

        def shape(line) -> QgsGeometry:
            geometry = QgsGeometry()
            geometry.fromWkb(multiline_wkb([np.asarray(line)]))
            if transform is not None:
                geometry.transform(transform)
            return geometry

        rows = ((shape(line), row) for line, row in zip(coords, values))
        return write_geometries(
            self, parameters, self.ROUTES, context, feedback, fields, rows, QgsWkbTypes.MultiLineString, crs
        )
