"""Conecta plugin entry point: translator, Processing provider, menu, toolbar and docks."""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .translation import install_translator, remove_translator

PLUGIN_DIR = Path(__file__).resolve().parent
ICON = PLUGIN_DIR / "resources" / "icons" / "conecta.svg"
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
            QIcon(str(ICON)), self.tr("Load sample city (Porto Alegre)"), self.iface.mainWindow()
        )
        load_sample.setObjectName("conectaLoadSampleCity")
        load_sample.triggered.connect(self.load_sample_city)
        self._add_action(load_sample)
        self._add_docks()

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
            action = QAction(QIcon(str(ICON)), text, self.iface.mainWindow())
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

    def load_sample_city(self) -> None:
        """Add the bundled Porto Alegre layers to the project, styled."""
        import processing

        processing.runAndLoadResults(
            "conecta:loadsamplecity",
            {"NETWORK": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT", "STOPS": "TEMPORARY_OUTPUT"},
        )
        # the Analysis dock opens on the sample, fields suggested: Run, then Open report (three clicks in all)
        for action in self.actions:
            if action.objectName() == "conectaAnalysisDock":
                action.setChecked(True)

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
