"""Inequality and poverty measures against IPEA's `accessibility` package, hand computations and plain formulas.

Published values come from ipeaGIT/accessibility: README.md, articles/inequality_and_poverty.md
(rendered vignette "Calculating accessibility inequality and poverty"), reference/*.md and
tests/testthat/test-{palma_ratio,gini_index,concentration_index,theil_t,fgt_poverty}.R, all on
the Belo Horizonte sample with jobs reachable within 30 min.
"""

import numpy as np
import pandas as pd
import pytest

from conecta.core.accessibility import cumulative_cutoff
from conecta.core.errors import InputError
from conecta.core.inequality import (
    access_by_group,
    access_by_income_decile,
    concentration_index,
    fgt_poverty,
    gini_index,
    id_order,
    income_cutoffs,
    indicator_summary,
    inequality_summary,
    inequality_table,
    lorenz_curve,
    palma_ratio,
    population_share_at_most,
    theil_t,
    weighted_mean,
    weighted_median,
    weighted_quantile,
)
from data_paths import shared

# tests/testthat "selected_ids" (palma, gini, concentration, fgt) and the Theil test's ids
SELECTED = sorted(
    ["89a88cd909bffff", "89a88cdb57bffff", "89a88cdb597ffff", "89a88cdb5b3ffff", "89a88cdb5cfffff"]
)
THEIL_IDS = sorted(
    ["89a88cd900bffff", "89a88cdb57bffff", "89a88cdb597ffff", "89a88cdb5b3ffff", "89a88cdb5cfffff"]
)


@pytest.fixture(scope="module")
def data():
    land_use = pd.read_csv(shared("belo_horizonte", "land_use_data.csv")).set_index("id").sort_index()
    matrix = pd.read_csv(shared("belo_horizonte", "travel_matrix.csv.gz"))
    access = cumulative_cutoff(matrix, land_use, "jobs", 30).values[("jobs", "30")]
    return land_use.assign(access=access)


def arrays(frame):
    return frame.access.to_numpy(), frame.population.to_numpy(), frame.income_per_capita.to_numpy()


# ------------------------------------------------------------------------------ published values


def test_whole_city_published_values(data):
    x, w, inc = arrays(data)
    # README.md and articles/inequality_and_poverty.md, "palma" block
    assert palma_ratio(x, w, inc).ratio == pytest.approx(3.800465, abs=5e-7)
    # articles/inequality_and_poverty.md, "gini" and "ci" (type = "corrected") blocks
    assert gini_index(x, w) == pytest.approx(0.4715251, abs=5e-8)
    assert concentration_index(x, w, inc, corrected=True) == pytest.approx(0.3346494, abs=5e-8)
    # articles/inequality_and_poverty.md, "poverty" block (poverty_line = 50000)
    fgt = fgt_poverty(x, w, 50000)
    np.testing.assert_allclose([fgt.fgt0, fgt.fgt1, fgt.fgt2], [0.3923817, 0.1776241, 0.1010123], atol=5e-8)
    # README.md, "poverty" block (poverty_line = 95368)
    fgt = fgt_poverty(x, w, 95368)
    np.testing.assert_allclose([fgt.fgt0, fgt.fgt1, fgt.fgt2], [0.5745378, 0.3277383, 0.2218769], atol=5e-8)


def test_theil_decomposition_by_income_decile(data):
    x, w, _ = arrays(data)
    # articles/inequality_and_poverty.md, "theil_without_groups" and "theil_with_groups"
    assert theil_t(x, w).total == pytest.approx(0.3616631, abs=5e-8)
    res = theil_t(x, w, data.income_decile.to_numpy())
    assert res.between == pytest.approx(0.1280753, abs=5e-8)
    assert res.within == pytest.approx(0.2335878, abs=5e-8)
    assert res.total == pytest.approx(0.3616631, abs=5e-8)
    within = [0.009181454, 0.011413697, 0.019320622, 0.023606928, 0.031470429,
              0.023539337, 0.033329635, 0.032585905, 0.020299031, 0.028840780]  # fmt: skip
    between = [-0.037573783, -0.036276865, -0.031829123, -0.021600054, -0.009938574,
               -0.004401762, 0.025936879, 0.042240708, 0.075742415, 0.125775443]  # fmt: skip
    np.testing.assert_allclose(res.components.within_value, within, atol=5e-9)
    np.testing.assert_allclose(res.components.between_value, between, atol=5e-9)
    assert res.components.within_share.iloc[0] == pytest.approx(0.03930622, abs=5e-8)
    # the 78 zones without a decile have no population (the vignette filters them out)
    assert (res.diagnostics.n_missing_group, res.diagnostics.population_missing_group) == (78, 0)


