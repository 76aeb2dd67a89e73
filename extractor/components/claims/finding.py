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
        axis = self._axis_ticks(text) | self._list_items(text)
        found: list[Found] = []
        legends = self._legend_spans(text, segs)
        headed: dict[int, str | None] = {}  # line start -> the unit its list heading states
        gaps: dict[int, tuple[int, int]] = {}  # figure start -> the words before its bracket naming a period compared
        for n in self.finder.find(text):
            if any(s <= n.number_start < e for s, e in phones):
                continue
            s0, s1 = _segment_of(segs, n.start, len(text))
            left, right = text[s0:n.start], text[n.end:s1]
            if n.start > s0 and text[n.start - 1].isalpha():
                left += " "  # a figure glued to its word ("down24%"): read the word as if the space were there
            if n.number_start in axis or n.start in axis:
                continue
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
            if n.bare and n.unit == "count" and (unit := self._heading_unit(text, n, headed)) is not None:
                n = replace(n, unit=unit, bare=False, rule_id=f"num_{unit}_heading")
            if n.bare and n.unit == "count" and any(a <= n.start < b for a, b in legends) \
                    and self.reader.bracketed(left) and self.bracket_close_re.match(right):
                n = replace(n, unit="percent", bare=False, rule_id="num_percent_legend")
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
            elif kind == "level" and not n.signed and prev_change and self._dash_aside(text, prev, n, right):
                kind, direction, rid = "change", prev.direction, "dir_dash_aside"
            elif kind == "level" and not n.signed and (carried := self._carried(text, found, n, left, s0, gaps)):
                kind, (direction, rid) = "change", carried
            elif kind == "level" and not n.signed and self.reader.restated(left, right) \
                    and (earlier := _restated_change(found, n)) is not None:
                kind, direction, rid = "change", earlier.direction, "dir_restated"
            elif kind == "level" and not n.signed:
                how = self._parse_direction(doc, text, n, left, self._latest_change(text, found, s0))
                if how is not None:
                    kind, (direction, rid) = "change", how
            if n.signed and kind == "level":
                kind, direction = "change", n.direction
            if n.bare and n.unit == "count" and kind == "change" \
                    and self._percent_left_off(text, n, left, rid, r.right_extra, found, s0, s1):
                n = replace(n, unit="percent", bare=False, rule_id="num_percent_left_off")
            if n.unit == "ratio":  # "half the national increase", "20 times more likely": two figures compared
                kind, direction = "level", None
            start = s0 + r.cue_offset if r.cue_offset is not None else n.start
            f = Found(start, n.end + r.right_extra, n, kind, direction, approx, f"{n.rule_id}/{rid}")
            f.implied = r.implied if kind == "level" else None
            f.compared_gap = gaps.get(n.start) if kind == "level" else None
            found.append(f)
        self._shared_cue_after(text, found)
        _points_from_levels(found, text, segs)
        _headline_units(found, ext(doc, "headline_end") or 0)
        if places is None:
            places = self.areas.places(doc, ext(doc, "release_area"), text)
        found += self._headline_directions(doc, found, text, segs, places)
        found.sort(key=lambda f: f.start)
        return found

    def _axis_ticks(self, text: str) -> set[int]:
        """Where the ticks of a chart's axis flattened into the text start: in a run of bare numbers
        (``axis_run``), each stretch of at least five that steps evenly (a constant step, not 0) and ends
        or starts at 0 ("100 80 60 40 20 0"). One search of the text; the run is read only where it holds."""
        out: set[int] = set()
        for m in self.axis_run_re.finditer(text):
            ticks = [(m.start() + t.start(), int(t.group(1))) for t in _TICK_RE.finditer(m.group())]
            i = 0
            while i + _AXIS_MIN <= len(ticks):
                step = ticks[i + 1][1] - ticks[i][1]
                j = i + 1
                while j + 1 < len(ticks) and ticks[j + 1][1] - ticks[j][1] == step:
                    j += 1
                if step and j - i + 1 >= _AXIS_MIN and 0 in (ticks[i][1], ticks[j][1]):
                    out.update(start for start, _ in ticks[i:j + 1])
                    i = j + 1
                else:
                    i = max(j, i + 1)
        return out

    def _list_items(self, text: str) -> set[int]:
        """Where the item numbers of a numbered list or a flattened contents start (``list_item``), and the
        contents' page number right before an item (``list_item_page``): an item counts only in a run of
        at least ``list_item_run`` items that count on by one, each within ``list_item_reach`` characters
        of the one before, so a figure ending a sentence ("fell by 3. The") is no item. One search of the
        text; the guide: a figure about the text is no claim."""
        # (start, number, end of the item's marker)
        items = [(m.start(), int(m.group("a") or m.group("b")), m.end()) for m in self.list_item_re.finditer(text)]
        out: set[int] = set()
        if len(items) < self.list_item_run:
            return out
        nxt: dict[int, int] = {}  # item index -> the index of the nearest item after it that counts on by one
        for i, (at, value, _) in enumerate(items):
            for j in range(i + 1, len(items)):
                if items[j][0] - at > self.list_item_reach:
                    break
                if items[j][1] == value + 1:
                    nxt[i] = j
                    break
        has_prev = set(nxt.values())
        for i in range(len(items)):
            if i in has_prev or i not in nxt:
                continue
            run = [i]
            while run[-1] in nxt:
                run.append(nxt[run[-1]])
            if len(run) < self.list_item_run:
                continue
            paged = False
            for k in run:
                at = items[k][0]
                out.add(at)
                if (page := self.list_item_page_re.search(text, max(0, at - 8), at)) is not None:
                    out.add(page.start())
                    paged = True
            # a contents: its last item's page number follows the item's words
            last = self.list_item_last_page_re.match(text, items[run[-1]][2]) if paged else None
            if last is not None:
                out.add(last.start("page"))
        return out

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

    def _heading_unit(self, text: str, n: Number, cache: dict[int, str | None]) -> str | None:
        """The unit a list heading states for the bare figures of its lines (the guide: "figures under a
        'per 1,000 population' lead-in are rates"): the figure stands on a short line that ends no
        sentence, the lines above it up to the heading are such lines too (blank lines aside), and the
        heading (a line ending in a colon, or a line without a figure set off by a blank line below it:
        a figure-less item of a bulleted list is no heading) names a rate's denominator or a
        percentage, with no figure of its own."""
        line0 = text.rfind("\n", 0, n.start) + 1
        if line0 not in cache:
            cache[line0] = self._heading_unit_of_line(text, line0)
        return cache[line0]

    def _heading_unit_of_line(self, text: str, line0: int) -> str | None:
        end = text.find("\n", line0)
        line = text[line0:end if end >= 0 else len(text)].strip()
        if not self._list_item(line) or "%" in line or self.heading_percent_re.search(line) \
                or self.heading_rate_re.search(line):
            return None  # an item stating a unit of its own: "burglary up 36% (2,188)" is no percentage
        pos = line0 - 1
        gap = False  # a blank line stands between this line and the one below it
        for _ in range(_HEADING_REACH):
            if pos <= 0:
                return None
            start = text.rfind("\n", 0, pos) + 1
            above = text[start:pos].strip()
            pos = start - 1
            if not above:
                gap = True
                continue
            if not self._list_item(above) and not above.endswith(":"):
                return None
            if above.endswith(":") or (gap and not any(c.isdigit() for c in self.heading_rate_re.sub("", above))):
                return self._heading_states(above)  # a line ending in a colon, or one without a figure set apart
            gap = False
        return None

    def _list_item(self, line: str) -> bool:
        """A line of a list: short, and not a sentence ("North: 47.4", "1. Kent: 42.7", "- South 46.8")."""
        return 0 < len(line) <= _ITEM_LEN and self.item_end_re.search(line) is None

    def _heading_states(self, heading: str) -> str | None:
        """The unit a heading line names: a rate per head or a percentage (not both, and no figure of
        its own beside a rate's denominator)."""
        rate = self.heading_rate_re.search(heading) is not None
        percent = self.heading_percent_re.search(heading) is not None
        if rate == percent or any(c.isdigit() for c in self.heading_rate_re.sub("", heading)):
            return None
        return "rate" if rate else "percent"

    def _legend_spans(self, text: str, segs: list[int]) -> list[tuple[int, int]]:
        """Stretches whose bracketed bare figures a legend says are percentages ("with (in brackets) the
        percentage change on the year before"): from the legend to the end of the paragraph after the
        legend's own. The bracket word and the percentage stand in one clause of one sentence."""
        spans = []
        for m in self.legend_re.finditer(text):
            s0, s1 = _segment_of(segs, m.start(), len(text))
            c0 = text.rfind(";", s0, m.start()) + 1 or s0
            c1 = text.find(";", m.end(), s1)
            if self.legend_unit_re.search(text, max(c0, s0), c1 if c1 >= 0 else s1) is None:
                continue
            own = _PARAGRAPH_BREAK.search(text, m.end())
            if own is None:
                spans.append((m.end(), len(text)))
                continue
            nxt = _PARAGRAPH_BREAK.search(text, own.end())
            spans.append((m.end(), nxt.start() if nxt else len(text)))
        return spans

    def _rate_in_brackets(self, left: str, right: str) -> bool:
        """"the highest rate of burglary per 1,000 people (4.1)": a bare figure alone in brackets
        after the rate is named in its sentence (a unit stated once carries)."""
        return (self.rate_bracket_re is not None and self.reader.bracketed(left)
                and self.bracket_close_re.match(right) is not None
                and self.rate_bracket_re.search(left) is not None)

    def _carried(self, text: str, found: list[Found], n: Number, left: str, s0: int,
                 gaps: dict[int, tuple[int, int]] | None = None) -> tuple[str, str] | None:
        """What the context carries to a figure read as a level (the guide, "What the context
        carries"): a figure in brackets after a change word ("rises in arson (6%)"); a comparator
        of the change before it, same unit ("above the national average of 9%"); a figure listed
        after a change of the same unit ("down 8pc in Hampshire, 3pc in Sussex")."""
        bracketed = self.reader.bracketed_cue(left, text[n.end:n.end + 60])
        if bracketed is not None:
            direction, cue = bracketed
            if n.unit == "count" and self.reader.bracket_count_pair_re.match(text[n.end:n.end + 60]):
                return None  # "a 26% increase (836 compared to 665)": the two levels of the change
            if n.unit == "count" and (gap := self._bracket_apart(text, found, n, s0, s0 + cue)) is not None:
                if gaps is not None:
                    gaps[n.start] = gap
                return None  # "up 12% on the same period in 2015 (1,480)": the level of the period the words name
            latest = next((f for f in reversed(found) if f.start >= s0 + cue), None)
            if (n.unit == "count" and latest is not None and latest.kind == "change" and latest.number is not None
                    and latest.number.unit == n.unit and latest.number.value != n.value
                    and latest.number.end <= n.number_start
                    and _OWN_BRACKET.fullmatch(text[latest.number.end:n.number_start])):
                return None  # "fell by 200 (1,928)": a change's own figure is not restated in its unit; the level
            if (n.unit == "percent" and latest is not None and latest.kind == "change" and latest.number is not None
                    and (pair := _PERCENT_PAIR.match(text, n.end, n.end + 80)) is not None
                    and _difference_of(n.value, float(pair.group(1).replace(",", "")), latest.number.value)):
                return None  # "rose by 4.4 (25.3% against 20.9%)": the two levels whose difference is the change
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
        if same is None and found and self.reader.comparator(left) and self.reader.anaphoric_open(left):
            # "Burglary fell by 9%. That compares with 4% nationally.": a sentence that opens by pointing back
            # compares its figure with the change that closed the sentence before
            last = found[-1]
            if (last.kind == "change" and last.direction is not None and last.number is not None
                    and last.number.unit == n.unit and 0 <= s0 - last.end <= self.reader.comparator_back_reach):
                return last.direction, "dir_comparator_back"
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

    def _percent_left_off(self, text: str, n: Number, left: str, rid: str, right_extra: int, found: list[Found],
                          s0: int, s1: int) -> bool:
        """A change whose figure leaves off the per cent its sentence states (the guide: a unit stated once carries
        to the figures it governs): "a 38.5 increase in ..." (an article, a figure with decimals, a change noun)
        in a sentence with a figure in per cent; "fell by 6.2 per cent and shed burglary by 11.3" (an elliptical "by"
        clause continuing a change in per cent). Not a figure naming its own count noun ("by 40 offences")."""
        if self.count_noun_re is not None and self.count_noun_re.match(text, n.end) is not None:
            return False
        if rid in ("dir_parse_by", "dir_ellipsis"):
            latest = self._latest_change(text, found, s0)
            return latest is not None and latest.number.unit == "percent"
        if rid != "dir_after" or not right_extra or self.percent_left_off_re.search(left) is None:
            return False
        words = text[n.end:n.end + right_extra].split()
        noun = words[-1].lower() if words else ""
        if noun not in self.reader.noun_dir:
            return False
        # counts are whole: "a 38.5 increase" (a whole figure may restate the change in a count: "a 16.5% fall,
        # with a 310 decrease in incidents")
        return not float(n.value).is_integer() and self.percent_in_sentence_re.search(text, s0, s1) is not None

    def _bracket_apart(self, text: str, found: list[Found], n: Number, s0: int, cue: int) -> tuple[int, int] | None:
        """A count in brackets after the words that name the period a change is measured against: the level of
        that period, not the change restated ("up 12% on the same period in 2015 (1,480)", "down on last quarter
        (29)", "has fallen this year (212 people were charged ...)"). The words are read from the end of the
        change (its word, or its figure after it) to the bracket; a count right after the change ("fell by 7%
        (1,215 offences)", "theft is down (900)") or after the group it is about ("up 25% for women (60
        offences)") restates it. ``cue`` is where the change word starts in ``text``. Returns the span of those
        words (where the bracket's period is read: ``ClaimFields``), else None."""
        bracket = text.rfind("(", s0, n.number_start)
        word = _WORD_AT.match(text, cue)
        anchor = word.end() if word else cue
        for f in reversed(found):  # the latest figure before the bracket, when it stands after the change word
            if f.start < s0:
                break
            if f.end <= bracket:
                anchor = max(anchor, f.end)
                break
        return (anchor, bracket) if self.reader.bracket_level_gap_re.search(text, anchor, bracket) else None

    def _coordinated(self, text: str, prev: Found, n: Number) -> bool:
        """"down 14% and 7%": only a coordinator between two figures of the same unit; "a drop of 8.8% and
        three respectively" pairs each figure with its own item, whatever its unit."""
        return ((prev.number.unit == n.unit or self.respectively_re.match(text[n.end:n.end + 40]) is not None)
                and prev.number.end <= n.number_start
                and self.coordination_re.fullmatch(text[prev.number.end:n.number_start]) is not None)

    def _latest_change(self, text: str, found: list[Found], s0: int) -> Found | None:
        """The sentence's latest change, past only the levels it reached or started from ("fell by 11% from 4,955
        to 4,390; sexual offences by 14%"): what an elliptical clause continues."""
        for f in reversed(found):
            if f.start < s0 or f.number is None:
                return None
            if f.kind == "change":
                return f
            if not self._reached_level(text, f):
                return None
        return None

    def _reached_level(self, text: str, f: Found) -> bool:
        """A level a level cue introduces ("from 4,955", "to 4,390"): a figure a change went from or to."""
        return self.reader.level_re.search(self.reader.hedge(text[max(0, f.number.start - 80):f.number.start])[1]) \
            is not None

    def _dash_aside(self, text: str, prev: Found, n: Number, right: str) -> bool:
        """"dropped 12% – 1,437 offences – to 14,180": a figure set off by a pair of dashes right after a change
        restates it in another unit, as a bracket there does ("dropped 12% (1,437 offences)")."""
        return (prev.number.unit != n.unit and prev.end <= n.number_start
                and _DASH_OPEN.fullmatch(text[prev.end:n.number_start]) is not None
                and _DASH_CLOSE.match(right) is not None)

    def _shared_cue_after(self, text: str, found: list[Found]) -> None:
        """"7.4% and 52.8% down", "5% and 3% lower respectively": a level coordinated with the change after it,
        same unit, shares the change word after that change's figure (from the last figure back, so a list
        of three shares it too); not a level a level cue introduces ("to 2,618 and 150 less")."""
        for i in range(len(found) - 2, -1, -1):
            f, g = found[i], found[i + 1]
            if (f.kind != "level" or f.number is None or f.number.signed or not f.rule_id.endswith("/level")
                    or g.kind != "change" or g.number is None or g.number.unit != f.number.unit
                    or not g.rule_id.endswith(_AFTER_RULES) or f.number.end > g.number.number_start):
                continue
            if self._reached_level(text, f):
                continue  # "from 3,412 to 3,175 and 120 less": a level reached, then a change of its own
            if self.coordination_re.fullmatch(text[f.number.end:g.number.number_start]):
                f.kind, f.direction, f.rule_id = "change", g.direction, f"{f.number.rule_id}/dir_shared_after"

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
            # a percentage "by" (no agent, no share "by 40% of") may pass a relative clause inside the thing
            # changed: "increased the number of arrests they made ... by 24%"
            past_relative = (by is not None and by.dep_ != "agent" and n.unit == "percent"
                             and self.by_share_right_re.match(text, n.end) is None)
            t = by
            for _ in range(10):
                if t is None or t.head.i == t.i:  # a new Token per access: compare indices
                    break
                t = t.head
                if t.lower_ in self.reader.verb_dir and t.i < by.i:
                    return self.reader.negated(text[num.sent.start_char:t.idx], self.reader.verb_dir[t.lower_]), \
                        "dir_parse_by"
                if t.pos_ == "NOUN" and t.lower_ in self.reader.noun_dir and t.i < by.i and by.head.i == t.i:
                    # "reduction in shop theft by 12%": "by" hangs on the change noun itself
                    return self.reader.noun_dir[t.lower_], "dir_parse_by_noun"
                if t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl") and past_relative \
                        and t.lower_ not in self.reader.verb_dir:
                    continue
                if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "xcomp", "parataxis"):
                    # "kept climbing ..., though by only 2.5%": the change is the complement of a verb of continuing
                    comp = next((c for c in t.children if c.dep_ == "xcomp" and c.i < by.i
                                 and c.lower_ in self.reader.verb_dir), None)
                    if comp is not None and t.lower_ in self.continuing_verbs:
                        return self.reader.verb_dir[comp.lower_], "dir_parse_by_continuing"
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


