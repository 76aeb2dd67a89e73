"""Resolvers, one per rule kind: the dates a match means, from its named groups
and the ``Context``.

- ``context``: the Context (word lists, publication date and its precision, the
  anchors so far) and readers of a match's groups;
- ``stated``: periods the text writes out ("April 2019 to March 2020", "Q2
  2019/20"), yearless ones nearest the publication date;
- ``published``: periods relative to the publication date ("last year", "the past
  five years", "since 2010");
- ``anchored``: periods relative to the anchor ("the same period the year before").

This module holds ``RESOLVERS`` (kind -> resolver) and the sets of kinds the
matching and the anchoring treat apart.
"""
from __future__ import annotations

from .. import calendar as cal
from .anchored import (
    _anchored, _months_of_year_before, _previous_n, _shift_years, r_anchor_or_year_ago, r_anchor_to_this_year,
    r_previous_or_past,
    r_previous_financial_year, r_last_quarter, r_quarter_of_financial_year, r_this_quarter,
)
from .context import Resolver, _int
from .published import (
    _pub, r_month, r_month_relative_year, r_months_ending_past, r_pub_financial_year, r_pub_past,
    r_season_relative, r_since, r_since_relative,
    r_weekday, r_year_to_date, r_years_before_pub, r_years_from_pub,
)
from .stated import (
    r_date, r_date_range, r_date_range_numeric, r_decade, r_financial_year, r_financial_year_ending, r_first_months, r_half,
    r_days_ending, r_month_list, r_month_pair, r_month_year, r_month_year_range, r_months_ending, r_months_to_quarter,
    r_quarter,
    r_quarter_fy, r_season, r_year, r_years_ending, r_years_range,
)

ANCHOR_KINDS = frozenset({"anchor_same", "anchor_shift", "anchor_to_year", "anchor_previous",
                          "anchor_previous_like", "anchor_or_year_ago", "anchor_previous_or_past",
                          "anchor_shift_years",
                          "anchor_months_year_before", "anchor_this_quarter", "anchor_last_quarter",
                          "anchor_previous_financial_year", "anchor_to_this_year",
                          "anchor_quarter_of_financial_year"})
#: anchored kinds that fall back to the publication date with no anchor ("the last quarter"): then a
#: weak anchor, as the publication kinds below
PUB_FALLBACK_KINDS = frozenset({"anchor_last_quarter", "anchor_this_quarter", "anchor_quarter_of_financial_year"})
#: kind of a rule that claims text as no period ("Published: 28 November 2024" on a
#: line of its own is when the page went up, not a period of figures): it wins its
#: overlaps like any rule, then gives no span
NOT_PERIOD = "not_period"
#: kinds resolved against the publication date ("last year", "the past year", "since
#: 2010"): weaker anchors than a stated period, so "the previous year" after "the 12
#: months to September 2017 ... last year's attacks" is the year before the stated one
WEAK_ANCHOR_KINDS = frozenset({"pub_day", "pub_week", "pub_month", "pub_quarter", "pub_year",
                               "pub_financial_year", "pub_past", "since", "since_relative", "year_to_date",
                               "years_from_pub", "years_before_pub"})


RESOLVERS: dict[str, Resolver] = {
    "year": r_year,
    "years_range": r_years_range,
    "financial_year": r_financial_year,
    "financial_year_ending": r_financial_year_ending,
    "month_year_range": r_month_year_range,
    "month_pair": r_month_pair,
    "month_list": r_month_list,
    "month_year": r_month_year,
    "month": r_month,
    "month_relative_year": r_month_relative_year,
    "date": r_date,
    "date_range": r_date_range,
    "date_range_numeric": r_date_range_numeric,
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
    "months_to_quarter": r_months_to_quarter,
    "days_ending": r_days_ending,
    "years_ending": r_years_ending,
    "pub_day": _pub(cal.relative_day, "day"),
    "pub_week": _pub(cal.relative_week, "day"),
    "pub_month": _pub(cal.relative_month, "month"),
    "pub_quarter": _pub(cal.relative_quarter, "month"),
    "pub_year": _pub(cal.relative_year, "year"),
    "pub_financial_year": r_pub_financial_year,
    "pub_past": r_pub_past,
    "since": r_since,
    "since_relative": r_since_relative,
    "year_to_date": r_year_to_date,
    "anchor_or_year_ago": r_anchor_or_year_ago,
    "anchor_previous_or_past": r_previous_or_past,
    "anchor_same": _anchored(lambda a, g, p, ctx: a),
    "anchor_shift": _anchored(lambda a, g, p, ctx: cal.shift_months(a, p["months"])),
    # "the same period in 2010-11" starts in 2010; "the same period in 2011" is mostly in 2011
    "anchor_to_year": _anchored(lambda a, g, p, ctx: cal.shift_to_year(a, _int(g, "y")) if g.get("y2")
                                else cal.shift_to_named_year(a, _int(g, "y"))),
    "anchor_previous": _anchored(_previous_n),
    "anchor_previous_like": _anchored(lambda a, g, p, ctx: cal.previous_like(a)),
    "anchor_shift_years": _anchored(_shift_years),
    "anchor_months_year_before": _anchored(_months_of_year_before),
    "anchor_this_quarter": r_this_quarter,
    "anchor_last_quarter": r_last_quarter,
    "anchor_previous_financial_year": r_previous_financial_year,
    "anchor_to_this_year": r_anchor_to_this_year,
    "anchor_quarter_of_financial_year": r_quarter_of_financial_year,
    "years_from_pub": r_years_from_pub,
    "years_before_pub": r_years_before_pub,
}
