"""Output field names: codes for numbers, safe opportunity names, the 63-character limit."""

from __future__ import annotations

import re
import unicodedata

MAX_FIELD_NAME = 63


def number_code(value: float, keep_dot: bool = True) -> str:
    """A number for a field name: 30 → "30", 7.5 → "7_5" (or "75" without the dot, as in e005)."""
    text = f"{value:g}"
    text = text.replace(".", "_" if keep_dot else "")
    return re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_")


def safe_name(text: str) -> str:
    """ASCII letters, digits and single underscores (valid in GeoPackage and Shapefile field names)."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"_+", "_", re.sub(r"[^0-9A-Za-z]", "_", ascii_text)).strip("_") or "x"


def field_name(prefix: str, opportunity: str, code: str) -> str:
    """``prefix_opportunity_code`` at most 63 characters long (the opportunity part is shortened)."""
    room = MAX_FIELD_NAME - len(prefix) - len(code) - 2
    return f"{prefix}_{safe_name(opportunity)[: max(room, 1)].rstrip('_')}_{code}"


def unique_names(names: list[str]) -> list[str]:
    """Names made unique by a numeric suffix where they collide (e.g. e15 for 1.5 and 15)."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        if name in seen:
            seen[name] += 1
            name = f"{name[: MAX_FIELD_NAME - 3]}_{seen[name]}"
        else:
            seen[name] = 1
        out.append(name)
    return out
