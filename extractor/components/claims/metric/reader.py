"""``MetricReader``: the metric word lists, and the readings tried in order.

``read`` is what the claims component calls. ``_read`` tries the readings of
the other modules in turn (a rate; a figure that is no offence count; what a
change noun is "in"; what a dash defines the figure as; its own noun; the
purpose of an amount; its bracket; what it is a share of; the subject of its
clause) and says how it found the metric. ``read`` then replaces a phrase that
only counts ("offences", "reports") with the measure its context names, or
returns None for the caller to carry the metric of the claim before.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..numbers import alternation
from .carried import CarriedMixin
from .clause import ClauseMixin
from .other import OtherMetricReader
from .own import OwnWordsMixin
from .phrases import PhraseMixin
from .rates import RateMixin


class MetricReader(PhraseMixin, ClauseMixin, OwnWordsMixin, RateMixin, CarriedMixin):
    """Noun phrases for claims, with word lists from the rules."""

    def __init__(self, rules: dict[str, Any]) -> None:
        m = rules.get("metric", {})
        self.generic = {w.lower() for w in m.get("generic_nouns", [])}
        self.agents = {w.lower() for w in m.get("agents", [])}
        self.count_nouns = {w.lower() for w in m.get("count_nouns", [])}
        self.mass_measures = {w.lower() for w in m.get("mass_measures", [])}
        self.offence_words = {w.lower() for w in m.get("offence_words", [])}
        self.total_words = {w.lower() for w in m.get("total_words", [])}
        self.anaphora = {w.lower() for w in m.get("anaphora", [])}
        self.speech_verbs = {w.lower() for w in m.get("speech_verbs", [])}
        self.title_words = {w.lower() for w in m.get("title_words", [])}
        self.group_words = {w.lower() for w in m.get("group_words", [])}
        self.body_words = {w.lower() for w in m.get("body_words", [])}
        self.document_words = {w.lower() for w in m.get("document_words", [])}
        self.np_determiners = {w.lower() for w in m.get("np_determiners", [])}
        self.share_verbs = {w.lower() for w in m.get("share_verbs", [])}
        self.keep_preps = {w.lower() for w in m.get("keep_preps", [])}
        # "burglary in a dwelling": an "in" whose object names a kind of premises, not a place
        self.kind_in_objects = {str(w).lower() for w in m.get("kind_in_objects", [])}
        self.kind_preps = {w.lower() for w in m.get("kind_preps", ["of"])}  # "incidents of disorder"
        # "burglaries where nothing was stolen": a restrictive clause opened by one of these narrows the noun
        self.relative_words = {w.lower() for w in m.get("restrictive_relatives", [])}
        self.drop_words = {w.lower() for w in m.get("drop_words", [])}
        self.money_preps = {w.lower() for w in m.get("money_preps", [])}
        self.not_bracketed = {w.lower() for w in m.get("not_bracketed_nouns", [])}
        self.item_starts = {w.lower() for w in m.get("item_starts", [",", ";", "and", "with", "while"])}
        # words before the first item of a list whose figures are set off by commas ("rises in harassment, up
        # 31%, arson, up 6%", "This includes violence, (up 13%)")
        self.set_off_starts = {w.lower() for w in m.get("set_off_item_starts", ["in", "includes", "including"])}
        self.bullets = set(m.get("bullets", ["•"]))
        self.label_dashes = set(m.get("label_dashes", ["-", "–", "—"]))
        self.dash_leads = {w.lower() for w in m.get("dash_item_leads", [])}
        self.rate_word = m.get("rate_word", "rate")
        self.counters = {w.lower() for w in m.get("counter_nouns", [])}
        # words between a count and its own count noun that name no kind: "27,900 reported incidents"
        self.own_count_modifiers = {w.lower() for w in m.get("own_count_modifiers", [])}
        # plural nouns the parse may tag as verbs after a count ("56 arrests", "300 calls")
        self.noun_forms = {w.lower() for w in m.get("verb_like_nouns", [])}
        self.place_adjectives = {w.lower() for w in m.get("place_adjectives", [])}
        self.pronoun_subjects = {w.lower() for w in m.get("pronoun_subjects", [])}
        self.change_counters = {w.lower() for w in m.get("change_counter_nouns", [])}
        self.change_counter_words = {w.lower() for w in m.get("change_counter_words", [])}
        self.counter_words = {w.lower() for w in m.get("counter_words", [])}
        # measure words include the offence words: "offence or measure" is this one set
        self.measure_words = {w.lower() for w in m.get("measure_words", [])} | self.offence_words
        self.nounish_words = self.offence_words | self.count_nouns  # words a list item's noun may be tagged other than NOUN
        self.not_metric = {w.lower() for w in m.get("not_metric_words", [])}
        self.denominators = {w.lower() for w in m.get("rate_denominators", [])}
        self.chance_nouns = {w.lower() for w in m.get("chance_nouns", [])}
        self.victim_nouns = {w.lower() for w in m.get("victim_nouns", [])}
        self.counted_participles = {w.lower() for w in m.get("counted_participles", [])}
        # words after a participle that make it a comparison, not what was counted ("compared with")
        self.comparing_words = {w.lower() for w in m.get("comparing_words", ["with", "to", "than", "by"])}
        self.source_nouns = {w.lower() for w in m.get("source_nouns", [])}
        self.showing_verbs = {w.lower() for w in m.get("showing_verbs", [])}
        self.place_heads = {w.lower() for w in m.get("place_heads", [])}
        self.quantity_words = {w.lower() for w in m.get("quantity_words", [])}
        # the preposition between a gapped item and its figure: "theft by 5%", "robbery from 400 to 380"
        self.gap_preps = {w.lower() for w in m.get("gap_preps", ["by"])}
        # hedges before a figure ("theft by nearly 5%", "robbery by more than 15%"), as word tuples
        self.hedges = {tuple(str(w).lower().split()) for ws in rules.get("hedges", {}).values() for w in ws}
        # ... their lengths by last word, longest first: which hedges can end at a word
        self.hedge_sizes: dict[str, list[int]] = {}
        for h in self.hedges:
            self.hedge_sizes.setdefault(h[-1], []).append(len(h))
        self.hedge_sizes = {w: sorted(set(sizes), reverse=True) for w, sizes in self.hedge_sizes.items()}
        self.respective_words = {w.lower() for w in m.get("respective_words", ["respectively"])}
        self.topic_lead_re = re.compile(r"\s*(?:" + alternation(m.get("topic_leads", [])) + r")\s+(?P<x>[^,;:]{2,60}?),\s",
                                        re.I)
        leads = [*m.get("topic_leads", []), *m.get("offence_leads", [])]
        self.offence_lead_re = re.compile(r"\s*(?:" + alternation(leads) + r")\s+(?P<x>[^,;:]{2,60}?),\s", re.I)
        self.phone_numbers = {str(w) for w in rules.get("phone_numbers", [])}  # "999 calls" keeps its number
        self.phone_heads = {str(w).lower() for w in rules.get("phone_line_heads", [])}  # ... "999 burglaries" not
        self.in_idioms = {w.lower() for w in m.get("in_idiom_nouns", [])}
        self.measure_preps = {w.lower() for w in m.get("measure_only_preps", [])}
        self.share_re = re.compile(r"\b(?:" + alternation(m.get("share_phrases", ["accounts for"])) + r")\s+$", re.I)
        self.classed_verbs = {w.lower() for w in m.get("classed_as_verbs", [])}
        self.category_nouns = {w.lower() for w in m.get("category_nouns", [])}
        self.specifying_subjects = {w.lower() for w in m.get("specifying_subjects", [])}
        self.example_words = {w.lower() for w in m.get("example_words", ["as"])}
        self.example_markers = {w.lower() for w in m.get("example_markers", ["such"])}
        self.level_re = re.compile(r"\b(?:" + alternation(m.get("level_words", ["to", "at", "from"])) + r")\s+$", re.I)
        d = rules.get("direction", {})
        self.noun_like_dirs = {w.lower() for ws in d.get("nouns", {}).values() for w in ws}
        self.change_verbs = {w.lower() for ws in d.get("verbs", {}).values() for w in ws}
        # nouns after a figure that are no metric: "20% year-on-year", "the 3% national trend"
        self.not_own = {w.lower() for w in m.get("not_own_nouns", [])} | {w.lower() for w in d.get("trend_words", [])}
        self.other = OtherMetricReader(rules, self)  # money, uses, survey shares
        self._doc: Doc | None = None
        self.figure_starts: list[int] = []  # character offsets of the document's claim figures
        self._stops: dict[int, tuple[list[int], list[int]]] = {}  # by sentence start: ``_sentence_stops``
        self._sent_named: dict[tuple[int, int], tuple[set[int], set[str]]] = {}
        self._pairs: dict[int, tuple[set[int], list[str] | None]] = {}
        self._own_nouns: dict[tuple[int, int], Any] = {}
        self.item_edge: tuple[int, int] = (-1, -1)  # (head, first word) of the last list item read

    def read(self, doc: Doc, num: Span, claim: Span, unit: str, places: set[int], seg_start: int,
             rule_id: str, same_seg_prev: bool, left_text: str, near_prev: bool = False) -> tuple[str | None, str]:
        """(metric or None, how it was found); None tells the caller to carry. ``near_prev``: a claim
        comes before this one in the same paragraph (the claim a bare counter can carry from)."""
        metric, how = self._read_metric(doc, num, claim, unit, places, seg_start, rule_id, same_seg_prev,
                                        left_text, near_prev)
        return self.without_direction(metric), how

    def _read_metric(self, doc: Doc, num: Span, claim: Span, unit: str, places: set[int], seg_start: int,
                     rule_id: str, same_seg_prev: bool, left_text: str, near_prev: bool) -> tuple[str | None, str]:
        respective = self.respective_item(doc, num, places)
        if respective is not None:
            return respective, "respectively"
        metric, how = self._read(doc, num, claim, unit, places, seg_start, rule_id, same_seg_prev, left_text)
        if same_seg_prev and "dir_bracket" in rule_id and (how == "subject" or self.counter_kind(metric) is not None) \
                and self._restates_figure(doc, num):
            return None, "carry"  # "down by 3,815 offences (3.8 per cent)": the same change in other units
        if metric is None and how == "carry" and not same_seg_prev:
            named = self._named_before(doc, num, claim, places)
            if named is not None:
                return named
        if metric is None or how in ("rate", "continue", "carry", "measure_noun"):
            return metric, how
        kind = "pure" if self.anaphoric_kind(metric) else self.counter_kind(metric)
        if kind == "total" and (how != "own_generic" or self._near_total(doc, claim)):
            kind = None  # "recorded crime fell", "a total of 3,000 offences": the measure itself
        if kind == "pure":
            topic = self.context_noun(doc, claim, places)
            if topic is not None:
                phrase = self.context_phrase(topic, places)
                if self.total_measure(phrase) and self.counted_people(doc, claim, places) is not None:
                    return metric, "people"  # "Overall crime fell, with 9,000 fewer victims": victims
                return phrase, "context"
        if kind is not None and (same_seg_prev or kind == "pure" and near_prev):
            return None, "carry"  # "fell by 3% (4,367 offences to 4,278)"
        if kind == "total" and near_prev and self._pointer_subject(num):
            return None, "carry"  # "Burglary rose by 4%. This was an increase of 120 offences"
        if self.no_measure(metric) or self._only_place_and_pointer(metric, claim, places):
            # "Burglary has fallen again. A decrease of 5% was recorded": a change noun names no measure
            named = None if same_seg_prev else self._named_before(doc, num, claim, places)
            return named if named is not None else (None, "carry")
        if not same_seg_prev and self.counter_kind(metric) is not None and not any(
                w in self.total_words for w in re.findall(r"[\w-]+", metric.lower())) \
                and not (how == "subject" and metric.lower().split()[-1] in self.mass_measures):  # "overall recorded crimes"
            topic = self.previous_topic(doc, claim, places)  # "Shoplifting hit a record. A total of 9,000 offences"
            if topic is not None:
                return self.context_phrase(topic, places), "previous"
        return metric, how

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
        classed = self._classed_as(num, places)
        if classed is not None:
            return self.phrase(classed, places), "classed_as"
        complement = self.be_complement(num, places) if unit == "count" else None
        if complement is not None:
            return self.phrase(complement, places), "be_complement"  # "..., of which 300 were burglaries"
        if same_seg_prev:
            gapped = self.gapped_item(doc, num, seg_start, places)
            if gapped is not None:
                return gapped, "gapped"  # "Robbery rose by 3%, theft by 5%"
        item = self.list_item_subject(doc, num, seg_start, places) or self.clause_subject(doc, num, seg_start, places)
        subj = item or self.left_subject(doc, seg_start, claim, places)
        clause_subj = subj  # the subject as parsed: whose clause the figure is in
        named = self.be_specified(subj, places) if subj is not None else None
        if named is not None:  # "The biggest jump was in fraud, from 40 to 75": what "be" says the change was in
            item = None if item is None else named
            subj = named
        if any(k in rule_id for k in ("dir_noun_of", "dir_noun_by", "dir_noun_at", "dir_noun_is", "dir_after")):
            target = self._in_object(doc, claim.end, sent.end, places) or self._for_object(doc, claim.end, places)
            if target is None and any(k in rule_id for k in ("dir_noun_of", "dir_noun_by", "dir_noun_at")):
                # "a fall in overall crime of 3%": the "in" comes between the noun and the figure
                # (an "in" of the change noun itself: not "69 burglaries in the ward ... a rise of 130%")
                ins = [t.i for t in doc[max(seg_start, sent.start):num.start]
                       if t.lower_ == "in" and t.head.lower_ in self.noun_like_dirs]
                target = self._in_object(doc, ins[-1], num.start, places) if ins else None
            elif target is None and "dir_noun_is" in rule_id:
                # "The increase in robbery was 12%": what the change noun subject of "be" is a change in
                nouns = self._change_subjects_of_be(doc, max(seg_start, sent.start), num)
                target = self.change_target(nouns[-1], places) if nouns else None
            if target is None:  # "with a burglary increase of 7%", "The burglary rise was 4%"
                compounded = self._compounded_change(doc, num, max(seg_start, sent.start), places, rule_id)
                if compounded is not None:
                    return compounded, "compound"
            if target is not None:
                return self.phrase(target, places), "in"
            if same_seg_prev and "dir_after" in rule_id:
                named = self._named_after_direction(doc, claim, sent.end, places, unit)
                if named is not None:
                    return named, "own"
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
        if own is not None and own.lower_ in self.noun_like_dirs and not any(i in places for i in range(claim.end, own.i)):
            compounded = self.compound_measure(own, places)  # "a 10% crime reduction": the measure before the noun
            if compounded is not None:
                return compounded, "own"
        if own is not None and (own.ent_type_ in ("DATE", "TIME") or own.lower_ in self.noun_like_dirs
                                or own.lower_ in self.not_own or any(i in places for i in range(claim.end, own.i + 1))
                                or own.lower_ in self.document_words and self.names_no_measure(own)):
            own = None  # "rose 19 per cent gwent last year": a place after the figure says where; "the 100% mark"
        if own is None and unit == "count":
            state = self.counted_state(doc, claim.end, sent.end)
            if state is not None:
                return state, "state"  # "There were 30 more killed or seriously injured"
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
        dashed = self.dash_item(doc, num, places)
        if dashed is not None:
            return dashed, "dash_item"
        label = self.line_label(doc, num, places)
        if label is not None:
            return label, "label"
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
        if own is not None and self._opens_bracket(doc, num, seg_start) \
                and self.counter_kind(self.phrase(own, places)) is not None:
            # "Burglary fell by 13% (3,603 crimes in total, ...)", "Violence with injury (4,563 crimes)":
            # a bare count opening a bracket counts the noun or the change the bracket follows
            noun = self.bracket_noun(doc, num, seg_start, places)
            if noun is not None:
                return self._bracket_text(doc, num, noun, places) or None, "bracket"
            if same_seg_prev:
                return None, "carry"
        if own is not None:
            lead = self.topic_lead(doc, num, places)
            if lead is not None:
                return doc[lead[0]:lead[1]].text, "lead"  # "In relation to burglary, there were 320 offences"
            if self.level_re.search(left_text):
                if self.usable(subj, places):
                    return self.phrase(subj, places), "level_subject"
                if same_seg_prev:
                    return None, "carry"
            topic = self.offence_topic(doc, own, claim, seg_start, places, item)
            if topic is not None:
                return self.phrase(topic, places), "own_topic"
            return self.phrase(own, places), "own_generic"
        verb = self.governing_verb(num[0])
        own_clause = item is not None or clause_subj is not None and verb is not None \
            and clause_subj.head.i == verb.i and clause_subj.dep_ in ("nsubj", "nsubjpass") and clause_subj.i < num.start \
            and not any(t.like_num for t in doc[clause_subj.i:num.start])  # "X is down 4 while Y are up from 3 to 5"
        held = None if own_clause else self.participle_holder(doc, num, seg_start, places)
        if held is not None:
            return held, "participle"
        if same_seg_prev and unit == "count" and not own_clause:
            return None, "carry"
        lead = self.topic_lead(doc, num, places)
        if lead is not None and (subj is None or lead[0] <= subj.i < lead[1]):
            return doc[lead[0]:lead[1]].text, "lead"  # "In relation to hate crime, there was a 6% fall"
        if subj is not None and subj.lower_ in self.category_nouns:
            named = self.elliptic_item(doc, num, seg_start, places)
            if named is not None:  # "Other categories which fell are robbery by 13% and arson by 4%"
                return named, "elliptic"
        if item is not None or self.usable(subj, places):
            edge = self.item_edge[1] if item is not None and item.i == self.item_edge[0] else None
            return self.phrase(subj, places, edge), "subject"
        where = self._change_was_in(doc, num, seg_start, places)
        if where is not None:
            return self.phrase(where, places), "change_was_in"
        shown = self.shown_object(doc, num, seg_start, places)
        if shown is not None:
            return self.phrase(shown, places), "shown"
        fronted = self.fronted_subject(doc, num, seg_start, places)
        if fronted is not None:
            return self.phrase(fronted, places), "fronted"
        return None, "carry"

    def _compounded_change(self, doc: Doc, num: Span, start: int, places: set[int], rule_id: str) -> str | None:
        """The measure compounded before the change noun a figure belongs to, when no "in" names one: "a
        burglary increase of 7%" (the noun the figure's "of"/"by" hangs on), "The burglary rise was 4%"
        (the change noun subject of "be" before the figure)."""
        root = next((t for t in num if not num.start <= t.head.i < num.end or t.head.i == t.i), None)
        noun = None
        if root is not None and root.dep_ == "pobj" and root.head.lower_ in ("of", "by", "at") \
                and root.head.head.lower_ in self.noun_like_dirs and root.head.head.i < root.i:
            noun = root.head.head
        elif "dir_noun_is" in rule_id:
            nouns = self._change_subjects_of_be(doc, start, num)
            noun = nouns[-1] if nouns else None
        return None if noun is None else self.compound_measure(noun, places)

    def _change_subjects_of_be(self, doc: Doc, start: int, num: Span) -> list[Token]:
        """Change nouns from ``start`` to the figure that are the subject of a "be" before it ("The
        increase in robbery was 12%", "The burglary rise was 4%")."""
        return [t for t in doc[start:num.start] if t.dep_ == "nsubj" and t.lower_ in self.noun_like_dirs
                and t.head.lemma_ == "be" and t.head.i < num.start]

    def compound_measure(self, noun: Any, places: set[int]) -> str | None:
        """The measure written before a change noun as its compound ("crime" of "a crime reduction"), or
        None: only when the noun has such a compound and its phrase, without the noun, names a measure."""
        if not any(c.dep_ in ("compound", "nmod") and not c.like_num and c.ent_type_ not in ("PERCENT", "MONEY")
                   for c in noun.lefts):
            return None
        phrase = self.phrase(noun, places)
        words = (phrase or "").lower().split()
        return phrase if words and noun.lower_ not in words and not self.no_measure(phrase) else None

    def _named_before(self, doc: Doc, num: Span, claim: Span, places: set[int]) -> tuple[str | None, str] | None:
        """For the first figure of a sentence that names no measure: an offence the sentence opens with
        ("For burglary, the Welsh figure was 9"), the offence the sentence before is about ("Shoplifting
        hit a record. A rise of 30% ..."), or what "it"/"they" stands for ("Arrests fell. They were down 5%")."""
        lead = self.topic_lead(doc, num, places, self.offence_lead_re)
        if lead is not None and set(re.findall(r"[\w-]+", doc[lead[0]:lead[1]].text.lower())) & self.measure_words:
            return doc[lead[0]:lead[1]].text, "lead"
        topic = self.previous_topic(doc, claim, places, any_measure=True) or self.pronoun_topic(doc, claim, places)
        if topic is not None:
            return self.context_phrase(topic, places), "previous"
        return None

    def _restates_figure(self, doc: Doc, num: Span) -> bool:
        """A bracket that opens right after a figure or its counted noun ("3,815 offences (3.8%)",
        "fell by 120 (3%)"): the bracketed figure restates that figure, not the noun the parse hangs it on."""
        k = num.start - 1
        sent_start = num.sent.start
        while k > sent_start and doc[k].text != "(" and not doc[k].is_punct:
            k -= 1
        if k <= sent_start or doc[k].text != "(":
            return False
        before = doc[k - 1]
        return before.like_num or any(c.dep_ == "nummod" and c.i < before.i for c in before.children)

    def _pointer_subject(self, num: Span) -> bool:
        """The figure's clause has a pointer for its subject ("This was 120 more offences", "which
        represents 453 fewer offences", "The rise equates to 120 offences"): its bare count noun counts
        the measure of the figure before, not all crime."""
        verb = self.governing_verb(num[0])
        if verb is None:
            return False
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < num.start), None)
        between = [t for t in num.doc[verb.i + 1:num.start] if t.pos_ in ("NOUN", "PROPN")]
        return subj is not None and subj.lower_ in self.anaphora and not any(
            c.dep_ == "prep" for c in subj.children) and all(  # not "the number of burglaries"
            t.lower_ in self.noun_like_dirs | self.anaphora for t in between)  # not "due to the recording of"

    def _only_place_and_pointer(self, metric: str, claim: Span, places: set[int]) -> bool:
        """"the Welsh figure", "the West Mercia drop": a place or its people's adjective with nothing but
        change, unit and data words names no measure; the figure is the comparator of the measure before."""
        lowered = re.findall(r"[\w'’-]+", metric.lower())
        if not any(w in self.not_metric or w in self.drop_words for w in lowered):
            return False  # no change, unit or data word: what is left after the place words names a measure
        sent = claim.sent
        key = (sent.start, sent.end)
        cached = self._sent_named.get(key) if claim.doc is self._doc else None
        if cached is not None and cached[0] is places:
            named = cached[1]  # the figures of a sentence share it: read once per sentence and places
        else:
            named = {t.lower_ for t in sent if t.i in places or t.ent_type_ in ("GPE", "LOC", "NORP")
                     and t.lower_ not in self.offence_words} | self.place_adjectives
            if claim.doc is self._doc:
                self._sent_named[key] = (places, named)
        words = [w for w in lowered if w not in named]
        return len(words) < len(re.findall(r"[\w'’-]+", metric)) and self.no_measure(" ".join(words))

    def _named_after_direction(self, doc: Doc, claim: Span, sent_end: int, places: set[int],
                               unit: str = "count") -> str | None:
        """"50 fewer burglaries, 30 more robberies": a figure with its direction word and a noun of its
        own names its measure, even after another claim in its sentence; a bare counter ("30 fewer
        victims") still takes its measure from the context."""
        own = self.own_noun(doc, claim.end, sent_end)
        if own is None:  # "..., 29 fewer seriously injured"
            return self.counted_state(doc, claim.end, sent_end) if unit == "count" else None
        if own.ent_type_ in ("DATE", "TIME") or own.lower_ in self.not_own \
                or own.lower_ in self.generic and not self._named_kind(own) and not self.kind_named(own, places) \
                or own.lower_ in self.noun_like_dirs or any(i in places for i in range(claim.end, own.i + 1)):
            return None
        phrase = self.phrase(own, places)
        return phrase if phrase and self.counter_kind(phrase) is None and not self.no_measure(phrase) else None

    def _change_was_in(self, doc: Doc, num: Span, seg_start: int, places: set[int]) -> Any:
        """"The largest decrease was in criminal damage, down 27%" -> criminal damage: a change
        noun that is the subject of "be in" before the figure names its measure after "in"."""
        for t in doc[max(seg_start, num.sent.start):num.start]:
            verb = t.head
            if t.lower_ not in self.noun_like_dirs or t.dep_ != "nsubj" or verb.lemma_ != "be":
                continue
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "in" and verb.i < prep.i < num.start:
                    target = self._in_object(doc, prep.i, num.start, places) or next(
                        (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in self.measure_words), None)
                    if target is not None and self.usable(target, places) and target.lower_ not in self.not_metric:
                        return target
        return None
