"""The scenario group (issue 18) through the algorithms a planner runs: conecta:gtfsscenario,
conecta:comparescenarios, and the street scenarios of conecta:traveltimematrix and conecta:isochrones
(congestion factors, closed and new links, slopes from an elevation raster).

Hand-made networks use EPSG:31982 and round numbers: walking 3.6 km/h is exactly 1 m/s. Every expected value is
computed here from the method's rules (clock arithmetic, Tobler's formula, the power balance), never by the
functions under test.
"""

import hashlib
import math
from pathlib import Path

import numpy as np
import pandas as pd
import processing
import pytest
from processing_helpers import context_with
from qgis.core import (
    NULL,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from scenario_city import (
    CRS,
    ROUTES,
    X0,
    Y0,
    corridor_feed,
    corridor_street,
    corridor_zones,
    line_wkt,
    points,
    route_layer,
    streets,
)

from data_paths import shared
from feedback_log import Log
from layers import memory_layer, table_layer


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def scenario(gtfs, output, log=None, context=None, **extra):
    parameters = {"GTFS": str(gtfs), "OUTPUT": str(output)}
    parameters.update(extra)
    return processing.run("conecta:gtfsscenario", parameters, context=context, feedback=log or Log())


def transit_p50(gtfs, zones, log=None, **extra):
    """The p50 travel times of conecta:transitmatrix, as {(from, to): minutes}."""
    parameters = {
        "GTFS": [str(gtfs)],
        "DATE": "2019-05-13",
        "DEPARTURE_TIME": "08:00",
        "TIME_WINDOW": 60,
        "PERCENTILES": "50",
        "MAX_WALK_TIME": 120,
        "MAX_TRIP_DURATION": 180,
        "NETWORK": corridor_street(),
        "ORIGINS": zones,
        "ORIGINS_ID": "id",
        "OUTPUT": "memory:",
    }
    parameters.update(extra)
    out = processing.run("conecta:transitmatrix", parameters, feedback=log or Log())["OUTPUT"]
    return {(f["from_id"], f["to_id"]): f["travel_time_p50"] for f in out.getFeatures()}


def r5_percentile(values, p=50):
    """R5's percentile: the sorted value at rank ceil(p/100 · n), truncated to whole minutes."""
    ordered = sorted(values)
    return math.floor(ordered[math.ceil(p / 100 * len(ordered)) - 1])


# =============================================================================================== gtfsscenario


def read_back(path):
    from conecta.core.scenarios import read_tables

    return read_tables(path)


def test_new_route_round_trip_gives_the_trips_stop_times_and_frequencies_asked_for(conecta_plugin, tmp_path):
    gtfs = corridor_feed(tmp_path / "feed.zip")
    before = sha(gtfs)
    # 4 km line drawn x = 0 → 4000, stops every 1,000 m, 24 km/h running (1,000 m in 150 s), 20 s dwell,
    # every 10 min from 06:00 to 08:00
    routes = route_layer([([(0, 0), (4000, 0)], ["BRT", 10, 24, "06:00", "08:00", "brt"])])
    log = Log()
    result = scenario(gtfs, tmp_path / "new.zip", log, NEW_ROUTES=routes, STOP_SPACING=1000, DWELL=20)
    assert sha(gtfs) == before  # the source is never touched
    tables = read_back(result["OUTPUT"])
    new_stops = tables.get("stops.txt").query("stop_id.str.startswith('BRT')")
    assert len(new_stops) == 5
    routes_txt = tables.get("routes.txt").set_index("route_id")
    assert routes_txt.at["BRT", "route_type"] == "702"  # brt → extended type 702 (express bus)
    freq = tables.get("frequencies.txt")
    assert (
        freq[["start_time", "end_time", "headway_secs"]].values.tolist()
        == [["06:00:00", "08:00:00", "600"]] * 2
    )
    times = tables.get("stop_times.txt").query("trip_id == @freq.trip_id.iloc[0]")
    # arrivals 0, 150, 150+20+150, … ; departures = arrivals + 20 s at the three intermediate stops
    arrivals = [0, 150, 320, 490, 660]
    departures = [0, 170, 340, 510, 660]
    clock = [f"06:{s // 60:02d}:{s % 60:02d}" for s in arrivals]
    assert times["arrival_time"].tolist() == clock
    assert times["departure_time"].tolist() == [f"06:{s // 60:02d}:{s % 60:02d}" for s in departures]
    assert result["ERRORS"] == 0
    assert "New route BRT: 4.00 km, 5 stops about 1,000 m apart, 11.0 min end to end" in log.text()
    assert "Conecta's GTFS reader reads the new feed" in log.text()
    assert "0 rows skipped" in log.text()


def test_expanded_trips_give_one_trip_per_departure(conecta_plugin, tmp_path):
    gtfs = corridor_feed(tmp_path / "feed.zip")
    routes = route_layer([([(0, 0), (4000, 0)], ["BRT", 10, 24, "06:00", "08:00", "3"])])
    result = scenario(gtfs, tmp_path / "new.zip", NEW_ROUTES=routes, STOP_SPACING=1000, TRIPS=1)
    trips = read_back(result["OUTPUT"]).get("trips.txt").query("route_id == 'BRT'")
    # 06:00, 06:10, …, 07:50: 12 departures per direction, both directions
    assert len(trips) == 24
    assert "frequencies.txt" not in read_back(result["OUTPUT"]).tables or not len(
        read_back(result["OUTPUT"]).get("frequencies.txt")
    )


def test_several_features_of_one_route_are_its_time_bands(conecta_plugin, tmp_path):
    gtfs = corridor_feed(tmp_path / "feed.zip")
    line = [(0, 0), (4000, 0)]
    routes = route_layer(
        [(line, ["BRT", 5, 24, "07:00", "09:00", "bus"]), (line, ["BRT", 15, 24, "09:00", "12:00", "bus"])]
    )
    result = scenario(gtfs, tmp_path / "new.zip", NEW_ROUTES=routes, STOP_SPACING=1000)
    freq = read_back(result["OUTPUT"]).get("frequencies.txt")
    one_way = freq.loc[freq["trip_id"] == freq["trip_id"].iloc[0], ["start_time", "end_time", "headway_secs"]]
    assert one_way.values.tolist() == [["07:00:00", "09:00:00", "300"], ["09:00:00", "12:00:00", "900"]]


def test_stops_from_a_point_layer(conecta_plugin, tmp_path):
    gtfs = corridor_feed(tmp_path / "feed.zip")
    routes = route_layer([([(0, 0), (4000, 0)], ["BRT", 10, 24, "06:00", "08:00", "bus"])])
    stops = memory_layer(
        f"Point?crs={CRS}&field=route_id:string",
        [(f"POINT({X0 + x} {Y0 + 30})", ["BRT"]) for x in (0, 2500, 4000)],
        "stops",
    )
    result = scenario(gtfs, tmp_path / "new.zip", NEW_ROUTES=routes, NEW_ROUTE_STOPS=stops)
    times = read_back(result["OUTPUT"]).get("stop_times.txt")
    first = times.loc[times["trip_id"] == "BRT_0"]
    # stops moved onto the line at x = 0, 2500, 4000: 2,500 m at 24 km/h = 375 s, then 1,500 m = 225 s
    assert first["arrival_time"].tolist() == ["06:00:00", "06:06:15", "06:10:00"]


def test_edits_from_a_csv_file_and_from_a_table_layer_agree(conecta_plugin, tmp_path):
    gtfs = corridor_feed(
        tmp_path / "feed.zip",
        "R,A,r,3\n",
        "r1,08:00:00,08:00:00,S0,1\nr1,08:10:00,08:10:00,S2,2\n",
        "r1,07:00:00,10:00:00,720,0\n",
    )
    csv = tmp_path / "edits.csv"
    csv.write_text("action,route_id,start_time,end_time,value\nscale_headway,R,,,0.5\n", encoding="utf-8")
    by_file = scenario(gtfs, tmp_path / "a.zip", EDITS=str(csv))
    layer = table_layer(
        ["action:string", "route_id:string", "start_time:string", "end_time:string", "value:double"],
        [["scale_headway", "R", None, None, 0.5]],
    )
    by_layer = scenario(gtfs, tmp_path / "b.zip", EDITS=layer)
    for result in (by_file, by_layer):
        freq = read_back(result["OUTPUT"]).get("frequencies.txt")
        assert freq["headway_secs"].tolist() == ["360"]  # 720 s × 0.5


def test_halving_a_headway_halves_the_waiting_time_at_the_median(conecta_plugin, tmp_path):
    """Issue 18 validation 1. Zones at stops S0 and S2 (no walking); a bus every 12 min (07:00-10:00,
    frequencies.txt) takes 10 min; departures 08:00-08:59. A departure at t boards the first bus leaving more
    than 1 min later (R5's 60 s boarding slack, FastRaptorWorker: departure > arrival + 60 s); the waiting
    component is the time at the stop beyond that minute: 1..12 min, each 5 times, median (30th of 60) 6 min.
    With the headway halved to 6 min: 1..6, each 10 times, median 3 min."""
    gtfs = corridor_feed(
        tmp_path / "feed.zip",
        "R,A,r,3\n",
        "r1,07:00:00,07:00:00,S0,1\nr1,07:10:00,07:10:00,S2,2\n",
        "r1,07:00:00,10:00:00,720,0\n",
    )
    edits = table_layer(
        ["action:string", "route_id:string", "start_time:string", "end_time:string", "value:string"],
        [["scale_headway", "R", "", "", "0.5"]],
    )
    halved = scenario(gtfs, tmp_path / "halved.zip", EDITS=edits)["OUTPUT"]
    zones = points({"A": (0, 0), "B": (2000, 0)})
    ride, slack = 10, 1
    for feed, headway in ((gtfs, 12), (halved, 6)):
        buses = range(0, 120, headway)  # minutes after 08:00 (07:00 + k × headway)
        waits = [min(b for b in buses if b > t + slack) - t - slack for t in range(60)]
        assert sorted(waits)[29] == headway / 2
        times = transit_p50(feed, zones)
        assert times[("A", "B")] == r5_percentile([w + slack + ride for w in waits])
        assert times[("A", "B")] - ride - slack == headway / 2


def test_a_new_route_between_two_zones_cuts_their_time_to_the_hand_computed_value(conecta_plugin, tmp_path):
    """Issue 18 validation 2. A (x = 0) and B (x = 6000) are 6,000 m apart: 100 min on foot. A new route drawn
    from A to B (stops every 3,000 m, 36 km/h = 10 m/s: 600 s, no dwell) every 10 min from 07:00: departures at
    08:00 + k·10 min; a departure at t (08:00-08:59) boards the first bus leaving more than 1 min later."""
    gtfs = corridor_feed(tmp_path / "feed.zip")
    zones = points({"A": (0, 0), "B": (6000, 0)})
    before = transit_p50(gtfs, zones)
    assert before[("A", "B")] == 100  # walk-only: 6,000 s
    routes = route_layer([([(0, 0), (6000, 0)], ["NEW", 10, 36, "07:00", "10:00", "bus"])])
    new = scenario(gtfs, tmp_path / "new.zip", NEW_ROUTES=routes, STOP_SPACING=3000)["OUTPUT"]
    buses = range(0, 120, 10)  # minutes after 08:00
    # boarding more than 1 min after the departure minute (R5's slack): t = 0 and t = 9 wait for the next bus
    waits = [min(b for b in buses if b > t + 1) - t for t in range(60)]
    expected = r5_percentile([w + 10 for w in waits])
    assert expected == 16
    assert transit_p50(new, zones)[("A", "B")] == expected


def test_removing_the_only_route_makes_the_pair_walk_only(conecta_plugin, tmp_path):
    """Issue 18 validation 3. Route R (S0 → S2, 10 min, every 12 min) is removed: A → B is the walk of 2,000 m
    at 1 m/s, 33 min 20 s, truncated to 33."""
    gtfs = corridor_feed(
        tmp_path / "feed.zip",
        "R,A,r,3\n",
        "r1,07:00:00,07:00:00,S0,1\nr1,07:10:00,07:10:00,S2,2\n",
        "r1,07:00:00,10:00:00,720,0\n",
    )
    zones = points({"A": (0, 0), "B": (2000, 0)})
    assert transit_p50(gtfs, zones)[("A", "B")] < 33
    edits = table_layer(["action:string", "route_id:string"], [["remove_route", "R"]])
    log = Log()
    removed = scenario(gtfs, tmp_path / "removed.zip", log, EDITS=edits)["OUTPUT"]
    assert "1 routes removed with their trips" in log.text()
    assert transit_p50(removed, zones)[("A", "B")] == math.floor(2000 / 60)


def test_validation_notices_are_logged_in_gtfs_validator_words(conecta_plugin, tmp_path):
    gtfs = corridor_feed(tmp_path / "feed.zip")
    # a "bus" at 300 km/h: gtfs-validator's fast_travel_between_consecutive_stops (bus limit 150 km/h)
    routes = route_layer([([(0, 0), (6000, 0)], ["FAST", 10, 300, "07:00", "08:00", "bus"])])
    log = Log()
    result = scenario(gtfs, tmp_path / "new.zip", log, NEW_ROUTES=routes, STOP_SPACING=3000)
    assert result["WARNINGS"] > 0
    assert any(
        w.startswith("WARNING fast_travel_between_consecutive_stops in stop_times.txt")
        and "brought by the edits" in w
        for w in log.warnings
    )


# ------------------------------------------------------------------------------------------- bad input


@pytest.fixture()
def corridor(tmp_path):
    return corridor_feed(
        tmp_path / "feed.zip",
        "R,A,r,3\n",
        "r1,07:00:00,07:00:00,S0,1\nr1,07:10:00,07:10:00,S2,2\n",
        "r1,07:00:00,10:00:00,720,0\n",
    )


EDIT_FIELDS = ["action:string", "route_id:string", "start_time:string", "end_time:string", "value:string"]


@pytest.mark.parametrize(
    "rows, match",
    [
        ([["scale_headway", "NOPE", "", "", "0.5"], ["remove_route", "GONE", "", "", ""]],
         "The edits name 2 route\\(s\\) absent from the feed: GONE, NOPE."),
        ([["set_headway", "R", "", "", "0"]], "Row 1 \\(set_headway\\) needs a headway value above zero, not 0.0."),
        ([["scale_headway", "R", "30:00", "31:00", "0.5"]],
         "The time band 30:00:00–31:00:00 of row 1 lies outside the feed's service day \\(07:00:00 to 12:05:00\\)."),
        ([["speed_up", "R", "", "", "2"]], "Unknown edit action\\(s\\) speed_up"),
    ],
)  # fmt: skip
def test_bad_edits_get_a_clear_message_and_write_nothing(conecta_plugin, corridor, tmp_path, rows, match):
    before = sha(corridor)
    with pytest.raises(QgsProcessingException, match=match):
        scenario(corridor, tmp_path / "new.zip", EDITS=table_layer(EDIT_FIELDS, rows))
    assert sha(corridor) == before
    assert not (tmp_path / "new.zip").exists()


LINE = [(0, 0), (4000, 0)]


@pytest.mark.parametrize(
    "coords, attributes, match",
    [
        ([(0, 0), (300, 0)], ["S", 10, 24, "06:00", "08:00", "bus"],
         "The line of new route S is 300 m long, shorter than the stop spacing \\(400 m\\)"),
        (LINE, ["S", 0, 24, "06:00", "08:00", "bus"], "New route S needs headways above zero minutes, not 0.0."),
        (LINE, ["S", 10, 24, "06:00", "49:00", "bus"],
         "The time band 06:00:00–49:00:00 of new route S lies outside the service day \\(00:00 to 48:00\\)."),
        (LINE, ["S", 10, 24, "06:00", "08:00", "hovercraft"],
         "The mode of new route S must be a GTFS route_type number or a mode name .*not 'hovercraft'."),
        (LINE, [None, 10, 24, "06:00", "08:00", "bus"], "1 new-route features have no route_id \\(feature ids 1\\)."),
        (LINE, ["R", 10, 24, "06:00", "08:00", "bus"],
         "The new route id 'R' is empty or already used by the feed; give the new route its own id."),
        (LINE, ["S", 10, None, "06:00", "08:00", "bus"],
         "New route S needs either a speed \\(km/h\\) or travel times, not both or neither."),
    ],
    ids=["shorter than spacing", "headway 0", "band past 48:00", "unknown mode", "no route_id", "id taken", "no speed"],
)  # fmt: skip
def test_bad_new_routes_get_a_clear_message(conecta_plugin, corridor, tmp_path, coords, attributes, match):
    with pytest.raises(QgsProcessingException, match=match):
        scenario(corridor, tmp_path / "new.zip", NEW_ROUTES=route_layer([(coords, attributes)]))
    assert not (tmp_path / "new.zip").exists()


def test_without_edits_or_routes_nothing_is_written(conecta_plugin, corridor, tmp_path):
    with pytest.raises(QgsProcessingException, match="Give edits, new routes or both"):
        scenario(corridor, tmp_path / "new.zip")
    assert not (tmp_path / "new.zip").exists()


def test_the_output_must_not_be_the_source(conecta_plugin, corridor):
    before = sha(corridor)
    edits = table_layer(["action:string", "route_id:string"], [["remove_route", "R"]])
    with pytest.raises(QgsProcessingException, match="The new feed must not overwrite its source"):
        scenario(corridor, corridor, EDITS=edits)
    assert sha(corridor) == before


def test_a_route_drawn_in_pieces_is_refused(conecta_plugin, corridor, tmp_path):
    multi = f"MULTILINESTRING(({X0} {Y0}, {X0 + 2000} {Y0}), ({X0 + 2500} {Y0}, {X0 + 4000} {Y0}))"
    layer = memory_layer(
        ROUTES.replace("LineString", "MultiLineString"), [(multi, ["S", 10, 24, "06:00", "08:00", "bus"])]
    )
    with pytest.raises(QgsProcessingException, match="New route S is drawn in several pieces"):
        scenario(corridor, tmp_path / "new.zip", NEW_ROUTES=layer)


def test_new_routes_need_a_speed_or_a_trip_time_field(conecta_plugin, corridor, tmp_path):
    uri = f"LineString?crs={CRS}&field=route_id:string&field=headway_min:double"
    layer = memory_layer(uri, [(line_wkt(LINE), ["S", 10])])
    with pytest.raises(QgsProcessingException, match="needs a speed_kmh field .* or a trip_min field"):
        scenario(corridor, tmp_path / "new.zip", NEW_ROUTES=layer)
    uri += "&field=trip_min:double"
    layer = memory_layer(uri, [(line_wkt(LINE), ["S", 10, 16])])
    result = scenario(corridor, tmp_path / "new.zip", NEW_ROUTES=layer)
    times = read_back(result["OUTPUT"]).get("stop_times.txt").query("trip_id == 'S_0'")
    # 16 minutes for the whole line, 05:00 (the default span's start) → 05:16
    assert times["arrival_time"].iloc[[0, -1]].tolist() == ["05:00:00", "05:16:00"]


def collapsed_routes():
    """Route OK and, as feature 2, route BAD whose line has two identical vertices (invalid for GEOS)."""
    return route_layer(
        [
            (LINE, ["OK", 10, 24, "06:00", "08:00", "bus"]),
            ([(100, 100), (100, 100)], ["BAD", 10, 24, "06:00", "08:00", "bus"]),
        ]
    )


def test_new_routes_invalid_line_in_the_three_settings(conecta_plugin, corridor, tmp_path):
    with pytest.raises(QgsProcessingException, match="Feature \\(2\\) from “routes” has invalid geometry"):
        scenario(corridor, tmp_path / "a.zip", context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid),
                 NEW_ROUTES=collapsed_routes())  # fmt: skip
    log = Log()
    result = scenario(corridor, tmp_path / "b.zip", log, context_with(QgsFeatureRequest.GeometrySkipInvalid),
                      NEW_ROUTES=collapsed_routes())  # fmt: skip
    assert "1 features of routes have an invalid geometry and were skipped (ids 2)." in log.warnings
    assert set(read_back(result["OUTPUT"]).get("routes.txt")["route_id"]) == {"FAR", "R", "OK"}
    # kept as it is, the collapsed line is 0 m long
    with pytest.raises(
        QgsProcessingException, match="The line of new route BAD is 0 m long, shorter than the stop"
    ):
        scenario(corridor, tmp_path / "c.zip", context=context_with(QgsFeatureRequest.GeometryNoCheck),
                 NEW_ROUTES=collapsed_routes())  # fmt: skip
    assert not (tmp_path / "c.zip").exists()


