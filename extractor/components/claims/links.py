"""Link a claim to its source, quote and periods (other components' spans)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from ...extensions import ext
from ..base import text_of
from ..periods.calendar import is_month_aligned, month_count, month_end, shift_months
from .prefilter import folded, folded_literals, guarded, required_chars

# clauses whose dates belong to something else than a figure outside them
_SUBCLAUSE_DEPS = {"relcl", "advcl"}
# tokens between a figure and such a clause before its dates stop being the figure's
_CLAUSE_GAP = 8
#: how far left of a period (characters, within its segment) the words saying how it is used are read
LEFT_REACH = 80


class SourceReader:
    """"according to X", "figures from X show", "X reports" -> X."""

    def __init__(self, rules: dict[str, Any]) -> None:
        self.patterns = [(s["id"], re.compile(s["pattern"])) for s in rules.get("sources", [])]
        # a pattern whose match must hold one of these characters cannot match a sentence without them
        self.needs = [required_chars(rx) for _rid, rx in self.patterns]
        # ... and one of the words of each of its word lists ("figures", "data" ... before "show")
        self.words = [folded_literals(rx.pattern) for _rid, rx in self.patterns]
        self.acronym = re.compile(rules.get("source_acronym", r"\((?P<acr>[A-Z]{2,})\)"))
        self.dispute = re.compile(rules["source_dispute"]) if rules.get("source_dispute") else None
        self.stop = {w.lower() for w in rules.get("source_stop", [])}
        self.names = {normalise_source(sp): entry["name"] for entry in rules.get("source_names", [])
                      for sp in [entry["name"], *entry.get("spellings", [])]}

    def disputed(self, sentence: str, source_end: int, figure_at: int) -> bool:
        """Does the text set its own figure against the producer's between the source and
        the figure ("…, although the actual decrease is closer to 2%")?"""
        if self.dispute is None:
            return False
        return any(source_end <= m.start() and m.end() <= figure_at + 1
                   for m in self.dispute.finditer(sentence, source_end, max(source_end, figure_at + 1)))

    def read_at(self, sentence: str) -> tuple[str, int] | None:
        """The producer a sentence names, and where its naming ends in the sentence."""
        lower = folded(sentence)
        for (_rid, rx), needs, words in zip(self.patterns, self.needs, self.words):
            if needs is not None and not any(c in sentence for c in needs):
                continue  # "the ONS's figures show" needs its apostrophe: most sentences have none
            if lower is not None and not all(any(w in lower for w in found) for found in words):
                continue  # nor "figures" or "data" before "show"
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
            return self.canonical(src), m.end()
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


def quote_for(doc: Doc, claim: Span, quotes: list[Span] | None = None) -> tuple[int | None, str | None]:
    """(1-based quote index, speaker) of the quote holding the claim (``quotes``: the doc's quote spans,
    when the caller asks for many claims; iterating the span group makes every span anew)."""
    if quotes is None:
        quotes = list(doc.spans["quotes"]) if "quotes" in doc.spans else []
    for i, q in enumerate(quotes, start=1):
        if q.start_char <= claim.start_char and claim.end_char <= q.end_char:
            return i, ext(q, "speaker")
    return None, None


def periods_in(doc: Doc, start: int, end: int) -> list[Span]:
    """Period spans inside a character range."""
    if "periods" not in doc.spans:
        return []
    return [p for p in doc.spans["periods"] if start <= p.start_char and p.end_char <= end]


@dataclass(frozen=True)
class Figure:
    """A claim's number as the period links see it: where its digits start and end, and its kind."""

    start: int
    end: int
    kind: str


