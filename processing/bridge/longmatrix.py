"""Long travel-time matrices (``from_id, to_id, travel_time``) written while they are computed, block by
block: to a layer output, to a CSV or Parquet file, or both; complete or absent.

- A layer output goes through :class:`writers.Output` (file layers are staged and moved into place); a ``.csv``
  destination of the layer output is streamed straight to disk (several times faster than a QGIS sink).
- Files are written under a hidden temporary name beside the destination and renamed when complete; an error
  or a cancel removes them. Writing checks for a cancel every :data:`SLICE` rows.
- A layer held in memory (a temporary output) takes about :data:`MEMORY_BYTES_PER_PAIR` bytes a pair: a
  matrix that would not fit in the memory available is refused before any routing, with its estimated size.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
)
from qgis.PyQt.QtCore import QVariant

from ...core.definitions import FROM_ID, TO_ID, TRAVEL_TIME
from ...core.memory import available_bytes
from ...core.progress import Cancelled
from ...translation import format_number
from .messages import _Context
from .outputs import on_success
from .writers import Output, id_variant, table_fields

SLICE = 100_000
"""Rows written between two checks for a cancel."""
MEMORY_BYTES_PER_PAIR = 420
"""Memory a row (two ids, a time) takes in a QGIS memory layer: 415 bytes with 15-character text ids (H3
hexagons), 285 with integer ids, measured on QGIS 3.22 with 1,000,000 rows."""


class ConectaMatrix(_Context):
    """Translation context of the long-matrix writer's messages."""


def size_text(n_bytes: float) -> str:
    """A size for a message: "3.2 GB", "850 MB"."""
    if n_bytes >= 1e9:
        return f"{format_number(n_bytes / 1e9, 1)} GB"
    return f"{format_number(max(round(n_bytes / 1e6), 1))} MB"


