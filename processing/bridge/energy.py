"""Energy and emissions inputs and outputs, for the algorithms of the energy group (busactivity, busemissions,
ebusenergy, scenario2030):

- :class:`BusDayInput`: the GTFS feeds and service date of :class:`~.transit.GtfsInput` plus a time window
  (``START_TIME``/``END_TIME``, HH:MM, the whole service day when empty), a route filter (``ROUTES``) and the
  detour factor of trips without a shape; :meth:`BusDayInput.bus_day` reads the feeds (kept for the next run
  on the same unchanged files, :data:`DAY_CACHE`) and computes the day's bus activity
  (``core.activity.bus_activity``), saying in the log what was interpolated, replaced or left out;
- :func:`read_table_frame`: a small table (FLEET, levers, modes) from a CSV/Parquet file or a layer, as text;
- :func:`write_segments`: the activity's stop-to-stop segments as lines (one geometry per pattern segment,
  shared by every trip that runs it);
- :func:`link_zone_shares`: the length share of every segment line in each zone (for emissions per zone).
"""

from __future__ import annotations

import re
import struct
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...core import activity as core_activity
from ...core import gtfs as core_gtfs
from ...core.progress import Cancelled, scaled
from ...translation import localized
from .messages import _Context, push_count, show_ids
from .parsers import clock
from .readers import read_attributes, source_of, table_file
from .transit import GtfsInput
from .writers import table_fields, write_geometries

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
MAX_CACHED_STOP_TIMES = 5_000_000
"""Feeds up to this many stop times are kept in memory for the next run on the same files."""


class ConectaEnergy(_Context):
    """Translation context of the energy group's shared inputs and messages."""


# --------------------------------------------------------------------------------------------- cache


def _files_key(paths: List[str]) -> tuple:
    """What identifies the feeds' content: paths, sizes and modification times."""
    key = []
    for path in paths:
        stat = Path(path).stat()
        key.append((str(Path(path).resolve()), stat.st_size, stat.st_mtime_ns))
    return tuple(key)


class DayCache:
    """The last GTFS feeds read and the last bus activity computed, kept for the next run on the same
    unchanged files (the dock and scripts run busactivity, busemissions and ebusenergy on one day in a row).

    Bounded (one feed of at most :data:`MAX_CACHED_STOP_TIMES` stop times, one activity), keyed by the files'
    paths, sizes and times and by the activity's settings, and safe when tasks run side by side. Feeds and
    activities are never modified by the core functions that use them."""

    def __init__(self) -> None:
        self._feed: Optional[tuple] = None
        self._activity: Optional[tuple] = None
        self._lock = threading.Lock()

    def feed(self, key: tuple):
        """The feed kept for ``key``, or None."""
        with self._lock:
            return self._feed[1] if self._feed is not None and self._feed[0] == key else None

    def put_feed(self, key: tuple, feed) -> None:
        """Keep ``feed`` (and forget the activity of another feed) when it is small enough."""
        with self._lock:
            small = len(feed.stop_times) <= MAX_CACHED_STOP_TIMES
            self._feed = (key, feed) if small else None
            self._activity = None

    def activity(self, key: tuple):
        """The activity kept for ``key``, or None."""
        with self._lock:
            return self._activity[1] if self._activity is not None and self._activity[0] == key else None

    def put_activity(self, key: tuple, activity) -> None:
        """Keep ``activity`` when its feed is kept."""
        with self._lock:
            if self._feed is not None and self._feed[0] == key[0]:
                self._activity = (key, activity)

    def clear(self) -> None:
        """Forget everything kept."""
        with self._lock:
            self._feed, self._activity = None, None


DAY_CACHE = DayCache()


# --------------------------------------------------------------------------------------------- bus day


@dataclass
class BusDay:
    """The feeds, the service date and the bus activity of one run."""

    feed: core_gtfs.GtfsFeed
    date: object
    activity: core_activity.BusActivity
    window: Tuple[Optional[int], Optional[int]]


