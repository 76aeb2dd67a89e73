"""What a claim measures, read from the parse: "recorded crime", "arrests".

The metric is a noun phrase as written, without determiners: the noun after
the number ("3,000 offences"), the subject of the verb the number hangs on
("burglary fell by 10%"), the thing a share is of ("45% of all crime"), or
the purpose of an amount of money ("£1.2m for neighbourhood teams"). When
the sentence names none, the caller carries the metric of the claim before.

``MetricReader`` (``reader``) holds the word lists and tries the readings in
order; each other module is one kind of reading, a mixin of ``MetricReader``
(they share its word lists and call each other through ``self``):

- ``phrases``: the noun phrase of a head token, cleaned, and the tests that
  refuse a token or a phrase (an agent, a place, a pointer, a bare counter).
- ``own``: the figure's own words: the noun after it, what a dash or "in"
  defines it as, what it is a share of, its bracket, an amount's purpose.
- ``clause``: the clause it sits in: its verb, its subject (list items, odd
  parses), the holder or object of a change noun.
- ``rates``: the measure of a rate.
- ``carried``: a measure from context for a figure that only counts: the
  sentence's offence, the nearest offence noun, the sentence before.
- ``other``: figures that are no offence counts (money, uses, survey shares),
  ``OtherMetricReader``, asked before the offence readings.
"""
from .other import OtherMetricReader
from .reader import MetricReader

__all__ = ["MetricReader", "OtherMetricReader"]
