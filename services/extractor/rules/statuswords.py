"""A status word before a person head says the category: "95 military persons", "41 military men".

"Military" or "civilian" before a generic head ("persons", "captives") or a gendered one ("men", "women") tells
what those people are; only a head that itself names a category ("12 civilian sailors") keeps its own, and a
"civilian" before any head wins.
"""

from typing import Final

_UNSPECIFIC: Final = frozenset({"generic", "gender"})


def status_category(hint: str | None, category: str) -> str:
    """The category of a head read after the status word `hint` ("military", "civilian" or None)."""
    if hint and (category in _UNSPECIFIC or hint == "civilian"):
        return hint
    return category
