"""Writers: every output complete or absent.

A file output (GeoPackage, shapefile, CSV, Parquet …) is written under a temporary name in a hidden folder
beside it and moved into place only when it is complete, and, during a run, only when the whole run ends
well (:mod:`.outputs`): on an error or a cancel it is removed, so a file that looks finished always is, and a
run stopped while writing its last output leaves none of the others. Outputs to memory layers are simply
dropped on failure (and not loaded).

- :func:`write_with_fields`: the input features (attributes and geometry as they are) plus new fields, one
  documented policy for names the input already has: **the new values replace the input's field, with a
  warning naming it** (so an algorithm can be run again on its own output).
- :func:`write_table`: a plain table; CSV and Parquet destinations are written directly (fast), others
  through a QGIS sink.
- :class:`Output`: the sink of one output, for algorithms that write their own features.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.progress import Cancelled
from .messages import ConectaBridge
from .outputs import on_success

BATCH = 20_000
"""Features handed to a sink at a time."""
PROVIDER_PREFIXES = ("memory:", "postgres:", "postgis:", "spatialite:", "ogr:", "mssql:", "oracle:", "hana:")


# --------------------------------------------------------------------------------------------- fields


def table_fields(columns) -> QgsFields:
    """QgsFields for ``columns`` [(name, QVariant type)]."""
    fields = QgsFields()
    for name, kind in columns:
        fields.append(QgsField(name, kind))
    return fields


def id_variant(ids) -> QVariant.Type:
    """Field type that keeps ids as they are (integers stay integers, else text)."""
    ids = list(ids)
    if ids and all(isinstance(i, (int, np.integer)) and not isinstance(i, (bool, np.bool_)) for i in ids):
        return QVariant.LongLong
    return QVariant.String


def variant_of(series: pd.Series) -> QVariant.Type:
    """The field type for a pandas column: integers, reals, booleans, else text."""
    kind = series.dtype.kind
    if kind in "iu":
        return QVariant.LongLong
    if kind == "f":
        return QVariant.Double
    if kind == "b":
        return QVariant.Bool
    return id_variant(series.dropna().tolist()) if len(series.dropna()) else QVariant.String


def plain(value):
    """A value QGIS can store: numpy scalars unwrapped, NaN and None as NULL."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


# --------------------------------------------------------------------------------------------- destinations


def destination_path(alg, parameters, key: str, context) -> Optional[Path]:
    """The file an output parameter writes to, None for memory layers, databases and unset outputs."""
    value = parameters.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    text = str(value)
    if text in ("TEMPORARY_OUTPUT", "") or text.lower().startswith(PROVIDER_PREFIXES) or "://" in text:
        return None
    path = Path(text.split("|")[0])
    return path if path.suffix else None


def check_destination(alg, parameters, key: str, context) -> None:
    """Before any work: create the missing folder of a file output, and stop when it cannot be created or
    written to."""
    path = destination_path(alg, parameters, key, context)
    if path is None:
        return
    folder = path.parent if str(path.parent) else Path(".")
    definition = alg.parameterDefinition(key)
    label = definition.description() if definition is not None else key
    if not folder.is_dir():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise QgsProcessingException(
                ConectaBridge.tr(
                    "The folder {0} of output '{1}' does not exist and cannot be created ({2})."
                ).format(folder, label, error.strerror or error)
            ) from error
    if not writable(folder) or (path.exists() and not os.access(path, os.W_OK)):
        raise QgsProcessingException(
            ConectaBridge.tr(
                "Output '{0}' cannot be written to {1}: the folder or file is read-only."
            ).format(label, path)
        )


