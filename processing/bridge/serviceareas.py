"""Walking service areas along the street network and the population they serve (SDG 11.2.1 and 11.7.1).

- :class:`PopulationInput`: the population layer (polygons or points) and its fields, read once through
  the bridge's feature loop (invalid geometries follow the context's setting; under *do not filter* they
  are repaired for the computation and counted, the output keeps them as they are);
- :func:`service_area`: the streets reached on foot from a set of points (core.indicators.served: linking
  rule, exact cuts) buffered by the street frontage and dissolved into one (multi)polygon;
- :func:`served_fractions` / :func:`raster_served`: the share of each population feature inside an area
  (area share for polygons, 1/0 for points), or the population of a raster inside it, per zone;
- writers of the served areas and of the long indicator table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.indicators import served as core
from ...core.zonal import zone_sums
from .features import GeometryLog
from .geometry import buffered_union
from .messages import _Context, push_count
from .raster import zonal_geometry
from .readers import Zones, read_zones
from .writers import table_fields, write_geometries, write_table


class ConectaServiceAreas(_Context):
    """Translation context of the service-area messages shared by the SDG algorithms."""


# --------------------------------------------------------------------------------------------- areas


@dataclass
class ServiceArea:
    """A dissolved walking service area (None when nothing was reached) and how its points met the network."""

    geometry: QgsGeometry | None
    reached: core.ReachedStreets


def service_area(graph, xy: np.ndarray, distance_m: float, buffer_m: float, snap_m: float, progress=None):
    """Network pieces within ``distance_m`` walking of any point of ``xy``, buffered and dissolved."""
    reached = core.reached_streets(graph, xy, distance_m, snap_m, progress)
    area = buffered_union(reached.pieces, buffer_m) if reached.pieces else None
    if area is None or area.isEmpty():
        return ServiceArea(None, reached)
    area.convertToMultiType()
    return ServiceArea(area, reached)


def _inside_share(geometry: QgsGeometry, cell, bounds, cell_m: float) -> float:
    """Share of polygon ``geometry`` inside the area, summed over the area's cells around it."""
    total = geometry.area()
    if total <= 0:
        return 0.0
    inside = 0.0
    for ix in range(int(np.floor(bounds.xMinimum() / cell_m)), int(np.floor(bounds.xMaximum() / cell_m)) + 1):
        for iy in range(
            int(np.floor(bounds.yMinimum() / cell_m)), int(np.floor(bounds.yMaximum() / cell_m)) + 1
        ):
            piece = cell(ix, iy)
            if piece is not None and piece.boundingBox().intersects(bounds):
                inside += piece.intersection(geometry).area()
    return min(max(inside / total, 0.0), 1.0)


def served_fractions(area: QgsGeometry | None, geometries: list, cell_m: float = 1000.0) -> np.ndarray:
    """Share of each geometry inside ``area``: area share for polygons, 1/0 for points (NaN if missing).

    The area is first cut into square cells of ``cell_m`` so each partly covered polygon is intersected
    only with the small pieces around it (the cells partition the area, so shares add up exactly). A point
    on the area's boundary is inside (a point exactly at the distance is served).
    """
    out = np.array([np.nan if g is None else 0.0 for g in geometries], dtype=float)
    if area is None or area.isEmpty():
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
        if geometry is None or not box.intersects(geometry.boundingBox()):
            continue
        if geometry.type() != QgsWkbTypes.PolygonGeometry:
            out[i] = 1.0 if engine.intersects(geometry.constGet()) else 0.0
        elif engine.contains(geometry.constGet()):
            out[i] = 1.0
        elif engine.intersects(geometry.constGet()):
            out[i] = _inside_share(geometry, cell, geometry.boundingBox(), cell_m)
    return out


def raster_served(path: str, raster_crs, areas: dict, zones: list | None, crs, context, progress=None):
    """Population of a raster inside each area: per area, the served sum per zone (polygons in ``crs``),
    and the total per zone; without zones the whole raster is the city (one zone)."""
    transform = None
    if raster_crs != crs:
        transform = QgsCoordinateTransform(crs, raster_crs, context.transformContext())
    if zones is None:
        total, _ = zone_sums(path, None)
        geometries = [zonal_geometry(a, transform) for a in areas.values()]
        sums, _ = zone_sums(path, geometries, progress)
        return {name: np.array([s]) for name, s in zip(areas, sums)}, total
    total, _ = zone_sums(path, [zonal_geometry(z, transform) for z in zones])
    served = {}
    for name, area in areas.items():
        if area is None:
            served[name] = np.zeros(len(zones))
            continue
        parts = [
            zonal_geometry(area.clipped(z.boundingBox()).intersection(z), transform)
            if z is not None and z.intersects(area)
            else None
            for z in zones
        ]
        served[name], _ = zone_sums(path, parts)
    return served, total


# --------------------------------------------------------------------------------------------- population


