"""conecta:fleetrenewal — a city's bus purchases per year to a target year (retirement at a legal maximum age or
by Weibull survival, growth, purchase shares by technology from a policy) and the local-industry view of
what is bought: the value that could be produced in the region against the value imported.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessing, QgsProcessingException, QgsProcessingParameterFileDestination

from ...core.fleet import WEIBULL_K, load_cost_preset, load_preset
from ...core.fleet.plan import battery_preset, default_prices, fleet_by_size, renewal_plan
from ...core.fleet.renewal import preset_rows, purchase_policy, steady_state_ages
from ...translation import format_number
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.fleet import (
    LOCAL_CONTENT_PRESETS,
    POLICY_PRESETS,
    SIZES,
    given,
    local_content_labels,
    named_numbers,
    policy_labels,
    read_table,
    size_labels,
    table_name,
    write_fleet_table,
)

RETIREMENT_PRESET = "porto_alegre"
"""The preset of maximum ages (resources/presets/retirement_age.csv)."""


class FleetRenewal(ConectaAlgorithm):
    """Purchases per year by technology to a target year, battery GWh, fleet by age, local-industry value."""

    ALG_NAME = "fleetrenewal"
    GROUP_ID = "fleet"
    FLEET_AGES = "FLEET_AGES"
    FLEET = "FLEET"
    FLEET_LAYOVER = "FLEET_LAYOVER"
    FLEET_SIZE = "FLEET_SIZE"
    FLEET_TECHNOLOGY = "FLEET_TECHNOLOGY"
    BASE_YEAR = "BASE_YEAR"
    TARGET_YEAR = "TARGET_YEAR"
    RETIREMENT = "RETIREMENT"
    MAX_AGE = "MAX_AGE"
    WEIBULL_LAMBDA = "WEIBULL_LAMBDA"
    WEIBULL_K = "WEIBULL_K"
    GROWTH = "GROWTH"
    POLICY = "POLICY"
    POLICY_TABLE = "POLICY_TABLE"
    BATTERY_KWH = "BATTERY_KWH"
    PRICES = "PRICES"
    LOCAL_CONTENT = "LOCAL_CONTENT"
    LOCAL_CONTENT_TABLE = "LOCAL_CONTENT_TABLE"
    COMPONENT_SHARES = "COMPONENT_SHARES"
    OUTPUT = "OUTPUT"
    OUTPUT_PURCHASES = "OUTPUT_PURCHASES"
    OUTPUT_FLEET = "OUTPUT_FLEET"
    OUTPUT_INDUSTRY = "OUTPUT_INDUSTRY"
    OUTPUT_CHART = "OUTPUT_CHART"

    def displayName(self) -> str:
        return self.tr("Bus fleet renewal and local industry")

    def shortHelpString(self) -> str:
        return self.tr(
            "The buses a city must buy each year to a target year, of which technology, and how much of that "
            "purchase could be built in the region.\n\n"
            "The fleet: a fleet age table (size, technology, model_year, count), or the fleet of 'Bus fleet "
            "from GTFS' (its totals or route table: fleet with spares at the layover chosen, the largest by "
            "default) with an assumed age mix: the steady state of the retirement rule, a fleet that bought "
            "the same number of buses every year.\n"
            "Retirement: at a legal maximum age (preset: Porto Alegre, 15 years standard and 16 articulated "
            "since 2024; other ages as size:years), a cohort leaving whole in the year its age exceeds it; or "
            "by Weibull survival S(a) = exp(−(a/λ)^k) (ICCT Roadmap: k = 5, λ editable), each cohort losing "
            "the expected share each year (counts are expected values; units_int rounds the cumulative "
            "purchases).\n"
            "Each year the fleet of each size grows by the growth rate and the buses bought replace those "
            "retired. Their technology follows the purchase policy as a step function (a year uses the latest "
            "year listed at or before it; diesel before the first): presets São Paulo (no new diesel from "
            "October 2022), Mexico City Metrobús (zero-emission by 2035), Curitiba (33 % by 2030), or a table "
            "(year, technology, share), or an electrification path (year, new_ev_share: the share of purchases "
            "that is electric, the fleet-renewal table of conecta:scenario2030).\n"
            "Local industry: purchase value = buses × price (size, technology) split into body, chassis, drive "
            "train and battery by cost shares, × the local-content share of each component that year "
            "(presets: the Argentine rule rising from 10 % to 25 %, ECLAC LC/TS.2022/228; Brazil's bodies; or a "
            "table year, component, local_share). Prices are never assumed silently: the preset's estimates "
            "(USD per 12 m bus) are used for standard buses and logged; other sizes need a prices table.\n\n"
            "Outputs per year: the summary (fleet, retired, bought, electric bought, battery GWh, share "
            "electric, value, local and imported value; mode, renewal_rate and new_ev_share for "
            "conecta:scenario2030), purchases by size and technology, the fleet by technology and age, the "
            "value by component, and a chart."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_table(
            self.FLEET_AGES, self.tr("Fleet age table (size, technology, model_year, count)"), optional=True
        )
        self.add_table(
            self.FLEET, self.tr("Or: fleet from GTFS (totals or route table of 'Bus fleet from GTFS')"),
            optional=True,
        )  # fmt: skip
        self.add_number(
            self.FLEET_LAYOVER, self.tr("Fleet from GTFS: layover (minutes; empty = the largest)"), None,
            minimum=0.0, optional=True,
        )  # fmt: skip
        self.add_choice(self.FLEET_SIZE, self.tr("Fleet from GTFS: bus size"), size_labels(), default=2)
        self.add_text(self.FLEET_TECHNOLOGY, self.tr("Fleet from GTFS: technology"), "diesel")
        self.add_number(self.BASE_YEAR, self.tr("Base year (fleet counted at its end)"), 2024, integer=True)
        self.add_number(self.TARGET_YEAR, self.tr("Target year"), 2030, integer=True)
        self.add_choice(
            self.RETIREMENT, self.tr("Retirement"),
            [self.tr("Legal maximum age"), self.tr("Weibull survival")],
        )  # fmt: skip
        self.add_text(
            self.MAX_AGE, self.tr("Maximum ages (size:years; empty = Porto Alegre's)"), optional=True,
            help_text=self.tr("For example standard:12; articulated:14. Sizes not listed keep Porto Alegre's ages."),
        )  # fmt: skip
        self.add_number(
            self.WEIBULL_LAMBDA, self.tr("Weibull λ (years)"), 15.0, minimum=0.0,
            help_text=self.tr("Scale of the survival curve: about 37 % of a cohort is still running at age λ."),
        )  # fmt: skip
        self.add_number(self.WEIBULL_K, self.tr("Weibull k"), WEIBULL_K, minimum=0.0, advanced=True)
        self.add_number(self.GROWTH, self.tr("Fleet growth (% per year)"), 0.0, minimum=-99.0)
        self.add_choice(self.POLICY, self.tr("Purchase policy"), policy_labels())
        self.add_table(
            self.POLICY_TABLE, self.tr("Purchase policy table (year, technology, share; or year, new_ev_share)"),
            optional=True,
        )  # fmt: skip
        self.add_text(
            self.BATTERY_KWH,
            self.tr("Battery per e-bus (size:kWh; empty = presets)"),
            optional=True,
            advanced=True,
        )
        self.add_table(self.PRICES, self.tr("Purchase prices (size, technology, price)"), optional=True)
        self.add_choice(self.LOCAL_CONTENT, self.tr("Local content"), local_content_labels())
        self.add_table(
            self.LOCAL_CONTENT_TABLE,
            self.tr("Local content table (year, component, local_share)"),
            optional=True,
        )
        self.add_table(
            self.COMPONENT_SHARES, self.tr("Component cost shares (technology, component, cost_share)"),
            optional=True, advanced=True,
        )  # fmt: skip
        table = QgsProcessing.TypeVector
        self.add_sink(self.OUTPUT, self.tr("Renewal per year"), kind=table)
        self.add_sink(self.OUTPUT_PURCHASES, self.tr("Purchases by size and technology"), kind=table)
        self.add_sink(self.OUTPUT_FLEET, self.tr("Fleet by technology and age"), kind=table)
        self.add_sink(
            self.OUTPUT_INDUSTRY, self.tr("Purchase value by component (local industry)"), kind=table
        )
        chart = QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("Purchases per year (chart)"), self.tr("PNG files (*.png)"), optional=True,
            createByDefault=True,
        )  # fmt: skip
        self.add(chart)

    # ------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        base = self.parameterAsInt(parameters, self.BASE_YEAR, context)
        target = self.parameterAsInt(parameters, self.TARGET_YEAR, context)
        rule = self._retirement(parameters, context, feedback)
        ages = self._ages(parameters, context, feedback, base, rule)
        policy = self._policy(parameters, context, feedback)
        prices, shares, content = self._industry(parameters, context, feedback)
        battery = battery_preset()
        battery.update(self._sizes(parameters, self.BATTERY_KWH, context))
        feedback.setProgress(20)
        plan = renewal_plan(
            ages,
            base,
            target,
            policy,
            prices,
            shares,
            content,
            growth=self.parameterAsDouble(parameters, self.GROWTH, context) / 100.0,
            battery_kwh=battery,
            **rule,
        )
        feedback.setProgress(70)
        self._report(plan, feedback)
        results = {}
        for key, frame in (
            (self.OUTPUT, plan.summary),
            (self.OUTPUT_PURCHASES, plan.purchases),
            (self.OUTPUT_FLEET, plan.fleet),
            (self.OUTPUT_INDUSTRY, plan.industry),
        ):
            results[key] = write_fleet_table(self, parameters, key, context, feedback, frame)
        chart = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if chart:
            results[self.OUTPUT_CHART] = self._chart(Path(chart), plan)
        feedback.setProgress(100)
        return results

    # ------------------------------------------------------------ inputs

    def _sizes(self, parameters, key: str, context) -> dict:
        """A size:number text parameter as {size: number}, messages naming the parameter."""
        label = self.parameterDefinition(key).description()
        return named_numbers(self.parameterAsString(parameters, key, context), label)

    def _retirement(self, parameters, context, feedback) -> dict:
        """max_age (size → years) or weibull_lambda and weibull_k, as the planner chose."""
        if self.parameterAsEnum(parameters, self.RETIREMENT, context) == 1:
            lam = self.parameterAsDouble(parameters, self.WEIBULL_LAMBDA, context)
            k = self.parameterAsDouble(parameters, self.WEIBULL_K, context)
            feedback.pushInfo(
                self.tr("Retirement by Weibull survival, λ = {0} years, k = {1}.").format(
                    format_number(lam, 1), format_number(k, 1)
                )
            )
            return {"weibull_lambda": lam, "weibull_k": k}
        preset = preset_rows("retirement_age", RETIREMENT_PRESET)
        ages = dict(zip(preset["size"], preset["max_age_years"].astype(float)))
        ages.update(self._sizes(parameters, self.MAX_AGE, context))
        feedback.pushInfo(
            self.tr("Retirement at a maximum age (years): {}.").format(
                ", ".join(f"{size} {format_number(age)}" for size, age in ages.items())
            )
        )
        return {"max_age": ages}

    def _ages(self, parameters, context, feedback, base: int, rule: dict):
        """The fleet age table, or the fleet from GTFS with the steady-state age mix."""
        table = read_table(
            self,
            parameters,
            self.FLEET_AGES,
            context,
            feedback,
            ("size", "technology"),
            ("model_year", "count"),
        )
        fleet = read_table(
            self, parameters, self.FLEET, context, feedback, (), ("layover_min", "fleet_with_spares")
        )
        if (table is None) == (fleet is None):
            raise QgsProcessingException(
                self.tr("Give either a fleet age table or the fleet from GTFS (one of them, not both).")
            )
        if table is not None:
            return table
        layover = (
            self.parameterAsDouble(parameters, self.FLEET_LAYOVER, context)
            if given(parameters, self.FLEET_LAYOVER)
            else None
        )
        size = SIZES[self.parameterAsEnum(parameters, self.FLEET_SIZE, context)]
        technology = self.parameterAsString(parameters, self.FLEET_TECHNOLOGY, context).strip() or "diesel"
        buses, chosen = fleet_by_size(fleet, layover, size)
        feedback.pushInfo(
            self.tr(
                "Fleet from GTFS ({0}): {1} {2} {3} buses (layover {4} min, spares included), ages assumed in the "
                "steady state of the retirement rule."
            ).format(
                table_name(self, parameters, self.FLEET, context),
                format_number(buses[size]),
                technology,
                size,
                format_number(chosen, 1 if chosen % 1 else 0),
            )
        )
        return steady_state_ages(buses, base, technology, **rule)

    def _policy(self, parameters, context, feedback):
        """The purchase policy: a preset, or the table (technology shares or an electrification path)."""
        choice = self.parameterAsEnum(parameters, self.POLICY, context)
        if choice < len(POLICY_PRESETS):
            if given(parameters, self.POLICY_TABLE):
                feedback.pushWarning(
                    self.tr(
                        "A purchase policy table was given but a preset is chosen: the table is not used."
                    )
                )
            return preset_rows("purchase_policy", POLICY_PRESETS[choice])
        table = read_table(
            self, parameters, self.POLICY_TABLE, context, feedback, optional_text=("technology", "mode"),
            optional_numbers=("year", "share", "new_ev_share"),
        )  # fmt: skip
        if table is None:
            raise QgsProcessingException(
                self.tr("The custom purchase policy needs the purchase policy table.")
            )
        return purchase_policy(table)

    def _industry(self, parameters, context, feedback) -> tuple:
        """Prices, component cost shares and local content (presets or tables; preset prices logged)."""
        prices = read_table(
            self, parameters, self.PRICES, context, feedback, ("size", "technology"), ("price",)
        )
        if prices is None:
            prices = default_prices(load_cost_preset())
            feedback.pushWarning(
                self.tr(
                    "Purchase prices: the LAC preset's estimates for 12 m buses ({}); other sizes need a prices "
                    "table."
                ).format(
                    ", ".join(
                        f"{t} {format_number(p)}" for t, p in zip(prices["technology"], prices["price"])
                    )
                )
            )
        shares = read_table(
            self,
            parameters,
            self.COMPONENT_SHARES,
            context,
            feedback,
            ("technology", "component"),
            ("cost_share",),
        )
        if shares is None:
            shares = load_preset("component_shares")
        choice = self.parameterAsEnum(parameters, self.LOCAL_CONTENT, context)
        if choice < len(LOCAL_CONTENT_PRESETS):
            return prices, shares, preset_rows("local_content", LOCAL_CONTENT_PRESETS[choice])
        content = read_table(
            self,
            parameters,
            self.LOCAL_CONTENT_TABLE,
            context,
            feedback,
            ("component",),
            ("year", "local_share"),
        )
        if content is None:
            raise QgsProcessingException(self.tr("The custom local content needs the local content table."))
        return prices, shares, content

    # ------------------------------------------------------------ outputs

    def _report(self, plan, feedback) -> None:
        """One line per year, then the whole period."""
        for row in plan.summary.itertuples():
            feedback.pushInfo(
                self.tr(
                    "{0}: fleet {1}, {2} retired, {3} bought ({4} electric, {5} MWh of batteries); {6} % electric; "
                    "{7} % of the purchase value producible in the region."
                ).format(
                    row.year,
                    format_number(row.fleet),
                    format_number(row.retired, 1),
                    format_number(row.bought, 1),
                    format_number(row.bought_electric, 1),
                    format_number(row.battery_gwh * 1000, 1),
                    format_number(100 * row.share_electric, 1),
                    format_number(100 * row.local_share, 1),
                )
            )
        s = plan.summary
        feedback.pushInfo(
            self.tr(
                "{0}–{1}: {2} buses bought, {3} GWh of batteries, value {4}: {5} producible in the region, {6} "
                "imported (currency of the prices)."
            ).format(
                s["year"].min(),
                s["year"].max(),
                format_number(s["bought"].sum()),
                format_number(s["battery_gwh"].sum(), 3),
                format_number(s["value"].sum()),
                format_number(s["local_value"].sum()),
                format_number(s["imported_value"].sum()),
            )
        )

    def _chart(self, path: Path, plan) -> str:
        """Purchases per year by technology and the share electric (PNG)."""
        from ..report.charts import save_png
        from ..report.fleet_charts import purchases_figure

        texts = {
            "title": self.tr("Buses bought per year by technology"),
            "x": self.tr("Year"),
            "y": self.tr("Buses bought"),
            "share": self.tr("Share electric of the fleet (%)"),
            "names": {"diesel": self.tr("Diesel"), "electric": self.tr("Electric")},
        }
        return str(save_png(purchases_figure(plan.purchases, plan.summary, texts), path))
