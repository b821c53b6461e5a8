"""Is this English? Articles in other languages (or with no words at all) go to the dead-letter topic.

Cheap and conservative, using only C-speed `str` operations on a sample:
most characters must be ASCII, there must be letters, and a longer text must
use the commonest English function words, as English prose always does.
"""

from typing import Final

SAMPLE_CHARS: Final = 1500
MAX_FOREIGN_SHARE: Final = 0.3  # share of non-ASCII among non-space characters
MIN_FUNCTION_SHARE: Final = 0.05  # " the ", " and ", ... per word
SHORT_TEXT_WORDS: Final = 12
_FUNCTION_WORDS: Final = (b" the ", b" and ", b" of ", b" to ", b" in ", b" a ", b" on ", b" was ", b" for ", b" said ")


def english_problem(text: str) -> str | None:
    """Return why `text` is not English prose (None when it is)."""
    sample = text[:SAMPLE_CHARS].replace("\n", " ")  # a line break separates words as a space does
    if not any(char.isalpha() for char in sample):
        return "the text has no letters"
    words = sample.count(" ") + 1
    if not sample.isascii():
        visible = len(sample) - words + 1
        foreign = visible - len(sample.encode("ascii", "ignore").replace(b" ", b""))
        if visible and foreign / visible > MAX_FOREIGN_SHARE:
            return f"{foreign} of {visible} characters are not Latin letters, digits or punctuation"
    if words < SHORT_TEXT_WORDS:
        return None
    # Counted on ASCII bytes, several times faster than on a str holding curly quotes; the function words are
    # ASCII and no non-ASCII character lower-cases into one of them, so the count is the same.
    padded = b" " + sample.encode("ascii", "replace").lower() + b" "
    common = sum(padded.count(word) for word in _FUNCTION_WORDS)
    if common / words < MIN_FUNCTION_SHARE:
        return f"only {common} of {words} words are common English words"
    return None
