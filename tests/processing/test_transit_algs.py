"""conecta:transitmatrix and conecta:transitisochrones on a hand-made feed and on the sample city.

Hand-made city (EPSG:31982, walking 3.6 km/h = exactly 1 m/s): one straight street from x = -500 to
x = 3000 m; zone A at x = 0, zone B at x = 2000; stop S1 at x = 300, stop S2 at x = 1800; bus trips
S1 → S2 leaving 08:06 and 08:16 and taking 10 minutes. A boarding needs 60 s at the stop (R5's slack).
"""

import zipfile

import numpy as np
import pandas as pd
import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from data_paths import shared
from feedback_log import Log

CRS = "EPSG:31982"
X0, Y0 = 480000.0, 6670000.0


def lonlat(x, y):
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    p = transform.transform(QgsPointXY(X0 + x, Y0 + y))
    return p.x(), p.y()


def write_feed(path, extra_stop_times=""):
    (lon1, lat1), (lon2, lat2) = lonlat(300, 0), lonlat(1800, 0)
    files = {
        "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\nA,Bus,http://x,America/Sao_Paulo\n",
        "stops.txt": f"stop_id,stop_name,stop_lat,stop_lon\nS1,One,{lat1:.10f},{lon1:.10f}\n"
        f"S2,Two,{lat2:.10f},{lon2:.10f}\n",
        "routes.txt": "route_id,agency_id,route_short_name,route_type\nR,A,1,3\n",
        "trips.txt": "route_id,service_id,trip_id\nR,WK,T1\nR,WK,T2\n",
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "T1,08:06:00,08:06:00,S1,1\nT1,08:16:00,08:16:00,S2,2\n"
        "T2,08:16:00,08:16:00,S1,1\nT2,08:26:00,08:26:00,S2,2\n" + extra_stop_times,
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,1,1,20190501,20190531\n",
    }
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return str(path)


def street():
    layer = QgsVectorLayer(f"LineString?crs={CRS}&field=highway:string", "net", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0) for x in (-500, 1000, 3000)]))
    feature.setAttributes(["residential"])
    layer.dataProvider().addFeatures([feature])
    return layer


def zones(points=None):
    points = points or {"A": (0, 0), "B": (2000, 0)}
    layer = QgsVectorLayer(f"Point?crs={CRS}&field=id:string&field=jobs:integer", "z", "memory")
    features = []
    for name, (x, y) in points.items():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))
        feature.setAttributes([name, 100])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture()
def feed(tmp_path):
    return write_feed(tmp_path / "feed.zip")


def run_matrix(feed_path, log=None, network=True, **extra):
    params = {
        "GTFS": [feed_path],
        "DATE": "2019-05-13",
        "DEPARTURE_TIME": "08:00",
        "TIME_WINDOW": 1,
        "PERCENTILES": "50",
        "ORIGINS": zones(),
        "ORIGINS_ID": "id",
        "OUTPUT": "memory:",
    }
    if network:
        params["NETWORK"] = street()
    params.update(extra)
    result = processing.run("conecta:transitmatrix", params, feedback=log or Log())
    out = result["OUTPUT"]
    if isinstance(out, str):
        if out.endswith(".csv"):
            return pd.read_csv(out), result
        out = QgsVectorLayer(out, "m", "ogr")
    names = out.fields().names()
    rows = [dict(zip(names, f.attributes())) for f in out.getFeatures()]
    return pd.DataFrame(rows, columns=names), result


def pair(frame, o, d, column="travel_time_p50"):
    got = frame.loc[(frame["from_id"] == o) & (frame["to_id"] == d), column]
    return None if got.empty else got.iloc[0]


def test_hand_feed_on_the_network(conecta_plugin, feed):
    log = Log()
    out, result = run_matrix(feed, log)
    # A: walk 300 m (300 s) to S1 at 08:05, board the 08:06 bus (60 s slack met), S2 at 08:16,
    # walk 200 m → 08:19:20 = 19.33 min, truncated to 19 (r5r's whole minutes).
    assert pair(out, "A", "B") == 19
    # B → A: no bus back and walking 2,000 s exceeds the 30-minute walking limit.
    assert pair(out, "B", "A") is None
    assert pair(out, "A", "A") == 0 and pair(out, "B", "B") == 0
    assert result["PAIRS"] == 3
    assert list(out.columns) == ["from_id", "to_id", "travel_time_p50"]
    assert "frequencies.txt" in log.text()  # optional files absent are reported, not fatal


