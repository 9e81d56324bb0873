"""conecta:modesplit — multinomial logit split of an OD table into trips by mode, and mode shares."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ...core.demand import logit_mode_split
from ...core.progress import Cancelled
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.tables import (
    field_name,
    id_keys,
    no_geometry_sink,
    numeric_column,
    parse_matrix_rows,
    plain_ids,
    read_long_table,
    read_od,
    write_table,
)
from ..bridge.writers import add_rows, id_variant

#: Placeholder coefficients (per minute): generic time coefficient, no constants. Calibrate locally.
DEFAULT_COEFFICIENTS = [
    "walk", 0.0, -0.05, 0.0,
    "bicycle", 0.0, -0.05, 0.0,
    "car", 0.0, -0.05, 0.0,
    "transit", 0.0, -0.05, 0.0,
]  # fmt: skip


class ModeSplit(ConectaAlgorithm):
    """Splits trips between walking, cycling, car and public transport with a multinomial logit model."""

    ALG_NAME = "modesplit"
    GROUP_ID = "demand"

    OD = "OD"
    OD_FROM = "OD_FROM"
    OD_TO = "OD_TO"
    OD_TRIPS = "OD_TRIPS"
    MODES = ("walk", "bicycle", "car", "transit")
    MATRICES = {
        "walk": "WALK_MATRIX",
        "bicycle": "BICYCLE_MATRIX",
        "car": "CAR_MATRIX",
        "transit": "TRANSIT_MATRIX",
    }
    FROM_FIELD = "FROM_FIELD"
    TO_FIELD = "TO_FIELD"
    TIME_FIELD = "TIME_FIELD"
    COST_FIELD = "COST_FIELD"
    COEFFICIENTS = "COEFFICIENTS"
    OUTPUT = "OUTPUT"
    SHARES = "SHARES"

    def displayName(self) -> str:
        return self.tr("Mode split (multinomial logit)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Splits the trips of an OD table between modes with a multinomial logit model (Ortúzar & "
            "Willumsen, Modelling Transport, 4th ed., 2011, ch. 7): P_m = exp(V_m) / Σ_k exp(V_k) with "
            "V_m = constant_m + time coefficient_m × time_m + cost coefficient_m × cost_m.\n\n"
            "Give one travel-time matrix (long table or CSV file: origin id, destination id, time, and "
            "optionally a monetary cost) for each mode to consider: walking, bicycle, car, public "
            "transport. A mode is not available for a pair missing from its matrix. The coefficients "
            "table has one row per mode; the defaults (no constants, −0.05 per minute) are placeholders: "
            "estimate the coefficients from the local OD survey.\n\n"
            "Outputs: the OD table with the trips by mode, and a table of mode shares by origin zone."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.OD, self.tr("OD table (trips by origin and destination)"), [QgsProcessing.TypeVector]
            )
        )
        for key, text, default in (
            (self.OD_FROM, self.tr("Origin id field of the OD table"), "from_id"),
            (self.OD_TO, self.tr("Destination id field of the OD table"), "to_id"),
            (self.OD_TRIPS, self.tr("Trips field of the OD table"), "trips"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key, text, defaultValue=default, parentLayerParameterName=self.OD, optional=True
                )
            )
        labels = {
            "walk": self.tr("Walking travel-time matrix"),
            "bicycle": self.tr("Bicycle travel-time matrix"),
            "car": self.tr("Car travel-time matrix"),
            "transit": self.tr("Public transport travel-time matrix"),
        }
        for mode in self.MODES:
            self.addParameter(
                QgsProcessingParameterFeatureSource(
                    self.MATRICES[mode], labels[mode], [QgsProcessing.TypeVector], optional=True
                )
            )
        for key, text, default in (
            (self.FROM_FIELD, self.tr("Origin id field of the matrices"), "from_id"),
            (self.TO_FIELD, self.tr("Destination id field of the matrices"), "to_id"),
            (self.TIME_FIELD, self.tr("Travel time field of the matrices"), "travel_time"),
        ):
            param = QgsProcessingParameterString(key, text, defaultValue=default)
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        cost = QgsProcessingParameterString(
            self.COST_FIELD, self.tr("Monetary cost field of the matrices"), optional=True
        )
        cost.setHelp(self.tr("Optional: used with the cost coefficients, in matrices that have this field."))
        cost.setFlags(cost.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(cost)
        coefficients = QgsProcessingParameterMatrix(
            self.COEFFICIENTS,
            self.tr("Utility coefficients by mode"),
            headers=[
                self.tr("Mode"),
                self.tr("Constant"),
                self.tr("Time coefficient"),
                self.tr("Cost coefficient"),
            ],
            defaultValue=DEFAULT_COEFFICIENTS,
            optional=True,
        )
        coefficients.setHelp(
            self.tr(
                "Mode is one of walk, bicycle, car, transit. Time coefficients are per unit of the matrices' "
                "time (usually minutes) and negative; one constant is usually fixed at 0."
            )
        )
        self.addParameter(coefficients)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Trips by mode (OD table)"), QgsProcessing.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SHARES, self.tr("Mode shares by origin zone"), QgsProcessing.TypeVector
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber("TRIPS_WITHOUT_MODE", self.tr("Trips between pairs with no mode"))
        )

    def _coefficients(self, parameters, context, modes: list[str]) -> dict:
        rows = parse_matrix_rows(self.parameterAsMatrix(parameters, self.COEFFICIENTS, context), 4)
        if not rows:
            rows = parse_matrix_rows(DEFAULT_COEFFICIENTS, 4)
        table = {}
        for row in rows:
            mode = str(row[0]).strip().lower()
            if mode not in self.MODES:
                raise QgsProcessingException(
                    self.tr("Unknown mode '{0}' in the coefficients table: use {1}.").format(
                        row[0], ", ".join(self.MODES)
                    )
                )
            try:
                table[mode] = [float(str(v if v not in (None, "") else 0).replace(",", ".")) for v in row[1:]]
            except ValueError as error:
                raise QgsProcessingException(
                    self.tr("The coefficients of mode {} must be numbers.").format(mode)
                ) from error
        missing = [m for m in modes if m not in table]
        if missing:
            raise QgsProcessingException(
                self.tr("The coefficients table has no row for {}, which has a matrix.").format(
                    ", ".join(missing)
                )
            )
        return table

    def processAlgorithm(self, parameters, context, feedback):
        names = [
            field_name(self, parameters, key, context) for key in (self.OD_FROM, self.OD_TO, self.OD_TRIPS)
        ]
        od = read_od(self, parameters, self.OD, context, *names, feedback)
        modes = [m for m in self.MODES if parameters.get(self.MATRICES[m]) not in (None, "")]
        if not modes:
            raise QgsProcessingException(self.tr("Give the travel-time matrix of at least one mode."))
        coefficients = self._coefficients(parameters, context, modes)
        labels = {
            "walk": self.tr("walking"),
            "bicycle": self.tr("bicycle"),
            "car": self.tr("car"),
            "transit": self.tr("public transport"),
        }
        columns = [
            self.parameterAsString(parameters, k, context)
            for k in (self.FROM_FIELD, self.TO_FIELD, self.TIME_FIELD)
        ]
        cost_field = self.parameterAsString(parameters, self.COST_FIELD, context)
        keys = pd.MultiIndex.from_arrays([id_keys(od[names[0]]), id_keys(od[names[1]])])
        times, costs = [], []
        for step, mode in enumerate(modes):
            if feedback.isCanceled():
                return {}
            matrix_frame = None
            if cost_field:
                try:
                    matrix_frame = read_long_table(
                        self, parameters, self.MATRICES[mode], context, [*columns, cost_field], feedback
                    )
                except QgsProcessingException:
                    feedback.pushInfo(
                        self.tr("The {0} matrix has no field {1}: no cost for this mode.").format(
                            labels[mode], cost_field
                        )
                    )
            has_cost = matrix_frame is not None
            if matrix_frame is None:
                matrix_frame = read_long_table(
                    self, parameters, self.MATRICES[mode], context, columns, feedback
                )
            if matrix_frame.empty:
                raise QgsProcessingException(self.tr("The {} matrix has no rows.").format(labels[mode]))
            time, _ = numeric_column(matrix_frame, columns[2])
            index = pd.MultiIndex.from_arrays(
                [id_keys(matrix_frame[columns[0]]), id_keys(matrix_frame[columns[1]])]
            )
            series = pd.Series(time, index=index)
            series = series[~series.index.duplicated(keep="last")]
            aligned = series.reindex(keys).to_numpy(dtype=float)
            times.append(aligned)
            if has_cost:
                money, _ = numeric_column(matrix_frame, cost_field)
                cost_series = pd.Series(money, index=index)
                costs.append(
                    cost_series[~cost_series.index.duplicated(keep="last")]
                    .reindex(keys)
                    .to_numpy(dtype=float)
                )
            else:
                costs.append(None)
            n_missing = int(np.isnan(aligned).sum())
            if n_missing:
                feedback.pushInfo(
                    self.tr(
                        "{0}: {1} of {2} OD pairs have no travel time, so this mode is not available for them."
                    ).format(labels[mode], n_missing, len(aligned))
                )
            feedback.setProgress(10 + 50 * (step + 1) / len(modes))

        try:
            split = logit_mode_split(
                times,
                [coefficients[m][1] for m in modes],
                constants=[coefficients[m][0] for m in modes],
                costs=costs,
                cost_coefficients=[coefficients[m][2] for m in modes],
                progress=self.progress_callback(feedback, 60, 80),
            )
        except Cancelled:
            return {}
        trips = od[names[2]].to_numpy(dtype=float)
        by_mode = split.trips_by_mode(trips)
        lost = float(trips[split.probabilities.sum(axis=0) == 0].sum())
        if split.n_unavailable_pairs:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} OD pairs ({1:,.1f} trips) have no available mode and are left without trips by mode."
                    )
                ).format(split.n_unavailable_pairs, lost)
            )
        total = by_mode.sum(axis=1)
        overall = total / total.sum() if total.sum() > 0 else np.zeros(len(modes))
        feedback.pushInfo(
            self.tr("Mode shares: {}.").format(
                ", ".join(f"{labels[m]} {100 * s:.1f}%" for m, s in zip(modes, overall))
            )
        )

        from_ids = np.empty(len(od), dtype=object)
        from_ids[:] = plain_ids(od[names[0]])
        to_ids = np.empty(len(od), dtype=object)
        to_ids[:] = plain_ids(od[names[1]])
        id_type = id_variant(list(from_ids) + list(to_ids))
        out_columns = [("from_id", id_type), ("to_id", id_type), ("trips", QVariant.Double)]
        out_columns += [(f"trips_{m}", QVariant.Double) for m in modes]
        dest_id, _ = write_table(
            self, parameters, self.OUTPUT, context, out_columns, [from_ids, to_ids, trips, *by_mode], feedback
        )
        if feedback.isCanceled():
            return {}
        feedback.setProgress(90)

        per_origin = pd.DataFrame(by_mode.T, columns=modes)
        per_origin["_key"] = id_keys(od[names[0]])
        grouped = per_origin.groupby("_key", sort=False)[modes].sum()
        first_id = pd.Series(from_ids, index=per_origin["_key"]).groupby(level=0, sort=False).first()
        origin_trips = grouped.sum(axis=1).to_numpy()
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = np.where(origin_trips[:, None] > 0, grouped.to_numpy() / origin_trips[:, None], np.nan)
        origin_ids = np.empty(len(grouped), dtype=object)
        origin_ids[:] = plain_ids(first_id.reindex(grouped.index))
        share_columns = [("zone_id", id_type), ("trips", QVariant.Double)]
        share_columns += [(f"share_{m}", QVariant.Double) for m in modes]
        share_sink, shares_id, share_fields = no_geometry_sink(
            self, parameters, self.SHARES, context, share_columns
        )
        share_values = [np.where(np.isnan(shares[:, k]), None, shares[:, k]) for k in range(len(modes))]
        add_rows(share_sink, share_fields, [origin_ids, origin_trips, *share_values], feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.SHARES: shares_id, "TRIPS_WITHOUT_MODE": lost}
