"""Streamed accessibility: origins routed chunk by chunk and each chunk's travel times reduced at once to the
measure asked for, so that memory is bounded by the chunk, never by the matrix (10¹⁰ pairs for a metropolitan
region of 100,000 zones).

The arithmetic is that of :mod:`.accessibility`, rearranged by chunk:

- measures of an origin (cumulative, interval, gravity, cost to the closest) are complete within the chunk
  that holds the origin: one pass, the same additions in the same order as over the whole matrix, so the
  values are identical to the last digit;
- measures of a destination (the passive forms) and the floating catchment measures (2SFCA, E2SFCA, 3SFCA,
  BFCA) add up, per destination, what every chunk contributes: the FCA measures route the origins twice, once
  for the demand each destination receives (accumulated across chunks, in chunk order), once for the
  accessibility of each origin; per-destination sums may differ from the whole-matrix ones in the last bits
  (the same numbers added in another grouping);
- the other measures (spatial availability, balancing cost, constrained accessibility, the passive n-th
  closest, cutoffs on extra costs) need the whole matrix: it is gathered from the chunks (:func:`streamable`
  says which).

A chunk's pairs come from a *source* (:class:`RouterSource`: a street or public-transport router's chunks) and are reduced where they are computed (in the worker),
into a :class:`Partial` of a few arrays. Travel times are rounded to :data:`MINUTE_DECIMALS` decimals of a
minute, as ``conecta:traveltimematrix`` writes them, so streamed and written matrices agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import accessibility as acc
from .errors import QT_TR_NOOP, InputError
from .memory import available_bytes, format_bytes
from .od import MatrixDiagnostics, TravelMatrix, check_unique_pairs
from .progress import ProgressCallback, report, scaled

MINUTE_DECIMALS = 4
"""Decimals of a minute kept in travel times (those ``conecta:traveltimematrix`` writes)."""
ORIGIN_MEASURES = ("cumulative", "interval", "gravity", "closest", "passive")
FCA_MEASURES = ("2sfca", "bfca", "e2sfca", "3sfca")
MEMORY_SHARE = 0.5
"""Share of the available memory the workers of a run may use together."""
MAX_WORKER_MEMORY = 3 << 29
"""Working memory of one worker at most (bytes), however much is available."""
CHUNKS_PER_WORKER = 4
"""Chunks per worker at least (when the chunk size is chosen), so that workers finish together."""
MIN_CHUNKS = 10
"""Chunks at least (when the chunk size is chosen), so that progress and cancel are seen along the way."""
MIN_CHUNK = 64
"""Origins per chosen chunk at least (a contraction hierarchy sweeps blocks of origins faster)."""

Block = Tuple[np.ndarray, np.ndarray, np.ndarray]
"""Pairs of a chunk as zone codes and minutes: (origin, destination, travel time)."""


def streamable(measure: str, settings: acc.Settings) -> bool:
    """Whether ``measure`` with these settings is reduced chunk by chunk (else the matrix is gathered)."""
    if settings.cost_cutoffs:
        return False
    if measure == "closest" and not settings.active and settings.n != 1:
        return False
    return measure in ORIGIN_MEASURES + FCA_MEASURES


# ----------------------------------------------------------------------------------------------- chunks


@dataclass
class Partial:
    """What one chunk contributes: values of its origins, sums and minima by destination, counts."""

    origins: np.ndarray
    """Zone codes of the chunk's origins (sorted)."""
    by_origin: Dict[str, np.ndarray] = field(default_factory=dict)
    summed: Dict[str, np.ndarray] = field(default_factory=dict)
    """Per-destination arrays (one value per zone) added across chunks."""
    lowest: Dict[str, np.ndarray] = field(default_factory=dict)
    """Per-destination arrays kept at their minimum across chunks."""
    pairs: int = 0
    origin_pairs: Optional[np.ndarray] = None
    """Pairs of each origin."""
    destinations: Optional[np.ndarray] = None
    """Zone codes reached as destination in the chunk."""
    rows: Optional[Block] = None
    """The chunk's pairs themselves, for a measure that needs the whole matrix."""

    @property
    def origin_has_pair(self) -> np.ndarray:
        """Whether each origin reaches a zone."""
        return self.origin_pairs > 0


