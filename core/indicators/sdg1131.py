"""SDG 11.3.1, the ratio of land consumption rate to population growth rate (UN SDG metadata 11.3.1,
2021-03-01): built-up area read from rasters (GHSL GHS-BUILT and the like) and the indicator per zone and
for the city.

Conventions (pinned in tests/core/test_indicators.py):

- a change smaller than one part in 10⁹ (:data:`NO_CHANGE`) is no change: reprojecting zones or summing
  the same pixels of two rasters in another order gives totals that differ in their last digits, and a
  ratio of two such differences is noise (it read 10¹⁶ where the population did not change). Such a
  quantity has a growth rate of exactly 0, and LCRPGR is NULL where PGR is 0;
- a city with no built-up area at a date is an input error, not a rate of −100 % (or an infinite one).
"""

from __future__ import annotations

import math
import os
import uuid
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import InputError
from ..progress import ProgressCallback, report, scaled
from ..zonal import ZonalResult, zone_sums
from .served import ArrayLike

LINEAR = "linear"
LOGARITHMIC = "log"
NO_CHANGE = 1e-9
"""Relative change below which two areas or populations are the same (see the module docstring)."""

ABOVE_ZERO, EQUAL_TO, SURFACE = "above_zero", "equal_to", "surface"
"""How a built-up raster is read: pixels above 0 are built-up, pixels equal to a value are, or the pixel
values are the built-up surface in m² (GHS-BUILT-S)."""
STRIP_CELLS = 2_000_000
"""Pixels read at once by the built-up raster pass."""


# ---------------------------------------------------------------------------------------------------------
# Built-up area from rasters
# ---------------------------------------------------------------------------------------------------------


@dataclass
class BuiltUp:
    """Built-up area (m²) per zone (or one value for the whole raster) and the zonal diagnostics."""

    area: np.ndarray
    zonal: Optional[ZonalResult] = None


def _built_pixels(data: np.ndarray, mode: str, value: float, nodata) -> np.ndarray:
    """Which pixels of ``data`` are built-up (NaN and nodata never are)."""
    built = data > 0 if mode == ABOVE_ZERO else data == value
    if nodata is not None and not math.isnan(nodata):
        built &= data != nodata
    return built


