"""A category counted before "among the <whole>" is a part of that whole, on the whole's side.

"Eighteen civilians, some held since 2022, were among the 90 Ukrainians who came home": the few name no side of
their own (alone they were read for both sides, or dropped), but the whole after "among" does; read for Russia as
well, the 18 would be added to a side that never had civilians.
"""

from typing import Final

from services.extractor.rules.amongwhole import ARTICLES
from services.extractor.rules.localshare import local_share
from services.extractor.rules.mentions import find_mentions
from services.extractor.rules.model import Finding
from services.extractor.rules.numbers import find_quantities

_CATEGORIES: Final = frozenset({"military", "civilian"})
_STOPS: Final = frozenset({";", ":", "while", "whereas", "but"})


def among_part(tokens: list[str], findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """ "Eighteen civilians ... were among the 90 Ukrainians who came home": a category counted before "among
    the <whole>" is a part of that whole, on the whole's side and day, whatever side the few were given alone."""
    at = next((k for k, word in enumerate(tokens) if word == "among"), -1)
    if at < 1 or at + 2 >= len(tokens):
        return findings
    figure = at + 1 + (tokens[at + 1] in ARTICLES)
    mentions = find_mentions(tokens, find_quantities(tokens))
    whole = next((m for m in mentions if m.quantity.first == figure and m.category not in _CATEGORIES), None)
    parts = [m for m in mentions if m.quantity.first < at and m.category in _CATEGORIES]
    if whole is None or len(parts) != 1 or any(word in _STOPS for word in tokens[: at]):
        return findings
    part = parts[0]
    if local_share(tokens, part, [m.quantity.first for m in mentions]):
        return findings  # "nine soldiers from the Sumy region were among the 140": the place's share
    model = next((f for f in findings if f.field == "total" and f.value == whole.quantity.value
                  and f.side in ("ukraine", "russia")), None)
    if model is None:
        return findings
    kept = tuple(f for f in findings if f.value != part.quantity.value or f.side == model.side)
    if any(f.side == model.side and f.field == part.category for f in kept):
        return kept
    return kept + (model._replace(field=part.category, value=part.quantity.value, listed=True),)
