"""A figure told over a span of several days is the running total of those days, not one day's handover.

"Over a long weekend the two sides each took back 500 people", "during several days 300 came home": however
the span is put ("a long weekend", "several days", "a couple of days"), the figure sums every handover in it, as
"over the weekend" or "over three days" does.
"""

import re
from typing import Final

from services.extractor.rules.daylong import day_long
from services.extractor.rules.dayspan import over_named_days

_OVER_DAYS: Final = re.compile(
    r"\b(?:over|across|during|in the course of|throughout) (?:a|the|this|that|one) (?:long |holiday |extended )?"
    r"weekend\b|\b(?:over|across|during) (?:a |the )?(?:few|several|couple of) (?:days|stages|rounds)\b"
)


_SPAN_WORDS: Final = ("over ", "across ", "during ", "throughout ", "in the course of ")  # what both patterns open on


def over_days(clause_text: str) -> bool:
    """True when a clause counts over a span of several days ("over a long weekend", "over a few days")."""
    if day_long(clause_text):  # "in a three-day swap"
        return True
    lowered = clause_text.lower()
    if not any(word in lowered for word in _SPAN_WORDS):  # a cheap test before the two patterns
        return False
    return _OVER_DAYS.search(clause_text) is not None or over_named_days(clause_text)  # "over Friday and Saturday"
