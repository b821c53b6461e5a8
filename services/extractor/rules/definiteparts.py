"""A part named with "the" after "including" restates a group already counted; it breaks no total down.

"Kyiv got back 140, including the 16 injured soldiers": the definite article points back to the 16 the story
counted before (freed on top of the swap), so the figure is an echo of that group, not a category of the 140.
"Including 16 soldiers" (no article) stays a part.
"""

from dataclasses import replace
from typing import Final

from services.extractor.rules.model import Reading
from services.extractor.rules.tokens import tokenize

_LEAD: Final = ("including", "the")


def _definite_parts(text: str) -> set[int]:
    """The figures of a sentence put right after "including the"."""
    tokens = tokenize(text)
    found: set[int] = set()
    for k in range(2, len(tokens)):
        digits = tokens[k].replace(",", "")
        if (tokens[k - 2], tokens[k - 1]) == _LEAD and digits.isdigit():
            found.add(int(digits))
    return found


def restated_parts(readings: list[Reading]) -> list[Reading]:
    """`readings` with the category figures after "including the" marked as echoes of an earlier count."""
    out: list[Reading] = []
    for reading in readings:
        parts = _definite_parts(reading.sentence.text) if len(reading.findings) > 1 else set()
        if parts:
            kept = tuple(f._replace(echo=True) if f.field != "total" and f.value in parts else f
                         for f in reading.findings)
            reading = replace(reading, findings=kept)
        out.append(reading)
    return out
