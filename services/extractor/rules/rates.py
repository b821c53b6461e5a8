"""A figure "for each year" (month, week, day) is a rate paid or counted per period, not people for each side.

"A freed captive gets 30,000 hryvnias, plus 5,000 for each month held": the 5,000 is money per month, while
"released 75 for each side" counts 75 people on each side.
"""

from typing import Final

_PERIODS: Final = frozenset("year years month months week weeks day days hour hours night nights".split())


def per_period(tokens: list[str], end: int) -> bool:
    """True when the phrase ending at `end` is followed by "for each <period>"."""
    words = tokens[end + 1 : end + 4]
    return len(words) == 3 and words[:2] == ["for", "each"] and words[2] in _PERIODS
