"""Resolvers against the anchor, the period the text compares with: "the same
period the year before", "the previous 12 months", "four years earlier", "a year
ago". Which period is the anchor is decided in text order (``anchoring``)."""
from __future__ import annotations

from datetime import date
from typing import Any, Callable, Mapping

from .. import calendar as cal
from ..models import Period, Resolution, Skip
from .context import Context, Resolver, _int
from .published import r_pub_past


def _anchored(build: Callable[[Period, dict[str, Any], Mapping[str, Any], Context], Period]) -> Resolver:
    """Resolver against the anchor period; unresolved when there is none."""

    def resolve(g, p, ctx):
        anchor = ctx.anchor or ctx.weak_anchor
        if p.get("of") == "month" and ctx.month_anchor is not None:
            anchor = ctx.month_anchor
        if anchor is None:
            return Resolution(None, True)
        return Resolution(build(_named_unit(anchor, g), g, p, ctx), True)

    return resolve


def _named_unit(anchor: Period, g: Mapping[str, Any]) -> Period:
    """"the same quarter last year" after a longer period that ends with a quarter ("crime in the year to
    December 2014 ... up on the same quarter last year"): the word names a quarter, the last one the period
    covers; any other anchor as it is."""
    if g.get("quarter") and _ends_with_quarter(anchor):
        return cal.months_ending(anchor[1].year, anchor[1].month, 3)
    return anchor


def _ends_with_quarter(period: Period) -> bool:
    """Longer than a quarter and ending on a quarter's last month (calendar and financial quarters alike)."""
    return cal.is_month_aligned(period) and cal.month_count(period) > 3 and period[1].month % 3 == 0


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


def r_previous_or_past(g, p, ctx):
    """"the average for the past three years": the years before the period just named, as "the
    three-year average"; with none named, the years before publication, as "the past three years"."""
    anchor = ctx.anchor or ctx.weak_anchor
    if anchor is not None:
        return Resolution(_previous_n(anchor, g, p, ctx), True)
    return r_pub_past({**g, "unit": "years"}, p, ctx)


def _shift_years(anchor: Period, g, p, ctx) -> Period:
    """"four years earlier": the anchor that many years before."""
    return cal.shift_months(anchor, -12 * ctx.value("number", g["n"]))


def _previous_n(anchor: Period, g, p, ctx) -> Period | None:
    if p.get("average") and not (cal.is_month_aligned(anchor) and cal.month_count(anchor) % 12 == 0):
        # "between May and October ... below the five-year average": those months of each of five years,
        # no one calendar interval (the guide: unresolvable)
        return None
    count = g.get("n") or g.get("n2")  # "the previous 12 months" / "the 12 previous months"
    n = ctx.value("number", count) if count else p.get("n", 1)
    unit = g.get("unit") or p["unit_word"]  # "the five-year average" names its unit in the rule
    return cal.previous_months(anchor, n * ctx.value("unit_months", unit.lower()))


def _months_of_year_before(anchor: Period, g, p, ctx) -> Period:
    """"July to June of the previous year" (after "July to June 2019/20"): the months named,
    inside the anchor moved a year back; when they fall outside it, those ending in its last year."""
    m1, m2 = ctx.value("month", g["m1"]), ctx.value("month", g["m2"])
    if m1 == m2:
        raise ValueError("same month twice")
    start, end = cal.shift_months(anchor, -12)
    for year in (start.year, end.year):
        pair_start = date(year, m1, 1)
        if start <= pair_start <= end:
            y2 = year + 1 if m2 < m1 else year
            return cal.months_range(year, m1, y2, m2)
    return cal.month_pair(m1, m2, end.year)


def _is_quarter(period: Period) -> bool:
    """A calendar quarter (or a financial year's): three whole months starting January, April, ..."""
    return cal.is_month_aligned(period) and cal.month_count(period) == 3 and period[0].month % 3 == 1


def r_this_quarter(g, p, ctx):
    """"this quarter" after a quarter was named ("crime in Q2 2014 ... flat this quarter") is that
    quarter, the one the release reports; after a longer period ending with a quarter, its last quarter
    (as "the same quarter last year"); else the quarter holding the publication date."""
    if ctx.anchor is not None and _is_quarter(ctx.anchor):
        return Resolution(ctx.anchor, True)
    if ctx.anchor is not None and _ends_with_quarter(ctx.anchor):  # "the year to December 2014 ... this quarter"
        return Resolution(_named_unit(ctx.anchor, {"quarter": "quarter"}), True)
    pub = ctx.pub("month")
    return Resolution(None if pub is None else cal.relative_quarter(pub, 0), True)


