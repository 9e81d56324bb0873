"""Benchmark: street-network travel-time matrices, Conecta core vs the tools planners use.

One command: ``.venv/bin/python bench/bench_network.py`` (``--quick`` skips the native QGIS
algorithm, which takes minutes). Prints markdown tables:

1. Porto Alegre (real OSM network, 1,227 H3 hexagon centroids to all 1,227), car and walk:
   Conecta core (build graph, snap, route), the QgsGraphBuilder + QgsGraphAnalyzer.dijkstra
   per-origin loop QNEAT3 uses, ``native:shortestpathpointtolayer`` for a few origins
   (extrapolated), and igraph / scipy routing alone on the same graph, with agreement checked.
2. A synthetic grid of ~250,000 edges with 10,000 origins and a 60-minute limit, per mode, each
   in its own process so peak memory (VmHWM) is that run's own: Conecta end to end (the routing
   method it chose, Dijkstra per origin or a contraction hierarchy) next to one Dijkstra per
   origin on the same graph with scipy and with igraph, timed on a sample and extrapolated.

Every function returns plain numbers so other rows (e.g. end to end through Processing) can be
added by calling the same loaders.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from common import REPO, SHARED, own_peak_mb, to_utm

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from conecta.core import network as nw  # noqa: E402

CRS = "EPSG:31982"
MAX_SNAP_M = 500.0


def best_of(repeat: int, fn, *args, **kwargs):
    """(minimum wall time over ``repeat`` runs, result of the last run)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        times.append(time.perf_counter() - start)
    return min(times), result


# ---------------------------------------------------------------------------------------------
# Data


def read_porto_alegre_lines() -> dict:
    """OSM lines with a highway tag, in SIRGAS 2000 / UTM 22S, as arrays (one part per entry)."""
    from osgeo import gdal, ogr

    ogr.UseExceptions()
    gdal.UseExceptions()
    src = gdal.OpenEx(str(SHARED / "porto_alegre" / "poa_osm.pbf"))
    path = "/vsimem/bench_poa_lines.gpkg"
    ds = gdal.VectorTranslate(
        path, src, format="GPKG", layers=["lines"], dstSRS=CRS, where="highway IS NOT NULL"
    )
    parts, feature_index, highway, other_tags = [], [], [], []
    for i, feature in enumerate(ds.GetLayer(0)):
        geom = feature.GetGeometryRef()
        subs = (
            [geom.GetGeometryRef(k) for k in range(geom.GetGeometryCount())]
            if geom.GetGeometryCount()
            else [geom]
        )
        for sub in subs:
            parts.append(np.array(sub.GetPoints())[:, :2])
            feature_index.append(i)
        highway.append(feature.GetField("highway"))
        other_tags.append(feature.GetField("other_tags"))
    ds = None
    gdal.Unlink(path)
    return {
        "parts": parts,
        "feature_index": np.array(feature_index),
        "highway": highway,
        "other_tags": other_tags,
    }


def read_porto_alegre_zones() -> np.ndarray:
    """Hexagon centroids (1,227) projected to UTM 22S."""
    rows = np.genfromtxt(
        SHARED / "porto_alegre" / "poa_hexgrid.csv", delimiter=",", names=True, usecols=(1, 2)
    )
    return to_utm(rows["lon"], rows["lat"], 31982)


# ---------------------------------------------------------------------------------------------
# Conecta


def conecta_build(lines: dict) -> nw.StreetNetwork:
    """Parse OSM tags and build the topology."""
    tags = nw.parse_other_tags(lines["other_tags"])
    return nw.build_network(
        lines["parts"],
        lines["feature_index"],
        highway=lines["highway"],
        maxspeed=tags["maxspeed"],
        oneway=tags["oneway"],
        junction=tags["junction"],
        oneway_bicycle=tags["oneway:bicycle"],
    )


def conecta_plan(net: nw.StreetNetwork, mode: str, zones: np.ndarray) -> nw.MatrixPlan:
    """Mode costs, snapping, virtual nodes and contraction.

    Points snap to their nearest street even on a network island, as QGIS's tools do, so that every tool
    in the table routes exactly the same problem (conecta:traveltimematrix links such points to the main
    network by default, as r5r does).
    """
    return nw.plan_matrix(nw.mode_graph(net, mode), zones, max_snap_m=MAX_SNAP_M, main_component_only=False)


