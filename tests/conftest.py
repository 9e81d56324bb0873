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
