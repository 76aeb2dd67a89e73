"""Pairing: the measure each claim is about, and the body claims on the same thing as a headline claim.

A body figure's measure is its metric's, or the listed measure its own words
name (``figure_measure``); a headline claim takes the measure its headline names
before it (``with_metric``, ``with_change_noun``, ``with_named_measure``).
``BodyIndex`` reads a release's body claims once, by measure; ``same_thing``
keeps those on the same measure (or under it), the same area, the same period
when both are known, the same kind and unit, and the same comparison
(``baseline_key``), or else the body figures restating the headline's.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable

from ..records import ClaimRecord
from .figures import CHANGE, LEVEL, agree, kind_of, position, text_before, unit_key
from .measures import TOTAL_CRIME, UNIT_ONLY, Measure, MeasureRules

#: the provenance id of a period taken from the release's reference period (no period of the claim's own)
REFERENCE_PERIOD = "period_reference"
#: the provenance id of a baseline taken from the first one the release states (none of the claim's own)
INHERITED_BASELINE = "baseline_release"
#: the provenance id of a baseline written in the claim's own clause
OWN_BASELINE = "baseline_clause"
#: the headline's words before a claim end in a place complement ("... offences in England and")
PLACE_TAIL = re.compile(r"\b(?:in|across|within|throughout)\s+(?:[\w'-]+\s+){0,4}$", re.I)
WORD = re.compile(r"[\w'’-]+")
#: a period longer than this many days spans more than one reporting year
YEAR_AND_A_BIT = 400
#: how many characters either side of a figure its pointed-back noun may stand ("158 of these offences")
POINTER_REACH = 30


def period_of(claim: ClaimRecord) -> tuple[str, str] | None:
    if claim.period_start and claim.period_end:
        return str(claim.period_start)[:10], str(claim.period_end)[:10]
    return None


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _year_back(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def baseline_key(claim: ClaimRecord, default_period: tuple[str, str] | None = None) -> tuple[str, str] | None:
    """None for the usual comparison (unknown, not the claim's own, the period before, or about a
    year earlier).

    Anything else ("8% higher than in 2019" for a 2022 figure) is another
    comparison and is returned as its baseline dates. ``default_period`` stands
    for the claim's period when it has none (a body figure paired with a
    headline is read as about the headline's period).
    """
    if not (claim.baseline_start and claim.baseline_end) or not baseline_stated(claim):
        return None
    period = period_of(claim) or default_period
    base = str(claim.baseline_start)[:10], str(claim.baseline_end)[:10]
    if period is None:
        return None
    ps, pe, bs, be = (_date(x) for x in (*period, *base))
    if None in (ps, pe, bs, be):
        return None
    year_before = (_year_back(ps).isoformat(), _year_back(pe).isoformat())  # type: ignore[arg-type]
    if overlap(base, year_before):
        return None  # a year earlier, also when loosely dated ("up 9% on last year" for a financial year)
    if be + dt.timedelta(days=1) == ps and abs((pe - ps) - (be - bs)).days <= 3:  # type: ignore[operator]
        return None
    return base


def baseline_stated(claim: ClaimRecord) -> bool:
    """The claim's baseline is its own (stated in its clause or carried from an earlier figure), not the
    first baseline of the release it fell back on: only a stated baseline makes another comparison."""
    return INHERITED_BASELINE not in (claim.because or "").split(";")


@dataclass
class BodyIndex:
    """A release's body claims read once: each claim's measure and area, and the claims by measure.

    Pairing a headline claim then looks only at the claims of its measure (and
    of the measures under it), so a release's work grows with its figures, not
    with their square.
    """

    rules: MeasureRules
    release_area: str | None = None

    def __post_init__(self) -> None:
        self.by_key: dict[str, list[tuple[ClaimRecord, Measure]]] = {}
        self.areas: dict[int, str | None] = {}
        #: each paired claim's own measure key (the first it was filed under)
        self.measures: dict[int, str] = {}
        self.claims: list[ClaimRecord] = []
        # "the borough" is the release's own area when the release names one (else an unnamed place)
        self.names_own_area = bool(self.rules.area(self.release_area))

    def add(self, claims: Iterable[ClaimRecord]) -> "BodyIndex":
        claims = list(claims)
        # a list subject shares a figure only when the figure is its sentence's one figure of that kind and
        # unit ("burglary and robbery rose by 4% and 9%" gives each its own)
        alike = Counter((c.sentence, kind_of(c), c.unit) for c in claims)
        shared = {c.claim_id: alike[(c.sentence, kind_of(c), c.unit)] == 1 for c in claims}
        # for a sentence opening on a pronoun that points back, the measure of the figure just before it
        pointing = {c.claim_id for c in claims if pointed_to(c, self.rules)}
        previous: dict[str | None, Measure | None] = {}
        for before, c in zip([None, *claims], claims):
            if before is not None and before.sentence != c.sentence and c.claim_id in pointing:
                previous.setdefault(c.sentence, figure_measure(before, self.rules))
        for claim in claims:
            if claim.approx == "exact" and self.rules.rounded(claim):
                claim = replace(claim, approx="approximate")
            self.claims.append(claim)
            found = figure_measure(claim, self.rules)
            earlier = previous.get(claim.sentence) if claim.claim_id in pointing else None
            if earlier is not None:
                found = earlier  # "That was up by 86 offences": what the sentence before counted
            # "Burglary, robbery and vehicle crime all fell by 6%": the figure is each listed measure's
            members = subject_list(claim, self.rules) if shared[claim.claim_id] else []
            if found is None and members:
                found = members[-1]
            if found is None:
                continue
            self.by_key.setdefault(found.key, []).append((claim, found))
            self.measures[claim.claim_id] = found.key
            for member in members if any(m.key == found.key for m in members) or not found.id else []:
                if member.key != found.key:
                    self.by_key.setdefault(member.key, []).append((claim, member))
            own = self.names_own_area and (self.rules.pointer_only(claim.area) or self.rules.pointer_listed(claim.area))
            placed = self.rules.area(claim.area) and not own
            self.areas[claim.claim_id] = self.rules.written_area(claim) if placed else None
        return self

    def candidates(self, measure: Measure) -> list[tuple[int, ClaimRecord, Measure]]:
        """(tier, claim, its measure) for the headline measure and, below it, its sub-measures."""
        out = [(2, c, m) for c, m in self.by_key.get(measure.key, [])]
        if measure.id:
            for key, pairs in self.by_key.items():
                sub, under = pairs[0][1].id, pairs[0][1].under
                if key != measure.key and ((sub and (measure.id in self.rules.ancestors(sub)
                                                     or self.rules.covers(measure.id, sub)))
                                           or (under and self.rules.same_measure(measure, pairs[0][1]))):
                    out.extend((self.rules.same_measure(measure, m), c, m) for c, m in pairs)
        return sorted(out, key=lambda x: x[1].claim_id)


def figure_measure(claim: ClaimRecord, rules: MeasureRules) -> Measure | None:
    """The measure a body figure is about: its metric's, unless the figure's own words name another
    listed measure. A figure bracketed right after a measure is that measure's ("vehicle crime (7.2%)",
    "theft (up 9%)"), whatever was read as the metric of the list it stands in; a figure whose own
    text holds a change noun and its measure ("the fall in robberies was ... by 34 per cent") is
    about that measure. A figure shared out over a list ("... rose by 4% and 9% respectively") or pointed
    back to an earlier phrase ("these offences") whose metric is only a generic noun is about no one
    measure."""
    own = rules.measure_of(claim) or rules.scoped_total(claim)
    named = bracketed_measure(claim, rules) or change_noun_measure(claim, rules)
    if named is None and (own is None or own.id or rules.bare_noun(claim.metric or "")):
        # a metric of its own that names no listed measure ("violent offences that resulted in injury") is
        # more exact than a listed phrase after the change that only begins it
        named = after_change_measure(claim, rules)
    # a metric of only a generic noun ("by 21 offences", "2,670 fewer incidents") says in what the figure
    # counts, not which offences: the subject it is a figure of names them ("the number of crimes solved
    # has increased by 21 offences"; "Crime has dropped by 2,670 incidents")
    generic = rules.bare_noun(claim.metric or "")
    if named is None and generic and rules.shared_out and rules.shared_out.search(claim.sentence or ""):
        return None  # "A and B were the categories where offences rose by 4% and 9% respectively": A's or B's
    if named is None and points_back(claim, rules):
        return None  # "we reduced these offences by 12%": the offences named before, not all crime
    subject = None if named else subject_phrase(claim, rules, any_measure=generic and (own is None or own.id is None))
    if subject:
        named = rules.measure(subject, claim.area)
    if named is not None and named.id and rules.is_survey(own):
        named = rules.as_survey(named)  # "the survey found ... violent crime fell by 5%": the survey's estimate
    if named is None or not named.id or (own is not None and own.key == named.key):
        return own
    # only a narrower reading: a listed metric is never swapped for a wider or a sibling measure
    # (a phrase that narrows a listed measure, "domestic assaults", is as exact as a listed one)
    if own is None or (own.id is None and own.under is None) or own.id in rules.ancestors(named.id) or (
            subject and generic):
        return named
    # ... or for the subject that is the metric's own words with a modifier ("Knife crime in London
    # rose" read as "crime"): the modifier narrows it, whatever the offence tree says
    if subject and rules.measure(claim.metric, claim.area) == own and modified(claim.metric or "", subject, rules):
        return named
    return own


#: what joins the members of a list, at the end of the text before the next one: ", ", ", and ", " and ", " or "
LIST_JOINT = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$", re.I)
#: a place complement ending a subject ("... and vehicle crime in Kent")
PLACE_END = re.compile(r"\s+(?:in|across|within|throughout)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}$")


def pointed_to(claim: ClaimRecord, rules: MeasureRules) -> bool:
    """The figure's sentence opens on a pronoun pointing back ("That was up by 86 offences", "This was a
    rise of 30%") and the figure's metric is only a generic noun, or none, written after a figure (its own
    or an earlier one's: "up by 86 offences, a 30% increase"), not as a subject of its own ("It is
    thought crime fell by 5%") nor in the figure's own words ("The new tables show a drop in thefts of 20%").
    It counts what the figure of the sentence before counted."""
    sentence, text, metric = claim.sentence or "", claim.text or "", (claim.metric or "").strip()
    if rules.back_subject is None or not rules.back_subject.match(sentence) or not rules.bare_noun(metric):
        return False
    at = position(claim)
    named = sentence.lower().find(metric.lower()) if metric else -1
    if metric and metric.lower() in text.lower():
        return False
    return at >= 0 and (named < 0 or named >= at or bool(re.search(r"\d", sentence[:named])))


def subject_list(claim: ClaimRecord, rules: MeasureRules) -> list[Measure]:
    """The listed measures of a list that is the subject of the claim's figure ("Burglary, robbery and
    vehicle crime all fell by 6%"; "offences like robbery, violence and sex offences rose by 20%"): the
    figure is each one's. Empty unless two or more listed measures, joined by commas, "and" or "or",
    end right before the figure (only linking words, "all"/"both", or a place between)."""
    sentence, text = claim.sentence or "", (claim.text or "").strip()
    if not text or sentence.count(text) != 1:
        return []
    before = sentence[:sentence.find(text)].rstrip()
    links = rules.subject_links | rules.list_quantifiers
    while (last := re.search(r"[\w'-]+$", before)) and last.group().lower() in links:
        before = before[:last.start()].rstrip()
    before = PLACE_END.sub("", before)
    if not re.search(r"\w$", before):
        return []  # "burglary, 761": a list of figures, not a subject
    found: list[Measure] = []
    while True:
        phrase = phrase_ending(before, rules)
        if phrase is None:
            break
        phrase = re.sub(r"^(?:(?:and|or)\s+)+", "", phrase, flags=re.I)  # the joint is no part of the member
        measure = rules.measure(phrase, claim.area)
        if measure is None or not measure.id:
            break
        found.append(measure)
        cut = re.search(r"[\w'-]+(?:\W+[\w'-]+){%d}$" % (len(WORD.findall(phrase)) - 1), before)
        rest = before[:cut.start()] if cut else ""
        joint = LIST_JOINT.search(rest)
        if joint is None:
            break
        before = rest[:joint.start()]
    return list({m.key: m for m in found}.values()) if len(found) > 1 else []


def points_back(claim: ClaimRecord, rules: MeasureRules) -> bool:
    """The claim's metric is a generic noun pointed back by a determiner ("such offences", "these offences",
    "158 of these offences"), in the metric itself or right before it, near the claim's figure."""
    metric = (claim.metric or "").strip()
    words = [w.lower() for w in WORD.findall(metric)]
    if not words or not rules.pointing_back:
        return False
    if words[0] in rules.pointing_back:
        return rules.bare_noun(" ".join(words[1:]))
    if not rules.bare_noun(metric):
        return False
    pattern = re.compile(rf"\b(?:{rules.pointing_back_alternation})\s+{re.escape(metric)}\b", re.I)
    sentence, text = claim.sentence or "", claim.text or ""
    at = position(claim)
    if at < 0:
        return bool(pattern.search(text))
    # the figure's own stretch of the sentence: a pointer to another figure's offences is not this one's
    near = sentence[max(0, at - POINTER_REACH):at + len(text) + POINTER_REACH]
    return bool(pattern.search(near))


