"""Street-network travel times: hand-built networks with hand-computed answers, and agreement
with an independent Dijkstra (heapq, with its own speed table) on the real Porto Alegre OSM network."""

from __future__ import annotations

import heapq

import numpy as np
import pytest

from conecta.core.network import (
    build_network,
    estimate_pairs,
    mode_graph,
    parse_direction,
    parse_maxspeed,
    parse_other_tags,
    plan_matrix,
    reached_segments,
    snap_points,
    street_travel_times,
)
from conecta.core.progress import Cancelled
from data_paths import shared


def lines(*coords, **tags):
    """A network from one line per coordinate list (one feature each)."""
    parts = [np.array(c, dtype=float) for c in coords]
    return build_network(parts, np.arange(len(parts)), **tags)


def as_dict(result):
    """{(from, to): minutes} of a matrix result."""
    return {(int(f), int(t)): m for f, t, m in zip(result.from_idx, result.to_idx, result.minutes)}


# A 100 m square block A(0,0) B(100,0) C(100,100) D(0,100); AB is one-way A->B.
SQUARE = [[(0, 0), (100, 0)], [(100, 0), (100, 100)], [(100, 100), (0, 100)], [(0, 100), (0, 0)]]
A, B = (0.0, 0.0), (100.0, 0.0)


def test_one_way_street_car_goes_around_walk_goes_straight():
    net = lines(*SQUARE, highway=["residential"] * 4, oneway=["yes", None, None, None])
    car = street_travel_times(mode_graph(net, "car"), [B], [A], max_snap_m=1)
    # hand: B->C->D->A = 300 m at 30 km/h (residential) = 36 s = 0.6 min
    assert car.minutes == pytest.approx([0.6], abs=1e-9)
    car_ab = street_travel_times(mode_graph(net, "car"), [A], [B], max_snap_m=1)
    assert car_ab.minutes == pytest.approx([0.2], abs=1e-9)  # 100 m at 30 km/h = 12 s
    walk = street_travel_times(mode_graph(net, "walk"), [B], [A], max_snap_m=1)
    assert walk.minutes == pytest.approx([100 / 60], abs=1e-9)  # 100 m at 3.6 km/h = 100 s


def test_reverse_one_way_and_roundabout():
    net = lines(*SQUARE, highway=["residential"] * 4, oneway=["-1", None, None, None])
    assert street_travel_times(mode_graph(net, "car"), [B], [A], max_snap_m=1).minutes == pytest.approx([0.2])
    assert street_travel_times(mode_graph(net, "car"), [A], [B], max_snap_m=1).minutes == pytest.approx([0.6])
    # junction=roundabout without oneway tag implies one-way along the drawing direction
    net = lines(*SQUARE, highway=["residential"] * 4, junction=["roundabout", None, None, None])
    assert street_travel_times(mode_graph(net, "car"), [B], [A], max_snap_m=1).minutes == pytest.approx([0.6])


def test_bicycle_oneway_exception():
    oneway = ["yes", None, None, None]
    net = lines(*SQUARE, highway=["residential"] * 4, oneway=oneway, oneway_bicycle=["no", None, None, None])
    # 100 m at 12 km/h = 30 s = 0.5 min: the contraflow exception lets the bicycle go straight
    assert street_travel_times(mode_graph(net, "bicycle"), [B], [A], max_snap_m=1).minutes == pytest.approx(
        [0.5]
    )
    net = lines(*SQUARE, highway=["residential"] * 4, oneway=oneway)
    assert street_travel_times(mode_graph(net, "bicycle"), [B], [A], max_snap_m=1).minutes == pytest.approx(
        [1.5]
    )


def test_speeds_by_class_and_maxspeed_override():
    road = [[(0, 0), (1000, 0)]]
    primary = lines(*road, highway=["primary"])
    # 1000 m at 60 km/h (primary) = 60 s
    assert street_travel_times(mode_graph(primary, "car"), [(0, 0)], [(1000, 0)]).minutes == pytest.approx(
        [1.0]
    )
    mph = lines(*road, highway=["primary"], maxspeed=["30 mph"])
    # 30 mph = 48.28032 km/h -> 1000 / (48.28032 / 3.6) s
    expected = 1000 / (30 * 1.609344 / 3.6) / 60
    assert street_travel_times(mode_graph(mph, "car"), [(0, 0)], [(1000, 0)]).minutes == pytest.approx(
        [expected]
    )
    living = lines(*road, highway=["living_street"])
    assert street_travel_times(mode_graph(living, "car"), [(0, 0)], [(1000, 0)]).minutes == pytest.approx(
        [6.0]
    )


