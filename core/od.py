"""Origin-destination tables shared by accessibility, demand, the batch runner and the Processing bridge:
zone ids matched across numeric and text columns, long matrices held as compact integer-coded arrays, and
what was found on the way (unknown ids, NULL or negative costs, repeated pairs).

Conventions:

* Ids match across types: 12, 12.0 and "12" are the same zone (:func:`id_keys`, :class:`IdMatcher`).
* A long matrix (``from_id, to_id, travel_time``) is read once into :class:`TravelMatrix`: int16 zone
  codes below 32,767 zones, int32 above, float64 costs (12 bytes per row). Rows with an unknown id or a
  NULL or negative cost are left out and counted in :class:`MatrixDiagnostics`.
* A pair that appears twice is refused (:class:`~.errors.InputError` ``repeated_pairs``): summing both rows
  would count its opportunities or trips twice, and no rule can tell which row is right.
* Extra cost columns (a fare, a distance) are kept only when asked for (``extra_cols``), as float64 arrays
  in :attr:`TravelMatrix.extra`, so the one-cost matrix stays at 12 bytes per row. A row with a NULL or
  negative extra cost is left out and counted. With ``alternatives=True`` a pair may appear several times
  (the journeys of a time × fare Pareto frontier); only the measures that read several costs accept such a
  matrix, the others refuse it as repeated pairs (:meth:`TravelMatrix.require_unique_pairs`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .definitions import FROM_ID, TO_ID, TRAVEL_TIME
from .errors import InputError, examples
from .progress import ProgressCallback, report

ROW_BLOCK = 4_000_000
"""Rows processed per vectorised block (bounds the temporaries)."""
EXAMPLES = 5
"""How many example ids diagnostics keep."""
_MAX_TRACKED_UNKNOWN = 1_000_000


def id_keys(values) -> np.ndarray:
    """Ids as comparable text: integral numbers lose their decimals (12, 12.0 and "12" all give "12").

    Works on the distinct values only, so long tables with few zones are fast; NULL stays None.
    """
    array = values.to_numpy() if isinstance(values, pd.Series) else np.asarray(values, dtype=object)
    codes, uniques = pd.factorize(array)
    distinct = pd.Series(np.asarray(uniques, dtype=object), dtype=object)
    numbers = pd.to_numeric(distinct, errors="coerce").astype(float)
    integral = numbers.notna() & np.isfinite(numbers) & (numbers % 1 == 0)
    text = distinct.astype(str).str.strip()
    if integral.any():
        text = text.where(~integral, numbers[integral].astype(np.int64).astype(str))
    keys = np.append(text.to_numpy(dtype=object), None)
    return keys[codes]


@dataclass
class MatrixDiagnostics:
    """What happened to the rows of a travel matrix when it was matched to the zones."""

    n_rows: int = 0
    n_rows_used: int = 0
    n_rows_null_cost: int = 0
    n_rows_negative_cost: int = 0
    n_rows_above_max_cost: int = 0
    n_rows_null_extra_cost: int = 0
    n_rows_negative_extra_cost: int = 0
    n_rows_unknown_origin: int = 0
    n_rows_unknown_destination: int = 0
    n_unknown_ids: int = 0
    unknown_id_examples: List[object] = field(default_factory=list)
    n_zones: int = 0
    n_zones_not_origin: int = 0
    zones_not_origin_examples: List[object] = field(default_factory=list)
    n_zones_not_destination: int = 0
    zones_not_destination_examples: List[object] = field(default_factory=list)


@dataclass
class TravelMatrix:
    """A long travel matrix with ids replaced by positions in ``zone_ids`` (compact, vectorisable)."""

    zone_ids: pd.Index
    origin: np.ndarray
    destination: np.ndarray
    cost: np.ndarray
    diagnostics: MatrixDiagnostics
    extra: Dict[str, np.ndarray] = field(default_factory=dict)
    """Extra cost columns by name (float64, one value per row), empty for a one-cost matrix."""
    alternatives: bool = False
    """Whether a pair may appear several times (alternative journeys, e.g. a time × fare Pareto frontier)."""

    @property
    def n_zones(self) -> int:
        """Number of zones (length of the output)."""
        return len(self.zone_ids)

    def blocks(self, block: int = ROW_BLOCK) -> Iterator[Tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """Yield (origin, destination, cost) slices of at most ``block`` rows (views, no copies)."""
        n = len(self.cost)
        for start in range(0, n, block):
            stop = min(start + block, n)
            yield self.origin[start:stop], self.destination[start:stop], self.cost[start:stop]

    def n_blocks(self, block: int = ROW_BLOCK) -> int:
        """How many blocks :meth:`blocks` yields."""
        return max(1, -(-len(self.cost) // block))

    def extra_blocks(
        self, names: List[str], block: int = ROW_BLOCK
    ) -> Iterator[Tuple[np.ndarray, np.ndarray, np.ndarray, List[np.ndarray]]]:
        """Yield (origin, destination, cost, [extra costs named ``names``]) slices of at most ``block`` rows."""
        missing = [name for name in names if name not in self.extra]
        if missing:
            raise InputError(
                "missing_cost_column",
                "The travel matrix was read without the cost column {name}: give it among the extra costs.",
                name=", ".join(missing),
            )
        n = len(self.cost)
        for start in range(0, n, block):
            stop = min(start + block, n)
            extra = [self.extra[name][start:stop] for name in names]
            yield self.origin[start:stop], self.destination[start:stop], self.cost[start:stop], extra

    def require_unique_pairs(self) -> None:
        """Refuse a matrix with alternative journeys (repeated pairs) for a measure that reads one cost."""
        if self.alternatives:
            check_unique_pairs(self.origin, self.destination, self.zone_ids)


MatrixInput = Union[TravelMatrix, pd.DataFrame, Iterable[pd.DataFrame]]


def _is_numeric(values: Union[np.ndarray, pd.Index, pd.Series]) -> bool:
    return pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype)


def _to_str(values: Union[np.ndarray, pd.Index, pd.Series]) -> np.ndarray:
    """Ids as strings; integral numbers lose their '.0' so 12 and 12.0 and '12' match."""
    arr = np.asarray(values)
    if _is_numeric(arr):
        finite = np.isfinite(arr) if arr.dtype.kind == "f" else np.ones(arr.shape, bool)
        if arr.dtype.kind == "f" and np.all(np.mod(arr[finite], 1) == 0):
            out = np.full(arr.shape, "nan", dtype=object)
            out[finite] = arr[finite].astype(np.int64).astype(str)
            return out
        return arr.astype(str).astype(object)
    return pd.Series(arr, dtype=object).where(pd.notna(arr), None).astype(str).to_numpy(dtype=object)


class IdMatcher:
    """Turns matrix id columns into zone positions, reconciling numeric and text ids."""

    def __init__(self, zone_ids: pd.Index):
        self.zone_ids = zone_ids
        self._str_index: Optional[pd.Index] = None

    def codes(self, values: pd.Series) -> Tuple[np.ndarray, np.ndarray]:
        """Zone positions (-1 when unknown) and the values actually looked up."""
        zone_numeric = _is_numeric(self.zone_ids)
        vals_numeric = _is_numeric(values)
        if zone_numeric == vals_numeric:
            looked_up = values.to_numpy()
            return self.zone_ids.get_indexer(looked_up), looked_up
        if self._str_index is None:
            self._str_index = pd.Index(_to_str(self.zone_ids))
        looked_up = _to_str(values.to_numpy())
        return self._str_index.get_indexer(looked_up), looked_up


def zone_index(land_use: pd.DataFrame) -> pd.Index:
    """The land-use index as zone ids; duplicate ids raise ValueError."""
    ids = pd.Index(land_use.index)
    if ids.has_duplicates:
        dup = ids[ids.duplicated()].unique()
        raise ValueError(f"duplicate zone ids in land use: {list(dup[:EXAMPLES])}")
    return ids


def _numeric_column(chunk: pd.DataFrame, name: str) -> np.ndarray:
    """A matrix cost column as float64; ValueError when absent or not numeric."""
    if name not in chunk.columns:
        raise ValueError(f"travel matrix has no column {name!r}")
    values = chunk[name]
    if not _is_numeric(values):
        raise ValueError(f"travel matrix column {name!r} is not numeric")
    return values.to_numpy(dtype=np.float64)


def _kept_rows(
    chunk: pd.DataFrame,
    matcher: IdMatcher,
    columns: Tuple[str, str, str],
    extra_cols: Sequence[str],
    max_cost: Optional[float],
    diag: MatrixDiagnostics,
    unknown: set,
) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, List[np.ndarray]]:
    """One chunk matched to the zones: which rows are kept, their codes, cost and extra costs (counted)."""
    from_col, to_col, cost_col = columns
    for col in (from_col, to_col):
        if col not in chunk.columns:
            raise ValueError(f"travel matrix has no column {col!r}")
    cost = _numeric_column(chunk, cost_col)
    extras = [_numeric_column(chunk, name) for name in extra_cols]
    o, o_vals = matcher.codes(chunk[from_col])
    d, d_vals = matcher.codes(chunk[to_col])
    diag.n_rows += len(cost)
    null_cost = np.isnan(cost)
    negative = cost < 0
    diag.n_rows_null_cost += int(null_cost.sum())
    diag.n_rows_negative_cost += int(negative.sum())
    bad_o, bad_d = o < 0, d < 0
    diag.n_rows_unknown_origin += int(bad_o.sum())
    diag.n_rows_unknown_destination += int(bad_d.sum())
    if len(unknown) < _MAX_TRACKED_UNKNOWN and (bad_o.any() or bad_d.any()):
        unknown.update(pd.unique(o_vals[bad_o]).tolist())
        unknown.update(pd.unique(d_vals[bad_d]).tolist())
    keep = ~(null_cost | negative | bad_o | bad_d)
    for values in extras:
        null_extra, negative_extra = keep & np.isnan(values), keep & (values < 0)
        diag.n_rows_null_extra_cost += int(null_extra.sum())
        diag.n_rows_negative_extra_cost += int(negative_extra.sum())
        keep &= ~(null_extra | negative_extra)
    if max_cost is not None:
        above = keep & (cost > max_cost)
        diag.n_rows_above_max_cost += int(above.sum())
        keep &= ~above
    return keep, o, d, cost, extras


def prepare_matrix(
    matrix: MatrixInput,
    zone_ids: pd.Index,
    from_col: str = FROM_ID,
    to_col: str = TO_ID,
    cost_col: str = TRAVEL_TIME,
    max_cost: Optional[float] = None,
    progress: ProgressCallback = None,
    extra_cols: Sequence[str] = (),
    alternatives: bool = False,
) -> TravelMatrix:
    """Match a long matrix (DataFrame or iterator of DataFrames) to ``zone_ids`` as compact arrays, with the
    extra cost columns ``extra_cols``; ``alternatives`` accepts repeated pairs (see the module docstring)."""
    if isinstance(matrix, TravelMatrix):
        return matrix
    ids = pd.Index(zone_ids)
    if ids.has_duplicates:
        raise ValueError("duplicate zone ids")
    chunks: Iterable[pd.DataFrame] = [matrix] if isinstance(matrix, pd.DataFrame) else matrix
    code_dtype = np.int16 if len(ids) < np.iinfo(np.int16).max else np.int32
    diag = MatrixDiagnostics(n_zones=len(ids))
    matcher = IdMatcher(ids)
    unknown: set = set()
    extra_cols = list(extra_cols)
    parts_o: List[np.ndarray] = []
    parts_d: List[np.ndarray] = []
    parts_c: List[np.ndarray] = []
    parts_x: List[List[np.ndarray]] = [[] for _ in extra_cols]
    for i, chunk in enumerate(chunks):
        keep, o, d, cost, extras = _kept_rows(
            chunk, matcher, (from_col, to_col, cost_col), extra_cols, max_cost, diag, unknown
        )
        parts_o.append(o[keep].astype(code_dtype))
        parts_d.append(d[keep].astype(code_dtype))
        parts_c.append(cost[keep])
        for part, values in zip(parts_x, extras):
            part.append(values[keep])
        report(progress, 1.0 - 1.0 / (i + 2))
    origin = np.concatenate(parts_o) if parts_o else np.empty(0, code_dtype)
    del parts_o
    destination = np.concatenate(parts_d) if parts_d else np.empty(0, code_dtype)
    del parts_d
    cost_all = np.concatenate(parts_c) if parts_c else np.empty(0, np.float64)
    del parts_c
    extra = {name: np.concatenate(part) if part else np.empty(0) for name, part in zip(extra_cols, parts_x)}
    diag.n_rows_used = len(cost_all)
    if not alternatives:
        check_unique_pairs(origin, destination, ids)
    diag.n_unknown_ids = len(unknown)
    diag.unknown_id_examples = sorted(unknown, key=str)[:EXAMPLES]
    _zones_in_matrix(diag, ids, origin, destination)
    report(progress, 1.0)
    return TravelMatrix(ids, origin, destination, cost_all, diag, extra, alternatives)


def _zones_in_matrix(
    diag: MatrixDiagnostics, ids: pd.Index, origin: np.ndarray, destination: np.ndarray
) -> None:
    """Count the zones that are never an origin, and never a destination, of the matrix."""
    n = len(ids)
    as_origin = np.zeros(n, bool)
    as_dest = np.zeros(n, bool)
    for start in range(0, len(origin), ROW_BLOCK):
        as_origin[origin[start : start + ROW_BLOCK]] = True
        as_dest[destination[start : start + ROW_BLOCK]] = True
    diag.n_zones_not_origin = int((~as_origin).sum())
    diag.zones_not_origin_examples = ids[~as_origin][:EXAMPLES].tolist()
    diag.n_zones_not_destination = int((~as_dest).sum())
    diag.zones_not_destination_examples = ids[~as_dest][:EXAMPLES].tolist()


def check_unique_pairs(origin: np.ndarray, destination: np.ndarray, ids: pd.Index) -> None:
    """Refuse origin-destination pairs that appear more than once (see the module docstring)."""
    if len(origin) < 2:
        return
    key = origin.astype(np.int64) * len(ids) + destination.astype(np.int64)
    key.sort()
    repeated = key[1:][key[1:] == key[:-1]]
    if len(repeated):
        pairs = np.unique(repeated)
        shown = [f"{ids[k // len(ids)]}→{ids[k % len(ids)]}" for k in pairs[:EXAMPLES].tolist()]
        raise InputError(
            "repeated_pairs",
            "{n} origin-destination pairs appear more than once in the table (e.g. {examples}): each pair "
            "must appear once. Remove or aggregate the repeated rows.",
            n=len(pairs),
            examples=examples(shown) + (", …" if len(pairs) > EXAMPLES else ""),
        )


def iter_matrix_file(
    path: str,
    from_col: str = FROM_ID,
    to_col: str = TO_ID,
    cost_col: str = TRAVEL_TIME,
    chunksize: int = 2_000_000,
    extra_cols: Sequence[str] = (),
) -> Iterator[pd.DataFrame]:
    """Read a CSV (optionally compressed) or Parquet matrix in chunks of ``chunksize`` rows (with the extra
    cost columns ``extra_cols``)."""
    columns = [from_col, to_col, cost_col, *extra_cols]
    if str(path).lower().endswith((".parquet", ".pq")):
        import pyarrow.parquet as pq  # optional dependency, only for Parquet input

        reader = pq.ParquetFile(path)
        for batch in reader.iter_batches(batch_size=chunksize, columns=columns):
            yield batch.to_pandas()
        return
    dtypes = {from_col: str, to_col: str, **{name: np.float64 for name in columns[2:]}}
    yield from pd.read_csv(path, usecols=columns, dtype=dtypes, chunksize=chunksize)


# --------------------------------------------------------------------------------------------- dense matrices

BLOCK_CELLS = 1 << 21
"""Cells per row block in element-wise passes over dense matrices (bounds the temporaries)."""


def row_blocks(n_rows: int, n_cols: int, cells: int = BLOCK_CELLS) -> Iterator[Tuple[int, int]]:
    """(start, stop) row ranges of about ``cells`` cells of an ``n_rows`` × ``n_cols`` matrix."""
    step = max(1, cells // max(1, n_cols))
    for start in range(0, n_rows, step):
        yield start, min(n_rows, start + step)


def dense_matrix(matrix: TravelMatrix, fill: float = np.nan) -> np.ndarray:
    """The zones × zones float64 matrix of a :class:`TravelMatrix` (pairs it lacks get ``fill``)."""
    n = matrix.n_zones
    out = np.full((n, n), fill, dtype=np.float64)
    flat = out.ravel()
    for origin, destination, cost in matrix.blocks():
        flat[origin.astype(np.int64) * n + destination] = cost
    return out


@dataclass
class DenseMatrixResult:
    """A dense matrix built from a long table, with the rows that could not be placed."""

    matrix: np.ndarray
    unknown_from_ids: list
    unknown_to_ids: list
    n_rows_dropped: int
    n_duplicates: int


def _indexer(index: pd.Index, ids) -> np.ndarray:
    """Positions of ``ids`` in ``index`` (-1 if absent); integer ids are matched to text ids as text."""
    values = pd.Index(ids)
    if values.dtype.kind in "iu" and index.dtype == object:
        values = values.astype(str)
    elif index.dtype.kind in "iu" and values.dtype == object:
        index = index.astype(str)
    return index.get_indexer(values)


def long_to_dense(
    from_ids, to_ids, values, zone_ids, to_zone_ids=None, fill: float = np.nan
) -> DenseMatrixResult:
    """Dense matrix (rows ``zone_ids``, columns ``to_zone_ids`` or the same) from a long table.

    Pairs absent from the table get ``fill`` (NaN: unreachable). Ids not in the zone list are reported and
    their rows dropped; for duplicated pairs the last row wins (counted). (Algorithms refuse repeated pairs
    instead: see :func:`check_unique_pairs`.)
    """
    rows = pd.Index(zone_ids)
    cols = rows if to_zone_ids is None else pd.Index(to_zone_ids)
    if not rows.is_unique or not cols.is_unique:
        raise ValueError("zone ids are not unique")
    i = _indexer(rows, from_ids)
    j = _indexer(cols, to_ids)
    vals = np.asarray(values, dtype=float)
    if not (len(i) == len(j) == len(vals)):
        raise ValueError("from, to and value columns differ in length")
    bad_i, bad_j = i < 0, j < 0
    unknown_from = pd.unique(np.asarray(from_ids, dtype=object)[bad_i]).tolist()
    unknown_to = pd.unique(np.asarray(to_ids, dtype=object)[bad_j]).tolist()
    ok = ~(bad_i | bad_j)
    flat = i[ok].astype(np.int64) * len(cols) + j[ok]
    dup = pd.Series(flat).duplicated(keep="last").to_numpy()
    matrix = np.full((len(rows), len(cols)), fill, dtype=float)
    matrix.ravel()[flat[~dup]] = vals[ok][~dup]
    return DenseMatrixResult(
        matrix=matrix,
        unknown_from_ids=unknown_from,
        unknown_to_ids=unknown_to,
        n_rows_dropped=int((~ok).sum()),
        n_duplicates=int(dup.sum()),
    )


def dense_to_long(
    matrix: np.ndarray,
    zone_ids,
    to_zone_ids=None,
    value_name: str = "trips",
    drop_zeros: bool = True,
    include_intrazonal: bool = True,
) -> pd.DataFrame:
    """Long table ``from_id, to_id, <value_name>`` from a dense matrix (NaN cells are skipped)."""
    m = np.asarray(matrix)
    rows = np.asarray(zone_ids)
    cols = rows if to_zone_ids is None else np.asarray(to_zone_ids)
    if m.shape != (len(rows), len(cols)):
        raise ValueError("matrix shape does not match the zone ids")
    keep = ~np.isnan(m)
    if drop_zeros:
        keep &= m != 0
    if not include_intrazonal:
        n = min(m.shape)
        keep[np.arange(n), np.arange(n)] = False
    ii, jj = np.nonzero(keep)
    return pd.DataFrame({FROM_ID: rows[ii], TO_ID: cols[jj], value_name: m[ii, jj]})


# --------------------------------------------------------------------------------------------- values on pairs


@dataclass
class PairValues:
    """Columns of a long table aligned on a list of origin-destination pairs (an OD table's rows).

    ``values`` has one row per pair and one column per value column, NaN where the table has no row for the
    pair (``found`` False) or its value is NULL. Counts are over the table's rows that fall on one of the
    pairs.
    """

    values: np.ndarray
    found: np.ndarray
    n_rows: int
    n_rows_on_pairs: int
    n_null: np.ndarray
    n_negative: np.ndarray

    @property
    def n_pairs_without_row(self) -> int:
        """Pairs the table has no row for."""
        return int(len(self.values) - self.n_rows_on_pairs)


def pair_codes(origin_ids, destination_ids) -> Tuple[pd.Index, np.ndarray]:
    """The zones met in a list of pairs (ids matched as :func:`id_keys`) and each pair's code."""
    origin_keys = id_keys(origin_ids)
    destination_keys = id_keys(destination_ids)
    zones = pd.Index(pd.unique(np.concatenate([origin_keys, destination_keys])))
    codes = zones.get_indexer(origin_keys).astype(np.int64) * len(zones) + zones.get_indexer(destination_keys)
    return zones, codes


def values_on_pairs(
    chunks: Iterable[pd.DataFrame],
    from_col: str,
    to_col: str,
    value_cols,
    origin_ids,
    destination_ids,
    progress: ProgressCallback = None,
) -> PairValues:
    """The ``value_cols`` of a long table (chunks) for each pair ``origin_ids[k] → destination_ids[k]``.

    Ids match as :func:`id_keys` does; rows of pairs that are not in the list are skipped. Pairs repeated in
    the list, or in the table's rows that fall on the list, are refused (:func:`check_unique_pairs`).
    """
    value_cols = list(value_cols)
    zones, codes = pair_codes(origin_ids, destination_ids)
    pairs = pd.Index(codes)
    n = len(zones)
    check_unique_pairs(codes // max(n, 1), codes % max(n, 1), zones)
    out = np.full((len(codes), len(value_cols)), np.nan)
    found = np.zeros(len(codes), dtype=bool)
    n_rows = 0
    kept_origin: List[np.ndarray] = []
    kept_destination: List[np.ndarray] = []
    n_null = np.zeros(len(value_cols), np.int64)
    n_negative = np.zeros(len(value_cols), np.int64)
    for i, chunk in enumerate(chunks):
        n_rows += len(chunk)
        o = zones.get_indexer(id_keys(chunk[from_col])).astype(np.int64)
        d = zones.get_indexer(id_keys(chunk[to_col])).astype(np.int64)
        position = np.full(len(chunk), -1, np.int64)
        known = (o >= 0) & (d >= 0)
        position[known] = pairs.get_indexer(o[known] * n + d[known])
        on = position >= 0
        values = chunk[value_cols].to_numpy(dtype=np.float64)[on]
        out[position[on]] = values
        found[position[on]] = True
        n_null += np.isnan(values).sum(axis=0)
        n_negative += (values < 0).sum(axis=0)
        kept_origin.append(o[on])
        kept_destination.append(d[on])
        report(progress, 1.0 - 1.0 / (i + 2))
    origin = np.concatenate(kept_origin) if kept_origin else np.empty(0, np.int64)
    destination = np.concatenate(kept_destination) if kept_destination else np.empty(0, np.int64)
    check_unique_pairs(origin, destination, zones)
    report(progress, 1.0)
    return PairValues(out, found, n_rows, len(origin), n_null, n_negative)
