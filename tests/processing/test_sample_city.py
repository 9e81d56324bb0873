"""The sample city shipped for training sessions: real Porto Alegre data, in SIRGAS 2000 / UTM 22S."""

import hashlib

import processing
import pytest
from osgeo import gdal
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from conftest import REPO, SHIPPED_SAMPLE
from feedback_log import Log

COUNTS = {"NETWORK": 15668, "ZONES": 1227, "STOPS": 4010}
"""Features of each layer of the sample (the shipped GeoPackage, read with GDAL in the test above)."""


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
    # OSM's one-way tag as the network reader knows it: thousands of one-way streets, no other value
    assert oneway.count("yes") > 1000
    assert set(oneway) <= {"yes", "no", "-1"}
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


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "check",
    [
        QgsFeatureRequest.GeometryAbortOnInvalid,
        QgsFeatureRequest.GeometrySkipInvalid,
        QgsFeatureRequest.GeometryNoCheck,
    ],
    ids=["stop", "skip", "no check"],
)
def test_every_invalid_geometry_setting_copies_the_whole_valid_sample(conecta_plugin, check):
    # the sample's geometries are all valid (GEOS): every setting copies every feature
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(check)
    outputs = {key: "memory:" for key in COUNTS}
    result = processing.run("conecta:loadsamplecity", outputs, context=context)
    assert {key: result[key].featureCount() for key in COUNTS} == COUNTS


def test_a_folder_that_refuses_files_gets_a_message_and_qgis_lives_on(conecta_plugin, tmp_path):
    # /proc refuses new files even to root, whatever its permissions say
    before = digest(SHIPPED_SAMPLE)
    log = Log()
    outputs = {
        "NETWORK": "/proc/network.gpkg",
        "ZONES": str(tmp_path / "z.gpkg"),
        "STOPS": str(tmp_path / "s.gpkg"),
    }
    with pytest.raises(QgsProcessingException):
        processing.run("conecta:loadsamplecity", outputs, feedback=log)
    assert (
        "Output 'Street network' cannot be written to /proc/network.gpkg: the folder or file is read-only."
        in log.text()
    )
    assert list(tmp_path.iterdir()) == []  # refused before any work: no other output either
    # the same process goes on: a second run into a folder that takes files works
    outputs["NETWORK"] = str(tmp_path / "n.gpkg")
    result = processing.run("conecta:loadsamplecity", outputs)
    assert QgsVectorLayer(result["ZONES"], "z", "ogr").featureCount() == 1227
    assert digest(SHIPPED_SAMPLE) == before


class CancelInZones(QgsProcessingFeedback):
    """Cancels once the copy reaches the zones (the second layer: progress past 40 %)."""

    def isCanceled(self):
        return self.progress() > 40 or super().isCanceled()


def test_a_cancelled_copy_leaves_no_layer(conecta_plugin, tmp_path):
    outputs = {key: str(tmp_path / f"{key.lower()}.gpkg") for key in COUNTS}
    result = processing.run("conecta:loadsamplecity", outputs, feedback=CancelInZones())
    assert result == {} or all(value is None for value in result.values())
    # the network was copied whole, but the three layers are written together or not at all
    assert list(tmp_path.iterdir()) == []


def test_a_missing_or_broken_sample_is_said(conecta_plugin, tmp_path, monkeypatch):
    from conecta.processing.algorithms import loadsamplecity

    outputs = {key: "memory:" for key in COUNTS}
    monkeypatch.setattr(loadsamplecity, "SAMPLE_GPKG", tmp_path / "gone.gpkg")
    with pytest.raises(
        QgsProcessingException, match="The sample city is missing from the plugin folder: .*gone.gpkg"
    ):
        processing.run("conecta:loadsamplecity", outputs)
    broken = tmp_path / "porto_alegre.gpkg"
    broken.write_text("not a GeoPackage")
    monkeypatch.setattr(loadsamplecity, "SAMPLE_GPKG", broken)
    with pytest.raises(QgsProcessingException, match="Cannot read layer network of the sample city"):
        processing.run("conecta:loadsamplecity", outputs)
