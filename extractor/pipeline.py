"""Assemble the spaCy pipeline from ``models/crime_claims/config.cfg``.

The config names the base model package and the project's components; the
rules live beside it. ``load()`` builds the pipeline once per process.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.util import get_sourced_components, load_config, load_model_from_config

from . import components  # noqa: F401  (registers the factories)
from .extensions import register_extensions
from .resources import default_model_dir
from .tokenizer import bound_suffix_search


def build(model_dir: str | Path | None = None, *, base_model: str | None = None) -> Language:
    """Build a fresh pipeline from a model folder's config and rules.

    ``base_model`` overrides the config's ``paths.base_model`` (the package
    name of the trained English model).
    """
    register_extensions()
    model_dir = Path(model_dir) if model_dir else default_model_dir()
    overrides = {"paths.rules": str(model_dir / "rules")}
    if base_model:
        overrides["paths.base_model"] = base_model
    config = load_config(model_dir / "config.cfg", overrides=overrides, interpolate=False)
    nlp = load_model_from_config(config, auto_fill=True)
    # The sourced components are trained; initialising them would reset them.
    sourced = list(get_sourced_components(config.interpolate()))
    with nlp.select_pipes(disable=sourced):
        nlp.initialize()
    bound_suffix_search(nlp)
    return nlp


@lru_cache(maxsize=4)
def load(model_dir: str | None = None) -> Language:
    """The pipeline, built once per process and model folder."""
    return build(model_dir)
