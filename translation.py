"""Conecta's translator: follows QGIS's own locale setting (es, pt_BR, en)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
_installed: QTranslator | None = None


def qgis_locale() -> str:
    """The locale QGIS uses: ``locale/userLocale`` when ``locale/overrideFlag`` is set, else the system's."""
    settings = QgsSettings()
    override = str(settings.value("locale/overrideFlag", False)).lower() in ("true", "1")
    user_locale = settings.value("locale/userLocale", "") or ""
    if override and user_locale:
        return str(user_locale)
    return QLocale.system().name()


def translation_file(locale: str) -> Path | None:
    """The compiled translation for ``locale``: full locale first (pt_BR), then its two-letter code."""
    for code in (locale, locale.split("_")[0]):
        candidate = I18N_DIR / f"conecta_{code}.qm"
        if code and candidate.exists():
            return candidate
    if locale.startswith("pt"):
        candidate = I18N_DIR / "conecta_pt_BR.qm"
        if candidate.exists():
            return candidate
    return None


def install_translator(locale: str | None = None) -> str | None:
    """(Re)install Conecta's translator for ``locale`` (default: QGIS's); return the file loaded."""
    global _installed
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    qm = translation_file(locale or qgis_locale())
    if qm is None:
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    _installed = translator
    return str(qm)


def remove_translator() -> None:
    """Remove Conecta's translator (plugin unload)."""
    global _installed
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
