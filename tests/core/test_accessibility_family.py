"""Spatial availability, balancing cost, constrained accessibility, E2SFCA / 3SFCA and cumulative cutoffs on
several costs, against published values and hand-computed cases.

Published values: IPEA's `accessibility` R package, rendered reference pages of its site (repository
ipeaGIT/accessibility, branch gh-pages, dev/reference/*.md, package version 1.4.0.9000), each the printed
output of the example call quoted next to the test. The package's reference pages print no numbers for
spatial availability on Belo Horizonte (only for its three-zone example), none for the singly constrained
passive form and none for the doubly constrained measure on Belo Horizonte (only for its three-zone
example): those are checked on hand-computed small cases and with their invariants. E2SFCA and 3SFCA are
compared with PySAL `access` (installed in the venv) run in the test on the same small case.
"""

import math

import numpy as np
import pandas as pd
import pytest

from conecta.core.accessibility import (
    E2SFCA_SUBZONES,
    MEASURES,
    THREE_SFCA_SUBZONES,
    CostCutoffs,
    Settings,
    balancing_cost,
    compute,
    constrained_accessibility,
    cumulative_cost_cutoffs,
    cumulative_cutoff,
    decay_binary,
    decay_exponential,
    decay_subzones,
    floating_catchment_area,
    output_field,
    prepare_matrix,
    spatial_availability,
)
from conecta.core.errors import InputError

HEAD_A = ["89a881a5a2bffff", "89a881a5a2fffff", "89a881a5a67ffff", "89a881a5a6bffff", "89a881a5a6fffff", "89a881a5b03ffff"]  # fmt: skip
HEAD_B5 = ["89a88cdb57bffff", "89a88cdb597ffff", "89a88cdb5b3ffff", "89a88cdb5cfffff", "89a88cd909bffff"]
TAIL_FROM = ["89a881acda3ffff", "89a88cdb543ffff", "89a88cda667ffff", "89a88cd900fffff", "89a881aebafffff"]
TAIL_TO = ["89a881ae92fffff", "89a881ae923ffff", "89a881ae9afffff", "89a88cd8407ffff", "89a881aebafffff"]
EXP01 = decay_exponential(0.1)


def first_column(result, ids):
    return result.values.iloc[:, 0].loc[ids].to_numpy()


def assert_printed(values, printed):
    """Each value rounds to the printed one at the digits printed (7 or more significant figures, except B_j
    of the doubly constrained example, printed with 6 or 7)."""
    assert len(values) == len(printed)
    for value, text in zip(values, printed):
        digits = len(text.split(".")[1]) if "." in text else 0
        assert abs(value - float(text)) <= 0.5 * 10.0**-digits * (1 + 1e-9), (value, text)


# ------------------------------------------------------------------------- spatial availability


def soukhov_example():
    """The three origins and three destinations of reference/spatial_availability.md (Soukhov et al. 2023)."""
    matrix = pd.DataFrame(
        {
            "from_id": np.repeat(["A", "B", "C"], 3),
            "to_id": np.tile(["1", "2", "3"], 3),
            "travel_time": [15, 30, 100, 30, 15, 100, 100, 100, 15],
        }
    )
    land = pd.DataFrame(
        {"population": [50000, 150000, 10000, 0, 0, 0], "jobs": [0, 0, 0, 100000, 100000, 10000]},
        index=pd.Index(["A", "B", "C", "1", "2", "3"], name="id"),
    )
    return matrix, land


def test_spatial_availability_reference_example():
    # reference/spatial_availability.md: spatial_availability(travel_matrix, land_use_data, opportunity =
    # "jobs", travel_cost = "travel_time", demand = "population", decay_function = decay_exponential(0.1))
    matrix, land = soukhov_example()
    result = spatial_availability(matrix, land, "jobs", "population", EXP01)
    assert_printed(first_column(result, ["A", "B", "C"]), ["66833.466", "133203.363", "9963.171"])
    # the measure shares out every job: it adds up to the 210,000 jobs
    assert result.values.iloc[:, 0].sum() == pytest.approx(100000 + 100000 + 10000, rel=1e-12)


