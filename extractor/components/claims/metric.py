"""What a claim measures, read from the parse: "recorded crime", "arrests".

The metric is a noun phrase as written, without determiners: the noun after
the number ("3,000 offences"), the subject of the verb the number hangs on
("burglary fell by 10%"), the thing a share is of ("45% of all crime"), or
the purpose of an amount of money ("£1.2m for neighbourhood teams"). When
the sentence names none, the caller carries the metric of the claim before.
"""
from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from .numbers import alternation
from .other_metric import OtherMetricReader

_DROP_DEPS = {"relcl", "appos", "acl", "advcl", "punct", "cc", "nummod", "quantmod", "det", "predet", "poss",
              "case", "neg", "advmod", "npadvmod", "conj", "prep"}


class MetricReader:
    """Noun phrases for claims, with word lists from the rules."""

    def __init__(self, rules: dict[str, Any]) -> None:
        m = rules.get("metric", {})
        self.generic = {w.lower() for w in m.get("generic_nouns", [])}
        self.agents = {w.lower() for w in m.get("agents", [])}
        self.count_nouns = {w.lower() for w in m.get("count_nouns", [])}
        self.offence_words = {w.lower() for w in m.get("offence_words", [])}
        self.total_words = {w.lower() for w in m.get("total_words", [])}
        self.anaphora = {w.lower() for w in m.get("anaphora", [])}
        self.share_verbs = {w.lower() for w in m.get("share_verbs", [])}
        self.keep_preps = {w.lower() for w in m.get("keep_preps", [])}
        self.drop_words = {w.lower() for w in m.get("drop_words", [])}
        self.money_preps = {w.lower() for w in m.get("money_preps", [])}
        self.not_bracketed = {w.lower() for w in m.get("not_bracketed_nouns", [])}
        self.item_starts = {w.lower() for w in m.get("item_starts", [",", ";", "and", "with", "while"])}
        self.rate_word = m.get("rate_word", "rate")
        self.share_re = re.compile(r"\b(?:" + alternation(m.get("share_phrases", ["accounts for"])) + r")\s+$", re.I)
        self.level_re = re.compile(r"\b(?:" + alternation(m.get("level_words", ["to", "at", "from"])) + r")\s+$", re.I)
        d = rules.get("direction", {})
        self.noun_like_dirs = {w.lower() for ws in d.get("nouns", {}).values() for w in ws}
        # nouns after a figure that are no metric: "20% year-on-year", "the 3% national trend"
        self.not_own = {w.lower() for w in m.get("not_own_nouns", [])} | {w.lower() for w in d.get("trend_words", [])}
        self.other = OtherMetricReader(rules, self)  # money, uses, survey shares
        self._doc: Doc | None = None
        self._stops: dict[tuple[int, int], tuple[list[int], list[int]]] = {}

    def begin(self, doc: Doc | None) -> None:
        """Work on ``doc`` (None: done): ``left_subject`` then remembers, per sentence segment,
        the tokens its two scans can stop at, instead of rescanning the segment for every figure
        (a line of hundreds of figures made that quadratic)."""
        self._doc = doc
        self._stops = {}

    def _segment_stops(self, doc: Doc, start: int, end: int) -> tuple[list[int], list[int]]:
        """Indices in ``doc[start:end]`` of subject-like tokens and of plain nouns (the tests of
        ``left_subject`` that do not depend on the claim), in text order."""
        key = (start, end)
        if key not in self._stops:
            subjects: list[int] = []
            nouns: list[int] = []
            for t in doc[start:end]:
                if self._subject_like(t):
                    subjects.append(t.i)
                if self._plain_noun(t):
                    nouns.append(t.i)
            self._stops[key] = (subjects, nouns)
        return self._stops[key]

    @staticmethod
    def _subject_like(t: Token) -> bool:
        return t.dep_ in ("nsubj", "nsubjpass", "csubj") or (t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX")
                                                             and t.pos_ in ("NOUN", "PROPN"))

    @staticmethod
    def _plain_noun(t: Token) -> bool:
        return t.pos_ in ("NOUN", "PROPN") and not t.like_num \
            and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "PERCENT", "MONEY", "CARDINAL")

    # -- phrases -------------------------------------------------------------
    def phrase(self, head: Token, places: set[int] = frozenset()) -> str | None:
        """The noun phrase headed by ``head``: left modifiers, the head, kept prepositions."""
        keep: set[int] = {head.i}
        for child in head.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "npadvmod") or (child.dep_ == "conj"):
                keep.update(t.i for t in child.subtree)
            elif child.dep_ == "cc":
                keep.add(child.i)
        for child in head.rights:
            if child.dep_ == "conj" or child.dep_ == "cc":
                keep.update(t.i for t in child.subtree if t.dep_ not in ("relcl", "appos"))
            elif child.text == "," and child.dep_ == "punct" and any(
                    c.dep_ == "conj" and c.i > child.i for c in head.rights):
                keep.add(child.i)  # "Robbery, burglary and theft"
            elif child.dep_ == "prep" and child.lower_ in self.keep_preps and not self._place_or_time(child, places) \
                    and not self._figure_object(child):
                keep.update(t.i for t in child.subtree)
            elif child.dep_ in ("acl",) and child.tag_ == "VBN" and len(list(child.subtree)) <= 2:
                keep.update(t.i for t in child.subtree)  # "knives seized"
        for child in head.lefts:  # '"other theft" offences': quotation marks inside the phrase
            if child.is_quote and child.i + 1 in keep | {head.i} and any(k < child.i for k in keep):
                keep.add(child.i)
        lo, hi = head.i, head.i
        while lo - 1 in keep and not head.doc[lo - 1].is_space and "\n" not in head.doc[lo - 1].whitespace_:
            lo -= 1
        while hi + 1 in keep and not head.doc[hi + 1].is_space and "\n" not in head.doc[hi].whitespace_:
            hi += 1
        toks = [t for t in head.doc[lo:hi + 1]]
        while toks and (toks[0].lower_ in self.drop_words or toks[0].is_punct or toks[0].like_num
                        or toks[0].lower_ in ("and", "or")
                        or toks[0].tag_ in ("PRP$", "POS", "DT")):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].lower_ in ("and", "or", "of")):
            toks = toks[:-1]
        text = "".join(t.whitespace_ if t.is_quote and t.i != head.i else t.text_with_ws for t in toks)
        return re.sub(r"\s+", " ", text).strip() or None

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
        """Who counted rather than what was counted: "the force", "we", "Essex Police"."""
        words = {t.lower_ for t in tok.subtree}
        return tok.lower_ in self.agents or tok.ent_type_ in ("PERSON", "ORG") and tok.lower_ not in self.generic \
            or bool(words & {"police", "constabulary"}) and tok.lower_ in self.agents | {"police", "constabulary"}

    # -- the claim's metric --------------------------------------------------
    def own_noun(self, doc: Doc, end: int, sent_end: int) -> Token | None:
        """The noun right after the number: "6,912 shoplifting offences" -> offences."""
        head = None
        i = end
        while i < sent_end and i < end + 5:
            t = doc[i]
            if t.pos_ in ("NOUN", "PROPN") and not t.like_num:
                head = t
            elif t.pos_ in ("ADJ", "VERB") and t.tag_ in ("JJ", "VBN", "VBG") or t.text == "-":
                if head is not None:
                    break
            else:
                break
            i += 1
        return head

    def governing_verb(self, tok: Token) -> Token | None:
        t, steps = tok, 0
        while steps < 8 and t.head.i != t.i:  # spaCy makes a new Token per access: compare indices
            t = t.head
            steps += 1
            if t.pos_ in ("VERB", "AUX"):
                return t
        return t if t.pos_ in ("VERB", "AUX") else None

    def subject(self, verb: Token) -> Token | None:
        """The subject of ``verb``, through conjunctions and relative clauses."""
        for _ in range(3):
            subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            if subs:
                s = subs[0]
                if s.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return verb.head
                if s.dep_ == "expl":  # "there were 8.9 million offences"
                    return None
                return s
            if verb.dep_ in ("conj", "xcomp", "advcl", "relcl") and verb.head.i != verb.i:
                if verb.dep_ == "relcl":
                    return verb.head
                verb = verb.head
                continue
            break
        return None

    def left_subject(self, doc: Doc, seg_start: int, claim: Span, places: set[int]) -> Token | None:
        """The nearest subject left of the claim in its sentence segment (robust to odd parses)."""
        sent = claim.sent
        start = max(seg_start, sent.start)
        if self._doc is doc:
            subjects, nouns = self._segment_stops(doc, start, sent.end)
            subject_toks = (doc[i] for i in reversed(subjects[:bisect.bisect_left(subjects, claim.start)]))
            noun_toks = (doc[i] for i in reversed(nouns[:bisect.bisect_left(nouns, claim.start)]))
        else:
            subject_toks = (t for t in reversed(doc[start:claim.start]) if self._subject_like(t))
            noun_toks = (t for t in reversed(doc[start:claim.start]) if self._plain_noun(t))
        for t in subject_toks:
            if t.tag_ in ("WDT", "WP"):
                rel = t.head
                if rel.dep_ == "relcl" and rel.left_edge.i <= claim.start <= rel.right_edge.i:
                    return rel.head
                continue
            if self.anaphoric(t) or self.usable(t, places):
                return t
        for t in noun_toks:
            if t.i in places:
                continue
            if not self.is_agent(t):
                return t
            # "Reports of domestic abuse to Essex Police have risen": not who was told, what was
            head = self._chain_head(t, start)
            return head if self.usable(head, places) else t
        return None

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
        t = doc[j]
        if t.pos_ not in ("NOUN", "PROPN") or t.like_num:
            return None
        while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i < t.i \
                and t.head.head.pos_ in ("NOUN", "PROPN"):  # "theft from the person" -> theft
            t = t.head.head
        edge = t.left_edge.i
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

    def anaphoric(self, tok: Token) -> bool:
        """"the total", "it": points back; "the charge rate", "the proportion of adults" do not."""
        return tok.lower_ in self.anaphora and not any(
            c.dep_ in ("compound", "nmod") or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)

    def usable(self, tok: Token | None, places: set[int]) -> bool:
        """A subject that names what was measured (not who counted, not a place, not "the total")."""
        return tok is not None and not self.is_agent(tok) and not self._place(tok, places) \
            and not self.anaphoric(tok)

    def read(self, doc: Doc, num: Span, claim: Span, unit: str, places: set[int], seg_start: int,
             rule_id: str, same_seg_prev: bool, left_text: str) -> tuple[str | None, str]:
        """(metric or None, how it was found); None tells the caller to carry."""
        sent = num[0].sent
        if unit == "rate":
            return self._rate(doc, num, sent, left_text), "rate"
        if "dir_continue" in rule_id:
            return None, "continue"
        other = self.other.read(doc, num, claim, unit, places, seg_start, rule_id)
        if other is not None:
            return other
        item = self.list_item_subject(doc, num, seg_start, places)
        subj = item or self.clause_subject(doc, num, seg_start, places) or self.left_subject(doc, seg_start, claim, places)
        if any(k in rule_id for k in ("dir_noun_of", "dir_noun_at", "dir_noun_is", "dir_after")):
            target = self._in_object(doc, claim.end, sent.end, places)
            if target is None and any(k in rule_id for k in ("dir_noun_of", "dir_noun_at")):
                # "a fall in overall crime of 3%": the "in" comes between the noun and the figure
                ins = [t.i for t in doc[max(seg_start, sent.start):num.start] if t.lower_ == "in"]
                target = self._in_object(doc, ins[-1], num.start, places) if ins else None
            if target is not None:
                return self.phrase(target, places), "in"
            if same_seg_prev or "dir_noun_is" in rule_id:
                return None, "carry"
        own = self.own_noun(doc, claim.end, sent.end)
        if own is not None and (own.ent_type_ in ("DATE", "TIME") or own.lower_ in self.noun_like_dirs
                                or own.lower_ in self.not_own or any(i in places for i in range(claim.end, own.i + 1))):
            own = None  # "rose 19 per cent gwent last year": a place after the figure says where
        done = self._change_noun_object(doc, claim, places)
        if done is not None:
            return self.phrase(done, places), "change_object"
        if unit == "currency":
            purpose = self._money(doc, claim.end, sent.end, places)
            if purpose:
                return purpose, "money"
            other = self.other.money(doc, num, seg_start, places)
            if other is not None:
                return other
            verb = self.governing_verb(num[0])
            dobj = self._dobj(verb, claim)
            if dobj is not None and dobj.lower_ not in self.anaphora:
                return self.phrase(dobj, places), "dobj"
        if own is not None and own.lower_ not in self.generic:
            return self.phrase(own, places), "own"
        bracketed = self.bracket_noun(doc, num, seg_start, places) if own is None else None
        if bracketed is not None:  # the phrase stops at the bracket: the parse may join the list's items
            text = (self.phrase(bracketed, places) or "").rsplit(")", 1)[-1].split("(")[0].strip(" ,;")
            return text or None, "bracket"
        share = self._share_of(doc, claim.end, sent.end)
        if share is not None:
            if self.share_re.search(left_text):
                if self.usable(subj, places):
                    return self.phrase(subj, places), "share_subject"
                root = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i >= seg_start]
                if root and self.usable(root[0], places):
                    return self.phrase(root[0], places), "share_root"
            elif share.lower_ not in self.anaphora and share.pos_ != "PRON":
                return self.phrase(share, places), "share"
        if own is not None:
            if self.level_re.search(left_text):
                if self.usable(subj, places):
                    return self.phrase(subj, places), "level_subject"
                if same_seg_prev:
                    return None, "carry"
            topic = self.offence_topic(doc, own, claim, seg_start, places)
            if topic is not None:
                return self.phrase(topic, places), "own_topic"
            return self.phrase(own, places), "own_generic"
        if same_seg_prev and unit == "count":
            return None, "carry"
        if item is not None or self.usable(subj, places):
            return self.phrase(subj, places), "subject"
        return None, "carry"

    def list_item_subject(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> Token | None:
        """The noun phrase of the figure's own list item, right before its verb or "down"/"up":
        "with burglary down 14%, vehicle crime down 11% and robbery down by 17%" -> vehicle crime for
        11%. The phrase must start the item (after a comma, "and", "with", "while" or the segment's
        start), so "the number of offences has risen by 3%" is left to the parse."""
        i = num.start - 1
        verbs = 0
        nounish = self.offence_words | self.count_nouns
        while i >= seg_start and (doc[i].pos_ in ("AUX", "ADV", "VERB", "PART") or doc[i].lower_ in ("by", "up", "down")) \
                and doc[i].lower_ not in nounish and any(c.isalnum() for c in doc[i].text):
            verbs += doc[i].pos_ == "VERB" or doc[i].lower_ in ("up", "down")  # "shoplifting up 4%": a noun
            i -= 1
        if not verbs or i < seg_start or doc[i].pos_ not in ("NOUN", "PROPN") and doc[i].lower_ not in nounish \
                or doc[i].like_num or self._place(doc[i], places) \
                or doc[i].ent_type_ in ("DATE", "TIME", "PERCENT", "CARDINAL"):
            return None
        head = doc[i]
        root = head
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if root.i != head.i and root.dep_ in ("nsubj", "nsubjpass") and head.i < root.head.i < num.start:
            return None  # "Robbery, burglary and theft fell by 5%": the whole subject, found by the parse
        crossed = False  # "theft from the person offences down 4%": a phrase with a preposition inside
        while i >= seg_start and any(c.isalnum() for c in doc[i].text) and not doc[i].like_num \
                and not self._place(doc[i], places) \
                and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or doc[i].tag_ in ("VBN", "VBG", "HYPH", "DT", "PRP$")
                     or doc[i].lower_ in nounish or doc[i].pos_ == "ADP" and doc[i].lower_ in self.keep_preps):
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
        if i >= seg_start and doc[i].pos_ == "ADV":
            i -= 1  # "nationally recorded crime fell"
        if i >= seg_start and doc[i].lower_ not in self.item_starts:
            return None
        # a capitalised offence starting a line ("Theft from the person ...") is often tagged as an organisation
        return head if self.usable(head, places) or head.lower_ in self.offence_words else None

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
                or t.lower_ in self.noun_like_dirs | self.not_own | self.generic | self.anaphora | self.not_bracketed:
            return None
        while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in self.keep_preps \
                and t.head.head.i < t.i and t.head.head.pos_ in ("NOUN", "PROPN") \
                and t.i - t.head.head.i <= 5 and not any(x.is_punct for x in doc[t.head.head.i:t.i]) \
                and t.head.head.lower_ not in self.noun_like_dirs | self.anaphora:
            t = t.head.head  # "crimes of dishonesty (22 per cent)" -> crimes (of dishonesty)
        # a capitalised offence in a list ("Burglary (7%)") is often tagged as an organisation
        return t if self.usable(t, places) or t.lower_ in self.offence_words else None

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

    def offence_topic(self, doc: Doc, own: Token, claim: Span, seg_start: int, places: set[int]) -> Token | None:
        """The offence a sentence is about, for a figure whose own noun only counts ("offences",
        "crimes", "cases"): "Fraud remains the most common offence, and the latest estimate of 3.9
        million offences is the highest" -> Fraud. Only a bare count noun (not "shoplifting offences",
        "offences against adults"), not a total ("offences overall"), and only a subject before the
        figure in its sentence that names an offence from the word list."""
        phrase = self.phrase(own, places)
        if phrase is None or phrase.lower() not in self.count_nouns:
            return None
        sent = own.sent
        near = doc[max(sent.start, claim.start - 3):min(sent.end, own.i + 4)]
        if any(t.lower_ in self.total_words for t in near):
            return None
        start = max(seg_start, sent.start)
        for t in reversed(doc[start:claim.start]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN") or t.i in places:
                continue
            words = set(re.findall(r"[\w-]+", (self.phrase(t, places) or "").lower())) | {t.lemma_.lower()}
            if words & self.offence_words:
                return t
        return None

    def _in_object(self, doc: Doc, end: int, sent_end: int, places: set[int]) -> Token | None:
        """"a reduction of 8% in burglary" -> burglary."""
        if end < sent_end and doc[end].lower_ == "in":
            for t in doc[end + 1:min(sent_end, end + 5)]:
                if t.i in places or t.ent_type_ in ("GPE", "LOC", "DATE"):
                    return None
                if t.pos_ in ("NOUN", "PROPN"):
                    head = t
                    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
                        head = head.head
                    return head
        return None

    def _subject_phrase(self, subj: Token, places: set[int]) -> tuple[str | None, str]:
        if subj.lower_ in self.anaphora:
            return None, "anaphora"
        return self.phrase(subj, places), "subject"

    def _place(self, tok: Token, places: set[int]) -> bool:
        return tok.i in places or tok.ent_type_ in ("GPE", "LOC")

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

    def _dobj(self, verb: Token | None, num: Span) -> Token | None:
        if verb is None:
            return None
        for c in verb.children:
            if c.dep_ == "dobj" and not (num.start <= c.i < num.end) and c.pos_ in ("NOUN", "PROPN"):
                return c
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

    def _rate(self, doc: Doc, num: Span, sent: Span, left_text: str) -> str:
        """"a crime rate of 47" -> crime rate; "84 crimes per 1,000" -> crime rate."""
        for t in reversed(doc[sent.start:num.start]):
            if t.lower_ == self.rate_word:
                # "the City of London crime rate": the place is the area, not part of the metric
                mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ not in ("GPE", "LOC")]
                start = mods[0].i if mods else t.i
                return doc[start:t.i + 1].text
        own = self.own_noun(doc, num.start + 1, num.end)
        noun = own.lower_ if own is not None else "crime"
        if noun.endswith("s") and not noun.endswith("ss"):
            noun = noun[:-1]
        if noun.endswith("ce"):
            noun = noun  # offence
        return f"{noun} {self.rate_word}"
