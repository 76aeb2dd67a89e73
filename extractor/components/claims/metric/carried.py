"""A measure from context, for a figure whose own words only count or point back.

"offences", "reports", "crimes of this kind" name no measure of their own. The
measure is then the offence the sentence is about ("Fraud remains the most
common offence, and the latest estimate of 3.9 million offences ..."), the
nearest offence noun before the figure ("Vehicle crime reduced with 519 fewer
victims"), or the offence the sentence before names when that sentence states
no figure ("Shoplifting hit a record. It was up 30%."). Carrying the metric of
the claim before is the caller's (``read`` returns None).
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token


class CarriedMixin:
    """Measures from the sentence and the sentence before (word lists: ``MetricReader``;
    ``figure_starts``, set by the component, says which sentences state a figure)."""

    def previous_topic(self, doc: Doc, claim: Span, places: set[int], any_measure: bool = False) -> Token | None:
        """The offence the sentence before names, when that sentence states no figure: what a bare count
        or a pronoun of the next counts ("Shoplifting offences hit a new high. A total of 9,000 offences
        were logged", "... They were up 30%"). Only its subject (or what its "number of" counts), and only
        when that names an offence from the word list (``any_measure``: or a measure word, for a figure
        that has no noun of its own: "Crime has fallen. A decrease of 5% ...")."""
        prev = self._previous_sentence(doc, claim)
        if prev is None:
            return None
        after = doc[claim.end:min(claim.sent.end, claim.end + 6)]
        if any(t.lower_ in self.total_words for t in after):
            return None  # "5.3 million crimes were recorded in all": every offence
        for t in prev:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN") or self._place(t, places):
                continue
            if t.lower_ in self.anaphora:  # "The number of shoplifting offences ... has risen"
                objs = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children if o.dep_ == "pobj"]
                t = objs[0] if objs else t
            words = set(re.findall(r"[\w-]+", (self.context_phrase(t, places) or "").lower())) | {t.lemma_.lower()}
            if words & (self.measure_words if any_measure else self.offence_words) \
                    and self.usable(t, places) \
                    and not any(c.dep_ == "conj" for c in t.children):
                return t  # not "Knife crime and robbery rose": a bare count is not of two offences
        return None

    def pronoun_topic(self, doc: Doc, claim: Span, places: set[int]) -> Token | None:
        """What "it" or "they" as the subject of a figure's clause stands for: the subject of the sentence
        before, when that sentence states no figure ("Arrests fell last year. They were down 5%", "The
        detection rate rose. It was up 3%"). Any measure, not only an offence, but not who counted, a place
        or a pointer (``usable``), and not two subjects joined by "and"."""
        sent = claim.sent
        if not any(t.lower_ in self.pronoun_subjects and t.dep_ in ("nsubj", "nsubjpass")
                   for t in doc[sent.start:claim.start]):
            return None
        prev = self._previous_sentence(doc, claim)
        if prev is None:
            return None
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.dep_ == "ROOT":
                if self.usable(t, places) and not self._place(t, places) \
                        and not any(c.dep_ == "conj" for c in t.children):
                    return t
                return None
        return None

    def _previous_sentence(self, doc: Doc, claim: Span) -> Span | None:
        """The sentence before the claim's, when it states no figure of its own (a sentence with a
        figure of its own is read through that figure's measure, not carried)."""
        j = claim.sent.start - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0:
            return None
        prev = doc[j].sent
        k = bisect.bisect_left(self.figure_starts, prev.start_char)
        if k < len(self.figure_starts) and self.figure_starts[k] < prev.end_char:
            return None
        return prev

    def counted_people(self, doc: Doc, claim: Span, places: set[int]) -> str | None:
        """The people a figure counts when they are its own measure: "Total crime fell by 6%, with 20,000
        fewer victims" -> victims. Victims of all crime are a measure of their own (victims of one
        offence count that offence: "Car crime fell, with 312 fewer victims" is car crime); the caller
        asks only when the measure beside the figure is a total."""
        # "which equates to 11,728 fewer victims": the change word outside the claim
        sent_end = claim.sent.end
        end = self.past_change_words(doc, claim.end, sent_end)
        own = self.own_noun(doc, end, sent_end)
        if own is None or own.lower_ not in self.change_counters:
            return None
        return self.without_direction(self.phrase(own, places))

    def restated_total(self, doc: Doc, claim: Span, places: set[int]) -> str | None:
        """A count of a total's change in its own words: "Crime fell 3.5%, with 6,351 fewer offences",
        "a 9.6% fall in crime, or 11,153 fewer victims", "with 2,700 fewer incidents" -> offences, victims,
        incidents: a counter or count noun right after a change word ("fewer", "more", "less") is the measure
        itself when the measure beside it is a total (the caller asks only then). None without a change word
        ("a total of 3,000 offences" is the total)."""
        sent_end = claim.sent.end
        end = self.past_change_words(doc, claim.end, sent_end)
        changed = end > claim.end or any(t.lower_ in self.change_counter_words for t in doc[claim.start:claim.end])
        own = self.own_noun(doc, end, sent_end) if changed else None
        if own is None or any(doc[i].is_punct for i in range(end, own.i)):
            return None
        phrase = self.without_direction(self.phrase(own, places))
        if own.lower_ in self.change_counters | self.counters or self.counter_kind(phrase) == "total":
            return phrase
        return None

    def own_count(self, doc: Doc, claim: Span, places: set[int]) -> str | None:
        """The bare count noun a count names for itself: "48,300 crimes", "66,120 incidents reported",
        "2,900 fewer offences with falls in theft" -> crimes, incidents, offences. Only a count or counter
        noun ("offences", "crimes", "incidents", "cases"; not "46 occasions", "120 times": uses of what the
        context names) right after the figure (past change words and a recording word: "27,900 reported incidents"),
        naming no kind ("drug offences", "incidents of disorder", "offences where a knife was used") and
        pointing back at nothing ("such crimes", "crimes of this kind"). The caller keeps it only where the
        measure beside the figure is a total or no offence at all (``keeps_own_count``)."""
        sent_end = claim.sent.end
        end = self.past_change_words(doc, claim.end, sent_end)
        i = end
        while i < sent_end and doc[i].lower_ in self.own_count_modifiers:
            i += 1
        if i >= sent_end:
            return None
        own = doc[i]
        if own.lower_ not in self.count_nouns or own.like_num or self._named_kind(own) \
                or self.kind_named(own, places) or self.anaphoric_kind(doc[own.i:min(len(doc), own.i + 5)].text):
            return None
        nxt = doc[own.i + 1] if own.i + 1 < sent_end else None
        if nxt is not None and (nxt.lower_ in self.relative_words or nxt.lower_ in self.kind_preps):
            return None  # "offences where a knife was used", "incidents of a sexual nature"
        return doc[end:own.i + 1].text

    def keeps_own_count(self, beside: str | None, claim: Span, left_text: str, own: str) -> bool:
        """A count's own noun (``own_count``) stands when the measure beside it names nothing to carry: none,
        a bare counter, or, for a level, no offence or crime measure ("recorded 212,400 calls for service and
        48,300 crimes"; not "the number of homes burgled rose to 50 offences", nor a change "309 more
        incidents" beside an offence the word lists miss, nor a bracket after it: "Housebreaking was down 6% (to
        4,100 crimes)"). Beside a total only as a count of its change
        ("Crime fell 3%, or 2,900 fewer offences with falls in theft", as ``restated_total``) or as crimes
        beside a plural count phrase ("the number of offences rose 12%, with 14,313 crimes recorded"),
        never as a total's change "by" a count ("Crime has fallen by 1,200 offences"); a level beside
        "crime" or "overall crime" keeps the total."""
        if beside is None or self.counter_kind(beside) == "pure":
            return True  # "logged 130,200 incidents and 39,700 crimes": a bare counter names nothing to carry
        doc = claim.doc
        sent = claim.sent
        end = self.past_change_words(doc, claim.end, sent.end)
        before = re.findall(r"[\w'’-]+", left_text.lower())[-2:]
        counted = end > claim.end or any(t.lower_ in self.change_counter_words for t in claim)  # "2,900 fewer"
        changed = counted or any(w in self.noun_like_dirs or w in self.change_verbs for w in before)
        words = set(re.findall(r"[\w'’-]+", beside.lower()))
        if self.total_measure(beside):
            if re.search(r"\bby\s*$", left_text):
                return False
            if counted:
                return True  # not "Overall crime fell to 33,000 incidents": a level, not a count of the change
            core = [w for w in words if w not in self.counter_words and w not in self.drop_words]
            noun = own.lower().split()[-1]
            return not words & self.total_words and bool(core) and core[0].endswith("s") \
                and core[0] in self.count_nouns and noun not in self.counters
        lead = [t.text for t in doc[max(sent.start, claim.start - 4):claim.start]]
        if "(" in lead and ")" not in lead[lead.index("("):]:
            return False  # "Housebreaking was down 6% (to 4,100 crimes)": a bracket restates the figure before
        return not changed and not words & (self.measure_words | self.count_nouns | self.counter_words)

    def total_measure(self, phrase: str | None) -> bool:
        """"crime", "total crime", "recorded offences": all crime, no one offence."""
        return self.counter_kind(phrase) == "total"

    def _near_total(self, doc: Doc, claim: Span) -> bool:
        """"a total of 3,000 offences", "3,000 offences overall", "the 5.4m crimes recorded by police":
        a bare count that is the recorded total itself, not a count of the measure before it."""
        sent = claim.sent
        near = doc[max(sent.start, claim.start - 3):min(sent.end, claim.end + 6)]
        after = doc[claim.end:min(sent.end, claim.end + 3)]
        return any(t.lower_ in self.total_words for t in near) or any(
            t.tag_ == "VBN" and t.dep_ == "acl" and any(c.dep_ == "agent" for c in t.children) for t in after)

    def context_noun(self, doc: Doc, claim: Span, places: set[int]) -> Token | None:
        """The nearest noun before the claim in its sentence whose phrase names an offence or measure:
        what a bare counter counts ("Vehicle crime reduced with 519 fewer victims" -> Vehicle crime,
        "victims of burglary, with reports falling 4%" -> burglary). A subject comes first: "Courier fraud
        is a cruel crime, and the number of reports doubled" -> Courier fraud."""
        sent = claim.sent
        found: Token | None = None
        for t in reversed(doc[sent.start:claim.start]):
            if not self._plain_noun(t) or self._place(t, places) or t.dep_ == "compound" and claim.start > t.head.i > t.i:
                continue
            phrase = self.phrase(t, places) or ""
            words = set(re.findall(r"[\w'’-]+", phrase.lower())) | {t.lemma_.lower()}
            if self.anaphoric_kind(doc[t.i:min(t.i + 5, claim.start)].text):
                continue  # "crimes of this nature" itself points back
            if self.anaphoric_kind(phrase) or self.counter_kind(phrase) == "pure":
                # "drug offences, with crimes of this kind": the parse may hang the pointer on the offence
                lefts = [c.left_edge.i for c in t.lefts if c.dep_ in ("compound", "amod", "nmod")]
                phrase = doc[min(lefts + [t.i]):t.i + 1].text
            if words & self.measure_words and self.counter_kind(phrase) != "pure" and not self.anaphoric_kind(phrase):
                if t.dep_ in ("nsubj", "nsubjpass"):
                    return t
                found = found or t
        return found

    def context_phrase(self, tok: Token, places: set[int]) -> str | None:
        """The phrase of a context noun, without a pointer or counter hung on it by the parse."""
        phrase = self.phrase(tok, places)
        if phrase and (self.anaphoric_kind(phrase) or self.counter_kind(phrase) == "pure"):
            lefts = [c.left_edge.i for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
            phrase = tok.doc[min(lefts + [tok.i]):tok.i + 1].text
        return phrase

    def offence_topic(self, doc: Doc, own: Token, claim: Span, seg_start: int, places: set[int],
                      item: Token | None = None) -> Token | None:
        """The offence a sentence is about, for a figure whose own noun only counts ("offences",
        "crimes", "cases"): "Fraud remains the most common offence, and the latest estimate of 3.9
        million offences is the highest" -> Fraud. Only a bare count noun (not "shoplifting offences",
        "offences against adults"), not a total ("offences overall"), and only a subject before the
        figure in its sentence that names an offence from the word list; ``item``, the subject of the
        figure's own clause the parse hung elsewhere, counts as a subject."""
        phrase = self.phrase(own, places)
        if phrase is None or phrase.lower() not in self.count_nouns:
            return None
        sent = own.sent
        # "Crime has fallen by 900 offences", "total crime down by 3,815 offences": the count after "by"
        # is the unit of the change of the measure before it, a total as well as one offence
        by = doc[max(sent.start, own.i - 3):own.i]
        moves = self.change_verbs | self.noun_like_dirs
        unit_of_change = any(t.lower_ == "by" and (t.head.lower_ in moves or doc[t.i - 1].lower_ in moves)
                             for t in by if t.i > sent.start)
        near = doc[claim.start if unit_of_change else max(sent.start, claim.start - 3):min(sent.end, own.i + 4)]
        if any(t.lower_ in self.total_words for t in near) or self._near_total(doc, claim):
            return None
        start = max(seg_start, sent.start)
        named = self.measure_words if unit_of_change else self.offence_words
        for t in reversed(doc[start:claim.start]):
            subject = t.dep_ in ("nsubj", "nsubjpass") or unit_of_change and t.dep_ == "dobj" \
                and t.head.lower_ in self.showing_verbs or item is not None and t.i == item.i  # "figures show total crime down by ..."
            if not subject or t.pos_ not in ("NOUN", "PROPN") or t.i in places:
                continue
            words = set(re.findall(r"[\w-]+", (self.phrase(t, places) or "").lower())) | {t.lemma_.lower()}
            if words & named:
                return t
        return None