def test_spatial_availability_alpha_by_hand():
    # alpha = 0.5 on the same example, by hand: job j goes to origin i in proportion to P_i^0.5 exp(-0.1 t_ij)
    matrix, land = soukhov_example()
    result = spatial_availability(matrix, land, "jobs", "population", EXP01, alpha=0.5)
    t = np.array([[15, 30, 100], [30, 15, 100], [100, 100, 15]], float)
    weight = np.sqrt([50000.0, 150000.0, 10000.0])[:, None] * np.exp(-0.1 * t)
    expected = (weight / weight.sum(axis=0) * np.array([100000.0, 100000.0, 10000.0])).sum(axis=1)
    assert first_column(result, ["A", "B", "C"]) == pytest.approx(expected, rel=1e-12)
    assert result.values.columns[0][1] == "0.1;a0.5"


def test_spatial_availability_belo_horizonte_equals_singly_published(matrix, land_use, matrix_df):
    # reference/constrained_accessibility.md: "the active form of this measure [singly] yields equivalent
    # results to the spatial_availability() function"; its example constrained_accessibility(constraint =
    # "singly", decay_function = decay_exponential(0.1), demand = "population", supply = "jobs", active = TRUE)
    result = spatial_availability(matrix, land_use, "jobs", "population", EXP01)
    assert_printed(first_column(result, HEAD_B5), ["186.0876", "140.0738", "736.5830", "900.9284", "0.0000"])
    assert_printed(
        first_column(result, TAIL_FROM), ["453.8818", "1184.0239", "276.2530", "103.5370", "0.0000"]
    )
    # invariant: the values add up to the jobs of the destinations someone with population reaches
    people = land_use.population.reindex(matrix_df.from_id).to_numpy()
    reached = (people * np.exp(-0.1 * matrix_df.travel_time)).groupby(matrix_df.to_id.to_numpy()).sum()
    shared_jobs = land_use.jobs.reindex(reached.index[reached > 0]).sum()
    assert result.values.iloc[:, 0].sum() == pytest.approx(shared_jobs, rel=1e-9)
    assert result.destinations_without_demand["jobs:0.1"] == int(
        (land_use.jobs.reindex(reached.index[reached <= 0]) > 0).sum()
    )


# ------------------------------------------------------------------------------- balancing cost


def test_balancing_cost_published(matrix, land_use):
    # reference/balancing_cost.md: balancing_cost(travel_matrix, land_use_data, opportunity = "jobs",
    # travel_cost = "travel_time", demand = "population"); head(bc)
    result = balancing_cost(matrix, land_use, "jobs", "population")
    assert first_column(result, HEAD_A).tolist() == [15, 13, 23, 7, 10, 6]


def test_balancing_cost_by_hand():
    # zone a (10 people) reaches 4 jobs at 2.2, 6 more at 3.4 and 5 more at 9: 10 jobs are not more than 10
    # people, 15 are: balancing cost 9 (on the grid of step 0.5). Zone b (100 people) never reaches more
    # than 15 jobs: NULL. Zone c has no people: 0. Zone d is no origin: NULL.
    matrix = pd.DataFrame(
        {
            "from_id": ["a", "a", "a", "b", "b", "c"],
            "to_id": ["x", "y", "z", "x", "z", "x"],
            "travel_time": [2.2, 3.4, 9.0, 1.0, 2.0, 7.0],
        }
    )
    land = pd.DataFrame(
        {"population": [10, 100, 0, 5, 0, 0, 0], "jobs": [0, 0, 0, 0, 4, 6, 5]},
        index=pd.Index(list("abcdxyz"), name="id"),
    )
    result = balancing_cost(matrix, land, "jobs", "population", cost_increment=0.5)
    got = first_column(result, list("abcd"))
    assert got[0] == 9.0 and math.isnan(got[1]) and got[2] == 0.0 and math.isnan(got[3])
    # step 2: grid 0, 2, 4, 6, 8 (up to the largest cost, 9): the 15 jobs are reached at 9, past the grid
    assert math.isnan(
        first_column(balancing_cost(matrix, land, "jobs", "population", cost_increment=2), ["a"])[0]
    )
    # step 3: grid 0, 3, 6, 9: reached at 9; a cost of 3.4 with step 3 would round up to 6
    assert first_column(balancing_cost(matrix, land, "jobs", "population", cost_increment=3), ["a"])[0] == 9.0
    # never balancing or no origin: b, d and the destinations x, y, z
    assert result.n_zones_reaching_nothing["jobs"] == 5


