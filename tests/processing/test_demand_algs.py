"""Mobility demand through Processing: trip generation, gravity distribution, mode split, desire lines."""

import json
import math

import numpy as np
import pandas as pd
import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)

from data_paths import shared
from feedback_log import Log
from layers import memory_layer


def table(spec, rows, geometry="None", crs=""):
    """A memory layer ``geometry?crs&field=...`` with ``rows`` [(attributes, wkt or None)]."""
    uri = geometry + ("?crs=" + crs if crs else "?") + "".join(f"&field={f}" for f in spec)
    return memory_layer(
        uri.replace("?&", "?"), rows if geometry == "None" else [(w, a) for a, w in rows], "t"
    )


def long_matrix(cost, ids=None, skip=(), name="travel_time"):
    ids = ids or list(range(1, len(cost) + 1))
    rows = [
        (ids[i], ids[j], float(cost[i][j]))
        for i in range(len(ids))
        for j in range(len(ids))
        if (i, j) not in skip
    ]
    return table(["from_id:integer", "to_id:integer", f"{name}:double"], rows)


def zones_table(productions, attractions, ids=None):
    ids = ids or list(range(1, len(productions) + 1))
    return table(
        ["id:integer", "productions:double", "attractions:double"], list(zip(ids, productions, attractions))
    )


def run(algorithm, parameters, log=None):
    return processing.run(f"conecta:{algorithm}", parameters, feedback=log or Log())


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


@pytest.fixture(scope="module")
def textbook():
    with open(shared("textbook", "trip_distribution_inputs.json"), encoding="utf-8") as fh:
        return json.load(fh)


# ------------------------------------------------------------------ trip generation


def income_zones():
    return table(
        ["id:integer", "income:string", "size:integer", "population:double", "jobs:double", "schools:double"],
        [
            (1, "low", 1, 100.0, 10.0, 1.0),
            (2, "high", 2, 50.0, None, 0.0),
            (3, None, 1, 10.0, 5.0, 0.0),
            (4, "middle", 2, 5.0, 5.0, 1.0),
        ],
    )


