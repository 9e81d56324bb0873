"""Mode split (Ortúzar & Willumsen 2011, ch. 7): a multinomial logit over origin-destination pairs,
P_m = exp(V_m) / Σ_k exp(V_k) with V_m = constant_m + β_t,m · time_m + β_c,m · cost_m.

:func:`split_modes` is the call ``conecta:modesplit`` makes: each mode's long travel-time table is aligned
on the OD table's pairs (:func:`~..od.values_on_pairs`: repeated pairs refused), a mode is unavailable for a
pair its table lacks or gives no time (NULL), and the trips of pairs with no mode at all are kept out of the
split and counted, never lost silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from ..errors import InputError
from ..od import BLOCK_CELLS, id_keys, values_on_pairs
from ..progress import ProgressCallback, report, scaled


@dataclass
class ModeSplitResult:
    """Multinomial logit probabilities, shape (modes, *OD shape), and availability counts."""

    probabilities: np.ndarray
    n_unavailable_pairs: int
    n_unavailable_by_mode: np.ndarray

    def trips_by_mode(self, trips: np.ndarray) -> np.ndarray:
        """Split an OD matrix: trips × P_m for each mode (pairs with no mode get 0)."""
        return self.probabilities * np.asarray(trips, dtype=float)[None, ...]


def _per_mode(value: Union[float, Sequence[float]], n_modes: int, name: str) -> np.ndarray:
    arr = (
        np.broadcast_to(np.asarray(value, dtype=float), (n_modes,))
        if np.ndim(value) == 0
        else np.asarray(value, float)
    )
    if arr.shape != (n_modes,):
        raise ValueError(f"{name} needs one value or one per mode")
    return arr


def logit_mode_split(
    times: Sequence[np.ndarray],
    time_coefficients: Union[float, Sequence[float]],
    constants: Optional[Sequence[float]] = None,
    costs: Optional[Sequence[Optional[np.ndarray]]] = None,
    cost_coefficients: Union[float, Sequence[float]] = 0.0,
    progress: ProgressCallback = None,
) -> ModeSplitResult:
    """P_m = exp(V_m) / Σ_k exp(V_k), V_m = ASC_m + β_t,m · time_m + β_c,m · cost_m, per OD pair.

    Coefficients may be generic (one number) or mode-specific. A mode is unavailable for a pair
    whose time (or, when used, cost) is missing (NaN/inf): P = 0 there; pairs with no mode
    available get P = 0 for every mode and are counted. Stable: V − max V before exponentiating.
    """
    n_modes = len(times)
    if n_modes == 0:
        raise ValueError("no modes")
    shape = np.shape(times[0])
    if any(np.shape(t) != shape for t in times):
        raise ValueError("all mode time matrices must have the same shape")
    bt = _per_mode(time_coefficients, n_modes, "time coefficient")
    bc = _per_mode(cost_coefficients, n_modes, "cost coefficient")
    asc = np.zeros(n_modes) if constants is None else _per_mode(constants, n_modes, "constants")
    cost_list = list(costs) if costs is not None else [None] * n_modes
    if len(cost_list) != n_modes:
        raise ValueError("costs need one entry (or None) per mode")
    flat_t = [np.asarray(t, dtype=float).ravel() for t in times]
    flat_c = [None if c is None else np.asarray(c, dtype=float).ravel() for c in cost_list]
    n = flat_t[0].size
    probs = np.empty((n_modes, n), dtype=float)
    unavailable = np.zeros(n_modes, dtype=np.int64)
    none_available = 0
    step = max(1, BLOCK_CELLS // n_modes)
    for s in range(0, n, step):
        e = min(n, s + step)
        v = probs[:, s:e]
        for m in range(n_modes):
            t = flat_t[m][s:e]
            ok = np.isfinite(t)
            np.multiply(t, bt[m], out=v[m])
            v[m] += asc[m]
            if flat_c[m] is not None and bc[m] != 0:
                cm = flat_c[m][s:e]
                ok &= np.isfinite(cm)
                v[m] += bc[m] * np.where(np.isfinite(cm), cm, 0.0)
            v[m][~ok] = -np.inf
            unavailable[m] += int((~ok).sum())
        vmax = v.max(axis=0)
        dead = ~np.isfinite(vmax)
        none_available += int(dead.sum())
        vmax[dead] = 0.0
        v -= vmax
        np.exp(v, out=v)
        total = v.sum(axis=0)
        total[dead] = 1.0
        v /= total
        report(progress, e / n)
    return ModeSplitResult(
        probabilities=probs.reshape((n_modes, *shape)),
        n_unavailable_pairs=none_available,
        n_unavailable_by_mode=unavailable,
    )


def mode_shares_by_origin(trips_by_mode: np.ndarray) -> np.ndarray:
    """Share of each mode in the trips leaving each origin, shape (origins, modes); NaN without trips."""
    per_origin = np.asarray(trips_by_mode, dtype=float).sum(axis=2).T
    total = per_origin.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, per_origin / total, np.nan)


# --------------------------------------------------------------------------------------------- one call


@dataclass
class ModeMatrix:
    """One mode's long travel-time table: chunks with origin, destination and time columns (and a monetary
    cost column, or None); ``label`` names the mode in messages."""

    mode: str
    chunks: Iterable[pd.DataFrame]
    columns: Tuple[str, str, str]
    cost_column: Optional[str] = None
    label: str = ""


@dataclass
class ModeAvailability:
    """What one mode's table gave the OD pairs: pairs it lacks, pairs it gives no time (NULL) and the trips
    on those, pairs it gives no cost (when a cost column is used)."""

    mode: str
    n_rows: int
    n_pairs: int
    n_pairs_without_row: int
    n_null_time: int
    trips_null_time: float
    n_null_cost: int
    has_cost: bool

    @property
    def n_unavailable(self) -> int:
        """OD pairs for which this mode has no time (no row, or a NULL time)."""
        return self.n_pairs_without_row + self.n_null_time


@dataclass
class ModeSplitRun:
    """Trips by mode for every OD row, what each mode's table gave, and the trips no mode could take."""

    modes: List[str]
    trips: np.ndarray
    trips_by_mode: np.ndarray
    availability: List[ModeAvailability]
    n_pairs_without_mode: int
    trips_without_mode: float

    @property
    def overall_shares(self) -> np.ndarray:
        """Share of each mode in the trips split (zeros when nothing was split)."""
        total = self.trips_by_mode.sum(axis=1)
        return total / total.sum() if total.sum() > 0 else np.zeros(len(self.modes))


