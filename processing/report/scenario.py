"""The city report's "Scenario" section: who gains from a scenario, read from the summary table of
conecta:comparescenarios (rows ``all``, ``decile_1`` … ``decile_10``, groups, then ``gini`` and ``palma``) and
shown as a bar chart of the change by decile and a table, in the report's language. Stateless."""

from __future__ import annotations

from pathlib import Path
from typing import List, Tuple

import numpy as np
import pandas as pd

from ...core.report import finite
from ...core.scenarios import SUMMARY_COLUMNS
from .charts import qlocale_number
from .content import ReportText
from .layout import ChartRow, Table
from .scenario_chart import change_bars_png

INEQUALITY_ROWS = ("gini", "palma")


class ScenarioReportText:
    """The section's texts in the report's language (``translator`` a ``translation.Translator``)."""

    def __init__(self, text: ReportText) -> None:
        self.text = text

    def tr(self, message: str) -> str:
        """``message`` in the report's language."""
        return self.text.translator.translate(type(self).__name__, message)

    def heading(self) -> str:
        """The section's heading."""
        return self.tr("Scenario: who gains")

    def group_name(self, group: str) -> str:
        """Everybody, a decile, a group field or an inequality measure, as the table names them."""
        if group == "all":
            return self.tr("Everybody")
        if group.startswith("decile_"):
            return self.tr("Decile {}").format(group.split("_", 1)[1])
        return {"gini": self.tr("Gini index"), "palma": self.tr("Palma ratio")}.get(group, group)

    def chart_texts(self) -> dict:
        """Texts of the bar chart."""
        return {
            "title": self.tr("Change by decile (population-weighted mean)"),
            "x": self.tr("Decile (1 = lowest)"),
            "y": self.tr("Change (scenario − baseline)"),
            "no_change": self.tr("No change"),
        }

    def values(self, value, group: str, decimals: int) -> str:
        """A mean or a change with the table's decimals (the inequality measures with their own)."""
        if group in INEQUALITY_ROWS or not finite(value):
            return self.text.number(value, group)
        return self.text.locale.toString(float(value), "f", decimals)

    def table(self, summary: pd.DataFrame) -> Table:
        """Who gains: mean before and after, change and shares gaining or losing, per row of the summary."""
        text = self.text
        means = summary.loc[~summary["group"].isin(INEQUALITY_ROWS), ["baseline_mean", "scenario_mean"]]
        largest = float(np.nanmax(np.abs(means.to_numpy(dtype=np.float64)), initial=0.0))
        decimals = 0 if largest >= 100 else 1 if largest >= 10 else 2 if largest >= 1 else 3
        rows = []
        for row in summary.itertuples(index=False):
            inequality = row.group in INEQUALITY_ROWS
            rows.append(
                [
                    self.group_name(row.group),
                    "" if inequality else text.number(row.population, "population"),
                    self.values(row.baseline_mean, row.group, decimals),
                    self.values(row.scenario_mean, row.group, decimals),
                    self.values(row.change, row.group, decimals),
                    "" if inequality else text.percent(row.gain_share_pct),
                    "" if inequality else text.percent(row.loss_share_pct),
                ]
            )
        header = [
            self.tr("Group"),
            self.tr("Population"),
            self.tr("Baseline"),
            self.tr("Scenario"),
            self.tr("Change"),
            self.tr("Gaining beyond the threshold"),
            self.tr("Losing beyond the threshold"),
        ]
        return Table(self.heading(), header, rows, [False] + [True] * 6)


def read_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """The summary table of conecta:comparescenarios (read with its columns, numbers typed) in their order,
    the group names as text."""
    out = frame[list(SUMMARY_COLUMNS)].copy()
    out["group"] = out["group"].astype(str)
    return out


def section(summary: pd.DataFrame, text: ReportText, work: Path) -> Tuple[List[ChartRow], Table]:
    """The chart row (when the summary has deciles) and the table of the Scenario section."""
    words = ScenarioReportText(text)
    deciles = summary.loc[summary["group"].str.startswith("decile_")]
    rows = []
    if len(deciles):
        labels = [g.split("_", 1)[1] for g in deciles["group"]]
        changes = deciles["change"].to_numpy(dtype=np.float64)
        png = change_bars_png(
            work / "scenario_deciles.png",
            labels,
            changes,
            words.chart_texts(),
            number=qlocale_number(text.locale),
        )
        rows.append(ChartRow(words.heading(), [png], [1.0]))
    return rows, words.table(summary)
