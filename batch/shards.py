"""Shards of a batch run: one file per chunk and pass, written completely or not at all, so that a killed run
continues from what is on disk and recomputes only the chunks whose shard is missing.

A shard holds what its chunk contributes (:class:`conecta.core.streamed.Partial`) as a table: one row per origin
of the chunk (``part = "o"``: its pairs and its values by origin) and, for measures by destination and the
floating catchment measures' first pass, one row per zone (``part = "d"``: the chunk's sums and minima by
destination). Parquet when pyarrow is there (else CSV, numbers written to the last digit).

Writing: to a hidden temporary file beside the shard, flushed to disk (``fsync``), then renamed: a shard exists
under its name only when complete. A write that fails (a full disk) removes the temporary file and raises
:class:`ShardError`, which says that the chunk is not done.
"""

from __future__ import annotations

import errno
import os
import uuid
from pathlib import Path
from typing import Iterator, List

import numpy as np
import pandas as pd


class ShardError(OSError):
    """A shard could not be written (it is not marked done)."""


def has_pyarrow() -> bool:
    """Whether Parquet can be written."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def partial_frame(partial) -> pd.DataFrame:
    """A chunk's :class:`~conecta.core.streamed.Partial` as one table (see the module docstring)."""
    columns = {"part": "o", "zone": partial.origins, "pairs": partial.origin_pairs.astype(np.float64)}
    for key, values in partial.by_origin.items():
        columns.update(_columns(key, values, len(partial.origins)))
    by_zone = {
        **{f"sum>{k}": v for k, v in partial.summed.items()},
        **{f"min>{k}": v for k, v in partial.lowest.items()},
    }
    if by_zone:
        zones = np.arange(len(next(iter(by_zone.values()))))
        reached = np.zeros(len(zones))
        reached[partial.destinations] = 1.0
    else:
        zones, reached = partial.destinations, np.ones(len(partial.destinations))
    rows = {"part": "d", "zone": zones, "reached": reached}
    for key, values in by_zone.items():
        rows.update(_columns(key, values, len(zones)))
    return pd.concat([pd.DataFrame(columns), pd.DataFrame(rows)], ignore_index=True)


def _columns(key: str, values: np.ndarray, n_rows: int) -> dict:
    """One column per value of a row (``key#j`` when a row holds several)."""
    table = np.asarray(values, dtype=np.float64).reshape(n_rows, -1) if n_rows else np.zeros((0, 1))
    if table.shape[1] == 1:
        return {key: table[:, 0]}
    return {f"{key}#{j}": table[:, j] for j in range(table.shape[1])}


def _gather(frame: pd.DataFrame, prefix: str = "") -> dict:
    """Columns back into arrays (``key#j`` columns as one table), for the keys starting with ``prefix``."""
    out: dict = {}
    for name in frame.columns:
        if name in ("part", "zone", "pairs", "reached") or not name.startswith(prefix):
            continue
        key, _, j = name[len(prefix) :].partition("#")
        out.setdefault(key, []).append((int(j) if j else 0, frame[name].to_numpy(dtype=np.float64)))
    return {
        key: np.column_stack([v for _, v in sorted(parts)]) if len(parts) > 1 else parts[0][1]
        for key, parts in out.items()
    }


def frame_partial(frame: pd.DataFrame, partial_type):
    """The :class:`~conecta.core.streamed.Partial` a shard holds."""
    origins = frame[frame["part"] == "o"].dropna(axis=1, how="all")
    zones = frame[frame["part"] == "d"].dropna(axis=1, how="all")
    pairs = origins["pairs"].to_numpy(dtype=np.float64).astype(np.int64)
    return partial_type(
        origins=origins["zone"].to_numpy(dtype=np.int64),
        by_origin=_gather(origins),
        summed=_gather(zones, "sum>"),
        lowest=_gather(zones, "min>"),
        pairs=int(pairs.sum()),
        origin_pairs=pairs,
        destinations=zones["zone"].to_numpy(dtype=np.int64)[zones["reached"].to_numpy() > 0],
    )


class ShardStore:
    """The shards of one pass of one mode, in ``folder`` (see the module docstring)."""

    def __init__(self, folder: Path, n_chunks: int, fmt: str = "parquet") -> None:
        self.folder = Path(folder)
        self.n_chunks = n_chunks
        self.fmt = fmt if fmt == "csv" or has_pyarrow() else "csv"
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in self.folder.glob(".*.part"):
            stale.unlink(missing_ok=True)

    def path(self, index: int) -> Path:
        """Where chunk ``index``'s shard lives once complete."""
        return self.folder / f"chunk-{index:06d}.{self.fmt}"

    def done(self) -> List[int]:
        """The chunks whose shard is complete."""
        return [i for i in range(self.n_chunks) if self.path(i).exists()]

    def missing(self) -> List[int]:
        """The chunks still to compute."""
        return [i for i in range(self.n_chunks) if not self.path(i).exists()]

    def write(self, index: int, partial) -> None:
        """Write chunk ``index``'s shard completely, or not at all (:class:`ShardError`)."""
        final = self.path(index)
        staged = self.folder / f".{final.name}.{uuid.uuid4().hex[:8]}.part"
        try:
            frame = partial_frame(partial)
            with open(staged, "wb") as handle:
                if self.fmt == "parquet":
                    frame.to_parquet(handle, index=False)
                else:
                    handle.write(frame.to_csv(index=False, float_format="%.17g").encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(staged, final)
        except OSError as error:
            staged.unlink(missing_ok=True)
            full = error.errno in (errno.ENOSPC, errno.EDQUOT)
            reason = "the disk is full" if full else str(error)
            raise ShardError(
                error.errno,
                f"shard {final.name} could not be written ({reason}): chunk {index} is not marked done; "
                f"free some space in {self.folder} and run the same command again to continue "
                f"({len(self.done())} of {self.n_chunks} chunks are done)",
            ) from error

    def read(self, index: int, partial_type):
        """Chunk ``index``'s partial from its shard."""
        path = self.path(index)
        frame = pd.read_parquet(path) if self.fmt == "parquet" else pd.read_csv(path)
        return frame_partial(frame, partial_type)

    def read_all(self, partial_type) -> Iterator:
        """Every chunk's partial, in chunk order."""
        for index in range(self.n_chunks):
            yield self.read(index, partial_type)
