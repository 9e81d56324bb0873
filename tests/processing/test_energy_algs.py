"""The energy group through Processing: conecta:busactivity, busemissions, ebusenergy and scenario2030 on the
hand-made feed (tests/handmade_gtfs.py) with answers computed by hand, on the issue's bad input (each a
clear message and a complete output or none, inputs unchanged), on the Porto Alegre sample, and in Spanish.

Hand-made feed: U = R × 0.009° ≈ 1.00075 km. Between 06:00 and 08:00 route R1 runs 16 trips of 4 U along
its shape (12 min each; times only at the first and last stop, so B and C are interpolated) and route R2
(no shape: straight line × 1.3) runs 5 trips of 2 U (20 min each, blocks X and Y in block_id).
"""

from __future__ import annotations

import math

import pandas as pd
import processing
import pytest
from handmade_gtfs import DATE, R_EARTH_M, write_handmade_feed, write_handmade_variant
from processing_helpers import digest, model_step, static
from qgis.core import (
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from data_paths import shared
from feedback_log import Log
from layers import memory_layer

U_KM = R_EARTH_M * math.radians(0.009) / 1000.0
R1_KM = 16 * 4 * U_KM
R2_KM = 5 * 2 * U_KM * 1.3
WINDOW = {"START_TIME": "06:00", "END_TIME": "08:00"}
# CETESB, calendar year 2020, model year 2015, urban diesel bus (ônibus urbano), g/km, as published in the
# CETESB road-vehicle emissions report and shipped by gtfs2emis (issue 15's validation values)
CETESB_2015 = {"co2": 1338.58, "fc": 426.63, "nox": 2.71, "pm10": 0.024}
FLEET_COLUMNS = "route_id,size,fuel,euro,model_year,share\n"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Every test reads its feeds (the day cache would hide a feed rewritten under the same name)."""
    from conecta.processing.bridge.energy import DAY_CACHE

    DAY_CACHE.clear()
    yield
    DAY_CACHE.clear()


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    return str(write_handmade_feed(tmp_path_factory.mktemp("hand") / "hand.zip"))


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(name, parameters, context=None, feedback=None):
    log = feedback or Log()
    if context is None:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
    result = processing.run(f"conecta:{name}", parameters, context=context, feedback=log)
    return result, log


def table(path):
    return pd.read_csv(path, dtype={"route_id": str, "block_id": str, "terminal": str})


def layer(path):
    out = QgsVectorLayer(str(path), "out", "ogr")
    assert out.isValid(), path
    return out


def outputs(tmp_path, *keys):
    """File destinations for ``keys`` in ``tmp_path`` (GeoPackage for layers with geometry, else CSV)."""
    suffix = {"OUTPUT_SEGMENTS": ".gpkg", "OUTPUT_ZONES": ".gpkg", "OUTPUT_CHART": ".png"}
    return {key: str(tmp_path / f"{key.lower()}{suffix.get(key, '.csv')}") for key in keys}


ACTIVITY_OUT = ("OUTPUT_SEGMENTS", "OUTPUT_ROUTES", "OUTPUT_HOURLY")


# ------------------------------------------------------------------ busactivity


def test_activity_by_hand(conecta_plugin, feed, tmp_path):
    files = outputs(tmp_path, *ACTIVITY_OUT)
    result, log = run("busactivity", {"GTFS": [feed], "DATE": DATE, **WINDOW, **files})
    routes = table(files["OUTPUT_ROUTES"]).set_index("route_id")
    assert list(routes.reset_index().columns) == [
        "route_id",
        "trips",
        "revenue_km",
        "vehicle_hours",
        "mean_speed_kmh",
    ]
    assert routes.loc["R1", "trips"] == 16 and routes.loc["R2", "trips"] == 5
    assert routes.loc["R1", "revenue_km"] == pytest.approx(R1_KM, rel=1e-6)
    assert routes.loc["R2", "revenue_km"] == pytest.approx(R2_KM, rel=1e-9)
    assert routes.loc["R1", "vehicle_hours"] == pytest.approx(16 * 12 / 60)
    assert routes.loc["R2", "vehicle_hours"] == pytest.approx(5 * 20 / 60)
    assert routes.loc["R1", "mean_speed_kmh"] == pytest.approx(4 * U_KM / 0.2, rel=1e-6)
    assert result["REVENUE_KM"] == pytest.approx(R1_KM + R2_KM, rel=1e-6) and result["TRIPS"] == 21
    hourly = table(files["OUTPUT_HOURLY"]).set_index("hour")
    assert hourly["trips"].to_dict() == {6: 12, 7: 9}  # 8 + 4 R2 departures in 06:xx, 8 + x3 in 07:xx
    # R2 has no shape: warned, measured straight × 1.3
    assert "5 trips have no usable shape (e.g. x1, x2, x3, y1, y2)" in log.text()


def test_segments_follow_the_shape_with_interpolated_times(conecta_plugin, feed, tmp_path):
    files = outputs(tmp_path, *ACTIVITY_OUT)
    run("busactivity", {"GTFS": feed, "DATE": DATE, **WINDOW, **files})
    segments = layer(files["OUTPUT_SEGMENTS"])
    assert segments.featureCount() == 16 * 3 + 5
    names = segments.fields().names()
    assert {"route_id", "trip_id", "hour", "dist_km", "speed_kmh"} <= set(names)
    by_key = {(f["trip_id"], f["from_stop_id"]): f for f in segments.getFeatures()}
    a_b, b_c = by_key[("r1a_0600", "A")], by_key[("r1a_0600", "B")]
    # B has no time: 1/4 of the way along the shape → 06:03; A→B is U in 3 minutes
    assert a_b["speed_kmh"] == pytest.approx(U_KM / (3 / 60), rel=1e-6) and a_b["hour"] == 6
    assert b_c["dist_km"] == pytest.approx(2 * U_KM, rel=1e-6)
    # B→C goes round the jog: B, the two shape corners, C (lon, lat)
    vertices = [c for p in b_c.geometry().asPolyline() for c in (p.x(), p.y())]
    assert vertices == pytest.approx([0, 0.009, 0.0045, 0.009, 0.0045, 0.018, 0, 0.018])


def test_feed_without_shapes_uses_straight_lines_and_warns(conecta_plugin, tmp_path):
    feed = str(write_handmade_variant(tmp_path / "noshapes.zip", drop=("shapes.txt",)))
    files = outputs(tmp_path, *ACTIVITY_OUT)
    result, log = run("busactivity", {"GTFS": feed, "DATE": DATE, **WINDOW, "ROUTES": "R1", **files})
    # A-B-C-D straight is 3 U, × 1.3, for each of the 16 trips
    assert result["REVENUE_KM"] == pytest.approx(16 * 3 * U_KM * 1.3, rel=1e-9)
    assert (
        "The feed(s) have no shapes.txt: every distance is the straight line between stops × 1.3"
        in log.text()
    )
    assert layer(files["OUTPUT_SEGMENTS"]).featureCount() == 16 * 3


def test_zero_and_negative_scheduled_times(conecta_plugin, tmp_path):
    # r1b_0745 has a zero-time segment (C 07:48 → B 07:48); add a trip that ends before it starts
    base = write_handmade_feed(tmp_path / "h.zip")
    import zipfile

    with zipfile.ZipFile(base) as z:
        trips = z.read("trips.txt").decode() + "R1,WK,r1a_back,0,,R1-0\n"
        stop_times = (
            z.read("stop_times.txt").decode()
            + "r1a_back,06:30:00,06:30:00,A,1\nr1a_back,06:20:00,06:20:00,D,2\n"
        )
    feed = str(write_handmade_variant(tmp_path / "times.zip", trips_txt=trips, stop_times_txt=stop_times))
    files = outputs(tmp_path, *ACTIVITY_OUT)
    result, log = run("busactivity", {"GTFS": feed, "DATE": DATE, **WINDOW, **files})
    assert "1 trips end before or when they start (e.g. r1a_back): they are left out." in log.warnings
    assert any(
        w.startswith("1 segments have a scheduled time of zero or less (e.g. trips r1b_0745)")
        for w in log.warnings
    )
    assert result["TRIPS"] == 21
    zero = next(
        f
        for f in layer(files["OUTPUT_SEGMENTS"]).getFeatures()
        if f["trip_id"] == "r1b_0745" and f["from_stop_id"] == "C"
    )
    assert zero["speed_replaced"] and zero["speed_kmh"] == pytest.approx(4 * U_KM / 0.2, rel=1e-6)


def no_trip_runs_on_the_date(tmp_path, name, calendar_dates):
    """conecta:busactivity on DATE of a variant of the hand-made feed with ``calendar_dates`` fails, saying that
    no trip runs that day and the feed's service dates; the feed and the outputs asked for."""
    feed = str(write_handmade_variant(tmp_path / name, calendar_dates_txt=calendar_dates))
    files = outputs(tmp_path, *ACTIVITY_OUT)
    with pytest.raises(
        QgsProcessingException,
        match=r"No trip runs on 2024-03-04 \(a holiday, or a weekday without service\?\): the feed\(s\) have "
        r"service from 2024-01-01 to 2024-12-31",
    ):
        run("busactivity", {"GTFS": feed, "DATE": DATE, **files})
    return feed, files


def test_date_without_service_and_outside_the_calendar(conecta_plugin, tmp_path):
    holiday = "service_id,date,exception_type\nWK,20240304,2\n"
    feed, files = no_trip_runs_on_the_date(tmp_path, "holiday.zip", holiday)
    with pytest.raises(
        QgsProcessingException,
        match="outside the GTFS calendar: the feed.s. run from 2024-01-01 to 2024-12-31",
    ):
        run("busactivity", {"GTFS": feed, "DATE": "2025-01-06", **files})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["holiday.zip", "holiday_base.zip"]  # no output


def test_a_date_whose_only_service_has_no_trip(conecta_plugin, tmp_path):
    # calendar_dates.txt takes the weekday service off on the test date and adds a service no trip uses
    dates = "service_id,date,exception_type\nWK,20240304,2\nSPECIAL,20240304,1\n"
    no_trip_runs_on_the_date(tmp_path, "special.zip", dates)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["special.zip", "special_base.zip"]  # no output


def test_window_and_route_texts(conecta_plugin, feed, tmp_path):
    files = outputs(tmp_path, *ACTIVITY_OUT)
    with pytest.raises(
        QgsProcessingException, match="Times must be written HH:MM, for example 07:00 and 09:00; got '6h'"
    ):
        run("busactivity", {"GTFS": feed, "DATE": DATE, "START_TIME": "6h", **files})
    with pytest.raises(
        QgsProcessingException, match="The time window must end after it starts: 08:00 to 06:00"
    ):
        run("busactivity", {"GTFS": feed, "DATE": DATE, "START_TIME": "08:00", "END_TIME": "06:00", **files})
    with pytest.raises(
        QgsProcessingException, match="No bus trip starts between 23:00 and 23:30 on 2024-03-04"
    ):
        run("busactivity", {"GTFS": feed, "DATE": DATE, "START_TIME": "23:00", "END_TIME": "23:30", **files})
    with pytest.raises(QgsProcessingException, match=r"None of the routes given \(R7\) is in the GTFS feed"):
        run("busactivity", {"GTFS": feed, "DATE": DATE, "ROUTES": "R7", **files})
    result, log = run("busactivity", {"GTFS": feed, "DATE": DATE, **WINDOW, "ROUTES": "R2, R7", **files})
    assert (
        result["TRIPS"] == 5
        and "Routes not in the feed(s) (neither a route_id nor a short name): R7." in log.warnings
    )


# ------------------------------------------------------------------ busemissions


EMISSIONS_OUT = ("OUTPUT_SEGMENTS", "OUTPUT_ROUTES", "OUTPUT_HOURLY")


def emissions(feed, fleet_text, tmp_path, **extra):
    fleet = write(tmp_path / "fleet.csv", FLEET_COLUMNS + fleet_text)
    files = outputs(tmp_path, *EMISSIONS_OUT, *(["OUTPUT_ZONES"] if "ZONES" in extra else []))
    params = {"GTFS": feed, "DATE": DATE, **WINDOW, "FLEET": fleet, "EF_SOURCE": 0, **files, **extra}
    result, log = run("busemissions", params)
    return result, log, files


def test_cetesb_emissions_by_hand(conecta_plugin, feed, tmp_path):
    result, log, files = emissions(feed, ",standard,diesel,,2015,1\n", tmp_path)
    routes = table(files["OUTPUT_ROUTES"]).set_index("route_id")
    assert list(routes.reset_index().columns)[:7] == [
        "route_id",
        "revenue_km",
        "co2_kg",
        "fc_kg",
        "nox_g",
        "pm10_g",
        "energy_kwh",
    ]
    assert list(routes.columns[6:]) == ["co2_bio_kg", "co2_grid_kg"]
    for route, km in (("R1", R1_KM), ("R2", R2_KM)):
        assert routes.loc[route, "co2_kg"] == pytest.approx(km * CETESB_2015["co2"] / 1000, rel=1e-5)
        assert routes.loc[route, "fc_kg"] == pytest.approx(km * CETESB_2015["fc"] / 1000, rel=1e-5)
        assert routes.loc[route, "nox_g"] == pytest.approx(km * CETESB_2015["nox"], rel=2e-3)
        assert routes.loc[route, "pm10_g"] == pytest.approx(km * CETESB_2015["pm10"], rel=2e-2)
        assert routes.loc[route, "energy_kwh"] == 0 and routes.loc[route, "co2_grid_kg"] == 0
    assert result["CO2_T"] == pytest.approx((R1_KM + R2_KM) * CETESB_2015["co2"] / 1e6, rel=1e-5)
    hourly = table(files["OUTPUT_HOURLY"])
    assert hourly["co2_kg"].sum() == pytest.approx(routes["co2_kg"].sum(), rel=1e-9)
    # along the streets: a line per route and stop-to-stop piece, the day's trips summed: R1 runs A-B-C-D
    # and D-C-B-A (3 pieces each, 8 trips each way), R2 E-F and F-E (1 piece each)
    streets = {
        (f["route_id"], f["from_stop_id"], f["to_stop_id"]): f
        for f in layer(files["OUTPUT_SEGMENTS"]).getFeatures()
    }
    assert len(streets) == 8
    b_c = streets[("R1", "B", "C")]
    assert b_c["trips"] == 8 and b_c["bus_km"] == pytest.approx(8 * 2 * U_KM, rel=1e-6)
    assert b_c["co2_g"] == pytest.approx(8 * 2 * U_KM * CETESB_2015["co2"], rel=1e-5)
    assert sum(f["co2_g"] for f in streets.values()) == pytest.approx(routes["co2_kg"].sum() * 1000, rel=1e-9)


def test_electric_buses_get_energy_and_grid_co2(conecta_plugin, feed, tmp_path):
    fleet = ",standard,diesel,,2015,0.5\n,standard,electric,,,0.5\n"
    result, log, files = emissions(feed, fleet, tmp_path, GRID_FACTOR="Brazil", POLLUTANTS=[0, 1, 2, 3, 4])
    routes = table(files["OUTPUT_ROUTES"]).set_index("route_id")
    # 12 m e-bus 1.1 kWh/km (Bogotá and Montevideo tests); Brazil SIN 2023 0.0385 kg CO2/kWh (MCTI)
    kwh = 0.5 * R1_KM * 1.1
    assert routes.loc["R1", "energy_kwh"] == pytest.approx(kwh, rel=1e-6)
    assert routes.loc["R1", "co2_grid_kg"] == pytest.approx(kwh * 0.0385, rel=1e-6)
    assert routes.loc["R1", "co2_kg"] == pytest.approx(0.5 * R1_KM * CETESB_2015["co2"] / 1000, rel=1e-5)
    assert "co_g" in routes.columns and list(routes.columns).index("co_g") == 6  # after the fixed fields
    assert result["CO2_GRID_T"] == pytest.approx(0.5 * (R1_KM + R2_KM) * 1.1 * 0.0385 / 1000, rel=1e-6)
    assert any(
        line.startswith("Electric buses: ") and "0.0385 kg CO2/kWh (Brazil, 2023)" in line
        for line in log.infos
    )


def test_grid_factor_missing_or_unknown_country(conecta_plugin, feed, tmp_path):
    fleet = ",standard,electric,,,1\n"
    with pytest.raises(
        QgsProcessingException,
        match="The fleet has electric buses: give a grid emission factor .* Argentina, Brazil, Chile, Colombia, Mexico",
    ):
        emissions(feed, fleet, tmp_path)
    with pytest.raises(
        QgsProcessingException, match="No grid emission factor preset for 'Peru' .*give a value in kg CO2/kWh"
    ):
        emissions(feed, fleet, tmp_path, GRID_FACTOR="Peru")
    with pytest.raises(
        QgsProcessingException, match="Grid emission factor -0.1 is not a non-negative number"
    ):
        emissions(feed, fleet, tmp_path, GRID_FACTOR="-0.1")
    assert not any(p.name.startswith("output_") for p in tmp_path.iterdir())
    result, _, _ = emissions(feed, fleet, tmp_path, GRID_FACTOR="0,2")  # decimal comma
    assert result["CO2_GRID_T"] == pytest.approx((R1_KM + R2_KM) * 1.1 * 0.2 / 1000, rel=1e-6)


def test_fleet_routes_not_in_the_feed_and_feed_routes_not_in_fleet(conecta_plugin, feed, tmp_path):
    fleet = ",standard,diesel,,2015,1\nR2,articulated,diesel,,2015,1\nR9,standard,diesel,,2015,1\n"
    _, log, files = emissions(feed, fleet, tmp_path)
    assert (
        "1 FLEET routes have no bus trip in the activity (not in the feed, not running that day or in that window, or not buses): R9."
        in log.warnings
    )
    assert "1 routes have no FLEET rows: they get the default mix (e.g. R1)." in log.infos
    routes = table(files["OUTPUT_ROUTES"]).set_index("route_id")
    # R2 with its own articulated buses: CETESB articulated bus of model year 2015, 1702.73 g/km (issue 15)
    assert routes.loc["R2", "co2_kg"] == pytest.approx(R2_KM * 1702.73 / 1000, rel=1e-5)
    fleet = "R1,standard,diesel,,2015,1\n"
    with pytest.raises(
        QgsProcessingException,
        match=r"1 route\(s\) of the activity have no FLEET rows and FLEET has no default rows .*e\.g\. R2",
    ):
        emissions(feed, fleet, tmp_path)


def test_shares_not_summing_to_one_and_unknown_classes(conecta_plugin, feed, tmp_path):
    with pytest.raises(
        QgsProcessingException,
        match=r"FLEET shares must sum to 1 per route; they do not for 1 route\(s\) .*: \(empty route_id\): 0.9",
    ):
        emissions(feed, ",standard,diesel,,2015,0.6\n,midi,diesel,,2015,0.3\n", tmp_path)
    with pytest.raises(QgsProcessingException, match="Euro class 'X5' in FLEET is not a Euro class"):
        emissions(feed, ",standard,diesel,X5,,1\n", tmp_path, EF_SOURCE=1)
    _, log, files = emissions(
        feed, ",standard,diesel,VII,,0.5\n,standard,diesel,,2030,0.5\n", tmp_path, EF_SOURCE=2
    )
    assert (
        "1 FLEET rows: Euro VII is computed as Euro VI, the nearest class the factor source documents."
        in log.warnings
    )
    assert (
        "1 FLEET rows: model year 2030 is computed as model year 2020, the nearest one CETESB documents."
        in log.warnings
    )
    assert table(files["OUTPUT_ROUTES"])["co2_kg"].gt(0).all()


def test_emissions_by_zone_and_per_km2(conecta_plugin, feed, tmp_path):
    south = "POLYGON((-0.01 -0.001, 0.02 -0.001, 0.02 0.0135, -0.01 0.0135, -0.01 -0.001))"
    north = "POLYGON((-0.01 0.0135, 0.02 0.0135, 0.02 0.03, -0.01 0.03, -0.01 0.0135))"
    zones = memory_layer(
        "Polygon?crs=EPSG:4326&field=name:string", [(south, ["south"]), (north, ["north"])], "halves"
    )
    result, log, files = emissions(feed, ",standard,diesel,,2015,1\n", tmp_path, ZONES=zones, ZONES_ID="name")
    out = {f["name"]: f for f in layer(files["OUTPUT_ZONES"]).getFeatures()}
    # R1's shape is 2 U south of lat 0.0135 (A-B and half of the jog) and 2 U north; R2 runs outside both
    for name in ("south", "north"):
        assert out[name]["revenue_km"] == pytest.approx(R1_KM / 2, rel=1e-3)
        assert out[name]["co2_kg"] == pytest.approx(R1_KM / 2 * CETESB_2015["co2"] / 1000, rel=1e-3)
        area = QgsDistanceArea()
        area.setEllipsoid("WGS84")
        km2 = area.measureArea(out[name].geometry()) / 1e6
        assert out[name]["co2_kg_per_km2"] == pytest.approx(out[name]["co2_kg"] / km2, rel=5e-3)
    assert any(line.startswith("13.0 bus-km") and "run outside every zone" in line for line in log.infos)


def zones_with_a_bow_tie():
    square = "POLYGON((-0.01 -0.001, 0.02 -0.001, 0.02 0.03, -0.01 0.03, -0.01 -0.001))"
    bow_tie = "POLYGON((0.09 0.0, 0.11 0.02, 0.11 0.0, 0.09 0.02, 0.09 0.0))"
    return memory_layer(
        "Polygon?crs=EPSG:4326&field=name:string", [(square, ["line R1"]), (bow_tie, ["bow tie"])], "zones"
    )


@pytest.mark.parametrize(
    "check",
    [
        QgsFeatureRequest.GeometryAbortOnInvalid,
        QgsFeatureRequest.GeometrySkipInvalid,
        QgsFeatureRequest.GeometryNoCheck,
    ],
)
def test_invalid_zone_geometry_in_the_three_settings(conecta_plugin, feed, tmp_path, check):
    fleet = write(tmp_path / "fleet.csv", FLEET_COLUMNS + ",standard,diesel,,2015,1\n")
    files = outputs(tmp_path, *EMISSIONS_OUT, "OUTPUT_ZONES")
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(check)
    params = {
        "GTFS": feed,
        "DATE": DATE,
        **WINDOW,
        "FLEET": fleet,
        "EF_SOURCE": 0,
        "ZONES": zones_with_a_bow_tie(),
        "ZONES_ID": "name",
        **files,
    }
    if check == QgsFeatureRequest.GeometryAbortOnInvalid:
        with pytest.raises(QgsProcessingException, match="Feature \\(2\\) from “zones” has invalid geometry"):
            run("busemissions", params, context)
        assert not any(p.name.startswith("output_") for p in tmp_path.iterdir())
        return
    _, log = run("busemissions", params, context)
    out = {f["name"]: f for f in layer(files["OUTPUT_ZONES"]).getFeatures()}
    assert out["line R1"]["revenue_km"] == pytest.approx(R1_KM, rel=1e-6)
    if check == QgsFeatureRequest.GeometrySkipInvalid:
        assert "bow tie" not in out
        assert "1 features of zones have an invalid geometry and were skipped (ids 2)." in log.warnings
    else:  # repaired: the bow tie's two triangles hold R2 (x = 0.1, from lat 0 to 0.018)
        assert out["bow tie"]["revenue_km"] > 0
        assert any(
            w.startswith("1 features of zones had an invalid geometry and were repaired (ids 2)")
            for w in log.warnings
        )


def test_inputs_unchanged_and_a_cancelled_run_leaves_nothing(conecta_plugin, tmp_path):
    feed = str(write_handmade_feed(tmp_path / "hand.zip"))
    fleet = write(tmp_path / "fleet.csv", FLEET_COLUMNS + ",standard,diesel,,2015,1\n")
    before = digest(feed), digest(fleet)

    class CancelDuringEmissions(QgsProcessingFeedback):
        def isCanceled(self):
            return self.progress() >= 45 or super().isCanceled()

    files = outputs(tmp_path, *EMISSIONS_OUT)
    params = {"GTFS": feed, "DATE": DATE, "FLEET": fleet, **files}
    result = processing.run("conecta:busemissions", params, feedback=CancelDuringEmissions())
    assert result.get("OUTPUT_SEGMENTS") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fleet.csv", "hand.zip"]  # no output, no staging
    assert (digest(feed), digest(fleet)) == before


def test_a_cancel_while_the_zone_shares_are_measured_leaves_nothing(conecta_plugin, feed, tmp_path):
    import sys

    class CancelInZoneShares(QgsProcessingFeedback):
        """Cancelled once the bus-km of the segment lines are being shared between the zones."""

        def isCanceled(self):  # noqa: N802 (QGIS API)
            return sys._getframe(1).f_code.co_name == "link_zone_shares" or super().isCanceled()

    zones = memory_layer(
        "Polygon?crs=EPSG:4326&field=name:string",
        [("POLYGON((-0.01 -0.001, 0.2 -0.001, 0.2 0.03, -0.01 0.03, -0.01 -0.001))", ["all"])],
        "all",
    )
    fleet = write(tmp_path / "fleet.csv", FLEET_COLUMNS + ",standard,diesel,,2015,1\n")
    files = outputs(tmp_path, *EMISSIONS_OUT, "OUTPUT_ZONES")
    params = {"GTFS": feed, "DATE": DATE, "FLEET": fleet, "ZONES": zones, "ZONES_ID": "name", **files}
    feedback = CancelInZoneShares()
    result = processing.run("conecta:busemissions", params, feedback=feedback)
    assert result.get("OUTPUT_ZONES") is None and result.get("OUTPUT_SEGMENTS") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fleet.csv"]  # no output, no staging


def test_avoided_co2_of_metrobus_line_3_through_the_algorithm(conecta_plugin, feed, tmp_path):
    # Published: Line 3's 60 electric articulated buses avoid more than 7,500 t CO2 a year (SEMOVI, 20 Feb
    # 2023). Inputs (docs/factors.md): 62 million km in almost 12 years on the line → 5.17 million km a year;
    # diesel: CETESB articulated bus of model year 2011 (the line opened in 2011); electric: 1.2 kWh/km
    # (ICCT/ZEBRA) on Mexico's grid, 0.423 kg CO2/kWh (CRE/SEMARNAT 2021). The test feed's km stand for
    # any km: the avoided CO2 per km is what the algorithm gives.
    (tmp_path / "diesel").mkdir()
    (tmp_path / "electric").mkdir()
    diesel, _, _ = emissions(feed, ",articulated,diesel,,2011,1\n", tmp_path / "diesel")
    electric, _, _ = emissions(
        feed, ",articulated,electric,,,1\n", tmp_path / "electric", GRID_FACTOR="Mexico"
    )
    per_km = (diesel["CO2_T"] - electric["CO2_GRID_T"]) / diesel["REVENUE_KM"]
    avoided = per_km * 62e6 / 12
    assert per_km == pytest.approx((1811.9 - 1.2 * 423) / 1e6, rel=1e-4)  # t/km by hand
    assert abs(avoided / 7500 - 1) <= 0.25


# ------------------------------------------------------------------ ebusenergy


ENERGY_OUT = ("OUTPUT_BLOCKS", "OUTPUT_ROUTES", "OUTPUT_TERMINALS", "OUTPUT_PROFILE", "OUTPUT_CHART")


def test_ebus_energy_by_hand(conecta_plugin, feed, tmp_path):
    files = outputs(tmp_path, *ENERGY_OUT)
    params = {
        "GTFS": feed,
        "DATE": DATE,
        **WINDOW,
        "MIN_LAYOVER": 0,
        "AMBIENT_TEMPERATURE": 30,
        "BATTERY_KWH": 20,
        **files,
    }
    result, log = run("ebusenergy", params)
    blocks = table(files["OUTPUT_BLOCKS"]).set_index("block_id")
    # R2: blocks X and Y of the feed; R1: each bus shuttles A ⇄ D with 3 min at each end: 2 buses
    assert result["FLEET_NEEDED"] == 4 and set(blocks.index) == {"X", "Y", "chain:R1:1", "chain:R1:2"}
    x = blocks.loc["X"]
    # X: 3 trips of 2 U × 1.3 in 1 h (slow: 1.3 kWh/km for 12 m), 06:00-07:20 in service, HVAC 10 kW at 30 °C
    energy = 3 * 2 * U_KM * 1.3 * 1.3 + 10.0 * 80 / 60
    assert x["energy_kwh"] == pytest.approx(energy, rel=1e-9)
    # battery 20 kWh × (0.9 − 0.1) = 16 kWh: X needs opportunity charging where it waits longest, E (15 min)
    assert not x["feasible"] and x["charging"] == "needs opportunity charging" and x["charge_terminal"] == "E"
    assert x["opportunity_kw"] == pytest.approx((energy - 16) / (0.25 * 0.92), rel=1e-9)
    terminals = table(files["OUTPUT_TERMINALS"]).set_index("terminal")
    assert terminals.loc["E", "chargers"] == 1 and terminals.loc["E", "stop_name"] == "E"
    assert "3 blocks need more than the 16 kWh the battery can give" in log.text()
    profile = table(files["OUTPUT_PROFILE"])
    depot = blocks["depot_kwh"].sum()
    assert profile.loc[profile["location"] == "depot", "kw"].sum() == pytest.approx(depot / 0.92, rel=1e-9)
    assert (tmp_path / "output_chart.png").stat().st_size > 1000


def test_ebus_bad_battery_and_window(conecta_plugin, feed, tmp_path):
    files = outputs(tmp_path, *ENERGY_OUT)
    base = {"GTFS": feed, "DATE": DATE, **files}
    with pytest.raises(
        QgsProcessingException, match=r"The battery must hold a positive energy \(got 0 kWh\)"
    ):
        run("ebusenergy", {**base, "BATTERY_KWH": 0})
    with pytest.raises(
        QgsProcessingException, match=r"0 ≤ reserve < usable ≤ 1 \(got usable 0.5, reserve 0.5\)"
    ):
        run("ebusenergy", {**base, "USABLE_SHARE": 0.5, "RESERVE_SHARE": 0.5})
    with pytest.raises(QgsProcessingException, match="Charger powers must be positive"):
        run("ebusenergy", {**base, "DEPOT_CHARGER_KW": 0})
    with pytest.raises(QgsProcessingException, match="overnight charging window must last more than 0"):
        run("ebusenergy", {**base, "OVERNIGHT_HOURS": 0})
    with pytest.raises(QgsProcessingException, match="Give the start of overnight charging as HH:MM"):
        run("ebusenergy", {**base, "OVERNIGHT_START": "late"})
    assert not any(p.name.startswith("output_") for p in tmp_path.iterdir())


def test_ebus_sizes_from_the_fleet_table(conecta_plugin, feed, tmp_path):
    fleet = write(tmp_path / "fleet.csv", FLEET_COLUMNS + "R2,articulated,electric,,,1\n")
    files = outputs(tmp_path, *ENERGY_OUT)
    _, log = run(
        "ebusenergy", {"GTFS": feed, "DATE": DATE, **WINDOW, "FLEET": fleet, "MIN_LAYOVER": 0, **files}
    )
    blocks = table(files["OUTPUT_BLOCKS"]).set_index("block_id")
    assert blocks.loc["X", "size"] == "articulated" and blocks.loc["chain:R1:1", "size"] == "standard"
    assert "1 routes are not in FLEET: their buses are of size standard." in log.infos


# ------------------------------------------------------------------ scenario2030


MODES = "mode,share,trip_km\ncar,0.5,10\nbus,0.5,8\n"


def scenario(tmp_path, **extra):
    files = outputs(tmp_path, "OUTPUT", "OUTPUT_CHART")
    params = {
        "POPULATION": 1000,
        "TRIPS_PER_DAY": 2000,
        "BASE_YEAR": 2020,
        "GRID_FACTOR": "0.1",
        "DAYS_PER_YEAR": 1,
        **files,
        **extra,
    }
    result, log = run("scenario2030", params)
    return result, log, table(files["OUTPUT"])


def test_scenario_by_hand(conecta_plugin, tmp_path):
    modes = write(tmp_path / "modes.csv", MODES)
    levers = write(tmp_path / "levers.csv", "year,lever,mode,value\n2030,ev_share,bus,1\n")
    result, _, out = scenario(tmp_path, MODES=modes, LEVERS=levers)
    rows = out.set_index(["year", "mode"])
    # car: 2000 trips × 0.5 × 10 km = 10,000 pkm; 1.4 persons per car; 2.8 MJ/vkm; gasoline 69.3 g/MJ (IPCC)
    car_vkm = 10_000 / 1.4
    assert rows.loc[(2020, "car"), "pkm"] == pytest.approx(10_000)
    assert rows.loc[(2020, "car"), "co2_ttw_t"] == pytest.approx(car_vkm * 2.8 * 69.3 / 1e6, rel=1e-9)
    # bus: 8,000 pkm / 30 = 266.7 vkm × 15.5 MJ × diesel 74.1 g/MJ; in 2030 all electric: 1.1 kWh/km × 0.1 kg
    bus_vkm = 8000 / 30
    assert rows.loc[(2020, "bus"), "co2_ttw_t"] == pytest.approx(bus_vkm * 15.5 * 74.1 / 1e6, rel=1e-9)
    assert rows.loc[(2030, "bus"), "co2_ttw_t"] == 0
    assert rows.loc[(2030, "bus"), "energy_kwh"] == pytest.approx(bus_vkm * 1.1, rel=1e-9)
    assert rows.loc[(2030, "bus"), "co2_wtw_t"] == pytest.approx(bus_vkm * 1.1 * 0.1 / 1000, rel=1e-9)
    assert rows.loc[(2030, "bus"), "co2_wtw_bau_t"] == rows.loc[(2020, "bus"), "co2_wtw_t"]
    assert result["CO2_TARGET_T"] < result["CO2_BASE_T"]
    assert (tmp_path / "output_chart.png").stat().st_size > 1000


def test_scenario_from_the_od_table_and_distances(conecta_plugin, tmp_path):
    od = write(
        tmp_path / "od.csv",
        "from_id,to_id,trips,trips_walk,trips_car,trips_transit\n1,2,10,5,3,2\n1,3,5,0,5,0\n2,3,4,1,1,2\n",
    )
    distances = write(tmp_path / "km.csv", "from_id,to_id,distance_km\n1,2,2\n1,3,10\n")
    result, log, out = scenario(tmp_path, OD_TABLE=od, DISTANCES=distances, TRIPS_PER_DAY=0)
    rows = out.set_index(["year", "mode"])
    # car: 3 trips × 2 km + 5 × 10 km = 56 pkm over the 8 trips with a distance → 7 km a trip, × 9 car trips
    assert rows.loc[(2020, "car"), "pkm"] == pytest.approx(9 * 56 / 8)
    assert rows.loc[(2020, "bus"), "pkm"] == pytest.approx(4 * 2)  # transit trips run by bus, 2 km mean
    assert "1 OD pairs (4.0 trips) have no distance (e.g. 2-3)" in log.warnings[0]


@pytest.mark.parametrize(
    "extra, message",
    [
        (
            {"MODES": "mode,share,trip_km\ncar,0.6,10\nbus,0.5,8\n"},
            "Mode shares of base year sum to 1.1, not 1",
        ),
        ({"LEVERS": "year,lever,mode,value\n2030,teleport,,1\n"}, "Unknown lever 'teleport'"),
        (
            {"LEVERS": "year,lever,mode,value\n2010,grid_factor,,0.1\n"},
            "Lever years must be after the base year 2020",
        ),
        ({"MODES": "mode,share,trip_km\nhovercraft,1,3\n"}, "Mode hovercraft has no default parameters"),
        (
            {"MODES": "mode,share,trip_km\ncar,1,10\n", "POPULATION": 0, "CITY": 0},
            r"Give the scenario's population",
        ),
    ],
)
def test_scenario_bad_input(conecta_plugin, tmp_path, extra, message):
    extra = {
        k: (write(tmp_path / f"{k}.csv", v) if isinstance(v, str) and "\n" in v else v)
        for k, v in extra.items()
    }
    extra.setdefault("MODES", write(tmp_path / "modes.csv", MODES))
    with pytest.raises(QgsProcessingException, match=message):
        scenario(tmp_path, **extra)
    assert not (tmp_path / "output.csv").exists()


def test_city_preset_runs_with_its_sources(conecta_plugin, tmp_path):
    files = outputs(tmp_path, "OUTPUT", "OUTPUT_CHART")
    result, log = run("scenario2030", {"CITY": 1, "DAYS_PER_YEAR": 1, **files})
    out = table(files["OUTPUT"])
    # Metrô-SP OD 2017: 41.4 million trips a day, collective 37 % (modelled as bus), 9 km a trip (estimate)
    assert out.set_index("mode").loc["bus", "pkm"] == pytest.approx(41.4e6 * 0.37 * 9)
    assert "Base year 2017: 41,400,000 trips a day" in log.infos[0]


# ------------------------------------------------------------------ Porto Alegre and Spanish


def test_porto_alegre_day_leaves_rail_out(conecta_plugin, tmp_path):
    feeds = [str(shared("porto_alegre", "poa_eptc.zip")), "resources/sample/gtfs/poa_trensurb.zip"]
    files = outputs(tmp_path, *ACTIVITY_OUT)
    result, log = run("busactivity", {"GTFS": feeds, "DATE": "2019-05-13", **files})
    assert result["TRIPS"] == 2374  # every EPTC trip of the sample (data README); Trensurb is rail
    assert "2 routes of other modes (rail, metro…) are left out: 1:LINHA1, 1:LINHAAERO." in log.infos


def test_message_in_spanish(conecta_plugin, feed, tmp_path, spanish):
    assert str(spanish).endswith("conecta_es.qm")
    with pytest.raises(
        QgsProcessingException,
        match="Las participaciones de FLEET deben sumar 1 por ruta; no lo hacen en 1 ruta",
    ):
        emissions(feed, ",standard,diesel,,2015,0.6\n", tmp_path)


# ------------------------------------------------------------------ the city report's emissions section


@pytest.mark.parametrize(
    "language, title, headers",
    [
        (1, "Map: where the buses emit CO2", ["Route", "Bus-km", "CO2 (t)"]),
        (2, "Mapa: dónde emiten CO2 los autobuses", ["Ruta", "Km de autobús", "CO2 (t)"]),
        (3, "Mapa: onde os ônibus emitem CO2", ["Rota", "Km de ônibus", "CO2 (t)"]),
    ],
)
def test_report_has_the_emissions_section(conecta_plugin, feed, tmp_path, language, title, headers):
    from pdf_words import pdf_pages_words, words_outside

    south = "POLYGON((-0.01 -0.001, 0.02 -0.001, 0.02 0.0135, -0.01 0.0135, -0.01 -0.001))"
    north = "POLYGON((-0.01 0.0135, 0.02 0.0135, 0.02 0.03, -0.01 0.03, -0.01 0.0135))"
    zones = memory_layer(
        "Polygon?crs=EPSG:4326&field=name:string&field=access:double&field=population:double",
        [(south, ["south", 10.0, 100.0]), (north, ["north", 20.0, 50.0])],
        "halves",
    )
    _, _, files = emissions(feed, ",standard,diesel,,2015,1\n", tmp_path, ZONES=zones, ZONES_ID="name")
    modes = write(tmp_path / "modes.csv", MODES)
    levers = write(tmp_path / "levers.csv", "year,lever,mode,value\n2030,ev_share,bus,1\n")
    (tmp_path / "scenario").mkdir()
    scenario_files = outputs(tmp_path / "scenario", "OUTPUT")
    run("scenario2030", {"MODES": modes, "LEVERS": levers, "POPULATION": 1000, "TRIPS_PER_DAY": 2000,
                         "BASE_YEAR": 2020, "GRID_FACTOR": "0.1", **scenario_files})  # fmt: skip
    report = {
        "ZONES": zones,
        "ACCESS_FIELDS": ["access"],
        "POPULATION": "population",
        "CITY_NAME": "Hand",
        "LANGUAGE": language,
        "EMISSIONS_MAP": files["OUTPUT_ZONES"],
        "EMISSIONS_ROUTES": files["OUTPUT_ROUTES"],
        "SCENARIO_TABLE": scenario_files["OUTPUT"],
        "OUTPUT_HTML": str(tmp_path / "report.html"),
        "OUTPUT_PDF": str(tmp_path / "report.pdf"),
    }
    run("report", report)
    pages = pdf_pages_words(tmp_path / "report.pdf")
    assert not words_outside(pages)  # the longest translation fits the page
    words = [{w[0] for w in page[2]} for page in pages]
    map_page = next(n for n, page in enumerate(words) if set(title.split()) <= page)
    assert map_page == 1  # right after the accessibility map
    table = next(page for page in words if set(" ".join(headers).split()) <= page)
    assert {"R1", "R2"} <= table
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "gtfs2emis" in html and ">R1<" in html  # the references and the route table
    if language == 1:  # the scenario's table, a row per year, and its method note
        assert "CO2 of passenger transport, well-to-wheel" in html and ">2020<" in html and ">2030<" in html
        assert "Avoid-Shift-Improve-Fuel levers" in html


# ------------------------------------------------------------------ every other message, through the algorithms


def test_a_rail_feed_has_no_bus_route(conecta_plugin, tmp_path):
    files = outputs(tmp_path, *ACTIVITY_OUT)
    with pytest.raises(
        QgsProcessingException,
        match="No bus route runs on 2019-05-13: the 2 routes running that day are rail",
    ):
        run("busactivity", {"GTFS": "resources/sample/gtfs/poa_trensurb.zip", "DATE": "2019-05-13", **files})


def test_a_route_that_does_not_run_that_day(conecta_plugin, feed, tmp_path):
    # R2 runs on weekdays only; Saturday 2024-03-09 has R1's weekend trip
    with pytest.raises(QgsProcessingException, match="None of the routes R2 runs on 2024-03-09"):
        run(
            "busactivity",
            {"GTFS": feed, "DATE": "2024-03-09", "ROUTES": "R2", **outputs(tmp_path, *ACTIVITY_OUT)},
        )


@pytest.mark.parametrize(
    "fleet, extra, message",
    [
        (
            "route_id,size,fuel,euro\n,standard,diesel,V\n",
            {},
            r"FLEET lacks the field\(s\) share; its fields are route_id, size, fuel, euro",
        ),
        (
            FLEET_COLUMNS + ",double-decker,diesel,V,,1\n",
            {},
            "FLEET row 1: size 'double-decker' is not one of micro, midi",
        ),
        (
            FLEET_COLUMNS + ",standard,diesel,V,,lots\n",
            {},
            "FLEET row 1: share 'lots' is not a number from 0 to 1",
        ),
        (FLEET_COLUMNS + ",standard,diesel,,new,1\n", {}, "FLEET row 1: model_year 'new' is not a year"),
        (
            FLEET_COLUMNS + ",standard,diesel,,,1\n",
            {},
            "FLEET row 1: give the bus's euro class or model_year",
        ),
        (
            FLEET_COLUMNS + ",standard,cng,V,,1\n",
            {"EF_SOURCE": 0},
            "CETESB factors cover diesel buses only; FLEET rows with fuel cng",
        ),
        (FLEET_COLUMNS + ",standard,diesel,V,,1\n", {"BLENDS": "kerosene:0.1"}, "Blend given for 'kerosene'"),
        (FLEET_COLUMNS + ",standard,diesel,V,,1\n", {"BLENDS": "diesel:1.5"}, "Blend share of diesel is 1.5"),
        (FLEET_COLUMNS + ",standard,diesel,V,,1\n", {"BLENDS": "Peru"}, "No blend preset for 'Peru'"),
        (
            FLEET_COLUMNS + ",standard,diesel,V,,1\n",
            {"BLENDS": "diesel:lots"},
            "Write the blend as B12, diesel:0.12 or a country name; got 'diesel:lots'",
        ),
    ],
)
def test_bad_fleet_and_blends(conecta_plugin, feed, tmp_path, fleet, extra, message):
    files = outputs(tmp_path, *EMISSIONS_OUT)
    params = {
        "GTFS": feed,
        "DATE": DATE,
        "FLEET": write(tmp_path / "fleet.csv", fleet),
        "EF_SOURCE": 1,
        **files,
        **extra,
    }
    with pytest.raises(QgsProcessingException, match=message):
        run("busemissions", params)
    assert not any(p.name.startswith("output_") for p in tmp_path.iterdir())


def test_a_blend_preset_not_yet_in_force(conecta_plugin, tmp_path):
    calendar = "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWK,1,1,1,1,1,0,0,20190101,20191231\nWE,0,0,0,0,0,1,1,20190101,20191231\n"
    feed = str(write_handmade_variant(tmp_path / "2019.zip", calendar_txt=calendar))
    fleet = write(tmp_path / "fleet.csv", FLEET_COLUMNS + ",standard,diesel,V,,1\n")
    with pytest.raises(QgsProcessingException, match="No blend preset for 'Colombia' in or before 2019"):
        run(
            "busemissions",
            {
                "GTFS": feed,
                "DATE": "2019-03-04",
                "FLEET": fleet,
                "BLENDS": "Colombia",
                **outputs(tmp_path, *EMISSIONS_OUT),
            },
        )


def test_b12_splits_the_co2_into_fossil_and_biogenic(conecta_plugin, feed, tmp_path):
    fleet = ",standard,diesel,,2015,1\n"
    plain, _, _ = emissions(feed, fleet, tmp_path)
    (tmp_path / "b12").mkdir()
    blend, log, _ = emissions(feed, fleet, tmp_path / "b12", BLENDS="B12")
    # all the tailpipe CO2 is CETESB's; B12 by volume is e = 0.12·0.88·37.2 / (0.12·0.88·37.2 + 0.88·0.84·43.0)
    # of the energy (IPCC 2006 LHVs, densities of docs/factors.md); fossil part (1-e)·74.1 / ((1-e)·74.1 + e·70.8)
    e = 0.12 * 0.88 * 37.2 / (0.12 * 0.88 * 37.2 + 0.88 * 0.84 * 43.0)
    fossil = (1 - e) * 74.1 / ((1 - e) * 74.1 + e * 70.8)
    assert blend["CO2_T"] == pytest.approx(plain["CO2_T"] * fossil, rel=1e-9)
    assert blend["CO2_BIO_T"] == pytest.approx(plain["CO2_T"] * (1 - fossil), rel=1e-9)
    assert any(line.startswith("Biofuel blend diesel 12.0%") for line in log.infos)


def test_overlapping_zones_are_refused(conecta_plugin, feed, tmp_path):
    big = "POLYGON((-0.01 -0.001, 0.02 -0.001, 0.02 0.03, -0.01 0.03, -0.01 -0.001))"
    zones = memory_layer("Polygon?crs=EPSG:4326&field=name:string", [(big, ["a"]), (big, ["b"])], "twice")
    with pytest.raises(
        QgsProcessingException, match=r"The zones overlap \(zones a, b share a piece of a bus route\)"
    ):
        emissions(feed, ",standard,diesel,,2015,1\n", tmp_path, ZONES=zones, ZONES_ID="name")


@pytest.mark.parametrize(
    "extra, message",
    [
        (
            {"MODES": "mode,share,fuel,mj_per_km,kwh_per_km,ev_share\nhover,1,none,0,0,0\n"},
            r"Mode hover has no trip length",
        ),
        (
            {"RENEWAL": "mode,year,renewal_rate,new_ev_share\nbus,soon,0.1,1\n"},
            "Fleet-renewal year 'soon' is not a year",
        ),
        ({"MODES": "mode,share,trip_km\ncar,0.5,10\ncar,0.5,8\n"}, "Mode 'car' is listed twice"),
        (
            {"MODES": "mode,share,trip_km,fuel\ncar,0.5,10,hydrogen\nbus,0.5,8,\n"},
            "Mode car: fuel must be one of none, gasoline",
        ),
        (
            {"MODES": "mode,share,trip_km,ev_share\ncar,0.5,10,2\nbus,0.5,8,\n"},
            "ev_share must lie between 0 and 1",
        ),
        ({"MODES": "mode,share,trip_km,occupancy\ncar,0.5,10,0\nbus,0.5,8,\n"}, "occupancy must be positive"),
        (
            {"MODES": "mode,share,trip_km,pkm\ncar,1,10,50\nbus,0,8,30\n"},
            "A mode with pkm given needs a positive share",
        ),
        (
            {"MODES": "mode,share,trip_km\ncar,-0.5,10\nbus,1.5,8\n"},
            "Mode shares of base year must be numbers from 0 to 1",
        ),
        ({"MODES": "mode,trip_km\ncar,10\n"}, r"The modes table lacks the field\(s\) share"),
        ({"LEVERS": "year,lever\n2030,population\n"}, r"The levers table lacks the field\(s\) value"),
        (
            {"LEVERS": "year,lever,mode,value\n2030,population,,many\n"},
            "Lever 'population' has no numeric value",
        ),
        (
            {"LEVERS": "year,lever,mode,value\n2030,occupancy,tram,2\n"},
            "Lever occupancy names mode 'tram', not in the modes table",
        ),
        (
            {"LEVERS": "year,lever,mode,value\n2030,grid_factor,car,0.1\n"},
            "Lever 'grid_factor' applies to all modes: leave mode empty",
        ),
        (
            {"LEVERS": "year,lever,mode,value\n2030,share,car,1\n"},
            r"Target shares of 2030 must be given for every mode \(car, bus\)",
        ),
        ({"RENEWAL": "mode,year\nbus,2021\n"}, r"The fleet-renewal table lacks the field\(s\) renewal_rate"),
        (
            {"RENEWAL": "mode,year,renewal_rate,new_ev_share\ntram,2021,0.1,1\n"},
            "Fleet-renewal mode 'tram' is not in the modes table",
        ),
        (
            {"RENEWAL": "mode,year,renewal_rate,new_ev_share\nbus,2021,1.5,1\n"},
            "Fleet-renewal renewal_rate must lie between 0 and 1",
        ),
        (
            {
                "RENEWAL": "mode,year,renewal_rate,new_ev_share\nbus,2021,0.1,1\n",
                "LEVERS": "year,lever,mode,value\n2030,ev_share,bus,0.5\n",
            },
            "Mode bus has both ev_share levers and a fleet-renewal path",
        ),
        ({"MODES": None}, "Give the base-year activity: a city preset, the OD table of the mode split"),
        (
            {"OD_TABLE": "from_id,to_id,trips,trips_car\n1,2,5,5\n"},
            r"The OD table needs the distances between zones",
        ),
        (
            {"OD_TABLE": "from_id,to_id,trips\n1,2,5\n", "DISTANCES": "from_id,to_id,distance_km\n1,2,3\n"},
            "The OD table has no trips by mode",
        ),
        (
            {
                "OD_TABLE": "from_id,to_id,trips,trips_car\n1,2,0,0\n",
                "DISTANCES": "from_id,to_id,distance_km\n1,2,3\n",
            },
            "The OD table has no trips by mode.",
        ),
        (
            {
                "OD_TABLE": "from_id,to_id,trips,trips_car\n1,2,5,5\n",
                "DISTANCES": "from_id,to_id,distance_km\n1,2,-3\n",
            },
            "Distances must not be negative",
        ),
        (
            {
                "OD_TABLE": "origin,to_id,trips_car\n1,2,5\n",
                "DISTANCES": "from_id,to_id,distance_km\n1,2,3\n",
            },
            "The OD table has no field from_id",
        ),
        (
            {"OD_TABLE": "from_id,to_id,trips_car\n1,2,5\n", "DISTANCES": "from_id,to_id,km\n1,2,3\n"},
            "The distances table has no field distance_km",
        ),
        ({"GRID_FACTOR": "Narnia"}, "No grid emission factor preset for 'Narnia'"),
    ],
)
def test_every_scenario_message(conecta_plugin, tmp_path, extra, message):
    params = {"MODES": MODES, **extra}
    params = {
        k: (write(tmp_path / f"{k}.csv", v) if isinstance(v, str) and "\n" in v else v)
        for k, v in params.items()
    }
    params = {k: v for k, v in params.items() if v is not None}
    with pytest.raises(QgsProcessingException, match=message):
        scenario(tmp_path, **params)
    assert not (tmp_path / "output.csv").exists()


def test_report_refuses_emission_inputs_of_another_kind(conecta_plugin, tmp_path):
    zones = memory_layer(
        "Polygon?crs=EPSG:4326&field=id:integer&field=access:double&field=population:double",
        [("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))", [1, 1.0, 1.0])],
        "zones",
    )
    base = {
        "ZONES": zones,
        "ACCESS_FIELDS": ["access"],
        "POPULATION": "population",
        "OUTPUT_HTML": str(tmp_path / "r.html"),
    }
    with pytest.raises(
        QgsProcessingException,
        match="zones has no field co2_kg_per_km2: give the zones or segments written by",
    ):
        run("report", {**base, "EMISSIONS_MAP": zones})
    wrong = write(tmp_path / "routes.csv", "route_id,km\nA,1\n")
    with pytest.raises(
        QgsProcessingException, match="The table EMISSIONS_ROUTES has no field revenue_km, co2_kg"
    ):
        run("report", {**base, "EMISSIONS_ROUTES": wrong})
    assert not (tmp_path / "r.html").exists()


# ------------------------------------------------------------------ the graphical modeler


def test_the_four_algorithms_run_in_a_model(conecta_plugin, feed, tmp_path):
    from qgis.core import QgsProcessingModelAlgorithm

    fleet = write(tmp_path / "fleet.csv", FLEET_COLUMNS + ",standard,diesel,,2015,1\n")
    day = {
        "GTFS": static(feed),
        "DATE": static(DATE),
        "START_TIME": static("06:00"),
        "END_TIME": static("08:00"),
    }
    model = QgsProcessingModelAlgorithm("energy chain", "tests")
    model.addChildAlgorithm(model_step("activity", "conecta:busactivity", day, ["OUTPUT_ROUTES"]))
    sources = {**day, "FLEET": static(fleet), "EF_SOURCE": static(0)}
    model.addChildAlgorithm(model_step("emissions", "conecta:busemissions", sources, ["OUTPUT_ROUTES"]))
    energy = {**day, "MIN_LAYOVER": static(0), "AMBIENT_TEMPERATURE": static(30), "BATTERY_KWH": static(20)}
    model.addChildAlgorithm(model_step("ebus", "conecta:ebusenergy", energy, ["OUTPUT_BLOCKS"]))
    model.addChildAlgorithm(model_step("scenario", "conecta:scenario2030", {"CITY": static(1)}, ["OUTPUT"]))
    names = ("activity:OUTPUT_ROUTES", "emissions:OUTPUT_ROUTES", "ebus:OUTPUT_BLOCKS", "scenario:OUTPUT")
    result = processing.run(model, {name: str(tmp_path / f"{name.replace(':', '_')}.csv") for name in names})
    routes = table(result["activity:OUTPUT_ROUTES"]).set_index("route_id")
    assert routes.loc["R1", "revenue_km"] == pytest.approx(R1_KM, rel=1e-6)
    co2 = table(result["emissions:OUTPUT_ROUTES"]).set_index("route_id")["co2_kg"]
    assert co2["R2"] == pytest.approx(R2_KM * CETESB_2015["co2"] / 1000, rel=1e-5)
    assert len(table(result["ebus:OUTPUT_BLOCKS"])) == 4  # blocks X, Y and two R1 chains, as by hand above
    assert set(table(result["scenario:OUTPUT"])["mode"]) == {"bus", "car", "walk"}  # São Paulo OD 2017
