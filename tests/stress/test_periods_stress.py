"""Stress set for periods: invented sentences and mini-releases in the many ways UK police
releases and local news write the periods of crime statistics, each with the periods the
annotation guide asks for (docs/annotation-guide.md, "Periods"), run through the whole
pipeline (metadata block, publication date and its precision included).

Every text here was written for this file. A case lists every period the text holds, as
(words, start, end): a found span matches when its words and the expected words overlap
(one holds the other, ignoring case) and its dates are equal; a found span matching no
expected one is a spurious period and fails the case. ``None`` dates: a period the text
holds that cannot be resolved (no publication date, or one known too coarsely).

Where the guide is silent the case follows what the settled tune gold does most often, and
says so in a comment ("gold:").
"""
from __future__ import annotations

import pytest

import extractor
from extractor.extensions import PERIODS

#: the default publication date: a Thursday
PUB = "2020-04-23"


def _meta(date: str, title: str = "Crime figures") -> str:
    """A release's metadata block with its publication date written as given."""
    return f"```yaml\ntitle: {title}\npublish:\n  date: {date}\n```\n\n"


def case(cid: str, text: str, expected: list[tuple], published: str | None = PUB, xfail: str | None = None):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, published, expected, id=cid, marks=marks)


#: reasons of the cases left failing
MONTH_ALONE = ("a month alone takes the occurrence nearest publication, not the year just stated (the tune "
               "gold does the same for months of events; no tune text has a figure's month after a stated year)")
COMPARED_YEAR = ("a bare year set against a statistical year stays a calendar year: the guide resolves 'compared "
                 "to 2018' against the period just mentioned, but the settled tune gold keeps the calendar year "
                 "after a year to September, so it is left")

