"""The trip table the fleet needs, without the stop-to-stop segments: the trips of :func:`..activity.bus_activity`
(same selection, same distances along the shapes, same first departures and last arrivals, same diagnostics
of the trips) in a fraction of its time on big feeds, since the fleet never looks at segments, speeds or
times between the first and last stops.

It reuses the activity module's steps (service trips, window, trips that end before they start, distances
per stop pattern); :func:`..activity.bus_activity` remains the reference, and the tests check that both give
the same trips.
"""

from __future__ import annotations

import datetime as _dt
from typing import Iterable, Optional, Tuple, Union

import pandas as pd

from ..activity import (
    DETOUR,
    MAX_SPEED_KMH,
    MIN_SPEED_KMH,
    ActivityDiagnostics,
    _check_window,
    _distances,
    _window_trips,
)
from ..gtfs import GtfsFeed
from ..progress import ProgressCallback, report


def fleet_trips(
    feed: GtfsFeed,
    date: Union[str, _dt.date],
    start: Optional[float] = None,
    end: Optional[float] = None,
    routes: Optional[Iterable[str]] = None,
    detour: float = DETOUR,
    progress: ProgressCallback = None,
    modes: Optional[Iterable[str]] = None,
) -> Tuple[pd.DataFrame, ActivityDiagnostics]:
    """Trips of ``date`` in [start, end) seconds with their ``dist_km`` and ``hours`` (the columns of
    :func:`..activity.trip_table`), and the diagnostics of the trips (no segment counts); ``modes`` (e.g.
    :data:`..activity.BUS_MODES`) keeps the routes of those modes only (None: every route)."""
    _check_window(start, end, (MIN_SPEED_KMH, MAX_SPEED_KMH), detour)
    diag, st, first, counts, trips = _window_trips(
        feed, date, start, end, routes, modes, progress, (0.1, 0.5)
    )
    if len(first):
        along = _distances(feed, st, trips, first, counts, detour, diag).along_m
        trips["dist_km"] = (along[first + counts - 1] - along[first]) / 1000.0
    diag.trips = len(trips)
    if "template_id" in st.columns and len(first):
        diag.frequency_trips = int((st["template_id"].to_numpy()[first] != trips["trip_id"].to_numpy()).sum())
    if "time_given" in st.columns:
        diag.interpolated_stop_times = int((~st["time_given"].to_numpy(bool)).sum())
    report(progress, 1.0)
    return trips, diag
