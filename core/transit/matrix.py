"""A door-to-door public-transport travel-time matrix in one call: the timetable of the date, the walking
legs (street network or straight line), the transfers and the range-RAPTOR router (or, with a fare structure,
the time × fare router of :mod:`.fares_raptor`), with what a planner needs to know about the run (trips
running, departures in the window, points and stops off the network, what the fare structure names that the
feed lacks)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Optional, Sequence, Union

import numpy as np

from ..gtfs import GtfsFeed
from ..progress import ProgressCallback, scaled
from .fares import CompiledFares, FareStructure, compile_fares
from .fares_raptor import FareTravelResult, transit_fare_times
from .raptor import TravelTimeResult, transit_travel_times
from .timetable import build_timetable
from .transfers import set_transfers
from .walking import WalkTables, walk_tables

MAX_TRANSFERS = 3
"""Default transfers of the public-transport algorithms and the batch runner (4 rides)."""


@dataclass
class TransitSettings:
    """The settings of a public-transport run (r5r's names in brackets)."""

    date: _dt.date
    departure: int
    """First departure, seconds after midnight (``departure_datetime``)."""
    window: int = 60
    """Departure minutes (``time_window``); 1 = a single departure."""
    max_duration: float = 120.0
    """Minutes (``max_trip_duration``)."""
    max_walk: float = 30.0
    """Minutes per walking leg (``max_walk_time``)."""
    max_transfers: int = MAX_TRANSFERS
    """Transfers: at most ``max_transfers + 1`` rides (``max_rides`` − 1)."""
    transfer_m: float = 1000.0
    """Longest walk between two stops for a transfer, in metres (R5's transfer finder: 1 km)."""
    walk_speed_kmh: float = 3.6
    """(``walk_speed``)."""
    snap_m: float = 500.0
    """Longest link from a point or a stop to the street network, in metres."""
    percentiles: Sequence[int] = (50,)

    @property
    def max_walk_s(self) -> float:
        """The walking limit per leg, in seconds."""
        return self.max_walk * 60.0

    @property
    def transfer_s(self) -> float:
        """The longest transfer walk in seconds: the transfer distance at walking speed, within the limit."""
        return min(self.max_walk_s, self.transfer_m / (self.walk_speed_kmh / 3.6))

    def end(self, duration_min: Optional[float] = None) -> int:
        """The last second a trip of the run can use: last departure minute + the trip duration."""
        duration = self.max_duration if duration_min is None else duration_min
        return self.departure + 60 * self.window + int(round(duration * 60))


@dataclass
class TransitRun:
    """What the timetable holds for a run (for the log)."""

    n_trips: int
    n_patterns: int
    departures_in_window: int
    """Boardable departures (any stop) in the departure window: 0 means only walking trips."""


@dataclass
class TransitMatrix:
    """A long travel-time matrix by percentile, with the run's facts and the walking legs' diagnostics."""

    result: Union[TravelTimeResult, FareTravelResult]
    run: TransitRun
    legs: WalkTables = field(repr=False)
    fares: Optional[CompiledFares] = field(default=None, repr=False)
    """The fare structure as applied to the feed (with its diagnostics), when fares were routed."""


def prepared_timetable(
    feed: GtfsFeed, settings: TransitSettings, end: int, legs: WalkTables, stops_xy, progress, by_route=False
):
    """The timetable of the run's date between its first departure and ``end``, with its transfers
    (``by_route``: one route per pattern, as fares need)."""
    table = build_timetable(
        feed, settings.date, settings.departure, end, progress=progress, by_route=by_route
    )
    set_transfers(
        table,
        feed,
        walk=legs.transfers,
        stop_xy=stops_xy,
        max_walk_time=settings.transfer_s,
        speed_kmh=settings.walk_speed_kmh,
    )
    window_end = settings.departure + 60 * settings.window
    run = TransitRun(
        table.n_trips, table.n_patterns, table.departures_between(settings.departure, window_end)
    )
    return table, run


def transit_matrix(
    feed: GtfsFeed,
    settings: TransitSettings,
    origins_xy: np.ndarray,
    destinations_xy: Optional[np.ndarray],
    stops_xy: np.ndarray,
    graph=None,
    progress: ProgressCallback = None,
    fare_structure: Optional[FareStructure] = None,
    budgets: Sequence[float] = (float("inf"),),
    frontier: bool = False,
) -> TransitMatrix:
    """Travel times by public transport and walking from every origin to every destination (None: the
    origins), coordinates in metres, stops in the feed's order (NaN where they have no coordinates); walking
    on ``graph`` (a walking :class:`~conecta.core.network.ModeGraph`) or in a straight line × 1.3.

    With ``fare_structure``: the fastest journey within each of ``budgets`` (money units) and its fare, or with
    ``frontier`` the rows of r5r's ``pareto_frontier`` (see :func:`.fares_raptor.transit_fare_times`)."""
    legs = walk_tables(
        graph,
        origins_xy,
        destinations_xy,
        stops_xy,
        settings.max_walk_s,
        settings.transfer_s,
        settings.walk_speed_kmh,
        settings.snap_m,
        scaled(progress, 0.0, 0.25),
    )
    by_route = fare_structure is not None
    table, run = prepared_timetable(
        feed, settings, settings.end(), legs, stops_xy, scaled(progress, 0.25, 0.3), by_route
    )
    common = dict(
        time_window=settings.window,
        percentiles=tuple(settings.percentiles),
        max_trip_duration=settings.max_duration,
        max_transfers=settings.max_transfers,
        walk=legs.walk,
        max_walk_time=settings.max_walk,
        progress=scaled(progress, 0.3, 1.0),
    )
    if fare_structure is None:
        result = transit_travel_times(
            table, legs.access, legs.egress, settings.departure, n_threads=1, **common
        )
        return TransitMatrix(result, run, legs)
    fares = compile_fares(fare_structure, feed, table.pattern_route_ids)
    result = transit_fare_times(
        table,
        fares,
        legs.access,
        legs.egress,
        settings.departure,
        budgets=budgets,
        frontier=frontier,
        **common,
    )
    return TransitMatrix(result, run, legs, fares)
