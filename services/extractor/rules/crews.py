"""Seafarers of civilian ships: "45 civilian sailors", "45 sailors from merchant vessels" count civilians.

"Sailors" alone are navy men (military), but crews of merchant, fishing or cargo ships held since their ships
were trapped in port are civilians; the word naming the ship says which.
"""

from typing import Final

SEAFARERS: Final = frozenset({"sailors", "sailor", "seamen", "seaman", "mariners", "seafarers", "crewmen"})
_CIVIL: Final = frozenset({"civilian", "civil", "merchant", "commercial", "fishing", "cargo", "trading"})
_SHIPS: Final = frozenset({"ships", "ship", "vessels", "vessel", "boats", "boat", "tankers", "freighters",
                           "fleet", "navy", "shipping"})
_LINKS: Final = frozenset({"from", "of", "aboard", "on"})
_SHIP_REACH: Final = 4  # "from the civilian merchant vessels": link, article and two modifiers


def crew_category(tokens: list[str], start: int, end: int, category: str) -> str:
    """`civilian` for a seafarer head (ending at `end`, its phrase opening at `start`) that a civil word qualifies,
    before it or in a following "from/of <civil> ships"; else `category` unchanged."""
    if tokens[end] not in SEAFARERS:
        return category
    if not _CIVIL.isdisjoint(tokens[start:end]):
        return "civilian"
    if end + 1 >= len(tokens) or tokens[end + 1] not in _LINKS:
        return category
    words = tokens[end + 2 : end + 2 + _SHIP_REACH]
    ship = next((k for k, word in enumerate(words) if word in _SHIPS), -1)
    return "civilian" if ship > 0 and not _CIVIL.isdisjoint(words[:ship]) else category
