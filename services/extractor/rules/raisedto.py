"""A running total said before what it counts: "brought to 870 the number of prisoners returned to each side".

English may put the new figure before the long noun it sets ("raised to 500 the total of Ukrainians freed"),
as it may after ("brought the number ... to 870"); either way the figure counts the people that noun names.
"""

from typing import Final

from services.extractor.rules.lexicon import NATIONALITY, PERSON_HEADS

_RAISING: Final = frozenset(
    "bring brings bringing brought raise raises raising raised take takes taking took push pushes pushed".split()
)
_COUNT_NOUNS: Final = frozenset({"number", "total", "tally", "count"})


def raised_to_first(tokens: list[str], first: int, last: int) -> bool:
    """True for the figure at `first`..`last` in "<brought> to N the number of <people> ..."."""
    if first < 2 or tokens[first - 1] != "to" or tokens[first - 2] not in _RAISING:
        return False
    after = tokens[last + 1 : last + 5]
    return len(after) == 4 and after[0] == "the" and after[1] in _COUNT_NOUNS and after[2] == "of" and (
        after[3] in PERSON_HEADS or after[3] in NATIONALITY)
