"""Public-transport routing from GTFS, offline: timetables, walking legs, transfers, a range-RAPTOR router,
travel-time matrices and isochrones (numpy/scipy only), with r5r's conventions.

- :mod:`.timetable`: the trips of a date as sorted arrays of patterns;
- :mod:`.walking`: access, egress, transfer and walk-only legs (street network or straight line);
- :mod:`.transfers`: the stop-to-stop transfer table (transfers.txt honoured);
- :mod:`.raptor`: the router (:func:`transit_travel_times`; R5's percentiles and 60 s boarding slack);
- :mod:`.fares`: fare structures (:class:`FareStructure`, :func:`read_fare_structure`), laid out for routing
  (:func:`compile_fares`) and priced ride by ride (:func:`journey_fare`);
- :mod:`.fares_raptor`: the time × fare router (:func:`transit_fare_times`: fastest journey within a budget,
  or r5r's Pareto frontier over a list of budgets);
- :mod:`.matrix`: a door-to-door matrix in one call (:func:`transit_matrix`);
- :mod:`.isochrones`: the reached streets per point and time (:func:`transit_isochrones`).
"""

from .fares import (
    CompiledFares,
    FareDiagnostics,
    FareStructure,
    compile_fares,
    journey_fare,
    minimum_fare,
    read_fare_structure,
)
from .fares_raptor import FareTravelResult, transit_fare_times
from .isochrones import TransitReach, reached_distances, stop_times_seconds, straight_legs, transit_isochrones
from .matrix import TransitMatrix, TransitRun, TransitSettings, transit_matrix
from .raptor import TravelTimeResult, transit_travel_times
from .timetable import INF, Timetable, build_timetable
from .transfers import set_transfers
from .walking import DETOUR, WalkTables, link_points, straight_line_walk, walk_tables

travel_time_matrix = transit_travel_times
"""The router's former name (``core.network`` has a ``travel_time_matrix`` of its own, on streets)."""

__all__ = [
    "CompiledFares",
    "DETOUR",
    "FareDiagnostics",
    "FareStructure",
    "FareTravelResult",
    "INF",
    "Timetable",
    "TransitMatrix",
    "TransitReach",
    "TransitRun",
    "TransitSettings",
    "TravelTimeResult",
    "WalkTables",
    "build_timetable",
    "compile_fares",
    "journey_fare",
    "minimum_fare",
    "read_fare_structure",
    "link_points",
    "reached_distances",
    "set_transfers",
    "stop_times_seconds",
    "straight_legs",
    "straight_line_walk",
    "transit_fare_times",
    "transit_isochrones",
    "transit_matrix",
    "transit_travel_times",
    "travel_time_matrix",
    "walk_tables",
]
