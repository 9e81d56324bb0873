"""agency.txt: the operators (optional; ids prefixed when several feeds are read together)."""

from __future__ import annotations

import pandas as pd

from .feed import GtfsDiagnostics
from .files import Archive, as_text, with_prefix

FILE = "agency.txt"


def read_agency(archive: Archive, diag: GtfsDiagnostics, prefix: str = "") -> pd.DataFrame:
    """Every column of agency.txt as text, with ``agency_id`` ("" when absent) and ``line``."""
    frame = archive.table(FILE)
    if frame is None:
        frame = pd.DataFrame({"line": pd.Series([], dtype="int32")})
    return with_prefix(as_text(frame, ["agency_id"]), ["agency_id"], prefix)
