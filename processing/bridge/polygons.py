"""Polygon layers read to measure areas (open spaces, city boundaries, built-up areas): valid polygons in a
working CRS, read once through the bridge's feature loop.

Invalid polygons follow the context's setting: *stop* with QGIS's own message, *skip* and count, or, under
*do not filter*, repaired (``makeValid``) and counted, since an area cannot be measured on a
self-intersecting polygon. Features without geometry are counted for the caller to report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsFeatureRequest, QgsWkbTypes

from .crs import request_in
from .features import GeometryLog, features, source_name
from .numbers import clean


@dataclass
class PolygonData:
    """The polygons of a layer in the working CRS (features without geometry left out), one attribute of
    each when asked, and what was left out."""

    geometries: list
    values: list = field(default_factory=list)
    no_geometry: int = 0
    not_polygon: int = 0
    log: GeometryLog | None = None

    @property
    def read(self) -> int:
        """Features read (with or without geometry)."""
        return len(self.geometries) + self.no_geometry + self.not_polygon


def read_polygons(source, crs, context, feedback=None, attribute: str | None = None) -> PolygonData:
    """Every polygon of ``source`` in ``crs`` (see the module docstring), with ``attribute``'s value."""
    wanted = [attribute] if attribute else []
    request = request_in(source, crs, context, wanted) if crs is not None else QgsFeatureRequest()
    log = GeometryLog(source_name(source))
    out = PolygonData([], log=log)
    for feature in features(source, context, feedback, request, repair=True, log=log):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            out.no_geometry += 1
            continue
        if geometry.type() != QgsWkbTypes.PolygonGeometry:  # a repair may give a collection
            geometry = geometry.convertToType(QgsWkbTypes.PolygonGeometry, True)
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                out.not_polygon += 1
                continue
        out.geometries.append(geometry)
        if attribute:
            out.values.append(clean(feature[attribute]))
    log.report(feedback)
    return out
