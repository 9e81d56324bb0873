"""Translation contexts of the bridge's own messages, and how ids and lists are shown in a message.

Algorithms translate with their class name as context (``self.tr``); shared plumbing translates with one
stable context per group, so moving code between modules never loses a translation::

    ConectaBridge.tr("The zone layer has no features.")

pylupdate5 takes the name before ``.tr(`` as the context, so each context is a class of that very name.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

SHOWN = 5
"""How many ids or values a message lists before "…"."""


class _Context:
    """A translation context: ``tr`` translates with the class's own name (as pylupdate5 reads it)."""

    @classmethod
    def tr(cls, text: str) -> str:
        """``text`` in the user's language."""
        return QCoreApplication.translate(cls.__name__, text)


class ConectaBridge(_Context):
    """Readers, writers, parsers and parameter groups shared by every algorithm."""


def show_ids(ids, limit: int = SHOWN) -> str:
    """The first ``limit`` ids (or values) of a list, for a message: "12, 15, 31, …"."""
    ids = list(ids)
    text = ", ".join(str(value.item() if hasattr(value, "item") else value) for value in ids[:limit])
    return text + (", …" if len(ids) > limit else "")


def push_count(
    feedback, count, text: str, *more, examples=None, info: bool = False, limit: int = SHOWN
) -> None:
    """Push an "N things are …" line to ``feedback`` when ``count`` is not zero (nothing when it is).

    ``text`` is the translated message; it is formatted with ``count`` as ``{0}``, then the first ids of
    ``examples`` (as :func:`show_ids` shows them, ``limit`` at the most) when ``examples`` is given, then
    ``more``. The line is a warning, or an info line with ``info=True``::

        push_count(feedback, diag.bad_trips, self.tr("{0} trips end before they start (e.g. {1})."),
                   examples=diag.bad_trip_examples)
        push_count(feedback, n_null, self.tr("{0} zones have no value in field {1}: counted as 0."), name)
    """
    if not count:
        return
    values = [count] if examples is None else [count, show_ids(examples, limit)]
    line = text.format(*values, *more)
    if info:
        feedback.pushInfo(line)
    else:
        feedback.pushWarning(line)


def push_null_zones(feedback, count: int, field: str) -> None:
    """Warn that ``count`` zones have no value (NULL) in ``field`` and are counted as 0 (nothing when none)."""
    push_count(
        feedback, count, ConectaBridge.tr("{0} zones have no value in field {1}: counted as 0."), field
    )
