"""conecta:loadsamplecity — the bundled Porto Alegre sample city (network, zones, stops)."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsVectorLayer,
)

from ..bridge.algorithm import PLUGIN_DIR, ConectaAlgorithm
from ..bridge.features import FeatureProgress
from ..bridge.styles import on_load, qml

SAMPLE_GPKG = PLUGIN_DIR / "resources" / "sample" / "porto_alegre.gpkg"
STYLES_DIR = PLUGIN_DIR / "resources" / "styles"
ATTRIBUTION_FILE = PLUGIN_DIR / "resources" / "sample" / "ATTRIBUTION"


class LoadSampleCity(ConectaAlgorithm):
    """Copies the sample city's layers to outputs (temporary layers or files), styled."""

    ALG_NAME = "loadsamplecity"
    GROUP_ID = "sample"
    NETWORK = "NETWORK"
    ZONES = "ZONES"
    STOPS = "STOPS"

    def displayName(self) -> str:
        return self.tr("Load sample city (Porto Alegre)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Loads Conecta's sample city, Porto Alegre (Brazil), for training sessions and to try every "
            "algorithm: the OpenStreetMap street network with highway class, one-way and speed limit; "
            "1,227 H3 hexagon zones with population, jobs, schools and health care; and the stops of the "
            "bus (EPTC) and urban rail (Trensurb) GTFS feeds with their mode. All layers are in "
            "SIRGAS 2000 / UTM zone 22S (EPSG:31982).\n\n"
            "Contains OpenStreetMap data © OpenStreetMap contributors (ODbL). Grid, population and "
            "opportunity data from the r5r package (IPEA, MIT licence). GTFS by EPTC and Trensurb."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.NETWORK, self.tr("Street network"), QgsProcessing.TypeVectorLine
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ZONES, self.tr("Zones (hexagons)"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.STOPS, self.tr("Public transport stops"), QgsProcessing.TypeVectorPoint
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        if not SAMPLE_GPKG.exists():
            raise QgsProcessingException(
                self.tr("The sample city is missing from the plugin folder: {}").format(str(SAMPLE_GPKG))
            )
        layers = (
            (self.NETWORK, "network", self.tr("Street network")),
            (self.ZONES, "zones", self.tr("Zones")),
            (self.STOPS, "stops", self.tr("Public transport stops")),
        )
        results = {}
        for step, (key, table, title) in enumerate(layers):
            source = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={table}", table, "ogr")
            if not source.isValid():
                raise QgsProcessingException(
                    self.tr("Cannot read layer {} of the sample city.").format(table)
                )
            sink, dest_id = self.parameterAsSink(
                parameters, key, context, source.fields(), source.wkbType(), source.crs()
            )
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, key))
            share = 100.0 / len(layers)
            progress = FeatureProgress(feedback, source, step * share, (step + 1) * share, every=2000)
            written = 0
            for feature in source.getFeatures():
                if not progress(written):
                    return {}
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
                written += 1
            results[key] = dest_id
            style = qml(str(STYLES_DIR / f"sample_{table}.qml"))
            if table == "stops":
                style = self.stops_style(style)
            on_load(context, dest_id, style, title)
            feedback.pushInfo(self.tr("{}: {} features").format(title, written))
        feedback.pushInfo(ATTRIBUTION_FILE.read_text(encoding="utf-8").strip())
        return results

    def mode_labels(self) -> dict:
        """Translated legend labels of the stops' modes."""
        return {
            "bus": self.tr("Bus"),
            "brt": self.tr("BRT"),
            "rail": self.tr("Rail"),
            "metro": self.tr("Metro"),
            "tram": self.tr("Tram"),
            "ferry": self.tr("Ferry"),
        }

    def stops_style(self, base_style):
        """The stops' style with a legend of only the modes that occur, labelled in the user's language."""
        labels = self.mode_labels()

        def style(layer) -> None:
            base_style(layer)
            if not isinstance(layer.renderer(), QgsCategorizedSymbolRenderer):
                return
            renderer = layer.renderer().clone()
            index = layer.fields().lookupField(renderer.classAttribute())
            present = {str(value) for value in layer.uniqueValues(index)} if index >= 0 else set()
            for position in reversed(range(len(renderer.categories()))):
                value = str(renderer.categories()[position].value())
                if value not in present:
                    renderer.deleteCategory(position)
                else:
                    renderer.updateCategoryLabel(position, labels.get(value, value))
            layer.setRenderer(renderer)  # a new renderer: the legend of the layer tree follows

        return style
