"""The base of every Conecta algorithm: names, groups, help and icon; parameter helpers that declare a
parameter in one call; readers of text parameters with messages; and the guards every run gets:

- before any work, file outputs whose folder is missing or read-only are refused with a message;
- ``process()`` (what a subclass writes instead of ``processAlgorithm``) runs inside guards that turn a
  cancel into an empty result (the run's outputs are complete or all absent, see :mod:`.outputs`), an
  out-of-memory error into a message giving the size, and a core :class:`~conecta.core.errors.InputError` into the subclass's
  translated message for its code.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ...core.errors import InputError
from ...core.progress import Cancelled
from ...translation import localized
from .messages import ConectaBridge
from .outputs import PlacementError, run_outputs
from .parsers import parse_interval, parse_minutes, parse_numbers
from .writers import check_destination

PLUGIN_DIR = Path(__file__).resolve().parents[2]
ICON = PLUGIN_DIR / "resources" / "icons" / "conecta.svg"


def group_name(group_id: str) -> str:
    """Translated display name of a Conecta algorithm group."""
    names = {
        "network": QCoreApplication.translate("ConectaGroups", "Network analysis"),
        "accessibility": QCoreApplication.translate("ConectaGroups", "Accessibility and inequality"),
        "demand": QCoreApplication.translate("ConectaGroups", "Mobility demand"),
        "indicators": QCoreApplication.translate("ConectaGroups", "SDG indicators"),
        "transit": QCoreApplication.translate("ConectaGroups", "Public transport"),
        "energy": QCoreApplication.translate("ConectaGroups", "Energy and emissions"),
        "fleet": QCoreApplication.translate("ConectaGroups", "Fleet and industry"),
        "scenarios": QCoreApplication.translate("ConectaGroups", "Scenarios"),
        "sample": QCoreApplication.translate("ConectaGroups", "Sample data"),
    }
    return names[group_id]


TABLE_SUFFIXES = (".csv", ".csv.gz", ".txt", ".parquet", ".pq")
"""Table files a table parameter accepts as a path even when QGIS cannot open them as layers (Parquet)."""


def is_table_file(value) -> bool:
    """Whether ``value`` is the path of an existing CSV or Parquet file."""
    if not isinstance(value, str):
        return False
    path = Path(value.split("|")[0])
    return path.name.lower().endswith(TABLE_SUFFIXES) and path.is_file()


class TableSourceParameter(QgsProcessingParameterFeatureSource):
    """A table layer, or the path of a CSV, CSV.gz or Parquet file read straight with pandas (QGIS's own
    check would refuse a Parquet file its GDAL cannot open)."""

    def checkValueIsAcceptable(self, value, context=None) -> bool:  # noqa: N802 (QGIS API)
        return is_table_file(value) or super().checkValueIsAcceptable(value, context)

    def clone(self):
        copy = TableSourceParameter(
            self.name(),
            self.description(),
            self.dataTypes(),
            self.defaultValue(),
            self.flags() & self.FlagOptional,
        )
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        return copy


class ConectaAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``ALG_NAME`` and ``GROUP_ID``, declare parameters in ``initAlgorithm``
    and write ``process(parameters, context, feedback)``."""

    ALG_NAME = ""
    GROUP_ID = ""

    # ------------------------------------------------------------------ identity

    def tr(self, text: str) -> str:
        """Translate ``text`` with the algorithm's class name as context."""
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ALG_NAME

    def groupId(self) -> str:
        return self.GROUP_ID

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def helpUrl(self) -> str:
        """The offline help page in the user's language, at this algorithm's anchor."""
        from .help import help_url

        return help_url(self.ALG_NAME)

    # ------------------------------------------------------------------ declaring parameters

    def add(self, parameter, help_text: str = "", advanced: bool = False):
        """Add ``parameter`` with its help text, as an advanced one if asked; returns it."""
        if help_text:
            parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)
        return parameter

    def add_layer(
        self, key: str, label: str, types=(QgsProcessing.TypeVectorAnyGeometry,), optional=False, **kw
    ):
        """A vector layer (feature source) parameter."""
        return self.add(QgsProcessingParameterFeatureSource(key, label, list(types), optional=optional), **kw)

    def add_table(self, key: str, label: str, optional=False, **kw):
        """A table parameter that also takes the path of a CSV, CSV.gz or Parquet file."""
        parameter = TableSourceParameter(key, label, [QgsProcessing.TypeVector], None, optional)
        return self.add(parameter, **kw)

    def add_field(
        self,
        key: str,
        label: str,
        parent: str,
        numeric=False,
        optional=False,
        multiple=False,
        default=None,
        **kw,
    ):
        """A field of layer parameter ``parent`` (numeric only when asked)."""
        kind = QgsProcessingParameterField.Numeric if numeric else QgsProcessingParameterField.Any
        parameter = QgsProcessingParameterField(
            key, label, default, parent, kind, allowMultiple=multiple, optional=optional
        )
        return self.add(parameter, **kw)

    def add_number(
        self, key: str, label: str, default, minimum=None, maximum=None, integer=False, optional=False, **kw
    ):
        """A number parameter (real unless ``integer``)."""
        kind = QgsProcessingParameterNumber.Integer if integer else QgsProcessingParameterNumber.Double
        parameter = QgsProcessingParameterNumber(key, label, kind, default, optional)
        if minimum is not None:
            parameter.setMinimum(minimum)
        if maximum is not None:
            parameter.setMaximum(maximum)
        return self.add(parameter, **kw)

    def add_text(self, key: str, label: str, default: str = "", optional=False, **kw):
        """A one-line text parameter."""
        return self.add(QgsProcessingParameterString(key, label, default, optional=optional), **kw)

    def add_choice(self, key: str, label: str, options, default: int = 0, optional=False, **kw):
        """A choice among translated ``options`` (the value is the option's index)."""
        return self.add(QgsProcessingParameterEnum(key, label, list(options), False, default, optional), **kw)

    def add_sink(self, key: str, label: str, kind=QgsProcessing.TypeVectorAnyGeometry, optional=False, **kw):
        """A layer output."""
        parameter = QgsProcessingParameterFeatureSink(
            key, label, kind, optional=optional, createByDefault=not optional
        )
        return self.add(parameter, **kw)

    # ------------------------------------------------------------------ reading text parameters

    def numbers(self, parameters, key: str, context, label: str, allow_empty=False) -> list:
        """Numbers typed in text parameter ``key`` ("30, 60"; "2,5; 3"), distinct and not negative."""
        return self.number_list(self.parameterAsString(parameters, key, context), label, allow_empty)

    def number_list(self, text: str, label: str, allow_empty=False) -> list:
        """Numbers typed in ``text`` (see :meth:`numbers`); ``label`` names them in messages."""
        try:
            values = parse_numbers(text)
        except ValueError as error:
            raise QgsProcessingException(
                ConectaBridge.tr("{0} must be numbers separated by commas, e.g. 30,60; got '{1}'.").format(
                    label, text
                )
            ) from error
        if not values and not allow_empty:
            raise QgsProcessingException(ConectaBridge.tr("Give a value for {}.").format(label))
        if any(not (v >= 0 and v != float("inf")) for v in values):
            raise QgsProcessingException(ConectaBridge.tr("{} must not be negative.").format(label))
        return list(dict.fromkeys(values))

    def minutes(self, parameters, key: str, context, label: str) -> list:
        """Positive minutes typed in text parameter ``key`` ("10, 20, 30"), sorted."""
        text = self.parameterAsString(parameters, key, context)
        try:
            return parse_minutes(text)
        except ValueError as error:
            raise QgsProcessingException(
                ConectaBridge.tr(
                    "{0} must be positive minutes separated by commas, e.g. 10,20,30; got '{1}'."
                ).format(label, text)
            ) from error

    def interval(self, parameters, key: str, context) -> tuple:
        """A time interval typed as "40-60" in text parameter ``key``."""
        text = self.parameterAsString(parameters, key, context)
        try:
            low, high = parse_interval(text)
        except ValueError as error:
            raise QgsProcessingException(
                ConectaBridge.tr("Write the time interval as two numbers, e.g. 40-60; got '{}'.").format(text)
            ) from error
        if not 0 <= low < high:
            raise QgsProcessingException(
                ConectaBridge.tr("The time interval must go from a smaller to a larger time, e.g. 40-60.")
            )
        return low, high

    # ------------------------------------------------------------------ running

    def progress_callback(self, feedback, start: float = 0.0, end: float = 100.0):
        """A core progress callback that drives ``feedback`` and returns False when cancelled."""

        def callback(fraction: float) -> bool:
            if feedback is None:
                return True
            feedback.setProgress(start + (end - start) * fraction)
            return not feedback.isCanceled()

        return callback

    def fail(self, message: str) -> None:
        """Stop with a message for the planner (already translated)."""
        raise QgsProcessingException(message)

    def input_messages(self) -> dict:
        """Translated templates of the core :class:`InputError` codes this algorithm can meet (code → text
        with the error's named values in braces). Subclasses extend it."""
        return {}

    def input_message(self, error: InputError) -> str:
        """A core :class:`InputError` in the planner's language: the algorithm's own wording for its code, else
        the core template's translation (context ``@default``, where pylupdate5 puts ``QT_TR_NOOP``), numbers in the planner's locale."""
        template = self.input_messages().get(error.code) or QCoreApplication.translate(
            "@default", error.template
        )
        try:
            return localized(template).format(**error.values)
        except (KeyError, IndexError, ValueError):
            return str(error)

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        """Refuse file outputs whose folder is missing or read-only before any work is done."""
        for definition in self.destinationParameterDefinitions():
            check_destination(self, parameters, definition.name(), context)
        return True

    def processAlgorithm(self, parameters, context, feedback):
        """Run :meth:`process` with the guards of every Conecta run (see the module docstring)."""
        try:
            with run_outputs():
                results = self.process(parameters, context, feedback)
                if feedback is not None and feedback.isCanceled():
                    raise Cancelled()
            return results
        except Cancelled:
            feedback.pushInfo(ConectaBridge.tr("Cancelled: no output was written."))
            return {}
        except PlacementError as error:
            raise QgsProcessingException(
                ConectaBridge.tr(
                    "A finished output could not be put in place ({}). Close that file in other programs, or "
                    "choose another name, and run again."
                ).format(error)
            ) from error
        except InputError as error:
            raise QgsProcessingException(self.input_message(error)) from error
        except MemoryError as error:
            raise QgsProcessingException(
                ConectaBridge.tr(
                    "Not enough memory for this run ({}). Use fewer zones or origins, a shorter maximum time, or "
                    "write the matrix to a CSV or Parquet file."
                ).format(str(error) or "MemoryError")
            ) from error

    def process(self, parameters, context, feedback) -> dict:
        """The algorithm's work: read through the bridge, one core call, write through the bridge."""
        raise NotImplementedError
