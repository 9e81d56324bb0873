"""A hand-made bus GTFS with known lengths and times, for the activity, fleet and energy tests.

Stops lie on the meridian 0° (and 0.1° E), so the distance between two of them is R × Δφ exactly,
with U = R × 0.009° ≈ 1,000.75 m (R = 6,371,008.8 m) the unit of length below.

- Route R1, shape R1-0 (A → B, a 0.5 U jog east, north 1 U, back west to C, then D): A–B = U, B–C = 2 U
  along the shape (U straight), C–D = U, so a trip is 4 U along the shape. R1-1 is the reverse shape.
  Direction 0 leaves A and direction 1 leaves D every 15 min from 06:00 to 07:45 (8 each), 12 min per trip,
  with times only at A and D, except: r1a_0745 (B at 07:45:30, C blank, D 07:57) and r1b_0745 (D 07:45,
  C 07:48, B 07:48 — a zero-time segment — A 07:57). One more trip r1a_0900 runs at 09:00–09:12 and a
  weekend-only trip r1a_sat never runs on Mondays.
- Route R2, no shape (straight line × detour): E (0°, 0.1°) – F (0.018°, 0.1°), 2 U apart, 20 min per trip,
  with block_id: block X = E→F 06:00, F→E 06:25, E→F 07:00; block Y = F→E 06:10, E→F 06:40.
- Service WK on weekdays of 2024; the test date is Monday 2024-03-04.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

R_EARTH_M = 6371008.8
DATE = "2024-03-04"


MORNING = (6 * 3600, 8 * 3600)
"""The window (seconds after midnight) the hand-made answers are worked out for."""


def _r1_trips() -> list:
    rows_trips, rows_st = [], []
    for k in range(8):
        for direction, stops in ((0, "ABCD"), (1, "DCBA")):
            h, m = divmod(6 * 60 + 15 * k, 60)
            tid = f"r1{'ab'[direction]}_{h:02d}{m:02d}"
            rows_trips.append(f"R1,WK,{tid},{direction},,R1-{direction}")
            t0 = f"{h:02d}:{m:02d}:00"
            h1, m1 = divmod(6 * 60 + 15 * k + 12, 60)
            t1 = f"{h1:02d}:{m1:02d}:00"
            times = [t0, "", "", t1]
            if tid == "r1a_0745":
                times = ["07:45:00", "07:45:30", "", "07:57:00"]
            if tid == "r1b_0745":
                times = ["07:45:00", "07:48:00", "07:48:00", "07:57:00"]
            for seq, (stop, t) in enumerate(zip(stops, times), start=1):
                rows_st.append(f"{tid},{t},{t},{stop},{seq}")
    rows_trips.append("R1,WK,r1a_0900,0,,R1-0")
    rows_trips.append("R1,WE,r1a_sat,0,,R1-0")
    for tid, (t0, t1) in (("r1a_0900", ("09:00:00", "09:12:00")), ("r1a_sat", ("06:00:00", "06:12:00"))):
        for seq, (stop, t) in enumerate(zip("ABCD", [t0, "", "", t1]), start=1):
            rows_st.append(f"{tid},{t},{t},{stop},{seq}")
    return rows_trips, rows_st


def _r2_trips() -> list:
    plan = [
        ("x1", 0, "X", "06:00:00", "06:20:00"),
        ("x2", 1, "X", "06:25:00", "06:45:00"),
        ("x3", 0, "X", "07:00:00", "07:20:00"),
        ("y1", 1, "Y", "06:10:00", "06:30:00"),
        ("y2", 0, "Y", "06:40:00", "07:00:00"),
    ]
    rows_trips, rows_st = [], []
    for tid, direction, block, t0, t1 in plan:
        rows_trips.append(f"R2,WK,{tid},{direction},{block},")
        a, b = ("E", "F") if direction == 0 else ("F", "E")
        rows_st += [f"{tid},{t0},{t0},{a},1", f"{tid},{t1},{t1},{b},2"]
    return rows_trips, rows_st


def write_zip(path, files: dict) -> str:
    """Write ``files`` ({file name: text}) as a zip at ``path`` (a None text leaves that file out); the path."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in files.items():
            if text is not None:
                zf.writestr(name, text)
    return str(path)


def write_handmade_feed(path: Path) -> Path:
    """Write the feed described in the module docstring as a zip at ``path``."""
    t1, st1 = _r1_trips()
    t2, st2 = _r2_trips()
    shape0 = [(0.0, 0.0), (0.009, 0.0), (0.009, 0.0045), (0.018, 0.0045), (0.018, 0.0), (0.027, 0.0)]
    shape_rows = [f"R1-0,{lat},{lon},{k}" for k, (lat, lon) in enumerate(shape0, start=1)]
    shape_rows += [f"R1-1,{lat},{lon},{k}" for k, (lat, lon) in enumerate(shape0[::-1], start=1)]
    files = {
        "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\nA,Hand,http://x,America/Sao_Paulo\n",
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,"
        "end_date\nWK,1,1,1,1,1,0,0,20240101,20241231\nWE,0,0,0,0,0,1,1,20240101,20241231\n",
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\nA,A,0,0\nB,B,0.009,0\nC,C,0.018,0\nD,D,0.027,0\n"
        "E,E,0,0.1\nF,F,0.018,0.1\n",
        "routes.txt": "route_id,route_short_name,route_type\nR1,R1,3\nR2,R2,3\n",
        "trips.txt": "route_id,service_id,trip_id,direction_id,block_id,shape_id\n"
        + "\n".join(t1 + t2)
        + "\n",
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "\n".join(st1 + st2)
        + "\n",
        "shapes.txt": "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n" + "\n".join(shape_rows) + "\n",
    }
    write_zip(path, files)
    return path


def write_handmade_variant(path: Path, drop=(), **tables) -> Path:
    """The hand-made feed with the files in ``drop`` left out and ``tables`` (file name with '_' for '.',
    e.g. ``calendar_dates_txt="..."``) replaced or added, as a zip at ``path``."""
    base = write_handmade_feed(path.with_name(path.stem + "_base.zip"))
    replaced = {name.replace("_txt", ".txt"): text for name, text in tables.items()}
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            if name not in drop and name not in replaced:
                target.writestr(name, source.read(name))
        for name, text in replaced.items():
            target.writestr(name, text)
    return path


def read_handmade_feed(folder: Path):
    """The hand-made feed written in ``folder`` and read by ``core.gtfs.read_gtfs``."""
    from conecta.core.gtfs import read_gtfs

    return read_gtfs(write_handmade_feed(folder / "hand.zip"))


def route_of_15_km(lon0: float, lat0: float, as_frequencies: bool = False):
    """New route NEW15 (``core.scenarios.NewRoute``): 15 km due east of (lon0, lat0) in 31 points, 25 km/h, a stop
    every 400 m, 20 s dwell, every 5 minutes from 05:00 to 24:00."""
    import math

    import numpy as np

    from conecta.core.scenarios import NewRoute

    dlon = 15000 / (R_EARTH_M * math.radians(1) * math.cos(math.radians(lat0)))
    line = np.column_stack([np.linspace(lon0, lon0 + dlon, 31), np.full(31, lat0)])
    return NewRoute(
        "NEW15",
        line_lonlat=line,
        speed_kmh=25,
        stop_spacing_m=400,
        dwell_s=20,
        start_time="05:00",
        end_time="24:00",
        headway_min=5,
        as_frequencies=as_frequencies,
    )
