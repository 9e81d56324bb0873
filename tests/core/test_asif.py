"""Tests of core.scenario (ASIF): a hand-computed two-mode two-year case, fleet renewal, presets, bad input."""

from __future__ import annotations

import pandas as pd
import pytest

from conecta.core.asif import ScenarioBase, asif_scenario, scenario_preset
from conecta.core.emissions import fuel_properties

# Fuel values the hand computation uses (IPCC 2006 g CO2/MJ; well-to-tank estimates of the fuel table)
GASOLINE_CO2, DIESEL_CO2, ETHANOL_CO2 = 69.3, 74.1, 70.8
GASOLINE_WTT, DIESEL_WTT, ETHANOL_WTT = 15.0, 17.0, 24.0


def two_modes():
    return pd.DataFrame(
        {
            "mode": ["car", "bus"],
            "share": [0.5, 0.5],
            "trip_km": [10.0, 8.0],
            "occupancy": [1.25, 40.0],
            "fuel": ["gasoline", "diesel"],
            "mj_per_km": [2.0, 16.0],
            "kwh_per_km": [0.2, 1.0],
            "ev_share": [0.0, 0.0],
        }
    )


BASE = ScenarioBase(year=2020, population=1000.0, trips_per_day=2000.0, grid_factor=0.5)
LEVERS = pd.DataFrame(
    [
        (2030, "population", "", 1100.0),
        (2030, "share", "car", 0.4),
        (2030, "share", "bus", 0.6),
        (2030, "ev_share", "bus", 0.5),
        (2030, "grid_factor", "", 0.2),
        (2030, "bio_gasoline", "", 0.27),
    ],
    columns=["year", "lever", "mode", "value"],
)


def test_fuel_values_used_by_hand_are_those_of_the_table():
    fuels = fuel_properties()
    assert fuels.loc[["gasoline", "diesel", "ethanol"], "co2_g_per_mj"].tolist() == [69.3, 74.1, 70.8]
    assert fuels.loc[["gasoline", "diesel", "ethanol"], "wtt_gco2e_per_mj"].tolist() == [15.0, 17.0, 24.0]


def test_two_modes_two_years_by_hand():
    modes, levers = two_modes(), LEVERS.copy()
    result = asif_scenario(BASE, modes, levers)
    pd.testing.assert_frame_equal(modes, two_modes())  # inputs are not modified
    pd.testing.assert_frame_equal(levers, LEVERS)
    table = result.table.set_index(["year", "mode"])
    assert result.years == [2020, 2030]

    # 2020: 2,000 trips; car 2000*0.5*10 = 10,000 pkm, /1.25 = 8,000 vkm, *2 = 16,000 MJ
    car = table.loc[(2020, "car")]
    assert (car["pkm"], car["vkm"], car["energy_mj"]) == pytest.approx((10_000, 8_000, 16_000))
    assert car["co2_ttw_t"] == pytest.approx(16_000 * GASOLINE_CO2 / 1e6)
    assert car["co2_wtw_t"] == pytest.approx(16_000 * (GASOLINE_CO2 + GASOLINE_WTT) / 1e6)
    # bus 2000*0.5*8 = 8,000 pkm, /40 = 200 vkm, *16 = 3,200 MJ
    bus = table.loc[(2020, "bus")]
    assert (bus["pkm"], bus["vkm"], bus["energy_mj"], bus["energy_kwh"]) == pytest.approx(
        (8_000, 200, 3_200, 0)
    )
    assert bus["co2_ttw_t"] == pytest.approx(3_200 * DIESEL_CO2 / 1e6)

    # 2030 scenario: 1,100 people x 2 trips = 2,200 trips; shares 0.4 / 0.6; E27; half the bus-km electric
    ethanol_mj, gasoline_mj = 0.27 * 0.794 * 26.8, 0.73 * 0.745 * 44.3
    e = ethanol_mj / (ethanol_mj + gasoline_mj)
    car = table.loc[(2030, "car")]
    car_mj = 2_200 * 0.4 * 10 / 1.25 * 2.0  # 14,080 MJ
    assert car["energy_mj"] == pytest.approx(car_mj)
    assert car["co2_ttw_t"] == pytest.approx(car_mj * (1 - e) * GASOLINE_CO2 / 1e6)
    assert car["co2_bio_t"] == pytest.approx(car_mj * e * ETHANOL_CO2 / 1e6)
    assert car["co2_wtw_t"] == pytest.approx(
        (car_mj * (1 - e) * (GASOLINE_CO2 + GASOLINE_WTT) + car_mj * e * ETHANOL_WTT) / 1e6
    )
    bus = table.loc[(2030, "bus")]
    bus_vkm = 2_200 * 0.6 * 8 / 40  # 264
    assert (bus["vkm"], bus["energy_mj"], bus["energy_kwh"]) == pytest.approx(
        (bus_vkm, bus_vkm * 0.5 * 16, bus_vkm * 0.5 * 1.0)
    )
    bus_wtw = bus_vkm * 0.5 * 16 * (DIESEL_CO2 + DIESEL_WTT) / 1e6 + bus_vkm * 0.5 * 1.0 * 0.2 / 1000
    assert bus["co2_wtw_t"] == pytest.approx(bus_wtw)

    # business as usual 2030: base shares, no e-buses, grid 0.5, no ethanol, but 1,100 people
    bau_car_mj = 2_200 * 0.5 * 10 / 1.25 * 2.0  # 17,600 MJ
    assert car["co2_ttw_bau_t"] == pytest.approx(bau_car_mj * GASOLINE_CO2 / 1e6)
    assert car["change_ttw_t"] == pytest.approx((car_mj * (1 - e) - bau_car_mj) * GASOLINE_CO2 / 1e6)
    bau_bus_mj = 2_200 * 0.5 * 8 / 40 * 16  # 3,520 MJ
    assert bus["change_wtw_t"] == pytest.approx(bus_wtw - bau_bus_mj * (DIESEL_CO2 + DIESEL_WTT) / 1e6)

    totals = result.totals.set_index("year")
    assert totals.loc[2030, "co2_wtw_t"] == pytest.approx(table.loc[2030, "co2_wtw_t"].sum())
    assert (table.loc[2020, "change_wtw_t"] == 0).all()


