"""The Conecta Processing provider (id ``conecta``)."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .base import ICON

NOT_ALGORITHM_MODULES = {"adapters", "base", "charts", "deps", "geometry", "help", "provider", "styles"}


def algorithm_classes() -> list:
    """Every ConectaAlgorithm subclass with an ``ALG_NAME`` defined in a module of this package."""
    from .base import ConectaAlgorithm

    classes = []
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]))
    for module_name in (n for n in names if n not in NOT_ALGORITHM_MODULES and not n.startswith("_")):
        try:
            module = importlib.import_module(f"{__package__}.{module_name}")
        except Exception as error:  # a broken module must not take the whole provider down
            QgsMessageLog.logMessage(
                f"Cannot load processing/{module_name}.py: {error!r}", "Conecta", Qgis.Critical
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
