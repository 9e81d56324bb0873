"""Street scenarios (issue 18 item 2): congestion factors, closed and new links, slope-aware walking (Tobler)
and cycling (power balance) on hand-made networks, with expected values computed here from the published
formulas and figures, never by the functions under test."""

import math

import numpy as np
import pandas as pd
import pytest

from conecta.core.errors import InputError
from conecta.core.network import build_network
from conecta.core.scenarios.streets import (
    NewLinks,
    congested_speeds,
    cycling_times,
    modify_links,
    segments_from_vertices,
    speed_factors,
    walking_times,
)


def tobler_kmh(grade: float) -> float:
    """Tobler (1993): 6 exp(−3.5 |dh/dx + 0.05|) km/h."""
    return 6 * math.exp(-3.5 * abs(grade + 0.05))


def walk_kmh(grade: float, flat: float = 3.6) -> float:
    """Tobler scaled so that flat ground gives ``flat`` km/h."""
    return flat * tobler_kmh(grade) / tobler_kmh(0.0)


# ----------------------------------------------------------------------------------------------- congestion

PEAK = pd.DataFrame(
    {
        "highway": ["primary", "*", "primary", "secondary"],
        "start_time": ["07:00", "07:00", "17:00", "23:00"],
        "end_time": ["09:00", "09:00", "19:00:00", "25:30"],
        "factor": [0.6, 0.9, "0,7", 0.8],
    }
)


def test_congestion_multiplies_free_flow_by_class_and_band():
    free = np.array([60.0, 50.0, 30.0, 60.0])
    classes = ["primary", "secondary", "residential", "Primary"]
    peak = congested_speeds(free, classes, PEAK, "08:15")
    # primary × 0.6 (the class row wins over *), the others × 0.9 (the * row)
    assert peak.speed_kmh.tolist() == pytest.approx([36.0, 45.0, 27.0, 36.0])
    assert peak.diagnostics.edges_changed == 4
    evening = congested_speeds(free, classes, PEAK, 17 * 3600 + 1800)
    assert evening.speed_kmh.tolist() == pytest.approx([42.0, 50.0, 30.0, 42.0])
    noon = congested_speeds(free, classes, PEAK, "12:00")
    assert noon.speed_kmh.tolist() == pytest.approx(free.tolist())  # free flow outside every band
    # 00:30 is inside 23:00–25:30 (hours past 24), for secondary only.
    night = speed_factors(classes, PEAK, "00:30")[0]
    assert night.tolist() == [1.0, 0.8, 1.0, 1.0]


def test_congestion_names_classes_absent_from_the_network():
    _, diag = speed_factors(["residential"], [{"highway": "trunk", "factor": 0.5}], "08:00")
    assert diag.classes_without_edges == ["trunk"]
    factor, _ = speed_factors(["trunk", "primary"], [{"highway": "trunk", "factor": 0.5}], "03:00")
    assert factor.tolist() == [0.5, 1.0]  # no band: all day


@pytest.mark.parametrize(
    "rows, code, match",
    [
        ([{"highway": "primary", "factor": 0}], "bad_factor", "factor above zero"),
        ([{"highway": "primary", "factor": "slow"}], "bad_factor", "factor above zero"),
        ([{"highway": "primary", "start_time": "7h", "factor": 0.5}], "bad_time", "not a clock time"),
        (
            [{"highway": "primary", "start_time": "09:00", "end_time": "07:00", "factor": 0.5}],
            "empty_band",
            "is empty",
        ),
        (
            [{"highway": "primary", "start_time": "47:00", "end_time": "49:00", "factor": 0.5}],
            "band_outside_service_day",
            "outside",
        ),
        (
            [
                {"highway": "primary", "start_time": "07:00", "end_time": "09:00", "factor": 0.5},
                {"highway": "primary", "start_time": "08:00", "end_time": "10:00", "factor": 0.7},
            ],
            "overlapping_bands",
            r"class primary two factors at once \(rows 1, 2\)",
        ),
        ([{"road": "primary", "factor": 0.5}], "missing_columns", "lacks the field.*highway"),
    ],
)
def test_bad_congestion_tables_raise_a_coded_error(rows, code, match):
    with pytest.raises(InputError, match=match) as info:
        speed_factors(["primary"], rows, "08:00")
    assert info.value.code == code


