"""`make package` writes a ZIP that installs through QGIS's "Install from ZIP" and loads."""

import subprocess
import sys
import zipfile

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
from qgisprocess import QgisProcess, find_qgis_process  # noqa: E402


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    target = tmp_path_factory.mktemp("dist") / "conecta.zip"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "package.py"), "--output", str(target)], check=True
    )
    return target


def test_zip_holds_a_conecta_folder_without_dev_files(package):
    names = zipfile.ZipFile(package).namelist()
    assert all(name.startswith("conecta/") for name in names)
    for needed in (
        "conecta/metadata.txt",
        "conecta/__init__.py",
        "conecta/plugin.py",
        "conecta/LICENSE",
        "conecta/i18n/conecta_es.qm",
        "conecta/i18n/conecta_pt_BR.qm",
        "conecta/resources/sample/porto_alegre.gpkg",
        "conecta/resources/sample/ATTRIBUTION",
    ):
        assert needed in names, needed
    for name in names:
        assert not name.startswith(("conecta/tests/", "conecta/bench/", "conecta/scripts/", "conecta/.")), (
            name
        )
        assert "__pycache__" not in name and not name.endswith((".ts", ".pyc"))


def test_unpacked_plugin_loads_in_qgis(package, tmp_path):
    try:
        find_qgis_process()
    except FileNotFoundError:
        pytest.skip("qgis_process is not installed (run make setup)")
    plugins = tmp_path / "plugins"
    zipfile.ZipFile(package).extractall(plugins)
    runner = QgisProcess(plugins=plugins, profile=tmp_path / "profile")
    assert "conecta:loadsamplecity" in runner.algorithms()
    out = runner.run(
        "conecta:loadsamplecity",
        NETWORK=tmp_path / "n.gpkg",
        ZONES=tmp_path / "z.gpkg",
        STOPS=tmp_path / "s.gpkg",
    )
    assert out["results"]["ZONES"].endswith("z.gpkg")


IMPORT_ALL = """
import importlib, sys
from pathlib import Path
sys.modules["dask"] = sys.modules["distributed"] = None  # a planner's QGIS has no dask
root = Path(sys.argv[1])
sys.path.insert(0, str(root.parent))
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
failed = []
for path in sorted(root.rglob("*.py")):
    parts = path.relative_to(root.parent).with_suffix("").parts
    if parts[-1] in ("__init__", "__main__"):
        parts = parts[:-1] if parts[-1] == "__init__" else None
    if parts:
        try:
            importlib.import_module(".".join(parts))
        except Exception as error:  # noqa: BLE001 (every failure is listed)
            failed.append(f"{'.'.join(parts)}: {type(error).__name__}: {error}")
print("\\n".join(failed) or "OK")
"""


def test_every_module_of_the_package_imports_without_the_repository_or_dask(package, tmp_path):
    # The desktop tier found the Analysis dock importing conecta.batch, which the ZIP did not ship: every
    # module of the unpacked ZIP must import from the ZIP alone, on a QGIS without dask.
    zipfile.ZipFile(package).extractall(tmp_path)
    run = subprocess.run(
        ["/usr/bin/python3", "-c", IMPORT_ALL, str(tmp_path / "conecta")],
        capture_output=True, text=True, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert run.stdout.strip().splitlines()[-1:] == ["OK"], run.stdout + run.stderr
