"""Offline GTFS reading: tables, service calendars, interpolated stop times, frequency expansion, stop summaries.

A feed is read from its zip file into pandas tables (all ids as strings). Broken rows are skipped and
counted per file, with a few examples (file name, line number, reason), in :class:`GtfsDiagnostics`:
rows missing required values, unparsable times or coordinates, trips whose route is unknown, stop times
whose stop or trip is unknown, trips whose first or last stop has no time. Times are seconds since the
service day's midnight ("noon minus 12 h" in GTFS terms), so ``25:10:00`` is 90,600.

Conventions (documented for the Processing help):

- Missing intermediate stop times are interpolated between the surrounding timed stops, in proportion to
  ``shape_dist_traveled`` when the trip has it, otherwise to the straight-line distance between consecutive
  stops (the convention of conveyal gtfs-lib, which R5/r5r use); ``interpolation="even"`` spaces them evenly
  by stop count instead.
- ``frequencies.txt`` rows (``exact_times`` 0 or 1 alike) become concrete trips departing at ``start_time``
  and then every ``headway_secs`` while the departure is before ``end_time``; the template trip's stop times
  are shifted so its first departure is that time. R5 instead draws random offsets for ``exact_times=0``;
  a deterministic schedule makes results reproducible.
- Mean headway of a stop over a window = window length / number of departures in the window (the
  "average waiting time ≈ headway / 2" reading used by the SDG 11.2.1 frequency criterion).
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .definitions import route_type_mode, route_type_modes  # noqa: F401 (re-exported)
from .progress import ProgressCallback, report

MAX_EXAMPLES = 5
"""Examples of skipped rows kept per file."""

REQUIRED_COLUMNS = {
    "stops.txt": ["stop_id"],
    "routes.txt": ["route_id"],
    "trips.txt": ["route_id", "service_id", "trip_id"],
    "stop_times.txt": ["trip_id", "stop_id", "stop_sequence"],
}
"""Columns without which a feed cannot be used (missing → ValueError for the caller to report)."""

OPTIONAL_FILES = (
    "agency.txt",
    "calendar.txt",
    "calendar_dates.txt",
    "frequencies.txt",
    "transfers.txt",
    "shapes.txt",
)

ID_COLUMNS = ("stop_id", "route_id", "trip_id", "service_id", "shape_id", "agency_id", "parent_station")
ID_COLUMNS_TRANSFERS = ("from_stop_id", "to_stop_id")


@dataclass
class GtfsDiagnostics:
    """What was skipped or missing while reading one or more feeds."""

    skipped_rows: Dict[str, int] = field(default_factory=dict)
    """Rows skipped per file name (prefixed ``feed:`` when several feeds are merged)."""
    examples: Dict[str, List[Tuple[int, str]]] = field(default_factory=dict)
    """Per file, up to MAX_EXAMPLES (line number, reason code) of skipped rows; line 1 is the header."""
    missing_files: List[str] = field(default_factory=list)
    """Optional files absent from the zip."""
    interpolated_stop_times: int = 0
    """Stop times whose arrival/departure were interpolated."""
    frequency_trips: int = 0
    """Concrete trips created from frequencies.txt."""

    def skip(self, file: str, lines: np.ndarray, reason: str) -> None:
        """Record skipped rows of ``file`` (``lines`` are 1-based line numbers)."""
        lines = np.asarray(lines)
        if lines.size == 0:
            return
        self.skipped_rows[file] = self.skipped_rows.get(file, 0) + int(lines.size)
        kept = self.examples.setdefault(file, [])
        for line in lines[: max(0, MAX_EXAMPLES - len(kept))]:
            kept.append((int(line), reason))

    def merge(self, other: GtfsDiagnostics, prefix: str = "") -> None:
        """Add ``other``'s counts (file names prefixed with ``prefix``)."""
        for name, count in other.skipped_rows.items():
            self.skipped_rows[prefix + name] = self.skipped_rows.get(prefix + name, 0) + count
        for name, ex in other.examples.items():
            self.examples.setdefault(prefix + name, []).extend(ex)
        self.missing_files.extend(prefix + m for m in other.missing_files)
        self.interpolated_stop_times += other.interpolated_stop_times
        self.frequency_trips += other.frequency_trips


