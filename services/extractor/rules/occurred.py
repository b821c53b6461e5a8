"""The day a statement was made is not the day of the exchange the story names on its own.

"Ukraine has brought home 144 servicemen, officials said on Thursday. The exchange took place on Wednesday.":
a sentence whose only day is that of a statement takes, as a last resort, the statement's day; a nearby
sentence that says when the exchange itself happened ("The swap took place on Wednesday") dates it better.
"""

from bisect import bisect_right
from dataclasses import replace
from datetime import date
from typing import Final

from services.extractor.rules.candidates import bounded
from services.extractor.rules.dates import find_dates
from services.extractor.rules.model import Reading
from services.extractor.rules.priorswap import tells_earlier_swap
from services.extractor.rules.reference import resolve
from services.extractor.rules.sentences import sentence_at
from services.extractor.rules.tokens import tokenize

_EXCHANGE_NOUNS: Final = frozenset({"exchange", "swap", "handover", "trade"})
_HAPPENED: Final = (("took", "place"), ("happened",), ("was", "carried", "out"), ("was", "held"), ("was", "completed"))
_REACH: Final = 2  # sentences after (then before) the figure's
_DAY_REACH: Final = 3  # "took place on Wednesday", "took place early on Wednesday"
_NOUN_REACH: Final = 4  # "The exchange itself took place", "The swap of prisoners took place"
_DATED: Final = frozenset({"explicit", "weekday", "today", "ago"})
EVENT_DATES: Final = _DATED | {"narrative", "since"}  # a sentence with one of these is dated by it


def _subject(tokens: list[str], k: int) -> list[str]:
    """The few words before position `k`, an aside set off by commas skipped ("The swap, the first since May,")."""
    if k > 0 and tokens[k - 1] == ",":
        opening = next((j for j in range(k - 2, -1, -1) if tokens[j] == ","), -1)
        if opening > 0:
            return tokens[max(opening - _NOUN_REACH, 0) : opening]
    return tokens[max(k - _NOUN_REACH, 0) : k]


def _verb_end(tokens: list[str]) -> int:
    """The last token of "<exchange> ... took place" (or "happened", "was held", "was completed"), else -1."""
    for k, word in enumerate(tokens):
        for verb in _HAPPENED:
            if word == verb[0] and tuple(tokens[k : k + len(verb)]) == verb and not _EXCHANGE_NOUNS.isdisjoint(
                _subject(tokens, k)
            ):
                return k + len(verb) - 1
    return -1


def _occurrence_day(sentence: str, reference: date) -> date | None:
    """The day a sentence says the exchange happened on, right after the verb ("The exchange took place on
    Wednesday"), if any: "... once the exchange was completed" after "On Friday, the minister said" is none."""
    tokens = tokenize(sentence)
    if _EXCHANGE_NOUNS.isdisjoint(tokens) or tells_earlier_swap(tokens):
        return None
    verb = _verb_end(tokens)
    if verb == -1:
        return None
    for mention in find_dates(tokens):
        if mention.kind in _DATED and verb < mention.first <= verb + _DAY_REACH:
            return resolve(mention, reference, reference)
    return None


def occurred_on(
    text: str, starts: list[int], end: int, reading: Reading, stated_only: bool, reference: date
) -> Reading:
    """Re-date the findings of a sentence dated only by a statement to the day a neighbour gives the exchange."""
    if not stated_only or not reading.findings:
        return reading
    at = bisect_right(starts, reading.sentence.start) - 1
    order = [at + k for k in range(1, _REACH + 1)] + [at - k for k in range(1, _REACH + 1)]
    for k in order:
        if not 0 <= k < len(starts) or starts[k] >= end:
            continue
        sentence = bounded(text, sentence_at(text, starts, starts[k], end), starts[k])
        day = _occurrence_day(sentence.text, reference)
        if day is not None:
            return replace(reading, findings=tuple(f._replace(day=day) if f.day is not None else f
                                                   for f in reading.findings), day=day)
    return reading