def test_messages_in_spanish(conecta_plugin, corridor, tmp_path, spanish):
    edits = table_layer(EDIT_FIELDS, [["set_headway", "NOPE", "", "", "5"]])
    with pytest.raises(
        QgsProcessingException, match="Los cambios nombran 1 rutas que no están en el feed: NOPE."
    ):
        scenario(corridor, tmp_path / "new.zip", EDITS=edits)
    with pytest.raises(QgsProcessingException, match="Indique cambios, rutas nuevas o ambos"):
        scenario(corridor, tmp_path / "new.zip")


# =============================================================================================== street scenarios


def street_matrix(network, named, mode=0, log=None, context=None, **extra):
    """conecta:traveltimematrix between ``named`` points: {(from, to): minutes}."""
    parameters = {
        "NETWORK": network, "ORIGINS": points(named), "ORIGINS_ID": "id", "MODE": mode, "MAX_TIME": 120,
        "OUTPUT": "memory:",
    }  # fmt: skip
    parameters.update(extra)
    out = processing.run("conecta:traveltimematrix", parameters, context=context, feedback=log or Log())[
        "OUTPUT"
    ]
    return {(f["from_id"], f["to_id"]): f["travel_time"] for f in out.getFeatures()}


def elevation_raster(path, height, x_range=(-100, 1100), y_range=(-100, 100), pixel=10.0, nodata=None):
    """A GeoTIFF in EPSG:31982 with ``height(x, y)`` (local metres) at every pixel centre, Float32."""
    from osgeo import gdal, osr

    cols = int((x_range[1] - x_range[0]) / pixel)
    rows = int((y_range[1] - y_range[0]) / pixel)
    xs = x_range[0] + pixel * (np.arange(cols) + 0.5)
    ys = y_range[1] - pixel * (np.arange(rows) + 0.5)
    grid = height(xs[None, :], ys[:, None]) * np.ones((rows, cols))
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0 + x_range[0], pixel, 0, Y0 + y_range[1], 0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31982)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(grid.astype(np.float32))
    dataset = None
    return str(path)


