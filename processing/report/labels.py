"""What Conecta's accessibility field names mean, said as a planner says it: ``acc_jobs_60`` walking is
"Jobs reachable within 60 min on foot".

The names are those conecta:accessibility writes (``core.accessibility.output_field``: the measure's
prefix in the core registry, the opportunity, the parameter's code):
``acc_jobs_30`` cumulative (``acc_jobs_40_60`` an interval), ``grav_jobs_e005`` gravity with its decay
code, ``time_schools_1`` travel time to the closest, ``fca_``/``bfca_`` floating catchments, ``pas_``
passive accessibility (``int_`` is read as an interval too). Where a name could be read two ways
(``acc_jobs_2020_30``: an interval, a cutoff of 2020.30 min or opportunity ``jobs_2020``?), the reading
with a plausible travel time wins; names of other fields are shown as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ...core.accessibility import MEASURES
from ...core.definitions import STREET_MODES, TRANSIT
from ...core.report import normalise

MODE_CODES = (*STREET_MODES, TRANSIT, "")
"""Travel modes of the report's TRAVEL_MODE parameter, in its order (walk, bicycle, car as in
conecta:traveltimematrix's MODE; then public transport; "" not stated)."""

OPPORTUNITY_WORDS = {
    "jobs": ("jobs", "job", "empleos", "empleo", "empregos", "emprego", "employment", "trabajos", "trabajo"),
    "schools": ("schools", "school", "escuelas", "escuela", "escolas", "escola", "education", "educacion"),
    "health": ("health", "healthcare", "health_care", "salud", "saude"),
    "people": ("population", "pop", "poblacion", "populacao", "people", "residents", "habitantes"),
}
"""Opportunity words of field names (accent-free, lower case) and the opportunity they name."""

PREFIXES = (*dict.fromkeys(measure.prefix for measure in MEASURES), "int")
"""Field-name prefixes of the accessibility measures (core registry), and ``int`` read as an interval."""
NUMBER = r"\d+(?:_\d+)?"
DECAY = rf"[ep]\d+|lg{NUMBER}s\d+|l{NUMBER}|s\d+(?:_\d+)*|{NUMBER}"
FIELD = re.compile(rf"(?P<prefix>{'|'.join(PREFIXES)})_(?P<opportunity>.+?)_(?P<code>{DECAY})")


@dataclass
class FieldMeaning:
    """A parsed accessibility field name."""

    measure: str
    opportunity: str
    values: List[float] = field(default_factory=list)
    decay: Optional[Tuple[str, List[float]]] = None


def code_number(code: str) -> float:
    """A number written by ``number_code`` with its dot kept ("30" → 30, "7_5" → 7.5)."""
    return float(code.replace("_", "."))


def digits_number(digits: str) -> Optional[float]:
    """A number written without its dot ("005" → 0.05, "05" → 0.5, "2" → 2); None when it reads two ways
    ("15": 15 or 1.5)."""
    if len(digits) > 1 and digits.startswith("0"):
        return float("0." + digits[1:])
    return float(digits) if len(digits) == 1 else None


def split_number(opportunity: str, code: str) -> Tuple[str, float]:
    """Opportunity and travel time of a name ending in two numbers ("jobs", "7_5" → 7.5 min; "jobs",
    "2020_30" → "jobs_2020", 30 min: a decimal part has at most two digits and no trailing zero)."""
    whole, _, decimals = code.partition("_")
    if not decimals or (len(decimals) <= 2 and not decimals.endswith("0")):
        return opportunity, code_number(code)
    return f"{opportunity}_{whole}", float(decimals)


def parse_decay(code: str) -> Tuple[str, List[float]]:
    """Decay function of a decay code (``decay_code``): kind and its numbers (empty when they read two ways)."""
    if code[0] in "ep":
        number = digits_number(code[1:])
        return ("exponential" if code[0] == "e" else "power"), [] if number is None else [number]
    if code.startswith("lg"):
        median, sd = code[2:].split("s")
        number = digits_number(sd) if sd.startswith("0") else float(sd)
        return "logistic", [code_number(median), number]
    if code[0] == "l":
        return "linear", [code_number(code[1:])]
    if code[0] == "s":
        return "stepped", [float(step) for step in code[1:].split("_")]
    return "binary", [code_number(code)]


def parse_field(name: str) -> Optional[FieldMeaning]:
    """What a field name written by conecta:accessibility measures (None for any other name)."""
    match = FIELD.fullmatch(name)
    if match is None:
        return None
    prefix, opportunity, code = match.group("prefix", "opportunity", "code")
    if prefix == "time":
        match = re.fullmatch(r"time_(.+)_(\d+)", name)
        return FieldMeaning("closest", match.group(1), [float(match.group(2))]) if match else None
    if prefix in ("acc", "int"):
        if not re.fullmatch(NUMBER, code):
            return None
        whole, _, second = code.partition("_")
        if second and float(whole) < float(second):
            return FieldMeaning("interval", opportunity, [float(whole), float(second)])
        if prefix == "int":
            return None
        opportunity, minutes = split_number(opportunity, code)
        return FieldMeaning("cumulative", opportunity, [minutes])
    kind, numbers = parse_decay(code)
    if kind == "binary":
        opportunity, minutes = split_number(opportunity, code)
        numbers = [minutes]
    measure = {"grav": "gravity", "fca": "2sfca", "bfca": "bfca", "pas": "passive"}[prefix]
    return FieldMeaning(measure, opportunity, decay=(kind, numbers))


