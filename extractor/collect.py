"""Turn a processed Doc's span groups into records (the only Doc → row step).

Texts are sliced from ``doc.text`` read once per doc: spaCy rebuilds ``doc.text``
(and ``span.text``) from the tokens on every access, which made one access per
claim sentence quadratic on releases with many claims. A span's text is
``doc.text[span.start_char:span.end_char]`` exactly.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .comparison import MeasureRules, load_rules
from .components.base import text_of
from .extensions import CLAIMS, PERIODS, QUOTES, ext, is_headline
from .records import ClaimRecord, PeriodRecord, QuoteRecord

SPACES = re.compile(r"\s+")


def where(span: Span) -> str:
    return "headline" if is_headline(span) else "body"


def fold(text: str) -> str:
    """Runs of whitespace as one space, none at the ends. ``str.split`` splits on exactly the
    characters ``\\s`` matches (checked over all of Unicode), so this is ``SPACES.sub(" ", text).strip()``
    at a seventh of the cost; records fold every claim, period and sentence text."""
    return " ".join(text.split())


def sorted_group(doc: Doc, name: str) -> list[Span]:
    group = doc.spans[name] if name in doc.spans else []
    return sorted(group, key=lambda s: (s.start_char, s.end_char))


def collect_periods(doc: Doc, text: str | None = None) -> list[PeriodRecord]:
    text = text_of(doc) if text is None else text
    return [
        PeriodRecord(
            period_id=i, where=where(s), text=fold(text[s.start_char:s.end_char]), start=ext(s, "start"),
            end=ext(s, "end"), relative=bool(ext(s, "relative")), start_char=s.start_char, end_char=s.end_char,
            rule_id=ext(s, "rule_id"),
        )
        for i, s in enumerate(sorted_group(doc, PERIODS), start=1)
    ]


def collect_quotes(doc: Doc, text: str | None = None) -> list[QuoteRecord]:
    text = text_of(doc) if text is None else text
    return [
        QuoteRecord(
            quote_id=i, text=ext(s, "quote_text") or fold(text[s.start_char:s.end_char]), speaker=ext(s, "speaker"),
            role=ext(s, "role"), org=ext(s, "org"), cue=ext(s, "cue"), kind=ext(s, "quote_kind"),
            start_char=s.start_char, end_char=s.end_char, rule_id=ext(s, "rule_id"),
        )
        for i, s in enumerate(sorted_group(doc, QUOTES), start=1)
    ]


def collect_claims(doc: Doc, text: str | None = None, rules: MeasureRules | None = None) -> list[ClaimRecord]:
    """Claim rows; ``measure`` is the id the measure list gives the claim's metric."""
    text = text_of(doc) if text is None else text
    rules = rules or load_rules()
    sentences: dict[tuple[int, int], str] = {}  # folded sentence text by its bounds: claims share sentences

    def sentence(s: Span) -> str:
        sent = s.sent  # from the first sentence of the span to the end of its last one
        key = (sent.start_char, sent.end_char)
        if key not in sentences:
            sentences[key] = fold(text[key[0]:key[1]])
        return sentences[key]

    out: list[ClaimRecord] = []
    for i, s in enumerate(sorted_group(doc, CLAIMS), start=1):
        # ``ext``: ``s._.<name>`` without building spaCy's accessor (about 2 µs a read, 18 a claim)
        metric, area, source, unit, because = (ext(s, "metric"), ext(s, "area"), ext(s, "source"),
                                               ext(s, "unit"), ext(s, "because"))
        out.append(ClaimRecord(
            claim_id=i, where=where(s), text=fold(text[s.start_char:s.end_char]), sentence=sentence(s),
            value=ext(s, "value"), unit=unit, kind=ext(s, "kind"), direction=ext(s, "direction"),
            approx=ext(s, "approx"), metric=metric, area=area, source=source,
            measure=rules.measure_id(metric, area, source, unit),
            period_start=ext(s, "period_start"), period_end=ext(s, "period_end"),
            baseline_start=ext(s, "baseline_start"), baseline_end=ext(s, "baseline_end"),
            quote_id=ext(s, "quote_id"), start_char=s.start_char, end_char=s.end_char,
            rule_id=ext(s, "rule_id"), because=";".join(because) if because else None,
        ))
    return out
