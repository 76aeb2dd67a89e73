"""The measure list (models/crime_claims/rules/measures.yaml) and how headlines are read with it.

Every entry's synonyms name its id; places, times, sources and figures are never a
measure; headlines written as newspapers write them find their claim and its measure.
"""
from __future__ import annotations

import pytest
import yaml

import extractor
from extractor.comparison import MeasureRules, load_rules, measures_path

ENTRIES = yaml.safe_load(measures_path().read_text(encoding="utf-8"))["measures"]
SYNONYMS = [(e["id"], phrase) for e in ENTRIES for phrase in [e["label"], *e["synonyms"]]]


@pytest.mark.parametrize("measure_id,phrase", SYNONYMS, ids=[f"{i}:{p}" for i, p in SYNONYMS])
def test_measures_every_synonym_names_its_entry(measure_id: str, phrase: str) -> None:
    rules = load_rules()
    found = rules.measure_id(phrase)
    # a label may restate a synonym of a wider measure; a synonym never does
    assert found == measure_id or (phrase == rules.entries[measure_id].label and found is not None)


@pytest.mark.parametrize("phrase,measure_id", [
    ("recorded crimes in the county", "total_recorded_crime"),
    ("the force's recorded crime", "total_recorded_crime"),
    ("as reported offences", "total_recorded_crime"),
    ("the number of burglaries", "burglary"),
    ("domestic burglaries", "residential_burglary"),
    ("knife-enabled offences", "knife_crime"),
    ("Reports of domestic abuse to Essex Police", "domestic_abuse"),
    ("extra officers", "police_officers"),
    ("Crime Survey for England and Wales", "csew_crime"),
    ("crime levels", "total_recorded_crime"),
    # Scottish recording terms, and "crimes of X" naming the offence
    ("House-breakings", "burglary"),
    ("crimes of housebreaking", "burglary"),
    ("handling of bladed weapons", "possession_of_weapons"),
    ("offences of robbery", "robbery"),
])
def test_measures_phrases_as_releases_write_them(phrase: str, measure_id: str) -> None:
    assert load_rules().measure_id(phrase, area="Essex") == measure_id


@pytest.mark.parametrize("phrase", [
    "county", "the county in Kent", "years in Wales", "figures", "statistics", "the level of",
    "Government figures from the Office of National Statistics", "the force area", "data",
])
def test_measures_refuse_places_times_and_sources(phrase: str) -> None:
    assert load_rules().measure(phrase) is None


@pytest.mark.parametrize("phrase", ["knives", "violent", "sexual", "COVID offences", "offences against adults"])
def test_measures_refuse_a_part_of_a_measure(phrase: str) -> None:
    assert load_rules().measure_id(phrase) != "total_recorded_crime" or phrase == "offences"
    assert load_rules().measure_id(phrase) not in ("knife_crime", "violence_against_the_person", "sexual_offences")


def test_measures_survey_source_makes_a_survey_estimate() -> None:
    rules = load_rules()
    assert rules.measure_id("crime", source="Crime Survey for England and Wales") == "csew_crime"
    assert rules.measure_id("crime", source="ONS") == "total_recorded_crime"


def test_measures_tree_has_known_parents() -> None:
    rules = load_rules()
    assert rules.ancestors("violence_with_injury") == [
        "violence_against_the_person", "victim_based_crime", "total_recorded_crime"]
    assert rules.ancestors("knife_crime") == []


# --------------------------------------------------------------------------- headlines as written

BODY = "{area} figures for the year to March 2019 were published today. {sentence}"


