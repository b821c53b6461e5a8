"""A side that "returned" people it does not name brought its own people back: "Kyiv returned 64 soldiers".

In exchange news a government "returns" its own people ("returned 246 defenders from Russian captivity"); when it
hands the other side's men back the text says whose they are ("returned 64 Russian soldiers") or where they went
("returned 64 soldiers to Russia"). So an active "returned" followed straight by a head count whose clause names
no nationality, destination or origin reads as bringing home, like "returned ... home".
"""

from typing import Final

from services.extractor.rules.lexicon import COUNTRY, NATIONALITY
from services.extractor.rules.tokens import is_figure

_CLAUSE_END: Final = frozenset({",", ";", ":", "—", "while", "whereas", "but", "in", "for"})
_MARKS: Final = frozenset({"to", "from", "of", "bodies", "remains", "side"})
_REACH: Final = 12


def unmarked_return(tokens: list[str], verb: int) -> bool:
    """True when the "returned" at `verb` counts people next (a figure) and its clause says nothing of whose."""
    if verb + 1 >= len(tokens) or not is_figure(tokens[verb + 1]):
        return False
    for word in tokens[verb + 2 : verb + 2 + _REACH]:
        if word in _CLAUSE_END or word == ".":
            return True
        if word in _MARKS or word in NATIONALITY or word in COUNTRY:
            return False
    return True
