"""A sentence saying who were "among them" breaks down the people the sentence before counted.

"Yesterday 120 Ukrainians came home. Among them are 110 servicemen and 10 civilians, the headquarters said": the
"them" points back at the 120, so the figures are its parts, though the sentence names no handover itself, as
with "Of them, 20 were civilians" or "The group consisted of ...". Also when a source comes first ("As the
headquarters said, among them are ...").
"""

import re
from typing import Final

_AMONG: Final = re.compile(r"\bamong (?:them|those|these|the freed|the released) (?:are|were|there are|there were) ")
_REACH: Final = 80  # the phrase opens its sentence, or follows a short attribution


def among_them(lower: str, start: int, end: int) -> bool:
    """True when the sentence at `start` opens (after any attribution) on "among them are/were"."""
    return _AMONG.search(lower, start, min(end, start + _REACH)) is not None
