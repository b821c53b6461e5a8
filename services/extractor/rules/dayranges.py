"""A range of days: "between 4 and 6 May, 900 were returned" counts the handovers of every day in it.

The range's first day is written as a bare number before "and"/"to" and the month it shares, so the date
rules see only its last day; a figure so dated is a running total dated that last day (as "over the three
days" would make it), not the handover of that day alone.
"""

from datetime import date
from typing import Final

_OPENERS: Final = frozenset({"between", "from"})
_JOINS: Final = frozenset({"and", "to", "-", "–", "until", "till"})
_MAX_DAY: Final = 31


def _day_number(word: str) -> bool:
    return word.isdigit() and 1 <= int(word) <= _MAX_DAY


def ranged_day(tokens: list[str], days: list[tuple[int, date]]) -> bool:
    """True when one of the sentence's days closes a "between D and D Month" / "from D to D Month" range."""
    for at, day in days:
        if at < 3 or tokens[at - 1] not in _JOINS or tokens[at - 3] not in _OPENERS:
            continue
        first = tokens[at - 2]
        if _day_number(first) and int(first) < day.day:
            return True
    return False
