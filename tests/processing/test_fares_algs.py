"""Fares through Processing: conecta:transitmatrix with a fare structure (fastest journey within a budget, the
time × fare frontier, boundaries and precedence worked out by hand, every message about a bad fare structure),
conecta:affordability (hand-computed shares, income NULLs and zeros left out and counted, bad settings), and the
city report's affordability section.

The hand-made city (layers.bus_line_feed): zones A (x = 0) and B (x = 2,000 m), bus R from S1 (x = 300) to S2
(x = 1,800) at 08:06 and 08:16 taking 10 minutes; walking in a straight line × 1.3 at 1 m/s: at 08:00 A is at S1
at 08:06:30 (the 08:06 bus has left), takes the 08:16 bus to S2 (08:26) and walks 260 s: B at 08:30:20 (30 min).
"""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pandas as pd
import processing
import pytest
from handmade_gtfs import write_zip
from processing_helpers import digest, model_step, one_minute_from_eight, static
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from data_paths import shared
from feedback_log import Log
from layers import ORIGIN, bus_line_feed, layer_frame, memory_layer, pair

RESOURCES = __import__("pathlib").Path(__file__).resolve().parents[2] / "resources" / "fares"

BUS = {"fare_types": [{"id": "BUS", "fare": 4.80}], "routes": [{"mode": "bus", "fare_type": "BUS"}]}


@pytest.fixture()
def feed(tmp_path):
    return bus_line_feed(tmp_path / "feed.zip")


def points(places, name="zones"):
    """A point layer (EPSG:31982) of (id, local x) pairs along the line y = 0 of ``layers.ORIGIN``."""
    rows = [(f"POINT({ORIGIN[0] + x} {ORIGIN[1]})", [key]) for key, x in places]
    return memory_layer("Point?crs=EPSG:31982&field=id:string", rows, name)


def run_matrix(feed_path, log=None, **extra):
    """conecta:transitmatrix from A and B (08:00, one departure minute, straight-line walking) as a frame."""
    params = one_minute_from_eight(feed_path, points([("A", 0), ("B", 2000)]), **extra)
    if "DESTINATIONS" in extra:
        params["DESTINATIONS_ID"] = "id"
    result = processing.run("conecta:transitmatrix", params, feedback=log or Log())
    return layer_frame(result["OUTPUT"]), result


