"""Statistical claims. ``component`` is the spaCy factory: rules compiled once and
``__call__`` = ``match`` then ``set_annotations``, whose steps are mixed in from
``finding`` (the figure-finding step: numbers that are claims, their kind and direction),
``headlines`` (headline changes without a number, and their units) and ``fields`` (the
field-setting step: each claim's value, metric, area, source, quote, period, baseline and
``because``), with ``table_cells`` (a line table's cell: its row and columns). They use
``numbers`` (numbers found and read), ``context`` (judged by their context), ``metric/``
(one module per kind of reading, see its docstring), ``area``, ``links`` (sources, quotes
and periods), ``line_tables``, ``provenance`` (rule ids), ``segments`` (sentences, lines,
relative clauses), ``models`` (``Found``) and ``validation`` (the rules file checked)."""
from .component import ClaimsComponent, make_claims

__all__ = ["ClaimsComponent", "make_claims"]
