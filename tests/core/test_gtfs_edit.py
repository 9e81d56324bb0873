"""GTFS scenario editor (issue 18 item 1): hand-made feeds and edits with known outcomes, read back with
Conecta's own GTFS reader; every bad-input code; the structural validation's notices; timings on real feeds.

Expected timetables are computed in each test by hand (clock arithmetic), never by the editor's helpers.
"""

import hashlib
import math
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from handmade_gtfs import DATE, R_EARTH_M, route_of_15_km, write_handmade_feed, write_zip

from conecta.core.errors import InputError
from conecta.core.gtfs import active_services, read_feeds, service_stop_times
from conecta.core.scenarios import NewRoute, edit_gtfs, read_tables, validate_tables
from data_paths import REPO, shared

U = R_EARTH_M * math.radians(0.009)  # metres between consecutive stops of the hand-made feed


def hms(text: str) -> int:
    h, m, s = (int(x) for x in (text.split(":") + ["0"])[:3])
    return 3600 * h + 60 * m + s


def write_small_feed(path: Path) -> Path:
    """Two routes: F1 frequency-based (06:00–09:00 every 10 min, A → B → C) and S1 scheduled with a dwell
    (07:00 and 07:30, A 07:00, B 07:04–07:05, C 07:09; block K). Unknown columns, an unknown file and
    transfers naming S1's trips are there to be kept (or dropped with S1)."""
    files = {
        "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\nA,Small,http://x,America/Sao_Paulo\n",
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,0,0,20240101,20241231\n",
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nA,A,0,0\nB,B,0.009,0\nC,C,0.018,0\n",
        "routes.txt": 'route_id,route_short_name,route_type,route_custom\nF1,F1,3,"keep, me"\nS1,S1,3,  spaced  \n',
        "trips.txt": "route_id,service_id,trip_id,block_id,shape_id\nF1,WK,f1,,\nS1,WK,s1_0700,K,\nS1,WK,s1_0730,K,\n",
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence,stop_note\n"
        "f1,06:00:00,06:00:00,A,1,x1\nf1,06:05:00,06:05:00,B,2,x2\nf1,06:10:00,06:10:00,C,3,x3\n"
        "s1_0700,07:00:00,07:00:00,A,1,n1\ns1_0700,07:04:00,07:05:00,B,2,n2\ns1_0700,07:09:00,07:09:00,C,3,n3\n"
        "s1_0730,07:30:00,07:30:00,A,1,n4\ns1_0730,07:34:00,07:35:00,B,2,n5\ns1_0730,07:39:00,07:39:00,C,3,n6\n",
        "frequencies.txt": "trip_id,start_time,end_time,headway_secs,exact_times\nf1,06:00:00,09:00:00,600,0\n",
        "transfers.txt": "from_stop_id,to_stop_id,transfer_type,from_trip_id,to_trip_id\nB,B,1,s1_0700,f1\nA,A,2,,\n",
        "notes.txt": "whatever,is,here\n1,2,3\n",
    }
    write_zip(path, files)
    return path


@pytest.fixture()
def handmade(tmp_path) -> Path:
    return write_handmade_feed(tmp_path / "handmade.zip")


@pytest.fixture()
def small(tmp_path) -> Path:
    return write_small_feed(tmp_path / "small.zip")


def departures(zip_path: Path, route_id: str, stop_id: str) -> list:
    """Departure times (s) of the trips of ``route_id`` starting at ``stop_id`` on the test date, through
    Conecta's reader (frequencies expanded)."""
    feed = read_feeds([zip_path])
    st, _ = service_stop_times(feed, DATE, include_previous_day=False)
    firsts = st.sort_values(["trip_id", "stop_sequence"]).drop_duplicates("trip_id")
    rows = firsts.loc[(firsts["route_id"] == route_id) & (firsts["stop_id"] == stop_id)]
    return sorted(rows["departure"].astype(int).tolist())


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ----------------------------------------------------------------------------------------------- headways


