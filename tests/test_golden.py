"""Outputs unchanged: every algorithm on the golden cases (tests/golden/cases.py) gives the outputs recorded
before the bridge redesign, field by field and feature by feature, to 1e-9.

``CONECTA_RECORD_GOLDEN=1 pytest tests/test_golden.py`` records them again; do so only for a deliberate change of
results, and say why in the commit.
"""

import gzip
import json
import os
from pathlib import Path

import processing
import pytest
from golden.cases import CASES, build_inputs
from golden.fingerprint import csv_fingerprint, differences, json_fingerprint, layer_fingerprint
from qgis.core import QgsVectorLayer

from data_paths import shared

EXPECTED = Path(__file__).parent / "golden" / "expected"
RECORD = bool(os.environ.get("CONECTA_RECORD_GOLDEN"))


@pytest.fixture(scope="module")
def inputs(conecta_plugin, sample_gpkg, tmp_path_factory):
    return build_inputs(tmp_path_factory.mktemp("golden_inputs"), sample_gpkg, shared)


def fingerprint(case, results) -> dict:
    """Everything the case compares, from the algorithm's results."""
    out = {}
    for key in case.outputs:
        value = results[key]
        layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(str(value), key, "ogr")
        assert layer.isValid(), f"{case.name}: output {key} cannot be read ({value})"
        out[key] = layer_fingerprint(layer)
    for key, kind in case.files.items():
        path = Path(str(results[key]))
        out[key] = csv_fingerprint(path) if kind == "csv" else json_fingerprint(path)
    for key in case.numbers:
        out[key] = results[key]
    return out


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_outputs_are_unchanged(case, inputs, tmp_path):
    results = processing.run(case.algorithm, case.parameters(inputs, tmp_path))
    actual = json.loads(json.dumps(fingerprint(case, results), default=str))
    path = EXPECTED / f"{case.name}.json.gz"
    if RECORD:
        path.write_bytes(gzip.compress(json.dumps(actual, sort_keys=True).encode("utf-8"), mtime=0))
    expected = json.loads(gzip.decompress(path.read_bytes()))
    found = differences(expected, actual, case.name)
    assert not found, "\n".join(found)
