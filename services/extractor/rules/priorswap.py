"""A sentence about when an earlier exchange took place dates that exchange, not the one the story tells.

"The army said on Monday that 30 men were back. The preceding swap took place on 4 April.": the second sentence
names the day of another swap, so it must not re-date the statement's handover to 4 April.
"""

from typing import Final

_EARLIER: Final = frozenset({"previous", "prior", "earlier", "preceding"})
_NOUNS: Final = frozenset({"exchange", "swap", "handover", "trade"})
_REACH: Final = 3  # "the previous prisoner exchange": the qualifier a word or two before the noun


def tells_earlier_swap(tokens: list[str]) -> bool:
    """True when an exchange noun of the sentence is qualified as an earlier one ("the prior swap")."""
    for k, word in enumerate(tokens):
        if word in _NOUNS and not _EARLIER.isdisjoint(tokens[max(k - _REACH, 0) : k]):
            return True
    return False
