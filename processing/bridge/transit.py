"""Public-transport inputs, declared and read by one mixin (:class:`GtfsInput`): the GTFS feeds, the service
date, the departure time and window, and the limits of a run (trip duration, walking, transfers).

The feeds are read once by ``core.gtfs`` and what was skipped is reported by file and line; the date is
checked against the feeds' calendars (a date outside them stops with the valid range); the stops are placed
in the working CRS for the walking legs. Dates and clock times typed as text go through
:mod:`.parsers` (``parse_date``, ``parse_clock``).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameters,
)
from qgis.PyQt.QtCore import QDate, QLocale, QTime

from ...core import gtfs as core_gtfs
from ...core.progress import ProgressCallback
from ...core.transit import TransitRun, TransitSettings
from ...core.transit.matrix import MAX_TRANSFERS
from .crs import working_crs
from .messages import _Context, push_count
from .network import input_sources
from .parsers import clock, parse_clock, parse_date
from .readers import source_of
from .writers import geometry_features


class ConectaTransit(_Context):
    """Translation context of the public-transport input messages."""


def reason_text(code: str) -> str:
    """The planner's wording of a core GTFS skip reason (the code itself when unknown)."""
    names = {
        "missing stop_id": ConectaTransit.tr("no stop_id"),
        "duplicate stop_id": ConectaTransit.tr("duplicate stop_id"),
        "invalid coordinates": ConectaTransit.tr("invalid coordinates"),
        "missing route_id": ConectaTransit.tr("no route_id"),
        "duplicate route_id": ConectaTransit.tr("duplicate route_id"),
        "invalid route_type": ConectaTransit.tr("invalid route_type"),
        "missing service_id": ConectaTransit.tr("no service_id"),
        "missing trip_id": ConectaTransit.tr("no trip_id"),
        "duplicate trip_id": ConectaTransit.tr("duplicate trip_id"),
        "unknown route_id": ConectaTransit.tr("unknown route_id"),
        "invalid stop_sequence": ConectaTransit.tr("invalid stop_sequence"),
        "duplicate stop_sequence": ConectaTransit.tr("duplicate stop_sequence"),
        "unparsable time": ConectaTransit.tr("unreadable time"),
        "unknown trip_id": ConectaTransit.tr("unknown trip_id"),
        "unknown stop_id": ConectaTransit.tr("unknown stop_id"),
        "invalid date": ConectaTransit.tr("invalid date"),
        "invalid row": ConectaTransit.tr("invalid row"),
        "invalid time or headway": ConectaTransit.tr("invalid time or headway"),
        "trip without first/last time": ConectaTransit.tr("trip without a time at its first or last stop"),
        "wrong number of fields": ConectaTransit.tr("more fields than the header"),
    }
    return names.get(code, code)


def stop_points(feed: core_gtfs.GtfsFeed, crs, context) -> np.ndarray:
    """Stop coordinates (feed order) in ``crs`` (GTFS coordinates are WGS 84); NaN where a stop has none."""
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), crs, context.transformContext()
    )
    lon = feed.stops["stop_lon"].to_numpy(dtype=float)
    lat = feed.stops["stop_lat"].to_numpy(dtype=float)
    out = np.full((len(lon), 2), np.nan)
    for i in np.flatnonzero(np.isfinite(lon) & np.isfinite(lat)):
        p = transform.transform(QgsPointXY(lon[i], lat[i]))
        out[i] = (p.x(), p.y())
    return out


def point_features(fields, lon: np.ndarray, lat: np.ndarray, rows, transform=None):
    """Point features at WGS 84 ``lon``/``lat`` (moved into a CRS by ``transform``) with attribute ``rows``."""

    def point(x, y) -> QgsGeometry:
        geometry = QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y)))
        if transform is not None:
            geometry.transform(transform)
        return geometry

    return geometry_features(fields, ((point(x, y), values) for x, y, values in zip(lon, lat, rows)))


