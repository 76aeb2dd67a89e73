"""Resolvers of periods the text writes out: years, financial years, months,
dates, quarters, halves, seasons, decades, "the year ending March 2023", and ranges
of them. Absolute when the year is written; a form without its year takes the
occurrence nearest the publication date (or the year "last year" names)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from .. import calendar as cal
from ..models import Period, Resolution, Skip
from .context import Context, _either, _int, _int_either, _offset


def _fixed(period: Period) -> Resolution:
    return Resolution(period, False)


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
    row ("offences recorded for 2012 to 2013") are one financial year (GOV.UK style). With ``apart``,
    two financial years in a row ("from 2022/23 to 2023/24") are compared, not a span (Skip)."""
    y1, y2 = _int(g, "y1"), _int(g, "y2")
    if p.get("two_digit"):  # "the 94-98 average", "the 2005-09 average"; "98-02" crosses the century
        y1 = _century(y1)
        if y2 < 100:
            y2 += y1 - y1 % 100 + (100 if y2 < y1 % 100 else 0)
        if y2 - y1 < 2:
            raise Skip("two years in a row are a financial year, not a range")
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
        if p.get("apart") and g.get("fy1") and first == y1 + 1:
            raise Skip("two financial years in a row are compared, not a span")
    elif p.get("consecutive") == "financial_year" and y2 == y1 + 1:
        return _fixed(cal.financial_year(y1))
    if end <= start:
        raise Skip("range runs backwards")
    return _fixed((start, end))


def _century(year: int) -> int:
    """A year written with two digits ("06/07", "94-98"): 1950-2049."""
    return year + (1900 if year >= 50 else 2000) if year < 100 else year


def r_financial_year(g, p, ctx):
    y1, y2 = _int(g, "y1") or _int(g, "y1b"), _int(g, "y2") or _int(g, "y2b")
    y1 = _century(y1)  # "FY19/20", "(06/07 data)"
    start = cal.financial_year_start(y1, y2, len((g.get("y2") or g.get("y2b") or "").strip()))
    if start is not None:
        return _fixed(cal.financial_year(start))
    last = _span_end(y1, y2, g.get("sep"))
    if last is not None and last > y1:
        # "2015-2020", "Plan 2013-17": whole calendar years (a plan's span too: the guide's
        # "any expression that resolves to a calendar interval")
        return _fixed(cal.years_range(y1, last))
    raise Skip("not a financial year")


def _span_end(first: int, second: int, sep: str | None) -> int | None:
    """The last year of a span of years: "2013-2017", or "2013-17" with a dash (the two
    digits take the first year's century); None for "2013/17" (a slash writes financial
    years and days), a single digit ("2008-9"), two digits that would span decades ("2013 – 55":
    a slip, no plan runs so long) or no span."""
    if sep == "/":
        return None
    if second >= 1000:
        return second
    if sep not in ("-", "–") or second < 10:
        return None
    last = first - first % 100 + second
    return last if last - first <= MAX_TWO_DIGIT_SPAN else None


#: the most years a span written with a two-digit end ("2013-17") may cover
MAX_TWO_DIGIT_SPAN = 10


def r_financial_year_ending(g, p, ctx):
    """A financial year named by one year ("financial year figures for 2016", "FY24"): the one ending in it."""
    year = _int(g, "y")
    return _fixed(cal.financial_year((year + 2000 if year < 100 else year) - 1))


