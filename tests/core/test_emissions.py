"""Tests of core.emissions: published factor values, fleet mix, bus emissions, zones, avoided CO2 of e-buses."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from conecta.core.emissions import (
    ROUTE_FIELDS,
    blend_preset,
    bus_emissions,
    cetesb_factor,
    co2_per_gram,
    emep_curve,
    emep_factor,
    emissions_along_streets,
    emissions_by_link,
    emissions_by_zone,
    evaluate_curve,
    factor_table,
    fleet_mix,
    grid_factor,
)
from conecta.core.emissions.tables import FACTORS_DIR
from conecta.core.progress import Cancelled


def segments_frame(rows):
    """Segments in the activity contract: (route_id, trip_id, hour, dist_km, speed_kmh)."""
    return pd.DataFrame(rows, columns=["route_id", "trip_id", "hour", "dist_km", "speed_kmh"])


def fleet_frame(rows):
    return pd.DataFrame(rows, columns=["route_id", "size", "fuel", "euro", "model_year", "share"])


DIESEL_2015 = fleet_frame([(None, "standard", "diesel", "V", 2015, 1.0)])


# --- Published factor values -------------------------------------------------------------------------


def test_emep_standard_diesel_euro_v_co2_reproduces_published_curve():
    # EMEP/EEA guidebook (2013 HDV fuel-consumption curve 2013_16 for "Urban Buses Standard 15-18 t",
    # Euro V SCR, slope 0, load 0.5) as shipped by gtfs2emis (MIT): CO2 = 1020.7 g/km at 19 km/h,
    # 1325.6 at 10 km/h, 846.5 at 30 km/h (gtfs2emis data; worked values in shared/data/emission_factors).
    table = pd.read_csv(FACTORS_DIR / "emep_bus_hot.csv")
    row = table[(table["size"] == "standard") & (table["fuel"] == "diesel") & (table["euro"] == "V")]
    row = row[row["pollutant"] == "fc"].iloc[0]
    assert row["function_id"] == "2013_16" and row["technology"] == "SCR"
    k = 44.011 / (12.001 + 1.008 * 1.86)  # EMEP CO2 equation, r_H:C = 1.86, as gtfs2emis writes it

    def published(v):
        return math.exp(row["alpha"] + row["beta"] / v + row["gamma"] * math.log(v)) * k

    for speed, expected in ((19, 1020.7), (10, 1325.6), (30, 846.5)):
        assert published(speed) == pytest.approx(expected, abs=0.1)
    ours = emep_factor("standard", "diesel", "V", "co2", np.array([19.0, 30.0]))
    assert ours == pytest.approx([published(19), published(30)], abs=0.1)
    # 10 km/h lies below this curve's valid range (vmin 11 km/h): the formula alone gives 1325.6, the
    # factor is taken at 11 km/h, as the guidebook's range and gtfs2emis's clamping require.
    assert row["vmin"] == 11
    assert evaluate_curve(row, 10.0, clamp=False) * k == pytest.approx(1325.6, abs=0.1)
    assert emep_factor("standard", "diesel", "V", "co2", 10.0) == pytest.approx(published(11), abs=1e-3)


def test_cetesb_2020_model_year_2015_urban_bus_factors():
    # CETESB factors for diesel buses, calendar year 2020, model year 2015, as gtfs2emis ships them (MIT):
    # urban bus CO2 1338.58, FC 426.63, NOx 2.71, PM10 0.024 g/km; articulated CO2 1702.73; micro 788.88.
    assert cetesb_factor("standard", 2015, "co2") == pytest.approx(1338.58, abs=0.005)
    assert cetesb_factor("standard", 2015, "fc") == pytest.approx(426.63, abs=0.005)
    assert cetesb_factor("standard", 2015, "nox") == pytest.approx(2.71, abs=0.005)
    assert cetesb_factor("standard", 2015, "pm10") == pytest.approx(0.024, abs=0.0005)
    assert cetesb_factor("articulated", 2015, "co2") == pytest.approx(1702.73, abs=0.005)
    assert cetesb_factor("micro", 2015, "co2") == pytest.approx(788.88, abs=0.005)


def _gtfs2emis_formula(text: str, row: pd.Series, speed: np.ndarray) -> np.ndarray:
    """A curve of gtfs2emis's EMEP table evaluated from its own formula text (R syntax: ^, Exp, Log)."""
    expression = text.replace("y = ", "").replace("^", "**").replace("Exp(", "exp(").replace("Log(", "log(")
    names = {name: float(row[name]) for name in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zita", "Hta")}
    names.update(rf=float(row["RF"]), k=float(row["k"]), Speed=speed, exp=np.exp, log=np.log)
    value = eval(expression, {"__builtins__": {}}, names)  # the data's formula text, nothing else
    return value if "k" in expression.replace("Speed", "") else value * float(row["k"])


def test_every_shipped_emep_curve_gives_gtfs2emis_values_from_its_formula_text():
    # gtfs2emis (Ipea, MIT) ef_europe_emep_db: each curve's coefficients with the formula it is evaluated by
    # (column Function); the shipped table keeps slope 0 and load 0.5 and evaluates its own code per form
    from data_paths import shared

    raw = pd.read_csv(shared("emission_factors", "ef_europe_emep_db.csv"))
    raw = raw[(raw["Slope"] == 0) & (raw["Load"] == 0.5)]
    shipped = factor_table("emep")
    speeds = np.array([5.0, 10.0, 19.0, 30.0, 50.0, 90.0])
    for _, row in shipped.iterrows():
        match = raw[
            (raw["Segment"] == row["emep_segment"])
            & (raw["Fuel"] == row["emep_fuel"])
            & (raw["Euro"] == row["euro"])
            & (raw["Technology"] == row["technology"])
            & (raw["Pol"] == row["emep_pollutant"])
            & (raw["Function_ID"] == row["function_id"])
        ]
        assert len(match) == 1, (row["size"], row["fuel"], row["euro"], row["pollutant"])
        source = match.iloc[0]
        assert (row["vmin"], row["vmax"]) == (source["Vmin"], source["Vmax"])
        clamped = np.clip(speeds, source["Vmin"], source["Vmax"])
        expected = _gtfs2emis_formula(source["Function"], source, clamped)
        got = evaluate_curve(row, speeds)
        np.testing.assert_allclose(
            got, expected, rtol=1e-12, err_msg=f"{row['size']} {row['euro']} {row['pollutant']}"
        )
    # every curve form the shipped table uses is evaluated above (seven of them)
    assert sorted(shipped["function_id"].unique()) == [
        "2007_1", "2007_6", "2007_9", "2013_12", "2013_16", "2013_3", "2019_1",
    ]  # fmt: skip


def test_every_shipped_cetesb_factor_is_gtfs2emis_value():
    # gtfs2emis (Ipea, MIT) ef_brazil_cetesb_db, calendar year 2020: urban (BUS_URBAN_D), micro and articulated
    # diesel buses, g/km by model year
    from data_paths import shared

    raw = pd.read_csv(shared("emission_factors", "ef_brazil_cetesb_db.csv")).set_index(
        ["model_year", "pollutant"]
    )
    shipped = factor_table("cetesb")
    names = {"co2": "CO2", "fc": "FC", "nox": "NOx", "pm10": "PM10", "co": "CO", "hc": "HC", "ch4": "CH4"}
    assert set(shipped["pollutant"]) == set(names) and set(shipped["calendar_year"]) == {2020}
    for _, row in shipped.iterrows():
        source = raw.loc[(row["model_year"], names[row["pollutant"]])]
        got = (row["micro"], row["standard"], row["articulated"])
        assert got == (source["BUS_MICRO_D"], source["BUS_URBAN_D"], source["BUS_ARTIC_D"])
    assert len(shipped) == 7 * raw.index.get_level_values(0).nunique()


def test_every_shipped_factor_row_carries_a_source():
    for name in ("cetesb", "emep", "fuels", "grid", "blends", "electric"):
        table = factor_table(name)
        assert table["source"].notna().all() and (table["source"].str.len() > 5).all(), name


def test_route_fields_are_the_published_interface():
    # issue 15, conecta:busemissions route table
    assert ROUTE_FIELDS == ("route_id", "revenue_km", "co2_kg", "fc_kg", "nox_g", "pm10_g", "energy_kwh")


def test_cetesb_route_totals_are_km_times_the_table_factor():
    segments = segments_frame(
        [("A", "t1", 7, 2.0, 15.0), ("A", "t1", 7, 3.0, 25.0), ("B", "t2", 8, 4.0, 20.0)]
    )
    result = bus_emissions(segments, DIESEL_2015, source="cetesb", pollutants=["co", "ch4"])
    routes = result.routes.set_index("route_id")
    assert list(result.routes.columns) == [
        *ROUTE_FIELDS,
        "co_g",
        "ch4_g",
        "co2_bio_kg",
        "co2_grid_kg",
    ]
    # 5 km and 4 km at the CETESB 2015 urban bus factors (no blend: all CO2 fossil)
    assert routes.loc["A", "revenue_km"] == pytest.approx(5.0)
    assert routes.loc["A", "co2_kg"] == pytest.approx(5.0 * 1338.582251 / 1000, rel=1e-7)
    assert routes.loc["B", "fc_kg"] == pytest.approx(4.0 * 426.627280 / 1000, rel=1e-7)
    assert routes.loc["B", "nox_g"] == pytest.approx(4.0 * 2.709706, rel=1e-6)
    assert routes["co2_bio_kg"].sum() == 0 and routes["energy_kwh"].sum() == 0
    hourly = result.hourly.set_index("hour")
    assert hourly.loc[7, "co2_kg"] == pytest.approx(routes.loc["A", "co2_kg"])
    assert result.segments["co2_g"].sum() / 1000 == pytest.approx(routes["co2_kg"].sum())


def test_emep_segments_use_each_segment_speed():
    segments = segments_frame([("A", "t1", 7, 1.0, 19.0), ("A", "t1", 7, 1.0, 30.0)])
    fleet = fleet_frame([(None, "standard", "diesel", "V", None, 1.0)])
    result = bus_emissions(segments, fleet, source="emep")
    k = 44.011 / (12.001 + 1.008 * 1.86)
    row = factor_table("emep").query(
        "size == 'standard' and fuel == 'diesel' and euro == 'V' and pollutant == 'fc'"
    )
    a, b, c = row[["alpha", "beta", "gamma"]].iloc[0]
    expected = [math.exp(a + b / v + c * math.log(v)) * k for v in (19.0, 30.0)]
    # the fuel table carries k rounded to 3.171763, hence rel=1e-6
    assert result.segments["co2_g"].to_numpy() == pytest.approx(expected, rel=1e-6)
    assert result.diagnostics.segments_speed_clamped == 0


def test_scaled_factor_is_local_times_emep_speed_ratio():
    # gtfs2emis ef_scaled_euro: local (CETESB) factor × EMEP(v) / EMEP(19 km/h)
    segments = segments_frame([("A", "t1", 7, 1.0, 19.0), ("A", "t1", 7, 1.0, 30.0)])
    result = bus_emissions(segments, DIESEL_2015, source="scaled", pollutants=["nox"])
    co2 = result.segments["co2_g"].to_numpy()
    assert co2[0] == pytest.approx(1338.582251, rel=1e-9)
    fc_curve = factor_table("emep").query(
        "size == 'standard' and fuel == 'diesel' and euro == 'V' and pollutant == 'fc'"
    )
    a, b, c = fc_curve[["alpha", "beta", "gamma"]].iloc[0]
    ratio = math.exp(a + b / 30 + c * math.log(30)) / math.exp(a + b / 19 + c * math.log(19))
    assert co2[1] == pytest.approx(1338.582251 * ratio, rel=1e-9)


def test_biodiesel_blend_splits_co2_into_fossil_and_biogenic():
    segments = segments_frame([("A", "t1", 7, 10.0, 20.0)])
    result = bus_emissions(segments, DIESEL_2015, source="cetesb", blends={"diesel": 0.14})
    # energy share of FAME in B14 (by volume): densities 0.88 / 0.84 kg/L, LHV 37.2 / 43.0 MJ/kg
    bio_mj, fossil_mj = 0.14 * 0.88 * 37.2, 0.86 * 0.84 * 43.0
    energy_share = bio_mj / (bio_mj + fossil_mj)
    fossil = (1 - energy_share) * 74.1 / ((1 - energy_share) * 74.1 + energy_share * 70.8)  # IPCC g CO2/MJ
    route = result.routes.iloc[0]
    total = 10.0 * 1338.582251 / 1000
    assert route["co2_kg"] == pytest.approx(total * fossil, rel=1e-6)
    assert route["co2_bio_kg"] == pytest.approx(total * (1 - fossil), rel=1e-6)
    assert result.diagnostics.co2_bio_kg == pytest.approx(total * (1 - fossil), rel=1e-6)


def test_electric_buses_get_energy_and_grid_co2_never_zero():
    segments = segments_frame([("A", "t1", 7, 10.0, 20.0), ("B", "t2", 7, 5.0, 20.0)])
    fleet = fleet_frame(
        [
            ("A", "standard", "electric", None, None, 1.0),
            ("B", "articulated", "electric", None, None, 0.5),
            ("B", "articulated", "diesel", None, 2015, 0.5),
        ]
    )
    result = bus_emissions(segments, fleet, source="cetesb", grid_factor=0.2)
    routes = result.routes.set_index("route_id")
    assert routes.loc["A", "energy_kwh"] == pytest.approx(10.0 * 1.1)  # 12 m e-bus, 1.1 kWh/km
    assert routes.loc["A", "co2_grid_kg"] == pytest.approx(10.0 * 1.1 * 0.2)
    assert routes.loc["A", "co2_kg"] == 0
    assert routes.loc["B", "energy_kwh"] == pytest.approx(2.5 * 1.2)  # articulated 1.2 kWh/km
    assert routes.loc["B", "co2_kg"] == pytest.approx(2.5 * 1702.732930 / 1000, rel=1e-6)
    assert result.diagnostics.electric_km == pytest.approx(12.5)
    assert result.diagnostics.grid_factor.kg_co2_per_kwh == 0.2


def test_country_grid_factor_preset_and_missing_country():
    brazil = grid_factor("BRA", 2024)
    assert (brazil.kg_co2_per_kwh, brazil.year, brazil.estimate) == (0.0385, 2023, False)
    assert grid_factor("Argentina").estimate is True
    segments = segments_frame([("A", "t1", 7, 10.0, 20.0)])
    fleet = fleet_frame([(None, "standard", "electric", None, None, 1.0)])
    with pytest.raises(
        ValueError, match="No grid emission factor preset for 'Peru'.*give a value in kg CO2/kWh"
    ):
        bus_emissions(segments, fleet, grid_factor="Peru")
    with pytest.raises(ValueError, match="electric buses: give a grid emission factor"):
        bus_emissions(segments, fleet)


# --- Avoided CO2 of e-buses against published operator figures ----------------------------------------


def avoided_t(km, size, model_year, country):
    """Conecta's km × (diesel factor − kWh/km × grid factor), through bus_emissions, in tonnes."""
    segments = segments_frame([("line", "year", 12, km, 20.0)])
    diesel = bus_emissions(segments, fleet_frame([(None, size, "diesel", None, model_year, 1.0)]))
    electric = bus_emissions(
        segments,
        fleet_frame([(None, size, "electric", None, None, 1.0)]),
        grid_factor=country,
        calendar_year=2023,
    )
    diesel_co2 = diesel.routes["co2_kg"].sum() + diesel.routes["co2_bio_kg"].sum()
    return (diesel_co2 - electric.routes["co2_grid_kg"].sum()) / 1000.0


def test_avoided_co2_metrobus_line_3_within_25_percent():
    # Published: replacing Line 3's 60 diesel articulated buses by electric ones avoids more than 7,500 t
    # CO2 a year (SEMOVI, Andrés Lajous, at the launch on 20 Feb 2023). Inputs (docs/factors.md):
    # - km: Line 3 ran 62 million km in "almost 12 years" (same statement), now all on the 60 e-buses:
    #   62e6 / 12 = 5.17 million km a year (86,000 km per bus);
    # - diesel: CETESB articulated bus of model year 2011 (the line opened in February 2011);
    # - electric: 1.2 kWh/km (Metrobús articulated e-buses, ICCT/ZEBRA), Mexico grid 0.423 kg CO2/kWh (2021).
    electric = factor_table("electric").set_index("size")
    assert electric.loc["articulated", "kwh_per_km"] == 1.2
    assert grid_factor("Mexico").kg_co2_per_kwh == 0.423
    avoided = avoided_t(62e6 / 12, "articulated", 2011, "Mexico")
    by_hand = 62e6 / 12 * (1811.895304 - 1.2 * 0.423 * 1000) / 1e6
    assert avoided == pytest.approx(by_hand, rel=1e-6)
    assert abs(avoided / 7500 - 1) <= 0.25


def test_avoided_co2_transmilenio_zonal_e_fleet_within_25_percent():
    # Published: the 1,485 e-buses of the SITP zonal component avoid 94,300 t CO2 a year (TransMilenio,
    # ANDESCO energy-efficiency award note). Inputs (docs/factors.md):
    # - fleet: padrones (12 m, 80 pax) and busetones (about 9 m, 50 pax): 701 and 360 of the first 1,061
    #   (483 padrones, then 83 + 89 and 135 + 271 in 2022), the rest in the same proportion;
    # - km: 52,000 km per bus a year (the BYD e-bus tested in TransMilenio ran 65,000 km from August 2017
    #   to November 2018, Publimetro 2018);
    # - diesel: CETESB urban bus of model year 2015 (Euro V equivalent) for both sizes (CETESB has no midi);
    # - electric: 1.1 kWh/km (12 m) and 0.8 kWh/km (midi, estimate); Colombia grid 0.112 kg CO2/kWh (2022).
    padron_share = 701 / 1061
    km = 1485 * 52_000
    avoided = avoided_t(km * padron_share, "standard", 2015, "Colombia") + avoided_t(
        km * (1 - padron_share), "midi", 2015, "Colombia"
    )
    by_hand = (
        km * padron_share * (1338.582251 - 1.1 * 112) + km * (1 - padron_share) * (1338.582251 - 0.8 * 112)
    ) / 1e6
    assert avoided == pytest.approx(by_hand, rel=1e-6)
    assert abs(avoided / 94_300 - 1) <= 0.25


# --- Fleet mix ---------------------------------------------------------------------------------------


def test_fleet_mix_per_route_with_default_and_unknown_routes():
    fleet = fleet_frame(
        [
            ("", "standard", "diesel", "V", None, 0.7),
            ("", "standard", "electric", None, None, 0.3),
            (10.0, "articulated", "diesel", "VI", None, 1.0),
            ("99", "standard", "diesel", "V", None, 1.0),
        ]
    )
    mix = fleet_mix(fleet, ["10", "11", "12"], source="emep")
    assert mix.shares.loc["10"].sum() == pytest.approx(1.0)
    articulated = mix.classes.set_index("class_id")
    (art_id,) = articulated.index[articulated["size"] == "articulated"]
    assert mix.shares.loc["10", art_id] == 1.0
    assert mix.diagnostics.routes_default_mix == 2
    assert mix.diagnostics.routes_default_mix_examples == ["11", "12"]
    assert mix.diagnostics.fleet_routes_not_in_activity == ["99"]


def test_fleet_shares_not_summing_to_one_are_rejected_with_route_and_sum():
    fleet = fleet_frame(
        [("7", "standard", "diesel", "V", None, 0.6), ("7", "midi", "diesel", "V", None, 0.3)]
    )
    with pytest.raises(ValueError, match=r"sum to 1 per route.*: 7: 0\.9"):
        fleet_mix(fleet, ["7"], source="emep")


def test_routes_without_fleet_rows_and_no_default_are_rejected():
    fleet = fleet_frame([("7", "standard", "diesel", "V", None, 1.0)])
    with pytest.raises(ValueError, match=r"1 route\(s\) of the activity have no FLEET rows.*e\.g\. 8"):
        fleet_mix(fleet, ["7", "8"], source="emep")


def test_unknown_euro_class_and_model_year_use_nearest_documented_with_warning():
    fleet = fleet_frame(
        [(None, "standard", "diesel", "VII", 2024, 0.5), (None, "standard", "cng", "5", None, 0.5)]
    )
    mix = fleet_mix(fleet, ["1"], source="emep")
    notes = {(n.kind, n.given, n.used) for n in mix.diagnostics.substitutions}
    assert ("euro", "VII", "VI") in notes
    assert ("euro", "V", "EEV") in notes  # CNG buses: EMEP documents I, II, III and EEV
    assert set(mix.classes["factor_euro"]) == {"VI", "EEV"}
    cetesb = fleet_mix(fleet_frame([(None, "standard", "diesel", None, 2024, 1.0)]), ["1"], source="cetesb")
    assert [(n.kind, n.given, n.used, n.rows) for n in cetesb.diagnostics.substitutions] == [
        ("model_year", "2024", "2020", 1)
    ]


def test_size_substitutions_are_reported():
    fleet = fleet_frame(
        [(None, "biarticulated", "diesel", "V", None, 0.5), (None, "micro", "diesel", "V", None, 0.5)]
    )
    notes = {
        (n.kind, n.given, n.used) for n in fleet_mix(fleet, ["1"], source="emep").diagnostics.substitutions
    }
    assert notes == {("size", "biarticulated", "articulated"), ("size", "micro", "midi")}


def test_euro_class_from_model_year_by_proconve_equivalence():
    mix = fleet_mix(fleet_frame([(None, "standard", "diesel", None, 2009, 1.0)]), ["1"], source="emep")
    # CETESB table: model year 2009 is PROCONVE P5, equivalent to Euro III
    assert mix.classes["factor_euro"].tolist() == ["III"]
    assert mix.diagnostics.substitutions[0].kind == "euro"


@pytest.mark.parametrize(
    "row, message",
    [
        ((None, "standard", "diesel", "X5", None, 1.0), "'X5' in FLEET is not a Euro class"),
        ((None, "double-decker", "diesel", "V", None, 1.0), "row 1: size 'double-decker' is not one of"),
        ((None, "standard", "hydrogen", "V", None, 1.0), "fuel 'hydrogen' is not one of"),
        ((None, "standard", "diesel", "V", None, -0.2), "share '-0.2' is not a number from 0 to 1"),
        ((None, "standard", "diesel", None, None, 1.0), "give the bus's euro class or model_year"),
        ((None, "standard", "diesel", None, "new", 1.0), "model_year 'new' is not a year"),
    ],
)
def test_bad_fleet_rows_are_rejected(row, message):
    with pytest.raises(ValueError, match=message):
        fleet_mix(fleet_frame([row]), ["1"], source="emep")


def test_bad_row_is_named_by_its_position():
    fleet = fleet_frame(
        [(None, "standard", "diesel", "V", None, 0.5), (None, "standard", "diesel", "V", None, "half")]
    )
    with pytest.raises(ValueError, match="FLEET row 2: share 'half' is not a number"):
        fleet_mix(fleet.set_index(pd.Index([101, 102])), ["1"], source="EMEP")


def test_cetesb_source_rejects_cng_buses():
    fleet = fleet_frame([(None, "standard", "cng", "V", None, 1.0)])
    with pytest.raises(ValueError, match="CETESB factors cover diesel buses only.*cng.*EMEP/EEA"):
        fleet_mix(fleet, ["1"], source="cetesb")


# --- Bad segments, options, chunking, cancellation ---------------------------------------------------


def test_bad_segments_and_options_are_rejected():
    good = segments_frame([("A", "t1", 7, 1.0, 20.0)])
    with pytest.raises(ValueError, match="lacks the field.*speed_kmh"):
        bus_emissions(good.drop(columns="speed_kmh"), DIESEL_2015)
    with pytest.raises(
        ValueError, match=r"1 segment\(s\) lack a positive speed in speed_kmh, e\.g\. route A trip t1"
    ):
        bus_emissions(segments_frame([("A", "t1", 7, 1.0, 0.0)]), DIESEL_2015, source="emep")
    with pytest.raises(ValueError, match="distance of 0 km or more"):
        bus_emissions(segments_frame([("A", "t1", 7, -1.0, 20.0)]), DIESEL_2015)
    with pytest.raises(ValueError, match="Unknown pollutant.*so2"):
        bus_emissions(good, DIESEL_2015, pollutants=["so2"])
    with pytest.raises(ValueError, match="Blend share of diesel is 1.5"):
        bus_emissions(good, DIESEL_2015, blends={"diesel": 1.5})
    with pytest.raises(ValueError, match="blends apply to diesel and gasoline"):
        bus_emissions(good, DIESEL_2015, blends={"cng": 0.1})
    with pytest.raises(ValueError, match="Unknown emission factor source 'copert'"):
        bus_emissions(good, DIESEL_2015, source="copert")


def test_speeds_outside_curve_range_are_clamped_and_counted():
    segments = segments_frame(
        [("A", "t1", 7, 1.0, 3.0), ("A", "t2", 7, 1.0, 20.0), ("A", "t3", 7, 1.0, 120.0)]
    )
    result = bus_emissions(segments, DIESEL_2015, source="emep")
    assert result.diagnostics.segments_speed_clamped == 2
    assert result.diagnostics.speed_clamped_examples == ["t1", "t3"]  # trip ids, each once


def test_chunks_give_the_same_result_and_inputs_are_not_modified():
    rng = np.random.default_rng(3)
    n = 50
    segments = segments_frame(
        list(
            zip(
                rng.choice(["A", "B", "C"], n),
                [f"t{i}" for i in range(n)],
                rng.integers(5, 23, n),
                rng.uniform(0.2, 2.0, n),
                rng.uniform(5, 60, n),
            )
        )
    )
    fleet = fleet_frame(
        [
            ("", "standard", "diesel", "V", 2015, 0.6),
            ("", "midi", "diesel", "IV", 2010, 0.4),
            ("B", "articulated", "diesel", "VI", 2019, 1.0),
        ]
    )
    before_segments, before_fleet = segments.copy(), fleet.copy()
    whole = bus_emissions(segments, fleet, source="scaled", pollutants=["co", "hc"])
    chunked = bus_emissions(segments, fleet, source="scaled", pollutants=["co", "hc"], chunk_rows=7)
    pd.testing.assert_frame_equal(whole.segments, chunked.segments)
    pd.testing.assert_frame_equal(segments, before_segments)
    pd.testing.assert_frame_equal(fleet, before_fleet)


def test_cancel_through_progress_callback():
    segments = segments_frame([("A", f"t{i}", 7, 1.0, 20.0) for i in range(10)])
    with pytest.raises(Cancelled):
        bus_emissions(segments, DIESEL_2015, progress=lambda fraction: fraction < 0.5, chunk_rows=2)


# --- Zones -------------------------------------------------------------------------------------------


def test_emissions_by_zone_from_length_shares():
    segments = segments_frame([("A", "t1", 7, 2.0, 20.0), ("A", "t1", 7, 1.0, 20.0)])
    result = bus_emissions(segments, DIESEL_2015)
    shares = pd.DataFrame({"segment": [0, 0, 1], "zone_id": ["z1", "z2", "z2"], "share": [0.25, 0.75, 0.5]})
    zones = emissions_by_zone(result.segments, shares, zone_area_km2={"z1": 0.5, "z2": 2.0, "z3": 1.0})
    table = zones.zones.set_index("zone_id")
    assert table.loc["z1", "revenue_km"] == pytest.approx(0.5)
    assert table.loc["z2", "revenue_km"] == pytest.approx(1.5 + 0.5)
    assert table.loc["z2", "co2_kg"] == pytest.approx(2.0 * 1338.582251 / 1000, rel=1e-7)
    assert table.loc["z1", "co2_kg_per_km2"] == pytest.approx(0.5 * 1338.582251 / 1000 / 0.5, rel=1e-7)
    assert table.loc["z3", "co2_kg"] == 0
    assert zones.km_outside == pytest.approx(0.5)  # half of segment 1 lies outside every zone
    assert zones.segments_outside == 0


def test_bad_zone_shares_are_rejected():
    result = bus_emissions(segments_frame([("A", "t1", 7, 2.0, 20.0)]), DIESEL_2015)
    over = pd.DataFrame({"segment": [0, 0], "zone_id": ["z1", "z2"], "share": [0.7, 0.6]})
    with pytest.raises(ValueError, match=r"zone shares summing over 1, e\.g\. segment 0: 1\.3"):
        emissions_by_zone(result.segments, over)
    unknown = pd.DataFrame({"segment": [5], "zone_id": ["z1"], "share": [1.0]})
    with pytest.raises(ValueError, match="not in the segments, e.g. 5"):
        emissions_by_zone(result.segments, unknown)


def test_remaining_bad_inputs_have_clear_messages():
    good = segments_frame([("A", "t1", 7, 1.0, 20.0)])
    with pytest.raises(ValueError, match=r"1 segment\(s\) have no route_id, e\.g\. trip t1"):
        bus_emissions(segments_frame([(None, "t1", 7, 1.0, 20.0)]), DIESEL_2015)
    with pytest.raises(ValueError, match="lack an hour in hour"):
        bus_emissions(segments_frame([("A", "t1", None, 1.0, 20.0)]), DIESEL_2015)
    with pytest.raises(ValueError, match=r"FLEET lacks the field\(s\) share, euro or model_year"):
        bus_emissions(good, DIESEL_2015.drop(columns=["share", "euro", "model_year"]))
    electric = fleet_frame([(None, "standard", "electric", None, None, 1.0)])
    with pytest.raises(ValueError, match="Grid emission factor -0.1 is not a non-negative number"):
        bus_emissions(good, electric, grid_factor=-0.1)
    with pytest.raises(ValueError, match="CETESB has no 'midi' bus"):
        cetesb_factor("midi", 2015, "co2")
    with pytest.raises(ValueError, match="Unknown factor table 'copert'"):
        factor_table("copert")
    with pytest.raises(ValueError, match="No blend preset for 'Peru'"):
        blend_preset("Peru")
    with pytest.raises(ValueError, match="No blend preset for 'Brazil' in or before 2000"):
        blend_preset("Brazil", 2000)


def test_contracts_between_core_functions_name_what_is_missing():
    result = bus_emissions(segments_frame([("A", "t1", 7, 2.0, 20.0)]), DIESEL_2015)
    with pytest.raises(
        ValueError, match="The segments lack the field geometry_id: pass the segments of bus_activity"
    ):
        emissions_by_link(result.segments)
    with pytest.raises(ValueError, match="The segments lack geometry_id, from_stop_id, to_stop_id, hours"):
        emissions_along_streets(result.segments)
    with pytest.raises(ValueError, match="EMEP curve form '2030_1' is not implemented"):
        evaluate_curve({"function_id": "2030_1", "vmin": 5.0, "vmax": 90.0, "k": 1.0}, 20.0)
    with pytest.raises(
        ValueError,
        match=r"No EMEP/EEA curve for a micro diesel bus, Euro V, pollutant nox; the shipped table has diesel "
        r"sizes articulated, midi, standard",
    ):
        emep_curve("micro", "diesel", "V", "nox")
    with pytest.raises(
        ValueError, match=r"No CETESB factor for model year 1950, pollutant co2 \(model years 1960-2020\)"
    ):
        cetesb_factor("standard", 1950, "co2")
    with pytest.raises(ValueError, match="Unknown fuel 'hydrogen'; the fuel table has diesel, gasoline, cng"):
        co2_per_gram("hydrogen")


def test_blend_preset_in_force_by_year():
    assert blend_preset("BRA", 2024) == {"gasoline": 0.27, "diesel": 0.14}
    assert blend_preset("Argentina") == {"gasoline": 0.12, "diesel": 0.075}


def test_bad_zone_inputs_have_clear_messages():
    result = bus_emissions(segments_frame([("A", "t1", 7, 2.0, 20.0)]), DIESEL_2015)
    shares = pd.DataFrame({"segment": [0], "zone_id": ["z1"], "share": [1.0]})
    with pytest.raises(ValueError, match=r"lacks the field\(s\) share"):
        emissions_by_zone(result.segments, shares.drop(columns="share"))
    with pytest.raises(ValueError, match="shares in zones must be numbers from 0 to 1"):
        emissions_by_zone(result.segments, shares.assign(share=[1.5]))
    with pytest.raises(ValueError, match="index must identify each segment once"):
        emissions_by_zone(pd.concat([result.segments, result.segments]), shares)
    with pytest.raises(ValueError, match="pass the segments of bus_emissions"):
        emissions_by_zone(result.segments.drop(columns="co2_g"), shares)
    with pytest.raises(ValueError, match="Zone areas must be positive"):
        emissions_by_zone(result.segments, shares, zone_area_km2={"z1": 0.0})
