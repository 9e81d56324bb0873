"""Tables in and out: attributes and long OD tables read from layers or CSV files, ids matched as text,
plain tables written to a sink or straight to CSV.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from .messages import ConectaBridge
from .numbers import clean, to_float
from .readers import distinct_fields
from .writers import add_rows, table_fields, write_csv

SHOWN_IDS = 5


def id_keys(values) -> np.ndarray:
    """Ids as comparable text: integral numbers lose their decimals (12, 12.0 and "12" all give "12").

    Works on the distinct values only, so long OD tables with few zones are fast; NULL stays None.
    """
    array = values.to_numpy() if isinstance(values, pd.Series) else np.asarray(values, dtype=object)
    codes, uniques = pd.factorize(array)
    distinct = pd.Series(np.asarray(uniques, dtype=object), dtype=object)
    numbers = pd.to_numeric(distinct, errors="coerce").astype(float)
    integral = numbers.notna() & np.isfinite(numbers) & (numbers % 1 == 0)
    text = distinct.astype(str).str.strip()
    if integral.any():
        text = text.where(~integral, numbers[integral].astype(np.int64).astype(str))
    keys = np.append(text.to_numpy(dtype=object), None)
    return keys[codes]


def show_ids(ids) -> str:
    """The first few ids of a list, for a message."""
    ids = list(ids)
    shown = ", ".join(str(i) for i in ids[:SHOWN_IDS])
    return shown + (", …" if len(ids) > SHOWN_IDS else "")


def read_attributes(source, names: list[str], feedback=None) -> pd.DataFrame:
    """Attributes ``names`` of every feature of ``source`` (no geometry), NULL as None; a field asked for
    twice (e.g. the same field for productions and attractions) is one column."""
    names = list(dict.fromkeys(names))
    fields = source.fields()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(names, fields)
    indexes = [fields.lookupField(name) for name in names]
    rows = []
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and n % 50000 == 0 and feedback.isCanceled():
            break
        attributes = feature.attributes()
        rows.append([clean(attributes[i]) for i in indexes])
    return pd.DataFrame(rows, columns=names, dtype=object)


def read_long_table(alg, parameters, name: str, context, columns: list[str], feedback=None) -> pd.DataFrame:
    """A long table (OD or cost matrix) from a CSV/Parquet path or a table layer."""
    path = matrix_file(parameters, name)
    if path is not None:
        return read_matrix_file(path, columns)
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    return read_matrix_source(source, columns, feedback)


def numeric_column(frame: pd.DataFrame, column: str) -> tuple[np.ndarray, int]:
    """A column as float64 (numeric text read as numbers; NaN where NULL or not a number) and the count of
    such values."""
    return to_float(frame[column])


def read_od(alg, parameters, name: str, context, from_field: str, to_field: str, trips_field: str, feedback):
    """An OD table with its trips as numbers: rows without ids or with NULL/negative trips are dropped
    and reported; fails if nothing is left."""
    frame = read_long_table(alg, parameters, name, context, [from_field, to_field, trips_field], feedback)
    # pylupdate5 skips translate() calls that end with a trailing comma: keep the formatter away
    # fmt: off
    if frame.empty:
        raise QgsProcessingException(QCoreApplication.translate("ConectaDemand", "The OD table has no rows."))
    trips, n_bad = numeric_column(frame, trips_field)
    no_id = frame[from_field].isna().to_numpy() | frame[to_field].isna().to_numpy()
    negative = trips < 0
    if negative.any():
        raise QgsProcessingException(QCoreApplication.translate(
            "ConectaDemand", "The OD table has {0} negative values in field {1}: trips must be zero or positive."
        ).format(int(negative.sum()), trips_field))
    keep = ~no_id & ~np.isnan(trips)
    if n_bad:
        feedback.pushWarning(QCoreApplication.translate(
            "ConectaDemand", "{0} rows of the OD table have no number in field {1} and were left out."
        ).format(n_bad, trips_field))
    if no_id.any():
        feedback.pushWarning(QCoreApplication.translate(
            "ConectaDemand", "{} rows of the OD table have no origin or destination id and were left out."
        ).format(int(no_id.sum())))
    frame = frame.loc[keep].reset_index(drop=True)
    if frame.empty:
        raise QgsProcessingException(QCoreApplication.translate(
            "ConectaDemand", "The OD table has no row with ids and a number of trips."
        ))
    # fmt: on
    frame[trips_field] = trips[keep]
    return frame


def field_name(alg, parameters, name: str, context) -> str:
    """A field parameter's value, or its default when left empty (optional fields with a usual name)."""
    value = alg.parameterAsString(parameters, name, context)
    if not value:
        value = alg.parameterDefinition(name).defaultValue() or ""
    return str(value)


