"""Load and stability: the same algorithm 50 times in one QGIS session keeps its memory and leaves no layer
behind (issue 14: no growth beyond 50 MB, no leaked layers)."""

import gc
import resource

import processing
from processing_helpers import walking_matrix
from qgis.core import QgsProject, QgsVectorLayer

from feedback_log import Log


def rss_mb() -> float:
    """Resident memory of this process now, in MB (from /proc, not the peak)."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def test_fifty_runs_in_one_session_keep_memory_and_layers(conecta_plugin, sample_gpkg, tmp_path):
    zones = QgsVectorLayer(f"{sample_gpkg}|layername=zones", "zones", "ogr")
    network = QgsVectorLayer(f"{sample_gpkg}|layername=network", "network", "ogr")
    matrix = tmp_path / "walk.csv"
    walking_matrix(network, zones, 30, OUTPUT=str(matrix))
    parameters = {
        "TRAVEL_MATRIX": str(matrix),
        "ZONES": zones,
        "ZONES_ID": "id",
        "OPPORTUNITIES": ["jobs"],
        "POPULATION": "population",
        "CUTOFF": "15,30",
        "OUTPUT": "memory:",
    }
    layers_before = len(QgsProject.instance().mapLayers())
    sizes = []
    first = None
    for n in range(50):
        out = processing.run("conecta:accessibility", parameters, feedback=Log())["OUTPUT"]
        values = sorted(f["acc_jobs_30"] for f in out.getFeatures())
        first = first or values
        assert values == first  # the 50th run gives the first run's result
        del out
        gc.collect()
        if n in (4, 49):
            sizes.append(rss_mb())
    growth = sizes[1] - sizes[0]
    print(
        f"\nresident memory after run 5: {sizes[0]:.0f} MB, after run 50: {sizes[1]:.0f} MB (+{growth:.1f} MB)"
    )
    assert growth < 50
    assert len(QgsProject.instance().mapLayers()) == layers_before
