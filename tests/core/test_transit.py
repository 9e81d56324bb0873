"""Tests of the RAPTOR router on hand-made feeds with known answers and against an independent Dijkstra."""

from __future__ import annotations

import heapq
import zipfile
from bisect import bisect_left
from collections import defaultdict

import numpy as np
import pandas as pd
import pytest
from scipy.sparse import csr_matrix

from conecta.core.gtfs import read_feeds, read_gtfs
from conecta.core.transit import build_timetable, set_transfers, straight_line_walk, travel_time_matrix

AGENCY = "agency_id,agency_name,agency_url,agency_timezone\nA,Test,http://x,America/Sao_Paulo\n"
WEEK = (
    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
    "WK,1,1,1,1,1,1,1,20240101,20241231\n"
)


def write_feed(tmp_path, name: str, files: dict) -> str:
    """Write a GTFS zip from {file name: csv text} (agency and calendar added when absent)."""
    files = {"agency.txt": AGENCY, "calendar.txt": WEEK, **files}
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        for fname, text in files.items():
            if text is not None:
                zf.writestr(fname, text)
    return str(path)


def stops_csv(*ids: str) -> str:
    rows = [f"{s},{s},0.0,{0.01 * k:.4f}" for k, s in enumerate(ids)]
    return "stop_id,stop_name,stop_lat,stop_lon\n" + "\n".join(rows) + "\n"


def at_stops(n_stops: int, origins: list, dests: list):
    """Access/egress tables for zones standing exactly at the given stops (0 s walks)."""
    acc = csr_matrix(
        (np.zeros(len(origins)), (np.arange(len(origins)), origins)), shape=(len(origins), n_stops)
    )
    egr = csr_matrix((np.zeros(len(dests)), (dests, np.arange(len(dests)))), shape=(n_stops, len(dests)))
    return acc, egr


def route(feed, date, dep, origins, dests, window=1, pcts=(50,), slack=60, max_transfers=4, max_dur=120):
    tt = build_timetable(feed, date, dep, dep + window * 60 + max_dur * 60)
    set_transfers(tt, feed)
    idx = {s: k for k, s in enumerate(tt.stop_ids)}
    acc, egr = at_stops(tt.n_stops, [idx[o] for o in origins], [idx[d] for d in dests])
    res = travel_time_matrix(
        tt,
        acc,
        egr,
        dep,
        time_window=window,
        percentiles=pcts,
        max_trip_duration=max_dur,
        max_transfers=max_transfers,
        board_slack=slack,
    )
    out = np.full((len(origins), len(dests), len(pcts)), np.nan)
    out[res.from_idx, res.to_idx] = res.travel_time
    return out, res


def hms(h, m, s=0):
    return h * 3600 + m * 60 + s


TRANSFER_FILES = {
    "stops.txt": stops_csv("S1", "S2", "S2b", "S3"),
    "routes.txt": "route_id,route_type\nRA,3\nRB,3\n",
    "trips.txt": "route_id,service_id,trip_id\nRA,WK,a1\nRB,WK,b1\nRB,WK,b2\n",
    "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "a1,08:00:00,08:00:00,S1,1\na1,08:10:00,08:10:00,S2,2\n"
    "b1,08:12:00,08:12:00,S2b,1\nb1,08:20:00,08:20:00,S3,2\n"
    "b2,08:30:00,08:30:00,S2b,1\nb2,08:40:00,08:40:00,S3,2\n",
}


@pytest.mark.parametrize("min_transfer, expected", [(60, 21), (120, 41)])
def test_transfer_missed_by_one_minute(tmp_path, min_transfer, expected):
    # Leave S1 at 07:59 (60 s boarding slack → the 08:00 trip), arrive S2 08:10. With a 60 s transfer to S2b
    # plus 60 s slack the 08:12 trip is caught: S3 at 08:20, 21 min. With 120 s it is missed by one minute and
    # the 08:30 trip arrives 08:40: 41 min.
    files = dict(TRANSFER_FILES)
    files["transfers.txt"] = (
        f"from_stop_id,to_stop_id,transfer_type,min_transfer_time\nS2,S2b,2,{min_transfer}\n"
    )
    feed = read_gtfs(write_feed(tmp_path, "t.zip", files))
    out, _ = route(feed, "2024-03-04", hms(7, 59), ["S1"], ["S3"])
    assert out[0, 0, 0] == expected


