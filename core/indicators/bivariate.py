"""Bivariate classes: two indicators crossed into a 3 × 3 choropleth (Stevens 2015, "Bivariate Choropleth
Maps: A How-to Guide"), tertiles or given breaks, with the blue/pink palette."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from .served import ArrayLike

BIVARIATE_PALETTE: Dict[str, str] = {
    "1-1": "#e8e8e8",
    "2-1": "#e4acac",
    "3-1": "#c85a5a",
    "1-2": "#b0d5df",
    "2-2": "#ad9ea5",
    "3-2": "#985356",
    "1-3": "#64acbe",
    "2-3": "#627f8c",
    "3-3": "#574249",
}
"""Joshua Stevens' 3×3 blue/pink scheme; code "x-y": x = class of the first field (grey → red),
y = class of the second (grey → blue); "3-3" both high (dark)."""


@dataclass
class BivariateResult:
    """Bivariate class per row ("1-1".."3-3", None when a value is missing) and the breaks used."""

    codes: pd.Series
    class_x: np.ndarray
    class_y: np.ndarray
    breaks_x: List[float]
    breaks_y: List[float]
    missing: int = 0
    palette: Dict[str, str] = field(default_factory=lambda: dict(BIVARIATE_PALETTE))


def _classes(values: np.ndarray, breaks: Optional[Sequence[float]]) -> tuple:
    """Classes 1..3 (0 for NaN): v ≤ b1 → 1, b1 < v ≤ b2 → 2, v > b2 → 3; tertile breaks by default."""
    if breaks is None:
        valid = values[~np.isnan(values)]
        if len(valid) == 0:
            breaks = [np.nan, np.nan]
        else:
            breaks = list(np.quantile(valid, [1 / 3, 2 / 3]))
    breaks = [float(b) for b in breaks]
    if len(breaks) != 2 or breaks[0] > breaks[1]:
        raise ValueError("bivariate breaks must be two increasing values")
    classes = 1 + (values > breaks[0]).astype(int) + (values > breaks[1]).astype(int)
    classes[np.isnan(values)] = 0
    return classes, breaks


def bivariate_classes(
    x: ArrayLike,
    y: ArrayLike,
    breaks_x: Optional[Sequence[float]] = None,
    breaks_y: Optional[Sequence[float]] = None,
) -> BivariateResult:
    """3×3 bivariate classes of two fields (tertiles unless breaks are given), codes "x-y" + palette."""
    xv = pd.to_numeric(pd.Series(np.asarray(x)), errors="coerce").to_numpy(dtype=float)
    yv = pd.to_numeric(pd.Series(np.asarray(y)), errors="coerce").to_numpy(dtype=float)
    if len(xv) != len(yv):
        raise ValueError("both fields need one value per feature")
    cx, bx = _classes(xv, breaks_x)
    cy, by = _classes(yv, breaks_y)
    missing = (cx == 0) | (cy == 0)
    codes = np.array([f"{a}-{b}" for a, b in zip(cx, cy)], dtype=object)
    codes[missing] = None
    return BivariateResult(
        codes=pd.Series(codes, name="bivariate"),
        class_x=cx,
        class_y=cy,
        breaks_x=bx,
        breaks_y=by,
        missing=int(missing.sum()),
    )
