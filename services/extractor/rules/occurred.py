"""The day a statement was made is not the day of the exchange the story names on its own.

"Ukraine has brought home 144 servicemen, officials said on Thursday. The exchange took place on Wednesday.":
a sentence whose only day is that of a statement takes, as a last resort, the statement's day; a nearby
sentence that says when the exchange itself happened ("The swap took place on Wednesday") dates it better.
"""

from bisect import bisect_right
from dataclasses import replace
from datetime import date
from typing import Final

from services.extractor.rules.candidates import bounded
from services.extractor.rules.dates import find_dates
from services.extractor.rules.model import Reading
from services.extractor.rules.reference import resolve
from services.extractor.rules.sentences import sentence_at
from services.extractor.rules.tokens import tokenize

_EXCHANGE_NOUNS: Final = frozenset({"exchange", "swap", "handover", "trade"})
_HAPPENED: Final = (" took place ", " happened ", " was carried out ", " was held ", " was completed ")
_REACH: Final = 2  # sentences after (then before) the figure's
_DATED: Final = frozenset({"explicit", "weekday", "today", "ago"})
EVENT_DATES: Final = _DATED | {"narrative", "since"}  # a sentence with one of these is dated by it


def _occurrence_day(sentence: str, reference: date) -> date | None:
    """The one day a sentence says the exchange happened on ("The exchange took place on Wednesday"), if any."""
    tokens = tokenize(sentence)
    if _EXCHANGE_NOUNS.isdisjoint(tokens):
        return None
    padded = " " + " ".join(tokens) + " "
    if not any(verb in padded for verb in _HAPPENED):
        return None
    days = {resolve(m, reference, reference) for m in find_dates(tokens) if m.kind in _DATED}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def occurred_on(
    text: str, starts: list[int], end: int, reading: Reading, stated_only: bool, reference: date
) -> Reading:
    """Re-date the findings of a sentence dated only by a statement to the day a neighbour gives the exchange."""
    if not stated_only or not reading.findings:
        return reading
    at = bisect_right(starts, reading.sentence.start) - 1
    order = [at + k for k in range(1, _REACH + 1)] + [at - k for k in range(1, _REACH + 1)]
    for k in order:
        if not 0 <= k < len(starts) or starts[k] >= end:
            continue
        sentence = bounded(text, sentence_at(text, starts, starts[k], end), starts[k])
        day = _occurrence_day(sentence.text, reference)
        if day is not None:
            return replace(reading, findings=tuple(f._replace(day=day) if f.day is not None else f
                                                   for f in reading.findings), day=day)
    return reading
