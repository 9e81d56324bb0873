"""The bad-input matrix of issue 14 over every algorithm at once: each layer input of each algorithm's first
golden case (tests/golden/cases.py) is replaced by what municipal layers really hold — an empty layer, features
without geometry, a layer without a CRS, one invalid geometry (QGIS's default "stop" setting), numbers stored as
text — and the run must end in one of two ways:

- a clear message (``QgsProcessingException``, never a Python error such as ``KeyError`` or ``TypeError``, never
  QGIS's generic "There were errors executing the algorithm" alone), with no output file left behind; or
- a complete result, with the problem said in the log (a warning or an info line naming the features).

The input files are never modified (hashed before and after). Each group's own tests check the exact messages
and numbers; this matrix checks that no algorithm crashes or stays silent on any row.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import processing
import pytest
from golden.cases import CASES, build_inputs
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from data_paths import shared
from feedback_log import Log

GENERIC = "There were errors executing the algorithm"
INVALID = {
    QgsWkbTypes.PolygonGeometry: "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))",  # a bow tie
    QgsWkbTypes.LineGeometry: "LINESTRING(0 0, 0 0)",  # a line with one distinct vertex
}


NO_LAYER_INPUT = {"conecta:loadsamplecity", "conecta:gtfsstops"}
"""Algorithms that read no vector layer (the sample loader writes its own, gtfsstops reads a GTFS zip)."""

GEOMETRY_KINDS = ("no_geometry", "no_crs", "invalid_geometry")
"""Kinds that only mean something for an input whose geometry is used: a table input (a matrix, an OD table,
a rate table) takes a layer without geometry by design, so these kinds are not tried on it."""


def first_case_per_algorithm():
    seen, cases = set(NO_LAYER_INPUT), []
    for case in CASES:
        if case.algorithm not in seen:
            seen.add(case.algorithm)
            cases.append(case)
    return cases


@pytest.fixture(scope="module")
def inputs(conecta_plugin, sample_gpkg, tmp_path_factory):
    return build_inputs(tmp_path_factory.mktemp("matrix_inputs"), sample_gpkg, shared)


def layer_inputs(case, parameters, kind="empty"):
    """Names of the parameters given a vector layer (a feature source of the algorithm) that ``kind`` applies to."""
    algorithm = QgsApplication.processingRegistry().algorithmById(case.algorithm)
    names = []
    for name, value in parameters.items():
        definition = algorithm.parameterDefinition(name)
        if definition is None or definition.type() != "source" or not isinstance(value, str):
            continue
        geometry_used = definition.dataTypes() and QgsProcessing.TypeVector not in definition.dataTypes()
        if kind in GEOMETRY_KINDS and not geometry_used:
            continue
        layer = QgsVectorLayer(value, name, "ogr")
        if layer.isValid():
            names.append(name)
    return names


def write(layer, features, path: Path, crs=None) -> str:
    """A GeoPackage copy of ``layer`` holding ``features`` (in ``crs`` if given, unset CRS when invalid)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(
        str(path),
        layer.fields(),
        layer.wkbType(),
        crs if crs is not None else layer.crs(),
        QgsProject.instance().transformContext(),
        options,
    )
    writer.addFeatures(features)
    del writer
    return str(path)


def variant(kind: str, source: str, folder: Path) -> str | None:
    """``source`` turned into the bad input ``kind`` (a GeoPackage path), None when the kind does not apply."""
    layer = QgsVectorLayer(source, "input", "ogr")
    features = list(layer.getFeatures())
    path = folder / f"{kind}_{abs(hash(source))}.gpkg"
    if kind == "empty":
        return write(layer, [], path)
    if kind == "no_geometry":
        for feature in features:
            feature.clearGeometry()
        return write(layer, features, path)
    if kind == "no_crs":
        return write(layer, features, path, QgsCoordinateReferenceSystem())
    if kind == "invalid_geometry":
        wkt = INVALID.get(layer.geometryType())
        if wkt is None:
            return None
        x, y = (
            features[0].geometry().boundingBox().center().x(),
            features[0].geometry().boundingBox().center().y(),
        )
        bad = QgsGeometry.fromWkt(wkt)
        bad.translate(x, y)
        features[0].setGeometry(bad)
        return write(layer, features, path)
    raise ValueError(kind)


def digest(path: str) -> str:
    return hashlib.sha256(Path(path.split("|")[0]).read_bytes()).hexdigest()


def outputs_of(parameters) -> list:
    """The output files a run was asked to write."""
    return [
        Path(v)
        for k, v in parameters.items()
        if isinstance(v, str) and k.startswith("OUTPUT") and Path(v).suffix and "|" not in v
    ]


KINDS = ("empty", "no_geometry", "no_crs", "invalid_geometry")
CASES_UNDER_TEST = first_case_per_algorithm()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case", CASES_UNDER_TEST, ids=[c.algorithm.split(":")[1] for c in CASES_UNDER_TEST])
def test_bad_layers_get_a_message_or_a_said_result(case, kind, inputs, tmp_path):
    base = case.parameters(inputs, tmp_path)
    assert layer_inputs(case, base), f"{case.algorithm}'s golden case gives no vector layer"
    names = layer_inputs(case, base, kind)
    for name in names:
        bad = variant(kind, base[name], tmp_path)
        if bad is None:
            continue
        parameters = {**base, name: bad}
        before = digest(bad)
        log = Log()
        try:
            processing.run(case.algorithm, parameters, feedback=log)
        except QgsProcessingException as error:
            said = (str(error) + "\n" + log.text()).replace(GENERIC, "").strip()
            assert said, f"{case.algorithm} {name} {kind}: only QGIS's generic error"
            if (
                kind == "no_crs"
            ):  # a GeoPackage written without a CRS reads as GDAL's "Undefined geographic SRS"
                assert "CRS" in str(error), (
                    f"{case.algorithm} {name}: the message does not name the missing CRS"
                )
            for path in outputs_of(parameters):
                assert not path.exists(), f"{case.algorithm} {name} {kind}: {path.name} left behind"
        else:
            if kind in ("empty", "no_geometry", "invalid_geometry"):
                assert log.warnings or any("skipped" in line or "no feature" in line for line in log.lines), (
                    f"{case.algorithm} {name} {kind}: finished without a word on the bad input"
                )
        assert digest(bad) == before, f"{case.algorithm} modified its input {name}"
