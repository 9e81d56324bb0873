"""What Conecta's accessibility field names mean, in the words of a planner (the city report's labels)."""

from qgis.PyQt.QtCore import QLocale

from conecta.processing.report.labels import ReportLabels, parse_field


def test_field_names_become_planner_labels(conecta_plugin):
    walk = ReportLabels(locale=QLocale("en"), mode="walk")
    assert walk.label("acc_jobs_60") == "Jobs reachable within 60 min on foot"
    assert walk.label("acc_schools_7_5") == "Schools reachable within 7.5 min on foot"
    assert (
        walk.label("acc_jobs_40_60") == "Jobs reachable within 40 to 60 min on foot (median over the cutoffs)"
    )
    assert walk.label("time_schools_1") == "Minutes to the nearest school on foot"
    assert walk.label("time_healthcare_3") == "Minutes to reach 3 health facilities on foot"
    assert walk.label("grav_jobs_e005") == (
        "Jobs, gravity-weighted by travel time on foot (negative exponential decay, parameter 0.05)"
    )
    assert walk.label("fca_saude_30") == "Health facilities per person within 30 min on foot (2SFCA)"
    assert walk.label("pas_population_30") == "People who can reach the zone within 30 min on foot"
    # an opportunity Conecta has no word for keeps its name; other fields are shown as they are
    assert walk.label("acc_pharmacies_30") == "pharmacies reachable within 30 min on foot"
    assert walk.label("access") == "access" and walk.label("jobs") == "jobs"
    unknown = ReportLabels(locale=QLocale("en"), mode="")
    assert unknown.label("acc_jobs_60") == "Jobs reachable within 60 min"
    assert ReportLabels(locale=QLocale("es"), mode="car").label("grav_jobs_l7_5").endswith("7,5 min)")


def test_names_that_read_two_ways_take_a_plausible_travel_time(conecta_plugin):
    # 2020.30 min is no travel time: the opportunity is jobs_2020, the cutoff 30 min
    meaning = parse_field("acc_jobs_2020_30")
    assert (meaning.measure, meaning.opportunity, meaning.values) == ("cumulative", "jobs_2020", [30.0])
    # two increasing numbers are an interval; a short decimal part after a larger number is a decimal
    assert parse_field("acc_jobs_40_60").values == [40.0, 60.0]
    assert parse_field("acc_jobs_7_5").values == [7.5]
    # decay codes as conecta:accessibility writes them (0.05 → "005"; 1.5 and 15 both give "15")
    assert parse_field("grav_jobs_e005").decay == ("exponential", [0.05])
    assert parse_field("grav_jobs_p15").decay == ("power", [])
    assert parse_field("grav_jobs_lg30s5").decay == ("logistic", [30.0, 5.0])
    assert parse_field("grav_jobs_s15_30_45").decay == ("stepped", [15.0, 30.0, 45.0])
    assert parse_field("population") is None and parse_field("time_x") is None
