"""Indirect speech: sentences outside direct quotes read by the "sentence"
patterns ("according to X", "X said (that) ..."), each cut before a second
reported statement ("..., while he said ..."); and reported words that follow a
direct quote's attribution in the same sentence ('“A,” said X, adding that ...',
the "tail" patterns). A speaker phrase that names no one is retried on its last
piece ("... in 2016, after an inquest" -> "an inquest")."""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Literal

from ..claims.prefilter import may_match
from .marks import fold
from .models import Attribution, Found
from .readings import readings
from .speakers import Speaker, SpeakerParser, _alternation

_SENT_SPLIT = re.compile(r"(?<=[.!?])[”’\"')\]]*\s+(?=[A-Z0-9“‘\"'(£])")
_WHICH = re.compile(r",?\s+(?:who|which)$")
# where reported words were cut before a participle of speech ("..., adding that")
_PARTICIPLE_THAT = re.compile(r"\s*,\s+(?:and\s+)?[a-z]+ing\s+that\b")
# a reading rejected for more than its speaker: no later reporting word is tried
_STOP: Literal["stop"] = "stop"
# the hearer after "told" when "that" is left out: one to five words from the
# start, shortest first ("councillors", "the BBC", "a meeting of the board",
# "members of the Northshire Police Authority": a body's name runs long)
_HEARERS = [re.compile(rf"(?:(?:the|a|an)\s+)?[\w’'-]+(?:\s+(?:of\s+the\s+)?[\w’'-]+){{{n}}}\s+")
            for n in range(5)]
# rules whose object is itself the reported words ("urges caution"), not a hearer
_OBJECT_IS_SPEECH = {"indirect_object", "indirect_praise_for", "indirect_praise_object", "indirect_pointed_to",
                     "indirect_speaking_eval", "indirect_coordinated_object"}
# rules whose speaker phrase may not be data ("according to figures", "the
# figures pointed to a rise"): a claim's source or evidence, not speech
_NOT_DATA = {"indirect_pointed_to"}
# rules whose reported words may not be data alone: "praised the new figures"
# greets a release, it states no judgement of its own
_OBJECT_NOT_DATA = {"indirect_praise_object"}
# rules whose reported words stand before the cue ("..., she told reporters"): a
# hearer after the cue is not looked for in them
_WORDS_BEFORE = {"indirect_post"}
# rules whose cue follows a first verb of the speaker ("X welcomed A and said B"):
# the speaker is the sentence's subject, not the words before the cue
_SUBJECT_RULES = {"indirect_coordinated", "indirect_coordinated_last", "indirect_coordinated_object"}
# rules read through a verb of judgement and its complement ("described A as B")
_JUDGEMENT_RULES = {"indirect_judgement", "indirect_with_judgement"}
# rules whose cue, like "said", may take an object clause without "that"
_THAT_RULES = {"indirect_said", "indirect_coordinated", "indirect_coordinated_last"}


