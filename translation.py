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


def load_translator(locale: str) -> QTranslator | None:
    """A QTranslator loaded with Conecta's translation for ``locale`` (None when there is none)."""
    qm = translation_file(locale)
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        return None
    return translator


def install_translator(locale: str | None = None) -> str | None:
    """(Re)install Conecta's translator for ``locale`` (default: QGIS's); return the file loaded."""
    global _installed
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    translator = load_translator(locale or qgis_locale())
    if translator is None:
        return None
    QCoreApplication.installTranslator(translator)
    _installed = translator
    return translator.filePath()


class Translator:
    """Conecta's strings in one language for one task (the report's), without installing anything in the
    application: QGIS and the other algorithms keep their own language meanwhile."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self._translator = load_translator(locale)

    def translate(self, context: str, text: str) -> str:
        """``text`` of translation context ``context`` in this language, else the (English) source text."""
        if self._translator is None:
            return text
        # as UTF-8 bytes: PyQt5 passes str arguments of QTranslator.translate() as ASCII
        return self._translator.translate(context.encode("utf-8"), text.encode("utf-8")) or text


def remove_translator() -> None:
    """Remove Conecta's translator (plugin unload)."""
    global _installed
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