def test_package_unit_tests_on_five_zones(data):
    cut = income_cutoffs(data.income_per_capita, data.population)  # the package uses all zones' incomes
    five = data.loc[SELECTED]
    four = five.drop(index="89a88cdb5cfffff")
    x, w, inc = arrays(five)
    x4, w4, inc4 = arrays(four)
    # test-palma_ratio.R "palma ratio is correctly calculated": 1.0911, then 0.5249 without 89a88cdb5cfffff
    assert round(palma_ratio(x, w, inc, cut).ratio, 4) == 1.0911
    assert round(palma_ratio(x4, w4, inc4, cut).ratio, 4) == 0.5249
    # test-gini_index.R: 0.1386, 0.1148
    assert (round(gini_index(x, w), 4), round(gini_index(x4, w4), 4)) == (0.1386, 0.1148)
    # test-concentration_index.R: standard -0.0248 / -0.1148, corrected -0.1314 / -0.8282
    assert round(concentration_index(x, w, inc), 4) == -0.0248
    assert round(concentration_index(x, w, inc, corrected=True), 4) == -0.1314
    assert round(concentration_index(x4, w4, inc4), 4) == -0.1148
    assert round(concentration_index(x4, w4, inc4, corrected=True), 4) == -0.8282
    # test-fgt_poverty.R: poverty line 10000 -> all 0; 100000 -> 1, 0.5588, 0.3256 and 1, 0.6367, 0.4129
    assert fgt_poverty(x, w, 10000).fgt2 == 0
    fgt = fgt_poverty(x, w, 100000)
    assert (fgt.fgt0, round(fgt.fgt1, 4), round(fgt.fgt2, 4)) == (1, 0.5588, 0.3256)
    fgt = fgt_poverty(x4, w4, 100000)
    assert (fgt.fgt0, round(fgt.fgt1, 4), round(fgt.fgt2, 4)) == (1, 0.6367, 0.4129)
    # test-theil_t.R "theil t is correctly calculated": 0.0852 = 0.0515 between + 0.0337 within
    t = data.loc[THEIL_IDS]
    res = theil_t(t.access, t.population, t.income_decile)
    assert [round(v, 4) for v in (res.between, res.within, res.total)] == [0.0515, 0.0337, 0.0852]
    assert res.components.between_value.round(4).tolist() == [0.0243, -0.0579, -0.0042, 0.0894]
    assert res.components.within_value.round(4).tolist() == [0, 0, 0, 0.0337]


# ------------------------------------------------------------------- hand-computed and independent


def test_weighted_quantile_is_hmisc():
    # Hmisc::wtd.quantile with unit weights equals R's quantile(type 7): quantile(1:4, 0.4) = 2.2
    assert weighted_quantile([1, 2, 3, 4], [1, 1, 1, 1], [0.4])[0] == pytest.approx(2.2)
    # weights (2, 1, 1) behave as the sample (10, 10, 20, 30): type-7 median 15, 90 % quantile 27
    np.testing.assert_allclose(weighted_quantile([30, 10, 20], [1, 2, 1], [0.5, 0.9]), [15, 27])
    assert weighted_median([5, np.nan, 7], [1, 3, 0]) == 5
    assert weighted_mean([1, 3, np.nan], [1, 3, 5]) == pytest.approx(2.5)


def test_gini_equals_mean_difference_formula(data):
    x, w, _ = arrays(data)
    # Gini as the population-weighted mean absolute difference / (2 mean), computed pairwise
    diff = np.abs(x[:, None] - x[None, :])
    expected = (w[:, None] * w[None, :] * diff).sum() / (2 * w.sum() ** 2 * np.average(x, weights=w))
    assert gini_index(x, w) == pytest.approx(expected, rel=1e-12)
    # hand-computed: half the people have nothing, half have everything -> 0.5
    assert gini_index([0, 10], [5, 5]) == pytest.approx(0.5)
    curve = lorenz_curve([0, 10], [5, 5])
    assert curve.values.tolist() == [[0, 0], [0.5, 0], [1, 1]]


