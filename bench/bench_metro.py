"""Benchmark (issue 19): streamed accessibility at metropolitan scale, memory bounded by the chunk.

A synthetic metropolitan network of about 1.5 M edges over a 100 km square (bench/synthetic_metro.py) and 10,000,
30,000 and 100,000 zones; walking and car, cumulative jobs within 30 and 60 minutes. Each case runs in its own
process (peak memory is that process's and its workers', sampled every quarter second):

- streamed: the zones' points snapped, the routing graph built (a contraction hierarchy for the car), then the
  origins routed chunk by chunk on the worker processes and reduced at once (conecta.core.streamed);
- whole matrix, for comparison where it fits in 8 GB: every pair within 60 minutes gathered first
  (core.network.street_travel_times) and the measure run on it, as conecta:accessibility did before.

Prints one table (time, peak memory, pairs, identical values) and the load of the machine.

Run: ``.venv/bin/python bench/bench_metro.py [--zones 10000,30000,100000] [--modes walk,car] [--workers 2]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from common import PeakMemory

CUTOFFS = (30.0, 60.0)
MATRIX_LIMIT_BYTES = 8e9
MATRIX_BYTES_PER_PAIR = 48
"""Whole-matrix path: the routed pairs (int32, int32, float64), their rounding and the matrix (int32 × 2,
float64), measured to about 48 bytes a pair."""


# ----------------------------------------------------------------------------------------------- one case


def run_case(n_zones: int, mode: str, path: str, workers: int, out: str) -> dict:
    """One case in this process: build, route, reduce; timings, memory, pairs, values saved to ``out``."""
    from synthetic_metro import metro_network, metro_zones

    from conecta.core import accessibility as acc
    from conecta.core import network as nw
    from conecta.core import streamed
    from conecta.core.od import MatrixDiagnostics, TravelMatrix

    row = {"zones": n_zones, "mode": mode, "path": path, "workers": workers}
    settings = acc.Settings(opportunities=["jobs"], cutoffs=list(CUTOFFS))
    with PeakMemory() as memory:
        started = time.perf_counter()
        net = metro_network()
        zones = metro_zones(n_zones)
        land_use = zones.set_index("id")
        xy = zones[["x", "y"]].to_numpy()
        graph = nw.mode_graph(net, mode)
        row["edges"] = int(net.n_edges)
        row["network_s"] = time.perf_counter() - started
        step = time.perf_counter()
        plan = nw.plan_matrix(graph, xy)
        row["snap_s"] = time.perf_counter() - step
        step = time.perf_counter()
        if path == "streamed":
            router = nw.street_router(plan, graph, max(CUTOFFS))
            del net, graph, plan  # only the router is needed while routing (as in conecta:accessibility)
            row["graph_s"] = time.perf_counter() - step
            step = time.perf_counter()
            source = streamed.router_source(router, np.arange(n_zones), workers)
            runner = streamed.local_runner(source, workers)
            result, _ = streamed.streamed_accessibility("cumulative", source, land_use, settings, runner)
            row.update(method=router.method, chunks=len(source.chunks), chunk_size=source.chunk_size)
        else:
            matrix = nw.street_travel_times(graph, xy, max_minutes=max(CUTOFFS))
            row["graph_s"] = 0.0
            diagnostics = MatrixDiagnostics(n_rows=len(matrix.minutes), n_rows_used=len(matrix.minutes))
            tm = TravelMatrix(
                land_use.index,
                matrix.from_idx,
                matrix.to_idx,
                np.round(matrix.minutes, streamed.MINUTE_DECIMALS),
                diagnostics,
            )
            row.update(method=matrix.diagnostics.routing_method, chunks=1)
            del matrix
            result, _ = acc.compute("cumulative", tm, land_use, settings)
        row["route_s"] = time.perf_counter() - step
        row["total_s"] = time.perf_counter() - started
    row["pairs"] = int(result.matrix.n_rows)
    row["peak_gb"] = memory.peak / 1e9
    np.save(out, result.values.to_numpy())
    return row


def child(args: list) -> dict:
    """Run one case in a child process; its row."""
    done = subprocess.run(
        [sys.executable, __file__, "--case", json.dumps(args)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------------------------- table


def minutes(seconds: float) -> str:
    """A duration for the table."""
    return f"{seconds:,.0f} s" if seconds < 120 else f"{seconds / 60:,.1f} min"


def print_table(rows: list, load: tuple) -> None:
    """The side-by-side table and the 100,000-zone target."""
    print(
        f"\nSynthetic metropolitan network: {rows[0]['edges']:,} edges; cumulative jobs within 30 and 60 min; "
        f"load average {load[0]:.1f} before, {load[1]:.1f} after (2 cores, shared)\n"
    )
    print(
        "| zones | mode | path | routing | chunks | build + snap + graph | route + reduce | total | peak memory "
        "| pairs ≤ 60 min | same values as the whole matrix |\n|---|---|---|---|---|---|---|---|---|---|---|"
    )
    for r in rows:
        same = r.get("identical", "")
        build = r["network_s"] + r["snap_s"] + r["graph_s"]
        label = f"streamed, {r['workers']} workers" if r["path"] == "streamed" else "whole matrix"
        if r.get("skipped"):
            print(
                f"| {r['zones']:,} | {r['mode']} | whole matrix | — | — | — | — | does not fit: {r['skipped']} | — | — | — |"
            )
            continue
        print(
            f"| {r['zones']:,} | {r['mode']} | {label} | {r['method']} | {r['chunks']} | {minutes(build)} | "
            f"{minutes(r['route_s'])} | **{minutes(r['total_s'])}** | **{r['peak_gb']:.2f} GB** | {r['pairs']:,} | {same} |"
        )
    for n in sorted({r["zones"] for r in rows}):
        both = [r for r in rows if r["zones"] == n and r["path"] == "streamed"]
        if len(both) == 2:
            total = sum(r["total_s"] for r in both)
            peak = max(r["peak_gb"] for r in both)
            print(f"\n{n:,} zones, walk + car streamed: {minutes(total)}, peak {peak:.2f} GB", end="")
            if n == 100_000:
                verdict = "met" if total < 1800 and peak < 8 else "MISSED"
                print(f" (target: under 30 min and 8 GB: {verdict})", end="")
    print()


def main() -> None:
    """Run every case and print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--zones", default="10000,30000,100000")
    parser.add_argument("--modes", default="walk,car")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-matrix", action="store_true", help="skip the whole-matrix comparison")
    options = parser.parse_args()
    if options.case:
        print(json.dumps(run_case(*json.loads(options.case))))
        return
    load_before = os.getloadavg()[0]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for n in [int(v) for v in options.zones.split(",")]:
            for mode in options.modes.split(","):
                streamed_out = str(Path(folder) / f"s_{n}_{mode}.npy")
                row = child([n, mode, "streamed", options.workers, streamed_out])
                rows.append(row)
                print(json.dumps(row), file=sys.stderr, flush=True)
                need = row["pairs"] * MATRIX_BYTES_PER_PAIR
                if options.no_matrix:
                    continue
                if need > MATRIX_LIMIT_BYTES:
                    rows.append(
                        {"zones": n, "mode": mode, "path": "matrix", "skipped": f"about {need / 1e9:.0f} GB"}
                    )
                    continue
                matrix_out = str(Path(folder) / f"m_{n}_{mode}.npy")
                whole = child([n, mode, "matrix", 1, matrix_out])
                same = np.array_equal(np.load(streamed_out), np.load(matrix_out))
                whole["identical"] = row["identical"] = "yes" if same else "NO"
                rows.append(whole)
                print(json.dumps(whole), file=sys.stderr, flush=True)
    print_table(rows, (load_before, os.getloadavg()[0]))


if __name__ == "__main__":
    main()
