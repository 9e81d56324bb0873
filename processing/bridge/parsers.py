"""Parsers of the texts planners type in parameters: lists of numbers and minutes, intervals."""

from __future__ import annotations

import re


def parse_numbers(text: str) -> list[float]:
    """Numbers separated by commas ("30, 60"), or by semicolons when decimals are written with a comma
    ("2,5; 3"); an empty list for blank text; ValueError if an item is not a number."""
    text = (text or "").strip()
    if not text:
        return []
    if ";" in text:
        parts = [p.strip().replace(",", ".") for p in text.split(";")]
    else:
        parts = [p.strip() for p in text.split(",")]
    return [float(p) for p in parts if p]


def parse_minutes(text: str) -> list[float]:
    """'10, 20, 30' → [10.0, 20.0, 30.0] (sorted, unique, positive); ValueError on anything else."""
    values = sorted(set(parse_numbers(text)))
    if not values or values[0] <= 0:
        raise ValueError(text)
    return values


def parse_interval(text: str) -> tuple[float, float]:
    """An interval written "40-60" (or "40, 60") as two floats; ValueError if malformed."""
    parts = [p.strip() for p in re.split(r"[-,;]", (text or "").strip()) if p.strip()]
    if len(parts) != 2:
        raise ValueError(text)
    return float(parts[0]), float(parts[1])
