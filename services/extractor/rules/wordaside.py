"""A figureless aside between commas does not part a head count's words from what follows them.

"Eleven residents of the Chernihiv region, including a retired priest, were among the 73 freed": the words
between the commas only say who some of the eleven are; the "were among" after the closing comma is still the
eleven's own, as it would be with no aside at all.
"""

from typing import Final

from services.extractor.rules.tokens import is_word

_REACH: Final = 10  # words an aside may hold ("including a nine-year-old boy and his grandmother")


def past_word_aside(tokens: list[str], comma: int) -> int:
    """The closing comma of an aside of words only that opens at `comma`, or -1."""
    if tokens[comma : comma + 1] != [","]:
        return -1
    for k in range(comma + 1, min(len(tokens), comma + 2 + _REACH)):
        if tokens[k] == ",":
            return k if k > comma + 1 else -1
        if not is_word(tokens[k]):
            return -1
    return -1
