"""conecta:tripdistribution — gravity model distribution of trips between zones, with calibration.

Also holds the helpers the other demand algorithms share: reading long OD/cost tables from a layer
or a CSV file, reading zone attributes from any layer (plain tables included) and matching ids
written differently in two tables (``12`` and ``"12"``).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QVariant

from ...core.demand import (
    Deterrence,
    MeanCostTooLow,
    UnattainableMeanCost,
    calibrate_hyman,
    check_costs,
    gravity,
    long_to_dense,
)
from ...core.progress import Cancelled
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.numbers import check_numeric
from ..bridge.tables import (
    field_name,
    id_keys,
    numeric_column,
    parse_matrix_rows,
    plain_ids,
    read_attributes,
    read_long_table,
    show_ids,
    write_table,
)
from ..bridge.writers import id_variant

# ---------------------------------------------------------------- helpers shared by the demand algorithms


# ---------------------------------------------------------------- the algorithm


class TripDistribution(ConectaAlgorithm):
    """Doubly or singly constrained gravity model on a long cost matrix, optionally calibrated (Hyman)."""

    ALG_NAME = "tripdistribution"
    GROUP_ID = "demand"

    ZONES = "ZONES"
    ZONES_ID = "ZONES_ID"
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

    KINDS = ("exponential", "power", "gamma", "table")
    CONSTRAINTS = ("doubly", "production", "attraction")
    BALANCES = ("productions", "attractions", "mean")

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
            "The cost matrix is a long table (one row per origin and destination) from a layer or a CSV "
            "file, e.g. the output of a travel-time matrix. Pairs absent from it are unreachable and get "
            "no trips. When the matrix has no cost within a zone, half the cost to the nearest zone is "
            "used. Unequal totals of productions and attractions are balanced first (reported).\n\n"
            "Output: a table from_id, to_id, trips, cost. The log reports iterations, the final error, "
            "the mean trip cost and the calibrated parameters."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES, self.tr("Zones (polygons, points or a table)"), [QgsProcessing.TypeVector]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ZONES_ID,
                self.tr("Zone id field"),
                defaultValue="id",
                parentLayerParameterName=self.ZONES,
            )
        )
        for key, text, default in (
            (self.PRODUCTIONS, self.tr("Productions field (trips leaving each zone)"), "productions"),
            (self.ATTRACTIONS, self.tr("Attractions field (trips arriving in each zone)"), "attractions"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key,
                    text,
                    defaultValue=default,
                    parentLayerParameterName=self.ZONES,
                    type=QgsProcessingParameterField.Numeric,
                    optional=True,
                )
            )
        matrix = QgsProcessingParameterFeatureSource(
            self.COST_MATRIX, self.tr("Cost matrix (long table or CSV file)"), [QgsProcessing.TypeVector]
        )
        matrix.setHelp(
            self.tr(
                "One row per origin and destination with their ids and the cost (travel time in minutes, "
                "distance or generalised cost). A CSV file path is read directly, which is much faster "
                "for big matrices."
            )
        )
        self.addParameter(matrix)
        for key, text, default in (
            (self.FROM_FIELD, self.tr("Origin id field of the matrix"), "from_id"),
            (self.TO_FIELD, self.tr("Destination id field of the matrix"), "to_id"),
            (self.COST_FIELD, self.tr("Cost field of the matrix"), "travel_time"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key, text, defaultValue=default, parentLayerParameterName=self.COST_MATRIX, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DETERRENCE,
                self.tr("Deterrence function"),
                options=[
                    self.tr("Exponential: exp(−β·cost)"),
                    self.tr("Power: cost^(−β)"),
                    self.tr("Combined (gamma): cost^b · exp(c·cost)"),
                    self.tr("Table of factors by cost band"),
                ],
                defaultValue=0,
            )
        )
        beta = QgsProcessingParameterNumber(
            self.BETA,
            self.tr("β (deterrence parameter)"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=0.1,
            minValue=0.0,
        )
        beta.setHelp(self.tr("Per unit of cost; about 1 / mean trip cost when nothing better is known."))
        self.addParameter(beta)
        calibrate = QgsProcessingParameterNumber(
            self.CALIBRATE_TO_MEAN_COST,
            self.tr("Calibrate β to this observed mean trip cost (0 = do not calibrate)"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=0.0,
            minValue=0.0,
        )
        calibrate.setHelp(
            self.tr(
                "Mean cost of the trips in the OD survey, in the unit of the cost matrix. β is then found with "
                "Hyman's method so the model reproduces it (exponential and power functions)."
            )
        )
        self.addParameter(calibrate)
        for key, text, default in (
            (self.GAMMA_B, self.tr("Combined function: exponent b of cost^b"), -0.5),
            (self.GAMMA_C, self.tr("Combined function: coefficient c of exp(c·cost)"), -0.1),
        ):
            param = QgsProcessingParameterNumber(
                key, text, type=QgsProcessingParameterNumber.Double, defaultValue=default
            )
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        table = QgsProcessingParameterMatrix(
            self.DETERRENCE_TABLE,
            self.tr("Deterrence table: upper bound of each cost band and its factor"),
            headers=[self.tr("Cost up to"), self.tr("Factor")],
            defaultValue=[10, 1.0, 20, 0.6, 30, 0.35, 45, 0.2, 60, 0.1, 90, 0.04],
            optional=True,
        )
        table.setHelp(
            self.tr(
                "Used with the table function: costs from the previous bound (0 for the first band) up to "
                "this bound get this factor; costs above the last bound get 0."
            )
        )
        table.setFlags(table.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(table)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.CONSTRAINT,
                self.tr("Constraint"),
                options=[
                    self.tr("Doubly constrained (productions and attractions)"),
                    self.tr("Production constrained"),
                    self.tr("Attraction constrained"),
                ],
                defaultValue=0,
            )
        )
        balance = QgsProcessingParameterEnum(
            self.BALANCE,
            self.tr("When total productions and attractions differ"),
            options=[
                self.tr("Scale attractions to total productions"),
                self.tr("Scale productions to total attractions"),
                self.tr("Scale both to the mean of the two totals"),
            ],
            defaultValue=0,
        )
        balance.setFlags(balance.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(balance)
        intrazonal = QgsProcessingParameterNumber(
            self.INTRAZONAL_COST,
            self.tr("Cost of trips within a zone"),
            type=QgsProcessingParameterNumber.Double,
            optional=True,
            minValue=0.0,
        )
        intrazonal.setHelp(
            self.tr(
                "Replaces the cost of every trip within a zone. Leave empty to keep the matrix's own values "
                "and use half the cost to the nearest zone where the matrix has none (or zero)."
            )
        )
        intrazonal.setFlags(intrazonal.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(intrazonal)
        tolerance = QgsProcessingParameterNumber(
            self.TOLERANCE,
            self.tr("Balancing tolerance (largest relative error of a zone total)"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=1e-6,
            minValue=0.0,
        )
        tolerance.setFlags(tolerance.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(tolerance)
        iterations = QgsProcessingParameterNumber(
            self.MAX_ITERATIONS,
            self.tr("Maximum balancing iterations"),
            type=QgsProcessingParameterNumber.Integer,
            defaultValue=500,
            minValue=1,
        )
        iterations.setFlags(iterations.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(iterations)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Trips (OD table)"), QgsProcessing.TypeVector
            )
        )
        for key, text in (
            ("TOTAL_TRIPS", self.tr("Total trips")),
            ("MEAN_COST", self.tr("Mean trip cost")),
            ("BETA", self.tr("β used or calibrated")),
            ("ITERATIONS", self.tr("Balancing iterations")),
            ("MAX_ERROR", self.tr("Largest relative error of a zone total")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))
        self.addOutput(QgsProcessingOutputBoolean("CONVERGED", self.tr("Balancing converged")))

    # ------------------------------------------------------------ reading and checking

    def _zones(self, parameters, context, feedback):
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        id_field = self.parameterAsString(parameters, self.ZONES_ID, context)
        prod_field = field_name(self, parameters, self.PRODUCTIONS, context)
        attr_field = field_name(self, parameters, self.ATTRACTIONS, context)
        if zones.fields().lookupField(id_field) < 0:
            raise QgsProcessingException(
                self.tr("Field {} does not exist in the zones layer.").format(id_field)
            )
        check_numeric(zones, prod_field)
        check_numeric(zones, attr_field)
        frame = read_attributes(zones, [id_field, prod_field, attr_field], feedback)
        if frame.empty:
            raise QgsProcessingException(self.tr("The zones layer has no features."))
        null_id = frame[id_field].isna().to_numpy()
        if null_id.any():
            feedback.pushWarning(
                self.tr("{0} zones have no value in field {1} and were left out.").format(
                    int(null_id.sum()), id_field
                )
            )
            frame = frame.loc[~null_id].reset_index(drop=True)
        keys = id_keys(frame[id_field])
        duplicated = pd.Series(keys).duplicated(keep=False).to_numpy()
        if duplicated.any():
            raise QgsProcessingException(
                self.tr("Zone ids must be unique, but field {0} repeats: {1}.").format(
                    id_field, show_ids(pd.unique(frame[id_field][duplicated]))
                )
            )
        totals = []
        for field in (prod_field, attr_field):
            values, n_null = numeric_column(frame, field)
            if n_null:
                feedback.pushWarning(
                    self.tr("{0} zones have no value in field {1}: counted as 0.").format(n_null, field)
                )
            values[np.isnan(values)] = 0.0
            if np.any(values < 0):
                raise QgsProcessingException(
                    self.tr("Field {0} has {1} negative values: trips must be zero or positive.").format(
                        field, int((values < 0).sum())
                    )
                )
            if values.sum() <= 0:
                raise QgsProcessingException(
                    self.tr("Every zone has 0 in field {}: there are no trips to distribute.").format(field)
                )
            totals.append(values)
        return frame[id_field].tolist(), keys, totals[0], totals[1], (prod_field, attr_field)

    def _costs(self, parameters, context, feedback, zone_keys):
        columns = [
            field_name(self, parameters, key, context)
            for key in (self.FROM_FIELD, self.TO_FIELD, self.COST_FIELD)
        ]
        frame = read_long_table(self, parameters, self.COST_MATRIX, context, columns, feedback)
        if frame.empty:
            raise QgsProcessingException(self.tr("The cost matrix has no rows."))
        costs, n_bad = numeric_column(frame, columns[2])
        if n_bad:
            feedback.pushWarning(
                self.tr(
                    "{0} rows of the cost matrix have no number in field {1}: those pairs are unreachable."
                ).format(n_bad, columns[2])
            )
        no_id = frame[columns[0]].isna().to_numpy() | frame[columns[1]].isna().to_numpy()
        dense = long_to_dense(
            id_keys(frame[columns[0]][~no_id]), id_keys(frame[columns[1]][~no_id]), costs[~no_id], zone_keys
        )
        if dense.n_rows_dropped:
            unknown = list(dict.fromkeys(dense.unknown_from_ids + dense.unknown_to_ids))
            feedback.pushWarning(
                self.tr(
                    "{0} rows of the cost matrix refer to {1} ids that are not zones and were left out: {2}."
                ).format(dense.n_rows_dropped, len(unknown), show_ids(unknown))
            )
        if dense.n_rows_dropped + int(no_id.sum()) == len(frame):
            raise QgsProcessingException(
                self.tr(
                    "No row of the cost matrix matches the zone ids (matrix ids such as {0}; zone ids such as "
                    "{1}): check the zone id field and the id fields of the matrix."
                ).format(show_ids(pd.unique(frame[columns[0]])), show_ids(zone_keys))
            )
        if dense.n_duplicates:
            feedback.pushWarning(
                self.tr(
                    "{} origin-destination pairs appear more than once in the cost matrix: the last row is used."
                ).format(dense.n_duplicates)
            )
        return dense.matrix, columns[2]

    def _intrazonal(self, parameters, context, feedback, cost: np.ndarray) -> np.ndarray:
        n = cost.shape[0]
        diagonal = np.arange(n)
        value = parameters.get(self.INTRAZONAL_COST)
        if value is not None and value != "":
            cost[diagonal, diagonal] = self.parameterAsDouble(parameters, self.INTRAZONAL_COST, context)
            return cost
        current = cost[diagonal, diagonal]
        fill = ~np.isfinite(current) | (current <= 0)
        if not fill.any():
            return cost
        off = cost.copy()
        off[diagonal, diagonal] = np.inf
        off[~np.isfinite(off) | (off <= 0)] = np.inf
        nearest = off.min(axis=1)
        cost[diagonal[fill], diagonal[fill]] = np.where(
            np.isfinite(nearest[fill]), 0.5 * nearest[fill], np.nan
        )
        feedback.pushInfo(
            self.tr(
                "{} zones have no cost (or zero) for trips within the zone: half the cost to their nearest zone is used."
            ).format(int(fill.sum()))
        )
        return cost

    def _deterrence(self, parameters, context, kind: str, cost: np.ndarray) -> Deterrence:
        if kind == "table":
            rows = parse_matrix_rows(self.parameterAsMatrix(parameters, self.DETERRENCE_TABLE, context), 2)
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
            return Deterrence("table", edges=tuple([0.0, *bounds]), factors=tuple(factors))
        beta = self.parameterAsDouble(parameters, self.BETA, context)
        if kind == "gamma":
            b = self.parameterAsDouble(parameters, self.GAMMA_B, context)
            c = self.parameterAsDouble(parameters, self.GAMMA_C, context)
            return Deterrence("gamma", gamma_b=b, gamma_c=c)
        return Deterrence(kind, beta=beta)

    # ------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):
        zone_ids, zone_keys, productions, attractions, names = self._zones(parameters, context, feedback)
        feedback.setProgress(5)
        cost, cost_name = self._costs(parameters, context, feedback, zone_keys)
        feedback.setProgress(15)
        if feedback.isCanceled():
            return {}
        cost = self._intrazonal(parameters, context, feedback, cost)
        kind = self.KINDS[self.parameterAsEnum(parameters, self.DETERRENCE, context)]
        constraint = self.CONSTRAINTS[self.parameterAsEnum(parameters, self.CONSTRAINT, context)]
        balance = self.BALANCES[self.parameterAsEnum(parameters, self.BALANCE, context)]
        target = self.parameterAsDouble(parameters, self.CALIBRATE_TO_MEAN_COST, context)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        max_iterations = self.parameterAsInt(parameters, self.MAX_ITERATIONS, context)

        check = check_costs(cost)
        if check.n_negative:
            raise QgsProcessingException(
                self.tr("The cost matrix has {} negative costs: costs must be zero or positive.").format(
                    check.n_negative
                )
            )
        deterrence = self._deterrence(parameters, context, kind, cost)
        power_like = kind == "power" or (kind == "gamma" and deterrence.gamma_b < 0)
        if power_like and check.n_zero:
            raise QgsProcessingException(
                self.tr(
                    "The cost matrix has {} zero costs, but the power and combined functions need costs above "
                    "zero: use the exponential function or set a cost for trips within a zone."
                ).format(check.n_zero)
            )
        if target > 0 and kind not in ("exponential", "power"):
            raise QgsProcessingException(
                self.tr(
                    "Calibration to a mean trip cost works with the exponential or the power function only."
                )
            )
        n = len(zone_ids)
        if check.n_missing:
            feedback.pushWarning(
                self.tr(
                    "{0} of {1} origin-destination pairs have no cost: they are unreachable and get no trips."
                ).format(check.n_missing, n * n)
            )
        for values, name in ((productions, names[0]), (attractions, names[1])):
            zeros = int((values == 0).sum())
            if zeros:
                feedback.pushInfo(self.tr("{0} zones have 0 in field {1}.").format(zeros, name))

        progress = self.progress_callback(feedback, 15, 90)
        try:
            if target > 0:
                calibration = calibrate_hyman(
                    productions,
                    attractions,
                    cost,
                    target,
                    kind=kind,
                    constraint=constraint,
                    tolerance=1e-4,
                    beta_start=None,
                    balancing_tolerance=tolerance,
                    balancing_max_iterations=max_iterations,
                    balance=balance,
                    progress=progress,
                )
                result = calibration.distribution
                feedback.pushInfo(
                    localized(
                        self.tr(
                            "Hyman calibration: β = {0:.6g} after {1} runs (observed mean cost {2:.4g}, modelled {3:.4g})."
                        )
                    ).format(calibration.beta, calibration.iterations, target, calibration.modelled_mean_cost)
                )
                if not calibration.converged:
                    feedback.reportError(
                        self.tr(
                            "The calibration did not reach the observed mean trip cost: check that the cost "
                            "matrix and the observed mean use the same unit."
                        ),
                        False,
                    )
            else:
                result = gravity(
                    productions,
                    attractions,
                    cost,
                    deterrence,
                    constraint=constraint,
                    tolerance=tolerance,
                    max_iterations=max_iterations,
                    balance=balance,
                    progress=progress,
                )
        except Cancelled:
            return {}
        except UnattainableMeanCost as error:
            raise QgsProcessingException(
                localized(
                    self.tr(
                        "The observed mean trip cost {0:.4g} cannot be reached: with these zones and this cost matrix the "
                        "mean trip cost is at most {1:.4g} (no deterrence at all). Check that both use the same unit and "
                        "that the matrix's time limit covers the trips observed."
                    )
                ).format(error.observed, error.max_mean)
            ) from error
        except MeanCostTooLow as error:
            raise QgsProcessingException(
                localized(
                    self.tr(
                        "The observed mean trip cost {0:.4g} is too low for these zones and this cost matrix: the "
                        "gravity model cannot bring its mean that low, its balancing fails as the trips crowd onto "
                        "the cheapest pairs. Check that the matrix and the observed mean use the same unit."
                    )
                ).format(error.observed)
            ) from error
        except ValueError as error:
            raise QgsProcessingException(
                self.tr("The gravity model cannot run: {}").format(str(error))
            ) from error

        self._report(feedback, result, n, zone_ids)
        trips = result.trips
        rows, cols = np.nonzero(trips > 0)
        ids = plain_ids(zone_ids)
        kind_id = id_variant(ids)
        id_array = np.empty(n, dtype=object)
        id_array[:] = ids
        dest_id, written = write_table(
            self,
            parameters,
            self.OUTPUT,
            context,
            [("from_id", kind_id), ("to_id", kind_id), ("trips", QVariant.Double), ("cost", QVariant.Double)],
            [id_array[rows], id_array[cols], trips[rows, cols], cost[rows, cols]],
            feedback,
        )
        if feedback.isCanceled():
            return {}
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("{} origin-destination pairs with trips written.").format(written))
        beta = (
            result.deterrence.beta
            if result.deterrence is not None and kind in ("exponential", "power")
            else math.nan
        )
        return {
            self.OUTPUT: dest_id,
            "TOTAL_TRIPS": float(trips.sum()),
            "MEAN_COST": float(result.mean_cost),
            "BETA": float(beta),
            "ITERATIONS": int(result.iterations),
            "MAX_ERROR": float(result.max_relative_error),
            "CONVERGED": bool(result.converged),
        }

    def _report(self, feedback, result, n: int, zone_ids: list) -> None:
        report = result.balance
        if report is not None:
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
        ids = np.asarray(zone_ids, dtype=object)
        if result.rebalanced_parts:
            feedback.pushWarning(
                self.tr(
                    "The zones form {} groups between which no trip is possible (for example an island of the "
                    "network): attractions were scaled within each group to its productions."
                ).format(result.rebalanced_parts + 1)
            )
        if len(result.stranded_origins):
            feedback.pushWarning(
                self.tr("{0} zones produce trips but cannot reach any attracting zone: {1}.").format(
                    len(result.stranded_origins), show_ids(ids[result.stranded_origins])
                )
            )
        if len(result.stranded_destinations):
            feedback.pushWarning(
                self.tr("{0} zones attract trips but no producing zone reaches them: {1}.").format(
                    len(result.stranded_destinations), show_ids(ids[result.stranded_destinations])
                )
            )
        det = result.deterrence
        parameters = ", ".join(f"{k} = {v:.6g}" for k, v in det.parameters().items()) if det else ""
        names = {
            "exponential": self.tr("exponential"),
            "power": self.tr("power"),
            "gamma": self.tr("combined (gamma)"),
            "table": self.tr("table"),
        }
        feedback.pushInfo(
            self.tr("Deterrence function: {0} ({1}).").format(names[det.kind] if det else "", parameters)
        )
        feedback.pushInfo(
            localized(
                self.tr(
                    "{0} zones; {1:,.1f} trips; {2} balancing iterations; largest relative error of a zone total "
                    "{3:.3g}; mean trip cost {4:.4g}."
                )
            ).format(n, result.total_trips, result.iterations, result.max_relative_error, result.mean_cost)
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