def bracketed_measure(claim: ClaimRecord, rules: MeasureRules) -> Measure | None:
    """The listed measure named right before the bracket that opens on the claim's figure."""
    sentence, text = claim.sentence or "", (claim.text or "").strip()
    if not text or sentence.count(text) != 1:
        return None
    before = sentence[:sentence.find(text)].rstrip()
    if not text.startswith("("):
        if not before.endswith("("):
            return None
        before = before[:-1]
    phrase = phrase_ending(before, rules)
    return rules.measure(phrase, claim.area) if phrase else None


def modified(metric: str, phrase: str, rules: MeasureRules) -> bool:
    """``phrase`` is ``metric`` with words before it: "knife crime" of "crime", "COVID offences" of "COVID"
    read alone. Compared on the head phrase, before any complement ("Knife crime in London")."""
    words = [w.lower() for w in WORD.findall(metric)]
    core: list[str] = []
    for w in WORD.findall(phrase.lower()):
        if core and (w in rules.prepositions or w in rules.place_prepositions):
            break
        if w not in rules.drop_words and w not in rules.neutral:
            core.append(w)
    return bool(words) and len(core) > len(words) and core[-len(words):] == words


def subject_phrase(claim: ClaimRecord, rules: MeasureRules, any_measure: bool = False) -> str | None:
    """The phrase naming a listed measure that is the subject of the claim's figure: named right before
    it, with only linking words between ("criminal damage is down 13 per cent", "drug offences also fell
    by 13%"). None when the phrase is the head of a longer subject whose modifier was read as the
    figure's metric ("COVID offences in Lancashire fell", metric "COVID"): that subject is no listed
    measure. ``any_measure``: a generic subject counts too ("Crime has dropped by 2,670 incidents"),
    for a figure whose own metric names no measure."""
    sentence, text = claim.sentence or "", (claim.text or "").strip()
    if not text or sentence.count(text) != 1:
        return None
    words = WORD.findall(sentence[:sentence.find(text)])
    while words and words[-1].lower() in rules.subject_links:
        words.pop()
    before = sentence[:sentence.find(text)].rstrip()
    if not words or not re.search(r"\w$", before):  # "burglary, 761": a list, not a subject
        return None
    phrase = phrase_ending(" ".join(words), rules, any_measure)
    if phrase is None:
        return None
    joints = {*rules.prepositions, *rules.place_prepositions}
    head = words[:len(words) - len(phrase.split())]
    if phrase.split()[0].lower() in joints or (head and head[-1].lower() in joints):
        return None  # "arrests for domestic abuse rose": the measure is a complement, not the subject
    if head and claim.metric and WORD.findall(claim.metric)[-1:] == head[-1:]:
        return None  # "COVID offences fell", metric "COVID": not offences
    return phrase


