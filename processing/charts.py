"""Charts for Conecta's reports: matplotlib figures drawn off-screen (Agg canvas, no pyplot, no global
backend change) and a standalone HTML page embedding them with a table.

matplotlib is imported only when a chart is drawn; every text arrives already translated.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Optional, Sequence

import pandas as pd

BAR_COLOR = "#2c7fb8"
LINE_COLOR = "#253494"
EQUALITY_COLOR = "#999999"


def new_figure(width: float, height: float):
    """A matplotlib Figure attached to an Agg canvas (safe inside QGIS)."""
    from .deps import require

    require("matplotlib")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=110)
    FigureCanvasAgg(figure)
    return figure


def inequality_png(
    path: Path,
    lorenz: pd.DataFrame,
    texts: dict,
    deciles: Optional[pd.DataFrame] = None,
) -> Path:
    """Write a PNG with accessibility by income decile (bars, if given) and the Lorenz curve."""
    panels = 2 if deciles is not None and len(deciles) else 1
    figure = new_figure(5.2 * panels, 4.4)
    axes = figure.subplots(1, panels, squeeze=False)[0]
    if panels == 2:
        ax = axes[0]
        labels = [f"{int(g)}" if float(g).is_integer() else f"{g:g}" for g in deciles.index]
        ax.bar(labels, deciles["mean_access"].to_numpy(), color=BAR_COLOR)
        ax.set_title(texts["decile_title"], fontsize=11)
        ax.set_xlabel(texts["decile_x"])
        ax.set_ylabel(texts["decile_y"])
        ax.grid(axis="y", alpha=0.3)
        ax.set_axisbelow(True)
    ax = axes[-1]
    ax.plot([0, 1], [0, 1], color=EQUALITY_COLOR, linestyle="--", linewidth=1, label=texts["equality"])
    ax.plot(
        lorenz["population_share"].to_numpy(),
        lorenz["access_share"].to_numpy(),
        color=LINE_COLOR,
        linewidth=2,
        label=texts["lorenz_label"],
    )
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_aspect("equal")
    ax.set_title(texts["lorenz_title"], fontsize=11)
    ax.set_xlabel(texts["lorenz_x"])
    ax.set_ylabel(texts["lorenz_y"])
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=9)
    figure.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(str(path), format="png")
    return path


def html_report(
    path: Path,
    title: str,
    images: Sequence[Path],
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    notes: Sequence[str] = (),
) -> Path:
    """Write a standalone HTML page: title, the PNG images embedded, notes and a table."""

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
    for image in images:
        data = base64.b64encode(Path(image).read_bytes()).decode("ascii")
        parts.append(f'<p><img alt="{html.escape(Path(image).name)}" src="data:image/png;base64,{data}"></p>')
    parts.extend(f"<p>{html.escape(note)}</p>" for note in notes)
    parts.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headers) + "</tr>")
    for row in rows:
        cells = "".join(
            f'<td class="n">{cell(v)}</td>' if isinstance(v, (int, float)) else f"<td>{cell(v)}</td>"
            for v in row
        )
        parts.append(f"<tr>{cells}</tr>")
    parts.append("</table></body></html>")
    path = Path(path)
    path.write_text("\n".join(parts), encoding="utf-8")
    return path
