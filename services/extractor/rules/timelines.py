"""A chronology of past exchanges: only the entry for the day the story reports as news counts.

An explainer or a backgrounder often lists the exchanges of the war one paragraph each, every paragraph opening
on its day and a dash ("12 April — 40 for 40, the first swap of the spring."), under year headings. Such entries
recount exchanges long reported; the page's news is what its own prose, outside the list, says happened. So in
a list of three or more such entries, an entry keeps its figures only when it is dated a day the rest of the
story reports figures for in the week before the page (a day it recalls from months ago is no news); every
other entry, and any undated paragraph between entries ("A quiet year: about 300 freed in all."), is background.
"""

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from services.extractor.rules.dates import find_dates
from services.extractor.rules.model import Reading
from services.extractor.rules.reference import resolve
from services.extractor.rules.tokens import tokenize

_ENTRY: Final = re.compile(
    r"(?m)^[ \t]*((?:\d{1,2}(?:[-–]\d{1,2})? [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}(?:[-–]\d{1,2})?)"
    r"(?:[-–][A-Z][a-z]+)?(?:,? \d{4})?) +[—–-] +(?=\S)"
)
MIN_ENTRIES: Final = 3  # one or two dated paragraphs may be a story's own; three make a list
NEWS_REACH_DAYS: Final = 7  # a day the prose recalls from further back is no news of the page


def _entry_day(opening: str, reference: date) -> date | None:
    mentions = find_dates(tokenize(opening))
    return resolve(mentions[0], reference, reference) if len(mentions) == 1 else None


def _paragraph_end(text: str, at: int, end: int) -> int:
    stop = text.find("\n\n", at, end)
    return end if stop == -1 else stop


def timeline_entries(text: str, end: int, reference: date, readings: list[Reading]) -> list[Reading]:
    """`readings` with the figures of a chronology's entries dropped, but those dated a day the prose reports."""
    entries = [(m.start(), _paragraph_end(text, m.start(), end), _entry_day(m.group(1), reference))
               for m in _ENTRY.finditer(text, 0, end)]
    if sum(day is not None for _, _, day in entries) < MIN_ENTRIES:
        return readings
    first, last = entries[0][0], entries[-1][1]
    news = {f.day or reference for r in readings if not first <= r.sentence.start < last for f in r.findings}
    news = {day for day in news if day >= reference - timedelta(days=NEWS_REACH_DAYS)}
    kept: list[Reading] = []
    for reading in readings:
        at = reading.sentence.start
        if reading.findings and first <= at < last and not any(
                lo <= at < hi and day in news for lo, hi, day in entries):
            reading = replace(reading, findings=())
        kept.append(reading)
    return kept
