"""The fleet and industry group through Processing: conecta:fleetfromgtfs, conecta:fleetrenewal and
conecta:busfleetcost, with answers worked out by hand, gtfstools' published São Paulo case, and bad input.

The hand-made feed (tests/handmade_gtfs.py, Monday 2024-03-04, 06:00–08:00):
- R1 has no block_id; 8 departures per direction every 15 min, 12 min per trip, 4 U along its shape;
- R2 has blocks X (06:00 E→F, 06:25 F→E, 07:00 E→F) and Y (06:10 F→E, 06:40 E→F), 20 min per trip, no
  shape: 2 U straight × 1.3 (U = 6,371,008.8 m × 0.009° in radians).
"""

from __future__ import annotations

import io
import json
import math
import zipfile

import pandas as pd
import processing
import pytest
from handmade_gtfs import DATE, R_EARTH_M, write_handmade_feed
from processing_helpers import digest, from_step, model_step, static
from qgis.core import QgsProcessingException

from data_paths import shared
from feedback_log import Log
from layers import local, memory_layer, table_layer
from pdf_words import pdf_pages_words, words_outside

U_KM = R_EARTH_M * math.radians(0.009) / 1000.0
LAYOVERS = (0, 5, 10)


def run(algorithm: str, parameters: dict, log: Log | None = None) -> dict:
    return processing.run(f"conecta:{algorithm}", parameters, feedback=log or Log())


@pytest.fixture(scope="module")
def hand_feed(tmp_path_factory):
    return str(write_handmade_feed(tmp_path_factory.mktemp("hand") / "hand.zip"))


def variant(feed: str, path, drop=(), arrival=None, calendar="") -> str:
    """The hand-made feed without the trips whose id starts with one of ``drop``; ``arrival`` (trip, time)
    rewrites that trip's last arrival; ``calendar`` replaces calendar.txt (None leaves it out)."""
    with zipfile.ZipFile(feed) as source:
        tables = {name: source.read(name).decode() for name in source.namelist()}
    if calendar is None:
        del tables["calendar.txt"]
    elif calendar:
        tables["calendar.txt"] = calendar
    for name in ("trips.txt", "stop_times.txt"):
        frame = pd.read_csv(io.StringIO(tables[name]), dtype=str, keep_default_na=False)
        frame = frame.loc[~frame["trip_id"].str.startswith(tuple(drop))] if drop else frame
        if arrival is not None and name == "stop_times.txt":
            last = frame.loc[frame["trip_id"] == arrival[0], "stop_sequence"].astype(int).idxmax()
            frame.loc[last, ["arrival_time", "departure_time"]] = arrival[1]
        tables[name] = frame.to_csv(index=False)
    with zipfile.ZipFile(path, "w") as target:
        for name, text in tables.items():
            target.writestr(name, text)
    return str(path)


def fleet_run(feed, tmp_path, log=None, **extra) -> tuple:
    parameters = {
        "GTFS": feed,
        "DATE": DATE,
        "START_TIME": "06:00",
        "END_TIME": "08:00",
        "LAYOVER": "0,5,10",
        "OUTPUT": str(tmp_path / "routes.csv"),
        "OUTPUT_TOTALS": str(tmp_path / "totals.csv"),
        "OUTPUT_CHART": str(tmp_path / "chart.png"),
        **extra,
    }
    result = run("fleetfromgtfs", parameters, log)
    routes = pd.read_csv(result["OUTPUT"], dtype={"route_id": str})
    return routes.set_index(["route_id", "layover_min"]), pd.read_csv(result["OUTPUT_TOTALS"]), result


# ------------------------------------------------------------------ conecta:fleetfromgtfs


