"""The trip distribution as ``conecta:tripdistribution`` runs it, in one call: zone totals and a long cost
matrix in, the gravity model (with β given, or calibrated with Hyman's method) on dense zones × zones
matrices, and the pairs that get trips out.

The dense matrices need 16 bytes per pair of zones (costs and weights, float64) and the output 24 bytes per
pair with a cost: :func:`distribute` checks that against the memory the system has available before it
reads the matrix, and refuses (``not_enough_memory``, with both sizes) instead of being killed half-way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, List, Optional, Sequence

import numpy as np
import pandas as pd

from .. import memory
from ..errors import InputError, examples
from ..od import MatrixDiagnostics, dense_matrix, prepare_matrix, row_blocks
from ..progress import ProgressCallback, report, scaled
from .calibration import CalibrationResult, calibrate_hyman
from .deterrence import CostCheck, Deterrence, check_costs, fill_intrazonal
from .distribution import DistributionResult, gravity_distribution

DENSE_BYTES_PER_PAIR = 16
"""Two float64 zones × zones matrices: the costs and the weights (which become the trips)."""
OUTPUT_BYTES_PER_PAIR = 24
"""Origin and destination (int32), trips and cost (float64) of every pair that may get trips."""


@dataclass
class DistributionSettings:
    """How to distribute: the deterrence function, the constraint, the balancing and the calibration."""

    deterrence: Deterrence
    constraint: str = "doubly"
    balance: str = "productions"
    tolerance: float = 1e-6
    max_iterations: int = 500
    intrazonal_cost: Optional[float] = None
    target_mean_cost: float = 0.0
    """Observed mean trip cost to calibrate β to (Hyman); 0: use the deterrence's β."""


@dataclass
class ZoneTotal:
    """A zone field of trips as read: zones with NULL (taken as 0) and with 0."""

    field: str
    n_null: int
    n_zero: int


@dataclass
class DistributionRun:
    """A distribution and what was met on the way. ``origin``, ``destination`` (positions in the zones),
    ``trips`` and ``cost`` list the pairs that get trips; the dense matrices are not kept (``result.trips``
    is empty), so that writing the output does not need them."""

    result: DistributionResult
    calibration: Optional[CalibrationResult]
    matrix: MatrixDiagnostics
    costs: CostCheck
    n_intrazonal_filled: int
    totals: List[ZoneTotal]
    origin: np.ndarray
    destination: np.ndarray
    trips: np.ndarray
    cost: np.ndarray
    total_trips: float
    needed_bytes: int = 0


def needed_bytes(n_zones: int, n_pairs: Optional[int] = None) -> int:
    """Memory a distribution of ``n_zones`` needs: the dense matrices, plus the output when ``n_pairs``
    (the matrix rows used) is known."""
    dense = DENSE_BYTES_PER_PAIR * n_zones * n_zones
    return dense if n_pairs is None else dense + OUTPUT_BYTES_PER_PAIR * (n_pairs + n_zones)


def _check_memory(n_zones: int, n_pairs: Optional[int] = None) -> int:
    needed = needed_bytes(n_zones, n_pairs)
    available = memory.available_bytes()
    if available is not None and needed > available:
        raise InputError(
            "not_enough_memory",
            "A distribution between {zones} zones needs about {needed} of memory (its {zones} × {zones} "
            "matrices and the output table), more than the {available} available. Aggregate the zones into "
            "fewer, larger ones, or run it on a computer with more memory.",
            zones=f"{n_zones:,}",
            needed=memory.format_bytes(needed),
            available=memory.format_bytes(available),
        )
    return needed


def zone_totals(zones: pd.DataFrame, names: Sequence[str]) -> tuple:
    """The trips of each zone in fields ``names`` (NULL → 0, counted); negative values and fields that are
    0 everywhere are refused."""
    arrays, totals = [], []
    for name in names:
        values = zones[name].to_numpy(dtype=float).copy()
        null = np.isnan(values)
        values[null] = 0.0
        if (values < 0).any():
            raise InputError(
                "negative_totals",
                "Field {field} has {n} negative values: trips must be zero or positive.",
                field=name,
                n=int((values < 0).sum()),
            )
        if values.sum() <= 0:
            raise InputError(
                "no_trips", "Every zone has 0 in field {field}: there are no trips to distribute.", field=name
            )
        arrays.append(values)
        totals.append(ZoneTotal(name, int(null.sum()), int((values == 0).sum())))
    return arrays, totals