class BusDayInput(GtfsInput):
    """GTFS feeds and service date (:class:`GtfsInput`), a time window, a route filter and the detour factor."""

    START_TIME = "START_TIME"
    END_TIME = "END_TIME"
    ROUTES = "ROUTES"
    DETOUR = "DETOUR"

    def add_bus_day_parameters(self) -> None:
        """Declare GTFS, DATE, START_TIME, END_TIME, ROUTES and DETOUR (advanced)."""
        self.add_feed_parameters()
        self.add_text(
            self.START_TIME, ConectaEnergy.tr("Start of the time window (HH:MM; empty = the whole service day)"),
            optional=True,
            help_text=ConectaEnergy.tr(
                "Trips whose first departure is at or after this time count, with all their segments. GTFS "
                "times past midnight are written 24:30, 25:10…"
            ),
        )  # fmt: skip
        self.add_text(
            self.END_TIME, ConectaEnergy.tr("End of the time window (HH:MM; empty = the whole service day)"),
            optional=True,
            help_text=ConectaEnergy.tr("Trips whose first departure is before this time count."),
        )  # fmt: skip
        self.add_text(
            self.ROUTES, ConectaEnergy.tr("Routes (route ids or short names, comma-separated; empty = every bus route)"),
            optional=True,
        )  # fmt: skip
        self.add_number(
            self.DETOUR, ConectaEnergy.tr("Detour factor of trips without a shape"), core_activity.DETOUR,
            minimum=1.0, maximum=3.0, advanced=True,
            help_text=ConectaEnergy.tr(
                "A trip without a shape is measured along straight lines between its stops times this factor "
                "(street distance / straight-line distance; urban networks: 1.2 to 1.4)."
            ),
        )  # fmt: skip

    def input_messages(self) -> dict:
        """The GTFS reader's messages and the activity's, in the planner's language."""
        return {**super().input_messages(), **activity_messages()}

    # ------------------------------------------------------------------ reading parameters

    def route_names(self, parameters, context) -> Optional[list]:
        """The route ids or short names typed in ROUTES (None when empty)."""
        text = self.parameterAsString(parameters, self.ROUTES, context) or ""
        names = [part.strip() for part in re.split(r"[,;]", text) if part.strip()]
        return names or None

    # ------------------------------------------------------------------ the day's activity

    def read_feeds_cached(self, paths: list, feedback, progress=None) -> core_gtfs.GtfsFeed:
        """The feeds of ``paths``, read (and reported) or kept from the last run on the same files."""
        key = _files_key(paths)
        feed = DAY_CACHE.feed(key)
        if feed is not None:
            feedback.pushInfo(
                ConectaEnergy.tr("Reusing the GTFS feed(s) read in a previous run (the files are unchanged).")
            )
            return feed
        feed = self.read_feed(paths, feedback, progress)
        DAY_CACHE.put_feed(key, feed)
        return feed

    def bus_day(self, parameters, context, feedback, end: float = 60.0) -> BusDay:
        """Read the feeds and compute the day's bus activity (progress 0 to ``end``), reported in the log."""
        paths = self.gtfs_paths(parameters)
        date = self.service_date(parameters, context)
        start_s, end_s = self.time_window(parameters, context)
        names = self.route_names(parameters, context)
        detour = self.parameterAsDouble(parameters, self.DETOUR, context)
        progress = self.progress_callback(feedback, 0, end)
        feed = self.read_feeds_cached(paths, feedback, scaled(progress, 0, 0.4))
        self.service_day(feed, date, feedback, warn=False)
        routes = resolve_routes(feed, names, feedback) if names else None
        key = (_files_key(paths), date, start_s, end_s, tuple(routes or ()), detour)
        activity = DAY_CACHE.activity(key)
        if activity is None:
            activity = core_activity.bus_activity(
                feed,
                date,
                start_s,
                end_s,
                routes,
                detour=detour,
                progress=scaled(progress, 0.4, 1.0),
                modes=core_activity.BUS_MODES,
            )
            DAY_CACHE.put_activity(key, activity)
        if len(activity.trips) == 0:
            raise QgsProcessingException(
                ConectaEnergy.tr(
                    "No bus trip starts between {0} and {1} on {2}: choose another time window."
                ).format(clock(start_s or 0), clock(end_s) if end_s is not None else "—", date.isoformat())
            )
        report_activity(activity, detour, (start_s, end_s), feedback)
        return BusDay(feed, date, activity, (start_s, end_s))


