"""The rest of IPEA's ``accessibility`` family: spatial availability, balancing cost, constrained
accessibility (total, singly, doubly) and cumulative opportunities with a cutoff on several costs at once.

Definitions are those of the package's reference pages (ipeagit.github.io/accessibility/reference/),
vectorised over the compact :class:`~.od.TravelMatrix` like :mod:`.accessibility` (``numpy.bincount`` over
blocks of rows). With O_j opportunities (supply) at j, P_i people (demand) at i and f the decay function:

* spatial availability (Soukhov et al. 2023): SA_i = sum_j O_j P_i^a f_ij / sum_k P_k^a f_kj (alpha a);
* balancing cost (Barboza et al. 2021): the smallest cost on the grid 0, step, 2 step, …, max cost at which
  the opportunities reached from i outnumber its people (strictly); 0 for a zone without people;
* total constrained: active T_i = K sum_j O_j f_ij / sum_kl O_l f_kl with K the supply of the zones that are
  destinations; passive by destination with the demand of the zones that are origins;
* singly constrained (Wilson 1971): active as spatial availability with a = 1; passive
  M_j = sum_i P_i O_j f_ij / sum_l O_l f_il;
* doubly constrained: T_ij = A_i P_i B_j O_j f_ij fitted by iterative proportional fitting (the package's
  updates, stopping rule and thresholds); needs as much demand as supply. Its per-zone results are the
  balancing factors A_i and B_j (the flows per pair with ``detailed=True``).
* cumulative with several costs: a pair counts when every cost is within its cutoff (the package's
  ``travel_cost`` vector); with alternative journeys per pair (a Pareto frontier) a pair counts once.

Conventions that differ from the package: a ratio whose denominator is 0 (a destination no population
reaches) adds nothing and the destination is counted in ``destinations_without_demand``, where the package
gives NaN for spatial availability; zones are every land-use zone (non-origins get 0, or NaN for costs and
balancing factors).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .accessibility import (
    DEFAULT_COLUMNS,
    AccessibilityResult,
    Columns,
    Decay,
    MatrixColumns,
    _as_list,
    _frame,
    _num,
    _safe_inverse,
    _setup,
    land_use_column,
)
from .errors import QT_TR_NOOP, InputError
from .od import MatrixInput, TravelMatrix, prepare_matrix, zone_index
from .progress import ProgressCallback, report, scaled

CONSTRAINTS = ("total", "singly", "doubly")


# -------------------------------------------------------------------------------------------- checks


def _finite_number(given, strict: bool, code: str, template: str, /, **values) -> float:
    """``given`` as a float; ``InputError(code, template, **values)`` unless it is finite and ≥ 0 (> 0 when
    ``strict``)."""
    number = float(given)
    if not (math.isfinite(number) and (number > 0 if strict else number >= 0)):
        raise InputError(code, template, **values)
    return number


def check_alpha(alpha: float) -> float:
    """The spatial availability's alpha as a float; InputError unless finite and >= 0."""
    return _finite_number(
        alpha, False, "bad_alpha", QT_TR_NOOP("Alpha must be a number ≥ 0 (got {alpha})."), alpha=alpha
    )


def check_constraint(constraint: str) -> str:
    """The constraint of constrained accessibility; InputError unless total, singly or doubly."""
    if constraint not in CONSTRAINTS:
        raise InputError(
            "unknown_constraint",
            QT_TR_NOOP("Unknown constraint '{constraint}': use total, singly or doubly."),
            constraint=constraint,
        )
    return constraint


def check_cost_cutoffs(cutoffs: Dict[str, float]) -> Dict[str, float]:
    """Extra cost cutoffs by column name as floats; InputError for a negative or missing one."""
    out = {}
    for name, value in cutoffs.items():
        out[str(name)] = _finite_number(
            value,
            False,
            "negative_cutoff",
            QT_TR_NOOP("The cutoff of cost {name} must be a number ≥ 0 (got {value})."),
            name=name,
            value=value,
        )
    return out


def check_increment(increment: float) -> float:
    """The balancing cost's step as a float; InputError unless finite and > 0."""
    return _finite_number(
        increment,
        True,
        "bad_increment",
        QT_TR_NOOP("The cost step must be a number > 0 (got {increment})."),
        increment=increment,
    )


