"""Where the chunks of a batch run are computed: ``processes`` (this machine's cores, the default) or ``dask``
(a :mod:`dask.distributed` cluster: a ``LocalCluster`` on this machine by default, or a scheduler's address).

Both run the same task, :func:`conecta.core.streamed.reduce_chunk` (route one chunk, reduce it to the measure),
and hand each chunk's result back to the runner, which writes its shard; the order in which chunks complete
does not matter (results are merged in chunk order). dask and distributed are imported only by the ``dask``
backend: the plugin and the ``processes`` backend never need them.

- ``processes``: :class:`conecta.core.parallel.WorkerPool`; the street graph reaches each worker as the path of
  its hashed file (:class:`StoredGraph`), loaded once per worker.
- ``dask``: the graph is scattered once to every worker (``client.scatter(..., broadcast=True)``), the chunks
  are mapped with ``client.map`` and collected with ``as_completed``. A scheduler that does not answer within
  :data:`CONNECT_TIMEOUT` seconds is a :class:`BackendError`; a worker that dies has its chunks recomputed by
  the scheduler elsewhere, and the run reports which; a chunk that kills workers repeatedly stops the run.
  When every worker holding the scattered graph stops at once (a cluster-wide restart, every worker of a small
  cluster out of memory), the chunks not collected yet are lost with it: the graph is scattered again and they
  are sent again (at most :data:`LOST_GRAPH_RETRIES` times), and the run reports it.
  Dask's nannies start workers with ``MALLOC_TRIM_THRESHOLD_=65536``, which switches glibc's adaptive mmap
  threshold off: every temporary array above 128 KiB is then mapped, zeroed and unmapped again, and a car chunk
  spent 40 % of its time in the kernel (routing took 68 s instead of 35 s on one worker). Each worker restores
  glibc's adaptive thresholds before its first chunk (:func:`restore_malloc_thresholds`).
"""

from __future__ import annotations

import ctypes
import functools
import os
import pickle
import time
from concurrent.futures import CancelledError
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

from conecta.core.streamed import reduce_chunk

CONNECT_TIMEOUT = 5
"""Seconds to wait for a Dask scheduler to answer."""
POLL_SECONDS = 0.2
LOST_GRAPH_RETRIES = 2
"""How many times the graph is scattered again when every worker holding it stopped."""

_LOADED: Dict[str, object] = {}


class BackendError(RuntimeError):
    """The backend cannot run the chunks (the message says why and what to do)."""


class StoredGraph:
    """A router stored in a hashed file, loaded (once per process) when first used; pickles as its path."""

    def __init__(self, path: Path, key: str) -> None:
        self.path = str(path)
        self.key = key

    def __getstate__(self) -> dict:
        return {"path": self.path, "key": self.key}

    def __setstate__(self, state: dict) -> None:
        self.path, self.key = state["path"], state["key"]

    def load(self):
        """The router itself."""
        if self.key not in _LOADED:
            _LOADED.clear()
            with open(self.path, "rb") as handle:
                _LOADED[self.key] = pickle.load(handle)["router"]
        return _LOADED[self.key]

    def __getattr__(self, name: str):
        if name in ("path", "key"):
            raise AttributeError(name)
        return getattr(self.load(), name)


@dataclass
class BackendEvents:
    """What happened to the workers, for the run's report."""

    lines: List[str] = field(default_factory=list)
    retried: List[int] = field(default_factory=list)
    workers: int = 0


Sink = Callable[[int, object], None]
"""Receives ``(chunk index, partial)`` as chunks complete."""


def run_processes(source, plan, chunks: Sequence, todo: List[int], workers: int, sink: Sink, events) -> None:
    """Compute chunks ``todo`` on this machine's cores."""
    from conecta.core.parallel import WorkerPool

    with WorkerPool({"source": source, "plan": plan}, workers, "processes") as pool:
        events.workers = pool.workers if pool.kind != "serial" else 1
        if pool.fallback:
            events.lines.append(f"worker processes unavailable ({pool.fallback}): one process used")
        for position, partial in pool.run(reduce_chunk, [chunks[i] for i in todo]):
            sink(todo[position], partial)
        if pool.events.retried:
            lost = sorted({todo[p] for p in pool.events.retried})
            events.retried += lost
            events.lines.append(
                f"a worker process stopped while computing chunks {_shown(lost)}: they were computed again"
            )


def _shown(values: Sequence[int]) -> str:
    values = list(values)
    return ", ".join(str(v) for v in values[:10]) + (", …" if len(values) > 10 else "")


