"""Geometry helpers shared by the algorithms that turn reached network pieces into areas."""

from __future__ import annotations

import struct

import numpy as np
from qgis.core import QgsGeometry


def multiline_wkb(lines: list[np.ndarray]) -> bytes:
    """ISO WKB of a MultiLineString from (k, 2) vertex arrays (fast path for many pieces)."""
    parts = [struct.pack("<BII", 1, 5, len(lines))]
    for line in lines:
        parts.append(struct.pack("<BII", 1, 2, len(line)))
        parts.append(np.ascontiguousarray(line, dtype="<f8").tobytes())
    return b"".join(parts)


def buffered_union(pieces: list, buffer_m: float) -> QgsGeometry | None:
    """Buffer every polyline on its own and dissolve them (GEOS cascaded union: far faster than one buffer)."""
    buffers = []
    for piece in pieces:
        line = QgsGeometry()
        line.fromWkb(multiline_wkb([piece]))
        buffers.append(line.buffer(buffer_m, 4))
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
