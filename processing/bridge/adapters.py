"""The only place where QGIS layers and files become numpy/pandas data for core/, and back.

Every reader loops over features once, reprojects on the fly into the working CRS and reports bad
features (NULL or empty geometry, NULL ids) as counts instead of failing.
"""

from __future__ import annotations

import csv
import math
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ...core.progress import Cancelled
from ...translation import localized

NUMERIC_TYPES = {QVariant.Int, QVariant.UInt, QVariant.LongLong, QVariant.ULongLong, QVariant.Double}


class ConectaAdapters:
    """Translation context of this module's messages (pylupdate5 reads ``ConectaAdapters.tr("...")``)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ConectaAdapters", text)


def clean(value):
    """A QGIS attribute value with QGIS's NULL turned into None."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


# ---------------------------------------------------------------- CRS


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


def unchecked_features(source, request: QgsFeatureRequest):
    """Features of a layer or Processing source without its invalid-geometry check (for bounding boxes, counts)."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def scanned_extent(source, feedback=None) -> QgsRectangle | None:
    """Bounding box of every geometry of ``source`` in its own CRS (one pass, no attributes); None if none.

    For layers that report no extent (OGR's OSM layers); raises :class:`Cancelled` when cancelled.
    """
    extent = None
    for n, feature in enumerate(unchecked_features(source, QgsFeatureRequest().setNoAttributes())):
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
    if not usable_extent(extent) or not source.sourceCrs().isValid():
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
            ConectaAdapters.tr(
                "The coordinates of {0} cannot be placed on the Earth in its declared CRS {1} ({2}): if the "
                "layer's CRS is wrong, every distance is wrong. Check the CRS in the layer's properties."
            ).format(source.sourceName(), crs.description(), crs.authid())
        )
        return
    if not bounds.buffered(AREA_OF_USE_MARGIN_DEGREES).contains(box):
        feedback.pushWarning(
            localized(
                ConectaAdapters.tr(
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
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(
            ConectaAdapters.tr(
                "Layer {} has no coordinate reference system (CRS): set one in its properties first."
            ).format(source.sourceName())
        )
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
                    ConectaAdapters.tr(
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
            ConectaAdapters.tr(
                "Layer {} has no extent and no feature with a geometry, so no metric CRS can be chosen "
                "for it: check that the layer (and its filter) holds features."
            ).format(source.sourceName())
        )
    target = utm_crs_for(extent)
    if feedback is not None:
        if crs.isGeographic():
            message = ConectaAdapters.tr(
                "{0} is in geographic coordinates ({1}); distances are computed in {2} ({3})."
            )
        else:
            message = ConectaAdapters.tr(
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
    return any(True for _ in unchecked_features(source, request))


class FeatureProgress:
    """Progress of one loop over a layer: ``start``..``end`` by features read, never past ``end``.

    Layers whose count is unknown (-1: OGR's OSM layers) move no bar; cancellation is still checked.
    """

    def __init__(self, feedback, source, start: float = 0.0, end: float = 100.0, every: int = 5000) -> None:
        self.feedback = feedback
        self.total = max(source.featureCount(), 0)
        self.start, self.end, self.every = start, end, every

    def __call__(self, n: int) -> bool:
        """Report feature ``n`` read; False when the run was cancelled."""
        if self.feedback is None or n % self.every:
            return True
        if self.feedback.isCanceled():
            return False
        if self.total:
            self.feedback.setProgress(self.start + (self.end - self.start) * min(n / self.total, 1.0))
        return True


def request_in(
    crs, context, attributes: list[str] | None = None, fields: QgsFields | None = None
) -> QgsFeatureRequest:
    """A feature request that reprojects into ``crs`` and fetches only ``attributes``."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, context.transformContext())
    if attributes is not None and fields is not None:
        request.setSubsetOfAttributes(attributes, fields)
    return request


# ---------------------------------------------------------------- geometry


def wkb_lines(data: bytes) -> list[np.ndarray]:
    """Vertex arrays of every part of a (Multi)LineString WKB, Z/M dropped."""
    parts: list[np.ndarray] = []
    offset = 0

    def read(offset: int) -> int:
        order = "<" if data[offset] == 1 else ">"
        kind = struct.unpack_from(order + "I", data, offset + 1)[0]
        offset += 5
        flat = kind % 1000
        dims = 2 + (1 if (kind // 1000) in (1, 2) else 2 if (kind // 1000) == 3 else 0)
        if flat == 2:
            (count,) = struct.unpack_from(order + "I", data, offset)
            offset += 4
            values = np.frombuffer(
                data, dtype=np.dtype("f8").newbyteorder(order), count=count * dims, offset=offset
            )
            parts.append(values.reshape(count, dims)[:, :2].astype(np.float64))
            return offset + 8 * count * dims
        if flat == 5:
            (count,) = struct.unpack_from(order + "I", data, offset)
            offset += 4
            for _ in range(count):
                offset = read(offset)
            return offset
        raise ValueError(f"unsupported WKB type {kind}")

    read(offset)
    return parts


@dataclass
class LineData:
    """Line parts in the working CRS with the attributes asked for, one row per part."""

    parts: list[np.ndarray]
    feature_index: np.ndarray
    attributes: dict[str, list]
    feature_ids: list[int]
    n_features: int = 0
    skipped_empty: int = 0


def read_lines(source, crs, context, attributes: list[str], feedback=None) -> LineData:
    """Read every line of ``source`` (multi-part and curved lines included) into vertex arrays."""
    fields = source.fields()
    present = [name for name in attributes if name and fields.lookupField(name) >= 0]
    request = request_in(crs, context, present, fields)
    parts: list[np.ndarray] = []
    index: list[int] = []
    values: dict[str, list] = {name: [] for name in present}
    feature_ids: list[int] = []
    skipped = 0
    progress = FeatureProgress(feedback, source)
    for n, feature in enumerate(source.getFeatures(request)):
        if not progress(n):
            break
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            geometry = QgsGeometry(geometry.constGet().segmentize())
        if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.LineGeometry:
            skipped += 1
            continue
        row = len(feature_ids)
        feature_ids.append(feature.id())
        for name in present:
            values[name].append(clean(feature[name]))
        for part in wkb_lines(bytes(geometry.asWkb())):
            if len(part) >= 2:
                parts.append(part)
                index.append(row)
    return LineData(parts, np.asarray(index, dtype=np.int64), values, feature_ids, len(feature_ids), skipped)


@dataclass
class PointData:
    """Points (or polygon points-on-surface) in the working CRS, with their ids."""

    xy: np.ndarray
    ids: list
    skipped_geometry: int = 0
    skipped_null_id: int = 0
    duplicates: list = field(default_factory=list)
    attributes: dict[str, list] = field(default_factory=dict)


def read_points(
    source, crs, context, id_field: str | None, attributes: list[str] = (), feedback=None
) -> PointData:
    """Points of ``source``: point geometry, or a point on the surface of polygons/lines; ids from ``id_field``."""
    fields = source.fields()
    wanted = [name for name in [id_field, *attributes] if name]
    request = request_in(crs, context, wanted, fields)
    xy: list[tuple[float, float]] = []
    ids: list = []
    attrs: dict[str, list] = {name: [] for name in attributes}
    skipped_geometry = skipped_id = 0
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped_geometry += 1
            continue
        if (
            QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.PointGeometry
            and not geometry.isMultipart()
        ):
            point = geometry.asPoint()
        else:
            surface = geometry.pointOnSurface()
            if surface.isNull():
                geometry = geometry.makeValid()
                surface = geometry.pointOnSurface()
            if surface.isNull():
                skipped_geometry += 1
                continue
            point = surface.asPoint()
        identifier = feature[id_field] if id_field else feature.id()
        identifier = clean(identifier)
        if identifier is None:
            skipped_id += 1
            continue
        xy.append((point.x(), point.y()))
        ids.append(identifier)
        for name in attributes:
            attrs[name].append(clean(feature[name]))
    seen: set = set()
    duplicates = sorted({i for i in ids if i in seen or seen.add(i)}, key=str)
    array = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    return PointData(array, ids, skipped_geometry, skipped_id, duplicates, attrs)


# ---------------------------------------------------------------- fields


def text_numbers(source, name: str) -> bool:
    """False for a numeric field of ``source``, True for a text field (whose values must be read as numbers);
    stops with a translated message naming ``name`` when it is missing or of another type."""
    index = source.fields().lookupField(name)
    if index < 0:
        raise QgsProcessingException(ConectaAdapters.tr("Field {} does not exist in the layer.").format(name))
    kind = source.fields().at(index).type()
    if kind not in NUMERIC_TYPES and kind != QVariant.String:
        raise QgsProcessingException(
            ConectaAdapters.tr("Field {0} is of type {1}: a numeric field is needed.").format(
                name, source.fields().at(index).typeName()
            )
        )
    return kind == QVariant.String


def check_numeric(source, name: str) -> None:
    """Stop with a translated message naming ``name`` unless it holds numbers: a numeric field, or a text
    field (as OGR reads every CSV column) whose values are all numbers or NULL."""
    if text_numbers(source, name):
        index = source.fields().lookupField(name)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([index])
        read_numbers([clean(f.attributes()[index]) for f in source.getFeatures(request)]).checked(name)


def numeric_columns(source, frame, names: list[str]) -> None:
    """Turn the columns ``names`` of ``frame`` (read from ``source``) into float64, checked as
    :func:`check_numeric` does without reading the layer again."""
    for name in dict.fromkeys(names):
        text_numbers(source, name)
        frame[name] = read_numbers(frame[name]).checked(name)


def to_float(values: list) -> tuple[np.ndarray, int]:
    """Numbers (numeric text included, see :func:`read_numbers`) as float64 with NaN for NULL or text;
    also the count of such values."""
    numbers = read_numbers(values)
    return numbers.values, int(np.isnan(numbers.values).sum())


# ---------------------------------------------------------------- numbers read from layers

MISSING_TEXT = frozenset({"", "na", "n/a", "nan", "null", "none"})
"""Text read as NULL (empty CSV fields, R's NA, pandas' nan)."""
PLAIN = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
TWO_WAYS = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")
DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")
GROUPED_COMMAS = re.compile(r"[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
GROUPED_DOTS = re.compile(r"[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
GROUPED_SPACES = re.compile(r"[+-]?[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?")


@dataclass
class Numbers:
    """A column typed by :func:`read_numbers`: float64 values (NaN for NULL and for what is not a number)."""

    values: np.ndarray
    bad: list = field(default_factory=list)
    ambiguous: list = field(default_factory=list)

    def checked(self, name: str) -> np.ndarray:
        """The values, or a translated message naming field ``name`` and its first value that is no number."""
        if self.bad:
            raise QgsProcessingException(
                ConectaAdapters.tr(
                    "Field {0} holds text that is not a number, e.g. '{1}': choose a numeric field or correct "
                    "the table (numbers such as 1234.5, 1,234.5, 1234,5 or 1.234,5 are read)."
                ).format(name, self.bad[0])
            )
        if self.ambiguous:
            raise QgsProcessingException(
                ConectaAdapters.tr(
                    "Field {0} holds '{1}', which reads as a decimal number or as one with a thousands "
                    "separator, and no other value of the field shows which: write its numbers without "
                    "thousands separators."
                ).format(name, self.ambiguous[0])
            )
        return self.values


def _read_text(text: str):
    """(evidence, value with a decimal point, value with a decimal comma) of one numeric text, else None.

    The evidence is "." or "," when the text shows its decimal separator, "" when it does not matter and
    "?" when it reads two ways ("1,234", "1.234").
    """
    if TWO_WAYS.fullmatch(text):
        digits = text.replace(",", "").replace(".", "")
        as_decimal = float(text.replace(",", "."))
        if "." in text:
            return "?", as_decimal, float(digits)
        return "?", float(digits), as_decimal
    if PLAIN.fullmatch(text):
        value = float(text)
        return ("." if "." in text else ""), value, value
    if DECIMAL_COMMA.fullmatch(text):
        value = float(text.replace(",", "."))
        return ",", value, value
    if GROUPED_COMMAS.fullmatch(text):
        value = float(text.replace(",", ""))
        return ".", value, value
    if GROUPED_DOTS.fullmatch(text):
        value = float(text.replace(".", "").replace(",", "."))
        return ",", value, value
    if GROUPED_SPACES.fullmatch(text):
        value = float(re.sub(r"[ \u00a0\u202f]", "", text).replace(",", "."))
        return "", value, value
    return None


def read_numbers(values) -> Numbers:
    """Type a column of values read from a layer: numbers, numeric text and NULL.

    Text is stripped; empty text, NA, NaN and NULL are NULL. A column's decimal separator is the one its
    values show: a point in "69.6", "1,234.5" or "1,234,567", a comma in "69,6", "0,472", "1.234,5" or
    "1.234.567" (spaces as thousands separators, "21 798", are read in either). A value that reads two ways
    ("1,234", "1.234") follows the column; where nothing shows it, "1.234" is read with a decimal point,
    as CSV files write numbers, and "1,234" is ambiguous. Booleans, dates and other text are not numbers.
    """
    import pandas as pd

    if getattr(values, "dtype", None) is not None and values.dtype.kind in "iuf":
        return Numbers(np.asarray(values, dtype=np.float64))
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    codes, uniques = pd.factorize(array)
    readings = []
    for value in uniques:
        if isinstance(value, (bool, np.bool_)):
            readings.append(None)
        elif isinstance(value, (int, float, np.number)):
            readings.append(("", float(value), float(value)))
        elif isinstance(value, str):
            text = value.strip()
            readings.append(("", math.nan, math.nan) if text.lower() in MISSING_TEXT else _read_text(text))
        else:
            readings.append(None)
    shown = {r[0] for r in readings if r is not None}
    comma = "," in shown and "." not in shown
    typed = np.full(len(uniques) + 1, np.nan)
    bad, ambiguous = [], []
    for i, (value, reading) in enumerate(zip(uniques, readings)):
        if reading is None:
            bad.append(value)
        elif reading[0] == "?" and ("," in value and not shown & {",", "."} or shown >= {",", "."}):
            ambiguous.append(value)
        else:
            typed[i] = reading[2] if comma else reading[1]
    return Numbers(typed[codes], bad, ambiguous)


# ---------------------------------------------------------------- long tables


def table_fields(columns: list[tuple[str, QVariant.Type]]) -> QgsFields:
    """QgsFields for a plain table."""
    fields = QgsFields()
    for name, kind in columns:
        fields.append(QgsField(name, kind))
    return fields


def id_variant(ids: list) -> QVariant.Type:
    """Field type that keeps ids as they are (integers stay integers, else text)."""
    if ids and all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return QVariant.LongLong
    return QVariant.String


def write_csv(path: Path, header: list[str], columns: list, feedback=None, chunk: int = 1_000_000) -> int:
    """Write columns (equal-length sequences/arrays) as CSV to a temporary file renamed on success."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    n = len(columns[0]) if columns else 0
    with open(tmp, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for start in range(0, n, chunk):
            if feedback is not None and feedback.isCanceled():
                handle.close()
                tmp.unlink(missing_ok=True)
                return 0
            rows = zip(*(column[start : start + chunk] for column in columns))
            writer.writerows(rows)
    tmp.replace(path)
    return n


def add_rows(sink, fields: QgsFields, columns: list, feedback=None) -> int:
    """Append plain rows (no geometry) to a feature sink; returns rows written."""
    from qgis.core import QgsFeature

    n = len(columns[0]) if columns else 0
    batch: list = []
    for i in range(n):
        feature = QgsFeature(fields)
        feature.setAttributes([c[i].item() if hasattr(c[i], "item") else c[i] for c in columns])
        batch.append(feature)
        if len(batch) == 50000:
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
            batch = []
            if feedback is not None and feedback.isCanceled():
                return i
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)
    return n


# ---------------------------------------------------------------- long matrices (from_id, to_id, cost)

MATRIX_FILE_SUFFIXES = (".csv", ".csv.gz", ".txt", ".parquet", ".pq")


def matrix_file(parameters: dict, name: str) -> Path | None:
    """The file behind a matrix parameter when it is a CSV/Parquet path (read directly, in chunks)."""
    value = parameters.get(name)
    if isinstance(value, str):
        path = Path(value.split("|")[0])
        if path.suffix.lower() in (".gz", ".csv", ".txt", ".parquet", ".pq") and path.exists():
            return path
    return None


def distinct_fields(columns: list[str]) -> None:
    """Refuse a long table whose origin, destination and value fields are not three different fields."""
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    if repeated:
        raise QgsProcessingException(
            ConectaAdapters.tr(
                "The field {} was chosen for two different columns of the table (origin, destination, value): "
                "choose one field for each."
            ).format(", ".join(repeated))
        )


def read_matrix_file(path: Path, columns: list[str], chunksize: int | None = None):
    """A CSV(.gz) or Parquet long matrix as a DataFrame (or an iterator of DataFrames when chunked)."""
    import pandas as pd

    distinct_fields(columns)

    if path.suffix.lower() in (".parquet", ".pq"):
        from .deps import require

        require("pyarrow")
        frame = pd.read_parquet(path, columns=columns)
        if chunksize is None:
            return frame
        return (frame.iloc[start : start + chunksize] for start in range(0, len(frame), chunksize))
    header = pd.read_csv(path, nrows=0).columns
    missing = [c for c in columns if c not in header]
    if missing:
        raise QgsProcessingException(
            ConectaAdapters.tr("The matrix file {0} has no column {1}; its columns are: {2}.").format(
                path.name, ", ".join(missing), ", ".join(header)
            )
        )
    return pd.read_csv(path, usecols=columns, chunksize=chunksize, low_memory=False)


def read_matrix_source(source, columns: list[str], feedback=None):
    """A long matrix from a table layer (one loop over its rows) as a DataFrame."""
    import pandas as pd

    distinct_fields(columns)
    fields = source.fields()
    missing = [c for c in columns if fields.lookupField(c) < 0]
    if missing:
        raise QgsProcessingException(
            ConectaAdapters.tr("The matrix table has no field {0}; its fields are: {1}.").format(
                ", ".join(missing), ", ".join(fields.names())
            )
        )
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(columns, fields)
    indexes = [fields.lookupField(c) for c in columns]
    rows = []
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and n % 100000 == 0 and feedback.isCanceled():
            break
        attributes = feature.attributes()
        rows.append([clean(attributes[i]) for i in indexes])
    return pd.DataFrame(rows, columns=columns)
