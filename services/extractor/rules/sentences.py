"""Split an article into sentences with their offsets, after cutting "Read next"-style blocks.

Article text is normalised (one space between words), so boundaries come
from punctuation: a full stop, question or exclamation mark, optionally
followed by closing quotes or brackets, then a space and a capital letter,
digit or opening quote. Abbreviations ("U.S.", "Gen.", "Jan.") do not end a
sentence. Newlines, if the text still has them, always do.
"""

import re
from dataclasses import dataclass

_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*(?:\([^()]{0,40}\))?\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen lt col sgt maj capt prof jr sr vs etc no jan feb mar apr jun jul aug sep sept oct nov "
    "dec u.s u.k u.n e.g i.e inc corp co ltd rep sen gov".split()
)
_TRAILING_WORD = re.compile(r"([A-Za-z.]{1,6})[.!?]$")

# Blocks of other stories and reader prompts; everything after them is not the article.
_BOILERPLATE = re.compile(
    r"\b(?:Read next|Read more|READ MORE|Related articles|Related stories|More stories|Most read|"
    r"You may also like|Recommended for you|What is your opinion|Leave the first comment|Sign up for our|"
    r"Subscribe to our)\b"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and its offsets in the article text."""

    text: str
    start: int
    end: int


def body_end(text: str) -> int:
    """Return where the article proper ends: before a trailing "Read next" block, else the end."""
    for match in _BOILERPLATE.finditer(text):
        if match.start() >= len(text) * 0.3:
            return match.start()
    return len(text)


def _ends_with_abbreviation(piece: str) -> bool:
    match = _TRAILING_WORD.search(piece)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str, end: int | None = None) -> list[Sentence]:
    """Return the sentences of `text[:end]`; offsets index into `text`."""
    stop = len(text) if end is None else end
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text, 0, stop):
        piece_end = match.start() + 1 if text[match.start()] in ".!?" else match.start()
        if text[match.start()] == "." and _ends_with_abbreviation(text[max(start, piece_end - 8) : piece_end]):
            continue
        _append(sentences, text, start, match.end() if text[match.start()] == "\n" else _content_end(text, match))
        start = match.end()
    _append(sentences, text, start, stop)
    return sentences


def _content_end(text: str, match: re.Match[str]) -> int:
    """Return the end of the sentence at `match`: its punctuation and closing quotes, not the space."""
    return match.start() + len(match.group().rstrip())


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and not _BOILERPLATE.match(text, start):
        sentences.append(Sentence(text[start:end], start, end))