def test_theil_concentration_fgt_hand_computed():
    # two people with access 1 and 3: mean 2, T = (0.5 ln 0.5 + 1.5 ln 1.5) / 2
    assert theil_t([1, 3], [1, 1]).total == pytest.approx((0.5 * np.log(0.5) + 1.5 * np.log(1.5)) / 2)
    # a zero accessibility contributes 0 log 0 = 0: values (0, 2) -> (0 + 2 ln 2) / 2 = ln 2
    assert theil_t([0, 2], [1, 1]).total == pytest.approx(np.log(2))
    # poorer person (income 1) has access 1, richer has 3: ranks 0.25, 0.75, mean 2
    # CI = 2 * [0.5 * (-0.25) * (-1) + 0.5 * 0.25 * 1] / 2 = 0.25; corrected: 4 * 2 / (3 - 1) * 0.25 = 1
    assert concentration_index([3, 1], [1, 1], [2, 1]) == pytest.approx(0.25)
    assert concentration_index([3, 1], [1, 1], [2, 1], corrected=True) == pytest.approx(1.0)
    # line 10: access 5 (2 people) and 20 (1 person): FGT0 2/3, FGT1 2/3 * 0.5, FGT2 2/3 * 0.25
    fgt = fgt_poverty([5, 20], [2, 1], 10)
    np.testing.assert_allclose([fgt.fgt0, fgt.fgt1, fgt.fgt2], [2 / 3, 1 / 3, 1 / 6])


def test_missing_values_and_group_summary(data):
    x, w, inc = arrays(data)
    x = x.copy()
    x[0] = np.nan
    summary = inequality_summary(x, w, inc, data.income_decile.to_numpy(), poverty_line=50000)
    diag = summary.diagnostics
    assert (diag.n_missing_access, diag.n_missing_income, diag.population_missing_income) == (1, 78, 0)
    table = summary.table
    assert list(table.index[:2]) == ["all", 1.0] and len(table) == 11
    keep = ~np.isnan(x)
    assert table.loc["all", "gini"] == pytest.approx(gini_index(x[keep], w[keep]))
    sel = (data.income_decile == 10).to_numpy() & keep
    assert table.loc[10.0, "mean"] == pytest.approx(np.average(x[sel], weights=w[sel]))
    assert table.loc[10.0, "fgt0"] == pytest.approx(fgt_poverty(x[sel], w[sel], 50000).fgt0)
    # Palma within a group keeps the whole area's income cut-offs (as the package's group_by)
    poor = (inc <= summary.income_cutoffs[0]) & sel
    assert np.isnan(table.loc[10.0, "palma"]) and not poor.any()


def test_access_by_income_decile(data):
    x, w, inc = arrays(data)
    table = access_by_income_decile(x, w, inc)
    assert table.index.tolist() == list(range(1, 11))
    assert table.population.sum() == data.population.sum()
    # decile 1 is income <= the population-weighted 10 % quantile (the Palma rule with 10 % instead of 40 %)
    q10 = weighted_quantile(inc, w, [0.1])[0]
    sel = inc <= q10
    assert table.mean_access.iloc[0] == pytest.approx(np.average(x[sel], weights=w[sel]))
    by_given = access_by_group(x, w, data.income_decile.to_numpy())
    assert by_given.mean_access.is_monotonic_increasing


# ------------------------------------------------------------------------------------ boundaries


def test_a_zone_exactly_at_the_poverty_line_is_not_poor():
    # the package's R/fgt_poverty.R: rows with access >= poverty_line get 0 in FGT0, FGT1 and FGT2, rows with
    # access < poverty_line get ((line - access) / line)^alpha. Zones 10, 20, 30 with 1, 1 and 2 people, line
    # 20: only the zone at 10 is poor (1 person of 4); its gap is (20 - 10) / 20 = 0.5.
    fgt = fgt_poverty([10, 20, 30], [1, 1, 2], 20)
    assert (fgt.fgt0, fgt.fgt1, fgt.fgt2) == (0.25, 0.125, 0.0625)
    # a hair below the line the zone at 20 is poor, with a gap of almost nothing
    fgt = fgt_poverty([10, 19.999, 30], [1, 1, 2], 20)
    assert fgt.fgt0 == 0.5 and fgt.fgt1 == pytest.approx((0.5 + 0.001 / 20) / 4)


def test_a_poverty_line_that_is_not_positive_is_refused():
    with pytest.raises(InputError, match="The poverty line must be a positive number") as raised:
        fgt_poverty([1, 2], [1, 1], 0)
    assert raised.value.code == "poverty_line"
    with pytest.raises(InputError, match="The poverty line must be a positive number"):
        inequality_table([1, 2], [1, 1], poverty_line=-5)


# ------------------------------------------------------------------------------------ the long table