def tobler_kmh(grade: float) -> float:
    """Tobler (1993): 6 exp(−3.5 |dh/dx + 0.05|) km/h."""
    return 6.0 * math.exp(-3.5 * abs(grade + 0.05))


def hill():
    """A street from A (x = 0) to B (x = 1000) with a vertex half-way, rising 10 % from A to B."""
    return streets([([(0, 0), (500, 0), (1000, 0)], ["residential", None])], "hill")


def test_tobler_walking_up_and_down_a_hand_made_hill(conecta_plugin, tmp_path):
    raster = elevation_raster(tmp_path / "dem.tif", lambda x, y: 0.1 * x)
    log = Log()
    times = street_matrix(hill(), {"A": (0, 0), "B": (1000, 0)}, 0, log, ELEVATION=raster)
    # walking speed 3.6 km/h on the flat, scaled by Tobler's function: v(s) = 3.6 × tobler(s) / tobler(0)
    up = 1000 / (3.6 * tobler_kmh(0.1) / tobler_kmh(0.0) / 3.6) / 60
    down = 1000 / (3.6 * tobler_kmh(-0.1) / tobler_kmh(0.0) / 3.6) / 60
    assert times[("A", "B")] == pytest.approx(up, abs=1e-4)  # 23.65 min uphill
    assert times[("B", "A")] == pytest.approx(down, abs=1e-4)  # 16.67 min: −10 % is as fast as the flat
    assert "Slopes from the elevation raster on 1 edges; steepest grade 10.0 %." in log.infos
    flat = street_matrix(hill(), {"A": (0, 0), "B": (1000, 0)}, 0)
    assert flat[("A", "B")] == flat[("B", "A")] == pytest.approx(1000 / 60, abs=1e-4)


def power_balance_kmh(grade: float, watts: float) -> float:
    """Cycling speed from P = v (m g (C_rr cos θ + sin θ) + ½ ρ C_dA v²) with Parkin & Rotheram's figures:
    air resistance is 70 % of 150 W at 22 km/h, rolling resistance the other 30 %; 90 kg; ρ = 1.2."""
    v_ref = 22 / 3.6
    drag_area = 0.7 * 150 / (0.5 * 1.2 * v_ref**3)
    rolling = 0.3 * 150 / (90 * 9.81 * v_ref)
    theta = math.atan(grade)
    roots = np.roots(
        [0.5 * 1.2 * drag_area, 0, 90 * 9.81 * (rolling * math.cos(theta) + math.sin(theta)), -watts]
    )
    return 3.6 * max(r.real for r in roots if abs(r.imag) < 1e-9 and r.real > 0)