def r_month_year_range(g, p, ctx):
    """"April 2019 to March 2020"; "December 2011 to the end of 2012" (no end month:
    the end year's December, and never the statistical-year reading); "between September
    2011 and 2012" (``elided``: the end month left out, a year later: the statistical year);
    "between September 2012 and September 2011" (latest first: the same range); an end
    "June this year" takes its year from publication (relative)."""
    m1, y1, y2 = ctx.value("month", g["m1"]), _int(g, "y1"), _int(g, "y2")
    if g.get("mode1"):  # "between August last year and May this year", "from April last year to March"
        if ctx.pub("year") is None:
            return Resolution(None, True)
        y1 = cal.relative_year_number(ctx.published, ctx.value("mode", g["mode1"]))
        m2 = ctx.value("month", g["m2"])
        if not g.get("mode"):  # an end without its year: the first such month after the start
            return Resolution(cal.month_to_month(y1, m1, y1 + (m2 <= m1), m2), True)
    if g.get("mode"):
        if ctx.published is None:
            return Resolution(None, True)
        y2 = cal.relative_year_number(ctx.published, _offset(g, ctx))
        m2 = ctx.value("month", g["m2"])
        if (y2, m2) <= (y1, m1):
            raise Skip("range runs backwards")
        return Resolution(_edged(g, y1, m1, y2, m2) or cal.month_to_month(y1, m1, y2, m2), True)
    if p.get("year_apart"):
        return _fixed(_year_apart(_century(y1), m1, _century(y2), ctx.value("month", g["m2"])))
    if y1 is not None and y2 is not None and y1 < 100 and y2 < 100:  # "April-19 to March-20"
        y1, y2 = y1 + 2000, y2 + 2000
    if p.get("elided"):
        # "between September 2011 and 2012": the end month left out repeats the first, a year later
        if y2 != y1 + 1:
            raise Skip("the end month is left out only a year apart")
        return _fixed(cal.month_to_month(y1, m1, y2, m1))
    if g.get("m2") is None:
        if y2 < y1:
            raise Skip("range runs backwards")
        return _fixed(cal.months_range(y1, m1, y2, 12))
    m2 = ctx.value("month", g["m2"])
    if (y2, m2) == (y1, m1):
        raise Skip("range runs backwards")
    if (y2, m2) < (y1, m1) and not (g.get("e1") or g.get("e2")):
        # "between September 2012 and September 2011": the same range given latest first
        y1, m1, y2, m2 = y2, m2, y1, m1
    return _fixed(_edged(g, y1, m1, y2, m2) or cal.month_to_month(y1, m1, y2, m2))


def _edged(g, y1: int, m1: int, y2: int, m2: int) -> Period | None:
    """A range whose ends are points in time: from "the end of" a month starts with the month after
    it, to "the start of" a month ends with the month before it ("from the end of June 2017 to the
    start of July 2018": July 2017 to June 2018). None when neither end is so written."""
    after_start = bool(g.get("e1"))  # the pattern names only "end" at the start
    before_end = (g.get("e2") or "").lower() in ("start", "beginning")
    if not (after_start or before_end):
        return None
    if after_start:
        y1, m1 = cal.add_months(y1, m1, 1)
    if before_end:
        y2, m2 = cal.add_months(y2, m2, -1)
    if (y2, m2) < (y1, m1):
        raise Skip("range runs backwards")
    return cal.months_range(y1, m1, y2, m2)


def _year_apart(y1: int, m1: int, y2: int, m2: int) -> Period:
    """"April 12 – March 13": a month to the month before it a year later, the twelve months a
    statistical year covers; any other pair of "month and two figures" is read as days (Skip)."""
    if y2 != y1 + 1 or m2 != m1 - 1:
        raise Skip("not a month to the month before it, a year later")
    return cal.months_range(y1, m1, y2, m2)


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
    if ctx.published is not None and ctx.pub("month") is None:
        # only the year known: "between October and December" is the year before's
        return Resolution(cal.month_pair(m1, m2, cal.year_of_yearless_span(ctx.published.year, m2)), True)
    # "from April to December" without its year: the latest such months ended by publication (a release
    # reports figures already counted), as "the 12 months to June" reads its month; known only to the month,
    # the publication day is taken as that month's last (as for "since 2010")
    last = ctx.publication_end()
    if last is None:  # no publication date
        return Resolution(None, True)
    return Resolution(cal.month_pair(m1, m2, cal.latest_year_of_month(last, m2, True)), True)


