"""conecta:sdg1131 — SDG 11.3.1, ratio of land consumption rate to population growth rate, per zone and
for the whole city, from built-up area (rasters or polygons) and population (numbers, fields or rasters)
at two dates. The raster pass and the indicator are core.indicators.sdg1131's; polygon areas are
measured here with QGIS's geometry engine."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsSpatialIndex,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.indicators import sdg1131 as core
from ...core.zonal import zone_sums
from ...translation import localized
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.crs import check_crs, working_crs
from ..bridge.deps import require
from ..bridge.features import GeometryLog
from ..bridge.messages import push_count, show_ids
from ..bridge.polygons import read_polygons
from ..bridge.raster import pixel_row_areas, raster_file, raster_path, zone_rings
from ..bridge.readers import has_no_features, read_zones
from ..bridge.writers import write_table

BUILT_MODES = (core.ABOVE_ZERO, core.EQUAL_TO, core.SURFACE)
OUTPUT_TYPES = {
    "zone": QVariant.String,
    **{
        name: QVariant.Double
        for name in (
            "year_past",
            "year_present",
            "built_past_km2",
            "built_present_km2",
            "pop_past",
            "pop_present",
            "lcr",
            "pgr",
            "lcrpgr",
            "built_m2_per_person_past",
            "built_m2_per_person_present",
        )
    },  # fmt: skip
    "pgr_near_zero": QVariant.Int,
    "negative_pgr": QVariant.Int,
}
"""The output table's fields and types."""


