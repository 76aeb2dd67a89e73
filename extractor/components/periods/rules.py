"""Compiling the rules file (``models/crime_claims/rules/periods.yaml``): word lists
become alternations, ``{MONTH}``-style placeholders and named fragments are expanded,
and every rule, gate and context regex is compiled once.

``RuleCompiler`` is a mixin of the component: ``_compile`` reads ``self.rules`` and
``self.name`` and sets ``gates``, ``gate_needs``, ``words``, ``patterns``, ``not_anchor_before``,
``restated_between``, ``compared_year_before`` and ``future_before``, which matching and anchoring read."""
from __future__ import annotations

import re
from typing import Any, Mapping

from ..base import RuleError, check_unique_ids
from ..claims.prefilter import Needed, guarded, required_chars, required_literals
from .models import PeriodRule
from .resolvers import NOT_PERIOD, RESOLVERS

#: regex pieces that are not word lists
BUILTIN_PLACEHOLDERS = {
    "YEAR": r"(?:19\d{2}|20\d{2})",
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
}
PLACEHOLDER = re.compile(r"\{([A-Z][A-Z_]*)\}")
RULE_FIELDS = frozenset({"id", "kind", "pattern", "gate", "params", "anchor", "not_before", "not_after", "note"})


def _alternation(items: Any, case_sensitive: bool) -> str:
    """A word list (list items or mapping keys are regex fragments) as one group."""
    words = list(items.keys()) if isinstance(items, Mapping) else list(items)
    forms: list[str] = []
    for word in words:
        word = str(word)
        if case_sensitive:
            forms += [word[:1].upper() + word[1:], word.upper()]
        else:
            forms.append(word)
    forms = sorted(dict.fromkeys(forms), key=len, reverse=True)
    body = "|".join(forms)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def expand_placeholders(text: str, pieces: Mapping[str, str], where: str) -> str:
    """Replace ``{MONTH}``-style placeholders; an unknown one is a rule error."""

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in pieces:
            raise RuleError(f"{where}: unknown placeholder {{{name}}}")
        return pieces[name]

    return PLACEHOLDER.sub(sub, text)


def _compile_regex(text: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"{where}: bad regex: {exc}") from exc


def _needed_strings(rx: re.Pattern[str]) -> Needed:
    """Sets of strings one of each of which every match of ``rx`` holds: its literal words, else
    the characters one of which it cannot skip ("/" of "\\d\\d/\\d\\d"). A text that lacks a
    whole set is not scanned."""
    chars = required_chars(rx)
    return required_literals(rx) or ((chars,) if chars else ())


class RuleCompiler:
    """The component's rules, compiled once (see the module docstring)."""

    def _compile(self) -> None:
        """Expand the word lists into the regexes and compile every rule once."""
        rules = self.rules
        words = rules.get("words") or {}
        case_sensitive = set(rules.get("case_sensitive") or [])
        pieces = dict(BUILTIN_PLACEHOLDERS)
        for list_name, items in words.items():
            pieces[list_name.upper()] = _alternation(items, list_name in case_sensitive)
        months = words.get("month") or {}
        pieces["MONTH_GATE"] = "(?:" + "|".join(sorted({str(k).lower()[:3] for k in months})) + ")"
        # named regex pieces several rules share ("a column of a table's header line"), in file order
        for name, text in (rules.get("fragments") or {}).items():
            where = f"{self.name} fragment {name!r}"
            pieces[name.upper()] = "(?:" + expand_placeholders(str(text).strip(), pieces, where) + ")"
        self.gates = {}
        self.gate_needs = {}
        self.words = {
            name: ({str(k).lower(): v for k, v in items.items()} if isinstance(items, Mapping) else {})
            for name, items in words.items()
        }
        patterns = rules.get("patterns") or []
        check_unique_ids(patterns, f"{self.name} patterns")
        compiled: list[PeriodRule] = []
        for raw in patterns:
            where = f"{self.name} rule {raw.get('id')!r}"
            unknown = set(raw) - RULE_FIELDS
            if unknown:
                raise RuleError(f"{where}: unknown fields {sorted(unknown)}")
            if raw.get("kind") not in RESOLVERS and raw.get("kind") != NOT_PERIOD:
                raise RuleError(f"{where}: unknown kind {raw.get('kind')!r}")
            if not raw.get("pattern"):
                raise RuleError(f"{where}: no pattern")

            def build(key: str) -> re.Pattern[str] | None:
                text = raw.get(key)
                return _compile_regex(expand_placeholders(text.strip(), pieces, where), where) if text else None

            gate = raw.get("gate")
            if gate and gate not in self.gates:
                try:  # gates run on lower-cased text, so they are compiled case-sensitive
                    gate_rx = re.compile(expand_placeholders(gate, pieces, where))
                except re.error as exc:
                    raise RuleError(f"{where}: bad gate: {exc}") from exc
                self.gates[gate] = guarded(gate_rx)
                self.gate_needs[gate] = _needed_strings(gate_rx)
            compiled.append(PeriodRule(
                # the pattern is searched along whole windows: a first-character guard, same matches
                id=raw["id"], kind=raw["kind"], regex=guarded(build("pattern")),
                anchor=bool(raw.get("anchor", True)), params=dict(raw.get("params") or {}),
                not_before=build("not_before"), not_after=build("not_after"), gate=gate or None,
            ))
        self.patterns = compiled
        context = rules.get("context") or {}
        unknown = set(context) - {"baseline_before", "point_before", "restated_between", "compared_year_before",
                                  "future_before"}
        if unknown:
            raise RuleError(f"{self.name} context: unknown keys {sorted(unknown)}")
        self.not_anchor_before = [
            _compile_regex(expand_placeholders(text.strip(), pieces, f"{self.name} context {key}"), self.name)
            for key, text in context.items()
            if text and key not in ("restated_between", "compared_year_before", "future_before")
        ]
        restated = context.get("restated_between")
        self.restated_between = _compile_regex(restated.strip(), f"{self.name} context restated_between") \
            if restated else None
        compared = context.get("compared_year_before")
        self.compared_year_before = _compile_regex(compared.strip(), f"{self.name} context compared_year_before") \
            if compared else None
        future = context.get("future_before")
        self.future_before = _compile_regex(future.strip(), f"{self.name} context future_before") if future else None
