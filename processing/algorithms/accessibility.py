"""conecta:accessibility — accessibility to opportunities per zone, the measures of IPEA's ``accessibility``
package (cumulative, interval, gravity, cost to closest, 2SFCA, BFCA, passive) from a long travel matrix
(a table layer, a CSV/CSV.gz/Parquet file read in chunks, or one computed on the fly on a street network).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QLocale, QVariant

from ...core import accessibility as core
from ...core.definitions import field_name, number_code, unique_names
from ...core.progress import Cancelled, scaled
from ..bridge.adapters import (
    FeatureProgress,
    check_numeric,
    clean,
    distinct_fields,
    matrix_file,
    read_matrix_source,
    read_numbers,
)
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.parsers import parse_interval, parse_numbers
from ..bridge.styles import graduated, on_load

CUMULATIVE, INTERVAL, GRAVITY, CLOSEST, TWO_SFCA, BFCA, PASSIVE = range(7)

SHOWN = 5
DECAYS = ("binary", "exponential", "power", "linear", "logistic", "stepped")
MODES = ("walk", "bicycle", "car")
CHILD_ALGORITHM = "conecta:traveltimematrix"


# ---------------------------------------------------------------- helpers (no QGIS state)


def decay_code(decay: core.Decay) -> str:
    """Short readable code of a decay function for field names (binary 30 → "30", exponential 0.05 → "e005")."""
    if decay.kind == "binary":
        return number_code(decay.value)
    if decay.kind == "exponential":
        return "e" + number_code(decay.value, keep_dot=False)
    if decay.kind == "power":
        return "p" + number_code(decay.value, keep_dot=False)
    if decay.kind == "linear":
        return "l" + number_code(decay.value)
    if decay.kind == "logistic":
        return "lg" + number_code(decay.value) + "s" + number_code(decay.sd, keep_dot=False)
    return "s" + "_".join(number_code(step) for step in decay.steps)


def show(values) -> str:
    """The first few values of a list, for a message."""
    values = list(values)
    text = ", ".join(str(v) for v in values[:SHOWN])
    return text + (", …" if len(values) > SHOWN else "")


def _null(value: float):
    value = float(value)
    return None if value != value else value


# ---------------------------------------------------------------- matrix kept between runs

CACHE_MAX_ROWS = 10_000_000
"""Matrices read from a file with at most this many rows (12 bytes each) are kept for the next run."""

_MATRIX_CACHE: dict = {}


def file_key(path: Path, columns) -> tuple:
    """What identifies a matrix file's content: path, size, modification time and the columns used."""
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns, tuple(columns))


def cached_matrix(key, zone_ids: pd.Index):
    """The matrix prepared from the same unchanged file for the same zones in an earlier run, or None."""
    entry = _MATRIX_CACHE.get("last")
    if key is None or entry is None or entry[0] != key or not entry[1].zone_ids.equals(zone_ids):
        return None
    return entry[1]


def keep_matrix(key, matrix: core.TravelMatrix) -> None:
    """Keep one prepared matrix read from a file (if small enough) for the next run on the same file."""
    _MATRIX_CACHE.clear()
    if key is not None and matrix.diagnostics.n_rows <= CACHE_MAX_ROWS:
        _MATRIX_CACHE["last"] = (key, matrix)


def clear_matrix_cache() -> None:
    """Forget the matrix kept from the last run."""
    _MATRIX_CACHE.clear()


# ---------------------------------------------------------------- algorithm


