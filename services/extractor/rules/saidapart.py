"""A source that "said separately" gave its own statement; it did not free people on top of the swap.

"Separately" marks people handed over outside the exchange ("Russia separately released two children"), but
set right after a verb of saying ("The defence ministry said separately that 40 soldiers were returned",
"Moscow separately said ...") it tells a second statement apart from the first: its figure is the swap's own.
"""

import re
from typing import Final

_SAID: Final = (
    r"(?:said|says|say|announced|announces|reported|reports|stated|states|confirmed|confirms|wrote|writes|"
    r"added|adds|noted|notes|told|tells|posted|posts)"
)
_SAID_BEFORE: Final = re.compile(rf"\b{_SAID}\s*$")
_SAID_AFTER: Final = re.compile(rf"\s*{_SAID}\b")
_REACH: Final = 12  # the verb of saying stands right next to "separately"


def said_apart(text: str, cue: "re.Match[str]") -> bool:
    """True when the additive cue `cue` is the "separately" of "said separately" / "separately said"."""
    if cue.group().strip() != "separately":
        return False
    before = text[max(cue.start() - _REACH, 0) : cue.start() + 1]
    return _SAID_BEFORE.search(before) is not None or _SAID_AFTER.match(text, cue.end() - 1) is not None


def first_cue(pattern: "re.Pattern[str]", text: str) -> "re.Match[str] | None":
    """The first match of the additive cue `pattern` in `text` that is no "said separately"."""
    return next((m for m in pattern.finditer(text) if not said_apart(text, m)), None)