def test_hand_made_feed_three_estimators(conecta_plugin, hand_feed, tmp_path):
    log = Log()
    routes, totals, result = fleet_run(hand_feed, tmp_path, log)
    assert list(routes.reset_index().columns) == [
        "route_id",
        "layover_min",
        "fleet_blocks",
        "fleet_cycle",
        "fleet_chaining",
        "concurrent_max",
        "vehicle_km",
        "vehicle_hours",
        "fleet_with_spares",
    ]
    for lay in LAYOVERS:
        r1, r2 = routes.loc[("R1", lay)], routes.loc[("R2", lay)]
        # (a) blocks: R2 has X and Y, R1 none (NULL).
        assert pd.isna(r1["fleet_blocks"]) and r2["fleet_blocks"] == 2
        # (b) R1: h = 120 min / 8 departures = 15 min, T = 12 min each way.
        assert r1["fleet_cycle"] == math.ceil((12 + 12 + 2 * lay) / 15)
        # R2: 3 + 2 departures in 2 h, h = 120 × 2 / 5 = 48 min, T = 20 min.
        assert r2["fleet_cycle"] == math.ceil((20 + 20 + 2 * lay) / 48)
        # Activity: 16 R1 trips of 4 U along the shape, 5 R2 trips of 2 U × 1.3; 12 and 20 minutes each.
        assert r1["vehicle_km"] == pytest.approx(16 * 4 * U_KM, rel=1e-7)  # the jog east is at 0.009° N
        assert r2["vehicle_km"] == pytest.approx(5 * 2 * U_KM * 1.3, rel=1e-9)
        assert r1["vehicle_hours"] == pytest.approx(16 * 12 / 60) and r2["vehicle_hours"] == pytest.approx(
            5 * 20 / 60
        )
        # Lower bound: R1 one trip per direction at a time; R2 x1 and y1 overlap 06:10–06:20.
        assert r1["concurrent_max"] == 2 and r2["concurrent_max"] == 2
    # (c) chaining: a bus reaching a terminal at 06:12 takes the 06:15 departure only with a layover ≤ 3 min,
    # so with 5 min each R1 terminal needs a second bus; R2's x1 reaches F at 06:20, x2 leaves at 06:25
    # (a 5-minute layover is just enough, 10 is not).
    assert [routes.loc[("R1", lay), "fleet_chaining"] for lay in LAYOVERS] == [2, 4, 4]
    assert [routes.loc[("R2", lay), "fleet_chaining"] for lay in LAYOVERS] == [2, 2, 3]
    spares = [math.ceil(round(n * 1.1, 9)) for n in (2, 4, 4)]
    assert [routes.loc[("R1", lay), "fleet_with_spares"] for lay in LAYOVERS] == spares
    # City totals: chaining adds up, the lower bound is city-wide (two R1 trips and x1, y1 at 06:10–06:12).
    assert totals["fleet_chaining"].tolist() == [2 + 2, 4 + 2, 4 + 3]
    assert totals["concurrent_max"].tolist() == [4, 4, 4] and totals["fleet_blocks"].tolist() == [2, 2, 2]
    assert open(result["OUTPUT_CHART"], "rb").read(8) == b"\x89PNG\r\n\x1a\n"
    assert any("A layover of 0 min" in w for w in log.warnings)
    assert any("Layover 5 min: 6 buses by trip chaining (7 with spares)" in i for i in log.infos)


