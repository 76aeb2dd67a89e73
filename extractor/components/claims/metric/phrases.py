"""A metric's noun phrase from its head token, and the tests that refuse one.

``phrase`` keeps the head's modifiers, conjuncts and kept prepositions
("offences involving a knife") and drops what belongs to the claim rather than
the measure: determiners, a figure and its scale, a place or a time, who
counted. The tests say whether a token can name a measure at all (not an
agent, a place, or a pointer such as "the total") and what a phrase is: a bare
counter or count, a pointer back ("crimes of this kind"), or nothing but
change and unit words.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token


class PhraseMixin:
    """Noun phrases and the tests that refuse a token or phrase (word lists: ``MetricReader``)."""

    def phrase(self, head: Token, places: set[int] = frozenset(), edge: int | None = None) -> str | None:
        """The noun phrase headed by ``head``: left modifiers, the head, kept prepositions; with ``edge``,
        every word from there to the head too (a list item whose modifiers the parse hung elsewhere:
        ", with hate crime down 6%")."""
        held = self.example_holder(head)
        if held is not None:
            head, edge = held, None  # "possession of weapons such as knives": the noun the examples illustrate
        phones = self.phone_numbers if head.lower_ in self.phone_heads else frozenset()  # "999 calls"
        if edge is None and phones:
            edge = self._line_number_edge(head)
        keep: set[int] = {head.i} | set(range(edge, head.i) if edge is not None else ())
        for child in head.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "npadvmod") or (child.dep_ == "conj") \
                    or child.dep_ == "nummod" and child.text in phones:
                keep.update(t.i for t in child.subtree)
            elif child.dep_ == "cc":
                keep.add(child.i)
        for child in head.rights:
            if child.dep_ == "conj" and (self._own_figure(child, phones) or self._own_determiner(child)
                                         or self._place(child, places)):
                continue  # "482 robberies, 16 per cent up", "400 fewer thefts and 30 fewer robberies": another item;
                # "19 new lamps, and a youth shelter in the park": a second noun phrase; "a fall in burglary
                # and Essex a rise": a place joined to a measure starts a clause of its own
            if child.dep_ == "conj" or child.dep_ == "cc":
                keep.update(t.i for t in child.subtree if t.dep_ not in ("relcl", "appos"))
            elif child.text == "," and child.dep_ == "punct" and any(
                    c.dep_ == "conj" and c.i > child.i for c in head.rights):
                keep.add(child.i)  # "Robbery, burglary and theft"
            elif child.dep_ == "prep" and (child.lower_ in self.keep_preps or self._kind_in(child, places)) \
                    and not self._place_or_time(child, places) and not self._figure_object(child):
                aside = {x.i for c in child.subtree if c.dep_ == "relcl" and c.left_edge.i > 0
                         and head.doc[c.left_edge.i - 1].text == "," for x in c.subtree}
                keep.update(t.i for t in child.subtree if t.i not in aside)  # "robberies, which rose, ...": a comment
            elif child.dep_ == "relcl" and self._restrictive(child, head):
                keep.update(t.i for t in child.subtree)  # "violent offences that resulted in injury"
            elif child.dep_ in ("acl",) and child.tag_ == "VBN" and len(list(child.subtree)) <= 2:
                keep.update(t.i for t in child.subtree)  # "knives seized"
            elif child.dep_ == "acl" and child.lower_ in self.keep_preps and child.i == head.i + 1:
                # "offences involving a knife" (parsed as a verb), without a clause of its own ("... recorded in X")
                inner = {x.i for c in child.subtree if c.i != child.i and c.dep_ in ("acl", "relcl", "advcl")
                         for x in c.subtree}
                keep.update(t.i for t in child.subtree if t.i not in inner)
        keep.update(self._kind_in_after(head, places))
        for k in sorted(keep - {head.i}):
            t = head.doc[k]
            if t.i in keep and (t.dep_ == "agent" and any(self.is_agent(o) for o in t.children if o.dep_ == "pobj")
                                or t.dep_ == "prep" and self._place_or_time(t, places)
                                or t.dep_ == "conj" and self._place(t, places)):
                keep.difference_update(x.i for x in t.subtree)  # "offences recorded by the forces in 2013"
        for child in head.lefts:  # '"other theft" offences': quotation marks inside the phrase
            if child.is_quote and child.i + 1 in keep | {head.i} and any(k < child.i for k in keep):
                keep.add(child.i)
        lo, hi = head.i, head.i
        while lo - 1 in keep and not head.doc[lo - 1].is_space and "\n" not in head.doc[lo - 1].whitespace_:
            lo -= 1
        while hi + 1 in keep and not head.doc[hi + 1].is_space and "\n" not in head.doc[hi].whitespace_:
            hi += 1
        lo, hi = self._whole_hyphenated(head.doc, lo, hi)
        toks = [t for t in head.doc[lo:hi + 1]]
        toks = self._before_figure(self._after_figure(toks, head, phones), head, phones)
        while toks and (toks[0].lower_ in self.drop_words or toks[0].is_punct
                        or toks[0].like_num and toks[0].text not in phones
                        or toks[0].lower_ in ("and", "or") or toks[0].dep_ == "mark"
                        or toks[0].tag_ in ("PRP$", "POS", "DT")):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].lower_ in ("and", "or", "of") or toks[-1].tag_ == "DT"
                        or toks[-1].pos_ == "ADV" and toks[-1].i != head.i and len(toks) > 1):  # "recorded annually"
            toks = toks[:-1]
        toks = self._before_change_noun(self._after_leading_date(toks, head), head)
        text = "".join(t.whitespace_ if t.is_quote and t.i != head.i else t.text_with_ws for t in toks)
        return re.sub(r"\s+", " ", text).strip() or None

    def _after_leading_date(self, toks: list[Token], head: Token) -> list[Token]:
        """"Last year burglary in a dwelling went up": a time that opens the sentence with no comma, which
        the parse may hang on the subject as a compound, says when, not what was measured (a date entity
        that holds a period noun such as "year" or a year, before the head)."""
        k = 0
        while k < len(toks) and toks[k].i < head.i and toks[k].ent_type_ in ("DATE", "TIME"):
            k += 1
        dated = toks[:k]
        if dated and any(t.lower_ in self.not_own or re.fullmatch(r"(?:19|20)\d\d", t.text) for t in dated):
            return toks[k:]
        return toks

    def _kind_in_after(self, head: Token, places: set[int]) -> set[int]:
        """"a 7% rise in burglary in a dwelling": the parse may hang the kind's "in" on the change noun
        beside the measure's own "in"; right after the measure, it still names the measure's kind."""
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lower_ not in self.noun_like_dirs:
            return set()
        after = max(t.i for t in head.subtree) + 1
        nxt = head.doc[after] if after < len(head.doc) else None
        if nxt is None or nxt.dep_ != "prep" or nxt.head.i != prep.head.i or not self._kind_in(nxt, places) \
                or self._place_or_time(nxt, places):
            return set()
        return {t.i for t in nxt.subtree}

    def _kind_in(self, prep: Token, places: set[int]) -> bool:
        """An "in" whose object names the kind of premises or place an offence happens in ("burglary in a
        dwelling", "violence in public places"): part of the offence's name, unlike a place ("crime in
        Kent", "burglary in the county"), which says where the figure is."""
        if prep.lower_ != "in":
            return False
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if len(objs) != 1 or objs[0].i in places or objs[0].ent_type_ in ("GPE", "LOC", "ORG", "PERSON"):
            return False
        o = objs[0]
        mods = [c.lower_ for c in o.lefts if c.dep_ in ("amod", "compound") and c.i == o.i - 1]
        return o.lower_ in self.kind_in_objects or bool(mods) and f"{mods[-1]} {o.lower_}" in self.kind_in_objects

    def _before_change_noun(self, toks: list[Token], head: Token) -> list[Token]:
        """"a crime reduction of 10%", "a burglary rise of 4%": a change noun written after its measure as
        one compound is the change, not what changed; the measure is the words before it, when they name
        one (not "a year-on-year rise")."""
        if head.lower_ not in self.noun_like_dirs or not toks or toks[-1].i != head.i:
            return toks
        before = [t for t in toks if t.i < head.i]
        while before and (before[-1].is_punct or before[-1].lower_ in ("and", "or")):
            before = before[:-1]
        if before and before[-1].dep_ in ("compound", "nmod") and before[-1].head.i == head.i \
                and any(t.lower_ in self.measure_words or t.lower_ in self.generic for t in before):
            return before
        return toks

    def _line_number_edge(self, head: Token) -> int | None:
        """Where a line's number stands before its noun, with at most two words between ("101 calls",
        "999 emergency calls"): the parse may read the noun as a verb of the number ("101 calls" as a
        clause), but the number names the line and belongs to the measure."""
        doc, k = head.doc, head.i - 1
        while k >= 0 and head.i - k <= 3 and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") and not doc[k].like_num:
            k -= 1
        return k if k >= 0 and doc[k].text in self.phone_numbers and head.i - k <= 3 else None

    @staticmethod
    def _whole_hyphenated(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
        """``lo``..``hi`` widened to whole hyphenated words: "fire-raising", "shop-lifting" are one word,
        whichever half the parse made the head ("Fire-raising up 4%" parses "Fire" alone as a noun)."""
        def glued(k: int) -> bool:  # doc[k] is a hyphen with a word glued on each side
            return 0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k].whitespace_ \
                and not doc[k - 1].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha
        while glued(lo - 1):
            lo -= 2
        while glued(hi + 1):
            hi += 2
        return lo, hi

    def example_holder(self, tok: Token) -> Token | None:
        """The noun whose examples ``tok`` is one of: "possession of weapons such as knives or firearms" ->
        possession (of weapons) for knives and for firearms, "offences such as fraud" -> offences. The
        examples after "such as" only illustrate that noun; through "of" to the head of its phrase."""
        t = tok
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ not in self.example_words or prep.i >= t.i \
                or not any(c.lower_ in self.example_markers for c in prep.children) \
                and not (prep.i > 0 and t.doc[prep.i - 1].lower_ in self.example_markers):
            return None
        holder = prep.head
        if holder.pos_ not in ("NOUN", "PROPN") or holder.i >= prep.i:
            return None
        examples = list(prep.subtree)
        if any(x.like_num or x.ent_type_ in ("PERCENT", "CARDINAL", "MONEY") or x.dep_ in ("relcl", "acl")
               for x in examples):
            return None  # "crimes such as drug offences, which dropped by 30%": an example with a figure of its own
        doc, after = tok.doc, examples[-1].i + 1
        if after + 1 < len(doc) and doc[after].text in ("(", "-", "–", "—", ":") \
                and (doc[after + 1].like_num or doc[after + 1].text in ("+", "-", "−")):
            return None  # "offences such as theft from the person (1.1%)": the example's own bracket
        while holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ in ("NOUN", "PROPN") \
                and holder.head.head.i < holder.i:
            holder = holder.head.head  # "possession of weapons such as knives": the possession
        return holder

    def without_direction(self, phrase: str | None) -> str | None:
        """"fewer crimes involving a knife" -> crimes involving a knife: the word a figure's phrase starts
        with that says how the count changed ("98 fewer", "312 additional") is no part of the measure.
        Kept while reading (it tells a counter of a change, "519 fewer victims"), dropped from the result."""
        if not phrase:
            return phrase
        words = phrase.split(" ", 1)
        if len(words) == 2 and words[0].lower() in self.change_counter_words:
            return words[1]
        return phrase

    @staticmethod
    def _after_figure(toks: list[Token], head: Token, phones: set[str] = frozenset()) -> list[Token]:
        """The phrase after a figure inside it, which belongs to the claim, not the measure: "the 2014-15
        period 105,072 crimes" -> crimes, "5.4m crimes" -> crimes ("m" is the figure's scale). A number
        after a capitalised word is part of a name ("Section 60 searches"), a phone number names calls
        ("999 calls")."""
        cut = 0
        for k, t in enumerate(toks):
            if t.i >= head.i:
                break
            if t.like_num and t.text not in phones and (k == 0 or not toks[k - 1].text[:1].isupper()) \
                    and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text != "-":
                cut = k + 1
            elif k == cut and t.i > 0 and t.doc[t.i - 1].like_num and not t.doc[t.i - 1].whitespace_ and t.is_alpha:
                cut = k + 1  # the scale glued to a figure: "5.4m", "3bn"
        return toks[cut:] if cut < len(toks) and any(t.i == head.i for t in toks[cut:]) else toks

    def _restrictive(self, clause: Token, head: Token) -> bool:
        """A relative clause that narrows its noun to a sub-measure ("burglaries where nothing was stolen",
        "offences that resulted in injury"): opened by a relative word right after the noun's phrase, with
        no comma, bracket or dash before it (a clause set off says more about the whole noun: "Burglary,
        which fell by 5%"), and holding no figure or change verb of its own (then it is the claim's)."""
        sub = list(clause.subtree)
        first = sub[0]
        if first.i == 0 or head.doc[first.i - 1].is_punct or first.lower_ not in self.relative_words \
                and not (first.dep_ == "prep" and len(sub) > 1 and sub[1].lower_ in self.relative_words):
            return False
        return not any(t.like_num or t.pos_ in ("VERB", "AUX") and t.lower_ in self.change_verbs for t in sub)

    @staticmethod
    def _before_figure(toks: list[Token], head: Token, phones: set[str] = frozenset()) -> list[Token]:
        """A measure never runs on past another figure of its sentence: "crimes of burglary and 55 fewer
        crimes of theft" -> crimes of burglary (the parse may hang the second item inside the first's
        "of"); a number after a capitalised word is part of a name ("offences under Section 60")."""
        for k, t in enumerate(toks):
            if t.i > head.i and t.like_num and t.text not in phones and not toks[k - 1].text[:1].isupper():
                # the other figure's item starts at the last comma or "and" before it ("and a drop of 92 ...")
                cut = next((j for j in range(k - 1, 0, -1) if toks[j].i > head.i
                            and toks[j].lower_ in (",", ";", "and", "or")), k)
                return toks[:cut]
        return toks

    @staticmethod
    def _own_figure(conj: Token, phones: set[str] = frozenset()) -> bool:
        """A conjunct that holds a figure of its own is the next item of a list of figures, not part of
        this one's measure."""
        return any(t.like_num and t.text not in phones for t in conj.subtree)

    def _own_determiner(self, conj: Token) -> bool:
        """A conjunct with a determiner of its own ("..., and a designated shelter", "and the new
        cameras") starts a second noun phrase: it is no part of the measure (not "robbery and theft",
        "the possession, brandishing or use of a weapon")."""
        return any(c.dep_ in ("det", "poss") and c.i < conj.i and c.lower_ in self.np_determiners
                   for c in conj.children)

    @staticmethod
    def _figure_object(prep: Token) -> bool:
        """"crime of four per cent": the prepositional object is the figure, not part of the metric."""
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        return any(o.like_num or o.ent_type_ in ("PERCENT", "MONEY") or any(c.like_num for c in o.children)
                   for o in objs)

    def _place_or_time(self, prep: Token, places: set[int]) -> bool:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        return any(o.i in places or o.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "CARDINAL")
                   or o.like_num for o in objs)

    def is_agent(self, tok: Token) -> bool:
        """Who counted rather than what was counted: "the force", "we", "Essex Police"; not a capitalised
        offence the model tags as an organisation ("Bicycle Theft has seen ...")."""
        if tok.pos_ == "PROPN" and any(c.dep_ in ("compound", "appos", "flat") and c.ent_type_ == "PERSON"
                                       and (tok.is_upper or c.is_upper) for c in tok.children):
            return True  # "Minister Jo Hale MHK", "Jo Hale OBE": a name with an honour the model left untagged
        low = tok.lower_
        # "the police", "the constabulary" count whatever the lists say (no need to read the word's subtree:
        # the word itself is in it)
        return low in self.agents or low in ("police", "constabulary") or tok.ent_type_ in ("PERSON", "ORG") \
            and low not in self.generic and low not in self.offence_words

    def anaphoric(self, tok: Token) -> bool:
        """"the total", "it": points back; "the charge rate", "the proportion of adults", "the figures for
        shoplifting" do not."""
        return tok.lower_ in self.anaphora and not any(
            c.dep_ in ("compound", "nmod") or (c.dep_ == "prep" and c.lower_ == "of")
            or c.dep_ == "amod" and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in self.measure_words)  # "the ASB figure"
            or (c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ in ("pobj", "pcomp") for o in c.children)
                and not self._place_or_time(c, set())) for c in tok.children)

    def usable(self, tok: Token | None, places: set[int]) -> bool:
        """A subject that names what was measured (not who counted, not a place, not "the total", not
        the data that shows it)."""
        return tok is not None and not self.is_agent(tok) and not self._place(tok, places) \
            and not self.anaphoric(tok) and not self.shows(tok, places) and not self._place_like(tok, places) \
            and not self.names_no_measure(tok)

    def names_no_measure(self, tok: Token) -> bool:
        """A noun that can never be what was measured, whatever the text: who spoke (the subject of a
        speech verb), a person's title or a name the model tags as an organisation or person, a group
        of people, a word about the document or the data. A group or a document word still names a
        measure when a preposition (for a group, also a clause) says what was counted ("people killed
        on the roads", "residents who reported a burglary", "the average for burglary")."""
        low = tok.lower_
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in self.speech_verbs:
            return True
        forms = self.word_forms(tok)
        if forms & self.title_words or tok.pos_ == "PROPN" and any(
                c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON") for c in tok.children) \
                and low not in self.offence_words and low not in self.generic:
            return True
        if tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and low not in self.measure_words and any(
                c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON") for c in tok.children):
            return True  # "Kent Police hail a 3% fall": a headline's verb the parse read as a name's noun
        if forms & self.group_words:
            return not any(c.dep_ == "prep" and self._says_what_was_counted(c) or c.dep_ == "relcl"
                           or c.dep_ == "acl" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                           for c in tok.children)
        if low in self.document_words:  # "the previous report, which saw a rise": the clause is the figure's
            return not any(c.dep_ == "prep" for c in tok.children)
        return False

    @staticmethod
    def word_forms(tok: Token) -> set[str]:
        """The word in any case, its lemma, singular and plural: "MEMBER", "Member", "member" and
        "members" are one group word, "Inspectors" one title word (headlines and leads write capitals)."""
        low = tok.lower_
        forms = {low, tok.lemma_.lower(), low + "s"}
        if low.endswith("s") and len(low) > 3:
            forms.add(low[:-1])
        return forms

    def _says_what_was_counted(self, prep: Token) -> bool:
        """A preposition after a group word that says what was counted of it ("victims of burglary",
        "people killed on the roads"), not where the group is or what body it belongs to ("forces in
        England and Wales", "a member of the Police Authority", "members of the public")."""
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        return bool(objs) and not any(
            o.ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "NORP") or self.is_agent(o)
            or self.word_forms(o) & self.group_words or o.lower_ in self.place_heads for o in objs)

    def counts_bodies(self, phrase: str | None) -> bool:
        """A metric that counts bodies or places ("six police forces", "eleven districts"): what that
        one figure counts ("one of six forces to see crime fall"), never a measure to carry to the
        figures after it."""
        words = re.findall(r"[\w'’-]+", (phrase or "").lower())
        return bool(words) and words[-1] in self.body_words | self.place_heads \
            and not any(w in self.keep_preps or w == "in" for w in words)  # "crimes recorded in the force area"

    def shows(self, tok: Token, places: set[int] = frozenset()) -> bool:
        """"Annual crime figures published today reveal ...", "Crime stats show ...": the data that shows
        a figure is its source, not its measure (not "the figures for arson showed a rise"; "the figures
        for 2023", "the statistics for Kent" are still the data)."""
        return tok.lower_ in self.source_nouns and tok.dep_ in ("nsubj", "nsubjpass") \
            and tok.head.lower_ in self.showing_verbs and not any(
                c.dep_ == "prep" and c.lower_ in ("for", "on", "of") and not self._place_or_time(c, places)
                and not self._for_teller(c) for c in tok.children)

    def _for_teller(self, prep: Token) -> bool:
        """"Figures for the force show ...", "the statistics for the area": data for who counted or for
        a place noun is still the data, like "the figures for Kent"."""
        return any(o.dep_ == "pobj" and (o.lower_ in self.agents or o.lower_ in self.place_heads)
                   for o in prep.children)

    def _place_like(self, tok: Token, places: set[int]) -> bool:
        """A noun phrase that names a place the lists do not know: headed by a place noun ("the Newry and
        Mourne council area", "a number of areas"), or a name joined to a place ("the Dales and Moors", "Lothians and Scottish
        Borders": one place, not a measure)."""
        if tok.lower_ in self.place_heads and not any(c.dep_ == "prep" for c in tok.children):
            return True  # not "area of business crime"
        if tok.lower_ in self.anaphora | self.quantity_words:  # "a number of areas", "many of the districts"
            objs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj"]
            if objs and (objs[0].lower_ in self.place_heads or self._place(objs[0], places)):
                return True
        return tok.pos_ == "PROPN" and tok.lower_ not in self.offence_words and any(
            c.dep_ == "conj" and self._place(c, places) for c in tok.children)

    def counter_kind(self, phrase: str | None) -> str | None:
        """"pure" for a phrase that only counts what the context names ("incidents", "reports",
        "89 fewer people"), "total" for a bare offence count ("offences", "the number of recorded
        crimes"), None for a phrase that names its measure."""
        words = re.findall(r"[\w'’-]+", (phrase or "").lower())
        core = [w for w in words if w not in self.counter_words and w not in self.drop_words]
        if len(core) != 1:
            return None
        if core[0] in self.counters or core[0] in self.change_counters and any(
                w in self.change_counter_words for w in words):
            return "pure"
        return "total" if core[0] in self.count_nouns else None

    @staticmethod
    def anaphoric_kind(phrase: str) -> bool:
        """"crimes of this nature", "offences of this kind": the measure is the one just named."""
        return re.search(r"\bof\s+(?:this|that|such|these|those)\s+(?:nature|kind|type|sort)s?\b", phrase, re.I) is not None

    def no_measure(self, phrase: str) -> bool:
        """A phrase of nothing but change, unit and source words ("fall", "per cent", "Data") names no measure."""
        words = re.findall(r"[\w'’-]+", phrase.lower())
        return bool(words) and all(w in self.not_metric or w in self.drop_words for w in words)

    def _place(self, tok: Token, places: set[int]) -> bool:
        """A place; not an offence the model tags as one ("Burglary has risen", "Fraud rose")."""
        return tok.i in places or tok.ent_type_ in ("GPE", "LOC") and tok.lower_ not in self.offence_words
