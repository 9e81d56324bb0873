"""Who is served: the streets reached on foot from a set of points (stops, open-space entrances) and the
share of population that lives where they reach (SDG 11.2.1 and the population part of 11.7.1).

Conventions (pinned in tests/core/test_indicators.py and tests/processing/test_sdg_algs.py):

- a point links to its nearest street within the snapping distance, as QGIS's own service-area tools
  link points (r5r and ``conecta:traveltimematrix`` link points to the largest connected part instead:
  here a stop serves the streets it stands on). A point whose nearest street lies on a piece of the
  network cut off from the rest (an island, a footway not joined to the streets) serves only that piece,
  and is listed (:attr:`ReachedStreets.on_fragment`) so that the planner can check the network there;
  population reached only by such a piece is served only by stops on it;
- a street is reached when the walk to it is at most the distance (``≤``, as r5r's cutoffs); streets
  partly reached are cut at the exact point; the walk from the point to its street counts;
- a point farther than the snapping distance from every street serves no one (``≤`` again: a point
  exactly at the snapping distance is linked).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Union

import numpy as np
import pandas as pd

from .. import network
from ..progress import ProgressCallback

ArrayLike = Union[Sequence[float], np.ndarray, pd.Series]


# ---------------------------------------------------------------------------------------------------------
# Streets reached on foot
# ---------------------------------------------------------------------------------------------------------


def walking_minutes(graph, distance_m: float) -> float:
    """Minutes needed to walk ``distance_m`` at the graph's walking speed."""
    return float(distance_m) / (graph.walk_speed_kmh / 3.6) / 60.0


@dataclass
class ReachedStreets:
    """Street pieces reached on foot from a set of points, and how the points met the network."""

    pieces: list
    """Polylines ((k, 2) arrays, the walk from each point to its street included)."""
    unsnapped: np.ndarray
    """Positions of the points farther than the snapping distance from every street."""
    on_fragment: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    """Positions of the points whose street lies on a piece of the network cut off from its main part."""


def off_main_points(graph, xy: np.ndarray, snap_m: float) -> np.ndarray:
    """Positions of the points of ``xy`` whose nearest street (within ``snap_m``) is not on the main part of
    the network (its largest strongly connected part)."""
    snapped = network.snap_points(graph, xy, snap_m)
    in_main = network.main_component_edges(graph)
    return np.flatnonzero((snapped.edge >= 0) & ~in_main[np.maximum(snapped.edge, 0)])


def reached_streets(
    graph, xy: np.ndarray, distance_m: float, snap_m: float, progress: ProgressCallback = None
) -> ReachedStreets:
    """The streets within ``distance_m`` walking of any point of ``xy`` (see the module docstring)."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    empty = np.zeros(0, dtype=np.int64)
    if len(xy) == 0 or not distance_m > 0:
        return ReachedStreets([], empty, empty)
    reached = network.reached_segments(
        graph,
        xy,
        [walking_minutes(graph, distance_m)],
        per_origin=False,
        max_snap_m=snap_m,
        progress=progress,
    )
    pieces = reached.lines[0][0] if reached.lines else []
    return ReachedStreets(
        pieces, np.asarray(reached.unsnapped, dtype=np.int64), off_main_points(graph, xy, snap_m)
    )


# ---------------------------------------------------------------------------------------------------------
# Served population
# ---------------------------------------------------------------------------------------------------------


@dataclass
class ServedPopulationResult:
    """Tidy table of served population per scenario and population field, with diagnostics."""

    table: pd.DataFrame
    """Columns: scenario, field, served, total, indicator_pct (100 x served / total; NaN when total is 0)."""
    overall: Dict[str, float]
    """Indicator (%) of the total field per scenario."""
    null_population: Dict[str, int] = field(default_factory=dict)
    """Per field, how many features had a NULL/NaN population (counted as 0)."""
    zero_population_fields: List[str] = field(default_factory=list)
    """Fields whose total population is 0 (indicator NaN)."""
    invalid_served: Dict[str, int] = field(default_factory=dict)
    """Per scenario, how many served fractions were NULL (counted as 0)."""


def served_population(
    population: pd.DataFrame,
    served: Mapping[str, ArrayLike],
    total_field: Optional[str] = None,
) -> ServedPopulationResult:
    """Share of population served per scenario and field: Σ population × served fraction / Σ population.

    ``population`` has one column per population field (total, women, men, age bands, ...), one row per
    feature. ``served`` maps scenario names (e.g. "all", "low", "high", "all_frequent") to the served
    fraction of each feature (area share inside the merged service area, 0..1; 1/0 for points).
    ``total_field`` (default: the first column) gives ``overall``.
    """
    if population.shape[1] == 0:
        raise ValueError("population needs at least one field")
    fields = list(population.columns)
    total_field = fields[0] if total_field is None else total_field
    if total_field not in fields:
        raise ValueError(f"total field {total_field!r} is not a population field")
    values = population.apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
    null_counts = np.isnan(values).sum(axis=0)
    values = np.nan_to_num(values, nan=0.0)
    totals = values.sum(axis=0)
    rows, overall, invalid = [], {}, {}
    for scenario, fraction in served.items():
        share = np.asarray(pd.to_numeric(pd.Series(np.asarray(fraction)), errors="coerce"), dtype=float)
        if share.shape != (len(population),):
            raise ValueError(
                f"scenario {scenario!r}: {share.shape[0]} fractions for {len(population)} features"
            )
        invalid[scenario] = int(np.isnan(share).sum())
        share = np.nan_to_num(share, nan=0.0)
        if (share < -1e-9).any() or (share > 1 + 1e-9).any():
            raise ValueError(f"scenario {scenario!r}: served fractions must be within 0..1")
        share = np.clip(share, 0.0, 1.0)
        served_totals = share @ values
        with np.errstate(invalid="ignore", divide="ignore"):
            pct = np.where(totals > 0, 100.0 * served_totals / totals, np.nan)
        for name, s, t, p in zip(fields, served_totals, totals, pct):
            rows.append((scenario, name, s, t, p))
        overall[scenario] = float(pct[fields.index(total_field)])
    table = pd.DataFrame(rows, columns=["scenario", "field", "served", "total", "indicator_pct"])
    return ServedPopulationResult(
        table=table,
        overall=overall,
        null_population={f: int(n) for f, n in zip(fields, null_counts) if n},
        zero_population_fields=[f for f, t in zip(fields, totals) if not t > 0],
        invalid_served={s: n for s, n in invalid.items() if n},
    )


def served_shares(served: np.ndarray, totals: np.ndarray) -> np.ndarray:
    """Served share of each zone from its served and total population (0 where the total is 0)."""
    served = np.nan_to_num(np.asarray(served, dtype=float))
    totals = np.nan_to_num(np.asarray(totals, dtype=float))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, served / np.where(totals > 0, totals, 1.0), 0.0)
