"""Structural validation of a GTFS feed held as text tables, reported in the vocabulary of MobilityData's
gtfs-validator (its notice codes and severities), so a planner can look a problem up in its documentation.

Checks (ERROR unless marked): ``missing_required_file``, ``missing_calendar_and_calendar_date_files``,
``missing_required_column``, ``missing_required_field``, ``duplicate_key``, ``foreign_key_violation``,
``invalid_time``, ``invalid_date``, ``invalid_integer``, ``number_out_of_range``,
``stop_time_with_only_arrival_or_departure_time``, ``missing_trip_edge``,
``stop_time_with_arrival_before_previous_departure_time``, ``route_both_short_and_long_name_missing``,
``start_and_end_range_out_of_order``, ``start_and_end_range_equal``, ``overlapping_frequency``,
``block_trips_with_overlapping_stop_times`` (trips of a block compared within one service_id),
``unusable_trip`` (WARNING, fewer than two stop times), ``unused_trip`` (WARNING, no stop times),
``unused_shape`` (WARNING) and ``fast_travel_between_consecutive_stops`` (WARNING: straight-line speed between
consecutive timed stops above gtfs-validator's threshold for the route type — light rail 100 km/h, subway,
bus, trolleybus and monorail 150, rail 500, ferry 80, cable tram 30, aerial lift and funicular 50, other
types 200; a hop timed to whole minutes gets one more minute, a hop of zero or negative time counts as one
minute, as the validator does).

Each notice counts the rows concerned in one file and keeps a few examples (line numbers are those of the
file as written, the header being line 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from .gtfs_tables import REQUIRED_FILES, GtfsTables, column, numbers, seconds

ERROR, WARNING = "ERROR", "WARNING"
MAX_NOTICE_EXAMPLES = 5

REQUIRED_COLUMNS = {
    "agency.txt": ("agency_name", "agency_url", "agency_timezone"),
    "stops.txt": ("stop_id",),
    "routes.txt": ("route_id", "route_type"),
    "trips.txt": ("route_id", "service_id", "trip_id"),
    "stop_times.txt": ("trip_id", "stop_id", "stop_sequence"),
    "calendar.txt": (
        "service_id",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "start_date",
        "end_date",
    ),
    "calendar_dates.txt": ("service_id", "date", "exception_type"),
    "frequencies.txt": ("trip_id", "start_time", "end_time", "headway_secs"),
    "shapes.txt": ("shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence"),
    "transfers.txt": ("from_stop_id", "to_stop_id"),
}
"""Columns each file must have, and whose cells must not be empty."""

KEYS = {
    "agency.txt": ("agency_id",),
    "stops.txt": ("stop_id",),
    "routes.txt": ("route_id",),
    "trips.txt": ("trip_id",),
    "stop_times.txt": ("trip_id", "stop_sequence"),
    "calendar.txt": ("service_id",),
    "calendar_dates.txt": ("service_id", "date"),
    "frequencies.txt": ("trip_id", "start_time"),
    "shapes.txt": ("shape_id", "shape_pt_sequence"),
}
"""Primary keys (``duplicate_key``)."""

MAX_SPEED_KMH = {
    0: 100.0,
    1: 150.0,
    2: 500.0,
    3: 150.0,
    4: 80.0,
    5: 30.0,
    6: 50.0,
    7: 50.0,
    11: 150.0,
    12: 150.0,
}
"""gtfs-validator's speed thresholds by route type (StopTimeTravelSpeedValidator); other types 200 km/h."""
DEFAULT_MAX_SPEED_KMH = 200.0


@dataclass
class Notice:
    """One kind of problem in one file, named as gtfs-validator names it."""

    code: str
    severity: str
    file: str
    count: int
    examples: List[str] = field(default_factory=list)


class _Notices:
    def __init__(self) -> None:
        self.items: List[Notice] = []

    def add(self, code: str, severity: str, file: str, count: int, examples: Sequence[str]) -> None:
        """A notice of ``count`` rows (nothing when ``count`` is 0)."""
        if count:
            self.items.append(Notice(code, severity, file, int(count), list(examples)[:MAX_NOTICE_EXAMPLES]))

    def rows(
        self, code: str, severity: str, file: str, table: pd.DataFrame, bad: np.ndarray, fields: Sequence[str]
    ) -> None:
        """A notice for the rows of ``table`` flagged ``bad``, each example naming ``fields``."""
        bad = np.asarray(bad, dtype=bool)
        if not bad.any():
            return
        where = np.flatnonzero(bad)[:MAX_NOTICE_EXAMPLES]
        examples = []
        for i in where:
            values = ", ".join(f"{f}={table[f].iat[i]!r}" for f in fields if f in table.columns)
            examples.append(f"line {i + 2}" + (f": {values}" if values else ""))
        self.add(code, severity, file, int(bad.sum()), examples)


