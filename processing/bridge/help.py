"""Offline help: the pages the algorithms' Help buttons and the Conecta menu open.

``make help`` (part of ``make setup`` and ``make package``) writes ``resources/help/<language>/index.html`` from
the user guide of that language and every algorithm's own translated texts, one anchor per algorithm id, and
``resources/help/algorithms/*.html`` from docs/algorithms. The plugin ZIP ships them, so help works offline.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QUrl

HELP_DIR = Path(__file__).resolve().parents[2] / "resources" / "help"
HELP_LANGUAGES = ("en", "es", "pt_BR")
ONLINE_HELP = "https://github.com/conecta-qgis/conecta/blob/main/docs/user-guide.md"


def help_language(locale: str) -> str:
    """The help language for a QGIS locale: pt_BR for any Portuguese, es for any Spanish, else en."""
    code = (locale or "").split("_")[0].lower()
    return {"pt": "pt_BR", "es": "es"}.get(code, "en")


def help_page(locale: str | None = None) -> Path:
    """The shipped help page in the user's language (it may be absent in a source checkout before make)."""
    if locale is None:
        from ...translation import qgis_locale

        locale = qgis_locale()
    return HELP_DIR / help_language(locale) / "index.html"


def help_url(anchor: str = "", locale: str | None = None) -> str:
    """file:// URL of the offline help at ``anchor`` (an algorithm id); the online guide if not built."""
    page = help_page(locale)
    if not page.exists():
        return ONLINE_HELP + (f"#{anchor}" if anchor else "")
    url = QUrl.fromLocalFile(str(page))
    if anchor:
        url.setFragment(anchor)
    return url.toString()