class DaskBackend:
    """A connection to a Dask cluster (a new ``LocalCluster`` when no scheduler address is given)."""

    def __init__(self, scheduler: Optional[str] = None, workers: int = 0) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise BackendError(
                "the dask backend needs dask and distributed (Debian: apt install python3-dask "
                "python3-distributed; elsewhere: pip install 'dask[distributed]')"
            ) from error
        self.cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as error:
                raise BackendError(
                    f"the Dask scheduler at {scheduler} did not answer within {CONNECT_TIMEOUT} s: start it "
                    f"(dask-scheduler) or check the address ({error})"
                ) from error
        else:
            from conecta.core.parallel import cores

            self.cluster = LocalCluster(
                n_workers=workers or cores(), threads_per_worker=1, processes=True, dashboard_address=None
            )
            self.client = Client(self.cluster)
        self.graph_key = None
        self.graph = None

    def close(self) -> None:
        """Disconnect (and stop the local cluster)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> DaskBackend:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def scattered(self, key: str, source):
        """The source on every worker, scattered once per graph."""
        if self.graph_key != key:
            self.graph = self.client.scatter(source, broadcast=True, hash=False)
            self.graph_key = key
        return self.graph

    def run(self, key: str, source, plan, chunks: Sequence, todo: List[int], sink: Sink, events) -> None:
        """Compute chunks ``todo`` on the cluster (see the module docstring)."""
        events.workers = len(self.client.scheduler_info()["workers"])
        remaining = list(todo)
        for attempt in range(LOST_GRAPH_RETRIES + 1):
            remaining = self._send(key, source, plan, chunks, remaining, sink, events, attempt)
            if not remaining:
                return
            events.retried += remaining
            events.lines.append(
                f"the Dask workers holding the graph stopped before chunks {_shown(remaining)} were "
                "collected: the graph is scattered again and they are computed again"
            )
            self.graph_key = self.graph = None
        raise BackendError(
            f"the Dask workers holding the graph stopped {LOST_GRAPH_RETRIES + 1} times (out of memory?): "
            f"chunks {_shown(remaining)} are not done; use smaller chunks (--chunk-size) or workers with "
            "more memory, and run the same command again to continue from the shards on disk"
        )

    def _send(
        self, key: str, source, plan, chunks, todo: List[int], sink: Sink, events, attempt: int
    ) -> list:
        """Send chunks ``todo`` once; the chunks lost with the scattered graph (to be sent again)."""
        from distributed import as_completed

        graph = self.scattered(key, source)
        shared = self.client.scatter(plan, broadcast=True, hash=False)
        names = [f"conecta-{key}-{plan.step}-{index}-{attempt}" for index in todo]
        futures = self.client.map(
            _dask_chunk, [chunks[i] for i in todo], source=graph, plan=shared, key=names, pure=False
        )
        index_of = {future.key: index for future, index in zip(futures, todo)}
        watcher = _WorkerWatch(self.client, index_of, events)
        pending = as_completed(futures, with_results=False)
        lost = []
        while not pending.is_empty():
            batch = pending.next_batch(block=False)
            if not batch:
                watcher.check()
                time.sleep(POLL_SECONDS)
                continue
            for future in batch:
                try:
                    partial = self._result(future, index_of)
                except CancelledError:
                    lost.append(index_of[future.key])
                    continue
                sink(index_of[future.key], partial)
                future.release()
        watcher.check()
        return sorted(lost)

    def _result(self, future, index_of):
        """A chunk's partial, a :class:`BackendError` that names the chunk, or ``CancelledError`` when the
        chunk was lost with the scattered graph."""
        if future.status == "cancelled":
            raise CancelledError(future.key)
        if future.status == "error":
            error = future.exception()
            index = index_of[future.key]
            if type(error).__name__ == "KilledWorker":
                raise BackendError(
                    f"chunk {index} stopped every worker that computed it (out of memory?): use smaller "
                    "chunks (--chunk-size) or workers with more memory"
                ) from error
            raise BackendError(f"chunk {index} failed on a Dask worker: {error!r}") from error
        return future.result()


class _WorkerWatch:
    """Notices workers that leave the cluster during a run and the chunks they were computing."""

    def __init__(self, client, index_of: Dict[str, int], events) -> None:
        self.client = client
        self.index_of = index_of
        self.events = events
        self.workers = set(client.scheduler_info()["workers"])
        self.processing: Dict[str, list] = {}

    def check(self) -> None:
        """Compare the workers with the last look; report those gone."""
        try:
            workers = set(self.client.scheduler_info()["workers"])
            processing = self.client.processing()
        except (OSError, TimeoutError):
            return
        for gone in sorted(self.workers - workers):
            chunks = sorted(self.index_of[k] for k in self.processing.get(gone, []) if k in self.index_of)
            self.events.retried += chunks
            what = f"chunks {_shown(chunks)}" if chunks else "no chunk"
            self.events.lines.append(
                f"Dask worker {gone} stopped while computing {what}: the scheduler recomputes them"
            )
        self.workers = workers
        self.processing = {w: list(keys) for w, keys in processing.items()}


M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
"""glibc's ``mallopt`` parameters (malloc.h)."""
MMAP_THRESHOLD_BYTES = 32 * 2**20
"""Where glibc's adaptive mmap threshold ends up on 64-bit systems (DEFAULT_MMAP_THRESHOLD_MAX); its trim
threshold is twice that."""


@functools.cache
def restore_malloc_thresholds() -> bool:
    """In a process started with ``MALLOC_TRIM_THRESHOLD_`` (Dask's nannies set it), give glibc the thresholds
    its adaptive setting reaches (mmap above 32 MiB, trim above 64 MiB), so that temporary arrays reuse the
    heap instead of being mapped anew; once per process. True when they were set (glibc only)."""
    if not os.environ.get("MALLOC_TRIM_THRESHOLD_"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc (macOS, Windows, musl): nothing to restore
        return False
    done = libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1
    return libc.mallopt(M_TRIM_THRESHOLD, 2 * MMAP_THRESHOLD_BYTES) == 1 and done


def _dask_chunk(chunk, source, plan):
    """One chunk on a Dask worker."""
    restore_malloc_thresholds()
    return reduce_chunk({"source": source, "plan": plan}, chunk)
