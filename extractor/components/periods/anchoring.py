"""Resolution in text order: which anchor each relative expression takes. An
anchor is the last stated period that is no baseline ("up 8% on 2019/20") nor a
point in time ("since October 2020"); relative words opening their sentence take
the stated period after them; a year set against some months means those months
of that year; relative words dated in brackets right after mean the bracketed period.

``Anchoring`` is a mixin of the component: it reads ``words``, ``context_chars``,
``not_anchor_before``, ``restated_between``, ``compared_year_before`` and ``future_before`` from ``self``."""
from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .models import Candidate, Period, Resolution, Skip
from .resolvers import ANCHOR_KINDS, PUB_FALLBACK_KINDS, RESOLVERS, WEAK_ANCHOR_KINDS
from .resolvers.context import Context

#: kinds whose text is a range ("April to December 2012"), which "from" may open ("from the 1 April")
RANGE_KINDS = frozenset({"month_pair", "month_year_range", "years_range", "date_range"})
RANGE_OPENER = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
#: kinds naming one day relative to publication ("yesterday", "on Wednesday")
DAY_KINDS = frozenset({"pub_day", "weekday"})


class Anchoring:
    """Resolves the candidates in text order (see the module docstring)."""

    def resolve_in_order(self, text: str, candidates: list[Candidate], published: date | None,
                         precision: str = "day") -> list[Resolution]:
        """Resolve anchored expressions against the last stated, non-baseline period
        (else the last one relative to the publication date)."""
        facts = _release_facts(candidates)
        ctx = Context(self.words, published, precision, **facts)
        year_back = self._stated_year_back(text, candidates, published, precision)
        out: list[Resolution] = []
        weak_end = -1  # where the last weak anchor ends
        for i, cand in enumerate(candidates):
            if cand.rule.kind in ANCHOR_KINDS:
                use = ctx
                if ctx.anchor is not None and ctx.weak_anchor is not None and weak_end >= 0 \
                        and not _sentence_break(text, weak_end, cand.start) \
                        and not POSSESSIVE_AFTER.match(text, weak_end):
                    # "thefts rose over the last 12 months compared to the year before": the period the
                    # clause itself measures, over a period stated in an earlier sentence
                    use = Context(self.words, published, precision, weak_anchor=ctx.weak_anchor,
                                  month_anchor=ctx.month_anchor, mentioned=ctx.mentioned, **facts)
                if (ctx.anchor is None and ctx.weak_anchor is None) or _opens_sentence(text, cand.start):
                    ahead = self._anchor_ahead(text, candidates, i)
                    if ahead is not None:
                        single = cal.is_month_aligned(ahead) and cal.month_count(ahead) == 1
                        use = Context(self.words, published, precision, anchor=ahead,
                                      month_anchor=ahead if single else None, **facts)
                try:
                    res = RESOLVERS[cand.rule.kind](cand.groups, cand.rule.params, use)
                except (Skip, ValueError, TypeError, KeyError):
                    res = Resolution(None, True)
                if cand.rule.kind in PUB_FALLBACK_KINDS and use.anchor is None and res.period is not None \
                        and cand.rule.anchor:
                    # "the last quarter" with nothing stated before: resolved from publication, a weak
                    # anchor like "last year" ("... down 5% on the previous quarter")
                    ctx.weak_anchor = res.period
                    weak_end = cand.end
            else:
                res = cand.resolution or Resolution(None, True)
                if year_back and _yearless_in_year(cand, res, published):
                    res = Resolution(cal.shift_months(res.period, -12), True)
                res = _financial_months(cand, res, ctx, candidates)
                res = self._planned_months(text, cand, res)
                res = self._planned_day(text, cand, res, published, precision)
                res = self._compared_year(text, cand, res, ctx.anchor)
                if res.period is not None and cand.rule.anchor and cand.rule.kind not in WEAK_ANCHOR_KINDS:
                    ctx.mentioned = res.period
                if res.period is not None and self._can_anchor(text, cand):
                    if cand.rule.anchor and cand.rule.kind in WEAK_ANCHOR_KINDS:
                        ctx.weak_anchor = res.period
                        weak_end = cand.end
                    elif cand.rule.anchor:
                        ctx.anchor = res.period
                        weak_end = -1
                    if cal.is_month_aligned(res.period) and cal.month_count(res.period) == 1:
                        ctx.month_anchor = res.period
            out.append(res)
        return self._restated(text, candidates, out)

    def _stated_year_back(self, text: str, candidates: list[Candidate], published: date | None,
                          precision: str) -> bool:
        """Whether months named without their year ("the 12 months to June"), in a release dated only by
        its year, are those ending the year before it: the text compares them against the same months two
        years before that year ("up 6% on the 12 months to June 2021", "against the same period in 2021" in a
        release dated 2023), and never against the same months of the year before it. The guide resolves
        relative words against the publication date; known only to the year, the release may have come out
        before those months ended that year, and its own comparison says which year it reports (the year
        after the one it is compared with)."""
        if published is None or precision != "year":
            return False
        first = next((c for c in candidates if _yearless_in_year(c, c.resolution, published)), None)
        if first is None:
            return False
        here = first.resolution.period  # type: ignore[union-attr]
        years: set[int] = set()
        for cand in candidates:
            if cand.start < first.end:
                continue
            if cand.rule.kind == "anchor_to_year" and cand.groups.get("y") and not cand.groups.get("y2"):
                # "the same period in 2021": the months just named, in that year
                years.add(int(cand.groups["y"]))
                continue
            res = cand.resolution
            if res is None or res.period is None or res.relative or self._can_anchor(text, cand):
                continue
            if (res.period[0].month, res.period[0].day, res.period[1].month, res.period[1].day) == \
                    (here[0].month, here[0].day, here[1].month, here[1].day) \
                    and res.period[1].year - res.period[0].year == here[1].year - here[0].year:
                years.add(res.period[1].year)
        return here[1].year - 2 in years and here[1].year - 1 not in years

    def _anchor_ahead(self, text: str, candidates: list[Candidate], i: int) -> Period | None:
        """"Compared with the same period last year, burglary in January to June 2024 fell": relative
        words that open their sentence (or come before any period of the text) resolve against the
        first stated period after them in the sentence."""
        here = candidates[i]
        for cand in candidates[i + 1:]:
            if _sentence_break(text, here.end, cand.start):
                return None
            res = cand.resolution
            if cand.rule.kind in ANCHOR_KINDS or res is None or res.period is None or res.relative \
                    or not cand.rule.anchor or not self._can_anchor(text, cand):
                continue
            return res.period
        return None

    def _planned_months(self, text: str, cand: Candidate, res: Resolution) -> Resolution:
        """"The team will hold roadshows in November and December": a span of months without its year in
        a sentence about the future is the first such span not yet ended at publication, not the latest
        ended one (the default for months whose figures are reported)."""
        if self.future_before is None or cand.rule.kind not in YEARLESS_MONTHS_KINDS or res.period is None \
                or not res.relative or cand.groups.get("y") or cand.groups.get("mode"):
            return res
        start = text.rfind("\n", 0, cand.start) + 1
        if not self.future_before.search(text[max(start, cand.start - self.context_chars):cand.start]):
            return res
        first, last = res.period
        return Resolution(cal.months_range(first.year + 1, first.month, last.year + 1, last.month), True)

    def _planned_day(self, text: str, cand: Candidate, res: Resolution, published: date | None,
                     precision: str) -> Resolution:
        """"The report will be discussed on Wednesday": a weekday named with "on" in the same clause as a
        future auxiliary before it is the first such day after publication, not the latest one before."""
        if self.future_before is None or cand.rule.kind != "weekday" or res.period is None \
                or cand.groups.get("mode") or published is None or precision != "day":
            return res
        start = max(text.rfind("\n", 0, cand.start) + 1, cand.start - self.context_chars)
        m = self.future_before.search(text, start, cand.start)
        if m is None or "," in text[m.start():cand.start]:
            return res
        return Resolution(cal.weekday_near(published, res.period[0].weekday(), "next"), True)

    def _compared_year(self, text: str, cand: Candidate, res: Resolution, anchor: Period | None) -> Resolution:
        """"fewer crimes between April and December 2007 compared to 2006": a year set against a
        period of some months of one year means those months of that year (the guide: "compared
        to 2018" resolves against the period just mentioned)."""
        if self.compared_year_before is None or cand.rule.kind != "year" or res.period is None or anchor is None:
            return res
        if not (cal.is_month_aligned(anchor) and anchor[0].year == anchor[1].year
                and cal.month_count(anchor) < 12 and anchor[0].year != res.period[0].year):
            return res
        before = text[max(0, cand.start - self.context_chars):cand.start]
        if not self.compared_year_before.search(before):
            return res
        return Resolution(cal.shift_to_year(anchor, res.period[0].year), True)

    def _restated(self, text: str, candidates: list[Candidate], out: list[Resolution]) -> list[Resolution]:
        """"This year's figures (1 April 2015 to 31 March 2016)": relative words the text dates
        in brackets right after them mean the bracketed period."""
        if self.restated_between is None:
            return out
        for i in range(len(candidates) - 1):
            here, then = candidates[i], candidates[i + 1]
            if not (here.rule.kind in DAY_KINDS or out[i].relative) or out[i + 1].period is None \
                    or not self.restated_between.match(text[here.end:then.start]):
                continue
            if here.rule.kind in DAY_KINDS:
                # "yesterday (24/04)", "on Wednesday (April 23)": a day word takes a bracketed day
                # (its year from publication), never a longer period ("today (06/07 data)")
                if then.rule.kind == "date" and out[i + 1].period[0] == out[i + 1].period[1]:
                    out[i] = Resolution(out[i + 1].period, True)
            elif not out[i + 1].relative:
                out[i] = Resolution(out[i + 1].period, True)
        return out

    def _can_anchor(self, text: str, cand: Candidate) -> bool:
        """Not a baseline ("up 8% on 2019/20", "compared with 131 in 2018") nor a
        point in time ("since October 2020"): those are not what later text compares.
        A range opened by "from" ("fell from April to December 2012") is no baseline."""
        before = text[max(0, cand.start - self.context_chars):cand.start]
        if cand.rule.kind in RANGE_KINDS and RANGE_OPENER.search(before):
            return True
        return not any(regex.search(before) for regex in self.not_anchor_before)


