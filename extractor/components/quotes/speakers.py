"""Who is speaking: read a speaker phrase into name, role and organisation.

A speaker phrase is the subject of an attribution as written ("Detective
Superintendent Karen Whitlow, head of Essex Police's domestic abuse
investigation team", "a Home Office spokesperson", "he"). The word lists come
from the quotes rules file; this module only compiles and applies them, so it
is testable on literal strings without a pipeline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Iterable

_PAREN = re.compile(r"\s*\([^)]*\)")
_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
# an owner in the possessive before a title ("town council's licensing spokesman")
_OWNER_BEFORE = re.compile(r"^(?:\S+\s+){0,3}?\S+['’]s\s+")
# an owner in the possessive opening a phrase: "Guernsey's", "the area's"
_OWNED = re.compile(r"^(?:[Tt]he\s+)?[\w-]+['’]s\s+\S")
# a title after "the" alone ("the Chief Constable"): a holder the release may never name
_DEF_TITLE = re.compile(r"^[Tt]he\s+\S")
# a capitalised token, allowing hyphens (Pryce-Owen), inner apostrophes (O'Neill) and dots (St.)
_CAP = r"[A-Z][\w&\-]*(?:['’](?!s\b)\w+)*"
# a role after the name, in lower case, up to the organisation ("head of crime at Dale Police"):
# "of" and lower-case words with no determiner belong to the role ("head of crime", "director of
# regeneration and neighbourhoods"); "of the ..." or "of" a capitalised name is the organisation's
_APP_ROLE = re.compile(
    r"^(?:a|an|the)?\s*(?P<role>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3}?"
    r"(?:\s+of\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)[a-z][a-z\-]*"
    r"(?:\s+(?:and\s+)?(?!(?:at|of|for|from|with|in|on|and)\b)[a-z][a-z\-]*){0,2})?)"
    r"\s*(?:\b(?:at|of|for|from|with|in|on|and)\b|$)"
)
# "who is the county's police and crime commissioner": the role after the copula
_WHO_IS = re.compile(r"^who\s+(?:is|was|has\s+been|became|serves\s+as)\s+(?=(?:the|a|an|its)\s)")
_RELATIVE = re.compile(r",?\s+(?:who|which)$")
# where a group speaking is based, in lower case ("police chiefs in the county",
# "officers across the region"); a capitalised place may be an organisation
_BODY_PLACE = re.compile(r"\s+(?:in|across|around|throughout)\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}$")
# describing words before a title ("Herts", "Bedfordshire Constabulary",
# "Divisional commander"): a capitalised word first, words only
_DESCRIPTOR_WORDS = 4
_DESCRIPTOR = re.compile(r"[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}")
# lower-case words describing a title after a name ("the elected", "the newly appointed")
_DESCRIBED_TITLE = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,2}")
_FULL_NAME = re.compile(rf"{_CAP}(?:\s+{_CAP}){{1,3}}")
# a participle opening a lead-in ("Speaking at the launch", "Commenting on ...")
_LEAD_IN_PARTICIPLE = r"[A-Z]?\w+ing"


# "He also said that ...": an adverb or auxiliary between the speaker and the cue
_ADVERB_AFTER = re.compile(
    r"(?:\s+(?:also|further|later|previously|then|again|now|today|yesterday|recently|has|have|had))+$", re.I)
# any adverb in -ly ("has repeatedly said", "consistently and publicly"), in
# lower case, unless a determiner or an owner stands before it: then the word
# is a noun or an adjective of the speaker's phrase ("the family said")
_LY_ADVERB = (r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)"
              r"(?<![’']s\s)(?-i:[a-z]{2,}ly(?:\s+and\s+[a-z]{2,}ly)?)")


def adverb_after(words: Iterable[str]) -> re.Pattern[str]:
    """The adverbs and auxiliaries that may end a speaker phrase before its cue:
    ``words`` (the rules file's ``cue_adverbs``), any adverb in -ly, has/have/had."""
    alt = _alternation(list(words) + ["has", "have", "had"])
    return re.compile(rf"(?:\s+(?:{alt}|{_LY_ADVERB})(?=\s|$))+$", re.I)


def drop_adverbs(phrase: str, pattern: re.Pattern[str] = _ADVERB_AFTER) -> str:
    """"He also" -> "He", "The force has" -> "The force": an adverb or auxiliary
    after the speaker, before its cue, is no part of the speaker."""
    return pattern.sub("", phrase)


@dataclass(frozen=True)
class Speaker:
    """A speaker as read from one phrase (before resolution against the release)."""

    name: str | None = None
    role: str | None = None
    org: str | None = None
    is_org: bool = False     # the organisation itself speaks ("the force said")
    pronoun: bool = False    # "he", "she": the last named speaker
    person: bool = False     # the pronoun is a person's ("he", "she", "the officer"), never a body's
    bare: bool = False       # one capitalised word, no title: "Smith" or "Officers"
    unnamed: bool = False    # a title-holder as written, no name: "the island's Chief of Police"

    @property
    def names_person(self) -> bool:
        """A person is named: not a pronoun, an organisation, a bare word or a
        title-holder left unnamed (whom resolution can point back to)."""
        return bool(self.name) and not (self.pronoun or self.is_org or self.bare or self.unnamed)

    def with_(self, **changes: Any) -> "Speaker":
        return replace(self, **changes)


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so "Chief Inspector" wins over "Inspector"; a straight
    apostrophe also matches a curly one ("Her Majesty’s")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for w in sorted(set(words), key=len, reverse=True))


#: the characters ``_alternation_tree`` writes as a tree; a list holding others is written flat
_TREE_WORD = re.compile(r"[A-Za-z0-9 ',.&-]+")


def _alternation_tree(words: Iterable[str]) -> str:
    """``_alternation`` for a case-insensitive group, written as a prefix tree
    ("chief\\s+(?:constable|inspector)|..."): the same matches, found faster
    (``re`` tries each flat case-insensitive branch in turn at every word). Each
    word is one path, lower-cased; at a node the longer words come before the
    word that ends there, and sibling characters never match the same text, so
    the first word that leads to a match is the one the flat, longest-first
    alternation takes. Other characters: the flat alternation."""
    words = sorted(set(words), key=len, reverse=True)
    if not all(_TREE_WORD.fullmatch(w) for w in words):
        return _alternation(words)
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}   # a word ends here

    def piece(ch: str) -> str:
        return r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)

    def branch(node: dict[str, dict]) -> str:
        parts = [piece(ch) + branch(child) for ch, child in node.items() if ch]
        if "" in node:
            parts.append("")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return "|".join(piece(ch) + branch(child) for ch, child in root.items())