# ----------------------------------------------------------------------------- constrained measures


def test_total_constrained_published(matrix, land_use):
    # reference/constrained_accessibility.md: constrained_accessibility(constraint = "total",
    # decay_function = decay_exponential(0.1), demand = NULL, supply = "jobs", active = TRUE)
    result = constrained_accessibility(matrix, land_use, "jobs", "population", EXP01, "total")
    assert_printed(
        first_column(result, HEAD_B5), ["263.8175", "264.7306", "319.5332", "428.2523", "291.7166"]
    )
    assert_printed(
        first_column(result, TAIL_FROM), ["280.1091", "697.2299", "346.8143", "113.1569", "0.0000"]
    )
    assert result.values.iloc[:, 0].sum() == pytest.approx(land_use.jobs.sum(), rel=1e-9)
    # same call with demand = "population", supply = NULL, active = FALSE
    passive = constrained_accessibility(matrix, land_use, [], "population", EXP01, "total", active=False)
    expected = ["720.1584302", "958.7228358", "1074.8576863", "632.9250575", "882.5883640"]
    assert_printed(first_column(passive, HEAD_B5), expected)
    expected = ["13.4118931", "0.2403741", "3.6023628", "27.6942661", "0.0000000"]
    assert_printed(first_column(passive, TAIL_TO), expected)
    assert passive.values.columns[0] == ("population", "total:0.1")


def test_singly_constrained_published(matrix, land_use):
    # reference/constrained_accessibility.md: constraint = "singly", decay_exponential(0.1), demand =
    # "population", supply = "jobs", active = TRUE
    result = constrained_accessibility(matrix, land_use, "jobs", "population", EXP01, "singly")
    assert_printed(first_column(result, HEAD_B5), ["186.0876", "140.0738", "736.5830", "900.9284", "0.0000"])
    assert_printed(
        first_column(result, TAIL_FROM), ["453.8818", "1184.0239", "276.2530", "103.5370", "0.0000"]
    )


def test_singly_constrained_passive_by_hand():
    # passive: each origin's people shared out among destinations in proportion to O_j f(t_ij), binary 20:
    # a (30 people) reaches x (2 jobs) and y (6 jobs): 7.5 to x, 22.5 to y; b (10) reaches only y: 10 to y
    matrix = pd.DataFrame(
        {"from_id": ["a", "a", "b", "b"], "to_id": ["x", "y", "y", "x"], "travel_time": [5, 10, 15, 25]}
    )
    land = pd.DataFrame(
        {"population": [30, 10, 0, 0], "jobs": [0, 0, 2, 6]}, index=pd.Index(list("abxy"), name="id")
    )
    result = constrained_accessibility(
        matrix, land, "jobs", "population", decay_binary(20), "singly", active=False
    )
    assert first_column(result, list("abxy")) == pytest.approx([0, 0, 7.5, 32.5], rel=1e-12)
    # invariant: every person of an origin that reaches some job is shared out
    assert result.values.iloc[:, 0].sum() == pytest.approx(40.0)


def doubly_example():
    """tm_small and lu_small of reference/constrained_accessibility.md (expand.grid order: origins fastest)."""
    matrix = pd.DataFrame(
        {
            "from_id": np.tile(["1", "2", "3"], 3),
            "to_id": np.repeat(["1", "2", "3"], 3),
            "travel_time": [10, 30, 15, 30, 10, 25, 15, 25, 10],
        }
    )
    land = pd.DataFrame(
        {"population": [4, 10, 6], "jobs": [7, 5, 8]}, index=pd.Index(["1", "2", "3"], name="id")
    )
    return matrix, land