def resolve_routes(feed: core_gtfs.GtfsFeed, names: list, feedback) -> list:
    """Route ids of the names typed: a route_id, a route_short_name, or an id without its feed prefix
    ("101" for "0:101" when several feeds are read); names matching nothing are warned about."""
    routes = feed.routes
    ids = routes["route_id"].astype(str)
    short = routes["route_short_name"].astype(str) if "route_short_name" in routes.columns else ids
    bare = ids.str.replace(r"^\d+:", "", regex=True)
    found, unknown = [], []
    for name in names:
        match = ids[(ids == name)]
        if match.empty:
            match = ids[(short == name) | (bare == name)]
        if len(match):
            found.extend(match.tolist())
        else:
            unknown.append(name)
    if unknown:
        feedback.pushWarning(
            ConectaEnergy.tr("Routes not in the feed(s) (neither a route_id nor a short name): {}.").format(
                show_ids(unknown)
            )
        )
    if not found:
        raise QgsProcessingException(
            ConectaEnergy.tr("None of the routes given ({}) is in the GTFS feed(s).").format(show_ids(names))
        )
    return list(dict.fromkeys(found))


def activity_messages() -> dict:
    """The activity's core messages worded for buses (the others: the core templates, translated)."""
    return {
        "activity_no_mode": ConectaEnergy.tr(
            "No bus route runs on {date}: the {n} routes running that day are {found}."
        ),
    }


def report_activity(activity, detour: float, window: tuple, feedback) -> None:
    """The activity's figures and what was interpolated, replaced or left out, in the log."""
    d, trips = activity.diagnostics, activity.trips
    start, end = window
    first, last = clock(trips["departure_s"].min()), clock(trips["departure_s"].max())
    if start is None and end is None:
        when = ConectaEnergy.tr("the whole service day, first departure {0}, last {1}").format(first, last)
    else:
        when = ConectaEnergy.tr("departures from {0} to {1}").format(
            clock(start) if start is not None else first, clock(end) if end is not None else last
        )
    feedback.pushInfo(
        localized(
            ConectaEnergy.tr(
                "{0} bus trips of {1} routes on {2} ({3}): {4:,.1f} revenue-km, {5:,.1f} vehicle-hours, {6} "
                "stop-to-stop segments."
            )
        ).format(
            len(trips),
            trips["route_id"].nunique(),
            d.date.isoformat(),
            when,
            activity.routes["revenue_km"].sum(),
            activity.routes["vehicle_hours"].sum(),
            len(activity.segments),
        )
    )
    report_other_modes(d.other_mode_routes, feedback)
    if d.routes_not_found:
        feedback.pushWarning(
            ConectaEnergy.tr("Routes with no bus trip on that day: {}.").format(show_ids(d.routes_not_found))
        )
    _report_distances(d, detour, feedback)
    _report_times(d, feedback)


def report_other_modes(routes, feedback) -> None:
    """The GTFS routes left out because they are not buses (bus activity, energy, fleet)."""
    push_count(
        feedback,
        len(routes),
        ConectaEnergy.tr("{0} routes of other modes (rail, metro…) are left out: {1}."),
        examples=routes,
        info=True,
    )


def _report_distances(d, detour: float, feedback) -> None:
    if not d.feed_has_shapes:
        feedback.pushWarning(
            ConectaEnergy.tr(
                "The feed(s) have no shapes.txt: every distance is the straight line between stops × {} (detour "
                "factor), and the segments are drawn as straight lines."
            ).format(detour)
        )
    else:
        push_count(
            feedback,
            d.trips_without_shape,
            ConectaEnergy.tr(
                "{0} trips have no usable shape (e.g. {1}): their distance is the straight line between stops × "
                "{2} (detour factor)."
            ),
            detour,
            examples=d.trips_without_shape_examples,
        )
    push_count(
        feedback,
        d.shapes_inconsistent_distance,
        ConectaEnergy.tr(
            "The shape_dist_traveled of {0} shapes was ignored (not increasing, or in no known unit; e.g. {1}): "
            "the stops were placed on those shapes by their position."
        ),
        examples=d.shapes_inconsistent_examples,
        info=True,
    )


def _report_times(d, feedback) -> None:
    push_count(
        feedback,
        d.frequency_trips,
        ConectaEnergy.tr("{} trips come from frequencies.txt (one run every headway)."),
        info=True,
    )
    push_count(
        feedback,
        d.bad_trips,
        ConectaEnergy.tr("{0} trips end before or when they start (e.g. {1}): they are left out."),
        examples=d.bad_trip_examples,
    )
    push_count(
        feedback,
        d.zero_time_segments,
        ConectaEnergy.tr(
            "{0} segments have a scheduled time of zero or less (e.g. trips {1}): they take the mean speed of "
            "their route."
        ),
        examples=d.zero_time_examples,
    )
    if d.implausible_speed_segments:
        feedback.pushWarning(
            ConectaEnergy.tr(
                "{0} segments have a scheduled speed outside {1:g}–{2:g} km/h (e.g. trips {3}): they take the mean "
                "speed of their route."
            ).format(
                d.implausible_speed_segments,
                core_activity.MIN_SPEED_KMH,
                core_activity.MAX_SPEED_KMH,
                show_ids(d.implausible_speed_examples),
            )
        )


