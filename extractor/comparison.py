"""Headline against body: does the body back each headline claim?

For each headline claim, ``compare`` keeps the body claims on the same thing
(same measure, same area, same period when both are known, a change with
changes and a level with levels, the same kind of comparison) and gives a
status by the rules of the annotation guide ("Headline against body"):
``unsupported``, ``contradicted``, ``qualified`` or ``consistent``; a release
whose headline has no claim gets one ``no_headline_claim`` row.

Which metric phrases name the same measure, and which area names the same
place, is data: ``rules/measures.yaml`` in the model folder. This module works
on records only (no spaCy, no pandas), so it can be tested with literal
``ClaimRecord`` lists.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from .records import ClaimRecord, ComparisonRecord
from .resources import rules_file

MEASURES_FILE = "measures.yaml"
CHANGE, LEVEL = "change", "level"
INCREASE, DECREASE, NO_CHANGE = "increase", "decrease", "none"
OPPOSITE = {INCREASE: DECREASE, DECREASE: INCREASE}
#: a "stable" headline still holds when the body's change is this small (percent)
STABLE_TOLERANCE = 2.0
#: how far a figure hedged with about/almost/nearly may be from the one it stands for (share of itself)
APPROX_SHARE = 0.1

NON_WORD = re.compile(r"[^a-z0-9£]+")
POSSESSIVE = re.compile(r"[\w-]+(?:'s|s')(?=\s|$)")
PER_TIME = re.compile(r"\b(?:a|per|each|every)\s+(day|week|month|year|annum)\b", re.I)

ALLOWED_KEYS = {
    "version", "drop_words", "change_words", "wrappers", "irregular_plurals", "neutral_modifiers",
    "generic_heads", "prepositions", "place_prepositions", "restatement_cues", "stray_words", "money_wrappers",
    "measures", "areas", "population_groups", "added_cues",
}
MEASURE_KEYS = {"id", "label", "parent", "total", "official", "synonyms", "rate_of", "categories_of"}
#: a claim from this source is a survey estimate, whatever its metric says
SURVEY_SOURCES = re.compile(r"\b(?:crime survey|csew|british crime survey|bcs)\b", re.I)
SURVEY_MEASURE = "csew_crime"
SURVEY_NAME = re.compile(r"\b(?:the\s+)?(?:british\s+)?crime survey(?:\s+for\s+england\s+and\s+wales)?", re.I)
#: the root of the offence tree: its measures count offences
TOTAL_CRIME = "total_recorded_crime"
#: the provenance id of a period taken from the release's reference period (no period of the claim's own)
REFERENCE_PERIOD = "period_reference"
#: the provenance id of a baseline taken from the first one the release states (none of the claim's own)
INHERITED_BASELINE = "baseline_release"


# --------------------------------------------------------------------------- measures

@dataclass(frozen=True)
class MeasureEntry:
    """One entry of the measure list: what is counted, and where it sits."""

    id: str
    label: str
    parent: str | None = None
    total: bool = False
    official: str | None = None
    synonyms: tuple[str, ...] = ()
    rate_of: str | None = None     # a rate per head of this measure: it moves with the count
    categories_of: str | None = None  # "crime groups": the categories under this measure, taken together


@dataclass(frozen=True)
class Measure:
    """A metric phrase reduced to what decides "the same measure"."""

    key: str                       # the normalised phrase (the entry id when it is in the list)
    id: str | None = None          # the measure list's id, None for a phrase not in the list
    name: str = ""                 # for people: the entry's label, else the phrase


class MeasureRules:
    """Normalisation rules for metrics and areas, read from ``measures.yaml``."""

    def __init__(self, data: dict[str, Any], source: str = MEASURES_FILE) -> None:
        unknown = set(data) - ALLOWED_KEYS
        if unknown:
            raise ValueError(f"{source}: unknown key(s) {sorted(unknown)}; allowed: {sorted(ALLOWED_KEYS)}")
        self.source = source
        self.drop_words = set(data.get("drop_words") or [])
        self.change_words = set(data.get("change_words") or [])
        self.wrappers = [w.lower().split() for w in data.get("wrappers") or []]
        self.wrappers.sort(key=len, reverse=True)
        self.money_wrappers = [w.lower() + " " for w in data.get("money_wrappers") or []]
        self.irregular = {k.lower(): str(v).lower() for k, v in (data.get("irregular_plurals") or {}).items()}
        self.neutral = set(data.get("neutral_modifiers") or [])
        self.generic_heads = set(data.get("generic_heads") or [])
        self.prepositions = set(data.get("prepositions") or [])
        self.place_prepositions = set(data.get("place_prepositions") or [])
        self.cues = [re.compile(r"\b" + re.escape(c.lower()) + r"\b") for c in data.get("restatement_cues") or []]
        groups = "|".join(re.escape(g.lower())
                          for g in sorted(data.get("population_groups") or [], key=len, reverse=True))
        # "up 25% for females", "(68 offences)" right after it: a figure about part of the population
        self.group_after = re.compile(rf"^\s*(?:for|among|amongst)\s+(?:{groups})\b", re.I) if groups else None
        self.group_before = re.compile(rf"\b(?:for|among|amongst)\s+(?:{groups})\s*\($", re.I) if groups else None
        self.added = [re.compile(r"\b" + re.escape(c.lower()) + r"\b") for c in data.get("added_cues") or []]
        areas = data.get("areas") or {}
        self.area_drop = set(areas.get("drop_words") or [])
        self.widening = {w.lower() for w in areas.get("widening_words") or []}
        self.area_aliases = {self._area_words(k): self._area_words(v) for k, v in (areas.get("aliases") or {}).items()}
        self.single_areas = {self._area_words(a) for a in areas.get("single_names") or []}
        pointers = "|".join(re.escape(p) for p in sorted(areas.get("local_pointers") or [], key=len, reverse=True))
        # lower case on purpose: "in Royal Borough of Windsor" is a name, "in royal borough" a pointer
        self.pointer = (re.compile(rf"(?:^|\s)(?:in|across|within|throughout)\s+(?:the\s+)?(?:[a-z]+\s+)?"
                                   rf"(?:{pointers})(?=\s|$|[,.;:])") if pointers else None)
        stray = data.get("stray_words") or {}
        self.stray = {w for words in (stray.values() if isinstance(stray, dict) else [stray]) for phrase in words
                      for w in self._tokens(str(phrase))}
        self.entries: dict[str, MeasureEntry] = {}
        self.synonyms: dict[tuple[str, ...], str] = {}
        for raw in data.get("measures") or []:
            self._add_entry(raw)
        for entry in self.entries.values():
            if entry.parent and entry.parent not in self.entries:
                raise ValueError(f"{source}: measure {entry.id!r} has unknown parent {entry.parent!r}")
            if entry.rate_of and entry.rate_of not in self.entries:
                raise ValueError(f"{source}: measure {entry.id!r} is a rate of unknown measure {entry.rate_of!r}")
            if entry.categories_of and entry.categories_of not in self.entries:
                raise ValueError(f"{source}: measure {entry.id!r} names the categories of unknown measure "
                                 f"{entry.categories_of!r}")

    def _add_entry(self, raw: Any) -> None:
        if not isinstance(raw, dict) or "id" not in raw:
            raise ValueError(f"{self.source}: every measure needs an id: {raw!r}")
        unknown = set(raw) - MEASURE_KEYS
        if unknown:
            raise ValueError(f"{self.source}: measure {raw['id']!r}: unknown key(s) {sorted(unknown)}")
        if not isinstance(raw.get("synonyms"), list):
            raise ValueError(f"{self.source}: measure {raw['id']!r}: synonyms must be a list of phrases")
        entry = MeasureEntry(id=str(raw["id"]), label=str(raw.get("label") or raw["id"]),
                             parent=raw.get("parent"), total=bool(raw.get("total")),
                             official=raw.get("official"), synonyms=tuple(map(str, raw["synonyms"])),
                             rate_of=raw.get("rate_of"), categories_of=raw.get("categories_of"))
        if entry.id in self.entries:
            raise ValueError(f"{self.source}: measure id {entry.id!r} used twice")
        self.entries[entry.id] = entry
        for phrase in (entry.label, *entry.synonyms):
            full, short = self._reduce(phrase, strip_generic=False), self._reduce(phrase)
            # "shoplifting offences" also stands as "shoplifting"; "knife crime" never as "knife"
            for key in {full, short} if (len(short) > 1 or short == full) else {full}:
                self._register(key, phrase, entry)

    def _register(self, key: tuple[str, ...], phrase: str, entry: MeasureEntry) -> None:
        if key:
            if key in self.synonyms and self.synonyms[key] != entry.id:
                if phrase == entry.label:
                    return  # a label may restate a synonym of a wider measure
                raise ValueError(f"{self.source}: {phrase!r} is in two measures "
                                 f"({self.synonyms[key]!r} and {entry.id!r})")
            self.synonyms[key] = entry.id

    # -- metrics
    def singular(self, word: str) -> str:
        if word in self.irregular:
            return self.irregular[word]
        if len(word) <= 3:
            return word
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith(("sses", "shes", "ches", "xes", "zes")):
            return word[:-2]
        if word.endswith(("ss", "us", "is")):
            return word
        return word[:-1] if word.endswith("s") else word

    def _tokens(self, text: str) -> list[str]:
        text = POSSESSIVE.sub(" ", text.lower().replace("’", "'").replace("&", " and "))
        return [t for t in NON_WORD.split(text) if t]

    def _reduce(self, text: str, area: str | None = None, strip_generic: bool = True) -> tuple[str, ...]:
        """Steps 1-5 of the file's header: the phrase as a tuple of words (step 5's generic
        heads kept when ``strip_generic`` is false: "knife crime" is not "knives")."""
        words = [w for w in self._tokens(text) if w not in self.drop_words]
        if area:
            words = drop_run(words, [w for w in self._tokens(area) if w not in self.area_drop])
            # "violence against the person in Kent" without its place: no dangling "in"
            while len(words) > 1 and (words[-1] in self.prepositions or words[-1] in self.place_prepositions):
                words = words[:-1]
        words = self._drop_wrappers(words)
        words = [self.singular(w) for w in words]
        words = [w for w in words if w not in self.change_words] or words
        core, complement = self._split(words)
        if complement and complement[0] in self.place_prepositions:
            complement = []
        stripped = [w for w in core if w not in self.neutral] or core
        while strip_generic and len(stripped) > 1 and stripped[-1] in self.generic_heads:
            stripped = stripped[:-1]
        return tuple(stripped + complement)

    def _drop_wrappers(self, words: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(words):
            for wrapper in self.wrappers:
                if words[i:i + len(wrapper)] == wrapper and i + len(wrapper) < len(words):
                    i += len(wrapper)
                    break
            else:
                out.append(words[i])
                i += 1
        return out

    def _split(self, words: list[str]) -> tuple[list[str], list[str]]:
        for i, w in enumerate(words):
            if i > 0 and (w in self.prepositions or w in self.place_prepositions):
                return words[:i], words[i:]
        return words, []

    def generic_only(self, phrase: str) -> bool:
        """The phrase holds nothing but generic heads, places, times and sources ("and related offences",
        "crimes in the county"): it names no particular measure."""
        words = [self.singular(w) for w in self._tokens(phrase) if w not in self.drop_words]
        return all(w in self.generic_heads or w in self.stray or w in self.prepositions
                   or w in self.place_prepositions or w in self.neutral for w in words)

    def lookup(self, words: tuple[str, ...]) -> str | None:
        """The measure id of a reduced phrase: as it stands, else without its stray words
        (places, times, sources), else its part before a complement ("crime in 2019")."""
        if not words:
            return None
        if words in self.synonyms:
            return self.synonyms[words]
        kept = [w for w in words if w not in self.stray]
        if len(kept) == len(words):
            return None
        if kept and kept[-1] in self.generic_heads and tuple(kept) not in self.synonyms:
            kept = kept[:-1] or kept
        return self.synonyms.get(tuple(kept)) if kept else None

    def measure(self, metric: str | None, area: str | None = None, source: str | None = None,
                unit: str | None = None) -> Measure | None:
        """The measure a metric phrase names; None when there is no phrase.

        ``area`` is the claim's area: its words in the metric say where, not
        what. ``source``: a figure from the Crime Survey is a survey estimate,
        never police recorded crime.
        """
        if not metric or not metric.strip():
            return None
        if unit == "currency":  # a sum of money is the cost of what it names: "cost of rural crime"
            low = metric.strip().lower()
            for wrapper in self.money_wrappers:
                if low.startswith(wrapper) and len(low) > len(wrapper):
                    metric = metric.strip()[len(wrapper):]
                    break
        words = self._reduce(metric, area)
        if not words:
            return None
        measure_id = self.lookup(self._reduce(metric, area, strip_generic=False)) or self.lookup(words)
        if measure_id is None:
            core, complement = self._split(list(words))
            if complement and all(w in self.stray or w in self.prepositions for w in complement):
                measure_id = self.lookup(tuple(core))  # "crime figures for the year"
        if source and SURVEY_SOURCES.search(source) and measure_id in (None, "total_recorded_crime"):
            measure_id = SURVEY_MEASURE
        if measure_id is None:
            if all(w in self.stray or w in self.prepositions or w in self.generic_heads for w in words):
                return None  # only places, times and sources: no measure ("county", "figures", "the level of")
            key = " ".join(words)
            return Measure(key, None, key)
        return Measure(measure_id, measure_id, self.entries[measure_id].label)

    def measure_id(self, metric: str | None, area: str | None = None, source: str | None = None,
                   unit: str | None = None) -> str | None:
        """The id from the measure list, or None (the `measure` column)."""
        found = self.measure(metric, area, source, unit)
        return found.id if found else None

    def measure_of(self, claim: ClaimRecord) -> Measure | None:
        """A claim's measure (its metric, read with its area, source and unit). A source that is only
        part of the survey's name in its sentence ("Wales" of "the Crime Survey for England and
        Wales") stands for the survey."""
        source = claim.source
        if source and not SURVEY_SOURCES.search(source):
            named = SURVEY_NAME.search(claim.sentence or "")
            if named and source.lower() in named.group(0).lower():
                source = named.group(0)
        return self.measure(claim.metric, claim.area, source, claim.unit)

    def ancestors(self, measure_id: str) -> list[str]:
        """The measure's parents, nearest first."""
        out: list[str] = []
        parent = self.entries[measure_id].parent if measure_id in self.entries else None
        while parent and parent not in out:
            out.append(parent)
            parent = self.entries[parent].parent
        return out

    def same_measure(self, a: Measure | None, b: Measure | None) -> int:
        """2 for the same measure, 1 when ``b`` is a sub-measure of ``a`` and ``a`` is no total, else 0."""
        if a is None or b is None:
            return 0
        if a.key == b.key:
            return 2
        if a.id and b.id and a.id in self.ancestors(b.id) and not self.entries[a.id].total:
            return 1
        if a.id and b.id and self.covers(a.id, b.id):
            return 1
        return 0

    def covers(self, a_id: str, b_id: str) -> bool:
        """``a`` names the categories of a measure ("crime groups") and ``b`` is one of them."""
        whole = self.entries[a_id].categories_of if a_id in self.entries else None
        return bool(whole) and b_id != a_id and whole in self.ancestors(b_id)

    def categories(self, measure: Measure | None) -> bool:
        """The measure names several categories at once ("fall in many crime groups")."""
        return bool(measure and measure.id and self.entries[measure.id].categories_of)

    def part_of_population(self, claim: ClaimRecord) -> bool:
        """The figure is about one group of people ("up 25% for females", "(68 offences)" after it),
        not the measure as a whole."""
        if self.group_after is None or self.group_before is None:
            return False
        if self.group_after.search(text_after(claim, 40)):
            return True
        sentence, text = claim.sentence or "", claim.text or ""
        at = sentence.find(text) if text else -1
        return at > 0 and bool(self.group_before.search(sentence[max(0, at - 40):at]))

    def added_to(self, claim: ClaimRecord) -> bool:
        """The figure comes on top of an earlier one ("save another £80m", "a further 200"): an
        addition, not another estimate of the same amount."""
        text = (claim.text or "").lower()
        return any(cue.search(text) for cue in self.added)

    def sub_measures(self, a: Measure | None, body: Iterable[Measure | None]) -> list[Measure]:
        """Measures of ``body`` under ``a`` in the tree (what a total headline is not backed by alone)."""
        if a is None or not a.id:
            return []
        return [m for m in body if m and m.id and a.id in self.ancestors(m.id)]

    def restated(self, claim: ClaimRecord) -> bool:
        """The claim's sentence offers it as the real size of a change ("closer to 2%")."""
        text = f"{claim.text} {claim.sentence}".lower()
        return any(cue.search(text) for cue in self.cues)

    def names_place_by_pointer(self, claim: ClaimRecord) -> bool:
        """The claim's place is only a common noun ("in the borough"): its area, or its sentence."""
        if self.pointer is None:
            return False
        return any(self.pointer.search(f" in {text}" if text is claim.area else text)
                   for text in (claim.area or "", claim.sentence or "") if text)

    # -- areas
    def _area_words(self, area: str) -> str:
        return " ".join(w for w in NON_WORD.split(area.lower().replace("&", " and ")) if w and w not in self.area_drop)

    def area(self, area: str | None) -> str | None:
        """An area's comparable form; None when unknown, not a place, or a pointer ("the county")."""
        if not area or not re.search(r"[A-Za-z]", area):
            return None
        words = self._area_words(area)
        return self.area_aliases.get(words, words) or None

    def written_area(self, claim: ClaimRecord) -> str | None:
        """The claim's area as its sentence writes it: "Greater Glasgow" when the sentence names the city
        only inside that wider name."""
        area, sentence = (claim.area or "").strip(), (claim.sentence or "").lower()
        if not area or not self.widening:
            return claim.area
        bare = len(re.findall(r"\b" + re.escape(area.lower()) + r"\b", sentence))
        for word in self.widening:
            wide = f"{word} {area}"
            if bare and len(re.findall(r"\b" + re.escape(wide.lower()) + r"\b", sentence)) == bare:
                return wide
        return claim.area


    def area_parts(self, area: str | None) -> frozenset[str]:
        """The places a listed area names ("Hampshire and the Isle of Wight": hampshire, isle of wight),
        none for one place whose name holds an "and" ("England and Wales")."""
        whole = self.area(area)
        if not area or whole is None or whole in self.single_areas:
            return frozenset()
        parts = {self.area(p) for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", area)}
        return frozenset(p for p in parts if p and p != whole)

    def same_area(self, a: str | None, b: str | None) -> bool:
        """Two areas are the same place when equal or when one is a place the other lists: a force
        area written out ("Leicester, Leicestershire and Rutland") is the force's area."""
        x, y = self.area(a), self.area(b)
        if x is None or y is None:
            return True
        return x == y or x in self.area_parts(b) or y in self.area_parts(a)


def drop_run(words: list[str], run: list[str]) -> list[str]:
    """``words`` without the first occurrence of the contiguous ``run``, unless nothing would be left."""
    n = len(run)
    if not n or n >= len(words):
        return words
    for i in range(len(words) - n + 1):
        if words[i:i + n] == run:
            return words[:i] + words[i + n:]
    return words


def measures_path() -> Path:
    """``measures.yaml`` of the active model folder."""
    return rules_file(MEASURES_FILE)


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> MeasureRules:
    """The measure rules, read once per process (and per file)."""
    file = Path(path) if path else measures_path()
    return MeasureRules(yaml.safe_load(file.read_text(encoding="utf-8")) or {}, source=str(file))


# --------------------------------------------------------------------------- pairing

def kind_of(claim: ClaimRecord) -> str:
    """A claim's kind; a claim without one is a change when it has a direction."""
    if claim.kind in (CHANGE, LEVEL):
        return claim.kind
    return CHANGE if claim.direction else LEVEL


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


def unit_key(claim: ClaimRecord) -> str:
    """Unit plus any per-time rate in the text or right after it ("25p a week" is not "£12.96 a
    year"; "nearly 600 fewer crimes every month" is not "7,067 fewer crimes")."""
    per = PER_TIME.search(claim.text or "") or PER_TIME.search(text_after(claim))
    return f"{claim.unit}/{per.group(1).lower()}" if per else str(claim.unit)


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
        self.claims: list[ClaimRecord] = []

    def add(self, claims: Iterable[ClaimRecord]) -> "BodyIndex":
        for claim in claims:
            self.claims.append(claim)
            found = figure_measure(claim, self.rules)
            if found is None:
                continue
            self.by_key.setdefault(found.key, []).append((claim, found))
            self.areas[claim.claim_id] = self.rules.written_area(claim) if self.rules.area(claim.area) else None
        return self

    def candidates(self, measure: Measure) -> list[tuple[int, ClaimRecord, Measure]]:
        """(tier, claim, its measure) for the headline measure and, below it, its sub-measures."""
        out = [(2, c, m) for c, m in self.by_key.get(measure.key, [])]
        if measure.id:
            for key, pairs in self.by_key.items():
                sub = pairs[0][1].id
                if key != measure.key and sub and (measure.id in self.rules.ancestors(sub)
                                                   or self.rules.covers(measure.id, sub)):
                    out.extend((self.rules.same_measure(measure, m), c, m) for c, m in pairs)
        return sorted(out, key=lambda x: x[1].claim_id)


def figure_measure(claim: ClaimRecord, rules: MeasureRules) -> Measure | None:
    """The measure a body figure is about: its metric's, unless the figure's own words name another
    listed measure. A figure bracketed right after a measure is that measure's ("vehicle crime (7.2%)",
    "theft (up 9%)"), whatever was read as the metric of the list it stands in; a figure whose own
    text holds a change noun and its measure ("the fall in robberies was ... by 34 per cent") is
    about that measure."""
    own = rules.measure_of(claim)
    named = bracketed_measure(claim, rules) or change_noun_measure(claim, rules)
    if named is None or not named.id or (own is not None and own.key == named.key):
        return own
    # only a narrower reading: a listed metric is never swapped for a wider or a sibling measure
    if own is None or own.id is None or own.id in rules.ancestors(named.id):
        return named
    return own


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


def change_noun_measure(claim: ClaimRecord, rules: MeasureRules) -> Measure | None:
    """The listed measure the claim's own text names after a change noun ("fall in robberies")."""
    words = WORD.findall((claim.text or "").lower())
    for i, word in enumerate(words[:-2]):
        if rules.singular(word) in rules.change_words and words[i + 1] in ("in", "of"):
            phrase = phrase_starting(words[i + 2:], rules)
            if phrase:
                return rules.measure(phrase, claim.area)
    return None


def phrase_ending(text: str, rules: MeasureRules) -> str | None:
    """The longest phrase (up to six words) that ends ``text`` and names a listed measure."""
    words = WORD.findall(text)
    for start in range(max(0, len(words) - 6), len(words)):
        phrase = " ".join(words[start:])
        found = rules.measure(phrase)
        if found is not None and found.id and not rules.generic_only(phrase):
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
               release_area: str | None = None) -> list[ClaimRecord]:
    """The body claims that bear on a headline claim, in text order.

    A claim with no area of its own is about the release's area; a figure for
    another place (England and Wales, a region, another force) does not bear on
    a headline about this one.
    """
    index = body if isinstance(body, BodyIndex) else BodyIndex(rules, release_area).add(body)
    kind = kind_of(headline)
    h_measure = rules.measure_of(headline)
    if h_measure is None:
        return []
    if rules.names_place_by_pointer(headline):
        found = local_figures(headline, index, rules, kind, h_measure) if headline.value is not None else []
        if found:
            return found
        headline = replace(headline, area=None)  # else the release's own area: a pointer is no name
    found = _same_thing(headline, index, rules, kind, h_measure)
    return found or restatements(headline, index)


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
    return [c for c in index.claims
            if rules.same_area(rules.area(c.area) and c.area or home, h_area) and c.value is not None and c.unit == headline.unit and kind_of(c) == kind_of(headline)
            and c.direction == headline.direction and pattern.search((c.sentence or "").lower())
            and agree(headline.value, headline.approx, c.value, c.approx)]


