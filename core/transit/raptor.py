"""Public-transport travel times from a timetable: a vectorised range-RAPTOR router (numpy/scipy only).

Method: round-based RAPTOR (Delling, Pajor & Werneck 2012) run as rRAPTOR over a departure window: the
departure minutes are processed latest first and the per-round labels of one minute are the starting upper
bounds of the next (earlier) one, so each minute only explores what became newly catchable. All origins of
a chunk are routed together: labels are (rounds × origins × stops) arrays and one round scans, for every
(origin, stop) label improved in the previous round, the trip patterns through that stop at once
(``searchsorted`` on per-pattern departure columns, a segmented running minimum along the pattern, then a
gather of arrival times). A (origin, stop) label only triggers a scan when it makes an earlier trip
catchable than its previous value did, which is what makes the range query cheap.

Conventions (those of R5 / r5r ``travel_time_matrix`` with ``time_window`` and ``percentiles``):

- departure minutes ``t0, t0 + 1 min, …, t0 + (window − 1) min``; the travel time for a minute is arrival at
  the destination minus that minute, so it includes the wait at the origin;
- a trip ``min(transit, walk only)`` per minute; times above ``max_trip_duration`` are unreachable and count
  as infinite in the percentile;
- percentile p over the n minutes: the sorted value at index ``ceil(p / 100 · n) − 1`` (no interpolation,
  R5's ``TravelTimeReducer``), truncated to whole minutes;
- pairs are returned when their lowest requested percentile is reachable; a higher percentile that is not
  reachable is NaN (r5r gives NA);
- a trip is boarded only when it departs more than ``board_slack`` seconds (R5: 60 s) after the arrival at
  the stop, also at the first boarding: departure > arrival + 60 s, as R5's ``FastRaptorWorker`` (a bus
  leaving exactly 60 s after the arrival is missed);
- walking legs: access (origin → stop), egress (stop → destination, only after a ride), transfers (stop →
  stop after a ride, one per ride; ``transfers.txt`` type 2 sets the time, type 3 forbids), each limited by
  the caller's tables;
- ``max_transfers`` transfers means at most ``max_transfers + 1`` rides (r5r ``max_rides``).
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..progress import ProgressCallback, report
from .timetable import _BIG, _CAP, _OFF, INF, Timetable
from .transfers import set_transfers


@dataclass
class TravelTimeResult:
    """A long travel-time matrix summarised by percentiles, with diagnostics."""

    from_idx: np.ndarray
    to_idx: np.ndarray
    percentiles: Tuple[int, ...]
    travel_time: np.ndarray
    """(n_pairs, n_percentiles) minutes (float, NaN where that percentile is unreachable)."""
    departures_in_window: int = 0
    """Boardable departures (any stop) in the departure window: 0 means no service in the window."""
    origins_without_stop: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))
    """Origins with no stop within the access walk limit (walk-only results)."""
    destinations_without_stop: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))
    origin_departures: int = 0
    """Origins × departure minutes computed."""

    def to_frame(
        self, origin_ids: Optional[Sequence] = None, destination_ids: Optional[Sequence] = None
    ) -> pd.DataFrame:
        """Long table ``from_id, to_id, travel_time_p<k>…`` (ids from the given sequences, else indices)."""
        f = self.from_idx if origin_ids is None else np.asarray(origin_ids)[self.from_idx]
        t = self.to_idx if destination_ids is None else np.asarray(destination_ids)[self.to_idx]
        out = pd.DataFrame({"from_id": f, "to_id": t})
        for k, p in enumerate(self.percentiles):
            out[f"travel_time_p{p}"] = self.travel_time[:, k]
        return out


def _csr_arrays(mat, shape: Tuple[int, int]) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(indptr, indices, seconds) of a sparse matrix of walking seconds, explicit zeros kept, min of duplicates."""
    coo = mat.tocoo()
    if coo.shape != shape:
        raise ValueError(f"walking table has shape {coo.shape}, expected {shape}")
    r = np.asarray(coo.row, dtype=np.int64)
    c = np.asarray(coo.col, dtype=np.int64)
    v = np.rint(np.asarray(coo.data, dtype=float)).astype(np.int64)
    order = np.lexsort((v, c, r))
    r, c, v = r[order], c[order], v[order]
    first = np.r_[True, (r[1:] != r[:-1]) | (c[1:] != c[:-1])] if len(r) else np.zeros(0, bool)
    r, c, v = r[first], c[first], v[first]
    ptr = np.r_[0, np.cumsum(np.bincount(r, minlength=shape[0]))]
    return ptr.astype(np.int64), c, v