def conecta_route(plan: nw.MatrixPlan, max_minutes: float) -> nw.MatrixResult:
    """Route every origin; long table of pairs within ``max_minutes``."""
    chunks = list(nw.iter_matrix_chunks(plan, max_minutes))
    return nw.MatrixResult(
        from_idx=np.concatenate([c.from_idx for c in chunks]),
        to_idx=np.concatenate([c.to_idx for c in chunks]),
        minutes=np.concatenate([c.minutes for c in chunks]),
        diagnostics=plan.diagnostics,
    )


def network_seconds(plan: nw.MatrixPlan, result: nw.MatrixResult) -> np.ndarray:
    """Dense (origins x destinations) network-only seconds from a Conecta result (NaN = absent)."""
    n_o, n_d = len(plan.origin_node), len(plan.destination_node)
    dense = np.full((n_o, n_d), np.nan)
    seconds = (
        result.minutes * 60 - plan.origin_access_s[result.from_idx] - plan.destination_egress_s[result.to_idx]
    )
    dense[result.from_idx, result.to_idx] = seconds
    same = plan.origin_group[:, None] == plan.destination_group[None, :]
    dense[same] = 0.0
    return dense


# ---------------------------------------------------------------------------------------------
# Routing alone on the same graph (uncontracted, with the snapped points as nodes)


def scipy_routing(plan: nw.MatrixPlan) -> np.ndarray:
    """Plain scipy csgraph Dijkstra from every origin node, no limit, no contraction."""
    from scipy.sparse.csgraph import dijkstra

    dist = dijkstra(plan.graph.csr, directed=True, indices=plan.origin_node)
    return dist[:, plan.destination_node]


def igraph_graph(csr):
    """An igraph directed graph with a weight attribute from a CSR matrix."""
    import igraph as ig

    coo = csr.tocoo()
    graph = ig.Graph(n=csr.shape[0], edges=np.c_[coo.row, coo.col], directed=True)
    graph.es["weight"] = coo.data
    return graph


def igraph_routing(graph, origins: np.ndarray, destinations: np.ndarray) -> np.ndarray:
    """igraph's C Dijkstra (Graph.distances) between node lists (duplicates routed once)."""
    o_nodes, o_row = np.unique(origins, return_inverse=True)
    d_nodes, d_col = np.unique(destinations, return_inverse=True)
    dist = np.array(graph.distances(source=o_nodes.tolist(), target=d_nodes.tolist(), weights="weight"))
    return dist[o_row.reshape(-1)][:, d_col.reshape(-1)]


# ---------------------------------------------------------------------------------------------
# QGIS


def qgis_app():
    """A headless QgsApplication with Processing initialised."""
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    return app


