"""The public-transport group through Processing: conecta:transitmatrix, conecta:transitisochrones and
conecta:gtfsstops, on hand-made feeds with hand-computed answers, on bad input, and on real feeds.

Hand-made city (EPSG:31982, walking 3.6 km/h = exactly 1 m/s): one straight street from x = -500 to
x = 3000 m; zone A at x = 0, zone B at x = 2000; stop S1 at x = 300, stop S2 at x = 1800; bus trips
S1 → S2 leaving 08:06 and 08:16 and taking 10 minutes. A bus is boarded only when it leaves more than 60 s
after the arrival at its stop (R5's rule): one leaving exactly 60 s later is missed.
"""

import csv
import io
import zipfile

import numpy as np
import pandas as pd
import processing
import pytest
from handmade_gtfs import write_zip
from processing_helpers import (
    context_with,
    digest,
    every_invalid_geometry_check,
    jobs_within_30_minutes,
    one_minute_from_eight,
)
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from data_paths import shared
from feedback_log import Log
from layers import layer_frame, memory_layer, pair

CRS = "EPSG:31982"
X0, Y0 = 480000.0, 6670000.0
WEEK_OF_MAY = (
    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
    "WK,1,1,1,1,1,1,1,20190501,20190531\n"
)


def lonlat(x, y):
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    p = transform.transform(QgsPointXY(X0 + x, Y0 + y))
    return p.x(), p.y()


def feed_files(extra_stop_times=""):
    """The hand-made feed's tables (file name → text)."""
    (lon1, lat1), (lon2, lat2) = lonlat(300, 0), lonlat(1800, 0)
    return {
        "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\nA,Bus,http://x,America/Sao_Paulo\n",
        "stops.txt": f"stop_id,stop_name,stop_lat,stop_lon\nS1,One,{lat1:.10f},{lon1:.10f}\n"
        f"S2,Two,{lat2:.10f},{lon2:.10f}\n",
        "routes.txt": "route_id,agency_id,route_short_name,route_type\nR,A,1,3\n",
        "trips.txt": "route_id,service_id,trip_id\nR,WK,T1\nR,WK,T2\n",
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "T1,08:06:00,08:06:00,S1,1\nT1,08:16:00,08:16:00,S2,2\n"
        "T2,08:16:00,08:16:00,S1,1\nT2,08:26:00,08:26:00,S2,2\n" + extra_stop_times,
        "calendar.txt": WEEK_OF_MAY,
    }


def write_feed(path, extra_stop_times="", **files):
    """The hand-made feed as a zip (``files`` replace tables; None leaves one out)."""
    tables = {**feed_files(extra_stop_times), **files}
    write_zip(path, tables)
    return str(path)


def street(island=False):
    """The street y = 0 from x = -500 to 3000 (and, with ``island``, a 40 m street at y = 40 near A)."""
    rows = [(f"LINESTRING({X0 - 500} {Y0}, {X0 + 1000} {Y0}, {X0 + 3000} {Y0})", ["residential"])]
    if island:
        rows.append((f"LINESTRING({X0 - 20} {Y0 + 40}, {X0 + 20} {Y0 + 40})", ["residential"]))
    return memory_layer(f"LineString?crs={CRS}&field=highway:string", rows, "net")


def zones(points=None, name="z"):
    points = points or {"A": (0, 0), "B": (2000, 0)}
    rows = [(f"POINT({X0 + x} {Y0 + y})", [key, 100]) for key, (x, y) in points.items()]
    return memory_layer(f"Point?crs={CRS}&field=id:string&field=jobs:integer", rows, name)


BOW_TIE = "POLYGON(({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1}))"


def zones_with_a_bow_tie():
    """A (a square at x = 0) and B (a self-intersecting bow tie around x = 2000, feature id 2)."""
    square = f"POLYGON(({X0 - 10} {Y0 - 10}, {X0 + 10} {Y0 - 10}, {X0 + 10} {Y0 + 10}, {X0 - 10} {Y0 + 10}, {X0 - 10} {Y0 - 10}))"
    bow_tie = BOW_TIE.format(X0 + 1990, Y0 - 10, X0 + 2010, Y0 + 10)
    return memory_layer(
        f"Polygon?crs={CRS}&field=id:string", [(square, ["A"]), (bow_tie, ["B"])], "census zones"
    )


@pytest.fixture()
def feed(tmp_path):
    return write_feed(tmp_path / "feed.zip")


def run_matrix(feed_path, log=None, network=True, context=None, **extra):
    params = one_minute_from_eight(feed_path, zones(), **({"NETWORK": street()} if network else {}))
    params.update(extra)
    result = processing.run("conecta:transitmatrix", params, context=context, feedback=log or Log())
    return layer_frame(result.get("OUTPUT")), result


# ---------------------------------------------------------------- travel-time matrix by hand


def test_hand_feed_on_the_network(conecta_plugin, feed):
    log = Log()
    out, result = run_matrix(feed, log)
    # A walks 300 m (300 s) to S1, there at 08:05:00; the 08:06:00 bus leaves exactly 60 s later: missed
    # (R5 boards only when departure > arrival + 60 s). The 08:16 bus reaches S2 at 08:26, then 200 m:
    # 08:29:20 → 29.33 min, truncated to 29 (r5r's whole minutes).
    assert pair(out, "A", "B") == 29
    # B → A: no bus back and walking 2,000 s exceeds the 30-minute walking limit.
    assert pair(out, "B", "A") is None
    assert pair(out, "A", "A") == 0 and pair(out, "B", "B") == 0
    assert result["PAIRS"] == 3
    assert list(out.columns) == ["from_id", "to_id", "travel_time_p50"]
    assert "frequencies.txt" in log.text()  # optional files absent are reported, not fatal
    # one second earlier, A is at S1 at 08:04:59, 61 s before the 08:06 bus: S2 08:16, B 08:19:20 → 19:21
    out, _ = run_matrix(feed, DEPARTURE_TIME="07:59:59")
    assert pair(out, "A", "B") == 19


