"""The day a swap is "the first since" stands for an earlier exchange: a ", when ..." clause after it tells that one.

"Sunday's exchange was the first since 4 December's, when 90 went home": the noun is left out, the day alone
names the earlier swap, so the clause describing it is background however close the day is to the story's own.
"""

from typing import Final

from services.extractor.rules.date_words import DateMention
from services.extractor.rules.sincewhen import counted_since

_ENDS: Final = frozenset({",", ";", ":", "—"})


def since_day_clauses(tokens: list[str], dates: list[DateMention]) -> list[tuple[int, int]]:
    """The [start, end) tokens of each ", when ..." clause after a day that a counted "since" names."""
    found: list[tuple[int, int]] = []
    for mention in dates:
        at = mention.last + 2
        if mention.first < 1 or tokens[at - 1 : at + 1] != [",", "when"]:
            continue
        if not counted_since(tokens, mention.first - 1):
            continue
        end = next((k for k in range(at + 1, len(tokens)) if tokens[k] in _ENDS), len(tokens))
        found.append((at, end))
    return found