def test_sao_paulo_gtfstools_case(conecta_plugin, tmp_path):
    # gtfstools, "Querying GTFS feeds" vignette (get_route_frequency on its spo_gtfs.zip, the same feed as
    # shared/sao_paulo/spo.zip), 07:00–09:00: routes 2002-10 and CPTM L07 make 20 departures each (direction
    # 0), a mean headway of 6 minutes.
    feed = shared("sao_paulo", "spo.zip")
    departures, headway = 20, 6.0
    with zipfile.ZipFile(feed) as zf:
        st = pd.read_csv(zf.open("stop_times.txt"), dtype={"trip_id": str})
        fr = pd.read_csv(zf.open("frequencies.txt"), dtype={"trip_id": str})
    st = st.sort_values(["trip_id", "stop_sequence"])

    def minutes(trip):  # trip time of a frequency template, from its own stop times
        rows = st.loc[st["trip_id"] == trip]
        first, last = rows["departure_time"].iloc[0], rows["arrival_time"].iloc[-1]
        return sum(int(x) * f for x, f in zip(last.split(":"), (60, 1, 1 / 60))) - sum(
            int(x) * f for x, f in zip(first.split(":"), (60, 1, 1 / 60))
        )

    t_bus, t_rail = minutes("2002-10-0"), minutes("CPTM L07-0")
    back = fr.loc[(fr["trip_id"] == "CPTM L07-1") & fr["start_time"].isin(["07:00:00", "08:00:00"])]
    departures_back = int(sum(3600 // back["headway_secs"]))  # whole hours at a fixed headway
    routes, _, _ = fleet_run(str(feed), tmp_path, DATE="2019-05-13", START_TIME="07:00", END_TIME="09:00",
                             ROUTES="2002-10,CPTM L07")  # fmt: skip
    for lay in LAYOVERS:
        bus, rail = routes.loc[("2002-10", lay)], routes.loc[("CPTM L07", lay)]
        # Departures = vehicle hours / trip time; the headway gives the cycle fleet.
        assert bus["vehicle_hours"] == pytest.approx(departures * t_bus / 60)
        assert rail["vehicle_hours"] == pytest.approx((departures + departures_back) * t_rail / 60)
        # 2002-10 is a loop (it ends where it starts): cycle = T + layover.
        assert bus["fleet_cycle"] == math.ceil((t_bus + lay) / headway)
        assert rail["fleet_cycle"] == math.ceil((2 * t_rail + 2 * lay) / headway)
    # A trip every 6 min lasting 48 min: 8 in service at once; the 136-min rail trips leaving 07:00–08:54 all
    # still run at 08:54 (20 per direction).
    assert routes.loc[("2002-10", 0), "concurrent_max"] == t_bus / headway
    assert routes.loc[("CPTM L07", 0), "concurrent_max"] == departures + departures_back


def test_porto_alegre_sample_fleet_is_never_below_the_bound(conecta_plugin, tmp_path):
    log = Log()
    routes, totals, _ = fleet_run("resources/sample/gtfs/poa_eptc.zip", tmp_path, log, DATE="2019-05-13",
                                  START_TIME="", END_TIME="")  # fmt: skip
    assert routes.index.get_level_values("route_id").nunique() == 115  # the sample's routes (data README)
    assert (routes["fleet_chaining"] >= routes["concurrent_max"]).all()
    assert totals["fleet_blocks"].isna().all()  # EPTC's feed has no block_id
    assert totals["fleet_chaining"].is_monotonic_increasing
    assert any("run in one direction only" in w for w in log.warnings)


def test_a_rail_feed_has_no_bus_fleet(conecta_plugin, tmp_path):
    # Trensurb's feed holds two rail routes (route_type 2, data README): trains are not buses
    with pytest.raises(
        QgsProcessingException,
        match="No route of the modes bus, trolleybus runs on 2019-05-13: the 2 routes running that day are rail",
    ):
        fleet_run(
            "resources/sample/gtfs/poa_trensurb.zip", tmp_path, DATE="2019-05-13", START_TIME="", END_TIME=""
        )
    assert not (tmp_path / "routes.csv").exists()


def test_rail_routes_are_left_out_unless_named(conecta_plugin, hand_feed, tmp_path):
    # The hand-made feed with R2 turned into a rail route (route_type 2): the bus fleet counts R1 alone and
    # says R2 was left out; named in ROUTES, R2's trainsets are counted again.
    with zipfile.ZipFile(hand_feed) as source:
        tables = {name: source.read(name).decode() for name in source.namelist()}
    tables["routes.txt"] = tables["routes.txt"].replace("R2,R2,3", "R2,R2,2")
    mixed = tmp_path / "mixed.zip"
    with zipfile.ZipFile(mixed, "w") as target:
        for name, text in tables.items():
            target.writestr(name, text)
    log = Log()
    routes, _, _ = fleet_run(str(mixed), tmp_path / "a", log)
    assert set(routes.index.get_level_values("route_id")) == {"R1"}
    assert "1 routes of other modes (rail, metro…) are left out: R2." in log.infos
    named, _, _ = fleet_run(str(mixed), tmp_path / "b", ROUTES="R1,R2")
    assert set(named.index.get_level_values("route_id")) == {"R1", "R2"}


def test_single_direction_route_is_warned(conecta_plugin, hand_feed, tmp_path):
    feed = variant(hand_feed, tmp_path / "one_way.zip", drop=("r1b",))
    log = Log()
    routes, _, _ = fleet_run(feed, tmp_path, log, LAYOVER="0")
    # R1 now runs A → D only, 8 times in 2 h: return assumed as long, cycle = 2 × (12 + 0) over h = 15 min.
    assert routes.loc[("R1", 0), "fleet_cycle"] == math.ceil(2 * 12 / 15)
    assert any(
        "1 routes run in one direction only and do not end where they start (e.g. R1)" in w
        for w in log.warnings
    )


def test_trip_ending_before_it_starts_is_left_out_and_warned(conecta_plugin, hand_feed, tmp_path):
    feed = variant(hand_feed, tmp_path / "bad.zip", arrival=("r1a_0600", "05:55:00"))
    log = Log()
    routes, _, _ = fleet_run(feed, tmp_path, log, LAYOVER="5")
    assert routes.loc[("R1", 5), "vehicle_hours"] == pytest.approx(15 * 12 / 60)
    assert any("1 trips end before they start (e.g. r1a_0600)" in w for w in log.warnings)


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"LAYOVER": "-5, 5"}, r"Layovers must be zero or positive minutes \(got -5\)"),
        ({"LAYOVER": "five"}, "The layovers must be minutes separated by commas"),
        ({"LAYOVER": ""}, r"Give at least one layover \(minutes\)"),
        ({"START_TIME": "09:00"}, "The time window must end after it starts: 09:00 to 08:00"),
        ({"START_TIME": "7h"}, "Times must be written HH:MM"),
        ({"DATE": "04/03/2024"}, "The date 04/03/2024 is not valid"),
        (
            {"DATE": "2023-03-06"},
            "The date 2023-03-06 is outside the GTFS calendar: the feed.s. run from 2024-01-01",
        ),
        ({"ROUTES": "R9"}, "None of the routes R9 runs on 2024-03-04"),
        (
            {"START_TIME": "12:00", "END_TIME": "13:00"},
            "No trip departs between 12:00 and 13:00 on 2024-03-04",
        ),
    ],
)
def test_bad_input_gets_a_message_and_no_output(conecta_plugin, hand_feed, tmp_path, extra, message):
    before = digest(hand_feed)
    with pytest.raises(QgsProcessingException, match=message):
        fleet_run(hand_feed, tmp_path, **extra)
    assert not (tmp_path / "routes.csv").exists() and not (tmp_path / "chart.png").exists()
    assert digest(hand_feed) == before