def test_power_balance_cycling_up_and_down_a_hand_made_hill(conecta_plugin, tmp_path):
    raster = elevation_raster(tmp_path / "dem.tif", lambda x, y: 0.05 * x)
    times = street_matrix(hill(), {"A": (0, 0), "B": (1000, 0)}, 1, ELEVATION=raster)
    along = 1000 * math.sqrt(1 + 0.05**2)  # cycling distance is measured along the slope
    # 250 W from a 3 % climb on, 150 W downhill; capped at 35 km/h; scaled so the flat gives 12 km/h
    up = 12 * power_balance_kmh(0.05, 250) / 22
    down = 12 * min(power_balance_kmh(-0.05, 150), 35) / 22
    assert times[("A", "B")] == pytest.approx(along / (up / 3.6) / 60, abs=1e-4)
    assert times[("B", "A")] == pytest.approx(along / (down / 3.6) / 60, abs=1e-4)


def test_streets_outside_the_raster_are_flat_counted_and_warned(conecta_plugin, tmp_path):
    raster = elevation_raster(tmp_path / "dem.tif", lambda x, y: 0.1 * x, x_range=(-100, 600))
    network = streets(
        [([(0, 0), (400, 0)], ["residential", None]), ([(400, 0), (500, 0)], ["residential", None]),
         ([(500, 0), (550, 0), (1000, 0)], ["residential", None]), ([(1000, 0), (2000, 0)], ["residential", None])]
    )  # fmt: skip
    log = Log()
    times = street_matrix(network, {"A": (0, 0), "C": (1000, 0), "D": (2000, 0)}, 0, log, ELEVATION=raster)
    assert (
        "1 edges (25.0 %) lie outside the elevation raster or on no-data pixels and are taken as flat; "
        "1 more are partly outside (those parts flat)." in log.warnings
    )
    # C → D lies wholly outside: flat 1,000 s
    assert times[("C", "D")] == pytest.approx(1000 / 60, abs=1e-4)
    # A → x = 550 climbs at 10 % (the raster ends at x = 600); 550 → 1000 has no height at its end: flat
    up = 550 / (tobler_kmh(0.1) / tobler_kmh(0.0))
    assert times[("A", "C")] == pytest.approx((up + 450) / 60, abs=1e-4)


def test_the_raster_is_ignored_for_cars_with_a_warning(conecta_plugin, tmp_path):
    raster = elevation_raster(tmp_path / "dem.tif", lambda x, y: 0.1 * x)
    log = Log()
    times = street_matrix(hill(), {"A": (0, 0), "B": (1000, 0)}, 2, log, ELEVATION=raster)
    assert (
        "The elevation raster is used for walking and cycling only: car times are unchanged." in log.warnings
    )
    assert times[("A", "B")] == pytest.approx(1000 / (30 / 3.6) / 60, abs=1e-4)  # residential 30 km/h


def speed_table(tmp_path, rows):
    path = tmp_path / "factors.csv"
    path.write_text(
        "highway,start_time,end_time,factor,mode\n" + "".join(r + "\n" for r in rows), encoding="utf-8"
    )
    return str(path)


def test_congestion_multiplies_free_flow_speed_by_class_and_time(conecta_plugin, tmp_path):
    network = streets([([(0, 0), (1000, 0)], ["primary", 60]), ([(1000, 0), (2000, 0)], ["residential", 60])])
    named = {"A": (0, 0), "B": (1000, 0), "C": (2000, 0)}
    table = speed_table(
        tmp_path, ["primary,07:00,09:00,0.5,", "*,07:00,09:00,0.8,", "residential,,,0.5,walk"]
    )
    log = Log()
    peak = street_matrix(
        network, named, 2, log, SPEED_FIELD="speed", SPEED_FACTORS=table, DEPARTURE_TIME="08:00"
    )
    # free flow 60 km/h (the speed field): 1 min per km; primary × 0.5 → 2 min, the residential street × 0.8
    assert peak[("A", "B")] == pytest.approx(2.0, abs=1e-4)
    assert peak[("B", "C")] == pytest.approx(1 / 0.8, abs=1e-4)
    assert (
        "Speeds at 08:00: free-flow speed × factor on 2 edges (2 rows of the speed-factor table apply)."
        in log.infos
    )
    noon = street_matrix(network, named, 2, SPEED_FIELD="speed", SPEED_FACTORS=table, DEPARTURE_TIME="12:00")
    assert noon[("A", "B")] == pytest.approx(1.0, abs=1e-4)
    # walking: only the row that names walk applies (residential × 0.5, all day)
    walk = street_matrix(network, named, 0, SPEED_FACTORS=table, DEPARTURE_TIME="08:00")
    assert walk[("A", "B")] == pytest.approx(1000 / 60, abs=1e-4)
    assert walk[("B", "C")] == pytest.approx(2000 / 60, abs=1e-4)


@pytest.mark.parametrize(
    "rows, departure, match",
    [
        (["primary,07:00,09:00,0.5,"], "", "A departure time is needed to apply the speed factors."),
        (
            ["primary,07:00,09:00,0,"],
            "08:00",
            "Row 1 of the speed-factor table needs a factor above zero, not '0'",
        ),
        (["primary,07:00,09:00,0.5,bus"], "08:00", "The speed-factor table names unknown mode\\(s\\) bus"),
        (["primary,09:00,07:00,0.5,"], "08:00", "The time band 09:00:00–07:00:00 of row 1 is empty"),
    ],
)
def test_bad_speed_factors_get_a_clear_message(conecta_plugin, tmp_path, rows, departure, match):
    network = streets([([(0, 0), (1000, 0)], ["primary", 60])])
    table = speed_table(tmp_path, rows)
    before = sha(table)
    with pytest.raises(QgsProcessingException, match=match):
        street_matrix(
            network, {"A": (0, 0), "B": (1000, 0)}, 2, SPEED_FACTORS=table, DEPARTURE_TIME=departure
        )
    assert sha(table) == before


def test_classes_absent_from_the_network_are_named(conecta_plugin, tmp_path):
    network = streets([([(0, 0), (1000, 0)], ["primary", 60])])
    log = Log()
    street_matrix(network, {"A": (0, 0), "B": (1000, 0)}, 2, log, SPEED_FACTORS=speed_table(tmp_path, ["trunk,,,0.5,"]),
                  DEPARTURE_TIME="08:00")  # fmt: skip
    assert (
        "The speed-factor table names road classes that no street of the network has: trunk." in log.warnings
    )


def open_square():
    """Three sides of a 100 m square: bottom A (0,0) → (100,0), right side, top (100,100) → B (0,100)."""
    return streets(
        [([(0, 0), (100, 0)], ["residential", None]), ([(100, 0), (100, 100)], ["residential", None]),
         ([(100, 100), (0, 100)], ["residential", None])]
    )  # fmt: skip


def test_a_new_link_joins_the_streets_at_its_ends(conecta_plugin):
    named = {"A": (0, 0), "B": (0, 100)}
    assert street_matrix(open_square(), named)[("A", "B")] == pytest.approx(300 / 60, abs=1e-4)
    uri = f"LineString?crs={CRS}&field=highway:string&field=speed_kmh:double"
    link = memory_layer(uri, [(line_wkt([(0, 3), (0, 97)]), ["primary", 36])], "link")
    log = Log()
    times = street_matrix(open_square(), named, 0, log, NEW_LINKS=link)
    # the link's ends (3 m from A and from B) are moved onto the streets: 100 m on foot
    assert times[("A", "B")] == pytest.approx(100 / 60, abs=1e-4)
    assert "1 new links added; 2 of their ends joined to a street (moved up to 3 m)." in log.infos
    car = street_matrix(open_square(), named, 2, NEW_LINKS=link)
    assert car[("A", "B")] == pytest.approx(100 / 10 / 60, abs=1e-4)  # speed_kmh 36 = 10 m/s for cars
    far = memory_layer(uri, [(line_wkt([(0, 40), (0, 60)]), ["primary", 36])], "far")
    log = Log()
    street_matrix(open_square(), named, 0, log, NEW_LINKS=far)
    assert any(
        w.startswith("2 ends of new links are farther than 25 m from any street") for w in log.warnings
    )


