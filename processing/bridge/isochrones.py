"""What the two isochrone algorithms share (:class:`IsochroneOutput`, with :class:`~.network.NetworkInput`):
the starting points and the minutes, the points too far from the network, and the isochrone polygons written
(buffered reached streets, one feature per point or group and interval) and styled by minutes."""

from __future__ import annotations

from typing import Iterable, Tuple

import numpy as np
from qgis.core import QgsFeature, QgsProcessing, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ...core.progress import ProgressCallback
from .geometry import buffered_union
from .messages import _Context, show_ids
from .network import read_point_layer
from .styles import graduated, on_load
from .writers import Output, id_variant, table_fields

INPUT, ID_FIELD, INTERVALS, OUTPUT = "INPUT", "ID_FIELD", "INTERVALS", "OUTPUT"


class ConectaIsochrones(_Context):
    """Translation context of the isochrones' shared parameters and messages."""


class IsochroneOutput:
    """The starting points (``INPUT``, ``ID_FIELD``), the minutes (``INTERVALS``) and the polygon output
    (``OUTPUT``) of an isochrone algorithm."""

    def add_starting_points(self, default_minutes: str) -> None:
        """Declare the starting points (points or polygons), their optional id field and the minutes."""
        self.add_layer(
            INPUT,
            ConectaIsochrones.tr("Starting points"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
        )
        self.add_field(ID_FIELD, ConectaIsochrones.tr("Id field"), INPUT, optional=True)
        self.add_text(INTERVALS, ConectaIsochrones.tr("Minutes (comma-separated)"), default_minutes)

    def isochrone_minutes(self, parameters, context) -> list:
        """The minutes of INTERVALS, checked."""
        return self.minutes(parameters, INTERVALS, context, ConectaIsochrones.tr("Minutes"))

    def starting_points(self, parameters, context, feedback, crs, unique: bool = True, progress=(0.0, 100.0)):
        """The starting points in ``crs`` (polygons through a point on their surface), ids unique when
        ``unique``."""
        return read_point_layer(
            self, parameters, INPUT, ID_FIELD, crs, context, feedback, ConectaIsochrones.tr("Starting points"),
            unique=unique, progress=progress,
        )  # fmt: skip

    @staticmethod
    def report_unsnapped(ids: np.ndarray, unsnapped: np.ndarray, snap: float, feedback) -> None:
        """Name the points farther than the snapping distance from the network (they get no isochrone)."""
        if len(unsnapped):
            feedback.pushWarning(
                ConectaIsochrones.tr(
                    "{0} points are farther than {1} m from the network and get no isochrone: {2}"
                ).format(len(unsnapped), snap, show_ids(ids[unsnapped]))
            )

    def write_isochrones(
        self,
        parameters,
        context,
        feedback,
        groups: Iterable[Tuple[object, float, list]],
        ids,
        crs,
        buffer_m: float,
        n_minutes: int,
        progress: ProgressCallback = None,
        total: int = 0,
    ) -> str:
        """Write one polygon per (id, minutes, reached street pieces) of ``groups``, in their order: the pieces
        buffered by ``buffer_m`` and dissolved (an empty result is left out), with its area in km²; style the
        output by minutes, log the count and return the destination id. ``ids`` gives the id field's type;
        ``progress`` is told the share of ``total`` groups done before each one is drawn."""
        fields = table_fields(
            [("id", id_variant(ids)), ("minutes", QVariant.Double), ("area_km2", QVariant.Double)]
        )
        written = 0

        def features():
            nonlocal written
            for done, (key, minutes, pieces) in enumerate(groups):
                if progress is not None and total:
                    progress(done / total)  # a cancel is seen while the pieces are buffered, or by the sink
                area = buffered_union(pieces, buffer_m, feedback) if pieces else None
                if area is None or area.isEmpty():
                    continue
                area.convertToMultiType()
                feature = QgsFeature(fields)
                feature.setGeometry(area)
                feature.setAttributes([key, float(minutes), area.area() / 1e6])
                written += 1
                yield feature

        with Output(self, parameters, OUTPUT, context) as output:
            output.sink(fields, QgsWkbTypes.MultiPolygon, crs)
            output.add(features(), feedback)
            dest = output.finish()
        feedback.pushInfo(ConectaIsochrones.tr("{} isochrones written.").format(written))
        on_load(
            context, dest, graduated("minutes", classes=max(n_minutes, 2), start="#1a9850", end="#d73027")
        )
        return dest