@dataclass
class StreamPlan:
    """A measure's arithmetic by chunk (picklable: it travels to the workers with the pass's shared values)."""

    measure: str
    settings: acc.Settings
    n_zones: int
    counted: List[str]
    amounts: List[np.ndarray]
    population: Optional[np.ndarray] = None
    kind: str = "table"
    cuts: Optional[np.ndarray] = None
    step: int = 0
    shared: Dict[str, np.ndarray] = field(default_factory=dict)
    keep_pairs: bool = False
    """Whether the chunks also return their pairs (to write the matrix; first pass only)."""

    @property
    def passes(self) -> int:
        """How many times the origins are routed."""
        return 2 if self.kind == "fca" else 1

    @property
    def active(self) -> bool:
        """Whether values are by origin (else by destination)."""
        return self.settings.active and self.measure != "passive"

    def reduce(self, origins: np.ndarray, blocks: Iterable[Block]) -> Partial:
        """The chunk whose origins are ``origins`` (zone codes) and whose pairs come in ``blocks``."""
        partial = Partial(origins=np.asarray(origins, dtype=np.int64))
        counts = np.zeros(len(partial.origins), dtype=np.int64)
        reached: List[np.ndarray] = []
        rows: List[Block] = []
        for o, d, c in blocks:
            local = np.searchsorted(partial.origins, o)
            partial.pairs += len(c)
            counts += np.bincount(local, minlength=len(counts))
            reached.append(np.unique(d))
            if self.kind == "rows" or (self.keep_pairs and self.step == 0):
                rows.append((o, d, c))
            if self.kind != "rows":
                _KERNELS[self.kind](self, partial, local, o, d, c)
        partial.origin_pairs = counts
        partial.destinations = np.unique(np.concatenate(reached)) if reached else np.zeros(0, np.int64)
        if rows or self.kind == "rows":
            partial.rows = tuple(np.concatenate(part) for part in zip(*rows)) if rows else None
        return partial


def _add(target: Dict[str, np.ndarray], key: str, values: np.ndarray) -> None:
    """Add ``values`` into ``target[key]`` (created at the first block)."""
    if key in target:
        target[key] += values
    else:
        target[key] = values


def _table(plan: StreamPlan, partial: Partial, local, o, d, c) -> None:
    """Cumulative and interval: opportunities (and pairs) by zone and cutoff bin."""
    cuts, k = plan.cuts, len(plan.cuts)
    inside = c <= cuts[-1]
    active = plan.active
    group, other = (local, d) if active else (d, o)
    size = (len(partial.origins) if active else plan.n_zones) * k
    group, other, cost = group[inside], other[inside], c[inside]
    key = group.astype(np.int64) * k + np.searchsorted(cuts, cost, side="left")
    target = partial.by_origin if active else partial.summed
    _add(target, "count", np.bincount(key, minlength=size).astype(np.float64).reshape(-1, k))
    for name, amount in zip(plan.counted, plan.amounts):
        _add(target, f"sum|{name}", np.bincount(key, weights=amount[other], minlength=size).reshape(-1, k))


def _gravity(plan: StreamPlan, partial: Partial, local, o, d, c) -> None:
    """Gravity: decayed opportunities by origin (or people by destination)."""
    active = plan.active
    group, other = (local, d) if active else (d, o)
    size = len(partial.origins) if active else plan.n_zones
    target = partial.by_origin if active else partial.summed
    for f in plan.settings.decays:
        w = f(c)
        for name, amount in zip(plan.counted, plan.amounts):
            _add(
                target, f"sum|{name}|{f.label}", np.bincount(group, weights=w * amount[other], minlength=size)
            )


def _closest(plan: StreamPlan, partial: Partial, local, o, d, c) -> None:
    """Cost to the closest (n-th closest) opportunity by origin, or to the closest person by destination."""
    ns = plan.cuts.tolist()
    if plan.active:
        tm = TravelMatrix(pd.RangeIndex(len(partial.origins)), local, d, c, MatrixDiagnostics())
    else:
        tm = TravelMatrix(pd.RangeIndex(plan.n_zones), o, d, c, MatrixDiagnostics())
    for name, amount in zip(plan.counted, plan.amounts):
        if ns == [1.0]:
            results = [acc._min_cost_by_group(tm, plan.active, amount)]
        else:
            results = acc._nth_cost_by_group(tm, plan.active, amount, ns)
        for n, values in zip(ns, results):
            key = f"cost|{name}|{acc._num(n)}"
            if plan.active:
                partial.by_origin[key] = np.fmin(partial.by_origin.get(key, values), values)
            else:
                values = np.where(np.isnan(values), np.inf, values)
                partial.lowest[key] = np.minimum(partial.lowest.get(key, values), values)


