"""Provenance: every row's offsets slice its text out of the release text as read,
every rule id it names is named in the rule files, and the text as read can be
rebuilt from the release file.

Checked on the development corpus and on generated texts (hypothesis).
"""
from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extractor
from extractor.batch import doc_text
from extractor.collect import fold
from extractor.release import read_release
from extractor.rule_index import read_rule_ids, rule_index, rules_dir, split_ids
from extractor.tables import Tables

#: what a quote's `text` leaves out of its span: quotation marks, and the punctuation
#: and attribution between the parts of an interrupted quote ("…," said X, "…")
QUOTE_MARKS = "\"'“”‘’„‟«»‹›‚‛″`"
WORD = re.compile(r"[\w%£$€.,\-–—:;!?()/&]+")


def quote_fits(span_text: str, quote_text: str) -> bool:
    """The quote's words appear in order in its span, the span starting with its first
    word and ending with its last (marks and trailing punctuation aside)."""
    span_words = [w.strip(QUOTE_MARKS) for w in fold(span_text).split(" ")]
    span_words = [w for w in span_words if w]
    words = [w.strip(QUOTE_MARKS) for w in quote_text.split(" ") if w.strip(QUOTE_MARKS)]
    if not words or not span_words:
        return False
    strip = ".,;:–—-!?"
    if span_words[0] != words[0] or span_words[-1].rstrip(strip) != words[-1].rstrip(strip):
        return False
    it = iter(span_words)
    return all(any(w == s or w.rstrip(strip) == s.rstrip(strip) for s in it) for w in words)


def offset_problems(tables: Tables) -> list[str]:
    """Every row whose offsets do not give back its text, its `where`, or its rule ids."""
    problems: list[str] = []
    texts = dict(zip(tables.releases["release_id"], tables.releases["text"]))
    body_starts = dict(zip(tables.releases["release_id"], tables.releases["body_start"]))
    known = rule_index()
    for name in ("claims", "periods", "quotes"):
        for row in tables[name].to_dict("records"):
            text, body = texts[row["release_id"]], int(body_starts[row["release_id"]])
            start, end = row["start_char"], row["end_char"]
            where = f"{name} {row['release_id']} {row['text']!r}"
            if pd.isna(start) or pd.isna(end) or not 0 <= start < end <= len(text):
                problems.append(f"{where}: offsets {start}-{end}")
                continue
            piece = text[int(start):int(end)]
            fits = quote_fits(piece, row["text"]) if name == "quotes" else fold(piece) == row["text"]
            if not fits:
                problems.append(f"{where}: slice {piece!r}")
            if "where" in row and (row["where"] == "headline") != (start < body):
                problems.append(f"{where}: where={row['where']} but starts at {start}, body at {body}")
            ids = split_ids(row["rule_id"]) + split_ids(row.get("because"))
            if not split_ids(row["rule_id"]):
                problems.append(f"{where}: no rule_id")
            problems += [f"{where}: rule id {i!r} is not named in the rule files" for i in ids if i not in known]
    return problems


@pytest.fixture(scope="module")
def corpus(releases_dir) -> Tables:
    return extractor.extract(releases_dir)


def test_provenance_corpus_offsets_slice_each_rows_text(corpus):
    assert len(corpus.claims) and len(corpus.periods) and len(corpus.quotes)
    assert offset_problems(corpus) == []


def test_provenance_corpus_text_as_read_rebuilds_from_the_file(corpus):
    for row in corpus.releases.to_dict("records"):
        release = read_release(row["path"], row["release_id"])
        assert row["text"] == doc_text(release)
        head = release.headline
        assert row["body_start"] == (len(head) + 2 if head else 0)
        assert row["text"][row["body_start"]:] == release.body