REFERENCE_CAR_KMH = {
    "motorway": 90,
    "motorway_link": 50,
    "trunk": 80,
    "trunk_link": 40,
    "primary": 60,
    "primary_link": 40,
    "secondary": 50,
    "secondary_link": 30,
    "tertiary": 40,
    "tertiary_link": 30,
    "unclassified": 30,
    "residential": 30,
    "road": 30,
    "living_street": 10,
    "service": 20,
    "track": 15,
}
"""Car speeds by OSM class as docs/algorithms/network.md publishes them, written here, not imported: the
independent reference for the class speeds and for the Porto Alegre comparison below."""


@pytest.mark.parametrize("highway, kmh", [*REFERENCE_CAR_KMH.items(), ("footbridge?", 30), (None, 30)])
def test_each_road_class_is_driven_at_its_published_speed(highway, kmh):
    net = lines([(0, 0), (1000, 0)], highway=[highway], oneway=["no"])
    minutes = street_travel_times(mode_graph(net, "car"), [(0, 0)], [(1000, 0)], max_minutes=600).minutes
    assert minutes == pytest.approx([1000 / (kmh / 3.6) / 60], rel=1e-12)


def test_a_motorway_without_oneway_tag_is_one_way_along_its_drawing():
    pts = [(0, 0), (1000, 0)]
    motorway = lines([(0, 0), (1000, 0)], highway=["motorway"])
    # 1000 m at 90 km/h = 40 s forward; backward there is no way
    got = as_dict(street_travel_times(mode_graph(motorway, "car"), pts, max_snap_m=1))
    assert got == {(0, 0): 0.0, (0, 1): pytest.approx(40 / 60), (1, 1): 0.0}
    # an explicit oneway=no makes it two-way; oneway=-1 reverses it
    two_way = lines([(0, 0), (1000, 0)], highway=["motorway"], oneway=["no"])
    assert as_dict(street_travel_times(mode_graph(two_way, "car"), pts, max_snap_m=1))[
        (1, 0)
    ] == pytest.approx(40 / 60)
    reverse = lines([(0, 0), (1000, 0)], highway=["motorway"], oneway=["-1"])
    assert set(as_dict(street_travel_times(mode_graph(reverse, "car"), pts, max_snap_m=1))) == {
        (0, 0),
        (1, 0),
        (1, 1),
    }
    # the rule is the motorway's alone: a trunk road without a tag is two-way; walking never uses a motorway
    trunk = lines([(0, 0), (1000, 0)], highway=["trunk"])
    assert (1, 0) in as_dict(street_travel_times(mode_graph(trunk, "car"), pts, max_snap_m=1))
    assert not mode_graph(motorway, "walk").usable.any()


def test_user_speed_field_with_null_and_text_falls_back_and_is_counted():
    coords = [[(0, 0), (1000, 0)], [(1000, 0), (2000, 0)], [(2000, 0), (3000, 0)], [(3000, 0), (4000, 0)]]
    net = lines(*coords, highway=["primary", "secondary", "residential", "primary"])
    mg = mode_graph(net, "car", user_speed=[20, None, "fast", "-5"])
    assert mg.diagnostics.user_speed_features == 1
    assert mg.diagnostics.invalid_user_speed_features == 3
    # 1000 m at 20 (user) + 50 (secondary) + 30 (residential) + 60 (primary) km/h
    expected = sum(3.6 * 1000 / v for v in (20, 50, 30, 60)) / 60
    result = street_travel_times(mg, [(0, 0)], [(4000, 0)], max_minutes=120)
    assert result.minutes == pytest.approx([expected])


def test_direction_field_with_custom_values_overrides_osm():
    net = lines(*SQUARE, highway=["residential"] * 4, oneway=["yes", None, None, None])
    values = (["FT"], ["TF"], ["B"])
    mg = mode_graph(net, "car", direction=["B", "TF", None, "??"], direction_values=values)
    assert mg.diagnostics.unrecognised_direction_features == 2
    # AB now two-way (B -> A 100 m = 12 s); BC runs C->B only
    assert street_travel_times(mg, [B], [A], max_snap_m=1).minutes == pytest.approx([0.2])
    # A -> C: A->B->C is forbidden (BC backward), so A->D->C = 200 m = 24 s
    assert street_travel_times(mg, [A], [(100, 100)], max_snap_m=1).minutes == pytest.approx([0.4])
    # walking ignores direction fields
    walk = mode_graph(net, "walk", direction=["B", "TF", None, "??"], direction_values=values)
    assert street_travel_times(walk, [A], [(100, 100)], max_snap_m=1).minutes == pytest.approx([200 / 60])