@dataclass
class GtfsFeed:
    """The tables of a feed (ids as strings, times in seconds, coordinates as floats)."""

    agency: pd.DataFrame
    stops: pd.DataFrame
    """stop_id, stop_name, stop_lat, stop_lon, location_type, parent_station, wheelchair_boarding, line."""
    routes: pd.DataFrame
    """route_id, agency_id, route_short_name, route_long_name, route_type (int), line."""
    trips: pd.DataFrame
    """route_id, service_id, trip_id, shape_id, direction_id, line."""
    stop_times: pd.DataFrame
    """trip_id, stop_id, stop_sequence, arrival, departure (seconds, float; interpolated), pickup_type,
    drop_off_type, shape_dist_traveled, time_given (False where the time was interpolated); sorted by trip
    and sequence."""
    calendar: pd.DataFrame
    """service_id, monday..sunday (0/1), start_date, end_date (datetime64)."""
    calendar_dates: pd.DataFrame
    """service_id, date (datetime64), exception_type (1 added, 2 removed)."""
    frequencies: pd.DataFrame
    """trip_id, start_time, end_time, headway_secs (seconds), exact_times."""
    transfers: pd.DataFrame
    """from_stop_id, to_stop_id, transfer_type, min_transfer_time (seconds, NaN if absent)."""
    shapes: pd.DataFrame
    """shape_id, shape_pt_lat, shape_pt_lon, shape_pt_sequence, shape_dist_traveled."""
    diagnostics: GtfsDiagnostics = field(default_factory=GtfsDiagnostics)


@dataclass
class ServiceDay:
    """Services running on a date, with the feed's calendar range for messages."""

    service_ids: List[str]
    date: _dt.date
    first_date: Optional[_dt.date]
    """First date with any service in the feed (None if the feed has no calendar at all)."""
    last_date: Optional[_dt.date]
    in_range: bool
    """False when the date is outside [first_date, last_date]: the caller should list the valid range."""


# ----------------------------------------------------------------------------------------------- reading


def parse_time(values: Union[pd.Series, Sequence[str]]) -> np.ndarray:
    """GTFS times ``H:MM:SS`` (hours may exceed 24) → seconds as float; NaN when empty or unparsable."""
    s = pd.Series(values, dtype="object").astype(str).str.strip()
    parts = s.str.extract(r"^(\d{1,3}):([0-5]?\d):([0-5]?\d)$")
    h = pd.to_numeric(parts[0], errors="coerce")
    m = pd.to_numeric(parts[1], errors="coerce")
    sec = pd.to_numeric(parts[2], errors="coerce")
    return (h * 3600 + m * 60 + sec).to_numpy(dtype=float)


def _parse_date(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values.astype(str).str.strip(), format="%Y%m%d", errors="coerce")


def _read_table(zf: zipfile.ZipFile, names: Dict[str, str], file: str) -> Optional[pd.DataFrame]:
    """A file of the zip as a string DataFrame with a ``line`` column; None if absent."""
    member = names.get(file)
    if member is None:
        return None
    raw = zf.read(member)
    if not raw.strip():
        return pd.DataFrame({"line": pd.Series([], dtype=int)})
    df = pd.read_csv(
        io.BytesIO(raw),
        dtype=str,
        keep_default_na=False,
        encoding="utf-8-sig",
        skipinitialspace=True,
        on_bad_lines="skip",
    )
    df.columns = [str(c).strip().lstrip("\ufeff") for c in df.columns]
    for col in df.columns:
        df[col] = df[col].str.strip()
    df["line"] = np.arange(len(df)) + 2
    return df


def _ensure(df: pd.DataFrame, columns: Iterable[str], default: str = "") -> pd.DataFrame:
    for col in columns:
        if col not in df.columns:
            df[col] = default
    return df


