"""A month after "the first swap since" orders two exchanges; it is not the period of the story's figures.

"Kyiv got back 88 people in the first swap since March, of whom nine were civilians": "since March" says the
last swap before this one was in March, so the figures around it are still this swap's, not March's. Only a
clause that goes on to describe that earlier swap (", when 40 were exchanged", ", in which ...") tells of March,
and `precedents` and the period check read such a clause as before.
"""

from typing import Final

from services.extractor.rules.date_words import DateMention
from services.extractor.rules.sincewhen import counted_since

_DESCRIBING: Final = (["when"], ["in", "which"], ["during", "which"], ["which", "saw"], ["that", "saw"])


def _describes(tokens: list[str], after: int) -> bool:
    """True when a clause describing the period's exchange starts at `after` (past an optional comma)."""
    at = after + (tokens[after : after + 1] == [","])
    return any(tokens[at : at + len(words)] == words for words in _DESCRIBING)


def orders_only(tokens: list[str], mention: DateMention) -> bool:
    """True for a month or year named after "the first (largest, ...) swap since" and not described after."""
    since = mention.first - 1
    return since >= 0 and counted_since(tokens, since) and not _describes(tokens, mention.last + 1)