# ------------------------------------------------------------------------------ spatial availability


def _allocate(tm: TravelMatrix, f: Decay, weight: np.ndarray, amount: np.ndarray, active: bool) -> tuple:
    """Amounts at one end shared out over the other end in proportion to weight × f (two passes).

    Active: each destination's ``amount`` split among origins by ``weight[i] f_ij``, summed by origin.
    Passive: each origin's ``amount`` split among destinations by ``weight[j] f_ij``, summed by destination.
    Returns the sums and the number of zones with an amount but nobody to share it with.
    """
    n = tm.n_zones
    denominator = np.zeros(n)
    for o, d, c in tm.blocks():
        here, there = (o, d) if active else (d, o)
        denominator += np.bincount(there, weights=weight[here] * f(c), minlength=n)
    share = amount * _safe_inverse(denominator)
    out = np.zeros(n)
    for o, d, c in tm.blocks():
        here, there = (o, d) if active else (d, o)
        out += np.bincount(here, weights=weight[here] * f(c) * share[there], minlength=n)
    return out, int(((denominator <= 0) & (amount > 0)).sum())


def _label(decay: Decay, alpha: float = 1.0) -> str:
    return decay.label if alpha == 1 else f"{decay.label};a{_num(alpha)}"


def spatial_availability(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    opportunities: Columns,
    demand: str,
    decays: Union[Decay, Sequence[Decay]],
    alpha: float = 1.0,
    matrix_columns: MatrixColumns = DEFAULT_COLUMNS,
    progress: ProgressCallback = None,
) -> AccessibilityResult:
    """Spatial availability (Soukhov et al. 2023): each destination's opportunities shared out among the
    origins in proportion to P_i^alpha f(t_ij); the values add up to the opportunities reached by someone."""
    alpha = check_alpha(alpha)
    funcs = _as_list(decays)
    names = _as_list(opportunities)
    tm, arrays, diags = _setup(
        matrix, land_use, [*names, demand], matrix_columns, None, scaled(progress, 0, 0.3)
    )
    weight = np.power(arrays[-1], alpha)
    data, without = {}, {}
    for k, f in enumerate(funcs):
        for name, opp in zip(names, arrays[:-1]):
            data[(name, _label(f, alpha))], unshared = _allocate(tm, f, weight, opp, True)
            without[f"{name}:{_label(f, alpha)}"] = unshared
        report(progress, 0.3 + 0.7 * (k + 1) / len(funcs))
    nothing = _not_origins(tm)
    return AccessibilityResult(
        _frame(tm.zone_ids, data, "decay"),
        "spatial_availability",
        tm.diagnostics,
        diags,
        {_label(f, alpha): nothing for f in funcs},
        without,
    )


def _not_origins(tm: TravelMatrix, active: bool = True) -> int:
    return int(
        tm.n_zones
        - np.count_nonzero(np.bincount(tm.origin if active else tm.destination, minlength=tm.n_zones))
    )


# ------------------------------------------------------------------------------------ balancing cost


def _first_cost_above(tm: TravelMatrix, opp: np.ndarray, need: np.ndarray) -> np.ndarray:
    """Per origin, the smallest cost at which the opportunities reached exceed ``need`` (NaN if never)."""
    rows = np.flatnonzero(opp[tm.destination] > 0)
    group = tm.origin[rows]
    cost = tm.cost[rows]
    order = np.lexsort((cost, group))
    group, cost = group[order], cost[order]
    cum = np.cumsum(opp[tm.destination[rows[order]]])
    del rows, order
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]]) if group.size else np.empty(0, np.int64)
    before = np.r_[0.0, cum[starts[1:] - 1]] if starts.size else np.empty(0)
    cum -= np.repeat(before, np.diff(np.r_[starts, len(group)]))
    result = np.full(tm.n_zones, np.nan)
    hit = np.flatnonzero(cum > need[group])
    if hit.size:
        g = group[hit]
        first = np.r_[True, g[1:] != g[:-1]]
        result[g[first]] = cost[hit[first]]
    return result


