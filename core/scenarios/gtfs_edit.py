"""A GTFS scenario editor: a feed plus a table of edits (and new routes drawn as lines) → a new feed.

The source zip is never touched; every file and column the edits do not concern is kept (see
:mod:`.gtfs_tables`). Edits are rows ``action, route_id, start_time, end_time, value`` applied in order; the
time band ``[start_time, end_time)`` is ``HH:MM[:SS]`` with hours past 24 allowed, empty = the whole service
day. A trip is in the band when its first departure is; a ``frequencies.txt`` row is cut at the band's ends
and only its part inside the band is edited.

Actions (``value`` in brackets):

``scale_headway`` (factor > 0)
    Frequency-based trips: ``headway_secs`` × factor inside the band. Scheduled trips, per route, direction
    and service_id: the departures are resampled along the cumulative departure curve (departure time
    against trip number, linear between consecutive departures of the whole day). The new departures are at
    trip numbers ``i0 + k × factor`` (``i0`` the first trip in the band, ``k`` any integer) that fall inside
    the band. So 0.5 adds a trip at the midpoint between each departure and the next one (also the first
    one after the band); 2.0 keeps every second trip from the first in the band; 1/3 adds two trips per
    gap. A departure that falls on an original one (to the second) keeps that trip; the others are copies
    of the trip just before them, shifted in time: same stops, dwell and running times, pattern and shape,
    a new ``trip_id`` ``<template>+<HHMMSS>`` (unique) and no ``block_id`` (the vehicle schedule changes).
    The last trip of the day gets no copy after it (there is no next departure to halve the gap to).
``set_headway`` (minutes > 0)
    Frequency-based trips: ``headway_secs`` = value × 60 inside the band. Scheduled trips, per route,
    direction and service_id: departures every ``value`` minutes through the band, on the grid of the
    first departure in the band; each a copy of the trip departing at or just before it (an original trip
    keeps its id when the grid falls on it).
``remove_route``
    The route, its trips, their stop times and frequencies, and the rows of other files that name them
    (transfers, fare rules, attributions …); shapes only those trips used. Takes no time band.
``remove_trips``
    Trips departing in the band; frequency rows lose their part inside the band (a trip left without any
    frequency row is removed, rather than becoming a single scheduled run).
``scale_time`` (factor > 0)
    In-vehicle times × factor: every running time between two timed stops is multiplied, dwell times kept,
    the first departure fixed; stops without times stay without. Times are rounded to whole seconds once,
    on the cumulated schedule.
``set_speed`` (km/h > 0)
    Running times between timed stops = distance / speed, dwell times kept. The distance is measured
    along the trip's shape (stops placed on it in order, each at its nearest point after the previous
    stop) or, without a shape, in straight lines between consecutive stops.

A frequency-based trip edited in time only in part of its frequency rows is split: the rows inside the band
move to a retimed copy. Edits that change nothing (a band without departures of the route) are listed in the
diagnostics, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Union

import numpy as np
import pandas as pd

from ..errors import InputError, examples
from ..progress import ProgressCallback, report, scaled
from .bands import format_clock, format_clocks, parse_band
from .gtfs_geometry import trip_distances
from .gtfs_new_route import NewRoute, NewRouteReport, add_route
from .gtfs_tables import GtfsTables, column, numbers, read_tables, seconds, unique_ids, write_tables
from .gtfs_validate import Notice, new_notices, validate_tables

EDIT_ACTIONS = ("scale_headway", "set_headway", "remove_route", "remove_trips", "scale_time", "set_speed")
"""Actions of an edits table."""
EDIT_COLUMNS = ("action", "route_id", "start_time", "end_time", "value")
"""Fields of an edits table (``start_time``, ``end_time`` and ``value`` may be absent or empty)."""

_ARR, _DEP, _SEQ = "_conecta_arrival", "_conecta_departure", "_conecta_sequence"
_NEEDS_VALUE = {
    "scale_headway": "bad_headway",
    "set_headway": "bad_headway",
    "scale_time": "bad_value",
    "set_speed": "bad_value",
}
_TRIP_REFS = ("trip_id", "from_trip_id", "to_trip_id")
_ROUTE_REFS = ("route_id", "from_route_id", "to_route_id")
_OWN_FILES = ("trips.txt", "stop_times.txt", "frequencies.txt", "routes.txt")


@dataclass
class Edit:
    """One parsed row of the edits table."""

    row: int
    action: str
    route_id: str
    start: float
    end: float
    value: float
    whole_day: bool

    def describe(self) -> str:
        """``row 3: scale_headway 0.5 on R5 07:00:00–09:00:00`` for messages."""
        band = "" if self.whole_day else f" {format_clock(self.start)}–{format_clock(self.end)}"
        value = "" if np.isnan(self.value) else f" {self.value:g}"
        return f"row {self.row}: {self.action}{value} on {self.route_id}{band}"


@dataclass
class EditDiagnostics:
    """What the edits did, for the log."""

    trips_added: int = 0
    trips_removed: int = 0
    trips_retimed: int = 0
    frequency_rows_changed: int = 0
    routes_removed: int = 0
    shapes_removed: int = 0
    rows_removed_elsewhere: Dict[str, int] = field(default_factory=dict)
    """Rows of other files (transfers, fare rules …) dropped because they named removed trips or routes."""
    edits_without_effect: List[str] = field(default_factory=list)
    new_routes: List[NewRouteReport] = field(default_factory=list)


@dataclass
class GtfsEditResult:
    """The edited feed (tables and, when written, its path), its validation and what changed."""

    tables: GtfsTables
    output: Optional[Path]
    notices: List[Notice]
    """Structural notices of the output feed."""
    new_notices: List[Notice]
    """Notices the output has and the source had not (or fewer of): what the edits broke."""
    diagnostics: EditDiagnostics


# ------------------------------------------------------------------------------------------- edits table


def _edit_frame(edits: Union[pd.DataFrame, Sequence[Mapping], None]) -> pd.DataFrame:
    if edits is None:
        return pd.DataFrame(columns=list(EDIT_COLUMNS))
    frame = edits.copy() if isinstance(edits, pd.DataFrame) else pd.DataFrame(list(edits))
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in ("action", "route_id") if c not in frame.columns]
    if missing and len(frame):
        raise InputError(
            "missing_edit_columns",
            "The edits table lacks the field(s) {fields}; it needs action, route_id, start_time, end_time, value.",
            fields=", ".join(missing),
        )
    for col in EDIT_COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    return frame.reset_index(drop=True)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value).strip()


def _number(value: object) -> float:
    text = _text(value).replace(",", ".")
    try:
        return float(text) if text else np.nan
    except ValueError:
        return np.nan


def _check_actions(frame: pd.DataFrame) -> List[str]:
    actions = [_text(a).lower() for a in frame["action"]]
    unknown = [(k + 1, a) for k, a in enumerate(actions) if a not in EDIT_ACTIONS]
    if unknown:
        raise InputError(
            "unknown_action",
            "Unknown edit action(s) {actions} (rows {rows}); the actions are {valid}.",
            actions=examples(sorted({a or "(empty)" for _, a in unknown})),
            rows=examples([r for r, _ in unknown]),
            valid=", ".join(EDIT_ACTIONS),
        )
    return actions


def _check_value(action: str, value: float, row: int) -> None:
    code = _NEEDS_VALUE.get(action)
    if code is None or value > 0:
        return
    if code == "bad_headway":
        raise InputError(
            "bad_headway",
            "Row {row} ({action}) needs a headway value above zero, not {value!r}.",
            row=row,
            action=action,
            value=value,
        )
    raise InputError(
        "bad_value",
        "Row {row} ({action}) needs a value above zero (a factor, or a speed in km/h), not {value!r}.",
        row=row,
        action=action,
        value=value,
    )


def parse_edits(
    edits: Union[pd.DataFrame, Sequence[Mapping], None],
    route_ids: Sequence[str],
    span: Optional[tuple] = None,
) -> List[Edit]:
    """Check an edits table against a feed's routes (and its service ``span`` in seconds) → :class:`Edit` s."""
    frame = _edit_frame(edits)
    if not len(frame):
        return []
    actions = _check_actions(frame)
    routes = [_text(r) for r in frame["route_id"]]
    known = set(route_ids)
    absent = sorted({r for r in routes if r not in known}, key=str)
    if absent:
        raise InputError(
            "unknown_routes",
            "The edits name {n} route(s) absent from the feed: {routes}.",
            n=len(absent),
            routes=examples([r or "(empty)" for r in absent], limit=50),
        )
    out = []
    for k, (action, route) in enumerate(zip(actions, routes)):
        row = k + 1
        start, end = frame.at[k, "start_time"], frame.at[k, "end_time"]
        whole = _text(start) == "" and _text(end) == ""
        if action == "remove_route" and not whole:
            raise InputError(
                "band_not_allowed",
                "Row {row}: remove_route removes the whole route and takes no time band; use remove_trips to "
                "remove the trips of a band.",
                row=row,
            )
        a, b = parse_band(start, end, where=f" of row {row}")
        if span is not None and not whole and (b <= span[0] or a >= span[1]):
            raise InputError(
                "band_outside_service_day",
                "The time band {start}–{end} of row {row} lies outside the feed's service day ({first} to {last}).",
                start=format_clock(a),
                end=format_clock(b),
                row=row,
                first=format_clock(span[0]),
                last=format_clock(span[1]),
            )
        value = _number(frame.at[k, "value"])
        _check_value(action, value, row)
        out.append(Edit(row, action, route, a, b, value, whole))
    return out


