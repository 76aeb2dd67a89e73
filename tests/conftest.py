"""Shared fixtures: the built pipeline (once per session) and the sample corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RELEASES = ROOT / "data" / "releases"


@pytest.fixture(scope="session")
def nlp():
    from extractor.pipeline import load

    return load()


@pytest.fixture(scope="session")
def releases_dir() -> Path:
    return RELEASES
