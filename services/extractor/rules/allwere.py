"""A category said of one whole count by its own clause: "All 64 Ukrainians freed on Monday were marines; ...".

"All <N> <people> [freed ...] <be> <noun of a category>" says every one of those N people is of that category,
whether or not the clause ends the sentence and whatever else the sentence counts. The category belongs to that
head count alone, so it is given to the count itself, before the sentence's figures are put together (a
sentence-wide reading, `uniform.said_of_whole`, cannot tell which of two equal totals it is said of).
"""

from typing import Final

from services.extractor.rules.composition import Resolved
from services.extractor.rules.heads import head_category
from services.extractor.rules.lexicon import BE_FORMS
from services.extractor.rules.tokens import is_figure

_FIELDS: Final = frozenset({"military", "civilian"})
_STOPS: Final = frozenset({",", ";", ":", "—", "–", "-", "(", "and", "but", "while"})
_REACH: Final = 8  # "All 307 Ukrainians released on Saturday in Sumy region were ..."


def _all_before(tokens: list[str], first: int) -> bool:
    """True for "All 307 ..." and "all the 307 ...", not "of all 307" (a part of them)."""
    at = first - 1 - (first >= 2 and tokens[first - 1] == "the")
    return at >= 0 and tokens[at] == "all" and (at == 0 or tokens[at - 1] != "of")


def _predicated(tokens: list[str], end: int) -> str | None:
    """The category "<be> <noun>" gives within a few words after the noun phrase ending at `end`, if any."""
    for k in range(end + 1, min(end + 1 + _REACH, len(tokens) - 1)):
        word = tokens[k]
        if word in _STOPS or is_figure(word):
            return None
        if word in BE_FORMS:
            field = head_category(tokens, k + 1)
            return field if field in _FIELDS else None
    return None


def all_were(tokens: list[str], resolved: list[Resolved]) -> list[Resolved]:
    """Give each generic head count opened by "all" the category its clause's "<be> <noun>" says of it."""
    found: list[Resolved] = []
    for item in resolved:
        mention = item.mention
        if mention.category == "generic" and not mention.bare and _all_before(tokens, mention.quantity.first):
            field = _predicated(tokens, mention.end)
            if field is not None:
                item = item._replace(mention=mention._replace(category=field))
        found.append(item)
    return found
