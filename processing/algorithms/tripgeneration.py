"""conecta:tripgeneration — trips produced and attracted by each zone, balanced to equal totals."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ...core.demand import (
    LAC_TRIP_RATES,
    attribute_rates,
    balance_totals,
    cross_classification,
    fit_regression,
    rates_from_survey,
)
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.numbers import clean, numeric_columns, read_numbers
from ..bridge.parsers import parse_numbers
from ..bridge.styles import graduated, on_load
from ..bridge.tables import field_name, parse_matrix_rows, read_attributes, show_ids


class TripGeneration(ConectaAlgorithm):
    """Productions by cross-classification, zone rates or regression; attractions by rates or regression."""

    ALG_NAME = "tripgeneration"
    GROUP_ID = "demand"

    ZONES = "ZONES"
    PRODUCTION_METHOD = "PRODUCTION_METHOD"
    CATEGORY_FIELDS = "CATEGORY_FIELDS"
    COUNT_FIELD = "COUNT_FIELD"
    RATES = "RATES"
    RATE_TABLE = "RATE_TABLE"
    RATE_FIELD = "RATE_FIELD"
    SURVEY_TRIPS = "SURVEY_TRIPS"
    SURVEY_TRIP_WEIGHT = "SURVEY_TRIP_WEIGHT"
    SURVEY_PERSONS = "SURVEY_PERSONS"
    SURVEY_PERSON_WEIGHT = "SURVEY_PERSON_WEIGHT"
    PRODUCTION_FIELDS = "PRODUCTION_FIELDS"
    PRODUCTION_RATES = "PRODUCTION_RATES"
    PRODUCTION_OBSERVED = "PRODUCTION_OBSERVED"
    ATTRACTION_METHOD = "ATTRACTION_METHOD"
    ATTRACTION_FIELDS = "ATTRACTION_FIELDS"
    ATTRACTION_RATES = "ATTRACTION_RATES"
    ATTRACTION_OBSERVED = "ATTRACTION_OBSERVED"
    BALANCE = "BALANCE"
    PRODUCTIONS_NAME = "PRODUCTIONS_NAME"
    ATTRACTIONS_NAME = "ATTRACTIONS_NAME"
    OUTPUT = "OUTPUT"

    BALANCES = ("productions", "attractions", "mean", None)

    def displayName(self) -> str:
        return self.tr("Trip generation")

    def shortHelpString(self) -> str:
        return (
            self.tr(
                "Estimates the trips produced and attracted by each zone in a day (Ortúzar & Willumsen, "
                "Modelling Transport, 4th ed., 2011, ch. 4) and adds them as two new fields.\n\n"
                "Productions: cross-classification (a trip rate for each category, e.g. income group, times a "
                "count such as the population; the default rates 1.6 / 2.0 / 2.5 trips per inhabitant per day "
                "for low / middle / high income are LAC working values around the 2.0 average of the CAF Urban "
                "Mobility Observatory — replace them with rates from the local OD survey), rates on zone "
                "fields (Σ field × rate), or a linear regression fitted on zones with an observed number of "
                "trips. Several category fields are combined by writing their values separated by ';' in the "
                "rate table (e.g. 'low;1').\n\n"
                "Attractions: rates on zone fields (e.g. jobs, school places) or a regression.\n\n"
                "Productions and attractions are then balanced to equal totals (by default attractions are "
                "scaled to the productions, which are usually the better estimate); the log reports the "
                "totals before and after and the factors."
            )
            + "\n\n"
            + self.tr(
                "Rates from the local OD survey: give its trips table and its persons (or households) table, "
                "both with the category fields; each category's rate is its expanded trips divided by its "
                "expanded persons, and the log lists them. They take the place of the rates above."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES, self.tr("Zones (polygons, points or a table)"), [QgsProcessing.TypeVector]
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PRODUCTION_METHOD,
                self.tr("Productions method"),
                options=[
                    self.tr("Cross-classification: rate by category × count field"),
                    self.tr("Rates on zone fields"),
                    self.tr("Regression on zone fields (observed trips field)"),
                ],
                defaultValue=0,
            )
        )
        categories = QgsProcessingParameterField(
            self.CATEGORY_FIELDS,
            self.tr("Category fields (cross-classification, e.g. income group)"),
            parentLayerParameterName=self.ZONES,
            allowMultiple=True,
            optional=True,
        )
        self.addParameter(categories)
        self.addParameter(
            QgsProcessingParameterField(
                self.COUNT_FIELD,
                self.tr("Count field (persons or households per zone)"),
                defaultValue="population",
                parentLayerParameterName=self.ZONES,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        defaults = []
        for category, rate in LAC_TRIP_RATES.items():
            defaults += [category, rate]
        rates = QgsProcessingParameterMatrix(
            self.RATES,
            self.tr("Trip rates by category (trips per person or household per day)"),
            headers=[self.tr("Category value(s)"), self.tr("Rate")],
            defaultValue=defaults,
            optional=True,
        )
        rates.setHelp(
            self.tr(
                "One row per category value of the category field; with several category fields write the "
                "values in the same order separated by ';'. Ignored when a rate table layer is given."
            )
        )
        self.addParameter(rates)
        table = QgsProcessingParameterFeatureSource(
            self.RATE_TABLE,
            self.tr("Rate table layer (instead of the rates above)"),
            [QgsProcessing.TypeVector],
            optional=True,
        )
        table.setHelp(self.tr("A table with one field named like each category field and a rate field."))
        self.addParameter(table)
        self.addParameter(
            QgsProcessingParameterField(
                self.RATE_FIELD,
                self.tr("Rate field of the rate table"),
                defaultValue="rate",
                parentLayerParameterName=self.RATE_TABLE,
                optional=True,
            )
        )
        survey_trips = QgsProcessingParameterFeatureSource(
            self.SURVEY_TRIPS,
            self.tr("OD survey: trips table (rates estimated from the survey, instead of the rates above)"),
            [QgsProcessing.TypeVector],
            optional=True,
        )
        survey_trips.setHelp(
            self.tr(
                "One row per surveyed trip with the category fields (named like the zones' category fields) "
                "and optionally an expansion factor. The rate of a category is its weighted trips divided by "
                "its weighted persons in the persons table."
            )
        )
        self.addParameter(survey_trips)
        self.addParameter(
            QgsProcessingParameterField(
                self.SURVEY_TRIP_WEIGHT,
                self.tr("Expansion factor of the trips (empty: 1 per trip)"),
                parentLayerParameterName=self.SURVEY_TRIPS,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        survey_persons = QgsProcessingParameterFeatureSource(
            self.SURVEY_PERSONS,
            self.tr("OD survey: persons or households table"),
            [QgsProcessing.TypeVector],
            optional=True,
        )
        survey_persons.setHelp(
            self.tr(
                "One row per surveyed person or household (or per category, with the count as the weight), "
                "with the same category fields; the same unit as the zones' count field."
            )
        )
        self.addParameter(survey_persons)
        self.addParameter(
            QgsProcessingParameterField(
                self.SURVEY_PERSON_WEIGHT,
                self.tr("Expansion factor of the persons (empty: 1 per row)"),
                parentLayerParameterName=self.SURVEY_PERSONS,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PRODUCTION_FIELDS,
                self.tr("Production fields (rates on zone fields or regression)"),
                parentLayerParameterName=self.ZONES,
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
                optional=True,
            )
        )
        production_rates = QgsProcessingParameterString(
            self.PRODUCTION_RATES,
            self.tr("Production rates, one per production field (comma-separated)"),
            defaultValue="2.0",
            optional=True,
        )
        production_rates.setHelp(
            self.tr(
                "One rate for every field, or one per field in the same order, separated by commas "
                "(or by ';' when decimals are written with a comma)."
            )
        )
        self.addParameter(production_rates)
        self.addParameter(
            QgsProcessingParameterField(
                self.PRODUCTION_OBSERVED,
                self.tr("Observed productions field (regression; zones without a value are predicted)"),
                parentLayerParameterName=self.ZONES,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ATTRACTION_METHOD,
                self.tr("Attractions method"),
                options=[
                    self.tr("Rates on zone fields"),
                    self.tr("Regression on zone fields (observed trips field)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ATTRACTION_FIELDS,
                self.tr("Attraction fields (e.g. jobs, school places)"),
                defaultValue="jobs",
                parentLayerParameterName=self.ZONES,
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
                optional=True,
            )
        )
        attraction_rates = QgsProcessingParameterString(
            self.ATTRACTION_RATES,
            self.tr("Attraction rates, one per attraction field (comma-separated)"),
            defaultValue="1.0",
            optional=True,
        )
        attraction_rates.setHelp(
            self.tr(
                "Trips attracted per unit of each field. When attractions are scaled to productions only the "
                "ratios between the rates matter."
            )
        )
        self.addParameter(attraction_rates)
        self.addParameter(
            QgsProcessingParameterField(
                self.ATTRACTION_OBSERVED,
                self.tr("Observed attractions field (regression; zones without a value are predicted)"),
                parentLayerParameterName=self.ZONES,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BALANCE,
                self.tr("Balance the totals"),
                options=[
                    self.tr("Scale attractions to total productions"),
                    self.tr("Scale productions to total attractions"),
                    self.tr("Scale both to the mean of the two totals"),
                    self.tr("Do not balance"),
                ],
                defaultValue=0,
            )
        )
        for key, text, default in (
            (self.PRODUCTIONS_NAME, self.tr("Name of the productions field"), "productions"),
            (self.ATTRACTIONS_NAME, self.tr("Name of the attractions field"), "attractions"),
        ):
            param = QgsProcessingParameterString(key, text, defaultValue=default)
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Zones with productions and attractions"), QgsProcessing.TypeVector
            )
        )
        for key, text in (
            ("TOTAL_PRODUCTIONS_BEFORE", self.tr("Total productions before balancing")),
            ("TOTAL_ATTRACTIONS_BEFORE", self.tr("Total attractions before balancing")),
            ("TOTAL_PRODUCTIONS", self.tr("Total productions")),
            ("TOTAL_ATTRACTIONS", self.tr("Total attractions")),
            ("PRODUCTION_FACTOR", self.tr("Factor applied to productions")),
            ("ATTRACTION_FACTOR", self.tr("Factor applied to attractions")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))

    # ------------------------------------------------------------ methods

    def _fields(self, parameters, key, context, source, frame) -> list[str]:
        names = self.parameterAsFields(parameters, key, context)
        if not names:
            default = self.parameterDefinition(key).defaultValue()
            names = [n for n in str(default or "").split(";") if n]
        numeric_columns(source, frame, names)
        return names

    def _rates(self, parameters, key, context, n_fields: int, what: str) -> list[float]:
        text = self.parameterAsString(parameters, key, context)
        if not text:
            text = str(self.parameterDefinition(key).defaultValue() or "")
        try:
            rates = parse_numbers(text)
        except ValueError as error:
            raise QgsProcessingException(
                self.tr("The {0} rates '{1}' are not numbers separated by commas.").format(what, text)
            ) from error
        if len(rates) == 1:
            rates = rates * n_fields
        if len(rates) != n_fields:
            raise QgsProcessingException(
                self.tr("{0} {1} fields but {2} rates: give one rate, or one per field.").format(
                    n_fields, what, len(rates)
                )
            )
        return rates

    def _by_rates(self, parameters, context, feedback, source, frame, fields_key, rates_key, what):
        names = self._fields(parameters, fields_key, context, source, frame)
        if not names:
            raise QgsProcessingException(self.tr("Choose at least one {} field.").format(what))
        rates = self._rates(parameters, rates_key, context, len(names), what)
        result = attribute_rates(frame, dict(zip(names, rates)))
        if result.n_missing_values:
            feedback.pushWarning(
                self.tr("{0} NULL values in the {1} fields were counted as 0.").format(
                    result.n_missing_values, what
                )
            )
        formula = " + ".join(f"{rate:g} × {name}" for name, rate in zip(names, rates))
        feedback.pushInfo(self.tr("{0} = {1}").format(what, formula))
        return result.trips

    def _by_regression(self, parameters, context, feedback, source, frame, fields_key, observed_key, what):
        names = self._fields(parameters, fields_key, context, source, frame)
        observed = self.parameterAsString(parameters, observed_key, context)
        if not names or not observed:
            raise QgsProcessingException(
                self.tr("The {} regression needs explanatory fields and an observed trips field.").format(
                    what
                )
            )
        numeric_columns(source, frame, [observed])
        try:
            fit = fit_regression(frame, observed, names)
        except ValueError as error:
            raise QgsProcessingException(
                self.tr(
                    "Too few zones have an observed value in field {0} and every explanatory field to fit the "
                    "{1} regression."
                ).format(observed, what)
            ) from error
        predicted = fit.predict(frame)
        known = frame[observed].to_numpy(dtype=float)
        values = np.where(np.isnan(known), predicted, known)
        missing = np.isnan(values)
        negative = values < 0
        formula = " + ".join(
            [f"{fit.intercept:.4g}"] + [f"{c:.4g} × {n}" for n, c in fit.coefficients.items()]
        )
        feedback.pushInfo(
            localized(
                self.tr("{0} regression: {1} (R² = {2:.3f}, {3} zones observed, {4} predicted).")
            ).format(what, formula, fit.r_squared, fit.n_observations, int(np.isnan(known).sum()))
        )
        if missing.any() or negative.any():
            feedback.pushWarning(
                self.tr(
                    "{0} zones could not be predicted (NULL explanatory values) and {1} got a negative "
                    "prediction: both were set to 0."
                ).format(int(missing.sum()), int((negative & ~missing).sum()))
            )
        values[missing | negative] = 0.0
        return values

    def _survey_rates(self, parameters, context, feedback, categories: list[str]):
        """Rates by category from the OD survey tables, or None when no survey is given."""
        trips = self.parameterAsSource(parameters, self.SURVEY_TRIPS, context)
        persons = self.parameterAsSource(parameters, self.SURVEY_PERSONS, context)
        if trips is None and persons is None:
            return None
        if trips is None or persons is None:
            raise QgsProcessingException(
                self.tr("Rates from an OD survey need both the trips table and the persons table.")
            )
        tables = []
        for source, key, what in (
            (trips, self.SURVEY_TRIP_WEIGHT, self.tr("trips")),
            (persons, self.SURVEY_PERSON_WEIGHT, self.tr("persons")),
        ):
            missing = [n for n in categories if source.fields().lookupField(n) < 0]
            if missing:
                raise QgsProcessingException(
                    self.tr(
                        "The survey's {0} table has no field {1}: it needs the category fields of the zones."
                    ).format(what, ", ".join(missing))
                )
            weight = field_name(self, parameters, key, context)
            frame = read_attributes(source, [*categories, *([weight] if weight else [])], feedback)
            numeric_columns(source, frame, [weight] if weight else [])
            if frame.empty:
                raise QgsProcessingException(self.tr("The survey's {} table is empty.").format(what))
            tables.append((frame, weight or None))
        (trip_frame, trip_weight), (person_frame, person_weight) = tables
        survey = rates_from_survey(trip_frame, person_frame, categories, trip_weight, person_weight)
        rates = survey.rates
        if survey.categories_without_persons:
            feedback.pushWarning(
                self.tr("{0} categories have surveyed trips but no persons and get no rate: {1}.").format(
                    len(survey.categories_without_persons),
                    show_ids(";".join(map(str, c)) for c in survey.categories_without_persons),
                )
            )
        rates = rates[rates["rate"].notna()].reset_index(drop=True)
        lines = [
            f"{';'.join(str(row[c]) for c in categories)}: {row['rate']:.4g} = {row['trips']:.6g} / {row['persons']:.6g}"
            for _, row in rates.iterrows()
        ]
        feedback.pushInfo(
            self.tr("Trip rates from the survey (trips / persons by category):") + "\n" + "\n".join(lines)
        )
        return rates[[*categories, "rate"]]

    def _rate_table(
        self, parameters, context, categories: list[str], zones_frame, feedback=None
    ) -> pd.DataFrame:
        table = self.parameterAsSource(parameters, self.RATE_TABLE, context)
        survey = self._survey_rates(parameters, context, feedback, categories)
        if survey is not None:
            rates = survey.astype({"rate": float})
        elif table is not None:
            rate_field = field_name(self, parameters, self.RATE_FIELD, context)
            missing = [n for n in [*categories, rate_field] if table.fields().lookupField(n) < 0]
            if missing:
                raise QgsProcessingException(
                    self.tr(
                        "The rate table has no field {0}: it needs a field named like each category field and "
                        "a rate field."
                    ).format(", ".join(missing))
                )
            rates = read_attributes(table, [*categories, rate_field])
            rates = rates.rename(columns={rate_field: "rate"}) if rate_field != "rate" else rates
        else:
            rows = parse_matrix_rows(self.parameterAsMatrix(parameters, self.RATES, context), 2)
            if not rows:
                rows = parse_matrix_rows(self.parameterDefinition(self.RATES).defaultValue(), 2)
            values = []
            for category, rate in rows:
                parts = [p.strip() for p in str(category).split(";")]
                if len(parts) != len(categories):
                    raise QgsProcessingException(
                        self.tr(
                            "The rate table row '{0}' has {1} values but {2} category fields were chosen: "
                            "separate the values with ';' in the order of the fields."
                        ).format(category, len(parts), len(categories))
                    )
                values.append([*parts, rate])
            rates = pd.DataFrame(values, columns=[*categories, "rate"], dtype=object)
        numbers = read_numbers(rates["rate"]).values
        if np.isnan(numbers).any() or (numbers < 0).any():
            raise QgsProcessingException(self.tr("Every trip rate must be a number of zero or more."))
        rates["rate"] = numbers
        for name in categories:
            if pd.api.types.is_numeric_dtype(pd.to_numeric(zones_frame[name].dropna(), errors="coerce")) and (
                pd.to_numeric(zones_frame[name].dropna(), errors="coerce").notna().all()
            ):
                rates[name] = pd.to_numeric(rates[name], errors="coerce")
                zones_frame[name] = pd.to_numeric(zones_frame[name], errors="coerce")
        if rates.duplicated(subset=categories).any():
            raise QgsProcessingException(
                self.tr("The rate table repeats a category: each needs exactly one rate.")
            )
        return rates

    def _cross_classification(self, parameters, context, feedback, source, frame):
        categories = self.parameterAsFields(parameters, self.CATEGORY_FIELDS, context)
        if not categories:
            raise QgsProcessingException(
                self.tr(
                    "Choose at least one category field for cross-classification, or use rates on zone fields "
                    "(e.g. population × 2.0)."
                )
            )
        count = field_name(self, parameters, self.COUNT_FIELD, context)
        numeric_columns(source, frame, [count])
        null_category = frame[categories].isna().any(axis=1)
        rates = self._rate_table(parameters, context, categories, frame, feedback)
        table = frame[[count, *categories]].copy()
        table["_zone"] = np.arange(len(frame))
        result = cross_classification(
            table, rates, categories, count, "_zone", zone_ids=np.arange(len(frame))
        )
        if result.n_missing_counts:
            feedback.pushWarning(
                self.tr("{0} zones have no value in field {1}: counted as 0.").format(
                    result.n_missing_counts, count
                )
            )
        if null_category.any():
            feedback.pushWarning(
                self.tr("{} zones have no category (NULL) and produce no trips.").format(
                    int(null_category.sum())
                )
            )
        unmatched = [c for c in result.unmatched_categories if not any(v in (None, "None", "nan") for v in c)]
        if unmatched:
            feedback.pushWarning(
                self.tr("{0} zones belong to categories without a rate and produce no trips: {1}.").format(
                    result.n_unmatched_rows - int(null_category.sum()),
                    show_ids(";".join(map(str, c)) for c in unmatched),
                )
            )
        feedback.pushInfo(
            self.tr("Cross-classification on {0} × {1} with {2} rates.").format(
                " × ".join(categories), count, len(rates)
            )
        )
        return result.trips.to_numpy(dtype=float)

    # ------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        features = []
        for feature in source.getFeatures():
            if feedback.isCanceled():
                return {}
            features.append(QgsFeature(feature))
        if not features:
            raise QgsProcessingException(self.tr("The zones layer has no features."))
        names = source.fields().names()
        frame = pd.DataFrame(
            [[clean(v) for v in f.attributes()] for f in features], columns=names, dtype=object
        )
        feedback.setProgress(20)

        what_p, what_a = self.tr("productions"), self.tr("attractions")
        method = self.parameterAsEnum(parameters, self.PRODUCTION_METHOD, context)
        if method != 0 and any(
            self.parameterAsSource(parameters, key, context) is not None
            for key in (self.SURVEY_TRIPS, self.SURVEY_PERSONS)
        ):
            feedback.pushWarning(
                self.tr(
                    "The OD survey tables give rates by category: they are used only by cross-classification "
                    "and were ignored."
                )
            )
        if method == 0:
            productions = self._cross_classification(parameters, context, feedback, source, frame)
        elif method == 1:
            productions = self._by_rates(
                parameters,
                context,
                feedback,
                source,
                frame,
                self.PRODUCTION_FIELDS,
                self.PRODUCTION_RATES,
                what_p,
            )
        else:
            productions = self._by_regression(
                parameters,
                context,
                feedback,
                source,
                frame,
                self.PRODUCTION_FIELDS,
                self.PRODUCTION_OBSERVED,
                what_p,
            )
        if self.parameterAsEnum(parameters, self.ATTRACTION_METHOD, context) == 0:
            attractions = self._by_rates(
                parameters,
                context,
                feedback,
                source,
                frame,
                self.ATTRACTION_FIELDS,
                self.ATTRACTION_RATES,
                what_a,
            )
        else:
            attractions = self._by_regression(
                parameters,
                context,
                feedback,
                source,
                frame,
                self.ATTRACTION_FIELDS,
                self.ATTRACTION_OBSERVED,
                what_a,
            )
        feedback.setProgress(50)

        balance = self.BALANCES[self.parameterAsEnum(parameters, self.BALANCE, context)]
        total_p, total_a = float(productions.sum()), float(attractions.sum())
        factor_p = factor_a = 1.0
        if balance is not None:
            try:
                productions, attractions, report = balance_totals(productions, attractions, balance)
            except ValueError as error:
                raise QgsProcessingException(
                    localized(
                        self.tr(
                            "Cannot balance: total productions are {0:,.1f} and total attractions {1:,.1f}. Check the "
                            "fields and rates that give zero."
                        )
                    ).format(total_p, total_a)
                ) from error
            factor_p, factor_a = report.production_factor, report.attraction_factor
            method_text = {
                "productions": self.tr("attractions scaled to total productions"),
                "attractions": self.tr("productions scaled to total attractions"),
                "mean": self.tr("both scaled to the mean of the two totals"),
            }[balance]
            feedback.pushInfo(
                localized(
                    self.tr(
                        "Balance: total productions {0:,.1f} and attractions {1:,.1f} before; {2} (productions × "
                        "{3:.6g}, attractions × {4:.6g}); both {5:,.1f} after."
                    )
                ).format(total_p, total_a, method_text, factor_p, factor_a, report.total_after)
            )
        else:
            feedback.pushInfo(
                localized(
                    self.tr("Not balanced: total productions {0:,.1f}, total attractions {1:,.1f}.")
                ).format(total_p, total_a)
            )

        name_p = self.parameterAsString(parameters, self.PRODUCTIONS_NAME, context) or "productions"
        name_a = self.parameterAsString(parameters, self.ATTRACTIONS_NAME, context) or "attractions"
        if name_p == name_a:
            raise QgsProcessingException(
                self.tr("The productions and attractions fields need different names.")
            )
        keep = [i for i, name in enumerate(names) if name not in (name_p, name_a)]
        fields = QgsFields()
        for i in keep:
            fields.append(source.fields().at(i))
        fields.append(QgsField(name_p, QVariant.Double))
        fields.append(QgsField(name_a, QVariant.Double))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        total = len(features)
        for n, feature in enumerate(features):
            if n % 1000 == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(50 + 50 * n / total)
            attributes = feature.attributes()
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([attributes[i] for i in keep] + [float(productions[n]), float(attractions[n])])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        on_load(context, dest_id, graduated(name_p))
        return {
            self.OUTPUT: dest_id,
            "TOTAL_PRODUCTIONS_BEFORE": total_p,
            "TOTAL_ATTRACTIONS_BEFORE": total_a,
            "TOTAL_PRODUCTIONS": float(productions.sum()),
            "TOTAL_ATTRACTIONS": float(attractions.sum()),
            "PRODUCTION_FACTOR": float(factor_p),
            "ATTRACTION_FACTOR": float(factor_a),
        }