def test_a_day_without_service_and_a_feed_without_calendar(conecta_plugin, hand_feed, tmp_path):
    weekdays = (
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,0,0,20240101,20241231\n"
    )
    feed = variant(hand_feed, tmp_path / "weekdays.zip", drop=("r1a_sat",), calendar=weekdays)
    with pytest.raises(QgsProcessingException, match="No service runs on 2024-03-09: choose another date"):
        fleet_run(feed, tmp_path, DATE="2024-03-09")
    feed = variant(hand_feed, tmp_path / "no_calendar.zip", calendar=None)
    with pytest.raises(QgsProcessingException, match="The feed has no calendar.txt or calendar_dates.txt"):
        fleet_run(feed, tmp_path, DATE="")
    assert not (tmp_path / "routes.csv").exists()


def test_without_a_date_the_first_full_week_s_busiest_weekday_is_used(conecta_plugin, hand_feed, tmp_path):
    """The hand-made calendar runs WK on weekdays and WE at weekends from Monday 2024-01-01: its first full week
    is 1-7 January, every weekday runs the same trips, so the first of them, Monday 1 January, is the date (the
    rule and message conecta:gtfsstops gives)."""
    log = Log()
    routes, _, _ = fleet_run(hand_feed, tmp_path, log, DATE="")
    assert any(
        line.startswith("Service date: 2024-01-01 (Monday), the weekday with the most trips")
        for line in log.infos
    )
    assert set(routes.index.get_level_values("route_id")) == {"R1", "R2"}


def test_messages_in_spanish(conecta_plugin, hand_feed, tmp_path, spanish):
    with pytest.raises(QgsProcessingException, match="Los tiempos de espera en terminal deben ser"):
        fleet_run(hand_feed, tmp_path, LAYOVER="-5")


# ------------------------------------------------------------------ conecta:fleetrenewal

AGES = [("standard", "diesel", 2010, 100), ("standard", "diesel", 2020, 50)]


def ages_csv(tmp_path, rows=AGES) -> str:
    path = tmp_path / "ages.csv"
    pd.DataFrame(rows, columns=["size", "technology", "model_year", "count"]).to_csv(path, index=False)
    return str(path)


def policy_csv(tmp_path, rows) -> str:
    path = tmp_path / "policy.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return str(path)


def renewal_tables(folder) -> dict:
    """conecta:fleetrenewal's four tables, written in ``folder``."""
    names = {
        "OUTPUT": "renewal",
        "OUTPUT_PURCHASES": "purchases",
        "OUTPUT_FLEET": "fleet",
        "OUTPUT_INDUSTRY": "industry",
    }
    return {key: str(folder / f"{name}.csv") for key, name in names.items()}


def renewal(tmp_path, log=None, **extra) -> dict:
    parameters = {
        "BASE_YEAR": 2024,
        "TARGET_YEAR": 2026,
        "POLICY": 0,
        "LOCAL_CONTENT": 0,
        **renewal_tables(tmp_path),
        "OUTPUT_CHART": str(tmp_path / "renewal.png"),
        **extra,
    }
    result = run("fleetrenewal", parameters, log)
    return {
        key: pd.read_csv(value) if str(value).endswith(".csv") else value for key, value in result.items()
    }


def test_weibull_retirement_by_hand(conecta_plugin, tmp_path):
    # ICCT Roadmap's Weibull S(a) = exp(-(a/λ)^k), k = 5, λ = 12: in 2025 the 2010 cohort turns 15 and keeps
    # S(15)/S(14) of its buses, the 2020 cohort S(5)/S(4).
    def survival(a):
        return math.exp(-((a / 12) ** 5))

    retired = 100 * (1 - survival(15) / survival(14)) + 50 * (1 - survival(5) / survival(4))
    policy = policy_csv(tmp_path, {"year": [2025], "technology": ["electric"], "share": [1.0]})
    out = renewal(tmp_path, FLEET_AGES=ages_csv(tmp_path), TARGET_YEAR=2025, RETIREMENT=1, WEIBULL_LAMBDA=12.0,
                  POLICY=3, POLICY_TABLE=policy)  # fmt: skip
    row = out["OUTPUT"].iloc[0]
    assert row["retired"] == pytest.approx(retired, rel=1e-9) and row["bought"] == pytest.approx(
        retired, rel=1e-9
    )
    assert row["battery_gwh"] == pytest.approx(retired * 350 / 1e6, rel=1e-9)  # 12 m e-bus: 350 kWh (preset)
    assert row["share_electric"] == pytest.approx(retired / 150, rel=1e-9)


