"""The quotes component: attributed quotes with speaker, role and organisation.

``__call__`` is find then set_annotations, like spaCy's span ruler:

1. the body's quotation marks are paired into segments (``marks``);
2. each segment looks for an attribution before it ("X said:") or after it
   ("...," said X); segments with none are scare quotes or titles, unless they
   continue the quote before them (the second half of a split quote, or a new
   paragraph of a UK-style multi-paragraph quote);
3. sentences outside direct quotes are read for indirect speech ("according to
   X", "X said (that) ...");
4. speakers are resolved against the release: pronouns to the last named
   speaker, or to a person brought in since (the subject of the last sentence
   naming one: "John Campion, Police and Crime Commissioner, was speaking ..."
   then "He said:"), "Mr Baker" to the fullest "Nick Baker", a bare title to
   the person who holds it.

All words and regexes come from ``rules/quotes.yaml`` through ``initialize``.
Odd input (unbalanced marks, an attribution that names no one) drops one
finding, never the release.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_left
from typing import Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import QUOTES
from .marks import MarkSet, Segment, fold, paragraphs, segments, starts_paragraph
from .speakers import _CAP, _alternation, Speaker, SpeakerParser
from ..base import RuleComponent, RuleError, check_unique_ids

_SENT_END = re.compile(r"[.!?…][”’\"')\]]*\s+")
_SENT_SPLIT = re.compile(r"(?<=[.!?])[”’\"')\]]*\s+(?=[A-Z0-9“‘\"'(£])")
_GAP = re.compile(r"[\s,.;:–—-]*")
_END_PUNCT = ",!?…—–-"
_PERSON_PRONOUNS = {"he", "she"}
# "He also said that ...": an adverb between the speaker and the cue
_ADVERB_AFTER = re.compile(r"(?:\s+(?:also|further|later|previously|then|again|now|has|have|had))+$", re.I)
# "... in 2016, after an inquest": the speaker ends a longer clause
_TAIL_SPLIT = re.compile(r",\s+(?:according\s+to\s+)?|(?<=\s)(?:after|as|with|while|whilst|when|because|since|and|but)\s+")
_WHICH = re.compile(r",?\s+(?:who|which)$")
# "..., while he said ..." / "... – however, she said ...": a second reported
# statement in the same sentence starts at its pronoun
_CLAUSE_SPLIT = re.compile(
    r"(?:,|\s[–—-])\s+(?:while|whilst|but|although|though|however,?)\s+(?=(?:he|she|they)\s+(?:also\s+)?[a-z]+\b)")
_GROUP_PRONOUNS = {"they", "it"}
# a name and a colon with no cue may head a list or a table, not a statement
_NO_UNMARKED = {"direct_pre_name_colon"}
# rules whose object is itself the reported words ("urges caution"), not a hearer
_OBJECT_IS_SPEECH = {"indirect_object", "indirect_praise_for", "indirect_speaking_eval"}
_FORCE = re.compile(r"\b(?:[A-Z][\w&-]*\s+){1,3}(?:Police(?:\s+Service)?|Constabulary)\b")


@dataclass
class Attribution:
    """Who a segment or sentence is attributed to, and by which rule."""

    speaker: Speaker
    cue: str | None
    rule_id: str
    start: int      # where the attribution clause starts
    end: int        # where it ends (punctuation included)
    group: bool = False     # "they" / "it": a body or organisation named before


class Mention(NamedTuple):
    """A person named in the body outside quotation marks, at offset ``at``."""

    at: int
    speaker: Speaker
    titled: bool


@dataclass
class Found:
    """A quote being assembled: its parts (char ranges of quoted words) and attribution."""

    parts: list[tuple[int, int]]
    attr: Attribution
    kind: str
    para: int
    reach: int                  # end of the quote's last part or attribution
    first_mark: int             # first opening mark (direct) or clause start
    text: str | None = None     # indirect: the reported clause
    speaker: Speaker | None = field(default=None)
    fragment: bool = False      # quoted words inside a sentence (direct_fragment)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


class QuotesComponent(RuleComponent):
    """Finds attributed quotes and writes them to ``doc.spans["quotes"]``."""

    rule_keys = frozenset({
        "quote_marks", "cues", "indirect_cues", "object_cues", "trail_words", "roles",
        "role_aliases", "role_prefixes", "role_nouns", "honorifics", "postnominals", "org_words", "org_names",
        "org_speakers", "body_speakers", "spokesperson_words", "pronouns", "continuing_cues", "data_words", "patterns",
        "that_cues", "judgement_cues", "participle_cues", "fragment_cues", "template_words", "statement_nouns",
    })

    def _compile(self) -> None:
        """Word lists to alternations, templates to regexes, once."""
        r = self.rules
        self._ready = bool(r)
        if not r:
            return
        check_unique_ids(r.get("cues") or [], f"{self.name}: cues")
        check_unique_ids(r.get("patterns") or [], f"{self.name}: patterns")
        self.marks = MarkSet(**r["quote_marks"])
        self.parser = SpeakerParser(r)
        forms = [f for c in r.get("cues") or [] for f in c["forms"]]
        subs = {
            "CUE": _alternation(forms),
            "ICUE": _alternation(r.get("indirect_cues") or []),
            "TRAIL": _alternation(r.get("trail_words") or ["today"]),
            "JCUE": _alternation([f for c in r.get("judgement_cues") or [] for f in c["forms"]] or ["described"]),
            "PCUE": _alternation(r.get("participle_cues") or ["saying"]),
            "FCUE": _alternation(r.get("fragment_cues") or ["noted"]),
        }
        for key, words in (r.get("template_words") or {}).items():
            if key in subs or not re.fullmatch(r"[A-Z]+", key):
                raise RuleError(f"{self.name}: template_words name {key!r} is taken or not upper case")
            subs[key] = _alternation(words)
        self.that_cues = {w.lower() for w in r.get("that_cues") or []}
        # each judgement verb form and the complement that must follow its object
        self.complements = {f.lower(): re.compile(c["complement"])
                            for c in r.get("judgement_cues") or [] for f in c["forms"]}
        self.object_cues = set(r.get("object_cues") or [])
        # a paragraph that ends in a cue, whatever punctuation follows it
        self.cue_end = re.compile(rf"\s(?:{subs['CUE']})(?P<p>\s*[,.;:]*)$")
        # a sentence that ends in its cue and a full stop, right before a mark
        self.cue_dot = re.compile(rf"\s(?:{subs['CUE']})(?P<p>\.)\s*$")
        self.patterns: dict[str, list[tuple[str, re.Pattern[str]]]] = {
            "pre": [], "post": [], "sentence": [], "and_cue": [], "fragment": [], "caption": [], "tail": [],
            "signature": []}
        for rule in r.get("patterns") or []:
            where = rule.get("where")
            if where not in self.patterns:
                raise RuleError(f"{self.name}: pattern {rule['id']!r} has unknown where={where!r}")
            src = re.sub(r"\{([A-Z]+)\}", lambda m: subs.get(m.group(1), m.group(0)), rule["regex"])
            try:
                self.patterns[where].append((rule["id"], re.compile(src)))
            except re.error as err:
                raise RuleError(f"{self.name}: pattern {rule['id']!r} does not compile: {err}") from err
        honor = _alternation(r.get("honorifics") or ["Mr"])
        roles = _alternation(list(r.get("roles") or []) + list((r.get("role_aliases") or {}).keys()))
        self.titled_name = re.compile(
            # "Chief Constable of Kent Tim Smith": a place may stand between title and name
            rf"(?<![\w-])(?:(?P<role>(?i:{roles}))(?:[ \t]+(?:of|for)[ \t]+{_CAP})?[ \t]+)?(?P<hon>(?:{honor})\.?[ \t]+)?"
            rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})")
        # a full name then its title after a comma: "John Campion, Police and Crime
        # Commissioner for West Mercia"
        self.name_role = re.compile(
            rf"(?<![\w-]){_CAP}(?:[ \t]+{_CAP}){{1,3}},[ \t]+(?:the[ \t]+)?(?i:{roles})\b[^,.;:!?\n“”\"]{{0,60}}")
        # a title then the full name after a comma: "Lancashire's Police and Crime
        # Commissioner, Clive Grunshaw, has welcomed ..."
        self.role_name = re.compile(
            rf"(?<![\w-])(?:{roles}),[ \t]+{_CAP}(?:[ \t]+{_CAP}){{1,3}}")
        self.continuing = {w.lower() for w in r.get("continuing_cues") or []}

    # --- the component ------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not getattr(self, "_ready", False):
            doc.spans[QUOTES] = []
            return doc
        text = doc.text  # spaCy rebuilds it from every token on each access: once per doc
        found = self.match(doc, text=text)
        self.set_annotations(doc, found, text=text)
        return doc

    def match(self, doc: Doc, *, text: str | None = None) -> list[Found]:
        """Direct and indirect quotes of the body, speakers resolved, in text order."""
        text = doc.text if text is None else text
        body = min(max(int(doc._.headline_end or 0), 0), len(text))
        paras = paragraphs(text, body)
        segs = segments(text, paras, self.marks)
        direct = self._direct(text, paras, segs)
        direct += self._unmarked(text, paras, segs)
        indirect = self._indirect(text, paras, direct)
        # an indirect quote that takes in a fragment reports it whole
        direct = [f for f in direct if not (f.fragment and any(
            i.start < f.end and f.start < i.end for i in indirect))]
        found = sorted(direct + indirect, key=lambda f: f.start)
        self._resolve(doc, found, text, body=body, paras=paras, segs=segs)
        return [f for f in found if (f.kind == "direct" and not f.fragment) or (f.speaker and f.speaker.name)]

    def set_annotations(self, doc: Doc, found: list[Found], *, text: str | None = None) -> None:
        text = doc.text if text is None else text
        spans: list[Span] = []
        for f in found:
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            sp = f.speaker or Speaker()
            span._.quote_text = f.text if f.text is not None else self._direct_text(text, f)
            span._.speaker = sp.name
            span._.role = sp.role
            span._.org = sp.org
            span._.cue = f.attr.cue
            span._.quote_kind = f.kind
            span._.rule_id = f.attr.rule_id
            spans.append(span)
        doc.spans[QUOTES] = sorted(spans, key=lambda s: (s.start, s.end))

    @staticmethod
    def _direct_text(text: str, f: Found) -> str:
        """The parts joined with a space, a trailing comma or dash dropped."""
        return fold(" ".join(text[a:b].rstrip(" ,–—-") for a, b in f.parts))

    # --- direct quotes --------------------------------------------------------
    def _direct(self, text: str, paras: list[tuple[int, int]], segs: list[Segment]) -> list[Found]:
        out: list[Found] = []
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
                attr = (self._and_cue(text, cur, prev, seg) or self._after_caption(text, cur, seg, paras))
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
        through a cue before them ("Labour said the gloss “beggars belief”")."""
        if not seg.closed or len(text[seg.start:seg.end].split()) < 2:
            return None
        lo = paras[seg.para][0]
        start = lo
        for m in _SENT_END.finditer(text, lo, seg.open_at):
            start = m.end()
        clause = text[start:seg.open_at]
        for rule_id, rx in self.patterns["fragment"]:
            m = rx.match(clause)
            if not m:
                continue
            sp, _ = self._speaker(m.group("spk"), rule_id)
            if sp is not None:
                return Attribution(sp, m.group("cue").lower(), rule_id, start, seg.after)
        return None

    def _unmarked(self, text: str, paras: list[tuple[int, int]], segs: list[Segment]) -> list[Found]:
        """A statement printed without quotation marks: a paragraph that ends in
        "X commented:" and a next paragraph with no mark in it is X's quote."""
        marked = {s.para for s in segs}
        out: list[Found] = []
        for p in range(len(paras) - 1):
            lo, hi = paras[p]
            a, b = paras[p + 1]
            if text[hi - 1] != ":" or p in marked or p + 1 in marked or text[b - 1] not in ".!?":
                continue
            last = None
            for m in _SENT_END.finditer(text, lo, hi):
                last = m.end()
            start = last if last is not None else lo
            attr = self._pre_clause(text[start:hi], start, hi)
            if attr is None or attr.rule_id in _NO_UNMARKED:
                continue
            out.append(Found([(a, b)], attr, "direct", p + 1, b, start))
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
        clause = text[start:hi]
        if not clause.strip():
            return None
        if cue_end is not None:     # "Tim said,." / "Tim said" ends the paragraph
            clause = text[start:cue_end.start("p")] + ":"
        return self._pre_clause(clause, start, seg.open_at)

    def _pre_clause(self, clause: str, start: int, end: int) -> Attribution | None:
        """The first "pre" pattern that reads a speaker from the clause."""
        for rule_id, rx in self.patterns["pre"]:
            m = rx.match(clause)
            if not m:
                continue
            sp = self.parser.parse(m.group("spk"))
            if sp is None or not self._acceptable(sp, rule_id):
                continue
            cue = m.groupdict().get("cue")
            return Attribution(sp, cue.lower() if cue else None, rule_id, start, end)
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
            if not m:
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

    @staticmethod
    def _reopens(cur: Found, prev: Segment | None, seg: Segment, paras: list[tuple[int, int]]) -> bool:
        """UK multi-paragraph style: the current quote's last paragraph ended
        with no closing mark and this segment opens the next paragraph."""
        return (prev is not None and not prev.closed and cur.parts[-1] == (prev.start, prev.end)
                and seg.para == prev.para + 1 and starts_paragraph(seg, paras))

    @staticmethod
    def _continues(text: str, cur: Found, seg: Segment, paras: list[tuple[int, int]]) -> bool:
        """The segment goes on with the current quote: nothing but its attribution
        lies between them, in the same paragraph or at the next one's start."""
        if seg.para == cur.para:
            return seg.open_at >= cur.reach and bool(_GAP.fullmatch(text, cur.reach, seg.open_at))
        if seg.para == cur.para + 1 and starts_paragraph(seg, paras):
            end = paras[cur.para][1]
            return cur.reach >= end or bool(_GAP.fullmatch(text, cur.reach, end))
        return False

    # --- indirect quotes ------------------------------------------------------
    def _indirect(self, text: str, paras: list[tuple[int, int]], direct: list[Found]) -> list[Found]:
        blocked = [(f.first_mark, f.reach) for f in direct if not f.fragment]
        out: list[Found] = []
        for p, (a, b) in enumerate(paras):
            for s0, e0 in self._sentences(text, a, b):
                if any(s0 < hi and lo < e0 for lo, hi in blocked):
                    out.extend(self._tail(text, s0, e0, p, direct))
                    continue
                for s, e in _clauses(text, s0, e0):
                    out.extend(self._reported(text, s, e, p))
        return out

    def _tail(self, text: str, s: int, e: int, para: int, direct: list[Found]) -> list[Found]:
        """'“A,” said X, adding that CLAUSE': reported words after a direct
        quote's attribution, in the same sentence, are the same speaker's."""
        out: list[Found] = []
        for f in direct:
            if f.fragment or not (s < f.reach < e) or f.attr.end != f.reach:
                continue
            for rule_id, rx in self.patterns["tail"]:
                m = rx.match(text[f.reach:e])
                if not m:
                    continue
                t0, t1 = _trim(text, f.reach + m.start("text"), f.reach + m.end("text"))
                attr = Attribution(f.attr.speaker, m.group("cue").lower(), rule_id, f.reach, e)
                out.append(Found([(t0, t1)], attr, "indirect", para, e, f.reach, text=fold(text[t0:t1])))
                break
        return out

    @staticmethod
    def _sentences(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
        pos = a
        for m in _SENT_SPLIT.finditer(text, a, b):
            yield pos, m.start()
            pos = m.end()
        if pos < b:
            yield pos, b

    def _reported(self, text: str, s: int, e: int, para: int) -> list[Found]:
        """Each sentence pattern whose speaker is a named person or body; a later
        pattern adds a quote only where its words do not overlap an earlier one's
        ("X fell, according to the ONS, which described the rise as notable")."""
        sent = text[s:e]
        out: list[Found] = []
        for rule_id, rx in self.patterns["sentence"]:
            m = rx.match(sent)
            if not m:
                continue
            g = m.groupdict()
            cue = (g.get("cue") or g.get("cue2") or "according to").lower()
            t0, t1 = s + m.start("text"), s + m.end("text")
            if any(t0 < f.end and f.start < t1 for f in out):
                continue
            raw = g.get("spk") or g.get("spk2") or ""
            spk = _ADVERB_AFTER.sub("", raw)
            if "according" in rule_id and self.parser.is_data(_strip_det(spk)):
                continue     # "according to figures": a claim's source
            if cue in self.that_cues and rule_id == "indirect_said" and not g.get("that"):
                continue     # "announced a new scheme" reports no statement
            comp = self.complements.get(cue) if rule_id == "indirect_judgement" else None
            if comp is not None and not comp.search(text, t0, t1):
                continue
            sp, spk = self._speaker(spk, rule_id)
            if sp is None:
                continue
            # "He said that ...": a person's pronoun goes to the last speaker
            # (dropped if there is none); "they" / "it" to a body named before
            pron = _strip_det(spk).lower()
            group = sp.pronoun and pron in _GROUP_PRONOUNS
            if cue in self.object_cues and rule_id not in _OBJECT_IS_SPEECH:
                obj = re.match(r"(?:[\w’'-]+\s+){1,4}?that\s+", text[t0:t1])
                if not obj:
                    continue
                t0 += obj.end()
            t0, t1 = _trim(text, t0, t1)
            if t1 - t0 < 6 or (t1 - t0 < 12 and rule_id != "indirect_judgement"):
                continue
            attr = Attribution(sp, cue, rule_id, s, e, group=group)
            out.append(Found([(t0, t1)], attr, "indirect", para, e, s, text=fold(text[t0:t1])))
        return sorted(out, key=lambda f: f.start)

    def _speaker(self, spk: str, rule_id: str) -> tuple[Speaker | None, str]:
        """The speaker phrase read, or its last piece after a comma or a
        conjunction ("... in 2016, after an inquest" -> "an inquest") when the
        whole names no one. A bare title ("said the Police and Crime
        Commissioner") counts if _resolve finds who holds it."""
        pieces = [spk]
        if "according" not in rule_id and rule_id != "indirect_post":
            head = _WHICH.sub("", spk)
            cuts = [m.end() for m in _TAIL_SPLIT.finditer(head)]
            pieces += [_ADVERB_AFTER.sub("", head[c:]) for c in reversed(cuts)][:1]
        for piece in pieces:
            sp = self.parser.parse(piece)
            if sp is None:
                continue
            pron = _strip_det(piece).lower()
            person = sp.pronoun and pron in _PERSON_PRONOUNS
            group = sp.pronoun and pron in _GROUP_PRONOUNS
            if sp.pronoun and not (person or group):
                continue
            if sp.name or sp.role or person or group:
                return sp, piece
        return None, spk

    # --- speakers -------------------------------------------------------------
    def _resolve(self, doc: Doc, found: list[Found], text: str, *,
                 body: int = 0, paras: list[tuple[int, int]] | None = None,
                 segs: list[Segment] | None = None) -> None:
        """Pronouns, short names and bare titles to the fullest known speaker."""
        quoted = [(s.open_at, s.after) for s in segs or []]
        people, mentions = self._people(doc, found, text, body=body, quoted=quoted)
        force = _main_force(text)
        last: Speaker | None = None
        last_at = body
        for i, f in enumerate(found):
            sp = f.attr.speaker
            if f.attr.group:
                # "They also say ...": the organisation named since the last
                # speaker, else the body or organisation quoted before
                sp = (self._last_org(text, last_at, f.first_mark, quoted)
                      or (last if last is not None and last.is_org else Speaker()))
            elif sp.pronoun:
                sp = (self._antecedent(text, f, mentions, paras or [], last, last_at, people) or last
                      or self._cataphor(found[i + 1:], people) or Speaker())
            elif sp.is_org:
                if sp.name and sp.name.lower() in self.parser.org_speakers and force:
                    sp = sp.with_(name=force)
                elif sp.name and sp.name.isupper():
                    sp = sp.with_(name=_expansion(text, sp.name) or sp.name)
            elif sp.name:
                sp = self._fullest(sp, people)
                if sp.bare:     # "Officers said ...": a name only if the release gives it in full
                    sp = Speaker()
            elif sp.role:
                holder = _holder(sp.role, people)
                if holder:
                    sp = holder.with_(org=sp.org or holder.org)
            f.speaker = sp
            if sp.name:
                last, last_at = sp, max(f.reach, f.first_mark)

    def _antecedent(self, text: str, f: Found, mentions: list[Mention], paras: list[tuple[int, int]],
                    last: Speaker | None, last_at: int, people: dict[str, Speaker]) -> Speaker | None:
        """Who "he said" points to when a person is brought in after the last
        speaker ("John Campion, Police and Crime Commissioner, was speaking
        after ..." then "He said: ..."): the subject (first person mentioned) of
        the last sentence before the quote that mentions one. Gender is not
        checked. "He added" / "she continued" keep the last speaker; a person
        with no title replaces no earlier speaker."""
        if last is not None and (f.attr.cue or "") in self.continuing:
            return None
        lo, hi = last_at, f.first_mark
        i = bisect_left([m.at for m in mentions], hi) - 1
        if i < 0 or mentions[i].at < lo:
            return None
        pa = next((a for a, b in paras if a <= mentions[i].at < b), lo)
        sent = pa
        for m in _SENT_SPLIT.finditer(text, pa, mentions[i].at):
            sent = m.end()
        sent = max(sent, lo)
        j = i
        while j > 0 and mentions[j - 1].at >= sent:
            j -= 1
        subject = mentions[j]
        if not subject.titled and (last is not None or subject.at != sent):
            return None
        return self._fullest(subject.speaker, people)

    def _last_org(self, text: str, lo: int, hi: int, quoted: list[tuple[int, int]]) -> Speaker | None:
        """The last organisation named between ``lo`` and ``hi`` outside quotation
        marks ("However the Scottish Government response ... It also said ...")."""
        found = None
        for m in _ORG_RUN.finditer(text, lo, hi):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            sp = self.parser.parse(m.group(0))
            if sp is not None and sp.is_org and sp.name:
                found = sp
        return found

    def _cataphor(self, later: list[Found], people: dict[str, Speaker]) -> Speaker | None:
        """A news lede quotes someone before naming them ("welcomed by a police
        chief – however, she said ..." then "Superintendent Kate Stephen said:"):
        a person's pronoun with no speaker before it is the first person named
        as a speaker after it."""
        for f in later:
            sp = f.attr.speaker
            if sp.name and not (sp.pronoun or sp.is_org or sp.bare):
                return self._fullest(sp, people)
        return None

    def _people(self, doc: Doc, found: list[Found], text: str, *, body: int = 0,
                quoted: list[tuple[int, int]] | None = None) -> tuple[dict[str, Speaker], list[Mention]]:
        """Named people of the release by surname, each at its fullest mention;
        and the mentions of people in the body outside quotation marks, in text
        order (titled: with a title, an honorific or a role after a comma)."""
        people: dict[str, Speaker] = {}
        cands: list[Speaker] = []
        mentions: list[Mention] = []
        quoted = quoted or []

        def mention(at: int, sp: Speaker, titled: bool) -> None:
            if at >= body and not any(a <= at < b for a, b in quoted):
                mentions.append(Mention(at, sp, titled))

        for f in found:
            if f.attr.speaker.name and not (f.attr.speaker.is_org or f.attr.speaker.bare):
                cands.append(f.attr.speaker)
        for m in self.titled_name.finditer(text):
            if not (m.group("role") or m.group("hon")):
                continue
            sp = self.parser.parse(m.group(0))
            if sp and sp.name and not sp.is_org:
                cands.append(sp)
                mention(m.start(), sp, True)
        for m in self.name_role.finditer(text):
            sp = self.parser.parse(m.group(0))
            full = sp is not None and sp.name is not None and (
                " " in sp.name or bool(self.parser.honorific_re.match(m.group(0))))   # "Mr Brown, the ..."
            if sp and sp.name and sp.role and not sp.is_org and full:
                cands.append(sp)
                mention(m.start(), sp, True)
        for m in self.role_name.finditer(text):
            sp = self.parser.parse(m.group(0))
            if sp and sp.name and sp.role and not sp.is_org and " " in sp.name:
                cands.append(sp)
                mention(m.start(), sp, True)
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                sp = self.parser.parse(text[ent.start_char:ent.end_char])
                if sp and sp.name and not sp.is_org and " " in sp.name:
                    cands.append(sp)
                    mention(ent.start_char, sp, bool(sp.role))
        for sp in cands:
            key = sp.name.split()[-1]
            old = people.get(key)
            if old is None:
                people[key] = sp
                continue
            longer = sp if len(sp.name) > len(old.name) else old
            other = old if longer is sp else sp
            people[key] = longer.with_(role=longer.role or other.role, org=longer.org or other.org)
        mentions.sort(key=lambda m: m.at)     # stable: a titled reading first
        return people, mentions

    @staticmethod
    def _fullest(sp: Speaker, people: dict[str, Speaker]) -> Speaker:
        known = people.get(sp.name.split()[-1])
        if known is None:
            return sp
        first, kfirst = sp.name.split()[0], known.name.split()[0]
        if " " in sp.name and first != kfirst:
            return sp   # another person with the same surname
        return sp.with_(name=known.name if len(known.name) > len(sp.name) else sp.name,
                        role=sp.role or known.role, org=sp.org or known.org, bare=False)


def _goes_on(run: list[Segment], seg: Segment, paras: list[tuple[int, int]]) -> bool:
    """UK multi-paragraph style before any attribution: the run's last
    paragraph ended with no closing mark and ``seg`` opens the next one
    ("“A.\n\n“B,” said X." is one quote)."""
    return bool(run) and not run[-1].closed and seg.para == run[-1].para + 1 and starts_paragraph(seg, paras)


def _holder(role: str, people: dict[str, Speaker]) -> Speaker | None:
    """Who holds a bare title: the same title, or one ending in it ("the
    Commissioner" for the Police and Crime Commissioner) when one person does."""
    same = [p for p in people.values() if p.role == role]
    if same:
        return same[0]
    want = " " + role.lower()
    longer = [p for p in people.values() if p.role and (" " + p.role.lower()).endswith(want)]
    return longer[0] if len({p.name for p in longer}) == 1 else None


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A sentence cut before a second reported statement ("..., while he said ...")."""
    cuts = [m.end() for m in _CLAUSE_SPLIT.finditer(text, s, e)]
    bounds = [s] + cuts + [e]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _strip_det(s: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", s.strip(), flags=re.I)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop spaces, final punctuation and quotation marks at the ends."""
    while a < b and (text[a].isspace() or text[a] in "“\"‘'"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:!?”\"’'"):
        b -= 1
    return a, b


_ORG_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:for|of|and|the|&)\s+)*[A-Z][\w'’-]*)+")
_SMALL_WORDS = {"for", "of", "and", "the", "&"}


def _expansion(text: str, acronym: str) -> str | None:
    """An acronym's name written out in the release ("ONS" -> "Office for
    National Statistics"): the first capitalised run whose initials spell it."""
    for m in _ORG_RUN.finditer(text):
        words = m.group(0).split()
        caps = [i for i, w in enumerate(words) if w.lower() not in _SMALL_WORDS]
        for k in range(len(caps) - len(acronym) + 1):
            run = caps[k:k + len(acronym)]
            if "".join(words[i][0] for i in run) == acronym:
                return " ".join(words[run[0]:run[-1] + 1])
    return None


def _main_force(text: str) -> str | None:
    """The force the release names most ("the force said" speaks for it)."""
    counts: dict[str, int] = {}
    for m in _FORCE.finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(0))
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


@Language.factory("crime_claims_quotes", assigns=["doc.spans"], default_config={})
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Attributed quotes: ``doc.spans["quotes"]`` with ``Span._.speaker`` and friends."""
    return QuotesComponent(nlp, name)
