"""Sports transfers: "the club sends three defenders abroad and brings a winger home in the deal".

Clubs swap, release and hand over players too, and Kyiv's word for its soldiers ("defenders") is a football
position. A story whose opening speaks of sport (clubs, players, transfers, matches) and which never names
prisoners, captives or captivity tells a transfer, not an exchange of people held by the other side.
"""

import re
from typing import Final

_SPORT: Final = re.compile(
    r"\b(?:club|clubs|football|footballer|footballers|striker|strikers|midfielder|midfielders|goalkeeper|winger|"
    r"player|players|transfer|transfers|league|coach|match|matches|season|squad|team|teams|fee|contract|contracts)\b"
)
_CAPTIVITY: Final = re.compile(r"\b(?:prisoner|prisoners|pows?|captives?|captivity|captured|detain\w*|hostages?)\b")
_SPORT_WORDS: Final = 2  # distinct sports words in the opening: one ("team", "season") can be anything's
_OPENING_SENTENCES: Final = 3  # the headline and the lead


def sports_story(lower: str, starts: list[int], end: int) -> bool:
    """True for a story that opens on sport and never names people held captive."""
    stop = starts[_OPENING_SENTENCES] if len(starts) > _OPENING_SENTENCES else end
    opening = lower[: min(stop, end)]
    if len({match.group() for match in _SPORT.finditer(opening)}) < _SPORT_WORDS:
        return False
    return _CAPTIVITY.search(lower, 0, end) is None
