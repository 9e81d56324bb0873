"""calendar.txt: weekly services between a start and an end date (rows without a service_id or a valid
YYYYMMDD date are skipped; a weekday not given is 0)."""

from __future__ import annotations

import pandas as pd

from .feed import GtfsDiagnostics
from .files import Archive, drop_rows, to_numbers, whole_numbers, with_prefix

FILE = "calendar.txt"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def gtfs_dates(values: pd.Series) -> pd.Series:
    """GTFS dates ``YYYYMMDD`` as datetime64 (NaT when not a date)."""
    return pd.to_datetime(values.astype(str).str.strip(), format="%Y%m%d", errors="coerce")


def read_calendar(archive: Archive, diag: GtfsDiagnostics, prefix: str = "") -> pd.DataFrame:
    """service_id, monday..sunday (0/1), start_date, end_date (datetime64), line."""
    cal = archive.optional_text_table(FILE, ["service_id", *WEEKDAYS, "start_date", "end_date"])
    for day in WEEKDAYS:
        cal[day] = whole_numbers(to_numbers(cal[day]), dtype=int)
    cal["start_date"] = gtfs_dates(cal["start_date"])
    cal["end_date"] = gtfs_dates(cal["end_date"])
    cal = drop_rows(cal, (cal["service_id"] == "").to_numpy(), diag, FILE, "missing service_id")
    no_date = (cal["start_date"].isna() | cal["end_date"].isna()).to_numpy()
    cal = drop_rows(cal, no_date, diag, FILE, "invalid date")
    return with_prefix(cal, ["service_id"], prefix).reset_index(drop=True)
