"""What-if scenarios: public-transport and street changes drawn by the planner, and who gains from them."""

from .bands import SERVICE_DAY_END, format_clock, parse_band, parse_clock
from .compare import SUMMARY_COLUMNS, ZONE_COLUMNS, CompareDiagnostics, Comparison, compare_access
from .gtfs_edit import (
    EDIT_ACTIONS,
    EDIT_COLUMNS,
    Edit,
    EditDiagnostics,
    GtfsEditResult,
    apply_edits,
    edit_gtfs,
    parse_edits,
)
from .gtfs_new_route import NewRoute, NewRouteReport, add_route, route_bands
from .gtfs_tables import GtfsTables, read_tables, write_tables
from .gtfs_validate import Notice, new_notices, validate_tables

__all__ = [
    "EDIT_ACTIONS",
    "EDIT_COLUMNS",
    "SERVICE_DAY_END",
    "SUMMARY_COLUMNS",
    "ZONE_COLUMNS",
    "CompareDiagnostics",
    "Comparison",
    "Edit",
    "EditDiagnostics",
    "GtfsEditResult",
    "GtfsTables",
    "NewRoute",
    "NewRouteReport",
    "Notice",
    "add_route",
    "apply_edits",
    "compare_access",
    "edit_gtfs",
    "format_clock",
    "new_notices",
    "parse_band",
    "parse_clock",
    "parse_edits",
    "read_tables",
    "route_bands",
    "validate_tables",
    "write_tables",
]
