"""Plumbing of the scenario algorithms (conecta:gtfsscenario, conecta:comparescenarios): tables read as text
(edits tables), new routes drawn as lines (one :class:`~conecta.core.scenarios.NewRoute` per route id, time
bands from several features), the editor's diagnostics and gtfs-validator notices as log lines, and the check
that a written feed passes Conecta's own GTFS reader.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from ...core import gtfs as core_gtfs
from ...core.definitions import route_type_of
from ...core.scenarios import NewRoute, route_bands
from ...translation import format_number
from .crs import working_crs
from .features import source_name
from .geometry import transform_xy
from .messages import _Context, push_count, show_ids
from .numbers import clean, read_numbers
from .readers import read_attributes, read_lines, read_points, require_fields, source_of, table_file

ROUTE_FIELDS = ("route_id", "headway_min", "speed_kmh", "start_time", "end_time", "mode")
"""Fields of a new-routes layer (route_id and headway_min required; speed_kmh or trip_min)."""
OPTIONAL_ROUTE_FIELDS = ("trip_min", "dwell_s", "route_name")
"""Optional fields of a new-routes layer: minutes for the whole line, seconds stopped, a long name."""
DEFAULT_SPAN = ("05:00", "24:00")
"""Service span of a new route whose layer has no start_time or end_time field."""


class ConectaScenarios(_Context):
    """Translation context of the scenario plumbing."""


# --------------------------------------------------------------------------------------------- tables


def _text(value) -> str:
    """A table cell as text (QTime values as HH:MM:SS, NULL as empty)."""
    value = clean(value)
    if value is None:
        return ""
    if hasattr(value, "toString") and hasattr(value, "hour"):
        return value.toString("HH:mm:ss")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_text_table(alg, parameters, key: str, context, feedback) -> pd.DataFrame:
    """The table of parameter ``key`` (a CSV/Parquet file or any layer) with every column as text."""
    path = table_file(alg, parameters, key, context)
    if path is not None:
        if path.suffix.lower() in (".parquet", ".pq"):
            return pd.read_parquet(path).astype(str).replace({"None": "", "nan": ""})
        return pd.read_csv(path, dtype=str, keep_default_na=False, skipinitialspace=True)
    source = source_of(alg, parameters, key, context)
    frame = read_attributes(source, source.fields().names(), context, feedback)
    return frame.apply(lambda column: column.map(_text)) if len(frame) else frame


# --------------------------------------------------------------------------------------------- new routes


@dataclass
class RouteOptions:
    """What applies to every new route: stop spacing, dwell, trips as frequencies, both directions."""

    stop_spacing_m: float
    dwell_s: float
    as_frequencies: bool
    both_directions: bool


def _fields_of(source) -> list:
    names = source.fields().names()
    require_fields(source, [n for n in ("route_id", "headway_min") if n not in names][:1] or [])
    if "speed_kmh" not in names and "trip_min" not in names:
        raise QgsProcessingException(
            ConectaScenarios.tr(
                "The new-routes layer needs a speed_kmh field (running speed) or a trip_min field (minutes for "
                "the whole line)."
            )
        )
    return [n for n in (*ROUTE_FIELDS, *OPTIONAL_ROUTE_FIELDS) if n in names]


def _numbers(values: list, name: str) -> np.ndarray:
    return read_numbers([None if v in ("", None) else v for v in values]).checked(name)


def _route_rows(lines, fields: list) -> pd.DataFrame:
    """One row per line feature: its attributes typed, and its part count."""
    rows = pd.DataFrame({name: [clean(v) for v in lines.attributes[name]] for name in fields})
    for name in ("headway_min", "speed_kmh", "trip_min", "dwell_s"):
        if name in rows:
            rows[name] = _numbers(list(rows[name]), name)
    for name in ("route_id", "start_time", "end_time", "mode", "route_name"):
        if name in rows:
            rows[name] = rows[name].map(_text).str.strip()
    rows["parts"] = np.bincount(lines.feature_index, minlength=len(rows))
    rows["fid"] = lines.feature_ids
    return rows


def _check_rows(rows: pd.DataFrame) -> None:
    """Refuse features without a route_id and routes drawn in several pieces."""
    missing = rows.loc[rows["route_id"] == "", "fid"]
    if len(missing):
        raise QgsProcessingException(
            ConectaScenarios.tr("{0} new-route features have no route_id (feature ids {1}).").format(
                len(missing), show_ids(missing)
            )
        )
    empty = rows.loc[rows["parts"] == 0, "route_id"]
    if len(empty):
        raise QgsProcessingException(
            ConectaScenarios.tr("New route {} has no line with two distinct points.").format(empty.iloc[0])
        )
    pieces = rows.loc[rows["parts"] > 1, "route_id"]
    if len(pieces):
        raise QgsProcessingException(
            ConectaScenarios.tr(
                "New route {} is drawn in several pieces: draw each route as one line (merge its pieces)."
            ).format(pieces.iloc[0])
        )


def _mode(value: str, route: str) -> object:
    """The route_type of a mode cell (3, "bus", "BRT" …); the text itself when unknown (the core refuses it)."""
    if value == "":
        return 3
    code = route_type_of(value)
    return value if code is None else code


def _finite(row: pd.Series, name: str):
    value = row.get(name, np.nan)
    return float(value) if value is not None and np.isfinite(value) else None


def _one_route(route_id: str, group: pd.DataFrame, xy, lonlat, stops, options: RouteOptions) -> NewRoute:
    """The :class:`NewRoute` of the features of one route id (one per time band; the first gives the rest)."""
    first = group.iloc[0]
    blank = [""] * len(group)
    start, end, headway = route_bands(
        list(group["start_time"]) if "start_time" in group else blank,
        list(group["end_time"]) if "end_time" in group else blank,
        group["headway_min"].astype(float).tolist(),
        where=f" of new route {route_id}",
    )
    dwell = _finite(first, "dwell_s")
    return NewRoute(
        route_id,
        line_lonlat=lonlat,
        line_xy=xy,
        route_type=_mode(first.get("mode", ""), route_id),
        start_time=start,
        end_time=end,
        headway_min=headway,
        speed_kmh=_finite(first, "speed_kmh"),
        trip_minutes=_finite(first, "trip_min"),
        stop_spacing_m=options.stop_spacing_m,
        stop_points=stops,
        dwell_s=options.dwell_s if dwell is None else dwell,
        both_directions=options.both_directions,
        as_frequencies=options.as_frequencies,
        long_name=first.get("route_name", "") or "",
    )


def _stops_by_route(alg, parameters, key: str, crs, context, feedback) -> dict:
    """Stop points of parameter ``key`` (field route_id) in ``crs``, grouped by route id."""
    if parameters.get(key) in (None, ""):
        return {}
    source = source_of(alg, parameters, key, context)
    require_fields(source, ["route_id"])
    points = read_points(source, crs, context, "route_id", feedback=feedback)
    ids = np.array([_text(i) for i in points.ids], dtype=object)
    return {route: points.xy[ids == route] for route in pd.unique(ids)}


def read_new_routes(
    alg, parameters, key: str, stops_key: str, context, feedback, options: RouteOptions
) -> list:
    """The new routes drawn in layer parameter ``key`` (one :class:`NewRoute` per route id; several features of
    one id are its time bands, the first one's line, speed and mode are used), with the stops of layer
    ``stops_key`` when given; [] when no layer is given."""
    if parameters.get(key) in (None, ""):
        return []
    source = source_of(alg, parameters, key, context)
    fields = _fields_of(source)
    crs = working_crs(source, context, feedback)
    lines = read_lines(source, crs, context, fields, feedback)
    if lines.n_features == 0:
        raise QgsProcessingException(
            ConectaScenarios.tr("The new-routes layer {} has no line.").format(source_name(source))
        )
    push_count(
        feedback,
        lines.skipped_empty,
        ConectaScenarios.tr("{} new-route features have no line geometry and were skipped."),
    )
    rows = _route_rows(lines, fields)
    _check_rows(rows)
    stops = _stops_by_route(alg, parameters, stops_key, crs, context, feedback)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    part_of = {int(f): k for k, f in enumerate(lines.feature_index)}
    routes = []
    for route_id, group in rows.groupby("route_id", sort=False):
        xy = lines.parts[part_of[int(group.index[0])]]
        lonlat = transform_xy(xy, crs, wgs84, context)
        routes.append(_one_route(route_id, group, xy, lonlat, stops.get(route_id), options))
    unused = sorted(set(stops) - set(rows["route_id"]), key=str)
    if unused:
        feedback.pushWarning(
            ConectaScenarios.tr("Stops of route ids that no new route has were not used: {}.").format(
                show_ids(unused)
            )
        )
    return routes


# --------------------------------------------------------------------------------------------- log lines


def report_edits(diag, feedback, edits: bool = True) -> None:
    """What the edits (when there were any) and the new routes changed, as log lines."""
    if edits:
        feedback.pushInfo(
            ConectaScenarios.tr(
                "Edits: {0} trips added, {1} removed, {2} retimed; {3} frequencies.txt rows changed."
            ).format(diag.trips_added, diag.trips_removed, diag.trips_retimed, diag.frequency_rows_changed)
        )
    push_count(
        feedback,
        diag.routes_removed,
        ConectaScenarios.tr("{0} routes removed with their trips, and {1} shapes only they used."),
        diag.shapes_removed,
        info=True,
    )
    for file, count in diag.rows_removed_elsewhere.items():
        feedback.pushInfo(
            ConectaScenarios.tr("{0}: {1} rows removed (they named removed trips or routes).").format(
                file, count
            )
        )
    for edit in diag.edits_without_effect:
        feedback.pushWarning(
            ConectaScenarios.tr("Edit without effect (no departure of the route in its band): {}.").format(
                edit
            )
        )
    for route in diag.new_routes:
        feedback.pushInfo(
            ConectaScenarios.tr(
                "New route {0}: {1} km, {2} stops about {3} m apart, {4} min end to end, {5} departures per "
                "direction (service {6})."
            ).format(
                route.route_id,
                format_number(route.length_m / 1000.0, 2),
                len(route.stop_ids),
                format_number(route.spacing_m, 0),
                format_number(route.trip_minutes, 1),
                route.departures_per_direction,
                route.service_id,
            )
        )


def report_notices(notices: list, introduced: list, feedback) -> None:
    """The structural notices of the new feed in gtfs-validator's words (codes, severities, files, rows);
    those the edits introduced are warnings."""
    brought = {(n.code, n.file) for n in introduced}
    if not notices:
        feedback.pushInfo(ConectaScenarios.tr("Structural validation: no notice (gtfs-validator's codes)."))
        return
    for notice in notices:
        new = (notice.code, notice.file) in brought
        line = ConectaScenarios.tr("{0} {1} in {2}: {3} rows ({4}){5}").format(
            notice.severity,
            notice.code,
            notice.file,
            notice.count,
            "; ".join(notice.examples),
            ConectaScenarios.tr(", brought by the edits") if new else "",
        )
        (feedback.pushWarning if new else feedback.pushInfo)(line)


def check_with_reader(path: Path, feedback) -> core_gtfs.GtfsFeed:
    """Read the written feed with Conecta's own GTFS reader (as conecta:transitmatrix will) and say so; a feed
    it cannot read is refused."""
    try:
        feed = core_gtfs.read_gtfs(path)
    except (ValueError, KeyError, OSError, zipfile.BadZipFile) as error:
        raise QgsProcessingException(
            ConectaScenarios.tr("Conecta's GTFS reader cannot read the new feed: {}").format(error)
        ) from error
    skipped = sum(feed.diagnostics.skipped_rows.values())
    message = ConectaScenarios.tr(
        "Conecta's GTFS reader reads the new feed: {0} stops, {1} routes, {2} trips, {3} stop times; {4} rows skipped."
    ).format(len(feed.stops), len(feed.routes), len(feed.trips), len(feed.stop_times), skipped)
    (feedback.pushWarning if skipped else feedback.pushInfo)(message)
    for file, count in feed.diagnostics.skipped_rows.items():
        lines = ", ".join(str(line) for line, _ in feed.diagnostics.examples.get(file, []))
        feedback.pushWarning(
            ConectaScenarios.tr("{0}: {1} rows skipped by the reader (lines {2}).").format(file, count, lines)
        )
    return feed
