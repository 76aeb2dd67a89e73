"""Read one release file: metadata, headline, publication date and clean body.

Reading never raises for bad content: problems become ``warnings`` (read with
trouble) or ``error`` (not read), so a batch always gets one row per input.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

FENCED_META = re.compile(r"\A\s*```ya?ml[ \t]*\n(?P<meta>.*?)\n```[ \t]*(?:\n|\Z)", re.S)
UNCLOSED_FENCE = re.compile(r"\A\s*```ya?ml[ \t]*\n")
FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(?P<meta>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
SITE_SUFFIX = re.compile(r"\s+\|\s+[^|]+$")
#: a title written as a URL slug, words joined by hyphens or underscores ("crime-figures-rise-in-essex")
SLUG = re.compile(r"[A-Za-z0-9']+(?:[-_][A-Za-z0-9']+){3,}")
#: a first line longer than this is a paragraph, not a headline
HEADLINE_MAX_CHARS = 200
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
BLANK_LINES = re.compile(r"\n\s*\n+")
# "((((((((…", "..........", "({[({[…": a run of punctuation is cut to its first eight marks;
# scraped pages carry runs of thousands, one token each, which only slow the model down
PUNCT_RUN = re.compile(r"[^\w\s]{9,}")
PUNCT_KEEP = 8
#: larger files are not read: the pipeline takes at most ~1M characters anyway
MAX_FILE_BYTES = 16 * 2**20
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: the control bytes that make a file look binary (not tab, newline, form feed, carriage return)
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# libyaml's loader when PyYAML was built with it (about 1 ms a release faster)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DATE_FORMATS = (
    "%H:%M %d/%m/%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y",
    "%d %B %Y", "%d %b %Y", "%d %B %Y %H:%M", "%B %d, %Y", "%A %d %B %Y",
)


@dataclass
class Release:
    """One input file, read. ``error`` set means it could not be used."""

    release_id: str
    path: str
    url: str | None = None
    area: str | None = None
    title: str | None = None
    headline_parts: list[str] = field(default_factory=list)
    published: dt.datetime | None = None
    #: how much of ``published`` the source gave: "day", or only the "month" or "year"
    published_precision: str = "day"
    body: str = ""
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def headline(self) -> str:
        return "\n".join(self.headline_parts)

    @property
    def published_date(self) -> str | None:
        return self.published.date().isoformat() if self.published else None


@dataclass(frozen=True)
class ReleaseDefaults:
    """What to assume for inputs that lack it (``--published``, ``--area``); metadata wins."""

    published: dt.datetime | None = None
    area: str | None = None
    published_precision: str = "day"

    @classmethod
    def parse(cls, published: str | dt.date | None = None, area: str | None = None) -> "ReleaseDefaults":
        """Raises ``ValueError`` for a date that cannot be read."""
        when = parse_published(published) if published not in (None, "") else None
        if published not in (None, "") and when is None:
            raise ValueError(f"cannot read the date {published!r} (try YYYY-MM-DD)")
        return cls(when, (area or "").strip() or None, date_precision(published))

    def apply(self, release: Release) -> Release:
        if release.published is None and self.published is not None:
            release.published = self.published
            release.published_precision = self.published_precision
        if release.area is None and self.area:
            release.area = self.area
        return release


def read_release(path: str | Path, release_id: str | None = None) -> Release:
    """Read a release file (text layout, or a saved HTML page by its suffix);
    never raises for bad content or unreadable files."""
    if Path(path).suffix.lower() in (".html", ".htm"):
        from .html_page import read_html_release  # trafilatura is imported only for pages

        return read_html_release(path, release_id)
    path_str = str(path)
    release = Release(release_id=release_id or Path(path).stem, path=path_str)
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)  # a huge file is never read whole
    except OSError as exc:
        release.error = f"cannot read file: {exc.strerror or exc}"
        return release
    if len(raw) > MAX_FILE_BYTES:
        release.error = f"file too large: over {MAX_FILE_BYTES // 2**20} MB"
        return release
    return release_from_bytes(raw, release)


def release_from_bytes(raw: bytes, release: Release) -> Release:
    """Fill ``release`` from a file's bytes; never raises."""
    try:
        text = decode_bytes(raw, release)
        return release if text is None else parse_release_text(text, release)
    except Exception as exc:  # anything unforeseen in odd content fails this release only
        release.error = f"cannot read release: {exc!r}"[:500]
        return release