def test_days_per_year_scales_every_quantity():
    daily = asif_scenario(BASE, two_modes()).table
    base = ScenarioBase(
        year=2020, population=1000.0, trips_per_day=2000.0, grid_factor=0.5, days_per_year=300
    )
    yearly = asif_scenario(base, two_modes()).table
    assert yearly["co2_ttw_t"].to_numpy() == pytest.approx(300 * daily["co2_ttw_t"].to_numpy())


def test_fleet_renewal_stock_turnover():
    renewal = pd.DataFrame({"mode": ["bus"], "year": [2021], "renewal_rate": [0.1], "new_ev_share": [1.0]})
    levers = pd.DataFrame({"year": [2023], "lever": ["population"], "mode": [""], "value": [1000.0]})
    table = asif_scenario(BASE, two_modes(), levers, renewal=renewal).table.set_index(["year", "mode"])
    # s2021 = 0.1, s2022 = 0.1*0.9 + 0.1 = 0.19, s2023 = 0.19*0.9 + 0.1 = 0.271; bus vkm 200
    assert table.loc[(2023, "bus"), "energy_kwh"] == pytest.approx(200 * 0.271 * 1.0)
    assert table.loc[(2023, "bus"), "co2_wtw_bau_t"] == pytest.approx(3_200 * (DIESEL_CO2 + DIESEL_WTT) / 1e6)


def test_levers_carry_forward_stepwise():
    levers = pd.DataFrame(
        {
            "year": [2025, 2030],
            "lever": ["trip_length_factor", "grid_factor"],
            "mode": ["", ""],
            "value": [0.9, 0.3],
        }
    )
    table = asif_scenario(BASE, two_modes(), levers).table.set_index(["year", "mode"])
    assert table.loc[(2030, "car"), "pkm"] == pytest.approx(10_000 * 0.9)  # the 2025 lever still holds


def test_pkm_given_by_mode_sets_trip_length():
    modes = two_modes().drop(columns="trip_km").assign(pkm=[12_000.0, 6_000.0])
    table = asif_scenario(BASE, modes).table.set_index("mode")
    assert table.loc["car", "pkm"] == pytest.approx(12_000)
    assert table.loc["bus", "vkm"] == pytest.approx(6_000 / 40)


def test_mode_with_intensity_per_passenger_km():
    modes = pd.concat(
        [
            two_modes().assign(share=[0.4, 0.4]),
            pd.DataFrame(
                [
                    {
                        "mode": "metro",
                        "share": 0.2,
                        "trip_km": 12.0,
                        "occupancy": None,
                        "fuel": "electricity",
                        "mj_per_km": 0.0,
                        "kwh_per_km": 0.06,
                        "ev_share": 0.0,
                    }
                ]
            ),
        ],
        ignore_index=True,
    )
    metro = asif_scenario(BASE, modes).table.set_index("mode").loc["metro"]
    assert pd.isna(metro["vkm"])
    assert metro["energy_kwh"] == pytest.approx(2000 * 0.2 * 12 * 0.06)
    assert metro["co2_wtw_t"] == pytest.approx(2000 * 0.2 * 12 * 0.06 * 0.5 / 1000)
    assert metro["co2_ttw_t"] == 0


def test_city_presets_load_with_sources_and_run():
    for city in ("sao_paulo", "bogota", "mexico_city", "buenos_aires"):
        base, modes, rows = scenario_preset(city)
        assert modes["share"].sum() == pytest.approx(1.0)
        assert rows["source"].notna().all()
        assert asif_scenario(base, modes).totals["co2_wtw_t"].iloc[0] > 0
    base, modes, rows = scenario_preset("sao_paulo")
    # Metrô-SP OD 2017: 41.4 million trips/day; collective 37 %, individual 31 %, non-motorised 32 %
    assert base.trips_per_day == 41.4e6
    assert modes.set_index("mode")["share"].to_dict() == {"bus": 0.37, "car": 0.31, "walk": 0.32}


