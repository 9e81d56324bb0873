"""The city report's fleet and industry section: the fleet a city's GTFS needs today, its purchases to the
target year by technology, the value the region could produce, and the total cost of ownership by technology.

It reads the tables of conecta:fleetfromgtfs (totals), conecta:fleetrenewal (per-year summary and purchases)
and conecta:busfleetcost (TCO), given to conecta:report as optional parameters, and turns them into the
report's tables, charts, notes and references in the report's own language (:class:`FleetText`); the
summary of key figures gets a ``fleet`` entry. Without any of these tables the report has no such section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import numpy as np
import pandas as pd

from ..bridge.fleet import read_table, table_name
from ..bridge.messages import _Context
from .charts import qlocale_number, save_png
from .content import NONE
from .fleet_charts import purchases_figure, tco_figure
from .layout import ChartRow, Table

TOTALS, RENEWAL, PURCHASES, TCO = "FLEET_TOTALS", "FLEET_RENEWAL", "FLEET_PURCHASES", "FLEET_TCO"
COLUMNS = {
    TOTALS: ((), ("layover_min", "fleet_chaining", "fleet_with_spares", "fleet_cycle", "concurrent_max",
                  "vehicle_km", "vehicle_hours"), ("fleet_blocks",)),
    RENEWAL: ((), ("year", "fleet", "bought", "bought_electric", "battery_gwh", "share_electric", "value",
                   "local_value", "imported_value"), ()),
    PURCHASES: (("technology",), ("year", "units"), ()),
    TCO: (("technology",), ("year", "cumulative_pv", "cost_per_km", "tco_per_km"), ("break_even_year",)),
}  # fmt: skip
"""Per table parameter: text columns, number columns, optional number columns."""
REFERENCES = (
    "Navarro Quesada, D. et al. (2022). Informe de resultados del encuentro Movilidad Urbana Sostenible: un "
    "diálogo interregional sobre la industria y el financiamiento del transporte público colectivo. Documentos "
    "de Proyectos (LC/TS.2022/123). Santiago: ECLAC.",
    "Quiroga Barrera Oro, M. (2022). Dinámicas y perspectivas de la industria argentina de autobuses libres de "
    "emisiones. Documentos de Proyectos (LC/TS.2022/228). Santiago: ECLAC.",
    "TU Berlin, Department of Methods of Product Development and Mechatronics: eflips-tco, total cost of ownership "
    "of electric bus systems. https://github.com/mpm-tu-berlin/eflips-tco",
    "Herszenhut, D., Pereira, R. H. M., Andrade, P. R. & Bazzo, J. gtfstools: General Transit Feed Specification "
    "(GTFS) Editing and Analysing Tools. R package, IPEA. https://github.com/ipeaGIT/gtfstools",
)


class FleetReportInput(_Context):
    """Translation context of the report's fleet parameters (in QGIS's language)."""


def add_parameters(alg) -> None:
    """Declare the report's optional fleet tables on ``alg`` (conecta:report)."""
    labels = {
        TOTALS: FleetReportInput.tr("Fleet from GTFS: city totals (table of 'Bus fleet from GTFS')"),
        RENEWAL: FleetReportInput.tr(
            "Fleet renewal per year (table of 'Bus fleet renewal and local industry')"
        ),
        PURCHASES: FleetReportInput.tr("Fleet renewal: purchases by size and technology"),
        TCO: FleetReportInput.tr(
            "TCO per technology and year (table of 'Bus fleet total cost of ownership')"
        ),
    }
    for key, label in labels.items():
        alg.add_table(
            key, label, optional=True,
            help_text=FleetReportInput.tr("With any of the fleet tables the report gets a fleet and industry section."),
        )  # fmt: skip


@dataclass
class FleetTables:
    """The fleet tables given to the report (None when not given) and their names for the notes."""

    totals: Optional[pd.DataFrame] = None
    renewal: Optional[pd.DataFrame] = None
    purchases: Optional[pd.DataFrame] = None
    tco: Optional[pd.DataFrame] = None
    names: dict = field(default_factory=dict)


def read_tables(alg, parameters, context, feedback) -> Optional[FleetTables]:
    """The fleet tables of the report's parameters; None when none is given."""
    tables, names = {}, {}
    for key, (text, numbers, optional) in COLUMNS.items():
        tables[key] = read_table(
            alg, parameters, key, context, feedback, text, numbers, optional_numbers=optional
        )
        if tables[key] is not None:
            names[key] = table_name(alg, parameters, key, context)
    if not names:
        return None
    return FleetTables(tables[TOTALS], tables[RENEWAL], tables[PURCHASES], tables[TCO], names)


