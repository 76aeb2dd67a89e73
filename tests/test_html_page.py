"""Saved HTML pages: article body and metadata as the text layout gives them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

import extractor
from extractor.html_page import area_from_site, read_html_release
from extractor.release import read_release

POLICE_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Crime falls in Kent | Kent Police</title>
<meta property="og:title" content="Crime falls in Kent">
<meta property="og:description" content="Burglary in Kent fell by 12% in 2020.">
<meta property="og:site_name" content="Kent Police">
<meta property="og:url" content="https://www.kent.police.uk/news/kent/2021/may/crime-falls/">
<link rel="canonical" href="https://www.kent.police.uk/news/kent/2021/may/crime-falls/">
<meta property="article:published_time" content="2021-05-01T09:00:00+01:00">
</head>
<body>
<div id="cookie-banner"><p>We use cookies to make this site work. Accept all cookies or manage
your preferences before you carry on reading this website.</p><button>Accept</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/report">Report a crime</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
<main><article>
<h1>Crime falls in Kent</h1>
<p class="date">1 May 2021</p>
<p>Kent Police recorded 3,412 burglaries in 2020, down 12% on 2019, according to figures
published today by the Office for National Statistics.</p>
<p>Chief Constable Alan Pughsley said: "These figures show the hard work of our officers is
paying off, and we will keep targeting the people who cause the most harm."</p>
<p>Violent crime rose by 3% over the same period.</p>
</article></main>
<footer><p>© Kent Police 2021</p><ul><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>
"""

NEWSPAPER_PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Knife crime up a fifth in the North East - The Northern Echo</title>
<meta property="og:title" content="Knife crime up a fifth in the North East">
<meta property="og:site_name" content="The Northern Echo">
<meta name="description" content="Offences involving a knife rose by 21% last year.">
<link rel="canonical" href="https://www.thenorthernecho.co.uk/news/knife-crime-up/">
<meta property="article:published_time" content="2023-07-20T06:00:00Z">
</head><body>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Knife crime up a fifth in the North East</h1>
<p class="byline">By Jane Reporter</p>
<p>Offences involving a knife or sharp instrument in Durham rose by 21% in the year to March
2023, the Office for National Statistics said on Thursday.</p>
<p>The force recorded 412 such offences, up from 340 the year before.</p>
</article>
<aside class="related"><h2>Related articles</h2><ul>
<li><a href="/news/1">Man jailed after Darlington stabbing</a></li>
<li><a href="/news/2">Police appeal after Stockton robbery</a></li>
<li><a href="/news/3">Council approves new CCTV cameras</a></li></ul></aside>
<footer><a href="/terms">Terms</a></footer>
</body></html>
"""

NO_ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>News | Kent Police</title>
<meta property="og:site_name" content="Kent Police"></head>
<body>
<div class="cookie-banner"><p>We use cookies to make this site work.</p><button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><h1>Latest news</h1>
<ul class="news-list">
<li><a href="/news/1">Crime falls in Kent</a> <span>1 May 2021</span></li>
<li><a href="/news/2">Man charged after burglary in Dover</a> <span>30 April 2021</span></li>
<li><a href="/news/3">Appeal for witnesses after collision on the A2</a> <span>29 April 2021</span></li>
</ul><nav class="pager"><a href="?page=2">Next page</a></nav></main>
<footer><p>© Kent Police 2021</p></footer>
</body></html>
"""

LEGACY_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Funding for Cumbria Constabulary</title>
<meta property="og:site_name" content="Cumbria Constabulary">
</head><body><div id="content">
<p>Funding of £40,000 was agreed in 2021 – a “record” sum for the county’s rural crime team.</p>
<p>Burglary in Cumbria fell by 8% in the year to March 2021, the force said.</p>
</div></body></html>
"""

#: one release written both ways: the text layout and a saved page
TEXT_LAYOUT = """```yaml
area: Staffordshire
og:
  title: "Recorded crime down in Staffordshire"
  description: Recorded crime fell by 10% between January and December 2019.
  url: https://www.staffordshire.police.uk/news/crime-down/
publish:
  date: 10:43 23/04/2020
title: "Recorded crime down in Staffordshire | Staffordshire Police"
url: https://www.staffordshire.police.uk/news/crime-down/
```

The ONS reports a 10% drop for the period, although the actual decrease is closer to 2% due to a backlog in recording crimes.

Burglary fell to 4,100 offences in the year to March 2020, down from 4,600 the year before.

