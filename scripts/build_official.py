"""Build ``extractor/data/official.parquet`` from the official sources in ``shared/data``.

Why a build step: the sources are spreadsheets and CSVs in four layouts
(ONS workbooks with glued footnote markers, a rolling-year series, quarterly
open data, a table with title rows). Reading them at run time would be slow
and fragile, so this script turns them into one small tidy table once; its
output is committed and nothing is read or downloaded at run time.

    python scripts/build_official.py [--data ../shared/data] [--out extractor/data/official.parquet]

One row per (area, offence group, window, kind, edition): ``area_code``,
``area_name``, ``offence_group``, ``window_start``/``window_end`` (the period
counted), ``baseline_start``/``baseline_end`` (for a percentage change: the
period compared against), ``value``, ``kind`` (``count``, ``percent_change``,
``rate_per_1000``), ``edition`` (which publication), ``published`` (its
date), ``source`` and ``note`` (why a value is missing). Open data quarters
are stored as quarters; any four of them make a rolling year at check time.
Regions and England and Wales in the two long series are sums of their forces
(England and Wales with British Transport Police, as the ONS counts it).

Bad input (a missing file, a column or sheet that moved) stops the build with
a message that names the file.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.official.areas import AreaIndex, load_areas  # noqa: E402
from extractor.official.groups import OffenceGroups, load_groups  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "extractor" / "data" / "official.parquet"
PRC = "police-recorded-crime"
REC_2003 = f"{PRC}/rec-crime-pfa-2003-2018.csv.gz"
OPEN_DATA = f"{PRC}/prc-pfa-2012q1-2023q1.csv.gz"
JUNE_2025 = f"{PRC}/policeforceareatablesyejune25final.csv"
BTP = "British Transport Police"
FRAUD_BODIES = {"Action Fraud", "CIFAS", "UK Finance"}


@dataclass(frozen=True)
class Edition:
    file: str
    year_end: dt.date
    published: dt.date


#: the eight first-published ONS editions and the day each came out
#: (with "Crime in England and Wales", quarterly bulletin)
ONS_EDITIONS = (
    Edition("ons-pfa/policeforceareatablesyearendingmarch2018v2.xlsx", dt.date(2018, 3, 31), dt.date(2018, 7, 19)),
    Edition("ons-pfa/policeforceareadatatablesyearendingjune2018corrected.xlsx", dt.date(2018, 6, 30), dt.date(2018, 10, 18)),
    Edition("ons-pfa/policeforceareatablesyearendingsep18corrected.xlsx", dt.date(2018, 9, 30), dt.date(2019, 1, 24)),
    Edition("ons-pfa/policeforceareatablesyearendingdecember2018.xlsx", dt.date(2018, 12, 31), dt.date(2019, 4, 25)),
    Edition("ons-pfa/policeforceareatablesyeendingmarch2019.xlsx", dt.date(2019, 3, 31), dt.date(2019, 7, 18)),
    Edition("ons-pfa/policeforceareatablesyearendingjune2019.xlsx", dt.date(2019, 6, 30), dt.date(2019, 10, 17)),
    Edition("ons-pfa/policeforceareatablesyearendingseptember2019.xlsx", dt.date(2019, 9, 30), dt.date(2020, 1, 23)),
    Edition("ons-pfa/pfatablesdec19.xlsx", dt.date(2019, 12, 31), dt.date(2020, 4, 23)),
)
REC_2003_PUBLISHED = dt.date(2019, 4, 25)
OPEN_DATA_PUBLISHED = dt.date(2023, 10, 19)
JUNE_2025_PUBLISHED = dt.date(2025, 10, 23)

COLUMNS = ("area_code", "area_name", "offence_group", "window_start", "window_end", "baseline_start",
           "baseline_end", "value", "kind", "edition", "published", "source", "note")


class BuildError(Exception):
    """Input the build cannot use; the message names the file."""


# --------------------------------------------------------------------------- dates
def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def months_back(end: dt.date, months: int) -> dt.date:
    """First day of the window of ``months`` months ending with ``end``'s month."""
    index = end.year * 12 + end.month - 1 - (months - 1)
    return dt.date(index // 12, index % 12 + 1, 1)


def year_before(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    return dt.date(start.year - 1, start.month, 1), month_end(end.year - 1, end.month)


def ye_label(end: dt.date) -> str:
    return f"year ending {end:%B %Y}"


# --------------------------------------------------------------------------- rows
def row(area: str, name: str, group: str, start: dt.date, end: dt.date, value: float | None, kind: str,
        edition: str, published: dt.date, source: str, baseline: tuple[dt.date, dt.date] | None = None,
        note: str | None = None) -> dict[str, Any]:
    return {
        "area_code": area, "area_name": name, "offence_group": group, "window_start": start,
        "window_end": end, "baseline_start": baseline[0] if baseline else None,
        "baseline_end": baseline[1] if baseline else None, "value": value, "kind": kind,
        "edition": edition, "published": published, "source": source, "note": note,
    }


def require_file(data: Path, rel: str) -> Path:
    path = data / rel
    if not path.is_file():
        raise BuildError(f"{path}: file not found (expected in {data}; see shared/data READMEs)")
    return path


def require_columns(path: Path, have: Iterable[str], need: Iterable[str]) -> None:
    missing = [c for c in need if c not in set(have)]
    if missing:
        raise BuildError(f"{path}: column(s) {missing} not found; the file has {list(have)}")


def area_of(index: AreaIndex, name: str, path: Path) -> str | None:
    """The code of a source's force name; None for reporting bodies that are no area."""
    if name == BTP or name in FRAUD_BODIES:
        return None
    area = index.find(name)
    if area is None or area.kind != "force":
        raise BuildError(f"{path}: force name {name!r} is not in areas.yaml (add it as an alias)")
    return area.code


def aggregate(index: AreaIndex, by_force: dict[tuple[str, Any], float],
              extra_national: dict[Any, float]) -> Iterator[tuple[str, Any, float]]:
    """Forces, then every region, nation and England and Wales as sums of forces.

    ``by_force`` is keyed (force code or reporting body, key); ``extra_national``
    adds to England and Wales only (British Transport Police, fraud bodies).
    """
    keys = {k for _, k in by_force}
    for code, key in sorted(by_force, key=str):
        if code.startswith(("E23", "W15")):
            yield code, key, by_force[code, key]
    for area in index.by_code.values():
        if area.kind == "force":
            continue
        members = [m.code for m in index.members(area.code)]
        for key in keys:
            values = [by_force[m, key] for m in members if (m, key) in by_force]
            if not values:
                continue
            total = sum(values)
            if area.kind == "national":
                total += extra_national.get(key, 0.0)
            yield area.code, key, total


# --------------------------------------------------------------------------- rec-crime 2003-2018
def rolling_end(text: str, path: Path) -> dt.date:
    """A quarter end read by month ('30-12-2017' is 31 December 2017)."""
    try:
        day, month, year = (int(p) for p in text.split("-"))
    except ValueError:
        raise BuildError(f"{path}: cannot read the date {text!r} (DD-MM-YYYY)") from None
    if month not in (3, 6, 9, 12):
        raise BuildError(f"{path}: {text!r} is not a quarter end")
    return month_end(year, month)


def read_rec_2003(data: Path, index: AreaIndex, groups: OffenceGroups) -> list[dict[str, Any]]:
    import pandas as pd

    path = require_file(data, REC_2003)
    frame = pd.read_csv(path)
    need = ["12 months ending", "PFA", "Region", "Offence", "Rolling year total number of offences"]
    require_columns(path, frame.columns, need)
    parts = {g: p["rec_2003"] for g, p in groups.groups.items() if "rec_2003" in p}
    known = {o for p in parts.values() for o in p if o != "all_except_fraud"}
    unknown = set(frame["Offence"]) - known
    if unknown:
        raise BuildError(f"{path}: offence(s) {sorted(unknown)} are in no group of offence_groups.yaml")
    fraud = set(parts.get("Fraud offences", []))
    by_force: dict[tuple[str, Any], float] = {}
    national: dict[Any, float] = {}
    for (ends, pfa, offence), value in frame.groupby(["12 months ending", "PFA", "Offence"])[need[-1]].sum().items():
        end = rolling_end(ends, path)
        code = area_of(index, pfa, path)
        for group, members in parts.items():
            hit = offence in members or ("all_except_fraud" in members and offence not in fraud)
            if not hit:
                continue
            key = (group, end)
            if code is None:
                if pfa == BTP and group != "Fraud offences" or pfa in FRAUD_BODIES and group == "Fraud offences":
                    national[key] = national.get(key, 0.0) + float(value)
            else:
                by_force[code, key] = by_force.get((code, key), 0.0) + float(value)
    rows = []
    for code, (group, end), value in aggregate(index, by_force, national):
        start = dt.date(end.year - 1, end.month, 1) + dt.timedelta(days=0)
        start = months_back(end, 12)
        rows.append(row(code, index.code(code).name, group, start, end, value, "count",
                        "edition of April 2019 (rolling years to December 2018)",
                        REC_2003_PUBLISHED, "ons_rec_crime_pfa_2003_2018"))
    return rows


# --------------------------------------------------------------------------- open data tables
def quarter_window(year: str, quarter: float, path: Path) -> tuple[dt.date, dt.date]:
    match = re.fullmatch(r"(\d{4})/\d{2}", str(year))
    if not match or quarter not in (1, 2, 3, 4):
        raise BuildError(f"{path}: cannot read financial year {year!r} quarter {quarter!r}")
    first = int(match.group(1))
    month = 4 + 3 * (int(quarter) - 1)
    y = first + (month > 12)
    month = (month - 1) % 12 + 1
    return dt.date(y, month, 1), month_end(y, month + 2)


def read_open_data(data: Path, index: AreaIndex, groups: OffenceGroups) -> list[dict[str, Any]]:
    import pandas as pd

    path = require_file(data, OPEN_DATA)
    frame = pd.read_csv(path)
    need = ["Financial Year", "Financial Quarter", "Force Name", "Offence Group", "Offence Subgroup",
            "Number of Offences"]
    require_columns(path, frame.columns, need)
    frame["fraud"] = frame["Offence Group"] == "Fraud offences"
    parts = {g: p["open_data"] for g, p in groups.groups.items() if "open_data" in p}
    known = {o for p in parts.values() for o in p}
    unknown = set(frame.loc[~frame["fraud"], "Offence Subgroup"]) - known
    if unknown:
        raise BuildError(f"{path}: offence subgroup(s) {sorted(unknown)} are in no group of offence_groups.yaml")
    sums = frame.groupby(["Financial Year", "Financial Quarter", "Force Name", "Offence Subgroup", "fraud"])[
        "Number of Offences"].sum()
    by_force: dict[tuple[str, Any], float] = {}
    national: dict[Any, float] = {}
    for (year, quarter, force, subgroup, is_fraud), value in sums.items():
        window = quarter_window(year, quarter, path)
        code = area_of(index, force, path)
        for group, members in parts.items():
            if is_fraud:
                hit = "fraud" in members
            else:
                hit = subgroup in members or "all_except_fraud" in members
            if not hit:
                continue
            key = (group, window)
            if code is None:
                if force == BTP and not is_fraud or force in FRAUD_BODIES and is_fraud:
                    national[key] = national.get(key, 0.0) + float(value)
            else:
                by_force[code, key] = by_force.get((code, key), 0.0) + float(value)
    rows = []
    for code, (group, (start, end)), value in aggregate(index, by_force, national):
        rows.append(row(code, index.code(code).name, group, start, end, value, "count",
                        "edition of 19 October 2023", OPEN_DATA_PUBLISHED, "home_office_open_data"))
    return rows


# --------------------------------------------------------------------------- ONS workbooks
def label_key(text: Any) -> str:
    """A column header without footnote markers, line breaks or case."""
    s = re.sub(r"\d+", "", str(text or ""))
    s = s.replace(",", " ").replace("\n", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def sheet(workbook: Any, name: str, path: Path) -> Any:
    for title in workbook.sheetnames:
        if title.strip().lower() == name.lower():
            return workbook[title]
    raise BuildError(f"{path}: sheet {name!r} not found (sheets: {workbook.sheetnames})")


def table_columns(rows: list[tuple], path: Path, sheet_name: str) -> tuple[int, dict[int, set[str]]]:
    """The header row (the one starting 'Area Code') and each column's labels.

    A column is known by its own header and by the group label one row above
    ("Total recorded crime (excluding fraud)" and "Total of selected serious
    offences" sit there, over an empty or generic header).
    """
    for i, r in enumerate(rows[:15]):
        if r and label_key(r[0]) in ("area code", "area codes"):
            above = rows[i - 1] if i else ()
            labels: dict[int, set[str]] = {}
            for j, cell in enumerate(r):
                texts = {label_key(cell), label_key(above[j] if j < len(above) else None)} - {""}
                if texts:
                    labels[j] = texts
            return i, labels
    raise BuildError(f"{path}: sheet {sheet_name!r} has no 'Area Code' header row in its first 15 rows")


def read_ons_edition(data: Path, edition: Edition, index: AreaIndex,
                     groups: OffenceGroups) -> list[dict[str, Any]]:
    import openpyxl

    path = require_file(data, edition.file)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise BuildError(f"{path}: not a readable workbook ({exc})") from None
    end = edition.year_end
    start = months_back(end, 12)
    label = f"{ye_label(end)} edition"
    specs = (("Table P1", "count", "ons", None), ("Table P2", "percent_change", "ons", year_before(start, end)),
             ("Table P3", "rate_per_1000", "ons", None), ("Table P4", "count", "ons_knife", None))
    rows = []
    for sheet_name, kind, part, baseline in specs:
        ws = sheet(workbook, sheet_name, path)
        cells = list(ws.iter_rows(values_only=True))
        title = label_key(cells[0][0] if cells and cells[0] else "")
        if f"{end:%B}".lower() not in title and f"{end:%b}".lower() not in title:
            raise BuildError(f"{path}: {sheet_name} title {cells[0][0]!r} is not about {ye_label(end)}")
        header, labels = table_columns(cells, path, sheet_name)
        wanted = {g: [label_key(x) for x in p[part]] for g, p in groups.groups.items() if part in p}
        columns: dict[str, int] = {}
        for group, names in wanted.items():
            found = [j for j, texts in labels.items() if texts & set(names)]
            if found:
                columns[group] = found[0]
        main = "Selected offences involving a knife or sharp instrument" if part == "ons_knife" \
            else "Total recorded crime (excluding fraud)"
        if main not in columns:
            raise BuildError(f"{path}: {sheet_name} has no column for {main!r} (columns: {sorted(set().union(*labels.values()))})")
        for r in cells[header + 1:]:
            code = str(r[0]).strip() if r and r[0] else ""
            if not re.fullmatch(r"[EKW]\d{8}", code):
                continue
            if code not in index.by_code:
                raise BuildError(f"{path}: {sheet_name} area code {code} ({r[1]!r}) is not in areas.yaml")
            for group, j in columns.items():
                raw = r[j] if j < len(r) else None
                value = number(raw)
                note = None if value is not None else f"not available in the table ({str(raw).strip() or 'blank'})"
                rows.append(row(code, index.code(code).name, group, start, end, value, kind, label,
                                edition.published, f"ons_pfa_{sheet_name.split()[-1].lower()}", baseline, note))
    workbook.close()
    return rows


# --------------------------------------------------------------------------- year ending June 2025
def read_june_2025(data: Path, index: AreaIndex, groups: OffenceGroups) -> list[dict[str, Any]]:
    import csv

    path = require_file(data, JUNE_2025)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        records = list(csv.reader(fh))
    header_at = next((i for i, r in enumerate(records[:20]) if r and label_key(r[0]).startswith("police force area code")), None)
    if header_at is None:
        raise BuildError(f"{path}: no 'Police Force Area code' header row in the first 20 rows")
    labels = {j: label_key(c) for j, c in enumerate(records[header_at])}
    partnership = next((j for j, t in labels.items() if t == "community safety partnership name"), None)
    if partnership is None:
        raise BuildError(f"{path}: column 'Community Safety Partnership name' not found")
    wanted = {g: [label_key(x) for x in p["june_2025"]] for g, p in groups.groups.items() if "june_2025" in p}
    columns = {g: next(j for j, t in labels.items() if t in names)
               for g, names in wanted.items() if any(t in names for t in labels.values())}
    if "Total recorded crime (excluding fraud)" not in columns:
        raise BuildError(f"{path}: column 'Total recorded crime (excluding fraud)' not found")
    end = dt.date(2025, 6, 30)
    rows = []
    for r in records[header_at + 1:]:
        if len(r) <= partnership or r[partnership].strip() or not re.fullmatch(r"[EW]\d{8}", r[0].strip()):
            continue  # partnership and local authority rows; only force totals
        code = r[0].strip()
        if code not in index.by_code:
            raise BuildError(f"{path}: area code {code} ({r[1]!r}) is not in areas.yaml")
        for group, j in columns.items():
            text = r[j].replace(",", "").strip()
            value = float(text) if re.fullmatch(r"-?\d+(\.\d+)?", text) else None
            rows.append(row(code, index.code(code).name, group, months_back(end, 12), end, value, "count",
                            "year ending June 2025 edition", JUNE_2025_PUBLISHED, "ons_table_c2",
                            note=None if value is not None else f"not available in the table ({text or 'blank'})"))
    return rows


# --------------------------------------------------------------------------- main
def build(data: Path, out: Path) -> int:
    """Read every source, write the Parquet table atomically; returns the row count."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not data.is_dir():
        raise BuildError(f"{data}: data folder not found (give --data)")
    index, groups = load_areas(), load_groups()
    rows = read_rec_2003(data, index, groups) + read_open_data(data, index, groups)
    for edition in ONS_EDITIONS:
        rows += read_ons_edition(data, edition, index, groups)
    rows += read_june_2025(data, index, groups)
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    for col in ("window_start", "window_end", "baseline_start", "baseline_end", "published"):
        frame[col] = pd.to_datetime(frame[col])
    frame = frame.sort_values(["source", "area_code", "offence_group", "window_end", "window_start", "kind"],
                              kind="stable").reset_index(drop=True)
    table = pa.Table.from_pandas(frame, preserve_index=False)
    for name in ("window_start", "window_end", "baseline_start", "baseline_end", "published"):
        table = table.set_column(table.schema.get_field_index(name), name, table[name].cast(pa.date32()))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp, compression="zstd", compression_level=19, use_dictionary=True)
    tmp.replace(out)
    return len(frame)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared/data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the Parquet table goes")
    args = parser.parse_args(argv)
    try:
        n = build(args.data, args.out)
    except BuildError as exc:
        print(f"build_official: {exc}", file=sys.stderr)
        return 1
    print(f"{n} rows -> {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
