"""Inputs of ``conecta-batch`` read with GDAL/OGR (no QGIS): the street network (GeoPackage, GeoJSON, shapefile,
OSM ``.pbf``) and the zones (polygons or points in a vector file, or a CSV of coordinates).

The readings follow the QGIS bridge's (:mod:`conecta.processing.bridge.network`), so that a job gives the
values ``conecta:accessibility`` gives on the same files: the same fields (the road class, a speed field, OSM's
``oneway``, ``maxspeed``, ``junction`` and ``other_tags``), every part of multi-part and curved lines, polygons
represented by GEOS's point on surface (what QGIS uses), zones without an id left out and repeated ids refused.

Working CRS: a projected network stays in its CRS; a geographic one (an OSM ``.pbf``, GeoJSON in EPSG:4326) is
projected to the UTM zone of its extent's centre. The zones are projected to the network's working CRS.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from .job import Job, JobError

OSM_FIELDS = ("other_tags", "oneway", "maxspeed", "junction")


def _ogr():
    from osgeo import ogr, osr

    ogr.UseExceptions()
    osr.UseExceptions()
    return ogr, osr


def open_layer(path: str, layer: Optional[str], key: str):
    """The data source and layer ``layer`` (the first, or ``lines`` of an OSM file, when not given)."""
    ogr, _ = _ogr()
    try:
        source = ogr.Open(str(path))
    except RuntimeError as error:
        raise JobError(f"'{key}.path': GDAL cannot open {path}: {error}") from error
    if source is None:
        raise JobError(f"'{key}.path': GDAL cannot open {path}")
    if layer is None and Path(path).suffix.lower() in (".pbf", ".osm"):
        layer = "lines"
    found = source.GetLayerByName(layer) if layer else source.GetLayer(0)
    if found is None:
        names = ", ".join(source.GetLayer(i).GetName() for i in range(source.GetLayerCount()))
        raise JobError(f"'{key}.layer': {path} has no layer {layer!r} (it has {names})")
    return source, found


def _fields(layer) -> List[str]:
    definition = layer.GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]


def _utm(lon: float, lat: float):
    """The WGS 84 / UTM zone of a point (as the QGIS bridge chooses it)."""
    _, osr = _ogr()
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32600 + zone if lat >= 0 else 32700 + zone)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


UNDEFINED_SRS = ("Undefined geographic SRS", "Undefined Cartesian SRS")
"""What GDAL reads from a GeoPackage written without a CRS (srs_id 0 and -1): a CRS, yet no CRS at all."""


def layer_extent(layer) -> Optional[tuple]:
    """``(x0, x1, y0, y1)`` of the layer's features, None when it has none: GDAL's extent when the driver knows it
    (GeoPackage, shapefile), else from the features themselves (an OSM file reports no usable extent)."""
    ogr, _ = _ogr()
    if layer.TestCapability(ogr.OLCFastGetExtent):
        try:
            x0, x1, y0, y1 = layer.GetExtent()
        except RuntimeError:  # an empty layer
            return None
        if all(math.isfinite(v) for v in (x0, x1, y0, y1)) and x0 <= x1 and y0 <= y1:
            return x0, x1, y0, y1
    boxes = []
    layer.ResetReading()
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is not None and not geometry.IsEmpty():
            boxes.append(geometry.GetEnvelope())
    layer.ResetReading()
    if not boxes:
        return None
    box = np.asarray(boxes, dtype=np.float64)
    return box[:, 0].min(), box[:, 1].max(), box[:, 2].min(), box[:, 3].max()


def layer_srs(layer, key: str):
    """The layer's CRS and extent (None when empty); a :class:`JobError` naming ``key`` when it has no CRS (a
    GeoPackage's undefined SRS included) or when its coordinates cannot be the longitudes and latitudes its
    geographic CRS says."""
    srs = layer.GetSpatialRef()
    if srs is None or srs.GetName() in UNDEFINED_SRS:
        raise JobError(
            f"'{key}.path': the layer has no coordinate reference system (CRS): set one in the file"
        )
    extent = layer_extent(layer)
    if srs.IsGeographic() and extent is not None:
        x0, x1, y0, y1 = extent
        if max(abs(x0), abs(x1)) > 180.5 or max(abs(y0), abs(y1)) > 90.5:
            x, y = round((x0 + x1) / 2), round((y0 + y1) / 2)
            raise JobError(
                f"'{key}.path': the coordinates (e.g. x {x}, y {y}) are not longitudes and latitudes, yet the "
                f"layer is declared in {srs.GetName()}: set its real CRS"
            )
    return srs, extent


def working_srs(layer, key: str):
    """The network's working CRS and the transformation into it (None when it is the layer's own): a projected
    CRS stays, a geographic one gives the UTM zone of the features' centre."""
    _, osr = _ogr()
    srs, extent = layer_srs(layer, key)
    srs = srs.Clone()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if srs.IsProjected():
        return srs, None
    if extent is None:
        raise JobError(f"'{key}.path': the layer has no feature with a geometry")
    x0, x1, y0, y1 = extent
    target = _utm((x0 + x1) / 2.0, (y0 + y1) / 2.0)
    return target, osr.CoordinateTransformation(srs, target)


