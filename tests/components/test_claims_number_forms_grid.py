"""Grammar grid: number forms the reader must read as a figure, each in several frames (change,
level, share, rate), with refusals where the same form is no claim (annotation guide, "Statistical
claims": value and unit rules; dates and years are no claims).

Forms: a four-digit count that looks like a year ("1911 fewer victims"); a figure glued to the
word before it ("down24%", "by5 per cent", "around12 fewer"); a multiple or fraction of a compared
level ("more than triple the 6.3 average", "half the county's rate", "a third of UK levels").
Each cell is an invented sentence; the expected list holds (value rounded to 2 places, unit).
"""
from __future__ import annotations

import pytest

from .helpers import run


def claims(nlp, body: str) -> list[tuple[float | None, str | None]]:
    doc = run(nlp, body)
    return [(None if s._.value is None else round(s._.value, 2), s._.unit) for s in doc.spans["claims"]
            if s._.value is not None]


# --- a count of four digits in a year's range, written without a thousands comma ---------------
YEAR_SHAPED = ["1911", "1966", "2045", "1850"]
YEAR_SHAPED_FRAMES = [
    ("There were {n} fewer victims of burglary this year.", lambda v: [(v, "count")]),
    ("The force recorded {n} more crimes than last year.", lambda v: [(v, "count")]),
    ("Officers dealt with {n} fewer incidents of anti-social behaviour.", lambda v: [(v, "count")]),
    ("Theft fell with {n} fewer offences reported.", lambda v: [(v, "count")]),
    ("Police recruited {n} extra officers.", lambda v: [(v, "count")]),
    ("In total, {n} additional patrols were carried out.", lambda v: [(v, "count")]),
    ("Nationally there were a total of {n} robberies recorded.", lambda v: [(v, "count")]),
    ("Drug offences rose by 30 per cent, from {n} to 2694.", lambda v: [(30, "percent"), (v, "count"), (2694, "count")]),
    ("Burglaries fell from 2,694 to {n}.", lambda v: [(2694, "count"), (v, "count")]),
    ("There were nearly {n} crimes recorded in the town.", lambda v: [(v, "count")]),
    ("More than {n} people responded to the survey on burglary.", lambda v: [(v, "count")]),
]
# the same shape as a year: a period, never a claim
YEAR_REFUSALS = [
    "In {n} more crimes were recorded than in the year before.",
    "By {n} more officers will be on patrol in the county.",
    "Since {n} fewer people have been victims of burglary.",
    "The figures for {n} show a fall in burglary.",
    "The {n} figures show a fall in burglary.",
    "Crime fell between {n} and 2010.",
    "Theft rose from {n} to 2010.",
    "During {n} fewer burglaries were reported.",
    "{n} saw the lowest level of crime on record.",
]


@pytest.mark.parametrize("n", YEAR_SHAPED)
@pytest.mark.parametrize("frame, expected", YEAR_SHAPED_FRAMES, ids=[f for f, _ in YEAR_SHAPED_FRAMES])
def test_number_forms_year_shaped_count(nlp, n, frame, expected):
    assert claims(nlp, frame.format(n=n)) == expected(float(n))


@pytest.mark.parametrize("n", YEAR_SHAPED)
@pytest.mark.parametrize("frame", YEAR_REFUSALS)
def test_number_forms_year_shaped_year_is_no_count(nlp, n, frame):
    assert (float(n), "count") not in claims(nlp, frame.format(n=n))


# --- a four-digit count straight before a plural noun of what police count ------------------------
YEAR_NOUN_FRAMES = [
    "Officers recorded {n} domestic abuse offences across the county.",
    "{n} arrests were made during the summer operation.",
    "There were {n} victims of online fraud in 2019.",
    "The control room answered {n} calls about anti-social behaviour.",
    "Last year {n} residential burglaries were reported to the force.",
    "Detectives investigated {n} serious violent crimes.",
]
# the same shape where the figure is a year: no count
YEAR_NOUN_REFUSALS = [
    "In {n} burglaries fell across the district.",
    "Since {n} offences have fallen every year.",
    "The {n} arrests were the highest on record.",
    "Compared with {n} robberies were down sharply.",
    "In June {n} thefts rose in the city centre.",
    "The council's {n} crimes survey was published in May.",
    "{n} crime figures show a fall in robbery.",
    "{n} saw victims of fraud lose more money.",
]


@pytest.mark.parametrize("n", YEAR_SHAPED)
@pytest.mark.parametrize("frame", YEAR_NOUN_FRAMES)
def test_number_forms_year_shaped_count_before_counted_noun(nlp, n, frame):
    assert (float(n), "count") in claims(nlp, frame.format(n=n))


@pytest.mark.parametrize("n", YEAR_SHAPED)
@pytest.mark.parametrize("frame", YEAR_NOUN_REFUSALS)
def test_number_forms_year_before_counted_noun_stays_a_year(nlp, n, frame):
    assert (float(n), "count") not in claims(nlp, frame.format(n=n))


