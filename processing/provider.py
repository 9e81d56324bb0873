"""The Conecta Processing provider (id ``conecta``)."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .bridge.algorithm import ICON


def algorithm_classes() -> list:
    """Every ConectaAlgorithm subclass with an ``ALG_NAME`` defined in a module of this package."""
    from .bridge.algorithm import ConectaAlgorithm

    classes = []
    folder = Path(__file__).parent / "algorithms"
    names = sorted(m.name for m in pkgutil.iter_modules([str(folder)]))
    for module_name in (n for n in names if not n.startswith("_")):
        try:
            module = importlib.import_module(f"{__package__}.algorithms.{module_name}")
        except Exception as error:  # a broken module must not take the whole provider down
            QgsMessageLog.logMessage(
                f"Cannot load processing/algorithms/{module_name}.py: {error!r}", "Conecta", Qgis.Critical
            )
            continue
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, ConectaAlgorithm)
                and value.ALG_NAME
                and value.__module__ == module.__name__
            ):
                classes.append(value)
    return classes


class ConectaProvider(QgsProcessingProvider):
    """Provides Conecta's algorithms to the Processing framework."""

    def id(self) -> str:
        return "conecta"

    def name(self) -> str:
        return "Conecta"

    def longName(self) -> str:
        return QCoreApplication.translate(
            "ConectaProvider", "Conecta — urban connectivity (ECLAC Big Push for Sustainability)"
        )

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def loadAlgorithms(self) -> None:
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
