"""The periods component: every time expression, resolved to inclusive start/end dates.

Rules (word lists and regexes with stable ids) come from
``models/crime_claims/rules/periods.yaml`` through ``initialize``. One pass of
each compiled regex over ``doc.text`` finds candidates; the longest wins where
they overlap; each is resolved by small pure functions of ``calendar`` (this package)
against the publication date (``doc._.published``) or, for "the previous year"
and its kin, against the anchor: the last absolute period mentioned before it
that is not itself a comparison baseline ("up 8% on 2019/20").

"The same month ..." resolves against the last single month mentioned, even one
that is no anchor ("in November ... the same month in 2010").

Conventions the annotation guide leaves open (decided here, tested in
``tests/components/test_periods.py``):
- "the end of 2012" alone is the year 2012 (as "since October 2020" is that whole
  month); as the end of a range ("between December 2011 and the end of 2012") it
  closes the range on 31 December.
- "the last year" / "the past year" are the 12 whole months before publication;
  bare "last year" is the calendar year. "the last quarter" is the last whole
  calendar quarter.
- "a year ago" / "this time last year": the anchor a year earlier; with none, the
  publication day a year earlier.
- "the first half of the year", "the third quarter of this year": the publication
  year ("of last year": the one before). "the year to date": 1 January (1 April for
  "the financial year to date") to publication.
- Not periods: "year-on-year", "the 12-month period" (anaphora), "half-year figures",
  a page's dateline ("Published: 28 November 2024", a date alone on its line).
- A publication date known only to the month or year (``doc._.published_precision``)
  resolves only what it can: "today" and "this week" stay unresolved; "last month" needs
  the month; a yearless month is the publication year's when only the year is known.
- A change "since March 2008" runs to publication; "since October 2020" with no change
  in its clause is that month. "The past five years" (several years) are whole calendar
  years, as "the last decade". "2012 to 2013" without "from"/"between" is a financial year.

Spans go to ``doc.spans["periods"]`` (sorted, label ``PERIOD``, ``id_`` = rule id)
with ``_.start``/``_.end`` (ISO dates, None when unresolvable), ``_.relative``
and ``_.rule_id``. A period followed by a possessive the tokenizer does not split
("today′s" with U+2032) has its token split so the span ends at the period.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Callable, Iterator, Mapping

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import calendar as cal
from ...extensions import PERIODS
from ..base import RuleComponent, RuleError, check_unique_ids

Period = cal.Period

#: regex pieces that are not word lists
BUILTIN_PLACEHOLDERS = {
    "YEAR": r"(?:19\d{2}|20\d{2})",
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
}
PLACEHOLDER = re.compile(r"\{([A-Z][A-Z_]*)\}")
RULE_FIELDS = frozenset({"id", "kind", "pattern", "gate", "params", "anchor", "not_before", "not_after", "note"})
#: characters of context given to ``not_before`` / ``not_after`` / the baseline test
CONTEXT_CHARS = 120
#: characters either side of a gate hit in which a rule's pattern is searched
WINDOW_CHARS = 80
SPAN_LABEL = "PERIOD"


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

    def year(self, g: Mapping[str, Any]) -> int | None:
        """The year of a form ending "of 2019", "of last year" or "of the year"
        (the publication year); None when it needs a publication date there is none."""
        if g.get("y"):
            return _int(g, "y")
        if self.published is None:
            return None
        return cal.relative_year_number(self.published, self.value("mode", g.get("mode")) or 0)

    def pub(self, need: str) -> date | None:
        """The publication date when it is known at least to ``need`` ("day", "month",
        "year"); None otherwise: "today" in a release dated only "2013-01" is unresolved."""
        if self.published is None or PRECISION_RANK.get(self.precision, 2) < PRECISION_RANK[need]:
            return None
        return self.published

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

ANCHOR_KINDS = frozenset({"anchor_same", "anchor_shift", "anchor_to_year", "anchor_previous",
                          "anchor_previous_like", "anchor_or_year_ago", "anchor_shift_years"})
#: kind of a rule that claims text as no period ("Published: 28 November 2024" on a
#: line of its own is when the page went up, not a period of figures): it wins its
#: overlaps like any rule, then gives no span
NOT_PERIOD = "not_period"
#: kinds resolved against the publication date ("last year", "the past year", "since
#: 2010"): weaker anchors than a stated period, so "the previous year" after "the 12
#: months to September 2017 ... last year's attacks" is the year before the stated one
WEAK_ANCHOR_KINDS = frozenset({"pub_day", "pub_week", "pub_month", "pub_quarter", "pub_year",
                               "pub_financial_year", "pub_past", "since", "year_to_date",
                               "years_from_pub", "years_before_pub"})

#: kinds whose text is a range ("April to December 2012"), which "from" may open
RANGE_KINDS = frozenset({"month_pair", "month_year_range", "years_range", "date_range"})
RANGE_OPENER = re.compile(r"\bfrom\s+$", re.IGNORECASE)


# --- resolvers: one per rule kind --------------------------------------------------

Resolver = Callable[[dict[str, Any], Mapping[str, Any], Context], Resolution]


def _int(groups: dict[str, Any], name: str) -> int | None:
    value = groups.get(name)
    if value is None:
        return None
    digits = re.sub(r"\D", "", value)
    return int(digits) if digits else None


def _fixed(period: Period) -> Resolution:
    return Resolution(period, False)


def _need_pub(ctx: Context) -> date | None:
    return ctx.published


def _nearest(ctx: Context, build: Callable[[int], Period]) -> Resolution:
    """A form without its year: nearest occurrence to publication, else unresolved;
    with only the publication year known, that year's occurrence."""
    if ctx.published is None:
        return Resolution(None, True)
    if ctx.pub("month") is None:
        return Resolution(build(ctx.published.year), True)
    return Resolution(cal.nearest(ctx.published, build), True)


