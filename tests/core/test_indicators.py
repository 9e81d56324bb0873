"""Tests of core.indicators against hand-computed values (SDG 11.2.1, 11.3.1, 11.7.1, indices)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from conecta.core.errors import InputError
from conecta.core.indicators import (
    BIVARIATE_PALETTE,
    bivariate_classes,
    class_of_mode,
    class_of_value,
    composite_index,
    normalise,
    route_capacity,
    sdg1121,
    sdg1131,
    sdg_1121,
    sdg_1131,
    sdg_1171,
    served,
    stop_capacity,
)
from conecta.core.network import build_network, mode_graph


def three_blocks() -> pd.DataFrame:
    """Three census blocks: total, women (one NULL), men."""
    return pd.DataFrame({"total": [1000, 2000, 500], "women": [520, 1000, None], "men": [480, 1000, 250]})


def test_sdg_1121_three_blocks_partly_served_by_hand():
    served = {"all": [1.0, 0.25, 0.0], "low": [0.5, 0.25, 0.6], "high": [0.0, 0.0, 0.0]}
    result = sdg_1121(three_blocks(), served)
    table = result.table.set_index(["scenario", "field"])
    # all: total 1000 + 0.25*2000 + 0 = 1500 of 3500 -> 42.857 %
    assert table.loc[("all", "total"), "served"] == pytest.approx(1500)
    assert table.loc[("all", "total"), "total"] == pytest.approx(3500)
    assert result.overall["all"] == pytest.approx(42.857142857)
    # women: 520 + 250 (+ NULL counted 0) = 770 of 1520 -> 50.658 %; men 480 + 250 = 730 of 1730
    assert table.loc[("all", "women"), "indicator_pct"] == pytest.approx(50.657894737)
    assert table.loc[("all", "men"), "indicator_pct"] == pytest.approx(42.196531792)
    # low: 500 + 500 + 300 = 1300 of 3500 -> 37.142857 %
    assert result.overall["low"] == pytest.approx(37.142857143)
    assert result.overall["high"] == 0.0
    assert result.null_population == {"women": 1}
    assert result.zero_population_fields == []


def test_sdg_1121_zero_population_and_null_served():
    population = pd.DataFrame({"total": [0, 0], "disabled": [None, None]})
    result = sdg_1121(population, {"all": [1.0, None]})
    assert math.isnan(result.overall["all"])
    assert result.zero_population_fields == ["total", "disabled"]
    assert result.invalid_served == {"all": 1}
    with pytest.raises(ValueError):
        sdg_1121(population, {"all": [1.5, 0.0]})


def test_sdg_1131_hand_computed_linear_and_log_forms():
    # city A: built-up 100 -> 130 km², population 1,000,000 -> 1,200,000 over 15 years
    # zone B: population falls 50,000 -> 45,000; zone C: population almost constant
    built_past, built_present = [100e6, 2e6, 1e6], [130e6, 2.2e6, 1.1e6]
    pop_past, pop_present = [1_000_000, 50_000, 10_000], [1_200_000, 45_000, 10_005]
    result = sdg_1131(built_past, built_present, pop_past, pop_present, 15, zones=["A", "B", "C"])
    t = result.table.set_index("zone")
    # metadata 2021 linear form: LCR = (130 - 100) / 100 / 15 = 0.02
    assert t.loc["A", "lcr"] == pytest.approx(0.02)
    # PGR = ln(1.2) / 15 = 0.1823215568 / 15 = 0.0121547705
    assert t.loc["A", "pgr"] == pytest.approx(0.0121547705)
    assert t.loc["A", "lcrpgr"] == pytest.approx(0.02 / 0.0121547705)  # 1.6454
    assert t.loc["A", "built_per_capita_past"] == pytest.approx(100.0)  # m² per person
    assert t.loc["A", "built_per_capita_present"] == pytest.approx(108.333333)
    assert bool(t.loc["B", "negative_growth"]) and t.loc["B", "lcrpgr"] < 0
    # C: PGR = ln(1.0005)/15 = 3.33e-5 per year, below the 1e-3 threshold
    assert bool(t.loc["C", "pgr_near_zero"]) and result.near_zero_zones == ["C"]
    assert result.negative_growth_zones == ["B"]
    # city row: sums 103 -> 133.3 km², 1,060,000 -> 1,255,005
    assert t.loc["city", "lcr"] == pytest.approx((133.3 - 103) / 103 / 15)
    assert t.loc["city", "pgr"] == pytest.approx(math.log(1_255_005 / 1_060_000) / 15)
    legacy = sdg_1131(100e6, 130e6, 1e6, 1.2e6, 15, lcr_form="log").table
    # legacy: LCR = ln(1.3)/15 = 0.2623642645/15; LCRPGR = ln 1.3 / ln 1.2 = 1.4390207
    assert legacy.loc[0, "lcr"] == pytest.approx(0.2623642645 / 15)
    assert legacy.loc[0, "lcrpgr"] == pytest.approx(1.4390207)


def test_sdg_1131_invalid_inputs_flagged():
    result = sdg_1131([0.0, 5.0], [10.0, 6.0], [100, 0], [120, 50], 10)
    assert math.isnan(result.table.loc[0, "lcr"]) and math.isnan(result.table.loc[1, "pgr"])
    assert result.invalid_zones == [0, 1]
    with pytest.raises(ValueError):
        sdg_1131(1, 2, 3, 4, 0)


def test_sdg_1171_area_and_population():
    # zone 1: 12 ha open space + 20 ha streets in 100 ha; zone 2: 3 ha in 50 ha, no streets
    result = sdg_1171(
        [12, 3],
        [100, 50],
        street_area=[20, 0],
        population=pd.DataFrame({"pop": [800, 200]}),
        served={"400m": [0.5, 1.0]},
    )
    area = result.area.set_index("zone")
    assert area.loc[0, "share_open_space_pct"] == pytest.approx(12.0)
    assert area.loc[0, "share_with_streets_pct"] == pytest.approx(32.0)
    assert area.loc["city", "share_open_space_pct"] == pytest.approx(100 * 15 / 150)
    assert result.population.overall["400m"] == pytest.approx(100 * (400 + 200) / 1000)
    assert sdg_1171([0], [0]).zero_area_zones == [0, "city"]


def test_stop_capacity_classes_with_brt_and_mixed_stops():
    routes = pd.DataFrame(
        {
            "route_id": ["R1", "R2", "R3", "R4", "R5", "R6"],
            "route_type": [3, 1, 700, 3, 1200, 1100],
            "route_short_name": ["T5", "L1", "343", "BRT1", "F", "A"],
        }
    )
    classified = route_capacity(routes, brt_routes=["BRT1"]).set_index("route_id")
    assert classified.loc["R4", "mode"] == "brt" and classified.loc["R4", "capacity"] == "low"
    assert classified.loc["R5", "capacity"] == "high" and classified.loc["R6", "capacity"] is None
    pairs = pd.DataFrame(
        {"stop_id": ["S1", "S1", "S2", "S2", "S3", "S4"], "route_id": ["R1", "R2", "R1", "R3", "R4", "R6"]}
    )
    stops = stop_capacity(pairs, classified.reset_index()).set_index("stop_id")
    assert stops.loc["S1", "capacity"] == "high" and stops.loc["S1", "mode"] == "metro"
    assert stops.loc["S1", "modes"] == "bus,metro" and stops.loc["S2", "n_routes"] == 2
    assert stops.loc["S2", "capacity"] == "low" and stops.loc["S3", "mode"] == "brt"
    assert stops.loc["S4", "capacity"] is None
    # an edited mapping: trams as high capacity
    edited = route_capacity(
        pd.DataFrame({"route_id": ["X"], "route_type": [900]}), capacity_of_mode={"tram": "high"}
    )
    assert edited.loc[0, "capacity"] == "high"


def test_composite_minmax_with_inversion_and_weights():
    frame = pd.DataFrame({"a": [1, 2, 3, 5], "b": [10, 30, 20, 40]})
    result = composite_index(frame, ["a", "b"], "minmax", invert=["b"], weights={"a": 3, "b": 1})
    # a -> 0, .25, .5, 1; b -> 0, 2/3, 1/3, 1, inverted 1, 1/3, 2/3, 0; index = .75 a + .25 b'
    np.testing.assert_allclose(result.index, [0.25, 0.1875 + 1 / 12, 0.375 + 1 / 6, 0.75])
    assert result.weights == {"a": 0.75, "b": 0.25}


def test_composite_zscore_and_rank():
    frame = pd.DataFrame({"a": [1, 2, 3, 5], "b": [10, 30, 20, 40]})
    z = composite_index(frame, ["a", "b"], "zscore", invert=["b"], weights={"a": 3, "b": 1}).index
    # a: mean 2.75, population std sqrt(8.75/4); b: mean 25, std sqrt(125)
    za = (1 - 2.75) / math.sqrt(2.1875)
    zb = -(10 - 25) / math.sqrt(125)
    assert z[0] == pytest.approx(0.75 * za + 0.25 * zb)  # -0.552002
    tied = pd.DataFrame({"b": [10, 30, 30, 40]})
    # ranks 1, 2.5, 2.5, 4 -> (r - 1) / 3 = 0, .5, .5, 1; inverted 1, .5, .5, 0
    np.testing.assert_allclose(normalise(tied["b"], "rank", invert=True), [1.0, 0.5, 0.5, 0.0])


def test_composite_nan_policies_and_constant_column():
    frame = pd.DataFrame({"a": [0.0, np.nan, 10.0, np.nan], "b": [0.0, 5.0, 10.0, np.nan], "c": [7, 7, 7, 7]})
    skip = composite_index(frame, ["a", "b"])
    # row 1 has only b = 0.5 after min-max: skip uses it alone; propagate gives NaN
    np.testing.assert_allclose(skip.index[:3], [0.0, 0.5, 1.0])
    assert math.isnan(skip.index[3]) and skip.incomplete_rows == 2 and skip.empty_rows == 1
    assert math.isnan(composite_index(frame, ["a", "b"], nan_policy="propagate").index[1])
    constant = composite_index(frame, ["c"])
    assert constant.constant_columns == ["c"] and (constant.index == 0.5).all()
    with pytest.raises(ValueError):
        composite_index(frame, ["a"], weights={"a": -1})


def test_bivariate_tertiles_and_given_breaks():
    x = np.arange(1, 10, dtype=float)
    y = x[::-1].copy()
    y[4] = np.nan
    result = bivariate_classes(x, y)
    # tertiles of 1..9 (linear interpolation): 1 + 8/3 = 3.667 and 1 + 16/3 = 6.333
    assert result.breaks_x == pytest.approx([11 / 3, 19 / 3])
    assert list(result.codes) == ["1-3", "1-3", "1-3", "2-2", None, "2-2", "3-1", "3-1", "3-1"]
    assert result.missing == 1
    given = bivariate_classes([0, 5, 10], [0, 5, 10], breaks_x=[5, 8], breaks_y=[1, 4])
    assert list(given.codes) == ["1-1", "1-3", "3-3"]  # 5 <= 5 -> class 1 (upper bound inclusive)
    assert len(BIVARIATE_PALETTE) == 9 and BIVARIATE_PALETTE["1-1"] == "#e8e8e8"


def test_capacity_class_of_mode_names_codes_and_class_words():
    # SDG 11.2.1 metadata (2021): bus and tram low capacity (500 m), rail, metro and ferry high (1,000 m);
    # taxis are not public transport; names from OSM/GTFS layers and route_type codes are both understood
    assert [class_of_mode(v) for v in ("bus", "BRT", "light_rail", "subway", "train", "Ferry")] == [
        "low",
        "low",
        "low",
        "high",
        "high",
        "high",
    ]
    assert [class_of_mode(v) for v in ("3", 1, "401", "1500")] == ["low", "high", "high", None]
    assert [class_of_mode(v) for v in (None, "", "spaceship")] == ["", "", ""]
    assert [class_of_value(v) for v in ("Alta", "baixa", "L", None, "medium")] == [
        "high",
        "low",
        "low",
        "",
        "",
    ]


# ---------------------------------------------------------------- SDG 11.2.1 rules and boundaries


def test_frequency_rule_boundaries():
    """UN metadata 11.2.1 (2021): a frequent stop has at least 3 departures an hour, a headway of at most
    20 minutes; both boundaries are frequent; a headway of 0 (no service) or a missing value is not."""
    per_hour = sdg1121.frequent_stops([3.0, 2.99, 2.9999999999, 6.0, np.nan])
    assert per_hour.frequent.tolist() == [True, False, True, True, False]
    assert per_hour.missing == 1 and per_hour.minimum == 3.0
    headway = sdg1121.frequent_stops([20.0, 20.01, 0.0, -5.0, 10.0], unit=sdg1121.HEADWAY)
    assert headway.frequent.tolist() == [True, False, False, False, True]
    # a national rule of 4 departures an hour is a 15-minute headway
    assert sdg1121.frequent_stops([15.0, 15.5], sdg1121.HEADWAY, 4).frequent.tolist() == [True, False]
    with pytest.raises(ValueError):
        sdg1121.frequent_stops([1.0], "per_day")


def test_stop_classes_and_scenarios_with_the_metadata_distances():
    by_class = sdg1121.stop_classes(class_values=["high", "baixa", "?", None], default="low")
    assert by_class.classes.tolist() == ["high", "low", "low", "low"] and by_class.unknown == 2
    by_mode = sdg1121.stop_classes(mode_values=["bus", "subway", "spaceship", "taxi"], default="high")
    assert by_mode.classes.tolist() == ["low", "high", "high", None]
    assert (by_mode.unknown, by_mode.unknown_values, by_mode.excluded) == (1, ["spaceship"], 1)
    plan = sdg1121.plan_stops(by_mode, sdg1121.frequent_stops([3, 6, 1, 9]))
    groups = {g.name: (g.members.tolist(), g.distance_m) for g in plan.groups}
    # SDG 11.2.1 metadata (2021-09-01): 500 m walking to low-capacity stops, 1,000 m to high-capacity ones
    assert groups == {
        "low": ([0], 500.0),
        "high": ([1, 2], 1000.0),
        "low_frequent": ([0], 500.0),
        "high_frequent": ([1], 1000.0),
    }
    assert plan.scenarios["all"] == ("low", "high")
    assert plan.scenarios["all_frequent"] == ("low_frequent", "high_frequent")
    assert list(sdg1121.plan_stops(by_class).scenarios) == ["all", "low", "high"]


def walking_graph(*lines):
    """A walking graph (3.6 km/h: one metre a second) from polylines in metres."""
    parts = [np.asarray(line, dtype=float) for line in lines]
    return mode_graph(
        build_network(parts, np.arange(len(parts)), highway=["residential"] * len(parts)), "walk"
    )


def reached_length(pieces) -> float:
    return sum(float(np.hypot(*np.diff(piece, axis=0).T).sum()) for piece in pieces)


def test_reached_streets_boundaries_and_fragments():
    graph = walking_graph(
        [(0, 0), (2000, 0)], [(2000, 0), (4000, 0)], [(0, 0), (0, 3000)], [(1000, 300), (2000, 300)]
    )
    # a stop on the street: 500 m each way
    on_street = served.reached_streets(graph, [(1000, 0)], 500, 250)
    assert reached_length(on_street.pieces) == pytest.approx(1000, abs=1e-6)
    # a stop exactly at the snapping distance is linked (<=), and its 250 m walk counts: 250 m each way
    at_limit = served.reached_streets(graph, [(1500, -250), (3000, -250.5)], 500, 250)
    assert at_limit.unsnapped.tolist() == [1]
    assert reached_length(at_limit.pieces) == pytest.approx(250 + 2 * 250, abs=1e-6)
    # the piece at y = 300 is cut off from the rest: its stop reaches only its own street (700 m of it)
    island = served.reached_streets(graph, [(1200, 300), (3000, 0)], 500, 250)
    assert island.on_fragment.tolist() == [0]
    assert reached_length(island.pieces) == pytest.approx(700 + 1000, abs=1e-6)


# ---------------------------------------------------------------- SDG 11.3.1 rules


def test_sdg_1131_changes_below_one_part_in_a_billion_are_no_change():
    # zone A: population unchanged up to rounding (as after reprojecting zones), built-up grew by half;
    # zone B: built-up unchanged up to rounding, population doubled
    result = sdg_1131(
        [100.0, 200.0], [150.0, 200.0 * (1 + 1e-13)], [400.0, 100.0], [400.0 * (1 + 1e-13), 200.0], 10
    )
    t = result.table
    assert t.loc[0, "lcr"] == pytest.approx(0.05) and t.loc[0, "pgr"] == 0.0
    assert math.isnan(t.loc[0, "lcrpgr"])  # not 0.05 / 1e-14 = 5e12
    assert t.loc[1, "lcr"] == 0.0 and t.loc[1, "lcrpgr"] == 0.0
    assert t.loc[0, "pop_present"] == 400.0 * (1 + 1e-13)  # the table keeps the values as measured
    # a real change of one part in a million is a change
    assert sdg_1131(1.0, 1.0, 1e6, 1e6 + 1, 1).table.loc[0, "pgr"] == pytest.approx(math.log1p(1e-6))


def test_a_city_without_built_up_area_is_refused():
    with pytest.raises(InputError) as raised:
        sdg1131.check_city_built_up([0.0, np.nan], [5.0, 1.0])
    assert raised.value.code == "no_built_past" and raised.value.values == {"date": "past"}
    with pytest.raises(InputError, match="No built-up area was found at the present date"):
        sdg1131.check_city_built_up([5.0], [0.0])
    sdg1131.check_city_built_up([5.0], [0.0 + 1e-3])


def test_raster_built_up_by_hand(tmp_path):
    rasterio = pytest.importorskip("rasterio")
    from rasterio.transform import from_origin
    from shapely.geometry import box

    # 4 x 4 pixels of 10 m (top-left corner 0, 40); built-up codes: 1 built, 2 other built class, 0 not
    data = np.array([[1, 1, 0, 0], [1, 2, 0, 0], [0, 0, 0, 0], [0, 0, 1, np.nan]], dtype="float32")
    path = tmp_path / "built.tif"
    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=4,
        height=4,
        count=1,
        dtype="float32",
        transform=from_origin(0, 40, 10, 10),
    ) as target:
        target.write(data, 1)
    row_area = np.array([100.0, 100.0, 100.0, 50.0])  # the caller's pixel areas (the last row smaller)
    assert sdg1131.raster_built_up(str(path), sdg1131.ABOVE_ZERO, row_area=row_area).area.tolist() == [450.0]
    assert sdg1131.raster_built_up(str(path), sdg1131.EQUAL_TO, 1.0, row_area).area.tolist() == [350.0]
    # zones: the left half (x 0..20) and a box over the bottom-right quarter pixel of the built pixel
    zones = [box(0, 0, 20, 40), box(25, 0, 30, 5)]
    work = tmp_path / "work"
    work.mkdir()
    result = sdg1131.raster_built_up(
        str(path), sdg1131.ABOVE_ZERO, row_area=row_area, zones=zones, workdir=str(work)
    )
    assert result.area == pytest.approx([400.0, 50.0 / 4])
    assert list(work.iterdir()) == []  # the area raster is removed
    surface = sdg1131.raster_built_up(str(path), sdg1131.SURFACE, zones=zones)  # values are m² per pixel
    assert surface.area == pytest.approx([5.0, 0.25])