def test_snapping_onto_the_middle_of_an_edge():
    net = lines([(0, 0), (300, 0), (300, 400)], highway=["residential"])
    walk = mode_graph(net, "walk")
    snapped = snap_points(walk, np.array([[250.0, 30.0], [310.0, 200.0]]), 50)
    assert snapped.offset_m == pytest.approx([250.0, 500.0])
    assert snapped.distance_m == pytest.approx([30.0, 10.0])
    # walk: 30 m access + 250 m along (250 -> 500) + 10 m egress, 1 m/s
    result = street_travel_times(walk, [(250, 30)], [(310, 200)], max_snap_m=50)
    assert result.minutes == pytest.approx([290 / 60])
    # car: network part at 30 km/h, access and egress always walked at 3.6 km/h
    car = street_travel_times(mode_graph(net, "car"), [(250, 30)], [(310, 200)], max_snap_m=50)
    assert car.minutes == pytest.approx([(30 + 250 / (30 / 3.6) + 10) / 60])


def test_two_points_on_one_edge_and_same_point_pairs():
    net = lines([(0, 0), (1000, 0)])
    walk = mode_graph(net, "walk")
    pts = [(250, 30), (600, -40), (250, 30)]
    got = as_dict(street_travel_times(walk, pts, max_snap_m=100))
    assert got[(0, 1)] == pytest.approx((30 + 350 + 40) / 60)
    assert got[(1, 0)] == pytest.approx((30 + 350 + 40) / 60)
    # identical coordinates: 0 by convention; different points snapping together: access + egress
    assert got[(0, 0)] == 0.0 and got[(0, 2)] == 0.0 and got[(1, 1)] == 0.0


def test_disconnected_island_is_flagged_and_its_pairs_absent():
    island = [(5000, 5000), (5100, 5000)]
    net = lines(*SQUARE, island)
    pts = [A, B, (5050, 5000)]
    result = street_travel_times(mode_graph(net, "walk"), pts, max_snap_m=10)
    pairs = set(as_dict(result))
    assert pairs == {(0, 0), (0, 1), (1, 0), (1, 1), (2, 2)}
    assert result.diagnostics.origins_outside_main_component.tolist() == [2]
    assert result.diagnostics.destinations_outside_main_component.tolist() == [2]


def test_points_beyond_snapping_distance_are_reported():
    net = lines(*SQUARE)
    result = street_travel_times(mode_graph(net, "walk"), [A, (50, 500)], [B, (900, 900)], max_snap_m=100)
    assert result.diagnostics.unsnapped_origins.tolist() == [1]
    assert result.diagnostics.unsnapped_destinations.tolist() == [1]
    assert as_dict(result) == {(0, 0): pytest.approx(100 / 60)}


def test_excluded_classes_per_mode():
    # a footway shortcut (AB) is walked but not driven; a motorway the other way round
    net = lines(*SQUARE, highway=["footway", "residential", "residential", "residential"])
    assert street_travel_times(mode_graph(net, "car"), [A], [B], max_snap_m=1).minutes == pytest.approx([0.6])
    assert street_travel_times(mode_graph(net, "walk"), [A], [B], max_snap_m=1).minutes == pytest.approx(
        [100 / 60]
    )
    walk = mode_graph(net, "walk", excluded_classes=["footway"])
    assert street_travel_times(walk, [A], [B], max_snap_m=1).minutes == pytest.approx([300 / 60])


def test_multipart_feature_and_shared_vertices_split_lines():
    # feature 0 has two parts; feature 1 crosses feature 0's first part at an interior vertex (50, 0)
    parts = [np.array([(0.0, 0.0), (50.0, 0.0), (100.0, 0.0)]), np.array([(100.0, 0.0), (200.0, 0.0)])]
    parts.append(np.array([(50.0, -50.0), (50.0, 0.0), (50.0, 50.0)]))
    net = build_network(
        parts, np.array([0, 0, 1]), oneway=["yes", None], highway=["residential", "residential"]
    )
    assert net.n_nodes == 6 and net.n_edges == 5
    car = mode_graph(net, "car")
    # one-way applies to both parts of feature 0: (200,0) -> (0,0) impossible
    got = as_dict(street_travel_times(car, [(0, 0), (200, 0), (50, 50)], max_snap_m=1))
    assert (1, 0) not in got
    assert got[(0, 1)] == pytest.approx(200 / (30 / 3.6) / 60)
    assert got[(2, 1)] == pytest.approx(200 / (30 / 3.6) / 60)  # 50 m down, 150 m along


def test_zero_length_segments_and_empty_parts_are_dropped_and_counted():
    parts = [
        np.array([(0.0, 0.0), (0.0, 0.0), (100.0, 0.0)]),
        np.empty((0, 2)),
        np.array([(5.0, 5.0), (5.0, 5.0)]),
    ]
    net = build_network(parts, np.array([0, 1, 2]))
    assert net.diagnostics.zero_length_segments == 2
    assert net.diagnostics.empty_parts == 2
    assert net.n_edges == 1 and net.edge_length[0] == pytest.approx(100.0)


