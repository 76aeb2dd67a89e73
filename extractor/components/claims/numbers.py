"""Find the numbers of a text that can be statistical claims, and read them.

Works on plain text with compiled regexes (one pass per pattern over the whole
document, no per-token Python), so the claims component stays cheap. All words
and patterns come from the rules file; this module only assembles them.
quantulum3 is a fallback for number words the fast reader does not know: it
costs ~2.5 s to load and several milliseconds a call (more than the rest of
our components per release), so it is imported lazily and called only on
claim spans the fast path cannot read, with a cache keyed by the span text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .prefilter import guarded


@dataclass(frozen=True)
class Number:
    """One number found in the text, read but not yet judged as a claim."""

    start: int
    end: int
    value: float
    unit: str                      # percent | percentage_point | count | rate | currency | ratio
    rule_id: str
    direction: str | None = None   # from a sign or a multiplier verb ("-4.6%", "halved")
    signed: bool = False
    bare: bool = False             # digits with no unit word: may inherit a rate unit
    number_start: int = -1         # where the digits/words themselves start (after £, sign)


def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so "per cent" beats "p"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class NumberFinder:
    """Compiled number patterns from the ``claims.yaml`` rules."""

    def __init__(self, rules: dict[str, Any]) -> None:
        self.rules = rules
        units = rules.get("units", {})
        self.unit_of = {w.lower(): u for u, ws in units.items() for w in ws}
        self.scales = {k.lower(): float(v) for k, v in rules.get("scales", {}).items()}
        self.words = {k.lower(): float(v) for k, v in rules.get("number_words", {}).items()}
        cur = alternation(rules.get("currency_symbols", ["£"]))
        word_scales = [s for s in self.scales if len(s) > 2]
        short_scales = [s for s in self.scales if len(s) <= 2]
        unit_words = alternation(list(self.unit_of))
        unit_words = unit_words.replace(r"\ ", r"[\s-]")
        # a sign glued to its figure ("-4.6%"), or set off by a space where nothing else can stand
        # before a figure: right after an opening bracket or a colon ("(- 4%)", "Burglary: + 5%")
        spaced_sign = rules.get("spaced_sign_left", r"(?!x)x")
        digit_body = (
            r"(?:(?P<sign>[-−–+])(?=(?:" + cur + r")?\d)|(?:" + spaced_sign + r")(?P<ssign>[-−–+])[ \t](?=(?:" + cur
            + r")?\d))?"
            r"(?P<cur>" + cur + r")?"
            r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\.?\d)(?!,\d{3})"
            r"(?:(?P<wscale>\s?(?:" + alternation(word_scales) + r"))|(?P<sscale>" + alternation(short_scales) + r"))?"
            r"(?:\s?(?P<unit>" + unit_words + r"))?"
            r"(?![A-Za-z0-9])"
        )
        self.digit_re = re.compile(r"(?<![\w/.,:\-−–+£$€])" + digit_body, re.I)
        # "down24%", "by5 per cent", "around12 fewer": a figure glued to a direction, hedge or
        # preposition word before it (a space lost); read as if the space were there
        self.glued_re = re.compile(r"\b(?:" + alternation(rules.get("glued_before", [])) + r")(?=\d)", re.I) \
            if rules.get("glued_before") else None
        self.digit_body_re = re.compile(digit_body, re.I)
        # a written number takes the spelled-out units only: "five percentage points", "ten per cent"
        word_units = alternation([w for w, u in self.unit_of.items() if u in ("percent", "percentage_point")
                                  and (len(w) > 2 and w.isalpha() or " " in w)]).replace(r"\ ", r"[\s-]")
        tens = [w for w, v in self.words.items() if v % 10 == 0 and 20 <= v <= 90]
        ones = [w for w, v in self.words.items() if 1 <= v <= 9] + ["one"]  # "thirty-one": "one" is no word alone
        # ... also written with a space after the tens word ("Sixty four per cent": every tens word ends in "ty")
        # a spelled decimal ("two point six percentage points", "nought point five per cent"): read only before
        # a scale or unit word, so "at one point six officers were hurt" stays a phrase and a count
        self.digit_words = {**{w: v for w, v in self.words.items() if 1 <= v <= 9 and " " not in w}, "one": 1.0,
                            **{w.lower(): 0.0 for w in rules.get("zero_words", [])}}
        digit_word = alternation(list(self.digit_words))
        unit_or_scale = alternation(word_scales) + "|" + word_units
        point = r"(?:\s+point\s+(?P<dec>(?:" + digit_word + r")(?:\s+(?:" + digit_word + r"))*)(?=\s+(?:" + unit_or_scale + r")\b))"
        point_ahead = point.replace("(?P<dec>", "(?:")
        # ... but "at one point" is a phrase of time ("At one point five per cent of calls were dropped")
        idiom = "".join(r"(?<!\b" + re.escape(w) + r"\s)" for w in rules.get("one_point_idiom_before", []))
        self.word_re = re.compile(
            r"(?<![\w-])(?P<w>" + alternation(list(self.words)) + r"|one(?=\s+(?:" + alternation(word_scales) + r"|per[\s-]cent|percent|percentage[\s-]points?)\b)"
            r"|" + idiom + r"(?:one|" + (alternation(rules.get("zero_words", [])) or "(?!x)x") + r")(?=" + point_ahead + r"))"
            r"(?:(?:-|(?<=ty)[ \t]+)(?P<w2>" + alternation(ones) + r"))?"
            + point + r"?"
            r"(?:\s+(?P<wscale>" + alternation(word_scales + ["hundred"]) + r"))?"
            r"(?:\s+(?P<unit>" + word_units + r"))?"
            r"(?![\w-])",
            re.I,
        )
        self._tens = set(tens)
        fr = rules.get("fractions", {})
        self.fractions = {k.lower(): float(v) for k, v in fr.items()}
        self.fraction_ratio_re = re.compile(rules.get("fraction_ratio_after", r"(?!x)x"))
        self.fraction_re = re.compile(r"(?<![\w-])(?P<f>" + alternation(list(fr)) + r")(?![\w-])", re.I)
        self.half_re = re.compile(r"(?<![\w-])(?P<f>" + alternation(rules.get("half_words", ["half"])) + r")(?![\w-])", re.I)
        self.one_in_re = re.compile(r"(?<![\w-])" + rules.get("one_in_pattern", r"one\s+in\s+(?P<den>\d+)") + r"(?![\w-])", re.I)
        # "one" alone is read only as the amount of a change: "an increase of one", "down by one"
        # ("one in May", "one in 2023": a month or year after "in" dates the figure, no share "one in five")
        dated = rules.get("one_in_dated", r"(?!x)x")
        self.one_re = re.compile(r"(?<![\w-])one(?![\w-])(?!\s+(?:of|in(?!\s+(?:" + dated + r"))|out|per|"
                                 r"another|or\s+two|and\s+a)\b)", re.I)
        self.one_left_re = re.compile(rules.get("one_after", r"(?!x)x") + r"$", re.I)
        # ... or a level set against another figure ("from four to one"), or a count of an offence ("one homicide")
        self.one_level_re = re.compile(rules.get("one_level_left", r"(?!x)x"), re.I)
        self.one_from_re = re.compile(rules.get("one_from_left", r"(?!x)x"), re.I)
        self.one_from_right_re = re.compile(rules.get("one_from_right", r"(?!x)x"), re.I)
        self.one_count_re = re.compile(rules.get("one_count_right", r"(?!x)x"), re.I)
        self.one_rate_refuse_re = re.compile(rules.get("one_rate_refuse_right", r"(?!x)x"), re.I)
        self.one_count_refuse_re = re.compile(rules.get("one_count_refuse_left", r"(?!x)x"), re.I)
        # "one in every 10 residents": "every" and a population after it make the share a rate
        self.every_re = re.compile(r"\bevery\b", re.I)
        self.one_in_rate_re = re.compile(rules.get("one_in_rate_after", r"(?!x)x"), re.I)
        self.ratio_words = {k.lower(): float(v) for k, v in rules.get("ratio_words", {}).items()}
        self.ratio_word_re = re.compile(r"(?<![\w-])(?P<w>" + (alternation(list(self.ratio_words)) or "(?!x)x")
                                        + r")(?![\w-])", re.I)
        self.ratio_after_re = re.compile(rules.get("ratio_words_after", r"(?!x)x"), re.I)
        self.currency_refuse_re = re.compile(rules.get("currency_word_refuse_right", r"(?!x)x"), re.I)
        self.multipliers = []
        for m in rules.get("multipliers", []):
            rx = re.compile(r"(?<![\w-])(?:" + alternation(m["words"]) + r")(?![\w-])", re.I)
            self.multipliers.append((m["id"], rx, float(m["value"]), m["direction"]))
        self.rate_re = re.compile(rules.get("rate_tail", r"^\s+per\s+1,000\s+\w+"), re.I)
        self.rate_pair_re = re.compile(rules.get("rate_pair_head", r"(?!x)x"), re.I)
        self.frequency_re = re.compile(rules.get("frequency_tail", r"(?!x)x"), re.I)
        self.rate_head_re = re.compile(rules["rate_head"], re.I) if rules.get("rate_head") else None
        self.rate_head_refuse_re = re.compile(rules.get("rate_head_refuse_right", r"(?!x)x"), re.I)
        self.times_re = re.compile(r"^\s+times\b", re.I)
        self.times_ratio_re = re.compile(rules.get("times_ratio_after", r"^\s+(?:the|as)\b"), re.I)
        self.phone_re = re.compile(rules.get("phone_pattern", r"(?!x)x"))
        self.year_re = re.compile(rules.get("year_pattern", r"^(?:19|20)\d\d$"))
        never = r"(?!x)x"
        self.year_count_right_re = re.compile(rules.get("year_count_right", never))
        self.year_time_left_re = re.compile(rules.get("year_time_left", never))
        self.year_count_left_re = re.compile(rules.get("year_count_left", never))
        self.year_span_left_re = re.compile(rules.get("year_span_left", never))
        self.year_span_right_re = re.compile(rules.get("year_span_right", never))
        self.year_span_end_left_re = re.compile(rules.get("year_span_end_left", never))
        self.year_change_of_left_re = re.compile(rules.get("year_change_of_left", never))
        self.year_counted_right_re = re.compile(rules.get("year_counted_right", never))
        self.year_noun_right_re = re.compile(rules.get("year_noun_right", never))
        self.year_noun_left_refuse_re = re.compile(rules.get("year_noun_left_refuse", never))
        self.year_noun_left_dated_re = re.compile(rules.get("year_noun_left_dated", never))
        self.span_other_re = re.compile(r"[\d,.]+")
        self.phone_numbers = set(str(p) for p in rules.get("phone_numbers", []))
        # the words after a phone number that name its line: the nouns it heads in a metric ("999 calls"),
        # then ``phone_line_after`` (other words, punctuation, "or 999"); the nouns are listed once
        heads = alternation([str(w) for w in rules.get("phone_line_heads", [])])
        after = [r"^\s*(?i:" + heads + r")\b"] if heads else []
        after += [rules["phone_line_after"]] if rules.get("phone_line_after") else []
        self.phone_after_re = re.compile("|".join(after) or r"(?!x)x")
        self.phone_before_re = re.compile(rules.get("phone_line_before", r"(?!x)x"))
        # "between 3 and 5 per cent", "2 to 4%", "10-15%": the first figure of a range takes the second's unit
        self.range_between_re = re.compile(r"\bbetween\s+$", re.I)
        self.range_mid_re = re.compile(r"\s+(?:and|to)\s+|[-–]", re.I)
        # ... whose second figure, glued to the first by a dash, the digit pattern refuses (a dash before a
        # figure is a year span or a code: "2019-20", "A-1"); read only with a percentage unit after it
        pct_words = alternation([w for w, u in self.unit_of.items() if u in ("percent", "percentage_point")])
        self.dash_range_re = re.compile(
            r"(?<![\w/.,:\-−–+£$€])\d+(?:\.\d+)?[-–](?P<num>\d+(?:\.\d+)?)\s?(?P<unit>"
            + pct_words.replace(r"\ ", r"[\s-]") + r")(?![A-Za-z0-9])", re.I)
        # "up 30 and 50 per cent in A and B respectively": two figures of one unit, each of its own item
        self.respectively_re = re.compile(rules.get("respectively_after", r"(?!x)x"), re.I)
        self.pair_after_direction_re = re.compile(rules.get("pair_after_direction", r"(?!x)x"), re.I)
        self.pair_refuse_right_re = re.compile(rules.get("pair_after_direction_refuse_right", r"(?!x)x"), re.I)
        # "36, 472 incidents": thousands with a space after the comma, unless a list reads as well
        self.spaced_left_refuse_re = re.compile(rules.get("spaced_thousands_left_refuse", r"(?!x)x"), re.I)
        self.spaced_right_refuse_re = re.compile(rules.get("spaced_thousands_right_refuse", r"(?!x)x"), re.I)
        # the scans of the whole text get a first-character guard (``guarded``: the same matches, faster);
        # the digit pattern opens with a lookbehind and optional sign and currency groups, so ``re`` tries
        # it at every position; the guard skips to a digit, sign or currency symbol (half the scan's time)
        for name in ("digit_re", "phone_re", "glued_re", "word_re", "fraction_re", "half_re", "one_re",
                     "ratio_word_re"):
            if getattr(self, name) is not None:
                setattr(self, name, guarded(getattr(self, name)))
        self.multipliers = [(rid, guarded(rx), value, direction) for rid, rx, value, direction in self.multipliers]

    # -- reading -------------------------------------------------------------
    def find(self, text: str) -> list[Number]:
        """Every number-like mention, overlaps resolved longest-first."""
        found: list[Number] = []
        found += self._spaced_thousands(text, self._digits(text))
        found += self._words(text)
        found += self._fractions(text)
        found += self._ratio_words(text)   # before the multipliers: "double the national average" is a ratio
        found += self._multipliers(text)
        found = [self._extend(text, n) for n in found]
        return self._ranges(text, resolve_overlaps(found))

    def _ranges(self, text: str, found: list[Number]) -> list[Number]:
        """A bare figure opening a range of percentages is a percentage ("between three and five percent"),
        and so is one paired with a percentage item by item ("up 30 and 50 per cent in A and B respectively")."""
        for i in range(len(found) - 1):
            a, b = found[i], found[i + 1]
            if not (a.bare and a.unit == "count" and b.unit in ("percent", "percentage_point")):
                continue
            mid = text[a.end:b.number_start if b.number_start >= 0 else b.start]
            m = self.range_mid_re.fullmatch(mid)
            if not m or (mid.strip().lower() == "and" and not self.range_between_re.search(text[max(0, a.start - 12):a.start])
                         and not self.respectively_re.match(text, b.end)
                         and not (self.pair_after_direction_re.search(text[max(0, a.start - 16):a.start])
                                  and not self.pair_refuse_right_re.match(text[b.end:b.end + 40]))):
                continue
            found[i] = replace(a, unit=b.unit, bare=False, rule_id=a.rule_id + "_range")
        return found

    def phone_spans(self, text: str) -> list[tuple[int, int]]:
        """Character ranges of phone numbers ("0800 555 111")."""
        return [m.span() for m in self.phone_re.finditer(text)]

    def _glued(self, text: str) -> list[re.Match[str]]:
        """Figures glued to the word before them ("down24%"), as matches of the digit pattern."""
        if self.glued_re is None:
            return []
        out = []
        for g in self.glued_re.finditer(text):
            m = self.digit_body_re.match(text, g.end())
            if m is not None and not m.group("sign") and not m.group("ssign"):
                out.append(m)
        return out

    def _digits(self, text: str) -> list[Number]:
        out = []
        for m in [*self.digit_re.finditer(text), *self._glued(text)]:
            raw = m.group("num")
            value = float(raw.replace(",", ""))
            scale = (m.group("wscale") or m.group("sscale") or "").strip().lower()
            unit_word = (m.group("unit") or "").lower()
            unit_word = re.sub(r"[\s-]+", " ", unit_word)
            if scale:
                value *= self.scales.get(scale, 1.0)
            unit = self.unit_of.get(unit_word, "count") if unit_word else "count"
            if unit == "pence":
                unit, value = "currency", value / 100
            if m.group("cur"):
                unit = "currency"
            elif unit == "currency" and not scale and self.currency_refuse_re.match(text[m.end():m.end() + 20]):
                unit_word, unit = "", "count"  # "5 pounds of cannabis": a weight
            sign = m.group("sign") or m.group("ssign")
            direction = None
            if sign:
                direction = "increase" if sign == "+" else "decrease"
            bare = not (unit_word or scale or m.group("cur"))
            if bare and self.year_re.match(raw) and not self._year_shaped_count(text, m.start(), m.end()):
                continue  # a year: a period, never a claim
            if bare and raw in self.phone_numbers and self._names_phone_line(text, m.start(), m.end()):
                continue  # 101, 999: phone lines
            rid = "num_" + ("currency" if unit == "currency" else unit if unit_word else "scaled" if scale else "digits")
            out.append(Number(m.start(), m.end(), value, unit, rid, direction, bool(sign), bare,
                              m.start("cur") if m.group("cur") else m.start("num")))
        for m in self.dash_range_re.finditer(text):  # "10-15%": the range's second figure
            unit = self.unit_of.get(re.sub(r"[\s-]+", " ", m.group("unit").lower()), "percent")
            out.append(Number(m.start("num"), m.end(), float(m.group("num")), unit, "num_" + unit,
                              number_start=m.start("num")))
        return out

    def _spaced_thousands(self, text: str, found: list[Number]) -> list[Number]:
        """"36, 472 incidents": a bare figure of one to three digits, ", " and a figure of exactly three
        digits are one figure (a thousands comma followed by a stray space), unless the text around
        reads as a list of figures ("12, 36, 472", "36, 472 and 510") or a date ("May 5, 472")."""
        found = sorted(found, key=lambda n: n.start)
        out: list[Number] = []
        i = 0
        while i < len(found):
            a = found[i]
            b = found[i + 1] if i + 1 < len(found) else None
            if (b is not None and a.bare and not a.signed and a.unit == "count" and not b.signed
                    and b.number_start == b.start and text[a.end:b.start] == ", "
                    and _SPACED_HEAD.fullmatch(text, a.start, a.end) and _SPACED_GROUP.match(text, b.start)
                    and b.value == float(text[b.start:b.start + 3])  # no scale word: "36, 472 million" is no join
                    and not self.spaced_left_refuse_re.search(text[max(0, a.start - 40):a.start])
                    and not self.spaced_right_refuse_re.match(text[b.start + 3:b.start + 43])):
                value = float(text[a.start:a.end]) * 1000 + b.value
                out.append(replace(b, start=a.start, value=value, number_start=a.start))
                i += 2
                continue
            out.append(a)
            i += 1
        return out

    def _year_shaped_count(self, text: str, start: int, end: int) -> bool:
        """"1911 fewer victims", "a total of 1966 robberies", "from 2080 to 2694", "a reduction of 1630
        offences", "3418 compared to 1875", "1850 burglaries were recorded": a count in a year's range written
        without its thousands comma, told from a year by the grammar around it."""
        left = text[max(0, start - 40):start]
        right = text[end:end + 40]
        if self.year_count_right_re.match(right) and not self.year_time_left_re.search(left):
            return True
        if self.year_count_left_re.search(left):
            return True
        if self.year_noun_right_re.match(right) and not self.year_noun_left_refuse_re.search(left) \
                and (self.year_noun_left_dated_re.search(left) or not self.year_time_left_re.search(left)):
            return True  # "1966 child sexual abuse crimes were recorded": a count of what police count
        if self.year_change_of_left_re.search(left) and self.year_counted_right_re.match(right):
            return True
        if self.year_span_left_re.search(left) and (to := self.year_span_right_re.match(right)):
            other = self.span_other_re.match(right, to.end())
            return other is not None and not self.year_re.match(other.group().rstrip(".,"))
        if (span := self.year_span_end_left_re.search(left)) is not None:
            return not self.year_re.match(span.group("other").rstrip(".,"))
        return False

    def _names_phone_line(self, text: str, start: int, end: int) -> bool:
        """"Call 101", "999 calls", "on 101." name the line; "recorded 999 burglaries" counts."""
        return bool(self.phone_after_re.match(text[end:end + 30])
                    or self.phone_before_re.search(text[max(0, start - 30):start]))

    def _one_stated(self, text: str, start: int, end: int) -> bool:
        """"One" as a level set against another figure ("from four to one", "from just one in May to four",
        "three deaths, compared to one"), the size of a change in a count ("one fewer burglary") or the
        figure of a rate per head ("one victim per 1,000 population")."""
        right = text[end:end + 80]
        counted = self.one_count_re.match(right) and not self.one_count_refuse_re.search(text, max(0, start - 10), start)
        rate = self.rate_re.match(right) and not self.one_rate_refuse_re.match(right)
        return bool(self.one_level_re.search(text, max(0, start - 90), start) or counted or rate
                    or (self.one_from_re.search(text, max(0, start - 20), start) and self.one_from_right_re.match(right)))

    def _words(self, text: str) -> list[Number]:
        out = []
        for m in self.one_re.finditer(text):  # "an increase of one", "fell by one": a change of one
            # ... or the count of a frequency, "one crime every 30 seconds" (``_extend`` makes it a rate)
            if self.one_left_re.search(text, max(0, m.start() - 40), m.start()) \
                    or self.frequency_re.match(text[m.end():m.end() + 120]) or self._one_stated(text, m.start(), m.end()):
                out.append(Number(m.start(), m.end(), 1.0, "count", "num_words", bare=True, number_start=m.start()))
        for m in self.word_re.finditer(text):
            w = m.group("w").lower()
            value = self.digit_words.get(w, self.words.get(w, 1.0))
            if m.group("w2"):
                if w not in self._tens:
                    continue
                value += self.words.get(m.group("w2").lower(), 1.0)  # "one" is the only one not listed
            if m.group("dec"):  # "two point six": the digits after "point", one word each
                digits = "".join(str(int(self.digit_words[d.lower()])) for d in m.group("dec").split())
                value = round(value + float("0." + digits), len(digits))
            scale = (m.group("wscale") or "").lower()
            if scale:
                value *= 100.0 if scale == "hundred" else self.scales.get(scale, 1.0)
            unit_word = re.sub(r"[\s-]+", " ", (m.group("unit") or "").lower())
            unit = self.unit_of.get(unit_word, "percent") if unit_word else "count"
            out.append(Number(m.start(), m.end(), value, unit, "num_words", bare=unit == "count" and not scale,
                              number_start=m.start()))
        return out

    def _fractions(self, text: str) -> list[Number]:
        out = []
        for m in self.fraction_re.finditer(text):
            value = self.fractions[m.group("f").lower()]
            if self.fraction_ratio_re.match(text, m.end()):  # "a third of the national rate": a ratio
                out.append(Number(m.start(), m.end(), round(value / 100, 4), "ratio", "num_fraction_ratio",
                                  number_start=m.start()))
                continue
            out.append(Number(m.start(), m.end(), value, "percent", "num_fraction", number_start=m.start()))
        for m in self.half_re.finditer(text):
            if self.ratio_after_re.match(text[m.end():m.end() + 80]):
                continue  # "half the national increase": a ratio (``_ratio_words``)
            out.append(Number(m.start(), m.end(), 50.0, "percent", "num_half", number_start=m.start()))
        for m in self.one_in_re.finditer(text):  # "one in five", "nine out of ten": a share
            n = self._word_or_digits(m.groupdict().get("num") or "one")
            d = self._word_or_digits(m.group("den"))
            if not 0 < n < d:
                continue
            rate = self.one_in_rate_re.match(text, m.end()) if self.every_re.search(m.group()) or d >= 1000 else None
            if rate or d >= 1000:  # "nine out of every 1,000 people", "one in 1,000": a rate per head, value N
                out.append(Number(m.start(), rate.end() if rate else m.end(), n, "rate", "num_one_in_rate",
                                  number_start=m.start()))
            else:
                out.append(Number(m.start(), m.end(), round(100.0 * n / d, 2), "percent", "num_one_in",
                                  number_start=m.start()))
        return out

    def _ratio_words(self, text: str) -> list[Number]:
        """"twice the national average", "half the national increase": a ratio before a comparison."""
        out = []
        for m in self.ratio_word_re.finditer(text):
            if self.ratio_after_re.match(text[m.end():m.end() + 80]):
                out.append(Number(m.start(), m.end(), self.ratio_words[m.group("w").lower()], "ratio",
                                  "num_ratio_word", number_start=m.start()))
        return out

    def _word_or_digits(self, raw: str) -> float:
        """"nine" -> 9, "1,000" -> 1000, "one"/"a hundred" via the number words; unknown -> 0."""
        key = re.sub(r"\s+", " ", raw.strip().lower())
        if key.replace(",", "").isdigit():
            return float(key.replace(",", ""))
        if key == "one":
            return 1.0
        return self.words.get(key, 0.0)

    def _multipliers(self, text: str) -> list[Number]:
        out = []
        for rid, rx, value, direction in self.multipliers:
            for m in rx.finditer(text):
                out.append(Number(m.start(), m.end(), value, "percent", rid, direction, number_start=m.start()))
        return out

    def _extend(self, text: str, n: Number) -> Number:
        """Rates ("62 crimes per 1,000 people", "one crime every 30 seconds", "a rate of 50") and "N times"
        widen a count."""
        if n.unit != "count":
            return n
        right = text[n.end:n.end + 80]
        if n.bare and (p := self.rate_pair_re.match(right)) and self.rate_re.match(right[p.end():]):
            # "82.2 and 81.3 crimes per 1,000 people": the first of a pair takes the rate the second states
            return replace(n, unit="rate", rule_id="num_rate_pair", bare=False)
        m = self.rate_re.match(right)
        if m:
            return Number(n.start, n.end + m.end(), n.value, "rate", "num_rate", n.direction, n.signed, False,
                          n.number_start)
        m = self.frequency_re.match(text[n.end:n.end + 120])
        if m:
            return Number(n.start, n.end + m.end(), n.value, "rate", "num_frequency", n.direction, n.signed, False,
                          n.number_start)
        if n.bare and self.rate_head_re is not None and self.rate_head_re.search(text, max(0, n.start - 80), n.start) \
                and not self.rate_head_refuse_re.match(right):
            # "the crime rate per thousand people is 150": the rate named before the figure
            return replace(n, unit="rate", rule_id="num_rate_head", bare=False)
        m = self.times_re.match(right)
        if m:
            after = right[m.end():]
            unit = "ratio" if self.times_ratio_re.match(after) else "count"
            return Number(n.start, n.end + m.end(), n.value, unit, "num_times", n.direction, n.signed, False,
                          n.number_start)
        return n


def resolve_overlaps(found: list[Number]) -> list[Number]:
    """Keep the longest of overlapping mentions ("two thirds" over "two")."""
    found.sort(key=lambda n: (n.start, -(n.end - n.start)))
    kept: list[Number] = []
    for n in found:
        if kept and n.start < kept[-1].end:
            if n.end - n.start > kept[-1].end - kept[-1].start:
                kept[-1] = n
            continue
        kept.append(n)
    return kept


_SPACED_HEAD = re.compile(r"[1-9]\d{0,2}")
_SPACED_GROUP = re.compile(r"\d{3}(?![\d,.]\d)")
_FRACTION_WORDS = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|sixths?|tenths?)\b", re.I)
_MILLION_SUFFIX = re.compile(r"\d\s?m\b")
_POINTS = re.compile(r"\bpercentage[- ]points?\b|\bpoints?\b", re.I)


@lru_cache(maxsize=4096)
def quantulum_value(span_text: str) -> tuple[float, str] | None:
    """Fallback reader for span texts the fast path cannot read (cached by text).

    quantulum3 alone misreads crime statistics; the domain fixes: "3.9m" is
    3.9 million, not metres; "percentage points" are points, not percent;
    "a third" is 33.33 percent, not 0.33; units from other domains ("a drop"
    as a volume, "a pound" as a weight) are no claim value at all.
    """
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
        quants = parser.parse(span_text)
    except Exception:  # quantulum is a fallback: a failure loses one reading, never the release
        return None
    if not quants:
        return None
    q = quants[0]
    name, value = q.unit.name, abs(q.value)
    if name in ("percentage", "per cent"):
        return value, "percentage_point" if _POINTS.search(span_text) else "percent"
    if name == "pound sterling":
        return value, "currency"
    if name == "penny":
        return value / 100, "currency"
    if name == "metre" and _MILLION_SUFFIX.search(span_text):
        return value * 1_000_000, "count"
    if name == "dimensionless":
        if value < 1 and _FRACTION_WORDS.search(span_text):
            return round(value * 100, 2), "percent"
        return value, "count"
    return None
