"""Desire lines: the trips of an OD table as flows between zones, ready to draw.

:func:`desire_flows` matches the table's ids to the zones (as :func:`~..od.id_keys` does), leaves out rows
whose ids are not zones and trips within a zone (both counted), adds up both directions when asked, and keeps
the flows above a minimum and among the N largest, smallest first so that the largest are drawn on top.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

import numpy as np
import pandas as pd

from ..errors import InputError
from ..od import id_keys


@dataclass
class DesireFlows:
    """Flows to draw (zone positions ``origin`` → ``destination`` with ``trips``, smallest first) and what
    was left out on the way."""

    origin: np.ndarray
    destination: np.ndarray
    trips: np.ndarray
    n_flows: int
    total_trips: float
    n_rows_unknown: int = 0
    trips_unknown: float = 0.0
    unknown_ids: List[object] = field(default_factory=list)
    n_rows_intrazonal: int = 0
    trips_intrazonal: float = 0.0

    @property
    def trips_shown(self) -> float:
        """Trips on the flows kept."""
        return float(self.trips.sum())


def desire_flows(
    origin_ids,
    destination_ids,
    trips: np.ndarray,
    zone_ids,
    symmetric: bool = False,
    min_trips: float = 0.0,
    top_n: int = 0,
) -> DesireFlows:
    """The flows between the zones ``zone_ids`` (positions in it) of an OD table with unique pairs.

    ``symmetric`` adds A→B and B→A into one flow from the zone listed first. Flows need at least ``min_trips``
    and more than 0 trips; ``top_n`` > 0 keeps the largest ones (ties in table order). No row matching the
    zones at all is refused (``no_match``).
    """
    zones = pd.Index(id_keys(zone_ids))
    origin = zones.get_indexer(id_keys(origin_ids))
    destination = zones.get_indexer(id_keys(destination_ids))
    trips = np.asarray(trips, dtype=float)
    unknown = (origin < 0) | (destination < 0)
    if unknown.all():
        raise InputError(
            "no_match",
            "No OD row matches the zone ids: check the zone id field and the id fields of the OD table.",
        )
    ids = pd.unique(
        np.concatenate(
            [
                np.asarray(origin_ids, dtype=object)[origin < 0],
                np.asarray(destination_ids, dtype=object)[destination < 0],
            ]
        )
    )
    intrazonal = (origin == destination) & ~unknown
    keep = ~unknown & ~intrazonal
    a, b, t = origin[keep], destination[keep], trips[keep]
    if symmetric:
        a, b = np.minimum(a, b), np.maximum(a, b)
    n = len(zones)
    flows = pd.Series(t).groupby(a.astype(np.int64) * n + b).sum()
    a = (flows.index.to_numpy() // n).astype(np.int64)
    b = (flows.index.to_numpy() % n).astype(np.int64)
    t = flows.to_numpy(dtype=float)
    selected = (t >= min_trips) & (t > 0)
    order = np.flatnonzero(selected)[np.argsort(-t[selected], kind="stable")]
    if top_n > 0:
        order = order[:top_n]
    order = order[::-1]
    return DesireFlows(
        a[order],
        b[order],
        t[order],
        len(t),
        float(t.sum()),
        int(unknown.sum()),
        float(trips[unknown].sum()),
        list(ids),
        int(intrazonal.sum()),
        float(trips[intrazonal].sum()),
    )
