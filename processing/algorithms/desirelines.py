"""conecta:desirelines — lines between zones (straight, or along the fastest route) with the trips of an OD table."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsRendererRange,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from ...core.network import shortest_path_lines
from ...core.progress import Cancelled
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.network import MODES, load_network, mode_names
from ..bridge.readers import read_points
from ..bridge.styles import on_load
from ..bridge.tables import field_name, id_keys, plain_ids, read_od, show_ids
from ..bridge.writers import id_variant, table_fields

WIDTH_RANGE_MM = (0.2, 4.0)
CLASSES = 5


def desire_line_style(field: str):
    """A style function: lines graduated by size (width ∝ trips in ``CLASSES`` quantile classes)."""

    def style(layer) -> None:
        values = sorted(v for v in (f[field] for f in layer.getFeatures()) if v is not None)
        if not values:
            return
        symbol = QgsLineSymbol.createSimple({"color": "31,120,180,180", "capstyle": "round"})
        cuts = np.unique(np.quantile(np.asarray(values, dtype=float), np.linspace(0, 1, CLASSES + 1)))
        if len(cuts) < 2:
            cuts = np.array([values[0], values[-1] + 1e-9])
        ranges = []
        widths = np.linspace(*WIDTH_RANGE_MM, len(cuts) - 1)
        for k in range(len(cuts) - 1):
            item = symbol.clone()
            item.setWidth(float(widths[k]))
            item.setColor(QColor(31, 120, 180, 120 + int(120 * k / max(1, len(cuts) - 2))))
            label = f"{cuts[k]:,.0f} – {cuts[k + 1]:,.0f}"
            ranges.append(QgsRendererRange(float(cuts[k]), float(cuts[k + 1]), item, label))
        renderer = QgsGraduatedSymbolRenderer(field, ranges)
        renderer.setGraduatedMethod(QgsGraduatedSymbolRenderer.GraduatedSize)
        layer.setRenderer(renderer)

    return style


class DesireLines(ConectaAlgorithm):
    """Origin-destination flows drawn as lines between zone points, widths proportional to trips."""

    ALG_NAME = "desirelines"
    GROUP_ID = "demand"

    OD = "OD"
    OD_FROM = "OD_FROM"
    OD_TO = "OD_TO"
    OD_TRIPS = "OD_TRIPS"
    ZONES = "ZONES"
    ZONES_ID = "ZONES_ID"
    MIN_TRIPS = "MIN_TRIPS"
    TOP_N = "TOP_N"
    SYMMETRIC = "SYMMETRIC"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Desire lines")

    def shortHelpString(self) -> str:
        return self.tr(
            "Draws the trips of an OD table as desire lines: one straight line from the origin zone to the "
            "destination zone (from a point inside each polygon, or the point itself) with the number of "
            "trips, styled with a width proportional to the trips. Trips within a zone are left out.\n\n"
            "Keep the map readable with a minimum number of trips and/or the N largest flows; the "
            "symmetric option adds up both directions (A→B and B→A) in one line.\n\n"
            "The lines are drawn in the coordinate reference system of the zones layer. With a street network, "
            "each line follows the fastest route on it for the chosen mode instead (drawn in the network's "
            "projected CRS); pairs with no route are drawn straight and counted in the log."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.OD, self.tr("OD table (trips by origin and destination)"), [QgsProcessing.TypeVector]
            )
        )
        for key, text, default in (
            (self.OD_FROM, self.tr("Origin id field of the OD table"), "from_id"),
            (self.OD_TO, self.tr("Destination id field of the OD table"), "to_id"),
            (self.OD_TRIPS, self.tr("Trips field of the OD table"), "trips"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key, text, defaultValue=default, parentLayerParameterName=self.OD, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES,
                self.tr("Zones"),
                [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ZONES_ID,
                self.tr("Zone id field"),
                defaultValue="id",
                parentLayerParameterName=self.ZONES,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_TRIPS,
                self.tr("Minimum number of trips of a line"),
                type=QgsProcessingParameterNumber.Double,
                defaultValue=0.0,
                minValue=0.0,
            )
        )
        top = QgsProcessingParameterNumber(
            self.TOP_N,
            self.tr("Keep only the N largest flows (0 = all)"),
            type=QgsProcessingParameterNumber.Integer,
            defaultValue=0,
            minValue=0,
        )
        self.addParameter(top)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.SYMMETRIC, self.tr("Add up both directions (A→B + B→A) in one line"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "NETWORK",
                self.tr("Street network (optional: lines along the fastest route)"),
                [QgsProcessing.TypeVectorLine],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "MODE", self.tr("Mode on the network"), options=mode_names(), defaultValue=2
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Desire lines"), QgsProcessing.TypeVectorLine
            )
        )
        self.addOutput(QgsProcessingOutputNumber("LINES", self.tr("Number of lines")))
        self.addOutput(QgsProcessingOutputNumber("TRIPS_SHOWN", self.tr("Trips on the lines")))

    def processAlgorithm(self, parameters, context, feedback):
        names = [
            field_name(self, parameters, key, context) for key in (self.OD_FROM, self.OD_TO, self.OD_TRIPS)
        ]
        od = read_od(self, parameters, self.OD, context, *names, feedback)
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        id_field = self.parameterAsString(parameters, self.ZONES_ID, context)
        if zones.fields().lookupField(id_field) < 0:
            raise QgsProcessingException(
                self.tr("Field {} does not exist in the zones layer.").format(id_field)
            )
        crs = zones.sourceCrs()
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
        feedback.setProgress(20)

        zone_index = pd.Index(id_keys(points.ids))
        origin = zone_index.get_indexer(id_keys(od[names[0]]))
        destination = zone_index.get_indexer(id_keys(od[names[1]]))
        trips = od[names[2]].to_numpy(dtype=float)
        unknown = (origin < 0) | (destination < 0)
        if unknown.any():
            ids = pd.unique(
                np.concatenate(
                    [
                        od[names[0]].to_numpy(dtype=object)[origin < 0],
                        od[names[1]].to_numpy(dtype=object)[destination < 0],
                    ]
                )
            )
            feedback.pushWarning(
                localized(
                    self.tr("{0} OD rows ({1:,.1f} trips) refer to ids that are not in the zones layer: {2}.")
                ).format(int(unknown.sum()), float(trips[unknown].sum()), show_ids(ids))
            )
        if unknown.all():
            raise QgsProcessingException(
                self.tr(
                    "No OD row matches the zone ids: check the zone id field and the id fields of the OD table."
                )
            )
        intrazonal = (origin == destination) & ~unknown
        if intrazonal.any():
            feedback.pushInfo(
                localized(self.tr("{0} OD rows within a zone ({1:,.1f} trips) are not drawn.")).format(
                    int(intrazonal.sum()), float(trips[intrazonal].sum())
                )
            )
        keep = ~unknown & ~intrazonal
        a, b, t = origin[keep], destination[keep], trips[keep]
        symmetric = self.parameterAsBoolean(parameters, self.SYMMETRIC, context)
        if symmetric:
            a, b = np.minimum(a, b), np.maximum(a, b)
        n = len(points.ids)
        flows = pd.Series(t).groupby(a.astype(np.int64) * n + b).sum()
        a = (flows.index.to_numpy() // n).astype(np.int64)
        b = (flows.index.to_numpy() % n).astype(np.int64)
        t = flows.to_numpy(dtype=float)

        min_trips = self.parameterAsDouble(parameters, self.MIN_TRIPS, context)
        top_n = self.parameterAsInt(parameters, self.TOP_N, context)
        selected = (t >= min_trips) & (t > 0)
        order = np.flatnonzero(selected)[np.argsort(-t[selected], kind="stable")]
        if top_n > 0:
            order = order[:top_n]
        order = order[::-1]  # small flows first, so the big ones are drawn on top
        feedback.pushInfo(
            localized(
                self.tr("{0} of {1} lines kept, with {2:,.1f} of {3:,.1f} trips between different zones.")
            ).format(len(order), len(t), float(t[order].sum()), float(t.sum()))
        )

        routes = None
        if parameters.get("NETWORK") not in (None, ""):
            routes, crs = self._routes(parameters, context, feedback, zones, id_field, a[order], b[order])
            if routes is None:
                return {}
        ids = plain_ids(points.ids)
        id_type = id_variant(ids)
        fields = table_fields([("from_id", id_type), ("to_id", id_type), ("trips", QVariant.Double)])
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.LineString, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        xy = points.xy if routes is None else self._network_xy
        for count, k in enumerate(order):
            if count % 5000 == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(20 + 80 * count / max(1, len(order)))
            feature = QgsFeature(fields)
            i, j = int(a[k]), int(b[k])
            route = routes[count] if routes is not None else None
            if route is not None:
                feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in route.tolist()]))
            else:
                feature.setGeometry(
                    QgsGeometry.fromPolylineXY(
                        [QgsPointXY(xy[i, 0], xy[i, 1]), QgsPointXY(xy[j, 0], xy[j, 1])]
                    )
                )
            feature.setAttributes([ids[i], ids[j], float(t[k])])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        on_load(context, dest_id, desire_line_style("trips"), self.tr("Desire lines"))
        return {self.OUTPUT: dest_id, "LINES": len(order), "TRIPS_SHOWN": float(t[order].sum())}

    def _routes(self, parameters, context, feedback, zones, id_field, origins, destinations):
        """Fastest routes on NETWORK for the kept pairs (zone point indices), in the network's CRS."""
        loaded = load_network(
            self,
            parameters,
            context,
            feedback,
            mode=MODES[self.parameterAsEnum(parameters, "MODE", context)],
            others=(self.ZONES,),
        )
        if loaded is None:
            return None, None
        points = read_points(zones, loaded.crs, context, id_field)
        self._network_xy = points.xy
        try:
            routes = shortest_path_lines(
                loaded.graph,
                points.xy,
                origins,
                destinations,
                max_snap_m=500.0,
                progress=self.progress_callback(feedback, 20, 70),
            )
        except Cancelled:
            return None, None
        missing = sum(route is None for route in routes)
        if missing:
            feedback.pushWarning(
                self.tr(
                    "{} pairs have no route on the network (zones too far from it or not connected): drawn straight."
                ).format(missing)
            )
        return routes, loaded.crs
