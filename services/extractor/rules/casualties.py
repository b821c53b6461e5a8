"""Deaths of people: "the execution of 24 soldiers", "the killings of 14 prisoners" count casualties.

A noun of killing or dying right before "of <figure>" makes the people counted the dead, whatever
handover word ("had received reports", "released a report") the rest of the clause holds.
"""

from typing import Final

_DEATH_NOUNS: Final = frozenset(
    "death deaths execution executions killing killings murder murders shooting shootings slaying slayings "
    "massacre".split()
)
_HEDGES: Final = frozenset("at least more than about some nearly over almost around up to".split())


def death_of(tokens: list[str], first: int) -> bool:
    """True when the figure at `first` is "of" people a death noun names ("the deaths of at least 9 captives")."""
    at = first - 1
    while at >= 0 and tokens[at] in _HEDGES:
        at -= 1
    return at >= 1 and tokens[at] == "of" and tokens[at - 1] in _DEATH_NOUNS
