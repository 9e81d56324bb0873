"""The city report's figures, summary and city sheet (core/report.py), without QGIS: hand-computed cases."""

import json

import numpy as np
import pandas as pd
import pytest

from conecta.core.errors import InputError
from conecta.core.report import (
    SUMMARY_KEY,
    SUMMARY_VERSION,
    city_sheet,
    city_title,
    generic_name,
    overall_measures,
    read_summaries,
    report_figures,
    report_summary,
    sdg_headline,
    sdg_records,
    slug,
)

# ten zones of 100 people, income 1..10, accessibility 10, 20, ..., 100
TEN = pd.DataFrame(
    {
        "access": [10.0 * i for i in range(1, 11)],
        "population": [100.0] * 10,
        "income": [float(i) for i in range(1, 11)],
    }
)


def test_figures_of_a_field_by_hand():
    figures = report_figures([("access", "Jobs")], TEN, "population", "income")
    (summary,) = figures.summaries
    assert figures.population == 1000 and summary.label == "Jobs" and summary.missing == 0
    # equal populations: each income quintile is two zones; Q1 (incomes 1, 2) mean 15, Q5 (9, 10) mean 95
    assert summary.quintiles["mean_access"].tolist() == [15.0, 35.0, 55.0, 75.0, 95.0]
    assert summary.measures["quintile_ratio"] == pytest.approx(95 / 15)
    # Palma: wealthiest 10 % = zone 10 (100), poorest 40 % = zones 1-4 (mean 25)
    assert summary.measures["palma"] == pytest.approx(4.0)
    # Gini = sum|xi - xj| / (2 n^2 mean) = 10 * 330 / (2 * 100 * 55)
    assert summary.measures["gini"] == pytest.approx(0.3)
    assert summary.measures["mean"] == 55.0 and not summary.from_table


def test_an_inequality_table_is_used_only_for_the_field_it_was_computed_from():
    table = {"mean": 55.0, "population": 1000.0, "palma": 9.99, "unknown": 1.0}
    figures = report_figures([("access", "A"), ("income", "B")], TEN, "population", "income", table)
    first, second = figures.summaries
    assert first.from_table and first.measures["palma"] == 9.99 and "unknown" not in first.measures
    assert not second.from_table and figures.mismatched_table == ""
    other = report_figures([("access", "A")], TEN, "population", "", {"mean": 54.0, "population": 1000.0})
    assert other.mismatched_table == "access" and other.summaries[0].measures["mean"] == 55.0


def test_what_cannot_be_reported_is_refused_with_its_code():
    nobody = TEN.assign(population=0.0)
    with pytest.raises(InputError, match="No zone has a population above 0 in field population") as raised:
        report_figures([("access", "A")], nobody, "population")
    assert raised.value.code == "no_population"
    empty = TEN.assign(access=np.nan)
    with pytest.raises(InputError, match="No zone has both a value in access and a population above 0"):
        report_figures([("access", "A")], empty, "population")
    rows = pd.DataFrame({"measure": ["gini"], "group": ["1"], "value": [0.3]})
    with pytest.raises(InputError, match="The inequality table t.gpkg has no row of group 'all'"):
        overall_measures(rows, "t.gpkg")
    rows = pd.DataFrame({"measure": ["gini", "palma"], "group": ["all", "all"], "value": [0.3, np.nan]})
    assert overall_measures(rows) == {"gini": 0.3}


def test_an_income_field_without_values_is_flagged():
    figures = report_figures([("access", "A")], TEN.assign(income=np.nan), "population", "income")
    assert figures.no_income and figures.summaries[0].quintiles is None


def test_sdg_records_headline_and_summary_schema():
    sdg = pd.DataFrame(
        {
            "scenario": ["low", "all"],
            "field": ["population", "population"],
            "served": [500.0, 600.0],
            "total": [1000.0, 1000.0],
            "indicator_pct": [50.0, np.nan],
        }
    )
    records = sdg_records(sdg)
    assert sdg_headline(records)["scenario"] == "all" and records[1]["indicator_pct"] is None
    assert sdg_headline(records[:1])["scenario"] == "low" and sdg_headline([]) == {}
    figures = report_figures([("access", "Jobs")], TEN, "population", "income")
    summary = report_summary(figures, records, 10, city="Ciudad", travel_mode="walk", html="a.html")
    assert summary[SUMMARY_KEY] == SUMMARY_VERSION and summary["population"] == 1000
    assert summary["sdg_11_2_1"][0] == {"scenario": "low", "field": "population", "indicator_pct": 50.0}
    jobs = summary["indicators"][0]
    assert jobs["field"] == "access" and jobs["palma"] == pytest.approx(4.0)
    json.dumps(summary)  # every value is plain JSON


def run(city, mode, indicators, sdg=None, **extra):
    return {SUMMARY_KEY: SUMMARY_VERSION, "city": city, "travel_mode": mode, "indicators": indicators,
            "sdg_11_2_1": sdg or [], "zones": 10, "population": 1000.0, "date": "2026-01-02", **extra}  # fmt: skip


def test_city_sheet_puts_cities_side_by_side(tmp_path):
    jobs = {"field": "acc_jobs_30", "label": "Jobs", "mean": 55.0, "gini": 0.3}
    (tmp_path / "b.json").write_text(json.dumps(run("Bogotá", "walk", [jobs])))
    (tmp_path / "a.json").write_text(
        json.dumps(
            run("Asunción", "car", [{**jobs, "mean": 20.0, "palma": 2.0}, {"field": "x", "label": "X"}])
        )
    )
    (tmp_path / "other.json").write_text(json.dumps({"not": "a report"}))
    (tmp_path / "broken.json").write_text("{")
    runs = read_summaries(tmp_path)
    assert [r["city"] for r in runs] == ["Asunción", "Bogotá"]  # other JSON files are left alone
    sheet = city_sheet(runs)
    assert sheet.cities == ["Asunción", "Bogotá"] and sheet.population == [1000.0, 1000.0]
    first, second = sheet.indicators
    assert (first.field, first.label, first.mode) == ("acc_jobs_30", "Jobs", "")  # the modes differ
    assert first.values["mean"] == [20.0, 55.0] and first.values["palma"] == [2.0, None]
    assert (second.field, second.mode, second.present) == ("x", "car", [True, False])
    assert sheet.chart("x") == (["Asunción"], [0.0], [0.0])
    assert sheet.chart("acc_jobs_30") == (["Asunción", "Bogotá"], [20.0, 55.0], [0.3, 0.3])
    assert sheet.chart("missing") == ([], [], []) and sheet.sdg == [None, None]


def test_city_names_from_layer_names():
    assert slug("São Paulo — centro") == "sao_paulo_centro" and slug("¿?") == "city"
    assert generic_name("Accessibility — Walking") and generic_name("output_2") and generic_name("zonas_h3 9")
    assert not generic_name("Belo Horizonte")
    assert city_title(["", "untitled", "zonas", "Canoas"]) == "Canoas" and city_title(["Zones"]) == ""
