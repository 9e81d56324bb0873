"""Conecta's translator: follows QGIS's own locale setting (es, pt_BR, en)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
_installed: QTranslator | None = None


def _real(code) -> str:
    """``code`` when it names a language ("es", "pt_BR"), else "" (empty, "C", "POSIX")."""
    code = str(code or "").strip()
    return "" if code.upper() in ("", "C", "POSIX") else code


def qgis_locale() -> str:
    """The language QGIS speaks: its running translation (``qgis --lang es`` or the override in its options),
    else ``locale/userLocale`` when ``locale/overrideFlag`` is set, else the system's; "en" when none is set."""
    app = QgsApplication.instance()
    running = _real(app.translation()) if app is not None and hasattr(app, "translation") else ""
    if running:
        return running
    settings = QgsSettings()
    override = str(settings.value("locale/overrideFlag", False)).lower() in ("true", "1")
    user_locale = _real(settings.value("locale/userLocale", ""))
    if override and user_locale:
        return user_locale
    return _real(QLocale.system().name()) or "en"


def number_locale() -> QLocale:
    """The locale for numbers and dates shown to the user: QGIS's default locale (its "Locale (numbers, date
    and currency formats)" option, else the system's); when that is the bare "C" locale, the language QGIS
    speaks, so that a Spanish QGIS never prints 21,798 for twenty-one thousand."""
    default = QLocale()
    if _real(default.name()):
        return default
    return QLocale(qgis_locale())


def format_number(value, decimals: int = 0, locale: QLocale | None = None) -> str:
    """``value`` with the locale's decimal and group separators; "–" for None, NaN or infinity."""
    import math

    try:
        number = float(value)
    except (TypeError, ValueError):
        return "–"
    if not math.isfinite(number):
        return "–"
    return (locale or number_locale()).toString(number, "f", decimals)


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
