"""Day headings of a live blog or diary: a line "SATURDAY 24 MAY" opens the day's part of the page.

Everything up to the next such heading was written on that day: its undated handovers took place that day,
and its "yesterday", "today" and "tonight" count from that day, not from the page's (latest) date. An entry's
heading may end in its clock time ("Friday 12 May, 16:40"): the time dates nothing further.
"""

import re
from bisect import bisect_right
from datetime import date
from typing import Final

from services.extractor.rules.dates import find_dates
from services.extractor.rules.numberheadings import heading_line
from services.extractor.rules.reference import resolve
from services.extractor.rules.sections import Section
from services.extractor.rules.tokens import tokenize

_DAY_KINDS: Final = frozenset({"explicit", "weekday"})
_HEADING_CHARS: Final = 40  # "WEDNESDAY, 21 SEPTEMBER 2025, 14:20 GMT" at most
_CLOCK: Final = re.compile(r"\d{1,2}[:.]\d{2}")  # an entry's time after its day: "14:20", "9.05"
_CLOCK_TAILS: Final = frozenset({"am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk"})
_MAX_LINES: Final = 200_000  # a page of more lines is no blog to section (and would cost too much)


def _heading_day(line: str, reference: date) -> date | None:
    """The day a line names when it is nothing but a day ("SATURDAY 24 MAY", "Sunday, 25 May 2025")."""
    line = heading_line(line) or ""  # "2 October 2025", "12 September 2026 (today)" (`numberheadings`)
    if not line or len(line) > _HEADING_CHARS or line.endswith((".", ":")):
        return None
    tokens = _without_clock([t for t in tokenize(line) if t != ","])
    mentions = find_dates(tokens)
    if len(mentions) != 1 or mentions[0].first != 0 or mentions[0].last != len(tokens) - 1:
        return None
    if mentions[0].kind not in _DAY_KINDS:
        return None
    return resolve(mentions[0], reference, reference)


def _without_clock(tokens: list[str]) -> list[str]:
    """The heading's tokens without a trailing clock time ("14:20", "9.05 am", "16:40 GMT")."""
    end = len(tokens)
    while end > 1 and tokens[end - 1].lower() in _CLOCK_TAILS:
        end -= 1
    if end > 1 and _CLOCK.fullmatch(tokens[end - 1]):
        return tokens[:end - 1]
    return tokens


def day_headings(text: str, end: int, reference: date) -> list[Section]:
    """The parts of text[:end] under two or more day headings, each with its day (one heading is a title)."""
    found: list[tuple[int, date]] = []
    start = 0
    for _ in range(_MAX_LINES):
        stop = text.find("\n", start, end)
        line_end = end if stop == -1 else stop
        day = _heading_day(text[start:line_end].strip(), reference)
        if day is not None:
            found.append((line_end, day))
        if stop == -1:
            break
        start = stop + 1
    if len(found) < 2:
        return []
    return [Section(at, found[k + 1][0] if k + 1 < len(found) else end, day) for k, (at, day) in enumerate(found)]


def heading_day(sections: list[Section], position: int) -> date | None:
    """The day of the heading above text offset `position`, if any."""
    k = bisect_right([s.start for s in sections], position) - 1
    return sections[k].day if k >= 0 and position < sections[k].end else None
