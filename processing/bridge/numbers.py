"""Numbers read from layers: numeric fields, and text fields whose values are numbers (as OGR reads every
CSV column), typed once with the decimal separator the column shows."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from .features import unchecked
from .messages import ConectaBridge

NUMERIC_TYPES = {QVariant.Int, QVariant.UInt, QVariant.LongLong, QVariant.ULongLong, QVariant.Double}


def clean(value):
    """A QGIS attribute value with QGIS's NULL turned into None."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def text_numbers(source, name: str) -> bool:
    """False for a numeric field of ``source``, True for a text field (whose values must be read as numbers);
    stops with a translated message naming ``name`` when it is missing or of another type."""
    index = source.fields().lookupField(name)
    if index < 0:
        raise QgsProcessingException(ConectaBridge.tr("Field {} does not exist in the layer.").format(name))
    kind = source.fields().at(index).type()
    if kind not in NUMERIC_TYPES and kind != QVariant.String:
        raise QgsProcessingException(
            ConectaBridge.tr("Field {0} is of type {1}: a numeric field is needed.").format(
                name, source.fields().at(index).typeName()
            )
        )
    return kind == QVariant.String


def check_numeric(source, name: str) -> None:
    """Stop with a translated message naming ``name`` unless it holds numbers: a numeric field, or a text
    field (as OGR reads every CSV column) whose values are all numbers or NULL."""
    if text_numbers(source, name):
        index = source.fields().lookupField(name)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([index])
        read_numbers([clean(f.attributes()[index]) for f in unchecked(source, request)]).checked(name)


def numeric_columns(source, frame, names: list[str]) -> None:
    """Turn the columns ``names`` of ``frame`` (read from ``source``) into float64, checked as
    :func:`check_numeric` does without reading the layer again."""
    for name in dict.fromkeys(names):
        text_numbers(source, name)
        frame[name] = read_numbers(frame[name]).checked(name)


def to_float(values: list) -> tuple[np.ndarray, int]:
    """Numbers (numeric text included, see :func:`read_numbers`) as float64 with NaN for NULL or text;
    also the count of such values."""
    numbers = read_numbers(values)
    return numbers.values, int(np.isnan(numbers.values).sum())


# ---------------------------------------------------------------- numbers read from layers

MISSING_TEXT = frozenset({"", "na", "n/a", "nan", "null", "none"})
"""Text read as NULL (empty CSV fields, R's NA, pandas' nan)."""
PLAIN = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
TWO_WAYS = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")
DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")
GROUPED_COMMAS = re.compile(r"[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
GROUPED_DOTS = re.compile(r"[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
GROUPED_SPACES = re.compile(r"[+-]?[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?")


@dataclass
class Numbers:
    """A column typed by :func:`read_numbers`: float64 values (NaN for NULL and for what is not a number)."""

    values: np.ndarray
    bad: list = field(default_factory=list)
    ambiguous: list = field(default_factory=list)

    def checked(self, name: str) -> np.ndarray:
        """The values, or a translated message naming field ``name`` and its first value that is no number."""
        if self.bad:
            raise QgsProcessingException(
                ConectaBridge.tr(
                    "Field {0} holds text that is not a number, e.g. '{1}': choose a numeric field or correct "
                    "the table (numbers such as 1234.5, 1,234.5, 1234,5 or 1.234,5 are read)."
                ).format(name, self.bad[0])
            )
        if self.ambiguous:
            raise QgsProcessingException(
                ConectaBridge.tr(
                    "Field {0} holds '{1}', which reads as a decimal number or as one with a thousands "
                    "separator, and no other value of the field shows which: write its numbers without "
                    "thousands separators."
                ).format(name, self.ambiguous[0])
            )
        return self.values


def _read_text(text: str):
    """(evidence, value with a decimal point, value with a decimal comma) of one numeric text, else None.

    The evidence is "." or "," when the text shows its decimal separator, "" when it does not matter and
    "?" when it reads two ways ("1,234", "1.234").
    """
    if TWO_WAYS.fullmatch(text):
        digits = text.replace(",", "").replace(".", "")
        as_decimal = float(text.replace(",", "."))
        if "." in text:
            return "?", as_decimal, float(digits)
        return "?", float(digits), as_decimal
    if PLAIN.fullmatch(text):
        value = float(text)
        return ("." if "." in text else ""), value, value
    if DECIMAL_COMMA.fullmatch(text):
        value = float(text.replace(",", "."))
        return ",", value, value
    if GROUPED_COMMAS.fullmatch(text):
        value = float(text.replace(",", ""))
        return ".", value, value
    if GROUPED_DOTS.fullmatch(text):
        value = float(text.replace(".", "").replace(",", "."))
        return ",", value, value
    if GROUPED_SPACES.fullmatch(text):
        value = float(re.sub(r"[ \u00a0\u202f]", "", text).replace(",", "."))
        return "", value, value
    return None


def read_numbers(values) -> Numbers:
    """Type a column of values read from a layer: numbers, numeric text and NULL.

    Text is stripped; empty text, NA, NaN and NULL are NULL. A column's decimal separator is the one its
    values show: a point in "69.6", "1,234.5" or "1,234,567", a comma in "69,6", "0,472", "1.234,5" or
    "1.234.567" (spaces as thousands separators, "21 798", are read in either). A value that reads two ways
    ("1,234", "1.234") follows the column; where nothing shows it, "1.234" is read with a decimal point,
    as CSV files write numbers, and "1,234" is ambiguous. Booleans, dates and other text are not numbers.
    """
    import pandas as pd

    if getattr(values, "dtype", None) is not None and values.dtype.kind in "iuf":
        return Numbers(np.asarray(values, dtype=np.float64))
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    codes, uniques = pd.factorize(array)
    readings = []
    for value in uniques:
        if isinstance(value, (bool, np.bool_)):
            readings.append(None)
        elif isinstance(value, (int, float, np.number)):
            readings.append(("", float(value), float(value)))
        elif isinstance(value, str):
            text = value.strip()
            readings.append(("", math.nan, math.nan) if text.lower() in MISSING_TEXT else _read_text(text))
        else:
            readings.append(None)
    shown = {r[0] for r in readings if r is not None}
    comma = "," in shown and "." not in shown
    typed = np.full(len(uniques) + 1, np.nan)
    bad, ambiguous = [], []
    for i, (value, reading) in enumerate(zip(uniques, readings)):
        if reading is None:
            bad.append(value)
        elif reading[0] == "?" and ("," in value and not shown & {",", "."} or shown >= {",", "."}):
            ambiguous.append(value)
        else:
            typed[i] = reading[2] if comma else reading[1]
    return Numbers(typed[codes], bad, ambiguous)
