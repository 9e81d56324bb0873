"""conecta:accessinequality — inequality and poverty of accessibility (Palma, Gini, Theil T, concentration
index, FGT), population-weighted as in IPEA's ``accessibility`` package, overall and per group, with a
chart (accessibility by income decile, Lorenz curve) and an HTML report.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputHtml,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.inequality import (
    access_by_income_decile,
    gini_index,
    inequality_summary,
    lorenz_curve,
    theil_t,
)
from ...translation import format_number, localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.numbers import check_numeric, clean, to_float
from ..bridge.writers import table_fields

ALL = "all"
MEASURE_ORDER = (
    "palma",
    "gini",
    "theil_t",
    "theil_between",
    "theil_within",
    "concentration",
    "concentration_corrected",
    "fgt0",
    "fgt1",
    "fgt2",
    "mean",
    "median",
    "population",
    "zones",
)
MEASURE_IDS = {
    "concentration": "concentration_index",
    "concentration_corrected": "concentration_index_erreygers",
}


def group_label(value) -> str:
    """A group value as text: 10.0 → "10"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def group_array(values: list) -> np.ndarray:
    """Group values as floats (NaN for NULL) when they are all numbers, else as text (None for NULL)."""
    if all(v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)) for v in values):
        return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    out = np.empty(len(values), dtype=object)
    out[:] = [None if v is None else str(v) for v in values]
    return out


