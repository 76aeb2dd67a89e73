"""Statistical claims: numbers found and read (``numbers``), judged by their context
(``context``), given a metric (``metric/``: one module per kind of reading, see its
docstring) and an area (``area``), and linked to sources, quotes and periods
(``links``); ``component`` is the spaCy factory."""
from .component import ClaimsComponent, make_claims

__all__ = ["ClaimsComponent", "make_claims"]