def parse_release_text(text: str, release: Release) -> Release:
    """Fill ``release`` from a decoded text (metadata, headline, body)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        release.error = "empty file"
        return release
    meta, body = split_metadata(text, release)
    apply_metadata(meta, release)
    release.body = clean_text(body)
    if not release.body:
        release.error = "no body text"
        return release
    if not release.headline_parts:
        take_first_line_as_headline(release)
    return release


def take_first_line_as_headline(release: Release) -> None:
    """Plain text as users write it: a headline line, then the article.

    The first line is the headline and leaves the body, so no figure is both a
    headline claim and its own body evidence. A first line that is the whole
    text, or longer than ``HEADLINE_MAX_CHARS`` (a paragraph), is no headline:
    the release then has none and the body keeps every line.
    """
    first, _, rest = release.body.partition("\n")
    rest = rest.strip()
    if not rest or len(first) > HEADLINE_MAX_CHARS:
        return
    release.headline_parts = [unslug(first.strip())]
    release.body = rest


def unslug(title: str) -> str:
    """A title written as a URL slug read as words: "crime-figures-rise-in-essex" is "crime figures rise in
    essex" (joined, its words are one token and name no measure). A title with a space is left as it is."""
    return re.sub(r"[-_]", " ", title) if SLUG.fullmatch(title) else title


def decode_bytes(raw: bytes, release: Release) -> str | None:
    """UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern), else cp1252, else latin-1."""
    if not raw.strip():
        release.error = "empty file"
        return None
    utf16 = utf16_encoding(raw)
    if utf16:
        try:
            text = raw.decode(utf16)
        except UnicodeDecodeError:
            release.error = "binary file, not a text release (invalid UTF-16)"
            return None
        release.warnings.append("not UTF-8: decoded as UTF-16")
        return text.lstrip("\ufeff")
    if looks_binary(raw):
        release.error = "binary file, not a text release"
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
        release.warnings.append("not UTF-8: decoded as cp1252")
        return text
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined: latin-1 decodes every byte
        release.warnings.append("not UTF-8: decoded as latin-1")
        return raw.decode("latin-1")


