"""`make demo`: Conecta's pipeline on the bundled sample city, headless, through qgis_process.

Writes GeoPackage layers and a short summary (printed and saved as out/summary.md) into ``--out``.
Each step is also printed as the equivalent qgis_process command, so it can be repeated by hand.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from osgeo import ogr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgisprocess import QgisProcess  # noqa: E402


def layer_stats(path: Path, layer: str | None = None) -> ogr.Layer:
    data = ogr.Open(str(path))
    return data, (data.GetLayerByName(layer) if layer else data.GetLayer(0))


def count(path: Path) -> int:
    _, layer = layer_stats(path)
    return layer.GetFeatureCount()


def field_sum(path: Path, field: str) -> float:
    data, layer = layer_stats(path)
    return sum((feature.GetField(field) or 0) for feature in layer)


class Demo:
    """Runs the steps and collects the summary lines."""

    def __init__(self, out: Path, qgis_process: str | None):
        self.out = out
        self.out.mkdir(parents=True, exist_ok=True)
        self.q = QgisProcess(qgis_process)
        self.lines: list[str] = ["# Conecta demo — Porto Alegre sample city", ""]
        self.commands: list[str] = []

    def step(self, title: str, algorithm: str, **parameters) -> dict:
        command = self.q.command_line(algorithm, **parameters)
        print(f"\n== {title}\n$ {command}", flush=True)
        started = time.perf_counter()
        result = self.q.run(algorithm, **parameters)
        seconds = time.perf_counter() - started
        print(f"   done in {seconds:.1f} s", flush=True)
        self.commands.append(f"# {title} ({seconds:.1f} s)\n{command}")
        return result["results"]

    def say(self, text: str) -> None:
        self.lines.append(text)

    def finish(self) -> None:
        self.lines += ["", "## Commands", "", "```sh", *self.commands, "```", ""]
        text = "\n".join(self.lines)
        (self.out / "summary.md").write_text(text, encoding="utf-8")
        print("\n" + text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("out"))
    parser.add_argument("--qgis-process", default=None)
    args = parser.parse_args(argv)
    demo = Demo(args.out.resolve(), args.qgis_process)
    out = demo.out

    sample = demo.step(
        "Sample city layers",
        "conecta:loadsamplecity",
        NETWORK=out / "network.gpkg",
        ZONES=out / "zones.gpkg",
        STOPS=out / "stops.gpkg",
    )
    demo.say(
        "- Street network: {:,} lines; zones: {:,} hexagons with {:,.0f} inhabitants and {:,.0f} jobs; "
        "public-transport stops: {:,}".format(
            count(Path(sample["NETWORK"])),
            count(Path(sample["ZONES"])),
            field_sum(Path(sample["ZONES"]), "population"),
            field_sum(Path(sample["ZONES"]), "jobs"),
            count(Path(sample["STOPS"])),
        )
    )
    demo.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