def r_month_list(g, p, ctx):
    """"April, May and June last year": months listed one after another are the span from the first
    to the last, resolved as "April to June last year"; a list with a gap is no span."""
    months = [ctx.value("month", g["m1"])]
    months += [ctx.value("month", word) for word in re.findall(r"[A-Za-z]+", g.get("mid") or "")]
    months.append(ctx.value("month", g["m2"]))
    if any(None in (a, b) or b != a % 12 + 1 for a, b in zip(months, months[1:])):
        raise Skip("months that do not follow each other")
    return r_month_pair(g, p, ctx)


def r_month_year(g, p, ctx):
    """"July 2020"; with ``iso`` ("2024-05") never a month that a financial year also writes ("2011-12")."""
    year, month = _int(g, "y"), ctx.value("month", g["m"])
    if p.get("iso") and month == (year + 1) % 100:
        raise Skip("a financial year, not a month")
    return _fixed(cal.month_range(year, month))


def r_date(g, p, ctx):
    m, d = ctx.value("month", g["m"]), _int(g, "d")
    if p.get("month_first_if_no_month") and m > 12 and d is not None and 1 <= d <= 12:
        m, d = d, m  # "04/26/2024": no 26th month, so the month is written first
    if not 1 <= m <= 12:
        raise Skip("no such month")
    year = _int(g, "y")
    if year is not None and year < 100:
        year = _century(year)  # "9-Jun-12", "07.11.10": a year written with two figures
    try:
        if year is not None:
            return _fixed(cal.day_range(year, m, d))
        if ctx.published is None:
            cal.day_range(2000, m, d)  # still reject 31 June
        return _nearest(ctx, lambda y: cal.day_range(y, m, d))
    except ValueError as exc:
        raise Skip(str(exc)) from exc


def r_date_range_numeric(g, p, ctx):
    """"01/04/2016 - 31/03/2017": from the first day to the second, each read as ``r_date`` reads a numeric
    day (day first; month first when the day-first month cannot be a month)."""
    first = r_date({"d": g["d1"], "m": g["m1"], "y": g["y1"]}, p, ctx).period
    last = r_date({"d": g["d2"], "m": g["m2"], "y": g["y2"]}, p, ctx).period
    if first is None or last is None or last[1] <= first[0]:
        raise Skip("range runs backwards")
    return _fixed(cal.days_between(first[0], last[1]))


def r_date_range(g, p, ctx):
    """"1 April 2020 to 31 March 2021", "between October 1 2010 and September 30 2011";
    an end "last year" is the year before publication (relative)."""
    m2 = ctx.value("month", _either(g, "m2") or g.get("m2e"))
    d2 = _int_either(g, "d2") or 31  # "to the end of June": its last day (set per year below)
    d1 = _int_either(g, "d1") or (1 if p.get("month_start") else None)  # "September 2023 to ...": the 1st
    m1 = ctx.value("month", _either(g, "m1")) or m2
    y2 = _int(g, "y2")

    def build(year: int) -> Period:
        y1 = _int(g, "y1") or (year if (m1, d1) <= (m2, d2) else year - 1)
        if g.get("m2e"):
            return cal.days_between(date(y1, m1, d1), cal.month_end(year, m2))
        if (m1, d1) == (m2, d2) and year == y1 + 1:
            # "between 31 May 2016 and 31 May 2017": a change between two
            # counts a year apart covers the year after the first (as "May 2012
            # to May 2013" is the year ending May 2013)
            return cal.days_between(date(y1, m1, d1) + timedelta(days=1), date(year, m2, d2))
        return cal.days_between(date(y1, m1, d1), date(year, m2, d2))

    try:
        if g.get("mode"):  # "to December 19 last year"
            if ctx.published is None:
                build(2000)
                return Resolution(None, True)
            return Resolution(build(cal.relative_year_number(ctx.published, _offset(g, ctx))), True)
        if y2 is not None:
            try:
                return _fixed(build(y2))
            except ValueError:
                year_from = _year_from_first(_int(g, "y1"), m1, d1, y2, m2)
                if year_from is None:
                    raise
                return _fixed(year_from)
        build(2000)
        found = _nearest(ctx, build)
        if p.get("ended") and found.period is not None and ctx.pub("day") is not None \
                and found.period[0] <= ctx.published < found.period[1]:
            # "from April 1 to September 30" in a release of May: the figures of a span that has
            # not ended yet cannot be out, so the span is the year before's
            return Resolution(cal.shift_months(found.period, -12), True)
        return found
    except ValueError as exc:
        raise Skip(str(exc)) from exc


