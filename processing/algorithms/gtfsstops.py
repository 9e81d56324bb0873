"""conecta:gtfsstops — public transport stops of a GTFS feed with mode, capacity class and frequency.

Reads the zip offline (core.gtfs: frequencies.txt expanded, calendar_dates-only feeds, broken rows
skipped and counted), counts departures per stop in a time window of a service date, classifies stops by
capacity for SDG 11.2.1 (core.indicators) and writes them as points, plus the route shapes when present.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QLocale, QVariant

from ...core import gtfs as core
from ...core.indicators import DEFAULT_CAPACITY, HIGH, LOW, route_capacity, stop_capacity
from ...core.progress import Cancelled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.geometry import multiline_wkb
from ..bridge.network import first
from ..bridge.writers import table_fields

DEFAULT_HIGH_MODES = "rail,metro,monorail,ferry"


def parse_clock(text: str) -> float | None:
    """'07:30' (or '7:30', '25:00') → seconds; None when not a time."""
    match = re.fullmatch(r"\s*(\d{1,2}):([0-5]\d)(?::([0-5]\d))?\s*", text or "")
    if not match:
        return None
    return int(match.group(1)) * 3600 + int(match.group(2)) * 60 + int(match.group(3) or 0)


def capacity_mapping(high_modes: str) -> dict:
    """Mode → class: the listed modes high, every other public-transport mode low, non-transit modes None."""
    high = {m.strip().lower() for m in (high_modes or "").split(",") if m.strip()}
    mapping = {}
    for mode, default in DEFAULT_CAPACITY.items():
        mapping[mode] = HIGH if mode in high else (None if default is None else LOW)
    for mode in high - set(mapping):
        mapping[mode] = HIGH
    return mapping


class GtfsStops(ConectaAlgorithm):
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
        self.addParameter(
            QgsProcessingParameterFile(self.GTFS, self.tr("GTFS feed (zip file)"), extension="zip")
        )
        date = QgsProcessingParameterString(
            self.DATE,
            self.tr("Service date (YYYY-MM-DD; empty = a representative weekday of the feed)"),
            optional=True,
        )
        self.addParameter(date)
        self.addParameter(
            QgsProcessingParameterString(
                self.START_TIME, self.tr("Window start (HH:MM)"), defaultValue="07:00"
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.END_TIME, self.tr("Window end (HH:MM)"), defaultValue="09:00")
        )
        brt = QgsProcessingParameterString(
            self.BRT_ROUTES, self.tr("BRT routes (route ids or short names, comma-separated)"), optional=True
        )
        brt.setHelp(
            self.tr("These routes get mode brt and the low capacity class, as the SDG metadata says.")
        )
        self.addParameter(brt)
        high = QgsProcessingParameterString(
            self.HIGH_CAPACITY_MODES,
            self.tr("High-capacity modes (comma-separated)"),
            defaultValue=DEFAULT_HIGH_MODES,
        )
        high.setHelp(
            self.tr(
                "Modes of the high capacity class; every other public transport mode (bus, brt, tram, "
                "trolleybus, aerial_lift, funicular …) is low capacity."
            )
        )
        high.setFlags(high.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(high)
        crs = QgsProcessingParameterCrs(
            self.CRS, self.tr("Output CRS"), defaultValue="EPSG:4326", optional=True
        )
        crs.setFlags(crs.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(crs)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("GTFS stops"), QgsProcessing.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ROUTES,
                self.tr("GTFS route shapes"),
                QgsProcessing.TypeVectorLine,
                optional=True,
                createByDefault=False,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.GTFS, context)
        start = parse_clock(self.parameterAsString(parameters, self.START_TIME, context))
        end = parse_clock(self.parameterAsString(parameters, self.END_TIME, context))
        if start is None or end is None:
            raise QgsProcessingException(self.tr("Times must be written HH:MM, for example 07:00 and 09:00."))
        if end <= start:
            raise QgsProcessingException(self.tr("The window must end after it starts."))
        date_text = (self.parameterAsString(parameters, self.DATE, context) or "").strip()
        date = None
        if date_text:
            try:
                date = dt.date.fromisoformat(date_text)
            except ValueError:
                raise QgsProcessingException(
                    self.tr(
                        "The date {} is not valid: write it as YYYY-MM-DD, for example 2019-05-13."
                    ).format(date_text)
                ) from None
        feedback.pushInfo(self.tr("Reading the GTFS feed…"))
        try:
            feed = core.read_gtfs(path, progress=self.progress_callback(feedback, 0, 60))
        except Cancelled:
            return {}
        except (OSError, ValueError, zipfile.BadZipFile) as error:
            raise QgsProcessingException(
                self.tr("Cannot read the GTFS feed {0}: {1}").format(path, str(error))
            ) from error
        self._report_diagnostics(feed.diagnostics, feedback)
        if date is None:
            date = self._representative_date(feed, feedback)
        day = core.active_services(feed, date)
        if not day.in_range:
            if day.first_date is None:
                raise QgsProcessingException(self.tr("The feed has no service calendar."))
            raise QgsProcessingException(
                self.tr("The date {0} is outside the feed's calendar: choose a date from {1} to {2}.").format(
                    date.isoformat(), day.first_date.isoformat(), day.last_date.isoformat()
                )
            )
        summary, _ = core.stop_summary(feed, date, start, end)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(75)
        # capacity class from every route serving the stop (whole feed, children add to their station)
        routes = route_capacity(
            feed.routes,
            [b for b in (self.parameterAsString(parameters, self.BRT_ROUTES, context) or "").split(",")],
            capacity_mapping(self.parameterAsString(parameters, self.HIGH_CAPACITY_MODES, context)),
        )
        pairs = feed.stop_times[["trip_id", "stop_id"]].drop_duplicates()
        pairs = pairs.merge(feed.trips[["trip_id", "route_id"]], on="trip_id")[["stop_id", "route_id"]]
        pairs = pairs.drop_duplicates()
        parent = (
            feed.stops.set_index("stop_id")["parent_station"].reindex(pairs["stop_id"]).fillna("").to_numpy()
        )
        station_pairs = pd.DataFrame(
            {"stop_id": parent[parent != ""], "route_id": pairs["route_id"].to_numpy()[parent != ""]}
        )
        capacity = stop_capacity(pd.concat([pairs, station_pairs], ignore_index=True), routes)
        stops = summary.loc[summary["location_type"] <= 1].reset_index(drop=True)
        capacity = capacity.set_index("stop_id").reindex(stops["stop_id"])
        total_departures = int(stops.loc[stops["location_type"] == 0, "departures"].sum())
        if total_departures == 0:
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
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        transform = None if crs == wgs84 else QgsCoordinateTransform(wgs84, crs, context.transformContext())
        fields = table_fields(
            [
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
        )
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        mode = capacity["mode"].to_numpy()
        modes = capacity["modes"].to_numpy()
        cap = capacity["capacity"].to_numpy()
        lon = stops["stop_lon"].to_numpy(dtype=float)
        lat = stops["stop_lat"].to_numpy(dtype=float)
        headway = stops["mean_headway_min"].to_numpy(dtype=float)
        batch = []
        for i, row in enumerate(stops.itertuples(index=False)):
            geometry = QgsGeometry.fromPointXY(QgsPointXY(lon[i], lat[i]))
            if transform is not None:
                geometry.transform(transform)
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes(
                [
                    row.stop_id,
                    row.stop_name,
                    int(row.location_type),
                    mode[i] if isinstance(mode[i], str) else None,
                    modes[i] if isinstance(modes[i], str) else None,
                    cap[i] if isinstance(cap[i], str) else None,
                    int(row.departures),
                    float(row.departures_per_hour),
                    None if np.isnan(headway[i]) else float(headway[i]),
                    int(row.wheelchair_boarding),
                    int(row.n_routes),
                    row.routes,
                ]
            )
            batch.append(feature)
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        unserved = int((stops["n_routes"] == 0).sum())
        if unserved:
            feedback.pushInfo(self.tr("{} stops are served by no route on that date.").format(unserved))
        feedback.pushInfo(
            self.tr("{0} stops written; {1} departures in the window; {2} high-capacity stops.").format(
                len(stops), total_departures, int(np.sum(cap == HIGH))
            )
        )
        results = {self.OUTPUT: dest_id}
        if parameters.get(self.ROUTES) is not None:
            results.update(self._write_routes(parameters, context, feed, routes, transform, crs, feedback))
        feedback.setProgress(100)
        return results

    def _representative_date(self, feed: core.GtfsFeed, feedback) -> dt.date:
        """The weekday with the most trips in the feed's first full week (holidays skipped), logged."""
        day = core.representative_weekday(feed)
        if day is None:
            raise QgsProcessingException(
                self.tr("The feed has no calendar.txt or calendar_dates.txt: no service date can be chosen.")
            )
        name = QLocale().dayName(day.date.isoweekday())
        if day.full_week:
            message = self.tr(
                "Service date: {0} ({1}), the weekday with the most trips ({2}) in the first full week "
                "(Monday to Sunday) of the feed's calendar, holidays skipped. Give a date to choose another."
            )
        else:
            message = self.tr(
                "Service date: {0} ({1}), the first weekday with service ({2} trips): the feed's calendar has "
                "no full week. Give a date to choose another."
            )
        feedback.pushInfo(message.format(day.date.isoformat(), name, day.trips))
        return day.date

    def _write_routes(self, parameters, context, feed, routes, transform, crs, feedback) -> dict:
        """Route shapes as lines (nothing when the feed has no shapes.txt)."""
        shapes = core.route_shapes(feed)
        if not shapes:
            feedback.pushInfo(self.tr("The feed has no shapes.txt: no route shapes are written."))
        fields = table_fields(
            [
                ("shape_id", QVariant.String),
                ("route_ids", QVariant.String),
                ("route_type", QVariant.Int),
                ("mode", QVariant.String),
                ("capacity", QVariant.String),
            ]
        )
        sink, dest_id = self.parameterAsSink(
            parameters, self.ROUTES, context, fields, QgsWkbTypes.MultiLineString, crs
        )
        if sink is None:
            return {}
        info = routes.set_index("route_id")
        batch = []
        for shape in shapes:
            if len(shape.coords) < 2:
                continue
            geometry = QgsGeometry()
            geometry.fromWkb(multiline_wkb([shape.coords]))
            if transform is not None:
                geometry.transform(transform)
            first_route = shape.route_ids[0] if shape.route_ids else None
            mode = info["mode"].get(first_route) if first_route is not None else None
            capacity = info["capacity"].get(first_route) if first_route is not None else None
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes(
                [shape.shape_id, ";".join(shape.route_ids), int(shape.route_type), mode, capacity]
            )
            batch.append(feature)
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        return {self.ROUTES: dest_id}

    def _report_diagnostics(self, diag: core.GtfsDiagnostics, feedback) -> None:
        """Log skipped rows (file, count, first lines) and missing optional files."""
        for file, count in diag.skipped_rows.items():
            examples = diag.examples.get(file, [])
            lines = first([f"{line} ({reason})" for line, reason in examples], limit=5)
            feedback.pushWarning(
                self.tr("{0}: {1} broken rows skipped, for example line {2}.").format(file, count, lines)
            )
        missing = [
            m
            for m in diag.missing_files
            if m in ("calendar.txt", "calendar_dates.txt", "shapes.txt", "frequencies.txt")
        ]
        if missing:
            feedback.pushInfo(self.tr("Optional files not in the feed: {}.").format(", ".join(missing)))
        if diag.interpolated_stop_times:
            feedback.pushInfo(
                self.tr("{} stop times without a time were interpolated.").format(
                    diag.interpolated_stop_times
                )
            )