def test_congestion_needs_a_departure_time():
    with pytest.raises(InputError, match="departure time is needed") as info:
        speed_factors(["primary"], [{"highway": "primary", "factor": 0.5}], " ")
    assert info.value.code == "bad_time"


# ----------------------------------------------------------------------------------------------- links


def test_closed_and_new_links_change_the_network_the_builder_makes():
    # Two streets along y = 0 (features 0 and 1) and one along y = 50 (feature 2).
    parts = [
        np.array([[0.0, 0.0], [100.0, 0.0]]),
        np.array([[100.0, 0.0], [200.0, 0.0]]),
        np.array([[0.0, 50.0], [200.0, 50.0]]),
    ]
    originals = [p.copy() for p in parts]
    link = np.array([[50.0, 3.0], [50.0, 47.0]])  # a new crossing 3 m short of both streets
    loose = np.array([[300.0, 0.0], [400.0, 0.0]])  # far from everything
    changed = modify_links(
        parts,
        [0, 1, 2],
        highway=["primary", "primary", "residential"],
        speed_kmh=[np.nan, 40.0, np.nan],
        closed=[1],
        new_links=NewLinks([link, loose], ["service", "tertiary"], [15.0, np.nan]),
        snap_distance=5.0,
    )
    assert all((a == b).all() for a, b in zip(parts, originals)) and link[0, 1] == 3.0  # inputs untouched
    assert changed.source_feature.tolist() == [0, 2, -1, -1]
    assert changed.highway.tolist() == ["primary", "residential", "service", "tertiary"]
    assert np.isnan(changed.speed_kmh[[0, 1, 3]]).all() and changed.speed_kmh[2] == 15.0
    assert changed.take(["a", "b", "c"], fill="new").tolist() == ["a", "c", "new", "new"]
    diag = changed.diagnostics
    assert (diag.closed_features, diag.connected_ends, diag.loose_ends, diag.loose_examples) == (1, 2, 2, [1])
    assert diag.max_snap_m == pytest.approx(3.0)
    net = build_network(changed.parts, changed.feature_index, highway=changed.highway)
    # The crossing is joined at (50, 0) and (50, 50): the remaining street of y = 0 becomes two edges of
    # 50 m, the one of y = 50 edges of 50 and 150 m, the crossing one edge of 50 m, the loose link one of 100 m.
    assert sorted(net.edge_length.tolist()) == [50.0, 50.0, 50.0, 50.0, 100.0, 150.0]
    nodes = {tuple(xy) for xy in net.node_xy.tolist()}
    assert (50.0, 0.0) in nodes and (50.0, 50.0) in nodes and (200.0, 0.0) not in nodes  # feature 1 closed


def test_closed_links_by_mask_and_bad_indices():
    parts = [np.array([[0.0, 0.0], [1.0, 0.0]]), np.array([[1.0, 0.0], [2.0, 0.0]])]
    kept = modify_links(parts, [0, 1], closed=np.array([True, False]))
    assert len(kept.parts) == 1 and kept.parts[0].tolist() == [[1.0, 0.0], [2.0, 0.0]]
    with pytest.raises(ValueError, match="feature indices"):
        modify_links(parts, [0, 1], closed=[5])


# ----------------------------------------------------------------------------------------------- walking


def test_tobler_walking_speeds_on_a_sloped_network_per_direction():
    # Four 100 m edges: flat, 10 % up, 5 % down, and one outside the elevation raster.
    length = np.array([100.0, 100.0, 100.0, 100.0])
    z0 = np.array([10.0, 10.0, 20.0, np.nan])
    z1 = np.array([10.0, 20.0, 15.0, np.nan])
    result = walking_times(length, z0, z1)
    expected_fwd = [100 / (walk_kmh(s) / 3.6) for s in (0.0, 0.10, -0.05, 0.0)]
    expected_bwd = [100 / (walk_kmh(s) / 3.6) for s in (0.0, -0.10, 0.05, 0.0)]
    assert result.forward_s.tolist() == pytest.approx(expected_fwd)
    assert result.backward_s.tolist() == pytest.approx(expected_bwd)
    # Flat ground is the network's 3.6 km/h (100 s per 100 m); 5 % downhill is Tobler's peak, 6/5.04 faster.
    assert result.forward_s[0] == pytest.approx(100.0)
    assert result.forward_kmh[2] == pytest.approx(3.6 * 6 / (6 * math.exp(-0.175)))
    assert result.diagnostics.edges_without_elevation == 1


