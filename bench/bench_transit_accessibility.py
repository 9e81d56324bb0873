"""Benchmark (issue 19): conecta:accessibility by public transport without a matrix, streamed, on the sample city
(1,227 zones, its two GTFS feeds, 2019-05-13 from 07:00, straight-line walking), cumulative jobs within 30 and 60
minutes: wall time and peak memory (this process and its worker processes) for one setting per run, so that
each run's peak is its own. ``--matrix`` runs conecta:transitmatrix to a CSV and conecta:accessibility on it
instead (the same values).

Run: ``.venv/bin/python bench/bench_transit_accessibility.py --workers 1 [--window 60] [--matrix]``
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLUGIN_PATH = REPO / "build" / "plugin_path"
sys.path.insert(0, str(PLUGIN_PATH))
if not (PLUGIN_PATH / "conecta").exists():
    PLUGIN_PATH.mkdir(parents=True, exist_ok=True)
    (PLUGIN_PATH / "conecta").symlink_to(REPO, target_is_directory=True)

SAMPLE = REPO / "resources" / "sample"
FEEDS = [str(SAMPLE / "gtfs" / name) for name in ("poa_eptc.zip", "poa_trensurb.zip")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--window", type=int, default=60)
    parser.add_argument(
        "--matrix", action="store_true", help="transitmatrix to a CSV, then accessibility on it"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from conecta import classFactory

    plugin = classFactory(None)  # kept: its provider lives as long as it does
    plugin.initProcessing()
    zones = QgsVectorLayer(f"{SAMPLE / 'porto_alegre.gpkg'}|layername=zones", "zones", "ogr")
    transit = {"GTFS": FEEDS, "DATE": "2019-05-13", "DEPARTURE_TIME": "07:00", "TIME_WINDOW": args.window}
    common = {"ZONES": zones, "ZONES_ID": "id", "OPPORTUNITIES": ["jobs"], "MEASURE": 0, "CUTOFF": "30,60"}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        if args.matrix:
            matrix = str(Path(folder) / "matrix.csv")
            processing.run(
                "conecta:transitmatrix", {**transit, "ORIGINS": zones, "ORIGINS_ID": "id", "OUTPUT": matrix}
            )
            parameters = {**common, "TRAVEL_MATRIX": matrix, "COST_FIELD": "travel_time_p50"}
        else:
            parameters = {**common, **transit, "WORKERS": args.workers}
        result = processing.run("conecta:accessibility", {**parameters, "OUTPUT": "memory:"})
        seconds = time.perf_counter() - started
    total = sum(f["acc_jobs_60"] or 0 for f in result["OUTPUT"].getFeatures())
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    label = "transitmatrix + accessibility" if args.matrix else f"streamed, WORKERS={args.workers}"
    print(
        f"{label}: {zones.featureCount()} zones, window {args.window} min: {seconds:.1f} s, peak RSS "
        f"{own:.0f} MB (QGIS process), {children:.0f} MB (largest child process: a worker, when there are); sum of acc_jobs_60 {total:.0f}"
    )
    app.exitQgis()


if __name__ == "__main__":
    main()