# ------------------------------------------------------------------------------------------- working feed


class _Work:
    """The tables being edited, with stop times parsed once (hidden columns dropped on output)."""

    def __init__(self, tables: GtfsTables) -> None:
        self.tables = tables.copy()
        self.diag = EditDiagnostics()
        self.trips = tables.get("trips.txt").copy()
        st = tables.get("stop_times.txt").copy()
        arrival = seconds(column(st, "arrival_time"))
        departure = seconds(column(st, "departure_time"))
        st[_ARR] = np.where(np.isnan(arrival), departure, arrival)
        st[_DEP] = np.where(np.isnan(departure), arrival, departure)
        st[_SEQ] = numbers(column(st, "stop_sequence"))
        self.st = st
        fr = tables.get("frequencies.txt")
        usable = fr is not None and {"trip_id", "start_time", "end_time", "headway_secs"} <= set(fr.columns)
        self.fr = fr.copy() if usable else None
        self.trip_ids = set(self.trips["trip_id"])
        self.touched: set = set()
        self.route_ids = list(column(tables.get("routes.txt"), "route_id"))

    def span(self) -> tuple:
        """First departure and last arrival of the feed (frequency rows included), seconds."""
        first = np.nanmin(self.st[_DEP].to_numpy()) if len(self.st) else np.nan
        last = np.nanmax(self.st[_ARR].to_numpy()) if len(self.st) else np.nan
        if self.fr is not None and len(self.fr):
            first = np.nanmin([first, np.nanmin(seconds(self.fr["start_time"]))])
            last = np.nanmax([last, np.nanmax(seconds(self.fr["end_time"]))])
        return float(first), float(last)

    def frequency_trips(self) -> set:
        """Trip ids that have frequency rows."""
        return set(self.fr["trip_id"]) if self.fr is not None else set()

    def route_trips(self, route_id: str) -> pd.DataFrame:
        """Trips of a route with their first departure (``first_departure``, seconds; NaN if untimed)."""
        trips = self.trips.loc[self.trips["route_id"] == route_id]
        st = self.st.loc[self.st["trip_id"].isin(trips["trip_id"]), ["trip_id", _SEQ, _DEP]]
        first = st.sort_values(["trip_id", _SEQ], kind="mergesort").drop_duplicates("trip_id")
        dep = first.set_index("trip_id")[_DEP]
        return trips.assign(first_departure=dep.reindex(trips["trip_id"]).to_numpy())

    def copy_trips(self, templates: np.ndarray, offsets: np.ndarray, suffixes: np.ndarray) -> List[str]:
        """Copies of trips ``templates`` shifted by ``offsets`` seconds; returns their new ids."""
        templates = np.asarray(templates, dtype=object)
        offsets = np.round(np.asarray(offsets, dtype=float))
        new_ids = unique_ids(
            np.char.add(templates.astype(str), np.asarray(suffixes, dtype=str)), self.trip_ids
        )
        trips = self.trips.drop_duplicates("trip_id")
        rows = trips.iloc[pd.Index(trips["trip_id"]).get_indexer(templates)].copy()
        rows["trip_id"] = new_ids
        if "block_id" in rows.columns:
            rows["block_id"] = ""
        self.trips = pd.concat([self.trips, rows], ignore_index=True)
        plan = pd.DataFrame({"trip_id": templates, "_new": new_ids, "_offset": offsets})
        copies = plan.merge(self.st, on="trip_id", how="inner", sort=False)
        copies[_ARR] = copies[_ARR] + copies["_offset"]
        copies[_DEP] = copies[_DEP] + copies["_offset"]
        for col, key in (("arrival_time", _ARR), ("departure_time", _DEP)):
            if col in copies.columns:
                given = copies[col] != ""
                copies[col] = np.where(given, format_clocks(copies[key].to_numpy()), "")
        copies["trip_id"] = copies["_new"]
        copies = copies.drop(columns=["_new", "_offset"])
        self.st = pd.concat([self.st, copies], ignore_index=True)
        self.touched |= {"trips.txt", "stop_times.txt"}
        self.diag.trips_added += len(new_ids)
        return new_ids

    def remove_trips(self, trip_ids: Sequence[str]) -> None:
        """Remove trips with their stop times, frequency rows, and rows elsewhere naming them."""
        gone = pd.Index(pd.unique(np.asarray(trip_ids, dtype=object)))
        if not len(gone):
            return
        shapes = set(column(self.trips.loc[self.trips["trip_id"].isin(gone)], "shape_id")) - {""}
        self.trips = self.trips.loc[~self.trips["trip_id"].isin(gone)]
        self.st = self.st.loc[~self.st["trip_id"].isin(gone)]
        if self.fr is not None:
            self.fr = self.fr.loc[~self.fr["trip_id"].isin(gone)]
        self.trip_ids -= set(gone)
        self.touched |= {"trips.txt", "stop_times.txt", "frequencies.txt"}
        self.diag.trips_removed += len(gone)
        self._drop_references(_TRIP_REFS, gone)
        self._drop_unused_shapes(shapes - set(column(self.trips, "shape_id")))

    def remove_route(self, route_id: str) -> None:
        """Remove a route, its trips and every row naming it."""
        self.remove_trips(self.trips.loc[self.trips["route_id"] == route_id, "trip_id"])
        routes = self.tables.get("routes.txt")
        self.tables.set("routes.txt", routes.loc[routes["route_id"] != route_id])
        self._drop_references(_ROUTE_REFS, pd.Index([route_id]))
        self.diag.routes_removed += 1

    def _drop_references(self, columns: Sequence[str], ids: pd.Index) -> None:
        for name, table in list(self.tables.tables.items()):
            if name in _OWN_FILES:
                continue
            cols = [c for c in columns if c in table.columns]
            if not cols:
                continue
            hit = np.zeros(len(table), bool)
            for col in cols:
                hit |= table[col].isin(ids).to_numpy()
            if hit.any():
                self.tables.set(name, table.loc[~hit])
                self.diag.rows_removed_elsewhere[name] = self.diag.rows_removed_elsewhere.get(name, 0) + int(
                    hit.sum()
                )

    def _drop_unused_shapes(self, shapes: set) -> None:
        table = self.tables.get("shapes.txt")
        if not shapes or table is None:
            return
        hit = table["shape_id"].isin(shapes).to_numpy()
        if hit.any():
            self.tables.set("shapes.txt", table.loc[~hit])
            self.diag.shapes_removed += len(shapes)

    def finish(self) -> GtfsTables:
        """The edited tables, hidden columns dropped; only files the edits touched are marked changed."""
        if "trips.txt" in self.touched:
            self.tables.set("trips.txt", self.trips)
        if "stop_times.txt" in self.touched:
            self.tables.set("stop_times.txt", self.st.drop(columns=[_ARR, _DEP, _SEQ]))
        if self.fr is not None and "frequencies.txt" in self.touched:
            self.tables.set("frequencies.txt", self.fr)
        return self.tables


