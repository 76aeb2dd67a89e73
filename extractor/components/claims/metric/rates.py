"""The measure of a rate: "a crime rate of 47" -> crime rate, "13 burglaries per 1,000" ->
burglaries, "rates for arson (10.8)" -> arson, a bare "84 crimes per 1,000" -> crime rate."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token


class RateMixin:
    """The measure of a rate (word lists: ``MetricReader``)."""

    def _rate(self, doc: Doc, num: Span, sent: Span, places: set[int], seg_start: int,
              same_seg_prev: bool) -> str | None:
        """"a crime rate of 47" -> crime rate; "84 crimes per 1,000" -> crime rate; "13 burglaries per
        1,000" -> burglaries; "rates for arson (10.8)" -> arson; "the highest rate for sexual offences
        per 1,000 people" -> sexual offences, "the lowest rate of burglary, 4 offences per 1,000" ->
        burglary; a bare "national rate of 68" after another rate in its sentence is that rate's (None:
        the caller carries); a bare rate with no rate word takes its clause's subject ("Car crime stands at
        6 per 1,000", "burglaries, which at 7 per 1,000 ...")."""
        bracketed = self.bracket_noun(doc, num, seg_start, places)
        if bracketed is not None:
            text = self._bracket_text(doc, num, bracketed, places)
            if text:
                return text
        own = self.own_noun(doc, num.start + 1, num.end)
        if own is not None and own.lower_ in self.denominators:
            own = None
        if own is not None:
            phrase = self.phrase(own, places)
            if phrase and self.counter_kind(phrase) is None:
                return phrase
            after = doc[own.i + 1] if own.i + 1 < num.end else None
            if phrase and after is not None and after.lower_ in self.counted_participles \
                    and not phrase.lower().endswith(after.lower_):
                return f"{phrase} {after.text}"  # "82 crimes recorded per 1,000": what was counted
        # "7 per 1,000", "4 offences per 1,000" (not "52 recorded offences per 1,000": a measure of its own)
        bare = own is None or (self.phrase(own, places) or "").lower() in self.count_nouns
        if own is None and same_seg_prev and bracketed is None:
            return None  # "13 burglaries per 1,000 against a national average of nine per 1,000"
        rated = False
        for t in reversed(doc[sent.start:num.start]):
            if t.lower_ in (self.rate_word, self.rate_word + "s"):
                rated = True
                obj = self._rate_object(doc, t, num.start, places) if bare else None
                if obj is not None:
                    return self.phrase(obj, places)
                # "the City of London crime rate": the place is the area, not part of the metric;
                # "the national rate", "the third highest rate": no measure of their own
                mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod") and not self._place(c, places)
                        and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in self.measure_words)]
                if mods:
                    first = mods[0].left_edge.i
                    while first < t.i and (doc[first].tag_ in ("POS", "DT", "PRP$") or self._place(doc[first], places)
                                           or doc[first].pos_ == "ADJ" and doc[first].lower_ not in self.measure_words):
                        first += 1  # "Hertfordshire's burglary crime rate" -> burglary crime rate
                    return doc[first:t.i + 1].text
                if own is None:
                    break
        if not rated and bare:
            subject = self.left_subject(doc, seg_start, num, places)
            if subject is not None and subject.lower_ in self.chance_nouns:
                victim = self._chance_of(subject, places)  # "the chance of being a victim of burglary is 7 per 1,000"
                if victim is not None:
                    return victim
                subject = None  # "the chance of becoming a victim is low, with 69 crimes per 1,000": the crimes
            if subject is not None and self.usable(subject, places) and subject.pos_ in ("NOUN", "PROPN") \
                    and (subject.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "relcl" for c in subject.children)) \
                    and subject.lower_ not in self.denominators | self.not_own:
                phrase = self.phrase(subject, places)  # "Car crime stands at 6 per 1,000"
                if phrase and self.counter_kind(phrase) is None and not self.no_measure(phrase):
                    return phrase
        noun = own.lower_ if own is not None else "crime"
        if noun.endswith("s") and not noun.endswith("ss"):
            noun = noun[:-1]
        return f"{noun} {self.rate_word}"

    def _chance_of(self, chance: Token, places: set[int]) -> str | None:
        """"the chances of being the victim of a burglary" -> burglary: a chance or risk is no measure
        itself; what it is the chance of falling victim to is."""
        for t in chance.subtree:
            if t.lower_ in self.victim_nouns:
                for prep in t.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not self._place(obj, places):
                            return self.phrase(obj, places) or None
        return None

    def _rate_object(self, doc: Doc, rate: Token, stop: int, places: set[int]) -> Token | None:
        """"rate of violent crime", "rates for criminal damage": what the rate is of, before the figure."""
        i = rate.i + 1
        while i < min(stop, rate.i + 8) and doc[i].lower_ not in ("of", "for"):
            if doc[i].text in (";", "(", ":") or doc[i].like_num:
                return None
            i += 1
        for t in doc[i + 1:min(stop, i + 8)]:
            if t.like_num or t.is_punct and not t.is_quote or self._place(t, places) or t.ent_type_ in ("DATE", "TIME"):
                return None
            if t.pos_ in ("NOUN", "PROPN"):
                if t.lower_ in self.denominators or t.lower_ in self.place_heads:
                    return None  # "the highest rate of any borough": a place, not what the rate is of
                while t.dep_ in ("compound", "amod", "nmod") and t.i < t.head.i < stop:
                    t = t.head
                return t
        return None