def plain_ids(values) -> list:
    """Ids as plain Python values (numpy scalars unwrapped) for QGIS attributes."""
    return [v.item() if hasattr(v, "item") else v for v in values]


def no_geometry_sink(alg, parameters, name: str, context, columns):
    """A feature sink for a plain table with ``columns`` [(name, QVariant type)]."""
    fields = table_fields(columns)
    sink, dest_id = alg.parameterAsSink(
        parameters, name, context, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem()
    )
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    return sink, dest_id, fields


def csv_destination(parameters, name: str) -> Path | None:
    """The file of an output parameter when it is a .csv path (written directly, much faster than a sink)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if isinstance(value, str) and value.lower().endswith(".csv"):
        return Path(value)
    return None


def write_table(alg, parameters, name: str, context, columns_spec, columns, feedback) -> tuple[str, int]:
    """Write a plain table to a .csv destination directly, else through a feature sink; (dest id, rows)."""
    path = csv_destination(parameters, name)
    if path is None:
        sink, dest_id, fields = no_geometry_sink(alg, parameters, name, context, columns_spec)
        return dest_id, add_rows(sink, fields, columns, feedback)
    written = write_csv(path, [column for column, _ in columns_spec], columns, feedback)
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
        details = QgsProcessingContext.LayerDetails(
            value.destinationName or path.stem, value.destinationProject, name
        )
        context.addLayerToLoadOnCompletion(str(path), details)
    return str(path), written


def parse_matrix_rows(values: list, columns: int) -> list[list]:
    """A QgsProcessingParameterMatrix value (flat list) as rows of ``columns`` cells (blank rows dropped)."""
    values = list(values or [])
    rows = [values[i : i + columns] for i in range(0, len(values), columns)]
    return [
        [clean(v) for v in row]
        for row in rows
        if len(row) == columns and any(str(clean(v) or "").strip() for v in row)
    ]


def read_table(source, names: list[str], feedback) -> tuple[list, pd.DataFrame, int]:
    """Every feature of ``source`` and the numeric ``names`` as a DataFrame (NULL/text → NaN)."""
    features, values = [], {name: [] for name in names}
    for n, feature in enumerate(source.getFeatures()):
        if n % 5000 == 0 and feedback.isCanceled():
            return [], pd.DataFrame(), 0
        features.append(feature)
        for name in names:
            values[name].append(clean(feature[name]))
    columns, bad = {}, 0
    for name in names:
        columns[name], missing = to_float(values[name])
        bad += missing
    return features, pd.DataFrame(columns), bad


MATRIX_FILE_SUFFIXES = (".csv", ".csv.gz", ".txt", ".parquet", ".pq")


def matrix_file(parameters: dict, name: str) -> Path | None:
    """The file behind a matrix parameter when it is a CSV/Parquet path (read directly, in chunks)."""
    value = parameters.get(name)
    if isinstance(value, str):
        path = Path(value.split("|")[0])
        if path.suffix.lower() in (".gz", ".csv", ".txt", ".parquet", ".pq") and path.exists():
            return path
    return None


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
            ConectaBridge.tr("The matrix file {0} has no column {1}; its columns are: {2}.").format(
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
            ConectaBridge.tr("The matrix table has no field {0}; its fields are: {1}.").format(
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
