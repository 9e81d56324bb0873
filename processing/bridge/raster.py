"""Rasters and zones: zone polygons as rings for exact pixel coverage, raster file paths, NULL for NaN."""

from __future__ import annotations

import math
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
    """Rings (vertex arrays, Z/M dropped) of every polygon of a (Multi)Polygon WKB."""
    polygons: list = []

    def read(offset: int) -> int:
        order = "<" if data[offset] == 1 else ">"
        kind = struct.unpack_from(order + "I", data, offset + 1)[0]
        offset += 5
        dims = 2
        if kind & 0x80000000:  # 2.5D flag
            kind &= 0x7FFFFFFF
            dims = 3
        flat = kind % 1000
        dims += {1: 1, 2: 1, 3: 2}.get(kind // 1000, 0)
        if flat == 3:
            (n_rings,) = struct.unpack_from(order + "I", data, offset)
            offset += 4
            rings = []
            for _ in range(n_rings):
                (count,) = struct.unpack_from(order + "I", data, offset)
                offset += 4
                values = np.frombuffer(
                    data, dtype=np.dtype("f8").newbyteorder(order), count=count * dims, offset=offset
                )
                rings.append(values.reshape(count, dims)[:, :2].astype(np.float64))
                offset += 8 * count * dims
            if rings and len(rings[0]) >= 4:
                polygons.append(rings)
            return offset
        if flat in (6, 7):
            (count,) = struct.unpack_from(order + "I", data, offset)
            offset += 4
            for _ in range(count):
                offset = read(offset)
            return offset
        raise ValueError(f"not a polygon WKB type: {kind}")

    read(0)
    return polygons


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


def raster_path(layer, name: str) -> str:
    """The file behind a raster layer that rasterio can open, or a translated error."""
    if layer is None:
        raise QgsProcessingException(
            QCoreApplication.translate("ConectaZonal", "The raster layer {} cannot be read.").format(name)
        )
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


def first_ids(ids: list, limit: int = 10) -> str:
    """A short list of ids for a log line ("1, 4, 9, …")."""
    text = ", ".join(str(i) for i in ids[:limit])
    return text + (", …" if len(ids) > limit else "")


def nan_to_null(value: float):
    """A float for an attribute, None (NULL) for NaN."""
    value = float(value)
    return None if math.isnan(value) else value