def _drop(df: pd.DataFrame, bad: np.ndarray, diag: GtfsDiagnostics, file: str, reason: str) -> pd.DataFrame:
    """Remove rows flagged ``bad`` and record them."""
    bad = np.asarray(bad, dtype=bool)
    if bad.any():
        diag.skip(file, df["line"].to_numpy()[bad], reason)
        df = df.loc[~bad]
    return df


def _numeric(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series.replace("", np.nan), errors="coerce")


def read_gtfs(
    path: Union[str, Path],
    prefix: str = "",
    interpolation: str = "distance",
    progress: ProgressCallback = None,
) -> GtfsFeed:
    """Read a GTFS zip (or folder) offline into a :class:`GtfsFeed`; ``prefix`` is put before every id."""
    if interpolation not in ("distance", "even"):
        raise ValueError("interpolation must be 'distance' or 'even'")
    path = Path(path)
    diag = GtfsDiagnostics()
    if path.is_dir():
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as out:
            for f in path.glob("*.txt"):
                out.write(f, f.name)
        buf.seek(0)
        zf = zipfile.ZipFile(buf)
    else:
        zf = zipfile.ZipFile(path)
    with zf:
        names = {}
        for member in zf.namelist():
            base = member.rsplit("/", 1)[-1].lower()
            if base.endswith(".txt") and base not in names:
                names[base] = member
        for file in REQUIRED_COLUMNS:
            if file not in names:
                raise ValueError(f"missing required file {file}")
        tables = {f: _read_table(zf, names, f) for f in list(REQUIRED_COLUMNS) + list(OPTIONAL_FILES)}
    report(progress, 0.2)
    for file in OPTIONAL_FILES:
        if tables[file] is None:
            diag.missing_files.append(file)
    if tables["calendar.txt"] is None and tables["calendar_dates.txt"] is None:
        diag.missing_files.append("calendar.txt+calendar_dates.txt")
    for file, cols in REQUIRED_COLUMNS.items():
        missing = [c for c in cols if c not in tables[file].columns]
        if missing:
            raise ValueError(f"{file} lacks required columns {missing}")

    def pre(df: pd.DataFrame, cols: Iterable[str]) -> pd.DataFrame:
        if prefix:
            for col in cols:
                if col in df.columns:
                    nonempty = df[col] != ""
                    df.loc[nonempty, col] = prefix + df.loc[nonempty, col]
        return df

    # agency
    agency = tables["agency.txt"]
    agency = pre(
        _ensure(agency if agency is not None else pd.DataFrame({"line": []}), ["agency_id"]), ["agency_id"]
    )

    # stops
    stops = _ensure(
        tables["stops.txt"],
        ["stop_name", "stop_lat", "stop_lon", "location_type", "parent_station", "wheelchair_boarding"],
    )
    stops = _drop(stops, (stops["stop_id"] == "").to_numpy(), diag, "stops.txt", "missing stop_id")
    stops = _drop(stops, stops["stop_id"].duplicated().to_numpy(), diag, "stops.txt", "duplicate stop_id")
    stops = stops.copy()
    stops["stop_lat"] = _numeric(stops["stop_lat"])
    stops["stop_lon"] = _numeric(stops["stop_lon"])
    stops["location_type"] = _numeric(stops["location_type"]).fillna(0).astype(int)
    stops["wheelchair_boarding"] = _numeric(stops["wheelchair_boarding"]).fillna(0).astype(int)
    bad_xy = (
        stops["stop_lat"].isna()
        | stops["stop_lon"].isna()
        | (stops["stop_lat"].abs() > 90)
        | (stops["stop_lon"].abs() > 180)
    ) & (stops["location_type"] <= 2)
    stops = _drop(stops, bad_xy.to_numpy(), diag, "stops.txt", "invalid coordinates")
    stops = pre(stops, ["stop_id", "parent_station"]).reset_index(drop=True)

    # routes
    routes = _ensure(tables["routes.txt"], ["agency_id", "route_short_name", "route_long_name", "route_type"])
    routes = routes.copy()
    routes["route_type"] = _numeric(routes["route_type"])
    routes = _drop(routes, (routes["route_id"] == "").to_numpy(), diag, "routes.txt", "missing route_id")
    routes = _drop(routes, routes["route_type"].isna().to_numpy(), diag, "routes.txt", "invalid route_type")
    routes = _drop(
        routes, routes["route_id"].duplicated().to_numpy(), diag, "routes.txt", "duplicate route_id"
    )
    routes = routes.copy()
    routes["route_type"] = routes["route_type"].astype(int)
    routes = pre(routes, ["route_id", "agency_id"]).reset_index(drop=True)

    # trips
    trips = _ensure(tables["trips.txt"], ["shape_id", "direction_id", "wheelchair_accessible"])
    for col in ("route_id", "service_id", "trip_id"):
        trips = _drop(trips, (trips[col] == "").to_numpy(), diag, "trips.txt", f"missing {col}")
    trips = _drop(trips, trips["trip_id"].duplicated().to_numpy(), diag, "trips.txt", "duplicate trip_id")
    trips = pre(trips.copy(), ["route_id", "service_id", "trip_id", "shape_id"])
    trips = _drop(
        trips, (~trips["route_id"].isin(routes["route_id"])).to_numpy(), diag, "trips.txt", "unknown route_id"
    )
    trips = trips.reset_index(drop=True)
    report(progress, 0.3)

    # stop_times
    st = _ensure(
        tables["stop_times.txt"],
        ["arrival_time", "departure_time", "pickup_type", "drop_off_type", "shape_dist_traveled"],
    )
    st = st[
        [
            "trip_id",
            "stop_id",
            "stop_sequence",
            "arrival_time",
            "departure_time",
            "pickup_type",
            "drop_off_type",
            "shape_dist_traveled",
            "line",
        ]
    ].copy()
    st = pre(st, ["trip_id", "stop_id"])
    seq = _numeric(st["stop_sequence"])
    st = _drop(st, seq.isna().to_numpy(), diag, "stop_times.txt", "invalid stop_sequence")
    st = st.copy()
    st["stop_sequence"] = _numeric(st["stop_sequence"]).astype(np.int64)
    arr = parse_time(st["arrival_time"])
    dep = parse_time(st["departure_time"])
    bad_time = ((st["arrival_time"] != "") & np.isnan(arr)) | ((st["departure_time"] != "") & np.isnan(dep))
    st["arrival"] = np.where(np.isnan(arr), dep, arr)
    st["departure"] = np.where(np.isnan(dep), arr, dep)
    st = _drop(st, bad_time.to_numpy(), diag, "stop_times.txt", "unparsable time")
    st = _drop(
        st, (~st["trip_id"].isin(trips["trip_id"])).to_numpy(), diag, "stop_times.txt", "unknown trip_id"
    )
    st = _drop(
        st, (~st["stop_id"].isin(stops["stop_id"])).to_numpy(), diag, "stop_times.txt", "unknown stop_id"
    )
    st = st.drop(columns=["arrival_time", "departure_time"])
    st["pickup_type"] = _numeric(st["pickup_type"]).fillna(0).astype(np.int8)
    st["drop_off_type"] = _numeric(st["drop_off_type"]).fillna(0).astype(np.int8)
    st["shape_dist_traveled"] = _numeric(st["shape_dist_traveled"])
    st = st.sort_values(["trip_id", "stop_sequence"], kind="mergesort").reset_index(drop=True)
    st = _drop(
        st,
        st.duplicated(["trip_id", "stop_sequence"]).to_numpy(),
        diag,
        "stop_times.txt",
        "duplicate stop_sequence",
    )
    st = st.reset_index(drop=True)
    report(progress, 0.6)
    st, trips = _interpolate(st, trips, stops, diag, interpolation)
    report(progress, 0.8)

    # calendars
    cal = tables["calendar.txt"]
    days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    if cal is None:
        cal = pd.DataFrame(
            {c: pd.Series([], dtype=str) for c in ["service_id", *days, "start_date", "end_date", "line"]}
        )
    cal = _ensure(cal, ["service_id", *days, "start_date", "end_date"]).copy()
    for d in days:
        cal[d] = _numeric(cal[d]).fillna(0).astype(int)
    cal["start_date"] = _parse_date(cal["start_date"])
    cal["end_date"] = _parse_date(cal["end_date"])
    cal = _drop(cal, (cal["service_id"] == "").to_numpy(), diag, "calendar.txt", "missing service_id")
    cal = _drop(
        cal,
        (cal["start_date"].isna() | cal["end_date"].isna()).to_numpy(),
        diag,
        "calendar.txt",
        "invalid date",
    )
    cal = pre(cal.copy(), ["service_id"]).reset_index(drop=True)

    cd = tables["calendar_dates.txt"]
    if cd is None:
        cd = pd.DataFrame(
            {c: pd.Series([], dtype=str) for c in ["service_id", "date", "exception_type", "line"]}
        )
    cd = _ensure(cd, ["service_id", "date", "exception_type"]).copy()
    cd["date"] = _parse_date(cd["date"])
    cd["exception_type"] = _numeric(cd["exception_type"])
    cd = _drop(
        cd,
        (cd["date"].isna() | ~cd["exception_type"].isin([1, 2]) | (cd["service_id"] == "")).to_numpy(),
        diag,
        "calendar_dates.txt",
        "invalid row",
    )
    cd = cd.copy()
    cd["exception_type"] = cd["exception_type"].astype(int)
    cd = pre(cd, ["service_id"]).reset_index(drop=True)

    # frequencies
    fr = tables["frequencies.txt"]
    if fr is None:
        fr = pd.DataFrame(
            {
                c: pd.Series([], dtype=str)
                for c in ["trip_id", "start_time", "end_time", "headway_secs", "exact_times", "line"]
            }
        )
    fr = _ensure(fr, ["trip_id", "start_time", "end_time", "headway_secs", "exact_times"]).copy()
    fr = pre(fr, ["trip_id"])
    fr["start_time"] = parse_time(fr["start_time"])
    fr["end_time"] = parse_time(fr["end_time"])
    fr["headway_secs"] = _numeric(fr["headway_secs"])
    fr["exact_times"] = _numeric(fr["exact_times"]).fillna(0).astype(int)
    bad = (fr["start_time"].isna() | fr["end_time"].isna() | ~(fr["headway_secs"] > 0)).to_numpy()
    fr = _drop(fr, bad, diag, "frequencies.txt", "invalid time or headway")
    fr = _drop(
        fr, (~fr["trip_id"].isin(st["trip_id"])).to_numpy(), diag, "frequencies.txt", "unknown trip_id"
    )
    fr = fr.reset_index(drop=True)

    # transfers
    tr = tables["transfers.txt"]
    if tr is None:
        tr = pd.DataFrame(
            {
                c: pd.Series([], dtype=str)
                for c in ["from_stop_id", "to_stop_id", "transfer_type", "min_transfer_time", "line"]
            }
        )
    tr = _ensure(tr, ["from_stop_id", "to_stop_id", "transfer_type", "min_transfer_time"]).copy()
    tr = pre(tr, ["from_stop_id", "to_stop_id"])
    tr["transfer_type"] = _numeric(tr["transfer_type"]).fillna(0).astype(int)
    tr["min_transfer_time"] = _numeric(tr["min_transfer_time"])
    known = tr["from_stop_id"].isin(stops["stop_id"]) & tr["to_stop_id"].isin(stops["stop_id"])
    tr = _drop(tr, (~known).to_numpy(), diag, "transfers.txt", "unknown stop_id").reset_index(drop=True)

    # shapes
    sh = tables["shapes.txt"]
    if sh is None:
        sh = pd.DataFrame(
            {
                c: pd.Series([], dtype=str)
                for c in [
                    "shape_id",
                    "shape_pt_lat",
                    "shape_pt_lon",
                    "shape_pt_sequence",
                    "shape_dist_traveled",
                    "line",
                ]
            }
        )
    sh = _ensure(sh, ["shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence", "shape_dist_traveled"])
    sh = sh.copy()
    for col in ("shape_pt_lat", "shape_pt_lon", "shape_pt_sequence", "shape_dist_traveled"):
        sh[col] = _numeric(sh[col])
    bad = (
        (sh["shape_id"] == "")
        | sh["shape_pt_lat"].isna()
        | sh["shape_pt_lon"].isna()
        | sh["shape_pt_sequence"].isna()
    )
    sh = _drop(sh, bad.to_numpy(), diag, "shapes.txt", "invalid row")
    sh = pre(sh.copy(), ["shape_id"]).sort_values(["shape_id", "shape_pt_sequence"], kind="mergesort")
    sh = sh.reset_index(drop=True)
    report(progress, 1.0)
    return GtfsFeed(
        agency=agency,
        stops=stops,
        routes=routes,
        trips=trips,
        stop_times=st,
        calendar=cal,
        calendar_dates=cd,
        frequencies=fr,
        transfers=tr,
        shapes=sh,
        diagnostics=diag,
    )