def test_toolbox_date_and_time_values(conecta_plugin, feed):
    """The toolbox's widgets give a QDate and a QTime (not text): same answer as with text."""
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    out, _ = run_matrix(feed, DATE=QDate(2019, 5, 13), DEPARTURE_TIME=QTime(8, 0))
    assert pair(out, "A", "B") == 29
    out, _ = run_matrix(feed, DATE=QDateTime(QDate(2019, 5, 13), QTime(0, 0)), DEPARTURE_TIME=QTime(8, 0))
    assert pair(out, "A", "B") == 29
    # DEPARTURE_TIME left out: the default 07:00. A is at S1 at 07:05, waits for the 08:06 bus and reaches B
    # at 08:19:20 → 79 minutes (within the 120-minute limit)
    out, _ = run_matrix(feed, DEPARTURE_TIME=None)
    assert pair(out, "A", "B") == 79


def test_window_percentiles(conecta_plugin, feed):
    out, _ = run_matrix(feed, TIME_WINDOW=10, PERCENTILES="25,50,75")
    # departures 08:00..08:09: A is at S1 at 08:05..08:14, so every minute takes the 08:16 bus (at 08:05 the
    # 08:06 bus leaves only 60 s later: missed) and reaches B at 08:29:20: 29:20, 28:20, …, 20:20.
    # R5 percentile = sorted value at ceil(p/100·10) − 1: p25 → 3rd (22:20), p50 → 5th (24:20),
    # p75 → 8th (27:20); truncated to minutes.
    assert pair(out, "A", "B", "travel_time_p25") == 22
    assert pair(out, "A", "B", "travel_time_p50") == 24
    assert pair(out, "A", "B", "travel_time_p75") == 27


def test_straight_line_walking_without_network(conecta_plugin, feed):
    log = Log()
    out, _ = run_matrix(feed, log, network=False)
    # 300 m × 1.3 = 390 s: at S1 at 08:06:30, the 08:06 bus has left; the 08:16 bus reaches S2 at 08:26,
    # then 200 × 1.3 = 260 s → 08:30:20 → 30 minutes.
    assert pair(out, "A", "B") == 30
    assert "straight-line distance × 1.3 at 3.6 km/h" in log.text()


def test_csv_output_single_column_and_accessibility(conecta_plugin, feed, tmp_path):
    path = tmp_path / "pt.csv"
    out, result = run_matrix(feed, OUTPUT=str(path), SINGLE_COLUMN_NAME="travel_time")
    assert result["OUTPUT"] == str(path)
    assert list(out.columns) == ["from_id", "to_id", "travel_time"]
    assert pair(out, "A", "B", "travel_time") == 29
    assert "A,B,29" in path.read_text().splitlines()  # whole minutes, as r5r writes them
    # the default output feeds conecta:accessibility with COST_FIELD = travel_time_p50
    matrix_path = tmp_path / "pt50.csv"
    run_matrix(feed, OUTPUT=str(matrix_path))
    access = jobs_within_30_minutes(matrix_path, zones(), COST_FIELD="travel_time_p50")
    got = {f["id"]: f["acc_jobs_30"] for f in access.getFeatures()}
    # A reaches itself (0 min) and B (29 min): 200 jobs; B only itself: 100
    assert got == {"A": 200, "B": 100}


def test_unreachable_higher_percentile_is_null_in_layers_and_empty_in_csv(conecta_plugin, feed, tmp_path):
    # window 08:00-08:19 with at most 25 minutes: 08:00-08:09 take the 08:16 bus (29:20 … 20:20: only
    # 08:05-08:09 within 25); from 08:10 A reaches S1 at 08:15 or later, when the last bus (08:16) leaves 60 s
    # or less later: missed; B is too far on foot. 5 reachable minutes of 20: p25 = 5th value (24:20 → 24);
    # p50 = 10th: unreachable (NULL, as r5r's NA).
    out, result = run_matrix(feed, TIME_WINDOW=20, MAX_TRIP_DURATION=25, PERCENTILES="25,50")
    assert pair(out, "A", "B", "travel_time_p25") == 24
    a_b = next(f for f in result["OUTPUT"].getFeatures() if (f["from_id"], f["to_id"]) == ("A", "B"))
    assert a_b["travel_time_p50"] == NULL
    path = tmp_path / "m.csv"
    run_matrix(feed, TIME_WINDOW=20, MAX_TRIP_DURATION=25, PERCENTILES="25,50", OUTPUT=str(path))
    assert "A,B,24," in path.read_text().splitlines()


def test_date_outside_the_calendar_lists_the_range(conecta_plugin, feed):
    with pytest.raises(
        QgsProcessingException,
        match=r"The date 2020-01-15 is outside the GTFS calendar: the feed\(s\) run from 2019-05-01 to 2019-05-31",
    ):
        run_matrix(feed, DATE="2020-01-15")
    out, _ = run_matrix(feed, DATE="2019-05-31")  # the calendar's last day is in
    assert pair(out, "A", "B") == 29


def test_no_service_in_the_window_warns_and_walks(conecta_plugin, feed):
    log = Log()
    out, result = run_matrix(feed, log, DEPARTURE_TIME="10:00", TIME_WINDOW=5)
    assert "No vehicle departs between 10:00 and 10:05" in log.text()
    # only the zero-minute intra-zonal walk-only pairs remain
    assert result["PAIRS"] == 2 and pair(out, "A", "B") is None


