"""conecta:report — the city report: an HTML page and a multi-page PDF (print layout) with choropleth maps
of accessibility indicators, charts, the indicator tables (accessibility by income quintile, inequality
measures, SDG 11.2.1) and method notes with citations, in the language the planner chooses; optionally a
one-page city sheet comparing every report collected in a folder.
"""

from __future__ import annotations

import base64
import html
import json
import math
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputHtml,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QLocale

from ...core.inequality import (
    access_by_group,
    gini_index,
    income_deciles,
    inequality_summary,
    lorenz_curve,
)
from ..bridge.algorithm import PLUGIN_DIR, ConectaAlgorithm
from ..bridge.crs import working_crs
from ..bridge.numbers import check_numeric, clean, numeric_columns, to_float
from ..bridge.styles import graduated
from ..report.labels import MODE_CODES, ReportLabels, normalise, parse_field

LANGUAGE_CODES = ("", "en", "es", "pt_BR")
CSS = PLUGIN_DIR / "resources" / "report" / "report.css"
SUMMARY_KEY = "conecta_report"
SUMMARY_VERSION = 1
SHEET_NAME = "city_sheet"
INEQUALITY_COLUMNS = ("measure", "group", "value")
SDG_COLUMNS = ("scenario", "field", "served", "total", "indicator_pct")
MEASURES = (
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
SUMMARY_MEASURES = ("palma", "gini", "concentration", "concentration_corrected", "theil_t", "mean", "median")
TABLE_IDS = {
    "concentration": "concentration_index",
    "concentration_corrected": "concentration_index_erreygers",
}
DECIMALS = {
    "palma": 2,
    "gini": 3,
    "theil_t": 3,
    "concentration_index": 3,
    "concentration_index_erreygers": 3,
    "fgt0": 3,
    "fgt1": 3,
    "fgt2": 3,
    "population": 0,
    "zones": 0,
    "quintile_ratio": 2,
}

REFERENCES = (
    "Pereira, R. H. M. & Herszenhut, D. (2023). accessibility: Transport Accessibility Measures. R package, "
    "Institute for Applied Economic Research (IPEA). https://github.com/ipeaGIT/accessibility",
    "Pereira, R. H. M. & Herszenhut, D. (2023). Introduction to urban accessibility: a practical guide with R. "
    "Rio de Janeiro: IPEA.",
    "Luo, W. & Wang, F. (2003). Measures of spatial accessibility to health care in a GIS environment: "
    "synthesis and a case study in the Chicago region. Environment and Planning B 30(6): 865-884.",
    "Paez, A., Higgins, C. D. & Vivona, S. F. (2019). Demand and level of service inflation in Floating "
    "Catchment Area (FCA) methods. PLOS ONE 14(6): e0218773.",
    "Palma, J. G. (2011). Homogeneous middles vs. heterogeneous tails, and the end of the 'inverted-U'. "
    "Development and Change 42(1): 87-153. Cobham, A. & Sumner, A. (2013). Is it all about the tails? "
    "The Palma measure of income inequality. Center for Global Development, Working Paper 343.",
    "Theil, H. (1967). Economics and Information Theory. Amsterdam: North-Holland.",
    "Wagstaff, A., Paci, P. & van Doorslaer, E. (1991). On the measurement of inequalities in health. "
    "Social Science & Medicine 33(5): 545-557. Erreygers, G. (2009). Correcting the Concentration Index. "
    "Journal of Health Economics 28(2): 504-515.",
    "Foster, J., Greer, J. & Thorbecke, E. (1984). A class of decomposable poverty measures. "
    "Econometrica 52(3): 761-766.",
    "United Nations Statistics Division / UN-Habitat (2021). SDG indicator metadata 11.2.1: Proportion of "
    "population that has convenient access to public transport, by sex, age and persons with disabilities "
    "(last updated 2021-09-01).",
)


# ---------------------------------------------------------------- helpers (no QGIS state)


def slug(text: str) -> str:
    """A file-name-safe ASCII version of ``text`` ("São Paulo" → "sao_paulo")."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^0-9a-z]+", "_", ascii_text.lower()).strip("_") or "city"


def income_quintiles(income: np.ndarray, population: np.ndarray) -> np.ndarray:
    """Income quintile 1..5 of each zone (population-weighted cut-offs; NaN where income is missing).

    The quintile cut-offs (20 %, 40 %, … of the population) are every second decile cut-off, so the
    quintile is ceil(decile / 2).
    """
    return np.ceil(income_deciles(income, population) / 2.0)


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


def finite(value) -> bool:
    """True for a real, finite number."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


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
    """Population-weighted measures of one field (the inequality table's values when they match)."""
    summary = inequality_summary(access, population, income)
    row = summary.table.loc["all"]
    measures = {TABLE_IDS.get(k, k): float(row[k]) for k in row.index}
    from_table = False
    if table:
        measures.update({k: v for k, v in table.items() if k in MEASURES})
        from_table = True
    quintiles = None
    if income is not None and np.isfinite(income).any():
        quintiles = access_by_group(access, population, income_quintiles(income, population))
        quintiles = quintiles.reindex([1.0, 2.0, 3.0, 4.0, 5.0])
        first, last = quintiles["mean_access"].iloc[0], quintiles["mean_access"].iloc[-1]
        if finite(first) and finite(last) and first > 0:
            measures["quintile_ratio"] = float(last / first)
    missing = int(summary.diagnostics.n_missing_access)
    return FieldSummary(name, label, access, measures, quintiles, from_table, missing)


@dataclass
class ReportJob:
    """Everything read and checked before any output is written."""

    source: object
    summaries: List[FieldSummary]
    population: np.ndarray
    income: Optional[np.ndarray]
    sdg: Optional[pd.DataFrame]
    inequality: Optional[pd.DataFrame]
    city: str
    language: str
    population_field: str
    income_field: str
    html_path: Path
    pdf_path: Optional[Path]
    runs_folder: Optional[Path]


def table_matches(table: Dict[str, float], computed: Dict[str, float]) -> bool:
    """True when an inequality table's mean and population are those of the field (same data)."""
    for key in ("mean", "population"):
        a, b = table.get(key), computed.get(key)
        if finite(a) and finite(b) and abs(a - b) > 1e-6 * max(1.0, abs(b)):
            return False
    return True


def read_summaries(folder: Path) -> List[dict]:
    """Every Conecta report summary (JSON) in ``folder``, sorted by city name."""
    found = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get(SUMMARY_KEY) == SUMMARY_VERSION:
            found.append(data)
    return sorted(found, key=lambda d: str(d.get("city", "")).lower())


def write_text(path: Path, text: str) -> None:
    """Write a text file completely or not at all (temporary file renamed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def png_data(path: Path) -> str:
    """A PNG as a data: URI for a standalone HTML page."""
    return "data:image/png;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


# ---------------------------------------------------------------- HTML


@dataclass
class HtmlPage:
    """The parts of a report page, already translated and formatted."""

    language: str
    title: str
    subtitle: str
    footer: str
    sections: List[Tuple[str, str]] = field(default_factory=list)

    def add(self, heading: str, body: str) -> None:
        self.sections.append((heading, body))

    def render(self) -> str:
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


def html_table(header: List[str], rows: List[List[str]], numeric: List[bool]) -> str:
    """An HTML table; ``numeric`` columns are right-aligned."""
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


def html_figures(figures: List[Tuple[str, str]]) -> str:
    """Key figures as boxes."""
    boxes = "".join(
        f'<div class="figure"><div class="name">{html.escape(n)}</div>'
        f'<div class="value">{html.escape(v)}</div></div>'
        for n, v in figures
    )
    return f'<div class="figures">{boxes}</div>'


# ---------------------------------------------------------------- algorithm


class CityReport(ConectaAlgorithm):
    """HTML and PDF city report of accessibility, its inequality and SDG 11.2.1, in the chosen language."""

    ALG_NAME = "report"
    GROUP_ID = "accessibility"
    ZONES = "ZONES"
    ACCESS_FIELDS = "ACCESS_FIELDS"
    POPULATION = "POPULATION"
    INCOME = "INCOME"
    INEQUALITY = "INEQUALITY"
    SDG_TABLE = "SDG_TABLE"
    CITY_NAME = "CITY_NAME"
    TRAVEL_MODE = "TRAVEL_MODE"
    LANGUAGE = "LANGUAGE"
    RUNS_FOLDER = "RUNS_FOLDER"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_PDF = "OUTPUT_PDF"
    SUMMARY = "SUMMARY"
    CITY_SHEET_HTML = "CITY_SHEET_HTML"
    CITY_SHEET_PDF = "CITY_SHEET_PDF"

    def flags(self):
        # print layouts are drawn in the main thread, as QGIS's own layout export algorithms do
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self) -> str:
        return self.tr("City report (HTML and PDF)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Writes the report planners take to the council meeting: an HTML page and a PDF (print layout) "
            "with, for each accessibility field, a choropleth map (legend, scale bar, north arrow) and its key "
            "figures; charts (population by accessibility, mean accessibility by income decile, Lorenz "
            "curve); the indicator tables (population-weighted mean accessibility by income quintile, the "
            "inequality measures Palma ratio, Gini, Theil T and concentration index, SDG 11.2.1 "
            "disaggregated); and the data sources and method notes with citations (Pereira & Herszenhut, "
            "accessibility package; Luo & Wang 2003; UN SDG metadata 11.2.1, 2021).\n\n"
            "The inequality measures are taken from the table of 'Accessibility inequality and poverty' "
            "when given (for the first accessibility field), otherwise computed here with the same "
            "definitions. The SDG 11.2.1 table is the one of the SDG 11.2.1 algorithm; without it the "
            "section is left out.\n\n"
            "Language: the report is written in the language chosen, whatever QGIS's own; numbers follow "
            "that language's conventions. A summary of the key figures (JSON) is written next to the HTML. "
            "With a runs folder, the summary is also copied there and a one-page city sheet (HTML and PDF) "
            "compares every city reported into that folder side by side."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES,
                self.tr("Zones with indicators"),
                [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ACCESS_FIELDS,
                self.tr("Accessibility fields to map and summarise"),
                parentLayerParameterName=self.ZONES,
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POPULATION,
                self.tr("Population field"),
                parentLayerParameterName=self.ZONES,
                type=QgsProcessingParameterField.Numeric,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.INCOME,
                self.tr("Income per capita field"),
                parentLayerParameterName=self.ZONES,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        inequality = QgsProcessingParameterFeatureSource(
            self.INEQUALITY,
            self.tr("Inequality measures (table of 'Accessibility inequality and poverty')"),
            [QgsProcessing.TypeVector],
            optional=True,
        )
        inequality.setHelp(
            self.tr(
                "Its measures (group 'all') are reported for the first accessibility field. Without it the "
                "measures are computed here with the same definitions."
            )
        )
        self.addParameter(inequality)
        sdg = QgsProcessingParameterFeatureSource(
            self.SDG_TABLE,
            self.tr("SDG 11.2.1 table (scenario, field, served, total, indicator_pct)"),
            [QgsProcessing.TypeVector],
            optional=True,
        )
        sdg.setHelp(
            self.tr("The table output of the SDG 11.2.1 algorithm. Without it the section is left out.")
        )
        self.addParameter(sdg)
        city = QgsProcessingParameterString(self.CITY_NAME, self.tr("City name"), optional=True)
        city.setHelp(
            self.tr(
                "The report's title. Left empty, the project's title or file name is used, else the zone "
                "layer's name when it is not a generic one (zones, output…)."
            )
        )
        self.addParameter(city)
        mode = QgsProcessingParameterEnum(
            self.TRAVEL_MODE,
            self.tr("Travel mode of the accessibility fields"),
            [
                self.tr("Walking"),
                self.tr("Bicycle"),
                self.tr("Car"),
                self.tr("Public transport"),
                self.tr("Not stated"),
            ],
            defaultValue=len(MODE_CODES) - 1,
        )
        mode.setHelp(
            self.tr(
                "How the travel times of the accessibility fields were computed, said in the report's labels "
                "(e.g. 'Jobs reachable within 60 min on foot' for acc_jobs_60 walking)."
            )
        )
        self.addParameter(mode)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                self.tr("Language of the report"),
                [self.tr("User's language (QGIS setting)"), "English", "Español", "Português (Brasil)"],
                defaultValue=0,
            )
        )
        runs = QgsProcessingParameterFile(
            self.RUNS_FOLDER,
            self.tr("Runs folder for the city sheet"),
            behavior=QgsProcessingParameterFile.Folder,
            optional=True,
        )
        runs.setHelp(
            self.tr(
                "The report's summary is copied to this folder and a one-page city sheet comparing every "
                "city reported into it is written there (city_sheet.html and city_sheet.pdf)."
            )
        )
        runs.setFlags(runs.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(runs)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF,
                self.tr("Report (PDF)"),
                self.tr("PDF files (*.pdf)"),
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputFile(self.SUMMARY, self.tr("Summary of key figures (JSON)")))
        self.addOutput(QgsProcessingOutputHtml(self.CITY_SHEET_HTML, self.tr("City sheet (HTML)")))
        self.addOutput(QgsProcessingOutputFile(self.CITY_SHEET_PDF, self.tr("City sheet (PDF)")))

    # ------------------------------------------------------------ texts

    def measure_names(self) -> Dict[str, str]:
        """Translated names of the measures and key figures."""
        return {
            "mean": self.tr("Mean accessibility (population-weighted)"),
            "median": self.tr("Median accessibility (population-weighted)"),
            "palma": self.tr("Palma ratio (wealthiest 10 % / poorest 40 %)"),
            "gini": self.tr("Gini index"),
            "theil_t": self.tr("Theil T index"),
            "concentration_index": self.tr("Concentration index (ranked by income)"),
            "concentration_index_erreygers": self.tr("Concentration index, Erreygers-corrected"),
            "fgt0": self.tr("FGT0: share of the population below the poverty line"),
            "fgt1": self.tr("FGT1: poverty gap"),
            "fgt2": self.tr("FGT2: poverty severity"),
            "population": self.tr("Population"),
            "zones": self.tr("Zones"),
            "quintile_ratio": self.tr("Richest / poorest quintile (Q5 / Q1)"),
        }

    def scenario_name(self, scenario: str) -> str:
        """Translated name of an SDG 11.2.1 scenario of conecta:sdg1121."""
        names = {
            "all": self.tr("All stops (500 m low capacity, 1,000 m high capacity)"),
            "low": self.tr("Low-capacity stops (500 m)"),
            "high": self.tr("High-capacity stops (1,000 m)"),
            "all_frequent": self.tr("Stops with frequent service (20 min or less between departures)"),
            "low_frequent": self.tr("Low-capacity stops with frequent service"),
            "high_frequent": self.tr("High-capacity stops with frequent service"),
        }
        return names.get(scenario, scenario)

    # ------------------------------------------------------------ run

    def tr(self, text: str) -> str:
        """``text`` in the report's language while it is written (its own translator), else in QGIS's."""
        translator = getattr(self, "_translator", None)
        if translator is None:
            return super().tr(text)
        return translator.translate(type(self).__name__, text)

    def processAlgorithm(self, parameters, context, feedback):
        from ...translation import Translator, qgis_locale

        code = LANGUAGE_CODES[self.parameterAsEnum(parameters, self.LANGUAGE, context)] or qgis_locale()
        mode = MODE_CODES[self.parameterAsEnum(parameters, self.TRAVEL_MODE, context)]
        # the report's own translator: QGIS and whatever else runs meanwhile keep their language
        self._translator = Translator(code)
        try:
            self.labels = ReportLabels(self._translator.translate, QLocale(code), mode)
            return self._run(parameters, context, feedback, code)
        finally:
            self._translator = None

    def _read_table(self, parameters, name: str, columns, numeric, context) -> Optional[pd.DataFrame]:
        """An optional table parameter as a DataFrame of ``columns`` (None when not given); the ``numeric``
        ones typed as numbers (a CSV table's text "69.6" is the number 69.6)."""
        if parameters.get(name) in (None, ""):
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        names = source.fields().names()
        missing = [c for c in columns if c not in names]
        if missing:
            raise QgsProcessingException(
                self.tr("The table {0} has no field {1}; its fields are: {2}.").format(
                    source.sourceName(), ", ".join(missing), ", ".join(names)
                )
            )
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(list(columns), source.fields())
        rows = [[clean(f[c]) for c in columns] for f in source.getFeatures(request)]
        frame = pd.DataFrame(rows, columns=list(columns))
        numeric_columns(source, frame, list(numeric))
        frame.attrs["name"] = source.sourceName()
        return frame

    def _run(self, parameters, context, feedback, language: str):
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        access_fields = self.parameterAsFields(parameters, self.ACCESS_FIELDS, context)
        population_field = self.parameterAsString(parameters, self.POPULATION, context)
        income_field = self.parameterAsString(parameters, self.INCOME, context) or ""
        if not access_fields:
            raise QgsProcessingException(self.tr("Choose at least one accessibility field."))
        if not population_field:
            raise QgsProcessingException(
                self.tr("Choose the population field: every figure of the report is population-weighted.")
            )
        for name in [*access_fields, population_field, income_field]:
            if name:
                check_numeric(source, name)
        if QgsWkbTypes.geometryType(source.wkbType()) not in (
            QgsWkbTypes.PolygonGeometry,
            QgsWkbTypes.PointGeometry,
        ):
            raise QgsProcessingException(self.tr("The zone layer needs polygons or points to be mapped."))
        inequality = self._read_table(parameters, self.INEQUALITY, INEQUALITY_COLUMNS, ["value"], context)
        sdg = self._read_table(parameters, self.SDG_TABLE, SDG_COLUMNS, SDG_COLUMNS[2:], context)
        city = (self.parameterAsString(parameters, self.CITY_NAME, context) or "").strip()
        city = city or self._city_fallback(source, context, feedback)
        html_path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context))
        if html_path.suffix.lower() not in (".html", ".htm"):
            html_path = html_path.with_suffix(".html")
        pdf_text = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        pdf_path = Path(pdf_text).with_suffix(".pdf") if pdf_text else None
        runs_text = self.parameterAsFile(parameters, self.RUNS_FOLDER, context)
        runs_folder = Path(runs_text) if runs_text else None
        if runs_folder is not None and runs_folder.exists() and not runs_folder.is_dir():
            raise QgsProcessingException(
                self.tr("The runs folder {} is a file, not a folder.").format(runs_text)
            )

        # ---- attributes, one loop
        names = list(
            dict.fromkeys([*access_fields, population_field] + ([income_field] if income_field else []))
        )
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(names, source.fields())
        values: Dict[str, list] = {name: [] for name in names}
        for n, feature in enumerate(source.getFeatures(request)):
            if n % 10000 == 0 and feedback.isCanceled():
                return {}
            for name in names:
                values[name].append(clean(feature[name]))
        if not values[population_field]:
            raise QgsProcessingException(self.tr("The zone layer has no features."))
        population = to_float(values[population_field])[0]
        if not np.nansum(np.where(population > 0, population, 0)) > 0:
            raise QgsProcessingException(
                self.tr("No zone has a population above 0 in field {}.").format(population_field)
            )
        income = to_float(values[income_field])[0] if income_field else None
        feedback.setProgress(5)

        # ---- measures
        table_all = None
        if inequality is not None:
            rows = inequality[inequality["group"].astype(str) == "all"]
            if rows.empty:
                raise QgsProcessingException(
                    self.tr("The inequality table {} has no row of group 'all'.").format(
                        inequality.attrs["name"]
                    )
                )
            table_all = {str(m): float(v) for m, v in zip(rows["measure"], rows["value"]) if finite(v)}
        fields = source.fields()
        summaries = []
        for i, name in enumerate(access_fields):
            access = to_float(values[name])[0]
            alias = fields.field(name).alias()
            label = alias or self.labels.label(name)
            summary = field_summary(name, label, access, population, income)
            if i == 0 and table_all is not None:
                if table_matches(table_all, summary.measures):
                    summary = field_summary(name, label, access, population, income, table_all)
                else:
                    feedback.pushWarning(
                        self.tr(
                            "The inequality table {0} was not computed from field {1} (its mean or population "
                            "differ): the measures are computed here instead."
                        ).format(inequality.attrs["name"], name)
                    )
            if not np.isfinite(summary.measures.get("mean", np.nan)):
                raise QgsProcessingException(
                    self.tr("No zone has both a value in {0} and a population above 0.").format(name)
                )
            if summary.missing:
                feedback.pushWarning(
                    self.tr("{0} zones have no value in {1}: they are left out of its figures.").format(
                        summary.missing, name
                    )
                )
            summaries.append(summary)
        if income is not None and not np.isfinite(income).any():
            feedback.pushWarning(
                self.tr("Field {} has no income value: no figure by income.").format(income_field)
            )
        feedback.setProgress(15)

        locale = QLocale(language)
        work = Path(tempfile.mkdtemp(prefix="conecta_report_", dir=QgsProcessingUtils.tempFolder()))
        try:
            job = ReportJob(
                source,
                summaries,
                population,
                income,
                sdg,
                inequality,
                city,
                language,
                population_field,
                income_field,
                html_path,
                pdf_path,
                runs_folder,
            )
            results = self._write(job, context, feedback, locale, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return results

    def _city_fallback(self, source, context, feedback) -> str:
        """The city of a report without a city name: the project's title or file name, else the zone
        layer's name unless it is a generic one ("" then); the log suggests setting the city name."""
        project = context.project() or QgsProject.instance()
        candidates = [project.title() or "", Path(project.fileName() or "").stem, source.sourceName()]
        city = next((c.strip() for c in candidates if c.strip() and not generic_name(c)), "")
        if city:
            message = self.tr(
                "No city name was given: the report is titled with '{}'. Set the city name to change it."
            )
            feedback.pushWarning(message.format(city))
        else:
            feedback.pushWarning(
                self.tr(
                    "No city name was given and the zone layer's name ({}) says nothing about the city: set "
                    "the city name for the report's title."
                ).format(source.sourceName())
            )
        return city

    # ------------------------------------------------------------ formatting

    def footer(self, what: str) -> str:
        """The footer of every page: Conecta, QGIS's version, the method's source and ``what`` is reported."""
        return self.tr("Conecta for QGIS {0} · methods of ECLAC's Big Push for Sustainability · {1}").format(
            Qgis.QGIS_VERSION.split("-")[0], what
        )

    def date_format(self) -> str:
        """The long date pattern of the report's language (Qt date format)."""
        return self.tr("d MMMM yyyy")

    def number(self, locale: QLocale, value, key: str = "") -> str:
        """A number in the report's language: fixed decimals per measure, else by magnitude."""
        if not finite(value):
            return "—"
        value = float(value)
        decimals = DECIMALS.get(key)
        if decimals is None:
            size = abs(value)
            decimals = 0 if size >= 100 else 1 if size >= 10 else 2 if size >= 1 else 3
        return locale.toString(value, "f", decimals)

    def percent(self, locale: QLocale, value) -> str:
        """A percentage with one decimal."""
        return "—" if not finite(value) else locale.toString(float(value), "f", 1) + " %"

    def key_figures(self, locale: QLocale, summary: FieldSummary, sdg_line) -> List[Tuple[str, str]]:
        """The key figures of one field (name, formatted value)."""
        names = self.measure_names()
        keys = [
            "mean",
            "median",
            "palma",
            "gini",
            "quintile_ratio",
            "concentration_index",
            "population",
            "zones",
        ]
        figures = [
            (names[k], self.number(locale, summary.measures[k], k))
            for k in keys
            if finite(summary.measures.get(k))
        ]
        if sdg_line is not None:
            figures.append(sdg_line)
        return figures

    # ------------------------------------------------------------ outputs

    def _write(self, job: ReportJob, context, feedback, locale: QLocale, work: Path) -> dict:
        """Charts, maps, layouts and every output file of one report."""
        from ..bridge.charts import inequality_png, qlocale_number
        from ..report import layout as rl

        number = qlocale_number(locale)
        source, summaries, population, income = job.source, job.summaries, job.population, job.income
        city, language, html_path, pdf_path = job.city, job.language, job.html_path, job.pdf_path
        names = self.measure_names()
        today = QDate.currentDate()
        date_text = locale.toString(today, self.date_format())
        title = self.tr("Accessibility report: {}").format(city) if city else self.tr("Accessibility report")
        subtitle = self.tr("{0} · zones: {1} · population: {2}").format(
            date_text,
            source.sourceName(),
            self.number(locale, np.nansum(np.where(population > 0, population, 0)), "population"),
        )
        footer = self.footer(city or source.sourceName())

        sdg_rows, sdg_line, sdg_records = self._sdg_section(job.sdg, locale)

        # ---- charts
        chart_rows = []
        for i, summary in enumerate(summaries):
            if feedback.isCanceled():
                return {}
            histogram = self._histogram(work / f"histogram_{i}.png", summary, population, number)
            deciles = None
            if income is not None and np.isfinite(income).any():
                from ...core.inequality import access_by_income_decile

                deciles = access_by_income_decile(summary.access, population, income)
            texts = {
                "decile_title": self.tr("Mean accessibility by income decile"),
                "decile_x": self.tr("Income decile (1 = poorest)"),
                "decile_y": self.tr("Mean accessibility (population-weighted)"),
                "lorenz_title": self.tr("Lorenz curve of accessibility"),
                "lorenz_x": self.tr("Cumulative share of the population"),
                "lorenz_y": self.tr("Cumulative share of accessibility"),
                "lorenz_label": self.tr("Lorenz curve (Gini index {})").format(
                    self.number(locale, gini_index(summary.access, population), "gini")
                ),
                "equality": self.tr("Line of equality"),
            }
            lorenz = inequality_png(
                work / f"inequality_{i}.png", lorenz_curve(summary.access, population), texts, deciles, number
            )
            widths = [1.0, 2.0] if deciles is not None and len(deciles) else [1.0, 1.0]
            chart_rows.append(rl.ChartRow(summary.label, [histogram, lorenz], widths))
        feedback.setProgress(35)

        # ---- tables
        labels = [s.label for s in summaries]
        measure_rows = []
        for key in MEASURES + ("quintile_ratio",):
            cells = [self.number(locale, s.measures.get(key), key) for s in summaries]
            if any(c != "—" for c in cells):
                measure_rows.append([names[key]] + cells)
        tables = [
            rl.Table(
                self.tr("Accessibility and its inequality"),
                [self.tr("Measure")] + labels,
                measure_rows,
                [False] + [True] * len(labels),
            )
        ]
        if summaries[0].quintiles is not None:
            quintile_names = [
                self.tr("Q1 (poorest 20 %)"),
                self.tr("Q2"),
                self.tr("Q3"),
                self.tr("Q4"),
                self.tr("Q5 (wealthiest 20 %)"),
            ]
            rows = []
            for q, qname in enumerate(quintile_names):
                pop = summaries[0].quintiles["population"].iloc[q]
                rows.append(
                    [qname, self.number(locale, pop, "population")]
                    + [self.number(locale, s.quintiles["mean_access"].iloc[q]) for s in summaries]
                )
            rows.append(
                [names["quintile_ratio"], ""]
                + [self.number(locale, s.measures.get("quintile_ratio"), "quintile_ratio") for s in summaries]
            )
            tables.append(
                rl.Table(
                    self.tr("Mean accessibility by income quintile (population-weighted)"),
                    [self.tr("Income quintile"), self.tr("Population")] + labels,
                    rows,
                    [False, True] + [True] * len(labels),
                )
            )
        if sdg_rows:
            tables.append(
                rl.Table(
                    self.tr("SDG 11.2.1: share of the population with convenient access to public transport"),
                    [
                        self.tr("Stops and service area"),
                        self.tr("Population group (field)"),
                        self.tr("Population served"),
                        self.tr("Population"),
                        self.tr("Share"),
                    ],
                    sdg_rows,
                    [False, False, True, True, True],
                )
            )

        # ---- notes
        notes = self._notes(job)

        # ---- maps and layouts
        crs = working_crs(source, context, feedback)
        project = QgsProject()
        project.setCrs(crs)
        project.setTransformContext(context.transformContext())
        panels = []
        base = None
        if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry:
            base = self._layer(source, [], feedback)
            base.setRenderer(
                QgsSingleSymbolRenderer(
                    QgsFillSymbol.createSimple(
                        {"color": "#e4e4e4", "outline_color": "#ffffff", "outline_width": "0.05"}
                    )
                )
            )
            project.addMapLayer(base, False)
        for summary in summaries:
            if feedback.isCanceled():
                return {}
            layer = self._layer(source, [summary.name], feedback)
            layer.setName(summary.label)
            graduated(summary.name)(layer)
            if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PointGeometry:
                layer.renderer().setSymbolSizes(3.5, 3.5)
            self._legend_format(layer, summary, locale)
            project.addMapLayer(layer, False)
            figures = self.key_figures(locale, summary, sdg_line if summary is summaries[0] else None)
            map_title = self.tr("Map: {}").format(summary.label)
            panels.append(rl.MapPanel(layer, map_title, self.tr("Key figures"), figures, base, summary.label))
        feedback.setProgress(50)
        content = rl.ReportContent(
            title=title,
            subtitle=subtitle,
            footer=footer,
            crs=crs,
            maps=panels,
            charts_title=self.tr("Charts"),
            charts=chart_rows,
            tables_title=self.tr("Indicators"),
            tables=tables,
            notes_title=self.tr("Data sources and methods"),
            notes=notes,
            references_title=self.tr("References"),
            references=list(REFERENCES),
            locale=locale,
        )
        layout, regions = rl.build_report(project, content)
        map_pngs = []
        for i, region in enumerate(regions):
            path = work / f"map_{i}.png"
            if not rl.export_region_png(layout, region, path):
                raise QgsProcessingException(
                    self.tr("The map of {} could not be drawn.").format(summaries[i].name)
                )
            map_pngs.append(path)
        feedback.setProgress(65)
        if feedback.isCanceled():
            return {}

        results = {}
        if pdf_path is not None:
            pdf_path.parent.mkdir(parents=True, exist_ok=True)
            tmp_pdf = work / "report.pdf"
            if not rl.export_pdf(layout, tmp_pdf):
                raise QgsProcessingException(
                    self.tr("The PDF could not be written to {}.").format(str(pdf_path))
                )
            feedback.setProgress(85)
        # ---- HTML
        page = HtmlPage(language, title, subtitle, footer)
        body = []
        for summary, panel in zip(summaries, panels):
            body.append(f"<h3>{html.escape(summary.label)}</h3>{html_figures(panel.key_figures)}")
        page.add(self.tr("Key figures"), "\n".join(body))
        page.add(
            self.tr("Maps"),
            "\n".join(
                f'<h3>{html.escape(s.label)}</h3><p><img alt="{html.escape(s.label)}" src="{png_data(p)}"></p>'
                for s, p in zip(summaries, map_pngs)
            ),
        )
        page.add(
            self.tr("Charts"),
            "\n".join(
                f"<h3>{html.escape(row.caption)}</h3><p>"
                + "".join(f'<img alt="{html.escape(row.caption)}" src="{png_data(p)}"> ' for p in row.images)
                + "</p>"
                for row in chart_rows
            ),
        )
        page.add(
            self.tr("Indicators"),
            "\n".join(
                f"<h3>{html.escape(t.title)}</h3>{html_table(t.header, t.rows, t.numeric)}" for t in tables
            ),
        )
        refs = "".join(f"<li>{html.escape(r)}</li>" for r in REFERENCES)
        page.add(
            self.tr("Data sources and methods"),
            '<div class="notes">'
            + "".join(f"<p>{html.escape(n)}</p>" for n in notes)
            + f'</div><h3>{html.escape(self.tr("References"))}</h3><ol class="references">{refs}</ol>',
        )

        summary_data = {
            SUMMARY_KEY: SUMMARY_VERSION,
            "city": city,
            "date": today.toString("yyyy-MM-dd"),
            "language": language,
            "travel_mode": self.labels.mode,
            "zones_layer": source.sourceName(),
            "zones": int(len(population)),
            "population": float(np.nansum(np.where(population > 0, population, 0))),
            "indicators": [
                {
                    "field": s.name,
                    "label": s.label,
                    **{k: (float(v) if finite(v) else None) for k, v in s.measures.items()},
                }
                for s in summaries
            ],
            "sdg_11_2_1": sdg_records,
            "html": str(html_path),
            "pdf": str(pdf_path) if pdf_path is not None else None,
        }
        # everything is ready: write the outputs
        write_text(html_path, page.render())
        if pdf_path is not None:
            shutil.move(str(tmp_pdf), str(pdf_path) + ".part")
            Path(str(pdf_path) + ".part").replace(pdf_path)
            results[self.OUTPUT_PDF] = str(pdf_path)
        summary_path = html_path.with_suffix(".json")
        summary_text = json.dumps(summary_data, ensure_ascii=False, indent=1)
        write_text(summary_path, summary_text)
        results.update({self.OUTPUT_HTML: str(html_path), self.SUMMARY: str(summary_path)})
        feedback.pushInfo(self.tr("Report written to {}").format(str(html_path)))
        if job.runs_folder is not None:
            job.runs_folder.mkdir(parents=True, exist_ok=True)
            write_text(job.runs_folder / f"{slug(city or source.sourceName())}.json", summary_text)
            results.update(
                self._city_sheet(job.runs_folder, locale, language, summaries[0].name, work, feedback)
            )
        feedback.setProgress(100)
        return results

    def _sdg_section(self, sdg: Optional[pd.DataFrame], locale: QLocale):
        """SDG 11.2.1 table rows, headline key figure and records for the summary (empty without a table)."""
        rows: List[List[str]] = []
        records: List[dict] = []
        if sdg is None or sdg.empty:
            return rows, None, records
        for scenario, group, served, total, pct in sdg[list(SDG_COLUMNS)].itertuples(index=False):
            rows.append(
                [
                    self.scenario_name(str(scenario)),
                    str(group),
                    self.number(locale, served, "population"),
                    self.number(locale, total, "population"),
                    self.percent(locale, pct),
                ]
            )
            records.append(
                {
                    "scenario": str(scenario),
                    "field": str(group),
                    "indicator_pct": pct if finite(pct) else None,
                }
            )
        headline = next((r for r in records if r["scenario"] == "all"), records[0])
        line = (
            self.tr("SDG 11.2.1: convenient access to public transport"),
            self.percent(locale, headline["indicator_pct"]),
        )
        return rows, line, records

    def _layer(self, source, attributes: List[str], feedback):
        """A memory copy of the zones with only ``attributes`` (the input layer is never restyled)."""
        request = QgsFeatureRequest().setSubsetOfAttributes(attributes, source.fields())
        return source.materialize(request, feedback)

    def _legend_format(self, layer, summary: FieldSummary, locale: QLocale) -> None:
        """Legend class labels in the report's number format, with as many decimals as the values need."""
        renderer = layer.renderer()
        if not hasattr(renderer, "ranges"):
            return
        values = summary.access[np.isfinite(summary.access)]
        span = float(np.max(np.abs(values))) if values.size else 0.0
        decimals = 0 if span >= 100 else 1 if span >= 10 else 2 if span >= 1 else 3
        for i, class_range in enumerate(renderer.ranges()):
            lower = locale.toString(class_range.lowerValue(), "f", decimals)
            upper = locale.toString(class_range.upperValue(), "f", decimals)
            renderer.updateRangeLabel(i, f"{lower} – {upper}")

    def _histogram(self, path: Path, summary: FieldSummary, population, number) -> Path:
        """Population by accessibility (population-weighted histogram) with the mean marked."""
        from ..bridge.charts import histogram_figure, save_png

        texts = {
            "title": self.tr("Population by accessibility"),
            "x": summary.label,
            "y": self.tr("Population"),
            "mean": self.tr("Mean"),
        }
        return save_png(histogram_figure(summary.access, population, texts, number), path)

    def _notes(self, job: ReportJob) -> List[str]:
        """Data sources and method notes, in the report's language."""
        source, summaries, inequality, sdg = job.source, job.summaries, job.inequality, job.sdg
        population_field, income_field = job.population_field, job.income_field
        fields = ", ".join(s.name for s in summaries)
        notes = [
            self.tr(
                "Data: zones of layer {0} ({1} zones); accessibility fields {2}; population field {3}."
            ).format(
                source.sourceName(),
                self.number(QLocale(job.language), source.featureCount(), "zones"),
                fields,
                population_field,
            ),
            self.tr(
                "Accessibility: Conecta computes it with the measures of IPEA's accessibility package "
                "(Pereira & Herszenhut 2023): cumulative opportunities within a travel time, gravity with a "
                "decay function, travel time to the closest opportunity, floating catchment areas (2SFCA, Luo "
                "& Wang 2003; BFCA, Paez et al. 2019) and passive accessibility."
            ),
            self.tr(
                "Every mean, median, share and inequality measure is weighted by the population of the zones; "
                "zones with no value or no population are left out of the figures of that field."
            ),
            self.tr(
                "Gini index: twice the area between the Lorenz curve of accessibility and the line of equality "
                "(0: everyone has the same accessibility; 1: one zone has it all). Theil T index (Theil 1967): "
                "0 for equality, higher for more inequality."
            ),
        ]
        if income_field:
            notes.append(
                self.tr(
                    "Income: field {}. Palma ratio (Palma 2011; Cobham & Sumner 2013): mean accessibility of the "
                    "wealthiest 10 % of the population divided by that of the poorest 40 %, the groups being "
                    "population-weighted quantiles of income per capita; above 1 the wealthy have more access. "
                    "Income quintiles are built the same way (Q1: the poorest 20 %). The concentration index "
                    "(Wagstaff, Paci & van Doorslaer 1991; Erreygers 2009) ranks the population by income: "
                    "positive when accessibility is concentrated among the wealthier."
                ).format(income_field)
            )
        if inequality is not None:
            notes.append(
                self.tr(
                    "The inequality measures of {0} come from the table {1} of the algorithm 'Accessibility "
                    "inequality and poverty' (FGT poverty measures: Foster, Greer & Thorbecke 1984)."
                ).format(summaries[0].name, inequality.attrs["name"])
            )
        if sdg is not None:
            notes.append(
                self.tr(
                    "SDG 11.2.1 (table {}): proportion of the population with convenient access to public "
                    "transport, that is living within 500 m walking of a low-capacity stop (bus, BRT, tram) "
                    "or 1,000 m of a high-capacity one (rail, metro, ferry), following the UN SDG indicator "
                    "metadata (2021); disaggregated by the population groups of the table."
                ).format(sdg.attrs["name"])
            )
        return notes

    # ------------------------------------------------------------ city sheet

    def _city_sheet(
        self, folder: Path, locale: QLocale, language: str, chart_field: str, work: Path, feedback
    ):
        """The one-page comparison of every city reported into ``folder``: HTML and PDF."""
        from ..report import layout as rl

        runs = read_summaries(folder)
        cities = [str(r.get("city") or r.get("zones_layer") or "") for r in runs]
        names = self.measure_names()
        rows = [
            [self.tr("Date")]
            + [
                locale.toString(QDate.fromString(str(r.get("date")), "yyyy-MM-dd"), self.date_format())
                for r in runs
            ],
            [names["zones"]] + [self.number(locale, r.get("zones"), "zones") for r in runs],
            [names["population"]] + [self.number(locale, r.get("population"), "population") for r in runs],
        ]
        order: Dict[str, str] = {}
        for run in runs:
            for indicator in run.get("indicators", []):
                order.setdefault(indicator["field"], self._sheet_label(indicator["field"], runs, locale))
        for name, label in order.items():
            by_city = [next((i for i in r.get("indicators", []) if i["field"] == name), {}) for r in runs]
            for key in ("mean", "palma", "gini"):
                cells = [self.number(locale, i.get(key), key) for i in by_city]
                if any(c != "—" for c in cells):
                    rows.append([self.tr("{0}: {1}").format(label, names[key])] + cells)
        sdg_cells = []
        for run in runs:
            records = run.get("sdg_11_2_1") or []
            headline = next((r for r in records if r.get("scenario") == "all"), records[0] if records else {})
            sdg_cells.append(self.percent(locale, headline.get("indicator_pct")))
        if any(c != "—" for c in sdg_cells):
            rows.append([self.tr("SDG 11.2.1: convenient access to public transport")] + sdg_cells)
        header = [self.tr("Indicator")] + cities
        table = rl.Table(self.tr("Cities side by side"), header, rows, [False] + [True] * len(cities))
        title = self.tr("City sheet: accessibility compared")
        subtitle = self.tr("{0} reports collected in {1} · {2}").format(
            self.number(locale, len(runs), "zones"),
            folder.name,
            locale.toString(QDate.currentDate(), self.date_format()),
        )
        footer = self.footer(self.tr("City sheet"))
        chart = self._sheet_chart(work / "sheet_chart.png", runs, chart_field, order, locale)
        project = QgsProject()
        layout = rl.build_sheet(project, title, subtitle, footer, table, chart, locale)
        tmp_pdf = work / "sheet.pdf"
        if not rl.export_pdf(layout, tmp_pdf):
            raise QgsProcessingException(
                self.tr("The city sheet could not be written to {}.").format(str(folder))
            )
        page = HtmlPage(language, title, subtitle, footer)
        body = html_table(header, rows, table.numeric)
        if chart is not None:
            body += f'<p><img alt="{html.escape(title)}" src="{png_data(chart)}"></p>'
        page.add(table.title, body)
        sheet_html = folder / f"{SHEET_NAME}.html"
        sheet_pdf = folder / f"{SHEET_NAME}.pdf"
        write_text(sheet_html, page.render())
        shutil.move(str(tmp_pdf), str(sheet_pdf) + ".part")
        Path(str(sheet_pdf) + ".part").replace(sheet_pdf)
        feedback.pushInfo(
            self.tr("City sheet comparing {0} cities written to {1}").format(len(runs), str(sheet_html))
        )
        return {self.CITY_SHEET_HTML: str(sheet_html), self.CITY_SHEET_PDF: str(sheet_pdf)}

    def _sheet_label(self, name: str, runs: List[dict], locale: QLocale) -> str:
        """The label of field ``name`` on the city sheet, in the sheet's language (the mode said only when
        every city reporting the field says the same)."""
        if parse_field(name) is None:
            return next(
                (i.get("label") or name for r in runs for i in r.get("indicators", []) if i["field"] == name),
                name,
            )
        modes = {
            r.get("travel_mode", "") for r in runs if any(i["field"] == name for i in r.get("indicators", []))
        }
        mode = modes.pop() if len(modes) == 1 else ""
        return ReportLabels(self._translator.translate, locale, mode).label(name)

    def _sheet_chart(
        self, path: Path, runs: List[dict], field_name: str, labels: Dict[str, str], locale: QLocale
    ) -> Optional[Path]:
        """Bars of the mean and the Gini index of ``field_name`` per city (None if no city has it)."""
        from ..bridge.charts import city_bars_figure, qlocale_number, save_png

        cities, means, ginis = [], [], []
        for run in runs:
            indicator = next((i for i in run.get("indicators", []) if i["field"] == field_name), None)
            if indicator is not None:
                cities.append(str(run.get("city") or run.get("zones_layer") or ""))
                means.append(indicator.get("mean") or 0.0)
                ginis.append(indicator.get("gini") or 0.0)
        if not cities:
            return None
        label = labels.get(field_name, field_name)
        texts = {
            "mean_title": self.tr("Mean accessibility: {}").format(label),
            "gini_title": self.tr("Gini index: {}").format(label),
        }
        return save_png(city_bars_figure(cities, means, ginis, texts, qlocale_number(locale)), path)
