"""conecta:zonalstatistics — a raster (e.g. WorldPop or GHSL population) summarised over polygons.

Exact area-weighted pixel coverage at polygon edges (core.zonal), so sums are conserved; the raster is
read window by window. Nodata and NaN pixels have no value: they are left out and reported.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QVariant

from ...core.zonal import zonal_statistics
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.crs import check_crs
from ..bridge.deps import require
from ..bridge.messages import push_count, show_ids
from ..bridge.raster import raster_file, zone_rings
from ..bridge.readers import read_zones
from ..bridge.styles import graduated, on_load
from ..bridge.writers import write_with_fields

STATISTICS = ("sum", "mean", "count", "min", "max", "std", "range")


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
            "Pixels equal to the band's nodata value and NaN pixels (whatever the nodata value) have no "
            "value: they are left out of every statistic, and the zones that cover some are reported with "
            "the share of their area on such pixels.\n\n"
            "The raster may be in any coordinate reference system (CRS): the zones are reprojected to it for "
            "the computation only, and the output keeps the zones' CRS and geometry. The raster is read "
            "one zone window at a time, so a country-size raster does not need to fit in memory. Zones "
            "outside or partly outside the raster and zones with only nodata pixels are reported.\n\n"
            "Method: exact pixel coverage fractions as in exactextract (Baston, ISciences)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(QgsProcessingParameterRasterLayer(self.RASTER, self.tr("Raster layer")))
        self.add(QgsProcessingParameterBand(self.BAND, self.tr("Band number"), 1, self.RASTER))
        self.add_layer(self.ZONES, self.tr("Zones"), [QgsProcessing.TypeVectorPolygon])
        names = [
            self.tr("Sum"),
            self.tr("Mean"),
            self.tr("Count (covered pixels)"),
            self.tr("Minimum"),
            self.tr("Maximum"),
            self.tr("Standard deviation"),
            self.tr("Range"),
        ]
        self.add(
            QgsProcessingParameterEnum(
                self.STATISTICS,
                self.tr("Statistics to calculate"),
                names,
                allowMultiple=True,
                defaultValue=[0, 1, 2],
            )
        )
        self.add_text(
            self.PREFIX, self.tr("Output column prefix"), "zs_",
            help_text=self.tr("New fields are named prefix + statistic, e.g. pop_sum for a population raster."),
        )  # fmt: skip
        self.add_sink(self.OUTPUT, self.tr("Zonal statistics"), QgsProcessing.TypeVectorPolygon)

    def process(self, parameters, context, feedback):
        require("rasterio")
        from rasterio.errors import RasterioError

        raster = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        path = raster_file(raster)
        band = self.parameterAsInt(parameters, self.BAND, context)
        statistics = [
            STATISTICS[i] for i in sorted(set(self.parameterAsEnums(parameters, self.STATISTICS, context)))
        ]
        prefix = self.parameterAsString(parameters, self.PREFIX, context)
        if not 1 <= band <= raster.bandCount():
            raise QgsProcessingException(
                self.tr("Band {0} does not exist: the raster has {1} band(s).").format(
                    band, raster.bandCount()
                )
            )
        zones = read_zones(self, parameters, context, feedback, self.ZONES, None, progress=(0.0, 10.0))
        self._check_crs(raster, zones, feedback)
        geometries = zone_rings(zones, raster.crs(), context, feedback)
        try:
            result = zonal_statistics(
                path, geometries, statistics, band=band, progress=self.progress_callback(feedback, 10, 95)
            )
        except RasterioError as error:
            raise QgsProcessingException(
                self.tr("Cannot read the raster {0}: {1}").format(path, str(error))
            ) from error
        self._report(result, zones.features, feedback)
        values = pd.DataFrame(
            {prefix + name: result.table[name].to_numpy() for name in statistics}, index=zones.frame.index
        )
        types = {name: QVariant.Double for name in values.columns}
        dest = write_with_fields(self, parameters, self.OUTPUT, context, feedback, zones, values, types)
        if "sum" in statistics:
            feedback.pushInfo(
                self.tr("Sum over the zones: {}").format(f"{np.nansum(result.table['sum'].to_numpy()):,.2f}")
            )
        on_load(context, dest, graduated(prefix + statistics[0]))
        return {self.OUTPUT: dest}

    def _check_crs(self, raster, zones, feedback) -> None:
        """Refuse zones or a raster without a CRS; say when the zones are reprojected to the raster's."""
        check_crs(zones.source)
        if raster.crs() != zones.source.sourceCrs():
            feedback.pushInfo(
                self.tr(
                    "The zones are reprojected from {0} to the raster's CRS {1} for the computation."
                ).format(zones.source.sourceCrs().authid(), raster.crs().authid())
            )

    def _report(self, result, features, feedback) -> None:
        """Log the zones the planner should look at (by feature id)."""

        def ids(positions):
            return (features[i].id() for i in positions)

        for positions, text in (
            (
                result.empty_zones,
                self.tr(
                    "{0} zones have no polygon geometry (NULL, empty or not a polygon); their statistics are NULL: {1}"
                ),
            ),
            (
                result.zones_outside,
                self.tr(
                    "{0} zones are outside the raster; their count is 0 and their other statistics are NULL: {1}"
                ),
            ),
            (
                result.zones_partly_outside,
                self.tr("{0} zones are partly outside the raster; only the part inside counts: {1}"),
            ),
            (
                result.zones_without_data,
                self.tr(
                    "{0} zones cover only nodata pixels; their count is 0 and their other statistics are NULL: {1}"
                ),
            ),
        ):
            push_count(feedback, len(positions), text, examples=ids(positions), limit=10)
        partly = result.zones_partly_nodata
        if partly:
            share = result.table["share_nodata"].to_numpy()[partly]
            feedback.pushWarning(
                self.tr(
                    "{0} zones cover some nodata or NaN pixels (up to {1} % of a zone's area), left out of their "
                    "statistics: {2}"
                ).format(len(partly), f"{100 * float(np.nanmax(share)):.1f}", show_ids(ids(partly), 10))
            )