def test_transfer_forbidden_and_max_transfers(tmp_path):
    files = dict(TRANSFER_FILES)
    files["transfers.txt"] = "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nS2,S2b,3,\n"
    feed = read_gtfs(write_feed(tmp_path, "t.zip", files))
    out, res = route(feed, "2024-03-04", hms(7, 59), ["S1"], ["S2", "S3"])
    assert out[0, 0, 0] == 11  # S2 by the first ride: 08:10 - 07:59
    assert np.isnan(out[0, 1, 0])  # type 3: no way to S2b
    files["transfers.txt"] = "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nS2,S2b,2,60\n"
    feed = read_gtfs(write_feed(tmp_path, "t2.zip", files))
    out, _ = route(feed, "2024-03-04", hms(7, 59), ["S1"], ["S3"], max_transfers=0)
    assert np.isnan(out[0, 0, 0])  # needs two rides


FREQ_FILES = {
    "stops.txt": stops_csv("S1", "S2"),
    "routes.txt": "route_id,route_type\nRF,3\n",
    "trips.txt": "route_id,service_id,trip_id\nRF,WK,f\n",
    "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "f,06:00:00,06:00:00,S1,1\nf,06:15:00,06:15:00,S2,2\n",
    "frequencies.txt": "trip_id,start_time,end_time,headway_secs,exact_times\nf,07:00:00,08:00:00,600,0\n",
}


def test_frequency_route_and_window_percentiles(tmp_path):
    feed = read_gtfs(write_feed(tmp_path, "f.zip", FREQ_FILES))
    # Departures 07:00, 07:10, …, 07:50 (not 08:00: end_time is exclusive), 15 min ride, no slack.
    out, _ = route(feed, "2024-03-04", hms(7, 5), ["S1"], ["S2"], slack=0)
    assert out[0, 0, 0] == 20  # wait 5 min for 07:10 + 15
    out, _ = route(feed, "2024-03-04", hms(7, 51), ["S1"], ["S2"], slack=0, max_dur=60)
    assert np.isnan(out[0, 0, 0])  # no more departures
    # Window of 10 departure minutes 07:01..07:10: waits 9, 8, …, 0 → travel times 24, 23, …, 15 minutes.
    # R5's percentile = sorted value at index ceil(p/100·n) − 1: p25 → index 2 → 17, p50 → 4 → 19,
    # p75 → 7 → 22, p100 → 9 → 24.
    out, _ = route(feed, "2024-03-04", hms(7, 1), ["S1"], ["S2"], window=10, pcts=(25, 50, 75, 100), slack=0)
    assert out[0, 0].tolist() == [17, 19, 22, 24]


def test_unreachable_minutes_are_infinite_in_percentiles(tmp_path):
    feed = read_gtfs(write_feed(tmp_path, "f.zip", FREQ_FILES))
    # Window 07:41..07:50 with max duration 20 min: 07:41-07:45 wait for 07:50 (ride ends 08:05, 24..20 min;
    # only 07:45 → 20 min is within 20), 07:46-07:50 → 19..15 min. Times: [inf×4, 20, 19, 18, 17, 16, 15].
    # p50 = index 4 of sorted [15..20, inf×4] = 19; p75 = index 7 = inf → NaN.
    out, _ = route(
        feed, "2024-03-04", hms(7, 41), ["S1"], ["S2"], window=10, pcts=(50, 75), slack=0, max_dur=20
    )
    assert out[0, 0, 0] == 19
    assert np.isnan(out[0, 0, 1])


def test_service_removed_by_calendar_dates(tmp_path):
    files = dict(FREQ_FILES)
    files["calendar_dates.txt"] = "service_id,date,exception_type\nWK,20240305,2\n"
    feed = read_gtfs(write_feed(tmp_path, "c.zip", files))
    out, res = route(feed, "2024-03-05", hms(7, 5), ["S1"], ["S2"], slack=0)
    assert np.isnan(out[0, 0, 0])
    assert res.departures_in_window == 0
    out, _ = route(feed, "2024-03-06", hms(7, 5), ["S1"], ["S2"], slack=0)
    assert out[0, 0, 0] == 20