def change_noun_phrase(text: str, rules: MeasureRules) -> str | None:
    """The listed measure's phrase that ``text`` names after a change noun ("fall in robberies")."""
    words = WORD.findall(text.lower())
    for i, word in enumerate(words[:-2]):
        if rules.singular(word) in rules.change_words and words[i + 1] in ("in", "of"):
            phrase = phrase_starting(words[i + 2:], rules)
            if phrase:
                return phrase
    return None


def change_noun_measure(claim: ClaimRecord, rules: MeasureRules) -> Measure | None:
    """The listed measure the claim's own text names after a change noun ("fall in robberies")."""
    phrase = change_noun_phrase(claim.text or "", rules)
    return rules.measure(phrase, claim.area) if phrase else None


#: after a figure: a closing bracket, a bracketed figure, a change noun, then "in"/"of" and what changed
AFTER_FIGURE = re.compile(r"\s*\)?\s*(?:\([^()]{0,40}\)\s*)?(?:([\w-]+)\s+)?(?:in|of)\s+(.+)", re.I)


def after_change_measure(claim: ClaimRecord, rules: MeasureRules) -> Measure | None:
    """The listed measure named right after a change's figure, by "in"/"of" after its change noun: "a fall
    of 33% (269) in robbery offences", "a 20% drop in theft from a vehicle", "(269) in robbery offences" for
    the bracketed count. The change noun stands in the claim's text or right after its figure; "fell by
    5% in Kent" names a place, no measure."""
    sentence, text = claim.sentence or "", (claim.text or "").strip()
    if kind_of(claim) != CHANGE or not text or sentence.count(text) != 1:
        return None
    at = sentence.find(text) + len(text)
    found = AFTER_FIGURE.match(sentence[at:at + 120])
    if found is None:
        return None
    noun = found.group(1)
    if noun is not None and rules.singular(noun.lower()) not in rules.change_words:
        return None
    before = sentence[max(0, at - len(text) - 40):at]
    if noun is None and not any(rules.singular(w.lower()) in rules.change_words for w in WORD.findall(before)):
        return None
    phrase = phrase_starting(WORD.findall(found.group(2)), rules)
    return rules.measure(phrase, claim.area) if phrase else None


