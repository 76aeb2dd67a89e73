"""Cheap tests that let a regex search skip work, with the same results.

``guarded``: a first-character guard for regexes searched at every position of a text.

Python's ``re`` skips quickly to the positions where a match can start only when
the pattern begins with a literal or a class; a pattern that begins with ``\\b``,
a lookbehind or an optional group (``\\b(?:national average|nationwide)``, the
gazetteer's ``(?<![\\w-])(?:Kent|Essex|...)``) tries its whole alternation at every
position. ``guarded`` puts in front a lookahead on the characters a match can start
with, read from the parsed pattern: the same matches, offsets and groups (the
lookahead holds no group and every match starts with one of those characters),
found faster. Where the first characters cannot be read (a negated class, ``.``,
a pattern that can match the empty string, inline global flags) the pattern is
returned as it is.

The parsed form comes from ``re``'s internal parser (``re._parser``), which is not a
public API: when it is missing or its shape changes, every function here falls back to
"no shortcut" (the pattern as it is, no required characters), which is slower but
gives the same matches.

``required_chars``: characters one of which every match holds; a text without them is
not searched at all.
"""
from __future__ import annotations

import re
from typing import Any

try:  # internal since Python 3.11; a missing parser only costs speed
    import re._constants as _c
    import re._parser as _p

    _ZERO_WIDTH: tuple[Any, ...] = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
    _REPEATS: tuple[Any, ...] = tuple(
        op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op)
except (ImportError, AttributeError):  # pragma: no cover - depends on the Python version
    _p = None  # type: ignore[assignment]
    _ZERO_WIDTH, _REPEATS = (), ()

#: what reading ``re``'s internal parse tree can raise if its shape is not the expected one
_PARSE_TREE_ERRORS = (re.error, TypeError, ValueError, AttributeError, IndexError, KeyError)
#: (class item, ignore case) pairs; None: unknown (any character may start a match)
_Firsts = set[tuple[str, bool]] | None


def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a lookahead on the characters its matches start with, or ``rx`` itself."""
    if _p is None:
        return rx
    try:
        return _guarded(rx)
    except _PARSE_TREE_ERRORS:
        return rx


def _guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    parsed = _p.parse(rx.pattern, rx.flags)
    if parsed.state.flags != rx.flags or rx.flags & re.VERBOSE:  # inline global flags must stay first
        return rx
    items = list(parsed.data)
    if items and items[0][0] is _c.AT and items[0][1] in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
        return rx  # anchored at a line or text start: ``re`` already tries only there
    firsts, nullable = _firsts(items, bool(rx.flags & re.IGNORECASE))
    if firsts is None or nullable or not firsts:
        return rx
    cased = "".join(sorted(item for item, icase in firsts if not icase))
    folded = "".join(sorted(item for item, icase in firsts if icase))
    parts = ([f"(?-i:[{cased}])"] if cased else []) + ([f"(?i:[{folded}])"] if folded else [])
    try:
        return re.compile(f"(?={'|'.join(parts)})(?:{rx.pattern})", rx.flags)
    except re.error:  # pragma: no cover - the parts are well formed
        return rx


def required_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Characters one of which every match of ``rx`` holds: those of the first literal, or class
    of literals, the pattern's top level cannot skip (matched as written, no ignore-case); None when
    there is none. A text holding none of them has no match, so the search can be skipped."""
    if rx.flags & re.IGNORECASE or _p is None:
        return None
    try:
        return _required_chars(list(_p.parse(rx.pattern, rx.flags).data))
    except _PARSE_TREE_ERRORS:
        return None


def _required_chars(items: list[Any]) -> frozenset[str] | None:
    """``required_chars`` on the parsed top-level items."""
    for op, av in items:
        if op in _REPEATS and av[0] >= 1 and len(av[2].data) == 1:
            op, av = av[2].data[0]  # "x+", "[ab]{2,}": the repeated item is there at least once
        if op is _c.LITERAL:
            return frozenset(chr(av))
        if op is _c.IN and all(kind is _c.LITERAL for kind, _ in av):
            return frozenset(chr(code) for _, code in av)
    return None


def _firsts(items: list[Any], icase: bool) -> tuple[_Firsts, bool]:
    """(first characters, can be empty) of a sequence of parsed items."""
    out: set[tuple[str, bool]] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        first, nullable = _first_of(op, av, icase)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _first_of(op: Any, av: Any, icase: bool) -> tuple[_Firsts, bool]:
    if op is _c.LITERAL:
        return {(_char(av), icase)}, False
    if op is _c.IN:
        if not all(kind in (_c.LITERAL, _c.RANGE) for kind, _ in av):
            return None, False
        return {(_char(v) if kind is _c.LITERAL else f"{_char(v[0])}-{_char(v[1])}", icase)
                for kind, v in av}, False
    if op is _c.SUBPATTERN:
        _group, add, rem, sub = av
        sub_icase = bool(add & re.IGNORECASE) or (icase and not rem & re.IGNORECASE)
        return _firsts(list(sub.data), sub_icase)
    if op is _c.BRANCH:
        out: set[tuple[str, bool]] = set()
        nullable = False
        for branch in av[1]:
            first, empty = _firsts(list(branch.data), icase)
            if first is None:
                return None, False
            out |= first
            nullable = nullable or empty
        return out, nullable
    if op in _REPEATS:
        lo, _hi, sub = av
        first, empty = _firsts(list(sub.data), icase)
        return first, lo == 0 or empty
    return None, False


def _char(code: int) -> str:
    """A character as a class item, written out by its code point."""
    return f"\\U{code:08x}"