@dataclass
class ZoneSet:
    """The zones read once: the layer (``zones``), their labels, their polygons in the metric CRS, and
    their polygons in each raster's CRS (by CRS id, made when first needed)."""

    zones: object
    labels: list
    metric: list
    rings: dict


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
        for key, label in (
            (self.BUILT_PAST, self.tr("Built-up area, past date (raster or polygons)")),
            (self.BUILT_PRESENT, self.tr("Built-up area, present date (raster or polygons)")),
        ):
            self.add(QgsProcessingParameterMapLayer(key, label, types=kinds))
        modes = [
            self.tr("Pixels with a value above 0 are built-up"),
            self.tr("Pixels equal to the built-up value are built-up"),
            self.tr("Pixel values are the built-up surface in m² (GHS-BUILT-S)"),
        ]
        self.add_choice(
            self.BUILT_MODE, self.tr("Built-up rasters"), modes,
            help_text=self.tr("How built-up area is read from rasters (ignored for polygon layers)."),
        )  # fmt: skip
        self.add_number(self.BUILT_VALUE, self.tr("Built-up value"), 1.0)
        self.add_number(self.YEAR_PAST, self.tr("Year of the past date"), 2000.0, minimum=1800.0)
        self.add_number(self.YEAR_PRESENT, self.tr("Year of the present date"), 2020.0, minimum=1800.0)
        self.add_layer(
            self.ZONES, self.tr("Zones (optional)"), [QgsProcessing.TypeVectorPolygon], optional=True
        )
        self.add_field(self.ZONE_ID, self.tr("Zone id field"), self.ZONES, optional=True)
        for key, label in (
            (self.POP_PAST, self.tr("Population at the past date (whole city)")),
            (self.POP_PRESENT, self.tr("Population at the present date (whole city)")),
        ):
            self.add_number(key, label, None, minimum=0.0, optional=True)
        for key, label in (
            (self.POP_FIELD_PAST, self.tr("Population field of the zones, past date")),
            (self.POP_FIELD_PRESENT, self.tr("Population field of the zones, present date")),
        ):
            self.add_field(key, label, self.ZONES, numeric=True, optional=True)
        for key, label in (
            (self.POP_RASTER_PAST, self.tr("Population raster, past date")),
            (self.POP_RASTER_PRESENT, self.tr("Population raster, present date")),
        ):
            self.add(QgsProcessingParameterRasterLayer(key, label, optional=True))
        self.add_choice(
            self.LCR_FORM, self.tr("Land consumption rate formula"),
            [self.tr("Linear (SDG metadata 2021)"), self.tr("Logarithmic (legacy, before 2021)")], advanced=True,
        )  # fmt: skip
        self.add_number(
            self.NEAR_ZERO, self.tr("Population growth rate considered near zero (per year)"), 0.001,
            minimum=0.0, advanced=True,
            help_text=self.tr("A warning is given where |PGR| is below this value: 0.001 is 0.1 % a year."),
        )  # fmt: skip
        self.add_sink(self.OUTPUT, self.tr("SDG 11.3.1"), QgsProcessing.TypeVector)

    def input_messages(self) -> dict:
        return {
            "no_built_past": self.tr(
                "No built-up area was found at the past date: check the built-up layer (features without "
                "geometry add no area; with a raster, check how its pixels are read and the built-up value)."
            ),
            "no_built_present": self.tr(
                "No built-up area was found at the present date: check the built-up layer (features without "
                "geometry add no area; with a raster, check how its pixels are read and the built-up value)."
            ),
        }

    # ------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        built_layers = [
            self._built_layer(parameters, k, context) for k in (self.BUILT_PAST, self.BUILT_PRESENT)
        ]
        year_past = self.parameterAsDouble(parameters, self.YEAR_PAST, context)
        year_present = self.parameterAsDouble(parameters, self.YEAR_PRESENT, context)
        if not year_present > year_past:
            raise QgsProcessingException(
                localized(self.tr("The present year ({0}) must come after the past year ({1}).")).format(
                    int(year_present) if year_present.is_integer() else year_present,
                    int(year_past) if year_past.is_integer() else year_past,
                )
            )
        zones_source = self.parameterAsSource(parameters, self.ZONES, context)
        check_crs(zones_source)
        populations = self._population_sources(parameters, context, zones_source)
        if any(isinstance(layer, QgsRasterLayer) for layer in built_layers) or any(
            kind == "raster" for kind, _ in populations
        ):
            require("rasterio")
        metric = self._metric_crs(zones_source, built_layers, context, feedback)
        fields = [value for kind, value in populations if kind == "field"]
        zones = (
            self._zones(parameters, context, feedback, metric, fields) if zones_source is not None else None
        )
        built = []
        for step, layer in enumerate(built_layers):
            progress = self.progress_callback(feedback, 35 * step, 35 * (step + 1))
            built.append(self._built(layer, parameters, zones, metric, context, feedback, progress))
        pops = []
        for step, (kind, value) in enumerate(populations):
            progress = self.progress_callback(feedback, 70 + 12 * step, 82 + 12 * step)
            pops.append(self._population(kind, value, zones, context, feedback, progress))
        core.check_city_built_up(*built)
        result = core.sdg_1131(
            *built, *pops, year_present - year_past,
            zones=[str(z) for z in zones.labels] if zones is not None else None,
            lcr_form=(core.LINEAR, core.LOGARITHMIC)[self.parameterAsEnum(parameters, self.LCR_FORM, context)],
            pgr_threshold=self.parameterAsDouble(parameters, self.NEAR_ZERO, context),
        )  # fmt: skip
        self._warn(result, feedback)
        table = result.table if zones is not None else result.table.iloc[[-1]]
        dest = write_table(
            self, parameters, self.OUTPUT, context, feedback, self._output(table, year_past, year_present),
            OUTPUT_TYPES,
        )  # fmt: skip
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
        return {self.OUTPUT: dest}

    # ------------------------------------------------------------ inputs

    def _built_layer(self, parameters, key, context):
        """The built-up layer of ``key``: a file raster or a polygon vector layer, with a CRS."""
        layer = self.parameterAsLayer(parameters, key, context)
        if isinstance(layer, QgsRasterLayer):
            raster_file(layer)
            return layer
        if isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            if has_no_features(layer, context):
                raise QgsProcessingException(
                    self.tr("The built-up layer {} has no features.").format(layer.name())
                )
            check_crs(layer)
            return layer
        raise QgsProcessingException(
            self.tr("The built-up area must be a raster or a polygon layer: {} is neither.").format(
                layer.name() if layer is not None else str(parameters.get(key))
            )
        )

    def _population_source(self, parameters, context, keys, date: str, zones) -> tuple:
        """("number", float), ("field", name) or ("raster", layer) for one date, checked."""
        number_key, field_key, raster_key = keys
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
        if kind == "field" and zones is None:
            raise QgsProcessingException(self.tr("A population field needs the zones layer it belongs to."))
        if kind == "raster":
            raster_file(value)
        return kind, value

    def _population_sources(self, parameters, context, zones) -> list:
        """The population at the past and present dates, each given one way."""
        return [
            self._population_source(
                parameters, context, (self.POP_PAST, self.POP_FIELD_PAST, self.POP_RASTER_PAST), self.tr("past"),
                zones,
            ),
            self._population_source(
                parameters, context, (self.POP_PRESENT, self.POP_FIELD_PRESENT, self.POP_RASTER_PRESENT),
                self.tr("present"), zones,
            ),
        ]  # fmt: skip

    def _metric_crs(self, zones, built_layers, context, feedback) -> QgsCoordinateReferenceSystem:
        """The projected CRS polygon areas are measured in (the zones', else the first polygon layer's)."""
        vectors = [layer for layer in built_layers if isinstance(layer, QgsVectorLayer)]
        if zones is not None:
            return working_crs(zones, context, feedback, vectors)
        if not vectors:
            return QgsCoordinateReferenceSystem()
        return working_crs(vectors[0], context, feedback, vectors[1:])

    def _zones(self, parameters, context, feedback, metric, fields) -> ZoneSet:
        """The zones with their ids and population fields, and their polygons in the metric CRS."""
        id_key = self.ZONE_ID if self.parameterAsString(parameters, self.ZONE_ID, context) else None
        zones = read_zones(self, parameters, context, feedback, self.ZONES, id_key, fields)
        if any(identifier is None for identifier in zones.ids):
            raise QgsProcessingException(self.tr("Some zones have no id in field {}.").format(zones.id_field))
        transform = QgsCoordinateTransform(zones.source.sourceCrs(), metric, context.transformContext())
        log = GeometryLog(zones.name)
        polygons = []
        for feature in zones.features:
            geometry = QgsGeometry(feature.geometry())
            try:
                geometry.transform(transform)
            except QgsCsException:
                geometry = QgsGeometry()
            if geometry.isNull() or geometry.isEmpty():
                polygons.append(None)
                continue
            if not geometry.isGeosValid():
                log.repaired.append(feature.id())
                geometry = geometry.makeValid()
            polygons.append(geometry)
        log.report(feedback)
        missing = sum(g is None for g in polygons)
        push_count(feedback, missing, self.tr("{} zones have no geometry: their built-up area is 0."))
        return ZoneSet(zones, list(zones.ids), polygons, {})

    def _rings(self, zones: ZoneSet | None, crs, context):
        """The zones in ``crs`` as core.zonal takes them (None without zones)."""
        if zones is None:
            return None
        key = crs.toWkt()
        if key not in zones.rings:
            zones.rings[key] = zone_rings(zones.zones, crs, context)
        return zones.rings[key]

    # ------------------------------------------------------------ built-up area and population

    def _built(self, layer, parameters, zones, metric, context, feedback, progress) -> np.ndarray:
        """Built-up area (m²) of a layer inside each zone (or in total)."""
        if isinstance(layer, QgsVectorLayer):
            return self._polygon_built(layer, zones, metric, context, feedback)
        mode = BUILT_MODES[self.parameterAsEnum(parameters, self.BUILT_MODE, context)]
        path = raster_path(layer)
        row_area = None if mode == core.SURFACE else pixel_row_areas(path, layer.crs(), context)
        result = core.raster_built_up(
            path, mode, self.parameterAsDouble(parameters, self.BUILT_VALUE, context), row_area,
            self._rings(zones, layer.crs(), context), QgsProcessingUtils.tempFolder(), progress,
        )  # fmt: skip
        self._report_outside(result.zonal, zones, layer.name(), feedback)
        return result.area

    def _polygon_built(self, layer, zones, crs, context, feedback) -> np.ndarray:
        """Built-up area (m²) of a polygon layer inside each zone (or in total), overlaps counted once."""
        factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters) ** 2
        read = read_polygons(layer, crs, context, feedback)
        push_count(
            feedback,
            read.no_geometry + read.not_polygon,
            self.tr("{0} features of {1} have no polygon geometry: they add no built-up area."),
            layer.name(),
        )
        if zones is None:
            merged = QgsGeometry.unaryUnion(read.geometries) if read.geometries else None
            return np.array([merged.area() * factor if merged is not None else 0.0])
        index = QgsSpatialIndex()
        for i, geometry in enumerate(read.geometries):
            index.addFeature(i, geometry.boundingBox())
        areas = np.zeros(len(zones.metric))
        for i, zone in enumerate(zones.metric):
            if zone is None:
                continue
            parts = [zone.intersection(read.geometries[k]) for k in index.intersects(zone.boundingBox())]
            parts = [part for part in parts if not part.isEmpty()]
            if parts:
                areas[i] = QgsGeometry.unaryUnion(parts).area() * factor
        return areas

    def _population(self, kind, value, zones, context, feedback, progress) -> np.ndarray:
        """Population per zone (or the city total) from a number, a field or a raster."""
        if kind == "number":
            return np.array([value])
        if kind == "field":
            values = zones.zones.frame[value].to_numpy(dtype=float)
            missing = int(np.isnan(values).sum())
            push_count(
                feedback,
                missing,
                self.tr("{0} zones have no population in field {1} (NULL or not a number)."),
                value,
            )
            return values
        sums, zonal = zone_sums(raster_path(value), self._rings(zones, value.crs(), context), progress)
        self._report_outside(zonal, zones, value.name(), feedback)
        return sums

    def _report_outside(self, result, zones, name, feedback) -> None:
        """Warn about zones the raster does not (fully) cover."""
        if result is None:
            return
        outside = result.zones_outside + result.zones_partly_outside
        if outside:
            feedback.pushWarning(
                self.tr("{0} zones are outside or partly outside the raster {1}: {2}").format(
                    len(outside), name, show_ids([zones.labels[i] for i in sorted(outside)], 10)
                )
            )

    # ------------------------------------------------------------ output

    @staticmethod
    def _output(table: pd.DataFrame, year_past: float, year_present: float) -> pd.DataFrame:
        """The output table: areas in km², flags as 0/1."""
        return pd.DataFrame(
            {
                "zone": table["zone"].astype(str).to_numpy(),
                "year_past": year_past,
                "year_present": year_present,
                "built_past_km2": table["built_past"].to_numpy() / 1e6,
                "built_present_km2": table["built_present"].to_numpy() / 1e6,
                "pop_past": table["pop_past"].to_numpy(),
                "pop_present": table["pop_present"].to_numpy(),
                "lcr": table["lcr"].to_numpy(),
                "pgr": table["pgr"].to_numpy(),
                "lcrpgr": table["lcrpgr"].to_numpy(),
                "built_m2_per_person_past": table["built_per_capita_past"].to_numpy(),
                "built_m2_per_person_present": table["built_per_capita_present"].to_numpy(),
                "pgr_near_zero": table["pgr_near_zero"].astype(int).to_numpy(),
                "negative_pgr": table["negative_growth"].astype(int).to_numpy(),
            }
        )

    def _warn(self, result, feedback) -> None:
        """Warnings for near-zero and negative growth and for zones where the rates cannot be computed."""
        city = result.table.iloc[-1]
        for flagged, text in (
            (
                city.pgr_near_zero,
                self.tr(
                    "The city's population barely changed (PGR {:.5f} per year): LCRPGR is unstable, read LCR and PGR separately."
                ),
            ),
            (
                city.negative_growth,
                self.tr(
                    "The city's population fell (PGR {:.5f} per year): LCRPGR is negative even if built-up area grew."
                ),
            ),
        ):
            if flagged:
                feedback.pushWarning(localized(text).format(city.pgr))
        for zones, text in (
            (
                [z for z in result.near_zero_zones if z != "city"],
                self.tr("{0} zones with population growth near zero (LCRPGR unstable): {1}"),
            ),
            (
                [z for z in result.negative_growth_zones if z != "city"],
                self.tr("{0} zones lost population (negative PGR, the ratio's sign flips): {1}"),
            ),
            (
                result.invalid_zones,
                self.tr(
                    "{0} zones have no built-up area at the past date or no population at a date; their rates are NULL: {1}"
                ),
            ),
        ):
            push_count(feedback, len(zones), text, examples=zones, limit=10)
