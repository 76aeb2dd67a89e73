"""One release text with its findings underlined: the one rendering path of
``extractor.render`` and the report.

Findings arrive as character offsets (the `start_char`/`end_char` of table
rows, or of records before they become rows), so the picture is drawn from
exactly what the tables say. displaCy's "span" renderer draws it (its
``SpanRenderer`` on our own tokens), with three changes that keep the words as
written and the page small:

- only the stretches the findings cover go through displaCy (one call per run of
  overlapping findings); the text between them is written as it is, because
  displaCy writes a space after every token outside a span ("( 12%)"), and the
  cost of its per-token loop grows with every span of the call;
- line breaks become ``<br>`` (displaCy folds them into spaces), so paragraphs
  stay paragraphs; a finding that runs over a paragraph break (a UK-style
  quote) is underlined in each paragraph, labelled each time;
- compact templates with CSS classes (``CSS``) instead of inline styles, so a
  report of a thousand releases stays small.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, Iterable, Iterator, Mapping, Sequence

from spacy.displacy.render import SpanRenderer
from spacy.displacy.templates import TPL_SPANS

LABELS = {"claims": "CLAIM", "periods": "PERIOD", "quotes": "QUOTE"}
COLORS = {"CLAIM": "#ffb55a", "PERIOD": "#7ec8e3", "QUOTE": "#c5e1a5"}
ID_COLUMNS = {"claims": "claim_id", "periods": "period_id", "quotes": "quote_id"}

#: displaCy puts a label's colour where the templates say ``{bg}``; ours name a CSS class
#: there (``cc-claim`` ...), and ``CSS`` gives the classes the colours of ``COLORS``
COLOR_CLASSES = {label: f"cc-{label.lower()}" for label in COLORS}
TEMPLATE = {
    "span": '<span class="cc-t" style="height:{total_height}px">{text}{span_slices}{span_starts}</span>',
    "slice": '<span class="cc-l {bg}" style="top:{top_offset}px"></span>',
    "start": '<span class="cc-l cc-s {bg}" style="top:{top_offset}px">'
             '<span class="cc-c {bg}">{label}{kb_link}</span></span>',
}
CSS = """
.cc-t{font-weight:bold;display:inline-block;position:relative}
.cc-l{position:absolute;height:4px;left:-1px;width:calc(100% + 2px)}
.cc-s{border-top-left-radius:3px;border-bottom-left-radius:3px}
.cc-c{position:absolute;top:-0.5em;z-index:10;color:#000;padding:2px 3px;font-size:0.6em;
  font-weight:bold;line-height:1;border-radius:3px;white-space:nowrap}
.cc-c a{color:inherit}
""".strip() + "".join(f"\n.{COLOR_CLASSES[label]}{{background:{color}}}" for label, color in COLORS.items())

WORDS = re.compile(r"\s+|\S+")


@dataclass(frozen=True)
class Mark:
    """One finding to underline: offsets into the text, its kind's label, and the row it is."""

    start: int
    end: int
    label: str        # CLAIM | PERIOD | QUOTE
    ref: str = ""     # shown after the label: the row's id
    href: str = ""    # where the label links to: the row's fields


def marks_for(rows_by_table: dict[str, Iterable[Any]], href: str = "") -> list[Mark]:
    """Marks for the rows of claims, periods and quotes (records or table rows).

    A row (a record, or a table row as a dict) needs ``start_char``,
    ``end_char`` and its id (``claim_id`` ...); ``href`` is a format string with
    ``{table}`` and ``{id}`` (e.g. ``"#r7-{table}-{id}"``), empty for no link.
    Rows without offsets are skipped (an older run's tables).
    """
    marks: list[Mark] = []
    for table, label in LABELS.items():
        for row in rows_by_table.get(table, ()):
            get = row.get if isinstance(row, Mapping) else partial(getattr, row)
            start, end = get("start_char", None), get("end_char", None)
            if not _is_int(start) or not _is_int(end) or end <= start:
                continue
            rid = get(ID_COLUMNS[table], "")
            ref = str(int(rid)) if _is_int(rid) else ""
            marks.append(Mark(int(start), int(end), label, ref,
                              href.format(table=table, id=ref) if href else ""))
    return marks


