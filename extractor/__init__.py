"""crime-claims: statistical claims, periods and quotes from crime-statistics releases.

>>> import extractor
>>> tables = extractor.extract("data/releases")     # doctest: +SKIP
>>> tables.claims.head()                             # doctest: +SKIP
"""
from .api import extract, extract_text, parse
from .pipeline import load
from .render import render
from .tables import Tables, read_tables

__all__ = ["extract", "extract_text", "parse", "render", "load", "Tables", "read_tables"]
__version__ = "0.1.0"
