"""Tests of core.indicators against hand-computed values (SDG 11.2.1, 11.3.1, 11.7.1, indices)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from conecta.core.indicators import (
    BIVARIATE_PALETTE,
    bivariate_classes,
    class_of_mode,
    class_of_value,
    composite_index,
    normalise,
    route_capacity,
    sdg_1121,
    sdg_1131,
    sdg_1171,
    stop_capacity,
)


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