def _year_from_first(y1: int | None, m1: int, d1: int, y2: int, m2: int) -> Period | None:
    """A range from the 1st of a month whose written end cannot be ("1 April 2006 to 31 April 2007",
    "between July 1 2015 and June 30 2015": no such day, or before the start) but falls in that
    month or the one before it, that year or the next: a slip for the twelve months from the start
    (the settled gold reads both so); None otherwise."""
    if y1 is None or d1 != 1 or y2 not in (y1, y1 + 1) or m2 not in (m1, (m1 - 2) % 12 + 1):
        return None
    return cal.months_range(y1, m1, y1 + (m1 > 1), (m1 - 2) % 12 + 1)


def _quarter_number(g, ctx: Context) -> int:
    """The quarter as "Q3", "third quarter" or "quarter three" writes it."""
    if g.get("q"):
        return _int(g, "q")
    if g.get("qn"):
        return ctx.value("quarter_number", g["qn"])
    return ctx.value("quarter_word", g.get("qw"))


def r_quarter(g, p, ctx):
    q = _quarter_number(g, ctx)
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
    q = _quarter_number(g, ctx)
    y, m = cal.add_months(start, cal.FY_START_MONTH, 3 * (q - 1))
    return _fixed(cal.months_ending(*cal.add_months(y, m, 2), 3 * q if p.get("to_date") else 3))


def r_half(g, p, ctx):
    """"the first half of 2019" (January to June); of a financial year ("the first half of
    2019/20", "the second half of this financial year") its six months from April or October."""
    h = _int(g, "h") if g.get("h") else ctx.value("half_word", g.get("hw"))
    if h not in (1, 2):
        raise Skip(f"half {h} is not 1 or 2")
    if g.get("y") and g.get("fy2"):
        start = cal.financial_year_start(_int(g, "y"), _int(g, "fy2"))
        if start is None:
            raise Skip("not a financial year")
        return _fixed(cal.first_months_of_financial_year(start, 6, last=h == 2))
    if g.get("y"):
        return _fixed(cal.half_range(_int(g, "y"), h))
    if g.get("fy"):
        return Resolution(_maybe(ctx.financial_year_start(g.get("fmode")),
                                 lambda y: cal.first_months_of_financial_year(y, 6, last=h == 2)), True)
    return Resolution(_maybe(ctx.year(g), lambda y: cal.half_range(y, h)), True)


def r_first_months(g, p, ctx):
    """"the first six months of 2023"; "the first two quarters of 2021-22" count three months a quarter."""
    n = ctx.value("number", g["n"]) * (3 if g.get("quarters") else 1)
    last = g["which"].lower() != "first"
    try:
        if g.get("y") and g.get("fy2"):  # "the first four months of 2017/18" count from April
            start = cal.financial_year_start(_int(g, "y"), _int(g, "fy2"))
            if start is None:
                raise Skip("not a financial year")
            return _fixed(cal.first_months_of_financial_year(start, n, last=last))
        if g.get("y"):
            return _fixed(cal.first_months(_int(g, "y"), n, last=last))
        cal.first_months(2000, n)  # still reject "the first 14 months"
        if g.get("fy"):  # "the first six months of this financial year" count from April
            return Resolution(_maybe(ctx.financial_year_start(g.get("fmode")),
                                     lambda y: cal.first_months_of_financial_year(y, n, last=last)), True)
        return Resolution(_maybe(ctx.year(g), lambda y: cal.first_months(y, n, last=last)), True)
    except ValueError as exc:
        raise Skip(str(exc)) from exc


