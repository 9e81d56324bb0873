"""Affordability by zone and income decile on a hand-made matrix whose every figure is worked out by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from conecta.core.affordability import AffordabilitySettings, affordability, trip_fares
from conecta.core.errors import InputError

ZONES = pd.DataFrame(
    {
        "population": [100.0, 200.0, 50.0, 10.0, 40.0],
        "income": [1000.0, 500.0, np.nan, 0.0, 2000.0],
        "opportunities": [0.0, 10.0, 30.0, 5.0, 0.0],
    },
    index=pd.Index(["A", "B", "C", "D", "E"], name="id"),
)
MATRIX = pd.DataFrame(
    [
        ("A", "B", 30, 4.0),
        ("A", "C", 50, 6.0),
        (
            "A",
            "C",
            40,
            8.0,
        ),  # a second row of the pair (another fare budget): the cheaper one within time counts
        ("A", "D", 70, 2.0),  # beyond 60 minutes
        ("B", "B", 0, 0.0),  # walking: free
        ("B", "C", 20, 4.0),
        ("E", "A", 10, 4.0),  # A has no jobs
    ],
    columns=["from_id", "to_id", "travel_time", "fare"],
)


def test_trip_fare_is_the_jobs_weighted_mean_or_median_of_the_cheapest_fares_within_the_time():
    mean = trip_fares(MATRIX, ZONES["opportunities"], 60)
    assert mean["A"] == pytest.approx((10 * 4.0 + 30 * 6.0) / (10 + 30))
    assert mean["B"] == pytest.approx((10 * 0.0 + 30 * 4.0) / (10 + 30))
    assert "E" not in mean.index
    median = trip_fares(MATRIX, ZONES["opportunities"], 60, "median")
    assert (median["A"], median["B"]) == (6.0, 4.0)  # half of 40 jobs is reached at the second fare


def test_monthly_share_of_income_deciles_and_share_above_the_threshold():
    result = affordability(MATRIX, ZONES, AffordabilitySettings(threshold=0.25))
    zones = result.zones
    assert zones.loc["A", "monthly_cost"] == pytest.approx(5.5 * 44)
    assert zones.loc["A", "share"] == pytest.approx(5.5 * 44 / 1000)  # 0.242: not above 25 %
    assert zones.loc["B", "share"] == pytest.approx(3.0 * 44 / 500)  # 0.264: above
    assert (zones.loc["A", "above"], zones.loc["B", "above"]) == (0.0, 1.0)
    assert result.share_above == pytest.approx(200 / (100 + 200))
    assert zones.loc["B", "decile"] < zones.loc["A", "decile"]
    assert result.deciles["population"].sum() == 300
    diag = result.diagnostics
    assert (diag.no_income, diag.no_income_population) == (["C", "D"], 60.0)
    assert (diag.no_trip, diag.no_trip_population) == (["E"], 40.0)


def test_a_monthly_pass_caps_the_month_and_household_income_counts_its_travellers():
    capped = affordability(MATRIX, ZONES, AffordabilitySettings(monthly_pass=120.0)).zones
    assert capped.loc["A", "monthly_cost"] == 120.0  # 242 by the trip, the pass is cheaper
    assert capped.loc["B", "share"] == pytest.approx(120.0 / 500)
    household = affordability(MATRIX, ZONES, AffordabilitySettings(household=True, travellers=2)).zones
    assert household.loc["B", "share"] == pytest.approx(3.0 * 44 * 2 / 500)


def test_settings_and_fares_that_cannot_be_used_are_refused():
    """conecta:affordability meets these through its parameters (tests/processing/test_fares_algs.py) except the
    summary, a choice there: the unknown summary is a core-only guard."""
    with pytest.raises(InputError, match=r"must be above 0: trips_per_month = 0, threshold = -0.1"):
        affordability(MATRIX, ZONES, AffordabilitySettings(trips_per_month=0, threshold=-0.1))
    with pytest.raises(InputError, match="Unknown fare summary 'mode'"):
        affordability(MATRIX, ZONES, AffordabilitySettings(summary="mode"))
    bad = MATRIX.assign(fare=MATRIX["fare"] - 5)
    with pytest.raises(InputError, match="The matrix has 4 negative fares"):
        affordability(bad, ZONES, AffordabilitySettings())
