"""Street scenarios on the network algorithms, declared and read by one mixin (:class:`StreetScenarioInput`):

- ``SPEED_FACTORS`` (a table highway, start_time, end_time, factor and an optional mode) with
  ``DEPARTURE_TIME``: edge speed = free-flow speed × factor (congestion);
- ``CLOSED_LINKS``: lines drawn along streets, or areas, whose streets are closed;
- ``NEW_LINKS``: lines added to the network (their ends joined to the nearest street);
- ``ELEVATION``: a raster of heights for slope-aware walking (Tobler) and cycling (power balance).

:meth:`StreetScenarioInput.street_scenario` gives a :class:`StreetScenario` (None when no input is given) that
:meth:`~.network.NetworkInput.read_network` applies where the network is built: links before the topology,
speeds after the mode's free-flow speeds (see :mod:`conecta.core.scenarios.streets`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterRasterLayer,
    QgsRectangle,
    QgsWkbTypes,
)

from ...core.scenarios import streets as core
from ...translation import format_number
from .crs import request_in
from .features import GeometryLog, features, source_name
from .geometry import transform_xy
from .messages import _Context, push_count, show_ids
from .readers import LineData, read_lines, source_of, wkb_lines
from .scenarios import read_text_table
from .vocabulary import mode_label

SPEED_FACTORS, DEPARTURE_TIME = "SPEED_FACTORS", "DEPARTURE_TIME"
CLOSED_LINKS, CLOSED_TOLERANCE = "CLOSED_LINKS", "CLOSED_TOLERANCE"
NEW_LINKS, NEW_LINK_SNAP = "NEW_LINKS", "NEW_LINK_SNAP"
ELEVATION = "ELEVATION"
NEW_LINK_SPEED = "speed_kmh"
"""Field of the new links with their car speed (km/h), written as their maxspeed."""
STRIPE_PIXELS = 16_000_000
"""Pixels of the elevation raster read at a time."""
RASTER_TYPES = {
    Qgis.Byte: np.uint8,
    Qgis.UInt16: np.uint16,
    Qgis.Int16: np.int16,
    Qgis.UInt32: np.uint32,
    Qgis.Int32: np.int32,
    Qgis.Float32: np.float32,
    Qgis.Float64: np.float64,
}


class ConectaStreetScenario(_Context):
    """Translation context of the street-scenario messages."""


def _given(parameters, key: str) -> bool:
    return parameters.get(key) not in (None, "")


# --------------------------------------------------------------------------------------------- closures


def _rings(geometry) -> list:
    """The polygons of a (multi)polygon geometry as lists of (n, 2) rings."""
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    return [[np.array([(p.x(), p.y()) for p in ring]) for ring in polygon] for polygon in polygons]


def read_closures(source, crs, context, feedback) -> tuple:
    """(lines, polygons) of a closed-links layer in ``crs``; invalid polygons follow the context's setting."""
    log = GeometryLog(source_name(source))
    lines, polygons = [], []
    request = request_in(source, crs, context, [])
    for feature in features(source, context, feedback, request, repair=True, log=log):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        kind = QgsWkbTypes.geometryType(geometry.wkbType())
        if kind == QgsWkbTypes.LineGeometry:
            lines.extend(wkb_lines(bytes(geometry.asWkb())))
        elif kind == QgsWkbTypes.PolygonGeometry:
            polygons.extend(_rings(geometry))
    log.report(feedback)
    return lines, polygons


# --------------------------------------------------------------------------------------------- elevation


def _raster_grid(layer) -> tuple:
    """(left, top, pixel width, pixel height, columns, rows) of a raster layer."""
    extent = layer.extent()
    return (
        extent.xMinimum(),
        extent.yMaximum(),
        layer.rasterUnitsPerPixelX(),
        layer.rasterUnitsPerPixelY(),
        layer.width(),
        layer.height(),
    )


def _block(provider, window: tuple) -> np.ndarray:
    """Band 1 of the pixels ``window`` = (left, top, pixel x, pixel y, c0, r0, columns, rows), no-data as NaN."""
    left, top, px, py, c0, r0, cols, rows = window
    box = QgsRectangle(left + c0 * px, top - (r0 + rows) * py, left + (c0 + cols) * px, top - r0 * py)
    block = provider.block(1, box, cols, rows)
    dtype = RASTER_TYPES.get(block.dataType())
    if dtype is None:
        raise QgsProcessingException(
            ConectaStreetScenario.tr(
                "The elevation raster's first band must hold numbers (heights in metres)."
            )
        )
    values = (
        np.frombuffer(bytes(block.data()), dtype=dtype, count=cols * rows).reshape(rows, cols).astype(float)
    )
    if provider.sourceHasNoDataValue(1):
        values[values == provider.sourceNoDataValue(1)] = np.nan
    return values