def test_closed_links_as_lines_or_areas(conecta_plugin):
    square = streets(
        [([(0, 0), (100, 0)], ["residential", None]), ([(100, 0), (100, 100)], ["residential", None]),
         ([(100, 100), (0, 100)], ["residential", None]), ([(0, 100), (0, 0)], ["residential", None])]
    )  # fmt: skip
    named = {"A": (0, 0), "B": (100, 0)}
    assert street_matrix(square, named)[("A", "B")] == pytest.approx(100 / 60, abs=1e-4)
    drawn = memory_layer(f"LineString?crs={CRS}", [(line_wkt([(0, 2), (100, 2)]), [])], "closed")
    log = Log()
    times = street_matrix(square, named, 0, log, CLOSED_LINKS=drawn)
    assert times[("A", "B")] == pytest.approx(300 / 60, abs=1e-4)  # round the block
    assert "1 street lines closed." in log.infos
    box = f"POLYGON(({X0 + 30} {Y0 - 10}, {X0 + 70} {Y0 - 10}, {X0 + 70} {Y0 + 10}, {X0 + 30} {Y0 + 10}, {X0 + 30} {Y0 - 10}))"
    area = memory_layer(f"Polygon?crs={CRS}", [(box, [])], "area")
    # the box covers the middle of the bottom street only (its points at 1/4 and 3/4 are outside): open
    log = Log()
    assert street_matrix(square, named, 0, log, CLOSED_LINKS=area)[("A", "B")] == pytest.approx(
        100 / 60, abs=1e-4
    )
    assert any(w.startswith("The closed links close no street") for w in log.warnings)
    wide = box.replace(f"{X0 + 30}", f"{X0 - 10}").replace(f"{X0 + 70}", f"{X0 + 110}")
    area = memory_layer(f"Polygon?crs={CRS}", [(wide, [])], "area")
    assert street_matrix(square, named, 0, CLOSED_LINKS=area)[("A", "B")] == pytest.approx(300 / 60, abs=1e-4)


def test_street_scenario_layers_invalid_geometry_in_the_three_settings(conecta_plugin):
    named = {"A": (0, 0), "B": (0, 100)}
    uri = f"LineString?crs={CRS}&field=highway:string"

    def links():
        return memory_layer(
            uri,
            [(line_wkt([(0, 3), (0, 97)]), ["footway"]), (line_wkt([(50, 50), (50, 50)]), ["x"])],
            "links",
        )

    with pytest.raises(QgsProcessingException, match="Feature \\(2\\) from “links” has invalid geometry"):
        street_matrix(
            open_square(),
            named,
            context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid),
            NEW_LINKS=links(),
        )
    log = Log()
    times = street_matrix(
        open_square(), named, 0, log, context_with(QgsFeatureRequest.GeometrySkipInvalid), NEW_LINKS=links()
    )
    assert "1 features of links have an invalid geometry and were skipped (ids 2)." in log.warnings
    assert times[("A", "B")] == pytest.approx(100 / 60, abs=1e-4)
    log = Log()
    times = street_matrix(
        open_square(), named, 0, log, context_with(QgsFeatureRequest.GeometryNoCheck), NEW_LINKS=links()
    )
    assert "1 lines with empty, NULL or degenerate geometry skipped." in log.warnings  # the collapsed link
    assert times[("A", "B")] == pytest.approx(100 / 60, abs=1e-4)

    # crossing at x = 55, clear of the points at 25, 50 and 75 m along the bottom street
    bow_tie = f"POLYGON(({X0 - 10} {Y0 - 10}, {X0 + 120} {Y0 + 10}, {X0 + 120} {Y0 - 10}, {X0 - 10} {Y0 + 10}, {X0 - 10} {Y0 - 10}))"

    def closures():
        return memory_layer(f"Polygon?crs={CRS}", [(bow_tie, [])], "closures")

    with pytest.raises(QgsProcessingException, match="Feature \\(1\\) from “closures” has invalid geometry"):
        street_matrix(
            open_square(),
            named,
            context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid),
            CLOSED_LINKS=closures(),
        )
    log = Log()
    street_matrix(
        open_square(),
        named,
        0,
        log,
        context_with(QgsFeatureRequest.GeometrySkipInvalid),
        CLOSED_LINKS=closures(),
    )
    assert "1 features of closures have an invalid geometry and were skipped (ids 1)." in log.warnings
    assert any(w.startswith("The closed links close no street") for w in log.warnings)
    log = Log()
    street_matrix(
        open_square(), named, 0, log, context_with(QgsFeatureRequest.GeometryNoCheck), CLOSED_LINKS=closures()
    )
    assert (
        "1 features of closures had an invalid geometry and were repaired (ids 1); check them: a repaired polygon may not be what was meant."
        in log.warnings
    )
    assert (
        "1 street lines closed." in log.infos
    )  # the repaired bow tie (two triangles) covers the bottom street


def test_isochrones_up_and_down_a_hill(conecta_plugin, tmp_path):
    """From A (the hill's foot) 10 min uphill and from B (its top) 10 min downhill, buffered 30 m: the budget
    is 600 s less the 30 s it takes to walk the buffer; each reached street piece is buffered with
    QGIS's 16-gon (4 segments per quarter)."""
    raster = elevation_raster(tmp_path / "dem.tif", lambda x, y: 0.1 * x)
    parameters = {
        "NETWORK": hill(), "INPUT": points({"A": (0, 0), "B": (1000, 0)}), "ID_FIELD": "id", "MODE": 0,
        "INTERVALS": "10", "PER_POINT": True, "BUFFER": 30, "ELEVATION": raster, "OUTPUT": "memory:",
    }  # fmt: skip
    out = processing.run("conecta:isochrones", parameters, feedback=Log())["OUTPUT"]
    areas = {f["id"]: f["area_km2"] * 1e6 for f in out.getFeatures()}
    circle = 0.5 * 16 * 30**2 * math.sin(2 * math.pi / 16)
    uphill = 570 * tobler_kmh(0.1) / tobler_kmh(0.0)  # metres reached at the uphill speed (m/s)
    downhill = 570 * tobler_kmh(-0.1) / tobler_kmh(0.0)
    assert areas["A"] == pytest.approx(2 * 30 * uphill + circle, rel=1e-3)
    assert areas["B"] == pytest.approx(2 * 30 * downhill + circle, rel=1e-3)


def test_porto_alegre_elevation_on_the_sample_network(conecta_plugin, sample_gpkg):
    """The r5r sample's elevation GeoTIFF (WGS 84, 1 arc-second) on the sample city's streets (UTM 22S)."""
    raster = shared("porto_alegre", "poa_elevation.tif")
    network = QgsVectorLayer(f"{sample_gpkg}|layername=network", "network", "ogr")
    zones = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    zones.setSubsetString("fid <= 300")
    runs = {}
    for name, extra in (("flat", {}), ("slopes", {"ELEVATION": str(raster)})):
        log = Log()
        parameters = {"NETWORK": network, "ORIGINS": zones, "ORIGINS_ID": "id", "MODE": 0, "MAX_TIME": 30,
                      "OUTPUT": "memory:", **extra}  # fmt: skip
        out = processing.run("conecta:traveltimematrix", parameters, feedback=log)["OUTPUT"]
        runs[name] = (pd.DataFrame([f.attributes() for f in out.getFeatures()], columns=["o", "d", "t"]), log)
    slopes, log = runs["slopes"]
    warning = next(w for w in log.warnings if "lie outside the elevation raster" in w)
    outside = int(warning.split(" edges")[0])
    assert 0 < outside < 28730  # the raster covers most of the city, not all of it
    both = runs["flat"][0].merge(slopes, on=["o", "d"], suffixes=("_flat", "_slope"))
    # uphill and downhill differ: a pair and its reverse no longer take the same time
    pairs = both.set_index(["o", "d"])["t_slope"]
    reverse = pairs.reindex(
        pd.MultiIndex.from_arrays([pairs.index.get_level_values(1), pairs.index.get_level_values(0)])
    )
    assert (np.abs(pairs.to_numpy() - reverse.to_numpy()) > 0.01).mean() > 0.5
    # walking on slopes is slower on average than on the flat (Tobler's function: a climb costs more than the
    # same descent saves), so fewer pairs are within 30 minutes
    assert len(slopes) < len(runs["flat"][0])
    assert (both["t_slope"] - both["t_flat"]).mean() > 0


