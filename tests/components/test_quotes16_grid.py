"""A grammar grid for quote recall (annotation guide, "Attributed quotes").

Classes of attribution the extractor missed, each with its near misses:

1. a verb of praise with a plain object ("X also praised the work of
   volunteers in ..."): the object is the speaker's judgement, an indirect
   quote, as it is with its reason after "for" (indirect_praise_for); a
   passive with no agent names no one, and a short object ("praised officers")
   reports nothing;
2. "pointed to" and its object ("the commissioner pointed to a rise in
   arrests ..."): what the speaker put forward; figures or a table that "point
   to" something are evidence, not speech;
3. a bare title whose holder the release names by the title's last word only
   ("Commissioner Ria Dunmore" then "the Police and Crime Commissioner said
   ..."): that person speaks; not across a grade ("Constable Jo Smith" does
   not hold "the Chief Constable").

Rows: (text prefix, speaker, role, org, cue, kind). All sentences are invented.
"""
from __future__ import annotations

import pytest

from .test_quotes import blank_nlp, check, run  # noqa: F401  (blank_nlp is a fixture)

CI = "Chief Inspector"
PCC = "Police and Crime Commissioner"
INTRO = "Chief Inspector Mo Farrant spoke at the station.\n\n"

PRAISE = [
    ("Chief Inspector Mo Farrant also praised the dedication of volunteers in the coastal wards.",
     [("the dedication of volunteers in the coastal wards", "Mo Farrant", CI, None, "praised", "indirect")]),
    ("Police and Crime Commissioner Ria Dunmore has commended the swift response of the rural team.",
     [("the swift response of the rural team", "Ria Dunmore", PCC, None, "commended", "indirect")]),
    (INTRO + "He praised the courage of the two witnesses who came forward.",
     [("the courage of the two witnesses", "Mo Farrant", CI, None, "praised", "indirect")]),
    ("Northshire Police applauded the efforts of shopkeepers in the market square.",
     [("the efforts of shopkeepers", "Northshire Police", None, None, "applauded", "indirect")]),
    # with its reason after "for": read as before (indirect_praise_for)
    ("Chief Inspector Mo Farrant praised the rural team for cutting farm thefts by a third.",
     [("the rural team for cutting farm thefts", "Mo Farrant", CI, None, "praised", "indirect")]),
    # the object ends at a comma, not at one inside a figure
    ("Chief Inspector Mo Farrant also praised the 1,200 hours given by volunteers, most of them retired.",
     [("the 1,200 hours given by volunteers", "Mo Farrant", CI, None, "praised", "indirect")]),
    # near misses: praise joined to an act before it reports no content
    ("Chief Inspector Mo Farrant declined to comment on the rise, but praised the work of her officers.", []),
    # ... nor does a headline's praise (a line with no full stop)
    ("Commissioner praises rural team after fall in farm thefts", []),
    # ... nor one whose object holds a quoted word (a fragment's) or "as" and a clause
    ("Chief Inspector Mo Farrant praised the ‘tireless’ work of the rural team last month.", []),
    ("Chief Inspector Mo Farrant praised volunteers as thefts fell across the valley.", []),
    # near misses: data praised is a release greeted, not a judgement stated
    ("Chief Inspector Mo Farrant praised the latest crime figures published on Monday.", []),
    # near misses: a passive with no agent, a short object, a praised noun
    ("The scheme was praised in a national report on rural crime last year.", []),
    ("Chief Inspector Mo Farrant praised officers.", []),
    ("The praised scheme will run again in the summer across the county.", []),
]

POINTED_TO = [
    ("Police and Crime Commissioner Ria Dunmore pointed to a sharp rise in arrests for drink driving.",
     [("a sharp rise in arrests for drink driving", "Ria Dunmore", PCC, None, "pointed to", "indirect")]),
    ("Police and Crime Commissioner Ria Dunmore has pointed to the work of neighbourhood teams this year.",
     [("the work of neighbourhood teams this year", "Ria Dunmore", PCC, None, "pointed to", "indirect")]),
    ("Police and Crime Commissioner Ria Dunmore spoke at the meeting.\n\n"
     "The PCC pointed to 4,500 arrests and the seizure of 90 vehicles over the year, a record.",
     [("4,500 arrests and the seizure of 90 vehicles", "Ria Dunmore", PCC, None, "pointed to", "indirect")]),
    # near misses: evidence points, people do not speak through it
    ("The figures pointed to a sharp rise in arrests for drink driving.", []),
    ("Recent surveys point to a fall in the fear of crime among older residents.", []),
]


@pytest.mark.parametrize("text,expected", PRAISE, ids=[f"praise_{i}" for i in range(len(PRAISE))])
def test_praise_object(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


@pytest.mark.parametrize("text,expected", POINTED_TO, ids=[f"pointed_to_{i}" for i in range(len(POINTED_TO))])
def test_pointed_to(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


HOLDER = [
    ("Commissioner Ria Dunmore said: “Thefts from farms fell this year.”\n\n"
     "The Police and Crime Commissioner also said that patrols would continue through the winter.",
     [("Thefts from farms fell this year.", "Ria Dunmore", "Commissioner", None, "said", "direct"),
      ("patrols would continue through the winter", "Ria Dunmore", "Commissioner", None, "said", "indirect")]),
    # near miss: a grade before the title names another office
    ("Constable Jo Smith said: “Thefts from farms fell this year.”\n\n"
     "The Chief Constable also said that patrols would continue through the winter.",
     [("Thefts from farms fell this year.", "Jo Smith", "Constable", None, "said", "direct"),
      ("patrols would continue through the winter", "The Chief Constable", "Chief Constable", None, "said", "indirect")]),
]


@pytest.mark.parametrize("text,expected", HOLDER, ids=[f"holder_{i}" for i in range(len(HOLDER))])
def test_title_holder(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)