# --------------------------------------------------------------------------------------------- tables


def _decimal_commas(frame: pd.DataFrame) -> pd.DataFrame:
    """Text numbers written with a decimal comma ("0,6") read as numbers with a point."""
    for column in frame.columns:
        values = frame[column]
        if values.dtype == object:
            text = values.astype(str)
            comma = text.str.fullmatch(r"\s*-?\d+,\d+\s*")
            if comma.any():
                frame[column] = values.where(~comma, text.str.replace(",", ".", regex=False))
    return frame


def read_table_frame(alg, parameters, key: str, context, feedback=None) -> Optional[pd.DataFrame]:
    """A small table (every field, as text or numbers) from a CSV/Parquet file or a layer; None when not given.

    CSV files may be separated by commas or semicolons; numbers may have a decimal comma."""
    if parameters.get(key) in (None, ""):
        return None
    path = table_file(alg, parameters, key, context)
    if path is not None:
        if path.suffix.lower() in (".parquet", ".pq"):
            from .deps import require

            require("pyarrow")
            frame = pd.read_parquet(path)
        else:
            frame = pd.read_csv(path, sep=None, engine="python", dtype=str, keep_default_na=False)
            frame = frame.replace({"": None})
        frame.columns = [str(c).strip() for c in frame.columns]
    else:
        source = source_of(alg, parameters, key, context)
        frame = read_attributes(source, source.fields().names(), context, feedback)
    return _decimal_commas(frame)


# --------------------------------------------------------------------------------------------- lines


def line_geometries(geometry: pd.DataFrame) -> dict:
    """One QgsGeometry (WGS 84 LineString) per geometry id of the activity's vertex table."""
    gid, offsets = core_activity.segment_lines(geometry)
    lon = geometry["lon"].to_numpy(dtype="<f8")
    lat = geometry["lat"].to_numpy(dtype="<f8")
    xy = np.empty(2 * len(lon), dtype="<f8")
    xy[0::2], xy[1::2] = lon, lat
    data = xy.tobytes()
    out = {}
    for k, identifier in enumerate(gid.tolist()):
        a, b = int(offsets[k]), int(offsets[k + 1])
        line = QgsGeometry()
        line.fromWkb(struct.pack("<BII", 1, 2, b - a) + data[16 * a : 16 * b])
        out[identifier] = line
    return out


def columns_as_lists(frame: pd.DataFrame) -> list:
    """Each column as a list of values QGIS can store (categories as text, NaN as NULL)."""
    out = []
    for name in frame.columns:
        values = frame[name]
        if isinstance(values.dtype, pd.CategoricalDtype) or values.dtype == object:
            out.append([None if v is None or v != v else str(v) for v in values.astype(object).tolist()])
        elif values.dtype.kind == "f":
            out.append([None if v != v else v for v in values.tolist()])
        else:
            out.append(values.tolist())
    return out


def write_segments(
    alg, parameters, key: str, context, feedback, segments: pd.DataFrame, geometry: pd.DataFrame, columns
) -> str:
    """The segments (``columns``: [(name, QVariant type)], read from ``segments``) as WGS 84 lines along
    their shapes; returns the destination id."""
    fields = table_fields(columns)
    shapes = line_geometries(geometry)
    values = columns_as_lists(segments[[name for name, _ in columns]])
    gids = segments["geometry_id"].tolist()

    rows = ((shapes[gids[n]], row) for n, row in enumerate(zip(*values)))
    return write_geometries(
        alg, parameters, key, context, feedback, fields, rows, QgsWkbTypes.LineString, WGS84
    )


# --------------------------------------------------------------------------------------------- zones


@dataclass
class ZoneShares:
    """Length share of each segment line (geometry id) in each zone, and the zones' areas."""

    shares: pd.DataFrame
    """segment (geometry id), zone_id, share."""
    area_km2: pd.Series
    """Area of every zone with an id, indexed by zone id."""


