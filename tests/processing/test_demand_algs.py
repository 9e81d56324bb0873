"""Mobility demand through Processing: trip generation, gravity distribution, mode split, desire lines — the
methods by hand and against textbook examples, and every bad input a planner can give them: a clear message
(or the documented handling with a warning), input files unchanged, no output left half-written."""

import json
import math
import os

import numpy as np
import pandas as pd
import processing
import pytest
from processing_helpers import context_with, digest
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from data_paths import shared
from feedback_log import Log
from layers import memory_layer, table_layer

OD_FIELDS = ["from_id:integer", "to_id:integer", "trips:double"]
BOW_TIE = "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))"  # self-intersecting: invalid for GEOS


def long_matrix(cost, ids=None, skip=(), name="travel_time"):
    """A long cost table of the square matrix ``cost`` (pairs in ``skip`` left out)."""
    ids = ids or list(range(1, len(cost) + 1))
    rows = [
        (ids[i], ids[j], float(cost[i][j]))
        for i in range(len(ids))
        for j in range(len(ids))
        if (i, j) not in skip
    ]
    return table_layer(["from_id:integer", "to_id:integer", f"{name}:double"], rows)


def zones_table(productions, attractions, ids=None):
    ids = ids or list(range(1, len(productions) + 1))
    return table_layer(
        ["id:integer", "productions:double", "attractions:double"], list(zip(ids, productions, attractions))
    )


def run(algorithm, parameters, log=None, context=None):
    return processing.run(f"conecta:{algorithm}", parameters, context=context, feedback=log or Log())


def productions_regression(zones, **extra):
    """conecta:tripgeneration's parameters for productions by regression of field observed on population."""
    return {
        "ZONES": zones,
        "PRODUCTION_METHOD": 2,
        "PRODUCTION_FIELDS": ["population"],
        "PRODUCTION_OBSERVED": "observed",
        "OUTPUT": "memory:",
        **extra,
    }


def rows(layer, *fields):
    return [tuple(f[name] for name in fields) for f in layer.getFeatures()]


def od_dense(layer, n, value="trips", offset=1):
    matrix = np.zeros((n, n))
    for f in layer.getFeatures():
        matrix[f["from_id"] - offset, f["to_id"] - offset] = f[value]
    return matrix


def furness_reference(weights, o, d, iterations):
    """Textbook Furness (O&W 2011, ch. 5): alternate row and column scaling, plain loops."""
    t = np.array(weights, dtype=float)
    for _ in range(iterations):
        t *= (np.asarray(o) / t.sum(axis=1))[:, None]
        t *= (np.asarray(d) / t.sum(axis=0))[None, :]
    return t


def csv_file(path, columns: dict):
    """A CSV file of ``columns`` (name → values), and its SHA-256 to check it is never modified."""
    pd.DataFrame(columns).to_csv(path, index=False)
    return str(path), digest(path)


@pytest.fixture(scope="module")
def textbook():
    with open(shared("textbook", "trip_distribution_inputs.json"), encoding="utf-8") as fh:
        return json.load(fh)


# ------------------------------------------------------------------ trip generation


def income_zones():
    return table_layer(
        ["id:integer", "income:string", "size:integer", "population:double", "jobs:double", "schools:double"],
        [
            (1, "low", 1, 100.0, 10.0, 1.0),
            (2, "high", 2, 50.0, None, 0.0),
            (3, None, 1, 10.0, 5.0, 0.0),
            (4, "middle", 2, 5.0, 5.0, 1.0),
        ],
    )


def persons_by_income(**extra):
    """conecta:tripgeneration's parameters: cross-classification of the persons (field population) of
    ``income_zones()`` by income."""
    return {
        "ZONES": income_zones(),
        "CATEGORY_FIELDS": ["income"],
        "COUNT_FIELD": "population",
        "OUTPUT": "memory:",
        **extra,
    }


def test_trip_generation_cross_classification_with_lac_rates_by_hand(conecta_plugin):
    log = Log()
    result = run("tripgeneration", persons_by_income(), log)
    out = rows(result["OUTPUT"], "id", "productions", "attractions")
    # default LAC rates 1.6 / 2.0 / 2.5 (methods.md): 100×1.6, 50×2.5, NULL income → 0, 5×2.0
    assert [p for _, p, _ in out] == pytest.approx([160.0, 125.0, 0.0, 10.0])
    # attractions = jobs (NULL → 0) scaled to 295 productions: 295 / 20 = 14.75
    assert [a for _, _, a in out] == pytest.approx([147.5, 0.0, 73.75, 73.75])
    assert result["TOTAL_PRODUCTIONS_BEFORE"] == pytest.approx(295.0)
    assert result["TOTAL_ATTRACTIONS_BEFORE"] == pytest.approx(20.0)
    assert result["TOTAL_ATTRACTIONS"] == pytest.approx(295.0)
    assert result["ATTRACTION_FACTOR"] == pytest.approx(14.75)
    assert "1 zones have no category (NULL)" in log.text()
    assert "1 NULL values in the attractions fields" in log.text()
    assert "Balance: total productions 295.0 and attractions 20.0 before" in log.text()


def test_trip_generation_two_categories_rate_table_layer_and_mean_balance(conecta_plugin):
    rates = table_layer(
        ["income:string", "size:integer", "rate:double"],
        [("low", 1, 1.0), ("high", 2, 3.0), ("middle", 2, 2.0), ("low", 2, 9.0)],
    )
    result = run(
        "tripgeneration",
        {
            "ZONES": income_zones(),
            "CATEGORY_FIELDS": ["income", "size"],
            "COUNT_FIELD": "population",
            "RATE_TABLE": rates,
            "RATE_FIELD": "rate",
            "ATTRACTION_FIELDS": ["jobs", "schools"],
            "ATTRACTION_RATES": "1; 10",
            "BALANCE": 2,
            "OUTPUT": "memory:",
        },
    )
    # productions 100×1 + 50×3 + 0 + 5×2 = 260; attractions 10+10, 0, 5, 5+10 = 40; mean 150
    assert result["TOTAL_PRODUCTIONS_BEFORE"] == pytest.approx(260.0)
    assert result["TOTAL_ATTRACTIONS_BEFORE"] == pytest.approx(40.0)
    assert result["PRODUCTION_FACTOR"] == pytest.approx(150 / 260)
    out = rows(result["OUTPUT"], "productions", "attractions")
    assert [a for _, a in out] == pytest.approx([20 * 150 / 40, 0.0, 5 * 150 / 40, 15 * 150 / 40])
    # the same rates typed in the matrix parameter give the same productions
    typed = run(
        "tripgeneration",
        {
            "ZONES": income_zones(),
            "CATEGORY_FIELDS": ["income", "size"],
            "RATES": ["low;1", 1.0, "high;2", 3.0, "middle;2", 2.0],
            "BALANCE": 3,
            "OUTPUT": "memory:",
        },
    )
    assert [p for p, _ in rows(typed["OUTPUT"], "productions", "attractions")] == pytest.approx(
        [100.0, 150.0, 0.0, 10.0]
    )