def writable(folder: Path) -> bool:
    """Whether a file can be created in ``folder``: tried, since the permissions do not tell (root may write
    into a read-only folder; /proc, a read-only mount or a full disk refuse files whatever they say)."""
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    try:
        handle, probe = tempfile.mkstemp(prefix=".conecta-probe-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    os.unlink(probe)
    return True


SIDECARS = {
    ".shp": (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd"),
    ".gpkg": ("-wal", "-shm", "-journal"),
    ".sqlite": ("-wal", "-shm", "-journal"),
}
"""Files that belong to a dataset besides its main file (removed with an output they would contradict)."""


def stale_sidecars(path: Path, written) -> list:
    """Sidecar files of an earlier ``path`` that the new output does not replace."""
    names = set(written)
    stem, suffix = path.name[: -len(path.suffix)], path.suffix.lower()
    out = []
    for extra in SIDECARS.get(suffix, ()):
        name = path.name + extra if extra.startswith("-") else stem + extra
        if name not in names and (path.parent / name).exists():
            out.append(path.parent / name)
    return out


class Output:
    """One output written complete or not at all (see the module docstring).

    ``sink(fields, wkb_type, crs)`` creates the sink (in a hidden temporary folder for file outputs) and
    ``add(features)`` fills it (the sink itself is never handed out, so nothing keeps the file open);
    ``finish()`` closes it, moves the files into place and returns the destination id; ``discard()``
    removes what was written. Use as a context manager: leaving the block with an exception discards.
    """

    def __init__(self, alg, parameters, key: str, context) -> None:
        self.alg, self.parameters, self.key, self.context = alg, parameters, key, context
        self.path = destination_path(alg, parameters, key, context)
        self.staging: Optional[Path] = None
        self.dest_id: Optional[str] = None
        self._sink = None

    def __enter__(self) -> Output:
        return self

    def __exit__(self, kind, error, trace) -> bool:
        if kind is not None:
            self.discard()
        return False

    def _staged_parameters(self) -> dict:
        """The parameters with this output pointed at a file of the same name in a hidden folder."""
        self.staging = self.path.parent / f".conecta-{uuid.uuid4().hex[:12]}"
        self.staging.mkdir()
        value = self.parameters.get(self.key)
        staged = str(self.staging / self.path.name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            definition = QgsProcessingOutputLayerDefinition(value)
            definition.sink.setStaticValue(staged)
            if not definition.destinationName:
                definition.destinationName = self.path.stem
        else:
            definition = staged
        return {**self.parameters, self.key: definition}

    def sink(self, fields: QgsFields, wkb_type=QgsWkbTypes.NoGeometry, crs=None) -> None:
        """Create the feature sink of this output."""
        crs = crs if crs is not None else QgsCoordinateReferenceSystem()
        parameters = self._staged_parameters() if self.path is not None else self.parameters
        sink, dest_id = self.alg.parameterAsSink(parameters, self.key, self.context, fields, wkb_type, crs)
        if sink is None:
            self.discard()
            raise QgsProcessingException(self.alg.invalidSinkError(self.parameters, self.key))
        self._sink, self.dest_id = sink, dest_id

    def add(self, features, feedback=None) -> None:
        """Hand features to the sink in batches; raises :class:`Cancelled` when the run is cancelled."""
        batch = []
        for feature in features:
            batch.append(feature)
            if len(batch) == BATCH:
                self._flush(batch, feedback)
                batch = []
        if batch:
            self._flush(batch, feedback)

    def _flush(self, batch: list, feedback) -> None:
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        if not self._sink.addFeatures(batch, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(
                ConectaBridge.tr("Output '{0}' could not be written: {1}").format(
                    self.key, self._sink.lastError()
                )
            )

    def finish(self) -> str:
        """Close the sink; the destination id to return. The files are put in place when the run ends well
        (at once outside a run, :func:`.outputs.on_success`)."""
        self._sink = None  # closes the file writer
        context = self.context
        if self.staging is None:
            dest_id = self.dest_id
            on_success(lambda: None, lambda: forget_layer(context, dest_id))
            return dest_id
        staging, path = self.staging, self.path
        final = self.dest_id.replace(str(staging / path.name), str(path))
        rekey_layer_to_load(context, self.dest_id, final)
        self.staging, self.dest_id = None, final

        def put_in_place() -> None:
            written = [part.name for part in staging.iterdir()]
            for old in stale_sidecars(path, written):
                old.unlink()
            for name in written:
                (staging / name).replace(path.parent / name)
            shutil.rmtree(staging, ignore_errors=True)

        def remove() -> None:
            shutil.rmtree(staging, ignore_errors=True)
            forget_layer(context, final)

        on_success(put_in_place, remove)
        return final

    def discard(self) -> None:
        """Remove whatever this output wrote."""
        self._sink = None
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            forget_layer(self.context, self.dest_id)
            self.staging = None


def forget_layer(context: QgsProcessingContext, dest_id: Optional[str]) -> None:
    """Do not load ``dest_id`` when the run completes (its output was removed)."""
    if dest_id is not None and context.willLoadLayerOnCompletion(dest_id):
        layers = context.layersToLoadOnCompletion()
        layers.pop(dest_id, None)
        context.setLayersToLoadOnCompletion(layers)


def rekey_layer_to_load(context: QgsProcessingContext, old: str, new: str) -> None:
    """Load the layer registered to load on completion as ``old`` from ``new`` instead."""
    if not context.willLoadLayerOnCompletion(old):
        return
    layers = context.layersToLoadOnCompletion()
    details = layers.pop(old)
    layers[new] = details
    context.setLayersToLoadOnCompletion(layers)


# --------------------------------------------------------------------------------------------- writers


def geometry_features(fields: QgsFields, rows):
    """Features of ``fields`` from (geometry, attributes) pairs; a row whose geometry is None is left out."""
    for geometry, attributes in rows:
        if geometry is None:
            continue
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        yield feature


def write_geometries(
    alg, parameters, key: str, context, feedback, fields: QgsFields, rows, wkb_type, crs
) -> str:
    """Write (geometry, attributes) ``rows`` (see :func:`geometry_features`) to the sink ``key`` as ``wkb_type``
    in ``crs``; returns the destination id."""
    with Output(alg, parameters, key, context) as output:
        output.sink(fields, wkb_type, crs)
        output.add(geometry_features(fields, rows), feedback)
        return output.finish()


def replaced_fields(source_fields: QgsFields, names) -> tuple:
    """(indexes of the input fields kept, names of the input fields the new ones replace)."""
    names = set(names)
    kept = [i for i, existing in enumerate(source_fields) if existing.name() not in names]
    replaced = [existing.name() for existing in source_fields if existing.name() in names]
    return kept, replaced


def write_with_fields(
    alg, parameters, key: str, context, feedback, zones, values: pd.DataFrame, types=None
) -> str:
    """The features of ``zones`` (a :class:`readers.Zones`) with the columns of ``values`` (indexed by zone id)
    as new fields; zones without an id, or absent from ``values``, get NULL. Returns the destination id."""
    names = [str(c) for c in values.columns]
    types = types or {name: variant_of(values[name]) for name in names}
    kept, replaced = replaced_fields(zones.source.fields(), names)
    if replaced:
        feedback.pushWarning(
            ConectaBridge.tr("{0} already has fields {1}: the output holds the new values.").format(
                zones.name, ", ".join(replaced)
            )
        )
    fields = QgsFields()
    for i in kept:
        fields.append(zones.source.fields().at(i))
    for name in names:
        fields.append(QgsField(name, types[name]))
    rows = values.reindex(pd.Index([i for i in zones.ids if i is not None]))
    data = rows.to_numpy(dtype=object)
    empty = [None] * len(names)

    def out_features():
        row = iter(range(len(data)))
        for feature, identifier in zip(zones.features, zones.ids):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            attributes = feature.attributes()
            new = empty if identifier is None else [plain(v) for v in data[next(row)]]
            out.setAttributes([attributes[i] for i in kept] + new)
            yield out

    with Output(alg, parameters, key, context) as output:
        output.sink(fields, zones.source.wkbType(), zones.source.sourceCrs())
        output.add(out_features(), feedback)
        return output.finish()


def _csv_destination(parameters, key: str) -> Optional[Path]:
    value = parameters.get(key)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if isinstance(value, str) and value.lower().endswith((".csv", ".parquet")):
        return Path(value)
    return None


def write_file(path: Path, frame: pd.DataFrame, feedback=None, chunk: int = 1_000_000) -> int:
    """Write ``frame`` as CSV (or Parquet for a .parquet path) under a temporary name, put in place when the
    run ends well (:func:`.outputs.on_success`)."""
    staged = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    written = False
    try:
        if path.suffix.lower() == ".parquet":
            from .deps import require

            require("pyarrow")
            frame.to_parquet(staged, index=False)
        else:
            with open(staged, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow([str(c) for c in frame.columns])
                for start in range(0, len(frame), chunk):
                    if feedback is not None and feedback.isCanceled():
                        raise Cancelled()
                    part = frame.iloc[start : start + chunk]
                    writer.writerows(zip(*(part[c].to_numpy(dtype=object) for c in frame.columns)))
        written = True
    finally:
        if not written:
            staged.unlink(missing_ok=True)
    on_success(lambda: staged.replace(path), lambda: staged.unlink(missing_ok=True))
    return len(frame)


def write_table(alg, parameters, key: str, context, feedback, frame: pd.DataFrame, types=None) -> str:
    """A plain table: straight to a .csv/.parquet destination, else through a sink. The destination id."""
    path = _csv_destination(parameters, key)
    if path is not None:
        write_file(path, frame, feedback)
        value = parameters.get(key)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
            details = QgsProcessingContext.LayerDetails(
                value.destinationName or path.stem, value.destinationProject, key
            )
            context.addLayerToLoadOnCompletion(str(path), details)
            on_success(lambda: None, lambda: forget_layer(context, str(path)))
        return str(path)
    names = [str(c) for c in frame.columns]
    types = types or {name: variant_of(frame[name]) for name in names}
    fields = table_fields([(name, types[name]) for name in names])
    data = frame.to_numpy(dtype=object)

    def rows():
        for values in data:
            feature = QgsFeature(fields)
            feature.setAttributes([plain(v) for v in values])
            yield feature

    with Output(alg, parameters, key, context) as output:
        output.sink(fields)
        output.add(rows(), feedback)
        return output.finish()


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
