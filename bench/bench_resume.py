"""Benchmark (issue 19): a batch run killed halfway continues from its shards and gives the same zone table.

``python -m conecta.batch`` on the synthetic metropolitan network (bench/bench_workers.py's inputs, 10,000 zones,
walking and car): one uninterrupted run; one run killed with SIGKILL (the runner and its workers) once half of the
car chunks are on disk, then started again with the same command. Prints, for each run, the chunks computed and
reused per mode (from the run's ``run.json``), the time, and whether the zone tables are identical.

Run: ``.venv/bin/python bench/bench_resume.py [--zones 10000] [--folder DIR]``
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from bench_workers import write_inputs
from common import PLUGIN_PATH, work_folder


def command(job: Path, out: Path) -> list:
    """The batch command line."""
    return [sys.executable, "-m", "conecta.batch", str(job), "--out", str(out), "--quiet"]


def environment() -> dict:
    """The plugin folder's parent on PYTHONPATH."""
    return {**os.environ, "PYTHONPATH": str(PLUGIN_PATH)}


def counts(out: Path) -> dict:
    """Chunks computed and reused per mode, from ``run.json``."""
    report = json.loads((out / "run.json").read_text())
    return {m["mode"]: (m["computed"], m["reused"], m["chunks"]) for m in report["modes"]}


def car_shards(out: Path) -> int:
    """Car shards on disk."""
    return len(list((out / ".conecta-batch" / "shards" / "car").glob("*/pass0/chunk-*")))


def killed_halfway(job: Path, out: Path, total_car_chunks: int) -> tuple:
    """Start the run, kill it (SIGKILL to its process group) when half the car chunks are on disk."""
    started = time.perf_counter()
    process = subprocess.Popen(command(job, out), env=environment(), start_new_session=True)
    while process.poll() is None and car_shards(out) < total_car_chunks // 2:
        time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return time.perf_counter() - started, car_shards(out)


def main() -> None:
    """Run the three runs and print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--zones", type=int, default=10_000)
    parser.add_argument("--folder")
    options = parser.parse_args()
    load = os.getloadavg()[0]
    with work_folder(options.folder) as folder:
        job = write_inputs(folder, options.zones)
        whole, broken = folder / "uninterrupted", folder / "killed"
        for out in (whole, broken):
            shutil.rmtree(out, ignore_errors=True)
        started = time.perf_counter()
        subprocess.run(command(job, whole), env=environment(), check=True)
        whole_s = time.perf_counter() - started
        whole_counts = counts(whole)
        shutil.copytree(whole / ".conecta-batch" / "graphs", broken / ".conecta-batch" / "graphs")
        killed_s, on_disk = killed_halfway(job, broken, whole_counts["car"][2])
        started = time.perf_counter()
        subprocess.run(command(job, broken), env=environment(), check=True)
        resumed_s = time.perf_counter() - started
        resumed_counts = counts(broken)
        same = np.array_equal(
            pd.read_parquet(whole / "zones.parquet").to_numpy(),
            pd.read_parquet(broken / "zones.parquet").to_numpy(),
        )
    print(
        f"\nBatch job: {options.zones:,} zones, walk and car, synthetic 1.5 M-edge network; load average {load:.1f} "
        f"before, {os.getloadavg()[0]:.1f} after\n"
    )
    print("| run | walk chunks computed / reused | car chunks computed / reused | time | zone table |")
    print("|---|---|---|---|---|")

    def cells(c):
        return " | ".join(f"{c[m][0]} / {c[m][1]} (of {c[m][2]})" for m in ("walk", "car"))

    print(f"| uninterrupted (graphs built) | {cells(whole_counts)} | {whole_s:.0f} s | reference |")
    print(
        f"| killed with SIGKILL at half the car chunks | — | {on_disk} car shards on disk | {killed_s:.0f} s | none |"
    )
    print(
        f"| same command again | {cells(resumed_counts)} | {resumed_s:.0f} s | {'identical' if same else 'DIFFERENT'} |"
    )


if __name__ == "__main__":
    main()
