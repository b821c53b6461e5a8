"""Phrasal verbs of doing an exchange: "carried out a 1,000-for-1,000 exchange" tells a handover that happened.

"completed a 95-for-95 swap" already reads as done; the same verbs with a particle and an article between
them and the figure ("carried out a", "pulled off the") must too, or the "N-for-N" reads as a deal's size.
"""

from typing import Final

_DONE_PHRASAL: Final = frozenset({("carried", "out"), ("carries", "out"), ("pulled", "off"), ("went", "through")})
_ARTICLES: Final = frozenset({"a", "an", "the", "another", "their", "its"})


def done_before(tokens: list[str], first: int) -> bool:
    """True when "<verb> <particle> <article>" stands right before the figure at `first` ("carried out a")."""
    if first < 3 or tokens[first - 1] not in _ARTICLES:
        return False
    return (tokens[first - 3], tokens[first - 2]) in _DONE_PHRASAL
