"""Read a number's hedge, direction and kind from the words around it.

Pure string functions: the component hands over the sentence text left of
the number and right of it, so every rule here is testable without spaCy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .numbers import alternation


@dataclass(frozen=True)
class Reading:
    """What the context says about one number."""

    kind: str                  # change | level | continue (restates the claim before it)
    direction: str | None
    approx: str
    cue_offset: int | None     # where the hedge or direction words start, as an offset into ``left``
    right_extra: int = 0       # characters of ``right`` that belong to the claim ("drop" in "10% drop")
    rule_id: str = ""
    implied: str | None = None  # a level's change of direction ("down from 239"): for a restating "or 30%"


class ContextReader:
    """Compiled hedge, direction and distractor patterns."""

    def __init__(self, rules: dict[str, Any]) -> None:
        d = rules.get("direction", {})
        hedges = rules.get("hedges", {})
        self.hedge_of = {w.lower(): k for k, ws in hedges.items() for w in ws}
        self.hedge_re = re.compile(r"(?:^|(?<=\W))(?P<h>" + alternation(list(self.hedge_of)) + r")\s+$", re.I)
        # longest text these "<words>\s+$" patterns match before their final spaces (see ``_search_tail``)
        self.hedge_reach = _longest(self.hedge_of)
        self.verb_dir = _invert(d.get("verbs", {}))
        self.noun_dir = _invert(d.get("nouns", {}))
        self.comp_dir = _invert(d.get("comparatives", {}))
        verbs = alternation(list(self.verb_dir))
        nouns = alternation(list(self.noun_dir))
        gap = int(d.get("verb_by_gap", 6))
        in_gap = int(d.get("noun_in_gap", 50))
        intens = alternation(d.get("intensifiers", []) or ["huge"])
        # "by a huge ", "a whopping ": an intensifier between the cue and the figure
        filler = r"(?:(?:a|an)\s+(?:" + intens + r")\s+)?"
        # the "in" phrase holds no other change noun: "the drop in burglary ... a rise of 2%" is the rise
        in_phrase = r"(?:\s+in\s+(?:(?!\b(?:" + nouns + r")\b)[^,;.()\n]){1," + str(in_gap) + r"}?)?"

        # first words of the cues, for skipping the cue patterns on a tail that holds none
        self.noun_first = _first_words(self.noun_dir)
        self.verb_first = _first_words(self.verb_dir)
        self.particles = {w.lower() for w in d.get("particle_verbs", [])}
        self.negations = alternation(d.get("negations", ["not"]))
        self.noun_of_re = re.compile(r"(?:\b(?:a|an|the)\s+(?:[\w-]+\s+)?)?\b(?P<cue>" + nouns + r")" + in_phrase
                                     + r"\s+of\s+" + filler + "$", re.I)
        # "a smaller increase in crime, at just 9%": the figure is the change itself
        # ... also after a comparison: "the increase is less, at 2%"
        compare = alternation(d.get("noun_at_comparisons", []) or ["less"])
        self.noun_at_re = re.compile(r"\b(?P<cue>" + nouns + r")" + in_phrase
                                     + r"(?:\s+(?:is|was|are|were|has\s+been)\s+(?:much\s+|far\s+|even\s+)?(?:"
                                     + compare + r"))?"
                                     + r",?\s+at\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
        # "the 5% figure", "the national figure of 4%": a figure restated by name
        self.restated_left = re.compile(d["restated_left"], re.I) if d.get("restated_left") else None
        self.restated_right = re.compile(d["restated_right"], re.I) if d.get("restated_right") else None
        self.noun_is_re = re.compile(
            r"\b(?P<cue>" + nouns + r")\s+(?:is|was|are|were|will\s+be|would\s+be|has\s+been|had\s+been|"
            r"stands\s+at|stood\s+at|amounts\s+to|amounted\s+to)\s+$", re.I)
        # a comma may set "by" off right after its verb: "the only one to rise, by 3.3 per cent"
        self.verb_by_re = re.compile(
            r"\b(?P<cue>" + verbs + r")\b(?:,(?=\s+by\b))?(?:\s+(?!(?:and|but|while|whereas)\b)[^\s,.;:()]+){0," + str(gap) + r"}?\s+by\s+" + filler + "$", re.I)
        self.verb_adj_re = re.compile(r"(?:(?P<pre>[\w']+)\s+)?\b(?P<cue>" + verbs + r")\s+" + filler + "$", re.I)
        # a level started from after a direction word: "down from 239", "fell from 239 to 167"
        self.implied_re = re.compile(r"\b(?P<cue>" + verbs + r")\s+(?:by\s+\S+\s+)?from\s+(?:\S+\s+to\s+)?$", re.I)
        self.between_re = re.compile(r"\bbetween\s+$", re.I)
        self.between_reach = len("between")
        self.trend_re = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:" + alternation(d.get("trend_words", ["trend"]))
                                   + r")\b", re.I)
        # "and of non-dwellings by 7%": an elliptical clause that continues the change before it
        self.ellipsis_re = re.compile(r"(?:,|\b(?:and|while|with|but|whereas))\s+(?:[^,;.()\n]{1,60}?\s+)?by\s+"
                                      + filler + "$", re.I)
        self.right_re = re.compile(r"^\s+(?P<cue>" + alternation(list(self.comp_dir) + list(self.noun_dir)) + r")\b", re.I)
        level_cues = rules.get("level_cues", ["to", "at", "from"])
        self.level_re = re.compile(r"\b(?:" + alternation(level_cues) + r")\s+$", re.I)
        self.level_reach = _longest(level_cues)
        cont_cues = rules.get("continuation_cues", [", or"])
        self.cont_re = re.compile(r"(?:^|(?<![\w]))(?:" + alternation(cont_cues) + r")\s+$", re.I)
        self.cont_reach = _longest(cont_cues)
        extra_cues = rules.get("increase_prefixes", ["an extra"])
        self.extra_re = re.compile(r"\b(?P<cue>" + alternation(extra_cues) + r")\s+$", re.I)
        self.extra_reach = _longest(extra_cues)
        self.neg_re = re.compile(r"\b(?:" + self.negations + r")\s+(?:[\w']+\s+)?$", re.I)
        self.distractors = []
        for rule in rules.get("distractors", []):
            flags = 0 if rule["id"] in _CASED else re.I
            left = re.compile(rule["left"], flags) if rule.get("left") else None
            right = re.compile(rule["right"], flags) if rule.get("right") else None
            self.distractors.append((rule["id"], left, right))

    # -- distractors ---------------------------------------------------------
    def distractor(self, left: str, right: str) -> str | None:
        """The id of the first not-a-claim rule that fits, else None."""
        for rid, lrx, rrx in self.distractors:
            if lrx is not None and not _ends_with(lrx, left):
                continue
            if rrx is not None and not rrx.match(right):
                continue
            return rid
        return None

    # -- reading ---------------------------------------------------------------
    def hedge(self, left: str) -> tuple[str, str]:
        """(approx, left without the hedge)."""
        m = _search_tail(self.hedge_re, left, self.hedge_reach)
        if not m:
            return "exact", left
        return self.hedge_of[m.group("h").lower()], left[:m.start("h")]

    def read(self, left: str, right: str, *, own_direction: str | None = None) -> Reading:
        """Kind, direction and approx of the number between ``left`` and ``right``."""
        approx, rest = self.hedge(left)
        cue = len(rest) if approx != "exact" else None
        m = _search_tail(self.between_re, rest, self.between_reach)  # "up by between 3 and 5 per cent"
        if m:
            rest = rest[:m.start()]
        if own_direction:  # "halved", "-4.6%"
            return Reading("change", self._negated(rest, own_direction), approx, cue, 0, "dir_own")
        if self.trend_re.match(right):
            return Reading("trend", None, approx, cue, 0, "dir_trend")
        m = _search_tail(self.cont_re, rest, self.cont_reach)
        if m:
            return Reading("continue", None, approx, cue, 0, "dir_continue")
        m = _search_tail(self.extra_re, rest, self.extra_reach)
        if m:
            return Reading("change", "increase", approx, m.start("cue"), 0, "dir_extra")
        nouns, verbs = self._cues_possible(rest)
        for rx, table, rid, possible in ((self.noun_of_re, self.noun_dir, "dir_noun_of", nouns),
                                         (self.noun_at_re, self.noun_dir, "dir_noun_at", nouns),
                                         (self.noun_is_re, self.noun_dir, "dir_noun_is", nouns),
                                         (self.verb_by_re, self.verb_dir, "dir_verb_by", verbs)):
            m = _search_end(rx, rest) if possible else None
            if m:
                direction = table[m.group("cue").casefold()]
                return Reading("change", self._negated(rest[:m.start("cue")], direction), approx,
                               m.start(), 0, rid)
        m = _search_end(self.verb_adj_re, rest) if verbs else None
        if m and not self._particle(m):
            direction = self.verb_dir[m.group("cue").casefold()]
            return Reading("change", self._negated(rest[:m.start("cue")], direction), approx,
                           m.start("cue"), 0, "dir_verb")
        m = self.right_re.match(right)
        if m and not _search_tail(self.level_re, rest, self.level_reach):
            word = m.group("cue").casefold()
            direction = self.comp_dir.get(word) or self.noun_dir.get(word)
            return Reading("change", direction, approx, cue, m.end(), "dir_after")
        m = _search_end(self.implied_re, rest) if verbs else None
        implied = self.verb_dir[m.group("cue").casefold()] if m else None
        return Reading("level", None, approx, cue, 0, "level", implied)

    def _cues_possible(self, rest: str) -> tuple[bool, bool]:
        """(a change noun may match, a change verb may match) in the tail ``_search_end`` reads.

        The cue patterns (noun_of/at/is, verb_by, verb_adj, implied) each need a cue word that
        starts at a word boundary and ends before a non-word character, so on an ASCII tail the
        cue's first word is one of the tail's words. Trying six patterns at every position of the
        tail costs ~0.4 ms a figure; a line of hundreds of bare figures made that quadratic-looking.
        A non-ASCII tail (case folding beyond ASCII) or cue lists this reasoning does not cover
        always run the patterns: the result is the same either way, only slower."""
        if self.noun_first is None or self.verb_first is None:
            return True, True
        tail = rest[-_TAIL:]
        if not tail.isascii():
            return True, True
        words = set(_WORD.findall(tail.lower()))
        return not words.isdisjoint(self.noun_first), not words.isdisjoint(self.verb_first)

    def restated(self, left: str, right: str) -> bool:
        """"the 5% figure", "the national figure of 4%": the text names the number as a figure
        (the caller looks for the earlier change it restates)."""
        rest = self.hedge(left)[1]
        return bool((self.restated_left is not None and _search_end(self.restated_left, rest))
                    or (self.restated_right is not None and self.restated_right.match(right)))

    def ellipsis(self, left: str) -> bool:
        """"and of non-dwellings by 7%": a clause without its verb, continuing the change before."""
        return _search_end(self.ellipsis_re, self.hedge(left)[1]) is not None

    def _particle(self, m: re.Match[str]) -> bool:
        """"made up", "steps up": up/down after a phrasal verb is no direction."""
        return m.group("cue").lower() in {"up", "down"} and (m.group("pre") or "").lower() in self.particles

    def negated(self, before: str, direction: str) -> str:
        """``direction``, or "none" when ``before`` ends with a negation."""
        return self._negated(before, direction)

    def _negated(self, before: str, direction: str) -> str:
        """"did not rise", "no increase": no change."""
        # a negation and at most one word before the cue: only the end of a long left text can match
        return "none" if self.neg_re.search(before, max(0, len(before) - _TAIL)) else direction


_CASED = {"dis_address", "dis_operation"}


def _invert(table: dict[str, list[str]]) -> dict[str, str]:
    return {w.lower(): k for k, ws in table.items() for w in ws}


_TAIL = 160                 # characters of left context the "...$" cue patterns read
_WORD = re.compile(r"\w+")


def _first_words(cues: Any) -> frozenset[str] | None:
    """Lower-cased first words of ASCII cues that start with a word character; None when some
    cue is not like that (then ``_cues_possible`` never skips)."""
    out = set()
    for cue in cues:
        m = _WORD.match(cue.lower())
        if not cue.isascii() or m is None:
            return None
        out.add(m.group(0))
    return frozenset(out)


def _longest(words: Any) -> int:
    """Length of the longest literal of a word list (its alternation matches no longer text)."""
    return max((len(w) for w in words), default=0)


def _search_tail(rx: re.Pattern[str], text: str, reach: int) -> re.Match[str] | None:
    """``rx.search(text)`` for a pattern ``<literal of at most reach chars>\\s+$``, scanning only
    the end of the text: a match starts at most ``reach`` characters before the final run of
    spaces, so on a long line the search no longer tries every position (same result, same
    offsets; a search from ``pos`` still sees the character before it for lookbehinds)."""
    spaces = len(text) - len(text.rstrip())  # str.isspace() is what \s matches in a str pattern
    return rx.search(text, max(0, len(text) - spaces - reach))


def _ends_with(rx: re.Pattern[str], text: str) -> bool:
    """A left-context pattern must reach the end of the text."""
    return bool(text) and rx.search(text[-120:]) is not None


def _search_end(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The match of ``rx`` that ends at the end of ``text`` (patterns end with $)."""
    tail = text[-_TAIL:]
    m = rx.search(tail)
    if not m:
        return None
    # re-run on the tail so offsets refer to ``text``
    offset = len(text) - len(tail)
    return _Shifted(m, offset)  # type: ignore[return-value]


class _Shifted:
    """A match whose offsets are shifted back into the full string."""

    def __init__(self, m: re.Match[str], offset: int) -> None:
        self._m, self._o = m, offset

    def group(self, *a: Any) -> Any:
        return self._m.group(*a)

    def start(self, *a: Any) -> int:
        return self._m.start(*a) + self._o

    def end(self, *a: Any) -> int:
        return self._m.end(*a) + self._o