def _same_thing(headline: ClaimRecord, index: "BodyIndex", rules: MeasureRules, kind: str,
                h_measure: Measure, any_area: bool = False) -> list[ClaimRecord]:
    release_area = index.release_area
    h_area = None if any_area else headline.area if rules.area(headline.area) else release_area
    own_area = release_area if rules.area(release_area) else None
    own_period = period_stated(headline)
    h_period = period_of(headline) if own_period else None
    h_base = baseline_key(headline) if own_period else None
    candidates = index.candidates(h_measure)
    rate_of = rules.entries[h_measure.id].rate_of if h_measure.id else None
    if rate_of and kind == CHANGE and (headline.value is None or headline.unit == "percent"):
        # "Fall in crime rates" states no figure: a rate per head falls when the count falls; and a
        # rate's percentage change is the count's (tier 1: a figure on the rate itself comes first)
        count = Measure(rate_of, rate_of, rules.entries[rate_of].label)
        tier = 2 if headline.value is None else 1
        candidates += [(tier, c, m) for _, c, m in index.candidates(count) if m.key == count.key]
    offences = bool(h_measure.id) and TOTAL_CRIME in (h_measure.id, *rules.ancestors(h_measure.id))
    kept: list[tuple[int, ClaimRecord]] = []
    for tier, claim, _measure in candidates:
        if not tier or kind_of(claim) != kind:
            continue
        if headline.unit and claim.unit and claim.unit != headline.unit:
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
        # A headline without a date is about the latest figures the body gives.
        ends = [p[1] for c in found if (p := period_of(c))]
        if len(set(ends)) > 1:
            latest = max(ends)
            found = [c for c in found if (p := period_of(c)) is None or p[1] == latest]
    return found


