"""conecta:accessibility — accessibility to opportunities per zone, the measures of IPEA's ``accessibility``
package (cumulative, interval, gravity, cost to closest, 2SFCA, BFCA, passive, spatial availability, balancing
cost, constrained accessibility; cutoffs on several costs at once) and PySAL ``access``'s E2SFCA and 3SFCA,
from a long travel matrix (a table layer, a CSV/CSV.gz/Parquet file read in chunks, or one computed on the fly
on a street network).
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingException, QgsProcessingMultiStepFeedback, QgsProcessingParameterBoolean

from ...core import accessibility as core
from ...core.progress import scaled
from ...translation import format_number
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.messages import ConectaBridge, push_count, show_ids
from ..bridge.params import MATRIX_CACHE, MatrixInput, ZonesInput
from ..bridge.parsers import parse_named_numbers, parse_numbers
from ..bridge.streamed import StreamedNetworkInput
from ..bridge.streamed_transit import StreamedTransitInput
from ..bridge.styles import graduated, on_load
from ..bridge.writers import write_with_fields

DECAYS = ("binary", "exponential", "power", "linear", "logistic", "stepped")
SUMMARIES = ("median", "mean")


class Accessibility(StreamedNetworkInput, StreamedTransitInput, MatrixInput, ZonesInput, ConectaAlgorithm):
    """Accessibility measures of the accessibility package for every zone, written as new fields."""

    ALG_NAME = "accessibility"
    GROUP_ID = "accessibility"
    OPPORTUNITIES = "OPPORTUNITIES"
    POPULATION = "POPULATION"
    MEASURE = "MEASURE"
    CUTOFF = "CUTOFF"
    DECAY_FUNCTION = "DECAY_FUNCTION"
    DECAY_VALUE = "DECAY_VALUE"
    N_CLOSEST = "N_CLOSEST"
    PASSIVE = "PASSIVE"
    INTERVAL_STEP = "INTERVAL_STEP"
    INTERVAL_SUMMARY = "INTERVAL_SUMMARY"
    INTERVAL_TRUNCATE = "INTERVAL_TRUNCATE"
    ALPHA = "ALPHA"
    CONSTRAINT = "CONSTRAINT"
    COST_INCREMENT = "COST_INCREMENT"
    STEP_WEIGHTS = "STEP_WEIGHTS"
    EXTRA_COSTS = "EXTRA_COSTS"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Accessibility to opportunities")

    def shortHelpString(self) -> str:
        text = self.tr(
            "Computes, for every zone, how many opportunities (jobs, schools, health care…) its residents "
            "can reach, with the measures of IPEA's accessibility package (Pereira & Herszenhut, R package "
            "'accessibility', Access to Opportunities project):\n"
            "- Cumulative opportunities: opportunities reachable within each cutoff (t ≤ T), e.g. 30,60.\n"
            "- Cumulative interval: median of the cumulative measure over every minute of an interval "
            "written 40-60 (Tomasiello et al. 2023), truncated to an integer like the package.\n"
            "- Gravity: sum of opportunities weighted by a decay function of travel time.\n"
            "- Travel time to the closest: time to reach the N closest opportunities.\n"
            "- 2SFCA: two-step floating catchment area with competition for the opportunities by the "
            "population (Luo & Wang 2003).\n"
            "- BFCA: balanced floating catchment area (Paez, Higgins & Vivona 2019): as 2SFCA, with the "
            "travel weights normalised by origin and by destination so that neither population nor "
            "opportunities are counted twice.\n"
            "- Passive: population that can reach each zone (the population field is used).\n"
            "- Spatial availability (Soukhov et al. 2023): each zone's opportunities shared out among the "
            "zones that reach them, in proportion to population^alpha × decay; the values add up to the "
            "opportunities.\n"
            "- Balancing cost (Barboza et al. 2021): the travel time at which a zone reaches more opportunities "
            "than it has people, searched every cost step (NULL if never).\n"
            "- Constrained accessibility (Soukhov et al. 2025): total (the city's opportunities shared out by "
            "decay × opportunities), singly (as spatial availability with alpha 1) or doubly (Wilson's model "
            "fitted so that flows match both the population and the opportunities, which must add up to the "
            "same total; the fields are its balancing factors A and B).\n"
            "- E2SFCA (Luo & Qi 2009) and 3SFCA (Wan et al. 2012): 2SFCA weighted by travel-time subzones, "
            "the 3SFCA also by the share of each destination in the zone's choices, as PySAL access.\n\n"
            "The passive option gives the population that reaches each zone instead (cumulative, interval, "
            "gravity, travel time to the closest, total and singly constrained). Extra costs restrict the "
            "cumulative measure to pairs within a cutoff on other columns of the matrix too, e.g. "
            "fare:4.40; distance:5000 (with alternative journeys per pair, a pair counts once).\n\n"
            "Decay functions: binary (cutoff), exponential exp(-β t) and power t^-β (decay value β), "
            "linear max(0, 1 - t/cutoff), logistic (cutoff = median, decay value = standard deviation), "
            "stepped (cutoff = the steps in minutes, decay value = the weight from each step on). Several "
            "cutoffs or decay values separated by commas give one field each.\n\n"
            "The travel matrix is a table with one row per origin–destination pair (from_id, to_id, "
            "travel_time in minutes, as written by r5r, the accessibility package and Conecta): a layer, "
            "or the path of a CSV, CSV.gz or Parquet file (read in chunks). Without a matrix, give a "
            "street network and a mode: the matrix is computed on the fly.\n\n"
            "The output is the zone layer with one new field per opportunity and cutoff, named for example "
            "acc_jobs_30 (cumulative), grav_jobs_e005 (gravity, exponential 0.05), time_jobs_1 (travel "
            "time to the closest), fca_jobs_30 (2SFCA), bfca_jobs_30 (BFCA), pas_population_30 "
            "(passive), sa_jobs_e01 (spatial availability), bal_jobs (balancing cost), tca_jobs_e01, "
            "sca_jobs_e01, dca_jobs_e01_a and dca_jobs_e01_b (constrained), e2fca_jobs_z10_20_30 (E2SFCA), "
            "fca3_jobs_z10_20_30_60 (3SFCA) or acc_jobs_60_fare4_4 (with an extra cost).\n\n"
            "Zones that reach nothing get 0 (NULL for travel time to the closest). NULL or negative "
            "opportunities and population are taken as 0 and counted in the log. Matrix ids that are not "
            "zones, and zones absent from the matrix, are counted in the log. Duplicate zone ids are an "
            "error."
        )
        return (
            text
            + "\n\n"
            + self.tr(
                "Public transport: without a matrix, give GTFS feeds, a service date and a departure time: the "
                "travel times are those of 'Travel-time matrix (public transport)' with the same settings (the "
                "percentile over the departure window; walking legs on the street network when one is given, else "
                "in a straight line × 1.3 at 3.6 km/h; the mode and the maximum travel time on the network are then "
                "not used). Without a matrix, street or public-transport travel times are routed by chunks of "
                "origins, each reduced at once to the measure: the matrix is never held whole."
            )
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_matrix_parameters()
        self.add_zone_parameters()
        self.add_field(
            self.OPPORTUNITIES, self.tr("Opportunity fields (jobs, schools…)"), self.ZONES, numeric=True, optional=True,
            multiple=True,
        )  # fmt: skip
        self.add_field(
            self.POPULATION, self.tr("Population field (floating catchment and passive measures)"), self.ZONES,
            numeric=True, optional=True,
        )  # fmt: skip
        measures = [
            self.tr("Cumulative opportunities"),
            self.tr("Cumulative opportunities, time interval"),
            self.tr("Gravity"),
            self.tr("Travel time to the closest opportunity"),
            self.tr("Two-step floating catchment area (2SFCA)"),
            self.tr("Balanced floating catchment area (BFCA)"),
            self.tr("Passive accessibility (population reaching each zone)"),
            self.tr("Spatial availability"),
            self.tr("Balancing cost"),
            self.tr("Constrained accessibility (total, singly or doubly)"),
            self.tr("Enhanced two-step floating catchment area (E2SFCA)"),
            self.tr("Three-step floating catchment area (3SFCA)"),
        ]
        self.add_choice(self.MEASURE, self.tr("Measure"), measures)
        self.add_text(
            self.CUTOFF, self.tr("Cutoff (minutes)"), "30",
            help_text=self.tr(
                "One or more travel times separated by commas, e.g. 30,60. For the time interval measure "
                "write the interval, e.g. 40-60. For the stepped decay function: the steps, e.g. 15,30,45."
            ),
        )  # fmt: skip
        decays = [
            self.tr("Binary (cutoff)"),
            self.tr("Negative exponential"),
            self.tr("Inverse power"),
            self.tr("Linear"),
            self.tr("Logistic"),
            self.tr("Stepped"),
        ]
        self.add_choice(self.DECAY_FUNCTION, self.tr("Decay function"), decays)
        self.add_text(
            self.DECAY_VALUE, self.tr("Decay value"), optional=True,
            help_text=self.tr(
                "Exponential and power: β, one or more separated by commas (e.g. 0.05). Logistic: the "
                "standard deviation in minutes. Stepped: the weight from each step on (e.g. 0.75,0.5,0.25)."
            ),
        )  # fmt: skip
        self.add_number(
            self.N_CLOSEST, self.tr("Number of closest opportunities (travel time to the closest)"), 1, minimum=1,
            integer=True,
        )  # fmt: skip
        self._add_family_parameters()
        self.add_sink(self.OUTPUT, self.tr("Accessibility"))
        self.add_streamed_parameters()
        self.add_transit_parameters()

    def _add_family_parameters(self) -> None:
        """The options of the passive form, the interval measure and the measures of the accessibility family."""
        self.add(
            QgsProcessingParameterBoolean(
                self.PASSIVE, self.tr("Passive: population reaching each zone"), False
            ),
            help_text=self.tr(
                "Cumulative, interval, gravity, travel time to the closest, total and singly constrained: "
                "measure by destination how many people (population field) reach each zone."
            ),
        )
        self.add_number(
            self.INTERVAL_STEP,
            self.tr("Interval measure: step between cutoffs (minutes)"),
            1.0,
            minimum=0.01,
            advanced=True,
        )
        self.add_choice(
            self.INTERVAL_SUMMARY, self.tr("Interval measure: summary"), [self.tr("Median"), self.tr("Mean")],
            advanced=True,
        )  # fmt: skip
        self.add(
            QgsProcessingParameterBoolean(self.INTERVAL_TRUNCATE, self.tr("Interval measure: truncate to an integer"), True),
            advanced=True,
        )  # fmt: skip
        self.add_number(
            self.ALPHA, self.tr("Spatial availability: alpha (weight of population)"), 1.0,
            help_text=self.tr("Below 1 opportunities go faster to small populations, above 1 to large ones."),
        )  # fmt: skip
        self.add_choice(
            self.CONSTRAINT, self.tr("Constrained accessibility: constraint"),
            [self.tr("Total"), self.tr("Singly"), self.tr("Doubly")], default=1,
        )  # fmt: skip
        self.add_number(self.COST_INCREMENT, self.tr("Balancing cost: cost step"), 1.0)
        self.add_text(
            self.STEP_WEIGHTS, self.tr("E2SFCA and 3SFCA: subzones (limit:weight)"), optional=True,
            help_text=self.tr(
                "Upper limit of each subzone in minutes and its weight, e.g. 10:1; 20:0.68; 30:0.22. Empty: "
                "the papers' values (E2SFCA 10:1; 20:0.68; 30:0.22, 3SFCA 10:0.962; 20:0.704; 30:0.377; "
                "60:0.042)."
            ),
        )  # fmt: skip
        self.add_text(
            self.EXTRA_COSTS, self.tr("Cumulative: cutoffs on extra cost columns (column:cutoff)"), optional=True,
            help_text=self.tr(
                "Columns of the travel matrix with other costs and the largest value to count, e.g. "
                "fare:4.40; distance:5000: a pair counts when its travel time and every extra cost are "
                "within their cutoffs."
            ),
        )  # fmt: skip

    def input_messages(self) -> dict:
        return {
            **super().input_messages(),
            "repeated_pairs": self.tr(
                "{n} origin-destination pairs appear more than once in the travel matrix (e.g. {examples}): "
                "each pair must appear once. Remove or aggregate the repeated rows."
            ),
            "bad_alpha": self.tr("Alpha must be a number ≥ 0 (got {alpha})."),
            "negative_cutoff": self.tr("The cutoff of cost {name} must be a number ≥ 0 (got {value})."),
            "bad_increment": self.tr("The cost step must be a number > 0 (got {increment})."),
        }

    # ------------------------------------------------------------ parameters

    def _settings(self, parameters, context):
        """The measure's name, its :class:`core.Settings` and the largest cutoff it uses (or None)."""
        measure = core.MEASURES[self.parameterAsEnum(parameters, self.MEASURE, context)]
        settings = core.Settings(
            opportunities=self.parameterAsFields(parameters, self.OPPORTUNITIES, context),
            population=self.parameterAsString(parameters, self.POPULATION, context) or None,
            n=self.parameterAsInt(parameters, self.N_CLOSEST, context),
            active=not self.parameterAsBool(parameters, self.PASSIVE, context),
            increment=self.parameterAsDouble(parameters, self.INTERVAL_STEP, context),
            summary=SUMMARIES[self.parameterAsEnum(parameters, self.INTERVAL_SUMMARY, context)],
            truncate=self.parameterAsBool(parameters, self.INTERVAL_TRUNCATE, context),
            alpha=self.parameterAsDouble(parameters, self.ALPHA, context),
            constraint=core.CONSTRAINTS[self.parameterAsEnum(parameters, self.CONSTRAINT, context)],
            cost_increment=self.parameterAsDouble(parameters, self.COST_INCREMENT, context),
            cost_cutoffs=self._extra_costs(self.parameterAsString(parameters, self.EXTRA_COSTS, context)),
        )
        core.check_settings(measure.name, settings)
        wants_opportunities, wants_population = core.needs(measure.name, settings)
        if wants_opportunities and not settings.opportunities:
            raise QgsProcessingException(self.tr("Choose at least one opportunity field (e.g. jobs)."))
        if wants_population and not settings.population:
            raise QgsProcessingException(
                self.tr(
                    "The floating catchment, passive, spatial availability, balancing cost and constrained "
                    "measures need the population field."
                )
            )
        return measure.name, settings, self._measure_parameters(parameters, context, measure, settings)

    def _measure_parameters(self, parameters, context, measure, settings):
        """Read the cutoffs, interval, decay functions or subzones of ``measure`` into ``settings``; the largest
        cutoff they use (None when there is none)."""
        kind = DECAYS[self.parameterAsEnum(parameters, self.DECAY_FUNCTION, context)]
        if measure.name in ("e2sfca", "3sfca"):
            settings.decays = self._subzones(self.parameterAsString(parameters, self.STEP_WEIGHTS, context))
            return max(d.steps[-1] for d in core.with_defaults(measure.name, settings).decays)
        if measure.parameter == "cutoff" or (measure.name == "passive" and kind == "binary"):
            settings.cutoffs = self.numbers(parameters, self.CUTOFF, context, self.tr("Cutoff"))
            return max(settings.cutoffs)
        if measure.parameter == "interval":
            settings.interval = self.interval(parameters, self.CUTOFF, context)
            return settings.interval[1]
        if measure.parameter in ("decay", "alpha", "constraint"):
            cutoff_text = self.parameterAsString(parameters, self.CUTOFF, context)
            value_text = self.parameterAsString(parameters, self.DECAY_VALUE, context)
            settings.decays = list({d.label: d for d in self._decays(kind, cutoff_text, value_text)}.values())
            if kind in ("binary", "linear", "logistic"):
                return max(d.value for d in settings.decays)
        return None

    def _extra_costs(self, text: str) -> dict:
        """Cutoffs on extra cost columns typed as column:cutoff pairs."""
        try:
            return parse_named_numbers(text)
        except ValueError as error:
            raise QgsProcessingException(
                self.tr(
                    "Write the extra costs as column:cutoff pairs separated by semicolons, e.g. fare:4.40; "
                    "distance:5000; got '{}'."
                ).format(text)
            ) from error

    def _subzones(self, text: str) -> list:
        """The E2SFCA / 3SFCA subzones typed as limit:weight pairs ([] for the papers' values)."""
        try:
            pairs = {float(limit): weight for limit, weight in parse_named_numbers(text).items()}
            return [core.decay_subzones(list(pairs), list(pairs.values()))] if pairs else []
        except ValueError as error:
            raise QgsProcessingException(
                self.tr(
                    "Write the subzones as limit:weight pairs with increasing positive limits in minutes and "
                    "weights of 0 or more, e.g. 10:1; 20:0.68; 30:0.22; got '{}'."
                ).format(text)
            ) from error

    def _decays(self, kind: str, cutoff_text: str, value_text: str) -> list:
        """Decay functions from the decay parameters, checked with messages that say what to fix."""
        cutoff_label = self.tr("Cutoff")
        value_label = self.tr("Decay value")
        try:
            if kind in ("binary", "linear"):
                return [core.make_decay(kind, c) for c in self.number_list(cutoff_text, cutoff_label)]
            if kind in ("exponential", "power"):
                return [core.make_decay(kind, v) for v in self.number_list(value_text, value_label)]
            if kind == "logistic":
                cutoffs = self.number_list(cutoff_text, cutoff_label)
                sds = self.number_list(value_text, value_label)
                return [core.decay_logistic(c, sd) for c in cutoffs for sd in sds]
            steps = parse_numbers(cutoff_text)
            weights = parse_numbers(value_text)
            return [core.decay_stepped(steps, weights)]
        except ValueError as error:
            messages = {
                "linear": self.tr("The linear decay function needs positive cutoffs."),
                "logistic": self.tr(
                    "The logistic decay function needs positive cutoffs (median) and a positive decay "
                    "value (standard deviation in minutes)."
                ),
                "stepped": self.tr(
                    "The stepped decay function needs increasing steps in the cutoff (e.g. 15,30,45) and "
                    "as many weights between 0 and 1 in the decay value (e.g. 0.75,0.5,0.25)."
                ),
            }
            raise QgsProcessingException(messages.get(kind, str(error))) from error

    # ------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        measure, settings, max_cut = self._settings(parameters, context)
        zones = self.read_zone_layer(
            parameters, context, feedback, [*settings.opportunities, settings.population]
        )
        feedback.pushInfo(self.tr("{} zones read.").format(len(zones.features)))
        outputs = {}
        transit = self.uses_transit(parameters)
        if transit or self.uses_network(parameters):
            if settings.cost_cutoffs:
                raise QgsProcessingException(
                    ConectaBridge.tr(
                        "Extra costs ({}) need a travel matrix with those columns: travel times computed without a "
                        "matrix (on the street network or from GTFS feeds) have no other cost."
                    ).format(", ".join(settings.cost_cutoffs))
                )
            result, names, outputs = self.streamed_measure(
                parameters, context, feedback, zones, measure, settings, max_cut,
                self.transit_router if transit else None,
            )  # fmt: skip
        else:
            result, names = self._from_matrix(
                parameters, context, feedback, zones, measure, settings, max_cut
            )
        self._report(result.matrix, feedback)
        self._report_result(result, feedback, measure, settings.active)
        if result.matrix.n_rows_used == 0:
            raise QgsProcessingException(
                self.tr(
                    "No row of the travel matrix links two zones: check that its ids are those of field {}."
                ).format(zones.id_field)
            )
        self._summary(result, zones.frame, settings.population, names, feedback)
        values = result.values.set_axis(names, axis=1)
        dest = write_with_fields(self, parameters, self.OUTPUT, context, feedback, zones, values)
        on_load(context, dest, graduated(names[0]))
        return {**outputs, self.OUTPUT: dest}

    def _from_matrix(self, parameters, context, feedback, zones, measure, settings, max_cut):
        """The measure on the travel matrix given (read in chunks, or kept from the last run)."""
        multi = QgsProcessingMultiStepFeedback(2, feedback)
        source = self.read_matrix(
            parameters,
            context,
            multi,
            parameters[self.ZONES],
            zones.id_field,
            max_cut,
            list(settings.cost_cutoffs),
        )
        multi.setCurrentStep(1)
        progress = self.progress_callback(multi)
        tm = self._prepared(source, zones.frame.index, scaled(progress, 0, 0.5), feedback)
        return core.compute(measure, tm, zones.frame, settings, scaled(progress, 0.5, 1.0))

    def _prepared(self, source, zone_ids, progress, feedback):
        """The matrix matched to the zones: kept from the last run on the same unchanged file, else read."""
        key = source.key()
        tm = MATRIX_CACHE.get(key, zone_ids)
        if tm is not None:
            feedback.pushInfo(
                self.tr(
                    "Reusing the travel matrix read from {} in a previous run (the file is unchanged)."
                ).format(source.path.name)
            )
            return tm
        if source.path is not None:
            feedback.pushInfo(
                self.tr("Reading the travel matrix from {} in chunks.").format(source.path.name)
            )
        extra = source.columns[3:]
        tm = core.prepare_matrix(
            source.chunks,
            zone_ids,
            *source.columns[:3],
            progress=progress,
            extra_cols=extra,
            alternatives=bool(extra),
        )
        MATRIX_CACHE.put(key, tm)
        return tm

    def _summary(self, result, land_use, population: str, names: list[str], feedback) -> None:
        """One line per result field: its population-weighted mean and the share of the city's opportunities."""
        templates = {
            ("cutoff", True): self.tr(
                "{0} within {1} min: population-weighted mean {2} ({3} % of the city's {0})."
            ),
            ("cutoff", False): self.tr(
                "{0} within {1} min: mean over the zones {2} ({3} % of the city's {0}; no population field to "
                "weight by)."
            ),
            ("share", True): self.tr("{4}: population-weighted mean {2} ({3} % of the city's {0})."),
            ("share", False): self.tr(
                "{4}: mean over the zones {2} ({3} % of the city's {0}; no population field to weight by)."
            ),
            ("plain", True): self.tr("{4}: population-weighted mean {2}."),
            ("plain", False): self.tr("{4}: mean over the zones {2} (no population field to weight by)."),
        }
        for name, line in zip(names, core.summarise(result, land_use, population or None)):
            if not np.isfinite(line.mean):
                continue
            size = abs(line.mean)
            mean = format_number(line.mean, 0 if size >= 100 else 1 if size >= 10 else 2)
            share = format_number(line.share_pct, 1) if np.isfinite(line.share_pct) else ""
            kind = "plain" if not share else "cutoff" if result.measure == "cumulative" else "share"
            message = templates[(kind, line.weighted)]
            feedback.pushInfo(message.format(line.opportunity, line.parameter, mean, share, name))

    def _report(self, diag, feedback) -> None:
        """Turn the matrix diagnostics into log lines (nothing is dropped silently)."""
        feedback.pushInfo(self.tr("Travel matrix: {0} rows, {1} used.").format(diag.n_rows, diag.n_rows_used))
        if diag.n_rows_unknown_origin or diag.n_rows_unknown_destination:
            feedback.pushWarning(
                self.tr(
                    "{0} matrix rows have an origin and {1} a destination that is not a zone ({2} such ids, "
                    "e.g. {3}): they were not used."
                ).format(
                    diag.n_rows_unknown_origin,
                    diag.n_rows_unknown_destination,
                    diag.n_unknown_ids,
                    show_ids(diag.unknown_id_examples),
                )
            )
        if diag.n_rows_null_cost or diag.n_rows_negative_cost:
            feedback.pushWarning(
                self.tr(
                    "{0} matrix rows have no travel time and {1} a negative one: they were not used."
                ).format(diag.n_rows_null_cost, diag.n_rows_negative_cost)
            )
        if diag.n_rows_null_extra_cost or diag.n_rows_negative_extra_cost:
            feedback.pushWarning(
                self.tr(
                    "{0} matrix rows have no value and {1} a negative one in an extra cost: they were not used."
                ).format(diag.n_rows_null_extra_cost, diag.n_rows_negative_extra_cost)
            )
        push_count(
            feedback,
            diag.n_zones_not_origin,
            self.tr(
                "{0} zones are never an origin in the matrix (e.g. {1}): they reach nothing "
                "(accessibility 0, travel time to the closest NULL)."
            ),
            examples=diag.zones_not_origin_examples,
        )
        push_count(
            feedback,
            diag.n_zones_not_destination,
            self.tr(
                "{0} zones are never a destination in the matrix (e.g. {1}): nobody reaches their "
                "opportunities."
            ),
            examples=diag.zones_not_destination_examples,
        )

    def _report_result(self, result, feedback, measure: str, active: bool) -> None:
        """Turn the measure's diagnostics into log lines."""
        for column in result.columns:
            if column.n_null or column.n_negative:
                feedback.pushWarning(
                    self.tr(
                        "Field {0}: {1} zones have NULL and {2} negative values (e.g. zones {3}); they were "
                        "taken as 0."
                    ).format(
                        column.name,
                        column.n_null,
                        column.n_negative,
                        show_ids(column.null_examples + column.negative_examples),
                    )
                )
        nothing = {
            "closest": self.tr("{0} zones reach no opportunity ({1}): their travel time is NULL."),
            "balancing_cost": self.tr(
                "{0} zones never reach more opportunities ({1}) than they have people, or are no origin: their "
                "balancing cost is NULL."
            ),
        }.get(measure, self.tr("{0} zones reach no other zone ({1}): their accessibility is 0."))
        for label, count in result.n_zones_reaching_nothing.items():
            if count:
                feedback.pushInfo(nothing.format(count, label))
        unshared = (
            self.tr(
                "{0} zones with opportunities are reached by no population ({1}): their opportunities are not "
                "shared out."
            )
            if active
            else self.tr(
                "{0} zones with population reach no opportunity ({1}): their population is not shared out."
            )
        )
        for label, count in result.destinations_without_demand.items():
            if count:
                feedback.pushWarning(unshared.format(count, label))
        self._report_fitting(result.fitting, feedback)

    def _report_fitting(self, fitting: dict, feedback) -> None:
        """How the doubly constrained balancing factors were fitted."""
        reasons = {
            "error": self.tr("the error fell below 0.001"),
            "improvement": self.tr("the error stopped improving"),
            "iterations": self.tr("the maximum of iterations was reached"),
        }
        for label, fit in fitting.items():
            message = self.tr(
                "Doubly constrained ({0}): balancing factors fitted in {1} iterations, relative error {2} ({3})."
            ).format(label, fit.iterations, format_number(fit.error, 6), reasons[fit.reason])
            (feedback.pushWarning if fit.reason == "iterations" else feedback.pushInfo)(message)