def test_halving_a_frequency_headway_halves_it_in_the_band_only(small, tmp_path):
    out = tmp_path / "out.zip"
    edits = [
        {
            "action": "scale_headway",
            "route_id": "F1",
            "start_time": "07:00",
            "end_time": "08:00",
            "value": 0.5,
        }
    ]
    result = edit_gtfs(small, out, edits)
    fr = result.tables.get("frequencies.txt")
    assert fr[["start_time", "end_time", "headway_secs"]].values.tolist() == [
        ["06:00:00", "07:00:00", "600"],
        ["07:00:00", "08:00:00", "300"],
        ["08:00:00", "09:00:00", "600"],
    ]
    expected = (
        [hms("06:00") + 600 * k for k in range(6)]
        + [hms("07:00") + 300 * k for k in range(12)]
        + [hms("08:00") + 600 * k for k in range(6)]
    )
    assert departures(out, "F1", "A") == expected
    assert result.new_notices == []


def test_halving_a_scheduled_headway_adds_midpoint_trips_in_the_band_only(handmade, tmp_path):
    out = tmp_path / "out.zip"
    edits = pd.DataFrame(
        {
            "action": ["scale_headway"],
            "route_id": ["R1"],
            "start_time": ["06:30"],
            "end_time": ["07:30"],
            "value": ["0,5"],
        }
    )
    result = edit_gtfs(handmade, out, edits)
    # Direction 0 leaves A every 15 min 06:00–07:45, then 09:00; inside [06:30, 07:30) every 7.5 min.
    before = [hms("06:00"), hms("06:15")]
    band = [hms("06:30") + 450 * k for k in range(8)]  # 06:30, 06:37:30 … 07:22:30 (midpoint to 07:30)
    after = [hms("07:30"), hms("07:45"), hms("09:00")]
    assert departures(out, "R1", "A") == before + band + after
    trips = result.tables.get("trips.txt")
    assert trips["trip_id"].is_unique
    added = trips.loc[trips["trip_id"].str.contains(r"\+")]
    assert len(added) == 8 and result.diagnostics.trips_added == 8  # 4 per direction
    # A copy keeps its template's running time (12 min A → D) and its shape; it has no block.
    feed = read_feeds([out])
    st = feed.stop_times.set_index(["trip_id", "stop_id"])
    assert st.loc[("r1a_0630+063730", "D"), "arrival"] - st.loc[("r1a_0630+063730", "A"), "departure"] == 720
    assert trips.set_index("trip_id").loc["r1a_0630+063730", "shape_id"] == "R1-0"
    assert result.new_notices == []


def test_doubling_a_scheduled_headway_keeps_every_second_trip(handmade, tmp_path):
    out = tmp_path / "out.zip"
    edits = [
        {"action": "scale_headway", "route_id": "R1", "start_time": "06:00", "end_time": "07:30", "value": 2}
    ]
    result = edit_gtfs(handmade, out, edits)
    kept = [hms("06:00"), hms("06:30"), hms("07:00"), hms("07:30"), hms("07:45"), hms("09:00")]
    assert departures(out, "R1", "A") == kept
    assert result.diagnostics.trips_removed == 6


def test_set_headway_on_a_scheduled_route_runs_on_the_grid_of_its_first_departure(handmade, tmp_path):
    out = tmp_path / "out.zip"
    edit_gtfs(
        handmade,
        out,
        [
            {
                "action": "set_headway",
                "route_id": "R1",
                "start_time": "06:20",
                "end_time": "07:00",
                "value": 10,
            }
        ],
    )
    # First departure in the band 06:30; every 10 min through [06:20, 07:00): 06:20, 06:30, 06:40, 06:50.
    expected = [hms("06:00"), hms("06:15"), hms("06:20"), hms("06:30"), hms("06:40"), hms("06:50")]
    expected += [hms("07:00") + 900 * k for k in range(4)] + [hms("09:00")]
    assert departures(out, "R1", "A") == expected


def test_set_headway_and_remove_trips_on_frequency_rows(small, tmp_path):
    out = tmp_path / "out.zip"
    edits = [
        {"action": "set_headway", "route_id": "F1", "value": 4},
        {"action": "remove_trips", "route_id": "F1", "start_time": "08:00", "end_time": "10:00"},
    ]
    result = edit_gtfs(small, out, edits)
    fr = result.tables.get("frequencies.txt")
    assert fr[["start_time", "end_time", "headway_secs"]].values.tolist() == [["06:00:00", "08:00:00", "240"]]
    assert departures(out, "F1", "A") == [hms("06:00") + 240 * k for k in range(30)]
    # Removing the rest of the day leaves the template without frequencies: it is removed, not run once.
    emptied = edit_gtfs(small, None, [{"action": "remove_trips", "route_id": "F1"}])
    assert "f1" not in set(emptied.tables.get("trips.txt")["trip_id"])
    assert "f1" not in set(emptied.tables.get("stop_times.txt")["trip_id"])


