"""Direct quotes: each quoted segment with its attribution.

An attribution is read before the opening mark ("X said:"; the paragraph before
ending in a colon; a full stop typed for the colon) or after the closing mark
('“...,” said X'; a paragraph signed with a name). A segment with neither goes on
with the quote before it (``joining``), or is a second quote of the same speaker
('... “A” and confirmed: “B”'), the words of a caption paragraph's person, or a
fragment quoted inside a sentence whose subject speaks through a cue; else it is a
scare quote or a title and is dropped. A statement printed without marks after a
paragraph ending "X commented:" is a direct quote too (``_unmarked``).
"""
from __future__ import annotations

import re

from .joining import Joining, _goes_on
from .marks import Segment, starts_paragraph
from .models import Attribution, Found
from .readings import readings
from .speakers import Speaker

# a sentence ends at its punctuation and a space; scraped text often loses the
# space ("incidents.A spokesperson said"): a full stop after a lower-case word
# and before a capitalised one ends a sentence too
_SENT_END = re.compile(r"[.!?…][”’\"')\]]*\s+|(?<=[a-z][a-z])\.(?=[A-Z])")
_END_PUNCT = ",!?…—–-"
_LINE_START = re.compile(r"[ \t]*\r?\n\s*")
# a name and a colon with no cue may head a list or a table, not a statement
_NO_UNMARKED = {"direct_pre_name_colon"}
# a quoted paragraph after an indirect quote is its speaker's statement when it
# has at least this many words (a quoted title or slogan has fewer)
_LEAD_WORDS = 6
# the clause a judge is read from ends at a comma, a dash or a semicolon
_CLAUSE_CUT = re.compile(r",\s+|\s[–—-]\s+|;\s+")
# a quoted complement after "as" further on in the sentence ('hailed the “fall”, which began in May, as “welcome”')
_AS_AHEAD = re.compile(r"[^.;:!?“”\"]*?\bas\s+(?:(?:a|an|the)\s+)?[“\"‘]")
# a quoted phrase earlier in a clause, blanked when looking for the clause's last cue
_QUOTED = re.compile(r"[“\"‘][^“”\"’]*[”\"’]")
# the rules whose refused speaker phrase is read again from its end (``_loose_speaker``),
# and how many words may go before the name there
_LOOSE_RULES = {"direct_pre_colon"}
_LOOSE_WORDS = 6
_BRACKETED = re.compile(r"\s*\[[^\]]*\]")
# a relative pronoun that is the subject of a verb of judgement ("the board, which welcomed it as")
_RELATIVE_SUBJECTS = {"which", "who"}


def _named_before(text: str, f: Found) -> bool:
    """A capitalised word alone is a speaker ("Marsh said") when a fuller name ending in
    it stands earlier ("Jo Marsh"); else it may be no one ("... since May. “...”" read
    as "May said")."""
    name = f.attr.speaker.name or ""
    return bool(name) and re.search(rf"\b[A-Z][\w’'-]*\s+{re.escape(name)}\b", text[:f.first_mark]) is not None


