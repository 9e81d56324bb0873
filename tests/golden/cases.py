"""Golden cases: every Conecta algorithm on the sample city (Porto Alegre), the Belo Horizonte data of IPEA's
accessibility package and rasters derived from Porto Alegre's elevation model, with fixed parameters.

Their outputs were recorded before the bridge redesign (tests/golden/expected) and must stay identical, field by
field, to 1e-9 (tests/test_golden.py). Inputs are built here, deterministically, from the shipped sample and
../shared/data; nothing is random.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

CENTRE_X, CENTRE_Y, HALF = 480500.0, 6675500.0, 1500.0
"""Central Porto Alegre (EPSG:31982): zones in a 3 km square, streets in a 6 km one (as the dock tests)."""


@dataclass
class Case:
    """One algorithm run: its id, a function of the inputs giving its parameters, and what to compare."""

    name: str
    algorithm: str
    parameters: Callable[[dict, Path], dict]
    outputs: tuple = ("OUTPUT",)
    numbers: tuple = ()
    files: dict = field(default_factory=dict)
    """Output parameter → kind of file written ("csv", "json")."""


BH_INEQUALITY = {
    "ACCESS_FIELD": "acc_jobs_30",
    "POPULATION": "population",
    "INCOME": "income_per_capita",
    "GROUP": "income_decile",
    "ID_FIELD": "id",
    "POVERTY_LINE": 50000,
}
"""conecta:accessinequality's settings of the accessibility package's inequality example on Belo Horizonte
(README.md, articles/inequality_and_poverty.md): jobs within 30 minutes, income deciles, poverty line 50,000."""


def build_inputs(folder: Path, sample_gpkg: Path, shared: Callable[..., Path]) -> dict:
    """The golden inputs as files in ``folder`` (paths by name)."""
    import processing
    from qgis.core import QgsRectangle

    folder.mkdir(parents=True, exist_ok=True)
    inputs = {"sample": str(sample_gpkg)}
    for name in ("network", "zones", "stops"):
        inputs[name] = f"{sample_gpkg}|layername={name}"

    def extract(layer: str, half: float, target: str) -> str:
        return processing.run(
            "native:extractbyextent",
            {
                "INPUT": f"{sample_gpkg}|layername={layer}",
                "EXTENT": QgsRectangle(CENTRE_X - half, CENTRE_Y - half, CENTRE_X + half, CENTRE_Y + half),
                "CLIP": False,
                "OUTPUT": str(folder / target),
            },
        )["OUTPUT"]

    inputs["small_zones"] = extract("zones", HALF, "small_zones.gpkg")
    inputs["small_network"] = extract("network", 2 * HALF, "small_network.gpkg")
    inputs["small_stops"] = extract("stops", HALF, "small_stops.gpkg")
    inputs["parks"] = processing.run(
        "native:extractbyexpression",
        {"INPUT": inputs["small_zones"], "EXPRESSION": '"fid" % 9 = 0', "OUTPUT": str(folder / "parks.gpkg")},
    )["OUTPUT"]
    feeds = Path(__file__).resolve().parents[2] / "resources" / "sample" / "gtfs"
    inputs["eptc"] = str(feeds / "poa_eptc.zip")
    inputs["trensurb"] = str(feeds / "poa_trensurb.zip")
    inputs["bh_zones"] = str(shared("belo_horizonte", "bho_hex_h3res9.geojson"))
    inputs["bh_matrix"] = str(shared("belo_horizonte", "travel_matrix.csv.gz"))
    elevation = shared("porto_alegre", "poa_elevation.tif")
    inputs["elevation"] = str(folder / "elevation.tif")
    shutil.copyfile(elevation, inputs["elevation"])
    inputs.update(built_rasters(Path(inputs["elevation"]), folder))
    inputs["od_table"] = str(folder / "od.csv")
    inputs["walk_matrix"] = str(folder / "walk_matrix.csv")
    inputs["car_matrix"] = str(folder / "car_matrix.csv")
    for mode, key in ((0, "walk_matrix"), (2, "car_matrix")):
        processing.run(
            "conecta:traveltimematrix",
            {
                "NETWORK": inputs["small_network"],
                "ORIGINS": inputs["small_zones"],
                "ORIGINS_ID": "id",
                "MODE": mode,
                "MAX_TIME": 45,
                "OUTPUT_FILE": inputs[key],
            },
        )
    write_od(Path(inputs["small_zones"]), Path(inputs["walk_matrix"]), Path(inputs["od_table"]))
    return inputs


def built_rasters(elevation: Path, folder: Path) -> dict:
    """Built-up rasters (past, present) and population rasters from the elevation model: low land is built."""
    import numpy as np
    import rasterio

    with rasterio.open(elevation) as source:
        height = source.read(1).astype("float32")
        profile = source.profile
    profile.update(dtype="float32", nodata=None, count=1)
    out = {}
    for key, values in (
        ("built_past", (height < 20).astype("float32")),
        ("built_present", (height < 40).astype("float32")),
        ("pop_past", np.where(height < 20, 50.0, 0.0).astype("float32")),
        ("pop_present", np.where(height < 40, 45.0, 0.0).astype("float32")),
    ):
        path = folder / f"{key}.tif"
        with rasterio.open(path, "w", **profile) as target:
            target.write(values, 1)
        out[key] = str(path)
    return out


def write_od(zones: Path, matrix: Path, target: Path) -> None:
    """An OD table for the small city: trips = 1,000 / (1 + minutes) between zones within 45 min on foot."""
    import pandas as pd

    frame = pd.read_csv(matrix, dtype={"from_id": str, "to_id": str})
    frame["trips"] = 1000.0 / (1.0 + frame["travel_time"])
    frame[["from_id", "to_id", "trips"]].to_csv(target, index=False)


def _zones(i, _t):
    return {"ZONES": i["small_zones"], "ZONES_ID": "id"}


def _access(measure: int, **extra):
    def parameters(i, t):
        return {
            "TRAVEL_MATRIX": i["bh_matrix"],
            "ZONES": i["bh_zones"],
            "ZONES_ID": "id",
            "OPPORTUNITIES": ["jobs", "schools"],
            "POPULATION": "population",
            "MEASURE": measure,
            "CUTOFF": "30,60",
            "OUTPUT": str(t / f"access_{measure}.gpkg"),
            **extra,
        }

    return parameters


CASES = [
    Case(
        "loadsamplecity",
        "conecta:loadsamplecity",
        lambda i, t: {"NETWORK": str(t / "n.gpkg"), "ZONES": str(t / "z.gpkg"), "STOPS": str(t / "s.gpkg")},
        outputs=("ZONES", "STOPS"),
    ),
    *[
        Case(
            f"traveltimematrix_{name}",
            "conecta:traveltimematrix",
            lambda i, t, mode=mode: {
                "NETWORK": i["small_network"],
                "ORIGINS": i["small_zones"],
                "ORIGINS_ID": "id",
                "MODE": mode,
                "MAX_TIME": 30,
                "OUTPUT_FILE": str(t / "matrix.csv"),
            },
            outputs=(),
            numbers=("PAIRS", "UNSNAPPED"),
            files={"OUTPUT_FILE": "csv"},
        )
        for mode, name in ((0, "walk"), (1, "bicycle"), (2, "car"))
    ],
    Case(
        "traveltimematrix_layer",
        "conecta:traveltimematrix",
        lambda i, t: {
            "NETWORK": i["small_network"],
            "ORIGINS": i["small_stops"],
            "ORIGINS_ID": "stop_id",
            "DESTINATIONS": i["small_zones"],
            "DESTINATIONS_ID": "id",
            "MODE": 0,
            "MAX_TIME": 15,
            "OUTPUT": str(t / "matrix.gpkg"),
        },
        numbers=("PAIRS",),
    ),
    Case(
        "isochrones",
        "conecta:isochrones",
        lambda i, t: {
            "NETWORK": i["small_network"],
            "INPUT": i["small_stops"],
            "ID_FIELD": "stop_id",
            "MODE": 0,
            "INTERVALS": "5,10",
            "PER_POINT": False,
            "OUTPUT": str(t / "iso.gpkg"),
        },
    ),
    Case(
        "transitmatrix",
        "conecta:transitmatrix",
        lambda i, t: {
            "GTFS": [i["eptc"], i["trensurb"]],
            "DATE": "2019-05-13",
            "DEPARTURE_TIME": "07:00",
            "TIME_WINDOW": 10,
            "MAX_TRIP_DURATION": 60,
            "PERCENTILES": "25,50",
            "NETWORK": i["small_network"],
            "ORIGINS": i["small_zones"],
            "ORIGINS_ID": "id",
            "OUTPUT": str(t / "pt.gpkg"),
        },
        numbers=("PAIRS", "ORIGINS_WITHOUT_STOP"),
    ),
    Case(
        "transitisochrones",
        "conecta:transitisochrones",
        lambda i, t: {
            "INPUT": i["small_stops"],
            "ID_FIELD": "stop_id",
            "GTFS": [i["eptc"]],
            "DATE": "2019-05-13",
            "DEPARTURE_TIME": "07:00",
            "TIME_WINDOW": 10,
            "INTERVALS": "15,30",
            "NETWORK": i["small_network"],
            "OUTPUT": str(t / "ptiso.gpkg"),
        },
    ),
    *[
        Case(f"accessibility_{measure}", "conecta:accessibility", _access(measure))
        for measure in (0, 2, 3, 4, 5, 6)
    ],
    Case("accessibility_interval", "conecta:accessibility", _access(1, CUTOFF="40-60")),
    Case(
        "accessibility_gravity_power",
        "conecta:accessibility",
        _access(2, DECAY_FUNCTION=1, DECAY_VALUE="1.5,2"),
    ),
    Case(
        "accessibility_network",
        "conecta:accessibility",
        lambda i, t: {
            "NETWORK": i["small_network"],
            "MODE": 0,
            "MAX_TIME": 30,
            "ZONES": i["small_zones"],
            "ZONES_ID": "id",
            "OPPORTUNITIES": ["jobs"],
            "POPULATION": "population",
            "MEASURE": 0,
            "CUTOFF": "15,30",
            "OUTPUT": str(t / "acc_net.gpkg"),
        },
    ),
    Case(
        "accessinequality",
        "conecta:accessinequality",
        lambda i, t: {
            "INPUT": _bh_access(i, t),
            **BH_INEQUALITY,
            "OUTPUT": str(t / "ineq.gpkg"),
        },
        numbers=("PALMA", "GINI"),
    ),
    Case(
        "report",
        "conecta:report",
        lambda i, t: {
            "ZONES": _bh_access(i, t),
            "ACCESS_FIELDS": ["acc_jobs_30", "acc_jobs_60"],
            "POPULATION": "population",
            "INCOME": "income_per_capita",
            "CITY_NAME": "Belo Horizonte",
            "TRAVEL_MODE": 3,
            "LANGUAGE": 2,
            "OUTPUT_HTML": str(t / "report.html"),
            "OUTPUT_PDF": str(t / "report.pdf"),
        },
        outputs=(),
        files={"SUMMARY": "json"},
    ),
    Case(
        "tripgeneration",
        "conecta:tripgeneration",
        lambda i, t: {
            **_zones(i, t),
            "PRODUCTION_METHOD": 1,
            "PRODUCTION_FIELDS": ["population"],
            "PRODUCTION_RATES": "2.1",
            "ATTRACTION_FIELDS": ["jobs", "schools"],
            "ATTRACTION_RATES": "1.5,20",
            "OUTPUT": str(t / "gen.gpkg"),
        },
        numbers=("TOTAL_PRODUCTIONS", "TOTAL_ATTRACTIONS", "PRODUCTION_FACTOR", "ATTRACTION_FACTOR"),
    ),
    *[
        Case(
            f"tripdistribution_{name}",
            "conecta:tripdistribution",
            lambda i, t, extra=extra: {
                "ZONES": _generation(i, t),
                "ZONES_ID": "id",
                "COST_MATRIX": i["car_matrix"],
                "OUTPUT": str(t / "od.csv"),
                **extra,
            },
            numbers=("TOTAL_TRIPS", "MEAN_COST", "BETA", "ITERATIONS"),
        )
        for name, extra in (
            ("exponential", {"DETERRENCE": 0, "BETA": 0.15}),
            ("power", {"DETERRENCE": 1, "BETA": 1.2}),
            ("calibrated", {"CALIBRATE_TO_MEAN_COST": 3.0}),
            ("singly", {"DETERRENCE": 0, "BETA": 0.1, "CONSTRAINT": 1}),
        )
    ],
    Case(
        "modesplit",
        "conecta:modesplit",
        lambda i, t: {
            "OD": i["od_table"],
            "WALK_MATRIX": i["walk_matrix"],
            "CAR_MATRIX": i["car_matrix"],
            "OUTPUT": str(t / "split.gpkg"),
            "SHARES": str(t / "shares.gpkg"),
        },
        outputs=("OUTPUT", "SHARES"),
        numbers=("TRIPS_WITHOUT_MODE",),
    ),
    Case(
        "desirelines",
        "conecta:desirelines",
        lambda i, t: {
            "OD": i["od_table"],
            **_zones(i, t),
            "TOP_N": 150,
            "OUTPUT": str(t / "lines.gpkg"),
        },
        numbers=("LINES", "TRIPS_SHOWN"),
    ),
    Case(
        "desirelines_network",
        "conecta:desirelines",
        lambda i, t: {
            "OD": i["od_table"],
            **_zones(i, t),
            "TOP_N": 40,
            "NETWORK": i["small_network"],
            "MODE": 0,
            "OUTPUT": str(t / "lines_net.gpkg"),
        },
    ),
    Case(
        "gtfsstops",
        "conecta:gtfsstops",
        lambda i, t: {
            "GTFS": i["trensurb"],
            "DATE": "2019-05-13",
            "START_TIME": "07:00",
            "END_TIME": "09:00",
            "OUTPUT": str(t / "stops.gpkg"),
            "ROUTES": str(t / "routes.gpkg"),
        },
        outputs=("OUTPUT", "ROUTES"),
    ),
    Case(
        "sdg1121",
        "conecta:sdg1121",
        lambda i, t: {
            "NETWORK": i["small_network"],
            "STOPS": i["small_stops"],
            "MODE_FIELD": "mode",
            "POPULATION_LAYER": i["small_zones"],
            "POPULATION_FIELDS": ["population"],
            "OUTPUT": str(t / "served.gpkg"),
            "OUTPUT_POPULATION": str(t / "served_pop.gpkg"),
            "OUTPUT_TABLE": str(t / "sdg_table.gpkg"),
        },
        outputs=("OUTPUT", "OUTPUT_POPULATION", "OUTPUT_TABLE"),
    ),
    Case(
        "sdg1131",
        "conecta:sdg1131",
        lambda i, t: {
            "BUILT_PAST": i["built_past"],
            "BUILT_PRESENT": i["built_present"],
            "BUILT_MODE": 0,
            "BUILT_VALUE": 1,
            "YEAR_PAST": 2000,
            "YEAR_PRESENT": 2020,
            "ZONES": i["small_zones"],
            "ZONE_ID": "id",
            "POP_RASTER_PAST": i["pop_past"],
            "POP_RASTER_PRESENT": i["pop_present"],
            "OUTPUT": str(t / "sdg1131.gpkg"),
        },
    ),
    Case(
        "sdg1171",
        "conecta:sdg1171",
        lambda i, t: {
            "OPEN_SPACES": i["parks"],
            "NETWORK": i["small_network"],
            "POPULATION_LAYER": i["small_zones"],
            "POPULATION_FIELDS": ["population"],
            "OUTPUT": str(t / "open.gpkg"),
            "OUTPUT_TABLE": str(t / "open_table.gpkg"),
        },
        outputs=("OUTPUT", "OUTPUT_TABLE"),
    ),
    Case(
        "zonalstatistics",
        "conecta:zonalstatistics",
        lambda i, t: {
            "RASTER": i["elevation"],
            "BAND": 1,
            "ZONES": i["small_zones"],
            "STATISTICS": [0, 1, 2, 3, 4, 5],
            "PREFIX": "elev_",
            "OUTPUT": str(t / "zonal.gpkg"),
        },
    ),
    Case(
        "compositeindex",
        "conecta:compositeindex",
        lambda i, t: {
            "INPUT": i["small_zones"],
            "FIELDS": ["jobs", "schools", "healthcare"],
            "METHOD": 0,
            "INVERT_FIELDS": ["schools"],
            "WEIGHTS": "2,1,1",
            "OUTPUT": str(t / "index.gpkg"),
        },
    ),
    Case(
        "compositeindex_zscore",
        "conecta:compositeindex",
        lambda i, t: {
            "INPUT": i["small_zones"],
            "FIELDS": ["jobs", "population"],
            "METHOD": 1,
            "OUTPUT": str(t / "z.gpkg"),
        },
    ),
    Case(
        "bivariatemap",
        "conecta:bivariatemap",
        lambda i, t: {
            "INPUT": i["small_zones"],
            "FIELD_X": "population",
            "FIELD_Y": "jobs",
            "OUTPUT": str(t / "bivariate.gpkg"),
        },
    ),
]


def _bh_access(i: dict, t: Path) -> str:
    """Belo Horizonte's cumulative accessibility to jobs at 30 and 60 min (input of inequality and report)."""
    import processing

    target = t / "bh_access.gpkg"
    if not target.exists():
        processing.run(
            "conecta:accessibility", _access(0)(i, t) | {"OUTPUT": str(target), "OPPORTUNITIES": ["jobs"]}
        )
    return str(target)


def _generation(i: dict, t: Path) -> str:
    """Productions and attractions of the small city (input of the distributions)."""
    import processing

    target = t / "generation.gpkg"
    if not target.exists():
        processing.run(
            "conecta:tripgeneration",
            {
                "ZONES": i["small_zones"],
                "PRODUCTION_METHOD": 1,
                "PRODUCTION_FIELDS": ["population"],
                "PRODUCTION_RATES": "2.0",
                "ATTRACTION_FIELDS": ["jobs"],
                "OUTPUT": str(target),
            },
        )
    return str(target)
