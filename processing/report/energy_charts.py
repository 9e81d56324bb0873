"""Charts of the energy group: the e-bus charging-load profile and the 2030 scenario's CO2 by mode and year.

Drawn off-screen with :mod:`.charts` (Agg canvas, numbers in the locale given); every text arrives translated.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .charts import axis_label, locale_ticks, new_figure, qlocale_number, save_png

PALETTE = ("#253494", "#2c7fb8", "#41b6c4", "#7fcdbb", "#c7e9b4", "#fdae61", "#d7191c", "#984ea3", "#999999")
SHOWN_TERMINALS = 5
"""Terminals drawn one by one in the profile; the others are summed."""


def profile_frame(profile: pd.DataFrame, other: str, shown: int = SHOWN_TERMINALS) -> pd.DataFrame:
    """kW by hour (rows) and location (columns): the depot, the ``shown`` terminals drawing the most energy,
    the others summed under ``other``; every hour from the first to the last with load."""
    if profile.empty:
        return pd.DataFrame()
    energy = profile.groupby("location")["kw"].sum()
    terminals = energy.drop("depot", errors="ignore").sort_values(ascending=False)
    keep = ["depot", *terminals.index[:shown]] if "depot" in energy.index else list(terminals.index[:shown])
    label = profile["location"].where(profile["location"].isin(keep), other)
    wide = profile.assign(location=label).pivot_table(
        index="hour", columns="location", values="kw", aggfunc="sum", fill_value=0.0
    )
    order = [c for c in keep if c in wide.columns] + ([other] if other in wide.columns else [])
    hours = np.arange(int(wide.index.min()), int(wide.index.max()) + 1)
    return wide.reindex(index=hours, columns=order, fill_value=0.0)


def profile_png(path: Path, profile: pd.DataFrame, texts: dict, locale=None) -> Path:
    """Stacked hourly charging load (kW from the grid) of the depot and the busiest terminals."""
    wide = profile_frame(profile, texts["other"])
    figure = new_figure(8.0, 4.0)
    ax = figure.add_subplot(1, 1, 1)
    if not wide.empty:
        bottom = np.zeros(len(wide))
        for n, column in enumerate(wide.columns):
            values = wide[column].to_numpy(float)
            name = texts["depot"] if column == "depot" else str(column)
            ax.bar(wide.index, values, bottom=bottom, width=0.9, color=PALETTE[n % len(PALETTE)], label=name)
            bottom += values
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.set_xticks(wide.index)
        ax.set_xticklabels([f"{h:02d}" for h in wide.index], fontsize=7)
    ax.set_title(texts["title"], fontsize=11)
    ax.set_xlabel(axis_label(texts["x"]))
    ax.set_ylabel(axis_label(texts["y"]))
    locale_ticks(ax, qlocale_number(locale), "y")
    ax.spines[["top", "right"]].set_visible(False)
    return save_png(figure, path)


def scenario_png(path: Path, table: pd.DataFrame, texts: dict, mode_names: dict, locale=None) -> Path:
    """Stacked bars of well-to-wheel CO2 by mode for every year, with the business-as-usual total marked."""
    wide = table.pivot_table(index="year", columns="mode", values="co2_wtw_t", aggfunc="sum", fill_value=0.0)
    wide = wide.loc[:, wide.sum(axis=0) > 0] if len(wide.columns) else wide
    bau = table.groupby("year")["co2_wtw_bau_t"].sum().reindex(wide.index)
    figure = new_figure(7.0, 4.0)
    ax = figure.add_subplot(1, 1, 1)
    x = np.arange(len(wide.index))
    bottom = np.zeros(len(wide.index))
    for n, mode in enumerate(wide.columns):
        values = wide[mode].to_numpy(float)
        ax.bar(
            x,
            values,
            bottom=bottom,
            width=0.6,
            color=PALETTE[n % len(PALETTE)],
            label=mode_names.get(mode, mode),
        )
        bottom += values
    ax.plot(x, bau.to_numpy(float), "k_", markersize=28, markeredgewidth=2, label=texts["bau"])
    ax.set_xticks(x)
    ax.set_xticklabels([str(int(y)) for y in wide.index])
    ax.set_title(texts["title"], fontsize=11)
    ax.set_ylabel(axis_label(texts["y"]))
    ax.legend(fontsize=8, frameon=False, loc="center left", bbox_to_anchor=(1.0, 0.5))
    locale_ticks(ax, qlocale_number(locale), "y")
    ax.spines[["top", "right"]].set_visible(False)
    return save_png(figure, path)
