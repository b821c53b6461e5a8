"""The last day a running total covers: "over the four stages, up to and including yesterday's, 392 ...".

A running total is dated the last day it covers. A day introduced by "up to and including", "to and
including" or "through" names that last day outright, whatever other day (of the statement, "this
afternoon") the sentence names.
"""

from datetime import date
from typing import Final

_LAST_DAY_OPENERS: Final = (("up", "to", "and", "including"), ("to", "and", "including"), ("up", "to", "including"),
                            ("through",), ("until", "and", "including"))


def covered_until(tokens: list[str], days: list[tuple[int, date]]) -> date | None:
    """The day a sentence says a running total covers up to and including, if it names one."""
    for at, day in days:
        for opener in _LAST_DAY_OPENERS:
            if tuple(tokens[max(at - len(opener), 0) : at]) == opener:
                return day
    return None
