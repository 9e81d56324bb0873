"""The city report's figures, its summary and the city sheet, without QGIS.

- :func:`report_figures`: the population-weighted measures of every accessibility field the report shows
  (mean, median, Palma, Gini, Theil T, concentration index, income quintiles), taking those of an inequality
  table of ``conecta:accessinequality`` for the first field when the table was computed from it.
- :func:`report_summary` / :func:`read_summaries`: the summary of key figures written next to a report (the
  schema a runs folder collects, :data:`SUMMARY_KEY` version :data:`SUMMARY_VERSION`).
- :func:`city_sheet`: every summary of a runs folder side by side (the one-page city sheet).

Conventions: every figure is weighted by the zones' population (:mod:`inequality`); zones without a value or
a population are left out of that field's figures and counted. Income quintiles are every second
population-weighted income decile (Q1: the poorest 20 %); the quintile ratio is Q5's mean over Q1's.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .errors import QT_TR_NOOP, InputError
from .inequality import TABLE_IDS, access_by_group, income_deciles, inequality_summary

SUMMARY_KEY = "conecta_report"
"""Key marking a JSON file as a Conecta report summary (its value is the schema version)."""
SUMMARY_VERSION = 1
INEQUALITY_COLUMNS = ("measure", "group", "value")
"""Columns of the inequality table the report reads (conecta:accessinequality's output)."""
SDG_COLUMNS = ("scenario", "field", "served", "total", "indicator_pct")
"""Columns of the SDG 11.2.1 table the report reads (conecta:sdg1121's table output)."""
REPORT_MEASURES = (
    "mean",
    "median",
    "palma",
    "gini",
    "theil_t",
    "concentration_index",
    "concentration_index_erreygers",
    "fgt0",
    "fgt1",
    "fgt2",
    "population",
    "zones",
)
"""Measures of a field the report shows, by their ids in the inequality table, in the report's order."""
SHEET_MEASURES = ("mean", "palma", "gini")
"""Measures of every field the city sheet compares."""


def finite(value) -> bool:
    """True for a real, finite number."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def normalise(name: str) -> str:
    """Accent-free lower-case name with separators turned into single underscores."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"_+", "_", re.sub(r"[^0-9a-z]+", "_", text)).strip("_")


def slug(text: str) -> str:
    """A file-name-safe ASCII version of ``text`` ("São Paulo" → "sao_paulo")."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^0-9a-z]+", "_", ascii_text.lower()).strip("_") or "city"


GENERIC_WORDS = frozenset(
    "zones zone zonas zona layer layers capa camada output outputs salida saida result results resultado "
    "resultados accessibility accesibilidad acessibilidade access acceso acesso indicators indicadores "
    "hexagons hexagonos hex hexgrid grid grilla grade h3 res memory temporary temp tmp copy copia new nuevo "
    "novo project proyecto projeto untitled walk walking bicycle bike car transit public transport "
    "transporte publico on foot a pie pe de en por carro auto".split()
)
"""Words of layer names that say nothing about a city ("Zones", "Accessibility — Walking", "output_2")."""


def generic_name(name: str) -> bool:
    """True for a layer name made only of generic words and numbers (not a place name)."""
    words = [w for w in re.split(r"[_\W]+", normalise(name)) if w]
    return all(w in GENERIC_WORDS or w.isdigit() or re.fullmatch(r"[a-z]?\d+[a-z]?\d*", w) for w in words)


def city_title(candidates: Sequence[str]) -> str:
    """The first candidate (project title, project file name, layer name …) that names a place, else ""."""
    return next((c.strip() for c in candidates if c and c.strip() and not generic_name(c)), "")


# --------------------------------------------------------------------------------------------- figures


def income_quintiles(income: np.ndarray, population: np.ndarray) -> np.ndarray:
    """Income quintile 1..5 of each zone (population-weighted cut-offs; NaN where income is missing).

    The quintile cut-offs (20 %, 40 %, … of the population) are every second decile cut-off, so the
    quintile is ceil(decile / 2).
    """
    return np.ceil(income_deciles(income, population) / 2.0)


@dataclass
class FieldSummary:
    """What the report says about one accessibility field."""

    name: str
    label: str
    access: np.ndarray
    measures: Dict[str, float]
    quintiles: Optional[pd.DataFrame] = None
    from_table: bool = False
    missing: int = 0


def field_summary(
    name: str,
    label: str,
    access: np.ndarray,
    population: np.ndarray,
    income: Optional[np.ndarray],
    table: Optional[Dict[str, float]] = None,
) -> FieldSummary:
    """Population-weighted measures of one field (the inequality table's values when given)."""
    summary = inequality_summary(access, population, income)
    row = summary.table.loc["all"]
    measures = {TABLE_IDS.get(k, k): float(row[k]) for k in row.index}
    if table:
        measures.update({k: v for k, v in table.items() if k in REPORT_MEASURES})
    quintiles = None
    if income is not None and np.isfinite(income).any():
        quintiles = access_by_group(access, population, income_quintiles(income, population))
        quintiles = quintiles.reindex([1.0, 2.0, 3.0, 4.0, 5.0])
        first, last = quintiles["mean_access"].iloc[0], quintiles["mean_access"].iloc[-1]
        if finite(first) and finite(last) and first > 0:
            measures["quintile_ratio"] = float(last / first)
    missing = int(summary.diagnostics.n_missing_access)
    return FieldSummary(name, label, access, measures, quintiles, bool(table), missing)


def table_matches(table: Dict[str, float], computed: Dict[str, float]) -> bool:
    """True when an inequality table's mean and population are those of the field (same data)."""
    for key in ("mean", "population"):
        a, b = table.get(key), computed.get(key)
        if finite(a) and finite(b) and abs(a - b) > 1e-6 * max(1.0, abs(b)):
            return False
    return True


def overall_measures(table: pd.DataFrame, name: str = "") -> Dict[str, float]:
    """The finite values of group 'all' of an inequality table (measure → value); ``name`` names the table
    in the error raised when it has no such row."""
    rows = table[table["group"].astype(str) == "all"]
    if rows.empty:
        raise InputError(
            "no_overall_rows",
            QT_TR_NOOP("The inequality table {name} has no row of group 'all'."),
            name=name,
        )
    return {str(m): float(v) for m, v in zip(rows["measure"], rows["value"]) if finite(v)}


@dataclass
class ReportFigures:
    """The figures of every field of one report, and what the planner should be told about them."""

    summaries: List[FieldSummary]
    population: float
    """The population of every zone with a population above 0."""
    mismatched_table: str = ""
    """The field an inequality table was given for but not computed from ("" otherwise)."""
    no_income: bool = False
    """An income field was given but holds no value."""


def report_figures(
    fields: Sequence[Tuple[str, str]],
    values: pd.DataFrame,
    population: str,
    income: str = "",
    table: Optional[Dict[str, float]] = None,
) -> ReportFigures:
    """Figures of every field (name, label) from ``values`` (one column per field, plus the population and
    the income columns); ``table`` (an inequality table's overall measures) is used for the first field when
    its mean and population are that field's."""
    weights = values[population].to_numpy(dtype=np.float64)
    total = float(np.nansum(np.where(weights > 0, weights, 0.0)))
    if not total > 0:
        raise InputError(
            "no_population",
            QT_TR_NOOP("No zone has a population above 0 in field {field}."),
            field=population,
        )
    incomes = values[income].to_numpy(dtype=np.float64) if income else None
    figures = ReportFigures([], total, no_income=incomes is not None and not np.isfinite(incomes).any())
    for position, (name, label) in enumerate(fields):
        access = values[name].to_numpy(dtype=np.float64)
        summary = field_summary(name, label, access, weights, incomes)
        if position == 0 and table is not None:
            if table_matches(table, summary.measures):
                summary = field_summary(name, label, access, weights, incomes, table)
            else:
                figures.mismatched_table = name
        if not finite(summary.measures.get("mean")):
            raise InputError(
                "no_values",
                QT_TR_NOOP("No zone has both a value in {field} and a population above 0."),
                field=name,
            )
        figures.summaries.append(summary)
    return figures


# --------------------------------------------------------------------------------------------- SDG 11.2.1


def sdg_records(table: Optional[pd.DataFrame]) -> List[dict]:
    """The rows of an SDG 11.2.1 table (scenario, field, served, total, indicator_pct; NaN → None)."""
    if table is None or table.empty:
        return []
    return [
        {
            "scenario": str(scenario),
            "field": str(group),
            "served": float(served) if finite(served) else None,
            "total": float(total) if finite(total) else None,
            "indicator_pct": float(pct) if finite(pct) else None,
        }
        for scenario, group, served, total, pct in table[list(SDG_COLUMNS)].itertuples(index=False)
    ]


def sdg_headline(records: List[dict]) -> dict:
    """The record a report's key figures show: scenario "all" (every stop), else the first ({} for none)."""
    return next((r for r in records if r.get("scenario") == "all"), records[0] if records else {})


# --------------------------------------------------------------------------------------------- summary


def report_summary(
    figures: ReportFigures,
    sdg: List[dict],
    zones: int,
    **facts,
) -> dict:
    """The summary of key figures written next to a report: ``facts`` are city, date (ISO), language,
    travel_mode, zones_layer, html and pdf."""
    return {
        SUMMARY_KEY: SUMMARY_VERSION,
        "city": facts.get("city", ""),
        "date": facts.get("date", ""),
        "language": facts.get("language", ""),
        "travel_mode": facts.get("travel_mode", ""),
        "zones_layer": facts.get("zones_layer", ""),
        "zones": int(zones),
        "population": figures.population,
        "indicators": [
            {
                "field": s.name,
                "label": s.label,
                **{k: (float(v) if finite(v) else None) for k, v in s.measures.items()},
            }
            for s in figures.summaries
        ],
        "sdg_11_2_1": [
            {"scenario": r["scenario"], "field": r["field"], "indicator_pct": r["indicator_pct"]} for r in sdg
        ],
        "html": facts.get("html"),
        "pdf": facts.get("pdf"),
    }


def read_summaries(folder: Path) -> List[dict]:
    """Every Conecta report summary (JSON) in ``folder``, sorted by city name; other files are ignored."""
    found = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get(SUMMARY_KEY) == SUMMARY_VERSION:
            found.append(data)
    return sorted(found, key=lambda d: str(d.get("city", "")).lower())


# --------------------------------------------------------------------------------------------- city sheet


@dataclass
class SheetIndicator:
    """One field compared across the cities of a city sheet."""

    field: str
    label: str
    """The label the first report giving the field wrote."""
    mode: str
    """The travel mode when every report giving the field states the same one, else ""."""
    present: List[bool]
    """Whether each city's report gives the field."""
    values: Dict[str, List[Optional[float]]]
    """Measure (:data:`SHEET_MEASURES`) → one value per city (None where a city lacks it)."""


@dataclass
class CitySheet:
    """Every report of a runs folder side by side: one entry per city in each list."""

    cities: List[str]
    dates: List[str]
    zones: List[Optional[float]]
    population: List[Optional[float]]
    indicators: List[SheetIndicator] = field(default_factory=list)
    sdg: List[Optional[float]] = field(default_factory=list)
    """The headline SDG 11.2.1 share of each city (None where its report had no SDG table)."""

    def chart(self, name: str) -> Tuple[List[str], List[float], List[float]]:
        """The cities whose report gives field ``name``, with its mean and Gini index (0 where missing)."""
        indicator = next((i for i in self.indicators if i.field == name), None)
        if indicator is None:
            return [], [], []
        keep = [k for k, present in enumerate(indicator.present) if present]
        means = [indicator.values["mean"][k] or 0.0 for k in keep]
        ginis = [indicator.values["gini"][k] or 0.0 for k in keep]
        return [self.cities[k] for k in keep], means, ginis


def _number(value) -> Optional[float]:
    return float(value) if finite(value) else None


def city_sheet(runs: List[dict]) -> CitySheet:
    """The city sheet of report summaries (as :func:`read_summaries` gives them): cities in that order,
    fields in the order they first appear."""
    sheet = CitySheet(
        cities=[str(r.get("city") or r.get("zones_layer") or "") for r in runs],
        dates=[str(r.get("date") or "") for r in runs],
        zones=[_number(r.get("zones")) for r in runs],
        population=[_number(r.get("population")) for r in runs],
    )
    by_run = [{i["field"]: i for i in r.get("indicators", [])} for r in runs]
    names = list(dict.fromkeys(name for indicators in by_run for name in indicators))
    for name in names:
        present = [name in indicators for indicators in by_run]
        modes = {r.get("travel_mode", "") for r, there in zip(runs, present) if there}
        label = next(i[name].get("label") or name for i in by_run if name in i)
        values = {
            key: [_number(indicators.get(name, {}).get(key)) for indicators in by_run]
            for key in SHEET_MEASURES
        }
        mode = modes.pop() if len(modes) == 1 else ""
        sheet.indicators.append(SheetIndicator(name, label, mode, present, values))
    sheet.sdg = [_number(sdg_headline(r.get("sdg_11_2_1") or []).get("indicator_pct")) for r in runs]
    return sheet
