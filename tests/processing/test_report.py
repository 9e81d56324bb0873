"""conecta:report — the city report (HTML + PDF) and the city sheet, through Processing.

Belo Horizonte: accessibility and inequality from conecta:accessibility and conecta:accessinequality on
the `accessibility` package's sample data; the Palma ratio (3.800465) and Gini index (0.4715251) are the
values the package publishes (ipeaGIT/accessibility README.md, articles/inequality_and_poverty.md). The
small cases are computed by hand in the comments.
"""

import json
import re
import shutil
import subprocess
import sys
from html import unescape

import numpy as np
import pandas as pd
import processing
import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from conftest import REPO
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


def small_report(tmp_path, zones, **extra):
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
    return processing.run("conecta:report", parameters)


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
    with pytest.raises(QgsProcessingException, match="The zone layer has no features"):
        small_report(tmp_path, point_zones([]))
    with pytest.raises(QgsProcessingException, match="No zone has a population above 0 in field population"):
        small_report(tmp_path, point_zones([(1, 5.0, 0.0, 1.0)]))
    with pytest.raises(QgsProcessingException, match="has no field measure, value; its fields are"):
        small_report(tmp_path, zones, INEQUALITY=table_layer(["group:string"], [("all",)]))
    with pytest.raises(QgsProcessingException, match="has no field indicator_pct"):
        small_report(tmp_path, zones, SDG_TABLE=table_layer(SDG_FIELDS[:4], [SDG[0][:4]]))
    # nothing half-written
    assert not (tmp_path / "small.html").exists() and not (tmp_path / "small.pdf").exists()


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

    from conecta.processing.bridge.charts import histogram_figure, inequality_figure, qlocale_number

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


def test_city_sheet_compares_two_cities(bh, sample_gpkg, tmp_path):
    zones = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    ids, xy = [], []
    for feature in zones.getFeatures():
        point = feature.geometry().pointOnSurface().asPoint()
        ids.append(feature["id"])
        xy.append((point.x(), point.y()))
    xy = np.asarray(xy)
    # a simple matrix: straight-line walking at 4.8 km/h (80 m per minute), pairs within 30 minutes
    distance = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    origin, destination = np.nonzero(distance <= 2400)
    matrix = tmp_path / "poa_walk.csv"
    lines = ["from_id,to_id,travel_time"] + [
        f"{ids[o]},{ids[d]},{distance[o, d] / 80:.2f}" for o, d in zip(origin, destination)
    ]
    matrix.write_text("\n".join(lines) + "\n")
    access = processing.run(
        "conecta:accessibility",
        {
            "TRAVEL_MATRIX": str(matrix),
            "ZONES": zones,
            "ZONES_ID": "id",
            "OPPORTUNITIES": ["jobs"],
            "MEASURE": 0,
            "CUTOFF": "30",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
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


def test_qgis_process_writes_the_report_headless(conecta_plugin, sample_gpkg, tmp_path):
    sys.path.insert(0, str(REPO / "scripts"))
    from qgisprocess import QgisProcess, find_qgis_process

    try:
        find_qgis_process()
    except FileNotFoundError:
        pytest.skip("qgis_process is not installed (run make setup)")
    runner = QgisProcess(profile=tmp_path / "profile")
    result = runner.run(
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