def period_stated(claim: ClaimRecord) -> bool:
    """The claim's period is its own (its clause's or its headline's), not the release's reference
    period it fell back on: a headline with no period of its own is about the period the body reports."""
    return REFERENCE_PERIOD not in (claim.because or "").split(";")


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


# --------------------------------------------------------------------------- judging

def precision(value: float) -> float:
    """The place of the last digit written: 1 for 20, 0.1 for 19.6, 100000 for 6.7 million."""
    value = abs(float(value))
    if value.is_integer():
        if value < 1000:
            return 1.0
        n, place = int(value), 1
        while n % (place * 10) == 0 and place < 10 ** 12:
            place *= 10
        return float(place)
    text = f"{value:.10f}".rstrip("0")
    return 10.0 ** -len(text.split(".")[1])


def agree(a: float, a_approx: str | None, b: float, b_approx: str | None) -> bool:
    """Two figures for the same thing agree up to rounding (and bounds); a hedged figure ("almost a
    third", "about 500") also stands for anything within ``APPROX_SHARE`` of itself, so "almost a
    third" and "30 per cent" agree while "closer to 2%" and "10%" do not."""
    tol = max(precision(a), precision(b)) / 2 + 1e-9
    hedged = [abs(v) for v, h in ((a, a_approx), (b, b_approx)) if h == "approximate"]
    if hedged:
        tol += APPROX_SHARE * max(hedged)
    if b_approx == "lower_bound" and a_approx != "upper_bound":
        return a >= b - tol
    if b_approx == "upper_bound" and a_approx != "lower_bound":
        return a <= b + tol
    if a_approx == "lower_bound":
        return b >= a - tol
    if a_approx == "upper_bound":
        return b <= a + tol
    return math.isclose(a, b, abs_tol=tol)


