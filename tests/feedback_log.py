"""A Processing feedback that keeps every message, so tests can assert on what the planner is told."""

from qgis.core import QgsProcessingFeedback


class Log(QgsProcessingFeedback):
    """Feedback keeping infos, warnings and errors in order (``lines``) and by kind, and every progress value."""

    def __init__(self):
        super().__init__()
        self.lines = []
        self.infos = []
        self.warnings = []
        self.progress = []
        self.progressChanged.connect(self.progress.append)

    def pushInfo(self, info):
        self.lines.append(info)
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.lines.append(warning)
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N803 (QGIS API)
        self.lines.append(error)
        super().reportError(error, fatalError)

    def text(self):
        return "\n".join(self.lines)


class CancelAbove(Log):
    """A :class:`Log` that cancels the run once its progress passes ``percent``."""

    def __init__(self, percent: float):
        super().__init__()
        self.percent = percent

    def setProgress(self, progress):  # noqa: N802 (QGIS API)
        super().setProgress(progress)
        if progress > self.percent:
            self.cancel()
