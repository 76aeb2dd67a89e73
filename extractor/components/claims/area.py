"""Where a figure is about: places named in the text, and the release's own area.

Places come from the gazetteer (``places.yaml``: force areas, regions,
nations) and the model's GPE/LOC entities. A place followed by "Police",
"Council" ... names an organisation, not the place a figure is about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from .numbers import alternation


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    name: str
    resolved: bool = True    # False: a reference kept as written ("the borough")
    national: bool = False   # a nation or a national comparison


class AreaReader:
    """Gazetteer and reference phrases from the rules."""

    def __init__(self, rules: dict[str, Any], places: dict[str, list[str]]) -> None:
        a = rules.get("area", {})
        names = [n for group in places.values() for n in group]
        self.nations = {n.lower() for n in places.get("nations", [])}
        self.gaz_re = re.compile(r"(?<![\w-])(?:" + alternation(names) + r")(?![\w-])")
        self.suffix_re = re.compile(r"^\s+(?:" + alternation(a.get("place_suffixes", [])) + r")\b", re.I)
        self.org_re = re.compile(r"^\s*(?:'s\s+|’s\s+)?(?:" + alternation(a.get("org_suffixes", [])) + r")\b")
        self.release_re = re.compile(r"\b(?:" + alternation(a.get("release_refs", [])) + r")\b", re.I)
        named = [r.split(" ", 1)[1] for r in a.get("named_refs", []) if " " in r]
        self.named_re = re.compile(r"\b(?:the|its|our|their)\s+(?P<n>" + alternation(named) + r")\b", re.I)
        self.kept_re = re.compile(r"\bthe\s+(?:borough|region|district|city|town)\b(?!\s+(?:council|centre))", re.I)
        self.national_re = re.compile(r"\b(?:" + alternation(a.get("national_cues", [])) + r")\b", re.I)
        self.national_area = a.get("national_area", "England and Wales")
        # the model tags a capitalised offence as a place ("Fraud and forgery cases fell"): never an area
        self.offence_words = {w.lower() for w in rules.get("metric", {}).get("offence_words", [])}
        self.skip_after_re = re.compile(r"(?:" + alternation(a.get("skip_after", [])) + r")\s+(?:the\s+)?$", re.I)

    def places(self, doc: Doc, release_area: str | None, text: str | None = None) -> list[Place]:
        """Every place mention of the document, in order, conjoined lists merged
        (``text``: ``doc.text`` when the caller has it; spaCy rebuilds it on every access)."""
        text = doc.text if text is None else text
        found: dict[tuple[int, int], Place] = {}
        for m in self.gaz_re.finditer(text):
            found[m.span()] = Place(m.start(), m.end(), m.group(0), national=m.group(0).lower() in self.nations)
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC"):
                continue
            ent_text = text[ent.start_char:ent.end_char]
            if not any(ch.isdigit() for ch in ent_text) and not any(s <= ent.start_char < e for s, e in found) \
                    and not set(re.findall(r"[\w-]+", ent_text.lower())) & self.offence_words:
                name = re.sub(r"^the\s+", "", ent_text, flags=re.I)
                start = ent.end_char - len(name)
                found[(start, ent.end_char)] = Place(start, ent.end_char, name)
        places: list[Place] = []
        if release_area and re.search(r"[a-z]", release_area):
            # a slug title or a careless line writes the release's own area in lower case ("... gwent last year")
            for m in re.finditer(r"(?<![\w-])" + re.escape(release_area.lower()) + r"(?![\w-])", text):
                if not any(s < m.end() and m.start() < e for s, e in found):
                    found[m.span()] = Place(m.start(), m.end(), release_area)
        for p in sorted(found.values(), key=lambda p: p.start):
            if self.org_re.match(text[p.end:p.end + 40]):
                continue
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
        for m in self.kept_re.finditer(text):
            places.append(Place(m.start(), m.end(), m.group(0), resolved=False))
        for m in self.national_re.finditer(text):
            places.append(Place(m.start(), m.end(), self.national_area, national=True))
        places = _dedupe(sorted(places, key=lambda p: (p.start, -(p.end - p.start))))
        return _merge_lists(places, text)

    def release_area(self, doc: Doc, places: list[Place], metadata_area: str | None) -> str | None:
        """The place the release is about: a headline place below national level, else metadata, else the first named."""
        for p in places:
            if p.start >= doc._.headline_end:
                break
            if p.resolved and not p.national and p.name.lower() != (metadata_area or "").lower():
                return p.name
        if metadata_area:
            return metadata_area
        return next((p.name for p in places if p.resolved), None)

    def area_for(self, text: str, places: list[Place], start: int, end: int, seg: tuple[int, int],
                 fallback: str | None) -> str | None:
        """The nearest usable place before the figure in its sentence, else after it, else the fallback."""
        s0, s1 = seg
        before = [p for p in places if s0 <= p.start and p.end <= start
                  and not self.skip_after_re.search(text[s0:p.start])]
        if before:
            return before[-1].name
        after = [p for p in places if end <= p.start and p.end <= s1 and p.resolved
                 and not self.skip_after_re.search(text[s0:p.start])]
        if after:
            return after[0].name
        return fallback


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