def _files(tables: GtfsTables, out: _Notices) -> None:
    for name in REQUIRED_FILES:
        if tables.get(name) is None:
            out.add("missing_required_file", ERROR, name, 1, [name])
    if tables.get("calendar.txt") is None and tables.get("calendar_dates.txt") is None:
        out.add("missing_calendar_and_calendar_date_files", ERROR, "calendar.txt", 1, [])


def _columns(tables: GtfsTables, out: _Notices) -> None:
    for name, cols in REQUIRED_COLUMNS.items():
        table = tables.get(name)
        if table is None:
            continue
        missing = [c for c in cols if c not in table.columns]
        out.add("missing_required_column", ERROR, name, len(missing), missing)
        for col in cols:
            if col in table.columns:
                out.rows("missing_required_field", ERROR, name, table, (table[col] == "").to_numpy(), [col])
    stops = tables.get("stops.txt")
    if stops is not None:
        located = numbers(column(stops, "location_type")).copy()
        located[np.isnan(located)] = 0
        needs = located <= 2
        for col in ("stop_lat", "stop_lon"):
            bad = needs & (column(stops, col) == "").to_numpy()
            out.rows("missing_required_field", ERROR, "stops.txt", stops, bad, ["stop_id", col])


def _keys(tables: GtfsTables, out: _Notices) -> None:
    for name, key in KEYS.items():
        table = tables.get(name)
        if table is None or not all(k in table.columns for k in key):
            continue
        if name == "agency.txt" and len(table) == 1:
            continue
        codes = [pd.factorize(table[k].to_numpy())[0].astype(np.int64) for k in key]
        combined = codes[0]
        for c in codes[1:]:
            combined = combined * (int(c.max(initial=0)) + 1) + c
        nonblank = np.logical_and.reduce([(table[k] != "").to_numpy() for k in key])
        dup = pd.Series(combined).duplicated(keep="first").to_numpy() & nonblank
        out.rows("duplicate_key", ERROR, name, table, dup, list(key))


def _fk(out: _Notices, tables: GtfsTables, file: str, col: str, parents: pd.Index) -> None:
    """``foreign_key_violation`` for non-empty values of ``file.col`` not among ``parents`` (an empty
    required value is ``missing_required_field``)."""
    table = tables.get(file)
    if table is None or col not in table.columns:
        return
    values = table[col]
    bad = ~values.isin(parents).to_numpy() & (values != "").to_numpy()
    out.rows("foreign_key_violation", ERROR, file, table, bad, [col])


def _ids(tables: GtfsTables, file: str, col: str) -> pd.Index:
    return pd.Index(column(tables.get(file), col).unique())


def _foreign_keys(tables: GtfsTables, out: _Notices) -> None:
    stops = _ids(tables, "stops.txt", "stop_id")
    routes = _ids(tables, "routes.txt", "route_id")
    trips = _ids(tables, "trips.txt", "trip_id")
    services = _ids(tables, "calendar.txt", "service_id").union(
        _ids(tables, "calendar_dates.txt", "service_id")
    )
    agency = tables.get("agency.txt")
    if agency is not None and "agency_id" in agency.columns:
        _fk(out, tables, "routes.txt", "agency_id", _ids(tables, "agency.txt", "agency_id"))
    _fk(out, tables, "trips.txt", "route_id", routes)
    _fk(out, tables, "trips.txt", "service_id", services)
    _fk(out, tables, "trips.txt", "shape_id", _ids(tables, "shapes.txt", "shape_id"))
    _fk(out, tables, "stop_times.txt", "trip_id", trips)
    _fk(out, tables, "stop_times.txt", "stop_id", stops)
    _fk(out, tables, "frequencies.txt", "trip_id", trips)
    _fk(out, tables, "stops.txt", "parent_station", stops)
    for side in ("from", "to"):
        _fk(out, tables, "transfers.txt", f"{side}_stop_id", stops)
        _fk(out, tables, "transfers.txt", f"{side}_route_id", routes)
        _fk(out, tables, "transfers.txt", f"{side}_trip_id", trips)
    _fk(out, tables, "fare_rules.txt", "route_id", routes)
    _fk(out, tables, "attributions.txt", "route_id", routes)
    _fk(out, tables, "attributions.txt", "trip_id", trips)


