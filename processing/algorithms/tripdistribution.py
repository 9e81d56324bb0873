"""conecta:tripdistribution — gravity model distribution of trips between zones, with calibration."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterMatrix,
)
from qgis.PyQt.QtCore import QVariant

from ...core import demand as core
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.demand import field_or_default, matrix_rows
from ..bridge.messages import push_count, push_null_zones, show_ids
from ..bridge.params import ZonesInput
from ..bridge.readers import long_table_chunks
from ..bridge.writers import id_variant, write_table

DETERRENCE_TABLE = [10, 1.0, 20, 0.6, 30, 0.35, 45, 0.2, 60, 0.1, 90, 0.04]
"""Default factors by cost band (upper bound, factor)."""


class TripDistribution(ZonesInput, ConectaAlgorithm):
    """Doubly or singly constrained gravity model on a long cost matrix, optionally calibrated (Hyman)."""

    ALG_NAME = "tripdistribution"
    GROUP_ID = "demand"

    PRODUCTIONS = "PRODUCTIONS"
    ATTRACTIONS = "ATTRACTIONS"
    COST_MATRIX = "COST_MATRIX"
    FROM_FIELD = "FROM_FIELD"
    TO_FIELD = "TO_FIELD"
    COST_FIELD = "COST_FIELD"
    DETERRENCE = "DETERRENCE"
    BETA = "BETA"
    CALIBRATE_TO_MEAN_COST = "CALIBRATE_TO_MEAN_COST"
    GAMMA_B = "GAMMA_B"
    GAMMA_C = "GAMMA_C"
    DETERRENCE_TABLE = "DETERRENCE_TABLE"
    CONSTRAINT = "CONSTRAINT"
    BALANCE = "BALANCE"
    INTRAZONAL_COST = "INTRAZONAL_COST"
    TOLERANCE = "TOLERANCE"
    MAX_ITERATIONS = "MAX_ITERATIONS"
    OUTPUT = "OUTPUT"

    KINDS = core.DETERRENCE_KINDS
    CONSTRAINTS = core.CONSTRAINTS
    BALANCES = core.BALANCE_METHODS

    def displayName(self) -> str:
        return self.tr("Trip distribution (gravity model)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Distributes the trips produced and attracted by each zone between every pair of zones with "
            "the gravity model T_ij = A_i O_i B_j D_j f(c_ij) (Ortúzar & Willumsen, Modelling Transport, "
            "4th ed., 2011, ch. 5), doubly constrained (Furness balancing) or constrained on productions "
            "or attractions only.\n\n"
            "The deterrence function f is exponential exp(−β c), power c^(−β), combined (gamma) "
            "c^b · exp(c₁ c) or a table of factors by cost band. A typical starting β is 1 / mean trip "
            "time (about 0.017/min public transport, 0.03/min car, 0.08/min walking and cycling). Give an "
            "observed mean trip cost (from an OD survey) to calibrate β with Hyman's method instead.\n\n"
            "The cost matrix is a long table (one row per origin and destination) from a layer, or a CSV, "
            "CSV.gz or Parquet file, e.g. the output of a travel-time matrix. Pairs absent from it, or "
            "without a cost, are unreachable and get no trips; a pair that appears twice is refused. When "
            "the matrix has no cost within a zone, half the cost to the nearest zone is used. Unequal "
            "totals of productions and attractions are balanced first (reported).\n\n"
            "The model works on zones × zones matrices (16 bytes per pair of zones): a run that would not "
            "fit in the memory available is refused with the size it needs.\n\n"
            "Output: a table from_id, to_id, trips, cost. The log reports iterations, the final error, "
            "the mean trip cost and the calibrated parameters."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_zone_parameters(self.tr("Zones (polygons, points or a table)"), tables=True, id_default="id")
        for key, text, default in (
            (self.PRODUCTIONS, self.tr("Productions field (trips leaving each zone)"), "productions"),
            (self.ATTRACTIONS, self.tr("Attractions field (trips arriving in each zone)"), "attractions"),
        ):
            self.add_field(key, text, self.ZONES, numeric=True, optional=True, default=default)
        self.add_layer(
            self.COST_MATRIX, self.tr("Cost matrix (long table or CSV file)"), [QgsProcessing.TypeVector],
            help_text=self.tr(
                "One row per origin and destination with their ids and the cost (travel time in minutes, "
                "distance or generalised cost). A CSV, CSV.gz or Parquet file is read directly, in chunks, "
                "which is much faster for big matrices."
            ),
        )  # fmt: skip
        for key, text, default in (
            (self.FROM_FIELD, self.tr("Origin id field of the matrix"), "from_id"),
            (self.TO_FIELD, self.tr("Destination id field of the matrix"), "to_id"),
            (self.COST_FIELD, self.tr("Cost field of the matrix"), "travel_time"),
        ):
            self.add_field(key, text, self.COST_MATRIX, optional=True, default=default)
        self._add_model_parameters()
        self.add_sink(self.OUTPUT, self.tr("Trips (OD table)"), QgsProcessing.TypeVector)
        for key, text in (
            ("TOTAL_TRIPS", self.tr("Total trips")),
            ("MEAN_COST", self.tr("Mean trip cost")),
            ("BETA", self.tr("β used or calibrated")),
            ("ITERATIONS", self.tr("Balancing iterations")),
            ("MAX_ERROR", self.tr("Largest relative error of a zone total")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))
        self.addOutput(QgsProcessingOutputBoolean("CONVERGED", self.tr("Balancing converged")))

    def _add_model_parameters(self) -> None:
        """The deterrence function, its calibration, the constraint and the balancing."""
        functions = [
            self.tr("Exponential: exp(−β·cost)"),
            self.tr("Power: cost^(−β)"),
            self.tr("Combined (gamma): cost^b · exp(c·cost)"),
            self.tr("Table of factors by cost band"),
        ]
        self.add_choice(self.DETERRENCE, self.tr("Deterrence function"), functions)
        self.add_number(
            self.BETA, self.tr("β (deterrence parameter)"), 0.1, minimum=0.0,
            help_text=self.tr("Per unit of cost; about 1 / mean trip cost when nothing better is known."),
        )  # fmt: skip
        self.add_number(
            self.CALIBRATE_TO_MEAN_COST, self.tr("Calibrate β to this observed mean trip cost (0 = do not calibrate)"),
            0.0, minimum=0.0,
            help_text=self.tr(
                "Mean cost of the trips in the OD survey, in the unit of the cost matrix. β is then found with "
                "Hyman's method so the model reproduces it (exponential and power functions)."
            ),
        )  # fmt: skip
        for key, text, default in (
            (self.GAMMA_B, self.tr("Combined function: exponent b of cost^b"), -0.5),
            (self.GAMMA_C, self.tr("Combined function: coefficient c of exp(c·cost)"), -0.1),
        ):
            self.add_number(key, text, default, advanced=True)
        table = QgsProcessingParameterMatrix(
            self.DETERRENCE_TABLE,
            self.tr("Deterrence table: upper bound of each cost band and its factor"),
            headers=[self.tr("Cost up to"), self.tr("Factor")],
            defaultValue=DETERRENCE_TABLE,
            optional=True,
        )
        self.add(
            table, advanced=True,
            help_text=self.tr(
                "Used with the table function: costs from the previous bound (0 for the first band) up to "
                "this bound get this factor; costs above the last bound get 0."
            ),
        )  # fmt: skip
        constraints = [
            self.tr("Doubly constrained (productions and attractions)"),
            self.tr("Production constrained"),
            self.tr("Attraction constrained"),
        ]
        self.add_choice(self.CONSTRAINT, self.tr("Constraint"), constraints)
        balances = [
            self.tr("Scale attractions to total productions"),
            self.tr("Scale productions to total attractions"),
            self.tr("Scale both to the mean of the two totals"),
        ]
        self.add_choice(
            self.BALANCE, self.tr("When total productions and attractions differ"), balances, advanced=True
        )
        self.add_number(
            self.INTRAZONAL_COST, self.tr("Cost of trips within a zone"), None, minimum=0.0, optional=True,
            advanced=True,
            help_text=self.tr(
                "Replaces the cost of every trip within a zone. Leave empty to keep the matrix's own values "
                "and use half the cost to the nearest zone where the matrix has none (or zero)."
            ),
        )  # fmt: skip
        self.add_number(
            self.TOLERANCE, self.tr("Balancing tolerance (largest relative error of a zone total)"), 1e-6,
            minimum=0.0, advanced=True,
        )  # fmt: skip
        self.add_number(
            self.MAX_ITERATIONS, self.tr("Maximum balancing iterations"), 500, minimum=1, integer=True,
            advanced=True,
        )  # fmt: skip

    def input_messages(self) -> dict:
        return {
            "empty_matrix": self.tr("The cost matrix has no rows."),
            "no_match": self.tr(
                "No row of the cost matrix matches the zone ids (matrix ids such as {matrix_ids}; zone ids such as "
                "{zone_ids}): check the zone id field and the id fields of the matrix."
            ),
            "repeated_pairs": self.tr(
                "{n} origin-destination pairs appear more than once in the cost matrix (e.g. {examples}): each "
                "pair must appear once. Remove or aggregate the repeated rows."
            ),
            "unattainable_mean": localized(
                self.tr(
                    "The observed mean trip cost {observed:.4g} cannot be reached: with these zones and this cost "
                    "matrix the mean trip cost is at most {max_mean:.4g} (no deterrence at all). Check that both "
                    "use the same unit and that the matrix's time limit covers the trips observed."
                )
            ),
            "mean_too_low": localized(
                self.tr(
                    "The observed mean trip cost {observed:.4g} is too low for these zones and this cost matrix: "
                    "the gravity model cannot bring its mean that low, its balancing fails as the trips crowd onto "
                    "the cheapest pairs. Check that the matrix and the observed mean use the same unit."
                )
            ),
        }

    # ------------------------------------------------------------ parameters

    def _deterrence(self, parameters, context) -> core.Deterrence:
        """The deterrence function of the parameters."""
        kind = self.KINDS[self.parameterAsEnum(parameters, self.DETERRENCE, context)]
        if kind == "gamma":
            b = self.parameterAsDouble(parameters, self.GAMMA_B, context)
            c = self.parameterAsDouble(parameters, self.GAMMA_C, context)
            return core.Deterrence("gamma", gamma_b=b, gamma_c=c)
        if kind != "table":
            return core.Deterrence(kind, beta=self.parameterAsDouble(parameters, self.BETA, context))
        rows = matrix_rows(self.parameterAsMatrix(parameters, self.DETERRENCE_TABLE, context), 2)
        try:
            bounds = [float(str(r[0]).replace(",", ".")) for r in rows]
            factors = [float(str(r[1]).replace(",", ".")) for r in rows]
        except ValueError as error:
            raise QgsProcessingException(
                self.tr("The deterrence table must hold numbers only (cost bound and factor).")
            ) from error
        if not rows or bounds[0] <= 0 or np.any(np.diff(bounds) <= 0) or min(factors) < 0:
            raise QgsProcessingException(
                self.tr(
                    "The deterrence table needs at least one row, positive cost bounds in increasing order "
                    "and factors of zero or more."
                )
            )
        return core.Deterrence("table", edges=tuple([0.0, *bounds]), factors=tuple(factors))

    def _settings(self, parameters, context) -> core.DistributionSettings:
        """The model settings of the parameters."""
        intrazonal = parameters.get(self.INTRAZONAL_COST)
        return core.DistributionSettings(
            deterrence=self._deterrence(parameters, context),
            constraint=self.CONSTRAINTS[self.parameterAsEnum(parameters, self.CONSTRAINT, context)],
            balance=self.BALANCES[self.parameterAsEnum(parameters, self.BALANCE, context)],
            tolerance=self.parameterAsDouble(parameters, self.TOLERANCE, context),
            max_iterations=self.parameterAsInt(parameters, self.MAX_ITERATIONS, context),
            intrazonal_cost=None
            if intrazonal in (None, "")
            else self.parameterAsDouble(parameters, self.INTRAZONAL_COST, context),
            target_mean_cost=self.parameterAsDouble(parameters, self.CALIBRATE_TO_MEAN_COST, context),
        )

    # ------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        """Read the zones and the cost matrix, distribute (one core call), report and write the OD table."""
        settings = self._settings(parameters, context)
        names = [
            field_or_default(self, parameters, key, context) for key in (self.PRODUCTIONS, self.ATTRACTIONS)
        ]
        zones = self.read_zone_layer(parameters, context, feedback, names, geometry=False)
        columns = [
            field_or_default(self, parameters, key, context)
            for key in (self.FROM_FIELD, self.TO_FIELD, self.COST_FIELD)
        ]
        chunks = long_table_chunks(self, parameters, self.COST_MATRIX, context, columns, feedback)
        progress = self.progress_callback(feedback, 5, 90)
        run = core.distribute(zones.frame, *names, chunks, columns, settings, progress)
        self._report_inputs(run, settings, columns[2], feedback)
        self._report_model(run, zones.frame.index, feedback)
        ids = zones.frame.index.to_numpy(dtype=object)
        table = pd.DataFrame(
            {"from_id": ids[run.origin], "to_id": ids[run.destination], "trips": run.trips, "cost": run.cost}
        )
        kind = id_variant(ids)
        types = {"from_id": kind, "to_id": kind, "trips": QVariant.Double, "cost": QVariant.Double}
        dest_id = write_table(self, parameters, self.OUTPUT, context, feedback, table, types)
        feedback.pushInfo(self.tr("{} origin-destination pairs with trips written.").format(len(table)))
        result = run.result
        exp_or_power = result.deterrence is not None and result.deterrence.kind in ("exponential", "power")
        return {
            self.OUTPUT: dest_id,
            "TOTAL_TRIPS": run.total_trips,
            "MEAN_COST": float(result.mean_cost),
            "BETA": float(result.deterrence.beta) if exp_or_power else math.nan,
            "ITERATIONS": int(result.iterations),
            "MAX_ERROR": float(result.max_relative_error),
            "CONVERGED": bool(result.converged),
        }

    # ------------------------------------------------------------ log

    def _report_inputs(self, run, settings, cost_field: str, feedback) -> None:
        """What the zones and the matrix held: NULL totals, unknown ids, missing costs, intrazonal costs."""
        for total in run.totals:
            push_null_zones(feedback, total.n_null, total.field)
            push_count(
                feedback, total.n_zero, self.tr("{0} zones have 0 in field {1}."), total.field, info=True
            )
        diag = run.matrix
        unknown = diag.n_rows_unknown_origin + diag.n_rows_unknown_destination
        if unknown:
            feedback.pushWarning(
                self.tr(
                    "{0} rows of the cost matrix refer to {1} ids that are not zones and were left out: {2}."
                ).format(unknown, diag.n_unknown_ids, show_ids(diag.unknown_id_examples))
            )
        push_count(
            feedback,
            diag.n_rows_null_cost,
            self.tr("{0} rows of the cost matrix have no number in field {1}: those pairs are unreachable."),
            cost_field,
        )
        if run.n_intrazonal_filled and settings.intrazonal_cost is None:
            feedback.pushInfo(
                self.tr(
                    "{} zones have no cost (or zero) for trips within the zone: half the cost to their nearest zone is used."
                ).format(run.n_intrazonal_filled)
            )
        push_count(
            feedback,
            run.costs.n_missing,
            self.tr(
                "{0} of {1} origin-destination pairs have no cost: they are unreachable and get no trips."
            ),
            run.costs.n_pairs,
        )

    def _report_calibration(self, calibration, feedback) -> None:
        """The calibrated β, and a warning when Hyman's method did not reach the observed mean."""
        feedback.pushInfo(
            localized(
                self.tr(
                    "Hyman calibration: β = {0:.6g} after {1} runs (observed mean cost {2:.4g}, modelled {3:.4g})."
                )
            ).format(
                calibration.beta,
                calibration.iterations,
                calibration.observed_mean_cost,
                calibration.modelled_mean_cost,
            )
        )
        if not calibration.converged:
            feedback.reportError(
                self.tr(
                    "The calibration did not reach the observed mean trip cost: check that the cost "
                    "matrix and the observed mean use the same unit."
                ),
                False,
            )

    def _report_balance(self, report, feedback) -> None:
        """How unequal totals of productions and attractions were made equal."""
        method = {
            "productions": self.tr("attractions were scaled to total productions"),
            "attractions": self.tr("productions were scaled to total attractions"),
            "mean": self.tr("both were scaled to the mean of the two totals"),
        }[report.method]
        feedback.pushWarning(
            localized(
                self.tr(
                    "Total productions ({0:,.1f}) and attractions ({1:,.1f}) differ: {2} (productions × {3:.6g}, "
                    "attractions × {4:.6g}; total {5:,.1f})."
                )
            ).format(
                report.total_productions_before,
                report.total_attractions_before,
                method,
                report.production_factor,
                report.attraction_factor,
                report.total_after,
            )
        )

    def _report_model(self, run, zone_ids, feedback) -> None:
        """The balancing, islands and stranded zones, the deterrence function used and the convergence."""
        result = run.result
        if run.calibration is not None:
            self._report_calibration(run.calibration, feedback)
        if result.balance is not None:
            self._report_balance(result.balance, feedback)
        ids = zone_ids.to_numpy(dtype=object)
        if result.rebalanced_parts:
            feedback.pushWarning(
                self.tr(
                    "The zones form {} groups between which no trip is possible (for example an island of the "
                    "network): attractions were scaled within each group to its productions."
                ).format(result.rebalanced_parts + 1)
            )
        push_count(
            feedback,
            len(result.stranded_origins),
            self.tr("{0} zones produce trips but cannot reach any attracting zone: {1}."),
            examples=ids[result.stranded_origins],
        )
        push_count(
            feedback,
            len(result.stranded_destinations),
            self.tr("{0} zones attract trips but no producing zone reaches them: {1}."),
            examples=ids[result.stranded_destinations],
        )
        det = result.deterrence
        names = {
            "exponential": self.tr("exponential"),
            "power": self.tr("power"),
            "gamma": self.tr("combined (gamma)"),
            "table": self.tr("table"),
        }
        parameters = ", ".join(f"{k} = {v:.6g}" for k, v in det.parameters().items())
        feedback.pushInfo(self.tr("Deterrence function: {0} ({1}).").format(names[det.kind], parameters))
        feedback.pushInfo(
            localized(
                self.tr(
                    "{0} zones; {1:,.1f} trips; {2} balancing iterations; largest relative error of a zone total "
                    "{3:.3g}; mean trip cost {4:.4g}."
                )
            ).format(
                len(ids), run.total_trips, result.iterations, result.max_relative_error, result.mean_cost
            )
        )
        if not result.converged:
            feedback.reportError(
                localized(
                    self.tr(
                        "The balancing did not converge within the iteration limit (largest error {:.3g}): the trips are "
                        "written, but raise the maximum iterations or check zones that cannot be reached."
                    )
                ).format(result.max_relative_error),
                False,
            )