def test_tobler_walking_along_the_vertices_of_an_edge():
    # One 200 m edge over a 10 m hump: up 10 m over the first 100 m, down 10 m over the next 100 m; a second
    # edge whose middle vertex lies outside the raster.
    offsets = np.array([0, 3, 6])
    along = np.array([0.0, 100.0, 200.0, 0.0, 50.0, 100.0])
    z = np.array([0.0, 10.0, 0.0, 5.0, np.nan, 5.0])
    length, z0, z1, edge = segments_from_vertices(offsets, along, z)
    result = walking_times(length, z0, z1, edge=edge, n_edges=2)
    hump = 100 / (walk_kmh(0.1) / 3.6) + 100 / (walk_kmh(-0.1) / 3.6)
    assert result.forward_s[0] == pytest.approx(hump)
    assert result.backward_s[0] == pytest.approx(hump)  # symmetric hump: same both ways
    assert result.forward_s[1] == pytest.approx(100.0)  # segments without elevation are flat
    assert (
        result.diagnostics.edges_partly_without_elevation == 0
        and result.diagnostics.edges_without_elevation == 1
    )


def test_walking_follows_the_network_speed_and_clamps_extreme_grades():
    result = walking_times(np.array([10.0, 100.0]), np.array([0.0, 0.0]), np.array([8.0, 0.0]), speed_kmh=5.0)
    # 80 % from a DEM artefact is clamped to 35 %; the flat edge runs at the 5 km/h asked for.
    assert result.forward_s[0] == pytest.approx(10 / (walk_kmh(0.35, 5.0) / 3.6))
    assert result.forward_s[1] == pytest.approx(100 / (5.0 / 3.6))
    assert result.diagnostics.clamped_segments == 1 and result.diagnostics.max_abs_grade == pytest.approx(0.8)


# ----------------------------------------------------------------------------------------------- cycling

# Parkin & Rotheram (2010), Transport Policy 17: cyclists deliver about 150 W on the flat, about 250 W climbing;
# 85th-percentile flat speed 22 km/h; air resistance about 70 % of the resistance at that speed.
V22 = 22 / 3.6
HALF_RHO_CDA = 0.7 * 150 / V22**3  # ½ ρ C_dA (kg/m)
CRR_M_G = 0.3 * 150 / V22  # C_rr m g (N)
M_G = 90 * 9.81


def power_needed(v_ms: float, grade: float) -> float:
    """Martin et al. (1998) without wind: P = v (m g (C_rr cos θ + sin θ) + ½ ρ C_dA v²)."""
    theta = math.atan(grade)
    return v_ms * (CRR_M_G * math.cos(theta) + M_G * math.sin(theta) + HALF_RHO_CDA * v_ms**2)


def test_cycling_speeds_balance_the_riders_power_and_are_scaled_to_the_network_speed():
    grades = np.array([0.0, 0.015, 0.06, -0.03, -0.12])
    length = np.full(len(grades), 1000.0)
    result = cycling_times(length, np.zeros(len(grades)), 1000.0 * grades)
    along = 1000.0 * np.sqrt(1 + grades**2)
    speed = along / result.forward_s * 3.6  # km/h along the slope
    assert speed[0] == pytest.approx(12.0)  # flat: the network's 12 km/h
    physical = speed * 22 / 12  # undo the scaling to the network speed
    assert power_needed(physical[1] / 3.6, 0.015) == pytest.approx(200.0, rel=1e-6)  # halfway to 3 %: 200 W
    assert power_needed(physical[2] / 3.6, 0.06) == pytest.approx(250.0, rel=1e-6)  # climbing: 250 W
    assert power_needed(physical[3] / 3.6, -0.03) == pytest.approx(150.0, rel=1e-6)  # downhill: 150 W
    assert physical[4] == pytest.approx(35.0)  # braking at the 35 km/h design speed on steep descents
    # Backward runs the other way over the same slope: down 6 % at 150 W would pass 35 km/h, so it brakes;
    # up 3 % the rider gives 250 W.
    assert result.backward_s[2] == pytest.approx(along[2] / (35 * 12 / 22 / 3.6))
    back_up = along[3] / result.backward_s[3] * 3.6 * 22 / 12
    assert power_needed(back_up / 3.6, 0.03) == pytest.approx(250.0, rel=1e-6)


