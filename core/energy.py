"""Battery-electric bus energy and charging for a day's vehicle blocks: energy per block, battery
feasibility, opportunity charging at terminals, depot chargers and an hourly charging-load profile.

Method (for the Processing help):

- Energy of a block = Σ km × kWh/km + HVAC power(ambient °C) × hours in service (first departure to last
  arrival: the HVAC also runs at layovers). kWh/km depends on the bus size and on a speed class of the block's
  scheduled speed (km / revenue hours): ``slow`` below 15 km/h, ``medium`` 15–22, ``fast`` above, bounds taken
  half-way between the UITP SORT cycles' mean speeds (heavy urban 12.6, easy urban 18.6, suburban 26.3 km/h).
  Defaults in ``resources/presets/ebus_energy.csv`` and the HVAC curve (linear between its points) in
  ``resources/presets/hvac_power.csv``, each row with its source or marked an estimate.
- Feasible on one charge when energy ≤ battery × (usable share − reserve share). Otherwise the block "needs
  opportunity charging": the missing energy is charged at the terminal where the block spends most of its
  layover time, spread evenly over its layovers there (power = missing kWh / (layover hours × efficiency));
  blocks needing more than the opportunity charger's power cannot be served even so and are counted.
- Terminal chargers = the most buses charging there at one moment (one charger each; each bus draws at most the
  terminal charger's power), and the most power drawn at one moment.
- Depot chargers = ceil(depot energy / (charger power × efficiency × overnight window hours)), depot energy =
  Σ of each block's energy less what it charged en route, recharged with managed (smart) charging: an even
  grid load over the whole window, the load those chargers draw.
- Profile: kW drawn from the grid (energy / efficiency) averaged over each hour of the service day (24, 25 …
  after midnight), per location: ``depot`` or the terminal's stop id.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Mapping, Optional, Union

import numpy as np
import pandas as pd

from .errors import QT_TR_NOOP, InputError
from .progress import ProgressCallback, report

PRESETS = Path(__file__).resolve().parents[1] / "resources" / "presets"
SIZES = ("micro", "midi", "standard", "articulated", "biarticulated")
SPEED_CLASSES = (("slow", 15.0), ("medium", 22.0), ("fast", math.inf))
"""Upper bounds (km/h) of the speed classes, half-way between the UITP SORT cycles' mean speeds."""
MAX_EXAMPLES = 5


@dataclass
class ChargingParameters:
    """Battery and chargers (defaults: estimates for a 12 m e-bus with depot charging)."""

    battery_kwh: float = 350.0
    """Nominal battery (estimate: 12 m e-buses sold in LAC carry about 250–420 kWh)."""
    usable_share: float = 0.9
    """Share of the nominal battery the bus may use (state-of-charge window; estimate)."""
    reserve_share: float = 0.1
    """Share of the nominal battery kept as reserve at the end of the day (estimate)."""
    depot_power_kw: float = 150.0
    """Power of one depot charger (estimate: plug-in depot chargers of 80–150 kW)."""
    opportunity_power_kw: float = 450.0
    """Maximum power of a terminal (pantograph) charger (estimate: 150–600 kW on the market)."""
    efficiency: float = 0.92
    """Grid-to-battery efficiency of charging (estimate)."""
    overnight_start_h: float = 23.0
    """Start of the overnight charging window (hours of the service day)."""
    overnight_hours: float = 6.0
    """Length of the overnight charging window."""


@dataclass
class EnergyDiagnostics:
    """Counts and examples for the algorithm's messages."""

    blocks: int = 0
    infeasible_blocks: int = 0
    """Blocks that need opportunity charging."""
    infeasible_examples: List[str] = field(default_factory=list)
    beyond_opportunity_blocks: int = 0
    """Blocks whose opportunity charging would need more than the terminal charger's power."""
    beyond_opportunity_examples: List[str] = field(default_factory=list)
    no_layover_blocks: int = 0
    """Infeasible blocks without any layover to charge in."""
    hvac_kw: float = 0.0
    """HVAC power of a 12 m bus at the ambient temperature (for the message)."""
    depot_chargers: int = 0
    depot_energy_kwh: float = 0.0