def _zone_engines(zones, transform) -> tuple:
    """Zones with an id and a geometry, in the working CRS: a spatial index, prepared GEOS engines, their ids
    and areas (km², summed by id)."""
    index, engines, ids, areas = QgsSpatialIndex(), [], [], []
    for feature, identifier in zip(zones.features, zones.ids):
        geometry = QgsGeometry(feature.geometry())
        if identifier is None or geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(transform)
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        index.addFeature(len(engines), geometry.boundingBox())
        engines.append(engine)
        ids.append(identifier)
        areas.append(geometry.area() / 1e6)
    area = pd.Series(areas, index=pd.Index(ids), dtype=float).groupby(level=0, sort=False).sum()
    return index, engines, ids, area


def link_zone_shares(geometry: pd.DataFrame, zones, crs, context, feedback=None) -> ZoneShares:
    """The share of each segment line's length inside each zone (a :class:`readers.Zones`), measured in the
    projected ``crs``; zones without an id or a geometry hold no share."""
    transform_zones = QgsCoordinateTransform(zones.source.sourceCrs(), crs, context.transformContext())
    index, engines, ids, area = _zone_engines(zones, transform_zones)
    to_crs = QgsCoordinateTransform(WGS84, crs, context.transformContext())
    rows = []
    for n, (identifier, line) in enumerate(line_geometries(geometry).items()):
        if n % 2000 == 0 and feedback is not None and feedback.isCanceled():
            raise Cancelled()
        line.transform(to_crs)
        length = line.length()
        if not length > 0:
            continue
        for k in index.intersects(line.boundingBox()):
            if engines[k].contains(line.constGet()):
                rows.append((identifier, ids[k], 1.0))
                continue
            part = engines[k].intersection(line.constGet())
            inside = part.length() if part is not None else 0.0
            if inside > 0:
                rows.append((identifier, ids[k], min(inside / length, 1.0)))
    shares = pd.DataFrame(rows, columns=["segment", "zone_id", "share"])
    total = shares.groupby("segment")["share"].sum()
    if (total > 1.0 + 1e-6).any():
        segment = total.index[int(np.argmax(total.to_numpy()))]
        overlapping = shares.loc[shares["segment"] == segment, "zone_id"].tolist()
        raise QgsProcessingException(
            ConectaEnergy.tr(
                "The zones overlap (zones {} share a piece of a bus route): emissions would be counted twice. "
                "Use zones that do not overlap."
            ).format(show_ids(overlapping))
        )
    return ZoneShares(shares, area)


# --------------------------------------------------------------------------------------------- fleet


def fleet_route_ids(fleet: pd.DataFrame, feed: core_gtfs.GtfsFeed) -> pd.DataFrame:
    """FLEET with its route_id values written as the feed's route ids: a value that is not a route_id but a
    route_short_name, or an id without its feed prefix ("101" for "0:101" when several feeds are read),
    becomes the id of each route it names (a row per route). Other values are kept (and reported as not in
    the activity)."""
    columns = {str(c).strip().lower(): c for c in fleet.columns}
    if "route_id" not in columns:
        return fleet
    column = columns["route_id"]
    routes = feed.routes
    ids = routes["route_id"].astype(str)
    short = routes["route_short_name"].astype(str) if "route_short_name" in routes.columns else ids
    bare = ids.str.replace(r"^\d+:", "", regex=True)
    names = pd.concat([pd.Series(ids.to_numpy(), index=short), pd.Series(ids.to_numpy(), index=bare)])
    names = names[~names.index.isin(ids)].groupby(level=0).agg(lambda v: list(dict.fromkeys(v)))
    given = fleet[column].map(lambda v: None if v is None or v != v else str(v).strip())
    known = set(ids)

    def as_ids(value):
        if value in (None, "") or value in known:
            return [value]
        return names.get(value, [value])

    out = fleet.assign(**{column: given.map(as_ids)}).explode(column)
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------------------------- emissions log


def substitution_line(sub) -> str:
    """A fleet class the factor source does not document, and the class used instead, in the planner's words."""
    given = sub.given.split()[-1]  # "model year 2009" → 2009, "Euro V" → V
    if sub.kind == "size":
        text = ConectaEnergy.tr(
            "{0} FLEET rows: the {1} bus is computed as a {2} bus (the factor source has none)."
        )
    elif sub.kind == "euro" and sub.given.startswith("model year"):
        text = ConectaEnergy.tr(
            "{0} FLEET rows: model year {1} is computed as Euro {2} (Brazil's PROCONVE phase of that year)."
        )
    elif sub.kind == "euro":
        text = ConectaEnergy.tr(
            "{0} FLEET rows: Euro {1} is computed as Euro {2}, the nearest class the factor source documents."
        )
    elif sub.kind == "model_year" and sub.given.startswith("Euro"):
        text = ConectaEnergy.tr(
            "{0} FLEET rows: Euro {1} is computed as model year {2}, the newest CETESB model year of that class."
        )
    elif sub.kind == "model_year":
        text = ConectaEnergy.tr(
            "{0} FLEET rows: model year {1} is computed as model year {2}, the nearest one CETESB documents."
        )
    else:
        text = ConectaEnergy.tr("{0} FLEET rows: CETESB's factors of calendar year {2} are used for {1}.")
    return text.format(sub.rows, given, sub.used)


