"""A part of people still held is still held: "7,000 remain in captivity, among them about 1,800 civilians".

"Among them" / "including" / "of whom" after a comma counts a part of the head count just before it. When that
count is of people held, killed or missing rather than handed over, its part is too, whatever its own words.
"""

from typing import Final

from services.extractor.rules.bareheld import bare_count_held
from services.extractor.rules.mentions import Mention, find_mentions
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.surroundings import negative

_PART_OPENERS: Final = (("among", "them"), ("among", "whom"), ("of", "whom"), ("including",), ("of", "them"))
_HEDGES: Final = frozenset({"about", "some", "around", "nearly", "almost", "roughly", "approximately", "over"})


def _opener_at(tokens: list[str], first: int) -> int:
    """The token where "among them" (or the like) opens the part whose figure is at `first`, after a comma; -1."""
    k = first
    while k > 0 and tokens[k - 1] in _HEDGES:
        k -= 1
    for words in _PART_OPENERS:
        at = k - len(words)
        if at > 0 and tuple(tokens[at:k]) == words and tokens[at - 1] == ",":
            return at - 1
    return -1


def held_part(tokens: list[str], mention: Mention) -> bool:
    """True when `mention` is ", among them N ..." after a head count that is no handover (held, killed)."""
    comma = _opener_at(tokens, mention.quantity.first)
    if comma == -1:
        return False
    before = tokens[:comma]
    if bare_count_held(before):  # "about 6,000 remain in Russian jails, among them ..." (`bareheld`)
        return True
    whole = find_mentions(before, find_quantities(before))
    return bool(whole) and negative(tokens, whole[-1], comma)
