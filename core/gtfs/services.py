"""Service days: which services run on a date (calendar.txt weekdays and range, then calendar_dates.txt
additions and removals), the feed's calendar range, trips per date and a representative weekday."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Optional, Union

import pandas as pd

from ..errors import QT_TR_NOOP, InputError
from .calendar import WEEKDAYS
from .feed import GtfsFeed, ServiceDay
from .frequencies import departures


def as_date(date: Union[str, _dt.date, _dt.datetime]) -> _dt.date:
    """A date from a date, a datetime or ISO text (``2019-05-13``)."""
    if isinstance(date, _dt.datetime):
        return date.date()
    if isinstance(date, _dt.date):
        return date
    return _dt.date.fromisoformat(str(date).strip()[:10])


def active_services(feed: GtfsFeed, date: Union[str, _dt.date]) -> ServiceDay:
    """Service ids running on ``date`` (calendar weekday and range, then calendar_dates additions/removals)."""
    day = as_date(date)
    ts = pd.Timestamp(day)
    cal = feed.calendar
    weekday = WEEKDAYS[day.weekday()]
    on = cal.loc[(cal["start_date"] <= ts) & (cal["end_date"] >= ts) & (cal[weekday] == 1), "service_id"]
    services = set(on)
    cd = feed.calendar_dates
    today = cd.loc[cd["date"] == ts]
    services |= set(today.loc[today["exception_type"] == 1, "service_id"])
    services -= set(today.loc[today["exception_type"] == 2, "service_id"])
    firsts, lasts = [], []
    if len(cal):
        firsts.append(cal["start_date"].min())
        lasts.append(cal["end_date"].max())
    added = cd.loc[cd["exception_type"] == 1, "date"]
    if len(added):
        firsts.append(added.min())
        lasts.append(added.max())
    first = min(firsts).date() if firsts else None
    last = max(lasts).date() if lasts else None
    in_range = first is not None and first <= day <= last
    return ServiceDay(sorted(services), day, first, last, bool(in_range))


def service_day(feed: GtfsFeed, date: Union[str, _dt.date]) -> ServiceDay:
    """:func:`active_services`, refusing a feed without any calendar and a date outside the feed's calendar
    (the message gives the valid range). A date inside the range may still have no service (a holiday)."""
    day = active_services(feed, date)
    if day.first_date is None:
        raise InputError(
            "gtfs_no_calendar",
            QT_TR_NOOP(
                "The GTFS feed(s) have no calendar.txt or calendar_dates.txt: no trip can be placed on a date."
            ),
        )
    if not day.in_range:
        raise InputError(
            "gtfs_date_outside",
            QT_TR_NOOP(
                "The date {date} is outside the GTFS calendar: the feed(s) run from {first} to {last}. Choose a date in that range."
            ),
            **day.message_values(),
        )
    return day


def trips_on(feed: GtfsFeed, date: Union[str, _dt.date]) -> int:
    """Trips running on ``date``; a frequency-based trip counts once per departure it makes."""
    services = active_services(feed, date).service_ids
    trips = feed.trips.loc[feed.trips["service_id"].isin(services), "trip_id"]
    fr = feed.frequencies
    fr = fr.loc[fr["trip_id"].isin(trips)]
    return int(len(trips) - fr["trip_id"].nunique() + departures(fr).sum())


@dataclass
class RepresentativeDay:
    """A weekday chosen to stand for the feed's regular service, with the trips it runs."""

    date: _dt.date
    trips: int
    full_week: bool
    """True when chosen within a full Monday-to-Sunday week of the calendar (else the feed has none)."""


def representative_weekday(feed: GtfsFeed, max_weeks: int = 52) -> Optional[RepresentativeDay]:
    """The Monday-to-Friday date with the most trips in the feed's first full week (Monday to Sunday inside
    its calendar), the earliest on a tie; dates on which calendar_dates removes service (holidays) are
    skipped, and so are weeks without any other weekday with service.

    A feed without a full week gets its first weekday with service; None when it has no calendar at all.
    """
    probe = active_services(feed, _dt.date(2000, 1, 3))
    first, last = probe.first_date, probe.last_date
    if first is None:
        return None
    cd = feed.calendar_dates
    removed = {d.date() for d in cd.loc[cd["exception_type"] == 2, "date"]}
    monday = first + _dt.timedelta(days=(7 - first.weekday()) % 7)
    for _ in range(max_weeks):
        if monday + _dt.timedelta(days=6) > last:
            break
        days = [monday + _dt.timedelta(days=k) for k in range(5)]
        counts = [(trips_on(feed, day), day) for day in days if day not in removed]
        best = max(counts, key=lambda item: item[0], default=(0, None))
        if best[0] > 0:
            return RepresentativeDay(best[1], best[0], True)
        monday += _dt.timedelta(days=7)
    day = first
    while day <= last and (day - first).days < 60:
        if day.weekday() < 5 and day not in removed:
            trips = trips_on(feed, day)
            if trips:
                return RepresentativeDay(day, trips, False)
        day += _dt.timedelta(days=1)
    return RepresentativeDay(first, trips_on(feed, first), False)
