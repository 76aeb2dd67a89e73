"""The claims component: every statistical claim of a release, with its fields.

``__call__`` is ``match()`` (numbers found by regex over the text, judged by
their context) then ``set_annotations()`` (metric, area, source, quote and
periods, carried from the claim before where the sentence says nothing).
All words and patterns are data: ``rules/claims.yaml`` and ``rules/places.yaml``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from .area import AreaReader, Place
from .context import ContextReader
from .line_tables import Cell, LineTables
from .links import Figure, PeriodLinker, SourceReader, periods_in, quote_for
from .metric import MetricReader
from .numbers import Number, NumberFinder, alternation, quantulum_value
from .provenance import (BASELINE_CARRIED, BASELINE_CLAUSE, BASELINE_RELEASE, BASELINE_TABLE_COLUMN,
                         BASELINE_YEAR_BEFORE, PERIOD_CARRIED, PERIOD_CLAUSE,
                         PERIOD_COMPARED, PERIOD_HEADLINE, PERIOD_REFERENCE, PERIOD_TABLE_COLUMN, because,
                         finding_rule)
from ...extensions import CLAIMS, is_headline
from ..base import RuleComponent, RuleError, check_unique_ids

RULE_SECTIONS = frozenset({
    "number_words", "one_words", "scales", "fractions", "half_words", "one_in_pattern", "multipliers", "units",
    "currency_symbols", "currency_words", "times_ratio_after", "rate_tail", "rate_head", "hedges", "direction", "level_cues",
    "continuation_cues", "increase_prefixes", "distractors", "phone_numbers", "phone_line_after", "phone_line_before", "phone_line_heads", "phone_pattern", "year_pattern",
    "sources", "source_acronym", "source_dispute", "source_stop", "source_names", "metric", "area", "places", "coordination_pattern",
    "period_links", "rate_bracket", "line_distractors", "other_metric", "points_tail", "points_context",
    "ratio_words", "ratio_words_after", "currency_word_refuse_right", "line_tables", "one_in_rate_after", "one_after", "rate_lead_in", "rate_lead_in_attached",
})
_BE = {"is", "are", "was", "were", "be", "been", "being", "go", "goes", "went", "gone", "going", "come", "came",
       "remain", "remains", "remained", "stay", "stays", "stayed", "'s", "'re"}
_LEAD_VERBS = {"remain", "remains", "remained", "continue", "continues", "continued", "stay", "stays", "stayed",
               "have", "has", "had", "are", "is", "was", "were"}


@dataclass
class Found:
    """A claim before its span exists: offsets and the fields read so far."""

    start: int
    end: int
    number: Number | None
    kind: str
    direction: str | None
    approx: str | None
    rule_id: str
    metric_hint: list[str] = field(default_factory=list)  # headline claims: metric given by the cue
    metric_head: int | None = None                        # char offset of a token whose phrase is the metric
    implied: str | None = None                            # a level's direction ("down from 239") for "or 30%"
    cell: Cell | None = None                              # a figure of a table written as lines: its row and column


class ClaimsComponent(RuleComponent):
    """Finds statistical claims; writes ``doc.spans["claims"]`` sorted by start."""

    rule_keys = RULE_SECTIONS

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        rules: dict[str, Any] | None = None,
        places: dict[str, Any] | None = None,
    ) -> None:
        """Load the rules and the gazetteer (both read from YAML by the config)."""
        data = dict(rules or {})
        data["places"] = places or data.get("places") or {}
        self.set_rules(data)

    def _compile(self) -> None:
        validate_rules(self.rules)
        self.finder = NumberFinder(self.rules)
        self.reader = ContextReader(self.rules)
        self.metrics = MetricReader(self.rules)
        self.areas = AreaReader(self.rules, self.rules.get("places", {}))
        self.sources = SourceReader(self.rules)
        self.links = PeriodLinker(self.rules)
        self.tables = LineTables(self.rules)
        self.coordination_re = re.compile(self.rules.get("coordination_pattern", r"^\s*(?:,|,?\s+and)\s+$"), re.I)
        d = self.rules.get("direction", {})
        self.stable_words = {w.lower() for w in d.get("stable", [])}
        self.headline_dir = {**self.reader.verb_dir, **self.reader.noun_dir}
        self.half_ok_left = re.compile(r"\b(?:the|first|second|last|a|and\s+a|one)\s+$", re.I)
        self.by_left = re.compile(r"\bby\s+(?:(?:a|an)\s+[\w-]+\s+)?$", re.I)
        self.relative_dir = {w.lower(): k for k, ws in d.get("relative_verbs", {}).items() for w in ws}
        self.headline_phrases = [(re.compile(r"\b" + re.escape(p) + r"\b", re.I), k)
                                 for k, ps in d.get("headline_phrases", {}).items() for p in ps]
        self.headline_phrases += [(re.compile(p, re.I), k)
                                  for k, ps in d.get("headline_patterns", {}).items() for p in ps]
        # "rates for arson (10.8 or 7,500 incidents)": a bare figure in brackets after a rate is a rate
        self.rate_bracket_re = re.compile(self.rules["rate_bracket"], re.I) if self.rules.get("rate_bracket") else None
        self.bracket_close_re = re.compile(r"^\s*(?:\)|or\b)")
        self.rate_lead_re = re.compile(self.rules.get("rate_lead_in", r"(?!x)x"), re.I)
        self.rate_attached_re = re.compile(self.rules.get("rate_lead_in_attached", r"(?!x)x"), re.I)
        self.points_re = re.compile(self.rules.get("points_tail", r"(?!x)x"), re.I)
        self.points_context_re = re.compile(self.rules.get("points_context", r"(?!x)x"), re.I)
        nouns = self.rules.get("metric", {}).get("count_nouns", [])
        # "10.8 or 7,500 incidents": a figure naming its own count noun takes no carried rate
        self.count_noun_re = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + alternation(nouns) + r")\b", re.I) if nouns else None

    # -- the pipe ------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not self.rules:
            doc.spans[CLAIMS] = []
            return doc
        # spaCy rebuilds doc.text from every token on each access: read it once per doc
        text = doc.text
        segs = _segments(doc, text)
        places = self.areas.places(doc, doc._.release_area, text)
        self.metrics.begin(doc)
        try:
            found = self.match(doc, text=text, segs=segs, places=places)
            self.set_annotations(doc, found, text=text, segs=segs, places=places)
        finally:
            self.metrics.begin(None)  # keep no reference to the doc
        return doc

    def match(self, doc: Doc, *, text: str | None = None, segs: list[int] | None = None,
              places: list[Place] | None = None) -> list[Found]:
        """Numbers that are claims, with kind, direction and hedge; then headline directions.
        ``text``, ``segs`` and ``places`` are the doc's, passed in by ``__call__`` so they are
        computed once per doc."""
        text = doc.text if text is None else text
        segs = _segments(doc, text) if segs is None else segs
        phones = self.finder.phone_spans(text)
        cells = self.tables.cells(text)
        found: list[Found] = []
        for n in self.finder.find(text):
            if any(s <= n.number_start < e for s, e in phones):
                continue
            s0, s1 = _segment_of(segs, n.start, len(text))
            left, right = text[s0:n.start], text[n.end:s1]
            if (cell := cells.get(n.start)) is not None:
                found.append(_table_cell(n, cell))
                continue
            if self.reader.distractor(left, right):
                continue
            if self._line_distractor(text, n):
                continue
            if not self._plausible(doc, n, left, right):
                continue
            if n.bare and n.unit == "count" and (pts := self._points(text, n, right, s0, s1)) is not None:
                n, right = pts, text[pts.end:s1]
            if n.bare and n.unit == "count" and self._rate_lead_in(left):
                n = replace(n, unit="rate", bare=False, rule_id="num_rate_lead_in")
            if n.bare and n.unit == "count" and self._rate_in_brackets(left, right):
                n = replace(n, unit="rate", bare=False, rule_id="num_rate_bracket")
            r = self.reader.read(left, right, own_direction=n.direction, unit=n.unit)
            if r.unit is not None:  # "44 - the percentage increase in ..."
                n = replace(n, unit=r.unit, bare=False)
            kind, direction, approx, rid = r.kind, r.direction, r.approx, r.rule_id
            prev = found[-1] if found else None
            prev_change = prev is not None and prev.kind == "change" and prev.number is not None
            if prev is not None and prev.number is not None and prev.number.rule_id.endswith("_range") \
                    and self.finder.range_mid_re.fullmatch(text[prev.number.end:n.number_start]):
                # "between three and five percent": the range's second figure reads like its first
                kind, direction, approx, rid = prev.kind, prev.direction, prev.approx, "dir_range"
            elif kind == "continue":
                near = prev is not None and n.start - prev.end < 400
                if near and prev_change and (n.unit != "rate" or prev.number.unit == "rate"):
                    # "a decrease of 5%, equivalent to 820 crimes per 10,000": a rate restates no change
                    kind, direction = "change", prev.direction
                elif near and prev.implied:  # "down from 239, or 30 per cent"
                    kind, direction = "change", prev.implied
                else:
                    kind, direction = "level", None
            elif kind == "trend":  # "ahead of the 3% national trend": the comparison's direction
                if prev_change and prev.start >= s0:
                    kind, direction = "change", prev.direction
                else:
                    kind, direction = "level", None
            elif kind == "level" and not n.signed and prev_change and self._coordinated(text, prev, n):
                kind, direction, rid = "change", prev.direction, "dir_coordinated"
            elif kind == "level" and not n.signed and (carried := self._carried(text, found, n, left, s0)):
                kind, (direction, rid) = "change", carried
            elif kind == "level" and not n.signed and self.reader.restated(left, right) \
                    and (earlier := _restated_change(found, n)) is not None:
                kind, direction, rid = "change", earlier.direction, "dir_restated"
            elif kind == "level" and not n.signed:
                how = self._parse_direction(doc, text, n, left, prev if prev_change and prev.start >= s0 else None)
                if how is not None:
                    kind, (direction, rid) = "change", how
            if n.signed and kind == "level":
                kind, direction = "change", n.direction
            if n.rule_id == "num_ratio_word":  # "half the national increase": a ratio of two figures, a level
                kind, direction = "level", None
            start = s0 + r.cue_offset if r.cue_offset is not None else n.start
            f = Found(start, n.end + r.right_extra, n, kind, direction, approx, f"{n.rule_id}/{rid}")
            f.implied = r.implied if kind == "level" else None
            found.append(f)
        _headline_units(found, doc._.headline_end or 0)
        if places is None:
            places = self.areas.places(doc, doc._.release_area, text)
        found += self._headline_directions(doc, found, text, segs, places)
        found.sort(key=lambda f: f.start)
        return found

    def _line_distractor(self, text: str, n: Number) -> bool:
        """A footnote marker, list number or numbered heading: read on the figure's own line, which
        is short ("1.", "5.1 Central"); a long line (a flattened table) is never one, and is not
        scanned, so a line of thousands of figures stays linear."""
        reach = _LINE_REACH
        line0 = text.rfind("\n", max(0, n.start - reach), n.start) + 1
        if line0 == 0 and n.start > reach:
            return False
        line1 = text.find("\n", n.end, n.end + reach)
        if line1 < 0:
            if len(text) - n.end > reach:
                return False
            line1 = len(text)
        return self.reader.line_distractor(text[line0:n.start], text[n.end:line1], text[n.start:n.end]) is not None

    def _points(self, text: str, n: Number, right: str, s0: int, s1: int) -> Number | None:
        """"rose 3 points": percentage points when the sentence speaks of a percentage or a rate."""
        m = self.points_re.match(right)
        if m is None or self.points_context_re.search(text, s0, s1) is None:
            return None
        return replace(n, end=n.end + m.end(), unit="percentage_point", bare=False, rule_id="num_points")

    def _rate_lead_in(self, left: str) -> bool:
        """"Per 1,000 people, the town recorded 45 crimes": a rate's denominator stated before the
        figures of its sentence, not as the tail of an earlier figure ("62 per 1,000 people and 3,000")."""
        last = None
        for last in self.rate_lead_re.finditer(left):
            pass
        return last is not None and self.rate_attached_re.search(left, max(0, last.start() - 40),
                                                                 last.start()) is None

    def _rate_in_brackets(self, left: str, right: str) -> bool:
        """"the highest rate of burglary per 1,000 people (4.1)": a bare figure alone in brackets
        after the rate is named in its sentence (a unit stated once carries)."""
        return (self.rate_bracket_re is not None and self.reader.bracketed(left)
                and self.bracket_close_re.match(right) is not None
                and self.rate_bracket_re.search(left) is not None)

    def _carried(self, text: str, found: list[Found], n: Number, left: str, s0: int) -> tuple[str, str] | None:
        """What the context carries to a figure read as a level (the guide, "What the context
        carries"): a figure in brackets after a change word ("rises in arson (6%)"); a comparator
        of the change before it, same unit ("above the national average of 9%"); a figure listed
        after a change of the same unit ("down 8pc in Hampshire, 3pc in Sussex")."""
        bracketed = self.reader.bracketed_cue(left, text[n.end:n.end + 60])
        if bracketed is not None:
            direction, cue = bracketed
            latest = next((f for f in reversed(found) if f.start >= s0 + cue), None)
            if not (n.unit == "count" and latest is not None and latest.kind == "level"
                    and latest.number is not None and latest.number.unit == "percent"):
                return direction, "dir_bracket"
            return None  # "nearly half of all thefts (5,355)": the count of the share before it
        same = None
        for f in reversed(found):  # the latest figure of the same unit in this sentence
            if f.start < s0:
                break
            if f.number is not None and f.number.unit == n.unit:
                same = f
                break
        if same is None or same.kind != "change" or same.direction is None:
            return None
        if self.reader.comparator(left):
            return same.direction, "dir_comparator"
        # the gap starts after the change's own words: "a 26% spike for A and 13% in B"
        gap0 = max(same.number.end, same.end)
        if gap0 <= n.number_start and self.reader.listed(text[gap0:n.number_start]):
            return same.direction, "dir_listed"
        if gap0 <= n.number_start and self.reader.listed_item(text[gap0:n.number_start], text[n.end:n.end + 20]):
            return same.direction, "dir_listed_item"
        return None

    def _coordinated(self, text: str, prev: Found, n: Number) -> bool:
        """"down 14% and 7%": only a coordinator between two figures of the same unit."""
        return (prev.number.unit == n.unit and prev.number.end <= n.number_start
                and self.coordination_re.fullmatch(text[prev.number.end:n.number_start]) is not None)

    def _parse_direction(self, doc: Doc, text: str, n: Number, left: str,
                         prev: Found | None) -> tuple[str, str] | None:
        """A level by the regexes may still be a change the parse shows, far from its verb:
        "fell across all offences recorded ... by 6%" (the verb that "by" hangs on), "and of
        non-dwellings by 7%" (an elliptical clause after a change), "the 170 officers the force
        has lost" (a count a relative clause says was lost)."""
        rest = self.reader.hedge(left)[1]
        num = doc.char_span(n.number_start, n.end, alignment_mode="expand")
        if num is None:
            return None
        if self.by_left.search(rest):
            by = next((t for t in reversed(doc[max(num.start - 4, num.sent.start):num.start]) if t.lower_ == "by"), None)
            t = by
            for _ in range(8):
                if t is None or t.head.i == t.i:  # a new Token per access: compare indices
                    break
                t = t.head
                if t.lower_ in self.reader.verb_dir and t.i < by.i:
                    return self.reader.negated(text[num.sent.start_char:t.idx], self.reader.verb_dir[t.lower_]), \
                        "dir_parse_by"
                if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "xcomp", "parataxis"):
                    break
            if prev is not None and self.reader.ellipsis(left):
                return prev.direction, "dir_ellipsis"
        if n.unit == "count" and self.relative_dir:
            head = num.root.head if num.root.dep_ == "nummod" else None
            if head is not None and head.i > num.root.i:
                for c in head.children:
                    if c.dep_ == "relcl" and c.lower_ in self.relative_dir \
                            and not any(x.dep_ == "nsubj" and x.tag_ in ("WDT", "WP") for x in c.children):
                        return self.relative_dir[c.lower_], "dir_relative"
        return None

    def _plausible(self, doc: Doc, n: Number, left: str, right: str) -> bool:
        """Word forms that are claims only in some company: "half", "double"."""
        if n.rule_id == "num_half":
            hedged = self.reader.hedge(left)[0] != "exact"
            return (hedged or right.lower().startswith(" of")) and not self.half_ok_left.search(left)
        if n.rule_id.startswith("mult_"):
            tok = doc.char_span(n.start, n.end, alignment_mode="expand")
            if tok is None:
                return False
            nxt = doc[tok.end] if tok.end < len(doc) else None
            base = not tok.text.lower().endswith(("d", "s", "ing"))
            if base and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ") \
                    and nxt.ent_type_ not in ("GPE", "LOC", "DATE"):
                return False  # "a double murder"
        return True

    def _headline_directions(self, doc: Doc, found: list[Found], text: str, segs: list[int],
                             places: list[Place]) -> list[Found]:
        """In the headline only: a change without a number is a claim with a null value."""
        end = doc._.headline_end or 0
        out: list[Found] = []
        if not end:
            return out
        # headline characters already in a claim: a lookup per token, not a scan of every claim
        # (a headline holding thousands of figures made that scan quadratic)
        taken = bytearray(end)
        for f in found:
            if f.start < end:
                taken[f.start:min(f.end, end)] = b"\x01" * (min(f.end, end) - f.start)
        self._headline_places = _place_tokens(doc, places)
        for rx, direction in self.headline_phrases:  # "Burglaries on the up"
            for m in rx.finditer(text, 0, end):
                if taken[m.start()]:
                    continue
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None:
                    continue
                taken[m.start():min(m.end(), end)] = b"\x01" * (min(m.end(), end) - m.start())
                heads = self._headline_metric(doc, span[0], text, segs)
                f = Found(m.start(), m.end(), None, "change", direction, None, "headline_phrase")
                f.metric_hint = [re.sub(r"\s*" + re.escape(m.group(0)) + r".*$", "", h, flags=re.I) or h
                                 for h in heads[:1]]
                out.append(f)
        for tok in doc:
            if tok.idx >= end:
                break
            word = tok.lower_
            if taken[tok.idx]:
                continue
            if word in self.stable_words:
                direction = "none"
            elif word in self.headline_dir:
                direction = self.headline_dir[word]
                if word in ("up", "down"):
                    prev = doc[tok.i - 1] if tok.i > 0 else None
                    # "Crime is down", and headline-ese "Violence up", "Burglaries down again";
                    # not a phrasal verb ("crack down"), not "up to"
                    after_noun = (prev is not None and prev.pos_ in ("NOUN", "PROPN")
                                  and prev.lower_ not in self.reader.particles
                                  and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("to", "on")))
                    if prev is None or not (prev.lower_ in _BE or after_noun):
                        continue
            else:
                continue
            if tok.pos_ in ("ADP",) and word not in ("up", "down"):
                continue
            start = tok.idx
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.lower_ in _LEAD_VERBS:
                start = prev.idx
            elif prev is not None and prev.lower_ == "to" and tok.i > 1 and doc[tok.i - 2].lower_ in _LEAD_VERBS:
                start = doc[tok.i - 2].idx
            if prev is not None and prev.lower_ in ("a", "an") and tok.pos_ == "NOUN":
                start = prev.idx
            stop = tok.idx + len(tok.text)
            heads = self._headline_metric(doc, tok, text, segs)
            for metric in heads or [None]:
                f_start, f_stop = start, stop
                if len(heads) > 1 and metric:
                    # one span per conjunct: extension values are keyed by offsets, so spans must differ
                    at = text.rfind(metric, 0, tok.idx)
                    after = text.find(metric, stop, end)
                    if at >= 0:
                        f_start = at
                    elif after >= 0:  # "fall in burglary and violence": each span runs to its conjunct
                        f_stop = after + len(metric)
                f = Found(f_start, f_stop, None, "change", direction, None, "headline_direction")
                if metric:
                    f.metric_hint = [metric]
                out.append(f)
        return out

    def _headline_metric(self, doc: Doc, tok: Any, text: str, segs: list[int]) -> list[str]:
        """The thing said to rise or fall, one per conjunct ("Burglary & robbery fall")."""
        head = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                objs = [o for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in ("GPE", "LOC")
                        and not self.areas.gaz_re.fullmatch(o.text) and o.idx < (doc._.headline_end or len(text))]
                if objs:
                    head = objs[0]
                    break
        if head is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "in":
            words = self._words_after(doc, tok.i + 2, doc._.headline_end or 0)
            if words:  # the parse lost the object ("Big fall in burglary level and violence")
                parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+|,\s+", words) if p.strip()]
                parts = [p for p in parts if not self.areas.gaz_re.fullmatch(p)]  # "falls in Kent": a place
                if parts:
                    return parts
        noun = tok.head if tok.dep_ == "amod" else next(
            (c for c in tok.rights if c.dep_ == "dobj" and tok.lower_.endswith("ing")), None)
        if head is None and noun is not None and noun.i > tok.i and noun.pos_ in ("NOUN", "PROPN") \
                and noun.idx < (doc._.headline_end or len(text)):
            # a participle before its noun (parsed as its modifier or its object): "worsening crime
            # statistics", "rising burglary"
            phrase = self.metrics.phrase(noun) or ""
            phrase = re.sub(r"^.*?\b" + re.escape(tok.text) + r"\s+", "", phrase, count=1)
            if phrase:
                return [phrase]
        if head is None and tok.pos_ == "NOUN":
            mods = [c for c in tok.lefts if c.dep_ in ("nmod", "compound", "nsubj")]
            head = mods[0] if mods else None
        if head is None and tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.i == tok.i + 1:
            words = self._words_after(doc, tok.i + 1, doc._.headline_end or 0)
            if words:  # a slug title drops the "in": "Significant reduction crime across the county"
                return [words]
        if head is None:
            s0, _ = _segment_of(segs, tok.idx, len(text))
            seg = doc.char_span(s0, tok.idx, alignment_mode="expand")
            seg_start = seg.start if seg is not None else tok.sent.start
            head = self.metrics.left_subject(doc, seg_start, doc[tok.i:tok.i + 1], self._headline_places)
        if head is None:
            return []
        phrase = self.metrics.phrase(head)
        if not phrase:
            return []
        if not re.search(r"\b(?:of|from|against)\b", phrase):
            parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+|,\s+", phrase) if p.strip()]
            if len(parts) > 1:
                return parts
        return [phrase]

    @staticmethod
    def _words_after(doc: Doc, i: int, end: int) -> str:
        """The noun phrase words from token ``i`` on, up to a verb, a place, a break or the headline end."""
        toks = []
        while i < len(doc) and doc[i].idx < end:
            t = doc[i]
            if t.is_space or t.ent_type_ in ("GPE", "LOC", "DATE") or not (
                    t.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") or t.text in ("&", "-")):
                break
            toks.append(t)
            if "\n" in t.whitespace_:
                break
            i += 1
        while toks and toks[-1].pos_ == "CCONJ":
            toks.pop()
        return "".join(t.text_with_ws for t in toks).strip()

    # -- fields ------------------------------------------------------------------
    def set_annotations(self, doc: Doc, found: list[Found], *, text: str | None = None,
                        segs: list[int] | None = None, places: list[Place] | None = None) -> None:
        """Make the spans and fill metric, area, source, quote, period and baseline."""
        text = doc.text if text is None else text
        segs = _segments(doc, text) if segs is None else segs
        places = self.areas.places(doc, doc._.release_area, text) if places is None else places
        release_area = self.areas.release_area(doc, places, doc._.release_area)
        place_tokens = _place_tokens(doc, places)
        ref_period = self.links.reference_period(doc, text)
        head_period = self.links.headline_period(doc, text)
        head_duration = self.links.headline_duration_stated(text[:doc._.headline_end or 0])
        figures = [Figure(f.number.number_start if f.number is not None and f.number.number_start >= 0 else f.start,
                          f.end, f.kind) for f in found]
        self.metrics.figure_starts = sorted(g.start for g in figures)  # which sentences state a figure
        sources: dict[tuple[int, int], tuple[str, int] | None] = {}  # per segment: many figures share one line
        spans: list[Span] = []
        prev: Span | None = None
        outer: Span | None = None  # the last claim outside a relative clause: what a later figure carries
        release_base = self.links.release_baseline(doc, text)
        implied = self.links.year_after(release_base) if ref_period is None else None
        base_of: dict[tuple[Any, Any], tuple[Any, Any]] = {}  # period -> the first baseline stated for it
        prev_compared = False
        leads: dict[int, str | None] = {}  # per line: the place its first sentence is about
        for f, figure in zip(found, figures):
            span = doc.char_span(f.start, f.end, label="CLAIM", alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
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
                if n.bare and unit == "count" and same_seg and prev._.unit == "rate" and not (
                        self.count_noun_re is not None and self.count_noun_re.match(text, n.end)):
                    unit = "rate"
                span._.value = float(value)
                span._.unit = unit
            span._.kind = f.kind
            span._.direction = f.direction if f.kind == "change" else None
            span._.approx = f.approx
            span._.rule_id = finding_rule(f.rule_id)
            rel = _relative_clause(span)
            carry = prev
            if prev is not None and outer is not None and prev.sent.start == span.sent.start \
                    and _relative_clause(prev) not in (None, rel):
                carry = outer
            span._.metric = self._metric(doc, text, span, f, place_tokens, prev, s0, same_seg, carry)
            outer = span if rel is None else outer
            span._.area = self.areas.area_for(text, places, figure.start, f.end, (s0, s1), release_area,
                                              self._lead(text, segs, places, figures, f.start, leads))
            qid, speaker = quote_for(doc, span)
            span._.quote_id = qid
            if not speaker and (s0, s1) not in sources:
                sources[(s0, s1)] = self.sources.read_at(text[s0:s1])
            named = sources.get((s0, s1))
            if named and self.sources.disputed(text[s0:s1], named[1], f.start - s0):
                named = None  # the text's own figure, set against the producer's
            span._.source = self.sources.canonical(speaker) or (named[0] if named else None)
            seg_figures = [g for g in figures if s0 <= g.start < s1]
            how = self._periods(doc, text, span, figure, seg_figures, s0, s1, ref_period, head_period, head_duration,
                                prev, prev_compared, base_of, release_base, implied)
            if f.cell is not None:
                how = (*self._table_fields(doc, text, span, f.cell, places, how[:2]), *how[2:])
            if how[2] is not None and how[2] != (span._.period_start, span._.period_end):
                base_of.setdefault((span._.period_start, span._.period_end), how[2])
            span._.because = because(f.rule_id, f.approx, how[0], how[1])
            spans.append(span)
            prev, prev_compared = span, how[3]
        doc.spans[CLAIMS] = sorted(spans, key=lambda s: (s.start_char, s.end_char))

    def _table_fields(self, doc: Doc, text: str, span: Span, cell: Cell, places: list[Place],
                      rules: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
        """A table cell is about its row and its column (``line_tables.py``): a row label naming a
        place is its area, one naming an offence its metric, the table's title gives what the label
        leaves open; its period column its period; a change runs from the earlier of the first two
        period columns (its baseline) to the later (its period).
        What the table does not say keeps the clause's reading. Returns the period and baseline rules."""
        label = text[cell.label[0]:cell.label[1]] if cell.label is not None else None
        label_places, title_places = _places_in(places, cell.label), _places_in(places, cell.title)
        if cell.title is not None and not title_places and text[cell.title[0]:cell.title[1]].isupper():
            # a title in capitals ("RECORDED CRIME WALES"): its places as the gazetteer writes them
            at, words = cell.title[0], text[cell.title[0]:cell.title[1]].title()
            title_places = [Place(at + m.start(), at + m.end(), self.areas.nicknames.get(m.group(0).lower(), m.group(0)))
                            for m in self.areas.gaz_re.finditer(words)]
        rows = cell.rows
        if label is None or self.tables.is_total(label):
            rows = None
        elif rows is None:
            rows = "area" if label_places else "metric"
        if rows == "area":
            whole = label_places and (label_places[0].start, label_places[0].end) == cell.label
            span._.area = label_places[0].name if whole else label
        elif title_places:
            span._.area = title_places[0].name
        if rows == "metric":
            span._.metric = label
        elif cell.title is not None:
            dates = [(p.start_char, p.end_char) for p in periods_in(doc, *cell.title)]
            span._.metric = self.tables.title_metric(
                text, cell.title, [(p.start, p.end) for p in title_places] + dates) or span._.metric
        period_rule, baseline_rule = rules
        period = _column_period(doc, cell.period)
        baseline = _column_period(doc, cell.baseline) if span._.kind == "change" else None
        if period is not None and baseline is not None and period[1] < baseline[0]:
            period, baseline = baseline, period  # "2016/17 2017/18 Change": the change runs to the later column
        if period is not None:
            span._.period_start, span._.period_end = period
            period_rule = PERIOD_TABLE_COLUMN
        if baseline is not None:
            span._.baseline_start, span._.baseline_end = baseline
            baseline_rule = BASELINE_TABLE_COLUMN
        return period_rule, baseline_rule

    def _lead(self, text: str, segs: list[int], places: list[Place], figures: list[Figure], pos: int,
              leads: dict[int, str | None]) -> str | None:
        """The place the paragraph (line) holding ``pos`` leads with, for a figure after its first sentence."""
        line0 = text.rfind("\n", 0, pos) + 1
        first = _segment_of(segs, line0, len(text))
        if pos < first[1]:
            return None
        if line0 not in leads:
            fig = next(((g.start, g.end) for g in figures if first[0] <= g.start < first[1]), None)
            leads[line0] = self.areas.lead(text, places, first, fig)
        return leads[line0]

    def _metric(self, doc: Doc, text: str, span: Span, f: Found, place_tokens: set[int], prev: Span | None,
                s0: int, same_seg: bool, carry: Span | None = None) -> str | None:
        """The claim's metric as read, else the metric of ``carry`` (the claim before it, unless that one
        stands in a relative clause of the same sentence this one is not in: "offences ... in the area,
        which serves two million people, compared to 179,496" carries offences, not people)."""
        if f.metric_hint:
            return f.metric_hint[0]
        n = f.number
        carried = carry._.metric if carry is not None else None
        if n is None:
            return carried
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
        metric, _how = self.metrics.read(doc, num, claim_tokens, span._.unit, place_tokens, seg_start,
                                         f.rule_id, same_seg, left_text, near_prev)
        if metric is None and span._.unit == "rate" and carried:
            return carried
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
        here = periods_in(doc, s0, s1)
        period, baseline, compared = self.links.link(doc, text, span, figure, here, s0, figures)
        start, end = (period._.start, period._.end) if period is not None else (None, None)
        period_rule = baseline_rule = None
        stated = (baseline._.start, baseline._.end) if baseline is not None else None
        if period is not None:
            period_rule = PERIOD_CLAUSE
        elif compared:
            beside = prev if prev is not None and prev.start_char >= s0 else None
            known = (beside is not None and self.links.year_before(doc, beside._.period_start, beside._.period_end)) \
                or (ref is not None and self.links.year_before(doc, ref._.start, ref._.end)) \
                or next(iter(base_of.values()), None) \
                or ((release_base._.start, release_base._.end) if release_base is not None else None)
            if known:
                start, end = known
                period_rule = PERIOD_COMPARED
            elif beside is not None and beside._.period_start:
                # a release that compares against no other time compares places or groups: "7 per
                # 1,000 households compared to 10 nationally" is the same period as the figure beside it
                start, end = beside._.period_start, beside._.period_end
                period_rule = PERIOD_CARRIED
        else:
            if is_headline(span):
                fallback = None if head_duration else head_ref or ref
                fallback_rule = PERIOD_HEADLINE if fallback is head_ref else PERIOD_REFERENCE
            else:
                fallback, fallback_rule = ref, PERIOD_REFERENCE
                if prev is not None and prev.start_char >= s0 and prev._.period_start and not prev_compared:
                    start, end = prev._.period_start, prev._.period_end
                    fallback, period_rule = None, PERIOD_CARRIED
            if fallback is not None:
                start, end = fallback._.start, fallback._.end
                period_rule = fallback_rule
            elif period_rule is None and implied is not None and not (is_headline(span) and head_duration):
                start, end = implied
                period_rule = PERIOD_REFERENCE
        if start is not None or end is not None:
            span._.period_start, span._.period_end = start, end
        else:
            period_rule = None
        if compared and period is not None:
            stated = (start, end)  # "compared with 131 in 2018": 2018 is what the release compares against
        if span._.kind != "change":
            return period_rule, baseline_rule, stated, compared
        # a change is never measured against its own period ("up 7% in 2022, less than last year's
        # 12.5%" where "last year" is 2022): such a baseline is passed over
        usual = self.links.year_before(doc, start, end)
        options = [((baseline._.start, baseline._.end) if baseline is not None else None, BASELINE_CLAUSE),
                   (usual, BASELINE_YEAR_BEFORE), (base_of.get((start, end)), BASELINE_CARRIED),
                   ((release_base._.start, release_base._.end) if release_base is not None else None,
                    BASELINE_RELEASE)]
        if baseline is not None and usual is not None and self.links.loose(baseline):
            # "a 2.3% decrease on last year" for April 2004 to January 2005: loose words for the
            # year before mean the same months a year earlier when the release names them
            options.insert(0, (usual, BASELINE_YEAR_BEFORE))
        for dates, rule in options:
            if dates is not None and tuple(dates) != (start, end):
                span._.baseline_start, span._.baseline_end = dates
                baseline_rule = rule
                break
        return period_rule, baseline_rule, stated, compared


_LINE_REACH = 300  # characters: a line longer than this on either side of a figure is no marker line


def _table_cell(n: Number, cell: Cell) -> Found:
    """A figure of a table written as lines is what its column says (``line_tables.py``): a level, or a
    change whose sign gives the direction (unsigned: an increase; nought: no change)."""
    unit = cell.unit or n.unit
    if cell.kind == "level":
        direction = None
    elif n.signed:
        direction = n.direction
    else:
        direction = "none" if n.value == 0 else "increase"
    rid = "num_table_cell/" + ("level" if cell.kind == "level" else "dir_table_column")
    f = Found(n.start, n.end, replace(n, unit=unit, bare=False), cell.kind, direction, "exact", rid)
    f.cell = cell
    return f


def _places_in(places: list[Place], where: tuple[int, int] | None) -> list[Place]:
    """The places named inside a character range (a table's row label or title)."""
    return [p for p in places if where is not None and where[0] <= p.start and p.end <= where[1]]


def _column_period(doc: Doc, column: tuple[int, int] | None) -> tuple[str, str] | None:
    """The dates of the period a table's header column names ("Dec 2013", "Year to March 2014")."""
    if column is None:
        return None
    for p in doc.spans["periods"] if "periods" in doc.spans else []:
        if p.start_char < column[1] and column[0] < p.end_char and p._.start and p._.end:
            return p._.start, p._.end
    return None


def _headline_units(found: list[Found], headline_end: int) -> None:
    """A headline change without a unit ("crime rates drop by 8", a title that lost its "%") takes
    the unit of the body's change it states: same direction, the same value to rounding."""
    body = [f for f in found if f.start >= headline_end and f.kind == "change" and f.number is not None
            and f.number.unit in ("percent", "percentage_point")]
    for f in found:
        n = f.number
        if f.start >= headline_end or n is None or f.kind != "change" or not n.bare or n.unit != "count":
            continue
        twin = next((b for b in body if b.direction == f.direction and abs(b.number.value - n.value) <= 0.5), None)
        if twin is not None:
            f.number = replace(n, unit=twin.number.unit, bare=False, rule_id="num_headline_body_unit")


def _restated_change(found: list[Found], n: Number) -> Found | None:
    """The latest change before ``n`` with its value and unit: what "the 5% figure" restates."""
    for f in reversed(found):
        if f.kind == "change" and f.number is not None and f.number.unit == n.unit \
                and abs(f.number.value - n.value) <= 1e-9 * max(1.0, abs(n.value)):
            return f
    return None


def _segments(doc: Doc, text: str) -> list[int]:
    """Start offsets of sentences and lines: a claim's context never crosses them."""
    starts = {0}
    for sent in doc.sents:
        starts.add(sent.start_char)
    for m in re.finditer(r"\n+", text):
        starts.add(m.end())
    if doc._.headline_end:
        starts.add(doc._.headline_end)
    return sorted(starts)


def _relative_clause(span: Span) -> int | None:
    """The index of the relative clause (its verb) the claim's figure stands in, or None."""
    t = span.root
    for _ in range(12):
        if t.dep_ == "relcl":
            return t.i
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _segment_of(segs: list[int], pos: int, length: int) -> tuple[int, int]:
    i = bisect.bisect_right(segs, pos) - 1
    start = segs[max(i, 0)]
    end = segs[i + 1] if i + 1 < len(segs) else length
    return start, end


def _place_tokens(doc: Doc, places: list[Place]) -> set[int]:
    out: set[int] = set()
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def validate_rules(rules: dict[str, Any]) -> None:
    """Reject malformed rule data early, naming the rule."""
    if not rules:
        return
    check_unique_ids(rules.get("distractors", []) + rules.get("line_distractors", []), "claims.yaml distractors")
    check_unique_ids(rules.get("multipliers", []), "claims.yaml multipliers")
    check_unique_ids(rules.get("sources", []), "claims.yaml sources")
    for rule in rules.get("distractors", []):
        if not (rule.get("left") or rule.get("right")):
            raise RuleError(f"claims.yaml distractor {rule['id']!r} has neither left nor right")
        for key in ("left", "right"):
            if rule.get(key):
                try:
                    re.compile(rule[key])
                except re.error as err:
                    raise RuleError(f"claims.yaml distractor {rule['id']!r}: bad {key} regex: {err}") from err
    for group in ("hedges",):
        for k in rules.get(group, {}):
            if k not in ("approximate", "lower_bound", "upper_bound"):
                raise RuleError(f"claims.yaml {group}: unknown class {k!r}")


@Language.factory("crime_claims_claims", assigns=["doc.spans"], default_config={})
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp, name)
