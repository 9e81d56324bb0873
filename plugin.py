"""Conecta plugin entry point: translator, Processing provider, menu, toolbar and docks."""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .translation import install_translator, remove_translator

PLUGIN_DIR = Path(__file__).resolve().parent
ICONS = PLUGIN_DIR / "resources" / "icons"
ICON = ICONS / "conecta.svg"
SAMPLE_FOLDER = "sample_porto_alegre"
LOGGER = logging.getLogger("conecta")


class _QgisLogHandler(logging.Handler):
    """Bridge Python logging to the QGIS message log (tab "Conecta")."""

    def emit(self, record: logging.LogRecord) -> None:
        level = Qgis.Warning if record.levelno >= logging.WARNING else Qgis.Info
        QgsMessageLog.logMessage(self.format(record), "Conecta", level)


def _setup_logging() -> None:
    if not any(isinstance(h, _QgisLogHandler) for h in LOGGER.handlers):
        LOGGER.addHandler(_QgisLogHandler())
        LOGGER.setLevel(logging.INFO)


class ConectaPlugin:
    """The plugin object QGIS creates through ``classFactory``."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.actions: list = []
        self.menu = None
        self.toolbar = None
        self.docks: dict = {}
        install_translator()
        _setup_logging()

    def tr(self, text: str) -> str:
        """Translate ``text`` in this class's context."""
        return QCoreApplication.translate("ConectaPlugin", text)

    def initProcessing(self) -> None:
        """Register the Processing provider (also called by qgis_process, where iface is None)."""
        if self.provider is not None:
            return
        from .processing.provider import ConectaProvider

        provider = ConectaProvider()
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    def initGui(self) -> None:
        """Add the Conecta menu and toolbar."""
        self.initProcessing()
        from qgis.PyQt.QtWidgets import QAction, QMenu

        self.menu = QMenu(self.tr("&Conecta"), self.iface.mainWindow())
        self.menu.setObjectName("conectaMenu")
        self.toolbar = self.iface.addToolBar(self.tr("Conecta"))
        self.toolbar.setObjectName("conectaToolbar")

        load_sample = QAction(
            QIcon(str(ICONS / "sample_city.svg")),
            self.tr("Load sample city (Porto Alegre)"),
            self.iface.mainWindow(),
        )
        load_sample.setObjectName("conectaLoadSampleCity")
        load_sample.triggered.connect(self.load_sample_city)
        self._add_action(load_sample)
        self._add_docks()
        help_action = QAction(QIcon(str(ICONS / "help.svg")), self.tr("Help"), self.iface.mainWindow())
        help_action.setObjectName("conectaHelp")
        help_action.triggered.connect(self.open_help)
        self.menu.addSeparator()
        self.menu.addAction(help_action)
        self.actions.append(help_action)

        menu_bar = self.iface.mainWindow().menuBar()
        help_menu = (
            self.iface.firstRightStandardMenu() if hasattr(self.iface, "firstRightStandardMenu") else None
        )
        if isinstance(help_menu, QMenu):
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def _add_docks(self) -> None:
        """Checkable menu/toolbar actions for the Analysis and Indicators docks (built on first use)."""
        from qgis.PyQt.QtWidgets import QAction

        for key, text in (
            ("analysis", self.tr("Analysis dock")),
            ("indicators", self.tr("Indicators dock")),
        ):
            action = QAction(QIcon(str(ICONS / f"{key}_dock.svg")), text, self.iface.mainWindow())
            action.setObjectName("conecta" + key.capitalize() + "Dock")
            action.setCheckable(True)
            action.toggled.connect(
                lambda checked, key=key, action=action: self.show_dock(key, checked, action)
            )
            self._add_action(action)

    def show_dock(self, key: str, visible: bool = True, action=None):
        """Show or hide the "analysis" or "indicators" dock, building it the first time; returns the dock."""
        dock = self.docks.get(key)
        if dock is None and visible:
            from qgis.PyQt.QtCore import Qt

            if key == "analysis":
                from .ui.analysis_dock import AnalysisDock

                dock = AnalysisDock(self.iface, self.iface.mainWindow())
            else:
                from .ui.indicators_dock import IndicatorsDock

                dock = IndicatorsDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            if action is not None:
                dock.openedStateChanged.connect(action.setChecked)
            self.docks[key] = dock
        if dock is not None:
            dock.setUserVisible(visible)
        return dock

    def _add_action(self, action) -> None:
        self.menu.addAction(action)
        self.toolbar.addAction(action)
        self.actions.append(action)

    def open_help(self) -> None:
        """Open the offline help in the user's language."""
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QDesktopServices

        from .processing.help import help_url

        QDesktopServices.openUrl(QUrl(help_url()))

    def sample_outputs(self) -> dict:
        """Where the sample city's layers are written: files in a sample folder of the dock's output folder
        (so that the dock's commands can be repeated headless), or temporary layers if it cannot be written."""
        from .ui.pipeline import default_output_folder

        folder = default_output_folder() / SAMPLE_FOLDER
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".conecta_write_test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError:
            return {key: "TEMPORARY_OUTPUT" for key in ("NETWORK", "ZONES", "STOPS")}
        in_use = {layer.source().split("|")[0] for layer in QgsProject.instance().mapLayers().values()}
        names = {"NETWORK": "network", "ZONES": "zones", "STOPS": "stops"}
        stamp = ""
        if any(str(folder / f"{name}.gpkg") in in_use for name in names.values()):
            from datetime import datetime

            stamp = datetime.now().strftime("_%Y%m%d_%H%M%S")
        return {key: str(folder / f"{name}{stamp}.gpkg") for key, name in names.items()}

    def load_sample_city(self) -> None:
        """Add the bundled Porto Alegre layers to the project, styled, zoom to the city and open the Analysis
        dock set on them: Run, then Open report (three clicks in all)."""
        import processing

        outputs = self.sample_outputs()
        results = processing.runAndLoadResults("conecta:loadsamplecity", dict(outputs))
        layers = {key: self._loaded_layer(results.get(key), outputs[key]) for key in outputs}
        zones = layers.get("ZONES")
        if zones is not None and self.iface is not None:
            from qgis.PyQt.QtCore import QTimer

            layer_id = zones.id()
            self.zoom_to(layer_id)
            QTimer.singleShot(0, lambda: self.zoom_to(layer_id))  # after QGIS's own zoom to the first layers
        for action in self.actions:
            if action.objectName() == "conectaAnalysisDock":
                action.setChecked(True)
        dock = self.docks.get("analysis")
        if dock is not None and all(layers.values()):
            dock.use_sample(layers["NETWORK"], layers["ZONES"], layers["STOPS"])

    def zoom_to(self, layer_id: str) -> None:
        """Zoom the map canvas to a project layer (the sample's zones: the city, not the 60 km rail line);
        nothing if the layer was removed meanwhile."""
        from qgis.core import QgsCoordinateTransform

        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None or self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(
            layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        canvas.setExtent(transform.transformBoundingBox(layer.extent()))
        canvas.refresh()

    @staticmethod
    def _loaded_layer(result, output: str):
        """The project layer Processing loaded for an output (matched by id or by file)."""
        project = QgsProject.instance()
        for value in (result, output):
            if not value:
                continue
            layer = project.mapLayer(str(value))
            if layer is not None:
                return layer
            for candidate in project.mapLayers().values():
                if candidate.source().split("|")[0] == str(value).split("|")[0]:
                    return candidate
        return None

    def unload(self) -> None:
        """Remove everything the plugin added."""
        for dock in self.docks.values():
            dock.unload()
            self.iface.removeDockWidget(dock)
            dock.deleteLater()
        self.docks = {}
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
