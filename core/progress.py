"""Progress and cancellation for the method library, without any QGIS dependency.

Core functions take an optional ``progress`` callback: it is called with the
fraction of work done (0..1) and returns ``False`` to ask for cancellation, in
which case the function raises :class:`Cancelled` and writes nothing.
"""

from typing import Callable, Optional

ProgressCallback = Optional[Callable[[float], bool]]


class Cancelled(Exception):
    """Raised by a core function when its progress callback asked to stop."""


def report(progress: ProgressCallback, fraction: float) -> None:
    """Report ``fraction`` done; raise :class:`Cancelled` if the caller asked to stop."""
    if progress is not None and progress(min(max(float(fraction), 0.0), 1.0)) is False:
        raise Cancelled()


def scaled(progress: ProgressCallback, start: float, end: float) -> ProgressCallback:
    """A callback that maps 0..1 onto ``start``..``end`` of ``progress`` (for sub-steps)."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)
