"""Parts that add up to a raised total: "Besides the 205 servicemen, 25 civilians were freed, bringing the number
of Ukrainians returned to 230".

A sentence that raises a side's count to a figure (`numberof`) often names the parts it sums up, with no side of
their own, or one of them as an addition. When a soldiers' and a civilians' figure of the sentence add up to the
raised total exactly, they are its make-up, for the nationals it names; and with at most one day named, the
total is that day's handover, not a running one, and nothing in it is on top of it.
"""

from dataclasses import replace
from typing import Final

from schemas import StageKind
from services.extractor.rules.date_words import DateMention
from services.extractor.rules.mentions import find_mentions
from services.extractor.rules.model import Finding, Reading
from services.extractor.rules.numberof import counted_nationals
from services.extractor.rules.numbers import find_quantities

_PARTS: Final = ("military", "civilian")


def raised_parts(tokens: list[str], dates: list[DateMention], reading: Reading) -> Reading:
    """`reading` with a raised total broken down by the two parts of the sentence that add up to it."""
    if len(dates) > 1 or len(reading.findings) != 1 or reading.findings[0].field != "total":
        return reading
    total = reading.findings[0]
    quantities = find_quantities(tokens)
    raised = [q for q in quantities if q.value == total.value and counted_nationals(tokens, q.first) == total.side]
    if len(raised) != 1:
        return reading
    parts: dict[str, int] = {}
    for mention in find_mentions(tokens, quantities):
        if mention.category in _PARTS and mention.nationality in {None, total.side}:
            if mention.category in parts:
                return reading  # two figures of one part: not a plain make-up
            parts[mention.category] = mention.quantity.value
    if len(parts) != len(_PARTS) or sum(parts.values()) != total.value:
        return reading
    whole = total._replace(kind=StageKind.STAGE, additive=False)
    findings = (whole,) + tuple(Finding(StageKind.STAGE, total.side, field, value, False, total.strength,
                                        day=total.day) for field, value in parts.items())
    return replace(reading, findings=findings)