# =============================================================================================== comparescenarios

ZONE_URI = f"Polygon?crs={CRS}&field=id:integer&field=access:double&field=population:double&field=income:double&field=women:double&field=men:double"


def square(k: int) -> str:
    x = 100 * k
    return f"POLYGON(({X0 + x} {Y0}, {X0 + x + 100} {Y0}, {X0 + x + 100} {Y0 + 100}, {X0 + x} {Y0 + 100}, {X0 + x} {Y0}))"


def ten_zones(access, name="baseline"):
    """Zones 1..10 with access, 100 people each (women 60, men 40 in zones 1-5; 40/60 in 6-10), income
    1000 × id (zone k is income decile k)."""
    rows = [
        (
            square(k),
            [k + 1, access[k], 100.0, 1000.0 * (k + 1), 60.0 if k < 5 else 40.0, 40.0 if k < 5 else 60.0],
        )
        for k in range(10)
    ]
    return memory_layer(ZONE_URI, rows, name)


def compare(baseline, scenario_layer, log=None, context=None, **extra):
    parameters = {
        "BASELINE": baseline, "BASELINE_ID": "id", "BASELINE_FIELD": "access",
        "SCENARIO": scenario_layer, "SCENARIO_ID": "id", "POPULATION": "population",
        "OUTPUT": "memory:", "SUMMARY": "memory:",
    }  # fmt: skip
    parameters.update(extra)
    result = processing.run("conecta:comparescenarios", parameters, context=context, feedback=log or Log())
    zones = {f["id"]: f for f in result["OUTPUT"].getFeatures()}
    table = result["SUMMARY"]
    if isinstance(table, str):
        summary = pd.read_csv(table).set_index("group")
    else:
        rows = [f.attributes() for f in table.getFeatures()]
        summary = pd.DataFrame(rows, columns=table.fields().names()).set_index("group")
    return result, zones, summary


BASE_ACCESS = [10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0]
NEW_ACCESS = [
    30.0,
    40.0,
    50.0,
    60.0,
    50.0,
    60.0,
    70.0,
    80.0,
    90.0,
    90.0,
]  # the 4 poorest +20, the richest −10


