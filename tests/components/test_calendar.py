"""Unit tests of the pure calendar functions behind period resolution."""
from __future__ import annotations

from datetime import date

import pytest

from extractor.components.periods import calendar as cal

D = date.fromisoformat


def P(start: str, end: str) -> cal.Period:
    return D(start), D(end)


@pytest.mark.parametrize(
    "year, month, expected",
    [
        (2020, 2, P("2020-02-01", "2020-02-29")),  # leap year
        (2019, 2, P("2019-02-01", "2019-02-28")),
        (2000, 2, P("2000-02-01", "2000-02-29")),  # divisible by 400
        (2100, 2, P("2100-02-01", "2100-02-28")),  # divisible by 100 only
        (2020, 12, P("2020-12-01", "2020-12-31")),
        (2020, 4, P("2020-04-01", "2020-04-30")),
    ],
)
def test_calendar_month_range(year, month, expected):
    assert cal.month_range(year, month) == expected


@pytest.mark.parametrize(
    "year, month, n, expected",
    [(2020, 1, -1, (2019, 12)), (2020, 12, 1, (2021, 1)), (2020, 5, -17, (2018, 12)), (2020, 5, 0, (2020, 5))],
)
def test_calendar_add_months_crosses_years(year, month, n, expected):
    assert cal.add_months(year, month, n) == expected


@pytest.mark.parametrize(
    "args, expected",
    [
        ((2023, 3, 12), P("2022-04-01", "2023-03-31")),  # year ending March 2023
        ((2021, 6, 12), P("2020-07-01", "2021-06-30")),  # the 12 months to June 2021
        ((2021, 9, 12), P("2020-10-01", "2021-09-30")),  # 12 months ending 30 September 2021
        ((2022, 12, 12), P("2022-01-01", "2022-12-31")),  # year ending December = calendar year
        ((2020, 2, 3), P("2019-12-01", "2020-02-29")),  # three months to February 2020
    ],
)
def test_calendar_months_ending(args, expected):
    assert cal.months_ending(*args) == expected


@pytest.mark.parametrize(
    "args, expected",
    [
        ((2012, 9, 2013, 9), P("2012-10-01", "2013-09-30")),  # same month a year apart: statistical year
        ((2019, 4, 2020, 3), P("2019-04-01", "2020-03-31")),
        ((2022, 12, 2023, 1), P("2022-12-01", "2023-01-31")),
    ],
)
def test_calendar_month_to_month(args, expected):
    assert cal.month_to_month(*args) == expected


@pytest.mark.parametrize(
    "m1, m2, year, expected",
    [
        (1, 12, 2019, P("2019-01-01", "2019-12-31")),  # January-December 2019
        (7, 9, 2019, P("2019-07-01", "2019-09-30")),  # July to September 2019
        (11, 1, 2023, P("2022-11-01", "2023-01-31")),  # November to January 2023 wraps
    ],
)
def test_calendar_month_pair(m1, m2, year, expected):
    assert cal.month_pair(m1, m2, year) == expected


@pytest.mark.parametrize(
    "func, args, expected",
    [
        (cal.year_range, (2019,), P("2019-01-01", "2019-12-31")),
        (cal.years_range, (2015, 2020), P("2015-01-01", "2020-12-31")),
        (cal.quarter_range, (2019, 1), P("2019-01-01", "2019-03-31")),
        (cal.quarter_range, (2019, 3), P("2019-07-01", "2019-09-30")),
        (cal.quarter_range, (2019, 4), P("2019-10-01", "2019-12-31")),
        (cal.half_range, (2019, 1), P("2019-01-01", "2019-06-30")),
        (cal.half_range, (2019, 2), P("2019-07-01", "2019-12-31")),
        (cal.season_range, (2020, 6, 8), P("2020-06-01", "2020-08-31")),  # summer 2020
        (cal.season_range, (2019, 12, 2), P("2019-12-01", "2020-02-29")),  # winter 2019/20, leap
        (cal.decade_range, (2010,), P("2010-01-01", "2019-12-31")),  # the 2010s
        (cal.decade_range, (1990,), P("1990-01-01", "1999-12-31")),
        (cal.first_months, (2021, 3), P("2021-01-01", "2021-03-31")),
        (cal.day_range, (2020, 2, 29), P("2020-02-29", "2020-02-29")),
    ],
)
def test_calendar_ranges(func, args, expected):
    assert func(*args) == expected


