"""Accessibility on a street network without a matrix (:class:`StreamedNetworkInput`): the network read once,
the zones' points snapped to it, then the origins routed chunk by chunk on every core and each chunk reduced
at once to the measure (:mod:`conecta.core.streamed`), so that memory is bounded by a chunk and never by the
matrix. Writing the matrix stays optional (``OUTPUT_MATRIX``, a CSV or Parquet file written while routing).

Worker processes are plain Python interpreters that import Conecta's core only (:mod:`conecta.core.parallel`):
QGIS is never started again. When none can be started the chunks run in QGIS's own process, and the log says so.
"""

from __future__ import annotations

import contextlib

import numpy as np
import pandas as pd
from qgis.core import QgsProcessingException, QgsProcessingParameterFileDestination

from ...core import network as core_network
from ...core import streamed as core
from ...core.od import id_keys
from ...core.parallel import WorkerFailed, cores
from ...translation import format_number
from .longmatrix import MatrixWriter
from .messages import _Context, show_ids
from .network import NetworkInput, read_point_layer

SNAP_DISTANCE = 500.0
"""Metres from a zone's point to the nearest street it may snap to (``conecta:traveltimematrix``'s default)."""
ORIGINS_PER_WORKER = 1000
"""Origins per worker process below which the chunks run in QGIS's own process (starting workers costs
about a second)."""


class ConectaStreamed(_Context):
    """Translation context of the streamed-accessibility messages."""


def zone_codes(zones, ids) -> np.ndarray:
    """The zone code (row of ``zones.frame``) of each routed point id."""
    return pd.Index(id_keys(pd.Series(zones.frame.index, dtype=object))).get_indexer(
        id_keys(pd.Series(ids, dtype=object))
    )


