"""Public-transport travel times for any chunk of origins, for streamed accessibility and the batch runner: the
RAPTOR router of :mod:`conecta.core.transit` (:func:`~conecta.core.transit.travel_time_matrix`, unchanged) run
on one chunk of origins at a time, so that a worker process or a Dask worker routes its chunks independently
and the matrix is never held whole.

A :class:`TransitSource` holds the timetable of the date (with its walking transfers), the walking legs as
sparse tables (access: origins × stops, egress: stops × destinations, walk-only: origins × destinations) and the
departure window; its chunks are slices of the origins along a Hilbert curve. Each chunk's pairs are those of
the lowest percentile asked for, in whole minutes, as the router returns them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Optional

import numpy as np

from .network.chunks import hilbert_order


@dataclass
class TransitSource:
    """Chunks of origins routed by public transport (see the module docstring); points are the zones."""

    timetable: object
    access: object
    egress: object
    walk: Optional[object]
    point_zone: np.ndarray
    origins: np.ndarray
    departure: int
    window: int = 60
    percentile: int = 50
    max_trip_duration: float = 120.0
    max_transfers: int = 4
    chunk_size: int = 64

    @property
    def chunks(self) -> List[np.ndarray]:
        """The chunks of origin points (each sorted)."""
        size = max(int(self.chunk_size), 1)
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

    def chunk_origins(self, chunk: np.ndarray) -> np.ndarray:
        """Zone codes of a chunk's origins (sorted)."""
        return np.sort(self.point_zone[chunk])

    def pairs(self, chunk: np.ndarray) -> Iterator[tuple]:
        """The chunk's pairs (zone codes) and travel times (minutes) within the maximum trip duration."""
        from .transit import travel_time_matrix

        chunk = np.asarray(chunk, dtype=np.int64)
        result = travel_time_matrix(
            self.timetable,
            self.access[chunk],
            self.egress,
            self.departure,
            time_window=self.window,
            percentiles=(self.percentile,),
            max_trip_duration=self.max_trip_duration,
            max_transfers=self.max_transfers,
            walk=None if self.walk is None else self.walk[chunk],
            chunk_size=len(chunk),
        )
        yield (
            self.point_zone[chunk[result.from_idx]],
            self.point_zone[result.to_idx],
            result.travel_time[:, 0].astype(np.float64),
        )


def transit_source(
    timetable,
    points_xy: np.ndarray,
    stops_xy: np.ndarray,
    point_zone: np.ndarray,
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
) -> TransitSource:
    """A :class:`TransitSource` with straight-line walking legs (distance × 1.3 at ``walk_speed_kmh``, as
    :func:`~conecta.core.transit.straight_line_walk`) between the zones' points and the stops (projected
    coordinates, metres); transfers within ``transfer_seconds`` (R5's 1 km). Chunk size: set it on the result
    (see :func:`conecta.core.streamed.chunking`)."""
    from .transit import set_transfers, straight_line_walk

    limit = max_walk_minutes * 60.0
    ok = np.isfinite(stops_xy).all(axis=1)
    far = 1e12 + 1e7 * np.arange(len(stops_xy), dtype=np.float64)[:, None]  # stops without coordinates: apart
    stops = np.where(ok[:, None], stops_xy, far)
    set_transfers(
        timetable, feed, stop_xy=stops, max_walk_time=min(limit, transfer_seconds), speed_kmh=walk_speed_kmh
    )
    access = straight_line_walk(points_xy, stops, limit, walk_speed_kmh).tocsr()
    egress = straight_line_walk(stops, points_xy, limit, walk_speed_kmh).tocsr()
    walk = straight_line_walk(points_xy, points_xy, limit, walk_speed_kmh).tocsr()
    return TransitSource(
        timetable=timetable,
        access=access,
        egress=egress,
        walk=walk,
        point_zone=np.asarray(point_zone, dtype=np.int64),
        origins=hilbert_order(points_xy),
        departure=int(departure),
        window=int(window),
        percentile=int(percentile),
        max_trip_duration=float(max_trip_duration),
        max_transfers=int(max_transfers),
    )
