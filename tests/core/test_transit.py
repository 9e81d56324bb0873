"""Tests of the RAPTOR router on hand-made feeds with known answers and against an independent Dijkstra.

Boarding follows R5 (FastRaptorWorker): a trip is boarded only when it departs more than the slack after the
arrival at its stop (departure > arrival + slack); with the default 60 s a bus leaving exactly 60 s after the
arrival is missed. The hand-made cases below state where that boundary lies.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from handmade_gtfs import write_zip
from scipy.sparse import csr_matrix
from transit_reference import earliest_arrivals, local_xy, transfer_lists

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
    write_zip(path, files)
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


@pytest.mark.parametrize("min_transfer, expected", [(59, 21), (60, 41)])
def test_transfer_with_exactly_60_s_of_slack_is_missed(tmp_path, min_transfer, expected):
    # Leave S1 at 07:58:59: 61 s before the 08:00 trip, caught; S2 at 08:10:00. A 59 s transfer to S2b
    # arrives 08:10:59, 61 s before the 08:12 trip: caught, S3 at 08:20 → 21:01 → 21 min. A 60 s transfer
    # arrives 08:11:00, exactly 60 s before it: R5 boards only when departure > arrival + 60 s, so the trip
    # is missed and the 08:30 one arrives 08:40 → 41:01 → 41 min.
    files = dict(TRANSFER_FILES)
    files["transfers.txt"] = (
        f"from_stop_id,to_stop_id,transfer_type,min_transfer_time\nS2,S2b,2,{min_transfer}\n"
    )
    feed = read_gtfs(write_feed(tmp_path, "t.zip", files))
    out, _ = route(feed, "2024-03-04", hms(7, 58, 59), ["S1"], ["S3"])
    assert out[0, 0, 0] == expected


def test_first_boarding_with_exactly_60_s_of_slack_is_missed(tmp_path):
    # At S1 at 07:59:00 the 08:00:00 trip leaves exactly 60 s later: missed (R5); nothing else runs on RA.
    # One second earlier it is caught: S2 at 08:10:00, 11:01 → 11 min.
    feed = read_gtfs(write_feed(tmp_path, "t.zip", TRANSFER_FILES))
    out, _ = route(feed, "2024-03-04", hms(7, 59), ["S1"], ["S2"])
    assert np.isnan(out[0, 0, 0])
    out, _ = route(feed, "2024-03-04", hms(7, 58, 59), ["S1"], ["S2"])
    assert out[0, 0, 0] == 11


def test_transfer_forbidden_and_max_transfers(tmp_path):
    files = dict(TRANSFER_FILES)
    files["transfers.txt"] = "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nS2,S2b,3,\n"
    feed = read_gtfs(write_feed(tmp_path, "t.zip", files))
    out, res = route(feed, "2024-03-04", hms(7, 58), ["S1"], ["S2", "S3"])
    assert out[0, 0, 0] == 12  # S2 by the first ride: 08:10 - 07:58
    assert np.isnan(out[0, 1, 0])  # type 3: no way to S2b
    files["transfers.txt"] = "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nS2,S2b,2,30\n"
    feed = read_gtfs(write_feed(tmp_path, "t2.zip", files))
    out, _ = route(feed, "2024-03-04", hms(7, 58), ["S1"], ["S3"], max_transfers=0)
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
    # Departures 07:00, 07:10, …, 07:50 (not 08:00: end_time is exclusive), 15 min ride, no slack: a trip is
    # boarded when it leaves after the arrival (departure > arrival + 0 s).
    out, _ = route(feed, "2024-03-04", hms(7, 5), ["S1"], ["S2"], slack=0)
    assert out[0, 0, 0] == 20  # wait 5 min for 07:10 + 15
    out, _ = route(feed, "2024-03-04", hms(7, 51), ["S1"], ["S2"], slack=0, max_dur=60)
    assert np.isnan(out[0, 0, 0])  # no more departures
    # Window of 10 departure minutes 07:01..07:10: 07:01..07:09 wait 9, …, 1 min for 07:10 → 24, …, 16 min;
    # at 07:10:00 the 07:10:00 departure is not after the arrival, so 07:20 → 25 min. Sorted 16 … 25.
    # R5's percentile = sorted value at index ceil(p/100·n) − 1: p25 → index 2 → 18, p50 → 4 → 20,
    # p75 → 7 → 23, p100 → 9 → 25.
    out, _ = route(feed, "2024-03-04", hms(7, 1), ["S1"], ["S2"], window=10, pcts=(25, 50, 75, 100), slack=0)
    assert out[0, 0].tolist() == [18, 20, 23, 25]


def test_unreachable_minutes_are_infinite_in_percentiles(tmp_path):
    feed = read_gtfs(write_feed(tmp_path, "f.zip", FREQ_FILES))
    # Window 07:41..07:50 with max duration 20 min: 07:41-07:49 wait for 07:50 (ride ends 08:05: 24..16 min,
    # within 20 from 07:45 on); at 07:50:00 the 07:50 trip does not leave after the arrival and there is no
    # 08:00 trip (end_time is exclusive). Times: [inf×4, 20, 19, 18, 17, 16, inf].
    # p50 = index 4 of sorted [16..20, inf×5] = 20; p75 = index 7 = inf → NaN.
    out, _ = route(
        feed, "2024-03-04", hms(7, 41), ["S1"], ["S2"], window=10, pcts=(50, 75), slack=0, max_dur=20
    )
    assert out[0, 0, 0] == 20
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
    # with shape_dist_traveled 0, 3, 4 → 3/4 → 08:15. Leaving S1 at 07:59 (the 08:00 trip leaves after it):
    # 6, 11 and 16 minutes.
    files = {
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nS1,a,0,0\nS2,b,0,0.01\nS3,c,0,0.04\n",
        "routes.txt": "route_id,route_type\nR,3\n",
        "trips.txt": "route_id,service_id,trip_id\nR,WK,t\n",
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "t,08:00:00,08:00:00,S1,1\nt,,,S2,2\nt,08:20:00,08:20:00,S3,3\n",
    }
    feed = read_gtfs(write_feed(tmp_path, "i.zip", files))
    out, _ = route(feed, "2024-03-04", hms(7, 59), ["S1"], ["S2"], slack=0)
    assert out[0, 0, 0] == 6
    feed = read_gtfs(write_feed(tmp_path, "i.zip", files), interpolation="even")
    out, _ = route(feed, "2024-03-04", hms(7, 59), ["S1"], ["S2"], slack=0)
    assert out[0, 0, 0] == 11
    files["stop_times.txt"] = (
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled\n"
        "t,08:00:00,08:00:00,S1,1,0\nt,,,S2,2,3\nt,08:20:00,08:20:00,S3,3,4\n"
    )
    feed = read_gtfs(write_feed(tmp_path, "i2.zip", files))
    out, _ = route(feed, "2024-03-04", hms(7, 59), ["S1"], ["S2"], slack=0)
    assert out[0, 0, 0] == 16


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
    # the reference boards like R5 (departure > arrival + 60 s): every minute must agree
    ref = earliest_arrivals(feed, "2019-05-13", t0, acc, egr, transfer_lists(tt), 3, slack, max_dur * 60)
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
    acc = csr_matrix(([299.0], ([0], [0])), shape=(1, 2))  # 4:59 walk to S1
    egr = csr_matrix(([0.0], ([1], [0])), shape=(2, 1))
    res = travel_time_matrix(tt, acc, egr, hms(7, 5), board_slack=0, time_window=1)
    assert res.travel_time[:, 0].tolist() == [20.0]  # at S1 07:09:59, board the 07:10, S2 07:25
    res = travel_time_matrix(tt, acc, egr, hms(7, 5), board_slack=0, time_window=1, max_walk_time=4)
    assert len(res.from_idx) == 0 and res.origins_without_stop.tolist() == [0]
    with pytest.raises(Cancelled):
        travel_time_matrix(tt, acc, egr, hms(7, 5), time_window=5, progress=lambda f: False)


# ---------------------------------------------------------------- midnight


MIDNIGHT = {
    "stops.txt": stops_csv("S1", "S2", "S3", "S4"),
    "routes.txt": "route_id,route_type\nRN,3\n",
    "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
    "MO,1,0,0,0,0,0,0,20240101,20241231\n",
    "trips.txt": "route_id,service_id,trip_id\nRN,MO,ends\nRN,MO,starts\n",
    # Monday's service: "ends" runs S1 23:40 → S2 24:00:00; "starts" runs S2 24:00:00 → S3 24:10 → S4 24:20
    "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "ends,23:40:00,23:40:00,S1,1\nends,24:00:00,24:00:00,S2,2\n"
    "starts,24:00:00,24:00:00,S2,1\nstarts,24:10:00,24:10:00,S3,2\nstarts,24:20:00,24:20:00,S4,3\n",
}


def test_trips_ending_and_starting_at_24_00(tmp_path):
    feed = read_gtfs(write_feed(tmp_path, "m.zip", MIDNIGHT))
    # Monday 23:38 at S1: "ends" (23:40, 120 s later) reaches S2 at 24:00:00 → 22 min. "starts" leaves S2 at
    # that very second: not boarded (R5 needs more than 60 s), so S3 is out of reach.
    out, _ = route(feed, "2024-03-04", hms(23, 38), ["S1"], ["S2", "S3"])
    assert out[0, 0, 0] == 22 and np.isnan(out[0, 1, 0])
    # Monday 23:58 at S2: "starts" leaves at 24:00:00 (Tuesday 00:00), S3 at 24:10:00 → 12 min.
    out, _ = route(feed, "2024-03-04", hms(23, 58), ["S2"], ["S3"])
    assert out[0, 0, 0] == 12
    # Tuesday 00:05 at S3 (MO does not run on Tuesday): Monday's "starts" is there at 00:10 → S4 00:20, 15 min.
    out, _ = route(feed, "2024-03-05", hms(0, 5), ["S3"], ["S4"], slack=0)
    assert out[0, 0, 0] == 15
    # Tuesday 00:00 at S2 with no slack: "starts" leaves at 00:00:00, not after the arrival: missed.
    out, _ = route(feed, "2024-03-05", hms(0, 0), ["S2"], ["S4"], slack=0)
    assert np.isnan(out[0, 0, 0])


# ---------------------------------------------------------------- walking legs and linking


def street(*coords):
    """A walking graph of straight residential streets given as vertex lists (metres)."""
    from conecta.core.network import build_network, mode_graph

    parts = [np.asarray(c, dtype=float) for c in coords]
    net = build_network(parts, np.arange(len(parts)), highway=["residential"] * len(parts))
    return mode_graph(net, "walk")


def test_walk_tables_on_a_street_and_in_a_straight_line():
    from conecta.core.transit import walk_tables

    # 3.6 km/h = 1 m/s. Origin at x = 0, 30 m north of the street y = 0; stop at x = 300 on it; destination
    # at x = 1000. On the street: 30 m to it, then 300 m → 330 s; stop → destination 700 s.
    graph = street([(-100, 0), (2000, 0)])
    origin, stop, destination = np.array([[0.0, 30.0]]), np.array([[300.0, 0.0]]), np.array([[1000.0, 0.0]])
    legs = walk_tables(graph, origin, destination, stop, 1800, 600, 3.6)
    assert legs.access.toarray().tolist() == [[330.0]]
    assert legs.egress.toarray().tolist() == [[700.0]]
    assert legs.walk.toarray().tolist() == [[1030.0]]
    # Without a street: the straight line × 1.3, in whole seconds: hypot(300, 30) × 1.3 = 392.07 → 392 s.
    legs = walk_tables(None, origin, destination, stop, 1800, 600, 3.6)
    assert legs.access.toarray().tolist() == [[392.0]]
    assert legs.egress.toarray().tolist() == [[910.0]]  # 700 × 1.3
    # a stop without coordinates gets no leg and is listed
    legs = walk_tables(None, origin, None, np.array([[np.nan, np.nan], [300.0, 0.0]]), 1800, 600, 3.6)
    assert legs.unsnapped_stops.tolist() == [0] and legs.access.toarray().tolist() == [[0.0, 392.0]]


def test_points_near_an_island_are_linked_to_the_main_network():
    from conecta.core.transit import link_points

    # main street y = 0 from x = -500 to 3000; an island street y = 40 from x = -20 to 20, 10 m from the point
    graph = street([(-500, 0), (3000, 0)], [(-20, 40), (20, 40)])
    snapped, relinked = link_points(graph, np.array([[0.0, 30.0], [1000.0, 5.0]]), 500)
    assert relinked.tolist() == [True, False]
    assert snapped.distance_m.tolist() == [30.0, 5.0]
    assert snapped.projection_xy.tolist() == [[0.0, 0.0], [1000.0, 0.0]]
    # an island beyond the snapping distance of the main network keeps the point on the island
    snapped, relinked = link_points(graph, np.array([[0.0, 30.0]]), 20)
    assert not relinked[0] and snapped.distance_m[0] == 10.0


def test_transit_isochrone_from_a_point_near_an_island(tmp_path):
    from conecta.core.transit import TransitSettings, transit_isochrones

    # No bus runs (the date has no service): walking only, 1 m/s. The point is 30 m from the main street
    # (linked there, not to the 10 m-away island): with 10 minutes, 600 − 30 = 570 s along the street each
    # way, so the reached street runs from x = -500 (its end, 500 s) to x = 570.
    graph = street([(-500, 0), (3000, 0)], [(-20, 40), (20, 40)])
    feed = read_gtfs(write_feed(tmp_path, "f.zip", FREQ_FILES))
    settings = TransitSettings(date="2024-03-04", departure=hms(23, 0), window=1, max_walk=30)
    reach = transit_isochrones(feed, settings, graph, np.array([[0.0, 30.0]]), np.full((2, 2), np.nan), [10])
    pieces = reach.pieces(0)[10.0]
    xs = np.concatenate([p[:, 0] for p in pieces])
    ys = np.concatenate([p[:, 1] for p in pieces])
    assert xs.min() == pytest.approx(-500) and xs.max() == pytest.approx(570)
    assert ys.max() == pytest.approx(30)  # the leg from the point to the main street; no island piece
    assert reach.unsnapped_points.tolist() == []


def test_router_refuses_settings_out_of_range():
    from conecta.core.transit import transit_travel_times

    feed_tt = type("T", (), {})()
    acc, egr = csr_matrix((1, 2)), csr_matrix((2, 1))
    for kwargs, message in (
        ({"time_window": 0}, "time_window must be at least 1 minute"),
        ({"max_transfers": -1}, "max_transfers must be >= 0"),
        ({"percentiles": (0,)}, "percentiles must be between 1 and 100"),
        ({"percentiles": (101,)}, "percentiles must be between 1 and 100"),
    ):
        with pytest.raises(ValueError, match=message):
            transit_travel_times(feed_tt, acc, egr, 0, **kwargs)


def test_walking_tables_of_the_wrong_shape_and_speeds_are_refused(tmp_path):
    feed = read_gtfs(write_feed(tmp_path, "f.zip", FREQ_FILES))
    tt = build_timetable(feed, "2024-03-04", hms(7, 0), hms(9, 0))
    with pytest.raises(ValueError, match=r"walking table has shape \(1, 3\), expected \(1, 2\)"):
        travel_time_matrix(tt, csr_matrix((1, 3)), csr_matrix((2, 1)), hms(7, 0), time_window=1)
    with pytest.raises(ValueError, match="speed and detour must be positive"):
        straight_line_walk(np.zeros((1, 2)), np.zeros((1, 2)), 60, speed_kmh=0)