# ----------------------------------------------------------------------------------------------- running times


def test_scale_time_multiplies_running_times_and_keeps_dwell(small, tmp_path):
    out = tmp_path / "out.zip"
    result = edit_gtfs(
        small, out, [{"action": "scale_time", "route_id": "S1", "start_time": "07:15", "value": 2}]
    )
    st = result.tables.get("stop_times.txt").set_index(["trip_id", "stop_id"])
    # 07:30 trip: A 07:30, 4 min to B (→ 8), 1 min dwell kept, 4 min to C (→ 8): B 07:38–07:39, C 07:47.
    assert st.loc[("s1_0730", "B"), ["arrival_time", "departure_time"]].tolist() == ["07:38:00", "07:39:00"]
    assert st.loc[("s1_0730", "C"), "arrival_time"] == "07:47:00"
    assert st.loc[("s1_0700", "C"), "arrival_time"] == "07:09:00"  # departs before the band: unchanged
    assert st.loc[("s1_0730", "C"), "stop_note"] == "n6"


def test_scale_time_leaves_untimed_stops_untimed(handmade, tmp_path):
    result = edit_gtfs(
        handmade, None, [{"action": "scale_time", "route_id": "R1", "start_time": "07:40", "value": 1.5}]
    )
    st = result.tables.get("stop_times.txt").set_index(["trip_id", "stop_id"])
    # r1a_0745: A 07:45:00, B 07:45:30 (30 s → 45 s), C untimed, D 07:57:00 (690 s → 1,035 s).
    assert st.loc[("r1a_0745", "B"), "arrival_time"] == "07:45:45"
    assert st.loc[("r1a_0745", "C"), "arrival_time"] == ""
    assert st.loc[("r1a_0745", "D"), "arrival_time"] == "08:03:00"
    assert st.loc[("r1a_0900", "D"), "arrival_time"] == "09:18:00"  # 12 min → 18 min


def test_set_speed_measures_along_the_shape_or_in_straight_lines(handmade, tmp_path):
    out = tmp_path / "out.zip"
    edits = [
        {"action": "set_speed", "route_id": "R1", "start_time": "09:00", "end_time": "09:30", "value": 24},
        {"action": "set_speed", "route_id": "R2", "value": 12},
    ]
    edit_gtfs(handmade, out, edits)
    feed = read_feeds([out])
    st = feed.stop_times.set_index(["trip_id", "stop_id"])
    # R1's shape runs A → B (U), jogs 0.5 U east, north U, back west to C (2 U from B), then D: 4 U in all,
    # against 3 U in a straight line. 24 km/h = 6.667 m/s.
    assert st.loc[("r1a_0900", "D"), "arrival"] - hms("09:00") == round(4 * U / (24 / 3.6))
    # R2 has no shape: E → F is 2 U in a straight line; 12 km/h.
    assert st.loc[("x1", "F"), "arrival"] - hms("06:00") == round(2 * U / (12 / 3.6))
    assert st.loc[("r1a_0600", "D"), "arrival"] - hms("06:00") == 720  # outside the band: unchanged


# ----------------------------------------------------------------------------------------------- new routes


def _brt(**kwargs) -> NewRoute:
    settings = dict(
        route_id="BRT",
        line_lonlat=np.array([[0.2, 0.0], [0.2, 0.027]]),
        line_xy=np.array([[0.0, 0.0], [0.0, 3000.0]]),
        speed_kmh=30.0,
        stop_spacing_m=1000.0,
        dwell_s=20.0,
        start_time="06:00",
        end_time="08:00",
        headway_min=[("06:00", "07:00", 10), ("07:00", "08:00", 5)],
        route_type=3,
    )
    settings.update(kwargs)
    return NewRoute(**settings)