def structure(tmp_path, data=None, name="fares.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data or BUS), encoding="utf-8")
    return str(path)


# ----------------------------------------------------------------------------------------- transitmatrix


def test_fastest_journey_and_its_fare(conecta_plugin, feed, tmp_path):
    """One bus at R$ 4.80 (the POA example's bus fare): A → B in 30 minutes for 4.80; walking A → A costs 0."""
    out, result = run_matrix(feed, FARE_STRUCTURE=structure(tmp_path))
    assert list(out.columns) == ["from_id", "to_id", "travel_time_p50", "fare"]
    assert (pair(out, "A", "B"), pair(out, "A", "B", "fare")) == (30, 4.80)
    assert (pair(out, "A", "A"), pair(out, "A", "A", "fare")) == (0, 0.0)
    assert result["PAIRS"] == 3
    plain, _ = run_matrix(feed)
    assert list(plain.columns) == ["from_id", "to_id", "travel_time_p50"]


def test_a_budget_below_every_fare_leaves_only_walking_and_says_so(conecta_plugin, feed, tmp_path):
    log = Log()
    out, _ = run_matrix(feed, log, FARE_STRUCTURE=structure(tmp_path), MAX_FARE=4.0)
    assert pair(out, "A", "B") is None
    assert pair(out, "A", "A", "fare") == 0.0
    assert (
        "The budget 4.0 is below every fare (the lowest is 4.8): only walking trips and free routes"
        in log.text()
    )


def test_frontier_rows_by_budget_and_fares_by_percentile(conecta_plugin, feed, tmp_path):
    """Budgets 4 and 5: A → A at 4 (walking, 0 min; at 5 the time is the same: no row), A → B only at 5."""
    out, _ = run_matrix(feed, FARE_STRUCTURE=structure(tmp_path), FARE_BUDGETS="5, 4")
    rows = sorted(zip(out["from_id"], out["to_id"], out["fare_budget"], out["travel_time_p50"], out["fare"]))
    assert rows == [("A", "A", 4.0, 0, 0.0), ("A", "B", 5.0, 30, 4.8), ("B", "B", 4.0, 0, 0.0)]
    out, _ = run_matrix(feed, FARE_STRUCTURE=structure(tmp_path), TIME_WINDOW=10, PERCENTILES="25,75")
    assert {"fare_p25", "fare_p75"} <= set(out.columns)
    assert pair(out, "A", "B", "fare_p75") == 4.8


def test_r5r_zip_naming_other_routes_is_refused_with_the_routes_listed(conecta_plugin, feed, tmp_path):
    """r5r's Porto Alegre structure prices EPTC and Trensurb routes only: route R of this feed has no fare."""
    target = tmp_path / "out.csv"
    with pytest.raises(
        QgsProcessingException, match=r"1 routes of the feed have no fare in the fare structure \(R\)"
    ):
        run_matrix(feed, FARE_STRUCTURE=shared("porto_alegre", "fares_poa.zip"), OUTPUT=str(target))
    assert not target.exists()


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"MAX_FARE": 5.0}, "A maximum fare or fare budgets need a fare structure file"),
        ({"FARE_BUDGETS": "4.8"}, "A maximum fare or fare budgets need a fare structure file"),
        (
            {"FARE_STRUCTURE": True, "MAX_FARE": 5.0, "FARE_BUDGETS": "4.8"},
            "either a maximum fare or a list of fare budgets, not both",
        ),
        (
            {"FARE_STRUCTURE": True, "FARE_BUDGETS": "cheap"},
            "Fare budgets must be numbers of 0 or more separated by commas",
        ),
        (
            {"FARE_STRUCTURE": True, "FARE_BUDGETS": "4.8, -1"},
            "Fare budgets must be numbers of 0 or more separated by commas",
        ),
    ],
)
def test_fare_parameters_that_cannot_be_used(conecta_plugin, feed, tmp_path, extra, message):
    if extra.get("FARE_STRUCTURE") is True:
        extra = {**extra, "FARE_STRUCTURE": structure(tmp_path)}
    target = tmp_path / "out.csv"
    with pytest.raises(QgsProcessingException, match=message):
        run_matrix(feed, OUTPUT=str(target), **extra)
    assert not target.exists()


def test_bad_fare_structures_are_named_and_inputs_stay_unchanged(conecta_plugin, feed, tmp_path):
    negative = structure(tmp_path, {"fare_types": [{"id": "BUS", "fare": -4.8}], "default_type": "BUS"})
    before = digest(feed), digest(negative)
    target = tmp_path / "out.csv"
    with pytest.raises(
        QgsProcessingException, match=r"Fares cannot be negative: 1 negative amounts \(BUS: -4.8\)"
    ):
        run_matrix(feed, FARE_STRUCTURE=negative, OUTPUT=str(target))
    assert (digest(feed), digest(negative)) == before
    assert not target.exists()
    with pytest.raises(QgsProcessingException, match="Fare structure file not found: .*absent.json"):
        run_matrix(feed, FARE_STRUCTURE=str(tmp_path / "absent.json"), OUTPUT=str(target))
    assert not target.exists()


def test_unknown_routes_agencies_modes_and_overlapping_rules_are_warned(conecta_plugin, feed, tmp_path):
    data = {
        "fare_types": [{"id": "BUS", "fare": 4.8}],
        "routes": [
            {"route_id": "NOPE", "fare_type": "BUS"},
            {"agency_id": "GHOST", "fare_type": "BUS"},
            {"mode": "hovercraft", "fare_type": "BUS"},
            {"mode": "BRT", "fare_type": "BUS"},
        ],
        "default_type": "BUS",
        "transfers": [{"from": "BUS", "to": "BUS", "price": 1.0}, {"from": "BUS", "to": "BUS", "price": 2.0}],
    }
    log = Log()
    out, _ = run_matrix(feed, log, FARE_STRUCTURE=structure(tmp_path, data))
    text = log.text()
    assert "The fare structure names 1 routes that the feed does not have (ignored): NOPE" in text
    assert "The fare structure names 1 agencies that the feed does not have (ignored): GHOST" in text
    assert "The fare structure names 2 modes that the feed does not have (ignored): hovercraft, BRT" in text
    assert (  # Conecta's stops and SDG 11.2.1 know BRT (named routes); a GTFS feed does not
        "GTFS has no BRT mode: BRT routes are buses (route_type 3, or 702 for express buses). Give them their fare "
        "type by route_id or agency_id." in text
    )
    assert (
        "Transfer rules 1 and 2 both apply to BUS → BUS with the same precedence: rule 1, listed first, is used."
        in text
    )
    assert "1 routes no assignment names take the default fare type." in text
    assert pair(out, "A", "B", "fare") == 4.8


