"""The Conecta Processing provider (id ``conecta``)."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .bridge.algorithm import ICON, group_name

MODELS = Path(__file__).resolve().parents[1] / "resources" / "models"
"""Processing models shipped with the plugin (``*.model3``, made by scripts/build_models.py)."""


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


class ConectaModel(QgsProcessingModelAlgorithm):
    """A model shipped with Conecta, with a translated name, group and help (its id stays the file's model
    name: ``conecta:brt_scenario``)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.loaded = self.fromFile(str(self.path))
        self.setSourceFilePath(str(self.path))

    def createInstance(self):
        return ConectaModel(self.path)

    def displayName(self) -> str:
        titles = {
            "brt_scenario": QCoreApplication.translate(
                "ConectaModels", "Public-transport scenario: who gains (model)"
            ),
        }
        return titles.get(self.name(), self.name())

    def group(self) -> str:
        return group_name("scenarios")

    def helpUrl(self) -> str:
        """The offline help page in the user's language, at this model's anchor."""
        from .bridge.help import help_url

        return help_url(self.name())

    def groupId(self) -> str:
        return "scenarios"

    def shortHelpString(self) -> str:
        if self.name() != "brt_scenario":
            return super().shortHelpString()
        # pylupdate5 skips translate() calls that end with a trailing comma: keep the formatter away
        # fmt: off
        return QCoreApplication.translate(
            "ConectaModels",
            "A public-transport scenario, from routes drawn on the map (or an edits table) to who gains: "
            "conecta:gtfsscenario writes the new feed, conecta:transitmatrix computes the travel times (median "
            "over the departure window), conecta:accessibility the cumulative accessibility of the zones within "
            "the cutoff, and conecta:comparescenarios compares it with a baseline accessibility layer of the "
            "same zones, opportunities and cutoff (by income decile when an income field is given). Open it in "
            "the Processing modeler to change any step."
        )
        # fmt: on


def model_algorithms() -> list:
    """The models of :data:`MODELS` that load (a broken file is logged, not fatal)."""
    models = []
    for path in sorted(MODELS.glob("*.model3")):
        model = ConectaModel(path)
        if model.loaded and model.name():
            models.append(model)
        else:
            QgsMessageLog.logMessage(f"Cannot load the model {path.name}", "Conecta", Qgis.Critical)
    return models


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

    def load(self) -> bool:
        # the models' steps are this provider's algorithms: they load once the provider is registered
        QgsApplication.processingRegistry().providerAdded.connect(self._registered)
        return super().load()

    def unload(self) -> None:
        try:
            QgsApplication.processingRegistry().providerAdded.disconnect(self._registered)
        except TypeError:
            pass
        super().unload()

    def _registered(self, provider_id: str) -> None:
        if provider_id == self.id():
            self.refreshAlgorithms()

    def loadAlgorithms(self) -> None:
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        if QgsApplication.processingRegistry().providerById(self.id()) is not None:
            for model in model_algorithms():
                self.addAlgorithm(model)