def _mode_values(matrix: ModeMatrix, origin_ids, destination_ids, trips: np.ndarray, progress) -> tuple:
    """A mode's times (and costs, or None) on the OD pairs, with its availability counts."""
    value_columns = [matrix.columns[2]] + ([matrix.cost_column] if matrix.cost_column else [])
    aligned = values_on_pairs(
        matrix.chunks,
        matrix.columns[0],
        matrix.columns[1],
        value_columns,
        origin_ids,
        destination_ids,
        progress,
    )
    label = matrix.label or matrix.mode
    if aligned.n_rows == 0:
        raise InputError(
            "empty_matrix", "The travel-time matrix given for {matrix} has no rows.", matrix=label
        )
    if aligned.n_negative[0]:
        raise InputError(
            "negative_times",
            "The travel-time matrix given for {matrix} has {n} negative travel times on pairs of the OD table: "
            "times must be zero or positive.",
            matrix=label,
            n=int(aligned.n_negative[0]),
        )
    time = aligned.values[:, 0]
    null_time = aligned.found & np.isnan(time)
    availability = ModeAvailability(
        matrix.mode,
        aligned.n_rows,
        len(time),
        aligned.n_pairs_without_row,
        int(null_time.sum()),
        float(trips[null_time].sum()),
        int(aligned.n_null[1]) if matrix.cost_column else 0,
        matrix.cost_column is not None,
    )
    return time, aligned.values[:, 1] if matrix.cost_column else None, availability


def split_modes(
    origin_ids,
    destination_ids,
    trips: np.ndarray,
    matrices: Sequence[ModeMatrix],
    coefficients: Mapping[str, Sequence[float]],
    progress: ProgressCallback = None,
) -> ModeSplitRun:
    """Split the trips of each OD pair between the modes of ``matrices`` with a multinomial logit.

    ``coefficients`` gives (constant, time coefficient, cost coefficient) per mode. A mode is unavailable
    for a pair its table lacks, gives no time, or (when its cost is used) no cost; pairs with no available
    mode keep their trips out of every mode (``trips_without_mode``).
    """
    n_modes = len(matrices)
    trips = np.asarray(trips, dtype=float)
    times, costs, availability = [], [], []
    for k, matrix in enumerate(matrices):
        step = scaled(progress, 0.6 * k / n_modes, 0.6 * (k + 1) / n_modes)
        time, cost, counts = _mode_values(matrix, origin_ids, destination_ids, trips, step)
        times.append(time)
        costs.append(cost)
        availability.append(counts)
    modes = [m.mode for m in matrices]
    split = logit_mode_split(
        times,
        [coefficients[m][1] for m in modes],
        constants=[coefficients[m][0] for m in modes],
        costs=costs,
        cost_coefficients=[coefficients[m][2] for m in modes],
        progress=scaled(progress, 0.6, 0.95),
    )
    by_mode = split.trips_by_mode(trips)
    lost = float(trips[split.probabilities.sum(axis=0) == 0].sum())
    report(progress, 1.0)
    return ModeSplitRun(modes, trips, by_mode, availability, split.n_unavailable_pairs, lost)


def shares_by_origin(origin_ids, trips_by_mode: np.ndarray, modes: Sequence[str]) -> pd.DataFrame:
    """Trips split and each mode's share of them per origin (ids matched as :func:`~..od.id_keys`; the first
    spelling of each id kept): columns ``zone_id``, ``trips``, ``share_<mode>`` (NaN without trips)."""
    ids = pd.Series(np.asarray(origin_ids, dtype=object))
    per_origin = pd.DataFrame(np.asarray(trips_by_mode).T, columns=list(modes))
    per_origin["_key"] = id_keys(ids)
    grouped = per_origin.groupby("_key", sort=False)[list(modes)].sum()
    first_id = pd.Series(ids.to_numpy(), index=per_origin["_key"]).groupby(level=0, sort=False).first()
    origin_trips = grouped.sum(axis=1).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = np.where(origin_trips[:, None] > 0, grouped.to_numpy() / origin_trips[:, None], np.nan)
    out = pd.DataFrame(
        {"zone_id": first_id.reindex(grouped.index).to_numpy(dtype=object), "trips": origin_trips}
    )
    for k, mode in enumerate(modes):
        out[f"share_{mode}"] = shares[:, k]
    return out.reset_index(drop=True)
