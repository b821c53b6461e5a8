"""A dash after a count that names only military people says what the whole count is.

"Kyiv said 62 of our people are free — marines and pilots of the navy.": the 62 are soldiers, so the figure is a
military one, and the total it implies yields to a stated total (as "62 soldiers" would), not clashing with "70
people came home" when eight civilians are told apart. A dash naming anyone else, or a part ("among them"), gives
no category.
"""

from typing import Final

from schemas import StageKind
from services.extractor.rules.heads import head_category
from services.extractor.rules.lexicon import CIVILIAN_HEADS, GENDER_HEADS, GENERIC_HEADS, WOUNDED_HEADS
from services.extractor.rules.model import Finding
from services.extractor.rules.numbers import find_quantities

_DASHES: Final = frozenset({"—", "–"})
_OTHERS: Final = CIVILIAN_HEADS | GENERIC_HEADS | GENDER_HEADS | WOUNDED_HEADS
_PARTS: Final = frozenset({"among", "including", "some", "most", "many", "several"})
_SIDES: Final = frozenset({"ukraine", "russia"})


def dash_category(tokens: list[str], findings: list[Finding]) -> list[Finding]:
    """Make a sentence's one uncategorised total military when a dash after it names only soldiers."""
    if len(findings) != 1 or findings[0].field != "total" or findings[0].kind != StageKind.STAGE:
        return findings
    total = findings[0]
    dash = next((k for k, word in enumerate(tokens) if word in _DASHES), -1)
    if total.side not in _SIDES or dash == -1 or head_category(tokens, dash + 1) != "military":
        return findings
    after = tokens[dash + 1 :]
    if any(word in _OTHERS or word in _PARTS for word in after) or find_quantities(after, frozenset()):
        return findings
    if not all(_military_item(item) for item in _items(after)):
        return findings  # "— defenders of the city, partisans, snipers —": not every item is a soldier
    return [total._replace(field="military", listed=False), total._replace(listed=False)]


_ITEM_GLUE: Final = frozenset({",", "and", ";"})


def _items(words: list[str]) -> list[list[str]]:
    """The items of the list a dash opens, up to a closing dash: split at commas and "and"."""
    items: list[list[str]] = [[]]
    for word in words:
        if word in _DASHES:
            break
        if word in _ITEM_GLUE:
            items.append([])
        else:
            items[-1].append(word)
    return [item for item in items if item and item != ["."]]


def _military_item(item: list[str]) -> bool:
    """ "marines of the navy", or "the border service" going on with the forces the soldiers are of."""
    return item[0] == "the" or head_category(item, 0) == "military"
