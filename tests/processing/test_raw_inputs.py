"""Raw planner inputs (OSM .pbf/.osm, EPSG:4326 GeoJSON, shapefiles, national projected CRSs, filtered
layers) give the same figures as a projected GeoPackage copy of the same data.

OGR's OSM layers report no extent and a feature count of -1: the working CRS must come from the data,
never from the (0, 0) centre of an empty box (which put São Paulo in UTM zone 31N, 1.40× longer walks).
A projected CRS that distorts distances where the data are (Web Mercator) is not measured in either.
Expected values are either the same run on a GeoPackage in the city's UTM zone or hand-computed
geodesic lengths (QgsDistanceArea on the WGS 84 ellipsoid) at 1 m/s (3.6 km/h).
"""

import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from data_paths import shared
from feedback_log import Log

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def walk_matrix(network, origins, id_field="id"):
    """conecta:traveltimematrix on foot at 3.6 km/h (1 m/s), 60 min: {(from, to): minutes} and the log."""
    log = Log()
    result = processing.run(
        "conecta:traveltimematrix",
        {
            "NETWORK": network,
            "ORIGINS": origins,
            "ORIGINS_ID": id_field,
            "MODE": 0,
            "WALK_SPEED": 3.6,
            "MAX_TIME": 60.0,
            "OUTPUT": "memory:",
        },
        feedback=log,
    )
    rows = {(f["from_id"], f["to_id"]): f["travel_time"] for f in result["OUTPUT"].getFeatures()}
    assert result["PAIRS"] == len(rows)
    return rows, log