def test_toolbox_date_and_time_values(conecta_plugin, feed):
    """The toolbox's widgets give a QDate and a QTime (not text): same answer as with text."""
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    out, _ = run_matrix(feed, DATE=QDate(2019, 5, 13), DEPARTURE_TIME=QTime(8, 0))
    assert pair(out, "A", "B") == 19
    out, _ = run_matrix(feed, DATE=QDateTime(QDate(2019, 5, 13), QTime(0, 0)), DEPARTURE_TIME=QTime(8, 0))
    assert pair(out, "A", "B") == 19
    # DEPARTURE_TIME left out: the default 07:00. A leaves at 07:00, waits at S1 for the 08:06 bus and
    # reaches B at 08:19:20 → 79 minutes (within the 120-minute limit)
    out, _ = run_matrix(feed, DEPARTURE_TIME=None)
    assert pair(out, "A", "B") == 79


def test_window_percentiles(conecta_plugin, feed):
    out, _ = run_matrix(feed, TIME_WINDOW=10, PERCENTILES="25,50,75")
    # departures 08:00..08:09: 08:00 catches the 08:06 bus (19:20), 08:01..08:09 wait for 08:16 and
    # reach B at 08:29:20, i.e. 28:20, 27:20, …, 20:20. Sorted: 19:20, 20:20, …, 28:20.
    # R5 percentile = sorted value at ceil(p/100·10) − 1: p25 → 3rd (21:20), p50 → 5th (23:20),
    # p75 → 8th (26:20); truncated to minutes.
    assert pair(out, "A", "B", "travel_time_p25") == 21
    assert pair(out, "A", "B", "travel_time_p50") == 23
    assert pair(out, "A", "B", "travel_time_p75") == 26


def test_straight_line_walking_without_network(conecta_plugin, feed):
    out, _ = run_matrix(feed, network=False)
    # 300 m × 1.3 = 390 s: at S1 at 08:06:30, the 08:06 bus is missed (needs 08:05 + 60 s slack);
    # the 08:16 bus reaches S2 at 08:26, then 200 × 1.3 = 260 s → 08:30:20 → 30 minutes.
    assert pair(out, "A", "B") == 30


