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


def jobs_share(access: Path, zones: Path, field: str = "acc_jobs_60") -> float:
    """The population-weighted mean of an accessibility ``field`` as a share of the city's jobs."""
    table = read_table(access)
    weights = table.population.fillna(0)
    return (table[field].fillna(0) * weights).sum() / weights.sum() / field_sum(zones, "jobs")


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
        result = self.q.run_showing_progress(algorithm, **parameters)
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


def read_table(path: Path):
    """A CSV or GeoPackage table as a pandas DataFrame (attributes only)."""
    import pandas as pd

    if str(path).endswith(".csv"):
        return pd.read_csv(path)
    data, layer = layer_stats(path)
    names = [
        layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())
    ]
    return pd.DataFrame([[f.GetField(n) for n in names] for f in layer], columns=names)


TRANSIT_SETTINGS = dict(
    DATE="2019-05-13", DEPARTURE_TIME="14:00", TIME_WINDOW=10, PERCENTILES="50", MAX_TRIP_DURATION=120
)
"""Public-transport runs of the demo, baseline and BRT scenario alike: Monday 14:00-14:09, median."""
TRANSIT_ACCESS = dict(
    COST_FIELD="travel_time_p50",
    ZONES_ID="id",
    OPPORTUNITIES="jobs",
    POPULATION="population",
    MEASURE=0,
    CUTOFF="60",
)
"""Jobs within 60 min by public transport, baseline and BRT scenario alike."""
BRT_LINE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "brt_line.geojson"


def transit_access(
    demo: Demo, gtfs: list, network: Path, zones: Path, titles: tuple, suffix: str = "", **fares
) -> dict:
    """Public-transport travel times from the ``gtfs`` feeds (TRANSIT_SETTINGS, and ``fares``: a fare structure
    and budget), then the jobs they reach in 60 min (TRANSIT_ACCESS), written to matrix_transit<suffix>.csv and
    access_jobs_transit<suffix>.gpkg; ``titles`` name the two steps. Returns the accessibility step's results."""
    transit = demo.step(
        titles[0],
        "conecta:transitmatrix",
        GTFS=gtfs,
        NETWORK=network,
        ORIGINS=zones,
        ORIGINS_ID="id",
        **TRANSIT_SETTINGS,
        **fares,
        OUTPUT=demo.out / f"matrix_transit{suffix}.csv",
    )
    return demo.step(
        titles[1],
        "conecta:accessibility",
        TRAVEL_MATRIX=transit["OUTPUT"],
        ZONES=zones,
        **TRANSIT_ACCESS,
        OUTPUT=demo.out / f"access_jobs_transit{suffix}.gpkg",
    )


FARES = Path(__file__).resolve().parents[1] / "resources" / "fares" / "porto_alegre_2019.json"
ONE_FARE = 4.80
"""One bus fare in Porto Alegre in 2019 (R$, resources/fares/porto_alegre_2019.json)."""


def fare_access(demo: Demo, gtfs: list, network: Path, zones: Path, share_without_budget: float) -> None:
    """The jobs reachable in 60 min by public transport for at most one bus fare (the fastest journeys within
    the budget, r5r's max_fare), against no fare limit."""
    access = transit_access(
        demo,
        gtfs,
        network,
        zones,
        (
            f"Public-transport travel times within one bus fare (R$ {ONE_FARE:.2f}, Porto Alegre's 2019 fares)",
            "Accessibility to jobs by public transport within one bus fare (60 min)",
        ),
        "_one_fare",
        FARE_STRUCTURE=str(FARES),
        MAX_FARE=ONE_FARE,
    )
    share = jobs_share(Path(access["OUTPUT"]), zones)
    demo.say(
        f"- Within one bus fare (R$ {ONE_FARE:.2f}: no paid transfer): {share:.1%} of the city's jobs in 60 min "
        f"(population-weighted mean), against {share_without_budget:.1%} with no fare limit"
    )


