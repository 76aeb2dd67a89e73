"""Link a claim to its source, quote and periods (other components' spans)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

_BASELINE_RE = re.compile(r"\b(?:previous|before|prior|last\s+year|same\s+(?:period|quarter|month|three\s+months)|"
                          r"earlier)\b", re.I)
_BASELINE_LEFT_RE = re.compile(r"\b(?:compared\s+(?:with|to)|than(?:\s+in)?|on|from|against|since|over)\s+(?:the\s+)?$",
                               re.I)
# "rose from 212 in 2022 to 398 in 2023": 2022 is where the comparison starts
_FROM_FIGURE_RE = re.compile(r"\bfrom\s+\S*\d\S*(?:\s+[a-z]+)?\s+in\s+$", re.I)
# clauses whose dates belong to something else than a figure outside them
_SUBCLAUSE_DEPS = {"relcl", "advcl"}
# tokens between a figure and such a clause before its dates stop being the figure's
_CLAUSE_GAP = 8


class SourceReader:
    """"according to X", "figures from X show", "X reports" -> X."""

    def __init__(self, rules: dict[str, Any]) -> None:
        self.patterns = [(s["id"], re.compile(s["pattern"])) for s in rules.get("sources", [])]
        self.acronym = re.compile(rules.get("source_acronym", r"\((?P<acr>[A-Z]{2,})\)"))
        self.stop = {w.lower() for w in rules.get("source_stop", [])}
        self.names = {normalise_source(sp): entry["name"] for entry in rules.get("source_names", [])
                      for sp in [entry["name"], *entry.get("spellings", [])]}

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
            src = re.sub(r"^(?i:and|but|or|also)\s+", "", src).strip()  # "And the Home Office"
            src = re.sub(r"^(?i:the)\s+(?=[A-Z]{2,}\b)", "", src)  # "The ONS" -> "ONS", not "the Home Office"
            if not src or src.lower() in self.stop or len(src) > 60 or not re.search(r"[A-Za-z]{2}", src):
                continue
            return self.canonical(src)
        return None

    def canonical(self, name: str | None) -> str | None:
        """One name per producer ("the Office for National Statistics" -> "ONS")."""
        if not name:
            return name
        return self.names.get(normalise_source(name), name)


def normalise_source(name: str) -> str:
    """Lower case, curly apostrophes straightened, spaces folded, a leading "the" dropped."""
    text = re.sub(r"\s+", " ", name.lower().replace("’", "'")).strip()
    return re.sub(r"^the ", "", text)


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


def headline_period(doc: Doc, text: str | None = None) -> Span | None:
    """The period the headline states ("between January-December 2019 compared to the same period
    the year before" -> January-December 2019): its first resolved period that is no baseline and
    is not a relative date after the publication date (a headline's "next year" is a plan, not the
    figures; "Policing budget for 2023/24" is what the release is about). ``text`` is
    ``doc.text`` when the caller has it (spaCy rebuilds it on every access)."""
    end = doc._.headline_end or 0
    if not end or "periods" not in doc.spans:
        return None
    text = doc.text if text is None else text
    for p in doc.spans["periods"]:
        if p.start_char >= end:
            break
        if not (p._.start and p._.end) or is_baseline(doc, p, _line_start(text, p.start_char), text):
            continue
        if p._.relative and doc._.published and str(p._.start) > str(doc._.published):
            continue
        return p
    return None


def reference_period(doc: Doc, text: str | None = None) -> Span | None:
    """The release's main period: the headline's when it states one, else the first absolute
    period of the body that is compared against nothing ("lowest since 1990", "than in November
    2010", the start of "from A in 2022 to B in 2023" are not it); else none."""
    if "periods" not in doc.spans:
        return None
    text = doc.text if text is None else text
    head = headline_period(doc, text)
    if head is not None:
        return head
    spans = [p for p in doc.spans["periods"] if not p._.relative and p._.start]
    body = [p for p in spans if p.start_char >= (doc._.headline_end or 0)]
    main = [p for p in body if not _FROM_FIGURE_RE.search(text[max(0, p.start_char - 40):p.start_char])
            and not is_baseline(doc, p, _line_start(text, p.start_char), text)]
    return (main or [None])[0]


def is_baseline(doc: Doc, period: Span, seg_start: int, text: str | None = None) -> bool:
    """"the previous year", "compared with 2018", "on 2019/20": a period compared against."""
    text = doc.text if text is None else text
    left = text[max(seg_start, period.start_char - 40):period.start_char]  # only the last 40 are read
    return bool(_BASELINE_RE.search(text[period.start_char:period.end_char]) or _BASELINE_LEFT_RE.search(left))


def in_other_clause(period: Span, claim: Span) -> bool:
    """A period inside a relative or finite adverbial clause that starts well after the figure and
    does not hold it: "a 10% drop ... due to a backlog from a new system which will go live next
    month" (the system's date, not the figure's). A clause on the figure's own words keeps its
    date ("81% of residents who took part in last month's survey"), and so does a purpose clause
    ("£760,000 to pay for advisers in 2022/23")."""
    if period.start_char < claim.end_char or period.sent != claim.sent:
        return False
    t = period.root
    for _ in range(40):
        if t.dep_ in _SUBCLAUSE_DEPS and t.left_edge.i - claim.end >= _CLAUSE_GAP \
                and not (t.left_edge.i <= claim.start and claim.end - 1 <= t.right_edge.i) \
                and (t.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def split_periods(doc: Doc, periods: list[Span], seg_start: int, claim: Span,
                  text: str | None = None) -> tuple[Span | None, Span | None]:
    """(period, baseline) among the periods of a claim's sentence, both only from the claim's own
    clause (``in_other_clause``)."""
    text = doc.text if text is None else text
    own = [p for p in periods if not in_other_clause(p, claim)]
    base = [p for p in own if is_baseline(doc, p, seg_start, text)]
    main = [p for p in own if p not in base]
    # for a level, the period nearest after the figure ("212 in 2022"), else the one before
    after = [p for p in main if p.start_char >= claim.end_char]
    period = (after[:1] or main[-1:] or [None])[0]
    return period, (base[:1] or [None])[0]


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1
