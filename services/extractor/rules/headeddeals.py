"""A deal told under a day heading is that day's deal: "14 May 2025" over "The 500-for-500 exchange agreed ...".

Day headings date the undated handovers of their part (`dayheadings`), but a deal is filed under the story's own
day whatever day it names. Giving it its heading's day lets a deal recalled under a heading of long ago go stale
like one dated in its own sentence; a deal under a recent heading is still the story's.
"""

from dataclasses import replace

from schemas import StageKind
from services.extractor.rules.dayheadings import heading_day
from services.extractor.rules.model import Reading
from services.extractor.rules.sections import Section


def headed_deals(reading: Reading, headings: list[Section]) -> Reading:
    """`reading` with its undated agreements dated by the day heading above it."""
    if not any(f.kind == StageKind.AGREEMENT and f.day is None for f in reading.findings):
        return reading
    day = heading_day(headings, reading.sentence.start)
    if day is None:
        return reading
    findings = tuple(f._replace(day=day) if f.kind == StageKind.AGREEMENT and f.day is None else f
                     for f in reading.findings)
    return replace(reading, findings=findings)
