"""routes.txt: routes and their GTFS ``route_type`` (an integer; rows without one are skipped)."""

from __future__ import annotations

import pandas as pd

from .feed import GtfsDiagnostics
from .files import Archive, as_text, drop_rows, to_numbers, with_prefix

FILE = "routes.txt"
COLUMNS = ["agency_id", "route_short_name", "route_long_name", "route_type"]


def read_routes(archive: Archive, diag: GtfsDiagnostics, prefix: str = "") -> pd.DataFrame:
    """Every column of routes.txt; rows without a route_id, a numeric route_type or repeating an id skipped."""
    routes = as_text(archive.table(FILE), COLUMNS)
    routes["route_type"] = to_numbers(routes["route_type"])
    routes = drop_rows(routes, (routes["route_id"] == "").to_numpy(), diag, FILE, "missing route_id")
    routes = drop_rows(routes, routes["route_type"].isna().to_numpy(), diag, FILE, "invalid route_type")
    routes = drop_rows(routes, routes["route_id"].duplicated().to_numpy(), diag, FILE, "duplicate route_id")
    routes = routes.copy()
    routes["route_type"] = routes["route_type"].astype(int)
    return with_prefix(routes, ["route_id", "agency_id"], prefix).reset_index(drop=True)
