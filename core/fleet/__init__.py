"""Fleet, renewal, cost and local industry of a city's buses (pure numerics; see each module)."""

from .blocks import TERMINAL_RADIUS_M, Blocks, terminal_codes, vehicle_blocks
from .cost import annuity, break_even_year, fleet_cost, load_cost_preset, tco_table
from .estimators import SPARE_RATIO, FleetDiagnostics, FleetEstimate, concurrent_max, fleet_estimates
from .renewal import WEIBULL_K, Renewal, load_preset, local_industry, renew_fleet, weibull_survival

__all__ = [
    "SPARE_RATIO",
    "TERMINAL_RADIUS_M",
    "WEIBULL_K",
    "Blocks",
    "FleetDiagnostics",
    "FleetEstimate",
    "Renewal",
    "annuity",
    "break_even_year",
    "concurrent_max",
    "fleet_cost",
    "fleet_estimates",
    "load_cost_preset",
    "load_preset",
    "local_industry",
    "renew_fleet",
    "tco_table",
    "terminal_codes",
    "vehicle_blocks",
    "weibull_survival",
]
