"""The timestamped entries of a one-day live blog are of the page's day.

A page whose paragraphs open with a clock time ("09:10 Sirens in Kharkiv ...", "14:25 The ministry says 60
soldiers are back") is a live blog written through its day: an undated handover in an entry happened that day.
A recap entry's "yesterday" dates only its own figures; it must not pull the later entries back a day. Pages
with day headings ("SATURDAY 24 MAY") are dated by those instead (`dayheadings`).
"""

import re
from datetime import date
from typing import Final

from services.extractor.rules.sections import Section

_ENTRY: Final = re.compile(r"(?m)^[ \t]*\d{1,2}[:.]\d{2} +(?=[A-Z\"“'‘])")
MIN_ENTRIES: Final = 3  # one or two clock times may be a schedule; three entries make a blog


def clock_entries(text: str, end: int, reference: date) -> list[Section]:
    """The entries of text[:end] that open with a clock time, each dated `reference` (none if too few)."""
    starts = [match.start() for match in _ENTRY.finditer(text, 0, end)]
    if len(starts) < MIN_ENTRIES:
        return []
    return [Section(at, starts[k + 1] if k + 1 < len(starts) else end, reference) for k, at in enumerate(starts)]
