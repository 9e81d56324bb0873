"""Composite indices: indicator columns normalised (min-max, z-score, percentile rank), inverted where lower
is better, weighted and combined (OECD/JRC Handbook on Constructing Composite Indicators, 2008)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Sequence

import numpy as np
import pandas as pd

MINMAX = "minmax"
ZSCORE = "zscore"
RANK = "rank"


@dataclass
class CompositeResult:
    """Composite index and the normalised components."""

    index: pd.Series
    normalised: pd.DataFrame
    weights: Dict[str, float]
    """Weights actually used, normalised to sum 1."""
    incomplete_rows: int = 0
    """Rows with at least one missing component (index from the others, or NaN with ``propagate``)."""
    empty_rows: int = 0
    """Rows with every component missing (index NaN)."""
    constant_columns: List[str] = field(default_factory=list)
    """Columns with a single value: they contribute 0 (z-score) or 0.5 (min-max, rank) to every row."""


def normalise(values: pd.Series, method: str = MINMAX, invert: bool = False) -> pd.Series:
    """Normalise one column: min-max to 0..1, z-score (population std, ddof 0), or percentile rank 0..1.

    Rank uses average ranks for ties: (rank − 1) / (n − 1). ``invert`` makes low raw values score high
    (1 − x for min-max and rank, −z for z-score). NaN stays NaN; a constant column gives 0.5 (0 for z).
    """
    x = pd.to_numeric(values, errors="coerce").astype(float)
    valid = x.dropna()
    if method == MINMAX:
        low, high = valid.min(), valid.max()
        out = (x - low) / (high - low) if high > low else x * 0 + 0.5
    elif method == ZSCORE:
        std = valid.std(ddof=0)
        out = (x - valid.mean()) / std if std > 0 else x * 0
    elif method == RANK:
        n = len(valid)
        out = (x.rank(method="average") - 1) / (n - 1) if n > 1 and valid.nunique() > 1 else x * 0 + 0.5
    else:
        raise ValueError(f"unknown normalisation {method!r}; use {MINMAX!r}, {ZSCORE!r} or {RANK!r}")
    if invert:
        out = -out if method == ZSCORE else 1.0 - out
    return out


def composite_index(
    frame: pd.DataFrame,
    columns: Sequence[str],
    method: str = MINMAX,
    invert: Iterable[str] = (),
    weights: Optional[Mapping[str, float]] = None,
    nan_policy: str = "skip",
) -> CompositeResult:
    """Weighted mean of normalised indicator columns.

    Weights default to equal and are normalised to sum 1. ``nan_policy="skip"``: a row missing some
    components gets the weighted mean of the others (weights renormalised over what it has);
    ``"propagate"``: any missing component makes the row's index NaN. Rows missing all are NaN.
    """
    columns = list(columns)
    if not columns:
        raise ValueError("choose at least one indicator column")
    missing = [c for c in columns if c not in frame]
    if missing:
        raise ValueError(f"columns not found: {missing}")
    if nan_policy not in ("skip", "propagate"):
        raise ValueError("nan_policy must be 'skip' or 'propagate'")
    raw = {c: 1.0 for c in columns} if weights is None else {c: float(weights.get(c, 0.0)) for c in columns}
    if any(w < 0 or not np.isfinite(w) for w in raw.values()) or sum(raw.values()) <= 0:
        raise ValueError("weights must be non-negative with a positive sum")
    total = sum(raw.values())
    used = {c: w / total for c, w in raw.items()}
    inverted = set(invert)
    normalised = pd.DataFrame(
        {c: normalise(frame[c], method, c in inverted) for c in columns}, index=frame.index
    )
    values = normalised.to_numpy(dtype=float)
    w = np.array([used[c] for c in columns])
    present = ~np.isnan(values)
    weight_present = present @ w
    with np.errstate(invalid="ignore", divide="ignore"):
        index = np.nan_to_num(values, nan=0.0) @ w / weight_present
    index[weight_present <= 0] = np.nan
    incomplete = ~present.all(axis=1)
    if nan_policy == "propagate":
        index[incomplete] = np.nan
    constant = [c for c in columns if pd.to_numeric(frame[c], errors="coerce").dropna().nunique() <= 1]
    return CompositeResult(
        index=pd.Series(index, index=frame.index, name="index"),
        normalised=normalised,
        weights=used,
        incomplete_rows=int(incomplete.sum()),
        empty_rows=int((~present.any(axis=1)).sum()),
        constant_columns=constant,
    )
