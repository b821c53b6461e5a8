""""One each from Lutsk and Kovel": "each" after a count followed by "from" and places shares the people out among
those places (where they come from), not between the two sides of the exchange.

A local story breaking down its residents ("two from Rivne, one each from Dubno and Sarny") counts a subset by
home town; reading "one each" as one person per side would make a figure for the whole handover.
"""

import re
from dataclasses import replace
from typing import Final

from services.extractor.rules.model import Reading
from services.extractor.rules.numbers import find_quantities

_EACH_FROM_PLACE: Final = re.compile(r"\beach from (?:the )?([A-Z][\w'-]*)")
_SIDE_NAMES: Final = frozenset({"Russia", "Ukraine", "Russian", "Ukrainian", "Kyiv", "Kiev", "Moscow"})


def each_from_places(tokens: list[str], reading: Reading) -> Reading:
    """`reading` without the "both sides" figures that "N each from <place>" gives out among places."""
    text = reading.sentence.text
    if not reading.findings or " each from " not in text:
        return reading
    if not any(m.group(1) not in _SIDE_NAMES for m in _EACH_FROM_PLACE.finditer(text)):
        return reading
    shared = {q.value for q in find_quantities(tokens) if tokens[q.last + 1 : q.last + 3] == ["each", "from"]}
    kept = tuple(f for f in reading.findings if not (f.side == "both" and f.value in shared))
    return reading if len(kept) == len(reading.findings) else replace(reading, findings=kept)
