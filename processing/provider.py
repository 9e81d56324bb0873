"""The Conecta Processing provider (id ``conecta``)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .base import ICON


def algorithm_classes() -> list:
    """Every algorithm class Conecta provides."""
    from .loadsample import LoadSampleCity

    return [LoadSampleCity]


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
