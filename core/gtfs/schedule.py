"""Trips as they run on a service day: frequency-based trips expanded into concrete departures, and the
stop times of a date including the previous day's trips that run past midnight.

``frequencies.txt`` rows (``exact_times`` 0 or 1 alike) become concrete trips departing at ``start_time`` and
then every ``headway_secs`` while the departure is before ``end_time``; the template trip's stop times are
shifted so its first departure is that time. R5 instead draws random offsets for ``exact_times=0``; a
deterministic schedule makes results reproducible.

Times at or past 24:00:00 belong to the next calendar day: a Monday trip leaving at 24:00:00 leaves at 00:00
on Tuesday, and is among Tuesday's stop times (with times minus 24 h) as long as any of its times is at or
past 24:00:00.
"""

from __future__ import annotations

import datetime as _dt
from typing import Iterable, Optional, Tuple, Union

import numpy as np
import pandas as pd

from .feed import GtfsFeed, ServiceDay
from .frequencies import departures
from .services import active_services

DAY = 86400
"""Seconds in a service day."""


def expand_frequencies(feed: GtfsFeed, trip_ids: Optional[Iterable[str]] = None) -> pd.DataFrame:
    """Stop times of the given trips (all if None) with frequency-based trips expanded into concrete trips.

    Expanded trips are named ``<trip_id>#<start seconds>``; frequency templates themselves are not run.
    """
    st = feed.stop_times
    fr = feed.frequencies
    if trip_ids is not None:
        wanted = pd.Index(trip_ids)
        st = st.loc[st["trip_id"].isin(wanted)]
        fr = fr.loc[fr["trip_id"].isin(wanted)]
    if fr.empty:
        return st.reset_index(drop=True)
    plain = st.loc[~st["trip_id"].isin(fr["trip_id"])]
    tmpl = st.loc[st["trip_id"].isin(fr["trip_id"])]
    first_dep = tmpl.groupby("trip_id", sort=False)["departure"].first()
    n_starts = departures(fr).astype(int)
    fr_rep = fr.loc[fr.index.repeat(n_starts)]
    k = np.concatenate([np.arange(n) for n in n_starts]) if len(fr_rep) else np.zeros(0, int)
    starts = fr_rep["start_time"].to_numpy() + k * fr_rep["headway_secs"].to_numpy()
    new = pd.DataFrame({"trip_id": fr_rep["trip_id"].to_numpy(), "start": starts})
    new["offset"] = new["start"] - first_dep.reindex(new["trip_id"]).to_numpy()
    new["new_id"] = new["trip_id"] + "#" + new["start"].astype(np.int64).astype(str)
    new = new.drop_duplicates("new_id")
    merged = new.merge(tmpl, on="trip_id", how="inner", sort=False)
    merged["arrival"] = merged["arrival"] + merged["offset"]
    merged["departure"] = merged["departure"] + merged["offset"]
    merged["template_id"] = merged["trip_id"]
    merged["trip_id"] = merged["new_id"]
    merged = merged.drop(columns=["start", "offset", "new_id"])
    feed.diagnostics.frequency_trips = int(len(new))
    out = pd.concat([plain, merged], ignore_index=True, sort=False)
    if "template_id" in out.columns:
        out["template_id"] = out["template_id"].fillna(out["trip_id"])
    return out.sort_values(["trip_id", "stop_sequence"], kind="mergesort").reset_index(drop=True)


def _previous_day_trips(feed: GtfsFeed, day: ServiceDay) -> pd.Index:
    """Trips of the day before ``day`` still running at or after 24:00:00 (frequency trips always)."""
    previous = active_services(feed, day.date - _dt.timedelta(days=1))
    trips = feed.trips.loc[feed.trips["service_id"].isin(previous.service_ids), "trip_id"]
    st = feed.stop_times
    late = st.loc[st["trip_id"].isin(trips)].groupby("trip_id")["arrival"].max()
    ids = late.index[late.to_numpy() >= DAY]
    fr = feed.frequencies
    if fr is not None and len(fr):
        ids = ids.union(pd.Index(fr.loc[fr["trip_id"].isin(trips), "trip_id"].unique()))
    return ids


def service_stop_times(
    feed: GtfsFeed, date: Union[str, _dt.date], include_previous_day: bool = True
) -> Tuple[pd.DataFrame, ServiceDay]:
    """Stop times of trips running on ``date`` (frequencies expanded), with ``route_id`` and ``route_type``.

    Trips of the previous service day that run at or past 24:00:00 are included with times minus 24 h and
    their trip ids prefixed ``prev:`` (negative times are before midnight and never boardable by a query
    starting on ``date``).
    """
    day = active_services(feed, date)
    today = feed.trips.loc[feed.trips["service_id"].isin(day.service_ids), "trip_id"]
    parts = [expand_frequencies(feed, today)]
    if include_previous_day:
        st = expand_frequencies(feed, _previous_day_trips(feed, day)).copy()
        st["arrival"] -= DAY
        st["departure"] -= DAY
        last_arrival = st.groupby("trip_id")["arrival"].transform("max")
        st = st.loc[last_arrival >= 0]
        st["trip_id"] = "prev:" + st["trip_id"]
        parts.append(st)
    st = pd.concat(parts, ignore_index=True, sort=False)
    if "template_id" not in st.columns:
        st["template_id"] = st["trip_id"]
    base = st["template_id"].str.replace(r"^prev:", "", regex=True)
    info = feed.trips.set_index("trip_id")["route_id"]
    st["route_id"] = info.reindex(base).to_numpy()
    rtype = feed.routes.set_index("route_id")["route_type"]
    st["route_type"] = rtype.reindex(st["route_id"]).to_numpy()
    return st, day
