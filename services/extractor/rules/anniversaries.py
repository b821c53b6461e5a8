"""Anniversaries: in "Three years ago today, on 21 September 2022, ..." the "today" is no day of a handover.

"<N> years (months, weeks) ago today" marks the day of the article as the anniversary of an earlier day;
the handover it tells happened back then, so the "today" must not date it, and the undated sentences of the
same paragraph that go on telling it ("Russia received 55 servicemen") take that earlier day too.
"""

from dataclasses import replace
from typing import Final

from schemas import StageKind
from services.extractor.rules.model import Reading

_UNITS: Final = frozenset("year years month months week weeks".split())
_MARKS: Final = (" years ago today", " year ago today", " months ago today", " month ago today",
                 " weeks ago today", " years ago, today", " year ago, today")


def anniversary_today(tokens: list[str], first: int) -> bool:
    """True when the "today" at `first` follows "<N> years ago" ("a year ago today", "two years ago, today")."""
    at = first - 1
    if at >= 0 and tokens[at] == ",":
        at -= 1
    return at >= 1 and tokens[at] == "ago" and tokens[at - 1] in _UNITS


def _anniversary(lower: str, reading: Reading) -> bool:
    start, end = reading.sentence.start, reading.sentence.end
    return any(lower.find(mark, start, end) != -1 for mark in _MARKS)


def continues_anniversary(text: str, lower: str, previous: Reading, reading: Reading) -> Reading:
    """Date the undated handovers of a sentence that follows, in the same paragraph, an anniversary sentence
    whose handovers all name one day ("Three years ago today, on 21 September 2022, 215 came home. Russia
    received 55 ...": the 55 were received on that 2022 day)."""
    if not reading.findings or not previous.findings or not _anniversary(lower, previous):
        return reading
    days = {f.day for f in previous.findings}
    if len(days) != 1 or None in days or "\n" in text[previous.sentence.end : reading.sentence.start]:
        return reading
    day = days.pop()
    findings = tuple(f if f.day is not None or f.kind == StageKind.AGREEMENT else f._replace(day=day)
                     for f in reading.findings)
    return replace(reading, findings=findings)
