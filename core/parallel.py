"""Run independent chunks of work on every core, outside the GIL, also from inside QGIS.

scipy's Dijkstra (1.10) holds the GIL, so threads do not route in parallel: chunks run in worker *processes*
started with the ``spawn`` method (the only one that exists on Windows and is safe on macOS). A spawned worker
is a plain Python interpreter that imports ``conecta.core`` only, never QGIS:

- :func:`python_interpreter` finds that interpreter. Inside QGIS ``sys.executable`` is QGIS itself (``qgis``,
  ``qgis-bin.exe``, ``QGIS.app/Contents/MacOS/QGIS``) and must never be started again; the interpreter QGIS
  embeds is looked for next to its Python library (``sys.exec_prefix``), and checked to be the same Python
  version before it is used. None when none is found: the work then runs in the calling process.
- :class:`WorkerPool` starts the workers once with the shared state (a street router, the measure's
  arithmetic), keeps at most two chunks per worker in flight (so a cancel is seen after one chunk and results
  wait little to be merged in order), yields each chunk's result as it completes, retries the chunks of a
  worker that died (once, then :class:`WorkerFailed` names them) and stops its workers when the caller stops.

``workers=1`` runs every chunk in the calling process (no start-up cost, the same results).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from .progress import ProgressCallback, report

RETRIES = 2
"""How many times the chunks of a worker that died are run again."""

_SHARED: Dict[str, object] = {}
"""The shared state of this worker process (set once by :func:`_install`)."""


class WorkerFailed(RuntimeError):
    """A worker process died on the same chunks more than :data:`RETRIES` times."""

    def __init__(self, chunks: Sequence[int]) -> None:
        super().__init__(
            f"a worker process died while computing chunks {', '.join(str(c) for c in chunks)} "
            f"{RETRIES + 1} times (out of memory?): run with fewer workers or smaller chunks"
        )
        self.chunks = list(chunks)


def cores() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _is_python(path: str) -> bool:
    name = os.path.basename(path).lower()
    return name.startswith("python") and not name.startswith("pythonw")


def _candidates() -> List[str]:
    """Where a Python interpreter of this installation may be (the running one first)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    found = [sys.executable, getattr(sys, "_base_executable", "")]
    for prefix in dict.fromkeys([sys.exec_prefix, sys.base_exec_prefix, os.path.dirname(sys.executable)]):
        found += [
            os.path.join(prefix, "python.exe"),
            os.path.join(prefix, "python3.exe"),
            os.path.join(prefix, "bin", f"python{version}"),
            os.path.join(prefix, "bin", "python3"),
            os.path.join(prefix, f"python{version}"),
            os.path.join(prefix, "python3"),
        ]
    found += [shutil.which(f"python{version}") or "", shutil.which("python3") or ""]
    return [path for path in dict.fromkeys(found) if path and _is_python(path) and os.path.isfile(path)]


_INTERPRETER: List[Optional[str]] = []


