"""Memory layers for tests: a table, or features with geometry written as WKT."""

from handmade_gtfs import write_zip
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsVectorLayer


def memory_layer(uri, rows, name="layer"):
    """A memory layer of ``uri`` ("None?field=a:double", "Point?crs=EPSG:31982&field=...") holding ``rows``:
    lists of attributes for a table, (wkt, attributes) pairs for a layer with geometry."""
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    features = []
    for row in rows:
        wkt, attributes = (None, row) if uri.startswith("None") else row
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(attributes))
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def table_layer(fields, rows, name="table"):
    """A table (no geometry) with ``fields`` ["name:double", ...] and ``rows`` of attributes."""
    return memory_layer("None?" + "&".join(f"field={f}" for f in fields), rows, name)


def layer_frame(out):
    """A Processing output as a pandas frame: a CSV path read as such; a layer, or the path of one, by its
    attributes (NULL as None), columns in the layer's field order."""
    import pandas as pd

    if isinstance(out, str) and out.endswith(".csv"):
        return pd.read_csv(out)
    layer = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out, "m", "ogr")
    names = layer.fields().names()
    rows = [dict(zip(names, (None if v == NULL else v for v in f.attributes()))) for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=names)


def pair(frame, o, d, column="travel_time_p50"):
    """The value of ``column`` from ``o`` to ``d`` in an origin-destination frame (from_id, to_id), or None."""
    got = frame.loc[(frame["from_id"] == o) & (frame["to_id"] == d), column]
    return None if got.empty else got.iloc[0]


ORIGIN = (500_000.0, 6_700_000.0)
"""A point of EPSG:31982 (SIRGAS 2000 / UTM 22S) south of Porto Alegre: local test geometries are moved here."""


def local(wkt, origin=ORIGIN):
    """WKT written in local metres, moved to ``origin`` (a projected CRS's coordinates)."""
    geometry = QgsGeometry.fromWkt(wkt)
    geometry.translate(*origin)
    return geometry.asWkt()


def local_box(x0, y0, x1, y1, origin=ORIGIN):
    """A rectangle in local metres, moved to ``origin``."""
    return local(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))", origin)


def bus_line_feed(path, origin=ORIGIN):
    """A GTFS zip: bus route R (agency A, route_type 3) from stop S1 at local (300, 0) to S2 at (1800, 0),
    trips at 08:06 and 08:16 taking 10 minutes, every day of May 2019 (stops placed from EPSG:31982)."""

    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:31982"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    (lon1, lat1), (lon2, lat2) = (
        (p.x(), p.y())
        for p in (transform.transform(QgsPointXY(origin[0] + x, origin[1])) for x in (300, 1800))
    )
    files = {
        "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\nA,Bus,http://x,America/Sao_Paulo\n",
        "stops.txt": f"stop_id,stop_name,stop_lat,stop_lon\nS1,One,{lat1:.10f},{lon1:.10f}\nS2,Two,{lat2:.10f},{lon2:.10f}\n",
        "routes.txt": "route_id,agency_id,route_short_name,route_type\nR,A,1,3\n",
        "trips.txt": "route_id,service_id,trip_id\nR,WK,T1\nR,WK,T2\n",
        "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "T1,08:06:00,08:06:00,S1,1\nT1,08:16:00,08:16:00,S2,2\nT2,08:16:00,08:16:00,S1,1\nT2,08:26:00,08:26:00,S2,2\n",
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,1,1,20190501,20190531\n",
    }
    write_zip(path, files)
    return str(path)