def test_calendar_first_months_last():
    assert cal.first_months(2020, 3, last=True) == P("2020-10-01", "2020-12-31")


@pytest.mark.parametrize("func, args", [(cal.quarter_range, (2019, 5)), (cal.half_range, (2019, 3)),
                                        (cal.day_range, (2019, 2, 29)), (cal.first_months, (2019, 13))])
def test_calendar_rejects_impossible(func, args):
    with pytest.raises(ValueError):
        func(*args)


# --- financial years ---------------------------------------------------------------

@pytest.mark.parametrize(
    "first, second, expected",
    [(2019, 20, 2019), (2019, 2020, 2019), (1999, 0, 1999), (2019, 21, None), (2019, 2021, None), (2019, 19, None),
     # "2008-9": a one-digit end
     (2008, 9, 2008), (2009, 0, 2009), (2008, 1, None)],
)
def test_calendar_financial_year_start(first, second, expected):
    assert cal.financial_year_start(first, second) == expected


def test_calendar_financial_year_runs_april_to_march():
    assert cal.financial_year(2019) == P("2019-04-01", "2020-03-31")
    assert cal.financial_year(2023) == P("2023-04-01", "2024-03-31")


@pytest.mark.parametrize("day, expected", [("2020-03-31", 2019), ("2020-04-01", 2020), ("2020-01-15", 2019)])
def test_calendar_financial_year_of(day, expected):
    assert cal.financial_year_of(D(day)) == expected


@pytest.mark.parametrize(
    "pub, offset, expected",
    [
        ("2023-07-20", -1, P("2022-04-01", "2023-03-31")),  # last financial year
        ("2023-07-20", 0, P("2023-04-01", "2024-03-31")),
        ("2023-02-01", 0, P("2022-04-01", "2023-03-31")),
        ("2023-02-01", 1, P("2023-04-01", "2024-03-31")),
    ],
)
def test_calendar_relative_financial_year(pub, offset, expected):
    assert cal.relative_financial_year(D(pub), offset) == expected


# --- relative to the publication date ------------------------------------------------

@pytest.mark.parametrize(
    "func, pub, offset, expected",
    [
        (cal.relative_day, "2020-04-23", 0, P("2020-04-23", "2020-04-23")),  # today
        (cal.relative_day, "2023-02-03", -1, P("2023-02-02", "2023-02-02")),  # last night
        (cal.relative_day, "2020-03-01", -1, P("2020-02-29", "2020-02-29")),  # yesterday in a leap year
        (cal.relative_day, "2020-01-01", -1, P("2019-12-31", "2019-12-31")),
        (cal.relative_month, "2020-04-23", 1, P("2020-05-01", "2020-05-31")),  # next month
        (cal.relative_month, "2020-12-10", 1, P("2021-01-01", "2021-01-31")),  # next month in December
        (cal.relative_month, "2024-01-15", -1, P("2023-12-01", "2023-12-31")),  # last month in January
        (cal.relative_month, "2020-03-15", -1, P("2020-02-01", "2020-02-29")),  # leap February
        (cal.relative_month, "2020-04-23", 0, P("2020-04-01", "2020-04-30")),  # this month
        (cal.relative_year, "2020-04-23", -1, P("2019-01-01", "2019-12-31")),  # last year
        (cal.relative_year, "2020-04-23", 0, P("2020-01-01", "2020-12-31")),  # this year
        (cal.relative_year, "2021-10-28", 1, P("2022-01-01", "2022-12-31")),  # next year
        (cal.relative_quarter, "2020-01-10", -1, P("2019-10-01", "2019-12-31")),  # last quarter
        (cal.relative_week, "2023-07-20", -1, P("2023-07-10", "2023-07-16")),  # last week (Mon-Sun)
    ],
)
def test_calendar_relative_to_publication(func, pub, offset, expected):
    assert func(D(pub), offset) == expected


