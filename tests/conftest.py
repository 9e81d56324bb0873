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
