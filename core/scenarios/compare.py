"""Who gains: a baseline and a scenario accessibility per zone compared, by income decile, by population
group and for inequality (Palma ratio, Gini index), as planners are asked when a new corridor, a doubled
frequency or a regularised informal service is proposed.

Conventions:

* Zones are matched by id; zones in one layer only are counted (and their examples kept), never guessed.
* Change = scenario − baseline; relative change = 100 × change / baseline, undefined (NaN) where the
  baseline is 0 (a zone that reached nothing and now reaches something has no finite percentage).
* Means are population-weighted. By income decile: the deciles of the baseline's income per capita
  (population-weighted, as :func:`core.inequality.income_deciles`). By group: each group is a population
  count per zone (women, men, an age band…), the change weighted by that count.
* Who gains more than the threshold: the share of the population (or of a group) whose zone's change is
  above ``threshold`` (in % of the baseline when ``relative``, else in the measure's unit); who loses: below
  −``threshold``. Zones with an undefined relative change count in neither.
* Travel times (``lower_is_better``): the change keeps its sign (scenario − baseline, negative when the
  scenario is faster) and a gain is a change below −``threshold``, a loss one above it. The Gini index and
  Palma ratio are those of the travel times themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..errors import QT_TR_NOOP, InputError, examples
from ..inequality import gini_index, income_deciles, palma_ratio, weighted_mean

ZONE_COLUMNS = ("baseline", "scenario", "change", "change_pct")
"""Columns of :attr:`Comparison.zones`."""
SUMMARY_COLUMNS = (
    "group",
    "population",
    "baseline_mean",
    "scenario_mean",
    "change",
    "change_pct",
    "gain_share_pct",
    "loss_share_pct",
)
"""Columns of :attr:`Comparison.summary`: one row for everybody, one per income decile and one per group."""


@dataclass
class CompareDiagnostics:
    """Zones that could not be compared."""

    only_baseline: List[object] = field(default_factory=list)
    only_scenario: List[object] = field(default_factory=list)
    no_value: List[object] = field(default_factory=list)
    no_income: int = 0


@dataclass
class Comparison:
    """The change per zone, its summary by decile and group, inequality before and after, diagnostics."""

    zones: pd.DataFrame
    summary: pd.DataFrame
    inequality: pd.DataFrame
    diagnostics: CompareDiagnostics


def _matched(baseline: pd.Series, scenario: pd.Series, diag: CompareDiagnostics) -> pd.DataFrame:
    """Baseline and scenario values side by side for the zones both layers have."""
    diag.only_baseline = sorted(baseline.index.difference(scenario.index).tolist(), key=str)
    diag.only_scenario = sorted(scenario.index.difference(baseline.index).tolist(), key=str)
    common = baseline.index.intersection(scenario.index, sort=False)
    if not len(common):
        raise InputError(
            "no_common_zones",
            QT_TR_NOOP(
                "The baseline and the scenario have no zone id in common (baseline e.g. {baseline}; scenario e.g. {scenario}): compare two results of the same zones."
            ),
            baseline=examples(baseline.index[:5]),
            scenario=examples(scenario.index[:5]),
        )
    frame = pd.DataFrame({"baseline": baseline.reindex(common), "scenario": scenario.reindex(common)})
    missing = frame.isna().any(axis=1)
    diag.no_value = frame.index[missing].tolist()
    return frame[~missing].astype(float)


def _row(
    name, change, relative, base, scen, weights, threshold: float, is_relative: bool, sign: float
) -> dict:
    """One summary row: population, weighted means and the shares gaining or losing beyond the threshold
    (``sign`` −1 when a lower value is a gain)."""
    total = float(weights.sum())
    measure = sign * (relative if is_relative else change)
    finite = np.isfinite(measure)
    base_mean = weighted_mean(base, weights) if total > 0 else np.nan
    scen_mean = weighted_mean(scen, weights) if total > 0 else np.nan
    gain = float(weights[finite & (measure > threshold)].sum())
    loss = float(weights[finite & (measure < -threshold)].sum())
    return {
        "group": name,
        "population": total,
        "baseline_mean": base_mean,
        "scenario_mean": scen_mean,
        "change": scen_mean - base_mean,
        "change_pct": 100.0 * (scen_mean - base_mean) / base_mean if base_mean else np.nan,
        "gain_share_pct": 100.0 * gain / total if total > 0 else np.nan,
        "loss_share_pct": 100.0 * loss / total if total > 0 else np.nan,
    }


def _inequality(zones: pd.DataFrame, population: np.ndarray, income: Optional[np.ndarray]) -> pd.DataFrame:
    """Gini (and Palma with income) of the baseline and the scenario, and their change."""
    rows = []
    for name, function in (("gini", gini_index), ("palma", palma_ratio)):
        if name == "palma" and income is None:
            continue
        values = []
        for column in ("baseline", "scenario"):
            access = zones[column].to_numpy()
            result = function(access, population) if name == "gini" else function(access, population, income)
            values.append(float(getattr(result, "ratio", result)))
        rows.append(
            {"measure": name, "baseline": values[0], "scenario": values[1], "change": values[1] - values[0]}
        )
    return pd.DataFrame(rows, columns=["measure", "baseline", "scenario", "change"])


def compare_access(
    baseline: pd.Series,
    scenario: pd.Series,
    population: pd.Series,
    income: Optional[pd.Series] = None,
    groups: Optional[Dict[str, pd.Series]] = None,
    threshold: float = 10.0,
    relative: bool = True,
    lower_is_better: bool = False,
) -> Comparison:
    """Compare a scenario's accessibility with the baseline's, zone by zone (all Series indexed by zone id;
    ``population``, ``income`` and ``groups`` as the baseline has them); ``lower_is_better`` for travel times.
    See the module docstring."""
    if not np.isfinite(threshold) or threshold < 0:
        raise InputError(
            "bad_threshold",
            QT_TR_NOOP("The threshold must be zero or positive; got {value}."),
            value=threshold,
        )
    diag = CompareDiagnostics()
    zones = _matched(baseline, scenario, diag)
    zones["change"] = zones["scenario"] - zones["baseline"]
    with np.errstate(divide="ignore", invalid="ignore"):
        zones["change_pct"] = np.where(
            zones["baseline"] != 0, 100.0 * zones["change"] / zones["baseline"], np.nan
        )
    ids = zones.index
    weights = pd.to_numeric(population.reindex(ids), errors="coerce").fillna(0.0).clip(lower=0).to_numpy()
    base, scen = zones["baseline"].to_numpy(), zones["scenario"].to_numpy()
    change, rel = zones["change"].to_numpy(), zones["change_pct"].to_numpy()
    sign = -1.0 if lower_is_better else 1.0
    rows = [_row("all", change, rel, base, scen, weights, threshold, relative, sign)]
    income_values = None
    if income is not None:
        income_values = pd.to_numeric(income.reindex(ids), errors="coerce").to_numpy(dtype=float)
        known = np.isfinite(income_values)
        diag.no_income = int((~known).sum())
        deciles = np.full(len(ids), np.nan)
        deciles[known] = income_deciles(income_values[known], weights[known])
        for decile in range(1, 11):
            w = np.where(deciles == decile, weights, 0.0)
            rows.append(_row(f"decile_{decile}", change, rel, base, scen, w, threshold, relative, sign))
    for name, counts in (groups or {}).items():
        w = pd.to_numeric(counts.reindex(ids), errors="coerce").fillna(0.0).clip(lower=0).to_numpy()
        rows.append(_row(str(name), change, rel, base, scen, w, threshold, relative, sign))
    summary = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    return Comparison(zones[list(ZONE_COLUMNS)], summary, _inequality(zones, weights, income_values), diag)
