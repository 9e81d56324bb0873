"""Synthetic bus GTFS feed of a chosen size (default: São Paulo-size), written as a zip, for benchmarks.

Each route has two directions over its own wiggly shape (about 15 km), 50 stops per direction (the
direction-1 stops sit 20 m beside the direction-0 ones, so terminals are distinct stops a few metres apart,
as in real feeds), and trips all day long (05:00 to about 23:30) alternating directions. Only every
``timepoint_every``-th stop has a time (the others are left blank for the reader to interpolate), as feeds
with timepoints do. Defaults: 1,300 routes, 200,000 trips, 50 stops per trip (10 M stop_times),
service on weekdays of 2024, shapes.txt with 100 points per shape and no shape_dist_traveled.

Run: ``.venv/bin/python bench/synthetic_gtfs.py OUT.zip [--routes N] [--trips N] [--stops-per-trip N]
[--shape-points N] [--timepoint-every N] [--no-shapes] [--blocks] [--seed N]``
"""

from __future__ import annotations

import argparse
import io
import time
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

CENTER_LAT, CENTER_LON = -23.55, -46.63
M_PER_DEG = 111_195.0


def _time_strings(max_seconds: int) -> np.ndarray:
    """Lookup table: second of the service day → ``HH:MM:SS``."""
    s = np.arange(max_seconds + 1)
    h, m, sec = s // 3600, (s // 60) % 60, s % 60
    return np.array([f"{a:02d}:{b:02d}:{c:02d}" for a, b, c in zip(h, m, sec)], dtype=object)


def _route_geometry(rng: np.random.Generator, n_routes: int, n_points: int) -> tuple:
    """Per route: shape points (lat, lon) of direction 0, shape (n_routes, n_points, 2) in degrees."""
    start = rng.normal(0, 0.12, (n_routes, 2))
    heading = rng.uniform(0, 2 * np.pi, n_routes)
    step_m = rng.uniform(120, 180, n_routes)
    turn = np.cumsum(rng.normal(0, 0.15, (n_routes, n_points - 1)), axis=1) + heading[:, None]
    dlat = np.cos(turn) * step_m[:, None] / M_PER_DEG
    dlon = np.sin(turn) * step_m[:, None] / (M_PER_DEG * np.cos(np.radians(CENTER_LAT)))
    lat = CENTER_LAT + start[:, :1] + np.concatenate([np.zeros((n_routes, 1)), np.cumsum(dlat, 1)], axis=1)
    lon = CENTER_LON + start[:, 1:] + np.concatenate([np.zeros((n_routes, 1)), np.cumsum(dlon, 1)], axis=1)
    return lat, lon