def text_after(claim: ClaimRecord, width: int = 30) -> str:
    """The words of the claim's sentence right after its text, up to a clause break."""
    sentence, text = claim.sentence or "", claim.text or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return ""
    return re.split(r"[,;.:()–—-]", sentence[at + len(text):at + len(text) + width], maxsplit=1)[0]


def small_change(claim: ClaimRecord, found: list[ClaimRecord] | None = None) -> bool:
    """Small enough that "stable" still describes it (e.g. "less than 1%"); a count change is small
    when its sentence gives the same change as a small percentage ("up 0.1% - 65 more offences")."""
    if claim.direction == NO_CHANGE or claim.value is None:
        return True
    if claim.unit in ("percent", "percentage_point"):
        return claim.value <= STABLE_TOLERANCE
    return claim.unit == "count" and any(
        c is not claim and c.sentence == claim.sentence and c.direction == claim.direction
        and c.unit == "percent" and c.value is not None and c.value <= STABLE_TOLERANCE for c in found or [])


def judge(headline: ClaimRecord, found: list[ClaimRecord], rules: MeasureRules | None = None) -> tuple[str, str]:
    """The status of one headline claim given the body claims on the same thing, and its note.

    A headline on several categories at once ("fall in many crime groups") is not one figure:
    the categories' figures differing from each other does not qualify it."""
    if not found:
        return "unsupported", unsupported_note(headline)
    if kind_of(headline) == CHANGE:
        opposite = [c for c in found if c.direction and c.direction == OPPOSITE.get(headline.direction or "")]
        if opposite:
            return "contradicted", (f"The headline says {change_phrase(headline)} but the body gives "
                                    f"{figure_list(opposite, with_direction=True)} for the same measure.")
        if headline.direction == NO_CHANGE:
            moved = [c for c in found if not small_change(c, found)]
            if moved:
                return "qualified", (f"The headline says no change but the body gives "
                                     f"{figure_list(moved, with_direction=True)}.")
        elif headline.direction in OPPOSITE:
            flat = [c for c in found if c.direction == NO_CHANGE]
            if flat:
                return "qualified", (f"The headline says {change_phrase(headline)} but the body gives "
                                     f"no change ({figure_list(flat)}).")
    subject = thing_word(headline)
    if headline.value is not None:
        off = [c for c in found if c.value is not None
               and not agree(headline.value, headline.approx, c.value, c.approx)]
        if off:
            said = change_phrase(headline) if kind_of(headline) == CHANGE else figure(headline)
            return "qualified", (f"The headline says {said} but the body gives "
                                 f"{figure_list(found)} for the same {subject}.")
    elif not (rules and rules.categories(rules.measure_of(headline))) and disagree_among(found, rules):
        return "qualified", f"The body gives {figure_list(found)} for the same {subject}."
    if headline.direction == NO_CHANGE:
        return "consistent", (f"The body gives {figure_list(found, with_direction=True)}, "
                              f"small enough to call stable.")
    echo = ", as the headline says" if headline.value is not None else ""
    return "consistent", f"The body gives {figure_list(found)} for the same {subject}{echo}."