def test_trip_generation_rates_from_an_od_survey_by_hand(conecta_plugin):
    # survey: low income 3 trips expanded ×10 = 30 over 2 persons ×6 = 12 → 2.5 trips/person;
    # high income 4 trips ×5 = 20 over 1 person ×8 = 8 → 2.5; middle: 1 trip (×4) over 4 persons (×1) → 1.0;
    # "other" has trips but nobody surveyed: no rate, reported
    trips = table_layer(
        ["income:string", "factor:double"],
        [("low", 10.0)] * 3 + [("high", 5.0)] * 4 + [("middle", 4.0), ("other", 1.0)],
    )
    persons = table_layer(
        ["income:string", "factor:double"],
        [("low", 6.0), ("low", 6.0), ("high", 8.0)] + [("middle", 1.0)] * 4,
    )
    log = Log()
    surveys = {"SURVEY_TRIPS": trips, "SURVEY_PERSONS": persons}
    weights = {"SURVEY_TRIP_WEIGHT": "factor", "SURVEY_PERSON_WEIGHT": "factor"}
    result = run("tripgeneration", persons_by_income(**surveys, **weights, BALANCE=3), log)
    # zones: low 100 persons, high 50, NULL income 10, middle 5
    out = [p for (p,) in rows(result["OUTPUT"], "productions")]
    assert out == pytest.approx([250.0, 125.0, 0.0, 4.0 / 4.0 * 5.0])
    assert "low: 2.5 = 30 / 12" in log.text() and "middle: 1 = 4 / 4" in log.text()
    assert "1 categories have surveyed trips but no persons" in log.text() and "other" in log.text()
    # without expansion factors: low 3 / 2, high 4 / 1, middle 1 / 4
    plain = run(
        "tripgeneration",
        {
            "ZONES": income_zones(),
            "CATEGORY_FIELDS": ["income"],
            "SURVEY_TRIPS": trips,
            "SURVEY_PERSONS": persons,
            "BALANCE": 3,
            "OUTPUT": "memory:",
        },
    )
    assert [p for (p,) in rows(plain["OUTPUT"], "productions")] == pytest.approx([150.0, 200.0, 0.0, 1.25])
    ignored = Log()
    run(
        "tripgeneration",
        {
            "ZONES": income_zones(),
            "PRODUCTION_METHOD": 1,
            "PRODUCTION_FIELDS": ["population"],
            "SURVEY_TRIPS": trips,
            "SURVEY_PERSONS": persons,
            "OUTPUT": "memory:",
        },
        ignored,
    )
    assert "used only by cross-classification and were ignored" in ignored.text()
    survey_only = {"ZONES": income_zones(), "CATEGORY_FIELDS": ["income"], "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match="both the trips table and the persons table"):
        run("tripgeneration", {**survey_only, "SURVEY_TRIPS": trips})
    no_field = table_layer(["group:string"], [("low",)])
    with pytest.raises(QgsProcessingException, match="persons table has no field income"):
        run("tripgeneration", {**survey_only, "SURVEY_TRIPS": trips, "SURVEY_PERSONS": no_field})
    empty = table_layer(["income:string"], [])
    with pytest.raises(QgsProcessingException, match="The survey's persons table is empty"):
        run("tripgeneration", {**survey_only, "SURVEY_TRIPS": trips, "SURVEY_PERSONS": empty})


def test_trip_generation_regression_predicts_unobserved_zones(conecta_plugin):
    # observed trips follow 10 + 2 × population exactly, so OLS recovers it; zone 4 is predicted
    zones = table_layer(
        ["id:integer", "population:double", "jobs:double", "observed:double"],
        [(1, 100.0, 1.0, 210.0), (2, 50.0, 1.0, 110.0), (3, 20.0, 1.0, 50.0), (4, 70.0, 1.0, None)],
    )
    log = Log()
    result = run("tripgeneration", productions_regression(zones, BALANCE=3), log)
    assert [p for (p,) in rows(result["OUTPUT"], "productions")] == pytest.approx([210.0, 110.0, 50.0, 150.0])
    assert "R² = 1.000" in log.text() and "3 zones observed, 1 predicted" in log.text()


def test_trip_generation_regression_zones_that_cannot_be_predicted_get_zero(conecta_plugin):
    # fit on zones 1-3: 10 + 2 × population; zone 4 has no population (cannot be predicted), zone 5 is
    # predicted 10 + 2 × (-20) = -30 (negative): both get 0, said in a warning
    zones = table_layer(
        ["population:double", "observed:double"],
        [(100.0, 210.0), (50.0, 110.0), (20.0, 50.0), (None, None), (-20.0, None)],
    )
    log = Log()
    result = run(
        "tripgeneration", productions_regression(zones, ATTRACTION_FIELDS=["population"], BALANCE=3), log
    )
    assert [p for (p,) in rows(result["OUTPUT"], "productions")] == pytest.approx(
        [210.0, 110.0, 50.0, 0.0, 0.0]
    )
    assert (
        "1 zones could not be predicted (NULL explanatory values) and 1 got a negative prediction"
        in log.text()
    )
    # two parameters (intercept and slope) need two zones with an observed value: one is too few
    one = table_layer(["population:double", "observed:double"], [(100.0, 210.0), (50.0, None)])
    with pytest.raises(
        QgsProcessingException, match="Too few zones have an observed value in field observed"
    ):
        run("tripgeneration", productions_regression(one, ATTRACTION_FIELDS=["population"]))
    with pytest.raises(QgsProcessingException, match="attractions regression needs explanatory fields"):
        run(
            "tripgeneration",
            {
                "ZONES": one,
                "PRODUCTION_METHOD": 1,
                "PRODUCTION_FIELDS": ["population"],
                "ATTRACTION_METHOD": 1,
                "ATTRACTION_FIELDS": ["population"],
                "OUTPUT": "memory:",
            },
        )


def test_trip_generation_sample_city_population_times_rate(conecta_plugin, sample_gpkg):
    zones = f"{sample_gpkg}|layername=zones"
    result = run(
        "tripgeneration",
        {
            "ZONES": zones,
            "PRODUCTION_METHOD": 1,
            "PRODUCTION_FIELDS": ["population"],
            "PRODUCTION_RATES": "2.0",
            "ATTRACTION_FIELDS": ["jobs"],
            "OUTPUT": "memory:",
        },
    )
    # 812,935 inhabitants (data README) × 2.0 trips per inhabitant per day (CAF average, methods.md)
    assert result["TOTAL_PRODUCTIONS"] == pytest.approx(2 * 812935)
    assert result["TOTAL_ATTRACTIONS_BEFORE"] == pytest.approx(337921)
    assert result["OUTPUT"].featureCount() == 1227


def test_trip_generation_bad_input_messages(conecta_plugin):
    zones = {"ZONES": income_zones(), "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match="category field"):
        run("tripgeneration", zones)
    with pytest.raises(QgsProcessingException, match="2 category fields"):
        run("tripgeneration", {**zones, "CATEGORY_FIELDS": ["income", "size"], "RATES": ["low", 1]})
    with pytest.raises(
        QgsProcessingException, match="Field income holds text that is not a number, e.g. 'low'"
    ):
        run("tripgeneration", {**zones, "PRODUCTION_METHOD": 1, "PRODUCTION_FIELDS": ["income"]})
    with pytest.raises(QgsProcessingException, match="2 attractions fields but 3 rates"):
        run(
            "tripgeneration",
            {
                **zones,
                "CATEGORY_FIELDS": ["income"],
                "ATTRACTION_FIELDS": ["jobs", "schools"],
                "ATTRACTION_RATES": "1,2,3",
            },
        )
    with pytest.raises(QgsProcessingException, match="The productions rates 'two' are not numbers"):
        run(
            "tripgeneration",
            {**zones, "PRODUCTION_METHOD": 1, "PRODUCTION_FIELDS": ["population"], "PRODUCTION_RATES": "two"},
        )
    with pytest.raises(QgsProcessingException, match="Choose at least one productions field"):
        run("tripgeneration", {**zones, "PRODUCTION_METHOD": 1})
    categories = {**zones, "CATEGORY_FIELDS": ["income"]}
    for rates in (["low", -1.0, "high", 2.5], ["low", "many", "high", 2.5]):
        with pytest.raises(QgsProcessingException, match="Every trip rate must be a number of zero or more"):
            run("tripgeneration", {**categories, "RATES": rates})
    with pytest.raises(QgsProcessingException, match=r"repeats a category \(low\)"):
        run("tripgeneration", {**categories, "RATES": ["low", 1.6, "low", 2.0]})
    no_rate_field = table_layer(["income:string", "value:double"], [("low", 1.0)])
    with pytest.raises(QgsProcessingException, match="The rate table has no field rate"):
        run("tripgeneration", {**categories, "RATE_TABLE": no_rate_field})
    with pytest.raises(QgsProcessingException, match="need different names"):
        run("tripgeneration", {**categories, "PRODUCTIONS_NAME": "trips", "ATTRACTIONS_NAME": "trips"})


def test_trip_generation_warns_about_null_counts_and_categories_without_a_rate(conecta_plugin):
    zones = table_layer(
        ["income:string", "population:double", "jobs:double"],
        [("low", 100.0, 10.0), ("high", None, 10.0), ("middle", 20.0, 10.0)],
    )
    log = Log()
    result = run(
        "tripgeneration",
        {
            "ZONES": zones,
            "CATEGORY_FIELDS": ["income"],
            "RATES": ["low", 1.6, "high", 2.5],
            "BALANCE": 3,
            "OUTPUT": "memory:",
        },
        log,
    )
    # 100 × 1.6; NULL population → 0; "middle" has no rate → 0
    assert [p for (p,) in rows(result["OUTPUT"], "productions")] == pytest.approx([160.0, 0.0, 0.0])
    assert "1 zones have no value in field population: counted as 0." in log.warnings
    assert "1 zones belong to categories without a rate and produce no trips: middle." in log.warnings
    assert "Not balanced: total productions 160.0, total attractions 30.0." in log.infos


def test_trip_generation_balancing_a_zero_total(conecta_plugin):
    """Scaling a zero total to a positive one is refused; two zero totals need no scaling (factors 1)."""
    zones = table_layer(["population:double", "jobs:double"], [(100.0, 0.0), (50.0, 0.0)])
    parameters = {
        "ZONES": zones,
        "PRODUCTION_METHOD": 1,
        "PRODUCTION_FIELDS": ["population"],
        "ATTRACTION_FIELDS": ["jobs"],
        "OUTPUT": "memory:",
    }
    for balance in (0, 1, 2):
        with pytest.raises(
            QgsProcessingException,
            match=r"Cannot balance: total productions are 300\.0 and total attractions 0\.0\. Check the fields",
        ):
            run("tripgeneration", {**parameters, "BALANCE": balance})
    unbalanced = run("tripgeneration", {**parameters, "BALANCE": 3})
    assert unbalanced["TOTAL_PRODUCTIONS"] == 300.0 and unbalanced["TOTAL_ATTRACTIONS"] == 0.0
    nothing = run("tripgeneration", {**parameters, "PRODUCTION_RATES": "0"})
    assert (nothing["PRODUCTION_FACTOR"], nothing["ATTRACTION_FACTOR"]) == (1.0, 1.0)
    assert nothing["TOTAL_PRODUCTIONS"] == 0.0


def test_trip_generation_replaces_a_field_of_the_same_name_with_a_warning(conecta_plugin):
    zones = table_layer(["population:double", "productions:string"], [(10.0, "old")])
    log = Log()
    result = run(
        "tripgeneration",
        {
            "ZONES": zones,
            "PRODUCTION_METHOD": 1,
            "PRODUCTION_FIELDS": ["population"],
            "ATTRACTION_FIELDS": ["population"],
            "OUTPUT": "memory:",
        },
        log,
    )
    assert result["OUTPUT"].fields().names() == ["population", "productions", "attractions"]
    assert rows(result["OUTPUT"], "productions") == [(20.0,)]
    assert "already has fields productions: the output holds the new values." in log.text()


def square_zones(first=None, null_id=False):
    """Three 100 m squares side by side (EPSG:31982): points on surface are their centres. ``first``
    replaces the first one's geometry (a bow tie, say)."""
    polygons = [
        f"POLYGON(({100 * k} 0, {100 * k + 100} 0, {100 * k + 100} 100, {100 * k} 100, {100 * k} 0))"
        for k in range(3)
    ]
    if first is not None:
        polygons[0] = first
    ids = [None if null_id and k == 1 else k + 1 for k in range(3)]
    return memory_layer(
        "Polygon?crs=EPSG:31982&field=id:integer&field=population:double",
        [(wkt, [ids[k], 10.0 * (k + 1)]) for k, wkt in enumerate(polygons)],
        "census zones",
    )


def test_trip_generation_invalid_geometry_in_the_three_settings(conecta_plugin):
    parameters = {
        "PRODUCTION_METHOD": 1,
        "PRODUCTION_FIELDS": ["population"],
        "ATTRACTION_FIELDS": ["population"],
        "OUTPUT": "memory:",
    }
    zones = square_zones(BOW_TIE)
    with pytest.raises(
        QgsProcessingException, match="Feature \\(1\\) from “census zones” has invalid geometry"
    ):
        run(
            "tripgeneration",
            {**parameters, "ZONES": zones},
            context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid),
        )
    log = Log()
    skipped = run(
        "tripgeneration",
        {**parameters, "ZONES": zones},
        log,
        context_with(QgsFeatureRequest.GeometrySkipInvalid),
    )["OUTPUT"]
    assert rows(skipped, "id", "productions") == [(2, 40.0), (3, 60.0)]
    assert "1 features of census zones have an invalid geometry and were skipped (ids 1)." in log.warnings
    kept = run(
        "tripgeneration",
        {**parameters, "ZONES": zones},
        context=context_with(QgsFeatureRequest.GeometryNoCheck),
    )["OUTPUT"]
    assert rows(kept, "id", "productions") == [(1, 20.0), (2, 40.0), (3, 60.0)]
    assert not next(kept.getFeatures()).geometry().isGeosValid()  # copied as it is, never changed


# ------------------------------------------------------------------ trip distribution


def test_ow_gravity_exponential_through_processing_matches_furness_and_core(conecta_plugin, textbook):
    from conecta.core.demand import Deterrence, gravity_distribution

    ex = textbook["OW2011_gravity_exp0.1"]  # O&W (2011) pp. 184-189, f = exp(-0.1 c)
    cost = np.array(ex["cost"])
    log = Log()
    textbook_city = {
        "ZONES": zones_table(ex["O"], ex["D"]),
        "ZONES_ID": "id",
        "COST_MATRIX": long_matrix(cost),
        "TOLERANCE": 1e-10,
        "OUTPUT": "memory:",
    }
    result = run("tripdistribution", {**textbook_city, "BETA": 0.1}, log)
    trips = od_dense(result["OUTPUT"], 4)
    np.testing.assert_allclose(
        trips, furness_reference(np.exp(-0.1 * cost), ex["O"], ex["D"], 500), rtol=1e-8
    )
    core = gravity_distribution(ex["O"], ex["D"], cost, Deterrence("exponential", beta=0.1), tolerance=1e-10)
    np.testing.assert_allclose(trips, core.trips, rtol=1e-12)
    assert result["CONVERGED"] is True
    assert result["TOTAL_TRIPS"] == pytest.approx(1962.0)
    assert result["MEAN_COST"] == pytest.approx(float((trips * cost).sum() / trips.sum()))
    assert od_dense(result["OUTPUT"], 4, "cost") == pytest.approx(cost)
    assert "balancing iterations" in log.text() and "beta = 0.1" in log.text()

    # Hyman: calibrating to the mean cost the model gave with β = 0.1 recovers β = 0.1
    log = Log()
    calibrated = run(
        "tripdistribution", {**textbook_city, "CALIBRATE_TO_MEAN_COST": result["MEAN_COST"]}, log
    )
    assert calibrated["BETA"] == pytest.approx(0.1, rel=1e-3)
    assert calibrated["MEAN_COST"] == pytest.approx(result["MEAN_COST"], rel=1e-4)
    assert "Hyman calibration: β = 0.1" in log.text()


def test_production_constrained_power_by_hand_and_unbalanced_totals(conecta_plugin):
    cost = np.array([[1.0, 2.0, 4.0], [2.0, 1.0, 2.0], [4.0, 2.0, 1.0]])
    o, d = [100.0, 50.0, 0.0], [10.0, 20.0, 40.0]
    result = run(
        "tripdistribution",
        {
            "ZONES": zones_table(o, d),
            "ZONES_ID": "id",
            "COST_MATRIX": long_matrix(cost),
            "DETERRENCE": 1,
            "BETA": 2.0,
            "CONSTRAINT": 1,
            "OUTPUT": "memory:",
        },
    )
    # T_ij = O_i D_j c_ij^-2 / Σ_k D_k c_ik^-2, written out for origin 1: weights 10, 5, 2.5
    trips = od_dense(result["OUTPUT"], 3)
    assert trips[0] == pytest.approx([100 * 10 / 17.5, 100 * 5 / 17.5, 100 * 2.5 / 17.5])
    assert trips[1] == pytest.approx([50 * 2.5 / 32.5, 50 * 20 / 32.5, 50 * 10 / 32.5])
    assert trips[2] == pytest.approx([0, 0, 0])

    # doubly constrained with totals 150 vs 70: attractions scaled by 150/70 and said so
    log = Log()
    doubly = run(
        "tripdistribution",
        {"ZONES": zones_table(o, d), "ZONES_ID": "id", "COST_MATRIX": long_matrix(cost), "OUTPUT": "memory:"},
        log,
    )
    trips = od_dense(doubly["OUTPUT"], 3)
    assert trips.sum(axis=1) == pytest.approx(o, rel=1e-6)
    assert trips.sum(axis=0) == pytest.approx(np.array(d) * 150 / 70, rel=1e-6)
    assert "attractions were scaled to total productions" in log.text()
    assert "attractions × 2.14286" in log.text()
    assert "1 zones have 0 in field productions." in log.infos


def test_missing_pairs_intrazonal_rule_and_table_deterrence(conecta_plugin):
    # diagonal absent and pair 1→3 / 3→1 missing: intrazonal = half the nearest other zone
    cost = [[0, 10, 0], [10, 0, 30], [0, 30, 0]]
    matrix = long_matrix(cost, skip={(0, 0), (1, 1), (2, 2), (0, 2), (2, 0)})
    log = Log()
    ten_each = {
        "ZONES": zones_table([10.0, 10.0, 10.0], [10.0, 10.0, 10.0]),
        "ZONES_ID": "id",
        "COST_MATRIX": matrix,
        "OUTPUT": "memory:",
    }
    result = run(
        "tripdistribution",
        {**ten_each, "DETERRENCE": 3, "DETERRENCE_TABLE": [6, 1.0, 20, 0.5, 40, 0.25]},
        log,
    )
    costs = od_dense(result["OUTPUT"], 3, "cost")
    assert np.diag(costs) == pytest.approx([5.0, 5.0, 15.0])
    trips = od_dense(result["OUTPUT"], 3)
    assert trips[0, 2] == 0 and trips[2, 0] == 0
    # factors: 5 → 1.0, 10 → 0.5, 15 → 0.5, 30 → 0.25; balanced weights by an independent Furness
    weights = np.array([[1.0, 0.5, 0.0], [0.5, 1.0, 0.25], [0.0, 0.25, 0.5]])
    np.testing.assert_allclose(trips, furness_reference(weights, [10] * 3, [10] * 3, 2000), rtol=1e-5)
    assert "2 of 9 origin-destination pairs have no cost" in log.text()
    assert "3 zones have no cost (or zero) for trips within the zone" in log.text()
    # a cost for trips within a zone replaces every diagonal cost (and is not reported as filled)
    log = Log()
    given = run("tripdistribution", {**ten_each, "INTRAZONAL_COST": 2.5}, log)
    assert np.diag(od_dense(given["OUTPUT"], 3, "cost")) == pytest.approx([2.5, 2.5, 2.5])
    assert "for trips within the zone" not in log.text()


def test_deterrence_table_messages(conecta_plugin):
    parameters = {
        "ZONES": zones_table([10.0, 10.0], [10.0, 10.0]),
        "ZONES_ID": "id",
        "COST_MATRIX": long_matrix([[1, 5], [5, 1]]),
        "DETERRENCE": 3,
        "OUTPUT": "memory:",
    }
    with pytest.raises(QgsProcessingException, match="must hold numbers only"):
        run("tripdistribution", {**parameters, "DETERRENCE_TABLE": ["ten", 1.0]})
    for table in ([20, 1.0, 10, 0.5], [0, 1.0], [10, -1.0]):
        with pytest.raises(QgsProcessingException, match="positive cost bounds in increasing order"):
            run("tripdistribution", {**parameters, "DETERRENCE_TABLE": table})


def test_one_field_for_two_roles(conecta_plugin):
    cost = [[1, 5], [5, 1]]
    # the same field for the matrix's origin and its cost is refused with a message, not a traceback
    with pytest.raises(QgsProcessingException, match="field from_id was chosen for two different columns"):
        run(
            "tripdistribution",
            {
                "ZONES": zones_table([10.0, 10.0], [10.0, 10.0]),
                "ZONES_ID": "id",
                "COST_MATRIX": long_matrix(cost),
                "COST_FIELD": "from_id",
                "OUTPUT": "memory:",
            },
        )
    # one zone field for both productions and attractions is allowed: P = A = 10 in each zone;
    # doubly constrained: 20 trips in all, 10 attracted by each zone
    result = run(
        "tripdistribution",
        {
            "ZONES": zones_table([10.0, 10.0], [3.0, 7.0]),
            "ZONES_ID": "id",
            "PRODUCTIONS": "productions",
            "ATTRACTIONS": "productions",
            "COST_MATRIX": long_matrix(cost),
            "OUTPUT": "memory:",
        },
    )
    trips = od_dense(result["OUTPUT"], 2)
    assert trips.sum() == pytest.approx(20.0)
    assert trips.sum(axis=0) == pytest.approx([10.0, 10.0], rel=1e-6)


def test_errors_are_clear_messages(conecta_plugin):
    zones = zones_table([10.0, 10.0], [10.0, 10.0])
    base = {"ZONES": zones, "ZONES_ID": "id", "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match="2 zero costs.*power"):
        run(
            "tripdistribution",
            {**base, "COST_MATRIX": long_matrix([[0, 5], [5, 0]]), "DETERRENCE": 1, "INTRAZONAL_COST": 0},
        )
    with pytest.raises(
        QgsProcessingException,
        match=r"No row of the cost matrix matches the zone ids \(matrix ids such as 7, 8",
    ):
        run("tripdistribution", {**base, "COST_MATRIX": long_matrix([[1, 5], [5, 1]], ids=[7, 8])})
    with pytest.raises(
        QgsProcessingException, match=r"Ids must be unique: 1 ids of field id in .* repeated \(1\)"
    ):
        run(
            "tripdistribution",
            {
                **base,
                "ZONES": zones_table([1.0, 1.0], [1.0, 1.0], ids=[1, 1]),
                "COST_MATRIX": long_matrix([[1, 5], [5, 1]]),
            },
        )
    with pytest.raises(QgsProcessingException, match="cost matrix has no rows"):
        run("tripdistribution", {**base, "COST_MATRIX": long_matrix([])})
    with pytest.raises(QgsProcessingException, match="Every zone has 0 in field productions"):
        run(
            "tripdistribution",
            {
                **base,
                "ZONES": zones_table([0.0, 0.0], [1.0, 1.0]),
                "COST_MATRIX": long_matrix([[1, 5], [5, 1]]),
            },
        )
    with pytest.raises(QgsProcessingException, match="Field attractions has 1 negative values"):
        run(
            "tripdistribution",
            {
                **base,
                "ZONES": zones_table([1.0, 1.0], [1.0, -1.0]),
                "COST_MATRIX": long_matrix([[1, 5], [5, 1]]),
            },
        )
    with pytest.raises(QgsProcessingException, match="The cost matrix has 1 negative costs"):
        run("tripdistribution", {**base, "COST_MATRIX": long_matrix([[1, -5], [5, 1]])})
    with pytest.raises(QgsProcessingException, match="exponential or the power function only"):
        run(
            "tripdistribution",
            {
                **base,
                "COST_MATRIX": long_matrix([[1, 5], [5, 1]]),
                "DETERRENCE": 2,
                "CALIBRATE_TO_MEAN_COST": 2,
            },
        )
    no_costs = table_layer(
        ["from_id:integer", "to_id:integer", "travel_time:double"], [(1, 2, None), (2, 1, None)]
    )
    with pytest.raises(
        QgsProcessingException, match="No row of the cost matrix has a cost in field travel_time"
    ):
        run("tripdistribution", {**base, "COST_MATRIX": no_costs})


def test_repeated_pairs_in_the_cost_matrix_are_refused(conecta_plugin, tmp_path):
    matrix, before = csv_file(
        tmp_path / "cost.csv",
        {"from_id": [1, 1, 2, 2, 1], "to_id": [1, 2, 1, 2, 2], "travel_time": [1, 5, 5, 1, 9]},
    )
    target = tmp_path / "trips.csv"
    with pytest.raises(
        QgsProcessingException,
        match=r"1 origin-destination pairs appear more than once in the cost matrix \(e\.g\. 1→2\)",
    ):
        run(
            "tripdistribution",
            {
                "ZONES": zones_table([10.0, 10.0], [10.0, 10.0]),
                "ZONES_ID": "id",
                "COST_MATRIX": matrix,
                "OUTPUT": str(target),
            },
        )
    assert digest(matrix) == before and not target.exists()


def test_hyman_calibration_to_a_mean_no_beta_can_reach(conecta_plugin):
    """With β = 0 the doubly constrained matrix is 5 trips in every cell, mean cost (5·1 + 5·3)·2 / 20 = 2.0:
    a longer observed mean (and 2.0 itself: β must be > 0) cannot be reached. The cheapest plan for
    attractions 15, 5 sends 10 + 5 trips at cost 1 and 5 at cost 3, mean 1.5: 1.2 is too low."""
    base = {"ZONES_ID": "id", "COST_MATRIX": long_matrix([[1, 3], [3, 1]]), "OUTPUT": "memory:"}
    for mean in (2.5, 2.0):
        with pytest.raises(
            QgsProcessingException,
            match=rf"The observed mean trip cost {mean:g} cannot be reached: .* at most 2 \(no deterrence at all\)",
        ):
            run(
                "tripdistribution",
                {**base, "ZONES": zones_table([10.0, 10.0], [10.0, 10.0]), "CALIBRATE_TO_MEAN_COST": mean},
            )
    with pytest.raises(QgsProcessingException, match="The observed mean trip cost 1.2 is too low"):
        run(
            "tripdistribution",
            {**base, "ZONES": zones_table([10.0, 10.0], [15.0, 5.0]), "CALIBRATE_TO_MEAN_COST": 1.2},
        )
    reached = run(
        "tripdistribution",
        {**base, "ZONES": zones_table([10.0, 10.0], [15.0, 5.0]), "CALIBRATE_TO_MEAN_COST": 1.6},
    )
    assert reached["MEAN_COST"] == pytest.approx(1.6, rel=1e-4)


def test_distribution_warns_about_what_the_inputs_lack(conecta_plugin):
    """Zone 3 has no cost to any zone (an island): its 5 trips cannot go anywhere, and the log says so;
    NULL totals count as 0, NULL costs and unknown ids are left out with a count."""
    zones = zones_table([10.0, 10.0, 5.0, None], [10.0, 10.0, 5.0, 0.0])
    matrix = table_layer(
        ["from_id:integer", "to_id:integer", "travel_time:double"],
        [(1, 1, 1.0), (1, 2, 2.0), (2, 1, 2.0), (2, 2, 1.0), (1, 4, None), (9, 1, 3.0), (1, 9, 3.0)],
    )
    log = Log()
    result = run(
        "tripdistribution",
        {"ZONES": zones, "ZONES_ID": "id", "COST_MATRIX": matrix, "OUTPUT": "memory:"},
        log,
    )
    assert result["TOTAL_TRIPS"] == pytest.approx(20.0)
    assert "1 zones have no value in field productions: counted as 0." in log.warnings
    assert "2 rows of the cost matrix refer to 1 ids that are not zones and were left out: 9." in log.warnings
    assert (
        "1 rows of the cost matrix have no number in field travel_time: those pairs are unreachable."
        in log.warnings
    )
    assert "The zones form 2 groups between which no trip is possible" in log.text()
    assert "1 zones produce trips but cannot reach any attracting zone: 3." in log.warnings
    attraction = run(
        "tripdistribution",
        {"ZONES": zones, "ZONES_ID": "id", "COST_MATRIX": matrix, "CONSTRAINT": 2, "OUTPUT": "memory:"},
        log,
    )
    assert attraction["TOTAL_TRIPS"] == pytest.approx(20.0)
    assert "1 zones attract trips but no producing zone reaches them: 3." in log.warnings


def test_non_convergence_warns_and_still_writes(conecta_plugin, textbook):
    ex = textbook["OW2011_gravity_exp0.1"]
    log = Log()
    result = run(
        "tripdistribution",
        {
            "ZONES": zones_table(ex["O"], ex["D"]),
            "ZONES_ID": "id",
            "COST_MATRIX": long_matrix(ex["cost"]),
            "MAX_ITERATIONS": 1,
            "TOLERANCE": 1e-12,
            "OUTPUT": "memory:",
        },
        log,
    )
    assert result["CONVERGED"] is False and result["ITERATIONS"] == 1
    assert result["OUTPUT"].featureCount() == 16
    assert result["MAX_ERROR"] > 1e-12
    assert "did not converge" in log.text()
    # after one Furness iteration the columns are exact (the column pass came last)
    trips = od_dense(result["OUTPUT"], 4)
    assert trips.sum(axis=0) == pytest.approx(ex["D"], rel=1e-12)


def test_sample_city_generation_then_distribution_from_a_csv_matrix(conecta_plugin, sample_gpkg, tmp_path):
    zones = run(
        "tripgeneration",
        {
            "ZONES": f"{sample_gpkg}|layername=zones",
            "PRODUCTION_METHOD": 1,
            "PRODUCTION_FIELDS": ["population"],
            "ATTRACTION_FIELDS": ["jobs"],
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    ids, xy, prod, attr = [], [], [], []
    for f in zones.getFeatures():
        point = f.geometry().pointOnSurface().asPoint()
        ids.append(f["id"])
        xy.append((point.x(), point.y()))
        prod.append(f["productions"])
        attr.append(f["attractions"])
    xy = np.array(xy)
    # car time in minutes: straight-line distance × 1.3 detour at 25 km/h, + 2 min; pairs within 6 km only
    dist = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    minutes = 2.0 + 1.3 * dist / 1000 / 25 * 60
    i, j = np.nonzero((dist < 6000) & (dist > 0))
    csv, before = csv_file(
        tmp_path / "car_times.csv",
        {"from_id": np.array(ids)[i], "to_id": np.array(ids)[j], "minutes": minutes[i, j]},
    )
    log = Log()
    result = run(
        "tripdistribution",
        {
            "ZONES": zones,
            "ZONES_ID": "id",
            "COST_MATRIX": csv,
            "COST_FIELD": "minutes",
            "BETA": 0.1,
            "OUTPUT": str(tmp_path / "trips.csv"),
        },
        log,
    )
    assert digest(csv) == before
    assert result["CONVERGED"] is True
    assert result["TOTAL_TRIPS"] == pytest.approx(2 * 812935, rel=1e-6)
    out = pd.read_csv(result["OUTPUT"])
    assert out["trips"].sum() == pytest.approx(2 * 812935, rel=1e-6)
    by_origin = out.groupby("from_id")["trips"].sum()
    expected = pd.Series(prod, index=ids)
    served = expected[expected > 0].index.intersection(by_origin.index)
    # every zone total met to the 1e-6 balancing tolerance
    np.testing.assert_allclose(by_origin[served], expected[served], rtol=2e-6)
    # intrazonal cost is half the nearest zone's (hexagons: nearest centroid ≈ same for all)
    intra = out[out.from_id == out.to_id]
    nearest = np.where(dist > 0, minutes, np.inf).min(axis=1)
    assert intra["cost"].to_numpy() == pytest.approx(
        0.5 * nearest[pd.Index(ids).get_indexer(intra["from_id"])], rel=1e-9
    )
    assert 5 < result["MEAN_COST"] < 15
    assert "zones have no cost (or zero)" in log.text()


def test_distribution_writes_parquet(conecta_plugin, tmp_path, textbook):
    """The same O&W case written to a Parquet table as to a memory layer. (A Parquet *matrix* cannot be
    given through processing.run on QGIS 3.22: its GDAL has no Parquet driver and QGIS refuses the path
    before the algorithm runs.)"""
    pytest.importorskip("pyarrow")
    ex = textbook["OW2011_gravity_exp0.1"]
    parameters = {
        "ZONES": zones_table(ex["O"], ex["D"]),
        "ZONES_ID": "id",
        "COST_MATRIX": long_matrix(ex["cost"]),
        "TOLERANCE": 1e-10,
    }
    result = run("tripdistribution", {**parameters, "OUTPUT": str(tmp_path / "trips.parquet")})
    layer = run("tripdistribution", {**parameters, "OUTPUT": "memory:"})["OUTPUT"]
    table = pd.read_parquet(result["OUTPUT"])
    assert list(table.columns) == ["from_id", "to_id", "trips", "cost"]
    got = np.zeros((4, 4))
    got[table["from_id"].astype(int) - 1, table["to_id"].astype(int) - 1] = table["trips"]
    np.testing.assert_array_equal(got, od_dense(layer, 4))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trips.parquet"]


def test_distribution_reads_no_zone_geometry(conecta_plugin):
    """The zones' geometry is not used: a bow tie stops nothing, even with QGIS's default setting."""
    zones = memory_layer(
        "Polygon?crs=EPSG:31982&field=id:integer&field=productions:double&field=attractions:double",
        [(BOW_TIE, [1, 10.0, 10.0]), ("POLYGON((200 0, 300 0, 300 100, 200 0))", [2, 10.0, 10.0])],
    )
    result = run(
        "tripdistribution",
        {"ZONES": zones, "ZONES_ID": "id", "COST_MATRIX": long_matrix([[1, 5], [5, 1]]), "OUTPUT": "memory:"},
        context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid),
    )
    assert result["TOTAL_TRIPS"] == pytest.approx(20.0)


GIB = 1 << 30


def test_a_distribution_too_big_for_the_memory_is_refused_before_reading_the_matrix(
    conecta_plugin, tmp_path, monkeypatch
):
    """50,000 zones need two 50,000 × 50,000 float64 matrices, 16 × 50,000² = 4e10 bytes = 37.3 GiB; with 8 GiB
    available the run stops with both sizes (it died with ArrayMemoryError after allocating 18.6 GiB)."""
    monkeypatch.setattr("conecta.core.memory.available_bytes", lambda: 8 * GIB)
    n = 50_000
    zones = table_layer(
        ["id:integer", "productions:double", "attractions:double"], [(i, 1.0, 1.0) for i in range(n)]
    )
    matrix, before = csv_file(tmp_path / "cost.csv", {"from_id": [0], "to_id": [1], "travel_time": [5.0]})
    target = tmp_path / "trips.csv"
    with pytest.raises(QgsProcessingException) as raised:
        run(
            "tripdistribution",
            {"ZONES": zones, "ZONES_ID": "id", "COST_MATRIX": matrix, "OUTPUT": str(target)},
        )
    needed = 16 * n * n / GIB
    assert f"{needed:.1f}" == "37.3"
    assert str(raised.value) == (
        "A distribution between 50,000 zones needs about 37.3 GiB of memory (its 50,000 × 50,000 matrices and "
        "the output table), more than the 8.0 GiB available. Aggregate the zones into fewer, larger ones, or run it on a computer with "
        "more memory."
    )
    assert digest(matrix) == before and sorted(p.name for p in tmp_path.iterdir()) == ["cost.csv"]


def test_the_memory_boundary_of_a_distribution(conecta_plugin, monkeypatch):
    """3 zones, 9 matrix rows: 16 × 3² bytes for the two matrices + 24 × (9 + 3) for the output = 432 bytes.
    Exactly that much available runs; one byte less is refused."""
    parameters = {
        "ZONES": zones_table([10.0, 10.0, 10.0], [10.0, 10.0, 10.0]),
        "ZONES_ID": "id",
        "COST_MATRIX": long_matrix([[1, 2, 3], [2, 1, 2], [3, 2, 1]]),
        "OUTPUT": "memory:",
    }
    monkeypatch.setattr("conecta.core.memory.available_bytes", lambda: 432)
    assert run("tripdistribution", parameters)["TOTAL_TRIPS"] == pytest.approx(30.0)
    monkeypatch.setattr("conecta.core.memory.available_bytes", lambda: 431)
    with pytest.raises(
        QgsProcessingException, match="needs about 432 B of memory .* more than the 431 B available"
    ):
        run("tripdistribution", parameters)


class CancelHalfWay(QgsProcessingFeedback):
    """Cancels once the run has gone past half way."""

    def isCanceled(self):
        return self.progress() >= 50 or super().isCanceled()


def test_a_cancelled_distribution_leaves_no_file(conecta_plugin, tmp_path, textbook):
    ex = textbook["OW2011_gravity_exp0.1"]
    target = tmp_path / "trips.csv"
    feedback = CancelHalfWay()
    result = processing.run(
        "conecta:tripdistribution",
        {
            "ZONES": zones_table(ex["O"], ex["D"]),
            "ZONES_ID": "id",
            "COST_MATRIX": long_matrix(ex["cost"]),
            "TOLERANCE": 1e-14,
            "MAX_ITERATIONS": 100000,
            "OUTPUT": str(target),
        },
        feedback=feedback,
    )
    assert result.get("OUTPUT") is None and list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ mode split


def test_logit_mode_split_by_hand(conecta_plugin, tmp_path):
    od = table_layer(OD_FIELDS, [(1, 2, 100.0), (2, 1, 50.0), (1, 1, 10.0)])
    walk = long_matrix([[5, 30], [30, 5]])
    # car misses pair 1→1: walking only there
    car, before = csv_file(
        tmp_path / "car.csv",
        {"from_id": [1, 2], "to_id": [2, 1], "travel_time": [10.0, 10.0], "fare": [2.0, 2.0]},
    )
    log = Log()
    result = run(
        "modesplit",
        {
            "OD": od,
            "WALK_MATRIX": walk,
            "CAR_MATRIX": car,
            "COST_FIELD": "fare",
            "COEFFICIENTS": ["walk", 0, -0.1, 0, "car", -0.5, -0.05, -0.2],
            "OUTPUT": "memory:",
            "SHARES": "memory:",
        },
        log,
    )
    # V_walk = -0.1 × 30 = -3; V_car = -0.5 - 0.05 × 10 - 0.2 × 2 = -1.4; P_walk = 1 / (1 + e^1.6)
    p_walk = 1 / (1 + math.exp(1.6))
    out = {
        (f["from_id"], f["to_id"]): (f["trips_walk"], f["trips_car"]) for f in result["OUTPUT"].getFeatures()
    }
    assert out[(1, 2)] == pytest.approx((100 * p_walk, 100 * (1 - p_walk)))
    assert out[(2, 1)] == pytest.approx((50 * p_walk, 50 * (1 - p_walk)))
    assert out[(1, 1)] == pytest.approx((10.0, 0.0))
    shares = {
        f["zone_id"]: (f["trips"], f["share_walk"], f["share_car"]) for f in result["SHARES"].getFeatures()
    }
    assert shares[1] == pytest.approx((110.0, (100 * p_walk + 10) / 110, 100 * (1 - p_walk) / 110))
    assert shares[2] == pytest.approx((50.0, p_walk, 1 - p_walk))
    assert result["TRIPS_WITHOUT_MODE"] == 0
    assert "Car: 1 of 3 OD pairs are not in its matrix, so this mode is not available for them." in log.infos
    assert digest(car) == before
    # a cost field that one matrix lacks: that mode has no cost (said), the other keeps its own
    log = Log()
    run(
        "modesplit",
        {
            "OD": od,
            "WALK_MATRIX": walk,
            "CAR_MATRIX": car,
            "COST_FIELD": "fare",
            "OUTPUT": "memory:",
            "SHARES": "memory:",
        },
        log,
    )
    assert "Walking: the matrix has no field fare, so this mode has no cost." in log.infos


def test_mode_split_reports_pairs_without_any_mode_and_bad_coefficients(conecta_plugin):
    od = table_layer(
        ["from_id:string", "to_id:string", "trips:double"], [("1", "2", 100.0), ("2", "3", 40.0)]
    )
    log = Log()
    result = run(
        "modesplit",
        {"OD": od, "WALK_MATRIX": long_matrix([[1, 5], [5, 1]]), "OUTPUT": "memory:", "SHARES": "memory:"},
        log,
    )
    # text ids "1", "2" match integer ids 1, 2; pair 2→3 has no time for any mode
    assert result["TRIPS_WITHOUT_MODE"] == pytest.approx(40.0)
    assert "1 OD pairs (40.0 trips) have no available mode" in log.text()
    base = {"OD": od, "OUTPUT": "memory:", "SHARES": "memory:"}
    with pytest.raises(QgsProcessingException, match="no row for car"):
        run(
            "modesplit",
            {**base, "CAR_MATRIX": long_matrix([[1, 5], [5, 1]]), "COEFFICIENTS": ["walk", 0, -0.1, 0]},
        )
    with pytest.raises(QgsProcessingException, match="Unknown mode 'bus' in the coefficients table"):
        run(
            "modesplit",
            {**base, "CAR_MATRIX": long_matrix([[1, 5], [5, 1]]), "COEFFICIENTS": ["bus", 0, -0.1, 0]},
        )
    with pytest.raises(QgsProcessingException, match="The coefficients of mode car must be numbers"):
        run(
            "modesplit",
            {**base, "CAR_MATRIX": long_matrix([[1, 5], [5, 1]]), "COEFFICIENTS": ["car", 0, "fast", 0]},
        )
    with pytest.raises(QgsProcessingException, match="at least one mode"):
        run("modesplit", base)
    with pytest.raises(QgsProcessingException, match="The travel-time matrix given for Car has no rows"):
        run("modesplit", {**base, "CAR_MATRIX": long_matrix([])})
    with pytest.raises(
        QgsProcessingException, match="The travel-time matrix given for Walking has 1 negative travel times"
    ):
        run("modesplit", {**base, "WALK_MATRIX": long_matrix([[1, -5], [5, 1]])})


def test_mode_split_refuses_repeated_pairs(conecta_plugin, tmp_path):
    """A repeated OD pair doubled its trips (141,864 instead of 70,932 in the bad-input run); a repeated
    matrix pair changed them. Both are refused, nothing is written and the input files are unchanged."""
    od, od_before = csv_file(
        tmp_path / "od.csv", {"from_id": [1, 1, 2], "to_id": [2, 2, 1], "trips": [100.0, 100.0, 50.0]}
    )
    walk, walk_before = csv_file(
        tmp_path / "walk.csv", {"from_id": [1, 2, 2], "to_id": [2, 1, 1], "travel_time": [30.0, 30.0, 12.0]}
    )
    target = tmp_path / "split.csv"
    parameters = {
        "OD": od,
        "WALK_MATRIX": walk,
        "OUTPUT": str(target),
        "SHARES": str(tmp_path / "shares.csv"),
    }
    with pytest.raises(
        QgsProcessingException,
        match=r"1 origin-destination pairs appear more than once in the OD table \(e\.g\. 1→2\)",
    ):
        run("modesplit", parameters)
    unique_od, _ = csv_file(
        tmp_path / "od2.csv", {"from_id": [1, 2], "to_id": [2, 1], "trips": [100.0, 50.0]}
    )
    with pytest.raises(
        QgsProcessingException,
        match=r"1 origin-destination pairs appear more than once in a travel-time matrix \(e\.g\. 2→1\)",
    ):
        run("modesplit", {**parameters, "OD": unique_od})
    assert digest(od) == od_before and digest(walk) == walk_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["od.csv", "od2.csv", "walk.csv"]


def test_mode_split_warns_about_null_travel_times_with_their_trips(conecta_plugin, tmp_path):
    """NULL times lost 30 % of the trips without a word. Now: 1→2 has no car time, its 100 trips walk;
    2→1 has no time at all, its 50 trips stay in the trips field but in no mode (TRIPS_WITHOUT_MODE); 1→1
    is missing from the car matrix (documented: not available, an info line)."""
    od = table_layer(OD_FIELDS, [(1, 2, 100.0), (2, 1, 50.0), (1, 1, 10.0)])
    walk = table_layer(
        ["from_id:integer", "to_id:integer", "travel_time:double"], [(1, 2, 30.0), (2, 1, None), (1, 1, 5.0)]
    )
    car, _ = csv_file(tmp_path / "car.csv", {"from_id": [1, 2], "to_id": [2, 1], "travel_time": [None, None]})
    log = Log()
    result = run(
        "modesplit",
        {"OD": od, "WALK_MATRIX": walk, "CAR_MATRIX": car, "OUTPUT": "memory:", "SHARES": "memory:"},
        log,
    )
    out = {
        (f["from_id"], f["to_id"]): (f["trips"], f["trips_walk"], f["trips_car"])
        for f in result["OUTPUT"].getFeatures()
    }
    assert out == {(1, 2): (100.0, 100.0, 0.0), (2, 1): (50.0, 0.0, 0.0), (1, 1): (10.0, 10.0, 0.0)}
    assert result["TRIPS_WITHOUT_MODE"] == 50.0
    assert (
        "Car: 2 OD pairs (150.0 trips) have no travel time (NULL) in its matrix: this mode is not available "
        "for them, and their trips go to the other modes."
    ) in log.warnings
    assert "Walking: 1 OD pairs (50.0 trips) have no travel time (NULL)" in log.text()
    assert (
        "1 OD pairs (50.0 trips) have no available mode: their trips stay in the trips field but get no trips "
        "by mode and are left out of the mode shares (output TRIPS_WITHOUT_MODE)."
    ) in log.warnings
    shares = {f["zone_id"]: (f["trips"], f["share_walk"]) for f in result["SHARES"].getFeatures()}
    assert shares[1] == (110.0, 1.0) and shares[2][0] == 0.0
    # a NULL fare matters only when fares count (a cost coefficient other than 0)
    fares, _ = csv_file(
        tmp_path / "fares.csv",
        {
            "from_id": [1, 2, 1],
            "to_id": [2, 1, 1],
            "travel_time": [10.0, 10.0, 3.0],
            "fare": [2.0, None, 2.0],
        },
    )
    log = Log()
    run(
        "modesplit",
        {
            "OD": od,
            "CAR_MATRIX": fares,
            "COST_FIELD": "fare",
            "COEFFICIENTS": ["car", 0, -0.05, -0.2],
            "OUTPUT": "memory:",
            "SHARES": "memory:",
        },
        log,
    )
    assert (
        "Car: 1 OD pairs have no monetary cost (NULL) in its matrix: this mode is not available for them."
        in log.warnings
    )
    assert "1 OD pairs (50.0 trips) have no available mode" in log.text()


def test_od_table_messages(conecta_plugin, tmp_path):
    """Negative trips are refused; rows without ids or trips are left out with a warning, and a table
    left with nothing is refused."""
    base = {"WALK_MATRIX": long_matrix([[1, 2], [2, 1]]), "OUTPUT": "memory:", "SHARES": "memory:"}
    with pytest.raises(QgsProcessingException, match="The OD table has 1 negative values in field trips"):
        run("modesplit", {**base, "OD": table_layer(OD_FIELDS, [(1, 2, -5.0), (2, 1, 5.0)])})
    log = Log()
    result = run(
        "modesplit", {**base, "OD": table_layer(OD_FIELDS, [(1, 2, None), (None, 1, 5.0), (2, 1, 5.0)])}, log
    )
    assert result["OUTPUT"].featureCount() == 1
    assert "1 rows of the OD table have no number in field trips and were left out." in log.warnings
    assert "1 rows of the OD table have no origin or destination id and were left out." in log.warnings
    with pytest.raises(
        QgsProcessingException, match="The OD table has no row with ids and a number of trips"
    ):
        run("modesplit", {**base, "OD": table_layer(OD_FIELDS, [(1, 2, None)])})


# ------------------------------------------------------------------ desire lines


def test_desire_lines_by_hand(conecta_plugin):
    od = table_layer(
        OD_FIELDS, [(1, 2, 30.0), (2, 1, 10.0), (1, 3, 5.0), (3, 3, 99.0), (2, 3, 1.0), (9, 1, 7.0)]
    )
    log = Log()
    result = run(
        "desirelines", {"OD": od, "ZONES": square_zones(), "ZONES_ID": "id", "OUTPUT": "memory:"}, log
    )
    lines = result["OUTPUT"]
    assert lines.crs().authid() == "EPSG:31982"
    got = {(f["from_id"], f["to_id"]): (f["trips"], f.geometry().length()) for f in lines.getFeatures()}
    assert got == {(1, 2): (30.0, 100.0), (2, 1): (10.0, 100.0), (1, 3): (5.0, 200.0), (2, 3): (1.0, 100.0)}
    first = next(f for f in lines.getFeatures() if f["from_id"] == 1 and f["to_id"] == 3)
    assert first.geometry().asPolyline()[0] == QgsPointXY(50, 50)
    assert first.geometry().asPolyline()[-1] == QgsPointXY(250, 50)
    assert "1 OD rows within a zone (99.0 trips) are not drawn" in log.text()
    assert "1 OD rows (7.0 trips) refer to ids that are not in the zones layer: 9" in log.text()
    # largest flow drawn last (on top)
    assert [f["trips"] for f in lines.getFeatures()] == [1.0, 5.0, 10.0, 30.0]

    both = run(
        "desirelines",
        {
            "OD": od,
            "ZONES": square_zones(),
            "ZONES_ID": "id",
            "SYMMETRIC": True,
            "MIN_TRIPS": 2,
            "TOP_N": 1,
            "OUTPUT": "memory:",
        },
    )
    assert rows(both["OUTPUT"], "from_id", "to_id", "trips") == [(1, 2, 40.0)]
    assert both["LINES"] == 1 and both["TRIPS_SHOWN"] == 40.0
    # the minimum is inclusive: a line with exactly 5 trips is kept at MIN_TRIPS 5
    five = run(
        "desirelines",
        {"OD": od, "ZONES": square_zones(), "ZONES_ID": "id", "MIN_TRIPS": 5, "OUTPUT": "memory:"},
    )
    assert sorted(t for (t,) in rows(five["OUTPUT"], "trips")) == [5.0, 10.0, 30.0]


def test_desire_lines_refuse_repeated_od_pairs(conecta_plugin, tmp_path):
    """A repeated pair doubled its flow; now it is refused, with nothing written and the OD file unchanged."""
    od, before = csv_file(
        tmp_path / "od.csv", {"from_id": [1, 2, 1], "to_id": [2, 1, 2], "trips": [30.0, 10.0, 30.0]}
    )
    target = tmp_path / "lines.gpkg"
    with pytest.raises(
        QgsProcessingException, match="1 origin-destination pairs appear more than once in the OD table"
    ):
        run("desirelines", {"OD": od, "ZONES": square_zones(), "ZONES_ID": "id", "OUTPUT": str(target)})
    assert digest(od) == before and sorted(p.name for p in tmp_path.iterdir()) == ["od.csv"]


def test_desire_lines_need_matching_unique_zone_ids(conecta_plugin):
    od = table_layer(OD_FIELDS, [(7, 8, 1.0)])
    with pytest.raises(QgsProcessingException, match="No OD row matches the zone ids"):
        run("desirelines", {"OD": od, "ZONES": square_zones(), "ZONES_ID": "id", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="OD table has no rows"):
        run(
            "desirelines",
            {
                "OD": table_layer(OD_FIELDS, []),
                "ZONES": square_zones(),
                "ZONES_ID": "id",
                "OUTPUT": "memory:",
            },
        )
    one_trip = table_layer(OD_FIELDS, [(1, 2, 1.0)])
    repeated = memory_layer(
        "Point?crs=EPSG:31982&field=id:integer", [("POINT(0 0)", [1]), ("POINT(10 0)", [1])], "points"
    )
    with pytest.raises(QgsProcessingException, match="Zone ids must be unique, but field id repeats: 1"):
        run("desirelines", {"OD": one_trip, "ZONES": repeated, "ZONES_ID": "id", "OUTPUT": "memory:"})
    nothing = memory_layer("Point?crs=EPSG:31982&field=id:integer", [(None, [1])], "points")
    with pytest.raises(QgsProcessingException, match="no features with a geometry and an id"):
        run("desirelines", {"OD": one_trip, "ZONES": nothing, "ZONES_ID": "id", "OUTPUT": "memory:"})
    log = Log()
    run(
        "desirelines",
        {
            "OD": table_layer(OD_FIELDS, [(1, 3, 1.0)]),
            "ZONES": square_zones(null_id=True),
            "ZONES_ID": "id",
            "OUTPUT": "memory:",
        },
        log,
    )
    assert "0 zones without geometry and 1 without an id were left out." in log.warnings


def test_desire_lines_invalid_geometry_in_the_three_settings(conecta_plugin):
    od = table_layer(OD_FIELDS, [(1, 2, 30.0), (2, 3, 10.0)])
    parameters = {"OD": od, "ZONES": square_zones(BOW_TIE), "ZONES_ID": "id", "OUTPUT": "memory:"}
    with pytest.raises(
        QgsProcessingException, match="Feature \\(1\\) from “census zones” has invalid geometry"
    ):
        run("desirelines", parameters, context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid))
    log = Log()
    skipped = run("desirelines", parameters, log, context_with(QgsFeatureRequest.GeometrySkipInvalid))[
        "OUTPUT"
    ]
    assert rows(skipped, "from_id", "to_id", "trips") == [(2, 3, 10.0)]
    assert "1 features of census zones have an invalid geometry and were skipped (ids 1)." in log.warnings
    assert "1 OD rows (30.0 trips) refer to ids that are not in the zones layer: 1." in log.warnings
    log = Log()
    repaired = run("desirelines", parameters, log, context_with(QgsFeatureRequest.GeometryNoCheck))["OUTPUT"]
    assert sorted(rows(repaired, "from_id", "to_id", "trips")) == [(1, 2, 30.0), (2, 3, 10.0)]
    assert "1 features of census zones had an invalid geometry and were repaired (ids 1)" in log.text()
    # the repaired bow tie is two triangles meeting at (50, 50); its line starts inside one of them
    start = next(f for f in repaired.getFeatures() if f["from_id"] == 1).geometry().asPolyline()[0]
    assert QgsGeometry.fromWkt(BOW_TIE).makeValid().contains(QgsGeometry.fromPointXY(start))


def test_desire_line_style_widths_grow_with_trips(conecta_plugin):
    from qgis.core import QgsGraduatedSymbolRenderer

    from conecta.processing.bridge.demand import desire_line_style

    trips = [30.0, 10.0, 5.0, 1.0, 100.0, 50.0]
    od = table_layer(
        OD_FIELDS, [(1, 2, 30.0), (2, 1, 10.0), (1, 3, 5.0), (2, 3, 1.0), (3, 1, 100.0), (3, 2, 50.0)]
    )
    lines = run("desirelines", {"OD": od, "ZONES": square_zones(), "ZONES_ID": "id", "OUTPUT": "memory:"})[
        "OUTPUT"
    ]
    desire_line_style("trips", trips)(lines)
    renderer = lines.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "trips"
    widths = [r.symbol().width() for r in renderer.ranges()]
    assert widths == sorted(widths) and widths[0] < widths[-1]
    assert renderer.ranges()[0].lowerValue() == 1.0 and renderer.ranges()[-1].upperValue() == 100.0


def test_desire_lines_along_the_network_follow_the_fastest_route(conecta_plugin):
    """Two zones joined by an L-shaped street (bent at x=1000) and a slow straight track: by car the
    line follows the L through its bend; pairs off the network are drawn straight and counted."""
    crs = "EPSG:31982"
    x0, y0 = 480000.0, 6650000.0
    network = QgsVectorLayer(f"LineString?crs={crs}&field=highway:string", "net", "memory")
    features = []
    for coords, highway in (
        ([(0, 0), (1000, 0), (1000, 1000)], "primary"),
        ([(0, 0), (1000, 1000)], "track"),
    ):
        feature = QgsFeature(network.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x0 + x, y0 + y) for x, y in coords]))
        feature.setAttributes([highway])
        features.append(feature)
    network.dataProvider().addFeatures(features)
    points = {"A": (0, -20), "B": (1000, 1020), "C": (90000, 90000)}
    zones = memory_layer(
        f"Point?crs={crs}&field=id:string",
        [(f"POINT({x0 + x} {y0 + y})", [name]) for name, (x, y) in points.items()],
    )
    od = table_layer(["from_id:string", "to_id:string", "trips:double"], [("A", "B", 10.0), ("A", "C", 5.0)])
    log = Log()
    result = processing.run(
        "conecta:desirelines",
        {"OD": od, "ZONES": zones, "ZONES_ID": "id", "NETWORK": network, "MODE": 2, "OUTPUT": "memory:"},
        feedback=log,
    )
    lines = {(f["from_id"], f["to_id"]): f.geometry().asPolyline() for f in result["OUTPUT"].getFeatures()}
    route = [(round(p.x() - x0), round(p.y() - y0)) for p in lines[("A", "B")]]
    # primary 60 km/h over 2,000 m (120 s) beats the 1,414 m track at 15 km/h (339 s)
    assert route == [(0, -20), (0, 0), (1000, 0), (1000, 1000), (1000, 1020)]
    assert len(lines[("A", "C")]) == 2  # C is 127 km away from any street: a straight line
    assert "1 pairs have no route on the network" in log.text()


