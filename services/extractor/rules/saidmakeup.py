"""A make-up told through its source still breaks down the people just counted.

"The ombudsman's office said the group comprised 88 soldiers and 7 civilians": the attribution comes first,
but the sentence tells what the people the story just counted were made of, as "The group comprised ..." does.
"""

import re
from typing import Final

_SAID_MAKEUP: Final = re.compile(
    r" (?:said|says|reported|added|stated|confirmed) (?:that )?(?:the group|they) "
    r"(?:consisted of|comprised|was made up of|were made up of|included|includes) "
    r"(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)\b)"  # a count follows: "said the group included defenders of ..." breaks nothing down
)
_SAID_REACH: Final = 200  # a long issuer's name ("the Coordination Headquarters for ...") may come first


def said_makeup(lower: str, start: int, end: int) -> bool:
    """True for "<source> said the group was made up of 148 servicemen and 12 civilians"."""
    return _SAID_MAKEUP.search(lower, start, min(end, start + _SAID_REACH)) is not None
