"""Bus activity from GTFS: hand-made feed with known lengths and times, gtfstools' published São Paulo case,
the Porto Alegre sample, and bad input."""

from __future__ import annotations

import math

import numpy as np
import pytest
from handmade_gtfs import DATE, MORNING, R_EARTH_M, write_handmade_feed

from conecta.core.activity import bus_activity, route_frequency
from conecta.core.gtfs import read_gtfs
from data_paths import shared

U_KM = R_EARTH_M * math.radians(0.009) / 1000.0  # one unit of the hand-made feed, by hand


def test_revenue_km_and_vehicle_hours_by_hand(handmade_morning):
    routes = handmade_morning.routes.set_index("route_id")
    # R1: 16 trips of 4 U along the shape, 12 min each; R2: 5 trips of 2 U straight × 1.3 detour, 20 min each.
    assert routes.loc["R1", "trips"] == 16 and routes.loc["R2", "trips"] == 5
    assert routes.loc["R1", "revenue_km"] == pytest.approx(16 * 4 * U_KM, rel=1e-6)
    assert routes.loc["R2", "revenue_km"] == pytest.approx(5 * 2 * U_KM * 1.3, rel=1e-6)
    assert routes.loc["R1", "vehicle_hours"] == pytest.approx(16 * 12 / 60)
    assert routes.loc["R2", "vehicle_hours"] == pytest.approx(5 * 20 / 60)
    assert routes.loc["R1", "mean_speed_kmh"] == pytest.approx(4 * U_KM / 0.2, rel=1e-6)
    # The weekend trip and the 09:00 trip are outside the date / window.
    assert not handmade_morning.trips["trip_id"].isin(["r1a_sat", "r1a_0900"]).any()


def test_segments_follow_the_shape_and_stop_times_are_interpolated_along_it(handmade_morning):
    seg = handmade_morning.segments.set_index(["trip_id", "from_stop_id"])
    # r1a_0600 has times only at A (06:00) and D (06:12): B is 1/4 and C 3/4 of the way along the shape.
    assert seg.loc[("r1a_0600", "B"), "departure_s"] == pytest.approx(6 * 3600 + 3 * 60, abs=1e-3)
    assert seg.loc[("r1a_0600", "C"), "departure_s"] == pytest.approx(6 * 3600 + 9 * 60, abs=1e-3)
    assert seg.loc[("r1a_0600", "B"), "dist_km"] == pytest.approx(2 * U_KM, rel=1e-6)
    assert seg.loc[("r1a_0600", "A"), "speed_kmh"] == pytest.approx(U_KM / (3 / 60), rel=1e-6)
    # r1a_0745: B timed at 07:45:30, C interpolated 2/3 of the way from B (U) to D (4 U) along the shape.
    c_time = 7 * 3600 + 45 * 60 + 30 + (11.5 * 60) * 2 / 3
    assert seg.loc[("r1a_0745", "C"), "departure_s"] == pytest.approx(c_time, abs=1e-3)
    assert seg.loc[("r1a_0745", "B"), "speed_kmh"] == pytest.approx(
        2 * U_KM / ((c_time - 27930) / 3600), rel=1e-6
    )
    # The line of B→C goes round the jog: B, the two shape corners, C.
    geom = handmade_morning.geometry.loc[
        handmade_morning.geometry["geometry_id"] == seg.loc[("r1a_0600", "B"), "geometry_id"]
    ]
    assert np.allclose(
        geom[["lat", "lon"]].to_numpy(), [[0.009, 0], [0.009, 0.0045], [0.018, 0.0045], [0.018, 0]]
    )


def test_implausible_and_zero_time_segments_take_the_route_mean(handmade_morning):
    seg = handmade_morning.segments.set_index(["trip_id", "from_stop_id"])
    route_mean = 4 * U_KM / 0.2
    # A → B of r1a_0745 in 30 s is U / 30 s = 120 km/h > 80; C → B of r1b_0745 takes 0 s.
    assert seg.loc[("r1a_0745", "A"), "speed_kmh"] == pytest.approx(route_mean, rel=1e-6)
    assert seg.loc[("r1b_0745", "C"), "speed_kmh"] == pytest.approx(route_mean, rel=1e-6)
    d = handmade_morning.diagnostics
    assert (d.implausible_speed_segments, d.implausible_speed_examples) == (1, ["r1a_0745"])
    assert (d.zero_time_segments, d.zero_time_examples) == (1, ["r1b_0745"])
    assert d.trips_without_shape == 5 and d.feed_has_shapes


def test_hourly_table_adds_up(handmade_morning):
    hourly = handmade_morning.hourly.set_index("hour")
    # 06:xx: 4 + 4 R1 departures and x1, y1, x2, y2; 07:xx: 4 + 4 R1 and x3.
    assert hourly["trips"].to_dict() == {6: 12, 7: 9}
    assert hourly["vehicle_km"].sum() == pytest.approx(handmade_morning.routes["revenue_km"].sum(), rel=1e-9)
    assert hourly["vehicle_hours"].sum() == pytest.approx(16 * 0.2 + 5 / 3, rel=1e-9)


