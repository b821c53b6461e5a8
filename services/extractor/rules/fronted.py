"""A destination set before its verb: "To Ukraine returned 40 soldiers" (the word order of many learners).

"To <country> returned N" names where the people went: that country receives them. Read as a subject ("Ukraine
returned 40") it would hand them to the other side. A second destination with its verb left out (", to Russia 35"
or ", to Russia — 35") is the other side's: the people the same verb sent there.
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
_DASHES: Final = frozenset({"—", "–", "-"})


def _destination_before(tokens: list[str], first: int) -> int | None:
    """Where "to" stands in ", to Russia 190" or ", to Russia — 190" before the figure at `first`, else None."""
    at = first - 2 - (first > 0 and tokens[first - 1] in _DASHES)
    if at < 1 or tokens[at] not in _TO or tokens[at - 1] not in _GAP_OPENERS:
        return None
    return at


def fronted_gap(tokens: list[str], first: int, country: Callable[[str], str | None]) -> str | None:
    """ "To Ukraine returned 207 persons, to Russia 190 soldiers": the second destination, its verb left out."""
    at = _destination_before(tokens, first)
    return None if at is None else country(tokens[at + 1])

