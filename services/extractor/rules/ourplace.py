"""People "from our region": a local outlet's own share of a handover, said after the noun it qualifies.

"Seven soldiers and three civilians from our district are home after Friday's exchange" counts the outlet's
own people among those freed, a part of the handover and never a side's figure. "From our / this <place>"
after the list of head counts is the place's share, whichever item of the list the count is. Only the first
person or "this" marks the outlet's own place: "troops captured in the Kursk region" may be a side's whole.
"""

from typing import Final

from services.extractor.rules.lexicon import NATIONALITY, PERSON_HEADS
from services.extractor.rules.numbers import find_quantities

_OWN: Final = frozenset({"our", "this"})
_LIST_WORDS: Final = frozenset({"and", ","})
_LIST_REACH: Final = 10  # "... and two civilians, among them a doctor, from our region": the rest of a short list
_PLACE_REACH: Final = 3  # "from our Novhorod district"


def _own_place(tokens: list[str], at: int, places: frozenset[str]) -> bool:
    """True for "from our region" / "from this district" at token `at`."""
    if tokens[at : at + 1] != ["from"] or tokens[at + 1 : at + 2] == [] or tokens[at + 1] not in _OWN:
        return False
    return any(word in places for word in tokens[at + 2 : at + 2 + _PLACE_REACH])


def from_own_place(tokens: list[str], end: int, places: frozenset[str]) -> bool:
    """True when the head count whose noun ends at token `end`, or the list it opens, is "from our region"
    (`places`: the words for a place)."""
    stop = min(len(tokens), end + 1 + _LIST_REACH)
    for at in range(end + 1, stop):
        word = tokens[at]
        if _own_place(tokens, at, places):
            return True
        if word in _LIST_WORDS or word in PERSON_HEADS or word in NATIONALITY or find_quantities([word]):
            continue
        return False
    return False
