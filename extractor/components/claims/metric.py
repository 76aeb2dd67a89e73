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
        self.counters = {w.lower() for w in m.get("counter_nouns", [])}
        self.change_counters = {w.lower() for w in m.get("change_counter_nouns", [])}
        self.change_counter_words = {w.lower() for w in m.get("change_counter_words", [])}
        self.counter_words = {w.lower() for w in m.get("counter_words", [])}
        self.measure_words = {w.lower() for w in m.get("measure_words", [])} | self.offence_words
        self.not_metric = {w.lower() for w in m.get("not_metric_words", [])}
        self.denominators = {w.lower() for w in m.get("rate_denominators", [])}
        self.in_idioms = {w.lower() for w in m.get("in_idiom_nouns", [])}
        self.share_re = re.compile(r"\b(?:" + alternation(m.get("share_phrases", ["accounts for"])) + r")\s+$", re.I)
        self.level_re = re.compile(r"\b(?:" + alternation(m.get("level_words", ["to", "at", "from"])) + r")\s+$", re.I)
        d = rules.get("direction", {})
        self.noun_like_dirs = {w.lower() for ws in d.get("nouns", {}).values() for w in ws}
        # nouns after a figure that are no metric: "20% year-on-year", "the 3% national trend"
        self.not_own = {w.lower() for w in m.get("not_own_nouns", [])} | {w.lower() for w in d.get("trend_words", [])}
        self.other = OtherMetricReader(rules, self)  # money, uses, survey shares
        self._doc: Doc | None = None
        self.figure_starts: list[int] = []  # character offsets of the document's claim figures
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
            elif child.dep_ == "acl" and child.lower_ in self.keep_preps and child.i == head.i + 1:
                # "offences involving a knife" (parsed as a verb), without a clause of its own ("... recorded in X")
                inner = {x.i for c in child.subtree if c.i != child.i and c.dep_ in ("acl", "relcl", "advcl")
                         for x in c.subtree}
                keep.update(t.i for t in child.subtree if t.i not in inner)
        for k in sorted(keep - {head.i}):
            t = head.doc[k]
            if t.i in keep and (t.dep_ == "agent" and any(self.is_agent(o) for o in t.children if o.dep_ == "pobj")
                                or t.dep_ == "prep" and self._place_or_time(t, places)):
                keep.difference_update(x.i for x in t.subtree)  # "offences recorded by the forces in 2013"
        for child in head.lefts:  # '"other theft" offences': quotation marks inside the phrase
            if child.is_quote and child.i + 1 in keep | {head.i} and any(k < child.i for k in keep):
                keep.add(child.i)
        lo, hi = head.i, head.i
        while lo - 1 in keep and not head.doc[lo - 1].is_space and "\n" not in head.doc[lo - 1].whitespace_:
            lo -= 1
        while hi + 1 in keep and not head.doc[hi + 1].is_space and "\n" not in head.doc[hi].whitespace_:
            hi += 1
        toks = [t for t in head.doc[lo:hi + 1]]
        toks = self._after_figure(toks, head)
        while toks and (toks[0].lower_ in self.drop_words or toks[0].is_punct or toks[0].like_num
                        or toks[0].lower_ in ("and", "or") or toks[0].dep_ == "mark"
                        or toks[0].tag_ in ("PRP$", "POS", "DT")):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].lower_ in ("and", "or", "of")
                        or toks[-1].pos_ == "ADV" and toks[-1].i != head.i and len(toks) > 1):  # "recorded annually"
            toks = toks[:-1]
        text = "".join(t.whitespace_ if t.is_quote and t.i != head.i else t.text_with_ws for t in toks)
        return re.sub(r"\s+", " ", text).strip() or None

    @staticmethod
    def _after_figure(toks: list[Token], head: Token) -> list[Token]:
        """The phrase after a figure inside it, which belongs to the claim, not the measure: "the 2014-15
        period 105,072 crimes" -> crimes, "5.4m crimes" -> crimes ("m" is the figure's scale). A number
        after a capitalised word is part of a name ("Section 60 searches")."""
        cut = 0
        for k, t in enumerate(toks):
            if t.i >= head.i:
                break
            if t.like_num and (k == 0 or not toks[k - 1].text[:1].isupper()) \
                    and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text != "-":
                cut = k + 1
            elif k == cut and t.i > 0 and t.doc[t.i - 1].like_num and not t.doc[t.i - 1].whitespace_ and t.is_alpha:
                cut = k + 1  # the scale glued to a figure: "5.4m", "3bn"
        return toks[cut:] if cut < len(toks) and any(t.i == head.i for t in toks[cut:]) else toks

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
        words = {t.lower_ for t in tok.subtree}
        return tok.lower_ in self.agents or tok.ent_type_ in ("PERSON", "ORG") \
            and tok.lower_ not in self.generic and tok.lower_ not in self.offence_words \
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
            target = self.change_target(t, places)
            if target is not None:
                return target
            if self.anaphoric(t) or self.usable(t, places):
                return t
        for t in noun_toks:
            if t.i in places:
                continue
            if not self.is_agent(t):
                return self._of_head(t, start)
            # "Reports of domestic abuse to Essex Police have risen": not who was told, what was
            head = self._chain_head(t, start)
            return head if self.usable(head, places) else t
        return None

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

    def anaphoric(self, tok: Token) -> bool:
        """"the total", "it": points back; "the charge rate", "the proportion of adults", "the figures for
        shoplifting" do not."""
        return tok.lower_ in self.anaphora and not any(
            c.dep_ in ("compound", "nmod") or (c.dep_ == "prep" and c.lower_ == "of")
            or (c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ in ("pobj", "pcomp") for o in c.children)
                and not self._place_or_time(c, set())) for c in tok.children)

    def usable(self, tok: Token | None, places: set[int]) -> bool:
        """A subject that names what was measured (not who counted, not a place, not "the total")."""
        return tok is not None and not self.is_agent(tok) and not self._place(tok, places) \
            and not self.anaphoric(tok)

    def read(self, doc: Doc, num: Span, claim: Span, unit: str, places: set[int], seg_start: int,
             rule_id: str, same_seg_prev: bool, left_text: str, near_prev: bool = False) -> tuple[str | None, str]:
        """(metric or None, how it was found); None tells the caller to carry. ``near_prev``: a claim
        comes before this one in the same paragraph (the claim a bare counter can carry from)."""
        metric, how = self._read(doc, num, claim, unit, places, seg_start, rule_id, same_seg_prev, left_text)
        if metric is None and how == "carry" and not same_seg_prev:
            topic = self.previous_topic(doc, claim, places)  # "Shoplifting hit a record. It was up 30%."
            if topic is not None:
                return self.context_phrase(topic, places), "previous"
        if metric is None or how in ("rate", "continue", "carry"):
            return metric, how
        kind = "pure" if self.anaphoric_kind(metric) else self.counter_kind(metric)
        if kind == "total" and (how != "own_generic" or self._near_total(doc, claim)):
            kind = None  # "recorded crime fell", "a total of 3,000 offences": the measure itself
        if kind == "pure":
            topic = self.context_noun(doc, claim, places)
            if topic is not None:
                return self.context_phrase(topic, places), "context"
        if kind is not None and (same_seg_prev or kind == "pure" and near_prev):
            return None, "carry"  # "fell by 3% (4,367 offences to 4,278)"
        if self.no_measure(metric):
            return None, "carry"
        if not same_seg_prev and self.counter_kind(metric) is not None and not any(
                w in self.total_words for w in re.findall(r"[\w-]+", metric.lower())):  # "overall recorded crimes"
            topic = self.previous_topic(doc, claim, places)  # "Shoplifting hit a record. A total of 9,000 offences"
            if topic is not None:
                return self.context_phrase(topic, places), "previous"
        return metric, how

    def previous_topic(self, doc: Doc, claim: Span, places: set[int]) -> Token | None:
        """The offence the sentence before names, when that sentence states no figure: what a bare count
        or a pronoun of the next counts ("Shoplifting offences hit a new high. A total of 9,000 offences
        were logged", "... They were up 30%"). Only its subject (or what its "number of" counts), and only
        when that names an offence from the word list."""
        j = claim.sent.start - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0:
            return None
        prev = doc[j].sent
        k = bisect.bisect_left(self.figure_starts, prev.start_char)
        if k < len(self.figure_starts) and self.figure_starts[k] < prev.end_char:
            return None  # a sentence with a figure of its own: the carry reads that figure's measure
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
            if words & self.offence_words and self.usable(t, places) and not any(c.dep_ == "conj" for c in t.children):
                return t  # not "Knife crime and robbery rose": a bare count is not of two offences
        return None

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

    def _read(self, doc: Doc, num: Span, claim: Span, unit: str, places: set[int], seg_start: int,
              rule_id: str, same_seg_prev: bool, left_text: str) -> tuple[str | None, str]:
        sent = num[0].sent
        if unit == "rate":
            return self._rate(doc, num, sent, places, seg_start, same_seg_prev), "rate"
        if "dir_continue" in rule_id:
            return None, "continue"
        other = self.other.read(doc, num, claim, unit, places, seg_start, rule_id)
        if other is not None:
            return other
        item = self.list_item_subject(doc, num, seg_start, places) or self.clause_subject(doc, num, seg_start, places)
        subj = item or self.left_subject(doc, seg_start, claim, places)
        if any(k in rule_id for k in ("dir_noun_of", "dir_noun_at", "dir_noun_is", "dir_after")):
            target = self._in_object(doc, claim.end, sent.end, places)
            if target is None and any(k in rule_id for k in ("dir_noun_of", "dir_noun_at")):
                # "a fall in overall crime of 3%": the "in" comes between the noun and the figure
                ins = [t.i for t in doc[max(seg_start, sent.start):num.start] if t.lower_ == "in"]
                target = self._in_object(doc, ins[-1], num.start, places) if ins else None
            if target is not None:
                return self.phrase(target, places), "in"
            if same_seg_prev and "dir_noun_is" not in rule_id:
                own_subject = self._change_holder(doc, claim, places)
                if own_subject is not None:
                    return self.phrase(own_subject, places), "change_holder"
            if same_seg_prev or "dir_noun_is" in rule_id:
                return None, "carry"
        after = self._defined_after(doc, claim.end, sent.end, places)
        if after is not None:
            return self.phrase(after, places), "after"
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
            return self._bracket_text(doc, num, bracketed, places) or None, "bracket"
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
        verb = self.governing_verb(num[0])
        own_clause = item is not None or subj is not None and verb is not None and subj.head.i == verb.i \
            and subj.dep_ in ("nsubj", "nsubjpass") and subj.i < num.start \
            and not any(t.like_num for t in doc[subj.i:num.start])  # "X is down 4 while Y are up from 3 to 5"
        if same_seg_prev and unit == "count" and not own_clause:
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
                or t.lower_ in self.noun_like_dirs | self.not_own | self.anaphora | self.not_bracketed \
                or t.lower_ in self.generic and not self._named_kind(t) or t.lower_ in self.denominators:
            return None
        while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in self.keep_preps \
                and t.head.head.i < t.i and t.head.head.pos_ in ("NOUN", "PROPN") \
                and t.i - t.head.head.i <= 5 and not any(x.is_punct for x in doc[t.head.head.i:t.i]) \
                and t.head.head.lower_ not in self.noun_like_dirs | self.anaphora \
                and t.head.head.lower_ not in (self.rate_word, self.rate_word + "s"):  # "rates for arson (10.8)"
            t = t.head.head  # "crimes of dishonesty (22 per cent)" -> crimes (of dishonesty)
        # a capitalised offence in a list ("Burglary (7%)") is often tagged as an organisation
        return t if self.usable(t, places) or t.lower_ in self.offence_words else None

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

    def _change_holder(self, doc: Doc, claim: Span, places: set[int]) -> Token | None:
        """The subject that has a change noun as its object, in the figure's own clause: "robbery fell 8%
        while burglary levels saw a reduction of 19%" -> burglary levels (not carried from robbery). Not
        an agent or a place ("North Wales Police saw a drop of 7%"), and no figure between them."""
        near = doc[max(claim.sent.start, claim.start - 4):claim.end]
        noun = next((t for t in reversed(near) if t.lower_ in self.noun_like_dirs), None)
        if noun is None or noun.dep_ != "dobj":
            return None
        subs = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subs or subs[0].i > noun.i or any(t.like_num for t in doc[subs[0].i:claim.start]):
            return None
        return subs[0] if self.usable(subs[0], places) else None

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
        if any(t.lower_ in self.total_words for t in near) or self._near_total(doc, claim):
            return None
        start = max(seg_start, sent.start)
        for t in reversed(doc[start:claim.start]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN") or t.i in places:
                continue
            words = set(re.findall(r"[\w-]+", (self.phrase(t, places) or "").lower())) | {t.lemma_.lower()}
            if words & self.offence_words:
                return t
        return None

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
        return None

    def _in_object(self, doc: Doc, end: int, sent_end: int, places: set[int]) -> Token | None:
        """"a reduction of 8% in burglary" -> burglary."""
        if end < sent_end and doc[end].lower_ == "in":
            for t in doc[end + 1:min(sent_end, end + 5)]:
                if t.i in places or t.ent_type_ in ("GPE", "LOC", "DATE"):
                    return None
                if t.pos_ in ("NOUN", "PROPN"):
                    if t.lower_ in self.in_idioms:
                        return None  # "a decrease in comparison to ...", "in relation to ...": no measure
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

    def _rate(self, doc: Doc, num: Span, sent: Span, places: set[int], seg_start: int,
              same_seg_prev: bool) -> str | None:
        """"a crime rate of 47" -> crime rate; "84 crimes per 1,000" -> crime rate; "13 burglaries per
        1,000" -> burglaries; "rates for arson (10.8)" -> arson; "the highest rate for sexual offences
        per 1,000 people" -> sexual offences; a bare "national rate of 68" after another rate in its
        sentence is that rate's (None: the caller carries)."""
        bracketed = self.bracket_noun(doc, num, seg_start, places)
        if bracketed is not None:
            text = self._bracket_text(doc, num, bracketed, places)
            if text:
                return text
        own = self.own_noun(doc, num.start + 1, num.end)
        if own is not None and own.lower_ not in self.denominators:
            phrase = self.phrase(own, places)
            if phrase and self.counter_kind(phrase) is None:
                return phrase
        if own is None and same_seg_prev and bracketed is None:
            return None  # "13 burglaries per 1,000 against a national average of nine per 1,000"
        for t in reversed(doc[sent.start:num.start]):
            if t.lower_ in (self.rate_word, self.rate_word + "s"):
                obj = self._rate_object(doc, t, num.start, places) if own is None else None
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
        noun = own.lower_ if own is not None and own.lower_ not in self.denominators else "crime"
        if noun.endswith("s") and not noun.endswith("ss"):
            noun = noun[:-1]
        return f"{noun} {self.rate_word}"

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
                if t.lower_ in self.denominators:
                    return None
                while t.dep_ in ("compound", "amod", "nmod") and t.i < t.head.i < stop:
                    t = t.head
                return t
        return None
