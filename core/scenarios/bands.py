"""Clock times and time bands of scenario tables (GTFS edits, congestion factors): ``HH:MM`` or ``HH:MM:SS``,
hours past 24 allowed as in GTFS (``25:30`` is 1:30 the next morning of the same service day).

A band is ``[start, end)`` in seconds since the service day's midnight; an empty start and end is the whole
service day, ``[0, 48 h)`` (GTFS times of a service day never reach 48:00).
"""

from __future__ import annotations

import re
from typing import Optional, Tuple

import numpy as np

from ..errors import QT_TR_NOOP, InputError

SERVICE_DAY_END = 48 * 3600.0
"""End of the widest service day a band may name (GTFS times run past 24:00, never to 48:00)."""

_CLOCK = re.compile(r"^\s*(\d{1,3}):([0-5]\d)(?::([0-5]\d))?\s*$")


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return str(value).strip() == ""


def parse_clock(value: object, what: str = "time") -> Optional[float]:
    """``HH:MM[:SS]`` → seconds (None when blank); :class:`InputError` ``bad_time`` when unreadable."""
    if _blank(value):
        return None
    match = _CLOCK.match(str(value))
    if match is None:
        raise InputError(
            "bad_time",
            QT_TR_NOOP(
                "The {what} {value!r} is not a clock time: write HH:MM or HH:MM:SS (hours past 24 are allowed)."
            ),
            what=what,
            value=str(value),
        )
    h, m, s = match.groups()
    return int(h) * 3600.0 + int(m) * 60.0 + (int(s) if s else 0)


def parse_band(start: object, end: object, where: str = "") -> Tuple[float, float]:
    """A band ``[start, end)`` in seconds; both blank = the whole service day ``[0, 48 h)``.

    One blank end takes the service day's start or end. A band whose end is not after its start raises
    ``empty_band``; one reaching 48:00 or later raises ``band_outside_service_day``.
    """
    a = parse_clock(start, "start time" + where)
    b = parse_clock(end, "end time" + where)
    a = 0.0 if a is None else a
    b = SERVICE_DAY_END if b is None else b
    band = {"start": format_clock(a), "end": format_clock(b), "where": where}  # for the messages
    if a >= SERVICE_DAY_END or b > SERVICE_DAY_END:
        raise InputError(
            "band_outside_service_day",
            QT_TR_NOOP("The time band {start}–{end}{where} lies outside the service day (00:00 to 48:00)."),
            **band,
        )
    if b <= a:
        raise InputError(
            "empty_band",
            QT_TR_NOOP("The time band {start}–{end}{where} is empty: its end must be after its start."),
            **band,
        )
    return a, b


def format_clock(seconds: float) -> str:
    """Seconds → ``HH:MM:SS`` (hours past 24 kept, as GTFS writes them)."""
    total = int(round(float(seconds)))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"


def format_clocks(seconds: np.ndarray) -> np.ndarray:
    """Vectorised :func:`format_clock`; NaN → empty string."""
    seconds = np.asarray(seconds, dtype=float)
    out = np.full(seconds.shape, "", dtype=object)
    ok = np.isfinite(seconds)
    if not ok.any():
        return out
    total = np.round(seconds[ok]).astype(np.int64)
    h, rest = np.divmod(total, 3600)
    m, s = np.divmod(rest, 60)
    if h.min() < 0 or h.max() > 99:
        out[ok] = [format_clock(v) for v in total]
        return out
    # Eight ASCII bytes per time, HH:MM:SS, built digit by digit.
    chars = np.empty((len(total), 8), dtype=np.uint8)
    for k, part in enumerate((h, m, s)):
        chars[:, 3 * k] = 48 + part // 10
        chars[:, 3 * k + 1] = 48 + part % 10
    chars[:, [2, 5]] = ord(":")
    out[ok] = chars.view("S8").ravel().astype("U8")
    return out