def _fca(plan: StreamPlan, partial: Partial, local, o, d, c) -> None:
    """The floating catchment measures: demand by destination (first pass), accessibility (second)."""
    method = {"e2sfca": "2sfca", "3sfca": "3sfca", "2sfca": "2sfca"}.get(plan.measure, "bfca")
    n_local = len(partial.origins)
    for f in plan.settings.decays:
        w = f(c)
        if method == "3sfca" or (method == "bfca" and plan.step == 0):
            inv_o = acc._safe_inverse(np.bincount(local, weights=w, minlength=n_local))
        if plan.step == 0:
            if method == "bfca":
                _add(
                    partial.summed, f"dest_total|{f.label}", np.bincount(d, weights=w, minlength=plan.n_zones)
                )
                w = w * inv_o[local]
            elif method == "3sfca":
                w = w * w * inv_o[local]
            _add(
                partial.summed,
                f"served|{f.label}",
                np.bincount(d, weights=w * plan.population[o], minlength=plan.n_zones),
            )
            continue
        if method == "bfca":
            w = w * plan.shared[f"inv_d|{f.label}"][d]
        elif method == "3sfca":
            w = w * w * inv_o[local]
        for name in plan.counted:
            ratio = plan.shared[f"ratio|{name}|{f.label}"]
            _add(
                partial.by_origin,
                f"sum|{name}|{f.label}",
                np.bincount(local, weights=w * ratio[d], minlength=n_local),
            )


_KERNELS: Dict[str, Callable] = {"table": _table, "gravity": _gravity, "closest": _closest, "fca": _fca}


# ----------------------------------------------------------------------------------------------- plans


def plan_measure(
    measure: str, land_use: pd.DataFrame, settings: acc.Settings
) -> Tuple[StreamPlan, List[acc.ColumnDiagnostics]]:
    """The chunk arithmetic of ``measure`` (a name of :data:`~.accessibility.MEASURES`) over the zones of
    ``land_use``, and what was found in its columns; the settings are checked as :func:`~.accessibility.compute`
    checks them."""
    acc.check_settings(measure, settings)
    settings = acc.with_defaults(measure, settings)
    acc.zone_index(land_use)
    fca = measure in FCA_MEASURES
    counted = list(settings.opportunities) if fca else acc._counted(settings)
    if measure == "passive":
        counted = [settings.population]
    names = counted + ([settings.population] if fca else [])
    arrays, diags = [], []
    for name in names:
        values, diag = acc.land_use_column(land_use, name)
        arrays.append(values)
        diags.append(diag)
    plan = StreamPlan(measure, settings, len(land_use), counted, arrays[: len(counted)])
    if fca:
        plan.population, plan.kind = arrays[-1], "fca"
    elif not streamable(measure, settings):
        plan.kind = "rows"
    else:
        plan.kind, plan.cuts = _kind(measure, settings)
    return plan, diags


def _kind(measure: str, s: acc.Settings) -> Tuple[str, Optional[np.ndarray]]:
    """The kernel of a streamable one-pass measure and its cutoffs (or n)."""
    if measure == "closest":
        ns = sorted(set(float(x) for x in acc._as_list(s.n)))
        if not ns or ns[0] < 1 or not np.isfinite(ns[-1]):
            raise ValueError("n must be finite numbers >= 1")
        return "closest", np.asarray(ns)
    if measure == "interval":
        start, end = float(s.interval[0]), float(s.interval[1])
        if not (0 <= start < end) or not s.increment > 0:
            raise ValueError("interval must be (start, end) with 0 <= start < end and increment > 0")
        count = int(np.floor((end - start) / s.increment + 1e-9)) + 1
        return "table", start + s.increment * np.arange(count)
    if measure == "cumulative" or (measure == "passive" and s.cutoffs):
        cuts = np.unique(np.asarray(acc._as_list(s.cutoffs), dtype=np.float64))
        if cuts.size == 0 or np.any(~np.isfinite(cuts)) or np.any(cuts < 0):
            raise ValueError("cutoffs must be finite numbers >= 0")
        return "table", cuts
    return "gravity", None


