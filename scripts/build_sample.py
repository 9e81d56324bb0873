"""Build resources/sample/porto_alegre.gpkg, the sample city shipped with Conecta.

Sources: ../shared/data/porto_alegre (OSM extract, r5r hexagon grid, EPTC and Trensurb GTFS).
Run with the system Python that has GDAL: ``/usr/bin/python3 scripts/build_sample.py``.
Everything is reprojected to SIRGAS 2000 / UTM 22S (EPSG:31982).
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import sys
import zipfile
from pathlib import Path

import pandas as pd
from osgeo import gdal, ogr, osr

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from core.indicators import route_type_modes  # noqa: E402  (the plugin's own GTFS mode names)

DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "porto_alegre"
OUTPUT = REPO / "resources" / "sample" / "porto_alegre.gpkg"
ATTRIBUTION = (
    "Contains OpenStreetMap data © OpenStreetMap contributors (ODbL). Grid, population and opportunity "
    "data from the r5r package (IPEA, MIT licence). GTFS by EPTC and Trensurb."
)
EPSG = 31982
NOT_ROUTABLE = (
    "proposed",
    "construction",
    "abandoned",
    "disused",
    "platform",
    "raceway",
    "bus_stop",
    "elevator",
    "rest_area",
    "services",
    "razed",
    "no",
)
TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def parse_tags(text: str | None) -> dict[str, str]:
    """Parse GDAL's OSM ``other_tags`` hstore text."""
    return dict(TAG.findall(text or ""))


def parse_maxspeed(value: str | None) -> int | None:
    """``50``, ``50 km/h`` or ``30 mph`` → km/h; anything else → None."""
    if not value:
        return None
    match = re.match(r"^\s*(\d+(?:\.\d+)?)\s*(km/h|kmh|kph|mph)?\s*$", value)
    if not match:
        return None
    speed = float(match.group(1)) * (1.609344 if match.group(2) == "mph" else 1.0)
    return int(round(speed))


def srs(epsg: int) -> osr.SpatialReference:
    """The CRS of ``epsg`` with x first (easting or longitude), as the layers store it."""
    crs = osr.SpatialReference()
    crs.ImportFromEPSG(epsg)
    crs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return crs


def utm() -> osr.SpatialReference:
    return srs(EPSG)


def wgs84() -> osr.SpatialReference:
    return srs(4326)


def write_layer(out, name: str, geometry_type: int, fields: list[tuple[str, int]], features) -> int:
    """Layer ``name`` in UTM with ``fields`` (name, OGR type) holding ``features``, pairs of a geometry in UTM
    and a field → value dict (None stays NULL), written in one transaction with the sources' attribution;
    returns how many features it wrote."""
    layer = out.CreateLayer(name, utm(), geometry_type, ["GEOMETRY_NAME=geom", "FID=fid"])
    for field, kind in fields:
        layer.CreateField(ogr.FieldDefn(field, kind))
    defn = layer.GetLayerDefn()
    count = 0
    layer.StartTransaction()
    for geometry, values in features:
        feature = ogr.Feature(defn)
        for field, value in values.items():
            if value is not None:
                feature.SetField(field, value)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
        count += 1
    layer.CommitTransaction()
    layer.SetMetadataItem("ATTRIBUTION", ATTRIBUTION)
    return count


def network_features(source: Path):
    """Routable OSM lines in UTM with their osm_id, name, highway, oneway, maxspeed (km/h) and junction."""
    gdal.SetConfigOption("OSM_USE_CUSTOM_INDEXING", "NO")
    osm = ogr.Open(str(source / "poa_osm.pbf"))
    transform = osr.CoordinateTransformation(wgs84(), utm())
    for feature in osm.GetLayerByName("lines"):
        highway = feature.GetField("highway")
        if not highway or highway in NOT_ROUTABLE:
            continue
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        geometry = geometry.Clone()
        geometry.Transform(transform)
        tags = parse_tags(feature.GetField("other_tags"))
        yield (
            geometry,
            {
                "osm_id": feature.GetField("osm_id"),
                "name": feature.GetField("name"),
                "highway": highway,
                "oneway": tags.get("oneway"),
                "maxspeed": parse_maxspeed(tags.get("maxspeed")),
                "junction": tags.get("junction"),
            },
        )


def build_network(source: Path, out) -> int:
    fields = [
        ("osm_id", ogr.OFTString),
        ("name", ogr.OFTString),
        ("highway", ogr.OFTString),
        ("oneway", ogr.OFTString),
        ("maxspeed", ogr.OFTInteger),
        ("junction", ogr.OFTString),
    ]
    return write_layer(out, "network", ogr.wkbLineString, fields, network_features(source))


ZONE_COUNTS = ("population", "jobs", "schools", "healthcare")


