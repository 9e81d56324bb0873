"""The working CRS: where Conecta measures distances, chosen from the data themselves.

Metric work happens in a projected CRS. A layer in a suitable projected CRS is measured in it; geographic
layers, layers without a CRS and projected CRSs that distort distances where the data are (Web Mercator) are
measured in the UTM zone of the data's real extent: the extent the layer reports, or a scan of its features
when it reports none (OGR's OSM layers), or the other inputs' extents. Never (0, 0).
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsPoint,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)

from ...core.progress import Cancelled
from ...translation import localized
from .features import unchecked
from .messages import ConectaBridge

# --------------------------------------------------------------------------------------------- declared CRS

UNDEFINED_SRS = ("Undefined geographic SRS", "Undefined Cartesian SRS")
"""What QGIS reads from a GeoPackage written without a CRS (GDAL's srs_id 0 and -1): valid to QGIS, yet
no CRS at all."""


def declares_crs(crs: QgsCoordinateReferenceSystem) -> bool:
    """True when ``crs`` is a real CRS: valid, and not a GeoPackage's undefined SRS."""
    return crs.isValid() and crs.description() not in UNDEFINED_SRS


def check_crs(source) -> None:
    """Stop with a message naming ``source`` (a feature source or a vector layer) when it has no CRS, or
    when its coordinates cannot be in the geographic CRS it declares (metres in a layer without a CRS,
    which QGIS may take for WGS 84). An optional input not given (None) passes."""
    if source is None:
        return
    crs = source.sourceCrs()
    if not declares_crs(crs):
        raise QgsProcessingException(
            ConectaBridge.tr(
                "Layer {} has no coordinate reference system (CRS): set one in its properties first."
            ).format(source.sourceName())
        )
    extent = source.sourceExtent()
    if not crs.isGeographic() or not usable_extent(extent):
        return
    lon_lat = abs(extent.xMinimum()) <= 180.5 and abs(extent.xMaximum()) <= 180.5
    if lon_lat and abs(extent.yMinimum()) <= 90.5 and abs(extent.yMaximum()) <= 90.5:
        return
    raise QgsProcessingException(
        ConectaBridge.tr(
            "The coordinates of {0} (e.g. x {1}, y {2}) are not longitudes and latitudes, yet the layer is "
            "declared in {3} ({4}): it has no CRS or a wrong one. Set its real CRS in the layer's properties."
        ).format(
            source.sourceName(),
            round(extent.center().x()),
            round(extent.center().y()),
            crs.description(),
            crs.authid(),
        )
    )


def utm_crs_for(extent_wgs84: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone CRS of the centre of an extent given in EPSG:4326."""
    lon = extent_wgs84.center().x()
    lat = extent_wgs84.center().y()
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if lat >= 0 else 32700 + zone}")


def usable_extent(rect: QgsRectangle | None) -> bool:
    """True for a real extent: not null, finite, not inverted (a single point's zero-size box is usable)."""
    if rect is None or rect.isNull():
        return False
    values = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    if not all(math.isfinite(v) for v in values):
        return False
    return rect.xMaximum() >= rect.xMinimum() and rect.yMaximum() >= rect.yMinimum()


def to_wgs84(rect: QgsRectangle, crs: QgsCoordinateReferenceSystem, context) -> QgsRectangle | None:
    """``rect`` (in ``crs``) as a longitude/latitude box in EPSG:4326, None when it cannot be transformed."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if crs == wgs84:
        return QgsRectangle(rect)
    transform = QgsCoordinateTransform(
        crs, wgs84, context.transformContext() if context else QgsProject.instance()
    )
    try:
        box = transform.transformBoundingBox(rect)
    except QgsCsException:
        return None
    return box if usable_extent(box) else None


def scanned_extent(source, feedback=None) -> QgsRectangle | None:
    """Bounding box of every geometry of ``source`` in its own CRS (one pass, no attributes); None if none.

    For layers that report no extent (OGR's OSM layers); raises :class:`Cancelled` when cancelled.
    """
    extent = None
    for n, feature in enumerate(unchecked(source, QgsFeatureRequest().setNoAttributes())):
        if feedback is not None and n % 1000 == 0 and feedback.isCanceled():
            raise Cancelled()
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        box = geometry.boundingBox()
        if extent is None:
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    return extent if usable_extent(extent) else None


def reported_extent_wgs84(source, context) -> QgsRectangle | None:
    """The extent ``source`` reports, in EPSG:4326; None when it reports none (OSM layers) or it is unusable."""
    extent = source.sourceExtent()
    if not usable_extent(extent) or not declares_crs(source.sourceCrs()):
        return None
    return to_wgs84(extent, source.sourceCrs(), context)


def native_extent(source, feedback=None) -> QgsRectangle | None:
    """The real extent of ``source`` in its own CRS: the reported one when usable, else a scan of its features."""
    extent = source.sourceExtent()
    return QgsRectangle(extent) if usable_extent(extent) else scanned_extent(source, feedback)


def extent_wgs84(source, context, feedback=None) -> QgsRectangle | None:
    """The real extent of ``source`` in EPSG:4326 (reported, else scanned); None when it has no geometry."""
    extent = native_extent(source, feedback)
    return None if extent is None else to_wgs84(extent, source.sourceCrs(), context)


def _others_extent(others, context) -> QgsRectangle | None:
    """Union of the extents the other inputs report (never scanned), in EPSG:4326."""
    union = None
    for other in others:
        box = reported_extent_wgs84(other, context) if other is not None else None
        if box is None:
            continue
        if union is None:
            union = QgsRectangle(box)
        else:
            union.combineExtentWith(box)
    return union


AREA_OF_USE_MARGIN_DEGREES = 1.0
"""Data this far beyond a CRS's area of use (EPSG's, drawn along borders and strips) are not warned about:
Buenos Aires city lies 0.1° east of the Argentina 5 strip its province's data often use; a wrongly
declared CRS puts the data hundreds of kilometres away or off the globe."""


def warn_outside_area_of_use(source, crs, box: QgsRectangle | None, feedback) -> None:
    """Warn when the data of a projected ``source`` (``box``: their lon/lat extent, None when they cannot
    be placed on the Earth) lie outside its declared CRS's area of use."""
    bounds = crs.bounds()
    if not usable_extent(bounds) or bounds.isEmpty():
        return
    if box is None:
        feedback.pushWarning(
            ConectaBridge.tr(
                "The coordinates of {0} cannot be placed on the Earth in its declared CRS {1} ({2}): if the "
                "layer's CRS is wrong, every distance is wrong. Check the CRS in the layer's properties."
            ).format(source.sourceName(), crs.description(), crs.authid())
        )
        return
    if not bounds.buffered(AREA_OF_USE_MARGIN_DEGREES).contains(box):
        feedback.pushWarning(
            localized(
                ConectaBridge.tr(
                    "{0} is declared in {1} ({2}), whose area of use (longitude {3:.2f} to {4:.2f}, latitude "
                    "{5:.2f} to {6:.2f}) does not contain the layer's data (longitude {7:.2f} to {8:.2f}, latitude "
                    "{9:.2f} to {10:.2f}): if the layer's CRS is wrong, distances are distorted. Check the CRS in "
                    "the layer's properties."
                )
            ).format(
                source.sourceName(),
                crs.description(),
                crs.authid(),
                bounds.xMinimum(),
                bounds.xMaximum(),
                bounds.yMinimum(),
                bounds.yMaximum(),
                box.xMinimum(),
                box.xMaximum(),
                box.yMinimum(),
                box.yMaximum(),
            )
        )


MAX_SCALE_ERROR = 0.005
"""A projected CRS that distorts distances by more than this at the data (Web Mercator away from
the equator: +9 % in São Paulo, +22 % in Buenos Aires) is not used for measuring: the data's UTM zone is."""


def scale_error(crs: QgsCoordinateReferenceSystem, box: QgsRectangle | None) -> float:
    """How much ``crs`` distorts distances at the centre of ``box`` (lon/lat): 0.09 for +9 %; 0 if unknown."""
    if box is None:
        return 0.0
    factors = crs.factors(QgsPoint(box.center().x(), box.center().y()))
    if not factors.isValid():
        return 0.0
    return max(abs(factors.meridionalScale() - 1.0), abs(factors.parallelScale() - 1.0))


def working_crs(source, context, feedback=None, others=()) -> QgsCoordinateReferenceSystem:
    """A metric CRS for ``source`` chosen from its data (logged).

    Its own CRS when projected in metres without distorting distances by more than
    :data:`MAX_SCALE_ERROR` at the data (with a warning when the data lie outside that CRS's area of
    use); else the UTM zone of the data's real extent: the reported one, else the extents the ``others``
    (inputs of the same run, e.g. the zones) report, else a scan of the layer's features. Never (0, 0).
    """
    check_crs(source)
    crs = source.sourceCrs()
    if not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters:
        extent = native_extent(source, feedback)
        box = None if extent is None else to_wgs84(extent, crs, context)
        if feedback is not None and extent is not None:
            warn_outside_area_of_use(source, crs, box, feedback)
        error = scale_error(crs, box)
        if error <= MAX_SCALE_ERROR:
            return crs
        target = utm_crs_for(box)
        if feedback is not None:
            feedback.pushInfo(
                localized(
                    ConectaBridge.tr(
                        "{0} is in {1} ({2}), which distorts distances by {3:.1f} % where its data are; distances "
                        "are computed in {4} ({5})."
                    )
                ).format(
                    source.sourceName(),
                    crs.description(),
                    crs.authid(),
                    100.0 * error,
                    target.description(),
                    target.authid(),
                )
            )
        return target
    extent = reported_extent_wgs84(source, context)
    if extent is None:
        extent = _others_extent(others, context)
    if extent is None:
        extent = extent_wgs84(source, context, feedback)
    if extent is None:
        raise QgsProcessingException(
            ConectaBridge.tr(
                "Layer {} has no extent and no feature with a geometry, so no metric CRS can be chosen "
                "for it: check that the layer (and its filter) holds features."
            ).format(source.sourceName())
        )
    target = utm_crs_for(extent)
    if feedback is not None:
        if crs.isGeographic():
            message = ConectaBridge.tr(
                "{0} is in geographic coordinates ({1}); distances are computed in {2} ({3})."
            )
        else:
            message = ConectaBridge.tr(
                "{0} is in a CRS whose units are not metres ({1}); distances are computed in {2} ({3})."
            )
        feedback.pushInfo(
            message.format(source.sourceName(), crs.authid(), target.description(), target.authid())
        )
    return target


def has_features(source) -> bool:
    """True when ``source`` holds a feature; found by reading one when the count is unknown (-1, OSM)."""
    count = source.featureCount()
    if count >= 0:
        return count > 0
    request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.NoGeometry).setLimit(1)
    return any(True for _ in unchecked(source, request))


def request_in(source, crs, context, attributes: list | None = None) -> QgsFeatureRequest:
    """A feature request that reprojects ``source`` into ``crs`` (after :func:`check_crs`: a layer without a CRS
    is refused rather than read as WGS 84) and fetches only ``attributes`` (all when None)."""
    check_crs(source)
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, context.transformContext())
    if attributes is not None:
        request.setSubsetOfAttributes(list(attributes), source.fields())
    return request