def brt_scenario(demo: Demo, feeds: list, network: Path, zones: Path, baseline: str) -> Path:
    """A new 15 km BRT every 5 minutes (resources/sample/brt_line.geojson) → who gains access to jobs."""
    out = demo.out
    brt = demo.step(
        "BRT scenario: a new 15 km line every 5 min added to the EPTC feed",
        "conecta:gtfsscenario",
        GTFS=feeds[0],
        NEW_ROUTES=BRT_LINE,
        OUTPUT=out / "eptc_brt.zip",
    )
    access = transit_access(
        demo,
        [brt["OUTPUT"], str(feeds[1])],
        network,
        zones,
        (
            "BRT scenario: public-transport travel times with the new line",
            "BRT scenario: accessibility to jobs by public transport (60 min)",
        ),
        "_brt",
    )
    compare = demo.step(
        "BRT scenario: who gains (deciles of the baseline's job access: the sample grid has no income)",
        "conecta:comparescenarios",
        BASELINE=baseline,
        BASELINE_ID="id",
        BASELINE_FIELD="acc_jobs_60",
        SCENARIO=access["OUTPUT"],
        SCENARIO_ID="id",
        POPULATION="population",
        INCOME="acc_jobs_60",
        THRESHOLD=10,
        OUTPUT=out / "brt_change.gpkg",
        SUMMARY=out / "brt_who_gains.csv",
        CHART=out / "brt_who_gains.png",
    )
    summary = read_table(Path(compare["SUMMARY"])).set_index("group")
    deciles = summary.loc[[f"decile_{k}" for k in range(1, 11)], "change"]
    demo.say(
        "- BRT scenario (15 km, every 5 min, 25 km/h, stops every 400 m): jobs reachable in 60 min by public "
        "transport change by {:+,.0f} on average (population-weighted); {:.1f} % of the people gain more than "
        "10 %, {:.1f} % lose more than 10 %; Gini {:.3f} → {:.3f}".format(
            compare["MEAN_CHANGE"],
            compare["GAIN_SHARE"],
            compare["LOSS_SHARE"],
            compare["GINI_BEFORE"],
            compare["GINI_AFTER"],
        )
    )
    demo.say(
        "- Who gains, by decile of job access before the BRT (1 = the tenth of the people with the least access; "
        "the sample grid has no income): "
        + ", ".join(f"{k}: {v:+,.0f}" for k, v in enumerate(deciles, start=1))
    )
    return Path(compare["SUMMARY"])


