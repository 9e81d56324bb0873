"""What planners read off a feed: departures, headways, modes and routes per stop in a time window, the
stops' SDG 11.2.1 capacity class, and the route shapes.

A departure is a stop time of a trip running on the date (frequencies expanded, previous-day trips past
midnight included) with its departure time in the window [start, end), pickup allowed, that is not the
trip's last stop. Mean headway of a stop over a window = window length / number of departures in the
window (the "average waiting time ≈ headway / 2" reading used by the SDG 11.2.1 frequency criterion).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterable, List, Tuple, Union

import numpy as np
import pandas as pd

from ..definitions import DEFAULT_CAPACITY, HIGH, LOW, route_type_mode
from ..indicators import route_capacity, stop_capacity
from .feed import GtfsFeed, ServiceDay
from .schedule import service_stop_times

DEFAULT_HIGH_MODES = ("rail", "metro", "monorail", "ferry")
"""Modes of the high capacity class by default (UN-Habitat SDG 11.2.1 metadata, 2021)."""


def stop_summary(
    feed: GtfsFeed,
    date: Union[str, _dt.date],
    start_time: float = 7 * 3600,
    end_time: float = 9 * 3600,
) -> Tuple[pd.DataFrame, ServiceDay]:
    """Per stop: modes, route types, routes, departures and departures per hour in [start, end), headway.

    A departure is a stop time of a trip running on ``date`` (frequencies expanded, previous-day trips past
    midnight included) with departure time in the window, pickup allowed, that is not the trip's last stop.
    ``mean_headway_min`` = window minutes / departures (NaN without departures). Stations (location_type 1)
    get the departures of their child stops added. Columns: stop_id, stop_name, stop_lat, stop_lon,
    wheelchair_boarding, location_type, route_types (``;``-joined), mode (of the most frequent route type in
    the window, else of any route serving the stop), routes (``;``-joined), n_routes, departures,
    departures_per_hour, mean_headway_min.
    """
    if not end_time > start_time:
        raise ValueError("end_time must be after start_time")
    st, day = service_stop_times(feed, date)
    trip = st["trip_id"].to_numpy()
    is_last = np.r_[trip[1:] != trip[:-1], True] if len(st) else np.zeros(0, bool)
    dep_ok = (~is_last) & (st["pickup_type"].to_numpy() != 1)
    in_win = dep_ok & (st["departure"].to_numpy() >= start_time) & (st["departure"].to_numpy() < end_time)
    win = st.loc[in_win]
    stops = feed.stops.copy()
    parent = stops.set_index("stop_id")["parent_station"]

    def with_parents(df: pd.DataFrame) -> pd.DataFrame:
        par = parent.reindex(df["stop_id"]).fillna("").to_numpy()
        extra = df.loc[par != ""].copy()
        extra["stop_id"] = par[par != ""]
        return pd.concat([df, extra], ignore_index=True)

    win = with_parents(win[["stop_id", "route_id", "route_type"]])
    deps = win.groupby("stop_id").size()
    # Route types and routes: all routes serving the stop on the date (not only in the window).
    serving = with_parents(st.loc[dep_ok | is_last, ["stop_id", "route_id", "route_type"]].drop_duplicates())
    serving = serving.drop_duplicates()
    if serving.empty:
        rtypes = pd.Series(dtype=object)
        rids = pd.Series(dtype=object)
        nroutes = pd.Series(dtype=float)
    else:
        rtypes = serving.groupby("stop_id")["route_type"].agg(
            lambda s: ";".join(str(int(v)) for v in sorted(set(s)))
        )
        rids = serving.groupby("stop_id")["route_id"].agg(lambda s: ";".join(sorted(set(s))))
        nroutes = serving.groupby("stop_id")["route_id"].nunique()
    if win.empty:
        main_type_win = pd.Series(dtype=float)
    else:
        counts = win.groupby(["stop_id", "route_type"]).size().reset_index(name="n")
        counts = counts.sort_values(["stop_id", "n", "route_type"], ascending=[True, False, True])
        main_type_win = counts.drop_duplicates("stop_id").set_index("stop_id")["route_type"]
    any_type = (
        serving.sort_values("route_type").drop_duplicates("stop_id").set_index("stop_id")["route_type"]
        if len(serving)
        else pd.Series(dtype=float)
    )
    main_type = main_type_win.reindex(stops["stop_id"]).fillna(any_type.reindex(stops["stop_id"]))
    hours = (end_time - start_time) / 3600.0
    out = stops[
        ["stop_id", "stop_name", "stop_lat", "stop_lon", "wheelchair_boarding", "location_type"]
    ].copy()
    out["route_types"] = rtypes.reindex(out["stop_id"]).fillna("").to_numpy()
    out["mode"] = [route_type_mode(v) if not pd.isna(v) else "" for v in main_type.to_numpy()]
    out["routes"] = rids.reindex(out["stop_id"]).fillna("").to_numpy()
    out["n_routes"] = nroutes.reindex(out["stop_id"]).fillna(0).astype(int).to_numpy()
    out["departures"] = deps.reindex(out["stop_id"]).fillna(0).astype(int).to_numpy()
    out["departures_per_hour"] = out["departures"] / hours
    with np.errstate(divide="ignore"):
        out["mean_headway_min"] = np.where(
            out["departures"] > 0, hours * 60.0 / out["departures"].clip(lower=1), np.nan
        )
    return out.reset_index(drop=True), day


@dataclass
class RouteShape:
    """Coordinates of one shape and the route(s) that use it."""

    shape_id: str
    route_ids: List[str]
    route_type: int
    coords: np.ndarray
    """(n, 2) array of lon, lat in shape_pt_sequence order."""


def route_shapes(feed: GtfsFeed) -> List[RouteShape]:
    """Shapes of the feed as coordinate arrays, with the routes (and route type) using each."""
    sh = feed.shapes
    if sh.empty:
        return []
    use = feed.trips.loc[feed.trips["shape_id"] != "", ["shape_id", "route_id"]].drop_duplicates()
    rtype = feed.routes.set_index("route_id")["route_type"]
    by_shape = use.groupby("shape_id")["route_id"].agg(lambda s: sorted(set(s)))
    ids = sh["shape_id"].to_numpy()
    cuts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    bounds = np.r_[cuts, len(ids)]
    lonlat = sh[["shape_pt_lon", "shape_pt_lat"]].to_numpy(dtype=float)
    out = []
    for a, b in zip(bounds[:-1], bounds[1:]):
        sid = ids[a]
        routes = by_shape.get(sid, [])
        rt = int(rtype.get(routes[0], -1)) if routes else -1
        out.append(RouteShape(sid, list(routes), rt, lonlat[a:b]))
    return out


# ----------------------------------------------------------------------------------------------- stop layer


def capacity_mapping(high_modes: Iterable[str] = DEFAULT_HIGH_MODES) -> dict:
    """Mode → capacity class: ``high_modes`` high, every other public-transport mode low, others None."""
    high = {str(m).strip().lower() for m in high_modes if str(m).strip()}
    mapping = {}
    for mode, default in DEFAULT_CAPACITY.items():
        mapping[mode] = HIGH if mode in high else (None if default is None else LOW)
    for mode in high - set(mapping):
        mapping[mode] = HIGH
    return mapping


@dataclass
class StopTable:
    """The stops and stations of a feed with their service in a window, and its routes' capacity class."""

    stops: pd.DataFrame
    """stop_id, stop_name, stop_lat, stop_lon, location_type, mode, modes, capacity, departures,
    departures_per_hour, mean_headway_min, wheelchair_boarding, n_routes, routes."""
    routes: pd.DataFrame
    """The routes with their ``mode`` and ``capacity`` (see :func:`~conecta.core.indicators.route_capacity`)."""
    day: ServiceDay
    total_departures: int
    """Departures in the window from stops (not stations)."""
    unserved: int
    """Stops and stations served by no route on the date."""
    high_capacity: int
    """Stops and stations of the high capacity class."""


