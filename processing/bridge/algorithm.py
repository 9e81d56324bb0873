"""Common base of Conecta's Processing algorithms: translation, groups, help, progress bridge."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

PLUGIN_DIR = Path(__file__).resolve().parents[2]
ICON = PLUGIN_DIR / "resources" / "icons" / "conecta.svg"


def group_name(group_id: str) -> str:
    """Translated display name of a Conecta algorithm group."""
    names = {
        "network": QCoreApplication.translate("ConectaGroups", "Network analysis"),
        "accessibility": QCoreApplication.translate("ConectaGroups", "Accessibility and inequality"),
        "demand": QCoreApplication.translate("ConectaGroups", "Mobility demand"),
        "indicators": QCoreApplication.translate("ConectaGroups", "SDG indicators"),
        "transit": QCoreApplication.translate("ConectaGroups", "Public transport"),
        "sample": QCoreApplication.translate("ConectaGroups", "Sample data"),
    }
    return names[group_id]


class ConectaAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``ALG_NAME`` and ``GROUP_ID`` and implement the usual methods."""

    ALG_NAME = ""
    GROUP_ID = ""

    def tr(self, text: str) -> str:
        """Translate ``text`` with the algorithm's class name as context."""
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ALG_NAME

    def groupId(self) -> str:
        return self.GROUP_ID

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def helpUrl(self) -> str:
        """The offline help page in the user's language, at this algorithm's anchor."""
        from .help import help_url

        return help_url(self.ALG_NAME)

    def progress_callback(self, feedback, start: float = 0.0, end: float = 100.0):
        """A core progress callback that drives ``feedback`` and returns False when cancelled."""

        def callback(fraction: float) -> bool:
            if feedback is None:
                return True
            feedback.setProgress(start + (end - start) * fraction)
            return not feedback.isCanceled()

        return callback

    def fail(self, message: str) -> None:
        """Stop with a message for the planner (already translated)."""
        raise QgsProcessingException(message)
