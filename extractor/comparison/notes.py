"""The notes: figures as an analyst writes them, and why a headline claim got its status.

``figure`` and ``figure_list`` write figures with their hedges, units and
sources ("about 2%", "10% (ONS) and about 2%"); ``unsupported_note`` says what
the body gives instead when nothing backs a headline claim, and
``against_within`` names the sub-measures going the other way.
"""
from __future__ import annotations

from ..records import ClaimRecord
from .figures import CHANGE, DECREASE, INCREASE, NO_CHANGE, OPPOSITE, PER_TIME, kind_of
from .measures import SURVEY_MEASURE, MeasureRules
from .pairing import BodyIndex, figure_measure

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
