"""Memory layers for tests: a table, or features with geometry written as WKT."""

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer


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
