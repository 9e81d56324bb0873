"""A new GTFS route from a line drawn by the planner: a BRT corridor, a regularised informal service.

Rules (documented for the Processing help):

* The line is given as vertex coordinates in a projected CRS in metres (``line_xy``) together with the same
  vertices in lon/lat (``line_lonlat``, the caller's transformation); without ``line_xy`` distances are
  measured from lon/lat in local metres (equirectangular about the line's mean latitude). Points along the
  line (stops) get lon/lat by linear interpolation between the two vertices around them.
* Stops: with ``stop_spacing_m`` N, stops are spaced evenly along the line at both ends and in between, the
  number of intervals being round(length / N) (at least one), so the spacing is as close to N as an even
  division allows. With ``stop_points``, each point is moved to its nearest point of the line and the stops
  are ordered along it (points at the same place are one stop; the line's ends are not added).
* Running times: ``speed_kmh`` gives distance / speed between consecutive stops; ``trip_minutes`` gives
  either one time for the whole line (spread in proportion to distance) or one time per segment. A dwell
  time ``dwell_s`` is added at every intermediate stop (so speed_kmh is the running speed; set dwell to 0
  when the speed is a commercial speed that already includes stops). Times are rounded to whole seconds
  on the cumulated schedule.
* Departures: ``headway_min`` is one headway for the whole service span ``[start_time, end_time)`` or
  a list of bands ``(start, end, minutes)`` inside it; each band departs at its start and then every
  headway while before its end (Conecta's reading of ``frequencies.txt``). Written as ``frequencies.txt``
  rows on one template trip per direction (``as_frequencies``, ``exact_times`` as given) or as one trip
  per departure. ``both_directions`` adds the reverse trips (direction_id 1) on the same timetable.
* Service: the days of an existing ``service_id``, or a new calendar running every day of the feed's range
  (its first to last date in calendar.txt and calendar_dates.txt).
* New ids: stops ``<route>_<k>``, shapes ``<route>_<direction>``, trips ``<route>_<direction>`` (template)
  or ``<route>_<direction>_<HHMMSS>``, service ``<route>_service``; a ``_2``… suffix where an id is taken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from ..errors import QT_TR_NOOP, InputError
from .bands import format_clocks, parse_band
from .gtfs_geometry import local_metres, project_points
from .gtfs_tables import GtfsTables, column, unique_ids

Band = Tuple[object, object, float]
DEFAULT_SPAN = ("05:00", "24:00")
"""Service span of a new route when none is given."""


@dataclass
class NewRoute:
    """A route to add: its line, stops, running times, headways, service span, mode and ids."""

    route_id: str
    line_lonlat: np.ndarray
    """(n, 2) lon, lat of the line's vertices, in the direction of travel of direction 0."""
    line_xy: Optional[np.ndarray] = None
    """(n, 2) the same vertices in a projected CRS in metres (None: distances from lon/lat)."""
    route_type: int = 3
    """GTFS route_type (3 bus; extended types such as 702 express bus are kept as given)."""
    start_time: object = "05:00"
    """Service span start (``HH:MM[:SS]``); the span is ``[start_time, end_time)``."""
    end_time: object = "24:00"
    headway_min: Union[float, Sequence[Band]] = 10.0
    """One headway (minutes) for the whole span, or bands ``(start, end, minutes)`` inside it."""
    speed_kmh: Optional[float] = None
    """Running speed between stops (give this or ``trip_minutes``)."""
    trip_minutes: Union[None, float, Sequence[float]] = None
    """Minutes for the whole line (spread by distance) or one per segment between stops."""
    stop_spacing_m: Optional[float] = 400.0
    """Target distance between stops along the line (ignored when ``stop_points`` are given)."""
    stop_points: Optional[np.ndarray] = None
    """(k, 2) stops in the line's coordinates (``line_xy`` when given, else lon/lat)."""
    max_stop_offset_m: float = 500.0
    """A given stop farther than this from the line is refused (``stop_far_from_line``)."""
    dwell_s: float = 0.0
    """Seconds stopped at each intermediate stop."""
    both_directions: bool = True
    as_frequencies: bool = True
    """Write one template trip per direction with ``frequencies.txt`` rows (else one trip per departure)."""
    exact_times: int = 0
    """``frequencies.txt`` exact_times (0 frequency-based service, 1 schedule-based)."""
    service_id: Optional[str] = None
    """An existing service_id to run on; None adds a calendar running every day of the feed's range."""
    short_name: Optional[str] = None
    long_name: str = ""
    agency_id: Optional[str] = None


