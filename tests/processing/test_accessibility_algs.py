"""conecta:accessibility and conecta:accessinequality through Processing.

Belo Horizonte values are those IPEA's `accessibility` R package publishes for its sample data
(repository ipeaGIT/accessibility: README.md, articles/accessibility.md, articles/
inequality_and_poverty.md, reference/*.md), the same sources as tests/core/test_accessibility.py
and tests/core/test_inequality.py. The small cases are computed by hand in the comments.
"""

import math

import processing
import pytest
from golden.cases import BH_INEQUALITY
from processing_helpers import accessibility
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from data_paths import shared
from feedback_log import Log
from layers import memory_layer

# first rows of the package's outputs: README.md / articles (HEAD_A) and reference pages (HEAD_B)
HEAD_A = ["89a881a5a2bffff", "89a881a5a2fffff", "89a881a5a67ffff", "89a881a5a6bffff", "89a881a5a6fffff", "89a881a5b03ffff"]  # fmt: skip
HEAD_B = ["89a88cdb57bffff", "89a88cdb597ffff", "89a88cdb5b3ffff", "89a88cdb5cfffff", "89a88cd909bffff", "89a88cd90b7ffff"]  # fmt: skip


def value(v):
    return None if v is None or (isinstance(v, QVariant) and v.isNull()) else v


def by_id(layer, field, id_field="id"):
    return {value(f[id_field]): value(f[field]) for f in layer.getFeatures()}


# ------------------------------------------------------------------------------------ Belo Horizonte


def bh_access(zones, matrix, feedback=None, MEASURE=None, **extra):  # noqa: N803 (a Processing parameter)
    return accessibility(zones, matrix, MEASURE, feedback, **extra)


@pytest.fixture(scope="module")
def bh_cumulative(conecta_plugin, bh_zones, bh_matrix):
    log = Log()
    out = bh_access(bh_zones, bh_matrix, log, OPPORTUNITIES=["jobs", "schools"], MEASURE=0, CUTOFF="30, 60")
    return out, log


def test_cumulative_published_values_and_field_names(bh_cumulative, bh_zones):
    out, log = bh_cumulative
    new = ["acc_jobs_30", "acc_jobs_60", "acc_schools_30", "acc_schools_60"]
    assert out.fields().names() == bh_zones.fields().names() + new
    assert out.featureCount() == 898 and out.wkbType() == bh_zones.wkbType()
    jobs = by_id(out, "acc_jobs_30")
    schools30, schools60 = by_id(out, "acc_schools_30"), by_id(out, "acc_schools_60")
    # README.md, cumulative_cutoff(cutoff = 30), jobs
    assert [jobs[i] for i in HEAD_A] == [14561, 29452, 16647, 10700, 6669, 37029]
    # reference/cumulative_cutoff.md, cutoff = c(30, 60), schools
    assert [schools30[i] for i in HEAD_A] == [1, 10, 1, 0, 0, 14]
    assert [schools60[i] for i in HEAD_A[:3]] == [76, 91, 82]
    assert "748437 rows, 748437 used" in log.text()
    # geometry comes through untouched
    first = next(bh_zones.getFeatures())
    assert next(out.getFeatures()).geometry().equals(first.geometry())


def test_gravity_interval_closest_passive_published(conecta_plugin, bh_zones, bh_matrix):
    out = bh_access(
        bh_zones, bh_matrix, OPPORTUNITIES=["schools"], MEASURE=2, DECAY_FUNCTION=1, DECAY_VALUE="0.2,0.5"
    )
    # README.md, gravity decay_exponential(0.2); reference/gravity.md, decay_exponential(0.5)
    expected = [0.03041853, 1.15549493, 0.56519126, 0.19852152, 0.41378042, 0.95737555]
    got = by_id(out, "grav_schools_e02")
    assert [got[i] for i in HEAD_B] == pytest.approx(expected, rel=1e-6)
    expected = [2.705781e-06, 1.249277e-01, 8.269861e-03, 3.023943e-03, 3.059679e-02, 8.581966e-02]
    got = by_id(out, "grav_schools_e05")
    assert [got[i] for i in HEAD_B] == pytest.approx(expected, rel=1e-6)

    out = bh_access(bh_zones, bh_matrix, OPPORTUNITIES=["schools"], MEASURE=1, CUTOFF="20-30")
    # reference/cumulative_interval.md, interval c(20, 30), median, schools
    got = by_id(out, "acc_schools_20_30")
    assert [got[i] for i in HEAD_B] == [0, 14, 17, 4, 6, 12]

    out = bh_access(bh_zones, bh_matrix, OPPORTUNITIES=["schools"], MEASURE=3)
    # articles/accessibility.md, cost_to_closest(n = 1), schools
    got = by_id(out, "time_schools_1")
    assert [got[i] for i in HEAD_A] == [29, 24, 28, 33, 32, 17]

    out = bh_access(bh_zones, bh_matrix, OPPORTUNITIES=[], MEASURE=6, CUTOFF="30")
    # articles/accessibility.md, passive_cum_cutoff (population, 30 min)
    got = by_id(out, "pas_population_30")
    assert [got[i] for i in HEAD_A] == [11053, 31903, 12488, 14474, 15053, 69582]