def with_own_change_noun(claim: ClaimRecord, rules: MeasureRules) -> ClaimRecord:
    """A headline claim whose own text names its measure after a change noun ("Increase in drug crime
    but ...") is about that measure, whatever metric was read later in the headline. A claim whose
    metric its own text names after that phrase is a later member of the change noun's list ("Rise in
    burglary and robbery", the claim on robbery): each member is its own measure."""
    text = claim.text or ""
    phrase = change_noun_phrase(text, rules)
    if phrase is None or rules.measure(phrase, claim.area) == rules.measure_of(claim):
        return claim
    # a member given the head it shares with the last one ("sex crime" of "rises in robbery, sex") is named
    # in the text by its own first word
    member = claim.metric if not claim.metric or claim.metric.lower() in text.lower() else claim.metric.split()[0]
    if claim.metric and (later_member(text, phrase, member) or run_on_member(text, phrase, claim.metric, rules)):
        return claim
    return replace(claim, metric=phrase)


def run_on_member(text: str, phrase: str, metric: str, rules: MeasureRules) -> bool:
    """``metric`` follows ``phrase`` with no joint, as a list without commas writes it ("drop in robbery burglary
    and theft"): each names a listed measure and the two together name none."""
    joined = f"{phrase.lower()} {metric.lower()}"
    if joined not in text.lower():
        return False
    own, whole = rules.measure(metric), rules.measure(joined)
    return own is not None and own.id is not None and (whole is None or whole.id is None)


def later_member(text: str, phrase: str, metric: str) -> bool:
    """``metric`` is named in ``text`` after ``phrase``, past a list joint ("and", "or", a comma)."""
    low = text.lower()
    phrase = re.sub(r"(?:\s+(?:and|or))+$", "", phrase.lower())  # the list joint read into the phrase
    at = low.find(phrase)
    if at < 0:
        return False
    rest = low[at + len(phrase):]
    m_at = rest.rfind(metric.lower())
    return m_at >= 0 and bool(re.search(r"(?:,|\band\b|\bor\b)", rest[:m_at]))


#: a figure in a claim's own text: its number with a glued or following unit ("3pc", "3%", "3 per cent")
OWN_FIGURE = re.compile(r"[£$]?\d[\d,.]*(?:\s*(?:pc|%|per\s*cent|percent)\b|%)?", re.I)


def with_measure_in_own_text(claim: ClaimRecord, rules: MeasureRules) -> ClaimRecord:
    """A headline claim read with no metric whose own text names its measure between the figure and the
    change noun ("3pc crime rise in Essex", "3% crime rise": the claim is "3pc crime rise") is about that
    measure."""
    if claim.metric or not claim.text:
        return claim
    words = " ".join(w for w in OWN_FIGURE.sub(" ", claim.text).split() if w.lower() not in rules.change_words)
    found = rules.measure(words, claim.area) if words else None
    return replace(claim, metric=words) if found is not None and found.id else claim


def with_measure_after_change(claim: ClaimRecord, rules: MeasureRules) -> ClaimRecord:
    """A headline change whose metric names no listed measure is about the measure named right after it
    ("Police hail 10% drop in north-east crime", metric read as "Police hail"; "surge in violent crime
    inWales"): the words after "in"/"of" that name a listed measure, read with the claim's place, so a
    place word before the measure says where ("north-east crime" is crime)."""
    if kind_of(claim) != CHANGE or not claim.text:
        return claim
    own = rules.measure_of(claim)
    if own is not None and own.id:
        return claim
    sentence = claim.sentence or ""
    at = sentence.find(claim.text)
    after = re.match(r"\s+(?:in|of)\s+(.+)", sentence[at + len(claim.text):]) if at >= 0 else None
    if after is None:
        return claim
    words = WORD.findall(after.group(1))
    for end in range(min(6, len(words)), 0, -1):
        phrase = " ".join(words[:end])
        found = rules.measure(phrase, claim.area)
        if found is not None and found.id:
            return replace(claim, metric=phrase)
    return claim


