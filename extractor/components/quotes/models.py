"""What the quote finders pass along: a quote being assembled (``Found``) and who
it is attributed to, by which rule (``Attribution``). Plain values, no spaCy."""
from __future__ import annotations

from dataclasses import dataclass, field

from .speakers import Speaker


@dataclass
class Attribution:
    """Who a segment or sentence is attributed to, and by which rule."""

    speaker: Speaker
    cue: str | None
    rule_id: str
    start: int      # where the attribution clause starts
    end: int        # where it ends (punctuation included)
    group: bool = False     # "they" / "it": a body or organisation named before


@dataclass
class Found:
    """A quote being assembled: its parts (char ranges of quoted words) and attribution."""

    parts: list[tuple[int, int]]
    attr: Attribution
    kind: str
    para: int
    reach: int                  # end of the quote's last part or attribution
    first_mark: int             # first opening mark (direct) or clause start
    text: str | None = None     # indirect: the reported clause
    speaker: Speaker | None = field(default=None)
    fragment: bool = False      # quoted words inside a sentence (direct_fragment)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]