def test_legal_age_and_argentine_local_content(conecta_plugin, tmp_path):
    # Porto Alegre: standard buses leave after 15 years; the 2010 cohort (100) retires in 2026 at age 16.
    # São Paulo's policy buys electric; 100 × 300,000 USD (preset estimate); Argentina: 25 % local from 2026.
    log = Log()
    out = renewal(tmp_path, log, FLEET_AGES=ages_csv(tmp_path))
    s = out["OUTPUT"].set_index("year")
    assert s.loc[2025, "retired"] == 0 and s.loc[2026, "retired"] == 100
    assert s.loc[2026, "bought_electric"] == 100 and s.loc[2026, "share_electric"] == pytest.approx(100 / 150)
    assert s.loc[2026, "value"] == pytest.approx(100 * 300_000)
    assert s.loc[2026, "local_value"] == pytest.approx(0.25 * 100 * 300_000)
    assert s.loc[2026, "imported_value"] == pytest.approx(0.75 * 100 * 300_000)
    fleet = out["OUTPUT_FLEET"]
    assert fleet.loc[fleet["year"] == 2026].set_index("model_year")["age"].to_dict() == {2020: 6, 2026: 0}
    industry = out["OUTPUT_INDUSTRY"].set_index(["year", "component"])
    assert industry.loc[(2026, "battery"), "value"] == pytest.approx(0.40 * 100 * 300_000)  # preset share
    assert any("Purchase prices: the LAC preset's estimates" in w for w in log.warnings)


def test_fleet_from_gtfs_with_the_steady_state_age_mix(conecta_plugin, tmp_path):
    # 160 standard buses at a 5-minute layover; legal age 15: ages 0 … 15, 10 buses each; each year the
    # oldest 10 retire. Curitiba's path buys 50 % electric from 2024 and 70 % from 2027.
    totals = tmp_path / "totals.csv"
    pd.DataFrame({"layover_min": [0, 5], "fleet_with_spares": [150, 160]}).to_csv(totals, index=False)
    out = renewal(tmp_path, FLEET=str(totals), FLEET_LAYOVER=5, POLICY=2, TARGET_YEAR=2027)
    s = out["OUTPUT"].set_index("year")
    assert s["fleet"].tolist() == pytest.approx([160.0] * 3)
    assert s["bought"].tolist() == pytest.approx([10.0] * 3)
    assert s.loc[2025, "bought_electric"] == pytest.approx(5.0) and s.loc[
        2027, "bought_electric"
    ] == pytest.approx(7.0)
    assert s.loc[2027, "share_electric"] == pytest.approx((5 + 5 + 7) / 160)


def test_electrification_path_of_scenario2030(conecta_plugin, tmp_path):
    path = policy_csv(tmp_path, {"mode": ["bus", "bus"], "year": [2025, 2026], "new_ev_share": [0.4, 1.0]})
    ages = ages_csv(tmp_path, [("standard", "diesel", 2009, 100), ("standard", "diesel", 2010, 100)])
    out = renewal(tmp_path, FLEET_AGES=ages, POLICY=3, POLICY_TABLE=path)
    buys = out["OUTPUT_PURCHASES"].set_index(["year", "technology"])["units"]
    assert buys[(2025, "electric")] == pytest.approx(40) and buys[(2025, "diesel")] == pytest.approx(60)
    assert buys[(2026, "electric")] == pytest.approx(100)
    s = out["OUTPUT"].set_index("year")
    assert s.loc[2025, "new_ev_share"] == pytest.approx(0.4) and s.loc[2025, "renewal_rate"] == pytest.approx(
        0.5
    )


