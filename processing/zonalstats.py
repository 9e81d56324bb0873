"""conecta:zonalstatistics — a raster (e.g. WorldPop or GHSL population) summarised over polygons.

Exact area-weighted pixel coverage at polygon edges (core.zonal), so sums are conserved; the raster is
read window by window. Also shared helpers for other algorithms that sum rasters over zones.
"""

from __future__ import annotations

import math
import struct

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..core.progress import Cancelled
from .adapters import FeatureProgress
from .base import ConectaAlgorithm
from .deps import require
from .styles import graduated, on_load

STATISTICS = ("sum", "mean", "count", "min", "max", "std", "range")


# ---------------------------------------------------------------- geometries for core.zonal


class _Ring:
    """A ring with ``coords`` (n × 2 array), as core.zonal reads shapely rings."""

    __slots__ = ("coords",)

    def __init__(self, coords: np.ndarray) -> None:
        self.coords = coords


class _Polygon:
    """A polygon with the attributes core.zonal reads from shapely (no shapely needed in QGIS)."""

    geom_type = "Polygon"
    is_empty = False

    def __init__(self, rings: list) -> None:
        self.exterior = _Ring(rings[0])
        self.interiors = [_Ring(r) for r in rings[1:]]


class _MultiPolygon:
    """Several polygons, as core.zonal reads a shapely MultiPolygon."""

    geom_type = "MultiPolygon"
    is_empty = False

    def __init__(self, polygons: list) -> None:
        self.geoms = polygons


