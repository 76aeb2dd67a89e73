"""The field-setting step (``set_annotations``): each claim found becomes a span, and its
fields are set in text order: value and unit, kind, direction and hedge, metric (read, else
carried from the claim before), area (its clause, sentence, the place its paragraph leads
with, the release's), quote and source, period and baseline (its clause, else carried, else
the release's), a table cell's row and columns (``table_cells``), and ``because``: the ids
of the rules that set them (``provenance``).

``ClaimFields`` is a mixin of the component: it reads the readers and linkers that
``ClaimsComponent._compile`` sets on ``self``."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from ..base import text_of
from .area import Place, _place_tokens
from .links import Figure, quote_for, year_earlier
from .models import Found
from .numbers import Number, quantulum_value
from .provenance import (BASELINE_CARRIED, BASELINE_CLAUSE, BASELINE_RELEASE, BASELINE_YEAR_BEFORE, PERIOD_CARRIED,
                         PERIOD_CLAUSE, PERIOD_COMPARED, PERIOD_HEADLINE, PERIOD_LOOSE, PERIOD_REFERENCE,
                         PERIOD_REPORTED, because, finding_rule)
from .segments import _relative_clause, _segment_of, _segments
from ...extensions import CLAIMS, is_headline, ext


class ClaimFields:
    """Spans for the claims found, with every field set."""

    def set_annotations(self, doc: Doc, found: list[Found], *, text: str | None = None,
                        segs: list[int] | None = None, places: list[Place] | None = None) -> None:
        """Make the spans and fill metric, area, source, quote, period and baseline."""
        text = text_of(doc) if text is None else text
        segs = _segments(doc, text, self.date_cut) if segs is None else segs
        places = self.areas.places(doc, ext(doc, "release_area"), text) if places is None else places
        release_area = self.areas.release_area(doc, places, ext(doc, "release_area"))
        place_tokens = _place_tokens(doc, places)
        ref_period = self.links.reference_period(doc, text)
        bare = [Figure(f.start, f.end, f.kind) for f in found]
        # a section heading's period heads the figures below it until the next heading, a list's lead-in
        # the items of its list
        headings = sorted([(h, len(text)) for h in self.links.heading_periods(doc, text, bare)]
                          + self.links.lead_in_periods(doc, text, bare), key=lambda h: h[0].start_char)
        head_period = self.links.headline_period(doc, text)
        head_duration = self.links.headline_duration_stated(text[:ext(doc, "headline_end") or 0])
        figures = [Figure(f.number.number_start if f.number is not None and f.number.number_start >= 0 else f.start,
                          f.end, f.kind) for f in found]
        self.metrics.figure_starts = sorted(g.start for g in figures)  # which sentences state a figure
        by_segment = _figures_by_segment(figures, segs, len(text))
        own_links = self._own_clause_links(doc, text, found, figures, segs, by_segment)
        compared = self._compared_periods(own_links)
        if compared:  # a period the changes are measured against is not the one the release reports
            ref_period = self.links.reference_period(doc, text, compared)
        ref_period = self.links.reported_period(doc, text, ref_period, self._stated_periods(own_links), figures,
                                                [h for h, _end in headings] + self._column_periods(doc, found))
        sources: dict[tuple[int, int], tuple[str, int] | None] = {}  # per segment: many figures share one line
        spans: list[Span] = []
        prev: Span | None = None
        outer: Span | None = None  # the last claim outside a relative clause: what a later figure carries
        release_base = self.links.release_baseline(doc, text)
        implied = self.links.year_after(release_base, doc) if ref_period is None else None
        base_of: dict[tuple[Any, Any], tuple[Any, Any]] = {}  # period -> the first baseline stated for it
        prev_compared = False
        # per line: the place its first sentence is about ("sentence"), the place of the line its list hangs from ("list")
        leads: dict[tuple[int, str], str | None] = {}
        beside: dict[int, str | None] = {}  # claim start -> the total a count of victims stood beside
        quotes = list(doc.spans["quotes"]) if "quotes" in doc.spans else []  # made once, not per claim
        for f, figure in zip(found, figures):
            span = doc.char_span(f.start, f.end, label="CLAIM", alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            u = span._  # one extension accessor for all the fields set below
            s0, s1 = _segment_of(segs, f.start, len(text))
            n = f.number
            same_seg = prev is not None and prev.start_char >= s0
            if n is not None:
                value, unit = n.value, n.unit
                if value is None:
                    read = quantulum_value(text[span.start_char:span.end_char])
                    if read is None:
                        continue
                    value, unit = read
                if n.bare and unit == "count" and prev is not None and ext(prev, "unit") == "rate" \
                        and self._rate_carries(text, n, prev, s0, same_seg, segs, _plural_noun_after(doc, span)):
                    unit = "rate"
                u.value = float(value)
                u.unit = unit
            u.kind = f.kind
            u.direction = f.direction if f.kind == "change" else None
            u.approx = f.approx
            u.rule_id = finding_rule(f.rule_id)
            rel = _relative_clause(span)
            carry = prev
            if prev is not None and outer is not None and prev.sent.start == span.sent.start \
                    and _relative_clause(prev) not in (None, rel):
                carry = outer
            u.metric = self._metric(doc, text, span, f, place_tokens, prev, s0, same_seg, carry, beside)
            outer = span if rel is None else outer
            u.area = self.areas.area_for(text, places, figure.start, f.end, (s0, s1), release_area,
                                              self._lead(text, segs, places, figures, f.start, leads))
            qid, speaker = quote_for(doc, span, quotes)
            u.quote_id = qid
            if not speaker and (s0, s1) not in sources:
                sources[(s0, s1)] = self.sources.read_at(text[s0:s1])
            named = sources.get((s0, s1))
            if named and self.sources.disputed(text[s0:s1], named[1], f.start - s0):
                named = None  # the text's own figure, set against the producer's
            u.source = self.sources.canonical(speaker) or (named[0] if named else None)
            seg_figures = by_segment.get((s0, s1), [])
            heading = next((h for h, h_end in reversed(headings) if h.end_char <= f.start < h_end), None)
            how = self._periods(doc, text, span, figure, seg_figures, s0, s1, heading or ref_period, head_period,
                                head_duration,
                                prev, prev_compared, base_of, release_base, implied)
            if f.cell is not None:
                how = (*self._table_fields(doc, text, span, f.cell, places, how[:2]), *how[2:])
            if f.compared_gap is not None:
                how = self._bracketed_level_period(doc, text, span, figure, f.compared_gap, seg_figures, s0, s1, how,
                                                   base_of)
            if how[2] is not None and how[2] != (u.period_start, u.period_end):
                base_of.setdefault((u.period_start, u.period_end), how[2])
            u.because = because(f.rule_id, f.approx, how[0], how[1])
            spans.append(span)
            prev, prev_compared = span, how[3]
        doc.spans[CLAIMS] = sorted(spans, key=lambda s: (s.start_char, s.end_char))

    def _own_clause_links(self, doc: Doc, text: str, found: list[Found], figures: list[Figure], segs: list[int],
                          by_segment: dict[tuple[int, int], list[Figure]],
                          ) -> list[tuple[Figure, Span | None, Span | None, bool]]:
        """Each body figure outside a table with the period and baseline its own clause gives it
        (``PeriodLinker.link``) and whether it is compared against: read once, before the release's
        period is known, for ``_stated_periods`` and ``_compared_periods``."""
        out: list[tuple[Figure, Span | None, Span | None, bool]] = []
        head_end = ext(doc, "headline_end") or 0
        for f, figure in zip(found, figures):
            if f.start < head_end or f.cell is not None:
                continue
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            s0, s1 = _segment_of(segs, f.start, len(text))
            seg_figures = by_segment.get((s0, s1), [])
            period, baseline, compared = self.links.link(doc, text, span, figure,
                                                         self.links.periods_in(doc, s0, s1), s0, seg_figures)
            out.append((figure, period, baseline, compared))
        return out

    def _bracketed_level_period(self, doc: Doc, text: str, span: Span, figure: Figure, gap: tuple[int, int],
                                seg_figures: list[Figure], s0: int, s1: int, how: tuple[Any, ...],
                                base_of: dict[tuple[Any, Any], tuple[Any, Any]]) -> tuple[Any, ...]:
        """The period of a count bracketed after the period a change is measured against ("up 16% on the year
        to March 2015 (1,340)", "down on last quarter (29), against 31 in Q1"): the period those words
        name, else the baseline the clause gives a change at the bracket; the change before it was measured
        against that period, which later changes of the claim's period carry (``base_of``)."""
        u = span._
        named = [p for p in self.links.periods_in(doc, *gap) if ext(p, "start") and ext(p, "end")]
        if named:
            dates = (ext(named[-1], "start"), ext(named[-1], "end"))
        else:
            _period, base, _compared = self.links.link(doc, text, span, Figure(figure.start, figure.end, "change"),
                                                       self.links.periods_in(doc, s0, s1), s0, seg_figures)
            dates = self.links.baseline_dates(base, u.period_start, u.period_end)
        if not dates or not dates[0] or not dates[1] or tuple(dates) == (u.period_start, u.period_end):
            return how
        if u.period_start is not None:
            base_of.setdefault((u.period_start, u.period_end), tuple(dates))
        u.period_start, u.period_end = dates
        return (PERIOD_COMPARED, *how[1:])

    @staticmethod
    def _stated_periods(own_links: list[tuple[Figure, Span | None, Span | None, bool]]) -> list[Span]:
        """The periods the body's figures give in their own clauses, figures compared against left out:
        what ``PeriodLinker.reported_period`` reads the release's period from."""
        return [period for _figure, period, _baseline, compared in own_links
                if period is not None and not compared and ext(period, "start") and ext(period, "end")]

    @staticmethod
    def _compared_periods(own_links: list[tuple[Figure, Span | None, Span | None, bool]]
                          ) -> frozenset[tuple[str, str]]:
        """The dates of the periods written out that the body's changes are measured against in their own
        clauses (``PeriodLinker.link``'s baseline: "fell 1.5% compared to 2013/14")."""
        return frozenset((str(ext(baseline, "start")), str(ext(baseline, "end")))
                         for figure, _period, baseline, _compared in own_links
                         if figure.kind == "change" and baseline is not None and not ext(baseline, "relative")
                         and ext(baseline, "start") and ext(baseline, "end"))

    @staticmethod
    def _column_periods(doc: Doc, found: list[Found]) -> list[Span]:
        """The periods of the table columns that hold levels: periods a table's header sets over figures."""
        cols = {f.cell.period for f in found if f.cell is not None and f.cell.kind == "level" and f.cell.period}
        return [p for p in doc.spans.get("periods", []) if any(p.start_char < e and s < p.end_char for s, e in cols)]

    def _lead(self, text: str, segs: list[int], places: list[Place], figures: list[Figure], pos: int,
              leads: dict[tuple[int, str], str | None]) -> str | None:
        """The place the paragraph (line) holding ``pos`` leads with, for a figure after its first sentence; for a
        list item, else, the place of the line its list hangs from (``leads`` keeps both per line)."""
        line0 = text.rfind("\n", 0, pos) + 1
        first = _segment_of(segs, line0, len(text))
        if (line0, "list") not in leads:  # a list item's line: the place of the line its list hangs from
            head = self.areas.list_head(text, line0)
            leads[line0, "list"] = None if head is None else \
                self.areas.lead(text, places, _segment_of(segs, head, len(text)), None)
        if pos < first[1]:
            return leads[line0, "list"]
        if (line0, "sentence") not in leads:
            fig = next(((g.start, g.end) for g in figures if first[0] <= g.start < first[1]), None)
            leads[line0, "sentence"] = self.areas.lead(text, places, first, fig)
        return leads[line0, "sentence"] or leads[line0, "list"]

    def _rate_carries(self, text: str, n: Number, prev: Span, s0: int, same_seg: bool,
                      segs: list[int], noun_after: bool) -> bool:
        """A rate's unit stated once carries to a bare figure after it (the guide, "What the context
        carries"): in its sentence unless a count noun follows ("62 per 1,000 people and 3,000 crimes");
        to a figure set against it even so ("a rate of 43.8 crimes per 1,000, against an average of
        68.2 crimes"), also at the head of the next sentence ("7 per 1,000. (The Welsh figure is 9").
        Not from a frequency ("one crime every minute"), nor to a part of a whole ("20 of the homes")."""
        if ext(prev, "rule_id") == "num_frequency" or self.rate_carry_refuse_re.match(text, n.end) \
                or self.rate_carry_refuse_left_re.search(text, max(0, n.start - 60), n.start):
            # "one crime every minute, 500,000 in all"; "20 of the county's homes"; "a population of 736,700"
            return False
        # ... nor to a figure naming its own plural noun ("62 per 1,000 people and 3,000 arrests")
        counted = noun_after or (self.count_noun_re is not None and self.count_noun_re.match(text, n.end) is not None)
        if same_seg and not counted:
            return True
        left = text[s0:n.start]
        compared = self.reader.comparator(left) or self.reader.restated(left, "")
        if compared and (same_seg or n.start - prev.end_char <= _RATE_REACH):
            return True
        # "... a crime rate of 52.6 per 1,000. That is below most, with the average standing at 76.2": a
        # figure set against the rate in the sentence right after the rate's
        after_rate = _segment_of(segs, prev.start_char, len(text))[1] == s0
        return after_rate and (compared or self.rate_comparator_re.search(left) is not None)

    def _metric(self, doc: Doc, text: str, span: Span, f: Found, place_tokens: set[int], prev: Span | None,
                s0: int, same_seg: bool, carry: Span | None = None,
                beside: dict[int, str | None] | None = None) -> str | None:
        """The claim's metric as read, else the metric of ``carry`` (the claim before it, unless that one
        stands in a relative clause of the same sentence this one is not in: "offences ... in the area,
        which serves two million people, compared to 179,496" carries offences, not people). A count of
        victims of all crime is its own measure, but the figures after it carry the total it stood
        beside (``beside``: "Crime fell 2%, some 1,290 victims; a figure down from 85,180 to 83,890"),
        unless they restate its change ("52,000 fewer victims; that's 1,000 fewer each week")."""
        if f.metric_hint:
            return f.metric_hint[0]
        n = f.number
        beside = {} if beside is None else beside
        carried = ext(carry, "metric") if carry is not None else None
        restates = span[-1].lower_ in self.metrics.change_counter_words  # "that's 1,000 fewer a week": victims
        if restates and prev is not None and prev.start_char in beside:
            carried = ext(prev, "metric")
        elif carry is not None and beside.get(carry.start_char) and not restates:
            carried = beside[carry.start_char]
        if self.metrics.counts_bodies(carried):
            carried = None  # "one of six forces to see crime fall. A decrease of 0.3%": the forces are no measure
        if n is None:
            return carried
        unit = ext(span, "unit")
        num = doc.char_span(n.number_start, n.end, alignment_mode="expand")
        if num is None:
            return carried
        claim_tokens = doc.char_span(n.number_start, f.end, alignment_mode="expand") or num
        seg_tok = doc.char_span(s0, n.number_start, alignment_mode="expand")
        seg_start = seg_tok.start if seg_tok is not None else num.sent.start
        left_text = self.reader.hedge(text[s0:n.number_start if n.number_start >= 0 else n.start])[1]
        if left_text.endswith(("£", "$", "€")):
            left_text = self.reader.hedge(left_text[:-1])[1]
        near_prev = prev is not None and "\n" not in text[prev.end_char:n.number_start]
        metric, how = self.metrics.read(doc, num, claim_tokens, unit, place_tokens, seg_start,
                                        f.rule_id, same_seg, left_text, near_prev)
        if metric is None and unit == "rate" and carried:
            return carried
        if metric is None and unit == "count" and self.metrics.total_measure(carried):
            # "Recorded crime fell 2%, the equivalent of 1,400 victims": victims of all crime
            metric = self.metrics.counted_people(doc, claim_tokens, place_tokens)
            how = "people" if metric else how
        if unit == "count" and self.metrics.total_measure(metric or carried):
            # "Crime fell 3.5%, with 6,351 fewer offences": the total's change counted in its own words
            restated = self.metrics.restated_total(doc, claim_tokens, place_tokens)
            if restated:
                metric, how = restated, "people"
        if how == "people":
            beside[span.start_char] = carried if self.metrics.total_measure(carried) else None
        if unit == "count" and how != "people":
            # "recorded 212,400 calls for service and 48,300 crimes", "Crime fell 6%, or 2,900 fewer offences
            # with falls in theft": a count's own count noun beside no offence measure, a bare counter or a
            # total's change it restates is its measure (``keeps_own_count``); only over a carried or total
            # metric: a noun its own clause names stays ("bakeries (41 offences)")
            own = self.metrics.own_count(doc, claim_tokens, place_tokens)
            if own and (metric is None or self.metrics.total_measure(metric)) \
                    and self.metrics.keeps_own_count(metric or carried, claim_tokens, left_text, own):
                metric = self.metrics.without_direction(own)
        if self.target_of_re.search(left_text):  # "burglaries fell against a target of 810": the burglaries target
            named = metric or carried
            return "target" if not named else named if named.lower().endswith("target") else f"{named} target"
        return metric or carried

    def _periods(self, doc: Doc, text: str, span: Span, figure: Figure, figures: list[Figure], s0: int, s1: int,
                 ref: Span | None, head_ref: Span | None, head_duration: bool, prev: Span | None, prev_compared: bool,
                 base_of: dict[tuple[Any, Any], tuple[Any, Any]],
                 release_base: Span | None,
                 implied: tuple[str, str] | None = None) -> tuple[str | None, str | None, Any, bool]:
        """Period and baseline from the claim's own clause (``PeriodLinker.link``); without a period
        there, the period of the claim it continues in the same sentence, else the release's reference
        period (in the headline: the headline's own period, else the release's, unless the headline
        gives a duration of its own: "doubled in a year" dates nothing). A change with no baseline in
        its clause takes the same period a year earlier when the release names it, else the first
        baseline stated for its period, else the release's first baseline; a
        figure compared against ("down from 2,290") is about a baseline. A release that dates no period
        of its own but compares against a year reports the year after it (``implied``). Returns the ids of the rules that set the period and the baseline
        (``rule_ids.yaml``), the baseline dates the clause states (or None), and whether the claim
        is a figure compared against."""
        u = span._
        here = self.links.periods_in(doc, s0, s1)
        period, baseline, compared = self.links.link(doc, text, span, figure, here, s0, figures)
        start, end = (ext(period, "start"), ext(period, "end")) if period is not None else (None, None)
        period_rule = baseline_rule = None
        if period is not None:
            period_rule = PERIOD_CLAUSE
            if compared and self.links.loose(period) and ref is not None:
                # "compared to 94 last year" in a release on 2018/19 that names 2017/18: the year before it
                known = self.links.year_before(doc, ext(ref, "start"), ext(ref, "end"))
                # ... when the loose words are near it ("against 40 ten years ago" keeps its own year)
                if known is not None and (self.links.overlaps(period, known)
                                          or self.links.overlaps(period, (ext(ref, "start"), ext(ref, "end")))):
                    start, end = known
                    period_rule = PERIOD_LOOSE
            elif not compared and self.links.reported_in_year(doc, period, ref):
                # "812 thefts in 2024" in a release on January to May 2024: the months of it reported
                start, end = ext(ref, "start"), ext(ref, "end")
                period_rule = PERIOD_REPORTED
        elif compared:
            beside = prev if prev is not None and prev.start_char >= s0 else None
            ref_dates = (ext(ref, "start"), ext(ref, "end")) if ref is not None else (None, None)
            known = (beside is not None
                     and self.links.year_before(doc, ext(beside, "period_start"), ext(beside, "period_end"))) \
                or (ref is not None and self.links.year_before(doc, *ref_dates)) \
                or next(iter(base_of.values()), None) \
                or self.links.baseline_dates(release_base, *ref_dates, own_clause=False)
            if known:
                start, end = known
                period_rule = PERIOD_COMPARED
            elif beside is not None and ext(beside, "period_start"):
                # a release that compares against no other time compares places or groups: "7 per
                # 1,000 households compared to 10 nationally" is the same period as the figure beside it
                start, end = ext(beside, "period_start"), ext(beside, "period_end")
                period_rule = PERIOD_CARRIED
        else:
            if is_headline(span):
                fallback = None if head_duration else head_ref or ref
                fallback_rule = PERIOD_HEADLINE if fallback is head_ref else PERIOD_REFERENCE
            else:
                fallback, fallback_rule = ref, PERIOD_REFERENCE
                if prev is not None and prev.start_char >= s0 and ext(prev, "period_start") and not prev_compared:
                    start, end = ext(prev, "period_start"), ext(prev, "period_end")
                    fallback, period_rule = None, PERIOD_CARRIED
            if fallback is not None:
                start, end = ext(fallback, "start"), ext(fallback, "end")
                period_rule = fallback_rule
            elif period_rule is None and implied is not None and not (is_headline(span) and head_duration):
                start, end = implied
                period_rule = PERIOD_REFERENCE
        if start is not None or end is not None:
            u.period_start, u.period_end = start, end
        else:
            period_rule = None
        # "the previous year" is the year before the claim's own period, whatever the period rules anchored it on
        stated = self.links.baseline_dates(baseline, start, end)
        if compared and period is not None:
            stated = (start, end)  # "compared with 131 in 2018": 2018 is what the release compares against
        elif stated is None and u.kind == "change" and self.links.year_on_year(text, figure, s0, s1):
            stated = year_earlier(start, end)  # "up 12% year on year": its own period a year back
        if u.kind != "change":
            return period_rule, baseline_rule, stated, compared
        # a change is never measured against its own period ("up 7% in 2022, less than last year's
        # 12.5%" where "last year" is 2022): such a baseline is passed over
        usual = self.links.year_before(doc, start, end)
        options = [(stated, BASELINE_CLAUSE),
                   (usual, BASELINE_YEAR_BEFORE), (base_of.get((start, end)), BASELINE_CARRIED),
                   (self.links.baseline_dates(release_base, start, end, own_clause=False), BASELINE_RELEASE)]
        if baseline is not None and usual is not None and self.links.loose(baseline) \
                and (self.links.overlaps(baseline, usual) or self.links.overlaps(baseline, (start, end))) \
                and str(ext(baseline, "end"))[:10] >= str(start)[:10]:
            # "a 2.3% decrease on last year" for April 2004 to January 2005: loose words for the
            # year before mean the same months a year earlier when the release names them and they share
            # a day with those months or the claim's ("than ten years ago" is no year before), and the year
            # they name does not end before the claim's period starts (then it cannot be the earlier time);
            # a calendar year that ends first is the year the words name (guide: "last year" is a calendar
            # year): "up 44.5% on last year" for April to September 2015 is against 2014
            options.insert(0, (usual, BASELINE_YEAR_BEFORE))
        for dates, rule in options:
            if dates is not None and tuple(dates) != (start, end):
                u.baseline_start, u.baseline_end = dates
                baseline_rule = rule
                break
        return period_rule, baseline_rule, stated, compared


def _figures_by_segment(figures: list[Figure], segs: list[int], length: int) -> dict[tuple[int, int], list[Figure]]:
    """Each segment's figures in order (``_segment_of``'s keys), read once: a table of 10,000 figures is
    one segment, and each figure reads its segment's."""
    out: dict[tuple[int, int], list[Figure]] = {}
    for g in figures:
        seg = _segment_of(segs, g.start, length)
        if seg[0] <= g.start < seg[1]:
            out.setdefault(seg, []).append(g)
    return out


def _plural_noun_after(doc: Doc, span: Span) -> bool:
    """The token right after ``span`` is a plural noun: the figure counts something of its own."""
    return span.end < len(doc) and doc[span.end].tag_ == "NNS"


_RATE_REACH = 60  # characters: a rate carries to a figure compared with it this close after