class DirectQuotes(Joining):
    """Direct quotes and their attributions, mixed into the component: ``_compile``
    sets ``patterns``, ``parser``, ``cue_end``, ``cue_dot``, ``passive_aux``, ``as_judge``, ``introducer_end``,
    ``fragment_cue``, ``name_small_words`` and ``relative_word``; a fragment's speaker phrase is
    read by ``IndirectSpeech._speaker``."""

    def _direct(self, text: str, paras: list[tuple[int, int]], segs: list[Segment],
                leads: dict[int, Attribution] | None = None) -> list[Found]:
        """``leads``: per paragraph, the attribution of an indirect quote ending the
        paragraph before, for a quote opening the paragraph with none of its own."""
        out: list[Found] = []
        leads = leads or {}
        cur: Found | None = None
        prev: Segment | None = None
        pending: list[Segment] = []     # open paragraphs of a quote whose attribution comes later
        for seg in segs:
            attr = self._pre(text, seg, prev, paras)
            if attr is None and seg.closed:
                attr = self._post(text, seg, paras)
            if cur is not None and self._reopens(cur, prev, seg, paras):
                # the paragraph before left the quote open: this one goes on with
                # it, whatever attribution it carries ('“…,” the Commissioner said.')
                cur.parts.append((seg.start, seg.end))
                cur.para = seg.para
                cur.reach = max(cur.reach, seg.after, attr.end if attr else 0)
                pending = []
            elif attr is None and cur is not None and self._continues(text, cur, seg, paras):
                if cur.fragment and seg.para != cur.para and len(text[seg.start:seg.end].split()) >= _LEAD_WORDS:
                    # a fragment quoted inside a sentence ('said the figures were
                    # “welcome”.') is no statement a quoted paragraph goes on
                    # with: the paragraph is the same speaker's next quote
                    attr = Attribution(cur.attr.speaker, cur.attr.cue, "direct_after_fragment",
                                       seg.open_at, seg.open_at, cur.attr.group)
                    cur = Found([(seg.start, seg.end)], attr, "direct", seg.para, seg.after, seg.open_at)
                    out.append(cur)
                else:
                    cur.parts.append((seg.start, seg.end))
                    cur.para = seg.para
                    cur.reach = max(cur.reach, seg.after)
                pending = []
            elif attr is not None:
                before = pending if _goes_on(pending, seg, paras) else []
                first = before[0].open_at if before else seg.open_at
                cur = Found([(s.start, s.end) for s in before] + [(seg.start, seg.end)], attr, "direct",
                            seg.para, max(seg.after, attr.end), min(first, attr.start))
                out.append(cur)
                pending = []
            else:
                pending = pending + [seg] if _goes_on(pending, seg, paras) else [] if seg.closed else [seg]
                attr = (self._and_cue(text, cur, prev, seg) or self._after_caption(text, cur, seg, paras)
                        or leads.get(seg.open_at))
                fragment = attr is None
                if attr is None:
                    attr = self._fragment(text, seg, paras)
                if attr is not None:
                    pending = []
                    first = seg.open_at if fragment else min(seg.open_at, attr.start)
                    cur = Found([(seg.start, seg.end)], attr, "direct", seg.para,
                                max(seg.after, attr.end), first, fragment=fragment)
                    out.append(cur)
            prev = seg
        return out

    def _leads(self, text: str, paras: list[tuple[int, int]], segs: list[Segment],
               direct: list[Found], indirect: list[Found]) -> dict[int, Attribution]:
        """'Inspector X said crime had fallen.' then a paragraph opening with a
        quotation mark and no attribution: X goes on speaking, directly. The
        indirect quote must end its paragraph, or its sentence right before the
        quote in the same paragraph, and its speaker be a person or a spokesperson;
        the quoted words must be a statement (a few words), not a title. Keyed by
        the quote's opening mark."""
        taken = {a for f in direct for a, _ in f.parts}
        speaking = [f for f in indirect if self._speaks_on(f.attr.speaker, f.attr.group)]
        ends = {f.para: f for f in speaking if not text[f.reach:paras[f.para][1]].strip()}
        out: dict[int, Attribution] = {}
        for seg in segs:
            if seg.start in taken or len(text[seg.start:seg.end].split()) < _LEAD_WORDS:
                continue
            f = ends.get(seg.para - 1) if starts_paragraph(seg, paras) else self._sentence_before(text, seg, speaking)
            if f is None:
                continue
            # the attribution lies in the sentence or paragraph before: it spans nothing here
            out[seg.open_at] = Attribution(f.attr.speaker, f.attr.cue, "direct_after_indirect",
                                           seg.open_at, seg.open_at)
        return out

    def _speaks_on(self, speaker: Speaker, group: bool) -> bool:
        """A person, or a spokesperson speaking for a body, may go on in quotation marks
        after their indirect speech; an organisation or a group may not (the words
        could be anyone's)."""
        if group:
            return False
        return not speaker.is_org or (speaker.role or "").lower() in self.parser.spokesperson_roles

    @staticmethod
    def _sentence_before(text: str, seg: Segment, speaking: list[Found]) -> Found | None:
        """'X said crime had fallen. “We will keep going ...”': the indirect quote
        whose sentence ends just before this quote, in the same paragraph, when the
        quote is whole sentences (it closes after a full stop)."""
        if not seg.closed or text[seg.end - 1:seg.end] not in ".!?…":
            return None
        return next((f for f in speaking if f.para == seg.para and f.reach <= seg.open_at
                     and re.fullmatch(r"[.!?…]?\s+", text[f.reach:seg.open_at])
                     and (not f.attr.speaker.bare or _named_before(text, f))), None)

    def _and_cue(self, text: str, cur: Found | None, prev: Segment | None, seg: Segment) -> Attribution | None:
        """'... “A” and confirmed: “B”': the words between the current quote's last
        segment and this one are a conjunction and a cue; a new quote, same speaker."""
        if cur is None or prev is None or prev.para != seg.para or cur.parts[-1] != (prev.start, prev.end):
            return None
        gap = text[max(prev.after, min(cur.reach, seg.open_at)):seg.open_at]
        for rule_id, rx in self.patterns["and_cue"]:
            m = rx.match(gap)
            if m:
                return Attribution(cur.attr.speaker, m.group("cue").lower(), rule_id, prev.after, seg.open_at)
        return None

    def _after_caption(self, text: str, cur: Found | None, seg: Segment,
                       paras: list[tuple[int, int]]) -> Attribution | None:
        """A paragraph that is only a titled name (a caption, a heading) before a
        paragraph opening with this quote: that person's words. The speaker
        quoted just before, if it has the same surname, keeps its title (an
        untitled name counts then too)."""
        if seg.para == 0 or not starts_paragraph(seg, paras):
            return None
        lo, hi = paras[seg.para - 1]
        for rule_id, rx in self.patterns["caption"]:
            m = rx.match(text[lo:hi].strip())
            if not m:
                continue
            sp = self.parser.parse(m.group("spk"))
            if sp is None or not sp.name or sp.is_org or sp.pronoun:
                continue
            if cur is not None and (cur.attr.speaker.name or "").split()[-1:] == sp.name.split()[-1:]:
                sp = cur.attr.speaker
            elif not sp.role:
                continue    # "Summary Of The Year": capitals alone name no one
            return Attribution(sp, None, rule_id, lo, hi)
        return None

    def _fragment(self, text: str, seg: Segment, paras: list[tuple[int, int]]) -> Attribution | None:
        """Quoted words (two or more) inside a sentence whose subject speaks
        through a cue before them ("Labour said the gloss “beggars belief”"),
        or (one word or more) the description a verb of judgement gives after
        "as" (``_fragment_as``)."""
        if not seg.closed or not text[seg.start:seg.end].strip():
            return None
        lo = paras[seg.para][0]
        start = lo
        for m in _SENT_END.finditer(text, lo, seg.open_at):
            start = m.end()
        clause = text[start:seg.open_at]
        judged = self._fragment_as(clause, start, seg)
        words = text[seg.start:seg.end].split()
        if judged is not None or len(words) < 2 or self._is_name(words):
            return judged
        for rule_id, rx in self.patterns["fragment"]:
            m = rx.match(clause)
            if not m:
                continue
            if self.as_judge.fullmatch(m.group("cue")) and _AS_AHEAD.match(text, seg.after, paras[seg.para][1]):
                # "hailed the “fall” as “welcome”": the object; the quote is its complement
                return None
            sp, _ = self._speaker(m.group("spk"), rule_id)
            if sp is not None:
                # "hailed the “A” and thanked the “B”": B's cue is the last before it
                cue = [c.group(0) for c in self.fragment_cue.finditer(_QUOTED.sub(" ", clause), m.start("cue"))][-1]
                return Attribution(sp, cue.lower(), rule_id, start, seg.after)
        return self._fragment_by(text, seg, paras, start)

    def _is_name(self, words: list[str]) -> bool:
        """Quoted words that are all capitalised (small words and numbers aside)
        name a scheme, a campaign or a document ("welcomed the “Safer Streets”
        funding", "their ‘Looking to 2020’ plan"); they are nobody's words."""
        return words[0][:1].isupper() and all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in self.name_small_words for w in words)

    def _fragment_as(self, clause: str, start: int, seg: Segment) -> Attribution | None:
        """The quoted words are what a verb of judgement calls something ("X
        hailed the fall as “encouraging”"): the judge speaks them. Who judges:
        a participle's (", describing them as") the sentence's subject; a verb
        with an object, the words before it; a verb with no object ("in what X
        described as", "a rise the force regarded as") the words after the
        relative word or the noun it qualifies, never the clause's opening
        ("Officers regarded as “heroes”" is a passive). An auxiliary before the
        verb makes it a passive: none."""
        for rule_id, rx in self.patterns["fragment_as"]:
            m = rx.search(clause)
            if m is None:
                continue
            cue, before = m.group("cue").lower(), clause[:m.start("cue")]
            if self.passive_aux.search(before):
                return None
            if cue.endswith("ing"):
                if not before.rstrip().endswith(","):
                    return None     # "Describing it as “…”, X said": the sentence's later subject
                sp, _ = self._subject(before.rstrip(" ,"))
            elif m.group("obj"):
                pieces = _CLAUSE_CUT.split(before)
                if len(pieces) > 1 and pieces[-1].strip() in _RELATIVE_SUBJECTS:
                    # "the board, which welcomed it as “…”": the noun before the relative judges
                    sp = self._judge_ending(pieces[-2])
                else:
                    sp = self._judge(pieces[-1])
            else:
                sp = self._judge_after_gap(before)
            if sp is None:
                return None
            return Attribution(sp, f"{m.group('cue').lower()} as", rule_id, start, seg.after)
        return None

    def _judge(self, words: str) -> Speaker | None:
        """A speaker phrase that names someone: a titled or full name, a body,
        or a pronoun (resolved later); one capitalised word alone is too little."""
        sp = self.parser.parse(words) if words.strip() else None
        if sp is None or not (sp.pronoun or sp.role or (sp.name and not sp.bare)):
            return None
        return sp

    def _judge_after_gap(self, before: str) -> Speaker | None:
        """The judge of a verb whose object is the thing the clause is about:
        after "what"/"which"/"that"/"whom", or after the noun qualified ("a
        rise the force regarded as"): the longest ending of the clause, short
        of the whole, that names someone (so a title stays with its name)."""
        rel = None
        for rel in self.relative_word.finditer(before):
            pass
        if rel is not None:
            return self._judge(self.parser.drop_adverbs(before[rel.end():]))
        # "statistics police have hailed as": the auxiliary is no part of the judge
        return self._judge_ending(self.parser.drop_adverbs(_CLAUSE_CUT.split(before)[-1].rstrip()))

    def _judge_ending(self, words: str) -> Speaker | None:
        """The longest ending of ``words``, short of the whole, that names
        someone ("a rise the force" -> "the force")."""
        starts = [m.start() for m in re.finditer(r"(?<=\s)\S", words)]
        for at in starts:
            sp = self._judge(words[at:])
            if sp is not None:
                return sp
        return None

    def _fragment_by(self, text: str, seg: Segment, paras: list[tuple[int, int]], start: int) -> Attribution | None:
        """A passive sentence whose agent speaks the fragment ("The rise was
        described as “worrying” by Councillor X"): the sentence is read with the
        fragment written “Q”, so the patterns see the agent on either side."""
        hi = paras[seg.para][1]
        stop = _SENT_END.search(text, seg.after, hi)
        end = stop.start() + 1 if stop else hi
        sentence = text[start:seg.open_at] + "“Q”" + text[seg.after:end]
        for rule_id, rx in self.patterns["fragment_by"]:
            m = rx.match(sentence)
            if not m:
                continue
            sp = self.parser.parse(m.group("spk"))
            if sp is not None and (sp.name or sp.role) and not sp.pronoun:
                return Attribution(sp, f"{m.group('cue').lower()} by", rule_id, start, max(seg.after, end))
        return None

    def _unmarked(self, text: str, paras: list[tuple[int, int]], segs: list[Segment]) -> list[Found]:
        """A statement printed without quotation marks: a paragraph that ends in
        "X commented:" (or "The force says...", ``introducer_end``: dots stand
        for the colon) and a next paragraph with no mark in it is X's quote."""
        marked = {s.para for s in segs}
        out: list[Found] = []
        for p in range(len(paras) - 1):
            lo, hi = paras[p]
            a, b = paras[p + 1]
            end = self.introducer_end.search(text, lo, hi)
            if end is None or p in marked or p + 1 in marked or text[b - 1] not in ".!?":
                continue
            last = None
            for m in _SENT_END.finditer(text, lo, end.start()):
                last = m.end()
            start = last if last is not None else lo
            attr = self._pre_clause(text[start:end.start()] + ":", start, hi)
            if attr is None or attr.rule_id in _NO_UNMARKED:
                continue
            out.append(Found([(a, b)], attr, "direct", p + 1, b, start))
        return out

    def _lost_open(self, text: str, paras: list[tuple[int, int]], segs: list[Segment]) -> list[Found]:
        """A statement whose opening mark was lost: a paragraph with no quoted
        segment that ends in a closing double mark and holds "X said:" before
        it ('X said: We want ... country."'); the words after the colon are X's."""
        marked = {s.para for s in segs}
        out: list[Found] = []
        for p, (lo, hi) in enumerate(paras):
            if p in marked or text[hi - 1] not in self.marks.double_close + self.marks.double_ambiguous:
                continue
            if any(c in self.marks.double for c in text[lo:hi - 1]):
                continue
            colon = text.find(": ", lo, hi)
            if colon < 0:
                continue
            start = lo
            for m in _SENT_END.finditer(text, lo, colon):
                start = m.end()
            attr = self._pre_clause(text[start:colon + 1], start, colon + 1)
            if attr is None or attr.rule_id in _NO_UNMARKED:
                continue
            a = colon + 2
            out.append(Found([(a, hi - 1)], attr, "direct", p, hi, start))
        return out

    def _pre(self, text: str, seg: Segment, prev: Segment | None, paras: list[tuple[int, int]]) -> Attribution | None:
        """An attribution in the clause before the opening mark ("X said:")."""
        lo = paras[seg.para][0]
        after_prev = prev is not None and prev.para == seg.para
        if after_prev:
            lo = prev.after
        chunk = text[lo:seg.open_at]
        last = None
        for m in _SENT_END.finditer(chunk):
            last = m.end()
        if last is None and after_prev:
            # a segment that closes its line (a quoted heading) attributes nothing
            # to the next line: "“Heading”\nX said: “...”"
            brk = _LINE_START.match(chunk)
            last = brk.end() if brk and "\n" in brk.group() else None
        if last is None and after_prev and prev is not None and self._introduces(text, prev, chunk):
            last = 0        # '“... success.” Superintendent X added: “...”'
        if last is None and after_prev:
            return None     # the words between two segments attribute the first one
        start = lo + (last or 0)
        clause = text[start:seg.open_at]
        if not clause.strip():
            if not after_prev:
                stop = self._pre_full_stop(text, lo, seg.open_at)
                if stop is not None:
                    return stop
            return self._pre_paragraph(text, seg, prev, paras)
        return self._pre_clause(clause, start, seg.open_at)

    @staticmethod
    def _introduces(text: str, prev: Segment, chunk: str) -> bool:
        """The words between two segments introduce the second, not attribute the
        first: the first closed on the end of a sentence and the words end in a
        colon (an attribution after a quote never does)."""
        return (prev.closed and prev.end > prev.start and text[prev.end - 1] in ".!?…"
                and chunk.rstrip().endswith(":"))

    def _pre_full_stop(self, text: str, lo: int, open_at: int) -> Attribution | None:
        """A full stop typed for a colon: the sentence before the mark ends in its
        cue ("Chief Constable Mike Cunningham said. “The fall ..."), read as "...said:"."""
        m = self.cue_dot.search(text, lo, open_at)
        if m is None:
            return None
        last = None
        for s in _SENT_END.finditer(text, lo, m.start("p")):
            last = s.end()
        start = last if last is not None else lo
        return self._pre_clause(text[start:m.start("p")] + ":", start, open_at)

    def _pre_paragraph(self, text: str, seg: Segment, prev: Segment | None,
                       paras: list[tuple[int, int]]) -> Attribution | None:
        """The attribution is the paragraph before, ending in a colon
        ("Chief Constable Bill Skelly said:" then the quote's first paragraph)."""
        if seg.para == 0 or not starts_paragraph(seg, paras):
            return None
        lo, hi = paras[seg.para - 1]
        follows_quote = prev is not None and prev.para == seg.para - 1
        # '“A,” he said.' then '“B.”' continues one quote: only a colon opens a new one
        cue_end = None if follows_quote else self.cue_end.search(text, lo, hi)
        if text[hi - 1] != ":" and cue_end is None:
            return None
        if follows_quote:
            lo = max(lo, prev.after)
        last = None
        for m in _SENT_END.finditer(text, lo, hi):
            last = m.end()
        start = last if last is not None else lo
        while start < hi and text[start].isspace():
            start += 1      # '“...”' then a line "He continued:" in the same paragraph
        clause = text[start:hi]
        if not clause.strip():
            return None
        if cue_end is not None:     # "Tim said,." / "Tim said" ends the paragraph
            clause = text[start:cue_end.start("p")] + ":"
        return self._pre_clause(clause, start, seg.open_at)

    def _pre_clause(self, clause: str, start: int, end: int) -> Attribution | None:
        """The first "pre" pattern that reads a speaker from the clause."""
        for rule_id, rx in self.patterns["pre"]:
            for m in readings(rx, clause):
                # "X also said:", "X has told the committee:": the adverb or auxiliary
                # before the cue is no part of the speaker
                spk = m.group("spk") if rule_id == "direct_pre_name_colon" else self.parser.drop_adverbs(m.group("spk"))
                sp = self.parser.parse(spk)
                if sp is None and rule_id in _LOOSE_RULES:
                    sp = self._loose_speaker(spk)
                if sp is None or not self._acceptable(sp, rule_id):
                    continue
                cue = m.groupdict().get("cue")
                return Attribution(sp, cue.lower() if cue else None, rule_id, start, end)
        # lines with no end punctuation above the attribution's own (a list, a
        # caption): the attribution is the last line, when it opens a sentence
        line = clause.rstrip().rfind("\n") + 1
        if line and clause[line:].strip()[:1].isupper():
            while clause[line].isspace():
                line += 1
            return self._pre_clause(clause[line:], start + line, end)
        return None

    def _loose_speaker(self, spk: str) -> Speaker | None:
        """A speaker phrase the parser refuses whole, before a cue and a colon
        that open a quotation mark: the speaker is at its end. An aside in
        square brackets ("Chief Constable Jo Bloggs [pictured]") is no part of
        it; a description before a titled or full name ("The council's safety
        spokesman Cllr Jo Bloggs") leaves that name, in the title the words
        before it end in ("safety spokesman"), if they end in one."""
        phrase = " ".join(_BRACKETED.sub("", spk).split())
        if phrase != " ".join(spk.split()):
            sp = self.parser.parse(phrase)
            if sp is not None:
                return sp
        words = phrase.split()
        for i in range(1, min(len(words) - 1, _LOOSE_WORDS + 1)):
            sp = self.parser.parse(" ".join(words[i:]))
            if sp is not None and sp.names_person and " " in sp.name and not self.parser.holds_title(sp.name):
                # the title the description ends in, right before the name or its rank
                for j in range(i, len(words) - len(sp.name.split()) + 1):
                    role = self.parser.prefix_role(" ".join(words[:j]))
                    if role:
                        return sp.with_(role=role)
                return sp
        return None

    @staticmethod
    def _acceptable(sp: Speaker, rule_id: str) -> bool:
        """A colon with no cue verb attributes only to a titled or full name."""
        if rule_id != "direct_pre_name_colon":
            return True
        return bool(sp.name) and not sp.is_org and (bool(sp.role) or " " in sp.name)

    def _post(self, text: str, seg: Segment, paras: list[tuple[int, int]]) -> Attribution | None:
        """An attribution after the closing mark ("...," said X / X said)."""
        para_end = paras[seg.para][1]
        at = seg.after
        tail = text[at:para_end]
        # '“...,” said X' / '“...”, said X' (the comma outside, British style)
        ends_open = (seg.end > seg.start and text[seg.end - 1] in _END_PUNCT) or tail[:1] == ","
        if not tail.strip():
            # a quote left open by its comma at a paragraph's end: the
            # attribution opens the next paragraph ('“...,”' then 'said X.')
            if not ends_open or text[seg.end - 1] != "," or seg.para + 1 >= len(paras):
                return None
            at, para_end = paras[seg.para + 1]
            tail = text[at:para_end]
        signed = self._signature(text, tail, seg, paras)
        if signed is not None:
            return Attribution(signed, None, "direct_post_signature", seg.after, para_end)
        if not ends_open and not tail.lstrip()[:1].islower():
            return None
        for rule_id, rx in self.patterns["post"]:
            m = rx.match(tail)
            if not m or m.group("cue").lower().endswith("ing"):
                # a participle after the quote ('“…” to officers, adding:') opens
                # a clause of the sentence's subject; it attributes nothing here
                continue
            sp = self.parser.parse(m.group("spk"))
            if sp is None:
                continue
            return Attribution(sp, m.group("cue").lower(), rule_id, seg.after, at + m.end())
        return None

    def _signature(self, text: str, tail: str, seg: Segment, paras: list[tuple[int, int]]) -> Speaker | None:
        """A paragraph that is a quote signed with a name after its closing mark
        ('“...”Tony Lloyd', '“...” – Chief Constable Jo Bloggs'): a titled or
        full name of a person and nothing else after the mark."""
        if not starts_paragraph(seg, paras) or seg.end <= seg.start or text[seg.end - 1] not in ".!?…":
            return None     # a title in marks ("“Shop Local” Campaign Week") is no statement
        for _rule_id, rx in self.patterns["signature"]:
            m = rx.match(tail)
            if not m:
                continue
            sp = self.parser.parse(m.group("spk"))
            if sp is not None and sp.name and not (sp.is_org or sp.pronoun) and (sp.role or " " in sp.name):
                return sp
        return None
