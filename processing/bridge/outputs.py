"""The outputs of one run are complete together or absent together.

Each writer finishes its file under a hidden temporary name. While a Conecta algorithm runs (inside
:func:`run_outputs`, which :class:`~.algorithm.ConectaAlgorithm` opens around ``process()``), the writers do
not move their file into place at once: they hand :func:`on_success` what to do when the run ends well
(move the file into place) and what to do when it does not (remove it). So a run cancelled or stopped by an
error while it writes its third output leaves neither the first two nor the third behind, and a file the
planner had at that path before the run is untouched. Outside a run (a notebook, a test of one writer) the
move happens at once.

Runs nest (an algorithm that runs another one through ``processing.run`` commits the child's outputs when the
child ends, so the parent can read them); each thread has its own runs.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterator, List, Optional, Tuple

_local = threading.local()


class PlacementError(Exception):
    """A finished output could not be moved into place (``error``: the system's reason)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class RunOutputs:
    """What to do with the run's finished outputs when it ends: commit in order, or roll back."""

    def __init__(self) -> None:
        self.pending: List[Tuple[Callable[[], None], Callable[[], None]]] = []

    def commit(self) -> None:
        """Put every output in place, in the order the writers finished them. When one cannot be (a file of
        that name open elsewhere, a folder in its way), it and the ones after it are removed, not left half
        placed, and :class:`PlacementError` is raised; the ones before it are in place."""
        pending, self.pending = self.pending, []
        for k, (done, _) in enumerate(pending):
            try:
                done()
            except OSError as error:
                self.pending = pending[k:]
                self.roll_back()
                raise PlacementError(error) from error

    def roll_back(self) -> None:
        """Remove every finished output (newest first); a failing clean-up does not stop the others."""
        pending, self.pending = self.pending, []
        for _, undo in reversed(pending):
            try:
                undo()
            except OSError:
                pass


def _stack() -> list:
    stack = getattr(_local, "stack", None)
    if stack is None:
        stack = _local.stack = []
    return stack


def current() -> Optional[RunOutputs]:
    """The innermost run of this thread, or None outside a run."""
    stack = _stack()
    return stack[-1] if stack else None


def on_success(done: Callable[[], None], undo: Callable[[], None]) -> None:
    """``done`` when the current run ends without an error or a cancel, else ``undo``; outside a run,
    ``done`` now."""
    run = current()
    if run is None:
        done()
    else:
        run.pending.append((done, undo))


@contextmanager
def run_outputs() -> Iterator[RunOutputs]:
    """Collect the outputs finished inside the block: committed when it returns, rolled back when it raises
    (:class:`~conecta.core.progress.Cancelled` included)."""
    run = RunOutputs()
    stack = _stack()
    stack.append(run)
    try:
        yield run
    except BaseException:
        run.roll_back()
        raise
    else:
        run.commit()
    finally:
        stack.remove(run)
