"""Readers: QGIS layers and table files become numpy/pandas data for ``core/``, each in one loop.

- :func:`read_zones`: a zone (or any feature) layer, an id field and numeric fields → a DataFrame indexed by
  zone id (NULL and numeric text handled, duplicate ids refused) plus the features, kept for writing.
- :func:`read_attributes`: fields of any layer or table, as they are (NULL → None).
- :func:`read_long_table` / :func:`long_table_chunks`: a long table (OD pairs, travel-time matrices) from a
  table layer, or straight from a CSV, CSV.gz or Parquet file (in chunks for huge files).
- :func:`read_lines` / :func:`read_points`: vertex arrays and points in the working CRS.

Every loop goes through :func:`features.features`, so invalid geometries follow the context's setting and
cancelling stops the read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from .crs import request_in
from .features import GeometryLog, features, source_name
from .geometry import wkb_parts
from .messages import ConectaBridge, show_ids
from .numbers import clean, read_numbers, text_numbers

# --------------------------------------------------------------------------------------------- sources


def source_of(alg, parameters, key: str, context):
    """The feature source of parameter ``key``; QGIS's own message when it cannot be read."""
    source = alg.parameterAsSource(parameters, key, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, key))
    return source


def require_fields(source, names, what: str = "") -> None:
    """Stop with a message naming the fields of ``names`` that ``source`` lacks, and the ones it has."""
    fields = source.fields()
    missing = [name for name in dict.fromkeys(names) if name and fields.lookupField(name) < 0]
    if missing:
        raise QgsProcessingException(
            ConectaBridge.tr("{0} has no field {1}; its fields are: {2}.").format(
                what or source_name(source), ", ".join(missing), ", ".join(fields.names())
            )
        )


def has_no_features(source, context) -> bool:
    """True when ``source`` holds no feature (read one when its count is unknown, as for OSM layers)."""
    count = source.featureCount()
    if count >= 0:
        return count == 0
    request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.NoGeometry).setLimit(1)
    return not any(True for _ in features(source, context, request=request))


# --------------------------------------------------------------------------------------------- zones


@dataclass
class Zones:
    """A layer read once: its features (kept to write the output), an id per feature and numeric columns.

    ``frame`` is indexed by the ids of the features that have one (unique), in layer order, with one float
    column per numeric field (NaN for NULL) and one column per other field asked for, as read (NULL → None);
    ``ids`` holds every feature's id, None where it is NULL.
    """

    source: object
    id_field: str
    features: list
    ids: list
    frame: pd.DataFrame
    geometry_log: GeometryLog

    @property
    def name(self) -> str:
        """The layer's name, as QGIS gives it in messages."""
        return source_name(self.source)


def _numeric_frame(raw: dict, keep: list, index: pd.Index, attributes=()) -> pd.DataFrame:
    """The numeric columns of the zones that have an id, typed (numeric text read, else a message), then
    the ``attributes`` columns as they are (NULL → None)."""
    columns = {}
    for name, values in raw.items():
        if name not in attributes:
            columns[name] = read_numbers([values[i] for i in keep]).checked(name)
    for name in attributes:
        if name not in columns:
            columns[name] = pd.Series([raw[name][i] for i in keep], index=index, dtype=object)
    return pd.DataFrame(columns, index=index)


def _zone_ids(ids: list, id_field: str, name: str, unique: bool, feedback) -> tuple:
    """Positions of the features with an id and the id index; NULL ids warned, repeated ids refused."""
    keep = [i for i, identifier in enumerate(ids) if identifier is not None]
    if len(keep) < len(ids) and feedback is not None:
        feedback.pushWarning(
            ConectaBridge.tr("{0} features of {1} have no id in field {2}: they get no value.").format(
                len(ids) - len(keep), name, id_field
            )
        )
    index = pd.Index([ids[i] for i in keep])
    if unique and index.has_duplicates:
        repeated = index[index.duplicated()].unique()
        raise QgsProcessingException(
            ConectaBridge.tr("Ids must be unique: {0} ids of field {1} in {2} are repeated ({3}).").format(
                len(repeated), id_field, name, show_ids(repeated)
            )
        )
    return keep, index


