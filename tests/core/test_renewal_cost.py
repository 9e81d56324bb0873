"""Fleet renewal (Weibull and legal age), local industry, and TCO annuities against hand-computed values."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from conecta.core.fleet.cost import annuity, break_even_year, fleet_tco, load_cost_preset, tco_table
from conecta.core.fleet.plan import renewal_plan
from conecta.core.fleet.renewal import (
    load_preset,
    local_industry,
    preset_rows,
    purchase_policy,
    renew_fleet,
    steady_state_ages,
    weibull_survival,
)

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


def test_steady_state_age_mix_by_hand():
    # Legal maximum age 15: ages 0 … 15 are in service, 160 buses → 10 per model year 2009 … 2024.
    legal = steady_state_ages({"standard": 160.0}, 2024, "diesel", max_age={"standard": 15})
    assert sorted(legal["model_year"]) == list(range(2009, 2025))
    assert legal["count"].tolist() == pytest.approx([10.0] * 16)
    # Weibull: buses of age a in proportion to exp(-(a/λ)^k); λ = 12, k = 5.
    wb = steady_state_ages({"midi": 50.0}, 2024, "diesel", weibull_lambda=12.0).set_index("model_year")
    assert wb["count"].sum() == pytest.approx(50.0)
    assert wb.loc[2024 - 12, "count"] / wb.loc[2024, "count"] == pytest.approx(math.exp(-1))
    assert wb.loc[2024 - 6, "count"] / wb.loc[2024, "count"] == pytest.approx(math.exp(-(0.5**5)))
    # In the steady state of the legal rule, one model year (a sixteenth) retires and is bought each year.
    r = renew_fleet(legal, 2024, 2026, ALL_ELECTRIC, max_age={"standard": 15}, battery_kwh={"standard": 350})
    assert r.summary["retired"].tolist() == pytest.approx([10.0, 10.0])
    assert r.summary["bought"].tolist() == pytest.approx([10.0, 10.0])


def test_electrification_path_becomes_purchase_shares():
    path = pd.DataFrame(
        {"mode": ["bus", "bus", "car"], "year": [2025, 2028, 2025], "new_ev_share": [0.4, 1.0, 0.9]}
    )
    policy = purchase_policy(path).set_index(["year", "technology"])["share"]
    assert policy.to_dict() == {
        (2025, "diesel"): pytest.approx(0.6),
        (2025, "electric"): 0.4,
        (2028, "electric"): 1.0,
    }
    with pytest.raises(ValueError, match="no rows of mode bus"):
        purchase_policy(path.loc[path["mode"] == "car"])
    with pytest.raises(ValueError, match=r"between 0 and 1 \(got 1.5\)"):
        purchase_policy(path.assign(new_ev_share=[0.4, 1.5, 0.2]))


def test_renewal_plan_value_by_hand():
    # 2010 cohort (100 standard diesel) retires in 2026 at age 16 (Porto Alegre: 15); São Paulo buys electric;
    # 100 × 300,000 = 30 M, of which 25 % local in 2026 (Argentine rule); battery 40 % of an e-bus price.
    prices = pd.DataFrame(
        {"size": ["standard"] * 2, "technology": ["diesel", "electric"], "price": [150e3, 300e3]}
    )
    lc = preset_rows("local_content", "argentina_rule")
    plan = renewal_plan(
        AGES,
        2024,
        2026,
        preset_rows("purchase_policy", "sao_paulo"),
        prices,
        load_preset("component_shares"),
        lc,
        max_age={"standard": 15},
        battery_kwh={"standard": 350},
    )
    s = plan.summary.set_index("year")
    assert s.loc[2026, "value"] == pytest.approx(30e6) and s.loc[2026, "local_value"] == pytest.approx(7.5e6)
    assert s.loc[2026, "renewal_rate"] == pytest.approx(100 / 150) and s.loc[2026, "new_ev_share"] == 1.0
    assert s.loc[2025, "bought"] == 0 and s.loc[2025, "value"] == 0
    battery = plan.industry.set_index(["year", "component"]).loc[(2026, "battery")]
    assert battery["value"] == pytest.approx(0.40 * 30e6) and battery["local_value"] == pytest.approx(
        0.25 * 0.40 * 30e6
    )
    assert plan.fleet.loc[plan.fleet["year"] == 2026, "age"].max() == 6  # the 2020 cohort; 2010 retired


def test_fleet_tco_break_even_and_fleet_cost():
    result = fleet_tco(load_cost_preset(), ["diesel", "electric"], years=3, base_year=2025)
    d = result.tco.loc[result.tco["technology"] == "diesel"]
    e = result.tco.loc[result.tco["technology"] == "electric"]
    first = e["year"].to_numpy()[(e["cumulative_pv"].to_numpy() <= d["cumulative_pv"].to_numpy() + 1e-9)][0]
    assert result.break_even == {"electric": float(first)}
    assert e["break_even_year"].unique().tolist() == [first] and d["break_even_year"].isna().all()
    fleet = pd.DataFrame({"year": [2025, 2026], "technology": ["electric", "electric"], "count": [2.0, 4.0]})
    cost = fleet_tco(load_cost_preset(), ["diesel", "electric"], 3, 2025, fleet=fleet).fleet
    assert cost["annual_cost"].tolist() == pytest.approx([2 * e["total"].mean(), 4 * e["total"].mean()])
    with pytest.raises(ValueError, match="technologies without costs: hybrid"):
        fleet_tco(load_cost_preset(), ["diesel"], 3, 2025, fleet=fleet.assign(technology="hybrid"))
