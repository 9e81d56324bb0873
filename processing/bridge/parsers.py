"""Parsers of the texts planners type in parameters: lists of numbers and minutes, intervals, clock times
and dates. Each raises ValueError on text it cannot read; the parameter readers turn that into a message."""

from __future__ import annotations

import datetime as _dt
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


def parse_named_numbers(text: str) -> dict[str, float]:
    """'fare:4.40; distance:5000' → {"fare": 4.4, "distance": 5000.0}: name:number pairs separated by
    semicolons (or by commas when the numbers have no decimal comma); {} for blank text; ValueError for an
    item without a name or a number, or a name given twice."""
    text = (text or "").strip()
    if not text:
        return {}
    items = text.split(";") if ";" in text or text.count(":") < 2 else text.split(",")
    out: dict[str, float] = {}
    for item in (i.strip() for i in items):
        if not item:
            continue
        name, colon, number = item.rpartition(":")
        if not colon or not name.strip() or name.strip() in out:
            raise ValueError(text)
        out[name.strip()] = float(number.strip().replace(",", "."))
    return out


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


def parse_clock(text: str) -> int:
    """'07:30' or '25:10:05' → seconds after midnight (hours past 24 allowed, as GTFS writes them);
    ValueError for anything else."""
    match = re.fullmatch(r"\s*(\d{1,3}):(\d{2})(?::(\d{2}))?\s*", str(text or ""))
    if not match or int(match.group(2)) >= 60 or int(match.group(3) or 0) >= 60:
        raise ValueError(text)
    return int(match.group(1)) * 3600 + int(match.group(2)) * 60 + int(match.group(3) or 0)


def parse_date(text: str) -> _dt.date:
    """'2019-05-13' → a date; ValueError for anything else."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", str(text or ""))
    if not match:
        raise ValueError(text)
    return _dt.date(*(int(g) for g in match.groups()))


def parse_percentiles(text: str) -> list[int]:
    """'25,50,75' → [25, 50, 75] (sorted, unique, 1..100); ValueError otherwise."""
    values = sorted({int(round(float(v))) for v in str(text).replace(";", ",").split(",") if v.strip()})
    if not values or values[0] < 1 or values[-1] > 100:
        raise ValueError(text)
    return values


def clock(seconds: float) -> str:
    """Seconds after midnight as HH:MM (hours past 24 kept: 25:10)."""
    seconds = int(seconds)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"