def in_memory(value) -> bool:
    """True when a layer output's value (path, "memory:" …) is a temporary layer held in memory."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    text = "" if value is None else str(value)
    return text in ("", "TEMPORARY_OUTPUT") or text.lower().startswith("memory:")


def csv_field(value) -> str:
    """An id as a CSV field (quoted only when it holds a comma, quote or line break)."""
    text = str(value)
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


class MatrixFile:
    """A long matrix streamed to a CSV or Parquet file under a hidden temporary name, renamed when complete.

    CSV rows are formatted in plain Python (ids converted to text once, times with 4 decimals): about twice as
    fast as pandas' writer for the millions of rows of a city matrix.
    """

    def __init__(self, path: str, origin_ids, destination_ids) -> None:
        self.path = Path(path)
        self.staged = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:8]}.part")
        self.parquet = self.path.suffix.lower() == ".parquet"
        self.origin_ids = np.asarray(origin_ids, dtype=object)
        self.destination_ids = np.asarray(destination_ids, dtype=object)
        self.writer = None
        self.handle = None
        if not self.parquet:
            self.origin_text = np.asarray([csv_field(i) for i in origin_ids], dtype=object)
            self.destination_text = np.asarray([csv_field(i) for i in destination_ids], dtype=object)
            self.handle = open(self.staged, "w", encoding="utf-8", newline="")
            self.handle.write(f"{FROM_ID},{TO_ID},{TRAVEL_TIME}\n")

    def write(self, from_idx: np.ndarray, to_idx: np.ndarray, minutes: np.ndarray, feedback=None) -> None:
        """Append rows, :data:`SLICE` at a time; raises :class:`Cancelled` when the run is cancelled."""
        for start in range(0, max(len(minutes), 1), SLICE):
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            part = slice(start, start + SLICE)
            if self.parquet:
                self._parquet(from_idx[part], to_idx[part], minutes[part])
            else:
                times = map("{:.4f}".format, np.asarray(minutes[part], dtype=np.float64).tolist())
                rows = zip(
                    self.origin_text[from_idx[part]].tolist(),
                    self.destination_text[to_idx[part]].tolist(),
                    times,
                )
                self.handle.write("".join([f"{a},{b},{c}\n" for a, b, c in rows]))

    def _parquet(self, from_idx, to_idx, minutes) -> None:
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        frame = pd.DataFrame(
            {
                FROM_ID: self.origin_ids[from_idx],
                TO_ID: self.destination_ids[to_idx],
                TRAVEL_TIME: np.asarray(minutes, dtype=np.float64),
            }
        )
        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self.writer is None:
            self.writer = pq.ParquetWriter(str(self.staged), table.schema)
        self.writer.write_table(table)

    def close(self) -> None:
        """Finish the file and move it into place."""
        if self.parquet:
            if self.writer is None:
                empty = np.zeros(0, np.int64)
                self._parquet(empty, empty, np.zeros(0))
            self.writer.close()
        else:
            self.handle.close()
        staged, path = self.staged, self.path
        on_success(lambda: staged.replace(path), lambda: staged.unlink(missing_ok=True))

    def abort(self) -> None:
        """Remove what was written."""
        if self.writer is not None:
            self.writer.close()
        if self.handle is not None:
            self.handle.close()
        self.staged.unlink(missing_ok=True)


class MatrixWriter:
    """The outputs of a long matrix: the layer output ``layer_key`` and the file output ``file_key``.

    Use as a context manager: leaving the block with an exception (a cancel included) removes everything
    written; :meth:`finish` puts the outputs in place and returns their results.
    """

    def __init__(self, alg, parameters, context, feedback, origin_ids, destination_ids, layer_key, file_key):
        self.alg, self.parameters, self.context, self.feedback = alg, parameters, context, feedback
        self.layer_key, self.file_key = layer_key, file_key
        self.origin_ids = np.asarray(origin_ids, dtype=object)
        self.destination_ids = np.asarray(destination_ids, dtype=object)
        file_path = alg.parameterAsFileOutput(parameters, file_key, context) or None
        layer_value = parameters.get(layer_key)
        want_layer = layer_value not in (None, "") or not file_path
        self.layer_path = alg.parameterAsOutputLayer(parameters, layer_key, context) if want_layer else ""
        self.csv_layer = bool(want_layer and self.layer_path.lower().endswith(".csv") and not file_path)
        self.file_path = self.layer_path if self.csv_layer else file_path
        self.layer = want_layer and not self.csv_layer
        self.in_memory = self.layer and in_memory(layer_value)
        if self.file_path and Path(self.file_path).suffix.lower() == ".parquet":
            from .deps import require

            require("pyarrow")
        self.output = self.file = None
        self.pairs = 0

    def check_memory(self, estimated_pairs: float) -> None:
        """Refuse a layer held in memory that would not fit in the memory available (see the module)."""
        if not self.in_memory:
            return
        needed = estimated_pairs * MEMORY_BYTES_PER_PAIR
        available = available_bytes()
        if available is None or needed <= available:
            return
        raise QgsProcessingException(
            ConectaMatrix.tr(
                "The matrix would hold about {0} pairs, about {1} in a temporary layer, more than the {2} of memory "
                "available: write it to a file instead (a .csv or .gpkg output, or 'Matrix file' for CSV or "
                "Parquet), or use fewer origins or a shorter maximum time."
            ).format(format_number(estimated_pairs), size_text(needed), size_text(available))
        )

    def __enter__(self) -> MatrixWriter:
        if self.layer:
            fields = table_fields(
                [
                    (FROM_ID, id_variant(self.origin_ids)),
                    (TO_ID, id_variant(self.destination_ids)),
                    (TRAVEL_TIME, QVariant.Double),
                ]
            )
            self.fields = fields
            self.output = Output(self.alg, self.parameters, self.layer_key, self.context)
            self.output.sink(fields)
        if self.file_path:
            self.file = MatrixFile(self.file_path, self.origin_ids, self.destination_ids)
        return self

    def __exit__(self, kind, error, trace) -> bool:
        if kind is not None:
            if self.file is not None:
                self.file.abort()
            if self.output is not None:
                self.output.discard()
        return False

    def write(self, from_idx: np.ndarray, to_idx: np.ndarray, minutes: np.ndarray) -> None:
        """Append a block of pairs (indices into the ids) to every output."""
        if self.output is not None:
            self.output.add(self._features(from_idx, to_idx, minutes), self.feedback)
        if self.file is not None:
            self.file.write(from_idx, to_idx, minutes, self.feedback)
        self.pairs += len(minutes)

    def _features(self, from_idx, to_idx, minutes):
        origins = self.origin_ids[from_idx].tolist()
        destinations = self.destination_ids[to_idx].tolist()
        for a, b, t in zip(origins, destinations, np.asarray(minutes, dtype=np.float64).tolist()):
            feature = QgsFeature(self.fields)
            feature.setAttributes([a, b, t])
            yield feature

    def finish(self) -> dict:
        """Put every output in place; the algorithm's results for them."""
        results = {}
        if self.file is not None:
            self.file.close()
            self.feedback.pushInfo(ConectaMatrix.tr("Matrix written to {}.").format(self.file_path))
            results[self.layer_key if self.csv_layer else self.file_key] = self.file_path
            if self.csv_layer:
                self._load_csv_layer()
        if self.output is not None:
            results[self.layer_key] = self.output.finish()
        return results

    def _load_csv_layer(self) -> None:
        """Load a CSV layer output on completion when the planner asked for it (as QGIS does for sinks)."""
        value = self.parameters.get(self.layer_key)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
            details = QgsProcessingContext.LayerDetails(
                value.destinationName or Path(self.file_path).stem, value.destinationProject, self.layer_key
            )
            self.context.addLayerToLoadOnCompletion(self.file_path, details)