def test_near_coincident_ends_joined_only_with_tolerance():
    parts = [np.array([(0.0, 0.0), (100.0, 0.0)]), np.array([(100.5, 0.0), (200.0, 0.0)])]
    loose = build_network(parts, np.array([0, 1]))
    walk = mode_graph(loose, "walk")
    assert (0, 1) not in as_dict(street_travel_times(walk, [(0, 0)], [(200, 0)], max_snap_m=1))
    joined = build_network(parts, np.array([0, 1]), snap_tolerance=1.0)
    assert joined.diagnostics.snapped_endpoints == 1
    got = street_travel_times(mode_graph(joined, "walk"), [(0, 0)], [(200, 0)], max_snap_m=1)
    assert got.minutes == pytest.approx([200 / 60])  # total length stays 200 m


def _grid(n: int = 12, step: float = 100.0):
    """An n x n street grid of 100 m blocks with alternating one-way rows, deterministic speeds."""
    coords, oneway, highway = [], [], []
    for i in range(n):
        for j in range(n - 1):
            coords.append([(j * step, i * step), ((j + 1) * step, i * step)])
            oneway.append("yes" if i % 2 else None)
            highway.append("primary" if i % 4 == 0 else "residential")
            coords.append([(i * step, j * step), (i * step, (j + 1) * step)])
            oneway.append("-1" if i % 3 == 1 else None)
            highway.append("secondary" if i % 5 == 0 else "residential")
    return lines(*coords, highway=highway, oneway=oneway)


def test_cutoff_respected_and_chunking_identical():
    net = _grid()
    car = mode_graph(net, "car")
    rng = np.random.default_rng(7)
    pts = rng.uniform(0, 1100, size=(60, 2))
    full = street_travel_times(car, pts, max_minutes=1000, max_snap_m=100)
    capped = street_travel_times(car, pts, max_minutes=1.0, max_snap_m=100)
    expected = {k: v for k, v in as_dict(full).items() if v <= 1.0}
    assert len(expected) < len(full.minutes)
    got = as_dict(capped)
    assert got.keys() == expected.keys()
    assert max(abs(got[k] - expected[k]) for k in got) < 1e-9
    one_by_one = street_travel_times(car, pts, max_minutes=1000, max_snap_m=100, memory_budget_mb=1e-6)
    assert np.array_equal(one_by_one.from_idx, full.from_idx) and np.array_equal(
        one_by_one.to_idx, full.to_idx
    )
    assert np.allclose(one_by_one.minutes, full.minutes, rtol=0, atol=1e-12)
    uncontracted = street_travel_times(car, pts, max_minutes=1000, max_snap_m=100, contract=False)
    assert np.allclose(uncontracted.minutes, full.minutes, rtol=0, atol=1e-9)


def test_hierarchy_routing_gives_the_same_matrix_as_dijkstra():
    net = _grid()
    car = mode_graph(net, "car")
    pts = np.random.default_rng(11).uniform(0, 1100, size=(80, 2))
    pts[5] = pts[6]  # two points at the same place: 0 minutes between them
    for limit in (1000.0, 1.5):
        by_dijkstra = street_travel_times(car, pts, max_minutes=limit, max_snap_m=100, method="dijkstra")
        by_hierarchy = street_travel_times(
            car, pts, max_minutes=limit, max_snap_m=100, method="hierarchy", memory_budget_mb=0.05
        )
        assert by_dijkstra.diagnostics.routing_method == "dijkstra"
        assert by_hierarchy.diagnostics.routing_method == "hierarchy"
        expected, got = as_dict(by_dijkstra), as_dict(by_hierarchy)
        assert got.keys() == expected.keys()
        assert max(abs(got[k] - expected[k]) for k in got) < 1e-9
        assert got[(5, 6)] == 0.0


def test_auto_routing_picks_the_hierarchy_only_when_origins_reach_most_of_the_network(monkeypatch):
    import conecta.core.network.routing as network

    monkeypatch.setattr(network, "HIERARCHY_BUILD_SEARCHES", 20.0)  # 400 on real-size networks
    net = _grid()
    pts = np.random.default_rng(3).uniform(0, 1100, size=(60, 2))
    car = street_travel_times(mode_graph(net, "car"), pts, max_minutes=60, max_snap_m=100)
    assert car.diagnostics.routing_method == "hierarchy"
    assert car.diagnostics.reached_share > 0.9
    assert car.diagnostics.n_shortcuts > 0
    # 1 minute on foot reaches 60 m: a few nodes each, a search per origin is cheaper
    walk = street_travel_times(mode_graph(net, "walk"), pts, max_minutes=1, max_snap_m=100)
    assert walk.diagnostics.routing_method == "dijkstra"
    assert walk.diagnostics.reached_share < 0.05
    # 20 origins × (100 % − 20 % sweep cost) = 16 searches saved < 20 to build: not worth it
    few = street_travel_times(mode_graph(net, "car"), pts[:20], max_minutes=60, max_snap_m=100)
    assert few.diagnostics.routing_method == "dijkstra"


