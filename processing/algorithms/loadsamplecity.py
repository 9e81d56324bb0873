"""conecta:loadsamplecity — the bundled Porto Alegre sample city (network, zones, stops), copied to the
outputs (temporary layers or files: all three complete, or none) and styled in the user's language."""

from __future__ import annotations

from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessing, QgsVectorLayer

from ..bridge.algorithm import PLUGIN_DIR, ConectaAlgorithm
from ..bridge.features import features
from ..bridge.styles import on_load, qml
from ..bridge.writers import Output

SAMPLE_GPKG = PLUGIN_DIR / "resources" / "sample" / "porto_alegre.gpkg"
STYLES_DIR = PLUGIN_DIR / "resources" / "styles"
ATTRIBUTION_FILE = PLUGIN_DIR / "resources" / "sample" / "ATTRIBUTION"


class Counted:
    """An iterator that counts what it hands out (``n``)."""

    def __init__(self, items) -> None:
        self.items = iter(items)
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self.items)
        self.n += 1
        return item


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
        self.add_sink(self.NETWORK, self.tr("Street network"), QgsProcessing.TypeVectorLine)
        self.add_sink(self.ZONES, self.tr("Zones (hexagons)"), QgsProcessing.TypeVectorPolygon)
        self.add_sink(self.STOPS, self.tr("Public transport stops"), QgsProcessing.TypeVectorPoint)

    def process(self, parameters, context, feedback):
        if not SAMPLE_GPKG.exists():
            self.fail(
                self.tr("The sample city is missing from the plugin folder: {}").format(str(SAMPLE_GPKG))
            )
        layers = (
            (self.NETWORK, "network", self.tr("Street network")),
            (self.ZONES, "zones", self.tr("Zones")),
            (self.STOPS, "stops", self.tr("Public transport stops")),
        )
        outputs, counts = [], []
        try:
            for step, (key, table, _title) in enumerate(layers):
                source = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={table}", table, "ogr")
                if not source.isValid():
                    self.fail(self.tr("Cannot read layer {} of the sample city.").format(table))
                output = Output(self, parameters, key, context)
                outputs.append(output)
                output.sink(source.fields(), source.wkbType(), source.crs())
                share = 100.0 / len(layers)
                read = features(source, context, feedback, progress=(step * share, (step + 1) * share))
                counted = Counted(read)
                output.add(counted, feedback)
                counts.append(counted.n)
        except BaseException:
            for output in outputs:
                output.discard()
            raise
        results = {}
        for (key, table, title), output, count in zip(layers, outputs, counts):
            results[key] = output.finish()
            style = qml(str(STYLES_DIR / f"sample_{table}.qml"))
            on_load(context, results[key], self.stops_style(style) if table == "stops" else style, title)
            feedback.pushInfo(self.tr("{}: {} features").format(title, count))
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
