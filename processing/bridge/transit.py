"""Shared public-transport inputs: GTFS files, service date and time, and the walking legs.

Declares the parameters common to conecta:transitmatrix and conecta:transitisochrones, reads the feeds
once (reporting skipped rows by file and line), checks the date against the feeds' calendars and builds
the walking tables the router needs — origin → stop (access), stop → destination (egress), stop → stop
(transfers) and origin → destination (walk only) — on the street network or, without one, as
straight-line distance × 1.3 at walking speed.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameters,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QTime

from ...core import gtfs as core_gtfs
from ...core import network as core_net
from ...core import transit as core_transit
from ...core.progress import ProgressCallback, report, scaled

DETOUR = 1.3
"""Straight-line walking detour factor used without a street network."""


class ConectaTransit:
    """Translation context of the public-transport input messages."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ConectaTransit", text)


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
    }
    return names.get(code, code)


def add_gtfs_parameters(alg, window_default: int = 60, max_duration_default: float = 120.0) -> None:
    """GTFS, DATE, DEPARTURE_TIME, TIME_WINDOW, MAX_TRIP_DURATION, MAX_WALK_TIME, MAX_TRANSFERS."""
    gtfs = QgsProcessingParameterMultipleLayers(
        "GTFS", ConectaTransit.tr("GTFS feeds (zip files)"), QgsProcessing.TypeFile
    )
    gtfs.setHelp(
        ConectaTransit.tr(
            "One or more GTFS zip files (for example bus and rail) routed together. Rows that cannot be used "
            "(unknown stops or trips, unparsable times) are skipped and reported with their file and line."
        )
    )
    alg.addParameter(gtfs)
    date = QgsProcessingParameterDateTime(
        "DATE", ConectaTransit.tr("Service date"), type=QgsProcessingParameterDateTime.Date
    )
    date.setHelp(ConectaTransit.tr("The day whose timetable is used (text YYYY-MM-DD is accepted)."))
    alg.addParameter(date)
    time = QgsProcessingParameterDateTime(
        "DEPARTURE_TIME",
        ConectaTransit.tr("Departure time"),
        type=QgsProcessingParameterDateTime.Time,
        defaultValue=QTime(7, 0),
    )
    time.setHelp(ConectaTransit.tr("First departure minute (text HH:MM is accepted)."))
    alg.addParameter(time)
    window = QgsProcessingParameterNumber(
        "TIME_WINDOW",
        ConectaTransit.tr("Departure time window (minutes; 1 = a single departure)"),
        type=QgsProcessingParameterNumber.Integer,
        defaultValue=window_default,
        minValue=1,
        maxValue=24 * 60,
    )
    window.setHelp(
        ConectaTransit.tr(
            "Trips are computed for every departure minute of the window and summarised by percentiles, as "
            "r5r does, so results do not depend on one arbitrary minute."
        )
    )
    alg.addParameter(window)
    alg.addParameter(
        QgsProcessingParameterNumber(
            "MAX_TRIP_DURATION",
            ConectaTransit.tr("Maximum trip duration (minutes)"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=max_duration_default,
            minValue=1.0,
        )
    )
    walk = QgsProcessingParameterNumber(
        "MAX_WALK_TIME",
        ConectaTransit.tr("Maximum walking time per leg (minutes)"),
        type=QgsProcessingParameterNumber.Double,
        defaultValue=30.0,
        minValue=0.0,
    )
    walk.setHelp(
        ConectaTransit.tr(
            "Limit of each walking leg: to the first stop, from the last stop, and of walk-only trips, as "
            "r5r's max_walk_time. r5r has no limit by default; 30 minutes keeps city-wide runs fast."
        )
    )
    alg.addParameter(walk)
    transfers = QgsProcessingParameterNumber(
        "MAX_TRANSFERS",
        ConectaTransit.tr("Maximum number of transfers"),
        type=QgsProcessingParameterNumber.Integer,
        defaultValue=3,
        minValue=0,
        maxValue=10,
    )
    transfers.setHelp(
        ConectaTransit.tr(
            "Transfers between vehicles; n transfers means at most n + 1 rides (r5r's max_rides default of 3 "
            "rides is 2 transfers)."
        )
    )
    alg.addParameter(transfers)
    distance = QgsProcessingParameterNumber(
        "TRANSFER_DISTANCE",
        ConectaTransit.tr("Maximum walking distance of a transfer (m)"),
        type=QgsProcessingParameterNumber.Double,
        defaultValue=1000.0,
        minValue=0.0,
    )
    distance.setHelp(
        ConectaTransit.tr(
            "Stops closer than this on foot are linked for transfers (R5 uses 1 km); transfers.txt is honoured "
            "on top: minimum transfer times are applied and forbidden transfers removed."
        )
    )
    distance.setFlags(distance.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    alg.addParameter(distance)


def make_optional(alg, name: str) -> None:
    """Mark an already declared parameter optional."""
    param = alg.parameterDefinition(name)
    param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagOptional)


def make_basic(alg, name: str) -> None:
    """Show an already declared parameter outside the advanced section."""
    param = alg.parameterDefinition(name)
    param.setFlags(param.flags() & ~QgsProcessingParameterDefinition.FlagAdvanced)


# ------------------------------------------------------------------------------------------ values


def gtfs_paths(parameters: dict) -> list[str]:
    """The GTFS paths given as a list (toolbox, repeated in qgis_process) or a ';'-separated text."""
    value = parameters.get("GTFS")
    items = value if isinstance(value, (list, tuple)) else [value]
    paths = []
    for item in items:
        if item is None:
            continue
        for part in str(item).split(";"):
            part = part.strip().split("|")[0].strip()
            if part:
                paths.append(part)
    if not paths:
        raise QgsProcessingException(ConectaTransit.tr("Choose at least one GTFS zip file."))
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise QgsProcessingException(ConectaTransit.tr("GTFS file not found: {}").format(", ".join(missing)))
    return paths


def service_date(alg, parameters, context) -> _dt.date:
    """DATE as a date (QDate from the toolbox or text YYYY-MM-DD)."""
    value = parameters.get("DATE")
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", value)
        if match:
            try:
                return _dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                pass
    qdate = QgsProcessingParameters.parameterAsDate(alg.parameterDefinition("DATE"), parameters, context)
    if not isinstance(qdate, QDate) or not qdate.isValid():
        raise QgsProcessingException(
            ConectaTransit.tr("Give the service date as YYYY-MM-DD, for example 2019-05-13.")
        )
    return _dt.date(qdate.year(), qdate.month(), qdate.day())


def departure_seconds(alg, parameters, context) -> int:
    """DEPARTURE_TIME in seconds after midnight (QTime or text HH:MM[:SS]; hours past 24 accepted)."""
    value = parameters.get("DEPARTURE_TIME")
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*", value)
        if match and int(match.group(2)) < 60 and int(match.group(3) or 0) < 60:
            return int(match.group(1)) * 3600 + int(match.group(2)) * 60 + int(match.group(3) or 0)
        if value.strip():
            raise QgsProcessingException(
                ConectaTransit.tr("Give the departure time as HH:MM, for example 07:30.")
            )
    qtime = QgsProcessingParameters.parameterAsTime(
        alg.parameterDefinition("DEPARTURE_TIME"), parameters, context
    )
    if not isinstance(qtime, QTime) or not qtime.isValid():
        raise QgsProcessingException(
            ConectaTransit.tr("Give the departure time as HH:MM, for example 07:30.")
        )
    return qtime.hour() * 3600 + qtime.minute() * 60 + qtime.second()


def parse_percentiles(text: str) -> list[int]:
    """'25,50,75' → [25, 50, 75] (sorted, unique, 1..100); ValueError otherwise."""
    values = sorted({int(round(float(v))) for v in str(text).replace(";", ",").split(",") if v.strip()})
    if not values or values[0] < 1 or values[-1] > 100:
        raise ValueError(text)
    return values


def clock(seconds: float) -> str:
    """Seconds after midnight as HH:MM."""
    seconds = int(seconds)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


# ------------------------------------------------------------------------------------------ feeds


def load_feed(paths: list[str], feedback, progress: ProgressCallback = None) -> core_gtfs.GtfsFeed:
    """Read and merge the feeds, reporting missing files and skipped rows (file, line, reason)."""
    feedback.pushInfo(ConectaTransit.tr("Reading {} GTFS feed(s)…").format(len(paths)))
    try:
        feed = core_gtfs.read_feeds(paths, progress=progress)
    except (ValueError, OSError, KeyError) as error:
        message = str(error)
        if message.startswith("missing required file"):
            raise QgsProcessingException(
                ConectaTransit.tr("A GTFS file lacks a required table: {}.").format(
                    message.replace("missing required file", "").strip()
                )
            ) from None
        if "lacks required columns" in message:
            raise QgsProcessingException(
                ConectaTransit.tr("A GTFS table lacks required columns: {}.").format(message)
            ) from None
        raise QgsProcessingException(
            ConectaTransit.tr("Cannot read the GTFS file(s): {}").format(message)
        ) from None
    except Exception as error:  # zipfile.BadZipFile and similar
        raise QgsProcessingException(
            ConectaTransit.tr("Cannot read the GTFS file(s): {}").format(error)
        ) from None
    diag = feed.diagnostics
    names = {f"{k}:": Path(p).name + ":" for k, p in enumerate(paths)} if len(paths) > 1 else {}

    def named(file: str) -> str:
        for prefix, name in names.items():
            if file.startswith(prefix):
                return name + file[len(prefix) :]
        return file

    feedback.pushInfo(
        ConectaTransit.tr("GTFS: {0} stops, {1} routes, {2} trips, {3} stop times.").format(
            len(feed.stops), len(feed.routes), len(feed.trips), len(feed.stop_times)
        )
    )
    if diag.missing_files:
        feedback.pushInfo(
            ConectaTransit.tr("Optional GTFS files absent (not needed): {}.").format(
                ", ".join(named(f) for f in diag.missing_files)
            )
        )
    for file, count in diag.skipped_rows.items():
        examples = "; ".join(
            ConectaTransit.tr("line {0}: {1}").format(line, reason_text(reason))
            for line, reason in diag.examples.get(file, [])
        )
        feedback.pushWarning(
            ConectaTransit.tr("{0}: {1} rows skipped ({2}).").format(named(file), count, examples)
        )
    if diag.interpolated_stop_times:
        feedback.pushInfo(
            ConectaTransit.tr("{} stop times without a time were interpolated between timed stops.").format(
                diag.interpolated_stop_times
            )
        )
    if diag.frequency_trips:
        feedback.pushInfo(
            ConectaTransit.tr("{} trips created from frequencies.txt.").format(diag.frequency_trips)
        )
    if len(feed.stops) == 0:
        raise QgsProcessingException(ConectaTransit.tr("The GTFS feed(s) have no usable stop."))
    return feed


def check_date(feed: core_gtfs.GtfsFeed, date: _dt.date, feedback) -> core_gtfs.ServiceDay:
    """Stop when the date is outside every calendar (listing the valid range); warn when nothing runs."""
    day = core_gtfs.active_services(feed, date)
    if day.first_date is None:
        raise QgsProcessingException(
            ConectaTransit.tr(
                "The GTFS feed(s) have no calendar.txt or calendar_dates.txt: no trip can be placed on a date."
            )
        )
    if not day.in_range:
        raise QgsProcessingException(
            ConectaTransit.tr(
                "The date {0} is outside the GTFS calendar: the feed(s) run from {1} to {2}. Choose a date in that range."
            ).format(date.isoformat(), day.first_date.isoformat(), day.last_date.isoformat())
        )
    if not day.service_ids:
        feedback.pushWarning(
            ConectaTransit.tr(
                "No service runs on {} (a holiday or a weekday without service?): only walking trips are computed."
            ).format(date.isoformat())
        )
    return day


def timetable(feed, date: _dt.date, start: int, end: int, feedback, progress: ProgressCallback = None):
    """Patterns of the date between ``start`` and ``end`` seconds, logged."""
    table = core_transit.build_timetable(feed, date, start, end, progress=progress)
    feedback.pushInfo(
        ConectaTransit.tr("{0} trips in {1} patterns run between {2} and {3}.").format(
            table.n_trips, table.n_patterns, clock(start), clock(end)
        )
    )
    return table


def warn_no_service(table, start: int, window: int, feedback) -> bool:
    """Warn when no vehicle leaves any stop during the window; True when there is service."""
    departures = table.departures_between(start, start + 60 * window)
    if departures == 0:
        feedback.pushWarning(
            ConectaTransit.tr(
                "No vehicle departs between {0} and {1} on this date: only walking trips are computed. Check the departure time."
            ).format(clock(start), clock(start + 60 * window))
        )
        return False
    return True


def stop_points(feed, crs, context) -> np.ndarray:
    """Stop coordinates (feed order) in ``crs`` (GTFS coordinates are WGS 84)."""
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), crs, context.transformContext()
    )
    lon = feed.stops["stop_lon"].to_numpy(dtype=float)
    lat = feed.stops["stop_lat"].to_numpy(dtype=float)
    out = np.full((len(lon), 2), np.nan)
    for i, (x, y) in enumerate(zip(lon, lat)):
        if np.isfinite(x) and np.isfinite(y):
            p = transform.transform(QgsPointXY(x, y))
            out[i] = (p.x(), p.y())
    return out