# --- a decimal spelled out in words, read as one figure before its unit -----------------------------
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Shoplifting dropped by four point three percentage points over the year.", [(4.3, "percentage_point")]),
        ("Arson went up by five point seven per cent in the borough.", [(5.7, "percent")]),
        ("Criminal damage is down thirty-two point one per cent.", [(32.1, "percent")]),
        ("Hate crime rose one point nine per cent on the year before.", [(1.9, "percent")]),
        ("Drug offences fell by nought point four per cent.", [(0.4, "percent")]),
        ("Fraud losses fell by six point zero five per cent.", [(6.05, "percent")]),
    ],
)
def test_number_forms_spelled_decimal_is_one_figure(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("At one point seven people were waiting in the custody suite.", (7, "count")),
        ("Robbery fell by eight per cent, a point more than the county average.", (8, "percent")),
    ],
)
def test_number_forms_point_without_a_spelled_decimal(nlp, sentence, expected):
    got = claims(nlp, sentence)
    assert expected in got and not any(v != int(v) for v, _ in got)


# --- a figure glued to the word before it (a missing space) -----------------------------------
GLUED = [("down{f}", "Burglary was {w} on last year."), ("by{f}", "Robbery fell {w} last year."),
         ("up{f}", "Vehicle crime is {w} this year."), ("around{f}", "Shoplifting fell by {w} in the town."),
         ("nearly{f}", "Knife crime rose by {w} across the county."),
         ("about{f}", "About half of victims, {w}, said they were satisfied.")]
GLUED_FIGURES = [("24%", (24, "percent")), ("5 per cent", (5, "percent")), ("7.5%", (7.5, "percent")),
                 ("12", (12, "count"))]


@pytest.mark.parametrize("glue, frame", GLUED, ids=[g for g, _ in GLUED])
@pytest.mark.parametrize("figure, expected", GLUED_FIGURES, ids=[f for f, _ in GLUED_FIGURES])
def test_number_forms_glued_to_the_word_before(nlp, glue, frame, figure, expected):
    got = claims(nlp, frame.format(w=glue.format(f=figure)))
    assert expected in got


@pytest.mark.parametrize(
    "sentence",
    [
        "The A14 was closed after the crash.",
        "Officers on the M6 stopped a car.",
        "The Covid19 rules ended in the spring.",
        "Residents of Flat3 reported a burglary.",
        "The station's code is ST4 for the operation.",
        "Drivers under18 were warned about speeding.",
    ],
)
def test_number_forms_glued_code_is_no_claim(nlp, sentence):
    assert claims(nlp, sentence) == []


# --- a multiple or a fraction of a compared level: a ratio -------------------------------------
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The burglary rate is now more than triple the 6.3 average across the districts.", (3, "ratio")),
        ("The burglary rate is now more than double the 6.3 average across the districts.", (2, "ratio")),
        ("Crime in the county is half the United Kingdom's rate.", (0.5, "ratio")),
        ("Crime in the county is half the region’s rate.", (0.5, "ratio")),
        ("Crime in the county is twice the country's average.", (2, "ratio")),
        ("Crime on the island is approximately one third of UK levels.", (0.33, "ratio")),
        ("Crime on the island is about a third of the national rate.", (0.33, "ratio")),
        ("Crime is rising at a third of the rate of the national levels.", (0.33, "ratio")),
        ("Robbery in the town is a quarter of the national average.", (0.25, "ratio")),
    ],
)
def test_number_forms_multiple_of_a_compared_level_is_a_ratio(nlp, sentence, expected):
    assert expected in claims(nlp, sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A third of all crimes were linked to alcohol.", (33.33, "percent")),
        ("Half of the victims were women.", (50, "percent")),
        ("A quarter of the force's officers work in neighbourhood teams.", (25, "percent")),
        ("One third of the rates set by councils rose.", (33.33, "percent")),
        ("Reports of fraud have doubled since 2019.", (100, "percent")),
    ],
)
def test_number_forms_share_is_no_ratio(nlp, sentence, expected):
    assert expected in claims(nlp, sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Burglary was down24% on last year.", (24, "percent", "decrease", "exact")),
        ("Robbery rose by5 per cent last year.", (5, "percent", "increase", "exact")),
        ("There were around12 fewer victims every day.", (12, "count", "decrease", "approximate")),
        ("Theft fell by nearly7%.", (7, "percent", "decrease", "approximate")),
    ],
)
def test_number_forms_glued_word_still_gives_direction_and_hedge(nlp, sentence, expected):
    doc = run(nlp, sentence)
    got = [(round(s._.value, 2), s._.unit, s._.direction, s._.approx) for s in doc.spans["claims"]]
    assert expected in got