def _times(out: _Notices, file: str, table: pd.DataFrame, col: str) -> np.ndarray:
    """A time column in seconds (NaN when blank); unreadable values are ``invalid_time``."""
    text = column(table, col)
    values = seconds(text)
    out.rows("invalid_time", ERROR, file, table, np.isnan(values) & (text != "").to_numpy(), [col])
    return values


@dataclass
class _StopTimes:
    """stop_times.txt sorted by trip and sequence, with times in seconds."""

    order: np.ndarray
    trip: np.ndarray
    arrival: np.ndarray
    departure: np.ndarray
    first: np.ndarray
    last: np.ndarray


def _sorted_stop_times(tables: GtfsTables, out: _Notices) -> Optional[_StopTimes]:
    st = tables.get("stop_times.txt")
    if st is None or not {"trip_id", "stop_sequence"} <= set(st.columns):
        return None
    arrival = _times(out, "stop_times.txt", st, "arrival_time")
    departure = _times(out, "stop_times.txt", st, "departure_time")
    seq = numbers(st["stop_sequence"])
    out.rows(
        "invalid_integer",
        ERROR,
        "stop_times.txt",
        st,
        np.isnan(seq) & (st["stop_sequence"] != ""),
        ["stop_sequence"],
    )
    trip = st["trip_id"].to_numpy()
    order = np.lexsort((seq, pd.factorize(trip)[0]))
    trip = trip[order]
    first = np.r_[True, trip[1:] != trip[:-1]] if len(trip) else np.zeros(0, bool)
    last = np.r_[trip[1:] != trip[:-1], True] if len(trip) else np.zeros(0, bool)
    return _StopTimes(order, trip, arrival[order], departure[order], first, last)


def _stop_time_order(tables: GtfsTables, s: _StopTimes, out: _Notices) -> None:
    st = tables.get("stop_times.txt")
    fields = ["trip_id", "stop_sequence"]
    has_arr, has_dep = ~np.isnan(s.arrival), ~np.isnan(s.departure)
    only_one = np.zeros(len(st), bool)
    only_one[s.order] = has_arr != has_dep
    out.rows("stop_time_with_only_arrival_or_departure_time", ERROR, "stop_times.txt", st, only_one, fields)
    edge = np.zeros(len(st), bool)
    edge[s.order] = (s.first | s.last) & ~(has_arr & has_dep)
    out.rows("missing_trip_edge", ERROR, "stop_times.txt", st, edge, fields)
    timed = has_arr | has_dep
    arr = np.where(has_arr, s.arrival, s.departure)
    dep = np.where(has_dep, s.departure, s.arrival)
    idx = np.where(timed, np.arange(len(arr)), -1)
    last_timed = np.maximum.accumulate(idx) if len(idx) else idx
    prev = np.r_[-1, last_timed[:-1]] if len(idx) else idx
    trip_start = np.maximum.accumulate(np.where(s.first, np.arange(len(arr)), 0)) if len(idx) else idx
    valid_prev = (prev >= trip_start) & timed
    back = np.zeros(len(arr), bool)
    back[valid_prev] = arr[valid_prev] < dep[prev[valid_prev]]
    bad = np.zeros(len(st), bool)
    bad[s.order] = back
    out.rows(
        "stop_time_with_arrival_before_previous_departure_time", ERROR, "stop_times.txt", st, bad, fields
    )


def _trip_usage(tables: GtfsTables, s: Optional[_StopTimes], out: _Notices) -> None:
    trips = tables.get("trips.txt")
    if trips is None or "trip_id" not in trips.columns:
        return
    counts = pd.Series(s.trip).value_counts() if s is not None else pd.Series(dtype=int)
    n = counts.reindex(trips["trip_id"]).fillna(0).to_numpy()
    out.rows("unused_trip", WARNING, "trips.txt", trips, n == 0, ["trip_id"])
    out.rows("unusable_trip", WARNING, "trips.txt", trips, n == 1, ["trip_id"])
    shapes = tables.get("shapes.txt")
    if shapes is not None and "shape_id" in shapes.columns:
        used = pd.Index(column(trips, "shape_id").unique())
        first = ~shapes["shape_id"].duplicated().to_numpy()
        out.rows(
            "unused_shape",
            WARNING,
            "shapes.txt",
            shapes,
            first & ~shapes["shape_id"].isin(used).to_numpy(),
            ["shape_id"],
        )


