"""Judging: the status of each headline claim against the body claims paired with it.

``compare`` gives one row per headline claim (or one ``no_headline_claim``
row); ``compare_one`` pairs one headline claim and ``judge`` applies the rules
of the annotation guide: ``unsupported``, ``contradicted``, ``qualified`` or
``consistent``, with its note.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import ClaimRecord, ComparisonRecord
from .figures import CHANGE, DECREASE, INCREASE, NO_CHANGE, OPPOSITE, agree, kind_of, precision, unit_key
from .measures import MeasureRules, load_rules
from .notes import (CHANGE_NOUNS, against_within, change_phrase, figure, figure_list, number_text, thing_word,
                    unsupported_note)
from .pairing import (BodyIndex, implied_change, same_thing, with_change_noun, with_list_head,
                      with_measure_after_change, with_measure_in_own_text, with_metric, with_named_measure,
                      with_own_change_noun,
                      with_sibling_measure)

#: a "stable" headline still holds when the body's change is this small (percent)
STABLE_TOLERANCE = 2.0


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


def judge(headline: ClaimRecord, found: list[ClaimRecord], rules: MeasureRules | None = None,
          places: dict[int, str | None] | None = None, measures: dict[int, str] | None = None) -> tuple[str, str]:
    """The status of one headline claim given the body claims on the same thing, and its note.

    A headline on several categories at once ("fall in many crime groups") is not one figure:
    the categories' figures differing from each other does not qualify it. ``places``: each body
    claim's place (figures for two parts of the headline's area do not disagree)."""
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
    elif not (rules and rules.categories(rules.measure_of(headline))) and disagree_among(found, rules, places,
                                                                                           measures):
        return "qualified", f"The body gives {figure_list(found)} for the same {subject}."
    if headline.direction == NO_CHANGE:
        return "consistent", (f"The body gives {figure_list(found, with_direction=True)}, "
                              f"small enough to call stable.")
    echo = ", as the headline says" if headline.value is not None else ""
    return "consistent", f"The body gives {figure_list(found)} for the same {subject}{echo}."


def judge_levels(headline: ClaimRecord, earlier: ClaimRecord, later: ClaimRecord) -> tuple[str, str]:
    """The status of a change headline the body gives only as two levels for two periods: the change from
    the earlier level to the later one backs or contradicts it by direction (a stated figure of the
    headline's is checked against the change the levels give)."""
    a, b = float(earlier.value), float(later.value)  # type: ignore[arg-type]
    moved = INCREASE if b > a else DECREASE if b < a else NO_CHANGE
    pct = abs(b - a) / a * 100 if a else None
    levels = (f"{figure(earlier)} for {period_text(earlier, 'the period before')} and {figure(later)} for "
              f"{period_text(later, 'the later period')}, "
              f"{'no change' if moved == NO_CHANGE else 'a ' + CHANGE_NOUNS[moved]}")
    said = change_phrase(headline)
    if headline.direction == NO_CHANGE:
        if moved == NO_CHANGE or (pct is not None and pct <= STABLE_TOLERANCE):
            return "consistent", f"The body gives no change but two levels, {levels} small enough to call stable."
        return "qualified", f"The headline says no change but the body gives two levels, {levels}."
    if moved == OPPOSITE.get(headline.direction or ""):
        return "contradicted", f"The headline says {said} but the body gives two levels, {levels}."
    if moved == NO_CHANGE:
        return "qualified", f"The headline says {said} but the body gives two levels, {levels}."
    if headline.value is not None:
        size = pct if headline.unit == "percent" else abs(b - a) if headline.unit == later.unit else None
        step = precision(headline.value)
        if size is not None and not agree(headline.value, headline.approx, round(size / step) * step, None):
            return "qualified", (f"The headline says {said} but the body gives two levels, {levels} "
                                 f"of {number_text(round(size, 1))}{'%' if headline.unit == 'percent' else ''}.")
    return "consistent", f"The body gives no change figure but two levels, {levels}, as the headline says."


def period_text(claim: ClaimRecord, undated: str) -> str:
    """A level's period as its dates ("2022-04-01 to 2023-03-31"), ``undated`` when it has none."""
    if not (claim.period_start and claim.period_end):
        return undated
    start, end = str(claim.period_start)[:10], str(claim.period_end)[:10]
    return start if start == end else f"{start} to {end}"


def disagree_among(found: list[ClaimRecord], rules: MeasureRules | None = None,
                   places: dict[int, str | None] | None = None, measures: dict[int, str] | None = None) -> bool:
    """Body figures in the same unit for the same place and measure that differ by more than rounding
    (a figure added to an earlier one, "another £80m", is no competing estimate of it; figures for two
    parts of the headline's area, "up 6% in Hampshire and 3% on the Isle of Wight", are for two places;
    figures for two offences under the headline's measure, "attempted murders fell by 12 and serious
    assaults by 43" under "violent crime falls", each back it and are no two estimates of one figure)."""
    by_unit: dict[tuple[str, str | None, str | None], list[ClaimRecord]] = {}
    for c in found:
        if c.value is not None and not (rules and rules.added_to(c)):
            place = rules.area((places or {}).get(c.claim_id)) if rules else None
            by_unit.setdefault((unit_key(c), place, (measures or {}).get(c.claim_id)), []).append(c)
    return any(
        not agree(a.value, a.approx, b.value, b.approx)  # type: ignore[arg-type]
        for group in by_unit.values() for i, a in enumerate(group) for b in group[i + 1:]
    )


def compare_one(headline: ClaimRecord, body: BodyIndex, rules: MeasureRules,
                matched: ClaimRecord | None = None) -> ComparisonRecord:
    """The comparison row of one headline claim (``matched``: the claim as used for pairing)."""
    used = matched or headline
    if used.approx == "exact" and rules.rounded(used):
        used = replace(used, approx="approximate")
    found = [] if rules.before_the_period(used) else same_thing(used, body, rules)
    status, note = judge(used, found, rules, {c.claim_id: body.areas.get(c.claim_id) or body.release_area
                                              for c in found}, body.measures)
    pair = None if found or rules.before_the_period(used) else implied_change(used, body, rules)
    other = [] if found or pair or rules.before_the_period(used) else other_unit_changes(used, body, rules)
    if other:
        found = other
        status, note = judge_other_unit(used, found, rules, {c.claim_id: body.areas.get(c.claim_id)
                                                              or body.release_area for c in found}, body.measures)
    elif pair:
        found = list(pair)
        status, note = judge_levels(used, *pair)
    elif rules.before_the_period(used):
        note = "The headline's change is about the years before the period the body reports: no body figure is on it."
    elif not found:
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


def other_unit_changes(headline: ClaimRecord, body: BodyIndex, rules: MeasureRules) -> list[ClaimRecord]:
    """The body's changes on a headline change's measure, area and period given only in another unit than
    the headline's figure ("Burglaries down 10%" against "312 fewer burglaries"): they are on the same
    thing, so their direction backs or contradicts it, but their size cannot be set against its figure.
    Only the measure's own figures: a rate per head's change in its own unit ("6 fewer crimes per 1,000")
    is another measure's, which backs a count only by the same percentage. The headline's own baseline and
    period still hold ("25,000 fewer victims than five years ago" is not backed by the year's change)."""
    measure = rules.measure_of(headline)
    if headline.value is None or kind_of(headline) != CHANGE or headline.direction not in OPPOSITE or not measure:
        return []
    return [c for c in same_thing(headline, body, rules, any_unit=True) if c.value is not None
            and c.unit != headline.unit and body.measures.get(c.claim_id) == measure.key]


def judge_other_unit(headline: ClaimRecord, found: list[ClaimRecord], rules: MeasureRules,
                     places: dict[int, str | None], measures: dict[int, str]) -> tuple[str, str]:
    """``judge`` for a headline figure the body gives only in another unit: by direction, and by the body's
    figures against each other; the note says the headline's own figure is not in the body."""
    bare = replace(headline, value=None, unit=None, approx=None)
    status, note = judge(bare, found, rules, places, measures)
    note = note.replace(f"says {change_phrase(bare)} ", f"says {change_phrase(headline)} ", 1)
    if status != "contradicted":
        note += f" The body does not state the headline's {figure(headline)}, only a change in another unit."
    return status, note


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
    read = [_read_headline_measure(h, headline, rules) for h in headline]
    return [compare_one(h, index, rules, with_sibling_measure(r, read, rules)) for h, r in zip(headline, read)]


#: how a headline claim's metric is read before pairing, in order; each step leaves the claim as it is
#: when it does not apply
_HEADLINE_MEASURE_STEPS = (
    with_list_head,             # "robbery, sex and violent crime": "sex" shares the last member's head
    with_change_noun,           # "police cuts": the change noun's modifier names the measure
    with_named_measure,         # "Crime stats show reports of rape up 25%": the measure named before it
    with_own_change_noun,       # "Increase in drug crime but ...": the measure after its own change noun
    with_measure_in_own_text,   # "3pc crime rise in Essex" read with no metric: the measure in its own text
    with_measure_after_change,  # "10% drop in north-east crime": the measure after the change word
)


def _read_headline_measure(claim: ClaimRecord, headline: list[ClaimRecord], rules: MeasureRules) -> ClaimRecord:
    """The headline claim with the metric the comparison pairs it by: its own (or its headline's) metric,
    then each of ``_HEADLINE_MEASURE_STEPS``."""
    claim = with_metric(claim, headline)
    for step in _HEADLINE_MEASURE_STEPS:
        claim = step(claim, rules)
    return claim
