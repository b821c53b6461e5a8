"""Cheap checks that decide which sentences deserve the heavy rules.

Everything here is a `str` or `bytes` operation running in C, since on long
articles a single regex pass over the text costs more than all the rules:

- an article that never speaks of exchanges, releases or captivity yields
  nothing;
- a sentence is a candidate only if it holds both an exchange word (found by
  `str.find` for a dozen stems) and a figure (a digit, found with one
  `bytes.translate` and `bytes.find`, or a number word, checked only in the
  few sentences with an exchange word and no digit).
"""

from bisect import bisect_left
from typing import Final

from services.extractor.rules.patterns import word_alternation

EXCHANGE_STEMS: Final = (
    "exchang", "swap", "releas", "free", "return", "repatri", "handed", "hand over", "transfer", "receiv",
    "home", "captiv", " got ", "brought back", "crossed the border", "crossed back", "crossed over", "welcomed back",
    "came back", "trade", "come back", "each way", "each direction", "sent back", "changed hands",
    "took back", "takes back",  # "Russia, in turn, took back 110 people": the subject receives them
    "crossed the line", "crossed the front",  # "180 people crossed the line between the two sides"
    "the other way", "the other direction", "the opposite direction",  # "... and 110 went the other way"
)
_NUMBER_WORD: Final = word_alternation(
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
)
_DIGIT_MARK: Final = bytes.maketrans(b"0123456789", b"##########")


def mentions_exchange(lower: str) -> bool:
    """True when the article speaks of handing people over at all."""
    return any(stem in lower for stem in EXCHANGE_STEMS)


_OUR_CONFLICT: Final = ("ukrain", "kyiv", "kiev", "zelensk")
_THIRD_PARTIES: Final = ("united states", "american", "u.s.", "washington", "belarus", "germany", "german", "poland",
                  "britain", "british", "israel", "iran", "venezuela", "azerbaijan", "armenia", "hamas", "palestin",
                  "hungary", "hungarian", "yemen", "houthi")


_OURS_ENOUGH: Final = 5  # an article naming Ukraine this often is about this war, whatever else it names
_THIRD_PARTY_RATIO: Final = 3  # third countries named this many times as often as Ukraine: another exchange


def about_this_conflict(lower: str) -> bool:
    """False for an exchange elsewhere: no word of Ukraine, or Ukraine in passing among third countries.

    "The deal did not involve Ukraine": a story naming Washington, Berlin and Minsk many times over and
    Ukraine only twice is about their swap.
    """
    ours = sum(lower.count(word) for word in _OUR_CONFLICT)
    if ours >= _OURS_ENOUGH:
        return True
    others = sum(lower.count(word) for word in _THIRD_PARTIES)
    if ours >= 2:
        return others < _THIRD_PARTY_RATIO * ours
    return others < 2 if ours == 1 else others == 0


def foreign_opening(lower: str, starts: list[int], end: int) -> bool:
    """True when the headline and lead name a third country and neither Ukraine nor Kyiv: "Russia and the
    United States carried out ...". Such a story tells another exchange; Ukraine comes in only by comparison."""
    stop = starts[2] if len(starts) > 2 else end
    opening = lower[: min(stop, end)]
    return not any(w in opening for w in _OUR_CONFLICT) and any(w in opening for w in _THIRD_PARTIES)


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


def digit_positions(lower: str, end: int) -> list[int]:
    """Return the sorted offsets at which a run of digits starts in lower[:end]."""
    marked = lower[:end].encode("ascii", "replace").translate(_DIGIT_MARK)
    found: list[int] = []
    position = marked.find(b"#")
    while position != -1:
        found.append(position)
        while position < end and marked[position] in b"#,.":
            position += 1
        position = marked.find(b"#", position)
    return found


def has_position(positions: list[int], start: int, end: int) -> bool:
    """True when one of the sorted `positions` lies in [start, end)."""
    k = bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


def has_number_word(lower: str, start: int, end: int) -> bool:
    """True when lower[start:end] spells out a number ("three hundred", "a thousand")."""
    return _NUMBER_WORD.search(lower, start, end) is not None