@pytest.mark.parametrize(
    "rows, extra, message",
    [
        (AGES + [("standard", "diesel", 2026, 5)], {}, "model years after the base year 2024: 2026"),
        (AGES, {"TARGET_YEAR": 2020}, "The target year 2020 is before the base year 2024"),
        (
            AGES,
            {"POLICY": 3, "POLICY_SHARES": (1.2,)},
            r"Technology shares must be between 0 and 1 \(got 1.2\)",
        ),
        (AGES, {"POLICY": 3, "POLICY_SHARES": (0.5, 0.6)}, "must add up to 1"),
        (AGES, {"POLICY": 3}, "The custom purchase policy needs the purchase policy table"),
        ([("articulated", "diesel", 2009, 10)], {}, r"No purchase price for articulated/electric"),
        (AGES + [("standard", "diesel", 2015, -3)], {}, "The fleet age table has 1 negative counts"),
        (AGES, {"MAX_AGE": "standard=12"}, "must be written size:number"),
        (AGES, {"MAX_AGE": "bus:12"}, "unknown bus size bus"),
        (AGES, {"RETIREMENT": 1, "WEIBULL_LAMBDA": 0.0}, r"The Weibull λ must be positive \(got 0"),
        (AGES, {"LOCAL_CONTENT": 2}, "The custom local content needs the local content table"),
        (None, {}, "Give either a fleet age table or the fleet from GTFS"),
        ([("minibus", "diesel", 2009, 10)], {}, "No maximum age for the bus sizes minibus: give one"),
        (
            [("minibus", "diesel", 2009, 10)],
            {"RETIREMENT": 1, "WEIBULL_LAMBDA": 8.0},
            r"No battery size \(kWh per e-bus\) for the bus sizes minibus",
        ),
        (AGES, {"RETIREMENT": 1, "WEIBULL_K": 0.0}, r"The Weibull k must be positive \(got 0"),
        (
            AGES,
            {"POLICY": 3, "POLICY_COLUMNS": {"year": [2025], "tech": ["electric"]}},
            "it lacks technology, share",
        ),
        (
            AGES,
            {"POLICY": 3, "POLICY_COLUMNS": {"mode": ["car"], "year": [2025], "new_ev_share": [0.5]}},
            r"no rows of mode bus \(its modes: car\)",
        ),
        (
            AGES,
            {
                "LOCAL_CONTENT": 2,
                "CONTENT_COLUMNS": {"year": [2025], "component": ["body"], "local_share": [1.5]},
            },
            r"cost shares must be between 0 and 1 \(got 1.5\)",
        ),
        (
            AGES,
            {
                "POLICY": 3,
                "POLICY_COLUMNS": {"year": [2025], "technology": ["hybrid"], "share": [1.0]},
                "PRICE_ROWS": [("standard", "hybrid", 220_000)],
            },
            "No component cost shares for the technologies hybrid",
        ),
    ],
)
def test_renewal_bad_input(conecta_plugin, tmp_path, rows, extra, message):
    extra = dict(extra)
    for key, target, name in (
        ("POLICY_COLUMNS", "POLICY_TABLE", "policy.csv"),
        ("CONTENT_COLUMNS", "LOCAL_CONTENT_TABLE", "content.csv"),
    ):
        if key in extra:
            pd.DataFrame(extra.pop(key)).to_csv(tmp_path / name, index=False)
            extra[target] = str(tmp_path / name)
    if "PRICE_ROWS" in extra:
        pd.DataFrame(extra.pop("PRICE_ROWS"), columns=["size", "technology", "price"]).to_csv(
            tmp_path / "prices.csv", index=False
        )
        extra["PRICES"] = str(tmp_path / "prices.csv")
    shares = extra.pop("POLICY_SHARES", None)
    if shares is not None:
        techs = ["electric", "diesel"][: len(shares)]
        extra["POLICY_TABLE"] = policy_csv(
            tmp_path, {"year": [2025] * len(shares), "technology": techs, "share": shares}
        )
    if rows is not None:
        extra["FLEET_AGES"] = ages_csv(tmp_path, rows)
        before = digest(extra["FLEET_AGES"])
    with pytest.raises(QgsProcessingException, match=message):
        renewal(tmp_path, **extra)
    assert not (tmp_path / "renewal.csv").exists() and not (tmp_path / "renewal.png").exists()
    if rows is not None:
        assert digest(extra["FLEET_AGES"]) == before


@pytest.mark.parametrize(
    "layovers, extra, message",
    [
        ([None, None], {}, "The fleet table has no row with a layover"),
        ([0, 5], {"FLEET_LAYOVER": 7}, r"The fleet table has no layover of 7 min; its layovers: 0.0, 5.0"),
    ],
)
def test_renewal_fleet_from_gtfs_bad_input(conecta_plugin, tmp_path, layovers, extra, message):
    totals = tmp_path / "totals.csv"
    pd.DataFrame({"layover_min": layovers, "fleet_with_spares": [150, 160]}).to_csv(totals, index=False)
    with pytest.raises(QgsProcessingException, match=message):
        renewal(tmp_path, FLEET=str(totals), **extra)
    assert not (tmp_path / "renewal.csv").exists()


def test_renewal_reads_layers(conecta_plugin, tmp_path):
    ages = table_layer(
        ["size:string", "technology:string", "model_year:integer", "count:double"],
        [("standard", "diesel", 2010, 100.0), ("standard", "diesel", 2020, 50.0)],
    )
    prices = table_layer(
        ["size:string", "technology:string", "price:string"], [("standard", "electric", "280000")]
    )
    out = renewal(tmp_path, FLEET_AGES=ages, PRICES=prices)
    assert out["OUTPUT"].set_index("year").loc[2026, "value"] == pytest.approx(100 * 280_000)


# ------------------------------------------------------------------ conecta:busfleetcost

COSTS = [
    ("diesel", "vehicle_price", 120_000),
    ("diesel", "vehicle_life_years", 12),
    ("diesel", "energy_per_km", 0.5),
    ("diesel", "energy_price", 1.0),
    ("diesel", "maintenance_per_km", 0.2),
    ("electric", "vehicle_price", 240_000),
    ("electric", "vehicle_life_years", 12),
    ("electric", "battery_kwh", 300),
    ("electric", "battery_price_per_kwh", 200),
    ("electric", "battery_life_years", 6),
    ("electric", "energy_per_km", 1.2),
    ("electric", "energy_price", 0.2),
    ("electric", "maintenance_per_km", 0.12),
    ("electric", "charger_kw_per_bus", 50),
    ("electric", "charger_price_per_kw", 400),
    ("electric", "charger_life_years", 12),
    ("all", "annual_km_per_bus", 50_000),
    ("all", "interest_rate", 0.05),
    ("all", "discount_rate", 0.05),
    ("all", "energy_escalation", 0.0),
    ("all", "maintenance_escalation", 0.0),
    ("all", "price_escalation", 0.0),
]