def test_calendar_dates_only_feed(tmp_path):
    files = dict(FREQ_FILES)
    files["calendar.txt"] = None
    files["calendar_dates.txt"] = "service_id,date,exception_type\nWK,20240305,1\n"
    feed = read_gtfs(write_feed(tmp_path, "c.zip", files))
    out, _ = route(feed, "2024-03-05", hms(7, 5), ["S1"], ["S2"], slack=0)
    assert out[0, 0, 0] == 20
    out, res = route(feed, "2024-03-06", hms(7, 5), ["S1"], ["S2"], slack=0)
    assert np.isnan(out[0, 0, 0])


OVERNIGHT = {
    "stops.txt": stops_csv("S1", "S2", "S3"),
    "routes.txt": "route_id,route_type\nRN,3\n",
    "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
    "MO,1,0,0,0,0,0,0,20240101,20241231\n",
    "trips.txt": "route_id,service_id,trip_id\nRN,MO,n1\n",
    "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "n1,23:50:00,23:50:00,S1,1\nn1,24:10:00,24:10:00,S2,2\nn1,24:30:00,24:30:00,S3,3\n",
}


def test_overnight_trip_past_midnight(tmp_path):
    feed = read_gtfs(write_feed(tmp_path, "n.zip", OVERNIGHT))
    # Monday 2024-03-04 at 23:45: the 23:50 trip reaches S3 at 24:30 → 45 min.
    out, _ = route(feed, "2024-03-04", hms(23, 45), ["S1"], ["S3"], slack=0)
    assert out[0, 0, 0] == 45
    # Tuesday 00:05 (service MO does not run on Tuesday): Monday's trip is at S2 at 00:10 → S3 00:30, 25 min.
    out, _ = route(feed, "2024-03-05", hms(0, 5), ["S2"], ["S3"], slack=0)
    assert out[0, 0, 0] == 25


def test_interpolated_stop_times(tmp_path):
    # S2 has no times; stops at lon 0, 0.01, 0.04 on the equator: distance share 1/4 → 08:05; even → 08:10;
    # with shape_dist_traveled 0, 3, 4 → 3/4 → 08:15.
    files = {
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nS1,a,0,0\nS2,b,0,0.01\nS3,c,0,0.04\n",
        "routes.txt": "route_id,route_type\nR,3\n",
        "trips.txt": "route_id,service_id,trip_id\nR,WK,t\n",
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "t,08:00:00,08:00:00,S1,1\nt,,,S2,2\nt,08:20:00,08:20:00,S3,3\n",
    }
    feed = read_gtfs(write_feed(tmp_path, "i.zip", files))
    out, _ = route(feed, "2024-03-04", hms(8, 0), ["S1"], ["S2"], slack=0)
    assert out[0, 0, 0] == 5
    feed = read_gtfs(write_feed(tmp_path, "i.zip", files), interpolation="even")
    out, _ = route(feed, "2024-03-04", hms(8, 0), ["S1"], ["S2"], slack=0)
    assert out[0, 0, 0] == 10
    files["stop_times.txt"] = (
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled\n"
        "t,08:00:00,08:00:00,S1,1,0\nt,,,S2,2,3\nt,08:20:00,08:20:00,S3,3,4\n"
    )
    feed = read_gtfs(write_feed(tmp_path, "i2.zip", files))
    out, _ = route(feed, "2024-03-04", hms(8, 0), ["S1"], ["S2"], slack=0)
    assert out[0, 0, 0] == 15