def r_year(g, p, ctx):
    return _fixed(cal.year_range(_int(g, "y")))


def r_years_range(g, p, ctx):
    """"between 2015 and 2020": whole years; an end written as a financial year
    ("between 1975 and 2012-13") closes the range on that year's 31 March, a start so
    written opens it on 1 April. With ``consecutive: financial_year``, two years in a
    row ("offences recorded for 2012 to 2013") are one financial year (GOV.UK style)."""
    y1, y2 = _int(g, "y1"), _int(g, "y2")
    if y2 <= y1 and not (g.get("fy1") and y2 == y1 + 1):
        raise Skip("range runs backwards")
    start, end = cal.years_range(y1, y2)
    if g.get("fy1"):
        first = cal.financial_year_start(y1, _int(g, "fy1"))
        if first is None:
            raise Skip("not a financial year")
        start = cal.financial_year(first)[0]
    if g.get("fy2"):
        first = cal.financial_year_start(y2, _int(g, "fy2"))
        if first is None:
            raise Skip("not a financial year")
        end = cal.financial_year(first)[1]
    elif p.get("consecutive") == "financial_year" and y2 == y1 + 1:
        return _fixed(cal.financial_year(y1))
    if end <= start:
        raise Skip("range runs backwards")
    return _fixed((start, end))


def r_financial_year(g, p, ctx):
    y1, y2 = _int(g, "y1") or _int(g, "y1b"), _int(g, "y2") or _int(g, "y2b")
    if y1 < 100:  # "FY19/20"
        y1 += 2000
    start = cal.financial_year_start(y1, y2)
    if start is not None:
        return _fixed(cal.financial_year(start))
    if g.get("sep") != "/" and y2 >= 1000 and y2 > y1:  # "2015-2020": whole years
        return _fixed(cal.years_range(y1, y2))
    raise Skip("not a financial year")


def r_financial_year_ending(g, p, ctx):
    """A financial year named by one year ("financial year figures for 2016"): the one ending in it."""
    return _fixed(cal.financial_year(_int(g, "y") - 1))


def r_month_year_range(g, p, ctx):
    """"April 2019 to March 2020"; "December 2011 to the end of 2012" (no end month:
    the end year's December, and never the statistical-year reading)."""
    m1, y1, y2 = ctx.value("month", g["m1"]), _int(g, "y1"), _int(g, "y2")
    if y1 is not None and y2 is not None and y1 < 100 and y2 < 100:  # "April-19 to March-20"
        y1, y2 = y1 + 2000, y2 + 2000
    if g.get("m2") is None:
        if y2 < y1:
            raise Skip("range runs backwards")
        return _fixed(cal.months_range(y1, m1, y2, 12))
    m2 = ctx.value("month", g["m2"])
    if (y2, m2) <= (y1, m1):
        raise Skip("range runs backwards")
    return _fixed(cal.month_to_month(y1, m1, y2, m2))


def r_month_pair(g, p, ctx):
    m1, m2 = ctx.value("month", g["m1"]), ctx.value("month", g["m2"])
    if m1 == m2:
        raise Skip("same month twice")
    year = _int(g, "y")
    if year is not None and g.get("y2"):
        if cal.financial_year_start(year, _int(g, "y2")) is None:
            raise Skip("not a financial year")
        # the months of that financial year: a pair that wraps ends in its second year
        end_year = year + 1 if m1 > m2 or m2 < cal.FY_START_MONTH else year
        return _fixed(cal.month_pair(m1, m2, end_year))
    if year is not None:
        return _fixed(cal.month_pair(m1, m2, year))
    if g.get("mode"):  # "April to December last year": those months of the calendar year named
        pub = ctx.pub("year")
        if pub is None:
            return Resolution(None, True)
        year = cal.relative_year_number(pub, ctx.value("mode", g["mode"]))
        return Resolution(cal.month_pair(m1, m2, year), True)
    return _nearest(ctx, lambda y: cal.month_pair(m1, m2, y))


def r_month_year(g, p, ctx):
    return _fixed(cal.month_range(_int(g, "y"), ctx.value("month", g["m"])))


def _by_mode(ctx: Context, mode: str | None, build: Callable[[int], Period]) -> Resolution:
    """Yearless form after last/next/this, or plain: pick the occurrence."""
    pub = ctx.published
    mode = (mode or "").lower()
    if pub is None or (mode in ("last", "next") and ctx.pub("month") is None):
        return Resolution(None, True)
    if mode != "this" and ctx.pub("month") is None:
        return Resolution(build(pub.year), True)
    options = [build(y) for y in range(pub.year - 2, pub.year + 3)]
    if mode == "last":
        return Resolution(max((o for o in options if o[1] < pub), key=lambda o: o[0]), True)
    if mode == "next":
        return Resolution(min((o for o in options if o[0] > pub), key=lambda o: o[0]), True)
    if mode == "this":
        return Resolution(build(pub.year), True)
    return Resolution(cal.nearest(pub, build), True)