class PeriodLinker:
    """Which period and which baseline a claim is about (rules: ``claims.yaml`` ``period_links``).

    Real releases state the period once and compare many figures against one
    baseline, so a claim takes, in order: the period its own figure holds ("3,921
    the year before"), the period of its clause, the period of the claim before it
    in the sentence, then the release's reference period. A period is a baseline
    when its words say so ("the previous year"), when a comparison word stands
    before it ("compared with 2018") or before the figure it holds ("up from 212
    in 2022"); "year on year" beside a change puts its baseline a year before its period.
    The date the figures were published is never a claim's period, nor is a plan (a year
    written out that ends after publication) the release's while one that has ended is written."""

    def __init__(self, rules: dict[str, Any]) -> None:
        r = rules.get("period_links") or {}

        def rx(key: str) -> re.Pattern[str]:
            return re.compile(r.get(key) or r"(?!x)x", re.I)
        self.baseline_words = rx("baseline_words")
        self.same_words, self.shift_words = rx("same_words"), rx("shift_words")
        self.baseline_left = guarded(rx("baseline_left"))
        self.range_words = rx("range_words")
        self.between_left, self.and_between = rx("between_left"), rx("and_between")
        self.reference_point_left = rx("reference_point_left")
        self.since_words = rx("since_words")
        self.comparison_before_period = guarded(rx("comparison_before_period"))
        self.comparison_before_figure = guarded(rx("comparison_before_figure"))
        self.when_between = rx("when_between")
        self.restating_bracket = rx("restating_bracket")
        self.from_to_after = rx("from_to_after")
        self.pair_open_before, self.pair_to_after = rx("pair_open_before"), rx("pair_to_after")
        self.change_clause_gap = rx("change_clause_gap")
        self.same_length_days = int(r.get("same_length_days", 31))
        self.headline_duration = rx("headline_duration")
        self.document_name_left = rx("document_name_left")
        self.document_name_right = rx("document_name_right")
        self.issue_date_left = rx("issue_date_left")
        self.loose_rules = frozenset(r.get("loose_rules") or [])
        self.part_of_year_rules = frozenset(r.get("part_of_year_rules") or [])
        self.year_back_rules = frozenset(r.get("year_back_rules") or [])
        self.compare_object_left, self.compare_pair_gap = rx("compare_object_left"), rx("compare_pair_gap")
        self.calendar_year_rules = frozenset(r.get("calendar_year_rules") or [])
        self.year_on_year_words = rx("year_on_year")
        self.opening_asides = frozenset(w.lower() for w in r.get("opening_asides") or [])
        self.announcement_days = int(r.get("announcement_days", 7))
        self.announcement_rules = frozenset(r.get("announcement_rules") or [])
        self.owner_gap = int(r.get("owner_gap", 100))
        self.heading_chars = int(r.get("heading_chars", 0))
        self.heading_end = rx("heading_end")
        self.heading_refuse = guarded(rx("heading_refuse"))
        self.lead_in_chars = int(r.get("lead_in_chars", 0))
        self.lead_in_end, self.lead_in_refuse = rx("lead_in_end"), rx("lead_in_refuse")
        self.list_item, self.sentence_end = rx("list_item"), rx("sentence_end")
        self.reported_min = int(r.get("reported_min", 2))
        self.owner_break = re.compile(r.get("owner_break") or r"[;:]", re.I)
        self.begin(None)

    def begin(self, doc: Doc | None) -> None:
        """Work on ``doc`` (None: done): until the next call, ``eligible`` remembers its answer per
        period, ``link`` per claim, and ``year_before`` reads the periods' dates once, instead of
        walking every period of the document again for each claim (the component writes no period's
        dates, and asks which periods are eligible before it sets any claim's fields)."""
        self._doc = doc
        self._eligible: dict[tuple[int, int], bool] = {}
        self._by_dates: dict[tuple[str, str], tuple[Any, Any]] | None = None
        self._linked: dict[tuple[Any, ...], tuple[Span | None, Span | None, bool]] = {}
        self._pinned: dict[int, list[Figure]] = {}  # the figure lists ``link`` keys by identity
        self._spans: list[Span] | None = None
        self._announced: dict[tuple[int, int], bool] = {}

    def spans_of(self, doc: Doc) -> list[Span]:
        """The doc's period spans (none without the group). Iterating a span group builds every span
        anew, and the component reads the group for each claim: within ``begin``'s document the
        spans are made once (the component adds no period)."""
        if doc is not self._doc:
            return list(doc.spans["periods"]) if "periods" in doc.spans else []
        if self._spans is None:
            self._spans = list(doc.spans["periods"]) if "periods" in doc.spans else []
        return self._spans

    def periods_in(self, doc: Doc, start: int, end: int) -> list[Span]:
        """``periods_in`` from the spans made once per document (``spans_of``)."""
        return [p for p in self.spans_of(doc) if start <= p.start_char and p.end_char <= end]

    # -- what a period is ------------------------------------------------------
    def announcement(self, doc: Doc, period: Span) -> bool:
        """A single day at publication: when the figures came out or the page was updated, not what
        they cover ("released today", "published yesterday, Wednesday 24 July", "Updated 20th October",
        a dateline). A day within ``announcement_days`` of the publication date either side; with only
        the month of publication known, a day of that month ("released data on Wednesday 24 July 2024"
        in a release dated 2024-07). Within ``begin``'s document the answer is kept per period (its
        fields are keyed by its offsets), as ``eligible``'s."""
        if doc is not self._doc:
            return self._announcement_now(doc, period)
        key = (period.start_char, period.end_char)
        if key not in self._announced:
            self._announced[key] = self._announcement_now(doc, period)
        return self._announced[key]

    def _announcement_now(self, doc: Doc, period: Span) -> bool:
        if not (ext(period, "start") and ext(period, "start") == ext(period, "end")):
            return False
        if ext(period, "rule_id") in self.announcement_rules:
            return True
        pub, day = _iso(ext(doc, "published")), _iso(ext(period, "start"))
        if pub is None or day is None:
            return False
        if ext(doc, "published_precision") == "month":
            return (day.year, day.month) == (pub.year, pub.month)
        return ext(doc, "published_precision") != "year" and abs((pub - day).days) <= self.announcement_days

    def reference_point(self, text: str, period: Span, seg_start: int) -> bool:
        """"the lowest level since 1974": a year to measure against, neither period nor baseline."""
        left = text[max(seg_start, period.start_char - 90):period.start_char]
        return bool(self.reference_point_left.search(left))

    def is_baseline(self, doc: Doc, period: Span, seg_start: int, text: str | None = None) -> bool:
        """"the previous year", "the same period last year", "compared with 2018", "on 2019/20",
        the first of "between 2016-17 and 2017-18", the year of "up from 212 in 2022"."""
        text = text_of(doc) if text is None else text
        words = text[period.start_char:period.end_char]
        if self.since_words.match(words):  # "since March 2008": from then to now, a period
            return False
        order = self.compared_in_order(doc, period, seg_start, text)
        if order is not None:
            return order
        if self.says_earlier(words):
            return True
        left = _left_of(text, period, seg_start)
        m = self.baseline_left.search(left)
        if m and not (m.group(0).lower().startswith("from") and self.range_words.search(words)):
            return True
        if self.restates_baseline(doc, period, seg_start, text):
            return True
        if self.between_left.search(left):  # "between 2016-17 and 2017-18": the first is compared against
            m = self.and_between.match(text, period.end_char)
            if m and any(p.start_char == m.end() for p in self.spans_of(doc)):
                return True
        return bool(self.comparison_before_period.search(left))

    def compared_in_order(self, doc: Doc, period: Span, seg_start: int, text: str) -> bool | None:
        """Of two periods a verb of comparing sets side by side ("the figures compare A with B"), whether
        ``period`` is the earlier, the baseline, whichever comes first in the text; None when it is not one
        of such a pair or the two do not follow one another in time."""
        spans = self.spans_of(doc)
        other: Span | None = None
        if self.compare_object_left.search(_left_of(text, period, seg_start)):
            m = self.compare_pair_gap.match(text, period.end_char)
            other = next((p for p in spans if m is not None and p.start_char == m.end()), None)
        else:
            first = next((p for p in spans if seg_start <= p.start_char and p.end_char < period.start_char
                          and (m := self.compare_pair_gap.match(text, p.end_char)) is not None
                          and m.end() == period.start_char), None)
            if first is not None and self.compare_object_left.search(_left_of(text, first, seg_start)):
                other = first
        if other is None:
            return None
        s, e = _iso(ext(period, "start")), _iso(ext(period, "end"))
        os_, oe = _iso(ext(other, "start")), _iso(ext(other, "end"))
        if None in (s, e, os_, oe):
            return None
        if e < os_:  # type: ignore[operator]
            return True
        return False if oe < s else None  # type: ignore[operator]

    def says_earlier(self, words: str) -> bool:
        """Period words that name an earlier time themselves ("the previous year", "the same period last year")."""
        return bool(self.baseline_words.search(words)
                    or (self.same_words.search(words) and self.shift_words.search(words)))

    def earlier_by_words(self, text: str, period: Span, seg_start: int) -> bool:
        """A baseline by its own words alone ("the previous year", "the same period last year"), with no
        comparison word before it ("compared with the previous year" compares; "In the previous year" dates)."""
        if not self.says_earlier(text[period.start_char:period.end_char]):
            return False
        left = _left_of(text, period, seg_start)
        return not (self.baseline_left.search(left) or self.comparison_before_period.search(left))

    def restates_baseline(self, doc: Doc, period: Span, seg_start: int, text: str) -> bool:
        """A period in brackets right after a baseline restates it, and is the baseline too ("up 7% on
        the previous year (2015/16)", "compared with last year (2022)")."""
        m = self.restating_bracket.search(text, max(seg_start, period.start_char - 3), period.start_char)
        if m is None or m.end() != period.start_char:
            return False
        before = [p for p in self.spans_of(doc) if seg_start <= p.start_char and p.end_char <= m.start()
                  and not text[p.end_char:m.start()].strip()]
        return bool(before) and self.is_baseline(doc, before[-1], seg_start, text)

    # -- the release's periods -----------------------------------------------
    def eligible(self, doc: Doc, period: Span, text: str) -> bool:
        """A period that can be what the release reports: dated, not a baseline, not the
        publication date, not a reference point, not a plan (a relative date after publication)."""
        if doc is not self._doc:
            return self._eligible_now(doc, period, text)
        # extension values are keyed by a span's offsets: a span with the same offsets has the same fields
        key = (period.start_char, period.end_char)
        if key not in self._eligible:
            self._eligible[key] = self._eligible_now(doc, period, text)
        return self._eligible[key]

    def _eligible_now(self, doc: Doc, period: Span, text: str) -> bool:
        if not (ext(period, "start") and ext(period, "end")):
            return False
        seg = _line_start(text, period.start_char)
        if self.announcement(doc, period) or self.is_baseline(doc, period, seg, text) \
                or self.reference_point(text, period, seg):
            return False
        # a relative period that starts after publication is a plan ("next month"); with only the year or
        # month of publication known, one that runs past that year or month ("a new financial year" in a
        # release dated 2024), but not one inside it ("between April and September" in a release dated
        # 2010 is this year's April to September, which the release can report)
        if not ext(period, "relative"):
            return True
        pub, start, end = _published_last_day(doc), _iso(ext(period, "start")), _iso(ext(period, "end"))
        if pub is None or start is None or end is None:
            return True
        return not (start > pub or (ext(doc, "published_precision") in ("year", "month") and end > pub))

    def planned(self, doc: Doc, period: Span) -> bool:
        """A period written out that ends after the release came out ("her priorities for 2024" in
        January 2024, "the budget for 2025/26"): a plan, which the release reports only when it dates
        nothing that has ended (a budget release). With only the month or year of publication known,
        a period ending after that month or year."""
        pub, end = _published_last_day(doc), _iso(ext(period, "end"))
        if ext(period, "relative") or pub is None or end is None:
            return False
        return end > pub

    def headline_period(self, doc: Doc, text: str | None = None, *, plans: bool = True) -> Span | None:
        """The period the headline states ("between January-December 2019 compared to the same period
        the year before" -> January-December 2019); a headline's "next year" is a plan, not the figures,
        and so is one written out that ends after publication unless ``plans`` (then only periods
        written out count)."""
        end = ext(doc, "headline_end") or 0
        if not end or "periods" not in doc.spans:
            return None
        text = text_of(doc) if text is None else text
        return next((p for p in self.spans_of(doc) if p.start_char < end and self.eligible(doc, p, text)
                     and (plans or not (self.planned(doc, p) or ext(p, "relative")))), None)

    def reference_period(self, doc: Doc, text: str | None = None,
                         compared: frozenset[tuple[str, str]] = frozenset()) -> Span | None:
        """The period the release reports: the headline's when it states one (a relative one only
        when the body dates none), else the first period of the body that is compared against nothing (a written-out one before
        loose talk of time: "last year" or "this week" in passing is common, the period the figures cover is mostly written out).
        A plan ("priorities for 2024" over a body on 2023) only when no period written out that has ended
        qualifies. ``compared``: the dates of the periods the body's changes are measured against in their
        own clauses; a body period with those dates is the baseline wherever it is named ("following a rise
        in 2013/14 ... crime fell 1.5% compared to 2013/14"), never the span the figures cover."""
        if "periods" not in doc.spans:
            return None
        text = text_of(doc) if text is None else text
        ref = self._reference(doc, text, plans=True, compared=compared)
        if ref is not None and self.planned(doc, ref):
            ref = self._reference(doc, text, plans=False, compared=compared) or ref
        return ref

    def _reference(self, doc: Doc, text: str, *, plans: bool,
                   compared: frozenset[tuple[str, str]] = frozenset()) -> Span | None:
        """``reference_period``, with plans (``planned``) among the candidates or not."""
        head = self.headline_period(doc, text, plans=plans)
        # a single day in the body is when something happened (a force formed, figures released), never
        # the span the figures cover; a headline that names a day dates a count "as at" it
        body = [p for p in self.spans_of(doc) if p.start_char >= (ext(doc, "headline_end") or 0)
                and self.eligible(doc, p, text) and ext(p, "start") != ext(p, "end")
                and (plans or not (self.planned(doc, p) or ext(p, "relative")))
                and (str(ext(p, "start")), str(ext(p, "end"))) not in compared]
        dated = next((p for p in body if not self.loose(p)), None)
        if dated is not None and ext(dated, "relative"):
            # "in the year ending May 1, thefts fell from 9,240 in 2018/19 to 8,115 in 2019/20": the same
            # sentence states a period as long with its year, where the words before left the year to be
            # guessed ("between April and December ... in 2022" keeps its nine months)
            dated = next((p for p in body if p.sent == dated.sent and not ext(p, "relative")
                          and _same_length(p, dated, self.same_length_days)), dated)
        loose = head if head is not None and self.loose(head) else (body[0] if body and self.loose(body[0]) else None)
        if dated is not None and loose is not None and dated.start_char > loose.start_char \
                and not self.overlaps(dated, (ext(loose, "start"), ext(loose, "end"))) and _days(dated) < _days(loose) \
                and not _same_length(dated, loose, self.same_length_days):
            # loose talk yields to a period written out that restates it (shares a day with it: "over the
            # past year" then "the figures for 2018-19") or spans as long, not to a shorter event or plan
            # told after it ("fell 7% over the past year ... Operation Shield was launched in May 2022"; a year
            # written out is as long as a leap year in loose words: "two years ago" in 2018, then "2017/18");
            # loose talk of a week or a month ("figures released last week") yields to any
            dated = None
        if dated is not None and loose is not None and ext(loose, "rule_id") in self.part_of_year_rules \
                and self.contains(dated, loose):
            # "the first six months of this financial year" then "2018/19": the year they are part of
            dated = None
        if head is not None and self.names_document(head, text):
            # "Crime statistics 2021" over a body that reports "In 2022 crime rose" (a title repeated
            # at the top of the body is the name again)
            written = next((p for p in body if not self.loose(p) and not self.names_document(p, text)), None)
            if written is not None:
                return written
        if head is not None and (not self.loose(head) or dated is None):
            return head
        # a headline's "last year" is loose talk when the body writes the period out; of loose talk, a span
        # "since 2010" runs to publication for a long-term figure, not the span the release's figures cover
        return dated or next((p for p in body if not self.since_words.match(text, p.start_char)),
                             body[0] if body else None)

    def reported_period(self, doc: Doc, text: str, ref: Span | None, stated: list[Span],
                        figures: list[Figure] | None = None, heads: list[Span] | None = None) -> Span | None:
        """The period the release reports, read from its figures: ``stated`` are the periods the body's
        figures give in their own clauses (changes and levels not compared against). When ``ref`` dates
        none of them while one eligible period dates at least ``reported_min`` of them and more than any
        other, the figures say what the release reports ("Copyright 2007" over "a fall of 7% between April
        and September": April to September). A shorter body period in a sentence that states no figure and
        shares no day with the first period a figure states or a heading (``heads``) sets over figures is an
        event or a plan told beside them ("Operation Shield was launched in May 2022", "the next figures
        will be published in January 2025"): the figures' period is what the release reports."""
        if ref is None or not (stated or heads):
            return ref
        counts: dict[tuple[str, str], list[Span]] = {}
        for p in stated:
            counts.setdefault((str(ext(p, "start")), str(ext(p, "end"))), []).append(p)
        if (str(ext(ref, "start")), str(ext(ref, "end"))) in counts:
            return ref
        first = min([*stated, *(heads or [])], key=lambda p: p.start_char)
        if figures is not None and self._aside(doc, ref, figures) and _days(ref) < _days(first) \
                and not self.overlaps(ref, (ext(first, "start"), ext(first, "end"))) \
                and self.eligible(doc, first, text) and not self.planned(doc, first):
            return first
        if not stated:
            return ref
        # a longer span named in passing in a sentence of no figure ("Copyright: 2007", "the greatest
        # improvement in 2010") holds the span the first figure states beside a change ("fell by 2% between
        # October and December 2006"): the changes say which part of it the release reports
        lead = min(stated, key=lambda p: p.start_char)
        sent = lead.sent
        if figures is not None and self._aside(doc, ref, figures) and _days(lead) < _days(ref) \
                and any(g.kind == "change" and sent.start_char <= g.start < sent.end_char for g in figures) \
                and self.contains(ref, lead) and self.eligible(doc, lead, text) \
                and not self.planned(doc, lead) and not self.loose(lead):
            return lead
        ranked = sorted(counts.values(), key=lambda ps: (-len(ps), ps[0].start_char))
        best = ranked[0]
        if len(best) < self.reported_min or (len(ranked) > 1 and len(ranked[1]) == len(best)) \
                or not self.eligible(doc, best[0], text) or self.planned(doc, best[0]) or self.loose(best[0]):
            return ref
        return best[0]

    def _aside(self, doc: Doc, period: Span, figures: list[Figure]) -> bool:
        """A body period whose sentence states no figure."""
        if period.start_char < (ext(doc, "headline_end") or 0):
            return False
        sent = period.sent
        return not any(sent.start_char <= g.start < sent.end_char for g in figures)

    def names_document(self, period: Span, text: str) -> bool:
        """A year that ends (or opens) a document's name in the headline ("Crime statistics 2021",
        "Annual report 2022", "2021 crime statistics"), or a month set off by a dash at its end (an
        issue's date: "Village newsletter – May 2014"): the name may carry the date of the report
        rather than of its figures, so the period the body writes out comes first."""
        left = text[_line_start(text, period.start_char):period.start_char]
        rest = text[period.end_char:_line_end(text, period.end_char)]
        if ext(period, "relative"):
            return False
        if not left.strip() and self.document_name_right.match(rest):  # "2021 crime statistics"
            return True
        if rest.strip(" |:-–—"):
            return False
        if self.document_name_left.search(left):
            return True
        # "Parish newsletter – April 2015": a single month set off by a dash at the end of the title is
        # the issue's date, what a newsletter or monthly update is named by, not the span its figures cover
        s, e = _iso(ext(period, "start")), _iso(ext(period, "end"))
        return s is not None and e is not None and (s.year, s.month) == (e.year, e.month) and s.day == 1 \
            and e == month_end(e.year, e.month) and bool(self.issue_date_left.search(left))

    def heading_periods(self, doc: Doc, text: str, figures: list[Figure]) -> list[Span]:
        """Periods that head a section: a short body line of no sentence and no figure that ends in
        the period ("April - June 2018", "Current performance (October 2017 - September 2018)").
        The figures below such a line are about its period until the next one, whatever the
        release's reference period is."""
        if "periods" not in doc.spans:
            return []
        starts = sorted(f.start for f in figures)
        out = []
        for p in self.spans_of(doc):
            if not self._section_period(doc, p, text) or self.names_document(p, text):
                continue
            line0, line1 = _line_start(text, p.start_char), _line_end(text, p.end_char)
            if line1 - line0 > self.heading_chars or not self.heading_end.fullmatch(text[p.end_char:line1]):
                continue
            if self.heading_refuse.search(text[line0:p.start_char]) or _has_figure(starts, line0, line1):
                continue
            out.append(p)
        return out

    def lead_in_periods(self, doc: Doc, text: str, figures: list[Figure]) -> list[tuple[Span, int]]:
        """Periods of a line that leads in a list ("Recorded offences for July to September 2017
        set against the same months a year before show:"): a body line of no figure and no
        full stop inside that ends in a colon. The items listed under it ("* robbery up six per cent")
        are about its period; the list runs over the lines that follow while each is an item (a line
        opened by a bullet or a number, or a short line with no full stop at its end). Returns the
        period and the end of its list."""
        if "periods" not in doc.spans:
            return []
        starts = sorted(f.start for f in figures)
        out: list[tuple[Span, int]] = []
        seen: set[int] = set()
        for p in self.spans_of(doc):
            line0 = _line_start(text, p.start_char)
            if line0 in seen or not self._section_period(doc, p, text):
                continue
            line1 = _line_end(text, p.end_char)
            line = text[line0:line1]
            if len(line) > self.lead_in_chars or not self.lead_in_end.search(line) \
                    or self.lead_in_refuse.search(line) or _has_figure(starts, line0, line1):
                continue
            seen.add(line0)
            end = self._list_end(text, line1)
            if end > line1:
                out.append((p, end))
        return out

    def _section_period(self, doc: Doc, p: Span, text: str) -> bool:
        """A body period that can head the figures below its line (``heading_periods``,
        ``lead_in_periods``): a span, not a single day, one the release can report, and no plan
        ("Our priorities for 2025" over figures for 2024)."""
        return p.start_char >= (ext(doc, "headline_end") or 0) and ext(p, "start") != ext(p, "end") \
            and self.eligible(doc, p, text) and not self.planned(doc, p)

    def _list_end(self, text: str, pos: int) -> int:
        """Where the list that starts after ``pos`` (a line end) ends: after its last item line."""
        end = pos
        while pos < len(text):
            nxt = _line_end(text, pos + 1)
            line = text[pos + 1:nxt].strip()
            if line:
                if not (self.list_item.match(line) or (len(line) <= self.heading_chars
                                                       and not self.sentence_end.search(line))):
                    break
                end = nxt
            pos = nxt
        return end

    def loose(self, period: Span) -> bool:
        """Loose talk of time ("last year", "the past year", "this time last year"): relative words
        that name no month, which yield to a period the text writes out ("the 12 months to March")."""
        return bool(ext(period, "relative")) and ext(period, "rule_id") in self.loose_rules

    def release_baseline(self, doc: Doc, text: str | None = None) -> Span | None:
        """The first period the release compares against ("... compared with the same period last
        year"): what a change is measured against when its own sentence does not say."""
        if "periods" not in doc.spans:
            return None
        text = text_of(doc) if text is None else text
        for p in self.spans_of(doc):
            seg = _line_start(text, p.start_char)
            if ((ext(p, "start") and ext(p, "end")) or self.year_back(p)) and not self.announcement(doc, p) \
                    and not self.reference_point(text, p, seg) and self.is_baseline(doc, p, seg, text):
                return p
        return None

    def year_back(self, period: Span | None) -> bool:
        """Words that put a baseline a year before the period they are said of, whatever period the
        period rules anchored them on ("the previous year", "the same period last year"): dated or not,
        they mean the claim's own period a year earlier (``year_earlier``)."""
        return period is not None and ext(period, "rule_id") in self.year_back_rules

    def reported_in_year(self, doc: Doc, period: Span, ref: Span | None) -> bool:
        """A calendar year named in a claim's clause ("this year", "in 2013") that stands for the span the
        release reports (``ref``, written out), which lies inside it, in a release that came out within that
        year: the year so far, "the first six months" of it, the only figures of the year there are. A year
        that has ended has figures of its own ("1,020 thefts last year" in a release in 2025 on April to
        December 2024), and a year that only shares days with the span is the year ("last year" in a release
        on 2018/19 is 2018)."""
        pub = _iso(ext(doc, "published"))
        if ref is None or pub is None or ext(period, "rule_id") not in self.calendar_year_rules or self.loose(ref) \
                or ext(ref, "rule_id") in self.calendar_year_rules:
            return False
        s, e = _iso(ext(period, "start")), _iso(ext(period, "end"))
        rs, re_ = _iso(ext(ref, "start")), _iso(ext(ref, "end"))
        if None in (s, e, rs, re_) or (s, e) == (rs, re_) or not is_month_aligned((rs, re_)):  # type: ignore[arg-type]
            return False
        if (s.month, s.day, e.month, e.day) != (1, 1, 12, 31) or s.year != e.year \
                or pub.year > e.year:  # type: ignore[union-attr]
            return False
        return s <= rs and re_ <= e  # type: ignore[operator]

    def baseline_dates(self, baseline: Span | None, start: Any, end: Any, *, own_clause: bool = True) -> \
            tuple[Any, Any] | None:
        """The dates a baseline stands for, for a claim of the period ``start``-``end``: its own dates,
        except for words that say "a year back" (``year_back``) left undated, or, in the claim's own
        clause, anchored on another time altogether ("fell 2.3% on the previous year" after "introduced
        in 1998"): then the claim's period a year earlier. Dates that share a day with that year keep
        their own months (the period rules read "the same period last year" against the months just
        named); a baseline the release states elsewhere keeps its dates when it has them."""
        if baseline is None:
            return None
        own = (ext(baseline, "start"), ext(baseline, "end"))
        own = own if own[0] and own[1] else None
        if self.year_back(baseline) and (own is None or own_clause):
            shifted = year_earlier(start, end)
            if shifted is not None and (own is None or not self.overlaps(baseline, shifted)):
                return shifted
        return own

    def year_on_year(self, text: str, figure: Figure, seg_start: int, seg_end: int) -> bool:
        """"up 12% year on year", "Year-on-year, thefts fell 8%": words of the change's sentence, within
        ``owner_gap`` of its figure, that measure it against its own period a year back."""
        lo, hi = max(seg_start, figure.start - self.owner_gap), min(seg_end, figure.end + self.owner_gap)
        return lo < hi and bool(self.year_on_year_words.search(text, lo, hi))

    # -- one claim -------------------------------------------------------------
    def compared_figure(self, text: str, seg_start: int, figure: Figure) -> bool:
        """"compared with 131", "down from 2,290", "on the 48,711": a figure the change is measured against."""
        return bool(self.comparison_before_figure.search(text[max(seg_start, figure.start - 60):figure.start]))

    def pair_first(self, text: str, seg_start: int, figure: Figure, figures: list[Figure]) -> bool:
        """"fell by 9% (640 to 582)", "thefts also rose - 288, to 319": a level that opens a pair of levels
        in a bracket or after a dash, the next figure its "to" level; it is the count of the earlier time,
        compared against as "from 640" would be."""
        if figure.kind != "level" or not self.pair_open_before.search(text[max(seg_start, figure.start - 3):figure.start]):
            return False
        at = bisect_left([f.start for f in figures], figure.end)
        nxt = figures[at] if at < len(figures) else None
        return nxt is not None and nxt.kind == "level" and nxt.start - figure.end <= 60 \
            and bool(self.pair_to_after.fullmatch(text, figure.end, nxt.start))

    def owner(self, text: str, period: Span, seg_start: int, figures: list[Figure]) -> Figure | None:
        """The figure a period belongs to: the one right before it with no other figure between
        ("131 in 2018", "3,921 the year before"), or the one after ", when" ("2018, when 24,570
        crimes were recorded"); none after a comparison word ("to 3,000 compared with 2022"), nor across
        a new clause (``owner_break``: "69 in 2006, but last year there were 161": last year is the 161's)."""
        before = [f for f in figures if seg_start <= f.end <= period.start_char]
        left = _left_of(text, period, seg_start)
        if before and period.start_char - before[-1].end <= self.owner_gap \
                and not self.baseline_left.search(left) and not self.between_left.search(left) \
                and not self.owner_break.search(text, before[-1].end, period.start_char):
            return before[-1]
        after = [f for f in figures if f.start >= period.end_char]
        if after and self.when_between.match(text[period.end_char:after[0].start]):
            return after[0]
        return None

    def link(self, doc: Doc, text: str, claim: Span, figure: Figure, periods: list[Span], seg_start: int,
             figures: list[Figure]) -> tuple[Span | None, Span | None, bool]:
        """(period, baseline, compared) from the claim's own sentence: its clause's periods
        (``in_other_clause``); ``compared`` when the claim is a figure compared against, whose
        period is the baseline of the change beside it. Within ``begin``'s document the answer is kept:
        the component asks once to find the period the release reports and again to set the fields."""
        if doc is not self._doc:
            return self._link(doc, text, claim, figure, periods, seg_start, figures)
        key = (claim.start_char, claim.end_char, figure, seg_start,
               tuple((p.start_char, p.end_char) for p in periods), self._figures_key(figures))
        if key not in self._linked:
            self._linked[key] = self._link(doc, text, claim, figure, periods, seg_start, figures)
        return self._linked[key]

    def _figures_key(self, figures: list[Figure]) -> int:
        """``figures`` in a ``link`` cache key: the list's identity. The component passes each segment's
        one list, never changed, for all its claims; hashing its figures again on each lookup (hundreds in
        a table's segment) cost more than the link it saved. The list is held until the next ``begin``, so
        its id is not reused."""
        self._pinned.setdefault(id(figures), figures)
        return id(figures)

    def _link(self, doc: Doc, text: str, claim: Span, figure: Figure, periods: list[Span], seg_start: int,
              figures: list[Figure]) -> tuple[Span | None, Span | None, bool]:
        """``link``, worked out."""
        # an undated period counts only as a baseline that is a year back from the claim's period
        clause = [p for p in periods if (ext(p, "start") or self.year_back(p)) and not in_other_clause(p, claim)
                  and not self.announcement(doc, p) and not in_opening_aside(p, claim, self.opening_asides)]
        owners = {id(p): self.owner(text, p, seg_start, figures) for p in clause}
        own = [p for p in clause if not self.reference_point(text, p, seg_start)]
        compared = figure.kind == "level" and (self.compared_figure(text, seg_start, figure)
                                               or self.pair_first(text, seg_start, figure, figures))
        base = [p for p in own if self.is_baseline(doc, p, seg_start, text)
                or (owners[id(p)] is not None and owners[id(p)] != figure
                    and self.compared_figure(text, seg_start, owners[id(p)]))]
        main = [p for p in own if p not in base and ext(p, "start")]
        # "since 2016-17, when there were 348 cases"
        held = [p for p in clause if owners[id(p)] == figure and ext(p, "start")]
        if figure.kind != "change":
            if held:
                return held[0], None, compared
            if compared:  # "down from 2,290": the baseline beside it, else the one carried
                dated = [p for p in base if ext(p, "start")]
                after = [p for p in dated if p.start_char >= figure.end
                         and not any(figure.end <= f.start < p.start_char for f in figures)]
                before = [p for p in dated if p.end_char <= figure.start
                          and not any(p.end_char <= f.start < figure.start for f in figures)]
                return (after[:1] or before[-1:] or [None])[0], None, True
            free = [p for p in main if owners[id(p)] is None]
            before = [p for p in free if p.end_char <= figure.start]
            # ... a later one only in the figure's own clause ("52 in 2019, but last year there were 97": 2019)
            later = [p for p in free if p.start_char >= figure.end
                     and not self.owner_break.search(text, figure.end, p.start_char)]
            if not (later or before):
                # "In the same period last year, there were 1,400 burglaries": a level is measured against
                # nothing, so words for an earlier time that open its clause are its period
                before = [p for p in base if ext(p, "start") and owners[id(p)] is None and p.end_char <= figure.start
                          and self.earlier_by_words(text, p, seg_start)]
            return (later[:1] or before[-1:] or [None])[0], None, False
        if held and self.compared_figure(text, seg_start, figure):
            # "rose 4% in 2023/24, compared with a 2% rise the year before": a change compared
            # against is the change of the period it holds
            return held[0], None, True
        # a change runs over a span: a single day in its clause is when something happened or was
        # published ("figures published on Thursday 19 January", "since the force formed on 1 April 2013")
        main = [p for p in main if _days(p) != 1]
        changes = [f for f in figures if f.kind == "change" and f != figure]
        # a period no other figure holds ("in 2021/22 reached 8,320, up 6% from 7,850 in 2020/21,
        # short of the 8,900 offences in 2018/19": 2021/22), else one a figure holds ("from 212 in
        # 2022 to 398 in 2023, an increase of 88%": 2023)
        # ... but not one another change holds in a clause of its own ("18,000 fewer victims and the risk
        # of being a victim almost halving over the last 10 years": the halving's ten years)
        free = [p for p in main if owners[id(p)] is None] \
            or [p for p in main if not self.other_change(text, figure, owners[id(p)])]
        after = [p for p in free if p.start_char >= claim.end_char]
        # a period the change itself holds comes first ("£24m of savings made over the last four
        # years, set out in the review published in June": the four years)
        own_held = [p for p in main if owners[id(p)] == figure]
        # "in the year ending May 1, thefts fell 12% from 9,240 in 2018/19 to 8,115 in 2019/20": a
        # change that states the levels it runs between is about the period its "to" level holds
        to_fig = next((f for f in figures if f.start >= figure.end
                       and self.from_to_after.fullmatch(text, figure.end, f.start)), None)
        to_held = [p for p in main if to_fig is not None and owners[id(p)] == to_fig]
        period = (own_held[:1] or to_held[:1] or after[:1] or free[-1:] or [None])[0]
        # ... and measured against the period its first level holds ("up 35%: 503 in 2016 to 678 in 2017")
        from_fig = next((f for f in figures if to_fig is not None and figure.end <= f.start < to_fig.start), None)
        from_held = [p for p in own if to_held and from_fig is not None and owners[id(p)] == from_fig]
        if from_held and period is to_held[0]:
            return period, from_held[0], False
        b_after = [p for p in base if p.start_char >= figure.end
                   and not any(figure.end <= f.start < p.start_char for f in changes)]
        b_before = [p for p in base if p.end_char <= figure.start
                    and not any(p.end_char <= f.start < figure.start for f in changes)]
        baseline = (b_after[:1] or b_before[-1:] or base[:1] or [None])[0]
        return period, baseline, False

    def other_change(self, text: str, figure: Figure, owner: Figure | None) -> bool:
        """``owner`` is a change in a clause of its own, apart from ``figure``: a coordinating word and a
        new subject stand between them ("and the risk ... almost halving"), not a list ("58 per cent and
        56 per cent respectively") nor a bracket restating it ("9.8% (-10,043 crimes)")."""
        if owner is None or owner.kind != "change" or owner == figure:
            return False
        lo, hi = (figure.end, owner.start) if figure.end <= owner.start else (owner.end, figure.start)
        return bool(self.change_clause_gap.search(text, lo, max(lo, hi)))

    @staticmethod
    def contains(outer: Span, inner: Span) -> bool:
        """Do ``outer``'s dates hold all of ``inner``'s?"""
        s, e, i_s, i_e = (_iso(ext(outer, "start")), _iso(ext(outer, "end")),
                          _iso(ext(inner, "start")), _iso(ext(inner, "end")))
        return None not in (s, e, i_s, i_e) and s <= i_s and i_e <= e  # type: ignore[operator]

    @staticmethod
    def overlaps(period: Span, dates: tuple[Any, Any]) -> bool:
        """Do a period's dates and ``dates`` share a day?"""
        s, e, ds, de = _iso(ext(period, "start")), _iso(ext(period, "end")), _iso(dates[0]), _iso(dates[1])
        return None not in (s, e, ds, de) and s <= de and ds <= e  # type: ignore[operator]

    def year_before(self, doc: Doc, start: Any, end: Any) -> tuple[Any, Any] | None:
        """The same period a year earlier, when the release names it: the usual comparison
        ("up 19.6% on 2021" for 2022; "the year ending September 2021" for the year to September 2022)."""
        s, e = _iso(start), _iso(end)
        if s is None or e is None or "periods" not in doc.spans:
            return None
        want = tuple(day.isoformat() for day in shift_months((s, e), -12))
        if doc is self._doc:
            if self._by_dates is None:
                self._by_dates = {}
                for p in self.spans_of(doc):
                    u = p._
                    self._by_dates.setdefault((str(u.start)[:10], str(u.end)[:10]), (u.start, u.end))
            return self._by_dates.get(want)
        for p in doc.spans["periods"]:
            if (str(ext(p, "start"))[:10], str(ext(p, "end"))[:10]) == want:
                return ext(p, "start"), ext(p, "end")
        return None

    def year_after(self, baseline: Span | None, doc: Doc | None = None) -> tuple[str, str] | None:
        """The 12 months after a baseline of 12 whole months: what a release that dates no period of its
        own reports when it compares against a year ("annual figures ... down 6% from 2022/23": 2023/24);
        for a baseline of fewer whole months, the same months a year on when they have ended by the time
        the release came out ("down 6% compared with April to September 2023" in October 2024)."""
        s, e = (_iso(ext(baseline, "start")), _iso(ext(baseline, "end"))) if baseline is not None else (None, None)
        if s is None or e is None or not is_month_aligned((s, e)) or month_count((s, e)) > 12:
            return None
        later = shift_months((s, e), 12)
        if month_count((s, e)) < 12:
            pub = _published_last_day(doc) if doc is not None else None
            if pub is None or later[1] > pub:
                return None
        return later[0].isoformat(), later[1].isoformat()

    def headline_duration_stated(self, text: str) -> bool:
        """"doubled in a year": a headline that gives its own span of time, which dates nothing."""
        return bool(self.headline_duration.search(text))


