"""Input problems a planner can fix, raised by the method library with a code and the values that explain
them, so the Processing layer can say them in the planner's language.

``InputError("duplicate_ids", "Ids must be unique: {n} ids are repeated ({examples}).", n=3, examples="a, b")``
is a ``ValueError`` whose English text is complete (for notebooks and the batch runner); the algorithms look
its ``code`` up in their table of translated templates and format them with ``values``.
"""

from __future__ import annotations


class InputError(ValueError):
    """A problem with the input that the planner can fix (``code`` names it, ``values`` fill its text)."""

    def __init__(self, code: str, template: str, **values) -> None:
        super().__init__(template.format(**values))
        self.code = code
        self.template = template
        self.values = values


def examples(values, limit: int = 5) -> str:
    """The first ``limit`` values of a list as text for a message: "12, 15, 31, …"."""
    values = list(values)
    text = ", ".join(str(v.item() if hasattr(v, "item") else v) for v in values[:limit])
    return text + (", …" if len(values) > limit else "")
