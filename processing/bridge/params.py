"""Parameter groups that algorithms share, each declared and read by one mixin (QuickOSM's way):

- :class:`ZonesInput`: a zone layer and its id field, read with numeric fields (:func:`readers.read_zones`);
- :class:`MatrixInput`: a long travel-time matrix (a table layer or a CSV, CSV.gz or Parquet file) with its
  three column names, or, when none is given, one computed on a street network by
  ``conecta:traveltimematrix``;
- :class:`OdInput`: an origin-destination table of trips.

An algorithm inherits the mixins it needs next to :class:`~.algorithm.ConectaAlgorithm`, calls
``add_…_parameters()`` in ``initAlgorithm`` and reads the group with the matching method in ``process``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingUtils,
)

from ...core.definitions import FROM_ID, TO_ID, TRAVEL_TIME
from ...core.od import id_keys
from .messages import ConectaBridge, show_ids
from .network import BICYCLE_SPEED, WALK_SPEED, add_speed_parameters
from .readers import (
    Zones,
    distinct_fields,
    layer_table,
    long_table_chunks,
    read_long_table,
    read_zones,
    table_file,
)
from .vocabulary import street_mode_labels

TRAVEL_TIMES = "conecta:traveltimematrix"


class ZonesInput:
    """A zone layer (``ZONES``) and its id field (``ZONES_ID``)."""

    ZONES = "ZONES"
    ZONES_ID = "ZONES_ID"

    def add_zone_parameters(
        self, label: str = "", points: bool = True, tables: bool = False, id_default=None
    ) -> None:
        """Declare the zone layer (polygons, and points when ``points``; any layer or table when ``tables``)
        and its id field (``id_default``: its default name)."""
        types = [QgsProcessing.TypeVectorPolygon] + ([QgsProcessing.TypeVectorPoint] if points else [])
        if tables:
            types = [QgsProcessing.TypeVector]
        self.add_layer(self.ZONES, label or ConectaBridge.tr("Zones"), types)
        self.add_field(self.ZONES_ID, ConectaBridge.tr("Zone id field"), self.ZONES, default=id_default)

    def read_zone_layer(self, parameters, context, feedback, numeric=(), **options) -> Zones:
        """The zones with the ``numeric`` fields (see :func:`readers.read_zones`)."""
        return read_zones(self, parameters, context, feedback, self.ZONES, self.ZONES_ID, numeric, **options)


# --------------------------------------------------------------------------------------------- matrices


@dataclass
class MatrixSource:
    """Where a travel matrix comes from: its chunks, its three column names and its file (when read from
    one, for :data:`MATRIX_CACHE`)."""

    chunks: object
    columns: list
    path: Optional[Path] = None

    def key(self) -> Optional[tuple]:
        """What identifies the file's content: path, size, modification time and the columns used."""
        if self.path is None:
            return None
        stat = self.path.stat()
        return (str(self.path.resolve()), stat.st_size, stat.st_mtime_ns, tuple(self.columns))


class MatrixCache:
    """The last travel matrix read from a file, kept for the next run on the same unchanged file and zones.

    Explicit (one instance, :data:`MATRIX_CACHE`), keyed (file path, size, time, columns and zone ids),
    bounded (one matrix of at most ``max_rows`` rows) and safe when the dock runs tasks side by side.
    """

    def __init__(self, max_rows: int = 10_000_000) -> None:
        self.max_rows = max_rows
        self._entry = None
        self._lock = threading.Lock()

    def get(self, key, zone_ids: pd.Index):
        """The matrix kept for ``key`` and these zones, or None."""
        with self._lock:
            entry = self._entry
        if key is None or entry is None or entry[0] != key or not entry[1].zone_ids.equals(zone_ids):
            return None
        return entry[1]

    def put(self, key, matrix) -> None:
        """Keep ``matrix`` (replacing any other) when it comes from a file and is small enough."""
        with self._lock:
            self._entry = (key, matrix) if key is not None and len(matrix.cost) <= self.max_rows else None

    def clear(self) -> None:
        """Forget the matrix kept."""
        with self._lock:
            self._entry = None


MATRIX_CACHE = MatrixCache()