def test_who_gains_by_income_decile_and_group(conecta_plugin, tmp_path):
    log = Log()
    result, zones, summary = compare(
        ten_zones(BASE_ACCESS), ten_zones(NEW_ACCESS, "scenario"), log,
        INCOME="income", GROUPS=["women", "men"], THRESHOLD=15, CHART=str(tmp_path / "deciles.png"),
    )  # fmt: skip
    assert zones[1]["change"] == 20.0 and zones[1]["change_pct"] == pytest.approx(200.0)
    assert zones[10]["change"] == -10.0 and zones[10]["change_pct"] == pytest.approx(-10.0)
    assert zones[5]["baseline"] == 50.0 and zones[5]["scenario"] == 50.0 and zones[5]["change"] == 0.0
    # one zone per decile, 100 people each: decile k's mean is zone k's value
    assert (
        summary.loc["decile_1", "baseline_mean"] == 10.0 and summary.loc["decile_1", "scenario_mean"] == 30.0
    )
    assert summary.loc["decile_10", "change"] == -10.0
    # everybody: mean 55 → (30+40+50+60+50+60+70+80+90+90)/10 = 62; more than +15 %: zones 1-4 (400 of 1000
    # people); below −15 %: none (zone 10 loses 10 %)
    assert summary.loc["all", "baseline_mean"] == 55.0 and summary.loc["all", "scenario_mean"] == 62.0
    assert summary.loc["all", "gain_share_pct"] == 40.0 and summary.loc["all", "loss_share_pct"] == 0.0
    # women: 60 in zones 1-5, 40 in 6-10; their mean change (60·(20·4 + 0) + 40·(−10)) / 500 = 8.8
    assert summary.loc["women", "change"] == pytest.approx((60 * 80 + 40 * -10) / 500)
    assert summary.loc["men", "change"] == pytest.approx((40 * 80 + 60 * -10) / 500)
    # Palma: the richest 10 % (zone 10) over the poorest 40 % (zones 1-4): 100 / 25 = 4 before, 90 / 45 = 2 after
    assert result["PALMA_BEFORE"] == pytest.approx(4.0) and result["PALMA_AFTER"] == pytest.approx(2.0)
    assert summary.loc["palma", "baseline_mean"] == pytest.approx(4.0)
    assert result["GINI_AFTER"] < result["GINI_BEFORE"]
    assert result["MEAN_CHANGE"] == pytest.approx(7.0) and result["GAIN_SHARE"] == 40.0
    assert Path(result["CHART"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Palma ratio: 4.0000 → 2.0000." in log.infos


def test_unchanged_inputs_give_a_zero_change(conecta_plugin):
    result, zones, summary = compare(ten_zones(BASE_ACCESS), ten_zones(BASE_ACCESS, "same"), INCOME="income")
    assert all(z["change"] == 0.0 for z in zones.values())
    assert (summary["change"] == 0).all() and result["GAIN_SHARE"] == 0 and result["LOSS_SHARE"] == 0
    assert result["GINI_BEFORE"] == result["GINI_AFTER"]


def test_travel_times_count_a_shorter_time_as_a_gain(conecta_plugin):
    times = [60.0] * 10
    faster = [40.0] * 5 + [60.0] * 4 + [80.0]
    result, zones, summary = compare(ten_zones(times), ten_zones(faster, "scenario"), KIND=1, THRESHOLD=10)
    assert zones[1]["change"] == -20.0  # scenario − baseline: negative, a gain
    # −33 % in zones 1-5 (500 people) are gains beyond 10 %; zone 10's +33 % is a loss (100 people)
    assert result["GAIN_SHARE"] == 50.0 and result["LOSS_SHARE"] == 10.0


def test_zones_are_matched_by_id_and_mismatches_counted(conecta_plugin):
    # the scenario misses zones 9 and 10 and has a zone 11; its ids are text ("1", "2" …)
    uri = "None?field=id:string&field=access:double"
    scen = memory_layer(uri, [[str(k), v] for k, v in zip(range(1, 9), NEW_ACCESS)] + [["11", 5.0]], "scen")
    log = Log()
    _, zones, summary = compare(ten_zones(BASE_ACCESS), scen, log)
    assert (
        "2 zones of baseline are not in scen (e.g. 10, 9): they are not compared." in log.warnings
    )  # as text
    assert "1 zones of scen are not in baseline (e.g. 11): they are not compared." in log.warnings
    assert zones[9].attribute("change") in (None, NULL)  # not compared
    assert zones[1]["change"] == 20.0
    assert summary.loc["all", "population"] == 800.0


def test_layers_without_a_common_zone_are_refused(conecta_plugin):
    uri = "None?field=id:string&field=access:double"
    scen = memory_layer(uri, [["z1", 1.0]], "scen")
    with pytest.raises(
        QgsProcessingException, match="The baseline and the scenario have no zone id in common"
    ):
        compare(ten_zones(BASE_ACCESS), scen)


def test_the_baseline_layer_invalid_polygon_in_the_three_settings(conecta_plugin):
    rows = [(square(k), [k + 1, BASE_ACCESS[k], 100.0, 1.0, 0.0, 0.0]) for k in range(3)]
    bow_tie = f"POLYGON(({X0} {Y0 + 500}, {X0 + 100} {Y0 + 600}, {X0 + 100} {Y0 + 500}, {X0} {Y0 + 600}, {X0} {Y0 + 500}))"
    rows.append((bow_tie, [4, 40.0, 100.0, 1.0, 0.0, 0.0]))

    def layer():
        return memory_layer(ZONE_URI, rows, "baseline")

    scen = ten_zones(NEW_ACCESS, "scenario")
    with pytest.raises(QgsProcessingException, match="Feature \\(4\\) from “baseline” has invalid geometry"):
        compare(layer(), scen, context=context_with(QgsFeatureRequest.GeometryAbortOnInvalid))
    log = Log()
    _, zones, _ = compare(layer(), scen, log, context_with(QgsFeatureRequest.GeometrySkipInvalid))
    assert "1 features of baseline have an invalid geometry and were skipped (ids 4)." in log.warnings
    assert sorted(zones) == [1, 2, 3]
    _, zones, _ = compare(layer(), scen, Log(), context_with(QgsFeatureRequest.GeometryNoCheck))
    assert sorted(zones) == [1, 2, 3, 4] and zones[4]["change"] == 20.0  # kept as it is


def test_the_change_map_diverges_about_zero_gains_blue(conecta_plugin):
    from conecta.processing.bridge.styles import DIVERGING, diverging

    layer = memory_layer(
        f"Polygon?crs={CRS}&field=change:double", [(square(k), [v]) for k, v in enumerate([-14.0, 3.0, 7.0])]
    )
    diverging("change")(layer)
    ranges = layer.renderer().ranges()
    # seven classes of width 2 × 14 / 7 = 4 from −14 to 14; the middle one (−2, 2) is "no change"
    assert [(r.lowerValue(), r.upperValue()) for r in ranges][3] == pytest.approx((-2.0, 2.0))
    assert ranges[0].lowerValue() == pytest.approx(-14.0) and ranges[-1].upperValue() == pytest.approx(14.0)
    assert ranges[-1].symbol().color().name() == DIVERGING[-1]  # the largest gains: dark blue
    diverging("change", lower_is_better=True)(layer)
    assert layer.renderer().ranges()[0].symbol().color().name() == DIVERGING[-1]  # shortest times: blue
    assert layer.renderer().ranges()[0].label() == "-14 – -10"


# =============================================================================================== the model


def test_the_brt_model_is_listed_and_runs(conecta_plugin, tmp_path):
    """conecta:brt_scenario (resources/models/brt_scenario.model3): a new route from A to B brings B's 500
    jobs within 30 minutes of A (15 min by the new bus instead of 100 min on foot)."""
    from qgis.core import QgsApplication

    model = QgsApplication.processingRegistry().algorithmById("conecta:brt_scenario")
    assert model is not None and model.displayName() == "Public-transport scenario: who gains (model)"
    assert model.group() == "Scenarios"
    gtfs = corridor_feed(tmp_path / "feed.zip")
    zones = corridor_zones()
    common = {"NETWORK": corridor_street(), "ORIGINS": zones, "ORIGINS_ID": "id", "DATE": "2019-05-13",
              "DEPARTURE_TIME": "08:00", "TIME_WINDOW": 60, "PERCENTILES": "50", "MAX_WALK_TIME": 120}  # fmt: skip
    matrix = processing.run("conecta:transitmatrix", {**common, "GTFS": [gtfs], "OUTPUT": "memory:"})[
        "OUTPUT"
    ]
    baseline = processing.run(
        "conecta:accessibility",
        {"TRAVEL_MATRIX": matrix, "COST_FIELD": "travel_time_p50", "ZONES": zones, "ZONES_ID": "id",
         "OPPORTUNITIES": "jobs", "POPULATION": "population", "MEASURE": 0, "CUTOFF": "30", "OUTPUT": "memory:"},
    )["OUTPUT"]  # fmt: skip
    routes = route_layer([([(0, 0), (6000, 0)], ["NEW", 10, 36, "07:00", "10:00", "brt"])])
    log = Log()
    result = processing.run(
        "conecta:brt_scenario",
        {"gtfs": gtfs, "new_routes": routes, "stop_spacing": 3000, "network": corridor_street(), "zones": zones,
         "zones_id": "id", "opportunities": "jobs", "population": "population", "date": "2019-05-13",
         "departure": "08:00", "window": 60, "cutoff": "30", "baseline": baseline, "baseline_field": "acc_jobs_30",
         "gtfsscenario:new_gtfs": str(tmp_path / "new.zip"), "comparescenarios:change": "memory:",
         "comparescenarios:summary": "memory:", "accessibility:scenario_access": "memory:"},
        feedback=log,
    )  # fmt: skip
    change = result["comparescenarios:change"]
    if isinstance(change, str):
        change = QgsProject.instance().mapLayer(change) or QgsVectorLayer(change, "change", "ogr")
    by_zone = {f["id"]: f["change"] for f in change.getFeatures()}
    # A now reaches B's 500 jobs within 30 min (it already reached its own 10); B gains A's 10 jobs back
    assert by_zone == {"A": 500.0, "B": 10.0}
    assert Path(result["gtfsscenario:new_gtfs"]).exists()


def test_the_brt_model_runs_in_qgis_process(conecta_plugin, tmp_path, qgis_process_runner):
    from qgis.core import QgsVectorFileWriter

    runner = qgis_process_runner

    def save(layer, name):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        path = tmp_path / f"{name}.gpkg"
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(path), QgsProject.instance().transformContext(), options
        )
        assert error[0] == QgsVectorFileWriter.NoError, error
        return path

    gtfs = corridor_feed(tmp_path / "feed.zip")
    zones, network = save(corridor_zones(), "zones"), save(corridor_street(), "network")
    routes = save(route_layer([([(0, 0), (6000, 0)], ["NEW", 10, 36, "07:00", "10:00", "brt"])]), "routes")
    common = {"NETWORK": network, "ORIGINS": zones, "ORIGINS_ID": "id", "DATE": "2019-05-13",
              "DEPARTURE_TIME": "08:00", "TIME_WINDOW": 60, "MAX_WALK_TIME": 120}  # fmt: skip
    matrix = runner.run("conecta:transitmatrix", GTFS=gtfs, OUTPUT=tmp_path / "m.csv", **common)["results"][
        "OUTPUT"
    ]
    baseline = runner.run(
        "conecta:accessibility", TRAVEL_MATRIX=matrix, COST_FIELD="travel_time_p50", ZONES=zones, ZONES_ID="id",
        OPPORTUNITIES="jobs", POPULATION="population", MEASURE=0, CUTOFF="30", OUTPUT=tmp_path / "base.gpkg",
    )["results"]["OUTPUT"]  # fmt: skip
    results = runner.run(
        "conecta:brt_scenario", gtfs=gtfs, new_routes=routes, stop_spacing=3000, network=network, zones=zones,
        zones_id="id", opportunities="jobs", population="population", date="2019-05-13", departure="08:00",
        window=60, cutoff="30", baseline=baseline, baseline_field="acc_jobs_30",
        **{"gtfsscenario:new_gtfs": tmp_path / "new.zip", "comparescenarios:change": tmp_path / "change.gpkg",
           "comparescenarios:summary": tmp_path / "summary.csv", "accessibility:scenario_access": tmp_path / "s.gpkg"},
    )["results"]  # fmt: skip
    change = QgsVectorLayer(str(results["comparescenarios:change"]), "change", "ogr")
    assert {f["id"]: f["change"] for f in change.getFeatures()} == {"A": 500.0, "B": 10.0}


# =============================================================================================== the report


def test_the_city_report_shows_who_gains(conecta_plugin, tmp_path):
    """conecta:report with the summary of conecta:comparescenarios gets a Scenario section (HTML and PDF)."""
    import json
    import shutil
    import subprocess

    summary_csv = tmp_path / "who_gains.csv"
    baseline = ten_zones(BASE_ACCESS)
    compare(
        baseline, ten_zones(NEW_ACCESS, "scenario"), INCOME="income", THRESHOLD=15, SUMMARY=str(summary_csv)
    )
    parameters = {
        "ZONES": baseline, "ACCESS_FIELDS": ["access"], "POPULATION": "population", "INCOME": "income",
        "CITY_NAME": "Ciudad Chica", "LANGUAGE": 1, "SCENARIO": str(summary_csv),
        "OUTPUT_HTML": str(tmp_path / "report.html"), "OUTPUT_PDF": str(tmp_path / "report.pdf"),
    }  # fmt: skip
    result = processing.run("conecta:report", parameters, feedback=Log())
    html = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert "<h2>Scenario: who gains</h2>" in html
    # decile 1 (zone 1): 10 → 30, +20; 100 people; 100 % of them gain more than 15 %; means up to 100 are
    # written without decimals
    assert (
        '<td>Decile 1</td><td class="n">100</td><td class="n">10</td><td class="n">30</td>'
        '<td class="n">20</td><td class="n">100.0 %</td><td class="n">0.0 %</td>' in html
    )
    assert '<td>Palma ratio</td><td class="n"></td><td class="n">4.00</td><td class="n">2.00</td>' in html
    section = html.split("<h2>Scenario: who gains</h2>", 1)[1]
    assert 'alt="Scenario: who gains" src="data:image/png;base64,' in section.split("<table", 1)[0]
    summary = json.loads(Path(result["SUMMARY"]).read_text(encoding="utf-8"))
    assert summary["scenario"][0]["group"] == "all" and summary["scenario"][0]["change"] == 7.0
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", result["OUTPUT_PDF"], "-"], capture_output=True, text=True).stdout
        assert "Scenario: who gains" in text and "Decile 10" in text


def test_route_features_without_a_usable_line(conecta_plugin, corridor, tmp_path):
    # only a feature without geometry: nothing to add
    empty = route_layer([(None, ["S", 10, 24, "06:00", "08:00", "bus"])])
    with pytest.raises(QgsProcessingException, match="The new-routes layer routes has no line."):
        scenario(corridor, tmp_path / "new.zip", NEW_ROUTES=empty)
    # with a usable route beside it, the feature without geometry is skipped and said
    log = Log()
    mixed = route_layer(
        [(None, ["S", 10, 24, "06:00", "08:00", "bus"]), (LINE, ["OK", 10, 24, "06:00", "08:00", "bus"])]
    )
    scenario(corridor, tmp_path / "mixed.zip", log, NEW_ROUTES=mixed)
    assert "1 new-route features have no line geometry and were skipped." in log.warnings
    # a one-point line, kept by the "do not filter" setting, has no line to run on
    point_line = route_layer([([(100, 100)], ["P", 10, 24, "06:00", "08:00", "bus"])])
    with pytest.raises(QgsProcessingException, match="New route P has no line with two distinct points."):
        scenario(
            corridor,
            tmp_path / "p.zip",
            context=context_with(QgsFeatureRequest.GeometryNoCheck),
            NEW_ROUTES=point_line,
        )


def test_stops_of_unknown_routes_are_said(conecta_plugin, corridor, tmp_path):
    routes = route_layer([(LINE, ["BRT", 10, 24, "06:00", "08:00", "bus"])])
    stops = memory_layer(
        f"Point?crs={CRS}&field=route_id:string",
        [
            (f"POINT({X0} {Y0})", ["BRT"]),
            (f"POINT({X0 + 4000} {Y0})", ["BRT"]),
            (f"POINT({X0} {Y0 + 5})", ["LOST"]),
        ],
        "stops",
    )
    log = Log()
    scenario(corridor, tmp_path / "new.zip", log, NEW_ROUTES=routes, NEW_ROUTE_STOPS=stops)
    assert "Stops of route ids that no new route has were not used: LOST." in log.warnings


def test_an_elevation_raster_of_complex_numbers_is_refused(conecta_plugin, tmp_path):
    from osgeo import gdal, osr

    path = tmp_path / "complex.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 20, 4, 1, gdal.GDT_CFloat32)
    dataset.SetGeoTransform((X0 - 100, 100, 0, Y0 + 200, 0, -100))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31982)
    dataset.SetProjection(srs.ExportToWkt())
    dataset = None
    with pytest.raises(QgsProcessingException, match="The elevation raster's first band must hold numbers"):
        street_matrix(hill(), {"A": (0, 0), "B": (1000, 0)}, 0, ELEVATION=str(path))