def test_broken_rows_reported_by_line_and_text_list_of_feeds(conecta_plugin, tmp_path):
    # stop_times.txt line 6 names a stop the feed does not have, line 7 has a time that cannot be read
    bad = write_feed(tmp_path / "bad.zip", "T2,08:30:00,08:30:00,NOPE,3\nT2,8h40,8h40,S2,4\n")
    other = write_feed(tmp_path / "other.zip")
    before = digest(bad)
    log = Log()
    out, _ = run_matrix(bad, log, GTFS=bad + ";" + other)
    text = log.text()
    assert "bad.zip:stop_times.txt: 2 rows skipped (line 7: unreadable time; line 6: unknown stop_id)" in text
    assert pair(out, "A", "B") == 29
    assert digest(bad) == before


def test_origins_beyond_walking_reach_are_listed(conecta_plugin, feed):
    log = Log()
    far = zones({"A": (0, 0), "B": (2000, 0), "FAR": (-480, 0)})
    out, result = run_matrix(feed, log, ORIGINS=far, MAX_WALK_TIME=10)
    # FAR is 780 m (13 min) from S1: walk-only, listed; A (5 min) still rides: 29 min to B
    assert result["ORIGINS_WITHOUT_STOP"] == 1  # B is 200 m from S2, within the limit
    assert (
        "1 origins have no stop within 10.0 minutes of walking and get walk-only travel times: FAR"
        in log.text()
    )
    assert pair(out, "A", "B") == 29


def test_trip_ending_at_midnight(conecta_plugin, tmp_path):
    # T9 leaves S1 at 23:50:00 and reaches S2 at 24:00:00 (Monday's service): from A at 23:44, at S1 at
    # 23:49:00, 60 s before: missed; from 23:43 it is caught: B at 24:03:20 → 20:20 → 20 minutes.
    late = "T9,23:50:00,23:50:00,S1,1\nT9,24:00:00,24:00:00,S2,2\n"
    path = write_feed(
        tmp_path / "late.zip",
        late,
        **{"trips.txt": "route_id,service_id,trip_id\nR,WK,T1\nR,WK,T2\nR,WK,T9\n"},
    )
    out, _ = run_matrix(path, DEPARTURE_TIME="23:43", MAX_WALK_TIME=30)
    assert pair(out, "A", "B") == 20
    out, _ = run_matrix(path, DEPARTURE_TIME="23:44", MAX_WALK_TIME=30)
    assert pair(out, "A", "B") is None


# ---------------------------------------------------------------- bad input, through the algorithm


def not_a_zip(path):
    path.write_text("stop_id,stop_name\nS1,One\n")
    return str(path)


BAD_FEEDS = [
    (lambda p: not_a_zip(p), r"feed.zip is not a GTFS zip file"),
    (
        lambda p: write_feed(p, **{"stop_times.txt": None}),
        r"feed.zip has no stop_times.txt: it is not a usable",
    ),
    (
        lambda p: write_feed(p, **{"stop_times.txt": "trip_id,stop_id,arrival_time\nT1,S1,08:00:00\n"}),
        r"stop_times.txt of feed.zip lacks the required columns stop_sequence",
    ),
    (
        lambda p: write_feed(p, **{"stops.txt": "stop_id,stop_name,stop_lat,stop_lon\n"}),
        r"The GTFS feed\(s\) have no usable stop",
    ),
    (
        lambda p: write_feed(p, **{"calendar.txt": None}),
        r"The GTFS feed\(s\) have no calendar.txt or calendar_dates.txt",
    ),
    (
        lambda p: write_feed(p, **{"stops.txt": 'stop_id,stop_name,stop_lat,stop_lon\nS1,"One,0,0\n'}),
        r"stops.txt of feed.zip cannot be read as a table",
    ),
    (
        # the open quote 600 kB into the file: found when the table is read, after its header
        lambda p: write_feed(
            p, **{"stops.txt": feed_files()["stops.txt"] + "X,x,0,0\n" * 60000 + 'S9,"Nine,0,0\n'}
        ),
        r"stops.txt of feed.zip cannot be read as a table: Error tokenizing data. C error: EOF inside string",
    ),
]


@pytest.mark.parametrize(
    "make, message",
    BAD_FEEDS,
    ids=[
        "not a zip",
        "no stop_times",
        "no column",
        "no stops",
        "no calendar",
        "open quote",
        "late open quote",
    ],
)
def test_bad_feeds_are_refused_with_a_message(conecta_plugin, tmp_path, make, message):
    path = make(tmp_path / "feed.zip")
    before = digest(path)
    output = tmp_path / "out"
    output.mkdir()
    with pytest.raises(QgsProcessingException, match=message):
        run_matrix(path, OUTPUT=str(output / "matrix.gpkg"))
    assert digest(path) == before
    assert list(output.iterdir()) == []  # nothing half-written


BAD_PARAMETERS = [
    ({"DEPARTURE_TIME": "7h30"}, r"Give the departure time as HH:MM, for example 07:30"),
    ({"DEPARTURE_TIME": "07:75"}, r"Give the departure time as HH:MM, for example 07:30"),
    ({"PERCENTILES": "0,50"}, r"Percentiles must be whole numbers from 1 to 100"),
    ({"PERCENTILES": "25,50", "SINGLE_COLUMN_NAME": "travel_time"}, r"can only be used with one percentile"),
    ({"SINGLE_COLUMN_NAME": "to_id"}, r"The column name to_id is already used"),
    ({"GTFS": " ; "}, r"Choose at least one GTFS zip file"),
    ({"GTFS": "/no/such/feed.zip"}, r"GTFS file not found: /no/such/feed.zip"),
]