_TICK_RE = re.compile(r"(\d+)%?")  # one tick of an axis run
_AXIS_MIN = 5  # ticks an evenly stepping stretch needs to be read as an axis
_LINE_REACH = 300  # characters of a figure's line read on either side of it
# the rules that read a change word after the figure ("6% lower", "61.2% down"), and the carry of one back
_AFTER_RULES = ("/dir_after", "/dir_after_aside", "/dir_shared_after")
# the words from a change's figure to a bracket that holds another figure of its unit: the change's own phrase,
# no list between ("167 fewer thefts (7,689)"; not "rises in harassment (31%), arson (6%)")
_OWN_BRACKET = re.compile(r"(?:(?!\band\b)[^,;:()\n.])*\(\s*", re.I)
# a bracket that sets a percentage against another: "(25.3% against 20.9%)"
_PERCENT_PAIR = re.compile(r"(?:\s+[\w/-]+){0,6}?\s+(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+"
                           r"(\d[\d,]*(?:\.\d+)?)\s*(?:%|per[\s-]?cent|percent)", re.I)
# a figure set off by a pair of dashes: the opening dash right after the change before, the closing one after it
_DASH_OPEN = re.compile(r"\s+[-–—]\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?")
_DASH_CLOSE = re.compile(r"^(?!\s+of\b)(?:\s+[A-Za-z][\w-]*){0,3}\s+[-–—]\s")
_CUT = "\x00"  # marks where a long line was cut: no line rule's pattern matches it
_HEADING_REACH = 40  # lines read up from a list item to its heading
_ITEM_LEN = 100  # characters: a longer line is prose, not a list item
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD_AT = re.compile(r"[\w'’-]+")  # the change word a bracket's direction was read from
_LEVEL_PAIR = re.compile(r"\s*(?:to|against|versus|vs\.?|compared\s+(?:to|with))\s+", re.I)


