"""A fact box's date line dates its list: "- Date of the exchange: Tuesday, 4 March" over "- Ukrainians freed: 41".

The lines of a bulleted box name no day of their own, and the prose above may name only a vague one ("at the
weekend"); the box's own date line says when the exchange it sums up took place (`factbox.box_date_line`).
"""

from dataclasses import replace
from datetime import date

from services.extractor.rules.dates import find_dates
from services.extractor.rules.factbox import box_date_line
from services.extractor.rules.model import Reading
from services.extractor.rules.reference import resolve
from services.extractor.rules.tokens import tokenize

_DATED: frozenset[str] = frozenset({"explicit", "weekday"})


def _box_day(written: str, reference: date) -> date | None:
    mentions = [m for m in find_dates(tokenize(written)) if m.kind in _DATED]
    explicit = [m for m in mentions if m.kind == "explicit"] or mentions  # "Saturday, 29 October": the date
    return resolve(explicit[0], reference, reference) if explicit else None


def boxed_days(text: str, readings: list[Reading], reference: date) -> list[Reading]:
    """Date the undated findings of fact-box lines by the box's date line."""
    out: list[Reading] = []
    for reading in readings:
        if reading.findings and reading.day is None and all(f.day is None for f in reading.findings):
            written = box_date_line(text, reading.sentence.start)
            day = _box_day(written, reference) if written is not None else None
            if day is not None:
                reading = replace(reading, findings=tuple(f._replace(day=day) for f in reading.findings), day=day)
        out.append(reading)
    return out
