"""A claim's period and baseline -> the official windows they stand for (pure date logic).

Official figures are counted over whole quarters: the rolling years of the
long series and ONS editions (four quarters ending at a quarter end) and the
single quarters of the open data tables. A calendar year is the year ending
December, a financial year the year ending March; a change without a stated
baseline is taken against the same window a year before, as the ONS reports it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

QUARTER_END_MONTHS = (3, 6, 9, 12)


@dataclass(frozen=True, order=True)
class Window:
    start: dt.date
    end: dt.date

    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def year_before(self) -> "Window":
        return Window(shift_months(self.start, -12), month_end(shift_months(self.end.replace(day=1), -12)))

    def quarters(self) -> list["Window"]:
        """The calendar quarters that make up the window (it must be whole quarters)."""
        out, start = [], self.start
        while start <= self.end:
            out.append(Window(start, month_end(shift_months(start, 2))))
            start = shift_months(start, 3)
        return out

    def label(self) -> str:
        if self.months == 12:
            return f"the year ending {self.end:%B %Y}"
        return f"{self.start:%B %Y} to {self.end:%B %Y}"


def month_end(day: dt.date) -> dt.date:
    nxt = shift_months(day.replace(day=1), 1)
    return nxt - dt.timedelta(days=1)


def shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def to_date(value: object) -> dt.date | None:
    """A date from an ISO string, a date or a pandas Timestamp; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def official_window(start: object, end: object) -> Window | None:
    """The window a period stands for when it is 1-4 whole quarters ending at a quarter end."""
    s, e = to_date(start), to_date(end)
    if s is None or e is None or s.day != 1 or e != month_end(e) or e.month not in QUARTER_END_MONTHS:
        return None
    window = Window(s, e)
    if window.months not in (3, 6, 9, 12) or (s.month - 1) % 3:
        return None
    return window


def claim_windows(period_start: object, period_end: object, baseline_start: object = None,
                  baseline_end: object = None, *, change: bool) -> tuple[Window | None, Window | None, bool]:
    """(window, baseline, baseline_assumed) for a claim; window None when no table covers the period.

    A change with no baseline is against the same window a year before
    (``baseline_assumed`` True); a stated baseline must itself be a window of
    the same length.
    """
    window = official_window(period_start, period_end)
    if window is None or not change:
        return window, None, False
    if to_date(baseline_start) is None and to_date(baseline_end) is None:
        return window, window.year_before(), True
    baseline = official_window(baseline_start, baseline_end)
    if baseline is None or baseline.months != window.months:
        return window, None, False
    return window, baseline, False
