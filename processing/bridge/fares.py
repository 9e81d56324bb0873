"""Fare inputs of the public-transport algorithms, declared and read by one mixin (:class:`FareInput`): a fare
structure file (Conecta's JSON or r5r's zip), a maximum fare or a list of fare budgets; what the structure
names that the feed lacks, the overlaps resolved by precedence and a budget below every fare are said in the
log; the fare columns of the output are named here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import List, Optional

import numpy as np
from qgis.core import QgsProcessingException, QgsProcessingParameterFile

from ...core.transit import CompiledFares, FareStructure, minimum_fare, read_fare_structure
from .messages import _Context, push_count, show_ids
from .parsers import parse_numbers


class ConectaFares(_Context):
    """Translation context of the fare messages."""


@dataclass
class FareRequest:
    """What a run asks about fares: the structure, the budgets (money units, ascending) and the output form."""

    structure: FareStructure
    budgets: List[float]
    frontier: bool
    """One row per budget where the time changes (r5r's ``pareto_frontier``) instead of one budget."""


def fare_columns(percentiles: list) -> list:
    """Names of the fare columns: ``fare`` with one percentile, else ``fare_p<k>`` per percentile."""
    return ["fare"] if len(percentiles) == 1 else [f"fare_p{p}" for p in percentiles]


class FareInput:
    """``FARE_STRUCTURE`` (file), ``MAX_FARE`` and ``FARE_BUDGETS``; for algorithms on
    :class:`~.algorithm.ConectaAlgorithm`."""

    FARE_STRUCTURE = "FARE_STRUCTURE"
    MAX_FARE = "MAX_FARE"
    FARE_BUDGETS = "FARE_BUDGETS"

    def add_fare_parameters(self) -> None:
        """Declare the optional fare structure, maximum fare and fare budgets."""
        self.add(
            QgsProcessingParameterFile(
                self.FARE_STRUCTURE, ConectaFares.tr("Fare structure (JSON or r5r zip; optional)"),
                fileFilter=ConectaFares.tr("Fare structures (*.json *.zip)"), optional=True,
            ),
            help_text=ConectaFares.tr(
                "Fares by mode, agency or route, transfer discounts within a time window, free feeders and a "
                "fare cap (examples for five cities in the plugin's resources/fares folder; r5r's fare "
                "structure zip is read as well). With it, travel times are the fastest journeys within the "
                "budget and a fare column gives their fare."
            ),
        )  # fmt: skip
        self.add_number(
            self.MAX_FARE, ConectaFares.tr("Maximum fare (budget per trip; empty = no limit)"), None, minimum=0.0,
            optional=True,
            help_text=ConectaFares.tr(
                "The fastest journey costing at most this, as r5r's max_fare: pairs that cannot be reached "
                "within it are left out."
            ),
        )  # fmt: skip
        self.add_text(
            self.FARE_BUDGETS, ConectaFares.tr("Fare budgets for a time × fare frontier (comma-separated)"),
            optional=True, advanced=True,
            help_text=ConectaFares.tr(
                "Several budgets, e.g. 4.80, 7.20, 9.60: one row per pair and budget whose travel time differs "
                "from the next smaller budget's, with columns fare_budget and fare, as r5r's pareto_frontier."
            ),
        )  # fmt: skip

    def fare_request(self, parameters, context) -> Optional[FareRequest]:
        """The fare structure and budgets asked for (None without a fare structure)."""
        value = parameters.get(self.FARE_STRUCTURE)
        path = (self.parameterAsFile(parameters, self.FARE_STRUCTURE, context) or "").strip()
        if not path and isinstance(value, os.PathLike):
            path = os.fspath(value)
        has_max = parameters.get(self.MAX_FARE) not in (None, "")
        text = (self.parameterAsString(parameters, self.FARE_BUDGETS, context) or "").strip()
        if not path:
            if has_max or text:
                raise QgsProcessingException(
                    ConectaFares.tr("A maximum fare or fare budgets need a fare structure file.")
                )
            return None
        if has_max and text:
            raise QgsProcessingException(
                ConectaFares.tr("Give either a maximum fare or a list of fare budgets, not both.")
            )
        budgets = [float("inf")]
        if has_max:
            budgets = [self.parameterAsDouble(parameters, self.MAX_FARE, context)]
        elif text:
            budgets = self._budgets(text)
        return FareRequest(read_fare_structure(path), sorted(set(budgets)), bool(text))

    def _budgets(self, text: str) -> list:
        """Fare budgets typed as numbers separated by commas."""
        try:
            values = parse_numbers(text)
        except ValueError:
            values = []
        if not values or any(not v >= 0 for v in values):
            raise QgsProcessingException(
                ConectaFares.tr(
                    "Fare budgets must be numbers of 0 or more separated by commas, e.g. 4.80, 7.20; got '{}'."
                ).format(text)
            )
        return values

    def report_fares(self, fares: CompiledFares, request: FareRequest, feedback) -> None:
        """Warn about routes, agencies and modes the structure names but the feed lacks, overlaps resolved by
        precedence, routes priced by the default type, and a budget below every fare."""
        diag = fares.diagnostics
        named = (
            (diag.unknown_routes, ConectaFares.tr("routes")),
            (diag.unknown_agencies, ConectaFares.tr("agencies")),
            (diag.unknown_modes, ConectaFares.tr("modes")),
        )
        for values, what in named:
            if values:
                feedback.pushWarning(
                    ConectaFares.tr(
                        "The fare structure names {0} {1} that the feed does not have (ignored): {2}"
                    ).format(len(values), what, show_ids(values))
                )
        if any(str(mode).strip().lower() == "brt" for mode in diag.unknown_modes):
            feedback.pushWarning(
                ConectaFares.tr(
                    "GTFS has no BRT mode: BRT routes are buses (route_type 3, or 702 for express buses). Give "
                    "them their fare type by route_id or agency_id."
                )
            )
        for pair, used, other in diag.overlapping_rules:
            feedback.pushWarning(
                ConectaFares.tr(
                    "Transfer rules {1} and {2} both apply to {0} with the same precedence: rule {1}, listed first, is used."
                ).format(pair, used, other)
            )
        for route, used, other in diag.overlapping_routes:
            feedback.pushWarning(
                ConectaFares.tr(
                    "Route {0} is given two fare types (assignments {1} and {2}): assignment {1} is used."
                ).format(route, used, other)
            )
        push_count(
            feedback,
            diag.routes_by_default,
            ConectaFares.tr("{} routes no assignment names take the default fare type."),
            info=True,
        )
        lowest = minimum_fare(fares)
        if lowest > 0 and max(request.budgets) < lowest:
            feedback.pushWarning(
                ConectaFares.tr(
                    "The budget {0} is below every fare (the lowest is {1}): only walking trips and free routes fit "
                    "in it."
                ).format(max(request.budgets), lowest)
            )

    @staticmethod
    def fare_values(values: np.ndarray) -> np.ndarray:
        """Fares rounded to hundredths, None where unreachable (written as NULL or empty)."""
        out = np.full(len(values), None, dtype=object)
        finite = np.isfinite(values)
        out[finite] = np.round(values[finite], 2).tolist()
        return out