def test_doubly_constrained_published_example():
    # reference/constrained_accessibility.md: constrained_accessibility(travel_matrix = tm_small, land_use_data
    # = lu_small, constraint = "doubly", decay_function = decay_exponential(0.1), demand = "population",
    # supply = "jobs", detailed_results = TRUE)
    matrix, land = doubly_example()
    result = constrained_accessibility(matrix, land, "jobs", "population", EXP01, "doubly", detailed=True)
    a = result.values[("jobs", "doubly:0.1:A")].to_numpy()
    b = result.values[("jobs", "doubly:0.1:B")].to_numpy()
    assert_printed(a, ["0.1721781", "0.4336710", "0.1737245"])
    assert_printed(b, ["1.424797", "0.583010", "1.119684"])
    flows = result.flows["jobs:doubly:0.1"].set_index(["from_id", "to_id"])["flow"]
    published = {
        ("1", "1"): "2.52693730", ("1", "2"): "0.09995405", ("1", "3"): "1.37651660",
        ("2", "1"): "2.15341665", ("2", "2"): "4.65063122", ("2", "3"): "3.18866969",
        ("3", "1"): "2.31964604", ("3", "2"): "0.24941474", ("3", "3"): "3.43481370",
    }  # fmt: skip
    assert_printed([flows[k] for k in published], list(published.values()))
    fit = result.fitting["jobs:doubly:0.1"]
    assert_printed([fit.error], ["0.0007282441"])
    assert fit.reason == "error"


def test_doubly_constrained_preserves_both_totals():
    # fitted to convergence, the flows out of each zone are its people and into each zone its jobs (to the
    # package's 1e-9 added to every balancing factor's denominator)
    matrix, land = doubly_example()
    result = constrained_accessibility(
        matrix, land, "jobs", "population", EXP01, "doubly", thresholds=(1e-12, 0.0, 10000), detailed=True
    )
    flows = result.flows["jobs:doubly:0.1"]
    assert flows.groupby("from_id").flow.sum().to_numpy() == pytest.approx([4, 10, 6], rel=1e-8)
    assert flows.groupby("to_id").flow.sum().to_numpy() == pytest.approx([7, 5, 8], rel=1e-8)


def test_doubly_constrained_refuses_unequal_totals(matrix, land_use):
    with pytest.raises(InputError, match="as much demand as supply: population adds up to") as error:
        constrained_accessibility(matrix, land_use, "jobs", "population", EXP01, "doubly")
    assert error.value.code == "unbalanced_totals"


# ------------------------------------------------------------------------------------- E2SFCA, 3SFCA


@pytest.fixture(scope="module")
def pysal_case():
    """Six zones, every pair; times chosen to hit the subzone limits 10, 20, 30 and 60 exactly."""
    ids = [f"z{i}" for i in range(6)]
    times = np.array(
        [
            [5, 10, 20, 31, 44, 60],
            [10, 5, 12, 30, 61, 8],
            [20, 12, 5, 9.5, 25, 40],
            [31, 30, 9.5, 5, 18, 33],
            [44, 61, 25, 18, 5, 21],
            [60, 8, 40, 33, 21, 5],
        ],
        float,
    )
    cost = pd.DataFrame({"origin": np.repeat(ids, 6), "dest": np.tile(ids, 6), "cost": times.ravel()})
    land = pd.DataFrame({"geoid": ids, "pop": [100, 250, 0, 80, 40, 300], "doc": [3, 0, 5, 1, 0, 2]})
    return ids, cost, land


def pysal_values(case, method):
    from access import Access

    ids, cost, land = case
    model = Access(
        demand_df=land[["geoid", "pop"]], demand_index="geoid", demand_value="pop",
        supply_df=land[["geoid", "doc"]], supply_index="geoid", supply_value="doc",
        cost_df=cost.copy(), cost_origin="origin", cost_dest="dest", cost_name="cost",
    )  # fmt: skip
    out = getattr(model, method)(name="x")  # the package's default weights (Luo & Qi 2009; Wan et al. 2012)
    return out["x_doc"].reindex(ids).to_numpy()


def conecta_fca(case, subzones, method):
    ids, cost, land = case
    matrix = cost.rename(columns={"origin": "from_id", "dest": "to_id", "cost": "travel_time"})
    result = floating_catchment_area(
        matrix, land.set_index("geoid"), "doc", "pop", decay_subzones(*subzones), method=method
    )
    return result.values.iloc[:, 0].loc[ids].to_numpy()