class CancelOnTheNetwork(QgsProcessingFeedback):
    """Cancels as soon as the street network is being read."""

    def pushInfo(self, info):
        if info.startswith("Reading the street network"):
            self.cancel()
        super().pushInfo(info)


def test_desire_lines_cancelled_while_reading_the_network_leave_no_file(conecta_plugin, tmp_path):
    network = memory_layer(
        "LineString?crs=EPSG:31982&field=highway:string", [("LINESTRING(0 50, 300 50)", ["primary"])], "net"
    )
    target = tmp_path / "lines.gpkg"
    result = processing.run(
        "conecta:desirelines",
        {
            "OD": table_layer(OD_FIELDS, [(1, 2, 5.0)]),
            "ZONES": square_zones(),
            "ZONES_ID": "id",
            "NETWORK": network,
            "OUTPUT": str(target),
        },
        feedback=CancelOnTheNetwork(),
    )
    assert result.get("OUTPUT") is None and list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ output folders


def folder_cases(tmp):
    """Each demand algorithm with small valid inputs and its file output (key, file name)."""
    od = table_layer(OD_FIELDS, [(1, 2, 10.0), (2, 1, 5.0)])
    return {
        "tripgeneration": (
            {
                "ZONES": square_zones(),
                "PRODUCTION_METHOD": 1,
                "PRODUCTION_FIELDS": ["population"],
                "ATTRACTION_FIELDS": ["population"],
            },
            "OUTPUT",
            "generation.gpkg",
        ),
        "tripdistribution": (
            {
                "ZONES": zones_table([1.0, 1.0], [1.0, 1.0]),
                "ZONES_ID": "id",
                "COST_MATRIX": long_matrix([[1, 2], [2, 1]]),
            },
            "OUTPUT",
            "trips.csv",
        ),
        "modesplit": (
            {"OD": od, "WALK_MATRIX": long_matrix([[1, 2], [2, 1]]), "SHARES": "memory:"},
            "OUTPUT",
            "split.csv",
        ),
        "desirelines": ({"OD": od, "ZONES": square_zones(), "ZONES_ID": "id"}, "OUTPUT", "lines.gpkg"),
    }