def phrase_ending(text: str, rules: MeasureRules, generic: bool = False) -> str | None:
    """The longest phrase (up to six words) that ends ``text`` and names a listed measure (with
    ``generic``, also a generic one: "crime", "offences")."""
    words = WORD.findall(text)
    for start in range(max(0, len(words) - 6), len(words)):
        phrase = " ".join(words[start:])
        found = rules.measure(phrase)
        if found is not None and found.id and (generic or not rules.generic_only(phrase)):
            return phrase
    return None


def phrase_starting(words: list[str], rules: MeasureRules) -> str | None:
    """The longest phrase (up to six words) that opens ``words`` and names a listed measure."""
    for end in range(min(6, len(words)), 0, -1):
        phrase = " ".join(words[:end])
        found = rules.measure(phrase)
        if found is not None and found.id and not rules.generic_only(phrase):
            return phrase
    return None


def same_thing(headline: ClaimRecord, body: Iterable[ClaimRecord] | BodyIndex, rules: MeasureRules,
               release_area: str | None = None, any_unit: bool = False) -> list[ClaimRecord]:
    """The body claims that bear on a headline claim, in text order.

    A claim with no area of its own is about the release's area; a figure for
    another place (England and Wales, a region, another force) does not bear on
    a headline about this one. ``any_unit``: figures in another unit than the
    headline's are kept too (the verdict reads them by direction only).
    """
    index = body if isinstance(body, BodyIndex) else BodyIndex(rules, release_area).add(body)
    kind = kind_of(headline)
    h_measure = rules.measure_of(headline)
    if h_measure is None:
        return unnamed_restatements(headline, index)
    if rules.names_place_by_pointer(headline):
        found = local_figures(headline, index, rules, kind, h_measure) if headline.value is not None else []
        if found:
            return found
        headline = replace(headline, area=None)  # else the release's own area: a pointer is no name
    headline = written_place(headline, index, rules)
    found = _same_thing(headline, index, rules, kind, h_measure, any_unit=any_unit)
    return found or ([] if any_unit else restatements(headline, index))


def written_place(headline: ClaimRecord, index: "BodyIndex", rules: MeasureRules) -> ClaimRecord:
    """The headline claim with its area as the headline writes it ("in central Scotland" read as
    "Scotland" is central Scotland), and the release's own area for its short name ("Manchester" for
    Greater Manchester)."""
    if rules.area(headline.area):
        headline = replace(headline, area=rules.written_area(headline))
    if rules.short_name_of(headline.area, index.release_area):
        headline = replace(headline, area=index.release_area)
    return headline


def implied_change(headline: ClaimRecord, body: BodyIndex, rules: MeasureRules) -> tuple[ClaimRecord, ClaimRecord] | None:
    """The earlier and the later of two body levels that give a headline change as figures for two periods
    ("12,749 crimes in 2009/10 ... 12,279 last year" backs "Crime is down").

    Only for a change headline the body states no change for: the levels are on its measure and area,
    in one unit, for different periods (the later one the headline's period when it states one), or,
    for a headline with no period of its own, joined "from X to Y" (``from_to_pair``).
    Levels for the same period, or for another place, imply no change.
    """
    h_measure = rules.measure_of(headline)
    if kind_of(headline) != CHANGE or h_measure is None or rules.names_place_by_pointer(headline):
        return None
    probe = replace(written_place(headline, body, rules), kind=LEVEL, direction=None, value=None, unit=None,
                    approx=None)
    found = [c for c in _same_thing(probe, body, rules, LEVEL, h_measure, every_period=True) if c.value is not None]
    levels = [c for c in found if period_of(c)]
    h_period = period_of(headline) if period_stated(headline) else None
    pair: tuple[ClaimRecord, ClaimRecord] | None = None
    for unit in dict.fromkeys(unit_key(c) for c in levels):
        same = sorted((c for c in levels if unit_key(c) == unit), key=lambda c: period_of(c) or ("", ""))
        later = [c for c in same if h_period is None or period_of(c) == h_period or overlap(period_of(c), h_period)]
        if not later:
            continue
        last = later[-1]
        earlier = [c for c in same if (period_of(c) or ("", ""))[1] < (period_of(last) or ("", ""))[0]]
        if earlier and pair is None:
            pair = (earlier[-1], last)
    return pair or (from_to_pair(found) if h_period is None else None)


def from_to_pair(levels: list[ClaimRecord]) -> tuple[ClaimRecord, ClaimRecord] | None:
    """Two levels of one unit joined "from X to Y" in one sentence ("burglaries were down from 1,200 to
    1,050", "climbed from 404 to 436"): the earlier and the later figure, whatever dates were read."""
    for a, b in zip(levels, levels[1:]):
        if a.sentence != b.sentence or unit_key(a) != unit_key(b) or not a.text or not b.text:
            continue
        first = re.sub(r"^from\s+", "", a.text.strip(), flags=re.I)
        second = re.sub(r"^to\s+", "", b.text.strip(), flags=re.I)
        if re.search(rf"\bfrom\s+{re.escape(first)}\s+(?:[\w-]+\s+){{0,2}}?to\s+{re.escape(second)}",
                     a.sentence or "", re.I):
            return a, b
    return None


