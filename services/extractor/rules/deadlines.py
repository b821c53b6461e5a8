"""Which months and years a sentence's figures belong to.

A month said of when a deal was struck ("the exchange that the two sides agreed at the end of May") dates the
deal; in a sentence that names the handover's own day ("On Friday 26 June, ... 95 soldiers came home") it does not
make the handover's figure another month's.

A month named as a deal's deadline ("... to swap 250 each before the end of May") is when the swap is due. It
does not date the deal to that month: the agreement was struck when the sentence says ("on Tuesday"), and
only a month that tells when it was agreed ("In January the two sides agreed ...") makes it another month's.
"""

from datetime import date
from typing import Final

from services.extractor.rules.date_words import DateMention
from services.extractor.rules.dealyears import handover_years
from services.extractor.rules.sinceorder import orders_only
from services.extractor.rules.surroundings import captivity_period, other_periods
from services.extractor.rules.warstart import war_start_period

_AGREEING: Final = frozenset({"agreed", "signed", "struck", "brokered", "negotiated", "reached", "concluded"})
_AGREED_REACH: Final = 8  # "agreed in Istanbul at the end of May"
_DEADLINE_WORDS: Final = (
    ("before", "the", "end", "of"), ("by", "the", "end", "of"), ("until", "the", "end", "of"),
    ("before",), ("by",), ("until",), ("no", "later", "than"),
)


def deadline(tokens: list[str], at: int) -> bool:
    """True when the month at token `at` follows "by", "before", "by the end of" and the like."""
    return any(at >= len(words) and tuple(tokens[at - len(words) : at]) == words for words in _DEADLINE_WORDS)


def without_deadlines(tokens: list[str], mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` less the months named as deadlines."""
    return [m for m in mentions if m.kind != "coarse" or not deadline(tokens, m.first)]


def exchange_periods(tokens: list[str], mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` less the months and years that tell a captivity ("held since May 2022") or the war's start."""
    return [m for m in mentions if m.kind != "coarse" or not (
        captivity_period(tokens, m.first) or war_start_period(tokens, m.first))]


def _agreed_month(tokens: list[str], at: int) -> bool:
    """True when an agreeing verb governs the month at token `at`, with no comma between."""
    for k in range(at - 1, max(at - 1 - _AGREED_REACH, -1), -1):
        if tokens[k] in {",", ";", ":"}:
            return False
        if tokens[k] in _AGREEING:
            return True
    return False


def stage_periods(tokens: list[str], mentions: list[DateMention], days: list[tuple[int, date]], reference: date
                  ) -> list[int]:
    """`other_periods` for a handover's figures: when the sentence names a day, less the months a deal was
    agreed in."""
    kept = [m for m in mentions if m.kind != "coarse" or not (days and _agreed_month(tokens, m.first))]
    kept = [m for m in kept if m.kind != "coarse" or not orders_only(tokens, m)]  # "the first swap since March"
    return other_periods(handover_years(tokens, kept, reference.year), reference)  # not "the 2025 accord"
