"""Benchmark: SDG 11.2.1 for the Porto Alegre sample (all stops of both feeds, 1,227 zones) end to end.

Runs ``conecta:sdg1121`` through Processing on the shipped sample city (network walking distances, 500 m
bus / 1,000 m rail, 50 m frontage buffer, area-apportioned population) and, in the same run, the
shortcut planners commonly take with QGIS's own tools: straight-line buffers of the stops
(``native:buffer`` with dissolve) overlaid on the zones (``native:intersection``), which overestimates
access because it ignores the street network. Prints a markdown table (time, peak memory, indicators).

    .venv/bin/python bench/bench_sdg1121.py
"""

from __future__ import annotations

import time

from common import SAMPLE as SAMPLE_FOLDER
from common import peak_mb, start_qgis
from processing_helpers import sample_city_sdg1121

SAMPLE = SAMPLE_FOLDER / "porto_alegre.gpkg"
TARGET_S = 10.0


def conecta_run() -> tuple:
    """conecta:sdg1121 on the sample city; (seconds, peak MB, {scenario: %})."""
    import processing

    outputs = {name: "TEMPORARY_OUTPUT" for name in ("OUTPUT", "OUTPUT_POPULATION", "OUTPUT_TABLE")}
    t0 = time.perf_counter()
    result = processing.run("conecta:sdg1121", sample_city_sdg1121(SAMPLE, **outputs))
    seconds = time.perf_counter() - t0
    values = {f["scenario"]: f["indicator_pct"] for f in result["OUTPUT_TABLE"].getFeatures()}
    return seconds, peak_mb(), values


def straight_line_run() -> tuple:
    """QGIS native tools: dissolved straight-line buffers (500 m bus, 1,000 m rail) ∩ zones."""
    import processing
    from qgis.core import QgsProperty, QgsVectorLayer

    g = str(SAMPLE)
    t0 = time.perf_counter()
    stops = QgsVectorLayer(g + "|layername=stops", "stops", "ogr")
    buffers = processing.run(
        "native:buffer",
        {
            "INPUT": stops,
            "DISTANCE": QgsProperty.fromExpression(
                "if(\"mode\" in ('rail','subway','metro','ferry'), 1000, 500)"
            ),
            "SEGMENTS": 8,
            "DISSOLVE": True,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    zones = QgsVectorLayer(g + "|layername=zones", "zones", "ogr")
    pieces = processing.run(
        "native:intersection", {"INPUT": zones, "OVERLAY": buffers, "OUTPUT": "TEMPORARY_OUTPUT"}
    )["OUTPUT"]
    area = {f.id(): (f.geometry().area(), f["population"]) for f in zones.getFeatures()}
    by_id = {f["id"]: f.geometry().area() for f in zones.getFeatures()}
    served = sum(f["population"] * f.geometry().area() / by_id[f["id"]] for f in pieces.getFeatures())
    total = sum(p for _, p in area.values())
    seconds = time.perf_counter() - t0
    return seconds, peak_mb(), 100.0 * served / total


def main() -> None:
    app, provider = start_qgis(prefix=True)
    seconds, memory, values = conecta_run()
    crow_s, crow_mb, crow = straight_line_run()
    print(
        "SDG 11.2.1, Porto Alegre sample: 4,010 stops (EPTC bus + Trensurb rail), 1,227 zones, 812,935 people\n"
    )
    print("| tool | method | time (s) | peak memory (MB) | all (%) | low (%) | high (%) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    print(
        f"| conecta:sdg1121 | walking network 500/1,000 m + 50 m frontage | {seconds:.2f} | {memory:.0f} | "
        f"{values['all']:.2f} | {values['low']:.2f} | {values['high']:.2f} |"
    )
    print(
        f"| QGIS native:buffer + native:intersection | straight-line 500/1,000 m | {crow_s:.2f} | {crow_mb:.0f} | "
        f"{crow:.2f} | – | – |"
    )
    print(f"\nTarget under {TARGET_S:.0f} s: {'met' if seconds < TARGET_S else 'NOT met'}.")
    del provider, app


if __name__ == "__main__":
    main()
