"""Resolvers of periods relative to the publication date: "last month", "this
year", "in March", "on Monday", "the past five years", "five years ago", "the year
to date", "since March 2008". Each needs the publication date known to some
precision (``Context.pub``) and is unresolved without it."""
from __future__ import annotations

from datetime import date
from typing import Callable

from .. import calendar as cal
from ..models import Period, Resolution, Skip
from .context import Context, Resolver, _int, _int_either, _offset


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


def r_weekday(g, p, ctx):
    if ctx.pub("day") is None:
        return Resolution(None, True)
    wd = ctx.value("weekday", g["wd"])
    return Resolution(cal.weekday_near(ctx.published, wd, (g.get("mode") or "on").lower()), True)


def r_season_relative(g, p, ctx):
    if ctx.pub("month") is None:
        return Resolution(None, True)
    first, last = ctx.value("season", g["s"])
    return Resolution(cal.relative_season(ctx.published, first, last, g["mode"].lower()), True)


def r_months_ending_past(g, p, ctx):
    """"the 12 months to June" without a year: the latest such months ended by publication; "leading up
    to April" ends with March (a quarter's first month: the month before), "leading up to June" with June.
    With its year ("recorded up to March 2024"), that year's."""
    n = ctx.value("number", g["n"]) if g.get("n") else 12
    m = ctx.value("month", g["m"])
    pub = ctx.published
    if g.get("y"):
        return Resolution(cal.months_ending(_int(g, "y"), m, n), False)
    if pub is None:
        return Resolution(None, True)
    if g.get("mode"):  # "the six months to September this year"
        year = cal.relative_year_number(pub, ctx.value("mode", g["mode"]))
    else:
        year = cal.latest_year_of_month(pub, m, ctx.pub("month") is not None)
    if g.get("lead"):
        return Resolution(cal.months_ending(*cal.last_month_leading_up_to(year, m), n), True)
    day = _int(g, "dx")
    if day:  # "the year ending April 1" ends on that day
        return Resolution(cal.months_ending_on(year, m, day, n), True)
    return Resolution(cal.months_ending(year, m, n), True)


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
        if not g.get("n") and g["dir"].lower() == "coming":
            return Resolution(None, True)  # "over the coming year": a horizon, no dated period
        return _pub_next(ctx, n, unit)
    years = 10 * n if unit == "decade" else n if unit == "year" and n > 1 else None
    need = "year" if years else "day" if unit in ("week", "day") else "month"
    pub = ctx.pub(need)
    if pub is None:
        return Resolution(None, True)
    if years and g.get("fin"):  # "the last three financial years": those ended by publication
        if ctx.pub("month") is None:  # known only to the year: taken to fall after March
            pub = date(pub.year, cal.FY_START_MONTH, 1)
        return Resolution(cal.financial_years_before(pub, years), True)
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


def r_pub_financial_year(g, p, ctx):
    """"this / last / next / the new financial year": from the one holding the publication date.
    Known only to the year, the publication is taken to fall after March (nine months of the
    year in ten lie in the financial year that starts in it)."""
    pub = ctx.pub("month") or ctx.pub("year")
    if pub is None:
        return Resolution(None, True)
    if ctx.pub("month") is None:
        pub = date(pub.year, cal.FY_START_MONTH, 1)
    return Resolution(cal.relative_financial_year(pub, _offset(g, ctx)), True)


def r_year_to_date(g, p, ctx):
    """"the year to date", "so far this (financial) year": from 1 January (1 April) of the year
    holding publication to the publication day; "so far in 2020", "so far in 2019/20": from the
    start of the year named to publication, or to that year's end when it ended before. Known only
    to the month, the publication day is taken as that month's last (as for "since 2010")."""
    financial = bool(g.get("fin") or g.get("fin2"))
    if ctx.pub("day") is None and (last := ctx.publication_end()) is not None:
        return r_year_to_date(g, p, Context(ctx.words, last, "day"))
    if g.get("y"):
        named = cal.year_range(_int(g, "y"))
        if g.get("y2"):
            first = cal.financial_year_start(_int(g, "y"), _int(g, "y2"))
            if first is None:
                raise Skip("not a financial year")
            named = cal.financial_year(first)
        if ctx.pub("day") is None:
            return Resolution(None, True)
        if ctx.published < named[0]:
            raise Skip("a year after publication")
        return Resolution((named[0], min(named[1], ctx.published)), True)
    if ctx.pub("day") is None:
        return Resolution(None, True)
    return Resolution(cal.year_to_date(ctx.published, financial=financial), True)


def r_since(g, p, ctx):
    """"since 2010" (1 January), "since 2005/6" (1 April 2005), "since March 2008" or
    "since April last year" (the 1st, or the day given) to the publication date; known
    only to the month, to that month's last day; only to the year, unresolved: the end
    could be any day of that year (as "so far this year" and "today")."""
    if ctx.published is None:
        return Resolution(None, True)
    if g.get("m") and p.get("latest"):
        start = _latest_day_of_month(ctx.value("month", g["m"]), _int_either(g, "d") or 1, ctx)
        if start is None:
            return Resolution(None, True)
    elif g.get("m"):
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
        end = ctx.publication_end()
        return Resolution(cal.since(start, end) if end is not None else None, True)
    period = cal.since(start, ctx.published)
    if period is None:
        raise Skip("since a year after publication")
    return Resolution(period, True)


def r_since_relative(g, p, ctx):
    """"since last summer", "since last April": from the start of the season or month the words name
    (as "last summer", "last April") to publication, as "since 2010"; unresolved when either is unknown."""
    named = r_season_relative(g, p, ctx) if g.get("s") else r_month(g, p, ctx)
    end = ctx.publication_end()
    if named.period is None or end is None:
        return Resolution(None, True)
    period = cal.since(named.period[0], end)
    if period is None:
        raise Skip("since a time after publication")
    return Resolution(period, True)


def _latest_day_of_month(month: int, day: int, ctx: Context) -> date | None:
    """"since April" (no year): that day of the latest such month on or before publication, last
    year's when the month comes after the publication month; None when only the year is known."""
    pub = ctx.pub("month")
    if pub is None:
        return None
    later = (month, day) > (pub.month, pub.day) if ctx.pub("day") else month > pub.month
    return date(pub.year - 1 if later else pub.year, month, day)
