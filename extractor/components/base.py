"""Shared plumbing of the project's rule components.

Rules arrive as data through ``initialize(rules=...)`` (fed by the pipeline
config from files under ``models/``) and are saved with the pipeline, so a
built pipeline never depends on a path. Subclasses compile them in
``_compile`` and do their work in ``__call__``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

import srsly
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.training import Example

from ..extensions import register_extensions


_TEXT_KEY = "crime_claims.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per doc. spaCy rebuilds it from every token on each
    access, and the three components and the records all read it; a retokenized doc
    keeps its text, so the copy stays right (its length is checked all the same)."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    cached = doc.user_data.get(_TEXT_KEY)
    if not isinstance(cached, str) or len(cached) != end:
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return cached


def remember_text(doc: Doc, text: str) -> None:
    """Seed ``text_of`` with the text ``doc`` was made from: spaCy's tokenizer keeps every
    character, so it is ``doc.text``, and the first component need not rebuild it."""
    doc.user_data[_TEXT_KEY] = text


class RuleError(ValueError):
    """A rule file is malformed; the message names the component and the rule."""


class RuleComponent(Pipe):
    """Base class: holds the rule data, (de)serialises it, compiles it once."""

    #: top-level keys a rules mapping may have; others are rejected
    rule_keys: frozenset[str] = frozenset()

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.rules: dict[str, Any] = {}

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        rules: dict[str, Any] | None = None,
    ) -> None:
        """Load the rules (a mapping read from the component's YAML files)."""
        self.set_rules(rules or {})

    def set_rules(self, rules: dict[str, Any]) -> None:
        unknown = set(rules) - self.rule_keys
        if self.rule_keys and unknown:
            raise RuleError(f"{self.name}: unknown rule sections {sorted(unknown)}")
        self.rules = rules
        self._compile()

    def _compile(self) -> None:  # pragma: no cover - overridden
        """Turn ``self.rules`` into matchers and lookups."""

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - overridden
        raise NotImplementedError

    # serialisation: the rules travel with the pipeline
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "rules.json", self.rules)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "RuleComponent":
        self.set_rules(srsly.read_json(Path(path) / "rules.json"))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self.rules).encode("utf8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "RuleComponent":
        self.set_rules(srsly.json_loads(data.decode("utf8")))
        return self


def check_unique_ids(rules: Iterable[dict[str, Any]], where: str) -> None:
    """Every rule has an ``id`` and no id repeats (ids come back on each match)."""
    seen: set[str] = set()
    for i, rule in enumerate(rules):
        rid = rule.get("id")
        if not rid:
            raise RuleError(f"{where}: rule #{i + 1} has no id")
        if rid in seen:
            raise RuleError(f"{where}: duplicate rule id {rid!r}")
        seen.add(rid)
