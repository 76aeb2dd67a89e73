"""A figure's own words: what is written right next to it.

The noun after the figure ("6,912 shoplifting offences"), what a dash or "in"
defines it as ("44 - the percentage increase in violent crime", "a 9% increase
in robbery"), what it is a share of ("45% of all crime"), the noun before its
bracket ("arson (6%)") and the purpose of an amount ("£1.2m for neighbourhood
teams").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token


class OwnWordsMixin:
    """Readings of the words next to a figure (word lists: ``MetricReader``)."""

    def own_noun(self, doc: Doc, end: int, sent_end: int) -> Token | None:
        """The noun right after the number: "6,912 shoplifting offences" -> offences; the noun named by a
        line's number ("108,000 999 calls") and the noun of coordinated kinds ("2,785 stalking and
        harassment offences") too. Within ``begin``'s document read once per place: the readings of a
        figure (its own noun, its uses, its count) ask more than once."""
        if doc is not self._doc:
            return self._read_own_noun(doc, end, sent_end)
        key = (end, sent_end)
        if key not in self._own_nouns:
            self._own_nouns[key] = self._read_own_noun(doc, end, sent_end)
        return self._own_nouns[key]

    def _read_own_noun(self, doc: Doc, end: int, sent_end: int) -> Token | None:
        head = before = None
        i = start = end
        limit = end + 5
        line = False  # a phone line's number came first: its noun may be tagged a verb ("999 emergency calls")
        while i < sent_end and i < limit:
            t = doc[i]
            if len(t.text) > 1 and t.text[0] in "-–—":
                break  # "2,886 -some eight a day": a dash glued to a word opens an aside
            if i == end and t.text in self.phone_numbers and i + 1 < sent_end \
                    and (doc[i + 1].pos_ in ("NOUN", "PROPN") or doc[i + 1].lower_ in self.phone_heads):
                i, start, limit, line = i + 1, i + 1, limit + 1, True  # "287,000 101 calls": it names the calls
                continue
            if t.pos_ in ("NOUN", "PROPN") and not t.like_num \
                    or self._counted_not_verb(t, i == start or line and t.lower_ in self.phone_heads):
                head = t
            elif t.pos_ in ("ADJ", "VERB") and t.tag_ in ("JJ", "VBN", "VBG") or t.text == "-":
                if head is not None:
                    break
            elif t.lower_ in ("and", "or") and self._kinds_joined(doc, end, i, head):
                # "1,430 violent or sexual offences": both kinds modify the counted noun after them
                head, before, limit = None, head, limit + 2
            else:
                break
            i += 1
        return head or before

    @staticmethod
    def _kinds_joined(doc: Doc, end: int, i: int, head: Token | None) -> bool:
        """"and"/"or" at ``i`` joins two kinds of one counted noun ("312 drug and weapon offences"), not two
        counted nouns ("300 burglaries and 40 robberies", "300 burglaries and robberies", "fell by 12% and drug
        offences ..."): a word stands between the figure and the conjunction, and the count before,
        or the kind before, hangs on a noun after the conjunction, and no figure follows it."""
        if i == end or i + 1 >= len(doc) or doc[i + 1].like_num:
            return False  # "12% and drug offences": nothing before the conjunction is a kind
        holders = [doc[end - 1]] + ([head] if head is not None else [])
        return any(h.dep_ in ("nummod", "compound", "amod", "nmod") and i < h.head.i <= i + 4
                   and h.head.pos_ in ("NOUN", "PROPN") for h in holders)

    def _counted_not_verb(self, t: Token, first: bool) -> bool:
        """"1,234 calls to 999", "56 arrests": a plural noun the parse reads as a verb. A count right before
        it cannot be the subject of a singular verb ("calls", "arrests" tagged VBZ), so a word of the count
        lists there is the counted noun."""
        return first and t.tag_ == "VBZ" and t.lower_ in self.count_nouns | self.counters | self.phone_heads \
            | self.noun_forms

    def past_change_words(self, doc: Doc, i: int, end: int) -> int:
        """The first token from ``i`` (before ``end``) that is no change word of a count ("fewer",
        "more", "additional"): where the counted noun of "1,200 fewer victims" can start."""
        while i < end and doc[i].lower_ in self.change_counter_words:
            i += 1
        return i

    def counted_state(self, doc: Doc, end: int, sent_end: int) -> str | None:
        """What a count of people with no noun counts, named by participles: "29 fewer seriously
        injured", "30 more killed or seriously injured" -> seriously injured, killed or seriously
        injured. Only a run of adverbs and past participles (with "or"/"and" inside) that no noun
        follows, after a change word or with an adverb, and not a verb of recording ("33 recorded");
        not a direction or a comparison ("12 fewer than last year", "40 more compared with ...")."""
        i = self.past_change_words(doc, end, sent_end)
        toks: list[Token] = []
        while i < sent_end and i < end + 8:
            t = doc[i]
            if t.pos_ == "ADV" and t.lower_ not in self.noun_like_dirs or t.tag_ == "VBN" \
                    or t.lower_ in ("or", "and") and toks and i + 1 < sent_end and not doc[i + 1].like_num:
                toks.append(t)
                i += 1
                continue
            break
        while toks and (toks[-1].tag_ != "VBN"):
            toks.pop()
        if toks and (toks[-1].lower_ in self.classed_verbs or not any(t.pos_ == "ADV" for t in toks)
                     and doc[end - 1].lower_ not in self.change_counter_words):
            return None  # "with 33 recorded": how it was counted; "30 killed" alone may be a verb's subject
        if not toks or i < sent_end and (doc[i].pos_ in ("NOUN", "PROPN") or doc[i].lower_ in self.comparing_words) \
                or not any(t.tag_ == "VBN" for t in toks) or doc[end - 1].lower_ in self.noun_like_dirs:
            return None
        return "".join(t.text_with_ws for t in toks).strip()

    def bracket_noun(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> Token | None:
        """A figure in brackets after a noun is that noun's figure: "rises in harassment (31%), arson
        (6%)" -> arson for 6%, "burglary (7% against 4%)" -> burglary for both figures."""
        i = num.start - 1
        while i >= max(seg_start, num.start - 6) and doc[i].text not in ("(", ")"):
            i -= 1
        if i <= seg_start or doc[i].text != "(":
            return None
        t = doc[i - 1]
        if t.pos_ not in ("NOUN", "PROPN") and t.lower_ not in self.offence_words or t.like_num or self._place(t, places) \
                or t.ent_type_ in ("DATE", "TIME", "PERCENT", "CARDINAL", "MONEY") \
                or t.lower_ in self.noun_like_dirs | self.not_own | self.anaphora | self.not_bracketed \
                or t.lower_ in self.generic and not self._named_kind(t) or t.lower_ in self.denominators:
            return None
        while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in self.keep_preps \
                and t.head.head.i < t.i and t.head.head.pos_ in ("NOUN", "PROPN") \
                and t.i - t.head.head.i <= 5 and not any(x.is_punct for x in doc[t.head.head.i:t.i]) \
                and t.head.head.lower_ not in self.noun_like_dirs | self.anaphora \
                and t.head.head.lower_ not in (self.rate_word, self.rate_word + "s"):  # "rates for arson (10.8)"
            t = t.head.head  # "crimes of dishonesty (22 per cent)" -> crimes (of dishonesty)
        before = doc[t.i - 2] if t.i - 2 >= seg_start else None
        if before is not None and doc[t.i - 1].lower_ in self.keep_preps and doc[t.i - 1].pos_ == "ADP" \
                and before.lower_ in self.measure_words and not self._place(before, places):
            t = before  # "Violence with Injury (4,563 crimes)": the parse hung "with" on the verb
        # a capitalised offence in a list ("Burglary (7%)") is often tagged as an organisation
        return t if self.usable(t, places) or t.lower_ in self.offence_words else None

    def _classed_as(self, num: Span, places: set[int]) -> Token | None:
        """"of which 1,385 were recorded as domestic burglaries" -> burglaries: a figure that is the subject
        of a verb of classing counts what it was classed as (not "were arrested as part of ...")."""
        tok = num.root
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.lower_ not in self.classed_verbs or verb.i < tok.i:
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > verb.i:
                objs = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
                if objs and self.usable(objs[0], places) and objs[0].ent_type_ not in ("DATE", "TIME"):
                    return objs[0]
        return None

    @staticmethod
    def _opens_bracket(doc: Doc, num: Span, seg_start: int) -> bool:
        """The figure is the first thing in its bracket, after at most a hedge: "(3,603 crimes",
        "(almost 500 offences"."""
        i = num.start - 1
        while i > seg_start and i >= num.start - 2 and doc[i].pos_ in ("ADV", "ADP", "ADJ") \
                and doc[i].text not in ("(", ")"):
            i -= 1
        return i >= seg_start and doc[i].text == "("

    def _bracket_text(self, doc: Doc, num: Span, tok: Token, places: set[int]) -> str:
        """The phrase of a bracketed figure's noun, cut at the figure's own bracket and after the bracket
        before it: the parse may join the list's items ("theft from vehicles (42%) and fraud (31%)")."""
        phrase = self.phrase(tok, places) or ""
        i = num.start - 1
        while i > tok.i and doc[i].text != "(":
            i -= 1
        j = i
        while j < len(doc) - 1 and doc[j].text != ")" and j < num.end + 3:
            j += 1
        own = doc[i:j + 1].text
        if doc[i].text == "(" and own in phrase:
            phrase = phrase[:phrase.index(own)]
        return phrase.rsplit(")", 1)[-1].split("(")[0].strip(" ,;")

    def _named_kind(self, tok: Token) -> bool:
        """A generic count noun that names its kind: "drug offences", "sexual offences", "vehicle crime"
        (a bracketed figure after it is that kind's); not "recorded offences" or "crimes" alone."""
        return any(c.dep_ in ("compound", "amod", "nmod") and c.i == tok.i - 1
                   and (c.lower_ in self.measure_words or c.pos_ in ("NOUN", "PROPN") and not c.like_num)
                   for c in tok.lefts)

    def kind_named(self, tok: Token, places: set[int]) -> bool:
        """A generic count noun whose preposition names the kind counted: "incidents of disorder",
        "cases involving knives" (not "incidents of this nature", a place or a date)."""
        for prep in tok.children:
            if prep.dep_ not in ("prep", "acl") or prep.lower_ not in self.kind_preps or prep.i < tok.i:
                continue  # "involving" may be parsed as a participle with an object
            for o in prep.children:
                if o.dep_ in ("pobj", "pcomp", "dobj") and (o.pos_ in ("NOUN", "PROPN") or o.lower_ in self.offence_words) \
                        and not o.like_num and o.ent_type_ not in ("DATE", "TIME") and not self._place(o, places) \
                        and not any(c.lower_ in self.anaphora or c.tag_ == "DT" and c.lower_ in (
                            "this", "that", "these", "those", "such") for c in o.children) \
                        and o.lower_ not in self.not_metric and self.usable(o, places):
                    return True
        return False

    def _defined_after(self, doc: Doc, end: int, sent_end: int, places: set[int]) -> Token | None:
        """What a figure is, named after it: "44 - the percentage increase in violent crime",
        "2,540 - the number of burglaries" (a dash defining the figure), "a 9% increase in robbery"."""
        i = end
        if i < sent_end and doc[i].text in ("-", "–", "—", ":"):
            # the parser often ends a sentence at the dash: the definition runs to the end of the line
            sent_end = end + 1
            while sent_end < min(len(doc), end + 12) and not doc[sent_end].is_space \
                    and "\n" not in doc[sent_end - 1].whitespace_:
                sent_end += 1
            i += 1
            while i < min(sent_end, end + 5) and (doc[i].pos_ in ("DET", "ADJ") or doc[i].lower_ in self.anaphora
                                                   or doc[i].lower_ in self.noun_like_dirs
                                                   or doc[i].lower_ in ("percentage", "per", "cent")):
                i += 1
            if i < sent_end and doc[i].lower_ == "of" and i > end + 1:
                objs = [c for c in doc[i].children if c.dep_ == "pobj"]
                if objs and self.usable(objs[0], places) and not self._figure_object(doc[i]):
                    return objs[0]  # not "7,676 - an increase of 1%": the object is a figure
        elif end > 0 and doc[end - 1].lower_ in self.noun_like_dirs:
            i = end - 1
        else:
            return None
        if i < sent_end and doc[i].lower_ in self.noun_like_dirs and i + 1 < sent_end and doc[i + 1].lower_ == "in":
            target = self._in_object(doc, i + 1, sent_end, places)
            if target is not None and target.lower_ not in self.not_metric and not self.anaphoric_kind(
                    self.phrase(target, places) or ""):
                return target
        if i < sent_end and doc[i].lower_ in self.noun_like_dirs and i + 1 < sent_end:
            target = self._for_object(doc, i + 1, places)  # "a 5% rise for shoplifting"
            if target is not None and target.lower_ not in self.not_metric and not self.anaphoric_kind(
                    self.phrase(target, places) or ""):
                return target
        return None

    def _in_object(self, doc: Doc, end: int, sent_end: int, places: set[int]) -> Token | None:
        """"a reduction of 8% in burglary" -> burglary."""
        if end < sent_end and doc[end].lower_ == "in":
            # four words; the pieces of a hyphenated word count as one ("anti-social behaviour incidents")
            stop = end + 5 + sum(1 for t in doc[end + 1:min(sent_end, end + 9)] if t.tag_ == "HYPH" or t.text == "-") * 2
            for t in doc[end + 1:min(sent_end, stop)]:
                if (t.i in places or self._place(t, places)) and t.dep_ in ("compound", "nmod", "amod") \
                        and t.head.i > t.i and t.head.pos_ == "NOUN" and not self._place(t.head, places):
                    continue  # "a 5% fall in Kent burglaries": a place naming whose measure it is
                if t.i in places or t.ent_type_ == "DATE" or self._place(t, places) or t.lower_ in self.not_own:
                    return None  # "a 5% fall in Kent", "an 11% drop in this period": where and when, not what
                if t.pos_ in ("NOUN", "PROPN"):
                    if t.lower_ in self.in_idioms:
                        return None  # "a decrease in comparison to ...", "in relation to ...": no measure
                    head = t
                    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
                        head = head.head
                    return head
        return None

    def _for_object(self, doc: Doc, end: int, places: set[int]) -> Token | None:
        """"a decrease of 18% for burglary" -> burglary: a measure-only preposition right after a change
        names its measure when its object is an offence or measure word, not a place, a force or a time
        ("a 26% rise for Gwent Police", "a fall of 5% for the second year")."""
        if end >= len(doc) or doc[end].lower_ not in self.measure_preps:
            return None
        objs = [c for c in doc[end].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        if not objs or not self.usable(objs[0], places) or objs[0].ent_type_ in ("DATE", "TIME"):
            return None
        words = set(re.findall(r"[\w-]+", doc[objs[0].left_edge.i:objs[0].i + 1].text.lower()))  # "anti-social"
        return objs[0] if words & self.measure_words else None

    def _share_of(self, doc: Doc, end: int, sent_end: int) -> Token | None:
        """"45% of all crime" -> crime."""
        if end < sent_end and doc[end].lower_ == "of":
            objs = [c for c in doc[end].children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
            for t in doc[end + 1:min(sent_end, end + 5)]:
                if t.pos_ in ("NOUN", "PROPN", "PRON"):
                    return t
        return None

    def _money(self, doc: Doc, end: int, sent_end: int, places: set[int]) -> str | None:
        """The purpose after an amount: "for property-marking kits", "to expand the teams"."""
        i = end
        limit = min(sent_end, end + 10)
        while i < limit:
            t = doc[i]
            if t.is_punct or t.pos_ in ("VERB", "AUX") and i > end:
                return None  # "£20,000 a week being handed over to fraudsters": a later verb's preposition
            if t.lower_ == "worth" and i + 1 < limit and doc[i + 1].lower_ == "of":
                i += 1
                t = doc[i]
            if t.lower_ in self.money_preps:
                j = i + 1
                while j < limit and (doc[j].pos_ in ("VERB",) or doc[j].lower_ in self.money_preps):
                    j += 1  # "to pay for", "to expand"
                for k in range(j, min(sent_end, j + 8)):
                    if doc[k].pos_ in ("NOUN", "PROPN") and not (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].i in places):
                        head = doc[k]
                        while head.head.i != head.i and head.dep_ in ("compound", "amod", "nmod", "poss") \
                                and head.head.i > head.i:  # "the constabulary's rural teams" -> teams
                            head = head.head
                        return self.phrase(head, places)
                    if doc[k].is_punct:
                        break
                return None
            i += 1
        return None
