"""shapes.txt: the paths vehicles follow, as points in sequence (rows without a shape_id, coordinates or a
sequence are skipped and reported); sorted by shape and sequence."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .feed import GtfsDiagnostics
from .files import Archive, codes, drop_rows, numbers

FILE = "shapes.txt"
NUMBERS = ("shape_pt_lat", "shape_pt_lon", "shape_pt_sequence", "shape_dist_traveled")


def read_shapes(archive: Archive, diag: GtfsDiagnostics, prefix: str = "") -> pd.DataFrame:
    """shape_id, shape_pt_lat, shape_pt_lon, shape_pt_sequence, shape_dist_traveled, line."""
    frame = archive.table(FILE, ("shape_id", *NUMBERS), floats=NUMBERS)
    if frame is None:
        frame = pd.DataFrame({"line": pd.Series([], dtype="int32")})
    n = len(frame)
    if "shape_id" in frame.columns:
        code, names = codes(frame["shape_id"])
    else:
        code, names = np.full(n, -1), np.zeros(0, dtype=object)
    if prefix:
        names = np.asarray([prefix + c for c in names], dtype=object)
    sh = pd.DataFrame({"shape_id": np.append(names, "").astype(object)[code]})
    for name in NUMBERS:
        sh[name] = numbers(frame[name]) if name in frame.columns else np.full(n, np.nan)
    sh["line"] = frame["line"].to_numpy()
    sh["_order"] = code
    bad = (code < 0) | sh["shape_pt_lat"].isna() | sh["shape_pt_lon"].isna() | sh["shape_pt_sequence"].isna()
    sh = drop_rows(sh, bad.to_numpy(), diag, FILE, "invalid row")
    sh = sh.sort_values(["_order", "shape_pt_sequence"], kind="mergesort").drop(columns="_order")
    return sh.reset_index(drop=True)