def r_month(g, p, ctx):
    m = ctx.value("month", g["m"])
    return _by_mode(ctx, g.get("mode"), lambda y: cal.month_range(y, m))


def r_month_relative_year(g, p, ctx):
    """"April this year", "March last year": that month of the calendar year the words name
    (the guide's "this year" / "last year"), not the latest April before publication."""
    pub = ctx.pub("year")
    if pub is None:
        return Resolution(None, True)
    year = cal.relative_year_number(pub, ctx.value("mode", g["mode"]))
    return Resolution(cal.month_range(year, ctx.value("month", g["m"])), True)


def r_date(g, p, ctx):
    m, d = ctx.value("month", g["m"]), _int(g, "d")
    if not 1 <= m <= 12:
        raise Skip("no such month")
    year = _int(g, "y")
    try:
        if year is not None:
            return _fixed(cal.day_range(year, m, d))
        if ctx.published is None:
            cal.day_range(2000, m, d)  # still reject 31 June
        return _nearest(ctx, lambda y: cal.day_range(y, m, d))
    except ValueError as exc:
        raise Skip(str(exc)) from exc


def _either(g: Mapping[str, Any], name: str) -> Any:
    """A part written day-first (``d1``) or month-first (``d1x``)."""
    return g.get(name) if g.get(name) is not None else g.get(name + "x")


def _int_either(g: Mapping[str, Any], name: str) -> int | None:
    return _int({name: _either(g, name)}, name)


def r_date_range(g, p, ctx):
    """"1 April 2020 to 31 March 2021", "between October 1 2010 and September 30 2011";
    an end "last year" is the year before publication (relative)."""
    m2, d2 = ctx.value("month", _either(g, "m2")), _int_either(g, "d2")
    d1 = _int_either(g, "d1")
    m1 = ctx.value("month", _either(g, "m1")) or m2
    y2 = _int(g, "y2")

    def build(year: int) -> Period:
        y1 = _int(g, "y1") or (year if (m1, d1) <= (m2, d2) else year - 1)
        if (m1, d1) == (m2, d2) and year == y1 + 1:
            # "between 30 September 2014 and 30 September 2015": a change between two
            # counts a year apart covers the year after the first (as "September 2012
            # to September 2013" is the year ending September 2013)
            return cal.days_between(date(y1, m1, d1) + timedelta(days=1), date(year, m2, d2))
        return cal.days_between(date(y1, m1, d1), date(year, m2, d2))

    try:
        if g.get("mode"):  # "to December 19 last year"
            if ctx.published is None:
                build(2000)
                return Resolution(None, True)
            return Resolution(build(cal.relative_year_number(ctx.published, _offset(g, ctx))), True)
        if y2 is not None:
            return _fixed(build(y2))
        build(2000)
        return _nearest(ctx, build)
    except ValueError as exc:
        raise Skip(str(exc)) from exc


def r_weekday(g, p, ctx):
    if ctx.pub("day") is None:
        return Resolution(None, True)
    wd = ctx.value("weekday", g["wd"])
    return Resolution(cal.weekday_near(ctx.published, wd, (g.get("mode") or "on").lower()), True)


def r_quarter(g, p, ctx):
    q = _int(g, "q") if g.get("q") else ctx.value("quarter_word", g.get("qw"))
    year = _int(g, "y")
    if year is not None:
        return _fixed(cal.quarter_range(year, q))
    if g.get("ofyear"):  # "the third quarter of last year / of the year"
        return Resolution(_maybe(ctx.year(g), lambda y: cal.quarter_range(y, q)), True)
    return _nearest(ctx, lambda y: cal.quarter_range(y, q))


def r_quarter_fy(g, p, ctx):
    """"Q2 2019/20": that quarter of the financial year; with ``to_date`` ("the 2020-21 Q4
    performance report") the year so far, from the financial year's start to the quarter's end."""
    start = cal.financial_year_start(_int(g, "y1"), _int(g, "y2"))
    if start is None:
        raise Skip("not a financial year")
    q = _int(g, "q")
    y, m = cal.add_months(start, cal.FY_START_MONTH, 3 * (q - 1))
    return _fixed(cal.months_ending(*cal.add_months(y, m, 2), 3 * q if p.get("to_date") else 3))


def r_half(g, p, ctx):
    h = _int(g, "h") if g.get("h") else ctx.value("half_word", g.get("hw"))
    if g.get("y"):
        return _fixed(cal.half_range(_int(g, "y"), h))
    return Resolution(_maybe(ctx.year(g), lambda y: cal.half_range(y, h)), True)


def r_first_months(g, p, ctx):
    n = ctx.value("number", g["n"])
    last = g["which"].lower() != "first"
    try:
        if g.get("y"):
            return _fixed(cal.first_months(_int(g, "y"), n, last=last))
        cal.first_months(2000, n)  # still reject "the first 14 months"
        return Resolution(_maybe(ctx.year(g), lambda y: cal.first_months(y, n, last=last)), True)
    except ValueError as exc:
        raise Skip(str(exc)) from exc


def _maybe(year: int | None, build: Callable[[int], Period]) -> Period | None:
    return None if year is None else build(year)


