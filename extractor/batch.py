"""Run releases through the pipeline in a stream, one result per input.

Docs are turned into records as soon as they leave the pipeline and are not
kept, so memory stays flat however many releases pass. A release that fails
anywhere (reading, length, a component) becomes an error result; the batch
goes on.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from .collect import collect_claims, collect_periods, collect_quotes
from .components.base import remember_text, text_of
from .comparison import compare
from .inputs import InputItem
from .pipeline import load
from .records import ReleaseResult
from .release import Release, ReleaseDefaults, read_release
from .sentences import install as install_sentence_index

HEADLINE_SEPARATOR = "\n\n"
CHUNK_SIZE = 16
#: chunks queued per worker: enough to keep workers busy, few enough that
#: finished-but-unconsumed results stay bounded (flat memory on any input size)
CHUNKS_IN_FLIGHT_PER_JOB = 3


def doc_text(release: Release) -> str:
    """Headline, blank line, body: the exact text the pipeline (and the benchmark) reads."""
    headline = release.headline
    return f"{headline}{HEADLINE_SEPARATOR}{release.body}" if headline else release.body


def make_doc(nlp: Language, release: Release) -> Doc:
    """The text the pipeline reads (see ``doc_text``); anchors set."""
    headline = release.headline
    text = doc_text(release)
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    doc._.release_id = release.release_id
    doc._.published = release.published_date
    doc._.published_precision = release.published_precision
    doc._.headline_end = len(headline) + len(HEADLINE_SEPARATOR) if headline else 0
    doc._.release_area = release.area
    mark_line_starts(doc)
    return install_sentence_index(doc)


def mark_line_starts(doc: Doc) -> None:
    """A line break ends a sentence: the headline is not parsed into the body's first
    sentence, and list items or table rows written as lines are sentences of their own.
    The parser keeps boundaries set before it runs."""
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        elif token.idx < (doc._.headline_end or 0) and token.i > 0 and not _ends_sentence(doc[token.i - 1]):
            token.is_sent_start = False
        after_break = "\n" in token.whitespace_


#: a headline line breaks into sentences only after these (its lines have no full stop to guide the parser)
_SENTENCE_END = frozenset(".!?;:")


def _ends_sentence(token: Token) -> bool:
    """The token closes a sentence: end punctuation, or a closing quote or bracket right after it."""
    doc = token.doc
    while token.i > 0 and (token.is_quote or token.is_right_punct) and token.text not in _SENTENCE_END:
        token = doc[token.i - 1]
    return token.text[-1:] in _SENTENCE_END


def result_shell(release: Release) -> ReleaseResult:
    return ReleaseResult(
        release_id=release.release_id, path=release.path, url=release.url, area=release.area,
        title=release.title, headline=release.headline or None,
        published=release.published.isoformat() if release.published else None,
        error=release.error, warnings=list(release.warnings),
    )


def fill_result(result: ReleaseResult, doc: Doc) -> ReleaseResult:
    text = text_of(doc)  # spaCy rebuilds doc.text on every access: once for all three
    result.text, result.body_start = text, doc._.headline_end or 0
    result.claims = collect_claims(doc, text)
    result.periods = collect_periods(doc, text)
    result.quotes = collect_quotes(doc, text)
    result.comparisons = compare(result.claims, release_area=result.area)
    return result


def process_releases(releases: list[Release], nlp: Language) -> list[ReleaseResult]:
    """Parse a chunk of read releases; results in input order."""
    results = [result_shell(r) for r in releases]
    by_id = {r.release_id: res for r, res in zip(releases, results)}
    todo: list[tuple[Doc, str]] = []
    for release, result in zip(releases, results):
        if result.error:
            continue
        if len(release.body) + len(release.headline) >= nlp.max_length:
            result.error = f"text too long: {len(release.body)} characters (limit {nlp.max_length})"
            continue
        try:
            todo.append((make_doc(nlp, release), release.release_id))
        except Exception as exc:  # tokenizer failure: this release only
            result.error = f"tokenizer failed: {exc!r}"[:500]
    done: set[str] = set()
    try:
        for doc, release_id in nlp.pipe(todo, as_tuples=True):
            fill_release(by_id[release_id], doc)
            done.add(release_id)
    except Exception:
        # One release broke the batch: redo the rest one by one so only it fails.
        for doc, release_id in todo:
            if release_id in done:
                continue
            try:
                fill_release(by_id[release_id], nlp(doc))
            except Exception as exc:
                by_id[release_id].error = f"pipeline failed: {exc!r}"[:500]
    return results


def fill_release(result: ReleaseResult, doc: Doc) -> None:
    """Records from a processed doc; a failure here is this release's error."""
    try:
        fill_result(result, doc)
    except Exception as exc:
        result.claims, result.periods, result.quotes, result.comparisons = [], [], [], []
        result.error = f"collecting findings failed: {exc!r}"[:500]