def test_cycling_without_elevation_is_flat_and_counted():
    result = cycling_times(np.array([1200.0]), np.array([np.nan]), np.array([np.nan]), speed_kmh=15.0)
    assert result.forward_s[0] == pytest.approx(1200 / (15 / 3.6))
    assert result.diagnostics.edges_without_elevation == 1


# ----------------------------------------------------------------------------------------------- per mode


def test_factor_rows_apply_to_the_mode_they_name_and_to_cars_without_one():
    table = [
        {"highway": "primary", "factor": 0.5},
        {"highway": "primary", "factor": 0.8, "mode": "walk"},
        {"highway": "residential", "factor": 0.9, "mode": "Bicycle"},
    ]
    classes = ["primary", "residential"]
    assert speed_factors(classes, table, "08:00", mode="car")[0].tolist() == [0.5, 1.0]
    assert speed_factors(classes, table, "08:00", mode="walk")[0].tolist() == [0.8, 1.0]
    assert speed_factors(classes, table, "08:00", mode="bicycle")[0].tolist() == [1.0, 0.9]
    # a table without a mode field is a car's: walking keeps its speed and needs no departure time
    factor, diag = speed_factors(classes, [{"highway": "primary", "factor": 0.5}], "", mode="walk")
    assert factor.tolist() == [1.0, 1.0] and diag.rows == 0
    with pytest.raises(InputError, match=r"unknown mode\(s\) tram") as info:
        speed_factors(classes, [{"highway": "primary", "factor": 0.5, "mode": "tram"}], "08:00", mode="car")
    assert info.value.code == "bad_mode"


def test_closed_features_sample_a_quarter_half_and_three_quarters_of_each_street():
    from conecta.core.scenarios.streets import closed_features

    parts = [
        np.array([[0.0, 0.0], [100.0, 0.0]]),  # 0: along y = 0
        np.array([[50.0, -50.0], [50.0, 50.0]]),  # 1: crosses it at x = 50
        np.array([[200.0, 0.0], [300.0, 0.0]]),  # 2: a two-part feature (with part 3)
        np.array([[300.0, 0.0], [400.0, 0.0]]),
    ]
    index = [0, 1, 2, 2]
    drawn = [np.array([[-5.0, 2.0], [105.0, 2.0]])]  # drawn 2 m off street 0
    assert closed_features(parts, index, 3, lines=drawn, tolerance=5.0).tolist() == [True, False, False]
    assert closed_features(parts, index, 3, lines=drawn, tolerance=1.0).tolist() == [False, False, False]
    # an area with a hole: street 0's middle (x = 50) falls in the hole, so it stays open
    outer = np.array([[-10.0, -10.0], [110.0, -10.0], [110.0, 10.0], [-10.0, 10.0], [-10.0, -10.0]])
    hole = np.array([[40.0, -5.0], [60.0, -5.0], [60.0, 5.0], [40.0, 5.0], [40.0, -5.0]])
    assert closed_features(parts, index, 3, polygons=[[outer]]).tolist() == [True, False, False]
    assert closed_features(parts, index, 3, polygons=[[outer, hole]]).tolist() == [False, False, False]
    # each part of a feature must be covered: an area over part 2 only leaves feature 2 open
    half = [np.array([[190.0, -5.0], [310.0, -5.0], [310.0, 5.0], [190.0, 5.0]])]
    assert closed_features(parts, index, 3, polygons=[half]).tolist() == [False, False, False]
    whole = [np.array([[190.0, -5.0], [410.0, -5.0], [410.0, 5.0], [190.0, 5.0]])]
    assert closed_features(parts, index, 3, polygons=[half, whole]).tolist() == [False, False, True]