@dataclass
class NewRouteReport:
    """What was added for one new route."""

    route_id: str
    length_m: float
    stop_ids: List[str] = field(default_factory=list)
    spacing_m: float = 0.0
    trip_minutes: float = 0.0
    departures_per_direction: int = 0
    service_id: str = ""
    max_stop_offset_m: float = 0.0


def route_bands(
    starts: Sequence[object], ends: Sequence[object], headways: Sequence[float], where: str = ""
) -> Tuple[str, str, Union[float, List[Band]]]:
    """Service span and headway of a route given as one row per time band (``HH:MM[:SS]``, blank = 05:00 and
    24:00): (first start, last end, one headway) for one row, (…, bands) for several (gaps between bands are
    hours without service)."""
    a = [DEFAULT_SPAN[0] if _blank(s) else s for s in starts]
    b = [DEFAULT_SPAN[1] if _blank(e) else e for e in ends]
    seconds = [parse_band(x, y, where=where) for x, y in zip(a, b)]
    first = format_clocks(np.array([min(s[0] for s in seconds)]))[0]
    last = format_clocks(np.array([max(s[1] for s in seconds)]))[0]
    if len(a) == 1:
        return first, last, float(headways[0])
    return first, last, [(x, y, float(h)) for x, y, h in zip(a, b, headways)]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value)) or str(value).strip() == ""


# ------------------------------------------------------------------------------------------- checks


def _line(route: NewRoute) -> Tuple[np.ndarray, np.ndarray]:
    """(lon/lat, metres) of the line's vertices, repeated vertices dropped."""
    lonlat = np.asarray(route.line_lonlat, dtype=float)
    xy = None if route.line_xy is None else np.asarray(route.line_xy, dtype=float)
    bad = lonlat.ndim != 2 or lonlat.shape[1] != 2 or len(lonlat) < 2 or not np.isfinite(lonlat).all()
    if xy is not None:
        bad = bad or xy.shape != lonlat.shape or not np.isfinite(xy).all()
    if bad:
        raise InputError(
            "bad_line",
            QT_TR_NOOP(
                "The line of new route {route} needs at least two points with finite coordinates (and as many projected as lon/lat points)."
            ),
            route=route.route_id,
        )
    if xy is None:
        xy = local_metres(lonlat[:, 0], lonlat[:, 1], float(lonlat[:, 1].mean()))
    keep = np.r_[True, np.any(np.diff(xy, axis=0) != 0, axis=1)]
    return lonlat[keep], xy[keep]


def _bands(route: NewRoute) -> List[Tuple[float, float, float]]:
    where = f" of new route {route.route_id}"
    span = parse_band(route.start_time, route.end_time, where=where)
    given = route.headway_min
    bands = [(route.start_time, route.end_time, given)] if np.isscalar(given) else list(given)
    out = []
    for start, end, minutes in bands:
        a, b = parse_band(start, end, where=where)
        if not (float(minutes) > 0):
            raise InputError(
                "bad_headway",
                QT_TR_NOOP("New route {route} needs headways above zero minutes, not {value!r}."),
                route=route.route_id,
                value=minutes,
            )
        if a < span[0] or b > span[1]:
            raise InputError(
                "band_outside_service_day",
                QT_TR_NOOP(
                    "The headway band {start}–{end} of new route {route} lies outside its service span {first}–{last}."
                ),
                start=format_clocks(np.array([a]))[0],
                end=format_clocks(np.array([b]))[0],
                route=route.route_id,
                first=format_clocks(np.array([span[0]]))[0],
                last=format_clocks(np.array([span[1]]))[0],
            )
        out.append((a, b, float(minutes) * 60.0))
    out.sort()
    for (_, b0, _), (a1, _, _) in zip(out[:-1], out[1:]):
        if a1 < b0:
            raise InputError(
                "overlapping_bands",
                QT_TR_NOOP(
                    "The headway bands of new route {route} overlap; give each time of day one headway."
                ),
                route=route.route_id,
            )
    return out


