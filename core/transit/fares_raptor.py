"""Public-transport travel times and fares: a McRAPTOR-style search on two criteria, time and fare
(Delling, Pajor & Werneck 2015; Conway & Stewart 2019, as R5 runs it for r5r), vectorised like
:mod:`.raptor` and run over a departure window with percentiles.

Each (origin, stop) keeps a bag of Pareto-optimal labels (arrival, fare, rides, fare state): a label is
dropped only when another one arrives no later, has paid no more, used no more rides and is in the same fare
state, its transfer window open if the other's is (:func:`.fares.normalize` makes states that cannot price a
future ride differently compare as equal). The fare state is what the transfer rules need: the last ride's fare
type (and route where a same-route rule applies), the discounted transfers used, the start of the transfer
window and the amount paid in the integration chain (:class:`.fares.FareState`).

Approximation: the end of an open window and the last route are priced but not compared. A journey arriving a
little later whose window closes later (it boarded later) is dropped for an earlier one whose window closes
sooner, so a discount only the later one could still get is missed, unless the later journey is also found from
a later departure minute, where it is the earliest (``test_a_later_journey_with_a_longer_window_is_kept``
pins the hand case: 9.60 instead of 7.20). Comparing window ends as well (R5 compares the expiry of its
transfer allowances) kept a label per departure minute and made the search about four times slower; on
Porto Alegre (64 origins × 60 minutes) it changed the median fare of 2 or 3 of 77,839 pairs.

The departure minutes are processed latest first and the bags of a later minute stay valid for an earlier one
(a rider can wait at the origin), so each minute only explores what its earlier departure makes newly
possible, as the time-only router does. At the destinations the search keeps, for each fare budget, the
earliest arrival among journeys costing at most that budget (ties: the cheaper one).

Conventions: those of :mod:`.raptor` (R5's boarding slack, percentiles over the window, walk-only trips when
faster, ``max_transfers`` + 1 rides), plus:

- a label boards the earliest trip it can catch on each pattern (R5 does the same); among labels of one origin
  in the same fare state boarding one pattern, each later stop keeps the earliest trip (when several labels
  board it, the later boarding, which leaves more of a transfer window); journeys that wait for a later vehicle
  only to keep a transfer discount are found when that vehicle is the earliest one from a later departure
  minute;
- the fare of a pair at a percentile is the fare of the journey whose travel time has that rank among the
  minutes (ties: the cheaper), walk-only trips cost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import QT_TR_NOOP, InputError
from ..progress import ProgressCallback, report
from .fares import DISCOUNT, EXPIRED, FIELDS, NO_REF, CompiledFares, FareState, board, normalize
from .raptor import _csr_arrays, _expand_csr, _first_after, _improve
from .timetable import _BIG, _CAP, _OFF, INF, Timetable
from .transfers import set_transfers

FARE_BITS = 24
"""Combined (time, fare) keys: time << FARE_BITS | fare; a fare structure whose journeys could cost 2**24 − 1
hundredths (167,772.15 money units) or more without a budget or a cap below that is refused."""
FARE_MASK = (1 << FARE_BITS) - 1
NONE = np.int64(1) << 62
"""Combined key of an unreached (origin, destination)."""
HASH_BATCH = 50_000
"""Batches of labels at least this large find the earliest label of each (key, state) by hashing (pandas'
group-by), which is faster than sorting them; smaller ones are sorted."""


@dataclass
class FareTravelResult:
    """Travel times and fares by percentile, one row per pair and fare budget (see ``frontier``)."""

    from_idx: np.ndarray
    to_idx: np.ndarray
    budget_idx: np.ndarray
    """Index in ``budgets`` of each row."""
    budgets: Tuple[float, ...]
    percentiles: Tuple[int, ...]
    travel_time: np.ndarray
    """(rows, percentiles) minutes (NaN where that percentile is unreachable within the budget)."""
    fare: np.ndarray
    """(rows, percentiles) fare of the journey at that percentile (money units; NaN where unreachable)."""
    departures_in_window: int = 0
    origins_without_stop: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))
    destinations_without_stop: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))
    origin_departures: int = 0
    labels: int = 0
    """Pareto labels created (a measure of the search's work)."""


class _States:
    """The comparable fare states met in a search, numbered (state ids), with which is at least as good as
    which: same last fare type, transfers used and chain paid, no more paid, window no less open, no more
    rides. The last route and the exact start of the transfer window are priced, not compared (R5's transfer
    allowances do not hold the route; an open window counts as open whatever its end)."""

    def __init__(self) -> None:
        self.index: dict = {}
        self.parts = np.zeros((0, 6), dtype=np.int64)
        self.dom = np.zeros((0, 0), dtype=bool)

    def ids(self, state: FareState, is_open: np.ndarray, rides: int) -> np.ndarray:
        """The state id of each of ``state``'s journeys (new states registered)."""
        if len(state.fare) == 0:
            return np.zeros(0, dtype=np.int64)
        packed = ((state.last_type + 1) << 55) | (state.used << 49) | (state.chain << 25)
        packed |= (state.fare << 1) | is_open.astype(np.int64)
        values, inverse = np.unique(packed, return_inverse=True)
        known = np.empty(len(values), dtype=np.int64)
        fresh = []
        for k, value in enumerate(values.tolist()):
            sid = self.index.get((value, rides))
            if sid is None:
                sid = self.index[(value, rides)] = len(self.index)
                fresh.append((value >> 55, (value >> 49) & 63, (value >> 25) & FARE_MASK,
                              (value >> 1) & FARE_MASK, value & 1, rides))  # fmt: skip
            known[k] = sid
        if fresh:
            self._extend(np.asarray(fresh, dtype=np.int64))
        return known[inverse]

    def _extend(self, rows: np.ndarray) -> None:
        """Register new states and recompute the dominance matrix."""
        self.parts = np.vstack([self.parts, rows])
        p = self.parts
        same = (p[:, None, :3] == p[None, :, :3]).all(axis=2)
        self.dom = same & (p[:, None, 3] <= p[None, :, 3]) & (p[:, None, 4] >= p[None, :, 4])
        self.dom &= p[:, None, 5] <= p[None, :, 5]


class _Bags:
    """Pareto bags of labels (arrival, state id) at (origin, stop) keys, in slots that grow when one is full."""

    def __init__(self, n_keys: int, slots: int = 4) -> None:
        self.arr = np.full((n_keys, slots), INF, dtype=np.int32)
        self.sid = np.zeros((n_keys, slots), dtype=np.int32)

    def insert(
        self, key: np.ndarray, sid: np.ndarray, arr: np.ndarray, dom: np.ndarray
    ) -> Tuple[np.ndarray, np.ndarray]:
        """Add the labels no label dominates (``dom``: the states' matrix), drop the labels they dominate;
        return (index of the added labels, their cover: the earliest arrival of a label of the bag, or one it
        replaced, in a state at least as good — every trip that label can catch gives a journey at least as
        good, so an added label only needs the trips it alone can catch; INF when there is none)."""
        cand = _cheapest_per_state(key, sid, arr)
        k, s, a = key[cand], sid[cand], arr[cand]
        keep = ~self._dominated(k, s, a, dom) & _undominated_among(k, s, a, dom)
        cand, k, s, a = cand[keep], k[keep], s[keep], a[keep]
        if cand.size == 0:
            return cand, np.zeros(0, np.int32)
        flat, n_states = dom.ravel(), dom.shape[0]
        sa = self.arr[k]
        rows, slots = np.nonzero((a[:, None] <= sa) & (sa < INF))
        ss = self.sid[k[rows], slots]
        kill = flat[s[rows] * n_states + ss]
        rows, slots, ss = rows[kill], slots[kill], ss[kill]
        same = ss == s[rows]
        old = _row_min(len(k), rows[same], sa[rows[same], slots[same]])
        self.arr[k[rows], slots] = INF
        self._place(k, s, a)
        sa = self.arr[k]
        rows, slots = np.nonzero((sa > a[:, None]) & (sa < INF))
        better = flat[self.sid[k[rows], slots] * n_states + s[rows]]
        cover = _row_min(len(k), rows[better], sa[rows[better], slots[better]])
        return cand, np.minimum(old, cover).astype(np.int32)

    def _dominated(self, key: np.ndarray, sid: np.ndarray, arr: np.ndarray, dom: np.ndarray) -> np.ndarray:
        """Whether a label of the bag dominates each candidate (states compared only where a label arrives no
        later; in blocks, to bound the memory)."""
        out = np.zeros(len(key), dtype=bool)
        n_states = dom.shape[0]
        flat = dom.ravel()
        step = max(1, 4_000_000 // self.arr.shape[1])
        for b in range(0, len(key), step):
            k, s, a = key[b : b + step], sid[b : b + step], arr[b : b + step]
            rows, slots = np.nonzero(self.arr[k] <= a[:, None])
            hit = flat[self.sid[k[rows], slots] * n_states + s[rows]]
            out[b + rows[hit]] = True
        return out

    def _place(self, k: np.ndarray, s: np.ndarray, a: np.ndarray) -> None:
        """Write labels (sorted by key) into free slots of their bags, doubling the slots when needed."""
        first = np.r_[True, k[1:] != k[:-1]]
        rank = np.arange(len(k)) - np.maximum.accumulate(np.where(first, np.arange(len(k)), 0))
        while True:
            count = np.cumsum(self.arr[k] >= INF, axis=1)
            if (count[:, -1] > rank).all():
                break
            n, width = self.arr.shape
            self.arr = np.concatenate([self.arr, np.full((n, width), INF, np.int32)], axis=1)
            self.sid = np.concatenate([self.sid, np.zeros((n, width), np.int32)], axis=1)
        slot = np.argmax(count == (rank + 1)[:, None], axis=1)
        self.arr[k, slot] = a
        self.sid[k, slot] = s


def _row_min(n: int, rows: np.ndarray, values: np.ndarray) -> np.ndarray:
    """The smallest of ``values`` of each of ``n`` rows (``rows`` ascending; INF for a row without one)."""
    out = np.full(n, INF, dtype=np.int64)
    if rows.size:
        start = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        out[rows[start]] = np.minimum.reduceat(values, start)
    return out


def _cheapest_per_state(key: np.ndarray, sid: np.ndarray, arr: np.ndarray) -> np.ndarray:
    """Indices (sorted by key, then state) of the earliest label of each (key, state) of a batch."""
    if key.size == 0:
        return np.zeros(0, dtype=np.int64)
    s_bits = int(sid.max()).bit_length() + 1
    if key.size >= HASH_BATCH and int(key.max()).bit_length() + s_bits < 63:
        group = (key.astype(np.int64, copy=False) << s_bits) | sid.astype(np.int64, copy=False)
        low = pd.Series(arr, copy=False).groupby(group, sort=False).transform("min").to_numpy()
        hit = np.flatnonzero(arr == low)
        first = hit[~pd.Series(group[hit], copy=False).duplicated().to_numpy()]
        return first[np.argsort(group[first])]
    base = int(arr.min())
    t_bits = int(arr.max() - base).bit_length() + 1
    if int(key.max()).bit_length() + s_bits + t_bits < 63:
        packed = (key.astype(np.int64) << (s_bits + t_bits)) | (sid.astype(np.int64) << t_bits) | (arr - base)
        order = np.argsort(packed)
        head = packed[order] >> t_bits
    else:
        order = np.lexsort((arr, sid, key))
        head = key[order] * (int(sid.max()) + 1) + sid[order]
    first = np.r_[True, head[1:] != head[:-1]]
    return order[first]


def _undominated_among(key: np.ndarray, sid: np.ndarray, arr: np.ndarray, dom: np.ndarray) -> np.ndarray:
    """Whether no other label of the batch at the same key (sorted by key, one per state) dominates each."""
    group = np.r_[True, key[1:] != key[:-1]]
    start = np.maximum.accumulate(np.where(group, np.arange(len(key)), 0))
    dominated = np.zeros(len(key), dtype=bool)
    active = np.flatnonzero(np.arange(len(key)) - start >= 1)
    gap = 1
    while active.size:
        j = active - gap
        dominated[active] |= (arr[j] <= arr[active]) & dom[sid[j], sid[active]]
        dominated[j] |= (arr[active] <= arr[j]) & dom[sid[active], sid[j]]
        gap += 1
        active = active[active - start[active] >= gap]
    return ~dominated


def _pack(state: FareState) -> np.ndarray:
    """Last fare type, transfers used and chain paid of each state as one integer (to group boardings)."""
    return ((state.last_type + 1) << 40) | (state.used << 32) | np.minimum(state.chain, FARE_MASK)


@dataclass
class _Search:
    """The fixed inputs of one search (timetable, fares, limits) shared by every chunk of origins."""

    tt: Timetable
    fares: CompiledFares
    slack: int
    max_fare: int
    rides: int
    states: _States = field(default_factory=_States)


def _board_and_ride(s: _Search, front: dict, limit: int) -> dict:
    """Ride labels reached by boarding the patterns at the frontier's stops (key = row × stops + stop)."""
    tt = s.tt
    n_stops = tt.n_stops
    entry, pos = _expand_csr(tt.stop_col_ptr, front["key"] % n_stops)
    cols = tt.stop_col_idx[pos]
    base = cols * _BIG + _OFF
    key0 = tt.col_key0[cols]
    e_new = (
        _first_after(tt.col_keys, base + np.minimum(front["arr"][entry].astype(np.int64) + s.slack, _CAP))
        - key0
    )
    keep = e_new < tt.pattern_trips[tt.col_pattern[cols]]
    cover = front["cover"][entry]
    known = keep & (cover < INF)
    e_old = _first_after(tt.col_keys, base[known] + np.minimum(cover[known].astype(np.int64) + s.slack, _CAP))
    keep[known] = e_new[known] < e_old - key0[known]
    dep = np.full(len(cols), INF, dtype=np.int64)
    dep[keep] = tt.col_keys[key0[keep] + e_new[keep]] - base[keep]
    keep &= dep <= limit
    entry, cols, trip, dep = entry[keep], cols[keep], e_new[keep], dep[keep]
    pat = tt.col_pattern[cols]
    after = board(s.fares, front["state"].take(entry), pat, dep)
    cheap = np.flatnonzero(after.fare <= s.max_fare)
    after = normalize(s.fares, after.take(cheap), dep[cheap], np.int64(limit))
    return _emit(
        s,
        front["key"][entry[cheap]] // n_stops,
        cols[cheap],
        pat[cheap],
        trip[cheap],
        dep[cheap],
        after,
        limit,
    )


def _emit(s: _Search, rows, cols, pat, trip, dep, after: FareState, limit: int) -> dict:
    """Vehicle arrivals downstream of each boarding, merged per (origin, pattern, fare state): at each stop
    the earliest trip boarded at or before it (ties: the later boarding)."""
    tt = s.tt
    if rows.size == 0:
        return {}
    moving = after.ref == dep
    ref_key = np.where(moving, -1, after.ref)
    cls = _pack(after)
    p_pos = tt.col_pos[cols]
    order = np.lexsort((p_pos, ref_key, after.fare, cls, pat, rows))
    rows, cols, pat, trip, dep, p_pos = (x[order] for x in (rows, cols, pat, trip, dep, p_pos))
    after, ref_key, cls, moving = after.take(order), ref_key[order], cls[order], moving[order]
    new_grp = np.r_[True, (rows[1:] != rows[:-1]) | (pat[1:] != pat[:-1]) | (cls[1:] != cls[:-1])
                    | (after.fare[1:] != after.fare[:-1]) | (ref_key[1:] != ref_key[:-1])]  # fmt: skip
    gid = np.cumsum(new_grp)
    big = int(tt.pattern_trips.max()) + 1
    best = np.minimum.accumulate(trip - gid * big) + gid * big
    last_own = np.maximum.accumulate(np.where(trip == best, np.arange(len(trip)), -1))
    after.ref = np.where(moving, dep[last_own], after.ref)
    length = tt.pattern_length[pat]
    end = np.where(np.r_[new_grp[1:], True], length - 1, np.r_[p_pos[1:], 0])
    count = end - p_pos
    ent = np.repeat(np.arange(len(cols)), count)
    q = p_pos[ent] + np.arange(int(count.sum())) - np.repeat(np.r_[0, np.cumsum(count)[:-1]], count) + 1
    pe = pat[ent]
    times = tt.arrival[tt.pattern_time0[pe] + best[ent] * tt.pattern_length[pe] + q]
    ok = times <= limit
    ent, q, pe, times = ent[ok], q[ok], pe[ok], times[ok]
    return {"key": rows[ent] * tt.n_stops + tt.col_stop[tt.pattern_col0[pe] + q], "arr": times, "src": ent,
            "states": after}  # fmt: skip


def _deadlines(fares: CompiledFares, state: FareState) -> np.ndarray:
    """The last arrival (seconds) at which each state's transfer window is still open: −1 when it has
    expired, a number larger than any time when it cannot expire."""
    ref = state.ref
    end = ref + fares.window_max[np.maximum(state.last_type, 0)]
    return np.where(ref == EXPIRED, -1, np.where(ref == NO_REF, np.iinfo(np.int64).max, end))


def _insert(s: _Search, bags: _Bags, lab: dict, rides: int, horizon: int) -> dict:
    """Insert labels (key, arrival, source index into ``states``) into ``bags``; the added ones with their
    exact, normalised states and covers."""
    states, src, arr = lab["states"], lab["src"], lab["arr"]
    is_open = states.ref != EXPIRED
    both = s.states.ids(_twice(states), np.r_[is_open, np.zeros(len(is_open), bool)], rides)
    n = len(is_open)
    deadline = _deadlines(s.fares, states)
    closed = arr > deadline[src]
    sid = both[np.where(closed, src + n, src)]
    kept, cover = bags.insert(lab["key"], sid, arr, s.states.dom)
    state = states.take(src[kept])
    state.ref = np.where(closed[kept], EXPIRED, state.ref)
    state = normalize(s.fares, state, arr[kept].astype(np.int64), np.int64(horizon))
    return {"key": lab["key"][kept], "arr": arr[kept].astype(np.int32), "state": state, "cover": cover}


def _twice(state: FareState) -> FareState:
    """The states twice over (to number them with an open and with a closed window at once)."""
    return FareState(*(np.r_[getattr(state, f), getattr(state, f)] for f in FIELDS))


def _transfer(s: _Search, lab: dict, limit: int) -> dict:
    """Board labels reached by walking from new ride labels to nearby stops (same fare state)."""
    tt = s.tt
    stop = lab["key"] % tt.n_stops
    ent, pos = _expand_csr(tt.transfer_ptr, stop)
    arr = lab["arr"].astype(np.int64)[ent] + tt.transfer_sec[pos]
    ok = arr <= limit
    ent, pos, arr = ent[ok], pos[ok], arr[ok]
    key = (lab["key"] - stop)[ent] + tt.transfer_idx[pos]
    return {"key": key, "arr": arr, "src": ent, "states": lab["state"]}


def _check_fare_range(fares: CompiledFares, rides: int, budget: int) -> None:
    """Refuse a fare structure whose journeys could cost more than the router counts (:data:`FARE_MASK`
    hundredths) when neither its fare cap nor the budget keeps them below."""
    amounts = fares.rule_value[fares.rule_kind != DISCOUNT]
    highest = max(int(fares.pattern_fare.max(initial=0)), int(amounts.max(initial=0)))
    worst = min(highest * rides, fares.cap, budget)
    if worst >= FARE_MASK:
        raise InputError(
            "fare_too_large",
            QT_TR_NOOP(
                "A journey can cost up to {worst} with this fare structure, more than the {limit} the router counts: give the amounts in a larger unit (e.g. thousands) or a maximum fare."
            ),
            worst=worst / 100.0,
            limit=(FARE_MASK - 1) / 100.0,
        )


def _budget_levels(fares_cents: np.ndarray, budgets: np.ndarray) -> np.ndarray:
    """Index of the smallest budget each fare fits in (len(budgets) when none)."""
    return np.searchsorted(budgets, fares_cents, side="left")


def transit_fare_times(
    timetable: Timetable,
    fares: CompiledFares,
    access,
    egress,
    departure_time: float,
    budgets: Sequence[float] = (float("inf"),),
    frontier: bool = False,
    time_window: int = 60,
    percentiles: Sequence[int] = (50,),
    max_trip_duration: float = 120,
    max_transfers: int = 4,
    walk=None,
    board_slack: int = 60,
    max_walk_time=None,
    chunk_size: int = 128,
    progress: ProgressCallback = None,
) -> FareTravelResult:
    """Travel times and fares from origins to destinations within fare ``budgets`` (money units; inf = no
    limit), summarised by percentiles over a departure window.

    Inputs as :func:`.raptor.transit_travel_times`; ``fares`` from :func:`.fares.compile_fares` on a
    timetable built with ``by_route=True``. With one budget: per pair the fastest journey costing at most it
    (and its fare). With ``frontier``: per pair one row per budget whose travel time differs from the next
    smaller budget's (r5r's ``pareto_frontier``); without it, one row per budget within which the pair is
    reached.
    """
    if time_window < 1 or max_transfers < 0:
        raise ValueError("time_window must be at least 1 minute and max_transfers >= 0")
    pcts = tuple(int(p) for p in percentiles)
    if not pcts or min(pcts) < 1 or max(pcts) > 100:
        raise ValueError("percentiles must be between 1 and 100")
    levels = np.asarray(sorted(set(float(b) for b in budgets)), dtype=float)
    if levels.size == 0 or levels[0] < 0:
        raise ValueError("budgets must be numbers >= 0")
    budget_cents = np.where(
        np.isinf(levels), np.iinfo(np.int64).max // 4, np.floor(levels * 100 + 0.5)
    ).astype(np.int64)
    _check_fare_range(fares, max_transfers + 1, int(budget_cents[-1]))
    if timetable.transfer_ptr is None:
        set_transfers(timetable)
    search = _Search(
        timetable, fares, board_slack, int(min(budget_cents[-1], FARE_MASK - 1)), max_transfers + 1
    )
    tables = _tables(timetable, access, egress, walk, max_walk_time)
    n_orig = access.shape[0]
    n_chunks = max(1, int(np.ceil(n_orig / chunk_size)))
    parts = []
    labels = [0]
    for ci in range(n_chunks):
        o0, o1 = ci * chunk_size, min(n_orig, (ci + 1) * chunk_size)

        def chunk_progress(fraction: float, ci=ci) -> None:
            report(progress, (ci + fraction) / n_chunks)

        combined = _route_chunk(search, tables, o0, o1, departure_time, time_window, max_trip_duration,
                                budget_cents, chunk_progress, labels)  # fmt: skip
        parts.append(_summarise(combined, o0, pcts, frontier))
    return _result(parts, tables, timetable, departure_time, time_window, levels, pcts, n_orig, labels[0])


def _tables(timetable: Timetable, access, egress, walk, max_walk_time) -> dict:
    """Walking legs as CSR arrays (seconds), capped at ``max_walk_time`` minutes."""
    n_stops = timetable.n_stops
    n_orig, n_dest = access.shape[0], egress.shape[1]
    a = _csr_arrays(access, (n_orig, n_stops))
    e = _csr_arrays(egress, (n_stops, n_dest))
    if walk is not None:
        w = _csr_arrays(walk, (n_orig, n_dest))
    else:
        w = (np.zeros(n_orig + 1, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64))
    if max_walk_time is not None:
        cap = max_walk_time * 60
        a, e, w = ((p, i, np.where(v <= cap, v, INF)) for p, i, v in (a, e, w))
    return {"access": a, "egress": e, "walk": w, "n_dest": n_dest, "n_orig": n_orig}


def _route_chunk(s: _Search, tables: dict, o0: int, o1: int, departure_time: float, n_w: int,
                 max_duration: float, budgets: np.ndarray, progress, labels: list) -> np.ndarray:  # fmt: skip
    """(budgets, rows, destinations, minutes) combined (time, fare) keys of one chunk of origins."""
    tt = s.tt
    n_stops, n_dest, n_rows = tt.n_stops, tables["n_dest"], o1 - o0
    limit_s = int(round(max_duration * 60))
    a_ptr, a_idx, a_sec = tables["access"]
    w_ptr, w_idx, w_sec = tables["walk"]
    boards, rides_bag = _Bags(n_rows * n_stops), _Bags(n_rows * n_stops)
    n_b = len(budgets)
    stop_best = np.full((n_b, n_rows * n_stops), NONE, dtype=np.int64)
    at_dest = np.full((n_b, n_rows * n_dest), NONE, dtype=np.int64)
    stamp = np.zeros(n_rows * max(n_stops, n_dest), dtype=np.int64)
    out = np.empty((n_b, n_rows, n_dest, n_w), dtype=np.int64)
    ent, pos = _expand_csr(a_ptr, np.arange(o0, o1))
    acc_rows, acc_stops, acc_sec = ent, a_idx[pos], a_sec[pos]
    went, wpos = _expand_csr(w_ptr, np.arange(o0, o1))
    walk_only = np.full(n_rows * n_dest, NONE, dtype=np.int64)
    walk_only[went * n_dest + w_idx[wpos]] = w_sec[wpos] << FARE_BITS
    walk_only[(walk_only >> FARE_BITS) > limit_s] = NONE
    for wi in range(n_w - 1, -1, -1):
        minute = int(departure_time) + 60 * wi
        limit = minute + limit_s
        arr = minute + acc_sec
        ok = np.flatnonzero(arr <= limit)
        access = {"key": acc_rows[ok] * n_stops + acc_stops[ok], "arr": arr[ok], "src": np.zeros(len(ok), np.int64),
                  "states": FareState.start(1)}  # fmt: skip
        front = _insert(s, boards, access, 0, limit)
        new_rides = []
        for k in range(1, s.rides + 1):
            if front["key"].size == 0:
                break
            moved = _board_and_ride(s, front, limit)
            if not moved:
                break
            lab = _insert(s, rides_bag, moved, k, limit)
            labels[0] += lab["key"].size
            new_rides.append(lab)
            if k < s.rides:
                front = _insert(s, boards, _transfer(s, lab, limit), k, limit)
        _to_destinations(s, tables, new_rides, budgets, stop_best, at_dest, stamp, n_rows)
        for b in range(n_b):
            tmin = np.minimum(at_dest[b] - (np.int64(minute) << FARE_BITS), walk_only)
            tmin[(tmin >> FARE_BITS) > limit_s] = NONE
            out[b, :, :, wi] = tmin.reshape(n_rows, n_dest)
        progress((n_w - wi) / n_w)
    return out


def _to_destinations(
    s: _Search, tables: dict, new_rides: list, budgets, stop_best, at_dest, stamp, n_rows
) -> None:
    """Walk from the stops newly reached within each budget to the destinations."""
    if not new_rides:
        return
    n_stops, n_dest = s.tt.n_stops, tables["n_dest"]
    e_ptr, e_idx, e_sec = tables["egress"]
    key = np.concatenate([lab["key"] for lab in new_rides])
    arr = np.concatenate([lab["arr"] for lab in new_rides]).astype(np.int64)
    fare = np.concatenate([lab["state"].fare for lab in new_rides]).astype(np.int64)
    level = _budget_levels(fare, budgets)
    combined = (arr << FARE_BITS) | fare
    for b in range(len(budgets)):
        sel = level <= b
        idx, _, val = _improve(stop_best[b], key[sel], combined[sel], stamp)
        if idx.size == 0:
            continue
        ent, pos = _expand_csr(e_ptr, idx % n_stops)
        d_idx = ((idx // n_stops) * n_dest)[ent] + e_idx[pos]
        d_val = val[ent] + (e_sec[pos] << FARE_BITS)
        ok = d_val < at_dest[b][d_idx]
        np.minimum.at(at_dest[b], d_idx[ok], d_val[ok])


def _summarise(combined: np.ndarray, o0: int, pcts: tuple, frontier: bool) -> tuple:
    """(rows, destinations, budget index, minutes, fares) of a chunk at the requested percentiles."""
    n_b, n_rows, n_dest, n_w = combined.shape
    pidx = np.asarray([int(np.ceil(p / 100.0 * n_w)) - 1 for p in pcts])
    part = np.partition(combined, np.unique(pidx), axis=3)[..., pidx]
    reached = part < NONE
    times = np.where(reached, np.floor((part >> FARE_BITS) / 60.0), np.nan)
    fares = np.where(reached, (part & FARE_MASK) / 100.0, np.nan)
    keep = reached.any(axis=3)
    if frontier and n_b > 1:
        same = np.zeros_like(keep)
        prev = np.where(np.isnan(times[:-1]), -1.0, times[:-1])
        here = np.where(np.isnan(times[1:]), -1.0, times[1:])
        same[1:] = (prev == here).all(axis=3)
        keep &= ~same
    b, r, d = np.nonzero(keep)
    return r + o0, d, b, times[b, r, d], fares[b, r, d]


def _result(parts, tables, tt, departure_time, n_w, levels, pcts, n_orig, labels) -> FareTravelResult:
    """The chunks' rows as one :class:`FareTravelResult`, sorted by origin, destination and budget."""
    cat = [np.concatenate([p[k] for p in parts]) for k in range(5)]
    order = np.lexsort((cat[2], cat[1], cat[0]))
    a_ptr, _, a_sec = tables["access"]
    _, e_idx, e_sec = tables["egress"]
    d0 = departure_time
    return FareTravelResult(
        from_idx=cat[0][order],
        to_idx=cat[1][order],
        budget_idx=cat[2][order],
        budgets=tuple(float(b) for b in levels),
        percentiles=pcts,
        travel_time=cat[3][order].reshape(-1, len(pcts)),
        fare=cat[4][order].reshape(-1, len(pcts)),
        departures_in_window=tt.departures_between(d0, d0 + 60 * n_w),
        origins_without_stop=np.flatnonzero(
            np.bincount(np.repeat(np.arange(n_orig), np.diff(a_ptr))[a_sec < INF], minlength=n_orig) == 0
        ),
        destinations_without_stop=np.flatnonzero(
            np.bincount(e_idx[e_sec < INF], minlength=tables["n_dest"]) == 0
        ),
        origin_departures=n_orig * n_w,
        labels=labels,
    )