def _on_grid(cost: np.ndarray, step: float, last: int) -> np.ndarray:
    """The smallest k * step >= cost (the package's lookup costs 0, step, …), NaN beyond k = ``last``."""
    k = np.ceil(cost / step)
    k = np.where((k - 1) * step >= cost, k - 1, k)
    k = np.where(k * step < cost, k + 1, k)
    return np.where(k <= last, k * step, np.nan)


def balancing_cost(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    opportunities: Columns,
    demand: str,
    cost_increment: float = 1.0,
    matrix_columns: MatrixColumns = DEFAULT_COLUMNS,
    progress: ProgressCallback = None,
) -> AccessibilityResult:
    """Balancing cost (Barboza et al. 2021): the cost at which a zone reaches more opportunities than it has
    people, searched on the grid 0, ``cost_increment``, … up to the largest cost of the matrix (NaN: never)."""
    step = check_increment(cost_increment)
    names = _as_list(opportunities)
    tm, arrays, diags = _setup(
        matrix, land_use, [*names, demand], matrix_columns, None, scaled(progress, 0, 0.3)
    )
    people = arrays[-1]
    largest = float(tm.cost.max()) if len(tm.cost) else 0.0
    last = int(math.floor(largest / step + 1e-10))
    is_origin = np.bincount(tm.origin, minlength=tm.n_zones) > 0
    data, never = {}, {}
    for i, (name, opp) in enumerate(zip(names, arrays[:-1])):
        values = _on_grid(_first_cost_above(tm, opp, people), step, last)
        values[is_origin & (people == 0)] = 0.0
        values[~is_origin] = np.nan
        data[(name, _num(step))] = values
        never[name] = int(np.isnan(values).sum())
        report(progress, 0.3 + 0.7 * (i + 1) / len(names))
    return AccessibilityResult(
        _frame(tm.zone_ids, data, "increment"), "balancing_cost", tm.diagnostics, diags, never
    )


# ------------------------------------------------------------------------------ constrained measures


@dataclass
class DoublyFit:
    """How the doubly constrained balancing factors were fitted (the package's stopping rule)."""

    iterations: int
    error: float
    """(sum_i |P_i - flows out of i| + sum_j |O_j - flows into j|) / sum_i P_i at the last iteration."""
    reason: str
    """"error" (below the error threshold), "improvement" (too slow) or "iterations" (the maximum)."""


def _total(tm: TravelMatrix, f: Decay, amount: np.ndarray, active: bool) -> np.ndarray:
    """Total constrained: the region's total of ``amount`` shared out by amount × f over every pair."""
    n = tm.n_zones
    out = np.zeros(n)
    present = np.zeros(n, bool)
    for o, d, c in tm.blocks():
        here, there = (o, d) if active else (d, o)
        out += np.bincount(here, weights=amount[there] * f(c), minlength=n)
        present[there] = True
    total = out.sum()
    return out * (amount[present].sum() / total) if total > 0 else out


def _doubly(
    tm: TravelMatrix, f: Decay, people: np.ndarray, supply: np.ndarray, thresholds: Tuple[float, float, int]
) -> Tuple[np.ndarray, np.ndarray, np.ndarray, DoublyFit]:
    """Balancing factors A (origins), B (destinations) and flows per row, fitted as the package does."""
    error_threshold, improvement_threshold, max_iterations = thresholds
    n, o, d = tm.n_zones, tm.origin, tm.destination
    weight = f(tm.cost)
    is_o = np.bincount(o, minlength=n) > 0
    is_d = np.bincount(d, minlength=n) > 0
    total = people[is_o].sum()
    b = np.ones(n)
    previous, iteration = math.inf, 0
    while True:
        iteration += 1
        a = 1.0 / (np.bincount(o, weights=b[d] * supply[d] * weight, minlength=n) + 1e-9)
        b_new = 1.0 / (np.bincount(d, weights=a[o] * people[o] * weight, minlength=n) + 1e-9)
        flows = a[o] * people[o] * b_new[d] * supply[d] * weight
        out = np.bincount(o, weights=flows, minlength=n)
        into = np.bincount(d, weights=flows, minlength=n)
        error = (np.abs(people - out)[is_o].sum() + np.abs(supply - into)[is_d].sum()) / total
        reason = "error" if error < error_threshold else ""
        reason = reason or ("improvement" if abs(previous - error) < improvement_threshold else "")
        reason = reason or ("iterations" if iteration >= max_iterations else "")
        b = b_new
        if reason:
            break
        previous = error
    return (
        np.where(is_o, a, np.nan),
        np.where(is_d, b, np.nan),
        flows,
        DoublyFit(iteration, float(error), reason),
    )


