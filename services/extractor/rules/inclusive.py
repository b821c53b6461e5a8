"""A day named as one of the swaps a figure includes does not date that figure.

"Counting Friday's handover, 1,200 soldiers have come back since the war began": the figure is a running total
over Friday's swap and every earlier one; Friday is neither its day nor a day that shields it from the
"since the war began" beside it.
"""

from typing import Final

_INCLUDING: Final = (("including",), ("counting",), ("together", "with"), ("along", "with"), ("with",), ("plus",))
_SWAP_NOUNS: Final = frozenset({"exchange", "swap", "handover", "release", "round", "stage", "transfer"})


def names_included_swap(tokens: list[str], first: int, last: int) -> bool:
    """True when the day at `first`..`last` is that of a swap counted in ("together with today's exchange")."""
    if last + 1 >= len(tokens) or tokens[last + 1] not in _SWAP_NOUNS:
        return False
    return any(first >= len(words) and tuple(tokens[first - len(words) : first]) == words for words in _INCLUDING)
