"""conecta:accessibility — accessibility to opportunities per zone, the measures of IPEA's ``accessibility``
package (cumulative, interval, gravity, cost to closest, 2SFCA, BFCA, passive) from a long travel matrix
(a table layer, a CSV/CSV.gz/Parquet file read in chunks, or one computed on the fly on a street network).
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingException, QgsProcessingMultiStepFeedback

from ...core import accessibility as core
from ...core.errors import InputError
from ...core.progress import scaled
from ...translation import format_number
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.messages import show_ids
from ..bridge.params import MATRIX_CACHE, MatrixInput, ZonesInput
from ..bridge.parsers import parse_numbers
from ..bridge.styles import graduated, on_load
from ..bridge.writers import write_with_fields

DECAYS = ("binary", "exponential", "power", "linear", "logistic", "stepped")


class Accessibility(MatrixInput, ZonesInput, ConectaAlgorithm):
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
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Accessibility to opportunities")

    def shortHelpString(self) -> str:
        return self.tr(
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
            "- Passive: population that can reach each zone (the population field is used).\n\n"
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
            "time to the closest), fca_jobs_30 (2SFCA), bfca_jobs_30 (BFCA) or pas_population_30 "
            "(passive).\n\n"
            "Zones that reach nothing get 0 (NULL for travel time to the closest). NULL or negative "
            "opportunities and population are taken as 0 and counted in the log. Matrix ids that are not "
            "zones, and zones absent from the matrix, are counted in the log. Duplicate zone ids are an "
            "error."
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
        self.add_sink(self.OUTPUT, self.tr("Accessibility"))

    def input_messages(self) -> dict:
        return {
            "repeated_pairs": self.tr(
                "{n} origin-destination pairs appear more than once in the travel matrix (e.g. {examples}): "
                "each pair must appear once. Remove or aggregate the repeated rows."
            ),
        }

    # ------------------------------------------------------------ parameters

    def _settings(self, parameters, context):
        """The measure's name, its :class:`core.Settings` and the largest cutoff it uses (or None)."""
        measure = core.MEASURES[self.parameterAsEnum(parameters, self.MEASURE, context)]
        settings = core.Settings(
            opportunities=self.parameterAsFields(parameters, self.OPPORTUNITIES, context),
            population=self.parameterAsString(parameters, self.POPULATION, context) or None,
            n=self.parameterAsInt(parameters, self.N_CLOSEST, context),
        )
        if measure.opportunities and not settings.opportunities:
            raise QgsProcessingException(self.tr("Choose at least one opportunity field (e.g. jobs)."))
        if measure.population and not settings.population:
            raise QgsProcessingException(
                self.tr("The floating catchment and passive measures need the population field.")
            )
        kind = DECAYS[self.parameterAsEnum(parameters, self.DECAY_FUNCTION, context)]
        max_cut = None
        if measure.parameter == "cutoff" or (measure.name == "passive" and kind == "binary"):
            settings.cutoffs = self.numbers(parameters, self.CUTOFF, context, self.tr("Cutoff"))
            max_cut = max(settings.cutoffs)
        elif measure.parameter == "interval":
            settings.interval = self.interval(parameters, self.CUTOFF, context)
            max_cut = settings.interval[1]
        elif measure.parameter == "decay":
            cutoff_text = self.parameterAsString(parameters, self.CUTOFF, context)
            value_text = self.parameterAsString(parameters, self.DECAY_VALUE, context)
            settings.decays = list({d.label: d for d in self._decays(kind, cutoff_text, value_text)}.values())
            if kind in ("binary", "linear", "logistic"):
                max_cut = max(d.value for d in settings.decays)
        return measure.name, settings, max_cut

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
        multi = QgsProcessingMultiStepFeedback(2, feedback)
        source = self.read_matrix(parameters, context, multi, parameters[self.ZONES], zones.id_field, max_cut)
        multi.setCurrentStep(1)
        progress = self.progress_callback(multi)
        try:
            tm = self._prepared(source, zones.frame.index, scaled(progress, 0, 0.5), feedback)
            result, names = core.compute(measure, tm, zones.frame, settings, scaled(progress, 0.5, 1.0))
        except ValueError as error:
            if isinstance(error, InputError):
                raise
            raise QgsProcessingException(
                self.tr(
                    "The travel matrix could not be used: field {0} must hold travel times in minutes and "
                    "{1}, {2} the zone ids. Details: {3}"
                ).format(source.columns[2], source.columns[0], source.columns[1], str(error))
            ) from error
        self._report(result, feedback, measure)
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
        return {self.OUTPUT: dest}

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
        tm = core.prepare_matrix(source.chunks, zone_ids, *source.columns, progress=progress)
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

    def _report(self, result, feedback, measure) -> None:
        """Turn the core diagnostics into log lines (nothing is dropped silently)."""
        diag = result.matrix
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
        if diag.n_zones_not_origin:
            feedback.pushWarning(
                self.tr(
                    "{0} zones are never an origin in the matrix (e.g. {1}): they reach nothing "
                    "(accessibility 0, travel time to the closest NULL)."
                ).format(diag.n_zones_not_origin, show_ids(diag.zones_not_origin_examples))
            )
        if diag.n_zones_not_destination:
            feedback.pushWarning(
                self.tr(
                    "{0} zones are never a destination in the matrix (e.g. {1}): nobody reaches their "
                    "opportunities."
                ).format(diag.n_zones_not_destination, show_ids(diag.zones_not_destination_examples))
            )
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
        for label, count in result.n_zones_reaching_nothing.items():
            if count:
                what = (
                    self.tr("{0} zones reach no opportunity ({1}): their travel time is NULL.")
                    if measure == "closest"
                    else self.tr("{0} zones reach no other zone ({1}): their accessibility is 0.")
                )
                feedback.pushInfo(what.format(count, label))
        for label, count in result.destinations_without_demand.items():
            if count:
                feedback.pushWarning(
                    self.tr(
                        "{0} zones with opportunities are reached by no population ({1}): their "
                        "opportunities are not shared out."
                    ).format(count, label)
                )
