"""Benchmark of conecta.core.accessibility / inequality (run: .venv/bin/python bench/bench_accessibility.py).

1. Belo Horizonte (898 zones, 748k-row matrix, the `accessibility` R package's sample): every
   measure timed in core, each checked against the value the package publishes (README.md /
   articles/*.md of ipeaGIT/accessibility; the package publishes no timings), plus PySAL `access`
   2SFCA on the same data when installed.
2. The same measures end to end through Processing (``processing.run("conecta:accessibility")`` on
   the hexagon GeoJSON and the CSV.gz matrix path, then ``conecta:accessinequality``), as a planner
   runs them from the toolbox, the modeler or qgis_process (needs QGIS; ``--skip-processing``).
3. Synthetic 10,000 zones x 5,000 destinations = 50 million rows, written to /tmp as CSV (and
   Parquet if pyarrow is importable) and processed in chunks in a child process, reporting time and
   peak memory (resource.getrusage). ``--rows-per-origin`` makes it smaller for a quick run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from common import SHARED, peak_mb, start_qgis
from golden.cases import BH_INEQUALITY

from conecta.core import accessibility as acc
from conecta.core import inequality as ineq

BH = SHARED / "belo_horizonte"
FIRST_A = "89a881a5a2bffff"
FIRST_B = "89a88cdb57bffff"


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


EXP01 = "0.1"


def family_cases(tm, land_use, frame) -> list:
    """The accessibility family: spatial availability, balancing cost, constrained, E2SFCA, 3SFCA, fares.

    Published values: reference pages of the R package (balancing_cost.md, constrained_accessibility.md; the
    singly constrained value is also spatial availability's, as that page says). Doubly constrained needs
    equal totals, so it runs with the jobs rescaled to the population (no published value). The fare column
    is synthetic (4.40 for trips over 20 min), for the timing of cutoffs on two costs.
    """
    f = acc.decay_exponential(0.1)
    equal = land_use.assign(jobs=land_use.jobs * land_use.population.sum() / land_use.jobs.sum())
    fares = frame.assign(fare=np.where(frame.travel_time > 20, 4.40, 0.0))
    e2, t3 = acc.decay_subzones(*acc.E2SFCA_SUBZONES), acc.decay_subzones(*acc.THREE_SFCA_SUBZONES)
    return [
        ("spatial availability exponential 0.1, jobs",
         lambda: acc.spatial_availability(tm, land_use, "jobs", "population", f),
         (("jobs", EXP01), FIRST_B, 186.0876)),
        ("balancing cost, jobs (step 1 min)", lambda: acc.balancing_cost(tm, land_use, "jobs", "population"),
         (("jobs", "1"), FIRST_A, 15)),
        ("total constrained exponential 0.1, jobs",
         lambda: acc.constrained_accessibility(tm, land_use, "jobs", "population", f, "total"),
         (("jobs", "total:0.1"), FIRST_B, 263.8175)),
        ("total constrained passive, population",
         lambda: acc.constrained_accessibility(tm, land_use, [], "population", f, "total", active=False),
         (("population", "total:0.1"), FIRST_B, 720.1584302)),
        ("singly constrained exponential 0.1, jobs",
         lambda: acc.constrained_accessibility(tm, land_use, "jobs", "population", f, "singly"),
         (("jobs", "singly:0.1"), FIRST_B, 186.0876)),
        ("doubly constrained exponential 0.1 (jobs rescaled to the population)",
         lambda: acc.constrained_accessibility(tm, equal, "jobs", "population", f, "doubly"), None),
        ("E2SFCA subzones 10/20/30 (Luo & Qi), jobs",
         lambda: acc.floating_catchment_area(tm, land_use, "jobs", "population", e2), None),
        ("3SFCA subzones 10/20/30/60 (Wan et al.), jobs",
         lambda: acc.floating_catchment_area(tm, land_use, "jobs", "population", t3, method="3sfca"), None),
        ("cumulative 30 + 60 min and fare 4.40 (synthetic fare column; matrix read included)",
         lambda: acc.cumulative_cost_cutoffs(fares, land_use, "jobs", [30, 60], {"fare": 4.40}), None),
    ]  # fmt: skip


def belo_horizonte() -> None:
    (land_use, t_lu) = timed(lambda: pd.read_csv(BH / "land_use_data.csv").set_index("id"))
    (frame, t_read) = timed(lambda: pd.read_csv(BH / "travel_matrix.csv.gz"))
    (tm, t_prep) = timed(lambda: acc.prepare_matrix(frame, land_use.index))
    rows = [
        ("read land use + matrix CSV (748,437 rows)", t_lu + t_read, "", ""),
        ("match ids (prepare_matrix)", t_prep, "", ""),
    ]

    def check(result, key, zone, published, fmt="{:.7g}"):
        value = result.values.loc[zone, key]
        return fmt.format(value), str(published)

    cases = [
        (
            "cumulative, jobs + schools, cutoffs 30 and 60",
            lambda: acc.cumulative_cutoff(tm, land_use, ["jobs", "schools"], [30, 60]),
            (("jobs", "30"), FIRST_A, 14561),
        ),
        (
            "cumulative interval 40-60, mean",
            lambda: acc.cumulative_interval(tm, land_use, "jobs", (40, 60), summary="mean"),
            (("jobs", "40-60"), FIRST_B, 311965),
        ),
        (
            "passive, population 30",
            lambda: acc.passive_accessibility(tm, land_use, "population", 30),
            (("population", "30"), FIRST_A, 11053),
        ),
        (
            "gravity exponential 0.2, schools",
            lambda: acc.gravity(tm, land_use, "schools", acc.decay_exponential(0.2)),
            (("schools", "0.2"), FIRST_B, 0.03041853),
        ),
        (
            "gravity linear 50, schools",
            lambda: acc.gravity(tm, land_use, "schools", acc.decay_linear(50)),
            (("schools", "50"), FIRST_B, 9.26),
        ),
        (
            "gravity logistic T30 sd5 + power 1 + stepped",
            lambda: acc.gravity(
                tm,
                land_use,
                "jobs",
                [
                    acc.decay_logistic(30, 5),
                    acc.decay_power(1.0),
                    acc.decay_stepped([15, 30, 45], [0.75, 0.5, 0.25]),
                ],
            ),
            None,
        ),
        (
            "cost to closest school (n = 1)",
            lambda: acc.cost_to_closest(tm, land_use, "schools", 1),
            (("schools", "1"), FIRST_A, 29),
        ),
        (
            "cost to n-th closest (n = 1, 5, 50 jobs)",
            lambda: acc.cost_to_closest(tm, land_use, "jobs", [1, 5, 50]),
            None,
        ),
        (
            "2SFCA binary 50, jobs",
            lambda: acc.floating_catchment_area(tm, land_use, "jobs", "population", acc.decay_binary(50)),
            (("jobs", "50"), FIRST_B, 0.4278111),
        ),
        (
            "BFCA exponential 0.5, jobs",
            lambda: acc.floating_catchment_area(
                tm, land_use, "jobs", "population", acc.decay_exponential(0.5), method="bfca"
            ),
            (("jobs", "0.5"), FIRST_B, 0.10280082),
        ),
        *family_cases(tm, land_use, frame),
    ]
    total = t_prep
    results = {}
    for name, fn, ref in cases:
        res, seconds = timed(fn)
        total += seconds
        results[name] = res
        got, published = check(res, *ref) if ref else ("", "")
        rows.append((name, seconds, got, published))

    jobs30 = results[cases[0][0]].values[("jobs", "30")].reindex(land_use.index).to_numpy()
    pop = land_use.population.to_numpy()
    income = land_use.income_per_capita.to_numpy()
    summary, seconds = timed(
        lambda: ineq.inequality_summary(jobs30, pop, income, land_use.income_decile.to_numpy(), 50000)
    )
    total += seconds
    rows.append(
        (
            "inequality table, all + 10 deciles (Palma, Gini, Theil, CI, FGT)",
            seconds,
            f"Palma {summary.table.loc['all', 'palma']:.7g}",
            "Palma 3.800465",
        )
    )
    theil, seconds = timed(lambda: ineq.theil_t(jobs30, pop, land_use.income_decile.to_numpy()))
    rows.append(("Theil T by income decile", seconds, f"between {theil.between:.7g}", "between 0.1280753"))
    total += seconds

    try:
        import access as pysal_access
    except ImportError:
        pysal_access = None
    if pysal_access is not None:
        table = land_use.reset_index()
        model = pysal_access.Access(
            demand_df=table[["id", "population"]], demand_index="id", demand_value="population",
            supply_df=table[["id", "jobs"]], supply_index="id", supply_value="jobs",
            cost_df=frame, cost_origin="from_id", cost_dest="to_id", cost_name="travel_time",
        )  # fmt: skip
        out, seconds = timed(lambda: model.two_stage_fca(name="p", max_cost=50))
        rows.append(
            (
                "PySAL access 1.1: 2SFCA binary 50, jobs (same data)",
                seconds,
                f"{out.loc[FIRST_B, 'p_jobs']:.7g}",
                "0.4278111",
            )
        )
        for method, case in (("enhanced_two_stage_fca", "E2SFCA"), ("three_stage_fca", "3SFCA")):
            out, seconds = timed(lambda: getattr(model, method)(name=method))  # noqa: B023 (called at once)
            ours = results[[name for name in results if name.startswith(case)][0]].values.iloc[:, 0]
            rows.append(
                (
                    f"PySAL access 1.1: {case} default subzones, jobs (same data)",
                    seconds,
                    f"{out.loc[FIRST_B, method + '_jobs']:.7g}",
                    f"Conecta {ours.loc[FIRST_B]:.7g}",
                )
            )

    print("## Belo Horizonte: 898 zones, 748,437-row matrix (core, no QGIS)\n")
    print("| step | seconds | value (first zone) | published by the R package |")
    print("|---|---:|---:|---:|")
    for name, seconds, got, published in rows:
        print(f"| {name} | {seconds:.3f} | {got} | {published} |")
    print(f"| **all Conecta measures above (after reading)** | **{total:.3f}** | | |")
    print(
        "\nThe `accessibility` R package publishes no timings; its values are from its README / vignettes.\n"
    )


def processing_end_to_end() -> None:
    """Every measure through processing.run on the Belo Horizonte GeoJSON + CSV.gz (reads included)."""
    app, provider = start_qgis()  # noqa: F841 (kept alive while the algorithms run)
    import processing
    from qgis.core import QgsVectorLayer

    zones = QgsVectorLayer(str(BH / "bho_hex_h3res9.geojson"), "zones", "ogr")
    common = {
        "TRAVEL_MATRIX": str(BH / "travel_matrix.csv.gz"),
        "ZONES": zones,
        "ZONES_ID": "id",
        "OPPORTUNITIES": ["jobs"],
        "POPULATION": "population",
        "OUTPUT": "memory:",
    }
    cases = [
        ("cumulative, jobs + schools, cutoffs 30 and 60", {"OPPORTUNITIES": ["jobs", "schools"], "CUTOFF": "30,60"},
         "acc_jobs_30", FIRST_A, 14561),
        ("cumulative interval 40-60 (median)", {"MEASURE": 1, "CUTOFF": "40-60"}, "acc_jobs_40_60", None, None),
        ("gravity exponential 0.2, schools", {"MEASURE": 2, "OPPORTUNITIES": ["schools"], "DECAY_FUNCTION": 1,
         "DECAY_VALUE": "0.2"}, "grav_schools_e02", FIRST_B, 0.03041853),
        ("gravity linear 50, schools", {"MEASURE": 2, "OPPORTUNITIES": ["schools"], "DECAY_FUNCTION": 3,
         "CUTOFF": "50"}, "grav_schools_l50", FIRST_B, 9.26),
        ("cost to closest school (n = 1)", {"MEASURE": 3, "OPPORTUNITIES": ["schools"]}, "time_schools_1",
         FIRST_A, 29),
        ("2SFCA binary 50, jobs", {"MEASURE": 4, "CUTOFF": "50"}, "fca_jobs_50", FIRST_B, 0.4278111),
        ("BFCA exponential 0.5, jobs", {"MEASURE": 5, "DECAY_FUNCTION": 1, "DECAY_VALUE": "0.5"}, "bfca_jobs_e05",
         FIRST_B, 0.10280082),
        ("passive, population 30", {"MEASURE": 6, "OPPORTUNITIES": [], "CUTOFF": "30"}, "pas_population_30",
         FIRST_A, 11053),
        ("spatial availability exponential 0.1", {"MEASURE": 7, "DECAY_FUNCTION": 1, "DECAY_VALUE": "0.1"},
         "sa_jobs_e01", FIRST_B, 186.0876),
        ("balancing cost", {"MEASURE": 8}, "bal_jobs", FIRST_A, 15),
        ("total constrained exponential 0.1", {"MEASURE": 9, "CONSTRAINT": 0, "DECAY_FUNCTION": 1,
         "DECAY_VALUE": "0.1"}, "tca_jobs_e01", FIRST_B, 263.8175),
        ("singly constrained exponential 0.1", {"MEASURE": 9, "CONSTRAINT": 1, "DECAY_FUNCTION": 1,
         "DECAY_VALUE": "0.1"}, "sca_jobs_e01", FIRST_B, 186.0876),
        ("E2SFCA default subzones", {"MEASURE": 10}, "e2fca_jobs_z10_20_30", None, None),
        ("3SFCA default subzones", {"MEASURE": 11}, "fca3_jobs_z10_20_30_60", None, None),
    ]  # fmt: skip
    from conecta.processing.bridge.params import MATRIX_CACHE

    def run(parameters: dict):
        return processing.run("conecta:accessibility", parameters)["OUTPUT"]

    rows, total, warm_total, first = [], 0.0, 0.0, None
    for name, extra, field, zone, published in cases:
        parameters = {**common, **extra}
        MATRIX_CACHE.clear()
        out, seconds = timed(lambda: run(parameters))  # noqa: B023 (called at once)
        _, warm = timed(lambda: run(parameters))  # noqa: B023 (the matrix is kept from the run above)
        total += seconds
        warm_total += warm
        first = first or out
        got = ""
        if zone is not None:
            feature = next(f for f in out.getFeatures() if f["id"] == zone)
            got = f"{feature[field]:.7g}"
        label = f"conecta:accessibility — {name}"
        rows.append((label, seconds, warm, got, "" if published is None else str(published)))
    result, seconds = timed(
        lambda: processing.run(
            "conecta:accessinequality",
            {
                "INPUT": first,
                **BH_INEQUALITY,
                "OUTPUT": "memory:",
                "CHART": "/tmp/conecta_bench_inequality.png",
            },
        )
    )
    total += seconds
    warm_total += seconds
    rows.append(
        ("conecta:accessinequality — all measures + 10 deciles + chart PNG/HTML", seconds, seconds,
         f"Palma {result['PALMA']:.7g}", "Palma 3.800465")
    )  # fmt: skip
    print("## Belo Horizonte end to end through Processing (GeoJSON zones + CSV.gz matrix path)\n")
    print(
        "Cold: the run reads and matches the 748,437-row CSV.gz itself. Warm: the same unchanged file was "
        "read by the previous run of the session, which kept it (as when a planner runs measure after "
        "measure).\n"
    )
    print("| algorithm run | cold s | warm s | value (first zone) | published by the R package |")
    print("|---|---:|---:|---:|---:|")
    for name, seconds, warm, got, published in rows:
        print(f"| {name} | {seconds:.3f} | {warm:.3f} | {got} | {published} |")
    print(f"| **every measure, {len(rows)} runs** | **{total:.3f}** | **{warm_total:.3f}** | | |")
    print(f"| slowest single run (target < 3 s) | {max(r[1] for r in rows):.3f} | | | |\n")


def write_synthetic(n_zones: int, per_origin: int, directory: Path) -> dict:
    rng = np.random.default_rng(42)
    ids = np.array([f"z{i:05d}" for i in range(n_zones)], dtype=object)
    land = pd.DataFrame(
        {"population": rng.integers(0, 3000, n_zones), "jobs": rng.integers(0, 2000, n_zones)},
        index=pd.Index(ids, name="id"),
    )
    land_path = directory / "conecta_bench_land_use.csv"
    land.to_csv(land_path)
    csv_path = directory / "conecta_bench_matrix.csv"
    parquet_path = directory / "conecta_bench_matrix.parquet"
    try:
        import pyarrow as pa
        import pyarrow.csv as pacsv
        import pyarrow.parquet as pq
    except ImportError:
        pa = None
    per_block = max(1, 5_000_000 // per_origin)
    start = time.perf_counter()
    writers = []
    handle = open(csv_path, "w") if pa is None else None
    if handle is not None:
        handle.write("from_id,to_id,travel_time\n")
    for first in range(0, n_zones, per_block):
        origin = np.repeat(np.arange(first, min(first + per_block, n_zones)), per_origin)
        dest = (origin + rng.integers(0, n_zones, origin.size)) % n_zones
        minutes = np.round(rng.uniform(1, 120, origin.size), 1)
        if handle is not None:
            pd.DataFrame({"a": ids[origin], "b": ids[dest], "c": minutes}).to_csv(
                handle, header=False, index=False
            )
            continue
        table = pa.table(
            {"from_id": ids[origin].astype(str), "to_id": ids[dest].astype(str), "travel_time": minutes}
        )
        if not writers:
            writers = [
                pacsv.CSVWriter(str(csv_path), table.schema),
                pq.ParquetWriter(str(parquet_path), table.schema),
            ]
        for writer in writers:
            writer.write_table(table)
    for writer in writers:
        writer.close()
    if handle is not None:
        handle.close()
    return {
        "land": str(land_path),
        "csv": str(csv_path),
        "parquet": str(parquet_path) if pa is not None else None,
        "rows": n_zones * per_origin,
        "write_seconds": time.perf_counter() - start,
    }


def process_large(matrix_path: str, land_path: str) -> None:
    """Child process: chunked read + every measure, prints JSON timings and peak memory."""
    land = pd.read_csv(land_path, dtype={"id": str}).set_index("id")
    out = {}
    tm, out["read + match (chunked)"] = timed(
        lambda: acc.prepare_matrix(acc.iter_matrix_file(matrix_path), land.index)
    )
    out["peak MB after read"] = peak_mb()
    _, out["cumulative 30 + 60, jobs"] = timed(lambda: acc.cumulative_cutoff(tm, land, "jobs", [30, 60]))
    _, out["gravity exponential 0.05"] = timed(
        lambda: acc.gravity(tm, land, "jobs", acc.decay_exponential(0.05))
    )
    _, out["cost to closest (n = 1)"] = timed(lambda: acc.cost_to_closest(tm, land, "jobs", 1))
    _, out["cost to 1,000th closest job"] = timed(lambda: acc.cost_to_closest(tm, land, "jobs", [1000]))
    _, out["2SFCA binary 60 (2 passes)"] = timed(
        lambda: acc.floating_catchment_area(tm, land, "jobs", "population", acc.decay_binary(60))
    )
    _, out["BFCA exponential 0.05 (3 passes)"] = timed(
        lambda: acc.floating_catchment_area(
            tm, land, "jobs", "population", acc.decay_exponential(0.05), method="bfca"
        )
    )
    out["peak MB"] = peak_mb()
    out["rows used"] = tm.diagnostics.n_rows_used
    print(json.dumps(out))


def large(per_origin: int) -> None:
    n_zones = 10_000
    directory = Path("/tmp")
    info = write_synthetic(n_zones, per_origin, directory)
    print(f"## Synthetic: {n_zones:,} zones, {info['rows']:,}-row matrix, processed in 2M-row chunks\n")
    print(
        f"(writing the files took {info['write_seconds']:.0f} s; CSV {os.path.getsize(info['csv']) / 1e9:.2f} GB)\n"
    )
    print("| input | step | seconds |")
    print("|---|---|---:|")
    peaks = []
    for kind in ("csv", "parquet"):
        if not info[kind]:
            print(f"| {kind} | skipped (pyarrow not importable) | |")
            continue
        child = subprocess.run(
            [sys.executable, __file__, "--process", info[kind], info["land"]],
            capture_output=True,
            text=True,
            check=True,
        )
        stats = json.loads(child.stdout.strip().splitlines()[-1])
        for key, value in stats.items():
            if key.startswith("peak") or key == "rows used":
                continue
            print(f"| {kind} | {key} | {value:.2f} |")
        peaks.append((kind, stats["peak MB after read"], stats["peak MB"]))
    print("\n| input | peak memory after reading (MB) | peak memory, whole run (MB) | limit (MB) |")
    print("|---|---:|---:|---:|")
    for kind, after_read, peak in peaks:
        print(f"| {kind} | {after_read:,.0f} | {peak:,.0f} | 4,096 |")
    for path in (info["csv"], info["parquet"], info["land"]):
        if path and os.path.exists(path):
            os.remove(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows-per-origin", type=int, default=5000, help="synthetic destinations per origin")
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument(
        "--skip-processing", action="store_true", help="skip the runs through QGIS Processing"
    )
    parser.add_argument("--process", nargs=2, metavar=("MATRIX", "LAND"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.process:
        process_large(*args.process)
        return
    belo_horizonte()
    if not args.skip_processing:
        processing_end_to_end()
    if not args.skip_large:
        large(args.rows_per_origin)


if __name__ == "__main__":
    main()
