"""People who "changed hands" crossed in both directions: the figure counts the two sides together.

"Some 240 detainees changed hands at the border" is the sum of what each side received, like "240 in all";
only an "each" said of the figure itself ("120 changed hands each way") makes it a per-side count.
"""

from typing import Final

from services.extractor.rules.mentions import Mention

_CHANGE: Final = frozenset({"changed", "change", "changes", "changing"})
_AUXILIARIES: Final = frozenset({"have", "has", "had", "to", "will", "would", "all", "also"})
_EACH: Final = frozenset({"each", "apiece", "per"})
_REACH: Final = 3  # auxiliaries between the noun phrase and "changed" ("had all changed hands")


def changed_hands(tokens: list[str], mention: Mention) -> bool:
    """True when the head count's people "changed hands" and no "each" right after says it per side."""
    k = mention.end + 1
    while k < len(tokens) and k <= mention.end + _REACH and tokens[k] in _AUXILIARIES:
        k += 1
    if tokens[k : k + 1] == [] or tokens[k] not in _CHANGE or tokens[k + 1 : k + 2] != ["hands"]:
        return False
    return _EACH.isdisjoint(tokens[k + 2 : k + 4])
