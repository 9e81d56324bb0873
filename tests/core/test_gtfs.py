"""Tests of the offline GTFS reader: broken rows, calendars, frequencies, several feeds, stop summaries."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections import Counter

import numpy as np
import pytest
from handmade_gtfs import write_zip

from conecta.core.gtfs import (
    active_services,
    expand_frequencies,
    parse_time,
    read_feeds,
    read_gtfs,
    representative_weekday,
    route_shapes,
    stop_summary,
)

AGENCY = "agency_id,agency_name,agency_url,agency_timezone\nA,Test,http://x,America/Sao_Paulo\n"
WEEK = (
    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
    "WK,1,1,1,1,1,0,0,20240101,20240630\n"
)


def write_feed(tmp_path, name, files):
    files = {"agency.txt": AGENCY, "calendar.txt": WEEK, **files}
    path = tmp_path / name
    write_zip(path, files)
    return path


BROKEN = {
    "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nS1,a,-30,-51\nS2,b,-30.001,-51\n,nameless,-30,-51\n"
    "S3,c,north,-51\n",
    "routes.txt": "route_id,route_type\nR1,3\n",
    "trips.txt": "route_id,service_id,trip_id\nR1,WK,t1\nR9,WK,t2\nR1,WK,t3\n",
    "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "t1,25:10:00,25:10:00,S1,1\n"  # line 2
    "t1,25:20:00,25:20:00,S2,2\n"  # line 3
    "t1,25:25:00,25:25:00,SX,3\n"  # line 4: unknown stop
    "t3,07:00:00,07:00:00,S1,1\n"  # line 5
    "t3,7h05,7h05,S2,2\n"  # line 6: unparsable
    "t2,08:00:00,08:00:00,S1,1\n",  # line 7: trip of an unknown route (dropped with the trip)
}


def test_broken_rows_are_skipped_counted_and_located(tmp_path):
    feed = read_gtfs(write_feed(tmp_path, "b.zip", BROKEN))
    diag = feed.diagnostics
    assert diag.skipped_rows["stops.txt"] == 2  # missing id (line 4), bad latitude (line 5)
    assert sorted(line for line, _ in diag.examples["stops.txt"]) == [4, 5]
    assert diag.skipped_rows["trips.txt"] == 1 and diag.examples["trips.txt"] == [(3, "unknown route_id")]
    st_lines = dict(diag.examples["stop_times.txt"])
    assert (
        st_lines[6] == "unparsable time"
        and st_lines[7] == "unknown trip_id"
        and st_lines[4] == "unknown stop_id"
    )
    # t3 lost its second stop, so it has a single stop and is dropped too (reported at its first line, 5).
    assert st_lines[5] == "trip without first/last time"
    assert diag.skipped_rows["stop_times.txt"] == 4
    assert sorted(feed.trips["trip_id"]) == ["t1"]
    # Times past midnight: 25:10:00 = 90,600 s.
    assert feed.stop_times["departure"].tolist() == [90600.0, 91200.0]
    assert {"frequencies.txt", "transfers.txt", "shapes.txt", "calendar_dates.txt"} <= set(diag.missing_files)


def test_parse_time():
    got = parse_time(["00:00:00", "7:05:09", "24:00:00", "30:59:59", "", "12:60:00", "ab"])
    assert got[:4].tolist() == [0, 7 * 3600 + 5 * 60 + 9, 86400, 30 * 3600 + 59 * 60 + 59]
    assert np.isnan(got[4:]).all()


def test_services_on_dates_and_range(tmp_path):
    files = dict(BROKEN)
    files["calendar_dates.txt"] = (
        "service_id,date,exception_type\nWK,20240102,2\nSP,20240106,1\nWK,20240106,1\n"
    )
    feed = read_gtfs(write_feed(tmp_path, "c.zip", files))
    assert active_services(feed, "2024-01-01").service_ids == ["WK"]  # Monday
    assert active_services(feed, "2024-01-02").service_ids == []  # removed
    assert active_services(feed, "2024-01-06").service_ids == ["SP", "WK"]  # Saturday, both added
    assert active_services(feed, "2024-01-07").service_ids == []  # Sunday
    out = active_services(feed, dt.date(2025, 1, 6))
    assert (
        not out.in_range and out.first_date == dt.date(2024, 1, 1) and out.last_date == dt.date(2024, 6, 30)
    )


def test_frequencies_expand_and_feeds_do_not_collide(tmp_path):
    files = {
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nS1,a,0,0\nS2,b,0,0.01\n",
        "routes.txt": "route_id,route_type\nR,3\n",
        "trips.txt": "route_id,service_id,trip_id\nR,WK,f\n",
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "f,05:00:00,05:00:00,S1,1\nf,05:12:00,05:12:00,S2,2\n",
        # 07:00-08:00 every 7 min → 07:00 … 07:56 = 9 departures; 08:00-08:30 exact every 10 → 3.
        "frequencies.txt": "trip_id,start_time,end_time,headway_secs,exact_times\n"
        "f,07:00:00,08:00:00,420,0\nf,08:00:00,08:30:00,600,1\n",
    }
    feed = read_gtfs(write_feed(tmp_path, "f.zip", files))
    st = expand_frequencies(feed)
    first = st.groupby("trip_id")["departure"].min().sort_values()
    assert len(first) == 12
    assert first.iloc[-1] == 8 * 3600 + 20 * 60
    arrive = st.groupby("trip_id")["arrival"].max().sort_values()
    assert arrive.iloc[0] == 7 * 3600 + 12 * 60  # template offsets kept
    merged = read_feeds([write_feed(tmp_path, "f.zip", files), write_feed(tmp_path, "g.zip", files)])
    assert len(merged.stops) == 4 and merged.stops["stop_id"].is_unique
    assert sorted(merged.trips["trip_id"]) == ["0:f", "1:f"]
    assert len(expand_frequencies(merged).groupby("trip_id")) == 24
    summary, _ = stop_summary(merged, "2024-01-01", 7 * 3600, 8 * 3600)
    s1 = summary.set_index("stop_id").loc["0:S1"]
    assert s1["departures"] == 9 and s1["mode"] == "bus"
    assert s1["mean_headway_min"] == pytest.approx(60 / 9)
    assert summary.set_index("stop_id").loc["0:S2", "departures"] == 0  # last stop: no departures


def calendar_feed(tmp_path, name, trips, calendar_dates=None, frequencies=None):
    """A feed whose calendar runs from Tuesday 2008-01-01 to 2008-02-29 with weekday, Tuesday-only,
    Thursday-only and Saturday services; ``trips`` maps trip id → service id."""
    calendar = (
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,0,0,20080101,20080229\n"
        "TU,0,1,0,0,0,0,0,20080101,20080229\n"
        "TH,0,0,0,1,0,0,0,20080101,20080229\n"
        "SA,0,0,0,0,0,1,0,20080101,20080229\n"
    )
    files = {
        "calendar.txt": calendar,
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nS1,a,0,0\nS2,b,0,0.01\n",
        "routes.txt": "route_id,route_type\nR,3\n",
        "trips.txt": "route_id,service_id,trip_id\n" + "".join(f"R,{s},{t}\n" for t, s in trips.items()),
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "".join(f"{t},07:00:00,07:00:00,S1,1\n{t},07:10:00,07:10:00,S2,2\n" for t in trips),
        "calendar_dates.txt": calendar_dates,
        "frequencies.txt": frequencies,
    }
    return read_gtfs(write_feed(tmp_path, name, files))


def test_representative_weekday_has_the_most_trips_of_the_first_full_week(tmp_path):
    # weekdays run 3 trips, Thursdays 2 more, Saturdays 6 (not a weekday); 2008-01-01 (a Tuesday, New
    # Year's Day) is removed. The first full week is Monday 7 to Sunday 13 January.
    trips = {"w1": "WK", "w2": "WK", "w3": "WK", "h1": "TH", "h2": "TH", **{f"s{i}": "SA" for i in range(6)}}
    holiday = "service_id,date,exception_type\nWK,20080101,2\n"
    day = representative_weekday(calendar_feed(tmp_path, "a.zip", trips, holiday))
    assert (day.date, day.trips, day.full_week) == (dt.date(2008, 1, 10), 5, True)  # Thursday
    # Thursday 10 January is a holiday: the other weekdays tie at 3 trips, Monday comes first
    holidays = holiday + "WK,20080110,2\nTH,20080110,2\n"
    day = representative_weekday(calendar_feed(tmp_path, "b.zip", trips, holidays))
    assert (day.date, day.trips) == (dt.date(2008, 1, 7), 3)


def test_representative_weekday_counts_frequency_departures(tmp_path):
    # a Tuesday-only trip every 10 minutes from 06:00 to 08:00 makes 12 departures: Tuesday 8 January
    # (3 weekday trips + 12) beats Thursday (3 + 2)
    trips = {"w1": "WK", "w2": "WK", "w3": "WK", "h1": "TH", "h2": "TH", "f": "TU"}
    frequencies = "trip_id,start_time,end_time,headway_secs\nf,06:00:00,08:00:00,600\n"
    day = representative_weekday(calendar_feed(tmp_path, "f.zip", trips, frequencies=frequencies))
    assert (day.date, day.trips) == (dt.date(2008, 1, 8), 15)


def test_representative_weekday_without_a_full_week(tmp_path):
    # service on three dates only (calendar_dates.txt, Friday 4 to Sunday 6 January 2008): no full week
    files = {
        "calendar.txt": None,
        "calendar_dates.txt": "service_id,date,exception_type\nX,20080104,1\nX,20080105,1\nX,20080106,1\n",
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nS1,a,0,0\nS2,b,0,0.01\n",
        "routes.txt": "route_id,route_type\nR,3\n",
        "trips.txt": "route_id,service_id,trip_id\nR,X,t\n",
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "t,07:00:00,07:00:00,S1,1\nt,07:10:00,07:10:00,S2,2\n",
    }
    day = representative_weekday(read_gtfs(write_feed(tmp_path, "d.zip", files)))
    assert (day.date, day.trips, day.full_week) == (dt.date(2008, 1, 4), 1, False)


# ------------------------------------------------------------------------------- real feeds


def raw_departures(path, date, start, end):
    """Departures per stop in [start, end) computed straight from the zip with the csv module."""
    with zipfile.ZipFile(path) as zf:

        def rows(name):
            if name not in zf.namelist():
                return []
            text = io.TextIOWrapper(zf.open(name), encoding="utf-8-sig")
            return [{k.strip(): (v or "").strip() for k, v in r.items()} for r in csv.DictReader(text)]

        cal, trips, st, fr = (
            rows("calendar.txt"),
            rows("trips.txt"),
            rows("stop_times.txt"),
            rows("frequencies.txt"),
        )
    day = date.strftime("%Y%m%d")
    wd = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][date.weekday()]
    services = {c["service_id"] for c in cal if c[wd] == "1" and c["start_date"] <= day <= c["end_date"]}
    active = {t["trip_id"] for t in trips if t["service_id"] in services}

    def sec(t):
        h, m, s = (int(x) for x in t.split(":"))
        return h * 3600 + m * 60 + s

    by_trip = {}
    for r in st:
        if r["trip_id"] in active:
            by_trip.setdefault(r["trip_id"], []).append(
                (int(r["stop_sequence"]), r["stop_id"], sec(r["departure_time"]))
            )
    freqs = {}
    for f in fr:
        freqs.setdefault(f["trip_id"], []).append(
            (sec(f["start_time"]), sec(f["end_time"]), int(f["headway_secs"]))
        )
    count = Counter()
    for trip, stops in by_trip.items():
        stops.sort()
        t_first = stops[0][2]
        starts = [0]
        if trip in freqs:
            starts = [s - t_first for a, b, h in freqs[trip] for s in range(a, b, h)]
        for _, stop, t in stops[:-1]:
            for off in starts:
                if start <= t + off < end:
                    count[stop] += 1
    return count


@pytest.mark.parametrize(
    "parts, date, n_stops, n_trips, n_routes",
    [
        (("sao_paulo", "spo.zip"), dt.date(2019, 5, 13), 654, 36, 19),
        (("gtfs", "cdmx_df_gtfs_2013.zip"), dt.date(2013, 7, 1), 5215, 1542, 129),
    ],
)
def test_frequency_feeds_counts_and_departures_per_hour(parts, date, n_stops, n_trips, n_routes):
    from data_paths import shared

    path = shared(*parts)
    feed = read_gtfs(path)
    # Counts from the data README (stops, routes) and the files' line counts (trips).
    assert (len(feed.stops), len(feed.trips), len(feed.routes)) == (n_stops, n_trips, n_routes)
    assert len(feed.frequencies) > 0
    summary, day = stop_summary(feed, date, 7 * 3600, 8 * 3600)
    assert day.in_range
    expected = raw_departures(path, date, 7 * 3600, 8 * 3600)
    got = summary.set_index("stop_id")["departures_per_hour"]
    assert sum(expected.values()) > 100
    for stop, n in expected.items():
        assert got[stop] == n, stop
    assert got.sum() == sum(expected.values())


def test_fortaleza_and_porto_alegre_counts():
    from data_paths import shared

    fort = read_gtfs(shared("gtfs", "gtfs2gps_fortaleza.zip"))
    assert (len(fort.stops), len(fort.routes)) == (209, 14)  # data README
    out = active_services(fort, "2025-01-01")
    assert not out.in_range and str(out.first_date) == "2019-06-14" and str(out.last_date) == "2019-09-14"
    poa = read_gtfs(shared("porto_alegre", "poa_eptc.zip"))
    # data README: 3,986 stops, 2,374 trips, 130,019 stop_times, service 2019-04-15..07-15
    assert (len(poa.stops), len(poa.trips), len(poa.stop_times)) == (3986, 2374, 130019)
    day = active_services(poa, "2019-05-13")
    assert (str(day.first_date), str(day.last_date)) == ("2019-04-15", "2019-07-15")
    assert not poa.stop_times[["arrival", "departure"]].isna().any().any()
    shapes = route_shapes(poa)
    assert len(shapes) == poa.shapes["shape_id"].nunique() and shapes[0].coords.shape[1] == 2


# ------------------------------------------------------------------------------- bad input


def minimal(stop_times=None, **files):
    """One route, two stops, one weekday trip S1 08:00 → S2 08:10 (files overridable, None removes one)."""
    base = {
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nS1,a,0,0\nS2,b,0,0.01\n",
        "routes.txt": "route_id,route_type\nR,3\n",
        "trips.txt": "route_id,service_id,trip_id\nR,WK,t\n",
        "stop_times.txt": stop_times
        or "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nt,08:00:00,08:00:00,S1,1\n"
        "t,08:10:00,08:10:00,S2,2\n",
    }
    base.update(files)
    return base


def test_a_file_that_is_not_a_zip_is_refused(tmp_path):
    from conecta.core.errors import InputError

    path = tmp_path / "feed.zip"
    path.write_text("stop_id,stop_name\n")
    with pytest.raises(InputError, match="feed.zip is not a GTFS zip file") as raised:
        read_gtfs(path)
    assert raised.value.code == "gtfs_not_zip"


@pytest.mark.parametrize(
    "files, code, message",
    [
        ({"stop_times.txt": None}, "gtfs_missing_file", "f.zip has no stop_times.txt"),
        ({"stops.txt": None}, "gtfs_missing_file", "f.zip has no stops.txt"),
        (
            {"trips.txt": "route_id,trip_id\nR,t\n"},
            "gtfs_missing_columns",
            "lacks the required columns service_id",
        ),
        (
            {"stop_times.txt": ""},
            "gtfs_missing_columns",
            "stop_times.txt of f.zip lacks the required columns",
        ),
        (
            {"stop_times.txt": 'trip_id,stop_id,stop_sequence\nt,"S1,1\n'},
            "gtfs_unreadable",
            "stop_times.txt of f.zip cannot be read as a table",
        ),
    ],
)
def test_missing_files_columns_and_unreadable_tables_are_refused(tmp_path, files, code, message):
    from conecta.core.errors import InputError

    with pytest.raises(InputError, match=message) as raised:
        read_gtfs(write_feed(tmp_path, "f.zip", {**minimal(), **files}))
    assert raised.value.code == code


def test_rows_with_too_many_fields_are_skipped_and_lines_stay_right(tmp_path):
    # stops.txt line 3 has a field more than the header: skipped and reported; line 5's bad latitude is
    # still named as line 5 (the file's own numbering)
    stops = "stop_id,stop_name,stop_lat,stop_lon\nS1,a,0,0\nS9,x,0,0,extra\nS2,b,0,0.01\nS8,y,north,0\n"
    feed = read_gtfs(write_feed(tmp_path, "f.zip", minimal(**{"stops.txt": stops})))
    diag = feed.diagnostics
    assert diag.examples["stops.txt"] == [(3, "wrong number of fields"), (5, "invalid coordinates")]
    assert feed.stops["stop_id"].tolist() == ["S1", "S2"] and feed.stops["line"].tolist() == [2, 4]
    # stop_times.txt is read for its GTFS columns only: a row's extra fields are not read, the row is kept
    st = (
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nt,08:00:00,08:00:00,S1,1\n"
        "t,08:05:00,08:05:00,S2,2,extra\nt,08:06:00,08:06:00,SX,3\n"
    )
    feed = read_gtfs(write_feed(tmp_path, "g.zip", minimal(st)))
    assert feed.diagnostics.examples["stop_times.txt"] == [(4, "unknown stop_id")]
    assert feed.stop_times["line"].tolist() == [2, 3]


def test_ids_are_text_as_written(tmp_path):
    # "NA", "null" and " 01 " are ids, not missing values nor numbers; surrounding spaces are dropped
    files = minimal(
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n 01 ,08:00:00,08:00:00,NA,1\n"
        "01,08:10:00,08:10:00,null,2\n",
        **{
            "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nNA,a,0,0\nnull,b,0,0.01\n",
            "trips.txt": "route_id,service_id,trip_id\nR,WK,01\n",
        },
    )
    feed = read_gtfs(write_feed(tmp_path, "f.zip", files))
    assert feed.stop_times["stop_id"].tolist() == ["NA", "null"]
    assert feed.stop_times["trip_id"].tolist() == ["01", "01"]


def test_a_latin1_feed_is_read_and_said_so(tmp_path):
    path = tmp_path / "f.zip"
    files = minimal(**{"stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nS1,Praça,0,0\nS2,b,0,0.01\n"})
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in {"agency.txt": AGENCY, "calendar.txt": WEEK, **files}.items():
            zf.writestr(name, text.encode("latin-1"))
    feed = read_gtfs(path)
    assert feed.stops["stop_name"].tolist() == ["Praça", "b"]
    assert feed.diagnostics.latin1_files == ["stops.txt"]


def test_service_day_refuses_a_feed_without_calendar_and_a_date_outside_it(tmp_path):
    from conecta.core.errors import InputError
    from conecta.core.gtfs import service_day

    feed = read_gtfs(write_feed(tmp_path, "f.zip", minimal(**{"calendar.txt": None})))
    assert "calendar.txt+calendar_dates.txt" in feed.diagnostics.missing_files
    with pytest.raises(InputError, match="no calendar.txt or calendar_dates.txt") as raised:
        service_day(feed, "2024-01-01")
    assert raised.value.code == "gtfs_no_calendar"
    feed = read_gtfs(write_feed(tmp_path, "g.zip", minimal()))
    # the calendar runs from 2024-01-01 to 2024-06-30 (WEEK): the last day is in, the next one out
    assert service_day(feed, "2024-06-28").service_ids == ["WK"]
    with pytest.raises(InputError, match="from 2024-01-01 to 2024-06-30") as raised:
        service_day(feed, "2024-07-01")
    assert raised.value.values["date"] == "2024-07-01"


def test_programming_errors_of_the_reader(tmp_path):
    path = write_feed(tmp_path, "f.zip", minimal())
    with pytest.raises(ValueError, match="interpolation must be 'distance' or 'even'"):
        read_gtfs(path, interpolation="linear")
    with pytest.raises(ValueError, match="end_time must be after start_time"):
        stop_summary(read_gtfs(path), "2024-01-01", 9 * 3600, 9 * 3600)


# ------------------------------------------------------------------------------- midnight


MIDNIGHT = {
    "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nS1,a,0,0\nS2,b,0,0.01\nS3,c,0,0.02\n",
    "routes.txt": "route_id,route_type\nR,3\n",
    "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
    "MO,1,0,0,0,0,0,0,20240101,20241231\n",
    "trips.txt": "route_id,service_id,trip_id\nR,MO,ends\nR,MO,starts\n",
    # "ends" reaches S3 at 24:00:00 with a zero-time last segment (S2 and S3 both at 24:00:00, as minute
    # timetables write them); "starts" leaves S1 at 24:00:00
    "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "ends,23:40:00,23:40:00,S1,1\nends,24:00:00,24:00:00,S2,2\nends,24:00:00,24:00:00,S3,3\n"
    "starts,24:00:00,24:00:00,S1,1\nstarts,24:10:00,24:10:00,S2,2\n",
}


def test_departures_at_24_00_belong_to_the_next_day(tmp_path):
    # Monday 2024-03-04's trips. 24:00:00 is Tuesday 00:00: the departures of "ends" from S2 and of "starts"
    # from S1 count in Tuesday's 00:00-01:00 window and not in Monday's 23:00-24:00 one (the window's end is
    # excluded); Monday 23:00-25:00 holds them as 24:00:00 departures.
    feed = read_gtfs(write_feed(tmp_path, "m.zip", MIDNIGHT))

    def departures(date, start, end):
        summary, _ = stop_summary(feed, date, start, end)
        return summary.set_index("stop_id")["departures"].to_dict()

    assert departures("2024-03-05", 0, 3600) == {"S1": 1, "S2": 1, "S3": 0}
    assert departures("2024-03-04", 23 * 3600, 24 * 3600) == {"S1": 1, "S2": 0, "S3": 0}
    assert departures("2024-03-04", 23 * 3600, 25 * 3600) == {"S1": 2, "S2": 1, "S3": 0}
    # Wednesday 00:00-01:00: Tuesday runs nothing
    assert sum(departures("2024-03-06", 0, 3600).values()) == 0


# ------------------------------------------------------------------------------- stop layer


def test_stop_table_routes_frequency_and_headway(tmp_path):
    # Three routes: R1 and R2 (bus) serve S1, R3 (rail, route_type 2) serves S2 and S3 only. In the window
    # 07:00-08:00 S1 has R1 at 07:00, 07:20, 07:40 (3 departures: 3 an hour, a 20-minute headway, SDG
    # 11.2.1's frequent threshold) and R2 at 08:00 (outside: the window's end is excluded); S2 has the rail
    # trip at 07:30 (1 departure, 60-minute headway); S3 is each trip's last stop (no departure).
    trips = (
        "route_id,service_id,trip_id\n" + "".join(f"R1,WK,a{k}\n" for k in range(3)) + "R2,WK,b\nR3,WK,r\n"
    )
    st = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
    for k, t in enumerate(("07:00:00", "07:20:00", "07:40:00")):
        st += [
            f"a{k},{t},{t},S1,1",
            f"a{k},{t[:3]}{int(t[3:5]) + 5:02d}:00,{t[:3]}{int(t[3:5]) + 5:02d}:00,S3,2",
        ]
    st += ["b,08:00:00,08:00:00,S1,1", "b,08:10:00,08:10:00,S3,2"]
    st += ["r,07:30:00,07:30:00,S2,1", "r,07:45:00,07:45:00,S3,2"]
    files = {
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nS1,a,0,0\nS2,b,0,0.01\nS3,c,0,0.02\n",
        "routes.txt": "route_id,route_short_name,route_type\nR1,1,3\nR2,2,3\nR3,T,2\n",
        "trips.txt": trips,
        "stop_times.txt": "\n".join(st) + "\n",
    }
    from conecta.core.gtfs import stop_table

    table = stop_table(read_gtfs(write_feed(tmp_path, "s.zip", files)), "2024-01-01", 7 * 3600, 8 * 3600)
    stops = table.stops.set_index("stop_id")
    assert stops.loc[
        "S1", ["departures", "departures_per_hour", "mean_headway_min", "n_routes"]
    ].tolist() == [
        3,
        3.0,
        20.0,
        2,
    ]
    assert stops.loc["S1", "routes"] == "R1;R2"
    assert stops.loc["S2", ["departures", "mean_headway_min", "n_routes"]].tolist() == [1, 60.0, 1]
    assert stops.loc["S3", "departures"] == 0 and np.isnan(stops.loc["S3", "mean_headway_min"])
    assert stops.loc["S3", "n_routes"] == 3  # R1, R2 and R3 end there
    assert stops["capacity"].to_dict() == {"S1": "low", "S2": "high", "S3": "high"}
    assert (table.total_departures, table.high_capacity, table.unserved) == (4, 2, 0)
    # BRT routes named by short name become mode brt (low capacity)
    brt = stop_table(read_gtfs(write_feed(tmp_path, "s.zip", files)), "2024-01-01", 7 * 3600, 8 * 3600, ["2"])
    assert brt.routes.set_index("route_id").loc["R2", "mode"] == "brt"
