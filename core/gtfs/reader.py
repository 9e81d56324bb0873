"""Reading a whole feed: each file by its reader, in the order their references need (stops and routes,
then trips, stop times, calendars, frequencies, transfers, shapes), and several feeds merged into one."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence, Union

import pandas as pd

from ..errors import QT_TR_NOOP, InputError
from ..progress import ProgressCallback, report
from .agency import read_agency
from .calendar import read_calendar
from .calendar_dates import read_calendar_dates
from .feed import OPTIONAL_FILES, REQUIRED_COLUMNS, TABLES, GtfsDiagnostics, GtfsFeed
from .files import Archive
from .frequencies import read_frequencies
from .routes import read_routes
from .shapes import read_shapes
from .stop_times import read_stop_times
from .stops import read_stops
from .transfers import read_transfers
from .trips import read_trips


def _check_required(archive: Archive) -> None:
    """Refuse a feed without one of the required files or their required columns."""
    for file in REQUIRED_COLUMNS:
        if not archive.has(file):
            raise InputError(
                "gtfs_missing_file", QT_TR_NOOP("{name} has no {file}: it is not a usable GTFS feed."),
                name=archive.path.name, file=file,
            )  # fmt: skip


def _check_columns(archive: Archive, file: str) -> None:
    """Refuse a required file that lacks one of its required columns."""
    present = archive.columns(file)
    missing = [c for c in REQUIRED_COLUMNS[file] if c not in present]
    if missing:
        raise InputError(
            "gtfs_missing_columns", QT_TR_NOOP("{file} of {name} lacks the required columns {columns}."),
            file=file, name=archive.path.name, columns=", ".join(missing),
        )  # fmt: skip


def read_gtfs(
    path: Union[str, Path],
    prefix: str = "",
    interpolation: str = "distance",
    progress: ProgressCallback = None,
) -> GtfsFeed:
    """Read a GTFS zip (or folder) offline into a :class:`GtfsFeed`; ``prefix`` is put before every id.

    Raises :class:`~conecta.core.errors.InputError` for a file that is not a zip, a missing required file or
    column, or a table that cannot be parsed; broken rows are skipped and recorded in the diagnostics.
    """
    if interpolation not in ("distance", "even"):
        raise ValueError("interpolation must be 'distance' or 'even'")
    diag = GtfsDiagnostics()
    with Archive(path, diag) as archive:
        _check_required(archive)
        for file in OPTIONAL_FILES:
            if not archive.has(file):
                diag.missing_files.append(file)
        if not archive.has("calendar.txt") and not archive.has("calendar_dates.txt"):
            diag.missing_files.append("calendar.txt+calendar_dates.txt")
        for file in REQUIRED_COLUMNS:
            _check_columns(archive, file)
        report(progress, 0.05)
        agency = read_agency(archive, diag, prefix)
        stops = read_stops(archive, diag, prefix)
        routes = read_routes(archive, diag, prefix)
        trips = read_trips(archive, diag, routes, prefix)
        report(progress, 0.1)
        stop_times, trips = read_stop_times(archive, diag, trips, stops, prefix, interpolation)
        report(progress, 0.8)
        feed = GtfsFeed(
            agency=agency,
            stops=stops,
            routes=routes,
            trips=trips,
            stop_times=stop_times,
            calendar=read_calendar(archive, diag, prefix),
            calendar_dates=read_calendar_dates(archive, diag, prefix),
            frequencies=read_frequencies(archive, diag, trips["trip_id"], prefix),
            transfers=read_transfers(archive, diag, stops, prefix),
            shapes=read_shapes(archive, diag, prefix),
            diagnostics=diag,
        )
    report(progress, 1.0)
    return feed


def read_feeds(paths: Sequence[Union[str, Path]], progress: ProgressCallback = None, **kwargs) -> GtfsFeed:
    """Read several feeds and merge them; ids are prefixed ``"<k>:"`` (k = position) when there are several."""
    feeds = []
    for k, path in enumerate(paths):
        prefix = f"{k}:" if len(paths) > 1 else ""
        sub = None if progress is None else (lambda f, k=k: progress((k + f) / len(paths)))
        feeds.append(read_gtfs(path, prefix=prefix, progress=sub, **kwargs))
    return merge_feeds(feeds)


def merge_feeds(feeds: Sequence[GtfsFeed]) -> GtfsFeed:
    """Concatenate feeds whose ids are already distinct (see ``read_gtfs(prefix=...)``)."""
    if len(feeds) == 1:
        return feeds[0]
    diag = GtfsDiagnostics()
    for k, f in enumerate(feeds):
        diag.merge(f.diagnostics, prefix=f"{k}:")

    def cat(name: str) -> pd.DataFrame:
        return pd.concat([getattr(f, name) for f in feeds], ignore_index=True, sort=False)

    return GtfsFeed(**{name: cat(name) for name in TABLES}, diagnostics=diag)
