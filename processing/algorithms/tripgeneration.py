"""conecta:tripgeneration — trips produced and attracted by each zone, balanced to equal totals."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterMatrix,
)

from ...core import demand as core
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.demand import field_or_default, matrix_rows
from ..bridge.messages import push_count, push_null_zones, show_ids
from ..bridge.numbers import numeric_columns, read_numbers
from ..bridge.parsers import parse_numbers
from ..bridge.readers import read_attributes, read_zones
from ..bridge.styles import graduated, on_load
from ..bridge.writers import write_with_fields

OUTPUT_NUMBERS = (
    "TOTAL_PRODUCTIONS_BEFORE",
    "TOTAL_ATTRACTIONS_BEFORE",
    "TOTAL_PRODUCTIONS",
    "TOTAL_ATTRACTIONS",
    "PRODUCTION_FACTOR",
    "ATTRACTION_FACTOR",
)


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

    BALANCES = (*core.BALANCE_METHODS, None)

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

    # ------------------------------------------------------------ parameters

    def initAlgorithm(self, config=None) -> None:
        self.add_layer(self.ZONES, self.tr("Zones (polygons, points or a table)"), [QgsProcessing.TypeVector])
        self._add_production_parameters()
        self._add_attraction_parameters()
        balances = [
            self.tr("Scale attractions to total productions"),
            self.tr("Scale productions to total attractions"),
            self.tr("Scale both to the mean of the two totals"),
            self.tr("Do not balance"),
        ]
        self.add_choice(self.BALANCE, self.tr("Balance the totals"), balances)
        for key, text, default in (
            (self.PRODUCTIONS_NAME, self.tr("Name of the productions field"), "productions"),
            (self.ATTRACTIONS_NAME, self.tr("Name of the attractions field"), "attractions"),
        ):
            self.add_text(key, text, default, advanced=True)
        self.add_sink(
            self.OUTPUT, self.tr("Zones with productions and attractions"), QgsProcessing.TypeVector
        )
        for key, text in zip(
            OUTPUT_NUMBERS,
            (
                self.tr("Total productions before balancing"),
                self.tr("Total attractions before balancing"),
                self.tr("Total productions"),
                self.tr("Total attractions"),
                self.tr("Factor applied to productions"),
                self.tr("Factor applied to attractions"),
            ),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))

    def _add_production_parameters(self) -> None:
        """The productions method and its inputs: categories and rates, survey tables, fields and rates."""
        methods = [
            self.tr("Cross-classification: rate by category × count field"),
            self.tr("Rates on zone fields"),
            self.tr("Regression on zone fields (observed trips field)"),
        ]
        self.add_choice(self.PRODUCTION_METHOD, self.tr("Productions method"), methods)
        self.add_field(
            self.CATEGORY_FIELDS, self.tr("Category fields (cross-classification, e.g. income group)"), self.ZONES,
            multiple=True, optional=True,
        )  # fmt: skip
        self.add_field(
            self.COUNT_FIELD, self.tr("Count field (persons or households per zone)"), self.ZONES, numeric=True,
            optional=True, default="population",
        )  # fmt: skip
        rates = QgsProcessingParameterMatrix(
            self.RATES,
            self.tr("Trip rates by category (trips per person or household per day)"),
            headers=[self.tr("Category value(s)"), self.tr("Rate")],
            defaultValue=[value for pair in core.LAC_TRIP_RATES.items() for value in pair],
            optional=True,
        )
        self.add(
            rates,
            help_text=self.tr(
                "One row per category value of the category field; with several category fields write the "
                "values in the same order separated by ';'. Ignored when a rate table layer is given."
            ),
        )
        self.add_layer(
            self.RATE_TABLE, self.tr("Rate table layer (instead of the rates above)"), [QgsProcessing.TypeVector],
            optional=True,
            help_text=self.tr("A table with one field named like each category field and a rate field."),
        )  # fmt: skip
        self.add_field(
            self.RATE_FIELD,
            self.tr("Rate field of the rate table"),
            self.RATE_TABLE,
            optional=True,
            default="rate",
        )
        for table, weight, label, help_text, weight_label in self._survey_specs():
            self.add_layer(table, label, [QgsProcessing.TypeVector], optional=True, help_text=help_text)
            self.add_field(weight, weight_label, table, numeric=True, optional=True)
        self._add_side_parameters(
            self.PRODUCTION_FIELDS, self.tr("Production fields (rates on zone fields or regression)"), None,
            self.PRODUCTION_RATES, self.tr("Production rates, one per production field (comma-separated)"), "2.0",
            self.tr(
                "One rate for every field, or one per field in the same order, separated by commas "
                "(or by ';' when decimals are written with a comma)."
            ),
            self.PRODUCTION_OBSERVED,
            self.tr("Observed productions field (regression; zones without a value are predicted)"),
        )  # fmt: skip

    def _survey_specs(self) -> tuple:
        """(table key, weight key, label, help, weight label) of the two OD survey tables."""
        return (
            (
                self.SURVEY_TRIPS, self.SURVEY_TRIP_WEIGHT,
                self.tr("OD survey: trips table (rates estimated from the survey, instead of the rates above)"),
                self.tr(
                    "One row per surveyed trip with the category fields (named like the zones' category fields) "
                    "and optionally an expansion factor. The rate of a category is its weighted trips divided by "
                    "its weighted persons in the persons table."
                ),
                self.tr("Expansion factor of the trips (empty: 1 per trip)"),
            ),
            (
                self.SURVEY_PERSONS, self.SURVEY_PERSON_WEIGHT, self.tr("OD survey: persons or households table"),
                self.tr(
                    "One row per surveyed person or household (or per category, with the count as the weight), "
                    "with the same category fields; the same unit as the zones' count field."
                ),
                self.tr("Expansion factor of the persons (empty: 1 per row)"),
            ),
        )  # fmt: skip

    def _add_attraction_parameters(self) -> None:
        """The attractions method, fields, rates and observed field."""
        methods = [
            self.tr("Rates on zone fields"),
            self.tr("Regression on zone fields (observed trips field)"),
        ]
        self.add_choice(self.ATTRACTION_METHOD, self.tr("Attractions method"), methods)
        self._add_side_parameters(
            self.ATTRACTION_FIELDS, self.tr("Attraction fields (e.g. jobs, school places)"), "jobs",
            self.ATTRACTION_RATES, self.tr("Attraction rates, one per attraction field (comma-separated)"), "1.0",
            self.tr(
                "Trips attracted per unit of each field. When attractions are scaled to productions only the "
                "ratios between the rates matter."
            ),
            self.ATTRACTION_OBSERVED,
            self.tr("Observed attractions field (regression; zones without a value are predicted)"),
        )  # fmt: skip

    def _add_side_parameters(
        self, fields, fields_label, default, rates, rates_label, rate, help_text, observed, label
    ):
        """Fields, rates and observed field of one side (productions or attractions)."""
        self.add_field(
            fields, fields_label, self.ZONES, numeric=True, optional=True, multiple=True, default=default
        )
        self.add_text(rates, rates_label, rate, optional=True, help_text=help_text)
        self.add_field(observed, label, self.ZONES, numeric=True, optional=True)

    # ------------------------------------------------------------ reading the parameters

    def _fields(self, parameters, key, context) -> list:
        """A multiple field parameter, or its default names when left empty."""
        names = self.parameterAsFields(parameters, key, context)
        if not names:
            default = self.parameterDefinition(key).defaultValue()
            names = [n for n in str(default or "").split(";") if n]
        return names

    def _rates(self, parameters, key, context, n_fields: int, what: str) -> list:
        """One rate per field (a single rate applies to every field)."""
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

    def _side(self, parameters, context, regression: bool, keys: tuple, what: str):
        """The rates or regression method of one side, from its (fields, rates, observed) parameters."""
        fields_key, rates_key, observed_key = keys
        names = self._fields(parameters, fields_key, context)
        if regression:
            observed = self.parameterAsString(parameters, observed_key, context)
            if not names or not observed:
                raise QgsProcessingException(
                    self.tr("The {} regression needs explanatory fields and an observed trips field.").format(
                        what
                    )
                )
            return core.ByRegression(names, observed)
        if not names:
            raise QgsProcessingException(self.tr("Choose at least one {} field.").format(what))
        return core.ByRates(names, self._rates(parameters, rates_key, context, len(names), what))

    def _methods(self, parameters, context, feedback) -> tuple:
        """The productions and attractions methods (cross-classification rates are read later)."""
        production = self.parameterAsEnum(parameters, self.PRODUCTION_METHOD, context)
        survey = any(
            parameters.get(key) not in (None, "") for key in (self.SURVEY_TRIPS, self.SURVEY_PERSONS)
        )
        if production != 0 and survey:
            feedback.pushWarning(
                self.tr(
                    "The OD survey tables give rates by category: they are used only by cross-classification "
                    "and were ignored."
                )
            )
        keys = (self.PRODUCTION_FIELDS, self.PRODUCTION_RATES, self.PRODUCTION_OBSERVED)
        if production == 0:
            categories = self.parameterAsFields(parameters, self.CATEGORY_FIELDS, context)
            if not categories:
                raise QgsProcessingException(
                    self.tr(
                        "Choose at least one category field for cross-classification, or use rates on zone fields "
                        "(e.g. population × 2.0)."
                    )
                )
            count = field_or_default(self, parameters, self.COUNT_FIELD, context)
            productions = core.ByCategory(categories, count, None)
        else:
            productions = self._side(parameters, context, production == 2, keys, self.tr("productions"))
        regression = self.parameterAsEnum(parameters, self.ATTRACTION_METHOD, context) == 1
        keys = (self.ATTRACTION_FIELDS, self.ATTRACTION_RATES, self.ATTRACTION_OBSERVED)
        return productions, self._side(parameters, context, regression, keys, self.tr("attractions"))

    def _output_names(self, parameters, context) -> tuple:
        """The names of the two new fields, which must differ."""
        name_p = self.parameterAsString(parameters, self.PRODUCTIONS_NAME, context) or "productions"
        name_a = self.parameterAsString(parameters, self.ATTRACTIONS_NAME, context) or "attractions"
        if name_p == name_a:
            raise QgsProcessingException(
                self.tr("The productions and attractions fields need different names.")
            )
        return name_p, name_a

    # ------------------------------------------------------------ rates by category

    def _typed_rates(self, parameters, context, categories: list, feedback) -> pd.DataFrame:
        """The rate by category: from the OD survey, the rate table layer or the rates typed in."""
        survey = self._survey_rates(parameters, context, categories, feedback)
        if survey is not None:
            return survey
        if parameters.get(self.RATE_TABLE) not in (None, ""):
            table = self.parameterAsSource(parameters, self.RATE_TABLE, context)
            rate_field = field_or_default(self, parameters, self.RATE_FIELD, context)
            missing = [n for n in [*categories, rate_field] if table.fields().lookupField(n) < 0]
            if missing:
                raise QgsProcessingException(
                    self.tr(
                        "The rate table has no field {0}: it needs a field named like each category field and "
                        "a rate field."
                    ).format(", ".join(missing))
                )
            rates = read_attributes(table, [*categories, rate_field], context, feedback)
            rates = rates.rename(columns={rate_field: "rate"})
        else:
            rows = matrix_rows(self.parameterAsMatrix(parameters, self.RATES, context), 2)
            rows = rows or matrix_rows(self.parameterDefinition(self.RATES).defaultValue(), 2)
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
        rates["rate"] = read_numbers(rates["rate"]).values
        return rates

    def _survey_table(
        self, parameters, context, key: str, weight_key: str, categories: list, what: str, feedback
    ):
        """One survey table's category fields and expansion factor (None when it has none)."""
        source = self.parameterAsSource(parameters, key, context)
        missing = [n for n in categories if source.fields().lookupField(n) < 0]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "The survey's {0} table has no field {1}: it needs the category fields of the zones."
                ).format(what, ", ".join(missing))
            )
        weight = field_or_default(self, parameters, weight_key, context)
        frame = read_attributes(source, [*categories, weight], context, feedback)
        numeric_columns(source, frame, [weight] if weight else [])
        if frame.empty:
            raise QgsProcessingException(self.tr("The survey's {} table is empty.").format(what))
        return frame, weight or None

    def _survey_rates(self, parameters, context, categories: list, feedback):
        """Rates by category estimated from the OD survey tables, or None when no survey is given."""
        given = [parameters.get(key) not in (None, "") for key in (self.SURVEY_TRIPS, self.SURVEY_PERSONS)]
        if not any(given):
            return None
        if not all(given):
            raise QgsProcessingException(
                self.tr("Rates from an OD survey need both the trips table and the persons table.")
            )
        trips, trip_weight = self._survey_table(
            parameters,
            context,
            self.SURVEY_TRIPS,
            self.SURVEY_TRIP_WEIGHT,
            categories,
            self.tr("trips"),
            feedback,
        )
        persons, person_weight = self._survey_table(
            parameters, context, self.SURVEY_PERSONS, self.SURVEY_PERSON_WEIGHT, categories, self.tr("persons"),
            feedback,
        )  # fmt: skip
        survey = core.rates_from_survey(trips, persons, categories, trip_weight, person_weight)
        push_count(
            feedback,
            len(survey.categories_without_persons),
            self.tr("{0} categories have surveyed trips but no persons and get no rate: {1}."),
            examples=(";".join(map(str, c)) for c in survey.categories_without_persons),
        )
        rates = survey.rates[survey.rates["rate"].notna()].reset_index(drop=True)
        lines = [
            f"{';'.join(str(row[c]) for c in categories)}: {row['rate']:.4g} = {row['trips']:.6g} / {row['persons']:.6g}"
            for _, row in rates.iterrows()
        ]
        feedback.pushInfo(
            self.tr("Trip rates from the survey (trips / persons by category):") + "\n" + "\n".join(lines)
        )
        return rates[[*categories, "rate"]].astype({"rate": float})

    # ------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        """Read the zones (and the rates), generate (one core call), report and write the zones with trips."""
        names = self._output_names(parameters, context)
        productions, attractions = self._methods(parameters, context, feedback)
        numeric, categories = [], []
        for method in (productions, attractions):
            if isinstance(method, core.ByCategory):
                numeric.append(method.count)
                categories = method.categories
            else:
                numeric += [
                    *method.fields,
                    *([method.observed] if isinstance(method, core.ByRegression) else []),
                ]
        zones = read_zones(
            self,
            parameters,
            context,
            feedback,
            self.ZONES,
            None,
            numeric,
            attributes=categories,
            progress=(0, 20),
        )
        if isinstance(productions, core.ByCategory):
            productions.rates = self._typed_rates(parameters, context, categories, feedback)
        balance = self.BALANCES[self.parameterAsEnum(parameters, self.BALANCE, context)]
        result = core.generate(
            zones.frame, productions, attractions, balance, self.progress_callback(feedback, 20, 50)
        )
        self._report_side(result.productions, self.tr("productions"), feedback)
        self._report_side(result.attractions, self.tr("attractions"), feedback)
        self._report_balance(result, feedback)
        values = pd.DataFrame(
            {names[0]: result.productions.values, names[1]: result.attractions.values},
            index=zones.frame.index,
        )
        dest_id = write_with_fields(self, parameters, self.OUTPUT, context, feedback, zones, values)
        on_load(context, dest_id, graduated(names[0]))
        factors = (
            (result.balance.production_factor, result.balance.attraction_factor)
            if result.balance
            else (1.0, 1.0)
        )
        totals = (result.total_productions_before, result.total_attractions_before)
        totals += (result.productions.total, result.attractions.total, *factors)
        return {self.OUTPUT: dest_id, **{key: float(v) for key, v in zip(OUTPUT_NUMBERS, totals)}}

    def input_messages(self) -> dict:
        return {}

    # ------------------------------------------------------------ log

    def _report_side(self, side, what: str, feedback) -> None:
        """The formula, regression or cross-classification used for one side, and what it met."""
        method = side.method
        if isinstance(method, core.ByCategory):
            self._report_categories(side, feedback)
        elif isinstance(method, core.ByRates):
            push_count(
                feedback,
                side.n_null_values,
                self.tr("{0} NULL values in the {1} fields were counted as 0."),
                what,
            )
            formula = " + ".join(f"{rate:g} × {name}" for name, rate in zip(method.fields, method.rates))
            feedback.pushInfo(self.tr("{0} = {1}").format(what, formula))
        else:
            self._report_regression(side.regression, what, feedback)

    def _report_regression(self, regression, what: str, feedback) -> None:
        fit = regression.fit
        formula = " + ".join(
            [f"{fit.intercept:.4g}"] + [f"{c:.4g} × {n}" for n, c in fit.coefficients.items()]
        )
        feedback.pushInfo(
            localized(
                self.tr("{0} regression: {1} (R² = {2:.3f}, {3} zones observed, {4} predicted).")
            ).format(what, formula, fit.r_squared, fit.n_observations, regression.n_predicted)
        )
        if regression.n_unpredicted or regression.n_negative:
            feedback.pushWarning(
                self.tr(
                    "{0} zones could not be predicted (NULL explanatory values) and {1} got a negative "
                    "prediction: both were set to 0."
                ).format(regression.n_unpredicted, regression.n_negative)
            )

    def _report_categories(self, side, feedback) -> None:
        method = side.method
        push_null_zones(feedback, side.n_null_values, method.count)
        push_count(
            feedback,
            side.n_null_categories,
            self.tr("{} zones have no category (NULL) and produce no trips."),
        )
        if side.categories_without_rate:
            feedback.pushWarning(
                self.tr("{0} zones belong to categories without a rate and produce no trips: {1}.").format(
                    side.n_without_rate, show_ids(";".join(map(str, c)) for c in side.categories_without_rate)
                )
            )
        feedback.pushInfo(
            self.tr("Cross-classification on {0} × {1} with {2} rates.").format(
                " × ".join(method.categories), method.count, len(method.rates)
            )
        )

    def _report_balance(self, result, feedback) -> None:
        before = (result.total_productions_before, result.total_attractions_before)
        report = result.balance
        if report is None:
            feedback.pushInfo(
                localized(
                    self.tr("Not balanced: total productions {0:,.1f}, total attractions {1:,.1f}.")
                ).format(*before)
            )
            return
        method = {
            "productions": self.tr("attractions scaled to total productions"),
            "attractions": self.tr("productions scaled to total attractions"),
            "mean": self.tr("both scaled to the mean of the two totals"),
        }[report.method]
        feedback.pushInfo(
            localized(
                self.tr(
                    "Balance: total productions {0:,.1f} and attractions {1:,.1f} before; {2} (productions × "
                    "{3:.6g}, attractions × {4:.6g}); both {5:,.1f} after."
                )
            ).format(*before, method, report.production_factor, report.attraction_factor, report.total_after)
        )
