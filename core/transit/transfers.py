"""The stop-to-stop transfer table of a timetable: walking between stops (on the street network, or in a
straight line) with every stop linked to itself, and transfers.txt on top (type 2 sets the time, types 0 and
1 add a missing pair, type 3 forbids it)."""

from __future__ import annotations

from typing import Optional

import numpy as np
import pandas as pd

from ..gtfs import GtfsFeed
from .timetable import Timetable
from .walking import straight_line_walk


def set_transfers(
    timetable: Timetable,
    feed: Optional[GtfsFeed] = None,
    walk=None,
    stop_xy: Optional[np.ndarray] = None,
    max_walk_time: float = 15 * 60,
    speed_kmh: float = 3.6,
    detour: float = 1.3,
) -> None:
    """Store the stop-to-stop transfer table in ``timetable``.

    ``walk`` (sparse stops × stops seconds, from the street network) or, failing that, straight-line walking
    between ``stop_xy`` (metres) within ``max_walk_time``; every stop can transfer to itself in 0 s.
    ``feed.transfers``: type 2 sets the time to ``min_transfer_time`` (added if absent), types 0/1 add the pair
    when absent, type 3 removes it (including a same-stop transfer).
    """
    from scipy.sparse import coo_matrix

    n = timetable.n_stops
    if walk is not None:
        base = walk.tocoo()
    elif stop_xy is not None:
        base = straight_line_walk(stop_xy, stop_xy, max_walk_time, speed_kmh, detour).tocoo()
    else:
        base = coo_matrix((n, n), dtype=np.int32)
    r = np.r_[np.asarray(base.row, dtype=np.int64), np.arange(n)]
    c = np.r_[np.asarray(base.col, dtype=np.int64), np.arange(n)]
    v = np.r_[np.rint(np.asarray(base.data, dtype=float)), np.zeros(n)]
    keep = (v <= max_walk_time) | (r == c)
    table = (
        pd.DataFrame({"r": r[keep], "c": c[keep], "v": v[keep]})
        .groupby(["r", "c"], as_index=False)["v"]
        .min()
    )
    if feed is not None and len(feed.transfers):
        idx = pd.Series(np.arange(n), index=timetable.stop_ids)
        tr = feed.transfers
        fr = idx.reindex(tr["from_stop_id"]).to_numpy()
        to = idx.reindex(tr["to_stop_id"]).to_numpy()
        ok = ~(np.isnan(fr) | np.isnan(to))
        tr = pd.DataFrame(
            {
                "r": fr[ok].astype(np.int64),
                "c": to[ok].astype(np.int64),
                "type": tr["transfer_type"].to_numpy()[ok],
                "mt": tr["min_transfer_time"].to_numpy()[ok],
            }
        )
        merged = table.merge(tr, on=["r", "c"], how="outer")
        if stop_xy is not None:
            xy = np.asarray(stop_xy, dtype=float)
            dist = np.hypot(*(xy[merged["r"].to_numpy()] - xy[merged["c"].to_numpy()]).T)
            straight = np.rint(dist * detour / (speed_kmh / 3.6))
        else:
            straight = np.zeros(len(merged))
        v = merged["v"].to_numpy(dtype=float)
        v = np.where(np.isnan(v), straight, v)
        t = merged["type"].to_numpy(dtype=float)
        mt = merged["mt"].to_numpy(dtype=float)
        v = np.where((t == 2) & ~np.isnan(mt), mt, v)
        merged["v"] = v
        table = merged.loc[t != 3, ["r", "c", "v"]]
    table = table.sort_values(["r", "c"])
    timetable.transfer_ptr = np.r_[0, np.cumsum(np.bincount(table["r"].to_numpy(), minlength=n))].astype(
        np.int64
    )
    timetable.transfer_idx = table["c"].to_numpy().astype(np.int64)
    timetable.transfer_sec = table["v"].to_numpy().astype(np.int64)