def local_figures(headline: ClaimRecord, index: "BodyIndex", rules: MeasureRules, kind: str,
                  h_measure: Measure) -> list[ClaimRecord]:
    """For a headline placed by a pointer ("up 25% in the borough"): the body's figures for the place
    whose figure restates the headline's, when that place is not the release's own area."""
    anywhere = _same_thing(replace(headline, area=None), index, rules, kind, h_measure, any_area=True)
    own = index.release_area if rules.area(index.release_area) else None
    places = {rules.area(index.areas.get(c.claim_id)) for c in anywhere
              if c.value is not None and agree(headline.value, headline.approx, c.value, c.approx)}  # type: ignore[arg-type]
    places -= {None, rules.area(own)}
    return [c for c in anywhere if rules.area(index.areas.get(c.claim_id)) in places]


def restatements(headline: ClaimRecord, index: "BodyIndex") -> list[ClaimRecord]:
    """Body figures that restate the headline's: the same figure, in a sentence that names the
    headline's metric ("Rural crime cost farmers ... an estimated £1.4 million"), whatever
    metric was read for them."""
    metric = (headline.metric or "").strip().lower()
    if headline.value is None or len(metric) < 4:
        return []
    pattern = re.compile(r"\b" + re.escape(metric) + r"\b")
    rules, home = index.rules, index.release_area
    h_area = headline.area if rules.area(headline.area) else home
    h_measure = rules.measure_of(headline)
    return [c for c in index.claims
            if rules.same_area(rules.area(c.area) and c.area or home, h_area) and c.value is not None and c.unit == headline.unit and kind_of(c) == kind_of(headline)
            and c.direction == headline.direction and pattern.search((c.sentence or "").lower())
            and agree(headline.value, headline.approx, c.value, c.approx) and not other_listed(c, h_measure, rules)]


def unnamed_restatements(headline: ClaimRecord, index: "BodyIndex") -> list[ClaimRecord]:
    """For a headline figure whose words name no measure at all ("Latest figures show 15% drop"): the body
    figures restating it (the same change or level, unit, direction and size, for the headline's place),
    when they are all on one measure; that measure is what the headline's figure is about."""
    if (headline.metric or "").strip() or headline.value is None:
        return []
    rules, home = index.rules, index.release_area
    h_area = headline.area if rules.area(headline.area) else home
    found = [c for c in index.claims
             if c.claim_id in index.measures and c.value is not None and c.unit == headline.unit
             and kind_of(c) == kind_of(headline) and c.direction == headline.direction
             and rules.same_area(index.areas.get(c.claim_id) or home, h_area)
             and agree(headline.value, headline.approx, c.value, c.approx)]
    return found if len({index.measures[c.claim_id] for c in found}) == 1 else []


def other_listed(claim: ClaimRecord, measure: Measure | None, rules: MeasureRules) -> bool:
    """The figure is read as a listed measure other than the listed ``measure`` ("a 5% reduction in violence
    against the person" beside "crime types" for a headline on crime): its own reading, not a misread
    restatement of the headline's. A headline measure the list does not know may be a misreading of its
    own ("NI crime rate"), so it is no ground to refuse."""
    if measure is None or not measure.id:
        return False
    own = figure_measure(claim, rules)
    return own is not None and bool(own.id) and own.key != measure.key


def _same_thing(headline: ClaimRecord, index: "BodyIndex", rules: MeasureRules, kind: str,
                h_measure: Measure, any_area: bool = False, every_period: bool = False,
                any_unit: bool = False) -> list[ClaimRecord]:
    release_area = index.release_area
    h_area = None if any_area else headline.area if rules.area(headline.area) else release_area
    own_area = release_area if rules.area(release_area) else None
    own_period = period_stated(headline)
    h_period = period_of(headline) if own_period else None
    # a baseline written in the headline ("fewer victims than five years ago") is its own comparison, also
    # when its period is the one the release reports
    h_base = baseline_key(headline) if own_period or OWN_BASELINE in (headline.because or "").split(";") else None
    candidates = index.candidates(h_measure)
    rate_of = rules.entries[h_measure.id].rate_of if h_measure.id else None
    if rate_of and (kind == CHANGE or every_period) and (headline.value is None or headline.unit == "percent"):
        # "Fall in crime rates" states no figure: a rate per head falls when the count falls; and a
        # rate's percentage change is the count's (tier 1: a figure on the rate itself comes first)
        # (with ``every_period``, the count's levels for two periods give its change: ``implied_change``)
        count = Measure(rate_of, rate_of, rules.entries[rate_of].label)
        tier = 2 if headline.value is None else 1
        candidates += [(tier, c, m) for _, c, m in index.candidates(count) if m.key == count.key]
    if h_measure.id and (kind == CHANGE or every_period) and (headline.value is None or headline.unit == "percent"):
        # the other way round: "Crime falls by 6%" against "the crime rate fell by 6%" (the count moves with
        # its rate per head, by the same percentage); the count's own figures come first (tier 1 below them)
        for rate in rules.rates_of(h_measure.id):
            measure = Measure(rate, rate, rules.entries[rate].label)
            candidates += [(1, c, m) for _, c, m in index.candidates(measure) if m.key == measure.key
                           and (headline.value is None or c.unit == "percent")]
    whole = rules.entries[h_measure.id].categories_of if h_measure.id else None
    if whole:
        # "Drop in most crime types": the categories taken together are their whole, whose own figures
        # come first (tier 3); without them, the categories' figures each back it
        candidates += [(3, c, m) for c, m in index.by_key.get(whole, [])]
    offences = bool(h_measure.id) and TOTAL_CRIME in (h_measure.id, *rules.ancestors(h_measure.id))
    kept: list[tuple[int, ClaimRecord]] = []
    for tier, claim, _measure in candidates:
        if not tier or kind_of(claim) != kind:
            continue
        if headline.unit and claim.unit and claim.unit != headline.unit and not any_unit:
            continue
        if headline.unit is None and claim.unit == "currency" and offences:
            continue  # "Crime falls": a sum of money on crime is its cost, not the number of offences
        area = index.areas.get(claim.claim_id) or own_area
        if not rules.same_area(area, h_area):
            continue
        if (kind == CHANGE and headline.value is not None and baseline_key(claim, h_period) != h_base
                and not rules.restated(claim)):
            continue
        if rules.part_of_population(claim):
            continue
        kept.append((tier, claim))
    if kind == CHANGE and not (rules.long_run(headline) or several_years(h_period)):
        # a change over several years ("down 45% since 2004") is another comparison than the headline's: with
        # changes on the headline's measure (as near it in the tree) that are not, those are its figures
        recent = [(t, c) for t, c in kept if not rules.long_run(c)]
        if recent and len(recent) < len(kept) and max(t for t, _ in recent) >= max(t for t, _ in kept):
            kept = recent
    if every_period:  # levels for all periods, read against each other (``implied_change``)
        return [c for t, c in kept if t == 2]  # the measure's own levels: a part's imply nothing of the whole
    # the headline's own period first; a headline's "last year" also names the latest annual
    # figures, so with none for exactly its dates, the figures for a period overlapping it
    scored = [(t, c) for t, c in kept if not (h_period and (p := period_of(c)) and p != h_period)]
    if not scored and h_period:
        scored = [(t, c) for t, c in kept if overlap(period_of(c), h_period)]
    if not scored:
        return []
    best = max(t for t, _ in scored)
    found = [c for t, c in scored if t == best]
    if h_period is None:
        # A headline without a date is about the period the release reports (its reference period, which
        # the headline claim carries), not a part of it nor a longer span holding it: with figures for that
        # period, those for a quarter or a month inside it go ("fell by 5% in the year to March" over "rose
        # by 1% in the three months to March"), and so do changes over a span of years that ends with it
        # ("up 7% on the year before" over "down 9% since 2009"). A headline figure the body gives for one
        # of its periods is about that period ("down 3.9%" beside "down 3.9% in the calendar year" and "down
        # 5% in the financial year"). Then it is about the latest figures the body gives.
        reported = period_of(headline)
        if reported and any(period_of(c) == reported for c in found):
            found = [c for c in found if not inside(period_of(c), reported) and not over_years(period_of(c), reported)]
        found = restated_periods(headline, found)
        ends = [p[1] for c in found if (p := period_of(c))]
        if len(set(ends)) > 1:
            latest = max(ends)
            found = [c for c in found if (p := period_of(c)) is None or p[1] == latest]
    return found


