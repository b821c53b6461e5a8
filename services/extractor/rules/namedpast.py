"""A sentence naming a past exchange by its month or year dates the undated figures of the sentence after it.

"The March 2021 swap is the one people remember. Kyiv got back 90 of its people and handed over 70": the second
sentence goes on about the exchange the first one named, so its figures are of that month, background in a
story of a later swap, however plainly they are told.
"""

import re
from dataclasses import replace
from datetime import date
from typing import Final

from services.extractor.rules.date_words import DateMention
from services.extractor.rules.model import Reading
from services.extractor.rules.surroundings import period

_MONTHS: Final = "january|february|march|april|may|june|july|august|september|october|november|december"
_EXCHANGE: Final = r"(?:exchange|swap|round|handover|prisoner swap|prisoner exchange)s?"
_NAMED_PAST: Final = re.compile(
    rf"\b(?:(?:{_MONTHS}) )?(?:19|20)\d\d {_EXCHANGE}\b|\b{_EXCHANGE} (?:of|in) (?:(?:early|late|mid) )?"
    rf"(?:(?:{_MONTHS}) )?(?:19|20)\d\d\b"
)


def continues_named_past(
    text: str, previous: Reading, dates: list[DateMention], reading: Reading, reference: date
) -> Reading:
    """Give `reading` the month or year of the exchange `previous` (the sentence right before it) names by it.

    `dates` are the date mentions of the previous sentence. Only a figure-less sentence of the same paragraph
    names the exchange, and only a reading with no day or period of its own takes it. A swap named by the
    story's own month or year ("the first 2025 swap", in 2025) may be the story's own: it dates nothing.
    """
    if previous.findings or reading.day is not None or reading.period is not None:
        return reading
    between = text[previous.sentence.end : reading.sentence.start]
    if between.strip() or "\n" in between or _NAMED_PAST.search(previous.sentence.text.lower()) is None:
        return reading
    named = period(dates)
    if named is None or named[0] in (None, reference.year) and named[1] in (0, reference.month):
        return reading
    return replace(reading, period=named)
