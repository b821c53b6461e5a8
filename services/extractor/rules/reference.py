"""The reference day of an article: its header date, else inferred from its own dates, else arrival.

A headerless article saying "on Saturday" and "on May 24" is read in the
year in which May 24 falls on a Saturday (the latest such year up to its
arrival), so that an article received in 2026 about May 2025 keeps its days.
"""

from datetime import date

from services.extractor.rules.dates import DateMention, calendar_day

YEARS_BACK = 6


def infer_reference(mentions: list[DateMention], received: date) -> date:
    """Return the latest explicit date of the text, its year chosen to agree with the weekdays named."""
    explicit = [m for m in mentions if m.kind == "explicit"]
    weekdays = {m.weekday for m in mentions if m.kind == "weekday"}
    full = [d for m in explicit if m.year is not None
            for d in [calendar_day(m.year, m.month, m.day)] if d is not None and d <= received]
    if full:
        return max(full)
    partial = [(m.month, m.day) for m in explicit if m.year is None]
    best: tuple[tuple[bool, int, int], date] | None = None
    for year in range(received.year, received.year - YEARS_BACK, -1):
        days = [d for month, day in partial for d in [calendar_day(year, month, day)] if d is not None and d <= received]
        if not days:
            continue
        latest = max(days)
        score = (latest.weekday() in weekdays, sum(d.weekday() in weekdays for d in days), year)
        if best is None or score > best[0]:
            best = (score, latest)
    return best[1] if best is not None else received
