"""Fares through Processing: conecta:transitmatrix with a fare structure (fastest journey within a budget, the
time × fare frontier, bad fare input named), conecta:affordability (hand-computed shares, income NULLs and
zeros left out and counted), and the city report's affordability section.

The hand-made city (layers.bus_line_feed): zones A (x = 0) and B (x = 2,000 m), bus R from S1 (x = 300) to S2
(x = 1,800) at 08:06 and 08:16 taking 10 minutes; walking in a straight line × 1.3 at 1 m/s: at 08:00 A is at S1
at 08:06:30 (the 08:06 bus has left), takes the 08:16 bus to S2 (08:26) and walks 260 s: B at 08:30:20 (30 min).
"""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pandas as pd
import processing
import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from data_paths import shared
from feedback_log import Log
from layers import ORIGIN, bus_line_feed, memory_layer

BUS = {"fare_types": [{"id": "BUS", "fare": 4.80}], "routes": [{"mode": "bus", "fare_type": "BUS"}]}


@pytest.fixture()
def feed(tmp_path):
    return bus_line_feed(tmp_path / "feed.zip")


def run_matrix(feed_path, log=None, **extra):
    """conecta:transitmatrix from A and B (08:00, one departure minute, straight-line walking) as a frame."""
    rows = [(f"POINT({ORIGIN[0] + x} {ORIGIN[1]})", [key]) for key, x in (("A", 0), ("B", 2000))]
    params = {
        "GTFS": [feed_path],
        "DATE": "2019-05-13",
        "DEPARTURE_TIME": "08:00",
        "TIME_WINDOW": 1,
        "PERCENTILES": "50",
        "ORIGINS": memory_layer("Point?crs=EPSG:31982&field=id:string", rows, "zones"),
        "ORIGINS_ID": "id",
        "OUTPUT": "memory:",
        **extra,
    }
    result = processing.run("conecta:transitmatrix", params, feedback=log or Log())
    out = result["OUTPUT"]
    if isinstance(out, str) and out.endswith(".csv"):
        return pd.read_csv(out), result
    layer = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out, "m", "ogr")
    names = layer.fields().names()
    rows = [dict(zip(names, (None if v == NULL else v for v in f.attributes()))) for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=names), result


def pair(frame, o, d, column="travel_time_p50"):
    got = frame.loc[(frame["from_id"] == o) & (frame["to_id"] == d), column]
    return None if got.empty else got.iloc[0]


def structure(tmp_path, data=None, name="fares.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data or BUS), encoding="utf-8")
    return str(path)


def digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


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


def test_r5r_zip_naming_other_routes_is_refused_with_the_routes_listed(conecta_plugin, feed):
    """r5r's Porto Alegre structure prices EPTC and Trensurb routes only: route R of this feed has no fare."""
    with pytest.raises(
        QgsProcessingException, match=r"1 routes of the feed have no fare in the fare structure \(R\)"
    ):
        run_matrix(feed, FARE_STRUCTURE=shared("porto_alegre", "fares_poa.zip"))


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
    with pytest.raises(QgsProcessingException, match="Fare structure file not found"):
        run_matrix(feed, FARE_STRUCTURE=str(tmp_path / "absent.json"))


def test_unknown_routes_agencies_modes_and_overlapping_rules_are_warned(conecta_plugin, feed, tmp_path):
    data = {
        "fare_types": [{"id": "BUS", "fare": 4.8}],
        "routes": [
            {"route_id": "NOPE", "fare_type": "BUS"},
            {"agency_id": "GHOST", "fare_type": "BUS"},
            {"mode": "hovercraft", "fare_type": "BUS"},
        ],
        "default_type": "BUS",
        "transfers": [{"from": "BUS", "to": "BUS", "price": 1.0}, {"from": "BUS", "to": "BUS", "price": 2.0}],
    }
    log = Log()
    out, _ = run_matrix(feed, log, FARE_STRUCTURE=structure(tmp_path, data))
    text = log.text()
    assert "The fare structure names 1 routes that the feed does not have (ignored): NOPE" in text
    assert "The fare structure names 1 agencies that the feed does not have (ignored): GHOST" in text
    assert "The fare structure names 1 modes that the feed does not have (ignored): hovercraft" in text
    assert (
        "Transfer rules 1 and 2 both apply to BUS → BUS with the same precedence: rule 1, listed first, is used."
        in text
    )
    assert "1 routes no assignment names take the default fare type." in text
    assert pair(out, "A", "B", "fare") == 4.8


def test_fare_message_in_spanish(conecta_plugin, feed, tmp_path):
    from qgis.core import QgsSettings

    from conecta.translation import install_translator

    settings = QgsSettings()
    old = settings.value("locale/userLocale"), settings.value("locale/overrideFlag")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "es")
    try:
        assert str(install_translator()).endswith("conecta_es.qm")
        with pytest.raises(
            QgsProcessingException, match="Las tarifas no pueden ser negativas: 1 importes negativos"
        ):
            negative = structure(
                tmp_path, {"fare_types": [{"id": "BUS", "fare": -4.8}], "default_type": "BUS"}
            )
            run_matrix(feed, FARE_STRUCTURE=negative)
        with pytest.raises(QgsProcessingException, match="Indique una estructura tarifaria"):
            run_matrix(feed, MAX_FARE=5.0)
    finally:
        settings.setValue("locale/userLocale", old[0] or "")
        settings.setValue("locale/overrideFlag", old[1] or False)
        install_translator("en")


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


def test_affordability_settings_that_cannot_be_used(conecta_plugin, tmp_path):
    with pytest.raises(QgsProcessingException, match="The matrix has 4 negative fares"):
        path = tmp_path / "neg.csv"
        frame = pd.read_csv(fare_matrix(tmp_path))
        frame.assign(fare=frame["fare"] - 5).to_csv(path, index=False)
        run_affordability(tmp_path, TRAVEL_MATRIX=str(path))
    with pytest.raises(QgsProcessingException, match="fare"):
        path = tmp_path / "nofare.csv"
        pd.read_csv(fare_matrix(tmp_path)).drop(columns="fare").to_csv(path, index=False)
        run_affordability(tmp_path, TRAVEL_MATRIX=str(path))


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