def qgis_edge_layer(plan: nw.MatrixPlan, mg: nw.ModeGraph):
    """A memory line layer of the mode's usable edges with speed (km/h) and direction fields."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    net = mg.network
    layer = QgsVectorLayer(f"LineString?crs={CRS}&field=speed:double&field=dir:string", "edges", "memory")
    features = []
    for e in np.flatnonzero(mg.usable):
        xy = net.edge_geometry(int(e))
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in xy]))
        speed = 3.6 * net.edge_length[e] / mg.edge_seconds[e]
        direction = (
            "both"
            if mg.forward_ok[e] and mg.backward_ok[e]
            else "forward"
            if mg.forward_ok[e]
            else "backward"
        )
        feature.setAttributes([float(speed), direction])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def qgis_analyzer_loop(layer, zones: np.ndarray) -> tuple:
    """QgsGraphBuilder + QgsGraphAnalyzer.dijkstra per origin; (graph build s, routing s, seconds)."""
    from qgis.analysis import (
        QgsGraphAnalyzer,
        QgsGraphBuilder,
        QgsNetworkSpeedStrategy,
        QgsVectorLayerDirector,
    )
    from qgis.core import QgsPointXY

    start = time.perf_counter()
    fields = layer.fields()
    director = QgsVectorLayerDirector(
        layer, fields.indexOf("dir"), "forward", "backward", "both", QgsVectorLayerDirector.DirectionBoth
    )
    director.addStrategy(QgsNetworkSpeedStrategy(fields.indexOf("speed"), 30.0, 1000.0 / 3600.0))
    builder = QgsGraphBuilder(layer.crs(), True, 0.0, "NONE")
    tied = director.makeGraph(builder, [QgsPointXY(float(x), float(y)) for x, y in zones])
    graph = builder.graph()
    vertices = [graph.findVertex(p) for p in tied]
    build_s = time.perf_counter() - start
    start = time.perf_counter()
    out = np.full((len(zones), len(zones)), np.inf)
    for i, v in enumerate(vertices):
        _, cost = QgsGraphAnalyzer.dijkstra(graph, v, 0)
        out[i] = [cost[w] if w >= 0 else np.inf for w in vertices]
    out[out < 0] = np.inf
    return build_s, time.perf_counter() - start, out


def qgis_native_sample(layer, zones: np.ndarray, n_sample: int) -> tuple:
    """native:shortestpathpointtolayer from ``n_sample`` origins; (seconds per origin, hours table)."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

    QgsProject.instance().setEllipsoid("NONE")  # planar distances, as Conecta and the loop above

    points = QgsVectorLayer(f"Point?crs={CRS}&field=zone:integer", "zones", "memory")
    features = []
    for i, (x, y) in enumerate(zones):
        feature = QgsFeature(points.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feature.setAttributes([i])
        features.append(feature)
    points.dataProvider().addFeatures(features)
    origins = np.linspace(0, len(zones) - 1, n_sample).astype(int)
    hours = {}
    start = time.perf_counter()
    for o in origins:
        x, y = zones[o]
        res = processing.run(
            "native:shortestpathpointtolayer",
            {
                "INPUT": layer,
                "STRATEGY": 1,
                "DIRECTION_FIELD": "dir",
                "VALUE_FORWARD": "forward",
                "VALUE_BACKWARD": "backward",
                "VALUE_BOTH": "both",
                "DEFAULT_DIRECTION": 2,
                "SPEED_FIELD": "speed",
                "DEFAULT_SPEED": 30,
                "TOLERANCE": 0,
                "START_POINT": f"{x},{y} [{CRS}]",
                "END_POINTS": points,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
        for feature in res["OUTPUT"].getFeatures():
            cost = feature["cost"]
            if isinstance(cost, (int, float)):
                hours[(int(o), int(feature["zone"]))] = float(cost)
    return (time.perf_counter() - start) / n_sample, hours


# ---------------------------------------------------------------------------------------------
# Synthetic grid


_KEEP: list = []


def _processing():
    """Processing with the Conecta provider registered (in this process)."""
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    Processing.initialize()
    if QgsApplication.processingRegistry().providerById("conecta") is None:
        from conecta import classFactory

        _KEEP.append(classFactory(None))  # the plugin object owns its provider: keep it alive
        _KEEP[-1].initProcessing()
    return processing


def conecta_end_to_end(mode: str, network: str = "", origins: str = "", max_time: float = 10_000) -> tuple:
    """conecta:traveltimematrix through Processing (default: the sample city): read layers, build, snap,
    route, write CSV. Returns (seconds, pairs, CSV bytes)."""
    import tempfile

    processing = _processing()
    sample = REPO / "resources" / "sample" / "porto_alegre.gpkg"
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "matrix.csv"
        start = time.perf_counter()
        result = processing.run(
            "conecta:traveltimematrix",
            {
                "NETWORK": network or f"{sample}|layername=network",
                "ORIGINS": origins or f"{sample}|layername=zones",
                "ORIGINS_ID": "id",
                "MODE": {"walk": 0, "bicycle": 1, "car": 2}[mode],
                "MAX_TIME": max_time,
                "OUTPUT": str(out),
            },
        )
        seconds = time.perf_counter() - start
        size = out.stat().st_size
    return seconds, int(result["PAIRS"]), size


def run_synthetic_processing(mode: str, n_origins: int = 10_000) -> dict:
    """The synthetic grid and origins written to GeoPackages, then conecta:traveltimematrix end to end."""
    import tempfile

    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorFileWriter, QgsVectorLayer

    app = qgis_app()  # noqa: F841 (kept alive)
    starts, ends, highway, oneway = synthetic_lines()
    origins = synthetic_origins(n_origins)
    with tempfile.TemporaryDirectory() as folder:
        lines = QgsVectorLayer(
            f"LineString?crs={CRS}&field=highway:string&field=oneway:string", "net", "memory"
        )
        features = []
        for a, b, hw, ow in zip(starts.tolist(), ends.tolist(), highway, oneway):
            feature = QgsFeature(lines.fields())
            feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*a), QgsPointXY(*b)]))
            feature.setAttributes([hw, ow])
            features.append(feature)
        lines.dataProvider().addFeatures(features)
        points = QgsVectorLayer(f"Point?crs={CRS}&field=id:integer", "pts", "memory")
        features = []
        for i, (x, y) in enumerate(origins.tolist()):
            feature = QgsFeature(points.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            feature.setAttributes([i])
            features.append(feature)
        points.dataProvider().addFeatures(features)
        paths = {}
        for name, layer in (("network", lines), ("origins", points)):
            paths[name] = str(Path(folder) / f"{name}.gpkg")
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            write = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None)
            write = write or QgsVectorFileWriter.writeAsVectorFormatV2
            write(layer, paths[name], layer.transformContext(), options)
        del lines, points, features
        seconds, pairs, size = conecta_end_to_end(mode, paths["network"], paths["origins"], 60.0)
    return {
        "mode": mode,
        "seconds": seconds,
        "pairs": pairs,
        "csv_mb": size / 1e6,
        "peak_rss_mb": own_peak_mb(),
    }


