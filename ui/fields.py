"""Field auto-suggestion for the docks: score field names (English, Spanish, Portuguese) for a role.

Pure Python (no QGIS; names are normalised and accessibility results recognised as the core does): the docks
pass ``(name, is_numeric)`` pairs and get back the best field for a role
(zone id, population, income, jobs, schools, health care) or the opportunity fields of a layer.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from ..core.accessibility import MEASURES
from ..core.report import normalise

FieldInfo = Tuple[str, bool]
"""A field's name and whether it is numeric."""

ROLE_WORDS: Dict[str, Tuple[str, ...]] = {
    "id": ("id", "codigo", "cod", "code", "geocodigo", "geocode", "cd", "id_hex", "zone_id", "zona", "zone"),
    "population": (
        "population",
        "poblacion",
        "populacao",
        "pop",
        "habitantes",
        "hab",
        "pop_total",
        "pessoas",
    ),
    "income": (
        "income",
        "income_per_capita",
        "ingreso",
        "ingresos",
        "renda",
        "renda_per_capita",
        "renta",
        "rendimento",
        "salario",
    ),
    "jobs": ("jobs", "job", "empleos", "empleo", "empregos", "emprego", "trabajo", "trabajos", "employment"),
    "schools": ("schools", "school", "escuelas", "escuela", "escolas", "escola", "education", "educacion"),
    "health": (
        "health",
        "healthcare",
        "salud",
        "saude",
        "hospitals",
        "clinics",
        "hospital",
        "unidades_saude",
    ),
}
"""Words that name each role, most typical first (matched on accent-free lower-case names)."""

NUMERIC_ROLES = ("population", "income", "jobs", "schools", "health")
OPPORTUNITY_ROLES = ("jobs", "schools", "health")
OPPORTUNITY_PREFIXES = ("opp_", "opor_", "n_")
RESULT_PREFIXES = (*dict.fromkeys(f"{measure.prefix}_" for measure in MEASURES), "int_")
"""Prefixes of the fields conecta:accessibility writes (the core registry's): results, not opportunities."""


def score(name: str, role: str, numeric: bool = True) -> float:
    """How well a field ``name`` fits ``role``: 0 (not at all) up to 3 (exact word); numeric roles need numbers."""
    if role in NUMERIC_ROLES and not numeric:
        return 0.0
    text = normalise(name)
    words = ROLE_WORDS[role]
    if text in words:
        return 3.0 - 0.01 * words.index(text)
    tokens = text.split("_")
    best = 0.0
    for rank, word in enumerate(words):
        parts = word.split("_")
        n = len(parts)
        windows = ["_".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        if word in windows:
            best = max(best, 2.0 - 0.01 * rank)
        elif len(word) >= 4 and any(token.startswith(word) for token in tokens):
            best = max(best, 1.0 - 0.01 * rank)
    if best:
        best -= 0.05 * (len(tokens) - 1)
    return max(best, 0.0)


def suggest(fields: Sequence[FieldInfo], role: str, exclude: Sequence[str] = ()) -> Optional[str]:
    """The field that fits ``role`` best (first in layer order on ties), or None if none fits."""
    best_name, best_score = None, 0.0
    for name, numeric in fields:
        if name in exclude:
            continue
        value = score(name, role, numeric)
        if value > best_score:
            best_name, best_score = name, value
    return best_name


def suggest_opportunities(fields: Sequence[FieldInfo], exclude: Sequence[str] = ()) -> List[str]:
    """Numeric fields that hold opportunities (jobs, schools, health care), in layer order."""
    chosen = []
    for name, numeric in fields:
        if name in exclude or not numeric or normalise(name).startswith(RESULT_PREFIXES):
            continue
        if any(score(name, role, numeric) >= 1.0 for role in OPPORTUNITY_ROLES) or normalise(name).startswith(
            OPPORTUNITY_PREFIXES
        ):
            chosen.append(name)
    return chosen


def suggest_all(fields: Sequence[FieldInfo]) -> Dict[str, object]:
    """Suggested id, population, income and opportunity fields of a zone layer."""
    identifier = suggest(fields, "id")
    population = suggest(fields, "population", exclude=[identifier or ""])
    income = suggest(fields, "income", exclude=[identifier or "", population or ""])
    taken = [n for n in (identifier, population, income) if n]
    return {
        "id": identifier,
        "population": population,
        "income": income,
        "opportunities": suggest_opportunities(fields, exclude=taken),
    }


STOP_WORDS = ("stop", "stops", "parada", "paradas", "ponto", "pontos", "paradero", "paraderos", "gtfs")


def looks_like_stops(layer_name: str) -> bool:
    """Whether a layer's name says it holds public transport stops (en/es/pt)."""
    return any(token in STOP_WORDS for token in normalise(layer_name).split("_"))


STOP_MODE_WORDS = ("mode", "modo", "modal", "capacity", "capacidad", "capacidade", "class", "route_type")
"""Names of a stops field that tells the mode or capacity class, most telling first."""


def suggest_stop_mode(fields: Sequence[FieldInfo]) -> Optional[str]:
    """The stops field with each stop's mode or capacity class (mode, modo, capacity, route_type…), or None."""
    for word in STOP_MODE_WORDS:
        for name, _numeric in fields:
            if normalise(name) == word:
                return name
    return None


ZONE_WORDS = (
    "zone",
    "zones",
    "zona",
    "zonas",
    "hex",
    "hexagon",
    "hexagons",
    "hexagonos",
    "grid",
    "grade",
    "malla",
    "census",
    "censo",
    "setor",
    "setores",
    "sector",
    "sectores",
    "barrio",
    "barrios",
    "bairro",
    "bairros",
    "manzana",
    "manzanas",
    "ageb",
    "utam",
    "upz",
    "radio",
    "radios",
    "tract",
    "tracts",
)
"""Words in the names of layers that hold analysis zones (en/es/pt; AGEB, UPZ, UTAM are local units)."""


def zone_layer_score(name: str, is_polygon: bool, feature_count: int, fields: Sequence[FieldInfo]) -> float:
    """How much a layer looks like the zones of an analysis: polygons, many features, a population field and
    a zone-like name score high; a layer named like stops scores low whatever its geometry."""
    tokens = normalise(name).split("_")
    value = 2.0 if is_polygon else 0.0
    if any(token in ZONE_WORDS for token in tokens):
        value += 2.0
    if looks_like_stops(name):
        value -= 4.0
    if suggest(fields, "population"):
        value += 2.0
    if suggest_opportunities(fields):
        value += 1.0
    if feature_count and feature_count > 0:
        value += min(1.0, feature_count / 1000.0)
    return value
