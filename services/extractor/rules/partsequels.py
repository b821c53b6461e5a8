"""A breakdown goes on past its first part: "150 of them are soldiers. 12 are civilians."

The sentence right after a part of the people just counted ("... of them are ...") that opens on a bare figure
and "are" / "were" ("12 are civilians", "Eight were women") is the next part of the same people: a reader does
not need "of them" said again. It names no handover and no side of its own; it takes both from the part before.
"""

from bisect import bisect_right
from collections.abc import Callable
from typing import Final

from services.extractor.rules.model import Reading
from services.extractor.rules.prefilter import has_number_word
from services.extractor.rules.sentences import Sentence, sentence_at

_COPULAS: Final = frozenset({"are", "were"})
_FIGURE_WORDS: Final = 4  # "one hundred and twelve are ...": a figure of a few words at most

PartTest = Callable[[str, int, int], bool]


def bare_part(lower: str, start: int, end: int) -> bool:
    """True for a sentence opening on a figure then "are" / "were": "22 are civilians", "Eight were women"."""
    words = lower[start:end].split(maxsplit=_FIGURE_WORDS + 1)[: _FIGURE_WORDS + 1]
    for k, word in enumerate(words):
        if word in _COPULAS:
            return k > 0
        if not (word[0].isdigit() or word == "and" or has_number_word(word, 0, len(word))):
            return False
    return False


def _adjacent(text: str, before: Sentence, after: Sentence) -> bool:
    return after.start >= before.end and not text[before.end : after.start].strip(" \t")


def with_part_sequels(
    text: str, lower: str, layout: tuple[list[int], int], found: list[Sentence], counts_part: PartTest
) -> list[Sentence]:
    """Add the bare next part right after each candidate that counts a part ("... of them are ...")."""
    starts, end = layout
    taken = {s.start for s in found}
    extra: list[Sentence] = []
    for sentence in found:
        following = bisect_right(starts, sentence.end)
        if following == len(starts) or starts[following] in taken or not counts_part(lower, sentence.start, end):
            continue
        after = sentence_at(text, starts, starts[following], end)
        if _adjacent(text, sentence, after) and bare_part(lower, after.start, after.end):
            extra.append(after)
    return sorted(found + extra, key=lambda s: s.start) if extra else found


def continues_part(text: str, lower: str, readings: list[Reading], sentence: Sentence, counts_part: PartTest) -> bool:
    """True when `sentence` is a bare part right after a reading that counted a part of the same people."""
    if not readings or not bare_part(lower, sentence.start, sentence.end):
        return False
    before = readings[-1].sentence
    return _adjacent(text, before, sentence) and counts_part(lower, before.start, before.end)