def _wkb_polygons(data: bytes) -> list:
    """Rings (vertex arrays, Z/M dropped) of every polygon of a (Multi)Polygon WKB."""
    polygons: list = []

    def read(offset: int) -> int:
        order = "<" if data[offset] == 1 else ">"
        kind = struct.unpack_from(order + "I", data, offset + 1)[0]
        offset += 5
        dims = 2
        if kind & 0x80000000:  # 2.5D flag
            kind &= 0x7FFFFFFF
            dims = 3
        flat = kind % 1000
        dims += {1: 1, 2: 1, 3: 2}.get(kind // 1000, 0)
        if flat == 3:
            (n_rings,) = struct.unpack_from(order + "I", data, offset)
            offset += 4
            rings = []
            for _ in range(n_rings):
                (count,) = struct.unpack_from(order + "I", data, offset)
                offset += 4
                values = np.frombuffer(
                    data, dtype=np.dtype("f8").newbyteorder(order), count=count * dims, offset=offset
                )
                rings.append(values.reshape(count, dims)[:, :2].astype(np.float64))
                offset += 8 * count * dims
            if rings and len(rings[0]) >= 4:
                polygons.append(rings)
            return offset
        if flat in (6, 7):
            (count,) = struct.unpack_from(order + "I", data, offset)
            offset += 4
            for _ in range(count):
                offset = read(offset)
            return offset
        raise ValueError(f"not a polygon WKB type: {kind}")

    read(0)
    return polygons


def zonal_geometry(geometry: QgsGeometry | None, transform: QgsCoordinateTransform | None = None):
    """A polygon geometry as core.zonal takes it (None when missing, empty, not polygonal or unprojectable)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
        return None
    geometry = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    if transform is not None:
        try:
            geometry.transform(transform)
        except QgsCsException:
            return None
    if not geometry.isGeosValid():  # a self-intersecting ring would count its lobes with opposite signs
        geometry = geometry.makeValid()
        if geometry.isNull() or geometry.isEmpty():
            return None
    try:
        polygons = _wkb_polygons(bytes(geometry.asWkb()))
    except (ValueError, struct.error):
        return None
    polygons = [p for p in polygons if all(np.isfinite(r).all() for r in p)]
    if not polygons:
        return None
    if len(polygons) == 1:
        return _Polygon(polygons[0])
    return _MultiPolygon([_Polygon(p) for p in polygons])


def raster_path(layer, name: str) -> str:
    """The file behind a raster layer that rasterio can open, or a translated error."""
    if layer is None:
        raise QgsProcessingException(
            QCoreApplication.translate("ConectaZonal", "The raster layer {} cannot be read.").format(name)
        )
    if layer.providerType() != "gdal":
        # pylupdate5 skips translate() calls that end with a trailing comma: keep the formatter away
        # fmt: off
        message = QCoreApplication.translate(
            "ConectaZonal",
            "The raster layer {0} is not a file (provider {1}): save it as a GeoTIFF first "
            "(Raster ▸ Conversion ▸ Translate)."
        ).format(layer.name(), layer.providerType())
        # fmt: on
        raise QgsProcessingException(message)
    return layer.source().split("|")[0]


def first_ids(ids: list, limit: int = 10) -> str:
    """A short list of ids for a log line ("1, 4, 9, …")."""
    text = ", ".join(str(i) for i in ids[:limit])
    return text + (", …" if len(ids) > limit else "")


def nan_to_null(value: float):
    """A float for an attribute, None (NULL) for NaN."""
    value = float(value)
    return None if math.isnan(value) else value


# ---------------------------------------------------------------- algorithm


class ZonalStatistics(ConectaAlgorithm):
    """Area-weighted zonal statistics of a raster band over polygons, with conserved sums."""

    ALG_NAME = "zonalstatistics"
    GROUP_ID = "indicators"
    RASTER = "RASTER"
    BAND = "BAND"
    ZONES = "ZONES"
    STATISTICS = "STATISTICS"
    PREFIX = "PREFIX"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("Zonal statistics (exact coverage)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Summarises a raster band (for example WorldPop or GHSL population) over polygon zones: sum, "
            "mean, count, minimum, maximum, standard deviation and range.\n\n"
            "Each pixel counts with the exact share of its area that the polygon covers, not by whether "
            "its centre falls inside, so a population raster is apportioned between zones at their edges "
            "and the sum over zones that tile the raster equals the raster sum. Count is the covered area "
            "of valid pixels in pixel units (fractional); mean and standard deviation are weighted by the "
            "covered area; minimum and maximum consider every pixel a zone touches.\n\n"
            "The raster may be in any coordinate reference system (CRS): the zones are reprojected to it for "
            "the computation only, and the output keeps the zones' CRS and geometry. The raster is read "
            "one zone window at a time, so a country-size raster does not need to fit in memory. Zones "
            "outside or partly outside the raster and zones with only nodata pixels are reported.\n\n"
            "Method: exact pixel coverage fractions as in exactextract (Baston, ISciences)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.RASTER, self.tr("Raster layer")))
        self.addParameter(QgsProcessingParameterBand(self.BAND, self.tr("Band number"), 1, self.RASTER))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES, self.tr("Zones"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        names = [
            self.tr("Sum"),
            self.tr("Mean"),
            self.tr("Count (covered pixels)"),
            self.tr("Minimum"),
            self.tr("Maximum"),
            self.tr("Standard deviation"),
            self.tr("Range"),
        ]
        statistics = QgsProcessingParameterEnum(
            self.STATISTICS,
            self.tr("Statistics to calculate"),
            names,
            allowMultiple=True,
            defaultValue=[0, 1, 2],
        )
        self.addParameter(statistics)
        prefix = QgsProcessingParameterString(self.PREFIX, self.tr("Output column prefix"), "zs_")
        prefix.setHelp(
            self.tr("New fields are named prefix + statistic, e.g. pop_sum for a population raster.")
        )
        self.addParameter(prefix)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Zonal statistics"), QgsProcessing.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        require("rasterio")
        from rasterio.errors import RasterioError

        from ..core.zonal import zonal_statistics

        raster = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        path = raster_path(raster, str(parameters.get(self.RASTER)))
        band = self.parameterAsInt(parameters, self.BAND, context)
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        chosen = self.parameterAsEnums(parameters, self.STATISTICS, context)
        if not chosen:
            raise QgsProcessingException(self.tr("Choose at least one statistic."))
        statistics = [STATISTICS[i] for i in sorted(set(chosen))]
        prefix = self.parameterAsString(parameters, self.PREFIX, context)
        if not 1 <= band <= raster.bandCount():
            raise QgsProcessingException(
                self.tr("Band {0} does not exist: the raster has {1} band(s).").format(
                    band, raster.bandCount()
                )
            )
        fields = QgsFields(zones.fields())
        for name in statistics:
            field_name = prefix + name
            if fields.lookupField(field_name) >= 0:
                raise QgsProcessingException(
                    self.tr("The zones layer already has a field {}: choose another prefix.").format(
                        field_name
                    )
                )
            fields.append(QgsField(field_name, QVariant.Double))

        transform = None
        if raster.crs().isValid() and zones.sourceCrs().isValid() and raster.crs() != zones.sourceCrs():
            transform = QgsCoordinateTransform(zones.sourceCrs(), raster.crs(), context.transformContext())
            feedback.pushInfo(
                self.tr(
                    "The zones are reprojected from {0} to the raster's CRS {1} for the computation."
                ).format(zones.sourceCrs().authid(), raster.crs().authid())
            )
        elif not raster.crs().isValid():
            feedback.pushWarning(
                self.tr("The raster has no CRS: the zones are assumed to be in the same coordinates.")
            )

        features, geometries = [], []
        progress = FeatureProgress(feedback, zones, 0.0, 10.0, every=1000)
        invalid = 0
        for n, feature in enumerate(zones.getFeatures()):
            if not progress(n):
                return {}
            features.append(feature)
            geometry = feature.geometry()
            if not geometry.isNull() and not geometry.isEmpty() and not geometry.isGeosValid():
                invalid += 1
            geometries.append(zonal_geometry(geometry, transform))
        if not features:
            raise QgsProcessingException(self.tr("The zones layer has no features."))
        if invalid:
            feedback.pushWarning(
                self.tr(
                    "{} zones have invalid polygons (e.g. self-intersecting): they were repaired as QGIS's "
                    "Fix geometries does before the computation; the zones layer is not changed."
                ).format(invalid)
            )

        try:
            result = zonal_statistics(
                path, geometries, statistics, band=band, progress=self.progress_callback(feedback, 10, 95)
            )
        except Cancelled:
            return {}
        except RasterioError as error:
            raise QgsProcessingException(
                self.tr("Cannot read the raster {0}: {1}").format(path, str(error))
            ) from error

        self._report(result, features, feedback)

        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, zones.wkbType(), zones.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        columns = [result.table[name].to_numpy() for name in statistics]
        for i, feature in enumerate(features):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + [nan_to_null(c[i]) for c in columns])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
            if i % 5000 == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(95.0 + 5.0 * i / len(features))
        if "sum" in statistics:
            feedback.pushInfo(
                self.tr("Sum over the zones: {}").format(f"{np.nansum(result.table['sum'].to_numpy()):,.2f}")
            )
        on_load(context, dest_id, graduated(prefix + statistics[0]))
        return {self.OUTPUT: dest_id}

    def _report(self, result, features, feedback) -> None:
        """Log the zones the planner should look at (by feature id)."""

        def ids(positions):
            return first_ids([features[i].id() for i in positions])

        if result.empty_zones:
            feedback.pushWarning(
                self.tr(
                    "{0} zones have no polygon geometry (NULL, empty or not a polygon); their statistics are NULL: {1}"
                ).format(len(result.empty_zones), ids(result.empty_zones))
            )
        if result.zones_outside:
            feedback.pushWarning(
                self.tr(
                    "{0} zones are outside the raster; their count is 0 and their other statistics are NULL: {1}"
                ).format(len(result.zones_outside), ids(result.zones_outside))
            )
        if result.zones_partly_outside:
            feedback.pushWarning(
                self.tr("{0} zones are partly outside the raster; only the part inside counts: {1}").format(
                    len(result.zones_partly_outside), ids(result.zones_partly_outside)
                )
            )
        if result.zones_without_data:
            feedback.pushWarning(
                self.tr(
                    "{0} zones cover only nodata pixels; their count is 0 and their other statistics are NULL: {1}"
                ).format(len(result.zones_without_data), ids(result.zones_without_data))
            )