def costs_csv(tmp_path, rows=COSTS) -> str:
    path = tmp_path / "costs.csv"
    pd.DataFrame(rows, columns=["technology", "parameter", "value"]).to_csv(path, index=False)
    return str(path)


def cost_run(tmp_path, log=None, **extra):
    parameters = {
        "COSTS": extra.pop("COSTS") if "COSTS" in extra else costs_csv(tmp_path),
        "BASE_YEAR": 2025,
        "OUTPUT": str(tmp_path / "tco.csv"),
        "OUTPUT_CHART": str(tmp_path / "tco.png"),
        **extra,
    }
    return run("busfleetcost", parameters, log)


def test_tco_annuities_and_break_even_by_hand(conecta_plugin, tmp_path):
    result = cost_run(tmp_path)
    tco = pd.read_csv(result["OUTPUT"]).set_index(["technology", "year"])

    def annuity(price, n, i=0.05):
        return price * i / (1 - (1 + i) ** -n)

    km = 50_000
    diesel = [annuity(120_000, 12) + (0.5 * 1.0 + 0.2) * km] * 12
    electric = [
        annuity(240_000, 12)
        + annuity(50 * 400, 12)
        + (annuity(300 * 200, 6) if y >= 6 else 0)
        + (1.2 * 0.2 + 0.12) * km
        for y in range(12)
    ]
    for y in range(12):
        assert tco.loc[("diesel", 2025 + y), "total"] == pytest.approx(diesel[y])
        assert tco.loc[("electric", 2025 + y), "total"] == pytest.approx(electric[y])
    pv_d = [v / 1.05**y for y, v in enumerate(diesel)]
    pv_e = [v / 1.05**y for y, v in enumerate(electric)]
    assert tco.loc[("electric", 2025), "tco_per_km"] == pytest.approx(sum(pv_e) / (km * 12))
    cum_d = [sum(pv_d[: y + 1]) for y in range(12)]
    cum_e = [sum(pv_e[: y + 1]) for y in range(12)]
    even = next(2025 + y for y in range(12) if cum_e[y] <= cum_d[y])
    assert result["BREAK_EVEN_YEAR"] == even
    assert tco.loc[("electric", 2030), "break_even_year"] == even


def test_fleet_cost_of_the_renewal_fleet(conecta_plugin, tmp_path):
    fleet = table_layer(
        ["year:integer", "size:string", "technology:string", "count:double"],
        [
            (2025, "standard", "diesel", 8.0),
            (2025, "standard", "electric", 2.0),
            (2026, "standard", "electric", 4.0),
        ],
    )
    result = cost_run(tmp_path, FLEET=fleet, OUTPUT_FLEET_COST=str(tmp_path / "fleet_cost.csv"), YEARS=3)
    tco = pd.read_csv(result["OUTPUT"])
    mean = tco.groupby("technology")["total"].mean()
    cost = pd.read_csv(result["OUTPUT_FLEET_COST"]).set_index(["year", "technology"])["annual_cost"]
    assert cost[(2025, "diesel")] == pytest.approx(8 * mean["diesel"])
    assert cost[(2026, "electric")] == pytest.approx(4 * mean["electric"])


def test_preset_costs_are_said_to_be_estimates(conecta_plugin, tmp_path):
    log = Log()
    cost_run(tmp_path, log, COSTS=None, ANNUAL_KM=60_000)
    assert any("Costs: the LAC preset (USD)" in w and "are estimates" in w for w in log.warnings)
    tco = pd.read_csv(tmp_path / "tco.csv")
    d = tco.loc[tco["technology"] == "diesel"].iloc[0]
    assert d["energy"] == pytest.approx(0.51 * 1.0 * 60_000)  # preset L/km × USD/L × the km given