@pytest.mark.parametrize("extra, message", BAD_PARAMETERS)
def test_bad_parameters_are_refused_with_a_message(conecta_plugin, feed, tmp_path, extra, message):
    output = tmp_path / "out"
    output.mkdir()
    with pytest.raises(QgsProcessingException, match=message):
        run_matrix(feed, OUTPUT=str(output / "matrix.csv"), **extra)
    assert list(output.iterdir()) == []


def test_bad_date_text_is_refused(conecta_plugin, feed):
    for text in ("13/05/2019", "2019-02-30"):
        with pytest.raises(
            QgsProcessingException, match=r"Give the service date as YYYY-MM-DD, for example 2019-05-13"
        ):
            run_matrix(feed, DATE=text)


def test_departures_past_midnight_are_accepted(conecta_plugin, tmp_path):
    # GTFS times run past 24:00 on the service day, and so may the departure time: leaving A at 24:05 on
    # Monday, A is at S1 at 24:10:00, 120 s before the 24:12 bus; S2 at 24:22, B at 24:25:20 → 20 minutes
    late = "T9,24:12:00,24:12:00,S1,1\nT9,24:22:00,24:22:00,S2,2\n"
    trips = "route_id,service_id,trip_id\nR,WK,T1\nR,WK,T2\nR,WK,T9\n"
    out, _ = run_matrix(
        write_feed(tmp_path / "late.zip", late, **{"trips.txt": trips}), DEPARTURE_TIME="24:05"
    )
    assert pair(out, "A", "B") == 20


def test_message_in_spanish(conecta_plugin, feed, spanish):
    assert str(spanish).endswith("conecta_es.qm")
    with pytest.raises(
        QgsProcessingException, match="Indique la hora de salida como HH:MM, por ejemplo 07:30"
    ):
        run_matrix(feed, DEPARTURE_TIME="7h30")
    with pytest.raises(  # a core GTFS message: its own template, translated (no wording of the algorithm's)
        QgsProcessingException,
        match=r"La fecha 2020-01-15 está fuera del calendario GTFS: los feeds van del 2019-05-01 al 2019-05-31",
    ):
        run_matrix(feed, DATE="2020-01-15")


class CancelWhileRouting(QgsProcessingFeedback):
    """Cancels once the run has got half way."""

    def isCanceled(self):
        return self.progress() >= 50 or super().isCanceled()


def test_a_cancelled_run_leaves_no_file(conecta_plugin, feed, tmp_path):
    target = tmp_path / "matrix.csv"
    feedback = CancelWhileRouting()
    result = processing.run(
        "conecta:transitmatrix",
        {
            "GTFS": [feed],
            "DATE": "2019-05-13",
            "DEPARTURE_TIME": "08:00",
            "TIME_WINDOW": 30,
            "ORIGINS": zones(),
            "ORIGINS_ID": "id",
            "NETWORK": street(),
            "OUTPUT": str(target),
        },
        feedback=feedback,
    )
    assert result.get("OUTPUT") is None
    assert list(tmp_path.iterdir()) == [tmp_path / "feed.zip"]


def stopped_by_the_bow_tie(layer, run_with):
    """With QGIS's "stop" setting, ``run_with(log)`` fails on the bow tie of ``layer`` (feature 2 of census
    zones); with the bow tie deleted QGIS lives on and the next run works: its result."""
    with pytest.raises(
        QgsProcessingException, match="Feature \\(2\\) from “census zones” has invalid geometry"
    ):
        run_with(Log())
    layer.dataProvider().deleteFeatures([2])
    return run_with(None)


@every_invalid_geometry_check
def test_origins_with_an_invalid_polygon(conecta_plugin, feed, check):
    log = Log()
    layer = zones_with_a_bow_tie()
    if check == QgsFeatureRequest.GeometryAbortOnInvalid:
        out, _ = stopped_by_the_bow_tie(
            layer, lambda log: run_matrix(feed, log, context=context_with(check), ORIGINS=layer)
        )
        assert out["from_id"].tolist() == ["A"]
        return
    out, _ = run_matrix(feed, log, context=context_with(check), ORIGINS=layer)
    if check == QgsFeatureRequest.GeometrySkipInvalid:
        assert "1 features of census zones have an invalid geometry and were skipped (ids 2)." in log.warnings
        assert set(out["from_id"]) == {"A"}
    else:
        # repaired: the bow tie's point on surface is within 10 m of x = 2000, 200 m from S2
        assert "had an invalid geometry and were repaired (ids 2)" in log.text()
        assert pair(out, "A", "B") == 29


class CancelAfterReadingStreets(Log):
    """Cancels once the street network has been read (reading the network then gives up)."""

    def __init__(self):
        super().__init__()
        self.checks_after = -1

    def pushInfo(self, info):
        if info == "Reading the street network…":
            self.checks_after = 0
        super().pushInfo(info)

    def isCanceled(self):
        if self.checks_after >= 0:
            self.checks_after += 1
        return self.checks_after > 1 or super().isCanceled()


@pytest.mark.parametrize("algorithm", ["transitmatrix", "transitisochrones"])
def test_cancelled_while_reading_the_streets(conecta_plugin, feed, tmp_path, algorithm):
    log = CancelAfterReadingStreets()
    target = tmp_path / "out.gpkg"
    if algorithm == "transitmatrix":
        parameters = {
            "GTFS": [feed],
            "DATE": "2019-05-13",
            "DEPARTURE_TIME": "08:00",
            "ORIGINS": zones(),
            "ORIGINS_ID": "id",
            "NETWORK": street(),
            "OUTPUT": str(target),
        }
        result = processing.run("conecta:transitmatrix", parameters, feedback=log)
    else:
        result = run_isochrones(feed, log=log, OUTPUT=str(target))
    assert result.get("OUTPUT") is None and not target.exists()
    assert "Cancelled: no output was written." in log.text()
    assert not any(line.startswith("Reading 1 GTFS feed") for line in log.lines)  # stopped before the feed