def _parts(geometry, transform) -> List[np.ndarray]:
    """Vertex arrays of every part of a line geometry (curves linearised), in the working CRS."""
    if geometry is None or geometry.IsEmpty():
        return []
    geometry = geometry.GetLinearGeometry()
    if transform is not None:
        geometry.Transform(transform)
    count = geometry.GetGeometryCount()
    singles = [geometry.GetGeometryRef(i) for i in range(count)] if count else [geometry]
    parts = []
    for single in singles:
        points = single.GetPoints() if single is not None else None
        if points and len(points) >= 2:
            parts.append(np.asarray(points, dtype=np.float64)[:, :2])
    return parts


@dataclass
class NetworkData:
    """The street network read: its topology, the per-feature attributes and the working CRS (WKT)."""

    network: object
    attributes: Dict[str, list]
    crs_wkt: str
    n_features: int
    skipped: int = 0


def read_network(job: Job) -> NetworkData:
    """The job's street network as a Conecta street network in its working CRS."""
    from conecta.core import network as nw

    settings = job.network
    source, layer = open_layer(settings["path"], settings.get("layer"), "network")
    srs, transform = working_srs(layer, "network")
    present = _fields(layer)
    wanted = [settings.get("highway_field", "highway"), settings.get("speed_field"), *OSM_FIELDS]
    names = [name for name in dict.fromkeys(wanted) if name and name in present]
    parts, index, skipped = [], [], 0
    values: Dict[str, list] = {name: [] for name in names}
    row = 0
    for feature in layer:
        pieces = _parts(feature.GetGeometryRef(), transform)
        if not pieces:
            skipped += 1
            continue
        for name in names:
            values[name].append(feature.GetField(name))
        parts += pieces
        index += [row] * len(pieces)
        row += 1
    if not parts:
        raise JobError(f"'network.path': {settings['path']} has no line with at least two vertices")
    tags = nw.parse_other_tags(values["other_tags"]) if "other_tags" in values else {}
    net = nw.build_network(
        parts,
        np.asarray(index, dtype=np.int64),
        highway=values.get(settings.get("highway_field", "highway")),
        maxspeed=values.get("maxspeed", tags.get("maxspeed")),
        oneway=values.get("oneway", tags.get("oneway")),
        junction=values.get("junction", tags.get("junction")),
        oneway_bicycle=tags.get("oneway:bicycle"),
        n_features=row,
        snap_tolerance=float(settings.get("snap_tolerance", 0.0)),
    )
    return NetworkData(net, values, srs.ExportToWkt(), row, skipped)


def mode_graph(data: NetworkData, mode: str, job: Job):
    """The network costed for ``mode`` with the job's speeds."""
    from conecta.core import network as nw

    settings = job.network
    walk = float(settings.get("walk_speed", nw.WALK_SPEED_KMH))
    bicycle = float(settings.get("bicycle_speed", nw.BICYCLE_SPEED_KMH))
    speed_field = settings.get("speed_field")
    return nw.mode_graph(
        data.network,
        mode,
        speed_kmh={"walk": walk, "bicycle": bicycle}.get(mode),
        user_speed=data.attributes.get(speed_field) if speed_field else None,
        walk_speed_kmh=walk,
    )


# --------------------------------------------------------------------------------------------- zones


@dataclass
class ZoneData:
    """The zones: a frame indexed by id with the numeric fields asked for, and the points of those with a
    geometry (``xy`` in the working CRS, ``row`` their position in the frame)."""

    frame: pd.DataFrame
    xy: np.ndarray
    row: np.ndarray
    without_id: int = 0
    without_geometry: int = 0
    notes: List[str] = field(default_factory=list)


def _transform_to(srs_from, crs_wkt: Optional[str]):
    """The transformation from ``srs_from`` to the working CRS (None when the same or not given)."""
    _, osr = _ogr()
    if crs_wkt is None or srs_from is None:
        return None
    target = osr.SpatialReference()
    target.ImportFromWkt(crs_wkt)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    srs_from = srs_from.Clone()
    srs_from.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if srs_from.IsSame(target):
        return None
    return osr.CoordinateTransformation(srs_from, target)


def _point(geometry) -> Optional[tuple]:
    """A point geometry's coordinates, or GEOS's point on the surface of a polygon or line (as QGIS)."""
    if geometry is None or geometry.IsEmpty():
        return None
    ogr, _ = _ogr()
    if ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbPoint:
        return geometry.GetX(), geometry.GetY()
    if not geometry.IsValid():
        geometry = geometry.MakeValid()
    surface = geometry.PointOnSurface()
    if surface is None or surface.IsEmpty():
        return None
    return surface.GetX(), surface.GetY()


