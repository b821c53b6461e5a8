"""People said to be *in* captivity, in a sentence telling of no handover, are held, not freed.

"Still in Russian captivity there are thousands of Ukrainians, among them about 1,800 civilians": "captivity" is
the only exchange word, and it is where the people are ("in Russian captivity"), not where they came back from.
"""

from typing import Final

from services.extractor.rules.lexicon import EXCHANGE_STEMS

_CAPTIVITY: Final = "captivity"
_REACH: Final = 3  # "in captivity", "in Russian captivity", "in enemy Russian captivity"


def held_in_captivity(tokens: list[str]) -> bool:
    """True when every exchange word of the sentence is a "captivity" that people are in."""
    found = False
    for k, word in enumerate(tokens):
        if not word.startswith(EXCHANGE_STEMS) and word != "back":
            continue
        if word != _CAPTIVITY or "in" not in tokens[max(k - _REACH, 0) : k]:
            return False
        found = True
    return found
