"""The value objects passed between the steps: a compiled rule, a candidate match,
and what a match means (its dates, and whether they came from an anchor)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from . import calendar as cal

Period = cal.Period


@dataclass(frozen=True)
class Resolution:
    """What a matched expression means: its dates (None when unresolvable) and
    whether they came from an anchor (the publication date or an earlier period)."""

    period: Period | None
    relative: bool


class Skip(Exception):
    """The match is not a period after all (e.g. "2019/23" is no financial year)."""


@dataclass(frozen=True)
class PeriodRule:
    """One compiled pattern of the rules file."""

    id: str
    kind: str
    regex: re.Pattern[str]
    anchor: bool = True
    params: Mapping[str, Any] = field(default_factory=dict)
    not_before: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    gate: str | None = None  # key into the component's compiled gates


@dataclass
class Candidate:
    """A match before overlaps are settled; absolute ones are already resolved."""

    start: int
    end: int
    order: int
    rule: PeriodRule
    groups: dict[str, str | None]
    resolution: Resolution | None = None  # None: needs the anchor
