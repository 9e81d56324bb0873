"""Fleet, renewal, cost and local industry of a city's buses (pure numerics; see each module)."""

from .blocks import TERMINAL_RADIUS_M, Blocks, terminal_codes, vehicle_blocks
from .cost import FleetCost, annuity, break_even_year, fleet_cost, fleet_tco, load_cost_preset, tco_table
from .estimators import SPARE_RATIO, FleetDiagnostics, FleetEstimate, concurrent_max, fleet_estimates
from .plan import RenewalPlan, renewal_plan
from .renewal import (
    WEIBULL_K,
    Renewal,
    industry_table,
    load_preset,
    local_industry,
    preset_rows,
    purchase_policy,
    renew_fleet,
    steady_state_ages,
    weibull_survival,
)

__all__ = [
    "SPARE_RATIO",
    "TERMINAL_RADIUS_M",
    "WEIBULL_K",
    "Blocks",
    "FleetCost",
    "FleetDiagnostics",
    "FleetEstimate",
    "Renewal",
    "RenewalPlan",
    "annuity",
    "break_even_year",
    "concurrent_max",
    "fleet_cost",
    "fleet_estimates",
    "fleet_tco",
    "industry_table",
    "load_cost_preset",
    "load_preset",
    "local_industry",
    "preset_rows",
    "purchase_policy",
    "renew_fleet",
    "renewal_plan",
    "steady_state_ages",
    "tco_table",
    "terminal_codes",
    "vehicle_blocks",
    "weibull_survival",
]