def _points_from_levels(found: list[Found], text: str, segs: list[int]) -> None:
    """A change written in per cent that is the difference of two percentages its sentence states is
    in percentage points ("decreased by 4.2% from 26.9% to 22.7%"): the guide's percentage_point unit.
    The two stand next to the change, set against each other ("A to B", "A against B"), not listed
    ("14%, 8%"); a change set against another itself ("burglary (7% against 4%)") is a change of its own."""
    # each segment's percentages in order, read once (a table of 10,000 figures is one segment)
    rows: dict[tuple[int, int], list[Number]] = {}
    for g in found:
        seg = _segment_of(segs, g.start, len(text))
        if g.number is not None and g.number.unit == "percent" and seg[0] <= g.start < seg[1]:
            rows.setdefault(seg, []).append(g.number)
    for f in found:
        n = f.number
        if n is None or n.unit != "percent" or f.kind != "change":
            continue
        row = rows[_segment_of(segs, f.start, len(text))]
        i = next(k for k, m in enumerate(row) if m is n)
        if any(_paired(text, a, b) for a, b in zip(row[max(i - 1, 0):i + 2], row[max(i - 1, 0) + 1:i + 2])):
            continue
        tol = 0.5 if float(n.value).is_integer() else 0.05
        pairs = [(row[k], row[k + 1]) for k in (i - 2, i + 1) if 0 <= k and k + 1 < len(row)]
        if any(_paired(text, a, b) and a.value != b.value and abs(abs(a.value - b.value) - n.value) <= tol + 1e-9
               for a, b in pairs):
            f.number = replace(n, unit="percentage_point", rule_id=n.rule_id + "_from_levels")
            del row[i]  # no longer a percentage the changes after it are read against


def _paired(text: str, a: Number, b: Number) -> bool:
    """Two figures set against each other: "22.4% to 18.2%", "25.3% against 20.9%"."""
    return a.end <= b.number_start and _LEVEL_PAIR.fullmatch(text[a.end:b.number_start]) is not None


def _restated_change(found: list[Found], n: Number) -> Found | None:
    """The latest change before ``n`` with its value and unit: what "the 5% figure" restates."""
    for f in reversed(found):
        if f.kind == "change" and f.number is not None and f.number.unit == n.unit \
                and abs(f.number.value - n.value) <= 1e-9 * max(1.0, abs(n.value)):
            return f
    return None


def _difference_of(first: float, second: float, change: float) -> bool:
    """``change`` is the gap between two percentages, in points or as a percentage change, to its rounding."""
    gap = abs(first - second)
    return abs(gap - change) <= 0.051 or (second > 0 and abs(gap / second * 100 - change) <= 0.51)


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