def test_csv_output_single_column_and_accessibility(conecta_plugin, feed, tmp_path):
    path = tmp_path / "pt.csv"
    out, result = run_matrix(feed, OUTPUT=str(path), SINGLE_COLUMN_NAME="travel_time")
    assert result["OUTPUT"] == str(path)
    assert list(out.columns) == ["from_id", "to_id", "travel_time"]
    assert pair(out, "A", "B", "travel_time") == 19
    # the default output feeds conecta:accessibility with COST_FIELD = travel_time_p50
    matrix_path = tmp_path / "pt50.csv"
    run_matrix(feed, OUTPUT=str(matrix_path))
    access = processing.run(
        "conecta:accessibility",
        {
            "TRAVEL_MATRIX": str(matrix_path),
            "COST_FIELD": "travel_time_p50",
            "ZONES": zones(),
            "ZONES_ID": "id",
            "OPPORTUNITIES": ["jobs"],
            "MEASURE": 0,
            "CUTOFF": "20",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    got = {f["id"]: f["acc_jobs_20"] for f in access.getFeatures()}
    # A reaches itself (0 min) and B (19 min): 200 jobs; B only itself: 100
    assert got == {"A": 200, "B": 100}
    with pytest.raises(QgsProcessingException, match="one percentile"):
        run_matrix(feed, PERCENTILES="25,50", SINGLE_COLUMN_NAME="travel_time")


def test_date_outside_the_calendar_lists_the_range(conecta_plugin, feed):
    with pytest.raises(QgsProcessingException) as error:
        run_matrix(feed, DATE="2020-01-15")
    assert "2020-01-15" in str(error.value)
    assert "2019-05-01" in str(error.value) and "2019-05-31" in str(error.value)


def test_no_service_in_the_window_warns_and_walks(conecta_plugin, feed):
    log = Log()
    out, result = run_matrix(feed, log, DEPARTURE_TIME="10:00", TIME_WINDOW=5)
    assert "No vehicle departs between 10:00 and 10:05" in log.text()
    # only the zero-minute intra-zonal walk-only pairs remain
    assert result["PAIRS"] == 2 and pair(out, "A", "B") is None


def test_unknown_stops_reported_by_line_and_text_list_of_feeds(conecta_plugin, tmp_path):
    # line 6 of stop_times.txt names a stop the feed does not have
    bad = write_feed(tmp_path / "bad.zip", extra_stop_times="T2,08:30:00,08:30:00,NOPE,3\n")
    other = write_feed(tmp_path / "other.zip")
    log = Log()
    out, _ = run_matrix(bad, log, GTFS=bad + ";" + other)
    text = log.text()
    assert "bad.zip:stop_times.txt: 1 rows skipped" in text and "line 6: unknown stop_id" in text
    assert pair(out, "A", "B") == 19


def test_origins_beyond_walking_reach_are_listed(conecta_plugin, feed):
    log = Log()
    far = zones({"A": (0, 0), "B": (2000, 0), "FAR": (-480, 0)})
    out, result = run_matrix(feed, log, ORIGINS=far, MAX_WALK_TIME=10)
    # FAR is 780 m (13 min) from S1: walk-only, listed; A (5 min) still rides: 19 min to B
    assert result["ORIGINS_WITHOUT_STOP"] == 1  # B is 200 m from S2, within the limit
    assert "FAR" in log.text()
    assert pair(out, "A", "B") == 19


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
    from conecta.core.transit import build_timetable, set_transfers, straight_line_walk, travel_time_matrix

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
    res = travel_time_matrix(
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


def test_isochrones_hand_feed(conecta_plugin, feed):
    log = Log()
    result = processing.run(
        "conecta:transitisochrones",
        {
            "INPUT": zones({"A": (0, 0)}),
            "ID_FIELD": "id",
            "GTFS": [feed],
            "DATE": "2019-05-13",
            "DEPARTURE_TIME": "08:00",
            "TIME_WINDOW": 1,
            "INTERVALS": "15,25",
            "NETWORK": street(),
            "BUFFER": 10,
            "OUTPUT": "memory:",
        },
        feedback=log,
    )
    out = result["OUTPUT"]
    boxes = {f["minutes"]: f.geometry().boundingBox() for f in out.getFeatures()}
    assert set(boxes) == {15.0, 25.0}
    # The buffer (10 m = 10 s) is taken off the budget. 15 min: walking only, 890 s east → x = 890 + 10.
    assert boxes[15.0].xMaximum() - X0 == pytest.approx(900, abs=0.5)
    # 25 min: S2 is reached at minute 16 (08:16:00; taken as 16:59 = 1,019 s, the minute's last second);
    # 1,500 − 10 − 1,019 = 471 s of walking east of x = 1,800 → 2,271 + 10 m of buffer.
    assert boxes[25.0].xMaximum() - X0 == pytest.approx(2281, abs=0.5)
    # west: the street ends at x = -500, reached on foot
    assert boxes[25.0].xMinimum() - X0 == pytest.approx(-510, abs=0.5)


def test_qgis_process_repeated_and_semicolon_gtfs(conecta_plugin, tmp_path):
    """Both ways of giving several feeds work from the command line (qgis_process 3.22)."""
    import sys

    from conftest import REPO

    sys.path.insert(0, str(REPO / "scripts"))
    from qgis.core import QgsVectorFileWriter

    from qgisprocess import QgisProcess, find_qgis_process

    try:
        find_qgis_process()
    except FileNotFoundError:
        pytest.skip("qgis_process is not installed (run make setup)")
    runner = QgisProcess(profile=tmp_path / "profile")
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
        assert pair(frame, "A", "B") == 19