@pytest.mark.parametrize(
    "func, pub, n, expected",
    [
        (cal.months_before, "2020-04-23", 12, P("2019-04-01", "2020-03-31")),  # the past year / last 12 months
        (cal.months_before, "2020-01-05", 12, P("2019-01-01", "2019-12-31")),
        (cal.months_before, "2023-07-20", 60, P("2018-07-01", "2023-06-30")),  # the past five years
        (cal.months_before, "2023-07-20", 3, P("2023-04-01", "2023-06-30")),
        (cal.years_before, "2020-04-23", 10, P("2010-01-01", "2019-12-31")),  # the last decade
        (cal.days_before, "2020-03-01", 7, P("2020-02-23", "2020-02-29")),
    ],
)
def test_calendar_durations_before_publication(func, pub, n, expected):
    assert func(D(pub), n) == expected


def test_calendar_durations_after_publication():
    assert cal.years_after(D("2015-12-01"), 5) == P("2016-01-01", "2020-12-31")  # the next five years
    assert cal.months_after(D("2012-12-10"), 12) == P("2013-01-01", "2013-12-31")  # the next 12 months
    assert cal.months_after(D("2012-06-10"), 3) == P("2012-07-01", "2012-09-30")


def test_calendar_since_runs_to_publication():
    assert cal.since(D("2010-01-01"), D("2020-04-23")) == P("2010-01-01", "2020-04-23")
    assert cal.since(D("2021-01-01"), D("2020-04-23")) is None


@pytest.mark.parametrize(
    "pub, weekday, mode, expected",
    [
        ("2023-07-20", 0, "on", "2023-07-17"),  # Thursday: "on Monday" = this week's Monday
        ("2023-07-20", 3, "on", "2023-07-20"),  # the same day
        ("2023-07-20", 3, "last", "2023-07-13"),
        ("2023-07-20", 4, "next", "2023-07-21"),
    ],
)
def test_calendar_weekday_near(pub, weekday, mode, expected):
    assert cal.weekday_near(D(pub), weekday, mode) == P(expected, expected)


@pytest.mark.parametrize(
    "pub, month, day, expected",
    [
        ("2021-10-28", 11, 16, "2021-11-16"),  # 16 November, published late October
        ("2023-01-05", 12, 12, "2022-12-12"),  # 12 December, published early January
        ("2023-10-19", 9, 12, "2023-09-12"),
        ("2021-03-01", 2, 29, "2020-02-29"),  # only leap years have 29 February
    ],
)
def test_calendar_nearest_day_without_year(pub, month, day, expected):
    assert cal.nearest(D(pub), lambda y: cal.day_range(y, month, day)) == P(expected, expected)


def test_calendar_nearest_wrapping_months():
    # "December and January" published February 2023
    assert cal.nearest(D("2023-02-03"), lambda y: cal.month_pair(12, 1, y)) == P("2022-12-01", "2023-01-31")


@pytest.mark.parametrize(
    "pub, mode, expected",
    [
        ("2023-10-19", "last", P("2023-06-01", "2023-08-31")),
        ("2023-07-01", "last", P("2022-06-01", "2022-08-31")),
        ("2023-07-01", "this", P("2023-06-01", "2023-08-31")),
        ("2023-10-19", "next", P("2024-06-01", "2024-08-31")),
    ],
)
def test_calendar_relative_season(pub, mode, expected):
    assert cal.relative_season(D(pub), 6, 8, mode) == expected


# --- relative to an earlier period -------------------------------------------------------

@pytest.mark.parametrize(
    "period, months, expected",
    [
        (P("2019-01-01", "2019-12-31"), -12, P("2018-01-01", "2018-12-31")),  # the same period the year before
        (P("2022-04-01", "2023-03-31"), -12, P("2021-04-01", "2022-03-31")),  # previous financial year
        (P("2020-07-01", "2021-06-30"), -12, P("2019-07-01", "2020-06-30")),
        (P("2020-02-01", "2020-02-29"), -12, P("2019-02-01", "2019-02-28")),  # month-aligned stays aligned
        (P("2019-02-01", "2019-02-28"), 12, P("2020-02-01", "2020-02-29")),
        (P("2020-02-29", "2020-02-29"), -12, P("2019-02-28", "2019-02-28")),  # a day is clamped
        (P("2022-07-01", "2022-09-30"), -12, P("2021-07-01", "2021-09-30")),  # same quarter last year
    ],
)
def test_calendar_shift_months(period, months, expected):
    assert cal.shift_months(period, months) == expected