def r_season(g, p, ctx):
    first, last = ctx.value("season", g["s"])
    return _fixed(cal.season_range(_int(g, "y"), first, last))


def r_season_relative(g, p, ctx):
    if ctx.pub("month") is None:
        return Resolution(None, True)
    first, last = ctx.value("season", g["s"])
    return Resolution(cal.relative_season(ctx.published, first, last, g["mode"].lower()), True)


def r_decade(g, p, ctx):
    return _fixed(cal.decade_range(_int(g, "y")))


def r_months_ending(g, p, ctx):
    """"the year ending March 2023"; "the 12 months ending with the second quarter of
    2012" ends with that quarter's last month."""
    n = (ctx.value("number", g["n"]) if g.get("n") else p.get("n", 12)) * p.get("unit", 1)
    if not 1 <= n <= 240:
        raise Skip("implausible number of months")
    if g.get("qw"):
        month = 3 * ctx.value("quarter_word", g["qw"])
    else:
        month = ctx.value("month", _either(g, "m"))
    return _fixed(cal.months_ending(_int(g, "y"), month, n))


def r_months_ending_past(g, p, ctx):
    """"the 12 months to June" without a year: the latest such months ended by publication."""
    n = ctx.value("number", g["n"]) if g.get("n") else 12
    m = ctx.value("month", g["m"])
    pub = ctx.published
    if pub is None:
        return Resolution(None, True)
    if g.get("mode"):  # "the six months to September this year"
        year = cal.relative_year_number(pub, ctx.value("mode", g["mode"]))
    elif ctx.pub("month") is None:  # only the year known: that year's
        year = pub.year
    else:
        year = pub.year if cal.month_end(pub.year, m) <= pub else pub.year - 1
    return Resolution(cal.months_ending(year, m, n), True)


def _offset(g: dict[str, Any], ctx: Context) -> int:
    return ctx.value("mode", g.get("mode"))


def _pub(build: Callable[[date, int], Period], need: str) -> Resolver:
    """Resolver for "this/last/next <unit>" against the publication date, known at
    least to ``need`` (a day for "today", a month for "last month")."""

    def resolve(g, p, ctx):
        pub = ctx.pub(need)
        if pub is None:
            return Resolution(None, True)
        offset = p["offset"] if "offset" in p else _offset(g, ctx)
        return Resolution(build(pub, offset), True)

    return resolve


def r_pub_past(g, p, ctx):
    """"the past five years": a duration ending at publication; "the next five years"
    one starting after it; with no date, no period."""
    if ctx.published is None:
        raise Skip("a duration without an anchor is not a period")
    n = ctx.value("number", g["n"]) if g.get("n") else 1
    unit = g["unit"].lower().rstrip("s")
    if (g.get("dir") or "").lower() in ("next", "coming"):
        if not g.get("n") and g["unit"].lower().endswith("s"):
            raise Skip("the coming months: a duration, no period")
        return _pub_next(ctx, n, unit)
    years = 10 * n if unit == "decade" else n if unit == "year" and n > 1 else None
    need = "year" if years else "day" if unit in ("week", "day") else "month"
    pub = ctx.pub(need)
    if pub is None:
        return Resolution(None, True)
    if years:  # "the last decade", "the past five years": whole calendar years
        return Resolution(cal.years_before(pub, years), True)
    if unit == "week":
        return Resolution(cal.days_before(pub, 7 * n), True)
    if unit == "day":
        return Resolution(cal.days_before(pub, n), True)
    return Resolution(cal.months_before(pub, n * ctx.value("unit_months", unit)), True)


def _pub_next(ctx: Context, n: int, unit: str) -> Resolution:
    """"the next five years": the calendar years after publication's; "the next 12
    months": the whole months after its month; unresolved when too little is known."""
    years = 10 * n if unit == "decade" else n if unit == "year" and n > 1 else None
    if years:
        pub = ctx.pub("year")
        return Resolution(None if pub is None else cal.years_after(pub, years), True)
    if unit in ("week", "day"):
        raise Skip("a coming week or day is no period of figures")
    pub = ctx.pub("month")
    return Resolution(None if pub is None else cal.months_after(pub, n * ctx.value("unit_months", unit)), True)


def r_years_from_pub(g, p, ctx):
    """"five years ago" (the calendar year five before publication's), "in five years'
    time" (five after), "a decade ago" (ten before): ``params.sign`` gives the direction."""
    n = ctx.value("number", g["n"]) if g.get("n") else 10 * ctx.value("number", g.get("decades"))
    pub = ctx.pub("year")
    if pub is None:
        return Resolution(None, True)
    return Resolution(cal.relative_year(pub, p.get("sign", -1) * n), True)


def r_years_before_pub(g, p, ctx):
    """"the lowest level for 33 years": the calendar years before publication's."""
    n = ctx.value("number", g["n"])
    if not 2 <= n <= 200:
        raise Skip("implausible number of years")
    pub = ctx.pub("year")
    if pub is None:
        return Resolution(None, True)
    return Resolution(cal.years_before(pub, n), True)


def r_year_to_date(g, p, ctx):
    if ctx.pub("day") is None:
        return Resolution(None, True)
    return Resolution(cal.year_to_date(ctx.published, financial=bool(g.get("fin"))), True)


