"""A list of years shares the word before its first year: "held since 2015, 2018 and 2019".

"since" governs all three years, so each dates the captivity as the first does; the later years are not the
dates of a handover of their own.
"""

from typing import Final

_GLUE: Final = frozenset({",", "and", "or"})
_REACH: Final = 12  # a list of a few years at most


def _year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in {"19", "20"}


def first_of_years(tokens: list[str], at: int) -> int:
    """The index of the first year of the list of years that ends with the year at `at` (else `at`)."""
    if not _year(tokens[at]):
        return at
    first = at
    for k in range(at - 1, max(at - _REACH, 0) - 1, -1):
        if _year(tokens[k]):
            first = k
        elif tokens[k] not in _GLUE:
            break
    return first
