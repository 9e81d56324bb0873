"""The words and numbers of Conecta's city report and city sheet, in the report's own language.

:class:`ReportText` holds the report's translator (``translation.Translator``: the application's translator
is never touched, so QGIS and other algorithms keep their language while a report is written) and its
``QLocale``; it turns the figures of :mod:`conecta.core.report` into translated, formatted texts and tables.
Nothing here draws or writes files.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from qgis.core import Qgis
from qgis.PyQt.QtCore import QDate, QLocale

from ...core.report import REPORT_MEASURES, SHEET_MEASURES, CitySheet, FieldSummary, finite, sdg_headline
from .labels import ReportLabels, parse_field
from .layout import Table

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
"""Decimals of each measure in the report (others: by magnitude)."""
KEY_FIGURES = (
    "mean",
    "median",
    "palma",
    "gini",
    "quintile_ratio",
    "concentration_index",
    "population",
    "zones",
)
"""The key figures of a field, in their order."""
NONE = "—"
"""How the report writes a figure that does not exist."""

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


class ReportText:
    """The report's texts in its language: ``translator`` (a ``translation.Translator``), ``locale`` for
    numbers and dates, ``mode`` the travel mode said in the fields' labels (walk, bicycle, car, transit or
    "")."""

    def __init__(self, translator, locale: QLocale, mode: str = "") -> None:
        self.translator = translator
        self.language = translator.locale
        self.locale = locale
        self.mode = mode
        self.labels = ReportLabels(translator.translate, locale, mode)

    def tr(self, text: str) -> str:
        """``text`` in the report's language."""
        return self.translator.translate(type(self).__name__, text)

    # ------------------------------------------------------------ names

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

    def headings(self) -> Dict[str, str]:
        """The report's section headings."""
        return {
            "key_figures": self.tr("Key figures"),
            "maps": self.tr("Maps"),
            "charts": self.tr("Charts"),
            "indicators": self.tr("Indicators"),
            "notes": self.tr("Data sources and methods"),
            "references": self.tr("References"),
        }

    def map_title(self, label: str) -> str:
        """The title of a field's map."""
        return self.tr("Map: {}").format(label)

    # ------------------------------------------------------------ formatting

    def footer(self, what: str) -> str:
        """The footer of every page: Conecta, QGIS's version, the method's source and ``what`` is reported."""
        return self.tr("Conecta for QGIS {0} · methods of ECLAC's Big Push for Sustainability · {1}").format(
            Qgis.QGIS_VERSION.split("-")[0], what
        )

    def date(self, date: QDate) -> str:
        """A date in the report's language ("7 December 2026")."""
        return self.locale.toString(date, self.tr("d MMMM yyyy"))

    def number(self, value, key: str = "") -> str:
        """A number in the report's language: fixed decimals per measure, else by magnitude."""
        if not finite(value):
            return NONE
        value = float(value)
        decimals = DECIMALS.get(key)
        if decimals is None:
            size = abs(value)
            decimals = 0 if size >= 100 else 1 if size >= 10 else 2 if size >= 1 else 3
        return self.locale.toString(value, "f", decimals)

    def percent(self, value) -> str:
        """A percentage with one decimal."""
        return NONE if not finite(value) else self.locale.toString(float(value), "f", 1) + " %"

    # ------------------------------------------------------------ the report

    def title(self, city: str) -> str:
        """The report's title."""
        return self.tr("Accessibility report: {}").format(city) if city else self.tr("Accessibility report")

    def subtitle(self, date: QDate, layer: str, population: float) -> str:
        """Date, zone layer and population under the title."""
        return self.tr("{0} · zones: {1} · population: {2}").format(
            self.date(date), layer, self.number(population, "population")
        )

    def sdg_line(self, records: List[dict]) -> Optional[Tuple[str, str]]:
        """The SDG 11.2.1 key figure (None without an SDG table)."""
        if not records:
            return None
        return (
            self.tr("SDG 11.2.1: convenient access to public transport"),
            self.percent(sdg_headline(records).get("indicator_pct")),
        )

    def key_figures(self, summary: FieldSummary, sdg_line) -> List[Tuple[str, str]]:
        """The key figures of one field (name, formatted value)."""
        names = self.measure_names()
        figures = [
            (names[k], self.number(summary.measures[k], k))
            for k in KEY_FIGURES
            if finite(summary.measures.get(k))
        ]
        if sdg_line is not None:
            figures.append(sdg_line)
        return figures

    def histogram_texts(self, label: str) -> dict:
        """Texts of the histogram of a field."""
        return {
            "title": self.tr("Population by accessibility"),
            "x": label,
            "y": self.tr("Population"),
            "mean": self.tr("Mean"),
        }

    def inequality_texts(self, gini: float) -> dict:
        """Texts of the income-decile and Lorenz chart of a field."""
        return {
            "decile_title": self.tr("Mean accessibility by income decile"),
            "decile_x": self.tr("Income decile (1 = poorest)"),
            "decile_y": self.tr("Mean accessibility (population-weighted)"),
            "lorenz_title": self.tr("Lorenz curve of accessibility"),
            "lorenz_x": self.tr("Cumulative share of the population"),
            "lorenz_y": self.tr("Cumulative share of accessibility"),
            "lorenz_label": self.tr("Lorenz curve (Gini index {})").format(self.number(gini, "gini")),
            "equality": self.tr("Line of equality"),
        }

    def tables(self, summaries: List[FieldSummary], sdg: List[dict]) -> List[Table]:
        """The indicator tables: measures of every field, by income quintile, SDG 11.2.1."""
        names = self.measure_names()
        labels = [s.label for s in summaries]
        rows = []
        for key in REPORT_MEASURES + ("quintile_ratio",):
            cells = [self.number(s.measures.get(key), key) for s in summaries]
            if any(c != NONE for c in cells):
                rows.append([names[key]] + cells)
        heading = [self.tr("Measure")] + labels
        tables = [
            Table(self.tr("Accessibility and its inequality"), heading, rows, [False] + [True] * len(labels))
        ]
        if summaries[0].quintiles is not None:
            tables.append(self._quintile_table(summaries))
        if sdg:
            tables.append(self._sdg_table(sdg))
        return tables

    def _quintile_table(self, summaries: List[FieldSummary]) -> Table:
        names = [
            self.tr("Q1 (poorest 20 %)"),
            self.tr("Q2"),
            self.tr("Q3"),
            self.tr("Q4"),
            self.tr("Q5 (wealthiest 20 %)"),
        ]
        rows = []
        for q, name in enumerate(names):
            population = summaries[0].quintiles["population"].iloc[q]
            rows.append(
                [name, self.number(population, "population")]
                + [self.number(s.quintiles["mean_access"].iloc[q]) for s in summaries]
            )
        rows.append(
            [self.measure_names()["quintile_ratio"], ""]
            + [self.number(s.measures.get("quintile_ratio"), "quintile_ratio") for s in summaries]
        )
        labels = [s.label for s in summaries]
        return Table(
            self.tr("Mean accessibility by income quintile (population-weighted)"),
            [self.tr("Income quintile"), self.tr("Population")] + labels,
            rows,
            [False, True] + [True] * len(labels),
        )

    def _sdg_table(self, sdg: List[dict]) -> Table:
        rows = [
            [
                self.scenario_name(r["scenario"]),
                r["field"],
                self.number(r["served"], "population"),
                self.number(r["total"], "population"),
                self.percent(r["indicator_pct"]),
            ]
            for r in sdg
        ]
        header = [
            self.tr("Stops and service area"),
            self.tr("Population group (field)"),
            self.tr("Population served"),
            self.tr("Population"),
            self.tr("Share"),
        ]
        title = self.tr("SDG 11.2.1: share of the population with convenient access to public transport")
        return Table(title, header, rows, [False, False, True, True, True])

    def notes(self, facts: dict, summaries: List[FieldSummary]) -> List[str]:
        """Data sources and method notes; ``facts``: layer, zones, population_field, income_field and the
        names of the inequality and SDG tables ("" when not given)."""
        notes = [
            self.tr(
                "Data: zones of layer {0} ({1} zones); accessibility fields {2}; population field {3}."
            ).format(
                facts["layer"],
                self.number(facts["zones"], "zones"),
                ", ".join(s.name for s in summaries),
                facts["population_field"],
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
        if facts["income_field"]:
            notes.append(
                self.tr(
                    "Income: field {}. Palma ratio (Palma 2011; Cobham & Sumner 2013): mean accessibility of the "
                    "wealthiest 10 % of the population divided by that of the poorest 40 %, the groups being "
                    "population-weighted quantiles of income per capita; above 1 the wealthy have more access. "
                    "Income quintiles are built the same way (Q1: the poorest 20 %). The concentration index "
                    "(Wagstaff, Paci & van Doorslaer 1991; Erreygers 2009) ranks the population by income: "
                    "positive when accessibility is concentrated among the wealthier."
                ).format(facts["income_field"])
            )
        if facts["inequality"]:
            notes.append(
                self.tr(
                    "The inequality measures of {0} come from the table {1} of the algorithm 'Accessibility "
                    "inequality and poverty' (FGT poverty measures: Foster, Greer & Thorbecke 1984)."
                ).format(summaries[0].name, facts["inequality"])
            )
        if facts["sdg"]:
            notes.append(
                self.tr(
                    "SDG 11.2.1 (table {}): proportion of the population with convenient access to public "
                    "transport, that is living within 500 m walking of a low-capacity stop (bus, BRT, tram) "
                    "or 1,000 m of a high-capacity one (rail, metro, ferry), following the UN SDG indicator "
                    "metadata (2021); disaggregated by the population groups of the table."
                ).format(facts["sdg"])
            )
        return notes

    # ------------------------------------------------------------ the city sheet

    def sheet_label(self, field: str, label: str, mode: str) -> str:
        """A field's label on the city sheet: Conecta's fields relabelled in the sheet's language (with the
        mode when every city states the same), other fields as the first report labelled them."""
        if parse_field(field) is None:
            return label
        return ReportLabels(self.translator.translate, self.locale, mode).label(field)

    def sheet_table(self, sheet: CitySheet) -> Table:
        """Cities side by side: date, zones, population, the mean, Palma and Gini of every field, SDG 11.2.1."""
        names = self.measure_names()
        rows = [
            [self.tr("Date")] + [self.date(QDate.fromString(d, "yyyy-MM-dd")) for d in sheet.dates],
            [names["zones"]] + [self.number(v, "zones") for v in sheet.zones],
            [names["population"]] + [self.number(v, "population") for v in sheet.population],
        ]
        for indicator in sheet.indicators:
            label = self.sheet_label(indicator.field, indicator.label, indicator.mode)
            for key in SHEET_MEASURES:
                cells = [self.number(v, key) for v in indicator.values[key]]
                if any(c != NONE for c in cells):
                    rows.append([self.tr("{0}: {1}").format(label, names[key])] + cells)
        sdg = [self.percent(v) for v in sheet.sdg]
        if any(c != NONE for c in sdg):
            rows.append([self.tr("SDG 11.2.1: convenient access to public transport")] + sdg)
        header = [self.tr("Indicator")] + sheet.cities
        numeric = [False] + [True] * len(sheet.cities)
        return Table(self.tr("Cities side by side"), header, rows, numeric)

    def sheet_titles(self, count: int, folder: str) -> Tuple[str, str, str]:
        """Title, subtitle and footer of the city sheet of ``count`` reports collected in ``folder``."""
        title = self.tr("City sheet: accessibility compared")
        subtitle = self.tr("{0} reports collected in {1} · {2}").format(
            self.number(count, "zones"), folder, self.date(QDate.currentDate())
        )
        return title, subtitle, self.footer(self.tr("City sheet"))

    def sheet_chart_texts(self, label: str) -> dict:
        """Texts of the city sheet's chart of one field."""
        return {
            "mean_title": self.tr("Mean accessibility: {}").format(label),
            "gini_title": self.tr("Gini index: {}").format(label),
        }
