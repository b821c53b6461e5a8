"""Giving a count hands nobody over: "Kyiv gives its own tally: 212 Ukrainians back, 190 of them soldiers".

"Gives", "gave", "offers" or "provides" followed by a count, figure, tally, account or version reports a
figure, like "said"; read as a handover it would make the side named before it the giver and send the people
counted after the colon to the other side.
"""

from typing import Final

_GIVERS: Final = frozenset({"gives", "gave", "give", "offers", "offered", "provides", "provided"})
_DETERMINERS: Final = frozenset({"its", "their", "his", "her", "a", "an", "the", "own", "new", "higher", "lower"})
_ACCOUNTS: Final = frozenset(
    {"account", "version", "figure", "figures", "count", "counts", "tally", "number", "numbers", "toll"}
)
_REACH: Final = 3  # "gives its own count": at most three determiners or adjectives before the noun


def gives_a_count(tokens: list[str], verb: int) -> bool:
    """True when the giving verb at `verb` takes a count, figure or account as its object."""
    if tokens[verb] not in _GIVERS:
        return False
    for word in tokens[verb + 1 : verb + 2 + _REACH]:
        if word in _ACCOUNTS:
            return True
        if word not in _DETERMINERS:
            return False
    return False
