"""How an attribution pattern is read in a sentence that holds more than one
reporting word: the first match, then later ones while the caller rejects them.
Shared by the direct and the indirect readers."""
from __future__ import annotations

import re
from typing import Iterator

#: how many reporting words of one sentence a pattern tries, the first rejected
TRIES = 3


def readings(rx: re.Pattern[str], text: str, tries: int = TRIES) -> Iterator[re.Match[str]]:
    """The pattern's match, then, each time the caller rejects it, the match
    with that cue word blanked out, if its cue comes later: a later reporting
    word is tried ("Outlining rates for reported crime, Inspector X said ..."
    is cued by "said" when "reported" names no speaker). Blanking keeps every
    offset; an earlier cue is never taken back ("X welcomed the figures,
    saying:" is the participle rule's)."""
    after = -1
    for _ in range(tries):
        m = rx.match(text)
        if m is None:
            return
        has_cue = "cue" in rx.groupindex and m.start("cue") >= 0
        if has_cue and m.start("cue") <= after:
            return
        yield m
        if not has_cue:
            return
        after, b = m.span("cue")
        text = text[:after] + " " * (b - after) + text[b:]
