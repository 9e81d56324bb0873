"""Street-network parameters shared by every algorithm that routes on streets (matrix, isochrones, SDGs).

Declares the common parameters, reads the line layer once into ``core.network`` structures and reports
what was cleaned or defaulted, in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import network as core
from ...core.progress import Cancelled
from .crs import has_features, working_crs
from .readers import read_lines

MODES = ("walk", "bicycle", "car")


class ConectaNetwork:
    """Translation context of the street-network messages."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ConectaNetwork", text)


def mode_names() -> list[str]:
    """Translated mode names, in MODES order."""
    return [ConectaNetwork.tr("Walk"), ConectaNetwork.tr("Bicycle"), ConectaNetwork.tr("Car")]


def add_network_parameters(alg, with_mode: bool = True, default_mode: int = 0) -> None:
    """NETWORK, MODE, SPEED_FIELD, DIRECTION_FIELD (+ values), HIGHWAY_FIELD, EXCLUDED_CLASSES, SNAP_TOLERANCE."""
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            "NETWORK", ConectaNetwork.tr("Street network"), [QgsProcessing.TypeVectorLine]
        )
    )
    if with_mode:
        alg.addParameter(
            QgsProcessingParameterEnum(
                "MODE", ConectaNetwork.tr("Mode"), options=mode_names(), defaultValue=default_mode
            )
        )
    speed = QgsProcessingParameterField(
        "SPEED_FIELD",
        ConectaNetwork.tr("Speed field (km/h, optional)"),
        parentLayerParameterName="NETWORK",
        type=QgsProcessingParameterField.Numeric,
        optional=True,
    )
    speed.setHelp(
        ConectaNetwork.tr(
            "A field of the network with the speed in km/h of each line; NULL, text or values of 0 or less "
            "fall back to the default speed of the line's class (counted in the log)."
        )
    )
    alg.addParameter(speed)
    direction = QgsProcessingParameterField(
        "DIRECTION_FIELD",
        ConectaNetwork.tr("Direction field (optional)"),
        parentLayerParameterName="NETWORK",
        optional=True,
    )
    direction.setHelp(
        ConectaNetwork.tr(
            "A field saying in which direction each line can be travelled by car and bicycle, as in QGIS's own "
            "network analysis tools: the values for forward, backward and both directions are set below."
        )
    )
    alg.addParameter(direction)
    for key, label, default in (
        ("DIRECTION_FORWARD", ConectaNetwork.tr("Value for forward direction"), "forward,yes,1"),
        ("DIRECTION_BACKWARD", ConectaNetwork.tr("Value for backward direction"), "backward,-1,reverse"),
        ("DIRECTION_BOTH", ConectaNetwork.tr("Value for both directions"), "both,no,0"),
    ):
        param = QgsProcessingParameterString(key, label, defaultValue=default, optional=True)
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        alg.addParameter(param)
    highway = QgsProcessingParameterField(
        "HIGHWAY_FIELD",
        ConectaNetwork.tr("Road class field (OSM highway)"),
        defaultValue="highway",
        parentLayerParameterName="NETWORK",
        optional=True,
    )
    highway.setFlags(highway.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    alg.addParameter(highway)
    excluded = QgsProcessingParameterString(
        "EXCLUDED_CLASSES",
        ConectaNetwork.tr("Road classes excluded for the mode (comma-separated; empty = defaults)"),
        optional=True,
    )
    excluded.setHelp(
        ConectaNetwork.tr(
            "Defaults: walking and cycling exclude motorway, trunk and their links; car excludes footway, steps, "
            "path, pedestrian, cycleway, bridleway, corridor, elevator and platform; construction, proposed, "
            "abandoned, razed, disused, bus_guideway, busway and raceway are excluded for every mode."
        )
    )
    excluded.setFlags(excluded.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    alg.addParameter(excluded)
    tolerance = QgsProcessingParameterDistance(
        "SNAP_TOLERANCE",
        ConectaNetwork.tr("Join line ends closer than"),
        defaultValue=0.0,
        parentParameterName="NETWORK",
        minValue=0.0,
    )
    tolerance.setFlags(tolerance.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    alg.addParameter(tolerance)
    walk = QgsProcessingParameterNumber(
        "WALK_SPEED",
        ConectaNetwork.tr("Walking speed (km/h)"),
        type=QgsProcessingParameterNumber.Double,
        defaultValue=core.WALK_SPEED_KMH,
        minValue=0.1,
    )
    walk.setFlags(walk.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    alg.addParameter(walk)
    bike = QgsProcessingParameterNumber(
        "BICYCLE_SPEED",
        ConectaNetwork.tr("Cycling speed (km/h)"),
        type=QgsProcessingParameterNumber.Double,
        defaultValue=core.BICYCLE_SPEED_KMH,
        minValue=0.1,
    )
    bike.setFlags(bike.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    alg.addParameter(bike)


def _words(text: str | None) -> tuple:
    return tuple(w.strip().lower() for w in (text or "").split(",") if w.strip())


@dataclass
class LoadedNetwork:
    """A street network read from a layer, in its working CRS, ready for one mode."""

    crs: object
    graph: core.ModeGraph
    mode: str


def input_sources(alg, parameters, context, keys) -> list:
    """The feature sources of the layer parameters ``keys`` that were given (for the working CRS's fallback)."""
    sources = []
    for key in keys:
        if parameters.get(key) not in (None, ""):
            source = alg.parameterAsSource(parameters, key, context)
            if source is not None:
                sources.append(source)
    return sources


def load_network(
    alg, parameters, context, feedback, mode: str | None = None, others: tuple = ()
) -> LoadedNetwork | None:
    """Read NETWORK into a routable graph for ``mode`` (default the MODE parameter), logging what was done.

    ``others`` are the keys of the run's other layers (zones, origins, stops): their extents choose the
    working CRS when the network reports none (OSM layers). None when cancelled.
    """
    source = alg.parameterAsSource(parameters, "NETWORK", context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, "NETWORK"))
    if not has_features(source):
        raise QgsProcessingException(ConectaNetwork.tr("The street network layer is empty."))
    if mode is None:
        mode = MODES[alg.parameterAsEnum(parameters, "MODE", context)]
    try:
        crs = working_crs(source, context, feedback, input_sources(alg, parameters, context, others))
    except Cancelled:
        return None
    fields = source.fields().names()
    highway_field = alg.parameterAsString(parameters, "HIGHWAY_FIELD", context) or "highway"
    speed_field = alg.parameterAsString(parameters, "SPEED_FIELD", context) or None
    direction_field = alg.parameterAsString(parameters, "DIRECTION_FIELD", context) or None
    wanted = [highway_field, speed_field, direction_field, "other_tags", "oneway", "maxspeed", "junction"]
    feedback.pushInfo(ConectaNetwork.tr("Reading the street network…"))
    lines = read_lines(source, crs, context, [w for w in wanted if w and w in fields], feedback)
    if feedback.isCanceled():
        return None
    if not lines.parts:
        raise QgsProcessingException(
            ConectaNetwork.tr("The street network has no line with at least two distinct vertices.")
        )
    attrs = lines.attributes
    tags = {}
    if "other_tags" in attrs:
        tags = core.parse_other_tags(attrs["other_tags"])
        feedback.pushInfo(ConectaNetwork.tr("One-way and speed limits read from OSM's other_tags field."))
    oneway = attrs.get("oneway", tags.get("oneway"))
    maxspeed = attrs.get("maxspeed", tags.get("maxspeed"))
    junction = attrs.get("junction", tags.get("junction"))
    highway = attrs.get(highway_field)
    if highway is None:
        feedback.pushWarning(
            ConectaNetwork.tr(
                "The network has no road class field ({}): every line gets the default speed and no class is excluded."
            ).format(highway_field)
        )
    net = core.build_network(
        lines.parts,
        lines.feature_index,
        highway=highway,
        maxspeed=maxspeed,
        oneway=oneway,
        junction=junction,
        oneway_bicycle=tags.get("oneway:bicycle"),
        n_features=lines.n_features,
        snap_tolerance=alg.parameterAsDouble(parameters, "SNAP_TOLERANCE", context),
    )
    diag = net.diagnostics
    feedback.pushInfo(
        ConectaNetwork.tr("Street network: {0} lines, {1} junctions, {2} edges.").format(
            lines.n_features, net.n_nodes, net.n_edges
        )
    )
    skipped = lines.skipped_empty + diag.empty_parts
    if skipped:
        feedback.pushWarning(
            ConectaNetwork.tr("{} lines with empty, NULL or degenerate geometry skipped.").format(skipped)
        )
    if diag.zero_length_segments:
        feedback.pushInfo(
            ConectaNetwork.tr("{} zero-length segments removed.").format(diag.zero_length_segments)
        )
    if diag.snapped_endpoints:
        feedback.pushInfo(
            ConectaNetwork.tr("{} line ends joined to a nearby line end.").format(diag.snapped_endpoints)
        )
    excluded_text = alg.parameterAsString(parameters, "EXCLUDED_CLASSES", context)
    user_speed = attrs.get(speed_field) if speed_field else None
    direction = attrs.get(direction_field) if direction_field else None
    direction_values = (
        _words(alg.parameterAsString(parameters, "DIRECTION_FORWARD", context)) or core.DIRECTION_FORWARD,
        _words(alg.parameterAsString(parameters, "DIRECTION_BACKWARD", context)) or core.DIRECTION_BACKWARD,
        _words(alg.parameterAsString(parameters, "DIRECTION_BOTH", context)) or core.DIRECTION_BOTH,
    )
    walk_speed = alg.parameterAsDouble(parameters, "WALK_SPEED", context) or core.WALK_SPEED_KMH
    mode_speed = {"walk": walk_speed, "bicycle": alg.parameterAsDouble(parameters, "BICYCLE_SPEED", context)}
    graph = core.mode_graph(
        net,
        mode,
        speed_kmh=mode_speed.get(mode) or None,
        user_speed=user_speed,
        direction=direction,
        direction_values=direction_values,
        excluded_classes=_words(excluded_text) or None,
        walk_speed_kmh=walk_speed,
    )
    report_mode(graph, feedback, speed_field)
    if not graph.usable.any():
        raise QgsProcessingException(
            ConectaNetwork.tr(
                "No street of the network can be used by this mode: check the road classes excluded."
            )
        )
    return LoadedNetwork(crs, graph, mode)


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
    if d.unrecognised_direction_features:
        feedback.pushInfo(
            ConectaNetwork.tr(
                "{} lines have an unrecognised direction value: OSM one-way rules (or both directions) apply."
            ).format(d.unrecognised_direction_features)
        )


def add_od_parameters(alg) -> None:
    """ORIGINS, ORIGINS_ID, DESTINATIONS (default the origins), DESTINATIONS_ID: points or polygons."""
    kinds = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
    alg.addParameter(QgsProcessingParameterFeatureSource("ORIGINS", ConectaNetwork.tr("Origins"), kinds))
    alg.addParameter(
        QgsProcessingParameterField(
            "ORIGINS_ID",
            ConectaNetwork.tr("Origin id field"),
            parentLayerParameterName="ORIGINS",
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            "DESTINATIONS", ConectaNetwork.tr("Destinations (default: the origins)"), kinds, optional=True
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            "DESTINATIONS_ID",
            ConectaNetwork.tr("Destination id field"),
            parentLayerParameterName="DESTINATIONS",
            optional=True,
        )
    )


def read_od_points(alg, parameters, key: str, id_key: str, crs, context, feedback, label: str):
    """Points of ORIGINS or DESTINATIONS in ``crs`` with unique ids; bad features reported, not fatal."""
    from qgis.core import QgsWkbTypes

    from .readers import read_points

    source = alg.parameterAsSource(parameters, key, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, key))
    id_field = alg.parameterAsString(parameters, id_key, context) or None
    points = read_points(source, crs, context, id_field, feedback=feedback)
    if len(points.ids) == 0:
        raise QgsProcessingException(
            ConectaNetwork.tr("The {} layer has no feature with a geometry and an id.").format(label)
        )
    if points.duplicates:
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


def first(values, limit: int = 10) -> str:
    """A short comma list of the first ids for log messages."""
    values = list(values)
    text = ", ".join(str(v) for v in values[:limit])
    return text + (" …" if len(values) > limit else "")