def test_cancellation_raises():
    net = _grid()
    calls = []

    def stop_midway(fraction):
        calls.append(fraction)
        return fraction < 0.5

    pts = np.random.default_rng(1).uniform(0, 1100, size=(40, 2))
    with pytest.raises(Cancelled):
        street_travel_times(mode_graph(net, "walk"), pts, memory_budget_mb=0.01, progress=stop_midway)
    assert max(calls) >= 0.5


def test_a_pair_exactly_at_the_cutoff_is_kept_with_either_routing_method():
    net = lines([(0, 0), (700, 0)])
    walk = mode_graph(net, "walk")
    pts = [(0, 0), (600, 0), (601, 0)]
    for method in ("dijkstra", "hierarchy"):
        got = as_dict(street_travel_times(walk, pts, max_minutes=10, max_snap_m=1, method=method))
        # 600 m at 1 m/s = 10 min exactly: kept (r5r keeps trips of max_trip_duration); 601 m is not
        assert got[(0, 1)] == 10.0 and got[(1, 0)] == 10.0
        assert (0, 2) not in got and (2, 0) not in got


def test_a_point_exactly_at_the_snapping_distance_snaps():
    walk = mode_graph(lines([(0, 0), (1000, 0)]), "walk")
    snapped = snap_points(walk, np.array([[300.0, 30.0], [600.0, 30.0 + 1e-9], [700.0, -30.0]]), 30.0)
    assert snapped.edge.tolist() == [0, -1, 0]
    assert snapped.distance_m[[0, 2]].tolist() == [30.0, 30.0]
    assert snapped.offset_m[[0, 2]].tolist() == [300.0, 700.0]


def test_isochrone_pieces_from_an_island_start_on_the_main_network_when_asked():
    """A point on a 2 km island street, 200 m from the 1 km main street (ten blocks)."""
    main = [[(100 * i, 0), (100 * (i + 1), 0)] for i in range(10)]
    walk = mode_graph(lines(*main, [(0, 200), (2000, 200)]), "walk")
    on_island = reached_segments(walk, [(500, 200)], [5.0], max_snap_m=500).lines[0][0]
    # 300 s along the island street each way from x = 500
    assert _total_length(on_island) == pytest.approx(600)
    linked = reached_segments(walk, [(500, 200)], [5.0], max_snap_m=500, main_component_only=True)
    assert linked.relinked.tolist() == [0]
    # 200 m walked to (500, 0), then 100 s along the main street each way
    assert _total_length(linked.lines[0][0]) == pytest.approx(200 + 200)
    far = reached_segments(walk, [(500, 200)], [5.0], max_snap_m=150, main_component_only=True)
    assert far.relinked.tolist() == [] and _total_length(far.lines[0][0]) == pytest.approx(600)


def test_estimated_pairs_are_exact_for_few_origins_and_close_for_many():
    net = _grid()
    car = mode_graph(net, "car")
    few = np.random.default_rng(5).uniform(0, 1100, size=(6, 2))
    plan = plan_matrix(car, few, max_snap_m=100)
    exact = len(street_travel_times(car, few, max_minutes=1.0, max_snap_m=100).minutes)
    assert estimate_pairs(plan, 1.0) == exact
    many = np.random.default_rng(6).uniform(0, 1100, size=(200, 2))
    plan = plan_matrix(car, many, max_snap_m=100)
    full = len(street_travel_times(car, many, max_minutes=60, max_snap_m=100).minutes)
    assert full == 200 * 200 and estimate_pairs(plan, 60) == full
    within = len(street_travel_times(car, many, max_minutes=1.0, max_snap_m=100).minutes)
    assert 0.5 * within < estimate_pairs(plan, 1.0) < 2 * within


def test_every_long_step_can_be_cancelled():
    net = _grid()
    pts = np.random.default_rng(2).uniform(0, 1100, size=(40, 2))
    car = mode_graph(net, "car")

    def stop_at(threshold):
        return lambda fraction: fraction < threshold

    with pytest.raises(Cancelled):
        build_network([np.array(c, float) for c in SQUARE], np.arange(4), progress=stop_at(0.5))
    with pytest.raises(Cancelled):  # while contracting the graph
        plan_matrix(car, pts, max_snap_m=100, progress=stop_at(0.6))
    with pytest.raises(Cancelled):  # while building the contraction hierarchy
        street_travel_times(car, pts, max_snap_m=100, method="hierarchy", progress=stop_at(0.15))
    with pytest.raises(Cancelled):
        reached_segments(car, pts, [5.0], per_origin=True, max_snap_m=100, progress=stop_at(0.5))