class MatrixInput:
    """A long travel-time matrix (``TRAVEL_MATRIX`` with ``FROM_FIELD``, ``TO_FIELD``, ``COST_FIELD``), or a
    street network (``NETWORK``, ``MODE``, ``MAX_TIME``) to compute it on when no matrix is given."""

    TRAVEL_MATRIX = "TRAVEL_MATRIX"
    FROM_FIELD = "FROM_FIELD"
    TO_FIELD = "TO_FIELD"
    COST_FIELD = "COST_FIELD"
    NETWORK = "NETWORK"
    MODE = "MODE"
    MAX_TIME = "MAX_TIME"

    def add_matrix_parameters(self, with_network: bool = True) -> None:
        """Declare the matrix, its column names (advanced) and, with ``with_network``, the network fallback."""
        self.add_table(
            self.TRAVEL_MATRIX,
            ConectaBridge.tr("Travel-time matrix"),
            optional=with_network,
            help_text=ConectaBridge.tr(
                "A table with one row per origin–destination pair, or the path of a CSV, CSV.gz or Parquet "
                "file. Leave empty to compute the matrix on the street network below."
            ),
        )
        for key, label, default in (
            (self.FROM_FIELD, ConectaBridge.tr("Matrix origin id field"), FROM_ID),
            (self.TO_FIELD, ConectaBridge.tr("Matrix destination id field"), TO_ID),
            (self.COST_FIELD, ConectaBridge.tr("Matrix travel time field (minutes)"), TRAVEL_TIME),
        ):
            self.add_text(key, label, default, advanced=True)
        if not with_network:
            return
        self.add_layer(
            self.NETWORK,
            ConectaBridge.tr("Street network (when there is no matrix)"),
            [QgsProcessing.TypeVectorLine],
            optional=True,
        )
        self.add_choice(self.MODE, ConectaBridge.tr("Mode (on the street network)"), street_mode_labels())
        self.add_number(
            self.MAX_TIME,
            ConectaBridge.tr("Maximum travel time on the network (minutes)"),
            60.0,
            minimum=1.0,
            help_text=ConectaBridge.tr("Pairs farther than this are left out of the computed matrix."),
        )
        add_speed_parameters(self)

    def matrix_columns(self, parameters, context) -> list:
        """The matrix's origin, destination and travel-time column names, checked."""
        columns = [
            self.parameterAsString(parameters, key, context).strip()
            for key in (self.FROM_FIELD, self.TO_FIELD, self.COST_FIELD)
        ]
        if not all(columns):
            raise QgsProcessingException(
                ConectaBridge.tr("Give the names of the matrix origin, destination and travel time fields.")
            )
        distinct_fields(columns)
        return columns

    def read_matrix(
        self, parameters, context, feedback, zones_value=None, id_field="", max_cut=None, extra_columns=()
    ) -> MatrixSource:
        """The matrix given, or the one computed on the network from ``zones_value`` to itself; with
        ``extra_columns`` (extra cost columns, read after the three others) only a given matrix will do."""
        has_matrix = parameters.get(self.TRAVEL_MATRIX) not in (None, "")
        has_network = parameters.get(self.NETWORK) not in (None, "")
        if has_matrix:
            if has_network:
                feedback.pushInfo(
                    ConectaBridge.tr("A travel matrix is given: the street network is not used.")
                )
            columns = self.matrix_columns(parameters, context) + list(extra_columns)
            path = table_file(self, parameters, self.TRAVEL_MATRIX, context)
            chunks = long_table_chunks(self, parameters, self.TRAVEL_MATRIX, context, columns, feedback)
            return MatrixSource(chunks, columns, path)
        if not has_network:
            raise QgsProcessingException(
                ConectaBridge.tr("Give a travel-time matrix, or a street network to compute it on.")
            )
        if extra_columns:
            raise QgsProcessingException(
                ConectaBridge.tr(
                    "Extra costs ({}) need a travel matrix with those columns: the matrix computed on the street "
                    "network has travel times only."
                ).format(", ".join(extra_columns))
            )
        return self._network_matrix(parameters, context, feedback, zones_value, id_field, max_cut)

    def uses_network(self, parameters) -> bool:
        """True when no matrix is given and a street network is: travel times are computed on the network."""
        no_matrix = parameters.get(self.TRAVEL_MATRIX) in (None, "")
        return no_matrix and parameters.get(self.NETWORK) not in (None, "")

    def network_limit(self, parameters, context, feedback, max_cut) -> float:
        """The maximum travel time on the network (minutes), with a warning when the largest cutoff
        ``max_cut`` exceeds it."""
        max_time = self.parameterAsDouble(parameters, self.MAX_TIME, context)
        if max_cut is not None and max_cut > max_time:
            feedback.pushWarning(
                ConectaBridge.tr(
                    "The largest cutoff ({0} min) exceeds the maximum travel time on the network ({1} min): "
                    "pairs farther than {1} min are not counted."
                ).format(max_cut, max_time)
            )
        return max_time

    def _network_matrix(
        self, parameters, context, feedback, zones_value, id_field: str, max_cut
    ) -> MatrixSource:
        """Run conecta:traveltimematrix from the zones to the zones and read its table."""
        if QgsApplication.processingRegistry().algorithmById(TRAVEL_TIMES) is None:
            raise QgsProcessingException(
                ConectaBridge.tr(
                    "Computing travel times on the street network needs the algorithm {}, which is not "
                    "available: give a travel-time matrix instead."
                ).format(TRAVEL_TIMES)
            )
        import processing

        mode = self.parameterAsEnum(parameters, self.MODE, context)
        max_time = self.network_limit(parameters, context, feedback, max_cut)
        feedback.pushInfo(
            ConectaBridge.tr("Computing the travel-time matrix on the street network ({}).").format(
                street_mode_labels()[mode]
            )
        )
        from ...core.progress import Cancelled

        try:
            result = processing.run(
                TRAVEL_TIMES,
                {
                    "NETWORK": parameters[self.NETWORK],
                    "ORIGINS": zones_value,
                    "ORIGINS_ID": id_field,
                    "DESTINATIONS_ID": id_field,
                    "MODE": mode,
                    "MAX_TIME": max_time,
                    **{key: parameters[key] for key in (WALK_SPEED, BICYCLE_SPEED) if key in parameters},
                    "OUTPUT": "TEMPORARY_OUTPUT",
                },
                context=context,
                feedback=feedback,
                is_child_algorithm=True,
            )
        except QgsProcessingException:
            if feedback.isCanceled():  # however the child stopped, a cancel is a cancel (no traceback)
                raise Cancelled() from None
            raise
        if feedback.isCanceled():
            raise Cancelled()
        layer = QgsProcessingUtils.mapLayerFromString(result.get("OUTPUT", ""), context)
        if layer is None:
            raise QgsProcessingException(ConectaBridge.tr("The travel-time matrix could not be computed."))
        columns = [FROM_ID, TO_ID, TRAVEL_TIME]
        frame = layer_table(layer, columns, context, feedback)
        return MatrixSource([frame], columns, None)


