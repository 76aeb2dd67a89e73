"""The shipped table of official figures, loaded on first use.

``extractor/data/official.parquet`` (built by ``scripts/build_official.py``)
is read only when a claim reaches a lookup, so an extraction with nothing to
check never pays for it. Lookups go through plain dictionaries keyed by
(area, group, kind, window[, baseline]) so checking a claim costs microseconds.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .windows import Window

DATA_FILE = "official.parquet"
#: how many quarter sums ``OfficialStore.quarter_sum`` remembers before it starts again
SUMS_KEPT = 20_000

#: the sources, best first for a figure that several give
SOURCE_TABLES = {
    "ons_pfa_p1": "ONS police force area data tables, Table P1",
    "ons_pfa_p2": "ONS police force area data tables, Table P2",
    "ons_pfa_p3": "ONS police force area data tables, Table P3",
    "ons_pfa_p4": "ONS police force area data tables, Table P4",
    "ons_rec_crime_pfa_2003_2018": "ONS recorded crime at police force area level, 2003-2018",
    "home_office_open_data": "Home Office police recorded crime open data tables",
    "ons_table_c2": "ONS Table C2",
}
FIRST_PUBLISHED = ("ons_pfa_p1", "ons_pfa_p2", "ons_pfa_p3", "ons_pfa_p4", "ons_table_c2")
REVISED_ORDER = ("ons_rec_crime_pfa_2003_2018", "home_office_open_data")


@dataclass(frozen=True)
class Figure:
    """One official figure and where it comes from."""

    value: float | None
    kind: str
    window: Window
    baseline: Window | None
    source: str
    edition: str
    published: dt.date
    note: str | None = None
    quarters_missing: tuple[Window, ...] = ()

    @property
    def first_published(self) -> bool:
        return self.source in FIRST_PUBLISHED

    @property
    def table(self) -> str:
        return f"{SOURCE_TABLES.get(self.source, self.source)}, {self.edition}"


def data_path() -> Path:
    return Path(str(resources.files("extractor") / "data" / DATA_FILE))


class OfficialStore:
    """Official figures by area, offence group, kind and window."""

    def __init__(self, path: Path | None = None) -> None:
        import pyarrow.parquet as pq

        self.table = pq.read_table(path or data_path())
        self._by_area: dict[str, tuple[dict[tuple, list[Figure]], dict[tuple, Figure]]] = {}
        self._sums: dict[tuple[str, str, Window], Figure | None] = {}

    def _index(self, area: str) -> tuple[dict[tuple, list[Figure]], dict[tuple, Figure]]:
        """Figures of one area as dictionaries, built on the area's first lookup."""
        if area in self._by_area:
            return self._by_area[area]
        import pyarrow.compute as pc

        cols = self.table.filter(pc.equal(self.table["area_code"], area)).to_pydict()
        exact: dict[tuple, list[Figure]] = {}
        quarters: dict[tuple, Figure] = {}
        for i in range(len(cols["area_code"])):
            value = cols["value"][i]
            b_start, b_end = cols["baseline_start"][i], cols["baseline_end"][i]
            figure = Figure(
                None if value is None or value != value else float(value), cols["kind"][i],
                Window(cols["window_start"][i], cols["window_end"][i]),
                Window(b_start, b_end) if b_start and b_end else None, cols["source"][i], cols["edition"][i],
                cols["published"][i], cols["note"][i],
            )
            key = (cols["offence_group"][i], figure.kind, figure.window, figure.baseline)
            if figure.source == "home_office_open_data":
                quarters[key] = figure
            else:
                exact.setdefault(key, []).append(figure)
        self._by_area[area] = (exact, quarters)
        return exact, quarters

    def figures(self, area: str, group: str, kind: str, window: Window,
                baseline: Window | None = None) -> list[Figure]:
        """Every official figure for exactly this window (and baseline), quarters summed."""
        found = list(self._index(area)[0].get((group, kind, window, baseline), []))
        if kind == "count" and baseline is None:
            summed = self.quarter_sum(area, group, window)
            if summed is not None:
                found.append(summed)
        return found

    def quarter_sum(self, area: str, group: str, window: Window) -> Figure | None:
        """A window of the open data tables as the sum of its quarters (None when it has none).
        Remembered: the releases of a batch ask for the same few windows of their area again and
        again (the memo is emptied at ``SUMS_KEPT`` so memory stays flat)."""
        key = (area, group, window)
        if key in self._sums:
            return self._sums[key]
        if len(self._sums) >= SUMS_KEPT:
            self._sums.clear()
        found = self._sums[key] = self._sum_quarters(area, group, window)
        return found

    def _sum_quarters(self, area: str, group: str, window: Window) -> Figure | None:
        quarters = self._index(area)[1]
        windows = window.quarters()
        parts = [quarters.get((group, "count", q, None)) for q in windows]
        present = [p for p in parts if p is not None]
        if not present:
            return None
        missing = tuple(q for q, p in zip(windows, parts) if p is None or not p.value)
        value = None if len(present) < len(parts) else sum(p.value or 0.0 for p in present)
        first = present[0]
        return Figure(value, "count", window, None, first.source, first.edition, first.published,
                      None if value is not None else "quarters missing from the open data tables", missing)

    def series(self, area: str, group: str, kind: str = "count") -> list[Figure]:
        """Every figure of one area and group (for charts), quarters as they are stored."""
        exact, quarters = self._index(area)
        out = [f for k, figs in exact.items() if k[0] == group and k[1] == kind for f in figs]
        out += [f for k, f in quarters.items() if k[0] == group and k[1] == kind]
        return sorted(out, key=lambda f: (f.source, f.window))


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, dt.datetime) else value  # type: ignore[return-value]


@lru_cache(maxsize=1)
def store() -> OfficialStore:
    """The shipped table, read once per process on first use."""
    return OfficialStore()
