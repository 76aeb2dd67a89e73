"""Reruns give the same tables: byte-identical CSVs from run to run and from engine to engine."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.tables import TABLE_NAMES

# Every engine here must give byte-identical tables to the first one (a new engine joins here).
ENGINES = {
    "jobs1": ["--jobs", "1"],
    "jobs2": ["--jobs", "2"],
    "dask": ["--engine", "dask"],
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, releases_dir: Path) -> Path:
    """The sample corpus plus releases that fail or warn, so error rows are compared too."""
    folder = tmp_path_factory.mktemp("det") / "in"
    shutil.copytree(releases_dir, folder, ignore=shutil.ignore_patterns("*.yaml"))
    (folder / "zz_binary.txt").write_bytes(b"\x00\x01" * 100)
    (folder / "zz_latin.txt").write_bytes("Robbery rose by 3% in 2019 – a “record”.".encode("cp1252"))
    (folder / "zz_empty.txt").write_bytes(b"")
    return folder


def run(inputs: Path, out: Path, *args: str) -> dict[str, bytes]:
    result = CliRunner().invoke(app, ["extract", str(inputs), "--out", str(out), "-q", *args])
    assert result.exit_code == 1, result.output  # the broken inputs
    return {name: (out / f"{name}.csv").read_bytes() for name in TABLE_NAMES}


def test_determinism_two_runs_byte_identical(inputs, tmp_path):
    first = run(inputs, tmp_path / "a")
    assert first == run(inputs, tmp_path / "b")
    assert first == run(inputs, tmp_path / "a")  # a rerun into the same folder too
    assert all(data.count(b"\n") > 1 for name, data in first.items() if name != "quotes")


def test_determinism_engines_give_identical_tables(inputs, tmp_path):
    tables = {name: run(inputs, tmp_path / name, *args) for name, args in ENGINES.items()}
    reference = tables.pop("jobs1")
    for name, got in tables.items():
        assert got == reference, name
