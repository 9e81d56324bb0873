"""Fleet from GTFS (blocks, cycle/headway, FIFO chaining, concurrent trips), on the hand-made feed whose answers
are worked out by hand below, on the Porto Alegre sample, and bad input."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from handmade_gtfs import DATE, MORNING

from conecta.core.activity import bus_activity
from conecta.core.fleet import concurrent_max, fleet_estimates, vehicle_blocks
from conecta.core.fleet.trips import fleet_trips
from conecta.core.gtfs import read_gtfs


@pytest.fixture(scope="module")
def feed(handmade_feed):
    return handmade_feed


@pytest.fixture(scope="module")
def trips(handmade_morning):
    return handmade_morning.trips


@pytest.fixture(scope="module")
def fleet(feed, trips):
    return fleet_estimates(trips, feed.stops, [0, 5, 10], start=MORNING[0], end=MORNING[1])


def row(fleet, route, layover):
    r = fleet.routes
    return r.loc[(r["route_id"] == route) & (r["layover_min"] == layover)].iloc[0]


def test_route_with_blocks(fleet):
    # R2 has block_id X and Y; R1 has none (NULL).
    for lay in (0, 5, 10):
        assert row(fleet, "R2", lay)["fleet_blocks"] == 2
        assert pd.isna(row(fleet, "R1", lay)["fleet_blocks"])
    assert fleet.totals["fleet_blocks"].tolist() == [2, 2, 2]


def test_fixed_headway_route_cycle_time(fleet):
    # R1: 12 min each way, 8 departures per direction in 2 h, so h = 120 / 8 = 15 min:
    # N = ceil((12 + 12 + 2 L) / 15) = ceil(1.6), ceil(34 / 15), ceil(44 / 15).
    expected = {lay: math.ceil((24 + 2 * lay) / 15) for lay in (0, 5, 10)}
    assert expected == {0: 2, 5: 3, 10: 3}
    for lay, n in expected.items():
        assert row(fleet, "R1", lay)["fleet_cycle"] == n
    # R2: 20 min each way, 3 + 2 departures, h = 120 × 2 / 5 = 48 min.
    for lay in (0, 5, 10):
        assert row(fleet, "R2", lay)["fleet_cycle"] == math.ceil((40 + 2 * lay) / 48)


def test_a_five_minute_layover_changes_the_chaining_fleet(fleet):
    # R1: a bus arriving at 06:12 takes the 06:15 departure only if the layover is ≤ 3 min, so with 0 min
    # 2 buses shuttle; with 5 or 10 min each terminal needs a second bus (06:00 and 06:15): 4.
    assert [row(fleet, "R1", lay)["fleet_chaining"] for lay in (0, 5, 10)] == [2, 4, 4]
    # R2: x1 arrives at F 06:20 and x2 leaves F 06:25: fine with 5 min (equal is enough), not with 10.
    assert [row(fleet, "R2", lay)["fleet_chaining"] for lay in (0, 5, 10)] == [2, 2, 3]
    # Never below the concurrent trips: R1 has one trip per direction at a time, R2 at most two.
    assert row(fleet, "R1", 0)["concurrent_max"] == 2 and row(fleet, "R2", 0)["concurrent_max"] == 2
    spares = [row(fleet, "R1", lay)["fleet_with_spares"] for lay in (0, 5, 10)]
    assert spares == [math.ceil(2 * 1.1), math.ceil(4 * 1.1), math.ceil(4 * 1.1)]


def test_inferred_blocks_recover_the_feed_blocks(trips, feed):
    blocks = vehicle_blocks(trips, feed.stops, 0, use_block_id=False)
    r2 = blocks.trips.loc[blocks.trips["route_id"] == "R2"].set_index("trip_id")
    # FIFO: x1 → x2 at F 06:25; at E, 06:40 takes the bus waiting since 06:30 (y1), 07:00 the one of 06:45.
    assert r2.loc["x1", "block_id"] == r2.loc["x2", "block_id"] == r2.loc["x3", "block_id"]
    assert r2.loc["y1", "block_id"] == r2.loc["y2", "block_id"] != r2.loc["x1", "block_id"]
    table = blocks.blocks.set_index("block_id").loc[r2.loc["x1", "block_id"]]
    assert (table["trips"], table["start_terminal"], table["end_terminal"]) == (3, "E", "F")
    assert table["hours_in_service"] == pytest.approx(80 / 60)
    assert table["first_departure_s"] == 6 * 3600 and table["last_arrival_s"] == 7 * 3600 + 20 * 60
    # With the feed's block_id kept, R2's blocks are X and Y.
    kept = vehicle_blocks(trips, feed.stops, 0)
    assert set(kept.blocks.loc[kept.blocks["route_id"] == "R2", "block_id"]) == {"X", "Y"}


def test_totals_and_hourly_series(fleet):
    tot = fleet.totals.set_index("layover_min")
    assert tot["fleet_chaining"].tolist() == [4, 6, 7]
    assert tot.loc[0, "concurrent_max"] == 4  # at 06:10-06:12: two R1 trips, x1 and y1
    assert tot.loc[0, "vehicle_hours"] == pytest.approx(16 * 0.2 + 5 / 3)
    h = fleet.hourly.loc[fleet.hourly["layover_min"] == 0].set_index("hour")
    assert h.loc[6, "vehicles_chaining"] == 4 and h.loc[6, "trips_in_service_max"] == 4


def test_concurrent_sweep_counts_arrivals_first():
    # [0, 10] and [10, 20] can be one bus; [5, 15] overlaps both.
    assert concurrent_max([0, 10], [10, 20])[0] == 1
    assert concurrent_max([0, 10, 5], [10, 20, 15])[0] == 2


def test_single_direction_route_is_warned(trips, feed):
    one_way = trips.loc[trips["trip_id"].str.startswith("r1a")]
    est = fleet_estimates(one_way, feed.stops, [0], start=MORNING[0], end=MORNING[1])
    assert est.diagnostics.single_direction_routes == 1 and est.diagnostics.single_direction_examples == [
        "R1"
    ]
    # Cycle assumed symmetric: 2 × (12 + 0) = 24 min over h = 15 min.
    assert est.routes["fleet_cycle"].iloc[0] == 2


def test_porto_alegre_sample_fleet_is_above_the_concurrent_bound():
    feed = read_gtfs("resources/sample/gtfs/poa_eptc.zip")
    trips = bus_activity(feed, "2019-05-13").trips
    est = fleet_estimates(trips, feed.stops, [0, 5, 10])
    r = est.routes
    assert (r["fleet_chaining"] >= r["concurrent_max"]).all()
    tot = est.totals
    assert tot["fleet_chaining"].is_monotonic_increasing and tot["fleet_cycle"].is_monotonic_increasing
    assert tot["fleet_blocks"].isna().all()  # the EPTC feed has no block_id


def test_bad_input(trips, feed):
    with pytest.raises(ValueError, match="Layovers must be zero or positive"):
        fleet_estimates(trips, feed.stops, [5, -2])
    with pytest.raises(ValueError, match="at least one layover"):
        fleet_estimates(trips, feed.stops, [])
    with pytest.raises(ValueError, match="spare ratio"):
        fleet_estimates(trips, feed.stops, [5], spare_ratio=-0.1)
    with pytest.raises(ValueError, match="must end after it starts"):
        fleet_estimates(trips, feed.stops, [5], start=10, end=5)
    with pytest.raises(ValueError, match="lacks the columns"):
        fleet_estimates(trips.drop(columns=["arrival_s"]), feed.stops, [5])
    with pytest.raises(ValueError, match=r"Layovers must be zero or positive minutes \(got -1\)"):
        vehicle_blocks(trips, feed.stops, -1)
    broken = trips.copy()
    broken.loc[0, "arrival_s"] = broken.loc[0, "departure_s"] - 60
    with pytest.raises(ValueError, match="1 trips end before they start"):
        vehicle_blocks(broken, feed.stops, 5)
    est = fleet_estimates(broken, feed.stops, [5])
    assert est.diagnostics.bad_trips == 1 and est.diagnostics.bad_trip_examples == [broken.loc[0, "trip_id"]]
    assert est.diagnostics.trips == len(trips) - 1


def test_fleet_trips_are_the_activity_trips(feed, trips):
    # The lean trip table gives the very trips of bus_activity (selection, km along the shapes, times), here on
    # the hand-made feed (shapes, a trip without a shape, block_id) and on the EPTC sample (interpolation).
    lean, diag = fleet_trips(feed, DATE, *MORNING)
    pd.testing.assert_frame_equal(lean, trips)
    assert diag.trips == len(trips) and diag.trips_without_shape == 5
    poa = read_gtfs("resources/sample/gtfs/poa_eptc.zip")
    full = bus_activity(poa, "2019-05-13")
    lean, diag = fleet_trips(poa, "2019-05-13")
    pd.testing.assert_frame_equal(lean, full.trips)
    assert diag.interpolated_stop_times == full.diagnostics.interpolated_stop_times
