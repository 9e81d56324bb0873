"""Conecta runs headless through QGIS's own command-line runner, qgis_process."""

import shutil
import sys

import pytest
from qgis.core import QgsVectorLayer

from conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
from qgisprocess import QgisProcess, find_qgis_process  # noqa: E402


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    try:
        find_qgis_process()
    except FileNotFoundError:
        pytest.skip("qgis_process is not installed (run make setup)")
    return QgisProcess(profile=tmp_path_factory.mktemp("profile"))


def test_qgis_process_lists_every_conecta_algorithm(qgis_process, conecta_plugin):
    from qgis.core import QgsApplication

    in_qgis = {alg.id() for alg in QgsApplication.processingRegistry().providerById("conecta").algorithms()}
    listed = set(qgis_process.algorithms())
    assert len(in_qgis) >= 19 and listed == in_qgis


def test_qgis_process_runs_an_algorithm_to_files(qgis_process, tmp_path):
    result = qgis_process.run(
        "conecta:loadsamplecity",
        NETWORK=tmp_path / "network.gpkg",
        ZONES=tmp_path / "zones.gpkg",
        STOPS=tmp_path / "stops.gpkg",
    )
    zones = QgsVectorLayer(result["results"]["ZONES"], "zones", "ogr")
    assert zones.featureCount() == 1227
    assert sum(f["population"] for f in zones.getFeatures()) == 812935


def test_qgis_process_bin_is_preferred_over_debian_wrapper(monkeypatch):
    # Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which QGIS 3.22 rejects
    monkeypatch.delenv("QGIS_PROCESS", raising=False)
    assert shutil.which("qgis_process.bin"), "make setup installs QGIS with its qgis_process.bin"
    assert find_qgis_process().endswith("qgis_process.bin")


def test_qgis_process_does_not_depend_on_the_python_first_on_path(tmp_path):
    # another Python first on PATH (pyenv, conda): QGIS's embedded Python would take its standard library
    # from there ("Couldn't load SIP module") unless the runner puts QGIS's own folder first
    prefix = tmp_path / "other-python"
    (prefix / "bin").mkdir(parents=True)
    (prefix / "lib" / "python3.11").mkdir(parents=True)
    (prefix / "lib" / "python3.11" / "os.py").write_text("")
    (prefix / "bin" / "python3").write_text("#!/bin/sh\nexit 1\n")
    (prefix / "bin" / "python3").chmod(0o755)
    runner = QgisProcess(profile=tmp_path / "profile", extra_path=str(prefix / "bin"))
    assert "conecta:accessibility" in runner.algorithms()
