"""Calendar days: the reference day of an article, and the day each date expression denotes.

The reference day is the header date, else one inferred from the text's own dates, else the arrival day.

A headerless article saying "on Saturday" and "on May 24" is read in the
year in which May 24 falls on a Saturday (the latest such year up to its
arrival), so that an article received in 2026 about May 2025 keeps its days.
"""

from datetime import date, timedelta
from typing import Final

from services.extractor.rules.date_words import DateMention
from services.extractor.rules.dates import find_dates
from services.extractor.rules.feasts import EASTER_KINDS, easter_day
from services.extractor.rules.tokens import tokenize

YEARS_BACK: Final = 6
OPENING_LINES: Final = 3  # headline, dated heading or label, dateline: where a page states its own date
OPENING_CHARS: Final = 400


def opening_dates(text: str) -> list[DateMention]:
    """Full dates (day, month and year) in the opening lines of a text, as datelines.

    A headerless page dates itself near the top: a dated heading ("Wednesday 31 January 2024"), a
    translator's or editor's note ("... posted on 31 May 2024"), a dateline. That date is the page's own,
    before any the exchange sentences name. Only the first few short lines are tokenized; blank lines are
    paragraph breaks, not lines ("PRESS RELEASE", blank, "Kyiv, 30 December 2024": the third line is the dateline).
    """
    found: list[DateMention] = []
    for line in [line for line in text[:OPENING_CHARS].split("\n") if line][:OPENING_LINES]:
        if not any(char.isdigit() for char in line):
            continue
        found += [m._replace(kind="dateline") for m in find_dates(tokenize(line))
                  if m.kind in {"explicit", "dateline"} and m.year is not None and m.month]
    return found


def infer_reference(mentions: list[DateMention], received: date) -> date:
    """Return the first explicit date of the exchange sentences, in a year that agrees with the weekdays named.

    The first date is the lead's, the story's own day; later ones are often background. Without a year, the
    year is the latest (up to arrival) in which that date falls on a weekday the text names, else the latest.
    """
    datelines = [m for m in mentions if m.kind == "dateline" and m.month]  # "KYIV, Wednesday 8 March 2023 —"
    explicit = datelines or [m for m in mentions if m.kind == "explicit"]
    if not explicit:
        return received
    weekdays = {m.weekday for m in mentions if m.kind in {"weekday", "explicit"} and m.weekday >= 0}
    first = explicit[0]
    if first.year is not None:
        day = calendar_day(first.year, first.month, first.day)
        return day if day is not None and day <= received else received
    best: tuple[tuple[bool, int], date] | None = None
    for year in range(received.year, received.year - YEARS_BACK, -1):
        day = calendar_day(year, first.month, first.day)
        if day is None or day > received:
            continue
        score = (day.weekday() in weekdays, year)
        if best is None or score > best[0]:
            best = (score, day)
    return best[1] if best is not None else received


def calendar_day(year: int, month: int, day: int) -> date | None:
    """Return the date, or None when it does not exist (31 June)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve(mention: DateMention, reference: date, narrative: date) -> date | None:
    """Return the day `mention` denotes, or None for plans, coarse periods and ignored stamps."""
    if mention.kind in {"since", "stated"}:
        named = "weekday" if mention.weekday >= 0 and not mention.month else "explicit"  # "Sunday, 5 Jan": the date
        mention = DateMention(named, mention.first, mention.last, mention.month, mention.day, mention.year,
                              mention.weekday)
    if mention.kind == "explicit":
        if mention.year is not None:
            return calendar_day(mention.year, mention.month, mention.day)
        day = calendar_day(reference.year, mention.month, mention.day)
        if day is not None and day > reference + timedelta(days=7):
            day = calendar_day(reference.year - 1, mention.month, mention.day)
        return day
    if mention.kind == "weekday":
        return reference - timedelta(days=(reference.weekday() - mention.weekday) % 7)
    if mention.kind == "today":
        return reference
    if mention.kind == "ago":
        return reference - timedelta(days=mention.offset)
    if mention.kind == "narrative":
        return narrative + timedelta(days=mention.offset)
    if mention.kind in EASTER_KINDS:
        return easter_day(mention.kind, mention.offset, reference)
    return None