def disagree_among(found: list[ClaimRecord], rules: MeasureRules | None = None) -> bool:
    """Body figures in the same unit that differ by more than rounding (a figure added to an
    earlier one, "another £80m", is no competing estimate of it)."""
    by_unit: dict[str, list[ClaimRecord]] = {}
    for c in found:
        if c.value is not None and not (rules and rules.added_to(c)):
            by_unit.setdefault(unit_key(c), []).append(c)
    return any(
        not agree(a.value, a.approx, b.value, b.approx)  # type: ignore[arg-type]
        for group in by_unit.values() for i, a in enumerate(group) for b in group[i + 1:]
    )


def compare_one(headline: ClaimRecord, body: BodyIndex, rules: MeasureRules,
                matched: ClaimRecord | None = None) -> ComparisonRecord:
    """The comparison row of one headline claim (``matched``: the claim as used for pairing)."""
    used = matched or headline
    found = same_thing(used, body, rules)
    status, note = judge(used, found, rules)
    if not found:
        note = unsupported_note(used, body, rules)
    elif status in ("consistent", "qualified"):
        note += against_within(used, found, body, rules)
    return ComparisonRecord(
        headline_claim_id=headline.claim_id, headline_text=headline.text, metric=headline.metric,
        measure=(found_measure.id if (found_measure := rules.measure_of(used)) else None),
        area=headline.area, direction=headline.direction, value=headline.value,
        body_claim_ids=tuple(c.claim_id for c in found), body_values=tuple(c.value for c in found),
        status=status, note=note,
    )


