"""The people a raised count names: "bringing the number of Ukrainians returned to 230".

A running figure set "to N" after "the number of <nationals>" counts those nationals, as "230 Ukrainians"
would; the nationality stands before the figure, out of its noun phrase.
"""

from typing import Final

from services.extractor.rules.lexicon import NATIONALITY, Side

_RAISING: Final = frozenset({"bringing", "brings", "brought", "raising", "raises", "raised", "taking", "takes"})
_COUNT_NOUNS: Final = frozenset({"number", "total", "tally", "count"})
_REACH: Final = 10  # "bringing the total number of Ukrainians returned since Friday to 230"


def counted_nationals(tokens: list[str], first: int) -> Side | None:
    """The side of the nationals in "<raising> the [total] number of <nationals> ... to N", N at `first`."""
    if first < 5 or tokens[first - 1] != "to":
        return None
    for k in range(first - 2, max(first - _REACH, 0) - 1, -1):
        if tokens[k] == "of" and tokens[k - 1] in _COUNT_NOUNS:
            before = tokens[k - 2] if tokens[k - 2] != "total" else tokens[k - 3]
            if before == "the" and tokens[k - 3 - (tokens[k - 2] == "total")] in _RAISING:
                return NATIONALITY.get(tokens[k + 1]) if k + 1 < first else None
            return None
        if tokens[k] in {",", ";", "."}:
            return None
    return None
