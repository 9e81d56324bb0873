"""Conecta runs headless through QGIS's own command-line runner, qgis_process."""

import shutil
import sys

import pytest
from qgis.core import QgsVectorLayer

from conftest import REPO
from layers import ORIGIN, bus_line_feed, memory_layer

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


def test_qgis_process_routes_with_fares_and_measures_affordability(qgis_process, conecta_plugin, tmp_path):
    """The one-bus city of tests/processing/test_fares_algs.py (bus R, R$ 4.80, A → B in 30 minutes; B cannot
    reach A) from files: transitmatrix with a fare structure writes the fare column, affordability reads it.
    A (100 people, income 1,000) reaches B's 10 jobs for 4.80: 4.80 × 44 = 211.20 a month, 21.12 % of its income,
    above 10 %; B (200 people, income 500) reaches its own jobs walking, for nothing: 100 of 300 people above."""
    import json

    import pandas as pd
    import processing

    rows = [(f"POINT({ORIGIN[0]} {ORIGIN[1]})", ["A", 100, 1000.0, 0]),
            (f"POINT({ORIGIN[0] + 2000} {ORIGIN[1]})", ["B", 200, 500.0, 10])]  # fmt: skip
    uri = "Point?crs=EPSG:31982&field=id:string&field=pop:integer&field=income:double&field=jobs:integer"
    zones = processing.run(
        "native:extractbyexpression",
        {"INPUT": memory_layer(uri, rows), "EXPRESSION": "TRUE", "OUTPUT": str(tmp_path / "zones.gpkg")},
    )["OUTPUT"]
    fares = tmp_path / "fares.json"
    fares.write_text(json.dumps({"fare_types": [{"id": "BUS", "fare": 4.80}], "default_type": "BUS"}))
    matrix = qgis_process.run(
        "conecta:transitmatrix", GTFS=bus_line_feed(tmp_path / "feed.zip"), DATE="2019-05-13",
        DEPARTURE_TIME="08:00", TIME_WINDOW=1, ORIGINS=zones, ORIGINS_ID="id", FARE_STRUCTURE=fares,
        OUTPUT=tmp_path / "matrix.csv",
    )["results"]  # fmt: skip
    table = pd.read_csv(matrix["OUTPUT"]).set_index(["from_id", "to_id"])
    assert table.loc[("A", "B"), ["travel_time_p50", "fare"]].tolist() == [30, 4.80]
    result = qgis_process.run(
        "conecta:affordability", ZONES=zones, ZONES_ID="id", POPULATION="pop", INCOME="income",
        OPPORTUNITIES="jobs", TRAVEL_MATRIX=matrix["OUTPUT"], COST_FIELD="travel_time_p50",
        OUTPUT=tmp_path / "affordability.gpkg", DECILES=tmp_path / "deciles.csv", CHART=tmp_path / "chart.png",
    )["results"]  # fmt: skip
    assert result["SHARE_ABOVE"] == pytest.approx(100 * 100 / 300)
    layer = QgsVectorLayer(result["OUTPUT"], "affordability", "ogr")
    share = {f["id"]: f["aff_share"] for f in layer.getFeatures()}
    assert share == {"A": pytest.approx(100 * 4.80 * 44 / 1000), "B": 0.0}