def read_zones(
    alg,
    parameters,
    context,
    feedback,
    key: str = "ZONES",
    id_key: Optional[str] = "ZONES_ID",
    numeric=(),
    geometry: bool = True,
    repair: bool = False,
    unique: bool = True,
    progress: tuple = (0.0, 5.0),
    attributes=(),
) -> Zones:
    """Read the layer of parameter ``key`` with its id field (parameter ``id_key``, or feature ids when None),
    the ``numeric`` fields and the ``attributes`` fields, read as they are (text categories, say); see
    :class:`Zones`. An empty layer stops with a message."""
    source = source_of(alg, parameters, key, context)
    id_field = alg.parameterAsString(parameters, id_key, context) if id_key else ""
    numeric = [name for name in dict.fromkeys(numeric) if name]
    attributes = [name for name in dict.fromkeys(attributes) if name and name not in numeric]
    require_fields(source, [id_field, *numeric, *attributes])
    for name in numeric:
        text_numbers(source, name)
    request = QgsFeatureRequest()
    if not geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    log = GeometryLog(source_name(source))
    kept, ids, raw = [], [], {name: [] for name in [*numeric, *attributes]}
    for feature in features(source, context, feedback, request, repair=repair, log=log, progress=progress):
        kept.append(feature)
        ids.append(clean(feature[id_field]) if id_field else feature.id())
        for name in raw:
            raw[name].append(clean(feature[name]))
    log.report(feedback)
    if not kept:
        raise QgsProcessingException(ConectaBridge.tr("The layer {} has no features.").format(log.name))
    keep, index = _zone_ids(ids, id_field, log.name, unique, feedback)
    return Zones(source, id_field, kept, ids, _numeric_frame(raw, keep, index, attributes), log)


def read_attributes(source, names, context=None, feedback=None) -> pd.DataFrame:
    """Fields ``names`` of every feature of ``source`` (no geometry), as they are (NULL → None); a field
    asked for twice is one column."""
    names = [name for name in dict.fromkeys(names) if name]
    require_fields(source, names)
    fields = source.fields()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(names, fields)
    indexes = [fields.lookupField(name) for name in names]
    rows = []
    for feature in features(source, context, feedback, request):
        attributes = feature.attributes()
        rows.append([clean(attributes[i]) for i in indexes])
    return pd.DataFrame(rows, columns=names, dtype=object)


# --------------------------------------------------------------------------------------------- long tables

TABLE_SUFFIXES = (".csv", ".csv.gz", ".txt", ".parquet", ".pq")
"""Files read straight with pandas/pyarrow instead of through QGIS (much faster for big matrices)."""


def distinct_fields(columns) -> None:
    """Refuse a long table whose origin, destination and value fields are not different fields."""
    columns = list(columns)
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    if repeated:
        raise QgsProcessingException(
            ConectaBridge.tr(
                "The field {} was chosen for two different columns of the table (origin, destination, value): "
                "choose one field for each."
            ).format(", ".join(repeated))
        )


def _is_table_file(path: Path) -> bool:
    return path.name.lower().endswith(TABLE_SUFFIXES) and path.exists()


def table_file(alg, parameters, key: str, context) -> Optional[Path]:
    """The CSV/Parquet file behind parameter ``key``: a path given as text, or the file of a whole,
    unfiltered CSV layer of the project; None for any other layer (read through QGIS)."""
    value = parameters.get(key)
    if isinstance(value, str):
        path = Path(value.split("|")[0])
        if _is_table_file(path):
            return path
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly:
        return None
    layer = alg.parameterAsVectorLayer(parameters, key, context)
    if layer is None or layer.subsetString() or layer.providerType() not in ("ogr", "delimitedtext"):
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    if path.startswith("file://"):
        from qgis.PyQt.QtCore import QUrl

        path = QUrl(path).toLocalFile()
    candidate = Path(path) if path else None
    if candidate is not None and candidate.name.lower().endswith(TABLE_SUFFIXES[:3]) and candidate.exists():
        return candidate
    return None