class Accessibility(ConectaAlgorithm):
    """Accessibility measures of the accessibility package for every zone, written as new fields."""

    ALG_NAME = "accessibility"
    GROUP_ID = "accessibility"
    TRAVEL_MATRIX = "TRAVEL_MATRIX"
    FROM_FIELD = "FROM_FIELD"
    TO_FIELD = "TO_FIELD"
    COST_FIELD = "COST_FIELD"
    NETWORK = "NETWORK"
    MODE = "MODE"
    MAX_TIME = "MAX_TIME"
    ZONES = "ZONES"
    ZONES_ID = "ZONES_ID"
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
        matrix = QgsProcessingParameterFeatureSource(
            self.TRAVEL_MATRIX, self.tr("Travel-time matrix"), [QgsProcessing.TypeVector], optional=True
        )
        matrix.setHelp(
            self.tr(
                "A table with one row per origin–destination pair, or the path of a CSV, CSV.gz or Parquet "
                "file. Leave empty to compute the matrix on the street network below."
            )
        )
        self.addParameter(matrix)
        for key, label, default in (
            (self.FROM_FIELD, self.tr("Matrix origin id field"), "from_id"),
            (self.TO_FIELD, self.tr("Matrix destination id field"), "to_id"),
            (self.COST_FIELD, self.tr("Matrix travel time field (minutes)"), "travel_time"),
        ):
            param = QgsProcessingParameterString(key, label, default)
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        network = QgsProcessingParameterFeatureSource(
            self.NETWORK,
            self.tr("Street network (when there is no matrix)"),
            [QgsProcessing.TypeVectorLine],
            optional=True,
        )
        self.addParameter(network)
        modes = [self.tr("Walking"), self.tr("Cycling"), self.tr("Car")]
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE, self.tr("Mode (on the street network)"), modes, defaultValue=0
            )
        )
        max_time = QgsProcessingParameterNumber(
            self.MAX_TIME,
            self.tr("Maximum travel time on the network (minutes)"),
            QgsProcessingParameterNumber.Double,
            60.0,
            minValue=1.0,
        )
        max_time.setHelp(self.tr("Pairs farther than this are left out of the computed matrix."))
        self.addParameter(max_time)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES,
                self.tr("Zones"),
                [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ZONES_ID, self.tr("Zone id field"), parentLayerParameterName=self.ZONES
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.OPPORTUNITIES,
                self.tr("Opportunity fields (jobs, schools…)"),
                parentLayerParameterName=self.ZONES,
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
                optional=True,
            )
        )
        population = QgsProcessingParameterField(
            self.POPULATION,
            self.tr("Population field (floating catchment and passive measures)"),
            parentLayerParameterName=self.ZONES,
            type=QgsProcessingParameterField.Numeric,
            optional=True,
        )
        self.addParameter(population)
        measures = [
            self.tr("Cumulative opportunities"),
            self.tr("Cumulative opportunities, time interval"),
            self.tr("Gravity"),
            self.tr("Travel time to the closest opportunity"),
            self.tr("Two-step floating catchment area (2SFCA)"),
            self.tr("Balanced floating catchment area (BFCA)"),
            self.tr("Passive accessibility (population reaching each zone)"),
        ]
        self.addParameter(
            QgsProcessingParameterEnum(self.MEASURE, self.tr("Measure"), measures, defaultValue=0)
        )
        cutoff = QgsProcessingParameterString(self.CUTOFF, self.tr("Cutoff (minutes)"), "30")
        cutoff.setHelp(
            self.tr(
                "One or more travel times separated by commas, e.g. 30,60. For the time interval measure "
                "write the interval, e.g. 40-60. For the stepped decay function: the steps, e.g. 15,30,45."
            )
        )
        self.addParameter(cutoff)
        decays = [
            self.tr("Binary (cutoff)"),
            self.tr("Negative exponential"),
            self.tr("Inverse power"),
            self.tr("Linear"),
            self.tr("Logistic"),
            self.tr("Stepped"),
        ]
        self.addParameter(
            QgsProcessingParameterEnum(self.DECAY_FUNCTION, self.tr("Decay function"), decays, defaultValue=0)
        )
        decay_value = QgsProcessingParameterString(self.DECAY_VALUE, self.tr("Decay value"), optional=True)
        decay_value.setHelp(
            self.tr(
                "Exponential and power: β, one or more separated by commas (e.g. 0.05). Logistic: the "
                "standard deviation in minutes. Stepped: the weight from each step on (e.g. 0.75,0.5,0.25)."
            )
        )
        self.addParameter(decay_value)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.N_CLOSEST,
                self.tr("Number of closest opportunities (travel time to the closest)"),
                QgsProcessingParameterNumber.Integer,
                1,
                minValue=1,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Accessibility")))

    # ------------------------------------------------------------ parameters

    def _numbers(self, text: str, what: str) -> list[float]:
        try:
            values = parse_numbers(text)
        except ValueError as error:
            raise QgsProcessingException(
                self.tr("{0} must be numbers separated by commas, e.g. 30,60; got '{1}'.").format(what, text)
            ) from error
        if not values:
            raise QgsProcessingException(self.tr("Give a value for {}.").format(what))
        if any(not (v >= 0 and v == v and v != float("inf")) for v in values):
            raise QgsProcessingException(self.tr("{} must not be negative.").format(what))
        return list(dict.fromkeys(values))

    def _decays(self, kind: str, cutoff_text: str, value_text: str) -> list:
        """Decay functions from the decay parameters, checked with messages that say what to fix."""
        cutoff_label = self.tr("Cutoff")
        value_label = self.tr("Decay value")
        try:
            if kind in ("binary", "linear"):
                return [core.make_decay(kind, c) for c in self._numbers(cutoff_text, cutoff_label)]
            if kind in ("exponential", "power"):
                return [core.make_decay(kind, v) for v in self._numbers(value_text, value_label)]
            if kind == "logistic":
                cutoffs = self._numbers(cutoff_text, cutoff_label)
                sds = self._numbers(value_text, value_label)
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

    # ------------------------------------------------------------ inputs

    def _read_zones(self, source, id_field: str, columns: list[str], feedback):
        """Every zone feature, its id and the numeric ``columns`` as a land-use DataFrame."""
        features, ids, values = [], [], {name: [] for name in columns}
        progress = FeatureProgress(feedback, source, 0.0, 5.0)
        for n, feature in enumerate(source.getFeatures()):
            if not progress(n):
                return None
            features.append(feature)
            ids.append(clean(feature[id_field]))
            for name in columns:
                values[name].append(clean(feature[name]))
        if not features:
            raise QgsProcessingException(self.tr("The zone layer has no features."))
        keep = [i for i, identifier in enumerate(ids) if identifier is not None]
        if len(keep) < len(ids):
            feedback.pushWarning(
                self.tr("{0} zones have no id in field {1}: their accessibility is NULL.").format(
                    len(ids) - len(keep), id_field
                )
            )
        index = pd.Index([ids[i] for i in keep])
        if index.has_duplicates:
            duplicates = index[index.duplicated()].unique()
            raise QgsProcessingException(
                self.tr("Zone ids must be unique: {0} ids of field {1} are repeated ({2}).").format(
                    len(duplicates), id_field, show(duplicates)
                )
            )
        frame = pd.DataFrame(
            {name: read_numbers([values[name][i] for i in keep]).checked(name) for name in columns},
            index=index,
        )
        return features, ids, frame

    def _file_columns(self, path: Path) -> list[str]:
        """Column names of a CSV(.gz) or Parquet matrix file."""
        if path.suffix.lower() in (".parquet", ".pq"):
            from ..bridge.deps import require

            require("pyarrow")
            import pyarrow.parquet as pq

            return list(pq.ParquetFile(str(path)).schema_arrow.names)
        return [str(c) for c in pd.read_csv(path, nrows=0).columns]

    def _layer_file(self, parameters, context) -> Path | None:
        """The CSV/Parquet file behind a matrix layer of the project (read directly, much faster)."""
        value = parameters.get(self.TRAVEL_MATRIX)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly:
            return None
        layer = self.parameterAsVectorLayer(parameters, self.TRAVEL_MATRIX, context)
        if layer is None or layer.subsetString() or layer.providerType() not in ("ogr", "delimitedtext"):
            return None
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        path = parts.get("path") or ""
        if path.startswith("file://"):
            from qgis.PyQt.QtCore import QUrl

            path = QUrl(path).toLocalFile()
        candidate = Path(path) if path else None
        if candidate and candidate.exists() and candidate.name.lower().endswith((".csv", ".csv.gz", ".txt")):
            return candidate
        return None

    def _matrix(self, parameters, context, feedback, columns: list[str], zones_param, id_field: str, max_cut):
        """The travel matrix (DataFrame or iterator of chunks), its column names and its file if read from one."""
        has_matrix = parameters.get(self.TRAVEL_MATRIX) not in (None, "")
        has_network = parameters.get(self.NETWORK) not in (None, "")
        if has_matrix:
            distinct_fields(columns)
            if has_network:
                feedback.pushInfo(self.tr("A travel matrix is given: the street network is not used."))
            path = matrix_file(parameters, self.TRAVEL_MATRIX)
            from_layer = path is None
            if path is None:
                path = self._layer_file(parameters, context)
            if path is not None:
                present = self._file_columns(path)
                missing = [c for c in columns if c not in present]
                if not missing:
                    return core.iter_matrix_file(str(path), *columns), columns, path
                if not from_layer:
                    raise QgsProcessingException(
                        self.tr(
                            "The travel matrix {0} has no column {1}; its columns are: {2}. Set the matrix "
                            "origin, destination and travel time field parameters."
                        ).format(path.name, ", ".join(missing), ", ".join(present))
                    )
            source = self.parameterAsSource(parameters, self.TRAVEL_MATRIX, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.TRAVEL_MATRIX))
            if source.fields().lookupField(columns[2]) >= 0:
                check_numeric(source, columns[2])
            frame = read_matrix_source(source, columns, feedback)
            frame[columns[2]] = read_numbers(frame[columns[2]]).values
            return frame, columns, None
        if not has_network:
            raise QgsProcessingException(
                self.tr("Give a travel-time matrix, or a street network to compute it on.")
            )
        return self._network_matrix(parameters, context, feedback, zones_param, id_field, max_cut)

    def _network_matrix(self, parameters, context, feedback, zones_param, id_field: str, max_cut):
        """Run conecta:traveltimematrix from the zones to the zones and read its table."""
        if QgsApplication.processingRegistry().algorithmById(CHILD_ALGORITHM) is None:
            raise QgsProcessingException(
                self.tr(
                    "Computing travel times on the street network needs the algorithm {}, which is not "
                    "available: give a travel-time matrix instead."
                ).format(CHILD_ALGORITHM)
            )
        import processing

        mode = self.parameterAsEnum(parameters, self.MODE, context)
        max_time = self.parameterAsDouble(parameters, self.MAX_TIME, context)
        if max_cut is not None and max_cut > max_time:
            feedback.pushWarning(
                self.tr(
                    "The largest cutoff ({0} min) exceeds the maximum travel time on the network ({1} min): "
                    "pairs farther than {1} min are not counted."
                ).format(max_cut, max_time)
            )
        feedback.pushInfo(
            self.tr("Computing the travel-time matrix on the street network ({}).").format(MODES[mode])
        )
        result = processing.run(
            CHILD_ALGORITHM,
            {
                "NETWORK": parameters[self.NETWORK],
                "ORIGINS": zones_param,
                "ORIGINS_ID": id_field,
                "DESTINATIONS_ID": id_field,
                "MODE": mode,
                "MAX_TIME": max_time,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            context=context,
            feedback=feedback,
            is_child_algorithm=True,
        )
        layer = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
        if layer is None:
            raise QgsProcessingException(self.tr("The travel-time matrix could not be computed."))
        columns = ["from_id", "to_id", "travel_time"]
        frame = read_matrix_source(layer, columns, feedback)
        frame["travel_time"] = read_numbers(frame["travel_time"]).values
        return frame, columns, None

    # ------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        id_field = self.parameterAsString(parameters, self.ZONES_ID, context)
        if zones.fields().lookupField(id_field) < 0:
            raise QgsProcessingException(
                self.tr("Field {} does not exist in the zone layer.").format(id_field)
            )
        measure = self.parameterAsEnum(parameters, self.MEASURE, context)
        opportunities = self.parameterAsFields(parameters, self.OPPORTUNITIES, context)
        population = self.parameterAsString(parameters, self.POPULATION, context) or ""
        if measure != PASSIVE and not opportunities:
            raise QgsProcessingException(self.tr("Choose at least one opportunity field (e.g. jobs)."))
        if measure in (TWO_SFCA, BFCA, PASSIVE) and not population:
            raise QgsProcessingException(
                self.tr("The floating catchment and passive measures need the population field.")
            )
        for name in [*opportunities, population]:
            if name:
                check_numeric(zones, name)
        kind = DECAYS[self.parameterAsEnum(parameters, self.DECAY_FUNCTION, context)]
        cutoff_text = self.parameterAsString(parameters, self.CUTOFF, context)
        value_text = self.parameterAsString(parameters, self.DECAY_VALUE, context)
        n_closest = self.parameterAsInt(parameters, self.N_CLOSEST, context)

        cutoffs, interval, decays, max_cut = None, None, None, None
        if measure in (CUMULATIVE, PASSIVE) and (measure == CUMULATIVE or kind == "binary"):
            cutoffs = self._numbers(cutoff_text, self.tr("Cutoff"))
            max_cut = max(cutoffs)
        elif measure == INTERVAL:
            try:
                interval = parse_interval(cutoff_text)
            except ValueError as error:
                raise QgsProcessingException(
                    self.tr("Write the time interval as two numbers, e.g. 40-60; got '{}'.").format(
                        cutoff_text
                    )
                ) from error
            if not 0 <= interval[0] < interval[1]:
                raise QgsProcessingException(
                    self.tr("The time interval must go from a smaller to a larger time, e.g. 40-60.")
                )
            max_cut = interval[1]
        elif measure in (GRAVITY, TWO_SFCA, BFCA, PASSIVE):
            decays = list({d.label: d for d in self._decays(kind, cutoff_text, value_text)}.values())
            if kind in ("binary", "linear", "logistic"):
                max_cut = max(d.value for d in decays)

        columns = [
            self.parameterAsString(parameters, key, context).strip()
            for key in (self.FROM_FIELD, self.TO_FIELD, self.COST_FIELD)
        ]
        if not all(columns):
            raise QgsProcessingException(
                self.tr("Give the names of the matrix origin, destination and travel time fields.")
            )

        wanted = list(dict.fromkeys([*opportunities, population] if population else opportunities))
        read = self._read_zones(zones, id_field, wanted, feedback)
        if read is None:
            return {}
        features, ids, land_use = read
        feedback.pushInfo(self.tr("{} zones read.").format(len(features)))

        multi = QgsProcessingMultiStepFeedback(2, feedback)
        matrix, matrix_columns, path = self._matrix(
            parameters, context, multi, columns, parameters[self.ZONES], id_field, max_cut
        )
        multi.setCurrentStep(1)
        if feedback.isCanceled():
            return {}
        progress = self.progress_callback(multi, 0, 100)
        key = file_key(path, matrix_columns) if path is not None else None
        try:
            tm = cached_matrix(key, land_use.index)
            if tm is not None:
                feedback.pushInfo(
                    self.tr(
                        "Reusing the travel matrix read from {} in a previous run (the file is unchanged)."
                    ).format(path.name)
                )
            else:
                if path is not None:
                    feedback.pushInfo(
                        self.tr("Reading the travel matrix from {} in chunks.").format(path.name)
                    )
                tm = core.prepare_matrix(
                    matrix, land_use.index, *matrix_columns, progress=scaled(progress, 0, 0.5)
                )
                keep_matrix(key, tm)
            result, prefix, codes = self._compute(
                measure, tm, land_use, opportunities, population, cutoffs, interval, decays, n_closest,
                scaled(progress, 0.5, 1.0),
            )  # fmt: skip
        except Cancelled:
            return {}
        except ValueError as error:
            raise QgsProcessingException(
                self.tr(
                    "The travel matrix could not be used: field {0} must hold travel times in minutes and "
                    "{1}, {2} the zone ids. Details: {3}"
                ).format(matrix_columns[2], matrix_columns[0], matrix_columns[1], str(error))
            ) from error
        self._report(result, feedback, measure)
        if result.matrix.n_rows_used == 0:
            raise QgsProcessingException(
                self.tr(
                    "No row of the travel matrix links two zones: check that its ids are those of field {}."
                ).format(id_field)
            )

        names = unique_names([field_name(prefix, opp, codes[param]) for opp, param in result.values.columns])
        self._summary(result, land_use, population, names, feedback)
        fields = QgsFields()
        replaced = []
        kept = []
        for i, existing in enumerate(zones.fields()):
            if existing.name() in names:
                replaced.append(existing.name())
            else:
                kept.append(i)
                fields.append(existing)
        if replaced:
            feedback.pushWarning(
                self.tr("The zone layer already has fields {}: the output holds the new values.").format(
                    ", ".join(replaced)
                )
            )
        for name in names:
            fields.append(QgsField(name, QVariant.Double))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, zones.wkbType(), zones.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        table = result.values
        positions = table.index.get_indexer(pd.Index([i for i in ids if i is not None]))
        data = table.to_numpy()
        row_of = iter(positions)
        empty = [None] * len(names)
        for n, feature in enumerate(features):
            if n % 5000 == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(95 + 5.0 * n / len(features))
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            attributes = feature.attributes()
            values = empty if ids[n] is None else [_null(v) for v in data[next(row_of)]]
            out.setAttributes([attributes[i] for i in kept] + values)
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        on_load(context, dest_id, graduated(names[0]))
        return {self.OUTPUT: dest_id}

    def _compute(
        self, measure, tm, land_use, opportunities, population, cutoffs, interval, decays, n, progress
    ):
        """Run the core measure; returns the result, the field prefix and parameter label → field code."""
        if measure == CUMULATIVE:
            result = core.cumulative_cutoff(tm, land_use, opportunities, cutoffs, progress=progress)
            return result, "acc", {f"{c:g}": number_code(c) for c in cutoffs}
        if measure == INTERVAL:
            result = core.cumulative_interval(tm, land_use, opportunities, interval, progress=progress)
            label = f"{interval[0]:g}-{interval[1]:g}"
            return result, "acc", {label: number_code(interval[0]) + "_" + number_code(interval[1])}
        if measure == CLOSEST:
            result = core.cost_to_closest(tm, land_use, opportunities, n, progress=progress)
            return result, "time", {f"{float(n):g}": str(n)}
        if measure == PASSIVE and cutoffs is not None:
            result = core.passive_accessibility(tm, land_use, population, cutoffs, progress=progress)
            return result, "pas", {f"{c:g}": number_code(c) for c in cutoffs}
        codes = {d.label: decay_code(d) for d in decays}
        if measure == GRAVITY:
            return core.gravity(tm, land_use, opportunities, decays, progress=progress), "grav", codes
        if measure == PASSIVE:
            result = core.gravity(tm, land_use, population, decays, active=False, progress=progress)
            return result, "pas", codes
        method = "2sfca" if measure == TWO_SFCA else "bfca"
        result = core.floating_catchment_area(
            tm, land_use, opportunities, population, decays, method=method, progress=progress
        )
        return result, "fca" if measure == TWO_SFCA else "bfca", codes

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
        locale = QLocale()
        for name, line in zip(names, core.summarise(result, land_use, population or None)):
            if not np.isfinite(line.mean):
                continue
            size = abs(line.mean)
            mean = locale.toString(line.mean, "f", 0 if size >= 100 else 1 if size >= 10 else 2)
            share = locale.toString(line.share_pct, "f", 1) if np.isfinite(line.share_pct) else ""
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
                    show(diag.unknown_id_examples),
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
                ).format(diag.n_zones_not_origin, show(diag.zones_not_origin_examples))
            )
        if diag.n_zones_not_destination:
            feedback.pushWarning(
                self.tr(
                    "{0} zones are never a destination in the matrix (e.g. {1}): nobody reaches their "
                    "opportunities."
                ).format(diag.n_zones_not_destination, show(diag.zones_not_destination_examples))
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
                        show(column.null_examples + column.negative_examples),
                    )
                )
        for label, count in result.n_zones_reaching_nothing.items():
            if count:
                what = (
                    self.tr("{0} zones reach no opportunity ({1}): their travel time is NULL.")
                    if measure == CLOSEST
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
