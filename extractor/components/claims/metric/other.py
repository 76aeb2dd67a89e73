"""Metrics of figures that are not offence counts: money, uses, survey answers.

A release also states what was spent, cut or raised, how often a power was used
and what share of people answered a survey one way. For these the metric must
name the thing counted ("funding", "cost of rural crime", "Band D precept",
"said they would back the plan"), not the place, the actor or the verb. Each
reading here is narrow and returns None when its words are not there, so the
offence readings of this package keep the rest. Word lists: ``claims.yaml``
``other_metric``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:  # pragma: no cover
    from .reader import MetricReader


def _words(section: dict[str, Any], key: str) -> set[str]:
    return {w.lower() for w in section.get(key, [])}


def _is_place(tok: Token, places: set[int]) -> bool:
    return tok.i in places or tok.ent_type_ in ("GPE", "LOC")


class OtherMetricReader:
    """Readings for money, uses and survey shares; ``metrics`` gives the noun phrases."""

    def __init__(self, rules: dict[str, Any], metrics: MetricReader) -> None:
        m = rules.get("other_metric", {})
        self.metrics = metrics
        self.opinion_verbs = _words(m, "opinion_verbs")
        self.response_verbs = _words(m, "response_verbs")
        self.survey_nouns = _words(m, "survey_nouns")
        self.response_word = m.get("response_word", "responses")
        self.occasion_nouns = _words(m, "occasion_nouns")
        self.time_nouns = _words(m, "time_nouns")
        self.dashes = set(m.get("dashes", []))
        self.dash_skip = _words(m, "dash_skip")
        self.cost_verbs = _words(m, "cost_verbs")
        self.cost_of = m.get("cost_of", "cost of")
        self.change_verbs = {w.lower() for ws in rules.get("direction", {}).get("verbs", {}).values() for w in ws}
        self.verb_metric = {w.lower(): k for k, ws in m.get("verb_metrics", {}).items() for w in ws}
        self.measure_nouns = _words(m, "measure_nouns")

    # -- any unit ------------------------------------------------------------
    def read(self, doc: Doc, num: Span, claim: Span, unit: str, places: set[int], seg_start: int,
             rule_id: str) -> tuple[str | None, str] | None:
        """(metric, how) when one of the readings applies, else None."""
        readings = (("measure_noun", lambda: self.measure_noun(doc, num)),
                    ("opinion", lambda: self.opinion(num, unit)),
                    ("responses", lambda: self.responses(num, unit)),
                    ("occasions", lambda: self.occasions(doc, num, claim, places)),
                    ("time_share", lambda: self.time_share(doc, num, places)),
                    ("dashes", lambda: self.between_dashes(doc, num, seg_start, places)),
                    ("verb_object", lambda: self.changed_object(doc, num, rule_id, places)))
        for how, reading in readings:
            found = reading()
            if found:
                return found, how
        return None

    def measure_noun(self, doc: Doc, num: Span) -> str | None:
        """"despite government cuts of 30 per cent" -> government cuts: a figure after "of" (and at most
        a hedge such as "at least") whose noun is a change noun naming a measure of its own ("cuts",
        "savings") is about that noun, not about the crime the clause around it talks of."""
        sent_start = num.sent.start
        of = next((t for t in reversed(doc[max(sent_start, num.start - 4):num.start]) if t.lower_ == "of"), None)
        if of is None or of.i == 0 or any(t.pos_ in ("NOUN", "PROPN", "NUM", "VERB") or t.is_punct
                                          for t in doc[of.i + 1:num.start]):
            return None
        noun = doc[of.i - 1]
        if noun.lower_ not in self.measure_nouns or noun.pos_ != "NOUN":
            return None
        return self.metrics.phrase(noun)

    def opinion(self, num: Span, unit: str) -> str | None:
        """"65% believed crime was rising" -> believed crime was rising: a share of people that is the
        subject of a verb of opinion measures that opinion (the verb and what follows it, without
        relative clauses)."""
        if unit != "percent":
            return None
        verb = self._verb_of_subject(num)
        if verb is None or verb.lower_ not in self.opinion_verbs or verb.pos_ != "VERB":
            return None
        skip: set[int] = set()
        for t in verb.subtree:
            if t.dep_ in ("relcl", "advcl") and t.i > verb.i:
                skip.update(x.i for x in t.subtree)
        toks = []
        for t in verb.doc[verb.i:verb.right_edge.i + 1]:
            if t.i in skip:
                continue
            if t.is_punct and t.text not in ("-", "’", "'"):
                break
            toks.append(t)
        while toks and (toks[-1].pos_ in ("CCONJ", "ADP", "DET") or toks[-1].is_punct):
            toks.pop()
        if len(toks) < 2:
            return None
        return "".join(t.text_with_ws for t in toks).strip()

    def _verb_of_subject(self, num: Span) -> Token | None:
        """The verb whose subject the figure is ("58% of them said"), or a verb hanging on the
        figure ("with 60% agreeing that ...")."""
        t = num[-1]
        for _ in range(4):
            if t.dep_ in ("nsubj", "nsubjpass"):
                return t.head
            for c in t.children:
                if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > num.end - 1 \
                        and c.lower_ in self.opinion_verbs:
                    return c
            if t.head.i == t.i or t.head.pos_ in ("VERB", "AUX"):
                return None
            t = t.head
        return None

    def responses(self, num: Span, unit: str) -> str | None:
        """"3,100 people responded to the budget consultation" -> budget consultation responses."""
        if unit != "count":
            return None
        verb = self._verb_of_subject(num)
        if verb is None or verb.lower_ not in self.response_verbs:
            return None
        for t in verb.subtree:
            if t.i > verb.i and t.lower_ in self.survey_nouns and t.dep_ in ("dobj", "pobj"):
                head = t
                while head.dep_ in ("compound", "amod") and head.head.i > head.i:
                    head = head.head
                phrase = self.metrics.phrase(head)
                return f"{phrase} {self.response_word}" if phrase else None
        return None

    def occasions(self, doc: Doc, num: Span, claim: Span, places: set[int]) -> str | None:
        """"used dispersal powers on 46 occasions" -> dispersal powers: a count of uses is a count of
        what was used (the verb's object, or the subject of a passive)."""
        sent_end = num.sent.end
        own = self.metrics.own_noun(doc, claim.end if claim.end > num.end else num.end, sent_end)
        if own is None or own.lower_ not in self.occasion_nouns:
            return None
        return self._verb_object(own, places)

    def time_share(self, doc: Doc, num: Span, places: set[int]) -> str | None:
        """"answered emergency calls within 15 minutes 84.7 per cent of the time" -> emergency calls."""
        end = num.end
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return None
        j = end + 1
        while j < len(doc) and doc[j].tag_ == "DT":
            j += 1
        if j >= len(doc) or doc[j].lower_ not in self.time_nouns or (j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN"):
            return None
        return self._verb_object(num[-1], places)

    def _verb_object(self, tok: Token, places: set[int]) -> str | None:
        verb = self.metrics.governing_verb(tok)
        if verb is None:
            return None
        # a noun right of the verb parsed as its clause ("answered calls ...") is its object too
        for deps in (("dobj",), ("nsubjpass",), ("ccomp", "oprd")):
            for c in verb.children:
                if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN") and (c.dep_ == "nsubjpass" or c.i > verb.i) \
                        and c.lower_ not in self.metrics.agents and not _is_place(c, places):
                    return self.metrics.phrase(c, places)
        return None

    def between_dashes(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> str | None:
        """"confidence in the police - currently 85% in the county - and ..." -> confidence: a figure
        set off by dashes right after a noun phrase is that phrase's level."""
        i = num.start - 1
        while i > seg_start and doc[i].lower_ in self.dash_skip:
            i -= 1
        if i <= seg_start or doc[i].text not in self.dashes:
            return None
        sent_end = num.sent.end
        close = next((t for t in doc[num.end:min(sent_end, num.end + 6)] if t.text in self.dashes), None)
        if close is None:
            return None
        t = doc[i - 1]
        if t.pos_ not in ("NOUN", "PROPN") or t.like_num or _is_place(t, places):
            return None
        anaphora, dirs = self.metrics.anaphora, self.metrics.noun_like_dirs
        while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN") \
                and t.head.head.i < t.i and t.head.head.lower_ not in anaphora | dirs:
            t = t.head.head  # "confidence in the police" -> confidence
        return self.metrics.phrase(t, places) if self.metrics.usable(t, places) else None

    def changed_object(self, doc: Doc, num: Span, rule_id: str, places: set[int]) -> str | None:
        """"increase the Band D precept by up to £15" -> Band D precept: a change verb with an object
        before "by" changes that object."""
        if "dir_verb_by" not in rule_id:
            return None
        start = max(num.sent.start, num.start - 12)
        by = next((t for t in reversed(doc[max(start, num.start - 4):num.start]) if t.lower_ == "by"), None)
        verb = next((t for t in reversed(doc[start:by.i]) if t.lower_ in self.change_verbs), None) if by else None
        if by is None or verb is None:
            return None
        toks = list(doc[verb.i + 1:by.i])
        while toks and toks[0].tag_ in ("DT", "PRP$"):
            toks = toks[1:]
        if not toks or toks[0].pos_ not in ("NOUN", "PROPN", "ADJ") or any(
                t.is_punct or t.i in places or t.ent_type_ in ("GPE", "LOC", "DATE", "TIME") or t.like_num
                or t.pos_ in ("AUX", "ADV", "PRON", "PART", "SCONJ", "CCONJ") for t in toks):
            return None  # "rose across the county by 6%": no object, a place
        nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
        if not nouns or toks[-1].lower_ in self.metrics.agents:  # "increase the force by 50 officers"
            return None
        return "".join(t.text_with_ws for t in toks).strip()

    # -- money ---------------------------------------------------------------
    def money(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> tuple[str | None, str] | None:
        """(metric, how) for an amount with no purpose after it: "£61m of cuts" -> cuts, "crime cost
        farmers £1.4m" -> cost of crime, "will raise an extra £6.8m" -> income."""
        readings = (("money_of", lambda: self._money_of(doc, num, places)),
                    ("cost", lambda: self._cost(doc, num, seg_start, places)),
                    ("money_verb", lambda: self._money_verb(num)))
        for how, reading in readings:
            found = reading()
            if found:
                return found, how
        return None

    def _money_of(self, doc: Doc, num: Span, places: set[int]) -> str | None:
        end = num.end
        if end >= len(doc) or doc[end].lower_ != "of":
            return None
        for t in doc[end + 1:min(num.sent.end, end + 5)]:
            if t.is_punct or t.like_num:
                return None
            if t.pos_ in ("NOUN", "PROPN"):
                head = t
                while head.dep_ in ("compound", "amod") and head.head.i > head.i:
                    head = head.head
                if not self.metrics.usable(head, places) and head.lower_ not in self.metrics.noun_like_dirs \
                        or head.ent_type_ in ("DATE", "TIME"):
                    return None
                return self.metrics.phrase(head, places)
        return None

    def _cost(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> str | None:
        start = max(seg_start, num.sent.start)
        cost = next((t for t in reversed(doc[max(start, num.start - 16):num.start]) if t.lower_ in self.cost_verbs), None)
        if cost is None or any(t.text in (".", ";", ":") for t in doc[cost.i:num.start]):
            return None
        i = cost.i - 1
        while i >= start and doc[i].pos_ in ("AUX", "ADV", "PART"):
            i -= 1
        toks: list[Token] = []
        while i >= start and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or doc[i].tag_ in ("HYPH", "VBN")) \
                and not doc[i].like_num:
            toks.insert(0, doc[i])
            i -= 1
        nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
        if not nouns or any(t.i in places or t.ent_type_ in ("GPE", "LOC") for t in toks) \
                or self.metrics.is_agent(nouns[-1]) or nouns[-1].lower_ in self.metrics.anaphora:
            return None
        text = "".join(t.text_with_ws for t in toks).strip()
        if toks[0].i == toks[0].sent.start and toks[0].pos_ != "PROPN":
            text = text[:1].lower() + text[1:]  # a capital that only starts the sentence
        return f"{self.cost_of} {text}"

    def _money_verb(self, num: Span) -> str | None:
        verb = self.metrics.governing_verb(num[-1])
        if verb is None or num[-1].dep_ not in ("dobj", "nsubjpass") and num[-1].head.i != verb.i:
            return None
        return self.verb_metric.get(verb.lower_)