def test_floating_catchment_published(conecta_plugin, bh_zones, bh_matrix):
    out = bh_access(bh_zones, bh_matrix, MEASURE=4, CUTOFF="50")
    # README.md, floating_catchment_area(method = "2sfca", decay_binary(cutoff = 50))
    got = by_id(out, "fca_jobs_50")
    expected = [0.4278111, 0.3863614, 0.4501725, 0.5366707, 0.4280401, 0.5176583]
    assert [got[i] for i in HEAD_B] == pytest.approx(expected, rel=1e-6)
    out = bh_access(bh_zones, bh_matrix, MEASURE=5, DECAY_FUNCTION=1, DECAY_VALUE="0.5")
    # articles/accessibility.md, method = "bfca", decay_exponential(0.5)
    got = by_id(out, "bfca_jobs_e05")
    expected = [0.10280082, 0.30930287, 0.07288551, 0.09759117, 0.07390234, 1.22525579]
    assert [got[i] for i in HEAD_B] == pytest.approx(expected, rel=1e-6)


def test_inequality_published_values_chart_and_report(bh_cumulative, tmp_path):
    out, _ = bh_cumulative
    log = Log()
    result = processing.run(
        "conecta:accessinequality",
        {
            "INPUT": out,
            **BH_INEQUALITY,
            "OUTPUT": "memory:",
            "CHART": str(tmp_path / "jobs30.png"),
        },
        feedback=log,
    )
    table = {(f["measure"], f["group"]): f["value"] for f in result["OUTPUT"].getFeatures()}
    # README.md / articles/inequality_and_poverty.md: palma 3.800465, gini 0.4715251, ci corrected 0.3346494
    assert result["PALMA"] == pytest.approx(3.800465, abs=5e-7)
    assert result["GINI"] == pytest.approx(0.4715251, abs=5e-8)
    assert table[("palma", "all")] == pytest.approx(3.800465, abs=5e-7)
    assert table[("concentration_index_erreygers", "all")] == pytest.approx(0.3346494, abs=5e-8)
    # articles/inequality_and_poverty.md, "theil_with_groups" (income_decile) and "poverty" (line 50000)
    assert table[("theil_t", "all")] == pytest.approx(0.3616631, abs=5e-8)
    assert table[("theil_between", "all")] == pytest.approx(0.1280753, abs=5e-8)
    assert table[("theil_within", "all")] == pytest.approx(0.2335878, abs=5e-8)
    fgt = [table[(f"fgt{k}", "all")] for k in range(3)]
    assert fgt == pytest.approx([0.3923817, 0.1776241, 0.1010123], abs=5e-8)
    # one row set per income decile, labelled 1..10 (not 1.0)
    assert {g for _, g in table} == {"all"} | {str(k) for k in range(1, 11)}
    assert table[("population", "all")] == sum(f["population"] for f in out.getFeatures())
    # the 78 zones without income have no population (data README): reported, not hidden
    assert "78 zones (0 people) have no income" in log.text()
    png, report = tmp_path / "jobs30.png", tmp_path / "jobs30.html"
    assert result["CHART"] == str(png) and result["REPORT"] == str(report)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20000
    html = report.read_text(encoding="utf-8")
    assert "data:image/png;base64," in html and "3.80046" in html and "Gini index" in html


# ------------------------------------------------------------------------------ small hand-made city