# ----------------------------------------------------------------------------------------------- gathering


class Gathered:
    """The partials of one pass, added in chunk order (see :meth:`add`)."""

    def __init__(self, plan: StreamPlan) -> None:
        self.plan = plan
        self.by_origin: Dict[str, np.ndarray] = {}
        self.summed: Dict[str, np.ndarray] = {}
        self.lowest: Dict[str, np.ndarray] = {}
        self.pairs = 0
        self.is_origin = np.zeros(plan.n_zones, dtype=bool)
        self.is_destination = np.zeros(plan.n_zones, dtype=bool)
        self.rows: List[Block] = []

    def add(self, partial: Partial) -> None:
        """Add one chunk's partial (call in chunk order for results that do not depend on the run)."""
        n = self.plan.n_zones
        for key, values in partial.by_origin.items():
            if key not in self.by_origin:
                fill = np.nan if key.startswith("cost|") else 0.0
                self.by_origin[key] = np.full((n,) + values.shape[1:], fill)
            self.by_origin[key][partial.origins] = values
        for key, values in partial.summed.items():
            _add(self.summed, key, values.copy())
        for key, values in partial.lowest.items():
            self.lowest[key] = np.minimum(self.lowest[key], values) if key in self.lowest else values.copy()
        self.pairs += partial.pairs
        self.is_origin[partial.origins[partial.origin_has_pair]] = True
        self.is_destination[partial.destinations] = True
        if partial.rows is not None and self.plan.kind == "rows":
            self.rows.append(partial.rows)

    def origin_rows(self, key: str, k: int) -> np.ndarray:
        """A by-origin table of ``k`` columns per zone (zeros where the zone is in no chunk)."""
        values = self.by_origin.get(key)
        return np.zeros(self.plan.n_zones * k) if values is None else values.reshape(-1)

    def diagnostics(self, zone_ids: pd.Index) -> MatrixDiagnostics:
        """The facts the matrix path reports, for the pairs streamed."""
        examples = acc.EXAMPLES
        return MatrixDiagnostics(
            n_rows=self.pairs,
            n_rows_used=self.pairs,
            n_zones=len(zone_ids),
            n_zones_not_origin=int((~self.is_origin).sum()),
            zones_not_origin_examples=zone_ids[~self.is_origin][:examples].tolist(),
            n_zones_not_destination=int((~self.is_destination).sum()),
            zones_not_destination_examples=zone_ids[~self.is_destination][:examples].tolist(),
        )


def next_pass(plan: StreamPlan, gathered: Gathered) -> StreamPlan:
    """The plan of the FCA measures' second pass: supply ratios from the demand gathered in the first."""
    shared: Dict[str, np.ndarray] = {}
    for f in plan.settings.decays:
        inv_served = acc._safe_inverse(gathered.summed.get(f"served|{f.label}", np.zeros(plan.n_zones)))
        for name, amount in zip(plan.counted, plan.amounts):
            shared[f"ratio|{name}|{f.label}"] = amount * inv_served
        if f"dest_total|{f.label}" in gathered.summed:
            shared[f"inv_d|{f.label}"] = acc._safe_inverse(gathered.summed[f"dest_total|{f.label}"])
    return replace(plan, step=1, shared=shared)


# ----------------------------------------------------------------------------------------------- results


def finish(
    plan: StreamPlan,
    passes: List[Gathered],
    land_use: pd.DataFrame,
    columns: List[acc.ColumnDiagnostics],
    progress: ProgressCallback = None,
) -> acc.AccessibilityResult:
    """The measure's result from the gathered passes, as :func:`~.accessibility.compute`'s functions give it."""
    first = passes[0]
    zone_ids = pd.Index(land_use.index)
    matrix = first.diagnostics(zone_ids)
    if plan.kind == "rows":
        return _gathered_matrix(plan, first, land_use, progress)
    maker = {
        "table": _table_result,
        "gravity": _gravity_result,
        "closest": _closest_result,
        "fca": _fca_result,
    }
    result = maker[plan.kind](plan, passes, zone_ids)
    result.matrix = matrix
    result.columns = columns
    return result