@pytest.mark.parametrize("as_frequencies", [True, False])
def test_new_route_between_two_points_runs_at_distance_over_speed_plus_dwell(
    handmade, tmp_path, as_frequencies
):
    out = tmp_path / "out.zip"
    result = edit_gtfs(handmade, out, new_routes=[_brt(as_frequencies=as_frequencies)])
    report = result.diagnostics.new_routes[0]
    assert report.length_m == pytest.approx(3000.0)
    assert report.stop_ids == ["BRT_1", "BRT_2", "BRT_3", "BRT_4"]  # every 1,000 m, both ends included
    feed = read_feeds([out])
    st, _ = service_stop_times(feed, DATE, include_previous_day=False)
    brt = st.loc[st["route_id"] == "BRT"]
    first = brt.loc[brt["trip_id"] == ("BRT_0#21600" if as_frequencies else "BRT_0_060000")]
    # 1,000 m at 30 km/h = 120 s per segment, 20 s dwell at the two intermediate stops.
    assert first.sort_values("stop_sequence")["arrival"].astype(int).tolist() == [
        hms("06:00"),
        hms("06:02"),
        hms("06:04:20"),
        hms("06:06:40"),
    ]
    assert first.sort_values("stop_sequence")["departure"].astype(int).tolist() == [
        hms("06:00"),
        hms("06:02:20"),
        hms("06:04:40"),
        hms("06:06:40"),
    ]
    expected = [hms("06:00") + 600 * k for k in range(6)] + [hms("07:00") + 300 * k for k in range(12)]
    assert departures(out, "BRT", "BRT_1") == expected
    assert departures(out, "BRT", "BRT_4") == expected  # direction 1 on the same timetable
    stops = feed.stops.set_index("stop_id")
    assert stops.loc["BRT_2", "stop_lat"] == pytest.approx(0.009)  # a third of the way up the line
    assert stops.loc["BRT_2", "stop_lon"] == pytest.approx(0.2)
    assert active_services(feed, DATE).service_ids.count("BRT_service") == 1  # a new calendar, every day
    assert len(feed.shapes.loc[feed.shapes["shape_id"] == "BRT_0"]) == 2
    assert result.new_notices == []
    with zipfile.ZipFile(handmade) as src, zipfile.ZipFile(out) as dst:
        for name in ("stops.txt", "trips.txt", "stop_times.txt", "shapes.txt", "calendar.txt"):
            assert dst.read(name).startswith(src.read(name))  # only rows added after the original bytes


def test_new_route_from_lon_lat_only_and_given_stops(handmade, tmp_path):
    out = tmp_path / "out.zip"
    route = _brt(
        line_xy=None,
        stop_spacing_m=None,
        stop_points=np.array([[0.2001, 0.0], [0.2, 0.018], [0.2, 0.027]]),
        speed_kmh=None,
        trip_minutes=[3.0, 2.0],
        dwell_s=0.0,
        headway_min=15,
        both_directions=False,
        service_id="WK",
    )
    result = edit_gtfs(handmade, out, new_routes=[route])
    report = result.diagnostics.new_routes[0]
    # Distances from lon/lat: 0.027° of latitude = R × 0.027 π / 180 = 3 U; the first point lies 0.0001° of
    # longitude off the line (R cos 0.0135° × 0.0001 π / 180 ≈ 11.1 m) and snaps onto its start.
    assert report.length_m == pytest.approx(3 * U, rel=1e-9)
    assert report.max_stop_offset_m == pytest.approx(
        R_EARTH_M * math.cos(math.radians(0.0135)) * math.radians(0.0001), rel=1e-6
    )
    assert report.service_id == "WK"
    feed = read_feeds([out])
    st = feed.stop_times.loc[feed.stop_times["trip_id"] == "BRT_0"].sort_values("stop_sequence")
    assert st["arrival"].astype(int).tolist() == [hms("06:00"), hms("06:03"), hms("06:05")]
    fr = result.tables.get("frequencies.txt")
    assert fr.values.tolist() == [["BRT_0", "06:00:00", "08:00:00", "900", "0"]]