@dataclass
class EnergyResult:
    """Per block, per route, per terminal, the hourly profile and diagnostics."""

    blocks: pd.DataFrame
    routes: pd.DataFrame
    terminals: pd.DataFrame
    """terminal (stop id), blocks, energy_kwh (charged there), peak_kw (the highest hourly mean), max_kw (the
    most drawn at one moment), chargers (the most buses charging at one moment: one charger each)."""
    profile: pd.DataFrame
    """location ('depot' or a terminal stop id), hour, kw (mean grid power over the hour)."""
    diagnostics: EnergyDiagnostics


def load_presets() -> tuple:
    """The shipped kWh/km table (size, speed_class, kwh_per_km, source) and HVAC curve (size, temperature_c,
    hvac_kw, source)."""
    return pd.read_csv(PRESETS / "ebus_energy.csv"), pd.read_csv(PRESETS / "hvac_power.csv")


def hvac_power_kw(size: str, ambient_c: float, curve: Optional[pd.DataFrame] = None) -> float:
    """HVAC power (kW) of a bus size at an ambient temperature, linear between the curve's points (clamped)."""
    curve = load_presets()[1] if curve is None else curve
    pts = curve.loc[curve["size"] == size].sort_values("temperature_c")
    if pts.empty:
        raise ValueError(f"unknown bus size {size!r}; known sizes: {', '.join(SIZES)}")
    return float(np.interp(ambient_c, pts["temperature_c"], pts["hvac_kw"]))


def speed_class(speed_kmh: np.ndarray) -> np.ndarray:
    """Speed class name of each scheduled speed (see :data:`SPEED_CLASSES`)."""
    bounds = np.array([b for _, b in SPEED_CLASSES[:-1]])
    names = np.array([n for n, _ in SPEED_CLASSES], dtype=object)
    return names[np.searchsorted(bounds, np.asarray(speed_kmh, float), side="right")]


def _check(params: ChargingParameters) -> None:
    p = params
    if not p.battery_kwh > 0:
        raise InputError(
            "energy_battery",
            QT_TR_NOOP("The battery must hold a positive energy (got {kwh} kWh)."),
            kwh=p.battery_kwh,
        )
    if not (0 < p.usable_share <= 1 and 0 <= p.reserve_share < p.usable_share):
        raise InputError(
            "energy_shares",
            QT_TR_NOOP(
                "The battery shares must satisfy 0 ≤ reserve < usable ≤ 1 (got usable {usable}, reserve {reserve})."
            ),
            usable=p.usable_share,
            reserve=p.reserve_share,
        )
    if not (p.depot_power_kw > 0 and p.opportunity_power_kw > 0 and 0 < p.efficiency <= 1):
        raise InputError(
            "energy_chargers",
            QT_TR_NOOP(
                "Charger powers must be positive and the charging efficiency above 0 and at most 1 (got depot {depot} kW, terminal {terminal} kW, efficiency {efficiency})."
            ),
            depot=p.depot_power_kw,
            terminal=p.opportunity_power_kw,
            efficiency=p.efficiency,
        )
    if not 0 < p.overnight_hours <= 24:
        raise InputError(
            "energy_overnight",
            QT_TR_NOOP(
                "The overnight charging window must last more than 0 and at most 24 hours (got {hours})."
            ),
            hours=p.overnight_hours,
        )


def _layovers(block_trips: pd.DataFrame, trips: pd.DataFrame) -> pd.DataFrame:
    """Layovers between consecutive trips of each block: block_id, terminal, start_s, end_s."""
    t = block_trips[["trip_id", "block_id", "block_seq"]].merge(
        trips[["trip_id", "departure_s", "arrival_s", "last_stop_id"]], on="trip_id", how="left"
    )
    t = t.sort_values(["block_id", "block_seq"], kind="mergesort").reset_index(drop=True)
    same = np.r_[t["block_id"].to_numpy()[1:] == t["block_id"].to_numpy()[:-1], False]
    lay = pd.DataFrame(
        {
            "block_id": t["block_id"].to_numpy()[same],
            "terminal": t["last_stop_id"].to_numpy()[same],
            "start_s": t["arrival_s"].to_numpy()[same],
            "end_s": np.r_[t["departure_s"].to_numpy()[1:], np.nan][same],
        }
    )
    return lay.loc[lay["end_s"] > lay["start_s"]]