def r5r_zip(path, transfer_fare="7.20") -> str:
    """An r5r fare structure (as r5r::write_fare_structure writes it) pricing route R as a R$ 4.80 bus, with a
    bus → bus integrated fare of ``transfer_fare``."""
    tables = {
        "global_settings.csv": "setting,value\nmax_discounted_transfers,1\ntransfer_time_allowance,60\nfare_cap,Inf\n",
        "fares_per_type.csv": "type,unlimited_transfers,allow_same_route_transfer,use_route_fare,fare\n"
        "BUS,FALSE,FALSE,FALSE,4.8\n",
        "fares_per_transfer.csv": f"first_leg,second_leg,fare\nBUS,BUS,{transfer_fare}\n",
        "fares_per_route.csv": "agency_id,agency_name,route_id,route_short_name,route_long_name,mode,route_fare,"
        "fare_type\nA,Bus,R,1,,BUS,4.8,BUS\n",
    }
    write_zip(path, tables)
    return str(path)


def test_an_r5r_zip_prices_the_feed(conecta_plugin, feed, tmp_path):
    """The same one-bus city priced by an r5r zip: A → B for its R$ 4.80 bus fare."""
    out, _ = run_matrix(feed, FARE_STRUCTURE=r5r_zip(tmp_path / "r5r.zip"))
    assert (pair(out, "A", "B"), pair(out, "A", "B", "fare")) == (30, 4.80)


BAD_STRUCTURES = [
    ([1, 2], "The fare structure must be a JSON object with fare_types, routes and transfers"),
    ({"fare_types": {"id": "BUS"}}, "In the fare structure, fare_types must be a list of objects"),
    ({"fare_types": [{"id": "BUS"}]}, r"Every fare type needs an id and a fare \(0 for a free type\): BUS\."),
    ({"fare_types": [{"fare": 4.8}]}, r"Every fare type needs an id and a fare \(0 for a free type\): #1\."),
    ({"fare_types": [{"id": "BUS", "fare": "cheap"}]}, "gives fare of BUS as 'cheap', not a number"),
    (
        {"fare_types": [{"id": "BUS", "fare": 4.8}, {"id": "BUS", "fare": 5}], "default_type": "BUS"},
        "The fare structure defines fare types more than once: BUS.",
    ),
    ({**BUS, "routes": [{"fare_type": "BUS"}]}, "Route assignments 1 name no route_id, agency_id or mode."),
    (
        {**BUS, "routes": [{"mode": "rail", "fare_type": "TRAIN"}]},
        "names fare types it does not define: TRAIN",
    ),
    (
        {**BUS, "transfers": [{"from": "BUS", "to": "BUS"}]},
        "Transfer rule 1 must give exactly one of price, discount or total.",
    ),
    ({**BUS, "transfers": [{"price": 0, "transfers": "two"}]}, r"must be like 1, 2-4 or 3- \(got 'two'\)"),
    ({**BUS, "transfers": [{"discount": 150}]}, r"A discount is a percent from 0 to 100: \* → \*\."),
    ({**BUS, "transfer_window": -5}, "the transfer window cannot be negative"),
    ({**BUS, "transfers": [{"price": 0, "window": -1}]}, "the transfer window cannot be negative"),
    ({**BUS, "max_discounted_transfers": 1.5}, "gives max_discounted_transfers as '1.5', not a whole number"),
    (
        {**BUS, "transfer_window_from": "last"},
        r"transfer_window_from must be previous_boarding or first_boarding \(got 'last'\)",
    ),
    (
        {"fare_types": [{"id": "BUS", "fare": 1e9}], "default_type": "BUS"},
        "A journey can cost up to .+ with this fare structure, more than the .+ the router counts",
    ),
]


