"""The project's spaCy components; importing this module registers their factories."""
from . import claims, periods, quotes  # noqa: F401
