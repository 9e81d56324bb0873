"""'Export batch job' in the Analysis dock: the job file of ``conecta-batch`` for the dock's current inputs, so that
an analysis set up on a sample can be run for a whole metropolitan region on a server
(``python -m conecta.batch JOB.toml``, see docs/metropolitan.md).

The job names the network and zone files the dock's layers read (absolute paths: the server needs the same data
paths), the id, population and opportunity fields, the modes and the cutoffs, and writes the cumulative
measure the dock computes. Layers that are not files (memory layers, databases) cannot be exported: the planner
is told to save them first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox, QPushButton

from ..batch.job import job_text
from ..processing.bridge.parsers import parse_numbers

MODES = ("walk", "bicycle", "car")
"""The batch runner's names of the dock's modes, in the order of its mode boxes."""


class BatchExport:
    """Translation context of the export's messages."""

    @staticmethod
    def tr(text: str) -> str:
        """``text`` in the planner's language."""
        return QCoreApplication.translate("BatchExport", text)


def layer_file(layer: Optional[QgsVectorLayer]) -> Optional[Tuple[str, str]]:
    """``(path, layer name)`` of a layer read from a file by GDAL/OGR; None for any other layer."""
    if layer is None or layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path or not Path(path).is_file():
        return None
    return str(Path(path).resolve()), parts.get("layerName") or ""


def job_sections(settings, out_folder: str = "") -> Tuple[Dict[str, dict], List[str]]:
    """The job file's sections for the dock's ``settings`` (an ``AnalysisSettings``), and the problems that
    prevent an export (translated)."""
    problems = []
    network, zones = layer_file(settings.network), layer_file(settings.zones)
    for file, layer in ((network, settings.network), (zones, settings.zones)):
        if file is None:
            name = layer.name() if layer is not None else BatchExport.tr("(none)")
            problems.append(
                BatchExport.tr(
                    "The layer {} is not read from a file: save it (e.g. as a GeoPackage) to export a batch job."
                ).format(name)
            )
    try:
        cutoffs = [float(c) for c in parse_numbers(settings.cutoffs_text)]
    except ValueError:
        cutoffs = []
    if not cutoffs:
        problems.append(BatchExport.tr("Write the cutoffs in minutes, e.g. 30, 60."))
    if not settings.opportunities:
        problems.append(BatchExport.tr("Tick at least one opportunity field."))
    if not settings.id_field:
        problems.append(BatchExport.tr("Choose the zone id field."))
    if problems:
        return {}, problems
    sections = {
        "network": {"path": network[0], "layer": network[1] or None},
        "zones": {"path": zones[0], "layer": zones[1] or None, "id": settings.id_field},
        "accessibility": {
            "modes": [MODES[i] for i in settings.modes if i < len(MODES)],
            "measure": "cumulative",
            "opportunities": list(settings.opportunities),
            "population": settings.population_field or None,
            "cutoffs": [int(c) if c.is_integer() else c for c in cutoffs],
        },
        "output": {"directory": out_folder or "results", "format": "parquet"},
    }
    return sections, []


def export_job(dock, path: Optional[str] = None) -> Optional[Path]:
    """Write the job file of the dock's inputs to ``path`` (asked for when None); the file written, or None."""
    settings = dock.settings()
    sections, problems = job_sections(settings)
    if problems:
        QMessageBox.warning(dock, BatchExport.tr("Export batch job"), "\n".join(problems))
        return None
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            dock,
            BatchExport.tr("Export batch job"),
            "conecta_job.toml",
            BatchExport.tr("Batch jobs (*.toml)"),
        )
        if not path:
            return None
    target = Path(path)
    comment = BatchExport.tr(
        "Conecta batch job exported from QGIS. Run it without QGIS with:\n  python -m conecta.batch {} --out results"
    ).format(target.name)
    if settings.selected_only:
        comment += "\n" + BatchExport.tr(
            "Every zone of the layer is computed (the selection is not exported)."
        )
    target.write_text(job_text(sections, comment), encoding="utf-8")
    if dock.iface is not None:
        dock.iface.messageBar().pushSuccess(
            "Conecta", BatchExport.tr("Batch job written to {}").format(target)
        )
    return target


def add_export_button(dock, layout) -> QPushButton:
    """The 'Export batch job…' button, added to ``layout`` (the dock's buttons)."""
    button = QPushButton(BatchExport.tr("Export batch job…"))
    button.setToolTip(
        BatchExport.tr(
            "Write a job file for these inputs, to run the same accessibility for a whole metropolitan region "
            "without QGIS (python -m conecta.batch)."
        )
    )
    button.clicked.connect(lambda: export_job(dock))
    layout.addWidget(button)
    return button