def _check_route(tables: GtfsTables, route: NewRoute) -> None:
    if route.route_id in set(column(tables.get("routes.txt"), "route_id")) or not str(route.route_id).strip():
        raise InputError(
            "duplicate_route_id",
            QT_TR_NOOP(
                "The new route id {route!r} is empty or already used by the feed; give the new route its own id."
            ),
            route=route.route_id,
        )
    try:
        int(route.route_type)
    except (TypeError, ValueError):
        raise InputError(
            "bad_route_type",
            QT_TR_NOOP(
                "The mode of new route {route} must be a GTFS route_type number (3 bus, 0 tram, 1 metro …), not {value!r}."
            ),
            route=route.route_id,
            value=route.route_type,
        ) from None


# ------------------------------------------------------------------------------------------- geometry


def _stop_positions(route: NewRoute, xy: np.ndarray, length: float) -> Tuple[np.ndarray, float]:
    """Distances of the stops along the line and the largest move of a given stop point onto it."""
    if route.stop_points is not None:
        points = np.asarray(route.stop_points, dtype=float).reshape(-1, 2)
        if route.line_xy is None:
            lonlat = np.asarray(route.line_lonlat, dtype=float)
            points = local_metres(points[:, 0], points[:, 1], float(lonlat[:, 1].mean()))
        along, off = project_points(xy, points)
        if len(off) and off.max() > route.max_stop_offset_m:
            raise InputError(
                "stop_far_from_line",
                QT_TR_NOOP(
                    "A stop of new route {route} lies {distance:.0f} m from its line (at most {limit:.0f} m)."
                ),
                route=route.route_id,
                distance=float(off.max()),
                limit=route.max_stop_offset_m,
            )
        positions = np.unique(np.round(along, 3))
        if len(positions) < 2:
            raise InputError(
                "too_few_stops",
                QT_TR_NOOP("New route {route} needs at least two distinct stops on its line."),
                route=route.route_id,
            )
        return positions, float(off.max())
    spacing = float(route.stop_spacing_m or 0)
    if not spacing > 0:
        raise InputError(
            "bad_stop_spacing",
            QT_TR_NOOP("The stop spacing of new route {route} must be above zero metres."),
            route=route.route_id,
        )
    if length < spacing:
        raise InputError(
            "line_shorter_than_spacing",
            QT_TR_NOOP(
                "The line of new route {route} is {length:.0f} m long, shorter than the stop spacing ({spacing:.0f} m): draw a longer line or give a smaller spacing."
            ),
            route=route.route_id,
            length=length,
            spacing=spacing,
        )
    n = max(int(round(length / spacing)), 1)
    return np.linspace(0.0, length, n + 1), 0.0


