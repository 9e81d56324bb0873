"""E-bus energy and charging of the hand-made feed's blocks, computed by hand, and bad input."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from conecta.core.energy import ChargingParameters, block_energy, hvac_power_kw, speed_class
from conecta.core.fleet import vehicle_blocks


@pytest.fixture(scope="module")
def day(handmade_feed, handmade_morning):
    trips = handmade_morning.trips
    return trips, vehicle_blocks(trips, handmade_feed.stops, 0)


def test_block_energy_by_hand(day):
    trips, blocks = day
    res = block_energy(blocks.blocks, blocks.trips, trips, ambient_c=30.0)
    x = res.blocks.set_index("block_id").loc["X"]
    # Block X: 3 trips of 2 U × 1.3 km in 1 h of driving (7.8 km/h: "slow", 1.3 kWh/km for 12 m buses),
    # in service 06:00-07:20; HVAC of a 12 m bus at 30 °C is 10 kW (resources/presets/hvac_power.csv).
    km = 3 * 2 * 6371008.8 * math.radians(0.009) / 1000 * 1.3
    assert x["speed_class"] == "slow" and x["kwh_per_km"] == 1.3
    assert x["energy_kwh"] == pytest.approx(km * 1.3 + 10.0 * 80 / 60, rel=1e-9)
    assert bool(x["feasible"]) and res.diagnostics.infeasible_blocks == 0


def test_small_battery_needs_opportunity_charging_at_the_longest_layover(day):
    trips, blocks = day
    p = ChargingParameters(battery_kwh=20.0, usable_share=0.9, reserve_share=0.1, opportunity_power_kw=450)
    res = block_energy(blocks.blocks, blocks.trips, trips, ambient_c=30.0, params=p)
    b = res.blocks.set_index("block_id")
    x = b.loc["X"]
    assert not x["feasible"] and x["deficit_kwh"] == pytest.approx(x["energy_kwh"] - 16.0)
    # X waits 5 min at F (06:20-06:25) and 15 min at E (06:45-07:00): it charges at E.
    assert x["charge_terminal"] == "E"
    assert x["opportunity_kw"] == pytest.approx(x["deficit_kwh"] / (0.25 * 0.92))
    # Depot: what was not charged en route, over 6 h at 150 kW × 0.92 per charger.
    depot = (b["energy_kwh"] - b["deficit_kwh"].where(b["charge_terminal"].notna(), 0)).sum()
    assert res.diagnostics.depot_chargers == math.ceil(depot / (150 * 0.92 * 6))
    # The hourly profile holds all grid energy: (depot + opportunity) / efficiency.
    grid = res.profile["kw"].sum()
    assert grid == pytest.approx(
        (depot + b["deficit_kwh"].where(b["charge_terminal"].notna(), 0).sum()) / 0.92
    )


def test_hvac_curve_and_speed_classes():
    assert hvac_power_kw("standard", 20.0) == 2.0
    assert hvac_power_kw("standard", 35.0) == pytest.approx(
        15.0
    )  # half-way between 10 kW (30 °C) and 20 (40)
    assert hvac_power_kw("articulated", 35.0) == pytest.approx(1.5 * 15.0)
    assert list(speed_class(np.array([12.6, 18.6, 26.3]))) == ["slow", "medium", "fast"]


def test_bad_input(day):
    trips, blocks = day
    with pytest.raises(ValueError, match="unknown bus size"):
        hvac_power_kw("tram", 20)
    with pytest.raises(ValueError, match="no kWh/km for the bus sizes"):
        block_energy(blocks.blocks, blocks.trips, trips, size={"R1": "double_decker"})
    with pytest.raises(ValueError, match="battery must hold a positive energy"):
        block_energy(blocks.blocks, blocks.trips, trips, params=ChargingParameters(battery_kwh=0))
    with pytest.raises(ValueError, match="reserve < usable"):
        block_energy(blocks.blocks, blocks.trips, trips, params=ChargingParameters(reserve_share=0.95))
    with pytest.raises(ValueError, match="efficiency"):
        block_energy(blocks.blocks, blocks.trips, trips, params=ChargingParameters(efficiency=1.5))
    with pytest.raises(ValueError, match="overnight charging window must last"):
        block_energy(blocks.blocks, blocks.trips, trips, params=ChargingParameters(overnight_hours=0))


def test_terminal_chargers_count_the_buses_charging_at_one_moment():
    # Two buses wait at terminal B at the same time (P 07:00-07:10, Q 07:05-07:12) and both need to charge
    # there: two chargers, drawing the sum of their powers while both charge; an hourly mean would hide it.
    from conecta.core.energy import ebus_energy

    def trip(tid, block, a, b, dep_min, arr_min):
        return dict(route_id="R", trip_id=tid, block_id=block, first_stop_id=a, last_stop_id=b,
                    departure_s=dep_min * 60.0, arrival_s=arr_min * 60.0, dist_km=10.0, hours=(arr_min - dep_min) / 60)  # fmt: skip

    trips = pd.DataFrame(
        [
            trip("p1", "P", "A", "B", 360, 420),
            trip("p2", "P", "B", "A", 430, 490),
            trip("q1", "Q", "A", "B", 365, 425),
            trip("q2", "Q", "B", "A", 432, 492),
        ]
    )
    day = ebus_energy(trips, params=ChargingParameters(battery_kwh=20.0))
    blocks = day.table.set_index("block_id")
    assert list(blocks["charge_terminal"]) == ["B", "B"]
    p_kw = blocks.loc["P", "deficit_kwh"] / (10 / 60 * 0.92)  # its 10-minute layover at B, 92 % efficient
    q_kw = blocks.loc["Q", "deficit_kwh"] / (7 / 60 * 0.92)
    terminal = day.energy.terminals.set_index("terminal").loc["B"]
    assert terminal["chargers"] == 2
    assert terminal["max_kw"] == pytest.approx(p_kw + q_kw)
    assert set(blocks["charging"]) == {"needs opportunity charging"}
