"""trips.txt: trips with their route and service (rows missing either, repeating a trip_id or naming an
unknown route are skipped and reported)."""

from __future__ import annotations

import pandas as pd

from .feed import GtfsDiagnostics
from .files import Archive, as_text, drop_rows, with_prefix

FILE = "trips.txt"
COLUMNS = ["shape_id", "direction_id", "wheelchair_accessible"]


def read_trips(
    archive: Archive, diag: GtfsDiagnostics, routes: pd.DataFrame, prefix: str = ""
) -> pd.DataFrame:
    """Every column of trips.txt as text, ids prefixed; see the module docstring."""
    trips = as_text(archive.table(FILE), COLUMNS)
    for name in ("route_id", "service_id", "trip_id"):
        trips = drop_rows(trips, (trips[name] == "").to_numpy(), diag, FILE, f"missing {name}")
    trips = drop_rows(trips, trips["trip_id"].duplicated().to_numpy(), diag, FILE, "duplicate trip_id")
    trips = with_prefix(trips, ["route_id", "service_id", "trip_id", "shape_id"], prefix)
    unknown = ~trips["route_id"].isin(routes["route_id"])
    return drop_rows(trips, unknown.to_numpy(), diag, FILE, "unknown route_id").reset_index(drop=True)
