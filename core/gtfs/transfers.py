"""transfers.txt: transfer rules between stops (type 2 sets a minimum time, type 3 forbids); rows naming an
unknown stop are skipped and reported."""

from __future__ import annotations

import pandas as pd

from .feed import GtfsDiagnostics
from .files import Archive, drop_rows, to_numbers, whole_numbers, with_prefix

FILE = "transfers.txt"


def read_transfers(
    archive: Archive, diag: GtfsDiagnostics, stops: pd.DataFrame, prefix: str = ""
) -> pd.DataFrame:
    """from_stop_id, to_stop_id, transfer_type (int, 0 when absent), min_transfer_time (seconds or NaN)."""
    tr = archive.optional_text_table(
        FILE, ["from_stop_id", "to_stop_id", "transfer_type", "min_transfer_time"]
    )
    tr = with_prefix(tr, ["from_stop_id", "to_stop_id"], prefix)
    tr["transfer_type"] = whole_numbers(to_numbers(tr["transfer_type"]), dtype=int)
    tr["min_transfer_time"] = to_numbers(tr["min_transfer_time"])
    known = tr["from_stop_id"].isin(stops["stop_id"]) & tr["to_stop_id"].isin(stops["stop_id"])
    return drop_rows(tr, (~known).to_numpy(), diag, FILE, "unknown stop_id").reset_index(drop=True)