def test_inconsistent_arrays_are_programming_errors():
    parts = [np.array(c, float) for c in SQUARE]
    with pytest.raises(ValueError, match="feature_index must have one entry per part"):
        build_network(parts, np.arange(3))
    with pytest.raises(ValueError, match="per-feature attributes must have one value per feature"):
        build_network(parts, np.arange(4), highway=["residential"])
    net = build_network(parts, np.arange(4))
    with pytest.raises(ValueError, match="unknown mode 'tram'"):
        mode_graph(net, "tram")
    with pytest.raises(ValueError, match="user_speed must have one value per feature"):
        mode_graph(net, "car", user_speed=[30])
    with pytest.raises(ValueError, match="direction must have one value per feature"):
        mode_graph(net, "car", direction=["yes"])
    with pytest.raises(ValueError, match="unknown routing method 'astar'"):
        street_travel_times(mode_graph(net, "walk"), [A], method="astar")


def test_the_former_name_still_works():
    from conecta.core import network

    assert network.travel_time_matrix is network.street_travel_times
    from conecta.core.transit import travel_time_matrix as transit_matrix

    assert transit_matrix is not network.street_travel_times


def test_tag_parsers():
    tags = parse_other_tags(
        ['"oneway"=>"-1","maxspeed"=>"30 mph"', None, '"name"=>"Rua \\"A\\"","junction"=>"roundabout"']
    )
    assert tags["oneway"].tolist() == ["-1", None, None]
    assert tags["maxspeed"].tolist() == ["30 mph", None, None]
    assert tags["junction"].tolist() == [None, None, "roundabout"]
    speeds = parse_maxspeed(["50", "50 km/h", "30 mph", "BR:urban", None, 40, "none", "0"])
    assert np.allclose(speeds[:3], [50, 50, 48.28032]) and speeds[5] == 40
    assert np.isnan(speeds[[3, 4, 6, 7]]).all()
    codes = parse_direction(["yes", "-1", "no", None, "reversible", "Forward", "both", "backward"], default=9)
    assert codes.tolist() == [1, -1, 0, 9, 9, 1, 0, -1]


# ---------------------------------------------------------------------------------------------
# Isochrone lines


def _total_length(parts):
    return sum(float(np.hypot(*np.diff(p, axis=0).T).sum()) for p in parts)


def test_reached_segments_cut_partial_edges_exactly():
    net = lines([(0, 0), (100, 0), (100, 300)], [(100, 0), (400, 0)])
    walk = mode_graph(net, "walk")
    # 2.5 min = 150 s = 150 m from (0, 0): the first 100 m then 50 m along each branch
    got = reached_segments(walk, [(0, 0)], [2.5], max_snap_m=1).lines[0][0]
    assert _total_length(got) == pytest.approx(100 + 50 + 50)
    ends = sorted(tuple(np.round(p[-1], 9)) for p in got)
    assert (100.0, 50.0) in ends and (150.0, 0.0) in ends
    # shrink by 30 s (a 30 m buffer at walking speed): 120 s = the first 100 m, then 20 m per branch
    shrunk = reached_segments(walk, [(0, 0)], [2.5], max_snap_m=1, shrink_seconds=30).lines[0][0]
    assert _total_length(shrunk) == pytest.approx(100 + 20 + 20)


def test_reached_segments_from_mid_edge_and_one_way():
    net = lines([(0, 0), (1000, 0)], highway=["residential"], oneway=["yes"])
    walk = reached_segments(mode_graph(net, "walk"), [(500, 20)], [1.0], max_snap_m=50).lines[0][0]
    # 60 s: 20 s walking the access leg, then 40 m each way on the street, merged into one piece
    street = [p for p in walk if np.allclose(p[:, 1], 0)]
    assert len(street) == 1 and _total_length(street) == pytest.approx(80)
    assert _total_length(walk) == pytest.approx(80 + 20)
    car = reached_segments(mode_graph(net, "car"), [(500, 20)], [1.0], max_snap_m=50).lines[0][0]
    street = [p for p in car if np.allclose(p[:, 1], 0)]
    # 40 s driving forward only at 30 km/h = 333.33 m
    assert _total_length(street) == pytest.approx(40 * 30 / 3.6)
    assert street[0][:, 0].min() == pytest.approx(500)


def test_reached_segments_per_origin_and_combined():
    net = lines([(0, 0), (1000, 0)])
    walk = mode_graph(net, "walk")
    per = reached_segments(walk, [(0, 0), (1000, 0)], [1.0, 2.0], per_origin=True, max_snap_m=1)
    assert [_total_length(per.lines[g][m]) for g in range(2) for m in range(2)] == pytest.approx(
        [60, 120] * 2
    )
    both = reached_segments(walk, [(0, 0), (1000, 0)], [1.0], max_snap_m=1)
    assert len(both.lines) == 1 and _total_length(both.lines[0][0]) == pytest.approx(120)