def save(layer, path, driver, crs=None):
    """``layer`` written to ``path`` with OGR's ``driver``, reprojected to ``crs`` when given."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.fileEncoding = "UTF-8"
    if crs is not None:
        options.ct = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError, error
    return str(path)


def assert_same_matrix(got, expected, rel=None):
    """Same pairs and every time to 1e-6 min (or within ``rel`` relative)."""
    assert set(got) == set(expected)
    for pair, minutes in expected.items():
        if rel is None:
            assert abs(got[pair] - minutes) <= 1e-6, pair
        else:
            assert got[pair] == pytest.approx(minutes, rel=rel, abs=1e-4), pair


def geodesic_m(points):
    """Length in metres along lon/lat ``points`` on the WGS 84 ellipsoid (independent of the plugin)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(WGS84, QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")
    return sum(measure.measureLine(QgsPointXY(*a), QgsPointXY(*b)) for a, b in zip(points[:-1], points[1:]))


def memory_layer(kind, crs, rows, fields=(("id", QVariant.String),)):
    """A memory layer of ``kind`` in ``crs`` from (geometry or None, attributes) rows."""
    layer = QgsVectorLayer(f"{kind}?crs={crs}", "raw", "memory")
    layer.dataProvider().addAttributes([QgsField(name, kind_) for name, kind_ in fields])
    layer.updateFields()
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def projected(points, crs):
    """lon/lat ``points`` transformed into ``crs`` (QGIS's own transformation, as a planner's file would be)."""
    transform = QgsCoordinateTransform(WGS84, QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    return [transform.transform(QgsPointXY(*p)) for p in points]


# ---------------------------------------------------------------- São Paulo: one matrix from every format


@pytest.fixture(scope="module")
def spo(tmp_path_factory):
    """São Paulo's OSM lines, hexagons, and the GPKG copy in UTM 23S with its walking matrix."""
    folder = tmp_path_factory.mktemp("spo_raw")
    pbf = f"{shared('sao_paulo', 'spo_osm.pbf')}|layername=lines"
    hexes = str(shared("sao_paulo", "spo_hex_h3res9.geojson"))
    lines = QgsVectorLayer(pbf, "spo_osm", "ogr")
    assert lines.isValid() and lines.featureCount() == -1 and lines.extent().isNull()  # OGR's OSM driver
    gpkg = save(lines, folder / "lines_32723.gpkg", "GPKG", QgsCoordinateReferenceSystem("EPSG:32723"))
    reference, _ = walk_matrix(gpkg, hexes)
    run = {"folder": folder, "pbf": pbf, "hexes": hexes, "lines": lines, "reference": reference}
    yield run
    run.clear()  # free the layer while QGIS runs: test items keep fixture values past exitQgis


def test_sao_paulo_pbf_gives_the_matrix_of_its_projected_geopackage(conecta_plugin, spo):
    reference = spo["reference"]
    # the issue reporter's count from the GeoPackage copy: 46,773 pairs within 60 min
    assert len(reference) == 46773
    got, log = walk_matrix(spo["pbf"], spo["hexes"])
    assert "distances are computed in WGS 84 / UTM zone 23S (EPSG:32723)" in log.text()
    assert_same_matrix(got, reference)
    # the .pbf's feature count is unknown (-1): the bar never goes past 100 %
    assert log.progress and max(log.progress) <= 100.0


@pytest.mark.parametrize(
    "driver, suffix, crs",
    [("GeoJSON", "geojson", "EPSG:4326"), ("ESRI Shapefile", "shp", "EPSG:4326")],
)
def test_sao_paulo_geographic_files_give_the_same_matrix(conecta_plugin, spo, driver, suffix, crs):
    path = save(spo["lines"], spo["folder"] / f"lines.{suffix}", driver, QgsCoordinateReferenceSystem(crs))
    got, log = walk_matrix(path, spo["hexes"])
    assert "UTM zone 23S" in log.text()
    assert_same_matrix(got, spo["reference"])


def test_sao_paulo_sirgas_2000_utm_23s_gives_the_same_matrix(conecta_plugin, spo):
    path = save(
        spo["lines"], spo["folder"] / "lines_31983.gpkg", "GPKG", QgsCoordinateReferenceSystem("EPSG:31983")
    )
    got, log = walk_matrix(path, spo["hexes"])
    assert "geographic coordinates" not in log.text() and "area of use" not in log.text()
    # SIRGAS 2000 and WGS 84 differ by centimetres: times within 1e-3 relative; a pair may only cross
    # the 60-minute limit when it is that close to it
    common = set(got) & set(spo["reference"])
    assert_same_matrix({p: got[p] for p in common}, {p: spo["reference"][p] for p in common}, rel=1e-3)
    for pair in set(got) ^ set(spo["reference"]):
        assert got.get(pair, spo["reference"].get(pair)) == pytest.approx(60.0, rel=1e-3)
    assert len(common) >= len(spo["reference"]) - 5


def test_sao_paulo_filtered_pbf_layers(conecta_plugin, spo):
    everything = QgsVectorLayer(spo["pbf"], "spo_osm", "ogr")
    assert everything.setSubsetString("osm_id IS NOT NULL")
    assert sum(1 for _ in everything.getFeatures()) == sum(1 for _ in spo["lines"].getFeatures())
    got, _ = walk_matrix(everything, spo["hexes"])
    assert_same_matrix(got, spo["reference"])

    part = QgsVectorLayer(spo["pbf"], "spo_osm", "ogr")
    assert part.setSubsetString("highway IN ('primary', 'secondary', 'tertiary', 'residential')")
    kept = sum(1 for _ in part.getFeatures())
    assert 0 < kept < sum(1 for _ in spo["lines"].getFeatures())
    copy = save(part, spo["folder"] / "part_32723.gpkg", "GPKG", QgsCoordinateReferenceSystem("EPSG:32723"))
    assert QgsVectorLayer(copy, "part", "ogr").featureCount() == kept
    expected, _ = walk_matrix(copy, spo["hexes"])
    got, _ = walk_matrix(part, spo["hexes"])
    assert 0 < len(expected) < len(spo["reference"])
    assert_same_matrix(got, expected)


@pytest.mark.parametrize("city, name", [("sao_paulo", "spo_osm.pbf"), ("porto_alegre", "poa_osm.pbf")])
def test_raw_osm_lines_hold_no_line_that_stops_the_default_setting(conecta_plugin, city, name):
    """QGIS's default setting stops at a GEOS-invalid feature; for a line that is only a line of fewer than two
    distinct vertices (a self-crossing line is valid). The extracts hold none: their matrices (above) run with the
    default setting. Such a line elsewhere stops the run with QGIS's message, as QGIS's own algorithms do."""
    from processing.tools.dataobjects import createContext

    assert createContext().invalidGeometryCheck() == QgsFeatureRequest.GeometryAbortOnInvalid
    layer = QgsVectorLayer(f"{shared(city, name)}|layername=lines", "lines", "ogr")
    request = QgsFeatureRequest().setNoAttributes()
    request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    geometries = [f.geometry() for f in layer.getFeatures(request)]
    assert len(geometries) > 6000  # 6,195 in São Paulo's extract, 15,904 in Porto Alegre's
    assert all(g.isNull() or g.isGeosValid() for g in geometries)


# ---------------------------------------------------------------- OSM XML, hand-computed


LIMA = [(-77.0400, -12.0500), (-77.0350, -12.0500), (-77.0300, -12.0500), (-77.0300, -12.0450)]
"""Four nodes of an L-shaped street in central Lima: two blocks east, one block north."""


def osm_xml(path, nodes, ways, tagged_nodes):
    """A minimal OSM XML file: nodes (id → lon, lat), ways (id → node ids, highway), tagged nodes."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="conecta tests">']
    for node_id, (lon, lat) in nodes.items():
        tag = tagged_nodes.get(node_id)
        if tag:
            lines.append(f'  <node id="{node_id}" version="1" lat="{lat}" lon="{lon}">')
            lines.append(f'    <tag k="amenity" v="school"/><tag k="name" v="{tag}"/>')
            lines.append("  </node>")
        else:
            lines.append(f'  <node id="{node_id}" version="1" lat="{lat}" lon="{lon}"/>')
    for way_id, (refs, highway) in ways.items():
        lines.append(f'  <way id="{way_id}" version="1">')
        lines.extend(f'    <nd ref="{ref}"/>' for ref in refs)
        lines.append(f'    <tag k="highway" v="{highway}"/>')
        lines.append("  </way>")
    lines.append("</osm>")
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def test_osm_xml_file_gives_the_geojson_matrix_and_the_geodesic_times(conecta_plugin, tmp_path):
    nodes = {i + 1: lonlat for i, lonlat in enumerate(LIMA)}
    ways = {10: ([1, 2, 3], "residential"), 11: ([3, 4], "residential")}
    path = osm_xml(tmp_path / "lima.osm", nodes, ways, {1: "A", 4: "B"})
    lines = QgsVectorLayer(f"{path}|layername=lines", "lima_lines", "ogr")
    points = QgsVectorLayer(f"{path}|layername=points", "lima_points", "ogr")
    assert lines.featureCount() == -1 and lines.extent().isNull()  # no extent, as for .pbf
    assert sum(1 for _ in lines.getFeatures()) == 2 and sum(1 for _ in points.getFeatures()) == 2
    # the same lines and points as GeoJSON
    geo_lines = save(lines, tmp_path / "lima_lines.geojson", "GeoJSON")
    geo_points = save(
        memory_layer(
            "Point",
            "EPSG:4326",
            [(QgsGeometry.fromPointXY(QgsPointXY(*LIMA[i])), [n]) for i, n in ((0, "A"), (3, "B"))],
        ),
        tmp_path / "lima_points.geojson",
        "GeoJSON",
    )
    # neither OSM layer reports an extent: the lines' features are scanned
    osm, log = walk_matrix(f"{path}|layername=lines", f"{path}|layername=points", id_field="name")
    assert "WGS 84 / UTM zone 18S (EPSG:32718)" in log.text()
    geojson, geo_log = walk_matrix(geo_lines, geo_points)
    assert "WGS 84 / UTM zone 18S (EPSG:32718)" in geo_log.text()
    assert len(osm) == 4
    assert_same_matrix(osm, geojson)
    # hand-computed: the street from A to B along its three segments at 1 m/s
    expected_min = geodesic_m(LIMA) / 60.0
    assert osm[("A", "B")] == pytest.approx(expected_min, rel=0.002)
    assert osm[("B", "A")] == pytest.approx(expected_min, rel=0.002)


# ---------------------------------------------------------------- national CRSs, hand-computed


BOGOTA = [(-74.0817, 4.5981), (-74.0660, 4.6150)]
"""Plaza de Bolívar towards the north-east, about 2.5 km, as one straight street."""
BUENOS_AIRES = [(-58.3816, -34.6037), (-58.4000, -34.5870)]
"""Plaza de Mayo towards the north-west, about 2.5 km."""
SAO_PAULO = [(-46.6333, -23.5505), (-46.6550, -23.5650)]
"""Praça da Sé towards Avenida Paulista, about 2.7 km."""


def street_and_ends(lonlat, crs):
    """A straight residential street between two lon/lat ends, given in ``crs``, and its ends as origins."""
    ends = projected(lonlat, crs) if crs != "EPSG:4326" else [QgsPointXY(*p) for p in lonlat]
    street = memory_layer(
        "LineString",
        crs,
        [(QgsGeometry.fromPolylineXY(ends), ["residential"])],
        fields=(("highway", QVariant.String),),
    )
    origins = memory_layer(
        "Point",
        "EPSG:4326",
        [(QgsGeometry.fromPointXY(QgsPointXY(*p)), [name]) for p, name in zip(lonlat, "AB")],
    )
    return street, origins


@pytest.mark.parametrize(
    "lonlat, crs, logged",
    [
        (BOGOTA, "EPSG:4326", "WGS 84 / UTM zone 18N (EPSG:32618)"),
        (BOGOTA, "EPSG:3116", None),  # MAGNA-SIRGAS / Colombia Bogota zone
        (BUENOS_AIRES, "EPSG:4326", "WGS 84 / UTM zone 21S (EPSG:32721)"),
        (BUENOS_AIRES, "EPSG:5347", None),  # POSGAR 2007 / Argentina 5
        # Web Mercator (web maps' CRS) lengthens distances by 1 / cos(latitude): +22 % in Buenos Aires
        (BUENOS_AIRES, "EPSG:3857", "WGS 84 / UTM zone 21S (EPSG:32721)"),
        (SAO_PAULO, "EPSG:3857", "WGS 84 / UTM zone 23S (EPSG:32723)"),
    ],
)
def test_walk_time_is_the_geodesic_length_at_walking_speed(conecta_plugin, lonlat, crs, logged):
    street, origins = street_and_ends(lonlat, crs)
    times, log = walk_matrix(street, origins)
    expected_min = geodesic_m(lonlat) / 60.0  # 3.6 km/h = 1 m/s
    assert 35 < expected_min < 50  # a 2.5 km street, within the 60-minute limit
    assert times[("A", "B")] == pytest.approx(expected_min, rel=0.002)
    assert times[("B", "A")] == pytest.approx(expected_min, rel=0.002)
    if logged:
        assert f"distances are computed in {logged}" in log.text()
        if crs == "EPSG:3857":
            assert "which distorts distances by" in log.text()
    else:
        assert "geographic coordinates" not in log.text()
    assert "area of use" not in log.text()


def test_projected_layer_outside_its_crs_area_of_use_is_warned(conecta_plugin):
    street, origins = street_and_ends(BOGOTA, "EPSG:3116")
    # the same Bogotá coordinates declared as WGS 84 / UTM zone 23S (a wrong CRS in the layer's properties)
    wrong = QgsVectorLayer("LineString?crs=EPSG:32723&field=highway:string", "bogota_wrong", "memory")
    feature = next(street.getFeatures())
    copy = QgsFeature(wrong.fields())
    copy.setGeometry(feature.geometry())
    copy.setAttributes(["residential"])
    wrong.dataProvider().addFeatures([copy])
    log = Log()
    with pytest.raises(QgsProcessingException, match="No origin is within 500.0 m"):
        processing.run(
            "conecta:traveltimematrix",
            {"NETWORK": wrong, "ORIGINS": origins, "ORIGINS_ID": "id", "MODE": 0, "OUTPUT": "memory:"},
            feedback=log,
        )
    # the warning that explains it came first
    warnings = [w for w in log.warnings if "area of use" in w]
    assert len(warnings) == 1
    assert "bogota_wrong is declared in WGS 84 / UTM zone 23S (EPSG:32723)" in warnings[0]
    # the declared CRS's area of use (EPSG's: 48° W to 42° W, south of the equator) is quoted
    assert "longitude -48.00 to -42.00" in warnings[0]


# ---------------------------------------------------------------- no extent, empty OSM layers


def test_layers_without_any_geometry_stop_with_a_message_naming_them(conecta_plugin):
    lines = memory_layer("LineString", "EPSG:4326", [(None, ["x"])], fields=(("highway", QVariant.String),))
    lines.setName("streets_without_geometry")
    points = memory_layer("Point", "EPSG:4326", [(None, ["A"])])
    with pytest.raises(
        QgsProcessingException,
        match="Layer streets_without_geometry has no extent and no feature with a geometry",
    ):
        walk_matrix(lines, points)


def test_empty_osm_layers_are_reported_as_empty(conecta_plugin, tmp_path):
    empty = osm_xml(tmp_path / "empty.osm", {1: LIMA[0]}, {}, {})
    lines = f"{empty}|layername=lines"
    # unknown, not 0: emptiness must be found (a layer object is not kept in this frame: the exception's
    # traceback would hold it past QGIS's exit, where OGR's OSM driver crashes when it is freed)
    assert QgsVectorLayer(lines, "empty_lines", "ogr").featureCount() == -1
    _, origins = street_and_ends(BOGOTA, "EPSG:4326")
    with pytest.raises(QgsProcessingException, match="The street network layer is empty"):
        walk_matrix(lines, origins)
    # without a network the origins choose the CRS: an empty OSM points layer has no extent at all
    with pytest.raises(QgsProcessingException, match="has no extent and no feature with a geometry"):
        processing.run(
            "conecta:transitmatrix",
            {
                "GTFS": str(shared("sao_paulo", "spo.zip")),
                "DATE": "2019-05-13",
                "DEPARTURE_TIME": "07:00",
                "ORIGINS": f"{empty}|layername=points",
                "OUTPUT": "memory:",
            },
        )
