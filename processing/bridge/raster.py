"""Rasters and zones: zone polygons as rings for exact pixel coverage, raster file paths, NULL for NaN."""

from __future__ import annotations

import struct

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from .geometry import wkb_parts


class _Ring:
    """A ring with ``coords`` (n × 2 array), as core.zonal reads shapely rings."""

    __slots__ = ("coords",)

    def __init__(self, coords: np.ndarray) -> None:
        self.coords = coords


class _Polygon:
    """A polygon with the attributes core.zonal reads from shapely (no shapely needed in QGIS)."""

    geom_type = "Polygon"
    is_empty = False

    def __init__(self, rings: list) -> None:
        self.exterior = _Ring(rings[0])
        self.interiors = [_Ring(r) for r in rings[1:]]


class _MultiPolygon:
    """Several polygons, as core.zonal reads a shapely MultiPolygon."""

    geom_type = "MultiPolygon"
    is_empty = False

    def __init__(self, polygons: list) -> None:
        self.geoms = polygons


def _wkb_polygons(data: bytes) -> list:
    """Rings (vertex arrays, Z/M dropped) of every polygon of a (Multi)Polygon WKB with an exterior ring."""
    return [rings for rings in wkb_parts(data, 3) if rings and len(rings[0]) >= 4]


def zonal_geometry(geometry: QgsGeometry | None, transform: QgsCoordinateTransform | None = None):
    """A polygon geometry as core.zonal takes it (None when missing, empty, not polygonal or unprojectable)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
        return None
    geometry = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    if transform is not None:
        try:
            geometry.transform(transform)
        except QgsCsException:
            return None
    if not geometry.isGeosValid():  # a self-intersecting ring would count its lobes with opposite signs
        geometry = geometry.makeValid()
        if geometry.isNull() or geometry.isEmpty():
            return None
    try:
        polygons = _wkb_polygons(bytes(geometry.asWkb()))
    except (ValueError, struct.error):
        return None
    polygons = [p for p in polygons if all(np.isfinite(r).all() for r in p)]
    if not polygons:
        return None
    if len(polygons) == 1:
        return _Polygon(polygons[0])
    return _MultiPolygon([_Polygon(p) for p in polygons])


def raster_path(layer) -> str:
    """The file behind a raster layer that rasterio can open, or a translated error (Processing has already
    refused a layer it could not load)."""
    if layer.providerType() != "gdal":
        # pylupdate5 skips translate() calls that end with a trailing comma: keep the formatter away
        # fmt: off
        message = QCoreApplication.translate(
            "ConectaZonal",
            "The raster layer {0} is not a file (provider {1}): save it as a GeoTIFF first "
            "(Raster ▸ Conversion ▸ Translate)."
        ).format(layer.name(), layer.providerType())
        # fmt: on
        raise QgsProcessingException(message)
    return layer.source().split("|")[0]


def raster_file(layer) -> str:
    """:func:`raster_path` of a raster that declares a CRS (zones and pixels are matched and pixel areas
    measured in it), or a translated error naming the layer."""
    path = raster_path(layer)
    if not layer.crs().isValid():
        raise QgsProcessingException(
            QCoreApplication.translate(
                "ConectaZonal", "The raster {} has no coordinate reference system (CRS): set one in its properties first."
            ).format(layer.name())
        )  # fmt: skip
    return path


def zone_rings(zones, raster_crs, context, feedback=None) -> list:
    """The polygons of ``zones`` (a :class:`readers.Zones`) as core.zonal takes them, in ``raster_crs``;
    polygons left invalid by the *do not filter* setting are repaired for the computation and counted (the
    zones themselves are not changed)."""
    from .features import GeometryLog

    transform = None
    source_crs = zones.source.sourceCrs()
    if raster_crs.isValid() and source_crs.isValid() and raster_crs != source_crs:
        transform = QgsCoordinateTransform(source_crs, raster_crs, context.transformContext())
    log = GeometryLog(zones.name)
    rings = []
    for feature in zones.features:
        geometry = feature.geometry()
        if geometry is not None and not geometry.isNull() and not geometry.isGeosValid():
            log.repaired.append(feature.id())
        rings.append(zonal_geometry(geometry, transform))
    log.report(feedback)
    return rings


def pixel_row_areas(path: str, crs, context) -> np.ndarray:
    """Area in m² of the pixels of each row of a raster in ``crs`` (measured on the ellipsoid when it is
    geographic, so pixels shrink towards the poles)."""
    import rasterio
    from qgis.core import QgsDistanceArea, QgsPointXY, QgsUnitTypes

    with rasterio.open(path) as dataset:
        t, height = dataset.transform, dataset.height
    if not crs.isGeographic():
        factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters) ** 2
        return np.full(height, abs(t.a * t.e - t.b * t.d) * factor)
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, context.transformContext())
    measure.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
    areas = np.empty(height)
    for row in range(height):
        corners = [t * (0, row), t * (1, row), t * (1, row + 1), t * (0, row + 1)]
        ring = [QgsPointXY(x, y) for x, y in corners]
        areas[row] = measure.measureArea(QgsGeometry.fromPolygonXY([ring + ring[:1]]))
    return areas
