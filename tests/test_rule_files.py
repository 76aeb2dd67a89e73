"""The rule files read the same with libyaml and with PyYAML's pure-Python loader.

Why: the pipeline loads them with ``CSafeLoader`` when libyaml is there and falls
back to ``SafeLoader`` when it is not (a source install of PyYAML); the two disagree
on some plain scalars in flow lists (``[falls?, rises?]``), which must be quoted.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

MODELS = Path(__file__).resolve().parents[1] / "models"
RULE_FILES = sorted(MODELS.rglob("*.yaml"))


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="libyaml is not installed")
@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: str(p.relative_to(MODELS)))
def test_rule_file_reads_the_same_with_both_loaders(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=yaml.CSafeLoader)


def test_there_are_rule_files() -> None:
    assert any(p.name == "periods.yaml" for p in RULE_FILES)
