"""conecta:traveltimematrix — street-network travel times between points, city-scale, in seconds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import network as core
from ...core.progress import Cancelled, scaled
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.deps import require
from ..bridge.network import add_network_parameters, add_od_parameters, first, load_network, read_od_points
from ..bridge.writers import add_rows, id_variant, table_fields


class TravelTimeMatrix(ConectaAlgorithm):
    """Long-format travel-time matrix (from_id, to_id, travel_time in minutes) on a street network."""

    ALG_NAME = "traveltimematrix"
    GROUP_ID = "network"

    def displayName(self) -> str:
        return self.tr("Travel-time matrix (street network)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Computes travel times on foot, by bicycle or by car between origins and destinations (points, or "
            "polygons through a point on their surface) along a street network, and writes the long table "
            "from_id, to_id, travel_time (minutes) with only the pairs reached within the maximum time — the "
            "format of r5r and of IPEA's accessibility package, so matrices from those tools and from Conecta "
            "are interchangeable.\n\n"
            "Speeds: walking 3.6 km/h and cycling 12 km/h (r5r's defaults); cars by OpenStreetMap road class, "
            "overridden by the line's speed limit (maxspeed) and by a speed field. One-way streets are honoured "
            "by car and bicycle (OSM oneway, including -1, or a direction field like QGIS's network tools). OSM "
            "layers read by GDAL keep oneway and maxspeed in other_tags: they are read from there.\n\n"
            "Points are snapped onto the nearest street (not only its vertices) within the snapping distance; "
            "the leg from the point to the street is walked. Points farther away are listed in the log. "
            "Shortest paths are computed many origins at a time on a contracted graph, in blocks of bounded "
            "memory, and can be cancelled. Geographic layers are reprojected to the UTM zone of the network.\n\n"
            "For very large matrices, write straight to a CSV or Parquet file with 'Matrix file'."
        )

    def initAlgorithm(self, config=None) -> None:
        add_network_parameters(self, with_mode=True, default_mode=0)
        add_od_parameters(self)
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_TIME",
                self.tr("Maximum travel time (minutes)"),
                type=QgsProcessingParameterNumber.Double,
                defaultValue=60.0,
                minValue=0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterDistance(
                "SNAP_DISTANCE",
                self.tr("Maximum snapping distance to the network"),
                defaultValue=500.0,
                parentParameterName="NETWORK",
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT",
                self.tr("Travel-time matrix"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT_FILE",
                self.tr("Matrix file (CSV or Parquet, for very large matrices)"),
                fileFilter=self.tr("CSV files (*.csv);;Parquet files (*.parquet)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("PAIRS", self.tr("Pairs within the maximum time")))
        self.addOutput(QgsProcessingOutputNumber("UNSNAPPED", self.tr("Points beyond the snapping distance")))

    def processAlgorithm(self, parameters, context, feedback):
        loaded = load_network(self, parameters, context, feedback, others=("ORIGINS", "DESTINATIONS"))
        if loaded is None:
            return {}
        origins = read_od_points(
            self, parameters, "ORIGINS", "ORIGINS_ID", loaded.crs, context, feedback, self.tr("Origins")
        )
        same = parameters.get("DESTINATIONS") in (None, "")
        destinations = (
            origins
            if same
            else read_od_points(
                self,
                parameters,
                "DESTINATIONS",
                "DESTINATIONS_ID",
                loaded.crs,
                context,
                feedback,
                self.tr("Destinations"),
            )
        )
        max_time = self.parameterAsDouble(parameters, "MAX_TIME", context)
        snap = self.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
        out_file = self.parameterAsFileOutput(parameters, "OUTPUT_FILE", context)
        if out_file and Path(out_file).suffix.lower() == ".parquet":
            require("pyarrow")
        progress = self.progress_callback(feedback)
        try:
            plan = core.plan_matrix(
                loaded.graph,
                origins.xy,
                None if same else destinations.xy,
                max_snap_m=snap,
                progress=scaled(progress, 0.0, 0.1),
            )
        except Cancelled:
            return {}
        unsnapped = self._report_plan(plan, origins, destinations, same, snap, feedback)
        if len(plan.diagnostics.unsnapped_origins) == len(origins.ids):
            raise QgsProcessingException(
                self.tr(
                    "No origin is within {} m of a street usable by this mode: check the layers' CRS and the snapping distance."
                ).format(snap)
            )

        want_sink = parameters.get("OUTPUT") not in (None, "") or not out_file
        direct = self.parameterAsOutputLayer(parameters, "OUTPUT", context) if want_sink else ""
        if direct and Path(direct).suffix.lower() == ".csv" and not out_file:
            # a CSV destination is streamed straight to disk: several times faster than a QGIS sink
            want_sink, out_file, csv_as_output = False, direct, True
        else:
            csv_as_output = False
        fields = table_fields(
            [
                ("from_id", id_variant(origins.ids)),
                ("to_id", id_variant(destinations.ids)),
                ("travel_time", QVariant.Double),
            ]
        )
        origin_ids = np.asarray(origins.ids, dtype=object)
        destination_ids = np.asarray(destinations.ids, dtype=object)
        writer = _FileWriter(out_file, origins.ids, destinations.ids) if out_file else None
        sink = dest_id = None
        if want_sink:
            sink, dest_id = self.parameterAsSink(
                parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry
            )
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        pairs = 0
        try:
            for chunk in core.iter_matrix_chunks(plan, max_time, progress=scaled(progress, 0.1, 1.0)):
                minutes = np.round(chunk.minutes, 4)
                if sink is not None:
                    add_rows(
                        sink, fields, [origin_ids[chunk.from_idx], destination_ids[chunk.to_idx], minutes]
                    )
                if writer is not None:
                    writer.write(chunk.from_idx, chunk.to_idx, minutes)
                pairs += len(minutes)
        except Cancelled:
            if writer is not None:
                writer.abort()
            return {}
        except BaseException:  # disk full, out of memory…: no half-written matrix is left behind
            if writer is not None:
                writer.abort()
            raise
        if writer is not None:
            writer.close()
            feedback.pushInfo(self.tr("Matrix written to {}.").format(out_file))
        if plan.diagnostics.routing_method == "hierarchy":
            feedback.pushInfo(
                localized(
                    self.tr(
                        "The origins reach {0:.0f} % of the network within the limit: routed with a contraction "
                        "hierarchy ({1} shortcut arcs), faster than one search per origin."
                    )
                ).format(100.0 * plan.diagnostics.reached_share, plan.diagnostics.n_shortcuts)
            )
        feedback.pushInfo(
            self.tr(
                "{0} origin-destination pairs within {1} minutes ({2} origins × {3} destinations)."
            ).format(pairs, max_time, len(origins.ids), len(destinations.ids))
        )
        results = {"PAIRS": pairs, "UNSNAPPED": unsnapped}
        if dest_id is not None:
            results["OUTPUT"] = dest_id
        if csv_as_output:
            results["OUTPUT"] = out_file
        elif out_file:
            results["OUTPUT_FILE"] = out_file
        return results

    def _report_plan(self, plan, origins, destinations, same, snap, feedback) -> int:
        d = plan.diagnostics
        unsnapped = len(d.unsnapped_origins) + (0 if same else len(d.unsnapped_destinations))
        if len(d.unsnapped_origins):
            feedback.pushWarning(
                self.tr(
                    "{0} origins are farther than {1} m from the network and get no travel time: {2}"
                ).format(
                    len(d.unsnapped_origins),
                    snap,
                    first(np.asarray(origins.ids, dtype=object)[d.unsnapped_origins]),
                )
            )
        if not same and len(d.unsnapped_destinations):
            feedback.pushWarning(
                self.tr("{0} destinations are farther than {1} m from the network: {2}").format(
                    len(d.unsnapped_destinations),
                    snap,
                    first(np.asarray(destinations.ids, dtype=object)[d.unsnapped_destinations]),
                )
            )
        relinked = len(d.relinked_origins)
        if relinked:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} origins ({1:.1f} %) are nearest to a small part of the network cut off from the rest (an "
                        "island or a one-way dead end): they were linked to the nearest street of the main network "
                        "instead, as r5r does: {2}"
                    )
                ).format(
                    relinked,
                    100.0 * relinked / max(d.n_origins, 1),
                    first(np.asarray(origins.ids, dtype=object)[d.relinked_origins]),
                )
            )
        outside = len(d.origins_outside_main_component)
        if outside:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} origins ({1:.1f} %) lie on small parts of the network disconnected from the main one "
                        "and reach few destinations: {2}"
                    )
                ).format(
                    outside,
                    100.0 * outside / max(d.n_origins, 1),
                    first(np.asarray(origins.ids, dtype=object)[d.origins_outside_main_component]),
                )
            )
        return unsnapped


def csv_field(value) -> str:
    """An id as a CSV field (quoted only when it holds a comma, quote or line break)."""
    text = str(value)
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


class _FileWriter:
    """Streams matrix blocks to CSV or Parquet via a temporary file renamed when complete.

    CSV rows are formatted in plain Python (ids converted to text once, times with 4 decimals): about
    twice as fast as pandas' writer for the millions of rows of a city matrix.
    """

    def __init__(self, path: str, origin_ids, destination_ids) -> None:
        self.path = Path(path)
        self.tmp = self.path.with_name(self.path.name + ".part")
        self.parquet = self.path.suffix.lower() == ".parquet"
        self.origin_ids = np.asarray(origin_ids, dtype=object)
        self.destination_ids = np.asarray(destination_ids, dtype=object)
        if not self.parquet:
            self.origin_text = np.asarray([csv_field(i) for i in origin_ids], dtype=object)
            self.destination_text = np.asarray([csv_field(i) for i in destination_ids], dtype=object)
            self.handle = open(self.tmp, "w", encoding="utf-8", newline="")
            self.handle.write("from_id,to_id,travel_time\n")
        self.writer = None

    def write(self, from_idx, to_idx, minutes) -> None:
        if self.parquet:
            import pandas as pd
            import pyarrow as pa
            import pyarrow.parquet as pq

            frame = pd.DataFrame(
                {
                    "from_id": self.origin_ids[from_idx],
                    "to_id": self.destination_ids[to_idx],
                    "travel_time": minutes,
                }
            )
            table = pa.Table.from_pandas(frame, preserve_index=False)
            if self.writer is None:
                self.writer = pq.ParquetWriter(str(self.tmp), table.schema)
            self.writer.write_table(table)
            return
        times = map("{:.4f}".format, np.asarray(minutes, dtype=np.float64).tolist())
        rows = zip(self.origin_text[from_idx].tolist(), self.destination_text[to_idx].tolist(), times)
        self.handle.write("".join([f"{a},{b},{c}\n" for a, b, c in rows]))

    def close(self) -> None:
        if self.parquet:
            if self.writer is None:
                self.write(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
            self.writer.close()
        else:
            self.handle.close()
        self.tmp.replace(self.path)

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.close()
        if not self.parquet:
            self.handle.close()
        self.tmp.unlink(missing_ok=True)
