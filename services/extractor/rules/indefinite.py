"""A weekday with an indefinite article names no particular day.

"On a Tuesday, 40 soldiers came home" or "over a Saturday and a Sunday" says which day of the week it was, not
which week: a round-up written weeks later must not read it as the last Tuesday before the article.
"""

from typing import Final

_INDEFINITE: Final = frozenset({"a", "an", "one"})


def indefinite_weekday(tokens: list[str], first: int) -> bool:
    """True when the weekday at `first` follows "a" / "an" / "one" ("on a Friday", "one Sunday")."""
    return first > 0 and tokens[first - 1] in _INDEFINITE
