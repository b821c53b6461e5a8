"""Residents of a place among the freed are its share: "Nine residents of the Rivne region are among the 210".

"Residents" usually marks civilians ("12 residents of the occupied Kherson region"). Counted "among" a larger
handover, though, they are the people of one place among those freed, soldiers and civilians alike: a part of
the handover (as `localshare`), never the side's figure nor its civilians.
"""

from typing import Final

from services.extractor.rules.lexicon import BE_FORMS
from services.extractor.rules.mentions import Mention
from services.extractor.rules.tokens import is_figure
from services.extractor.rules.wordaside import past_word_aside

_RESIDENTS: Final = frozenset({"residents", "resident", "natives", "inhabitants"})
_REACH: Final = 8  # "residents of the Zhytomyr border region are among"
_STOPS: Final = frozenset({",", ";", ":", "—", "and", "while", "but", "who", "which"})


def residents_among(tokens: list[str], mention: Mention) -> bool:
    """True for "<N> residents (of <place>) (are) among (the) <M>": a place's share of a larger count."""
    if tokens[mention.end] not in _RESIDENTS:
        return False
    k, stop = mention.end + 1, min(mention.end + 1 + _REACH, len(tokens))
    while k < stop:
        if (close := past_word_aside(tokens, k)) != -1:  # "residents of X, including a boy, were among"
            k, stop = close + 1, min(stop + close + 1 - k, len(tokens))
            continue
        word = tokens[k]
        if word == "among":
            rest = tokens[k + 1 : k + 3]
            return bool(rest) and (is_figure(rest[0]) or (rest[0] == "the" and len(rest) > 1 and is_figure(rest[1])))
        if word in _STOPS or is_figure(word) or (word in BE_FORMS and tokens[k + 1 : k + 2] != ["among"]):
            return False
        k += 1
    return False
