"""Chunk sources for the streamed-accessibility tests that worker processes can import (this folder is on their
path): one whose worker dies on a chosen chunk, once or every time; one that raises an error on a chosen chunk."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class _WrappedSource:
    """Wraps a source, whose chunks it keeps; ``is_fatal(chunk)``: the chunk is chunk ``fatal``."""

    inner: object
    fatal: int

    @property
    def chunks(self):
        return self.inner.chunks

    def chunk_origins(self, chunk):
        return self.inner.chunk_origins(chunk)

    def is_fatal(self, chunk) -> bool:
        first = self.inner.chunks[self.fatal]
        return len(chunk) == len(first) and np.array_equal(chunk, first)


@dataclass
class DyingSource(_WrappedSource):
    """Wraps a source; the worker routing chunk ``fatal`` exits abruptly (once when ``marker`` is a file path
    that does not exist yet: the marker is created first; every time when ``marker`` is empty)."""

    marker: str = ""

    def pairs(self, chunk):
        if self.is_fatal(chunk):
            if not self.marker:
                os._exit(3)
            if not Path(self.marker).exists():
                Path(self.marker).write_text("died once")
                os._exit(3)
        return self.inner.pairs(chunk)


@dataclass
class FailingSource(_WrappedSource):
    """Wraps a source; routing chunk ``fatal`` raises an error (a bug or a bad input met on a worker)."""

    def pairs(self, chunk):
        if self.is_fatal(chunk):
            raise RuntimeError(f"no route for chunk {self.fatal}")
        return self.inner.pairs(chunk)