def test_walk_only_is_used_when_faster_and_origins_without_stop(tmp_path):
    feed = read_gtfs(write_feed(tmp_path, "f.zip", FREQ_FILES))
    tt = build_timetable(feed, "2024-03-04", hms(7, 5), hms(9, 0))
    set_transfers(tt, feed)
    # Origin 0 at S1, origin 1 far from any stop but 600 s walk from the destination at S2.
    acc = csr_matrix(([0.0], ([0], [0])), shape=(2, 2))
    egr = csr_matrix(([0.0], ([1], [0])), shape=(2, 1))
    walk = csr_matrix(([1800.0, 600.0], ([0, 1], [0, 0])), shape=(2, 1))
    res = travel_time_matrix(tt, acc, egr, hms(7, 5), time_window=1, walk=walk, board_slack=0)
    got = dict(zip(res.from_idx.tolist(), res.travel_time[:, 0].tolist()))
    assert got == {0: 20.0, 1: 10.0}  # transit 20 min beats 30 min walk; origin 1 walks 10 min
    assert res.origins_without_stop.tolist() == [1]


# ---------------------------------------------------------------- independent check on Porto Alegre


def dijkstra_reference(feed, date, t0, acc, egr, transfers, max_rides, slack, limit):
    """Earliest arrival (s) from each origin to each destination by a label-setting search on (stop, rides).

    Straightforward time-dependent Dijkstra written independently of the router: states are
    ('board', stop, rides) and ('alight', stop, rides); boarding considers every trip leaving the stop.
    """
    from conecta.core.gtfs import service_stop_times

    st, _ = service_stop_times(feed, date)
    st = st.sort_values(["trip_id", "stop_sequence"])
    stop_ids = list(feed.stops["stop_id"])
    sidx = {s: k for k, s in enumerate(stop_ids)}
    trips = {}
    for tid, g in st.groupby("trip_id", sort=False):
        trips[tid] = (
            [sidx[s] for s in g["stop_id"]],
            np.rint(g["arrival"].to_numpy()).astype(int).tolist(),
            np.rint(g["departure"].to_numpy()).astype(int).tolist(),
            (g["pickup_type"].to_numpy() != 1).tolist(),
            (g["drop_off_type"].to_numpy() != 1).tolist(),
        )
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
                for d, w in zip(
                    egr.indices[egr.indptr[s] : egr.indptr[s + 1]],
                    egr.data[egr.indptr[s] : egr.indptr[s + 1]],
                ):
                    result[o, d] = min(result[o, d], t + w)
                for s2, w in transfers.get(s, ()):
                    heapq.heappush(heap, (t + w, 0, s2, k))
                continue
            if k >= max_rides or s not in at_stop:
                continue
            for _dtime, tid, i in at_stop[s][bisect_left(deps[s], t + slack) :]:
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


def local_xy(lon, lat):
    lat0 = np.radians(-30.05)
    return np.c_[np.radians(lon) * 6371008.8 * np.cos(lat0), np.radians(lat) * 6371008.8]


@pytest.mark.slow
def test_agrees_with_independent_dijkstra_porto_alegre():
    from data_paths import shared

    feed = read_feeds([shared("porto_alegre", "poa_eptc.zip"), shared("porto_alegre", "poa_trensurb.zip")])
    hexes = pd.read_csv(shared("porto_alegre", "poa_hexgrid.csv"))
    rng = np.random.default_rng(7)
    sample = hexes.iloc[np.sort(rng.choice(len(hexes), 30, replace=False))]
    zone_xy = local_xy(sample["lon"].to_numpy(), sample["lat"].to_numpy())
    stop_xy = local_xy(feed.stops["stop_lon"].to_numpy(), feed.stops["stop_lat"].to_numpy())
    t0, max_dur, slack, max_walk = hms(14, 0), 90, 60, 900.0
    tt = build_timetable(feed, "2019-05-13", t0, t0 + 60 + max_dur * 60)
    set_transfers(tt, feed, stop_xy=stop_xy, max_walk_time=600.0)
    acc = straight_line_walk(zone_xy, stop_xy, max_walk)
    egr = straight_line_walk(stop_xy, zone_xy, max_walk)
    res = travel_time_matrix(
        tt, acc, egr, t0, time_window=1, max_trip_duration=max_dur, max_transfers=2, board_slack=slack
    )
    ours = np.full((30, 30), np.nan)
    ours[res.from_idx, res.to_idx] = res.travel_time[:, 0]
    transfers = defaultdict(list)
    for a in range(tt.n_stops):
        for p in range(tt.transfer_ptr[a], tt.transfer_ptr[a + 1]):
            transfers[a].append((int(tt.transfer_idx[p]), int(tt.transfer_sec[p])))
    ref = dijkstra_reference(feed, "2019-05-13", t0, acc, egr, transfers, 3, slack, max_dur * 60)
    ref_min = np.where(ref - t0 <= max_dur * 60, np.floor((ref - t0) / 60), np.nan)
    assert np.isfinite(ref_min).sum() > 200  # a meaningful share of pairs is reachable by transit
    np.testing.assert_array_equal(ours, ref_min)


