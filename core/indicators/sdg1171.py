"""SDG 11.7.1, open public space (UN SDG metadata 11.7.1, 2021-03-01): the share of the city's area that
is open public space (and with streets), and the share of the population within walking distance of it
(the served population of :mod:`.served`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Mapping, Optional, Sequence

import numpy as np
import pandas as pd

from .served import ArrayLike, ServedPopulationResult, served_population


@dataclass
class Sdg1171Result:
    """Area share per zone and overall, and population within walking distance of open space."""

    area: pd.DataFrame
    """Columns zone, open_space_area, street_area, city_area, share_open_space_pct, share_with_streets_pct;
    last row ``city`` (sums)."""
    population: Optional[ServedPopulationResult]
    zero_area_zones: List = field(default_factory=list)


def sdg_1171(
    open_space_area: ArrayLike,
    city_area: ArrayLike,
    street_area: Optional[ArrayLike] = None,
    zones: Optional[Sequence] = None,
    population: Optional[pd.DataFrame] = None,
    served: Optional[Mapping[str, ArrayLike]] = None,
    total_field: Optional[str] = None,
) -> Sdg1171Result:
    """SDG 11.7.1: share of city area in open public space (and with streets), and population served.

    Areas are per zone in any one unit (fee-charging spaces already excluded by the caller). The
    population part (share within e.g. 400 m walking of an open space) is :func:`served_population`.
    """
    open_area = np.atleast_1d(np.asarray(open_space_area, dtype=float))
    area = np.atleast_1d(np.asarray(city_area, dtype=float))
    streets = np.zeros_like(area) if street_area is None else np.atleast_1d(np.asarray(street_area, float))
    if not (len(open_area) == len(area) == len(streets)):
        raise ValueError("open-space, street and city areas must have one value per zone")
    if (open_area < 0).any() or (area < 0).any() or (streets < 0).any():
        raise ValueError("areas must not be negative")
    labels = (list(range(len(area))) if zones is None else list(zones)) + ["city"]
    open_area, area, streets = (np.append(a, np.nansum(a)) for a in (open_area, area, streets))
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(area > 0, 100.0 * open_area / area, np.nan)
        share_streets = np.where(area > 0, 100.0 * (open_area + streets) / area, np.nan)
    table = pd.DataFrame(
        {
            "zone": labels,
            "open_space_area": open_area,
            "street_area": streets,
            "city_area": area,
            "share_open_space_pct": share,
            "share_with_streets_pct": share_streets,
        }
    )
    pop = None
    if population is not None:
        if served is None:
            raise ValueError("served fractions are needed with a population")
        pop = served_population(population, served, total_field)
    return Sdg1171Result(
        area=table, population=pop, zero_area_zones=[z for z, a in zip(labels, area) if not a > 0]
    )