def test_a_grid_is_sampled_bilinearly_between_pixel_centres():
    from conecta.core.scenarios.streets import sample_grid

    # 3 × 4 pixels of 10 m, top-left corner (100, 200); value = column + 10 × row at each pixel centre
    grid = np.arange(4)[None, :] + 10.0 * np.arange(3)[:, None]
    grid[2, 3] = np.nan
    points = np.array(
        [
            [105.0, 195.0],  # centre of pixel (row 0, column 0)
            [110.0, 190.0],  # half-way between the centres of pixels (0, 0), (0, 1), (1, 0) and (1, 1)
            [101.0, 199.0],  # in the outer half of the corner pixel: its value
            [135.0, 175.0],  # on the no-data pixel (2, 3)
            [128.0, 182.0],  # in pixel (1, 2), a neighbour of the no-data pixel: pixel (1, 2)'s own value
            [99.0, 195.0],  # outside the grid
        ]
    )
    values = sample_grid(grid, 100.0, 200.0, 10.0, 10.0, points)
    assert values[:3].tolist() == [0.0, (0 + 1 + 10 + 11) / 4, 0.0]
    assert np.isnan(values[3]) and np.isnan(values[5])
    assert values[4] == 12.0


def test_a_scenario_graph_has_slope_times_per_direction_and_congested_car_times():
    from conecta.core.network import mode_graph
    from conecta.core.scenarios.streets import scenario_graph

    # one 200 m street with a vertex at 100 m: 10 m up, then flat
    net = build_network([np.array([[0.0, 0.0], [100.0, 0.0], [200.0, 0.0]])], [0], highway=["primary"])
    walk = mode_graph(net, "walk")
    z = np.array([0.0, 10.0, 10.0])
    hilly, diag = scenario_graph(walk, vertex_elevation=z)
    forward = 100 / (walk_kmh(0.1) / 3.6) + 100.0
    backward = 100 / (walk_kmh(-0.1) / 3.6) + 100.0
    assert hilly.edge_seconds.tolist() == pytest.approx([forward])
    assert hilly.backward_seconds.tolist() == pytest.approx([backward])
    assert walk.edge_seconds.tolist() == [200.0] and walk.edge_seconds_backward is None  # input untouched
    assert diag.slopes.max_abs_grade == pytest.approx(0.1)
    car = mode_graph(net, "car")  # primary: 60 km/h free flow, 12 s for 200 m
    jammed, diag = scenario_graph(
        car, factor_table=[{"highway": "primary", "factor": 0.6}], departure="08:00"
    )
    assert jammed.edge_seconds.tolist() == pytest.approx([200 / (60 * 0.6 / 3.6)])
    assert jammed.feature_speed_kmh.tolist() == pytest.approx([36.0])
    assert diag.speed_factors.edges_changed == 1
    with pytest.raises(ValueError, match="walking and cycling only"):
        scenario_graph(car, vertex_elevation=z)
    with pytest.raises(ValueError, match="one value per geometry vertex"):
        scenario_graph(walk, vertex_elevation=z[:2])


def test_routing_uses_the_backward_times_of_a_graph():
    from conecta.core.network import mode_graph, street_travel_times
    from conecta.core.scenarios.streets import scenario_graph

    net = build_network([np.array([[0.0, 0.0], [100.0, 0.0], [200.0, 0.0]])], [0], highway=["residential"])
    hilly, _ = scenario_graph(mode_graph(net, "walk"), vertex_elevation=np.array([0.0, 10.0, 10.0]))
    result = street_travel_times(hilly, np.array([[0.0, 0.0], [200.0, 0.0]]))
    times = {(int(f), int(t)): m for f, t, m in zip(result.from_idx, result.to_idx, result.minutes)}
    assert times[(0, 1)] == pytest.approx((100 / (walk_kmh(0.1) / 3.6) + 100.0) / 60)
    assert times[(1, 0)] == pytest.approx((100 / (walk_kmh(-0.1) / 3.6) + 100.0) / 60)
