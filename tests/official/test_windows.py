"""Claim periods and baselines -> official windows."""
from __future__ import annotations

import datetime as dt

import pytest

from extractor.official.windows import Window, claim_windows, official_window

D = dt.date


@pytest.mark.parametrize("start, end, ok", [
    ("2019-01-01", "2019-12-31", True),     # calendar year = year ending December
    ("2019-04-01", "2020-03-31", True),     # financial year = year ending March
    ("2012-10-01", "2013-09-30", True),     # year to September
    ("2019-07-01", "2019-09-30", True),     # one quarter
    ("2019-01-01", "2019-06-30", True),     # two quarters
    ("2019-01-15", "2019-12-31", False),    # not from a month start
    ("2019-02-01", "2020-01-31", False),    # not ending at a quarter end
    ("2018-01-01", "2019-12-31", False),    # two years
    (None, "2019-12-31", False),
])
def test_windows_official_window(start, end, ok) -> None:
    assert (official_window(start, end) is not None) == ok


def test_windows_change_without_baseline_is_the_year_before() -> None:
    window, baseline, assumed = claim_windows("2019-01-01", "2019-12-31", change=True)
    assert baseline == Window(D(2018, 1, 1), D(2018, 12, 31)) and assumed


def test_windows_stated_baseline_kept() -> None:
    window, baseline, assumed = claim_windows("2022-01-01", "2022-12-31", "2019-01-01", "2019-12-31", change=True)
    assert baseline == Window(D(2019, 1, 1), D(2019, 12, 31)) and not assumed


def test_windows_baseline_of_another_length_has_no_table() -> None:
    assert claim_windows("2022-01-01", "2022-12-31", "2021-10-01", "2021-12-31", change=True)[1] is None


def test_windows_quarters() -> None:
    assert [q.end for q in Window(D(2018, 10, 1), D(2019, 9, 30)).quarters()] == [
        D(2018, 12, 31), D(2019, 3, 31), D(2019, 6, 30), D(2019, 9, 30)]
