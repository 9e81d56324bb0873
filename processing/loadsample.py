"""conecta:loadsamplecity — the bundled Porto Alegre sample city (network, zones, stops)."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterFeatureSink,
    QgsVectorLayer,
)

from .base import PLUGIN_DIR, ConectaAlgorithm

SAMPLE_GPKG = PLUGIN_DIR / "resources" / "sample" / "porto_alegre.gpkg"
STYLES_DIR = PLUGIN_DIR / "resources" / "styles"
ATTRIBUTION_FILE = PLUGIN_DIR / "resources" / "sample" / "ATTRIBUTION"


class StyleLayer(QgsProcessingLayerPostProcessorInterface):
    """Applies a bundled .qml style to an output layer once it is loaded in the project."""

    instances: list = []

    def __init__(self, qml: str, name: str) -> None:
        super().__init__()
        self.qml = qml
        self.name = name

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS API)
        if isinstance(layer, QgsVectorLayer):
            layer.loadNamedStyle(self.qml)
            layer.setName(self.name)
            layer.triggerRepaint()

    @classmethod
    def attach(cls, context: QgsProcessingContext, layer_id: str, qml: str, name: str) -> None:
        """Style ``layer_id`` with ``qml`` when Processing loads it into the project."""
        if not context.willLoadLayerOnCompletion(layer_id):
            return
        processor = cls(qml, name)
        cls.instances.append(processor)  # keep a Python reference alive until QGIS calls it
        context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(processor)


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
            total = max(source.featureCount(), 1)
            for i, feature in enumerate(source.getFeatures()):
                if feedback.isCanceled():
                    return {}
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
                if i % 2000 == 0:
                    feedback.setProgress(100.0 * (step + i / total) / len(layers))
            results[key] = dest_id
            StyleLayer.attach(context, dest_id, str(STYLES_DIR / f"sample_{table}.qml"), title)
            feedback.pushInfo(self.tr("{}: {} features").format(title, source.featureCount()))
        feedback.pushInfo(ATTRIBUTION_FILE.read_text(encoding="utf-8").strip())
        return results