def _spread(location: np.ndarray, start_s: np.ndarray, end_s: np.ndarray, kw: np.ndarray) -> pd.DataFrame:
    """kWh per location and hour of intervals drawing a constant power."""
    ok = end_s > start_s
    location, start_s, end_s, kw = location[ok], start_s[ok], end_s[ok], kw[ok]
    h0 = np.floor(start_s / 3600).astype(np.int64)
    h1 = np.floor((end_s - 1e-9) / 3600).astype(np.int64)
    n = h1 - h0 + 1
    rep = np.repeat(np.arange(len(h0)), n)
    hour = h0[rep] + (np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n))
    seconds = np.minimum(end_s[rep], (hour + 1) * 3600.0) - np.maximum(start_s[rep], hour * 3600.0)
    df = pd.DataFrame({"location": location[rep], "hour": hour, "kw": kw[rep] * seconds / 3600.0})
    return df.groupby(["location", "hour"], as_index=False)["kw"].sum()


def _kwh_per_km(blocks: pd.DataFrame, table: pd.DataFrame) -> np.ndarray:
    key = pd.MultiIndex.from_frame(blocks[["size", "speed_class"]])
    values = table.set_index(["size", "speed_class"])["kwh_per_km"].reindex(key).to_numpy(float)
    if np.isnan(values).any():
        missing = sorted(set(blocks.loc[np.isnan(values), "size"]))
        raise ValueError(f"no kWh/km for the bus sizes {missing}; known sizes: {', '.join(SIZES)}")
    return values


def _opportunity(b: pd.DataFrame, lay: pd.DataFrame, p: ChargingParameters, diag: EnergyDiagnostics) -> tuple:
    """Terminal, power and interval of each infeasible block's charging; the terminal load intervals."""
    need = b.loc[b["deficit_kwh"] > 0, ["block_id", "deficit_kwh"]]
    at = lay.loc[lay["block_id"].isin(need["block_id"])].copy()
    at["h"] = (at["end_s"] - at["start_s"]) / 3600.0
    per = at.groupby(["block_id", "terminal"], as_index=False)["h"].sum()
    per = per.sort_values(["block_id", "h"], ascending=[True, False]).drop_duplicates("block_id")
    need = need.merge(per, on="block_id", how="left")
    need["kw"] = need["deficit_kwh"] / (need["h"] * p.efficiency)
    no_layover = need["h"].isna() | ~(need["h"] > 0)
    diag.no_layover_blocks = int(no_layover.sum())
    too_much = no_layover | (need["kw"] > p.opportunity_power_kw)
    diag.beyond_opportunity_blocks = int(too_much.sum())
    diag.beyond_opportunity_examples = [str(v) for v in need.loc[too_much, "block_id"][:MAX_EXAMPLES]]
    intervals = at.merge(need[["block_id", "terminal", "kw"]], on=["block_id", "terminal"])
    return need.set_index("block_id"), intervals