@pytest.mark.parametrize(
    "levers, message",
    [
        ([(2020, "grid_factor", "", 0.1)], "after the base year 2020"),
        ([(2030, "teleport", "", 1.0)], "Unknown lever 'teleport'"),
        ([(2030, "occupancy", "tram", 1.0)], "names mode 'tram', not in the modes table"),
        ([(2030, "share", "car", 1.0)], "Target shares of 2030 must be given for every mode"),
        ([(2030, "share", "car", 0.7), (2030, "share", "bus", 0.6)], "Mode shares of 2030 sum to 1.3, not 1"),
        ([(2030, "grid_factor", "car", 0.1)], "applies to all modes: leave mode empty"),
        ([(2030, "bio_gasoline", "", 1.4)], "Blend share of gasoline is 1.4"),
    ],
)
def test_bad_levers_are_rejected(levers, message):
    table = pd.DataFrame(levers, columns=["year", "lever", "mode", "value"])
    with pytest.raises(ValueError, match=message):
        asif_scenario(BASE, two_modes(), table)


def test_bad_modes_and_renewal_are_rejected():
    with pytest.raises(ValueError, match="Mode shares of base year sum to 0.9, not 1"):
        asif_scenario(BASE, two_modes().assign(share=[0.5, 0.4]))
    with pytest.raises(ValueError, match="lacks the field.*trip_km or pkm"):
        asif_scenario(BASE, two_modes().drop(columns="trip_km"))
    with pytest.raises(ValueError, match="Mode car: fuel must be one of"):
        asif_scenario(BASE, two_modes().assign(fuel=["hydrogen", "diesel"]))
    renewal = pd.DataFrame({"mode": ["bus"], "year": [2021], "renewal_rate": [0.1], "new_ev_share": [1.0]})
    levers = pd.DataFrame({"year": [2030], "lever": ["ev_share"], "mode": ["bus"], "value": [0.5]})
    with pytest.raises(ValueError, match="both ev_share levers and a fleet-renewal path"):
        asif_scenario(BASE, two_modes(), levers, renewal=renewal)
    with pytest.raises(ValueError, match="No scenario preset for 'lima'"):
        scenario_preset("lima")


def test_remaining_bad_scenario_inputs_have_clear_messages():
    with pytest.raises(ValueError, match="Base population, trips per day and days per year must be positive"):
        asif_scenario(
            ScenarioBase(year=2020, population=0.0, trips_per_day=1.0, grid_factor=0.1), two_modes()
        )
    with pytest.raises(ValueError, match="Mode 'car' is listed twice"):
        asif_scenario(BASE, pd.concat([two_modes(), two_modes().iloc[:1]]).assign(share=[0.5, 0.25, 0.25]))
    with pytest.raises(ValueError, match="ev_share must lie between 0 and 1"):
        asif_scenario(BASE, two_modes().assign(ev_share=[0.0, 1.5]))
    with pytest.raises(ValueError, match="occupancy must be positive"):
        asif_scenario(BASE, two_modes().assign(occupancy=[0.0, 40.0]))
    with pytest.raises(ValueError, match="needs a positive share to derive its trip length"):
        asif_scenario(BASE, two_modes().assign(share=[1.0, 0.0], pkm=[10.0, 5.0]))
    with pytest.raises(ValueError, match="Mode bus has no trip length"):
        asif_scenario(BASE, two_modes().assign(trip_km=[10.0, None]))
    with pytest.raises(ValueError, match=r"levers table lacks the field\(s\) value"):
        asif_scenario(BASE, two_modes(), pd.DataFrame({"year": [2030], "lever": ["population"]}))
    no_value = pd.DataFrame({"year": [2030], "lever": ["population"], "mode": [""], "value": ["many"]})
    with pytest.raises(ValueError, match="Lever 'population' has no numeric value"):
        asif_scenario(BASE, two_modes(), no_value)
    for renewal, message in (
        (
            pd.DataFrame({"mode": ["bus"], "year": [2021]}),
            r"fleet-renewal table lacks the field\(s\) renewal_rate",
        ),
        (
            pd.DataFrame({"mode": ["tram"], "year": [2021], "renewal_rate": [0.1], "new_ev_share": [1.0]}),
            "'tram' is not in",
        ),
        (
            pd.DataFrame({"mode": ["bus"], "year": [2021], "renewal_rate": [1.1], "new_ev_share": [1.0]}),
            "renewal_rate must lie",
        ),
    ):
        with pytest.raises(ValueError, match=message):
            asif_scenario(BASE, two_modes(), renewal=renewal)