def _maybe(year: int | None, build: Callable[[int], Period]) -> Period | None:
    return None if year is None else build(year)


def r_season(g, p, ctx):
    first, last = ctx.value("season", g["s"])
    return _fixed(cal.season_range(_int(g, "y"), first, last))


def r_decade(g, p, ctx):
    """"the 1980s"; a part of a decade ("the early 1970s") has no calendar bounds: null dates."""
    if g.get("part"):
        return Resolution(None, False)
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
    year = _int(g, "y")
    if g.get("lead"):  # "the 12 months leading up to April 2024": to March; "... up to June 2021": to June
        return _fixed(cal.months_ending(*cal.last_month_leading_up_to(year, month), n))
    day = _int_either(g, "d")
    if day:  # "the year ending 1 April 2013" ends on that day
        return _fixed(cal.months_ending_on(year, month, day, n))
    return _fixed(cal.months_ending(year, month, n))


def r_months_to_quarter(g, p, ctx):
    """"the year to Q3 2024": the months ending with that quarter's last month (a calendar quarter; of a
    financial year, "Q3 2023/24", counted from April); "leading up to" it, the months before the quarter.
    Without its year, the latest such quarter ended by publication."""
    n = ctx.value("number", g["n"]) if g.get("n") else 3 if g.get("qtr") else 12
    if not 1 <= n <= 240:
        raise Skip("implausible number of months")
    quarter = _int(g, "q")
    relative = False
    if g.get("y2"):
        first = cal.financial_year_start(_int(g, "y"), _int(g, "y2"))
        if first is None:
            raise Skip("not a financial year")
        year, month = cal.add_months(first, cal.FY_START_MONTH, 3 * quarter - 1)
    elif g.get("y"):
        year, month = _int(g, "y"), 3 * quarter
    else:
        if ctx.published is None:
            return Resolution(None, True)
        year, month, relative = cal.latest_year_of_month(ctx.published, 3 * quarter, ctx.pub("month") is not None), \
            3 * quarter, True
    if g.get("lead"):
        year, month = cal.add_months(year, month, -3)
    return Resolution(cal.months_ending(year, month, n), relative)


def r_days_ending(g, p, ctx):
    """"the 4 weeks to 12 April 2020", "the 28 days ending 7 June": that many days ending on the day (a
    yearless day: the latest one by publication); "the week to 12 April" is seven."""
    unit = g["unit"].lower()
    if not g.get("n") and unit.endswith("s"):
        raise Skip("a number of weeks or days is needed")
    n = ctx.value("number", g["n"]) if g.get("n") else 1
    days = n * (7 if unit.startswith("week") else 1)
    if not 1 <= days <= 400:
        raise Skip("implausible number of days")
    month, day = ctx.value("month", _either(g, "m")), _int_either(g, "d")
    try:
        if g.get("y"):
            end, relative = date(_int(g, "y"), month, day), False
        else:
            if ctx.published is None:
                date(2000, month, day)  # still reject 31 June
                return Resolution(None, True)
            year = ctx.published.year
            if ctx.pub("day") is not None and date(year, month, day) > ctx.published:
                year -= 1
            end, relative = date(year, month, day), True
    except ValueError as exc:
        raise Skip(str(exc)) from exc
    return Resolution((end - timedelta(days=days - 1), end), relative)


def r_years_ending(g, p, ctx):
    """"the five years to 2023" (2019 to 2023), "the decade to 2023/24" (April 2014 to March 2024): whole
    years ending with the year named, financial years when it is one."""
    n = 10 if g.get("dec") else ctx.value("number", g["n"])
    if not 1 <= n <= 100:
        raise Skip("implausible number of years")
    year = _int(g, "y")
    if g.get("y2"):
        first = cal.financial_year_start(year, _int(g, "y2"))
        if first is None:
            raise Skip("not a financial year")
        return _fixed((cal.financial_year(first - n + 1)[0], cal.financial_year(first)[1]))
    return _fixed(cal.years_range(year - n + 1, year))