def _is_int(value: Any) -> bool:
    try:
        return value is not None and value == value and int(value) == value  # NA/NaN fail
    except (TypeError, ValueError):
        return False


def spans_html(text: str, marks: Sequence[Mark]) -> str:
    """The text with every mark underlined and labelled (displaCy "span" style), as HTML.

    Starts with displaCy's ``<div class="spans"``; needs ``CSS`` on the page.
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    parts = sorted((p for m in marks for p in _paragraph_parts(text, m)), key=lambda p: (p.start, -p.end))
    out: list[str] = []
    pos = 0
    for cluster in _clusters(parts):
        start, end = cluster[0].start, max(p.end for p in cluster)
        out.append(_plain(text[pos:start]))
        out.append(_cluster_html(text, start, end, cluster))
        pos = end
    out.append(_plain(text[pos:]))
    return TPL_SPANS.format(content="".join(out), dir="ltr").strip()


def _plain(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def _clusters(parts: list[Mark]) -> Iterator[list[Mark]]:
    """Runs of overlapping parts (sorted by start): each is drawn by one displaCy call, so
    its cost grows with the findings that overlap, not with all the findings of the text."""
    cluster: list[Mark] = []
    end = -1
    for p in parts:
        if cluster and p.start >= end:
            yield cluster
            cluster = []
        cluster.append(p)
        end = max(end, p.end) if len(cluster) > 1 else p.end
    if cluster:
        yield cluster


def _cluster_html(text: str, start: int, end: int, parts: list[Mark]) -> str:
    """displaCy's markup of ``text[start:end]``, which the parts cover without a gap."""
    bounds = sorted({start, end, *(p.start for p in parts), *(p.end for p in parts)})
    tokens: list[str] = []
    first_token: dict[int, int] = {}
    last_token: dict[int, int] = {}
    for a, b in zip(bounds, bounds[1:]):
        first_token.setdefault(a, len(tokens))
        tokens.extend(WORDS.findall(text[a:b]))
        last_token[b] = len(tokens)
    spans = [{"start_token": first_token[p.start], "end_token": last_token[p.end], "label": p.label,
              "kb_id": p.ref, "kb_url": p.href or "#"} for p in parts]
    markup = _renderer().render_spans(tokens, spans, None).strip()
    head, tail = _SPANS_HEAD_TAIL
    if not (markup.startswith(head) and markup.endswith(tail)):  # pragma: no cover - a spaCy change
        raise RuntimeError("displaCy's span markup changed: update extractor/highlight.py")
    return markup[len(head):len(markup) - len(tail)]


_SPANS_HEAD_TAIL = tuple(TPL_SPANS.format(content="\x00", dir="ltr").strip().split("\x00"))


@lru_cache(maxsize=1)
def _renderer() -> SpanRenderer:
    return SpanRenderer({"colors": COLOR_CLASSES, "template": TEMPLATE})


def _paragraph_parts(text: str, mark: Mark) -> list[Mark]:
    """A mark cut at the line breaks inside it (each part underlined on its own line)."""
    parts: list[Mark] = []
    start = mark.start
    for m in re.finditer(r"\s*\n\s*", text[mark.start:mark.end]):
        end = mark.start + m.start()
        if end > start:
            parts.append(Mark(start, end, mark.label, mark.ref, mark.href))
        start = mark.start + m.end()
    if mark.end > start:
        parts.append(Mark(start, mark.end, mark.label, mark.ref, mark.href))
    return parts


def highlighted(text: str, rows_by_table: dict[str, Iterable[Any]], href: str = "") -> str:
    """``spans_html`` for the rows of claims, periods and quotes (see ``marks_for``)."""
    return spans_html(text, marks_for(rows_by_table, href))