def _left_of(text: str, period: Span, seg_start: int) -> str:
    """The words before a period in its segment that say how it is used ("compared with", "up from")."""
    return text[max(seg_start, period.start_char - LEFT_REACH):period.start_char]


def _days(period: Span) -> int:
    """How many days a dated period spans (0 when a date is missing)."""
    start, end = _iso(ext(period, "start")), _iso(ext(period, "end"))
    return (end - start).days + 1 if start is not None and end is not None else 0


def _same_length(a: Span, b: Span, slack: int) -> bool:
    """Do two dated periods last as long, give or take ``slack`` days?"""
    da, db = _days(a), _days(b)
    return bool(da and db) and abs(da - db) <= slack


def year_earlier(start: Any, end: Any) -> tuple[str, str] | None:
    """The period ``start``-``end`` a year earlier, as ISO dates (a month's last day stays its last day:
    February 2024 -> February 2023); None when either date is unknown."""
    s, e = _iso(start), _iso(end)
    if s is None or e is None:
        return None
    earlier = shift_months((s, e), -12)
    return earlier[0].isoformat(), earlier[1].isoformat()


def _published_last_day(doc: Doc) -> date | None:
    """The last day the release can have come out: its publication date, or the last day of the month
    or year of publication when only that is known."""
    pub = _iso(ext(doc, "published"))
    if pub is None:
        return None
    if ext(doc, "published_precision") == "year":
        return date(pub.year, 12, 31)
    if ext(doc, "published_precision") == "month":
        return month_end(pub.year, pub.month)
    return pub


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


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


def in_opening_aside(period: Span, claim: Span, heads: frozenset[str]) -> bool:
    """A period inside a phrase that opens the sentence and ends before the figure, headed by a
    word of ``heads``: "Following the new law on 3 July 2017, 421 crimes were recorded",
    "Excluding last year's attacks, 57 more people were killed" (the law's day, the attacks' year)."""
    if not heads or period.sent != claim.sent or period.end_char > claim.start_char:
        return False
    t = period.root
    for _ in range(40):
        if t.lower_ in heads and t.i == t.sent.start and t.right_edge.i < claim.start:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends: its line break, or the end of the text."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _has_figure(starts: list[int], lo: int, hi: int) -> bool:
    """Does a figure start in ``lo``..``hi``? (``starts`` sorted)"""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi
