"""A sentence that is only a list of counts by category breaks down the count before it.

'Kyiv said 140 Ukrainians had come back. "131 servicemen and nine civilians."': the second sentence has no verb,
no handover word and no side; all it does is split the people just counted, as "Of them, 131 were servicemen"
would. It must be the whole sentence (an opening quote aside): a list inside a longer sentence says more.
"""

import re
from typing import Final

from services.extractor.rules.dashedlists import without_dashed_asides
from services.extractor.rules.lexicon import CIVILIAN_HEADS, MILITARY_HEADS

_NUMBER: Final = (r"(?:[0-9][0-9,]*|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                  r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                  r"eighty|ninety|hundred|thousand|and)[ -]?)+)")
_HEAD: Final = "(?:" + "|".join(sorted(MILITARY_HEADS | CIVILIAN_HEADS, key=len, reverse=True)) + ")"
_ITEM: Final = _NUMBER + r" " + _HEAD
_LIST: Final = re.compile(r"[\"“'«]?" + _ITEM + r"(?:(?:, | and |, and )" + _ITEM + r")+\.(?:\s|$)")
_REACH: Final = 160  # a list of a few items at most


def bare_breakdown(lower: str, start: int, end: int) -> bool:
    """True when the sentence at `start` is nothing but "<N> <category> and <M> <category>." (two or more)."""
    window = lower[start : min(end, start + _REACH + _REACH)]  # an aside may lengthen it: "60 soldiers - ... -"
    return _LIST.match(without_dashed_asides(window)[:_REACH]) is not None
