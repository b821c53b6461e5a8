"""A figure that several exchanges returned is their sum: "Three swaps this autumn brought 412 Ukrainians home".

When the subject of the return is a count of exchanges ("two swaps", "both exchanges", "the three handovers"),
the people counted came home over all of them: a total across exchanges, the figure of no one handover and dated
to none (as a mediator's credited record is). "In two swaps this week, 150 came home on Tuesday" names no
subject so: its figure is one swap's.
"""

from typing import Final

from services.extractor.rules.lexicon import NUMBER_WORDS
from services.extractor.rules.tokens import is_figure

_EXCHANGES: Final = frozenset({"exchanges", "swaps", "handovers", "releases", "rounds", "trades"})
_COUNTS: Final = frozenset(word for word, value in NUMBER_WORDS.items() if value > 1) | {"both", "several"}
_RETURNS: Final = frozenset({"returned", "brought", "freed", "released", "repatriated", "delivered", "secured",
                             "rescued", "saw", "returning", "bringing", "freeing"})
_BETWEEN: Final = frozenset({"back", "home", "a", "total", "of", "some", "about", "nearly", "almost", "over"})
_AUXILIARIES: Final = frozenset({"have", "has", "had", "together", "between", "them", "jointly"})
_STOPS: Final = frozenset({",", ";", ":", "—", "-", "and", "but", "while", "which", "that", "who"})
_REACH: Final = 6  # "Two swaps in two weeks returned": words from the exchanges to the verb


def summed_over_exchanges(tokens: list[str], first: int) -> bool:
    """True when the figure at `first` is the object of a return whose subject counts several exchanges."""
    verb = first - 1
    while verb > 0 and first - verb <= len(_BETWEEN) and tokens[verb] in _BETWEEN:
        verb -= 1  # "returned a total of 275", "brought back some 300"
    if verb < 1 or tokens[verb] not in _RETURNS:
        return False
    for k in range(verb - 1, max(verb - 1 - _REACH, 0), -1):
        word = tokens[k]
        if word in _STOPS or is_figure(word):
            return False
        if word in _EXCHANGES:
            return bool(_COUNTS.intersection(tokens[max(k - 2, 0) : k]))  # "two swaps", "two prisoner swaps"
        if word not in _AUXILIARIES and not word[:1].isalpha():
            return False
    return False