Deputy Chief Constable Nick Baker said: "I welcome the latest figures which show a reducing crime trend across the county."
"""

SAME_AS_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Recorded crime down in Staffordshire | Staffordshire Police</title>
<meta property="og:title" content="Recorded crime down in Staffordshire">
<meta property="og:description" content="Recorded crime fell by 10% between January and December 2019.">
<meta property="og:url" content="https://www.staffordshire.police.uk/news/crime-down/">
<meta property="og:site_name" content="Staffordshire Police">
<meta property="article:published_time" content="2020-04-23T10:43:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav>
<article><h1>Recorded crime down in Staffordshire</h1>
<p>The ONS reports a 10% drop for the period, although the actual decrease is closer to 2% due
to a backlog in recording crimes.</p>
<p>Burglary fell to 4,100 offences in the year to March 2020, down from 4,600 the year before.</p>
<p>Deputy Chief Constable Nick Baker said: &ldquo;I welcome the latest figures which show a
reducing crime trend across the county.&rdquo;</p>
</article><footer>Staffordshire Police</footer></body></html>
""".replace("&ldquo;", '"').replace("&rdquo;", '"')


def write(tmp_path: Path, name: str, content: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def test_html_police_page_without_navigation_or_cookie_banner(tmp_path):
    r = read_release(write(tmp_path, "kent.html", POLICE_PAGE))
    assert r.error is None and r.warnings == []
    assert r.url == "https://www.kent.police.uk/news/kent/2021/may/crime-falls/"
    assert r.area == "Kent"
    assert r.title == "Crime falls in Kent | Kent Police"
    assert r.headline_parts == ["Crime falls in Kent", "Burglary in Kent fell by 12% in 2020."]
    assert r.published == dt.datetime(2021, 5, 1, 9, 0)
    paragraphs = r.body.split("\n\n")
    assert paragraphs[0].startswith("Kent Police recorded 3,412 burglaries")
    assert paragraphs[-1] == "Violent crime rose by 3% over the same period."
    for furniture in ("cookies", "Report a crime", "Home", "1 May 2021", "Privacy"):
        assert furniture not in r.body


def test_html_newspaper_page_without_related_links_or_byline(tmp_path):
    r = read_release(write(tmp_path, "echo.htm", NEWSPAPER_PAGE))
    assert r.error is None
    assert r.area is None  # a newspaper's site name is no area
    assert r.url == "https://www.thenorthernecho.co.uk/news/knife-crime-up/"
    assert r.headline_parts == ["Knife crime up a fifth in the North East",
                                "Offences involving a knife rose by 21% last year."]
    assert r.published == dt.datetime(2023, 7, 20, 6, 0)
    assert r.body.startswith("Offences involving a knife or sharp instrument in Durham")
    for furniture in ("Related articles", "Darlington", "Jane Reporter", "Sport"):
        assert furniture not in r.body


def test_html_page_without_article_is_an_error_row(tmp_path):
    path = write(tmp_path, "listing.html", NO_ARTICLE_PAGE)
    r = read_release(path)
    assert r.error and "no article" in r.error
    tables = extractor.extract(path)
    assert tables.releases.loc[0, "error"] == r.error
    assert tables.claims.empty


@pytest.mark.parametrize("content", [b"", b"\x00\x01PK\x03\x04" * 40, b"<html><body></body></html>"])
def test_html_empty_binary_or_bare_page_is_an_error_not_a_crash(tmp_path, content):
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    assert read_release(path).error


def test_html_legacy_encoding_declared_in_meta(tmp_path):
    r = read_release(write(tmp_path, "cumbria.html", LEGACY_PAGE, encoding="cp1252"))
    assert r.error is None and r.warnings == []
    assert "£40,000" in r.body and "– a “record” sum for the county’s" in r.body
    assert r.area == "Cumbria"
    assert r.title == "Funding for Cumbria Constabulary"


def test_html_undeclared_legacy_encoding_warns(tmp_path):
    page = LEGACY_PAGE.replace('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "")
    r = read_html_release(write(tmp_path, "old.html", page, encoding="cp1252"))
    assert "£40,000" in r.body and any("cp1252" in w for w in r.warnings)


@pytest.mark.parametrize(
    "site, area",
    [("Kent Police", "Kent"), ("Avon and Somerset Constabulary", "Avon and Somerset"),
     ("Metropolitan Police Service", "London"), ("The Northern Echo", None), (None, None),
     ("British Transport Police", None)],
)
def test_html_area_from_police_site_name(site, area):
    assert area_from_site(site) == area


def test_html_release_gives_same_findings_as_text_layout(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    text = write(tmp_path / "a", "rel.txt", TEXT_LAYOUT)
    page = write(tmp_path / "b", "rel.html", SAME_AS_HTML)
    as_text, as_html = extractor.extract(text), extractor.extract(page)
    assert as_text.releases.loc[0, "error"] is pd.NA and as_html.releases.loc[0, "error"] is pd.NA
    assert len(as_text.claims) >= 4 and len(as_text.periods) >= 2 and len(as_text.quotes) == 1
    for name in ("claims", "periods", "quotes", "comparison"):
        pd.testing.assert_frame_equal(as_text[name], as_html[name])
    same = ["release_id", "url", "area", "title", "headline", "published", "n_claims", "n_periods", "n_quotes"]
    pd.testing.assert_frame_equal(as_text.releases[same], as_html.releases[same])
