"""The swap a handful of days "after" names is an earlier one: "announced the deal on Saturday, two days after a
swap of 103 prisoners each".

"<N> days after <a swap of X>" places the other event N days after that swap: the swap came first, and the X it
counts are that earlier exchange's people, not the story's own handover (as "the previous swap of X" would be).
Only a count inside the swap's own phrase is marked: "three days after the exchange, 40 more came home" dates
a handover of its own.
"""

from typing import Final

from services.extractor.rules.lexicon import NUMBER_WORDS
from services.extractor.rules.tokens import is_figure

_DAYS: Final = frozenset({"day", "days"})
_COUNTS: Final = frozenset(NUMBER_WORDS) | {"a", "one", "few", "several"}
_EVENTS: Final = frozenset({"exchange", "swap", "handover", "release", "trade"})
_REACH: Final = 4  # "two days after a separate prisoner swap of 103": words between "after" and the noun


def swaps_days_before(tokens: list[str]) -> list[int]:
    """Token positions of the swap nouns in "<N> days after <a ... swap> of <figure>"."""
    found: list[int] = []
    for at, word in enumerate(tokens):
        if word not in _DAYS or at == 0 or tokens[at + 1 : at + 2] != ["after"]:
            continue
        if tokens[at - 1] not in _COUNTS and not tokens[at - 1].isdigit():
            continue
        noun = next((k for k in range(at + 2, min(len(tokens), at + 2 + _REACH)) if tokens[k] in _EVENTS), -1)
        count = tokens[noun + 2 : noun + 3] if noun != -1 and tokens[noun + 1 : noun + 2] == ["of"] else []
        if count and (is_figure(count[0]) or count[0] in NUMBER_WORDS):
            found.append(noun)
    return found