# ---------------------------------------------------------------------------------------------
# Agreement with an independent implementation on the real Porto Alegre network


def _load_porto_alegre():
    ogr = pytest.importorskip("osgeo.ogr")
    osr = pytest.importorskip("osgeo.osr")
    gdal = pytest.importorskip("osgeo.gdal")
    ogr.UseExceptions()
    pbf = shared("porto_alegre", "poa_osm.pbf")
    hexes = shared("porto_alegre", "poa_hexgrid.csv")
    src = gdal.OpenEx(str(pbf))
    mem = gdal.VectorTranslate(
        "/vsimem/poa_lines.gpkg",
        src,
        format="GPKG",
        layers=["lines"],
        dstSRS="EPSG:31982",
        where="highway IS NOT NULL",
    )
    layer = mem.GetLayer(0)
    features = []
    for feature in layer:
        geom = feature.GetGeometryRef()
        subs = (
            [geom.GetGeometryRef(k) for k in range(geom.GetGeometryCount())]
            if geom.GetGeometryCount()
            else [geom]
        )
        features.append(
            (
                [np.array(g.GetPoints())[:, :2] for g in subs],
                feature.GetField("highway"),
                feature.GetField("other_tags"),
            )
        )
    mem = None
    gdal.Unlink("/vsimem/poa_lines.gpkg")
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(31982)
    transform = osr.CoordinateTransformation(wgs, utm)
    rows = np.genfromtxt(hexes, delimiter=",", names=True, usecols=(1, 2))
    zones = np.array(transform.TransformPoints(np.c_[rows["lon"], rows["lat"]].tolist()))[:, :2]
    return features, zones


def _reference_times(features, zones, origins, mode, max_snap, max_minutes):
    """Independent: one graph node per vertex coordinate, every raw segment an edge, heapq Dijkstra."""
    speed_of = {"walk": lambda hw, tags: 3.6}
    excluded = {
        "walk": {"motorway", "motorway_link", "trunk", "trunk_link"},
        "car": {"footway", "steps", "path"},
    }
    excluded["car"] |= {"pedestrian", "cycleway", "bridleway", "corridor", "elevator", "platform"}
    for group in excluded.values():
        group |= {
            "construction",
            "proposed",
            "abandoned",
            "razed",
            "disused",
            "bus_guideway",
            "busway",
            "raceway",
        }

    def tag(tags, key):
        marker = f'"{key}"=>"'
        if not tags or marker not in tags:
            return None
        return tags.split(marker, 1)[1].split('"', 1)[0]

    def car_speed(hw, tags):
        maxspeed = tag(tags, "maxspeed")
        if maxspeed and maxspeed.isdigit() and int(maxspeed) > 0:
            return float(maxspeed)
        return REFERENCE_CAR_KMH.get(hw, 30.0)

    speed_of["car"] = car_speed
    a_list, b_list, sec_list, fwd_list, bwd_list = [], [], [], [], []
    for parts, hw, tags in features:
        if hw in excluded[mode]:
            continue
        kmh = speed_of[mode](hw, tags)
        oneway = tag(tags, "oneway")
        fwd = bwd = True
        if mode == "car":
            implied = tag(tags, "junction") in ("roundabout", "circular") or hw == "motorway"
            if oneway in ("yes", "true", "1") or (oneway is None and implied):
                bwd = False
            elif oneway in ("-1", "reverse"):
                fwd = False
        for xy in parts:
            for k in range(len(xy) - 1):
                a_list.append(xy[k])
                b_list.append(xy[k + 1])
                sec_list.append(kmh)
                fwd_list.append(fwd)
                bwd_list.append(bwd)
    seg_a, seg_b = np.array(a_list), np.array(b_list)
    seg_speed = np.array(sec_list) / 3.6
    seg_fwd, seg_bwd = np.array(fwd_list), np.array(bwd_list)

    # brute-force nearest segment for every zone
    ab = seg_b - seg_a
    denom = np.maximum((ab**2).sum(1), 1e-300)
    snaps = []
    for p in zones:
        t = np.clip(((p - seg_a) * ab).sum(1) / denom, 0, 1)
        proj = seg_a + ab * t[:, None]
        d = np.hypot(*(p - proj).T)
        k = int(np.argmin(d))
        snaps.append((k, float(t[k]), float(d[k])) if d[k] <= max_snap else None)

    adjacency: dict = {}

    def add(u, v, cost):
        if u != v:
            adjacency.setdefault(u, {})
            adjacency[u][v] = min(cost, adjacency[u].get(v, np.inf))

    by_segment: dict = {}
    for z, s in enumerate(snaps):
        if s is not None:
            by_segment.setdefault(s[0], []).append((s[1], z))
    for k in range(len(seg_a)):
        u, v = tuple(seg_a[k]), tuple(seg_b[k])
        length = float(np.hypot(*ab[k]))
        if length == 0:
            continue
        chain = [(0.0, u)]
        for t, _zone in sorted(by_segment.get(k, [])):
            chain.append((t, u if t == 0 else v if t == 1 else ("zone", k, t)))
        chain.append((1.0, v))
        for (t0, n0), (t1, n1) in zip(chain[:-1], chain[1:]):
            cost = (t1 - t0) * length / seg_speed[k]
            if seg_fwd[k]:
                add(n0, n1, cost)
            if seg_bwd[k]:
                add(n1, n0, cost)

    def zone_node(z):
        k, t, _ = snaps[z]
        return tuple(seg_a[k]) if t == 0 else tuple(seg_b[k]) if t == 1 else ("zone", k, t)

    access = {z: s[2] for z, s in enumerate(snaps) if s is not None}
    out = {}
    for o in origins:
        if snaps[o] is None:
            continue
        dist = {zone_node(o): 0.0}
        heap = [(0.0, 0, zone_node(o))]
        counter = 1
        done = set()
        while heap:
            d, _, node = heapq.heappop(heap)
            if node in done:
                continue
            done.add(node)
            for nxt, c in adjacency.get(node, {}).items():
                nd = d + c
                if nd < dist.get(nxt, np.inf):
                    dist[nxt] = nd
                    heapq.heappush(heap, (nd, counter, nxt))
                    counter += 1
        for z in access:
            if z == o:
                out[(o, z)] = 0.0
                continue
            total = access[o] / 1.0 + dist.get(zone_node(z), np.inf) + access[z] / 1.0
            if total <= max_minutes * 60:
                out[(o, z)] = total / 60
    return out


