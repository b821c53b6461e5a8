"""Split a sentence into lower-cased tokens: words, figures and punctuation marks.

Every later rule reasons over tokens ("within three words before the number")
rather than over raw regexes, which keeps the rules readable and free of
backtracking. Tokens are plain strings, because every candidate sentence
needs them and building objects would cost more than the rules themselves.

A figure with thousands separators is one token ("1,000", "1.000", "1 000":
each group after the first has exactly three digits), as is a decimal
("2.5") or an ordinal ("23rd"). Possessives are folded ("Ukraine's" ->
"ukraine").
"""

import re

# Words first (most tokens are words); ASCII digits only: other scripts' digits are not English figures.
_TOKEN = re.compile(
    r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
    r"|[0-9](?:[0-9]{0,2}(?:,[0-9]{3})+(?![0-9])|[0-9]{0,2}(?:\.[0-9]{3})+(?![0-9])|[0-9]{0,2}(?: [0-9]{3})+(?![0-9])"
    r"|[0-9]*(?:st|nd|rd|th)\b|[0-9]*(?:\.[0-9]+)?)"
    r"|[^\w\s]"
)
_POSSESSIVES = ("'s", "’s")
DIGITS = frozenset("0123456789")


def tokenize(sentence: str) -> list[str]:
    """Return the lower-cased tokens of `sentence`; linear time, never raises."""
    tokens: list[str] = _TOKEN.findall(sentence.lower())
    for i, token in enumerate(tokens):
        if token.endswith(_POSSESSIVES) and len(token) > 2:
            tokens[i] = token[:-2]
    return tokens


def is_figure(token: str) -> bool:
    """True for a token that starts with a digit (a figure, decimal or ordinal)."""
    return token[:1] in DIGITS


def is_word(token: str) -> bool:
    """True for a token made of letters."""
    return token[:1].isalpha()


def phrase(tokens: list[str], start: int, end: int) -> str:
    """Return tokens[start:end] joined by single spaces and padded, for phrase matching."""
    return " " + " ".join(tokens[max(start, 0) : end]) + " "
