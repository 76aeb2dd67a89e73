"""The measure list and its rules: which metric phrases and areas name the same thing.

``rules/measures.yaml`` in the model folder holds the measures (ids, labels,
synonyms, the offence tree, rates and category groups) and the word lists that
reduce a metric phrase or an area name to a comparable form. ``MeasureRules``
validates the file (unknown keys, a phrase in two measures, unknown parents are
errors naming the file) and answers "which measure is this metric", "is this a
sub-measure of that one" and "are these the same place"; ``load_rules`` reads
it once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from ..records import ClaimRecord
from ..resources import rules_file
from .figures import text_after, text_before

MEASURES_FILE = "measures.yaml"
NON_WORD = re.compile(r"[^a-z0-9£]+")
POSSESSIVE = re.compile(r"[\w-]+(?:'s|s')(?=\s|$)")
#: a figure written with its unit glued on ("3pc crime rise"): the claim's number read into its metric, no word
#: of a measure
GLUED_FIGURE = re.compile(r"\d+(?:\.\d+)?pc")
#: a metric that is only a figure's unit, with or without the figure ("3pc", "per cent" of "10 per cent burglary
#: drop"): no metric
UNIT_ONLY = re.compile(r"(?:\d+(?:\.\d+)?\s*)?(?:pc|per\s*cent|percent|%)")
ALLOWED_KEYS = {
    "version", "drop_words", "change_words", "wrappers", "irregular_plurals", "neutral_modifiers",
    "generic_heads", "prepositions", "place_prepositions", "restatement_cues", "stray_words", "money_wrappers",
    "measures", "areas", "population_groups", "added_cues", "subject_links", "rounded_words",
    "earlier_span_words", "earlier_span_units", "shared_out_words",
    "pointing_back_words", "involving", "scope_words", "rate_heads", "negating_modifiers", "example_cues",
    "pointing_back_subjects", "list_quantifiers", "victim_words", "long_run_cues", "long_run_numbers",
    "places_file",
}
MEASURE_KEYS = {"id", "label", "parent", "total", "official", "synonyms", "rate_of", "categories_of"}
#: a claim from this source is a survey estimate, whatever its metric says
SURVEY_SOURCES = re.compile(r"\b(?:crime survey|csew|british crime survey|bcs)\b", re.I)
SURVEY_MEASURE = "csew_crime"
#: where the clause after a figure ends: punctuation, a bracket or quotation mark, or a coordinating word
CLAUSE_END = re.compile(r"[,.;:!?()\[\]\"“”]|\s(?:and|but|while|whereas)\s", re.I)
#: how many characters after a figure its clause's span of years may stand ("... than this time six years ago")
LONG_RUN_REACH = 80
SURVEY_NAME = re.compile(r"\b(?:the\s+)?(?:british\s+)?crime survey(?:\s+for\s+england\s+and\s+wales)?", re.I)
#: words naming police figures: between a survey's name and a figure, the figure is not the survey's
POLICE_FIGURES = re.compile(r"\b(?:police|recorded|force|constabulary)\b", re.I)
#: the root of the offence tree: its measures count offences
TOTAL_CRIME = "total_recorded_crime"


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


#: how many metric phrases ``MeasureRules.measure`` remembers before it starts again
MEMO_SIZE = 20_000


def remembered(memo: dict[Any, Any], key: Any, read: Callable[[Any], Any]) -> Any:
    """``read(key)``, kept in ``memo`` for the next ask; the memo is emptied when it reaches
    ``MEMO_SIZE``, so a long batch's memory stays flat."""
    if key in memo:
        return memo[key]
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    found = memo[key] = read(key)
    return found


@dataclass(frozen=True)
class Measure:
    """A metric phrase reduced to what decides "the same measure"."""

    key: str                       # the normalised phrase (the entry id when it is in the list)
    id: str | None = None          # the measure list's id, None for a phrase not in the list
    name: str = ""                 # for people: the entry's label, else the phrase
    under: str | None = None       # an unlisted phrase that narrows this listed measure ("serious sexual offences")


