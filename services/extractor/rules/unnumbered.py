"""A count followed by extras freed without a number: "Moscow says 120 soldiers were returned. Some seriously
wounded prisoners were also released, officials said, without giving a number."

The sentence after the count, in the same paragraph, says that wounded or civilians were freed on top and gives
no figure for them; the count is then the swap's own part only, a lower bound of what the side received, and is
read like "at least 120" so that a receiving government's fuller exact figure wins over it.
"""

from bisect import bisect_right
from dataclasses import replace
from typing import Final

from services.extractor.rules.extras import additive_position
from services.extractor.rules.lexicon import CIVILIAN_HEADS, EXCHANGE_STEMS, NUMBER_WORDS, WOUNDED_HEADS
from services.extractor.rules.model import Reading
from services.extractor.rules.tokens import is_figure, phrase, tokenize

_EXTRAS: Final = WOUNDED_HEADS | CIVILIAN_HEADS
_MAX_SENTENCE: Final = 400  # characters: the remark is one short sentence


def _unnumbered_extras(sentence: str) -> bool:
    """True for a sentence saying wounded or civilians were also freed, with no figure for them."""
    tokens = tokenize(sentence.lower())
    if any(is_figure(t) or t in NUMBER_WORDS for t in tokens) or _EXTRAS.isdisjoint(tokens):
        return False
    text = phrase(tokens, 0, len(tokens))
    if " also " not in text and additive_position(text) is None:
        return False
    return any(t.startswith(EXCHANGE_STEMS) for t in tokens)


def lower_bounds(text: str, starts: list[int], end: int, readings: list[Reading]) -> list[Reading]:
    """Mark as approximate the figures of a sentence followed by unnumbered extras in its paragraph."""
    out: list[Reading] = []
    for reading in readings:
        if not reading.findings:
            out.append(reading)
            continue
        at = bisect_right(starts, reading.sentence.end - 1)
        stop = starts[at + 1] if at + 1 < len(starts) else end
        after = text[reading.sentence.end : min(stop, end)] if at < len(starts) else ""
        if after.strip() and "\n\n" not in after.rstrip() and len(after) < _MAX_SENTENCE and _unnumbered_extras(
                after):
            reading = replace(reading, findings=tuple(f._replace(approximate=True) for f in reading.findings))
        out.append(reading)
    return out
