"""What-if scenarios: public-transport and street changes drawn by the planner, and who gains from them."""

from .compare import SUMMARY_COLUMNS, ZONE_COLUMNS, CompareDiagnostics, Comparison, compare_access

__all__ = ["SUMMARY_COLUMNS", "ZONE_COLUMNS", "CompareDiagnostics", "Comparison", "compare_access"]
