"""Mobility demand, by stage (Ortúzar & Willumsen, *Modelling Transport*, 4th ed., 2011):

- :mod:`.generation` (ch. 4): cross-classification rates, rates on zone attributes, a regression with
  observed trips kept where zones have them, rates from an OD survey, and balancing of the two totals;
- :mod:`.deterrence` (ch. 5): costs and deterrence functions (exponential, power, combined, table);
- :mod:`.distribution` (ch. 5): the gravity model, doubly constrained (Furness / IPF) or singly
  constrained, islands balanced separately, Furness on a seed matrix, trip-length distributions;
- :mod:`.calibration` (ch. 5): Hyman's method for β against an observed mean trip cost, and a fit to an
  observed trip-length distribution;
- :mod:`.modesplit` (ch. 7): multinomial logit over OD pairs;
- :mod:`.model` and :mod:`.flows`: what the distribution and desire-line algorithms run in one call.

Long ↔ dense conversions of OD tables are in :mod:`..od`. Nothing here talks to the user: results carry
counts, ids and flags, and input problems raise :class:`~..errors.InputError` with a code, which the
Processing layer turns into messages. This package re-exports the names of the former ``core.demand``
module.
"""

from ..od import DenseMatrixResult, dense_to_long, long_to_dense
from .calibration import (
    CalibrationResult,
    MeanCostTooLow,
    UnattainableMeanCost,
    calibrate_hyman,
    calibrate_tld,
)
from .deterrence import DETERRENCE_KINDS, CostCheck, Deterrence, check_costs, fill_intrazonal, intrazonal_cost
from .distribution import (
    CONSTRAINTS,
    DistributionResult,
    furness,
    gravity,
    gravity_distribution,
    mean_trip_cost,
    trip_length_distribution,
)
from .flows import DesireFlows, desire_flows
from .generation import (
    BALANCE_METHODS,
    LAC_TRIP_RATES,
    AttributeRatesResult,
    BalanceReport,
    ByCategory,
    ByRates,
    ByRegression,
    CrossClassificationResult,
    GenerationResult,
    RegressionResult,
    RegressionTrips,
    SideTrips,
    SurveyRatesResult,
    attribute_rates,
    balance_totals,
    category_rates,
    cross_classification,
    fit_regression,
    generate,
    lac_default_rates,
    observed_else_predicted,
    rates_from_survey,
)
from .model import DistributionRun, DistributionSettings, distribute
from .modesplit import (
    ModeAvailability,
    ModeMatrix,
    ModeSplitResult,
    ModeSplitRun,
    logit_mode_split,
    mode_shares_by_origin,
    shares_by_origin,
    split_modes,
)

__all__ = [
    "BALANCE_METHODS",
    "CONSTRAINTS",
    "DETERRENCE_KINDS",
    "LAC_TRIP_RATES",
    "AttributeRatesResult",
    "BalanceReport",
    "ByCategory",
    "ByRates",
    "ByRegression",
    "CalibrationResult",
    "CostCheck",
    "CrossClassificationResult",
    "DenseMatrixResult",
    "DesireFlows",
    "Deterrence",
    "DistributionResult",
    "DistributionRun",
    "DistributionSettings",
    "GenerationResult",
    "MeanCostTooLow",
    "ModeAvailability",
    "ModeMatrix",
    "ModeSplitResult",
    "ModeSplitRun",
    "RegressionResult",
    "RegressionTrips",
    "SideTrips",
    "SurveyRatesResult",
    "UnattainableMeanCost",
    "attribute_rates",
    "balance_totals",
    "calibrate_hyman",
    "calibrate_tld",
    "category_rates",
    "check_costs",
    "cross_classification",
    "dense_to_long",
    "desire_flows",
    "distribute",
    "fill_intrazonal",
    "fit_regression",
    "furness",
    "generate",
    "gravity",
    "gravity_distribution",
    "intrazonal_cost",
    "lac_default_rates",
    "logit_mode_split",
    "long_to_dense",
    "mean_trip_cost",
    "mode_shares_by_origin",
    "observed_else_predicted",
    "rates_from_survey",
    "shares_by_origin",
    "split_modes",
    "trip_length_distribution",
]