def fleet_demo(demo: Demo, available: set, feed: Path) -> dict:
    """The sample city's bus fleet from its GTFS, its renewal to 2030 and its cost of ownership; the tables
    for the city report (empty when the algorithms or the feed are missing)."""
    if (
        not {"conecta:fleetfromgtfs", "conecta:fleetrenewal", "conecta:busfleetcost"} <= available
        or not feed.exists()
    ):
        return {}
    out = demo.out
    fleet = demo.step(
        "Bus fleet from GTFS (EPTC sample, Monday 2019-05-13; layovers 0, 5, 10 min)",
        "conecta:fleetfromgtfs",
        GTFS=feed,
        DATE="2019-05-13",
        LAYOVER="0,5,10",
        OUTPUT=out / "fleet_routes.csv",
        OUTPUT_TOTALS=out / "fleet_totals.csv",
        OUTPUT_CHART=out / "fleet_hourly.png",
    )
    totals = read_table(Path(fleet["OUTPUT_TOTALS"]))
    for row in totals.itertuples():
        demo.say(
            f"- Bus fleet of the EPTC sample (115 routes, 11:20-16:00), layover {row.layover_min:g} min: "
            f"{row.fleet_chaining:,} buses by trip chaining ({row.fleet_with_spares:,} with 10 % spares), "
            f"{row.fleet_cycle:,} by cycle time / headway; at most {row.concurrent_max:,} trips run at once"
        )
    renewal = demo.step(
        "Fleet renewal to 2030 (5-minute layover fleet, Porto Alegre's maximum ages, Curitiba's purchase path, "
        "Brazil's local content)",
        "conecta:fleetrenewal",
        FLEET=fleet["OUTPUT_TOTALS"],
        FLEET_LAYOVER=5,
        BASE_YEAR=2024,
        TARGET_YEAR=2030,
        POLICY=2,
        LOCAL_CONTENT=1,
        OUTPUT=out / "fleet_renewal.csv",
        OUTPUT_PURCHASES=out / "fleet_purchases.csv",
        OUTPUT_FLEET=out / "fleet_by_age.csv",
        OUTPUT_INDUSTRY=out / "fleet_industry.csv",
        OUTPUT_CHART=out / "fleet_renewal.png",
    )
    table = read_table(Path(renewal["OUTPUT"]))
    last = table.iloc[-1]
    demo.say(
        "- Renewal 2025-2030: {:,.0f} buses bought, {:,.0f} electric ({:.2f} GWh of batteries); {:.1%} of the fleet "
        "electric in 2030; {:.1%} of the USD {:,.0f} purchase value producible in the region (presets: estimates)".format(
            table["bought"].sum(),
            table["bought_electric"].sum(),
            table["battery_gwh"].sum(),
            last["share_electric"],
            table["local_value"].sum() / table["value"].sum(),
            table["value"].sum(),
        )
    )
    cost = demo.step(
        "Total cost of ownership by technology (LAC preset, estimates)",
        "conecta:busfleetcost",
        FLEET=renewal["OUTPUT_FLEET"],
        OUTPUT=out / "fleet_tco.csv",
        OUTPUT_FLEET_COST=out / "fleet_cost.csv",
        OUTPUT_CHART=out / "fleet_tco.png",
    )
    tco = read_table(Path(cost["OUTPUT"])).groupby("technology")["tco_per_km"].first()
    even = cost.get("BREAK_EVEN_YEAR")
    demo.say(
        "- TCO per km over 12 years (LAC preset estimates): "
        + ", ".join(f"{t} USD {v:.2f}" for t, v in tco.items())
        + (
            f"; electric breaks even with diesel in {even:.0f}"
            if even is not None
            else "; no break-even in 12 years"
        )
    )
    return {
        "FLEET_TOTALS": fleet["OUTPUT_TOTALS"],
        "FLEET_RENEWAL": renewal["OUTPUT"],
        "FLEET_PURCHASES": renewal["OUTPUT_PURCHASES"],
        "FLEET_TCO": cost["OUTPUT"],
    }


ENERGY_ALGORITHMS = {"conecta:busactivity", "conecta:busemissions", "conecta:ebusenergy"}
SOURCES = ((0, "CETESB"), (1, "EMEP/EEA"), (2, "scaled"))


