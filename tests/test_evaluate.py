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


def test_evaluate_matches_reference_on_imperfect_outputs(releases_dir, tmp_path):
    """Misses, spurious rows and wrong fields are scored alike by both."""
    import csv
    import random

    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["evaluate", str(releases_dir), "--out", str(out)]).exit_code == 0
    rng = random.Random(7)
    for name, fields in (("claims", ("approx", "area", "metric", "value", "direction", "period_start",
                                     "baseline_end")),
                         ("quotes", ("speaker", "role", "text")), ("periods", ("start",)),
                         ("comparison", ("status",))):
        path = out / f"{name}.csv"
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            header, rows = reader.fieldnames, list(reader)
        rows = [r for r in rows if rng.random() > 0.15]            # misses
        rows += [dict(r) for r in rows[:5]]                         # duplicates: spurious
        for r in rows:
            for field in fields:
                if rng.random() < 0.2:
                    r[field] = rng.choice(["", "x", "2019-01-01", "exact", "qualified", "Kent", "7", "Det Supt",
                                          "Chief Supt", "Cllr"])
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=header)
            writer.writeheader()
            writer.writerows(rows)
    ref, ref_details = reference_scorer().score(releases_dir, out)
    ours = score_outputs(releases_dir, out)
    assert ours.summary() == ref
    assert ours.details == ref_details
    assert ref["claims"]["f1"] < 1.0 and ref["approx_acc"] < 1.0  # the perturbation bit
    assert ref["period_acc"] < 1.0
    # every disagreement the accuracies count is listed, with its field
    wrong = [w for rows in ours.fields_wrong.values() for w in rows]
    counts = ours.counts
    for name in ("approx", "metric", "area", "period", "baseline", "speaker", "role", "status"):
        assert sum(w[1] == name for w in wrong) == counts[f"{name}_n"] - counts[f"{name}_ok"], name


def test_role_abbreviations_expand_before_comparison():
    from extractor.evaluate import role_match

    assert role_match("Detective Superintendent", "Det Supt")
    assert role_match("Chief Inspector", "Ch Insp")
    assert role_match("Police and Crime Commissioner", "PCC")
    assert not role_match("Detective Inspector", "Det Supt")