def build_tables(
    routes: int = 1300,
    trips: int = 200_000,
    stops_per_trip: int = 50,
    shape_points: int = 100,
    timepoint_every: int = 5,
    shapes: bool = True,
    blocks: bool = False,
    seed: int = 1,
) -> dict:
    """The feed's tables as CSV text (file name → str)."""
    rng = np.random.default_rng(seed)
    lat, lon = _route_geometry(rng, routes, shape_points)
    # Stops: direction 0 along the shape; direction 1 reversed, 20 m aside.
    k = np.linspace(0, shape_points - 1, stops_per_trip).round().astype(int)
    s_lat0, s_lon0 = lat[:, k], lon[:, k]
    off = 20.0 / M_PER_DEG
    s_lat1, s_lon1 = (s_lat0 + off)[:, ::-1], (s_lon0 + off)[:, ::-1]
    stop_ids = np.arange(routes * 2 * stops_per_trip).reshape(routes, 2, stops_per_trip)
    stops = pd.DataFrame(
        {
            "stop_id": stop_ids.ravel().astype(str),
            "stop_name": "s",
            "stop_lat": np.stack([s_lat0, s_lat1], axis=1).ravel().round(6),
            "stop_lon": np.stack([s_lon0, s_lon1], axis=1).ravel().round(6),
        }
    )
    route_ids = np.array([f"R{r}" for r in range(routes)], dtype=object)
    # Trips: spread as evenly as possible over the routes, alternating directions, 05:00 onwards.
    per_route = np.full(routes, trips // routes)
    per_route[: trips % routes] += 1
    t_route = np.repeat(np.arange(routes), per_route)
    t_rank = np.arange(trips) - np.repeat(np.cumsum(per_route) - per_route, per_route)
    t_dir = t_rank % 2
    headway = (18.5 * 3600) / np.maximum(per_route / 2, 1)
    speed_kmh = rng.uniform(12, 25, routes)
    length_m = (shape_points - 1) * 150.0
    duration = np.round(length_m / (speed_kmh * 1000 / 3600)).astype(int)
    dep = (5 * 3600 + (t_rank // 2) * headway[t_route] + t_dir * headway[t_route] / 2).round().astype(int)
    trip_ids = np.array([f"T{i}" for i in range(trips)], dtype=object)
    trip_tab = pd.DataFrame(
        {
            "route_id": route_ids[t_route],
            "service_id": "WK",
            "trip_id": trip_ids,
            "direction_id": t_dir,
            "shape_id": (route_ids[t_route] + "_" + t_dir.astype(str)) if shapes else "",
        }
    )
    if blocks:
        trip_tab["block_id"] = route_ids[t_route] + "_b" + (t_rank % 8).astype(str)
    # Stop times: linear in time along the trip; blanks between timepoints.
    n = stops_per_trip
    row_trip = np.repeat(np.arange(trips), n)
    seq = np.tile(np.arange(n), trips)
    t = dep[row_trip] + np.round(seq / (n - 1) * duration[t_route[row_trip]]).astype(int)
    strings = _time_strings(int(t.max()))
    timed = (seq % timepoint_every == 0) | (seq == n - 1)
    times = np.where(timed, strings[t], "")
    stop_col = stop_ids[t_route[row_trip], t_dir[row_trip], seq]
    stop_times = pd.DataFrame(
        {
            "trip_id": trip_ids[row_trip],
            "arrival_time": times,
            "departure_time": times,
            "stop_id": stop_col,
            "stop_sequence": seq + 1,
        }
    )
    tables = {
        "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\nA,Synthetic,http://x,America/Sao_Paulo\n",
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,"
        "end_date\nWK,1,1,1,1,1,0,0,20240101,20241231\n",
        "routes.txt": pd.DataFrame({"route_id": route_ids, "route_type": 3}).to_csv(index=False),
        "stops.txt": stops.to_csv(index=False),
        "trips.txt": trip_tab.to_csv(index=False),
        "stop_times.txt": stop_times,
    }
    if shapes:
        both_lat = np.stack([lat, lat[:, ::-1] + off], axis=1)
        both_lon = np.stack([lon, lon[:, ::-1] + off], axis=1)
        sid = np.repeat([f"{r}_{d}" for r in route_ids for d in (0, 1)], shape_points)
        tables["shapes.txt"] = pd.DataFrame(
            {
                "shape_id": sid,
                "shape_pt_lat": both_lat.ravel().round(6),
                "shape_pt_lon": both_lon.ravel().round(6),
                "shape_pt_sequence": np.tile(np.arange(1, shape_points + 1), routes * 2),
            }
        ).to_csv(index=False)
    return tables


def write_feed(path: Path, **kwargs) -> Path:
    """Write a synthetic feed (see :func:`build_tables` for the size parameters) as a zip at ``path``."""
    tables = build_tables(**kwargs)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, content in tables.items():
            if isinstance(content, pd.DataFrame):
                buf = io.StringIO()
                content.to_csv(buf, index=False, chunksize=1_000_000)
                content = buf.getvalue()
            zf.writestr(name, content)
    return path


def main() -> None:
    """Command line: write a feed and print its size."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--routes", type=int, default=1300)
    ap.add_argument("--trips", type=int, default=200_000)
    ap.add_argument("--stops-per-trip", type=int, default=50)
    ap.add_argument("--shape-points", type=int, default=100)
    ap.add_argument("--timepoint-every", type=int, default=5)
    ap.add_argument("--no-shapes", action="store_true")
    ap.add_argument("--blocks", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    t0 = time.perf_counter()
    write_feed(
        a.out,
        routes=a.routes,
        trips=a.trips,
        stops_per_trip=a.stops_per_trip,
        shape_points=a.shape_points,
        timepoint_every=a.timepoint_every,
        shapes=not a.no_shapes,
        blocks=a.blocks,
        seed=a.seed,
    )
    print(
        f"{a.out}: {a.trips} trips × {a.stops_per_trip} stops, {a.out.stat().st_size / 1e6:.0f} MB zip, "
        f"{time.perf_counter() - t0:.0f} s"
    )


if __name__ == "__main__":
    main()
