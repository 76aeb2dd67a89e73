"""What a resolver reads: the match's named groups (``_int``, ``_either``: a
year, a day, a part written either way round) and the ``Context`` (the word lists,
the publication date and how much of it is known, the anchors so far)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Mapping

from .. import calendar as cal
from ..models import Period, Resolution, Skip


@dataclass
class Context:
    """What resolvers may use besides the match itself."""

    words: Mapping[str, Mapping[str, Any]]
    published: date | None
    #: how much of ``published`` is known: "day", or only the "month" or the "year"
    #: (then it is the month's or the year's first day)
    precision: str = "day"
    anchor: Period | None = None
    #: the last anchor resolved against the publication date ("last year", "the past
    #: year"): used only when no stated period came before it (see ``resolve_in_order``)
    weak_anchor: Period | None = None
    #: the last single calendar month mentioned, even one that is no anchor ("in
    #: November"): what "the same month in 2010" refers to
    month_anchor: Period | None = None
    #: the last period mentioned, a baseline too ("from 800 in April-September last year to 730
    #: in the same period this year"): what "the same period this year" moves into this year
    mentioned: Period | None = None
    #: the release counts in financial years (it names one, or a span of months from April): a quarter
    #: without its year is numbered from April
    financial_quarters: bool = False
    #: quarters the release names with their year, by number ("the second quarter of 2023": 2): what the
    #: same quarter named without its year refers to
    stated_quarters: Mapping[int, Period] = field(default_factory=dict)

    def year(self, g: Mapping[str, Any]) -> int | None:
        """The year of a form ending "of 2019", "of last year" or "of the year"
        (the publication year); None when it needs a publication date there is none."""
        if g.get("y"):
            return _int(g, "y")
        if self.published is None:
            return None
        return cal.relative_year_number(self.published, self.value("mode", g.get("mode")) or 0)

    def financial_year_start(self, mode: str | None) -> int | None:
        """Start year of "this / last / next financial year" (``mode`` None: this one) from the
        publication date; known only to the year, the publication is taken to fall after March
        (as ``r_pub_financial_year``); None without a publication date."""
        pub = self.pub("month") or self.pub("year")
        if pub is None:
            return None
        if self.pub("month") is None:
            pub = date(pub.year, cal.FY_START_MONTH, 1)
        return cal.financial_year_of(pub) + (self.value("mode", mode) or 0)

    def pub(self, need: str) -> date | None:
        """The publication date when it is known at least to ``need`` ("day", "month",
        "year"); None otherwise: "today" in a release dated only "2013-01" is unresolved."""
        if self.published is None or PRECISION_RANK.get(self.precision, 2) < PRECISION_RANK[need]:
            return None
        return self.published

    def publication_end(self) -> date | None:
        """The last day the publication date can mean: the day itself; known only to the month, that
        month's last day (as "since 2010" reads it); None when only the year (or nothing) is known."""
        if self.pub("day") is not None:
            return self.published
        if self.pub("month") is not None:
            return cal.month_end(self.published.year, self.published.month)  # type: ignore[union-attr]
        return None

    def value(self, words: str, key: str | None) -> Any:
        """Meaning of a word of a word list ("September" -> 9, "twelve" -> 12, "3" -> 3)."""
        if key is None:
            return None
        key = key.strip().rstrip(".").lower()
        if key.isdigit():
            return int(key)
        table = self.words.get(words, {})
        if key in table:
            return table[key]
        if key.rstrip("s") in table:
            return table[key.rstrip("s")]
        raise Skip(f"unknown {words} word {key!r}")


#: how fine each precision of the publication date is
PRECISION_RANK = {"year": 0, "month": 1, "day": 2}

Resolver = Callable[[dict[str, Any], Mapping[str, Any], Context], Resolution]


def _int(groups: dict[str, Any], name: str) -> int | None:
    value = groups.get(name)
    if value is None:
        return None
    digits = re.sub(r"\D", "", value)
    return int(digits) if digits else None


def _either(g: Mapping[str, Any], name: str) -> Any:
    """A part written day-first (``d1``) or month-first (``d1x``)."""
    return g.get(name) if g.get(name) is not None else g.get(name + "x")


def _int_either(g: Mapping[str, Any], name: str) -> int | None:
    return _int({name: _either(g, name)}, name)


def _offset(g: dict[str, Any], ctx: Context) -> int:
    return ctx.value("mode", g.get("mode"))
