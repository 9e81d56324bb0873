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