def test_sao_paulo_route_frequency_matches_gtfstools():
    # gtfstools "Querying GTFS feeds" vignette (CRAN, get_route_frequency on its spo_gtfs.zip, identical to
    # shared/sao_paulo/spo.zip): 07:00-09:00, routes 2002-10 and CPTM L07, direction 0, service USD:
    # 20 departures each, mean headway 6 min.
    feed = read_gtfs(shared("sao_paulo", "spo.zip"))
    act = bus_activity(feed, "2019-05-13", 7 * 3600, 9 * 3600, routes=["2002-10", "CPTM L07"])
    freq = route_frequency(act.trips, 7 * 3600, 9 * 3600).set_index(["route_id", "direction_id"])
    for route in ("2002-10", "CPTM L07"):
        assert freq.loc[(route, 0), "departures"] == 20
        assert freq.loc[(route, 0), "mean_headway_min"] == 6.0
    assert act.diagnostics.frequency_trips == len(act.trips)


def test_porto_alegre_sample_runs_with_shapes_and_interpolation():
    feed = read_gtfs("resources/sample/gtfs/poa_eptc.zip")
    act = bus_activity(feed, "2019-05-13")
    assert len(act.trips) == 2374  # every trip of the sample runs on Monday 2019-05-13 (data README)
    assert act.diagnostics.trips_without_shape == 0 and act.diagnostics.interpolated_stop_times > 100_000
    speeds = act.segments["speed_kmh"]
    assert speeds.between(2, 80).all()
    # Trip lengths cannot exceed their shape's length; regression check on the median bus speed.
    assert 10 < act.routes["mean_speed_kmh"].median() < 30


def test_date_without_service_lists_the_valid_range(handmade_feed):
    with pytest.raises(
        ValueError,
        match=r"date 2023-03-06 is outside the GTFS calendar: the feed\(s\) run from 2024-01-01 to 2024-12-31",
    ):
        bus_activity(handmade_feed, "2023-03-06")


def test_bad_window_routes_and_parameters(handmade_feed):
    with pytest.raises(ValueError, match="must end after it starts"):
        bus_activity(handmade_feed, DATE, 8 * 3600, 6 * 3600)
    with pytest.raises(ValueError, match="None of the routes R9 runs on 2024-03-04"):
        bus_activity(handmade_feed, DATE, routes=["R9"])
    with pytest.raises(ValueError, match="plausible speeds"):
        bus_activity(handmade_feed, DATE, min_speed=90)
    with pytest.raises(ValueError, match="detour factor must be at least 1"):
        bus_activity(handmade_feed, DATE, detour=0.5)
    with pytest.raises(ValueError, match="must end after it starts"):
        route_frequency(bus_activity(handmade_feed, DATE).trips, 10, 10)
    act = bus_activity(handmade_feed, DATE, routes=["R2", "R9"])
    assert act.diagnostics.routes_not_found == ["R9"] and set(act.trips["route_id"]) == {"R2"}


def test_feed_without_shapes_uses_straight_lines_times_detour(tmp_path):
    import zipfile

    src = zipfile.ZipFile(write_handmade_feed(tmp_path / "h.zip"))
    out = tmp_path / "noshapes.zip"
    with zipfile.ZipFile(out, "w") as zf:
        for name in src.namelist():
            if name != "shapes.txt":
                zf.writestr(name, src.read(name))
    act = bus_activity(read_gtfs(out), DATE, *MORNING, routes=["R1"])
    assert not act.diagnostics.feed_has_shapes and act.diagnostics.trips_without_shape == 16
    # A-B-C-D straight is 3 U, × 1.3.
    assert act.trips["dist_km"].to_numpy() == pytest.approx(np.full(16, 3 * U_KM * 1.3), rel=1e-6)


def test_inputs_are_not_modified(handmade_feed):
    before = handmade_feed.stop_times.copy()
    bus_activity(handmade_feed, DATE)
    assert handmade_feed.stop_times.equals(before)


def test_modes_keep_bus_routes_and_count_the_others():
    from conecta.core.activity import BUS_MODES
    from conecta.core.gtfs import read_feeds

    feeds = ["resources/sample/gtfs/poa_eptc.zip", "resources/sample/gtfs/poa_trensurb.zip"]
    feed = read_feeds(feeds)
    act = bus_activity(feed, "2019-05-13", modes=BUS_MODES)
    # Trensurb's train line and airport people mover (not route_type 3/11) are left out; every EPTC bus trip
    # stays (data README: 2,374 trips, all running on Monday 2019-05-13).
    rail = feed.routes.loc[~feed.routes["route_type"].isin([3, 11]), "route_id"].tolist()
    assert act.diagnostics.other_mode_routes == rail and len(rail) == 2
    assert len(act.trips) == 2374 and not act.trips["route_id"].isin(rail).any()


def test_modes_without_any_route_that_day_are_refused(handmade_feed):
    with pytest.raises(ValueError, match=r"No route of the modes tram runs on 2024-03-04: the 2 routes"):
        bus_activity(handmade_feed, DATE, modes=["tram"])
