"""The one loop over QGIS features: invalid geometries handled the way QGIS's own algorithms handle them,
without letting an exception unwind through QGIS's feature iterator.

QGIS checks geometry validity inside its feature iterator and, with the default Processing setting, throws
from there; on QGIS 3.22 that exception crossing a Python ``for`` loop corrupts the interpreter
(``SystemError: unknown opcode`` or a segfault). Every Conecta read therefore asks QGIS to skip its own
check and applies the context's setting here:

- *stop* (``GeometryAbortOnInvalid``, QGIS's default): a :class:`QgsProcessingException` with QGIS's own
  message, in QGIS's own translation ("Feature (7) from “zones” has invalid geometry. Please fix…");
- *skip* (``GeometrySkipInvalid``): the feature is left out, each one named in the log as QGIS does (the
  first few) and all of them counted;
- *do not filter* (``GeometryNoCheck``): the feature is kept; readers that need valid polygons repair it
  (``makeValid``) and count it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.progress import Cancelled
from .messages import ConectaBridge, show_ids

QGIS_STOP = (
    "Feature (%1) from “%2” has invalid geometry. Please fix the geometry or change the Processing setting to "
    "the “Ignore invalid input features” option."
)
"""QGIS's own message when an input feature's geometry is invalid (translated by QGIS's translator)."""
QGIS_SKIPPED = (
    "Feature (%1) from “%2” has invalid geometry and has been skipped. Please fix the geometry or change the "
    "Processing setting to the “Ignore invalid input features” option."
)
"""QGIS's own message for an invalid feature that was skipped."""
NAMED = 5
"""How many skipped features are named one by one in the log (all are counted)."""


def qgis_text(text: str, *values) -> str:
    """One of QGIS's own messages in QGIS's translation, its ``%1``, ``%2`` … replaced by ``values``."""
    translated = QCoreApplication.translate("QObject", text)
    for n, value in enumerate(values, start=1):
        translated = translated.replace(f"%{n}", str(value))
    return translated


def source_name(source) -> str:
    """The name QGIS gives a source in its messages."""
    try:
        return source.sourceName()
    except AttributeError:
        return source.name()


@dataclass
class GeometryLog:
    """What a read did with the geometries it met: features skipped or repaired, and without geometry."""

    name: str
    skipped: list = field(default_factory=list)
    repaired: list = field(default_factory=list)
    no_geometry: list = field(default_factory=list)

    def report(self, feedback) -> None:
        """Count the skipped and repaired features in the log (QGIS's per-feature lines come first)."""
        if feedback is None:
            return
        if self.skipped:
            feedback.pushWarning(
                ConectaBridge.tr(
                    "{0} features of {1} have an invalid geometry and were skipped (ids {2})."
                ).format(len(self.skipped), self.name, show_ids(self.skipped))
            )
        if self.repaired:
            feedback.pushWarning(
                ConectaBridge.tr(
                    "{0} features of {1} had an invalid geometry and were repaired (ids {2}); check them: a "
                    "repaired polygon may not be what was meant."
                ).format(len(self.repaired), self.name, show_ids(self.repaired))
            )


def invalid_check(context) -> int:
    """The context's invalid-geometry setting (QGIS's default, stop, without a context)."""
    if context is None:
        return QgsFeatureRequest.GeometryAbortOnInvalid
    return context.invalidGeometryCheck()


def unchecked(source, request: QgsFeatureRequest | None = None):
    """QGIS's iterator over ``source`` with its own validity check turned off (see the module docstring)."""
    request = request if request is not None else QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    return source.getFeatures(request)


class Progress:
    """Progress of one loop over a layer: ``start``..``end`` by features read, never past ``end``; raises
    :class:`Cancelled` when the run is cancelled. Layers whose count is unknown (OSM) move no bar."""

    def __init__(self, feedback, source, start: float = 0.0, end: float = 100.0, every: int = 2000) -> None:
        self.feedback = feedback
        self.total = max(source.featureCount(), 0)
        self.start, self.end, self.every = start, end, every

    def __call__(self, n: int) -> None:
        """Feature ``n`` is being read."""
        if self.feedback is None or n % self.every:
            return
        if self.feedback.isCanceled():
            raise Cancelled()
        if self.total:
            self.feedback.setProgress(self.start + (self.end - self.start) * min(n / self.total, 1.0))


def features(
    source,
    context,
    feedback=None,
    request: QgsFeatureRequest | None = None,
    repair: bool = False,
    log: GeometryLog | None = None,
    progress: tuple = (0.0, 100.0),
) -> Iterator:
    """Every feature of ``source`` as ``request`` asks, with invalid geometries handled per the context.

    ``repair``: with the *do not filter* setting, replace an invalid geometry by its ``makeValid`` repair
    (for methods that need valid polygons). A request without geometry (``NoGeometry``) reads attributes only:
    no geometry is checked. Features without geometry are yielded (readers decide) and
    listed in ``log.no_geometry``. Raises :class:`QgsProcessingException` (QGIS's message) on *stop*, and
    :class:`Cancelled` when the run is cancelled.
    """
    check = invalid_check(context)
    if request is not None and request.flags() & QgsFeatureRequest.NoGeometry:
        check = QgsFeatureRequest.GeometryNoCheck  # geometry not asked for (some providers send it anyway)
        repair = False
    log = log if log is not None else GeometryLog(source_name(source))
    step = Progress(feedback, source, *progress)
    attributes_only = request is not None and bool(request.flags() & QgsFeatureRequest.NoGeometry)
    for n, feature in enumerate(unchecked(source, request)):
        step(n)
        if attributes_only:  # some providers (memory) hand the geometry out anyway: it is not read
            yield feature
            continue
        geometry = feature.geometry()
        if geometry is None or geometry.isNull():
            log.no_geometry.append(feature.id())
            yield feature
            continue
        if check == QgsFeatureRequest.GeometryNoCheck and not repair:
            yield feature
            continue
        if geometry.isGeosValid():
            yield feature
            continue
        if check == QgsFeatureRequest.GeometryAbortOnInvalid:
            raise QgsProcessingException(qgis_text(QGIS_STOP, feature.id(), log.name))
        if check == QgsFeatureRequest.GeometrySkipInvalid:
            if feedback is not None and len(log.skipped) < NAMED:
                feedback.reportError(qgis_text(QGIS_SKIPPED, feature.id(), log.name), False)
            log.skipped.append(feature.id())
            continue
        fixed = geometry.makeValid()
        log.repaired.append(feature.id())
        feature.setGeometry(fixed if fixed is not None and not fixed.isNull() else QgsGeometry())
        yield feature
