"""`make help`: the offline help shipped in the plugin (resources/help), in English, Spanish and Portuguese.

Each language's index.html is the user guide of that language followed by a reference of every algorithm,
written from the algorithm's own translated name, help text and parameters (so the help always matches the
code and its translations), one anchor per algorithm id: the anchor each algorithm's Help button opens.
docs/algorithms/*.md become help/algorithms/*.html. Needs QGIS's Python and python3-markdown.

Run with the system Python: ``QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_help.py``.
"""

from __future__ import annotations

import html
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "resources" / "help"
GUIDES = {"en": "user-guide.md", "es": "user-guide.es.md", "pt_BR": "user-guide.pt_BR.md"}
TITLES = {
    "en": ("Conecta help", "Algorithms", "Parameters", "optional", "default"),
    "es": ("Ayuda de Conecta", "Algoritmos", "Parámetros", "opcional", "predeterminado"),
    "pt_BR": ("Ajuda do Conecta", "Algoritmos", "Parâmetros", "opcional", "padrão"),
}
STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.45;color:#222}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}"
    "code{background:#f3f3f3}h2{border-bottom:2px solid #1b5e72;margin-top:2em}.alg{margin-top:2.5em}"
)


def page(title: str, body: str, language: str) -> str:
    """A complete HTML page."""
    lang = language.replace("_", "-")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{STYLE}</style></head><body>\n{body}\n</body></html>\n"
    )


def markdown_html(text: str) -> str:
    """Markdown to HTML, with links to the repository's .md pages turned into links to the help pages."""
    import markdown

    body = markdown.markdown(text, extensions=["tables", "fenced_code"])
    body = re.sub(r'href="algorithms/([\w-]+)\.md', r'href="../algorithms/\1.html', body)
    body = re.sub(r'href="user-guide\.md', 'href="../en/index.html', body)
    return re.sub(r'href="user-guide\.(es|pt_BR)\.md', r'href="../\1/index.html', body)


def parameter_rows(algorithm, labels) -> str:
    """The algorithm's parameters as table rows: name, description (optional, default) and help."""
    from qgis.core import QgsProcessingParameterDefinition

    rows = []
    for definition in algorithm.parameterDefinitions():
        notes = []
        if definition.flags() & QgsProcessingParameterDefinition.FlagOptional:
            notes.append(labels[3])
        default = definition.defaultValue()
        if default not in (None, "") and not definition.isDestination():
            notes.append(f"{labels[4]}: {html.escape(str(default))}")
        detail = html.escape(definition.description()) + (f" <i>({', '.join(notes)})</i>" if notes else "")
        help_text = html.escape(definition.help() or "")
        rows.append(
            f"<tr><td><code>{definition.name()}</code></td><td>{detail}</td><td>{help_text}</td></tr>"
        )
    return "\n".join(rows)


def algorithm_section(algorithm, labels) -> str:
    """One algorithm: anchor, translated name and group, help text, parameter table, command line."""
    paragraphs = "".join(
        f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>"
        for part in algorithm.shortHelpString().split("\n\n")
        if part.strip()
    )
    return (
        f'<div class="alg" id="{algorithm.name()}"><h3>{html.escape(algorithm.displayName())}</h3>'
        f"<p><b>{html.escape(algorithm.group())}</b> · <code>{algorithm.id()}</code></p>{paragraphs}"
        f"<h4>{labels[2]}</h4><table>{parameter_rows(algorithm, labels)}</table></div>"
    )


def build_language(language: str) -> Path:
    """Write help/<language>/index.html with the algorithms' texts in ``language``."""
    from qgis.core import QgsApplication

    from conecta.translation import install_translator

    install_translator(language)
    provider = QgsApplication.processingRegistry().providerById("conecta")
    labels = TITLES[language]
    algorithms = sorted(provider.algorithms(), key=lambda a: (a.group(), a.displayName()))
    guide = markdown_html((REPO / "docs" / GUIDES[language]).read_text(encoding="utf-8"))
    sections = "\n".join(algorithm_section(a.create(), labels) for a in algorithms)
    body = f'{guide}\n<h2 id="algorithms">{labels[1]}</h2>\n{sections}'
    target = OUT / language / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page(labels[0], body, language), encoding="utf-8")
    return target


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / "scripts"))
    from qgisprocess import plugin_path

    sys.path.insert(0, str(plugin_path()))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from conecta import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    for markdown_page in sorted((REPO / "docs" / "algorithms").glob("*.md")):
        target = OUT / "algorithms" / (markdown_page.stem + ".html")
        target.parent.mkdir(parents=True, exist_ok=True)
        body = markdown_html(markdown_page.read_text(encoding="utf-8"))
        target.write_text(page(markdown_page.stem, body, "en"), encoding="utf-8")
    for language in TITLES:
        print(build_language(language))
    plugin.unload()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
