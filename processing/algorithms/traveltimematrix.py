"""conecta:traveltimematrix — street-network travel times between points, city-scale, in minutes."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)

from ...core import network as core
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.longmatrix import MatrixWriter
from ..bridge.messages import show_ids
from ..bridge.network import NetworkInput, OdPointsInput
from ..bridge.street_scenarios import StreetScenarioInput


class TravelTimeMatrix(StreetScenarioInput, NetworkInput, OdPointsInput, ConectaAlgorithm):
    """Long-format travel-time matrix (from_id, to_id, travel_time in minutes) on a street network."""

    ALG_NAME = "traveltimematrix"
    GROUP_ID = "network"
    MAX_TIME = "MAX_TIME"
    OUTPUT = "OUTPUT"
    OUTPUT_FILE = "OUTPUT_FILE"

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
            "For very large matrices, write straight to a CSV or Parquet file with 'Matrix file'.\n\n"
            "Street scenarios (advanced parameters): speed factors by road class and time of day with a "
            "departure time (congestion: speed = free-flow speed × factor), closed links, new links, and an "
            "elevation raster for slope-aware walking (Tobler's hiking function) and cycling (a power balance), "
            "with different times uphill and downhill."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_network_parameters(with_mode=True, default_mode=0)
        self.add_od_parameters()
        self.add_number(self.MAX_TIME, self.tr("Maximum travel time (minutes)"), 60.0, minimum=0.1)
        self.add_snap_distance_parameter()
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Travel-time matrix"), QgsProcessing.TypeVector, optional=True,
                createByDefault=True,
            )
        )  # fmt: skip
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_FILE, self.tr("Matrix file (CSV or Parquet, for very large matrices)"),
                fileFilter=self.tr("CSV files (*.csv);;Parquet files (*.parquet)"), optional=True,
                createByDefault=False,
            )
        )  # fmt: skip
        self.add_street_scenario_parameters()
        self.addOutput(QgsProcessingOutputNumber("PAIRS", self.tr("Pairs within the maximum time")))
        self.addOutput(QgsProcessingOutputNumber("UNSNAPPED", self.tr("Points beyond the snapping distance")))

    def process(self, parameters, context, feedback):
        network = self.read_network(
            parameters,
            context,
            feedback,
            others=(self.ORIGINS, self.DESTINATIONS),
            scenario=self.street_scenario(parameters, context),
        )
        origins, destinations = self.read_od_layers(parameters, context, feedback, network.crs, (10.0, 15.0))
        same = self.same_destinations(parameters)
        max_time = self.parameterAsDouble(parameters, self.MAX_TIME, context)
        snap = self.parameterAsDouble(parameters, self.SNAP_DISTANCE, context)
        writer = MatrixWriter(
            self, parameters, context, feedback, origins.ids, destinations.ids, self.OUTPUT, self.OUTPUT_FILE
        )
        plan = core.plan_matrix(
            network.graph,
            origins.xy,
            None if same else destinations.xy,
            max_snap_m=snap,
            progress=self.progress_callback(feedback, 15.0, 25.0),
        )
        unsnapped = self._report_plan(plan, origins.ids, destinations.ids, same, snap, feedback)
        if writer.in_memory:
            writer.check_memory(core.estimate_pairs(plan, max_time))
        with writer:
            chunks = core.iter_matrix_chunks(
                plan, max_time, progress=self.progress_callback(feedback, 25.0, 100.0)
            )
            for chunk in chunks:
                writer.write(chunk.from_idx, chunk.to_idx, np.round(chunk.minutes, 4))
            results = writer.finish()
        self._report_routing(plan, feedback)
        feedback.pushInfo(
            self.tr(
                "{0} origin-destination pairs within {1} minutes ({2} origins × {3} destinations)."
            ).format(writer.pairs, max_time, len(origins.ids), len(destinations.ids))
        )
        return {**results, "PAIRS": writer.pairs, "UNSNAPPED": unsnapped}

    def _report_routing(self, plan, feedback) -> None:
        """Say when the routing used a contraction hierarchy."""
        if plan.diagnostics.routing_method == "hierarchy":
            feedback.pushInfo(
                localized(
                    self.tr(
                        "The origins reach {0:.0f} % of the network within the limit: routed with a contraction "
                        "hierarchy ({1} shortcut arcs), faster than one search per origin."
                    )
                ).format(100.0 * plan.diagnostics.reached_share, plan.diagnostics.n_shortcuts)
            )

    def _report_plan(self, plan, origin_ids, destination_ids, same, snap, feedback) -> int:
        """Log the points off the network, relinked or on islands; stop when no origin snapped. The number of
        points beyond the snapping distance."""
        d = plan.diagnostics
        o_ids = np.asarray(origin_ids, dtype=object)
        if len(d.unsnapped_origins) == len(o_ids):
            self.fail(
                self.tr(
                    "No origin is within {} m of a street usable by this mode: check the layers' CRS and the snapping distance."
                ).format(snap)
            )
        if len(d.unsnapped_origins):
            feedback.pushWarning(
                self.tr(
                    "{0} origins are farther than {1} m from the network and get no travel time: {2}"
                ).format(len(d.unsnapped_origins), snap, show_ids(o_ids[d.unsnapped_origins]))
            )
        if not same and len(d.unsnapped_destinations):
            feedback.pushWarning(
                self.tr("{0} destinations are farther than {1} m from the network: {2}").format(
                    len(d.unsnapped_destinations),
                    snap,
                    show_ids(np.asarray(destination_ids, dtype=object)[d.unsnapped_destinations]),
                )
            )
        self._report_islands(d, o_ids, feedback)
        return len(d.unsnapped_origins) + (0 if same else len(d.unsnapped_destinations))

    def _report_islands(self, d, o_ids, feedback) -> None:
        """Log the origins linked to the main network instead of their island, and those left on one."""
        share = 100.0 / max(d.n_origins, 1)
        if len(d.relinked_origins):
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} origins ({1:.1f} %) are nearest to a small part of the network cut off from the rest (an "
                        "island or a one-way dead end): they were linked to the nearest street of the main network "
                        "instead, as r5r does: {2}"
                    )
                ).format(
                    len(d.relinked_origins),
                    share * len(d.relinked_origins),
                    show_ids(o_ids[d.relinked_origins]),
                )
            )
        outside = d.origins_outside_main_component
        if len(outside):
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} origins ({1:.1f} %) lie on small parts of the network disconnected from the main one "
                        "and reach few destinations: {2}"
                    )
                ).format(len(outside), share * len(outside), show_ids(o_ids[outside]))
            )