def test_e2sfca_equals_pysal_access(pysal_case):
    expected = pysal_values(pysal_case, "enhanced_two_stage_fca")
    assert np.all(expected > 0)
    assert conecta_fca(pysal_case, E2SFCA_SUBZONES, "2sfca") == pytest.approx(expected, rel=0, abs=1e-12)


def test_3sfca_equals_pysal_access(pysal_case):
    expected = pysal_values(pysal_case, "three_stage_fca")
    assert np.all(expected > 0)
    assert conecta_fca(pysal_case, THREE_SFCA_SUBZONES, "3sfca") == pytest.approx(expected, rel=0, abs=1e-12)


def test_subzone_limits_are_inclusive():
    # Luo & Qi (2009) subzones: 0-10 weighs 1, (10, 20] 0.68, (20, 30] 0.22, beyond 30 nothing
    f = decay_subzones(*E2SFCA_SUBZONES)
    assert f(np.array([0, 10, 10.01, 20, 30, 30.01])).tolist() == [1, 1, 0.68, 0.68, 0.22, 0]


# ------------------------------------------------------------------------------ several costs at once


def fare_case():
    """Four zones. Each row: minutes and fare. Hand-made so each cutoff combination has a known answer."""
    matrix = pd.DataFrame(
        {
            "from_id": ["a", "a", "a", "a", "b", "b"],
            "to_id": ["a", "b", "c", "d", "c", "d"],
            "travel_time": [0, 20, 35, 50, 10, 40],
            "fare": [0, 4.40, 2.0, 8.80, 4.40, 4.41],
            "distance": [0, 6000, 4000, 9000, 3000, 12000],
        }
    )
    land = pd.DataFrame(
        {"jobs": [1, 10, 100, 1000], "population": [5, 6, 7, 8]}, index=pd.Index(list("abcd"), name="id")
    )
    return matrix, land


def test_cumulative_with_a_fare_cutoff_by_hand():
    matrix, land = fare_case()
    result = cumulative_cost_cutoffs(matrix, land, "jobs", [30, 60], {"fare": 4.40})
    # within 30 min and 4.40: a reaches a, b (20 min, 4.40) = 11; b reaches c (10 min, 4.40) = 100
    assert result.values[("jobs", "30&fare<=4.4")].loc[list("abcd")].tolist() == [11, 100, 0, 0]
    # within 60 min and 4.40: a adds c (35 min, 2.00) but not d (8.80) = 111; b not d (4.41) = 100
    assert result.values[("jobs", "60&fare<=4.4")].loc[list("abcd")].tolist() == [111, 100, 0, 0]
    # and 5000 m: a loses b (6000 m) and keeps c (4000 m)
    both = cumulative_cost_cutoffs(matrix, land, "jobs", 60, {"fare": 4.40, "distance": 5000})
    assert both.values.iloc[:, 0].loc[list("abcd")].tolist() == [101, 100, 0, 0]
    assert output_field(
        "cumulative", "jobs", next(iter(_cost_parameters(60, {"fare": 4.4, "distance": 5000})))
    ) == ("acc_jobs_60_fare4_4_distance5000")


def _cost_parameters(cutoff, extra):

    return [CostCutoffs(float(cutoff), tuple(extra.items()))]


def test_cumulative_cost_cutoffs_count_a_pair_once_over_its_journeys():
    # a Pareto frontier: a→c by a fast dear journey (15 min, 8.80) and a slow cheap one (45 min, 4.40)
    matrix = pd.DataFrame(
        {
            "from_id": ["a", "a", "a"],
            "to_id": ["c", "c", "b"],
            "travel_time": [15, 45, 30],
            "fare": [8.8, 4.4, 4.4],
        }
    )
    land = pd.DataFrame({"jobs": [0, 10, 100]}, index=pd.Index(list("abc"), name="id"))
    result = cumulative_cost_cutoffs(matrix, land, "jobs", [30, 60], {"fare": 9.0})
    # both journeys to c fit 60 min and 9.00: c counts once (110, not 210)
    assert result.values.loc["a"].tolist() == [110, 110]
    cheap = cumulative_cost_cutoffs(matrix, land, "jobs", [30, 60], {"fare": 5.0})
    assert cheap.values.loc["a"].tolist() == [10, 110]
    # a measure of one cost refuses the repeated pairs
    tm = prepare_matrix(matrix, land.index, extra_cols=["fare"], alternatives=True)
    with pytest.raises(InputError, match="pairs appear more than once"):
        cumulative_cutoff(tm, land, "jobs", 60)