def test_sample_city_agrees_with_core(conecta_plugin, sample_gpkg):
    """30 sample zones, straight-line walking: Processing equals calling core with the same tables."""
    eptc = shared("porto_alegre", "poa_eptc.zip")
    trensurb = shared("porto_alegre", "poa_trensurb.zip")
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    layer.setSubsetString("fid <= 30")
    out, _ = run_matrix(
        str(eptc),
        network=False,
        GTFS=[str(eptc), str(trensurb)],
        ORIGINS=layer,
        DEPARTURE_TIME="14:00",
        TIME_WINDOW=5,
        MAX_TRANSFERS=4,
    )
    from conecta.core.gtfs import read_feeds
    from conecta.core.transit import build_timetable, set_transfers, straight_line_walk, transit_travel_times

    feed = read_feeds([eptc, trensurb])
    tt = build_timetable(feed, "2019-05-13", 14 * 3600, 14 * 3600 + 5 * 60 + 120 * 60)
    to_utm = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(CRS), QgsProject.instance()
    )
    stop_xy = np.array(
        [
            (p.x(), p.y())
            for p in (
                to_utm.transform(QgsPointXY(x, y))
                for x, y in zip(feed.stops["stop_lon"], feed.stops["stop_lat"])
            )
        ]
    )
    feats = list(layer.getFeatures())
    zone_xy = np.array(
        [
            (f.geometry().pointOnSurface().asPoint().x(), f.geometry().pointOnSurface().asPoint().y())
            for f in feats
        ]
    )
    ids = [f["id"] for f in feats]
    set_transfers(tt, feed, stop_xy=stop_xy, max_walk_time=1000.0)
    res = transit_travel_times(
        tt,
        straight_line_walk(zone_xy, stop_xy, 1800),
        straight_line_walk(stop_xy, zone_xy, 1800),
        14 * 3600,
        time_window=5,
        max_transfers=4,
        walk=straight_line_walk(zone_xy, zone_xy, 1800),
        max_walk_time=30,
    )
    expected = res.to_frame(ids, ids).sort_values(["from_id", "to_id"]).reset_index(drop=True)
    got = out.sort_values(["from_id", "to_id"]).reset_index(drop=True)
    assert len(got) == len(expected) > 100
    assert (got["from_id"].astype(str) == expected["from_id"].astype(str)).all()
    assert np.array_equal(got["travel_time_p50"].to_numpy(float), expected["travel_time_p50"].to_numpy(float))
    # some pairs need the bus: slower than walking allows
    assert (expected["travel_time_p50"] > 30).sum() > 0


def test_qgis_process_repeated_and_semicolon_gtfs(conecta_plugin, tmp_path, qgis_process_runner):
    """Both ways of giving several feeds work from the command line (qgis_process 3.22)."""
    from qgis.core import QgsVectorFileWriter

    runner = qgis_process_runner
    one = write_feed(tmp_path / "one.zip")
    two = write_feed(tmp_path / "two.zip")
    paths = {}
    for name, layer in (("net", street()), ("zones", zones())):
        paths[name] = str(tmp_path / f"{name}.gpkg")
        QgsVectorFileWriter.writeAsVectorFormat(layer, paths[name], "utf-8", layer.crs(), "GPKG")
    common = dict(
        NETWORK=paths["net"],
        ORIGINS=paths["zones"],
        ORIGINS_ID="id",
        DATE="2019-05-13",
        DEPARTURE_TIME="08:00",
    )
    for k, gtfs in enumerate(([one, two], f"{one};{two}")):
        out = tmp_path / f"m{k}.csv"
        result = runner.run("conecta:transitmatrix", GTFS=gtfs, OUTPUT=out, TIME_WINDOW=1, **common)
        frame = pd.read_csv(result["results"]["OUTPUT"])
        assert pair(frame, "A", "B") == 29


# ---------------------------------------------------------------- isochrones


def run_isochrones(feed_path, points=None, log=None, context=None, **extra):
    params = {
        "INPUT": points or zones({"A": (0, 0)}),
        "ID_FIELD": "id",
        "GTFS": [feed_path],
        "DATE": "2019-05-13",
        "DEPARTURE_TIME": "07:59:59",
        "TIME_WINDOW": 1,
        "INTERVALS": "15,25",
        "NETWORK": street(),
        "BUFFER": 10,
        "OUTPUT": "memory:",
    }
    params.update(extra)
    return processing.run("conecta:transitisochrones", params, context=context, feedback=log or Log())


def boxes(result):
    return {(f["id"], f["minutes"]): f.geometry().boundingBox() for f in result["OUTPUT"].getFeatures()}


def test_isochrones_hand_feed(conecta_plugin, feed):
    box = {minutes: b for (_, minutes), b in boxes(run_isochrones(feed)).items()}
    assert set(box) == {15.0, 25.0}
    # The buffer (10 m = 10 s) is taken off the budget. 15 min: walking only, 890 s east → x = 890 + 10.
    assert box[15.0].xMaximum() - X0 == pytest.approx(900, abs=0.5)
    # 25 min: A is at S1 at 08:04:59, 61 s before the 08:06 bus; S2 at 08:16:00 is minute 16 of the trip
    # (16:01, truncated), taken as 16:59 = 1,019 s; 1,500 − 10 − 1,019 = 471 s of walking east of x = 1,800
    # → 2,271 + 10 m of buffer.
    assert box[25.0].xMaximum() - X0 == pytest.approx(2281, abs=0.5)
    # west: the street ends at x = -500, reached on foot
    assert box[25.0].xMinimum() - X0 == pytest.approx(-510, abs=0.5)