def _parquet(path: Path):
    from .deps import require

    require("pyarrow")
    import pyarrow.parquet as pq

    return pq.ParquetFile(str(path))


def file_columns(path: Path) -> list:
    """Column names of a CSV(.gz) or Parquet file."""
    if path.suffix.lower() in (".parquet", ".pq"):
        return list(_parquet(path).schema_arrow.names)
    return [str(c) for c in pd.read_csv(path, nrows=0).columns]


def _check_file_columns(path: Path, columns) -> None:
    present = file_columns(path)
    missing = [c for c in columns if c not in present]
    if missing:
        raise QgsProcessingException(
            ConectaBridge.tr("The table {0} has no column {1}; its columns are: {2}.").format(
                path.name, ", ".join(missing), ", ".join(present)
            )
        )


def _file_chunks(path: Path, columns, chunksize: int, text_ids: int) -> Iterator[pd.DataFrame]:
    """A CSV(.gz) or Parquet table in chunks; the first ``text_ids`` columns read as text (ids)."""
    if path.suffix.lower() in (".parquet", ".pq"):
        for batch in _parquet(path).iter_batches(batch_size=chunksize, columns=list(columns)):
            yield batch.to_pandas()
        return
    dtypes = {column: str for column in list(columns)[:text_ids]}
    yield from pd.read_csv(path, usecols=list(columns), dtype=dtypes, chunksize=chunksize, low_memory=False)


def _layer_rows(source, columns, context, feedback) -> pd.DataFrame:
    """A long table from a table layer, in one loop over its rows (NULL → None)."""
    require_fields(source, columns)
    fields = source.fields()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(list(columns), fields)
    indexes = [fields.lookupField(c) for c in columns]
    rows = []
    for feature in features(source, context, feedback, request):
        attributes = feature.attributes()
        rows.append([clean(attributes[i]) for i in indexes])
    return pd.DataFrame(rows, columns=list(columns))


def long_table_chunks(
    alg, parameters, key: str, context, columns, feedback=None, chunksize: int = 2_000_000, text_ids: int = 2
) -> Iterator[pd.DataFrame]:
    """A long table (OD pairs, a travel-time matrix) in chunks of at most ``chunksize`` rows: a file is read
    in chunks, a layer in one loop. The first ``text_ids`` columns are ids, the others numbers (numeric text
    typed, NULL → NaN)."""
    distinct_fields(columns)
    path = table_file(alg, parameters, key, context)
    if path is not None:
        _check_file_columns(path, columns)
        for chunk in _file_chunks(path, columns, chunksize, text_ids):
            yield _typed(chunk, columns, text_ids)
        return
    yield layer_table(source_of(alg, parameters, key, context), columns, context, feedback, text_ids)


def layer_table(source, columns, context, feedback=None, text_ids: int = 2) -> pd.DataFrame:
    """A long table from a table layer or source (see :func:`long_table_chunks`)."""
    return _typed(_layer_rows(source, columns, context, feedback), columns, text_ids)


def _typed(frame: pd.DataFrame, columns, text_ids: int) -> pd.DataFrame:
    for name in list(columns)[text_ids:]:
        frame[name] = read_numbers(frame[name]).checked(name)
    return frame