def test_one_cost_matrix_keeps_twelve_bytes_per_row(matrix):
    assert matrix.extra == {} and not matrix.alternatives
    assert matrix.origin.itemsize + matrix.destination.itemsize + matrix.cost.itemsize == 12


def test_extra_costs_errors():
    matrix, land = fare_case()
    with pytest.raises(InputError, match="The cutoff of cost fare must be a number ≥ 0"):
        cumulative_cost_cutoffs(matrix, land, "jobs", 30, {"fare": -1})
    tm = prepare_matrix(matrix, land.index, extra_cols=["fare"])
    with pytest.raises(InputError, match="without the cost column distance"):
        cumulative_cost_cutoffs(tm, land, "jobs", 30, {"distance": 100})
    with pytest.raises(ValueError, match="travel matrix has no column 'toll'"):
        prepare_matrix(matrix, land.index, extra_cols=["toll"])
    bad = matrix.assign(fare=[0, np.nan, -2.0, 1, 1, 1])
    tm = prepare_matrix(bad, land.index, extra_cols=["fare"])
    assert (tm.diagnostics.n_rows_null_extra_cost, tm.diagnostics.n_rows_negative_extra_cost) == (1, 1)
    assert tm.diagnostics.n_rows_used == 4


def test_parameter_errors():
    matrix, land = soukhov_example()
    with pytest.raises(InputError, match=r"Alpha must be a number ≥ 0 \(got -1\)"):
        spatial_availability(matrix, land, "jobs", "population", EXP01, alpha=-1)
    with pytest.raises(InputError, match="Unknown constraint 'triply'"):
        constrained_accessibility(matrix, land, "jobs", "population", EXP01, "triply")
    with pytest.raises(InputError, match=r"The cost step must be a number > 0 \(got 0\)"):
        balancing_cost(matrix, land, "jobs", "population", cost_increment=0)


# ------------------------------------------------------------------------------------ registry


def test_registry_appends_new_measures_and_names_fields(matrix, land_use):
    names = [m.name for m in MEASURES]
    assert names[:7] == ["cumulative", "interval", "gravity", "closest", "2sfca", "bfca", "passive"]
    assert names[7:] == ["spatial_availability", "balancing_cost", "constrained", "e2sfca", "3sfca"]
    cases = [
        ("spatial_availability", Settings(["jobs"], "population", decays=[EXP01], alpha=0.5), ["sa_jobs_e01_a05"]),
        ("balancing_cost", Settings(["jobs"], "population"), ["bal_jobs"]),
        ("constrained", Settings(["jobs"], "population", decays=[EXP01], constraint="total"), ["tca_jobs_e01"]),
        ("constrained", Settings([], "population", decays=[EXP01], constraint="total", active=False), ["ptca_population_e01"]),
        ("constrained", Settings(["jobs"], "population", decays=[EXP01]), ["sca_jobs_e01"]),
        ("e2sfca", Settings(["jobs"], "population"), ["e2fca_jobs_z10_20_30"]),
        ("3sfca", Settings(["jobs"], "population"), ["fca3_jobs_z10_20_30_60"]),
        ("closest", Settings(population="population", n=1, active=False), ["ptime_population_1"]),
        ("interval", Settings(population="population", interval=(20, 30), active=False), ["pas_population_20_30"]),
        ("cumulative", Settings(["jobs"], cutoffs=[30]), ["acc_jobs_30"]),
    ]  # fmt: skip
    for measure, settings, expected in cases:
        assert compute(measure, matrix, land_use, settings)[1] == expected, measure