def _layer_zones(job: Job, columns: List[str], crs_wkt: Optional[str]) -> tuple:
    """Ids, attribute rows and points of a vector layer of zones."""
    settings = job.zones
    source, layer = open_layer(settings["path"], settings.get("layer"), "zones")
    present = _fields(layer)
    for name in [settings["id"], *columns]:
        if name not in present:
            raise JobError(f"the zones layer has no field {name!r} (it has {', '.join(present)})")
    transform = _transform_to(layer_srs(layer, "zones")[0], crs_wkt)
    ids, rows, points = [], [], []
    for feature in layer:
        ids.append(feature.GetField(settings["id"]))
        rows.append([feature.GetField(name) for name in columns])
        geometry = feature.GetGeometryRef()
        if geometry is not None and transform is not None:
            geometry = geometry.Clone()
            geometry.Transform(transform)
        points.append(_point(geometry))
    return ids, rows, points


def _csv_zones(job: Job, columns: List[str], crs_wkt: Optional[str]) -> tuple:
    """Ids, attribute rows and points of a CSV of zones with coordinate columns."""
    _, osr = _ogr()
    settings = job.zones
    x, y = settings.get("x", "lon"), settings.get("y", "lat")
    table = pd.read_csv(settings["path"], dtype={settings["id"]: object})
    for name in [settings["id"], x, y, *columns]:
        if name not in table.columns:
            raise JobError(f"the zones CSV has no column {name!r} (it has {', '.join(table.columns)})")
    srs = osr.SpatialReference()
    srs.SetFromUserInput(settings.get("crs", "EPSG:4326"))
    transform = _transform_to(srs, crs_wkt)
    coords = table[[x, y]].to_numpy(dtype=np.float64)
    if transform is not None and len(coords):
        coords = np.asarray(transform.TransformPoints(coords.tolist()))[:, :2]
    points = [tuple(p) if np.isfinite(p).all() else None for p in coords]
    rows = table[columns].astype(object).where(table[columns].notna(), None).to_numpy().tolist()
    ids = [None if pd.isna(v) else v for v in table[settings["id"]]]
    return ids, rows, points


def zones_crs(job: Job) -> str:
    """The working CRS of a job without a street network: the zones' own when projected, else the UTM zone of
    their centre (WKT)."""
    _, osr = _ogr()
    settings = job.zones
    if str(settings["path"]).lower().endswith((".csv", ".csv.gz")):
        srs = osr.SpatialReference()
        srs.SetFromUserInput(settings.get("crs", "EPSG:4326"))
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if srs.IsProjected():
            return srs.ExportToWkt()
        coords = pd.read_csv(settings["path"], usecols=[settings.get("x", "lon"), settings.get("y", "lat")])
        lon, lat = coords.mean().to_numpy(dtype=np.float64)
        return _utm(lon, lat).ExportToWkt()
    source, layer = open_layer(settings["path"], settings.get("layer"), "zones")
    srs, _ = working_srs(layer, "zones")
    return srs.ExportToWkt()


def lonlat_to(lon: np.ndarray, lat: np.ndarray, crs_wkt: str) -> np.ndarray:
    """WGS 84 longitudes and latitudes (GTFS stops) in the working CRS; NaN where missing."""
    _, osr = _ogr()
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = _transform_to(wgs84, crs_wkt)
    xy = np.full((len(lon), 2), np.nan)
    ok = np.isfinite(lon) & np.isfinite(lat)
    if ok.any():
        points = np.c_[lon[ok], lat[ok]]
        xy[ok] = (
            points if transform is None else np.asarray(transform.TransformPoints(points.tolist()))[:, :2]
        )
    return xy


def read_zones(job: Job, columns: List[str], crs_wkt: Optional[str]) -> ZoneData:
    """The job's zones with the numeric ``columns``, points projected to the working CRS ``crs_wkt``."""
    columns = [name for name in dict.fromkeys(columns) if name]
    reader = _csv_zones if str(job.zones["path"]).lower().endswith((".csv", ".csv.gz")) else _layer_zones
    ids, rows, points = reader(job, columns, crs_wkt)
    keep = [i for i, identifier in enumerate(ids) if identifier is not None]
    if not keep:
        raise JobError(f"the zones have no feature with an id in field {job.zones['id']!r}")
    index = pd.Index([ids[i] for i in keep], name="id")
    if index.has_duplicates:
        repeated = index[index.duplicated()].unique()
        shown = ", ".join(str(v) for v in repeated[:5])
        raise JobError(
            f"ids must be unique: {len(repeated)} ids of field {job.zones['id']!r} are repeated ({shown})"
        )
    frame = pd.DataFrame([rows[i] for i in keep], columns=columns, index=index)
    for name in columns:
        values = pd.to_numeric(frame[name], errors="coerce")
        if values.isna().sum() > frame[name].isna().sum():
            raise JobError(f"zones field {name!r} holds text that is not a number")
        frame[name] = values.astype(np.float64)
    with_point = [k for k, i in enumerate(keep) if points[i] is not None]
    xy = np.asarray([points[keep[k]] for k in with_point], dtype=np.float64).reshape(-1, 2)
    return ZoneData(
        frame, xy, np.asarray(with_point, dtype=np.int64), len(ids) - len(keep), len(keep) - len(with_point)
    )
