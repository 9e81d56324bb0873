"""Fleet, renewal, cost and local industry of a city's buses (pure numerics; see each module)."""

from .blocks import TERMINAL_RADIUS_M, Blocks, terminal_codes, vehicle_blocks
from .estimators import SPARE_RATIO, FleetDiagnostics, FleetEstimate, concurrent_max, fleet_estimates

__all__ = [
    "SPARE_RATIO",
    "TERMINAL_RADIUS_M",
    "Blocks",
    "FleetDiagnostics",
    "FleetEstimate",
    "concurrent_max",
    "fleet_estimates",
    "terminal_codes",
    "vehicle_blocks",
]
