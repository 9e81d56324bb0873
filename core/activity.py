"""Bus activity from GTFS for one service date and time window: trips, stop-to-stop segments, route and
hourly summaries (revenue-km, vehicle-hours, scheduled speeds), the input of emissions, energy and fleet.

Conventions (for the Processing help):

- Trips of the services running on ``date`` (``frequencies.txt`` trips expanded into concrete runs); a trip
  belongs to the window ``[start, end)`` (seconds since the service day's midnight, past 24:00:00 allowed)
  when its first departure does, and then all of its segments count. Trips of the previous service day
  are not included: summing days never counts a run twice.
- Distance along a trip: stops are placed on the trip's shape (``shapes.txt``). A stop's position is its
  ``shape_dist_traveled`` when the trip has one for every stop, non-decreasing, and the shape's own
  ``shape_dist_traveled`` is consistent (non-decreasing, in metres, kilometres, feet or miles within 15 % of
  the shape's geodesic length); otherwise the stop is projected on the shape, in order (a stop is placed at
  or after the previous one, at the nearest point, ties going to the earliest position). Shape lengths are
  haversine (great-circle) lengths between consecutive shape points, or the consistent
  ``shape_dist_traveled``. Trips without a shape use the straight stop-to-stop line × :data:`DETOUR`.
- Scheduled times: stop times missing between timepoints are interpolated linearly in the distance along
  the trip defined above (along the shape), between the surrounding stops that have times, as GTFS allows.
- Segment speed = segment distance / (arrival at the next stop − departure from this stop). Segments whose
  scheduled time is zero or negative, or whose speed is outside ``[min_speed, max_speed]`` (2–80 km/h),
  take the route's mean speed (route revenue-km / route vehicle-hours) and are counted in the diagnostics.
- A segment's hour is the hour of its departure (24, 25, … after midnight). For the hourly table a segment
  occupies the time from its departure to the departure from the next stop (to the arrival for the last
  segment), so the hours of a trip's segments add up to the trip's hours.
- Trip hours = last arrival − first departure (dwell at intermediate stops included, layovers excluded).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Tuple, Union

import numpy as np
import pandas as pd

from .definitions import route_type_modes
from .errors import QT_TR_NOOP, InputError, examples
from .gtfs import GtfsFeed, expand_frequencies, service_day
from .progress import ProgressCallback, report

EARTH_RADIUS_M = 6371008.8
"""Mean Earth radius (IUGG) used by the haversine distances."""

DETOUR = 1.3
"""Street distance / straight-line distance for trips without a shape. An estimate: circuity factors of
urban road networks are typically 1.2–1.4 (Ballou, Rahardja & Sakai 2002, Transportation Research A 36(9);
Giacomin & Levinson 2015, Environment and Planning B 42(6))."""

BUS_MODES = ("bus", "trolleybus")
"""Modes whose routes the Processing algorithms count as buses (GTFS route_type 3, 11, 700-799, 800-899)."""

MIN_SPEED_KMH = 2.0
MAX_SPEED_KMH = 80.0
"""Plausible scheduled bus speeds; segments outside take their route's mean speed."""

MAX_EXAMPLES = 5
_UNITS_M = (1.0, 1000.0, 0.3048, 1609.344)
"""Candidate units of shape_dist_traveled: metre, kilometre, foot, mile."""
_UNIT_TOLERANCE = 0.15
_ADVANCE_WEIGHT = 0.1
"""In the ordered projection, metres of perpendicular distance that one metre of advance along the shape
costs: among equally near points the earliest wins (a loop's start rather than its end)."""
_MAX_PAIRS = 2_000_000
"""Stop × shape-segment pairs evaluated at once in the projection (bounds memory)."""


@dataclass
class ActivityDiagnostics:
    """What the algorithm should tell the planner about the data it used."""

    date: Optional[_dt.date] = None
    services: int = 0
    trips: int = 0
    frequency_trips: int = 0
    """Trips in the window that come from frequencies.txt."""
    interpolated_stop_times: int = 0
    """Stop times of the trips in the window without a time in the feed (interpolated along the trip)."""
    routes_not_found: List[str] = field(default_factory=list)
    """Requested routes that have no trip on the date."""
    other_mode_routes: List[str] = field(default_factory=list)
    """Routes running on the date that are not of the modes asked for (left out)."""
    other_mode_trips: int = 0
    feed_has_shapes: bool = True
    trips_without_shape: int = 0
    """Trips measured along straight lines × detour (no shape_id, or an unknown or one-point shape)."""
    trips_without_shape_examples: List[str] = field(default_factory=list)
    shapes_inconsistent_distance: int = 0
    """Shapes whose shape_dist_traveled was ignored (not increasing or unit not recognised)."""
    shapes_inconsistent_examples: List[str] = field(default_factory=list)
    zero_time_segments: int = 0
    zero_time_examples: List[str] = field(default_factory=list)
    """Trip ids with a segment of zero or negative scheduled time."""
    implausible_speed_segments: int = 0
    implausible_speed_examples: List[str] = field(default_factory=list)
    """Trip ids with a segment speed outside the plausible range."""
    bad_trips: int = 0
    """Trips dropped because they end before (or when) they start."""
    bad_trip_examples: List[str] = field(default_factory=list)


