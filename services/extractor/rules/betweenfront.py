"""A "between them" put before its clause: "Between them, the two sides freed 240 prisoners on Saturday".

Fronted, "between them" sums what both sides gave exactly as it does after the figure ("the two sides freed 240
prisoners between them"); "the two sides" it stands before names who did it, not a figure for each. An "each"
next to the figure ("Between them, the two sides freed 120 each") still makes it each side's.
"""

from typing import Final

_PRONOUNS: Final = frozenset({"them", "themselves"})
_OPENERS: Final = frozenset({",", "that", "and", "but", "so", ":", ";", "-"})
_EACH: Final = frozenset({"each", "apiece"})
_EACH_REACH: Final = 4  # "240 prisoners of war each"


def fronted_between(tokens: list[str], at: int, start: int, first: int) -> bool:
    """True when the "between them" at `at` opens the clause (from `start`) of the figure at `first`."""
    if at >= first or tokens[at] != "between" or at + 1 >= len(tokens) or tokens[at + 1] not in _PRONOUNS:
        return False
    if at != start and tokens[at - 1] not in _OPENERS:
        return False
    return _EACH.isdisjoint(tokens[at : first + _EACH_REACH + 1])