@pytest.mark.parametrize("headline,sentence,measure_id,status", [
    ("Crime drops", "Crime in Kent fell by 4% in the year to March 2019.", "total_recorded_crime", "consistent"),
    ("Total crime down again", "Total recorded crime in Kent fell by 4% in the year to March 2019.",
     "total_recorded_crime", "consistent"),
    ("Crime statistics show fall", "Recorded crime in Kent fell by 4% in the year to March 2019.",
     "total_recorded_crime", "consistent"),
    ("Violence up", "Violent crime in Kent rose by 7% in the year to March 2019.",
     "violence_against_the_person", "consistent"),
    ("Burglaries down", "Burglary in Kent fell by 12% in the year to March 2019.", "burglary", "consistent"),
    ("Figures show a steep increase in the level of offending",
     "Recorded crime in Kent rose by 15% in the year to March 2019.", "total_recorded_crime", "consistent"),
    ("Essex crime rises by 3pc", "Crime in Essex rose by 3 per cent in the year to March 2019.",
     "total_recorded_crime", "consistent"),
    ("Recorded offences fall", "Recorded crime in Kent fell by 4% in the year to March 2019.",
     "total_recorded_crime", "consistent"),
    ("Burglary down a quarter", "Burglary in Kent fell by 25% in the year to March 2019.", "burglary", "consistent"),
    ("Residents fear worsening crime statistics", "Recorded crime in Kent fell by 4% in the year to March 2019.",
     "total_recorded_crime", "contradicted"),
    ("Rising violent crime worries residents", "Violent crime in Kent rose by 7% in the year to March 2019.",
     "violence_against_the_person", "consistent"),
    ("Crime falls", "Violent crime in Kent fell by 9% and burglary fell by 3% in the year to March 2019.",
     "total_recorded_crime", "unsupported"),
    ("Crime falls in Kent", "Crime in England and Wales fell by 5% in the year to March 2019.",
     "total_recorded_crime", "unsupported"),
    ("Crime falls", "The Crime Survey for England and Wales estimated that crime fell by 5% in the year to March 2019.",
     "total_recorded_crime", "unsupported"),
])
def test_measures_headlines_as_written(headline: str, sentence: str, measure_id: str, status: str) -> None:
    text = f"```yaml\narea: Kent\n```\n\n{headline}\n\n{sentence}"
    tables = extractor.extract_text(text, published="2019-07-20")
    head = tables.claims[tables.claims["where"] == "headline"]
    assert len(head) == 1, head[["text", "metric"]]
    assert head["measure"].iloc[0] == measure_id
    row = tables.comparison.iloc[0]
    assert row["status"] == status, row["note"]


def test_measures_total_headline_note_names_the_sub_measures() -> None:
    text = ("```yaml\narea: Kent\n```\n\nCrime falls\n\n"
            "Violent crime in Kent fell by 9% and burglary fell by 3% in the year to March 2019.")
    note = extractor.extract_text(text, published="2019-07-20").comparison["note"].iloc[0]
    assert "violence against the person" in note and "burglary" in note and "9%" in note


# --------------------------------------------------------------------------- plain text

@pytest.mark.parametrize("area,headline,sentence,status", [
    # a county's short form is the county; a region written loosely in lower case is the release's own area
    ("Nottinghamshire", "Crime down across Notts", "Crime in Nottinghamshire fell by 4% in the year to March 2019.",
     "consistent"),
    ("Cumbria", "Burglary falling across north west", "Burglary fell by 6% in the year to March 2019.", "consistent"),
    # refusal: the body's figure for another county does not bear on the short form's county
    ("Nottinghamshire", "Crime down across Notts", "Crime in Derbyshire fell by 4% in the year to March 2019.",
     "unsupported"),
])
def test_measures_headline_place_written_short_or_loosely(area: str, headline: str, sentence: str,
                                                          status: str) -> None:
    text = f"```yaml\narea: {area}\n```\n\n{headline}\n\n{sentence}"
    tables = extractor.extract_text(text, published="2019-07-20")
    row = tables.comparison.iloc[0]
    assert row["status"] == status, row["note"]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_measures_plain_text_headline_is_not_also_body(separator: str) -> None:
    text = f"Crime falls by 6% in Cumbria{separator}Overall crime in Cumbria fell by six per cent in 2019."
    tables = extractor.extract_text(text, published="2020-04-01")
    claims = tables.claims
    assert list(claims["where"]) == ["headline", "body"]
    assert list(claims["text"]) == ["falls by 6%", "fell by six per cent"]
    row = tables.comparison.iloc[0]
    assert row["body_claim_ids"] == "2" and "6% and 6%" not in row["note"]
    assert row["status"] == "consistent"


