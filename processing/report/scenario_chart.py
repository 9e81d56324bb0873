"""The chart of conecta:comparescenarios: the population-weighted change of a scenario by income decile (or by
group), gains and losses in the diverging map's colours. Drawn off-screen with the chart helpers of the
inequality report; every text arrives already translated."""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from .charts import axis_label, locale_ticks, new_figure, qlocale_number, save_png

GAIN_COLOR = "#2166ac"
LOSS_COLOR = "#b2182b"
"""The ends of the diverging map's ramp (ColorBrewer RdBu)."""


def change_bars_figure(
    labels: Sequence[str], changes: Sequence[float], texts: dict, lower_is_better: bool = False, number=None
):
    """Bars of the change per decile or group (gains blue, losses red); texts: title, x, y, no_change."""
    number = number or qlocale_number()
    values = np.asarray(changes, dtype=float)
    figure = new_figure(max(4.6, 0.55 * len(values) + 1.6), 4.4)
    ax = figure.subplots()
    gain = (values < 0) if lower_is_better else (values > 0)
    colors = np.where(gain, GAIN_COLOR, LOSS_COLOR)
    shown = np.where(np.isfinite(values), values, 0.0)
    ax.bar(range(len(values)), shown, color=list(colors))
    ax.axhline(0.0, color="#444444", linewidth=0.8)
    ax.set_xticks(range(len(values)))
    ax.set_xticklabels(list(labels), rotation=0 if len(values) <= 10 else 45, fontsize=9)
    locale_ticks(ax, number, "y")
    if not np.any(shown != 0):
        ax.text(0.5, 0.5, texts["no_change"], transform=ax.transAxes, ha="center", va="center", fontsize=10)
    ax.set_title(axis_label(texts["title"]), fontsize=11)
    ax.set_xlabel(axis_label(texts["x"]))
    ax.set_ylabel(axis_label(texts["y"]))
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    return figure


def change_bars_png(
    path: Path,
    labels: Sequence[str],
    changes: Sequence[float],
    texts: dict,
    lower_is_better: bool = False,
    number: Optional[object] = None,
) -> Path:
    """Write the change per decile or group as a PNG (see :func:`change_bars_figure`)."""
    return save_png(change_bars_figure(labels, changes, texts, lower_is_better, number), path)
