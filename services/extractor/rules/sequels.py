"""Join to an exchange sentence the figure sentence after it that refers back to it ("it should amount to ...").

Looked at only for candidate sentences, with the offsets the pre-filter already found (no new scan).
"""

from typing import Final

from services.extractor.rules.prefilter import has_position
from services.extractor.rules.sentences import Sentence, sentence_at

SEQUEL_PRONOUN_CHARS: Final = 40  # "Officials have said it should amount to ...": the pronoun comes early


def with_sequel(
    text: str, lower: str, layout: tuple[list[int], int], sentence: Sentence, positions: tuple[list[int], list[int]]
) -> Sentence:
    """ "... are to free all wounded prisoners. Officials said it should amount to 1,000 people": the figure of a
    sentence that names no exchange but refers back to the one before with "it" belongs to that sentence."""
    starts, end = layout
    digits, stems = positions
    if sentence.end >= end:
        return sentence
    sequel = sentence_at(text, starts, sentence.end + 1, end)
    if sequel.start < sentence.end or sequel.start - sentence.end > 2 or has_position(stems, sequel.start, sequel.end):
        return sentence
    if not has_position(digits, sequel.start, sequel.end):
        return sentence
    head = lower[sequel.start : sequel.start + SEQUEL_PRONOUN_CHARS]
    if not (head.startswith("it ") or " it " in head):
        return sentence
    return Sentence(text[sentence.start : sequel.end], sentence.start, sequel.end)
