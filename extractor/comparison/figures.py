"""One claim's figure read on its own: its kind, its unit, and whether two figures agree.

The words every part of the comparison shares: a claim is a change or a level
(``kind_of``), a change goes up, down or nowhere (``OPPOSITE``), a unit can carry
a per-time rate ("25p a week", ``unit_key``), and two figures for the same thing
agree up to the rounding they are written to (``precision``, ``agree``).
Records only; nothing here knows the measure list.
"""
from __future__ import annotations

import math
import re

from ..records import ClaimRecord

CHANGE, LEVEL = "change", "level"
INCREASE, DECREASE, NO_CHANGE = "increase", "decrease", "none"
OPPOSITE = {INCREASE: DECREASE, DECREASE: INCREASE}
#: how far a figure hedged with about/almost/nearly may be from the one it stands for (share of itself)
APPROX_SHARE = 0.1
#: where the words after a figure stop by default: a comma, a stop, a colon, a bracket or a dash
CLAUSE_BREAK = re.compile(r"[,;.:()–—-]")
#: a per-time rate after a figure ("a day", "every month"); not a comparison's "than a year ago", "since a year
#: earlier", "a year on" (the baseline, not a rate)
PER_TIME = re.compile(r"(?<!\bthan\s)(?<!\bsince\s)\b(?:a|per|each|every)\s+(day|week|month|year|annum)\b"
                      r"(?!\s+(?:ago|earlier|before|previously|on)\b)", re.I)
#: how far after a figure its per-time rate may come ("ten fewer victims of crime per day"), and where the words
#: that may hold it stop: a clause break, an "or" or another figure ("7,000 fewer victims or 18 fewer a day")
PER_TIME_REACH = 45
PER_TIME_BREAK = re.compile(CLAUSE_BREAK.pattern + r"|\bor\b|\d")


def kind_of(claim: ClaimRecord) -> str:
    """A claim's kind; a claim without one is a change when it has a direction."""
    if claim.kind in (CHANGE, LEVEL):
        return claim.kind
    return CHANGE if claim.direction else LEVEL


def unit_key(claim: ClaimRecord) -> str:
    """Unit plus any per-time rate in the text or right after it ("25p a week" is not "£12.96 a
    year"; "nearly 600 fewer crimes every month" is not "7,067 fewer crimes")."""
    per = PER_TIME.search(claim.text or "") or PER_TIME.search(text_after(claim, PER_TIME_REACH, PER_TIME_BREAK))
    return f"{claim.unit}/{per.group(1).lower()}" if per else str(claim.unit)


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



def position(claim: ClaimRecord) -> int:
    """Where the claim's text starts in its sentence; -1 when it has no text or the sentence lacks it."""
    sentence, text = claim.sentence or "", claim.text or ""
    return sentence.find(text) if text else -1


def text_after(claim: ClaimRecord, width: int = 30, breaks: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """The words of the claim's sentence right after its text (``width`` characters at most), up to the
    first of ``breaks``."""
    at = position(claim)
    if at < 0:
        return ""
    end = at + len(claim.text or "")
    return breaks.split((claim.sentence or "")[end:end + width], maxsplit=1)[0]


def text_before(claim: ClaimRecord, width: int | None = None) -> str:
    """The words of the claim's sentence right before its text (``width`` characters at most, else all of
    them); empty when the text opens the sentence or is not in it."""
    at = position(claim)
    if at <= 0:
        return ""
    return (claim.sentence or "")[at - min(at, width) if width is not None else 0:at]
