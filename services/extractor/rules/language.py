"""Is this English? Articles in other languages (or with no words at all) go to the dead-letter topic.

Cheap and conservative: most letters must be ASCII, and a longer text must
use common English function words, which any English news prose does.
"""

import re

_WORD = re.compile(r"[A-Za-z]+")
_FUNCTION_WORDS = frozenset(
    "the and of to in a is was were on for that with by said as at from it has have had be are this an their its "
    "they he she after who which but not will would".split()
)
MIN_ASCII_SHARE = 0.6
MIN_FUNCTION_SHARE = 0.06
SHORT_TEXT_WORDS = 8
SAMPLE_CHARS = 20_000


def english_problem(text: str) -> str | None:
    """Return why `text` is not English prose (None when it is)."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for char in sample if char.isalpha())
    if letters == 0:
        return "the text has no letters"
    ascii_letters = sum(1 for char in sample if char.isascii() and char.isalpha())
    if ascii_letters / letters < MIN_ASCII_SHARE:
        return f"only {ascii_letters / letters:.0%} of the letters are Latin"
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < SHORT_TEXT_WORDS:
        return None
    common = sum(1 for w in words if w in _FUNCTION_WORDS)
    if common / len(words) < MIN_FUNCTION_SHARE:
        return f"only {common} of {len(words)} words are common English words"
    return None
