"""Optional libraries (geopandas, rasterio, pyarrow): imported only when an algorithm needs them."""

from __future__ import annotations

import importlib
from types import ModuleType

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

PACKAGES = {
    "geopandas": ("python3-geopandas", "geopandas"),
    "rasterio": ("python3-rasterio", "rasterio"),
    "pyarrow": ("python3-pyarrow", "pyarrow"),
}


def require(module: str) -> ModuleType:
    """Import ``module`` or stop with a translated message saying how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        debian, pip = PACKAGES.get(module, (f"python3-{module}", module))
        # pylupdate5 skips translate() calls that end with a trailing comma: keep the formatter away
        # fmt: off
        message = QCoreApplication.translate(
            "ConectaDependencies",
            "This algorithm needs the Python library '{0}', which is not installed in the Python used by "
            "QGIS. On Windows, open the OSGeo4W Shell and run: python -m pip install {1}. On macOS run: "
            "/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {1}. On Debian/Ubuntu run: "
            "sudo apt install {2}. Then restart QGIS."
        ).format(module, pip, debian)
        # fmt: on
        raise QgsProcessingException(message) from error
