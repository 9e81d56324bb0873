"""conecta:report — the city report (HTML + PDF) and the city sheet, through Processing.

Belo Horizonte: accessibility and inequality from conecta:accessibility and conecta:accessinequality on
the `accessibility` package's sample data; the Palma ratio (3.800465) and Gini index (0.4715251) are the
values the package publishes (ipeaGIT/accessibility README.md, articles/inequality_and_poverty.md). The
small cases are computed by hand in the comments.
"""

import hashlib
import json
import re
import shutil
import subprocess
import time
from html import unescape

import numpy as np
import pandas as pd
import processing
import pytest
from processing_helpers import jobs_within_30_minutes
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from data_paths import shared
from feedback_log import Log
from layers import memory_layer, table_layer
from pdf_words import pdf_pages_words, words_outside


def pdf_pages(path):
    """Page count of a PDF: pdfinfo (poppler-utils) when installed, else the /Type /Page objects."""
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"Pages:\s+(\d+)", out).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def pdf_text(path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils): PDF text not checked")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def visible(html):
    """The text of an HTML page without tags, styles and embedded images."""
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def page_holding(pages, *texts):
    """The words of the first page where every word of every text appears whole (None if no page)."""
    for _, _, words in pages:
        present = {w[0] for w in words}
        if all(word in present for text in texts for word in text.split()):
            return present
    return None


# ------------------------------------------------------------------------------------ Belo Horizonte


