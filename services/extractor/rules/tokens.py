"""Split a sentence into lower-cased tokens: words, figures and punctuation marks.

Every later rule reasons over tokens ("within three words before the number")
rather than over raw regexes, which keeps the rules readable and free of
backtracking. Tokenizing is a handful of `str.replace` calls and one
`str.split`, all running in C: every candidate sentence needs tokens, and a
regex tokenizer would cost more than the rules themselves.

Figures keep their separators ("1,000", "1.000"); "1 000" arrives as two
tokens that `numbers` joins. Hyphenated forms stay whole ("58-year-old",
"1,000-for-1,000", "kyiv-controlled"). Commas, semicolons, colons and dashes
become tokens of their own; quotes and brackets are dropped; possessives are
folded ("Ukraine's" -> "ukraine").
"""

from typing import Final

DIGITS: Final = frozenset("0123456789")

# Order matters: possessives before quotes are dropped, quotes before ", " is spaced.
_REPLACEMENTS: Final = (
    ("’s ", " "), ("'s ", " "), ("’s,", " ,"), ("'s,", " ,"),
    ("“", " "), ("”", " "), ('"', " "), ("‘", " "), ("’", " "), ("(", " "), (")", " "), ("[", " "), ("]", " "),
    (", ", " , "), (",\u00a0", " , "), ("; ", " ; "), (": ", " : "), ("—", " — "), (" – ", " — "), ("…", " "),
    ("? ", " "), ("! ", " "), (". ", " "),  # a full stop inside a sentence ends an abbreviation ("Oct. 2")
)
_TRAILING: Final = ".!?,;:'’\"” "


def tokenize(sentence: str) -> list[str]:
    """Return the lower-cased tokens of `sentence`; linear time, never raises."""
    text = sentence.lower()
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    tokens = text.rstrip(_TRAILING).split()
    if tokens and tokens[-1][-1:] in _TRAILING:
        tokens[-1] = tokens[-1].rstrip(_TRAILING) or tokens[-1]
    return tokens


def is_figure(token: str) -> bool:
    """True for a token that starts with a digit (a figure, decimal, ordinal or hyphenated form)."""
    return token[:1] in DIGITS


def is_word(token: str) -> bool:
    """True for a token that starts with a letter."""
    return token[:1].isalpha()


def phrase(tokens: list[str], start: int, end: int) -> str:
    """Return tokens[start:end] joined by single spaces and padded, for phrase matching."""
    return " " + " ".join(tokens[max(start, 0) : end]) + " "
