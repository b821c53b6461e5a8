"""A speaker named right before a colon that opens a quotation is the quotation's speaker.

'President Zelensky: "Forty of our people are home."' or 'The ombudsman, in a video message: "..."' gives the
words without any "said": the name before the colon says whose they are, so "our people" inside is that side's.
The part before the colon must be short, hold no verb of its own (with a verb the usual attribution reads it) and
name a speaker: an official, or a body of one government ("Russian soldier:" or "Ukraine:" names none). A headline
is left to `issuers`: its 'Zelensky: "1,000 of our people" home' quotes a fragment the body tells in full.
A line that opens this way ('14:31 - Umerov: "..."') also names the speaker a later "he said" refers to.
"""

import re
from collections.abc import Callable
from typing import Final

from schemas import Authority

_OPENING: Final = re.compile(r": [\"“]")
_LEAD_CHARS: Final = 60  # "16:40 EET - President Volodymyr Zelensky, in a short video:" at most
_VERBS: Final = re.compile(r"\b(?:says?|said|is|are|was|were|has|have|had|will|would)\b")
_COUNTRY_WORDS: Final = ("ukrain", "russia", "kyiv", "kiev", "moscow")  # a country alone is a subject, no speaker
_BODIES: Final = re.compile(
    r"\b(?:headquarters|ministry|mod|office|ombudsman|commissioner|president|presidency|government|spokes\w+)\b"
)


def colon_speaker(
    lower: str, start: int, end: int, classify: Callable[[str], Authority]
) -> Authority | None:
    """Kyiv or Moscow when lower[start:end] opens a quotation after a colon set right after that side's speaker.

    `classify` maps a word to the government it names (`attribution._classify`).
    """
    if lower.find("\n", 0, start) == -1:
        return None  # the headline (the first line)
    opening = _OPENING.search(lower, start, end)
    if opening is None or opening.start() - start > _LEAD_CHARS:
        return None
    lead = lower[start : opening.start()]
    if _VERBS.search(lead):
        return None
    words = re.findall(r"[a-z']+", lead.replace("'s", ""))
    found = {classify(word) for word in words} - {Authority.PRESS}
    person = any(classify(word) != Authority.PRESS and not word.startswith(_COUNTRY_WORDS) for word in words)
    return found.pop() if len(found) == 1 and (person or _BODIES.search(lead)) else None


def last_colon_speaker(
    lower: str, lo: int, hi: int, classify: Callable[[str], Authority]
) -> tuple[int, Authority] | None:
    """The last line starting in lower[lo:hi] that opens a quotation after its speaker (`colon_speaker`), and where."""
    starts = [lo] if lo == 0 or lower[lo - 1] == "\n" else []
    starts += [brk + 1 for brk in _line_breaks(lower, lo, hi)]
    found: tuple[int, Authority] | None = None
    for start in starts:
        end = lower.find("\n", start, hi)
        speaker = colon_speaker(lower, start, hi if end == -1 else end, classify)
        if speaker is not None:
            found = start, speaker
    return found


def _line_breaks(lower: str, lo: int, hi: int) -> list[int]:
    breaks = []
    at = lower.find("\n", lo, hi)
    while at != -1:
        breaks.append(at)
        at = lower.find("\n", at + 1, hi)
    return breaks
