"""Geometry helpers shared by the algorithms that turn reached network pieces into areas."""

from __future__ import annotations

import struct

import numpy as np
from qgis.core import QgsGeometry

from ...core.progress import Cancelled

BUFFER_SEGMENTS = 4
"""Segments per quarter circle of the buffers (QGIS's own default is 8; 4 keeps city-wide areas light)."""
CANCEL_EVERY = 500
"""Pieces buffered between two checks for a cancel."""


def multiline_wkb(lines: list[np.ndarray]) -> bytes:
    """ISO WKB of a MultiLineString from (k, 2) vertex arrays (fast path for many pieces)."""
    parts = [struct.pack("<BII", 1, 5, len(lines))]
    for line in lines:
        parts.append(struct.pack("<BII", 1, 2, len(line)))
        parts.append(np.ascontiguousarray(line, dtype="<f8").tobytes())
    return b"".join(parts)


def wkb_header(data: bytes, offset: int) -> tuple:
    """The header of the WKB geometry at ``offset``: (struct byte order, type, flat type 1–7, coordinates per
    vertex, offset of its body). ISO Z/M types (1000s) and the EWKB 2.5D flag are read."""
    order = "<" if data[offset] == 1 else ">"
    kind = struct.unpack_from(order + "I", data, offset + 1)[0]
    dims = 2
    if kind & 0x80000000:  # 2.5D flag
        kind &= 0x7FFFFFFF
        dims = 3
    dims += {1: 1, 2: 1, 3: 2}.get(kind // 1000, 0)
    return order, kind, kind % 1000, dims, offset + 5


def wkb_count(data: bytes, offset: int, order: str) -> tuple:
    """(the count of parts, rings or vertices at ``offset``, the offset after it)."""
    return struct.unpack_from(order + "I", data, offset)[0], offset + 4


def wkb_vertices(data: bytes, offset: int, order: str, dims: int) -> tuple:
    """(the vertex sequence at ``offset`` as an (n, 2) array, Z/M dropped; the offset after it)."""
    count, offset = wkb_count(data, offset, order)
    values = np.frombuffer(data, dtype=np.dtype("f8").newbyteorder(order), count=count * dims, offset=offset)
    return values.reshape(count, dims)[:, :2].astype(np.float64), offset + 8 * count * dims


def wkb_parts(data: bytes, flat_type: int) -> list:
    """Every part of type ``flat_type`` (2: line, as a vertex array; 3: polygon, as a list of ring vertex
    arrays) in a WKB geometry, multi-types and collections walked; Z/M dropped. Raises ``ValueError`` on a
    part of another type."""
    parts: list = []

    def read(offset: int) -> int:
        order, kind, flat, dims, offset = wkb_header(data, offset)
        if flat == flat_type == 2:
            part, offset = wkb_vertices(data, offset, order, dims)
            parts.append(part)
        elif flat == flat_type == 3:
            n_rings, offset = wkb_count(data, offset, order)
            rings = []
            for _ in range(n_rings):
                ring, offset = wkb_vertices(data, offset, order, dims)
                rings.append(ring)
            parts.append(rings)
        elif flat in (flat_type + 3, 7):
            count, offset = wkb_count(data, offset, order)
            for _ in range(count):
                offset = read(offset)
        else:
            raise ValueError(f"unsupported WKB type {kind}")
        return offset

    read(0)
    return parts


def transform_xy(xy: np.ndarray, source_crs, destination_crs, context) -> np.ndarray:
    """(n, 2) coordinates from ``source_crs`` to ``destination_crs``, transformed by QGIS in one call (one
    line geometry through its WKB, so no Python loop over the points)."""
    from qgis.core import QgsCoordinateTransform

    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(xy) == 0 or source_crs == destination_crs:
        return xy.copy()
    if len(xy) == 1:
        xy = np.r_[xy, xy]
        return transform_xy(xy, source_crs, destination_crs, context)[:1]
    geometry = QgsGeometry()
    geometry.fromWkb(struct.pack("<BII", 1, 2, len(xy)) + np.ascontiguousarray(xy, dtype="<f8").tobytes())
    geometry.transform(QgsCoordinateTransform(source_crs, destination_crs, context.transformContext()))
    data = bytes(geometry.asWkb())
    return np.frombuffer(data, dtype="<f8", count=2 * len(xy), offset=9).reshape(-1, 2).copy()


def buffered_union(pieces: list, buffer_m: float, feedback=None) -> QgsGeometry | None:
    """Buffer every polyline on its own and dissolve them (GEOS cascaded union: far faster than one buffer).

    With ``feedback``, a cancelled run raises :class:`Cancelled` between pieces."""
    buffers = []
    for n, piece in enumerate(pieces):
        if feedback is not None and n % CANCEL_EVERY == 0 and feedback.isCanceled():
            raise Cancelled()
        line = QgsGeometry()
        line.fromWkb(multiline_wkb([piece]))
        buffers.append(line.buffer(buffer_m, BUFFER_SEGMENTS))
    return union(buffers)


def union(geometries: list) -> QgsGeometry | None:
    """Union of the non-empty geometries (None when there is none)."""
    present = [g for g in geometries if g is not None and not g.isEmpty()]
    if not present:
        return None
    if len(present) == 1:
        return QgsGeometry(present[0])
    merged = QgsGeometry.unaryUnion(present)
    merged.convertToMultiType()
    return merged