# ------------------------------------------------------------------------------------------- frequencies


def _cut_frequencies(work: _Work, trip_ids: pd.Index, edit: Edit) -> np.ndarray:
    """Cut the frequency rows of ``trip_ids`` at the band's ends; returns a mask of the rows inside it."""
    fr = work.fr
    if fr is None or not len(fr):
        return np.zeros(0, bool)
    mine = fr["trip_id"].isin(trip_ids).to_numpy()
    start = seconds(fr["start_time"])
    end = seconds(fr["end_time"])
    cut = mine & (start < edit.end) & (end > edit.start) & ((start < edit.start) | (end > edit.end))
    if cut.any():
        pieces = []
        bounds = [
            (start[cut], np.minimum(end[cut], edit.start)),
            (np.maximum(start[cut], edit.start), np.minimum(end[cut], edit.end)),
            (np.maximum(start[cut], edit.end), end[cut]),
        ]
        for a, b in bounds:
            piece = fr.loc[cut].copy()
            piece["start_time"] = format_clocks(a)
            piece["end_time"] = format_clocks(b)
            pieces.append(piece.loc[b > a])
        fr = pd.concat([fr.loc[~cut], *pieces], ignore_index=False)
        fr = fr.sort_index(kind="mergesort").reset_index(drop=True)
        work.fr = fr
        start, end = seconds(fr["start_time"]), seconds(fr["end_time"])
        mine = fr["trip_id"].isin(trip_ids).to_numpy()
    return mine & (start >= edit.start) & (end <= edit.end)