def test_new_route_with_one_time_for_the_whole_line_spreads_it_by_distance(handmade):
    route = _brt(speed_kmh=None, trip_minutes=9.0, dwell_s=0.0, headway_min=30, both_directions=False)
    result = edit_gtfs(handmade, None, new_routes=[route])
    st = result.tables.get("stop_times.txt")
    times = st.loc[st["trip_id"] == "BRT_0", "arrival_time"].tolist()
    assert times == ["06:00:00", "06:03:00", "06:06:00", "06:09:00"]  # three equal 1,000 m segments


# ----------------------------------------------------------------------------------------------- removal, round trip


def test_removing_the_only_route_of_a_pair_leaves_no_trip_of_it_and_a_valid_feed(handmade, tmp_path):
    out = tmp_path / "out.zip"
    result = edit_gtfs(handmade, out, [{"action": "remove_route", "route_id": "R2"}])
    feed = read_feeds([out])
    assert "R2" not in set(feed.routes["route_id"])
    assert not feed.trips["route_id"].eq("R2").any()
    assert not feed.stop_times["stop_id"].isin(["E", "F"]).any()  # E and F were served by R2 only
    assert departures(out, "R1", "A")  # R1 untouched
    assert [n for n in result.notices if n.severity == "ERROR"] == []
    assert result.new_notices == []
    assert result.diagnostics.routes_removed == 1 and result.diagnostics.trips_removed == 5


def test_removing_a_route_drops_the_rows_that_name_it_and_its_unused_shapes(small, handmade, tmp_path):
    result = edit_gtfs(small, None, [{"action": "remove_route", "route_id": "S1"}])
    transfers = result.tables.get("transfers.txt")
    assert transfers.values.tolist() == [["A", "A", "2", "", ""]]  # the transfer naming s1_0700 went with it
    assert result.diagnostics.rows_removed_elsewhere == {"transfers.txt": 1}
    assert result.new_notices == []
    no_r1 = edit_gtfs(handmade, None, [{"action": "remove_route", "route_id": "R1"}])
    assert no_r1.tables.get("shapes.txt").empty and no_r1.diagnostics.shapes_removed == 2


def test_round_trip_keeps_what_was_not_edited_byte_for_byte(small, tmp_path):
    before = sha(small)
    out = tmp_path / "out.zip"
    edits = [
        {"action": "scale_time", "route_id": "S1", "value": 1.5},
        {"action": "remove_trips", "route_id": "F1", "start_time": "06:00", "end_time": "07:00"},
    ]
    edit_gtfs(
        small,
        out,
        edits,
        new_routes=[
            _brt(
                route_id="N1",
                line_lonlat=np.array([[0.0, 0.0], [0.0, 0.018]]),
                line_xy=np.array([[0.0, 0.0], [0.0, 2000.0]]),
            )
        ],
    )
    assert sha(small) == before  # the source is never touched
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(out) as dst:
        for name in ("notes.txt", "agency.txt", "transfers.txt"):
            assert dst.read(name) == src.read(name)
        assert sorted(dst.namelist()) == sorted(src.namelist() + ["shapes.txt"])
    source, output = read_tables(small), read_tables(out)
    routes = output.get("routes.txt").set_index("route_id")
    assert routes.loc["F1", "route_custom"] == "keep, me" and routes.loc["S1", "route_custom"] == "  spaced  "
    assert routes.loc["N1", "route_custom"] == ""
    notes = output.get("stop_times.txt").set_index(["trip_id", "stop_sequence"])["stop_note"]
    old = source.get("stop_times.txt").set_index(["trip_id", "stop_sequence"])["stop_note"]
    assert notes.reindex(old.index).tolist() == old.tolist()
    # What was asked: F1 from 07:00 every 10 min, S1 running 1.5 × slower, N1 added on its timetable.
    assert departures(out, "F1", "A") == [hms("07:00") + 600 * k for k in range(12)]
    st = read_feeds([out]).stop_times.set_index(["trip_id", "stop_id"])
    assert st.loc[("s1_0700", "C"), "arrival"] == hms("07:00") + 6 * 60 + 60 + 6 * 60
    assert departures(out, "N1", "N1_1")[:2] == [hms("06:00"), hms("06:10")]


def test_an_edit_that_changes_nothing_is_listed(handmade):
    # R2 runs 06:00–07:20; the feed runs until 09:12, so the band is valid but holds no R2 departure.
    result = edit_gtfs(
        handmade,
        None,
        [{"action": "remove_trips", "route_id": "R2", "start_time": "08:00", "end_time": "09:00"}],
    )
    assert result.diagnostics.edits_without_effect == ["row 1: remove_trips on R2 08:00:00–09:00:00"]