def test_isochrones_from_a_point_near_an_island(conecta_plugin, feed):
    # A stands 30 m north of the street, 10 m from a 40 m street cut off from the rest (an island). It is
    # linked to the main street (as the matrix and r5r link points). Leaving at 07:59: 15 min on foot =
    # 900 − 10 (buffer) − 30 (to the street) = 860 s east of x = 0 → 860 + 10 m; west to the street's end,
    # −500 − 10; north the leg to A, 30 + 10 m. 25 min: A is at S1 at 08:04:30 (30 + 300 s), 90 s before the
    # 08:06 bus; S2 at 08:16:00 is minute 17 (taken as 17:59 = 1,079 s), leaving 1,490 − 1,079 = 411 s →
    # x = 1,800 + 411 + 10. Walked from the island (before the fix) the areas were 0.045 and 0.33 of these.
    a = zones({"A": (0, 30)})
    result = run_isochrones(feed, a, INTERVALS="15,25", NETWORK=street(island=True), DEPARTURE_TIME="07:59")
    box = boxes(result)
    assert box[("A", 15.0)].xMaximum() - X0 == pytest.approx(870, abs=0.5)
    assert box[("A", 15.0)].xMinimum() - X0 == pytest.approx(-510, abs=0.5)
    assert box[("A", 15.0)].yMaximum() - Y0 == pytest.approx(40, abs=0.5)
    assert box[("A", 25.0)].xMaximum() - X0 == pytest.approx(2221, abs=0.5)
    # the island changes nothing: the areas are those without it
    alone = run_isochrones(feed, a, INTERVALS="15,25", NETWORK=street(), DEPARTURE_TIME="07:59")
    areas = {f["minutes"]: f["area_km2"] for f in result["OUTPUT"].getFeatures()}
    assert areas == pytest.approx(
        {f["minutes"]: f["area_km2"] for f in alone["OUTPUT"].getFeatures()}, rel=1e-9
    )


@every_invalid_geometry_check
def test_isochrone_starting_polygons_with_an_invalid_one(conecta_plugin, feed, check):
    log = Log()
    layer = zones_with_a_bow_tie()
    if check == QgsFeatureRequest.GeometryAbortOnInvalid:
        result = stopped_by_the_bow_tie(
            layer, lambda log: run_isochrones(feed, layer, log, context_with(check), INTERVALS="15")
        )
        assert {key[0] for key in boxes(result)} == {"A"}
        return
    got = boxes(run_isochrones(feed, layer, log, context_with(check), INTERVALS="15"))
    if check == QgsFeatureRequest.GeometrySkipInvalid:
        assert set(got) == {("A", 15.0)}
        assert "1 features of census zones have an invalid geometry and were skipped (ids 2)." in log.warnings
    else:
        assert set(got) == {("A", 15.0), ("B", 15.0)}
        assert "had an invalid geometry and were repaired (ids 2)" in log.text()