def zone_layer(rows, id_type="integer", extra=""):
    """Point zones with fields id, jobs, schools, population (+ extra field spec)."""
    uri = f"Point?crs=EPSG:31982&field=id:{id_type}&field=jobs:double&field=schools:double&field=population:double"
    layer = QgsVectorLayer(uri + extra, "zones", "memory")
    features = []
    for i, row in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500000 + 100 * i, 6700000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


# zones 1, 2, 3 (and one with no id); zone 3 is never an origin; origin 9 is not a zone
SMALL_ZONES = [(1, 10, None, 100), (2, 20, -3, 200), (3, 40, 5, 0), (None, 1000, 1, 50)]
SMALL_MATRIX = [(1, 1, 0), (1, 2, 10), (1, 3, 25), (2, 1, 10), (2, 2, 0), (2, 3, 40), (9, 1, 5)]


def matrix_layer(rows):
    layer = QgsVectorLayer("None?field=o:integer&field=d:integer&field=t:double", "m", "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def small(measure, feedback=None, matrix=None, **extra):
    matrix = matrix if matrix is not None else matrix_layer(SMALL_MATRIX)
    fields = {"FROM_FIELD": "o", "TO_FIELD": "d", "COST_FIELD": "t"}
    return accessibility(zone_layer(SMALL_ZONES), matrix, measure, feedback, **{**fields, **extra})


def test_small_city_cumulative_and_diagnostics(conecta_plugin):
    log = Log()
    out = small(0, log, OPPORTUNITIES=["jobs", "schools"], CUTOFF="15,30")
    # zone 1 reaches 1 (0 min), 2 (10), 3 (25): jobs 10+20 within 15 and +40 within 30
    # zone 2 reaches 1 (10), 2 (0), 3 (40): 30 and 30; zone 3 is never an origin: 0
    assert by_id(out, "acc_jobs_15") == {1: 30, 2: 30, 3: 0, None: None}
    assert by_id(out, "acc_jobs_30") == {1: 70, 2: 30, 3: 0, None: None}
    # schools: NULL (zone 1) and -3 (zone 2) count as 0, zone 3 has 5 (reached by zone 1 in 25 min)
    assert by_id(out, "acc_schools_30") == {1: 5, 2: 0, 3: 0, None: None}
    text = log.text()
    assert "1 matrix rows have an origin and 0 a destination that is not a zone (1 such ids, e.g. 9)" in text
    assert "1 zones are never an origin in the matrix (e.g. 3)" in text
    assert "Field schools: 1 zones have NULL and 1 negative values (e.g. zones 1, 2)" in text
    assert "1 features of zones have no id in field id: they get no value." in text
    assert out.featureCount() == 4


def test_small_city_gravity_closest_fca_passive(conecta_plugin):
    e = math.exp
    out = small(2, DECAY_FUNCTION=1, DECAY_VALUE="0.1")
    # A_i = sum_j O_j exp(-0.1 t_ij)
    assert by_id(out, "grav_jobs_e01")[1] == pytest.approx(10 + 20 * e(-1) + 40 * e(-2.5))
    assert by_id(out, "grav_jobs_e01")[2] == pytest.approx(10 * e(-1) + 20 + 40 * e(-4))
    log = Log()
    out = small(3, log, N_CLOSEST=50)
    # jobs by time from zone 1: 10 at 0, 30 at 10, 70 at 25 → 50 reached at 25; zone 2: 20, 30, 70 at 40
    assert by_id(out, "time_jobs_50") == {1: 25, 2: 40, 3: None, None: None}
    assert "1 zones reach no opportunity (jobs:50): their travel time is NULL" in log.text()
    out = small(4, CUTOFF="30")
    # 2SFCA: demand at 1 and 2 = 100 + 200, at 3 = 100 (zone 2 is 40 min away); R = 10/300, 20/300, 40/100
    # A_1 = R1 + R2 + R3 = 0.5; A_2 = R1 + R2 = 0.1 (total 100*0.5 + 200*0.1 = 70 jobs, all of them)
    assert by_id(out, "fca_jobs_30") == pytest.approx({1: 0.5, 2: 0.1, 3: 0, None: None})
    # the population as its own opportunity: each zone's 2SFCA is then population reachable / demand
    out = small(4, CUTOFF="30", OPPORTUNITIES=["population"])
    # R = 100/300, 200/300, 0/100 → A_1 = A_2 = 1
    assert by_id(out, "fca_population_30") == pytest.approx({1: 1.0, 2: 1.0, 3: 0, None: None})
    out = small(5, CUTOFF="30")
    # BFCA (package formula): origin weight totals 3 (zone 1), 2 (zone 2); destination totals 2, 2, 1
    # demand: d1 = d2 = 100/3 + 200/2, d3 = 100/3; R = 10/d1, 20/d2, 40/d3 = 0.075, 0.15, 1.2
    # A_1 = 0.075/2 + 0.15/2 + 1.2/1 = 1.3125; A_2 = 0.075/2 + 0.15/2 = 0.1125
    assert by_id(out, "bfca_jobs_30") == pytest.approx({1: 1.3125, 2: 0.1125, 3: 0, None: None})
    out = small(6, OPPORTUNITIES=[], CUTOFF="30")
    # people reaching each zone within 30 min: 1 ← 1, 2 (300); 2 ← 1, 2 (300); 3 ← 1 (100)
    assert by_id(out, "pas_population_30") == {1: 300, 2: 300, 3: 100, None: None}


@pytest.mark.parametrize(
    "locale, mean, share, closest",
    [
        ("en_US", "43,333", "61.9", "35.0"),
        ("es_ES", "43.333", "61,9", "35,0"),
        ("pt_BR", "43.333", "61,9", "35,0"),
    ],
)
def test_summary_line_population_weighted_in_the_users_locale(conecta_plugin, locale, mean, share, closest):
    from qgis.PyQt.QtCore import QLocale

    thousands = [(i, 1000 * jobs, schools, pop) for i, jobs, schools, pop in SMALL_ZONES]
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        log = Log()
        small(0, log, ZONES=zone_layer(thousands), CUTOFF="30")
        closest_log = Log()
        small(3, closest_log, ZONES=zone_layer(SMALL_ZONES), N_CLOSEST=50)
    finally:
        QLocale.setDefault(previous)
    # jobs within 30 min: zone 1 reaches 70,000, zone 2 30,000, zone 3 nothing; population 100, 200, 0
    # (the zone without an id is left out): (100 × 70,000 + 200 × 30,000) / 300 = 43,333.3, which is
    # 61.9 % of the 70,000 jobs of the zones
    assert f"jobs within 30 min: population-weighted mean {mean} ({share} % of the city's jobs)." in log.infos
    # time to the 50th job: 25 and 40 min (zone 3 reaches none): (100 × 25 + 200 × 40) / 300 = 35 min
    assert f"time_jobs_50: population-weighted mean {closest}." in closest_log.infos


def test_summary_line_without_population_is_a_plain_mean(conecta_plugin):
    log = Log()
    small(0, log, CUTOFF="30", POPULATION="")
    # zones 1, 2, 3 reach 70, 30 and 0 jobs: mean 33.3, 47.6 % of the 70 jobs
    assert any(
        line.startswith("jobs within 30 min: mean over the zones 33.3 (47.6 % of the city's jobs;")
        for line in log.infos
    )


def test_matrix_from_csv_file_and_csv_layer(conecta_plugin, tmp_path):
    path = tmp_path / "small.csv"
    lines = ["o,d,t"] + [f"{o},{d},{t}" for o, d, t in SMALL_MATRIX]
    path.write_text("\n".join(lines) + "\n")
    log = Log()
    out = small(0, log, matrix=str(path), CUTOFF="30")
    assert by_id(out, "acc_jobs_30") == {1: 70, 2: 30, 3: 0, None: None}
    assert "Reading the travel matrix from small.csv in chunks" in log.text()
    # the same file opened as a layer of the project is also read directly (not feature by feature)
    from conecta.processing.bridge.params import MATRIX_CACHE

    MATRIX_CACHE.clear()
    layer = QgsVectorLayer(f"file://{path}?type=csv&delimiter=,&geomType=none", "m", "delimitedtext")
    assert layer.isValid()
    log = Log()
    out = small(0, log, matrix=layer, CUTOFF="30")
    assert by_id(out, "acc_jobs_30") == {1: 70, 2: 30, 3: 0, None: None}
    assert "Reading the travel matrix from small.csv in chunks" in log.text()


def test_matrix_file_is_reused_until_it_changes(conecta_plugin, tmp_path):
    path = tmp_path / "kept.csv"
    path.write_text("o,d,t\n" + "".join(f"{o},{d},{t}\n" for o, d, t in SMALL_MATRIX))
    first, second = Log(), Log()
    small(0, first, matrix=str(path), CUTOFF="30")
    out = small(0, second, matrix=str(path), CUTOFF="30")
    assert "Reusing the travel matrix read from kept.csv" in second.text()
    assert by_id(out, "acc_jobs_30") == {1: 70, 2: 30, 3: 0, None: None}
    # the file changes (zone 2 now reaches zone 3 in 20 min): it is read again
    path.write_text("o,d,t\n1,1,0\n1,2,10\n1,3,25\n2,1,10\n2,2,0\n2,3,20\n")
    third = Log()
    out = small(0, third, matrix=str(path), CUTOFF="30")
    assert "Reusing" not in third.text()
    assert by_id(out, "acc_jobs_30") == {1: 70, 2: 70, 3: 0, None: None}


def test_field_names_stay_short_and_valid(conecta_plugin):
    from conecta.core.accessibility import (
        decay_code,
        decay_exponential,
        decay_logistic,
        decay_power,
        decay_stepped,
    )
    from conecta.core.definitions import field_name, unique_names

    assert decay_code(decay_exponential(0.05)) == "e005"
    assert decay_code(decay_power(1.5)) == "p15"
    assert decay_code(decay_logistic(30, 5)) == "lg30s5"
    assert decay_code(decay_stepped([15, 30], [0.5, 0.25])) == "s15_30"
    assert field_name("acc", "empleos formales (2019)", "7_5") == "acc_empleos_formales_2019_7_5"
    long = field_name("grav", "x" * 100, "e005")
    assert len(long) == 63 and long.startswith("grav_xxx") and long.endswith("_e005")
    assert unique_names(["grav_jobs_e15", "grav_jobs_e15"]) == ["grav_jobs_e15", "grav_jobs_e15_2"]


# --------------------------------------------------------------------------------------- bad input


def test_bad_input_gets_messages_that_say_what_to_fix(conecta_plugin, tmp_path):
    text_zones = zone_layer([(1, 10, 1, 5, "a")], extra="&field=name:string")
    with pytest.raises(QgsProcessingException, match="Field name holds text that is not a number, e.g. 'a'"):
        small(0, ZONES=text_zones, OPPORTUNITIES=["name"])
    with pytest.raises(
        QgsProcessingException, match="Ids must be unique: 1 ids of field id in zones are repeated \\(2\\)"
    ):
        small(0, ZONES=zone_layer([(1, 1, 1, 1), (2, 1, 1, 1), (2, 1, 1, 1)]))
    with pytest.raises(QgsProcessingException, match="Give a travel-time matrix, or a street network"):
        small(0, TRAVEL_MATRIX=None)
    with pytest.raises(QgsProcessingException, match="must be numbers separated by commas"):
        small(0, CUTOFF="thirty")
    with pytest.raises(QgsProcessingException, match="Write the time interval as two numbers"):
        small(1, CUTOFF="40")
    with pytest.raises(QgsProcessingException, match="need the population field"):
        small(4, POPULATION=None)
    with pytest.raises(QgsProcessingException, match="stepped decay function needs increasing steps"):
        small(2, DECAY_FUNCTION=5, CUTOFF="30,15", DECAY_VALUE="0.5,0.2")
    with pytest.raises(QgsProcessingException, match="Decay value must be numbers"):
        small(2, DECAY_FUNCTION=1, DECAY_VALUE="fast")
    path = tmp_path / "m.csv"
    path.write_text("origin,destination,minutes\n1,2,3\n")
    with pytest.raises(
        QgsProcessingException, match="has no column o, d, t; its columns are: origin, destination"
    ):
        small(0, matrix=str(path))
    with pytest.raises(QgsProcessingException, match="No row of the travel matrix links two zones"):
        small(0, matrix=matrix_layer([(7, 8, 1.0)]))
    with pytest.raises(QgsProcessingException, match="The layer .* has no features"):
        empty = zone_layer([])
        small(0, ZONES=empty)


INEQUALITY_ZONES = "Point?crs=EPSG:31982&field=id:integer&field=jobs:double&field=population:double"


def inequality_zones(rows, extra=""):
    """Point zones (id, jobs, population + extra fields) for the inequality algorithm."""
    return memory_layer(
        INEQUALITY_ZONES + extra, [(f"POINT({500000 + 100 * i} 6700000)", row) for i, row in enumerate(rows)]
    )


def inequality(layer, feedback=None, **extra):
    parameters = {"INPUT": layer, "ACCESS_FIELD": "jobs", "POPULATION": "population", "OUTPUT": "memory:"}
    return processing.run("conecta:accessinequality", {**parameters, **extra}, feedback=feedback)


def test_inequality_small_hand_computed_and_errors(conecta_plugin):
    # four zones: access 1, 2, 3, 4 with population 1 each, no income
    layer = inequality_zones([(1, 1, 1), (2, 2, 1), (3, 3, 1), (4, 4, 1)])
    result = inequality(layer, POVERTY_LINE=2.5)
    table = {f["measure"]: f["value"] for f in result["OUTPUT"].getFeatures()}
    # Gini = sum|xi - xj| / (2 n^2 mean) = 20 / (2 * 16 * 2.5) = 0.25
    assert table["gini"] == pytest.approx(0.25)
    # Theil T = mean((x/mu) ln(x/mu)), mu = 2.5
    assert table["theil_t"] == pytest.approx(sum(x / 2.5 * math.log(x / 2.5) for x in (1, 2, 3, 4)) / 4)
    # FGT with line 2.5: two poor zones, gaps 0.6 and 0.2
    assert table["fgt0"] == pytest.approx(0.5)
    assert table["fgt1"] == pytest.approx((0.6 + 0.2) / 4)
    assert table["fgt2"] == pytest.approx((0.36 + 0.04) / 4)
    assert table["mean"] == pytest.approx(2.5) and "palma" not in table
    assert math.isnan(result["PALMA"])
    text_layer = inequality_zones([(1, 1, 1, "centro")], extra="&field=name:string")
    with pytest.raises(
        QgsProcessingException, match="Field name holds text that is not a number, e.g. 'centro'"
    ):
        inequality(text_layer, INCOME="name")
    with pytest.raises(
        QgsProcessingException, match="No zone has both an accessibility value and a population"
    ):
        inequality(inequality_zones([(1, 1, 0)]))


def test_a_zone_at_the_poverty_line_is_not_poor(conecta_plugin):
    # IPEA's fgt_poverty (R/fgt_poverty.R) counts a zone as poor when its access < the line: with the line at
    # 2, the zone with access 2 is not poor; only access 1 is, with a gap of (2 - 1) / 2 for 1 person of 4
    result = inequality(inequality_zones([(1, 1, 1), (2, 2, 1), (3, 3, 2)]), POVERTY_LINE=2)
    table = {f["measure"]: f["value"] for f in result["OUTPUT"].getFeatures()}
    assert (table["fgt0"], table["fgt1"], table["fgt2"]) == (0.25, 0.125, 0.0625)


def test_inequality_reads_no_geometry_so_invalid_polygons_change_nothing(conecta_plugin):
    bow_tie = "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))"  # self-intersecting: invalid for GEOS
    square = "POLYGON((200 0, 300 0, 300 100, 200 100, 200 0))"
    zones = memory_layer(
        "Polygon?crs=EPSG:31982&field=jobs:double&field=population:double",
        [(bow_tie, [1.0, 1.0]), (square, [3.0, 1.0])],
    )
    for check in (
        QgsFeatureRequest.GeometryAbortOnInvalid,
        QgsFeatureRequest.GeometrySkipInvalid,
        QgsFeatureRequest.GeometryNoCheck,
    ):
        context = QgsProcessingContext()
        context.setInvalidGeometryCheck(check)
        parameters = {"INPUT": zones, "ACCESS_FIELD": "jobs", "POPULATION": "population", "OUTPUT": "memory:"}
        result = processing.run("conecta:accessinequality", parameters, context=context)
        # both zones count: Gini of (1, 3) = |1 - 3| * 2 / (2 * 4 * 2) = 0.25
        assert result["GINI"] == pytest.approx(0.25)


def test_inequality_bad_input_gets_messages(conecta_plugin, tmp_path):
    zones = inequality_zones([(1, 1, 1), (2, 2, 1)])
    with pytest.raises(QgsProcessingException, match="The poverty line must be a positive number"):
        inequality(zones, POVERTY_LINE=0)
    with pytest.raises(QgsProcessingException, match="The input layer has no features"):
        inequality(inequality_zones([]))
    with pytest.raises(
        QgsProcessingException, match="has no field decile; its fields are: id, jobs, population"
    ):
        inequality(zones, GROUP="decile")
    # NULL values are left out and counted
    log = Log()
    rows = [(1, 1, 1, "a"), (2, None, 1, "a"), (3, 3, None, None), (4, 4, 2, "b")]
    result = inequality(inequality_zones(rows, "&field=sex:string"), log, GROUP="sex")
    assert "1 zones have no value in jobs: they are left out." in log.warnings
    assert "1 zones have a NULL or negative population in population: they are left out." in log.warnings
    assert {f["group"] for f in result["OUTPUT"].getFeatures()} == {"all", "a", "b"}
    # files: the chart's folder must take files; the input file stays as it was
    path = tmp_path / "zones.gpkg"
    processing.run("native:savefeatures", {"INPUT": zones, "OUTPUT": str(path)})
    before = path.read_bytes()
    log = Log()
    with pytest.raises(QgsProcessingException):
        inequality(str(path), log, CHART="/proc/conecta/chart.png", OUTPUT=str(tmp_path / "out.gpkg"))
    assert "The folder /proc/conecta of output 'Chart' does not exist and cannot be created" in log.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zones.gpkg"]
    result = inequality(str(path), OUTPUT=str(tmp_path / "out.csv"), CHART=str(tmp_path / "chart.png"))
    assert result["OUTPUT"] == str(tmp_path / "out.csv") and (tmp_path / "chart.html").exists()
    assert path.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no part file left
    # cancelled: no table, chart or page
    cancelled = QgsProcessingFeedback()
    cancelled.cancel()
    folder = tmp_path / "cancelled"
    folder.mkdir()
    result = inequality(str(path), cancelled, OUTPUT=str(folder / "t.gpkg"), CHART=str(folder / "c.png"))
    assert not result.get("OUTPUT") and list(folder.iterdir()) == []


# ------------------------------------------------------------------------ matrix on the street network


def test_matrix_on_the_fly_matches_the_travel_time_algorithm(conecta_plugin, sample_gpkg):
    if QgsApplication.processingRegistry().algorithmById("conecta:traveltimematrix") is None:
        pytest.skip(
            "conecta:traveltimematrix is not registered yet (street-network algorithm of the network issue)"
        )
    zones = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    zones.setSubsetString('"fid" <= 60')
    network = f"{sample_gpkg}|layername=network"
    matrix = processing.run(
        "conecta:traveltimematrix",
        {
            "NETWORK": network,
            "ORIGINS": zones,
            "ORIGINS_ID": "id",
            "DESTINATIONS_ID": "id",
            "MODE": 0,
            "MAX_TIME": 20,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    common = {
        "ZONES": zones,
        "ZONES_ID": "id",
        "OPPORTUNITIES": ["jobs"],
        "CUTOFF": "20",
        "OUTPUT": "memory:",
    }
    direct = processing.run("conecta:accessibility", {**common, "TRAVEL_MATRIX": matrix})["OUTPUT"]
    fly = processing.run("conecta:accessibility", {**common, "NETWORK": network, "MODE": 0, "MAX_TIME": 20})[
        "OUTPUT"
    ]
    expected = by_id(direct, "acc_jobs_20")
    assert by_id(fly, "acc_jobs_20") == expected
    assert sum(v for v in expected.values() if v) > 0


class CancelInChildMatrix(Log):
    """Cancels at the first progress reported after the routing on the street network began (its chunks)."""

    def __init__(self):
        super().__init__()
        self.armed = False
        self.progressChanged.connect(self._progress)

    def pushInfo(self, info):
        super().pushInfo(info)
        self.armed = self.armed or "zones routed in" in info

    def _progress(self, _value):
        if self.armed:
            self.cancel()


def test_cancelling_during_the_network_matrix_gives_no_output_and_no_traceback(
    conecta_plugin, sample_gpkg, tmp_path
):
    zones = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    zones.setSubsetString('"fid" <= 60')
    feedback = CancelInChildMatrix()
    target = tmp_path / "access.gpkg"
    result = processing.run(
        "conecta:accessibility",
        {
            "ZONES": zones,
            "ZONES_ID": "id",
            "OPPORTUNITIES": ["jobs"],
            "NETWORK": f"{sample_gpkg}|layername=network",
            "MODE": 0,
            "MAX_TIME": 20,
            "CUTOFF": "20",
            "WORKERS": 1,
            "CHUNK_SIZE": 8,
            "OUTPUT": str(target),
        },
        feedback=feedback,
    )
    assert feedback.armed and feedback.isCanceled()
    assert not result.get("OUTPUT")  # was KeyError: 'OUTPUT' (issue 14)
    assert "Cancelled: no output was written." in feedback.text()
    assert "Traceback" not in feedback.text()
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------------ qgis_process


def test_qgis_process_runs_both_algorithms(conecta_plugin, bh_matrix, tmp_path, qgis_process_runner):
    zones = shared("belo_horizonte", "bho_hex_h3res9.geojson")
    result = qgis_process_runner.run(
        "conecta:accessibility",
        TRAVEL_MATRIX=bh_matrix,
        ZONES=zones,
        ZONES_ID="id",
        OPPORTUNITIES="jobs",
        MEASURE=0,
        CUTOFF="30,60",
        OUTPUT=tmp_path / "access.gpkg",
    )
    out = QgsVectorLayer(result["results"]["OUTPUT"], "access", "ogr")
    assert by_id(out, "acc_jobs_30")[HEAD_A[0]] == 14561  # README.md
    result = qgis_process_runner.run(
        "conecta:accessinequality",
        INPUT=tmp_path / "access.gpkg",
        ACCESS_FIELD="acc_jobs_30",
        POPULATION="population",
        INCOME="income_per_capita",
        OUTPUT=tmp_path / "inequality.csv",
        CHART=tmp_path / "chart.png",
    )
    assert result["results"]["PALMA"] == pytest.approx(3.800465, abs=5e-7)  # README.md
    assert (tmp_path / "chart.html").stat().st_size > 0


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"OPPORTUNITIES": []}, "Choose at least one opportunity field"),
        ({"MEASURE": 2, "DECAY_FUNCTION": 1, "DECAY_VALUE": ""}, "Give a value for Decay value"),
        ({"CUTOFF": "-5"}, "Cutoff must not be negative"),
        ({"MEASURE": 1, "CUTOFF": "60-40"}, "must go from a smaller to a larger time"),
        ({"MEASURE": 2, "DECAY_FUNCTION": 3, "CUTOFF": "0"}, "linear decay function needs positive cutoffs"),
        (
            {"MEASURE": 2, "DECAY_FUNCTION": 4, "CUTOFF": "30", "DECAY_VALUE": "0"},
            "logistic decay function needs",
        ),
        ({"MEASURE": 2, "DECAY_FUNCTION": 5, "CUTOFF": "15,30", "DECAY_VALUE": "1.5,0.5"}, "stepped decay"),
        ({"FROM_FIELD": " "}, "Give the names of the matrix origin, destination and travel time fields"),
        ({"FROM_FIELD": "o", "TO_FIELD": "o"}, "The field o was chosen for two different columns"),
    ],
)
def test_every_parameter_mistake_is_named(conecta_plugin, extra, message):
    with pytest.raises(QgsProcessingException, match=message):
        small(0, **extra)


def test_a_matrix_with_a_repeated_pair_is_refused(conecta_plugin):
    # before: the pair's opportunities counted twice (issue 14: 40.3 M instead of 20.2 M)
    with pytest.raises(
        QgsProcessingException, match="1 origin-destination pairs appear more than once in the travel"
    ):
        small(0, matrix=matrix_layer([*SMALL_MATRIX, (1, 2, 10)]))


def test_running_out_of_memory_is_a_message_with_the_size(conecta_plugin, monkeypatch):
    from conecta.core import accessibility

    def no_memory(*args, **kwargs):
        raise MemoryError("Unable to allocate 18.6 GiB for an array with shape (50000, 50000)")

    monkeypatch.setattr(accessibility, "compute", no_memory)
    with pytest.raises(
        QgsProcessingException, match="Not enough memory for this run \\(Unable to allocate 18.6 GiB"
    ):
        small(0)


def test_a_date_field_as_opportunities_is_refused_by_type(conecta_plugin):
    zones = zone_layer([(1, 1, 1, 1)], extra="&field=opened:date")
    with pytest.raises(
        QgsProcessingException, match="Field opened is of type [Dd]ate: a numeric field is needed"
    ):
        small(0, ZONES=zones, OPPORTUNITIES=["opened"])
