"""The real corpus's manifest (data/real/MANIFEST.tsv): one row per page, so the held-out `test`
split never shares a page with the split the rules are tuned on."""
from __future__ import annotations

import importlib.util
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def _script(name: str):
    """A script of data/real (not a package) loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, REAL / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _recreate():
    return _script("recreate")


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


def _audit():
    return _script("audit_spans")


def test_span_audit_counts_spans_read_as_the_gold_reads_them():
    row = {"id": "x1", "published": "2015-07-16"}
    gold = {"periods": [{"text": "the year ending March 2015", "start": "2014-04-01", "end": "2015-03-31"},
                        {"text": "the year ending March 2015", "start": "2015-01-01", "end": "2015-12-31"},
                        {"text": "today", "start": "2015-07-16", "end": "2015-07-16", "relative": True}],
            "claims": [{"text": "fell by 5%", "value": 5, "unit": "percent", "direction": "decrease"},
                       {"text": "a rise of 12 per cent", "value": 12, "unit": "percent", "direction": "decrease"},
                       {"text": "up 9%", "value": 9, "unit": "percent", "direction": "increase", "where": "headline"}]}
    counts = _audit().audit([(row, gold)])
    periods, claims = counts["periods"], counts["claims"]
    assert (periods["gold"], periods["right"], periods["right_stated"], periods["right_relative"]) == (3, 2, 1, 1)
    # the headline claim is left out; the second claim has its value and unit but not the gold direction
    assert (claims["gold"], claims["read"], claims["directed"]) == (2, 2, 1)
    assert claims["with_metric"] == 0  # the invented gold names no metric in its spans


def test_span_audit_dates_treat_none_and_missing_alike():
    day = _audit().day
    assert day(None) == day(float("nan")) == day("None") == ""
    assert day("2015-03-31 00:00:00") == "2015-03-31"