def report_emissions(result, feedback) -> None:
    """The fleet's substitutions and default mix, clamped speeds, blends, electric buses and totals."""
    d, routes = result.diagnostics, result.routes
    fleet = d.fleet
    push_count(
        feedback,
        fleet.routes_default_mix,
        ConectaEnergy.tr("{0} routes have no FLEET rows: they get the default mix (e.g. {1})."),
        examples=fleet.routes_default_mix_examples,
        info=True,
    )
    push_count(
        feedback,
        len(fleet.fleet_routes_not_in_activity),
        ConectaEnergy.tr(
            "{0} FLEET routes have no bus trip in the activity (not in the feed, not running that day or in "
            "that window, or not buses): {1}."
        ),
        examples=fleet.fleet_routes_not_in_activity,
    )
    for sub in fleet.substitutions:
        feedback.pushWarning(substitution_line(sub))
    push_count(
        feedback,
        d.segments_speed_clamped,
        ConectaEnergy.tr(
            "{0} segments have a speed outside the valid range of their EMEP/EEA curve (e.g. trips {1}): the factor "
            "is taken at the nearest end of the range."
        ),
        examples=d.speed_clamped_examples,
        info=True,
    )
    if d.blends:
        feedback.pushInfo(
            localized(
                ConectaEnergy.tr(
                    "Biofuel blend {0}: {1:,.2f} t of biogenic CO2, reported apart (co2_bio_kg) and not in co2_kg."
                )
            ).format(
                ", ".join(f"{fuel} {share:.1%}" for fuel, share in d.blends.items()), d.co2_bio_kg / 1000
            )
        )
    _report_electric(d, routes, feedback)
    feedback.pushInfo(
        localized(
            ConectaEnergy.tr(
                "{0:,.1f} bus-km: {1:,.2f} t of fossil CO2 (tank-to-wheel), {2:,.2f} t of fuel, {3:,.2f} kg of NOx, "
                "{4:,.3f} kg of PM10."
            )
        ).format(
            d.revenue_km,
            routes["co2_kg"].sum() / 1000,
            routes["fc_kg"].sum() / 1000,
            routes["nox_g"].sum() / 1000,
            routes["pm10_g"].sum() / 1000,
        )
    )


def _report_electric(d, routes, feedback) -> None:
    if not d.electric_km > 0:
        return
    grid = d.grid_factor
    where = ", ".join(str(v) for v in (grid.country, grid.year) if v is not None)
    feedback.pushInfo(
        localized(
            ConectaEnergy.tr(
                "Electric buses: {0:,.1f} km, {1:,.1f} kWh, {2:,.3f} t of CO2 at the power plants (well-to-wheel, "
                "co2_grid_kg; grid factor {3} kg CO2/kWh {4}; {5})."
            )
        ).format(
            d.electric_km,
            routes["energy_kwh"].sum(),
            d.co2_grid_kg / 1000,
            grid.kg_co2_per_kwh,
            f"({where})" if where else "",
            grid.source,
        )
    )
    if grid.estimate:
        feedback.pushWarning(
            ConectaEnergy.tr(
                "The grid factor of {} is an estimate: verify it with the national source."
            ).format(grid.country)
        )


# --------------------------------------------------------------------------------------------- scenarios


def scenario_mode_labels() -> dict:
    """Names of the scenario modes (core.asif presets) in the planner's language."""
    return {
        "walk": ConectaEnergy.tr("Walking"),
        "bike": ConectaEnergy.tr("Cycling"),
        "car": ConectaEnergy.tr("Car"),
        "motorcycle": ConectaEnergy.tr("Motorcycle"),
        "bus": ConectaEnergy.tr("Bus"),
        "brt": ConectaEnergy.tr("BRT"),
        "metro": ConectaEnergy.tr("Metro"),
    }
