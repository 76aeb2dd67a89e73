"""The development corpus scored against its gold: the issues' acceptance thresholds.

These are floors, not targets to tune to: the same rules are also measured on
real releases that are not in the repository.
"""
from __future__ import annotations

import pytest

from extractor.cli import run_extract
from extractor.evaluate import gold_files, score_outputs

THRESHOLDS = {
    ("claims", "f1"): 0.95, ("periods", "f1"): 0.95, ("quotes", "f1"): 0.95,
    "approx_acc": 0.90, "metric_acc": 0.85, "area_acc": 0.90,
    "speaker_acc": 0.95, "role_acc": 0.90, "status_acc": 0.90,
}


@pytest.fixture(scope="module")
def summary(releases_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    releases = [str(g.with_name(g.name.replace(".gold.yaml", ".txt"))) for g in gold_files(releases_dir)]
    counts = run_extract(releases, out, "csv", 1, quiet=True)
    assert counts["errors"] == 0
    return score_outputs(releases_dir, out).summary()


@pytest.mark.parametrize("key", list(THRESHOLDS), ids=lambda k: "_".join(k) if isinstance(k, tuple) else k)
def test_corpus_meets_threshold(summary, key):
    value = summary[key[0]][key[1]] if isinstance(key, tuple) else summary[key]
    assert value is not None and value >= THRESHOLDS[key], f"{key}: {value}"
