"""The Python API that notebooks use: extract, extract_text, parse, render, Tables export."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest

import extractor
from extractor.tables import SCHEMAS, TABLE_NAMES

SEED = "000_01d4fef9a6dae820"

PLAIN = (
    "Recorded crime in Kent fell by 6% in the year ending March 2023, figures show.\n\n"
    "Kent Police recorded 140,000 crimes in the year ending March 2023, down 6% on the previous year.\n"
)


@pytest.fixture(scope="module")
def seed_tables(releases_dir: Path) -> extractor.Tables:
    return extractor.extract(releases_dir / f"{SEED}.txt")


def test_api_extract_path_gives_all_tables_with_schema_columns(seed_tables: extractor.Tables) -> None:
    for name in TABLE_NAMES:
        assert list(seed_tables[name].columns) == list(SCHEMAS[name]), name
    releases = seed_tables.releases
    assert releases["release_id"].tolist() == [SEED]
    assert releases["area"].iloc[0] == "Staffordshire"
    assert releases["published"].iloc[0] == pd.Timestamp("2020-04-23 10:43")


def test_api_extract_path_string_and_folder(releases_dir: Path) -> None:
    one = extractor.extract(str(releases_dir / f"{SEED}.txt"))
    assert one.releases["release_id"].tolist() == [SEED]
    many = extractor.extract(releases_dir)
    assert SEED in set(many.releases["release_id"]) and len(many.releases) >= 17
    assert set(many.comparison["release_id"]) == set(many.releases["release_id"])


def test_api_extract_text_strings_get_text_ids() -> None:
    tables = extractor.extract([PLAIN, PLAIN])
    assert tables.releases["release_id"].tolist() == ["text-1", "text-2"]
    assert tables.releases["error"].isna().all()


def test_api_extract_text_published_anchors_relative_periods() -> None:
    tables = extractor.extract_text("Crime in Kent fell by 4% today.", published="23/04/2020")
    assert tables.releases["release_id"].tolist() == ["text"]
    assert tables.releases["published"].iloc[0].date() == dt.date(2020, 4, 23)
    assert dt.date(2020, 4, 23) in {d.date() for d in tables.periods["start"].dropna()}
    undated = extractor.extract_text("Crime in Kent fell by 4% today.")
    assert undated.periods["start"].isna().all()


def test_api_extract_text_one_comparison_row_at_least() -> None:
    tables = extractor.extract_text(PLAIN, release_id="kent")
    assert len(tables.comparison) >= 1
    assert set(tables.comparison["status"].dropna()) <= set(SCHEMAS["comparison"]["status"])
    assert tables.comparison["note"].notna().all()


def test_api_tables_to_csv_round_trip(seed_tables: extractor.Tables, tmp_path: Path) -> None:
    paths = seed_tables.to_csv(tmp_path / "csv")
    assert sorted(p.name for p in paths) == sorted(f"{n}.csv" for n in TABLE_NAMES)
    comparison = pd.read_csv(tmp_path / "csv" / "comparison.csv")
    assert list(comparison.columns) == list(SCHEMAS["comparison"])
    assert comparison["release_id"].tolist() == seed_tables.comparison["release_id"].tolist()


def test_api_tables_to_parquet_round_trip(seed_tables: extractor.Tables, tmp_path: Path) -> None:
    paths = seed_tables.to_parquet(tmp_path / "pq")
    assert sorted(p.name for p in paths) == sorted(f"{n}.parquet" for n in TABLE_NAMES)
    claims = pd.read_parquet(tmp_path / "pq" / "claims.parquet")
    assert list(claims.columns) == list(SCHEMAS["claims"])
    assert len(claims) == len(seed_tables.claims)


def test_api_parse_gives_doc_with_span_groups(releases_dir: Path) -> None:
    doc = extractor.parse((releases_dir / f"{SEED}.txt").read_text(encoding="utf-8"))
    assert doc._.published == "2020-04-23"
    for group in ("claims", "periods", "quotes"):
        assert group in doc.spans


def test_api_publication_known_to_the_month_leaves_today_unresolved() -> None:
    doc = extractor.parse("Crime falls\n\nFigures published today show thefts fell last month.", published="2013-05")
    assert (doc._.published, doc._.published_precision) == ("2013-05-01", "month")
    assert [(p.text, p._.start, p._.end) for p in doc.spans["periods"]] == [
        ("today", None, None), ("last month", "2013-04-01", "2013-04-30")]


def test_api_render_returns_html_with_highlighted_spans(releases_dir: Path) -> None:
    html = extractor.render(releases_dir / f"{SEED}.txt", jupyter=False)
    assert isinstance(html, str) and html.startswith("<div class=\"spans\"")
    assert "Nick Baker" in html
    labels = set(re.findall(r">\s*(CLAIM|PERIOD|QUOTE)\s*<", html))
    assert labels == {"CLAIM", "PERIOD", "QUOTE"}


def test_api_render_text_with_published_and_doc_unchanged() -> None:
    html = extractor.render("Crime in Kent fell by 4% today.", published="23/04/2020", jupyter=False)
    assert isinstance(html, str) and "Kent" in html
    doc = extractor.parse(PLAIN)
    groups = set(doc.spans)
    assert isinstance(extractor.render(doc, jupyter=False), str)
    assert set(doc.spans) == groups  # no group added for the picture


def test_api_functions_have_docstrings() -> None:
    for name in ("extract", "extract_text", "parse", "render"):
        assert (getattr(extractor, name).__doc__ or "").strip(), name
