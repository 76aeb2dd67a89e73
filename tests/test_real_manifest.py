"""The real corpus's manifest (data/real/MANIFEST.tsv): one row per page, so the held-out `test`
split never shares a page with the split the rules are tuned on."""
from __future__ import annotations

import importlib.util
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def _recreate():
    spec = importlib.util.spec_from_file_location("recreate", REAL / "recreate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_duplicate_urls_names_the_later_row():
    rows = [{"id": "r1", "url": "https://example.org/a"}, {"id": "r2", "url": "https://example.org/b"},
            {"id": "r3", "url": "https://example.org/a "}]
    assert _recreate().duplicate_urls(rows) == ["r3: same url as r1 (https://example.org/a)"]


def test_duplicate_urls_accepts_distinct_pages():
    rows = [{"id": "r1", "url": "https://example.org/a"}, {"id": "r2", "url": "https://example.org/a/2"}]
    assert _recreate().duplicate_urls(rows) == []


def test_the_manifest_holds_each_page_once():
    recreate = _recreate()
    rows = recreate.manifest_rows()
    assert recreate.duplicate_urls(rows) == []
    assert len({r["id"] for r in rows}) == len(rows)


def test_copied_texts_finds_a_mirror_and_not_a_related_page():
    base = " ".join(f"word{i}" for i in range(60))
    texts = {"r1": "```yaml\nurl: a\n```\n\n" + base, "r2": "```yaml\nurl: b\n```\n\n" + base + " one more line",
             "r3": " ".join(f"word{i}" for i in range(30)) + " " + " ".join(f"other{i}" for i in range(60))}
    problems = _recreate().copied_texts(texts)
    assert len(problems) == 1 and problems[0].startswith("r2: ") and " in r1 " in problems[0]
