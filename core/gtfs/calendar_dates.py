"""calendar_dates.txt: services added (exception_type 1) or removed (2) on single dates (other rows are
skipped and reported)."""

from __future__ import annotations

import pandas as pd

from .calendar import gtfs_dates
from .feed import GtfsDiagnostics
from .files import Archive, drop_rows, to_numbers, with_prefix

FILE = "calendar_dates.txt"


def read_calendar_dates(archive: Archive, diag: GtfsDiagnostics, prefix: str = "") -> pd.DataFrame:
    """service_id, date (datetime64), exception_type (1 or 2), line."""
    cd = archive.optional_text_table(FILE, ["service_id", "date", "exception_type"])
    cd["date"] = gtfs_dates(cd["date"])
    cd["exception_type"] = to_numbers(cd["exception_type"])
    bad = cd["date"].isna() | ~cd["exception_type"].isin([1, 2]) | (cd["service_id"] == "")
    cd = drop_rows(cd, bad.to_numpy(), diag, FILE, "invalid row").copy()
    cd["exception_type"] = cd["exception_type"].astype(int)
    return with_prefix(cd, ["service_id"], prefix).reset_index(drop=True)
