"""Figures that size a whole exchange or its unfinished rest, not the handover a sentence reports.

"Each side freed 60 on Monday, the first part of an exchange of 200 per side": the figure after "part of an
exchange of" is the whole deal's size, an agreement. "The remaining 140 on each side are expected to be handed
over on Friday": the rest of a deal still to come is a plan, not people already freed. "The swap was carried
out over two days, May 3 and 4. Kyiv got back 200; Moscow 200": with no day of their own, figures told right
after a sentence spreading the exchange over several days are the totals of those days, not one day's handover.
"""

import re
from dataclasses import replace
from typing import Final

from schemas import StageKind
from services.extractor.rules.model import Reading
from services.extractor.rules.sentences import Sentence

_WHOLE: Final = re.compile(
    r"\b(?:part|stage|phase|round|leg|half) of (?:an?|the) (?:[a-z-]+ )?(?:exchange|swap|deal) of "
    r"(?:some |about |around |up to )?(\d[\d,]*)\b"
)
_REST: Final = re.compile(
    r"\bthe (?:remaining|outstanding) (\d[\d,]*)\b[^.;]{0,80}?\b(?:are|were|is|was) (?:expected|due|set|"
    r"scheduled|slated|supposed|to be)\b"
)
_CUES: Final = (" of ", " remaining ", " outstanding ")
_SPREAD: Final = re.compile(
    r"\b(?:on|over|across|during|in) (?:two|three|four|five|several|\d) (?:separate |consecutive )?days\b"
)


def _values(pattern: "re.Pattern[str]", text: str) -> set[int]:
    return {int(m.group(1).replace(",", "")) for m in pattern.finditer(text)}


def sized_wholes(lower: str, sentence: Sentence, reading: Reading) -> Reading:
    """The whole exchange's size becomes an agreement; the rest still expected is dropped."""
    if not reading.findings or not any(word in sentence.text for word in _CUES):
        return reading
    text = lower[sentence.start : sentence.end]
    whole, rest = _values(_WHOLE, text), _values(_REST, text)
    if not whole and not rest:
        return reading
    kept = tuple(
        f._replace(kind=StageKind.AGREEMENT) if f.value in whole and f.kind == StageKind.STAGE else f
        for f in reading.findings if not (f.value in rest and f.kind == StageKind.STAGE))
    return replace(reading, findings=kept)


def spread_totals(text: str, lower: str, readings: list[Reading], sentence: Sentence, reading: Reading,
                  dated: bool) -> Reading:
    """No stage figures in an undated sentence right after one spreading the exchange over several days."""
    if dated or not readings or not reading.findings:
        return reading
    previous = readings[-1].sentence
    if text[previous.end : sentence.start].strip() or not _SPREAD.search(lower, previous.start, previous.end):
        return reading
    return replace(reading, findings=tuple(f for f in reading.findings if f.kind != StageKind.STAGE))
