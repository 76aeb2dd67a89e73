"""Known values from each official source, and the two long series against each other."""
from __future__ import annotations

import datetime as dt

import pytest

from extractor.official.store import OfficialStore, data_path, store
from extractor.official.windows import Window, official_window

TOTAL = "Total recorded crime (excluding fraud)"
STAFFS, WILTS = "E23000015", "E23000038"
#: the largest relative gap between the 2003-2018 rolling years and the open
#: data quarters summed over the same window, any force, total recorded crime
#: excluding fraud, years ending March 2013 to December 2018 (revisions between
#: the April 2019 and October 2023 editions). Measured: 8.47%, Dyfed-Powys,
#: year ending December 2018 (26,694 against 28,954: its violence undercount,
#: corrected later); 5.29% at most elsewhere (West Mercia, year ending
#: September 2015); median 0.04%; 118 of 1,032 windows more than 1% apart.
LARGEST_SERIES_GAP = 0.085
LARGEST_GAP_ELSEWHERE = 0.053


def year(end: str) -> Window:
    e = dt.date.fromisoformat(end)
    w = official_window(dt.date(e.year - 1, e.month % 12 + 1, 1) if e.month != 12 else dt.date(e.year, 1, 1), e)
    assert w is not None
    return w


def by_source(figures):
    return {f.source: f.value for f in figures}


def test_store_ships_with_the_package() -> None:
    assert data_path().is_file()
    assert data_path().stat().st_size < 1_000_000


@pytest.mark.parametrize("end, source, value", [
    ("2018-12-31", "ons_pfa_p1", 84765),                     # ONS year ending December 2018 edition
    ("2018-12-31", "ons_rec_crime_pfa_2003_2018", 84765),    # the 2003-2018 series, groups summed
    ("2018-12-31", "home_office_open_data", 84742),          # open data, four quarters summed
    ("2019-12-31", "ons_pfa_p1", 75981),                     # ONS year ending December 2019 edition
    ("2019-12-31", "home_office_open_data", 75923),
])
def test_store_staffordshire_counts(end: str, source: str, value: int) -> None:
    assert by_source(store().figures(STAFFS, TOTAL, "count", year(end)))[source] == value


def test_store_staffordshire_percent_change_table_p2() -> None:
    w = year("2019-12-31")
    (figure,) = store().figures(STAFFS, TOTAL, "percent_change", w, w.year_before())
    assert figure.source == "ons_pfa_p2" and figure.value == pytest.approx(-10.34, abs=0.005)
    assert figure.published == dt.date(2020, 4, 23)


def test_store_wiltshire_year_to_september_2013() -> None:
    now = by_source(store().figures(WILTS, TOTAL, "count", year("2013-09-30")))
    before = by_source(store().figures(WILTS, TOTAL, "count", year("2012-09-30")))
    src = "ons_rec_crime_pfa_2003_2018"
    assert round((now[src] / before[src] - 1) * 100, 1) == -7.3


def test_store_june_2025_table() -> None:
    figures = by_source(store().figures(STAFFS, TOTAL, "count", year("2025-06-30")))
    assert figures["ons_table_c2"] == 86529


def test_store_regions_and_nation_are_sums_of_forces() -> None:
    w = year("2016-03-31")
    forces = ["E23000015", "E23000017", "E23000016", "E23000014"]
    parts = sum(by_source(store().figures(f, TOTAL, "count", w))["ons_rec_crime_pfa_2003_2018"] for f in forces)
    region = by_source(store().figures("E12000005", TOTAL, "count", w))["ons_rec_crime_pfa_2003_2018"]
    assert region == parts


def test_store_greater_manchester_missing_in_december_2019_edition() -> None:
    (figure,) = [f for f in store().figures("E23000005", TOTAL, "count", year("2019-12-31"))
                 if f.source == "ons_pfa_p1"]
    assert figure.value is None and ".." in figure.note


def test_store_two_long_series_agree_within_revisions() -> None:
    data = OfficialStore()
    gaps = []
    for area in [a for a in data.table.column("area_code").unique().to_pylist() if a.startswith(("E23", "W15"))]:
        for f in data.series(area, TOTAL):
            if f.source != "ons_rec_crime_pfa_2003_2018" or f.window.start < dt.date(2012, 4, 1):
                continue
            summed = data.quarter_sum(area, TOTAL, f.window)
            assert summed is not None and summed.value, (area, f.window)
            gaps.append((abs(summed.value / f.value - 1), area, f.window.end))
    assert len(gaps) == 43 * 24
    largest = max(gaps)
    assert largest[0] <= LARGEST_SERIES_GAP, largest
    assert largest[1] == "W15000004" and largest[2] == dt.date(2018, 12, 31)
    assert max(g for g in gaps if g[1] != "W15000004")[0] <= LARGEST_GAP_ELSEWHERE
    assert sorted(g[0] for g in gaps)[len(gaps) // 2] < 0.001            # the median: a tenth of a percent
    assert sum(g[0] > 0.01 for g in gaps) < len(gaps) * 0.15
