"""Bare years that do not date a handover: the article's own year, and a year that dates a deal.

"Kyiv got back 75 marines on Saturday under the 2026 Istanbul deal": a bare year equal to the year the article
was published says no more than "this year" does, so it is no other period, and the figure beside it keeps
its day. A year that modifies a deal word ("the 2025 Geneva memorandum", "the agreement of 2025") tells when
the deal was struck, not when this handover happened, just as a month the deal was "agreed in" does
(`deadlines`). A year standing on its own ("In 2025, Moscow received 75 ...") still places the figure then.
"""

from typing import Final

from services.extractor.rules.date_words import DateMention

_DEAL_WORDS: Final = frozenset(
    "deal deals accord accords agreement agreements memorandum memorandums talks treaty arrangement".split()
)
_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their", "this", "that"})
_NAME_REACH: Final = 3  # "the 2025 Abu Dhabi prisoner accord": words between the year and the deal word
_BREAKS: Final = frozenset({",", ";", ":", "(", ")", "-", "–", "—", "and", "or", "when", "which", "that", "in", "on"})


def _dates_deal(tokens: list[str], mention: DateMention) -> bool:
    """True when the year at `mention` modifies a deal word: "the 2025 ... accord", "the accord of 2025"."""
    at, last = mention.first, mention.last
    if at >= 2 and tokens[at - 1] == "of" and tokens[at - 2] in _DEAL_WORDS:
        return True
    if at == 0 or tokens[at - 1] not in _DETERMINERS:
        return False
    for k in range(last + 1, min(last + 2 + _NAME_REACH, len(tokens))):
        if tokens[k] in _DEAL_WORDS:
            return True
        if tokens[k] in _BREAKS:
            return False
    return False


def handover_years(tokens: list[str], mentions: list[DateMention], year: int) -> list[DateMention]:
    """`mentions` less the bare years that are the article's own `year` or that date a deal."""
    return [m for m in mentions if not (
        m.kind == "coarse" and m.year is not None and not m.month and (m.year == year or _dates_deal(tokens, m)))]