def raster_built_up(
    path: str,
    mode: str,
    value: float = 1.0,
    row_area: Optional[np.ndarray] = None,
    zones: Optional[Sequence] = None,
    workdir: Optional[str] = None,
    progress: ProgressCallback = None,
) -> BuiltUp:
    """Built-up area (m²) of a raster over ``zones`` (polygons in the raster's CRS, as core.zonal takes
    them) or over the whole raster (``zones`` None).

    ``mode`` is :data:`ABOVE_ZERO`, :data:`EQUAL_TO` (pixels equal to ``value``) or :data:`SURFACE`; the
    first two count every built-up pixel with its area, ``row_area[r]`` m² for the pixels of row ``r``
    (the caller measures them, on the ellipsoid for geographic rasters). Zones get the exact share of each
    pixel they cover: an area raster is written to ``workdir`` for the zonal pass, and removed.
    """
    if mode not in (ABOVE_ZERO, EQUAL_TO, SURFACE):
        raise ValueError(f"unknown built-up raster mode {mode!r}")
    if mode == SURFACE:
        sums, zonal = zone_sums(path, zones, progress)
        return BuiltUp(sums, zonal)
    import rasterio
    from rasterio.windows import Window

    target = None
    if zones is not None:
        target = os.path.join(
            workdir or os.path.dirname(os.path.abspath(path)), f"built_{uuid.uuid4().hex}.tif"
        )
    try:
        total = 0.0
        with rasterio.open(path) as dataset:
            if row_area is None or len(row_area) != dataset.height:
                raise ValueError("row_area must give the pixel area of every row of the raster")
            nodata = dataset.nodatavals[0]
            writer = None
            if target is not None:
                profile = dict(
                    driver="GTiff", width=dataset.width, height=dataset.height, count=1, dtype="float32",
                    crs=dataset.crs, transform=dataset.transform, tiled=True, compress="lzw",
                    BIGTIFF="IF_SAFER",
                )  # fmt: skip
                writer = rasterio.open(target, "w", **profile)
            try:
                strip = max(1, STRIP_CELLS // dataset.width)
                for top in range(0, dataset.height, strip):
                    height = min(strip, dataset.height - top)
                    window = Window(0, top, dataset.width, height)
                    data = dataset.read(1, window=window)
                    area = _built_pixels(data, mode, value, nodata) * row_area[top : top + height, None]
                    total += float(area.sum())
                    if writer is not None:
                        writer.write(area.astype("float32"), 1, window=window)
                    report(progress, (0.5 if zones is not None else 1.0) * (top + height) / dataset.height)
            finally:
                if writer is not None:
                    writer.close()
        if zones is None:
            return BuiltUp(np.array([total]))
        sums, zonal = zone_sums(target, zones, scaled(progress, 0.5, 1.0))
        return BuiltUp(sums, zonal)
    finally:
        if target is not None and os.path.exists(target):
            os.remove(target)


# ---------------------------------------------------------------------------------------------------------
# The indicator
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Sdg1131Result:
    """Per-zone and whole-city 11.3.1 table with warning flags."""

    table: pd.DataFrame
    """One row per zone plus a last row ``city`` (sums of areas and populations). Columns: zone,
    built_past, built_present, pop_past, pop_present, years, lcr, pgr, lcrpgr, built_per_capita_past,
    built_per_capita_present, pgr_near_zero, negative_growth, no_past_built, no_population."""
    near_zero_zones: List = field(default_factory=list)
    negative_growth_zones: List = field(default_factory=list)
    invalid_zones: List = field(default_factory=list)
    """Zones with no built-up area in the past or no population at a date (rates NaN)."""


def unchanged(past: np.ndarray, present: np.ndarray) -> np.ndarray:
    """True where ``present`` differs from ``past`` by less than :data:`NO_CHANGE` of the larger."""
    with np.errstate(invalid="ignore"):
        return np.abs(present - past) <= NO_CHANGE * np.maximum(np.abs(past), np.abs(present))


def check_city_built_up(built_past: ArrayLike, built_present: ArrayLike) -> None:
    """Refuse a city without built-up area at a date (its rates would read −100 % or be infinite)."""
    for code, date, values in (
        ("no_built_past", "past", built_past),
        ("no_built_present", "present", built_present),
    ):
        if not np.nansum(np.asarray(values, dtype=float)) > 0:
            raise InputError(
                code,
                "No built-up area was found at the {date} date: check the built-up layer (features without "
                "geometry add no area; with a raster, check how its pixels are read and the built-up value).",
                date=date,
            )


def sdg_1131(
    built_past: ArrayLike,
    built_present: ArrayLike,
    pop_past: ArrayLike,
    pop_present: ArrayLike,
    years: float,
    zones: Optional[Sequence] = None,
    lcr_form: str = LINEAR,
    pgr_threshold: float = 1e-3,
) -> Sdg1131Result:
    """SDG 11.3.1 per zone and for the city: LCR, PGR, LCRPGR and built-up area per capita.

    Metadata 2021-03-01: LCR = (V_present − V_past) / V_past / t (``lcr_form="linear"``; the pre-2021
    form ln(V_present / V_past) / t with ``"log"``), PGR = ln(Pop_present / Pop_past) / t,
    LCRPGR = LCR / PGR. Built-up area per capita = V / Pop (area unit of the inputs per person).
    ``pgr_near_zero`` flags |PGR| < ``pgr_threshold`` (per year), where the ratio is unstable (it is still
    given unless PGR is 0); ``negative_growth`` flags PGR < 0 (the ratio's sign then flips). Changes below
    :data:`NO_CHANGE` are no change (module docstring).
    """
    if not years > 0:
        raise ValueError("the period must be a positive number of years")
    if lcr_form not in (LINEAR, LOGARITHMIC):
        raise ValueError(f"lcr_form must be {LINEAR!r} or {LOGARITHMIC!r}")
    arrays = [
        np.atleast_1d(np.asarray(a, dtype=float)) for a in (built_past, built_present, pop_past, pop_present)
    ]
    n = len(arrays[0])
    if any(len(a) != n for a in arrays):
        raise ValueError("built-up areas and populations must have one value per zone")
    zones = list(range(n)) if zones is None else list(zones)
    v0, v1, p0, p1 = (np.append(a, np.nansum(a)) for a in arrays)
    labels = zones + ["city"]
    no_past_built = ~(v0 > 0)
    no_population = ~((p0 > 0) & (p1 > 0))
    v1_rate = np.where(unchanged(v0, v1), v0, v1)
    p1_rate = np.where(unchanged(p0, p1), p0, p1)
    with np.errstate(divide="ignore", invalid="ignore"):
        if lcr_form == LINEAR:
            lcr = (v1_rate - v0) / v0 / years
        else:
            lcr = np.log(v1_rate / v0) / years
        lcr = np.where(no_past_built | ~np.isfinite(lcr), np.nan, lcr)
        pgr = np.where(no_population, np.nan, np.log(p1_rate / p0) / years)
        near_zero = np.isfinite(pgr) & (np.abs(pgr) < pgr_threshold)
        lcrpgr = np.where(~np.isfinite(pgr) | (pgr == 0), np.nan, lcr / pgr)
        per_capita_past = np.where(p0 > 0, v0 / p0, np.nan)
        per_capita_present = np.where(p1 > 0, v1 / p1, np.nan)
    negative = np.isfinite(pgr) & (pgr < 0)
    table = pd.DataFrame(
        {
            "zone": labels,
            "built_past": v0,
            "built_present": v1,
            "pop_past": p0,
            "pop_present": p1,
            "years": float(years),
            "lcr": lcr,
            "pgr": pgr,
            "lcrpgr": lcrpgr,
            "built_per_capita_past": per_capita_past,
            "built_per_capita_present": per_capita_present,
            "pgr_near_zero": near_zero,
            "negative_growth": negative,
            "no_past_built": no_past_built,
            "no_population": no_population,
        }
    )
    return Sdg1131Result(
        table=table,
        near_zero_zones=[z for z, f in zip(labels, near_zero) if f],
        negative_growth_zones=[z for z, f in zip(labels, negative) if f],
        invalid_zones=[z for z, a, b in zip(labels, no_past_built, no_population) if a or b],
    )
