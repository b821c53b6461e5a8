"""Which months and years a sentence's figures belong to.

A month named as a deal's deadline ("... to swap 250 each before the end of May") is when the swap is due.

It does not date the deal to that month: the agreement was struck when the sentence says ("on Tuesday"), and
only a month that tells when it was agreed ("In January the two sides agreed ...") makes it another month's.
"""

from typing import Final

from services.extractor.rules.date_words import DateMention
from services.extractor.rules.surroundings import captivity_period
from services.extractor.rules.warstart import war_start_period

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
