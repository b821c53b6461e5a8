"""Find sentence boundaries with their offsets, after cutting "Read next"-style blocks.

Article text is normalised (one space between words), so a boundary is a
full stop, question or exclamation mark, optionally with a closing quote,
then a space and a capital letter, digit or opening quote. Abbreviations
("U.S.", "Gen.", "Jan.") do not end a sentence. Boundaries are found with
one regex pass whose every match is a boundary candidate (C speed); only the
few sentences the pre-filter picks are built.
"""

import re
from bisect import bisect_right
from typing import Final, NamedTuple

from services.extractor.rules.labelrows import between_rows

_STARTERS: Final = frozenset("“\"‘('[-•–—")
_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr st gen lt col sgt maj capt prof jr sr vs etc no jan feb mar apr jun jul aug sep sept oct nov "
    "dec u.s u.k u.n e.g i.e inc corp co ltd rep sen gov".split()
)
# Blocks of other stories and reader prompts; everything after them is not the article.
_BOILERPLATE: Final = (
    "Read next", "Read more", "READ MORE", "Related articles", "Related stories", "More stories", "Most read",
    "You may also like", "Recommended for you", "What is your opinion", "Leave the first comment",
    "Sign up for our", "Subscribe to our",
)
_BODY_SHARE: Final = 0.3  # a block marker in the first 30% of the text is a stray phrase, not the end


class Sentence(NamedTuple):
    """A sentence and its offsets in the article text."""

    text: str
    start: int
    end: int


def body_end(text: str) -> int:
    """Return where the article proper ends: before a trailing "Read next" block, else the end."""
    end = len(text)
    floor = int(len(text) * _BODY_SHARE)
    for marker in _BOILERPLATE:
        position = text.find(marker, floor)
        if position != -1 and position < end:
            end = position
    return end


_WORD_WINDOW: Final = 8  # longer than any abbreviation


def _is_abbreviation(text: str, period: int) -> bool:
    space = text.rfind(" ", max(period - _WORD_WINDOW, 0), period)
    if space == -1 and period > _WORD_WINDOW and text[period - 1] != ".":
        return False  # a word longer than the window (never lower-case the whole text before it)
    word = text[space + 1 : period].lower().rstrip(".")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


# One pass finds every marker: [.?!] and a space, [.?!] and a closing quote and a space, or a line break.
# Written to start with one character class, which lets the regex engine skip ahead in C: ~2x faster.
_EDGE: Final = re.compile("[\n.?!](?:(?<=[.?!])[\"”’]? |(?<=\n))")


# Evidence that a line break sits inside a sentence: a lower-case continuation, or a line that ends on a
# comma or a function word. Two of them mark a hard-wrapped text, whose single line breaks are spaces.
_SOFT_BREAK: Final = (
    re.compile(r"[^.?!:;\"”’)\]\n]\n[a-z]|[,\-]\n|\b(?:the|a|an|of|to|from|and|in|on|at|by|for|with|that)\n")
)
_WRAPPED_EVIDENCE: Final = 2
_HARD_END: Final = frozenset(".?!:;\"”’)]\n")  # the characters `_SOFT_BREAK` never accepts right before a break
_REACH: Final = 4  # the longest function word of _SOFT_BREAK ("that", "from", "with")
_SINGLE_BREAK: Final = re.compile(r"(?<!\n)\n(?!\n)")


def _unwrapped(text: str, end: int) -> str:
    """`text` with the single line breaks of a hard-wrapped text made spaces (same length, same offsets)."""
    if text.count("\n", 0, end) < _WRAPPED_EVIDENCE:
        return text
    # Same count as `_SOFT_BREAK.finditer(text, 0, end)`, but the regex only looks at the few characters
    # around each line break: every match holds exactly one break and starts at most _REACH before it.
    evidence = 0
    consumed = 0  # where the previous match ended: matches never overlap
    previous = -1
    newline = text.find("\n", 0, end)
    while newline != -1:
        # a break right after a full stop, a quote or another break is never evidence (most of them)
        match = None if newline == 0 or text[newline - 1] in _HARD_END else _SOFT_BREAK.search(
            text, max(consumed, previous + 1, newline - _REACH), min(newline + 2, end)
        )
        if match is not None and not between_rows(text, newline, end):  # "Freed: 75\nof whom soldiers: 70"
            consumed = match.end()
            evidence += 1
            if evidence >= _WRAPPED_EVIDENCE:
                return _SINGLE_BREAK.sub(" ", text)
        previous = newline
        newline = text.find("\n", newline + 1, end)
    return text


def boundaries(text: str, end: int) -> list[int]:
    """Return the sorted offsets at which a new sentence starts (0 included).

    A line break ends a sentence whatever follows, except inside a hard-wrapped paragraph.
    """
    found = [0]
    text = _unwrapped(text, end)
    for match in _EDGE.finditer(text, 0, end):
        following = match.end()
        if following >= end:
            continue
        if following - match.start() == 1:  # a line break starts a sentence whatever follows
            if text[following] != "\n":  # a blank line: the next break starts it
                found.append(following)
            continue
        char = text[following]
        if not (char.isupper() or char.isdigit() or char in _STARTERS):
            continue
        if following - match.start() == 2 and text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        found.append(following)
    return found


def sentence_at(text: str, starts: list[int], position: int, end: int) -> Sentence:
    """Return the sentence holding `position`, given the sentence starts from `boundaries`."""
    k = bisect_right(starts, position) - 1
    start = starts[k]
    stop = starts[k + 1] if k + 1 < len(starts) else end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return Sentence(text[start:stop], start, stop)


def split_sentences(text: str) -> list[Sentence]:
    """Return every sentence of the article body (before any "Read next" block)."""
    end = body_end(text)
    starts = boundaries(text, end)
    return [s for s in (sentence_at(text, starts, p, end) for p in starts if p < end) if s.text]