# ----------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "edit, code, match",
    [
        ({"action": "double_it", "route_id": "R1"}, "unknown_action", "Unknown edit action.*double_it"),
        (
            {"action": "scale_headway", "route_id": "R1", "value": 0},
            "bad_headway",
            "headway value above zero",
        ),
        ({"action": "set_headway", "route_id": "R1", "value": -5}, "bad_headway", "headway value above zero"),
        ({"action": "scale_time", "route_id": "R1", "value": ""}, "bad_value", "value above zero"),
        ({"action": "set_speed", "route_id": "R1", "value": "fast"}, "bad_value", "value above zero"),
        ({"action": "remove_trips", "route_id": "R1", "start_time": "7h"}, "bad_time", "not a clock time"),
        (
            {"action": "remove_trips", "route_id": "R1", "start_time": "09:00", "end_time": "08:00"},
            "empty_band",
            "is empty",
        ),
        (
            {"action": "remove_trips", "route_id": "R1", "start_time": "47:00", "end_time": "49:00"},
            "band_outside_service_day",
            "outside the service day",
        ),
        (
            {"action": "remove_trips", "route_id": "R1", "start_time": "02:00", "end_time": "04:00"},
            "band_outside_service_day",
            r"outside the feed's service day \(06:00:00 to 09:12:00\)",
        ),
        (
            {"action": "remove_route", "route_id": "R1", "start_time": "07:00", "end_time": "08:00"},
            "band_not_allowed",
            "takes no time band",
        ),
    ],
)
def test_bad_edits_raise_a_coded_error(handmade, edit, code, match):
    with pytest.raises(InputError, match=match) as info:
        edit_gtfs(handmade, None, [edit])
    assert info.value.code == code


def test_edits_naming_absent_routes_list_them_all(handmade):
    edits = [{"action": "remove_route", "route_id": r} for r in ("R1", "X9", "Y7")]
    with pytest.raises(InputError, match="absent from the feed: X9, Y7") as info:
        edit_gtfs(handmade, None, edits)
    assert info.value.code == "unknown_routes"


def test_an_edits_table_without_its_fields_is_refused(handmade):
    with pytest.raises(InputError, match="lacks the field.*route_id") as info:
        edit_gtfs(handmade, None, pd.DataFrame({"action": ["remove_route"], "route": ["R1"]}))
    assert info.value.code == "missing_edit_columns"


@pytest.mark.parametrize(
    "changes, code, match",
    [
        (
            dict(stop_spacing_m=5000.0),
            "line_shorter_than_spacing",
            "3000 m long, shorter than the stop spacing",
        ),
        (dict(stop_spacing_m=0.0), "bad_stop_spacing", "spacing .* above zero"),
        (dict(line_lonlat=np.array([[0.2, 0.0]]), line_xy=None), "bad_line", "at least two points"),
        (dict(line_xy=np.array([[0.0, 0.0], [np.nan, 1.0]])), "bad_line", "finite coordinates"),
        (dict(route_id="R1"), "duplicate_route_id", "already used"),
        (dict(route_type="bus"), "bad_route_type", "route_type number"),
        (dict(headway_min=0), "bad_headway", "headways above zero"),
        (dict(headway_min=[("05:00", "07:00", 10)]), "band_outside_service_day", "outside its service span"),
        (dict(headway_min=[("06:00", "07:30", 10), ("07:00", "08:00", 5)]), "overlapping_bands", "overlap"),
        (dict(start_time="08:00", end_time="06:00"), "empty_band", "is empty"),
        (dict(speed_kmh=None), "bad_travel_times", "either a speed"),
        (dict(speed_kmh=0.0), "bad_travel_times", "above zero km/h"),
        (dict(speed_kmh=None, trip_minutes=[1.0, 2.0]), "bad_travel_times", "3 segments .* 2 segment times"),
        (dict(service_id="HOLIDAY"), "unknown_service", "HOLIDAY"),
        (
            dict(stop_points=np.array([[0.0, 0.0], [900.0, 1500.0]])),
            "stop_far_from_line",
            "900 m from its line",
        ),
        (dict(stop_points=np.array([[0.0, 10.0], [0.0, 10.0]])), "too_few_stops", "two distinct stops"),
    ],
)
def test_bad_new_routes_raise_a_coded_error(handmade, changes, code, match):
    with pytest.raises(InputError, match=match) as info:
        edit_gtfs(handmade, None, new_routes=[_brt(**changes)])
    assert info.value.code == code


