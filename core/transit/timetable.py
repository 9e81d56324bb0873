"""The timetable of one service date in a time range, as arrays ready for routing: trips grouped into
patterns (same stops, same pickup and drop-off rules) split so that no trip overtakes another, with sorted
search keys of every departure by pattern position and by stop.

Frequency-based trips are expanded into concrete departures (see :mod:`conecta.core.gtfs.schedule`), not the
Monte Carlo draws R5 uses, so results are deterministic.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import List, Optional, Union

import numpy as np
import pandas as pd

from ..gtfs import GtfsFeed, ServiceDay, service_stop_times
from ..progress import ProgressCallback, report

INF = np.int32(2**30)
"""Label of an unreached stop (seconds)."""
_OFF = 86400 * 2
"""Offset making times non-negative in search keys (previous-day trips have negative times)."""
_BIG = 1 << 22
"""Search-key stride between pattern columns (> any time + offset)."""
_NO_BOARD = 3_000_000
"""Departure time used where pickup is not allowed (never catchable)."""
_CAP = _BIG - _OFF - 1
"""Labels are clamped to this before searching."""


@dataclass
class Timetable:
    """Trip patterns of one service date in a time range, in arrays ready for routing."""

    stop_ids: np.ndarray
    """Stop ids in routing order (index = stop number)."""
    pattern_length: np.ndarray
    """Stops per pattern."""
    pattern_trips: np.ndarray
    """Trips per pattern."""
    pattern_col0: np.ndarray
    """First column (pattern position) of each pattern."""
    pattern_time0: np.ndarray
    """Offset of each pattern's (trips × stops) block in ``arrival``/``departure``."""
    col_stop: np.ndarray
    """Stop of each column."""
    col_pattern: np.ndarray
    col_pos: np.ndarray
    col_key0: np.ndarray
    """Offset of each column's departures in ``col_keys``."""
    col_keys: np.ndarray
    """Sorted search keys: column × _BIG + departure + _OFF."""
    arrival: np.ndarray
    """Arrival times (int32 s), pattern blocks row-major (trip, position); INF where drop-off is forbidden."""
    departure: np.ndarray
    stop_col_ptr: np.ndarray
    """CSR from stop to the columns where a trip can be boarded (not the last position)."""
    stop_col_idx: np.ndarray
    stop_keys: np.ndarray
    """Sorted search keys of every boardable departure by stop: stop × _BIG + departure + _OFF."""
    stop_key_end: np.ndarray
    """End offset of each stop's departures in ``stop_keys``."""
    pattern_trip_ids: List[np.ndarray]
    """Trip ids of each pattern in trip order."""
    service: Optional[ServiceDay] = None
    n_trips: int = 0
    transfer_ptr: Optional[np.ndarray] = None
    """CSR of walking transfers between stops (self-transfers included) with times in seconds."""
    transfer_idx: Optional[np.ndarray] = None
    transfer_sec: Optional[np.ndarray] = None
    pattern_route_ids: Optional[np.ndarray] = None
    """Route of each pattern, when the timetable was built with ``by_route`` (one route per pattern)."""

    @property
    def n_stops(self) -> int:
        """Number of stops."""
        return len(self.stop_ids)

    @property
    def n_patterns(self) -> int:
        """Number of trip patterns."""
        return len(self.pattern_length)

    def departures_between(self, start: float, end: float) -> int:
        """Number of boardable departures with start <= time < end (any stop)."""
        d = self.departure
        return int(np.count_nonzero((d >= start) & (d < end)))


def _split_fifo(dep: np.ndarray, arr: np.ndarray) -> List[np.ndarray]:
    """Partition the trips of one stop sequence into groups in which no trip overtakes another."""
    order = np.lexsort((arr[:, -1], dep[:, 0]))
    groups: List[List[int]] = []
    lasts: List[int] = []
    for t in order:
        for g, last in enumerate(lasts):
            if np.all(dep[t] >= dep[last]) and np.all(arr[t] >= arr[last]):
                groups[g].append(t)
                lasts[g] = t
                break
        else:
            groups.append([t])
            lasts.append(t)
    return [np.asarray(g) for g in groups]


