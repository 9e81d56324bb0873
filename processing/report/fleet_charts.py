"""Charts of the fleet and industry group (conecta:fleetfromgtfs, conecta:fleetrenewal, conecta:busfleetcost) and
of the city report's fleet section: matplotlib figures on an Agg canvas (see :mod:`.charts`), every text
already translated, numbers written by ``number(value, decimals)``.
"""

from __future__ import annotations

from typing import Dict

import numpy as np
import pandas as pd

from .charts import BAR_COLOR, LINE_COLOR, axis_label, locale_ticks, new_figure, qlocale_number

TECHNOLOGY_COLORS = {"diesel": "#8c6d31", "electric": "#1a9850", "hybrid": "#fdae61", "cng": "#74add1"}
OTHER_COLORS = ("#762a83", "#d6604d", "#4393c3", "#b8e186")


def technology_color(technology: str, k: int) -> str:
    """The colour of a technology (diesel brown, electric green, others from a fixed cycle)."""
    return TECHNOLOGY_COLORS.get(str(technology).lower(), OTHER_COLORS[k % len(OTHER_COLORS)])


def hourly_figure(hourly: pd.DataFrame, texts: Dict, number=None):
    """Vehicles in service per hour of the service day, one line per layover, and the most trips in service
    at once (the lower bound); texts: title, x, y, bound, and series (layover → label)."""
    number = number or qlocale_number()
    figure = new_figure(7.0, 4.2)
    ax = figure.subplots()
    colors = (LINE_COLOR, BAR_COLOR, "#41b6c4", "#a1dab4", "#ffffcc")

    def hour_steps(ax, hours, values, **style):
        """Each hour as a flat step from h to h + 1."""
        ax.step(np.r_[hours, hours[-1] + 1], np.r_[values, values[-1]], where="post", **style)

    for k, (layover, rows) in enumerate(hourly.groupby("layover_min", sort=True)):
        hour_steps(
            ax,
            rows["hour"].to_numpy(),
            rows["vehicles_chaining"].to_numpy(),
            color=colors[k % len(colors)],
            linewidth=2,
            label=texts["series"][layover],
        )
    first = hourly.loc[hourly["layover_min"] == hourly["layover_min"].min()]
    hours = first["hour"].to_numpy()
    hour_steps(
        ax,
        hours,
        first["trips_in_service_max"].to_numpy(),
        color="#999999",
        linestyle="--",
        linewidth=1.5,
        label=texts["bound"],
    )
    ticks = np.arange(hours[0], hours[-1] + 2, max(1, int(np.ceil((len(hours) + 1) / 12))))
    ax.set_xticks(ticks)
    ax.set_xticklabels([f"{int(h):02d}:00" for h in ticks])
    locale_ticks(ax, number, "y")
    ax.set_title(texts["title"], fontsize=11)
    ax.set_xlabel(axis_label(texts["x"]))
    ax.set_ylabel(axis_label(texts["y"]))
    ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    ax.legend(loc="best", fontsize=8)
    return figure


def purchases_figure(purchases: pd.DataFrame, summary: pd.DataFrame, texts: Dict, number=None):
    """Buses bought per year by technology (stacked bars) and the share electric of the fleet (line, right
    axis); texts: title, x, y, share, and names (technology → label)."""
    number = number or qlocale_number()
    figure = new_figure(7.0, 4.2)
    ax = figure.subplots()
    table = purchases.pivot_table(index="year", columns="technology", values="units", aggfunc="sum").fillna(
        0.0
    )
    table = table.reindex(summary["year"].to_numpy(), fill_value=0.0)
    bottom = np.zeros(len(table))
    for k, technology in enumerate(table.columns):
        values = table[technology].to_numpy()
        ax.bar(
            table.index.to_numpy(),
            values,
            bottom=bottom,
            color=technology_color(technology, k),
            label=texts["names"].get(technology, technology),
        )
        bottom += values
    right = ax.twinx()
    right.plot(
        summary["year"].to_numpy(),
        100.0 * summary["share_electric"].to_numpy(),
        color="#000000",
        marker="o",
        linewidth=1.5,
        label=texts["share"],
    )
    right.set_ylim(0, 100)
    right.set_ylabel(axis_label(texts["share"]))
    locale_ticks(right, number, "y")
    ax.set_xticks(table.index.to_numpy())
    locale_ticks(ax, number, "y")
    ax.set_xticklabels([str(int(y)) for y in table.index])
    ax.set_title(texts["title"], fontsize=11)
    ax.set_xlabel(texts["x"])
    ax.set_ylabel(axis_label(texts["y"]))
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    handles = ax.get_legend_handles_labels()
    line = right.get_legend_handles_labels()
    ax.legend(handles[0] + line[0], handles[1] + line[1], loc="upper left", fontsize=8)
    return figure


def tco_figure(tco: pd.DataFrame, texts: Dict, number=None):
    """Per technology: the cumulative present cost of one bus (left, break-even years marked) and the cost
    per km of each year (right); texts: title_cumulative, title_km, x, y_cumulative, y_km, break_even (a
    template with the year), and names (technology → label)."""
    number = number or qlocale_number()
    figure = new_figure(8.4, 4.2)
    left, right = figure.subplots(1, 2)
    for k, (technology, rows) in enumerate(tco.groupby("technology", sort=False)):
        color = technology_color(technology, k)
        label = texts["names"].get(technology, technology)
        years = rows["year"].to_numpy()
        left.plot(years, rows["cumulative_pv"].to_numpy(), color=color, linewidth=2, label=label)
        right.plot(years, rows["cost_per_km"].to_numpy(), color=color, linewidth=2, label=label)
        even = rows["break_even_year"].iloc[0] if "break_even_year" in rows else np.nan
        if np.isfinite(even):
            value = rows.loc[rows["year"] == even, "cumulative_pv"]
            left.plot([even], value.to_numpy()[:1], marker="o", color=color)
            left.annotate(
                texts["break_even"].format(int(even)),
                (even, float(value.iloc[0])),
                textcoords="offset points",
                xytext=(6, -12),
                fontsize=8,
                color=color,
            )
    for ax, title, y in (
        (left, texts["title_cumulative"], texts["y_cumulative"]),
        (right, texts["title_km"], texts["y_km"]),
    ):
        locale_ticks(ax, number, "y")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_title(title, fontsize=10)
        ax.set_xlabel(texts["x"])
        ax.set_ylabel(axis_label(y))
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left", fontsize=8)
    right.set_ylim(bottom=0)
    return figure
