"""Accessibility by public transport without a matrix (:class:`StreamedTransitInput`): the GTFS feeds, date and
departure window of :class:`~.transit.GtfsInput` made optional; when feeds are given, the travel times are
those ``conecta:transitmatrix`` computes with the same settings (walking legs on the street network when one is
given, else in a straight line × 1.3), routed chunk by chunk by a
:class:`~conecta.core.transit_stream.TransitRouter` and reduced to the measure at once by
:class:`~.streamed.StreamedNetworkInput`'s streaming.
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingException, QgsProcessingParameterDefinition

from ...core.definitions import WALK_SPEED_KMH
from ...core.progress import scaled
from ...core.transit_stream import settings_router
from ...translation import format_number
from .messages import show_ids
from .network import WALK_SPEED, NetworkInput, read_point_layer
from .streamed import ConectaStreamed, zone_codes
from .transit import GtfsInput, stop_points

OPTIONAL = ("GTFS", "DATE")
ADVANCED = ("MAX_TRIP_DURATION", "MAX_WALK_TIME", "MAX_TRANSFERS", "TRANSFER_DISTANCE")


class StreamedTransitInput(GtfsInput):
    """The optional public-transport group (``GTFS``, ``DATE``, ``DEPARTURE_TIME``, ``TIME_WINDOW``, the limits
    of :class:`~.transit.GtfsInput` and ``PERCENTILE``) of an algorithm with :class:`~.params.MatrixInput`
    and :class:`~.streamed.StreamedNetworkInput`."""

    PERCENTILE = "PERCENTILE"

    def add_transit_parameters(self) -> None:
        """Declare the GTFS group of :meth:`~.transit.GtfsInput.add_gtfs_parameters` (feeds and date optional,
        limits advanced) and the percentile of travel time over the window."""
        self.add_gtfs_parameters()
        gtfs = self.parameterDefinition(self.GTFS)
        gtfs.setDescription(ConectaStreamed.tr("GTFS feeds for public transport (when there is no matrix)"))
        for key in OPTIONAL:
            definition = self.parameterDefinition(key)
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagOptional)
        for key in ADVANCED:
            definition = self.parameterDefinition(key)
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.add_number(
            self.PERCENTILE, ConectaStreamed.tr("Public transport: percentile of travel time over the window"), 50,
            minimum=1, maximum=100, integer=True, advanced=True,
            help_text=ConectaStreamed.tr(
                "The travel time of a pair is this percentile of its travel times over the departure minutes "
                "of the window, as the column travel_time_p50 of conecta:transitmatrix for 50."
            ),
        )  # fmt: skip

    def uses_transit(self, parameters) -> bool:
        """True when GTFS feeds are given (travel times by public transport); both feeds and a matrix are
        refused."""
        value = parameters.get(self.GTFS)
        if value in (None, "", [], ()):
            return False
        if parameters.get(self.TRAVEL_MATRIX) not in (None, ""):
            raise QgsProcessingException(
                ConectaStreamed.tr(
                    "Both a travel-time matrix and GTFS feeds are given: clear one of them (the matrix's travel "
                    "times are used as they are; the feeds compute travel times by public transport)."
                )
            )
        return True

    def checkParameterValues(self, parameters, context):
        """The date and departure time are checked only when feeds are given."""
        try:
            transit = self.uses_transit(parameters)
        except QgsProcessingException as error:
            return False, str(error)
        if transit:
            return super().checkParameterValues(parameters, context)
        return super(GtfsInput, self).checkParameterValues(parameters, context)

    def transit_router(self, parameters, context, feedback, zones, max_cut) -> tuple:
        """The public-transport router of the zones' points and the zone code of each point (the feeds and
        the walking network are released on return)."""
        progress = self.progress_callback(feedback, 0, 30)
        settings = self.transit_settings(
            parameters,
            context,
            percentiles=(self.parameterAsInt(parameters, self.PERCENTILE, context),),
            walk_speed_kmh=self.parameterAsDouble(parameters, WALK_SPEED, context) or WALK_SPEED_KMH,
        )
        paths = self.gtfs_paths(parameters)
        crs, graph = self._walking_graph(parameters, context, feedback, settings.walk_speed_kmh)
        points = read_point_layer(
            self, parameters, self.ZONES, self.ZONES_ID, crs, context, feedback, ConectaStreamed.tr("Zones"),
            progress=(10.0, 12.0),
        )  # fmt: skip
        feed = self.read_feed(paths, feedback, scaled(progress, 0.4, 0.5))
        self.service_day(feed, settings.date, feedback)
        if max_cut is not None and max_cut > settings.max_duration:
            feedback.pushWarning(
                ConectaStreamed.tr(
                    "The largest cutoff ({0} min) exceeds the maximum trip duration ({1} min): pairs farther than "
                    "{1} min are not counted."
                ).format(_minutes(max_cut), _minutes(settings.max_duration))
            )
        router, run, _ = settings_router(
            feed, settings, points.xy, stop_points(feed, crs, context), graph, scaled(progress, 0.5, 1.0)
        )
        self.report_run(run, settings, feedback, settings.end())
        self._report_stops(router, points.ids, settings, feedback)
        return router, zone_codes(zones, points.ids)

    def _walking_graph(self, parameters, context, feedback, speed: float) -> tuple:
        """(working CRS, walking graph or None): the street network when given, else straight lines."""
        if parameters.get(self.NETWORK) not in (None, ""):
            loaded = NetworkInput.read_network(
                self, parameters, context, feedback, "walk", (self.ZONES,), (0.0, 10.0)
            )
            return loaded.crs, loaded.graph
        return self.straight_walking_crs(parameters, context, feedback, speed, (self.ZONES,)), None

    def _report_stops(self, router, ids, settings, feedback) -> None:
        """Name the zones with no stop within walking; stop when no zone has one."""
        alone = np.flatnonzero(np.diff(router.access.indptr) == 0)
        if len(alone) == len(ids):
            raise QgsProcessingException(
                ConectaStreamed.tr(
                    "No zone has a GTFS stop within {} minutes of walking: check the layers' CRS, that the feeds "
                    "cover the zones, and the maximum walking time."
                ).format(_minutes(settings.max_walk))
            )
        if len(alone):
            feedback.pushWarning(
                ConectaStreamed.tr(
                    "{0} zones have no stop within {1} minutes of walking and reach other zones on foot only: {2}"
                ).format(
                    len(alone),
                    _minutes(settings.max_walk),
                    show_ids(np.asarray(ids, dtype=object)[alone]),
                )
            )


def _minutes(value: float) -> str:
    """Minutes in the locale's format, with one decimal when not whole."""
    return format_number(value, 0 if float(value).is_integer() else 1)
