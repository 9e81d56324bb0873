"""'Export batch job' of the Analysis dock: the job file written for the dock's inputs is one the batch runner
accepts, with the dock's files, fields, modes and cutoffs; layers that are not files are refused with a message."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer


@pytest.fixture
def dock(conecta_plugin, qgis_iface, sample_gpkg):
    from conecta.ui.analysis_dock import AnalysisDock

    QgsProject.instance().clear()
    layers = {
        name: QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")
        for name in ("network", "zones", "stops")
    }
    QgsProject.instance().addMapLayers(list(layers.values()))
    widget = AnalysisDock(None)
    widget.use_sample(layers["network"], layers["zones"], layers["stops"])
    widget.mode_boxes[2].setChecked(True)
    widget.cutoffs_edit.setText("20, 45")
    yield widget
    widget.unload()
    widget.deleteLater()
    QgsProject.instance().clear()


def test_the_exported_job_is_the_dock_analysis_for_the_batch_runner(dock, sample_gpkg, tmp_path):
    from conecta.batch.job import read_job
    from conecta.ui.batch_export import export_job

    assert dock.batch_button.text() == "Export batch job…"
    written = export_job(dock, str(tmp_path / "city.toml"))
    job = read_job(written)
    assert job.network == {"path": str(sample_gpkg.resolve()), "layer": "network"}
    assert job.zones == {"path": str(sample_gpkg.resolve()), "layer": "zones", "id": "id"}
    assert job.modes == ["walk", "car"]
    assert job.accessibility["cutoffs"] == [20, 45]
    assert job.accessibility["opportunities"] == ["jobs"]
    assert job.accessibility["population"] == "population"
    assert "python -m conecta.batch city.toml" in written.read_text()


def test_layers_that_are_not_files_cannot_be_exported(dock):
    from conecta.ui.batch_export import job_sections

    memory = QgsVectorLayer(
        "Polygon?crs=EPSG:31982&field=id:string&field=jobs:double", "drawn zones", "memory"
    )
    settings = dock.settings()
    settings.zones = memory
    settings.cutoffs_text = "thirty"
    sections, problems = job_sections(settings)
    assert sections == {}
    assert problems == [
        "The layer drawn zones is not read from a file: save it (e.g. as a GeoPackage) to export a batch job.",
        "Write the cutoffs in minutes, e.g. 30, 60.",
    ]