def compare(claims: list[ClaimRecord], rules: MeasureRules | None = None,
            release_area: str | None = None) -> list[ComparisonRecord]:
    """One row per headline claim, or one ``no_headline_claim`` row.

    ``claims`` are one release's claims, headline and body together (a
    headline claim is never compared with itself or another headline claim);
    ``rules`` default to the model folder's ``measures.yaml``; ``release_area``
    is the area of claims that name none.
    """
    rules = rules or load_rules()
    headline = [c for c in claims if c.where == "headline"]
    body = [c for c in claims if c.where != "headline"]
    if not headline:
        return [ComparisonRecord(None, None, None, None, None, None, None, (), (), "no_headline_claim",
                                 "The headline states no figure or change.")]
    index = BodyIndex(rules, release_area).add(body)
    return [compare_one(h, index, rules, with_named_measure(with_change_noun(with_metric(h, headline), rules), rules))
            for h in headline]


#: the headline's words before a claim end in a place complement ("... offences in England and")
PLACE_TAIL = re.compile(r"\b(?:in|across|within|throughout)\s+(?:[\w'-]+\s+){0,4}$", re.I)
WORD = re.compile(r"[\w'’-]+")


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
    sentence, text, metric = claim.sentence or "", claim.text or "", claim.metric or ""
    at = sentence.find(text) if text else -1
    if at <= 0 or not metric:
        return claim
    before = sentence[:at]
    m_at = before.lower().rfind(metric.lower())
    own = rules.measure_of(claim)
    if m_at < 0:
        # a metric read after the change names nothing ("Crime levels increase slightly in a year"):
        # the headline's measure is the one named before its change word
        phrase = listed_phrase(before, rules) if own is None else None
        return replace(claim, metric=phrase) if phrase else claim
    phrase = listed_phrase(before[m_at + len(metric):], rules)
    if phrase is None and (own is None or own.id is None) and PLACE_TAIL.search(before[:m_at]):
        phrase = listed_phrase(PLACE_TAIL.sub("", before[:m_at]), rules)
    if phrase is None or (own is not None and rules.measure(phrase) == own):
        return claim
    return replace(claim, metric=phrase)


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
    them, the other is about the same measure.
    """
    if claim.metric:
        return claim
    for other in headline:
        if (other is not claim and other.metric and other.direction == claim.direction
                and other.value == claim.value and kind_of(other) == kind_of(claim)):
            return replace(claim, metric=other.metric)
    return claim


# --------------------------------------------------------------------------- notes

APPROX_WORDS = {"approximate": "about", "lower_bound": "over", "upper_bound": "under"}
CHANGE_NOUNS = {DECREASE: "fall", INCREASE: "rise", NO_CHANGE: "change"}


def number_text(value: float) -> str:
    """A value as an analyst writes it: 4, 19.6, 128,406, 6.7 million."""
    value = float(value)
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:.3f}".rstrip("0").rstrip(".") + f" {word}"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def figure(claim: ClaimRecord) -> str:
    """One figure as words: "about 2%", "£1.4 million", "over 1,900", "2.4 percentage points"."""
    if claim.value is None:
        return claim.text
    value, unit = float(claim.value), claim.unit
    if unit == "percent":
        text = f"{number_text(value)}%"
    elif unit == "percentage_point":
        text = f"{number_text(value)} percentage point{'' if value == 1 else 's'}"
    elif unit == "currency":
        text = f"{number_text(value * 100)}p" if 0 < value < 1 else f"£{number_text(value)}"
    elif unit == "ratio":
        text = f"{number_text(value)} times"
    else:
        text = number_text(value)
    per = PER_TIME.search(claim.text or "")
    if per and unit in ("currency", "count"):
        text += f" a {per.group(1).lower()}"
    prefix = APPROX_WORDS.get(claim.approx or "")
    return f"{prefix} {text}" if prefix else text


def figure_list(claims: list[ClaimRecord], *, with_direction: bool = False) -> str:
    """Figures joined for a sentence, each with its source: "10% (ONS) and about 2%"."""
    parts: list[str] = []
    for c in claims:
        text = figure(c)
        if with_direction and c.direction in OPPOSITE:
            text = f"a {CHANGE_NOUNS[c.direction]} of {text}"
        if c.source:
            text += f" ({c.source})"
        if text not in parts:
            parts.append(text)
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def change_phrase(claim: ClaimRecord) -> str:
    """"a fall of 5%", or "a fall" when the headline gives no figure."""
    noun = CHANGE_NOUNS.get(claim.direction or "", "change")
    return f"a {noun} of {figure(claim)}" if claim.value is not None else f"a {noun}"


def thing_word(claim: ClaimRecord) -> str:
    if kind_of(claim) == CHANGE:
        return CHANGE_NOUNS.get(claim.direction or "", "change")
    return "figure"


def against_within(claim: ClaimRecord, found: list[ClaimRecord], body: BodyIndex, rules: MeasureRules) -> str:
    """The body's changes under the headline's measure that go the other way ("crime fell" while drug
    offences rose): they do not change the status (another measure), but the reader should see them."""
    measure = rules.measure_of(claim)
    other = OPPOSITE.get(claim.direction or "")
    if measure is None or not measure.id or other is None or kind_of(claim) != CHANGE:
        return ""
    places = [body.areas.get(c.claim_id) or body.release_area for c in found]
    against = [c for _, c, m in body.candidates(measure) if m.key != measure.key and kind_of(c) == CHANGE
               and c.direction == other and c.value is not None
               and any(rules.same_area(body.areas.get(c.claim_id) or body.release_area, p) for p in places)]
    if not against:
        return ""
    parts = []
    for c in against[:6]:
        m = figure_measure(c, rules)
        parts.append(f"{m.name if m else c.metric} ({figure(c)})")
    noun = "rises" if other == INCREASE else "falls"
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f" Within it, the body gives {noun} for {listed}."


def unsupported_note(claim: ClaimRecord, body: BodyIndex | None = None, rules: MeasureRules | None = None) -> str:
    """Why nothing backs the headline claim, and what the body gives instead."""
    what = claim.metric or "this measure"
    named = claim.area and claim.area.lower() in what.lower()  # "crime in Derbyshire" names it already
    where = f" in {claim.area}" if claim.area and not named else ""
    note = f"The body gives no figure for {what}{where} to set against the headline."
    if body is None or rules is None:
        return note
    measure = rules.measure_of(claim)
    if measure is None:
        return f"The headline names no measure the body could back ({what})."
    subs = [c for tier, c, m in body.candidates(measure) if m.key != measure.key]
    if subs:
        labels = []
        for c in subs:
            m = figure_measure(c, rules)
            label = m.name if m else (c.metric or "")
            if label and label not in labels:
                labels.append(label)
        return (f"The body gives no figure for {what}{where} as a whole, only for "
                f"{', '.join(labels[:6])} ({figure_list(subs[:6])}).")
    h_area = claim.area if rules.area(claim.area) else body.release_area
    own = [c for c, _ in body.by_key.get(measure.key, []) if kind_of(c) == kind_of(claim)]
    elsewhere = [c for c in own if not rules.same_area(body.areas.get(c.claim_id) or body.release_area, h_area)]
    if elsewhere:
        places = sorted({str(c.area) for c in elsewhere if c.area})
        return note[:-1] + (f"; its figures on this measure are for another place ({', '.join(places[:4])}: "
                            f"{figure_list(elsewhere[:6])}), which do not bear on it.")
    if measure.id and measure.id != SURVEY_MEASURE and body.by_key.get(SURVEY_MEASURE):
        survey = [c for c, _ in body.by_key[SURVEY_MEASURE]]
        return note[:-1] + (f"; its figures here are survey estimates ({figure_list(survey[:6])}), "
                            f"which are not {rules.entries[measure.id].label}.")
    others = sorted({m.name for pairs in body.by_key.values() for _, m in pairs if m.key != measure.key})
    if others:
        return note[:-1] + f"; it gives figures for {', '.join(others[:6])}."
    return note
