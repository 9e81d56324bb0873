"""Benchmark: the GTFS reader (``core.gtfs.read_gtfs``) on the synthetic São Paulo-size feed (not a test).

Writes (once) the feed of ``bench/synthetic_gtfs.py`` (1,300 routes, 200,000 trips, 10 M stop_times, 80 % of
them blank, to be interpolated), reads it once in a fresh process and prints the wall time, the peak resident
memory of the process (``resource.getrusage``, which includes Python, numpy and pandas themselves) and the
sizes read. Target (issue 14 / energy): under 45 s and 2 GB.

Run: ``.venv/bin/python bench/bench_gtfs_reader.py [--feed PATH]``
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from common import REPO, peak_gb
from synthetic_gtfs import write_feed

from conecta.core.gtfs import read_gtfs


def main() -> None:
    """Read the feed once and print time and peak memory."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feed", type=Path, default=REPO / "build" / "bench" / "synthetic_spo.zip")
    a = ap.parse_args()
    if not a.feed.exists():
        a.feed.parent.mkdir(parents=True, exist_ok=True)
        write_feed(a.feed)
    before = peak_gb()
    t0 = time.perf_counter()
    feed = read_gtfs(a.feed)
    seconds = time.perf_counter() - t0
    print(
        f"read_gtfs {a.feed.name}: {len(feed.trips):,} trips, {len(feed.stop_times):,} stop_times "
        f"({feed.diagnostics.interpolated_stop_times:,} interpolated), {len(feed.shapes):,} shape points"
    )
    print(f"| wall time | {seconds:.1f} s |")
    print(f"| peak RSS of the process | {peak_gb():.2f} GB (at start {before:.2f} GB) |")


if __name__ == "__main__":
    main()
