"""Claims held against the official figures of police recorded crime.

``areas`` names official areas, ``groups`` maps claim measures to official
offence groups, ``windows`` turns a claim's period and baseline into official
windows, ``store`` loads the shipped table (lazily), ``check`` gives verdicts.
Nothing here reads the network or the raw spreadsheets: the table is built
once by ``scripts/build_official.py`` and ships with the package.
"""
from __future__ import annotations

from .check import Refusal, check_claim, check_release, check_results

__all__ = ["Refusal", "check_claim", "check_release", "check_results"]
