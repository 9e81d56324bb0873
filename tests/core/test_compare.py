"""Who gains: baseline and scenario compared by hand (issue 18's validation: hand-computed deltas and decile
means on a small layer; unchanged inputs give a zero change)."""

import math

import numpy as np
import pandas as pd
import pytest

from conecta.core.errors import InputError
from conecta.core.scenarios import compare_access

IDS = ["a", "b", "c", "d"]
BASE = pd.Series([100.0, 50.0, 0.0, 200.0], index=IDS)
SCEN = pd.Series([110.0, 80.0, 20.0, 200.0], index=IDS)
POP = pd.Series([10.0, 30.0, 20.0, 40.0], index=IDS)


def test_change_per_zone_and_population_weighted_means():
    result = compare_access(BASE, SCEN, POP, threshold=15.0)
    zones = result.zones
    assert zones["change"].tolist() == [10.0, 30.0, 20.0, 0.0]
    assert zones.loc["a", "change_pct"] == pytest.approx(10.0)
    assert zones.loc["b", "change_pct"] == pytest.approx(60.0)
    assert math.isnan(zones.loc["c", "change_pct"])  # from 0: no finite percentage
    everyone = result.summary.iloc[0]
    # baseline mean (10·100 + 30·50 + 20·0 + 40·200) / 100 = 105; scenario (1100 + 2400 + 400 + 8000) / 100 = 119
    assert everyone["baseline_mean"] == pytest.approx(105.0)
    assert everyone["scenario_mean"] == pytest.approx(119.0)
    assert everyone["change"] == pytest.approx(14.0)
    assert everyone["change_pct"] == pytest.approx(100 * 14 / 105)
    # more than +15 %: zone b only (60 %); a gains 10 %, c is undefined, d is 0 → 30 of 100 people
    assert everyone["gain_share_pct"] == pytest.approx(30.0)
    assert everyone["loss_share_pct"] == pytest.approx(0.0)


def test_groups_weight_the_change_by_their_own_counts():
    women = pd.Series([5.0, 20.0, 0.0, 5.0], index=IDS)
    result = compare_access(BASE, SCEN, POP, groups={"women": women}, threshold=5.0, relative=False)
    row = result.summary.set_index("group").loc["women"]
    # baseline (5·100 + 20·50 + 5·200) / 30 = 83.33; scenario (550 + 1600 + 1000) / 30 = 105
    assert row["baseline_mean"] == pytest.approx(2500 / 30)
    assert row["scenario_mean"] == pytest.approx(3150 / 30)
    # absolute threshold 5: a (+10) and b (+30) gain → 25 of 30 women
    assert row["gain_share_pct"] == pytest.approx(100 * 25 / 30)


def test_income_deciles_and_inequality_before_and_after():
    ids = [f"z{i}" for i in range(10)]
    base = pd.Series(np.arange(1, 11) * 10.0, index=ids)  # access rises with income
    scen = base.copy()
    scen.iloc[:4] += 20.0  # the four poorest zones gain 20
    pop = pd.Series(np.ones(10), index=ids)
    income = pd.Series(np.arange(1, 11) * 1000.0, index=ids)
    result = compare_access(base, scen, pop, income=income)
    deciles = result.summary.set_index("group")
    # one zone per decile: decile 1 is z0 (10 → 30), decile 10 is z9 (100 → 100)
    assert deciles.loc["decile_1", "baseline_mean"] == pytest.approx(10.0)
    assert deciles.loc["decile_1", "scenario_mean"] == pytest.approx(30.0)
    assert deciles.loc["decile_10", "change"] == pytest.approx(0.0)
    palma = result.inequality.set_index("measure").loc["palma"]
    # Palma: wealthiest 10 % (z9: 100) over the poorest 40 % (z0-z3): 100 / 25 = 4 before, 100 / 45 after
    assert palma["baseline"] == pytest.approx(4.0)
    assert palma["scenario"] == pytest.approx(100 / 45)
    assert result.inequality.set_index("measure").loc["gini", "change"] < 0


def test_unchanged_inputs_give_zero_change():
    result = compare_access(BASE, BASE.copy(), POP)
    assert (result.zones["change"] == 0).all()
    assert result.summary.iloc[0]["change"] == 0 and result.summary.iloc[0]["gain_share_pct"] == 0
    assert (result.inequality["change"] == 0).all()


def test_zones_in_one_layer_only_are_counted():
    scen = SCEN.drop("d").rename({"c": "e"})
    result = compare_access(BASE, scen, POP)
    assert result.diagnostics.only_baseline == ["c", "d"] and result.diagnostics.only_scenario == ["e"]
    assert list(result.zones.index) == ["a", "b"]


def test_layers_without_a_common_zone_are_refused():
    with pytest.raises(InputError, match="no zone id in common"):
        compare_access(BASE, SCEN.rename(lambda i: i.upper()), POP)


def test_a_negative_threshold_is_refused():
    with pytest.raises(InputError, match="threshold must be zero or positive"):
        compare_access(BASE, SCEN, POP, threshold=-1)


def test_travel_times_gain_when_they_fall():
    base = pd.Series([30.0, 40.0, 50.0, 60.0], index=IDS)
    scen = pd.Series([20.0, 40.0, 60.0, 45.0], index=IDS)
    result = compare_access(base, scen, POP, threshold=10.0, relative=False, lower_is_better=True)
    assert result.zones["change"].tolist() == [-10.0, 0.0, 10.0, -15.0]  # scenario − baseline, sign kept
    everyone = result.summary.iloc[0]
    # a gain is a time cut by more than 10 min: zone d (−15) → 40 of 100 people; a (−10) is not beyond it.
    # a loss is a time longer by more than 10 min: none (c is +10 exactly)
    assert everyone["gain_share_pct"] == pytest.approx(40.0)
    assert everyone["loss_share_pct"] == pytest.approx(0.0)
    # mean (10·30 + 30·40 + 20·50 + 40·60) / 100 = 49 → (10·20 + 30·40 + 20·60 + 40·45) / 100 = 44
    assert everyone["change"] == pytest.approx(-5.0)
