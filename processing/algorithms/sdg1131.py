"""conecta:sdg1131 — SDG 11.3.1, ratio of land consumption rate to population growth rate, per zone and
for the whole city, from built-up area (rasters or polygons) and population (numbers, fields or rasters)
at two dates."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsSpatialIndex,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.indicators import LINEAR, LOGARITHMIC, sdg_1131
from ...core.progress import Cancelled, report, scaled
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.crs import has_features, working_crs
from ..bridge.deps import require
from ..bridge.numbers import check_numeric, clean, to_float
from ..bridge.raster import first_ids, nan_to_null, raster_path, zonal_geometry
from ..bridge.writers import table_fields

ABOVE_ZERO, EQUAL_TO, SURFACE = 0, 1, 2


class Sdg1131(ConectaAlgorithm):
    """LCR, PGR, LCRPGR and built-up area per capita between two dates (UN SDG metadata 11.3.1)."""

    ALG_NAME = "sdg1131"
    GROUP_ID = "indicators"
    BUILT_PAST = "BUILT_PAST"
    BUILT_PRESENT = "BUILT_PRESENT"
    BUILT_MODE = "BUILT_MODE"
    BUILT_VALUE = "BUILT_VALUE"
    YEAR_PAST = "YEAR_PAST"
    YEAR_PRESENT = "YEAR_PRESENT"
    ZONES = "ZONES"
    ZONE_ID = "ZONE_ID"
    POP_PAST = "POP_PAST"
    POP_PRESENT = "POP_PRESENT"
    POP_FIELD_PAST = "POP_FIELD_PAST"
    POP_FIELD_PRESENT = "POP_FIELD_PRESENT"
    POP_RASTER_PAST = "POP_RASTER_PAST"
    POP_RASTER_PRESENT = "POP_RASTER_PRESENT"
    LCR_FORM = "LCR_FORM"
    NEAR_ZERO = "NEAR_ZERO"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:
        return self.tr("SDG 11.3.1 land consumption rate to population growth rate")

    def shortHelpString(self) -> str:
        return self.tr(
            "Computes SDG indicator 11.3.1, the ratio of land consumption rate to population growth rate "
            "(LCRPGR), for the whole city and, when zones are given, for each zone, following the UN SDG "
            "metadata of 11.3.1 (2021-03-01):\n"
            "LCR = (V_present − V_past) / V_past / t, where V is the built-up area and t the years between "
            "the two dates (the legacy form ln(V_present / V_past) / t, used before 2021, is an option);\n"
            "PGR = ln(Pop_present / Pop_past) / t;\n"
            "LCRPGR = LCR / PGR.\n"
            "It also gives the built-up area per capita (m² per person) at both dates. Rates are fractions "
            "per year (0.01 = 1 % a year).\n\n"
            "Built-up area at each date: a polygon layer (areas are measured in a projected CRS; "
            "overlapping polygons count once) or a raster such as GHSL GHS-BUILT: either pixels with a value "
            "above 0, or pixels equal to a given value, count as built-up with their whole area (measured "
            "on the ellipsoid for rasters in geographic coordinates), or the pixel values are the built-up "
            "surface in m² (GHS-BUILT-S). Rasters are apportioned to zones with exact pixel coverage.\n\n"
            "Population at each date: a number for the whole city (without zones), a field of the zones "
            "layer, or a population raster (e.g. WorldPop, GHS-POP) summed over the zones or over the whole "
            "raster.\n\n"
            "Warnings are given where the population barely changed (PGR near zero: the ratio becomes "
            "unstable, read LCR and PGR separately) or fell (negative PGR: the sign of the ratio flips)."
        )

    def initAlgorithm(self, config=None) -> None:
        kinds = [QgsProcessing.TypeRaster, QgsProcessing.TypeVectorPolygon]
        self.addParameter(
            QgsProcessingParameterMapLayer(
                self.BUILT_PAST, self.tr("Built-up area, past date (raster or polygons)"), types=kinds
            )
        )
        self.addParameter(
            QgsProcessingParameterMapLayer(
                self.BUILT_PRESENT, self.tr("Built-up area, present date (raster or polygons)"), types=kinds
            )
        )
        modes = [
            self.tr("Pixels with a value above 0 are built-up"),
            self.tr("Pixels equal to the built-up value are built-up"),
            self.tr("Pixel values are the built-up surface in m² (GHS-BUILT-S)"),
        ]
        mode = QgsProcessingParameterEnum(self.BUILT_MODE, self.tr("Built-up rasters"), modes, defaultValue=0)
        mode.setHelp(self.tr("How built-up area is read from rasters (ignored for polygon layers)."))
        self.addParameter(mode)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BUILT_VALUE,
                self.tr("Built-up value"),
                QgsProcessingParameterNumber.Double,
                1.0,
            )
        )
        for key, label, default in (
            (self.YEAR_PAST, self.tr("Year of the past date"), 2000.0),
            (self.YEAR_PRESENT, self.tr("Year of the present date"), 2020.0),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    key, label, QgsProcessingParameterNumber.Double, default, False, 1800.0
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES, self.tr("Zones (optional)"), [QgsProcessing.TypeVectorPolygon], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ZONE_ID, self.tr("Zone id field"), parentLayerParameterName=self.ZONES, optional=True
            )
        )
        for key, label in (
            (self.POP_PAST, self.tr("Population at the past date (whole city)")),
            (self.POP_PRESENT, self.tr("Population at the present date (whole city)")),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Double, None, True, 0.0)
            )
        for key, label in (
            (self.POP_FIELD_PAST, self.tr("Population field of the zones, past date")),
            (self.POP_FIELD_PRESENT, self.tr("Population field of the zones, present date")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key,
                    label,
                    parentLayerParameterName=self.ZONES,
                    type=QgsProcessingParameterField.Numeric,
                    optional=True,
                )
            )
        for key, label in (
            (self.POP_RASTER_PAST, self.tr("Population raster, past date")),
            (self.POP_RASTER_PRESENT, self.tr("Population raster, present date")),
        ):
            self.addParameter(QgsProcessingParameterRasterLayer(key, label, optional=True))
        form = QgsProcessingParameterEnum(
            self.LCR_FORM,
            self.tr("Land consumption rate formula"),
            [self.tr("Linear (SDG metadata 2021)"), self.tr("Logarithmic (legacy, before 2021)")],
            defaultValue=0,
        )
        form.setFlags(form.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(form)
        near = QgsProcessingParameterNumber(
            self.NEAR_ZERO,
            self.tr("Population growth rate considered near zero (per year)"),
            QgsProcessingParameterNumber.Double,
            0.001,
            False,
            0.0,
        )
        near.setHelp(self.tr("A warning is given where |PGR| is below this value: 0.001 is 0.1 % a year."))
        near.setFlags(near.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(near)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("SDG 11.3.1"), QgsProcessing.TypeVector)
        )

    # ------------------------------------------------------------ inputs

    def _built_layer(self, parameters, key, context):
        """The built-up layer of ``key``: a file raster or a polygon vector layer."""
        layer = self.parameterAsLayer(parameters, key, context)
        if isinstance(layer, QgsRasterLayer):
            raster_path(layer, layer.name())
            if not layer.crs().isValid():
                raise QgsProcessingException(
                    self.tr("The raster {} has no CRS: set one so that pixel areas can be measured.").format(
                        layer.name()
                    )
                )
            return layer
        if isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            if not has_features(layer):
                raise QgsProcessingException(
                    self.tr("The built-up layer {} has no features.").format(layer.name())
                )
            return layer
        raise QgsProcessingException(
            self.tr("The built-up area must be a raster or a polygon layer: {} is neither.").format(
                layer.name() if layer is not None else str(parameters.get(key))
            )
        )

    def _population_sources(self, parameters, context, zones):
        """(kind, value) for each date: ("number", float), ("field", name) or ("raster", layer)."""
        sources = []
        dates = (
            (self.POP_PAST, self.POP_FIELD_PAST, self.POP_RASTER_PAST, self.tr("past")),
            (self.POP_PRESENT, self.POP_FIELD_PRESENT, self.POP_RASTER_PRESENT, self.tr("present")),
        )
        for number_key, field_key, raster_key, date in dates:
            given = []
            if parameters.get(number_key) not in (None, ""):
                given.append(("number", self.parameterAsDouble(parameters, number_key, context)))
            field = self.parameterAsString(parameters, field_key, context)
            if field:
                given.append(("field", field))
            raster = self.parameterAsRasterLayer(parameters, raster_key, context)
            if raster is not None:
                given.append(("raster", raster))
            if len(given) != 1:
                raise QgsProcessingException(
                    self.tr(
                        "Give the population at the {} date in one way: a number, a field of the zones or a raster."
                    ).format(date)
                )
            kind, value = given[0]
            if kind == "number" and zones is not None:
                raise QgsProcessingException(
                    self.tr(
                        "With zones, give the population at the {} date as a field of the zones or as a raster; a single number only works for the whole city without zones."
                    ).format(date)
                )
            if kind == "number" and not value > 0:
                raise QgsProcessingException(
                    self.tr("The population at the {} date must be above 0.").format(date)
                )
            if kind == "field":
                if zones is None:
                    raise QgsProcessingException(
                        self.tr("A population field needs the zones layer it belongs to.")
                    )
                check_numeric(zones, value)
            if kind == "raster":
                raster_path(value, value.name())
            sources.append((kind, value))
        return sources

    # ------------------------------------------------------------ built-up area

    def _metric_crs(self, zones, built_layers, context, feedback) -> QgsCoordinateReferenceSystem:
        """The projected CRS polygon areas are measured in (the zones', else the first polygon layer's)."""
        vectors = [layer for layer in built_layers if isinstance(layer, QgsVectorLayer)]
        if zones is not None:
            return working_crs(zones, context, feedback, vectors)
        if not vectors:
            return QgsCoordinateReferenceSystem()
        return working_crs(vectors[0], context, feedback, vectors[1:])

    def _polygon_built(self, layer, zone_geometries, crs, context, feedback) -> np.ndarray:
        """Built-up area (m²) of a polygon layer inside each zone (or in total), overlaps counted once."""
        factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters) ** 2
        transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
        pieces, index = {}, QgsSpatialIndex()
        invalid = 0
        for feature in layer.getFeatures():
            if feedback.isCanceled():
                raise Cancelled()
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                continue
            geometry = QgsGeometry(geometry)
            geometry.transform(transform)
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
                invalid += 1
            pieces[feature.id()] = geometry
            index.addFeature(feature.id(), geometry.boundingBox())
        if invalid:
            feedback.pushWarning(
                self.tr("{0} invalid polygons of {1} were repaired before measuring areas.").format(
                    invalid, layer.name()
                )
            )
        if zone_geometries is None:
            return np.array([QgsGeometry.unaryUnion(list(pieces.values())).area() * factor])
        areas = np.zeros(len(zone_geometries))
        for i, zone in enumerate(zone_geometries):
            if zone is None:
                continue
            parts = []
            for fid in index.intersects(zone.boundingBox()):
                part = zone.intersection(pieces[fid])
                if not part.isEmpty():
                    parts.append(part)
            if parts:
                areas[i] = QgsGeometry.unaryUnion(parts).area() * factor
        return areas

    def _pixel_areas(self, dataset, crs, context) -> np.ndarray:
        """Area in m² of the pixels of each row (ellipsoidal for geographic rasters)."""
        t = dataset.transform
        if not crs.isGeographic():
            factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters) ** 2
            return np.full(dataset.height, abs(t.a * t.e - t.b * t.d) * factor)
        measure = QgsDistanceArea()
        measure.setSourceCrs(crs, context.transformContext())
        measure.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
        areas = np.empty(dataset.height)
        for row in range(dataset.height):
            corners = [t * (0, row), t * (1, row), t * (1, row + 1), t * (0, row + 1)]
            ring = [QgsPointXY(x, y) for x, y in corners]
            areas[row] = measure.measureArea(QgsGeometry.fromPolygonXY([ring + ring[:1]]))
        return areas

    def _raster_built(self, layer, mode, value, zone_geometries, context, feedback, progress) -> np.ndarray:
        """Built-up area (m²) of a raster inside each zone (or in total) for the chosen reading mode."""
        import rasterio
        from rasterio.windows import Window

        from ...core.zonal import zonal_statistics

        path = raster_path(layer, layer.name())
        if mode == SURFACE:
            area_raster = path
            if zone_geometries is None:
                from ...core.zonal import raster_sum

                return np.array([raster_sum(path, progress=progress)])
        else:
            area_raster = None
            total = 0.0
            with rasterio.open(path) as dataset:
                nodata = dataset.nodatavals[0]
                row_area = self._pixel_areas(dataset, layer.crs(), context)
                profile = dict(
                    driver="GTiff",
                    width=dataset.width,
                    height=dataset.height,
                    count=1,
                    dtype="float32",
                    crs=dataset.crs,
                    transform=dataset.transform,
                    tiled=True,
                    compress="lzw",
                    BIGTIFF="IF_SAFER",
                )
                strip = max(1, 2_000_000 // dataset.width)
                target = None
                if zone_geometries is not None:
                    area_raster = str(Path(QgsProcessingUtils.generateTempFilename("built_area.tif")))
                    target = rasterio.open(area_raster, "w", **profile)
                try:
                    for top in range(0, dataset.height, strip):
                        height = min(strip, dataset.height - top)
                        data = dataset.read(1, window=Window(0, top, dataset.width, height))
                        built = data > 0 if mode == ABOVE_ZERO else data == value
                        if nodata is not None and not math.isnan(nodata):
                            built &= data != nodata
                        area = built * row_area[top : top + height, None]
                        total += float(area.sum())
                        if target is not None:
                            target.write(
                                area.astype("float32"), 1, window=Window(0, top, dataset.width, height)
                            )
                        report(progress, 0.5 * (top + height) / dataset.height)
                finally:
                    if target is not None:
                        target.close()
            if zone_geometries is None:
                return np.array([total])
        transform = QgsCoordinateTransform(self._zones_crs, layer.crs(), context.transformContext())
        geometries = [zonal_geometry(g, transform) for g in zone_geometries]
        result = zonal_statistics(area_raster, geometries, ("sum",), progress=scaled(progress, 0.5, 1.0))
        self._report_outside(result, layer.name(), feedback)
        return np.nan_to_num(result.table["sum"].to_numpy())

    def _report_outside(self, result, name, feedback) -> None:
        """Warn about zones the raster does not (fully) cover."""
        outside = result.zones_outside + result.zones_partly_outside
        if outside:
            feedback.pushWarning(
                self.tr("{0} zones are outside or partly outside the raster {1}: {2}").format(
                    len(outside), name, first_ids([self._zone_ids[i] for i in sorted(outside)])
                )
            )

    def _population(self, kind, value, zone_geometries, zone_features, context, feedback, progress):
        """Population per zone (or the city total) from a number, a field or a raster."""
        if kind == "number":
            return np.array([value])
        if kind == "field":
            values, bad = to_float([clean(f[value]) for f in zone_features])
            if bad:
                feedback.pushWarning(
                    self.tr("{0} zones have no population in field {1} (NULL or not a number).").format(
                        bad, value
                    )
                )
            return values
        path = raster_path(value, value.name())
        if zone_geometries is None:
            from ...core.zonal import raster_sum

            return np.array([raster_sum(path, progress=progress)])
        from ...core.zonal import zonal_statistics

        transform = QgsCoordinateTransform(self._zones_crs, value.crs(), context.transformContext())
        result = zonal_statistics(
            path, [zonal_geometry(g, transform) for g in zone_geometries], ("sum",), progress=progress
        )
        self._report_outside(result, value.name(), feedback)
        return np.nan_to_num(result.table["sum"].to_numpy())

    # ------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):
        built_layers = [
            self._built_layer(parameters, k, context) for k in (self.BUILT_PAST, self.BUILT_PRESENT)
        ]
        mode = self.parameterAsEnum(parameters, self.BUILT_MODE, context)
        built_value = self.parameterAsDouble(parameters, self.BUILT_VALUE, context)
        year_past = self.parameterAsDouble(parameters, self.YEAR_PAST, context)
        year_present = self.parameterAsDouble(parameters, self.YEAR_PRESENT, context)
        if not year_present > year_past:
            raise QgsProcessingException(
                localized(self.tr("The present year ({0}) must come after the past year ({1}).")).format(
                    int(year_present) if year_present.is_integer() else year_present,
                    int(year_past) if year_past.is_integer() else year_past,
                )
            )
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        id_field = self.parameterAsString(parameters, self.ZONE_ID, context) if zones is not None else ""
        populations = self._population_sources(parameters, context, zones)
        rasters = [layer for layer in built_layers if isinstance(layer, QgsRasterLayer)]
        rasters += [value for kind, value in populations if kind == "raster"]
        if rasters:
            require("rasterio")
        lcr_form = LOGARITHMIC if self.parameterAsEnum(parameters, self.LCR_FORM, context) == 1 else LINEAR
        near_zero = self.parameterAsDouble(parameters, self.NEAR_ZERO, context)

        try:
            metric = self._metric_crs(zones, built_layers, context, feedback)
        except Cancelled:
            return {}
        zone_features, zone_geometries, zone_metric = None, None, None
        self._zone_ids = ["city"]
        if zones is not None:
            self._zones_crs = zones.sourceCrs()
            zone_features = list(zones.getFeatures())
            if not zone_features:
                raise QgsProcessingException(self.tr("The zones layer has no features."))
            zone_geometries = [f.geometry() for f in zone_features]
            self._zone_ids = [clean(f[id_field]) if id_field else f.id() for f in zone_features]
            if any(z is None for z in self._zone_ids):
                raise QgsProcessingException(self.tr("Some zones have no id in field {}.").format(id_field))
            if len(set(map(str, self._zone_ids))) != len(self._zone_ids):
                raise QgsProcessingException(
                    self.tr("The zone ids in field {} are not unique.").format(id_field)
                )
            to_metric = QgsCoordinateTransform(zones.sourceCrs(), metric, context.transformContext())
            zone_metric = []
            for geometry in zone_geometries:
                if geometry is None or geometry.isNull() or geometry.isEmpty():
                    zone_metric.append(None)
                    continue
                geometry = QgsGeometry(geometry)
                geometry.transform(to_metric)
                zone_metric.append(geometry if geometry.isGeosValid() else geometry.makeValid())
            empty = sum(g is None for g in zone_metric)
            if empty:
                feedback.pushWarning(
                    self.tr("{} zones have no geometry: their built-up area is 0.").format(empty)
                )

        try:
            built = []
            for step, layer in enumerate(built_layers):
                progress = self.progress_callback(feedback, 35 * step, 35 * (step + 1))
                if isinstance(layer, QgsRasterLayer):
                    built.append(
                        self._raster_built(
                            layer, mode, built_value, zone_geometries, context, feedback, progress
                        )
                    )
                else:
                    built.append(self._polygon_built(layer, zone_metric, metric, context, feedback))
            pops = []
            for step, (kind, value) in enumerate(populations):
                progress = self.progress_callback(feedback, 70 + 12 * step, 82 + 12 * step)
                pops.append(
                    self._population(kind, value, zone_geometries, zone_features, context, feedback, progress)
                )
        except Cancelled:
            return {}

        result = sdg_1131(
            built[0],
            built[1],
            pops[0],
            pops[1],
            year_present - year_past,
            zones=[str(z) for z in self._zone_ids],
            lcr_form=lcr_form,
            pgr_threshold=near_zero,
        )
        table = result.table
        if zones is None:
            table = table.iloc[[-1]]
        self._warn(result, feedback)

        fields = table_fields(
            [
                ("zone", QVariant.String),
                ("year_past", QVariant.Double),
                ("year_present", QVariant.Double),
                ("built_past_km2", QVariant.Double),
                ("built_present_km2", QVariant.Double),
                ("pop_past", QVariant.Double),
                ("pop_present", QVariant.Double),
                ("lcr", QVariant.Double),
                ("pgr", QVariant.Double),
                ("lcrpgr", QVariant.Double),
                ("built_m2_per_person_past", QVariant.Double),
                ("built_m2_per_person_present", QVariant.Double),
                ("pgr_near_zero", QVariant.Int),
                ("negative_pgr", QVariant.Int),
            ]
        )
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for row in table.itertuples(index=False):
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    str(row.zone),
                    year_past,
                    year_present,
                    nan_to_null(row.built_past / 1e6),
                    nan_to_null(row.built_present / 1e6),
                    nan_to_null(row.pop_past),
                    nan_to_null(row.pop_present),
                    nan_to_null(row.lcr),
                    nan_to_null(row.pgr),
                    nan_to_null(row.lcrpgr),
                    nan_to_null(row.built_per_capita_past),
                    nan_to_null(row.built_per_capita_present),
                    int(row.pgr_near_zero),
                    int(row.negative_growth),
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        city = result.table.iloc[-1]
        feedback.pushInfo(
            localized(
                self.tr(
                    "Whole city: LCR {0:.5f} per year, PGR {1:.5f} per year, LCRPGR {2:.3f}; built-up area per person {3:.1f} m² → {4:.1f} m²."
                )
            ).format(
                city.lcr, city.pgr, city.lcrpgr, city.built_per_capita_past, city.built_per_capita_present
            )
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    def _warn(self, result, feedback) -> None:
        """Warnings for near-zero and negative growth and for zones where the rates cannot be computed."""
        city = result.table.iloc[-1]
        if city.pgr_near_zero:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "The city's population barely changed (PGR {:.5f} per year): LCRPGR is unstable, read LCR and PGR separately."
                    )
                ).format(city.pgr)
            )
        if city.negative_growth:
            feedback.pushWarning(
                localized(
                    self.tr(
                        "The city's population fell (PGR {:.5f} per year): LCRPGR is negative even if built-up area grew."
                    )
                ).format(city.pgr)
            )
        zones = [z for z in result.near_zero_zones if z != "city"]
        if zones:
            feedback.pushWarning(
                self.tr("{0} zones with population growth near zero (LCRPGR unstable): {1}").format(
                    len(zones), first_ids(zones)
                )
            )
        zones = [z for z in result.negative_growth_zones if z != "city"]
        if zones:
            feedback.pushWarning(
                self.tr("{0} zones lost population (negative PGR, the ratio's sign flips): {1}").format(
                    len(zones), first_ids(zones)
                )
            )
        zones = result.invalid_zones
        if zones:
            feedback.pushWarning(
                self.tr(
                    "{0} zones have no built-up area at the past date or no population at a date; their rates are NULL: {1}"
                ).format(len(zones), first_ids(zones))
            )