@dataclass
class PopulationFeatures:
    """The population layer read once: its features and numeric fields (``zones``, indexed by feature id,
    kept to write the output) and each feature's geometry in the working CRS (None when it has none)."""

    zones: Zones
    geometries: list
    null_geometry: int = 0
    polygons: bool = True

    @property
    def values(self) -> dict:
        """Per population field, a float array (NaN for NULL)."""
        return {name: self.zones.frame[name].to_numpy(dtype=float) for name in self.zones.frame.columns}


def working_geometries(zones: Zones, crs, context, feedback) -> tuple:
    """Each feature's geometry in ``crs`` (None when missing or not projectable) and how many have none;
    polygons left invalid by the context's *do not filter* setting are repaired for the computation."""
    transform = QgsCoordinateTransform(zones.source.sourceCrs(), crs, context.transformContext())
    log = GeometryLog(zones.name)
    geometries = []
    for feature in zones.features:
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            geometries.append(None)
            continue
        try:
            geometry.transform(transform)
        except QgsCsException:
            geometries.append(None)
            continue
        if geometry.type() == QgsWkbTypes.PolygonGeometry and not geometry.isGeosValid():
            geometry = geometry.makeValid()
            log.repaired.append(feature.id())
        geometries.append(geometry)
    log.report(feedback)
    return geometries, sum(g is None for g in geometries)


class PopulationInput:
    """A population layer (``POPULATION_LAYER``, polygons or points) and its fields (``POPULATION_FIELDS``:
    the total first, then disaggregations)."""

    POPULATION_LAYER = "POPULATION_LAYER"
    POPULATION_FIELDS = "POPULATION_FIELDS"

    def add_population_parameters(self, optional: bool = False) -> None:
        """Declare the population layer and its fields."""
        self.add_layer(
            self.POPULATION_LAYER,
            ConectaServiceAreas.tr("Population layer (polygons or points)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
            optional=optional,
        )
        self.add_field(
            self.POPULATION_FIELDS,
            ConectaServiceAreas.tr("Population fields (total first, then disaggregations)"),
            self.POPULATION_LAYER,
            numeric=True,
            multiple=True,
            optional=optional,
            help_text=ConectaServiceAreas.tr(
                "The first field is the total population of the headline figure; others (women, men, age "
                "groups, persons with disabilities …) get their own indicator."
            ),
        )

    def read_population(self, parameters, context, feedback, crs, fields) -> PopulationFeatures:
        """The population features with ``fields`` (numbers, NULL as NaN) and their geometry in ``crs``."""
        zones = read_zones(self, parameters, context, feedback, self.POPULATION_LAYER, None, fields)
        geometries, missing = working_geometries(zones, crs, context, feedback)
        push_count(
            feedback,
            missing,
            ConectaServiceAreas.tr("{} population features have no geometry: they count as not served."),
        )
        polygons = QgsWkbTypes.geometryType(zones.source.wkbType()) == QgsWkbTypes.PolygonGeometry
        for name in fields:
            if not np.nansum(zones.frame[name].to_numpy(dtype=float)) > 0:
                raise QgsProcessingException(
                    ConectaServiceAreas.tr(
                        "The population field {} sums to zero: choose a field with population."
                    ).format(name)
                )
        return PopulationFeatures(zones, geometries, missing, polygons)


def report_null_population(null_population: dict, feedback) -> None:
    """Warn, per population field, about the features without a value (the indicator counts them as 0)."""
    for name, count in null_population.items():
        push_count(
            feedback,
            count,
            ConectaServiceAreas.tr("{0} features have no value in field {1}: counted as 0."),
            name,
        )


# --------------------------------------------------------------------------------------------- writers

INDICATOR_TABLE_COLUMNS = (
    ("scenario", QVariant.String),
    ("field", QVariant.String),
    ("served", QVariant.Double),
    ("total", QVariant.Double),
    ("indicator_pct", QVariant.Double),
)
"""The long table of SDG indicators (11.2.1, 11.7.1): one row per scenario and population field."""


def write_indicator_table(alg, parameters, context, key: str, table: pd.DataFrame, feedback=None) -> str:
    """Write ``table`` (a DataFrame with the :data:`INDICATOR_TABLE_COLUMNS`) to output ``key``; its id."""
    frame = pd.DataFrame(
        {
            "scenario": [str(v) for v in table["scenario"]],
            "field": [str(v) for v in table["field"]],
            "served": np.asarray(table["served"], dtype=float),
            "total": np.asarray(table["total"], dtype=float),
            "indicator_pct": np.asarray(table["indicator_pct"], dtype=float),
        }
    )
    return write_table(alg, parameters, key, context, feedback, frame, dict(INDICATOR_TABLE_COLUMNS))


def write_areas(alg, parameters, key: str, context, feedback, columns, rows, crs) -> str:
    """The served areas: one multipolygon feature per (geometry, attributes) of ``rows`` (None geometries
    are left out), fields ``columns`` [(name, QVariant type)]; the destination id."""
    fields = table_fields(columns)
    return write_geometries(
        alg, parameters, key, context, feedback, fields, rows, QgsWkbTypes.MultiPolygon, crs
    )
