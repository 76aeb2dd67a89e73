"""Link a claim to its source, quote and periods (other components' spans)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

_BASELINE_RE = re.compile(r"\b(?:previous|before|prior|last\s+year|same\s+(?:period|quarter|month|three\s+months)|"
                          r"earlier)\b", re.I)
_BASELINE_LEFT_RE = re.compile(r"\b(?:compared\s+(?:with|to)|than(?:\s+in)?|on|from|against|since|over)\s+(?:the\s+)?$",
                               re.I)


class SourceReader:
    """"according to X", "figures from X show", "X reports" -> X."""

    def __init__(self, rules: dict[str, Any]) -> None:
        self.patterns = [(s["id"], re.compile(s["pattern"])) for s in rules.get("sources", [])]
        self.acronym = re.compile(rules.get("source_acronym", r"\((?P<acr>[A-Z]{2,})\)"))
        self.stop = {w.lower() for w in rules.get("source_stop", [])}

    def read(self, sentence: str) -> str | None:
        for _rid, rx in self.patterns:
            m = rx.search(sentence)
            if not m:
                continue
            src = m.group("src").strip()
            acr = self.acronym.search(src)
            if acr:
                src = acr.group("acr")
            src = re.sub(r"^(?:new|latest|official)\s+", "", src, flags=re.I).strip()
            if not src or src.lower() in self.stop or len(src) > 60:
                continue
            return src
        return None


def quote_for(doc: Doc, claim: Span) -> tuple[int | None, str | None]:
    """(1-based quote index, speaker) of the quote holding the claim."""
    for i, q in enumerate(doc.spans.get("quotes", []) if "quotes" in doc.spans else [], start=1):
        if q.start_char <= claim.start_char and claim.end_char <= q.end_char:
            return i, q._.speaker
    return None, None


def periods_in(doc: Doc, start: int, end: int) -> list[Span]:
    """Period spans inside a character range."""
    if "periods" not in doc.spans:
        return []
    return [p for p in doc.spans["periods"] if start <= p.start_char and p.end_char <= end]


def reference_period(doc: Doc) -> Span | None:
    """The release's main period: its first absolute period in the body, else anywhere."""
    if "periods" not in doc.spans:
        return None
    spans = [p for p in doc.spans["periods"] if not p._.relative and p._.start]
    body = [p for p in spans if p.start_char >= (doc._.headline_end or 0)]
    return (body or spans or [None])[0]


def is_baseline(doc: Doc, period: Span, seg_start: int) -> bool:
    """"the previous year", "compared with 2018", "on 2019/20": a period compared against."""
    left = doc.text[seg_start:period.start_char]
    return bool(_BASELINE_RE.search(period.text) or _BASELINE_LEFT_RE.search(left[-40:]))


def split_periods(doc: Doc, periods: list[Span], seg_start: int, claim_end: int) -> tuple[Span | None, Span | None]:
    """(period, baseline) among the periods of a claim's sentence."""
    base = [p for p in periods if is_baseline(doc, p, seg_start)]
    main = [p for p in periods if p not in base]
    # for a level, the period nearest after the figure ("212 in 2022"), else the one before
    after = [p for p in main if p.start_char >= claim_end]
    period = (after[:1] or main[-1:] or [None])[0]
    return period, (base[:1] or [None])[0]