def summary(tables: FleetTables) -> dict:
    """The section's key figures for the report's summary (JSON)."""
    out: dict = {}
    if tables.totals is not None and len(tables.totals):
        row = tables.totals.sort_values("layover_min").iloc[-1]
        out["fleet_today"] = {
            k: float(row[k]) for k in ("layover_min", "fleet_chaining", "fleet_with_spares")
        }
    if tables.renewal is not None and len(tables.renewal):
        r = tables.renewal
        out["renewal"] = {
            "target_year": int(r["year"].max()),
            "bought": float(r["bought"].sum()),
            "bought_electric": float(r["bought_electric"].sum()),
            "share_electric": float(r.sort_values("year")["share_electric"].iloc[-1]),
            "local_value": float(r["local_value"].sum()),
            "imported_value": float(r["imported_value"].sum()),
        }
    if tables.tco is not None and len(tables.tco):
        per = tables.tco.groupby("technology")["tco_per_km"].first()
        out["tco_per_km"] = {str(k): float(v) for k, v in per.items()}
    return out


@dataclass
class FleetSection:
    """What the section adds to the report's charts, tables, notes and references."""

    charts: List[ChartRow]
    tables: List[Table]
    notes: List[str]
    references: List[str]


class FleetText:
    """The section's texts in the report's language (``text``: the report's :class:`content.ReportText`)."""

    def __init__(self, text) -> None:
        self.text = text

    def tr(self, source: str) -> str:
        """``source`` in the report's language."""
        return self.text.translator.translate(type(self).__name__, source)

    def fixed(self, value, decimals: int = 0) -> str:
        """A number with ``decimals`` decimals in the report's language ("—" when there is none)."""
        if value is None or not np.isfinite(float(value)):
            return NONE
        return self.text.locale.toString(float(value), "f", decimals)

    def technology(self, name: str) -> str:
        """A technology's name in the report's language (others as given)."""
        names = {"diesel": self.tr("Diesel"), "electric": self.tr("Electric")}
        return names.get(str(name).lower(), str(name))

    def section(self, tables: FleetTables, work: Path) -> FleetSection:
        """The charts (drawn in ``work``), tables, notes and references of the section."""
        out = FleetSection([], [], [], list(REFERENCES))
        if tables.totals is not None and len(tables.totals):
            out.tables.append(self.fleet_table(tables.totals))
        if tables.renewal is not None and len(tables.renewal):
            if tables.purchases is not None and len(tables.purchases):
                out.tables.append(self.purchases_table(tables.purchases, tables.renewal))
                out.charts.append(self.purchases_chart(tables.purchases, tables.renewal, work))
            out.tables.append(self.industry_table(tables.renewal))
        if tables.tco is not None and len(tables.tco):
            out.tables.append(self.tco_table(tables.tco))
            out.charts.append(self.tco_chart(tables.tco, work))
        out.notes = self.notes(tables)
        return out

    # ------------------------------------------------------------ tables

    def fleet_table(self, totals: pd.DataFrame) -> Table:
        """Fleet today: the estimators (rows) per layover (columns)."""
        totals = totals.sort_values("layover_min")
        rows = [
            (self.tr("Buses, trip chaining"), "fleet_chaining"),
            (self.tr("Buses with spares"), "fleet_with_spares"),
            (self.tr("Buses, cycle time / headway"), "fleet_cycle"),
            (self.tr("Buses, block_id of the feed"), "fleet_blocks"),
            (self.tr("Trips running at once (lower bound)"), "concurrent_max"),
            (self.tr("Vehicle-km in service"), "vehicle_km"),
            (self.tr("Vehicle-hours in service"), "vehicle_hours"),
        ]
        body = [
            [label] + [self.fixed(v) for v in totals.get(key, pd.Series([np.nan] * len(totals)))]
            for label, key in rows
        ]
        header = [self.tr("Estimator")] + [
            self.tr("Layover {} min").format(self.fixed(v, 1 if v % 1 else 0)) for v in totals["layover_min"]
        ]
        title = self.tr("Fleet and industry: the buses the timetable needs today")
        return Table(title, header, body, [False] + [True] * len(totals))

    def purchases_table(self, purchases: pd.DataFrame, renewal: pd.DataFrame) -> Table:
        """Buses bought per year by technology, battery MWh and the share electric."""
        by = purchases.pivot_table(index="year", columns="technology", values="units", aggfunc="sum").fillna(
            0.0
        )
        by = by.reindex(renewal["year"].to_numpy(), fill_value=0.0)
        r = renewal.set_index("year")
        rows = [
            [str(int(year))]
            + [self.fixed(by.loc[year, t], 1) for t in by.columns]
            + [
                self.fixed(r.loc[year, "battery_gwh"] * 1000, 1),
                self.text.percent(100 * r.loc[year, "share_electric"]),
            ]
            for year in by.index
        ]
        header = (
            [self.tr("Year")]
            + [self.tr("Bought: {}").format(self.technology(t)) for t in by.columns]
            + [self.tr("Batteries (MWh)"), self.tr("Share electric of the fleet")]
        )
        title = self.tr("Fleet and industry: buses bought to {} by technology").format(
            int(renewal["year"].max())
        )
        return Table(title, header, rows, [False] + [True] * (len(header) - 1))

    def industry_table(self, renewal: pd.DataFrame) -> Table:
        """Purchase value per year: producible in the region and imported."""
        rows = [
            [
                str(int(row.year)),
                self.fixed(row.value),
                self.fixed(row.local_value),
                self.fixed(row.imported_value),
                self.text.percent(100 * row.local_value / row.value if row.value > 0 else np.nan),
            ]
            for row in renewal.sort_values("year").itertuples()
        ]
        header = [
            self.tr("Year"),
            self.tr("Purchase value"),
            self.tr("Producible in the region"),
            self.tr("Imported"),
            self.tr("Local share"),
        ]
        return Table(
            self.tr("Fleet and industry: local value of the purchases"), header, rows, [False] + [True] * 4
        )

    def tco_table(self, tco: pd.DataFrame) -> Table:
        """Per technology: TCO per km, cumulative present cost of a bus, cost per km, break-even year."""
        first, last = int(tco["year"].min()), int(tco["year"].max())
        rows = []
        for technology, t in tco.groupby("technology", sort=False):
            t = t.sort_values("year")
            even = t["break_even_year"].iloc[0] if "break_even_year" in t else np.nan
            rows.append(
                [
                    self.technology(technology),
                    self.fixed(t["tco_per_km"].iloc[0], 2),
                    self.fixed(t["cumulative_pv"].iloc[-1]),
                    self.fixed(t["cost_per_km"].iloc[0], 2),
                    self.fixed(t["cost_per_km"].iloc[-1], 2),
                    str(int(even)) if np.isfinite(even) else NONE,
                ]
            )
        header = [
            self.tr("Technology"),
            self.tr("TCO per km"),
            self.tr("Present cost of a bus, {0}–{1}").format(first, last),
            self.tr("Cost per km, {}").format(first),
            self.tr("Cost per km, {}").format(last),
            self.tr("Break-even year"),
        ]
        title = self.tr("Fleet and industry: total cost of ownership by technology")
        return Table(title, header, rows, [False] + [True] * 5)

    # ------------------------------------------------------------ charts

    def purchases_chart(self, purchases: pd.DataFrame, renewal: pd.DataFrame, work: Path) -> ChartRow:
        """Buses bought per year by technology and the share electric, drawn in ``work``."""
        texts = {
            "title": self.tr("Buses bought per year by technology"),
            "x": self.tr("Year"),
            "y": self.tr("Buses bought"),
            "share": self.tr("Share electric of the fleet (%)"),
            "names": {t: self.technology(t) for t in purchases["technology"].unique()},
        }
        figure = purchases_figure(purchases, renewal, texts, qlocale_number(self.text.locale))
        caption = self.tr("Fleet and industry: purchases and the share electric")
        return ChartRow(caption, [save_png(figure, work / "fleet_purchases.png")], [1.0])

    def tco_chart(self, tco: pd.DataFrame, work: Path) -> ChartRow:
        """Cumulative present cost of a bus and cost per km by technology, drawn in ``work``."""
        texts = {
            "title_cumulative": self.tr("Cumulative present cost of one bus"),
            "title_km": self.tr("Cost per km of each year"),
            "x": self.tr("Year"),
            "y_cumulative": self.tr("Present cost"),
            "y_km": self.tr("Cost per km"),
            "break_even": self.tr("break-even {}"),
            "names": {t: self.technology(t) for t in tco["technology"].unique()},
        }
        figure = tco_figure(tco, texts, qlocale_number(self.text.locale))
        caption = self.tr("Fleet and industry: total cost of ownership by technology")
        return ChartRow(caption, [save_png(figure, work / "fleet_tco.png")], [1.0])

    # ------------------------------------------------------------ notes

    def notes(self, tables: FleetTables) -> List[str]:
        """Method notes of the tables given."""
        texts = {
            TOTALS: self.tr(
                "Fleet (table {}): buses the GTFS timetable needs, by trip chaining (each route's trips "
                "chained first in, first out at its terminals with the minimum layover), by cycle time / "
                "headway and by the feed's block_id; no estimate can be below the trips running at once. "
                "Spares are added to the chaining estimate. A feed of some routes or of part of the day "
                "gives the fleet of that service, not the operators' registered fleet."
            ),
            RENEWAL: self.tr(
                "Renewal and local industry (table {}): buses retire at a legal maximum age or by Weibull "
                "survival and are replaced by the technologies of the purchase policy; the purchase value is "
                "split into body, chassis, drive train and battery by cost shares, each multiplied by the "
                "local-content share of that year (the Argentine rule: Quiroga Barrera Oro 2022). Counts are "
                "expected values; values are in the currency of the prices; shipped presets are estimates."
            ),
            TCO: self.tr(
                "Total cost of ownership (table {}): capital costs as annuities, energy and maintenance "
                "escalated each year and every cost discounted to the first year, with the formulas of "
                "eflips-tco (TU Berlin); the break-even year is the first in which a technology's cumulative "
                "present cost is at or below diesel's. The LAC defaults are estimates unless a source is "
                "given (e-bus price about twice a diesel bus's, IDB)."
            ),
        }
        return [text.format(tables.names[key]) for key, text in texts.items() if key in tables.names]
