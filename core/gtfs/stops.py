"""stops.txt: stops, stations and entrances with WGS 84 coordinates.

Rows without a ``stop_id``, repeating one, or (stops, stations and entrances) without valid coordinates are
skipped and reported; ``location_type`` and ``wheelchair_boarding`` default to 0.
"""

from __future__ import annotations

import pandas as pd

from .feed import GtfsDiagnostics
from .files import Archive, as_text, drop_rows, to_numbers, whole_numbers, with_prefix

FILE = "stops.txt"
COLUMNS = ["stop_name", "stop_lat", "stop_lon", "location_type", "parent_station", "wheelchair_boarding"]


def read_stops(archive: Archive, diag: GtfsDiagnostics, prefix: str = "") -> pd.DataFrame:
    """Every column of stops.txt, with numeric coordinates and types; see the module docstring."""
    stops = as_text(archive.table(FILE, floats=("stop_lat", "stop_lon")), COLUMNS)
    stops = drop_rows(stops, (stops["stop_id"] == "").to_numpy(), diag, FILE, "missing stop_id")
    stops = drop_rows(stops, stops["stop_id"].duplicated().to_numpy(), diag, FILE, "duplicate stop_id")
    stops = stops.copy()
    for name in ("stop_lat", "stop_lon"):
        stops[name] = to_numbers(stops[name])
    for name in ("location_type", "wheelchair_boarding"):
        stops[name] = whole_numbers(to_numbers(stops[name]), dtype=int)
    lat, lon = stops["stop_lat"], stops["stop_lon"]
    bad_xy = (lat.isna() | lon.isna() | (lat.abs() > 90) | (lon.abs() > 180)) & (stops["location_type"] <= 2)
    stops = drop_rows(stops, bad_xy.to_numpy(), diag, FILE, "invalid coordinates")
    return with_prefix(stops, ["stop_id", "parent_station"], prefix).reset_index(drop=True)