def process_items(items: list[InputItem], nlp: Language | None = None,
                  defaults: ReleaseDefaults | None = None) -> list[ReleaseResult]:
    """Read and process a chunk of input files (``defaults`` for what their metadata lacks)."""
    nlp = nlp or load()
    releases = []
    for item in items:
        try:
            release = read_release(item.path, item.release_id)
        except Exception as exc:  # read_release never raises; this keeps one row per input if it did
            release = Release(release_id=item.release_id, path=item.path, error=f"cannot read: {exc!r}"[:500])
        if defaults is not None:
            defaults.apply(release)
        release.warnings = [*item.warnings, *release.warnings]
        releases.append(release)
    return process_releases(releases, nlp)


def _chunks(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _process_chunk(items: list[InputItem], defaults: ReleaseDefaults | None = None) -> list[ReleaseResult]:
    """Worker side: the pipeline was loaded in the parent and inherited by fork."""
    return process_items(items, defaults=defaults)


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork where available, so workers inherit the loaded pipeline instead of
    building it again (about a second each, and copy-on-write shares its memory)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _failed_future() -> Future[list[ReleaseResult]]:
    future: Future[list[ReleaseResult]] = Future()
    future.set_exception(RuntimeError("worker pool broken"))
    return future


def _init_worker() -> None:
    load()


def chunk_size_for(n_items: int, jobs: int, chunk_size: int = CHUNK_SIZE) -> int:
    """Chunks no larger than ``chunk_size`` and small enough that every worker
    gets several, so the last chunks do not leave a core idle."""
    per_worker = -(-n_items // (jobs * 4))
    return max(1, min(chunk_size, per_worker))


def iter_results(
    items: list[InputItem], *, jobs: int = 1, chunk_size: int = CHUNK_SIZE,
    defaults: ReleaseDefaults | None = None,
) -> Iterator[ReleaseResult]:
    """Results for every input item, in input order, streamed chunk by chunk."""
    jobs = min(jobs, os.cpu_count() or jobs)
    if jobs <= 1 or len(items) <= chunk_size:
        nlp = load()
        for chunk in _chunks(items, chunk_size):
            yield from process_items(chunk, nlp, defaults)
        return
    ctx = _pool_context()
    forked = ctx.get_start_method() == "fork"
    if forked:
        load()  # once, here; the workers inherit it
        gc.collect()
        gc.freeze()  # keep the model's objects out of the workers' GC passes (fewer copied pages)
    size = chunk_size_for(len(items), jobs, chunk_size)
    try:
        with ProcessPoolExecutor(
            max_workers=jobs, mp_context=ctx, initializer=None if forked else _init_worker
        ) as pool:
            pending: deque[tuple[list[InputItem], Future[list[ReleaseResult]]]] = deque()
            chunks = _chunks(items, size)
            for chunk in islice(chunks, jobs * CHUNKS_IN_FLIGHT_PER_JOB):
                pending.append((chunk, pool.submit(_process_chunk, chunk, defaults)))
            while pending:
                chunk, future = pending.popleft()
                try:
                    results = future.result()
                except Exception:
                    # a worker died (killed, out of memory): this chunk is redone here,
                    # so its releases still get their rows; a broken pool sends every
                    # later chunk down the same path
                    results = process_items(chunk, defaults=defaults)
                for more in islice(chunks, 1):
                    try:
                        pending.append((more, pool.submit(_process_chunk, more, defaults)))
                    except Exception:  # the pool is broken: no more submissions
                        pending.append((more, _failed_future()))
                yield from results
    finally:
        if forked:
            gc.unfreeze()