def test_calendar_shift_to_year():
    assert cal.shift_to_year(P("2022-07-01", "2022-09-30"), 2018) == P("2018-07-01", "2018-09-30")


@pytest.mark.parametrize(
    "period, n, expected",
    [
        (P("2020-07-01", "2021-06-30"), 12, P("2019-07-01", "2020-06-30")),  # the previous 12 months
        (P("2023-01-01", "2023-03-31"), 3, P("2022-10-01", "2022-12-31")),  # the previous quarter
        (P("2020-03-01", "2020-03-31"), 1, P("2020-02-01", "2020-02-29")),  # the previous month
    ],
)
def test_calendar_previous_months(period, n, expected):
    assert cal.previous_months(period, n) == expected


def test_calendar_previous_like():
    assert cal.previous_like(P("2022-07-01", "2022-09-30")) == P("2022-04-01", "2022-06-30")
    assert cal.previous_like(P("2023-03-10", "2023-03-16")) == P("2023-03-03", "2023-03-09")


@pytest.mark.parametrize(
    "pub, first, last, expected",
    [
        # "April to September" published 3 January 2012: last year's (95 days back), not
        # this year's (89 days ahead): future days count double
        ("2012-01-03", 4, 9, P("2011-04-01", "2011-09-30")),
        ("2023-04-27", 7, 7, P("2023-07-01", "2023-07-31")),  # "in July": still the coming one
    ],
)
def test_calendar_nearest_prefers_the_past(pub, first, last, expected):
    assert cal.nearest(D(pub), lambda y: cal.months_range(y, first, y, last)) == expected


def test_calendar_nearest_future_weight_one_is_plain_distance():
    assert cal.nearest(D("2012-01-03"), lambda y: cal.months_range(y, 4, y, 9), future_weight=1) == P(
        "2012-04-01", "2012-09-30")


@pytest.mark.parametrize(
    "pub, financial, expected",
    [
        ("2020-04-23", False, P("2020-01-01", "2020-04-23")),  # the year to date
        ("2020-04-23", True, P("2020-04-01", "2020-04-23")),  # the financial year to date
        ("2020-02-10", True, P("2019-04-01", "2020-02-10")),  # before April: last year's FY
        ("2021-01-01", False, P("2021-01-01", "2021-01-01")),  # new year's day
    ],
)
def test_calendar_year_to_date(pub, financial, expected):
    assert cal.year_to_date(D(pub), financial=financial) == expected


@pytest.mark.parametrize(
    "pub, expected",
    [("2020-04-23", "2019-04-23"), ("2020-02-29", "2019-02-28"), ("2021-01-05", "2020-01-05")],
)
def test_calendar_year_ago(pub, expected):
    assert cal.year_ago(D(pub)) == P(expected, expected)


@pytest.mark.parametrize("pub, offset, expected", [("2020-04-23", 0, 2020), ("2020-01-02", -1, 2019), ("2020-12-31", 1, 2021)])
def test_calendar_relative_year_number(pub, offset, expected):
    assert cal.relative_year_number(D(pub), offset) == expected


def test_calendar_range_to_the_end_of_a_year():
    # "between December 2011 and the end of 2012": whole months, not a statistical year
    assert cal.months_range(2011, 12, 2012, 12) == P("2011-12-01", "2012-12-31")
    assert cal.month_to_month(2011, 12, 2012, 12) == P("2012-01-01", "2012-12-31")


@pytest.mark.parametrize(
    "pub, n, expected",
    [
        ("2013-01-20", 12, P("2012-01-01", "2012-12-31")),  # "the last year" in January
        ("2020-04-23", 12, P("2019-04-01", "2020-03-31")),  # "over the last year"
    ],
)
def test_calendar_the_last_year_is_twelve_whole_months(pub, n, expected):
    assert cal.months_before(D(pub), n) == expected


def test_calendar_the_last_quarter_is_the_last_calendar_quarter():
    assert cal.relative_quarter(D("2020-05-10"), -1) == P("2020-01-01", "2020-03-31")
    assert cal.relative_quarter(D("2020-01-10"), -1) == P("2019-10-01", "2019-12-31")
