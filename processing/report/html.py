"""HTML pages of Conecta's reports: the city report and the city sheet (:class:`HtmlPage`, styled by
resources/report/report.css) and the inequality algorithm's page (:func:`table_page`). Standalone files with
their PNG images embedded; every text arrives translated and formatted, and is escaped here. Files are
written complete or not at all (:func:`write_text`).
"""

from __future__ import annotations

import base64
import html
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Sequence, Tuple

CSS = Path(__file__).resolve().parents[2] / "resources" / "report" / "report.css"


def write_text(path: Path, text: str) -> Path:
    """Write a text file completely or not at all (written under a temporary name, then renamed)."""
    path = Path(path)
    staged = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        staged.write_text(text, encoding="utf-8")
        staged.replace(path)
    finally:
        staged.unlink(missing_ok=True)
    return path


def png_data(path: Path) -> str:
    """A PNG as a data: URI for a standalone HTML page."""
    return "data:image/png;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def image(path: Path, alt: str) -> str:
    """An embedded PNG."""
    return f'<img alt="{html.escape(alt)}" src="{png_data(path)}">'


@dataclass
class HtmlPage:
    """The parts of a report page, already translated and formatted."""

    language: str
    title: str
    subtitle: str
    footer: str
    sections: List[Tuple[str, str]] = field(default_factory=list)

    def add(self, heading: str, body: str) -> None:
        """A section: its heading (text) and its body (HTML)."""
        self.sections.append((heading, body))

    def render(self) -> str:
        """The whole page."""
        css = CSS.read_text(encoding="utf-8") if CSS.exists() else ""
        parts = [
            "<!DOCTYPE html>",
            f'<html lang="{html.escape(self.language.replace("_", "-"))}"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{html.escape(self.title)}</title><style>{css}</style></head><body><main>",
            f"<header><h1>{html.escape(self.title)}</h1>",
            f'<p class="subtitle">{html.escape(self.subtitle)}</p></header>',
        ]
        for heading, body in self.sections:
            parts.append(f"<section><h2>{html.escape(heading)}</h2>\n{body}</section>")
        parts.append(f"<footer>{html.escape(self.footer)}</footer></main></body></html>")
        return "\n".join(parts)


def html_table(header: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[bool]) -> str:
    """An HTML table of texts; ``numeric`` columns are right-aligned."""
    numeric = list(numeric) + [False] * len(header)
    out = ["<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>"]
    for row in rows:
        cells = "".join(
            f'<td class="n">{html.escape(v)}</td>' if numeric[j] else f"<td>{html.escape(v)}</td>"
            for j, v in enumerate(row)
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_figures(figures: Sequence[Tuple[str, str]]) -> str:
    """Key figures (name, formatted value) as boxes."""
    boxes = "".join(
        f'<div class="figure"><div class="name">{html.escape(n)}</div>'
        f'<div class="value">{html.escape(v)}</div></div>'
        for n, v in figures
    )
    return f'<div class="figures">{boxes}</div>'


def table_page(
    path: Path,
    title: str,
    images: Sequence[Path],
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
) -> Path:
    """A plain standalone page: title, the PNG images embedded and a table (numbers right-aligned, reals
    with six significant digits)."""

    def cell(value: object) -> str:
        if isinstance(value, float):
            return "" if value != value else f"{value:.6g}"
        return html.escape(str(value))

    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        "<style>body{font-family:sans-serif;margin:1.5em;color:#222}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px}"
        "td.n{text-align:right}th{background:#eef}</style>",
        f"</head><body><h1>{html.escape(title)}</h1>",
    ]
    parts.extend(f"<p>{image(path_, Path(path_).name)}</p>" for path_ in images)
    parts.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headers) + "</tr>")
    for row in rows:
        cells = "".join(
            f'<td class="n">{cell(v)}</td>' if isinstance(v, (int, float)) else f"<td>{cell(v)}</td>"
            for v in row
        )
        parts.append(f"<tr>{cells}</tr>")
    parts.append("</table></body></html>")
    return write_text(path, "\n".join(parts))
