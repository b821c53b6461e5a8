"""Where quotations open and close, for attributing a sentence inside a quotation.

An article's quotation marks are few, so their offsets are listed once per
article and every question ("is a quotation open here?", "where does it
close?") is a bisection, instead of a scan of up to `QUOTE_WINDOW`
characters for each sentence.
"""

from bisect import bisect_left
from typing import Final

QUOTE_WINDOW: Final = 3000  # a quotation longer than this is not tracked (keeps each look-up bounded)


def _offsets(text: str, mark: str) -> list[int]:
    found: list[int] = []
    position = text.find(mark)
    while position != -1:
        found.append(position)
        position = text.find(mark, position + 1)
    return found


def _last_in(offsets: list[int], lo: int, hi: int) -> int:
    """The last offset in [lo, hi), else -1 (as `str.rfind`)."""
    k = bisect_left(offsets, hi)
    return offsets[k - 1] if k and offsets[k - 1] >= lo else -1


def _first_in(offsets: list[int], lo: int, hi: int) -> int:
    """The first offset in [lo, hi), else -1 (as `str.find`)."""
    k = bisect_left(offsets, lo)
    return offsets[k] if k < len(offsets) and offsets[k] < hi else -1


class Quotes:
    """The offsets of an article's curly and straight double quotes."""

    def __init__(self, text: str) -> None:
        self.opening = _offsets(text, "“")
        self.closing = _offsets(text, "”")
        self.straight = _offsets(text, '"')

    def open_at(self, position: int) -> int | None:
        """Return where the quotation open at `position` began, if one is open."""
        lo = max(position - QUOTE_WINDOW, 0)
        curly_open = _last_in(self.opening, lo, position)
        if curly_open > _last_in(self.closing, lo, position):
            return curly_open
        straight = self.straight
        if (bisect_left(straight, position) - bisect_left(straight, lo)) % 2 == 1:
            return _last_in(straight, lo, position)
        return None

    def close_after(self, start: int, end: int) -> int | None:
        """Return where a quotation running through text[start:end] closes after `end`, if it does."""
        if self.open_at(start) is None and self.open_at(end) is None:
            return None
        limit = end + QUOTE_WINDOW
        curly, straight = _first_in(self.closing, start, limit), _first_in(self.straight, end - 1, limit)
        closes = [p for p in (curly, straight) if p >= 0]
        return min(closes) if closes else None
