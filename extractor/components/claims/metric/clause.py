"""The clause a figure sits in: its verb, the subject the figure is about, an object.

When the words next to a figure name no measure, the measure is often what its
clause says moved: "burglary fell by 10%", the figure's own list item ("with
shoplifting down 9%, cycle theft down 6%"), a subject the parse hung elsewhere
("Violent crime was down 3% and burglary fell by 10%"), the holder or object of
a change noun ("burglary levels saw a reduction of 19%", "a 14% fall has taken
crime to its lowest level"). The readings walk the parse and fall back on the
nearest subject or noun to the left when the parse is odd.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable

from spacy.tokens import Doc, Span, Token

from ...base import text_of


def _between(indices: list[int], start: int, end: int) -> list[int]:
    """The sorted ``indices`` in [start, end)."""
    return indices[bisect.bisect_left(indices, start):bisect.bisect_left(indices, end)]


class ClauseMixin:
    """Verbs, subjects and objects of a figure's clause (word lists: ``MetricReader``);
    ``begin`` resets the per-document cache of ``left_subject``."""

    def begin(self, doc: Doc | None) -> None:
        """Work on ``doc`` (None: done): ``left_subject`` then remembers, per sentence, the tokens
        its two scans can stop at, instead of rescanning the segment for every figure (a line of
        hundreds of figures made that quadratic)."""
        self._doc = doc
        self._stops = {}
        self._sent_named: dict[tuple[int, int], tuple[set[int], set[str]]] = {}  # ``_only_place_and_pointer``
        self._pairs: dict[int, tuple[set[int], list[str] | None]] = {}  # ``_sentence_pairs``, by sentence start
        self._own_nouns: dict[tuple[int, int], Token | None] = {}  # ``own_noun``

    def _sentence_stops(self, sent: Span) -> tuple[list[int], list[int]]:
        """Indices in ``sent`` of subject-like tokens and of plain nouns (the tests of ``left_subject``
        that depend on neither the claim nor its segment), in text order: read once per sentence, not
        once per figure and segment (a sentence's figures mostly sit in segments of their own)."""
        stops = self._stops.get(sent.start)
        if stops is None:
            subjects: list[int] = []
            nouns: list[int] = []
            for t in sent:
                if self._subject_like(t):
                    subjects.append(t.i)
                if self._plain_noun(t):
                    nouns.append(t.i)
            stops = self._stops[sent.start] = (subjects, nouns)
        return stops

    @staticmethod
    def _subject_like(t: Token) -> bool:
        return t.dep_ in ("nsubj", "nsubjpass", "csubj") or (t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX")
                                                             and t.head.dep_ != "csubj"  # "Stop and search rose"
                                                             and t.pos_ in ("NOUN", "PROPN"))

    @staticmethod
    def _plain_noun(t: Token) -> bool:
        return t.pos_ in ("NOUN", "PROPN") and not t.like_num \
            and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "PERCENT", "MONEY", "CARDINAL")

    def governing_verb(self, tok: Token) -> Token | None:
        t, steps = tok, 0
        while steps < 8 and t.head.i != t.i:  # spaCy makes a new Token per access: compare indices
            t = t.head
            steps += 1
            if t.pos_ in ("VERB", "AUX"):
                return t
        return t if t.pos_ in ("VERB", "AUX") else None

    def left_subject(self, doc: Doc, seg_start: int, claim: Span, places: set[int]) -> Token | None:
        """The nearest subject left of the claim in its sentence segment (robust to odd parses)."""
        sent = claim.sent
        start = max(seg_start, sent.start)
        if self._doc is doc:
            subjects, nouns = self._sentence_stops(sent)
            subject_toks = (doc[i] for i in reversed(_between(subjects, start, claim.start)))
            noun_toks = (doc[i] for i in reversed(_between(nouns, start, claim.start)))
        else:
            subject_toks = (t for t in reversed(doc[start:claim.start]) if self._subject_like(t))
            noun_toks = (t for t in reversed(doc[start:claim.start]) if self._plain_noun(t))
        aside = self._in_aside(doc, start, claim.start)
        for t in subject_toks:
            if aside(t.i) or t.lower_ in self.not_own:
                continue  # "The outcome rate – crimes for which people were charged – fell by 2%": not people;
                # "The year to date shows a fall of 4%", "bucked the trend": a time or a trend is no measure
            if t.tag_ in ("WDT", "WP"):
                rel = t.head
                if rel.dep_ == "relcl" and rel.left_edge.i <= claim.start <= rel.right_edge.i:
                    return rel.head
                continue
            target = self.change_target(t, places)
            if target is not None:
                return target
            if self.anaphoric(t) or self.usable(t, places):
                return t
        for t in noun_toks:
            if aside(t.i) or t.lower_ in self.not_own or t.i in places or t.lower_ in self.in_idioms or self.shows(t, places) or self._place_like(t, places):
                continue  # "In relation to Kent, there was a 6% fall", "Crime stats show ...": no measure
            if not self.is_agent(t):
                return self._of_head(t, start)
            # "Reports of domestic abuse to Essex Police have risen": not who was told, what was
            head = self._chain_head(t, start)
            return head if self.usable(head, places) else t
        return None

    def _in_aside(self, doc: Doc, start: int, end: int) -> Callable[[int], bool]:
        """Whether a token stands in an aside set off by a pair of spaced dashes before the figure ("The
        detection rate – crimes for which people were charged – fell"), or in an adverbial clause closed
        before it: the aside defines or comments on the subject, it holds none of its own."""
        span = doc[start:end]
        # a spaced dash (``_label_dash``) is a dash with a space each side in the text (a token's
        # whitespace_ is one space or none), the one before it possibly just before the span, the one
        # after just past it: most stretches have none, even with minus signs ("-3.2%") in a table
        text = text_of(doc)[max(span.start_char - 1, 0):span.end_char + 1]
        dashes = [t.i for t in span if self._label_dash(doc, t.i)] \
            if any(f" {d} " in text for d in self.label_dashes) else []
        pairs = [(dashes[k], dashes[k + 1]) for k in range(0, len(dashes) - 1, 2)]
        return lambda i: any(a < i < b for a, b in pairs) or self._in_closed_clause(doc[i], end)

    @staticmethod
    def _in_closed_clause(tok: Token, end: int) -> bool:
        """Whether a token stands in an adverbial clause that closes before the figure ("since the
        force came into effect, a number of areas rose (14%)"): the clause says when or why, the
        figure's measure is not its noun."""
        t, steps = tok, 0
        while steps < 12:
            head = t.head  # spaCy makes a new Token per access: once per step up
            if head.i == t.i:
                break
            if t.dep_ == "advcl" and t.right_edge.i < end:
                return True
            t = head
            steps += 1
        return False

    def change_target(self, tok: Token, places: set[int]) -> Token | None:
        """What a change noun subject is a change in: "The fall in robberies was dramatic - 34%" ->
        robberies. Not a place, a time or an idiom ("the rise in comparison to ...")."""
        if tok.lower_ not in self.noun_like_dirs:
            return None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                objs = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
                if objs and objs[0].lower_ not in self.in_idioms and objs[0].ent_type_ not in ("DATE", "TIME") \
                        and not objs[0].like_num and self.usable(objs[0], places):
                    return objs[0]
        return None

    def be_specified(self, tok: Token, places: set[int]) -> Token | None:
        """What a subject that only points at a change is, by its copula: "The biggest jump was in fraud"
        -> fraud, "One of the biggest falls was in robbery" -> robbery, "One of the main factors behind the
        rise was an increase in arson" -> arson, "The category that saw the largest fall was vehicle crime"
        -> vehicle crime. The subject is a change noun, or one of the changes, or a factor, driver or
        category with a change in its phrase; "be" names the measure in its "in", or in its complement
        (through that complement's own "in" when it is a change). Not a place, a time or an idiom ("The
        biggest rise was in Kent", "The rise was in line with ...")."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < tok.i:
            return None
        low = tok.lower_
        if low not in self.noun_like_dirs:
            if low not in self.specifying_subjects and low not in self.category_nouns:
                return None
            inner = [t for t in tok.subtree if t.i != tok.i]
            if len(inner) > 12 or not any(t.lower_ in self.noun_like_dirs for t in inner):
                return None
        for child in verb.rights:
            if child.dep_ == "prep" and child.lower_ == "in":
                objs = [o for o in child.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
                return objs[0] if objs and self._names_measure(objs[0], places) else None
            if child.dep_ == "attr" and child.pos_ in ("NOUN", "PROPN"):
                if child.lower_ in self.noun_like_dirs:
                    return self.change_target(child, places)
                # a plain noun after "be" names the measure only for a category or a factor ("The category
                # that saw the largest fall was vehicle crime"), not for a change ("the drop was the best news")
                return child if low not in self.noun_like_dirs and self._names_measure(child, places) else None
        return None

    def _names_measure(self, tok: Token, places: set[int]) -> bool:
        """A noun that can be a measure where "be" specifies one: not a figure, a time, an idiom, a place."""
        return not tok.like_num and tok.ent_type_ not in ("DATE", "TIME", "PERCENT", "CARDINAL", "MONEY") \
            and tok.lower_ not in self.in_idioms and tok.lower_ not in self.not_own \
            and tok.lower_ not in self.noun_like_dirs and self.usable(tok, places)

    def _of_head(self, tok: Token, start: int) -> Token:
        """The noun a kept preposition's object hangs from, within the segment: a heading line
        "Violence against the person - from 10,882 to 9,859" -> Violence (against the person), not
        "person". Only a noun that names or counts offences ("categories with sexual offences" stays)."""
        t = tok
        while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in self.keep_preps \
                and start <= t.head.head.i < t.i and t.head.head.pos_ in ("NOUN", "PROPN") \
                and t.i - t.head.head.i <= 5 and not any(x.is_punct for x in t.doc[t.head.head.i:t.i]) \
                and t.head.head.lower_ in self.measure_words | self.counters | self.count_nouns:
            t = t.head.head
        return t

    @staticmethod
    def _chain_head(tok: Token, start: int) -> Token:
        """The noun a prepositional chain hangs from, within the segment: "Reports of domestic abuse
        to Essex Police" -> Reports, "Reports of stalking to Kent Police" -> Reports (through the
        gerund); the parse lost the subject, and the nearest noun is the last object."""
        t, best = tok, tok
        for _ in range(6):
            if not (t.dep_ in ("pobj", "pcomp") and t.head.dep_ == "prep" and start <= t.head.head.i < t.head.i):
                break
            t = t.head.head
            if t.pos_ in ("NOUN", "PROPN"):
                best = t
            elif not (t.dep_ == "pcomp" or t.tag_ == "VBG"):
                break
        return best

    @staticmethod
    def _modifier_edge(tok: Token, seg_start: int) -> int:
        """Where the noun phrase of ``tok`` starts: its contiguous modifiers, not a figure or a clause
        word the parse hung on it ("down by four while recorded incidents" -> recorded)."""
        doc, edge = tok.doc, tok.i
        sub = {x.i for x in tok.subtree}
        while edge - 1 > seg_start and edge - 1 in sub and not doc[edge - 1].like_num \
                and doc[edge - 1].dep_ not in ("nummod", "quantmod", "mark", "cc", "prep", "advmod") \
                and (not doc[edge - 1].is_punct or doc[edge - 1].text == "-"):
            edge -= 1
        return edge

    def clause_subject(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> Token | None:
        """The noun phrase just before the verb a figure hangs on, when the parse gave that verb no
        subject of its own: "Violent crime was down 3% and burglary fell by 10%" (burglary parsed as a
        conjunct of "crime"), "... and theft from the person halved"."""
        verb = num[0] if num[0].pos_ == "VERB" else self.governing_verb(num[0])
        if verb is None or verb.i <= seg_start or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            return None
        j = verb.i - 1
        while j > seg_start and doc[j].pos_ in ("AUX", "ADV", "PART"):
            j -= 1
        j = self._before_relative(doc, j, seg_start)
        t = doc[j]
        if t.pos_ not in ("NOUN", "PROPN") or t.like_num:
            return None
        while True:
            if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i < t.i \
                    and t.head.head.pos_ in ("NOUN", "PROPN"):  # "theft from the person" -> theft
                t = t.head.head
            elif t.dep_ == "dobj" and t.head.tag_ == "VBG" and t.head.dep_ == "pcomp" and t.head.head.dep_ == "prep" \
                    and t.head.head.head.i < t.i and t.head.head.head.pos_ in ("NOUN", "PROPN"):
                t = t.head.head.head  # "incidents of carrying offensive weapons" -> incidents
            else:
                break
        edge = self._modifier_edge(t, seg_start)
        if edge <= seg_start:
            return None
        before = doc[edge - 1]
        if before.pos_ == "ADP" and edge - 2 > seg_start and doc[edge - 2].pos_ in ("NOUN", "PROPN"):
            t = doc[edge - 2]  # "theft from the person halved", the prep parsed onto another verb
            edge = t.left_edge.i
            if edge <= seg_start:
                return None
            before = doc[edge - 1]
        if not (before.dep_ == "cc" or before.pos_ in ("CCONJ", "SCONJ") or before.text in (",", ";")):
            return None
        root = t
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.i == verb.i:
            return None  # "Robbery, burglary and theft fell": the whole subject, found as usual
        return t if self.usable(t, places) else None

    @staticmethod
    def _before_relative(doc: Doc, j: int, seg_start: int) -> int:
        """The word before a relative clause set off by commas that ends at ``j`` ("... and drug offences,
        which rose last year, are down 10%" -> offences): the clause comments on the subject before it,
        which the parse may hang elsewhere; else ``j``."""
        if doc[j].text != ",":
            return j
        k = j - 1
        while k > seg_start + 1 and doc[k].text != "," and doc[k].tag_ not in ("WDT", "WP"):
            k -= 1
        if doc[k].tag_ in ("WDT", "WP") and k > seg_start + 1 and doc[k - 1].text == "," \
                and doc[k].head.pos_ in ("VERB", "AUX"):
            return k - 2
        return j

    def list_item_subject(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> Token | None:
        """The noun phrase of the figure's own list item, right before its verb or "down"/"up":
        "with shoplifting down 9%, cycle theft down 6% and arson down by 21%" -> cycle theft for
        6%. The phrase must start the item (after a comma, "and", "with", "while" or the segment's
        start), so "the number of offences has risen by 3%" is left to the parse."""
        i = num.start - 1
        verbs = 0
        nounish = self.nounish_words
        while i >= seg_start:
            tok = doc[i]  # spaCy makes a new Token per access: once per word walked back over
            pos, low = tok.pos_, tok.lower_
            if not (pos in ("AUX", "ADV", "VERB", "PART") or low in ("by", "up", "down")) \
                    or low in nounish or not any(c.isalnum() for c in tok.text):
                break
            verbs += pos == "VERB" or low in ("up", "down")  # "shoplifting up 4%": a noun
            i -= 1
        # "rises in harassment, up 31%, arson, (up 6%)": the item's noun set off by a comma from "up"/"down"
        # alone (a verb after a comma has its subject further back: "theft, which include ..., have risen")
        set_off = False
        if verbs and i + 1 < num.start and doc[i + 1].lower_ in ("up", "down") \
                and all(t.lower_ in ("up", "down", "by") for t in doc[i + 1:num.start]):
            if i > seg_start and doc[i].text == "(" and doc[i - 1].text == ",":
                i -= 1
            if i > seg_start and doc[i].text == "," and doc[i - 1].pos_ in ("NOUN", "PROPN") \
                    and doc[i - 1].ent_type_ not in ("DATE", "TIME") and doc[i - 1].lower_ not in self.not_own:
                i, set_off = i - 1, True
        if not verbs or i < seg_start or doc[i].pos_ not in ("NOUN", "PROPN") and doc[i].lower_ not in nounish \
                or doc[i].like_num or self._place(doc[i], places) \
                or doc[i].ent_type_ in ("DATE", "TIME", "PERCENT", "CARDINAL"):
            return None
        head = doc[i]
        root = head
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if root.i != head.i and root.dep_ in ("nsubj", "nsubjpass", "csubj") and head.i < root.head.i < num.start:
            return None  # "Robbery, burglary and theft fell by 5%": the whole subject, found by the parse
        up = root
        while up.dep_ in ("pobj", "prep", "conj") and up.head.i < up.i:
            up = up.head  # "Reports of criminal damage and arson rose": an item inside the subject's phrase
        if up.i != root.i and up.dep_ in ("nsubj", "nsubjpass") and head.i < up.head.i < num.start:
            return None
        crossed = False  # "theft from the person offences down 4%": a phrase with a preposition inside
        while i >= seg_start and any(c.isalnum() for c in doc[i].text) and not doc[i].like_num \
                and not self._place(doc[i], places) \
                and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or doc[i].tag_ in ("VBN", "VBG", "HYPH", "DT", "PRP$")
                     or doc[i].lower_ in nounish or doc[i].pos_ == "ADP" and doc[i].lower_ in self.keep_preps):
            if doc[i].pos_ == "ADP" and doc[i].lower_ in self.item_starts and (
                    i - 1 < seg_start or doc[i - 1].is_punct or doc[i - 1].lower_ in self.item_starts):
                break  # ", with robbery down 6%": "with" starts the item ("violence with injury" keeps it)
            if doc[i].pos_ == "ADP":
                crossed = True
            elif crossed and doc[i].pos_ in ("NOUN", "PROPN"):
                head = doc[i]
            if doc[i].tag_ in ("DT", "PRP$") and (i - 1 < seg_start or doc[i - 1].pos_ != "ADP"):
                i -= 1  # "the robbery rate fell": the phrase starts here
                break
            i -= 1
        if i + 1 < num.start and doc[i + 1].pos_ == "ADP":
            return None  # the phrase started inside a prepositional phrase
        self.item_edge = (head.i, i + 1)
        if i >= seg_start and doc[i].pos_ == "ADV":
            i -= 1  # "nationally recorded crime fell"
        if i >= seg_start and doc[i].lower_ not in self.item_starts \
                and not (set_off and doc[i].lower_ in self.set_off_starts):
            return None
        if i >= seg_start and doc[i].lower_ in (",", "and", "or"):
            joint = self._joint_item_start(doc, i, seg_start, places)
            if joint is not None:
                self.item_edge = (head.i, joint)
        # a capitalised offence starting a line ("Theft from the person ...") is often tagged as an organisation
        return head if self.usable(head, places) or head.lower_ in self.offence_words else None

    def elliptic_item(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> str | None:
        """The item of a list that leaves its verb out, "X by N%": "Other categories which fell are
        possession of weapons by 13% and public order by 4%" -> possession of weapons. Asked only when the
        clause's subject is a category word, which names no measure itself."""
        i = num.start - 1
        if i <= seg_start or doc[i].lower_ != "by":
            return None
        j = i - 1
        while j >= seg_start and not doc[j].like_num and not self._place(doc[j], places) \
                and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ") or doc[j].tag_ == "HYPH"
                     or doc[j].pos_ == "ADP" and doc[j].lower_ in self.keep_preps and j < i - 1):
            j -= 1
        toks = list(doc[j + 1:i])
        while toks and toks[0].pos_ == "ADP":
            toks = toks[1:]
        if not toks or toks[-1].pos_ not in ("NOUN", "PROPN", "ADJ") or toks[-1].lower_ in self.category_nouns:
            return None
        return "".join(t.text_with_ws for t in toks).strip()

    def gapped_item(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> str | None:
        """The item of a list that leaves out the verb it shares with the figure before it: "Robbery
        rose by 3%, theft by 5% and burglary by 2%", "Burglary fell 8%, robbery 4%" -> theft, burglary,
        robbery. The item is a noun phrase right before the figure (or its "by"), opened by a comma,
        "and" or "or" that follows the figure before it; with no such phrase the figure is no item
        (", or 300 crimes", ", 3% in Essex")."""
        i = num.start - 1
        i -= self._hedge_ending(doc, i, seg_start + 1)  # "sexual offences by more than 11%": the hedge is the figure's
        if i > seg_start and doc[i].lower_ in self.gap_preps:  # "theft by 5%", "robbery from 400 to 380"
            i -= 1
        j = i
        while j > seg_start and not doc[j].like_num and not self._place(doc[j], places) \
                and doc[j].ent_type_ not in ("DATE", "TIME") \
                and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ") or doc[j].tag_ == "HYPH" or self._gerund_offence(doc[j])
                     or doc[j].tag_ in ("RBS", "RBR") and doc[j + 1].pos_ == "ADJ"  # "most serious violence"
                     or doc[j].tag_ == "VBN" and doc[j + 1].pos_ == "NOUN" and j < i  # "recorded crime by 5%"
                     or doc[j].pos_ == "ADP" and doc[j].lower_ in self.keep_preps and j < i
                     or doc[j].tag_ == "DT" and doc[j - 1].pos_ == "ADP" and doc[j - 1].lower_ in self.keep_preps):
            j -= 1  # "violence against the person by 9%": a determiner after a kept preposition
        toks = [t for t in doc[j + 1:i + 1]]
        if doc[j].tag_ in ("DT", "PRP$") and j > seg_start:
            j -= 1  # "..., the robbery rate by 2%"
        while toks and toks[0].pos_ == "ADP":
            toks = toks[1:]
        if not toks or toks[-1].pos_ not in ("NOUN", "PROPN") and not self._gerund_offence(toks[-1]) \
                or toks[-1].lower_ in self.not_own | self.noun_like_dirs \
                or toks[-1].lower_ in self.category_nouns or doc[j].lower_ not in (",", ";", "and", "or"):
            return None
        k = j - 1
        while k > seg_start and doc[k].lower_ in (",", ";", "and", "or", ")"):
            k -= 1
        figure_end = doc[k].like_num or doc[k].lower_ in ("%", "cent", "percent", "pc", "points") \
            or doc[k].text[:1].isdigit() \
            or doc[k].ent_type_ in ("PERCENT", "CARDINAL", "MONEY", "QUANTITY")
        return "".join(t.text_with_ws for t in toks).strip() if figure_end else None

    def shown_object(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> Token | None:
        """"Figures show burglary down 3%", "The statistics revealed shoplifting up by 5%" -> burglary,
        shoplifting: the object of a showing verb followed by nothing but a direction word is the subject
        of the change the figure gives (not the data that shows it)."""
        start = max(seg_start, num.sent.start)
        for t in reversed(doc[start:num.start]):
            head = t.head.head if t.head.i == t.i - 1 and t.head.pos_ == "VERB" else t.head  # "recorded crime"
            named = t.pos_ in ("NOUN", "PROPN") or t.lower_ in self.measure_words  # "shoplifting" read as a verb
            if t.dep_ not in ("dobj", "xcomp", "ccomp") or head.lower_ not in self.showing_verbs or not named:
                continue
            k = num.start - 1
            while k > t.i and num.start - k <= 2 and (doc[k].lower_ in self.change_verbs or doc[k].lower_ == "by"):
                k -= 1
            ends_object = k == t.i or any(a.i == t.i for a in doc[k].ancestors)  # "violence against the person"
            if k < num.start - 1 and ends_object and doc[k + 1].lower_ != "by" and self.usable(t, places):
                return t
            return None
        return None

    def fronted_subject(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> Token | None:
        """"Down 5% on last year, burglary was at its lowest level" -> burglary: a figure in a phrase with no
        verb or noun of its own, set before the main clause by a comma, is about that clause's subject."""
        sent = num.sent
        start = max(seg_start, sent.start)
        if any(t.pos_ in ("NOUN", "PROPN", "PRON", "AUX") or t.pos_ == "VERB" and t.tag_ != "VBN"
               for t in doc[start:num.start]):
            return None
        comma = next((t.i for t in doc[num.end:sent.end] if t.text == ","), None)
        if comma is None or any(t.pos_ in ("AUX", "VERB") and t.tag_ not in ("VBN", "VBG")
                                for t in doc[num.end:comma]):
            return None
        for t in doc[comma + 1:sent.end]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.head.i > comma:
                return t if self.usable(t, places) and t.pos_ in ("NOUN", "PROPN") else None
        return None

    def be_complement(self, num: Span, places: set[int]) -> Token | None:
        """"..., of which 300 were burglaries", "Of these, 45 were hate crimes" -> burglaries, hate crimes: a
        bare count that is the subject of "be" counts the noun the verb says it is. Not a state ("300 were
        arrested"), a place or a word that names no measure ("5,000 was the highest figure")."""
        tok = num[-1]
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ != "be" or verb.i < tok.i:
            return None
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
        if attr is None or not self.usable(attr, places) or self.no_measure(attr.lower_):
            return None
        return attr

    def _gerund_offence(self, t: Token) -> bool:
        """"shoplifting", "stalking", "crime": an offence word that the parse of a gapped item ("Theft rose 5%
        and shoplifting 7%", "... and crime 7%") reads as a verb, there being no verb left in the item."""
        return t.pos_ == "VERB" and t.lower_ in self.measure_words

    def topic_lead(self, doc: Doc, num: Span, places: set[int],
                   lead_re: re.Pattern[str] | None = None) -> tuple[int, int] | None:
        """The measure a sentence opens with before its comma: "In relation to hate crime, there was a
        6% fall", "When it comes to fraud, reports rose by 9%" -> (first, last + 1) token of the topic.
        Not a place, a time or a figure ("In terms of the county, ...")."""
        sent = num.sent
        m = (lead_re or self.topic_lead_re).match(text_of(doc)[sent.start_char:sent.end_char])  # = sent.text
        if m is None:
            return None
        first = doc.char_span(sent.start_char + m.start("x"), sent.start_char + m.end("x"), alignment_mode="expand")
        if first is None or first.end > num.start:
            return None
        toks = [t for t in first if t.tag_ not in ("DT", "PRP$")]
        if not toks or any(t.like_num or self._place(t, places) or t.ent_type_ in ("DATE", "TIME") for t in toks) \
                or not any(t.pos_ in ("NOUN", "PROPN") or t.lower_ in self.measure_words for t in toks):
            return None
        return toks[0].i, toks[-1].i + 1

    def line_label(self, doc: Doc, num: Span, places: set[int]) -> str | None:
        """The label of a line "Shoplifting: 320 (up 4%)", "• Robbery – 360 crimes down from 418": the
        words that start the line (after a bullet) before a colon or a spaced dash, with the figures after
        it and no verb between. Not a place ("Kent: 4,120"), a time, a clause, a total ("Overall – 85,267"),
        a category word ("Types of theft – ...") or a sign glued to a figure ("(- 11.7%)")."""
        if not self._label_mark_before(doc, num):
            return None  # most figures: no colon or dash in the words a label could end at
        i = num.start - 1
        while i >= 0 and num.start - i <= 14:
            tok = doc[i]  # spaCy makes a new Token per access: once per word walked back over
            if tok.text in (":", ";", ".") or tok.is_space or "\n" in tok.whitespace_ or tok.pos_ == "AUX" \
                    or tok.tag_ in ("VBD", "VBZ", "VBP"):
                break
            if self._label_dash(doc, i):
                label = self._label_before(doc, i, places)
                if label is not None:
                    return label
            i -= 1
        if i <= 0 or doc[i].text != ":" or num.start - i > 10:
            return None
        return self._label_before(doc, i, places)

    def _label_mark_before(self, doc: Doc, num: Span) -> bool:
        """Whether a colon or a label dash is written in the 14 words before the figure, the words
        ``line_label`` walks back over: a look at the text, instead of at each word."""
        window = text_of(doc)[doc[max(0, num.start - 14)].idx:num.start_char]
        return ":" in window or any(d in window for d in self.label_dashes)

    def _hedge_ending(self, doc: Doc, i: int, lowest: int) -> int:
        """The length in words of the longest hedge ("just over", not "over") that ends at ``i`` and
        starts after ``lowest``; 0 for none."""
        for size in self.hedge_sizes.get(doc[i].lower_, ()):
            if i - size >= lowest and tuple(t.lower_ for t in doc[i - size + 1:i + 1]) in self.hedges:
                return size
        return 0

    def dash_item(self, doc: Doc, num: Span, places: set[int]) -> str | None:
        """"That was followed by car crime – down by 27%", "9,870 vehicle crimes – down 6%", "and
        theft – down 15%": a figure set off by a spaced dash, with nothing but direction and hedge words
        before it, is the figure of the noun phrase that ends at the dash, when that phrase names an
        offence or measure (not "the picture – up from 150", "Kent – down 4%")."""
        i, sent_start = num.start - 1, num.sent.start
        while i > sent_start and num.start - i <= 5:
            hedge = self._hedge_ending(doc, i, sent_start)
            if not hedge and doc[i].lower_ not in self.dash_leads:
                break
            i -= max(hedge, 1)
        if i <= sent_start or not self._label_dash(doc, i):
            return None
        k = i - 1
        while k > sent_start and doc[k].text not in (",", ";") and not self._label_dash(doc, k):
            k -= 1
        if k > sent_start and self._label_dash(doc, k):
            return None  # "fell 12% - 1,437 offences - to 14,180": the dash closes an aside
        noun = doc[i - 1]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.like_num or not self.usable(noun, places) \
                or "\n" in noun.whitespace_:
            return None
        j = noun.i  # the modifiers before the noun, which the parse may hang on the figure ("anti-social")
        while j - 1 > sent_start and noun.i - j < 4 and not doc[j - 1].like_num \
                and (doc[j - 1].pos_ in ("ADJ", "NOUN", "PROPN") or doc[j - 1].tag_ == "HYPH"
                     or doc[j - 1].text == "-" and not doc[j - 1].whitespace_):
            j -= 1
        phrase = self.phrase(noun, places, j) or ""
        words = set(re.findall(r"[\w-]+", phrase.lower())) | {noun.lemma_.lower()}
        return phrase if words & self.measure_words else None

    def _label_dash(self, doc: Doc, i: int) -> bool:
        """A dash set off by spaces, between a line's label and its figures ("Robbery - down 10%");
        not a hyphen inside a word ("Anti-social") or a sign before a figure ("(- 11.7%)")."""
        tok = doc[i]  # spaCy makes a new Token per access: once each
        if tok.text not in self.label_dashes or i <= 0:
            return False
        before = doc[i - 1]
        return bool(before.whitespace_) and bool(tok.whitespace_) and not before.is_space

    def _label_before(self, doc: Doc, i: int, places: set[int]) -> str | None:
        """The label that runs from the start of its line (after a bullet) to the separator at ``i``."""
        j, brackets = i - 1, 0
        while j > 0 and i - j - brackets < 7 and not doc[j - 1].is_space and "\n" not in doc[j - 1].whitespace_ \
                and (not doc[j - 1].is_punct and doc[j - 1].text not in self.bullets
                     or j > 1 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_
                     or doc[j - 1].text in ("(", ")")):
            brackets += doc[j - 1].text in ("(", ")")  # a qualifier in brackets stays: "Burglary (residential) – 619"
            j -= 1  # a hyphen inside a word ("Anti-social") stays in the label
        k = j
        while k > 0 and doc[k - 1].text in self.bullets and "\n" not in doc[k - 1].whitespace_:
            k -= 1  # "• Robbery – 360 crimes"
        if not (k == 0 or doc[k - 1].is_space or "\n" in doc[k - 1].whitespace_) or j >= i:
            return None
        toks = [t for t in doc[j:i] if t.tag_ not in ("DT", "PRP$")]
        if not toks or any(t.like_num or self._place(t, places) or t.ent_type_ in ("DATE", "TIME", "PERSON")
                           or t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ", "VBP", "PRP", "MD") for t in toks) \
                or not any(t.pos_ in ("NOUN", "PROPN") or t.lower_ in self.measure_words for t in toks) \
                or self.is_agent(toks[-1]) or toks[-1].lower_ in self.anaphora | self.not_metric \
                or all(t.lower_ in self.total_words | self.drop_words for t in toks) \
                or toks[0].lower_ in self.category_nouns:  # "Categories with vehicle offences – ..."
            return None
        return "".join(t.text_with_ws for t in toks).strip()

    def respective_item(self, doc: Doc, num: Span, places: set[int]) -> str | None:
        """"Arson and fraud are down by 3.2% and 0.6% respectively": each figure is its own item's, in
        order (with twice as many figures, "rose by 5% and 3% to 400 and 300 respectively", in turn).
        The items are read from the words of the list first (the parse often joins "knife crime, hate
        crime and arson" wrongly), then from the parse's conjuncts."""
        sent = num.sent
        after = text_of(doc)[num.end_char:sent.end_char].lower()  # the words after the figure and a space before
        if not any(w in after for w in self.respective_words):
            return self._paired_item(doc, num, places)  # most sentences: a look at the text, no span made
        rest = doc[num.end:sent.end]
        lowered = text_of(doc)[rest.start_char:rest.end_char].lower()
        if not any(w in lowered for w in self.respective_words):
            # a token's lower form is its text lowered: no such word in the text, none among the tokens
            return self._paired_item(doc, num, places)
        end = next((t.i for t in rest if t.lower_ in self.respective_words), None)
        if end is None:
            return None
        starts = self._figure_starts_between(sent.start_char, doc[end].idx)
        first = doc.char_span(starts[0], starts[0] + 1, alignment_mode="expand") if starts else None
        if first is None or len(starts) < 2:
            return None
        listed = self._respective_listed(doc, num, starts, end, places)
        if listed is not None:
            return listed or None
        items: list[Token] = []
        for t in doc[sent.start:first.start]:
            conj = [t]
            while True:
                nxt = [c for c in conj[-1].children if c.dep_ == "conj" and c.i < first.start]
                if not nxt:
                    break
                conj.append(nxt[0])
            if t.dep_ != "conj" and len(conj) > 1 and t.pos_ in ("NOUN", "PROPN") \
                    and not any(self._place(c, places) for c in conj):
                items = conj
        if not items or len(starts) % len(items):
            return None
        at = sum(s <= num[0].idx for s in starts) - 1
        tok = items[at % len(items)]
        drop = {x.i for c in tok.children if c.dep_ in ("conj", "cc") or c.dep_ == "punct" and c.i > tok.i
                for x in c.subtree}
        toks = [t for t in tok.subtree if t.i not in drop and t.tag_ not in ("DT", "PRP$")]
        return "".join(t.text_with_ws for t in toks).strip(" ,") or None

    def _respective_listed(self, doc: Doc, num: Span, starts: list[int], end: int, places: set[int]) -> str | None:
        """The item of ``num`` when the words make a list of as many items as the figures they pair with:
        the list right before "respectively" after the figures ("falls of 5% and 7% in burglary and
        robbery respectively"), else a list right before the run of figures ("burglary, robbery and
        theft fell by 52%, 48% and 38% respectively"; the figures before that run are not paired).
        "" when the list is of places (the figures are one measure's, told apart by place); None when
        the words make no such list."""
        at_num = num[0].idx
        after = self._noun_list(doc, end - 1 if doc[end - 1].text != "," else end - 2, places)
        if after is not None and after[1] > doc[num.start].i:
            items, _ = after
            run = [s for s in starts if s < doc[after[1]].idx][-len(items):]
            if len(items) >= 2 and len(run) == len(items):
                return self._respective_pick(items, run, at_num)
        for k, s in enumerate(starts):
            fig = doc.char_span(s, s + 1, alignment_mode="expand")
            if fig is None:
                continue
            last = next((t.i for t in reversed(doc[num.sent.start:fig.start]) if self._figure_word(t)
                         or t.pos_ in ("NOUN", "PROPN")), None)
            if last is None or self._figure_word(doc[last]):
                continue
            found = self._noun_list(doc, last, places)
            run = starts[k:]
            if found is None or len(found[0]) < 2 or len(run) not in (len(found[0]), 2 * len(found[0])):
                continue
            return self._respective_pick(found[0], run, at_num)
        return None

    def _figure_starts_between(self, start: int, end: int) -> list[int]:
        """The claim figures starting in [start, end), from the sorted ``figure_starts`` (a release of
        thousands of figures asks this once per figure)."""
        fs = self.figure_starts
        return fs[bisect.bisect_left(fs, start):bisect.bisect_left(fs, end)]

    def _paired_item(self, doc: Doc, num: Span, places: set[int]) -> str | None:
        """"Burglary, robbery and theft fell by 3%, 5% and 7%": a list of measures as the subject of a
        change verb, followed by a run of as many figures joined only by commas and "and", pairs them in
        order as "respectively" would. Not "Burglary and robbery fell by 3% to 1,234" (a "to" breaks
        the run) nor a list of places (one measure, told apart by place)."""
        sent = num.sent
        starts = self._figure_starts_between(sent.start_char, sent.end_char)
        if len(starts) < 2:
            return None
        items = self._sentence_pairs(doc, sent, starts, places)
        return None if items is None else self._respective_pick(items, starts, num[0].idx)

    def _sentence_pairs(self, doc: Doc, sent: Span, starts: list[int], places: set[int]) -> list[str] | None:
        """The measures a sentence's figures ``starts`` pair with in order (``_paired_item``), or None;
        within ``begin``'s document read once per sentence: each of its figures asks."""
        if doc is not self._doc:
            return self._read_pairs(doc, sent, starts, places)
        cached = self._pairs.get(sent.start)
        if cached is None or cached[0] is not places:
            cached = self._pairs[sent.start] = (places, self._read_pairs(doc, sent, starts, places))
        return cached[1]

    def _read_pairs(self, doc: Doc, sent: Span, starts: list[int], places: set[int]) -> list[str] | None:
        first = doc.char_span(starts[0], starts[0] + 1, alignment_mode="expand")
        last_fig = doc.char_span(starts[-1], starts[-1] + 1, alignment_mode="expand")
        if first is None or last_fig is None:
            return None
        verb = next((t for t in reversed(doc[sent.start:first.start]) if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lower_ not in self.change_verbs:
            return None
        if any(t.lower_ not in ("by", "of") and t.pos_ not in ("ADV", "PART") for t in doc[verb.i + 1:first.start]):
            return None  # "fell by 3%, 5% and 7%", "fell sharply by": nothing else between verb and figures
        if any(not (self._figure_word(t) or t.lower_ in (",", "and", "per", "cent", "percent", "pc"))
               for t in doc[first.start:last_fig.end]):
            return None
        noun = next((t for t in reversed(doc[sent.start:verb.i]) if t.pos_ not in ("AUX", "ADV", "PART")), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        found = self._noun_list(doc, noun.i, places)
        if found is None or len(found[0]) != len(starts) or not all(found[0]):
            return None
        return found[0]

    @staticmethod
    def _respective_pick(items: list[str], run: list[int], at: int) -> str | None:
        """The item paired with the figure at character ``at`` (in turn when there are twice as many
        figures); "" for a place list, None for a figure outside the run."""
        if at < run[0] or at not in run:
            return None
        return items[run.index(at) % len(items)]

    @staticmethod
    def _figure_word(t: Token) -> bool:
        """A word of a figure ("52", "%", "cent"), not a hedge the model tags with it ("around")."""
        return t.like_num or t.text == "%" or t.ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY") \
            and t.pos_ in ("NOUN", "NUM", "SYM", "PROPN")

    def _noun_list(self, doc: Doc, last: int, places: set[int]) -> tuple[list[str], int] | None:
        """The items of the list of noun phrases that ends at token ``last`` and where it starts: the
        words back to the first that cannot be in a noun phrase (a verb, "in", a figure), split at commas
        and "and"/"or"; at commas only when a comma split gives items of their own ("rape and sexual
        offences, and stalking and harassment"). Items whose phrase is a place give [""]."""
        sent_start = doc[last].sent.start
        k = last
        while k >= sent_start and doc[k].pos_ in ("NOUN", "PROPN", "ADJ"):
            k -= 1
        if k == last:
            return None
        k = last
        while k - 1 >= sent_start and self._in_noun_list(doc[k - 1]):
            k -= 1
        while k <= last and (doc[k].lower_ in (",", "and", "or") or doc[k].pos_ in ("ADP", "DET")):
            k += 1
        toks = list(doc[k:last + 1])
        if not toks or any(t.i in places or self._place(t, places) for t in toks):
            return ([""], k) if toks else None
        whole = self._split_items(toks, with_and=True)
        commas = self._split_items(toks, with_and=False)
        items = whole if len(whole) >= 2 or len(commas) < 2 else commas
        if not all(self._measure_item(item) for item in items):
            return None  # "5 were fatal, representing a drop of 8% and ...": no list of measures
        return ["".join(t.text_with_ws for t in item).strip() for item in items], k

    def _measure_item(self, item: list[Token]) -> bool:
        """An item of a list of measures is a noun phrase ending in a noun that is no change word, with no
        verb of its own ("fatal", "representing a drop" are not)."""
        last = item[-1]
        named = last.pos_ in ("NOUN", "PROPN") or last.lower_ in self.measure_words  # "shoplifting" read as ADJ
        return named and last.lower_ not in self.noun_like_dirs and not any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("compound", "amod") and t.lower_ not in self.measure_words
            for t in item)

    def _in_noun_list(self, t: Token) -> bool:
        if self._figure_word(t):
            return False
        return t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") or t.tag_ in ("HYPH", "VBG") \
            or t.dep_ in ("compound", "amod", "nmod") or t.lower_ in (",", "and", "or") \
            or t.pos_ == "ADP" and t.lower_ in self.keep_preps

    @staticmethod
    def _split_items(toks: list[Token], with_and: bool) -> list[list[Token]]:
        items: list[list[Token]] = [[]]
        for t in toks:
            if t.text == "," or with_and and t.lower_ in ("and", "or"):
                if items[-1]:
                    items.append([])
                continue
            if not items[-1] and (t.lower_ in ("and", "or") or t.tag_ in ("DT", "PRP$")):
                continue
            items[-1].append(t)
        return [item for item in items if item]

    def _joint_item_start(self, doc: Doc, i: int, seg_start: int, places: set[int]) -> int | None:
        """Where an item joined by "and" starts when the words before it hold no figure of their own:
        ", with criminal damage and arson down 6%" is one item (a figure after each is two items:
        "burglary down 3% and arson down 6%")."""
        k = i - 1
        while k >= seg_start and not doc[k].like_num and not self._place(doc[k], places) and (
                doc[k].pos_ in ("NOUN", "PROPN", "ADJ") or doc[k].tag_ == "HYPH" or doc[k].lower_ in (",", "and", "or")):
            k -= 1
        if k >= seg_start and doc[k].tag_ in ("DT", "PRP$"):
            k -= 1
        if k + 1 >= i or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[k + 1:i]):
            return None
        if k < seg_start or doc[k].lower_ in self.item_starts and doc[k].lower_ not in (",", "and", "or"):
            return k + 1
        return None

    def _change_holder(self, doc: Doc, claim: Span, places: set[int]) -> Token | None:
        """The subject that has a change noun as its object, in the figure's own clause: "robbery fell 8%
        while burglary levels saw a reduction of 19%" -> burglary levels (not carried from robbery). Not
        an agent or a place ("Gwent Police saw a drop of 5%"), and no figure between them."""
        near = doc[max(claim.sent.start, claim.start - 4):claim.end]
        noun = next((t for t in reversed(near) if t.lower_ in self.noun_like_dirs), None)
        if noun is None or noun.dep_ != "dobj":
            return None
        subs = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subs or subs[0].i > noun.i or any(t.like_num for t in doc[subs[0].i:claim.start]):
            return None
        return subs[0] if self.usable(subs[0], places) else None

    def participle_holder(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> str | None:
        """"with the number of bike thefts falling by 64": a change participle that hangs on a noun
        before it says what changed, in the figure's own clause (not carried from an earlier figure). Only a
        verb of change ("a survey showing 90%" names no measure), and not a noun after "be" ("burglary was the
        biggest faller, dropping by 24%": the subject of "be" is what fell)."""
        verb = self.governing_verb(num[0])
        if verb is None or verb.tag_ not in ("VBG", "VBN") or verb.dep_ != "acl" or verb.lower_ not in self.change_verbs \
                or verb.head.dep_ == "attr" \
                or not seg_start <= verb.head.i < verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = verb.head
        if any(t.like_num for t in doc[noun.i:num.start]) or noun.lower_ in self.noun_like_dirs \
                or not self.usable(noun, places):
            return None
        text = self.phrase(noun, places) or ""
        cut = text.find(" " + verb.text)  # the parse may hang the participle inside the noun's "of" phrase
        return (text[:cut] if cut > 0 else text) or None

    def _change_noun_object(self, doc: Doc, claim: Span, places: set[int]) -> Token | None:
        """"A record 14% fall has taken crime to its lowest level": a change noun that is the subject
        of a verb with nothing of its own ("fall in X") says what fell through the verb's object."""
        noun = claim[-1]
        if noun.lower_ not in self.noun_like_dirs or noun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(
                o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME")
                and o.i not in places for o in c.children) for c in noun.children):
            return None
        verb = noun.head
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > verb.i]
        if not objs or not self.usable(objs[0], places):
            return None
        words = {t.lower_ for t in objs[0].subtree} | {objs[0].lemma_.lower()}
        return objs[0] if words & (self.offence_words | self.count_nouns) else None

    def _dobj(self, verb: Token | None, num: Span) -> Token | None:
        if verb is None:
            return None
        for c in verb.children:
            if c.dep_ == "dobj" and not (num.start <= c.i < num.end) and c.pos_ in ("NOUN", "PROPN"):
                return c
        return None
