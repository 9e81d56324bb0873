"""Public-transport travel times for any chunk of origins, for streamed accessibility and the batch runner: the
RAPTOR router of :mod:`conecta.core.transit` (:func:`~conecta.core.transit.travel_time_matrix`, unchanged) run
on one chunk of origins at a time, so that a worker process or a Dask worker routes its chunks independently
and the matrix is never held whole.

A :class:`TransitRouter` holds the timetable of the date (with its walking transfers), the walking legs as
sparse tables (access: points × stops, egress: stops × points, walk-only: points × points) and the departure
window; it has the interface of the street router (:class:`~conecta.core.network.chunks.StreetRouter`), so
:class:`conecta.core.streamed.RouterSource` streams it. Its chunks are slices of the points along a Hilbert
curve; each chunk's pairs are those of the percentile asked for, in whole minutes, as the router returns them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Optional

import numpy as np

from .network.chunks import hilbert_order
from .network.routing import MatrixChunk


@dataclass
class TransitRouter:
    """Chunks of origins routed by public transport (see the module docstring); the points are the zones."""

    timetable: object
    access: object
    egress: object
    walk: Optional[object]
    origins: np.ndarray
    departure: int
    window: int = 60
    percentile: int = 50
    max_trip_duration: float = 120.0
    max_transfers: int = 4
    method: str = "raptor"
    max_walk_time: Optional[float] = None
    """Minutes per walking leg applied when routing (None: the tables as given), as
    :func:`~conecta.core.transit.transit_matrix` applies it."""

    def chunks(self, chunk_size: int) -> List[np.ndarray]:
        """The points cut into chunks of ``chunk_size`` along the Hilbert curve (each sorted)."""
        size = max(int(chunk_size), 1)
        return [np.sort(self.origins[i : i + size]) for i in range(0, len(self.origins), size)]

    def bytes_per_origin(self, chunk_size: int = 1) -> float:
        """Working memory per origin: RAPTOR labels (rounds × stops) and the minute-by-minute arrivals."""
        n_stops = self.timetable.n_stops
        n_destinations = self.egress.shape[1]
        labels = n_stops * (2 * 4 * (self.max_transfers + 2) + 12)
        return float(labels + n_destinations * (4 * self.window + 24) + 256)

    def chunk_size_for(self, memory_bytes: float, most: int = 1024) -> int:
        """The largest chunk (at most ``most`` origins) whose working memory fits in ``memory_bytes``."""
        return int(max(1, min(most, len(self.origins) or 1, memory_bytes // self.bytes_per_origin())))

    def route(self, points: np.ndarray, memory_bytes: Optional[float] = None) -> Iterator[MatrixChunk]:
        """The pairs of the origin ``points`` whose travel time (the percentile over the window) is within the
        maximum trip duration, in blocks within ``memory_bytes``."""
        from .transit import travel_time_matrix

        points = np.sort(np.asarray(points, dtype=np.int64))
        block = len(points)
        if memory_bytes is not None and len(points):
            block = max(1, int(memory_bytes // self.bytes_per_origin()))
        for start in range(0, len(points), max(block, 1)):
            pts = points[start : start + block]
            result = travel_time_matrix(
                self.timetable,
                self.access[pts],
                self.egress,
                self.departure,
                time_window=self.window,
                percentiles=(self.percentile,),
                max_trip_duration=self.max_trip_duration,
                max_transfers=self.max_transfers,
                walk=None if self.walk is None else self.walk[pts],
                max_walk_time=self.max_walk_time,
                chunk_size=len(pts),
            )
            yield MatrixChunk(
                from_idx=pts[result.from_idx].astype(np.int32),
                to_idx=np.asarray(result.to_idx, dtype=np.int32),
                minutes=result.travel_time[:, 0].astype(np.float64),
            )


def transit_router(
    timetable,
    points_xy: np.ndarray,
    stops_xy: np.ndarray,
    departure: int,
    *,
    window: int = 60,
    percentile: int = 50,
    max_trip_duration: float = 120.0,
    max_transfers: int = 4,
    max_walk_minutes: float = 30.0,
    transfer_seconds: float = 1000.0,
    walk_speed_kmh: float = 3.6,
    feed=None,
) -> TransitRouter:
    """A :class:`TransitRouter` between the points (projected coordinates, metres) with straight-line walking
    legs (distance × 1.3 at ``walk_speed_kmh``, :func:`~conecta.core.transit.straight_line_walk`) of at most
    ``max_walk_minutes``, and transfers within ``transfer_seconds`` (R5's 1 km) plus ``feed``'s transfers.txt."""
    from .transit import set_transfers, straight_line_walk

    limit = max_walk_minutes * 60.0
    ok = np.isfinite(stops_xy).all(axis=1)
    far = 1e12 + 1e7 * np.arange(len(stops_xy), dtype=np.float64)[:, None]  # stops without coordinates: apart
    stops = np.where(ok[:, None], stops_xy, far)
    set_transfers(
        timetable, feed, stop_xy=stops, max_walk_time=min(limit, transfer_seconds), speed_kmh=walk_speed_kmh
    )
    return TransitRouter(
        timetable=timetable,
        access=straight_line_walk(points_xy, stops, limit, walk_speed_kmh).tocsr(),
        egress=straight_line_walk(stops, points_xy, limit, walk_speed_kmh).tocsr(),
        walk=straight_line_walk(points_xy, points_xy, limit, walk_speed_kmh).tocsr(),
        origins=hilbert_order(points_xy),
        departure=int(departure),
        window=int(window),
        percentile=int(percentile),
        max_trip_duration=float(max_trip_duration),
        max_transfers=int(max_transfers),
    )


def settings_router(feed, settings, points_xy: np.ndarray, stops_xy: np.ndarray, graph=None, progress=None):
    """``(router, run, legs)``: a :class:`TransitRouter` between the points with the walking legs, timetable and
    transfers that :func:`~conecta.core.transit.transit_matrix` builds from the same ``settings`` (a
    :class:`~conecta.core.transit.TransitSettings`, its first percentile), on ``graph`` (a walking
    :class:`~conecta.core.network.ModeGraph`) or in a straight line × 1.3 when None, so that its chunks give
    that matrix's pairs; with the :class:`~conecta.core.transit.TransitRun` and the
    :class:`~conecta.core.transit.WalkTables` for the log."""
    from .progress import scaled
    from .transit.matrix import prepared_timetable
    from .transit.raptor import _csr_arrays
    from .transit.walking import walk_tables

    legs = walk_tables(
        graph, points_xy, None, stops_xy, settings.max_walk_s, settings.transfer_s, settings.walk_speed_kmh,
        settings.snap_m, scaled(progress, 0.0, 0.8),
    )  # fmt: skip
    table, run = prepared_timetable(
        feed, settings, settings.end(), legs, stops_xy, scaled(progress, 0.8, 1.0)
    )

    def rows(mat):  # CSR for slicing by origin, duplicates reduced as the router reduces them (the shortest)
        from scipy.sparse import csr_matrix

        ptr, idx, sec = _csr_arrays(mat, mat.shape)
        return csr_matrix((sec.astype(np.float64), idx, ptr), shape=mat.shape)

    router = TransitRouter(
        timetable=table,
        access=rows(legs.access),
        egress=rows(legs.egress),
        walk=rows(legs.walk),
        origins=hilbert_order(points_xy),
        departure=int(settings.departure),
        window=int(settings.window),
        percentile=int(settings.percentiles[0]),
        max_trip_duration=float(settings.max_duration),
        max_transfers=int(settings.max_transfers),
        max_walk_time=float(settings.max_walk),
    )
    return router, run, legs
