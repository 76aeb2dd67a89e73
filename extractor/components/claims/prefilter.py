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

#: the narrow classes ``\d`` and ``\s``, written back as class items (the guard is compiled with the
#: pattern's own flags, so they mean there what they mean in the pattern); a broad one (``\w``,
#: ``\D``) lets most positions through: no guard
_CATEGORIES: dict[Any, str] = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"} if _p is not None else {}
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
    if _skips_by_itself(parsed, rx.flags):
        return rx  # ``re`` already skips to a literal or class it starts with; a lookahead would hide it
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


def _skips_by_itself(parsed: Any, flags: int) -> bool:
    """Whether ``re`` reads a literal prefix or a first-character set from the pattern itself (a
    pattern that starts with ``\\d`` or a plain word): it then scans for those fast, faster than
    a guard's lookahead tried at every position. Unknown (no such internals): False."""
    try:
        from re import _compiler
        prefix = _compiler._get_literal_prefix(parsed, flags)[0]
        return bool(prefix) or _compiler._get_charset_prefix(parsed, flags) is not None
    except (ImportError, AttributeError, TypeError, ValueError, IndexError):
        return False


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
        if not all(kind in (_c.LITERAL, _c.RANGE) or kind is _c.CATEGORY and v in _CATEGORIES for kind, v in av):
            return None, False
        return {(_char(v) if kind is _c.LITERAL else _CATEGORIES[v] if kind is _c.CATEGORY
                 else f"{_char(v[0])}-{_char(v[1])}", icase) for kind, v in av}, False
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


#: a required literal shorter than this tells little (most texts hold it): not used
_MIN_LITERAL = 3
#: what ``required_literals`` gives: sets of strings, each set one of whose strings every match holds
Needed = tuple[frozenset[str], ...]


def required_literals(rx: re.Pattern[str]) -> Needed:
    """Sets of strings such that every match of ``rx`` holds one string of each set: a
    run of literal characters the pattern cannot skip ("according to"), and, for a
    group it cannot skip that is an alternation of words (a ``{CUE}`` slot), the
    literal start of each word ("said", "went" of "went\\s+on"). Only case-sensitive
    literals; fewest strings first; empty when nothing is known. A text that lacks
    every string of one set has no match (``may_match``)."""
    if _p is None:
        return ()
    try:
        parsed = _p.parse(rx.pattern, rx.flags)
        if parsed.state.flags != rx.flags or rx.flags & re.VERBOSE:
            return ()
        found = _required_sets(list(parsed.data), bool(rx.flags & re.IGNORECASE))
    except _PARSE_TREE_ERRORS:
        return ()
    return tuple(sorted(set(found), key=lambda words: (len(words), sorted(words))))


def may_match(needed: Needed, text: str, known: dict[frozenset[str], bool] | None = None) -> bool:
    """False only when ``text`` lacks every string of one set of ``needed``
    (``required_literals``), so the pattern has no match there. ``known``: answers
    for this same ``text`` already found (patterns of one word list share them)."""
    holds = text.__contains__  # ``map`` over it: no Python frame per string
    for words in needed:
        held = known.get(words) if known is not None else None
        if held is None:
            held = any(map(holds, words))
            if known is not None:
                known[words] = held
        if not held:
            return False
    return True


def _required_sets(items: list[Any], icase: bool, fold: bool = False) -> list[frozenset[str]]:
    """Every set of required strings of a sequence of parsed items (each item is matched);
    ``fold``: every literal as written, an ignore-case group's too (``folded_literals``)."""
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is _c.LITERAL and not icase:
            run.append(chr(av))
            continue
        if len(run) >= _MIN_LITERAL:
            out.append(frozenset(["".join(run)]))
        run = []
        if op is _c.SUBPATTERN:
            _group, add, rem, sub = av
            sub_icase = not fold and (bool(add & re.IGNORECASE) or (icase and not rem & re.IGNORECASE))
            out += _required_sets(list(sub.data), sub_icase, fold)
        elif op is _c.BRANCH:
            found = _branch_literals(av[1], icase, fold)
            if found:
                out.append(found)
        elif op in _REPEATS and av[0] >= 1:
            out += _required_sets(list(av[2].data), icase, fold)
    return out


def _branch_literals(branches: list[Any], icase: bool, fold: bool = False) -> frozenset[str] | None:
    """One string of each branch (its literal start, or its most selective required
    set), so every match of the alternation holds one of them; None if a branch has
    none. Shortened to the strings that hold no other of them."""
    out: set[str] = set()
    for branch in branches:
        items = list(branch.data)
        lead = _leading_literal(items, icase)
        sets = _required_sets(items, icase, fold)
        if lead is not None:
            sets.append(frozenset([lead]))
        if not sets:
            return None
        out |= max(sets, key=_selectivity)
    # a string holding another is found wherever it is: keep the shorter
    return frozenset(w for w in out if not any(v != w and v in w for v in out))


def _leading_literal(items: list[Any], icase: bool) -> str | None:
    """The literal characters a sequence starts with, if at least ``_MIN_LITERAL``."""
    run = []
    for op, av in items:
        if op is not _c.LITERAL or icase:
            break
        run.append(chr(av))
    return "".join(run) if len(run) >= _MIN_LITERAL else None


def _selectivity(found: frozenset[str]) -> tuple[int, int]:
    """Longer shortest string, then fewer strings: the set fewer texts pass."""
    return min(map(len, found)), -len(found)


#: characters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not turn into it
#: (dotted and dotless i, long s): a text holding one is not judged by its lower-case copy
_FOLD_EXCEPTIONS = frozenset("İıſ")


def top_level_branches(pattern: str) -> list[str] | None:
    """The alternatives of ``pattern``'s top-level ``|`` as written (``a|b(c|d)`` -> ``a``,
    ``b(c|d)``), or None when one does not compile on its own (a back-reference to
    another's group)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    try:
        for part in parts:
            re.compile(part)
    except re.error:
        return None
    return parts if "|".join(parts) == pattern else None


def folded_literals(pattern: str) -> Needed:
    """``required_literals`` of ``pattern`` read in lower case whatever its case flags: every
    match under ``re.IGNORECASE`` holds one string of each set in the text's lower-case copy
    (``folded``). Only ASCII strings, which ``str.lower`` folds as ``re`` does."""
    if _p is None:
        return ()
    try:
        parsed = _p.parse(pattern)
        if parsed.state.flags & re.VERBOSE:
            return ()
        found = _required_sets(list(parsed.data), False, fold=True)
    except _PARSE_TREE_ERRORS:
        return ()
    return tuple({frozenset(w.lower() for w in words) for words in found if all(w.isascii() for w in words)})


def folded(text: str) -> str | None:
    """``text`` in lower case for ``folded_literals``, or None when a character in it folds
    differently under ``re.IGNORECASE`` (then no literal test is safe)."""
    return None if not _FOLD_EXCEPTIONS.isdisjoint(text) else text.lower()
