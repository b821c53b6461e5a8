"""A sentence naming an exchange by its day dates the undated figures of the sentence right after it.

"The swap on October 22 was the latest example. Ukraine said it received 190 people": the second sentence goes
on about the swap the first one dated, so its figures are of that day, not of the day the piece was published.
Only a figure-less sentence of the same paragraph names the swap, and one it calls an earlier swap ("the
previous swap on 3 May") dates nothing of the story's own.
"""

import re
from dataclasses import replace
from typing import Final

from schemas import StageKind
from services.extractor.rules.model import Reading

_NAMED_DAY: Final = re.compile(r"\b(?:exchange|swap|handover|prisoner swap|prisoner exchange) (?:on|of) ")
_EARLIER: Final = re.compile(r"\b(?:previous|prior|earlier|preceding|last|first)\b")


def continues_named_day(text: str, previous: Reading, reading: Reading) -> Reading:
    """Give the undated figures of `reading` the day of the exchange `previous` (the sentence before) names."""
    if previous.findings or previous.day is None or reading.day is not None or reading.period is not None:
        return reading
    if any(f.day is not None for f in reading.findings):
        return reading
    between = text[previous.sentence.end : reading.sentence.start]
    lower = previous.sentence.text.lower()
    if between.strip() or "\n" in between or _NAMED_DAY.search(lower) is None or _EARLIER.search(lower):
        return reading
    day = previous.day
    findings = tuple(f if f.kind == StageKind.AGREEMENT else f._replace(day=day) for f in reading.findings)
    return replace(reading, findings=findings, day=day)
