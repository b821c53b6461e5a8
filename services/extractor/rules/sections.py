"""Labelled paragraphs, found once per article from the few colons of the text (no regex pass).

- Day-by-day recaps: a paragraph opening "Friday: ..." dates the undated handovers it goes on to count; a
  colon whose paragraph starts with nothing but a day ("Friday:", "May 23:") opens a section that ends with
  the paragraph.
- Fact checks: a paragraph labelled "CLAIM:" quotes what is being checked, not what happened.
"""

from dataclasses import replace
from datetime import date
from typing import Final, NamedTuple

from schemas import StageKind
from services.extractor.rules.dates import find_dates
from services.extractor.rules.model import Reading
from services.extractor.rules.reference import resolve
from services.extractor.rules.tokens import tokenize

HEADER_CHARS: Final = 24  # "Wednesday, May 21:" at most


class Section(NamedTuple):
    """[start, end) offsets of a paragraph headed by a day, and that day."""

    start: int
    end: int
    day: date


def day_sections(text: str, end: int, reference: date) -> list[Section]:
    """The paragraphs of text[:end] that open with a day and a colon, in order."""
    found: list[Section] = []
    colon = text.find(":", 0, end)
    while colon != -1:
        start = text.rfind("\n", 0, colon) + 1
        if colon - start <= HEADER_CHARS:
            day = _header_day(text[start:colon], reference)
            if day is not None:
                stop = text.find("\n", colon, end)
                found.append(Section(start, end if stop == -1 else stop, day))
        colon = text.find(":", colon + 1, end)
    return found


def _header_day(header: str, reference: date) -> date | None:
    """The day a header names when it names nothing else ("Friday", not "Friday's talks")."""
    tokens = [t for t in tokenize(header) if t != ","]
    mentions = find_dates(tokens)
    if len(mentions) != 1 or mentions[0].first != 0 or mentions[0].last != len(tokens) - 1:
        return None
    return resolve(mentions[0], reference, reference)


def sectioned(reading: Reading, sections: list[Section]) -> Reading:
    """An undated handover under a "Friday:" paragraph header took place that day."""
    if not sections or reading.period is not None or all(
        f.day is not None or f.kind == StageKind.AGREEMENT for f in reading.findings
    ):
        return reading
    day = section_day(sections, reading.sentence.start)
    if day is None:
        return reading
    findings = tuple(f if f.day is not None or f.kind == StageKind.AGREEMENT else f._replace(day=day)
                     for f in reading.findings)
    return replace(reading, findings=findings, day=reading.day or day)


def section_day(sections: list[Section], position: int) -> date | None:
    """The day of the section holding text offset `position`, if any."""
    for section in sections:
        if section.start <= position < section.end:
            return section.day
    return None


_CLAIM_LABELS: Final = frozenset({"claim", "the claim", "claims"})


def claim_paragraphs(text: str, lower: str, end: int) -> list[tuple[int, int]]:
    """[start, end) offsets of the paragraphs a fact check labels "CLAIM:" (the claim it goes on to rate)."""
    found: list[tuple[int, int]] = []
    colon = lower.find("claim:", 0, end)
    while colon != -1:
        start = text.rfind("\n", 0, colon) + 1
        if lower[start : colon + len("claim")].strip() in _CLAIM_LABELS:
            stop = text.find("\n", colon, end)
            found.append((start, end if stop == -1 else stop))
        colon = lower.find("claim:", colon + 1, end)
    return found
