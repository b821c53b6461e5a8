"""'In return, Russia received 60 of its own': the sentence just before tells the other half of the exchange.

"Last Friday, sixty Ukrainian marines stepped off the buses and into their families' arms. In return, Russia
received 60 of its own soldiers." The first sentence names no exchange, but "in return" makes
it the half the reply answers. When no sentence read already covers it, it is read as counting the other
side's people; only the figures it gives that side outright (by nationality) are kept.
"""

from bisect import bisect_right
from dataclasses import replace
from datetime import date
from typing import Final

from schemas import Authority
from services.extractor.rules.findings import read_sentence
from services.extractor.rules.lexicon import OTHER
from services.extractor.rules.model import Reading
from services.extractor.rules.sentences import Sentence
from services.extractor.rules.sides import STRONG
from services.extractor.rules.surroundings import Context

_REPLIES: Final = ("in return,", "in exchange,", "in return ", "in exchange ")


def _partner(text: str, starts: list[int], sentence: Sentence, floor: int) -> Sentence | None:
    """The sentence right before `sentence`, if it starts at or after `floor` (the end of the reading before)."""
    k = bisect_right(starts, sentence.start) - 1
    if k < 1 or starts[k] != sentence.start or starts[k - 1] < floor:
        return None
    stop = sentence.start
    while stop > starts[k - 1] and text[stop - 1].isspace():
        stop -= 1
    return Sentence(text[starts[k - 1] : stop], starts[k - 1], stop)


def with_partners(text: str, lower: str, starts: list[int], readings: list[Reading], reference: date,
                  first_index: int) -> list[Reading]:
    """Insert, before each "In return, <side> received N" reading, the other half its sentence before tells;
    new readings are numbered from `first_index` up."""
    out: list[Reading] = []
    for reading in readings:
        sides = {f.side for f in reading.findings}
        sentence = reading.sentence
        if len(sides) == 1 and sides <= {"ukraine", "russia"} and lower.startswith(_REPLIES, sentence.start):
            partner = _partner(text, starts, sentence, out[-1].sentence.end if out else 0)
            other = OTHER[sides.pop()]  # type: ignore[index]
            if partner is not None:
                context = Context(reference, reference, Authority.PRESS, other)
                found = read_sentence(first_index, partner, context)
                kept = tuple(f for f in found.findings if f.side == other and f.strength == STRONG)
                if kept:
                    out.append(replace(found, findings=kept))
                    first_index += 1
        out.append(reading)
    return out
