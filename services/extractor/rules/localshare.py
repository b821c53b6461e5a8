"""A place's share of a handover: "nine of the district's soldiers came home", "of the 70 freed, six are from the city".

A regional outlet counts the people of its own region, town or district among those freed. That count is a part
of the handover, never the side's figure: read as one, it contradicts the whole the same article gives.
"""

from typing import Final

from services.extractor.rules.amongwhole import placed_among
from services.extractor.rules.lexicon import BE_FORMS
from services.extractor.rules.mentions import Mention
from services.extractor.rules.ourplace import from_own_place
from services.extractor.rules.residents import residents_among

PLACES: Final = frozenset(
    "region regions oblast district city town village province community county raion area".split()
)
_OWNERS: Final = frozenset({"our", "the", "this", "its", "their", "your", "my"})
_COME: Final = BE_FORMS | frozenset({"come", "comes", "came", "hail", "hails"})
_FROM_REACH: Final = 5  # "are from the Lviv region", "come from the Sumy border district"
_GROUP_REACH: Final = 16  # "Among the 70 Ukrainian soldiers who came home from captivity on Friday,"


def _of_a_place(tokens: list[str], mention: Mention) -> bool:
    """True for "<N> of <owner> <place>'s <people>" ("nine of our region's men", "two of the town's soldiers")."""
    at = mention.quantity.last + 1
    return (tokens[at : at + 1] == ["of"] and tokens[at + 1 : at + 2] != [] and tokens[at + 1] in _OWNERS
            and tokens[at + 2 : at + 3] != [] and tokens[at + 2] in PLACES and mention.end > at + 2)


def from_a_place(tokens: list[str], first: int, after: int, figures: list[int]) -> bool:
    """True for "<N> are from <...> region" (the N at `first`, its words ending before `after`) when an earlier
    head count of the sentence holds the N: "of the 70 freed, six are from our district"."""
    if tokens[after : after + 1] == [] or tokens[after] not in _COME or tokens[after + 1 : after + 2] != ["from"]:
        return False
    if not any(k < first for k in figures):
        return False
    return any(word in PLACES for word in tokens[after + 2 : after + 2 + _FROM_REACH])


def local_share(tokens: list[str], mention: Mention, figures: list[int]) -> bool:
    """True for a head count of a place's own people among the freed (`figures`: the sentence's figure starts)."""
    first, after = mention.quantity.first, max(mention.end, mention.quantity.last) + 1
    if from_own_place(tokens, mention.end, PLACES) or residents_among(tokens, mention):  # "from our region"
        return True  # "nine soldiers and two civilians from our region", "nine Rivne residents among the 210"
    if placed_among(tokens, mention.end, PLACES):  # "nine soldiers from the Sumy region were among the 140"
        return True
    return _of_a_place(tokens, mention) or from_a_place(tokens, first, after, figures)


def leading_group(tokens: list[str], first: int) -> bool:
    """True for the N of a sentence opening "Among the N <people> ..., <a part of them>": the group the sentence
    speaks of, stated whole ("Among the 70 who came home on Friday, six are from our district")."""
    if tokens[:first] != ["among", "the"]:
        return False
    for word in tokens[first + 1 : first + _GROUP_REACH]:
        if word == ",":
            return True
        if word[:1].isdigit() or word in BE_FORMS:
            return False  # "Among the 120 freed were 40 marines": the sentence names a part, not the whole
    return False