def build_timetable(
    feed: GtfsFeed,
    date: Union[str, _dt.date],
    start_time: float = 0.0,
    end_time: float = 48 * 3600.0,
    progress: ProgressCallback = None,
    by_route: bool = False,
) -> Timetable:
    """Patterns of the trips running on ``date`` that are in service between ``start_time`` and ``end_time``.

    Frequencies are expanded, several feeds may be merged beforehand, previous-day trips past midnight are
    included. Use ``start_time`` = first departure minute and ``end_time`` = last minute + max duration.
    ``by_route``: trips of different routes are never in one pattern (as R5's patterns; fares need it).
    """
    st, day = service_stop_times(feed, date)
    report(progress, 0.3)
    stop_ids = feed.stops["stop_id"].to_numpy()
    stop_index = pd.Series(np.arange(len(stop_ids)), index=stop_ids)
    if len(st):
        span = st.groupby("trip_id", sort=False).agg(first=("departure", "min"), last=("arrival", "max"))
        keep = span.index[(span["last"] >= start_time) & (span["first"] <= end_time)]
        st = st.loc[st["trip_id"].isin(keep)]
    st = st.sort_values(["trip_id", "stop_sequence"], kind="mergesort")
    trip = st["trip_id"].to_numpy()
    stop = stop_index.reindex(st["stop_id"]).to_numpy().astype(np.int64)
    arr = np.rint(st["arrival"].to_numpy()).astype(np.int64)
    dep = np.rint(st["departure"].to_numpy()).astype(np.int64)
    pick = st["pickup_type"].to_numpy() == 1
    drop = st["drop_off_type"].to_numpy() == 1
    route = st["route_id"].to_numpy(dtype=object) if by_route else None
    cuts = np.flatnonzero(np.r_[True, trip[1:] != trip[:-1]]) if len(trip) else np.zeros(0, int)
    bounds = np.r_[cuts, len(trip)]
    groups: dict = {}
    for a, b in zip(bounds[:-1], bounds[1:]):
        if b - a < 2:
            continue
        key = (stop[a:b].tobytes() + pick[a:b].tobytes() + drop[a:b].tobytes(), route[a] if by_route else "")
        groups.setdefault(key, []).append(a)
    report(progress, 0.6)
    lengths, ntrips, col0, time0 = [], [], [], []
    col_stop, col_pattern, col_pos, keys, key0 = [], [], [], [], []
    arr_blocks, dep_blocks, trip_lists, pattern_routes = [], [], [], []
    n_col = 0
    n_time = 0
    n_key = 0
    for starts in groups.values():
        a0 = starts[0]
        length = int(bounds[np.searchsorted(bounds, a0) + 1] - a0)
        idx = np.asarray(starts)[:, None] + np.arange(length)[None, :]
        d = dep[idx]
        r = arr[idx]
        for sub in _split_fifo(d, r):
            p = len(lengths)
            ds = d[sub].copy()
            rs = r[sub].copy()
            ds[:, pick[a0 : a0 + length]] = _NO_BOARD
            rs[:, drop[a0 : a0 + length]] = INF
            lengths.append(length)
            ntrips.append(len(sub))
            col0.append(n_col)
            time0.append(n_time)
            col_stop.append(stop[a0 : a0 + length])
            col_pattern.append(np.full(length, p))
            col_pos.append(np.arange(length))
            cols = n_col + np.arange(length)
            keys.append((cols[:, None] * _BIG + ds.T + _OFF).ravel())
            key0.append(n_key + np.arange(length) * len(sub))
            arr_blocks.append(rs.ravel())
            dep_blocks.append(ds.ravel())
            trip_lists.append(trip[np.asarray(starts)[sub]])
            if by_route:
                pattern_routes.append(route[a0])
            n_col += length
            n_time += length * len(sub)
            n_key += length * len(sub)
    report(progress, 0.9)

    def cat(parts: list, dtype: type) -> np.ndarray:
        return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)

    col_stop_a = cat(col_stop, np.int64)
    col_pos_a = cat(col_pos, np.int64)
    lengths_a = np.asarray(lengths, dtype=np.int64)
    col_pattern_a = cat(col_pattern, np.int64)
    boardable = col_pos_a < lengths_a[col_pattern_a] - 1 if len(col_pos_a) else np.zeros(0, bool)
    board_cols = np.flatnonzero(boardable)
    order = np.argsort(col_stop_a[board_cols], kind="stable")
    stop_col_idx = board_cols[order]
    counts = np.bincount(col_stop_a[board_cols], minlength=len(stop_ids))
    stop_col_ptr = np.r_[0, np.cumsum(counts)]
    keys_a = cat(keys, np.int64)
    key_col = (
        np.repeat(np.arange(len(col_stop_a)), np.diff(np.r_[cat(key0, np.int64), len(keys_a)]))
        if len(keys_a)
        else np.zeros(0, np.int64)
    )
    board_key = boardable[key_col] if len(keys_a) else np.zeros(0, bool)
    key_stop = col_stop_a[key_col[board_key]]
    stop_keys = np.sort(key_stop * _BIG + (keys_a[board_key] - key_col[board_key] * _BIG))
    stop_key_end = np.cumsum(np.bincount(key_stop, minlength=len(stop_ids))).astype(np.int64)
    return Timetable(
        stop_ids=stop_ids,
        pattern_length=lengths_a,
        pattern_trips=np.asarray(ntrips, dtype=np.int64),
        pattern_col0=np.asarray(col0, dtype=np.int64),
        pattern_time0=np.asarray(time0, dtype=np.int64),
        col_stop=col_stop_a,
        col_pattern=col_pattern_a,
        col_pos=col_pos_a,
        col_key0=cat(key0, np.int64),
        col_keys=keys_a,
        arrival=np.minimum(cat(arr_blocks, np.int64), INF).astype(np.int32),
        departure=cat(dep_blocks, np.int64).astype(np.int32),
        stop_col_ptr=stop_col_ptr.astype(np.int64),
        stop_col_idx=stop_col_idx.astype(np.int64),
        stop_keys=stop_keys,
        stop_key_end=stop_key_end,
        pattern_trip_ids=trip_lists,
        service=day,
        n_trips=int(sum(ntrips)),
        pattern_route_ids=np.asarray(pattern_routes, dtype=object) if by_route else None,
    )
