"""A handover the sentence denies counts nobody: "Kyiv did not hand over 400 Russians to get back 120 of its men".

The figure right after a negated handover verb ("did not hand over 400", "never swapped 250") is what did not
happen, and so are the people that denied handover was said to buy ("to get back 120", "for 90 of its
officers"). A negation elsewhere ("did not say when, but Russia freed 50", "did not release the names of the
60") or a qualified one ("did not just free 40") denies no figure.
"""

from typing import Final

from services.extractor.rules.lexicon import GIVE_VERBS, RECEIVE_VERBS

_VERBS: Final = GIVE_VERBS | RECEIVE_VERBS | frozenset(
    "hand exchange exchanged swap swapped trade traded bring brought send".split()
)
_NEGATIONS: Final = frozenset({"not", "never", "n't"})
_ADVERBS: Final = frozenset({"yet", "actually", "ever", "even", "really"})  # "has not yet freed 40"
_DETERMINERS: Final = frozenset({"the", "all", "any", "its", "their", "his", "her", "our", "those", "these"})
_PARTICLES: Final = frozenset({"back", "over", "home", "up"})
_LINKS: Final = frozenset({"to", "for"})  # "... to get back 120", "... for 90 of its officers"
_STOPS: Final = frozenset({",", ";", ":", ".", "but", "while", "whereas", "instead", "although", "though"})


def _negated(tokens: list[str], verb: int) -> bool:
    k = verb - 1
    while k >= 0 and tokens[k] in _ADVERBS:
        k -= 1
    return k >= 0 and (tokens[k] in _NEGATIONS or tokens[k].endswith("n't"))


def _verb_before(tokens: list[str], at: int) -> int | None:
    """The handover verb whose object starts at `at` ("hand over [the] 400"), if there is one."""
    k = at - 1
    while k >= 0 and tokens[k] in _DETERMINERS:
        k -= 1
    while k >= 0 and tokens[k] in _PARTICLES:
        k -= 1
    return k if k >= 0 and tokens[k] in _VERBS else None


def denied_handover(tokens: list[str], first: int) -> bool:
    """True when the head count at `first` is the object of a denied handover, or what one was said to buy."""
    verb = _verb_before(tokens, first)
    if verb is not None and _negated(tokens, verb):
        return True
    link = verb - 1 if verb is not None else first - 1
    if link < 0 or tokens[link] not in _LINKS:
        return False
    for k in range(link - 1, 0, -1):
        if tokens[k] in _STOPS:
            return False
        if tokens[k] in _VERBS and _negated(tokens, k):
            return True
    return False
