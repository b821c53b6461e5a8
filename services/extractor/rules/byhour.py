"""A day named as the hour by which something was known dates no handover.

"By Tuesday evening the casualty lists had been checked": "by" with a part of the day is the point by which
a count was settled or a story known, a time of reporting, so the swap keeps the day the text gives it
elsewhere ("Monday's exchange"). A bare "by 25 May, 900 had come home" is left to the other rules.
"""

from typing import Final

_PARTS: Final = frozenset({"morning", "afternoon", "evening", "night", "noon", "midday", "lunchtime"})


def by_hour(tokens: list[str], first: int, last: int) -> bool:
    """True for the day of "by Saturday morning", "by 12 May evening"."""
    return first >= 1 and tokens[first - 1] == "by" and tokens[last + 1 : last + 2] != [] and (
        tokens[last + 1] in _PARTS)
