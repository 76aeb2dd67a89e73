"""The release reader: metadata forms, headline, dates, cleaning and bad input."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractor.release import clean_text, date_precision, parse_published, read_release, unslug

FENCED = """```yaml
area: Staffordshire
og:
  title: "Crime falls | ignored?"
  description: Crime fell by 10% in the county.
publish:
  date: 10:43 23/04/2020
title: "Crime falls across the county | Staffordshire Police"
url: https://example.org/a
```

Crime fell by 10% in 2019.

Second paragraph.
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_release_fenced_metadata(tmp_path):
    r = read_release(write(tmp_path, "a.txt", FENCED))
    assert r.error is None and r.warnings == []
    assert r.release_id == "a"
    assert r.area == "Staffordshire" and r.url == "https://example.org/a"
    assert r.headline_parts == ["Crime falls", "Crime fell by 10% in the county."]
    assert r.published == dt.datetime(2020, 4, 23, 10, 43)
    assert r.body == "Crime fell by 10% in 2019.\n\nSecond paragraph."


def test_release_title_without_site_suffix_when_no_og(tmp_path):
    text = "---\ntitle: Burglary down in Kent | Kent Police\npublish:\n  date: 2021-05-01\n---\nBody text here."
    r = read_release(write(tmp_path, "b.md", text))
    assert r.headline == "Burglary down in Kent"
    assert r.published == dt.datetime(2021, 5, 1)


@pytest.mark.parametrize("text", [
    "Crime falls by 6% in Cumbria\n\nOverall crime in Cumbria fell by six per cent.\n\nNext.",
    "Crime falls by 6% in Cumbria\nOverall crime in Cumbria fell by six per cent.\n\nNext.",
])
def test_release_without_metadata_first_line_is_the_headline_only(tmp_path, text):
    r = read_release(write(tmp_path, "c.txt", text))
    assert r.headline == "Crime falls by 6% in Cumbria"
    assert r.body == "Overall crime in Cumbria fell by six per cent.\n\nNext."
    assert r.published is None and r.area is None and r.error is None


def test_release_without_metadata_long_first_line_is_no_headline(tmp_path):
    paragraph = "Overall crime in Cumbria fell by six per cent in the year to March, figures show. " * 4
    r = read_release(write(tmp_path, "c2.txt", paragraph + "\n\nNext."))
    assert r.headline == "" and r.body.startswith("Overall crime") and r.body.endswith("Next.")


def test_release_invalid_yaml_reads_body_with_warning(tmp_path):
    text = "```yaml\ntitle: [unclosed\narea: : :\n```\n\nCrime fell by 4%.\n"
    r = read_release(write(tmp_path, "d.txt", text))
    assert r.error is None
    assert r.body == "Crime fell by 4%."
    assert any("invalid metadata YAML" in w for w in r.warnings)


def test_release_cp1252_is_read_with_warning(tmp_path):
    raw = "Funding of £1.2 million – “a boost”.".encode("cp1252")
    r = read_release(write(tmp_path, "e.txt", raw))
    assert r.error is None
    assert "£1.2 million" in r.body and "“a boost”" in r.body
    assert any("cp1252" in w for w in r.warnings)


def test_release_utf8_bom_is_stripped(tmp_path):
    r = read_release(write(tmp_path, "f.txt", "\ufeffCrime fell.".encode("utf-8")))
    assert r.body == "Crime fell." and r.warnings == []


def test_release_undecodable_bytes_are_replaced(tmp_path):
    r = read_release(write(tmp_path, "g.txt", b"Crime fell \x81\x8d by 3%."))
    assert r.error is None
    assert r.warnings and "by 3%" in r.body


@pytest.mark.parametrize(
    "content, error",
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        ("```yaml\ntitle: Only metadata\n```\n\n  \n", "no body text"),
    ],
)
def test_release_unreadable_content_gives_error(tmp_path, content, error):
    r = read_release(write(tmp_path, "h.txt", content))
    assert r.error and error in r.error


def test_release_missing_file_gives_error(tmp_path):
    r = read_release(tmp_path / "nope.txt")
    assert r.error and "cannot read" in r.error


def test_release_crlf_entities_and_nbsp_are_cleaned():
    text = "Burglary &amp; robbery\u00a0fell &#8220;sharply&#8221; to &pound;5.\r\n\r\n\r\nNext  para."
    assert clean_text(text.replace("\r\n", "\n")) == "Burglary & robbery fell “sharply” to £5.\n\nNext para."


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("10:43 23/04/2020", dt.datetime(2020, 4, 23, 10, 43)),
        ("05/04/2020", dt.datetime(2020, 4, 5)),
        ("2020-04-23", dt.datetime(2020, 4, 23)),
        ("2020-04-23T09:15:00Z", dt.datetime(2020, 4, 23, 9, 15)),
        ("23 April 2020", dt.datetime(2020, 4, 23)),
        (dt.date(2020, 4, 23), dt.datetime(2020, 4, 23)),
        ("not a date", None),
    ],
)
def test_release_publication_dates(raw, expected):
    assert parse_published(raw) == expected


@pytest.mark.parametrize(
    "raw, expected, precision",
    [
        # a date given only to the year or month is its first day, never today's month
        ("2015", dt.datetime(2015, 1, 1), "year"),
        (2015, dt.datetime(2015, 1, 1), "year"),
        ("2013-01", dt.datetime(2013, 1, 1), "month"),
        ("2013/07", dt.datetime(2013, 7, 1), "month"),
        ("January 2013", dt.datetime(2013, 1, 1), "month"),
        ("2016-09-29", dt.datetime(2016, 9, 29), "day"),
        ("10:43 23/04/2020", dt.datetime(2020, 4, 23, 10, 43), "day"),
        (dt.date(2020, 4, 23), dt.datetime(2020, 4, 23), "day"),
    ],
)
def test_release_partial_publication_dates(raw, expected, precision):
    assert (parse_published(raw), date_precision(raw)) == (expected, precision)


def test_release_metadata_date_precision(tmp_path):
    r = read_release(write(tmp_path, "m.txt", "```yaml\ntitle: Crime falls\ndate: 2013-01\n```\n\nCrime fell today.\n"))
    assert (r.published, r.published_precision) == (dt.datetime(2013, 1, 1), "month")


@pytest.mark.parametrize("title, headline", [
    ("crime-figures-rise-in-essex", "crime figures rise in essex"),
    ("Burglary_down_by_a_quarter", "Burglary down by a quarter"),
    # refusals: a title with spaces, or a hyphenated word or two, is no slug
    ("Anti-social behaviour down in Kent-and-Medway", "Anti-social behaviour down in Kent-and-Medway"),
    ("year-on-year", "year-on-year"),
    ("Crime-free", "Crime-free"),
])
def test_release_slug_title_read_as_words(title: str, headline: str) -> None:
    assert unslug(title) == headline


def test_release_slug_title_in_metadata_and_first_line(tmp_path):
    meta = tmp_path / "a.txt"
    meta.write_text("---\ntitle: knife-crime-up-in-leeds\n---\n\nBody text.\n", encoding="utf-8")
    assert read_release(meta).headline == "knife crime up in leeds"
    plain = tmp_path / "b.txt"
    plain.write_text("knife-crime-up-in-leeds\nBody text.\n", encoding="utf-8")
    assert read_release(plain).headline == "knife crime up in leeds"