def test_trip_generation_cross_classification_with_lac_rates_by_hand(conecta_plugin):
    log = Log()
    result = run(
        "tripgeneration",
        {
            "ZONES": income_zones(),
            "CATEGORY_FIELDS": ["income"],
            "COUNT_FIELD": "population",
            "OUTPUT": "memory:",
        },
        log,
    )
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
    rates = table(
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
    trips = table(
        ["income:string", "factor:double"],
        [("low", 10.0)] * 3 + [("high", 5.0)] * 4 + [("middle", 4.0), ("other", 1.0)],
    )
    persons = table(
        ["income:string", "factor:double"],
        [("low", 6.0), ("low", 6.0), ("high", 8.0)] + [("middle", 1.0)] * 4,
    )
    log = Log()
    result = run(
        "tripgeneration",
        {
            "ZONES": income_zones(),
            "CATEGORY_FIELDS": ["income"],
            "COUNT_FIELD": "population",
            "SURVEY_TRIPS": trips,
            "SURVEY_TRIP_WEIGHT": "factor",
            "SURVEY_PERSONS": persons,
            "SURVEY_PERSON_WEIGHT": "factor",
            "BALANCE": 3,
            "OUTPUT": "memory:",
        },
        log,
    )
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
    with pytest.raises(QgsProcessingException, match="both the trips table and the persons table"):
        run(
            "tripgeneration",
            {
                "ZONES": income_zones(),
                "CATEGORY_FIELDS": ["income"],
                "SURVEY_TRIPS": trips,
                "OUTPUT": "memory:",
            },
        )
    no_field = table(["group:string"], [("low",)])
    with pytest.raises(QgsProcessingException, match="persons table has no field income"):
        run(
            "tripgeneration",
            {
                "ZONES": income_zones(),
                "CATEGORY_FIELDS": ["income"],
                "SURVEY_TRIPS": trips,
                "SURVEY_PERSONS": no_field,
                "OUTPUT": "memory:",
            },
        )


def test_trip_generation_regression_predicts_unobserved_zones(conecta_plugin):
    # observed trips follow 10 + 2 × population exactly, so OLS recovers it; zone 4 is predicted
    zones = table(
        ["id:integer", "population:double", "jobs:double", "observed:double"],
        [(1, 100.0, 1.0, 210.0), (2, 50.0, 1.0, 110.0), (3, 20.0, 1.0, 50.0), (4, 70.0, 1.0, None)],
    )
    log = Log()
    result = run(
        "tripgeneration",
        {
            "ZONES": zones,
            "PRODUCTION_METHOD": 2,
            "PRODUCTION_FIELDS": ["population"],
            "PRODUCTION_OBSERVED": "observed",
            "BALANCE": 3,
            "OUTPUT": "memory:",
        },
        log,
    )
    assert [p for (p,) in rows(result["OUTPUT"], "productions")] == pytest.approx([210.0, 110.0, 50.0, 150.0])
    assert "R² = 1.000" in log.text()


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
    with pytest.raises(QgsProcessingException, match="category field"):
        run("tripgeneration", {"ZONES": income_zones(), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="2 category fields"):
        run(
            "tripgeneration",
            {
                "ZONES": income_zones(),
                "CATEGORY_FIELDS": ["income", "size"],
                "RATES": ["low", 1],
                "OUTPUT": "memory:",
            },
        )
    with pytest.raises(
        QgsProcessingException, match="Field income holds text that is not a number, e.g. 'low'"
    ):
        run(
            "tripgeneration",
            {
                "ZONES": income_zones(),
                "PRODUCTION_METHOD": 1,
                "PRODUCTION_FIELDS": ["income"],
                "OUTPUT": "memory:",
            },
        )
    with pytest.raises(QgsProcessingException, match="2 attractions fields but 3 rates"):
        run(
            "tripgeneration",
            {
                "ZONES": income_zones(),
                "CATEGORY_FIELDS": ["income"],
                "ATTRACTION_FIELDS": ["jobs", "schools"],
                "ATTRACTION_RATES": "1,2,3",
                "OUTPUT": "memory:",
            },
        )


# ------------------------------------------------------------------ trip distribution


def test_ow_gravity_exponential_through_processing_matches_furness_and_core(conecta_plugin, textbook):
    from conecta.core.demand import Deterrence, gravity

    ex = textbook["OW2011_gravity_exp0.1"]  # O&W (2011) pp. 184-189, f = exp(-0.1 c)
    cost = np.array(ex["cost"])
    log = Log()
    result = run(
        "tripdistribution",
        {
            "ZONES": zones_table(ex["O"], ex["D"]),
            "ZONES_ID": "id",
            "COST_MATRIX": long_matrix(cost),
            "BETA": 0.1,
            "TOLERANCE": 1e-10,
            "OUTPUT": "memory:",
        },
        log,
    )
    trips = od_dense(result["OUTPUT"], 4)
    np.testing.assert_allclose(
        trips, furness_reference(np.exp(-0.1 * cost), ex["O"], ex["D"], 500), rtol=1e-8
    )
    core = gravity(ex["O"], ex["D"], cost, Deterrence("exponential", beta=0.1), tolerance=1e-10)
    np.testing.assert_allclose(trips, core.trips, rtol=1e-12)
    assert result["CONVERGED"] is True
    assert result["TOTAL_TRIPS"] == pytest.approx(1962.0)
    assert result["MEAN_COST"] == pytest.approx(float((trips * cost).sum() / trips.sum()))
    assert od_dense(result["OUTPUT"], 4, "cost") == pytest.approx(cost)
    assert "balancing iterations" in log.text() and "beta = 0.1" in log.text()

    # Hyman: calibrating to the mean cost the model gave with β = 0.1 recovers β = 0.1
    calibrated = run(
        "tripdistribution",
        {
            "ZONES": zones_table(ex["O"], ex["D"]),
            "ZONES_ID": "id",
            "COST_MATRIX": long_matrix(cost),
            "CALIBRATE_TO_MEAN_COST": result["MEAN_COST"],
            "TOLERANCE": 1e-10,
            "OUTPUT": "memory:",
        },
    )
    assert calibrated["BETA"] == pytest.approx(0.1, rel=1e-3)
    assert calibrated["MEAN_COST"] == pytest.approx(result["MEAN_COST"], rel=1e-4)


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


def test_missing_pairs_intrazonal_rule_and_table_deterrence(conecta_plugin, tmp_path):
    # diagonal absent and pair 1→3 / 3→1 missing: intrazonal = half the nearest other zone
    cost = [[0, 10, 0], [10, 0, 30], [0, 30, 0]]
    matrix = long_matrix(cost, skip={(0, 0), (1, 1), (2, 2), (0, 2), (2, 0)})
    log = Log()
    result = run(
        "tripdistribution",
        {
            "ZONES": zones_table([10.0, 10.0, 10.0], [10.0, 10.0, 10.0]),
            "ZONES_ID": "id",
            "COST_MATRIX": matrix,
            "DETERRENCE": 3,
            "DETERRENCE_TABLE": [6, 1.0, 20, 0.5, 40, 0.25],
            "OUTPUT": "memory:",
        },
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
    with pytest.raises(QgsProcessingException, match="2 zero costs.*power"):
        run(
            "tripdistribution",
            {
                "ZONES": zones,
                "ZONES_ID": "id",
                "COST_MATRIX": long_matrix([[0, 5], [5, 0]]),
                "DETERRENCE": 1,
                "INTRAZONAL_COST": 0,
                "OUTPUT": "memory:",
            },
        )
    with pytest.raises(QgsProcessingException, match="No row of the cost matrix matches the zone ids"):
        run(
            "tripdistribution",
            {
                "ZONES": zones,
                "ZONES_ID": "id",
                "COST_MATRIX": long_matrix([[1, 5], [5, 1]], ids=[7, 8]),
                "OUTPUT": "memory:",
            },
        )
    with pytest.raises(QgsProcessingException, match="Zone ids must be unique.*field id repeats: 1"):
        run(
            "tripdistribution",
            {
                "ZONES": zones_table([1.0, 1.0], [1.0, 1.0], ids=[1, 1]),
                "ZONES_ID": "id",
                "COST_MATRIX": long_matrix([[1, 5], [5, 1]]),
                "OUTPUT": "memory:",
            },
        )
    with pytest.raises(QgsProcessingException, match="cost matrix has no rows"):
        run(
            "tripdistribution",
            {"ZONES": zones, "ZONES_ID": "id", "COST_MATRIX": long_matrix([]), "OUTPUT": "memory:"},
        )
    with pytest.raises(QgsProcessingException, match="Every zone has 0 in field productions"):
        run(
            "tripdistribution",
            {
                "ZONES": zones_table([0.0, 0.0], [1.0, 1.0]),
                "ZONES_ID": "id",
                "COST_MATRIX": long_matrix([[1, 5], [5, 1]]),
                "OUTPUT": "memory:",
            },
        )


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
    csv = tmp_path / "car_times.csv"
    pd.DataFrame({"from_id": np.array(ids)[i], "to_id": np.array(ids)[j], "minutes": minutes[i, j]}).to_csv(
        csv, index=False
    )
    log = Log()
    result = run(
        "tripdistribution",
        {
            "ZONES": zones,
            "ZONES_ID": "id",
            "COST_MATRIX": str(csv),
            "COST_FIELD": "minutes",
            "BETA": 0.1,
            "OUTPUT": str(tmp_path / "trips.csv"),
        },
        log,
    )
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


# ------------------------------------------------------------------ mode split


def test_logit_mode_split_by_hand(conecta_plugin, tmp_path):
    od = table(
        ["from_id:integer", "to_id:integer", "trips:double"],
        [(1, 2, 100.0), (2, 1, 50.0), (1, 1, 10.0)],
    )
    walk = long_matrix([[5, 30], [30, 5]])
    car = tmp_path / "car.csv"
    # car misses pair 1→1: walking only there
    pd.DataFrame(
        {"from_id": [1, 2], "to_id": [2, 1], "travel_time": [10.0, 10.0], "fare": [2.0, 2.0]}
    ).to_csv(car, index=False)
    result = run(
        "modesplit",
        {
            "OD": od,
            "WALK_MATRIX": walk,
            "CAR_MATRIX": str(car),
            "COST_FIELD": "fare",
            "COEFFICIENTS": ["walk", 0, -0.1, 0, "car", -0.5, -0.05, -0.2],
            "OUTPUT": "memory:",
            "SHARES": "memory:",
        },
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


def test_mode_split_reports_pairs_without_any_mode_and_bad_coefficients(conecta_plugin):
    od = table(["from_id:string", "to_id:string", "trips:double"], [("1", "2", 100.0), ("2", "3", 40.0)])
    log = Log()
    result = run(
        "modesplit",
        {"OD": od, "WALK_MATRIX": long_matrix([[1, 5], [5, 1]]), "OUTPUT": "memory:", "SHARES": "memory:"},
        log,
    )
    # text ids "1", "2" match integer ids 1, 2; pair 2→3 has no time for any mode
    assert result["TRIPS_WITHOUT_MODE"] == pytest.approx(40.0)
    assert "1 OD pairs (40.0 trips) have no available mode" in log.text()
    with pytest.raises(QgsProcessingException, match="no row for car"):
        run(
            "modesplit",
            {
                "OD": od,
                "CAR_MATRIX": long_matrix([[1, 5], [5, 1]]),
                "COEFFICIENTS": ["walk", 0, -0.1, 0],
                "OUTPUT": "memory:",
                "SHARES": "memory:",
            },
        )
    with pytest.raises(QgsProcessingException, match="at least one mode"):
        run("modesplit", {"OD": od, "OUTPUT": "memory:", "SHARES": "memory:"})


# ------------------------------------------------------------------ desire lines


def square_zones():
    """Three 100 m squares side by side (EPSG:31982): points on surface are their centres."""
    return table(
        ["id:integer"],
        [
            (
                (k + 1,),
                f"POLYGON(({100 * k} 0, {100 * k + 100} 0, {100 * k + 100} 100, {100 * k} 100, {100 * k} 0))",
            )
            for k in range(3)
        ],
        geometry="Polygon",
        crs="EPSG:31982",
    )


def test_desire_lines_by_hand(conecta_plugin):
    od = table(
        ["from_id:integer", "to_id:integer", "trips:double"],
        [(1, 2, 30.0), (2, 1, 10.0), (1, 3, 5.0), (3, 3, 99.0), (2, 3, 1.0), (9, 1, 7.0)],
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


def test_desire_lines_need_matching_ids(conecta_plugin):
    od = table(["from_id:integer", "to_id:integer", "trips:double"], [(7, 8, 1.0)])
    with pytest.raises(QgsProcessingException, match="No OD row matches the zone ids"):
        run("desirelines", {"OD": od, "ZONES": square_zones(), "ZONES_ID": "id", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="OD table has no rows"):
        run(
            "desirelines",
            {
                "OD": table(["from_id:integer", "to_id:integer", "trips:double"], []),
                "ZONES": square_zones(),
                "ZONES_ID": "id",
                "OUTPUT": "memory:",
            },
        )


def test_desire_line_style_widths_grow_with_trips(conecta_plugin):
    from qgis.core import QgsGraduatedSymbolRenderer

    from conecta.processing.algorithms.desirelines import desire_line_style

    od = table(
        ["from_id:integer", "to_id:integer", "trips:double"],
        [(1, 2, 30.0), (2, 1, 10.0), (1, 3, 5.0), (2, 3, 1.0), (3, 1, 100.0), (3, 2, 50.0)],
    )
    lines = run("desirelines", {"OD": od, "ZONES": square_zones(), "ZONES_ID": "id", "OUTPUT": "memory:"})[
        "OUTPUT"
    ]
    desire_line_style("trips")(lines)
    renderer = lines.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "trips"
    widths = [r.symbol().width() for r in renderer.ranges()]
    assert widths == sorted(widths) and widths[0] < widths[-1]
    assert renderer.ranges()[0].lowerValue() == 1.0 and renderer.ranges()[-1].upperValue() == 100.0


@pytest.fixture
def spanish():
    from qgis.core import QgsSettings

    from conecta.translation import install_translator

    settings = QgsSettings()
    old = settings.value("locale/userLocale"), settings.value("locale/overrideFlag")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "es")
    yield install_translator()
    settings.setValue("locale/userLocale", old[0] or "")
    settings.setValue("locale/overrideFlag", old[1] or False)
    install_translator("en")


def test_bad_input_message_is_translated(conecta_plugin, spanish):
    assert spanish and spanish.endswith("conecta_es.qm")
    od = table(["from_id:integer", "to_id:integer", "trips:double"], [(7, 8, 1.0)])
    with pytest.raises(
        QgsProcessingException, match="Ninguna fila OD coincide con los identificadores de zona"
    ):
        run("desirelines", {"OD": od, "ZONES": square_zones(), "ZONES_ID": "id", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="La tabla OD no tiene filas"):
        run(
            "modesplit",
            {
                "OD": table(["from_id:integer", "to_id:integer", "trips:double"], []),
                "WALK_MATRIX": long_matrix([[1]]),
                "OUTPUT": "memory:",
                "SHARES": "memory:",
            },
        )


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
    zones = table(
        ["id:string"],
        [((name,), f"POINT({x0 + x} {y0 + y})") for name, (x, y) in points.items()],
        geometry="Point",
        crs=crs,
    )
    od = table(["from_id:string", "to_id:string", "trips:double"], [("A", "B", 10.0), ("A", "C", 5.0)])
    result = processing.run(
        "conecta:desirelines",
        {"OD": od, "ZONES": zones, "ZONES_ID": "id", "NETWORK": network, "MODE": 2, "OUTPUT": "memory:"},
    )
    lines = {(f["from_id"], f["to_id"]): f.geometry().asPolyline() for f in result["OUTPUT"].getFeatures()}
    route = [(round(p.x() - x0), round(p.y() - y0)) for p in lines[("A", "B")]]
    # primary 60 km/h over 2,000 m (120 s) beats the 1,414 m track at 15 km/h (339 s)
    assert route == [(0, -20), (0, 0), (1000, 0), (1000, 1000), (1000, 1020)]
    assert len(lines[("A", "C")]) == 2  # C is 127 km away from any street: a straight line