def block_energy(
    blocks: pd.DataFrame,
    block_trips: pd.DataFrame,
    trips: pd.DataFrame,
    size: Union[str, Mapping[str, str]] = "standard",
    ambient_c: float = 25.0,
    params: Optional[ChargingParameters] = None,
    kwh_table: Optional[pd.DataFrame] = None,
    hvac_curve: Optional[pd.DataFrame] = None,
    progress: ProgressCallback = None,
) -> EnergyResult:
    """Energy, battery feasibility and charging of the blocks of :func:`conecta.core.fleet.vehicle_blocks`
    (``blocks`` and ``block_trips`` = its ``blocks`` and ``trips``; ``trips`` = the activity's trip table).
    ``size`` is one bus size for all, or route_id → size (routes not in it: ``standard``)."""
    p = params or ChargingParameters()
    _check(p)
    table, curve = load_presets()
    table = table if kwh_table is None else kwh_table
    curve = curve if hvac_curve is None else hvac_curve
    b = blocks[["block_id", "route_id", "km", "revenue_hours", "hours_in_service", "last_arrival_s"]].copy()
    if isinstance(size, str):
        b["size"] = size
    else:
        b["size"] = b["route_id"].map(dict(size)).fillna("standard")
    b["speed_kmh"] = b["km"] / b["revenue_hours"].where(b["revenue_hours"] > 0)
    b["speed_class"] = speed_class(b["speed_kmh"].fillna(0.0))
    b["kwh_per_km"] = _kwh_per_km(b, table)
    hvac = {s: hvac_power_kw(s, ambient_c, curve) for s in b["size"].unique()}
    b["traction_kwh"] = b["km"] * b["kwh_per_km"]
    b["hvac_kwh"] = b["size"].map(hvac) * b["hours_in_service"]
    b["energy_kwh"] = b["traction_kwh"] + b["hvac_kwh"]
    available = p.battery_kwh * (p.usable_share - p.reserve_share)
    b["feasible"] = b["energy_kwh"] <= available
    b["deficit_kwh"] = np.maximum(b["energy_kwh"] - available, 0.0)
    diag = EnergyDiagnostics(blocks=len(b), hvac_kw=hvac_power_kw("standard", ambient_c, curve))
    diag.infeasible_blocks = int((~b["feasible"]).sum())
    diag.infeasible_examples = [str(v) for v in b.loc[~b["feasible"], "block_id"][:MAX_EXAMPLES]]
    report(progress, 0.4)
    need, intervals = _opportunity(b, _layovers(block_trips, trips), p, diag)
    b["charge_terminal"] = need["terminal"].reindex(b["block_id"]).to_numpy(dtype=object)
    b["opportunity_kw"] = need["kw"].reindex(b["block_id"]).to_numpy(float)
    b["depot_kwh"] = b["energy_kwh"] - np.where(b["charge_terminal"].notna(), b["deficit_kwh"], 0.0)
    return _charging(b, intervals, p, diag, progress)


def _simultaneous(intervals: pd.DataFrame) -> pd.DataFrame:
    """Per terminal: the most buses charging at the same moment and the power they draw then (kW from the
    grid), from the charging intervals (a bus leaving frees its charger for one arriving at that second)."""
    if intervals.empty:
        return pd.DataFrame({"buses": [], "max_kw": []})
    terminal = intervals["terminal"].to_numpy(dtype=object)
    events = pd.DataFrame(
        {
            "terminal": np.r_[terminal, terminal],
            "t": np.r_[intervals["start_s"].to_numpy(float), intervals["end_s"].to_numpy(float)],
            "start": np.r_[np.ones(len(intervals)), np.zeros(len(intervals))],
            "buses": np.r_[np.ones(len(intervals)), -np.ones(len(intervals))],
            "kw": np.r_[intervals["kw"].to_numpy(float), -intervals["kw"].to_numpy(float)],
        }
    ).sort_values(["terminal", "t", "start"], kind="mergesort")
    grouped = events.groupby("terminal", sort=False)
    events["buses"] = grouped["buses"].cumsum()
    events["kw"] = grouped["kw"].cumsum()
    return events.groupby("terminal").agg(buses=("buses", "max"), max_kw=("kw", "max"))


