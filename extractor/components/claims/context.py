"""Read a number's hedge, direction and kind from the words around it.

Pure string functions: the component hands over the sentence text left of
the number and right of it, so every rule here is testable without spaCy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .numbers import alternation
from .prefilter import guarded


@dataclass(frozen=True)
class Reading:
    """What the context says about one number."""

    kind: str                  # change | level | continue (restates the claim before it)
    direction: str | None
    approx: str
    cue_offset: int | None     # where the hedge or direction words start, as an offset into ``left``
    right_extra: int = 0       # characters of ``right`` that belong to the claim ("drop" in "10% drop")
    rule_id: str = ""
    implied: str | None = None  # a level's change of direction ("down from 239"): for a restating "or 30%"
    unit: str | None = None     # a unit the words after the figure state ("44 - the percentage increase")


class ContextReader:
    """Compiled hedge, direction and distractor patterns."""

    def __init__(self, rules: dict[str, Any]) -> None:
        d = rules.get("direction", {})
        hedges = rules.get("hedges", {})
        self.hedge_of = {w.lower(): k for k, ws in hedges.items() for w in ws}
        self.hedge_re = re.compile(r"(?:^|(?<=\W))(?P<h>" + alternation(list(self.hedge_of)) + r")\s+$", re.I)
        # longest text these "<words>\s+$" patterns match before their final spaces (see ``_search_tail``)
        self.hedge_reach = _longest(self.hedge_of)
        self.verb_dir = _invert(d.get("verbs", {}))
        self.noun_dir = _invert(d.get("nouns", {}))
        self.comp_dir = _invert(d.get("comparatives", {}))
        self.count_change_re = re.compile(d.get("count_change_after_level", r"(?!x)x"), re.I)
        verbs = alternation(list(self.verb_dir))
        nouns = alternation(list(self.noun_dir))
        gap = int(d.get("verb_by_gap", 6))
        in_gap = int(d.get("noun_in_gap", 50))
        intens = alternation(d.get("intensifiers", []) or ["huge"])
        articles = d.get("articles", {})
        indef = alternation(articles.get("indefinite", [])) or "(?!x)x"  # "a rise of", "by a huge"
        dets = alternation(articles.get("indefinite", []) + articles.get("definite", [])) or "(?!x)x"
        # words that open another clause inside a change noun's phrase, and verbs that do the same before "by"
        openers = alternation(d.get("clause_openers", [])) or "(?!x)x"
        auxiliaries = alternation(d.get("clause_auxiliaries", [])) or "(?!x)x"
        passive = alternation(d.get("passive_auxiliaries", [])) or "(?!x)x"
        # a passive of any verb but a change word or comparative ("were hit by", not "was up by", "is lower by")
        comps = alternation(list(self.comp_dir)) or "(?!x)x"
        verb_by_conj = alternation(d.get("verb_by_conjunctions", [])) or "(?!x)x"
        # "by a huge ", "a whopping ", "by an average of ": an intensifier between the cue and the figure
        by_fillers = alternation(d.get("by_fillers", [])) or "(?!x)x"
        filler = r"(?:(?:" + indef + r")\s+(?:" + intens + r")\s+|(?:" + by_fillers + r")\s+)?"
        # the "in" phrase holds no other change noun: "the drop in burglary ... a rise of 2%" is the rise
        in_phrase = r"(?:\s+in\s+(?:(?!\b(?:" + nouns + r")\b)[^,;.()\n]){1," + str(in_gap) + r"}?)?"

        # "an increase nationally of 8%", "a rise across the country of 15%": the scope of the change (an
        # adverb of place, or "across"/"throughout" and a place) may stand between the noun and its amount
        scope_adverbs = alternation(d.get("scope_adverbs", [])).replace(r"\ ", r"[\s-]") or "(?!x)x"
        scope_preps = alternation(d.get("scope_prepositions", [])) or "(?!x)x"
        scope = (r"(?:,?\s+(?:" + scope_adverbs + r")\b|\s+(?:" + scope_preps
                 + r")\s+(?:the\s+)?(?:(?!(?:of|by)\b)[A-Za-z][\w'’-]*\s+){0,2}?(?!(?:of|by)\b)[A-Za-z][\w'’-]*)?,?")
        # first words of the cues, for skipping the cue patterns on a tail that holds none
        self.noun_first = _first_words(self.noun_dir)
        self.verb_first = _first_words(self.verb_dir)
        self.particles = {w.lower() for w in d.get("particle_verbs", [])}
        self.particles_up_only = {w.lower() for w in d.get("particle_verbs_up_only", [])}
        self.negations = alternation(d.get("negations", ["not"]))
        # a determiner and up to one word before a change noun: "the sharp fall", "an increase"
        det_lead = r"\b(?:" + dets + r")\s+(?:[\w-]+\s+)?"

        def noun_cue(lead: str, phrase: str, tail: str) -> re.Pattern[str]:
            """A change noun cue: ``lead``, the noun, ``phrase`` (what changed) and ``tail`` up to the figure."""
            return guarded(re.compile(lead + r"(?P<cue>" + nouns + r")" + phrase + tail, re.I))

        # ... and "of" is the change's, not a part's: "a fall in crime and is one of two forces" counts forces
        self.noun_of_re = noun_cue(r"(?:" + det_lead + r")?\b", in_phrase,
                                   scope + r"(?<!\bone)\s+of\s+" + filler + "$")
        # ... the same with a longer "in" phrase: a period in it, an aside between commas or a narrowing
        # after one ("a rise in offences, which include minor ones, of 1%")
        of_gap = int(d.get("noun_of_gap", in_gap))
        narrowers = alternation(d.get("noun_of_narrowers", [])) or "(?!x)x"
        # the phrase opens no clause of its own ("the reduction in crime has been achieved despite savings of
        # £45m"); only an aside between commas may ("which include minor ones")
        # ("between this quarter and the same quarter last year": a period's "and" opens none)
        seg = (r"(?:\bbetween\s+[^,;.()\n]{1,40}?\s+and\b|(?!\b(?:" + nouns + r"|" + auxiliaries + "|" + openers
               + r")\b)[^,;.()\n])")
        aside = r"(?:(?!\b(?:" + nouns + r")\b)[^,;.()\n])"
        long_in = (r"\s+in\s+" + seg + r"{1," + str(of_gap) + r"}?(?:,\s+(?:" + narrowers + r")\s+" + seg + r"{1,"
                   + str(of_gap) + r"}?|,\s*" + aside + r"{1," + str(of_gap) + r"}?,)?")
        self.noun_of_long_re = noun_cue(r"(?:" + det_lead + r")?\b", long_in,
                                        r"(?<!\bone)\s+of\s+" + filler + "$")
        # "a reduction in burglary by 14%", "the reduction of victims by over 1,000": a change noun takes its
        # amount with "by" as its verb does; the phrase between names the thing changed and opens no clause
        # ("the reduction in crime by officers on patrol was welcomed by 300 residents" is no change)
        # ... a conjunction in it may join two things changed ("a fall in rapes and sexual offences by 5%") when no
        # clause opens after it ("the fall in crime and was welcomed by")
        joins = [w.lower() for w in d.get("phrase_conjunctions", [])]
        phrase_openers = alternation([w for w in d.get("clause_openers", []) if w.lower() not in joins]) or "(?!x)x"
        join_alt = alternation(joins) or "(?!x)x"
        by_phrase = (r"(?:\s+(?:in|of)\s+(?:(?!\b(?:" + nouns + r"|by|" + auxiliaries + "|" + phrase_openers
                     + r")\b|\b(?:" + join_alt + r")\s+(?:" + auxiliaries + "|" + openers + r"|by)\b)[^,;.()\n]){1,"
                     + str(in_gap) + r"}?)?")
        self.noun_by_re = noun_cue(det_lead, by_phrase, scope + r"\s+by\s+" + filler + "$")
        # "an increase in 5%", "a reduction in 307 crimes": a change noun whose "in" takes the amount, not
        # the thing changed; refused when the figure counts groups or a part ("a rise in 12 of the 15 groups")
        self.noun_in_re = guarded(re.compile(r"\b(?:" + indef + r")\s+(?:[\w-]+\s+)?(?P<cue>" + nouns + r")\s+in\s+" + filler + "$",
                                             re.I))
        self.noun_in_refuse_re = re.compile(d.get("noun_in_refuse_right", r"(?!x)x"), re.I)
        # "a smaller increase in crime, at just 9%": the figure is the change itself
        # ... also after a comparison: "the increase is less, at 2%"
        compare = alternation(d.get("noun_at_comparisons", []) or ["less"])
        self.noun_at_re = guarded(re.compile(r"\b(?P<cue>" + nouns + r")" + in_phrase
                                             + r"(?:\s+(?:is|was|are|were|has\s+been)\s+(?:much\s+|far\s+|even\s+)?(?:"
                                             + compare + r"))?"
                                             + r",?\s+at\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.I))
        # "bringing the total cut in officer posts to 2,430": a running total of a change reaches the figure
        self.noun_total_re = guarded(re.compile(r"\b(?:" + (alternation(d.get("total_words", [])) or "(?!x)x")
                                                + r")\s+(?P<cue>" + nouns + r")"
                                                + in_phrase + r"\s+(?:to|at)\s+$", re.I))
        # "the smallest fall in crime, 7.5%.": a figure set after a change noun by a comma, ending its clause
        self.noun_comma_re = noun_cue(det_lead, in_phrase, r",\s+$")
        self.clause_end_re = re.compile(r"^\s*(?:[.;!?)]|$)")
        # "rises in reported offences – 9 per cent in Devon, 4 per cent in Somerset", "the fall in crime, 15%
        # compared with 8% nationally": a figure set off after a change noun (comma, dash or colon) is its
        # amount when what follows the figure only qualifies or lists it (place, time, comparator, list join)
        self.noun_set_off_re = noun_cue(r"\b", in_phrase, r"\s*(?:\s[-–—]|[–—:])\s+$")
        self.set_off_right_re = re.compile(d.get("set_off_right", r"(?!x)x"), re.I)
        # ... unless the change states its own figure before the noun: "a 35% increase in rapes – 503 in 2016 to
        # 678 in 2017" sets off the levels, not the change again
        self.own_figure_re = re.compile(r"\d\s*(?:%|per[\s-]?cent|percent|pc)?\s+(?:[\w-]+\s+){0,2}$", re.I)
        # "the 5% figure", "the national figure of 4%": a figure restated by name
        self.restated_left = re.compile(d["restated_left"], re.I) if d.get("restated_left") else None
        self.restated_right = re.compile(d["restated_right"], re.I) if d.get("restated_right") else None
        # ... as the subject of a copula ("the fall in robbery was 14%"), the "in" phrase is a noun phrase: a
        # pronoun or conjunction in it opens another clause ("the fall in crime meant there were 87 fewer")
        np_in_phrase = (r"(?:\s+in\s+(?:(?!\b(?:" + nouns + r"|" + openers + r")\b)[^,;.()\n]){1,"
                        + str(in_gap) + r"}?)?")
        self.noun_is_re = guarded(re.compile(
            r"\b(?P<cue>" + nouns + r")" + np_in_phrase + r"\s+(?:is|was|are|were|will\s+be|would\s+be|has\s+been|had\s+been|"
            r"stands\s+at|stood\s+at|amounts\s+to|amounted\s+to)\s+(?:(?:" + by_fillers + r")\s+)?$", re.I))
        # a comma may set "by" off right after its verb: "the only one to rise, by 3.3 per cent"; a passive
        # between opens its own verb, whose "by" names the agent ("the fall in 2023 was welcomed by 40 councils")
        self.verb_by_re = guarded(re.compile(
            r"\b(?P<cue>" + verbs + r")\b(?:,(?=\s+by\b))?(?:\s+(?!(?:" + verb_by_conj + r")\b|(?:" + passive + r")\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn)|(?!(?:" + verbs + "|" + comps + r")\b)[a-z]+)\s+by\b)[^\s,.;:()]+){0," + str(gap) + r"}?,?\s+by\s+" + filler + "$", re.I))
        # "lower by 5%", "fewer in number by 300": a comparative takes its amount with "by" as a change verb does
        self.comp_by_re = guarded(re.compile(r"\b(?P<cue>" + alternation(list(self.comp_dir)) + r")"
                                             + d.get("comparative_by_scope", "") + r"\s+by\s+" + filler + "$", re.I))
        self.verb_adj_re = re.compile(r"(?:(?P<pre>[\w']+)\s+)?\b(?P<cue>" + verbs + r")\s+" + filler + "$", re.I)
        # the same without the word before the cue: where the cue can be (``_verb_adj``)
        self.verb_cue_re = guarded(re.compile(r"\b(?P<cue>" + verbs + r")\s+" + filler + "$", re.I))
        # a level started from after a direction word: "down from 239", "fell from 239 to 167"
        self.implied_re = guarded(re.compile(r"\b(?P<cue>" + verbs + r")\s+(?:by\s+\S+\s+)?from\s+(?:\S+\s+to\s+)?$", re.I))
        self.up_to_reached_re = re.compile(d.get("up_to_reached_left", r"(?!x)x") + r"\s*\bup\s+to\s+$", re.I)
        self.between_re = re.compile(r"\bbetween\s+$", re.I)
        self.between_reach = len("between")
        self.trend_re = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:" + alternation(d.get("trend_words", ["trend"]))
                                   + r")\b", re.I)
        # "and of non-dwellings by 7%": an elliptical clause that continues the change before it
        self.ellipsis_re = guarded(re.compile(r"(?:[,;]|\b(?:and|while|with|but|whereas))\s+(?:[^,;.()\n]{1,60}?\s+)?by\s+"
                                              + filler + "$", re.I))
        # "8% higher", "a 1% overall increase": a comparative or change noun after the figure
        # ... and up to two modifiers before a change noun: "a 5% year-on-year rise", "a 6% annual fall"
        mods = alternation(d.get("change_modifiers", []) + d.get("intensifiers", [])).replace(r"\ ", r"[\s-]")
        # ... also past a bracketed aside that restates the figure or gives its levels: "a 20% (789) drop", "394
        # (3,492 compared to 3,098) more crimes"; and from inside a bracket holding only the figure and its noun, "(789) drop"
        self.aside_re = re.compile(d.get("aside_before_cue", r"(?!x)x"))
        self.right_next_figure_re = re.compile(d.get("right_cue_next_figure", r"(?!x)x"), re.I)
        self.bracket_open_re = re.compile(r"\(\s*$")
        self.bracket_shut_re = re.compile(d.get("aside_close_before_cue", r"(?!x)x"))
        self.right_re = re.compile(r"^\s+(?:(?:" + intens + r")\s+)?(?P<cue>"
                                   + alternation(list(self.comp_dir) + list(self.noun_dir)) + r")\b"
                                   + r"|^\s+(?:(?:" + mods + r")\s+){1,2}(?P<noun>" + nouns + r")\b", re.I)
        # "6.4 per cent worse", "3.9% better than target": a change whose direction the measure decides
        self.evaluative = {w.lower(): v for w, v in d.get("evaluative", {}).items()}
        self.evaluative_re = re.compile(r"^\s+(?:(?:" + intens + r")\s+)?(?P<cue>"
                                        + (alternation(list(self.evaluative)) or "(?!x)x") + r")\b", re.I)
        self.evaluative_reach = int(d.get("evaluative_reach", 300))
        self.evaluative_verbs = {w.lower(): v for w, v in d.get("evaluative_verbs", {}).items()}
        self.evaluative_verb_re = guarded(re.compile(r"\b(?P<cue>" + (alternation(list(self.evaluative_verbs))
                                                     or "(?!x)x") + r")\s+by\s+" + filler + "$", re.I))
        offence = rules.get("metric", {})
        harm = d.get("harm_words", []) + offence.get("offence_words", []) + offence.get("measure_words", [])
        polar = {**{w.lower(): "harm" for w in harm}, **{w.lower(): "service" for w in d.get("service_words", [])}}
        self.polarity = polar
        self.polarity_re = guarded(re.compile(r"(?<![\w-])(?:" + (alternation(list(polar)) or "(?!x)x") + r")(?![\w-])",
                                              re.I))
        # "a difference of 3.7%", "a 13 per cent change": a change noun with no direction of its own
        neutral = alternation(d.get("neutral_nouns", [])) or "(?!x)x"
        self.neutral_left_re = guarded(re.compile(r"\b(?:" + dets + r")\s+(?:[\w-]+\s+)?(?P<cue>" + neutral + r")\s+of\s+"
                                                  + filler + "$", re.I))
        self.neutral_right_re = re.compile(r"^\s+(?:[\w-]+\s+)?(?:" + neutral + r")\b(?!\s+(?:in|of)\s+\d)", re.I)
        self.article_re = re.compile(r"\b(?:" + indef + r")\s+$", re.I)
        self.neutral_reach = int(d.get("neutral_reach", 400))
        # "crime fell, with the exception of robbery (5.8%)": the exception went the other way
        self.exception_re = re.compile(d.get("exception_words", r"(?!x)x"), re.I)
        self.average_after_re = re.compile(d.get("average_after", r"(?!x)x"), re.I)
        self.level_from_re = re.compile(d.get("level_before_from", r"(?!x)x"), re.I)
        # "£61m of cuts", "£40 million of savings": an amount the noun after it says was cut or added
        self.of_dir = {**self.noun_dir, **_invert(d.get("amount_nouns", {}))}
        of_fill = alternation(d.get("amount_of_fillers", [])) or "(?!x)x"  # "£30m worth of savings"
        self.right_of_re = re.compile(r"^\s+(?:(?:" + of_fill + r")\s+)?of\s+(?P<cue>" + alternation(list(self.of_dir))
                                      + r")\b", re.I)
        # "lose 200 officers", "save another £80m", "added 740 crimes": a verb that changes an amount
        self.amount_dir = _invert(d.get("amount_verbs", {}))
        self.amount_count_only = {w.lower() for w in d.get("amount_verbs_count_only", [])}
        # ... and a word that adds to the amount between: "save another £80m" (``amount_fillers``)
        amount_fill = alternation(d.get("amount_fillers", [])).replace(r"\ ", r"\s+") or "(?!x)x"
        self.amount_re = guarded(re.compile(r"\b(?P<cue>" + (alternation(list(self.amount_dir)) or "(?!x)x")
                                            + r")\s+(?:(?:" + amount_fill + r")\s+)?$", re.I))
        # "savings of £5m", "£17m total savings": money the text calls savings was cut
        savings = alternation(d.get("saving_nouns", [])) or "(?!x)x"
        saving_mods = alternation(d.get("saving_modifiers", [])) or "(?!x)x"
        # ... and "a saving of £4.2m" (the singular only before its amount: "an £11m saving" may be an underspend)
        left_savings = alternation(d.get("saving_nouns", []) + d.get("saving_nouns_before", [])) or "(?!x)x"
        self.saving_left_re = re.compile(r"\b(?:" + left_savings + r")\s+of\s+$", re.I)
        saved = alternation(d.get("saving_participles", [])) or "(?!x)x"
        self.saving_right_re = re.compile(r"^\s+(?:(?:(?:" + saving_mods + r")\s+)?(?:" + savings + r")|(?:" + saved
                                          + r"))\b", re.I)
        self.currency_level_verbs = {w.lower() for w in d.get("currency_level_verbs", [])}
        # "120 extra officers", "four new patrol units": an adjective after a count that says it was added
        self.count_adj_dir = _invert(d.get("count_adjectives", {}))
        self.count_adj_re = re.compile(r"^\s+(?P<cue>" + (alternation(list(self.count_adj_dir)) or "(?!x)x")
                                       + r")(?![\w-])", re.I)
        # ... refused before the nouns given ("1,681 new crimes": every crime recorded is new)
        self.count_adj_refused = {w.lower(): re.compile(rx, re.I)
                                  for w, rx in d.get("count_adjectives_refused", {}).items()}
        # "44 - the percentage increase in ...": a list line that names its figure after a dash
        self.defined_re = re.compile(r"^\s*[-–—:]\s+(?:the\s+)?(?P<unit>percentage|per\s*cent(?:age)?)\s+"
                                     r"(?:[\w-]+\s+)?(?P<cue>" + nouns + r")\b", re.I)
        # a figure in brackets after a change takes its direction: "rises in arson (6%)", "down (by 9%)"
        self.bracket_re = re.compile(r"\(\s*(?:by\s+)?$", re.I)
        # ... within its clause: a conjunction that opens another clause between the change word and the
        # bracket ends the change's reach ("up 6%, while robbery (1,200) was unchanged")
        self.clause_break_re = re.compile(r"\b(?:" + (alternation(d.get("bracket_clause_breaks", [])) or "(?!x)x")
                                          + r")\b", re.I)
        # a cue is a word of its own, not part of a compound ("clear-up rates", "follow-up visits")
        self.cue_word_re = guarded(re.compile(r"(?<![\w-])(?P<cue>"
                                              + alternation(list(self.verb_dir) + list(self.noun_dir))
                                              + r")(?![\w-])", re.I))
        # "above the national average of 9%", "(7% against 4%)": a comparator of the change before it
        self.comparator_re = guarded(re.compile(d.get("comparator_left", r"(?!x)x"), re.I))
        self.anaphoric_open_re = re.compile(d.get("comparator_anaphoric_open", r"(?!x)x"), re.I)
        self.comparator_back_reach = int(d.get("comparator_back_reach", 0))
        # "and 5pc in Dorset", "100% for males (...) and": a figure listed after a change of the same unit
        self.list_gap_re = re.compile(d.get("list_gap", r"(?!x)x"), re.I)
        self.list_item_gap_re = re.compile(d.get("list_item_gap", r"(?!x)x"), re.I)
        self.list_item_refuse_re = re.compile(d.get("list_item_refuse_right", r"(?!x)x"), re.I)
        self.list_noun_gap_re = re.compile(d.get("list_noun_gap", r"(?!x)x"), re.I)
        self.list_hedge_kept_re = re.compile(d.get("list_hedge_kept", r"(?!x)x"), re.I)
        self.list_noun_right_re = re.compile(d.get("list_noun_right", r"(?!x)x"), re.I)
        self.list_elided_right_re = re.compile(d.get("list_elided_right", r"(?!x)x"), re.I)
        level_cues = rules.get("level_cues", ["to", "at", "from"])
        self.level_re = re.compile(r"\b(?:" + alternation(level_cues) + r")\s+$", re.I)
        self.level_reach = _longest(level_cues)
        cont_cues = rules.get("continuation_cues", [", or"])
        self.cont_re = re.compile(r"(?:^|(?<![\w]))(?:" + alternation(cont_cues) + r")\s+$", re.I)
        self.cont_reach = _longest(cont_cues)
        extra_cues = rules.get("increase_prefixes", ["an extra"])
        self.extra_re = re.compile(r"\b(?P<cue>" + alternation(extra_cues) + r")\s+$", re.I)
        self.extra_reach = _longest(extra_cues)
        # "without" negates only the word right after it ("without increase", not "without injury decreased")
        adjacent = alternation(d.get("negations_adjacent", [])) or "(?!x)x"
        self.neg_re = re.compile(r"(?:\b(?:" + self.negations + r")\s+(?:[\w']+\s+)?|\b(?:" + adjacent + r")\s+)$",
                                 re.I)
        self.distractors = []
        for rule in rules.get("distractors", []):
            flags = 0 if rule.get("cased") or rule["id"] in _CASED else re.I
            left = guarded(re.compile(rule["left"], flags)) if rule.get("left") else None
            right = re.compile(rule["right"], flags) if rule.get("right") else None
            figure = re.compile(rule["figure"]) if rule.get("figure") else None
            # `unless_left`: words before the figure that make it a claim after all ("one of just nine forces")
            unless = re.compile(rule["unless_left"], re.I) if rule.get("unless_left") else None
            self.distractors.append((rule["id"], left, right, figure, unless))
        # `cased: true` as for the distractors: a numbered heading opens on a capital ("5 Commentary"),
        # a list line of counts does not ("352 robberies, down 6%")
        self.line_distractors = [(rule["id"], re.compile(rule.get("left") or "", 0 if rule.get("cased") else re.I),
                                  re.compile(rule.get("right") or "", 0 if rule.get("cased") else re.I),
                                  re.compile(rule["figure"]) if rule.get("figure") else None)
                                 for rule in rules.get("line_distractors", [])]
        # "(4,367 offences to 4,278)": a bracket holding a from-to pair states two levels
        # ... also with the pair's words between ("(1,728 in 2019 down to 1,527)")
        self.bracket_pair_re = re.compile(r"^(?:\s+[\w-]+){0,3}?(?<!compared)\s+to\s+[£$€]?\d", re.I)
        self.bracket_total_re = re.compile(d.get("bracket_total_right", r"(?!x)x"), re.I)
        self.bracket_count_pair_re = re.compile(d.get("bracket_count_pair_right", r"(?!x)x"), re.I)
        self.bracket_level_gap_re = re.compile(d.get("bracket_level_gap", r"(?!x)x"), re.I)

    # -- distractors ---------------------------------------------------------
    def distractor(self, left: str, right: str, figure: str = "") -> str | None:
        """The id of the first not-a-claim rule that fits, else None (a rule with a ``figure``
        pattern fits only figures of that form: an age is one or two digits)."""
        tail = left[-_LEFT_REACH:]  # sliced once for every rule; an empty left fits no left pattern
        for rid, lrx, rrx, frx, unless in self.distractors:
            if frx is not None and frx.fullmatch(figure) is None:
                continue
            # the anchored right-hand match first: it is cheaper than searching the left tail
            if rrx is not None and not rrx.match(right):
                continue
            if lrx is not None and not (tail and lrx.search(tail) is not None):
                continue
            if unless is not None and unless.search(tail) is not None:
                continue
            return rid
        return None

    def line_distractor(self, line_left: str, line_right: str, figure: str = "") -> str | None:
        """The id of the first not-a-claim rule read on the figure's line ("1." alone on a line);
        a rule with a ``figure`` pattern fits only figures of that form ("5.1", not "60%")."""
        for rid, lrx, rrx, frx in self.line_distractors:
            if frx is not None and frx.fullmatch(figure) is None:
                continue
            if lrx.match(line_left) and rrx.match(line_right):
                return rid
        return None

    # -- reading ---------------------------------------------------------------
    def hedge(self, left: str) -> tuple[str, str]:
        """(approx, left without the hedge)."""
        m = _search_tail(self.hedge_re, left, self.hedge_reach)
        if not m:
            return "exact", left
        return self.hedge_of[m.group("h").lower()], left[:m.start("h")]

    def read(self, left: str, right: str, *, own_direction: str | None = None, unit: str | None = None) -> Reading:
        """Kind, direction and approx of the number between ``left`` and ``right`` (``unit``: the
        figure's own unit, for the cues that change only counts and money)."""
        approx, rest = self.hedge(left)
        cue = len(rest) if approx != "exact" else None
        m = _search_tail(self.between_re, rest, self.between_reach)  # "up by between 3 and 5 per cent"
        if m:
            rest = rest[:m.start()]
        if own_direction:  # "halved", "-4.6%"
            return Reading("change", self._negated(rest, own_direction), approx, cue, 0, "dir_own")
        if approx == "upper_bound" and self.up_to_reached_re.search(left[-_TAIL:]):
            # "burglaries were up to 2,309", "detection rates have risen up to 35.1%", "a rise in the rate – up to
            # 20.1%": "up" is the direction, "to" the level reached; not a cap ("fines of up to £5,000")
            return Reading("level", None, "exact", None, 0, "level_up_to")
        if self.trend_re.match(right):
            return Reading("trend", None, approx, cue, 0, "dir_trend")
        m = _search_tail(self.cont_re, rest, self.cont_reach)
        if m:
            return Reading("continue", None, approx, cue, 0, "dir_continue")
        m = _search_tail(self.extra_re, rest, self.extra_reach)
        if m:
            return Reading("change", "increase", approx, m.start("cue"), 0, "dir_extra")
        nouns, verbs = self._cues_possible(rest)
        for rx, table, rid, possible in ((self.noun_total_re, self.noun_dir, "dir_noun_total", nouns),
                                         (self.noun_of_re, self.noun_dir, "dir_noun_of", nouns),
                                         (self.noun_of_long_re, self.noun_dir, "dir_noun_of_long", nouns),
                                         (self.noun_at_re, self.noun_dir, "dir_noun_at", nouns),
                                         (self.noun_is_re, self.noun_dir, "dir_noun_is", nouns),
                                         (self.verb_by_re, self.verb_dir, "dir_verb_by", verbs),
                                         (self.noun_by_re, self.noun_dir, "dir_noun_by", nouns),
                                         (self.comp_by_re, self.comp_dir, "dir_comparative_by", True)):
            m = _search_end(rx, rest) if possible else None
            if m and rid == "dir_noun_at" and self.own_figure_re.search(rest, max(0, m.start("cue") - 40),
                                                                       m.start("cue")):
                m = None  # "a 42% increase in meetings at 321": the change has its figure; "at" gives the level
            if m:
                direction = table[m.group("cue").casefold()]
                return Reading("change", self._negated(rest[:m.start("cue")], direction), approx,
                               m.start(), 0, rid)
        m = _search_end(self.noun_in_re, rest) if nouns and not self.noun_in_refuse_re.match(right) else None
        if m:
            direction = self.noun_dir[m.group("cue").casefold()]
            return Reading("change", self._negated(rest[:m.start("cue")], direction), approx, m.start(), 0,
                           "dir_noun_in")
        m = _search_end(self.noun_comma_re, rest) if nouns and self.clause_end_re.match(right) else None
        if not m and nouns and self.set_off_right_re.match(right):
            m = _search_end(self.noun_comma_re, rest) or _search_end(self.noun_set_off_re, rest)
            if m and self.own_figure_re.search(rest, max(0, m.start("cue") - 40), m.start("cue")):
                m = None
        if m:
            direction = self.noun_dir[m.group("cue").casefold()]
            return Reading("change", self._negated(rest[:m.start("cue")], direction), approx, m.start(), 0,
                           "dir_noun_comma")
        m = self._verb_adj(rest) if verbs else None
        if m and unit == "currency" and m.group("cue").casefold() in self.currency_level_verbs:
            return Reading("level", None, approx, cue, 0, "level")  # "raised £120,000": an amount raised
        if m and not self._particle(m):
            direction = self.verb_dir[m.group("cue").casefold()]
            return Reading("change", self._negated(rest[:m.start("cue")], direction), approx,
                           m.start("cue"), 0, "dir_verb")
        if self.level_from_re.match(right):  # "1,148 up from 1,036": the new level
            return Reading("level", None, approx, cue, 0, "level_moved_from")
        m, aside = self._right_cue(rest, right)
        if m and m.group("cue") and m.group("cue").casefold() not in self.noun_dir \
                and self.average_after_re.match(right, m.end()):
            # "50 per cent above the national average": a gap between places, a level; a change noun names a
            # change whatever it is set against ("a 9% fall against the average for the past three years")
            return Reading("level", None, approx, cue, m.end(), "level_above_average")
        if m and (not _search_tail(self.level_re, rest, self.level_reach) or self.count_change_re.match(right)
                  or (m.group("cue") or "").casefold() in self.noun_dir or m.group("noun")):
            # a change noun of the figure's own ("against five per cent increase") names a change even after a
            # level cue; a comparative after one ("to 4,679 fewer") only for counts (``count_change_re``)
            word = (m.group("cue") or m.group("noun")).casefold()
            direction = self.comp_dir.get(word) or self.noun_dir.get(word)
            return Reading("change", direction, approx, cue, m.end(), "dir_after_aside" if aside else "dir_after")
        m = self.evaluative_re.match(right)
        if m and not self.average_after_re.match(right, m.end()) and not _search_tail(self.level_re, rest,
                                                                                       self.level_reach):
            return Reading("evaluative", self.evaluative[m.group("cue").casefold()], approx, cue, m.end(),
                           "dir_evaluative")
        m = _search_end(self.evaluative_verb_re, rest)
        if m:  # "detection improved by 6%": the measure decides, as for "6% better"
            return Reading("evaluative", self.evaluative_verbs[m.group("cue").casefold()], approx, m.start("cue"), 0,
                           "dir_evaluative")
        m = _search_end(self.neutral_left_re, rest)
        if m:
            return Reading("neutral", None, approx, m.start(), 0, "dir_neutral")
        m = self.neutral_right_re.match(right) if _search_tail(self.article_re, rest, 3) else None
        if m:
            return Reading("neutral", None, approx, cue, m.end(), "dir_neutral")
        if unit in ("count", "currency"):
            m = _search_end(self.amount_re, rest)
            if m and (unit == "count" or m.group("cue").casefold() not in self.amount_count_only):
                direction = self.amount_dir[m.group("cue").casefold()]
                return Reading("change", self._negated(rest[:m.start("cue")], direction), approx,
                               m.start("cue"), 0, "dir_amount_verb")
            if unit == "currency" and not _search_tail(self.level_re, rest, self.level_reach):
                if _search_end(self.saving_left_re, rest):
                    return Reading("change", "decrease", approx, cue, 0, "dir_savings")
                m = self.saving_right_re.match(right)
                if m:
                    return Reading("change", "decrease", approx, cue, m.end(), "dir_savings")
            m = self.count_adj_re.match(right) if unit == "count" else None
            refused = self.count_adj_refused.get(m.group("cue").casefold()) if m else None
            if refused is not None and refused.match(right[m.end():]):
                m = None
            if m and not _search_tail(self.level_re, rest, self.level_reach):
                return Reading("change", self.count_adj_dir[m.group("cue").casefold()], approx, cue, m.end(),
                               "dir_count_adjective")
            m = self.right_of_re.match(right)
            if m and not _search_tail(self.level_re, rest, self.level_reach):
                return Reading("change", self.of_dir[m.group("cue").casefold()], approx, cue, m.end(), "dir_of_noun")
            m = self.defined_re.match(right) if unit == "count" else None
            if m:
                return Reading("change", self.noun_dir[m.group("cue").casefold()], approx, cue, m.end(),
                               "dir_defined", unit="percent")
        m = _search_end(self.implied_re, rest) if verbs else None
        implied = self.verb_dir[m.group("cue").casefold()] if m else None
        return Reading("level", None, approx, cue, 0, "level", implied)

    def _right_cue(self, rest: str, right: str) -> tuple[re.Match[str] | None, bool]:
        """The change word after the figure (``right_re``), and whether it stands past a bracket: an aside
        after the figure ("20% (789) drop") or the close of a bracket the figure stands alone in ("(789) drop").
        The match is made on ``right`` from the end of the bracket, so its offsets count in ``right``."""
        m = self.right_re.match(right)
        if m and (self._opens_name(rest, right, m) or self.right_next_figure_re.match(right)):
            return None, False  # "2,190 up by 7%": the "up" opens the percentage's change
        if m:
            return m, False
        skip = self.aside_re.match(right)
        if skip is None and self.bracket_open_re.search(rest[-4:]):
            skip = self.bracket_shut_re.match(right)
        if skip is None:
            return None, False
        m = self.right_re.match(right[skip.end():])
        return (_Shifted(m, skip.end()) if m else None), True  # type: ignore[return-value]

    def _opens_name(self, rest: str, right: str, m: re.Match[str]) -> bool:
        """A capitalised comparative before a capitalised word, after a figure in an ordinary sentence, opens a
        proper name ("the other ten Greater Manchester partnerships"); in a title-case line (the word before the
        figure capitalised: "Crime 5% Higher In Kent") or in lower case it is a change word."""
        word = m.group("cue") or m.group("noun") or ""
        if not word[:1].isupper() or _NAME_NEXT.match(right, m.end()) is None:
            return False
        before = _LAST_WORD.search(rest[-_TAIL:])
        return before is not None and before.group(1)[:1].islower()

    def _verb_adj(self, rest: str) -> re.Match[str] | None:
        """``_search_end(self.verb_adj_re, rest)``, found faster. The pattern opens with an optional
        word before its cue, so it has no first character to skip to; a match's cue is where the
        pattern without that word (``verb_cue_re``, guarded) matches, at or after its first match,
        and the match starts at that cue or in the chunk of text right before it. So the search
        starts at the chunk before the first cue: the same match, without trying every position."""
        tail = rest[-_TAIL:]
        cue = self.verb_cue_re.search(tail)
        if cue is None:
            return None
        m = self.verb_adj_re.search(tail, _chunk_before(tail, cue.start()))
        return _Shifted(m, len(rest) - len(tail)) if m else None  # type: ignore[return-value]

    def _cues_possible(self, rest: str) -> tuple[bool, bool]:
        """(a change noun may match, a change verb may match) in the tail ``_search_end`` reads.

        The cue patterns (noun_of/at/is, verb_by, verb_adj, implied) each need a cue word that
        starts at a word boundary and ends before a non-word character, so on an ASCII tail the
        cue's first word is one of the tail's words. Trying six patterns at every position of the
        tail costs ~0.4 ms a figure; a line of hundreds of bare figures made that quadratic-looking.
        A non-ASCII tail (case folding beyond ASCII) or cue lists this reasoning does not cover
        always run the patterns: the result is the same either way, only slower."""
        if self.noun_first is None or self.verb_first is None:
            return True, True
        tail = rest[-_TAIL:]
        if not tail.isascii():
            return True, True
        words = set(_WORD.findall(tail.lower()))
        return not words.isdisjoint(self.noun_first), not words.isdisjoint(self.verb_first)

    def evaluative_direction(self, value: str, before: str) -> str:
        """The direction of a change called "better" (``value`` good) or "worse" (bad): a fall of a harm, a
        rise of a service, by the measure word nearest the end of ``before`` (the text before the figure,
        across sentences); with none, crime statistics measure harm."""
        last = None
        for last in self.polarity_re.finditer(before, max(0, len(before) - self.evaluative_reach)):
            pass
        service = last is not None and self.polarity[last.group(0).casefold()] == "service"
        return "increase" if (value == "good") == service else "decrease"

    def bracketed(self, left: str) -> bool:
        """The figure opens a bracket: "(4.1)", "(by 13%"."""
        return _search_end(self.bracket_re, self.hedge(left)[1]) is not None

    def bracketed_direction(self, left: str, right: str = "") -> str | None:
        """"rises in harassment (31%)", "down (by 9%)": a figure opening a bracket takes the direction
        of the last change word before the bracket in its sentence (``left`` is the sentence so far);
        after an exception ("fell, except robbery (5.8%)") the opposite one."""
        found = self.bracketed_cue(left, right)
        return found[0] if found is not None else None

    def bracketed_cue(self, left: str, right: str = "") -> tuple[str, int] | None:
        """(direction, offset in ``left`` of its change word) for ``bracketed_direction``."""
        rest = self.hedge(left)[1]
        m = _search_end(self.bracket_re, rest)
        if not m or self.bracket_pair_re.match(right) or self.bracket_total_re.match(right):
            return None
        before = rest[:m.start()]
        last = None
        # the change word within the sentence's last 500 characters: a long line stays linear
        for last in self.cue_word_re.finditer(before, max(0, len(before) - 500)):
            pass
        if last is None:
            return None
        word = last.group("cue").casefold()
        pre = re.search(r"([\w']+)\s+$", before[:last.start()])
        if word in ("up", "down") and pre and self._phrasal(pre.group(1), word):
            return None  # "made up", "cracked down"
        if self.clause_break_re.search(before, last.end()):
            return None  # "up 6%, while robbery (1,200) was unchanged": the change word is another clause's
        direction = self._negated(before[:last.start()], self.verb_dir.get(word) or self.noun_dir[word])
        if direction != "none" and self.exception_re.search(before, last.end()):
            direction = "increase" if direction == "decrease" else "decrease"
        return direction, last.start()

    def comparator(self, left: str) -> bool:
        """"above the national average of 9%", "against 4%", "compared to 4%": a figure the text
        sets against the one before it."""
        return _search_end(self.comparator_re, self.hedge(left)[1]) is not None

    def anaphoric_open(self, left: str) -> bool:
        """"That compares with ...", "The robbery figure is lower than ...": a sentence whose subject points
        back to the change before it (``left``: the sentence up to the figure)."""
        return self.anaphoric_open_re.match(left) is not None

    def listed(self, gap: str, right: str = "") -> bool:
        """"8pc in Hampshire, 3pc": the text between two figures of a list (``right``: the text after
        the figure; "and 40% of victims" starts a share, not a listed change)."""
        if self.list_hedge_kept_re.search(gap) is None:  # "up to 20.1%" after a change is the level reached
            gap = self.hedge(gap)[1]  # "down 8pc in Hampshire, almost 3pc in Sussex"
        if len(gap) > 120 or self.list_item_refuse_re.match(right) is not None:
            return False
        # "120 fewer thefts in Ashford and 85 in Dover": the change's noun, then items named by place or group
        # alone, the later figure placed as the first ("in Dover")
        m = self.list_gap_re.fullmatch(gap)
        if m is not None and m.groupdict().get("article"):
            # "a 5% fall in 2018 and a 9% in 2017": an article whose noun is the change's, left off; not "and a
            # 9% share of ...", whose figure names a noun of its own
            return self.list_elided_right_re.match(right) is not None
        return m is not None or (self.list_noun_gap_re.fullmatch(gap) is not None
                                 and self.list_noun_right_re.match(right) is not None)

    def listed_item(self, gap: str, right: str) -> bool:
        """"fell 5%, robbery 3%": a figure named by its own item in a list whose verb is stated once
        (``right``: the text after the figure; "3% of victims" is a share, not an item)."""
        gap = self.hedge(gap)[1]  # "robbery around 3%"
        return (len(gap) <= 60 and self.list_item_gap_re.fullmatch(gap) is not None
                and self.list_item_refuse_re.match(right) is None)

    def restated(self, left: str, right: str) -> bool:
        """"the 5% figure", "the national figure of 4%": the text names the number as a figure
        (the caller looks for the earlier change it restates)."""
        rest = self.hedge(left)[1]
        return bool((self.restated_left is not None and _search_end(self.restated_left, rest))
                    or (self.restated_right is not None and self.restated_right.match(right)))

    def ellipsis(self, left: str) -> bool:
        """"and of non-dwellings by 7%", "; sexual offences by 14%": a clause without its verb, continuing the
        change before."""
        return _search_end(self.ellipsis_re, self.hedge(left)[1]) is not None

    def _particle(self, m: re.Match[str]) -> bool:
        """"made up", "steps up": up/down after a phrasal verb is no direction."""
        return m.group("cue").lower() in {"up", "down"} and self._phrasal(m.group("pre") or "", m.group("cue"))

    def _phrasal(self, verb: str, particle: str) -> bool:
        """``verb`` and ``particle`` (up/down) make a phrasal verb: "cracked down", "made up"; not "team down"."""
        verb = verb.lower()
        return verb in self.particles and not (particle.lower() == "down" and verb in self.particles_up_only)

    def negated(self, before: str, direction: str) -> str:
        """``direction``, or "none" when ``before`` ends with a negation."""
        return self._negated(before, direction)

    def _negated(self, before: str, direction: str) -> str:
        """"did not rise", "no increase": no change."""
        # a negation and at most one word before the cue: only the end of a long left text can match
        return "none" if self.neg_re.search(before, max(0, len(before) - _TAIL)) else direction


_CASED = {"dis_address", "dis_operation"}
_NAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")   # the capitalised word after a comparative that opens a name
_LAST_WORD = re.compile(r"([A-Za-z][\w'’-]*)[^A-Za-z]*$")  # the last word of the text before the figure


def _invert(table: dict[str, list[str]]) -> dict[str, str]:
    return {w.lower(): k for k, ws in table.items() for w in ws}


_LEFT_REACH = 120           # characters of left context a distractor's left pattern (ending with $) reads
_TAIL = 160                 # characters of left context the "...$" cue patterns read
_WORD = re.compile(r"\w+")


def _first_words(cues: Any) -> frozenset[str] | None:
    """Lower-cased first words of ASCII cues that start with a word character; None when some
    cue is not like that (then ``_cues_possible`` never skips)."""
    out = set()
    for cue in cues:
        m = _WORD.match(cue.lower())
        if not cue.isascii() or m is None:
            return None
        out.add(m.group(0))
    return frozenset(out)


def _longest(words: Any) -> int:
    """Length of the longest literal of a word list (its alternation matches no longer text)."""
    return max((len(w) for w in words), default=0)


def _search_tail(rx: re.Pattern[str], text: str, reach: int) -> re.Match[str] | None:
    """``rx.search(text)`` for a pattern ``<literal of at most reach chars>\\s+$``, scanning only
    the end of the text: a match starts at most ``reach`` characters before the final run of
    spaces, so on a long line the search no longer tries every position (same result, same
    offsets; a search from ``pos`` still sees the character before it for lookbehinds)."""
    spaces = len(text) - len(text.rstrip())  # str.isspace() is what \s matches in a str pattern
    return rx.search(text, max(0, len(text) - spaces - reach))


def _chunk_before(text: str, pos: int) -> int:
    """Where the run of non-space characters before the one holding ``pos`` starts (0 when there
    is none); ``str.isspace`` is what ``\\s`` matches in a str pattern."""
    i = pos
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _search_end(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The match of ``rx`` that ends at the end of ``text`` (patterns end with $)."""
    tail = text[-_TAIL:]
    m = rx.search(tail)
    if not m:
        return None
    # re-run on the tail so offsets refer to ``text``
    offset = len(text) - len(tail)
    return _Shifted(m, offset)  # type: ignore[return-value]


class _Shifted:
    """A match whose offsets are shifted back into the full string."""

    def __init__(self, m: re.Match[str], offset: int) -> None:
        self._m, self._o = m, offset

    def group(self, *a: Any) -> Any:
        return self._m.group(*a)

    def start(self, *a: Any) -> int:
        return self._m.start(*a) + self._o

    def end(self, *a: Any) -> int:
        return self._m.end(*a) + self._o