@dataclass
class BusActivity:
    """Trips, segments (with their geometry), route and hourly summaries of one service day and window."""

    trips: pd.DataFrame
    """route_id, trip_id, direction_id, block_id, shape_id, service_id, first_stop_id, last_stop_id,
    departure_s, arrival_s, dist_km, hours."""
    segments: pd.DataFrame
    """route_id, trip_id, from_stop_id, to_stop_id, departure_s, arrival_s, hour, dist_km, speed_kmh,
    speed_replaced (bool), geometry_id."""
    geometry: pd.DataFrame
    """Vertices of the segments' lines: geometry_id, lon, lat (in order; several segments share one)."""
    routes: pd.DataFrame
    """route_id, trips, revenue_km, vehicle_hours, mean_speed_kmh."""
    hourly: pd.DataFrame
    """hour, trips, vehicle_km, vehicle_hours."""
    diagnostics: ActivityDiagnostics


# ----------------------------------------------------------------------------------------------- helpers


def haversine_m(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in metres between points given in degrees (haversine formula)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _examples(ids: np.ndarray) -> List[str]:
    return [str(v) for v in pd.unique(np.asarray(ids))[:MAX_EXAMPLES]]


def _ranks(counts: np.ndarray) -> np.ndarray:
    """0..n-1 repeated for each group size n in ``counts``."""
    offsets = np.cumsum(counts) - counts
    return np.arange(int(counts.sum())) - np.repeat(offsets, counts)


# ----------------------------------------------------------------------------------------------- selection


def _route_modes(feed: GtfsFeed, route_ids: np.ndarray) -> np.ndarray:
    """Mode of each route id (from routes.txt's route_type; "unknown" for a route not in it)."""
    types = feed.routes.drop_duplicates("route_id").set_index("route_id")["route_type"]
    return route_type_modes(types.reindex(route_ids).to_numpy(dtype=object))


def _no_service(day) -> InputError:
    return InputError(
        "activity_no_service",
        QT_TR_NOOP(
            "No trip runs on {date} (a holiday, or a weekday without service?): the feed(s) have service from {first} to {last}. Choose a date with service."
        ),
        **day.message_values(),
    )


def _keep_modes(feed: GtfsFeed, trips: pd.DataFrame, modes, day, diag: ActivityDiagnostics) -> pd.DataFrame:
    """The trips of routes of ``modes``; routes of other modes counted (InputError when none is left)."""
    route_ids = pd.unique(trips["route_id"])
    route_mode = pd.Series(_route_modes(feed, route_ids), index=route_ids)
    other = route_mode[~route_mode.isin(list(modes))]
    diag.other_mode_routes = [str(r) for r in other.index]
    diag.other_mode_trips = int(trips["route_id"].isin(other.index).sum())
    if len(other) == len(route_mode):
        raise InputError(
            "activity_no_mode",
            QT_TR_NOOP(
                "No route of the modes {modes} runs on {date}: the {n} routes running that day are {found}."
            ),
            modes=", ".join(modes),
            date=day.date.isoformat(),
            n=len(route_mode),
            found=", ".join(sorted(set(route_mode))),
        )
    return trips.loc[~trips["route_id"].isin(other.index)]


def _service_trips(
    feed: GtfsFeed,
    date: Union[str, _dt.date],
    routes: Optional[Iterable[str]],
    modes: Optional[Iterable[str]],
    diag: ActivityDiagnostics,
) -> pd.DataFrame:
    """Trips of the services running on ``date`` (optionally of some modes and routes); InputError when none."""
    day = service_day(feed, date)
    diag.date, diag.services = day.date, len(day.service_ids)
    if not day.service_ids:
        raise _no_service(day)
    trips = feed.trips.loc[feed.trips["service_id"].isin(day.service_ids)]
    if trips.empty:
        raise _no_service(day)
    if modes is not None:
        trips = _keep_modes(feed, trips, list(modes), day, diag)
    if routes is not None:
        wanted = [str(r) for r in routes]
        present = set(trips["route_id"])
        diag.routes_not_found = [r for r in wanted if r not in present]
        trips = trips.loc[trips["route_id"].isin(wanted)]
        if trips.empty:
            raise InputError(
                "activity_no_routes",
                QT_TR_NOOP("None of the routes {routes} runs on {date}."),
                routes=examples(wanted),
                date=day.date.isoformat(),
            )
    return trips


STOP_TIME_COLUMNS = ("trip_id", "stop_id", "arrival", "departure", "time_given", "shape_dist_traveled")
"""The stop-time columns the activity uses (the others are not copied)."""


def _trip_runs(trip_ids: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """First row and row count of each trip in stop times sorted by trip (rows of a trip are contiguous)."""
    if len(trip_ids) == 0:
        return np.zeros(0, int), np.zeros(0, int)
    first = np.flatnonzero(np.r_[True, trip_ids[1:] != trip_ids[:-1]])
    return first, np.diff(np.r_[first, len(trip_ids)])


def _in_window(dep0: np.ndarray, start: Optional[float], end: Optional[float]) -> np.ndarray:
    keep = np.ones(len(dep0), dtype=bool)
    if start is not None:
        keep &= dep0 >= start
    if end is not None:
        keep &= dep0 < end
    return keep


def _window_stop_times(
    feed: GtfsFeed, trips: pd.DataFrame, start: Optional[float], end: Optional[float]
) -> Tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Stop times of the trips (frequencies expanded) whose first departure is in [start, end).

    Returns the stop times (sorted by trip and sequence) and, per trip, its first row and row count. Without
    frequency-based trips, the rows of the trips wanted are found from the trips' first rows and copied once,
    with the columns the activity uses only (a metropolis-size feed has 10 million stop times).
    """
    fr = feed.frequencies
    if fr is not None and len(fr) and fr["trip_id"].isin(trips["trip_id"]).any():
        st = expand_frequencies(feed, trips["trip_id"])
        first, counts = _trip_runs(st["trip_id"].to_numpy())
        keep = _in_window(st["departure"].to_numpy()[first], start, end)
        if not keep.all():
            st = st.loc[np.repeat(keep, counts)].reset_index(drop=True)
            counts = counts[keep]
            first = np.cumsum(counts) - counts
        return st, first, counts
    source = feed.stop_times
    first, counts = _trip_runs(source["trip_id"].to_numpy())
    ids = source["trip_id"].to_numpy()[first]
    keep = pd.Index(ids).isin(trips["trip_id"]) & _in_window(
        source["departure"].to_numpy()[first], start, end
    )
    columns = [c for c in STOP_TIME_COLUMNS if c in source.columns]
    st = source.loc[np.repeat(keep, counts), columns]
    st.index = pd.RangeIndex(len(st))
    counts = counts[keep]
    return st, np.cumsum(counts) - counts, counts


# ----------------------------------------------------------------------------------------------- patterns


def _patterns(stop_code: np.ndarray, shape_code: np.ndarray, first: np.ndarray, counts: np.ndarray):
    """Pattern of each trip: same shape and same stop sequence (two 64-bit polynomial hashes + length)."""
    rank = _ranks(counts)
    max_n = int(counts.max())
    powers = []
    for base in (1_000_003, 998_244_353):
        pw = np.ones(max_n, dtype=np.uint64)
        for k in range(1, max_n):
            pw[k] = np.uint64((int(pw[k - 1]) * base) % (1 << 64))
        powers.append(pw)
    codes = stop_code.astype(np.uint64) + np.uint64(1)
    with np.errstate(over="ignore"):
        h1 = np.add.reduceat(codes * powers[0][rank], first)
        h2 = np.add.reduceat(codes * powers[1][rank], first)
    key = pd.DataFrame({"shape": shape_code, "n": counts, "h1": h1, "h2": h2})
    pattern = key.groupby(["shape", "n", "h1", "h2"], sort=False).ngroup().to_numpy()
    _, rep = np.unique(pattern, return_index=True)
    return pattern, rep


@dataclass
class _Shapes:
    """Shapes as flat vertex arrays (lon, lat, local metres, cumulative distance)."""

    ids: pd.Index
    vstart: np.ndarray
    nvert: np.ndarray
    lon: np.ndarray
    lat: np.ndarray
    x: np.ndarray
    y: np.ndarray
    cum: np.ndarray
    """Distance along the shape at each vertex, metres."""
    coslat: np.ndarray
    """Per shape: cosine of its mean latitude (local equirectangular frame)."""
    sdt_origin: np.ndarray
    """Per shape: shape_dist_traveled of the first point, NaN when not consistent."""
    sdt_unit: np.ndarray
    """Per shape: metres per shape_dist_traveled unit, NaN when not consistent."""


def _read_shapes(feed: GtfsFeed, used: np.ndarray, diag: ActivityDiagnostics) -> _Shapes:
    """The used shapes with at least two points, and the consistency of their shape_dist_traveled."""
    sh = feed.shapes.loc[feed.shapes["shape_id"].isin(used)]
    sid = sh["shape_id"].to_numpy()
    starts = np.flatnonzero(np.r_[True, sid[1:] != sid[:-1]]) if len(sid) else np.zeros(0, int)
    nvert = np.diff(np.r_[starts, len(sid)])
    lat = sh["shape_pt_lat"].to_numpy(float)
    lon = sh["shape_pt_lon"].to_numpy(float)
    step = np.r_[0.0, haversine_m(lat[:-1], lon[:-1], lat[1:], lon[1:])] if len(sid) else np.zeros(0)
    step[starts] = 0.0
    cum = np.cumsum(step)
    cum -= np.repeat(cum[starts], nvert)
    length = np.add.reduceat(step, starts) if len(sid) else np.zeros(0)
    coslat = np.cos(np.radians(np.add.reduceat(lat, starts) / np.maximum(nvert, 1))) if len(sid) else lat
    # shape_dist_traveled: all present, non-decreasing, a recognised unit.
    sdt = sh["shape_dist_traveled"].to_numpy(float)
    code = np.repeat(np.arange(len(starts)), nvert)
    ok = np.ones(len(starts), dtype=bool)
    np.logical_and.at(ok, code, ~np.isnan(sdt))
    dsdt = np.r_[0.0, np.diff(sdt)]
    dsdt[starts] = 0.0
    np.logical_and.at(ok, code, ~(dsdt < 0))
    span = np.add.reduceat(np.nan_to_num(dsdt), starts) if len(sid) else np.zeros(0)
    ratio = np.where(span > 0, length / np.where(span > 0, span, 1), np.nan)
    unit = np.full(len(starts), np.nan)
    for u in _UNITS_M:
        unit = np.where(np.isnan(unit) & (np.abs(ratio / u - 1) < _UNIT_TOLERANCE), u, unit)
    has_any = np.zeros(len(starts), dtype=bool)
    np.logical_or.at(has_any, code, ~np.isnan(sdt))
    inconsistent = has_any & ~(ok & ~np.isnan(unit))
    diag.shapes_inconsistent_distance = int(inconsistent.sum())
    diag.shapes_inconsistent_examples = _examples(sid[starts][inconsistent])
    good = ok & ~np.isnan(unit)
    cum = np.where(good[code], (sdt - np.repeat(sdt[starts], nvert)) * np.repeat(unit, nvert), cum)
    cosv = np.repeat(coslat, nvert)
    return _Shapes(
        ids=pd.Index(sid[starts]),
        vstart=starts,
        nvert=nvert,
        lon=lon,
        lat=lat,
        x=np.radians(lon) * EARTH_RADIUS_M * cosv,
        y=np.radians(lat) * EARTH_RADIUS_M,
        cum=cum,
        coslat=coslat,
        sdt_origin=np.where(good, sdt[starts] if len(sid) else np.zeros(0), np.nan),
        sdt_unit=np.where(good, unit, np.nan),
    )


def _project_step(
    shapes: _Shapes, px: np.ndarray, py: np.ndarray, shape: np.ndarray, prev: np.ndarray
) -> Tuple[np.ndarray, np.ndarray]:
    """Ordered projection of one stop per pattern: (position along the shape, segment start vertex)."""
    nseg = shapes.nvert[shape] - 1
    grp = np.repeat(np.arange(len(shape)), nseg)
    seg = np.repeat(shapes.vstart[shape], nseg) + _ranks(nseg)
    ax, ay = shapes.x[seg], shapes.y[seg]
    dx, dy = shapes.x[seg + 1] - ax, shapes.y[seg + 1] - ay
    seglen = shapes.cum[seg + 1] - shapes.cum[seg]
    qx, qy, p0 = px[grp], py[grp], prev[grp]
    norm = dx * dx + dy * dy
    t = np.clip(((qx - ax) * dx + (qy - ay) * dy) / np.where(norm > 0, norm, 1.0), 0.0, 1.0)
    t_min = np.clip((p0 - shapes.cum[seg]) / np.where(seglen > 0, seglen, 1.0), 0.0, 1.0)
    t = np.maximum(t, np.where(seglen > 0, t_min, 0.0))
    along = shapes.cum[seg] + t * seglen
    cost = np.hypot(qx - ax - t * dx, qy - ay - t * dy) + _ADVANCE_WEIGHT * np.maximum(along - p0, 0.0)
    cost[shapes.cum[seg + 1] < p0] = np.inf
    bounds = np.r_[0, np.cumsum(nseg)[:-1]]
    best = np.minimum.reduceat(cost, bounds)
    hit = np.flatnonzero(cost <= best[grp])
    _, pick = np.unique(grp[hit], return_index=True)
    chosen = hit[pick]
    return np.maximum(along[chosen], prev), seg[chosen]


def _project_patterns(
    shapes: _Shapes, plon: np.ndarray, plat: np.ndarray, pshape: np.ndarray, poff: np.ndarray, pn: np.ndarray
) -> Tuple[np.ndarray, np.ndarray]:
    """Positions (m) and segment start vertices of every pattern stop, stop by stop, all patterns at once."""
    pos = np.zeros(len(plon))
    seg = np.zeros(len(plon), dtype=np.int64)
    prev = np.zeros(len(pn))
    cos = shapes.coslat[pshape]
    for k in range(int(pn.max()) if len(pn) else 0):
        active = np.flatnonzero(pn > k)
        work = np.cumsum(shapes.nvert[pshape[active]] - 1)
        cuts = np.searchsorted(work, np.arange(_MAX_PAIRS, work[-1] + _MAX_PAIRS, _MAX_PAIRS), side="right")
        for chunk in np.split(active, np.unique(cuts[cuts < len(active)])):
            if len(chunk) == 0:
                continue
            rows = poff[chunk] + k
            px = np.radians(plon[rows]) * EARTH_RADIUS_M * cos[chunk]
            py = np.radians(plat[rows]) * EARTH_RADIUS_M
            p, s = _project_step(shapes, px, py, pshape[chunk], prev[chunk])
            pos[rows], seg[rows], prev[chunk] = p, s, p
    return pos, seg


def _positions_from_sdt(
    shapes: _Shapes, psdt: np.ndarray, pshape: np.ndarray, poff: np.ndarray, pn: np.ndarray
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Stop positions from stop_times' shape_dist_traveled where usable: (positions, segment, usable)."""
    code = np.repeat(np.arange(len(pn)), pn)
    unit = shapes.sdt_unit[pshape]
    usable = ~np.isnan(unit)
    np.logical_and.at(usable, code, ~np.isnan(psdt))
    d = np.r_[0.0, np.diff(psdt)]
    d[poff] = 0.0
    np.logical_and.at(usable, code, ~(d < 0))
    shp = pshape[code]
    length = shapes.cum[shapes.vstart[shp] + shapes.nvert[shp] - 1]
    pos = np.clip((psdt - shapes.sdt_origin[shp]) * unit[code], 0.0, length)
    pos = np.where(usable[code], np.nan_to_num(pos), 0.0)
    # Segment containing each position: last vertex whose cumulative distance is ≤ the position.
    key = shp.astype(float) * 1e9 + pos
    vkey = np.repeat(np.arange(len(shapes.nvert)), shapes.nvert).astype(float) * 1e9 + shapes.cum
    seg = np.searchsorted(vkey, key, side="right") - 1
    last_seg = shapes.vstart[shp] + shapes.nvert[shp] - 2
    seg = np.clip(seg, shapes.vstart[shp], last_seg)
    return pos, seg, usable


def _point_on(shapes: _Shapes, seg: np.ndarray, pos: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Lon/lat of the point at ``pos`` metres along the shape, on the segment starting at vertex ``seg``."""
    c0, c1 = shapes.cum[seg], shapes.cum[seg + 1]
    t = np.clip((pos - c0) / np.where(c1 > c0, c1 - c0, 1.0), 0, 1)
    return (
        shapes.lon[seg] + t * (shapes.lon[seg + 1] - shapes.lon[seg]),
        shapes.lat[seg] + t * (shapes.lat[seg + 1] - shapes.lat[seg]),
    )


def _shape_geometry(shapes: _Shapes, pos: np.ndarray, seg: np.ndarray, seg_rows: np.ndarray) -> tuple:
    """Vertices of the lines between consecutive pattern stops ``seg_rows`` → ``seg_rows + 1``."""
    s0, s1 = seg[seg_rows], seg[seg_rows + 1]
    inner = np.maximum(s1 - s0, 0)
    lon0, lat0 = _point_on(shapes, s0, pos[seg_rows])
    lon1, lat1 = _point_on(shapes, s1, pos[seg_rows + 1])
    n = inner + 2
    gid = np.repeat(seg_rows, n)
    rank = _ranks(n)
    vidx = np.repeat(s0, n) + rank
    is_first = rank == 0
    is_last = rank == np.repeat(n - 1, n)
    lon = shapes.lon[np.minimum(vidx, len(shapes.lon) - 1)].copy()
    lat = shapes.lat[np.minimum(vidx, len(shapes.lat) - 1)].copy()
    lon[is_first], lat[is_first] = lon0, lat0
    lon[is_last], lat[is_last] = lon1, lat1
    # Inner vertices exactly at a stop's position would repeat the end points.
    vcum = shapes.cum[np.minimum(vidx, len(shapes.cum) - 1)]
    keep = (
        is_first | is_last | ((vcum > np.repeat(pos[seg_rows], n)) & (vcum < np.repeat(pos[seg_rows + 1], n)))
    )
    return gid[keep], lon[keep], lat[keep]


# ----------------------------------------------------------------------------------------------- distances


@dataclass
class _Distances:
    """Per stop-time row: metres along the trip; per pattern segment: geometry."""

    along_m: np.ndarray
    geometry_id: np.ndarray
    """Per row (the segment starting at that row), the geometry id (pattern row index)."""
    geometry: pd.DataFrame
    no_shape_trip: np.ndarray
    """Per trip: True when measured along straight lines × detour."""
    stop_code: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    """Per row, the code of its stop in ``stop_ids`` (factorized once)."""
    stop_ids: pd.Index = field(default_factory=lambda: pd.Index([]))


def _distances(
    feed: GtfsFeed,
    st: pd.DataFrame,
    trips: pd.DataFrame,
    first: np.ndarray,
    counts: np.ndarray,
    detour: float,
    diag: ActivityDiagnostics,
) -> _Distances:
    """Distance along each trip at each of its stops, computed once per stop pattern."""
    stop_code, stop_ids = pd.factorize(st["stop_id"])
    shape_of_trip = trips["shape_id"].to_numpy()
    shapes = _read_shapes(feed, pd.unique(shape_of_trip), diag)
    shape_code = shapes.ids.get_indexer(shape_of_trip)
    known = shape_code >= 0
    shape_code[known] = np.where(shapes.nvert[shape_code[known]] >= 2, shape_code[known], -1)
    pattern, rep = _patterns(stop_code, shape_code, first, counts)
    pn = counts[rep]
    poff = np.cumsum(pn) - pn
    prow = np.repeat(first[rep], pn) + _ranks(pn)
    stops = feed.stops.set_index("stop_id")
    plat = stops["stop_lat"].reindex(stop_ids[stop_code[prow]]).to_numpy(float)
    plon = stops["stop_lon"].reindex(stop_ids[stop_code[prow]]).to_numpy(float)
    pshape = shape_code[rep]
    with_shape = pshape >= 0
    pos = np.zeros(len(prow))
    seg = np.zeros(len(prow), dtype=np.int64)
    pcode = np.repeat(np.arange(len(rep)), pn)
    if with_shape.any():
        pos_sdt, seg_sdt, usable = _positions_from_sdt(
            shapes,
            st["shape_dist_traveled"].to_numpy(float)[prow],
            np.maximum(pshape, 0),
            poff,
            pn,
        )
        usable &= with_shape
        to_project = with_shape & ~usable
        sel = np.flatnonzero(to_project)
        if len(sel):
            rows = np.repeat(poff[sel], pn[sel]) + _ranks(pn[sel])
            sub_off = np.cumsum(pn[sel]) - pn[sel]
            p, s = _project_patterns(shapes, plon[rows], plat[rows], pshape[sel], sub_off, pn[sel])
            pos[rows], seg[rows] = p, s
        urows = usable[pcode]
        pos[urows], seg[urows] = pos_sdt[urows], seg_sdt[urows]
    # Straight lines × detour for patterns without a shape.
    straight = ~with_shape[pcode]
    step = np.r_[0.0, haversine_m(plat[:-1], plon[:-1], plat[1:], plon[1:])] * detour
    step[poff] = 0.0
    cum = np.cumsum(np.nan_to_num(step))
    cum -= np.repeat(cum[poff], pn)
    pos = np.where(straight, cum, pos)
    # Geometry per pattern segment (rows that are not a pattern's last stop).
    not_last = np.ones(len(prow), dtype=bool)
    not_last[poff + pn - 1] = False
    seg_rows = np.flatnonzero(not_last & ~straight)
    gid, glon, glat = _shape_geometry(shapes, pos, seg, seg_rows) if len(seg_rows) else ([], [], [])
    srows = np.flatnonzero(not_last & straight)
    geometry = pd.DataFrame(
        {
            "geometry_id": np.concatenate([gid, np.repeat(srows, 2)]).astype(np.int64),
            "lon": np.concatenate([glon, np.column_stack([plon[srows], plon[srows + 1]]).ravel()]),
            "lat": np.concatenate([glat, np.column_stack([plat[srows], plat[srows + 1]]).ravel()]),
        }
    )
    geometry = geometry.sort_values("geometry_id", kind="mergesort").reset_index(drop=True)
    # Back to every stop-time row.
    prow_of_row = np.repeat(poff[pattern], counts) + _ranks(counts)
    no_shape = ~with_shape[pattern]
    diag.feed_has_shapes = not feed.shapes.empty
    diag.trips_without_shape = int(no_shape.sum())
    diag.trips_without_shape_examples = _examples(trips["trip_id"].to_numpy()[no_shape])
    return _Distances(pos[prow_of_row], prow_of_row, geometry, no_shape, stop_code, stop_ids)


# ----------------------------------------------------------------------------------------------- activity


def _drop_bad_trips(
    st: pd.DataFrame, first: np.ndarray, counts: np.ndarray, diag: ActivityDiagnostics
) -> Tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Remove trips whose last arrival is not after their first departure (counted, with examples)."""
    if len(first) == 0:
        return st, first, counts
    dep0 = st["departure"].to_numpy()[first]
    arr1 = st["arrival"].to_numpy()[first + counts - 1]
    bad = ~(arr1 > dep0)
    diag.bad_trips = int(bad.sum())
    if bad.any():
        diag.bad_trip_examples = _examples(st["trip_id"].to_numpy()[first[bad]])
        st = st.loc[np.repeat(~bad, counts)].reset_index(drop=True)
        counts = counts[~bad]
        first = np.cumsum(counts) - counts
    return st, first, counts


def _interpolate_along(st: pd.DataFrame, along_m: np.ndarray, diag: ActivityDiagnostics) -> pd.DataFrame:
    """Times of stops without one in the feed, linear in the distance along the trip between timed stops."""
    if "time_given" not in st.columns or st["time_given"].all():
        return st
    given = st["time_given"].to_numpy(bool)
    idx = np.arange(len(st))
    prev_i = np.maximum.accumulate(np.where(given, idx, 0))
    next_i = np.minimum.accumulate(np.where(given, idx, len(st) - 1)[::-1])[::-1]
    dep, arr = st["departure"].to_numpy(), st["arrival"].to_numpy()
    span = along_m[next_i] - along_m[prev_i]
    frac = (along_m - along_m[prev_i]) / np.where(span > 0, span, 1.0)
    t = dep[prev_i] + (arr[next_i] - dep[prev_i]) * frac
    fill = ~given & (span > 0)
    st = st.copy(deep=False)
    st["arrival"] = np.where(fill, t, arr)
    st["departure"] = np.where(fill, t, dep)
    diag.interpolated_stop_times = int((~given).sum())
    return st


def _trip_frame(feed: GtfsFeed, st: pd.DataFrame, first: np.ndarray, counts: np.ndarray) -> pd.DataFrame:
    """One row per trip run, in the order of the stop times (``dist_km`` left NaN)."""
    last = first + counts - 1
    trip_ids = st["trip_id"].to_numpy()[first]
    template = st["template_id"].to_numpy()[first] if "template_id" in st.columns else trip_ids
    attrs = feed.trips.drop_duplicates("trip_id").set_index("trip_id").reindex(template)
    expanded = template != trip_ids

    def col(name: str) -> np.ndarray:
        if name not in attrs.columns:
            return np.full(len(trip_ids), None, dtype=object)
        values = attrs[name].to_numpy(dtype=object)
        return np.where(pd.isna(values) | (values == ""), None, values)

    block = col("block_id")
    block[expanded] = None
    stop_id = st["stop_id"].to_numpy()
    dep = st["departure"].to_numpy()[first]
    arr = st["arrival"].to_numpy()[last]
    return pd.DataFrame(
        {
            "route_id": attrs["route_id"].to_numpy(dtype=object),
            "trip_id": trip_ids,
            "direction_id": pd.to_numeric(pd.Series(col("direction_id")), errors="coerce").astype("Int64"),
            "block_id": block,
            "shape_id": col("shape_id"),
            "service_id": attrs["service_id"].to_numpy(dtype=object),
            "first_stop_id": stop_id[first],
            "last_stop_id": stop_id[last],
            "departure_s": dep,
            "arrival_s": arr,
            "dist_km": np.nan,
            "hours": (arr - dep) / 3600.0,
        }
    )


def _segment_speeds(
    dist_km: np.ndarray, run_s: np.ndarray, fallback: np.ndarray, bounds: Tuple[float, float]
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Scheduled speed of each segment, the route mean where its time is not positive or its speed is
    implausible: (speed, zero-time mask, implausible mask)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        speed = dist_km / (run_s / 3600.0)
    zero = ~(run_s > 0)
    implausible = ~zero & ~((speed >= bounds[0]) & (speed <= bounds[1]))
    replaced = zero | implausible
    speed[replaced] = fallback[replaced]
    return speed, zero, implausible


def _segment_frame(
    st: pd.DataFrame,
    trips: pd.DataFrame,
    first: np.ndarray,
    counts: np.ndarray,
    dist: _Distances,
    speed_bounds: Tuple[float, float],
    diag: ActivityDiagnostics,
) -> pd.DataFrame:
    """One row per stop-to-stop segment, with speeds checked and replaced by the route mean when implausible.

    Built column by column and handed to pandas without a copy: on a metropolis-size day (10 million
    segments) every temporary array is 80 MB."""
    n = len(st)
    is_last = np.zeros(n, dtype=bool)
    is_last[first + counts - 1] = True
    i = np.flatnonzero(~is_last)
    tcode = np.repeat(np.arange(len(first), dtype=np.int32), counts)[i]
    dep, arr = st["departure"].to_numpy(), st["arrival"].to_numpy()
    dep_i, arr_next = dep[i], arr[i + 1]
    occupy_s = np.where(is_last[i + 1], arr_next, dep[np.minimum(i + 1, n - 1)]) - dep_i
    del is_last
    dist_km = (dist.along_m[i + 1] - dist.along_m[i]) / 1000.0
    route_codes, route_ids = pd.factorize(trips["route_id"])
    r_km = np.bincount(route_codes, trips["dist_km"].to_numpy(), len(route_ids))
    r_h = np.bincount(route_codes, trips["hours"].to_numpy(), len(route_ids))
    all_mean = trips["dist_km"].sum() / max(trips["hours"].sum(), 1e-9)
    route_mean = np.where(r_h > 0, r_km / np.where(r_h > 0, r_h, 1), all_mean)
    seg_route = route_codes[tcode]
    speed, zero, implausible = _segment_speeds(dist_km, arr_next - dep_i, route_mean[seg_route], speed_bounds)
    tid = trips["trip_id"].to_numpy()
    diag.zero_time_segments = int(zero.sum())
    diag.zero_time_examples = _examples(tid[tcode[zero]])
    diag.implausible_speed_segments = int(implausible.sum())
    diag.implausible_speed_examples = _examples(tid[tcode[implausible]])
    stop_code, stop_ids = dist.stop_code, dist.stop_ids
    if len(stop_code) != n:
        stop_code, stop_ids = pd.factorize(st["stop_id"])
    columns = {
        "route_id": pd.Categorical.from_codes(seg_route, route_ids),
        "trip_id": pd.Categorical.from_codes(tcode, tid),
        "from_stop_id": pd.Categorical.from_codes(stop_code[i], stop_ids),
        "to_stop_id": pd.Categorical.from_codes(stop_code[i + 1], stop_ids),
        "departure_s": dep_i,
        "arrival_s": arr_next,
        "hour": np.floor(dep_i / 3600.0).astype(np.int16),
        "dist_km": dist_km,
        "speed_kmh": speed,
        "speed_replaced": zero | implausible,
        "hours": occupy_s / 3600.0,
        "geometry_id": dist.geometry_id[i],
    }
    return pd.DataFrame(columns, copy=False)


def route_summary(trips: pd.DataFrame) -> pd.DataFrame:
    """Per route: trips, revenue_km, vehicle_hours, mean_speed_kmh (= revenue_km / vehicle_hours)."""
    g = trips.groupby("route_id", sort=True, observed=True)
    out = pd.DataFrame(
        {"trips": g.size(), "revenue_km": g["dist_km"].sum(), "vehicle_hours": g["hours"].sum()}
    ).reset_index()
    out["mean_speed_kmh"] = np.where(
        out["vehicle_hours"] > 0,
        out["revenue_km"] / out["vehicle_hours"].where(out["vehicle_hours"] > 0),
        np.nan,
    )
    return out


def hourly_summary(trips: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """Per hour of the service day: trips departing, vehicle_km and vehicle_hours of the segments departing."""
    dep_hour = np.floor(trips["departure_s"].to_numpy() / 3600.0).astype(int)
    seg = segments.groupby("hour", sort=True).agg(
        vehicle_km=("dist_km", "sum"), vehicle_hours=("hours", "sum")
    )
    hours = np.union1d(dep_hour, seg.index.to_numpy(dtype=int)).astype(int)
    out = pd.DataFrame({"hour": hours})
    out["trips"] = pd.Series(dep_hour).value_counts().reindex(hours, fill_value=0).to_numpy()
    out["vehicle_km"] = seg["vehicle_km"].reindex(hours, fill_value=0.0).to_numpy()
    out["vehicle_hours"] = seg["vehicle_hours"].reindex(hours, fill_value=0.0).to_numpy()
    return out


def _check_window(start: Optional[float], end: Optional[float], bounds: Tuple[float, float], detour: float):
    if start is not None and end is not None and not end > start:
        raise InputError(
            "activity_window",
            QT_TR_NOOP("The time window must end after it starts (start {start}, end {end})."),
            start=_clock(start),
            end=_clock(end),
        )
    if not 0 < bounds[0] < bounds[1]:
        raise ValueError(
            f"plausible speeds must satisfy 0 < minimum < maximum (got {bounds[0]}, {bounds[1]})"
        )
    if not detour >= 1:
        raise InputError(
            "activity_detour",
            QT_TR_NOOP("The detour factor must be at least 1 (got {detour})."),
            detour=detour,
        )


def _clock(seconds: float) -> str:
    """Seconds after midnight as HH:MM (hours past 24 kept)."""
    seconds = int(seconds)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


def _window_trips(
    feed: GtfsFeed,
    date: Union[str, _dt.date],
    start: Optional[float],
    end: Optional[float],
    routes: Optional[Iterable[str]],
    modes: Optional[Iterable[str]],
    progress: ProgressCallback,
    marks: Tuple[float, float],
) -> Tuple[ActivityDiagnostics, pd.DataFrame, np.ndarray, np.ndarray, pd.DataFrame]:
    """The selection :func:`bus_activity` and :func:`..fleet.trips.fleet_trips` share: the diagnostics, the stop
    times of the service trips in the window without the trips that end before they start (``first`` row and
    ``counts`` per trip) and the trip frame; ``progress`` is reported at ``marks`` after the two steps."""
    diag = ActivityDiagnostics()
    svc = _service_trips(feed, date, routes, modes, diag)
    report(progress, marks[0])
    st, first, counts = _window_stop_times(feed, svc, start, end)
    st, first, counts = _drop_bad_trips(st, first, counts, diag)
    report(progress, marks[1])
    return diag, st, first, counts, _trip_frame(feed, st, first, counts)


def bus_activity(
    feed: GtfsFeed,
    date: Union[str, _dt.date],
    start: Optional[float] = None,
    end: Optional[float] = None,
    routes: Optional[Iterable[str]] = None,
    detour: float = DETOUR,
    min_speed: float = MIN_SPEED_KMH,
    max_speed: float = MAX_SPEED_KMH,
    progress: ProgressCallback = None,
    modes: Optional[Iterable[str]] = None,
) -> BusActivity:
    """Trips, segments, geometry, route and hourly tables of ``date`` in [start, end) seconds (see module);
    ``modes`` (e.g. :data:`BUS_MODES`) keeps the routes of those modes only (None: every route)."""
    _check_window(start, end, (min_speed, max_speed), detour)
    diag, st, first, counts, trips = _window_trips(
        feed, date, start, end, routes, modes, progress, (0.05, 0.25)
    )
    if len(first) == 0:
        dist = _Distances(
            np.zeros(0),
            np.zeros(0, np.int64),
            pd.DataFrame(columns=["geometry_id", "lon", "lat"]),
            np.zeros(0, bool),
        )
    else:
        dist = _distances(feed, st, trips, first, counts, detour, diag)
    trips["dist_km"] = (dist.along_m[first + counts - 1] - dist.along_m[first]) / 1000.0
    st = _interpolate_along(st, dist.along_m, diag)
    report(progress, 0.6)
    diag.trips = len(trips)
    if "template_id" in st.columns:
        diag.frequency_trips = int((st["template_id"].to_numpy()[first] != trips["trip_id"].to_numpy()).sum())
    segs = _segment_frame(st, trips, first, counts, dist, (min_speed, max_speed), diag)
    report(progress, 0.9)
    result = BusActivity(trips, segs, dist.geometry, route_summary(trips), hourly_summary(trips, segs), diag)
    report(progress, 1.0)
    return result


def trip_table(
    feed: GtfsFeed,
    date: Union[str, _dt.date],
    start: Optional[float] = None,
    end: Optional[float] = None,
    routes: Optional[Iterable[str]] = None,
    progress: ProgressCallback = None,
    **options,
) -> pd.DataFrame:
    """One row per trip run of ``date`` in [start, end) (see :func:`bus_activity` for the options)."""
    return bus_activity(feed, date, start, end, routes, progress=progress, **options).trips


def segments(
    feed: GtfsFeed,
    date: Union[str, _dt.date],
    start: Optional[float] = None,
    end: Optional[float] = None,
    routes: Optional[Iterable[str]] = None,
    progress: ProgressCallback = None,
    **options,
) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Stop-to-stop segments and their line vertices (``geometry_id, lon, lat``) of ``date`` in [start, end)."""
    act = bus_activity(feed, date, start, end, routes, progress=progress, **options)
    return act.segments, act.geometry


def segment_lines(geometry: pd.DataFrame) -> Tuple[np.ndarray, np.ndarray]:
    """Geometry ids and, per id, the offsets of its vertices in ``geometry`` (rows ``off[k]:off[k + 1]``)."""
    gid = geometry["geometry_id"].to_numpy()
    starts = np.flatnonzero(np.r_[True, gid[1:] != gid[:-1]]) if len(gid) else np.zeros(0, int)
    return gid[starts], np.r_[starts, len(gid)]


def route_frequency(trips: pd.DataFrame, start: float, end: float) -> pd.DataFrame:
    """Per route and direction: departures in [start, end) and mean headway in minutes (window / departures).

    The definition of gtfstools' ``get_route_frequency`` (mean_headway in minutes).
    """
    if not end > start:
        raise ValueError(f"the time window must end after it starts (start {start} s, end {end} s)")
    dep = trips["departure_s"]
    win = trips.loc[(dep >= start) & (dep < end)]
    out = win.groupby(["route_id", "direction_id"], dropna=False).size().rename("departures").reset_index()
    out["mean_headway_min"] = (end - start) / 60.0 / out["departures"]
    return out
