"""The day a story's opening names for its exchange, when its figures carry no day of their own.

"Russia and Ukraine traded prisoners on Saturday. ... 150 servicemen came home": the handover's day is told once,
in the lead or in the sentences just before the first figures, and dates what follows. A day given by a
sentence about the exchange outranks one given only by a heading or a greeting (`exchangelead`).
"""

from bisect import bisect_right
from datetime import date
from typing import Final

from services.extractor.rules.candidates import bounded
from services.extractor.rules.exchangelead import SPAN_STARTS, about_exchange
from services.extractor.rules.parsing import Parsed, parse
from services.extractor.rules.reference import resolve
from services.extractor.rules.sentences import Sentence, sentence_at

LEAD_SENTENCES: Final = 4


def _first_day(
    text: str, starts: list[int], end: int, reference: date, positions: list[int],
    known: dict[tuple[int, int], Parsed] | None, told: bool = False,
) -> date | None:
    """The first day named in the sentences at `positions`; `known` holds sentences already parsed, by offsets.
    `told`: only a day a sentence about the exchange gives it, not the start of a span (`exchangelead`)."""
    for position in about_exchange(text, starts, end, positions) if told else positions:
        sentence = bounded(text, sentence_at(text, starts, position, end), position)
        parsed = (known or {}).get((sentence.start, sentence.end)) or parse(sentence)
        for mention in parsed.dates:
            day = None if told and mention.kind in SPAN_STARTS else resolve(mention, reference, reference)
            if day is not None:
                return day
    return None


BRIDGE_SENTENCES: Final = 2


BRIDGED_FIGURES: Final = 3  # only the first few sentences that count a handover look back for a day


def lead_day(
    text: str, starts: list[int], end: int, reference: date, figures: list[int] | None = None,
    known: dict[tuple[int, int], Parsed] | None = None,
) -> date | None:
    """The first day the story names in its opening sentences ("... traded prisoners on Saturday").

    Else a day named in the one or two sentences just before one of the first handovers it counts ("That logic
    was on display again on Wednesday. Ukraine brought home 150 servicemen ..."). A day named by sentences
    about the exchange comes before one named only by a heading or a greeting (`exchangelead`).
    """
    lead = starts[:LEAD_SENTENCES]
    day = _first_day(text, starts, end, reference, lead, known, True)
    day = day or _bridged_day(text, starts, end, reference, figures or [], known, True)  # before a heading's day
    return day or _first_day(text, starts, end, reference, lead, known) or _bridged_day(
        text, starts, end, reference, figures or [], known, False)


def _bridged_day(
    text: str, starts: list[int], end: int, reference: date, figures: list[int],
    known: dict[tuple[int, int], Parsed] | None, told: bool,
) -> date | None:
    """A day named in the one or two sentences before one of the first handovers (`told`: about the exchange)."""
    for figure in figures[:BRIDGED_FIGURES]:
        at = bisect_right(starts, figure) - 1
        before = [starts[k] for k in range(at - 1, max(at - 1 - BRIDGE_SENTENCES, -1), -1) if k >= LEAD_SENTENCES]
        day = _first_day(text, starts, end, reference, before, known, told)
        if day is not None:
            return day
    return None


def antecedent_day(
    text: str, starts: list[int], end: int, reference: date, sentence: Sentence, floor: int,
    reach: int = BRIDGE_SENTENCES,  # sentences looked at (`thatdayreach` looks through a scene)
) -> date | None:
    """ "On Wednesday evening her phone rang. ... exchanged that day": the day named just before a "that day".

    Only the sentences between the previous candidate (`floor`) and this one are looked at, nearest first.
    """
    at = bisect_right(starts, sentence.start) - 1
    before = [starts[k] for k in range(at - 1, max(at - 1 - reach, -1), -1) if starts[k] >= floor]
    return _first_day(text, starts, end, reference, before, None)
