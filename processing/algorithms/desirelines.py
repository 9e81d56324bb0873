"""conecta:desirelines — lines between zones (straight, or along the fastest route) with the trips of an OD table."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import demand as core
from ...core.definitions import STREET_MODES
from ...core.network import shortest_path_lines
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.demand import desire_line_style
from ..bridge.messages import push_count, show_ids
from ..bridge.network import NetworkInput
from ..bridge.params import OdInput, ZonesInput
from ..bridge.readers import read_points, require_fields, source_of
from ..bridge.styles import on_load
from ..bridge.vocabulary import street_mode_labels
from ..bridge.writers import Output, id_variant, table_fields

ROUTE_SNAP_M = 500.0
"""Zones farther than this from the network get a straight line."""


class DesireLines(NetworkInput, OdInput, ZonesInput, ConectaAlgorithm):
    """Origin-destination flows drawn as lines between zone points, widths proportional to trips."""

    ALG_NAME = "desirelines"
    GROUP_ID = "demand"

    MIN_TRIPS = "MIN_TRIPS"
    TOP_N = "TOP_N"
    SYMMETRIC = "SYMMETRIC"
    NETWORK = "NETWORK"
    MODE = "MODE"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Desire lines")

    def shortHelpString(self) -> str:
        return self.tr(
            "Draws the trips of an OD table as desire lines: one straight line from the origin zone to the "
            "destination zone (from a point inside each polygon, or the point itself) with the number of "
            "trips, styled with a width proportional to the trips. Trips within a zone are left out. A pair "
            "that appears twice in the OD table is refused.\n\n"
            "Keep the map readable with a minimum number of trips and/or the N largest flows; the "
            "symmetric option adds up both directions (A→B and B→A) in one line.\n\n"
            "The lines are drawn in the coordinate reference system of the zones layer. With a street network, "
            "each line follows the fastest route on it for the chosen mode instead (drawn in the network's "
            "projected CRS); pairs with no route are drawn straight and counted in the log."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_od_parameters()
        self.add_zone_parameters(id_default="id")
        self.add_number(self.MIN_TRIPS, self.tr("Minimum number of trips of a line"), 0.0, minimum=0.0)
        self.add_number(
            self.TOP_N, self.tr("Keep only the N largest flows (0 = all)"), 0, minimum=0, integer=True
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.SYMMETRIC, self.tr("Add up both directions (A→B + B→A) in one line"), defaultValue=False
            )
        )
        self.add_layer(
            self.NETWORK,
            self.tr("Street network (optional: lines along the fastest route)"),
            [QgsProcessing.TypeVectorLine],
            optional=True,
        )
        self.add_choice(self.MODE, self.tr("Mode on the network"), street_mode_labels(), default=2)
        self.add_sink(self.OUTPUT, self.tr("Desire lines"), QgsProcessing.TypeVectorLine)
        self.addOutput(QgsProcessingOutputNumber("LINES", self.tr("Number of lines")))
        self.addOutput(QgsProcessingOutputNumber("TRIPS_SHOWN", self.tr("Trips on the lines")))

    def input_messages(self) -> dict:
        return {
            "no_match": self.tr(
                "No OD row matches the zone ids: check the zone id field and the id fields of the OD table."
            ),
        }

    def process(self, parameters, context, feedback):
        """Read the OD table and the zone points, gather the flows (one core call), route them if asked, write."""
        od = self.read_od(parameters, context, feedback)
        names = self.od_fields(parameters, context)
        zones = source_of(self, parameters, self.ZONES, context)
        id_field = self.parameterAsString(parameters, self.ZONES_ID, context)
        require_fields(zones, [id_field])
        crs = zones.sourceCrs()
        points = self._points(zones, crs, context, id_field, feedback)
        flows = core.desire_flows(
            od[names[0]],
            od[names[1]],
            od[names[2]],
            points.ids,
            symmetric=self.parameterAsBoolean(parameters, self.SYMMETRIC, context),
            min_trips=self.parameterAsDouble(parameters, self.MIN_TRIPS, context),
            top_n=self.parameterAsInt(parameters, self.TOP_N, context),
        )
        self._report(flows, feedback)
        feedback.setProgress(20)
        xy, routes = points.xy, None
        if parameters.get(self.NETWORK) not in (None, ""):
            xy, routes, crs = self._routes(parameters, context, feedback, zones, id_field, flows)
        ids = np.asarray(points.ids, dtype=object)
        kind = id_variant(points.ids)
        fields = table_fields([("from_id", kind), ("to_id", kind), ("trips", QVariant.Double)])
        with Output(self, parameters, self.OUTPUT, context) as output:
            output.sink(fields, QgsWkbTypes.LineString, crs)
            output.add(self._lines(fields, flows, ids, xy, routes), feedback)
            dest_id = output.finish()
        on_load(context, dest_id, desire_line_style("trips", flows.trips), self.tr("Desire lines"))
        return {self.OUTPUT: dest_id, "LINES": len(flows.trips), "TRIPS_SHOWN": flows.trips_shown}

    def _points(self, zones, crs, context, id_field: str, feedback):
        """A point per zone (inside each polygon) in ``crs``, with unique ids."""
        points = read_points(zones, crs, context, id_field, feedback=feedback)
        if not points.ids:
            raise QgsProcessingException(
                self.tr("The zones layer has no features with a geometry and an id.")
            )
        if points.skipped_geometry or points.skipped_null_id:
            feedback.pushWarning(
                self.tr("{0} zones without geometry and {1} without an id were left out.").format(
                    points.skipped_geometry, points.skipped_null_id
                )
            )
        if points.duplicates:
            raise QgsProcessingException(
                self.tr("Zone ids must be unique, but field {0} repeats: {1}.").format(
                    id_field, show_ids(points.duplicates)
                )
            )
        return points

    def _report(self, flows, feedback) -> None:
        """OD rows left out (ids that are not zones, trips within a zone) and the lines kept."""
        if flows.n_rows_unknown:
            feedback.pushWarning(
                localized(
                    self.tr("{0} OD rows ({1:,.1f} trips) refer to ids that are not in the zones layer: {2}.")
                ).format(flows.n_rows_unknown, flows.trips_unknown, show_ids(flows.unknown_ids))
            )
        if flows.n_rows_intrazonal:
            feedback.pushInfo(
                localized(self.tr("{0} OD rows within a zone ({1:,.1f} trips) are not drawn.")).format(
                    flows.n_rows_intrazonal, flows.trips_intrazonal
                )
            )
        feedback.pushInfo(
            localized(
                self.tr("{0} of {1} lines kept, with {2:,.1f} of {3:,.1f} trips between different zones.")
            ).format(len(flows.trips), flows.n_flows, flows.trips_shown, flows.total_trips)
        )

    def _routes(self, parameters, context, feedback, zones, id_field: str, flows) -> tuple:
        """The zone points in the network's CRS, the fastest route of every flow (None: none found), the CRS."""
        mode = STREET_MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        loaded = self.read_network(parameters, context, feedback, mode, (self.ZONES,), (0.0, 100.0))
        points = read_points(zones, loaded.crs, context, id_field)
        routes = shortest_path_lines(
            loaded.graph,
            points.xy,
            flows.origin,
            flows.destination,
            max_snap_m=ROUTE_SNAP_M,
            progress=self.progress_callback(feedback, 20, 70),
        )
        missing = sum(route is None for route in routes)
        push_count(
            feedback,
            missing,
            self.tr(
                "{} pairs have no route on the network (zones too far from it or not connected): drawn straight."
            ),
        )
        return points.xy, routes, loaded.crs

    def _lines(self, fields, flows, ids: np.ndarray, xy: np.ndarray, routes):
        """The features of the flows: their route, or a straight line between the two zone points."""
        for k, (i, j, trips) in enumerate(
            zip(flows.origin.tolist(), flows.destination.tolist(), flows.trips.tolist())
        ):
            feature = QgsFeature(fields)
            route = routes[k] if routes is not None else None
            if route is None:
                route = ((xy[i, 0], xy[i, 1]), (xy[j, 0], xy[j, 1]))
            feature.setGeometry(
                QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in np.asarray(route).tolist()])
            )
            feature.setAttributes([ids[i], ids[j], trips])
            yield feature