def _check_matrix(diag: MatrixDiagnostics, zone_ids: pd.Index, cost_column: str) -> None:
    """Refuse a cost matrix that is empty, has negative costs, or links no two zones with a cost."""
    if diag.n_rows == 0:
        raise InputError("empty_matrix", "The cost matrix has no rows.")
    if diag.n_rows_negative_cost:
        raise InputError(
            "negative_costs",
            "The cost matrix has {n} negative costs: costs must be zero or positive.",
            n=diag.n_rows_negative_cost,
        )
    if diag.n_rows_used:
        return
    if diag.n_rows_null_cost == 0:
        raise InputError(
            "no_match",
            "No row of the cost matrix matches the zone ids (matrix ids such as {matrix_ids}; zone ids such as "
            "{zone_ids}): check the zone id field and the id fields of the matrix.",
            matrix_ids=examples(diag.unknown_id_examples),
            zone_ids=examples(zone_ids[:5]),
        )
    raise InputError(
        "no_costs",
        "No row of the cost matrix has a cost in field {field} for two zones: there is nothing to "
        "distribute on.",
        field=cost_column,
    )


def _model(o, d, cost, settings: DistributionSettings, progress) -> tuple:
    """The gravity model with the β given, or calibrated to the observed mean cost."""
    kind = settings.deterrence.kind
    common = dict(constraint=settings.constraint, balance=settings.balance, progress=progress)
    if settings.target_mean_cost <= 0:
        result = gravity_distribution(
            o,
            d,
            cost,
            settings.deterrence,
            tolerance=settings.tolerance,
            max_iterations=settings.max_iterations,
            **common,
        )
        return result, None
    if kind not in ("exponential", "power"):
        raise InputError(
            "calibration_kind",
            "Calibration to a mean trip cost works with the exponential or the power function only.",
        )
    calibration = calibrate_hyman(
        o,
        d,
        cost,
        settings.target_mean_cost,
        kind=kind,
        tolerance=1e-4,
        beta_start=None,
        balancing_tolerance=settings.tolerance,
        balancing_max_iterations=settings.max_iterations,
        **common,
    )
    return calibration.distribution, calibration


def pairs_with_trips(trips: np.ndarray, cost: np.ndarray) -> tuple:
    """(origin, destination, trips, cost) of the pairs with trips > 0, row by row, in row blocks."""
    parts = []
    for start, stop in row_blocks(*trips.shape):
        rows, cols = np.nonzero(trips[start:stop] > 0)
        rows = rows.astype(np.int32) + np.int32(start)
        cols = cols.astype(np.int32)
        parts.append((rows, cols, trips[rows, cols], cost[rows, cols]))
    if not parts:
        return (np.empty(0, np.int32), np.empty(0, np.int32), np.empty(0), np.empty(0))
    return tuple(np.concatenate([part[k] for part in parts]) for k in range(4))


def distribute(
    zones: pd.DataFrame,
    productions: str,
    attractions: str,
    chunks: Iterable[pd.DataFrame],
    columns: Sequence[str],
    settings: DistributionSettings,
    progress: ProgressCallback = None,
) -> DistributionRun:
    """Distribute the trips of ``zones`` (indexed by zone id, with the ``productions`` and ``attractions``
    fields) on the long cost matrix ``chunks`` (``columns``: origin, destination, cost).

    Pairs the matrix lacks, or gives no cost, are unreachable. Without ``settings.intrazonal_cost``, zones
    whose own cost is missing or 0 get half the cost to their nearest zone. Power-type functions need every
    cost above 0; calibration needs the exponential or the power function.
    """
    (o, d), totals = zone_totals(zones, [productions, attractions])
    n = len(zones)
    _check_memory(n)
    matrix = prepare_matrix(chunks, zones.index, *columns, progress=scaled(progress, 0.0, 0.1))
    diagnostics = matrix.diagnostics
    _check_matrix(diagnostics, zones.index, columns[2])
    needed = _check_memory(n, diagnostics.n_rows_used)
    cost = dense_matrix(matrix)
    del matrix
    filled = fill_intrazonal(cost, settings.intrazonal_cost)
    costs = check_costs(cost)
    power_like = settings.deterrence.kind == "power" or (
        settings.deterrence.kind == "gamma" and settings.deterrence.gamma_b < 0
    )
    if power_like and costs.n_zero:
        raise InputError(
            "zero_costs_power",
            "The cost matrix has {n} zero costs, but the power and combined functions need costs above zero: "
            "use the exponential function or set a cost for trips within a zone.",
            n=costs.n_zero,
        )
    result, calibration = _model(o, d, cost, settings, scaled(progress, 0.1, 0.95))
    origin, destination, trips, pair_cost = pairs_with_trips(result.trips, cost)
    total = result.total_trips
    del cost
    result = replace(result, trips=np.empty((0, 0)))
    if calibration is not None:
        calibration = replace(calibration, distribution=result)
    report(progress, 1.0)
    return DistributionRun(
        result,
        calibration,
        diagnostics,
        costs,
        filled,
        totals,
        origin,
        destination,
        trips,
        pair_cost,
        total,
        needed,
    )