def zone_features(source: Path):
    """The r5r hexagons in UTM with their id and counts (the source has NULL/NaN in a few zones: kept NULL)."""
    hexes = ogr.Open(str(source / "poa_hex_h3res9.geojson"))
    transform = osr.CoordinateTransformation(wgs84(), utm())
    for feature in hexes.GetLayer(0):
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        values = {"id": feature.GetField("id")}
        for name in ZONE_COUNTS:
            value = feature.GetField(name)
            values[name] = int(round(value)) if value is not None and value == value else None
        yield geometry, values


def build_zones(source: Path, out) -> int:
    fields = [("id", ogr.OFTString)] + [(name, ogr.OFTInteger) for name in ZONE_COUNTS]
    return write_layer(out, "zones", ogr.wkbPolygon, fields, zone_features(source))


def read_gtfs_table(archive: zipfile.ZipFile, name: str) -> pd.DataFrame:
    with archive.open(name) as handle:
        return pd.read_csv(io.TextIOWrapper(handle, encoding="utf-8-sig"), dtype=str)


def stops_with_mode(path: Path, feed: str) -> pd.DataFrame:
    """Stops of one feed with the mode of the routes that serve them (the most frequent route_type)."""
    with zipfile.ZipFile(path) as archive:
        stops = read_gtfs_table(archive, "stops.txt")
        routes = read_gtfs_table(archive, "routes.txt")[["route_id", "route_type"]]
        trips = read_gtfs_table(archive, "trips.txt")[["trip_id", "route_id"]]
        stop_times = read_gtfs_table(archive, "stop_times.txt")[["trip_id", "stop_id"]]
    served = stop_times.drop_duplicates().merge(trips, on="trip_id").merge(routes, on="route_id")
    served["route_type"] = served["route_type"].astype(int)
    counts = served.groupby(["stop_id", "route_type"]).size().rename("n").reset_index()
    main = counts.sort_values(["stop_id", "n"], ascending=[True, False]).drop_duplicates("stop_id")
    n_routes = served.drop_duplicates(["stop_id", "route_id"]).groupby("stop_id").size().rename("routes")
    stops = stops.merge(main[["stop_id", "route_type"]], on="stop_id", how="inner")
    stops = stops.merge(n_routes, on="stop_id", how="left")
    stops["mode"] = route_type_modes(stops["route_type"].to_numpy())
    stops["feed"] = feed
    if "wheelchair_boarding" not in stops:
        stops["wheelchair_boarding"] = None
    return stops


def build_stops(source: Path, out) -> int:
    stops = pd.concat(
        [
            stops_with_mode(source / "poa_eptc.zip", "eptc"),
            stops_with_mode(source / "poa_trensurb.zip", "trensurb"),
        ],
        ignore_index=True,
    )
    transform = osr.CoordinateTransformation(wgs84(), utm())

    def features():
        for row in stops.itertuples(index=False):
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(float(row.stop_lon), float(row.stop_lat))
            point.Transform(transform)
            wheelchair = row.wheelchair_boarding
            yield (
                point,
                {
                    "stop_id": row.stop_id,
                    "stop_name": row.stop_name,
                    "feed": row.feed,
                    "route_type": int(row.route_type),
                    "mode": row.mode,
                    "routes": int(row.routes),
                    "wheelchair_boarding": (
                        int(wheelchair)
                        if isinstance(wheelchair, str) and wheelchair.strip().isdigit()
                        else None
                    ),
                },
            )

    fields = [
        ("stop_id", ogr.OFTString),
        ("stop_name", ogr.OFTString),
        ("feed", ogr.OFTString),
        ("route_type", ogr.OFTInteger),
        ("mode", ogr.OFTString),
        ("routes", ogr.OFTInteger),
        ("wheelchair_boarding", ogr.OFTInteger),
    ]
    return write_layer(out, "stops", ogr.wkbPoint, fields, features())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of the Porto Alegre data")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not (args.source / "poa_osm.pbf").exists():
        print(f"Porto Alegre data not found in {args.source}", file=sys.stderr)
        return 1
    gdal.UseExceptions()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    n_network = build_network(args.source, out)
    n_zones = build_zones(args.source, out)
    n_stops = build_stops(args.source, out)
    out.SetMetadataItem("ATTRIBUTION", ATTRIBUTION)
    out.SetMetadataItem("DESCRIPTION", "Conecta sample city: Porto Alegre, Brazil (EPSG:31982)")
    out = None
    tmp.replace(args.output)
    (args.output.parent / "ATTRIBUTION").write_text(ATTRIBUTION + "\n", encoding="utf-8")
    gtfs = args.output.parent / "gtfs"
    gtfs.mkdir(exist_ok=True)
    for feed in ("poa_eptc.zip", "poa_trensurb.zip"):  # the feeds themselves, for public-transport routing
        shutil.copyfile(args.source / feed, gtfs / feed)
    print(f"{args.output}: network {n_network} lines, zones {n_zones} hexagons, stops {n_stops}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
