"""Stress set for each claim's METRIC and AREA: invented releases in the many ways
English police releases and local or national news report crime statistics.

Every sentence here was written for this file (none is copied from a corpus
text). Each case is a release text (an optional ```yaml block with title and
area, then the body) and the claims it must give, as (value, metric, area):
the claim is found by its value (None: a headline change with no number), in
order, and its metric and area are held against the expected ones with the
scorer's own tests (metric: the last word of either phrase occurs in the other;
area: one contains the other). A fourth element lists words that must occur in
neither the metric nor the area (a refusal: a person's name, "figures", a
capitalised headline word).

Expected values follow docs/annotation-guide.md (metric: what is measured, as
written, without determiners; area: the place named in the claim's sentence or
the clause it continues, else the release's area, "national" the release's
nation). Where the guide is silent the comment says which habit of the settled
tune gold the case follows.
"""
from __future__ import annotations

from typing import Any

import pytest

from extractor.api import parse
from extractor.evaluate import area_match, metric_match


def rel(body: str, area: str | None = None, title: str | None = None, date: str = "10:00 14/05/2019") -> str:
    """A release text: a metadata block with the given title and area, then the body."""
    meta = [f"publish.date: '{date}'"]
    if title is not None:
        meta.insert(0, f"title: '{title}'")
    if area is not None:
        meta.append(f"area: {area}")
    return "```yaml\n" + "\n".join(meta) + "\n```\n\n" + body + "\n"


def xf(reason: str, *args: Any) -> Any:
    return pytest.param(*args, marks=pytest.mark.xfail(reason=reason, strict=True))


E_W = "England and Wales"

