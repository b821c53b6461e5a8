"""A figure told over two or more named days ("over Friday and Saturday") sums those days: a running total.

"Over Friday and Saturday, 620 came home", "across Monday to Wednesday 900 were freed": a span put as its first
and last day says, as "over the weekend" does, that the figure counts every handover in it, not the handover of
one day. Without a span word ("on Friday and Saturday", "on Friday, and again on Saturday") the days may each
be a stage of their own, and the figure is left to the other rules.
"""

import re
from typing import Final

_WEEKDAY: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NAMED_SPAN: Final = re.compile(
    r"\b(?:over|across|during|throughout|in the course of) (?:both )?" + _WEEKDAY + r" ,? ?(?:and|to|through|"
    r"till|until|-|–) " + _WEEKDAY + r"\b"
)


def over_named_days(clause_text: str) -> bool:
    """True when a (lower-cased) clause counts over a span of named days ("over saturday and sunday")."""
    return _NAMED_SPAN.search(clause_text.lower()) is not None
