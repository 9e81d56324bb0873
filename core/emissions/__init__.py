"""Bus emissions and energy: factor tables (CETESB, EMEP/EEA, scaled), fuels and grids, fleet mix, activity.

Pure numpy/pandas; the tables live in resources/factors (CSV, one source per row; see docs/factors.md).
"""

from .bus import (
    ROUTE_FIELDS,
    BusEmissions,
    EmissionDiagnostics,
    ZoneEmissions,
    bus_emissions,
    emissions_along_streets,
    emissions_by_link,
    emissions_by_zone,
)
from .factors import (
    REFERENCE_SPEED_KMH,
    cetesb_factor,
    emep_curve,
    emep_factor,
    emep_fuel_g,
    evaluate_curve,
    scaled_factor,
)
from .fleet import FleetDiagnostics, FleetMix, Substitution, dominant_size, fleet_mix, parse_euro
from .fuels import (
    GridFactor,
    blend_energy_share,
    blend_preset,
    check_blends,
    co2_per_gram,
    fossil_fraction,
    fuel_properties,
    grid_factor,
    resolve_grid_factor,
)
from .tables import FUELS, POLLUTANTS, REQUIRED_POLLUTANTS, SIZES, factor_table

__all__ = [
    "FUELS",
    "POLLUTANTS",
    "REFERENCE_SPEED_KMH",
    "ROUTE_FIELDS",
    "REQUIRED_POLLUTANTS",
    "SIZES",
    "BusEmissions",
    "EmissionDiagnostics",
    "FleetDiagnostics",
    "FleetMix",
    "GridFactor",
    "Substitution",
    "ZoneEmissions",
    "blend_energy_share",
    "blend_preset",
    "bus_emissions",
    "cetesb_factor",
    "check_blends",
    "co2_per_gram",
    "fossil_fraction",
    "emep_curve",
    "emep_fuel_g",
    "emep_factor",
    "emissions_along_streets",
    "emissions_by_link",
    "emissions_by_zone",
    "evaluate_curve",
    "factor_table",
    "dominant_size",
    "fleet_mix",
    "fuel_properties",
    "grid_factor",
    "parse_euro",
    "resolve_grid_factor",
    "scaled_factor",
]