def _expand_csr(ptr: np.ndarray, rows: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """For each entry of ``rows``, the positions ptr[row]..ptr[row+1]: (entry index, position)."""
    counts = ptr[rows + 1] - ptr[rows]
    total = int(counts.sum())
    entry = np.repeat(np.arange(len(rows)), counts)
    starts = np.repeat(ptr[rows] - np.r_[0, np.cumsum(counts)[:-1]], counts)
    return entry, starts + np.arange(total)


def _improve(
    flat: np.ndarray, idx: np.ndarray, val: np.ndarray, stamp: np.ndarray
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Scatter-min ``val`` into ``flat[idx]``; return the improved (index, old value, new value), unique.

    ``stamp`` is a scratch int array as long as ``flat`` used to pick one entry per index.
    """
    old = flat[idx]
    better = val < old
    idx = idx[better]
    val = val[better]
    old = old[better]
    np.minimum.at(flat, idx, val)
    order = np.arange(idx.size)
    stamp[idx] = order
    first = stamp[idx] == order
    idx = idx[first]
    return idx, old[first], flat[idx]


def _first_after(keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Position of the first search key strictly greater than each value: a trip is boarded only when it
    departs after the arrival plus the slack (R5: departure > arrival + 60 s)."""
    return np.searchsorted(keys, values, side="right")


def _scan_patterns(
    tt: Timetable,
    rows: np.ndarray,
    stops: np.ndarray,
    new: np.ndarray,
    old: np.ndarray,
    slack: int,
    limit: int,
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vehicle arrivals (row, stop, time) from boarding at improved labels; only newly catchable trips."""
    # Keep the labels after which some departure of the stop became catchable (and leaves before the limit).
    sbase = stops * _BIG + _OFF
    lab_new = np.minimum(new.astype(np.int64) + slack, _CAP)
    i_new = _first_after(tt.stop_keys, sbase + lab_new)
    useful = i_new < tt.stop_key_end[stops]
    useful[useful] = tt.stop_keys[i_new[useful]] - sbase[useful] <= limit
    finite = useful & (old < INF)
    i_old = _first_after(tt.stop_keys, sbase[finite] + np.minimum(old[finite].astype(np.int64) + slack, _CAP))
    useful[finite] = i_new[finite] < i_old
    rows, stops, new, old = rows[useful], stops[useful], new[useful], old[useful]
    entry, pos = _expand_csr(tt.stop_col_ptr, stops)
    if entry.size == 0:
        return (np.zeros(0, np.int64),) * 2 + (np.zeros(0, np.int32),)
    cols = tt.stop_col_idx[pos]
    r = rows[entry]
    base = cols * _BIG + _OFF
    key0 = tt.col_key0[cols]
    e_new = _first_after(tt.col_keys, base + np.minimum(new[entry].astype(np.int64) + slack, _CAP)) - key0
    keep = e_new < tt.pattern_trips[tt.col_pattern[cols]]
    finite = keep & (old[entry] < INF)
    e_old = _first_after(
        tt.col_keys, base[finite] + np.minimum(old[entry][finite].astype(np.int64) + slack, _CAP)
    )
    keep[finite] = e_new[finite] < e_old - key0[finite]
    # A trip leaving after the limit cannot reach anything in time.
    keep[keep] = tt.col_keys[key0[keep] + e_new[keep]] - base[keep] <= limit
    if not keep.any():
        return (np.zeros(0, np.int64),) * 2 + (np.zeros(0, np.int32),)
    cols, r, trip = cols[keep], r[keep], e_new[keep]
    n_cols = len(tt.col_stop)
    order = np.argsort(r * n_cols + cols, kind="stable")
    cols, r, trip = cols[order], r[order], trip[order]
    pat = tt.col_pattern[cols]
    grp = r * tt.n_patterns + pat
    new_grp = np.r_[True, grp[1:] != grp[:-1]]
    gid = np.cumsum(new_grp)
    big = int(tt.pattern_trips.max()) + 1
    trip = np.minimum.accumulate(trip - gid * big) + gid * big
    length = tt.pattern_length[pat]
    p_pos = tt.col_pos[cols]
    nxt = np.r_[p_pos[1:], 0]
    end = np.where(np.r_[new_grp[1:], True], length - 1, nxt)
    count = end - p_pos
    ent = np.repeat(np.arange(len(cols)), count)
    step = np.arange(int(count.sum())) - np.repeat(np.r_[0, np.cumsum(count)[:-1]], count) + 1
    q = p_pos[ent] + step
    pe = pat[ent]
    times = tt.arrival[tt.pattern_time0[pe] + trip[ent] * tt.pattern_length[pe] + q]
    out_stop = tt.col_stop[tt.pattern_col0[pe] + q]
    ok = times <= limit
    return r[ent][ok], out_stop[ok], times[ok]


def transit_travel_times(
    timetable: Timetable,
    access,
    egress,
    departure_time: float,
    time_window: int = 60,
    percentiles: Sequence[int] = (50,),
    max_trip_duration: float = 120,
    max_transfers: int = 4,
    walk=None,
    board_slack: int = 60,
    max_walk_time: Optional[float] = None,
    chunk_size: int = 256,
    n_threads: int = 1,
    progress: ProgressCallback = None,
) -> TravelTimeResult:
    """Travel times (minutes) from origins to destinations, summarised by percentiles over a departure window.

    ``access``: sparse (n_origins × n_stops) walking seconds; ``egress``: sparse (n_stops × n_destinations);
    ``walk``: optional sparse (n_origins × n_destinations) walk-only seconds. ``departure_time`` in seconds
    after midnight of the timetable's date, ``time_window`` departure minutes (1 = one departure),
    ``max_trip_duration`` and ``max_walk_time`` (per access, egress or walk-only leg; None = as given) in
    minutes; transfers are limited in :func:`set_transfers`. Origins are routed in chunks of
    ``chunk_size`` (memory ≈ chunk × stops × rounds × 8 bytes + chunk × destinations × window × 4 bytes),
    ``n_threads`` chunks at a time (threads; numpy releases the GIL in part of its loops, memory
    grows with each). See the module docstring for the conventions.
    """
    if time_window < 1:
        raise ValueError("time_window must be at least 1 minute")
    if max_transfers < 0:
        raise ValueError("max_transfers must be >= 0")
    pcts = tuple(int(p) for p in percentiles)
    if not pcts or min(pcts) < 1 or max(pcts) > 100:
        raise ValueError("percentiles must be between 1 and 100")
    if timetable.transfer_ptr is None:
        set_transfers(timetable)
    n_stops = timetable.n_stops
    n_orig = access.shape[0]
    n_dest = egress.shape[1]
    a_ptr, a_idx, a_sec = _csr_arrays(access, (n_orig, n_stops))
    e_ptr, e_idx, e_sec = _csr_arrays(egress, (n_stops, n_dest))
    limit_s = int(round(max_trip_duration * 60))
    if walk is not None:
        w_ptr, w_idx, w_sec = _csr_arrays(walk, (n_orig, n_dest))
    else:
        w_ptr, w_idx, w_sec = np.zeros(n_orig + 1, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    if max_walk_time is not None:
        cap = max_walk_time * 60
        a_sec = np.where(a_sec <= cap, a_sec, INF)
        e_sec = np.where(e_sec <= cap, e_sec, INF)
        w_sec = np.where(w_sec <= cap, w_sec, INF)
    rounds = max_transfers + 1
    minutes = int(departure_time) + 60 * np.arange(time_window)
    n_w = time_window
    pidx = np.asarray([int(np.ceil(p / 100.0 * n_w)) - 1 for p in pcts])
    tr_ptr, tr_idx, tr_sec = timetable.transfer_ptr, timetable.transfer_idx, timetable.transfer_sec
    n_chunks = max(1, int(np.ceil(n_orig / chunk_size)))
    lock = threading.Lock()
    done = [0]
    total_steps = n_chunks * n_w

    def step_done() -> None:
        with lock:
            done[0] += 1
            report(progress, done[0] / total_steps)

    def run_chunk(ci: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        o0 = ci * chunk_size
        o1 = min(n_orig, o0 + chunk_size)
        n_rows = o1 - o0
        board = np.full((rounds + 1, n_rows * n_stops), INF, dtype=np.int32)
        ride = np.full((rounds + 1, n_rows * n_stops), INF, dtype=np.int32)
        best_prev = np.full(n_rows * n_stops, INF, dtype=np.int32)
        stamp = np.zeros(n_rows * n_stops, dtype=np.int64)
        at_dest = np.full(n_rows * n_dest, INF, dtype=np.int64)
        times = np.empty((n_rows, n_dest, n_w), dtype=np.int32)
        ent, pos = _expand_csr(a_ptr, np.arange(o0, o1))
        acc_flat = ent * n_stops + a_idx[pos]
        acc_sec = a_sec[pos]
        went, wpos = _expand_csr(w_ptr, np.arange(o0, o1))
        walk_only = np.full(n_rows * n_dest, INF, dtype=np.int64)
        walk_only[went * n_dest + w_idx[wpos]] = w_sec[wpos]
        walk_only[walk_only > limit_s] = INF
        for wi in range(n_w - 1, -1, -1):
            minute = int(minutes[wi])
            limit = minute + limit_s
            m_idx, m_old, m_new = _improve(board[0], acc_flat, minute + acc_sec, stamp)
            ok = m_new <= limit
            m_idx, m_old, m_new = m_idx[ok], m_old[ok], m_new[ok]
            for k in range(1, rounds + 1):
                np.minimum(board[k], board[k - 1], out=board[k])
                np.minimum(ride[k], ride[k - 1], out=ride[k])
                if m_idx.size == 0:
                    continue
                rr = m_idx // n_stops
                ss = m_idx % n_stops
                cr, cs, ct = _scan_patterns(timetable, rr, ss, m_new, m_old, board_slack, limit)
                v_idx, _, v_new = _improve(ride[k], cr * n_stops + cs, ct, stamp)
                if v_idx.size == 0:
                    m_idx = v_idx
                    continue
                ent2, pos2 = _expand_csr(tr_ptr, v_idx % n_stops)
                t_idx = (v_idx[ent2] // n_stops) * n_stops + tr_idx[pos2]
                t_val = v_new[ent2].astype(np.int64) + tr_sec[pos2]
                ok = t_val <= limit
                m_idx, m_old, m_new = _improve(board[k], t_idx[ok], t_val[ok], stamp)
            best = ride[rounds]
            changed = np.flatnonzero(best < best_prev)
            if changed.size:
                best_prev[changed] = best[changed]
                ent3, pos3 = _expand_csr(e_ptr, changed % n_stops)
                d_idx = (changed[ent3] // n_stops) * n_dest + e_idx[pos3]
                d_val = best[changed[ent3]].astype(np.int64) + e_sec[pos3]
                ok = d_val < at_dest[d_idx]
                np.minimum.at(at_dest, d_idx[ok], d_val[ok])
            tmin = np.minimum(at_dest - minute, walk_only)
            tmin[tmin > limit_s] = INF
            times[:, :, wi] = tmin.reshape(n_rows, n_dest)
            step_done()
        part = np.partition(times, np.unique(pidx), axis=2)[:, :, pidx]
        lowest = part.min(axis=2)
        rr, dd = np.nonzero(lowest < INF)
        vals = part[rr, dd, :].astype(float)
        vals = np.where(vals >= INF, np.nan, np.floor(vals / 60.0))
        return rr + o0, dd, vals

    if n_threads > 1 and n_chunks > 1:
        with ThreadPoolExecutor(max_workers=n_threads) as pool:
            parts = list(pool.map(run_chunk, range(n_chunks)))
    else:
        parts = [run_chunk(ci) for ci in range(n_chunks)]
    out_from = [p[0] for p in parts]
    out_to = [p[1] for p in parts]
    out_tt = [p[2] for p in parts]
    d0 = departure_time
    return TravelTimeResult(
        from_idx=np.concatenate(out_from) if out_from else np.zeros(0, int),
        to_idx=np.concatenate(out_to) if out_to else np.zeros(0, int),
        percentiles=pcts,
        travel_time=np.concatenate(out_tt) if out_tt else np.zeros((0, len(pcts))),
        departures_in_window=timetable.departures_between(d0, d0 + 60 * time_window),
        origins_without_stop=np.flatnonzero(
            np.bincount(np.repeat(np.arange(n_orig), np.diff(a_ptr))[a_sec < INF], minlength=n_orig) == 0
        ),
        destinations_without_stop=np.flatnonzero(np.bincount(e_idx[e_sec < INF], minlength=n_dest) == 0),
        origin_departures=n_orig * n_w,
    )