def r_last_quarter(g, p, ctx):
    """"the latest quarter" after a longer stated period that ends on a quarter's end ("the year to
    September 2024 ... fell 4% in the last quarter") is its final quarter, the latest the figures
    cover; else the last whole calendar quarter before publication."""
    anchor = ctx.anchor
    if anchor is not None and cal.is_month_aligned(anchor) and cal.month_count(anchor) > 3 \
            and anchor[1].month % 3 == 0:
        return Resolution(cal.quarter_range(anchor[1].year, anchor[1].month // 3), True)
    pub = ctx.pub("month")
    return Resolution(None if pub is None else cal.relative_quarter(pub, p.get("offset", -1)), True)


def _is_financial_year(period: Period) -> bool:
    return period[0].month == cal.FY_START_MONTH and period[0].day == 1 \
        and cal.is_month_aligned(period) and cal.month_count(period) == 12


def r_quarter_of_financial_year(g, p, ctx):
    """A quarter without its year ("Q2", "the third quarter", "Quarter 4"): after a financial year was
    named, that year's quarter, counted from April (the guide: "2019/20" is a financial year; its fourth
    quarter is January to March); else the same quarter the release names with its year ("the second
    quarter of 2023 ... in Q2"); else one inside a financial year so far just named ("April to December
    2023 ... Q1"), that year's; else the latest such quarter ended by publication (quarterly figures come out after the
    quarter), counted from April in a release that counts in financial years."""
    anchor = next((a for a in (ctx.anchor, ctx.weak_anchor) if a is not None), None)
    q = _int(g, "q") if g.get("q") else ctx.value("quarter_number", g["qn"]) if g.get("qn") \
        else ctx.value("quarter_word", g.get("qw"))
    if anchor is not None and _is_financial_year(anchor):
        return Resolution(_quarter_of(anchor[0].year, q, True), True)
    if q in ctx.stated_quarters:
        return Resolution(ctx.stated_quarters[q], True)
    if anchor is not None and cal.is_financial_span(anchor):
        inside = _quarter_of(anchor[0].year, q, True)
        if inside[1] <= anchor[1]:  # "April to December 2023 ... in Q1": April to June 2023
            return Resolution(inside, True)
    financial = ctx.financial_quarters
    pub = ctx.pub("month")
    if pub is None:
        if ctx.published is None:
            return Resolution(None, True)
        # known only to the year: the last whole financial year before it (as "the previous financial
        # year"), or that calendar year's quarter
        return Resolution(_quarter_of(ctx.published.year - 1 if financial else ctx.published.year, q, financial),
                          True)
    return Resolution(max((_quarter_of(y, q, financial) for y in range(pub.year - 2, pub.year + 1)
                           if _quarter_of(y, q, financial)[1] < pub), key=lambda period: period[0]), True)


def _quarter_of(year: int, q: int, financial: bool) -> Period:
    """Quarter ``q`` of the calendar year ``year``, or of the financial year starting in it."""
    if not financial:
        return cal.quarter_range(year, q)
    y, m = cal.add_months(year, cal.FY_START_MONTH, 3 * (q - 1))
    return cal.months_ending(*cal.add_months(y, m, 2), 3)


def r_previous_financial_year(g, p, ctx):
    """"the previous financial year": the one before the financial year just mentioned; with none
    mentioned, the one before the release's (the last whole financial year before publication;
    known only to the year, the publication is taken to fall after March)."""
    anchor = ctx.anchor or ctx.weak_anchor
    if anchor is not None and _is_financial_year(anchor):
        return Resolution(cal.shift_months(anchor, -12), True)
    pub = ctx.pub("month") or ctx.pub("year")
    if pub is None:
        return Resolution(None, True)
    if ctx.pub("month") is None:
        pub = date(pub.year, cal.FY_START_MONTH, 1)
    return Resolution(cal.relative_financial_year(pub, -2), True)


def r_anchor_to_this_year(g, p, ctx):
    """"the same period this year" (after "from 800 in April-September last year"): the period just
    mentioned (a baseline too) moved by whole years so that it ends in the publication year;
    unresolved without either."""
    anchor = ctx.mentioned or ctx.anchor or ctx.weak_anchor
    pub = ctx.pub("year")
    if anchor is None or pub is None:
        return Resolution(None, True)
    anchor = _named_unit(anchor, g)
    return Resolution(cal.shift_months(anchor, 12 * (pub.year - anchor[1].year)), True)
