"""Hostile inputs, generated here (no committed binaries): one ``releases`` row each, with a clear
``error`` or ``warnings`` where something is wrong, and a batch that exits 1, never a traceback."""
from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import release as release_module
from extractor.cli import app

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Burglary in Kent fell by 12% in 2020, Kent Police said.\n"
FENCE = "```yaml\n{meta}\n```\n\n" + GOOD
ALIAS_BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    + ["title: *i", "og:", "  title: *i", "publish:", "  date: *i"])

#: file name -> (bytes, expected: "error: <words>", "warning: <words>" or "clean")
CASES: dict[str, tuple[bytes, str]] = {
    "binary.txt": (random.Random(1).randbytes(4096), "error: binary"),
    "nul bytes.txt": (b"Crime fell\x00 by 5% in 2020.\x00\n" * 20, "error: binary"),
    "empty.txt": (b"", "error: empty"),
    "whitespace.txt": (b" \n\t \r\n  \n", "error: empty"),
    "metadata only.md": (b"---\ntitle: Crime falls\narea: Kent\n---\n", "error: no body text"),
    "yaml unclosed bracket.txt": (FENCE.format(meta="title: [oops").encode(), "warning: invalid metadata YAML"),
    "yaml tab indent.txt": (FENCE.format(meta="og:\n\ttitle: Crime falls").encode(), "warning: invalid metadata YAML"),
    "yaml python tag.txt": (FENCE.format(meta="title: !!python/object/apply:os.system ['echo hi']").encode(),
                            "warning: invalid metadata YAML"),
    "yaml duplicate anchor.txt": (FENCE.format(meta="title: *nowhere").encode(), "warning: invalid metadata YAML"),
    "yaml deep nesting.txt": (FENCE.format(meta="title: " + "[" * 5000 + "]" * 5000).encode(),
                              "warning: metadata"),
    "yaml alias bomb.txt": (FENCE.format(meta=ALIAS_BOMB).encode(), "warning: not text"),
    "yaml list.txt": (FENCE.format(meta="- a\n- b").encode(), "warning: not a mapping"),
    "yaml unclosed fence.txt": (("```yaml\ntitle: Crime falls\n\n" + GOOD).encode(), "warning: not closed"),
    "plain.txt": (GOOD.encode(), "clean"),
    "bom.txt": (b"\xef\xbb\xbf" + GOOD.encode(), "clean"),
    "utf16.txt": (GOOD.encode("utf-16"), "warning: UTF-16"),
    "utf16 no bom.txt": (GOOD.encode("utf-16-le"), "warning: UTF-16"),
    "cp1252.txt": ("Funding of £40,000 was agreed in 2021 – a “record”.".encode("cp1252"), "warning: cp1252"),
    "latin1.txt": ("Café crime fell by 5% in 2020 \x8d.".encode("latin-1"), "warning: latin-1"),
    "mixed line endings.txt": (b"Crime falls\r\n\r\nBurglary fell by 12% in 2020.\rRobbery rose by 3%.\n"
                               b"Theft fell by 1%.\r\n", "clean"),
    "unix line endings.txt": (b"Crime falls\n\nBurglary fell by 12% in 2020.\nRobbery rose by 3%.\n"
                              b"Theft fell by 1%.\n", "clean"),
    "five megabytes.txt": (("Burglary fell by 12% in 2020. " * 180_000).encode(), "error: too long"),
    "long line.txt": (("Crime fell by 5% in 2020. data:" + random.Random(2).randbytes(100_000).hex()).encode(),
                      "clean"),
    "quotes.txt": (("Crime fell by 5%.\n\n" + "“" * 500 + " “word" * 500).encode(), "clean"),
    "brackets.txt": (("Crime fell by 5%.\n\n" + "(" * 10_000 + "x" + ")" * 10_000 + "[{" * 5_000).encode(), "clean"),
    "Crime figures – Året 2020 ñ.txt": (GOOD.encode(), "clean"),
}
LINKS = {"loop a.txt": "loop b.txt", "loop b.txt": "loop a.txt", "dangling.txt": "nowhere.txt"}
LINK_ERRORS = {"loop a": "symbolic links", "loop b": "symbolic links", "dangling": "No such file"}
UNREADABLE = "unreadable.txt"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "in"
    (folder / "sub").mkdir(parents=True)
    for name, (data, _) in CASES.items():
        (folder / name).write_bytes(data)
    for name, target in LINKS.items():
        (folder / name).symlink_to(target)
    (folder / "sub" / "up").symlink_to("..")  # a folder link back up: must not loop
    (folder / UNREADABLE).write_text(GOOD)
    (folder / UNREADABLE).chmod(0)
    return folder


def expected_ids() -> set[str]:
    return {Path(n).stem for n in CASES} | {Path(n).stem for n in LINKS} | {Path(UNREADABLE).stem}


def rows(path: Path) -> dict[str, dict[str, str]]:
    csv.field_size_limit(2**31 - 1)  # releases.csv holds each text as read: a 200,000-character line
    with path.open(newline="", encoding="utf-8") as f:
        return {r["release_id"]: r for r in csv.DictReader(f)}


def check_rows(got: dict[str, dict[str, str]]) -> None:
    assert set(got) == expected_ids()
    assert "Permission denied" in got["unreadable"]["error"] or os.geteuid() == 0
    for name, (_, expected) in CASES.items():
        row = got[Path(name).stem]
        kind, _, words = expected.partition(": ")
        if kind == "error":
            assert words in row["error"], (name, row["error"])
        elif kind == "warning":
            assert row["error"] == "" and words in row["warnings"], (name, row["error"], row["warnings"])
        else:
            assert row["error"] == "" and row["warnings"] == "", (name, row["error"], row["warnings"])
    for rid, words in LINK_ERRORS.items():
        assert words in got[rid]["error"], (rid, got[rid]["error"])


def test_hostile_inputs_one_row_each_with_error_or_warning(hostile, tmp_path, monkeypatch):
    if os.geteuid() == 0:  # root reads a mode-000 file: make the open fail as it would for a user
        real_open = open

        def no_permission(path, *args, **kwargs):
            if Path(path).name == UNREADABLE:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(release_module, "open", no_permission, raising=False)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(hostile), "--out", str(out), "-q"])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    got = rows(out / "releases.csv")
    check_rows(got)
    assert "Permission denied" in got["unreadable"]["error"]
    # the same text read through a BOM, UTF-16 or an odd file name gives the same row
    for rid in ("bom", "Crime figures – Året 2020 ñ", "utf16", "utf16 no bom"):
        for column in ("headline", "n_claims", "n_periods"):
            assert got[rid][column] == got["plain"][column], (rid, column)
    assert got["plain"]["n_claims"] != "0"
    mixed, unix = got["mixed line endings"], got["unix line endings"]
    assert mixed["headline"] == unix["headline"] == "Crime falls"
    assert (mixed["n_claims"], mixed["n_periods"]) == (unix["n_claims"], unix["n_periods"]) and mixed["n_claims"] != "0"


def test_hostile_inputs_real_command_exits_1_without_traceback(hostile, tmp_path):
    """The installed command in its own process, with two workers: no traceback on any stream."""
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "extractor", "extract", str(hostile), "--out", str(out),
                           "--jobs", "2"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    got = rows(out / "releases.csv")
    check_rows(got)  # run as root, the mode-000 file is read like any other
