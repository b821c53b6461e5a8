"""A source named first does not change what a sentence counts: "According to the ministry, 45 of those ...".

"According to Kyiv's ombudsman, 45 of those freed were servicemen" breaks down the people just counted as
"45 of those freed were servicemen" does; the attribution is an opening aside, so the part is read after it.
"""

from typing import Final

_OPENER: Final = "according to "
_REACH: Final = 90  # "According to Ukraine's office for prisoners of war, ": a source of a few words at most


def after_attribution(lower: str, start: int, end: int) -> int:
    """Where the sentence at `start` goes on after an opening "According to <source>, " (else `start`)."""
    if not lower.startswith(_OPENER, start, end):
        return start
    comma = lower.find(", ", start, min(end, start + _REACH))
    return start if comma == -1 else comma + 2