@pytest.mark.parametrize(
    "rows, extra, message",
    [
        (
            [r for r in COSTS if r[:2] != ("electric", "energy_price")],
            {},
            "Missing cost parameters for electric: energy_price",
        ),
        (COSTS, {"TECHNOLOGIES": "diesel,hybrid"}, "No cost parameters for the technology 'hybrid'"),
        (
            [(t, p, 0 if p == "vehicle_life_years" and t == "diesel" else v) for t, p, v in COSTS],
            {},
            r"A useful life must be positive \(got 0",
        ),
        (COSTS, {"ANNUAL_KM": 0}, r"The annual kilometres per bus must be positive \(got 0"),
        (
            COSTS,
            {"TECHNOLOGIES": "diesel", "FLEET_ROWS": [(2025, "electric", 3.0)]},
            "The fleet has technologies without costs: electric",
        ),
    ],
)
def test_cost_bad_input(conecta_plugin, tmp_path, rows, extra, message):
    path = costs_csv(tmp_path, rows)
    before = digest(path)
    extra = dict(extra)
    if "FLEET_ROWS" in extra:
        extra["FLEET"] = table_layer(
            ["year:integer", "technology:string", "count:double"], extra.pop("FLEET_ROWS")
        )
    with pytest.raises(QgsProcessingException, match=message):
        cost_run(tmp_path, COSTS=path, **extra)
    assert not (tmp_path / "tco.csv").exists() and not (tmp_path / "tco.png").exists()
    assert digest(path) == before


# ------------------------------------------------------------------ the city report's section


@pytest.fixture(scope="module")
def fleet_outputs(conecta_plugin, hand_feed, tmp_path_factory):
    folder = tmp_path_factory.mktemp("chain")
    _, _, fleet = fleet_run(hand_feed, folder)
    renewal_out = run(
        "fleetrenewal",
        {
            "FLEET": fleet["OUTPUT_TOTALS"],
            "FLEET_LAYOVER": 5,
            "BASE_YEAR": 2024,
            "TARGET_YEAR": 2030,
            "POLICY": 2,
            "LOCAL_CONTENT": 0,
            **renewal_tables(folder),
        },
    )
    cost = run("busfleetcost", {"FLEET": renewal_out["OUTPUT_FLEET"], "OUTPUT": str(folder / "tco.csv")})
    return {
        "FLEET_TOTALS": fleet["OUTPUT_TOTALS"],
        "FLEET_RENEWAL": renewal_out["OUTPUT"],
        "FLEET_PURCHASES": renewal_out["OUTPUT_PURCHASES"],
        "FLEET_TCO": cost["OUTPUT"],
    }


@pytest.mark.parametrize(
    "language, words", [(1, ("Layover", "chaining")), (2, ("Espera",)), (3, ("Espera",))]
)
def test_city_report_fleet_section_fits_every_language(
    conecta_plugin, fleet_outputs, tmp_path, language, words
):

    zones = memory_layer(
        "Point?crs=EPSG:31982&field=id:integer&field=access:double&field=population:double",
        [(local(f"POINT({500 * i} 0)"), [i, 10.0 * i, 100.0]) for i in range(1, 6)],
    )
    result = processing.run(
        "conecta:report",
        {
            "ZONES": zones,
            "ACCESS_FIELDS": ["access"],
            "POPULATION": "population",
            "CITY_NAME": "Hand",
            "LANGUAGE": language,
            "OUTPUT_HTML": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "r.pdf"),
            **fleet_outputs,
        },
    )
    pages = pdf_pages_words(tmp_path / "r.pdf")
    assert not words_outside(pages)
    text = {w[0] for _, _, page in pages for w in page}
    assert set(words) <= text
    totals = pd.read_csv(fleet_outputs["FLEET_TOTALS"]).set_index("layover_min")
    renewal_table = pd.read_csv(fleet_outputs["FLEET_RENEWAL"])
    summary = json.loads(open(result["SUMMARY"], encoding="utf-8").read())["fleet"]
    assert (
        summary["fleet_today"]["fleet_with_spares"] == totals.loc[10, "fleet_with_spares"]
    )  # largest layover
    assert summary["renewal"]["target_year"] == 2030
    assert summary["renewal"]["bought"] == pytest.approx(renewal_table["bought"].sum())
    html = open(result["OUTPUT_HTML"], encoding="utf-8").read()
    assert html.count("<h3>") >= 4 and "LC/TS.2022/228" in html


def test_the_three_algorithms_chain_in_a_model(conecta_plugin, hand_feed, tmp_path):
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm("fleet chain", "tests")
    model.addChildAlgorithm(
        model_step(
            "fleet",
            "conecta:fleetfromgtfs",
            {"GTFS": static(hand_feed), "DATE": static(DATE), "LAYOVER": static("5")},
        )
    )
    renewal_sources = {
        "FLEET": from_step("fleet", "OUTPUT_TOTALS"),
        "BASE_YEAR": static(2024),
        "TARGET_YEAR": static(2027),
    }
    model.addChildAlgorithm(model_step("renewal", "conecta:fleetrenewal", renewal_sources))
    cost_sources = {"FLEET": from_step("renewal", "OUTPUT_FLEET")}
    step = model_step("cost", "conecta:busfleetcost", cost_sources, ["OUTPUT"])
    model.addChildAlgorithm(step)
    result = processing.run(model, {"cost:OUTPUT": str(tmp_path / "tco.csv")})
    tco = pd.read_csv(result["cost:OUTPUT"])
    assert set(tco["technology"]) == {"diesel", "electric"} and tco["year"].min() == 2025
