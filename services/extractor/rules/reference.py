"""The reference day of an article: its header date, else inferred from its own dates, else arrival.

A headerless article saying "on Saturday" and "on May 24" is read in the
year in which May 24 falls on a Saturday (the latest such year up to its
arrival), so that an article received in 2026 about May 2025 keeps its days.
"""

from datetime import date

from services.extractor.rules.dates import DateMention, calendar_day

YEARS_BACK = 6


def infer_reference(mentions: list[DateMention], received: date) -> date:
    """Return the first explicit date of the exchange sentences, in a year that agrees with the weekdays named.

    The first date is the lead's, the story's own day; later ones are often background. Without a year, the
    year is the latest (up to arrival) in which that date falls on a weekday the text names, else the latest.
    """
    explicit = [m for m in mentions if m.kind == "explicit"]
    if not explicit:
        return received
    weekdays = {m.weekday for m in mentions if m.kind == "weekday"}
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
