"""conecta:modesplit — multinomial logit split of an OD table into trips by mode, and mode shares."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterMatrix,
)
from qgis.PyQt.QtCore import QVariant

from ...core import demand as core
from ...core.definitions import DEMAND_MODES
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.demand import has_column, matrix_rows
from ..bridge.params import OdInput
from ..bridge.readers import long_table_chunks
from ..bridge.vocabulary import mode_label
from ..bridge.writers import id_variant, write_table

#: Placeholder coefficients (per minute): generic time coefficient, no constants. Calibrate locally.
DEFAULT_COEFFICIENTS = [
    "walk", 0.0, -0.05, 0.0,
    "bicycle", 0.0, -0.05, 0.0,
    "car", 0.0, -0.05, 0.0,
    "transit", 0.0, -0.05, 0.0,
]  # fmt: skip


class ModeSplit(OdInput, ConectaAlgorithm):
    """Splits trips between walking, cycling, car and public transport with a multinomial logit model."""

    ALG_NAME = "modesplit"
    GROUP_ID = "demand"

    MODES = DEMAND_MODES
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
            "Give one travel-time matrix (long table, or CSV, CSV.gz or Parquet file: origin id, destination "
            "id, time, and optionally a monetary cost) for each mode to consider: walking, bicycle, car, "
            "public transport. A mode is not available for a pair missing from its matrix or without a time "
            "(NULL) in it: the trips of that pair go to the other modes. Pairs with no mode available keep "
            "their trips in the trips field but get none by mode and are left out of the mode shares (the "
            "log and the output TRIPS_WITHOUT_MODE count them). A pair that appears twice in the OD table or "
            "in a matrix is refused. The coefficients table has one row per mode; the defaults (no "
            "constants, −0.05 per minute) are placeholders: estimate the coefficients from the local OD "
            "survey.\n\n"
            "Outputs: the OD table with the trips by mode, and a table of mode shares by origin zone."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_od_parameters()
        labels = {
            "walk": self.tr("Walking travel-time matrix"),
            "bicycle": self.tr("Bicycle travel-time matrix"),
            "car": self.tr("Car travel-time matrix"),
            "transit": self.tr("Public transport travel-time matrix"),
        }
        for mode in self.MODES:
            self.add_layer(self.MATRICES[mode], labels[mode], [QgsProcessing.TypeVector], optional=True)
        for key, text, default in (
            (self.FROM_FIELD, self.tr("Origin id field of the matrices"), "from_id"),
            (self.TO_FIELD, self.tr("Destination id field of the matrices"), "to_id"),
            (self.TIME_FIELD, self.tr("Travel time field of the matrices"), "travel_time"),
        ):
            self.add_text(key, text, default, advanced=True)
        self.add_text(
            self.COST_FIELD, self.tr("Monetary cost field of the matrices"), optional=True, advanced=True,
            help_text=self.tr("Optional: used with the cost coefficients, in matrices that have this field."),
        )  # fmt: skip
        headers = [
            self.tr("Mode"),
            self.tr("Constant"),
            self.tr("Time coefficient"),
            self.tr("Cost coefficient"),
        ]
        coefficients = QgsProcessingParameterMatrix(
            self.COEFFICIENTS,
            self.tr("Utility coefficients by mode"),
            headers=headers,
            defaultValue=DEFAULT_COEFFICIENTS,
            optional=True,
        )
        self.add(
            coefficients,
            help_text=self.tr(
                "Mode is one of walk, bicycle, car, transit. Time coefficients are per unit of the matrices' "
                "time (usually minutes) and negative; one constant is usually fixed at 0."
            ),
        )
        self.add_sink(self.OUTPUT, self.tr("Trips by mode (OD table)"), QgsProcessing.TypeVector)
        self.add_sink(self.SHARES, self.tr("Mode shares by origin zone"), QgsProcessing.TypeVector)
        self.addOutput(
            QgsProcessingOutputNumber("TRIPS_WITHOUT_MODE", self.tr("Trips between pairs with no mode"))
        )

    def input_messages(self) -> dict:
        return {
            "repeated_pairs": self.tr(
                "{n} origin-destination pairs appear more than once in a travel-time matrix (e.g. {examples}): "
                "each pair must appear once. Remove or aggregate the repeated rows."
            ),
            "empty_matrix": self.tr("The travel-time matrix given for {matrix} has no rows."),
        }

    # ------------------------------------------------------------ parameters

    def _coefficients(self, parameters, context, modes: list) -> dict:
        """(constant, time coefficient, cost coefficient) of every mode with a matrix."""
        rows = matrix_rows(self.parameterAsMatrix(parameters, self.COEFFICIENTS, context), 4)
        rows = rows or matrix_rows(DEFAULT_COEFFICIENTS, 4)
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

    def _matrix(self, parameters, context, feedback, mode: str) -> core.ModeMatrix:
        """A mode's matrix: its chunks, its columns and its cost column when it has one."""
        key = self.MATRICES[mode]
        columns = [
            self.parameterAsString(parameters, k, context)
            for k in (self.FROM_FIELD, self.TO_FIELD, self.TIME_FIELD)
        ]
        cost = self.parameterAsString(parameters, self.COST_FIELD, context) or None
        if cost and not has_column(self, parameters, key, context, cost):
            feedback.pushInfo(
                self.tr("{0}: the matrix has no field {1}, so this mode has no cost.").format(
                    mode_label(mode), cost
                )
            )
            cost = None
        chunks = long_table_chunks(
            self, parameters, key, context, [*columns, *([cost] if cost else [])], feedback
        )
        return core.ModeMatrix(mode, chunks, tuple(columns), cost, mode_label(mode))

    # ------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        """Read the OD table and the matrices, split (one core call), report and write both tables."""
        od = self.read_od(parameters, context, feedback)
        names = self.od_fields(parameters, context)
        modes = [m for m in self.MODES if parameters.get(self.MATRICES[m]) not in (None, "")]
        if not modes:
            raise QgsProcessingException(self.tr("Give the travel-time matrix of at least one mode."))
        coefficients = self._coefficients(parameters, context, modes)
        matrices = [self._matrix(parameters, context, feedback, mode) for mode in modes]
        origins, destinations = od[names[0]], od[names[1]]
        progress = self.progress_callback(feedback, 5, 80)
        run = core.split_modes(origins, destinations, od[names[2]], matrices, coefficients, progress)
        self._report(run, coefficients, feedback)
        id_type = id_variant([*origins, *destinations])
        table = pd.DataFrame(
            {
                "from_id": origins.to_numpy(dtype=object),
                "to_id": destinations.to_numpy(dtype=object),
                "trips": run.trips,
            }
        )
        for k, mode in enumerate(modes):
            table[f"trips_{mode}"] = run.trips_by_mode[k]
        types = {name: QVariant.Double for name in table.columns} | {"from_id": id_type, "to_id": id_type}
        dest_id = write_table(self, parameters, self.OUTPUT, context, feedback, table, types)
        feedback.setProgress(90)
        shares = core.shares_by_origin(origins, run.trips_by_mode, modes)
        types = {name: QVariant.Double for name in shares.columns} | {"zone_id": id_type}
        shares_id = write_table(self, parameters, self.SHARES, context, feedback, shares, types)
        return {self.OUTPUT: dest_id, self.SHARES: shares_id, "TRIPS_WITHOUT_MODE": run.trips_without_mode}

    def _report(self, run, coefficients: dict, feedback) -> None:
        """Per mode, the pairs it is not available for and why; then the trips no mode could take."""
        for counts in run.availability:
            label = mode_label(counts.mode)
            if counts.n_pairs_without_row:
                feedback.pushInfo(
                    self.tr(
                        "{0}: {1} of {2} OD pairs are not in its matrix, so this mode is not available for them."
                    ).format(label, counts.n_pairs_without_row, counts.n_pairs)
                )
            if counts.n_null_time:
                feedback.pushWarning(
                    localized(
                        self.tr(
                            "{0}: {1} OD pairs ({2:,.1f} trips) have no travel time (NULL) in its matrix: this mode "
                            "is not available for them, and their trips go to the other modes."
                        )
                    ).format(label, counts.n_null_time, counts.trips_null_time)
                )
            if counts.n_null_cost and coefficients[counts.mode][2] != 0:
                feedback.pushWarning(
                    self.tr(
                        "{0}: {1} OD pairs have no monetary cost (NULL) in its matrix: this mode is not available "
                        "for them."
                    ).format(label, counts.n_null_cost)
                )
        if run.n_pairs_without_mode:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "{0} OD pairs ({1:,.1f} trips) have no available mode: their trips stay in the trips field "
                        "but get no trips by mode and are left out of the mode shares (output TRIPS_WITHOUT_MODE)."
                    )
                ).format(run.n_pairs_without_mode, run.trips_without_mode)
            )
        feedback.pushInfo(
            self.tr("Mode shares: {}.").format(
                ", ".join(f"{mode_label(m)} {100 * s:.1f}%" for m, s in zip(run.modes, run.overall_shares))
            )
        )