def _haversine_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _fast_travel(tables: GtfsTables, s: _StopTimes, out: _Notices) -> None:
    st, stops, trips, routes = (
        tables.get(f) for f in ("stop_times.txt", "stops.txt", "trips.txt", "routes.txt")
    )
    if stops is None or trips is None or routes is None or "stop_id" not in st.columns:
        return
    xy = stops.drop_duplicates("stop_id").set_index("stop_id")
    lat = numbers(column(xy, "stop_lat"))
    lon = numbers(column(xy, "stop_lon"))
    where = xy.index.get_indexer(st["stop_id"].to_numpy()[s.order])
    ok = where >= 0
    slat = np.where(ok, lat[where], np.nan)
    slon = np.where(ok, lon[where], np.nan)
    has_dep, has_arr = ~np.isnan(s.departure), ~np.isnan(s.arrival)
    # Each stop with an arrival against the trip's last stop before it with a departure (stops without
    # times are skipped, as gtfs-validator does).
    n = len(s.trip)
    last_dep = np.maximum.accumulate(np.where(has_dep, np.arange(n), -1)) if n else np.zeros(0, int)
    prev = np.r_[-1, last_dep[:-1]] if n else last_dep
    trip_start = np.maximum.accumulate(np.where(s.first, np.arange(n), 0)) if n else last_dep
    nxt = np.flatnonzero(has_arr & (prev >= trip_start) & ~s.first)
    rows = prev[nxt]
    if not len(rows):
        return
    dist = _haversine_km(slat[rows], slon[rows], slat[nxt], slon[nxt])
    dt = s.arrival[nxt] - s.departure[rows]
    minute = (np.mod(s.arrival[nxt], 60) == 0) & (np.mod(s.departure[rows], 60) == 0)
    dt = np.where(dt <= 0, 60.0, dt + np.where(minute, 60.0, 0.0))
    speed = dist * 3600.0 / dt
    route_of = trips.drop_duplicates("trip_id").set_index("trip_id")["route_id"]
    rtype = (
        pd.Series(numbers(column(routes, "route_type")), index=column(routes, "route_id"))
        .groupby(level=0)
        .first()
    )
    types = rtype.reindex(route_of.reindex(s.trip[rows]).to_numpy()).to_numpy()
    limit = pd.Series(types).map(MAX_SPEED_KMH).fillna(DEFAULT_MAX_SPEED_KMH).to_numpy()
    fast = np.isfinite(speed) & (speed > limit)
    bad = np.zeros(len(st), bool)
    bad[s.order[nxt[fast]]] = True
    out.rows(
        "fast_travel_between_consecutive_stops",
        WARNING,
        "stop_times.txt",
        st,
        bad,
        ["trip_id", "stop_sequence"],
    )


def _blocks(tables: GtfsTables, s: _StopTimes, out: _Notices) -> None:
    trips = tables.get("trips.txt")
    if trips is None or "block_id" not in trips.columns:
        return
    fr = tables.get("frequencies.txt")
    freq_trips = set(column(fr, "trip_id")) if fr is not None else set()
    arr = np.where(np.isnan(s.arrival), s.departure, s.arrival)
    dep = np.where(np.isnan(s.departure), s.arrival, s.departure)
    span = (
        pd.DataFrame({"trip_id": s.trip, "start": dep, "end": arr})
        .groupby("trip_id")
        .agg(start=("start", "min"), end=("end", "max"))
    )
    t = trips.loc[
        (trips["block_id"] != "") & ~trips["trip_id"].isin(freq_trips), ["trip_id", "block_id", "service_id"]
    ]
    t = t.join(span, on="trip_id").dropna(subset=["start", "end"])
    if len(t) < 2:
        return
    t = t.sort_values(["block_id", "service_id", "start"], kind="mergesort")
    group = (t["block_id"] + "\x00" + t["service_id"]).to_numpy()
    new = np.r_[True, group[1:] != group[:-1]]
    # Running maximum of the previous trips' ends, restarted at each block: offset each group far apart.
    gid = np.cumsum(new)
    big = 10.0 * max(float(np.nanmax(np.abs(t["end"].to_numpy()))), 1.0)
    running = np.maximum.accumulate(t["end"].to_numpy() + gid * big) - gid * big
    prev_end = np.r_[np.nan, running[:-1]]
    overlap = ~new & (t["start"].to_numpy() < prev_end)
    bad = np.zeros(len(trips), bool)
    bad[trips.index.get_indexer(t.index[overlap])] = True
    out.rows(
        "block_trips_with_overlapping_stop_times", ERROR, "trips.txt", trips, bad, ["trip_id", "block_id"]
    )