#: kinds of a span of months that may be written without its year ("between April and December")
YEARLESS_MONTHS_KINDS = frozenset({"month_pair", "month_list"})

#: kinds of months written without their year that a release dated only by its year places in that year
#: ("the 12 months to September", "figures to June", "between April and December")
YEARLESS_SPAN_KINDS = frozenset({"months_ending_past", "month_pair"})


def _yearless_in_year(cand: Candidate, res: Resolution | None, published: date | None) -> bool:
    """Months written without their year or any year word ("this year"), that the resolvers placed in the
    publication year."""
    return res is not None and res.period is not None and res.relative and published is not None \
        and cand.rule.kind in YEARLESS_SPAN_KINDS and not cand.groups.get("y") and not cand.groups.get("mode") \
        and res.period[1].year == published.year

#: kinds of a quarter stated with its year ("Q2 2023", "the second quarter of 2023/24") and how each numbers
#: quarters: from January, or from April
QUARTER_KINDS = {"quarter": 1, "quarter_fy": cal.FY_START_MONTH}


def _release_facts(candidates: list[Candidate]) -> dict:
    """What the whole release tells a quarter named without its year: whether the release counts in
    financial years (it names a span from 1 April longer than a quarter: a financial year, or one so far)
    and the quarters it names with their year, by number (the first of each)."""
    financial = False
    stated: dict[int, Period] = {}
    for cand in candidates:
        res = cand.resolution
        if res is None or res.period is None:
            continue
        financial = financial or cal.is_financial_span(res.period)
        first = QUARTER_KINDS.get(cand.rule.kind)
        if first is not None and not res.relative and cal.is_month_aligned(res.period) \
                and cal.month_count(res.period) == 3:
            stated.setdefault((res.period[0].month - first) % 12 // 3 + 1, res.period)
    return {"financial_quarters": financial, "stated_quarters": stated}


def _financial_months(cand: Candidate, res: Resolution, ctx: Context, candidates: list[Candidate]) -> Resolution:
    """"The first six months of the year" (or "of this year") in a release that names those same months
    counted from April ("between April and September"): that many months from the April of the financial
    year holding publication, when they have ended by publication; else the calendar year's."""
    if cand.rule.kind != "first_months" or not ctx.financial_quarters or res.period is None \
            or not cand.groups.get("ofyear") or (cand.groups.get("mode") or "this").lower() not in ("this", "current"):
        return res
    start = ctx.financial_year_start(None)
    if start is None:
        return res
    n = ctx.value("number", cand.groups["n"]) * (3 if cand.groups.get("quarters") else 1)
    try:
        period = cal.first_months_of_financial_year(start, n, last=cand.groups["which"].lower() != "first")
    except ValueError:
        return res
    end = ctx.publication_end()
    if (end is not None and period[1] > end) or not any(_same_months(c.resolution, period) for c in candidates):
        return res
    return Resolution(period, True)


def _same_months(res: Resolution | None, period: Period) -> bool:
    """Whether a stated period covers the same months of the year as ``period`` (in any year)."""
    if res is None or res.period is None or not cal.is_month_aligned(res.period):
        return False
    return (res.period[0].month, res.period[1].month, cal.month_count(res.period)) == \
        (period[0].month, period[1].month, cal.month_count(period))


#: a possessive right after a period ("last year's attacks"): it names an event, not what is measured
POSSESSIVE_AFTER = re.compile(r"['’′]s\b")

#: the end of a sentence or line between two periods
SENTENCE_BREAK = re.compile(r"[.!?](?:[\s\"'’”)]|$)|\n")


def _sentence_break(text: str, start: int, end: int) -> bool:
    """Whether a sentence or a line ends between two character positions."""
    return bool(SENTENCE_BREAK.search(text, start, end))


#: a sentence's opening words before relative words: no figure, no period, no clause end
OPENING_WORDS = re.compile(r"[^\d.!?;:\n]{0,60}$")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether only a few words without figures stand between a sentence's start and ``pos``
    ("Compared with the previous year, ...")."""
    m = OPENING_WORDS.search(text, max(0, pos - 60), pos)
    if m is None:
        return False
    before = text[:m.start()].rstrip()
    return not before or before[-1] in ".!?\n\"“”'’:" or text[m.start() - 1:m.start()] == "\n"
