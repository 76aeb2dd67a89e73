"""The quotes component: attributed quotes with speaker, role and organisation.

``__call__`` is find then set_annotations, like spaCy's span ruler:

1. the body's quotation marks are paired into segments (``marks``);
2. each segment looks for an attribution before it ("X said:") or after it
   ("...," said X); segments with none are scare quotes or titles, unless they
   continue the quote before them (the second half of a split quote, or a new
   paragraph of a UK-style multi-paragraph quote) (``direct``, ``joining``);
3. sentences outside direct quotes are read for indirect speech ("according to
   X", "X said (that) ...") (``indirect``);
4. speakers are resolved against the release: pronouns to the last named
   speaker, or to a person brought in since (the subject of the last sentence
   naming one: "John Campion, Police and Crime Commissioner, was speaking ..."
   then "He said:"), "Mr Baker" to the fullest "Nick Baker", a bare title to
   the person who holds it (``resolve``).

This module holds the factory, the rules compiled once and the orchestration
(``match``, ``set_annotations``); steps 2 to 4 are mixed into the component
from their modules, so that each reads the compiled rules from ``self``.
All words and regexes come from ``rules/quotes.yaml`` through ``initialize``.
Odd input (unbalanced marks, an attribution that names no one) drops one
finding, never the release.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import QUOTES
from .direct import DirectQuotes
from .indirect import IndirectSpeech, clause_split
from .literals import shared_sets
from .marks import MarkSet, fold, paragraphs, segments
from .models import Found
from .resolve import SpeakerResolution, org_run
from .speakers import _CAP, _alternation, _alternation_tree, Speaker, SpeakerParser
from ..base import RuleComponent, RuleError, check_unique_ids, text_of
from ..claims.prefilter import guarded


class QuotesComponent(DirectQuotes, IndirectSpeech, SpeakerResolution, RuleComponent):
    """Finds attributed quotes and writes them to ``doc.spans["quotes"]``."""

    rule_keys = frozenset({
        "quote_marks", "cues", "indirect_cues", "object_cues", "trail_words", "roles",
        "role_aliases", "role_prefixes", "role_nouns", "honorifics", "postnominals", "office_postnominals", "org_words", "org_names",
        "org_speakers", "org_head_nouns", "body_speakers", "spokesperson_words", "pronouns", "continuing_cues", "data_words", "patterns",
        "that_cues", "clause_start", "judgement_cues", "participle_cues", "fragment_cues", "template_words", "statement_nouns",
        "time_lead_in", "headline_rules", "coordinated_cut", "cue_adverbs", "hearer_that", "participle_link", "lead_in_prepositions", "command_nouns",
        "definite_people", "hearer_cues", "lead_in_words", "continuing_words", "no_start_words", "noun_start_words",
        "person_pronouns", "group_pronouns", "clause_openers", "generic_orgs", "not_role_start",
        "passive_aux", "relative_words", "not_verb_words", "acronym_small_words", "owner_nouns", "passing_adjectives",
        "tail_conjunctions", "name_small_words", "clause_split_conjunctions", "clause_split_pronouns",
        "sentence_connectives", "name_particles", "name_run_prepositions", "who_heads_verbs", "who_heads_owners",
        "clause_auxiliaries", "org_modifier_stops", "finding_cues", "finding_speakers",
        "introducer_ends", "document_nouns", "rank_grades",
    })

    def _compile(self) -> None:
        """Word lists to alternations, templates to regexes, once."""
        r = self.rules
        self._ready = bool(r)
        if not r:
            return
        check_unique_ids(r.get("cues") or [], f"{self.name}: cues")
        check_unique_ids(r.get("patterns") or [], f"{self.name}: patterns")
        self.marks = MarkSet(**r["quote_marks"])
        self.parser = SpeakerParser(r)
        forms = [f for c in r.get("cues") or [] for f in c["forms"]]
        subs = {
            "CUE": _alternation(forms),
            "ICUE": _alternation(r.get("indirect_cues") or []),
            "TRAIL": _alternation(r.get("trail_words") or ["today"]),
            "JCUE": _alternation([f for c in r.get("judgement_cues") or [] for f in c["forms"]] or ["described"]),
            "PCUE": _alternation(r.get("participle_cues") or ["saying"]),
            "FCUE": _alternation(r.get("fragment_cues") or ["noted"]),
        }
        for key, words in (r.get("template_words") or {}).items():
            if key in subs or not re.fullmatch(r"[A-Z]+", key):
                raise RuleError(f"{self.name}: template_words name {key!r} is taken or not upper case")
            subs[key] = _alternation(words)

        def fill(template: str) -> str:
            """A rule's regex with its {NAME} slots filled from the word lists (unknown names stay)."""
            return re.sub(r"\{([A-Z]+)\}", lambda m: subs.get(m.group(1), m.group(0)), template)

        self.that_cues = {w.lower() for w in r.get("that_cues") or []}
        self.clause_start = re.compile(r.get("clause_start") or r"(?!)")
        # each judgement verb form and the complement that must follow its object
        self.complements = {f.lower(): re.compile(c["complement"])
                            for c in r.get("judgement_cues") or [] for f in c["forms"]}
        self.object_cues = set(r.get("object_cues") or [])
        self.hearer_cues = set(r.get("hearer_cues") or [])
        # "found", "concluded": spoken only by a report or an inspecting body
        self.finding_cues = {w.lower() for w in r.get("finding_cues") or []}
        self.finding_speaker = re.compile(rf"\b(?:{_alternation(r.get('finding_speakers') or ['report'])})s?\b", re.I)
        self.headline_rules = set(r.get("headline_rules") or [])
        # a paragraph that ends in a cue, whatever punctuation follows it
        self.cue_end = re.compile(rf"\s(?:{subs['CUE']})(?P<p>\s*[,.;:]*)$")
        # what ends a paragraph that introduces a statement printed without marks
        self.introducer_end = re.compile(rf"(?:{_alternation(r.get('introducer_ends') or [':'])})$")
        # a sentence that ends in its cue and a full stop, right before a mark
        self.cue_dot = re.compile(rf"\s(?:{subs['CUE']})(?P<p>\.)\s*$")
        self.patterns: dict[str, list[tuple[str, re.Pattern[str]]]] = {
            "pre": [], "post": [], "sentence": [], "and_cue": [], "fragment": [], "caption": [], "tail": [],
            "signature": [], "fragment_by": [], "fragment_as": []}
        for rule in r.get("patterns") or []:
            where = rule.get("where")
            if where not in self.patterns:
                raise RuleError(f"{self.name}: pattern {rule['id']!r} has unknown where={where!r}")
            src = fill(rule["regex"])
            try:
                self.patterns[where].append((rule["id"], re.compile(src)))
            except re.error as err:
                raise RuleError(f"{self.name}: pattern {rule['id']!r} does not compile: {err}") from err
        # the strings a pattern's matches cannot lack (its cue words): a sentence without them is not tried
        self.needs = shared_sets({rule_id: rx for found in self.patterns.values() for rule_id, rx in found})
        honor = _alternation(r.get("honorifics") or ["Mr"])
        # (roles and role nouns are read case-insensitively only: written as a tree, same matches)
        roles = _alternation_tree(list(r.get("roles") or []) + list((r.get("role_aliases") or {}).keys()))
        office = _alternation(r.get("office_postnominals") or ["MP"])
        nouns = _alternation_tree(r.get("role_nouns") or ["minister"])
        # (``guarded``: the regexes read over the whole text get a first-character guard, same matches)
        self.titled_name = guarded(re.compile(
            # "Chief Constable of Kent Tim Smith": a place may stand between title and name
            # (not when a full name follows in commas: "Chief Superintendent of Dale
            # Area Command, Jo Bloggs"); an elected office by its letters, in capitals
            # ("West Dale MP Jo Bloggs"); a capitalised role noun heading an organisation
            # ("Chair of the Dale Valley Trust Jo Bloggs")
            rf"(?<![\w-])(?:(?P<role>(?i:{roles})|(?<=\s)(?:{office})(?=[ \t])|(?=[A-Z])(?i:{nouns})(?=[ \t]+(?:of|for)[ \t]))"
            rf"(?P<place>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAP})?[ \t]+)?(?P<hon>(?:{honor})\.?[ \t]+)?"
            rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})(?![\w-])(?(place)(?!,[ \t]+(?:(?:{honor})\.?[ \t]+)?{_CAP}[ \t]+{_CAP}))"))
        # a full name then its title after a comma: "John Campion, Police and Crime
        # Commissioner for West Mercia"
        self.name_role = guarded(re.compile(
            rf"(?<![\w-]){_CAP}(?:[ \t]+{_CAP}){{1,3}},[ \t]+(?:the[ \t]+)?(?i:{roles})\b[^,.;:!?\n“”\"]{{0,60}}"))
        # a full name then any appositive the parser reads as a role: "Jo Bloggs,
        # chief executive of the Trust, opened ..." gives a later "Ms Bloggs said" her role
        self.name_app = guarded(re.compile(
            rf"(?<![\w-]){_CAP}(?:[ \t]+{_CAP}){{1,3}},[ \t]+[^,.;:!?\n“”\"]{{2,80}}?(?=,)"))
        # a title then the full name after a comma: "Lancashire's Police and Crime
        # Commissioner, Clive Grunshaw, has welcomed ..."; a title or role noun in
        # any case and the organisation it heads ("the home secretary, Jo Bloggs,",
        # "group leader, Jo Bloggs,", "convener of the Dale Police Board, Cllr Jo Bloggs")
        self.role_name = guarded(re.compile(
            rf"(?<![\w-])(?i:{roles}|{nouns})(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+(?:and[ \t]+)?{_CAP}){{0,5}})?"
            rf",[ \t]+{_CAP}(?:[ \t]+{_CAP}){{1,3}}"))
        self.coordinated_cut = re.compile(fill(r.get("coordinated_cut") or r"(?!)"))
        # any cue before a quoted fragment (the last one of the clause attributes it)
        self.fragment_cue = guarded(re.compile(rf"\b(?:{subs['CUE']}|{subs['FCUE']})\b", re.I))
        # a verb of judgement that takes its quoted description after "as"
        self.as_judge = re.compile(fill("(?i:{ASJUDGE})") if "ASJUDGE" in subs else r"(?!)")
        self.hearer_that = re.compile(fill(r.get("hearer_that") or r"(?:[\w’'-]+\s+){1,4}?that\s+"))
        self.participle_link = re.compile(fill(r.get("participle_link") or r"(?!)"))
        self.continuing = {w.lower() for w in r.get("continuing_cues") or []}
        self.rank_grades = frozenset(w.lower() for w in r.get("rank_grades") or [])
        # pronouns that point back to a person ("he said") or to a body ("they said")
        self.person_pronouns = frozenset(w.lower() for w in r.get("person_pronouns") or [])
        self.group_pronouns = frozenset(w.lower() for w in r.get("group_pronouns") or [])
        # capitalised words that open a clause, so never end a hearer's name
        self.clause_openers = frozenset(r.get("clause_openers") or [])
        # a passive before a verb of judgement ("was described as"): no judge named there
        self.passive_aux = re.compile(
            rf"\b(?:{_alternation(r.get('passive_aux') or ['was'])})\s+(?:[a-z]+ly\s+)?$")
        # the word after which a judge's clause starts ("what X described as")
        self.relative_word = re.compile(rf"\b(?:{_alternation(r.get('relative_words') or ['which'])})\s+")
        # a lower-case word that cannot follow a sentence's subject as its verb
        self.not_verb = re.compile(rf"(?:{_alternation(r.get('not_verb_words') or ['of'])})\b")
        # words of an organisation's name that give its acronym no initial
        # "... in 2016, after an inquest": the speaker ends a longer clause, after a
        # comma or one of ``tail_conjunctions``
        self.tail_split = re.compile(
            rf",\s+(?:according\s+to\s+)?|(?<=\s)(?:{_alternation(r.get('tail_conjunctions') or ['and'])})\s+")
        self.acronym_small_words = frozenset(w.lower() for w in r.get("acronym_small_words") or [])
        # an organisation's name as written: capitalised words and those small words
        self.org_run = org_run(self.acronym_small_words)
        self.name_small_words = frozenset(w.lower() for w in r.get("name_small_words") or [])
        # "..., while he said ...": a second reported statement after a conjunction and a pronoun
        self.clause_split = clause_split(r.get("clause_split_conjunctions") or [], r.get("clause_split_pronouns") or [])
        # "the report says crime is down but police chiefs maintain ...": a second
        # speaker and its cue after a conjunction open a second reported statement
        # (words follow the cue, so "..., while detections rose say police" is
        # one inverted attribution); an auxiliary is no speaker ("... but has
        # warned that ...": the same subject goes on)
        self.speaker_split = re.compile(
            rf"\s+(?:but|while|whilst|although|though)\s+"
            rf"(?=(?!(?:has|have|had|also)\s)(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){{1,3}}?(?:{subs['ICUE']})\s+(?:that\s+)?\S+\s+\S+\s+\S)")

    # --- the component ------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not getattr(self, "_ready", False):
            doc.spans[QUOTES] = []
            return doc
        text = text_of(doc)  # spaCy rebuilds doc.text on each access: once per doc
        found = self.match(doc, text=text)
        self.set_annotations(doc, found, text=text)
        return doc

    def match(self, doc: Doc, *, text: str | None = None) -> list[Found]:
        """Direct and indirect quotes of the body, speakers resolved, in text order."""
        text = text_of(doc) if text is None else text
        body = min(max(int(doc._.headline_end or 0), 0), len(text))
        paras = paragraphs(text, body)
        segs = segments(text, paras, self.marks)
        direct = self._direct(text, paras, segs)
        direct += self._unmarked(text, paras, segs) + self._lost_open(text, paras, segs)
        indirect = self._indirect(text, paras, direct)
        leads = self._leads(text, paras, segs, direct, indirect)
        if leads:   # a speaker of indirect speech goes on in quotation marks
            direct = (self._direct(text, paras, segs, leads) + self._unmarked(text, paras, segs)
                      + self._lost_open(text, paras, segs))
            indirect = self._indirect(text, paras, direct)
        # an indirect quote that takes in a fragment reports it whole
        direct = [f for f in direct if not (f.fragment and any(
            i.start < f.end and f.start < i.end for i in indirect))]
        found = sorted(direct + indirect, key=lambda f: f.start)
        self._resolve(doc, found, text, body=body, paras=paras, segs=segs)
        found = [f for f in found if (f.kind == "direct" and not f.fragment) or (f.speaker and f.speaker.name)]
        return self._headline(doc, text, body, found) + found

    def _headline(self, doc: Doc, text: str, body: int, found: list[Found]) -> list[Found]:
        """Quotes of the headline ("Commissioner says officers are solving more
        crime"): the headline is part of the text, so what it attributes is a
        quote, read line by line with the body's rules and resolved on its own
        (the body's pronouns never point back to it). Only a named speaker's
        statement counts (``headline_rules``): a headline's call or praise
        ("PCC calls for ...") reports an act, a report or statistics office
        saying a figure is the figure's source. A headline quote whose words a
        body quote repeats is that quote, counted once."""
        if body <= 0:
            return []
        paras = [(a, b) for a, b in paragraphs(text[:body]) if b <= body]
        segs = segments(text, paras, self.marks)
        direct = self._direct(text, paras, segs)
        head = [f for f in direct + self._indirect(text, paras, direct, headline=True)
                if f.attr.rule_id in self.headline_rules]
        if not head:
            return []
        head.sort(key=lambda f: f.start)
        self._resolve(doc, head, text, body=0, paras=paras, segs=segs, later=found)
        seen = [_words(f.text if f.text is not None else self._direct_text(text, f)) for f in found]
        out = []
        for f in head:
            if not (f.speaker and f.speaker.name) or self.parser.is_data(f.speaker.name):
                continue    # "Crime falls, says annual report": the figure's source
            words = _words(f.text if f.text is not None else self._direct_text(text, f))
            if words and not any(words in s or s in words for s in seen if s):
                out.append(f)
        return out

    def set_annotations(self, doc: Doc, found: list[Found], *, text: str | None = None) -> None:
        text = text_of(doc) if text is None else text
        spans: list[Span] = []
        for f in found:
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            sp = f.speaker or Speaker()
            span._.quote_text = f.text if f.text is not None else self._direct_text(text, f)
            span._.speaker = sp.name
            span._.role = sp.role
            span._.org = sp.org
            span._.cue = f.attr.cue
            span._.quote_kind = f.kind
            span._.rule_id = f.attr.rule_id
            spans.append(span)
        doc.spans[QUOTES] = sorted(spans, key=lambda s: (s.start, s.end))

    @staticmethod
    def _direct_text(text: str, f: Found) -> str:
        """The parts joined with a space, a trailing comma or dash dropped."""
        return fold(" ".join(text[a:b].rstrip(" ,–—-") for a, b in f.parts))


def _words(text: str) -> str:
    """Lower-case words only, so that a repeat is found whatever its marks."""
    return " ".join(re.findall(r"\w+", text.lower()))


@Language.factory("crime_claims_quotes", assigns=["doc.spans"], default_config={})
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Attributed quotes: ``doc.spans["quotes"]`` with ``Span._.speaker`` and friends."""
    return QuotesComponent(nlp, name)
