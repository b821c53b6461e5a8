"""A figure "of the <people>" then "are" / "were" is a part of those people: "45 of the Russians were sailors".

Like "45 of them were sailors", it breaks down the people of that nationality the story has already counted;
it names no handover of its own.
"""

import re
from bisect import bisect_right
from typing import Final

from services.extractor.rules.attributedparts import after_attribution
from services.extractor.rules.lexicon import NATIONALITY
from services.extractor.rules.prefilter import has_number_word
from services.extractor.rules.sentences import Sentence, sentence_at

_PART: Final = re.compile(r"([0-9][0-9,]*|[a-z]+(?:[ -][a-z]+){0,3}) of the ([a-z]+) (?:are|were) ")
_REACH: Final = 60  # "one hundred and twelve of the Ukrainians were ": a few words at most


def part_of_nationals(lower: str, start: int, end: int) -> bool:
    """True when the sentence at `start` opens "<N> of the <nationality> are / were ..."."""
    match = _PART.match(lower, start, min(end, start + _REACH))
    if match is None or match.group(2) not in NATIONALITY:
        return False
    figure = match.group(1)
    return figure[0].isdigit() or has_number_word(figure, 0, len(figure))


def nationals_side(lower: str, start: int, end: int) -> str | None:
    """The side whose people "<N> of the <nationality> are ..." breaks down, if the sentence opens so."""
    match = _PART.match(lower, start, min(end, start + _REACH))
    return NATIONALITY.get(match.group(2)) if match is not None and part_of_nationals(lower, start, end) else None


def with_national_parts(text: str, lower: str, starts: list[int], end: int, found: list[Sentence]) -> list[Sentence]:
    """Add each sentence opening "<N> of the <nationality> are ..." after a candidate naming that nationality:
    it breaks down those people even with a sentence or a subheading between ("Who was freed?")."""
    if not found:
        return found
    taken = {s.start for s in found}
    extra: list[Sentence] = []
    for at in starts[bisect_right(starts, found[0].end - 1) :]:
        if at in taken or at >= end:
            continue
        opening = after_attribution(lower, at, end)
        match = _PART.match(lower, opening, min(end, opening + _REACH))
        if match is None or not part_of_nationals(lower, opening, end):
            continue
        if any(s.start < at and match.group(2) in lower[s.start : s.end] for s in found):
            extra.append(sentence_at(text, starts, at, end))
    return sorted(found + extra, key=lambda s: s.start) if extra else found
