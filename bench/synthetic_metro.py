"""A synthetic metropolitan street network and zone grid of a chosen size, for the metropolitan benchmarks.

The network is a grid of 100 m blocks (default 1,000 × 1,000 junctions: a 100 km square, the size of the
São Paulo or Mexico City metropolitan regions) with a road hierarchy and the irregularities of an OSM network:

- every 50th line is a trunk road (80 km/h by car, closed to walking), every 10th a primary (60 km/h), every
  5th a secondary (50 km/h), the rest residential streets (30 km/h), some of them one-way;
- 30 % of the residential blocks are missing (chosen at random), which leaves T-junctions (the commonest
  junction of Porto Alegre's OSM network: 55 % of its junctions), dead ends, chains and a few islands.

With the defaults it has about 1.52 M edges. Zones are points jittered inside the cells of a regular grid over
the same square (100,000 zones: one per 0.1 km², an H3 resolution-9 hexagon), with population and jobs
(integers; jobs concentrated towards the centre). Everything is drawn from fixed seeds.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

STEP_M = 100.0
SIDE = 1000
MISSING_SHARE = 0.30


def line_class(line: np.ndarray) -> np.ndarray:
    """OSM highway class of each grid line (by its index)."""
    return np.select(
        [line % 50 == 0, line % 10 == 0, line % 5 == 0],
        ["trunk", "primary", "secondary"],
        "residential",
    ).astype(object)


def metro_lines(
    side: int = SIDE, step: float = STEP_M, missing: float = MISSING_SHARE, seed: int = 7
) -> tuple:
    """Start and end points, highway and oneway tags of the grid's blocks (one two-point line each)."""
    cols, rows = np.meshgrid(np.arange(side - 1), np.arange(side))
    line = np.r_[rows.ravel(), rows.ravel()]
    along = np.r_[cols.ravel(), cols.ravel()].astype(np.float64)
    horizontal = np.r_[np.ones(rows.size, bool), np.zeros(rows.size, bool)]
    starts = np.where(horizontal[:, None], np.c_[along * step, line * step], np.c_[line * step, along * step])
    ends = starts + np.where(horizontal[:, None], [step, 0.0], [0.0, step])
    highway = line_class(line)
    residential = highway == "residential"
    keep = ~residential | (np.random.default_rng(seed).random(len(line)) >= missing)
    oneway = np.where(
        residential & (line % 10 == 3), "yes", np.where(residential & (line % 10 == 7), "-1", None)
    )
    return starts[keep], ends[keep], highway[keep], oneway.astype(object)[keep]


def metro_network(side: int = SIDE, **options):
    """The synthetic network as a Conecta street network."""
    from conecta.core import network as nw

    starts, ends, highway, oneway = metro_lines(side, **options)
    parts = list(np.stack([starts, ends], axis=1))
    return nw.build_network(parts, np.arange(len(parts)), highway=highway, oneway=oneway)


def metro_zones(n_zones: int, side: int = SIDE, step: float = STEP_M, seed: int = 11) -> pd.DataFrame:
    """``n_zones`` zones over the network's square: ids, x, y, population and jobs (integers)."""
    rng = np.random.default_rng(seed)
    width = (side - 1) * step
    k = int(np.ceil(np.sqrt(n_zones)))
    cell = width / k
    gx, gy = np.meshgrid(np.arange(k), np.arange(k))
    picked = np.sort(rng.choice(k * k, size=n_zones, replace=False))
    x = (gx.ravel()[picked] + rng.uniform(0.1, 0.9, n_zones)) * cell
    y = (gy.ravel()[picked] + rng.uniform(0.1, 0.9, n_zones)) * cell
    centre = np.hypot(x - width / 2, y - width / 2)
    population = rng.poisson(200.0 * 100_000 / n_zones, n_zones)
    jobs = rng.poisson(80.0 * 100_000 / n_zones * np.exp(-centre / 20_000.0) * 3.0, n_zones)
    return pd.DataFrame(
        {"id": np.arange(1, n_zones + 1), "x": x, "y": y, "population": population, "jobs": jobs}
    )