def _frequency_headways(work: _Work, trip_ids: pd.Index, edit: Edit) -> int:
    inside = _cut_frequencies(work, trip_ids, edit)
    if not inside.any():
        return 0
    fr = work.fr
    if edit.action == "remove_trips":
        work.fr = fr.loc[~inside].reset_index(drop=True)
        orphans = set(fr.loc[inside, "trip_id"]) - set(work.fr["trip_id"])
        work.remove_trips(sorted(orphans))
    else:
        headway = numbers(fr["headway_secs"])
        new = headway * edit.value if edit.action == "scale_headway" else np.full(len(fr), edit.value * 60.0)
        new = np.maximum(np.round(new), 1).astype(np.int64).astype(str)
        fr = fr.copy()
        fr.loc[inside, "headway_secs"] = new[inside]
        work.fr = fr
    work.touched.add("frequencies.txt")
    work.diag.frequency_rows_changed += int(inside.sum())
    return int(inside.sum())


# ------------------------------------------------------------------------------------------- schedules


def _curve_time(dep: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Departure time at (fractional) trip number ``p`` on the curve through ``dep``."""
    i = np.clip(np.floor(p).astype(int), 0, len(dep) - 1)
    j = np.minimum(i + 1, len(dep) - 1)
    return dep[i] + (p - i) * (dep[j] - dep[i])


def _plan_scaled(dep: np.ndarray, a: float, b: float, factor: float) -> tuple:
    """(departure, template index) of the resampled departures in [a, b) for a sorted departure array."""
    inside = np.flatnonzero((dep >= a) & (dep < b))
    if not len(inside):
        return np.zeros(0), np.zeros(0, int)
    i0 = inside[0]
    n = len(dep)
    k = np.arange(np.ceil(-i0 / factor - 1e-9), np.floor((n - 1 - i0) / factor + 1e-9) + 1)
    p = i0 + k * factor
    t = _curve_time(dep, p)
    keep = (t >= a) & (t < b)
    p, t = p[keep], np.round(t[keep])
    # A departure on an original one (to the second) is that trip; any other copies the trip before it.
    nearest = np.clip(np.round(p).astype(int), 0, n - 1)
    on_original = np.abs(t - dep[nearest]) < 0.5
    template = np.where(on_original, nearest, np.clip(np.floor(p).astype(int), 0, n - 1))
    return t, template


def _plan_set(dep: np.ndarray, a: float, b: float, headway: float) -> tuple:
    """(departure, template index) of departures every ``headway`` s through [a, b) on the first one's grid."""
    inside = np.flatnonzero((dep >= a) & (dep < b))
    if not len(inside):
        return np.zeros(0), np.zeros(0, int)
    anchor = dep[inside[0]]
    k = np.arange(np.ceil((a - anchor) / headway), np.ceil((b - anchor) / headway))
    t = np.round(anchor + k * headway)
    t = t[(t >= a) & (t < b)]
    template = np.clip(np.searchsorted(dep, t + 0.5, side="right") - 1, 0, len(dep) - 1)
    return t, template


def _scheduled_headways(work: _Work, trips: pd.DataFrame, edit: Edit) -> int:
    """Scale, set or remove the scheduled departures of ``trips`` (one route) inside the band."""
    trips = trips.dropna(subset=["first_departure"])
    keys = [c for c in ("direction_id", "service_id") if c in trips.columns]
    remove, templates, offsets, suffixes = [], [], [], []
    for _, group in trips.groupby(keys[0] if len(keys) == 1 else keys, sort=False):
        group = group.sort_values("first_departure", kind="mergesort")
        dep = group["first_departure"].to_numpy()
        ids = group["trip_id"].to_numpy()
        inside = (dep >= edit.start) & (dep < edit.end)
        if not inside.any():
            continue
        if edit.action == "remove_trips":
            remove.extend(ids[inside])
            continue
        plan = _plan_scaled if edit.action == "scale_headway" else _plan_set
        value = edit.value if edit.action == "scale_headway" else edit.value * 60.0
        times, template = plan(dep, edit.start, edit.end, value)
        same = np.abs(times - dep[template]) < 0.5
        kept = set(ids[template[same]])
        remove.extend(t for t in ids[inside] if t not in kept)
        new = ~same
        templates.extend(ids[template[new]])
        offsets.extend(times[new] - dep[template[new]])
        suffixes.extend(np.char.add("+", np.char.replace(format_clocks(times[new]).astype(str), ":", "")))
    if templates:
        work.copy_trips(
            np.array(templates, dtype=object), np.array(offsets), np.array(suffixes, dtype=object)
        )
    work.remove_trips(remove)
    return len(templates) + len(remove)


def _headways(work: _Work, edit: Edit) -> int:
    trips = work.route_trips(edit.route_id)
    freq = work.frequency_trips()
    by_frequency = trips["trip_id"].isin(freq).to_numpy()
    changed = _frequency_headways(work, pd.Index(trips.loc[by_frequency, "trip_id"]), edit)
    return changed + _scheduled_headways(work, trips.loc[~by_frequency], edit)


# ------------------------------------------------------------------------------------------- running times


def _retime(
    work: _Work, trip_ids: pd.Index, runtime: Callable[[pd.DataFrame, np.ndarray], np.ndarray]
) -> None:
    """New times for ``trip_ids``: running times from ``runtime(rows, run_s)``, dwell and first departure kept."""
    st = work.st
    rows = st.loc[st["trip_id"].isin(trip_ids) & st[_DEP].notna()].sort_values(
        ["trip_id", _SEQ], kind="mergesort"
    )
    if not len(rows):
        return
    trip = rows["trip_id"].to_numpy()
    first = np.r_[True, trip[1:] != trip[:-1]]
    arr, dep = rows[_ARR].to_numpy(), rows[_DEP].to_numpy()
    run = np.where(first, 0.0, arr - np.r_[np.nan, dep[:-1]])
    new_run = np.where(first, 0.0, runtime(rows, run))
    dwell = dep - arr
    step = new_run + np.r_[0.0, dwell[:-1]] * ~first
    cum = np.cumsum(step)
    start = np.maximum.accumulate(np.where(first, np.arange(len(cum)), 0))
    new_arr = np.round(arr[start] + cum - cum[start])
    new_dep = new_arr + dwell
    st.loc[rows.index, _ARR] = new_arr
    st.loc[rows.index, _DEP] = new_dep
    for col, values in (("arrival_time", new_arr), ("departure_time", new_dep)):
        if col in st.columns:
            given = (st.loc[rows.index, col] != "").to_numpy()
            st.loc[rows.index, col] = np.where(given, format_clocks(values), "")
    work.touched.add("stop_times.txt")
    work.diag.trips_retimed += int(first.sum())


def _runtime_rule(work: _Work, edit: Edit) -> Callable[[pd.DataFrame, np.ndarray], np.ndarray]:
    if edit.action == "scale_time":
        return lambda rows, run: run * edit.value
    speed_ms = edit.value / 3.6

    def by_speed(rows: pd.DataFrame, run: np.ndarray) -> np.ndarray:
        """Distance between consecutive timed stops / speed."""
        return trip_distances(work.tables, work.trips, work.st, rows.index, _SEQ) / speed_ms

    return by_speed


def _split_frequency_trips(work: _Work, trip_ids: pd.Index, edit: Edit) -> pd.Index:
    """Frequency-based trips to retime for the band: whole templates, or copies taking the rows inside it."""
    inside = _cut_frequencies(work, trip_ids, edit)
    if not inside.any():
        return pd.Index([])
    fr = work.fr
    touched = pd.Index(fr.loc[inside, "trip_id"].unique())
    partial = touched.intersection(
        pd.Index(fr.loc[~inside & fr["trip_id"].isin(touched).to_numpy(), "trip_id"])
    )
    whole = touched.difference(partial)
    if len(partial):
        new_ids = work.copy_trips(
            partial.to_numpy(), np.zeros(len(partial)), np.full(len(partial), "+retimed")
        )
        rename = dict(zip(partial, new_ids))
        move = inside & fr["trip_id"].isin(partial).to_numpy()
        fr = fr.copy()
        fr.loc[move, "trip_id"] = fr.loc[move, "trip_id"].map(rename)
        work.fr = fr
        whole = whole.append(pd.Index(new_ids))
    work.touched.add("frequencies.txt")
    work.diag.frequency_rows_changed += int(inside.sum())
    return whole


def _times(work: _Work, edit: Edit) -> int:
    trips = work.route_trips(edit.route_id)
    freq = work.frequency_trips()
    by_frequency = trips["trip_id"].isin(freq).to_numpy()
    scheduled = trips.loc[~by_frequency]
    dep = scheduled["first_departure"].to_numpy()
    chosen = pd.Index(scheduled.loc[(dep >= edit.start) & (dep < edit.end), "trip_id"])
    chosen = chosen.append(_split_frequency_trips(work, pd.Index(trips.loc[by_frequency, "trip_id"]), edit))
    _retime(work, chosen, _runtime_rule(work, edit))
    return len(chosen)


# ------------------------------------------------------------------------------------------- entry points


def _apply(work: _Work, edit: Edit) -> int:
    if edit.action == "remove_route":
        if edit.route_id not in set(column(work.tables.get("routes.txt"), "route_id")):
            return 0
        work.remove_route(edit.route_id)
        return 1
    if edit.action in ("scale_headway", "set_headway", "remove_trips"):
        return _headways(work, edit)
    return _times(work, edit)


def apply_edits(
    tables: GtfsTables,
    edits: Union[pd.DataFrame, Sequence[Mapping], None] = None,
    new_routes: Sequence[NewRoute] = (),
    progress: ProgressCallback = None,
) -> tuple:
    """Apply an edits table, then add ``new_routes``; returns (new :class:`GtfsTables`, :class:`EditDiagnostics`).

    ``tables`` is not modified. Bad input raises :class:`InputError` before anything is changed.
    """
    frame = _edit_frame(edits)
    out, diag, parsed = tables.copy(), EditDiagnostics(), []
    if len(frame):
        work = _Work(tables)
        parsed = parse_edits(frame, work.route_ids, work.span())
        steps = max(len(parsed) + len(new_routes), 1)
        for k, edit in enumerate(parsed):
            if not _apply(work, edit):
                work.diag.edits_without_effect.append(edit.describe())
            report(progress, (k + 1) / steps)
        out, diag = work.finish(), work.diag
    for k, route in enumerate(new_routes):
        out, route_report = add_route(out, route)
        diag.new_routes.append(route_report)
        report(progress, (len(parsed) + k + 1) / max(len(parsed) + len(new_routes), 1))
    return out, diag


def edit_gtfs(
    source: Union[str, Path],
    output: Union[str, Path, None] = None,
    edits: Union[pd.DataFrame, Sequence[Mapping], None] = None,
    new_routes: Sequence[NewRoute] = (),
    *,
    validate: bool = True,
    progress: ProgressCallback = None,
) -> GtfsEditResult:
    """Read ``source`` (never modified), apply ``edits`` and ``new_routes``, validate, write ``output``."""
    report(progress, 0.0)
    if output is not None and Path(output).resolve() == Path(source).resolve():
        raise InputError(
            "output_is_source",
            "The new feed must not overwrite its source {path}; choose another file.",
            path=str(source),
        )
    tables = read_tables(source)
    report(progress, 0.15)
    edited, diag = apply_edits(tables, edits, new_routes, scaled(progress, 0.15, 0.6))
    notices, introduced = [], []
    if validate:
        notices = validate_tables(edited)
        report(progress, 0.75)
        # The source is validated only when the output has notices (to tell which the edits brought).
        introduced = new_notices(validate_tables(tables), notices) if notices else []
    report(progress, 0.9)
    path = write_tables(edited, output) if output is not None else None
    report(progress, 1.0)
    return GtfsEditResult(edited, path, notices, introduced, diag)