def _routes(tables: GtfsTables, out: _Notices) -> None:
    routes = tables.get("routes.txt")
    if routes is None:
        return
    both = (column(routes, "route_short_name") == "") & (column(routes, "route_long_name") == "")
    out.rows(
        "route_both_short_and_long_name_missing", ERROR, "routes.txt", routes, both.to_numpy(), ["route_id"]
    )
    rtype = column(routes, "route_type")
    value = numbers(rtype)
    bad = (rtype != "").to_numpy() & ~(np.isfinite(value) & (np.mod(value, 1) == 0))
    out.rows("invalid_integer", ERROR, "routes.txt", routes, bad, ["route_id", "route_type"])


def _frequencies(tables: GtfsTables, out: _Notices) -> None:
    fr = tables.get("frequencies.txt")
    if fr is None or not len(fr):
        return
    start = _times(out, "frequencies.txt", fr, "start_time")
    end = _times(out, "frequencies.txt", fr, "end_time")
    fields = ["trip_id", "start_time", "end_time"]
    out.rows("start_and_end_range_out_of_order", ERROR, "frequencies.txt", fr, start > end, fields)
    out.rows("start_and_end_range_equal", ERROR, "frequencies.txt", fr, start == end, fields)
    headway = numbers(column(fr, "headway_secs"))
    out.rows(
        "number_out_of_range",
        ERROR,
        "frequencies.txt",
        fr,
        ~(headway > 0) & (column(fr, "headway_secs") != "").to_numpy(),
        ["trip_id", "headway_secs"],
    )
    trip = column(fr, "trip_id").to_numpy()
    order = np.lexsort((start, pd.factorize(trip)[0]))
    same = np.r_[False, trip[order][1:] == trip[order][:-1]]
    prev_end = np.r_[np.nan, end[order][:-1]]
    overlap = np.zeros(len(fr), bool)
    overlap[order] = same & (start[order] < prev_end)
    out.rows("overlapping_frequency", ERROR, "frequencies.txt", fr, overlap, fields)


def _calendar(tables: GtfsTables, out: _Notices) -> None:
    for name, cols in (("calendar.txt", ("start_date", "end_date")), ("calendar_dates.txt", ("date",))):
        table = tables.get(name)
        if table is None:
            continue
        dates = {}
        for col in cols:
            text = column(table, col)
            dates[col] = pd.to_datetime(text, format="%Y%m%d", errors="coerce")
            out.rows("invalid_date", ERROR, name, table, (dates[col].isna() & (text != "")).to_numpy(), [col])
        if name == "calendar.txt":
            backwards = (dates["start_date"] > dates["end_date"]).to_numpy()
            out.rows("start_and_end_range_out_of_order", ERROR, name, table, backwards, ["service_id", *cols])


def validate_tables(tables: GtfsTables) -> List[Notice]:
    """Structural notices of a feed (gtfs-validator codes and severities), errors first."""
    out = _Notices()
    _files(tables, out)
    _columns(tables, out)
    _keys(tables, out)
    _foreign_keys(tables, out)
    _routes(tables, out)
    _frequencies(tables, out)
    _calendar(tables, out)
    s = _sorted_stop_times(tables, out)
    if s is not None:
        _stop_time_order(tables, s, out)
        _fast_travel(tables, s, out)
        _blocks(tables, s, out)
    _trip_usage(tables, s, out)
    rank = {ERROR: 0, WARNING: 1}
    return sorted(out.items, key=lambda n: (rank.get(n.severity, 2), n.code, n.file))


def new_notices(before: Sequence[Notice], after: Sequence[Notice]) -> List[Notice]:
    """Notices of ``after`` that ``before`` did not have, or had fewer of (same code and file)."""
    seen: Dict[tuple, int] = {(n.code, n.file): n.count for n in before}
    return [n for n in after if n.count > seen.get((n.code, n.file), 0)]
