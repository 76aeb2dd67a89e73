"""Where a figure is about: places named in the text, and the release's own area.

Places come from the gazetteer (``places.yaml``: force areas, regions,
nations, nicknames) and the model's GPE/LOC entities. A place followed by
"Council" ... names an organisation, not the place a figure is about.

A figure's area is looked for in scope order: its own clause, then its
sentence (a comparator's clause, "compared to a national average of 4%",
holds only the comparison's place), then the place its paragraph leads
with, then the release's area. "National" means the release's nation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from ...extensions import ext
from ..base import text_of
from .numbers import alternation
from .prefilter import Needed, folded, folded_literals, guarded, may_match, required_literals, top_level_branches


#: reduced clause-break patterns kept at most (``_break_re_for``), so memory stays flat over any number of texts
_BREAK_RES_KEPT = 256


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    name: str
    resolved: bool = True    # False: a reference kept as written ("the borough")
    national: bool = False   # a nation or a national comparison


class AreaReader:
    """Gazetteer and reference phrases from the rules."""

    def __init__(self, rules: dict[str, Any], places: dict[str, list[Any]]) -> None:
        a = rules.get("area", {})
        # ``clauses`` of the text last read, by sentence
        self._clauses_text: str | None = None
        self._clauses_of: dict[tuple[int, int], list[tuple[int, int, bool]]] = {}
        # nicknames are [nickname, place] pairs: the nickname is found, the place is written
        self.nicknames = {str(pair[0]).lower(): str(pair[1]) for pair in places.get("nicknames", [])}
        names = [n for group in places.values() for n in group if isinstance(n, str)]
        names += [str(pair[0]) for pair in places.get("nicknames", [])]
        # a county's short form is found and written as the text writes it; ``short_of`` says which county it is
        self.short_of = {str(pair[0]).lower(): str(pair[1]) for pair in places.get("county_abbreviations", [])}
        names += [str(pair[0]) for pair in places.get("county_abbreviations", [])]
        self.nations = {n.lower() for n in places.get("nations", [])}
        self.nation_of = {n.lower(): nation for group, nation in a.get("nation_groups", {}).items()
                          for n in [nation, *places.get(group, [])]}
        # every rule below that is searched over the whole text is guarded (``prefilter``)
        self.gaz_re = guarded(re.compile(r"(?<![\w-])(?:" + alternation(names) + r")(?![\w-])"))
        self.suffix_re = re.compile(r"^\s+(?:" + alternation(a.get("place_suffixes", [])) + r")\b", re.I)
        # ... unless a place noun follows: "the Omagh Council area" is the council's ground, a place
        self.org_re = re.compile(r"^\s*(?:'s\s+|’s\s+)?(?:" + alternation(a.get("org_suffixes", [])) + r")\b"
                                 r"(?!\s+(?i:" + alternation(a.get("org_place_nouns", [])) + r")\b)")
        self.force_word_re = re.compile(r"\b(?:" + alternation(a.get("force_words", [])) + r")\b")
        self.org_prefix_re = re.compile(r"\b(?:" + alternation(a.get("org_prefixes", [])) + r")\s+(?:the\s+)?$")
        self.police_area_re = guarded(re.compile(a["police_area_pattern"])) if a.get("police_area_pattern") else None
        ranking = r"\b(?:" + alternation(a.get("ranking_words", [])) + "|" + a.get("ranking_ordinal", r"(?!x)x") + r")\b"
        self.ranking_re = re.compile(ranking + r"(?:\s+[^\s.;:]+){0,10}?\s+(?:in|across|of|throughout|within)\s+"
                                     r"(?:all\s+of\s+|the\s+whole\s+of\s+)?(?:the\s+)?$", re.I)
        # "the third force nationally": a ranking word at most two words before "nationally"
        self.ranking_near_re = re.compile(ranking + r"(?:\s+[^\s.;:,]+){0,2}\s+$", re.I)
        self.break_re = guarded(re.compile(
            r"(?P<cmp>" + a.get("comparators", r"(?!x)x") + r")|" + a.get("clause_breaks", r"(?!x)x"), re.I))
        # most sentences hold the words of few comparators: ``_break_re_for`` searches with those alone
        self._clause_breaks: str = a.get("clause_breaks", r"(?!x)x")
        branches = top_level_branches(a.get("comparators", r"(?!x)x"))
        self._comparators: list[tuple[str, Needed]] | None = \
            [(b, folded_literals(b)) for b in branches] if branches is not None else None
        self._break_res: dict[tuple[int, ...], re.Pattern[str]] = {}
        self.relative_re = re.compile(a.get("relative_openers", r"(?!x)x"), re.I)
        self.right_after_re = re.compile(a.get("right_after", r"(?!x)x"), re.I)
        self.release_re = guarded(re.compile(r"\b(?:" + alternation(a.get("release_refs", [])) + r")\b", re.I))
        named = [r.split(" ", 1)[1] for r in a.get("named_refs", []) if " " in r]
        self.named_re = guarded(re.compile(r"\b(?:the|its|our|their)\s+(?P<n>" + alternation(named) + r")\b", re.I))
        self.kept_re = guarded(re.compile(r"\bthe\s+(?P<k>borough|region|district|city|town)\b(?!"
                                          + a.get("kept_refused_after", r"\s+(?:council|centre)\b") + ")", re.I))
        self.towns = {n.lower() for n in places.get("towns", []) if isinstance(n, str)}
        self.compass = {w.lower() for w in a.get("compass_words", [])}
        self.compass_re = guarded(re.compile(r"(?<![\w-])(?:" + alternation(_compass_forms(names, a.get("compass_words", [])))
                                             + r")(?![\w-])(?!\s+of\b)"))
        self.compass_before_re = re.compile(a.get("compass_before", r"(?!x)x"))
        self.kept_release_kinds = {w.lower() for w in a.get("kept_release_kinds", [])}
        self.kept_local_kinds = {w.lower() for w in a.get("kept_local_kinds", [])}
        members = alternation(a.get("region_members", [])) or r"(?!x)x"
        self.members_before_re = re.compile(r"\b(?:" + members + r")\s+(?:in|across|throughout|within|around|of)\s+$",
                                            re.I)
        self.members_after_re = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + members + r")\b", re.I)
        self.wide_places = {str(n).lower() for g in a.get("wide_place_groups", []) for n in places.get(g, [])}
        self.kind_after_re = re.compile(r"\s+(?:(?:" + alternation(a.get("force_words", [])) + r")\s+)?"
                                        r"(?P<k>borough|region|district|city|town)\b", re.I)
        self.national_re = guarded(re.compile("|".join([r"\b(?:" + alternation(a.get("national_cues", [])) + r")\b",
                                                        *a.get("national_patterns", [])]), re.I))
        self.national_area: str = a.get("national_area", "England and Wales")
        self.nation_ref_res = {nation: guarded(re.compile(r"\b(?:" + alternation(refs) + r")\b", re.I))
                               for nation, refs in a.get("nation_refs", {}).items()}
        # the model tags a capitalised offence as a place ("Fraud and forgery cases fell"): never an area
        self.offence_words = {w.lower() for w in rules.get("metric", {}).get("offence_words", [])}
        self.district_res = [guarded(re.compile(x, re.M)) for x in a.get("district_patterns", [])]
        self.district_res += [guarded(re.compile(x)) for x in a.get("named_area_patterns", [])]
        # a text without a pattern's words ("where" of "Preston, where ...") is not searched for it
        self.district_needs = [required_literals(rx) for rx in self.district_res]
        self.not_district = set(a.get("not_district_words", []))
        self.bare_place_nouns = {w.lower() for w in a.get("bare_place_nouns", [])}
        self.headline_place_before = {w.lower() for w in a.get("headline_place_before", [])}
        self.title_re = re.compile(r"\b(?:" + alternation(a.get("person_titles", [])) + r")\.?\s+$")
        self.measure_words = self.offence_words | {w.lower() for w in rules.get("metric", {}).get("measure_words", [])}
        self.force_after_re = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:" + alternation(a.get("force_words", [])) + r")\b")
        # a headline's "Shropshire police", "Cleveland Police": whose figures, not where
        self.force_owner_re = re.compile(r"[^\S\n]*(?:'s\s+|’s\s+)?(?:" + alternation(a.get("force_words", []))
                                         + r")\b", re.I)
        self.force_before_re = re.compile(r"\b(?:" + alternation(a.get("force_words", [])) + r")(?:\s+Service\s+of)?\s+$")
        self.later_refused_re = re.compile(a.get("later_refused", r"(?!x)x"), re.I)
        # a title-case run is a line or a quoted name: it ends at these marks
        self.run_marks: str = a.get("title_run_marks", "\n“”\"")
        self.title_share: float = float(a.get("title_share", 0.8))
        # a list's lead-in line gives its place to the items under it (``list_head``)
        self.list_reach: int = int(a.get("list_reach", 12))
        self.list_item_chars: int = int(a.get("list_item_chars", 200))
        self.quote_marks: str = a.get("quote_marks", "“‘\"'")
        self.bullets: str = a.get("list_bullets", "•·▪*-–")
        self.skip_after_re = guarded(re.compile(r"(?:" + alternation(a.get("skip_after", [])) + r")\s+(?:the\s+)?$",
                                                re.I))

    def places(self, doc: Doc, release_area: str | None, text: str | None = None) -> list[Place]:
        """Every place mention of the document, in order, conjoined lists merged
        (``text``: ``doc.text`` when the caller has it; spaCy rebuilds it on every access)."""
        text = text_of(doc) if text is None else text
        body = ext(doc, "headline_end") or 0
        lower = set(re.findall(r"(?<![\w/#@.-])[a-z][\w’'-]*", text[body:]))
        found: dict[tuple[int, int], Place] = {}
        ents = doc.ents  # spaCy rebuilds the entity spans from every token on each access: once
        people = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"]
        for m in self.gaz_re.finditer(text):
            if any(s <= m.start() and m.end() <= e and (s, e) != m.span()
                   and not self.force_word_re.search(text[s:e]) for s, e in people):
                continue  # part of a person's name ("Angus Smith"), not a force ("Neighbouring Fife Police")
            if self.title_re.search(text[max(0, m.start() - 20):m.start()]) \
                    and not self.force_word_re.match(text[m.end():m.end() + 12].strip()):
                continue  # "Chief Inspector Kent said": a person
            name = self.nicknames.get(m.group(0).lower(), m.group(0))
            found[m.span()] = Place(m.start(), m.end(), name, national=name.lower() in self.nations)
        for m in self.compass_re.finditer(text):
            for span in [sp for sp in found if m.start() <= sp[0] and sp[1] <= m.end()]:
                del found[span]  # "Wales" of "south Wales"
            found[m.span()] = Place(m.start(), m.end(), m.group(0))
        if self.police_area_re is not None:
            for m in self.police_area_re.finditer(text):
                if not any(s < m.end("n") and m.start("n") < e for s, e in found):
                    found[m.span("n")] = Place(m.start("n"), m.end("n"), m.group("n"))
        for ent in ents:
            if ent.label_ not in ("GPE", "LOC"):
                continue
            ent_text = text[ent.start_char:ent.end_char]
            name = re.sub(r"^the\s+", "", ent_text, flags=re.I)
            start = ent.end_char - len(name)
            if not any(ch.isdigit() for ch in ent_text) and not any(s <= start < e for s, e in found) \
                    and not set(re.findall(r"[\w-]+", ent_text.lower())) & self.offence_words \
                    and name.split(" ", 1)[0] not in self.not_district \
                    and name.lower() not in self.bare_place_nouns \
                    and self._named(text, start, ent.end_char, lower, release_area):  # "in Operation Nova", "within the Kingdom"
                found[(start, ent.end_char)] = Place(start, ent.end_char, name)
        for span in self.districts(doc, text):
            if not any(s < span[1] and span[0] < e for s, e in found) \
                    and self._named(text, span[0], span[1], lower, release_area):
                found[span] = Place(span[0], span[1], text[span[0]:span[1]])
        for span in self._headline_names(doc, text, body):
            if not any(s < span[1] and span[0] < e for s, e in found) \
                    and self._named(text, span[0], span[1], lower, release_area):
                found[span] = Place(span[0], span[1], text[span[0]:span[1]])
        places: list[Place] = []
        if release_area and re.search(r"[a-z]", release_area):
            # a slug title or a careless line writes the release's own area in lower case ("... gwent last year")
            for m in re.finditer(r"(?<![\w-])" + re.escape(release_area.lower()) + r"(?![\w-])", text):
                inside = [sp for sp in found if m.start() <= sp[0] and sp[1] <= m.end()]
                if not any(s < m.end() and m.start() < e for s, e in found if (s, e) not in inside):
                    for sp in inside:
                        del found[sp]  # the model's "england" of "england and wales"
                    found[m.span()] = Place(m.start(), m.end(), release_area)
        home_nation = self.nation_of.get((release_area or "").lower())
        for p in sorted(found.values(), key=lambda p: p.start):
            after = text[p.end:p.end + 40]
            if self.org_re.match(after) or self.org_prefix_re.search(text[max(0, p.start - 40):p.start]):
                continue
            if home_nation and p.name == home_nation != release_area and self._in_force_name(text, p):
                # "Police Scotland has released figures which show ..." in a release about one of its divisions:
                # the nation-wide force published or recorded the figures, which are about the division
                continue
            c = self.compass_before_re.search(text, max(0, p.start - 16), p.start)
            last = places[-1] if places else None
            if c is not None and p.name[:1].isupper() and not (last and last.start < c.start() < last.end):
                if last and c.start() <= last.start:
                    places.pop()  # the compass region "north-west" of "north-west Belfast"
                p = Place(c.start(), p.end, text[c.start():p.start] + p.name, national=False)  # "north Belfast"
            m = self.suffix_re.match(text[p.end:p.end + 30])
            if m:
                p = Place(p.start, p.end + m.end(), text[p.start:p.end + m.end()], national=p.national)
            places.append(p)
        named = {p.name.lower().split(" ", 1)[-1]: p.name for p in places if " " in p.name}
        for m in self.release_re.finditer(text):
            if release_area:
                places.append(Place(m.start(), m.end(), release_area))
        for m in self.named_re.finditer(text):
            target = next((full for suffix, full in named.items() if suffix == m.group("n").lower()), None)
            if target:
                places.append(Place(m.start(), m.end(), target))
        named_places = list(places)
        for m in self.kept_re.finditer(text):
            shared = m.group("k").lower() == "region" and bool(
                self.members_before_re.search(text[max(0, m.start() - 40):m.start()])
                or self.members_after_re.match(text, m.end()))  # "banks across the region": a wider region
            target = self._kept_target(text, named_places, m.start(), m.group("k"), None if shared else release_area)
            places.append(Place(m.start(), m.end(), target or m.group(0), resolved=target is not None))
        national = self.national_for(release_area)
        for m in self.national_re.finditer(text):
            places.append(Place(m.start(), m.end(), national, national=True))
        if national in self.nation_ref_res:  # "across the province" in a release about a place of the nation
            for m in self.nation_ref_res[national].finditer(text):
                places.append(Place(m.start(), m.end(), national, national=True))
        places = _dedupe(sorted(places, key=lambda p: (p.start, -(p.end - p.start))))
        return _merge_lists(places, text)

    def _headline_names(self, doc: Doc, text: str, end: int) -> list[tuple[int, int]]:
        """Spans of capitalised names right before a measure word in the headline ("Axminster crime figures
        fall"): a name (proper noun, no offence, organisation or nationality word) says where, not what."""
        out: list[tuple[int, int]] = []
        for tok in doc:
            if tok.idx >= end:
                break
            if tok.lower_ not in self.headline_place_before or tok.i == 0:
                continue
            i = tok.i
            while i > 0 and self._capitalised_name(doc[i - 1]) and _named_in_body(doc[i - 1], text, end):
                i -= 1
            if i < tok.i:
                out.append((doc[i].idx, doc[tok.i - 1].idx + len(doc[tok.i - 1].text)))
        return out

    def _capitalised_name(self, tok: Any) -> bool:
        """A capitalised noun of one line (the tagger reads a town before "crime" as a proper or a common noun)
        that is no measure, nationality, person or force word."""
        return tok.pos_ in ("PROPN", "NOUN") and tok.is_alpha and tok.text[:1].isupper() \
            and tok.lower_ not in self.measure_words and tok.ent_type_ not in ("NORP", "PERSON") \
            and not self.force_word_re.fullmatch(tok.text) and "\n" not in tok.whitespace_

    def _named(self, text: str, start: int, end: int, lower: set[str], release_area: str | None) -> bool:
        """Whether a name found by its capitals alone (the model's place, a district pattern) names a place. Not when
        the text shows its capitals are only a word's: the body writes each of its capitalised words in lower case
        (``lower``: "Crime at its Lowest" beside "the lowest level"), or it stands among title-case words (a
        headline, a report's quoted name) and the text never writes it capitalised elsewhere."""
        name = text[start:end]
        if release_area and name.lower() == release_area.lower():
            return True
        words = [w for w in re.findall(r"[\w’'-]+", name) if w[:1].isupper()]
        if words and all(w.lower() in lower for w in words):
            return False
        if self._title_run(text, start, end) is None:
            return True
        return any(self._title_run(text, m.start(), m.end()) is None
                   for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) if m.start() != start)

    def _title_run(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The line or quoted name holding ``start:end`` when its other words are title case ("Crime in Kent at its
        Lowest for 25 Years", "“Policing in Austerity: Rising to the Challenge”"), else None. Words under
        four letters ("in", "for", "the") count for neither."""
        a = max(text.rfind(c, 0, start) for c in self.run_marks) + 1
        b = min((i for i in (text.find(c, end) for c in self.run_marks) if i >= 0), default=len(text))
        words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text[a:start] + " " + text[end:b]) if len(w) >= 4]
        if len(words) >= 2 and sum(w[0].isupper() for w in words) >= self.title_share * len(words):
            return a, b
        return None

    def districts(self, doc: Doc, text: str) -> list[tuple[int, int]]:
        """Spans of districts a paragraph starts with that no list knows ("Preston has seen a 9% fall",
        "Crime in the Moorlands is down"), and of places named as places ("the Tendring area"): not a time, a title, an organisation, a force, an acronym, an
        offence, nor a person's full name."""
        out: list[tuple[int, int]] = []
        for pattern, needed in zip(self.district_res, self.district_needs):
            if not may_match(needed, text):
                continue
            for m in pattern.finditer(text):
                n0, n1 = m.span("n")
                n1 = n0 + len(text[n0:n1].split("\n", 1)[0].rstrip())  # a name is on one line
                words = re.findall(r"[\w’'-]+", text[n0:n1])
                if any(w in self.not_district or w.lower() in self.measure_words or len(w) > 1 and w.isupper()
                       or re.fullmatch(r"[A-Z]{2,}s", w) for w in words):  # an acronym, also plural ("TNOs")
                    continue
                span = doc.char_span(n0, n1, alignment_mode="expand")
                if span is not None and len(words) > 1 and any(t.ent_type_ == "PERSON" for t in span):
                    continue  # "John Smith has seen ..."
                out.append((n0, n1))
        return out

    def _kept_target(self, text: str, places: list[Place], pos: int, kind: str, release_area: str | None) -> str | None:
        """What "the region", "the city" ... before ``pos`` refers to: the last place the text named as one
        ("the Northumbria Police region", "the Granite City"), else for "the city"/"the town" a release about a
        town, for "the region" the release's area, for "the borough"/"the district" a local release's area;
        else None (kept as written)."""
        kind = kind.lower()
        for p in reversed(places):
            if p.end > pos or not p.resolved or p.national:
                continue
            m = self.kind_after_re.match(text, p.end)
            if text[p.start:p.end].lower().endswith(" " + kind) or (m is not None and m.group("k").lower() == kind):
                return p.name
        if kind in ("city", "town") and (release_area or "").lower() in self.towns:
            return release_area
        if kind in self.kept_local_kinds and (release_area or "").lower() in self.wide_places:
            return None  # a force, county, region or nation is no borough
        return release_area if kind in self.kept_release_kinds else None

    def national_for(self, release_area: str | None) -> str:
        """What "national" means in a release about ``release_area``: its nation's statistics."""
        area = (release_area or "").lower()
        if area in self.nation_of:
            return self.nation_of[area]
        return release_area if release_area and area in self.nations else self.national_area

    def release_area(self, doc: Doc, places: list[Place], metadata_area: str | None) -> str | None:
        """The place the release is about: a headline place below national level, else metadata, else the first named.
        A headline place after a comparator ("... more dangerous than London") is the comparison, not the release's;
        a headline place that names a force ("Shropshire police back ...") says whose figures, and the metadata
        says where the release is about."""
        text = text_of(doc)
        for p in places:
            if p.start >= ext(doc, "headline_end"):
                break
            # a region written with its compass point in lower case ("across north west") is a loose
            # description, wider than the metadata's named area
            if p.resolved and not p.national and not self._same_place(p.name, metadata_area) \
                    and not (metadata_area and p.name[:1].islower()) \
                    and not (metadata_area and self.force_owner_re.match(text, p.end)) \
                    and not self._in_comparison(text, p.start, (0, ext(doc, "headline_end"))):
                return p.name
        if metadata_area:
            return metadata_area
        return next((p.name for p in places if p.resolved), None)

    def _same_place(self, name: str, metadata_area: str | None) -> bool:
        """Whether a headline's ``name`` is the metadata's area written another way: a county's short form
        ("Lincs" for Lincolnshire), or the same names in a longer or shorter list ("Argyll and Bute and West
        Dunbartonshire" for the division "Argyll and West Dunbartonshire"); then the metadata's name stands."""
        if not metadata_area:
            return False

        def words(n: str) -> set[str]:
            return {self.short_of.get(w.lower(), w).lower() for w in re.findall(r"[\w’'-]+", n)
                    if w[:1].isupper() and len(w) > 2}

        a, b = words(name), words(metadata_area)
        # "East Kent" is part of Kent: a compass point names a part
        return bool(a and b) and (a <= b or b <= a) and not (a ^ b) & self.compass

    def clauses(self, text: str, seg: tuple[int, int]) -> list[tuple[int, int, bool]]:
        """The sentence's clauses as (start, end, opened by a comparator); read once per sentence
        of a text (the figures of a sentence share them; callers only read the list)."""
        if text is not self._clauses_text:
            self._clauses_text, self._clauses_of = text, {}
        key = (seg[0], seg[1])
        found = self._clauses_of.get(key)
        if found is None:
            found = self._clauses_of[key] = self._read_clauses(text, key)
        return found

    def _read_clauses(self, text: str, seg: tuple[int, int]) -> list[tuple[int, int, bool]]:
        s0, s1 = seg
        out: list[tuple[int, int, bool]] = []
        start, comparator = s0, False
        for m in self._break_re_for(text[s0:s1]).finditer(text, s0, s1):
            out.append((start, m.start(), comparator))
            opened = text.rfind("(", s0, m.start())
            if m.group(0) == ")" and opened >= 0:
                # after a bracket the clause it opened in goes on ("than the average (England) of 9%")
                comparator = next((c for a, b, c in out if a <= opened < b), False)
            elif m.group("cmp") is None and self.relative_re.match(text, m.end()):
                pass  # ", which stood at 89": the relative clause keeps the role of the phrase it follows
            else:
                comparator = m.group("cmp") is not None
            start = m.start()
        out.append((start, s1, comparator))
        return out

    def _break_re_for(self, sentence: str) -> re.Pattern[str]:
        """``break_re`` with only the comparators whose words the sentence holds: the same matches (a
        comparator that cannot match in the sentence changes no match of the alternation), found without
        trying some twenty comparators at every position. Compiled once per set of comparators; the sets
        met are few, and the table is emptied if it ever grows large."""
        lower = folded(sentence) if self._comparators is not None else None
        if lower is None:
            return self.break_re
        present = tuple(i for i, (_b, needed) in enumerate(self._comparators)
                        if all(any(w in lower for w in words) for words in needed))
        rx = self._break_res.get(present)
        if rx is None:
            if len(self._break_res) >= _BREAK_RES_KEPT:
                self._break_res.clear()
            comparators = "|".join(self._comparators[i][0] for i in present) or r"(?!x)x"
            rx = self._break_res[present] = guarded(re.compile(
                r"(?P<cmp>" + comparators + r")|" + self._clause_breaks, re.I))
        return rx

    def _in_comparison(self, text: str, pos: int, seg: tuple[int, int]) -> bool:
        return any(c0 <= pos < c1 and cmp for c0, c1, cmp in self.clauses(text, seg))

    def place_for(self, text: str, places: list[Place], start: int, end: int,
                  seg: tuple[int, int]) -> Place | None:
        """The place a figure is about within its sentence, or None.

        In order: a place between the figure and its end ("an 8% national reduction"); a place right after
        the figure ("up 6% in Moray", "5% nationally"); the nearest place before it in its own
        clause, then the first after it there; then the nearest place before it in the sentence in a clause
        of the same role (a comparator's place is the comparison's, not the main figures'); then the first
        place after it in a later clause that is not a comparison. ``start`` is
        where the number starts, ``end`` where the claim ends."""
        s0, s1 = seg
        clauses = self.clauses(text, seg)
        c0, c1, cmp = next(((a, b, c) for a, b, c in clauses if a <= start < b), (s0, s1, False))

        def ranked(p: Place) -> bool:  # "the sixth lowest rate in Wales", "the sixth force nationally"
            left = text[max(s0, p.start - 120):p.start]
            return p.national and bool(self.ranking_re.search(left) or text[p.start:p.end].lower() == "nationally"
                                       and self.ranking_near_re.search(left))

        def skipped(p: Place) -> bool:
            return ranked(p) or bool(self.skip_after_re.search(text[s0:p.start]))

        role = {(a, b): c for a, b, c in clauses}
        if cmp and c0 == start:
            # the figure opens its comparison ("twice the national average"): a multiple of the place compared
            # with, about the place its sentence's main clauses name
            main = [p for p in places if s0 <= p.start and p.end <= start and not skipped(p)
                    and not next((c for (a, b), c in role.items() if a <= p.start < b), False)]
            return main[-1] if main else None
        # a scope word between the figure and its change noun is the figure's own ("an 8% national reduction")
        inside = [p for p in places if start < p.start and p.end <= end and p.resolved]
        if inside:
            return inside[0]
        after = [p for p in places if end <= p.start < c1 and p.end <= s1 and p.resolved and not ranked(p)]
        if after and (self.right_after_re.search(text[end:after[0].start])
                      or after[0].national and not text[end:after[0].start].strip()):
            return after[0]  # "up 6% in Moray", "one of two forces nationally"
        own = [p for p in places if c0 <= p.start and p.end <= start and not ranked(p)]
        if own:
            plain = [p for p in own if not self._in_force_name(text, p)]
            return (plain or own)[-1]
        if after and not (cmp and re.search(r"\b(?:and|but|or)\b", text[end:after[0].start])):
            return after[0]  # not in a comparison past a coordinator ("than the average of 9% and in Kent ...")
        # the place a comparison names ("than the national rate, which was 9%") is its figures' own place
        before = [p for p in places if s0 <= p.start and p.end <= start and not (ranked(p) if cmp else skipped(p))]
        same = [p for p in before if next((c for (a, b), c in role.items() if a <= p.start < b), False) == cmp]
        if same:
            return same[-1]
        if cmp and before:
            return before[-1]
        later = [p for p in places if c1 <= p.start and p.end <= s1 and p.resolved and not skipped(p)
                 and not next((c for (a, b), c in role.items() if a <= p.start < b), False)
                 and not any(a <= p.start < b and self.later_refused_re.match(text, a) for (a, b) in role)]
        return later[0] if later else None

    def _in_force_name(self, text: str, p: Place) -> bool:
        """Whether ``p`` is the place word of a force's name ("Kent Police", "Police Scotland"): in a clause that
        also names a plain place, the force is who recorded or was told, the plain place where ("Tayside saw
        a fall in crimes reported to Police Scotland")."""
        return bool(self.force_after_re.match(text, p.end) or self.force_before_re.search(text, max(0, p.start - 30),
                                                                                          p.start))

    def lead(self, text: str, places: list[Place], seg: tuple[int, int],
             first_figure: tuple[int, int] | None) -> str | None:
        """The place a paragraph's first sentence ``seg`` is about ("In Fife, ...", "Crimes recorded in the
        Fife police area fell ..."), which its later sentences share: the place of its first figure, or with
        no figure the last place of a main clause."""
        if first_figure is not None:
            p = self.place_for(text, places, first_figure[0], first_figure[1], seg)
            return p.name if p is not None and p.resolved else None
        clauses = self.clauses(text, seg)
        main = [p for p in places if seg[0] <= p.start and p.end <= seg[1] and p.resolved
                and not any(a <= p.start < b and c for a, b, c in clauses)
                and not self.skip_after_re.search(text[seg[0]:p.start])]
        return main[-1].name if main else None

    def list_head(self, text: str, line0: int) -> int | None:
        """For a list item's line starting at ``line0``, where the line the list hangs from ends ("The figures
        for the Fife area are:"): the nearest line before it ending in a colon, reached over list items only."""
        stop = text.find("\n", line0)
        if not self._item(text[line0:len(text) if stop < 0 else stop]):
            return None
        end = line0
        for _ in range(self.list_reach):
            end = len(text[:end].rstrip())
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if line.endswith(":"):
                return end - 1
            if not self._item(line):
                return None
            end = start
        return None

    def _item(self, line: str) -> bool:
        """Whether a line is a list item: short, with a figure, not a quote's paragraph (a speaker's colon heads
        a quote, not a list), and marked as an item or not ending as a sentence does (a paragraph of one
        sentence between the colon and the figure ends the list)."""
        line = line.strip()
        return 0 < len(line) <= self.list_item_chars and any(c.isdigit() for c in line) \
            and line[:1] not in self.quote_marks \
            and (line[:1] in self.bullets or not re.search(r"[.!?][\"”’')]*$", line))

    def area_for(self, text: str, places: list[Place], start: int, end: int, seg: tuple[int, int],
                 fallback: str | None, lead: str | None = None) -> str | None:
        """The figure's place in its sentence, else the place its paragraph leads with, else the fallback."""
        p = self.place_for(text, places, start, end, seg)
        if p is not None:
            return p.name
        return lead or fallback


def _compass_forms(names: list[str], compass_words: list[str]) -> list[str]:
    """How a region named by its compass point is also written: the point in lower case ("south Wales",
    "the north east"), a two-point region also hyphenated ("north-east", "North-East")."""
    compass = {w.lower() for w in compass_words}
    out: list[str] = []
    for name in names:
        words = name.split(" ")
        k = next((i for i, w in enumerate(words) if w.lower() not in compass), len(words))
        if k == 0 or k == len(words) and k < 2:
            continue
        head, tail = words[:k], words[k:]
        lower = [w.lower() for w in head]
        out.append(" ".join(lower + tail))
        if k == 2:
            out += [" ".join(["-".join(h), *tail]) for h in (lower, head)]
    return out


def _dedupe(places: list[Place]) -> list[Place]:
    out: list[Place] = []
    for p in places:
        if out and p.start < out[-1].end:
            continue
        out.append(p)
    return out


def _merge_lists(places: list[Place], text: str) -> list[Place]:
    """"Preston, Blackburn and Burnley" is one area, and so is "Hampshire and the Isle of Wight"."""
    out: list[Place] = []
    for p in places:
        if out and p.resolved and out[-1].resolved and re.fullmatch(r"(?:,\s*|\s+and\s+|,\s+and\s+|\s*&\s*)(?:the\s+)?",
                                                                     text[out[-1].end:p.start]):
            q = out[-1]
            out[-1] = Place(q.start, p.end, text[q.start:p.end], national=q.national and p.national)
            continue
        out.append(p)
    return out


def _place_tokens(doc: Doc, places: list[Place]) -> set[int]:
    out: set[int] = set()
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _named_in_body(tok: Any, text: str, end: int) -> bool:
    """The body names the word as a place, after "in", "across", "around" or "within" ("crime in Ashford"):
    a season, a source or a scope word before "crime" ("Christmas", "ONS", "Total") is not one."""
    return bool(re.search(r"\b(?:in|across|around|within|throughout)\s+(?:the\s+)?" + re.escape(tok.text) + r"(?![\w-])",
                          text[end:]))