def restated_periods(headline: ClaimRecord, found: list[ClaimRecord]) -> list[ClaimRecord]:
    """The body figures for the periods whose figure restates the headline's: a headline figure with no period
    of its own, given by the body for one period among others, is about that period; figures for the other
    periods go (those with no period stay). All of ``found`` when the headline states no figure, none of
    the figures restates it, or they are for one period."""
    if headline.value is None or len({period_of(c) for c in found}) < 2:
        return found
    same = {period_of(c) for c in found if c.value is not None and c.unit == headline.unit
            and agree(headline.value, headline.approx, c.value, c.approx)} - {None}
    return [c for c in found if period_of(c) is None or period_of(c) in same] if same else found


def period_stated(claim: ClaimRecord) -> bool:
    """The claim's period is its own (its clause's or its headline's), not the release's reference
    period it fell back on: a headline with no period of its own is about the period the body reports."""
    return REFERENCE_PERIOD not in (claim.because or "").split(";")


def inside(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Period ``a`` is a part of ``b`` (within its dates, and shorter)."""
    return a is not None and b is not None and a != b and b[0] <= a[0] and a[1] <= b[1]


def over_years(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Period ``a`` is a span of years that holds ``b`` ("since 2009" around the year to March 2019)."""
    return inside(b, a) and several_years(a)


def several_years(period: tuple[str, str] | None) -> bool:
    """The period spans more than a reporting year ("between 2010 and 2020")."""
    start, end = (_date(period[0]), _date(period[1])) if period else (None, None)
    return start is not None and end is not None and (end - start).days > YEAR_AND_A_BIT


def overlap(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Two periods of about the same length that share some days ("last year" in a headline, the
    body's "past 12 months")."""
    if a is None or b is None:
        return False
    dates = [_date(x) for x in (*a, *b)]
    if None in dates:
        return False
    a0, a1, b0, b1 = dates  # type: ignore[misc]
    shared = (min(a1, b1) - max(a0, b0)).days + 1  # type: ignore[operator]
    la, lb = (a1 - a0).days + 1, (b1 - b0).days + 1  # type: ignore[operator]
    return shared > 0 and min(la, lb) * 4 >= max(la, lb) * 3


def listed_phrase(text: str, rules: MeasureRules) -> str | None:
    """The phrase of ``text`` naming a listed measure that ends nearest the end of ``text`` (the
    longest such phrase ending there)."""
    words = WORD.findall(text)
    for end in range(len(words), 0, -1):
        for start in range(max(0, end - 6), end):
            phrase = " ".join(words[start:end])
            found = rules.measure(phrase)
            if found is not None and found.id:
                return phrase
    return None


def with_named_measure(claim: ClaimRecord, rules: MeasureRules) -> ClaimRecord:
    """A headline claim takes the listed measure its headline names right before it when its metric is
    not that measure: "Crime stats show reports of rape up 25%" is about rape, not crime statistics
    (the metric is the source showing it); "Shoplifting offences in England and Wales hit a high" is
    about shoplifting when a place word was read as the metric; a metric that names no measure at all
    ("year") gives way to the measure named before the claim."""
    text, metric = claim.text or "", claim.metric or ""
    before = text_before(claim)
    if not before:
        return claim
    if not metric:
        # no metric read at all (a Title Case headline parses its words as names: "Crime Falls By Five Per
        # Cent"): the listed measure named before the change
        phrase = listed_phrase(before, rules)
        return replace(claim, metric=phrase) if phrase else claim
    m_at = before.lower().rfind(metric.lower())
    own = rules.measure_of(claim)
    if m_at < 0 and text.lower().startswith(metric.strip().lower()):
        # the metric opens the claim's own words, its subject ("Burglary and drug seizures are down": the
        # second claim "drug seizures are down"): a list member before it is another claim's measure
        return claim
    if m_at < 0:
        # a metric read after the change names nothing ("Crime levels increase slightly in a year"):
        # the headline's measure is the one named before its change word
        # (also when the metric is a word the list does not know: "Crime Falls in the Dales" read as "Dales")
        # (a metric that ends in a listed measure after a word the list does not know, "NI crime rate", names
        # that measure: its own words, not the words before the change, "Policing Board reports")
        tail = phrase_ending(metric, rules) if own is None or own.id is None else None
        if tail:
            return replace(claim, metric=tail)
        phrase = listed_phrase(before, rules) if own is None or own.id is None else None
        return replace(claim, metric=phrase) if phrase else claim
    phrase = listed_phrase(before[m_at + len(metric):], rules)
    if phrase is None and (own is None or own.id is None) and PLACE_TAIL.search(before[:m_at]):
        phrase = listed_phrase(PLACE_TAIL.sub("", before[:m_at]), rules)
    if phrase is None or (own is not None and rules.measure(phrase) == own):
        return claim
    return replace(claim, metric=phrase)


#: the members after a list member, up to the last one: ", burglary and violent crime" (the last one captured)
LIST_REST = re.compile(r"^(?:\s*,\s*[\w'-]+(?:\s+[\w'-]+){0,3})*\s*,?\s+(?:and|or|&)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)")


def with_list_head(claim: ClaimRecord, rules: MeasureRules) -> ClaimRecord:
    """A list member written without the head noun it shares with the list's last member takes that head:
    "sex" of "robbery, sex and violent crime" is sex crime, "knife" of "knife and gun crime" knife crime.
    Used when the metric alone names no listed measure and the metric with the head does."""
    metric, sentence = (claim.metric or "").strip(), claim.sentence or ""
    own = rules.measure_of(claim)
    if not metric or (own is not None and own.id) or len(WORD.findall(metric)) > 2:
        return claim
    at = sentence.lower().find(metric.lower())
    found = LIST_REST.match(sentence[at + len(metric):]) if at >= 0 else None
    if found is None:
        return claim
    words = WORD.findall(found.group(1))
    for end in range(1, len(words) + 1):
        last = rules.measure(" ".join(words[:end]))
        if last is not None and last.id:  # a listed phrase opening the last member ("gun crime" of "gun crime fall in")
            joined = f"{metric} {words[end - 1]}"
            named = rules.measure(joined, claim.area)
            if named is not None and named.id:
                return replace(claim, metric=joined)
    return claim


def with_sibling_measure(claim: ClaimRecord, siblings: list[ClaimRecord], rules: MeasureRules) -> ClaimRecord:
    """A headline claim whose metric names no listed measure ("Burglaries continue to fall as new figures
    show a steady decline": "new figures") is about the one listed measure its headline's other claims
    of the same direction are read as: the second change restates the first. With none, or with two
    measures among them, it stays as it is; a claim sharing its change word with another ("Fall in
    housebreaking and crash death figures") is a list member with a measure of its own, not a restatement."""
    own = rules.measure_of(claim)
    if own is not None and own.id:
        return claim
    named = {m.key: s for s in siblings
             if s.claim_id != claim.claim_id and s.sentence == claim.sentence and s.direction == claim.direction
             and not (s.text and claim.text and (s.text in claim.text or claim.text in s.text))
             and (m := rules.measure_of(s)) is not None and m.id}
    return replace(claim, metric=next(iter(named.values())).metric) if len(named) == 1 else claim


def with_change_noun(claim: ClaimRecord, rules: MeasureRules) -> ClaimRecord:
    """A headline change noun can name the measure with its modifier: "police cuts" are cuts to
    police funding, not a change in "police". Used when the metric alone names no listed measure."""
    if claim.value is not None or not claim.metric or not claim.text:
        return claim
    found = rules.measure_of(claim)
    if found is not None and found.id:
        return claim
    joined = replace(claim, metric=f"{claim.metric} {claim.text}")
    named = rules.measure_of(joined)
    return joined if named is not None and named.id else claim


def with_metric(claim: ClaimRecord, headline: list[ClaimRecord]) -> ClaimRecord:
    """A headline claim without a metric takes it from the headline claim restating it.

    Title and description often state the same change ("Violent crime down 5%",
    "Violent crime ... fell by 5%"); when the metric was read in only one of
    them, the other is about the same measure. A metric that is only the claim's figure or its unit ("3pc" of
    "3pc crime rise in Essex", "per cent" of "10 per cent burglary drop") is no metric.
    """
    own = claim
    if claim.metric and UNIT_ONLY.fullmatch(claim.metric.strip().lower()):
        claim = replace(claim, metric=None)
    if claim.metric:
        return claim
    for other in headline:
        if (other is not own and other.metric and not UNIT_ONLY.fullmatch(other.metric.strip().lower())
                and other.direction == claim.direction
                and other.value == claim.value and kind_of(other) == kind_of(claim)):
            return replace(claim, metric=other.metric)
    return claim
