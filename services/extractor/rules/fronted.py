"""A destination set before its verb: "To Ukraine returned 40 soldiers" (the word order of many learners).

"To <country> returned / came back / went N" names where the people went: that country receives them. Read as a
subject ("Ukraine returned 40") it would hand them to the other side.
"""

from collections.abc import Callable
from typing import Final

_TO: Final = frozenset({"to"})


def fronted_destination(tokens: list[str], verb: int, country: Callable[[str], str | None]) -> str | None:
    """The side named by "to <country>" right before the verb at `verb`, else None."""
    if verb < 2 or tokens[verb - 2] not in _TO:
        return None
    return country(tokens[verb - 1])


_GAP_OPENERS: Final = frozenset({",", "and", ";"})


def fronted_gap(tokens: list[str], first: int, country: Callable[[str], str | None]) -> str | None:
    """ "To Ukraine returned 207 persons, to Russia 190 soldiers": the second destination, its verb left out."""
    if first < 3 or tokens[first - 2] not in _TO or tokens[first - 3] not in _GAP_OPENERS:
        return None
    return country(tokens[first - 1])