def bus_energy(demo: Demo, zones: Path, feeds: list[Path], date: str) -> dict:
    """The energy step on the sample city's GTFS day: activity, emissions by factor source, e-bus energy.

    The fleet is the default one (every bus a 12 m diesel Euro V bus): an assumption for the demo, not
    Porto Alegre's fleet. Returns the report's emissions inputs."""
    out, gtfs = demo.out, [str(feed) for feed in feeds]
    activity = demo.step(
        f"Bus activity from GTFS (EPTC + Trensurb, {date})",
        "conecta:busactivity",
        GTFS=gtfs,
        DATE=date,
        OUTPUT_SEGMENTS=out / "bus_segments.gpkg",
        OUTPUT_ROUTES=out / "bus_routes.csv",
        OUTPUT_HOURLY=out / "bus_hourly.csv",
    )
    routes = read_table(Path(activity["OUTPUT_ROUTES"]))
    demo.say(
        f"- Bus activity on {date} (EPTC buses; Trensurb rail left out): {int(activity['TRIPS']):,} trips on "
        f"{len(routes)} routes, {activity['REVENUE_KM']:,.0f} revenue-km, {activity['VEHICLE_HOURS']:,.0f} "
        f"vehicle-hours, mean scheduled speed {activity['REVENUE_KM'] / activity['VEHICLE_HOURS']:.1f} km/h"
    )
    fleet = Path(__file__).resolve().parents[1] / "resources" / "presets" / "fleet_default.csv"
    emissions = {}
    for source, name in SOURCES:
        tag = name.split("/")[0].lower()
        emissions[name] = demo.step(
            f"Bus emissions ({name} factors, every bus a 12 m diesel Euro V bus)",
            "conecta:busemissions",
            GTFS=gtfs,
            DATE=date,
            FLEET=fleet,
            EF_SOURCE=source,
            ZONES=zones,
            ZONES_ID="id",
            OUTPUT_SEGMENTS=out / f"bus_emissions_segments_{tag}.gpkg",
            OUTPUT_ROUTES=out / f"bus_emissions_routes_{tag}.csv",
            OUTPUT_HOURLY=out / f"bus_emissions_hourly_{tag}.csv",
            OUTPUT_ZONES=out / f"bus_emissions_zones_{tag}.gpkg",
        )
    demo.say(
        "- Bus CO2 of the day (tank-to-wheel, every bus a 12 m diesel Euro V bus, an assumption): "
        + "; ".join(f"{name} {result['CO2_T']:,.1f} t" for name, result in emissions.items())
    )
    ebus = demo.step(
        "E-bus energy and charging (350 kWh battery, 5 min minimum layover)",
        "conecta:ebusenergy",
        GTFS=gtfs,
        DATE=date,
        OUTPUT_BLOCKS=out / "ebus_blocks.csv",
        OUTPUT_ROUTES=out / "ebus_routes.csv",
        OUTPUT_TERMINALS=out / "ebus_terminals.csv",
        OUTPUT_PROFILE=out / "ebus_profile.csv",
        OUTPUT_CHART=out / "ebus_charging.png",
    )
    demo.say(
        f"- E-buses for the same day: {int(ebus['FLEET_NEEDED'])} buses (vehicle blocks inferred at the "
        f"terminals), {ebus['ENERGY_KWH']:,.0f} kWh a day ({ebus['ENERGY_KWH'] / activity['REVENUE_KM']:.2f} "
        f"kWh/km with the HVAC at 25 °C), {int(ebus['OPPORTUNITY_BLOCKS'])} blocks needing opportunity "
        f"charging, {int(ebus['DEPOT_CHARGERS'])} depot chargers of 150 kW"
    )
    emep = emissions["EMEP/EEA"]
    return {"EMISSIONS_MAP": emep["OUTPUT_ZONES"], "EMISSIONS_ROUTES": emep["OUTPUT_ROUTES"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("out"))
    parser.add_argument("--qgis-process", default=None)
    parser.add_argument(
        "--shared-data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    args = parser.parse_args(argv)
    demo = Demo(args.out.resolve(), args.qgis_process)
    out = demo.out
    available = set(demo.q.algorithms())

    sample = demo.step(
        "Sample city layers",
        "conecta:loadsamplecity",
        NETWORK=out / "network.gpkg",
        ZONES=out / "zones.gpkg",
        STOPS=out / "stops.gpkg",
    )
    network, zones, stops = (Path(sample[k]) for k in ("NETWORK", "ZONES", "STOPS"))
    demo.say(
        "- Sample city: {:,} street lines; {:,} hexagons with {:,.0f} inhabitants and {:,.0f} jobs; "
        "{:,} public-transport stops".format(
            count(network),
            count(zones),
            field_sum(zones, "population"),
            field_sum(zones, "jobs"),
            count(stops),
        )
    )

    matrices = {}
    for mode, name in ((0, "walk"), (2, "car")):
        result = demo.step(
            f"Travel-time matrix, {name} (60 min)",
            "conecta:traveltimematrix",
            NETWORK=network,
            ORIGINS=zones,
            ORIGINS_ID="id",
            MODE=mode,
            MAX_TIME=60,
            OUTPUT=out / f"matrix_{name}.csv",
        )
        matrices[name] = Path(result["OUTPUT"])
        frame = read_table(matrices[name])
        demo.say(
            f"- {name.capitalize()} matrix: {len(frame):,} origin-destination pairs within 60 minutes, "
            f"median {frame.travel_time.median():.1f} min"
        )

    access = {}
    for name, matrix in matrices.items():
        result = demo.step(
            f"Accessibility to jobs by {name} (30 and 60 min)",
            "conecta:accessibility",
            TRAVEL_MATRIX=matrix,
            ZONES=zones,
            ZONES_ID="id",
            OPPORTUNITIES="jobs",
            POPULATION="population",
            MEASURE=0,
            CUTOFF="30,60",
            OUTPUT=out / f"access_jobs_{name}.gpkg",
        )
        access[name] = Path(result["OUTPUT"])
        for cutoff in (30, 60):
            share = jobs_share(access[name], zones, f"acc_jobs_{cutoff}")
            demo.say(
                f"- Jobs reachable by {name} in {cutoff} min: population-weighted mean {share:.1%} of the city's jobs"
            )

    for name in ("walk", "car"):
        result = demo.step(
            f"Inequality of job accessibility by {name} (60 min)",
            "conecta:accessinequality",
            INPUT=access[name],
            ACCESS_FIELD="acc_jobs_60",
            POPULATION="population",
            OUTPUT=out / f"inequality_{name}.csv",
            CHART=out / f"inequality_{name}.png",
        )
        demo.say(f"- Gini index of job accessibility by {name} in 60 min: {result['GINI']:.3f}")
    demo.say(
        "- The sample city's r5r grid has no income data, so its Palma ratio cannot be computed; the Palma "
        "ratio below uses the Belo Horizonte data of IPEA's accessibility package (public transport, income per capita)."
    )
    bh = args.shared_data / "belo_horizonte"
    if (bh / "travel_matrix.csv.gz").exists():
        result = demo.step(
            "Belo Horizonte: accessibility to jobs by public transport (30 min)",
            "conecta:accessibility",
            TRAVEL_MATRIX=bh / "travel_matrix.csv.gz",
            ZONES=bh / "bho_hex_h3res9.geojson",
            ZONES_ID="id",
            OPPORTUNITIES="jobs",
            MEASURE=0,
            CUTOFF="30",
            OUTPUT=out / "bh_access_jobs.gpkg",
        )
        result = demo.step(
            "Belo Horizonte: Palma ratio and Gini",
            "conecta:accessinequality",
            INPUT=result["OUTPUT"],
            ACCESS_FIELD="acc_jobs_30",
            POPULATION="population",
            INCOME="income_per_capita",
            ID_FIELD="id",
            OUTPUT=out / "bh_inequality.csv",
            CHART=out / "bh_inequality.png",
        )
        demo.say(
            f"- Belo Horizonte, jobs within 30 min by public transport: Palma ratio {result['PALMA']:.6f}, "
            f"Gini {result['GINI']:.7f} (IPEA's accessibility package publishes 3.800465 and 0.4715251)"
        )

    if {"conecta:tripgeneration", "conecta:tripdistribution", "conecta:desirelines"} <= available:
        generation = demo.step(
            "Trip generation (2.0 trips per inhabitant, attracted by jobs)",
            "conecta:tripgeneration",
            ZONES=zones,
            PRODUCTION_METHOD=1,
            PRODUCTION_FIELDS="population",
            PRODUCTION_RATES="2.0",
            ATTRACTION_FIELDS="jobs",
            OUTPUT=out / "trip_generation.gpkg",
        )
        distribution = demo.step(
            "Trip distribution, gravity model calibrated to a 7-minute mean free-flow car trip (Hyman)",
            "conecta:tripdistribution",
            ZONES=generation["OUTPUT"],
            ZONES_ID="id",
            COST_MATRIX=matrices["car"],
            CALIBRATE_TO_MEAN_COST=7,
            OUTPUT=out / "od_trips.csv",
        )
        demo.say(
            "- Gravity distribution of {:,.0f} daily trips on car times: calibrated beta {:.4f}/min, mean trip "
            "{:.1f} min, {} iterations (converged: {}). The 7-minute target is an assumption for the demo "
            "(free-flow car times; use the mean trip time of your own OD survey).".format(
                distribution["TOTAL_TRIPS"],
                distribution["BETA"],
                distribution["MEAN_COST"],
                distribution["ITERATIONS"],
                distribution["CONVERGED"],
            )
        )
        lines = demo.step(
            "Desire lines (2,000 largest flows)",
            "conecta:desirelines",
            OD=distribution["OUTPUT"],
            ZONES=zones,
            ZONES_ID="id",
            TOP_N=2000,
            OUTPUT=out / "desire_lines.gpkg",
        )
        demo.say(f"- Desire lines: {count(Path(lines['OUTPUT'])):,} lines in {Path(lines['OUTPUT']).name}")

    if "conecta:sdg1121" in available:
        sdg = demo.step(
            "SDG 11.2.1: population within 500 m (bus) / 1,000 m (rail) walking of a stop",
            "conecta:sdg1121",
            NETWORK=network,
            STOPS=stops,
            MODE_FIELD="mode",
            POPULATION_LAYER=zones,
            POPULATION_FIELDS="population",
            OUTPUT=out / "sdg1121_served_areas.gpkg",
            OUTPUT_POPULATION=out / "sdg1121_zones.gpkg",
            OUTPUT_TABLE=out / "sdg1121.csv",
        )
        table = read_table(Path(sdg["OUTPUT_TABLE"]))
        shares = {row.scenario: row.indicator_pct for row in table.itertuples() if row.field == "population"}
        demo.say(
            "- SDG 11.2.1 (convenient access to public transport): {:.1f} % of the population overall; "
            "low-capacity (bus) stops alone {:.1f} %, high-capacity (rail) alone {:.1f} %".format(
                shares.get("all", float("nan")),
                shares.get("low", float("nan")),
                shares.get("high", float("nan")),
            )
        )

    feeds = [
        Path(__file__).resolve().parents[1] / "resources" / "sample" / "gtfs" / name
        for name in ("poa_eptc.zip", "poa_trensurb.zip")
    ]
    access_pt = None
    if "conecta:transitmatrix" in available and all(feed.exists() for feed in feeds):
        access_pt = transit_access(
            demo,
            [str(feed) for feed in feeds],
            network,
            zones,
            (
                "Public-transport travel times from GTFS (Monday 2019-05-13, departures 14:00-14:09, median)",
                "Accessibility to jobs by public transport (60 min)",
            ),
        )
        share = jobs_share(Path(access_pt["OUTPUT"]), zones)
        demo.say(
            f"- Jobs reachable by public transport and walking in 60 min: population-weighted mean {share:.1%} "
            "of the city's jobs (median over departures 14:00-14:09)"
        )

    if access_pt is not None and FARES.exists():
        fare_access(demo, [str(feed) for feed in feeds], network, zones, share)

    scenario_summary = None
    if {"conecta:gtfsscenario", "conecta:comparescenarios"} <= available and access_pt is not None:
        scenario_summary = brt_scenario(demo, feeds, network, zones, access_pt["OUTPUT"])

    fleet_tables = fleet_demo(demo, available, feeds[0])
    energy = {}
    if ENERGY_ALGORITHMS <= available and all(feed.exists() for feed in feeds):
        energy = bus_energy(demo, zones, feeds, "2019-05-13")

    if "conecta:report" in available:
        report = demo.step(
            "City report (HTML and PDF)",
            "conecta:report",
            ZONES=access["walk"],
            ACCESS_FIELDS=["acc_jobs_30", "acc_jobs_60"],
            POPULATION="population",
            CITY_NAME="Porto Alegre",
            **({"SCENARIO": scenario_summary} if scenario_summary is not None else {}),
            OUTPUT_HTML=out / "report.html",
            OUTPUT_PDF=out / "report.pdf",
            **fleet_tables,
            **energy,
        )
        demo.say(f"- City report: {Path(report['OUTPUT_HTML']).name}, {Path(report['OUTPUT_PDF']).name}")
    demo.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
