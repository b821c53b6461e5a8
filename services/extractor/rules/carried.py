"""The other direction of a handover told without a handover word: "..., while six residents were flown to Russia".

A clause opened by "while" / "whereas", set against a clause that reports a handover, tells what went the other
way; "were taken (sent, moved, flown ...) to <country>" there counts people that country received. Alone, or in
the perfect ("have been taken to Russia since 2022"), such words tell deportations, not a handover.
"""

from typing import Final

from services.extractor.rules.cues import country
from services.extractor.rules.lexicon import EXCHANGE_STEMS, Side
from services.extractor.rules.mentions import Mention

_CONTRAST: Final = frozenset({"while", "whereas"})
_PAST_BE: Final = frozenset({"was", "were"})
_CARRIED: Final = frozenset({"taken", "sent", "moved", "transported", "driven", "flown", "bused", "bussed"})
_REACH: Final = 8  # tokens from the noun phrase to its verb: ", including six children, were taken"
_HANDOVER_REACH: Final = 40  # tokens back to the handover the clause is set against


def carried_to(tokens: list[str], mention: Mention, clause: tuple[int, int]) -> Side | None:
    """The country a contrasting clause says its people "were taken to", when a handover comes just before."""
    start, end = clause
    if tokens[start] not in _CONTRAST or not any(
        t.startswith(EXCHANGE_STEMS) or t == "back" for t in tokens[max(start - _HANDOVER_REACH, 0) : start]
    ):
        return None
    for k in range(mention.end + 1, min(end - 3, mention.end + 1 + _REACH)):
        if tokens[k] in _PAST_BE and tokens[k + 1] in _CARRIED and tokens[k + 2] == "to":
            target = tokens[k + 4] if tokens[k + 3] == "the" and k + 4 < end else tokens[k + 3]
            return country(target)
    return None