@pytest.mark.parametrize("mode,method", [("car", "auto"), ("walk", "auto"), ("car", "hierarchy")])
def test_agrees_with_independent_dijkstra_on_porto_alegre(mode, method):
    features, zones = _load_porto_alegre()
    parts, feature_index, highway, other = [], [], [], []
    for i, (ps, hw, tags) in enumerate(features):
        parts += ps
        feature_index += [i] * len(ps)
        highway.append(hw)
        other.append(tags)
    tags = parse_other_tags(other)
    net = build_network(
        parts,
        np.array(feature_index),
        highway=highway,
        maxspeed=tags["maxspeed"],
        oneway=tags["oneway"],
        junction=tags["junction"],
    )
    mg = mode_graph(net, mode)
    n_origins = 50 if mode == "car" else 25
    origins = np.arange(0, len(zones), len(zones) // n_origins)[:n_origins]
    max_minutes = 60.0 if mode == "car" else 45.0
    # the reference snaps every point to its nearest street, islands included: compare like with like
    result = street_travel_times(
        mg,
        zones[origins],
        zones,
        max_minutes=max_minutes,
        max_snap_m=300,
        main_component_only=False,
        method=method,
    )
    assert result.diagnostics.routing_method == ("dijkstra" if method == "auto" else method)
    got = {(int(origins[f]), int(t)): m for f, t, m in zip(result.from_idx, result.to_idx, result.minutes)}
    reference = _reference_times(features, zones, origins, mode, 300, max_minutes)
    assert len(reference) > 1000
    assert got.keys() == reference.keys()
    assert max(abs(got[k] - reference[k]) for k in got) < 1e-6


def test_shortest_path_lines_follow_the_street_geometry_and_one_way_rules():
    from conecta.core.network import shortest_path_lines

    # an L-shaped street (bent at (100, 0)) plus a one-way shortcut from (0, 0) to (100, 100)
    parts = [np.array([[0.0, 0.0], [100.0, 0.0], [100.0, 100.0]]), np.array([[0.0, 0.0], [100.0, 100.0]])]
    net = build_network(parts, np.array([0, 1]), highway=["residential", "residential"], oneway=[None, "yes"])
    car = mode_graph(net, "car")
    points = np.array([[0.0, -10.0], [100.0, 110.0]])
    forward, backward = shortest_path_lines(car, points, [0, 1], [1, 0])
    # forward uses the one-way diagonal: access leg, the diagonal, egress leg
    np.testing.assert_allclose(forward, [[0, -10], [0, 0], [100, 100], [100, 110]])
    # backward must take the L, through its bend vertex (100, 0)
    np.testing.assert_allclose(backward, [[100, 110], [100, 100], [100, 0], [0, 0], [0, -10]])
    far = shortest_path_lines(car, np.array([[0.0, 0.0], [5000.0, 5000.0]]), [0], [1], max_snap_m=50)
    assert far == [None]