def synthetic_lines(side: int = 354, step: float = 100.0) -> tuple:
    """Start and end points, highway and oneway tags of a side x side grid of 100 m blocks (~250k edges):
    arterials every 10th line, some one-way."""
    cols, rows = np.meshgrid(np.arange(side - 1), np.arange(side))
    h0 = np.c_[cols.ravel() * step, rows.ravel() * step]
    v0 = np.c_[rows.ravel() * step, cols.ravel() * step]
    starts = np.r_[h0, v0]
    ends = np.r_[h0 + [step, 0.0], v0 + [0.0, step]]
    line = np.r_[rows.ravel(), rows.ravel()]
    highway = np.where(line % 10 == 0, "primary", "residential").astype(object)
    oneway = np.where(line % 10 == 5, np.where(line % 20 == 5, "yes", "-1"), None).astype(object)
    return starts, ends, highway, oneway


def synthetic_origins(n_origins: int = 10_000) -> np.ndarray:
    """Random origins over the grid (fixed seed)."""
    return np.random.default_rng(42).uniform(0, 353 * 100.0, size=(n_origins, 2))


def synthetic_grid() -> nw.StreetNetwork:
    """The synthetic grid as a Conecta street network."""
    starts, ends, highway, oneway = synthetic_lines()
    parts = list(np.stack([starts, ends], axis=1))
    return nw.build_network(parts, np.arange(len(parts)), highway=highway, oneway=oneway)


def run_synthetic(mode: str, n_origins: int = 10_000, max_minutes: float = 60.0) -> dict:
    """Build, snap and stream the whole matrix (pairs counted, not kept); time and peak RSS."""
    start = time.perf_counter()
    net = synthetic_grid()
    build_s = time.perf_counter() - start
    origins = synthetic_origins(n_origins)
    start = time.perf_counter()
    plan = nw.plan_matrix(nw.mode_graph(net, mode), origins, max_snap_m=MAX_SNAP_M)
    plan_s = time.perf_counter() - start
    start = time.perf_counter()
    pairs = 0
    for chunk in nw.iter_matrix_chunks(plan, max_minutes):
        pairs += len(chunk.minutes)
    route_s = time.perf_counter() - start
    row = {
        "mode": mode,
        "edges": net.n_edges,
        "origins": n_origins,
        "build_s": build_s,
        "plan_s": plan_s,
        "route_s": route_s,
        "method": plan.diagnostics.routing_method,
        "reached_share": plan.diagnostics.reached_share,
        "pairs": pairs,
        "peak_rss_mb": own_peak_mb(),
    }
    row.update(per_origin_baselines(plan, max_minutes))
    return row


