"""A running total of people named by its verb alone: "That brings the number freed by each side to 697".

"the number of people returned" names its people; "the number returned" (or "freed", "swapped") leaves the
noun out, as English does after a participle of release: what is counted can only be people handed over, so
the figure the sentence raises that number to counts them (`mentions` reads "the number of people ..." alike).
"""

from typing import Final

_RAISING: Final = frozenset(
    "bring brings bringing brought raise raises raising raised take takes taking took push pushes pushed".split()
)
_COUNT_NOUNS: Final = frozenset({"number", "total", "tally", "count"})
_RELEASED: Final = frozenset(
    "returned freed released exchanged swapped repatriated traded handed brought".split()
)
_REACH: Final = 16  # "brings the number returned to each side over the two days to 697"


def number_freed(tokens: list[str], to: int) -> bool:
    """True when the "to" at `to` ends "<brings> the number <released> ...": the figure after it counts people."""
    for k in range(max(to - _REACH, 0), to - 3):
        if tokens[k] in _RAISING and tokens[k + 1] == "the" and tokens[k + 2] in _COUNT_NOUNS:
            return tokens[k + 3] in _RELEASED
    return False
