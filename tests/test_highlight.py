"""The shared rendering path: the words stay as written, every finding is drawn and labelled."""
from __future__ import annotations

import html
import re

import pytest

from extractor.highlight import Mark, marks_for, spans_html
from extractor.records import ClaimRecord

CHIP = re.compile(r'<span class="cc-c[^"]*">.*?</span>', re.S)
TAG = re.compile(r"<[^>]+>")


def shown_text(markup: str) -> str:
    """What a reader sees, labels aside: tags dropped, <br> as line breaks, spaces folded per line."""
    text = html.unescape(TAG.sub("", CHIP.sub("", markup.replace("<br>", "\n"))))
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n"))


@pytest.mark.parametrize(
    "text, marks",
    [
        ("Crime fell (12%) in Kent.", [Mark(12, 15, "CLAIM", "1")]),
        ("Crime fell (12%) in Kent.", [Mark(6, 15, "CLAIM", "2"), Mark(12, 15, "CLAIM", "1"),
                                       Mark(20, 24, "PERIOD", "1")]),
        ("Burglary <b>&amp; theft fell by 4%", [Mark(29, 35, "CLAIM", "1")]),
        ("“We are pleased,\n\n“and more,” said X.\n\nNext.", [Mark(1, 37, "QUOTE", "1"), Mark(4, 7, "CLAIM", "1")]),
        ("No findings here.\nSecond line.", []),
    ],
)
def test_highlight_keeps_the_words_as_written(text, marks):
    markup = spans_html(text, marks)
    assert markup.startswith('<div class="spans"')
    expected = "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n"))
    assert shown_text(markup) == expected


def test_highlight_labels_each_mark_with_its_row_and_link():
    markup = spans_html("Crime fell by 4% in 2020.", [Mark(11, 16, "CLAIM", "3", "#r0-claims-3"),
                                                       Mark(20, 24, "PERIOD", "1", "#r0-periods-1")])
    assert re.findall(r">\s*(CLAIM|PERIOD)\s*<", markup) == ["CLAIM", "PERIOD"]
    assert 'href="#r0-claims-3">3</a>' in markup and 'href="#r0-periods-1">1</a>' in markup


def test_highlight_mark_over_a_paragraph_break_is_drawn_in_each_paragraph():
    markup = spans_html("“One two,\n\n“three four.”", [Mark(0, 23, "QUOTE", "1")])
    assert markup.count(">QUOTE") == 2 and markup.count("<br>") == 2


def test_highlight_marks_for_records_and_rows_alike():
    claim = ClaimRecord(
        claim_id=2, where="body", text="4%", sentence="s", value=4.0, unit="percent", kind="change",
        direction="decrease", approx="exact", metric=None, area=None, source=None, measure=None,
        period_start=None, period_end=None, baseline_start=None, baseline_end=None, quote_id=None,
        start_char=14, end_char=16, rule_id="num_percent",
    )
    period = {"period_id": 1, "start_char": 20, "end_char": 24}
    no_offsets = {"period_id": 2, "start_char": None, "end_char": None}
    marks = marks_for({"claims": [claim], "periods": [period, no_offsets]}, href="#x-{table}-{id}")
    assert marks == [Mark(14, 16, "CLAIM", "2", "#x-claims-2"), Mark(20, 24, "PERIOD", "1", "#x-periods-1")]


def test_highlight_skips_marks_outside_the_text():
    assert "CLAIM" not in spans_html("short", [Mark(3, 40, "CLAIM", "1")])
