"""The command line end to end: outputs, exit codes, bad inputs, summary."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from tests.test_tables import HEADERS, assert_one_clean_set

GOOD = """```yaml
area: Kent
og:
  title: Crime falls in Kent
publish:
  date: 09:00 01/05/2021
```

Kent Police recorded 3,412 burglaries in 2020, down 12% on 2019.
"""

runner = CliRunner()


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture()
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "badyaml.txt").write_text("```yaml\ntitle: [oops\n```\n\nRobbery rose by 5% in 2020.\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin.txt").write_bytes("Funding of £40,000 was agreed in 2021 – a “record”.".encode("cp1252"))
    (folder / "notes.csv").write_text("a,b\n1,2\n")
    return folder


def test_cli_mixed_folder_gives_one_row_each_and_exit_1(mixed_folder, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(mixed_folder), "--out", str(out), "--quiet"])
    assert result.exit_code == 1, result.output
    releases = {r["release_id"]: r for r in rows(out / "releases.csv")}
    assert set(releases) == {"good", "badyaml", "binary", "empty", "latin"}
    assert releases["good"]["error"] == "" and releases["good"]["warnings"] == ""
    assert releases["badyaml"]["error"] == "" and "invalid metadata YAML" in releases["badyaml"]["warnings"]
    assert "binary" in releases["binary"]["error"]
    assert "empty" in releases["empty"]["error"]
    assert releases["latin"]["error"] == "" and "cp1252" in releases["latin"]["warnings"]
    assert releases["good"]["published"] == "2021-05-01T09:00:00"


def test_cli_writes_all_tables_with_spec_headers(releases_dir, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(releases_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name, header in HEADERS.items():
        assert (out / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0] == header
    assert len(rows(out / "releases.csv")) == len(list(releases_dir.glob("*.txt")))
    assert "releases, 0 with errors" in result.output


def test_cli_same_stem_twice_gets_distinct_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(GOOD)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out), "-q"])
    assert result.exit_code == 0
    got = rows(out / "releases.csv")
    assert [r["release_id"] for r in got] == ["same", "same~2"]
    assert "already used" in got[1]["warnings"]


def test_cli_parquet_format(releases_dir, tmp_path):
    out = tmp_path / "pq"
    result = runner.invoke(app, ["extract", str(releases_dir / "dev01.txt"), "--out", str(out), "--format", "parquet", "-q"])
    assert result.exit_code == 0
    from extractor.tables import TABLE_NAMES

    assert set(HEADERS) <= set(TABLE_NAMES)
    assert_one_clean_set(out, "parquet", TABLE_NAMES)


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "does/not/exist", "--out", "x"],
        ["extract", "data/releases"],
        ["extract", "data/releases", "--out", "x", "--format", "xml"],
        ["extract", "data/releases", "--out", "x", "--jobs", "0"],
        ["evaluate", "does/not/exist"],
        ["frobnicate"],
    ],
)
def test_cli_usage_errors_exit_2(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2


def test_cli_jobs_2_matches_jobs_1(releases_dir, tmp_path):
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["extract", str(releases_dir), "--out", str(tmp_path / jobs), "-j", jobs, "-q"])
        assert result.exit_code == 0
    for name in HEADERS:
        assert (tmp_path / "1" / f"{name}.csv").read_text() == (tmp_path / "2" / f"{name}.csv").read_text()


def test_cli_module_entry_point(tmp_path):
    done = subprocess.run([sys.executable, "-m", "extractor", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "extract" in done.stdout


def test_cli_folder_without_releases_exits_2_naming_extensions(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.csv").write_text("a,b\n")
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no release files" in result.output and "*.html" in result.output


def test_cli_url_exits_2_saying_how_to_save_the_page(tmp_path):
    result = runner.invoke(app, ["extract", "https://www.kent.police.uk/news/1", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "save the page" in result.output