def _grouped(plan: StreamPlan, gathered: Gathered, key: str, k: int = 1) -> np.ndarray:
    """A per-zone quantity (by origin for active measures, by destination for passive ones) as (zones × k)."""
    if plan.active:
        return gathered.origin_rows(key, k).reshape(plan.n_zones, k)
    return gathered.summed.get(key, np.zeros(plan.n_zones * k)).reshape(plan.n_zones, k)


def _table_result(plan: StreamPlan, passes: List[Gathered], zone_ids: pd.Index) -> acc.AccessibilityResult:
    gathered, cuts, k = passes[0], plan.cuts, len(plan.cuts)
    count = np.cumsum(_grouped(plan, gathered, "count", k), axis=1)
    sums = [np.cumsum(_grouped(plan, gathered, f"sum|{name}", k), axis=1) for name in plan.counted]
    if plan.measure == "interval":
        s = plan.settings
        label = f"{acc._num(float(s.interval[0]))}-{acc._num(float(s.interval[1]))}"
        reducer = np.median if s.summary == "median" else np.mean
        data = {}
        for name, total in zip(plan.counted, sums):
            value = reducer(total, axis=1)
            data[(name, label)] = np.trunc(value) if s.truncate else value
        nothing = {label: int((count[:, -1] == 0).sum())}
        return acc.AccessibilityResult(
            acc._frame(zone_ids, data, "interval"), "cumulative_interval", None, [], nothing
        )
    data = {
        (name, acc._num(cut)): total[:, i]
        for name, total in zip(plan.counted, sums)
        for i, cut in enumerate(cuts)
    }
    nothing = {acc._num(cut): int((count[:, i] == 0).sum()) for i, cut in enumerate(cuts)}
    measure = "cumulative" if plan.active else "passive"
    return acc.AccessibilityResult(acc._frame(zone_ids, data, "cutoff"), measure, None, [], nothing)


def _gravity_result(plan: StreamPlan, passes: List[Gathered], zone_ids: pd.Index) -> acc.AccessibilityResult:
    gathered = passes[0]
    data = {
        (name, f.label): _grouped(plan, gathered, f"sum|{name}|{f.label}")[:, 0]
        for f in plan.settings.decays
        for name in plan.counted
    }
    reached = gathered.is_origin if plan.active else gathered.is_destination
    nothing = int((~reached).sum())
    return acc.AccessibilityResult(
        acc._frame(zone_ids, data, "decay"),
        "gravity",
        None,
        [],
        {f.label: nothing for f in plan.settings.decays},
    )


def _closest_result(plan: StreamPlan, passes: List[Gathered], zone_ids: pd.Index) -> acc.AccessibilityResult:
    gathered = passes[0]
    data, unreachable = {}, {}
    for name in plan.counted:
        for n in plan.cuts:
            key = f"cost|{name}|{acc._num(n)}"
            if plan.active:
                values = gathered.by_origin.get(key, np.full(plan.n_zones, np.nan))
            else:
                values = gathered.lowest.get(key, np.full(plan.n_zones, np.inf))
                values = np.where(np.isinf(values), np.nan, values)
            data[(name, acc._num(n))] = values
            unreachable[f"{name}:{acc._num(n)}"] = int(np.isnan(values).sum())
    return acc.AccessibilityResult(acc._frame(zone_ids, data, "n"), "cost_to_closest", None, [], unreachable)


def _fca_result(plan: StreamPlan, passes: List[Gathered], zone_ids: pd.Index) -> acc.AccessibilityResult:
    first, second = passes
    data, without_demand = {}, {}
    for f in plan.settings.decays:
        served = first.summed.get(f"served|{f.label}", np.zeros(plan.n_zones))
        for name, amount in zip(plan.counted, plan.amounts):
            without_demand[f"{name}:{f.label}"] = int(((served <= 0) & (amount > 0)).sum())
        for name in plan.counted:
            data[(name, f.label)] = second.origin_rows(f"sum|{name}|{f.label}", 1)
    nothing = int((~second.is_origin).sum())
    return acc.AccessibilityResult(
        acc._frame(zone_ids, data, "decay"),
        plan.measure,
        None,
        [],
        {f.label: nothing for f in plan.settings.decays},
        without_demand,
    )


