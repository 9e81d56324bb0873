"""An independent public-transport router for tests and the agreement benchmark: a time-dependent Dijkstra
on (stop, rides) states written without the RAPTOR code, boarding like R5 (a trip is boarded only when it
departs more than ``slack`` seconds after the arrival at its stop: departure > arrival + slack)."""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import defaultdict

import numpy as np

R_EARTH_M = 6371008.8


def local_xy(lon, lat, lat0_deg: float = -30.05):
    """Equirectangular metres around latitude ``lat0_deg`` (Porto Alegre by default)."""
    lat0 = np.radians(lat0_deg)
    return np.c_[np.radians(lon) * R_EARTH_M * np.cos(lat0), np.radians(lat) * R_EARTH_M]


def _trips(feed, date):
    """Per trip: stops, arrivals, departures, pickup allowed, drop-off allowed (from the feed's stop times)."""
    from conecta.core.gtfs import service_stop_times

    st, _ = service_stop_times(feed, date)
    st = st.sort_values(["trip_id", "stop_sequence"])
    sidx = {s: k for k, s in enumerate(feed.stops["stop_id"])}
    trips = {}
    for tid, g in st.groupby("trip_id", sort=False):
        trips[tid] = (
            [sidx[s] for s in g["stop_id"]],
            np.rint(g["arrival"].to_numpy()).astype(int).tolist(),
            np.rint(g["departure"].to_numpy()).astype(int).tolist(),
            (g["pickup_type"].to_numpy() != 1).tolist(),
            (g["drop_off_type"].to_numpy() != 1).tolist(),
        )
    return trips


def earliest_arrivals(feed, date, t0, acc, egr, transfers, max_rides, slack, limit, strict=True):
    """Earliest arrival (s) from each origin to each destination by a label-setting search on (stop, rides).

    States are ('board', stop, rides) and ('alight', stop, rides); boarding considers every trip leaving the
    stop more than ``slack`` seconds after the arrival (``strict=False``: at least ``slack`` seconds, the
    rule Conecta followed before it took R5's). ``acc``/``egr`` are sparse walking seconds, ``transfers``
    maps a stop to its (stop, seconds) transfers; times beyond ``t0 + limit`` are not explored.
    """
    first_boardable = bisect_right if strict else bisect_left
    trips = _trips(feed, date)
    at_stop = defaultdict(list)
    for tid, (ss, _, dd, pk, _) in trips.items():
        for i in range(len(ss) - 1):
            if pk[i] and t0 <= dd[i] <= t0 + limit:
                at_stop[ss[i]].append((dd[i], tid, i))
    for v in at_stop.values():
        v.sort()
    deps = {s: [d for d, _, _ in v] for s, v in at_stop.items()}
    n_orig, n_dest = acc.shape[0], egr.shape[1]
    result = np.full((n_orig, n_dest), np.inf)
    egr = egr.tocsr()
    acc = acc.tocsr()
    for o in range(n_orig):
        row = acc.getrow(o)
        heap = [(t0 + int(w), 0, s, 0) for s, w in zip(row.indices, row.data)]
        heapq.heapify(heap)
        done = set()
        ridden = {}
        while heap:
            t, kind, s, k = heapq.heappop(heap)
            if t > t0 + limit or (kind, s, k) in done:
                continue
            done.add((kind, s, k))
            if kind == 1:  # alighted: egress and transfers
                span = slice(egr.indptr[s], egr.indptr[s + 1])
                for d, w in zip(egr.indices[span], egr.data[span]):
                    result[o, d] = min(result[o, d], t + w)
                for s2, w in transfers.get(s, ()):
                    heapq.heappush(heap, (t + w, 0, s2, k))
                continue
            if k >= max_rides or s not in at_stop:
                continue
            for _dtime, tid, i in at_stop[s][first_boardable(deps[s], t + slack) :]:
                if ridden.get((tid, k), 10**9) <= i:
                    continue
                # Arrivals after a later boarding of this trip are already queued; its own stop is not.
                stop_end = min(ridden.get((tid, k), 10**9) + 1, len(trips[tid][0]))
                ridden[(tid, k)] = i
                ss, aa, _, _, dr = trips[tid]
                for j in range(i + 1, stop_end):
                    if dr[j]:
                        heapq.heappush(heap, (aa[j], 1, ss[j], k + 1))
    return result


def transfer_lists(timetable) -> dict:
    """A timetable's transfer table as {stop: [(stop, seconds), …]}."""
    transfers = defaultdict(list)
    for a in range(timetable.n_stops):
        for p in range(timetable.transfer_ptr[a], timetable.transfer_ptr[a + 1]):
            transfers[a].append((int(timetable.transfer_idx[p]), int(timetable.transfer_sec[p])))
    return transfers