def _listed(rules: dict[str, Any], key: str) -> str:
    """The alternation of the rules file's ``key`` list, or a pattern that never
    matches when the list is missing or empty."""
    return _alternation(rules.get(key) or []) or "(?!)"


class SpeakerParser:
    """Compiled word lists for reading speaker phrases."""

    def __init__(self, rules: dict[str, Any]) -> None:
        roles = list(rules.get("roles") or [])
        # a run of capitalised words and the small words a name holds between them
        # ("Police and Crime Commissioner for Kent", "Jo van Hale"):
        # ``acronym_small_words``, ``name_run_prepositions`` and ``name_particles``
        joiners = "|".join(_listed(rules, k) for k in ("acronym_small_words", "name_run_prepositions", "name_particles"))
        capseq = rf"{_CAP}(?:\s+(?:(?:{joiners})\s+)*{_CAP})*"
        self.capseq = re.compile(capseq)
        # a person's name: up to five capitalised words, a particle allowed before each
        self.name_re = re.compile(
            rf"^(?P<name>{_CAP}(?:\s+(?:(?:{_listed(rules, 'name_particles')})\s+)?{_CAP}){{0,4}})")
        self.owner_re = re.compile(rf"^(?P<owner>{capseq})['’]s?\s+(?=\S)")
        self.org_after = re.compile(
            rf"(?:\b(?:of|at|from|for|with|within|chairs|leads|heads|runs|represents|joined)\s+(?:the\s+)?"
            rf"|^(?:the\s+)?)(?P<org>{capseq})")
        self.org_lead = re.compile(rf"^(?:the\s+)?(?P<org>{capseq})")
        self.org_of_run = re.compile(rf"^(?:for|of|at)\s+(?:the\s+)?(?P<run>{capseq})$")
        # where a group speaking is based as a place name ("police in North Yorkshire",
        # "police chiefs in Bradford"), kept only when it is no organisation
        # ("officers in the Metropolitan Police")
        self.body_place_name = re.compile(rf"\s+(?:in|across|around|throughout)\s+(?:the\s+)?(?P<place>{capseq})$")
        # a place after a title described by lower-case words ("... Commissioner for Kent")
        self.place_tail = re.compile(rf"(?:\s+(?:for|of)\s+(?:the\s+)?{capseq})?\s*")
        # "who chairs the Dale Valley Partnership", "who heads the force's crime unit":
        # one of ``who_heads_verbs``, then a name or one of ``who_heads_owners``
        self.who_heads = re.compile(
            rf"^who\s+(?P<verb>{_listed(rules, 'who_heads_verbs')})s\s+(?:the\s+|its\s+)?"
            rf"(?:[A-Z]|(?:{_listed(rules, 'who_heads_owners')})['’]s?\s)")
        # auxiliaries (``clause_auxiliaries``): a phrase holding one is a clause, not a speaker
        aux = rf"(?i:{_listed(rules, 'clause_auxiliaries')})"
        # a word describing an organisation before its head noun: a name, an owner
        # ("council's") or a lower-case noun, never a verb form or one of
        # ``org_modifier_stops`` ("the Mayor's office", "the county's crime reduction board")
        stops = _listed(rules, "org_modifier_stops")
        org_modifier = (rf"(?:[A-Z][\w&'’-]*|[a-z][\w-]*['’]s|(?!(?:{stops})\b)(?!{aux}\b)"
                        r"[a-z][a-z-]*(?<!ing)(?<!ed))")
        # a connective that opens the sentence, with or without a comma
        # ("However the ONS says"): one of ``sentence_connectives``, as written
        self.connective = re.compile(
            rf"^(?:{_listed(rules, 'sentence_connectives')})(?:,?\s+)(?=\S)")
        self.adverb_after = adverb_after(rules.get("cue_adverbs") or ["also"])
        # "the force's chief constable": a lower-case owner before a role (``owner_nouns``)
        owners = _alternation(rules.get("owner_nouns") or ["force"])
        self.lower_owner = re.compile(rf"^(?:the\s+|its\s+|their\s+)?(?:{owners})['’]s?\s+", re.I)
        # "the new Labour Government": a passing adjective before a name (``passing_adjectives``)
        passing = _alternation(rules.get("passing_adjectives") or ["new"])
        self.passing = re.compile(rf"^(?P<det>the\s+)(?:{passing})\s+(?=[A-Z])", re.I)
        # a lead-in that opens the sentence: a participle, or the rules file's
        # ``lead_in_words`` and ``lead_in_prepositions`` ("Despite the rise the force said")
        lead = _alternation(list(rules.get("lead_in_words") or []) + list(rules.get("lead_in_prepositions") or []))
        self.lead_in = re.compile(rf"^(?:{_LEAD_IN_PARTICIPLE}{'|' + lead if lead else ''})\b")
        # a word after which the next continues the same phrase ("of the | cases")
        self.continues = re.compile(rf"(?i:{_alternation(rules.get('continuing_words') or ['the'])})$")
        # a word that opens no speaker's phrase
        self.no_start = re.compile(rf"(?i:{_alternation(rules.get('no_start_words') or ['of'])})$")
        # the words that open a noun phrase or stand for one: a speaker's phrase, not a modifier
        self.noun_start = re.compile(rf"(?:{_alternation(rules.get('noun_start_words') or ['the'])})\b")
        self.aliases: dict[str, str] = dict(rules.get("role_aliases") or {})
        self.canonical = {self._key(r): r for r in roles}
        self.canonical.update({self._key(k): v for k, v in self.aliases.items()})
        prefix = _alternation(rules.get("role_prefixes") or ["Acting"])
        self.role_re = re.compile(
            rf"^(?P<role>(?:(?:{prefix})\s*)?(?:{_alternation(roles + list(self.aliases))}))(?=\s|,|$)")
        # a title in any case right before a capitalised name ("Assistant chief
        # constable Paul Broadbent"); reported in the rules file's spelling
        self.role_ci = re.compile(
            rf"^(?P<role>(?i:(?:(?:{prefix})\s*)?(?:{_alternation(roles + list(self.aliases))})))(?=\s+[A-Z])")
        # a bare title in lower case, nothing after it ("the county's chief constable")
        self.role_alone = re.compile(rf"^(?P<role>(?i:{_alternation(roles)}))$")
        # a title in any case standing alone before a comma, a place after it
        # ("Police and crime commissioner for Northshire, Jo Bloggs said")
        self.role_lead = re.compile(
            rf"^(?P<role>(?i:{_alternation(roles + list(self.aliases))}))(?:\s+(?:for|of)\s+(?:the\s+)?{capseq})?$")
        self.role_mid = re.compile(rf"(?<=\s)(?:{_alternation(roles)})(?=\s|,|$)")
        self.role_any = re.compile(rf"(?:^|\s)(?P<role>{_alternation(roles)})(?=\s|,|$)", re.I)
        nouns = _alternation(rules.get("role_nouns") or ["minister"])
        # "Crime Prevention minister Jeremy Browne": capitalised descriptor words,
        # a lower-case role noun, then the full name
        self.described = re.compile(
            rf"^(?P<role>(?P<desc>(?:[A-Z][\w'’-]*\s+){{1,3}})(?P<noun>{nouns}))\s+(?=[A-Z][^\s]*\s+[A-Z])")
        command = _alternation(rules.get("command_nouns") or ["commander"])
        # "Northshire Police divisional commander for North Dale Jane Doe": an
        # organisation, a lower-case role (and the place it covers), then a
        # name of two words, with no commas
        self.org_lower_role = re.compile(
            rf"^(?P<org>{capseq})\s+(?P<role>(?:[a-z][\w-]*\s+){{0,3}}?(?:{nouns}|{command})"
            rf"(?:\s+(?:for|of)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+|&\s+)?{_CAP})*?)?)\s+(?={_CAP}\s+{_CAP}$)")
        # "Len Doe chair of the Authority": a role noun right after the name
        self.tail_role = re.compile(rf"^(?:the\s+)?(?:{nouns})\b")
        # words that end in a role noun, in any case ("Reform Assembly Member")
        self.role_noun_end = re.compile(rf"(?:^|\s)(?i:{nouns})$")
        # a role noun of two words describes itself ("a police chief"): it needs no describing word
        compound = _alternation([n for n in rules.get("role_nouns") or [] if " " in n]) or "(?!)"
        # a role-holder the release never names: "Scotland's chief statistician",
        # "Northshire's police and crime commissioner", "a senior researcher" (an
        # owner, or a describing word, before the noun; the article capitalised
        # where it opens the sentence: "A council spokesman said ...")
        self.unnamed = re.compile(
            rf"^(?:(?:{capseq}|(?:[Tt]he\s+)?[a-z][\w-]*)['’]s\s+(?P<role1>(?:[a-z][\w-]*\s+){{0,3}}(?:{nouns}))"
            rf"|(?:[Tt]he|[Aa]n?)\s+(?P<role2>(?:[a-z][\w-]*\s+){{1,2}}(?:{nouns})|{compound}))$")
        self.honorific_re = re.compile(rf"^(?:{_alternation(rules.get('honorifics') or ['Mr'])})\.?\s+")
        post = _alternation(rules.get("postnominals") or ["QC"])
        self.postnominal_re = re.compile(rf"(?:,?\s+(?:{post}))+\s*$")
        # letters after a name that are an elected office ("Jo Bloggs MP"): its role
        self.office_re = re.compile(rf"\b(?:{_alternation(rules.get('office_postnominals') or ['MP'])})\b")
        # an elected office by its letters, with the party and place before it
        # and "for PLACE" (and a second role) after it: "West Dale MP", "SNP MSP
        # for Dale West", "Alliance East Dale MLA and justice spokesperson";
        # reported as written
        office = _alternation(rules.get("office_postnominals") or ["MP"])
        office_title = (rf"(?:[A-Z][\w'’&-]*,?\s+(?:and\s+)?){{0,5}}(?:{office})"
                        rf"(?:\s+for\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP})*)?"
                        rf"(?:\s+and\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{nouns}))?")
        self.office_title = re.compile(rf"^(?:the\s+|an?\s+)?(?P<role>{office_title})$")
        hon = _alternation(rules.get("honorifics") or ["Mr"])
        # before a full name (a place after "for" leaves the name its last two words)
        self.office_before = re.compile(
            rf"^(?P<role>{office_title})\s+(?=(?:(?:{hon})\.?\s+)?{_CAP}(?:\s+{_CAP}){{1,2}}$)")
        # "Head of the Dale Valley Trust Jo Bloggs": a capitalised role noun and its organisation before a name
        self.noun_title = re.compile(rf"^(?P<role>(?=[A-Z])(?i:{nouns}))(?=\s+(?:of|for)\s)")
        # a title before the name in commas, with describing words: "Liberal
        # Democrat group leader", "the chairman of the Dale Valley Trust"
        self.lead_title = re.compile(
            rf"^(?:the\s+|an?\s+)?(?P<role>(?:[\w'’&-]+\s+){{0,3}}?(?i:{nouns}|{_alternation(roles)}))"
            rf"(?:\s+(?:of|for)\s+(?:the\s+)?{capseq})?$")
        # a full name run straight into its title and organisation, no comma
        # ("Jo Bloggs Head of the Dale Valley Trust", "Jo Bloggs of the ONS")
        self.name_then_org = re.compile(
            rf"^(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}}?)\s+(?P<title>(?:(?=[A-Z])(?i:{nouns}|{_alternation(roles)})\s+)?"
            rf"(?:of|for|at|from)\s+(?:the\s+)?(?P<org>{capseq}))$")
        # a capitalised role noun opening an appositive ("Leader of the Rural Party")
        self.cap_role_noun = re.compile(rf"^(?:the\s+)?(?=[A-Z])(?i:{nouns})\b(?=\s+(?:of|for|at)\s+)")
        self.org_words = {w.lower() for w in rules.get("org_words") or []}
        self.org_names = {w.lower() for w in rules.get("org_names") or []}
        self.org_speakers = {w.lower() for w in rules.get("org_speakers") or []}
        # a spokesperson is a person speaking for a body: their indirect speech may go on in quotation marks
        self.spokesperson_roles = {w.lower() for w in rules.get("spokesperson_words") or ["spokesperson"]}
        spokes = _alternation(rules.get("spokesperson_words") or ["spokesperson"])
        self.spokes_after = re.compile(rf"^(?P<org>.+?)\s+(?P<sp>{spokes})$", re.I)
        self.spokes_before = re.compile(
            rf"^(?P<sp>{spokes})\s+(?:for|from|at|of|with)\s+(?:the\s+)?(?P<org>.+)$", re.I)
        self.spokes_alone = re.compile(rf"^(?P<sp>{spokes})$", re.I)
        heads = _alternation(rules.get("org_head_nouns") or ["office"])
        self.org_head = re.compile(rf"^(?i:the|its|their)\s+(?P<name>(?:{org_modifier}\s+){{0,3}}?(?i:{heads}))$")
        bodies = _alternation(rules.get("body_speakers") or ["report"])
        # a finite verb among the words before the group noun makes the phrase a
        # clause ("the force was failing victims"), not a group
        self.body_re = re.compile(
            rf"^(?:(?:the|a|an|this|that|its|their)\s+)?(?:(?!{aux}\b)[\w'’-]+\s+){{0,3}}?(?i:{bodies})$")
        # "Inspectors from HMICFRS", "researchers at the University of Leeds":
        # the group is the speaker, the organisation its org
        self.body_of = re.compile(
            rf"^(?P<body>(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?i:{bodies}))"
            rf"\s+(?:from|at|of|with|for|in)\s+(?:the\s+)?(?P<org>{capseq})$")
        self.body_any = re.compile(
            rf"\b(?:the|a|an|this|that|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{bodies})$")
        # "the report by HM Inspectorate", "the study of public attitudes", "the
        # bulletin released today": a document with the phrase that places it
        # after its noun (no verb in it: "the report by X was welcomed" is a
        # clause); the document speaks, a named author is its org
        documents = _alternation(rules.get("document_nouns") or ["report"])
        self.document_post = re.compile(
            rf"^(?P<doc>(?:(?i:the|a|an|this|that|its|their)\s+|[\w-]+['’]s\s+)(?:(?!{aux}\b)[\w'’-]+\s+){{0,3}}?(?i:{documents}))"
            rf"(?:\s+(?:by|of|from|for|into|on|about)\s+(?:the\s+)?(?P<org>(?:(?!\b{aux}\b)[^,])+?)"
            rf"|,?\s+(?:(?:just|recently)\s+)?(?:published|released|issued|produced|commissioned|compiled)\b"
            rf"(?:(?!\b{aux}\b)[^,])*),?$")
        statements = _alternation(rules.get("statement_nouns") or ["statement"])
        self.statement_from = re.compile(
            rf"^(?:a|an|the|its|their)\s+(?i:{statements})\s+(?:from|by|issued\s+by|on\s+behalf\s+of)\s+(?=\S)", re.I)
        self.time_lead = re.compile(rules.get("time_lead_in") or r"(?!)")
        self.pronouns = {w.lower() for w in rules.get("pronouns") or []}
        self.person_pronouns = {w.lower() for w in rules.get("person_pronouns") or []}
        self.definite_person = re.compile(
            r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _alternation(rules.get("definite_people") or ["(?!)"]) + r")$")
        self.data_words = {w.lower() for w in rules.get("data_words") or []}
        # words that name no particular organisation ("Police Deputy Chief Constable X")
        self.generic_orgs = {w.lower() for w in rules.get("generic_orgs") or []}
        # words that open no role in an appositive ("X, who said", "X, adding that")
        self.not_role_start = set(rules.get("not_role_start") or [])

    def drop_connective(self, phrase: str) -> str:
        """"But he" -> "he", "However, the force" -> "the force": a sentence
        connective is no part of the speaker."""
        return self.connective.sub("", phrase.strip())

    @staticmethod
    def _key(s: str) -> str:
        return " ".join(s.lower().split())

    # --- small predicates -------------------------------------------------
    def is_org(self, phrase: str) -> bool:
        """An organisation name: has an org word, is a known body, or an acronym."""
        words = re.findall(r"[\w'’]+", phrase)
        if not words or not phrase[:1].isupper():
            return False
        if self._key(phrase) in self.org_names or any(w.lower() in self.org_names for w in words):
            return True
        if any(w.lower() in self.org_words for w in words):
            return True
        return len(words) == 1 and len(words[0]) >= 2 and words[0].isupper()

    def is_data(self, phrase: str) -> bool:
        """"figures", "the latest ONS data": a claim's source, not a speaker."""
        # "the States of Northshire Police's annual report": the owner is no head
        owned = re.split(r"[’']s\s+", phrase.strip())[-1]
        head = re.split(r"\s+(?:from|by|of|published|released|compiled|for|on|in)\s+", owned, maxsplit=1)[0]
        return any(w.lower() in self.data_words for w in re.findall(r"[\w.'’]+", head))

    def role_in(self, text: str) -> str | None:
        m = self.role_any.search(text)
        return self.canonical.get(self._key(m.group("role")), m.group("role")) if m else None

    # --- the parse ----------------------------------------------------------
    def parse(self, phrase: str, *, strict: bool = True) -> Speaker | None:
        """Read a speaker phrase; None when it names no one. A person with no
        title but the letters of an elected office after the name ("Jo Bloggs
        MP") holds that office."""
        sp = self._parse(phrase, strict=strict)
        if sp is None or sp.role or not sp.name or sp.is_org:
            return sp
        for part in phrase.split(","):
            if sp.name.split()[-1] in part:
                post = self.postnominal_re.search(part.strip(" .;:"))
                office = self.office_re.search(post.group(0)) if post else None
                return sp.with_(role=office.group(0)) if office else sp
        return sp

    def _parse(self, phrase: str, *, strict: bool = True) -> Speaker | None:
        """Read a speaker phrase; None when it names no one.

        ``strict``: the phrase must be a speaker and nothing more (apart from an
        appositive after a comma), so that "58% of them" or "a caller claiming
        to be a detective" are not taken for speakers.
        """
        p = _PAREN.sub("", " ".join(phrase.split())).strip(" ,.;:–—-")
        if not p:
            return None
        # "But he said ...", "However, she added": the connective first, so
        # that the pronoun after it still points back
        plain = self.drop_connective(p).lower()
        if plain in self.pronouns:
            return Speaker(pronoun=True, person=plain in self.person_pronouns)
        p, relative = _RELATIVE.subn("", p)
        p = self.passing.sub(lambda m: m.group("det"), p)
        p = self.connective.sub("", self._drop_lead_in(p))
        p = self.time_lead.sub("", p, count=1) or p    # "In March 2021 the Home Office" 
        if p.lower() in self.pronouns:     # "Speaking on Monday, today he said"
            return Speaker(pronoun=True, person=p.lower() in self.person_pronouns)
        if self.definite_person.match(p):     # "the officer added": the person named before
            return Speaker(pronoun=True, person=True)
        p = self.statement_from.sub("", p)     # "A statement from Essex Police": its author
        body = self._body(p.partition(", ")[0], anywhere=bool(relative))
        if body is not None:
            return body
        head = self.org_head.match(p.partition(", ")[0])
        if head is not None and p.lower() not in self.org_speakers:
            # "the Mayor's office", "the council's press team": the body speaks
            return Speaker(name=head.group("name"), is_org=True)
        main, _, app = p.partition(", ")
        # a title may contain a comma ("Police, Fire and Crime Commissioner")
        m = self.role_re.match(_DET.sub("", p))
        if m and "," in m.group("role"):
            body = _DET.sub("", p)[m.end():].strip()
            main2, _, app = body.partition(", ")
            return self._person(self._canon(m.group("role")), None, main2, app, strict)
        sp = self._read(main, app, strict)
        named_app = self._appositive_name(app) if app else None
        if named_app and (sp is None or not sp.role or sp.bare or sp.is_org) and not named_app.role:
            # "Liberal Democrat group leader, Jo Bloggs,"; "A Northshire Police
            # spokesperson, Jo Bloggs,": the named person speaks, in that role
            lead = self._lead_role(main)
            if lead:
                sp = Speaker(role=lead, org=sp.org if sp else None)
        if named_app and (sp is None or sp.name is None or sp.is_org or " " not in sp.name):
            if sp is not None and sp.role and not sp.name and not sp.is_org:
                # "Cumbria's Police and Crime Commissioner, Richard Rhodes": the title
                # before the comma is the role; a place in the possessive is no org
                return named_app.with_(role=named_app.role or sp.role, org=named_app.org or sp.org)
            # "The force's Head of Crime, Detective Superintendent Andy Jones";
            # "National Police Chiefs' Council Lead for X, Chief Constable Bill Skelly"
            return named_app if named_app.org else named_app.with_(org=self._descriptor_org(main))
        if (sp is None or sp.bare or not sp.name) and app.count(", ") >= 1:
            # "Newry, Mourne and Down District Commander, Superintendent Jo Bloggs",
            # "the Secretary for Roads, Ports and Rail, Ms Jo Bloggs": a list
            # with commas before the full name that ends the phrase
            last = self._read(app.rsplit(", ", 1)[1], "", True)
            role = (last.role if last else None) or (sp.role if sp else None)
            if last is not None and last.name and role and " " in last.name and not last.is_org:
                return last.with_(role=role)
        if sp is None and (relative or (not app and self.lead_in.match(main))):
            # "... mirror those of Det Supt Ann Marsh, the area commander ..., who said";
            # "Welcoming the figures Nia Roberts said" (a lead-in with no comma)
            embedded = self._embedded(main, app, bare=not relative)
            if embedded is None and not relative:
                return self._group_after_lead_in(main)
            return embedded
        if sp is None and not app:
            return self._unnamed(main)
        if sp is not None and sp.role and not sp.name and not sp.is_org and not app and (
                _OWNED.match(main) or _DEF_TITLE.match(main)):
            # "the island's Chief of Police": a title with its owner describes
            # the holder in full; resolution looks for a named holder first
            return sp.with_(name=main, unnamed=True)
        return sp

    def _lead_role(self, main: str) -> str | None:
        """A title before a name in commas ("The home secretary, Jo Bloggs,"):
        a listed title and the place it covers (in the rules file's spelling),
        an elected office or a role noun with the words describing it (as
        written: "Liberal Democrat group leader", "Dale Labour MLA")."""
        bare = _DET.sub("", main)
        lead = self.role_lead.match(bare)
        if lead:
            return self._canon(lead.group("role"))
        m = self.office_title.match(main) or self.lead_title.match(main)
        if m is None:
            return None
        return " ".join(m.group("role").split())

    def _unnamed(self, phrase: str) -> Speaker | None:
        """A role-holder who is not named ("Scotland's chief statistician", "a
        local police chief"): the phrase as written is the speaker, its role
        noun phrase the role."""
        m = self.unnamed.match(phrase)
        if m is None:
            return None
        return Speaker(name=phrase, role=m.group("role1") or m.group("role2"), unnamed=True)

    def _body(self, main: str, *, anywhere: bool = False) -> Speaker | None:
        """A report or a group as the speaker ("the separate Crime Survey",
        "Home Office experts"); after a relative clause was cut ("... with the
        Crime Survey, which") the phrase may end a longer clause."""
        place = ""
        if not anywhere:
            # "police chiefs in the county": the group; a place name stays in
            # the name as written ("Police chiefs in Bradford")
            main, place = self.split_place(main)
        m = (self.body_any if anywhere else self.body_re).search(main)
        if m is None and not anywhere:
            of = self.body_of.match(main)
            if of is not None and not self.lead_in.match(of.group(0)) and self.is_org(of.group("org")):
                return Speaker(name=" ".join(of.group("body").split()), org=of.group("org"), is_org=True)
            doc = self.document_post.match(main)
            if doc is not None and not self.lead_in.match(doc.group(0)):
                org = doc.group("org")
                return Speaker(name=" ".join(doc.group("doc").split()), org=org if org and self.is_org(org) else None,
                               is_org=True)
        if m is None or self.lead_in.match(m.group(0)):
            return None
        return Speaker(name=" ".join((m.group(0) + place).split()), is_org=True)

    def _embedded(self, main: str, app: str, *, bare: bool = False) -> Speaker | None:
        """The leftmost titled or full name that ends ``main``: a relative
        clause ("X, who said") makes X the speaker whatever precedes it; after a
        lead-in with no comma a bare name is allowed (``bare``)."""
        for m in re.finditer(r"(?:^|(?<=\s))[A-Z]", main):
            if m.start() == 0:
                continue
            prev = main[:m.start()].split()[-1]
            if bare and self.no_start.match(prev):
                continue    # "In Beds reported crimes ...": a place the lead-in's preposition governs
            # a bare word inside a capitalised run is no name ("Across Northern | Ireland")
            alone = bare and not prev[:1].isupper()
            sp = self._read(main[m.start():], app, True)
            if sp and sp.name and not sp.is_org and not sp.pronoun and (sp.role or " " in sp.name or alone):
                return sp
        return None

    def _group_after_lead_in(self, main: str) -> Speaker | None:
        """"In many of the cases police", "Across the region more than half of
        forces": after a lead-in with no comma, an organisation or a group that
        ends the phrase speaks. It is the longest such ending that starts a
        noun phrase of its own: a word right after a determiner, a preposition
        or a conjunction continues the lead-in's phrase ("the cases")."""
        if not main[:1].isupper():
            return None     # a lead-in opens the sentence ("... according to the latest police reports")
        words = list(re.finditer(r"\S+", main))
        for prev, w in zip(words, words[1:]):
            if self.continues.match(prev.group(0)) or self.no_start.match(w.group(0)):
                continue
            sp = self._parse_piece(main[w.start():])
            if sp is not None and sp.is_org and sp.name:
                return sp
        return None

    def _parse_piece(self, piece: str) -> Speaker | None:
        body = self._body(piece)
        if body is not None:
            return body
        head = self.org_head.match(piece)
        if head is not None:
            return Speaker(name=head.group("name"), is_org=True)
        return self._read(piece, "", True)

    def _descriptor_org(self, text: str) -> str | None:
        """The organisation a capitalised descriptor opens with, up to its last
        organisation word ("National Police Chiefs' Council Lead for ...")."""
        words: list[str] = []
        for w in _DET.sub("", text).split():
            if not w[:1].isupper():
                break
            words.append(w)
        for n in range(len(words), 0, -1):
            last = re.sub(r"['’]s?$", "", words[n - 1]).lower()
            if (n > 1 and last in self.org_words) or (n == 1 and last in self.org_names):
                org = " ".join(words[:n])
                return None if org.lower() in self.generic_orgs else org
        return None

    def _appositive_name(self, app: str) -> Speaker | None:
        first, _, rest = app.partition(", ")
        sp = self._read(first, rest, True)
        if sp and sp.name and not sp.is_org and not sp.pronoun and (sp.role or " " in sp.name):
            return sp
        return None

    def _drop_lead_in(self, p: str) -> str:
        """"Speaking at the launch, Chief Constable X" -> "Chief Constable X". A
        lead-in may carry modifiers of its own, each after a comma and opening
        in lower case ("Commenting on the figures, published by the Scottish Government,
        today X"; "Responding to the report, which was published today, he"):
        they go with it; the last part, the speaker's, is never dropped, nor a
        part that opens with a determiner, a pronoun, a time phrase or a title
        in lower case before a name (the speaker's own: "However, the separate
        survey, based on ...", "Speaking on Monday, chief inspector Jo Bloggs,
        head of ...")."""
        parts = p.split(", ")
        dropped = False
        while len(parts) > 1 and (
                (self.lead_in.match(parts[0]) and not self.role_re.match(parts[0])
                 and not _FULL_NAME.fullmatch(self.connective.sub("", parts[0])))
                or (dropped and parts[0][:1].islower() and not self.noun_start.match(parts[0])
                    and not self.time_lead.match(parts[0]) and not self.role_ci.match(parts[0]))):
            parts = parts[1:]
            dropped = True
        return ", ".join(parts)

    def prefix_role(self, prefix: str) -> str | None:
        """The title that the words before a name give, when they end in a role
        noun ("the council's safety spokesman" -> "safety spokesman"; "Reform
        Assembly Member" as written); None otherwise."""
        prefix = " ".join(prefix.split()).strip(" ,")
        if not self.role_noun_end.search(prefix):
            return None
        sp = self._parse(prefix)
        if sp is not None and sp.role and not sp.is_org:
            return sp.role
        return _OWNER_BEFORE.sub("", _DET.sub("", prefix)) or None

    def holds_title(self, name: str) -> bool:
        """Words of the name read as a name end in a role noun ("Assembly Member
        Jo Bloggs"): a title, not part of the name."""
        words = name.split()
        return any(self.role_noun_end.search(" ".join(words[:k])) for k in range(1, len(words)))

    def drop_adverbs(self, phrase: str) -> str:
        """The speaker phrase without the adverbs before its cue ("Jo Bloggs has
        once again" -> "Jo Bloggs")."""
        return drop_adverbs(phrase, self.adverb_after)

    def _canon(self, role: str) -> str:
        return self.canonical.get(self._key(role), " ".join(role.split()))

    def split_place(self, phrase: str) -> tuple[str, str]:
        """The phrase without a place it ends in that is no organisation
        ("police in North Yorkshire" -> "police"), and that place's words when
        it is a name, which a group's name keeps as written (" in North
        Yorkshire"; "" for a lower-case place: "police in the area")."""
        named = self.body_place_name.search(phrase)
        if named is not None and not self.is_org(named.group("place")):
            return phrase[:named.start()], phrase[named.start():]
        return _BODY_PLACE.sub("", phrase), ""

    def _read(self, main: str, app: str, strict: bool) -> Speaker | None:
        low = main.lower()
        if low in self.org_speakers:
            return Speaker(name=main, is_org=True)
        placed, place = self.split_place(main)
        if placed != main and placed.lower() in self.org_speakers:
            # "police in North Yorkshire" as written; "police in the area": police
            return Speaker(name=placed + place, is_org=True)
        rest = _DET.sub("", main)
        org = None
        lower_owner = self.lower_owner.match(rest)
        if lower_owner:
            rest = rest[lower_owner.end():]
        else:
            owner = self.owner_re.match(rest)
            if owner and (self.role_re.match(rest[owner.end():]) or self.is_org(owner.group("owner"))):
                if self.is_org(owner.group("owner")):
                    org = owner.group("owner")
                rest = rest[owner.end():]
        spokes = self._spokesperson(rest)
        if spokes is not None:
            return spokes
        run_on = self._name_then_org(rest)
        if run_on is not None:
            return run_on
        office = self.office_before.match(rest)
        if office is not None:      # "West Dale MP Jo Bloggs", "SNP MSP for Dale West Jo Bloggs"
            return self._person(" ".join(office.group("role").split()), org, rest[office.end():], app, strict)
        org_role = self.org_lower_role.match(rest) if org is None else None
        if org_role is not None and self.is_org(org_role.group("org")):
            return self._person(" ".join(org_role.group("role").split()), org_role.group("org"),
                                rest[org_role.end():], app, strict)
        m = self.role_re.match(rest) or self.role_ci.match(rest) or self.role_alone.match(rest)
        if not m:
            # "Head of the Dale Valley Trust Jo Bloggs": a role noun, its organisation, the name
            noun = self.noun_title.match(rest)
            if noun is not None and self._org_then_name(rest[noun.end():].strip()) is not None:
                m = noun
        if not m and not self.described.match(rest):
            m, rest, org = self._title_in_descriptor(rest, org)
        if not m:
            # "Sussex Police and Crime Commissioner Katy Bourne", "Essex Police Chief Constable X"
            inner = self.role_mid.search(rest)
            if inner and self.capseq.fullmatch(rest[:inner.start()].strip()):
                prefix = rest[:inner.start()].strip()
                if self.is_org(prefix) and not self.role_re.match(prefix) and prefix.lower() not in self.generic_orgs:
                    org = org or prefix
                rest = rest[inner.start():]
                m = self.role_re.match(rest)
        role = None
        if not m:
            described = self.described.match(rest)
            if described:
                role = " ".join(described.group("role").split())
                owner = described.group("desc").strip()
                if self.is_org(owner):      # "Home Office minister X": the org, then the role
                    org, role = org or owner, " ".join(described.group("noun").split())
                rest = rest[described.end():]
        if m:
            role = self._canon(m.group("role"))
            rest = rest[m.end():].strip()
            # "Chair of the Northshire Policing Board Jo Bloggs": the organisation
            # ends at its last organisation word, the full name after it speaks
            org_name = self._org_then_name(rest)
            if org_name is not None:
                org, rest = org or org_name[0], org_name[1]
            # "Police and Crime Commissioner for Sussex Katy Bourne"
            place = re.match(rf"^(?:for|of)\s+(?P<place>{_CAP}(?:\s+{_CAP})*?)\s+(?={_CAP}\s+{_CAP}\s*$)", rest)
            # a full name in commas after it is the holder: the words before are the place
            # ("Chief Superintendent of Dale Area Command, Jo Bloggs")
            if place and not (app and self._appositive_name(app)):
                rest = rest[place.end():]
        sp = self._person(role, org, rest, app, strict)
        if sp is None and role is None and not strict:
            return None
        return sp

    def _org_then_name(self, rest: str) -> tuple[str, str] | None:
        """"of the Northshire Policing Board Jo Bloggs" after a title: the
        organisation up to its last organisation word, and the full name after
        it; None when no full name follows an organisation word."""
        m = self.org_of_run.match(rest)
        if m is None:
            return None
        words = list(re.finditer(r"\S+", m.group("run")))
        for i in range(len(words) - 2, 0, -1):
            head = re.sub(r"['’]s?$", "", words[i].group(0)).lower()
            name = m.group("run")[words[i + 1].start():]
            if head in self.org_words and _FULL_NAME.fullmatch(name) and not self.is_org(name):
                return m.group("run")[:words[i].end()], name
        return None

    def _name_then_org(self, rest: str) -> Speaker | None:
        """A person's full name, then with no comma a title and the organisation
        ("Jo Bloggs Head of the Dale Valley Trust") or only the organisation
        ("Jo Bloggs of the ONS"): the name is the speaker, the title (as written)
        the role. The name must hold no organisation word or title, and what
        follows "of" must be an organisation, so "Office for National
        Statistics" and "Crime Survey for England and Wales" stay whole."""
        m = self.name_then_org.match(rest)
        if m is None or not self.is_org(m.group("org")) or self.role_re.match(rest):
            # "Assistant Chief Constable of Gwent Police": a title's first words are no name
            return None
        name, title = m.group("name"), m.group("title")
        if self.is_org(name) or self.role_in(name) or self.honorific_re.match(name):
            return None
        role = None if re.match(r"(?:of|for|at|from)\s", title) else " ".join(title.split())
        return Speaker(name=name, role=role, org=re.sub(r"['’]s$", "", m.group("org")))

    def _title_in_descriptor(self, rest: str, org: str | None) -> tuple[re.Match[str] | None, str, str | None]:
        """A title in any case after a few describing words and right before a
        full name ("Herts chief constable Frank Whiteley", "Divisional commander
        chief superintendent George Macdonald"): the last title whose remainder
        is the name; describing words that name an organisation are its org."""
        words = list(re.finditer(r"\S+", rest))
        for w in words[1:_DESCRIPTOR_WORDS + 1]:
            prefix = rest[:w.start()].strip()
            if not _DESCRIPTOR.fullmatch(prefix):
                break
            m = self.role_ci.match(rest[w.start():])
            if m is None:
                continue
            name = rest[w.start() + m.end():].strip()
            if not _FULL_NAME.fullmatch(name) or self.role_ci.match(name) or self.role_alone.match(name.split()[0]):
                continue
            if self.is_org(prefix) and prefix.lower() not in self.generic_orgs:
                org = org or prefix
            return m, rest[w.start():], org
        return None, rest, org

    def _spokesperson(self, rest: str) -> Speaker | None:
        """"a Home Office spokesperson" / "a spokesperson for the ONS": the
        spokesperson speaks (named as written, the organisation dropped after
        "for"), for the organisation (``org``); a generic "police" or "the
        force" names no organisation."""
        for rx in (self.spokes_after, self.spokes_before):
            m = rx.match(rest)
            if m:
                org = _DET.sub("", m.group("org")).strip()
                sp = m.group("sp").lower()
                name = f"{org} {sp}" if rx is self.spokes_after else sp
                if org.lower() in self.org_speakers or org.lower() in ("police", "force"):
                    return Speaker(name=name, role=sp, is_org=True)
                if self.is_org(org) or org[:1].isupper():
                    return Speaker(name=name, role=sp, org=org, is_org=True)
        if self.spokes_alone.match(rest):
            return Speaker(name=rest.lower(), role=rest.lower(), is_org=True)
        return None

    def _person(self, role: str | None, org: str | None, rest: str, app: str, strict: bool) -> Speaker | None:
        """The name after any title, then the organisation and role the phrase adds."""
        honorific = False
        while True:
            h = self.honorific_re.match(rest)
            if not h:
                break
            honorific = True
            rest = rest[h.end():]
        if not role and not honorific:
            org_m = self.org_lead.match(rest)
            if org_m and self.is_org(org_m.group("org")) and not rest[org_m.end():].strip():
                return Speaker(name=org_m.group("org"), org=org, is_org=True) if not app else \
                    Speaker(name=org_m.group("org"), is_org=True, org=org)
        rest = self.postnominal_re.sub("", rest)
        nm = self.name_re.match(rest)
        name = nm.group("name") if nm else None
        tail = rest[nm.end():].strip() if nm else rest.strip()
        if name and not role and not honorific and (self.is_org(name) or self.role_in(name)):
            name = None
        if name and self.role_re.match(name):  # "Constable" alone is a title, not a name
            name = None
        if name and self.no_start.match(name.split()[0]):  # "In Beds", "Across Northern Ireland": a place
            return None
        if name and tail and not app and self.tail_role.match(tail):
            app = tail      # "Len Doe chair of the Authority": the role follows the name
        elif strict and tail and not re.match(r"^(?:of|from|at|for|with)\s+(?:the\s+)?[A-Z]", tail):
            return None
        if not name and not role:
            return None
        if name and not role and not honorific and " " not in name and strict:
            return Speaker(name=name, org=org or self._org_in(tail) or self._org_in(app),
                           role=self._app_role(app), bare=True)
        return Speaker(
            name=name,
            role=role or self._app_role(app),
            org=org or self._org_in(tail) or self._org_in(app),
        )

    def _org_in(self, text: str) -> str | None:
        """The first organisation name the phrase gives ("of the Rural Taskforce")."""
        if not text:
            return None
        for m in self.org_after.finditer(text):
            cand = m.group("org")
            cand = re.sub(r"['’]s$", "", cand)
            titled = self.role_re.match(cand)
            if titled:  # "Deputy Chief Constable of Staffordshire Police"
                cand = re.sub(r"^\s*(?:of|for|at|with)\s+(?:the\s+)?", "", cand[titled.end():])
                if not cand:
                    continue
            inner = self.role_mid.search(cand)
            if inner and not cand[inner.end():].strip():
                # "South Yorkshire Police and Crime Commissioner": a place and a title
                cand = cand[:inner.start()].strip()
            if cand and self.is_org(cand):
                return cand
        return None

    def _app_role(self, app: str) -> str | None:
        """A role given after the name ("a criminologist at the University of X")."""
        if not app:
            return None
        app = app.strip(" ,.")
        office = self.office_title.match(app)
        if office:      # "MP for Dale West", "the Dale Tory MSP": as written
            return " ".join(office.group("role").split())
        bare = _DET.sub("", app)
        owned_by = self.owner_re.match(bare)
        if owned_by and self.role_re.match(bare[owned_by.end():]):
            app = bare[owned_by.end():]     # "Her Majesty's Chief Inspector of Constabulary"
        listed = self.role_re.match(_DET.sub("", app))
        if listed:
            return self._canon(listed.group("role"))
        who_is = _WHO_IS.match(app)
        if who_is:
            return self._app_role(app[who_is.end():])
        # a listed title in lower case, after an owner and before a place:
        # "the county's police and crime commissioner", "the police and crime
        # commissioner for Northshire"
        owned = _DET.sub("", app)
        lower_owner = self.lower_owner.match(owned)
        if lower_owner:
            owned = owned[lower_owner.end():]
        lead = self.role_lead.match(owned)
        if lead:    # as written, like any role after the name
            return " ".join(lead.group("role").split())
        inner = self.role_mid.search(app)
        if inner and not app[inner.end():].strip() and self.capseq.fullmatch(_DET.sub("", app[:inner.start()]).strip()):
            return self._canon(inner.group(0))     # "Kent Police and Crime Commissioner"
        if inner and _DESCRIBED_TITLE.fullmatch(app[:inner.start()]) and self.place_tail.fullmatch(app[inner.end():]):
            return self._canon(inner.group(0))     # "the elected Police and Crime Commissioner"
        noun = self.cap_role_noun.match(app)
        if noun:    # "Leader of the Rural Party and member for the Vale": as written
            return app
        chairs = self.who_heads.match(app)
        if chairs:      # "who chairs the Dale Valley Partnership"
            return chairs.group("verb").lower()
        owner = self.owner_re.match(app)
        if owner:   # "Northshire Police's head of crime", "Northshire's police commissioner"
            app = app[owner.end():]
        elif lower_owner:   # "the force's head of crime": the role after the owner
            app = owned
        m = _APP_ROLE.match(app)
        if not m:
            return None
        role = m.group("role").strip()
        if not role or role.split()[0] in self.not_role_start or role.split()[0].endswith("ing"):
            return None
        # a description after the name is reported as written ("chair",
        # "deputy chief constable"); only a title before a name is canonical
        return role
