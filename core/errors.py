"""Input problems a planner can fix, raised by the method library with a code and the values that explain
them, so the Processing layer can say them in the planner's language.

``InputError("duplicate_ids", QT_TR_NOOP("Ids must be unique: {n} ids are repeated
({examples})."), n=3, examples="a, b")`` is a ``ValueError`` whose English text is complete (for notebooks and
the batch runner). Its template is marked for translation (context ``@default``), so the Processing layer
says it in the planner's language, numbers in the planner's locale; an algorithm may also give its own
wording for a ``code`` (``input_messages()``).
"""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name pylupdate5 looks for)
    """Mark ``text`` for translation: pylupdate5 extracts it into the .ts files (context ``@default``), the
    Processing layer translates it when it reports the error; here it is returned unchanged (no Qt in core).
    Keep the call on one argument without a trailing comma: pylupdate5 skips ``QT_TR_NOOP("…",)``."""
    return text


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


def require_columns(table, columns, code: str, template: str, /, key: str = "fields", **values) -> None:
    """Raise ``InputError(code, template)`` when ``table`` (a DataFrame) lacks any of ``columns``: the missing
    ones, joined by ", ", fill the template's ``{key}`` (``{fields}`` unless told); ``values`` fill the rest."""
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise InputError(code, template, **values, **{key: ", ".join(missing)})
