"""The claims component: every statistical claim of a release, with its fields.

``__call__`` is ``match()`` (numbers found by regex over the text, judged by
their context) then ``set_annotations()`` (metric, area, source, quote and
periods, carried from the claim before where the sentence says nothing).
All words and patterns are data: ``rules/claims.yaml`` and ``rules/places.yaml``.

This module holds the factory, the rules compiled once (``_compile``) and the
orchestration (``__call__``); the steps are mixed into the component from their
modules, so that each reads the compiled rules from ``self``: ``finding``
(``match``), ``headlines`` (changes the headline states without a number),
``fields`` (``set_annotations``) and ``table_cells`` (a line table's cells).
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from .area import AreaReader
from .context import ContextReader
from .fields import ClaimFields
from .finding import FigureFinding
from .headlines import HeadlineDirections
from .line_tables import LineTables
from .links import PeriodLinker, SourceReader
from .metric import MetricReader
from .numbers import NumberFinder, alternation
from .prefilter import guarded
from .segments import _segments, date_cut_patterns
from .table_cells import TableCellFields
from .validation import validate_rules
from ...extensions import CLAIMS, ext
from ..base import RuleComponent, text_of

RULE_SECTIONS = frozenset({
    "number_words", "zero_words", "one_point_idiom_before", "one_words", "scales", "fractions", "half_words", "one_in_pattern", "multipliers", "units",
    "currency_symbols", "currency_words", "times_ratio_after", "rate_tail", "rate_pair_head", "frequency_tail", "rate_carry_refuse_right", "rate_head", "hedges", "direction", "level_cues",
    "continuation_cues", "increase_prefixes", "distractors", "phone_numbers", "phone_line_after", "phone_line_before", "phone_line_heads", "phone_pattern", "year_pattern",
    "date_cut",
    "glued_before", "year_count_right", "year_time_left", "year_count_left", "year_span_left", "year_span_right", "year_span_end_left",
    "year_change_of_left", "year_counted_right", "year_noun_right", "year_noun_left_refuse", "year_noun_left_dated", "half_by_left", "half_by_refuse_right", "one_rate_refuse_right",
    "sources", "source_acronym", "source_dispute", "source_stop", "source_names", "metric", "area", "places", "coordination_pattern", "respectively_pattern", "respectively_after",
    "pair_after_direction", "pair_after_direction_refuse_right",
    "period_links", "rate_bracket", "line_distractors", "other_metric", "points_tail", "points_context", "percent_left_off_left", "percent_in_sentence",
    "ratio_words", "ratio_words_after", "fraction_ratio_after", "currency_word_refuse_right", "line_tables", "one_in_rate_after", "one_after", "one_level_left", "one_in_dated", "one_from_left", "one_from_right", "one_count_right", "one_count_refuse_left", "rate_lead_in", "rate_lead_in_attached",
    "rate_head_refuse_right", "rate_comparator_left", "target_of_left", "rate_carry_refuse_left", "list_heading_rate",
    "list_heading_percent", "list_item_sentence_end",
    "bracket_legend", "bracket_legend_unit",
    "spaced_sign_left",
    "spaced_thousands_left_refuse", "spaced_thousands_right_refuse",
    "axis_run", "list_item", "list_item_page", "list_item_last_page", "list_item_run", "list_item_reach",
})


class ClaimsComponent(FigureFinding, HeadlineDirections, ClaimFields, TableCellFields, RuleComponent):
    """Finds statistical claims; writes ``doc.spans["claims"]`` sorted by start."""

    rule_keys = RULE_SECTIONS

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        rules: dict[str, Any] | None = None,
        places: dict[str, Any] | None = None,
    ) -> None:
        """Load the rules and the gazetteer (both read from YAML by the config)."""
        data = dict(rules or {})
        data["places"] = places or data.get("places") or {}
        self.set_rules(data)

    def _compile(self) -> None:
        validate_rules(self.rules)
        self.finder = NumberFinder(self.rules)
        self.reader = ContextReader(self.rules)
        self.metrics = MetricReader(self.rules)
        self.areas = AreaReader(self.rules, self.rules.get("places", {}))
        self.sources = SourceReader(self.rules)
        self.links = PeriodLinker(self.rules)
        self.tables = LineTables(self.rules)
        self.date_cut = date_cut_patterns(self.rules)
        # a chart's axis flattened into the text: a run of bare numbers read by ``_axis_ticks``
        self.axis_run_re = guarded(re.compile(self.rules.get("axis_run", r"(?!x)x")))
        # a numbered list or contents flattened into the text: its item numbers, read by ``_list_items``
        self.list_item_re = re.compile(self.rules.get("list_item", r"(?!x)x"))
        self.list_item_page_re = re.compile(self.rules.get("list_item_page", r"(?!x)x"))
        self.list_item_last_page_re = re.compile(self.rules.get("list_item_last_page", r"(?!x)x"))
        self.list_item_run = int(self.rules.get("list_item_run", 3))
        self.list_item_reach = int(self.rules.get("list_item_reach", 300))
        self.coordination_re = re.compile(self.rules.get("coordination_pattern", r"^\s*(?:,|,?\s+and)\s+$"), re.I)
        self.respectively_re = re.compile(self.rules.get("respectively_pattern", r"(?!x)x"), re.I)
        d = self.rules.get("direction", {})
        self.stable_words = {w.lower() for w in d.get("stable", [])}
        self.headline_dir = {**self.reader.verb_dir, **self.reader.noun_dir}
        self.half_ok_left = re.compile(r"\b(?:the|first|second|last|a|and\s+a|one)\s+$", re.I)
        self.half_by_left = re.compile(self.rules.get("half_by_left", r"(?!x)x"), re.I)
        self.half_by_refuse_right = re.compile(self.rules.get("half_by_refuse_right", r"(?!x)x"), re.I)
        self.by_left = re.compile(r"\bby\s+(?:(?:a|an)\s+[\w-]+\s+|only\s+)?$", re.I)
        self.by_share_right_re = re.compile(d.get("by_share_right", r"(?!x)x"), re.I)
        self.continuing_verbs = {w.lower() for w in d.get("continuing_verbs", [])}
        self.relative_dir = {w.lower(): k for k, ws in d.get("relative_verbs", {}).items() for w in ws}
        self.headline_phrases = [(re.compile(r"\b" + re.escape(p) + r"\b", re.I), k)
                                 for k, ps in d.get("headline_phrases", {}).items() for p in ps]
        self.headline_phrases += [(re.compile(p, re.I), k)
                                  for k, ps in d.get("headline_patterns", {}).items() for p in ps]
        self.headline_breaks = {w.lower() for w in d.get("headline_clause_breaks", [])}
        self.headline_comparatives = {w.lower(): k for k, ws in d.get("headline_comparatives", {}).items() for w in ws}
        self.outcome_verbs = {w.lower(): str(k) for k, ws in d.get("headline_outcome_verbs", {}).items() for w in ws}
        self.aim_words = {w.lower() for w in d.get("headline_aim_words", [])}
        self.causatives = {w.lower() for w in d.get("headline_causatives", [])}
        self.counted_people = {w.lower() for w in d.get("headline_counted_people", [])}
        self.offence_nouns = {w.lower() for w in d.get("headline_offence_nouns", [])}
        self.measure_heads = {w.lower() for w in d.get("headline_measure_heads", [])}
        # where a headline clause ends: a comma, colon, semicolon, dash, or a word opening another clause
        breaks = "|".join(re.escape(w) for w in d.get("headline_clause_breaks", []))
        self._headline_clause_re = re.compile(r",(?=\s)|[:;–—|]|\s-\s|\n" + (rf"|\b(?:{breaks})\b" if breaks else ""), re.I)
        self.headline_leads_re = re.compile(r"^(?:the\s+)?(?:" + alternation(d.get("headline_counter_leads", []))
                                            + r")\s+", re.I) if d.get("headline_counter_leads") else None
        self.question_openers = {w.lower() for w in d.get("headline_question_openers", [])}
        # a headline percentage that is a share ("40% of victims"), and the words that make it a level of its
        # own between a change word and it ("Crime falls and detection rate at 30%"): ``_headline_sizes``
        self.headline_share_re = re.compile(r"\s+(?:" + (alternation(d.get("headline_share_after", [])) or "(?!x)x")
                                            + r")\b", re.I)
        self.headline_level_between_re = re.compile(
            r"\b(?:" + (alternation(d.get("headline_level_between", [])) or "(?!x)x") + r")\b", re.I)
        # "rates for arson (10.8 or 7,500 incidents)": a bare figure in brackets after a rate is a rate
        self.rate_bracket_re = re.compile(self.rules["rate_bracket"], re.I) if self.rules.get("rate_bracket") else None
        self.bracket_close_re = re.compile(r"^\s*(?:\)|or\b)")
        self.rate_lead_re = re.compile(self.rules.get("rate_lead_in", r"(?!x)x"), re.I)
        self.rate_attached_re = re.compile(self.rules.get("rate_lead_in_attached", r"(?!x)x"), re.I)
        self.points_re = re.compile(self.rules.get("points_tail", r"(?!x)x"), re.I)
        self.percent_left_off_re = re.compile(self.rules.get("percent_left_off_left", r"(?!x)x"), re.I)
        self.percent_in_sentence_re = re.compile(self.rules.get("percent_in_sentence", r"(?!x)x"), re.I)
        self.points_context_re = guarded(re.compile(self.rules.get("points_context", r"(?!x)x"), re.I))
        nouns = self.rules.get("metric", {}).get("count_nouns", [])
        # "10.8 or 7,500 incidents": a figure naming its own count noun takes no carried rate
        self.count_noun_re = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + alternation(nouns) + r")\b", re.I) if nouns else None
        self.rate_carry_refuse_re = re.compile(self.rules.get("rate_carry_refuse_right", r"(?!x)x"), re.I)
        self.rate_carry_refuse_left_re = re.compile(self.rules.get("rate_carry_refuse_left", r"(?!x)x"), re.I)
        self.rate_comparator_re = re.compile(self.rules.get("rate_comparator_left", r"(?!x)x"), re.I)
        # a figure named as a target ("against a target of 810") measures the target: ``_metric``
        self.target_of_re = re.compile(self.rules.get("target_of_left", r"(?!x)x"), re.I)
        # a unit stated once for a list or for bracketed figures: ``_heading_unit``, ``_legend_spans``
        self.heading_rate_re = re.compile(self.rules.get("list_heading_rate", r"(?!x)x"), re.I)
        self.heading_percent_re = re.compile(self.rules.get("list_heading_percent", r"(?!x)x"), re.I)
        self.item_end_re = re.compile(self.rules.get("list_item_sentence_end", r"(?!x)x"))
        self.legend_re = re.compile(self.rules.get("bracket_legend", r"(?!x)x"), re.I)
        self.legend_unit_re = re.compile(self.rules.get("bracket_legend_unit", r"(?!x)x"), re.I)

    # -- the pipe ------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not self.rules:
            doc.spans[CLAIMS] = []
            return doc
        text = text_of(doc)  # spaCy rebuilds doc.text on each access: once per doc
        segs = _segments(doc, text, self.date_cut)
        places = self.areas.places(doc, ext(doc, "release_area"), text)
        self.metrics.begin(doc)
        self.links.begin(doc)
        try:
            found = self.match(doc, text=text, segs=segs, places=places)
            self.set_annotations(doc, found, text=text, segs=segs, places=places)
        finally:
            self.metrics.begin(None)  # keep no reference to the doc
            self.links.begin(None)
        return doc


@Language.factory("crime_claims_claims", assigns=["doc.spans"], default_config={})
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp, name)
