"""Benchmark: Conecta's doubly-constrained gravity model vs AequilibraE's IPF on 5,000 zones.

One command: ``.venv/bin/python bench/bench_demand.py [--zones 5000] [--tolerance 1e-6]``.
Both tools get the same synthetic city (seeded: zone centroids in a 40 km square, car times at
25 km/h + 2 min, log-normal productions and attractions with equal totals) and the same job:
exponential deterrence exp(−0.05 t) and balancing to a 1e-6 relative error on every origin and
destination total. Each tool runs in its own subprocess so peak memory is measured per tool; the
table shows wall time (deterrence + balancing + final matrix), iterations, the margin error
measured on the output matrix by this script (not by the tool), and peak resident memory.

``--processing`` adds an end-to-end row: ``conecta:tripdistribution`` run through Processing on the same
city, the cost matrix given as a long CSV file (written before the clock starts) and the OD table
written as CSV, so the time includes reading, id matching, the model and writing every OD pair.

AequilibraE (``pip install aequilibrae``) pulls numpy 2 / pandas 3 / scipy 1.17, which would
replace the numpy 1.24 the project's QGIS stack (rasterio, geopandas) is built against, so it is
not installed into ``.venv``: put it in its own virtual environment and point
``CONECTA_AEQUILIBRAE_PYTHON`` at that interpreter (default tried: /tmp/conecta-aeq-venv/bin/python).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
PLUGIN_PATH = HERE.parent / "build" / "plugin_path"
BETA = 0.05
DEFAULT_AEQ_PYTHON = "/tmp/conecta-aeq-venv/bin/python"


def rss_mb() -> float:
    """Current resident memory of this process, MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    """Peak resident memory of this process so far, MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def city(zones: int):
    """Synthetic inputs, identical across numpy versions (PCG64 streams are stable)."""
    rng = np.random.default_rng(20240611)
    xy = rng.uniform(0.0, 40.0, size=(zones, 2))
    prod = rng.lognormal(mean=6.0, sigma=0.8, size=zones)
    attr = rng.lognormal(mean=6.0, sigma=1.2, size=zones)
    attr *= prod.sum() / attr.sum()
    cost = np.empty((zones, zones))
    step = 250
    for s in range(0, zones, step):
        block = cost[s : s + step]
        np.hypot(
            xy[s : s + step, None, 0] - xy[None, :, 0], xy[s : s + step, None, 1] - xy[None, :, 1], out=block
        )
        block *= 60.0 / 25.0
        block += 2.0
    return prod, attr, cost


def margin_error(trips: np.ndarray, prod: np.ndarray, attr: np.ndarray) -> float:
    """Largest relative deviation of row and column sums from the targets."""
    rows = np.abs(trips.sum(axis=1) - prod) / prod
    cols = np.abs(trips.sum(axis=0) - attr) / attr
    return float(max(rows.max(), cols.max()))


def worker(tool: str, zones: int, tolerance: float) -> dict:
    """Run one tool on the synthetic city; return its figures."""
    prod, attr, cost = city(zones)
    base = rss_mb()
    if tool == "conecta":
        sys.path.insert(0, str(PLUGIN_PATH))
        from conecta.core.demand import Deterrence, gravity

        t0 = time.perf_counter()
        res = gravity(
            prod, attr, cost, Deterrence("exponential", beta=BETA), tolerance=tolerance, max_iterations=2000
        )
        elapsed = time.perf_counter() - t0
        trips, iterations, version = res.trips, res.iterations, "core.demand"
    elif tool == "processing":
        return processing_worker(prod, attr, cost, tolerance)
    else:
        from importlib.metadata import version as pkg_version

        from aequilibrae.distribution.ipf_core import ipf_core

        t0 = time.perf_counter()
        trips = np.multiply(cost, -BETA)
        np.exp(trips, out=trips)
        iterations, _ = ipf_core(trips, prod, attr, max_iterations=2000, tolerance=tolerance, warn=False)
        iterations += 1  # ipf_core returns the 0-based index of its last iteration
        elapsed = time.perf_counter() - t0
        version = f"{pkg_version('aequilibrae')} ipf_core, {os.cpu_count()} threads"
    return {
        "tool": tool,
        "version": version,
        "seconds": elapsed,
        "iterations": int(iterations),
        "error": margin_error(trips, prod, attr),
        "peak_mb": peak_mb(),
        "inputs_mb": base,
        "checksum": float(cost[::97, ::89].sum() + prod.sum()),
    }


def processing_worker(prod: np.ndarray, attr: np.ndarray, cost: np.ndarray, tolerance: float) -> dict:
    """conecta:tripdistribution through Processing: CSV matrix in, CSV OD table out (files in a temp dir)."""
    import tempfile

    import pandas as pd

    sys.path.insert(0, str(PLUGIN_PATH))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsFeature, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from conecta import classFactory

    plugin = classFactory(None)  # keep a reference: the provider lives as long as the plugin
    plugin.initProcessing()
    n = len(prod)
    zones = QgsVectorLayer(
        "None?field=id:integer&field=productions:double&field=attractions:double", "z", "memory"
    )
    features = []
    for i in range(n):
        feature = QgsFeature(zones.fields())
        feature.setAttributes([i + 1, float(prod[i]), float(attr[i])])
        features.append(feature)
    zones.dataProvider().addFeatures(features)
    with tempfile.TemporaryDirectory(prefix="conecta-bench-") as tmp:
        matrix = Path(tmp) / "cost.csv"
        ids = np.arange(1, n + 1)
        pd.DataFrame(
            {"from_id": np.repeat(ids, n), "to_id": np.tile(ids, n), "travel_time": cost.ravel()}
        ).to_csv(matrix, index=False, float_format="%.6f")
        del ids
        base = rss_mb()
        out = Path(tmp) / "trips.csv"
        t0 = time.perf_counter()
        result = processing.run(
            "conecta:tripdistribution",
            {
                "ZONES": zones,
                "ZONES_ID": "id",
                "COST_MATRIX": str(matrix),
                "BETA": BETA,
                "TOLERANCE": tolerance,
                "MAX_ITERATIONS": 2000,
                "OUTPUT": str(out),
            },
        )
        elapsed = time.perf_counter() - t0
        table = pd.read_csv(out)
        trips = np.zeros((n, n))
        trips[table["from_id"].to_numpy() - 1, table["to_id"].to_numpy() - 1] = table["trips"].to_numpy()
    return {
        "tool": "conecta (Processing, CSV in/out)",
        "version": "conecta:tripdistribution",
        "seconds": elapsed,
        "iterations": int(result["ITERATIONS"]),
        "error": margin_error(trips, prod, attr),
        "peak_mb": peak_mb(),
        "inputs_mb": base,
        "checksum": float(cost[::97, ::89].sum() + prod.sum()),
    }


def aequilibrae_python() -> str | None:
    """An interpreter that can import AequilibraE, or None."""
    candidates = [os.environ.get("CONECTA_AEQUILIBRAE_PYTHON"), sys.executable, DEFAULT_AEQ_PYTHON]
    for exe in candidates:
        if exe and Path(exe).exists():
            probe = subprocess.run(
                [exe, "-c", "import aequilibrae.distribution.ipf_core"], capture_output=True
            )
            if probe.returncode == 0:
                return exe
    return None


def run(exe: str, tool: str, zones: int, tolerance: float) -> dict:
    """Run a worker subprocess and parse its JSON line."""
    cmd = [exe, __file__, "--worker", tool, "--zones", str(zones), "--tolerance", str(tolerance)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        return {
            "tool": tool,
            "failed": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed",
        }
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zones", type=int, default=5000)
    parser.add_argument("--tolerance", type=float, default=1e-6)
    parser.add_argument("--worker", choices=["conecta", "aequilibrae", "processing"])
    parser.add_argument(
        "--processing", action="store_true", help="add the end-to-end Processing row (CSV in/out; slower)"
    )
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.zones, args.tolerance)))
        return

    rows = [run(sys.executable, "conecta", args.zones, args.tolerance)]
    if args.processing:
        rows.append(run(sys.executable, "processing", args.zones, args.tolerance))
    exe = aequilibrae_python()
    note = ""
    if exe is None:
        note = (
            "AequilibraE not run: no interpreter here imports it. `pip install aequilibrae` into .venv would "
            "upgrade numpy to 2.x and break the project's QGIS/rasterio stack; install it in a separate venv "
            "and set CONECTA_AEQUILIBRAE_PYTHON."
        )
    else:
        rows.append(run(exe, "aequilibrae", args.zones, args.tolerance))

    cells = args.zones * args.zones
    print(
        f"\nDoubly-constrained gravity, {args.zones:,} zones ({cells / 1e6:.0f}M OD pairs), exp(-{BETA} t), "
        f"target max relative margin error {args.tolerance:g}\n"
    )
    print(
        "| tool | version | time (s) | iterations | max rel. margin error | peak RSS (MB) | RSS with inputs (MB) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in rows:
        if "failed" in r:
            print(f"| {r['tool']} | failed: {r['failed']} | | | | | |")
            continue
        print(
            f"| {r['tool']} | {r['version']} | {r['seconds']:.2f} | {r['iterations']} | {r['error']:.1e} | "
            f"{r['peak_mb']:.0f} | {r['inputs_mb']:.0f} |"
        )
    ok = [r for r in rows if "checksum" in r]
    if len({round(r["checksum"], 6) for r in ok}) > 1:
        print("\nwarning: the two interpreters generated different inputs")
    if note:
        print("\n" + note)


if __name__ == "__main__":
    main()