def opportunity_kind(name: str) -> str:
    """The opportunity a field's opportunity part names ("empregos" → "jobs"), "" when unknown."""
    text = normalise(name)
    return next((kind for kind, words in OPPORTUNITY_WORDS.items() if text in words), "")


class ReportLabels:
    """Translated planner's labels of accessibility fields, in the report's language and number format.

    ``translate(context, text)`` is the report's own translator (see ``translation.Translator``).
    """

    def __init__(self, translate=None, locale: Optional[QLocale] = None, mode: str = "") -> None:
        self._translate = translate or QCoreApplication.translate
        self.locale = locale or QLocale()
        self.mode = mode

    def tr(self, text: str) -> str:
        return self._translate(type(self).__name__, text)

    def number(self, value: float) -> str:
        """A parameter of a measure (minutes, decay values) in the report's number format."""
        return self.locale.toString(float(value), "g", 6)

    def mode_phrase(self) -> str:
        """How people travel, as the end of a label ("on foot"); empty when not stated."""
        phrases = {
            "walk": self.tr("on foot"),
            "bicycle": self.tr("by bicycle"),
            "car": self.tr("by car"),
            "transit": self.tr("by public transport"),
        }
        return phrases.get(self.mode, "")

    def opportunities(self, name: str) -> str:
        """The opportunities of a field, in the plural ("jobs"), or the field's own name."""
        plural = {
            "jobs": self.tr("jobs"),
            "schools": self.tr("schools"),
            "health": self.tr("health facilities"),
            "people": self.tr("people"),
        }
        return plural.get(opportunity_kind(name), name)

    def nearest(self, name: str) -> str:
        """The closest opportunity of a field ("the nearest school")."""
        singular = {
            "jobs": self.tr("the nearest job"),
            "schools": self.tr("the nearest school"),
            "health": self.tr("the nearest health facility"),
        }
        kind = opportunity_kind(name)
        return singular[kind] if kind in singular else self.tr("the nearest opportunity ({})").format(name)

    def decay_phrase(self, decay: Tuple[str, List[float]]) -> str:
        """A decay function in words ("negative exponential decay, parameter 0.05")."""
        kind, numbers = decay
        shown = [self.number(v) for v in numbers if v is not None]
        if kind == "binary":
            return self.tr("within {} min").format(*shown)
        if kind == "linear":
            return self.tr("linear decay to zero at {} min").format(*shown)
        if kind == "stepped":
            return self.tr("stepped decay at {} min").format(" / ".join(shown))
        if kind == "logistic" and len(shown) == 2:
            return self.tr("logistic decay, median {0} min, standard deviation {1} min").format(*shown)
        if kind == "logistic":
            return self.tr("logistic decay, median {} min").format(shown[0])
        names = {
            "exponential": self.tr("negative exponential decay"),
            "power": self.tr("inverse power decay"),
        }
        if not shown:
            return names[kind]
        return self.tr("{0}, parameter {1}").format(names[kind], shown[0])

    def label(self, name: str) -> str:
        """The planner's label of field ``name`` (the name itself when it is not one of Conecta's)."""
        meaning = parse_field(name)
        if meaning is None:
            return name
        text = self._phrase(meaning)
        text = re.sub(r"\s+", " ", text).replace(" )", ")").replace("( ", "(").replace(" ,", ",").strip()
        if opportunity_kind(meaning.opportunity):
            text = text[:1].upper() + text[1:]
        return text

    def _phrase(self, meaning: FieldMeaning) -> str:
        mode = self.mode_phrase()
        what = self.opportunities(meaning.opportunity)
        values = [self.number(v) for v in meaning.values]
        if meaning.measure == "cumulative":
            return self.tr("{0} reachable within {1} min {2}").format(what, values[0], mode)
        if meaning.measure == "interval":
            return self.tr("{0} reachable within {1} to {2} min {3} (median over the cutoffs)").format(
                what, values[0], values[1], mode
            )
        if meaning.measure == "closest":
            if meaning.values[0] == 1:
                return self.tr("Minutes to {0} {1}").format(self.nearest(meaning.opportunity), mode)
            return self.tr("Minutes to reach {0} {1} {2}").format(values[0], what, mode)
        binary = meaning.decay[0] == "binary"
        minutes = self.number(meaning.decay[1][0]) if binary else ""
        decay = self.decay_phrase(meaning.decay)
        if meaning.measure == "passive" and binary:
            return self.tr("{0} who can reach the zone within {1} min {2}").format(what, minutes, mode)
        if meaning.measure == "passive":
            return self.tr("{0} who can reach the zone, gravity-weighted by travel time {1} ({2})").format(
                what, mode, decay
            )
        if meaning.measure == "gravity":
            return self.tr("{0}, gravity-weighted by travel time {1} ({2})").format(what, mode, decay)
        method = "2SFCA" if meaning.measure == "2sfca" else "BFCA"
        if binary:
            return self.tr("{0} per person within {1} min {2} ({3})").format(what, minutes, mode, method)
        return self.tr("{0} per person, gravity-weighted by travel time {1} ({2}, {3})").format(
            what, mode, method, decay
        )