def _haversine(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in metres."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dl = np.radians(lon2 - lon1)
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371008.8 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _interpolate(
    st: pd.DataFrame, trips: pd.DataFrame, stops: pd.DataFrame, diag: GtfsDiagnostics, interpolation: str
) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Fill missing intermediate times; drop trips without times at both ends or with fewer than 2 stops."""
    if st.empty:
        return st, trips
    trip = st["trip_id"].to_numpy()
    first = np.r_[True, trip[1:] != trip[:-1]]
    last = np.r_[trip[1:] != trip[:-1], True]
    timed = ~np.isnan(st["departure"].to_numpy())
    st["time_given"] = timed  # False where the time is interpolated below (callers may re-interpolate)
    trip_code = np.cumsum(first) - 1
    n_trip = int(trip_code[-1]) + 1
    bad_trip = np.zeros(n_trip, dtype=bool)
    bad_trip[trip_code[(first | last) & ~timed]] = True
    bad_trip[trip_code[first & last]] = True
    bad_rows = bad_trip[trip_code]
    if bad_rows.any():
        # Report one line per dropped trip (its first stop time).
        diag.skip("stop_times.txt", st["line"].to_numpy()[bad_rows & first], "trip without first/last time")
        st = st.loc[~bad_rows].reset_index(drop=True)
        return _interpolate(st, trips, stops, diag, interpolation)
    missing = ~timed
    if missing.any():
        pos = np.arange(len(st), dtype=float)
        if interpolation == "distance":
            # Distance along the trip: shape_dist_traveled when the whole trip has it, else straight line.
            xy = stops.set_index("stop_id")[["stop_lat", "stop_lon"]]
            lat = xy["stop_lat"].reindex(st["stop_id"]).to_numpy()
            lon = xy["stop_lon"].reindex(st["stop_id"]).to_numpy()
            step = np.r_[0.0, _haversine(lat[:-1], lon[:-1], lat[1:], lon[1:])]
            step[first] = 0.0
            step = np.nan_to_num(step)
            cum = np.cumsum(step)
            cum -= np.repeat(cum[first], np.bincount(trip_code))
            sdt = st["shape_dist_traveled"].to_numpy()
            has_sdt = np.ones(n_trip, dtype=bool)
            np.logical_and.at(has_sdt, trip_code, ~np.isnan(sdt))
            use = has_sdt[trip_code]
            x = np.where(use, sdt, cum)
            # Non-increasing distances cannot weight anything: fall back to even spacing for those trips.
            dx = np.r_[1.0, np.diff(x)]
            dx[first] = 1.0
            flat = np.zeros(n_trip, dtype=bool)
            flat[trip_code[dx < 0]] = True
            x = np.where(flat[trip_code], pos, x)
        else:
            x = pos
        idx = np.arange(len(st))
        prev_i = pd.Series(np.where(timed, idx, np.nan)).ffill().to_numpy().astype(int)
        next_i = pd.Series(np.where(timed, idx, np.nan)).bfill().to_numpy().astype(int)
        dep = st["departure"].to_numpy()
        arr = st["arrival"].to_numpy()
        t0 = dep[prev_i]
        t1 = arr[next_i]
        span = x[next_i] - x[prev_i]
        frac = np.where(
            span > 0,
            (x - x[prev_i]) / np.where(span > 0, span, 1.0),
            (idx - prev_i) / np.maximum(next_i - prev_i, 1),
        )
        t = t0 + (t1 - t0) * frac
        st["arrival"] = np.where(missing, t, arr)
        st["departure"] = np.where(missing, t, dep)
        diag.interpolated_stop_times += int(missing.sum())
    trips = trips.loc[trips["trip_id"].isin(st["trip_id"].unique())].reset_index(drop=True)
    return st, trips


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

    return GtfsFeed(
        **{
            name: cat(name)
            for name in (
                "agency",
                "stops",
                "routes",
                "trips",
                "stop_times",
                "calendar",
                "calendar_dates",
                "frequencies",
                "transfers",
                "shapes",
            )
        },
        diagnostics=diag,
    )


# ----------------------------------------------------------------------------------------------- services


def _as_date(date: Union[str, _dt.date, _dt.datetime]) -> _dt.date:
    if isinstance(date, _dt.datetime):
        return date.date()
    if isinstance(date, _dt.date):
        return date
    return _dt.date.fromisoformat(str(date).strip()[:10])


def active_services(feed: GtfsFeed, date: Union[str, _dt.date]) -> ServiceDay:
    """Service ids running on ``date`` (calendar weekday and range, then calendar_dates additions/removals)."""
    day = _as_date(date)
    ts = pd.Timestamp(day)
    cal = feed.calendar
    weekday = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][day.weekday()]
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


def trips_on(feed: GtfsFeed, date: Union[str, _dt.date]) -> int:
    """Trips running on ``date``; a frequency-based trip counts once per departure it makes."""
    services = active_services(feed, date).service_ids
    trips = feed.trips.loc[feed.trips["service_id"].isin(services), "trip_id"]
    fr = feed.frequencies
    fr = fr.loc[fr["trip_id"].isin(trips)]
    runs = np.maximum(np.ceil((fr["end_time"] - fr["start_time"]) / fr["headway_secs"]), 0)
    return int(len(trips) - fr["trip_id"].nunique() + runs.sum())


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
    n_starts = np.maximum(np.ceil((fr["end_time"] - fr["start_time"]) / fr["headway_secs"]), 0).astype(int)
    fr_rep = fr.loc[fr.index.repeat(n_starts.to_numpy())]
    k = np.concatenate([np.arange(n) for n in n_starts.to_numpy()]) if len(fr_rep) else np.zeros(0, int)
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


def service_stop_times(
    feed: GtfsFeed, date: Union[str, _dt.date], include_previous_day: bool = True
) -> Tuple[pd.DataFrame, ServiceDay]:
    """Stop times of trips running on ``date`` (frequencies expanded), with ``route_id`` and ``route_type``.

    Trips of the previous service day that run past midnight are included with times minus 24 h
    (negative times are before midnight and never boardable by a query starting on ``date``).
    """
    day = active_services(feed, date)
    parts = []
    trips = feed.trips
    for shift, sday in ((0, day),) + (((-86400, None),) if include_previous_day else ()):
        if sday is None:
            sday = active_services(feed, day.date - _dt.timedelta(days=1))
        ids = trips.loc[trips["service_id"].isin(sday.service_ids), "trip_id"]
        if shift:
            late = (
                feed.stop_times.loc[feed.stop_times["trip_id"].isin(ids)].groupby("trip_id")["arrival"].max()
            )
            ids = late.index[late.to_numpy() >= 86400]
            if feed.frequencies is not None and len(feed.frequencies):
                fr_late = feed.frequencies.loc[
                    feed.frequencies["trip_id"].isin(
                        trips.loc[trips["service_id"].isin(sday.service_ids), "trip_id"]
                    )
                ]
                ids = ids.union(pd.Index(fr_late["trip_id"].unique()))
        st = expand_frequencies(feed, ids)
        if shift:
            st = st.copy()
            st["arrival"] += shift
            st["departure"] += shift
            last_arr = st.groupby("trip_id")["arrival"].transform("max")
            st = st.loc[last_arr >= 0]
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


# ----------------------------------------------------------------------------------------------- summaries


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