@pytest.mark.parametrize(
    "points, extra, message",
    [
        (
            {"A": (0, 0), "B": (5, 0)},
            {"ID_FIELD": "jobs"},
            r"The Starting points id field jobs has duplicate values: 100\. Ids must be unique\.",
        ),
        (None, {"INTERVALS": "ten"}, r"Minutes must be positive minutes separated by commas"),
    ],
)
def test_isochrone_bad_input(conecta_plugin, feed, points, extra, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_isochrones(feed, zones(points) if points else None, **extra)


def test_a_starting_point_beyond_the_snapping_distance_is_named(conecta_plugin, feed):
    """FAR lies 20 km north of the streets, beyond the 500 m snapping distance: A alone gets its 15 and 25
    minute isochrones, FAR is named."""
    log = Log()
    result = run_isochrones(feed, zones({"A": (0, 0), "FAR": (0, 20000)}), log)
    assert sorted((f["id"], f["minutes"]) for f in result["OUTPUT"].getFeatures()) == [
        ("A", 15.0),
        ("A", 25.0),
    ]
    assert "1 points are farther than 500.0 m from the network and get no isochrone: FAR" in log.warnings
    assert "2 isochrones written." in log.infos


def test_isochrone_points_without_geometry(conecta_plugin, feed):
    empty = memory_layer(f"Point?crs={CRS}&field=id:string", [("", ["A"])], "nowhere")
    with pytest.raises(
        QgsProcessingException, match="The Starting points layer has no feature with a geometry and an id"
    ):
        run_isochrones(feed, empty)


# ---------------------------------------------------------------- GTFS stops by hand


def hand_stops_feed(path):
    """Three routes from S1: R1 (bus) at 07:00, 07:20 and 07:40; R2 (bus) at 08:00; R3 (rail) from S2 at
    07:30; all end at S3. Monday 2019-05-13 is in the calendar (May 2019)."""
    (lon1, lat1), (lon2, lat2), (lon3, lat3) = lonlat(0, 0), lonlat(500, 0), lonlat(1000, 0)
    st = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
    for k, (t0, t1) in enumerate((("07:00", "07:05"), ("07:20", "07:25"), ("07:40", "07:45"))):
        st += [f"a{k},{t0}:00,{t0}:00,S1,1", f"a{k},{t1}:00,{t1}:00,S3,2"]
    st += ["b,08:00:00,08:00:00,S1,1", "b,08:10:00,08:10:00,S3,2", "r,07:30:00,07:30:00,S2,1"]
    st += ["r,07:45:00,07:45:00,S3,2"]
    return write_feed(
        path,
        **{
            "stops.txt": f"stop_id,stop_name,stop_lat,stop_lon,wheelchair_boarding\nS1,One,{lat1},{lon1},1\n"
            f"S2,Two,{lat2},{lon2},0\nS3,Three,{lat3},{lon3},2\n",
            "routes.txt": "route_id,route_short_name,route_type\nR1,1,3\nR2,2,3\nR3,T,2\n",
            "trips.txt": "route_id,service_id,trip_id\nR1,WK,a0\nR1,WK,a1\nR1,WK,a2\nR2,WK,b\nR3,WK,r\n",
            "stop_times.txt": "\n".join(st) + "\n",
        },
    )


def run_stops(path, **extra):
    params = {"GTFS": str(path), "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    feedback = Log()
    result = processing.run("conecta:gtfsstops", params, feedback=feedback)
    return {f["stop_id"]: f for f in result["OUTPUT"].getFeatures()}, result, feedback


def test_gtfsstops_hand_computed(conecta_plugin, tmp_path):
    stops, result, log = run_stops(
        hand_stops_feed(tmp_path / "s.zip"), DATE="2019-05-13", START_TIME="07:00", END_TIME="08:00"
    )
    s1, s2, s3 = stops["S1"], stops["S2"], stops["S3"]
    # S1: R1 at 07:00, 07:20, 07:40 in [07:00, 08:00); R2's 08:00 is at the window's end, excluded. Three an
    # hour: exactly SDG 11.2.1's frequent-stop threshold, a 60 / 3 = 20-minute headway. Two routes serve it.
    assert (s1["departures"], s1["departures_per_hour"], s1["mean_headway_min"], s1["n_routes"]) == (
        3,
        3.0,
        20.0,
        2,
    )
    assert s1["routes"] == "R1;R2" and s1["mode"] == "bus" and s1["capacity"] == "low"
    assert s1["wheelchair_boarding"] == 1
    # S2: the rail trip (route_type 2) at 07:30: one departure, a 60-minute headway, high capacity
    assert (s2["departures"], s2["mean_headway_min"], s2["n_routes"], s2["capacity"]) == (1, 60.0, 1, "high")
    # S3 ends every trip: no departure, NULL headway, three routes (one of them rail: high capacity)
    assert (s3["departures"], s3["n_routes"], s3["capacity"]) == (0, 3, "high")
    assert s3["mean_headway_min"] == NULL
    assert [f.name() for f in result["OUTPUT"].fields()] == [
        "stop_id", "stop_name", "location_type", "mode", "modes", "capacity", "departures",
        "departures_per_hour", "mean_headway_min", "wheelchair_boarding", "n_routes", "routes",
    ]  # fmt: skip
    assert "4 departures in the window; 2 high-capacity stops" in log.text()
    # 07:30-08:01: S1 keeps 07:40 and gains 08:00 (now inside the window)
    stops, _, _ = run_stops(
        hand_stops_feed(tmp_path / "t.zip"), DATE="2019-05-13", START_TIME="07:30", END_TIME="08:01"
    )
    assert stops["S1"]["departures"] == 2


def test_gtfsstops_bad_input(conecta_plugin, tmp_path):
    path = hand_stops_feed(tmp_path / "s.zip")
    before = digest(path)
    for extra, message in (
        ({"START_TIME": "noon"}, r"Times must be written HH:MM, for example 07:00 and 09:00; got 'noon'"),
        (
            {"START_TIME": "09:00", "END_TIME": "09:00"},
            r"The time window must end after it starts: 09:00 to 09:00",
        ),
        ({"DATE": "13/05/2019"}, r"The date 13/05/2019 is not valid: write it as YYYY-MM-DD"),
        (
            {"DATE": "2018-01-01"},
            r"The date 2018-01-01 is outside the GTFS calendar.*2019-05-01 to 2019-05-31",
        ),
    ):
        with pytest.raises(QgsProcessingException, match=message):
            run_stops(path, **extra)
    assert digest(path) == before
    with pytest.raises(QgsProcessingException, match="is not a GTFS zip file"):
        run_stops(not_a_zip(tmp_path / "feed.zip"))
    no_calendar = write_feed(tmp_path / "n.zip", **{"calendar.txt": None})
    with pytest.raises(QgsProcessingException, match="no service date can be chosen"):
        run_stops(no_calendar)
    with pytest.raises(QgsProcessingException, match="have no calendar.txt or calendar_dates.txt"):
        run_stops(no_calendar, DATE="2019-05-13")


def test_gtfsstops_departures_at_24_00(conecta_plugin, tmp_path):
    # a trip of Monday 13 May leaving S1 at 24:00:00: a departure on Tuesday 00:00-01:00, not on Monday
    # 23:00-24:00 (the window's end is excluded)
    late = write_feed(tmp_path / "late.zip", "T9,24:00:00,24:00:00,S1,1\nT9,24:10:00,24:10:00,S2,2\n", **{
        "trips.txt": "route_id,service_id,trip_id\nR,WK,T1\nR,WK,T2\nR,MO,T9\n",
        "calendar.txt": WEEK_OF_MAY + "MO,1,0,0,0,0,0,0,20190501,20190531\n",
    })  # fmt: skip
    tuesday, _, _ = run_stops(late, DATE="2019-05-14", START_TIME="00:00", END_TIME="01:00")
    monday, _, _ = run_stops(late, DATE="2019-05-13", START_TIME="23:00", END_TIME="24:00")
    assert tuesday["S1"]["departures"] == 1 and monday["S1"]["departures"] == 0


def test_gtfsstops_broken_rows_are_reported(conecta_plugin, tmp_path):
    bad = write_feed(tmp_path / "bad.zip", "T2,08:30:00,08:30:00,NOPE,3\n")
    stops, _, log = run_stops(bad, DATE="2019-05-13")
    assert "stop_times.txt: 1 rows skipped (line 6: unknown stop_id)." in log.warnings
    assert set(stops) == {"S1", "S2"}


# ---------------------------------------------------------------- GTFS stops on real feeds


def csv_rows(path, name):
    with zipfile.ZipFile(path) as z:
        return list(csv.DictReader(io.TextIOWrapper(z.open(name), encoding="utf-8-sig")))


def seconds(text):
    h, m, s = (int(v) for v in text.split(":"))
    return h * 3600 + m * 60 + s


def test_gtfsstops_trensurb_departures_per_hour(conecta_plugin):
    path = shared("porto_alegre", "poa_trensurb.zip")
    stops, result, _ = run_stops(
        path, DATE="2019-05-13", START_TIME="12:00", END_TIME="14:00", ROUTES="TEMPORARY_OUTPUT"
    )
    # independent count with the csv module: Monday 2019-05-13 runs service FULLW (calendar.txt)
    trips = {r["trip_id"] for r in csv_rows(path, "trips.txt") if r["service_id"] == "FULLW"}
    times = csv_rows(path, "stop_times.txt")
    last = {}
    for r in times:
        last[r["trip_id"]] = max(last.get(r["trip_id"], 0), int(r["stop_sequence"]))
    count = sum(
        1
        for r in times
        if r["stop_id"] == "RS"
        and r["trip_id"] in trips
        and int(r["stop_sequence"]) < last[r["trip_id"]]
        and 12 * 3600 <= seconds(r["departure_time"]) < 14 * 3600
    )
    assert count > 0
    assert stops["RS"]["departures"] == count
    assert stops["RS"]["departures_per_hour"] == pytest.approx(count / 2)
    assert stops["RS"]["mean_headway_min"] == pytest.approx(120 / count)
    assert len(stops) == len(csv_rows(path, "stops.txt"))
    rs = next(r for r in csv_rows(path, "stops.txt") if r["stop_id"] == "RS")
    point = stops["RS"].geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx((float(rs["stop_lon"]), float(rs["stop_lat"])))
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"
    assert {f["capacity"] for f in stops.values()} == {"high"}
    assert {f["mode"] for f in stops.values()} == {"rail"}
    assert result["ROUTES"].featureCount() > 0


def test_gtfsstops_sao_paulo_frequencies(conecta_plugin):
    path = shared("sao_paulo", "spo.zip")
    # default: the calendar starts on Tuesday 2008-01-01; its first full week is 7-13 January, whose
    # weekdays all run the same services (USD, U__, US_): the first of them, Monday 7 January, 07:00-09:00
    stops, _, feedback = run_stops(path)
    assert any(
        m.startswith("Service date: 2008-01-07 (Monday), the weekday with the most trips")
        for m in feedback.infos
    )
    assert len(stops) == 654  # data README
    # independent expansion of frequencies.txt for stop 18920 (CPTM line 7)
    calendar = {r["service_id"]: r for r in csv_rows(path, "calendar.txt")}
    active = {
        s
        for s, r in calendar.items()
        if r["monday"] == "1" and r["start_date"] <= "20080107" <= r["end_date"]
    }
    trips = {r["trip_id"]: r for r in csv_rows(path, "trips.txt") if r["service_id"] in active}
    by_trip = {}
    for r in csv_rows(path, "stop_times.txt"):
        by_trip.setdefault(r["trip_id"], []).append(r)
    count = 0
    for f in csv_rows(path, "frequencies.txt"):
        if f["trip_id"] not in trips:
            continue
        rows = sorted(by_trip[f["trip_id"]], key=lambda r: int(r["stop_sequence"]))
        first_dep = seconds(rows[0]["departure_time"])
        for r in rows[:-1]:
            if r["stop_id"] != "18920":
                continue
            offset = seconds(r["departure_time"]) - first_dep
            start, end, headway = seconds(f["start_time"]), seconds(f["end_time"]), int(f["headway_secs"])
            t = start
            while t < end:
                if 7 * 3600 <= t + offset < 9 * 3600:
                    count += 1
                t += headway
    assert count > 0
    assert stops["18920"]["departures"] == count
    assert stops["18920"]["departures_per_hour"] == pytest.approx(count / 2)
    assert stops["18920"]["capacity"] == "high"


def test_gtfsstops_fortaleza_and_mexico_city(conecta_plugin):
    fortaleza, _, _ = run_stops(shared("gtfs", "gtfs2gps_fortaleza.zip"))
    assert len(fortaleza) == 209  # data README: 209 stops
    assert {f["capacity"] for f in fortaleza.values() if f["capacity"]} == {"low"}
    cdmx, _, _ = run_stops(shared("gtfs", "cdmx_df_gtfs_2013.zip"))
    assert len(cdmx) == 5215  # data README: 5,215 stops
    modes = {f["mode"] for f in cdmx.values()}
    assert {"bus", "metro"} <= modes
    metro = [f for f in cdmx.values() if f["mode"] == "metro"]
    assert metro and all(f["capacity"] == "high" for f in metro)


def test_gtfsstops_brt_routes_are_low_capacity(conecta_plugin):
    path = shared("porto_alegre", "poa_trensurb.zip")
    routes = ",".join(r["route_id"] for r in csv_rows(path, "routes.txt"))
    stops, _, _ = run_stops(path, DATE="2019-05-13", BRT_ROUTES=routes)
    assert {f["capacity"] for f in stops.values()} == {"low"}
    assert {f["mode"] for f in stops.values()} == {"brt"}


def test_gtfsstops_no_departure_in_the_window_warns(conecta_plugin):
    path = shared("porto_alegre", "poa_trensurb.zip")
    stops, _, feedback = run_stops(path, DATE="2019-05-13", START_TIME="02:00", END_TIME="03:00")
    assert any("No departure in the window" in w for w in feedback.warnings)
    assert len(stops) == 24 and all(f["departures"] == 0 for f in stops.values())
