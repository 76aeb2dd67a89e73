"""The streaming engine: one result per input, failures confined to their release."""
from __future__ import annotations

from extractor.batch import make_doc, process_releases
from extractor.release import Release


def release(rid: str, body: str, headline: str = "Crime falls") -> Release:
    return Release(release_id=rid, path=f"{rid}.txt", headline_parts=[headline], body=body,
                   published=None)


def test_batch_over_long_body_is_an_error_row_not_a_crash(nlp):
    long_body = "Crime fell. " * (nlp.max_length // 12 + 10)
    results = process_releases([release("ok", "Crime fell by 3% in 2020."), release("long", long_body)], nlp)
    assert [r.release_id for r in results] == ["ok", "long"]
    assert results[0].error is None
    assert results[1].error and "too long" in results[1].error


def test_batch_component_failure_fails_only_that_release(nlp, monkeypatch):
    quotes = nlp.get_pipe("crime_claims_quotes")
    original = type(quotes).__call__

    def flaky(self, doc):
        if "EXPLODE" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(type(quotes), "__call__", flaky)
    releases = [release("a", "Crime fell by 3% in 2020."), release("b", "EXPLODE here."),
                release("c", "Burglary rose by 4% in 2021.")]
    results = process_releases(releases, nlp)
    assert [r.error is None for r in results] == [True, False, True]
    assert "boom" in results[1].error
    assert results[2].claims, "the release after the failure is still processed"


def test_batch_unread_release_keeps_its_error(nlp):
    bad = Release(release_id="bad", path="bad.txt", error="binary file, not a text release")
    results = process_releases([bad], nlp)
    assert results[0].error == "binary file, not a text release"
    assert results[0].claims == []


def test_batch_doc_carries_headline_offset_and_anchor(nlp):
    import datetime as dt

    r = release("x", "Body text.", headline="Title here")
    r.published = dt.datetime(2020, 4, 23, 10, 43)
    r.area = "Kent"
    doc = make_doc(nlp, r)
    assert doc.text == "Title here\n\nBody text."
    assert doc._.headline_end == len("Title here\n\n")
    assert doc._.published == "2020-04-23" and doc._.release_area == "Kent"


def test_batch_worker_death_loses_no_release(tmp_path, monkeypatch):
    """A killed worker (out of memory, signal) costs speed, not rows."""
    import os
    import signal

    from extractor import batch
    from extractor.inputs import plan

    for i in range(12):
        (tmp_path / f"r{i:02d}.txt").write_text(f"Burglary fell by {i + 1}% in 2020.\n", encoding="utf-8")
    parent = os.getpid()
    original = batch.process_items

    def dying(items, nlp=None, defaults=None):
        if os.getpid() != parent and any(item.release_id == "r05" for item in items):
            os.kill(os.getpid(), signal.SIGKILL)
        return original(items, nlp, defaults)

    monkeypatch.setattr(batch, "process_items", dying)
    results = list(batch.iter_results(plan([tmp_path]), jobs=2, chunk_size=2))
    assert [r.release_id for r in results] == [f"r{i:02d}" for i in range(12)]
    assert all(r.error is None and r.claims for r in results)


def test_batch_headline_line_is_one_sentence_whatever_the_body(nlp):
    """A headline has no full stop to guide the parser: a line of it is one sentence, so a figure
    in it ("Knife crime jumps by a third") keeps its verb, whichever body follows."""
    for body in ("Officers in Hull made 900 arrests over the summer.",
                 "The force has released its annual figures. Robbery in Hull went up by 4%."):
        doc = nlp(make_doc(nlp, release("x", body, headline="Vehicle crime jumps by a third")))
        headline = [s.text.strip() for s in doc.sents if s.start_char < doc._.headline_end]
        assert headline == ["Vehicle crime jumps by a third"]


def test_batch_headline_may_still_break_after_a_full_stop(nlp):
    """Refusal: a headline written as two sentences keeps the break after its full stop open."""
    doc = make_doc(nlp, release("x", "Officers made 900 arrests.", headline="Crime falls. Robbery rises"))
    robbery = next(t for t in doc if t.text == "Robbery")
    falls = next(t for t in doc if t.text == "falls")
    assert robbery.is_sent_start is not False and falls.is_sent_start is False


def test_batch_make_doc_remembers_the_text_it_was_made_from(nlp):
    """The tokenizer keeps every character, so ``text_of`` can start from the text it was given
    (the first component no longer rebuilds ``doc.text``); a retokenized doc keeps it too."""
    from extractor.components.base import text_of

    body = "Crime fell by 3%  in 2020.\n\n  Burglary rose\tby 4% – said Jo Bloggs’ office. "
    doc = make_doc(nlp, release("x", body, headline="Crime falls"))
    assert text_of(doc) == doc.text == f"Crime falls\n\n{body}"
    processed = nlp(doc)
    assert text_of(processed) == processed.text