def _check_balanced(tm: TravelMatrix, people: np.ndarray, supply: np.ndarray, names: Tuple[str, str]) -> None:
    is_o = np.bincount(tm.origin, minlength=tm.n_zones) > 0
    is_d = np.bincount(tm.destination, minlength=tm.n_zones) > 0
    demand_total, supply_total = people[is_o].sum(), supply[is_d].sum()
    if abs(demand_total - supply_total) > 1e-6:
        raise InputError(
            "unbalanced_totals",
            QT_TR_NOOP(
                "Doubly constrained accessibility needs as much demand as supply: {demand} adds up to {demand_total} in the zones that are origins and {supply} to {supply_total} in the zones that are destinations."
            ),
            demand=names[0],
            demand_total=f"{demand_total:g}",
            supply=names[1],
            supply_total=f"{supply_total:g}",
        )


def constrained_accessibility(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    opportunities: Columns,
    demand: str,
    decays: Union[Decay, Sequence[Decay]],
    constraint: str = "singly",
    active: bool = True,
    thresholds: Tuple[float, float, int] = (0.001, 1e-6, 1000),
    detailed: bool = False,
    matrix_columns: MatrixColumns = DEFAULT_COLUMNS,
    progress: ProgressCallback = None,
) -> AccessibilityResult:
    """Constrained accessibility (Soukhov et al. 2025): ``constraint`` "total", "singly" or "doubly".

    Total: active needs only the opportunity (supply) columns, passive only ``demand`` (its result is by
    destination, in people). Singly: active gives supply by origin, passive demand by destination. Doubly:
    ``thresholds`` = (error threshold, improvement threshold, maximum iterations), the package's defaults.
    """
    check_constraint(constraint)
    funcs = _as_list(decays)
    if constraint == "total":
        targets = _as_list(opportunities) if active else [demand]
        columns = targets
    else:
        targets = _as_list(opportunities)
        columns = [*targets, demand]
    tm, arrays, diags = _setup(matrix, land_use, columns, matrix_columns, None, scaled(progress, 0, 0.2))
    people = arrays[-1]
    result = AccessibilityResult(pd.DataFrame(), "constrained", tm.diagnostics, diags)
    data: Dict[Tuple[str, str], np.ndarray] = {}
    for k, f in enumerate(funcs):
        label = f"{constraint}:{f.label}"
        for name, supply in zip(targets, arrays):
            if constraint == "total":
                data[(name, label)] = _total(tm, f, supply, active)
            elif constraint == "singly":
                weight, amount = (people, supply) if active else (supply, people)
                data[(name, label)], unshared = _allocate(tm, f, weight, amount, active)
                result.destinations_without_demand[f"{name}:{label}"] = unshared
            else:
                _doubly_into(result, data, tm, f, (people, supply), (demand, name), thresholds, detailed)
        report(progress, 0.2 + 0.8 * (k + 1) / len(funcs))
    result.values = _frame(tm.zone_ids, data, "decay")
    if constraint != "doubly":
        nothing = _not_origins(tm, active)
        result.n_zones_reaching_nothing = {label: nothing for _, label in data}
    return result


def _doubly_into(result, data, tm, f, amounts, names, thresholds, detailed) -> None:
    """Fit the doubly constrained model for one supply column and keep its factors (and flows)."""
    people, supply = amounts
    _check_balanced(tm, people, supply, names)
    label = f"doubly:{f.label}"
    a, b, flows, fit = _doubly(tm, f, people, supply, thresholds)
    data[(names[1], label + ":A")], data[(names[1], label + ":B")] = a, b
    result.fitting[f"{names[1]}:{label}"] = fit
    if detailed:
        result.flows[f"{names[1]}:{label}"] = _flow_table(tm, flows)