class IndirectSpeech:
    """Indirect quotes, mixed into the component: ``_compile`` sets ``patterns``,
    ``parser``, ``needs``, ``that_cues``, ``clause_start``, ``complements``, ``object_cues``,
    ``hearer_cues``, ``finding_cues``, ``finding_speaker``,
    ``speaker_split``, ``coordinated_cut``, ``hearer_that``, ``participle_link``,
    ``person_pronouns``, ``group_pronouns``, ``clause_openers``, ``not_verb``, ``tail_split`` and ``clause_split``."""

    def _indirect(self, text: str, paras: list[tuple[int, int]], direct: list[Found],
                  *, headline: bool = False) -> list[Found]:
        """``headline``: a headline drops "that" and the verb after a cue ("X
        admits long way to go"), so any cue takes the words after it."""
        blocked = [(f.first_mark, f.reach) for f in direct if not f.fragment]
        out: list[Found] = []
        for p, (a, b) in enumerate(paras):
            for s0, e0 in self._sentences(text, a, b):
                if any(s0 < hi and lo < e0 for lo, hi in blocked):
                    out.extend(self._tail(text, s0, e0, p, direct))
                    continue
                for s, e in _clauses(text, s0, e0, self.clause_split, self.speaker_split):
                    out.extend(self._reported(text, s, e, p, headline=headline))
        more = self._before_participle(text, paras, direct)
        return out + [f for f in more if not any(f.start < g.end and g.start < f.end for g in out)]

    def _before_participle(self, text: str, paras: list[tuple[int, int]], direct: list[Found]) -> list[Found]:
        """'X said CLAUSE, adding: “…”': the clause before the participle (or
        the second cue) that attributes a direct quote is read as a sentence of
        its own; its reported words are a quote too."""
        out: list[Found] = []
        for f in direct:
            if f.attr.rule_id != "direct_pre_participle":
                continue
            a, b = f.attr.start, f.attr.end
            m = self.participle_link.search(text[a:b].rstrip(" \t\n“\"‘'"))
            p = next((i for i, (lo, hi) in enumerate(paras) if lo <= a < hi), None)
            if m is None or p is None:
                continue
            out.extend(g for g in self._reported(text, a, a + m.start(), p)
                       if not any(g.start < h.end and h.start < g.end for h in out))
        return out

    def _tail(self, text: str, s: int, e: int, para: int, direct: list[Found]) -> list[Found]:
        """'“A,” said X, adding that CLAUSE': reported words after a direct
        quote's attribution, in the same sentence, are the same speaker's."""
        out: list[Found] = []
        for f in direct:
            if f.fragment or not (s < f.reach < e) or f.attr.end != f.reach:
                continue
            found = self._tail_words(text, f.reach, e, para, f.attr.speaker)
            if found is not None:
                out.append(found)
        return out

    def _tail_words(self, text: str, at: int, e: int, para: int, speaker: Speaker, *,
                    that_rules: bool = True, group: bool = False) -> Found | None:
        """The reported words the first "tail" pattern reads at ``at`` (', adding that CLAUSE'), the quote
        of ``speaker``; ``that_rules``: also the patterns with a "that" of their own."""
        for rule_id, rx in self.patterns["tail"]:
            if "that" in rx.groupindex and not that_rules:
                continue
            m = rx.match(text[at:e])
            if not m:
                continue
            t0, t1 = _trim(text, at + m.start("text"), at + m.end("text"))
            if ("that" in rx.groupindex and not m.group("that") and m.group("cue").lower() in self.that_cues
                    and not self.clause_start.match(text, t0, t1)):
                continue    # '..., and announced a new scheme' reports no statement
            attr = Attribution(speaker, m.group("cue").lower(), rule_id, at, e, group=group)
            return Found([(t0, t1)], attr, "indirect", para, e, at, text=fold(text[t0:t1]))
        return None

    @staticmethod
    def _sentences(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
        pos = a
        for m in _SENT_SPLIT.finditer(text, a, b):
            yield pos, m.start()
            pos = m.end()
        if pos < b:
            yield pos, b

    def _reported(self, text: str, s: int, e: int, para: int, *, headline: bool = False) -> list[Found]:
        """Each sentence pattern whose speaker is a named person or body; a later
        pattern adds a quote only where its words do not overlap an earlier one's
        ("X fell, according to the ONS, which described the rise as notable")."""
        sent = text[s:e]
        out: list[Found] = []
        known: dict[frozenset[str], bool] = {}
        for rule_id, rx in self.patterns["sentence"]:
            if not may_match(self.needs[rule_id], sent, known):
                continue    # no match: the sentence lacks the words the pattern needs
            for m in readings(rx, sent):
                found = self._reading(text, s, e, para, rule_id, m, out, headline=headline)
                if isinstance(found, Found):
                    out.append(found)
                if found is not None:
                    break
        out += self._participle_after(text, e, para, out)
        return sorted(out, key=lambda f: f.start)

    def _participle_after(self, text: str, e: int, para: int, out: list[Found]) -> list[Found]:
        """'X said A, adding that B', 'A, police said, adding that B': a
        participle of speech and "that" after the reported words opens B, a new
        quote of the same speaker (read by the "tail" patterns, as after a direct
        quote's attribution)."""
        more: list[Found] = []
        for f in out:
            m = _PARTICIPLE_THAT.search(text, f.end, e)
            if m is None or any(f.end < g.end and g.start < e for g in out if g is not f):
                continue
            found = self._tail_words(text, m.start(), e, para, f.attr.speaker, that_rules=False, group=f.attr.group)
            if found is not None:
                more.append(found)
        return more

    def _reading(self, text: str, s: int, e: int, para: int, rule_id: str, m: re.Match[str],
                 out: list[Found], *, headline: bool = False) -> Found | Literal["stop"] | None:
        """One match of a sentence pattern read: the quote; None when the words
        before its cue name no one, so a later reporting word may be tried
        ("Outlining rates for reported crime, Inspector X said ..."); ``_STOP``
        when the subject was found but its verb reports nothing here ("The
        report, announced last week, shows ..." is no speech of the report), or
        the words are an earlier pattern's."""
        g = m.groupdict()
        cue = (g.get("cue") or g.get("cue2") or "according to").lower()
        t0, t1 = s + m.start("text"), s + m.end("text")
        # "... said A but warned that B": A ends before the second cue
        cut = self.coordinated_cut.search(text, t0 + 12, t1)
        if cut is not None:
            t1 = cut.start()
        if any(t0 < f.end and f.start < t1 for f in out):
            return _STOP
        raw = g.get("spk") or g.get("spk2") or ""
        spk = self.parser.drop_adverbs(raw)
        if ("according" in rule_id or rule_id in _NOT_DATA) and self.parser.is_data(_strip_det(spk, self.parser)):
            return _STOP     # "according to figures": a claim's source
        sp, spk = self._speaker(spk, rule_id)
        if sp is None:
            return None     # the words before the cue name no one: a later cue may speak
        if cue in self.finding_cues and not self.finding_speaker.search(spk):
            return _STOP     # "Officers found that the door was forced": a discovery, not speech
        # "advised the police board that ...": a hearer, then "that"
        hearer = (self.hearer_that.match(text[t0:t1])
                  if cue in self.hearer_cues and rule_id in _THAT_RULES and not g.get("that") else None)
        if (cue in self.that_cues and rule_id in _THAT_RULES and not g.get("that") and not headline
                and hearer is None and not self.clause_start.match(text, t0, t1)):
            return _STOP     # "announced a new scheme" reports no statement
        comp = self.complements.get(cue) if rule_id in _JUDGEMENT_RULES else None
        if comp is not None and not comp.search(text, t0, t1):
            return _STOP
        # "He said that ...": a person's pronoun goes to the last speaker
        # (dropped if there is none); "they" / "it" to a body named before
        pron = self._pronoun(spk)
        group = sp.pronoun and pron in self.group_pronouns
        if cue in self.object_cues and rule_id not in _OBJECT_IS_SPEECH | _WORDS_BEFORE:
            obj = self.hearer_that.match(text[t0:t1])
            after = t0 + obj.end() if obj else self._object_clause(text, t0, t1)
            if after is None:
                return _STOP
            t0 = after
        elif hearer is not None:     # "assured residents that ..."
            t0 = t0 + hearer.end()
        t0, t1 = _trim(text, t0, t1)
        if rule_id in _OBJECT_NOT_DATA and self.parser.is_data(_strip_det(text[t0:t1], self.parser)):
            return _STOP
        if t1 - t0 < 6 or (t1 - t0 < 12 and rule_id not in _JUDGEMENT_RULES):
            return _STOP
        attr = Attribution(sp, cue, rule_id, s, e, group=group)
        return Found([(t0, t1)], attr, "indirect", para, e, s, text=fold(text[t0:t1]))

    def _pronoun(self, piece: str) -> str:
        """The speaker phrase in lower case without a connective, an opening
        time phrase or sentence adverb, or an article ("In addition he" -> "he",
        "Yesterday the force" -> "force"): what a pronoun test reads."""
        return _strip_det(self.parser.time_lead.sub("", self.parser.drop_connective(piece), count=1), self.parser).lower()

    def _object_clause(self, text: str, t0: int, t1: int) -> int | None:
        """"told councillors the fall was due to ...": a short hearer, then a
        clause with its own subject and finite verb ("that" left out); where
        the clause starts."""
        for rx in _HEARERS:
            obj = rx.match(text, t0, t1)
            if obj and self.clause_start.match(text, obj.end(), t1) and not _cut_in_name(
                    text, obj.start(), obj.end(), t1, self.clause_openers, self.acronym_small_words):
                return obj.end()
        return None

    def _speaker(self, spk: str, rule_id: str) -> tuple[Speaker | None, str]:
        """The speaker phrase read, or its last piece after a comma or a
        conjunction ("... in 2016, after an inquest" -> "an inquest") when the
        whole names no one. A bare title ("said the Police and Crime
        Commissioner") counts if _resolve finds who holds it."""
        if rule_id in _SUBJECT_RULES:
            return self._subject(spk)
        pieces = [spk]
        if "according" not in rule_id and rule_id != "indirect_post":
            head = _WHICH.sub("", spk)
            cuts = [m.end() for m in self.tail_split.finditer(head)]
            pieces += [self.parser.drop_adverbs(head[c:]) for c in reversed(cuts)][:1]
        bare: tuple[Speaker, str] | None = None
        for i, piece in enumerate(pieces):
            sp = self.parser.parse(piece)
            if sp is None:
                continue
            pron = self._pronoun(piece)
            # "the officer warned that": a definite description points back as "he" does
            person = sp.pronoun and (pron in self.person_pronouns or bool(self.parser.definite_person.match(piece)))
            group = sp.pronoun and pron in self.group_pronouns
            if sp.pronoun and not (person or group):
                continue
            if sp.bare and i + 1 < len(pieces):
                # "Significantly, the force has ... when HMICFRS": one capitalised
                # word opening a long clause gives way to a speaker ending it
                bare = bare or (sp, piece)
                continue
            if sp.name or sp.role or person or group:
                return sp, piece
        return bare if bare is not None else (None, spk)


    def _subject(self, words: str) -> tuple[Speaker | None, str]:
        """The subject of a sentence whose first verb is not a cue ("Chief
        Constable X, head of Y, welcomed the figures and ..."): the shortest
        opening, ended before a lower-case word that can be a verb, that names
        someone. A bare capitalised word counts only before a past-tense verb
        ("Smith welcomed ...", not "Figures released ..."). A title with no
        name is left: "the county's commissioner welcomed A but warned B" opens
        a release as its summary, and the named speaker says it later."""
        for m in re.finditer(r"\s+(?=[a-z])", words):
            if self.not_verb.match(words, m.end()):
                continue
            piece = words[:m.start()].rstrip(" ,")
            sp = self.parser.parse(piece)
            if sp is None:
                continue
            pron = self._pronoun(piece)
            if sp.pronoun:
                if pron in self.person_pronouns | self.group_pronouns:
                    return sp, piece
                continue
            if sp.bare and not re.match(r"[a-z]+ed\b", words[m.end():]):
                continue
            if sp.name and not sp.unnamed:     # a title alone ("the county's commissioner") is left
                return sp, piece
        return None, words


def clause_split(conjunctions: Iterable[str], pronouns: Iterable[str]) -> re.Pattern[str]:
    """"..., while he said ..." / "... – however, she said ...": a second reported
    statement in the same sentence starts at its pronoun, after a comma or a dash
    and one of ``conjunctions`` (``clause_split_conjunctions``, ``clause_split_pronouns``)."""
    return re.compile(rf"(?:,|\s[–—-])\s+(?:{_alternation(conjunctions) or '(?!)'})\s+"
                      rf"(?=(?:{_alternation(pronouns) or '(?!)'})\s+(?:also\s+)?[a-z]+\b)")


def _clauses(text: str, s: int, e: int, clause: re.Pattern[str],
             split: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """A sentence cut before a second reported statement ("..., while he said
    ...", "... but police chiefs maintain ..."): ``clause`` is ``clause_split``'s."""
    cuts = {(m.end(), m.end()) for m in clause.finditer(text, s, e)}
    if split is not None:   # the conjunction belongs to neither clause
        cuts |= {(m.start(), m.end()) for m in split.finditer(text, s, e)}
    out, pos = [], s
    for a, b in sorted(cuts):
        if a < pos:
            continue
        out.append((pos, a))
        pos = b
    return out + [(pos, e)]


def _cut_in_name(text: str, a: int, b: int, end: int, openers: frozenset[str],
                 small: frozenset[str] = frozenset()) -> bool:
    """A hearer ending inside a name ("told BBC | Wales the force had ...", "told
    the Police and | Crime Panel ..."): its last word is capitalised or one of a
    name's ``small`` words, the next is capitalised and none of ``openers`` (the
    words that open a clause: "told BBC Wales The ...")."""
    last = text[a:b].split()[-1]
    nxt = text[b:end].split(None, 1)
    return (bool(nxt) and (last[:1].isupper() or last.lower() in small)
            and nxt[0][:1].isupper() and nxt[0] not in openers)


def _strip_det(s: str, parser: SpeakerParser) -> str:
    """"the force" -> "force", "But he" -> "he"."""
    return re.sub(r"^(?:the|a|an)\s+", "", parser.drop_connective(s), flags=re.I)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop spaces, final punctuation and quotation marks at the ends."""
    while a < b and (text[a].isspace() or text[a] in "“\"‘'"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:!?”\"’'"):
        b -= 1
    return a, b
