"""Walking service areas along the street network and the population they serve (SDG 11.2.1 and 11.7.1).

A service area is the part of the street network reachable on foot within a distance from any of a set
of points (stops, open-space entrances), streets partly reached cut at the exact point, buffered by a
small distance that stands for the street frontage (UN-Habitat 2021 metadata) and dissolved into one
(multi)polygon. Served fractions of population features are the share of each polygon's area inside the
service area (1 or 0 for points), or the share of a population raster's sum (core.zonal).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ...core import network as core
from .geometry import buffered_union
from .numbers import check_numeric, clean, to_float
from .readers import request_in
from .writers import add_rows, table_fields


class ConectaServiceAreas:
    """Translation context of the service-area messages shared by the SDG algorithms."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ConectaServiceAreas", text)


@dataclass
class ServiceArea:
    """A dissolved walking service area (None when nothing was reached) and the points off the network."""

    geometry: QgsGeometry | None
    unsnapped: np.ndarray
    n_points: int


def walking_minutes(graph: core.ModeGraph, distance_m: float) -> float:
    """Minutes needed to walk ``distance_m`` at the graph's walking speed (3.6 km/h: D / 60)."""
    return float(distance_m) / (graph.walk_speed_kmh / 3.6) / 60.0


def service_area(
    graph: core.ModeGraph,
    xy: np.ndarray,
    distance_m: float,
    buffer_m: float,
    snap_m: float,
    progress=None,
) -> ServiceArea:
    """Network pieces within ``distance_m`` walking of any point of ``xy``, buffered and dissolved."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if len(xy) == 0 or distance_m <= 0:
        return ServiceArea(None, np.zeros(0, dtype=np.int64), len(xy))
    reached = core.reached_segments(
        graph,
        xy,
        [walking_minutes(graph, distance_m)],
        per_origin=False,
        max_snap_m=snap_m,
        progress=progress,
    )
    pieces = reached.lines[0][0] if reached.lines else []
    if not pieces:
        return ServiceArea(None, reached.unsnapped, len(xy))
    area = buffered_union(pieces, buffer_m)
    if area is None or area.isEmpty():
        return ServiceArea(None, reached.unsnapped, len(xy))
    area.convertToMultiType()
    return ServiceArea(area, reached.unsnapped, len(xy))


def served_fractions(area: QgsGeometry | None, geometries: list, cell_m: float = 1000.0) -> np.ndarray:
    """Share of each geometry inside ``area``: area share for polygons, 1/0 for points (NaN if missing).

    The area is first cut into square cells of ``cell_m`` so each partly covered polygon is intersected
    only with the small pieces around it (the cells partition the area, so shares add up exactly).
    """
    out = np.zeros(len(geometries))
    if area is None or area.isEmpty():
        for i, geometry in enumerate(geometries):
            if geometry is None:
                out[i] = np.nan
        return out
    engine = QgsGeometry.createGeometryEngine(area.constGet())
    engine.prepareGeometry()
    box = area.boundingBox()
    cells: dict = {}

    def cell(ix: int, iy: int) -> QgsGeometry | None:
        if (ix, iy) not in cells:
            rect = QgsRectangle(ix * cell_m, iy * cell_m, (ix + 1) * cell_m, (iy + 1) * cell_m)
            piece = area.clipped(rect) if rect.intersects(box) else None
            cells[(ix, iy)] = None if piece is None or piece.isEmpty() else piece
        return cells[(ix, iy)]

    for i, geometry in enumerate(geometries):
        if geometry is None:
            out[i] = np.nan
            continue
        bounds = geometry.boundingBox()
        if not box.intersects(bounds):
            continue
        if geometry.type() != QgsWkbTypes.PolygonGeometry:
            out[i] = 1.0 if engine.intersects(geometry.constGet()) else 0.0
            continue
        if engine.contains(geometry.constGet()):
            out[i] = 1.0
            continue
        if not engine.intersects(geometry.constGet()):
            continue
        total = geometry.area()
        if total <= 0:
            continue
        inside = 0.0
        for ix in range(
            int(np.floor(bounds.xMinimum() / cell_m)), int(np.floor(bounds.xMaximum() / cell_m)) + 1
        ):
            for iy in range(
                int(np.floor(bounds.yMinimum() / cell_m)), int(np.floor(bounds.yMaximum() / cell_m)) + 1
            ):
                piece = cell(ix, iy)
                if piece is not None and piece.boundingBox().intersects(bounds):
                    inside += piece.intersection(geometry).area()
        out[i] = min(max(inside / total, 0.0), 1.0)
    return out


@dataclass
class PopulationFeatures:
    """Population features: geometry in the working CRS (None if unusable), original features, values."""

    geometries: list
    features: list
    values: dict
    """Per population field, float64 array with NaN for NULL or text."""
    null_geometry: int = 0
    polygons: bool = True


def read_population(source, fields: list, crs, context, feedback=None) -> PopulationFeatures:
    """Population features of ``source`` (polygons or points) reprojected to ``crs``, numeric fields checked."""
    for name in fields:
        check_numeric(source, name)
    original = list(source.getFeatures())
    request = request_in(crs, context)
    geometries, raw = [], {name: [] for name in fields}
    null_geometry = 0
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and n % 5000 == 0 and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            geometries.append(None)
            null_geometry += 1
        else:
            if geometry.type() == QgsWkbTypes.PolygonGeometry and not geometry.isGeosValid():
                geometry = geometry.makeValid()
            geometries.append(geometry)
        for name in fields:
            raw[name].append(clean(feature[name]))
    values = {name: to_float(raw[name])[0] for name in fields}
    polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry
    return PopulationFeatures(geometries, original, values, null_geometry, polygons)


def raster_shares(path: str, raster_crs, areas: dict, zones: list | None, crs, context, progress=None):
    """Served population from a raster: per scenario, (served sum per zone, total per zone) arrays.

    ``zones`` are polygons in ``crs`` (None: the whole raster is the city, one zone).
    """
    from ...core.zonal import raster_sum, zonal_statistics
    from .raster import zonal_geometry

    transform = None
    if raster_crs.isValid() and raster_crs != crs:
        transform = QgsCoordinateTransform(crs, raster_crs, context.transformContext())
    if zones is None:
        total = np.array([raster_sum(path)])
        geoms = [zonal_geometry(a, transform) if a is not None else None for a in areas.values()]
        sums = zonal_statistics(path, geoms, ["sum"], progress=progress).table["sum"].to_numpy()
        served = {k: np.nan_to_num(np.array([s])) for k, s in zip(areas, sums)}
        return served, total
    zone_geoms = [zonal_geometry(z, transform) if z is not None else None for z in zones]
    total = np.nan_to_num(zonal_statistics(path, zone_geoms, ["sum"]).table["sum"].to_numpy())
    served = {}
    for name, area in areas.items():
        if area is None:
            served[name] = np.zeros(len(zones))
            continue
        parts = []
        for zone in zones:
            if zone is None or not zone.intersects(area):
                parts.append(None)
                continue
            parts.append(zonal_geometry(area.clipped(zone.boundingBox()).intersection(zone), transform))
        sums = zonal_statistics(path, parts, ["sum"]).table["sum"].to_numpy()
        served[name] = np.nan_to_num(sums)
    return served, total


INDICATOR_TABLE_COLUMNS = (
    ("scenario", QVariant.String),
    ("field", QVariant.String),
    ("served", QVariant.Double),
    ("total", QVariant.Double),
    ("indicator_pct", QVariant.Double),
)
"""The long table of SDG indicators (11.2.1, 11.7.1): one row per scenario and population field."""


def write_indicator_table(alg, parameters, context, key: str, table) -> str:
    """Write ``table`` (a DataFrame with the :data:`INDICATOR_TABLE_COLUMNS`) to the sink ``key``; its id."""
    from qgis.core import QgsProcessingException, QgsWkbTypes

    fields = table_fields(list(INDICATOR_TABLE_COLUMNS))
    sink, dest_id = alg.parameterAsSink(parameters, key, context, fields, QgsWkbTypes.NoGeometry)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, key))
    pct = np.asarray(table["indicator_pct"], dtype=float)
    add_rows(
        sink,
        fields,
        [
            [str(v) for v in table["scenario"]],
            [str(v) for v in table["field"]],
            np.asarray(table["served"], dtype=float),
            np.asarray(table["total"], dtype=float),
            [None if np.isnan(v) else float(v) for v in pct],
        ],
    )
    return dest_id