def sample_elevation(layer, xy: np.ndarray, crs, context) -> np.ndarray:
    """Heights of band 1 of raster ``layer`` at points ``xy`` in ``crs`` (bilinear; NaN outside the raster or
    on no-data pixels), read in stripes of bounded memory through QGIS's raster provider."""
    points = transform_xy(xy, crs, layer.crs(), context)
    left, top, px, py, width, height = _raster_grid(layer)
    col = (points[:, 0] - left) / px
    row = (top - points[:, 1]) / py
    out = np.full(len(points), np.nan)
    inside = np.flatnonzero((col >= 0) & (col <= width) & (row >= 0) & (row <= height))
    if not len(inside):
        return out
    c0 = int(max(np.floor(col[inside].min()) - 1, 0))
    cols = int(min(np.ceil(col[inside].max()) + 1, width)) - c0
    pixel_row = np.clip(np.floor(row[inside] - 0.5), 0, height - 1).astype(np.int64)
    step = max(STRIPE_PIXELS // max(cols, 1), 1)
    provider = layer.dataProvider()
    for r0 in range(int(pixel_row.min()), int(pixel_row.max()) + 1, step):
        chosen = inside[(pixel_row >= r0) & (pixel_row < r0 + step)]
        if not len(chosen):
            continue
        rows = min(step + 1, height - r0)
        grid = _block(provider, (left, top, px, py, c0, r0, cols, rows))
        out[chosen] = core.sample_grid(grid, left + c0 * px, top - r0 * py, px, py, points[chosen])
    return out


# --------------------------------------------------------------------------------------------- the scenario


@dataclass
class StreetScenario:
    """The street-scenario inputs of one run, applied by :meth:`~.network.NetworkInput.read_network`."""

    alg: object
    parameters: dict
    context: object

    def given(self, key: str) -> bool:
        """Whether input ``key`` was given."""
        return _given(self.parameters, key)

    # ------------------------------------------------------------------ links

    def links(self, lines: LineData, crs, feedback) -> LineData:
        """The network's lines with the closed streets removed and the new links added (inputs untouched)."""
        if not (self.given(CLOSED_LINKS) or self.given(NEW_LINKS)):
            return lines
        alg, parameters, context = self.alg, self.parameters, self.context
        closed = None
        if self.given(CLOSED_LINKS):
            shapes = read_closures(source_of(alg, parameters, CLOSED_LINKS, context), crs, context, feedback)
            tolerance = alg.parameterAsDouble(parameters, CLOSED_TOLERANCE, context)
            closed = core.closed_features(
                lines.parts, lines.feature_index, lines.n_features, polygons=shapes[1], lines=shapes[0],
                tolerance=tolerance,
            )  # fmt: skip
            self._report_closed(int(closed.sum()), tolerance, feedback)
            if closed.all() and not self.given(NEW_LINKS):
                raise QgsProcessingException(
                    ConectaStreetScenario.tr(
                        "The closed links close every street of the network: nothing is left to travel on."
                    )
                )
        new = None
        if self.given(NEW_LINKS):
            source = source_of(alg, parameters, NEW_LINKS, context)
            new = read_lines(source, crs, context, [*lines.attributes, NEW_LINK_SPEED], feedback)
        snap = alg.parameterAsDouble(parameters, NEW_LINK_SNAP, context)
        links = None if new is None else core.NewLinks(new.parts, [None] * len(new.parts))
        changed = core.modify_links(
            lines.parts, lines.feature_index, n_features=lines.n_features, closed=closed, new_links=links,
            snap_distance=snap,
        )  # fmt: skip
        if new is not None:
            self._report_new(changed.diagnostics, snap, feedback)
        return _changed_lines(lines, changed, new)

    @staticmethod
    def _report_closed(count: int, tolerance: float, feedback) -> None:
        if count == 0:
            feedback.pushWarning(
                ConectaStreetScenario.tr(
                    "The closed links close no street: draw them along streets (within {} m), or as areas "
                    "covering the streets to close."
                ).format(format_number(tolerance, 0))
            )
            return
        feedback.pushInfo(ConectaStreetScenario.tr("{} street lines closed.").format(count))

    @staticmethod
    def _report_new(diag, snap: float, feedback) -> None:
        feedback.pushInfo(
            ConectaStreetScenario.tr(
                "{0} new links added; {1} of their ends joined to a street (moved up to {2} m)."
            ).format(diag.new_links, diag.connected_ends, format_number(diag.max_snap_m, 0))
        )
        if diag.loose_ends:
            feedback.pushWarning(
                ConectaStreetScenario.tr(
                    "{0} ends of new links are farther than {1} m from any street and stay loose (new links {2}, "
                    "counted from 0): a link joined at neither end cannot be reached."
                ).format(diag.loose_ends, format_number(snap, 0), show_ids(diag.loose_examples))
            )

    # ------------------------------------------------------------------ speeds

    def speeds(self, graph, crs, feedback):
        """The mode's graph with the congestion factors and the slopes applied (input untouched)."""
        alg, parameters, context = self.alg, self.parameters, self.context
        table = (
            read_text_table(alg, parameters, SPEED_FACTORS, context, feedback)
            if self.given(SPEED_FACTORS)
            else None
        )
        elevation = None
        if self.given(ELEVATION):
            if graph.mode == "car":
                feedback.pushWarning(
                    ConectaStreetScenario.tr(
                        "The elevation raster is used for walking and cycling only: car times are unchanged."
                    )
                )
            else:
                layer = alg.parameterAsRasterLayer(parameters, ELEVATION, context)
                elevation = sample_elevation(layer, graph.network.geom_xy, crs, context)
        if table is None and elevation is None:
            return graph
        departure = alg.parameterAsString(parameters, DEPARTURE_TIME, context)
        changed, diag = core.scenario_graph(
            graph, factor_table=table, departure=departure, vertex_elevation=elevation
        )
        if diag.speed_factors is not None:
            _report_factors(diag.speed_factors, graph.mode, departure, feedback)
        if diag.slopes is not None:
            _report_slopes(diag.slopes, feedback)
        return changed


def _per_feature(lines: LineData, values: list) -> list:
    """Per-part values of a line layer's features (one per new link)."""
    return [values[i] for i in lines.feature_index]


def _new_link_speeds(attributes: dict, speeds: list, n_total: int) -> None:
    """Write the new links' speed_kmh (the last ``len(speeds)`` features) as their car speed limit: in the
    maxspeed field, or in OSM's other_tags when the network keeps maxspeed there."""
    first = n_total - len(speeds)
    if "maxspeed" not in attributes and "other_tags" in attributes:
        tags = attributes["other_tags"]
        for k, speed in enumerate(speeds):
            if speed is not None:
                tags[first + k] = ",".join(t for t in (tags[first + k], f'"maxspeed"=>"{speed}"') if t)
        return
    column = attributes.setdefault("maxspeed", [None] * n_total)
    for k, speed in enumerate(speeds):
        if speed is not None:
            column[first + k] = str(speed)


def _changed_lines(lines: LineData, changed, new: LineData | None) -> LineData:
    """A :class:`LineData` of the changed network: the kept features' attributes, then the new links'."""
    n_new = 0 if new is None else len(new.parts)
    attributes = {}
    for name, values in lines.attributes.items():
        column = list(changed.take(values))
        if new is not None and name in new.attributes:
            column[len(column) - n_new :] = _per_feature(new, new.attributes[name])
        attributes[name] = column
    if new is not None and NEW_LINK_SPEED in new.attributes:
        _new_link_speeds(
            attributes, _per_feature(new, new.attributes[NEW_LINK_SPEED]), len(changed.source_feature)
        )
    kept_ids = [lines.feature_ids[i] for i in changed.source_feature[changed.source_feature >= 0]]
    return LineData(
        parts=changed.parts,
        feature_index=changed.feature_index,
        attributes=attributes,
        feature_ids=kept_ids + [-1 - k for k in range(n_new)],
        n_features=len(changed.source_feature),
        skipped_empty=lines.skipped_empty,
    )


def _report_factors(diag, mode: str, departure: str, feedback) -> None:
    """How the congestion factors met the network."""
    if diag.rows == 0:
        feedback.pushInfo(
            ConectaStreetScenario.tr(
                "No row of the speed-factor table applies to {} (rows without a mode are for cars): speeds unchanged."
            ).format(mode_label(mode))
        )
        return
    feedback.pushInfo(
        ConectaStreetScenario.tr(
            "Speeds at {0}: free-flow speed × factor on {1} edges ({2} rows of the speed-factor table apply)."
        ).format(departure, diag.edges_changed, diag.rows)
    )
    if diag.classes_without_edges:
        feedback.pushWarning(
            ConectaStreetScenario.tr(
                "The speed-factor table names road classes that no street of the network has: {}."
            ).format(show_ids(diag.classes_without_edges))
        )


def _report_slopes(diag, feedback) -> None:
    """Elevation coverage and grades behind the slope-aware times."""
    feedback.pushInfo(
        ConectaStreetScenario.tr(
            "Slopes from the elevation raster on {0} edges; steepest grade {1} %."
        ).format(diag.edges, format_number(100.0 * diag.max_abs_grade, 1))
    )
    if diag.edges_without_elevation or diag.edges_partly_without_elevation:
        share = 100.0 * diag.edges_without_elevation / max(diag.edges, 1)
        feedback.pushWarning(
            ConectaStreetScenario.tr(
                "{0} edges ({1} %) lie outside the elevation raster or on no-data pixels and are taken as flat; "
                "{2} more are partly outside (those parts flat)."
            ).format(
                diag.edges_without_elevation, format_number(share, 1), diag.edges_partly_without_elevation
            )
        )
    push_count(
        feedback,
        diag.clamped_segments,
        ConectaStreetScenario.tr(
            "{0} segments steeper than {1} % (bridges, raster artefacts) were taken at {1} %."
        ),
        format_number(100.0 * core.MAX_GRADE, 0),
        info=True,
    )


class StreetScenarioInput:
    """The street-scenario parameters and their reading; see the module docstring."""

    @staticmethod
    def walking_scenarios_help() -> str:
        """The help paragraph of the public-transport tools, whose street scenarios change the walking legs."""
        return ConectaStreetScenario.tr(
            "Street scenarios (advanced parameters): speed factors for walking by road class and time (rows with "
            "mode walk, at the departure time), closed or new links and an elevation raster change the walking "
            "legs on the street network, as in 'Travel-time matrix (street network)'."
        )

    def add_street_scenario_parameters(self, speed_factors: bool = True) -> None:
        """Declare the street-scenario inputs (all optional, advanced; the speed factors when asked)."""
        if speed_factors:
            self.add_table(
                SPEED_FACTORS, ConectaStreetScenario.tr("Speed factors by road class and time (highway, start_time, end_time, factor)"),
                optional=True, advanced=True,
                help_text=ConectaStreetScenario.tr(
                    "Congestion: speed = free-flow speed × factor for the streets of an OSM class (highway; * for "
                    "all) when the departure time falls in [start_time, end_time) (HH:MM, empty for all day), "
                    "e.g. primary, 07:00, 09:00, 0.6. Rows apply to cars unless a mode field says walk or bicycle."
                ),
            )  # fmt: skip
            if (
                self.parameterDefinition(DEPARTURE_TIME) is None
            ):  # public transport has its own departure time
                self.add_text(
                    DEPARTURE_TIME,
                    ConectaStreetScenario.tr("Departure time for the speed factors (HH:MM)"),
                    optional=True,
                    advanced=True,
                )
        self.add_layer(
            CLOSED_LINKS, ConectaStreetScenario.tr("Closed links (lines along streets, or areas)"),
            [QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon], optional=True, advanced=True,
            help_text=ConectaStreetScenario.tr(
                "A street is closed when the points at a quarter, half and three quarters of its length lie inside "
                "an area or within the tolerance of a line; split a long street to close a part of it."
            ),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterDistance(CLOSED_TOLERANCE, ConectaStreetScenario.tr("Tolerance of the closed links"), 5.0, "NETWORK", minValue=0.0),
            advanced=True,
        )  # fmt: skip
        self.add_layer(
            NEW_LINKS, ConectaStreetScenario.tr("New links (lines)"), [QgsProcessing.TypeVectorLine], optional=True, advanced=True,
            help_text=ConectaStreetScenario.tr(
                "Streets to add. They take the network's fields they have (highway, oneway …) and speed_kmh as "
                "their car speed; each end is joined to the nearest street within the snapping distance below. A "
                "new link meets other streets only at its ends (a bridge or a tunnel)."
            ),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterDistance(NEW_LINK_SNAP, ConectaStreetScenario.tr("Join new links to streets within"), 25.0, "NETWORK", minValue=0.0),
            advanced=True,
        )  # fmt: skip
        self.add(
            QgsProcessingParameterRasterLayer(ELEVATION, ConectaStreetScenario.tr("Elevation raster (slope-aware walking and cycling)"), optional=True),
            advanced=True,
            help_text=ConectaStreetScenario.tr(
                "Heights in metres (band 1). Walking follows Tobler's hiking function and cycling a power balance, "
                "both scaled so that flat streets keep the walking and cycling speeds; uphill and downhill differ. "
                "Streets outside the raster are flat (counted in the log)."
            ),
        )  # fmt: skip

    def street_scenario(self, parameters, context) -> StreetScenario | None:
        """The run's street scenario, None when no street-scenario input was given; a message when one is
        given without a street network to apply it to."""
        keys = (SPEED_FACTORS, CLOSED_LINKS, NEW_LINKS, ELEVATION)
        if not any(_given(parameters, key) for key in keys):
            return None
        if not _given(parameters, "NETWORK"):
            raise QgsProcessingException(
                ConectaStreetScenario.tr(
                    "Speed factors, closed or new links and the elevation raster change a street network: give "
                    "the street network too (without it, walking legs are straight lines)."
                )
            )
        return StreetScenario(self, parameters, context)