def python_interpreter() -> Optional[str]:
    """A Python interpreter of the running version that is not QGIS (see the module docstring), or None."""
    if _INTERPRETER:
        return _INTERPRETER[0]
    wanted = f"{sys.version_info.major}.{sys.version_info.minor}"
    chosen = None
    for path in _candidates():
        if path == sys.executable:
            chosen = path
            break
        try:
            answer = subprocess.run(
                [path, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                capture_output=True,
                text=True,
                timeout=20,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if answer.returncode == 0 and answer.stdout.strip() == wanted:
            chosen = path
            break
    _INTERPRETER.append(chosen)
    return chosen


@contextlib.contextmanager
def _plain_main() -> Iterator[None]:
    """While workers start: hide the embedding application's ``__main__`` file (QGIS's), which ``spawn`` would
    otherwise run again in each worker."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    embedded = not _is_python(sys.executable)
    if not (embedded and path):
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


def _install(shared: dict) -> None:
    """Worker start-up: keep the shared state for every chunk this worker runs."""
    _SHARED.clear()
    _SHARED.update(shared)


def _call(function: Callable, task: object) -> object:
    """Run one chunk in a worker with the worker's shared state."""
    return function(_SHARED, task)


@dataclass
class PoolEvents:
    """What happened to the workers during a run, for the log."""

    retried: List[int] = field(default_factory=list)
    """Chunks run again because the worker computing them died."""
    restarts: int = 0


class WorkerPool:
    """Chunks of work on ``workers`` processes (or threads, or the calling process); see the module docstring.

    ``shared``: a dict every chunk function receives first (picklable for processes). ``kind``: "processes",
    "threads" or "serial"; "processes" falls back to "serial" when no interpreter is found
    (:attr:`fallback` says why).
    """

    def __init__(self, shared: dict, workers: int = 1, kind: str = "processes") -> None:
        self.shared = shared
        self.workers = max(1, int(workers))
        self.kind = "serial" if self.workers == 1 else kind
        self.fallback = ""
        self.events = PoolEvents()
        self._executor = None
        self._host_executable = None
        self._children_before = None
        if self.kind == "processes" and python_interpreter() is None:
            self.kind, self.fallback = "serial", "no Python interpreter found next to this application"

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _start(self) -> None:
        if self.kind == "threads":
            _install(self.shared)
            self._executor = ThreadPoolExecutor(self.workers)
        elif self.kind == "processes":
            import multiprocessing
            import multiprocessing.spawn

            context = multiprocessing.get_context("spawn")
            self._children_before = set(multiprocessing.active_children())
            # the spawn executable is global to the process: it is ours while the pool lives (the executor may
            # start a worker on demand) and the host's again when the pool closes (QGIS's other plugins, or Dask
            # started later in the same process, spawn with it)
            if self._host_executable is None:
                self._host_executable = multiprocessing.spawn.get_executable()
            context.set_executable(python_interpreter())
            with _plain_main():
                self._executor = ProcessPoolExecutor(
                    self.workers, mp_context=context, initializer=_install, initargs=(self.shared,)
                )
                # start every worker now, while __main__ is hidden
                list(self._executor.map(_noop, range(self.workers)))

    def _started(self) -> bool:
        """Start the workers; when they cannot start, say why and run in this process instead (False)."""
        try:
            self._start()
            return True
        except (BrokenProcessPool, OSError) as error:
            self.close()
            self.kind, self.fallback = "serial", f"worker processes could not start ({error})"
            return False

    def close(self) -> None:
        """Stop the workers (at once: chunks still running are abandoned); the host's spawn executable back."""
        if self._host_executable is not None:
            import multiprocessing.spawn

            multiprocessing.spawn.set_executable(self._host_executable)
            self._host_executable = None
        executor, self._executor = self._executor, None
        if executor is None:
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        manager = getattr(executor, "_executor_manager_thread", None)
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        if (
            manager is not None
        ):  # it may still start a worker while it winds down: wait for it, then stop those
            manager.join(10)
        processes += self._late_workers(processes)
        for process in processes:
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join(5)

    def _late_workers(self, known: list) -> list:
        """Worker processes started by the executor after its list was read (stopped here)."""
        if self._children_before is None:
            return []
        import multiprocessing

        late = [
            child
            for child in multiprocessing.active_children()
            if child not in self._children_before
            and child not in known
            and type(child).__name__ == "SpawnProcess"
        ]
        for child in late:
            child.terminate()
        return late

    def run(
        self, function: Callable, tasks: Sequence, progress: ProgressCallback = None
    ) -> Iterator[Tuple[int, object]]:
        """Yield ``(index, function(shared, tasks[index]))`` as chunks complete; ``progress`` after each chunk
        (a cancel raises :class:`~.progress.Cancelled` and stops the workers)."""
        total = max(len(tasks), 1)
        if self.kind == "serial":
            for index, task in enumerate(tasks):
                yield index, function(self.shared, task)
                report(progress, (index + 1) / total)
            return
        if self._executor is None and not self._started():
            yield from self.run(function, tasks, progress)
            return
        done = 0
        for index, result in self._pooled(function, tasks):
            done += 1
            yield index, result
            report(progress, done / total)

    def _pooled(self, function: Callable, tasks: Sequence) -> Iterator[Tuple[int, object]]:
        waiting = list(range(len(tasks)))[::-1]
        running: Dict[object, int] = {}
        attempts: Dict[int, int] = {}
        while waiting or running:
            lost = self._submit(function, tasks, waiting, running)
            if not lost:
                finished, _ = wait(list(running), return_when=FIRST_COMPLETED)
                for future in finished:
                    index = running.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        lost.append(index)
                        continue
                    yield index, result
            if lost:
                lost += list(running.values())
                running.clear()
                waiting += self._restart(sorted(set(lost)), attempts)[::-1]

    def _submit(
        self, function: Callable, tasks: Sequence, waiting: List[int], running: Dict[object, int]
    ) -> list:
        """Keep two chunks per worker in flight; the chunk that could not be submitted to a broken pool."""
        while waiting and len(running) < 2 * self.workers:
            index = waiting.pop()
            try:
                running[self._executor.submit(_call, function, tasks[index])] = index
            except BrokenProcessPool:
                return [index]
        return []

    def _restart(self, lost: List[int], attempts: Dict[int, int]) -> List[int]:
        """A worker died: start new workers and run its chunks (and those in flight) again."""
        for index in lost:
            attempts[index] = attempts.get(index, 0) + 1
        failed = [index for index in lost if attempts[index] > RETRIES]
        if failed:
            raise WorkerFailed(failed)
        self.close()
        self.events.retried += lost
        self.events.restarts += 1
        self._start()
        return lost


def _noop(value: int) -> int:
    return value
