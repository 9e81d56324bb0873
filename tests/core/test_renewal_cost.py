"""Fleet renewal (Weibull and legal age), local industry, and TCO annuities against hand-computed values."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from conecta.core.fleet.cost import annuity, break_even_year, load_cost_preset, tco_table
from conecta.core.fleet.renewal import load_preset, local_industry, renew_fleet, weibull_survival

AGES = pd.DataFrame(
    {
        "size": ["standard", "standard"],
        "technology": ["diesel", "diesel"],
        "model_year": [2010, 2020],
        "count": [100, 50],
    }
)
ALL_ELECTRIC = pd.DataFrame({"year": [2025], "technology": ["electric"], "share": [1.0]})


def test_weibull_retirement_by_hand():
    lam = 12.0  # k = 5 (ICCT Roadmap default)
    # The 2010 cohort turns 15 in 2025: it keeps S(15)/S(14) = exp(-(15/12)^5 + (14/12)^5) of its buses.
    keep_2010 = math.exp(-((15 / 12) ** 5) + (14 / 12) ** 5)
    keep_2020 = math.exp(-((5 / 12) ** 5) + (4 / 12) ** 5)
    r = renew_fleet(AGES, 2024, 2025, ALL_ELECTRIC, weibull_lambda=lam, battery_kwh={"standard": 350})
    s = r.summary.iloc[0]
    retired = 100 * (1 - keep_2010) + 50 * (1 - keep_2020)
    assert s["retired"] == pytest.approx(retired, rel=1e-9)
    assert s["bought"] == pytest.approx(retired, rel=1e-9)  # no growth: replace what retired
    assert s["battery_gwh"] == pytest.approx(retired * 350 / 1e6, rel=1e-9)
    assert s["share_electric"] == pytest.approx(retired / 150, rel=1e-9)
    assert weibull_survival(12.0, 12.0) == pytest.approx(math.exp(-1))


def test_legal_age_growth_and_integer_purchases():
    # Maximum age 15: the 2010 cohort (100 buses) retires in 2026 when it turns 16; 2 % growth a year.
    r = renew_fleet(
        AGES, 2024, 2026, ALL_ELECTRIC, max_age={"standard": 15}, growth=0.02, battery_kwh={"standard": 350}
    )
    s = r.summary.set_index("year")
    assert s.loc[2025, "retired"] == 0 and s.loc[2025, "bought"] == pytest.approx(150 * 0.02)
    assert s.loc[2026, "retired"] == 100
    assert s.loc[2026, "bought"] == pytest.approx(150 * 1.02**2 - (150 - 100 + 3))
    assert s.loc[2026, "fleet"] == pytest.approx(150 * 1.02**2)
    units = r.purchases.groupby("year")["units_int"].sum()
    assert units.sum() == round(150 * 1.02**2 - 50)  # rounded cumulative purchases


def test_policy_step_and_presets():
    policy = load_preset("purchase_policy")
    sp = policy.loc[policy["preset"] == "sao_paulo", ["year", "technology", "share"]]
    r = renew_fleet(AGES, 2020, 2024, sp, max_age={"standard": 12}, battery_kwh={"standard": 350})
    bought = r.purchases.pivot_table(
        index="year", columns="technology", values="units", aggfunc="sum"
    ).fillna(0)
    # Before 2022 only diesel; 2022 is 25 % electric; from 2023 all electric (São Paulo's rule).
    assert bought.loc[2021, "electric"] == 0 and bought.loc[2023, "diesel"] == 0
    assert bought.loc[2022, "electric"] == pytest.approx(0.25 * bought.loc[2022].sum())
    assert set(load_preset("retirement_age")["source"].notna()) == {True}


def test_local_industry_argentine_rule():
    purchases = pd.DataFrame(
        {"year": [2023, 2026], "size": "standard", "technology": "electric", "units": [10.0, 10.0]}
    )
    prices = pd.DataFrame({"size": ["standard"], "technology": ["electric"], "price": [300_000.0]})
    lc = load_preset("local_content")
    rule = lc.loc[lc["preset"] == "argentina_rule", ["year", "component", "local_share"]]
    out = local_industry(purchases, prices, load_preset("component_shares"), rule).set_index("year")
    # Same share for every component, and component shares add to 1: local = 10 % then 25 % of the value.
    assert out.loc[2023, "local_value"] == pytest.approx(0.10 * 3_000_000)
    assert out.loc[2026, "imported_value"] == pytest.approx(0.75 * 3_000_000)


def test_annuity_and_tco_by_hand():
    # 300,000 over 12 years at 8 %: 300000 × 0.08 / (1 − 1.08^−12).
    assert annuity(300_000, 12, 0.08) == pytest.approx(300_000 * 0.08 / (1 - 1.08**-12))
    assert annuity(120, 12, 0.0) == 10
    table = load_cost_preset()
    tco = tco_table(("diesel",), years=3, table=table)
    a = 150_000 * 0.08 / (1 - 1.08**-12)
    y1 = a + 0.51 * 1.0 * 1.02 * 70_000 + 0.25 * 1.02 * 70_000
    assert tco.loc[1, "total"] == pytest.approx(y1)
    assert tco.loc[1, "present_value"] == pytest.approx(y1 / 1.08)
    assert tco.loc[0, "tco_per_km"] == pytest.approx(tco["present_value"].sum() / (70_000 * 3))


def test_battery_replacement_and_break_even():
    tco = tco_table(("diesel", "electric"), years=12)
    e = tco.loc[tco["technology"] == "electric"].set_index("year")
    # From year 8 the replacement battery (350 kWh × 250 USD) adds its own 8-year annuity.
    step = e.loc[8, "capex"] - e.loc[7, "capex"]
    assert step == pytest.approx(350 * 250 * 0.08 / (1 - 1.08**-8))
    assert break_even_year(tco) == 0.0  # regression value with the shipped (estimated) LAC defaults


def test_bad_input():
    with pytest.raises(ValueError, match="model years after the base year"):
        renew_fleet(AGES, 2015, 2020, ALL_ELECTRIC, max_age={"standard": 15})
    with pytest.raises(ValueError, match="between 0 and 1"):
        renew_fleet(AGES, 2024, 2030, ALL_ELECTRIC.assign(share=1.2), max_age={"standard": 15})
    with pytest.raises(ValueError, match="add up to 1"):
        bad = pd.DataFrame({"year": [2025, 2025], "technology": ["diesel", "electric"], "share": [0.5, 0.6]})
        renew_fleet(AGES, 2024, 2030, bad, max_age={"standard": 15})
    with pytest.raises(ValueError, match="before the base year"):
        renew_fleet(AGES, 2024, 2020, ALL_ELECTRIC, max_age={"standard": 15})
    with pytest.raises(ValueError, match="either a maximum age"):
        renew_fleet(AGES, 2024, 2030, ALL_ELECTRIC)
    with pytest.raises(ValueError, match="No maximum age for the bus sizes standard: give one"):
        renew_fleet(AGES, 2024, 2030, ALL_ELECTRIC, max_age={"articulated": 16})
    with pytest.raises(ValueError, match=r"No battery size \(kWh per e-bus\) for the bus sizes standard"):
        renew_fleet(AGES, 2024, 2026, ALL_ELECTRIC, max_age={"standard": 15})
    purchases = pd.DataFrame(
        {"year": [2025], "size": ["standard"], "technology": ["electric"], "units": [3.0]}
    )
    with pytest.raises(ValueError, match="No purchase price for standard/electric"):
        local_industry(
            purchases,
            pd.DataFrame(columns=["size", "technology", "price"]),
            load_preset("component_shares"),
            load_preset("local_content"),
        )
    table = load_cost_preset()
    with pytest.raises(ValueError, match="Missing cost parameters for electric: energy_price"):
        tco_table(("electric",), table=table.loc[table["parameter"] != "energy_price"])
    with pytest.raises(ValueError, match="No cost parameters for the technology 'cng'"):
        tco_table(("cng",))
    with pytest.raises(ValueError, match="useful life must be positive"):
        annuity(100, 0, 0.05)
