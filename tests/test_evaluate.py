"""`crime-claims evaluate` agrees with the reference scorer on the same outputs."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluate import score_outputs

REFERENCE = Path(__file__).parent / "reference" / "score.py"  # copy of shared/tools/score.py


def reference_scorer():
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_evaluate_matches_reference_scorer(releases_dir, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["evaluate", str(releases_dir), "--json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.output.strip().splitlines()[-1])
    ref, ref_details = reference_scorer().score(releases_dir, out)
    assert ours == ref
    assert score_outputs(releases_dir, out).details == ref_details


def test_evaluate_details_lists_misses(releases_dir):
    result = CliRunner().invoke(app, ["evaluate", str(releases_dir), "--details"])
    assert result.exit_code == 0
    assert "000_01d4fef9a6dae820 {" in result.output and "claims_missed" in result.output
    assert "claims   P" in result.output