def read_long_table(
    alg, parameters, key: str, context, columns, feedback=None, text_ids: int = 2
) -> pd.DataFrame:
    """A whole long table as one DataFrame (see :func:`long_table_chunks`)."""
    chunks = list(long_table_chunks(alg, parameters, key, context, columns, feedback, text_ids=text_ids))
    if not chunks:
        return pd.DataFrame(columns=list(columns))
    return chunks[0] if len(chunks) == 1 else pd.concat(chunks, ignore_index=True)


# --------------------------------------------------------------------------------------------- lines, points


def wkb_lines(data: bytes) -> list:
    """Vertex arrays of every part of a (Multi)LineString WKB, Z/M dropped."""
    return wkb_parts(data, 2)


@dataclass
class LineData:
    """Line parts in the working CRS with the attributes asked for, one row per part."""

    parts: list
    feature_index: np.ndarray
    attributes: dict
    feature_ids: list
    n_features: int = 0
    skipped_empty: int = 0


def _line_geometry(feature) -> Optional[QgsGeometry]:
    """The feature's geometry as straight lines, None when it is empty or not a line."""
    geometry = feature.geometry()
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.LineGeometry:
        return None
    return geometry


def read_lines(source, crs, context, attributes, feedback=None, progress: tuple = (0.0, 100.0)) -> LineData:
    """Every line of ``source`` (multi-part and curved lines included) as vertex arrays in ``crs``; the bar
    moves over ``progress``."""
    fields = source.fields()
    present = [name for name in attributes if name and fields.lookupField(name) >= 0]
    parts: list = []
    index: list = []
    values: dict = {name: [] for name in present}
    feature_ids: list = []
    skipped = 0
    log = GeometryLog(source_name(source))
    request = request_in(source, crs, context, present)
    for feature in features(source, context, feedback, request, log=log, progress=progress):
        geometry = _line_geometry(feature)
        if geometry is None:
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
    log.report(feedback)
    return LineData(parts, np.asarray(index, dtype=np.int64), values, feature_ids, len(feature_ids), skipped)


@dataclass
class PointData:
    """Points (or polygon points-on-surface) in the working CRS, with their ids."""

    xy: np.ndarray
    ids: list
    skipped_geometry: int = 0
    skipped_null_id: int = 0
    duplicates: list = field(default_factory=list)
    attributes: dict = field(default_factory=dict)


def _point_of(geometry) -> Optional[tuple]:
    """A point geometry's coordinates, or a point on the surface of a polygon or line; None if empty."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if (
        QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.PointGeometry
        and not geometry.isMultipart()
    ):
        point = geometry.asPoint()
        return point.x(), point.y()
    surface = geometry.pointOnSurface()
    if surface.isNull():
        return None
    point = surface.asPoint()
    return point.x(), point.y()


def read_points(
    source, crs, context, id_field, attributes=(), feedback=None, progress: tuple = (0.0, 100.0)
) -> PointData:
    """Points of ``source``: point geometry, or a point on the surface of polygons/lines; ids from
    ``id_field`` (feature ids when empty). Invalid polygons follow the context's setting (repaired when it
    is *do not filter*); the bar moves over ``progress``."""
    wanted = [name for name in [id_field, *attributes] if name]
    xy: list = []
    ids: list = []
    attrs: dict = {name: [] for name in attributes}
    skipped_geometry = skipped_id = 0
    log = GeometryLog(source_name(source))
    request = request_in(source, crs, context, wanted)
    for feature in features(source, context, feedback, request, repair=True, log=log, progress=progress):
        point = _point_of(feature.geometry())
        if point is None:
            skipped_geometry += 1
            continue
        identifier = clean(feature[id_field]) if id_field else feature.id()
        if identifier is None:
            skipped_id += 1
            continue
        xy.append(point)
        ids.append(identifier)
        for name in attributes:
            attrs[name].append(clean(feature[name]))
    log.report(feedback)
    seen: set = set()
    duplicates = sorted({i for i in ids if i in seen or seen.add(i)}, key=str)
    array = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    return PointData(array, ids, skipped_geometry, skipped_id, duplicates, attrs)