CASES = [
    # --- the measure before the change
    (rel("Burglary fell 5% in the year to March 2019.", "Kent"), [(5, "burglary", "Kent")]),
    (rel("Violent crime in Gwent rose by 11.4 per cent last year.", "Gwent"), [(11.4, "violent crime", "Gwent")]),
    (rel("Shoplifting is up 23pc on the previous year, the figures show.", "Hampshire"),
     [(23, "shoplifting", "Hampshire", ["figures"])]),
    (rel("Recorded crime across Tayside dropped by almost a fifth between 2008 and 2012.", "Scotland"),
     [(20, "recorded crime", "Tayside")]),
    (rel("Knife crime has increased by 14 per cent in Greater Manchester since 2015.", "Greater Manchester"),
     [(14, "knife crime", "Greater Manchester")]),
    (rel("Anti-social behaviour incidents were down by 2,316 compared with 2016.", "Lincolnshire"),
     [(2316, "anti-social behaviour incidents", "Lincolnshire")]),
    (rel("Theft from motor vehicles decreased 9.8% over the same period.", "Leicestershire"),
     [(9.8, "theft from motor vehicles", "Leicestershire")]),
    (rel("Sexual offences recorded by the force went up by a quarter.", "Staffordshire"),
     [(25, "sexual offences", "Staffordshire")]),
    # --- the measure after the change
    (rel("Figures show a 5% fall in burglary across Essex.", "Essex"), [(5, "burglary", "Essex", ["figures"])]),
    (rel("There were 5% fewer burglaries in the Dyfed-Powys force area last year.", "Dyfed-Powys"),
     [(5, "burglaries", "Dyfed-Powys")]),
    (rel("The statistics reveal a rise of 12% in violent crime.", "Merseyside"),
     [(12, "violent crime", "Merseyside", ["statistics"])]),
    (rel("Police recorded an increase of 8.2 per cent in shoplifting.", "Cumbria"),
     [(8.2, "shoplifting", "Cumbria")]),
    (rel("There has been a 17 per cent jump in reports of stalking.", "Surrey"),
     [(17, "reports of stalking", "Surrey")]),
    (rel("Officers recorded 212 fewer domestic burglaries than in 2013.", "Norfolk"),
     [(212, "domestic burglaries", "Norfolk")]),
    (rel("A 31% reduction in antisocial behaviour was reported in Barry.", "South Wales"),
     [(31, "antisocial behaviour", "Barry")]),
    (rel("There were 2,341 more thefts in 2018 than the year before.", "West Yorkshire"),
     [(2341, "thefts", "West Yorkshire")]),
    (rel("Last year saw a 9pc drop in car crime.", "Bedfordshire"), [(9, "car crime", "Bedfordshire")]),
    # --- in a relative clause
    (rel("Vehicle crime, which had risen for three years, dropped by 14pc in 2012.", "Essex"),
     [(14, "vehicle crime", "Essex")]),
    (rel("Officers are targeting robbery, which rose by 9% last year.", "West Midlands"),
     [(9, "robbery", "West Midlands")]),
    (rel("The offence that rose most was fraud, which went up by 46 per cent.", "City of London"),
     [(46, "fraud", "City of London")]),
    (rel("Sexual offences, which the force says are now more likely to be reported, increased by 19%.",
         "Northumbria"), [(19, "sexual offences", "Northumbria")]),
    # --- passive
    (rel("5,000 offences were recorded in Gwent between April and June.", "Gwent"), [(5000, "offences", "Gwent")]),
    (rel("A total of 1,432 hate crimes were reported to Avon and Somerset Police in 2017."),
     [(1432, "hate crimes", "Avon and Somerset")]),
    (rel("More than 600 knives were handed in during the amnesty.", "West Yorkshire"),
     [(600, "knives", "West Yorkshire")]),
    (rel("Some 340 people were arrested for drink-driving over Christmas.", "Thames Valley"),
     [(340, "people arrested for drink-driving", "Thames Valley")]),
    (rel("Eighty-two firearms were seized by officers in Belfast.", "Northern Ireland"),
     [(82, "firearms", "Belfast")]),
    # --- lists
    (rel("There were rises in harassment (31%), arson (6%) and robbery (22%).", "Durham"),
     [(31, "harassment", "Durham"), (6, "arson", "Durham"), (22, "robbery", "Durham")]),
    (rel("Drug offences rose by 14%, public order offences by 9% and criminal damage by 3%.", "Cleveland"),
     [(14, "drug offences", "Cleveland"), (9, "public order offences", "Cleveland"),
      (3, "criminal damage", "Cleveland")]),
    (rel("Falls were seen in burglary (down 8%), vehicle crime (down 12%) and criminal damage (down 4%).",
         "Humberside"),
     [(8, "burglary", "Humberside"), (12, "vehicle crime", "Humberside"), (4, "criminal damage", "Humberside")]),
    (rel("Increases were recorded for stalking and harassment, up 21%, and sexual offences, up 13%.", "Suffolk"),
     [(21, "stalking and harassment", "Suffolk"), (13, "sexual offences", "Suffolk")]),
    (rel("Crime fell by 4% in Bangor, 7% in Rhyl and 2% in Wrexham.", "North Wales"),
     [(4, "crime", "Bangor"), (7, "crime", "Rhyl"), (2, "crime", "Wrexham")]),
    (rel("Robbery was down 16 per cent, with burglary down 5 per cent and theft down 2 per cent.", "Avon and Somerset"),
     [(16, "robbery", "Avon and Somerset"), (5, "burglary", "Avon and Somerset"),
      (2, "theft", "Avon and Somerset")]),
    # --- a table written as lines
    (rel("Crime by type in 2015:\n\nRobbery: 412 (down 3%)\n\nBurglary: 1,980 (up 2%)", "Cleveland"),
     [(412, "robbery", "Cleveland"), (3, "robbery", "Cleveland"), (1980, "burglary", "Cleveland"),
      (2, "burglary", "Cleveland")]),
    (rel("Offences recorded in 2014:\n\nRobbery – 412\n\nTheft from the person – 1,076", "Wiltshire"),
     [(412, "robbery", "Wiltshire"), (1076, "theft from the person", "Wiltshire")]),
    (rel("The main changes were:\n\n• Criminal damage - 3,411 (-6%)\n\n• Shoplifting - 2,090 (+11%)", "Derbyshire"),
     [(3411, "criminal damage", "Derbyshire"), (6, "criminal damage", "Derbyshire"),
      (2090, "shoplifting", "Derbyshire"), (11, "shoplifting", "Derbyshire")]),
    # --- rates
    (rel("Northamptonshire had a rate of 62 crimes per 1,000 people.", "Northamptonshire"),
     [(62, "crimes", "Northamptonshire")]),
    (rel("The crime rate in Dorset is 49 per 1,000 population, against 74 per 1,000 nationally.", "Dorset"),
     [(49, "crime rate", "Dorset"), (74, "crime rate", E_W)]),
    (rel("There were 11.3 burglaries for every 1,000 households in Leeds.", "West Yorkshire"),
     [(11.3, "burglaries", "Leeds")]),
    (rel("The violent crime rate rose to 21 per 1,000 people in Fife.", "Scotland"),
     [(21, "violent crime rate", "Fife")]),
    (rel("Car crime stood at 4.2 offences per 1,000 residents, the lowest in the region.", "Warwickshire"),
     [(4.2, "car crime", "Warwickshire")]),
    # --- shares
    (rel("Across the force, 45% of crimes were solved.", "Hertfordshire"), [(45, "crimes solved", "Hertfordshire")]),
    (rel("The force had a detection rate of 27% in 2010.", "Gloucestershire"),
     [(27, "detection rate", "Gloucestershire")]),
    (rel("Just 7.8% of thefts led to a charge.", "Sussex"), [(7.8, "thefts", "Sussex")]),
    xf("a share's 'of' noun loses to the clause after it ('said they were satisfied'): left",
       rel("Almost two-thirds of victims (64%) said they were satisfied with the service.", "Cheshire"),
     [(66.67, "victims", "Cheshire"), (64, "victims", "Cheshire")]),
    (rel("Domestic abuse accounts for 18 per cent of all recorded crime in Lancashire.", "Lancashire"),
     [(18, "domestic abuse", "Lancashire")]),
    (rel("The solved rate for burglary stands at 11%.", "Kent"), [(11, "solved rate for burglary", "Kent")]),
    # --- money
    (rel("The commissioner has found £2m for extra patrols.", "Norfolk"), [(2000000, "extra patrols", "Norfolk")]),
    xf("an amount opening a passive sentence ('£450,000 will be spent on X') finds no purpose: left",
       rel("£450,000 will be spent on CCTV in Wrexham town centre.", "North Wales"),
     [(450000, "CCTV", "Wrexham town centre")]),
    (rel("The force has been given an extra £3.5 million to tackle knife crime.", "Essex"),
     [(3500000, "funding to tackle knife crime", "Essex")]),
    # --- people
    (rel("1,200 victims were supported by the service last year.", "Devon and Cornwall"),
     [(1200, "victims", "Devon and Cornwall")]),
    (rel("The force will recruit 30 more officers this year.", "Durham"), [(30, "officers", "Durham")]),
    (rel("There were 212 fewer victims of burglary in Swindon.", "Wiltshire"),
     [(212, "victims of burglary", "Swindon")]),
    (rel("Police Scotland now has 17,234 officers.", "Scotland"), [(17234, "officers", "Scotland")]),
    (rel("The number of special constables fell by 15% to 9,100.", "Kent"),
     [(15, "special constables", "Kent"), (9100, "special constables", "Kent")]),
    # --- calls
    (rel("The force received 104,000 999 calls in 2016.", "Thames Valley"), [(104000, "999 calls", "Thames Valley")]),
    (rel("Calls to 101 fell by 11% in the first quarter.", "Surrey"), [(11, "calls to 101", "Surrey")]),
    (rel("The force answered 92% of 999 calls within ten seconds.", "Lincolnshire"),
     [(92, "999 calls answered within ten seconds", "Lincolnshire")]),
    (rel("Emergency calls rose by 7% over the summer.", "Cumbria"), [(7, "emergency calls", "Cumbria")]),
    # --- stop and search
    (rel("Officers carried out 3,100 stop and searches in Lambeth.", "London"),
     [(3100, "stop and searches", "Lambeth")]),
    (rel("Use of stop and search rose by 40% last year.", "Merseyside"), [(40, "stop and search", "Merseyside")]),
    (rel("Stop and search fell 20% in Merseyside last year.", "Merseyside"), [(20, "stop and search", "Merseyside")]),
    (rel("Stop and search powers were used 4,512 times in 2018.", "Essex"), [(4512, "stop and search", "Essex")]),
    # --- refusals: a person's name is no metric and no area
    (rel("Chief Constable Sara Glen said burglary fell by 6%.", "Kent"), [(6, "burglary", "Kent", ["Glen"])]),
    (rel("Detective Superintendent Mark Ellis said 40 arrests had been made.", "Essex"),
     [(40, "arrests", "Essex", ["Ellis"])]),
    (rel("Commissioner Alun Price welcomed the 8% fall in crime.", "South Wales"),
     [(8, "crime", "South Wales", ["Price"])]),
    (rel("Burglary fell by 6%, said Inspector Tom Morgan.", "Gwent"), [(6, "burglary", "Gwent", ["Morgan"])]),
    (rel("Chief Inspector Sarah Kent said thefts were down 12%.", "Essex"), [(12, "thefts", "Essex", ["Kent"])]),
    # --- refusals: figures, statistics, data, the report are no metric
    (rel("Figures released today show a 7% rise in recorded crime.", "Cambridgeshire"),
     [(7, "recorded crime", "Cambridgeshire", ["figures"])]),
    xf("a measure inside the clause a 'show' verb takes ('Statistics ... show crime rose 4%') is lost: left",
       rel("Statistics published by the ONS show crime rose 4% in Norfolk.", "Norfolk"),
     [(4, "crime", "Norfolk", ["statistics"])]),
    (rel("The data shows 2,300 offences were recorded.", "Bedfordshire"),
     [(2300, "offences", "Bedfordshire", ["data"])]),
    (rel("The report found 68% of victims were satisfied.", "Wiltshire"),
     [(68, "victims", "Wiltshire", ["report"])]),
    (rel("Latest statistics reveal 15 per cent more drug offences.", "Hampshire"),
     [(15, "drug offences", "Hampshire", ["statistics"])]),
    # --- refusals: a capitalised word of a title-case headline is no place
    (rel("Shoplifting rose by 20% over the festive period.", "Hampshire",
         title="Shoplifting Up 20 Per Cent At Christmas"),
     [(20, "shoplifting", "Hampshire", ["Christmas"]), (20, "shoplifting", "Hampshire", ["Christmas"])]),
    xf("a title-case headline verb ('Soars By 15 Per Cent') leaves the headline claim no measure: left",
       rel("Violent crime rose by 15% in July and August.", "Sussex",
         title="Violent Crime Soars By 15 Per Cent In Summer Heatwave"),
     [(15, "violent crime", "Sussex", ["Summer", "Heatwave"]), (15, "violent crime", "Sussex", ["Summer"])]),
    xf("a title-case headline's capitalised words after 'In' are read as the measure ('Sunny Summer'): left",
       rel("Crime fell by 5% between June and August.", "Lincolnshire", title="Crime Falls In Sunny Summer Months"),
     [(None, "crime", "Lincolnshire", ["Sunny", "Summer"]), (5, "crime", "Lincolnshire")]),
    # refusal of the refusal: a title-case place the body repeats is a place (a name ends at its line: the
    # title's last word is not run into the body's first)
    (rel("Burglaries in Torbay fell by 9%.", "Devon and Cornwall", title="Burglaries Fall To Record Low In Torbay"),
     [(None, "burglaries", "Torbay"), (9, "burglaries", "Torbay")]),
    # --- areas: a place in the sentence, else the release's area
    (rel("Crime in Swansea fell by 4%.", "South Wales"), [(4, "crime", "Swansea")]),
    (rel("In Flintshire, criminal damage dropped by 13%.", "North Wales"), [(13, "criminal damage", "Flintshire")]),
    (rel("Burglary in Aberystwyth fell by 22%.", "Dyfed-Powys"), [(22, "burglary", "Aberystwyth")]),
    (rel("Inverness saw 14 per cent fewer thefts.", "Scotland"), [(14, "thefts", "Inverness")]),
    (rel("Recorded crime in Newry rose 3%.", "Northern Ireland"), [(3, "recorded crime", "Newry")]),
    (rel("Hate crime in the borough of Wigan rose by 18%.", "Greater Manchester"), [(18, "hate crime", "Wigan")]),
    (rel("The force area saw a 6% rise in violence.", "North Yorkshire"), [(6, "violence", "North Yorkshire")]),
    (rel("Recorded crime in Scotland has hit its lowest point for 37 years, with 229,418 crimes recorded."),
     [(229418, "crimes", "Scotland")]),
    (rel("Across England and Wales, police recorded 5.8 million crimes.", "Kent"), [(5800000, "crimes", E_W)]),
    (rel("Across Wales, recorded crime rose 8%.", "Gwent"), [(8, "recorded crime", "Wales")]),
    (rel("Shoplifting in Dundee city centre rose by 30%.", "Scotland"), [(30, "shoplifting", "Dundee city centre")]),
    # --- "nationally", "the national average": the release's nation
    (rel("Burglary rose 6% nationally.", "Kent"), [(6, "burglary", E_W)]),
    (rel("Crime fell by 3% nationally.", "Fife"), [(3, "crime", "Scotland")]),
    (rel("Violent crime rose by 12%, below the national average of 19%.", "Suffolk"),
     [(12, "violent crime", "Suffolk"), (19, "violent crime", E_W)]),
    (rel("Robbery fell by 9% in Armagh, against 2% nationally.", "Northern Ireland"),
     [(9, "robbery", "Armagh"), (2, "robbery", "Northern Ireland")]),
    (rel("The county's crime rate of 51 per 1,000 compares with a national rate of 66.", "Wiltshire"),
     [(51, "crime rate", "Wiltshire"), (66, "crime rate", E_W)]),
    # --- "across the region": the release's area
    (rel("Robbery fell by 3% across the region.", "West Mercia"), [(3, "robbery", "West Mercia")]),
    (rel("Recorded crime fell by 2% in the region, the figures show.", "Northumbria"),
     [(2, "recorded crime", "Northumbria", ["figures"])]),
    # --- a place inside an organisation's name
    (rel("Kent Police said violent crime had risen by 10%."), [(10, "violent crime", "Kent")]),
    (rel("Gwent Police recorded 40,112 crimes in 2016/17."), [(40112, "crimes", "Gwent")]),
    (rel("Police Scotland said housebreaking fell 8% in the Highlands.", "Scotland"),
     [(8, "housebreaking", "Highlands")]),
    (rel("The PSNI recorded 106,500 crimes in 2018/19.", "Northern Ireland"), [(106500, "crimes", "Northern Ireland")]),
    (rel("West Midlands Police recorded 9,800 knife offences."), [(9800, "knife offences", "West Midlands")]),
    # --- a list that leaves out the verb it shares ("X rose by 3%, Y by 5%")
    (rel("Robbery rose by 3%, theft by 5% and burglary by 2%.", "Staffordshire"),
     [(3, "robbery", "Staffordshire"), (5, "theft", "Staffordshire"), (2, "burglary", "Staffordshire")]),
    (rel("Burglary fell 8pc, robbery 4pc and vehicle crime 11pc.", "Essex"),
     [(8, "burglary", "Essex"), (4, "robbery", "Essex"), (11, "vehicle crime", "Essex")]),
    (rel("Arson has dropped by 12 per cent, car crime by 15 per cent, and fraud by six per cent.", "Gwent"),
     [(12, "arson", "Gwent"), (15, "car crime", "Gwent"), (6, "fraud", "Gwent")]),
    (rel("Violence against the person rose by 4%, violence without injury by 6%.", "Cheshire"),
     [(4, "violence against the person", "Cheshire"), (6, "violence without injury", "Cheshire")]),
    # refusal: a place or a time after the figure is no item; a comparator keeps the measure
    (rel("Crime fell 5% in Kent, 3% in Essex.", "Kent"), [(5, "crime", "Kent"), (3, "crime", "Essex")]),
    (rel("Crime fell by 10%, or 300 crimes.", "Suffolk"), [(10, "crime", "Suffolk"), (300, "crime", "Suffolk")]),
    (rel("Burglary fell 8% in 2018, and 4% in 2019.", "Dorset"), [(8, "burglary", "Dorset"), (4, "burglary", "Dorset")]),
    # --- a list whose figures are set off by commas ("X, up 13%, Y, (up 18%)")
    (rel("Increases were seen in violence without injury, up 9.4 per cent, public order offences, up 15.2 per "
         "cent, and sexual offences, up 7.9 per cent.", "Cumbria"),
     [(9.4, "violence without injury", "Cumbria"), (15.2, "public order offences", "Cumbria"),
      (7.9, "sexual offences", "Cumbria")]),
    (rel("The force saw falls in dwelling burglary, (down 8.6 per cent), vehicle offences, (down 14.3 per cent), "
         "and criminal damage, (down 9.8 per cent).", "Avon and Somerset"),
     [(8.6, "dwelling burglary", "Avon and Somerset"), (14.3, "vehicle offences", "Avon and Somerset"),
      (9.8, "criminal damage", "Avon and Somerset")]),
    (rel("This includes violence without injury (up 9 per cent) and public order offences (up 15 per cent).",
         "Northumbria"),
     [(9, "violence without injury", "Northumbria"), (15, "public order offences", "Northumbria")]),
    # refusal: a time, or a verb with its subject further back, is no item
    (rel("About 36,000 crimes were logged in total over that 12-month period, up 11%.", "Lancashire"),
     [(36000, "crimes", "Lancashire"), (11, "crimes", "Lancashire")]),
    (rel("Theft offences, which include burglary and shoplifting, have risen by 3%.", "Norfolk"),
     [(3, "theft offences", "Norfolk")]),
    (rel("Officers made 400 arrests, up 9%.", "Surrey"), [(400, "arrests", "Surrey"), (9, "arrests", "Surrey")]),
    # --- a total's change counted in its own words: "with 6,351 fewer offences" is offences
    (rel("Overall crime decreased by 2.7%, with 4,128 less offences over the year.", "Kent"),
     [(2.7, "crime", "Kent"), (4128, "offences", "Kent")]),
    (rel("Total crime fell by 8.6% in 2008/09, which equates to 10,412 fewer victims.", "Sussex"),
     [(8.6, "crime", "Sussex"), (10412, "victims", "Sussex")]),
    (rel("Crime keeps falling in Sefton, with more than 1,600 fewer incidents in the year.", "Merseyside"),
     [(1600, "incidents", "Sefton")]),
    (rel("Recorded crime fell by 5%, which is 8,357 fewer recorded offences.", "West Mercia"),
     [(5, "recorded crime", "West Mercia"), (8357, "recorded offences", "West Mercia")]),
    # refusal: the change of one offence counts that offence; a total with no change word is the total
    (rel("Burglary fell by 5%, which is 357 fewer offences.", "Sussex"),
     [(5, "burglary", "Sussex"), (357, "burglary", "Sussex")]),
    (rel("Crime fell by 5% to a total of 30,100 offences.", "Sussex"), [(5, "crime", "Sussex"), (30100, "offences", "Sussex")]),
    # --- a quantifier opening a sentence is no place
    (rel("All recorded crime has decreased by 3.5%.", "Kent"), [(3.5, "recorded crime", "Kent", ["All"])]),
    (rel("Most recorded offences fell by 2%.", "Kent"), [(2, "offences", "Kent")]),
    # refusal of the refusal: a town opening a sentence with "recorded" is a place
    (rel("Burnley recorded a 4% fall in crime.", "Lancashire"), [(4, "crime", "Burnley")]),
    # --- a chance or likelihood is no measure: the offence it is the chance of, or the rate's counted noun
    (rel("The odds of being a victim of car crime in Powys are slim, at 3 per 1,000 people.", "Dyfed-Powys"),
     [(3, "car crime", "Powys", ["odds"])]),
    (rel("Residents' chance of being the victim of a crime remains low, with 41 crimes per 1,000 people recorded.",
         "Surrey"), [(41, "crimes", "Surrey", ["chance"])]),
    # the counted noun with its participle: "crimes recorded per 1,000"
    (rel("Across Wales there were 66.4 crimes recorded per 1,000 residents.", "Wales"),
     [(66.4, "crimes recorded", "Wales")]),
    # refusal: an offence named as its own measure before the rate still names it
    (rel("The burglary rate of 5 per 1,000 homes is the lowest in the region.", "Cumbria"),
     [(5, "burglary rate", "Cumbria")]),
    # refusal: a council is an organisation, the figure is the release's area's
    (rel("Leeds City Council spent £1.2m on youth services.", "West Yorkshire"),
     [(1200000, "youth services", "West Yorkshire")]),
]


def _claims(doc):
    return [(None if s._.value is None else round(s._.value, 2), s._.metric, s._.area, s.text)
            for s in doc.spans["claims"]]


@pytest.mark.parametrize("text, expected", CASES)
def test_metric_area_stress(text, expected):
    found = _claims(parse(text))
    used: set[int] = set()
    for exp in expected:
        value, metric, area = exp[:3]
        banned = exp[3] if len(exp) > 3 else []
        i = next((i for i, c in enumerate(found) if i not in used and c[0] == value), None)
        assert i is not None, f"no claim of value {value} in {found}"
        used.add(i)
        _, got_metric, got_area, span = found[i]
        assert metric_match(metric, got_metric), f"{span!r}: metric {got_metric!r}, expected {metric!r}"
        assert area_match(area, got_area), f"{span!r}: area {got_area!r}, expected {area!r}"
        for word in banned:
            assert word.lower() not in f"{got_metric} {got_area}".lower(), f"{span!r}: {word!r} in {got_metric!r}/{got_area!r}"