# ------------------------------------------------------------------------------------------ walking


@dataclass
class WalkTables:
    """Sparse walking seconds: access (origins × stops), egress (stops × destinations),
    walk (origins × destinations, walk-only) and transfers (stops × stops)."""

    access: object
    egress: object
    walk: object
    transfers: object
    unsnapped_stops: np.ndarray
    unsnapped_origins: np.ndarray
    unsnapped_destinations: np.ndarray


def _coo(rows, cols, seconds, shape):
    from scipy.sparse import coo_matrix

    return coo_matrix((np.asarray(seconds, dtype=float), (rows, cols)), shape=shape)


def walk_tables(
    graph,
    origins_xy: np.ndarray,
    destinations_xy: np.ndarray | None,
    stops_xy: np.ndarray,
    max_walk_s: float,
    transfer_s: float,
    speed_kmh: float,
    snap_m: float = 500.0,
    progress: ProgressCallback = None,
) -> WalkTables:
    """Walking legs on ``graph`` (a walk ModeGraph) or straight-line × 1.3 when ``graph`` is None.

    ``destinations_xy`` None means the origins. Stops without coordinates get no walking leg.
    """
    same = destinations_xy is None
    dest_xy = origins_xy if same else destinations_xy
    n_o, n_d, n_s = len(origins_xy), len(dest_xy), len(stops_xy)
    ok_stop = np.flatnonzero(np.isfinite(stops_xy).all(axis=1))
    sxy = stops_xy[ok_stop]
    limit = max(max_walk_s, transfer_s)
    if graph is None:
        sl = core_transit.straight_line_walk

        def remap(mat, rows=None, cols=None, shape=None):
            coo = mat.tocoo()
            r = coo.row if rows is None else rows[coo.row]
            c = coo.col if cols is None else cols[coo.col]
            return _coo(r, c, coo.data, shape)

        access = remap(sl(origins_xy, sxy, max_walk_s, speed_kmh, DETOUR), cols=ok_stop, shape=(n_o, n_s))
        egress = remap(sl(sxy, dest_xy, max_walk_s, speed_kmh, DETOUR), rows=ok_stop, shape=(n_s, n_d))
        walk = sl(origins_xy, dest_xy, max_walk_s, speed_kmh, DETOUR)
        transfers = remap(sl(sxy, sxy, transfer_s, speed_kmh, DETOUR), ok_stop, ok_stop, (n_s, n_s))
        report(progress, 1.0)
        none = np.zeros(0, dtype=np.int64)
        return WalkTables(access, egress, walk, transfers, np.setdiff1d(np.arange(n_s), ok_stop), none, none)
    plan = core_net.plan_matrix(
        graph,
        np.r_[origins_xy, sxy],
        None if same else np.r_[dest_xy, sxy],
        max_snap_m=snap_m,
        progress=scaled(progress, 0.0, 0.2),
    )
    parts = {"a": [], "e": [], "w": [], "t": []}
    for chunk in core_net.iter_matrix_chunks(plan, limit / 60.0, progress=scaled(progress, 0.2, 1.0)):
        f = chunk.from_idx.astype(np.int64)
        t = chunk.to_idx.astype(np.int64)
        s = chunk.minutes * 60.0
        f_zone, t_zone = f < n_o, t < n_d
        walk_ok = s <= max_walk_s
        for key, mask, rows, cols in (
            ("a", f_zone & ~t_zone & walk_ok, f, ok_stop[np.maximum(t - n_d, 0)]),
            ("e", ~f_zone & t_zone & walk_ok, ok_stop[np.maximum(f - n_o, 0)], t),
            ("w", f_zone & t_zone & walk_ok, f, t),
            (
                "t",
                ~f_zone & ~t_zone & (s <= transfer_s),
                ok_stop[np.maximum(f - n_o, 0)],
                ok_stop[np.maximum(t - n_d, 0)],
            ),
        ):
            parts[key].append((rows[mask], cols[mask], s[mask]))

    def build(key, shape):
        got = parts[key]
        if not got:
            return _coo(np.zeros(0, int), np.zeros(0, int), np.zeros(0), shape)
        return _coo(*(np.concatenate([g[i] for g in got]) for i in range(3)), shape)

    diag = plan.diagnostics
    un_o = diag.unsnapped_origins
    un_d = diag.unsnapped_destinations
    if same:
        stop_un = un_o[un_o >= n_o] - n_o
        un_orig = un_o[un_o < n_o]
        un_dest = un_orig
    else:
        stop_un = un_o[un_o >= n_o] - n_o
        un_orig = un_o[un_o < n_o]
        un_dest = un_d[un_d < n_d]
    unsnapped_stops = np.r_[np.setdiff1d(np.arange(n_s), ok_stop), ok_stop[stop_un]]
    return WalkTables(
        access=build("a", (n_o, n_s)),
        egress=build("e", (n_s, n_d)),
        walk=build("w", (n_o, n_d)),
        transfers=build("t", (n_s, n_s)),
        unsnapped_stops=np.unique(unsnapped_stops),
        unsnapped_origins=un_orig,
        unsnapped_destinations=un_dest,
    )
