"""What planners read for the codes of ``core/definitions.py``: mode names in their language, one wording
everywhere (toolbox choices, logs, docks, the report)."""

from __future__ import annotations

from ...core.definitions import BICYCLE, CAR, STREET_MODES, TRANSIT, WALK
from .messages import _Context


class ConectaVocabulary(_Context):
    """Translation context of the vocabulary's labels."""


def mode_label(mode: str) -> str:
    """A travel mode's name: "Walking", "Cycling", "Car" or "Public transport" (the code itself if unknown)."""
    labels = {
        WALK: ConectaVocabulary.tr("Walking"),
        BICYCLE: ConectaVocabulary.tr("Cycling"),
        CAR: ConectaVocabulary.tr("Car"),
        TRANSIT: ConectaVocabulary.tr("Public transport"),
    }
    return labels.get(mode, mode)


def street_mode_labels() -> list:
    """The street modes' names, in the order of every mode choice."""
    return [mode_label(mode) for mode in STREET_MODES]