def test_provenance_corpus_claims_say_why(corpus):
    claims = corpus.claims
    assert claims["because"].notna().all()
    changes = claims[claims["kind"] == "change"]
    firsts = changes["because"].map(lambda b: split_ids(b)[0])
    assert firsts.str.startswith(("dir_", "headline_")).all()
    hedged = claims[claims["approx"].isin(["approximate", "lower_bound", "upper_bound"])]
    assert len(hedged) and all(f"hedge_{a}" in split_ids(b) for a, b in zip(hedged["approx"], hedged["because"]))
    dated = claims[claims["period_start"].notna()]
    assert all(any(i.startswith("period_") for i in split_ids(b)) for b in dated["because"])


@pytest.mark.parametrize(
    "text, rule_id, because",
    [
        ("Burglary in Kent fell by about 12% in 2020.", "num_percent",
         "dir_verb_by;hedge_approximate;period_clause"),
        ("Kent Police recorded 3,412 burglaries in 2020.", "num_digits", "level;period_clause"),
        ("Robberies have halved since 2015.", "mult_halve", "dir_own;period_clause"),
        ("Police recorded 120 thefts. That was an increase of 7%.", "num_percent", "dir_noun_of"),
    ],
)
def test_provenance_claim_rule_and_because(text, rule_id, because):
    tables = extractor.extract_text(text, published="2021-05-01")
    row = tables.claims.iloc[-1]
    assert row["rule_id"] == rule_id
    assert row["because"] == because
    as_read = tables.releases.loc[0, "text"]
    assert as_read.endswith(text)
    assert as_read[row["start_char"]:row["end_char"]] == row["text"]


def test_provenance_period_and_quote_rule_ids():
    text = 'Crime fell by 4% in the year ending March 2023. Chief Constable Jo Bloggs said: "We are pleased."'
    tables = extractor.extract_text(text, published="2023-05-01")
    assert "year_ending" in set(tables.periods["rule_id"])
    assert list(tables.quotes["rule_id"]) == ["direct_pre_colon"]


def test_provenance_rule_ids_named_once_across_rule_files():
    ids = [r.id for r in read_rule_ids(rules_dir())]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


# -- generated texts -------------------------------------------------------------------------
FIGURES = ["12%", "about 4,100", "3.9m", "£1.2 million", "more than 200", "a third", "half of all",
           "one in five", "7.5 per cent", "62 crimes per 1,000 people", "twice", "(15%)"]
CUES = ["fell by", "rose", "was up", "a rise of", "a drop of", "stood at", "down", "an increase of", ""]
THINGS = ["burglary", "recorded crime", "knife crime", "violent offences", "shoplifting", "fraud"]
WHEN = ["in 2022", "in the year ending March 2023", "last year", "compared with 2019",
        "between April and June 2021", "in 2020/21", ""]
PLACES = ["in Kent", "across Lancashire", "in England and Wales", ""]
SPEAKERS = ["Chief Constable Jo Bloggs", "Inspector Sam Patel", "the commissioner"]


@st.composite
def sentence(draw) -> str:
    parts = [draw(st.sampled_from(THINGS)).capitalize(), draw(st.sampled_from(PLACES)),
             draw(st.sampled_from(CUES)), draw(st.sampled_from(FIGURES)), draw(st.sampled_from(WHEN))]
    said = " ".join(p for p in parts if p) + "."
    kind = draw(st.integers(0, 3))
    speaker = draw(st.sampled_from(SPEAKERS))
    if kind == 1:
        return f'{speaker} said: "{said}"'
    if kind == 2:
        return f"“{said[:-1]},” said {speaker}."
    if kind == 3:
        return f"{speaker} said that {said[0].lower()}{said[1:]}"
    return said


@st.composite
def release_text(draw) -> str:
    sep = draw(st.sampled_from([" ", "\n", "\n\n", "  ", " \u00a0"]))
    paras = [sep.join(draw(st.lists(sentence(), min_size=1, max_size=3))) for _ in range(draw(st.integers(1, 4)))]
    headline = draw(sentence())
    return f"---\ntitle: {headline!r}\ndate: 2023-05-01\n---\n" + "\n\n".join(paras) + "\n"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(release_text(), min_size=1, max_size=3))
def test_provenance_generated_offsets_slice_each_rows_text(texts):
    tables = extractor.extract(texts)
    assert offset_problems(tables) == []
