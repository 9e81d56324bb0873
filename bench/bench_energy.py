"""Benchmark: bus activity, emissions and e-bus energy from GTFS (not a test). One command, two tables:

1. **Porto Alegre, through Processing**: the EPTC sample day (Monday 2019-05-13; 2,374 trips, 130,019
   stop_times) with ``processing.run`` of conecta:busactivity, conecta:busemissions (EMEP/EEA factors, every bus
   a 12 m diesel Euro V bus, the sample city's 1,227 zones) and conecta:ebusenergy, GeoPackage and CSV outputs,
   in a child process (QGIS initialised there, its peak memory its own). Each algorithm alone (its feed read
   and its activity computed), then the three in a row as the Analysis dock runs them (the feed and the
   activity kept from the first for the next, ``bridge.energy.DAY_CACHE``).
2. **Synthetic São Paulo-size feed, core end to end** (``bench/synthetic_gtfs.py``: 1,300 routes, 200,000
   trips, 10 M stop_times, written once): reading, ``bus_activity``, ``bus_emissions`` (EMEP/EEA) and
   ``ebus_energy`` in a child process, with its peak memory; throughput (trips/s, segments/s) next to
   straightforward pandas row-wise references run in the same child on a subset and extrapolated:
   ``bench_activity.reference_activity`` (per trip, ``iterrows`` over its stop times, each stop projected on
   the shape by a loop over its segments) and a per-segment emissions loop (``iterrows``, the EMEP/EEA curves
   evaluated one segment at a time). Writing its 9.8 million segment lines is not included (see the
   Porto Alegre rows for the writing rate).

Run: ``.venv/bin/python bench/bench_energy.py [--feed PATH] [--ref-trips N] [--ref-segments N] [--skip-poa]
[--skip-synthetic]``
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, peak_gb, print_table, start_qgis

DATE_POA = "2019-05-13"
DATE_SYNTHETIC = "2024-03-04"
EPTC = REPO / "resources" / "sample" / "gtfs" / "poa_eptc.zip"
ZONES = f"{REPO / 'resources' / 'sample' / 'porto_alegre.gpkg'}|layername=zones"
FLEET = REPO / "resources" / "presets" / "fleet_default.csv"


# --------------------------------------------------------------------------------------------- Porto Alegre


def _destination(value, folder: Path, tag: str):
    """A file name of the runs' table made a path in ``folder`` (other values as they are)."""
    if isinstance(value, str) and value.endswith((".gpkg", ".csv", ".png")) and "/" not in value:
        return str(folder / f"{tag}_{value}")
    return value


def poa_child() -> list:
    """Rows (step, seconds, peak GB) of the Porto Alegre runs."""
    kept = start_qgis()  # noqa: F841 (the application and the plugin stay alive while the algorithms run)
    import processing

    from conecta.processing.bridge.energy import DAY_CACHE

    out = Path(tempfile.mkdtemp(prefix="conecta_bench_energy_"))
    day = {"GTFS": [str(EPTC)], "DATE": DATE_POA}
    runs = {
        "conecta:busactivity": {
            "OUTPUT_SEGMENTS": "segments.gpkg",
            "OUTPUT_ROUTES": "routes.csv",
            "OUTPUT_HOURLY": "hourly.csv",
        },
        "conecta:busemissions": {
            "FLEET": str(FLEET),
            "EF_SOURCE": 1,
            "ZONES": ZONES,
            "ZONES_ID": "id",
            "OUTPUT_SEGMENTS": "emissions.gpkg",
            "OUTPUT_ROUTES": "emissions_routes.csv",
            "OUTPUT_HOURLY": "emissions_hourly.csv",
            "OUTPUT_ZONES": "emissions_zones.gpkg",
        },
        "conecta:ebusenergy": {
            "OUTPUT_BLOCKS": "blocks.csv",
            "OUTPUT_ROUTES": "ebus_routes.csv",
            "OUTPUT_TERMINALS": "terminals.csv",
            "OUTPUT_PROFILE": "profile.csv",
            "OUTPUT_CHART": "profile.png",
        },
    }

    def run(alg: str, tag: str) -> float:
        files = {k: _destination(v, out, tag) for k, v in runs[alg].items()}
        started = time.perf_counter()
        processing.run(alg, {**day, **files})
        return time.perf_counter() - started

    rows = []
    for alg in runs:
        DAY_CACHE.clear()
        rows.append((f"{alg} alone (reads the feed, computes the activity)", run(alg, "alone"), peak_gb()))
    DAY_CACHE.clear()
    total = 0.0
    for alg in runs:
        seconds = run(alg, "row")
        total += seconds
        rows.append((f"{alg} in a row (feed and activity kept)", seconds, peak_gb()))
    rows.append(("activity + emissions + e-bus energy, end to end (the three in a row)", total, peak_gb()))
    return rows


# --------------------------------------------------------------------------------------------- synthetic


def reference_emissions(segments, curves: dict) -> float:
    """Row-wise reference: per segment (``iterrows``), each EMEP/EEA curve at its clamped speed; CO2 in g."""
    from conecta.core.emissions import evaluate_curve

    total = 0.0
    for _, row in segments.iterrows():
        for name, (curve, scale) in curves.items():
            value = float(evaluate_curve(curve, row["speed_kmh"])) * scale * row["dist_km"]
            if name == "co2":
                total += value
    return total