def id_order(ids: list) -> np.ndarray:
    """Positions that sort ``ids`` (numbers numerically, else as text), ties keeping their order."""
    try:
        return np.asarray(sorted(range(len(ids)), key=lambda i: ids[i]), dtype=np.int64)
    except TypeError:
        return np.asarray(sorted(range(len(ids)), key=lambda i: str(ids[i])), dtype=np.int64)


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
            "FGT0 share of the population below the line, FGT1 poverty gap, FGT2 severity.\n"
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
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Zones with accessibility"), [QgsProcessing.TypeVector]
            )
        )
        for key, label, optional in (
            (self.ACCESS_FIELD, self.tr("Accessibility field"), False),
            (self.POPULATION, self.tr("Population field"), False),
            (self.INCOME, self.tr("Income per capita field"), True),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key,
                    label,
                    parentLayerParameterName=self.INPUT,
                    type=QgsProcessingParameterField.Numeric,
                    optional=optional,
                )
            )
        group = QgsProcessingParameterField(
            self.GROUP,
            self.tr("Group field (income decile, sex, race…)"),
            parentLayerParameterName=self.INPUT,
            optional=True,
        )
        group.setHelp(self.tr("Every measure is also computed for each value of this field."))
        self.addParameter(group)
        identifier = QgsProcessingParameterField(
            self.ID_FIELD,
            self.tr("Zone id field (order of zones with equal income)"),
            parentLayerParameterName=self.INPUT,
            optional=True,
        )
        identifier.setHelp(
            self.tr(
                "The concentration index ranks zones by income; zones with equal income are taken in the "
                "order of this field, as the accessibility package does. Empty: the layer's order."
            )
        )
        identifier.setFlags(identifier.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(identifier)
        poverty = QgsProcessingParameterNumber(
            self.POVERTY_LINE,
            self.tr("Poverty line of accessibility (FGT measures)"),
            QgsProcessingParameterNumber.Double,
            optional=True,
            minValue=0.0,
        )
        poverty.setHelp(
            self.tr("Zones whose accessibility is below this value are 'poor in access', e.g. 50000 jobs.")
        )
        self.addParameter(poverty)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Inequality measures"), QgsProcessing.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.CHART,
                self.tr("Chart"),
                self.tr("PNG files (*.png)"),
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputHtml(self.REPORT, self.tr("Report")))
        self.addOutput(QgsProcessingOutputNumber(self.PALMA, self.tr("Palma ratio")))
        self.addOutput(QgsProcessingOutputNumber(self.GINI, self.tr("Gini index")))

    def descriptions(self) -> dict:
        """Translated description of each measure id."""
        return {
            "palma": self.tr("Palma ratio: mean accessibility of the wealthiest 10 % / of the poorest 40 %"),
            "gini": self.tr("Gini index"),
            "theil_t": self.tr("Theil T index"),
            "theil_between": self.tr("Theil T, between-group part"),
            "theil_within": self.tr("Theil T, within-group part"),
            "concentration": self.tr("Concentration index (ranked by income)"),
            "concentration_corrected": self.tr("Concentration index, Erreygers-corrected"),
            "fgt0": self.tr("FGT0: share of the population below the poverty line"),
            "fgt1": self.tr("FGT1: poverty gap"),
            "fgt2": self.tr("FGT2: poverty severity"),
            "mean": self.tr("Mean accessibility (population-weighted)"),
            "median": self.tr("Median accessibility (population-weighted)"),
            "population": self.tr("Population"),
            "zones": self.tr("Zones"),
        }

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        access_field = self.parameterAsString(parameters, self.ACCESS_FIELD, context)
        population_field = self.parameterAsString(parameters, self.POPULATION, context)
        income_field = self.parameterAsString(parameters, self.INCOME, context) or ""
        group_field = self.parameterAsString(parameters, self.GROUP, context) or ""
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or ""
        for name in (access_field, population_field, income_field):
            if name:
                check_numeric(source, name)
        for name in (group_field, id_field):
            if name and source.fields().lookupField(name) < 0:
                raise QgsProcessingException(self.tr("Field {} does not exist in the layer.").format(name))
        poverty_line = None
        if parameters.get(self.POVERTY_LINE) not in (None, ""):
            poverty_line = self.parameterAsDouble(parameters, self.POVERTY_LINE, context)
            if not poverty_line > 0:
                raise QgsProcessingException(self.tr("The poverty line must be a positive number."))

        names = [n for n in (access_field, population_field, income_field, group_field, id_field) if n]
        names = list(dict.fromkeys(names))
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(names, source.fields())
        values = {name: [] for name in names}
        for n, feature in enumerate(source.getFeatures(request)):
            if n % 10000 == 0 and feedback.isCanceled():
                return {}
            for name in names:
                values[name].append(clean(feature[name]))
        if not values[access_field]:
            raise QgsProcessingException(self.tr("The input layer has no features."))
        order = id_order(values[id_field]) if id_field else np.arange(len(values[access_field]))
        access, _ = to_float(values[access_field])
        population, _ = to_float(values[population_field])
        income = to_float(values[income_field])[0] if income_field else None
        groups = None
        if group_field:
            groups = group_array(values[group_field])[order]
        access, population = access[order], population[order]
        income = income[order] if income is not None else None
        feedback.setProgress(30)

        summary = inequality_summary(access, population, income, groups, poverty_line)
        diag = summary.diagnostics
        if diag.n_used == 0 or not np.nansum(population[population > 0]) > 0:
            raise QgsProcessingException(
                self.tr("No zone has both an accessibility value and a population above 0.")
            )
        if diag.n_missing_access:
            feedback.pushWarning(
                self.tr("{0} zones have no value in {1}: they are left out.").format(
                    diag.n_missing_access, access_field
                )
            )
        if diag.n_missing_population:
            feedback.pushWarning(
                self.tr("{0} zones have a NULL or negative population in {1}: they are left out.").format(
                    diag.n_missing_population, population_field
                )
            )
        if diag.n_missing_income:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} zones ({1} people) have no income in {2}: they are left out of the Palma ratio, the "
                        "concentration index and the income deciles."
                    )
                ).format(diag.n_missing_income, float(diag.population_missing_income), income_field)
            )
        if diag.n_missing_group:
            feedback.pushWarning(
                localized(
                    self.tr("{0} zones ({1} people) have no value in {2}: they are in no group.")
                ).format(diag.n_missing_group, float(diag.population_missing_group), group_field)
            )
        table = summary.table.copy()
        if groups is not None:
            theil = theil_t(access, population, groups)
            table.loc[ALL, "theil_between"] = theil.between
            table.loc[ALL, "theil_within"] = theil.within

        descriptions = self.descriptions()
        rows = []
        for group, row in table.iterrows():
            for measure in MEASURE_ORDER:
                if measure in row.index and not (
                    isinstance(row[measure], float) and math.isnan(row[measure])
                ):
                    rows.append(
                        (
                            MEASURE_IDS.get(measure, measure),
                            group_label(group),
                            float(row[measure]),
                            descriptions[measure],
                        )
                    )
        fields = table_fields(
            [
                ("measure", QVariant.String),
                ("group", QVariant.String),
                ("value", QVariant.Double),
                ("description", QVariant.String),
            ]
        )

        chart_path = self.parameterAsFileOutput(parameters, self.CHART, context)
        results = {}
        if chart_path:
            results.update(self._chart(Path(chart_path), access, population, income, rows, feedback))

        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry, source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(list(row))
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        overall = table.loc[ALL]
        palma = float(overall["palma"]) if "palma" in overall.index else float("nan")
        gini = float(overall["gini"])
        if income_field:
            feedback.pushInfo(localized(self.tr("Palma ratio: {}")).format(palma))
        feedback.pushInfo(localized(self.tr("Gini index: {}")).format(gini))
        results.update({self.OUTPUT: dest_id, self.PALMA: palma, self.GINI: gini})
        return results

    def _chart(self, path: Path, access, population, income, rows, feedback) -> dict:
        """Write the PNG chart and the HTML report next to it; returns their outputs."""
        from ..bridge.charts import html_report, inequality_png

        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        deciles = access_by_income_decile(access, population, income) if income is not None else None
        texts = {
            "decile_title": self.tr("Mean accessibility by income decile"),
            "decile_x": self.tr("Income decile (1 = poorest)"),
            "decile_y": self.tr("Mean accessibility (population-weighted)"),
            "lorenz_title": self.tr("Lorenz curve of accessibility"),
            "lorenz_x": self.tr("Cumulative share of the population"),
            "lorenz_y": self.tr("Cumulative share of accessibility"),
            "lorenz_label": localized(self.tr("Lorenz curve (Gini index {})")).format(
                format_number(gini_index(access, population), 3)
            ),
            "equality": self.tr("Line of equality"),
        }
        inequality_png(path, lorenz_curve(access, population), texts, deciles)
        headers = [self.tr("Measure"), self.tr("Group"), self.tr("Value"), self.tr("Description")]
        report = html_report(
            path.with_suffix(".html"), self.tr("Accessibility inequality and poverty"), [path], headers, rows
        )
        feedback.pushInfo(self.tr("Chart written to {0}; report to {1}").format(str(path), str(report)))
        return {self.CHART: str(path), self.REPORT: str(report)}
