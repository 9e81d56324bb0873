"""conecta:comparescenarios — who gains: a baseline and a scenario accessibility (or travel time) per zone
compared by income decile and by population group, with the Palma ratio and Gini index before and after."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
)

from ...core import scenarios as core
from ...core.od import id_keys
from ...translation import format_number, localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.messages import push_count, show_ids
from ..bridge.readers import read_zones
from ..bridge.styles import diverging, on_load
from ..bridge.writers import write_table, write_with_fields

KINDS = ("accessibility", "travel_time")


class CompareScenarios(ConectaAlgorithm):
    """The change per zone between a baseline and a scenario, by income decile and group, and inequality."""

    ALG_NAME = "comparescenarios"
    GROUP_ID = "scenarios"
    BASELINE, BASELINE_ID, BASELINE_FIELD = "BASELINE", "BASELINE_ID", "BASELINE_FIELD"
    SCENARIO, SCENARIO_ID, SCENARIO_FIELD = "SCENARIO", "SCENARIO_ID", "SCENARIO_FIELD"
    KIND = "KIND"
    POPULATION, INCOME, GROUPS = "POPULATION", "INCOME", "GROUPS"
    THRESHOLD, RELATIVE = "THRESHOLD", "RELATIVE"
    OUTPUT, SUMMARY, CHART = "OUTPUT", "SUMMARY", "CHART"

    def displayName(self) -> str:
        return self.tr("Compare scenarios (who gains)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Compares a scenario with the baseline zone by zone: two layers of accessibility (from "
            "conecta:accessibility) or of travel times, matched by id (zones in one layer only are counted in "
            "the log). Writes the zones with baseline, scenario, change (scenario − baseline) and change_pct "
            "(% of the baseline; NULL where the baseline is 0), styled with diverging colours (gains blue, "
            "losses red); a summary table; and a bar chart of the change by income decile.\n\n"
            "The summary gives, for everybody, each income decile (population-weighted deciles of income per "
            "capita, as IPEA's accessibility package) and each group field (a population count per zone: women, "
            "men, an age band …), the population-weighted mean before and after, the change, and the shares of "
            "the population gaining and losing more than the threshold; then the Gini index (and, with an "
            "income field, the Palma ratio) before and after.\n\n"
            "Travel times: choose 'travel time' and a lower time counts as a gain (the change stays scenario − "
            "baseline, so a negative change is a gain; the map colours it blue). Population, income and groups "
            "are read from the baseline layer; without a population field every zone weighs the same."
        )

    def initAlgorithm(self, config=None) -> None:
        kinds = [QgsProcessing.TypeVector]
        self.add_layer(self.BASELINE, self.tr("Baseline (accessibility or travel time per zone)"), kinds)
        self.add_field(self.BASELINE_ID, self.tr("Baseline zone id field"), self.BASELINE)
        self.add_field(self.BASELINE_FIELD, self.tr("Baseline value field"), self.BASELINE, numeric=True)
        self.add_layer(self.SCENARIO, self.tr("Scenario (the same measure per zone)"), kinds)
        self.add_field(self.SCENARIO_ID, self.tr("Scenario zone id field"), self.SCENARIO)
        self.add_field(
            self.SCENARIO_FIELD, self.tr("Scenario value field (empty: the baseline's name)"), self.SCENARIO,
            numeric=True, optional=True,
        )  # fmt: skip
        labels = [
            self.tr("accessibility (a higher value is a gain)"),
            self.tr("travel time (a lower value is a gain)"),
        ]
        self.add_choice(self.KIND, self.tr("The values are"), labels)
        self.add_field(
            self.POPULATION, self.tr("Population field"), self.BASELINE, numeric=True, optional=True
        )
        self.add_field(
            self.INCOME, self.tr("Income per capita field (deciles, Palma ratio)"), self.BASELINE, numeric=True,
            optional=True,
        )  # fmt: skip
        self.add_field(
            self.GROUPS, self.tr("Group population fields (e.g. women, men)"), self.BASELINE, numeric=True,
            optional=True, multiple=True,
        )  # fmt: skip
        self.add_number(self.THRESHOLD, self.tr("Gain or loss threshold"), 10.0, minimum=0.0)
        self.add(
            QgsProcessingParameterBoolean(self.RELATIVE, self.tr("Threshold in % of the baseline"), True),
            help_text=self.tr("Unticked, the threshold is in the values' unit (opportunities, minutes)."),
        )
        self.add_sink(self.OUTPUT, self.tr("Change per zone"))
        self.add_sink(self.SUMMARY, self.tr("Who gains (summary)"), QgsProcessing.TypeVector)
        self.add(
            QgsProcessingParameterFileDestination(
                self.CHART, self.tr("Chart of the change by income decile"), self.tr("PNG files (*.png)"),
                optional=True, createByDefault=False,
            )
        )  # fmt: skip
        for key, label in (
            ("MEAN_CHANGE", self.tr("Population-weighted mean change")),
            ("GAIN_SHARE", self.tr("Share of the population gaining more than the threshold (%)")),
            ("LOSS_SHARE", self.tr("Share of the population losing more than the threshold (%)")),
            ("GINI_BEFORE", self.tr("Gini index, baseline")),
            ("GINI_AFTER", self.tr("Gini index, scenario")),
            ("PALMA_BEFORE", self.tr("Palma ratio, baseline")),
            ("PALMA_AFTER", self.tr("Palma ratio, scenario")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        field = self.parameterAsString(parameters, self.BASELINE_FIELD, context)
        other = self.parameterAsString(parameters, self.SCENARIO_FIELD, context) or field
        population = self.parameterAsString(parameters, self.POPULATION, context)
        income = self.parameterAsString(parameters, self.INCOME, context)
        groups = self.parameterAsFields(parameters, self.GROUPS, context)
        lower = KINDS[self.parameterAsEnum(parameters, self.KIND, context)] == "travel_time"
        base = read_zones(
            self,
            parameters,
            context,
            feedback,
            self.BASELINE,
            self.BASELINE_ID,
            [field, population, income, *groups],
        )
        scen = read_zones(
            self, parameters, context, feedback, self.SCENARIO, self.SCENARIO_ID, [other], geometry=False,
            progress=(5.0, 10.0),
        )  # fmt: skip
        keys = pd.Index(id_keys(base.frame.index.to_numpy(dtype=object)))
        frame = base.frame.set_axis(keys)
        weights = frame[population] if population else pd.Series(1.0, index=keys)
        result = core.compare_access(
            frame[field],
            scen.frame[other].set_axis(pd.Index(id_keys(scen.frame.index.to_numpy(dtype=object)))),
            weights,
            income=frame[income] if income else None,
            groups={name: frame[name] for name in groups},
            threshold=self.parameterAsDouble(parameters, self.THRESHOLD, context),
            relative=self.parameterAsBoolean(parameters, self.RELATIVE, context),
            lower_is_better=lower,
        )
        feedback.setProgress(60.0)
        self._report(result, base, scen, population, feedback)
        zones = result.zones.set_axis(base.frame.index[keys.get_indexer(result.zones.index)])
        dest = write_with_fields(self, parameters, self.OUTPUT, context, feedback, base, zones)
        on_load(context, dest, diverging("change", lower), self.tr("Change of {}").format(field))
        table = self._summary_table(result)
        summary = write_table(self, parameters, self.SUMMARY, context, feedback, table)
        outputs = {self.OUTPUT: dest, self.SUMMARY: summary, **self._numbers(result)}
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        if chart:
            outputs[self.CHART] = self._chart(Path(chart), result, field, income, lower, feedback)
        return outputs

    # ------------------------------------------------------------------ results

    @staticmethod
    def _summary_table(result) -> pd.DataFrame:
        """The summary rows, then one row per inequality measure (before, after, change)."""
        inequality = result.inequality.rename(
            columns={"measure": "group", "baseline": "baseline_mean", "scenario": "scenario_mean"}
        )
        return pd.concat([result.summary, inequality], ignore_index=True)[list(core.SUMMARY_COLUMNS)]

    @staticmethod
    def _numbers(result) -> dict:
        everyone = result.summary.iloc[0]
        measures = result.inequality.set_index("measure")

        def value(measure: str, column: str) -> float:
            return float(measures.at[measure, column]) if measure in measures.index else float("nan")

        return {
            "MEAN_CHANGE": float(everyone["change"]),
            "GAIN_SHARE": float(everyone["gain_share_pct"]),
            "LOSS_SHARE": float(everyone["loss_share_pct"]),
            "GINI_BEFORE": value("gini", "baseline"),
            "GINI_AFTER": value("gini", "scenario"),
            "PALMA_BEFORE": value("palma", "baseline"),
            "PALMA_AFTER": value("palma", "scenario"),
        }

    def _report(self, result, base, scen, population: str, feedback) -> None:
        """Mismatched zones, zones without a value or income, and the headline figures."""
        diag = result.diagnostics
        for ids, template in (
            (
                diag.only_baseline,
                self.tr("{0} zones of {1} are not in {2} (e.g. {3}): they are not compared."),
            ),
            (
                diag.only_scenario,
                self.tr("{0} zones of {2} are not in {1} (e.g. {3}): they are not compared."),
            ),
        ):
            if ids:
                feedback.pushWarning(template.format(len(ids), base.name, scen.name, show_ids(ids)))
        push_count(
            feedback,
            len(diag.no_value),
            self.tr(
                "{0} zones have no value in the baseline or the scenario (e.g. {1}): they are not compared."
            ),
            examples=diag.no_value,
        )
        push_count(
            feedback,
            diag.no_income,
            self.tr("{} zones have no income: they are in no decile and not in the Palma ratio."),
        )
        if not population:
            feedback.pushInfo(self.tr("No population field: every zone weighs the same."))
        everyone = result.summary.iloc[0]
        feedback.pushInfo(
            localized(
                self.tr(
                    "{0} zones compared: mean {1} → {2} (change {3}); {4:.1f} % of the population gain and {5:.1f} % "
                    "lose more than the threshold."
                )
            ).format(
                len(result.zones),
                format_number(everyone["baseline_mean"], 2),
                format_number(everyone["scenario_mean"], 2),
                format_number(everyone["change"], 2),
                everyone["gain_share_pct"],
                everyone["loss_share_pct"],
            )
        )
        for row in result.inequality.itertuples():
            name = self.tr("Gini index") if row.measure == "gini" else self.tr("Palma ratio")
            feedback.pushInfo(
                self.tr("{0}: {1} → {2}.").format(
                    name, format_number(row.baseline, 4), format_number(row.scenario, 4)
                )
            )

    def _chart(self, path: Path, result, field: str, income: str, lower: bool, feedback) -> str:
        """The bar chart of the change by income decile (else by group, else everybody)."""
        by_income = bool(income)
        from ..report.scenario_chart import change_bars_png

        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        rows = result.summary
        deciles = rows["group"].str.startswith("decile_")
        chosen = rows[deciles] if by_income else rows.iloc[1:] if len(rows) > 1 else rows
        labels = [g.split("_", 1)[1] if by_income else g for g in chosen["group"]]
        if not by_income and len(rows) == 1:
            labels = [self.tr("Everybody")]
        texts = {
            "title": self.tr("Change of {} (population-weighted mean)").format(field),
            "x": self.tr("Decile of {} (1 = lowest; population-weighted)").format(income)
            if by_income
            else self.tr("Group"),
            "y": self.tr("Change (scenario − baseline)"),
            "no_change": self.tr("No change"),
        }
        change_bars_png(path, labels, chosen["change"].to_numpy(dtype=float), texts, lower)
        feedback.pushInfo(self.tr("Chart written to {}.").format(str(path)))
        return str(path)