def utf16_encoding(raw: bytes) -> str | None:
    """"utf-16" for a UTF-16 byte-order mark; "utf-16-le"/"-be" for text without one whose
    every other byte is NUL (ASCII letters in UTF-16); else None."""
    if raw[:2] in UTF16_BOMS:
        return "utf-16"
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control characters mean this is not text."""
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    # counted by deleting them in C (a loop over the 8 KB in Python cost ~0.1 ms a release)
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return controls > 0.05 * len(sample)


def split_metadata(text: str, release: Release) -> tuple[dict[str, Any], str]:
    """Separate a fenced ```yaml block or --- front matter from the body."""
    match = FENCED_META.match(text) or FRONT_MATTER.match(text)
    if not match:
        if UNCLOSED_FENCE.match(text):
            release.warnings.append("metadata block not closed; read as body text")
        return {}, text
    body = text[match.end():]
    try:
        meta = yaml.load(match.group("meta"), Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "parse error"
        release.warnings.append(f"invalid metadata YAML ({problem}); body read without it")
        return {}, body
    except RecursionError:  # "[[[[…" nested thousands deep
        release.warnings.append("invalid metadata YAML (nested too deeply); body read without it")
        return {}, body
    if meta is None:
        return {}, body
    if not isinstance(meta, dict):
        release.warnings.append("metadata is not a mapping; ignored")
        return {}, body
    return meta, body


def apply_metadata(meta: dict[str, Any], release: Release) -> None:
    """Take url, area, title, headline and publication date from metadata."""
    og = meta.get("og") if isinstance(meta.get("og"), dict) else {}
    publish = meta.get("publish") if isinstance(meta.get("publish"), dict) else {}
    release.url = as_text(meta.get("url")) or as_text(og.get("url"))
    release.area = as_text(meta.get("area"))
    title = as_text(og.get("title")) or as_text(meta.get("title"))
    if title:
        title = unslug(clean_text(SITE_SUFFIX.sub("", title)))
    release.title = clean_text(as_text(meta.get("title")) or "") or title
    description = clean_text(as_text(og.get("description")) or "")
    release.headline_parts = [part for part in (title, description) if part]
    ignored = [key for key, value in (("url", meta.get("url")), ("area", meta.get("area")),
                                      ("title", meta.get("title")), ("og.title", og.get("title")),
                                      ("og.description", og.get("description")), ("og.url", og.get("url")))
               if value is not None and not is_scalar(value)]
    if ignored:
        release.warnings.append(f"metadata {', '.join(ignored)} not text; ignored")
    raw_date = publish.get("date", meta.get("date"))
    if raw_date is not None and not is_scalar(raw_date):
        release.warnings.append("metadata date not a date; ignored")
    elif raw_date not in (None, ""):
        release.published = parse_published(raw_date)
        release.published_precision = date_precision(raw_date)
        if release.published is None:
            release.warnings.append(f"unreadable publication date {raw_date!r}")


def is_scalar(value: Any) -> bool:
    """A YAML scalar: text, number, date (never a list or mapping, which may be an alias bomb
    that ``str()`` would expand exponentially)."""
    return isinstance(value, (str, int, float, dt.date))


def as_text(value: Any) -> str | None:
    if value is None or not is_scalar(value):
        return None
    text = str(value).strip()
    return text or None


#: a date given only to the year ("2015") or the month ("2013-01", "2013/01", "January 2013")
YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
MONTH_ONLY = re.compile(r"((?:19|20)\d\d)[-/](0?[1-9]|1[0-2])")


def date_precision(value: Any) -> str:
    """How much of a publication date is known: "year", "month" or "day". Relative
    periods finer than that ("today" with only "2013-01" known) stay unresolved."""
    if isinstance(value, (dt.date, dt.datetime)) or value is None:
        return "day"
    text = str(value).strip()
    if YEAR_ONLY.fullmatch(text):
        return "year"
    if MONTH_ONLY.fullmatch(text):
        return "month"
    if re.fullmatch(r"[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d\d", text) and parse_published(text) is not None:
        return "month"
    return "day"


def parse_published(value: Any) -> dt.datetime | None:
    """Publication date-time; numeric dates are day first (UK). A date given only to
    the year or month is its first day (never filled in from today's date)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    text = str(value).strip()
    if YEAR_ONLY.fullmatch(text):
        return dt.datetime(int(text), 1, 1)
    partial = MONTH_ONLY.fullmatch(text)
    if partial:
        return dt.datetime(int(partial.group(1)), int(partial.group(2)), 1)
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    import dateparser  # slow import; only for the unusual formats

    parsed = dateparser.parse(text, settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})
    return parsed.replace(tzinfo=None) if parsed else None


def clean_text(text: str) -> str:
    """Decode HTML entities, fold odd spaces, keep paragraphs (blank lines)."""
    text = html.unescape(text)
    text = unicodedata.normalize("NFC", text).replace("\u200b", "").replace("\ufeff", "")
    text = SPACES.sub(" ", text)
    text = PUNCT_RUN.sub(lambda m: m.group()[:PUNCT_KEEP], text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = BLANK_LINES.sub("\n\n", text)
    return text.strip()