class MeasureRules:
    """Normalisation rules for metrics and areas, read from ``measures.yaml``."""

    def __init__(self, data: dict[str, Any], source: str = MEASURES_FILE) -> None:
        unknown = set(data) - ALLOWED_KEYS
        if unknown:
            raise ValueError(f"{source}: unknown key(s) {sorted(unknown)}; allowed: {sorted(ALLOWED_KEYS)}")
        self.source = source
        self._memo: dict[tuple[str | None, ...], Measure | None] = {}
        self._areas: dict[str | None, str | None] = {}
        self._bare_nouns: dict[str, bool] = {}
        self.drop_words = set(data.get("drop_words") or [])
        self.change_words = set(data.get("change_words") or [])
        self.wrappers = [w.lower().split() for w in data.get("wrappers") or []]
        self.wrappers.sort(key=len, reverse=True)
        self.money_wrappers = [w.lower() + " " for w in data.get("money_wrappers") or []]
        self.irregular = {k.lower(): str(v).lower() for k, v in (data.get("irregular_plurals") or {}).items()}
        self.neutral = set(data.get("neutral_modifiers") or [])
        self.generic_heads = set(data.get("generic_heads") or [])
        self.victim_words = set(data.get("victim_words") or [])
        self.prepositions = set(data.get("prepositions") or [])
        self.place_prepositions = set(data.get("place_prepositions") or [])
        self.cues = [re.compile(r"\b" + re.escape(c.lower()) + r"\b") for c in data.get("restatement_cues") or []]
        groups = "|".join(re.escape(g.lower())
                          for g in sorted(data.get("population_groups") or [], key=len, reverse=True))
        # "up 25% for females", "(68 offences)" right after it: a figure about part of the population
        self.group_after = re.compile(rf"^\s*(?:for|among|amongst)\s+(?:{groups})\b", re.I) if groups else None
        self.group_before = re.compile(rf"\b(?:for|among|amongst)\s+(?:{groups})\s*\($", re.I) if groups else None
        self.added = [re.compile(r"\b" + re.escape(c.lower()) + r"\b") for c in data.get("added_cues") or []]
        self.subject_links = {w.lower() for w in data.get("subject_links") or []}
        self.list_quantifiers = {w.lower() for w in data.get("list_quantifiers") or []}
        subjects = "|".join(re.escape(w.lower()) for w in data.get("pointing_back_subjects") or [])
        self.back_subject = re.compile(rf"^\W*(?:{subjects})\b", re.I) if subjects else None
        self.rounded_words = {w.lower() for w in data.get("rounded_words") or []}
        shared = "|".join(re.escape(w.lower()) for w in data.get("shared_out_words") or [])
        self.shared_out = re.compile(rf"\b(?:{shared})\b", re.I) if shared else None
        self.pointing_back = {w.lower() for w in data.get("pointing_back_words") or []}
        self.scope_words = {w.lower() for w in data.get("scope_words") or []}
        self.rate_heads = {w.lower() for w in data.get("rate_heads") or []}
        self.negating = {w.lower() for w in data.get("negating_modifiers") or []}
        self.examples = [w.lower().split() for w in data.get("example_cues") or []]
        involving = data.get("involving") or {}
        self.involving_words = {w.lower() for w in involving.get("words") or []}
        self.involving_heads = [self.singular(w.lower()) for w in involving.get("heads") or []]
        #: the pointing words as one alternation, for "these offences" next to a figure
        self.pointing_back_alternation = "|".join(map(re.escape, sorted(self.pointing_back)))
        spans, units = data.get("earlier_span_words") or [], data.get("earlier_span_units") or []
        # "after four years on the wane", "following a decade of falls": the words right before the change
        self.earlier_span = re.compile(
            rf"\b(?:{'|'.join(map(re.escape, spans))})\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(map(re.escape, units))})"
            rf"\s+(?:of\s+|on\s+)?(?:the\s+)?$", re.I) if spans and units else None
        years = "|".join(map(re.escape, data.get("long_run_numbers") or []))
        numbers = rf"(?:\d+|{years})" if years else r"\d+"
        cues = "|".join(re.escape(c.lower()).replace(r"\ ", r"\s+").replace(r"\{year\}", r"(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?")
                        .replace(r"\{n\}", numbers) for c in data.get("long_run_cues") or [])
        #: "since 2004", "in four years" in the clause after a change figure: a change over several years
        self.long_run_span = re.compile(rf"\b(?:{cues})\b", re.I) if cues else None
        areas = data.get("areas") or {}
        self.area_drop = set(areas.get("drop_words") or [])
        self.widening = {w.lower() for w in areas.get("widening_words") or []}
        self.compass = {w.lower() for w in areas.get("compass_words") or []}
        #: the words that widen or place a name ("greater", "north"), in the order ``written_area`` tries them
        self._area_leads = sorted(self.widening | self.compass)
        self.place_names = place_pattern(data.get("places_file"), self.compass)
        self.area_aliases = {self._area_words(k): self._area_words(v) for k, v in (areas.get("aliases") or {}).items()}
        #: the aliases that are a county's customary short form ("yorks"), read word by word in a longer name
        self.county_short = {k for k, v in self.area_aliases.items() if " " not in k and v.endswith("shire")}
        self.single_areas = {self._area_words(a) for a in areas.get("single_names") or []}
        pointers = "|".join(re.escape(p) for p in sorted([*(areas.get("local_pointers") or []),
                                                          *(areas.get("loose_regions") or [])], key=len, reverse=True))
        # lower case on purpose: "in Royal Borough of Windsor" is a name, "in royal borough" a pointer
        self.pointer = (re.compile(rf"(?:^|\s)(?:in|across|within|throughout)\s+(?:the\s+)?(?:[a-z]+\s+)?"
                                   rf"(?:{pointers})(?=\s|$|[,.;:])") if pointers else None)
        #: the pointers that stand for a whole place ("the borough", "the town"), not a part of one
        self.place_pointers = {self._area_words(p) for p in areas.get("local_pointers") or []
                               if len(p.split()) == 1}
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
        #: the measures that are a rate per head of each measure, read once (``rates_of``)
        self._rates: dict[str, list[str]] = {}
        for entry in self.entries.values():
            if entry.rate_of:
                self._rates.setdefault(entry.rate_of, []).append(entry.id)

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
        words = self._before_examples([w for w in self._tokens(text) if w not in self.drop_words
                                       and not GLUED_FIGURE.fullmatch(w)])
        if area:
            words = drop_run(words, [w for w in self._tokens(area) if w not in self.area_drop])
            # "violence against the person in Kent" without its place: no dangling "in"
            while len(words) > 1 and (words[-1] in self.prepositions or words[-1] in self.place_prepositions):
                words = words[:-1]
        words = self._drop_wrappers(words)
        words = [self.singular(w) for w in words]
        words = [w for w in words if w not in self.change_words] or words
        words = [w for w in words if w not in self.victim_words] or words
        core, complement = self._split(words)
        if complement and complement[0] in self.place_prepositions:
            complement = []
        stripped = [w for w in core if w not in self.neutral] or core
        while strip_generic and len(stripped) > 1 and stripped[-1] in self.generic_heads:
            stripped = stripped[:-1]
        whole = stripped + complement
        # the heads of the whole phrase, after a complement too ("violence against the person offences"),
        # and a counting verb at its end ("knife crime offences recorded")
        while complement and len(whole) > len(stripped) and (
                whole[-1] in self.neutral or (strip_generic and whole[-1] in self.generic_heads)):
            whole = whole[:-1]
        return tuple(whole)

    def _before_examples(self, words: list[str]) -> list[str]:
        """The phrase up to its examples ("weapons such as knives": weapons)."""
        for i in range(1, len(words)):
            if any(words[i:i + len(cue)] == cue for cue in self.examples):
                return words[:i]
        return words

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

    def bare_noun(self, phrase: str) -> bool:
        """The phrase is nothing but a generic noun ("offences", "recorded crimes", "incidents"), or empty:
        it says in what a figure counts, not which offences. Remembered: pairing asks it of each
        figure's metric several times."""
        return remembered(self._bare_nouns, phrase, self._read_bare_noun)

    def _read_bare_noun(self, phrase: str) -> bool:
        words = [self.singular(w) for w in self._tokens(phrase) if w not in self.drop_words]
        return all(w in self.generic_heads or w in self.neutral for w in words)

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
        """The measure a metric phrase names (``_read_measure``), remembered: a release asks for the
        same phrases many times over (each headline claim against each body figure), and a batch
        for the same few hundred phrases again; the memo is emptied when it grows past
        ``MEMO_SIZE`` so a long batch's memory stays flat."""
        key = (metric, area, source, unit)
        if key in self._memo:
            return self._memo[key]
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        found = self._memo[key] = self._read_measure(metric, area, source, unit)
        return found

    def _read_measure(self, metric: str | None, area: str | None = None, source: str | None = None,
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
        measure_id = self._listed(metric, area, words)
        under = None
        if measure_id is None:
            # a place of the gazetteer in the metric says where, not what ("North Belfast crime")
            placeless = self.place_names.sub(" ", metric) if self.place_names else metric
            if placeless != metric:
                fewer = self._reduce(placeless, area)
                if not fewer:
                    return None  # nothing but places ("North Belfast")
                words, measure_id = fewer, self._listed(placeless, area, fewer)
            if measure_id is None:
                under = self._narrowed(self._reduce(placeless, area, strip_generic=False))
        if source and SURVEY_SOURCES.search(source):
            if measure_id in (None, TOTAL_CRIME):
                measure_id = SURVEY_MEASURE
            elif TOTAL_CRIME in self.ancestors(measure_id):
                return self.survey_estimate(measure_id)
        if measure_id is None:
            if all(w in self.stray or w in self.prepositions or w in self.generic_heads for w in words):
                return None  # only places, times and sources: no measure ("county", "figures", "the level of")
            key = " ".join(words)
            return Measure(key, None, key, under)
        return Measure(measure_id, measure_id, self.entries[measure_id].label)

    def _listed(self, metric: str, area: str | None, words: tuple[str, ...]) -> str | None:
        """The listed measure the phrase names: as written, without trailing generic heads or a rate
        word one at a time ("knife crime offences", "knife crime rates"), reduced, or by its complement."""
        measure_id = self._headless(self._reduce(metric, area, strip_generic=False)) or self.lookup(words)
        if measure_id is None:
            core, complement = self._split(list(words))
            if complement and all(w in self.stray or w in self.prepositions for w in complement):
                measure_id = self.lookup(tuple(core))  # "crime figures for the year"
            elif complement and len(complement) > 1 and self.singular(complement[1]) in self.generic_heads:
                # "detection rate for crimes occurring", "arrests for offences": the core, counted over crime
                measure_id = self.lookup(tuple(core))
            else:
                measure_id = self._involving(core, complement)
        return measure_id or self._scoped(metric, area)

    def _headless(self, full: tuple[str, ...]) -> str | None:
        """The listed measure of ``full``, else of ``full`` without its trailing generic heads and rate
        words, one at a time ("knife crime offences recorded", "knife crime rates")."""
        measure_id = self.lookup(full)
        while measure_id is None and len(full) > 1 and (full[-1] in self.generic_heads or full[-1] in self.rate_heads):
            full = full[:-1]
            measure_id = self.lookup(full)
        return measure_id

    def _narrowed(self, full: tuple[str, ...]) -> str | None:
        """An unlisted modifier before a listed measure ("serious sexual offences", "controlled drug
        offences") narrows it: the phrase is a sub-measure of that measure, never the measure itself.
        A listed measure of nothing but generic heads is never narrowed ("COVID offences" are no part of
        crime), nor by a negating modifier ("non-violent crime"), a figure, or a list ("burglary and
        robbery": the words before the "and" name a measure of their own)."""
        core, complement = self._split(list(full))
        for k in range(1, len(core)):
            prefix, rest = core[:k], tuple(core[k:] + complement)
            if any(not w.isalpha() or w in self.negating for w in prefix) or rest[0] in ("and", "or"):
                continue
            if all(w in self.generic_heads or w in self.rate_heads for w in rest):
                return None
            found = self._headless(rest)
            if found is None:
                continue
            if found == SURVEY_MEASURE:
                return None  # "place survey": another survey, not a part of the crime survey
            if "and" in prefix or "or" in prefix:
                return found if self._one_measure(prefix, rest, found) else None
            return found
        return None

    def _one_measure(self, prefix: list[str], rest: tuple[str, ...], found: str) -> bool:
        """Modifiers joined by "and"/"or" ("gun and knife possession offences") narrow ``found`` when
        each names a part of it; a list of measures ("burglary, robbery and vehicle crime", "violent and
        sexual offences") is no part of one of them."""
        if any(self.lookup((w,)) for w in prefix):
            return False
        at = max(i for i, w in enumerate(prefix) if w in ("and", "or"))
        other = (*prefix[:at], *rest[1:])  # "gun and knife possession": gun possession
        return (self._headless(other) or self._narrowed(other)) == found

    def _scoped(self, metric: str, area: str | None) -> str | None:
        """A scope word ("overall", "total") opens a noun phrase of its own: what stands before it is no
        modifier of it ("According to the figures overall crime" is overall crime), so the listed measure
        the phrase from the last scope word names."""
        tokens = self._tokens(metric)
        at = max((i for i, w in enumerate(tokens) if i and w in self.scope_words), default=0)
        if not at:
            return None
        words = self._reduce(" ".join(tokens[at:]), area)
        return self.lookup(self._reduce(" ".join(tokens[at:]), area, strip_generic=False)) or self.lookup(words)

    def _involving(self, core: list[str], complement: list[str]) -> str | None:
        """A generic count noun then "involving" a phrase ("offences involving robbery", "incidents involving
        guns") counts what the phrase names: its own measure, else the crime of the thing it names ("gun
        crime", "knife offences"). A noun that is a measure of its own ("arrests involving knives") keeps
        its own reading: this is only for a core of nothing but generic heads."""
        if not complement or complement[0] not in self.involving_words or not core:
            return None
        if not all(w in self.generic_heads for w in core):
            return None
        rest = [w for w in complement[1:] if w not in self.drop_words]
        if not rest:
            return None
        for key in (rest, [*rest, core[-1]], *([*rest, head] for head in self.involving_heads)):
            found = self.synonyms.get(tuple(key))
            if found is not None:
                return found
        return None

    def scoped_total(self, claim: ClaimRecord) -> Measure | None:
        """A figure with no metric whose own words hold a scope word ("an overall decrease of 0.3%", "a
        total reduction of 5%") is on the whole the release counts: total recorded crime."""
        if (claim.metric or "").strip() or not self.scope_words or TOTAL_CRIME not in self.entries:
            return None
        if not self.scope_words & set(self._tokens(claim.text or "")):
            return None
        return Measure(TOTAL_CRIME, TOTAL_CRIME, self.entries[TOTAL_CRIME].label)

    def is_survey(self, measure: Measure | None) -> bool:
        """The measure is the survey's: its crime as a whole or its estimate of an offence group."""
        return measure is not None and (measure.id == SURVEY_MEASURE or measure.key.startswith(SURVEY_MEASURE + ":"))

    def as_survey(self, measure: Measure) -> Measure:
        """The survey's reading of a measure its figure's words name (a survey figure stays the survey's)."""
        if measure.id in (None, TOTAL_CRIME):
            return Measure(SURVEY_MEASURE, SURVEY_MEASURE, self.entries[SURVEY_MEASURE].label)
        if TOTAL_CRIME in self.ancestors(measure.id):
            return self.survey_estimate(measure.id)
        return measure

    def survey_estimate(self, measure_id: str) -> Measure:
        """The survey's estimate of an offence group ("the Crime Survey found a 5% fall in violent crime"):
        a measure of its own, not the police recorded one nor the survey's crime as a whole. It has no id
        (no official table counts it), so it pairs only with a figure the survey gives on the same group."""
        return Measure(f"{SURVEY_MEASURE}:{measure_id}", None,
                       f"{self.entries[measure_id].label} (survey estimate)")

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
        sentence = claim.sentence or ""
        if source and not SURVEY_SOURCES.search(source):
            named = SURVEY_NAME.search(sentence)
            if named and source.lower() in named.group(0).lower():
                source = named.group(0)
        elif not source:
            # "The Crime Survey ... showed a 10% fall in crime": the survey is the subject that gives the
            # figure, unless police figures are named between it and the figure
            at = sentence.find(claim.text or "\0")
            named = SURVEY_NAME.search(sentence, 0, at) if at > 0 else None
            if named and not POLICE_FIGURES.search(sentence, named.end(), at):
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
        if a.id and b.under and (a.id == b.under or a.id in self.ancestors(b.under)) and not self.entries[a.id].total:
            return 1  # "sexual offences" backed by "serious sexual offences"
        return 0

    def covers(self, a_id: str, b_id: str) -> bool:
        """``a`` names the categories of a measure ("crime groups") and ``b`` is one of them."""
        whole = self.entries[a_id].categories_of if a_id in self.entries else None
        return bool(whole) and b_id != a_id and whole in self.ancestors(b_id)

    def rates_of(self, measure_id: str) -> list[str]:
        """The measures that are a rate per head of ``measure_id`` ("crime rate" of total recorded crime)."""
        return list(self._rates.get(measure_id, ()))

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
        before = text_before(claim, 40)
        return bool(before) and bool(self.group_before.search(before))

    def added_to(self, claim: ClaimRecord) -> bool:
        """The figure comes on top of an earlier one ("save another £80m", "a further 200"): an
        addition, not another estimate of the same amount. Only amounts add: "a further 2%" is a
        percentage change of its own period, which does not add to another."""
        if claim.unit not in ("count", "currency"):
            return False
        text = (claim.text or "").lower()
        return any(cue.search(text) for cue in self.added)

    def sub_measures(self, a: Measure | None, body: Iterable[Measure | None]) -> list[Measure]:
        """Measures of ``body`` under ``a`` in the tree (what a total headline is not backed by alone)."""
        if a is None or not a.id:
            return []
        return [m for m in body if m and ((m.id and a.id in self.ancestors(m.id))
                                          or (m.under and (a.id == m.under or a.id in self.ancestors(m.under))))]

    def rounded(self, claim: ClaimRecord) -> bool:
        """The figure is written as a fraction or a multiple ("down a quarter", "halved", "doubled"), not
        in digits: it stands for the nearest such fraction, so "a quarter" holds for 26%."""
        text = (claim.text or "").lower()
        return (claim.value is not None and not re.search(r"\d", text)
                and any(w in self.rounded_words for w in NON_WORD.split(text)))

    def before_the_period(self, claim: ClaimRecord) -> bool:
        """A headline change stated as the span before the reported period ("Crime rises after four years
        on the wane": the wane)."""
        before = text_before(claim)
        return self.earlier_span is not None and bool(before) and bool(self.earlier_span.search(before))

    def long_run(self, claim: ClaimRecord) -> bool:
        """The change is over several years: its clause goes on, after the figure, with a span of years
        ("fallen by 45% since 2004", "cut by a third in three years"); the clause ends at a comma, a stop,
        a bracket or quotation mark, or a coordinating "and"/"but" (the next figure's)."""
        return self.long_run_span is not None \
            and bool(self.long_run_span.search(text_after(claim, LONG_RUN_REACH, CLAUSE_END)))

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
        """An area's comparable form; None when unknown, not a place, or a pointer ("the county").
        Remembered: pairing asks for the same few areas hundreds of times a release."""
        return remembered(self._areas, area, self._read_area)

    def _read_area(self, area: str | None) -> str | None:
        if not area or not re.search(r"[A-Za-z]", area):
            return None
        words = self._area_words(area)
        if words in self.area_aliases or " " not in words:
            return self.area_aliases.get(words, words) or None
        # a short form after a compass word ("north yorks"): the county written out
        return " ".join(self.area_aliases.get(w, w) if w in self.county_short else w for w in words.split()) or None

    def written_area(self, claim: ClaimRecord) -> str | None:
        """The claim's area as its sentence writes it: "Greater Glasgow" when the sentence names the city
        only inside that wider name, "north Belfast" or "central Scotland" when it names the place only
        after a compass word (in either case: the same place as "North Belfast")."""
        area, sentence = (claim.area or "").strip(), (claim.sentence or "").lower()
        if not area or not (self.widening or self.compass):
            return claim.area
        # a name the sentence does not hold as text it cannot hold as a word: no pattern built
        bare = whole_words(area.lower(), sentence)
        for word in self._area_leads if bare else ():
            wide = f"{word} {area}"
            if whole_words(wide.lower(), sentence) == bare:
                return wide
        return claim.area


    def pointer_only(self, area: str | None) -> bool:
        """The area is only a common noun pointing at a place ("the borough", "the town"): no name of its
        own, so a body figure placed by it is about the release's own area."""
        return bool(area) and self._area_words(area) in self.place_pointers

    def pointer_listed(self, area: str | None) -> bool:
        """The area is a list of places one of which is only a pointer ("across the county and
        Stoke-on-Trent", "the city and its suburbs"): the release's own area together with places it
        takes in, so a body figure placed by it is about the release's own area."""
        parts = re.split(r"\s*,\s*|\s+(?:and|&)\s+", area or "")
        return len(parts) > 1 and any(self.pointer_only(p) for p in parts)

    def short_name_of(self, area: str | None, release_area: str | None) -> bool:
        """``area`` is the release's own area written without its widening word: a headline's "Manchester"
        in a release about Greater Manchester names the force area by its short name."""
        x, home = self.area(area), self.area(release_area)
        return bool(x and home) and any(home == f"{w} {x}" for w in self.widening)

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


def whole_words(phrase: str, text: str) -> int:
    """How many times ``phrase`` stands in ``text`` as whole words (``\\b`` either side)."""
    if phrase not in text:
        return 0
    return len(re.findall(r"\b" + re.escape(phrase) + r"\b", text))


def drop_run(words: list[str], run: list[str]) -> list[str]:
    """``words`` without the first occurrence of the contiguous ``run``, unless nothing would be left."""
    n = len(run)
    if not n or n >= len(words):
        return words
    for i in range(len(words) - n + 1):
        if words[i:i + n] == run:
            return words[:i] + words[i + n:]
    return words


def place_pattern(places_file: str | None, compass: set[str]) -> re.Pattern[str] | None:
    """The gazetteer's places (``places_file`` in the rules folder), capitalised as a name is, with
    compass words before them ("North Belfast", "south Wales"): in a metric they say where."""
    if not places_file:
        return None
    data = yaml.safe_load(rules_file(places_file).read_text(encoding="utf-8")) or {}
    names: set[str] = set()
    for value in data.values():
        for item in value if isinstance(value, list) else []:
            if isinstance(item, str):
                names.add(item)
            elif isinstance(item, list) and item and isinstance(item[0], str):
                names.add(item[0])  # a nickname or short form, then the place it names
    spelled = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names if n[:1].isupper()), key=len, reverse=True)
    if not spelled:
        return None
    points = "|".join(re.escape(c) for c in sorted(compass, key=len, reverse=True))
    lead = rf"(?:(?i:{points})[\s-]+)?" if points else ""
    return re.compile(rf"(?<![\w-]){lead}(?:{'|'.join(spelled)})(?:'s)?(?![\w-])")


def measures_path() -> Path:
    """``measures.yaml`` of the active model folder."""
    return rules_file(MEASURES_FILE)


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> MeasureRules:
    """The measure rules, read once per process (and per file)."""
    file = Path(path) if path else measures_path()
    return MeasureRules(yaml.safe_load(file.read_text(encoding="utf-8")) or {}, source=str(file))