def per_origin_baselines(plan: nw.MatrixPlan, max_minutes: float, sample: int = 100) -> dict:
    """One Dijkstra per origin on the same graph (scipy with the time limit, igraph without),
    timed on a sample of origins and extrapolated to all of them: what a per-origin loop costs."""
    from scipy.sparse.csgraph import dijkstra

    nodes = np.unique(plan.route_origin_node[plan.route_origin_node >= 0])
    picked = np.random.default_rng(0).choice(nodes, size=min(sample, len(nodes)), replace=False)
    factor = len(nodes) / len(picked)
    start = time.perf_counter()
    dijkstra(plan.route_csr, directed=True, indices=picked, limit=max_minutes * 60.0)
    out = {"scipy_extrapolated_s": (time.perf_counter() - start) * factor}
    try:
        graph = igraph_graph(plan.route_csr)
    except ImportError:
        return out
    targets = np.unique(plan.route_destination_node[plan.route_destination_node >= 0]).tolist()
    start = time.perf_counter()
    graph.distances(source=picked[: max(1, len(picked) // 4)].tolist(), target=targets, weights="weight")
    out["igraph_extrapolated_s"] = (time.perf_counter() - start) * len(nodes) / max(1, len(picked) // 4)
    return out


# ---------------------------------------------------------------------------------------------
# Porto Alegre comparison


def max_abs_diff(a: np.ndarray, b: np.ndarray) -> float:
    """Largest difference where both are finite; inf if they disagree on which pairs are reachable."""
    fa, fb = np.isfinite(a), np.isfinite(b)
    if not np.array_equal(fa, fb):
        return float("inf")
    return float(np.abs(a[fa] - b[fa]).max()) if fa.any() else 0.0


def porto_alegre(modes: list[str], repeat: int, native_sample: int, with_qgis: bool) -> list[dict]:
    """All Porto Alegre rows for each mode."""
    start = time.perf_counter()
    lines = read_porto_alegre_lines()
    zones = read_porto_alegre_zones()
    read_s = time.perf_counter() - start
    build_s, net = best_of(repeat, conecta_build, lines)
    app = qgis_app() if with_qgis else None
    rows = []
    for mode in modes:
        mg = nw.mode_graph(net, mode)
        plan_s, plan = best_of(repeat, conecta_plan, net, mode, zones)
        route_s, result = best_of(repeat, conecta_route, plan, 1e9)
        method_all = plan.diagnostics.routing_method
        route60_s, result60 = best_of(repeat, conecta_route, plan, 60.0)
        method60 = plan.diagnostics.routing_method
        conecta = network_seconds(plan, result)
        conecta[np.isnan(conecta)] = np.inf
        o_nodes, d_nodes = plan.origin_node, plan.destination_node
        scipy_s, scipy_d = best_of(repeat, scipy_routing, plan)
        full = igraph_graph(plan.graph.csr)
        igraph_s, igraph_d = best_of(repeat, igraph_routing, full, o_nodes, d_nodes)
        small = igraph_graph(plan.route_csr)
        igraph_c_s, _ = best_of(
            repeat, igraph_routing, small, plan.route_origin_node, plan.route_destination_node
        )
        np.fill_diagonal(scipy_d, 0.0)
        np.fill_diagonal(igraph_d, 0.0)
        g = plan.graph
        row = {
            "mode": mode,
            "nodes": g.n_nodes,
            "arcs": g.csr.nnz,
            "contracted_nodes": plan.route_csr.shape[0],
            "contracted_arcs": plan.route_csr.nnz,
            "pairs": len(result.minutes),
            "pairs60": len(result60.minutes),
            "methods": f"{method_all} (no limit), {method60} (60 min)",
            "read_s": read_s,
            "build_s": build_s,
            "plan_s": plan_s,
            "route_s": route_s,
            "route60_s": route60_s,
            "scipy_s": scipy_s,
            "igraph_s": igraph_s,
            "igraph_contracted_s": igraph_c_s,
            "diff_scipy_min": max_abs_diff(conecta, scipy_d) / 60,
            "diff_igraph_min": max_abs_diff(conecta, igraph_d) / 60,
        }
        if with_qgis:
            layer = qgis_edge_layer(plan, mg)
            q_build, q_route, q_d = qgis_analyzer_loop(layer, zones)
            np.fill_diagonal(q_d, 0.0)
            row.update(
                qgis_build_s=q_build, qgis_route_s=q_route, diff_qgis_min=max_abs_diff(conecta, q_d) / 60
            )
            row["e2e_s"], row["e2e_pairs"], _ = conecta_end_to_end(mode)
            if native_sample:
                per_origin, hours = qgis_native_sample(layer, zones, native_sample)
                keys = [k for k in hours if np.isfinite(conecta[k])]
                sampled = {o for o, _ in hours}
                row["native_pairs_missing"] = int(
                    sum(np.isfinite(conecta[o]).sum() for o in sampled) - len(keys)
                )
                diff = max(abs(hours[k] * 3600 - conecta[k]) for k in keys) / 60 if keys else float("nan")
                ratio = np.array([hours[k] * 3600 / conecta[k] for k in keys if conecta[k] > 0])
                row["native_ratio_range"] = (
                    (float(ratio.min()), float(ratio.max())) if len(ratio) else (np.nan, np.nan)
                )
                row.update(
                    native_per_origin_s=per_origin, native_s=per_origin * len(zones), diff_native_min=diff
                )
        rows.append(row)
    del app
    return rows


def fmt(seconds: float) -> str:
    """Seconds with sensible precision."""
    return (
        "—"
        if seconds is None or not np.isfinite(seconds)
        else f"{seconds:.2f}"
        if seconds < 100
        else f"{seconds:.0f}"
    )


def print_porto_alegre(rows: list[dict]) -> None:
    """Markdown table of the Porto Alegre comparison."""
    print("\n### Porto Alegre, 1,227 × 1,227 hexagon centroids, real OSM network\n")
    for r in rows:
        print(
            f"- {r['mode']}: graph {r['nodes']:,} nodes / {r['arcs']:,} arcs "
            f"(contracted {r['contracted_nodes']:,} / {r['contracted_arcs']:,}); {r['pairs']:,} pairs, "
            f"{r['pairs60']:,} within 60 min; Conecta routed with {r['methods']}"
        )
    print(
        "\n| tool | stage | "
        + " | ".join(f"{r['mode']} (s)" for r in rows)
        + " | max diff vs Conecta (min) |"
    )
    print("|---|---|" + "---|" * len(rows) + "---|")

    def line(tool, stage, key, diff_key=None):
        values = " | ".join(fmt(r.get(key)) for r in rows)
        diff = (
            " / ".join(f"{r[diff_key]:.1e}" for r in rows if diff_key and diff_key in r) if diff_key else ""
        )
        print(f"| {tool} | {stage} | {values} | {diff} |")

    line("Conecta core", "read layer with OGR (bench only)", "read_s")
    line("Conecta core", "build graph (parse tags, split lines)", "build_s")
    line("Conecta core", "mode costs + snap + contract", "plan_s")
    line("Conecta core", "route, whole matrix (no limit)", "route_s")
    line("Conecta core", "route, 60-min limit", "route60_s")
    for r in rows:
        r["conecta_total_s"] = r["build_s"] + r["plan_s"] + r["route_s"]
    line("Conecta core", "**build + snap + route (no limit)**", "conecta_total_s")
    if "e2e_s" in rows[0]:
        line(
            "conecta:traveltimematrix",
            "**end to end through Processing: read layers, build, snap, route, write CSV**",
            "e2e_s",
        )
    line("scipy csgraph dijkstra", "routing alone, same graph, uncontracted", "scipy_s", "diff_scipy_min")
    line("igraph (C)", "routing alone, same graph, uncontracted", "igraph_s", "diff_igraph_min")
    line("igraph (C)", "routing alone, Conecta's contracted graph", "igraph_contracted_s")
    if "qgis_route_s" in rows[0]:
        line("QgsGraphAnalyzer loop (QNEAT3)", "graph build + tie points", "qgis_build_s")
        line("QgsGraphAnalyzer loop (QNEAT3)", "routing alone", "qgis_route_s", "diff_qgis_min")
    if "native_s" in rows[0]:
        line("native:shortestpathpointtolayer", "per origin", "native_per_origin_s")
        line(
            "native:shortestpathpointtolayer", "× 1,227 origins (extrapolated)", "native_s", "diff_native_min"
        )
    if "native_ratio_range" in rows[0]:
        ranges = "; ".join(
            f"{r['mode']} {r['native_ratio_range'][0]:.5f}–{r['native_ratio_range'][1]:.5f}, "
            f"{r['native_pairs_missing']} pairs missing"
            for r in rows
        )
        print(
            "\nnative:shortestpathpointtolayer / Conecta time ratio: "
            + ranges
            + " (QGIS measures ellipsoidal lengths; Conecta and the QgsGraphAnalyzer loop, built with"
            " ellipsoid NONE, measure in the projected CRS: the ratio is the UTM scale factor)."
        )
    print("\nRatios:")
    for r in rows:
        text = f"- {r['mode']}: Conecta routing / igraph = {r['route_s'] / r['igraph_s']:.2f}"
        if "qgis_route_s" in r:
            text += f"; QgsGraphAnalyzer routing / Conecta build+snap+route = {r['qgis_route_s'] / r['conecta_total_s']:.1f}×"
        if "e2e_s" in r:
            text += f"; QgsGraphAnalyzer routing alone / conecta:traveltimematrix end to end = {r['qgis_route_s'] / r['e2e_s']:.1f}×"
        if "e2e_s" in r and "native_s" in r:
            text += f"; native extrapolated / end to end = {r['native_s'] / r['e2e_s']:.0f}×"
        if "native_s" in r:
            text += f"; native extrapolated / Conecta build+snap+route = {r['native_s'] / r['conecta_total_s']:.0f}×"
        print(text)


def print_synthetic(rows: list[dict]) -> None:
    """Markdown table of the synthetic grid runs."""
    print("\n### Synthetic grid, 10,000 origins to all 10,000, 60-minute limit (pairs streamed, not kept)\n")
    print(
        "| mode | edges | build (s) | snap + plan (s) | route (s) | Conecta total (s) | routing | "
        "share reached | pairs ≤ 60 min | peak RSS (MB) | scipy Dijkstra per origin, extrapolated (s) | "
        "igraph per origin, no time limit, extrapolated (s) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        total = r["build_s"] + r["plan_s"] + r["route_s"]
        share = r.get("reached_share", float("nan"))
        igraph_s = r.get("igraph_extrapolated_s")
        print(
            f"| {r['mode']} | {r['edges']:,} | {fmt(r['build_s'])} | {fmt(r['plan_s'])} | {fmt(r['route_s'])} | "
            f"**{fmt(total)}** | {r.get('method', '')} | {share:.0%} | {r['pairs']:,} | {r['peak_rss_mb']:.0f} | "
            f"{fmt(r['scipy_extrapolated_s'])} | {fmt(igraph_s) if igraph_s is not None else 'n/a'} |"
        )


def main() -> None:
    """Parse arguments and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the native QGIS algorithm (minutes)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per fast measurement (minimum is kept)")
    parser.add_argument("--native-sample", type=int, default=5)
    parser.add_argument("--no-qgis", action="store_true")
    parser.add_argument("--synthetic", help=argparse.SUPPRESS)
    parser.add_argument("--synthetic-processing", help=argparse.SUPPRESS)
    parser.add_argument(
        "--no-processing-grid",
        action="store_true",
        help="skip the car matrix on the synthetic grid through Processing (writes a 1.8 GB CSV)",
    )
    parser.add_argument(
        "--synthetic-modes", default=None, help="comma-separated modes (default walk,bicycle,car)"
    )
    args = parser.parse_args()
    if args.synthetic:
        print(json.dumps(run_synthetic(args.synthetic)))
        return
    if args.synthetic_processing:
        print(json.dumps(run_synthetic_processing(args.synthetic_processing)))
        return
    modes = args.synthetic_modes or "walk,bicycle,car"
    rows = porto_alegre(
        ["car", "walk"], args.repeat, 0 if args.quick else args.native_sample, not args.no_qgis
    )
    synthetic = []
    for mode in modes.split(","):
        out = subprocess.run(
            [sys.executable, __file__, "--synthetic", mode], capture_output=True, text=True, check=True
        ).stdout
        synthetic.append(json.loads(out.strip().splitlines()[-1]))
    print(f"\nMachine: {os.cpu_count()} cores; load average at end {os.getloadavg()[0]:.1f}")
    through_processing = None
    if not args.no_processing_grid:
        out = subprocess.run(
            [sys.executable, __file__, "--synthetic-processing", "car"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        through_processing = json.loads(out.strip().splitlines()[-1])
    print_porto_alegre(rows)
    print_synthetic(synthetic)
    if through_processing:
        r = through_processing
        print(
            f"\n{r['mode']} through Processing end to end (conecta:traveltimematrix reading the grid and the 10,000 "
            f"origins from GeoPackages, writing the CSV): **{fmt(r['seconds'])} s**, {r['pairs']:,} pairs, "
            f"{r['csv_mb']:,.0f} MB of CSV, peak RSS {r['peak_rss_mb']:.0f} MB"
        )


if __name__ == "__main__":
    main()