def test_a_trip_time_of_zero_is_refused(conecta_plugin, corridor, tmp_path):
    uri = f"LineString?crs={CRS}&field=route_id:string&field=headway_min:double&field=trip_min:double"
    layer = memory_layer(uri, [(line_wkt(LINE), ["S", 10, 0])])
    with pytest.raises(QgsProcessingException, match="The travel times of new route S must be above zero."):
        scenario(corridor, tmp_path / "new.zip", NEW_ROUTES=layer)


def test_a_feed_the_reader_cannot_read_is_deleted(conecta_plugin, corridor, tmp_path, monkeypatch):
    """The new feed is read back with Conecta's GTFS reader; if it refused it, the feed would not be left."""
    from conecta.processing.bridge import scenarios as bridge

    def refuse(path):
        raise ValueError("stop_times.txt lacks required columns")

    monkeypatch.setattr(bridge.core_gtfs, "read_gtfs", refuse)
    edits = table_layer(["action:string", "route_id:string"], [["remove_route", "R"]])
    with pytest.raises(
        QgsProcessingException, match="Conecta's GTFS reader cannot read the new feed: stop_times.txt"
    ):
        scenario(corridor, tmp_path / "new.zip", EDITS=edits)
    assert not (tmp_path / "new.zip").exists()


def test_street_scenario_applies_to_the_walking_legs_of_public_transport(conecta_plugin, tmp_path):
    # The corridor's only route is far away: A (x = 0) → B (x = 6,000 m) is a walk along the residential
    # street at 1 m/s, 100 min. A speed-factor row for walking (residential × 0.5 from 07:00 to 09:00) makes
    # it 200 min at an 08:00 departure — beyond the 120-min walk limit, so the pair is unreachable — and
    # leaves it at 100 min at noon (outside the band).
    gtfs = corridor_feed(tmp_path / "feed.zip")
    zones = corridor_zones()
    assert transit_p50(gtfs, zones)[("A", "B")] == pytest.approx(100.0, abs=0.5)
    table = speed_table(tmp_path, ["residential,07:00,09:00,0.5,walk"])
    walked = transit_p50(gtfs, zones, SPEED_FACTORS=table, MAX_WALK_TIME=240, MAX_TRIP_DURATION=300)
    assert walked[("A", "B")] == pytest.approx(200.0, abs=0.5)
    noon = transit_p50(gtfs, zones, SPEED_FACTORS=table, DEPARTURE_TIME="12:00")
    assert noon[("A", "B")] == pytest.approx(100.0, abs=0.5)
    # the corridor in three pieces; closing the middle one (a line along it) cuts the only way from A to B
    pieces = streets(
        [([(a, 0), (b, 0)], ["residential", None]) for a, b in ((-500, 2500), (2500, 3500), (3500, 7000))]
    )
    closed = route_layer([([(2500, 0), (3500, 0)], [None] * 6)], name="closed")
    cut = transit_p50(gtfs, zones, NETWORK=pieces, CLOSED_LINKS=closed)
    assert ("A", "B") not in cut and cut[("A", "A")] == 0.0
    # closing the whole street is said as such
    everything = route_layer([([(-500, 0), (7000, 0)], [None] * 6)], name="closed")
    with pytest.raises(QgsProcessingException, match="The closed links close every street of the network"):
        transit_p50(gtfs, zones, CLOSED_LINKS=everything)


def test_a_street_scenario_without_a_street_network_is_refused(conecta_plugin, tmp_path):
    gtfs = corridor_feed(tmp_path / "feed.zip")
    table = speed_table(tmp_path, ["residential,07:00,09:00,0.5,walk"])
    with pytest.raises(QgsProcessingException, match="give the street network too"):
        transit_p50(gtfs, corridor_zones(), NETWORK=None, SPEED_FACTORS=table)


def test_transit_isochrones_walk_at_the_scenario_speed(conecta_plugin, tmp_path):
    # From x = 1,000 m on the corridor (no route nearby), 20 min of walking. The 30 m buffer is taken off the
    # budget at the network's walking speed (1 m/s: 30 s), so 1,170 s are walked: 1,170 m at 1 m/s, 585 m with
    # residential × 0.5 for walking at 08:00; the isochrone's east edge lies there plus the 30 m buffer.
    gtfs = corridor_feed(tmp_path / "feed.zip")
    table = speed_table(tmp_path, ["residential,07:00,09:00,0.5,walk"])
    east = {}
    for name, extra in (("free", {}), ("slow", {"SPEED_FACTORS": table})):
        parameters = {
            "GTFS": [gtfs], "DATE": "2019-05-13", "DEPARTURE_TIME": "08:00", "TIME_WINDOW": 10,
            "NETWORK": corridor_street(), "INPUT": points({"P": (1000, 0)}), "ID_FIELD": "id",
            "INTERVALS": "20", "BUFFER": 30, "OUTPUT": "memory:", **extra,
        }  # fmt: skip
        out = processing.run("conecta:transitisochrones", parameters, feedback=Log())["OUTPUT"]
        east[name] = max(f.geometry().boundingBox().xMaximum() for f in out.getFeatures()) - X0
    assert east["free"] == pytest.approx(1000 + 1170 * 1.0 + 30, abs=0.01)
    assert east["slow"] == pytest.approx(1000 + 1170 * 0.5 + 30, abs=0.01)
