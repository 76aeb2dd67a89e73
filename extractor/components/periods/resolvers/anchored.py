"""Resolvers against the anchor, the period the text compares with: "the same
period the year before", "the previous 12 months", "four years earlier", "a year
ago". Which period is the anchor is decided in text order (``anchoring``)."""
from __future__ import annotations

from typing import Any, Callable, Mapping

from .. import calendar as cal
from ..models import Period, Resolution
from .context import Context, Resolver


def _anchored(build: Callable[[Period, dict[str, Any], Mapping[str, Any], Context], Period]) -> Resolver:
    """Resolver against the anchor period; unresolved when there is none."""

    def resolve(g, p, ctx):
        anchor = ctx.anchor or ctx.weak_anchor
        if p.get("of") == "month" and ctx.month_anchor is not None:
            anchor = ctx.month_anchor
        if anchor is None:
            return Resolution(None, True)
        return Resolution(build(anchor, g, p, ctx), True)

    return resolve


def r_anchor_or_year_ago(g, p, ctx):
    """"a year ago", "this time last year": the anchor a year earlier; with nothing
    mentioned before, the publication day a year earlier; else unresolved."""
    anchor = ctx.anchor or ctx.weak_anchor
    if anchor is not None:
        return Resolution(cal.shift_months(anchor, -12), True)
    if ctx.pub("day") is not None:
        return Resolution(cal.year_ago(ctx.published), True)
    if ctx.pub("month") is not None:  # known to the month: that month a year earlier
        return Resolution(cal.shift_months(cal.month_range(ctx.published.year, ctx.published.month), -12), True)
    return Resolution(None, True)


def _shift_years(anchor: Period, g, p, ctx) -> Period:
    """"four years earlier": the anchor that many years before."""
    return cal.shift_months(anchor, -12 * ctx.value("number", g["n"]))


def _previous_n(anchor: Period, g, p, ctx) -> Period:
    count = g.get("n") or g.get("n2")  # "the previous 12 months" / "the 12 previous months"
    n = ctx.value("number", count) if count else p.get("n", 1)
    return cal.previous_months(anchor, n * ctx.value("unit_months", g["unit"].lower()))
