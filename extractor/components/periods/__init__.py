"""Periods: time expressions found by the rules and resolved to dates by the pure
functions of ``calendar``; ``component`` is the spaCy factory."""
from .component import PeriodsComponent, make_periods

__all__ = ["PeriodsComponent", "make_periods"]
