"""frequencies.txt: trips run every ``headway_secs`` from ``start_time`` to ``end_time`` (rows without valid
times or a positive headway, or naming a trip without stop times, are skipped and reported)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .feed import GtfsDiagnostics
from .files import Archive, drop_rows, parse_time, to_numbers, whole_numbers, with_prefix

FILE = "frequencies.txt"


def read_frequencies(
    archive: Archive, diag: GtfsDiagnostics, trip_ids: pd.Series, prefix: str = ""
) -> pd.DataFrame:
    """trip_id, start_time, end_time, headway_secs (seconds), exact_times, line."""
    fr = archive.optional_text_table(
        FILE, ["trip_id", "start_time", "end_time", "headway_secs", "exact_times"]
    )
    fr = with_prefix(fr, ["trip_id"], prefix)
    fr["start_time"] = parse_time(fr["start_time"])
    fr["end_time"] = parse_time(fr["end_time"])
    fr["headway_secs"] = to_numbers(fr["headway_secs"])
    fr["exact_times"] = whole_numbers(to_numbers(fr["exact_times"]), dtype=int)
    bad = fr["start_time"].isna() | fr["end_time"].isna() | ~(fr["headway_secs"] > 0)
    fr = drop_rows(fr, bad.to_numpy(), diag, FILE, "invalid time or headway")
    unknown = ~fr["trip_id"].isin(trip_ids)
    return drop_rows(fr, unknown.to_numpy(), diag, FILE, "unknown trip_id").reset_index(drop=True)


def departures(frequencies: pd.DataFrame) -> np.ndarray:
    """Departures each frequencies row makes: start, start + headway, … while before end_time."""
    fr = frequencies
    return np.maximum(np.ceil((fr["end_time"] - fr["start_time"]) / fr["headway_secs"]), 0).to_numpy()