def r_since(g, p, ctx):
    """"since 2010" (1 January), "since 2005/6" (1 April 2005), "since March 2008" or
    "since April last year" (the 1st, or the day given) to the publication date; known
    only to the month, to that month's last day; only to the year, unresolved."""
    if ctx.published is None:
        return Resolution(None, True)
    if g.get("m"):
        year = _int(g, "y") or cal.relative_year_number(ctx.published, _offset(g, ctx))
        start = date(year, ctx.value("month", g["m"]), _int_either(g, "d") or 1)
    elif g.get("y2"):
        first = cal.financial_year_start(_int(g, "y"), _int(g, "y2"))
        if first is None:
            raise Skip("not a financial year")
        start = cal.financial_year(first)[0]
    else:
        start = date(_int(g, "y"), 1, 1)
    if ctx.pub("day") is None:
        if ctx.pub("month") is None:
            return Resolution(None, True)
        return Resolution(cal.since(start, cal.month_end(ctx.published.year, ctx.published.month)), True)
    period = cal.since(start, ctx.published)
    if period is None:
        raise Skip("since a year after publication")
    return Resolution(period, True)


def _anchored(build: Callable[[Period, dict[str, Any], Mapping[str, Any], Context], Period]) -> Resolver:
    """Resolver against the anchor period; unresolved when there is none."""

    def resolve(g, p, ctx):
        anchor = ctx.anchor or ctx.weak_anchor
        if p.get("of") == "month" and ctx.month_anchor is not None:
            anchor = ctx.month_anchor
        if anchor is None:
            return Resolution(None, True)
        return Resolution(build(anchor, g, p, ctx), True)

    return resolve


def r_anchor_or_year_ago(g, p, ctx):
    """"a year ago", "this time last year": the anchor a year earlier; with nothing
    mentioned before, the publication day a year earlier; else unresolved."""
    anchor = ctx.anchor or ctx.weak_anchor
    if anchor is not None:
        return Resolution(cal.shift_months(anchor, -12), True)
    if ctx.pub("day") is not None:
        return Resolution(cal.year_ago(ctx.published), True)
    if ctx.pub("month") is not None:  # known to the month: that month a year earlier
        return Resolution(cal.shift_months(cal.month_range(ctx.published.year, ctx.published.month), -12), True)
    return Resolution(None, True)


def _shift_years(anchor: Period, g, p, ctx) -> Period:
    """"four years earlier": the anchor that many years before."""
    return cal.shift_months(anchor, -12 * ctx.value("number", g["n"]))


def _previous_n(anchor: Period, g, p, ctx) -> Period:
    count = g.get("n") or g.get("n2")  # "the previous 12 months" / "the 12 previous months"
    n = ctx.value("number", count) if count else p.get("n", 1)
    return cal.previous_months(anchor, n * ctx.value("unit_months", g["unit"].lower()))


RESOLVERS: dict[str, Resolver] = {
    "year": r_year,
    "years_range": r_years_range,
    "financial_year": r_financial_year,
    "financial_year_ending": r_financial_year_ending,
    "month_year_range": r_month_year_range,
    "month_pair": r_month_pair,
    "month_year": r_month_year,
    "month": r_month,
    "month_relative_year": r_month_relative_year,
    "date": r_date,
    "date_range": r_date_range,
    "weekday": r_weekday,
    "quarter": r_quarter,
    "quarter_fy": r_quarter_fy,
    "half": r_half,
    "first_months": r_first_months,
    "season": r_season,
    "season_relative": r_season_relative,
    "decade": r_decade,
    "months_ending": r_months_ending,
    "months_ending_past": r_months_ending_past,
    "pub_day": _pub(cal.relative_day, "day"),
    "pub_week": _pub(cal.relative_week, "day"),
    "pub_month": _pub(cal.relative_month, "month"),
    "pub_quarter": _pub(cal.relative_quarter, "month"),
    "pub_year": _pub(cal.relative_year, "year"),
    "pub_financial_year": _pub(cal.relative_financial_year, "month"),
    "pub_past": r_pub_past,
    "since": r_since,
    "year_to_date": r_year_to_date,
    "anchor_or_year_ago": r_anchor_or_year_ago,
    "anchor_same": _anchored(lambda a, g, p, ctx: a),
    "anchor_shift": _anchored(lambda a, g, p, ctx: cal.shift_months(a, p["months"])),
    "anchor_to_year": _anchored(lambda a, g, p, ctx: cal.shift_to_year(a, _int(g, "y"))),
    "anchor_previous": _anchored(_previous_n),
    "anchor_previous_like": _anchored(lambda a, g, p, ctx: cal.previous_like(a)),
    "anchor_shift_years": _anchored(_shift_years),
    "years_from_pub": r_years_from_pub,
    "years_before_pub": r_years_before_pub,
}


# --- compiling the rules file ----------------------------------------------------------

def _alternation(items: Any, case_sensitive: bool) -> str:
    """A word list (list items or mapping keys are regex fragments) as one group."""
    words = list(items.keys()) if isinstance(items, Mapping) else list(items)
    forms: list[str] = []
    for word in words:
        word = str(word)
        if case_sensitive:
            forms += [word[:1].upper() + word[1:], word.upper()]
        else:
            forms.append(word)
    forms = sorted(dict.fromkeys(forms), key=len, reverse=True)
    body = "|".join(forms)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def expand_placeholders(text: str, pieces: Mapping[str, str], where: str) -> str:
    """Replace ``{MONTH}``-style placeholders; an unknown one is a rule error."""

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in pieces:
            raise RuleError(f"{where}: unknown placeholder {{{name}}}")
        return pieces[name]

    return PLACEHOLDER.sub(sub, text)


