"""Inputs of the fleet and industry group (conecta:fleetfromgtfs, conecta:fleetrenewal, conecta:busfleetcost):
the GTFS day and time window typed as text, the tables planners give (fleet ages, purchase policy, prices,
local content, costs: a layer, or the path of a CSV or Parquet file) and the ``size:number`` lists.

Tables are read through :mod:`.readers` (one loop over a layer, or pandas on a file); a column the method
needs and the table lacks is named with the columns it has; numeric text is typed once (:mod:`.numbers`).
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional, Sequence

import pandas as pd
from qgis.core import QgsProcessingException

from .messages import _Context
from .parsers import parse_date, parse_named_numbers, parse_numbers
from .readers import file_columns, read_long_table, source_of, table_file
from .writers import variant_of, write_table

SIZES = ("micro", "midi", "standard", "articulated", "biarticulated")
"""Bus sizes of the presets, in the order of the size choices."""
POLICY_PRESETS = ("sao_paulo", "cdmx_metrobus", "curitiba")
"""Purchase-policy presets of resources/presets/purchase_policy.csv, in the order of the choice (then custom)."""
LOCAL_CONTENT_PRESETS = ("argentina_rule", "brazil_bodies")
"""Local-content presets of resources/presets/local_content.csv, in the order of the choice (then custom)."""


class ConectaFleet(_Context):
    """Translation context of the fleet and industry group's shared messages."""


def policy_labels() -> list:
    """Translated names of the purchase-policy choices (presets, then a table)."""
    return [
        ConectaFleet.tr("São Paulo: no new diesel buses from October 2022"),
        ConectaFleet.tr("Mexico City Metrobús: zero-emission fleet by 2035"),
        ConectaFleet.tr("Curitiba: 33 % of the fleet zero-emission by 2030"),
        ConectaFleet.tr("Custom: the purchase policy table"),
    ]


def local_content_labels() -> list:
    """Translated names of the local-content choices (presets, then a table)."""
    return [
        ConectaFleet.tr("Argentina: local content rising from 10 % to 25 %"),
        ConectaFleet.tr("Brazil: bodies built in the country, cells imported"),
        ConectaFleet.tr("Custom: the local content table"),
    ]


def size_labels() -> list:
    """Translated names of the bus sizes, in the order of :data:`SIZES`."""
    return [
        ConectaFleet.tr("Micro (about 8 m)"),
        ConectaFleet.tr("Midi (about 10 m)"),
        ConectaFleet.tr("Standard (12 m)"),
        ConectaFleet.tr("Articulated (18 m)"),
        ConectaFleet.tr("Bi-articulated (25 m)"),
    ]


def given(parameters, key: str) -> bool:
    """Whether an optional parameter was given a value."""
    return parameters.get(key) not in (None, "")


def read_table(
    alg,
    parameters,
    key: str,
    context,
    feedback,
    text: Sequence[str] = (),
    numbers: Sequence[str] = (),
    optional_text: Sequence[str] = (),
    optional_numbers: Sequence[str] = (),
) -> Optional[pd.DataFrame]:
    """The table of parameter ``key`` (None when not given) with the columns ``text`` and ``numbers``, and the
    optional ones it has; numbers typed (numeric text read, NULL → NaN)."""
    if not given(parameters, key):
        return None
    path = table_file(alg, parameters, key, context)
    present = (
        file_columns(path) if path is not None else source_of(alg, parameters, key, context).fields().names()
    )
    texts = list(text) + [c for c in optional_text if c in present]
    columns = texts + list(numbers) + [c for c in optional_numbers if c in present]
    table = read_long_table(alg, parameters, key, context, columns, feedback, text_ids=len(texts))
    for column in texts:
        table[column] = table[column].where(table[column].notna(), "").astype(str).str.strip()
    return table


def table_name(alg, parameters, key: str, context) -> str:
    """The file or layer name of a table parameter, for messages."""
    path = table_file(alg, parameters, key, context)
    return path.name if path is not None else source_of(alg, parameters, key, context).sourceName()


def named_numbers(text: str, label: str, known: Sequence[str] = SIZES) -> dict:
    """``standard:15; articulated:16`` as {size: number}; a message naming ``label`` when it cannot be read
    or names a size that is not one of ``known``."""
    try:
        values = parse_named_numbers(text)
    except ValueError:
        raise QgsProcessingException(
            ConectaFleet.tr(
                "{0} must be written size:number, e.g. standard:15; articulated:16; got '{1}'."
            ).format(label, text)
        ) from None
    unknown = [name for name in values if name not in known]
    if unknown:
        raise QgsProcessingException(
            ConectaFleet.tr("{0}: unknown bus size {1}; the sizes are {2}.").format(
                label, ", ".join(unknown), ", ".join(known)
            )
        )
    return values


def layover_list(text: str) -> list:
    """The layovers typed ("0,5,10"), as given (the method checks their signs)."""
    try:
        values = parse_numbers(text)
    except ValueError:
        raise QgsProcessingException(
            ConectaFleet.tr(
                "The layovers must be minutes separated by commas, e.g. 0,5,10; got '{}'."
            ).format(text)
        ) from None
    return list(dict.fromkeys(values))


def service_date(text: str) -> Optional[_dt.date]:
    """The date typed (YYYY-MM-DD), or None when empty."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise QgsProcessingException(
            ConectaFleet.tr(
                "The date {} is not valid: write it as YYYY-MM-DD, for example 2019-05-13."
            ).format(text)
        ) from None


def write_fleet_table(alg, parameters, key: str, context, feedback, frame: pd.DataFrame) -> str:
    """``frame`` written by :func:`.writers.write_table` with NaN as NULL (an empty cell in CSV)."""
    types = {str(c): variant_of(frame[c]) for c in frame.columns}
    values = frame.astype(object).where(frame.notna(), None)
    return write_table(alg, parameters, key, context, feedback, values, types)
