"""Cheap checks that decide which sentences deserve the heavy rules.

Everything here is a `str` or `bytes` operation running in C, since on long
articles a single regex pass over the text costs more than all the rules:

- an article that never speaks of exchanges, releases or captivity yields
  nothing;
- a sentence is a candidate only if it holds both an exchange word (found by
  `str.find` for a dozen stems) and a figure (a digit, found by a one-class
  regex scan of that sentence only, or a number word, checked with `str.find`
  only in the few sentences with an exchange word and no digit).
"""

import re

EXCHANGE_STEMS = (
    "exchang", "swap", "releas", "free", "return", "repatri", "handed", "hand over", "transfer", "receiv",
    "home", "captiv", " got ", "brought back", "crossed the border",
)
NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
)
_DIGIT = re.compile("[0-9]")


def mentions_exchange(lower: str) -> bool:
    """True when the article speaks of handing people over at all."""
    return any(stem in lower for stem in EXCHANGE_STEMS)


_OUR_CONFLICT = ("ukrain", "kyiv", "kiev", "zelensk")
_THIRD_PARTIES = ("united states", "american", "u.s.", "washington", "belarus", "germany", "german", "poland",
                  "britain", "british", "israel", "iran", "venezuela", "azerbaijan", "armenia", "hamas", "palestin",
                  "hungary", "hungarian")


def about_this_conflict(lower: str) -> bool:
    """False for an exchange elsewhere: no word of Ukraine, or Ukraine in passing among third countries."""
    ours = sum(lower.count(word) for word in _OUR_CONFLICT)
    if ours >= 2:
        return True
    others = sum(lower.count(word) for word in _THIRD_PARTIES)
    return others < 2 if ours == 1 else others == 0


def exchange_positions(lower: str, end: int) -> list[int]:
    """Return the sorted offsets of every exchange stem in lower[:end]."""
    found: list[int] = []
    for stem in EXCHANGE_STEMS:
        position = lower.find(stem, 0, end)
        while position != -1:
            found.append(position)
            position = lower.find(stem, position + len(stem), end)
    found.sort()
    return found


def has_digit(lower: str, start: int, end: int) -> bool:
    """True when lower[start:end] holds an ASCII digit."""
    return _DIGIT.search(lower, start, end) is not None


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def has_number_word(lower: str, start: int, end: int) -> bool:
    """True when lower[start:end] spells out a number ("three hundred", "a thousand") as a whole word.

    `str.find` per word, then a look at the characters either side of each hit: a regex alternation of
    the words would scan the sentence once per character and cost ten times more.
    """
    for word in NUMBER_WORDS:
        position = lower.find(word, start, end)
        while position != -1:
            after = position + len(word)
            if (position == 0 or not _word_char(lower[position - 1])) and (
                after == end or not _word_char(lower[after])
            ):
                return True
            position = lower.find(word, position + 1, end)
    return False
