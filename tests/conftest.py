"""Test set-up: make the repository importable as the ``conecta`` package, as QGIS does."""

import os
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
PLUGIN_PATH = REPO / "build" / "plugin_path"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _link_plugin() -> None:
    PLUGIN_PATH.mkdir(parents=True, exist_ok=True)
    link = PLUGIN_PATH / "conecta"
    if not link.exists():
        link.symlink_to(REPO, target_is_directory=True)


_link_plugin()
sys.path.insert(0, str(PLUGIN_PATH))
sys.path.insert(0, str(TESTS))


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def conecta_plugin(qgis_app, qgis_processing, qgis_iface):
    """The plugin loaded the way QGIS loads it, with its provider registered."""
    from conecta import classFactory

    plugin = classFactory(qgis_iface)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


SHIPPED_SAMPLE = REPO / "resources" / "sample" / "porto_alegre.gpkg"


@pytest.fixture(scope="session")
def sample_gpkg(tmp_path_factory) -> Path:
    """A copy of the sample city shipped with the plugin (tests may filter its layers: the original stays
    byte for byte as shipped; QGIS's subset strings on a GeoPackage touch the file's header)."""
    import shutil

    copy = tmp_path_factory.mktemp("sample") / "porto_alegre.gpkg"
    shutil.copyfile(SHIPPED_SAMPLE, copy)
    return copy


# ------------------------------------------------------------------ Belo Horizonte (shared data, data_paths)


@pytest.fixture(scope="module")
def land_use():
    """Belo Horizonte's land use table (accessibility package's data), indexed by zone id."""
    import pandas as pd

    from data_paths import shared

    return pd.read_csv(shared("belo_horizonte", "land_use_data.csv")).set_index("id")


@pytest.fixture(scope="module")
def matrix_df():
    """Belo Horizonte's travel time matrix as read (from_id, to_id, travel_time)."""
    import pandas as pd

    from data_paths import shared

    return pd.read_csv(shared("belo_horizonte", "travel_matrix.csv.gz"))


@pytest.fixture(scope="module")
def matrix(matrix_df, land_use):
    """Belo Horizonte's travel time matrix prepared for ``core.accessibility`` over the land use zones."""
    from conecta.core.accessibility import prepare_matrix

    return prepare_matrix(matrix_df, land_use.index)


@pytest.fixture(scope="module")
def bh_zones():
    """Belo Horizonte's 898 H3 hexagons as a QGIS layer."""
    from qgis.core import QgsVectorLayer

    from data_paths import shared

    layer = QgsVectorLayer(str(shared("belo_horizonte", "bho_hex_h3res9.geojson")), "bh", "ogr")
    assert layer.isValid() and layer.featureCount() == 898
    return layer


@pytest.fixture(scope="module")
def bh_matrix():
    """The path of Belo Horizonte's travel time matrix (CSV.gz)."""
    from data_paths import shared

    return str(shared("belo_horizonte", "travel_matrix.csv.gz"))


# ------------------------------------------------------------------ qgis_process


def require_qgis_process():
    """Skip the test when QGIS's command-line runner is not installed; the class that drives it
    (``scripts/qgisprocess.py``)."""
    if str(REPO / "scripts") not in sys.path:
        sys.path.insert(0, str(REPO / "scripts"))
    from qgisprocess import QgisProcess, find_qgis_process

    try:
        find_qgis_process()
    except FileNotFoundError:
        pytest.skip("qgis_process is not installed (run make setup)")
    return QgisProcess


@pytest.fixture
def qgis_process_runner(tmp_path):
    """qgis_process with a profile of its own, in the test's folder (the test is skipped without it)."""
    return require_qgis_process()(profile=tmp_path / "profile")


# ------------------------------------------------------------------ user interface


@pytest.fixture
def project():
    """An empty project, emptied again after the test."""
    from qgis.core import QgsProject

    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


@pytest.fixture
def dock(conecta_plugin, qgis_iface):
    """The Analysis dock on an empty project; after the test it is unloaded, its background run awaited (60 s at
    most), deleted, and the project emptied."""
    import time

    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    from conecta.ui.analysis_dock import AnalysisDock

    QgsProject.instance().clear()
    widget = AnalysisDock(qgis_iface)
    yield widget
    widget.unload()
    end = time.time() + 60
    while widget.runner.running:
        assert time.time() < end, "the dock's background run did not finish in time"
        QCoreApplication.processEvents()
        time.sleep(0.01)
    widget.deleteLater()
    QgsProject.instance().clear()


# ------------------------------------------------------------------ languages


@pytest.fixture
def ui_language():
    """Switch QGIS's locale setting (override on) and install Conecta's translator for it:
    ``ui_language(code)`` returns the translation file installed (None for English); the user's setting and
    English again after the test."""
    from qgis.core import QgsSettings

    from conecta.translation import install_translator

    settings = QgsSettings()
    old = settings.value("locale/userLocale"), settings.value("locale/overrideFlag")

    def use(code):
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", code)
        return install_translator()

    yield use
    settings.setValue("locale/userLocale", old[0] or "")
    settings.setValue("locale/overrideFlag", old[1] or False)
    install_translator("en")


@pytest.fixture
def spanish(ui_language):
    """Spanish user interface for one test (checked installed); the path of its translation file."""
    path = ui_language("es")
    assert str(path).endswith("conecta_es.qm")
    return path


# ------------------------------------------------------------------ strict runs (make test, CI)

ALLOWED_SKIPS = ("root may write into read-only folders",)
"""Skips that stay skips in strict runs: conditions of the machine, not missing tools."""


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """With CONECTA_STRICT=1 (``make test``, CI), a test skipped for a missing tool, library or data set
    fails instead: ``make test`` installs everything the suite needs, so a skip there hides a broken set-up."""
    outcome = yield
    report = outcome.get_result()
    if not report.skipped or not os.environ.get("CONECTA_STRICT") or hasattr(report, "wasxfail"):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if any(allowed in reason for allowed in ALLOWED_SKIPS):
        return
    report.outcome = "failed"
    report.longrepr = f"skipped in a strict run (make test installs what the suite needs): {reason}"


def _self_check() -> None:
    """One line instead of a hundred failures when the interpreter is not QGIS's."""
    try:
        import qgis.core  # noqa: F401
    except ImportError as error:
        raise SystemExit(
            f"The tests need QGIS's Python (/usr/bin/python3 and a venv made from it with "
            f"--system-site-packages); {sys.executable} cannot import qgis: {error}. Run `make test`."
        ) from error


_self_check()


@pytest.fixture(scope="module")
def handmade_feed(tmp_path_factory):
    """The hand-made GTFS feed of ``handmade_gtfs.py`` (its lengths and times are worked out by hand there)."""
    from handmade_gtfs import read_handmade_feed

    return read_handmade_feed(tmp_path_factory.mktemp("hand"))


@pytest.fixture(scope="module")
def handmade_morning(handmade_feed):
    """Bus activity of the hand-made feed on its service date, 06:00 to 08:00 (``handmade_gtfs.MORNING``)."""
    from handmade_gtfs import DATE, MORNING

    from conecta.core.activity import bus_activity

    return bus_activity(handmade_feed, DATE, *MORNING)