def synthetic_child(feed_path: str, ref_trips: int, ref_segments: int) -> list:
    """Rows (step, seconds, trips/s, segments/s, peak GB) of the synthetic feed, core end to end."""
    import pandas as pd
    from bench_activity import reference_activity

    from conecta.core.activity import bus_activity
    from conecta.core.emissions import bus_emissions, co2_per_gram, emep_curve
    from conecta.core.energy import ebus_energy
    from conecta.core.gtfs import read_gtfs

    rows = []
    started = time.perf_counter()
    feed = read_gtfs(feed_path)
    t_read = time.perf_counter() - started
    rows.append(("GTFS reader (core.gtfs.read_gtfs)", t_read, len(feed.trips) / t_read, math.nan, peak_gb()))
    t0 = time.perf_counter()
    act = bus_activity(feed, DATE_SYNTHETIC)
    t_act = time.perf_counter() - t0
    n_trips, n_seg = len(act.trips), len(act.segments)
    rows.append(("Conecta bus_activity", t_act, n_trips / t_act, n_seg / t_act, peak_gb()))
    fleet = pd.read_csv(FLEET, dtype={"route_id": str})
    t0 = time.perf_counter()
    em = bus_emissions(act.segments, fleet, source="emep")
    t_em = time.perf_counter() - t0
    rows.append(("Conecta bus_emissions (EMEP/EEA)", t_em, n_trips / t_em, n_seg / t_em, peak_gb()))
    co2_t = float(em.routes["co2_kg"].sum() / 1000)
    del em
    t0 = time.perf_counter()
    energy = ebus_energy(act.trips, feed.stops, 5.0)
    t_en = time.perf_counter() - t0
    rows.append(("Conecta ebus_energy (blocks, 5 min layover)", t_en, n_trips / t_en, math.nan, peak_gb()))
    total = t_read + t_act + t_em + t_en
    rows.append(
        (
            "end to end (read + activity + emissions + e-bus energy)",
            total,
            n_trips / total,
            n_seg / total,
            peak_gb(),
        )
    )
    sub = act.trips["trip_id"].to_numpy()[:ref_trips]
    t0 = time.perf_counter()
    reference_activity(feed, sub)
    t_ref = (time.perf_counter() - t0) * n_trips / len(sub)
    rows.append(
        (
            f"pandas row-wise reference, activity ({len(sub)} trips, extrapolated)",
            t_ref,
            n_trips / t_ref,
            n_seg / t_ref,
            peak_gb(),
        )
    )
    curve = emep_curve("standard", "diesel", "V", "fc")
    curves = {"co2": (curve, co2_per_gram("diesel"))}
    for pollutant in ("nox", "pm10"):
        curves[pollutant] = (emep_curve("standard", "diesel", "V", pollutant), 1.0)
    part = act.segments.iloc[:ref_segments]
    t0 = time.perf_counter()
    ref_co2 = reference_emissions(part, curves)
    t_ref_em = (time.perf_counter() - t0) * n_seg / len(part)
    rows.append(
        (
            f"pandas row-wise reference, emissions ({len(part)} segments, extrapolated)",
            t_ref_em,
            n_trips / t_ref_em,
            n_seg / t_ref_em,
            peak_gb(),
        )
    )
    check = bus_emissions(part, fleet, source="emep").routes["co2_kg"].sum() * 1000
    facts = {
        "trips": n_trips,
        "segments": n_seg,
        "km": float(act.routes["revenue_km"].sum()),
        "co2_t": co2_t,
        "fleet": len(energy.table),
        "energy_kwh": float(energy.table["energy_kwh"].sum()),
        "check": [float(check), ref_co2],
    }
    return rows, facts


# --------------------------------------------------------------------------------------------- main


def child(args) -> list:
    """Run one part in a child process; its JSON result."""
    command = [sys.executable, __file__, "--child", *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Run the benchmark and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feed", type=Path, default=REPO / "build" / "bench" / "synthetic_spo.zip")
    ap.add_argument("--ref-trips", type=int, default=300)
    ap.add_argument("--ref-segments", type=int, default=20_000)
    ap.add_argument("--skip-poa", action="store_true")
    ap.add_argument("--skip-synthetic", action="store_true")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        result = (
            poa_child()
            if a.child[0] == "poa"
            else synthetic_child(a.child[1], int(a.child[2]), int(a.child[3]))
        )
        print(json.dumps(result))
        return
    if not a.skip_poa:
        rows = child(["poa"])
        print_table(
            "Porto Alegre EPTC day (2019-05-13) through Processing",
            ["step", "wall time (s)", "peak memory so far (GB)"],
            rows,
        )
    if not a.skip_synthetic:
        if not a.feed.exists():
            from synthetic_gtfs import write_feed

            a.feed.parent.mkdir(parents=True, exist_ok=True)
            write_feed(a.feed)
        rows, facts = child(["synthetic", str(a.feed), str(a.ref_trips), str(a.ref_segments)])
        print_table(
            f"Synthetic São Paulo-size feed ({a.feed.name}), core end to end",
            ["step", "wall time (s)", "trips/s", "segments/s", "peak memory so far (GB)"],
            rows,
        )
        print(
            f"\n{facts['trips']:,} trips, {facts['segments']:,} segments, {facts['km']:,.0f} km, {facts['co2_t']:,.0f} t CO2 "
            f"(12 m diesel Euro V), {facts['fleet']:,} buses, {facts['energy_kwh']:,.0f} kWh. Check on the reference's "
            f"segments: CO2 Conecta {facts['check'][0]:,.1f} g vs row-wise {facts['check'][1]:,.1f} g."
        )


if __name__ == "__main__":
    main()