ALGORITHMS = ["tripgeneration", "tripdistribution", "modesplit", "desirelines"]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_missing_output_folder_is_created(conecta_plugin, tmp_path, algorithm):
    parameters, key, name = folder_cases(tmp_path)[algorithm]
    target = tmp_path / "new" / "folder" / name
    result = run(algorithm, {**parameters, key: str(target)})
    assert result[key] == str(target) and QgsVectorLayer(str(target), "out", "ogr").featureCount() > 0


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_an_output_folder_that_cannot_be_created_is_refused_before_any_work(conecta_plugin, algorithm):
    parameters, key, name = folder_cases(None)[algorithm]
    log = Log()
    with pytest.raises(QgsProcessingException):
        run(algorithm, {**parameters, key: f"/proc/conecta/{name}"}, log)
    # the refusal and QGIS's closing line: nothing was read
    assert len(log.lines) == 2
    assert (
        log.lines[0].startswith("The folder /proc/conecta of output '")
        and "cannot be created" in log.lines[0]
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_read_only_output_folder_is_refused(conecta_plugin, tmp_path, algorithm):
    parameters, key, name = folder_cases(tmp_path)[algorithm]
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    with pytest.raises(QgsProcessingException, match="the folder or file is read-only"):
        run(algorithm, {**parameters, key: str(folder / name)})
    assert list(folder.iterdir()) == []


# ------------------------------------------------------------------ in Spanish


def test_bad_input_messages_are_translated(conecta_plugin, spanish, monkeypatch):
    assert spanish and spanish.endswith("conecta_es.qm")
    od = table_layer(OD_FIELDS, [(7, 8, 1.0)])
    with pytest.raises(
        QgsProcessingException, match="Ninguna fila OD coincide con los identificadores de zona"
    ):
        run("desirelines", {"OD": od, "ZONES": square_zones(), "ZONES_ID": "id", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="La tabla OD no tiene filas"):
        run(
            "modesplit",
            {
                "OD": table_layer(OD_FIELDS, []),
                "WALK_MATRIX": long_matrix([[1]]),
                "OUTPUT": "memory:",
                "SHARES": "memory:",
            },
        )
    monkeypatch.setattr("conecta.core.memory.available_bytes", lambda: 431)
    with pytest.raises(QgsProcessingException) as raised:
        run(
            "tripdistribution",
            {
                "ZONES": zones_table([10.0, 10.0, 10.0], [10.0, 10.0, 10.0]),
                "ZONES_ID": "id",
                "COST_MATRIX": long_matrix([[1, 2, 3], [2, 1, 2], [3, 2, 1]]),
                "OUTPUT": "memory:",
            },
        )
    assert str(raised.value).startswith("Una distribución entre 3 zonas necesita unos 432 B de memoria")