def _gathered_matrix(
    plan: StreamPlan, gathered: Gathered, land_use: pd.DataFrame, progress: ProgressCallback
) -> acc.AccessibilityResult:
    """A measure that needs the whole matrix: the chunks' pairs gathered into one and the measure run on it."""
    zone_ids = pd.Index(land_use.index)
    rows = gathered.rows
    origin = np.concatenate([r[0] for r in rows]) if rows else np.zeros(0, np.int64)
    destination = np.concatenate([r[1] for r in rows]) if rows else np.zeros(0, np.int64)
    cost = np.concatenate([r[2] for r in rows]) if rows else np.zeros(0)
    dtype = np.int16 if len(zone_ids) < np.iinfo(np.int16).max else np.int32
    check_unique_pairs(origin, destination, zone_ids)
    tm = TravelMatrix(
        zone_ids, origin.astype(dtype), destination.astype(dtype), cost, gathered.diagnostics(zone_ids)
    )
    result, _ = acc.compute(plan.measure, tm, land_use, plan.settings, progress)
    return result


# ----------------------------------------------------------------------------------------------- running


def reduce_chunk(shared: dict, chunk: object) -> Partial:
    """Route one chunk with ``shared["source"]`` and reduce it with ``shared["plan"]`` (a worker's task)."""
    source = shared["source"]
    return shared["plan"].reduce(source.chunk_origins(chunk), source.pairs(chunk))


PassRunner = Callable[[StreamPlan, Sequence, ProgressCallback], Iterator[Partial]]
"""Runs the chunks of one pass and yields their partials in chunk order."""


def ordered(results: Iterable[Tuple[int, Partial]]) -> Iterator[Partial]:
    """Partials yielded as chunks complete, put back in chunk order (holding only those that came early)."""
    waiting: Dict[int, Partial] = {}
    expected = 0
    for index, partial in results:
        waiting[index] = partial
        while expected in waiting:
            yield waiting.pop(expected)
            expected += 1


def local_runner(
    source, workers: int = 1, kind: str = "processes", events: Optional[list] = None
) -> PassRunner:
    """Run passes on this machine's cores (:class:`~.parallel.WorkerPool`); ``events`` collects what happened
    to the workers (fallback to one process, chunks retried)."""
    from .parallel import WorkerPool

    def run(plan: StreamPlan, chunks: Sequence, progress: ProgressCallback) -> Iterator[Partial]:
        with WorkerPool({"source": source, "plan": plan}, workers, kind) as pool:
            if events is not None and pool.fallback:
                events.append(("fallback", pool.fallback))
            yield from ordered(pool.run(reduce_chunk, chunks, progress))
            if events is not None and pool.events.retried:
                events.append(("retried", list(pool.events.retried)))

    return run


def streamed_accessibility(
    measure: str,
    source,
    land_use: pd.DataFrame,
    settings: acc.Settings,
    runner: Optional[PassRunner] = None,
    progress: ProgressCallback = None,
    on_pairs: Optional[Callable[[Block], None]] = None,
) -> Tuple[acc.AccessibilityResult, List[str]]:
    """``measure`` for every zone of ``land_use`` from the chunks of ``source`` (routed by ``runner``, by
    default here in this process), as :func:`~.accessibility.compute` returns it: the result and the field
    names of its columns. ``source.chunks`` lists the chunks; the zone codes of its pairs are positions in
    ``land_use``'s index. ``on_pairs`` receives each chunk's pairs, in chunk order (to write the matrix)."""
    plan, columns = plan_measure(measure, land_use, settings)
    plan.keep_pairs = on_pairs is not None
    runner = runner or local_runner(source, 1)
    chunks = source.chunks
    passes: List[Gathered] = []
    for step in range(plan.passes):
        if step:
            plan = next_pass(plan, passes[-1])
        gathered = Gathered(plan)
        share = 0.9 / plan.passes
        for partial in runner(plan, chunks, scaled(progress, step * share, (step + 1) * share)):
            if on_pairs is not None and step == 0 and partial.rows is not None:
                on_pairs(partial.rows)
            gathered.add(partial)
        passes.append(gathered)
    result = finish(plan, passes, land_use, columns, scaled(progress, 0.9, 1.0))
    report(progress, 1.0)
    return result, field_names(measure, plan.settings, result)


def field_names(measure: str, settings: acc.Settings, result: acc.AccessibilityResult) -> List[str]:
    """The output fields of a result's columns, as :func:`~.accessibility.compute` names them."""
    code_of = acc._labelled(measure, settings)
    active = settings.active and measure != "passive"
    names = [
        acc.output_field(measure, opportunity, code_of[label], active)
        for opportunity, label in result.values.columns
    ]
    return acc.unique_names(names)


