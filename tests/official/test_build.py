"""The build script: bad input stops it with a message naming the file."""
from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_official", ROOT / "scripts" / "build_official.py")
build_official = importlib.util.module_from_spec(spec)
sys.modules["build_official"] = build_official  # dataclasses look their module up
spec.loader.exec_module(build_official)

from extractor.official.areas import areas  # noqa: E402
from extractor.official.groups import offence_groups  # noqa: E402

REC_HEADER = "12 months ending,PFA,Region,Offence,Rolling year total number of offences\n"


def write_gz(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(text)


def test_build_missing_data_folder(tmp_path: Path) -> None:
    with pytest.raises(build_official.BuildError, match="data folder not found"):
        build_official.build(tmp_path / "nowhere", tmp_path / "o.parquet")


def test_build_missing_file_named(tmp_path: Path) -> None:
    (tmp_path / "police-recorded-crime").mkdir()
    with pytest.raises(build_official.BuildError, match="rec-crime-pfa-2003-2018.csv.gz: file not found"):
        build_official.build(tmp_path, tmp_path / "o.parquet")


def test_build_changed_column_named(tmp_path: Path) -> None:
    path = tmp_path / build_official.REC_2003
    write_gz(path, "Year,PFA,Region,Offence,Rolling year total number of offences\n31-03-2003,Kent,South East,Robbery,5\n")
    with pytest.raises(build_official.BuildError) as info:
        build_official.read_rec_2003(tmp_path, areas(), offence_groups())
    assert str(path) in str(info.value) and "12 months ending" in str(info.value)


def test_build_unknown_force_named(tmp_path: Path) -> None:
    path = tmp_path / build_official.REC_2003
    write_gz(path, REC_HEADER + "31-03-2003,Gotham,South East,Robbery,5\n")
    with pytest.raises(build_official.BuildError, match="Gotham"):
        build_official.read_rec_2003(tmp_path, areas(), offence_groups())


def test_build_rolling_years_small(tmp_path: Path) -> None:
    write_gz(tmp_path / build_official.REC_2003, REC_HEADER + (
        "30-12-2017,Kent,South East,Robbery,5\n"          # the quirk: read by month
        "30-12-2017,Kent,South East,Fraud offences,7\n"
        "30-12-2017,Surrey,South East,Shoplifting,3\n"
        "30-12-2017,British Transport Police,British Transport Police,Robbery,2\n"))
    rows = build_official.read_rec_2003(tmp_path, areas(), offence_groups())
    total = {(r["area_code"], str(r["window_end"])): r["value"] for r in rows
             if r["offence_group"] == "Total recorded crime (excluding fraud)"}
    assert total[("E23000032", "2017-12-31")] == 5            # fraud left out
    assert total[("E12000008", "2017-12-31")] == 8            # South East: Kent + Surrey
    assert total[("K04000001", "2017-12-31")] == 10           # with British Transport Police
    robbery = [r for r in rows if r["offence_group"] == "Robbery" and r["area_code"] == "E23000032"]
    assert str(robbery[0]["window_start"]) == "2017-01-01"


def test_build_workbook_not_a_workbook(tmp_path: Path) -> None:
    edition = build_official.ONS_EDITIONS[-1]
    path = tmp_path / edition.file
    path.parent.mkdir(parents=True)
    path.write_text("not a workbook")
    with pytest.raises(build_official.BuildError, match="pfatablesdec19.xlsx: not a readable workbook"):
        build_official.read_ons_edition(tmp_path, edition, areas(), offence_groups())


def test_build_workbook_missing_sheet(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    edition = build_official.ONS_EDITIONS[-1]
    path = tmp_path / edition.file
    path.parent.mkdir(parents=True)
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.save(path)
    with pytest.raises(build_official.BuildError, match="pfatablesdec19.xlsx: sheet 'Table P1' not found"):
        build_official.read_ons_edition(tmp_path, edition, areas(), offence_groups())


def test_build_main_reports_and_exits_1(tmp_path: Path, capsys) -> None:
    assert build_official.main(["--data", str(tmp_path), "--out", str(tmp_path / "o.parquet")]) == 1
    assert "file not found" in capsys.readouterr().err