@pytest.fixture(scope="module")
def bh(conecta_plugin):
    zones = QgsVectorLayer(str(shared("belo_horizonte", "bho_hex_h3res9.geojson")), "bh", "ogr")
    assert zones.isValid()
    access = processing.run(
        "conecta:accessibility",
        {
            "TRAVEL_MATRIX": str(shared("belo_horizonte", "travel_matrix.csv.gz")),
            "ZONES": zones,
            "ZONES_ID": "id",
            "OPPORTUNITIES": ["jobs", "schools"],
            "POPULATION": "population",
            "MEASURE": 0,
            "CUTOFF": "30",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    inequality = processing.run(
        "conecta:accessinequality",
        {
            "INPUT": access,
            "ACCESS_FIELD": "acc_jobs_30",
            "POPULATION": "population",
            "INCOME": "income_per_capita",
            "ID_FIELD": "id",
            "OUTPUT": "memory:",
        },
    )
    return access, inequality


def bh_report(bh, folder, language=1, runs=None, **extra):
    access, inequality = bh
    parameters = {
        "ZONES": access,
        "ACCESS_FIELDS": ["acc_jobs_30", "acc_schools_30"],
        "POPULATION": "population",
        "INCOME": "income_per_capita",
        "INEQUALITY": inequality["OUTPUT"],
        "CITY_NAME": "Belo Horizonte",
        "LANGUAGE": language,
        "OUTPUT_HTML": str(folder / "bh.html"),
        "OUTPUT_PDF": str(folder / "bh.pdf"),
    }
    if runs is not None:
        parameters["RUNS_FOLDER"] = str(runs)
    parameters.update(extra)
    log = Log()
    return processing.run("conecta:report", parameters, feedback=log), log


def test_report_holds_the_numbers_the_algorithms_produced(bh, tmp_path):
    _, inequality = bh
    result, _ = bh_report(bh, tmp_path)
    palma, gini = inequality["PALMA"], inequality["GINI"]
    # the package's published values, as the report formats them (2 and 3 decimals)
    assert f"{palma:.2f}" == "3.80" and f"{gini:.3f}" == "0.472"
    html_path, pdf_path = tmp_path / "bh.html", tmp_path / "bh.pdf"
    assert result["OUTPUT_HTML"] == str(html_path) and result["OUTPUT_PDF"] == str(pdf_path)
    html = html_path.read_text(encoding="utf-8")
    text = visible(html)
    # key figures of acc_jobs_30 and the inequality table hold the algorithm's Palma and Gini
    assert '<div class="value">3.80</div>' in html and '<div class="value">0.472</div>' in html
    assert re.search(r"Palma ratio \(wealthiest 10 % / poorest 40 %\)</td><td class=\"n\">3\.80</td>", html)
    assert re.search(r"Gini index</td><td class=\"n\">0\.472</td>", html)
    # Erreygers-corrected concentration index 0.3346494 and Theil T 0.3616631 (package articles)
    assert re.search(r"Erreygers-corrected</td><td class=\"n\">0\.335</td>", html)
    assert re.search(r"Theil T index</td><td class=\"n\">0\.362</td>", html)
    # population: the sum of the data's population column, with a thousands separator
    assert "941,160" in text
    # two maps, two histograms and two decile/Lorenz charts, all embedded
    assert html.count("data:image/png;base64,") == 6
    assert "Accessibility report: Belo Horizonte" in text and "Luo, W. & Wang, F. (2003)" in text
    assert not re.search(r"\{\d*\}", text), "a placeholder was left in the report"
    # the PDF: several pages with real text
    assert pdf_pages(pdf_path) >= 2
    pdf = pdf_text(pdf_path)
    assert "Belo Horizonte" in pdf and "3.80" in pdf and "0.472" in pdf and "Palma ratio" in pdf
    # summary next to the HTML, with the unrounded values
    summary = json.loads((tmp_path / "bh.json").read_text(encoding="utf-8"))
    jobs = summary["indicators"][0]
    assert summary["city"] == "Belo Horizonte" and jobs["field"] == "acc_jobs_30"
    assert jobs["palma"] == pytest.approx(3.800465, abs=5e-7)
    assert jobs["gini"] == pytest.approx(0.4715251, abs=5e-8)


def test_report_in_spanish_with_decimal_commas(bh, tmp_path):
    registry = QgsApplication.processingRegistry()
    english = registry.algorithmById("conecta:report").displayName()
    bh_report(bh, tmp_path, language=2)
    html = (tmp_path / "bh.html").read_text(encoding="utf-8")
    text = visible(html)
    assert '<html lang="es">' in html
    assert "Informe de accesibilidad: Belo Horizonte" in text
    for heading in ("Indicadores", "Mapas", "Gráficos", "Fuentes de datos y métodos"):
        assert f"<h2>{heading}</h2>" in html
    assert "Razón de Palma" in text and "Índice de Gini" in text
    # Spanish number conventions: 3,80 and 0,472; thousands with a dot
    assert '<div class="value">3,80</div>' in html and '<div class="value">0,472</div>' in html
    assert "941.160" in text
    assert "Razón de Palma" in pdf_text(tmp_path / "bh.pdf")
    # QGIS's own language is back once the report is written
    assert registry.algorithmById("conecta:report").displayName() == english


def test_inequality_table_of_another_field_is_not_used(bh, tmp_path):
    # the table was computed from acc_jobs_30: reporting acc_schools_30 first must not borrow its measures
    result, log = bh_report(bh, tmp_path, ACCESS_FIELDS=["acc_schools_30"])
    assert "was not computed from field acc_schools_30" in log.text()
    html = (tmp_path / "bh.html").read_text(encoding="utf-8")
    assert '<div class="value">3.80</div>' not in html


# ------------------------------------------------------------------------------ small hand-made city


def point_zones(rows, fields="id:integer&field=access:double&field=population:double&field=income:double"):
    layer = QgsVectorLayer(f"Point?crs=EPSG:31982&field={fields}", "zones", "memory")
    features = []
    for i, row in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        feature.setGeometry(
            QgsGeometry.fromPointXY(QgsPointXY(480000 + 500 * (i % 4), 6670000 + 500 * (i // 4)))
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


# ten zones of 100 people, income 1..10, accessibility 10, 20, ..., 100
TEN = [(i, 10.0 * i, 100.0, float(i)) for i in range(1, 11)]
SDG = [("all", "population", 600.0, 1000.0, 60.0), ("low", "population", 500.0, 1000.0, 50.0)]
SDG_FIELDS = ["scenario:string", "field:string", "served:double", "total:double", "indicator_pct:double"]


def small_report(tmp_path, zones, feedback=None, **extra):
    parameters = {
        "ZONES": zones,
        "ACCESS_FIELDS": ["access"],
        "POPULATION": "population",
        "INCOME": "income",
        "CITY_NAME": "Ciudad Chica",
        "LANGUAGE": 1,
        "OUTPUT_HTML": str(tmp_path / "small.html"),
        "OUTPUT_PDF": str(tmp_path / "small.pdf"),
    }
    parameters.update(extra)
    return processing.run("conecta:report", parameters, feedback=feedback)


def test_small_city_quintiles_inequality_and_sdg_by_hand(conecta_plugin, tmp_path):
    small_report(tmp_path, point_zones(TEN), SDG_TABLE=table_layer(SDG_FIELDS, SDG))
    html = (tmp_path / "small.html").read_text(encoding="utf-8")
    # equal populations: each income quintile is two zones (Q1 = incomes 1, 2; Q5 = incomes 9, 10)
    # Q1 mean (10 + 20) / 2 = 15, Q5 (90 + 100) / 2 = 95, Q5 / Q1 = 6.33
    assert '<td>Q1 (poorest 20 %)</td><td class="n">200</td><td class="n">15.0</td>' in html
    assert '<td>Q3</td><td class="n">200</td><td class="n">55.0</td>' in html
    assert '<td>Q5 (wealthiest 20 %)</td><td class="n">200</td><td class="n">95.0</td>' in html
    assert re.search(r"\(Q5 / Q1\)</td><td class=\"n\"></td><td class=\"n\">6\.33</td>", html)
    # Palma: wealthiest 10 % = zone 10 (100), poorest 40 % = zones 1-4 (mean 25) → 4.00
    assert (
        '<div class="name">Palma ratio (wealthiest 10 % / poorest 40 %)</div><div class="value">4.00</div>'
        in html
    )
    # Gini = Σ|xi - xj| / (2 n² mean) = 10 · 330 / (2 · 100 · 55) = 0.300
    assert '<div class="name">Gini index</div><div class="value">0.300</div>' in html
    # mean 55.0 and median: weighted median of 10..100 with equal weights = 55.0
    assert (
        '<div class="name">Mean accessibility (population-weighted)</div><div class="value">55.0</div>'
        in html
    )
    # SDG 11.2.1 disaggregated, with the headline (scenario "all") among the key figures
    assert '<div class="value">60.0 %</div>' in html
    assert '<td class="n">600</td><td class="n">1,000</td><td class="n">60.0 %</td>' in html
    assert "Low-capacity stops (500 m)" in html
    assert pdf_pages(tmp_path / "small.pdf") >= 2


def test_without_income_the_report_skips_income_figures(conecta_plugin, tmp_path):
    small_report(tmp_path, point_zones(TEN), INCOME=None, OUTPUT_PDF=None)
    html = (tmp_path / "small.html").read_text(encoding="utf-8")
    assert "Income quintile" not in html and "Palma ratio" not in html
    assert '<div class="name">Gini index</div><div class="value">0.300</div>' in html
    assert not (tmp_path / "small.pdf").exists()


def test_bad_input_gets_messages_that_say_what_to_fix(conecta_plugin, tmp_path):
    zones = point_zones(TEN)
    with pytest.raises(QgsProcessingException, match="Incorrect parameter value for ACCESS_FIELDS"):
        small_report(tmp_path, zones, ACCESS_FIELDS=[])
    text_zones = point_zones(
        [(1, 1.0, 1.0, 1.0, "a")],
        fields="id:integer&field=access:double&field=population:double&field=income:double&field=name:string",
    )
    with pytest.raises(QgsProcessingException, match="Field name holds text that is not a number, e.g. 'a'"):
        small_report(tmp_path, text_zones, ACCESS_FIELDS=["name"])
    with pytest.raises(QgsProcessingException, match="The layer zones has no features"):
        small_report(tmp_path, point_zones([]))
    with pytest.raises(QgsProcessingException, match="No zone has a population above 0 in field population"):
        small_report(tmp_path, point_zones([(1, 5.0, 0.0, 1.0)]))
    # a field with no value where people live
    empty = point_zones([(1, None, 10.0, 1.0), (2, 5.0, 0.0, 1.0)])
    with pytest.raises(
        QgsProcessingException, match="No zone has both a value in access and a population above 0"
    ):
        small_report(tmp_path, empty)
    with pytest.raises(QgsProcessingException, match="has no field measure, value; its fields are"):
        small_report(tmp_path, zones, INEQUALITY=table_layer(["group:string"], [("all",)]))
    only_groups = table_layer(
        ["measure:string", "group:string", "value:double"], [("gini", "1", 0.3)], "ineq"
    )
    with pytest.raises(QgsProcessingException, match="The inequality table ineq has no row of group 'all'"):
        small_report(tmp_path, zones, INEQUALITY=only_groups)
    with pytest.raises(QgsProcessingException, match="has no field indicator_pct"):
        small_report(tmp_path, zones, SDG_TABLE=table_layer(SDG_FIELDS[:4], [SDG[0][:4]]))
    lines = memory_layer(
        "LineString?crs=EPSG:31982&field=access:double&field=population:double",
        [("LINESTRING(0 0, 1 1)", [1.0, 1.0])],
    )
    with pytest.raises(QgsProcessingException, match="The zone layer needs polygons or points to be mapped"):
        small_report(tmp_path, lines, INCOME=None)
    no_crs = memory_layer("Point?field=access:double&field=population:double", [("POINT(0 0)", [1.0, 1.0])])
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(QgsProcessingException, match="has no coordinate reference system"):
        small_report(tmp_path, no_crs, INCOME=None)
    (tmp_path / "runs").write_text("a file")
    with pytest.raises(QgsProcessingException, match="The runs folder .*runs is a file, not a folder"):
        small_report(tmp_path, zones, RUNS_FOLDER=str(tmp_path / "runs"))
    # /proc refuses new folders and files, even to root
    with pytest.raises(
        QgsProcessingException, match="The runs folder /proc/conecta cannot be created or written"
    ):
        small_report(tmp_path, zones, RUNS_FOLDER="/proc/conecta")
    # nothing half-written
    assert not (tmp_path / "small.html").exists() and not (tmp_path / "small.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["runs"]


def test_outputs_where_no_file_can_be_written_are_refused_before_any_work(conecta_plugin, tmp_path):
    for output, message in (
        (
            {"OUTPUT_HTML": "/proc/conecta/report.html"},
            "The folder /proc/conecta of output 'Report (HTML)' does not exist and cannot be created",
        ),
        (
            {"OUTPUT_PDF": "/proc/report.pdf"},
            "Output 'Report (PDF)' cannot be written to /proc/report.pdf: the folder or file is read-only",
        ),
    ):
        log = Log()
        with pytest.raises(QgsProcessingException):
            small_report(tmp_path, point_zones(TEN), **output, feedback=log)
        assert message in log.text()
    assert list(tmp_path.iterdir()) == []


def test_a_drawing_that_fails_is_said_and_leaves_nothing(conecta_plugin, tmp_path, monkeypatch):
    """QGIS's layout exporter can fail (a full disk, a font or printer error): the planner gets the message and
    no report file is left, whichever drawing failed."""
    from conecta.processing.report import layout

    zones, runs = point_zones(TEN), tmp_path / "runs"
    monkeypatch.setattr(layout, "export_region_png", lambda *args: False)
    with pytest.raises(QgsProcessingException, match="The map of access could not be drawn"):
        small_report(tmp_path, zones)
    monkeypatch.undo()
    monkeypatch.setattr(layout, "export_pdf", lambda *args: False)
    with pytest.raises(QgsProcessingException, match="The PDF could not be written to .*small.pdf"):
        small_report(tmp_path, zones)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(QgsProcessingException, match="The city sheet could not be written to .*runs"):
        small_report(tmp_path, zones, OUTPUT_PDF=None, RUNS_FOLDER=str(runs))
    monkeypatch.undo()
    # the report itself was written before the sheet failed; the sheet is absent
    assert not (runs / "city_sheet.html").exists() and not (runs / "city_sheet.pdf").exists()


BOW_TIE = "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))"  # self-intersecting: invalid for GEOS


def polygon_zones():
    """Three square zones and a bow tie (feature id 4), with access, population and income."""
    squares = [
        (f"POLYGON(({x} 0, {x + 100} 0, {x + 100} 100, {x} 100, {x} 0))", [k, 10.0 * k, 100.0, float(k)])
        for k, x in ((1, 200), (2, 400), (3, 600))
    ]
    return memory_layer(
        "Polygon?crs=EPSG:31982&field=id:integer&field=access:double&field=population:double&field=income:double",
        squares + [(BOW_TIE, [4, 40.0, 100.0, 4.0])],
        name="census zones",
    )


def report_with(check, tmp_path, feedback=None):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(check)
    parameters = {
        "ZONES": polygon_zones(),
        "ACCESS_FIELDS": ["access"],
        "POPULATION": "population",
        "CITY_NAME": "Ciudad Chica",
        "LANGUAGE": 1,
        "OUTPUT_HTML": str(tmp_path / "r.html"),
        "OUTPUT_PDF": None,
    }
    processing.run("conecta:report", parameters, context=context, feedback=feedback or Log())
    return json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))


def test_invalid_zone_geometry_in_the_three_settings(conecta_plugin, tmp_path):
    with pytest.raises(
        QgsProcessingException, match="Feature \\(4\\) from “census zones” has invalid geometry"
    ):
        report_with(QgsFeatureRequest.GeometryAbortOnInvalid, tmp_path)
    assert not (tmp_path / "r.html").exists()
    log = Log()
    (tmp_path / "skip").mkdir()
    skipped = report_with(QgsFeatureRequest.GeometrySkipInvalid, tmp_path / "skip", log)
    # zone 4 (40 jobs, 100 people) is left out: mean of 10, 20, 30 over 300 people
    assert (skipped["zones"], skipped["population"], skipped["indicators"][0]["mean"]) == (3, 300.0, 20.0)
    assert "1 features of census zones have an invalid geometry and were skipped (ids 4)." in log.warnings
    (tmp_path / "kept").mkdir()
    kept = report_with(QgsFeatureRequest.GeometryNoCheck, tmp_path / "kept")
    assert (kept["zones"], kept["indicators"][0]["mean"]) == (4, 25.0)


def test_a_zone_without_geometry_counts_in_the_figures_but_is_not_drawn(conecta_plugin, tmp_path):
    zones = polygon_zones()
    zones.dataProvider().changeGeometryValues({4: QgsGeometry()})
    log = Log()
    small_report(tmp_path, zones, feedback=log, OUTPUT_PDF=None, INCOME=None)
    summary = json.loads((tmp_path / "small.json").read_text(encoding="utf-8"))
    assert (summary["zones"], summary["indicators"][0]["mean"]) == (4, 25.0)


class CancelAtCharts(QgsProcessingFeedback):
    """Cancels once the report is being drawn (progress past 15 %)."""

    def isCanceled(self):
        return self.progress() > 15 or super().isCanceled()


def test_a_cancelled_report_writes_nothing(conecta_plugin, tmp_path):
    runs = tmp_path / "runs"
    result = small_report(tmp_path, point_zones(TEN), RUNS_FOLDER=str(runs), feedback=CancelAtCharts())
    assert not any(result.get(key) for key in ("OUTPUT_HTML", "OUTPUT_PDF", "SUMMARY", "CITY_SHEET_HTML"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["runs"] and list(runs.iterdir()) == []


def test_the_input_files_are_never_changed(conecta_plugin, sample_gpkg, tmp_path):
    zones = tmp_path / "zones.gpkg"
    shutil.copyfile(sample_gpkg, zones)
    inequality = tmp_path / "inequality.csv"
    inequality.write_text("measure,group,value\ngini,all,0.5\nmean,all,1\n")
    before = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in (zones, inequality)}
    log = Log()
    processing.run(
        "conecta:report",
        {
            "ZONES": f"{zones}|layername=zones",
            "ACCESS_FIELDS": ["jobs"],
            "POPULATION": "population",
            "INEQUALITY": str(inequality),
            "CITY_NAME": "Porto Alegre",
            "LANGUAGE": 1,
            "OUTPUT_HTML": str(tmp_path / "out" / "r.html"),
            "OUTPUT_PDF": None,
        },
        feedback=log,
    )
    assert "The inequality table inequality.csv was not computed from field jobs" in log.text()
    assert {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in (zones, inequality)} == before


@pytest.mark.parametrize(
    "code, message",
    [
        ("es", "Ninguna zona tiene una población mayor que 0 en el campo population."),
        ("pt_BR", "Nenhuma zona tem população maior que 0 no campo population."),
    ],
)
def test_messages_in_the_users_language(conecta_plugin, tmp_path, ui_language, code, message):
    ui_language(code)
    with pytest.raises(QgsProcessingException) as raised:
        small_report(tmp_path, point_zones([(1, 5.0, 0.0, 1.0)]), LANGUAGE=1)
    # the planner's message follows QGIS's language, whatever the report's language (English here)
    assert str(raised.value) == message


def box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def test_report_from_the_sdg_table_written_as_csv_matches_the_gpkg_table(conecta_plugin, tmp_path):
    # the README's flow: conecta:sdg1121 writes its table as CSV, which QGIS opens with OGR (text fields)
    crs = "crs=EPSG:31982"
    network = memory_layer(
        f"LineString?{crs}&field=highway:string", [("LINESTRING(0 0, 4000 0)", ["residential"])]
    )
    stops = memory_layer(f"Point?{crs}&field=mode:string", [("POINT(1000 0)", ["bus"])])
    # the bus stop serves 500 m of street each side, buffered 50 m: zone a whole, zone b half, c nothing
    population = memory_layer(
        f"Polygon?{crs}&field=pop:double",
        [
            (box(600, -50, 800, 50), [100.0]),
            (box(1000, 0, 1200, 100), [200.0]),
            (box(5000, 0, 5100, 100), [400.0]),
        ],
    )
    summaries = {}
    for suffix in ("gpkg", "csv"):
        table = tmp_path / f"sdg1121.{suffix}"
        processing.run(
            "conecta:sdg1121",
            {
                "NETWORK": network,
                "STOPS": stops,
                "MODE_FIELD": "mode",
                "POPULATION_LAYER": population,
                "POPULATION_FIELDS": ["pop"],
                "OUTPUT": "TEMPORARY_OUTPUT",
                "OUTPUT_TABLE": str(table),
            },
        )
        layer = QgsVectorLayer(str(table), "sdg1121", "ogr")
        kinds = {f.name(): f.typeName() for f in layer.fields()}
        assert kinds["indicator_pct"] == ("String" if suffix == "csv" else "Real")
        folder = tmp_path / suffix
        small_report(
            folder,
            point_zones(TEN),
            SDG_TABLE=layer,
            OUTPUT_HTML=str(folder / "small.html"),
            OUTPUT_PDF=None,
        )
        html = (folder / "small.html").read_text(encoding="utf-8")
        # 200 of 700 people served: 28.6 %, the headline among the key figures and in the table
        assert '<div class="value">28.6 %</div>' in html
        assert '<td class="n">200</td><td class="n">700</td><td class="n">28.6 %</td>' in html
        summaries[suffix] = json.loads((folder / "small.json").read_text(encoding="utf-8"))["sdg_11_2_1"]
    headline = next(r for r in summaries["csv"] if r["scenario"] == "all")
    assert headline["indicator_pct"] == pytest.approx(100 * 200 / 700, abs=0.01)
    assert [(r["scenario"], r["field"]) for r in summaries["csv"]] == [
        (r["scenario"], r["field"]) for r in summaries["gpkg"]
    ]
    for from_csv, from_gpkg in zip(summaries["csv"], summaries["gpkg"]):
        assert from_csv["indicator_pct"] == pytest.approx(from_gpkg["indicator_pct"], rel=1e-12)


# ------------------------------------------------------------------ every language fits on the page

ACC_FIELDS = (
    "id:integer&field=acc_jobs_30:double&field=acc_jobs_60:double&field=population:double&field=income:double"
)
# accessibility 10, 20, ..., 100 within 30 min and twice that within 60 min: means 55.0 and 110
ACC_TEN = [(i, 10.0 * i, 20.0 * i, 100.0, float(i)) for i in range(1, 11)]
SDG_FOUR = SDG + [
    ("high", "population", 150.0, 1000.0, 15.0),
    ("all_frequent", "population", 400.0, 1000.0, 40.0),
]
# what a planner reads in each language: the SDG table's header (| between columns), its headline row, the
# fields' label ({} the cutoff), the decimal and the thousands separators
PAGE_TEXTS = {
    1: (
        "Stops and service area|Population group (field)|Population served|Population|Share",
        "All stops (500 m low capacity, 1,000 m high capacity)",
        "Jobs reachable within {} min on foot",
        ".,",
    ),
    2: (
        "Paradas y área de servicio|Grupo de población (campo)|Población servida|Población|Proporción",
        "Todas las paradas (500 m baja capacidad, 1.000 m alta capacidad)",
        "Empleos alcanzables en {} min a pie",
        ",.",
    ),
    3: (
        "Paradas e área de serviço|Grupo populacional (campo)|População atendida|População|Proporção",
        "Todas as paradas (500 m baixa capacidade, 1.000 m alta capacidade)",
        "Empregos acessíveis em até {} min a pé",
        ",.",
    ),
}


@pytest.mark.parametrize("language", [1, 2, 3])
def test_pdf_tables_fit_the_page_in_every_language(conecta_plugin, tmp_path, language):
    small_report(
        tmp_path,
        point_zones(ACC_TEN, ACC_FIELDS),
        ACCESS_FIELDS=["acc_jobs_30", "acc_jobs_60"],
        SDG_TABLE=table_layer(SDG_FIELDS, SDG_FOUR),
        LANGUAGE=language,
        TRAVEL_MODE=0,
    )
    header, headline, label, (decimal, thousands) = PAGE_TEXTS[language]
    labels = [label.format(30), label.format(60)]
    pages = pdf_pages_words(tmp_path / "small.pdf")
    assert not words_outside(pages)
    # the SDG 11.2.1 table: every header, the headline row and its share (600 of 1,000: 60.0 %), whole
    sdg_page = page_holding(pages, *header.split("|"), headline, "600", f"1{thousands}000", f"60{decimal}0 %")
    assert sdg_page is not None, "the SDG 11.2.1 table is cut or missing"
    # the indicator tables show the planner's labels, not acc_jobs_30, with the means 55.0 and 110
    assert page_holding(pages, *labels, f"55{decimal}0", "110") is not None
    # the first page: map title and legend in the planner's words; field names only in the data note
    first = {w[0] for w in pages[0][2]}
    assert set(labels[0].split()) <= first
    assert "acc_jobs_30" not in first | sdg_page


def test_many_accessibility_fields_lay_out_without_overflow(conecta_plugin, tmp_path):
    # eight cutoffs of jobs: field k holds k × (10, 20, ..., 100), so its mean is 55 k and its Gini 0.300
    cutoffs = [15, 20, 30, 40, 45, 60, 75, 90]
    fields = "id:integer" + "".join(f"&field=acc_empregos_{c}:double" for c in cutoffs)
    rows = [(i, *[10.0 * i * k for k in range(1, 9)], 100.0, float(i)) for i in range(1, 11)]
    zones = point_zones(rows, fields + "&field=population:double&field=income:double")
    small_report(
        tmp_path,
        zones,
        ACCESS_FIELDS=[f"acc_empregos_{c}" for c in cutoffs],
        SDG_TABLE=table_layer(SDG_FIELDS, SDG_FOUR),
        LANGUAGE=3,
        TRAVEL_MODE=3,
    )
    pages = pdf_pages_words(tmp_path / "small.pdf")
    assert not words_outside(pages)
    words = [w[0] for _, _, page_words in pages for w in page_words]
    # one map page per field, each titled in Portuguese with the mode
    for c in cutoffs:
        assert page_holding(pages, "Mapa:", f"Empregos acessíveis em até {c} min de transporte público")
    # every mean (55 k: 55,0; 110; ...; 440) and the Gini index of every field appear in the tables
    for k in range(1, 9):
        mean = 55 * k
        assert (f"{mean},0" if mean < 100 else str(mean)) in words
    assert words.count("0,300") >= 2 * len(cutoffs)  # key figures and the table of measures
    assert len(pages) >= len(cutoffs) + 3


# ------------------------------------------------------------------ labels a planner reads


def test_report_speaks_like_a_planner(conecta_plugin, tmp_path):
    small_report(
        tmp_path,
        point_zones(ACC_TEN, ACC_FIELDS),
        ACCESS_FIELDS=["acc_jobs_30", "acc_jobs_60"],
        TRAVEL_MODE=0,
        OUTPUT_PDF=None,
    )
    html = (tmp_path / "small.html").read_text(encoding="utf-8")
    # key figures, maps and charts headed by the labels; the table of measures has them as columns
    assert html.count("<h3>Jobs reachable within 60 min on foot</h3>") == 3
    assert (
        "<th>Jobs reachable within 30 min on foot</th><th>Jobs reachable within 60 min on foot</th>" in html
    )
    assert "<th>acc_jobs_30</th>" not in html
    summary = json.loads((tmp_path / "small.json").read_text(encoding="utf-8"))
    jobs_60 = summary["indicators"][1]
    assert jobs_60["field"] == "acc_jobs_60" and jobs_60["label"] == "Jobs reachable within 60 min on foot"
    assert jobs_60["mean"] == pytest.approx(110.0) and summary["travel_mode"] == "walk"


# ------------------------------------------------------------------ numbers in the report's language


def test_spanish_numbers_never_use_english_thousands(conecta_plugin, tmp_path):
    zones = point_zones([(i, 1000.0 * i, 2179.8, float(i)) for i in range(1, 11)])
    small_report(tmp_path, zones, LANGUAGE=2, SDG_TABLE=table_layer(SDG_FIELDS, SDG))
    pdf = pdf_text(tmp_path / "small.pdf")
    html = visible((tmp_path / "small.html").read_text(encoding="utf-8"))
    # population 21,798 in all (10 zones of 2179.8): written 21.798 in Spanish, never 21,798
    for text in (pdf, html):
        assert "21.798" in text
        assert not re.search(r"\b[1-9]\d{0,2},\d{3}\b", text), re.search(r"\b[1-9]\d{0,2},\d{3}\b", text)
    # the mean accessibility 5 500 (1000 × 5.5), the legend's class bounds and the scale bar (zones 500 m
    # apart: 0, 0.1, 0.2 km) follow Spanish too
    first_page = {w[0] for w in pdf_pages_words(tmp_path / "small.pdf")[0][2]}
    assert {"5.500", "1.000", "10.000", "0,1", "0,2", "km"} <= first_page and "0.1" not in first_page


def test_chart_ticks_follow_the_report_locale(conecta_plugin):
    from qgis.PyQt.QtCore import QLocale

    from conecta.processing.report.charts import histogram_figure, inequality_figure, qlocale_number

    spanish = qlocale_number(QLocale("es"))
    values = np.array([1.0, 2.0, 3.0])
    texts = {"title": "t", "x": "x", "y": "y", "mean": "m"}
    figure = histogram_figure(values, np.array([25000.0, 50000.0, 25000.0]), texts, spanish)
    figure.canvas.draw()
    y_ticks = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert "50.000" in y_ticks and not any("," in t for t in y_ticks)
    lorenz = pd.DataFrame({"population_share": [0.0, 0.5, 1.0], "access_share": [0.0, 0.25, 1.0]})
    lorenz_texts = dict.fromkeys(["lorenz_title", "lorenz_x", "lorenz_y", "lorenz_label", "equality"], "t")
    figure = inequality_figure(lorenz, lorenz_texts, None, spanish)
    figure.canvas.draw()
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == [
        "0,0",
        "0,2",
        "0,4",
        "0,6",
        "0,8",
        "1,0",
    ]


# ------------------------------------------------------------------ title without a city name


def test_report_without_city_name_takes_the_project_title_or_a_real_layer_name(conecta_plugin, tmp_path):
    from qgis.core import QgsProject

    def title(zones):
        log = Log()
        processing.run(
            "conecta:report",
            {
                "ZONES": zones,
                "ACCESS_FIELDS": ["access"],
                "POPULATION": "population",
                "LANGUAGE": 1,
                "OUTPUT_HTML": str(tmp_path / "r.html"),
                "OUTPUT_PDF": None,
            },
            feedback=log,
        )
        page = (tmp_path / "r.html").read_text(encoding="utf-8")
        return re.search(r"<h1>(.*?)</h1>", page).group(1), log.text()

    project = QgsProject.instance()
    generic = point_zones(TEN)
    generic.setName("Zones")
    heading, log = title(generic)
    assert heading == "Accessibility report" and "set the city name" in log
    project.setTitle("Canoas")
    try:
        heading, log = title(generic)
        assert heading == "Accessibility report: Canoas" and "Set the city name" in log
    finally:
        project.setTitle("")
    named = point_zones(TEN)
    named.setName("Belo Horizonte")
    assert title(named)[0] == "Accessibility report: Belo Horizonte"


# ------------------------------------------------------------------ its own translator


class LanguageWatch(Log):
    """Feedback that notes, at every message of the report, what QGIS shows for another algorithm."""

    def __init__(self):
        super().__init__()
        self.seen = set()

    def pushInfo(self, info):
        registry = QgsApplication.processingRegistry()
        self.seen.add(registry.algorithmById("conecta:accessibility").displayName())
        self.seen.add(QCoreApplication.translate("CityReport", "City report (HTML and PDF)"))
        super().pushInfo(info)


def test_spanish_report_leaves_qgis_in_english(conecta_plugin, tmp_path):
    registry = QgsApplication.processingRegistry()
    english = registry.algorithmById("conecta:accessibility").displayName()
    watch = LanguageWatch()
    processing.run(
        "conecta:report",
        {
            "ZONES": point_zones(TEN),
            "ACCESS_FIELDS": ["access"],
            "POPULATION": "population",
            "CITY_NAME": "Ciudad Chica",
            "LANGUAGE": 2,
            "OUTPUT_HTML": str(tmp_path / "r.html"),
            "OUTPUT_PDF": None,
        },
        feedback=watch,
    )
    assert "Informe de accesibilidad: Ciudad Chica" in (tmp_path / "r.html").read_text(encoding="utf-8")
    # while the Spanish report was written, QGIS and the other algorithms stayed in English
    assert watch.seen == {english, "City report (HTML and PDF)"}
    assert registry.algorithmById("conecta:accessibility").displayName() == english


# ------------------------------------------------------------------------------------ city sheet


def straight_line_matrix(zones, path):
    """A simple matrix of the zones: straight-line walking at 4.8 km/h (80 m per minute), pairs within 30
    minutes, written as CSV to ``path``."""
    ids, xy = [], []
    for feature in zones.getFeatures():
        point = feature.geometry().pointOnSurface().asPoint()
        ids.append(feature["id"])
        xy.append((point.x(), point.y()))
    xy = np.asarray(xy)
    distance = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    origin, destination = np.nonzero(distance <= 2400)
    lines = ["from_id,to_id,travel_time"] + [
        f"{ids[o]},{ids[d]},{distance[o, d] / 80:.2f}" for o, d in zip(origin, destination)
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_city_sheet_compares_two_cities(bh, sample_gpkg, tmp_path):
    zones = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    matrix = straight_line_matrix(zones, tmp_path / "poa_walk.csv")
    access = jobs_within_30_minutes(matrix, zones)
    runs = tmp_path / "runs"
    bh_report(bh, tmp_path, runs=runs, ACCESS_FIELDS=["acc_jobs_30"])
    result = processing.run(
        "conecta:report",
        {
            "ZONES": access,
            "ACCESS_FIELDS": ["acc_jobs_30"],
            "POPULATION": "population",
            "CITY_NAME": "Porto Alegre",
            "LANGUAGE": 1,
            "RUNS_FOLDER": str(runs),
            "OUTPUT_HTML": str(tmp_path / "poa.html"),
            "OUTPUT_PDF": str(tmp_path / "poa.pdf"),
        },
    )
    assert sorted(p.name for p in runs.glob("*.json")) == ["belo_horizonte.json", "porto_alegre.json"]
    assert result["CITY_SHEET_HTML"] == str(runs / "city_sheet.html")
    sheet = (runs / "city_sheet.html").read_text(encoding="utf-8")
    header = re.search(r"<tr><th>Indicator</th>(.*?)</tr>", sheet).group(1)
    assert header == "<th>Belo Horizonte</th><th>Porto Alegre</th>"
    # Porto Alegre's population is the sample's (data README: 812,935), Belo Horizonte's palma 3.80
    assert '<td class="n">941,160</td><td class="n">812,935</td>' in sheet
    poa = json.loads((runs / "porto_alegre.json").read_text(encoding="utf-8"))["indicators"][0]
    assert re.search(r"Palma ratio \(wealthiest 10 % / poorest 40 %\)</td><td class=\"n\">3\.80</td>", sheet)
    assert poa.get("palma") is None and 0 < poa["gini"] < 1
    assert pdf_pages(runs / "city_sheet.pdf") == 1
    pdf = pdf_text(runs / "city_sheet.pdf")
    assert "Belo Horizonte" in pdf and "Porto Alegre" in pdf


# ------------------------------------------------------------------------------------ qgis_process


def test_qgis_process_writes_the_report_headless(conecta_plugin, sample_gpkg, tmp_path, qgis_process_runner):
    result = qgis_process_runner.run(
        "conecta:report",
        ZONES=f"{sample_gpkg}|layername=zones",
        ACCESS_FIELDS="jobs",
        POPULATION="population",
        CITY_NAME="Porto Alegre",
        LANGUAGE=3,
        OUTPUT_HTML=tmp_path / "poa.html",
        OUTPUT_PDF=tmp_path / "poa.pdf",
    )
    assert result["results"]["OUTPUT_PDF"] == str(tmp_path / "poa.pdf")
    html = (tmp_path / "poa.html").read_text(encoding="utf-8")
    # Portuguese headings and the sample's population (data README: 812,935) in Brazilian format
    assert "<h1>Relatório de acessibilidade: Porto Alegre</h1>" in html and "812.935" in html
    assert pdf_pages(tmp_path / "poa.pdf") >= 2


# ------------------------------------------------------------------------------------ side by side


def run_as_tasks(jobs, timeout=600):
    """Run {name: (algorithm id, parameters)} as QgsProcessingAlgRunnerTasks started together, as the dock
    does; {name: (ok, results, log)} once all have finished."""
    registry = QgsApplication.processingRegistry()
    finished, alive = {}, []
    for name, (algorithm_id, parameters) in jobs.items():
        algorithm = registry.createAlgorithmById(algorithm_id)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        log = Log()
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, log)
        task.executed.connect(
            lambda ok, results, name=name, log=log: finished.update({name: (ok, results, log)})
        )
        alive.append((algorithm, context, log, task))
    for *_, task in alive:
        QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + timeout
    while len(finished) < len(jobs) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    assert len(finished) == len(jobs), f"tasks still running after {timeout} s"
    return finished


def test_two_algorithms_run_together_as_tasks_give_what_they_give_alone(
    conecta_plugin, sample_gpkg, tmp_path
):
    """Accessibility on the sample city and a Spanish report run at once, each as a background task: each gives
    the results it gives alone, and the accessibility log stays in QGIS's language (English) meanwhile."""
    zones = f"{sample_gpkg}|layername=zones"
    matrix = straight_line_matrix(QgsVectorLayer(zones, "zones", "ogr"), tmp_path / "walk.csv")

    def jobs(folder):
        folder.mkdir()
        access = {
            "TRAVEL_MATRIX": str(matrix),
            "ZONES": zones,
            "ZONES_ID": "id",
            "OPPORTUNITIES": ["jobs", "schools"],
            "POPULATION": "population",
            "CUTOFF": "15,30",
            "OUTPUT": str(folder / "access.gpkg"),
        }
        report = {
            "ZONES": zones,
            "ACCESS_FIELDS": ["jobs", "schools"],
            "POPULATION": "population",
            "CITY_NAME": "Porto Alegre",
            "LANGUAGE": 2,
            "OUTPUT_HTML": str(folder / "report.html"),
            "OUTPUT_PDF": str(folder / "report.pdf"),
        }
        return {"access": ("conecta:accessibility", access), "report": ("conecta:report", report)}

    def outcome(folder, runs):
        assert all(ok for ok, _, _ in runs.values()), {
            name: log.text()[-500:] for name, (_, _, log) in runs.items()
        }
        layer = QgsVectorLayer(str(folder / "access.gpkg"), "access", "ogr")
        values = {f["id"]: (f["acc_jobs_15"], f["acc_schools_30"]) for f in layer.getFeatures()}
        summary = json.loads((folder / "report.json").read_text(encoding="utf-8"))
        for key in ("html", "pdf", "date"):
            summary.pop(key)
        html = (folder / "report.html").read_text(encoding="utf-8")
        return values, summary, visible(html).split("·")[1:]

    alone = {}
    for name, job in jobs(tmp_path / "alone").items():
        alone.update(run_as_tasks({name: job}))
    from conecta.processing.bridge.params import MATRIX_CACHE

    MATRIX_CACHE.clear()  # the second run reads the matrix again, as the first did: same log lines
    together = run_as_tasks(jobs(tmp_path / "together"))
    assert outcome(tmp_path / "together", together) == outcome(tmp_path / "alone", alone)
    values, summary, _ = outcome(tmp_path / "together", together)
    assert len(values) == 1227 and summary["indicators"][0]["label"] == "jobs"
    assert "Informe de accesibilidad: Porto Alegre" in (tmp_path / "together" / "report.html").read_text(
        "utf-8"
    )
    # the accessibility log was written in English while the Spanish report ran beside it
    assert "1227 zones read." in together["access"][2].infos
    assert together["access"][2].text() == alone["access"][2].text()