def test_long_table_rows_groups_and_ties_ranked_by_id():
    # four zones of one person, incomes 1, 1, 2, 2 and access 4, 0, 1, 3, ids 4, 3, 2, 1; sorted by id the
    # zones are (id 1: income 2, access 3), (2: 2, 1), (3: 1, 0), (4: 1, 4). Ranked by income with ties in id
    # order: (3: 0), (4: 4), (1: 3), (2: 1), fractional ranks 1/8, 3/8, 5/8, 7/8, mean 2:
    # CI = 2/2 * sum (1/4) (r - 1/2)(x - 2) = (1/4) [(-3/8)(-2) + (-1/8)(2) + (1/8)(1) + (3/8)(-1)] = 1/16
    result = inequality_table(
        [4, 0, 1, 3], [1, 1, 1, 1], income=[1, 1, 2, 2], groups=["b", "a", "a", "b"], ids=[4, 3, 2, 1]
    )
    table = {(m, g): v for m, g, v in result.rows.itertuples(index=False)}
    assert table[("concentration_index", "all")] == pytest.approx(1 / 16)
    # ranked in the layer's order instead, ties fall the other way: (4: 4), (3: 0), (2: 1), (1: 3)
    # CI = (1/4) [(-3/8)(2) + (-1/8)(-2) + (1/8)(-1) + (3/8)(1)] = -1/16
    other = inequality_table([4, 0, 1, 3], [1, 1, 1, 1], income=[1, 1, 2, 2])
    assert dict(zip(other.rows.measure, other.rows.value))["concentration_index"] == pytest.approx(-1 / 16)
    # groups: a = access 0 and 1 (mean 0.5), b = 4 and 3 (mean 3.5); between-group Theil with shares 1/8, 7/8
    between = 1 / 8 * np.log(1 / 8 / 0.5) + 7 / 8 * np.log(7 / 8 / 0.5)
    assert table[("theil_between", "all")] == pytest.approx(between)
    assert table[("mean", "a")] == 0.5 and table[("mean", "b")] == 3.5
    assert table[("theil_within", "all")] + between == pytest.approx(table[("theil_t", "all")])
    # no zone has an income above the 90 % cut-off (2): the Palma ratio does not exist and has no row
    measures = [m for m, g in table if g == "all"]
    assert measures == [
        "gini", "theil_t", "theil_between", "theil_within", "concentration_index",
        "concentration_index_erreygers", "mean", "median", "population", "zones",
    ]  # fmt: skip
    assert result.deciles is not None and result.lorenz.iloc[-1].tolist() == [1.0, 1.0]


def test_numeric_groups_are_labelled_as_integers_and_ids_sort_as_numbers():
    result = inequality_table([1, 2, 3], [1, 1, 1], groups=[1.0, 2, None])
    assert sorted(set(result.rows.group)) == ["1", "2", "all"]
    assert result.rows.query("measure == 'zones' and group == 'all'").value.item() == 3
    # numbers in numeric order (10 after 9), text in text order
    assert id_order([10, 9, 1]).tolist() == [2, 1, 0]
    assert id_order(["b", "a", None]).tolist() == [2, 1, 0]  # "None" < "a" < "b" as text


def test_arrays_of_different_lengths_are_refused():
    with pytest.raises(ValueError, match="access and population must be 1-D arrays of the same length"):
        gini_index([1, 2, 3], [1, 1])
    with pytest.raises(ValueError, match="income must have the same length as access"):
        palma_ratio([1, 2], [1, 1], [1])


def test_no_zone_with_access_and_population_is_refused():
    with pytest.raises(InputError, match="No zone has both an accessibility value and a population above 0"):
        inequality_table([1, np.nan], [0, 5])


# ------------------------------------------------------------------------------------ one indicator


def test_indicator_summary_and_population_share_hand_computed():
    # values 1, 2, 4 for 1, 1, 2 people (and a zone without value): mean (1 + 2 + 8) / 4 = 2.75
    summary = indicator_summary([1, 2, 4, np.nan], [1, 1, 2, 5])
    assert (summary.mean, summary.zones, summary.population) == (2.75, 3, 4.0)
    assert np.isnan(summary.palma)
    # Gini = sum_ij w_i w_j |x_i - x_j| / (2 W^2 mean): pairs (1,2) 1, (1,4) 2·3, (2,4) 2·2, twice each
    assert summary.gini == pytest.approx(2 * (1 + 6 + 4) / (2 * 16 * 2.75))
    # people in zones with at most 2: 2 of 4
    assert population_share_at_most([1, 2, 4, np.nan], [1, 1, 2, 5], 2) == 50.0
    assert np.isnan(population_share_at_most([1, 2], [0, 0], 2))
    nothing = indicator_summary([np.nan], [1])
    assert nothing.zones == 0 and np.isnan(nothing.gini) and np.isnan(nothing.median)
