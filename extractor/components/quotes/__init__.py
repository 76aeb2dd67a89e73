"""Attributed quotes: quotation marks paired per paragraph (``marks``), speakers,
roles and organisations read (``speakers``); ``component`` is the spaCy factory."""
from .component import QuotesComponent, make_quotes

__all__ = ["QuotesComponent", "make_quotes"]