def _flow_table(tm: TravelMatrix, flows: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(
        {"from_id": tm.zone_ids[tm.origin], "to_id": tm.zone_ids[tm.destination], "flow": flows}
    )


# -------------------------------------------------------------------------------- several costs at once


@dataclass(frozen=True)
class CostCutoffs:
    """A travel-time cutoff together with a cutoff on each extra cost column (a pair counts when all hold)."""

    cutoff: float
    extra: Tuple[Tuple[str, float], ...]

    @property
    def label(self) -> str:
        """The result column's second level, e.g. ``30&fare<=4.4``."""
        return _num(self.cutoff) + "".join(f"&{name}<={_num(value)}" for name, value in self.extra)


def _within(tm: TravelMatrix, names: List[str], limits: np.ndarray, top: float, active: bool):
    """Rows within every cutoff as (zone, other end, travel time) arrays, one pair kept once (its fastest)."""
    parts = []
    for o, d, c, extra in tm.extra_blocks(names):
        keep = c <= top
        for values, limit in zip(extra, limits):
            keep &= values <= limit
        group, other = (o, d) if active else (d, o)
        parts.append((group[keep], other[keep], c[keep]))
    group = np.concatenate([p[0] for p in parts]) if parts else np.empty(0, np.int64)
    other = np.concatenate([p[1] for p in parts]) if parts else np.empty(0, np.int64)
    cost = np.concatenate([p[2] for p in parts]) if parts else np.empty(0)
    if tm.alternatives and len(cost):
        key = group.astype(np.int64) * tm.n_zones + other.astype(np.int64)
        order = np.lexsort((cost, key))
        first = order[np.r_[True, key[order][1:] != key[order][:-1]]]
        group, other, cost = group[first], other[first], cost[first]
    return group, other, cost


def cumulative_cost_cutoffs(
    matrix: MatrixInput,
    land_use: pd.DataFrame,
    opportunities: Columns,
    cutoffs: Union[float, Sequence[float]],
    cost_cutoffs: Dict[str, float],
    active: bool = True,
    matrix_columns: MatrixColumns = DEFAULT_COLUMNS,
    progress: ProgressCallback = None,
) -> AccessibilityResult:
    """Opportunities reachable within each travel-time cutoff *and* every extra cost's cutoff, e.g. within
    60 minutes and a fare of 4.40 (``cost_cutoffs={"fare": 4.40}``); a data frame may repeat pairs
    (alternative journeys): a pair counts once when any of its journeys is within every cutoff."""
    cuts = np.unique(np.asarray(_as_list(cutoffs), dtype=np.float64))
    if cuts.size == 0 or np.any(~np.isfinite(cuts)) or np.any(cuts < 0):
        raise ValueError("cutoffs must be finite numbers >= 0")
    extra = check_cost_cutoffs(cost_cutoffs)
    names = _as_list(opportunities)
    ids = zone_index(land_use)
    tm = prepare_matrix(
        matrix,
        ids,
        *matrix_columns,
        progress=scaled(progress, 0, 0.5),
        extra_cols=list(extra),
        alternatives=True,
    )
    if not tm.zone_ids.equals(ids):
        raise ValueError("the prepared travel matrix was matched to other zone ids")
    weights, diags = zip(*(land_use_column(land_use, name) for name in names)) if names else ((), ())
    group, other, cost = _within(tm, list(extra), np.array(list(extra.values())), cuts[-1], active)
    n, k = tm.n_zones, len(cuts)
    key = group.astype(np.int64) * k + np.searchsorted(cuts, cost, side="left")
    count = np.cumsum(np.bincount(key, minlength=n * k).reshape(n, k), axis=1)
    data, reach_nothing = {}, {}
    for i, cut in enumerate(cuts):
        label = CostCutoffs(float(cut), tuple(extra.items())).label
        reach_nothing[label] = int((count[:, i] == 0).sum())
    for name, w in zip(names, weights):
        sums = np.cumsum(np.bincount(key, weights=w[other], minlength=n * k).reshape(n, k), axis=1)
        for i, cut in enumerate(cuts):
            data[(name, CostCutoffs(float(cut), tuple(extra.items())).label)] = sums[:, i]
    report(progress, 1.0)
    measure = "cumulative_cost_cutoffs" if active else "passive_cost_cutoffs"
    return AccessibilityResult(
        _frame(tm.zone_ids, data, "cutoff"), measure, tm.diagnostics, list(diags), reach_nothing
    )