def test_a_feed_without_dates_cannot_get_a_new_calendar(tmp_path):
    path = write_small_feed(tmp_path / "f.zip")
    tables = read_tables(path)
    stripped = tmp_path / "nodates.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(stripped, "w") as dst:
        for name in src.namelist():
            text = src.read(name)
            dst.writestr(name, text.split(b"\n")[0] + b"\n" if name == "calendar.txt" else text)
    assert len(tables.get("calendar.txt")) == 1
    with pytest.raises(InputError, match="no calendar dates") as info:
        edit_gtfs(stripped, None, new_routes=[_brt()])
    assert info.value.code == "no_service_dates"


def test_unreadable_or_incomplete_feeds_are_refused(tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_text("not a zip")
    with pytest.raises(InputError, match="cannot be opened") as info:
        edit_gtfs(bad, None)
    assert info.value.code == "unreadable_feed"
    partial = tmp_path / "partial.zip"
    with zipfile.ZipFile(partial, "w") as zf:
        zf.writestr("stops.txt", "stop_id\nA\n")
    with pytest.raises(InputError, match="lacks the required file.*stop_times.txt") as info:
        edit_gtfs(partial, None)
    assert info.value.code == "missing_required_file"
    no_column = tmp_path / "no_column.zip"
    with (
        zipfile.ZipFile(write_small_feed(tmp_path / "small.zip")) as src,
        zipfile.ZipFile(no_column, "w") as dst,
    ):
        for name in src.namelist():
            text = src.read(name)
            dst.writestr(name, text.replace(b"stop_sequence", b"order") if name == "stop_times.txt" else text)
    with pytest.raises(InputError, match="lacks required column.*stop_times.txt stop_sequence") as info:
        edit_gtfs(no_column, None)
    assert info.value.code == "missing_required_column"


def test_the_output_may_not_be_the_source(small):
    before = sha(small)
    with pytest.raises(InputError, match="must not overwrite its source") as info:
        edit_gtfs(small, small, [{"action": "remove_route", "route_id": "S1"}])
    assert info.value.code == "output_is_source" and sha(small) == before


# ----------------------------------------------------------------------------------------------- validation


def _notices(tables) -> dict:
    return {(n.code, n.file): n for n in validate_tables(tables)}


def test_the_validation_names_broken_feeds_as_gtfs_validator_does(handmade):
    tables = read_tables(handmade)
    assert _notices(tables) == {}
    broken = tables.copy()
    st = tables.get("stop_times.txt").copy()
    st.loc[(st["trip_id"] == "r1a_0600") & (st["stop_id"] == "D"), "arrival_time"] = "05:59:00"  # before A
    st.loc[(st["trip_id"] == "x1") & (st["stop_id"] == "F"), "departure_time"] = ""  # last stop half-timed
    st.loc[(st["trip_id"] == "y1") & (st["stop_id"] == "E"), "stop_id"] = "Z"  # unknown stop
    st.loc[(st["trip_id"] == "y2") & (st["stop_id"] == "F"), "arrival_time"] = "06:40:01"  # 2 km in 1 s
    st.loc[(st["trip_id"] == "y2") & (st["stop_id"] == "F"), "departure_time"] = "06:40:01"
    broken.set("stop_times.txt", pd.concat([st, st.iloc[[0]]]))  # one row twice
    routes = tables.get("routes.txt").copy()
    routes.loc[routes["route_id"] == "R2", "route_short_name"] = ""
    broken.set("routes.txt", routes)
    trips = tables.get("trips.txt").copy()
    # x2 06:25–06:45 moved to block Y overlaps y1 (06:10–06:30) and y2 (from 06:40) there.
    trips.loc[trips["trip_id"] == "x2", "block_id"] = "Y"
    broken.set(
        "trips.txt",
        pd.concat(
            [trips, pd.DataFrame([{"route_id": "R2", "service_id": "WK", "trip_id": "lonely"}])]
        ).fillna(""),
    )
    broken.set(
        "frequencies.txt",
        pd.DataFrame(
            {
                "trip_id": ["x1", "x1"],
                "start_time": ["06:00:00", "06:30:00"],
                "end_time": ["07:00:00", "08:00:00"],
                "headway_secs": ["600", "0"],
            }
        ),
    )
    found = _notices(broken)
    expected = {
        ("stop_time_with_arrival_before_previous_departure_time", "stop_times.txt"): ("ERROR", 1),
        ("stop_time_with_only_arrival_or_departure_time", "stop_times.txt"): ("ERROR", 1),
        ("missing_trip_edge", "stop_times.txt"): ("ERROR", 1),
        ("foreign_key_violation", "stop_times.txt"): ("ERROR", 1),
        ("duplicate_key", "stop_times.txt"): ("ERROR", 1),
        ("route_both_short_and_long_name_missing", "routes.txt"): ("ERROR", 1),
        ("block_trips_with_overlapping_stop_times", "trips.txt"): ("ERROR", 2),
        ("overlapping_frequency", "frequencies.txt"): ("ERROR", 1),
        ("number_out_of_range", "frequencies.txt"): ("ERROR", 1),
        ("unused_trip", "trips.txt"): ("WARNING", 1),
        # y2's 2 km in 1 s, and r1a_0600's 3 km from A to D "in −1 min" (read as 1 min, as the validator does)
        ("fast_travel_between_consecutive_stops", "stop_times.txt"): ("WARNING", 2),
    }
    assert {k: (v.severity, v.count) for k, v in found.items()} == expected
    assert found[("foreign_key_violation", "stop_times.txt")].examples[0].endswith("stop_id='Z'")


def test_missing_files_and_unused_shapes_are_reported(handmade):
    tables = read_tables(handmade)
    broken = tables.copy()
    del broken.tables["calendar.txt"]
    del broken.tables["agency.txt"]
    trips = tables.get("trips.txt").copy()
    trips["shape_id"] = trips["shape_id"].replace("R1-1", "")
    broken.set("trips.txt", trips)
    found = _notices(broken)
    assert found[("missing_required_file", "agency.txt")].severity == "ERROR"
    assert ("missing_calendar_and_calendar_date_files", "calendar.txt") in found
    assert found[("foreign_key_violation", "trips.txt")].count == 23  # service_id of all 23 trips now unknown
    assert found[("unused_shape", "shapes.txt")].examples == ["line 8: shape_id='R1-1'"]


# ----------------------------------------------------------------------------------------------- performance


@pytest.mark.parametrize(
    "feed, lon0, lat0",
    [
        (("sao_paulo", "spo.zip"), -46.70, -23.55),
        ((REPO / "resources" / "sample" / "gtfs" / "poa_eptc.zip"), -51.23, -30.03),
    ],
)
def test_a_15_km_route_at_5_minutes_is_added_to_a_real_feed(feed, lon0, lat0, tmp_path):
    path = shared(*feed) if isinstance(feed, tuple) else feed
    route = route_of_15_km(lon0, lat0)
    result = edit_gtfs(path, tmp_path / "out.zip", new_routes=[route])  # its speed: bench/bench_scenarios.py
    report = result.diagnostics.new_routes[0]
    assert report.length_m == pytest.approx(15000, rel=1e-3)
    assert report.departures_per_direction == 19 * 12
    assert result.new_notices == []


def test_route_bands_from_one_row_per_band():
    from conecta.core.scenarios import route_bands

    assert route_bands(["06:00"], ["08:00"], [10]) == ("06:00:00", "08:00:00", 10.0)
    assert route_bands([""], [None], [5]) == ("05:00:00", "24:00:00", 5.0)  # the default span
    span = route_bands(["17:00", "7:00"], ["19:00", "9:00"], [4, 6])
    assert span == ("07:00:00", "19:00:00", [("17:00", "19:00", 4.0), ("7:00", "9:00", 6.0)])
    with pytest.raises(InputError, match="is empty"):
        route_bands(["09:00"], ["07:00"], [5], where=" of new route X")