# --------------------------------------------------------------------------------------------- OD tables


class OdInput:
    """An origin-destination table of trips (``OD``) with its three field names."""

    OD = "OD"
    OD_FROM = "OD_FROM"
    OD_TO = "OD_TO"
    OD_TRIPS = "OD_TRIPS"

    def add_od_parameters(self, label: str = "") -> None:
        """Declare the OD table (a table layer, or a CSV, CSV.gz or Parquet file) and its origin, destination
        and trips fields (defaults ``from_id``, ``to_id``, ``trips``)."""
        self.add_layer(
            self.OD,
            label or ConectaBridge.tr("OD table (trips by origin and destination)"),
            [QgsProcessing.TypeVector],
        )
        for key, text, default in (
            (self.OD_FROM, ConectaBridge.tr("Origin id field of the OD table"), FROM_ID),
            (self.OD_TO, ConectaBridge.tr("Destination id field of the OD table"), TO_ID),
            (self.OD_TRIPS, ConectaBridge.tr("Trips field of the OD table"), "trips"),
        ):
            self.add_field(key, text, self.OD, optional=True, default=default)

    def od_fields(self, parameters, context) -> list:
        """The OD table's origin, destination and trips field names (each one's default when left empty)."""
        names = []
        for key in (self.OD_FROM, self.OD_TO, self.OD_TRIPS):
            value = self.parameterAsString(parameters, key, context)
            names.append(value or str(self.parameterDefinition(key).defaultValue() or ""))
        return names

    def read_od(self, parameters, context, feedback) -> pd.DataFrame:
        """The OD table of the parameters declared by :meth:`add_od_parameters` (see :meth:`read_od_table`)."""
        return self.read_od_table(parameters, context, feedback, self.od_fields(parameters, context))

    def read_od_table(self, parameters, context, feedback, names) -> pd.DataFrame:
        """The OD table with trips as numbers: rows without ids or trips dropped and warned; negative trips,
        an empty table and repeated pairs refused."""
        from_field, to_field, trips_field = names
        frame = read_long_table(self, parameters, self.OD, context, list(names), feedback)
        if frame.empty:
            raise QgsProcessingException(ConectaBridge.tr("The OD table has no rows."))
        trips = frame[trips_field].to_numpy(dtype=np.float64)
        if (trips < 0).any():
            raise QgsProcessingException(
                ConectaBridge.tr(
                    "The OD table has {0} negative values in field {1}: trips must be zero or positive."
                ).format(int((trips < 0).sum()), trips_field)
            )
        no_id = frame[from_field].isna().to_numpy() | frame[to_field].isna().to_numpy()
        if np.isnan(trips).any():
            feedback.pushWarning(
                ConectaBridge.tr(
                    "{0} rows of the OD table have no number in field {1} and were left out."
                ).format(int(np.isnan(trips).sum()), trips_field)
            )
        if no_id.any():
            feedback.pushWarning(
                ConectaBridge.tr(
                    "{} rows of the OD table have no origin or destination id and were left out."
                ).format(int(no_id.sum()))
            )
        frame = frame.loc[~no_id & ~np.isnan(trips)].reset_index(drop=True)
        if frame.empty:
            raise QgsProcessingException(
                ConectaBridge.tr("The OD table has no row with ids and a number of trips.")
            )
        pairs = (
            pd.Series(id_keys(frame[from_field])).astype(str)
            + "→"
            + pd.Series(id_keys(frame[to_field])).astype(str)
        )
        repeated = pairs[pairs.duplicated()].unique()
        if len(repeated):
            raise QgsProcessingException(
                ConectaBridge.tr(
                    "{0} origin-destination pairs appear more than once in the OD table (e.g. {1}): each pair "
                    "must appear once. Remove or aggregate the repeated rows."
                ).format(len(repeated), show_ids(repeated))
            )
        return frame
