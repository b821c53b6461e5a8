"""A source named first does not change what a sentence counts: "According to the ministry, 45 of those ...".

"According to Kyiv's ombudsman, 45 of those freed were servicemen" breaks down the people just counted as
"45 of those freed were servicemen" does; the attribution is an opening aside, so the part is read after it.
So is a short source with its reporting verb: "Officials in Lviv say 31 of them were marines" is read from "31".
"""

from typing import Final

_OPENER: Final = "according to "
_REACH: Final = 90  # "According to Ukraine's office for prisoners of war, ": a source of a few words at most
_SAID: Final = (" said that ", " say that ", " says that ", " said ", " say ", " says ")
_SAID_REACH: Final = 48  # "Officials at the coordination centre said ": a source of a few words, no figure in it


def _after_said(lower: str, start: int, end: int) -> int:
    """Where "<source> said (that) " ends, when it opens the sentence at `start` (else `start`)."""
    reach = min(end, start + _SAID_REACH)
    for verb in _SAID:
        at = lower.find(verb, start, reach)
        if at > start and not any(char.isdigit() for char in lower[start:at]):
            return at + len(verb)
    return start


def after_attribution(lower: str, start: int, end: int) -> int:
    """Where the sentence at `start` goes on after an opening "According to <source>, " or "<source> said "
    (else `start`)."""
    if not lower.startswith(_OPENER, start, end):
        return _after_said(lower, start, end)
    comma = lower.find(", ", start, min(end, start + _REACH))
    return start if comma == -1 else comma + 2
