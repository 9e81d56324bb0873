"""Chunk sources for the streamed-accessibility tests that worker processes can import (this folder is on their
path): one whose worker dies on a chosen chunk, once or every time; one that raises an error on a chosen chunk."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class DyingSource:
    """Wraps a source; the worker routing chunk ``fatal`` exits abruptly (once when ``marker`` is a file path
    that does not exist yet: the marker is created first; every time when ``marker`` is empty)."""

    inner: object
    fatal: int
    marker: str = ""

    @property
    def chunks(self):
        return self.inner.chunks

    def chunk_origins(self, chunk):
        return self.inner.chunk_origins(chunk)

    def pairs(self, chunk):
        first = self.inner.chunks[self.fatal]
        if len(chunk) == len(first) and np.array_equal(chunk, first):
            if not self.marker:
                os._exit(3)
            if not Path(self.marker).exists():
                Path(self.marker).write_text("died once")
                os._exit(3)
        return self.inner.pairs(chunk)


@dataclass
class FailingSource:
    """Wraps a source; routing chunk ``fatal`` raises an error (a bug or a bad input met on a worker)."""

    inner: object
    fatal: int

    @property
    def chunks(self):
        return self.inner.chunks

    def chunk_origins(self, chunk):
        return self.inner.chunk_origins(chunk)

    def pairs(self, chunk):
        first = self.inner.chunks[self.fatal]
        if len(chunk) == len(first) and np.array_equal(chunk, first):
            raise RuntimeError(f"no route for chunk {self.fatal}")
        return self.inner.pairs(chunk)