# ----------------------------------------------------------------------------------------------- sources


def chunking(
    router, workers: int, chunk_size: Optional[int] = None, memory_bytes: Optional[float] = None
) -> Tuple[int, float]:
    """Origins per chunk and working memory per worker (bytes) for ``workers`` workers (at least as many as
    the cores, so that the chunks do not depend on how many workers run them) routing with ``router``
    (anything with ``origins``, ``bytes_per_origin(chunk)`` and ``chunk_size_for(memory)``): from the memory
    available (:data:`MEMORY_SHARE` of it, at most :data:`MAX_WORKER_MEMORY` each) unless given; chosen chunks
    also leave :data:`CHUNKS_PER_WORKER` chunks per worker and :data:`MIN_CHUNKS` chunks in all (never fewer
    than :data:`MIN_CHUNK` origins). A ``chunk_size`` that is not a positive whole number, or whose chunks would
    not fit, is refused (:class:`~.errors.InputError`)."""
    from .parallel import cores

    workers = max(1, int(workers), cores())  # the same chunks whatever the workers asked for on this machine
    if memory_bytes is None:
        free = available_bytes() or 8 << 30
        memory_bytes = min(MEMORY_SHARE * free / workers, MAX_WORKER_MEMORY)
    if chunk_size is None:
        spread = -(-len(router.origins) // max(CHUNKS_PER_WORKER * workers, MIN_CHUNKS))
        return max(1, min(router.chunk_size_for(memory_bytes), max(spread, MIN_CHUNK))), memory_bytes
    if not _whole(chunk_size):
        raise InputError(
            "bad_chunk_size",
            QT_TR_NOOP("The chunk size must be a whole number of origins of 1 or more (got {chunk_size})."),
            chunk_size=chunk_size,
        )
    chunk_size = int(chunk_size)
    need = chunk_size * router.bytes_per_origin(chunk_size)
    if need > memory_bytes:
        raise InputError(
            "chunk_too_big",
            QT_TR_NOOP(
                "A chunk of {chunk_size} origins needs about {need} of memory per worker, and {available} is available to each of the {workers} workers: use chunks of at most {fits} origins, or leave the chunk size empty to have it chosen."
            ),
            chunk_size=chunk_size,
            need=format_bytes(need),
            available=format_bytes(memory_bytes),
            workers=workers,
            fits=router.chunk_size_for(memory_bytes),
        )
    return chunk_size, memory_bytes


def _whole(value) -> bool:
    """Whether ``value`` is a whole number of 1 or more (not a bool, not text)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        return False
    return bool(np.isfinite(value) and float(value).is_integer() and value >= 1)


@dataclass
class RouterSource:
    """Chunks of a router (a street :class:`~conecta.core.network.chunks.StreetRouter` or a public-transport
    :class:`~conecta.core.transit_stream.TransitRouter`) with its points as zones: ``point_zone`` gives the zone
    code of every routed point (the origins are the destinations)."""

    router: object
    point_zone: np.ndarray
    chunk_size: int
    memory_bytes: float
    decimals: int = MINUTE_DECIMALS

    @property
    def chunks(self) -> List[np.ndarray]:
        """The chunks of origin points."""
        return self.router.chunks(self.chunk_size)

    def chunk_origins(self, chunk: np.ndarray) -> np.ndarray:
        """Zone codes of a chunk's origins (sorted)."""
        return np.sort(self.point_zone[chunk])

    def pairs(self, chunk: np.ndarray) -> Iterator[Block]:
        """The chunk's pairs within the limit as zone codes and rounded minutes."""
        for block in self.router.route(chunk, self.memory_bytes):
            yield (
                self.point_zone[block.from_idx],
                self.point_zone[block.to_idx],
                np.round(block.minutes, self.decimals),
            )


def router_source(
    router, point_zone: np.ndarray, workers: int = 1, chunk_size: Optional[int] = None, memory_bytes=None
) -> RouterSource:
    """A :class:`RouterSource` with chunks sized by :func:`chunking`."""
    size, memory = chunking(router, workers, chunk_size, memory_bytes)
    return RouterSource(router, np.asarray(point_zone, dtype=np.int64), size, memory)
