"""Offline GTFS reading, one reader per file, and what the feed says about a date.

A feed is read from its zip file (or folder) into pandas tables, ids as text ("" where absent). Broken rows
are skipped and counted per file, with a few examples (line number, reason), in :class:`GtfsDiagnostics`;
a file that is not a zip, a missing required file or column and a table that cannot be parsed raise
:class:`~conecta.core.errors.InputError`. Times are seconds since the service day's midnight ("noon minus
12 h" in GTFS terms), so ``25:10:00`` is 90,600.

- :mod:`.files`: the zip and its tables, read lean (categorical ids, numbers parsed once per distinct text);
- one reader per file: :mod:`.agency`, :mod:`.stops`, :mod:`.routes`, :mod:`.trips`, :mod:`.stop_times`
  (with the interpolation of missing times), :mod:`.calendar`, :mod:`.calendar_dates`, :mod:`.frequencies`,
  :mod:`.transfers`, :mod:`.shapes`;
- :mod:`.reader`: a whole feed, several feeds merged;
- :mod:`.services`: services of a date, the calendar's range, a representative weekday;
- :mod:`.schedule`: frequencies expanded, the stop times of a date (previous-day trips past midnight);
- :mod:`.summary`: departures and headways per stop, SDG 11.2.1 capacity classes, route shapes.
"""

from ..definitions import route_type_mode, route_type_modes
from .feed import MAX_EXAMPLES, OPTIONAL_FILES, REQUIRED_COLUMNS, GtfsDiagnostics, GtfsFeed, ServiceDay
from .files import parse_time
from .reader import merge_feeds, read_feeds, read_gtfs
from .schedule import expand_frequencies, service_stop_times
from .services import RepresentativeDay, active_services, representative_weekday, service_day, trips_on
from .summary import (
    DEFAULT_HIGH_MODES,
    RouteShape,
    StopTable,
    capacity_mapping,
    route_shapes,
    shape_table,
    stop_summary,
    stop_table,
)

__all__ = [
    "DEFAULT_HIGH_MODES",
    "MAX_EXAMPLES",
    "OPTIONAL_FILES",
    "REQUIRED_COLUMNS",
    "GtfsDiagnostics",
    "GtfsFeed",
    "RepresentativeDay",
    "RouteShape",
    "ServiceDay",
    "StopTable",
    "active_services",
    "capacity_mapping",
    "expand_frequencies",
    "merge_feeds",
    "parse_time",
    "read_feeds",
    "read_gtfs",
    "representative_weekday",
    "route_shapes",
    "route_type_mode",
    "route_type_modes",
    "service_day",
    "service_stop_times",
    "shape_table",
    "stop_summary",
    "stop_table",
    "trips_on",
]
