"""What a GTFS feed becomes once read: its tables (:class:`GtfsFeed`), what was skipped while reading
(:class:`GtfsDiagnostics`) and the services of a date (:class:`ServiceDay`)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd

MAX_EXAMPLES = 5
"""Examples of skipped rows kept per file."""

REQUIRED_COLUMNS = {
    "stops.txt": ["stop_id"],
    "routes.txt": ["route_id"],
    "trips.txt": ["route_id", "service_id", "trip_id"],
    "stop_times.txt": ["trip_id", "stop_id", "stop_sequence"],
}
"""Files and columns without which a feed cannot be used (missing → :class:`~conecta.core.errors.InputError`)."""

OPTIONAL_FILES = (
    "agency.txt",
    "calendar.txt",
    "calendar_dates.txt",
    "frequencies.txt",
    "transfers.txt",
    "shapes.txt",
)

TABLES = (
    "agency",
    "stops",
    "routes",
    "trips",
    "stop_times",
    "calendar",
    "calendar_dates",
    "frequencies",
    "transfers",
    "shapes",
)
"""The tables of a :class:`GtfsFeed`, in the order they are read."""


@dataclass
class GtfsDiagnostics:
    """What was skipped or missing while reading one or more feeds."""

    skipped_rows: Dict[str, int] = field(default_factory=dict)
    """Rows skipped per file name (prefixed ``feed:`` when several feeds are merged)."""
    examples: Dict[str, List[Tuple[int, str]]] = field(default_factory=dict)
    """Per file, up to MAX_EXAMPLES (line number, reason code) of skipped rows; line 1 is the header."""
    missing_files: List[str] = field(default_factory=list)
    """Optional files absent from the zip."""
    interpolated_stop_times: int = 0
    """Stop times whose arrival/departure were interpolated."""
    frequency_trips: int = 0
    """Concrete trips created from frequencies.txt."""
    latin1_files: List[str] = field(default_factory=list)
    """Files that are not UTF-8 and were read as Latin-1 (ISO 8859-1)."""

    def skip(self, file: str, lines: np.ndarray, reason: str) -> None:
        """Record skipped rows of ``file`` (``lines`` are 1-based line numbers)."""
        lines = np.asarray(lines)
        if lines.size == 0:
            return
        self.skipped_rows[file] = self.skipped_rows.get(file, 0) + int(lines.size)
        kept = self.examples.setdefault(file, [])
        for line in lines[: max(0, MAX_EXAMPLES - len(kept))]:
            kept.append((int(line), reason))

    def merge(self, other: GtfsDiagnostics, prefix: str = "") -> None:
        """Add ``other``'s counts (file names prefixed with ``prefix``)."""
        for name, count in other.skipped_rows.items():
            self.skipped_rows[prefix + name] = self.skipped_rows.get(prefix + name, 0) + count
        for name, ex in other.examples.items():
            self.examples.setdefault(prefix + name, []).extend(ex)
        self.missing_files.extend(prefix + m for m in other.missing_files)
        self.latin1_files.extend(prefix + m for m in other.latin1_files)
        self.interpolated_stop_times += other.interpolated_stop_times
        self.frequency_trips += other.frequency_trips


@dataclass
class GtfsFeed:
    """The tables of a feed (ids as strings, "" where absent; times in seconds; coordinates as floats)."""

    agency: pd.DataFrame
    stops: pd.DataFrame
    """stop_id, stop_name, stop_lat, stop_lon, location_type, parent_station, wheelchair_boarding, line."""
    routes: pd.DataFrame
    """route_id, agency_id, route_short_name, route_long_name, route_type (int), line."""
    trips: pd.DataFrame
    """route_id, service_id, trip_id, shape_id, direction_id, line."""
    stop_times: pd.DataFrame
    """trip_id, stop_id, stop_sequence, pickup_type, drop_off_type, shape_dist_traveled, line, arrival,
    departure (seconds, float; interpolated), time_given (False where the time was interpolated); sorted by
    trip and sequence."""
    calendar: pd.DataFrame
    """service_id, monday..sunday (0/1), start_date, end_date (datetime64)."""
    calendar_dates: pd.DataFrame
    """service_id, date (datetime64), exception_type (1 added, 2 removed)."""
    frequencies: pd.DataFrame
    """trip_id, start_time, end_time, headway_secs (seconds), exact_times."""
    transfers: pd.DataFrame
    """from_stop_id, to_stop_id, transfer_type, min_transfer_time (seconds, NaN if absent)."""
    shapes: pd.DataFrame
    """shape_id, shape_pt_lat, shape_pt_lon, shape_pt_sequence, shape_dist_traveled."""
    diagnostics: GtfsDiagnostics = field(default_factory=GtfsDiagnostics)


@dataclass
class ServiceDay:
    """Services running on a date, with the feed's calendar range for messages."""

    service_ids: List[str]
    date: _dt.date
    first_date: Optional[_dt.date]
    """First date with any service in the feed (None if the feed has no calendar at all)."""
    last_date: Optional[_dt.date]
    in_range: bool
    """False when the date is outside [first_date, last_date]: the caller should list the valid range."""

    def message_values(self) -> Dict[str, str]:
        """``date``, ``first`` and ``last`` as ISO text, for a message that gives the feed's calendar range."""
        return {
            "date": self.date.isoformat(),
            "first": self.first_date.isoformat(),
            "last": self.last_date.isoformat(),
        }
