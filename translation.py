"""Conecta's translator: follows QGIS's own locale setting (es, pt_BR, en)."""

from __future__ import annotations

import math
import numbers
import re
import string
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


def _format(value, form: str, precision: int, locale: QLocale | None) -> str:
    """``value`` as ``QLocale.toString(value, form, precision)`` in ``locale`` (default :func:`number_locale`);
    "–" for None, text that is not a number, NaN or infinity."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "–"
    if not math.isfinite(number):
        return "–"
    return (locale or number_locale()).toString(number, form, precision)


def format_significant(value, digits: int = 3, locale: QLocale | None = None) -> str:
    """``value`` with ``digits`` significant digits in the locale ("0,2792" in Spanish); "–" for NaN."""
    return _format(value, "g", digits, locale)


def format_number(value, decimals: int = 0, locale: QLocale | None = None) -> str:
    """``value`` with the locale's decimal and group separators; "–" for None, NaN or infinity."""
    return _format(value, "f", decimals, locale)


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


class LocaleFormatter(string.Formatter):
    """str.format with the user's number conventions: ``{:,.1f}``, ``{:.3g}``, ``{:.0f}``, ``{:.1%}`` and plain
    ``{}`` floats come out with QLocale's decimal and group separators ("21.798,5" in Spanish). Plain ``{}``
    integers stay as they are (they are often ids); ``{:,}`` groups them."""

    SPEC = re.compile(r"^(?P<grouping>,?)(?:\.(?P<precision>\d+))?(?P<kind>[fFgGeE%d]?)$")

    def format_field(self, value, format_spec: str) -> str:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            return super().format_field(value, format_spec)
        match = self.SPEC.match(format_spec)
        if match is None:
            return super().format_field(value, format_spec)
        kind, precision = match["kind"], match["precision"]
        if not format_spec:
            if isinstance(value, numbers.Integral):
                return str(value)
            kind, precision = "g", "6"
        if not math.isfinite(float(value)):
            return super().format_field(value, format_spec)
        locale = QLocale(number_locale())
        if not match["grouping"]:
            locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
        digits = int(precision) if precision is not None else 6
        if kind in ("d", "") and isinstance(value, numbers.Integral):
            return locale.toString(int(value))
        if kind == "%":
            return locale.toString(100.0 * float(value), "f", digits) + " %"
        if kind in ("g", "G"):
            return locale.toString(float(value), "g", max(digits, 1))
        return locale.toString(float(value), kind.lower() if kind else "f", digits)


_FORMATTER = LocaleFormatter()


class LocalizedText(str):
    """A translated message whose ``.format()`` writes numbers in the user's locale (LocaleFormatter)."""

    def format(self, *args, **kwargs) -> str:  # noqa: A003 (str API)
        return _FORMATTER.vformat(str(self), args, kwargs)


def localized(text: str) -> LocalizedText:
    """A translated message to ``.format()`` at once with numbers in the user's locale:
    ``localized(self.tr("{0:,.1f} trips")).format(trips)``. (Only for formatting: a str subclass must not be
    handed to QGIS, which would store it as an opaque Python object in a QVariant.)"""
    return LocalizedText(text)
