"""A year set before a noun as its modifier: "the 2025 Istanbul talks", "the 2024 exchange".

Such a year dates what the noun names as plainly as "in 2025" does; a head count is never written this way
("the 2025 prisoners" would read as a count), so a person noun after the year rules it out.
"""

from typing import Final

from services.extractor.rules.date_words import MONTHS
from services.extractor.rules.lexicon import PERSON_HEADS

_DETERMINERS: Final = frozenset({"the", "its", "their", "that"})


def attributive_year(tokens: list[str], i: int) -> bool:
    """True when the year at `i` follows a determiner and modifies the word after it ("the 2025 talks")."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i - 1] not in _DETERMINERS:
        return False
    nxt = tokens[i + 1]
    return nxt.isalpha() and nxt not in PERSON_HEADS and nxt not in MONTHS
