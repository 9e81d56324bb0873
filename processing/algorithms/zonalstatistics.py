"""conecta:zonalstatistics — a raster (e.g. WorldPop or GHSL population) summarised over polygons.

Exact area-weighted pixel coverage at polygon edges (core.zonal), so sums are conserved; the raster is
read window by window. Also shared helpers for other algorithms that sum rasters over zones.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ...core.progress import Cancelled
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.deps import require
from ..bridge.features import FeatureProgress
from ..bridge.raster import first_ids, nan_to_null, raster_path, zonal_geometry
from ..bridge.styles import graduated, on_load

STATISTICS = ("sum", "mean", "count", "min", "max", "std", "range")


# ---------------------------------------------------------------- geometries for core.zonal


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

        from ...core.zonal import zonal_statistics

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
