"""Headline claims: a change the headline states without a number ("Burglaries on the up",
"Crime is down") is a claim with a null value and the metric the headline names
(``_headline_directions``, ``_headline_metric``); a headline change without a unit takes
the unit of the body's change it states (``_headline_units``).

``HeadlineDirections`` is a mixin of the component: it reads the direction words, headline
phrases and readers that ``ClaimsComponent._compile`` sets on ``self``."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, Iterator

from spacy.tokens import Doc

from ...extensions import ext
from .area import Place, _place_tokens
from .models import Found
from .segments import _segment_of


_BE = {"is", "are", "was", "were", "be", "been", "being", "go", "goes", "went", "gone", "going", "come", "came",
       "remain", "remains", "remained", "stay", "stays", "stayed", "'s", "'re"}


_LEAD_VERBS = {"remain", "remains", "remained", "continue", "continues", "continued", "stay", "stays", "stayed",
               "have", "has", "had", "are", "is", "was", "were"}


class HeadlineDirections:
    """In the headline only: changes stated without a number, and what changed."""

    def _headline_directions(self, doc: Doc, found: list[Found], text: str, segs: list[int],
                             places: list[Place]) -> list[Found]:
        """In the headline only: a change without a number is a claim with a null value."""
        end = ext(doc, "headline_end") or 0
        out: list[Found] = []
        if not end:
            return out
        # headline characters already in a claim: a lookup per token, not a scan of every claim
        # (a headline holding thousands of figures made that scan quadratic)
        taken = bytearray(end)
        for f in found:
            if f.start < end:
                taken[f.start:min(f.end, end)] = b"\x01" * (min(f.end, end) - f.start)
        self._headline_places = _place_tokens(doc, places)
        # a slug title writes places in lower case ("offences in england and wales hit ..."): no measure
        self._headline_places |= {t.i for t in _headline_tokens(doc, end) if t.is_alpha and t.is_lower
                                  and self._headline_place_text(doc, t.text)}
        # a yes/no question states no change ("Is crime really falling?"): its characters count as taken
        for line in re.finditer(r"[^\n]+", text[:end]):
            words = line.group(0).split()
            if words and line.group(0).rstrip().endswith("?") and words[0].lower() in self.question_openers:
                taken[line.start():line.end()] = b"\x01" * (line.end() - line.start())
        for rx, direction in self.headline_phrases:  # "Burglaries on the up"
            for m in rx.finditer(text, 0, end):
                if taken[m.start()]:
                    continue
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None:
                    continue
                taken[m.start():min(m.end(), end)] = b"\x01" * (min(m.end(), end) - m.start())
                heads = [re.sub(r"\s*" + re.escape(m.group(0)) + r".*$", "", h, flags=re.I) or h
                         for h in self._headline_metric(doc, span[0], text, segs)]
                for metric in heads or [None]:
                    # "Sexual offences and shoplifting on the rise": one claim per conjunct, each span
                    # from its own conjunct (extension values are keyed by offsets, so spans must differ)
                    at = text.rfind(metric, 0, m.start()) if metric and len(heads) > 1 else -1
                    f = Found(at if at >= 0 else m.start(), m.end(), None, "change", direction, None,
                              "headline_phrase")
                    f.metric_hint = [metric] if metric else []
                    out.append(f)
        for tok in doc:
            if tok.idx >= end:
                break
            word = tok.lower_
            if taken[tok.idx]:
                continue
            if word in self.stable_words:
                direction = "none"
            elif word in self.headline_dir:
                direction = self.headline_dir[word]
                if word in ("up", "down"):
                    prev = doc[tok.i - 1] if tok.i > 0 else None
                    # "Crime is down", and headline-ese "Violence up", "Burglaries down again";
                    # not a phrasal verb ("crack down"), not "up to"
                    after_noun = (prev is not None and (prev.pos_ in ("NOUN", "PROPN") or self._measure_word(prev)
                                                        or self._measure_head(doc, prev))
                                  and prev.lower_ not in self.reader.particles
                                  and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("to", "on")))
                    # "Crime driven down": a causative verb's "down" is its subject's change
                    if prev is None or not (prev.lower_ in _BE or after_noun or prev.lower_ in self.causatives):
                        continue
            else:
                continue
            if tok.pos_ in ("ADP",) and word not in ("up", "down"):
                continue
            start = tok.idx
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and (prev.lower_ in _LEAD_VERBS or word in ("up", "down") and prev.lower_ in self.causatives):
                start = prev.idx
            elif prev is not None and prev.lower_ == "to" and tok.i > 1 and doc[tok.i - 2].lower_ in _LEAD_VERBS:
                start = doc[tok.i - 2].idx
            if prev is not None and prev.lower_ in ("a", "an") and tok.pos_ == "NOUN":
                start = prev.idx
            stop = tok.idx + len(tok.text)
            heads = self._headline_metric(doc, tok, text, segs)
            for metric in heads or [None]:
                f_start, f_stop = start, stop
                if len(heads) > 1 and metric:
                    # one span per conjunct: extension values are keyed by offsets, so spans must differ
                    at = text.rfind(metric, 0, tok.idx)
                    after = text.find(metric, stop, end)
                    if at >= 0:
                        f_start = at
                    elif after >= 0:  # "fall in burglary and violence": each span runs to its conjunct
                        f_stop = after + len(metric)
                f = Found(f_start, f_stop, None, "change", direction, None, "headline_direction")
                if metric:
                    f.metric_hint = [metric]
                out.append(f)
        out += self._headline_comparatives(doc, taken, end)
        return self._headline_sizes(found, out, text, end)

    def _headline_sizes(self, found: list[Found], changes: list[Found], text: str, end: int) -> list[Found]:
        """A headline percentage with no direction of its own, in the clause of one change word that has no
        figure, is that change's size: one claim ("Crime drops in Kent 6.2%", "35% crime rate spike",
        "20% burglary rise"). Not a share ("40% of victims ... as crime falls") nor a figure whose clause
        holds another change or figure; the clause ends at a comma, colon, dash or a word opening another
        clause (``headline_clause_breaks``). Returns the changes left once their sizes are merged."""
        bounds = [0, end] + [m.start() for m in self._headline_clause_re.finditer(text, 0, end)]
        bounds = sorted(set(bounds))

        def clause(at: int) -> int:
            return max(b for b in bounds if b <= at)

        figures = [f for f in found if f.start < end and f.number is not None]
        merged: set[int] = set()
        for f in figures:
            if f.kind != "level" or f.number.unit != "percent" or self.headline_share_re.match(text, f.end):
                continue
            here = clause(f.start)
            own = [c for c in changes if clause(c.start) == here and clause(c.end - 1) == here]
            others = [g for g in figures if g is not f and clause(g.start) == here]
            if len(own) != 1 or others:
                continue
            c = own[0]
            between = text[c.end:f.start] if c.end <= f.start else text[f.end:c.start]
            if self.headline_level_between_re.search(between):
                continue  # the figure is a level of its own: "Crime falls and detection rate at 30%"
            f.kind, f.direction = "change", c.direction
            f.rule_id = f.rule_id.split("/")[0] + "/dir_headline_size"
            f.metric_hint = c.metric_hint
            f.start, f.end = min(f.start, c.start), max(f.end, c.end)
            merged.add(id(c))
        return [c for c in changes if id(c) not in merged]

    def _headline_comparatives(self, doc: Doc, taken: bytearray, end: int) -> list[Found]:
        """A quantity compared without a figure is a change of it: "more sex offences but fewer burglaries",
        "More police on the streets", "officers solving more crime" (the crime solved). Only before what is
        counted: a measure or offence word, or the people a force counts ("more to do" is none)."""
        out: list[Found] = []
        for tok in _headline_tokens(doc, end):
            direction = self.headline_comparatives.get(tok.lower_)
            if direction is None or taken[tok.idx] or (tok.i > 0 and doc[tok.i - 1].like_num):
                continue
            toks = []
            for t in doc[tok.i + 1:]:
                if t.idx >= end or t.is_space or t.lower_ in self.headline_comparatives or t.lower_ in self.headline_breaks \
                        or not (t.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") or t.text in ("&", "-", ",")) \
                        or self._headline_place(doc, t):
                    break
                toks.append(t)
            while toks and (toks[-1].pos_ == "CCONJ" or toks[-1].is_punct):
                toks.pop()
            if not toks:
                continue
            phrase = doc[toks[0].i:toks[-1].i + 1].text
            measures = self._listed_measures(doc, phrase) or [phrase]
            if not all(m.split()[-1].lower() in self.metrics.measure_words | self.counted_people for m in measures):
                continue
            verb = toks[-1].head if toks[-1].dep_ == "dobj" else None
            before = doc[tok.i - 1] if tok.i > 0 else None
            if verb is not None and verb.tag_ == "VB" or before is not None and (
                    before.lower_ in self.aim_words or before.tag_ == "VB"):
                continue  # an aim, no change: "to take more knives off the streets", "calls for more police"
            done = self.outcome_verbs.get(verb.lower_) if verb is not None and verb.i < tok.i else None
            start = verb.idx if done else tok.idx
            for m in measures:
                # one span per measure: extension values are keyed by offsets, so spans must differ
                stop = doc.text.find(m, tok.idx, end) + len(m)
                taken[start:stop] = b"\x01" * (stop - start)
                f = Found(start, stop, None, "change", direction, None, "headline_comparative")
                f.metric_hint = [f"{m} {done}" if done else m]
                out.append(f)
        return out

    def _headline_metric(self, doc: Doc, tok: Any, text: str, segs: list[int]) -> list[str]:
        """The thing said to rise or fall, one per conjunct ("Burglary & robbery fall"), read in the
        change's own clause ("Increase in drug crime but robbery down": drug crime increased)."""
        parts = self._subject_conjuncts(doc, tok)
        if parts:
            return parts
        out: list[str] = []
        for phrase in self._headline_heads(doc, tok, text, segs):
            own = self._own_clause(phrase)
            if own:
                out.append(own)
            if own != phrase.strip():
                break  # the conjuncts after "but" are another clause's
        return out

    def _own_clause(self, phrase: str) -> str:
        """The phrase up to a word opening another clause ("drug crime but robbery" -> "drug crime")."""
        words = phrase.split(" ")
        cut = next((i for i, w in enumerate(words) if i and w.lower() in self.headline_breaks), len(words))
        return " ".join(words[:cut]).strip()

    def _subject_conjuncts(self, doc: Doc, tok: Any) -> list[str]:
        """The measures of a coordinated subject right before a headline change, one per conjunct:
        "House-breakings and weapons offences are down", "sexual offences and shoplifting on the rise".

        The subject runs back from the change (past "are", "continue to" and adverbs) to the headline's
        start, a punctuation mark, a verb or a word opening another clause ("... but"). It is split at
        "and"/"&" only when its first conjunct has no complement ("theft from cars and vans" is one
        measure) and every conjunct names something counted, not a place ("Kent and Essex crime")."""
        i = tok.i - 1
        while i >= 0 and (doc[i].lower_ in _LEAD_VERBS or doc[i].lower_ in _BE or doc[i].lower_ == "to"
                          or i == tok.i - 1 and tok.lower_ in ("up", "down") and doc[i].lower_ in self.causatives
                          or doc[i].pos_ == "ADV" and doc[i].lower_ not in ("up", "down")):
            i -= 1
        last, toks = i, []
        while i >= 0 and last - i < 10:
            t = doc[i]
            if (t.is_space or "\n" in t.whitespace_ and i != last or t.lower_ in self.headline_breaks
                    or t.is_punct and t.text not in ("-", "&", "'", "’") or self._changes(t)
                    or t.pos_ in ("VERB", "AUX") and not self._measure_word(t)):
                break
            toks.insert(0, t)
            i -= 1
        # "Violence, shoplifting and burglary down": a list's commas come before its "and"; each item before
        # a comma is a conjunct of the subject when it is a bare noun phrase naming no place
        while i > 0 and doc[i].text == "," and any(t.lower_ in ("and", "&") for t in toks):
            item = self._list_item_before(doc, i)
            if not item:
                break
            toks = [*item, doc[i], *toks]
            i = item[0].i - 1
        # "Crime falls and detection rate rises": a change word closes the clause before; the "and" after
        # it joins two clauses, each with its own subject
        joined = i >= 0 and self._changes(doc[i]) and bool(toks) and toks[0].lower_ in ("and", "&")
        if joined:
            toks = toks[1:]
        # a dash between two clauses of a headline opens the second ("Hate up – burglaries down")
        dashed = i > 0 and doc[i].text in ("–", "—") and self._changes(doc[i - 1])
        after_break = i >= 0 and doc[i].lower_ in self.headline_breaks or joined or dashed
        groups: list[list[Any]] = [[]]
        for t in toks:
            if t.lower_ in ("and", "&") or t.text == ",":
                groups.append([])
            else:
                groups[-1].append(t)
        # one subject only counts when it opens a clause of its own ("... but shoplifting on the rise"):
        # the parse may have read its measure from the clause before
        if not (len(groups) > 1 or after_break) or any(t.pos_ == "ADP" for t in groups[0]):
            return []
        if not all(any((t.pos_ == "NOUN" or self._measure_word(t)) and not self._headline_place(doc, t)
                       and t.ent_type_ not in ("DATE", "TIME") for t in g) for g in groups):
            return []
        return [doc[g[0].i:g[-1].i + 1].text for g in groups]

    def _list_item_before(self, doc: Doc, comma: int) -> list[Any]:
        """The list item right before a comma of a headline's subject ("Violence, shoplifting and ..."):
        nouns and adjectives back to the headline start, a line break or the list's comma before, ending in a noun or measure word
        and naming no place or time; none when anything else stands before it ("In Kent, burglary and
        robbery down": a place; "After a year, ...": a lead-in phrase)."""
        i, item = comma - 1, []
        while i >= 0 and not doc[i].is_space and (i == comma - 1 or "\n" not in doc[i].whitespace_) \
                and doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and len(item) < 4:
            item.insert(0, doc[i])
            i -= 1
        opens = i < 0 or doc[i].is_space or "\n" in doc[i].whitespace_ or doc[i].text == ","
        if not item or not opens or not (item[-1].pos_ == "NOUN" or self._measure_word(item[-1])) \
                or any(self._headline_place(doc, t) or t.ent_type_ in ("DATE", "TIME") or self._changes(t)
                       for t in item):
            return []
        return item

    def _changes(self, tok: Any) -> bool:
        """A word that states a change or its absence ("falls", "up", "unchanged")."""
        return tok.lower_ in self.headline_dir or tok.lower_ in self.stable_words

    def _headline_heads(self, doc: Doc, tok: Any, text: str, segs: list[int]) -> list[str]:
        """The thing said to rise or fall as the parse gives it (``_headline_metric``)."""
        head = None
        end = ext(doc, "headline_end") or len(text)
        # a change verb's direct object is what changed when its subject is who changed it (a body, a person,
        # a place): "Kent Police slash crime rates" (not "Crime falls comet country", a slug the parse gives
        # an object; nor a participle before its noun: "rising burglary")
        agent = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if tok.pos_ == "VERB" and not tok.lower_.endswith("ing") and agent is not None and agent.i < tok.i \
                and (agent.ent_type_ in ("ORG", "PERSON", "NORP") or agent.pos_ == "PROPN"
                     or self._headline_place(doc, agent)) \
                and agent.lower_ not in self.metrics.measure_words | self.metrics.offence_words:
            head = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                         and c.idx < end and not self._headline_place(doc, c)
                         and c.lower_ not in self.metrics.not_own), None)
        # a participle between the change and its "in" says where the change was seen, not what changed:
        # "Sharp rise recorded in drug offences", "Big fall seen in car crime"
        seen = [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in c.children]
        for c in [*tok.children, *seen]:
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                # a place or a date after "in" says where or when ("falls in Kent", "falls in 2022");
                # a gerund is what changed ("rise in shoplifting", parsed as its clause)
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp") and not self._headline_place(doc, o)
                        and o.ent_type_ not in ("DATE", "TIME", "CARDINAL") and not o.like_num
                        and o.lower_ not in self.metrics.not_own and o.idx < end
                        and not self._source_phrase(o)]  # "Crime has fallen in Kent official figures show"
                if objs:
                    head = objs[0]
                    break
        if head is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "in":
            words = self._words_after(doc, tok.i + 2, ext(doc, "headline_end") or 0)
            if words:  # the parse lost the object ("Big fall in burglary level and violence")
                parts = [p.strip() for p in _CONJUNCTS.split(words) if p.strip()]
                parts = [p for p in parts if not self._headline_place_text(doc, p)  # "falls in Kent": a place
                         and not self._source_text(p)]  # "... official figures show"
                if parts:
                    return parts
        noun = tok.head if tok.dep_ == "amod" else next(
            (c for c in tok.rights if c.dep_ == "dobj" and tok.lower_.endswith("ing")), None)
        if head is None and noun is not None and noun.i > tok.i and noun.pos_ in ("NOUN", "PROPN") \
                and noun.idx < end:
            # a participle before its noun (parsed as its modifier or its object): "worsening crime
            # statistics", "rising burglary"
            phrase = self.metrics.phrase(noun) or ""
            phrase = re.sub(r"^.*?\b" + re.escape(tok.text) + r"\s+", "", phrase, count=1)
            if phrase:
                return [phrase]
        if head is None and tok.pos_ == "NOUN":
            mods = [c for c in tok.lefts if c.dep_ in ("nmod", "compound", "nsubj")
                    and not self._headline_place(doc, c)]  # "Burglaries in Kent fall": not Kent
            head = mods[0] if mods else None
        if head is None and tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.i == tok.i + 1:
            words = self._words_after(doc, tok.i + 1, ext(doc, "headline_end") or 0)
            if words:  # a slug title drops the "in": "Significant reduction crime across the county"
                return [words]
        if head is None and self._opens_line(doc, tok):
            words = self._words_after(doc, tok.i + 1, ext(doc, "headline_end") or 0, places=True)
            if words:  # a change word opening a slug runs into its measure: "Increase recorded crimes wrexham"
                return [words]
        if head is None and tok.i > 0 and doc[tok.i - 1].pos_ not in ("NOUN", "PROPN"):
            run = self._measure_run(doc, tok)
            if run:
                return run
        if head is None:
            s0, _ = _segment_of(segs, tok.idx, len(text))
            seg = doc.char_span(s0, tok.idx, alignment_mode="expand")
            seg_start = seg.start if seg is not None else tok.sent.start
            head = self.metrics.left_subject(doc, seg_start, doc[tok.i:tok.i + 1], self._headline_places)
        if head is not None and self.metrics.shows(head):
            # "Figures show crime down": the data that shows the change is its source; what it shows changed
            head = next((c for c in head.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                         and c.idx < end and not self._headline_place(doc, c) and c.i != tok.i
                         and c.lower_ not in self.metrics.not_own | self.metrics.noun_like_dirs), None)
        if head is None:
            return self._measure_run(doc, tok)
        phrase = self.metrics.phrase(head)
        if not phrase:
            return []
        return self._listed_measures(doc, phrase) or self._conjunct_measures(doc, tok, head, phrase) or [phrase]

    def _conjunct_measures(self, doc: Doc, tok: Any, head: Any, phrase: str) -> list[str]:
        """The measures coordinated with ``head`` in the parse ("Sharp fall in robbery, arson and vandalism"),
        in the change's own clause (not past "but") and in the headline, when none is a place. The parse
        may hang the list on the change word itself ("fall in vandalism, assaults and ...")."""
        end = ext(doc, "headline_end") or len(doc.text)
        cands = {*head.conjuncts, *(c for t in tok.conjuncts if t.i > head.i for c in (t, *t.conjuncts))}
        conj = sorted((c for c in cands if c.i > head.i and c.idx < end
                       and not any(t.lower_ in self.headline_breaks for t in doc[head.i:c.i])), key=lambda c: c.i)
        # a change word opens another change ("reduction in crime and increase in officers")
        conj = [c for c in conj if not any(t.lower_ in self.headline_dir for t in doc[head.i + 1:c.i + 1])]
        if not conj or any(self._headline_place(doc, c) or not (c.pos_ in ("NOUN", "PROPN") or self._measure_word(c))
                           for c in conj):
            return []
        if any(c.lower_ in self.metrics.agents - self.counted_people for c in [head, *conj]):
            return []
        phrases = [_CONJUNCTS.split(self.metrics.phrase(c) or c.text)[0] for c in conj]
        return [phrase, *phrases] if all(p not in phrase for p in phrases) else []

    def _listed_measures(self, doc: Doc, phrase: str) -> list[str]:
        """The measures a headline lists under one change, one per conjunct ("Rise in number of thefts,
        robberies and assaults"); none when the phrase is one measure: a complement ("theft from sheds
        and garages"), places ("Kent and Essex crime") or a title ("Police and Crime Commissioner")."""
        listed = self.headline_leads_re.sub("", phrase) if self.headline_leads_re else phrase
        if re.search(r"\b(?:of|from|against)\b", listed):
            return []
        parts = [p.strip() for p in _CONJUNCTS.split(listed) if p.strip()]
        # a list without its commas: "robbery burglary and theft" (each word an offence noun of its own)
        parts = [w for p in parts for w in (p.split() if len(p.split()) > 1 and all(
            w.lower() in self.offence_nouns for w in p.split()) else [p])]
        if len(parts) < 2 or any(self._headline_place_text(doc, p) for p in parts):
            return []
        if any(p.split()[-1].lower() in self.metrics.agents - self.counted_people for p in parts):
            return []  # a person's or a body's title names who, not what was counted
        return parts

    def _source_text(self, words: str) -> bool:
        """Words that end in a data noun and name no measure ("Kent official figures", not "crime figures")."""
        found = re.findall(r"[\w'’-]+", words.lower())
        return bool(found) and found[-1] in self.metrics.source_nouns \
            and not any(w in self.metrics.measure_words for w in found[:-1])

    def _source_phrase(self, tok: Any) -> bool:
        """A data noun that says where a change was read ("... official figures show", "the latest
        statistics"), not a measure ("figures for burglary" is one)."""
        return tok.lower_ in self.metrics.source_nouns and not any(
            c.dep_ == "prep" or c.dep_ in ("compound", "nmod", "amod") and c.lower_ in self.metrics.measure_words
            for c in tok.children)  # "rise in crime figures" names crime

    def _headline_place(self, doc: Doc, tok: Any) -> bool:
        """A place in the headline, also one a slug title writes in lower case ("falling in essex"):
        a place token, or a word of the release's own area or of a nation's name."""
        return tok.ent_type_ in ("GPE", "LOC") or tok.i in self._headline_places \
            or bool(self.areas.gaz_re.fullmatch(tok.text)) or self._headline_place_text(doc, tok.text)

    def _headline_place_text(self, doc: Doc, words: str) -> bool:
        """Words that are all words of the release's area or of a nation's name ("england and wales",
        "the Lothians"), in any case."""
        if self.areas.gaz_re.fullmatch(words):
            return True
        known = _place_words(ext(doc, "release_area") or "", tuple(self.areas.nations))
        found = [w for w in re.findall(r"[\w'’-]+", words.lower()) if w not in _LINK_WORDS]
        return bool(found) and all(w in known for w in found)

    def _measure_head(self, doc: Doc, tok: Any) -> bool:
        """A noun heading a measure right after its measure word ("Crime figures up"), whatever the tagger
        made of it."""
        return tok.lower_ in self.measure_heads and tok.i > 0 and self._measure_word(doc[tok.i - 1])

    def _measure_word(self, tok: Any) -> bool:
        """A word that names what is counted ("crime", "offending", "burglaries"), whatever the tagger made
        of it: headline-ese drops the verb, so "Hertfordshire crime up" is parsed as a phrasal verb."""
        return tok.lower_ in self.metrics.measure_words

    def _measure_run(self, doc: Doc, tok: Any) -> list[str]:
        """The words right before a headline change, back to the headline start or a punctuation mark, when
        they end in a measure word: the subject of "Offending rises" or "Hertfordshire crime up" that the
        parse lost (it read the measure word as a verb)."""
        i = tok.i
        while i > 0 and doc[i - 1].is_alpha and not doc[i - 1].is_sent_end and i > tok.i - 5 and not (
                doc[i - 1].pos_ in ("VERB", "AUX") and not self._measure_word(doc[i - 1])):
            i -= 1
        if i == tok.i or not self._measure_word(doc[tok.i - 1]) or (i > 0 and not (doc[i - 1].is_punct
                                                                                    or doc[i].is_sent_start)):
            return []
        return [doc[i:tok.i].text]

    @staticmethod
    def _opens_line(doc: Doc, tok: Any) -> bool:
        """The change word opens its headline line, after adjectives at most ("Sharp increase ...")."""
        i = tok.i - 1
        while i >= 0 and doc[i].pos_ in ("ADJ", "ADV") and not doc[i].is_space:
            i -= 1
        return i < 0 or doc[i].is_space or "\n" in doc[i].whitespace_

    def _words_after(self, doc: Doc, i: int, end: int, places: bool = False) -> str:
        """The noun phrase words from token ``i`` on, up to a verb, a place, a break or the headline end
        (with ``places``, also a place a slug writes in lower case, and a participle is a modifier:
        "recorded crimes")."""
        toks = []
        while i < len(doc) and doc[i].idx < end:
            t = doc[i]
            modifier = places and not toks and (t.tag_ == "VBN" or t.dep_ == "amod")
            if t.is_space or t.ent_type_ in ("GPE", "LOC", "DATE") or not (
                    t.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") or t.text in ("&", "-") or modifier) \
                    or places and self._headline_place(doc, t):
                break
            toks.append(t)
            if "\n" in t.whitespace_:
                break
            i += 1
        while toks and toks[-1].pos_ == "CCONJ":
            toks.pop()
        return "".join(t.text_with_ws for t in toks).strip()


_LINK_WORDS = frozenset({"and", "the", "of", "&"})
#: where a headline's list of measures splits into its conjuncts ("thefts, robberies and assaults")
_CONJUNCTS = re.compile(r"\s+(?:and|&)\s+|,\s+")


@lru_cache(maxsize=64)
def _place_words(release_area: str, nations: tuple[str, ...]) -> frozenset[str]:
    """The words of the release's area and of the nations' names, lower case, without link words:
    asked for every headline token, built once per area."""
    return frozenset(w for n in (release_area, *nations) for w in re.findall(r"[\w'’-]+", n.lower())) - _LINK_WORDS


def _headline_units(found: list[Found], headline_end: int) -> None:
    """A headline change without a unit ("crime rates drop by 8", a title that lost its "%") takes
    the unit of the body's change it states: same direction, the same value to rounding."""
    body = [f for f in found if f.start >= headline_end and f.kind == "change" and f.number is not None
            and f.number.unit in ("percent", "percentage_point")]
    for f in found:
        n = f.number
        if f.start >= headline_end or n is None or f.kind != "change" or not n.bare or n.unit != "count":
            continue
        twin = next((b for b in body if b.direction == f.direction and abs(b.number.value - n.value) <= 0.5), None)
        if twin is not None:
            f.number = replace(n, unit=twin.number.unit, bare=False, rule_id="num_headline_body_unit")


def _headline_tokens(doc: Doc, end: int) -> Iterator[Any]:
    """The tokens that start before character ``end`` (the headline's), without walking the body."""
    for tok in doc:
        if tok.idx >= end:
            return
        yield tok
