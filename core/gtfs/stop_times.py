"""stop_times.txt: the times of every trip at its stops, the largest table of a feed (10 million rows for a
São Paulo-size feed), read as integer codes, parsed once per distinct text and interpolated in blocks of
trips so that memory stays bounded.

Rows are skipped and reported (file line and reason) when their stop_sequence is not a number, a time cannot
be read, or their trip or stop is unknown; a repeated (trip, stop_sequence) keeps its first row. Times are
seconds after the service day's midnight (``25:10:00`` is 90,600). A missing arrival takes the departure and
the other way round.

Missing intermediate times are interpolated between the surrounding timed stops, in proportion to
``shape_dist_traveled`` when the whole trip has it (and it never decreases), otherwise to the straight-line
distance between consecutive stops (the convention of conveyal gtfs-lib, which R5/r5r use);
``interpolation="even"`` spaces them evenly by stop count. Trips without a time at their first or last stop,
or with a single stop, are dropped (reported once, at their first line). ``time_given`` records which times
the feed gave (False where interpolated).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from .feed import GtfsDiagnostics
from .files import Archive, codes, numbers, present, seconds, whole_numbers

FILE = "stop_times.txt"
COLUMNS = (
    "trip_id",
    "stop_id",
    "stop_sequence",
    "arrival_time",
    "departure_time",
    "pickup_type",
    "drop_off_type",
    "shape_dist_traveled",
)
R_EARTH_M = 6371008.8
BLOCK = 1_000_000
"""Rows interpolated at a time (cut at trip boundaries)."""


class _Rows:
    """The rows still kept (positions in the file's table), dropping and recording the bad ones."""

    def __init__(self, lines: np.ndarray, diag: GtfsDiagnostics) -> None:
        self.index = np.arange(len(lines), dtype=np.int64)
        self.lines = lines
        self.diag = diag

    def drop(self, bad: np.ndarray, reason: str) -> None:
        """Drop the kept rows flagged ``bad`` (a mask over the kept rows)."""
        if bad.any():
            self.diag.skip(FILE, self.lines[self.index[bad]], reason)
            self.index = self.index[~bad]


@dataclass
class _Ids:
    """An id column as codes and its distinct ids (with the feed's prefix), and where each id is known."""

    code: np.ndarray
    names: np.ndarray
    position: np.ndarray
    """Position of each distinct id in the table it refers to (-1 unknown), then -1 for a missing id."""

    @classmethod
    def of(cls, column: pd.Series, known: pd.Series, prefix: str) -> _Ids:
        code, names = codes(column)
        if prefix:
            names = np.asarray([prefix + c for c in names], dtype=object)
        position = np.append(pd.Index(known).get_indexer(pd.Index(names, dtype=object)), -1)
        return cls(code, np.append(names, "").astype(object), position)

    def known(self, rows: np.ndarray) -> np.ndarray:
        """Position of the id of each row in ``rows`` (-1 when missing or unknown)."""
        return self.position[self.code[rows]]

    def text(self, rows: np.ndarray) -> np.ndarray:
        """The ids of ``rows`` as text (one shared string object per id)."""
        return self.names[self.code[rows]]


def _column(frame: pd.DataFrame, name: str, parse) -> tuple:
    """(values, present) of an optional column (all NaN and absent when the file lacks it)."""
    if name not in frame.columns:
        return np.full(len(frame), np.nan), np.zeros(len(frame), dtype=bool)
    return parse(frame[name]), present(frame[name])


def _flag(frame: pd.DataFrame, name: str) -> np.ndarray:
    """pickup_type / drop_off_type (0 where absent or empty)."""
    if name not in frame.columns:
        return np.zeros(len(frame), dtype=np.int8)
    return whole_numbers(numbers(frame[name]), dtype=np.int8)


@dataclass
class _Raw:
    """stop_times.txt as arrays (the parsed table itself is let go once they are taken)."""

    lines: np.ndarray
    sequence: np.ndarray
    """Floats, NaN where not a number."""
    arrival: np.ndarray
    departure: np.ndarray
    bad_time: np.ndarray
    trip: _Ids
    stop: _Ids
    pickup: np.ndarray
    drop_off: np.ndarray
    sdt: Optional[np.ndarray]

    @classmethod
    def read(cls, archive: Archive, trips: pd.DataFrame, stops: pd.DataFrame, prefix: str) -> _Raw:
        """The file's columns as arrays."""
        frame = archive.table(FILE, COLUMNS, floats=("shape_dist_traveled",))
        arrival, has_arrival = _column(frame, "arrival_time", seconds)
        departure, has_departure = _column(frame, "departure_time", seconds)
        return cls(
            lines=frame["line"].to_numpy(),
            sequence=numbers(frame["stop_sequence"]),
            arrival=arrival,
            departure=departure,
            bad_time=(has_arrival & np.isnan(arrival)) | (has_departure & np.isnan(departure)),
            trip=_Ids.of(frame["trip_id"], trips["trip_id"], prefix),
            stop=_Ids.of(frame["stop_id"], stops["stop_id"], prefix),
            pickup=_flag(frame, "pickup_type"),
            drop_off=_flag(frame, "drop_off_type"),
            sdt=numbers(frame["shape_dist_traveled"]) if "shape_dist_traveled" in frame.columns else None,
        )


def _kept_rows(raw: _Raw, diag: GtfsDiagnostics) -> np.ndarray:
    """The rows kept, sorted by trip id (text order: codes follow the sorted ids) and stop_sequence."""
    rows = _Rows(raw.lines, diag)
    rows.drop(np.isnan(raw.sequence[rows.index]), "invalid stop_sequence")
    raw.sequence = whole_numbers(raw.sequence)
    rows.drop(raw.bad_time[rows.index], "unparsable time")
    raw.bad_time = None
    rows.drop(raw.trip.known(rows.index) < 0, "unknown trip_id")
    rows.drop(raw.stop.known(rows.index) < 0, "unknown stop_id")
    k = rows.index
    rows.index = k[np.lexsort((raw.sequence[k], raw.trip.code[k]))]
    t, s = raw.trip.code[rows.index], raw.sequence[rows.index]
    rows.drop(np.r_[False, (t[1:] == t[:-1]) & (s[1:] == s[:-1])], "duplicate stop_sequence")
    return rows.index


def read_stop_times(
    archive: Archive,
    diag: GtfsDiagnostics,
    trips: pd.DataFrame,
    stops: pd.DataFrame,
    prefix: str = "",
    interpolation: str = "distance",
) -> tuple:
    """(stop_times, trips that have stop times); see the module docstring for what is skipped."""
    raw = _Raw.read(archive, trips, stops, prefix)
    k = _kept_rows(raw, diag)
    arrival, departure = raw.arrival[k], raw.departure[k]
    raw.arrival = raw.departure = None
    times = _Times(raw.trip.code[k], np.where(np.isnan(arrival), departure, arrival), None)
    times.departure = np.where(np.isnan(departure), arrival, departure)
    del arrival, departure
    keep = _drop_untimed_trips(times, raw.lines[k], diag)
    if not keep.all():
        k = k[keep]
        times = _Times(times.trip[keep], times.arrival[keep], times.departure[keep])
    given = ~np.isnan(times.departure)
    if not given.all():
        along = None
        if interpolation == "distance":
            where = raw.stop.known(k)
            lat = stops["stop_lat"].to_numpy(dtype=float)[where]
            lon = stops["stop_lon"].to_numpy(dtype=float)[where]
            along = _along(times.trip, lat, lon)
            del lat, lon, where
        _interpolate(times, given, along, None if raw.sdt is None or along is None else raw.sdt[k])
        diag.interpolated_stop_times += int((~given).sum())
    times.trip = None
    used = np.zeros(len(trips), dtype=bool)
    used[raw.trip.known(k)] = True
    columns = {
        "trip_id": lambda: raw.trip.text(k),
        "stop_id": lambda: raw.stop.text(k),
        "stop_sequence": lambda: raw.sequence[k],
        "pickup_type": lambda: raw.pickup[k],
        "drop_off_type": lambda: raw.drop_off[k],
        "shape_dist_traveled": lambda: np.full(len(k), np.nan) if raw.sdt is None else raw.sdt[k],
        "line": lambda: raw.lines[k],
        "arrival": lambda: times.arrival,
        "departure": lambda: times.departure,
        "time_given": lambda: given,
    }
    return _frame(len(k), columns), trips.loc[used].reset_index(drop=True)


def _frame(n_rows: int, columns: dict) -> pd.DataFrame:
    """A DataFrame built one column at a time, so that only one column is ever held twice in memory."""
    frame = pd.DataFrame(index=pd.RangeIndex(n_rows))
    for name, make in columns.items():
        frame[name] = make()
    return frame


@dataclass
class _Times:
    """Trip code, arrival and departure of the kept rows, sorted by trip and sequence."""

    trip: np.ndarray
    arrival: np.ndarray
    departure: Optional[np.ndarray]


def _trip_bounds(trip: np.ndarray) -> tuple:
    """(first, last) masks: the first and last row of each trip."""
    if len(trip) == 0:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    change = trip[1:] != trip[:-1]
    return np.r_[True, change], np.r_[change, True]


def _drop_untimed_trips(times: _Times, lines: np.ndarray, diag: GtfsDiagnostics) -> np.ndarray:
    """Mask of the rows kept: trips without a time at their first or last stop, or with one stop, go."""
    first, last = _trip_bounds(times.trip)
    trip_number = np.cumsum(first) - 1
    timed = ~np.isnan(times.departure)
    bad_trip = np.zeros(int(first.sum()), dtype=bool)
    bad_trip[trip_number[(first | last) & ~timed]] = True
    bad_trip[trip_number[first & last]] = True
    bad = bad_trip[trip_number]
    diag.skip(FILE, lines[bad & first], "trip without first/last time")
    return ~bad


def _haversine(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in metres."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dl = np.radians(lon2 - lon1)
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * R_EARTH_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _blocks(first: np.ndarray) -> list:
    """(start, end) row ranges of about BLOCK rows, cut where a trip starts."""
    starts = np.flatnonzero(first)
    cuts = np.unique(starts[np.searchsorted(starts, np.arange(0, len(first), BLOCK))])
    bounds = np.r_[cuts, len(first)]
    return list(zip(bounds[:-1], bounds[1:]))


def _along(trip: np.ndarray, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Straight-line distance along each trip from its first stop (one running sum over the table)."""
    first, _ = _trip_bounds(trip)
    cum = np.zeros(len(trip))
    for a, b in _blocks(first):
        lo = max(a - 1, 0)
        cum[lo + 1 : b] = _haversine(lat[lo : b - 1], lon[lo : b - 1], lat[lo + 1 : b], lon[lo + 1 : b])
    cum[first] = 0.0
    np.nan_to_num(cum, copy=False)
    np.cumsum(cum, out=cum)
    for a, b in _blocks(first):
        f = first[a:b]
        cum[a:b] -= np.repeat(cum[a:b][f], np.diff(np.r_[np.flatnonzero(f), b - a]))
    return cum


def _interpolate(times: _Times, given: np.ndarray, along: Optional[np.ndarray], sdt) -> None:
    """Fill the missing times linearly between the timed stops: in distance along the trip (``along``, or
    shape_dist_traveled where the whole trip has it and it never decreases), else in row positions."""
    first, _ = _trip_bounds(times.trip)
    for a, b in _blocks(first):
        f = first[a:b]
        trip_number = np.cumsum(f) - 1
        pos = np.arange(a, b, dtype=float)
        if along is None:
            x = pos
        else:
            x = along[a:b]
            if sdt is not None:
                has_sdt = np.bincount(trip_number, weights=np.isnan(sdt[a:b])) == 0
                x = np.where(has_sdt[trip_number], sdt[a:b], x)
            dx = np.r_[1.0, np.diff(x)]
            dx[f] = 1.0
            flat = np.zeros(int(f.sum()), dtype=bool)
            flat[trip_number[dx < 0]] = True
            x = np.where(flat[trip_number], pos, x)
        _fill(times, given, a, b, x)


def _fill(times: _Times, given: np.ndarray, a: int, b: int, x: np.ndarray) -> None:
    """Interpolate rows a..b (whole trips, first and last stops timed) linearly in ``x``."""
    g = given[a:b]
    idx = np.arange(a, b)
    prev_i = np.maximum.accumulate(np.where(g, idx, a))
    next_i = np.minimum.accumulate(np.where(g, idx, b - 1)[::-1])[::-1]
    xp, xn = x[prev_i - a], x[next_i - a]
    t0 = times.departure[prev_i]
    t1 = times.arrival[next_i]
    span = xn - xp
    frac = np.where(
        span > 0,
        (x - xp) / np.where(span > 0, span, 1.0),
        (idx - prev_i) / np.maximum(next_i - prev_i, 1),
    )
    t = t0 + (t1 - t0) * frac
    missing = ~g
    times.arrival[a:b][missing] = t[missing]
    times.departure[a:b][missing] = t[missing]
