"""The street-network parameter groups, each declared and read by one mixin:

- :class:`NetworkInput`: the network layer and how to read it (NETWORK, MODE, SPEED_FIELD, DIRECTION_FIELD
  and its values, HIGHWAY_FIELD, EXCLUDED_CLASSES, SNAP_TOLERANCE, WALK_SPEED, BICYCLE_SPEED), read once into
  a routable ``core.network`` graph for one mode, with what was cleaned or defaulted said in the log;
- :class:`OdPointsInput`: origins and destinations (points, or polygons through a point on their surface)
  with unique ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsWkbTypes,
)

from ...core import network as core
from ...core.definitions import STREET_MODES
from .crs import check_crs, has_features, working_crs
from .messages import _Context, push_count
from .readers import PointData, read_lines, read_points, source_of
from .vocabulary import street_mode_labels

MODES = STREET_MODES
"""Mode codes in the order of every mode choice."""
NETWORK, MODE = "NETWORK", "MODE"
SPEED_FIELD, DIRECTION_FIELD, HIGHWAY_FIELD = "SPEED_FIELD", "DIRECTION_FIELD", "HIGHWAY_FIELD"
DIRECTION_FORWARD, DIRECTION_BACKWARD, DIRECTION_BOTH = (
    "DIRECTION_FORWARD",
    "DIRECTION_BACKWARD",
    "DIRECTION_BOTH",
)
EXCLUDED_CLASSES, SNAP_TOLERANCE = "EXCLUDED_CLASSES", "SNAP_TOLERANCE"
WALK_SPEED, BICYCLE_SPEED = "WALK_SPEED", "BICYCLE_SPEED"
SNAP_DISTANCE, BUFFER = "SNAP_DISTANCE", "BUFFER"
OSM_FIELDS = ("other_tags", "oneway", "maxspeed", "junction")
"""Fields of OSM layers read when present (GDAL's raw OSM layers keep one-way and speed limits in other_tags)."""


class ConectaNetwork(_Context):
    """Translation context of the street-network messages."""


def mode_names() -> list:
    """The street modes' names in the planner's language ("Walking", "Cycling", "Car"), in :data:`MODES` order."""
    return street_mode_labels()


def first(values, limit: int = 10) -> str:
    """A short comma list of the first ids for log messages."""
    values = list(values)
    text = ", ".join(str(v) for v in values[:limit])
    return text + (" …" if len(values) > limit else "")


# --------------------------------------------------------------------------------------------- CRS


def input_sources(alg, parameters, context, keys) -> list:
    """The feature sources of the layer parameters ``keys`` that were given (for the working CRS's fallback)."""
    sources = []
    for key in keys:
        if parameters.get(key) not in (None, ""):
            source = alg.parameterAsSource(parameters, key, context)
            if source is not None:
                sources.append(source)
    return sources


# --------------------------------------------------------------------------------------------- network


@dataclass
class LoadedNetwork:
    """A street network read from a layer, in its working CRS, ready for one mode."""

    crs: object
    graph: core.ModeGraph
    mode: str


@dataclass
class NetworkSettings:
    """How to read the network layer: the fields to use and the mode's options."""

    highway_field: str
    speed_field: str | None
    direction_field: str | None
    direction_values: tuple
    excluded: tuple
    snap_tolerance: float
    walk_speed: float
    bicycle_speed: float

    def wanted_fields(self, names) -> list:
        """The fields of ``names`` (the layer's) this reading needs."""
        wanted = [self.highway_field, self.speed_field, self.direction_field, *OSM_FIELDS]
        return [name for name in dict.fromkeys(wanted) if name and name in names]


def _words(text: str | None) -> tuple:
    return tuple(w.strip().lower() for w in (text or "").split(",") if w.strip())


def network_mode(alg, parameters, context) -> str:
    """The mode chosen in MODE ("walk", "bicycle" or "car")."""
    return MODES[alg.parameterAsEnum(parameters, MODE, context)]


def network_settings(alg, parameters, context) -> NetworkSettings:
    """The network group's options as given (defaults where empty)."""

    def text(key: str) -> str:
        return alg.parameterAsString(parameters, key, context)

    return NetworkSettings(
        highway_field=text(HIGHWAY_FIELD) or "highway",
        speed_field=text(SPEED_FIELD) or None,
        direction_field=text(DIRECTION_FIELD) or None,
        direction_values=(
            _words(text(DIRECTION_FORWARD)) or core.DIRECTION_FORWARD,
            _words(text(DIRECTION_BACKWARD)) or core.DIRECTION_BACKWARD,
            _words(text(DIRECTION_BOTH)) or core.DIRECTION_BOTH,
        ),
        excluded=_words(text(EXCLUDED_CLASSES)),
        snap_tolerance=alg.parameterAsDouble(parameters, SNAP_TOLERANCE, context),
        walk_speed=alg.parameterAsDouble(parameters, WALK_SPEED, context) or core.WALK_SPEED_KMH,
        bicycle_speed=alg.parameterAsDouble(parameters, BICYCLE_SPEED, context) or core.BICYCLE_SPEED_KMH,
    )


def add_speed_parameters(alg) -> None:
    """Declare the walking and cycling speeds (km/h, advanced) an algorithm on the street network reads."""
    for key, label, default in (
        (WALK_SPEED, ConectaNetwork.tr("Walking speed (km/h)"), core.WALK_SPEED_KMH),
        (BICYCLE_SPEED, ConectaNetwork.tr("Cycling speed (km/h)"), core.BICYCLE_SPEED_KMH),
    ):
        alg.add_number(key, label, default, minimum=0.1, advanced=True)


class NetworkInput:
    """A street network (``NETWORK``) and how to read it; see the module docstring."""

    NETWORK = NETWORK
    MODE = MODE
    SNAP_DISTANCE = SNAP_DISTANCE
    BUFFER = BUFFER

    def add_network_parameters(self, with_mode: bool = True, default_mode: int = 0) -> None:
        """Declare the network group (with the MODE choice when ``with_mode``)."""
        self.add_layer(NETWORK, ConectaNetwork.tr("Street network"), [QgsProcessing.TypeVectorLine])
        if with_mode:
            self.add_choice(MODE, ConectaNetwork.tr("Mode"), mode_names(), default_mode)
        self.add_field(
            SPEED_FIELD, ConectaNetwork.tr("Speed field (km/h, optional)"), NETWORK, numeric=True, optional=True,
            help_text=ConectaNetwork.tr(
                "A field of the network with the speed in km/h of each line; NULL, text or values of 0 or less "
                "fall back to the default speed of the line's class (counted in the log)."
            ),
        )  # fmt: skip
        self.add_field(
            DIRECTION_FIELD, ConectaNetwork.tr("Direction field (optional)"), NETWORK, optional=True,
            help_text=ConectaNetwork.tr(
                "A field saying in which direction each line can be travelled by car and bicycle, as in QGIS's own "
                "network analysis tools: the values for forward, backward and both directions are set below."
            ),
        )  # fmt: skip
        for key, label, default in (
            (DIRECTION_FORWARD, ConectaNetwork.tr("Value for forward direction"), "forward,yes,1"),
            (DIRECTION_BACKWARD, ConectaNetwork.tr("Value for backward direction"), "backward,-1,reverse"),
            (DIRECTION_BOTH, ConectaNetwork.tr("Value for both directions"), "both,no,0"),
        ):
            self.add_text(key, label, default, optional=True, advanced=True)
        self.add_field(
            HIGHWAY_FIELD, ConectaNetwork.tr("Road class field (OSM highway)"), NETWORK, optional=True, default="highway",
            advanced=True,
        )  # fmt: skip
        self.add_text(
            EXCLUDED_CLASSES, ConectaNetwork.tr("Road classes excluded for the mode (comma-separated; empty = defaults)"),
            optional=True, advanced=True,
            help_text=ConectaNetwork.tr(
                "Defaults: walking and cycling exclude motorway, trunk and their links; car excludes footway, steps, "
                "path, pedestrian, cycleway, bridleway, corridor, elevator and platform; construction, proposed, "
                "abandoned, razed, disused, bus_guideway, busway and raceway are excluded for every mode."
            ),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterDistance(SNAP_TOLERANCE, ConectaNetwork.tr("Join line ends closer than"), 0.0, NETWORK, minValue=0.0),
            advanced=True,
        )  # fmt: skip
        add_speed_parameters(self)

    def add_walking_network_parameters(self, description: str, optional: bool = False) -> None:
        """Declare the network group for walking legs: no MODE and no cycling speed, the walking speed shown
        among the main parameters, NETWORK described as ``description`` (and optional when ``optional``)."""
        self.add_network_parameters(with_mode=False)
        network = self.parameterDefinition(NETWORK)
        if optional:
            network.setFlags(network.flags() | QgsProcessingParameterDefinition.FlagOptional)
        network.setDescription(description)
        speed = self.parameterDefinition(WALK_SPEED)
        speed.setFlags(speed.flags() & ~QgsProcessingParameterDefinition.FlagAdvanced)
        self.removeParameter(BICYCLE_SPEED)

    def add_snap_distance_parameter(self) -> None:
        """Declare SNAP_DISTANCE: how far from the network a point may be snapped (500 network units)."""
        self.add(
            QgsProcessingParameterDistance(
                SNAP_DISTANCE, ConectaNetwork.tr("Maximum snapping distance to the network"), 500.0, NETWORK,
                minValue=0.0,
            )
        )  # fmt: skip

    def add_isochrone_parameters(self) -> None:
        """Declare the isochrones' BUFFER around the reached streets, then SNAP_DISTANCE; read them with
        :meth:`isochrone_distances`."""
        self.add(
            QgsProcessingParameterDistance(
                BUFFER, ConectaNetwork.tr("Buffer around reached streets"), 30.0, NETWORK, minValue=1.0
            )
        )
        self.add_snap_distance_parameter()

    def isochrone_distances(self, parameters, context) -> tuple:
        """The buffer around the reached streets and the snapping distance, as given (network units)."""
        return (
            self.parameterAsDouble(parameters, BUFFER, context),
            self.parameterAsDouble(parameters, SNAP_DISTANCE, context),
        )

    def network_mode(self, parameters, context) -> str:
        """The mode chosen in MODE ("walk", "bicycle" or "car")."""
        return network_mode(self, parameters, context)

    def network_settings(self, parameters, context) -> NetworkSettings:
        """The network group's options as given (defaults where empty)."""
        return network_settings(self, parameters, context)

    def read_network(
        self,
        parameters,
        context,
        feedback,
        mode: str | None = None,
        others=(),
        progress: tuple = (0.0, 10.0),
        scenario=None,
    ) -> LoadedNetwork:
        """NETWORK as a routable graph for ``mode`` (default the MODE parameter) in its working CRS.

        ``others``: the keys of the run's other layers, whose extents choose the working CRS when the network
        reports none (OSM layers). ``scenario``: a :class:`~.street_scenarios.StreetScenario` whose closed and
        new links change the lines before the topology is built and whose congestion factors and slopes change
        the mode's free-flow times. Raises :class:`Cancelled` when the run is cancelled.
        """
        source = source_of(self, parameters, NETWORK, context)
        check_crs(source)
        if not has_features(source):
            raise QgsProcessingException(ConectaNetwork.tr("The street network layer is empty."))
        mode = mode or network_mode(self, parameters, context)
        crs = working_crs(source, context, feedback, input_sources(self, parameters, context, others))
        settings = network_settings(self, parameters, context)
        start, end = progress
        feedback.pushInfo(ConectaNetwork.tr("Reading the street network…"))
        wanted = settings.wanted_fields(source.fields().names())
        lines = read_lines(
            source, crs, context, wanted, feedback, progress=(start, start + 0.7 * (end - start))
        )
        if scenario is not None:
            lines = scenario.links(lines, crs, feedback)
        build = self.progress_callback(feedback, start + 0.7 * (end - start), end)
        net = street_network(lines, settings, feedback, build)
        if net.n_edges == 0:
            raise QgsProcessingException(
                ConectaNetwork.tr("The street network has no line with at least two distinct vertices.")
            )
        graph = core.mode_graph(
            net,
            mode,
            speed_kmh={"walk": settings.walk_speed, "bicycle": settings.bicycle_speed}.get(mode),
            user_speed=lines.attributes.get(settings.speed_field) if settings.speed_field else None,
            direction=lines.attributes.get(settings.direction_field) if settings.direction_field else None,
            direction_values=settings.direction_values,
            excluded_classes=settings.excluded or None,
            walk_speed_kmh=settings.walk_speed,
        )
        report_mode(graph, feedback, settings.speed_field)
        if scenario is not None:
            graph = scenario.speeds(graph, crs, feedback)
        if not graph.usable.any():
            raise QgsProcessingException(
                ConectaNetwork.tr(
                    "No street of the network can be used by this mode: check the road classes excluded."
                )
            )
        return LoadedNetwork(crs, graph, mode)


def street_network(lines, settings: NetworkSettings, feedback, progress=None) -> core.StreetNetwork:
    """The topology of the lines read, with their OSM tags; what was dropped or joined is logged."""
    attrs = lines.attributes
    tags = {}
    if "other_tags" in attrs:
        tags = core.parse_other_tags(attrs["other_tags"])
        feedback.pushInfo(ConectaNetwork.tr("One-way and speed limits read from OSM's other_tags field."))
    highway = attrs.get(settings.highway_field)
    if highway is None:
        feedback.pushWarning(
            ConectaNetwork.tr(
                "The network has no road class field ({}): every line gets the default speed and no class is excluded."
            ).format(settings.highway_field)
        )
    net = core.build_network(
        lines.parts,
        lines.feature_index,
        highway=highway,
        maxspeed=attrs.get("maxspeed", tags.get("maxspeed")),
        oneway=attrs.get("oneway", tags.get("oneway")),
        junction=attrs.get("junction", tags.get("junction")),
        oneway_bicycle=tags.get("oneway:bicycle"),
        n_features=lines.n_features,
        snap_tolerance=settings.snap_tolerance,
        progress=progress,
    )
    report_build(net, lines, feedback)
    return net


def report_build(net: core.StreetNetwork, lines, feedback) -> None:
    """Log the network's size and what the build dropped or joined."""
    diag = net.diagnostics
    feedback.pushInfo(
        ConectaNetwork.tr("Street network: {0} lines, {1} junctions, {2} edges.").format(
            lines.n_features, net.n_nodes, net.n_edges
        )
    )
    skipped = lines.skipped_empty + diag.empty_parts
    push_count(
        feedback, skipped, ConectaNetwork.tr("{} lines with empty, NULL or degenerate geometry skipped.")
    )
    push_count(
        feedback, diag.zero_length_segments, ConectaNetwork.tr("{} zero-length segments removed."), info=True
    )
    push_count(
        feedback,
        diag.snapped_endpoints,
        ConectaNetwork.tr("{} line ends joined to a nearby line end."),
        info=True,
    )


def report_mode(graph: core.ModeGraph, feedback, speed_field: str | None) -> None:
    """Log the per-mode facts: excluded lines, defaulted speeds, one-way edges."""
    d = graph.diagnostics
    name = mode_names()[MODES.index(graph.mode)]
    feedback.pushInfo(
        ConectaNetwork.tr(
            "{0}: {1} usable edges, {2} of them one-way; {3} lines excluded by road class."
        ).format(name, d.usable_edges, d.one_way_edges, d.excluded_features)
    )
    if graph.mode == "car":
        feedback.pushInfo(
            ConectaNetwork.tr(
                "{0} lines use their speed limit (maxspeed); {1} lines have no known road class ({2} km/h)."
            ).format(d.maxspeed_features, d.unknown_class_features, core.DEFAULT_CAR_SPEED_KMH)
        )
    if speed_field and d.invalid_user_speed_features:
        feedback.pushWarning(
            ConectaNetwork.tr(
                "{0} lines have no valid speed in field {1} (NULL, text or not positive): the default speed of their class was used."
            ).format(d.invalid_user_speed_features, speed_field)
        )
    push_count(
        feedback,
        d.unrecognised_direction_features,
        ConectaNetwork.tr(
            "{} lines have an unrecognised direction value: OSM one-way rules (or both directions) apply."
        ),
        info=True,
    )


# --------------------------------------------------------------------------------------------- points


def read_point_layer(
    alg,
    parameters,
    key: str,
    id_key: str,
    crs,
    context,
    feedback,
    label: str,
    unique=True,
    progress=(0.0, 100.0),
) -> PointData:
    """Points of layer parameter ``key`` in ``crs`` with ids from field parameter ``id_key`` (feature ids when
    empty): polygons through a point on their surface, features without geometry or id skipped and warned,
    repeated ids refused when ``unique``."""
    source = source_of(alg, parameters, key, context)
    check_crs(source)
    id_field = alg.parameterAsString(parameters, id_key, context) or None
    points = read_points(source, crs, context, id_field, feedback=feedback, progress=progress)
    if len(points.ids) == 0:
        raise QgsProcessingException(
            ConectaNetwork.tr("The {} layer has no feature with a geometry and an id.").format(label)
        )
    if unique and points.duplicates:
        raise QgsProcessingException(
            ConectaNetwork.tr("The {0} id field {1} has duplicate values: {2}. Ids must be unique.").format(
                label, id_field, first(points.duplicates)
            )
        )
    report_skipped_points(points, label, feedback)
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
        feedback.pushInfo(
            ConectaNetwork.tr("{}: polygons are represented by a point on their surface.").format(label)
        )
    return points


def report_skipped_points(points, label: str, feedback) -> None:
    """Warn about the features of a point layer that were skipped (NULL or empty geometry, NULL id)."""
    if points.skipped_geometry:
        feedback.pushWarning(
            ConectaNetwork.tr("{0}: {1} features with NULL or empty geometry skipped.").format(
                label, points.skipped_geometry
            )
        )
    if points.skipped_null_id:
        feedback.pushWarning(
            ConectaNetwork.tr("{0}: {1} features with a NULL id skipped.").format(
                label, points.skipped_null_id
            )
        )


class OdPointsInput:
    """Origins (``ORIGINS``, ``ORIGINS_ID``) and destinations (``DESTINATIONS``, ``DESTINATIONS_ID``; the
    origins when empty): points, or polygons through a point on their surface."""

    ORIGINS, ORIGINS_ID = "ORIGINS", "ORIGINS_ID"
    DESTINATIONS, DESTINATIONS_ID = "DESTINATIONS", "DESTINATIONS_ID"

    def add_od_parameters(self) -> None:
        """Declare the origins and destinations with their id fields."""
        kinds = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        self.add_layer("ORIGINS", ConectaNetwork.tr("Origins"), kinds)
        self.add_field("ORIGINS_ID", ConectaNetwork.tr("Origin id field"), "ORIGINS", optional=True)
        self.add_layer(
            "DESTINATIONS", ConectaNetwork.tr("Destinations (default: the origins)"), kinds, optional=True
        )
        self.add_field(
            "DESTINATIONS_ID", ConectaNetwork.tr("Destination id field"), "DESTINATIONS", optional=True
        )

    def same_destinations(self, parameters) -> bool:
        """True when no destination layer is given: the origins are the destinations."""
        return parameters.get("DESTINATIONS") in (None, "")

    def read_od_layers(self, parameters, context, feedback, crs, progress=(0.0, 100.0)) -> tuple:
        """``(origins, destinations)`` as :class:`PointData` in ``crs`` (the same object when there are no
        destinations)."""
        start, end = progress
        middle = (start + end) / 2.0
        origins = read_point_layer(
            self, parameters, "ORIGINS", "ORIGINS_ID", crs, context, feedback, ConectaNetwork.tr("Origins"),
            progress=(start, middle),
        )  # fmt: skip
        if self.same_destinations(parameters):
            return origins, origins
        destinations = read_point_layer(
            self, parameters, "DESTINATIONS", "DESTINATIONS_ID", crs, context, feedback,
            ConectaNetwork.tr("Destinations"), progress=(middle, end),
        )  # fmt: skip
        return origins, destinations
