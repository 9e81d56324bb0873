"""Pieces every benchmark shares (not a test, not a benchmark).

Importing this module makes the plugin importable as ``conecta`` (a link ``build/plugin_path/conecta`` to the
repository, made once, and that folder on ``sys.path``), so a benchmark's ``from conecta… import`` lines come
after ``from common import …``; the tests' hand-made data and references (``tests/handmade_gtfs.py``,
``tests/transit_reference.py``, ``tests/golden/cases.py``) become importable too, after everything else. Also here: the peak memory of a process, QGIS with Processing and the Conecta
provider in a (child) process, WGS 84 → UTM, a kept-or-temporary work folder, a markdown table.
"""

from __future__ import annotations

import collections
import contextlib
import math
import os
import resource
import sys
import tempfile
import threading
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
PLUGIN_PATH = REPO / "build" / "plugin_path"
TESTS = REPO / "tests"
SAMPLE = REPO / "resources" / "sample"
SHARED = Path(os.environ.get("CONECTA_SHARED_DATA", REPO.parent / "shared" / "data"))
"""The shared data sets (``../shared/data`` unless ``CONECTA_SHARED_DATA`` says otherwise)."""
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"


def use_plugin() -> Path:
    """Make ``import conecta`` import this repository (idempotent); the plugin folder."""
    if not (PLUGIN_PATH / "conecta").exists():
        PLUGIN_PATH.mkdir(parents=True, exist_ok=True)
        (PLUGIN_PATH / "conecta").symlink_to(REPO, target_is_directory=True)
    if str(PLUGIN_PATH) not in sys.path:
        sys.path.insert(0, str(PLUGIN_PATH))
    if str(TESTS) not in sys.path:
        sys.path.append(str(TESTS))
    return PLUGIN_PATH


use_plugin()


# ----------------------------------------------------------------------------------------------- memory


def peak_kb() -> float:
    """Peak resident memory of this process so far (Linux reports kB; ``resource.getrusage``)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_gb() -> float:
    """Peak resident memory of this process so far (GB, 10⁶ kB)."""
    return peak_kb() / 1e6


def peak_mb() -> float:
    """Peak resident memory of this process so far (MB, 1,024 kB)."""
    return peak_kb() / 1024.0


def own_peak_mb() -> float:
    """This process's own peak resident memory, MB (VmHWM: ru_maxrss would carry the parent's peak over exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1]) / 1024.0
    return peak_mb()


def _children(pid: int) -> list:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
        stack += _children(current)
    return total


class PeakMemory:
    """Samples the resident memory of this process and its workers every quarter second; ``peak`` in bytes."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_bytes(os.getpid()))
            self._stop.wait(0.25)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_rss_bytes(os.getpid()))


# ----------------------------------------------------------------------------------------------- QGIS


def start_qgis(provider: bool = True, prefix: bool = False) -> tuple:
    """A headless QgsApplication with Processing initialised and (``provider``) the Conecta provider registered,
    in this (child) process: ``(app, provider)``. Keep both alive while algorithms run (QGIS does not own a
    Python provider)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    if prefix:
        QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)
    from processing.core.Processing import Processing

    Processing.initialize()
    conecta = None
    if provider:
        from conecta.processing.provider import ConectaProvider

        conecta = ConectaProvider()
        QgsApplication.processingRegistry().addProvider(conecta)
    return app, conecta


# ----------------------------------------------------------------------------------------------- geometry


def to_utm(lon: np.ndarray, lat: np.ndarray, epsg: int) -> np.ndarray:
    """Longitude/latitude (EPSG:4326) → projected metres of ``epsg`` (GDAL's osr, else pyproj); (n, 2)."""
    try:
        from osgeo import osr

        src, dst = osr.SpatialReference(), osr.SpatialReference()
        src.ImportFromEPSG(4326)
        dst.ImportFromEPSG(epsg)
        for s in (src, dst):
            s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        ct = osr.CoordinateTransformation(src, dst)
        return np.asarray(ct.TransformPoints(np.c_[lon, lat].tolist()))[:, :2]
    except ImportError:
        from pyproj import Transformer

        x, y = Transformer.from_crs(4326, epsg, always_xy=True).transform(lon, lat)
        return np.c_[x, y]


# ----------------------------------------------------------------------------------------------- references


def fifo_buses(events: list) -> int:
    """Buses of a straightforward first-in-first-out chaining, one event at a time: ``events`` are
    (time, 0 for an arrival (layover included) or 1 for a departure, terminal); in time order, arrivals first on
    a tie, a departure takes the bus waiting longest at its terminal, or a new one."""
    waiting = collections.defaultdict(collections.deque)
    buses = 0
    for _, kind, terminal in sorted(events, key=lambda e: (e[0], e[1])):
        if kind == 0:
            waiting[terminal].append(1)
        elif waiting[terminal]:
            waiting[terminal].popleft()
        else:
            buses += 1
    return buses


# ----------------------------------------------------------------------------------------------- output


@contextlib.contextmanager
def work_folder(kept: str | None = None):
    """The folder ``kept`` (made if missing, left afterwards), or a temporary one removed afterwards."""
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(kept or temporary)
        folder.mkdir(parents=True, exist_ok=True)
        yield folder


def print_table(title: str, header: list, rows: list) -> None:
    """A markdown table under ``title``: the first cell as is, floats with two decimals (NaN blank)."""
    print(f"\n{title}\n")
    print("| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    for row in rows:
        cells = [row[0]] + [
            "" if isinstance(v, float) and math.isnan(v) else f"{v:,.2f}" if isinstance(v, float) else str(v)
            for v in row[1:]
        ]
        print("| " + " | ".join(cells) + " |")