def test_measures_headline_claim_never_compared_with_itself() -> None:
    tables = extractor.extract_text("Burglary up 10% in Kent\n\nThe force thanked residents.", published="2020-04-01")
    assert tables.comparison["status"].iloc[0] == "unsupported"
    assert pd_isna(tables.comparison["body_claim_ids"].iloc[0])


def pd_isna(value: object) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


# --------------------------------------------------------------------------- sources

@pytest.mark.parametrize("sentence,source", [
    ("According to the Office for National Statistics, crime in Kent fell by 4% in 2019.", "ONS"),
    ("According to Office for National Statistics, crime in Kent fell by 4% in 2019.", "ONS"),
    ("According to the ONS, crime in Kent fell by 4% in 2019.", "ONS"),
    ("Figures from the Office for National Statistics (ONS) show crime in Kent fell by 4% in 2019.", "ONS"),
    ("And the Home Office reported that crime in Kent fell by 4% in 2019.", "Home Office"),
    ("Total recorded crime in Kent fell by 4% in 2019.", None),
])
def test_measures_sources_are_one_name(sentence: str, source: str | None) -> None:
    claims = extractor.extract_text(f"Kent figures\n\n{sentence}", published="2020-04-01").claims
    body = claims[claims["where"] == "body"]
    got = body["source"].iloc[0]
    assert (None if pd_isna(got) else got) == source


def test_measures_categories_entry_covers_the_offence_tree() -> None:
    """"crime groups" names the categories under total recorded crime, never the total or a
    measure outside the tree; an unknown `categories_of` is refused."""
    rules = load_rules()
    assert rules.measure_id("many crime groups") == "crime_categories"
    assert rules.covers("crime_categories", "burglary")
    assert not rules.covers("crime_categories", "total_recorded_crime")
    assert not rules.covers("crime_categories", "police_officers")
    with pytest.raises(ValueError, match="categories of unknown measure"):
        MeasureRules({"measures": [{"id": "groups", "synonyms": ["groups"], "categories_of": "nothing"}]})


# --------------------------------------------------------------------------- grammar grid: the measure of a metric

#: listed measures as a metric's head phrase, each with its id
GRID_BASES = [("violence against the person", "violence_against_the_person"), ("burglary", "burglary"),
              ("knife crime", "knife_crime"), ("theft from the person", "theft_from_the_person"),
              ("robbery", "robbery"), ("vehicle crime", "vehicle_offences")]
GRID = [(f"{wrapper}{place}{modifier}{base}{head}{tail}", measure_id, bool(modifier))
        for wrapper in ("", "the number of ")
        for place in ("", "Kent ", "North Belfast ", "south Wales ")
        for modifier in ("", "serious ")
        for base, measure_id in GRID_BASES
        for head in ("", " offences", " crimes", " rates")
        for tail in ("", " recorded")]


@pytest.mark.parametrize("phrase,measure_id,narrowed", GRID, ids=[g[0] for g in GRID])
def test_measures_grid_heads_places_and_modifiers(phrase: str, measure_id: str, narrowed: bool) -> None:
    """Generic heads, a rate word and a counting verb go from the end of the whole phrase; a place of the
    gazetteer (with its compass word) says where; an unlisted modifier makes a sub-measure, never the
    measure itself."""
    found = load_rules().measure(phrase, area="Essex")
    assert found is not None
    if narrowed:
        assert (found.id, found.under) == (None, measure_id)
    else:
        assert found.id == measure_id


@pytest.mark.parametrize("phrase,measure_id", [
    ("Violence against the person with injury offences", "violence_with_injury"),
    ("offences of violence against the person without injury", "violence_without_injury"),
    ("Offences against vehicles", "vehicle_offences"),
    ("Murder/Manslaughter offences", "homicide"),
    ("fraud and forgery offences", "fraud"),
    ("racially-aggravated offences", "race_hate_crime"),
    ("Auto crime", "vehicle_offences"),
    ("Non-sexual crimes of violence", "non_sexual_crimes_of_violence"),
    ("the number of crimes of dishonesty recorded", "crimes_of_dishonesty"),
    ("serious acquisitive crimes", "serious_acquisitive_crime"),
    ("incidences of shoplifting", "shoplifting"),
    ("possession of weapons such as guns or knives", "possession_of_weapons"),
])
def test_measures_official_group_names_as_reported(phrase: str, measure_id: str) -> None:
    assert load_rules().measure_id(phrase) == measure_id


