"""'Moscow got 84 of its own people back in return': the reply answers the other side's people counted earlier.

"In return" asserts a swap whose other half the story has told already. When a sentence counts one side's people
got back in return and no sentence read counts the other side, the first sentence of the story that counts the
other side's people by nationality is that half, even paragraphs earlier and told without a handover word
("Shortly after dawn, 62 Ukrainians were crossing the bridge at the checkpoint"); the sentences right after it that
break those people down ("Twenty of them were soldiers. The other 42 were civilians.") come with it.
(`partners` reads the sentence just before a reply that opens on "In return,".)
"""

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from typing import Final

from schemas import Authority
from services.extractor.rules.candidates import counts_part
from services.extractor.rules.findings import read_sentence
from services.extractor.rules.lexicon import OTHER, Side
from services.extractor.rules.model import Reading
from services.extractor.rules.sentences import sentence_at
from services.extractor.rules.sides import STRONG
from services.extractor.rules.surroundings import Context

_REPLY: Final = re.compile(r"\bin (?:return|exchange)\b(?! for)")
_REST: Final = ("the other ", "the rest ", "the remaining ")  # "The other 42 were civilians"
_SIDES: Final[dict[str, Side]] = {"ukraine": "ukraine", "russia": "russia"}


def _reply_side(lower: str, reading: Reading) -> Side | None:
    sides = {f.side for f in reading.findings}
    if len(sides) != 1 or not sides <= _SIDES.keys():
        return None
    return _SIDES[sides.pop()] if _REPLY.search(lower, reading.sentence.start, reading.sentence.end) else None


def _half(text: str, lower: str, layout: tuple[list[int], int], before: int, context: Context) -> list[Reading]:
    """The first sentence before offset `before` counting `context.group`'s people outright, with its parts."""
    starts, end = layout
    side = context.group
    for k in range(bisect_right(starts, before) - 1):
        found = read_sentence(0, sentence_at(text, starts, starts[k], end), context)
        if not any(f.side == side and f.strength == STRONG for f in found.findings):
            continue
        half = [replace(found, findings=tuple(f for f in found.findings if f.side == side))]
        for j in range(k + 1, bisect_right(starts, before) - 1):
            if not (counts_part(lower, starts[j], end) or lower.startswith(_REST, starts[j], end)):
                break
            part = read_sentence(0, sentence_at(text, starts, starts[j], end), context)
            if not part.findings or any(f.side != side for f in part.findings):
                break
            half.append(part)
        return half
    return []


def with_far_partners(text: str, lower: str, layout: tuple[list[int], int], readings: list[Reading],
                      reference: date) -> list[Reading]:
    """Insert, before the first "... back in return" reading, the other side's half the story told before it."""
    counted = {f.side for r in readings for f in r.findings}
    for at, reading in enumerate(readings):
        side = _reply_side(lower, reading)
        if side is None:
            continue
        other = OTHER[side]
        if other in counted:
            return readings
        context = Context(reference, reference, Authority.PRESS, other)
        half = _half(text, lower, layout, reading.sentence.start, context)
        first_index = max(r.index for r in readings) + 1
        numbered = [replace(r, index=first_index + k) for k, r in enumerate(half)]
        return readings[:at] + numbered + readings[at:]
    return readings