CASES = [
    # ---- statistical years: N whole months ending a month ----
    case("year-ending", "Recorded crime in Cumbria fell by 4% in the year ending September 2018.",
         [("year ending September 2018", "2017-10-01", "2018-09-30")]),
    case("year-to-day", "Dyfed-Powys Police logged 31,400 crimes in the year to 31 March 2019.",
         [("the year to 31 March 2019", "2018-04-01", "2019-03-31")]),
    case("12-months-to", "In the 12 months to December 2016, knife offences in London rose by 24 per cent.",
         [("the 12 months to December 2016", "2016-01-01", "2016-12-31")]),
    case("twelve-months-ending", "Burglary was down 9pc over the twelve months ending June 2022, the force said.",
         [("the twelve months ending June 2022", "2021-07-01", "2022-06-30")]),
    case("period-ending", "The period ending 30 June 2015 saw 1,204 robberies reported in Northumbria.",
         [("period ending 30 June 2015", "2014-07-01", "2015-06-30")]),
    case("year-ended-mdy", "Figures for the year ended March 31, 2011 show violent crime fell by a fifth.",
         [("year ended March 31, 2011", "2010-04-01", "2011-03-31")]),
    case("12-month-period-ending", "Crime in Gwent was flat in the 12-month period ending November 2019.",
         [("the 12-month period ending November 2019", "2018-12-01", "2019-11-30")]),
    case("three-months-to", "The three months to June 2014 saw a 6% rise in shoplifting across Avon and Somerset.",
         [("The three months to June 2014", "2014-04-01", "2014-06-30")]),
    case("six-months-to-end", "Arrests rose to 812 in the six months to the end of September 2009.",
         [("the six months to the end of September 2009", "2009-04-01", "2009-09-30")]),
    case("year-ending-abbrev", "Violence against the person (year ending Dec 2021): up 3%.",
         [("year ending Dec 2021", "2021-01-01", "2021-12-31")]),
    case("year-up-to", "Hate crime reports climbed 11% in the year up to June 2019.",
         [("the year up to June 2019", "2018-07-01", "2019-06-30")]),
    case("twelve-months-up-to-end", "Some 2,300 vehicles were stolen in the twelve months up to the end of March 2017.",
         [("the twelve months up to the end of March 2017", "2016-04-01", "2017-03-31")]),
    case("three-months-to-no-year", "Police in Essex made 640 drug arrests in the three months to March.",
         [("the three months to March", "2020-01-01", "2020-03-31")]),
    case("year-to-no-year", "Robbery fell by 12 per cent in the year to September.",
         [("the year to September", "2018-10-01", "2019-09-30")]),
    case("year-to-month-this-year", "Theft from shops rose 14% in the year to March this year.",
         [("the year to March this year", "2019-04-01", "2020-03-31")]),

    # ---- financial years ----
    case("fy-slash", "Police Scotland recorded 246,000 crimes in 2019/20, the force said.",
         [("2019/20", "2019-04-01", "2020-03-31")]),
    case("fy-hyphen-two", "There were 5,400 burglaries in 2019-20, down from 6,100 in 2018-19.",
         [("2019-20", "2019-04-01", "2020-03-31"), ("2018-19", "2018-04-01", "2019-03-31")]),
    case("fy-en-dash-full", "Knife crime rose by 7% in 2019–2020 across North Wales.",
         [("2019–2020", "2019-04-01", "2020-03-31")]),
    case("fy-label", "Total recorded crime, FY 2019/20: 88,214 offences.",
         [("FY 2019/20", "2019-04-01", "2020-03-31")]),
    case("fy-label-glued", "In FY2021/22 the force answered 91% of 999 calls within ten seconds.",
         [("FY2021/22", "2021-04-01", "2022-03-31")]),
    case("fy-the-financial-year", "Sexual offences reached 2,150 in the 2019/20 financial year.",
         [("the 2019/20 financial year", "2019-04-01", "2020-03-31")]),
    case("fy-words", "Fraud reports rose 8% in the financial year 2016 to 2017.",
         [("the financial year 2016 to 2017", "2016-04-01", "2017-03-31")]),
    # a budget for a financial year is about that year: the guide counts any expression that
    # resolves to a calendar interval
    case("fy-budget", "The force's 2019/20 budget is £150m, a rise of £4m.",
         [("2019/20", "2019-04-01", "2020-03-31")]),
    case("fy-list", "Drug seizures went from 410 in 2016/17 to 388 in 2017/18 and 502 in 2018/19.",
         [("2016/17", "2016-04-01", "2017-03-31"), ("2017/18", "2017-04-01", "2018-03-31"),
          ("2018/19", "2018-04-01", "2019-03-31")]),
    case("fy-ni", "The PSNI recorded 108,000 crimes in the 2018-19 financial year, the lowest since 2013-14.",
         [("the 2018-19 financial year", "2018-04-01", "2019-03-31"),
          ("2013-14", "2013-04-01", "2014-03-31")]),
    case("fy-previous-financial-year", "Crime rose 3% in 2019/20 compared with the previous financial year.",
         [("2019/20", "2019-04-01", "2020-03-31"),
          ("the previous financial year", "2018-04-01", "2019-03-31")]),
    case("fy-april-to-march", "Between April 2015 and March 2016 officers seized 212 knives.",
         [("April 2015 and March 2016", "2015-04-01", "2016-03-31")]),

    # ---- quarters ----
    case("q-code", "Anti-social behaviour fell 15% in Q1 2019.",
         [("Q1 2019", "2019-01-01", "2019-03-31")]),
    case("q-code-of", "Shoplifting spiked during Q4 of 2017, figures show.",
         [("Q4 of 2017", "2017-10-01", "2017-12-31")]),
    case("q-words", "Vehicle crime rose in the first quarter of 2019.",
         [("the first quarter of 2019", "2019-01-01", "2019-03-31")]),
    case("q-months", "From April to June 2019 there were 93 robberies in Cambridge.",
         [("April to June 2019", "2019-04-01", "2019-06-30")]),
    case("q-fy-code", "Call handling improved in Q2 2021/22.",
         [("Q2 2021/22", "2021-07-01", "2021-09-30")]),
    case("q-fy-words", "Arrests rose 4% in the second quarter of 2018/19.",
         [("the second quarter of 2018/19", "2018-07-01", "2018-09-30")]),
    case("q-number", "Quarter 3 2022 saw 1,020 domestic abuse crimes recorded in Lancashire.",
         [("Quarter 3 2022", "2022-07-01", "2022-09-30")]),
    case("q-abbrev-months", "Hate crime, Jan-Mar 2023: 344 (Jan-Mar 2022: 301)",
         [("Jan-Mar 2023", "2023-01-01", "2023-03-31"), ("Jan-Mar 2022", "2022-01-01", "2022-03-31")]),
    case("q-same-quarter-last-year", "Burglary fell 8% in Q3 2019 compared with the same quarter last year.",
         [("Q3 2019", "2019-07-01", "2019-09-30"), ("the same quarter last year", "2018-07-01", "2018-09-30")]),
    case("q-third-quarter-of-last-year", "Robbery was lower than in the third quarter of last year.",
         [("the third quarter of last year", "2019-07-01", "2019-09-30")]),

    # ---- ranges of dates ----
    case("range-between-dates", "Between 1 April 2018 and 31 March 2019, 1,870 people were arrested.",
         [("1 April 2018 and 31 March 2019", "2018-04-01", "2019-03-31")]),
    case("range-us-commas", "From October 1, 2014, to September 30, 2015, officers attended 9,000 crashes.",
         [("October 1, 2014, to September 30, 2015", "2014-10-01", "2015-09-30")]),
    case("range-ordinal-dash", "Period covered: 1st January 2017 - 31st December 2017.",
         [("1st January 2017 - 31st December 2017", "2017-01-01", "2017-12-31")]),
    case("range-months-no-year", "Between January and March, 62 cars were stolen in Ipswich.",
         [("January and March", "2020-01-01", "2020-03-31")]),
    case("range-months-year", "Between January and March 2012, 62 cars were stolen in Ipswich.",
         [("January and March 2012", "2012-01-01", "2012-03-31")]),
    case("range-month-years", "From April 2016 to March 2017 the force recorded 44,120 crimes.",
         [("April 2016 to March 2017", "2016-04-01", "2017-03-31")]),
    case("range-years-between", "Between 2010 and 2015 recorded burglary halved in Surrey.",
         [("2010 and 2015", "2010-01-01", "2015-12-31")]),
    case("range-years-from", "From 2008 to 2012 the number of officers fell by 1,100.",
         [("2008 to 2012", "2008-01-01", "2012-12-31")]),
    case("range-statistical-year", "September 2012 to September 2013 saw crime in Dorset fall 5%.",
         [("September 2012 to September 2013", "2012-10-01", "2013-09-30")]),
    case("range-dates-day-first-short", "Figures cover 1 Jan 2021 to 30 Jun 2021.",
         [("1 Jan 2021 to 30 Jun 2021", "2021-01-01", "2021-06-30")]),

    # ---- relative to the publication date ----
    case("last-year", "Burglary in Kent fell by 6% last year.",
         [("last year", "2019-01-01", "2019-12-31")]),
    case("this-year", "Some 150 knives have been handed in this year.",
         [("this year", "2020-01-01", "2020-12-31")]),
    case("past-12-months", "In the past 12 months, 430 drink-drivers were caught in Wiltshire.",
         [("the past 12 months", "2019-04-01", "2020-03-31")]),
    case("last-12-months", "Over the last 12 months reports of fraud rose by a third.",
         [("the last 12 months", "2019-04-01", "2020-03-31")]),
    case("past-year", "Hate crime rose 10% in the past year, the commissioner said.",
         [("the past year", "2019-04-01", "2020-03-31")]),
    case("previous-year", "In 2019, 500 burglaries were reported, up from 450 the previous year.",
         [("2019", "2019-01-01", "2019-12-31"), ("the previous year", "2018-01-01", "2018-12-31")]),
    case("same-period-last-year", "From January to March 2020 thefts fell 9% on the same period last year.",
         [("January to March 2020", "2020-01-01", "2020-03-31"),
          ("the same period last year", "2019-01-01", "2019-03-31")]),
    case("compared-to-year", "In 2019 robbery rose 8% compared to 2018.",
         [("2019", "2019-01-01", "2019-12-31"), ("2018", "2018-01-01", "2018-12-31")]),
    case("since-year", "Knife crime has risen by 40% since 2010.",
         [("since 2010", "2010-01-01", "2020-04-23")]),
    case("last-decade", "Violent crime has doubled over the last decade.",
         [("the last decade", "2010-01-01", "2019-12-31")]),
    case("today", "The Home Office published the figures today.",
         [("today", "2020-04-23", "2020-04-23")]),
    case("yesterday", "Figures released yesterday show a 5% fall in robbery.",
         [("yesterday", "2020-04-22", "2020-04-22")]),
    case("next-month", "The new knife crime unit starts work next month.",
         [("next month", "2020-05-01", "2020-05-31")]),
    case("this-week", "Officers arrested 14 people this week in a crackdown on county lines.",
         [("this week", "2020-04-20", "2020-04-26")]),
    case("last-week", "Thirty bikes were seized last week.",
         [("last week", "2020-04-13", "2020-04-19")]),
    # gold: "so far this year" is the year to date (publication year's 1 January to the day)
    case("so-far-this-year", "So far this year, 61 people have been charged with drug supply.",
         [("So far this year", "2020-01-01", "2020-04-23")]),
    case("so-far-this-year-mid", "Police have recovered 41 stolen cars so far this year.",
         [("so far this year", "2020-01-01", "2020-04-23")]),
    case("year-to-date", "Year-to-date, burglary is down 11%.",
         [("Year-to-date", "2020-01-01", "2020-04-23")]),
    case("financial-year-to-date", "Arrests for the financial year to date stand at 96.",
         [("the financial year to date", "2020-04-01", "2020-04-23")]),
    case("last-month", "Reports of anti-social behaviour fell last month.",
         [("last month", "2020-03-01", "2020-03-31")]),
    case("past-five-years", "The number of PCSOs has fallen by 200 over the past five years.",
         [("the past five years", "2015-01-01", "2019-12-31")]),
    case("last-three-months", "In the last three months the team closed 58 cases.",
         [("the last three months", "2020-01-01", "2020-03-31")]),
    case("earlier-this-year", "Earlier this year the force launched a campaign against car crime.",
         [("Earlier this year", "2020-01-01", "2020-12-31")]),
    case("a-year-earlier", "Crime fell 4% in the year to March 2019 against a year earlier.",
         [("the year to March 2019", "2018-04-01", "2019-03-31"), ("a year earlier", "2017-04-01", "2018-03-31")]),
    case("previous-12-months", "The 12 months to June 2019 saw 4,100 crimes, up 3% on the previous 12 months.",
         [("The 12 months to June 2019", "2018-07-01", "2019-06-30"),
          ("the previous 12 months", "2017-07-01", "2018-06-30")]),
    case("same-time-last-year", "Violence is up 9% on this time last year.",
         [("this time last year", "2019-04-23", "2019-04-23")]),
    case("last-financial-year", "Officers made 7,200 arrests in the last financial year.",
         [("the last financial year", "2019-04-01", "2020-03-31")]),
    case("next-year", "The force plans to recruit 300 officers next year.",
         [("next year", "2021-01-01", "2021-12-31")]),
    case("this-morning", "Chief Constable Ann Reid presented the figures this morning.",
         [("this morning", "2020-04-23", "2020-04-23")]),
    case("past-seven-days", "In the past seven days, 12 burglaries have been reported in Hull.",
         [("the past seven days", "2020-04-16", "2020-04-22")]),

    # ---- a month named alone after a year was given ----
    case("month-after-year", "In 2019 burglary rose 5%. In March, 120 homes were broken into.",
         [("2019", "2019-01-01", "2019-12-31"), ("March", "2019-03-01", "2019-03-31")],
         xfail=MONTH_ALONE),
    case("month-after-fy", "Crime rose in 2018/19. In December, 310 assaults were recorded.",
         [("2018/19", "2018-04-01", "2019-03-31"), ("December", "2018-12-01", "2018-12-31")],
         xfail=MONTH_ALONE),
    case("month-no-year-pub", "In March, 120 homes were broken into in Leeds.",
         [("March", "2020-03-01", "2020-03-31")]),
    case("month-attributive", "The figures will be discussed at the June board meeting.",
         [("June", "2020-06-01", "2020-06-30")]),
    # ---- day names with dates ----
    case("weekday-full-date", "The operation ran on Tuesday 14 March 2023 in Cardiff.",
         [("Tuesday 14 March 2023", "2023-03-14", "2023-03-14")]),
    case("weekday-date-no-year", "The figures were released on Friday, 17 April.",
         [("Friday, 17 April", "2020-04-17", "2020-04-17")]),
    case("weekday-bracket", "The data published on Wednesday (April 22) show a fall.",
         [("Wednesday (April 22)", "2020-04-22", "2020-04-22")]),
    case("weekday-alone", "The commissioner spoke on Monday about the figures.",
         [("Monday", "2020-04-20", "2020-04-20")]),
    case("weekday-mdy", "Published Thursday, January 26, 2023, the report shows a rise.",
         [("Thursday, January 26, 2023", "2023-01-26", "2023-01-26")]),

    # ---- publication dates in the metadata, written several ways ----
    case("meta-time-dmy", _meta("10:43 23/04/2020") + "Crime in Essex fell 3% last year, figures released today show.",
         [("last year", "2019-01-01", "2019-12-31"), ("today", "2020-04-23", "2020-04-23")], published=None),
    case("meta-iso", _meta("2020-04-23") + "Crime in Essex fell 3% in the past year, the force said today.",
         [("the past year", "2019-04-01", "2020-03-31"), ("today", "2020-04-23", "2020-04-23")], published=None),
    case("meta-month-only", _meta("April 2020") + "Burglary fell last month and is down 8% on last year, "
         "the force said today.",
         [("last month", "2020-03-01", "2020-03-31"), ("last year", "2019-01-01", "2019-12-31"),
          ("today", None, None)], published=None),
    case("meta-year-only", _meta("2020") + "Burglary fell last month and is down 8% on last year.",
         [("last month", None, None), ("last year", "2019-01-01", "2019-12-31")], published=None),
    case("meta-iso-month", _meta("2020-04") + "Reports of fraud rose in the past 12 months.",
         [("the past 12 months", "2019-04-01", "2020-03-31")], published=None),
    case("meta-none", "Burglary fell last year and robbery rose this week.",
         [("last year", None, None), ("this week", None, None)], published=None),
    case("meta-headline", _meta("09:15 17/10/2019", "Crime up 6% in the year to June 2019 | Sussex Police")
         + "Recorded crime in Sussex rose 6% in the 12 months to June 2019, figures published today show.",
         [("the year to June 2019", "2018-07-01", "2019-06-30"), ("today", "2019-10-17", "2019-10-17")],
         published=None),

    # ---- years as reference points and in headlines ----
    case("lowest-since", "Burglary is at its lowest level since 1986.",
         [("1986", "1986-01-01", "1986-12-31")]),
    case("records-began", "It is the highest figure since records began in 2002.",
         [("2002", "2002-01-01", "2002-12-31")]),
    # a year closing a "since" clause is a reference point, never what "the previous year" is before
    case("since-clause-not-anchor", "Crime in 2013/14 was the second lowest since new counting rules came in "
         "in 1998, and fell 2% on the previous year.",
         [("2013/14", "2013-04-01", "2014-03-31"), ("1998", "1998-01-01", "1998-12-31"),
          ("the previous year", "2012-04-01", "2013-03-31")]),
    case("since-clause-survey", "Violence in the year to March 2019 was at its lowest since the survey began in "
         "1981, down 9% on a year earlier.",
         [("the year to March 2019", "2018-04-01", "2019-03-31"), ("1981", "1981-01-01", "1981-12-31"),
          ("a year earlier", "2017-04-01", "2018-03-31")]),
    case("scotland-fy-lowest-since", "Recorded crime in Scotland fell to 229,000 in 2012-13, the lowest since 1974.",
         [("2012-13", "2012-04-01", "2013-03-31"), ("1974", "1974-01-01", "1974-12-31")]),
    case("decade", "Crime in Northern Ireland is lower than at any time in the 1990s.",
         [("the 1990s", "1990-01-01", "1999-12-31")]),
    case("year-report", "A 2019 report by the inspectorate found that 1 in 4 crimes went unrecorded.",
         [("2019", "2019-01-01", "2019-12-31")]),
    case("year-vs-year", "Knife crime: 2018 v 2019, up 11 per cent.",
         [("2018", "2018-01-01", "2018-12-31"), ("2019", "2019-01-01", "2019-12-31")]),

    # ---- datelines, bylines and captions: a day the text writes is a period (gold: datelines) ----
    case("dateline-line", "Published: 14:02, 3 June 2021\n\nCrime in Derbyshire rose 2%.",
         [("3 June 2021", "2021-06-03", "2021-06-03")]),
    case("caption-date", "Officers at the scene in Luton on 2 May 2019. Photo: Bedfordshire Police",
         [("2 May 2019", "2019-05-02", "2019-05-02")]),

    # ---- parts of a financial year, and the year so far ----
    case("fy-first-half", "Acquisitive crime fell 6% in the first half of 2019/20.",
         [("the first half of 2019/20", "2019-04-01", "2019-09-30")]),
    case("fy-second-half", "Robbery rose in the second half of 2018-19, the force said.",
         [("the second half of 2018-19", "2018-10-01", "2019-03-31")]),
    case("fy-first-six-months-this", "Shoplifting rose 7% in the first six months of this financial year.",
         [("the first six months of this financial year", "2020-04-01", "2020-09-30")], published="2020-11-05"),
    case("fy-first-months-named", "Arrests were up in the first nine months of 2017/18.",
         [("the first nine months of 2017/18", "2017-04-01", "2017-12-31")]),
    case("fy-so-far-in", "A further 4% rise so far in 2019/20 worries the commissioner.",
         [("so far in 2019/20", "2019-04-01", "2019-11-13")], published="2019-11-13"),
    case("fy-so-far-this", "There have been 212 assaults on officers so far this financial year.",
         [("so far this financial year", "2020-04-01", "2020-11-05")], published="2020-11-05"),
    case("year-so-far", "In the year so far, 19 knives have been seized in Slough.",
         [("the year so far", "2020-01-01", "2020-04-23")]),
    case("this-year-to-date", "This year to date the force has recorded 3,100 crimes.",
         [("This year to date", "2020-01-01", "2020-04-23")]),
    case("so-far-in-year", "So far in 2020, 48 cars have been stolen in Bolton.",
         [("So far in 2020", "2020-01-01", "2020-04-23")]),
    case("current-financial-year", "Spending on overtime in the current financial year is £3m.",
         [("the current financial year", "2020-04-01", "2021-03-31")], published="2020-11-05"),

    # ---- a bare year set against a statistical year, other relatives ----
    case("compared-year-statistical", "Crime rose 4% in the 12 months to September 2022 compared with 2021.",
         [("the 12 months to September 2022", "2021-10-01", "2022-09-30"), ("2021", "2020-10-01", "2021-09-30")],
         xfail=COMPARED_YEAR),
    case("same-period-two-years", "Crime in the year to September 2022 was higher than in the same period "
         "in 2020 and 2021.",
         [("the year to September 2022", "2021-10-01", "2022-09-30"),
          ("the same period in 2020", "2019-10-01", "2020-09-30"), ("2021", "2020-10-01", "2021-09-30")]),
    case("same-time-period-in", "Robbery in the 12 months to September 2021 was 8% below the same time "
         "period in 2019.",
         [("the 12 months to September 2021", "2020-10-01", "2021-09-30"),
          ("the same time period in 2019", "2018-10-01", "2019-09-30")]),
    case("same-time-period-last-year", "Burglary fell from January to June 2021 against the same time period "
         "last year.",
         [("January to June 2021", "2021-01-01", "2021-06-30"),
          ("the same time period last year", "2020-01-01", "2020-06-30")]),
    case("same-quarter-two-years", "Thefts in Q2 2022 were lower than in the same quarter of 2019 or 2021.",
         [("Q2 2022", "2022-04-01", "2022-06-30"), ("the same quarter of 2019", "2019-04-01", "2019-06-30"),
          ("2021", "2021-04-01", "2021-06-30")]),
    case("fy-first-half-current", "Violence fell 3% in the first half of the current financial year.",
         [("the first half of the current financial year", "2020-04-01", "2020-09-30")], published="2020-11-05"),
    case("preceding-year-fy", "Vehicle crime fell in 2017/18, having risen in the preceding year.",
         [("2017/18", "2017-04-01", "2018-03-31"), ("the preceding year", "2016-04-01", "2017-03-31")]),
    case("year-before", "In 2016 there were 88 robberies, against 102 the year before.",
         [("2016", "2016-01-01", "2016-12-31"), ("the year before", "2015-01-01", "2015-12-31")]),
    case("corresponding-period-of", "Between January and June 2019 thefts fell 7% on the corresponding "
         "period of 2018.",
         [("January and June 2019", "2019-01-01", "2019-06-30"),
          ("the corresponding period of 2018", "2018-01-01", "2018-06-30")]),
    case("twelve-months-earlier", "The force recorded 9,100 crimes in the year to March 2019, up from "
         "8,700 twelve months earlier.",
         [("the year to March 2019", "2018-04-01", "2019-03-31"),
          ("twelve months earlier", "2017-04-01", "2018-03-31")]),
    case("last-years-figures", "Last year's figures showed 4,000 thefts.",
         [("Last year", "2019-01-01", "2019-12-31")]),
    case("over-the-last-year", "Reports of stalking have doubled over the last year.",
         [("the last year", "2019-04-01", "2020-03-31")]),
    case("past-month", "In the past month, 23 people were arrested for drink-driving.",
         [("the past month", "2020-03-01", "2020-03-31")]),
    case("past-two-years", "Drug deaths have risen over the past two years.",
         [("the past two years", "2018-01-01", "2019-12-31")]),
    case("tomorrow", "The new figures will be released tomorrow.",
         [("tomorrow", "2020-04-24", "2020-04-24")]),
    case("next-week", "A knife amnesty begins next week in Croydon.",
         [("next week", "2020-04-27", "2020-05-03")]),
    case("this-month", "Twelve arrests have been made this month.",
         [("this month", "2020-04-01", "2020-04-30")]),
    case("later-this-month", "The panel will review the statistics later this month.",
         [("later this month", "2020-04-01", "2020-04-30")]),
    case("last-quarter", "Crime in Hertfordshire fell 2% in the last quarter.",
         [("the last quarter", "2020-01-01", "2020-03-31")]),
    case("oct-dec-no-year", "From October to December, 71 robberies were reported.",
         [("October to December", "2020-10-01", "2020-12-31")], published="2021-02-10"),
    # ---- more quarters, financial years and ranges ----
    case("final-quarter", "Drug offences rose in the final quarter of 2018.",
         [("the final quarter of 2018", "2018-10-01", "2018-12-31")]),
    case("q-fy-hyphen", "Burglary fell 3% in Q3 2019-20 across the force.",
         [("Q3 2019-20", "2019-10-01", "2019-12-31")]),
    case("quarter-two-fy", "Response times improved in quarter two of 2019/20.",
         [("quarter two of 2019/20", "2019-07-01", "2019-09-30")]),
    case("fy-words-full-hyphen", "In financial year 2019-2020 the force recorded 51,000 crimes.",
         [("financial year 2019-2020", "2019-04-01", "2020-03-31")]),
    case("fy-short-two-digit", "FY20/21 saw a 9% fall in shoplifting.",
         [("FY20/21", "2020-04-01", "2021-03-31")]),
    case("fy-two-digit-in", "Arrests rose from 900 in 18/19 to 1,050 in 19/20.",
         [("18/19", "2018-04-01", "2019-03-31"), ("19/20", "2019-04-01", "2020-03-31")]),
    case("fy-plural", "The financial years 2018/19 and 2019/20 both saw falls.",
         [("2018/19", "2018-04-01", "2019-03-31"), ("2019/20", "2019-04-01", "2020-03-31")]),
    case("years-hyphen-range", "Over the period 2015-2019 violent crime rose by a quarter.",
         [("2015-2019", "2015-01-01", "2019-12-31")]),
    case("range-day-month-to-day-month-year", "From 1 January to 30 June 2021 the unit made 300 arrests.",
         [("1 January to 30 June 2021", "2021-01-01", "2021-06-30")]),
    case("range-days-of-month", "Between 1st and 14th March 2021, 40 vehicles were seized.",
         [("1st and 14th March 2021", "2021-03-01", "2021-03-14")]),
    case("range-month-years-abbrev", "Jan 2018 – Dec 2018: 1,204 burglaries.",
         [("Jan 2018 – Dec 2018", "2018-01-01", "2018-12-31")]),
    case("survey-named-fy", "The Crime Survey for England and Wales 2019/20 shows a fall.",
         [("2019/20", "2019-04-01", "2020-03-31")]),

    # ---- more day names ----
    case("last-friday", "A man was stabbed in Preston last Friday.",
         [("last Friday", "2020-04-17", "2020-04-17")]),
    case("on-saturday-night", "Officers made nine arrests on Saturday night.",
         [("Saturday", "2020-04-18", "2020-04-18")]),
    case("next-tuesday", "The chief constable will answer questions next Tuesday.",
         [("next Tuesday", "2020-04-28", "2020-04-28")]),
    case("weekday-ordinal-no-year", "The operation took place on Monday 20th April.",
         [("Monday 20th April", "2020-04-20", "2020-04-20")]),
    case("byline-mdy", "By Jo Hale, Crime Reporter\n10:43, Thu, Apr 23, 2020\n\nCrime fell 5% in Kent.",
         [("Apr 23, 2020", "2020-04-23", "2020-04-23")]),

    # ---- more publication dates ----
    case("meta-day-month-words", _meta("23 April 2020") + "Burglary fell 5% last month, police said today.",
         [("last month", "2020-03-01", "2020-03-31"), ("today", "2020-04-23", "2020-04-23")], published=None),
    case("meta-slash-no-time", _meta("23/04/2020") + "Arrests rose in the past 12 months.",
         [("the past 12 months", "2019-04-01", "2020-03-31")], published=None),

    # ---- spans of years, periods "up to" a month, the latest quarter, "since" (round 8) ----
    # gold: a plan's span of years is its calendar years
    case("plan-span-two-digit", "Progress against the Safer Streets Strategy 2021-24 is reviewed by the panel.",
         [("2021-24", "2021-01-01", "2024-12-31")]),
    case("plan-span-four-digit", "Our Police and Crime Plan 2022-2025 sets out four priorities.",
         [("2022-2025", "2022-01-01", "2025-12-31")]),
    case("period-up-to", "The commissioner's annual report covers the period up to June 2019, when violent crime fell 3%.",
         [("the period up to June 2019", "2018-07-01", "2019-06-30")]),
    case("latest-quarter-of-stated-year",
         "Robbery in Surrey fell 7% in the year to December 2019, and by 2% in the latest quarter.",
         [("the year to December 2019", "2019-01-01", "2019-12-31"), ("the latest quarter", "2019-10-01", "2019-12-31")]),
    case("since-month-change-after", "Since June 2019 there have been 120 fewer burglaries in Crawley.",
         [("Since June 2019", "2019-06-01", "2020-04-23")]),
    # "since" runs to the publication day: with the publication known only to the year it is unknown,
    # so the span stays unresolved (as "today"; most of the tune gold dates such spans with a null end)
    case("since-year-pub-year", _meta("2019") + "Officer numbers in the county have fallen by 400 since 2010.",
         [("since 2010", None, None)], published=None),
    # gold: a day range with an impossible or backward end, from the 1st of a month, is the 12 months from it
    case("range-impossible-end", "The statistics, covering 1 April 2018 to 31 April 2019, show 9,800 thefts.",
         [("1 April 2018 to 31 April 2019", "2018-04-01", "2019-03-31")]),
    case("range-backward-end", "Violent crime fell by 8% between July 1 2016 and June 30 2016.",
         [("July 1 2016 and June 30 2016", "2016-07-01", "2017-06-30")]),
    case("no-consultation-period-to", "The consultation period to March 2021 drew 300 replies from residents.",
         [("March 2021", "2021-03-01", "2021-03-31")]),
    case("no-since-month-without-change", "Since March 2019 a dispersal order has applied to the town centre.",
         [("March 2019", "2019-03-01", "2019-03-31")]),

    # ---- refusals: durations, ages, sentences, names, round-the-clock ----
    case("no-dispersal-hours", "A dispersal order was in place for 48 hours.", []),
    case("no-ban-years", "He was banned from driving for three years.", []),
    case("no-five-year-strategy", "The force launched a five-year strategy and a ten-year plan.", []),
    case("no-ages-between", "Those aged between 10 and 17 made up a third of offenders.", []),
    case("no-minutes-days", "Officers arrived within 10 minutes and the case closed within 60 days.", []),
    case("no-reference-slash", "Quote reference 2020/1234 when reporting.", []),
    case("no-collar-number", "PC 2019 Smith attended the scene.", []),
    case("no-recent-years", "Knife crime has risen in recent years and over the years.", []),
    case("no-years-running", "Crime fell for the third year running.", []),
    case("no-time-of-day", "The attack happened at 20:19 near the station.", []),
    case("no-age", "A 23-year-old man from Swansea was arrested.", []),
    case("no-sentence", "He was given a 12-month sentence, suspended for two years.", []),
    case("no-jailed-months", "The 19-year-old was jailed for 18 months at Bristol Crown Court.", []),
    case("no-24-hours", "Officers carried out a 24-hour operation and patrolled for 24 hours.", []),
    case("no-24-7", "The helpline is open 24/7 for anyone affected.", []),
    case("no-many-months", "The inquiry has taken many months and several years of work.", []),
    case("no-past-decade-undated", "Over the past decade violence has risen.", [], published=None),
    case("no-act", "He was charged under section 4 of the Public Order Act 1986.", []),
    case("no-operation-name", "Operation Sceptre 2019 targeted knife carriers.", []),
    case("no-count-year", "There were 2019 offences recorded, against 1,876 before.", []),
    case("no-vision", "The force's Policing Vision 2025 sets out its aims.", []),
    case("no-phone", "Call Crimestoppers on 0800 555 111 or 101 quoting log 2020.", []),
    case("no-weekly-hours", "Officers work 40 hours a week and 12-hour shifts.", []),
    case("no-address", "The station at 2019 High Road is closed.", [],
         xfail="a year-like house number is a period: no general cue short of a street gazetteer"),
    case("no-money", "The fine was £2,020 and costs of £1999 were awarded.", []),
    case("no-score-ratio", "The vote was 12/7 in favour.", []),
]


@pytest.fixture(scope="module")
def parse():
    return extractor.parse


def _found(parse, text: str, published: str | None) -> list[tuple]:
    doc = parse(text, published=published)
    return [(s.text, s._.start, s._.end) for s in doc.spans[PERIODS]]


def _overlap(a: str, b: str) -> bool:
    a, b = a.lower().strip(), b.lower().strip()
    return a in b or b in a


@pytest.mark.parametrize("text, published, expected", CASES)
def test_periods_stress(parse, text, published, expected):
    for words, _, _ in expected:
        assert words.lower() in text.lower() or words.lower().startswith("the "), words  # the case itself
    found = _found(parse, text, published)
    missing = [(words, start, end) for words, start, end in expected
               if not any(_overlap(f[0], words) and (f[1], f[2]) == (start, end) for f in found)]
    # as the guide scores: distinct (start, end) pairs; a pair no expected period has is spurious
    pairs = {(start, end) for _, start, end in expected}
    spurious = [f for f in found if (f[1], f[2]) not in pairs]
    assert not missing and not spurious, f"missing {missing}, spurious {spurious}, found {found}"