@pytest.mark.parametrize("phrase,under", [
    ("Serious sexual offences", "sexual_offences"),
    ("Controlled Drug Offences", "drug_offences"),
    ("Gun and knife possession offences", "possession_of_weapons"),
    ("attempted burglaries", "burglary"),
    ("gang violence", "violence_against_the_person"),
])
def test_measures_unlisted_modifier_narrows_a_listed_measure(phrase: str, under: str) -> None:
    found = load_rules().measure(phrase)
    assert found is not None and found.id is None and found.under == under


@pytest.mark.parametrize("phrase", [
    "COVID offences", "youth crime", "non-violent crime", "violent and sexual offences",
    "burglary, robbery and vehicle crime", "arrests for burglary", "place survey", "2019 burglaries",
])
def test_measures_refuse_to_narrow(phrase: str) -> None:
    """A modifier of a bare generic noun, a negating modifier, a list of measures, a complement, another
    survey and a figure narrow nothing."""
    found = load_rules().measure(phrase)
    assert found is None or (found.id is None and found.under is None)


@pytest.mark.parametrize("phrase", ["North Belfast", "Kent", "Kent figures", "south Wales statistics", "figures"])
def test_measures_refuse_a_place_alone(phrase: str) -> None:
    assert load_rules().measure(phrase) is None


def test_measures_lowercase_word_is_no_place() -> None:
    """A place is a name: "reading" in lower case is no town."""
    assert load_rules().measure("reading crime") != load_rules().measure("crime")


@pytest.mark.parametrize("headline,sentence,status", [
    ("Sexual offences up", "Serious sexual offences in Kent rose by 7% in the year to March 2019.", "consistent"),
    ("Violence up", "Violence against the person offences in Kent rose by 7% in the year to March 2019.",
     "consistent"),
    # refusals: a sub-measure never backs a total, nor a measure backs its narrower phrase
    ("Crime up", "Serious sexual offences in Kent rose by 7% in the year to March 2019.", "unsupported"),
    ("Serious sexual offences up", "Sexual offences in Kent rose by 7% in the year to March 2019.", "unsupported"),
    # the measure's own figure decides; a narrower phrase's rise beside it is no figure on the same thing
    ("Violent offences fall", "The number of violent crimes committed in Kent fell by 9% in the year to March 2019, "
     "with domestic assaults up by 4%.", "consistent"),
])
def test_measures_headline_backed_by_a_narrowed_measure(headline: str, sentence: str, status: str) -> None:
    text = f"```yaml\narea: Kent\n```\n\n{headline}\n\n{sentence}"
    row = extractor.extract_text(text, published="2019-07-20").comparison.iloc[0]
    assert row["status"] == status, row["note"]


def test_measure_lookup_is_remembered_and_its_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A phrase asked for again gives the same reading without reading it again; the memo starts
    over once full, so a long batch does not grow it without end."""
    from extractor.comparison import measures as measures_module

    file = measures_path()
    rules = MeasureRules(yaml.safe_load(file.read_text(encoding="utf-8")), source=str(file))  # a memo of its own
    first = rules.measure("Violence against the person offences", "Kent")
    calls: list[str | None] = []
    monkeypatch.setattr(rules, "_read_measure", lambda metric, *rest: calls.append(metric))
    assert rules.measure("Violence against the person offences", "Kent") == first
    assert first is not None and first.id == "violence_against_the_person"
    assert calls == []
    monkeypatch.setattr(measures_module, "MEMO_SIZE", 3)
    for phrase in ("burglary", "robbery", "knife crime", "hate crime"):
        rules.measure(phrase)
    assert len(rules._memo) <= 3
