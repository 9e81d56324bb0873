"""conecta:compositeindex — indicator fields normalised (min-max, z-score, rank), inverted where lower is
better, weighted and combined into one index."""

from __future__ import annotations

import math

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ...core.indicators.composite import MINMAX, RANK, ZSCORE, composite_index
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.messages import push_count
from ..bridge.parsers import parse_numbers
from ..bridge.readers import read_zones
from ..bridge.styles import graduated, on_load
from ..bridge.writers import write_with_fields

METHODS = (MINMAX, ZSCORE, RANK)


class CompositeIndex(ConectaAlgorithm):
    """Normalised indicator fields (min-max, z-score, rank), optional inversion and weights → an index."""

    ALG_NAME = "compositeindex"
    GROUP_ID = "indicators"
    INPUT = "INPUT"
    FIELDS = "FIELDS"
    METHOD = "METHOD"
    INVERT_FIELDS = "INVERT_FIELDS"
    WEIGHTS = "WEIGHTS"
    INDEX_FIELD = "INDEX_FIELD"
    MISSING = "MISSING"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Composite index")

    def shortHelpString(self) -> str:
        return self.tr(
            "Combines several indicator fields (for example accessibility to jobs, to schools and to health "
            "care) into one index. Each field is first normalised: min-max to 0–1, z-score (mean 0, "
            "population standard deviation 1) or percentile rank 0–1 (ties get their average rank). "
            "Fields where a lower value is better (travel time, distance, cost) are listed under 'Fields "
            "to invert', so that a high normalised value always means a better situation. The index is the "
            "weighted mean of the normalised fields (equal weights unless given; weights are rescaled to "
            "sum 1).\n\n"
            "Features missing some values get the weighted mean of the fields they have, or NULL if you "
            "choose so; features missing all values get NULL. The output keeps every field of the input "
            "and adds the normalised fields (suffix _n) and the index, styled as a graduated map.\n\n"
            "Method: OECD/JRC Handbook on Constructing Composite Indicators (2008), normalisation and "
            "linear aggregation."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Input layer")))
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELDS,
                self.tr("Indicator fields"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
            )
        )
        methods = [self.tr("Min-max (0 to 1)"), self.tr("Z-score"), self.tr("Percentile rank (0 to 1)")]
        self.addParameter(
            QgsProcessingParameterEnum(self.METHOD, self.tr("Normalisation"), methods, defaultValue=0)
        )
        invert = QgsProcessingParameterField(
            self.INVERT_FIELDS,
            self.tr("Fields to invert (lower is better)"),
            parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric,
            allowMultiple=True,
            optional=True,
        )
        invert.setHelp(
            self.tr("Some of the indicator fields where a low value is the good one, e.g. travel time.")
        )
        self.addParameter(invert)
        weights = QgsProcessingParameterString(
            self.WEIGHTS, self.tr("Weights (comma-separated)"), optional=True
        )
        weights.setHelp(
            self.tr("One number per indicator field, in the same order, e.g. 2, 1, 1. Empty: equal weights.")
        )
        self.addParameter(weights)
        self.addParameter(
            QgsProcessingParameterString(self.INDEX_FIELD, self.tr("Index field name"), "index")
        )
        missing = QgsProcessingParameterEnum(
            self.MISSING,
            self.tr("Features with missing values"),
            [self.tr("Use the fields they have"), self.tr("Set the index to NULL")],
            defaultValue=0,
        )
        missing.setFlags(missing.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(missing)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Composite index")))

    def process(self, parameters, context, feedback):
        names = self.parameterAsFields(parameters, self.FIELDS, context)
        if len(set(names)) != len(names):
            raise QgsProcessingException(self.tr("An indicator field is listed twice."))
        inverted = self.parameterAsFields(parameters, self.INVERT_FIELDS, context)
        stray = [name for name in inverted if name not in names]
        if stray:
            raise QgsProcessingException(
                self.tr("Fields to invert must also be indicator fields: {}").format(", ".join(stray))
            )
        weights = self._weights(parameters, context, len(names))
        index_name = self.parameterAsString(parameters, self.INDEX_FIELD, context).strip()
        if not index_name:
            raise QgsProcessingException(self.tr("Give a name for the index field."))
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        propagate = self.parameterAsEnum(parameters, self.MISSING, context) == 1
        layer = read_zones(self, parameters, context, feedback, self.INPUT, None, names, progress=(0.0, 40.0))
        frame = layer.frame[names]
        result = composite_index(
            frame,
            names,
            method,
            invert=inverted,
            weights=None if weights is None else dict(zip(names, weights)),
            nan_policy="propagate" if propagate else "skip",
        )
        missing = int(frame.isna().to_numpy().sum())
        push_count(
            feedback, missing, self.tr("{} values are NULL or not numbers: they are treated as missing.")
        )
        push_count(
            feedback,
            result.incomplete_rows,
            self.tr("{0} features miss at least one indicator value ({1} miss all: their index is NULL)."),
            result.empty_rows,
        )
        if result.constant_columns:
            feedback.pushWarning(
                self.tr("These fields have a single value and do not differentiate features: {}").format(
                    ", ".join(result.constant_columns)
                )
            )
        feedback.pushInfo(
            self.tr("Weights used: {}").format(", ".join(f"{n} {w:.3f}" for n, w in result.weights.items()))
        )
        values = result.normalised.set_axis([name + "_n" for name in names], axis=1)
        values[index_name] = result.index
        types = {name: QVariant.Double for name in values.columns}
        dest = write_with_fields(self, parameters, self.OUTPUT, context, feedback, layer, values, types)
        on_load(context, dest, graduated(index_name))
        return {self.OUTPUT: dest}

    def _weights(self, parameters, context, n: int) -> list | None:
        """The weights typed (one per indicator field), or None for equal weights."""
        try:
            weights = parse_numbers(self.parameterAsString(parameters, self.WEIGHTS, context)) or None
        except ValueError as error:
            raise QgsProcessingException(
                self.tr("Weights must be numbers separated by commas, e.g. 2, 1, 1.")
            ) from error
        if weights is None:
            return None
        if len(weights) != n:
            raise QgsProcessingException(
                self.tr("Give one weight per indicator field: {0} weights for {1} fields.").format(
                    len(weights), n
                )
            )
        if any(w < 0 or not math.isfinite(w) for w in weights) or sum(weights) <= 0:
            raise QgsProcessingException(self.tr("Weights must not be negative and must not all be zero."))
        return weights
