"""Read one saved HTML page into the same ``Release`` the text layout gives.

Analysts scrape police and newspaper sites, so a release often arrives as a
web page. trafilatura finds the article body (dropping navigation, cookie
banners, related links); the metadata is read from the same Open Graph tags
the text layout's metadata block copies (``og:title``, ``og:description``,
``og:url``), with trafilatura's own metadata as the fallback. The module is
named ``html_page`` rather than ``html`` so it never shadows the standard
library's ``html``.

Like ``release.read_release``, reading never raises for bad content: a page
with no article becomes ``Release.error``.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

from .release import SITE_SUFFIX, Release, clean_text, looks_binary, parse_published

HTML_SUFFIXES = (".html", ".htm")
#: a charset declared in a <meta charset=…> or <meta http-equiv content="…; charset=…">
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
#: site names of police forces: "Kent Police", "Avon and Somerset Constabulary"
FORCE_SITE = re.compile(r"^(?P<area>.+?)\s+(?:Police(?:\s+Service|\s+Force)?|Constabulary)$", re.I)
#: force names that are not the area's own name
FORCE_AREAS = {"metropolitan": "London", "british transport": None, "ministry of defence": None}
SENTENCE_END = re.compile(r"""[.!?]["'\u201d\u2019)]*$""")
YEAR_OR_TIME = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b")
BYLINE = re.compile(r"^by\s+\S", re.I)
#: an article has at least this many words in lines that read as sentences
MIN_PROSE_WORDS = 15
MIN_SENTENCE_WORDS = 6


def read_html_release(path: str | Path, release_id: str | None = None) -> Release:
    """Read a saved HTML page; never raises for bad content or unreadable files."""
    release = Release(release_id=release_id or Path(path).stem, path=str(path))
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        release.error = f"cannot read file: {exc.strerror or exc}"
        return release
    return parse_html_bytes(raw, release)


def parse_html_bytes(raw: bytes, release: Release) -> Release:
    """Fill ``release`` from the bytes of an HTML page (decoding as the page declares)."""
    if not raw.strip():
        release.error = "empty file"
        return release
    if looks_binary(raw):
        release.error = "binary file, not an HTML page"
        return release
    return parse_html(decode_html(raw, release), release)


def decode_html(raw: bytes, release: Release) -> str:
    """A BOM, else the charset the page declares in a <meta> tag, else UTF-8, else cp1252.

    Pages older than UTF-8's spread declare ``windows-1252`` or ``iso-8859-1``
    in a meta tag; decoding them as UTF-8 would garble every pound sign.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    declared = META_CHARSET.search(raw[:4096])
    if declared:
        name = declared.group(1).decode("ascii", errors="replace")
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            release.warnings.append(f"unknown charset {name!r} declared; read as UTF-8")
        else:
            # browsers read a declared latin-1 as windows-1252 (WHATWG): so do we
            encoding = "cp1252" if encoding in ("iso8859-1", "ascii") else encoding
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                release.warnings.append(f"not valid {name}: undecodable bytes replaced")
                return raw.decode(encoding, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        release.warnings.append("not UTF-8 and no charset declared: decoded as cp1252")
        return raw.decode("cp1252", errors="replace")


def parse_html(page: str, release: Release) -> Release:
    """Fill ``release`` from a decoded HTML page: metadata, headline, article body."""
    import lxml.html
    import trafilatura

    page = XML_DECLARATION.sub("", page)
    try:
        tree = lxml.html.document_fromstring(page)
    except Exception as exc:  # lxml's ParserError for an empty or broken document
        release.error = f"not an HTML page: {exc}"[:500]
        return release
    meta = page_metadata(tree)
    try:
        found = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura on a pathological page: this page only
        release.error = f"article extraction failed: {exc!r}"[:500]
        return release
    extra = found.as_dict() if found is not None else {}
    apply_page_metadata(meta, extra, release)
    lines = [clean_text(line) for line in (extra.get("text") or "").split("\n")]
    lines = drop_page_furniture([line for line in lines if line], release)
    if prose_words(lines) < MIN_PROSE_WORDS:
        release.error = "no article found in the page (navigation, a listing or an empty page)"
        return release
    release.body = "\n\n".join(lines)
    if not release.headline_parts:
        release.headline_parts = [lines[0]]
    return release


def page_metadata(tree: Any) -> dict[str, str]:
    """The <title>, canonical link and <meta> properties/names of the page (first wins)."""
    meta: dict[str, str] = {}
    title = tree.find(".//title")
    if title is not None and title.text_content().strip():
        meta["title"] = title.text_content()
    for link in tree.iterfind(".//link[@rel][@href]"):
        if "canonical" in link.get("rel", "").lower().split():
            meta.setdefault("canonical", link.get("href", ""))
    for tag in tree.iterfind(".//meta[@content]"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if key and tag.get("content", "").strip():
            meta.setdefault(key, tag.get("content", ""))
    return meta


def apply_page_metadata(meta: dict[str, str], extra: dict[str, Any], release: Release) -> None:
    """The text layout's fields from the page: url, area, title, headline, published."""
    release.url = first(meta.get("canonical"), meta.get("og:url"), extra.get("url"))
    site = first(meta.get("og:site_name"), extra.get("sitename"))
    release.area = area_from_site(site)
    heading = first(meta.get("og:title"), meta.get("twitter:title"), extra.get("title"), meta.get("title"))
    heading = clean_text(SITE_SUFFIX.sub("", heading)) if heading else None
    release.title = clean_text(first(meta.get("title"), heading) or "") or None
    description = clean_text(first(meta.get("og:description"), meta.get("description"),
                                   extra.get("description")) or "")
    release.headline_parts = [part for part in (heading, description) if part]
    raw_date = first(meta.get("article:published_time"), meta.get("datepublished"),
                     meta.get("date"), extra.get("date"))
    if raw_date:
        release.published = parse_published(raw_date)
        if release.published is None:
            release.warnings.append(f"unreadable publication date {raw_date!r}")


def first(*values: Any) -> str | None:
    for value in values:
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def area_from_site(site: str | None) -> str | None:
    """A police force's site name gives its area ("Kent Police" -> "Kent"); others none."""
    if not site:
        return None
    match = FORCE_SITE.match(site.strip())
    if not match:
        return None
    area = match.group("area").strip()
    return FORCE_AREAS.get(area.lower(), area)


def drop_page_furniture(lines: list[str], release: Release) -> list[str]:
    """Leave out what a page puts above the article and the text layout has not:
    the title repeated as a heading, the date line and the byline."""
    heading = casefolded(release.headline_parts[0]) if release.headline_parts else None
    titles = {t for t in (heading, casefolded(release.title or "")) if t}
    while lines:
        line = lines[0]
        short = len(line) <= 60 and not SENTENCE_END.search(line)
        if casefolded(line) in titles or casefolded(SITE_SUFFIX.sub("", line)) in titles:
            lines = lines[1:]
        elif short and BYLINE.match(line):
            lines = lines[1:]
        elif short and YEAR_OR_TIME.search(line) and parse_published(line) is not None:
            lines = lines[1:]
        else:
            break
    return lines


def casefolded(text: str) -> str:
    return " ".join(text.split()).casefold()


def prose_words(lines: list[str]) -> int:
    """Words in lines that read as sentences: a listing of links has none."""
    total = 0
    for line in lines:
        words = len(line.split())
        if words >= MIN_SENTENCE_WORDS and SENTENCE_END.search(line):
            total += words
    return total
