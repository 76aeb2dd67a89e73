"""crime-claims extract writes checks.csv; --no-check skips it."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "releases" / "000_01d4fef9a6dae820.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", "extract", str(SEED), *args, "-q"],
                          capture_output=True, text=True, cwd=ROOT)


def test_cli_writes_checks(tmp_path: Path) -> None:
    assert run("--out", str(tmp_path)).returncode == 0
    with open(tmp_path / "checks.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["verdict"] for r in rows] == ["matches", "differs"]
    assert rows[0]["official_value"].startswith("-10.34") and rows[0]["claimed_value"] == "-10"
    assert rows[1]["claimed_value"] == "-2" and rows[1]["note"].startswith("Official figures show")


def test_cli_no_check_skips_checks(tmp_path: Path) -> None:
    assert run("--out", str(tmp_path), "--no-check").returncode == 0
    assert (tmp_path / "claims.csv").exists() and not (tmp_path / "checks.csv").exists()
