"""Charts of Conecta's reports (the city report, the inequality chart): matplotlib figures drawn off-screen
(Agg canvas, no pyplot, no global backend change), their numbers written in the report's language.

matplotlib is imported only when a chart is drawn; every text arrives already translated.
"""

from __future__ import annotations

import textwrap
import uuid
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
import pandas as pd

BAR_COLOR = "#2c7fb8"
LINE_COLOR = "#253494"
EQUALITY_COLOR = "#999999"


def new_figure(width: float, height: float):
    """A matplotlib Figure attached to an Agg canvas (safe inside QGIS)."""
    from ..bridge.deps import require

    require("matplotlib")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=110)
    FigureCanvasAgg(figure)
    return figure


def qlocale_number(locale=None):
    """``number(value, decimals)`` in the conventions of ``locale`` (a QLocale; default: QGIS's)."""
    from qgis.PyQt.QtCore import QLocale

    locale = locale or QLocale()
    return lambda value, decimals: locale.toString(float(value), "f", int(decimals))


def tick_decimals(values: Sequence[float]) -> int:
    """The fewest decimals (0 to 6) that write every tick value exactly (0.2, 0.4 → 1; 10000 → 0)."""
    for decimals in range(7):
        if all(abs(round(v, decimals) - v) <= 1e-9 * max(1.0, abs(v)) for v in values):
            return decimals
    return 6


def locale_ticks(ax, number, axes: str = "xy") -> None:
    """Tick labels of the ``axes`` of ``ax`` written by ``number(value, decimals)`` (the report's QLocale)."""
    from matplotlib.ticker import Formatter

    class LocaleTicks(Formatter):
        decimals = 0

        def set_locs(self, locs):
            super().set_locs(locs)
            self.decimals = tick_decimals(list(locs))

        def __call__(self, x, pos=None):
            return number(x, self.decimals)

    for name in axes:
        getattr(ax, name + "axis").set_major_formatter(LocaleTicks())


def axis_label(text: str) -> str:
    """A long axis label on several lines."""
    return textwrap.fill(text, 52)


def save_png(figure, path: Path) -> Path:
    """Write ``figure`` as a PNG, complete or not at all (drawn under a temporary name, then renamed)."""
    figure.tight_layout()
    path = Path(path)
    staged = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        figure.savefig(str(staged), format="png")
        staged.replace(path)
    finally:
        staged.unlink(missing_ok=True)
    return path


def inequality_figure(lorenz: pd.DataFrame, texts: dict, deciles: Optional[pd.DataFrame] = None, number=None):
    """Accessibility by income decile (bars, if given) and the Lorenz curve, numbers written by ``number``."""
    number = number or qlocale_number()
    panels = 2 if deciles is not None and len(deciles) else 1
    figure = new_figure(5.2 * panels, 4.4)
    axes = figure.subplots(1, panels, squeeze=False)[0]
    if panels == 2:
        ax = axes[0]
        ax.bar(range(len(deciles)), deciles["mean_access"].to_numpy(), color=BAR_COLOR)
        ax.set_xticks(range(len(deciles)))
        locale_ticks(ax, number)
        ax.set_xticklabels([number(g, tick_decimals([float(g)])) for g in deciles.index])
        ax.set_title(texts["decile_title"], fontsize=11)
        ax.set_xlabel(axis_label(texts["decile_x"]))
        ax.set_ylabel(axis_label(texts["decile_y"]))
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
    locale_ticks(ax, number)
    ax.set_title(texts["lorenz_title"], fontsize=11)
    ax.set_xlabel(texts["lorenz_x"])
    ax.set_ylabel(texts["lorenz_y"])
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=9)
    return figure


def inequality_png(
    path: Path,
    lorenz: pd.DataFrame,
    texts: dict,
    deciles: Optional[pd.DataFrame] = None,
    number=None,
) -> Path:
    """Write a PNG with accessibility by income decile (bars, if given) and the Lorenz curve."""
    return save_png(inequality_figure(lorenz, texts, deciles, number), path)


def histogram_figure(values: np.ndarray, weights: np.ndarray, texts: dict, number=None):
    """Population by value (weighted histogram) with the weighted mean marked; texts: title, x, y, mean."""
    number = number or qlocale_number()
    keep = np.isfinite(values) & np.isfinite(weights) & (weights > 0)
    figure = new_figure(4.6, 4.4)
    ax = figure.subplots()
    if keep.any():
        ax.hist(values[keep], bins=20, weights=weights[keep], color=BAR_COLOR, edgecolor="white")
        mean = float(np.average(values[keep], weights=weights[keep]))
        ax.axvline(mean, color=LINE_COLOR, linestyle="--", linewidth=1.5, label=texts["mean"])
        ax.legend(loc="upper right", fontsize=9)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(5))
    locale_ticks(ax, number)
    ax.set_title(texts["title"], fontsize=11)
    ax.set_xlabel(axis_label(texts["x"]), fontsize=9)
    ax.set_ylabel(texts["y"])
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    return figure


def city_bars_figure(
    cities: Sequence[str], means: Sequence[float], ginis: Sequence[float], texts: dict, number=None
):
    """Bars of a mean and a Gini index per city; texts: mean_title, gini_title."""
    number = number or qlocale_number()
    figure = new_figure(4.6, 6.2)
    top, bottom = figure.subplots(2, 1)
    top.barh(list(cities), list(means), color=BAR_COLOR)
    top.set_title(textwrap.fill(texts["mean_title"], 60), fontsize=10)
    bottom.barh(list(cities), list(ginis), color=LINE_COLOR)
    bottom.set_title(textwrap.fill(texts["gini_title"], 60), fontsize=10)
    bottom.set_xlim(0, 1)
    for ax in (top, bottom):
        ax.invert_yaxis()
        locale_ticks(ax, number, "x")
        ax.grid(axis="x", alpha=0.3)
        ax.set_axisbelow(True)
    return figure