class GtfsInput:
    """GTFS feeds (``GTFS``) with the service date (``DATE``), the departure time and window and the limits of
    a run; for algorithms on :class:`~.algorithm.ConectaAlgorithm`."""

    GTFS = "GTFS"
    DATE = "DATE"
    DEPARTURE_TIME = "DEPARTURE_TIME"
    TIME_WINDOW = "TIME_WINDOW"
    MAX_TRIP_DURATION = "MAX_TRIP_DURATION"
    MAX_WALK_TIME = "MAX_WALK_TIME"
    MAX_TRANSFERS = "MAX_TRANSFERS"
    TRANSFER_DISTANCE = "TRANSFER_DISTANCE"

    # ------------------------------------------------------------------ declaring

    def add_gtfs_parameters(
        self, window_default: int = 60, max_duration_default: float = 120.0, duration: bool = True
    ) -> None:
        """Declare GTFS, DATE, DEPARTURE_TIME, TIME_WINDOW, MAX_TRIP_DURATION (when ``duration``),
        MAX_WALK_TIME, MAX_TRANSFERS and TRANSFER_DISTANCE (advanced)."""
        self.add_feed_parameters()
        time = QgsProcessingParameterDateTime(
            self.DEPARTURE_TIME,
            ConectaTransit.tr("Departure time"),
            type=QgsProcessingParameterDateTime.Time,
            defaultValue=QTime(7, 0),
        )
        self.add(time, help_text=ConectaTransit.tr("First departure minute (text HH:MM is accepted)."))
        self.add_number(
            self.TIME_WINDOW, ConectaTransit.tr("Departure time window (minutes; 1 = a single departure)"), window_default,
            minimum=1, maximum=24 * 60, integer=True,
            help_text=ConectaTransit.tr(
                "Trips are computed for every departure minute of the window and summarised by percentiles, "
                "as r5r does, so results do not depend on one arbitrary minute."
            ),
        )  # fmt: skip
        if duration:
            self.add_number(
                self.MAX_TRIP_DURATION,
                ConectaTransit.tr("Maximum trip duration (minutes)"),
                max_duration_default,
                minimum=1.0,
            )
        self.add_number(
            self.MAX_WALK_TIME, ConectaTransit.tr("Maximum walking time per leg (minutes)"), 30.0, minimum=0.0,
            help_text=ConectaTransit.tr(
                "Limit of each walking leg: to the first stop, from the last stop, and of walk-only trips, as "
                "r5r's max_walk_time. r5r has no limit by default; 30 minutes keeps city-wide runs fast."
            ),
        )  # fmt: skip
        self.add_number(
            self.MAX_TRANSFERS, ConectaTransit.tr("Maximum number of transfers"), MAX_TRANSFERS, minimum=0, maximum=10, integer=True,
            help_text=ConectaTransit.tr(
                "Transfers between vehicles; n transfers means at most n + 1 rides (r5r's max_rides default of "
                "3 rides is 2 transfers)."
            ),
        )  # fmt: skip
        self.add_number(
            self.TRANSFER_DISTANCE, ConectaTransit.tr("Maximum walking distance of a transfer (m)"), 1000.0, minimum=0.0,
            advanced=True,
            help_text=ConectaTransit.tr(
                "Stops closer than this on foot are linked for transfers (R5 uses 1 km); transfers.txt is "
                "honoured on top: minimum transfer times are applied and forbidden transfers removed."
            ),
        )  # fmt: skip

    def add_feed_file_parameters(self) -> None:
        """Declare GTFS as one zip file and DATE as text that may be left empty, for the tools that read one
        feed and take a representative weekday of it when no date is given."""
        self.add(
            QgsProcessingParameterFile(self.GTFS, ConectaTransit.tr("GTFS feed (zip file)"), extension="zip")
        )
        self.add_text(
            self.DATE, ConectaTransit.tr("Service date (YYYY-MM-DD; empty = a representative weekday of the feed)"),
            optional=True,
        )  # fmt: skip

    def add_feed_parameters(self) -> None:
        """Declare GTFS and DATE only (the feeds and the service date)."""
        self.add(
            QgsProcessingParameterMultipleLayers(
                self.GTFS, ConectaTransit.tr("GTFS feeds (zip files)"), QgsProcessing.TypeFile
            ),
            help_text=ConectaTransit.tr(
                "One or more GTFS zip files (for example bus and rail) routed together. Rows that cannot be "
                "used (unknown stops or trips, unparsable times) are skipped and reported with their file and "
                "line."
            ),
        )
        date = QgsProcessingParameterDateTime(
            self.DATE, ConectaTransit.tr("Service date"), type=QgsProcessingParameterDateTime.Date
        )
        self.add(
            date,
            help_text=ConectaTransit.tr("The day whose timetable is used (text YYYY-MM-DD is accepted)."),
        )

    # ------------------------------------------------------------------ reading parameters

    def gtfs_paths(self, parameters) -> list:
        """The GTFS paths, given as a list (toolbox, repeated in qgis_process) or a ';'-separated text."""
        value = parameters.get(self.GTFS)
        items = value if isinstance(value, (list, tuple)) else [value]
        paths = [
            part.strip().split("|")[0].strip()
            for item in items
            if item is not None
            for part in str(item).split(";")
        ]
        paths = [p for p in paths if p]
        if not paths:
            raise QgsProcessingException(ConectaTransit.tr("Choose at least one GTFS zip file."))
        missing = [p for p in paths if not Path(p).exists()]
        if missing:
            raise QgsProcessingException(
                ConectaTransit.tr("GTFS file not found: {}").format(", ".join(missing))
            )
        return paths

    def service_date(self, parameters, context) -> _dt.date:
        """DATE as a date (a QDate from the toolbox, or text YYYY-MM-DD)."""
        value = parameters.get(self.DATE)
        if isinstance(value, str) and value.strip():
            try:
                return parse_date(value)
            except ValueError:
                pass
        qdate = QgsProcessingParameters.parameterAsDate(
            self.parameterDefinition(self.DATE), parameters, context
        )
        if not isinstance(qdate, QDate) or not qdate.isValid():
            raise QgsProcessingException(
                ConectaTransit.tr("Give the service date as YYYY-MM-DD, for example 2019-05-13.")
            )
        return _dt.date(qdate.year(), qdate.month(), qdate.day())

    def departure_seconds(self, parameters, context) -> int:
        """DEPARTURE_TIME in seconds after midnight (a QTime, or text HH:MM[:SS]; hours past 24 accepted)."""
        value = parameters.get(self.DEPARTURE_TIME)
        if isinstance(value, str) and value.strip():
            try:
                return parse_clock(value)
            except ValueError:
                raise QgsProcessingException(
                    ConectaTransit.tr("Give the departure time as HH:MM, for example 07:30.")
                ) from None
        definition = self.parameterDefinition(self.DEPARTURE_TIME)
        qtime = QgsProcessingParameters.parameterAsTime(
            definition, parameters, context
        )  # the default if unset
        return qtime.hour() * 3600 + qtime.minute() * 60 + qtime.second()

    def checkParameterValues(self, parameters, context):
        """QGIS's check, with the date and departure time read the way the run reads them: a clear message
        for a bad YYYY-MM-DD or HH:MM, and departures past 24:00 (GTFS service-day times) accepted."""
        departure = self.parameterDefinition(self.DEPARTURE_TIME) is not None
        if not isinstance(self.parameterDefinition(self.DATE), QgsProcessingParameterDateTime):
            return super().checkParameterValues(parameters, context)
        try:
            date = self.service_date(parameters, context)
            if departure:
                self.departure_seconds(parameters, context)
        except QgsProcessingException as error:
            return False, str(error)
        checked = dict(parameters)
        checked[self.DATE] = QDate(date.year, date.month, date.day)
        if departure:
            checked[self.DEPARTURE_TIME] = QTime(0, 0)
        return super().checkParameterValues(checked, context)

    def transit_settings(self, parameters, context, **values) -> TransitSettings:
        """The run's date, departure, window and limits (``values`` adds or overrides settings)."""
        settings = dict(
            date=self.service_date(parameters, context),
            departure=self.departure_seconds(parameters, context),
            window=self.parameterAsInt(parameters, self.TIME_WINDOW, context),
            max_walk=self.parameterAsDouble(parameters, self.MAX_WALK_TIME, context),
            max_transfers=self.parameterAsInt(parameters, self.MAX_TRANSFERS, context),
            transfer_m=self.parameterAsDouble(parameters, self.TRANSFER_DISTANCE, context),
        )
        if self.parameterDefinition(self.MAX_TRIP_DURATION) is not None:
            settings["max_duration"] = self.parameterAsDouble(parameters, self.MAX_TRIP_DURATION, context)
        settings.update(values)
        return TransitSettings(**settings)

    def straight_walking_crs(self, parameters, context, feedback, speed: float, layers: tuple):
        """The working CRS of the first of ``layers`` (the others' extents as its fallback) when the walking
        legs are straight lines, which the log says."""
        source = source_of(self, parameters, layers[0], context)
        crs = working_crs(
            source, context, feedback, input_sources(self, parameters, context, list(layers[1:]))
        )
        feedback.pushInfo(
            ConectaTransit.tr(
                "No street network: walking legs are the straight-line distance × 1.3 at {} km/h."
            ).format(speed)
        )
        return crs

    # ------------------------------------------------------------------ reading feeds

    def read_feed(self, paths: list, feedback, progress: ProgressCallback = None) -> core_gtfs.GtfsFeed:
        """Read and merge the feeds, reporting missing files and skipped rows (file, line, reason)."""
        feedback.pushInfo(ConectaTransit.tr("Reading {} GTFS feed(s)…").format(len(paths)))
        feed = core_gtfs.read_feeds(paths, progress=progress)
        feedback.pushInfo(
            ConectaTransit.tr("GTFS: {0} stops, {1} routes, {2} trips, {3} stop times.").format(
                len(feed.stops), len(feed.routes), len(feed.trips), len(feed.stop_times)
            )
        )
        self._report_reading(feed.diagnostics, paths, feedback)
        if len(feed.stops) == 0:
            raise QgsProcessingException(ConectaTransit.tr("The GTFS feed(s) have no usable stop."))
        return feed

    def _report_reading(self, diag: core_gtfs.GtfsDiagnostics, paths: list, feedback) -> None:
        """Log what the reader skipped, interpolated, expanded or found missing, files named as given."""
        names = {f"{k}:": Path(p).name + ":" for k, p in enumerate(paths)} if len(paths) > 1 else {}

        def named(file: str) -> str:
            for prefix, name in names.items():
                if file.startswith(prefix):
                    return name + file[len(prefix) :]
            return file

        if diag.missing_files:
            feedback.pushInfo(
                ConectaTransit.tr("Optional GTFS files absent (not needed): {}.").format(
                    ", ".join(named(f) for f in diag.missing_files)
                )
            )
        if diag.latin1_files:
            feedback.pushWarning(
                ConectaTransit.tr(
                    "{} are not UTF-8 (as GTFS requires) and were read as Latin-1: check accented names."
                ).format(", ".join(named(f) for f in diag.latin1_files))
            )
        for file, count in diag.skipped_rows.items():
            examples = "; ".join(
                ConectaTransit.tr("line {0}: {1}").format(line, reason_text(reason))
                for line, reason in diag.examples.get(file, [])
            )
            feedback.pushWarning(
                ConectaTransit.tr("{0}: {1} rows skipped ({2}).").format(named(file), count, examples)
            )
        push_count(
            feedback,
            diag.interpolated_stop_times,
            ConectaTransit.tr("{} stop times without a time were interpolated between timed stops."),
            info=True,
        )

    def time_window(self, parameters, context, required: bool = False) -> tuple:
        """START_TIME and END_TIME (HH:MM; 24:30 is half past midnight of the same service day) in seconds
        after midnight, None for a bound left empty unless ``required``; a time that is not HH:MM and a window
        that does not end after it starts are refused with a message."""
        texts = [
            (self.parameterAsString(parameters, key, context) or "").strip()
            for key in ("START_TIME", "END_TIME")
        ]
        values = []
        for text in texts:
            if not text and not required:
                values.append(None)
                continue
            try:
                values.append(parse_clock(text))
            except ValueError:
                raise QgsProcessingException(
                    ConectaTransit.tr(
                        "Times must be written HH:MM, for example 07:00 and 09:00; got '{}'."
                    ).format(text)
                ) from None
        start, end = values
        if start is not None and end is not None and end <= start:
            raise QgsProcessingException(
                ConectaTransit.tr("The time window must end after it starts: {0} to {1}.").format(*texts)
            )
        return start, end

    def representative_date(self, feed: core_gtfs.GtfsFeed, feedback) -> _dt.date:
        """The weekday with the most trips in the feed's first full week (holidays skipped), logged: the service
        date of an algorithm whose date was left empty."""
        day = core_gtfs.representative_weekday(feed)
        if day is None:
            raise QgsProcessingException(
                ConectaTransit.tr(
                    "The feed has no calendar.txt or calendar_dates.txt: no service date can be chosen."
                )
            )
        name = QLocale().dayName(day.date.isoweekday())
        if day.full_week:
            message = ConectaTransit.tr(
                "Service date: {0} ({1}), the weekday with the most trips ({2}) in the first full week "
                "(Monday to Sunday) of the feed's calendar, holidays skipped. Give a date to choose another."
            )
        else:
            message = ConectaTransit.tr(
                "Service date: {0} ({1}), the first weekday with service ({2} trips): the feed's calendar has "
                "no full week. Give a date to choose another."
            )
        feedback.pushInfo(message.format(day.date.isoformat(), name, day.trips))
        return day.date

    def service_day(
        self, feed: core_gtfs.GtfsFeed, date: _dt.date, feedback, warn: bool = True
    ) -> core_gtfs.ServiceDay:
        """The services of ``date``; a date outside every calendar stops (with the valid range), a date on
        which nothing runs is warned about (with ``warn``: only walking trips are then computed)."""
        day = core_gtfs.service_day(feed, date)
        if warn and not day.service_ids:
            feedback.pushWarning(
                ConectaTransit.tr(
                    "No service runs on {} (a holiday or a weekday without service?): only walking trips are "
                    "computed."
                ).format(date.isoformat())
            )
        return day

    def report_run(self, run: TransitRun, settings: TransitSettings, feedback, end: int) -> None:
        """Log the trips of the run, and warn when no vehicle leaves in the departure window."""
        feedback.pushInfo(
            ConectaTransit.tr("{0} trips in {1} patterns run between {2} and {3}.").format(
                run.n_trips, run.n_patterns, clock(settings.departure), clock(end)
            )
        )
        window_end = settings.departure + 60 * settings.window
        if run.departures_in_window == 0:
            feedback.pushWarning(
                ConectaTransit.tr(
                    "No vehicle departs between {0} and {1} on this date: only walking trips are computed. Check "
                    "the departure time."
                ).format(clock(settings.departure), clock(window_end))
            )
