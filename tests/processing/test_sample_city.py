"""The sample city shipped for training sessions: real Porto Alegre data, in SIRGAS 2000 / UTM 22S."""

import processing
from osgeo import gdal
from qgis.core import QgsVectorLayer

from conftest import REPO, SHIPPED_SAMPLE


def layer(gpkg, name):
    result = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert result.isValid(), name
    return result


def test_sample_gpkg_holds_the_real_city(sample_gpkg):
    assert sample_gpkg.stat().st_size < 8e6, "the sample must stay a few MB"
    zones = layer(sample_gpkg, "zones")
    network = layer(sample_gpkg, "network")
    stops = layer(sample_gpkg, "stops")
    for each in (zones, network, stops):
        assert each.crs().authid() == "EPSG:31982"
    # totals published in ../shared/data/README.md for the r5r Porto Alegre grid
    assert zones.featureCount() == 1227
    assert sum(f["population"] for f in zones.getFeatures()) == 812935
    assert sum(f["jobs"] or 0 for f in zones.getFeatures()) == 337921
    assert {"id", "population", "jobs", "schools", "healthcare"} <= set(zones.fields().names())
    assert {"highway", "oneway", "maxspeed"} <= set(network.fields().names())
    assert network.featureCount() > 15000
    oneway = [f["oneway"] for f in network.getFeatures() if f["oneway"]]
    assert oneway.count("yes") > 1000 and "-1" in oneway or "yes" in oneway
    modes = {f["mode"] for f in stops.getFeatures()}
    assert {"bus", "rail"} <= modes
    # 3,986 EPTC bus stops in the feed (data README); the served ones plus Trensurb's stations
    assert 3900 < stops.featureCount() < 4100


def test_attribution_travels_with_the_data():
    sample_gpkg = SHIPPED_SAMPLE
    text = (REPO / "resources" / "sample" / "ATTRIBUTION").read_text(encoding="utf-8")
    assert "OpenStreetMap contributors (ODbL)" in text and "r5r" in text and "Trensurb" in text
    dataset = gdal.OpenEx(str(sample_gpkg))
    assert dataset.GetMetadataItem("ATTRIBUTION") == text.strip()


def test_load_sample_city_algorithm_writes_three_layers(conecta_plugin, tmp_path):
    before = SHIPPED_SAMPLE.read_bytes()
    result = processing.run(
        "conecta:loadsamplecity",
        {
            "NETWORK": str(tmp_path / "network.gpkg"),
            "ZONES": str(tmp_path / "zones.gpkg"),
            "STOPS": str(tmp_path / "stops.gpkg"),
        },
    )
    zones = QgsVectorLayer(result["ZONES"], "zones", "ogr")
    assert zones.featureCount() == 1227
    assert QgsVectorLayer(result["STOPS"], "stops", "ogr").featureCount() > 3900
    assert QgsVectorLayer(result["NETWORK"], "net", "ogr").crs().authid() == "EPSG:31982"
    assert SHIPPED_SAMPLE.read_bytes() == before, "the shipped sample must never be modified"


def test_styles_exist_for_every_sample_layer():
    for name in ("network", "zones", "stops"):
        qml = REPO / "resources" / "styles" / f"sample_{name}.qml"
        assert qml.exists() and "<renderer-v2" in qml.read_text(encoding="utf-8")
