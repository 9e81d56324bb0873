"""Fares in Conecta's reports: the affordability chart (monthly cost of commuting by income decile) and the city
report's section on fares — labels of accessibility fields counted within a fare budget
(``acc_jobs_60_fare4_8``: "Jobs reachable within 60 min for at most 4.80") and the table of affordability by
income decile (the table conecta:affordability writes), with a note saying where it comes from.

The city report hooks :func:`fare_text` around its :class:`~.content.ReportText`; everything else it shows is
unchanged.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import List, Optional

import numpy as np
import pandas as pd

from .charts import BAR_COLOR, LINE_COLOR, axis_label, locale_ticks, new_figure, qlocale_number, save_png
from .layout import Table

AFFORDABILITY_COLUMNS = (
    "decile",
    "population",
    "mean_share_pct",
    "share_above_pct",
    "monthly_cost",
    "income",
)
"""Columns of conecta:affordability's table by income decile (decile first)."""
BUDGET_FIELD = re.compile(r"(?P<base>.+_\d+(?:_\d+)?)_fare(?P<fare>\d+(?:_\d+)?)$")
"""An accessibility field with a fare cutoff: ``acc_jobs_60_fare4_8``."""


def affordability_figure(table: pd.DataFrame, texts: dict, number=None):
    """Bars of the population above the threshold and a line of the mean share of income, by decile."""
    number = number or qlocale_number()
    figure = new_figure(6.4, 4.2)
    ax = figure.subplots()
    x = np.arange(len(table))
    ax.bar(x, table["share_above_pct"].to_numpy(), color=BAR_COLOR, label=texts["above"])
    ax.plot(
        x, table["mean_share_pct"].to_numpy(), color=LINE_COLOR, marker="o", linewidth=2, label=texts["share"]
    )
    ax.set_xticks(x)
    locale_ticks(ax, number, "y")
    ax.set_xticklabels([str(int(d)) for d in table["decile"]])
    ax.set_title(texts["title"], fontsize=11)
    ax.set_xlabel(axis_label(texts["x"]))
    ax.set_ylabel("%")
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    ax.legend(fontsize=9)
    return figure


def affordability_png(path: Path, table: pd.DataFrame, texts: dict, number=None) -> Path:
    """Write the affordability chart as a PNG (complete or not at all)."""
    return save_png(affordability_figure(table, texts, number), path)


def fare_text(text, affordability: Optional[pd.DataFrame] = None, source: str = ""):
    """The report's texts with budget fields labelled and, when given, the affordability table and its note."""
    return FareReportText(text, affordability, source)


class FareReportText:
    """A :class:`~.content.ReportText` that labels accessibility fields counted within a fare budget and adds
    affordability by income decile to the tables and notes (everything else is the wrapped text's)."""

    def __init__(self, text, affordability: Optional[pd.DataFrame], source: str) -> None:
        self._text = text
        self._table = (
            None if affordability is None or affordability.empty else affordability.sort_values("decile")
        )
        self._source = source

    def __getattr__(self, name):
        return getattr(self._text, name)

    def tr(self, text: str) -> str:
        """``text`` in the report's language (this class's translation context)."""
        return self._text.translator.translate(type(self).__name__, text)

    def field_label(self, name: str) -> str:
        """A field's label: "<label without the fare cutoff>, fare at most <budget>" for a budget field."""
        match = BUDGET_FIELD.match(name)
        if match is None:
            return self._text.labels.label(name)
        budget = float(match.group("fare").replace("_", "."))
        base = self._text.labels.label(match.group("base"))
        return self.tr("{0}, fare at most {1}").format(base, self._text.number(budget, "fare"))

    def tables(self, summaries, sdg) -> List[Table]:
        """The report's tables, then affordability by income decile (when given)."""
        tables = self._text.tables(summaries, sdg)
        if self._table is None:
            return tables
        number, percent = self._text.number, self._text.percent
        rows = [
            [
                str(int(row.decile)),
                number(row.population, "population"),
                number(row.monthly_cost),
                percent(row.mean_share_pct),
                percent(row.share_above_pct),
            ]
            for row in self._table.itertuples()
        ]
        header = [
            self.tr("Income decile (1 = poorest)"),
            self.tr("Population"),
            self.tr("Monthly cost of commuting"),
            self.tr("Share of income (mean)"),
            self.tr("Population above the threshold"),
        ]
        title = self.tr("Affordability of public transport by income decile")
        return [*tables, Table(title, header, rows, [False] + [True] * 4)]

    def notes(self, facts: dict, summaries) -> List[str]:
        """The report's notes, then where the affordability table comes from (when given)."""
        notes = self._text.notes(facts, summaries)
        if self._table is None:
            return notes
        note = self.tr(
            "Affordability of public transport (table {}): the monthly cost of commuting (the fare of reaching the zone's opportunities within the travel time × the trips per month) as a share of income, by population-weighted income decile, and the share of the population above the threshold (see conecta:affordability)."
        ).format(self._source)
        return [*notes, note]