STOP_COLUMNS = (
    "stop_id",
    "stop_name",
    "stop_lat",
    "stop_lon",
    "location_type",
    "mode",
    "modes",
    "capacity",
    "departures",
    "departures_per_hour",
    "mean_headway_min",
    "wheelchair_boarding",
    "n_routes",
    "routes",
)


def _stop_routes(feed: GtfsFeed) -> pd.DataFrame:
    """Every (stop, route) pair of the feed; a station gets the routes of its child stops."""
    pairs = feed.stop_times[["trip_id", "stop_id"]].drop_duplicates()
    pairs = pairs.merge(feed.trips[["trip_id", "route_id"]], on="trip_id")[["stop_id", "route_id"]]
    pairs = pairs.drop_duplicates()
    parent = feed.stops.set_index("stop_id")["parent_station"].reindex(pairs["stop_id"]).fillna("").to_numpy()
    stations = pd.DataFrame(
        {"stop_id": parent[parent != ""], "route_id": pairs["route_id"].to_numpy()[parent != ""]}
    )
    return pd.concat([pairs, stations], ignore_index=True)


def stop_table(
    feed: GtfsFeed,
    date: Union[str, _dt.date],
    start_time: float,
    end_time: float,
    brt_routes: Iterable[str] = (),
    high_modes: Iterable[str] = DEFAULT_HIGH_MODES,
) -> StopTable:
    """Stops and stations (location_type 0 and 1) with :func:`stop_summary`'s service in the window and the
    capacity class of SDG 11.2.1 from every route serving them in the whole feed (a stop is high capacity
    when any high-capacity route serves it; ``brt_routes``, route ids or short names, get mode brt)."""
    summary, day = stop_summary(feed, date, start_time, end_time)
    routes = route_capacity(feed.routes, list(brt_routes), capacity_mapping(high_modes))
    capacity = stop_capacity(_stop_routes(feed), routes)
    stops = summary.loc[summary["location_type"] <= 1].reset_index(drop=True)
    capacity = capacity.set_index("stop_id").reindex(stops["stop_id"])
    for name in ("mode", "modes", "capacity"):
        values = capacity[name].to_numpy(dtype=object)
        stops[name] = np.where([isinstance(v, str) for v in values], values, None)
    total = int(stops.loc[stops["location_type"] == 0, "departures"].sum())
    return StopTable(
        stops=stops[list(STOP_COLUMNS)],
        routes=routes,
        day=day,
        total_departures=total,
        unserved=int((stops["n_routes"] == 0).sum()),
        high_capacity=int((stops["capacity"] == HIGH).sum()),
    )


def shape_table(feed: GtfsFeed, routes: pd.DataFrame) -> Tuple[pd.DataFrame, List[np.ndarray]]:
    """The route shapes with at least two points: a table (shape_id, route_ids ``;``-joined, route_type, mode
    and capacity of their first route) and their (n, 2) lon/lat coordinates."""
    info = routes.set_index("route_id")
    rows, coords = [], []
    for shape in route_shapes(feed):
        if len(shape.coords) < 2:
            continue
        first = shape.route_ids[0] if shape.route_ids else None
        mode = info["mode"].get(first) if first is not None else None
        capacity = info["capacity"].get(first) if first is not None else None
        rows.append((shape.shape_id, ";".join(shape.route_ids), int(shape.route_type), mode, capacity))
        coords.append(shape.coords)
    table = pd.DataFrame(rows, columns=["shape_id", "route_ids", "route_type", "mode", "capacity"])
    return table, coords
