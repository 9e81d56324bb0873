"""conecta:accessinequality — inequality and poverty of accessibility (Palma, Gini, Theil T, concentration
index, FGT), population-weighted as in IPEA's ``accessibility`` package, overall and per group, with a
chart (accessibility by income decile, Lorenz curve) and an HTML page.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputHtml,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QVariant

from ...core.inequality import inequality_table
from ...translation import Translator, localized, number_locale, qgis_locale
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.messages import push_count
from ..bridge.numbers import read_numbers, text_numbers
from ..bridge.readers import read_attributes, require_fields, source_of
from ..bridge.writers import write_table

OUTPUT_TYPES = {
    "measure": QVariant.String,
    "group": QVariant.String,
    "value": QVariant.Double,
    "description": QVariant.String,
}
"""Fields of the table of measures."""


class AccessInequality(ConectaAlgorithm):
    """Palma, Gini, Theil T, concentration index and FGT of an accessibility field, overall and by group."""

    ALG_NAME = "accessinequality"
    GROUP_ID = "accessibility"
    INPUT = "INPUT"
    ACCESS_FIELD = "ACCESS_FIELD"
    POPULATION = "POPULATION"
    INCOME = "INCOME"
    GROUP = "GROUP"
    ID_FIELD = "ID_FIELD"
    POVERTY_LINE = "POVERTY_LINE"
    OUTPUT = "OUTPUT"
    CHART = "CHART"
    REPORT = "REPORT"
    PALMA = "PALMA"
    GINI = "GINI"

    def displayName(self) -> str:
        return self.tr("Accessibility inequality and poverty")

    def shortHelpString(self) -> str:
        return self.tr(
            "Measures how unequal accessibility is among the population, with the definitions of IPEA's "
            "accessibility package (Pereira & Herszenhut, R package 'accessibility'). Every measure is "
            "weighted by the population of the zones:\n"
            "- Palma ratio: mean accessibility of the wealthiest 10 % divided by that of the poorest 40 %, "
            "the income cut-offs being population-weighted quantiles of income per capita.\n"
            "- Gini index (area between the Lorenz curve and the line of equality).\n"
            "- Theil T index; with a group field, split into between-group and within-group parts.\n"
            "- Concentration index of accessibility ranked by income, standard and corrected by "
            "Erreygers (2009); positive when the wealthier have more access.\n"
            "- FGT poverty measures (Foster, Greer & Thorbecke 1984) for a poverty line of accessibility: "
            "FGT0 share of the population below the line, FGT1 poverty gap, FGT2 severity. A zone whose "
            "accessibility equals the line is not poor, as in the package.\n"
            "- Population-weighted mean and median accessibility.\n\n"
            "The table holds one row per measure, for all zones (group 'all') and for each value of the "
            "group field (income decile, sex, race…); within a group the Palma ratio keeps the income "
            "cut-offs of the whole area, as the package does. The chart (PNG) shows mean accessibility "
            "by income decile and the Lorenz curve; an HTML report with the chart and the table is "
            "written next to it.\n\n"
            "Zones with NULL accessibility or NULL/negative population are left out; zones with NULL "
            "income are left out of the income-based measures (Palma, concentration index, deciles). "
            "Both are counted in the log. Zones with equal income are ranked in the order of the zone id "
            "field (the package sorts by id)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(self.INPUT, self.tr("Zones with accessibility"), [QgsProcessing.TypeVector])
        self.add_field(self.ACCESS_FIELD, self.tr("Accessibility field"), self.INPUT, numeric=True)
        self.add_field(self.POPULATION, self.tr("Population field"), self.INPUT, numeric=True)
        self.add_field(
            self.INCOME, self.tr("Income per capita field"), self.INPUT, numeric=True, optional=True
        )
        self.add_field(
            self.GROUP, self.tr("Group field (income decile, sex, race…)"), self.INPUT, optional=True,
            help_text=self.tr("Every measure is also computed for each value of this field."),
        )  # fmt: skip
        self.add_field(
            self.ID_FIELD, self.tr("Zone id field (order of zones with equal income)"), self.INPUT, optional=True,
            advanced=True,
            help_text=self.tr(
                "The concentration index ranks zones by income; zones with equal income are taken in the "
                "order of this field, as the accessibility package does. Empty: the layer's order."
            ),
        )  # fmt: skip
        self.add_number(
            self.POVERTY_LINE, self.tr("Poverty line of accessibility (FGT measures)"), None, minimum=0.0,
            optional=True,
            help_text=self.tr(
                "Zones whose accessibility is below this value are 'poor in access', e.g. 50000 jobs."
            ),
        )  # fmt: skip
        self.add_sink(self.OUTPUT, self.tr("Inequality measures"), QgsProcessing.TypeVector)
        chart = QgsProcessingParameterFileDestination(
            self.CHART, self.tr("Chart"), self.tr("PNG files (*.png)"), optional=True, createByDefault=True
        )
        self.add(chart)
        self.addOutput(QgsProcessingOutputHtml(self.REPORT, self.tr("Report")))
        self.addOutput(QgsProcessingOutputNumber(self.PALMA, self.tr("Palma ratio")))
        self.addOutput(QgsProcessingOutputNumber(self.GINI, self.tr("Gini index")))

    def descriptions(self) -> dict:
        """Translated description of each measure id of the table."""
        return {
            "palma": self.tr("Palma ratio: mean accessibility of the wealthiest 10 % / of the poorest 40 %"),
            "gini": self.tr("Gini index"),
            "theil_t": self.tr("Theil T index"),
            "theil_between": self.tr("Theil T, between-group part"),
            "theil_within": self.tr("Theil T, within-group part"),
            "concentration_index": self.tr("Concentration index (ranked by income)"),
            "concentration_index_erreygers": self.tr("Concentration index, Erreygers-corrected"),
            "fgt0": self.tr("FGT0: share of the population below the poverty line"),
            "fgt1": self.tr("FGT1: poverty gap"),
            "fgt2": self.tr("FGT2: poverty severity"),
            "mean": self.tr("Mean accessibility (population-weighted)"),
            "median": self.tr("Median accessibility (population-weighted)"),
            "population": self.tr("Population"),
            "zones": self.tr("Zones"),
        }

    # ------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        names = {
            key: self.parameterAsString(parameters, key, context) or ""
            for key in (self.ACCESS_FIELD, self.POPULATION, self.INCOME, self.GROUP, self.ID_FIELD)
        }
        line = None
        if parameters.get(self.POVERTY_LINE) not in (None, ""):
            line = self.parameterAsDouble(parameters, self.POVERTY_LINE, context)
        source = source_of(self, parameters, self.INPUT, context)
        require_fields(source, names.values())
        numeric = {key: names[key] for key in (self.ACCESS_FIELD, self.POPULATION, self.INCOME) if names[key]}
        for name in numeric.values():
            text_numbers(source, name)
        frame = read_attributes(source, names.values(), context, feedback)
        if frame.empty:
            self.fail(self.tr("The input layer has no features."))
        values = {key: read_numbers(frame[name]).checked(name) for key, name in numeric.items()}
        feedback.setProgress(30)
        result = inequality_table(
            values[self.ACCESS_FIELD],
            values[self.POPULATION],
            values.get(self.INCOME),
            frame[names[self.GROUP]].tolist() if names[self.GROUP] else None,
            line,
            frame[names[self.ID_FIELD]].tolist() if names[self.ID_FIELD] else None,
        )
        self._report(result.diagnostics, names, feedback)
        descriptions = self.descriptions()
        table = result.rows.assign(description=[descriptions[m] for m in result.rows["measure"]])
        results = self._chart(parameters, context, result, table, feedback)
        results[self.OUTPUT] = write_table(
            self, parameters, self.OUTPUT, context, feedback, table, OUTPUT_TYPES
        )
        if names[self.INCOME]:
            feedback.pushInfo(localized(self.tr("Palma ratio: {}")).format(result.palma))
        feedback.pushInfo(localized(self.tr("Gini index: {}")).format(result.gini))
        results.update({self.PALMA: result.palma, self.GINI: result.gini})
        return results

    def _report(self, diag, names: dict, feedback) -> None:
        """The zones left out, counted in the log."""
        push_count(
            feedback,
            diag.n_missing_access,
            self.tr("{0} zones have no value in {1}: they are left out."),
            names[self.ACCESS_FIELD],
        )
        push_count(
            feedback,
            diag.n_missing_population,
            self.tr("{0} zones have a NULL or negative population in {1}: they are left out."),
            names[self.POPULATION],
        )
        if diag.n_missing_income:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} zones ({1} people) have no income in {2}: they are left out of the Palma ratio, the "
                        "concentration index and the income deciles."
                    )
                ).format(diag.n_missing_income, float(diag.population_missing_income), names[self.INCOME])
            )
        if diag.n_missing_group:
            feedback.pushWarning(
                localized(
                    self.tr("{0} zones ({1} people) have no value in {2}: they are in no group.")
                ).format(diag.n_missing_group, float(diag.population_missing_group), names[self.GROUP])
            )

    def _chart(self, parameters, context, result, table: pd.DataFrame, feedback) -> dict:
        """The PNG chart and the HTML page next to it (when a chart file is asked for)."""
        path = self.parameterAsFileOutput(parameters, self.CHART, context)
        if not path:
            return {}
        from ..report.charts import inequality_png
        from ..report.content import ReportText
        from ..report.html import table_page

        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        texts = ReportText(Translator(qgis_locale()), number_locale()).inequality_texts(result.gini)
        inequality_png(path, result.lorenz, texts, result.deciles)
        headers = [self.tr("Measure"), self.tr("Group"), self.tr("Value"), self.tr("Description")]
        rows = table[["measure", "group", "value", "description"]].itertuples(index=False, name=None)
        title = self.tr("Accessibility inequality and poverty")
        page = table_page(path.with_suffix(".html"), title, [path], headers, list(rows))
        feedback.pushInfo(self.tr("Chart written to {0}; report to {1}").format(str(path), str(page)))
        return {self.CHART: str(path), self.REPORT: str(page)}