def _interpolate(cum: np.ndarray, values: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Values (n, 2) given at cumulative distances ``cum`` interpolated at distances ``at``."""
    return np.column_stack([np.interp(at, cum, values[:, 0]), np.interp(at, cum, values[:, 1])])


def _running_seconds(route: NewRoute, gaps: np.ndarray) -> np.ndarray:
    if route.speed_kmh is not None and route.trip_minutes is None:
        if not float(route.speed_kmh) > 0:
            raise InputError(
                "bad_travel_times",
                QT_TR_NOOP("The speed of new route {route} must be above zero km/h."),
                route=route.route_id,
            )
        return gaps / (float(route.speed_kmh) / 3.6)
    if route.trip_minutes is not None and route.speed_kmh is None:
        minutes = np.atleast_1d(np.asarray(route.trip_minutes, dtype=float))
        if minutes.size == 1:
            run = minutes[0] * 60.0 * gaps / gaps.sum()
        elif minutes.size == gaps.size:
            run = minutes * 60.0
        else:
            raise InputError(
                "bad_travel_times",
                QT_TR_NOOP(
                    "New route {route} has {n} segments between stops but {k} segment times were given."
                ),
                route=route.route_id,
                n=gaps.size,
                k=minutes.size,
            )
        if not (run > 0).all():
            raise InputError(
                "bad_travel_times",
                QT_TR_NOOP("The travel times of new route {route} must be above zero."),
                route=route.route_id,
            )
        return run
    raise InputError(
        "bad_travel_times",
        QT_TR_NOOP("New route {route} needs either a speed (km/h) or travel times, not both or neither."),
        route=route.route_id,
    )


# ------------------------------------------------------------------------------------------- rows


def _service(tables: GtfsTables, route: NewRoute, report: NewRouteReport) -> GtfsTables:
    cal, cd = tables.get("calendar.txt"), tables.get("calendar_dates.txt")
    known = set(column(cal, "service_id")) | set(column(cd, "service_id"))
    if route.service_id is not None:
        if route.service_id not in known:
            raise InputError(
                "unknown_service",
                QT_TR_NOOP("The service_id {service!r} of new route {route} is not in the feed's calendars."),
                service=route.service_id,
                route=route.route_id,
            )
        report.service_id = route.service_id
        return tables
    dates = pd.concat(
        [column(cal, "start_date"), column(cal, "end_date"), column(cd, "date")], ignore_index=True
    )
    dates = pd.to_datetime(dates, format="%Y%m%d", errors="coerce").dropna()
    if dates.empty:
        raise InputError(
            "no_service_dates",
            QT_TR_NOOP(
                "The feed has no calendar dates to run new route {route} on; give an existing service_id."
            ),
            route=route.route_id,
        )
    service = unique_ids([f"{route.route_id}_service"], known)[0]
    days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    row = {"service_id": service, **{d: "1" for d in days}}
    row.update(start_date=dates.min().strftime("%Y%m%d"), end_date=dates.max().strftime("%Y%m%d"))
    tables.append("calendar.txt", pd.DataFrame([row]))
    report.service_id = service
    return tables


def _route_row(tables: GtfsTables, route: NewRoute) -> pd.DataFrame:
    row = {
        "route_id": route.route_id,
        "route_short_name": route.short_name if route.short_name is not None else route.route_id,
        "route_long_name": route.long_name,
        "route_type": str(int(route.route_type)),
    }
    agencies = column(tables.get("agency.txt"), "agency_id")
    # agency_id is needed when the feed has several agencies (or already writes it).
    if route.agency_id is not None or len(agencies) > 1 or "agency_id" in tables.get("routes.txt").columns:
        row["agency_id"] = (
            route.agency_id if route.agency_id is not None else (agencies.iat[0] if len(agencies) else "")
        )
    return pd.DataFrame([row])


def _departures(bands: List[Tuple[float, float, float]]) -> np.ndarray:
    return np.concatenate([np.arange(a, b, h) for a, b, h in bands])


def _schedule(run: np.ndarray, dwell: float) -> Tuple[np.ndarray, np.ndarray]:
    """Arrival and departure offsets (s) at each stop from the first departure."""
    n = len(run) + 1
    dwells = np.full(n, float(dwell))
    dwells[[0, -1]] = 0.0
    arrival = np.round(np.r_[0.0, np.cumsum(run + dwells[:-1])])
    return arrival, arrival + dwells


# ------------------------------------------------------------------------------------------- entry point


def _stop_time_rows(trip_ids: List[str], starts: np.ndarray, stops: List[str], times: tuple) -> pd.DataFrame:
    arrival, departure = times
    n = len(stops)
    return pd.DataFrame(
        {
            "trip_id": np.repeat(trip_ids, n),
            "arrival_time": format_clocks((starts[:, None] + arrival[None, :]).ravel()),
            "departure_time": format_clocks((starts[:, None] + departure[None, :]).ravel()),
            "stop_id": np.tile(stops, len(trip_ids)),
            "stop_sequence": np.tile(np.arange(1, n + 1).astype(str), len(trip_ids)),
        }
    )


def add_route(tables: GtfsTables, route: NewRoute) -> Tuple[GtfsTables, NewRouteReport]:
    """A copy of ``tables`` with ``route`` added (routes, trips, stops, stop_times, shapes, frequencies or
    expanded trips, a calendar row if needed), and a :class:`NewRouteReport`."""
    _check_route(tables, route)
    lonlat, xy = _line(route)
    cum = np.r_[0.0, np.cumsum(np.hypot(*np.diff(xy, axis=0).T))]
    length = float(cum[-1])
    bands = _bands(route)
    positions, offset = _stop_positions(route, xy, length)
    gaps = np.diff(positions)
    run = _running_seconds(route, gaps)
    report = NewRouteReport(route.route_id, length, max_stop_offset_m=offset, spacing_m=float(gaps.mean()))
    tables = _service(tables.copy(), route, report)
    stop_ll = _interpolate(cum, lonlat, positions)
    stop_ids = unique_ids(
        [f"{route.route_id}_{k + 1}" for k in range(len(positions))],
        set(column(tables.get("stops.txt"), "stop_id")),
    )
    report.stop_ids = stop_ids
    stops = pd.DataFrame(
        {
            "stop_id": stop_ids,
            "stop_name": [f"{route.route_id} {k + 1}" for k in range(len(stop_ids))],
            "stop_lat": np.char.mod("%.7f", stop_ll[:, 1]),
            "stop_lon": np.char.mod("%.7f", stop_ll[:, 0]),
        }
    )
    tables.append("stops.txt", stops)
    tables.append("routes.txt", _route_row(tables, route))
    starts = _departures(bands)
    report.departures_per_direction = len(starts)
    taken_trips = set(column(tables.get("trips.txt"), "trip_id"))
    taken_shapes = set(column(tables.get("shapes.txt"), "shape_id"))
    trips, stop_times, shapes, freqs = [], [], [], []
    for direction in range(2 if route.both_directions else 1):
        forward = direction == 0
        shape_id = unique_ids([f"{route.route_id}_{direction}"], taken_shapes)[0]
        ll = lonlat if forward else lonlat[::-1]
        shapes.append(
            pd.DataFrame(
                {
                    "shape_id": shape_id,
                    "shape_pt_lat": np.char.mod("%.7f", ll[:, 1]),
                    "shape_pt_lon": np.char.mod("%.7f", ll[:, 0]),
                    "shape_pt_sequence": np.arange(1, len(ll) + 1).astype(str),
                }
            )
        )
        times = _schedule(run if forward else run[::-1], route.dwell_s)
        order = stop_ids if forward else stop_ids[::-1]
        if route.as_frequencies:
            trip_ids = unique_ids([f"{route.route_id}_{direction}"], taken_trips)
            first = np.array([bands[0][0]])
            freqs.append(
                pd.DataFrame(
                    {
                        "trip_id": trip_ids[0],
                        "start_time": format_clocks(np.array([b[0] for b in bands])),
                        "end_time": format_clocks(np.array([b[1] for b in bands])),
                        "headway_secs": [str(int(round(b[2]))) for b in bands],
                        "exact_times": str(int(route.exact_times)),
                    }
                )
            )
        else:
            suffix = np.char.replace(format_clocks(starts).astype(str), ":", "")
            trip_ids = unique_ids([f"{route.route_id}_{direction}_{s}" for s in suffix], taken_trips)
            first = starts
        trips.append(
            pd.DataFrame(
                {
                    "route_id": route.route_id,
                    "service_id": report.service_id,
                    "trip_id": trip_ids,
                    "direction_id": str(direction),
                    "shape_id": shape_id,
                }
            )
        )
        stop_times.append(_stop_time_rows(trip_ids, first, order, times))
    report.trip_minutes = float(times[0][-1] / 60.0)
    tables.append("trips.txt", pd.concat(trips, ignore_index=True))
    tables.append("stop_times.txt", pd.concat(stop_times, ignore_index=True))
    tables.append("shapes.txt", pd.concat(shapes, ignore_index=True))
    if freqs:
        tables.append("frequencies.txt", pd.concat(freqs, ignore_index=True))
    return tables, report
