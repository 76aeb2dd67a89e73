"""Pure calendar arithmetic for periods: ranges, UK financial years, relative periods.

Every function takes its anchor (the publication date or a period already
found) as an argument; nothing here reads the clock, so a release resolves the
same way whenever it is processed. A period is a pair of inclusive dates.
"""
from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta
from typing import Callable, Iterable

Period = tuple[date, date]

#: first month of the UK financial year (1 April to 31 March)
FY_START_MONTH = 4


# --- months -----------------------------------------------------------------

def month_end(year: int, month: int) -> date:
    """Last day of a month (handles leap Februaries)."""
    return date(year, month, _cal.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by ``n`` months, crossing year boundaries."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def month_range(year: int, month: int) -> Period:
    """One calendar month."""
    return date(year, month, 1), month_end(year, month)


def months_range(year1: int, month1: int, year2: int, month2: int) -> Period:
    """From the first day of one month to the last day of another."""
    return date(year1, month1, 1), month_end(year2, month2)


def last_month_leading_up_to(year: int, month: int) -> tuple[int, int]:
    """The last month of a span "leading up to" (or "running up to") a month. Statistics are counted to a
    quarter's end, so a month that opens a quarter is where the span stops ("the year leading up to April
    2014": to March 2014); any other month closes it, as "to" does ("the 12 months leading up to June 2021":
    to June 2021)."""
    if month % 3 == 1:
        return add_months(year, month, -1)
    return year, month


def months_ending(year: int, month: int, n: int = 12) -> Period:
    """The ``n`` whole months ending with the given month ("year ending March 2023")."""
    y1, m1 = add_months(year, month, -(n - 1))
    return months_range(y1, m1, year, month)


def months_ending_on(year: int, month: int, day: int, n: int = 12) -> Period:
    """The ``n`` months ending on a day that is no month's end ("the year ending April 1"):
    from the day after the same day ``n`` months before; on a late day (28th or after)
    the whole months, as the writer means the month's end."""
    if day >= 28:
        return months_ending(year, month, n)
    y1, m1 = add_months(year, month, -n)
    return date(y1, m1, day) + timedelta(days=1), date(year, month, day)


def month_to_month(year1: int, month1: int, year2: int, month2: int) -> Period:
    """"September 2012 to September 2013": the same month a year apart is a statistical
    year (the 12 months ending with the later month); the same month several years apart
    ("March 2011 to March 2015") is as many statistical years; otherwise both months are whole."""
    if month1 == month2 and year2 > year1:
        return months_ending(year2, month2, 12 * (year2 - year1))
    return months_range(year1, month1, year2, month2)


def month_pair(month1: int, month2: int, year: int) -> Period:
    """"January to March 2021" or "November to January 2023": the year given is the
    end month's; a range that wraps round the new year starts the year before."""
    start_year = year - 1 if month1 > month2 else year
    return months_range(start_year, month1, year, month2)


def year_of_yearless_span(published_year: int, last_month: int) -> int:
    """The year of a span of months written without its year ("the 12 months to December",
    "between April and December") in a release known only to be of ``published_year``: that
    year's, except a span that runs to December, which cannot have ended before a release of
    the same year came out (the figures for a December appear the year after): the year before's."""
    return published_year - 1 if last_month == 12 else published_year


def latest_year_of_month(published: date, month: int, month_known: bool) -> int:
    """The year of a yearless month that ends a span ("the 12 months to June", "the year to Q1"): the
    latest such month ended by publication; known only to the year, as ``year_of_yearless_span``."""
    if not month_known:
        return year_of_yearless_span(published.year, month)
    return published.year if month_end(published.year, month) <= published else published.year - 1


# --- years, quarters, halves, seasons, decades -------------------------------

def year_range(year: int) -> Period:
    """One calendar year."""
    return date(year, 1, 1), date(year, 12, 31)


def years_range(year1: int, year2: int) -> Period:
    """Whole calendar years from ``year1`` to ``year2`` ("between 2015 and 2020")."""
    return date(year1, 1, 1), date(year2, 12, 31)


def quarter_range(year: int, quarter: int) -> Period:
    """Calendar quarter 1-4 (Q3 = July to September)."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter {quarter} is not 1-4")
    first = 3 * (quarter - 1) + 1
    return months_range(year, first, year, first + 2)


def half_range(year: int, half: int) -> Period:
    """Calendar half 1-2 (the first half = January to June)."""
    if half not in (1, 2):
        raise ValueError(f"half {half} is not 1 or 2")
    first = 1 if half == 1 else 7
    return months_range(year, first, year, first + 5)


def season_range(year: int, first_month: int, last_month: int) -> Period:
    """A season by its months; one that wraps (winter: December to February) starts
    in ``year`` and ends the year after (meteorological convention)."""
    end_year = year + 1 if first_month > last_month else year
    return months_range(year, first_month, end_year, last_month)


def decade_range(year: int) -> Period:
    """"the 2010s": 2010-01-01 to 2019-12-31."""
    start = year - year % 10
    return date(start, 1, 1), date(start + 9, 12, 31)


def first_months(year: int, n: int, *, last: bool = False) -> Period:
    """"the first three months of 2021" (or the last ``n`` months with ``last``)."""
    if not 1 <= n <= 12:
        raise ValueError(f"{n} months do not fit in a year")
    if last:
        return months_range(year, 13 - n, year, 12)
    return months_range(year, 1, year, n)


def first_months_of_financial_year(start_year: int, n: int, *, last: bool = False) -> Period:
    """"the first four months of 2017/18": April to July 2017 (the last ``n`` with ``last``)."""
    if not 1 <= n <= 12:
        raise ValueError(f"{n} months do not fit in a year")
    offset = 12 - n if last else 0
    y1, m1 = add_months(start_year, FY_START_MONTH, offset)
    y2, m2 = add_months(y1, m1, n - 1)
    return months_range(y1, m1, y2, m2)


# --- UK financial years --------------------------------------------------------

def financial_year(start_year: int) -> Period:
    """UK financial year starting in ``start_year``: 1 April to 31 March."""
    return date(start_year, FY_START_MONTH, 1), date(start_year + 1, FY_START_MONTH - 1, 31)


def financial_year_start(first: int, second: int, digits: int | None = None) -> int | None:
    """The start year of "2019/20", "2019-20", "2008-9" or "2019/2020"; None when the
    second part does not follow the first (then it is not a financial year). ``digits``: how
    many the second part is written with, when known ("2024-05" is no "2024-5")."""
    if second < 10 and digits != 2:
        return first if (first + 1) % 10 == second else None
    if second < 100:
        return first if (first + 1) % 100 == second else None
    return first if second == first + 1 else None


def is_financial_span(period: Period) -> bool:
    """A span from 1 April that runs past its first quarter: a financial year, or one so far
    ("April to September 2023", "the financial year to date")."""
    start, end = period
    return (start.month, start.day) == (FY_START_MONTH, 1) and end > month_end(start.year, FY_START_MONTH + 2)


def financial_year_of(day: date) -> int:
    """Start year of the financial year that contains ``day``."""
    return day.year if day.month >= FY_START_MONTH else day.year - 1


# --- single days ----------------------------------------------------------------

def day_range(year: int, month: int, day: int) -> Period:
    """One day; raises ValueError for impossible dates (30 February)."""
    d = date(year, month, day)
    return d, d


def days_between(start: date, end: date) -> Period:
    """An explicit date range ("1 April 2020 to 31 March 2021")."""
    if end < start:
        raise ValueError("range ends before it starts")
    return start, end


# --- relative to the publication date ----------------------------------------------

def relative_day(published: date, offset: int) -> Period:
    """today (0), yesterday / last night (-1), tomorrow (+1)."""
    d = published + timedelta(days=offset)
    return d, d


def relative_week(published: date, offset: int) -> Period:
    """this / last / next week, Monday to Sunday."""
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


def relative_month(published: date, offset: int) -> Period:
    """this / last / next month (last month in January is December of the year before)."""
    return month_range(*add_months(published.year, published.month, offset))


def relative_quarter(published: date, offset: int) -> Period:
    """this / last / next calendar quarter."""
    q_index = published.year * 4 + (published.month - 1) // 3 + offset
    return quarter_range(q_index // 4, q_index % 4 + 1)


def relative_year(published: date, offset: int) -> Period:
    """this / last / next (calendar) year."""
    return year_range(published.year + offset)


def relative_financial_year(published: date, offset: int) -> Period:
    """this / last / next financial year, from the one holding the publication date."""
    return financial_year(financial_year_of(published) + offset)


def months_before(published: date, n: int) -> Period:
    """The ``n`` whole months before the publication month ("the past year",
    "the last 12 months", "the past five years" = 60 months)."""
    y, m = add_months(published.year, published.month, -1)
    return months_ending(y, m, n)


def years_before(published: date, n: int) -> Period:
    """The ``n`` calendar years before the publication year ("the last decade")."""
    return date(published.year - n, 1, 1), date(published.year - 1, 12, 31)


def financial_years_before(published: date, n: int) -> Period:
    """The ``n`` whole financial years ended by publication ("the last three financial years")."""
    last = financial_year_of(published) - 1
    return financial_year(last - n + 1)[0], financial_year(last)[1]


def years_after(published: date, n: int) -> Period:
    """The ``n`` calendar years after the publication year ("the next five years")."""
    return date(published.year + 1, 1, 1), date(published.year + n, 12, 31)


def months_after(published: date, n: int) -> Period:
    """The ``n`` whole months after the publication month ("the next 12 months")."""
    y1, m1 = add_months(published.year, published.month, 1)
    y2, m2 = add_months(published.year, published.month, n)
    return months_range(y1, m1, y2, m2)


def days_before(published: date, n: int) -> Period:
    """The ``n`` days before the publication day ("the past seven days")."""
    return published - timedelta(days=n), published - timedelta(days=1)


def year_to_date(published: date, *, financial: bool = False) -> Period:
    """"the year to date": from 1 January (1 April with ``financial``) of the year
    holding the publication date, to that date."""
    start = date(financial_year_of(published), FY_START_MONTH, 1) if financial else date(published.year, 1, 1)
    return start, published


def year_ago(published: date) -> Period:
    """"a year ago" / "this time last year" with nothing to compare: the publication
    day twelve months earlier (29 February falls back to the 28th)."""
    d = shift_date(published, -12)
    return d, d


def relative_year_number(published: date, offset: int) -> int:
    """The calendar year of "this year" (0), "last year" (-1), "next year" (+1)."""
    return published.year + offset


def since(start: date, published: date) -> Period | None:
    """"since 2010": from the start of that year to the publication date."""
    return (start, published) if start <= published else None


def weekday_near(published: date, weekday: int, mode: str) -> Period:
    """A named weekday: "last"/"on" = the latest one on or before publication
    ("last" strictly before), "next" = the first one after."""
    diff = (published.weekday() - weekday) % 7
    if mode == "next":
        d = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    elif mode == "last":
        d = published - timedelta(days=diff or 7)
    else:
        d = published - timedelta(days=diff)
    return d, d


#: how much further away a future occurrence counts than a past one in ``nearest``
FUTURE_WEIGHT = 2


def nearest(
    published: date, build: Callable[[int], Period], years: Iterable[int] | None = None,
    future_weight: int = FUTURE_WEIGHT,
) -> Period:
    """For a form without a year ("16 November", "July to September", "Q3"): the
    occurrence nearest the publication date, among the publication year and the
    years either side. Releases mostly report the past, so days into the future
    count ``future_weight`` times ("April to September" published 3 January 2012 is
    2011's, 95 days back, not 2012's, 89 days ahead); ties go to the earlier one."""
    candidates = []
    for year in years if years is not None else (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(build(year))
        except ValueError:  # 29 February in a common year
            continue
    if not candidates:
        raise ValueError("no valid year")

    def weighted(p: Period) -> int:
        gap = distance(p, published)
        return gap * future_weight if p[0] > published else gap

    return min(candidates, key=lambda p: (weighted(p), p[0]))


def distance(period: Period, day: date) -> int:
    """Days between a day and a period (0 when the day falls inside it)."""
    start, end = period
    if day < start:
        return (start - day).days
    if day > end:
        return (day - end).days
    return 0


def relative_season(published: date, first_month: int, last_month: int, mode: str) -> Period:
    """this / last / next summer: this = the one starting in the publication year
    (for winter: the one ending in it if publication falls in its first months);
    last = the latest one ended before publication; next = the first starting after."""
    options = [season_range(y, first_month, last_month) for y in range(published.year - 2, published.year + 2)]
    if mode == "last":
        return max((p for p in options if p[1] < published), key=lambda p: p[0])
    if mode == "next":
        return min((p for p in options if p[0] > published), key=lambda p: p[0])
    return min(options, key=lambda p: (distance(p, published), p[0]))


# --- relative to a period already mentioned ------------------------------------------

def is_month_aligned(period: Period) -> bool:
    """Starts on a 1st and ends on a month's last day."""
    start, end = period
    return start.day == 1 and end == month_end(end.year, end.month)


def month_count(period: Period) -> int:
    """Whole months covered by a month-aligned period."""
    start, end = period
    return (end.year - start.year) * 12 + end.month - start.month + 1


def shift_date(d: date, months: int) -> date:
    """A date moved by whole months, clamped to the month's length (29 Feb 2020 - 12 = 28 Feb 2019)."""
    y, m = add_months(d.year, d.month, months)
    return date(y, m, min(d.day, month_end(y, m).day))


def shift_months(period: Period, months: int) -> Period:
    """The same period ``months`` earlier (negative) or later ("the same period last
    year" = shift by -12). Month-aligned periods stay month-aligned."""
    start, end = period
    if is_month_aligned(period):
        y1, m1 = add_months(start.year, start.month, months)
        y2, m2 = add_months(end.year, end.month, months)
        return months_range(y1, m1, y2, m2)
    return shift_date(start, months), shift_date(end, months)


def shift_to_year(period: Period, year: int) -> Period:
    """"the same period in 2018": the period moved so that it starts in ``year``."""
    return shift_months(period, 12 * (year - period[0].year))


def shift_to_named_year(period: Period, year: int) -> Period:
    """"the year ending September 2012 ... the same period in 2011": the period moved so that
    the year holding most of it is ``year`` (a year ending September is named by its end year,
    a financial year by its start year); within one year, as ``shift_to_year``."""
    start, end = period
    in_start_year = (date(start.year + 1, 1, 1) - start).days
    main = start.year if in_start_year * 2 >= (end - start).days + 1 else end.year
    return shift_months(period, 12 * (year - main))


def previous_months(period: Period, n: int) -> Period:
    """The ``n`` whole months before a period starts ("the previous 12 months",
    "the previous quarter" = 3)."""
    start = period[0]
    y, m = add_months(start.year, start.month, -1)
    return months_ending(y, m, n)


def previous_like(period: Period) -> Period:
    """The period of the same length just before ("the previous period")."""
    if is_month_aligned(period):
        return previous_months(period, month_count(period))
    length = period[1] - period[0]
    end = period[0] - timedelta(days=1)
    return end - length, end
