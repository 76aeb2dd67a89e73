"""Where the model folder (config and rules) is, without importing spaCy.

The repository's top-level ``models/`` folder is installed as the data-only
package ``crime_claims_models``; ``CRIME_CLAIMS_MODEL_DIR`` points elsewhere.
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

#: set to a folder holding config.cfg and rules/ to run another model build
MODEL_DIR_ENV = "CRIME_CLAIMS_MODEL_DIR"
MODELS_PACKAGE = "crime_claims_models"
MODEL_NAME = "crime_claims"


def default_model_dir() -> Path:
    """The active model folder: the env override, else the bundled ``models/crime_claims``."""
    override = os.environ.get(MODEL_DIR_ENV)
    if override:
        return Path(override)
    return Path(str(resources.files(MODELS_PACKAGE) / MODEL_NAME))


def rules_file(name: str) -> Path:
    """A rule file of the active model folder."""
    return default_model_dir() / "rules" / name