@pytest.mark.slow
def test_window_reuse_matches_separate_minutes_porto_alegre():
    # rRAPTOR reuses labels between departure minutes; the result must equal the R5 percentiles of
    # independent single-minute runs (index ceil(p/100·n) − 1 of the sorted minute times, computed here).
    from data_paths import shared

    feed = read_feeds([shared("porto_alegre", "poa_eptc.zip"), shared("porto_alegre", "poa_trensurb.zip")])
    hexes = pd.read_csv(shared("porto_alegre", "poa_hexgrid.csv"))
    sample = hexes.iloc[::41]
    zone_xy = local_xy(sample["lon"].to_numpy(), sample["lat"].to_numpy())
    stop_xy = local_xy(feed.stops["stop_lon"].to_numpy(), feed.stops["stop_lat"].to_numpy())
    t0, window, max_dur = hms(14, 0), 12, 60
    tt = build_timetable(feed, "2019-05-13", t0, t0 + window * 60 + max_dur * 60)
    set_transfers(tt, feed, stop_xy=stop_xy, max_walk_time=600.0)
    acc = straight_line_walk(zone_xy, stop_xy, 900.0)
    egr = straight_line_walk(stop_xy, zone_xy, 900.0)
    n = len(sample)
    pcts = (1, 25, 50, 75, 100)
    res = travel_time_matrix(
        tt, acc, egr, t0, time_window=window, percentiles=pcts, max_trip_duration=max_dur, chunk_size=7
    )
    got = np.full((n, n, len(pcts)), np.nan)
    got[res.from_idx, res.to_idx] = res.travel_time
    single = np.full((window, n, n), np.inf)
    for m in range(window):
        one = travel_time_matrix(tt, acc, egr, t0 + 60 * m, time_window=1, max_trip_duration=max_dur)
        single[m, one.from_idx, one.to_idx] = one.travel_time[:, 0]
    srt = np.sort(single, axis=0)
    expected = np.stack([srt[int(np.ceil(p / 100 * window)) - 1] for p in pcts], axis=-1)
    expected[np.isinf(expected)] = np.nan
    expected[np.isnan(expected[:, :, :1]).repeat(len(pcts), axis=2)] = np.nan
    assert np.isfinite(expected[:, :, 2]).sum() > 100
    np.testing.assert_array_equal(got, expected)


def test_max_walk_time_and_cancel(tmp_path):
    from conecta.core.progress import Cancelled

    feed = read_gtfs(write_feed(tmp_path, "f.zip", FREQ_FILES))
    tt = build_timetable(feed, "2024-03-04", hms(7, 5), hms(9, 0))
    set_transfers(tt, feed)
    acc = csr_matrix(([300.0], ([0], [0])), shape=(1, 2))  # 5 min walk to S1
    egr = csr_matrix(([0.0], ([1], [0])), shape=(2, 1))
    res = travel_time_matrix(tt, acc, egr, hms(7, 5), board_slack=0, time_window=1)
    assert res.travel_time[:, 0].tolist() == [20.0]  # at S1 07:10, board, S2 07:25
    res = travel_time_matrix(tt, acc, egr, hms(7, 5), board_slack=0, time_window=1, max_walk_time=4)
    assert len(res.from_idx) == 0 and res.origins_without_stop.tolist() == [0]
    with pytest.raises(Cancelled):
        travel_time_matrix(tt, acc, egr, hms(7, 5), time_window=5, progress=lambda f: False)