def automatic_workers(n_origins: int) -> int:
    """Worker processes for ``n_origins`` origins: one per core, fewer for small runs, at least one."""
    return int(max(1, min(cores(), n_origins // ORIGINS_PER_WORKER)))


class StreamedNetworkInput:
    """Accessibility on the street network of :class:`~.params.MatrixInput` (``NETWORK``, ``MODE``,
    ``MAX_TIME``), streamed; with the optional matrix file ``OUTPUT_MATRIX`` and the advanced ``WORKERS`` and
    ``CHUNK_SIZE``."""

    OUTPUT_MATRIX = "OUTPUT_MATRIX"
    WORKERS = "WORKERS"
    CHUNK_SIZE = "CHUNK_SIZE"

    def add_streamed_parameters(self) -> None:
        """Declare the matrix file and the worker and chunk options."""
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_MATRIX,
                ConectaStreamed.tr("Travel-time matrix computed on the network (optional, CSV or Parquet)"),
                fileFilter=ConectaStreamed.tr("CSV files (*.csv);;Parquet files (*.parquet)"),
                optional=True,
                createByDefault=False,
            ),
            help_text=ConectaStreamed.tr(
                "Without a travel matrix, travel times are computed on the street network and reduced to the "
                "measure origin by origin, without keeping the matrix. Give a file here to write it as well."
            ),
        )
        self.add_number(
            self.WORKERS, ConectaStreamed.tr("Worker processes (0: one per core)"), 0, minimum=0, integer=True,
            advanced=True,
            help_text=ConectaStreamed.tr(
                "Processes that route the origins at the same time on the street network. 0 uses every core for "
                "large runs and QGIS's own process for small ones."
            ),
        )  # fmt: skip
        self.add_number(
            self.CHUNK_SIZE, ConectaStreamed.tr("Origins per chunk (0: chosen from the memory available)"), 0,
            minimum=0, integer=True, advanced=True,
            help_text=ConectaStreamed.tr(
                "Origins routed together by one worker. Progress and cancel are checked after each chunk."
            ),
        )  # fmt: skip

    def streamed_measure(
        self, parameters, context, feedback, zones, measure: str, settings, max_cut, build=None
    ) -> tuple:
        """The measure on the street network (or on the router ``build`` returns, with the zone code of each of
        its points, as :meth:`_router`), streamed: ``(result, field names, outputs written)``."""
        router, codes = (build or self._router)(parameters, context, feedback, zones, max_cut)
        workers = self.parameterAsInt(parameters, self.WORKERS, context) or automatic_workers(
            len(router.origins)
        )
        chunk = self.parameterAsInt(parameters, self.CHUNK_SIZE, context) or None
        source = core.router_source(router, codes, workers, chunk)
        feedback.pushInfo(
            ConectaStreamed.tr(
                "{0} zones routed in {1} chunks of up to {2} origins on {3} process(es)."
            ).format(format_number(len(router.origins)), len(source.chunks), source.chunk_size, workers)
        )
        events: list = []
        runner = core.local_runner(source, workers, "processes", events)
        writer = self._matrix_writer(parameters, context, feedback, zones.frame.index)
        try:
            with writer if writer is not None else contextlib.nullcontext():
                result, names = core.streamed_accessibility(
                    measure, source, zones.frame, settings, runner, self.progress_callback(feedback, 30, 100),
                    on_pairs=None if writer is None else lambda rows: writer.write(*rows),
                )  # fmt: skip
                outputs = writer.finish() if writer is not None else {}
        except WorkerFailed as error:
            raise QgsProcessingException(
                ConectaStreamed.tr(
                    "A worker process stopped three times while routing chunks {}: the computer may be short of "
                    "memory. Use fewer worker processes or smaller chunks."
                ).format(show_ids(error.chunks))
            ) from error
        self._report_events(events, feedback)
        return result, names, outputs

    def _router(self, parameters, context, feedback, zones, max_cut) -> tuple:
        """The street router of the zones' points and the zone code of each point (the network, its graph and
        the snapping are released on return: only the router stays in memory while routing)."""
        network = NetworkInput.read_network(
            self, parameters, context, feedback, others=(self.ZONES,), progress=(0.0, 10.0)
        )
        points = read_point_layer(
            self, parameters, self.ZONES, self.ZONES_ID, network.crs, context, feedback,
            ConectaStreamed.tr("Zones"), progress=(10.0, 15.0),
        )  # fmt: skip
        max_time = self.network_limit(parameters, context, feedback, max_cut)
        plan = core_network.plan_matrix(
            network.graph,
            points.xy,
            max_snap_m=SNAP_DISTANCE,
            progress=self.progress_callback(feedback, 15, 22),
        )
        self._report_snapping(plan, points.ids, feedback)
        router = core_network.street_router(
            plan, network.graph, max_time, progress=self.progress_callback(feedback, 22, 30)
        )
        return router, zone_codes(zones, points.ids)

    def _matrix_writer(self, parameters, context, feedback, zone_ids):
        """The writer of the optional matrix file (None when no file is asked for)."""
        if not self.parameterAsFileOutput(parameters, self.OUTPUT_MATRIX, context):
            return None
        ids = np.asarray(zone_ids, dtype=object)
        return MatrixWriter(self, parameters, context, feedback, ids, ids, "", self.OUTPUT_MATRIX)

    def _report_snapping(self, plan, ids, feedback) -> None:
        """Say which zones are off the network; stop when none reached it."""
        d = plan.diagnostics
        ids = np.asarray(ids, dtype=object)
        if len(d.unsnapped_origins) == len(ids):
            raise QgsProcessingException(
                ConectaStreamed.tr(
                    "No zone is within {} m of a street usable by this mode: check the layers' CRS and the mode."
                ).format(format_number(SNAP_DISTANCE))
            )
        if len(d.unsnapped_origins):
            feedback.pushWarning(
                ConectaStreamed.tr(
                    "{0} zones are farther than {1} m from the network and reach nothing: {2}"
                ).format(
                    len(d.unsnapped_origins), format_number(SNAP_DISTANCE), show_ids(ids[d.unsnapped_origins])
                )
            )
        if len(d.origins_outside_main_component):
            feedback.pushWarning(
                ConectaStreamed.tr(
                    "{0} zones lie on small parts of the network disconnected from the main one and reach few "
                    "zones: {1}"
                ).format(
                    len(d.origins_outside_main_component), show_ids(ids[d.origins_outside_main_component])
                )
            )

    def _report_events(self, events: list, feedback) -> None:
        """What happened to the worker processes."""
        for kind, value in events:
            if kind == "fallback":
                feedback.pushInfo(
                    ConectaStreamed.tr(
                        "Worker processes could not be used ({}): the chunks were routed in QGIS's own process."
                    ).format(value)
                )
            elif kind == "retried":
                feedback.pushWarning(
                    ConectaStreamed.tr(
                        "A worker process stopped while routing chunks {}: they were routed again."
                    ).format(show_ids(value))
                )