def _compile_regex(text: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"{where}: bad regex: {exc}") from exc


# --- the component --------------------------------------------------------------------------

class PeriodsComponent(RuleComponent):
    """Finds and resolves period expressions; see the module docstring."""

    rule_keys = frozenset({"case_sensitive", "words", "fragments", "context", "patterns"})

    def __init__(
        self, nlp: Language, name: str, *, context_chars: int = CONTEXT_CHARS, window_chars: int = WINDOW_CHARS
    ) -> None:
        super().__init__(nlp, name)
        self.context_chars = context_chars
        self.window_chars = window_chars
        self.gates: dict[str, re.Pattern[str]] = {}
        self.patterns: list[PeriodRule] = []
        self.words: dict[str, dict[str, Any]] = {}
        self.not_anchor_before: list[re.Pattern[str]] = []
        self.restated_between: re.Pattern[str] | None = None
        self.compared_year_before: re.Pattern[str] | None = None

    def _compile(self) -> None:
        """Expand the word lists into the regexes and compile every rule once."""
        rules = self.rules
        words = rules.get("words") or {}
        case_sensitive = set(rules.get("case_sensitive") or [])
        pieces = dict(BUILTIN_PLACEHOLDERS)
        for list_name, items in words.items():
            pieces[list_name.upper()] = _alternation(items, list_name in case_sensitive)
        months = words.get("month") or {}
        pieces["MONTH_GATE"] = "(?:" + "|".join(sorted({str(k).lower()[:3] for k in months})) + ")"
        # named regex pieces several rules share ("a column of a table's header line"), in file order
        for name, text in (rules.get("fragments") or {}).items():
            where = f"{self.name} fragment {name!r}"
            pieces[name.upper()] = "(?:" + expand_placeholders(str(text).strip(), pieces, where) + ")"
        self.gates = {}
        self.words = {
            name: ({str(k).lower(): v for k, v in items.items()} if isinstance(items, Mapping) else {})
            for name, items in words.items()
        }
        patterns = rules.get("patterns") or []
        check_unique_ids(patterns, f"{self.name} patterns")
        compiled: list[PeriodRule] = []
        for raw in patterns:
            where = f"{self.name} rule {raw.get('id')!r}"
            unknown = set(raw) - RULE_FIELDS
            if unknown:
                raise RuleError(f"{where}: unknown fields {sorted(unknown)}")
            if raw.get("kind") not in RESOLVERS and raw.get("kind") != NOT_PERIOD:
                raise RuleError(f"{where}: unknown kind {raw.get('kind')!r}")
            if not raw.get("pattern"):
                raise RuleError(f"{where}: no pattern")

            def build(key: str) -> re.Pattern[str] | None:
                text = raw.get(key)
                return _compile_regex(expand_placeholders(text.strip(), pieces, where), where) if text else None

            gate = raw.get("gate")
            if gate and gate not in self.gates:
                try:  # gates run on lower-cased text, so they are compiled case-sensitive
                    self.gates[gate] = re.compile(expand_placeholders(gate, pieces, where))
                except re.error as exc:
                    raise RuleError(f"{where}: bad gate: {exc}") from exc
            compiled.append(PeriodRule(
                id=raw["id"], kind=raw["kind"], regex=build("pattern"),
                anchor=bool(raw.get("anchor", True)), params=dict(raw.get("params") or {}),
                not_before=build("not_before"), not_after=build("not_after"), gate=gate or None,
            ))
        self.patterns = compiled
        context = rules.get("context") or {}
        unknown = set(context) - {"baseline_before", "point_before", "restated_between", "compared_year_before"}
        if unknown:
            raise RuleError(f"{self.name} context: unknown keys {sorted(unknown)}")
        self.not_anchor_before = [
            _compile_regex(expand_placeholders(text.strip(), pieces, f"{self.name} context {key}"), self.name)
            for key, text in context.items() if text and key not in ("restated_between", "compared_year_before")
        ]
        restated = context.get("restated_between")
        self.restated_between = _compile_regex(restated.strip(), f"{self.name} context restated_between") \
            if restated else None
        compared = context.get("compared_year_before")
        self.compared_year_before = _compile_regex(compared.strip(), f"{self.name} context compared_year_before") \
            if compared else None

    # -- matching -----------------------------------------------------------------------------

    def match(self, text: str, published: date | None, precision: str = "day") -> list[Candidate]:
        """Every non-overlapping period candidate in ``text``, in text order."""
        ctx = Context(self.words, published, precision)
        found: list[Candidate] = []
        windows = self._gate_windows(text)
        for order, rule in enumerate(self.patterns):
            for m in self._scan(rule, text, windows.get(rule.gate)):
                start, end = m.span("p") if "p" in rule.regex.groupindex else m.span()
                if start < 0 or start == end or not self._context_ok(rule, text, start, end):
                    continue
                groups = m.groupdict()
                resolution = None
                if rule.kind not in ANCHOR_KINDS and rule.kind != NOT_PERIOD:
                    try:
                        resolution = RESOLVERS[rule.kind](groups, rule.params, ctx)
                    except (Skip, ValueError, TypeError, KeyError):
                        continue  # odd input degrades one finding, never the release
                found.append(Candidate(start, end, order, rule, groups, resolution))
        return [cand for cand in self._settle_overlaps(found) if cand.rule.kind != NOT_PERIOD]

    def _gate_windows(self, text: str) -> dict[str | None, list[tuple[int, int]]]:
        """For each gate, the merged text windows around its hits (one scan per gate)."""
        lower = text.lower()
        reach = self.window_chars
        out: dict[str | None, list[tuple[int, int]]] = {None: [(0, len(text))]}
        for key, gate in self.gates.items():
            merged: list[tuple[int, int]] = []
            for hit in gate.finditer(lower):
                lo, hi = max(0, hit.start() - reach), min(len(text), hit.end() + reach)
                if merged and lo <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
                else:
                    merged.append((lo, hi))
            out[key] = merged
        return out

    @staticmethod
    def _scan(rule: PeriodRule, text: str, windows: list[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
        """Matches of a rule inside its windows. Each hit is matched again on the whole
        text at the same start, so a window's end never cuts a match or its lookahead."""
        if windows is None:
            windows = [(0, len(text))]
        for lo, hi in windows:
            pos = lo
            while pos < hi:
                m = rule.regex.search(text, pos, hi)
                if m is None:
                    break
                full = m if hi == len(text) else rule.regex.match(text, m.start())
                if full is not None and full.end() > full.start():
                    yield full
                    pos = full.end()
                else:
                    pos = m.start() + 1

    def _context_ok(self, rule: PeriodRule, text: str, start: int, end: int) -> bool:
        if rule.not_before and rule.not_before.search(text[max(0, start - self.context_chars):start]):
            return False
        if rule.not_after and rule.not_after.match(text, end, min(len(text), end + self.context_chars)):
            return False
        return True

    @staticmethod
    def _settle_overlaps(found: list[Candidate]) -> list[Candidate]:
        """Longest first, then earlier rule; keep those that overlap nothing kept."""
        kept: list[Candidate] = []
        for cand in sorted(found, key=lambda c: (-(c.end - c.start), c.order, c.start)):
            if all(cand.end <= k.start or cand.start >= k.end for k in kept):
                kept.append(cand)
        return sorted(kept, key=lambda c: c.start)

    def resolve_in_order(self, text: str, candidates: list[Candidate], published: date | None,
                         precision: str = "day") -> list[Resolution]:
        """Resolve anchored expressions against the last stated, non-baseline period
        (else the last one relative to the publication date)."""
        ctx = Context(self.words, published, precision)
        out: list[Resolution] = []
        for i, cand in enumerate(candidates):
            if cand.rule.kind in ANCHOR_KINDS:
                use = ctx
                if (ctx.anchor is None and ctx.weak_anchor is None) or _opens_sentence(text, cand.start):
                    ahead = self._anchor_ahead(text, candidates, i)
                    if ahead is not None:
                        single = cal.is_month_aligned(ahead) and cal.month_count(ahead) == 1
                        use = Context(self.words, published, precision, anchor=ahead,
                                      month_anchor=ahead if single else None)
                try:
                    res = RESOLVERS[cand.rule.kind](cand.groups, cand.rule.params, use)
                except (Skip, ValueError, TypeError, KeyError):
                    res = Resolution(None, True)
            else:
                res = cand.resolution or Resolution(None, True)
                res = self._compared_year(text, cand, res, ctx.anchor)
                if res.period is not None and self._can_anchor(text, cand):
                    if cand.rule.anchor and cand.rule.kind in WEAK_ANCHOR_KINDS:
                        ctx.weak_anchor = res.period
                    elif cand.rule.anchor:
                        ctx.anchor = res.period
                    if cal.is_month_aligned(res.period) and cal.month_count(res.period) == 1:
                        ctx.month_anchor = res.period
            out.append(res)
        return self._restated(text, candidates, out)

    def _anchor_ahead(self, text: str, candidates: list[Candidate], i: int) -> Period | None:
        """"Compared with the same period last year, burglary in January to June 2024 fell": relative
        words that open their sentence (or come before any period of the text) resolve against the
        first stated period after them in the sentence."""
        here = candidates[i]
        for cand in candidates[i + 1:]:
            if _sentence_break(text, here.end, cand.start):
                return None
            res = cand.resolution
            if cand.rule.kind in ANCHOR_KINDS or res is None or res.period is None or res.relative \
                    or not cand.rule.anchor or not self._can_anchor(text, cand):
                continue
            return res.period
        return None

    def _compared_year(self, text: str, cand: Candidate, res: Resolution, anchor: Period | None) -> Resolution:
        """"fewer crimes between April and December 2007 compared to 2006": a year set against a
        period of some months of one year means those months of that year (the guide: "compared
        to 2018" resolves against the period just mentioned)."""
        if self.compared_year_before is None or cand.rule.kind != "year" or res.period is None or anchor is None:
            return res
        if not (cal.is_month_aligned(anchor) and anchor[0].year == anchor[1].year
                and cal.month_count(anchor) < 12 and anchor[0].year != res.period[0].year):
            return res
        before = text[max(0, cand.start - self.context_chars):cand.start]
        if not self.compared_year_before.search(before):
            return res
        return Resolution(cal.shift_to_year(anchor, res.period[0].year), True)

    def _restated(self, text: str, candidates: list[Candidate], out: list[Resolution]) -> list[Resolution]:
        """"This year's figures (1 April 2015 to 31 March 2016)": relative words the text dates
        in brackets right after them mean the bracketed period."""
        if self.restated_between is None:
            return out
        for i in range(len(candidates) - 1):
            here, then = candidates[i], candidates[i + 1]
            if out[i].relative and out[i + 1].period is not None and not out[i + 1].relative \
                    and self.restated_between.match(text[here.end:then.start]):
                out[i] = Resolution(out[i + 1].period, True)
        return out

    def _can_anchor(self, text: str, cand: Candidate) -> bool:
        """Not a baseline ("up 8% on 2019/20", "compared with 131 in 2018") nor a
        point in time ("since October 2020"): those are not what later text compares.
        A range opened by "from" ("fell from April to December 2012") is no baseline."""
        before = text[max(0, cand.start - self.context_chars):cand.start]
        if cand.rule.kind in RANGE_KINDS and RANGE_OPENER.search(before):
            return True
        return not any(regex.search(before) for regex in self.not_anchor_before)

    # -- the pipe -------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        published = _parse_iso(doc._.published)
        precision = doc._.published_precision if doc._.published_precision in PRECISION_RANK else "day"
        text = doc.text  # spaCy rebuilds it from every token on each access: once per doc
        candidates = self.match(text, published, precision)
        resolutions = self.resolve_in_order(text, candidates, published, precision)
        self.set_annotations(doc, candidates, resolutions, text=text)
        return doc

    def set_annotations(self, doc: Doc, candidates: list[Candidate], resolutions: list[Resolution], *,
                        text: str | None = None) -> None:
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        # splitting a token keeps the text, so ``text`` stays ``doc.text``
        _split_possessives(doc, [cand.end for cand in candidates], doc.text if text is None else text)
        for cand, res in zip(candidates, resolutions):
            span = doc.char_span(cand.start, cand.end, label=SPAN_LABEL, span_id=cand.rule.id,
                                 alignment_mode="expand")
            if span is None or (span.start_char, span.end_char) in seen:
                continue
            seen.add((span.start_char, span.end_char))
            span._.rule_id = cand.rule.id
            span._.start = res.period[0].isoformat() if res.period else None
            span._.end = res.period[1].isoformat() if res.period else None
            span._.relative = res.relative
            spans.append(span)
        doc.spans[PERIODS] = sorted(spans, key=lambda s: (s.start, s.end))

    def iter_periods(self, text: str, published: date | None = None,
                     precision: str = "day") -> Iterator[tuple[str, int, int, Resolution, str]]:
        """Text-only entry point (no Doc): (text, start_char, end_char, resolution, rule id)."""
        candidates = self.match(text, published, precision)
        for cand, res in zip(candidates, self.resolve_in_order(text, candidates, published, precision)):
            yield text[cand.start:cand.end], cand.start, cand.end, res, cand.rule.id


#: the end of a sentence or line between two periods
SENTENCE_BREAK = re.compile(r"[.!?](?:[\s\"'’”)]|$)|\n")


def _sentence_break(text: str, start: int, end: int) -> bool:
    """Whether a sentence or a line ends between two character positions."""
    return bool(SENTENCE_BREAK.search(text, start, end))


#: a sentence's opening words before relative words: no figure, no period, no clause end
OPENING_WORDS = re.compile(r"[^\d.!?;:\n]{0,60}$")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether only a few words without figures stand between a sentence's start and ``pos``
    ("Compared with the previous year, ...")."""
    m = OPENING_WORDS.search(text, max(0, pos - 60), pos)
    if m is None:
        return False
    before = text[:m.start()].rstrip()
    return not before or before[-1] in ".!?\n\"“”'’:" or text[m.start() - 1:m.start()] == "\n"


#: the rest of a token after a period's end that is split off: a possessive written
#: with a character the tokenizer does not know as an apostrophe ("today′s", U+2032)
POSSESSIVE_TAIL = re.compile(r"[′ʼ`´][sS]?")


def _split_possessives(doc: Doc, ends: list[int], text: str) -> None:
    """Split "today′s" into "today" + "′s" so the span can end at the period's end."""
    splits = []
    for end in ends:
        token = doc.char_span(end - 1, end, alignment_mode="expand")
        if token is None or token.end_char == end:
            continue
        tail = text[end:token.end_char]
        if POSSESSIVE_TAIL.fullmatch(tail) and token[0].idx < end:
            splits.append((token[0], token[0].text[: end - token[0].idx], tail))
    if not splits:
        return
    with doc.retokenize() as retokenizer:
        for token, head, tail in splits:
            retokenizer.split(token, [head, tail], heads=[token.head if token.head != token else (token, 0), (token, 0)])


def _parse_iso(value: str | None) -> date | None:
    """The publication date from ``doc._.published``; a bad value leaves relatives unresolved."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@Language.factory(
    "crime_claims_periods",
    assigns=["doc.spans"],
    default_config={"context_chars": CONTEXT_CHARS, "window_chars": WINDOW_CHARS},
)
def make_periods(nlp: Language, name: str, context_chars: int, window_chars: int) -> PeriodsComponent:
    return PeriodsComponent(nlp, name, context_chars=context_chars, window_chars=window_chars)
