"""The figure-finding step (``match``): every number of the text that is a claim, with its
kind, direction and hedge, read from its context (``context``), from the claim before it
(ranges, coordinated and listed figures, comparators, restatements) and from the parse
(a change far from its verb); then the headline's changes without a number (``headlines``).

``FigureFinding`` is a mixin of the component: it reads the readers and regexes that
``ClaimsComponent._compile`` sets on ``self``."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ...extensions import ext
from ..base import text_of
from .area import Place
from .headlines import _headline_units
from .models import Found
from .numbers import Number
from .segments import _segment_of, _segments
from .table_cells import _table_cell


class FigureFinding:
    """Numbers that are claims: ``match`` and the tests it makes on each figure."""

    def match(self, doc: Doc, *, text: str | None = None, segs: list[int] | None = None,
              places: list[Place] | None = None) -> list[Found]:
        """Numbers that are claims, with kind, direction and hedge; then headline directions.
        ``text``, ``segs`` and ``places`` are the doc's, passed in by ``__call__`` so they are
        computed once per doc."""
        text = text_of(doc) if text is None else text
        segs = _segments(doc, text, self.date_cut) if segs is None else segs
        phones = self.finder.phone_spans(text)
        cells = self.tables.cells(text)
        found: list[Found] = []
        for n in self.finder.find(text):
            if any(s <= n.number_start < e for s, e in phones):
                continue
            s0, s1 = _segment_of(segs, n.start, len(text))
            left, right = text[s0:n.start], text[n.end:s1]
            if n.start > s0 and text[n.start - 1].isalpha():
                left += " "  # a figure glued to its word ("down24%"): read the word as if the space were there
            if (cell := cells.get(n.start)) is not None:
                found.append(_table_cell(n, cell))
                continue
            if self.reader.distractor(left, right, text[n.start:n.end]):
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
            elif kind == "evaluative":  # "6.4 per cent worse": worse for a harm is a rise, for a service a fall
                kind, direction = "change", self.reader.evaluative_direction(direction, text[:n.start])
            elif kind == "neutral":  # "a difference of 3.7%": the change between the two levels before it
                direction = _levels_change(found, n, text[n.number_start:n.end], self.reader.neutral_reach)
                kind = "change" if direction is not None else "level"
                if direction is None:
                    rid = "level"
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
            if n.unit == "ratio":  # "half the national increase", "20 times more likely": two figures compared
                kind, direction = "level", None
            start = s0 + r.cue_offset if r.cue_offset is not None else n.start
            f = Found(start, n.end + r.right_extra, n, kind, direction, approx, f"{n.rule_id}/{rid}")
            f.implied = r.implied if kind == "level" else None
            found.append(f)
        _headline_units(found, ext(doc, "headline_end") or 0)
        if places is None:
            places = self.areas.places(doc, ext(doc, "release_area"), text)
        found += self._headline_directions(doc, found, text, segs, places)
        found.sort(key=lambda f: f.start)
        return found

    def _line_distractor(self, text: str, n: Number) -> bool:
        """A footnote marker, list number, page number or numbered heading: read on the figure's own
        line ("1.", "5.1 Central", "1. The force ..."). A line is read at most ``_LINE_REACH``
        characters either side, so a line of thousands of figures stays linear; where it is cut
        the cut is marked with ``_CUT``, which no rule's character classes hold: a rule that reads
        a whole line (a heading, a lone number) does not fit a cut side, a rule about the words
        next to the figure still does (a numbered paragraph, a page number after a paragraph's
        last sentence)."""
        reach = _LINE_REACH
        line0 = text.rfind("\n", max(0, n.start - reach), n.start) + 1
        left = text[line0:n.start] if line0 or n.start <= reach else _CUT + text[n.start - reach:n.start]
        line1 = text.find("\n", n.end, n.end + reach)
        if line1 < 0 and len(text) - n.end <= reach:
            line1 = len(text)
        right = text[n.end:line1] if line1 >= 0 else text[n.end:n.end + reach] + _CUT
        return self.reader.line_distractor(left, right, text[n.start:n.end]) is not None

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
            if n.unit == "count" and self.reader.bracket_count_pair_re.match(text[n.end:n.end + 60]):
                return None  # "a 26% increase (836 compared to 665)": the two levels of the change
            latest = next((f for f in reversed(found) if f.start >= s0 + cue), None)
            if not (n.unit == "count" and latest is not None and latest.kind == "level"
                    and latest.number is not None and latest.number.unit in ("percent", "count")):
                return direction, "dir_bracket"
            # "nearly half of all thefts (5,355)": the count of the share before it; "rose by 10% to 436
            # (404)", "the lowest number of crimes (21,332)" after "a 6% rise to 38,663": the other level
            return None
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
        if gap0 <= n.number_start and self.reader.listed(text[gap0:n.number_start], text[n.end:n.end + 20]):
            return same.direction, "dir_listed"
        if gap0 <= n.number_start and self.reader.listed_item(text[gap0:n.number_start], text[n.end:n.end + 20]):
            return same.direction, "dir_listed_item"
        return None

    def _coordinated(self, text: str, prev: Found, n: Number) -> bool:
        """"down 14% and 7%": only a coordinator between two figures of the same unit; "a drop of 8.8% and
        three respectively" pairs each figure with its own item, whatever its unit."""
        return ((prev.number.unit == n.unit or self.respectively_re.match(text[n.end:n.end + 40]) is not None)
                and prev.number.end <= n.number_start
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
        """Word forms that are claims only in some company: "half" (hedged, before "of", or after "by":
        "cut by half"), "double"."""
        if n.rule_id == "num_half":
            hedged = self.reader.hedge(left)[0] != "exact"
            by = self.half_by_left.search(left) is not None and self.half_by_refuse_right.match(right) is None
            return (hedged or by or right.lower().startswith(" of")) and not self.half_ok_left.search(left)
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


_LINE_REACH = 300  # characters of a figure's line read on either side of it
_CUT = "\x00"  # marks where a long line was cut: no line rule's pattern matches it


def _restated_change(found: list[Found], n: Number) -> Found | None:
    """The latest change before ``n`` with its value and unit: what "the 5% figure" restates."""
    for f in reversed(found):
        if f.kind == "change" and f.number is not None and f.number.unit == n.unit \
                and abs(f.number.value - n.value) <= 1e-9 * max(1.0, abs(n.value)):
            return f
    return None


def _levels_change(found: list[Found], n: Number, figure: str, reach: int) -> str | None:
    """The direction of the change between the last two levels of one unit before ``n`` (within
    ``reach`` characters), when their difference is ``n``'s value to its rounding: a percentage
    change for a percent figure, the plain difference for a count; None otherwise."""
    levels = [f for f in found if f.kind == "level" and f.number is not None and f.end <= n.start
              and n.start - f.start <= reach and f.number.unit in ("count", "currency", "rate")]
    if len(levels) < 2 or levels[-1].number.unit != levels[-2].number.unit:
        return None
    first, second = levels[-2].number.value, levels[-1].number.value
    if n.unit == "percent" and first > 0:
        gap = (second - first) / first * 100
    elif n.unit == levels[-1].number.unit:
        gap = second - first
    else:
        return None
    point = re.match(r"[\d,]*\.(\d+)", figure)
    decimals = len(point.group(1)) if point else 0
    if gap == 0 or abs(abs(gap) - n.value) > 0.5 * 10 ** -decimals + 1e-9:
        return None
    return "increase" if gap > 0 else "decrease"
