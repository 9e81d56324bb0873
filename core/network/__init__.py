"""Street networks, by stage: OSM tags and speeds (:mod:`.osm`), the graph and its per-mode costs
(:mod:`.graph`), snapping points (:mod:`.snap`), travel-time matrices (:mod:`.routing`, with the contraction
hierarchy of :mod:`.hierarchy`), reached streets for isochrones (:mod:`.reach`) and route polylines
(:mod:`.paths`).

Pure numpy/scipy. The Processing layer turns QGIS line features into vertex arrays once
(:func:`build_network`), chooses a mode (:func:`mode_graph`), then computes a long-format travel-time table
(:func:`street_travel_times`, or :func:`plan_matrix` + :func:`iter_matrix_chunks` to stream very large
matrices, or :func:`street_router` to route chunks of origins anywhere, e.g. in worker processes) or the
reached parts of the network for isochrones (:func:`reached_segments`). Distances are metres
(a projected CRS), times are seconds inside the graph and minutes in the outputs.

Every public name of the former ``core.network`` and ``core.hierarchy`` modules is importable from here;
``travel_time_matrix`` is the former name of :func:`street_travel_times` (the transit one is
:func:`conecta.core.transit.travel_time_matrix`).
"""

from .chunks import StreetRouter, hilbert_order, street_router
from .graph import (
    BuildDiagnostics,
    ModeDiagnostics,
    ModeGraph,
    StreetNetwork,
    build_network,
    main_component_edges,
    mode_graph,
    point_along,
)
from .hierarchy import (
    Hierarchy,
    TargetSweep,
    build_hierarchy,
    dedupe_arcs,
    many_to_many,
    prepare_targets,
    sweep_sources,
)
from .osm import (
    BACKWARD,
    BICYCLE_SPEED_KMH,
    BOTH,
    CAR_SPEEDS_KMH,
    DEFAULT_CAR_SPEED_KMH,
    DIRECTION_BACKWARD,
    DIRECTION_BOTH,
    DIRECTION_FORWARD,
    EXCLUDED_CLASSES,
    FORWARD,
    IMPLIED_ONE_WAY,
    MODES,
    NOT_A_ROAD,
    STREET_MODES,
    UNSET,
    WALK_SPEED_KMH,
    parse_direction,
    parse_maxspeed,
    parse_other_tags,
)
from .paths import shortest_path_lines
from .reach import ReachedLines, access_legs, reached_pieces, reached_segments
from .routing import (
    BLOCK_WORK,
    HIERARCHY_BUILD_SEARCHES,
    HIERARCHY_SWEEP_SHARE,
    ROUTING_METHODS,
    MatrixChunk,
    MatrixDiagnostics,
    MatrixPlan,
    MatrixResult,
    RoutingGraph,
    choose_routing_method,
    contract_graph,
    estimate_pairs,
    iter_matrix_chunks,
    plan_matrix,
    routing_graph,
    street_travel_times,
)
from .snap import Snapped, snap_linked, snap_points

travel_time_matrix = street_travel_times
"""Former name of :func:`street_travel_times`, kept for existing scripts."""

__all__ = [
    "BACKWARD",
    "BICYCLE_SPEED_KMH",
    "BLOCK_WORK",
    "BOTH",
    "BuildDiagnostics",
    "CAR_SPEEDS_KMH",
    "DEFAULT_CAR_SPEED_KMH",
    "DIRECTION_BACKWARD",
    "DIRECTION_BOTH",
    "DIRECTION_FORWARD",
    "EXCLUDED_CLASSES",
    "FORWARD",
    "HIERARCHY_BUILD_SEARCHES",
    "HIERARCHY_SWEEP_SHARE",
    "Hierarchy",
    "IMPLIED_ONE_WAY",
    "MODES",
    "MatrixChunk",
    "MatrixDiagnostics",
    "MatrixPlan",
    "MatrixResult",
    "ModeDiagnostics",
    "ModeGraph",
    "NOT_A_ROAD",
    "ROUTING_METHODS",
    "ReachedLines",
    "RoutingGraph",
    "STREET_MODES",
    "Snapped",
    "StreetNetwork",
    "StreetRouter",
    "TargetSweep",
    "UNSET",
    "WALK_SPEED_KMH",
    "access_legs",
    "build_hierarchy",
    "build_network",
    "choose_routing_method",
    "contract_graph",
    "dedupe_arcs",
    "estimate_pairs",
    "hilbert_order",
    "iter_matrix_chunks",
    "main_component_edges",
    "many_to_many",
    "mode_graph",
    "parse_direction",
    "parse_maxspeed",
    "parse_other_tags",
    "plan_matrix",
    "prepare_targets",
    "point_along",
    "reached_pieces",
    "reached_segments",
    "routing_graph",
    "shortest_path_lines",
    "snap_linked",
    "snap_points",
    "street_router",
    "street_travel_times",
    "sweep_sources",
    "travel_time_matrix",
]