def _charging(
    b: pd.DataFrame, intervals: pd.DataFrame, p: ChargingParameters, diag: EnergyDiagnostics, progress
) -> EnergyResult:
    """Depot chargers, terminal table, hourly profile and route table."""
    diag.depot_energy_kwh = float(b["depot_kwh"].sum())
    diag.depot_chargers = int(
        math.ceil(diag.depot_energy_kwh / (p.depot_power_kw * p.efficiency * p.overnight_hours))
    )
    start = p.overnight_start_h * 3600.0
    depot = _spread(
        np.array(["depot"], dtype=object),
        np.array([start]),
        np.array([start + p.overnight_hours * 3600.0]),
        np.array([diag.depot_energy_kwh / p.efficiency / p.overnight_hours]),
    )
    opp = _spread(
        intervals["terminal"].to_numpy(dtype=object),
        intervals["start_s"].to_numpy(float),
        intervals["end_s"].to_numpy(float),
        intervals["kw"].to_numpy(float),
    )
    profile = pd.concat([depot, opp], ignore_index=True)
    report(progress, 0.8)
    charged = b.loc[b["charge_terminal"].notna()]
    terminals = charged.groupby("charge_terminal").agg(
        blocks=("block_id", "size"), energy_kwh=("deficit_kwh", "sum")
    )
    terminals["peak_kw"] = opp.groupby("location")["kw"].max().reindex(terminals.index).fillna(0.0)
    at_once = _simultaneous(intervals)
    terminals["max_kw"] = at_once["max_kw"].reindex(terminals.index).fillna(0.0)
    terminals["chargers"] = at_once["buses"].reindex(terminals.index).fillna(0).astype(int)
    terminals = terminals.rename_axis("terminal").reset_index()
    routes = b.groupby("route_id").agg(
        blocks=("block_id", "size"),
        km=("km", "sum"),
        energy_kwh=("energy_kwh", "sum"),
        infeasible_blocks=("feasible", lambda s: int((~s).sum())),
    )
    routes["kwh_per_km"] = routes["energy_kwh"] / routes["km"].where(routes["km"] > 0)
    report(progress, 1.0)
    return EnergyResult(b, routes.reset_index(), terminals, profile, diag)


CHARGING_STATUS = ("depot", "needs opportunity charging", "beyond the terminal charger")
"""Per block: enough on one depot charge; needs opportunity charging at its terminal; would need more power
than a terminal charger gives (or has no layover to charge in)."""


@dataclass
class EbusDay:
    """Vehicle blocks of a day and their energy and charging, with one table per block."""

    blocks: object
    """The :class:`conecta.core.fleet.Blocks` of the day."""
    energy: EnergyResult
    table: pd.DataFrame
    """Per block: the block table of ``vehicle_blocks`` (trips, times, terminals, source) and the energy
    columns of :func:`block_energy`, with ``charging`` (one of :data:`CHARGING_STATUS`)."""


def ebus_energy(
    trips: pd.DataFrame,
    stops: Optional[pd.DataFrame] = None,
    min_layover_min: float = 0.0,
    use_block_id: bool = True,
    size: Union[str, Mapping[str, str]] = "standard",
    ambient_c: float = 25.0,
    params: Optional[ChargingParameters] = None,
    progress: ProgressCallback = None,
) -> EbusDay:
    """Blocks of a day's trips (:func:`conecta.core.fleet.vehicle_blocks`: ``block_id`` or FIFO chaining with
    ``min_layover_min``), then their energy and charging (:func:`block_energy`)."""
    from .fleet.blocks import vehicle_blocks

    _check(params or ChargingParameters())
    blocks = vehicle_blocks(trips, stops, min_layover_min, use_block_id=use_block_id)
    report(progress, 0.2)
    sub = None if progress is None else (lambda f: progress(0.2 + 0.8 * f))
    energy = block_energy(blocks.blocks, blocks.trips, trips, size, ambient_c, params, progress=sub)
    b = energy.blocks
    limit = (params or ChargingParameters()).opportunity_power_kw
    beyond = ~b["feasible"] & ~(b["opportunity_kw"] <= limit)
    status = np.where(
        b["feasible"], CHARGING_STATUS[0], np.where(beyond, CHARGING_STATUS[2], CHARGING_STATUS[1])
    )
    extra = b.drop(columns=["route_id", "km", "revenue_hours", "hours_in_service", "last_arrival_s"])
    table = blocks.blocks.merge(extra.assign(charging=status), on="block_id", how="left")
    return EbusDay(blocks, energy, table)
