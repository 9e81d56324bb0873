"""A hand-made corridor city for the scenario tests (EPSG:31982, walking 3.6 km/h = 1 m/s): a street along
y = 0 from x = −500 to 7,000 m, zones and stops on it, a GTFS feed whose stops lie at x = 0, 2,000 and 6,000 m
(and a far-away route FAR that keeps the feed valid when the corridor's routes are removed), and new-route
line layers."""

from handmade_gtfs import write_zip
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

from layers import memory_layer

CRS = "EPSG:31982"
X0, Y0 = 480000.0, 6670000.0
ROUTES = (
    f"LineString?crs={CRS}&field=route_id:string&field=headway_min:double&field=speed_kmh:double"
    "&field=start_time:string&field=end_time:string&field=mode:string"
)
STREETS = f"LineString?crs={CRS}&field=highway:string&field=speed:double"
POINTS = f"Point?crs={CRS}&field=id:string"


def line_wkt(coords) -> str:
    return "LINESTRING(" + ", ".join(f"{X0 + x} {Y0 + y}" for x, y in coords) + ")"


def streets(rows, name="streets"):
    """A street layer from (coordinates relative to X0, Y0; [highway, speed]) rows."""
    return memory_layer(STREETS, [(line_wkt(c), a) for c, a in rows], name)


def points(named, name="points"):
    return memory_layer(POINTS, [(f"POINT({X0 + x} {Y0 + y})", [n]) for n, (x, y) in named.items()], name)


def lonlat(x, y):
    """Longitude and latitude of a point given in local metres."""
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    point = transform.transform(QgsPointXY(X0 + x, Y0 + y))
    return point.x(), point.y()


def corridor_feed(path, route_rows: str = "", stop_times: str = "", frequencies: str = "") -> str:
    """A feed on the corridor y = 0: stops S0 (x = 0), S2 (x = 2000), S6 (x = 6000) and a far-away stop F
    (x = 0, y = 20 km) served by route FAR, so the feed keeps a route when the corridor's are removed."""
    stops = {"S0": (0, 0), "S2": (2000, 0), "S6": (6000, 0), "F": (0, 20000), "G": (1000, 20000)}
    stop_rows = "".join(f"{k},{k},{lonlat(*xy)[1]:.9f},{lonlat(*xy)[0]:.9f}\n" for k, xy in stops.items())
    files = {
        "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\nA,Bus,http://x,America/Sao_Paulo\n",
        "stops.txt": "stop_id,stop_name,stop_lat,stop_lon\n" + stop_rows,
        "routes.txt": "route_id,agency_id,route_short_name,route_type\nFAR,A,far,3\n" + route_rows,
        "trips.txt": "route_id,service_id,trip_id\nFAR,WK,far1\n"
        + "".join(f"{r.split(',')[0]},WK,{r.split(',')[0].lower()}1\n" for r in route_rows.splitlines()),
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "far1,12:00:00,12:00:00,F,1\nfar1,12:05:00,12:05:00,G,2\n" + stop_times,
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,1,1,20190501,20190531\n",
    }
    if frequencies:
        files["frequencies.txt"] = "trip_id,start_time,end_time,headway_secs,exact_times\n" + frequencies
    return write_zip(path, files)


def corridor_street():
    return streets([([(-500, 0), (7000, 0)], ["residential", None])], "corridor")


def route_layer(rows, uri=ROUTES, name="routes"):
    """New routes from (coordinates relative to X0, Y0; attributes) rows."""
    return memory_layer(uri, [(line_wkt(c) if c else None, a) for c, a in rows], name)


def corridor_zones():
    rows = [
        (f"POLYGON(({X0 + x - 50} {Y0 - 50}, {X0 + x + 50} {Y0 - 50}, {X0 + x + 50} {Y0 + 50}, {X0 + x - 50} {Y0 + 50}, {X0 + x - 50} {Y0 - 50}))",
         [name, jobs, 100.0])
        for name, x, jobs in (("A", 0, 10.0), ("B", 6000, 500.0))
    ]  # fmt: skip
    return memory_layer(
        f"Polygon?crs={CRS}&field=id:string&field=jobs:double&field=population:double", rows, "zones"
    )
