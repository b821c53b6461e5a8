"""A pair set off after a clause that tells a swap as done is the shape of that swap, not a deal's size.

"Kyiv and Moscow have traded captives again — thirty for thirty.": the clause before the dash (or colon) says
the swap happened, so "thirty for thirty" describes it; "have agreed to trade captives — thirty for thirty"
or "captives will be traded — thirty for thirty" still give a deal.
"""

from typing import Final

_OPENERS: Final = frozenset({"—", "–", ":"})
_DONE: Final = frozenset({"exchanged", "swapped", "traded"})
_NOT_YET: Final = frozenset(
    "to will would could should may might must agreed agree agrees plan plans planned expected expect hope "
    "hopes ready if".split()
)
_REACH: Final = 10  # the clause before the dash


def after_done_swap(tokens: list[str], first: int) -> bool:
    """True for a pair at `first` right after a dash or colon that ends a clause with a done swap verb."""
    if first < 2 or tokens[first - 1] not in _OPENERS:
        return False
    window = tokens[max(first - 1 - _REACH, 0) : first - 1]
    verbs = [k for k, word in enumerate(window) if word in _DONE]
    return bool(verbs) and _NOT_YET.isdisjoint(window[: verbs[0]]) and not _OPENERS.intersection(window)