@pytest.mark.parametrize("data, message", BAD_STRUCTURES)
def test_each_bad_fare_structure_is_named_and_nothing_is_written(
    conecta_plugin, feed, tmp_path, data, message
):
    path = structure(tmp_path, data)
    before = digest(path)
    target = tmp_path / "out.csv"
    with pytest.raises(QgsProcessingException, match=message):
        run_matrix(feed, FARE_STRUCTURE=path, OUTPUT=str(target))
    assert not target.exists()
    assert digest(path) == before


def test_fare_structure_files_that_cannot_be_read_are_named(conecta_plugin, feed, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    lacking = tmp_path / "lacking.zip"
    with zipfile.ZipFile(lacking, "w") as zf:
        zf.writestr(
            "fares_per_type.csv", "type,unlimited_transfers,allow_same_route_transfer,use_route_fare,fare\n"
        )
    cases = [
        (broken, "The fare structure broken.json cannot be read"),
        (lacking, r"The r5r fare structure lacks global_settings.csv, fares_per_route.csv\."),
        (r5r_zip(tmp_path / "blank.zip", ""), "gives fare of BUS → BUS as '', not a number"),
    ]
    target = tmp_path / "out.csv"
    for path, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            run_matrix(feed, FARE_STRUCTURE=str(path), OUTPUT=str(target))
        assert not target.exists()


def test_a_fare_equal_to_the_budget_fits_in_it(conecta_plugin, feed, tmp_path):
    """The R$ 4.80 bus within a budget of exactly R$ 4.80 (r5r's max_fare keeps journeys costing at most it):
    A → B in 30 minutes; as one of the frontier's budgets too."""
    out, _ = run_matrix(feed, FARE_STRUCTURE=structure(tmp_path), MAX_FARE=4.80)
    assert (pair(out, "A", "B"), pair(out, "A", "B", "fare")) == (30, 4.80)
    out, _ = run_matrix(feed, FARE_STRUCTURE=structure(tmp_path), FARE_BUDGETS="4.79, 4.80")
    rows = sorted(zip(out["from_id"], out["to_id"], out["fare_budget"], out["fare"]))
    assert ("A", "B", 4.80, 4.80) in rows and ("A", "B", 4.79, 4.80) not in rows


def test_a_budget_below_every_fare_with_no_pair_within_walking_reaches_nothing_and_says_so(
    conecta_plugin, feed, tmp_path
):
    """From A to B alone (2,000 m, 43 minutes of walking: beyond the 30-minute walking limit) with R$ 4.79 for
    a R$ 4.80 bus: no pair, an empty table, and the log says why."""
    log = Log()
    out, result = run_matrix(
        feed, log, ORIGINS=points([("A", 0)]), DESTINATIONS=points([("B", 2000)], "destinations"),
        FARE_STRUCTURE=structure(tmp_path), MAX_FARE=4.79,
    )  # fmt: skip
    assert result["PAIRS"] == 0 and out.empty
    text = log.text()
    assert "The budget 4.79 is below every fare (the lowest is 4.8)" in text
    assert "No pair is reachable within the fare budget." in text


STOP_SPACING = 5000.0
"""Metres between the stops S0, S1, … of a chain feed: 108 minutes of walking, beyond the 30-minute limit."""


def chain_feed(path, legs: list) -> str:
    """A GTFS zip of single-trip routes of agency A along stops S0, S1, … placed every 5 km on the line y = 0 of
    layers.ORIGIN: ``legs`` = (route_id, route_type, from stop k, "HH:MM", to stop k, "HH:MM"); every day of 2019."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:31982"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    stops = sorted({leg[2] for leg in legs} | {leg[4] for leg in legs})
    where = {k: transform.transform(QgsPointXY(ORIGIN[0] + STOP_SPACING * k, ORIGIN[1])) for k in stops}
    files = {
        "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\nA,Bus,http://x,America/Bogota\n",
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\n"
        + "".join(f"S{k},S{k},{p.y():.10f},{p.x():.10f}\n" for k, p in where.items()),
        "routes.txt": "route_id,agency_id,route_short_name,route_type\n"
        + "".join(f"{r},A,{r},{kind}\n" for r, kind, *_ in legs),
        "trips.txt": "route_id,service_id,trip_id\n" + "".join(f"{r},WK,T{r}\n" for r, *_ in legs),
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "".join(
            f"T{r},{t0}:00,{t0}:00,S{a},1\nT{r},{t1}:00,{t1}:00,S{b},2\n" for r, _, a, t0, b, t1 in legs
        ),
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,1,1,20190101,20191231\n",
    }
    write_zip(path, files)
    return str(path)


def run_chain(feed_path, destinations: list, fares: str, log=None) -> pd.DataFrame:
    """conecta:transitmatrix from O at S0 at 07:00 to destinations at stops (name, stop k), 180 minutes at most."""
    places = [(name, STOP_SPACING * k) for name, k in destinations]
    out, _ = run_matrix(
        feed_path, log, ORIGINS=points([("O", 0)]), DESTINATIONS=points(places, "destinations"),
        DEPARTURE_TIME="07:00", MAX_TRIP_DURATION=180, FARE_STRUCTURE=fares,
    )  # fmt: skip
    return out


def test_a_transfer_at_the_end_of_bogota_125_minute_window_is_free_a_minute_later_it_is_not(
    conecta_plugin, tmp_path
):
    """Bogotá's shipped structure (COP 3,200 a ride; the next two rides within 125 minutes of the fare paid are
    free; buses are SITP zonal routes, its default type). The first bus is paid at 07:02; the third bus, leaving
    S2 at 09:07, is boarded exactly 125 minutes later: within the window (r5r refuses a discount only when more
    time than the allowance has passed, transferTime > allowance in its RuleBasedInRoutingFareCalculator), so S3
    is reached at 09:20 (140 minutes) for 3,200; the bus leaving S2 at 09:08 (126 minutes) pays a second fare:
    S4 at 09:21 (141 minutes) for 6,400."""
    legs = [
        ("Z1", 3, 0, "07:02", 1, "07:20"),
        ("Z2", 3, 1, "07:25", 2, "07:45"),
        ("Z3", 3, 2, "09:07", 3, "09:20"),
        ("Z4", 3, 2, "09:08", 4, "09:21"),
    ]
    out = run_chain(chain_feed(tmp_path / "bogota.zip", legs), [("D3", 3), ("D4", 4)],
                    str(RESOURCES / "bogota_2025.json"))  # fmt: skip
    assert (pair(out, "O", "D3"), pair(out, "O", "D3", "fare")) == (140, 3200 + 0 + 0)
    assert (pair(out, "O", "D4"), pair(out, "O", "D4", "fare")) == (141, 3200 + 0 + 3200)


def test_overlapping_transfer_rules_follow_the_documented_precedence(conecta_plugin, tmp_path):
    """Three R$ 4.00 buses (S0 → S1 → S2 → S3) and four rules that all apply to a bus → bus transfer, in an order
    that defeats "first listed wins". By the precedence of docs/algorithms/fares.md a rule naming both fare types
    (rules 2, 3) comes before one naming the first (rule 4, 0.50) and before * → * (rule 1, 3.00); between rules
    naming both, the narrower range of transfers wins. The 1st transfer costs 1.00 (rule 2: rule 3 is for the 2nd
    transfer only), the 2nd 2.00 (rule 3 is narrower than rule 2): S2 for 4.00 + 1.00 = 5.00 at 07:25 and S3 for
    4.00 + 1.00 + 2.00 = 7.00 at 07:40."""
    data = {
        "fare_types": [{"id": "BUS", "fare": 4.00}],
        "default_type": "BUS",
        "max_discounted_transfers": 3,
        "transfers": [
            {"from": "*", "to": "*", "price": 3.00},
            {"from": "BUS", "to": "BUS", "price": 1.00},
            {"from": "BUS", "to": "BUS", "price": 2.00, "transfers": "2"},
            {"from": "BUS", "to": "*", "price": 0.50},
        ],
    }
    legs = [
        ("B1", 3, 0, "07:02", 1, "07:10"),
        ("B2", 3, 1, "07:15", 2, "07:25"),
        ("B3", 3, 2, "07:30", 3, "07:40"),
    ]
    log = Log()
    out = run_chain(
        chain_feed(tmp_path / "buses.zip", legs), [("D2", 2), ("D3", 3)], structure(tmp_path, data), log
    )
    assert (pair(out, "O", "D2"), pair(out, "O", "D2", "fare")) == (25, 4.00 + 1.00)
    assert (pair(out, "O", "D3"), pair(out, "O", "D3", "fare")) == (40, 4.00 + 1.00 + 2.00)
    assert "same precedence" not in log.text()


def test_fare_message_in_spanish(conecta_plugin, feed, tmp_path, spanish):
    assert str(spanish).endswith("conecta_es.qm")
    with pytest.raises(
        QgsProcessingException, match="Las tarifas no pueden ser negativas: 1 importes negativos"
    ):
        negative = structure(tmp_path, {"fare_types": [{"id": "BUS", "fare": -4.8}], "default_type": "BUS"})
        run_matrix(feed, FARE_STRUCTURE=negative)
    with pytest.raises(QgsProcessingException, match="Indique una estructura tarifaria"):
        run_matrix(feed, MAX_FARE=5.0)


# ----------------------------------------------------------------------------------------- affordability

CRS = "EPSG:31982"


def affordability_zones():
    """Zones A, B (incomes 1,000 and 500), C (NULL income), D (zero income), E (reaches no job)."""
    rows = [
        ("POINT(0 0)", ["A", 100, 1000.0, 0]),
        ("POINT(1000 0)", ["B", 200, 500.0, 10]),
        ("POINT(2000 0)", ["C", 50, None, 30]),
        ("POINT(3000 0)", ["D", 10, 0.0, 5]),
        ("POINT(4000 0)", ["E", 40, 2000.0, 0]),
    ]
    uri = f"Point?crs={CRS}&field=id:string&field=pop:integer&field=income:double&field=jobs:integer"
    return memory_layer(uri, rows, "zones")


def fare_matrix(tmp_path) -> str:
    rows = [("A", "B", 30, 4.0), ("A", "C", 50, 6.0), ("A", "C", 40, 8.0), ("A", "D", 70, 2.0),
            ("B", "B", 0, 0.0), ("B", "C", 20, 4.0), ("E", "A", 10, 4.0)]  # fmt: skip
    path = tmp_path / "fares.csv"
    pd.DataFrame(rows, columns=["from_id", "to_id", "travel_time", "fare"]).to_csv(path, index=False)
    return str(path)


def run_affordability(tmp_path, log=None, **extra):
    params = {
        "ZONES": affordability_zones(),
        "ZONES_ID": "id",
        "POPULATION": "pop",
        "INCOME": "income",
        "OPPORTUNITIES": "jobs",
        "TRAVEL_MATRIX": fare_matrix(tmp_path),
        "THRESHOLD": 25.0,
        "OUTPUT": "memory:",
        "DECILES": str(tmp_path / "deciles.csv"),
        "CHART": str(tmp_path / "chart.png"),
    }
    params.update(extra)
    result = processing.run("conecta:affordability", params, feedback=log or Log())
    layer = result["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "a", "ogr")
    names = layer.fields().names()
    zones = pd.DataFrame([dict(zip(names, f.attributes())) for f in layer.getFeatures()]).set_index("id")
    return zones, result


def test_affordability_by_zone_and_decile(conecta_plugin, tmp_path):
    """A: jobs-weighted fare (10 × 4.00 + 30 × 6.00) / 40 = 5.50, 44 trips = 242.00, 24.2 % of 1,000 (below
    25 %); B: (10 × 0 + 30 × 4.00) / 40 = 3.00 → 132.00, 26.4 % of 500 (above): 200 of 300 people."""
    log = Log()
    zones, result = run_affordability(tmp_path, log)
    assert zones.loc["A", "aff_fare"] == pytest.approx(5.5)
    assert zones.loc["A", "aff_month"] == pytest.approx(5.5 * 44)
    assert zones.loc["A", "aff_share"] == pytest.approx(100 * 5.5 * 44 / 1000)
    assert zones.loc["B", "aff_share"] == pytest.approx(100 * 3.0 * 44 / 500)
    assert (zones.loc["A", "aff_over"], zones.loc["B", "aff_over"]) == (0.0, 1.0)
    assert result["SHARE_ABOVE"] == pytest.approx(100 * 200 / 300)
    deciles = pd.read_csv(result["DECILES"])
    assert deciles["population"].sum() == 300
    assert (tmp_path / "chart.png").stat().st_size > 1000
    text = log.text()
    assert "2 zones (60 people) have a NULL, zero or negative income in income and are left out: C, D" in text
    assert "1 zones (40 people) reach no opportunity within 60 minutes and are left out: E" in text
    assert (
        "66.7 % of the population (300 people counted) spend more than 25 % of their income on commuting"
        in text
    )


def test_affordability_input_that_cannot_be_used_is_named_and_nothing_is_written(conecta_plugin, tmp_path):
    """A monthly pass of 0 (the parameter allows it: the core refuses it), negative fares and a matrix without
    the fare column: each refused with its message, no output file left behind."""
    frame = pd.read_csv(fare_matrix(tmp_path))
    negative, no_fare = tmp_path / "negative.csv", tmp_path / "nofare.csv"
    frame.assign(fare=frame["fare"] - 5).to_csv(negative, index=False)
    frame.drop(columns="fare").to_csv(no_fare, index=False)
    cases = [
        ({"MONTHLY_PASS": 0.0}, r"These affordability settings must be above 0: monthly_pass = 0\."),
        ({"TRAVEL_MATRIX": str(negative)}, r"The matrix has 4 negative fares: fares must be 0 or more\."),
        ({"TRAVEL_MATRIX": str(no_fare)}, "has no column fare"),
    ]
    outputs = {key: tmp_path / name for key, name in (("OUTPUT", "aff.gpkg"), ("DECILES", "deciles_out.csv"),
                                                       ("CHART", "aff.png"))}  # fmt: skip
    for extra, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            run_affordability(tmp_path, **{k: str(v) for k, v in outputs.items()}, **extra)
        assert not any(path.exists() for path in outputs.values())


def test_affordability_says_when_nothing_can_be_measured(conecta_plugin, tmp_path):
    """Every income NULL and one population NULL: each zone is left out and counted, the population NULL is
    counted as 0, and the log says there is nothing to measure (no share, no decile)."""
    rows = [("POINT(0 0)", ["A", None, None, 0]), ("POINT(1000 0)", ["B", 200, None, 10])]
    uri = f"Point?crs={CRS}&field=id:string&field=pop:integer&field=income:double&field=jobs:integer"
    log = Log()
    zones, result = run_affordability(tmp_path, log, ZONES=memory_layer(uri, rows, "zones"))
    text = log.text()
    assert (
        "2 zones (200 people) have a NULL, zero or negative income in income and are left out: A, B" in text
    )
    assert "1 zones have a NULL or negative population in pop: counted as 0." in text
    assert "No zone has both an income and a trip within the time: nothing to measure." in text
    assert np.isnan(result["SHARE_ABOVE"]) and pd.read_csv(result["DECILES"]).empty
    assert all(value == NULL for value in zones["aff_share"])


def test_transitmatrix_with_fares_then_affordability_in_a_model(conecta_plugin, feed, tmp_path):
    """A Processing model chaining the two as a planner builds it in the modeler: the matrix with fares of the
    one-bus city feeds affordability (A pays 4.80 × 44 = 211.20 a month to reach B's 10 jobs, 42.24 % of an
    income of 500 per capita; B walks to its own jobs for nothing)."""
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingModelChildParameterSource

    rows = [(f"POINT({ORIGIN[0]} {ORIGIN[1]})", ["A", 100, 500.0, 0]),
            (f"POINT({ORIGIN[0] + 2000} {ORIGIN[1]})", ["B", 200, 500.0, 10])]  # fmt: skip
    uri = f"Point?crs={CRS}&field=id:string&field=pop:integer&field=income:double&field=jobs:integer"
    zones = processing.run(
        "native:extractbyexpression",
        {"INPUT": memory_layer(uri, rows), "EXPRESSION": "TRUE", "OUTPUT": str(tmp_path / "zones.gpkg")},
    )["OUTPUT"]
    model = QgsProcessingModelAlgorithm("fares and affordability", "tests")
    model.addChildAlgorithm(
        model_step("matrix", "conecta:transitmatrix",
              {"GTFS": static([feed]), "DATE": static("2019-05-13"), "DEPARTURE_TIME": static("08:00"),
               "TIME_WINDOW": static(1), "ORIGINS": static(zones), "ORIGINS_ID": static("id"),
               "FARE_STRUCTURE": static(structure(tmp_path)), "SINGLE_COLUMN_NAME": static("travel_time")},
              ["OUTPUT"])
    )  # fmt: skip
    matrix = [QgsProcessingModelChildParameterSource.fromChildOutput("matrix", "OUTPUT")]
    model.addChildAlgorithm(
        model_step("affordability", "conecta:affordability",
              {"ZONES": static(zones), "ZONES_ID": static("id"), "POPULATION": static("pop"),
               "INCOME": static("income"), "OPPORTUNITIES": static("jobs"), "TRAVEL_MATRIX": matrix,
               "CHART": static(None)},
              ["OUTPUT", "DECILES"])
    )  # fmt: skip
    result = processing.run(
        model,
        {"matrix:OUTPUT": str(tmp_path / "matrix.csv"), "affordability:OUTPUT": str(tmp_path / "aff.gpkg"),
         "affordability:DECILES": str(tmp_path / "deciles.csv")},
    )  # fmt: skip
    layer = QgsVectorLayer(result["affordability:OUTPUT"], "affordability", "ogr")
    share = {f["id"]: f["aff_share"] for f in layer.getFeatures()}
    assert share == {"A": pytest.approx(100 * 4.80 * 44 / 500), "B": 0.0}
    assert pd.read_csv(result["affordability:DECILES"])["population"].sum() == 300


def test_affordability_on_belo_horizonte_land_use(conecta_plugin, tmp_path):
    """Belo Horizonte's land use has incomes (78 zones without): with its public-transport matrix and a flat
    R$ 4.50 fare per trip (an assumption for the test: the matrix has no fares), the poorest decile spends the
    largest share of its income, and the 78 zones are counted."""
    matrix = pd.read_csv(shared("belo_horizonte", "travel_matrix.csv.gz"))
    path = tmp_path / "bh.csv"
    matrix.assign(fare=np.where(matrix["from_id"] == matrix["to_id"], 0.0, 4.50)).to_csv(path, index=False)
    zones = QgsVectorLayer(str(shared("belo_horizonte", "bho_hex_h3res9.geojson")), "bh", "ogr")
    log = Log()
    result = processing.run(
        "conecta:affordability",
        {"ZONES": zones, "ZONES_ID": "id", "POPULATION": "population", "INCOME": "income_per_capita",
         "OPPORTUNITIES": "jobs", "TRAVEL_MATRIX": str(path), "OUTPUT": "memory:",
         "DECILES": str(tmp_path / "bh_deciles.csv"), "CHART": str(tmp_path / "bh.png")},
        feedback=log,
    )  # fmt: skip
    deciles = pd.read_csv(result["DECILES"]).set_index("decile")
    assert deciles["mean_share_pct"].idxmax() == 1
    assert "78 zones" in log.text()


def test_city_report_shows_budget_access_and_affordability(conecta_plugin, sample_gpkg, tmp_path):
    """The sample city's zones with a jobs field counted within 60 minutes and R$ 4.80 (here a copy of its
    jobs, as conecta:accessibility would name it), and an affordability table by decile."""
    zones = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    names = zones.fields().names()
    jobs = next(n for n in names if "job" in n.lower())
    population = next(n for n in names if "pop" in n.lower())
    memory = processing.run(
        "native:fieldcalculator",
        {"INPUT": zones, "FIELD_NAME": "acc_jobs_60_fare4_8", "FIELD_TYPE": 0, "FORMULA": f'"{jobs}"',
         "OUTPUT": "memory:"},
    )["OUTPUT"]  # fmt: skip
    table = tmp_path / "deciles.csv"
    pd.DataFrame(
        {"decile": [1, 2], "population": [100.0, 200.0], "mean_share_pct": [24.2, 26.4],
         "share_above_pct": [0.0, 100.0], "monthly_cost": [242.0, 132.0], "income": [1000.0, 500.0]}
    ).to_csv(table, index=False)  # fmt: skip
    result = processing.run(
        "conecta:report",
        {"ZONES": memory, "ACCESS_FIELDS": ["acc_jobs_60_fare4_8"], "POPULATION": population,
         "AFFORDABILITY": str(table), "CITY_NAME": "Porto Alegre", "LANGUAGE": 1,
         "OUTPUT_HTML": str(tmp_path / "report.html"), "OUTPUT_PDF": None},
    )  # fmt: skip
    html = open(result["OUTPUT_HTML"], encoding="utf-8").read()
    assert "fare at most 4.80" in html
    assert "Affordability of public transport by income decile" in html
    assert "26.4 %" in html and "deciles.csv" in html
