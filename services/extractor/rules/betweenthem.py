"""Figures "between them": "The two sides released 292 people between them" adds both directions up.

Said of the two sides, "between them" sums what each gave, as "in all" or "combined" does; a figure already
given "each" ("70 soldiers each between them") stays each side's.
"""

from typing import Final

_PRONOUNS: Final = frozenset({"them", "themselves"})
_EACH: Final = frozenset({"each", "apiece"})
_EACH_REACH: Final = 3  # "70 soldiers each between them"


def between_them(tokens: list[str], i: int) -> bool:
    """True when tokens[i] is the "between" of "between them" and no "each" just before makes it each side's."""
    if i + 1 >= len(tokens) or tokens[i + 1] not in _PRONOUNS:
        return False
    return _EACH.isdisjoint(tokens[max(i - _EACH_REACH, 0) : i])
