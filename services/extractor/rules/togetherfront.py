"""A "together" put before the two sides: "Together, the two sides freed 310 captives on Sunday".

Fronted before a subject naming both sides ("the two sides", "both countries"), "together" sums what they gave
exactly as a fronted "between them" does (`betweenfront`): the 310 is the two directions at once, not a figure
for each. An "each" next to the figure ("Together, the two sides freed 155 each") still makes it each side's,
and "together with Moscow" only names a partner of the subject.
"""

from typing import Final

_OPENERS: Final = frozenset({",", "and", "but", "so", ":", ";", "-"})
_BOTH: Final = frozenset({"two", "both"})
_PARTIES: Final = frozenset({"sides", "countries", "parties"})
_TOGETHER_REACH: Final = 10  # "Together, the two sides of the war freed 310"
_SUBJECT_REACH: Final = 4  # "together , the two sides"
_EACH: Final = frozenset({"each", "apiece"})
_EACH_REACH: Final = 4  # "310 prisoners of war each"


def fronted_together(tokens: list[str], start: int, first: int) -> bool:
    """True when a "together" opens the clause (from `start`) of the figure at `first`, before the two sides."""
    at = next((k for k in range(first - 1, max(start, first - _TOGETHER_REACH) - 1, -1) if tokens[k] == "together"),
              -1)
    if at < 0 or (at != start and tokens[at - 1] not in _OPENERS):
        return False
    subject = tokens[at + 1 : min(at + 1 + _SUBJECT_REACH, first)]
    if not any(subject[k] in _BOTH and subject[k + 1] in _PARTIES for k in range(len(subject) - 1)):
        return False
    return _EACH.isdisjoint(tokens[at : first + _EACH_REACH + 1])
